// The Network tab: a force-directed graph of the top entities. Node size by mentions in the included
// articles, colour by type, line width and opacity by the chosen measure. The layout advances a bounded
// number of iterations per frame until it settles, then costs nothing; it restarts when the data changes,
// keeping the positions of entities that stay. Wheel zooms, dragging the background pans, dragging a node
// moves (and pins) it, a click selects.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "imgui.h"
#include "ui/chart_common.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace newslens::ui {

namespace {

constexpr ImU32 kEdgeColor = IM_COL32(60, 72, 96, 255);
constexpr ImU32 kLabelBg = IM_COL32(255, 255, 255, 200);

// Rebuilds nodes and edges from chart_entities / chart_pairs after a settings or document change.
void sync_network(AppState& state) {
  NetworkViewState& net = state.network_view;
  if (net.generation == state.derived_generation) return;
  net.generation = state.derived_generation;

  std::vector<std::int32_t> old_index(state.analysis.entities.size(), -1);
  for (std::size_t i = 0; i < net.nodes.size() && i < net.layout.size(); ++i)
    if (net.nodes[i] < old_index.size()) old_index[net.nodes[i]] = static_cast<std::int32_t>(i);
  const std::vector<LayoutPoint> old_pos = net.layout.positions();

  net.nodes = state.chart_entities;
  const std::size_t n = net.nodes.size();
  std::vector<std::int32_t> node_of(state.analysis.entities.size(), -1);
  for (std::size_t i = 0; i < n; ++i) node_of[net.nodes[i]] = static_cast<std::int32_t>(i);

  struct Candidate {
    double value;
    std::uint32_t pair;
  };
  std::vector<Candidate> candidates;
  double max_value = 0;
  for (std::uint32_t p = 0; p < state.chart_pairs.size(); ++p) {
    const core::PairStat& ps = state.chart_pairs[p];
    if (node_of[ps.a] < 0 || node_of[ps.b] < 0) continue;
    const double v = measure_value(ps, state.chart.measure);
    candidates.push_back({v, p});
    max_value = std::max(max_value, v);
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    return x.value != y.value ? x.value > y.value : x.pair < y.pair;
  });
  // Every node keeps its three strongest links; beyond that only the strongest 2.5 per node overall, so
  // a document window over many articles does not become a hairball.
  net.edges.clear();
  net.edge_pairs.clear();
  net.hidden_pairs = 0;
  std::vector<int> degree(n, 0);
  const std::size_t budget = n * 5 / 2;
  for (const Candidate& c : candidates) {
    const core::PairStat& ps = state.chart_pairs[c.pair];
    const auto a = static_cast<std::uint32_t>(node_of[ps.a]), b = static_cast<std::uint32_t>(node_of[ps.b]);
    const double strength = measure_strength(c.value, max_value, state.chart.measure);
    if (strength <= 0 || (net.edges.size() >= budget && degree[a] >= 3 && degree[b] >= 3)) {
      ++net.hidden_pairs;
      continue;
    }
    ++degree[a], ++degree[b];
    net.edges.push_back({a, b, static_cast<float>(strength)});
    net.edge_pairs.push_back(c.pair);
  }

  std::vector<LayoutPoint> start;
  bool reused = false;
  for (std::size_t i = 0; i < n; ++i) {
    const std::int32_t old = old_index[net.nodes[i]];
    reused |= old >= 0;
    start.push_back(old >= 0 ? old_pos[static_cast<std::size_t>(old)] : spiral_position(i, n));
  }
  std::vector<LayoutEdge> pull = net.edges;
  for (LayoutEdge& e : pull) e.weight = 0.15f + 0.85f * e.weight;  // weak links still hold their ends near
  net.layout.reset(n, std::move(pull), reused ? std::move(start) : std::vector<LayoutPoint>{});
  // Sizes as the nodes are drawn (radius grows with the square root of the mentions).
  std::uint32_t max_mentions = 1;
  for (std::uint32_t e : net.nodes) max_mentions = std::max(max_mentions, state.entity_mentions_included[e]);
  std::vector<float> sizes(n);
  for (std::size_t i = 0; i < n; ++i)
    sizes[i] = std::sqrt(static_cast<float>(state.entity_mentions_included[net.nodes[i]]) / static_cast<float>(max_mentions));
  net.layout.set_sizes(std::move(sizes));
  net.fit_scale = 0;
  net.drag_node = -1;
  net.panning = false;
  net.arranged = false;
}

float distance_to_segment(ImVec2 p, ImVec2 a, ImVec2 b) {
  const float dx = b.x - a.x, dy = b.y - a.y;
  const float len2 = dx * dx + dy * dy;
  float t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
  t = std::clamp(t, 0.0f, 1.0f);
  const float ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
  return std::sqrt(ex * ex + ey * ey);
}

}  // namespace

void draw_network_view(AppState& state) {
  draw_chart_controls(state);
  sync_network(state);
  NetworkViewState& net = state.network_view;
  const std::size_t n = net.nodes.size();

  ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%zu entities, %zu links by %s", n, net.edges.size(), measure_label(state.chart.measure));
  const float button_x = ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize("Reset view").x -
                         2 * ImGui::GetStyle().FramePadding.x;
  if (net.hidden_pairs > 0) {
    char hidden[64];
    std::snprintf(hidden, sizeof hidden, "(%zu weaker or negative pairs not drawn)", net.hidden_pairs);
    ImGui::SameLine();
    // Left out on narrow windows rather than drawn under the button; the hover text keeps it.
    if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(hidden).x + ImGui::GetStyle().ItemSpacing.x < button_x)
      ImGui::TextUnformatted(hidden);
    else {
      ImGui::TextUnformatted("(some pairs not drawn)");
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", hidden);
    }
  }
  ImGui::PopStyleColor();
  ImGui::SameLine(button_x);
  if (ImGui::SmallButton("Reset view")) {
    net.zoom = 1, net.pan_x = 0, net.pan_y = 0, net.fit_scale = 0;
    net.arranged = false;
  }

  if (n == 0) {
    ImGui::TextDisabled("No entities of the ticked types in the included articles.");
    return;
  }

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 size(std::max(ImGui::GetContentRegionAvail().x, 100.0f), std::max(ImGui::GetContentRegionAvail().y, 100.0f));
  ImGui::InvisibleButton("network-canvas", size);
  const bool hovered = ImGui::IsItemHovered();
  const bool active = ImGui::IsItemActive();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
  dl->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), IM_COL32_WHITE, 4.0f);
  dl->AddRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), ImGui::GetColorU32(ImGuiCol_Border), 4.0f);

  // Layout: a budget of pair computations per frame, so 100 nodes cost the same frame time as 20.
  if (!net.layout.settled()) {
    const int per_frame = std::clamp(static_cast<int>(40000 / std::max<std::size_t>(n * n, 1)), 2, 30);
    net.layout.step(per_frame);
  }
  const std::vector<LayoutPoint>& pos = net.layout.positions();

  // Fit the drawing to the canvas while the layout first moves; freeze it once settled, while dragging, and
  // while the rest settles after a drag, so moving one node neither rescales nor shifts the others.
  const float margin_x = 70.0f, margin_y = 34.0f;
  if (net.fit_scale == 0 || (!net.layout.settled() && net.drag_node < 0 && !net.arranged)) {
    float x0 = 1e9f, y0 = 1e9f, x1 = -1e9f, y1 = -1e9f;
    for (const LayoutPoint& p : pos) x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
    net.fit_x = (x0 + x1) / 2, net.fit_y = (y0 + y1) / 2;
    net.fit_scale = std::min((size.x - 2 * margin_x) / std::max(x1 - x0, 0.05f),
                             (size.y - 2 * margin_y) / std::max(y1 - y0, 0.05f));
    net.fit_scale = std::max(net.fit_scale, 1.0f);
  }
  const ImVec2 centre(origin.x + size.x / 2, origin.y + size.y / 2);
  const float scale = net.fit_scale * net.zoom;
  auto to_screen = [&](const LayoutPoint& p) {
    return ImVec2(centre.x + net.pan_x + (p.x - net.fit_x) * scale, centre.y + net.pan_y + (p.y - net.fit_y) * scale);
  };
  auto to_world = [&](ImVec2 s) {
    return LayoutPoint{net.fit_x + (s.x - centre.x - net.pan_x) / scale, net.fit_y + (s.y - centre.y - net.pan_y) / scale};
  };

  // Radius by the node's size, set once per change in sync_network (the square root of its share of mentions).
  const float r_max = std::clamp(std::min(size.x, size.y) / (std::sqrt(static_cast<float>(n)) * 3.2f), 7.0f, 20.0f);
  const std::vector<float>& sizes = net.layout.sizes();
  std::vector<ImVec2> screen(n);
  std::vector<float> radius(n);
  for (std::size_t i = 0; i < n; ++i) {
    screen[i] = to_screen(pos[i]);
    radius[i] = 3.0f + (r_max - 3.0f) * sizes[i];
  }

  // Hit testing: nodes first (smallest on top wins), then the nearest edge.
  const ImGuiIO& io = ImGui::GetIO();
  int hover_node = -1, hover_edge = -1;
  if (hovered || active) {
    float best = 1e9f;
    for (std::size_t i = 0; i < n; ++i) {
      const float dx = io.MousePos.x - screen[i].x, dy = io.MousePos.y - screen[i].y;
      const float d = std::sqrt(dx * dx + dy * dy);
      if (d <= radius[i] + 3 && d - radius[i] < best) best = d - radius[i], hover_node = static_cast<int>(i);
    }
    if (hover_node < 0 && hovered && !active) {
      float best_edge = 4.0f;
      for (std::size_t k = 0; k < net.edges.size(); ++k) {
        const float d = distance_to_segment(io.MousePos, screen[net.edges[k].a], screen[net.edges[k].b]);
        if (d < best_edge) best_edge = d, hover_edge = static_cast<int>(k);
      }
    }
  }

  // Mouse: press on a node drags it, on the background pans; a press released without moving selects.
  if (ImGui::IsItemActivated()) {
    net.drag_node = hover_node;
    net.panning = hover_node < 0;
    net.moved = false;
  }
  if (active) {
    if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f)) net.moved = true;
    if (net.moved && net.drag_node >= 0 && static_cast<std::size_t>(net.drag_node) < n) {
      net.arranged = true;
      net.layout.drag(static_cast<std::size_t>(net.drag_node), to_world(io.MousePos));
      screen[net.drag_node] = io.MousePos;
    } else if (net.moved && net.panning) {
      net.pan_x += io.MouseDelta.x, net.pan_y += io.MouseDelta.y;
    }
  }
  if (ImGui::IsItemDeactivated()) {
    if (!net.moved && net.drag_node >= 0 && static_cast<std::size_t>(net.drag_node) < n)
      state.select_entity(net.nodes[net.drag_node]);
    net.drag_node = -1;
    net.panning = false;
  }
  if (hovered && io.MouseWheel != 0) {
    const float zoom = std::clamp(net.zoom * std::pow(1.15f, io.MouseWheel), 0.3f, 8.0f);
    // Keep the point under the mouse where it is.
    const float qx = (io.MousePos.x - centre.x - net.pan_x) / net.zoom, qy = (io.MousePos.y - centre.y - net.pan_y) / net.zoom;
    net.pan_x = io.MousePos.x - centre.x - qx * zoom;
    net.pan_y = io.MousePos.y - centre.y - qy * zoom;
    net.zoom = zoom;
  }

  // Selection and its neighbours are emphasised; everything else fades.
  int selected = -1;
  if (state.selected_entity)
    for (std::size_t i = 0; i < n; ++i)
      if (net.nodes[i] == *state.selected_entity) selected = static_cast<int>(i);
  std::vector<bool> near(n, selected < 0);
  if (selected >= 0) {
    near[selected] = true;
    for (const LayoutEdge& e : net.edges) {
      if (static_cast<int>(e.a) == selected) near[e.b] = true;
      if (static_cast<int>(e.b) == selected) near[e.a] = true;
    }
  }

  // Edges: faint ones first, the selection's and the hovered one on top.
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t k = 0; k < net.edges.size(); ++k) {
      const LayoutEdge& e = net.edges[k];
      const bool touches = selected >= 0 && (static_cast<int>(e.a) == selected || static_cast<int>(e.b) == selected);
      const bool strong = touches || static_cast<int>(k) == hover_edge;
      if ((pass == 1) != strong) continue;
      int alpha = 40 + static_cast<int>(150 * e.weight);
      ImU32 col = with_alpha(kEdgeColor, alpha);
      if (selected >= 0 && !touches) col = with_alpha(kEdgeColor, alpha / 4);
      if (strong) col = with_alpha(kEdgeColor, 230);
      const float width = 0.8f + 3.2f * e.weight + (static_cast<int>(k) == hover_edge ? 1.5f : 0.0f);
      dl->AddLine(screen[e.a], screen[e.b], col, width);
    }
  }

  // Nodes.
  for (std::size_t i = 0; i < n; ++i) {
    const core::Entity& ent = state.analysis.entities[net.nodes[i]];
    const ImU32 col = entity_type_color(ent.type);
    dl->AddCircleFilled(screen[i], radius[i], near[i] ? col : with_alpha(col, 60), 24);
    dl->AddCircle(screen[i], radius[i], with_alpha(IM_COL32_WHITE, near[i] ? 255 : 120), 24, 1.5f);
    if (static_cast<int>(i) == selected) {
      dl->AddCircle(screen[i], radius[i] + 3.0f, IM_COL32(20, 20, 20, 255), 32, 2.5f);
    } else if (static_cast<int>(i) == hover_node) {
      dl->AddCircle(screen[i], radius[i] + 2.0f, with_alpha(col, 255), 32, 2.0f);
    }
  }

  // Legend: the types shown, and how to use the canvas. Laid out before the labels, which keep off it ("Africa"
  // below its node at the bottom had been written over "MISC").
  const float line = ImGui::GetTextLineHeight();
  std::vector<LabelBox> legend;
  {
    bool present[core::kEntityTypeCount] = {};
    for (std::uint32_t e : net.nodes) present[static_cast<int>(state.analysis.entities[e].type)] = true;
    ImVec2 at(origin.x + 10, origin.y + size.y - line - 8);
    for (int t = 0; t < core::kEntityTypeCount; ++t) {
      if (!present[t]) continue;
      const auto type = static_cast<core::EntityType>(t);
      dl->AddCircleFilled(ImVec2(at.x + 5, at.y + line / 2), 5, entity_type_color(type));
      const char* name = core::entity_type_name(type);
      dl->AddText(ImVec2(at.x + 14, at.y), kMutedText, name);
      at.x += 14 + ImGui::CalcTextSize(name).x + 14;
    }
    legend.push_back({origin.x, at.y - 2, at.x, at.y + line + 2});
    const char* hint = "Wheel: zoom  \xC2\xB7  drag: move  \xC2\xB7  click: select";
    const float hw = ImGui::CalcTextSize(hint).x;
    if (at.x + hw + 20 < origin.x + size.x) {
      dl->AddText(ImVec2(origin.x + size.x - hw - 10, at.y), kMutedText, hint);
      legend.push_back({origin.x + size.x - hw - 12, at.y - 2, origin.x + size.x, at.y + line + 2});
    }
  }

  // Labels: selection, hovered and neighbours first, then by mentions (place_labels: a side clear of labels,
  // nodes and the node's own links first; "Paula Radcliffe" had hidden the "France" node).
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  auto priority = [&](std::size_t i) {
    return static_cast<int>(i) == selected ? 0 : static_cast<int>(i) == hover_node ? 1 : (selected >= 0 && near[i]) ? 2 : 3;
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return priority(x) < priority(y); });
  std::vector<std::string> texts(n);
  std::vector<LabelNode> label_nodes(n);
  for (std::size_t i = 0; i < n; ++i) {
    texts[i] = fit_text(state.analysis.entities[net.nodes[i]].name, 170.0f);
    const ImVec2 ts = ImGui::CalcTextSize(texts[i].c_str());
    label_nodes[i] = {{screen[i].x, screen[i].y}, radius[i], ts.x, ts.y, priority(i) <= 1};
  }
  const std::vector<std::optional<LayoutPoint>> spots = place_labels(
      label_nodes, order, net.edges, {origin.x, origin.y, origin.x + size.x, origin.y + size.y}, std::move(legend));
  for (std::size_t i : order) {
    if (!spots[i]) continue;
    const ImU32 text_col = near[i] ? IM_COL32(25, 25, 30, 255) : IM_COL32(25, 25, 30, 110);
    draw_label(dl, ImVec2(spots[i]->x, spots[i]->y), texts[i].c_str(), text_col,
               near[i] ? kLabelBg : IM_COL32(255, 255, 255, 120));
  }

  dl->PopClipRect();

  if (net.drag_node < 0 || !net.moved) {
    if (hover_node >= 0) {
      int partners = 0;
      for (const LayoutEdge& e : net.edges) partners += static_cast<int>(e.a) == hover_node || static_cast<int>(e.b) == hover_node;
      entity_tooltip(state, net.nodes[hover_node], partners);
    } else if (hover_edge >= 0) {
      pair_tooltip(state, state.chart_pairs[net.edge_pairs[hover_edge]]);
    }
  }
  if (hover_node >= 0 || net.drag_node >= 0) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

}  // namespace newslens::ui
