// Search across articles (Ctrl+F): a word or phrase anywhere in the included articles' analysed text, and the
// entities whose name or aliases contain it. Case-insensitive for ASCII letters. Each hit is shown in context
// and opens the reader there.
#include <algorithm>
#include <cstring>

#include "core/lexicons.h"
#include "imgui.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace newslens::ui {

namespace {

constexpr std::size_t kContextBytes = 48;

// Case-insensitive (ASCII) find of `needle` (already folded) in `hay` from `from`.
std::size_t find_folded(std::string_view hay, std::string_view needle, std::size_t from) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size()) {
      char c = hay[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != needle[k]) break;
      ++k;
    }
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// Moves `pos` back or forward to a UTF-8 code point boundary.
std::size_t boundary(std::string_view text, std::size_t pos, bool forward) {
  while (pos > 0 && pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) pos += forward ? 1 : -1;
  return std::min(pos, text.size());
}

}  // namespace

void run_search(AppState& state) {
  AppState::Search& s = state.search;
  std::string query = s.text;
  while (!query.empty() && query.back() == ' ') query.pop_back();
  while (!query.empty() && query.front() == ' ') query.erase(query.begin());
  const std::string folded = core::fold_ascii(query);
  if (folded == s.last_query && !state.derived_dirty) return;
  s.last_query = folded;
  s.hits.clear();
  s.entities.clear();
  s.total = 0;
  if (folded.size() < 2) return;  // one letter matches everything: wait for more
  const auto& a = state.analysis;
  for (std::uint32_t e = 0; e < a.entities.size(); ++e) {
    const auto& entity = a.entities[e];
    const bool named = find_folded(entity.name, folded, 0) != std::string_view::npos ||
                       std::any_of(entity.aliases.begin(), entity.aliases.end(), [&](const std::string& alias) {
                         return find_folded(alias, folded, 0) != std::string_view::npos;
                       });
    if (named && e < state.entity_mentions_included.size() && state.entity_mentions_included[e] > 0) s.entities.push_back(e);
  }
  std::sort(s.entities.begin(), s.entities.end(), [&](std::uint32_t x, std::uint32_t y) {
    return state.entity_mentions_included[x] > state.entity_mentions_included[y];
  });
  for (std::uint32_t d = 0; d < a.corpus.documents.size(); ++d) {
    if (!state.doc_included(d)) continue;
    const core::Document& doc = a.corpus.documents[d];
    for (const core::Line& line : doc.lines) {
      if (line.role == core::LineRole::kBoilerplate || line.role == core::LineRole::kByline) continue;
      const std::string_view text = std::string_view(doc.text).substr(line.span.start, line.span.size());
      for (std::size_t at = find_folded(text, folded, 0); at != std::string_view::npos;
           at = find_folded(text, folded, at + folded.size())) {
        ++s.total;
        if (s.hits.size() < AppState::Search::kMaxHits) {
          const auto start = static_cast<std::uint32_t>(line.span.start + at);
          s.hits.push_back({d, core::Span{start, static_cast<std::uint32_t>(start + folded.size())}});
        }
      }
    }
  }
}

void draw_search_box(AppState& state) {
  if (state.shortcuts.find) state.search.focus_requested = true;
  if (state.search.focus_requested) {
    ImGui::SetKeyboardFocusHere();
    state.search.focus_requested = false;
  }
  ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 16, ImGui::GetContentRegionAvail().x * 0.3f));
  ImGui::InputTextWithHint("##search", "Search (Ctrl+F)", state.search.text, sizeof state.search.text);
  if (state.search.text[0] != '\0') {
    ImGui::SameLine();
    if (ImGui::SmallButton("Clear")) state.search.text[0] = '\0';
  }
}

void draw_search_results(AppState& state) {
  const AppState::Search& s = state.search;
  const auto& a = state.analysis;
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
  ImGui::Text("SEARCH: %zu hit%s in the text", s.total, s.total == 1 ? "" : "s");
  ImGui::PopStyleColor();
  ImGui::Separator();
  if (s.last_query.size() < 2) {
    ImGui::TextDisabled("Type at least two letters.");
    return;
  }
  for (std::uint32_t e : s.entities) {
    const core::Entity& entity = a.entities[e];
    ImGui::PushID(static_cast<int>(e));
    ImGui::PushStyleColor(ImGuiCol_Text, entity_type_color(entity.type));
    if (ImGui::Selectable(entity.name.c_str(), state.selected_entity == e)) state.select_entity(e);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextDisabled("%s, %u mentions", core::entity_type_name(entity.type), state.entity_mentions_included[e]);
    ImGui::PopID();
  }
  if (!s.entities.empty()) ImGui::Separator();
  const float wrap = ImGui::GetContentRegionAvail().x;
  for (std::size_t i = 0; i < s.hits.size(); ++i) {
    const AppState::SearchHit& hit = s.hits[i];
    const core::Document& doc = a.corpus.documents[hit.doc];
    const std::string_view text = doc.text;
    const std::size_t from = boundary(text, hit.span.start > kContextBytes ? hit.span.start - kContextBytes : 0, false);
    const std::size_t to = boundary(text, std::min<std::size_t>(text.size(), hit.span.end + kContextBytes), true);
    std::string context = "\xE2\x80\xA6" + std::string(text.substr(from, to - from)) + "\xE2\x80\xA6";
    std::replace(context.begin(), context.end(), '\n', ' ');
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushTextWrapPos(wrap);
    ImGui::TextDisabled("%s", doc.title.c_str());
    ImGui::PopTextWrapPos();
    const ImVec2 size(wrap, ImGui::CalcTextSize(context.c_str(), nullptr, false, wrap).y);
    if (ImGui::Selectable("##hit", false, 0, size)) {
      state.selected_doc = hit.doc;
      state.reveal_span = hit.span;
      state.show(View::kReader);
    }
    ImGui::SameLine(0, 0);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() - size.x);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    ImGui::TextUnformatted(context.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopID();
  }
  if (s.total > s.hits.size()) ImGui::TextDisabled("First %zu hits shown.", s.hits.size());
}

bool handle_search_command(AppState& state, const Command& c, std::string& reply) {
  if (c.name != "search") return false;
  const core::JsonValue* text = c.arg("text");
  if (text == nullptr || !text->is_string()) {
    reply = reply_error("search takes \"text\"");
    return true;
  }
  std::snprintf(state.search.text, sizeof state.search.text, "%s", text->string.c_str());
  run_search(state);
  reply = reply_ok();
  return true;
}

void add_search_status(const AppState& state, StatusWriter& w) {
  std::string out = "{";
  StatusWriter s(out);
  s.string("query", state.search.last_query);
  s.number("hits", static_cast<double>(state.search.total));
  s.number("entities", static_cast<double>(state.search.entities.size()));
  w.raw("search", out + "}");
}

}  // namespace newslens::ui
