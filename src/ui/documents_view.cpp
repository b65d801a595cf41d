#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"  // RenderTextEllipsis (1.86)
#include "ui/theme.h"
#include "ui/table_common.h"
#include "ui/views.h"

namespace newslens::ui {

namespace {

// Outlet (or file name), date and size; without the size where the line would not fit `width` ("Reuters ·
// 2023-10-26").
std::string document_meta(const core::Document& d, const DocStats& stats, float width) {
  std::string meta(stats.source);
  if (!d.date.empty()) meta += "  \xC2\xB7  " + d.date;
  const std::string words = "  \xC2\xB7  " + std::to_string(stats.words) + " words";
  if (ImGui::CalcTextSize((meta + words).c_str()).x <= width) meta += words;
  return meta;
}

}  // namespace

void draw_document_list(AppState& state) {
  const auto& docs = state.analysis.corpus.documents;
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
  ImGui::Text("ARTICLES (%zu)", docs.size());
  ImGui::PopStyleColor();
  ImGui::Separator();
  const float line = ImGui::GetTextLineHeight();
  const ImGuiStyle& style = ImGui::GetStyle();
  const float list_width = ImGui::GetContentRegionAvail().x;
  // A title that fits on one line gets a row of two lines, not three: measured when the list or its width changes.
  auto& titles = state.title_lines;
  if (titles.generation != state.derived_generation || titles.width != list_width || titles.lines.size() != docs.size()) {
    titles.generation = state.derived_generation;
    titles.width = list_width;
    titles.lines.resize(docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i)
      titles.lines[i] = ImGui::CalcTextSize(docs[i].title.c_str(), nullptr, false, list_width - 8).y > line * 1.5f ? 2 : 1;
  }
  for (std::uint32_t i = 0; i < docs.size(); ++i) {
    const core::Document& d = docs[i];
    ImGui::PushID(static_cast<int>(i));
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = list_width;
    const float title_lines = titles.lines[i];
    const float height = line * (title_lines + 1) + style.ItemSpacing.y;
    if (ImGui::Selectable("##doc", state.selected_doc == i, 0, ImVec2(width, height))) {
      state.selected_doc = i;
      if (state.view == View::kDocuments) state.show(View::kReader);
    }
    // Rows scrolled out of view draw nothing more (BBC: 2,225 of them, some 12 in view).
    if (!ImGui::IsItemVisible()) {
      ImGui::PopID();
      continue;
    }
    if (ImGui::IsItemHovered() && ImGui::CalcTextSize(d.title.c_str()).x > width * 2) ImGui::SetTooltip("%s", d.title.c_str());
    // Title on up to two wrapped lines, clipped; the outlet, date and size below in a muted colour.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec4 clip(pos.x, pos.y, pos.x + width - 4, pos.y + line * title_lines);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + 4, pos.y), ImGui::GetColorU32(ImGuiCol_Text),
                  d.title.c_str(), d.title.c_str() + d.title.size(), width - 8, &clip);
    const std::string meta = document_meta(d, state.doc_stats[i], width - 8);
    // Still too long (a long outlet name): cut with an ellipsis, not mid-letter.
    const ImVec2 meta_pos(pos.x + 4, pos.y + line * title_lines + 2);
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
    ImGui::RenderTextEllipsis(draw, meta_pos, ImVec2(pos.x + width - 4, meta_pos.y + line), pos.x + width - 4,
                              pos.x + width - 4, meta.c_str(), meta.c_str() + meta.size(), nullptr);
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
}

void draw_documents_view(AppState& state) {
  const auto& docs = state.analysis.corpus.documents;
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                     ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("documents", 7, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Use", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Outlet", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 4.0f);
  ImGui::TableSetupColumn("Words", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Entities", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Quotes", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableHeadersRow();
  for (std::uint32_t i = 0; i < docs.size(); ++i) {
    const core::Document& d = docs[i];
    const DocStats& s = state.doc_stats[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    bool use = state.included[i];
    if (ImGui::Checkbox("##use", &use)) {
      state.included[i] = use;
      state.derived_dirty = true;
    }
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(d.outlet.empty() ? "\xE2\x80\x94" : d.outlet.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(d.date.empty() ? "\xE2\x80\x94" : d.date.c_str());
    ImGui::TableNextColumn();
    // The row is selectable across its columns; the title is cut with an ellipsis ("Russian-Chinese Summit,
    // President Vla" had been clipped mid-word), whole on hover.
    const ImVec2 title_pos = ImGui::GetCursorScreenPos();
    const float baseline = ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset;  // before the row's item ends it
    if (ImGui::Selectable("##row", state.selected_doc == i,
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
      state.selected_doc = i;
    }
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(0)) state.show(View::kReader);
    ImGui::SetCursorScreenPos(title_pos);
    ellipsis_cell(d.title, d.title, baseline);
    ImGui::TableNextColumn();
    ImGui::Text("%zu", s.words);
    ImGui::TableNextColumn();
    ImGui::Text("%zu", s.entities);
    ImGui::TableNextColumn();
    ImGui::Text("%zu", s.quotes);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace newslens::ui

namespace newslens::ui {

bool handle_documents_command(AppState& state, const Command& c, std::string& reply) {
  const auto& docs = state.analysis.corpus.documents;
  if (c.name == "select_document" || c.name == "include_document") {
    const core::JsonValue* id = c.arg("id");
    for (std::uint32_t i = 0; id && id->is_string() && i < docs.size(); ++i) {
      if (docs[i].id != id->string) continue;
      if (c.name == "select_document") {
        state.selected_doc = i;
      } else {
        const core::JsonValue* on = c.arg("included");
        state.included[i] = on == nullptr || on->boolean;
        state.derived_dirty = true;
      }
      reply = reply_ok();
      return true;
    }
    reply = reply_error("no such document");
    return true;
  }
  return false;
}

void add_documents_status(const AppState& state, StatusWriter& w) {
  w.number("included_documents", static_cast<double>(std::count(state.included.begin(), state.included.end(), true)));
}

}  // namespace newslens::ui
