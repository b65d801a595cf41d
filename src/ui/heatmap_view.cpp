// The Heat map tab: the chosen measure for every pair of the top entities, rows and columns in the leaf
// order of an average-linkage clustering (computed once per data change) so groups that appear together
// show as blocks. Count, Dice and log-likelihood use a white-to-blue scale; PMI and NPMI, which go below
// zero, a blue-white-red scale centred on zero. Column labels are turned upright; names click to select.
#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "ui/chart_common.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace newslens::ui {

namespace {

constexpr ImU32 kMissingCell = IM_COL32(238, 238, 235, 255);
constexpr ImU32 kDiagonalCell = IM_COL32(214, 214, 210, 255);
constexpr ImU32 kLow = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kHigh = IM_COL32(8, 69, 148, 255);
constexpr ImU32 kNegative = IM_COL32(33, 102, 172, 255);
constexpr ImU32 kPositive = IM_COL32(178, 24, 43, 255);

ImU32 lerp_color(ImU32 a, ImU32 b, float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  auto ch = [&](int shift) {
    const float x = static_cast<float>((a >> shift) & 0xFF), y = static_cast<float>((b >> shift) & 0xFF);
    return static_cast<ImU32>(x + (y - x) * t + 0.5f) << shift;
  };
  return ch(IM_COL32_R_SHIFT) | ch(IM_COL32_G_SHIFT) | ch(IM_COL32_B_SHIFT) | IM_COL32_A_MASK;
}

bool is_diverging(Measure m) { return m == Measure::kPmi || m == Measure::kNpmi; }

void sync_heatmap(AppState& state) {
  HeatmapViewState& heat = state.heatmap_view;
  if (heat.generation == state.derived_generation) return;
  heat.generation = state.derived_generation;
  const Measure m = state.chart.measure;
  const std::vector<std::uint32_t>& ents = state.chart_entities;
  const std::size_t n = ents.size();
  std::vector<std::int32_t> index(state.analysis.entities.size(), -1);
  for (std::size_t i = 0; i < n; ++i) index[ents[i]] = static_cast<std::int32_t>(i);

  std::vector<std::int32_t> cell(n * n, -1);
  double max_value = 0, max_abs = 0;
  for (std::uint32_t p = 0; p < state.chart_pairs.size(); ++p) {
    const core::PairStat& ps = state.chart_pairs[p];
    const std::int32_t a = index[ps.a], b = index[ps.b];
    if (a < 0 || b < 0) continue;
    cell[a * n + b] = cell[b * n + a] = static_cast<std::int32_t>(p);
    const double v = measure_value(ps, m);
    max_value = std::max(max_value, v);
    max_abs = std::max(max_abs, std::fabs(v));
  }
  // Similarity for the ordering: the positive strength, negative association below "never together".
  std::vector<float> sim(n * n, 0.0f);
  for (std::size_t k = 0; k < n * n; ++k) {
    if (cell[k] < 0) continue;
    const double v = measure_value(state.chart_pairs[cell[k]], m);
    sim[k] = static_cast<float>(v > 0 ? measure_strength(v, max_value, m) : (max_abs > 0 ? v / max_abs : 0));
  }
  const std::vector<std::uint32_t> order = cluster_order(sim, n);
  heat.entities.clear();
  for (std::uint32_t i : order) heat.entities.push_back(ents[i]);
  heat.cell_pair.assign(n * n, -1);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) heat.cell_pair[i * n + j] = cell[order[i] * n + order[j]];
  heat.diverging = is_diverging(m);
  if (heat.diverging) {
    const double limit = m == Measure::kNpmi ? std::min(max_abs, 1.0) : max_abs;
    heat.lo = -limit, heat.hi = limit;
  } else {
    heat.lo = 0, heat.hi = max_value;
  }
}

ImU32 cell_color(const HeatmapViewState& heat, double v, Measure m) {
  if (heat.diverging) {
    const float t = heat.hi > 0 ? static_cast<float>(v / heat.hi) : 0.0f;
    return t < 0 ? lerp_color(kLow, kNegative, -t) : lerp_color(kLow, kPositive, t);
  }
  return lerp_color(IM_COL32(247, 251, 255, 255), kHigh, static_cast<float>(measure_strength(v, heat.hi, m)));
}

// Draws `text` reading upwards, its start at `pivot` (the text's left end, centred on pivot.x).
void add_upright_text(ImDrawList* dl, ImVec2 pivot, float font_size, ImU32 col, const char* text) {
  pivot.x = std::floor(pivot.x), pivot.y = std::floor(pivot.y);
  const int first = dl->VtxBuffer.Size;
  // The glyphs are laid out flat first and turned after: lift the clip rect so none is culled flat.
  dl->PushClipRect(ImVec2(-1e5f, -1e5f), ImVec2(1e5f, 1e5f), false);
  dl->AddText(ImGui::GetFont(), font_size, ImVec2(pivot.x, pivot.y - std::floor(font_size / 2)), col, text);
  dl->PopClipRect();
  for (int k = first; k < dl->VtxBuffer.Size; ++k) {
    ImDrawVert& v = dl->VtxBuffer[k];
    const float dx = v.pos.x - pivot.x, dy = v.pos.y - pivot.y;
    v.pos = ImVec2(pivot.x + dy, pivot.y - dx);
  }
}

}  // namespace

void draw_heatmap_view(AppState& state) {
  draw_chart_controls(state);
  sync_heatmap(state);
  const HeatmapViewState& heat = state.heatmap_view;
  const Measure m = state.chart.measure;
  const std::size_t n = heat.entities.size();
  if (n < 2) {
    ImGui::TextDisabled("Fewer than two entities of the ticked types in the included articles.");
    return;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
  ImGui::TextUnformatted("Ordered so entities that go together sit together. Click a name or a cell to select.");
  ImGui::PopStyleColor();

  const auto& ents = state.analysis.entities;
  const float line = ImGui::GetTextLineHeight();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail(std::max(ImGui::GetContentRegionAvail().x, 200.0f), std::max(ImGui::GetContentRegionAvail().y, 200.0f));
  const float legend_h = line * 2 + 10;

  float widest = 0;
  for (std::uint32_t e : heat.entities) widest = std::max(widest, ImGui::CalcTextSize(ents[e].name.c_str()).x);
  const float label_w = std::min(widest, std::max(90.0f, avail.x * 0.26f)) + 14;  // + the type swatch
  const float label_h = std::min(widest, std::max(80.0f, avail.y * 0.26f)) + 14;
  float cell = std::min((avail.x - label_w - 8) / static_cast<float>(n), (avail.y - label_h - legend_h) / static_cast<float>(n));
  cell = std::clamp(std::floor(cell), 3.0f, 40.0f);
  const float font_size = std::min(ImGui::GetFontSize(), std::max(cell * 1.05f, 9.0f));
  const int label_every = cell >= 8.5f ? 1 : static_cast<int>(std::ceil(9.0f / cell));
  const ImVec2 grid(origin.x + label_w, origin.y + label_h);
  const float grid_size = cell * static_cast<float>(n);

  ImGui::InvisibleButton("heatmap-canvas", ImVec2(label_w + grid_size + 4, label_h + grid_size + legend_h));
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  int hr = -1, hc = -1;  // hovered row, column (a label hover sets one of them)
  if (hovered) {
    const int col = static_cast<int>(std::floor((mouse.x - grid.x) / cell));
    const int row = static_cast<int>(std::floor((mouse.y - grid.y) / cell));
    const bool in_cols = col >= 0 && col < static_cast<int>(n), in_rows = row >= 0 && row < static_cast<int>(n);
    if (in_cols && in_rows) hr = row, hc = col;
    else if (in_rows && mouse.x < grid.x) hr = row;
    else if (in_cols && mouse.y < grid.y && mouse.y > origin.y) hc = col;
  }

  ImDrawList* dl = ImGui::GetWindowDrawList();
  int sel = -1;
  if (state.selected_entity)
    for (std::size_t i = 0; i < n; ++i)
      if (heat.entities[i] == *state.selected_entity) sel = static_cast<int>(i);

  // Row and column bands behind the labels for the hovered and the selected entity.
  auto band = [&](int i, ImU32 col) {
    const float at = static_cast<float>(i) * cell;
    dl->AddRectFilled(ImVec2(origin.x, grid.y + at), ImVec2(grid.x + grid_size, grid.y + at + cell), col);
    dl->AddRectFilled(ImVec2(grid.x + at, origin.y), ImVec2(grid.x + at + cell, grid.y + grid_size), col);
  };
  if (sel >= 0) band(sel, IM_COL32(255, 226, 140, 110));
  if (hr >= 0) band(hr, IM_COL32(180, 200, 230, 70));
  if (hc >= 0 && hc != hr) band(hc, IM_COL32(180, 200, 230, 70));

  // Cells.
  const float gap = cell >= 6 ? 1.0f : 0.0f;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      const ImVec2 a(grid.x + static_cast<float>(j) * cell, grid.y + static_cast<float>(i) * cell);
      const ImVec2 b(a.x + cell - gap, a.y + cell - gap);
      const std::int32_t p = heat.cell_pair[i * n + j];
      const ImU32 col = i == j ? kDiagonalCell : p < 0 ? kMissingCell : cell_color(heat, measure_value(state.chart_pairs[p], m), m);
      dl->AddRectFilled(a, b, col);
    }
  }
  if (hr >= 0 && hc >= 0) {
    const ImVec2 a(grid.x + static_cast<float>(hc) * cell, grid.y + static_cast<float>(hr) * cell);
    dl->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(a.x + cell, a.y + cell), IM_COL32(20, 20, 20, 255), 0, 0, 2.0f);
  }

  // Labels: names right-aligned before the rows, upright above the columns, each with its type's swatch.
  for (std::size_t i = 0; i < n; ++i) {
    const bool emphasised = static_cast<int>(i) == sel || static_cast<int>(i) == hr || static_cast<int>(i) == hc;
    if (static_cast<int>(i) % label_every != 0 && !emphasised) continue;
    const core::Entity& e = ents[heat.entities[i]];
    const std::string text = fit_text(e.name, (label_w - 14) * ImGui::GetFontSize() / font_size);
    const float tw = ImGui::CalcTextSize(text.c_str()).x * font_size / ImGui::GetFontSize();
    const float mid = static_cast<float>(i) * cell + cell / 2;
    const ImU32 text_col = emphasised ? IM_COL32(0, 0, 0, 255) : IM_COL32(40, 40, 45, 255);
    const float sw = std::min(7.0f, std::max(cell - 2, 3.0f));
    dl->AddText(ImGui::GetFont(), font_size, ImVec2(std::floor(grid.x - 12 - tw), std::floor(grid.y + mid - font_size / 2)), text_col,
                text.c_str());
    dl->AddRectFilled(ImVec2(grid.x - 9, grid.y + mid - sw / 2), ImVec2(grid.x - 9 + sw, grid.y + mid + sw / 2), entity_type_color(e.type), 1.5f);
    dl->AddRectFilled(ImVec2(grid.x + mid - sw / 2, grid.y - 9), ImVec2(grid.x + mid + sw / 2, grid.y - 9 + sw), entity_type_color(e.type), 1.5f);
    add_upright_text(dl, ImVec2(grid.x + mid, grid.y - 12), font_size, text_col, text.c_str());
  }

  // Legend: the scale with its ends, and the colour of pairs never seen together.
  {
    const float y = grid.y + grid_size + 10;
    float x = grid.x;
    const char* title = measure_label(m);
    dl->AddText(ImVec2(x, y), kMutedText, title);
    x += ImGui::CalcTextSize(title).x + 10;
    const float bar_w = std::clamp(grid_size * 0.45f, 90.0f, 220.0f), bar_h = line * 0.6f;
    const float by = y + (line - bar_h) / 2;
    if (heat.diverging) {
      dl->AddRectFilledMultiColor(ImVec2(x, by), ImVec2(x + bar_w / 2, by + bar_h), kNegative, kLow, kLow, kNegative);
      dl->AddRectFilledMultiColor(ImVec2(x + bar_w / 2, by), ImVec2(x + bar_w, by + bar_h), kLow, kPositive, kPositive, kLow);
      const std::string zero = "0";
      dl->AddText(ImVec2(x + bar_w / 2 - ImGui::CalcTextSize("0").x / 2, y + line), kMutedText, zero.c_str());
    } else {
      dl->AddRectFilledMultiColor(ImVec2(x, by), ImVec2(x + bar_w, by + bar_h), IM_COL32(247, 251, 255, 255), kHigh, kHigh,
                                  IM_COL32(247, 251, 255, 255));
    }
    dl->AddRect(ImVec2(x, by), ImVec2(x + bar_w, by + bar_h), IM_COL32(190, 190, 190, 255));
    const std::string lo = format_measure(heat.lo, m), hi = format_measure(heat.hi, m);
    dl->AddText(ImVec2(x, y + line), kMutedText, lo.c_str());
    dl->AddText(ImVec2(x + bar_w - ImGui::CalcTextSize(hi.c_str()).x, y + line), kMutedText, hi.c_str());
    x += bar_w + 16;
    dl->AddRectFilled(ImVec2(x, by), ImVec2(x + bar_h, by + bar_h), kMissingCell);
    dl->AddRect(ImVec2(x, by), ImVec2(x + bar_h, by + bar_h), IM_COL32(190, 190, 190, 255));
    // With a minimum of one, a grey cell is a pair never seen together: "fewer than 1" says that badly.
    char missing[64];
    if (state.chart.min_count <= 1) std::snprintf(missing, sizeof missing, "never together");
    else std::snprintf(missing, sizeof missing, "fewer than %u together", state.chart.min_count);
    dl->AddText(ImVec2(x + bar_h + 6, y), kMutedText, missing);
    if (m == Measure::kCount || m == Measure::kLlr)
      dl->AddText(ImVec2(x + bar_h + 6, y + line), kMutedText, m == Measure::kCount ? "square-root scale" : "log scale");
  }

  // Tooltips and clicks.
  if (hr >= 0 && hc >= 0 && hr != hc) {
    const std::int32_t p = heat.cell_pair[static_cast<std::size_t>(hr) * n + static_cast<std::size_t>(hc)];
    if (p >= 0) {
      pair_tooltip(state, state.chart_pairs[p]);
    } else {
      if (state.chart.min_count <= 1)
        ImGui::SetTooltip("%s and %s\nnever in one %s", ents[heat.entities[hr]].name.c_str(),
                          ents[heat.entities[hc]].name.c_str(), core::window_name(state.chart.window));
      else
        ImGui::SetTooltip("%s and %s\nfewer than %u %ss together", ents[heat.entities[hr]].name.c_str(),
                          ents[heat.entities[hc]].name.c_str(), state.chart.min_count,
                          core::window_name(state.chart.window));
    }
  } else if (hr >= 0 && hc < 0) {
    entity_tooltip(state, heat.entities[hr], -1);
  } else if (hc >= 0 && hr < 0) {
    entity_tooltip(state, heat.entities[hc], -1);
  }
  if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) {
    if (hr >= 0) state.select_entity(heat.entities[hr]);
    else if (hc >= 0) state.select_entity(heat.entities[hc]);
  }
  if (hr >= 0 || hc >= 0) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

}  // namespace newslens::ui
