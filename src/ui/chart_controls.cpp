// The controls the three co-occurrence charts share, their commands and status, and the helpers of
// chart_common.h. Every change of a setting sets derived_dirty; the data is rebuilt once, next frame.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/json.h"
#include "imgui.h"
#include "ui/chart_common.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace newslens::ui {

// [SECTION] Helpers shared by the charts

const char* measure_label(Measure m) {
  switch (m) {
    case Measure::kCount: return "Count";
    case Measure::kPmi: return "PMI";
    case Measure::kNpmi: return "NPMI";
    case Measure::kDice: return "Dice";
    case Measure::kLlr: return "Log-likelihood";
  }
  return "";
}

std::string format_measure(double value, Measure m) {
  char buf[32];
  if (m == Measure::kCount) std::snprintf(buf, sizeof buf, "%.0f", value);
  else if (m == Measure::kLlr || std::fabs(value) >= 10) std::snprintf(buf, sizeof buf, "%.1f", value);
  else std::snprintf(buf, sizeof buf, "%.2f", value);
  return buf;
}

double measure_strength(double value, double max_value, Measure m) {
  if (value <= 0 || max_value <= 0) return 0;
  switch (m) {
    case Measure::kCount: return std::sqrt(value / max_value);
    case Measure::kLlr: return std::log1p(value) / std::log1p(max_value);
    default: return std::min(1.0, value / max_value);
  }
}

namespace {

void entity_name_line(const AppState& state, std::uint32_t entity) {
  const core::Entity& e = state.analysis.entities[entity];
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(entity_type_color(e.type)), "%s", e.name.c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s", core::entity_type_name(e.type));
}

}  // namespace

void pair_tooltip(const AppState& state, const core::PairStat& p) {
  ImGui::BeginTooltip();
  entity_name_line(state, p.a);
  entity_name_line(state, p.b);
  ImGui::Separator();
  const Measure chosen = state.chart.measure;
  ImGui::Text("Together in %u %s%s", p.count, core::window_name(p.window), p.count == 1 ? "" : "s");
  ImGui::Text("%s: %s", measure_label(chosen), format_measure(measure_value(p, chosen), chosen).c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
  for (Measure m : {Measure::kPmi, Measure::kNpmi, Measure::kDice, Measure::kLlr}) {
    if (m == chosen) continue;
    ImGui::Text("%s: %s", measure_label(m), format_measure(measure_value(p, m), m).c_str());
  }
  ImGui::PopStyleColor();
  ImGui::EndTooltip();
}

void entity_tooltip(const AppState& state, std::uint32_t entity, int partners) {
  ImGui::BeginTooltip();
  entity_name_line(state, entity);
  const std::uint32_t mentions =
      entity < state.entity_mentions_included.size() ? state.entity_mentions_included[entity] : 0;
  ImGui::Text("%u mention%s in the included articles", mentions, mentions == 1 ? "" : "s");
  if (partners >= 0) ImGui::Text("%d partner%s shown", partners, partners == 1 ? "" : "s");
  ImGui::TextDisabled("Click to select");
  ImGui::EndTooltip();
}

void draw_label(ImDrawList* dl, ImVec2 pos, const char* text, ImU32 text_col, ImU32 bg_col) {
  const ImVec2 size = ImGui::CalcTextSize(text);
  dl->AddRectFilled(ImVec2(pos.x - 3, pos.y - 1), ImVec2(pos.x + size.x + 3, pos.y + size.y + 1), bg_col, 3.0f);
  dl->AddText(pos, text_col, text);
}

std::string fit_text(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  std::string out = text;
  while (!out.empty()) {
    // Drop whole UTF-8 sequences, never half of one.
    do out.pop_back();
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80);
    if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0) out.pop_back();
    if (ImGui::CalcTextSize((out + "\xE2\x80\xA6").c_str()).x <= width) return out + "\xE2\x80\xA6";
  }
  return out;
}

// [SECTION] Controls

namespace {

constexpr const char* kWindowLabels[core::kWindowCount] = {"Sentence", "Paragraph", "Document"};
constexpr const char* kTypeLabels[core::kEntityTypeCount] = {"Person", "Org",    "Place",  "Misc",
                                                             "Money",  "Percent", "Number", "Date"};

// Continues on the same row when the next item of `width` pixels fits, else starts a new row.
void same_line_if_fits(float width) {
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  ImGui::SameLine();
  if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
}

// A tick box drawn in the type's colour: filled when ticked, outlined when not.
bool type_checkbox(const char* label, core::EntityType type, bool* ticked) {
  const ImU32 col = entity_type_color(type);
  ImGui::PushStyleColor(ImGuiCol_FrameBg, *ticked ? col : with_alpha(col, 40));
  ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, with_alpha(col, *ticked ? 210 : 90));
  ImGui::PushStyleColor(ImGuiCol_FrameBgActive, col);
  ImGui::PushStyleColor(ImGuiCol_CheckMark, IM_COL32_WHITE);
  ImGui::PushStyleColor(ImGuiCol_Border, col);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(3, 3));
  const bool changed = ImGui::Checkbox(label, ticked);
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(5);
  return changed;
}

}  // namespace

void draw_chart_controls(AppState& state) {
  ChartSettings s = state.chart;
  const float em = ImGui::GetFontSize();
  ImGui::PushID("chart-controls");

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Window");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(7.0f * em);
  int window = static_cast<int>(s.window);
  if (ImGui::Combo("##window", &window, kWindowLabels, core::kWindowCount)) s.window = static_cast<core::Window>(window);

  same_line_if_fits(13.5f * em);
  ImGui::TextUnformatted("Measure");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(8.0f * em);
  int measure = static_cast<int>(s.measure);
  const char* measure_labels[5];
  for (int i = 0; i < 5; ++i) measure_labels[i] = measure_label(static_cast<Measure>(i));
  if (ImGui::Combo("##measure", &measure, measure_labels, 5)) s.measure = static_cast<Measure>(measure);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("How strongly two entities go together:\n"
                      "Count: windows holding both\n"
                      "PMI: log of together vs. expected by chance (below 0: less than chance)\n"
                      "NPMI: PMI scaled to -1..1\n"
                      "Dice: 2 x together / (windows of one + windows of the other)\n"
                      "Log-likelihood: how unlikely the count is by chance");

  same_line_if_fits(11.0f * em);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Min");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(5.5f * em);
  int min_count = static_cast<int>(s.min_count);
  if (ImGui::InputInt("##min", &min_count, 1, 1)) s.min_count = static_cast<std::uint32_t>(std::clamp(min_count, 1, 99));
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Leave out pairs seen together fewer times than this");

  same_line_if_fits(13.0f * em);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Top");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(9.0f * em);
  int top_n = s.top_n;
  if (ImGui::SliderInt("##top", &top_n, 5, 100, "%d entities")) s.top_n = std::clamp(top_n, 5, 100);

  for (int t = 0; t < core::kEntityTypeCount; ++t) {
    const float width = ImGui::CalcTextSize(kTypeLabels[t]).x + em * 2.2f;
    same_line_if_fits(width);
    const std::uint32_t bit = 1u << t;
    bool ticked = (s.type_mask & bit) != 0;
    if (type_checkbox(kTypeLabels[t], static_cast<core::EntityType>(t), &ticked))
      s.type_mask = ticked ? (s.type_mask | bit) : (s.type_mask & ~bit);
  }
  ImGui::PopID();

  if (!(s == state.chart)) {
    state.chart = s;
    state.derived_dirty = true;
  }
}

// [SECTION] Commands and status

namespace {

std::optional<std::uint32_t> find_entity(const AppState& state, std::string_view name) {
  const auto& entities = state.analysis.entities;
  for (std::uint32_t e = 0; e < entities.size(); ++e)
    if (entities[e].name == name) return e;
  for (std::uint32_t e = 0; e < entities.size(); ++e)
    for (const std::string& alias : entities[e].aliases)
      if (alias == name) return e;
  return std::nullopt;
}

std::string chart_set_chart(AppState& state, const Command& c) {
  ChartSettings s = state.chart;
  if (const core::JsonValue* v = c.arg("window")) {
    std::optional<core::Window> w;
    for (int i = 0; i < core::kWindowCount; ++i)
      if (v->is_string() && v->string == core::window_name(static_cast<core::Window>(i))) w = static_cast<core::Window>(i);
    if (!w) return reply_error("window is one of sentence, paragraph, document");
    s.window = *w;
  }
  if (const core::JsonValue* v = c.arg("measure")) {
    const auto m = v->is_string() ? parse_measure(v->string) : std::nullopt;
    if (!m) return reply_error("measure is one of count, pmi, npmi, dice, llr");
    s.measure = *m;
  }
  if (const core::JsonValue* v = c.arg("min_count")) {
    if (v->kind != core::JsonValue::Kind::kNumber || v->number < 1) return reply_error("min_count is a number >= 1");
    s.min_count = static_cast<std::uint32_t>(v->number);
  }
  if (const core::JsonValue* v = c.arg("top_n")) {
    if (v->kind != core::JsonValue::Kind::kNumber || v->number < 1 || v->number > 200)
      return reply_error("top_n is a number from 1 to 200");
    s.top_n = static_cast<int>(v->number);
  }
  if (const core::JsonValue* v = c.arg("types")) {
    if (v->kind != core::JsonValue::Kind::kArray) return reply_error("types is an array of type names");
    std::uint32_t mask = 0;
    for (const core::JsonValue& t : v->array) {
      const auto type = t.is_string() ? core::parse_entity_type(t.string) : std::nullopt;
      if (!type) return reply_error("unknown entity type " + (t.is_string() ? t.string : std::string("(not a string)")));
      mask |= 1u << static_cast<unsigned>(*type);
    }
    s.type_mask = mask;
  }
  if (!(s == state.chart)) {
    state.chart = s;
    state.derived_dirty = true;
  }
  return reply_ok();
}

}  // namespace

bool handle_chart_command(AppState& state, const Command& c, std::string& reply) {
  if (c.name == "set_chart") {
    reply = chart_set_chart(state, c);
    return true;
  }
  // A tables view may claim select_entity too; whichever handler runs first answers, and both select alike.
  if (c.name == "select_entity") {
    const core::JsonValue* name = c.arg("name");
    const auto entity = name && name->is_string() ? find_entity(state, name->string) : std::nullopt;
    if (!entity) return reply = reply_error("no entity of that name"), true;
    state.select_entity(*entity);
    reply = reply_ok();
    return true;
  }
  if (c.name == "clear_selection") {
    state.selected_entity.reset();
    reply = reply_ok();
    return true;
  }
  return false;
}

void add_chart_status(const AppState& state, StatusWriter& w) {
  std::string chart = "{";
  StatusWriter s(chart);
  s.string("window", core::window_name(state.chart.window));
  s.string("measure", measure_name(state.chart.measure));
  s.number("min_count", state.chart.min_count);
  s.number("top_n", state.chart.top_n);
  std::string types = "[";
  for (int t = 0; t < core::kEntityTypeCount; ++t) {
    if (!(state.chart.type_mask & (1u << t))) continue;
    if (types.size() > 1) types += ',';
    core::append_json_string(types, core::entity_type_name(static_cast<core::EntityType>(t)));
  }
  s.raw("types", types + "]");
  // The data below is rebuilt next frame after a change of settings or of the included articles: until then it
  // is the old data, and the charts drawn from it are not current (a test waiting for the heat map after
  // re-including articles read the one-article pair count).
  const bool current = !state.derived_dirty;
  s.boolean("current", current);
  s.number("pairs", static_cast<double>(state.chart_pairs.size()));
  s.number("entities", static_cast<double>(state.chart_entities.size()));
  const NetworkViewState& net = state.network_view;
  const bool fresh = current && net.generation == state.derived_generation;  // drawn since the last change
  s.boolean("network_current", fresh);
  s.number("nodes", fresh ? static_cast<double>(net.nodes.size()) : 0);
  s.number("edges", fresh ? static_cast<double>(net.edges.size()) : 0);
  s.number("hidden_pairs", fresh ? static_cast<double>(net.hidden_pairs) : 0);
  s.boolean("settled", fresh && net.layout.settled());
  s.number("layout_iterations", fresh ? net.layout.iterations() : 0);
  s.number("zoom", net.zoom);
  const HeatmapViewState& heat = state.heatmap_view;
  if (current && heat.generation == state.derived_generation) {
    std::string order = "[";
    for (std::uint32_t e : heat.entities) {
      if (order.size() > 1) order += ',';
      core::append_json_string(order, state.analysis.entities[e].name);
    }
    s.raw("heatmap_order", order + "]");
    std::size_t filled = 0;
    for (std::int32_t p : heat.cell_pair) filled += p >= 0;
    s.number("heatmap_cells", static_cast<double>(filled));
    s.number("heatmap_min", heat.lo);
    s.number("heatmap_max", heat.hi);
  }
  const BarsViewState& bars = state.bars_view;
  if (current && bars.generation == state.derived_generation) {
    std::string rows = "[";
    for (std::uint32_t p : bars.rows) {
      if (rows.size() > 1) rows += ',';
      const core::PairStat& ps = state.chart_pairs[p];
      rows += "{\"a\":";
      core::append_json_string(rows, state.analysis.entities[ps.a].name);
      rows += ",\"b\":";
      core::append_json_string(rows, state.analysis.entities[ps.b].name);
      rows += ",\"value\":";
      core::append_json_number(rows, measure_value(ps, state.chart.measure));
      rows += '}';
    }
    s.raw("bars", rows + "]");
    if (bars.entity) s.string("bars_entity", state.analysis.entities[*bars.entity].name);
    else s.raw("bars_entity", "null");
  }
  w.raw("chart", chart + "}");
}

}  // namespace newslens::ui
