// The Bars tab: the strongest partners of the selected entity by the chosen measure, or the strongest pairs
// overall when nothing is selected. Horizontal bars on a linear scale from zero (PMI and NPMI bars go left
// for negative values), coloured by the partner's type; a click selects the partner.
#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "ui/chart_common.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace newslens::ui {

namespace {

constexpr ImU32 kPairBar = IM_COL32(96, 110, 135, 255);
constexpr std::size_t kMaxRows = 60;

void sync_bars(AppState& state) {
  BarsViewState& bars = state.bars_view;
  if (bars.generation == state.derived_generation && bars.entity == state.selected_entity) return;
  bars.generation = state.derived_generation;
  bars.entity = state.selected_entity;
  bars.rows.clear();
  for (std::uint32_t p = 0; p < state.chart_pairs.size(); ++p) {
    const core::PairStat& ps = state.chart_pairs[p];
    if (!bars.entity || ps.a == *bars.entity || ps.b == *bars.entity) bars.rows.push_back(p);
  }
  const Measure m = state.chart.measure;
  auto stronger = [&](std::uint32_t x, std::uint32_t y) {
    const double vx = measure_value(state.chart_pairs[x], m), vy = measure_value(state.chart_pairs[y], m);
    if (vx != vy) return vx > vy;
    if (state.chart_pairs[x].count != state.chart_pairs[y].count) return state.chart_pairs[x].count > state.chart_pairs[y].count;
    return x < y;
  };
  const std::size_t keep = std::min<std::size_t>({bars.rows.size(), kMaxRows, static_cast<std::size_t>(std::max(state.chart.top_n, 10))});
  std::partial_sort(bars.rows.begin(), bars.rows.begin() + static_cast<long>(keep), bars.rows.end(), stronger);
  bars.rows.resize(keep);
}

}  // namespace

void draw_bars_view(AppState& state) {
  draw_chart_controls(state);
  sync_bars(state);
  const BarsViewState& bars = state.bars_view;
  const Measure m = state.chart.measure;
  const auto& ents = state.analysis.entities;

  ImGui::AlignTextToFramePadding();
  if (bars.entity) {
    ImGui::TextUnformatted("Strongest partners of");
    ImGui::SameLine(0, 4);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(entity_type_color(ents[*bars.entity].type)), "%s",
                       ents[*bars.entity].name.c_str());
    ImGui::SameLine(0, 4);
    ImGui::Text("by %s", measure_label(m));
    ImGui::SameLine();
    if (ImGui::SmallButton("Show all pairs")) state.selected_entity.reset();
  } else {
    ImGui::Text("Strongest pairs by %s", measure_label(m));
    ImGui::SameLine();
    ImGui::TextDisabled("(select an entity to see its partners)");
  }
  if (bars.rows.empty()) {
    ImGui::TextDisabled(bars.entity ? "No partner passes the current window, types and minimum count."
                                    : "No pair passes the current window, types and minimum count.");
    return;
  }

  ImGui::BeginChild("bars-rows", ImVec2(0, 0), false);
  const float line = ImGui::GetTextLineHeight();
  const float row_h = std::floor(line + 9);
  const float width = ImGui::GetContentRegionAvail().x;
  double lo = 0, hi = 0;
  for (std::uint32_t p : bars.rows) {
    const double v = measure_value(state.chart_pairs[p], m);
    lo = std::min(lo, v), hi = std::max(hi, v);
  }
  if (hi - lo <= 0) hi = lo + 1;

  // Names: the partner, or both names of a pair with the more mentioned first.
  auto row_names = [&](const core::PairStat& ps, std::uint32_t& first, std::uint32_t& second) {
    first = ps.a, second = ps.b;
    if (bars.entity) {
      first = ps.a == *bars.entity ? ps.b : ps.a;
      return;
    }
    if (state.entity_mentions_included[second] > state.entity_mentions_included[first]) std::swap(first, second);
  };
  float widest = 0;
  for (std::uint32_t p : bars.rows) {
    std::uint32_t f = 0, s = 0;
    row_names(state.chart_pairs[p], f, s);
    std::string text = ents[f].name;
    if (!bars.entity) text += "  \xC2\xB7  " + ents[s].name;
    widest = std::max(widest, ImGui::CalcTextSize(text.c_str()).x);
  }
  const float label_w = std::min(widest + 16, width * (bars.entity ? 0.34f : 0.46f));
  const float value_w = ImGui::CalcTextSize("-00.00").x + 10;
  const float bar_x0 = label_w + 10, bar_x1 = width - value_w;
  const float zero_x = bar_x0 + static_cast<float>((0 - lo) / (hi - lo)) * (bar_x1 - bar_x0);

  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (std::size_t r = 0; r < bars.rows.size(); ++r) {
    const core::PairStat& ps = state.chart_pairs[bars.rows[r]];
    std::uint32_t first = 0, second = 0;
    row_names(ps, first, second);
    const double v = measure_value(ps, m);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushID(static_cast<int>(r));
    ImGui::InvisibleButton("row", ImVec2(width, row_h));
    ImGui::PopID();
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) dl->AddRectFilled(at, ImVec2(at.x + width, at.y + row_h), IM_COL32(225, 235, 248, 255), 3.0f);
    if (state.selected_entity && first == *state.selected_entity)
      dl->AddRectFilled(at, ImVec2(at.x + width, at.y + row_h), IM_COL32(255, 226, 140, 110), 3.0f);
    const float ty = at.y + (row_h - line) / 2;

    // Label, right-aligned to the bars, with a swatch per name.
    std::string text = ents[first].name;
    if (!bars.entity) text += "  \xC2\xB7  " + ents[second].name;
    text = fit_text(text, label_w - 16);
    const float tw = ImGui::CalcTextSize(text.c_str()).x;
    dl->AddText(ImVec2(at.x + label_w - tw, ty), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
    dl->AddCircleFilled(ImVec2(at.x + label_w - tw - 9, at.y + row_h / 2), 4.5f, entity_type_color(ents[first].type));
    if (!bars.entity) dl->AddCircleFilled(ImVec2(at.x + label_w - tw - 20, at.y + row_h / 2), 4.5f, entity_type_color(ents[second].type));

    const float x = bar_x0 + static_cast<float>((v - lo) / (hi - lo)) * (bar_x1 - bar_x0);
    const ImU32 col = bars.entity ? entity_type_color(ents[first].type) : kPairBar;
    const float y0 = at.y + 4, y1 = at.y + row_h - 4;
    dl->AddRectFilled(ImVec2(at.x + std::min(zero_x, x), y0), ImVec2(at.x + std::max(zero_x, x) + 1, y1),
                      hovered ? col : with_alpha(col, 215), 2.0f);
    const std::string value = format_measure(v, m);
    const float vw = ImGui::CalcTextSize(value.c_str()).x;
    const float vx = v >= 0 ? at.x + x + 6 : at.x + x - vw - 6;
    dl->AddText(ImVec2(vx, ty), kMutedText, value.c_str());

    if (hovered) {
      pair_tooltip(state, ps);
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) state.select_entity(first);
  }
  if (lo < 0) {  // the zero line, when bars go both ways
    const ImVec2 top = ImGui::GetWindowPos();
    dl->AddLine(ImVec2(top.x + ImGui::GetWindowContentRegionMin().x + zero_x, top.y),
                ImVec2(top.x + ImGui::GetWindowContentRegionMin().x + zero_x, ImGui::GetCursorScreenPos().y), IM_COL32(120, 120, 120, 255), 1.0f);
  }
  ImGui::EndChild();
}

}  // namespace newslens::ui
