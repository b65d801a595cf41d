// Small helpers the table views (entities, quotes, compare) share: text matching for filters, sorting by header
// or command, how an article is named in a table cell, and opening a span in the reader.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "imgui.h"
#include "imgui_internal.h"  // RenderTextEllipsis (1.86): a cut label ends in "…"
#include "ui/app_state.h"
#include "ui/views.h"

namespace newslens::ui {

// ASCII case-insensitive substring test; an empty needle matches everything. Non-ASCII bytes compare exactly.
inline bool contains_folded(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  const auto fold = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && fold(haystack[i + k]) == fold(needle[k])) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

// An article in a table cell: its outlet when known, else its id.
inline std::string_view doc_label(const AppState& state, std::uint32_t doc) {
  const core::Document& d = state.analysis.corpus.documents[doc];
  // The outlet when known, else the headline: readable beside the article list, unlike the id.
  if (!d.outlet.empty()) return d.outlet;
  return d.title.empty() ? std::string_view(d.id) : std::string_view(d.title);
}

// One line of text in a table cell, cut with an ellipsis at the column's edge rather than clipped mid-word
// ("Chinese preside", the cue "was quotec"), in the current text colour; `whole` on hover when cut.
// `baseline`: the offset of the row's text below its top, which a checkbox in the row makes (Documents table);
// the cell's own by default.
inline void ellipsis_cell(std::string_view label, std::string_view whole, float baseline = -1.0f) {
  const char* end = label.data() + label.size();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  pos.y += baseline >= 0.0f ? baseline : ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset;
  const float width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
  const float height = ImGui::GetTextLineHeight();
  const ImVec2 size = ImGui::CalcTextSize(label.data(), end);
  ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), pos, ImVec2(pos.x + width, pos.y + height), pos.x + width,
                            pos.x + width, label.data(), end, &size);
  ImGui::Dummy(ImVec2(width, height));
  if (size.x > width && ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(whole.data(), whole.data() + whole.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

// An article's label in a table cell, cut with an ellipsis; the whole title on hover when cut.
inline void article_cell(const AppState& state, std::uint32_t doc) {
  ellipsis_cell(doc_label(state, doc), state.analysis.corpus.documents[doc].title);
}

// Keeps a table's sort and ImGui's header in step, inside BeginTable: a sort set by a command is shown in the
// header; a click on the header becomes the table's sort and marks its rows stale. `State` is one of the
// table states (sort, descending, sort_to_table, rows_for).
template <class State>
void sync_table_sort(State& t) {
  if (t.sort_to_table) {
    ImGui::TableSetColumnSortDirection(static_cast<int>(t.sort),
                                       t.descending ? ImGuiSortDirection_Descending : ImGuiSortDirection_Ascending,
                                       false);
    t.sort_to_table = false;
  }
  ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  if (specs == nullptr || !specs->SpecsDirty) return;
  if (specs->SpecsCount > 0) {
    const auto column = static_cast<decltype(t.sort)>(specs->Specs[0].ColumnIndex);
    const bool descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    if (column != t.sort || descending != t.descending) t.rows_for = kRowsStale;
    t.sort = column;
    t.descending = descending;
  }
  specs->SpecsDirty = false;
}

// {"column": name, "descending": bool}: a table's sort from a command; the header follows next frame.
// Returns the reply: an error listing the columns when the name is not one of them.
template <class State, std::size_t N>
std::string sort_command(const Command& c, State& t, const char* const (&columns)[N]) {
  const core::JsonValue* column = c.arg("column");
  for (std::size_t i = 0; column && column->is_string() && i < N; ++i) {
    if (column->string != columns[i]) continue;
    const core::JsonValue* desc = c.arg("descending");
    t.sort = static_cast<decltype(t.sort)>(i);
    t.descending = desc && desc->kind == core::JsonValue::Kind::kBool && desc->boolean;
    t.sort_to_table = true;
    t.rows_for = kRowsStale;
    return reply_ok();
  }
  std::string names;
  for (std::size_t i = 0; i < N; ++i) names += (i ? ", " : "") + std::string(columns[i]);
  return reply_error("\"column\" is one of " + names);
}

inline std::string_view span_text(const AppState& state, std::uint32_t doc, core::Span span) {
  return std::string_view(state.analysis.corpus.documents[doc].text).substr(span.start, span.size());
}

// Opens the article in the reader, scrolled to `span`.
inline void open_in_reader(AppState& state, std::uint32_t doc, core::Span span) {
  state.selected_doc = doc;
  state.reveal_span = span;
  state.show(View::kReader);
}

// Text boxes and tick boxes with a visible frame for the life of the object: the light theme draws them
// white on white, and an unticked box with no frame is invisible.
struct FramedControls {
  FramedControls() { ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f); }
  ~FramedControls() { ImGui::PopStyleVar(); }
  FramedControls(const FramedControls&) = delete;
  FramedControls& operator=(const FramedControls&) = delete;
};

}  // namespace newslens::ui
