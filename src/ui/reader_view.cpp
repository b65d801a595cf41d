// The Reader: the selected article's text, wrapped at a comfortable measure, with entity mentions coloured by
// type and quotations marked. Hovering a mention names its entity; clicking selects it everywhere.
// Layout is recomputed per frame for the one visible article only (a few thousand words at most) and lines
// outside the scroll region are skipped, so the cost stays small.
#include <algorithm>

#include "imgui.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace newslens::ui {

namespace {

constexpr ImU32 kQuoteBackground = IM_COL32(255, 243, 196, 255);
constexpr ImU32 kSelectedBackground = IM_COL32(205, 225, 250, 255);

// What a byte range of the text looks like.
struct Piece {
  std::uint32_t start = 0, end = 0;
  int mention = -1;  // index into analysis.mentions
  int quote = -1;    // index into analysis.quotes
};

// Splits a line into pieces at mention and quote boundaries.
std::vector<Piece> style_pieces(const AppState& state, std::uint32_t doc, core::Span line) {
  const auto& a = state.analysis;
  std::vector<std::uint32_t> cuts = {line.start, line.end};
  const auto in_line = [&](core::Span s) { return s.start < line.end && s.end > line.start; };
  const auto mention_begin = std::lower_bound(a.mentions.begin(), a.mentions.end(), doc,
                                              [](const core::Mention& m, std::uint32_t d) { return m.doc < d; });
  std::vector<std::uint32_t> mentions, quotes;
  for (auto it = mention_begin; it != a.mentions.end() && it->doc == doc; ++it) {
    if (it->span.start >= line.end) break;
    if (!in_line(it->span)) continue;
    mentions.push_back(static_cast<std::uint32_t>(it - a.mentions.begin()));
    cuts.push_back(std::max(it->span.start, line.start));
    cuts.push_back(std::min(it->span.end, line.end));
  }
  // Quotes are sorted by (doc, start): only this document's are looked at.
  const auto quote_begin = std::lower_bound(a.quotes.begin(), a.quotes.end(), doc,
                                            [](const core::Quote& q, std::uint32_t d) { return q.doc < d; });
  for (auto it = quote_begin; it != a.quotes.end() && it->doc == doc; ++it) {
    const auto q = static_cast<std::uint32_t>(it - a.quotes.begin());
    if (it->span.start >= line.end) break;
    if (!in_line(it->span)) continue;
    quotes.push_back(q);
    cuts.push_back(std::max(a.quotes[q].span.start, line.start));
    cuts.push_back(std::min(a.quotes[q].span.end, line.end));
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::vector<Piece> pieces;
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
    Piece p{cuts[i], cuts[i + 1]};
    for (std::uint32_t m : mentions)
      if (a.mentions[m].span.contains(p.start)) p.mention = static_cast<int>(m);
    for (std::uint32_t q : quotes)
      if (a.quotes[q].span.contains(p.start)) p.quote = static_cast<int>(q);
    pieces.push_back(p);
  }
  return pieces;
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Whether a word holds a web address: drawn quiet, so a Markdown clipping's "[Xi Jinping](https://...)" reads as
// its words. The analysis already takes such an address for no word.
bool holds_address(std::string_view word) {
  return word.find("://") != std::string_view::npos || word.starts_with("www.") || word.starts_with("(www.");
}

// Draws one paragraph wrapped to `width`, word by word, each word drawn in its pieces' styles.
void draw_paragraph(AppState& state, std::uint32_t doc, core::Span line, float width) {
  const auto& a = state.analysis;
  const std::string& text = a.corpus.documents[doc].text;
  const std::vector<Piece> pieces = style_pieces(state, doc, line);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float line_height = ImGui::GetTextLineHeightWithSpacing();
  const float space = ImGui::CalcTextSize(" ").x;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  float x = 0, y = 0;
  std::size_t piece = 0;
  std::uint32_t pos = line.start;
  int hovered_mention = -1;
  int hovered_quote = -1;
  while (pos < line.end) {
    while (pos < line.end && is_space_byte(text[pos])) ++pos;
    std::uint32_t word_end = pos;
    while (word_end < line.end && !is_space_byte(text[word_end])) ++word_end;
    if (word_end == pos) break;
    const float word_width = ImGui::CalcTextSize(text.data() + pos, text.data() + word_end).x;
    if (x > 0 && x + word_width > width) {
      x = 0;
      y += line_height;
    }
    const ImVec2 word_pos(origin.x + x, origin.y + y);
    const bool visible = ImGui::IsRectVisible(word_pos, ImVec2(word_pos.x + word_width, word_pos.y + line_height));
    // Tested only for a word on screen: the reader is drawn every frame.
    const bool address = visible && holds_address(std::string_view(text).substr(pos, word_end - pos));
    // Draw the word piece by piece: a word can hold a mention and a possessive ("China’s").
    float px = word_pos.x;
    std::uint32_t p = pos;
    while (p < word_end) {
      while (piece < pieces.size() && pieces[piece].end <= p) ++piece;
      const Piece& style = pieces[std::min(piece, pieces.size() - 1)];
      const std::uint32_t stop = std::min(word_end, style.end);
      const float w = ImGui::CalcTextSize(text.data() + p, text.data() + stop).x;
      if (visible) {
        const ImVec2 lo(px, word_pos.y), hi(px + w, word_pos.y + ImGui::GetTextLineHeight());
        ImU32 colour = address ? kMutedText : ImGui::GetColorU32(ImGuiCol_Text);
        if (style.quote >= 0) {
          const bool chosen = state.selected_quote && *state.selected_quote == static_cast<std::uint32_t>(style.quote);
          // Extend the tint over the following space so a quote reads as one band.
          const float tail = stop == word_end && stop < a.quotes[style.quote].span.end ? space : 0;
          draw->AddRectFilled(lo, ImVec2(hi.x + tail, hi.y), chosen ? kSelectedBackground : kQuoteBackground);
          if (ImGui::IsMouseHoveringRect(lo, hi) && ImGui::IsWindowHovered()) hovered_quote = style.quote;
        }
        if (style.mention >= 0) {
          const core::Mention& m = a.mentions[style.mention];
          colour = entity_type_color(a.entities[m.entity].type);
          const bool selected = state.selected_entity && *state.selected_entity == m.entity;
          // A multi-word mention ("Vladimir Putin") is underlined as one, across the space between words.
          const float tail = stop == word_end && stop < m.span.end ? space : 0;
          draw->AddLine(ImVec2(lo.x, hi.y), ImVec2(hi.x + tail, hi.y), colour, selected ? 2.0f : 1.0f);
          if (ImGui::IsMouseHoveringRect(lo, hi) && ImGui::IsWindowHovered()) hovered_mention = style.mention;
        }
        draw->AddText(lo, colour, text.data() + p, text.data() + stop);
      }
      px += w;
      p = stop;
    }
    x += word_width + space;
    pos = word_end;
  }
  ImGui::Dummy(ImVec2(width, y + line_height));
  if (hovered_mention >= 0) {
    const core::Mention& m = a.mentions[hovered_mention];
    const core::Entity& e = a.entities[m.entity];
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::BeginTooltip();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(entity_type_color(e.type)), "%s", e.name.c_str());
    ImGui::TextDisabled("%s  \xC2\xB7  %zu mentions  \xC2\xB7  click to select", core::entity_type_name(e.type),
                        e.mentions.size());
    ImGui::EndTooltip();
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) state.select_entity(m.entity);
  } else if (hovered_quote >= 0) {
    const core::Quote& q = a.quotes[hovered_quote];
    ImGui::BeginTooltip();
    ImGui::Text("%s", q.speaker.empty() ? "Nobody is reported as saying this" : q.speaker.c_str());
    ImGui::TextDisabled("%s quote%s%s%s", core::quote_kind_name(q.kind), q.cue.empty() ? "" : "  \xC2\xB7  cue: \"",
                        q.cue.c_str(), q.cue.empty() ? "" : "\"");
    if (q.group) ImGui::TextDisabled("carried by %zu articles", a.quote_groups[*q.group].docs.size());
    ImGui::EndTooltip();
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) state.selected_quote = static_cast<std::uint32_t>(hovered_quote);
  }
  (void)mouse;
}

// One line of type colours and the quote tint, wrapping between items (never inside one) when narrow.
void draw_legend() {
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  const auto next_item = [&](const char* label, bool first) {
    if (first) return;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + ImGui::CalcTextSize(label).x > right) ImGui::NewLine();
  };
  for (int t = 0; t < core::kEntityTypeCount; ++t) {
    const auto type = static_cast<core::EntityType>(t);
    next_item(core::entity_type_name(type), t == 0);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(entity_type_color(type)), "%s", core::entity_type_name(type));
  }
  next_item(" quote ", false);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 size = ImGui::CalcTextSize(" quote ");
  ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), kQuoteBackground);
  ImGui::TextUnformatted(" quote ");
}

}  // namespace

void draw_reader_view(AppState& state) {
  if (!state.selected_doc) {
    ImGui::TextDisabled("Select an article on the left to read it.");
    return;
  }
  const std::uint32_t doc = *state.selected_doc;
  const core::Document& d = state.analysis.corpus.documents[doc];
  const DocStats& stats = state.doc_stats[doc];
  ImGui::BeginChild("reader", ImVec2(0, 0), false);
  // A comfortable measure: lines of about 80 characters, not the full width of a wide screen.
  const float measure = std::min(ImGui::GetContentRegionAvail().x - 8, ImGui::GetFontSize() * 42.0f);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + measure);
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextUnformatted(d.title.c_str());
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
  const std::string source(stats.source);
  ImGui::Text("%s  \xC2\xB7  %s  \xC2\xB7  %zu %s  \xC2\xB7  %zu %s  \xC2\xB7  %zu %s",
              source.c_str(), d.date.empty() ? "undated" : d.date.c_str(),
              stats.words, plural(stats.words, "word", "words"), stats.entities,
              plural(stats.entities, "entity", "entities"), stats.quotes, plural(stats.quotes, "quote", "quotes"));
  ImGui::PopStyleColor();
  draw_legend();
  ImGui::Separator();
  ImGui::Spacing();
  for (const core::Line& line : d.lines) {
    const bool reveal = state.reveal_span && line.span.overlaps(*state.reveal_span);
    if (reveal) {
      ImGui::SetScrollHereY(0.3f);
      state.reveal_span.reset();
    }
    switch (line.role) {
      case core::LineRole::kTitle:
        if (d.title == std::string_view(d.text).substr(line.span.start, line.span.size())) break;
        [[fallthrough]];
      case core::LineRole::kHeading:
        ImGui::PushFont(state.fonts.heading);
        draw_paragraph(state, doc, line.span, measure);
        ImGui::PopFont();
        break;
      case core::LineRole::kBody:
        draw_paragraph(state, doc, line.span, measure);
        break;
      case core::LineRole::kByline:
      case core::LineRole::kDateline:
      case core::LineRole::kBoilerplate: {
        // Kept visible but quiet: the reader sees what the analysis left out.
        ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
        const char* begin = d.text.data() + line.span.start;
        ImGui::TextUnformatted(begin, begin + line.span.size());
        ImGui::PopStyleColor();
        break;
      }
    }
    ImGui::Spacing();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
}

bool handle_reader_command(AppState& state, const Command& c, std::string& reply) {
  if (c.name != "open_span") return false;
  // {"cmd":"open_span","doc":"003_...","start":120,"end":160}: opens the reader there (search hits, tables).
  const core::JsonValue* id = c.arg("doc");
  const core::JsonValue* start = c.arg("start");
  const core::JsonValue* end = c.arg("end");
  const auto& docs = state.analysis.corpus.documents;
  for (std::uint32_t i = 0; id && id->is_string() && start && end && i < docs.size(); ++i) {
    if (docs[i].id != id->string) continue;
    state.selected_doc = i;
    state.reveal_span = core::Span{static_cast<std::uint32_t>(start->number), static_cast<std::uint32_t>(end->number)};
    state.show(View::kReader);
    reply = reply_ok();
    return true;
  }
  reply = reply_error("no such document or span");
  return true;
}

void add_reader_status(const AppState& state, StatusWriter& w) {
  if (!state.selected_doc) return;
  const auto& a = state.analysis;
  std::size_t mentions = 0;
  for (const core::Mention& m : a.mentions) mentions += m.doc == *state.selected_doc;
  std::string reader = "{";
  StatusWriter r(reader);
  r.string("title", a.corpus.documents[*state.selected_doc].title);
  r.string("source", state.doc_stats[*state.selected_doc].source);
  r.number("mentions", static_cast<double>(mentions));
  r.number("quotes", static_cast<double>(state.doc_stats[*state.selected_doc].quotes));
  w.raw("reader", reader + "}");
}

}  // namespace newslens::ui
