#include "ui/chart_layout.h"

#include <algorithm>
#include <cmath>

namespace newslens::ui {

LayoutPoint spiral_position(std::size_t i, std::size_t n) {
  // Golden-angle spiral: evenly spread, no two nodes on the same spot, the first (largest) at the centre.
  constexpr float kGoldenAngle = 2.39996323f;
  const float r = 0.5f * std::sqrt((static_cast<float>(i) + 0.5f) / static_cast<float>(std::max<std::size_t>(n, 1)));
  const float a = kGoldenAngle * static_cast<float>(i);
  return {r * std::cos(a), r * std::sin(a)};
}

void ForceLayout::reset(std::size_t nodes, std::vector<LayoutEdge> edges, std::vector<LayoutPoint> start) {
  pos_.resize(nodes);
  for (std::size_t i = 0; i < nodes; ++i) pos_[i] = i < start.size() ? start[i] : spiral_position(i, nodes);
  disp_.assign(nodes, {});
  pinned_.assign(nodes, false);
  movable_.clear();
  sizes_.assign(nodes, 0.0f);
  edges_ = std::move(edges);
  k_ = 0.9f * std::sqrt(1.0f / static_cast<float>(std::max<std::size_t>(nodes, 1)));
  temperature_ = nodes > 1 ? 0.08f : 0.0f;
  iterations_ = 0;
}

void ForceLayout::drag(std::size_t node, LayoutPoint at) {
  if (node >= pos_.size()) return;
  pos_[node] = at;
  if (!pinned_[node]) {  // the first frame of this node's drag: free its neighbours once
    pinned_[node] = true;
    if (movable_.empty()) movable_.assign(pos_.size(), false);
    for (const LayoutEdge& e : edges_) {
      if (e.a == node) movable_[e.b] = true;
      if (e.b == node) movable_[e.a] = true;
    }
  }
  temperature_ = std::max(temperature_, 0.004f);  // the neighbours follow a little, then it settles again
}

void ForceLayout::set_sizes(std::vector<float> sizes) {
  sizes.resize(pos_.size(), 0.0f);
  sizes_ = std::move(sizes);
}

float ForceLayout::min_distance(std::size_t i, std::size_t j) const {
  return k_ * (0.25f + 0.5f * (std::clamp(sizes_[i], 0.0f, 1.0f) + std::clamp(sizes_[j], 0.0f, 1.0f)));
}

bool ForceLayout::step(int iterations) {
  const std::size_t n = pos_.size();
  const float k2 = k_ * k_;
  for (int it = 0; it < iterations && !settled(); ++it) {
    std::fill(disp_.begin(), disp_.end(), LayoutPoint{});
    // Repulsion between every pair: n <= ~100 keeps this at a few thousand pairs per iteration.
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = i + 1; j < n; ++j) {
        float dx = pos_[i].x - pos_[j].x, dy = pos_[i].y - pos_[j].y;
        float d2 = dx * dx + dy * dy;
        if (d2 < 1e-8f) {  // coincident: push apart along a direction fixed by the indices
          dx = 1e-3f * static_cast<float>(1 + (i % 7));
          dy = 1e-3f * static_cast<float>(1 + (j % 5));
          d2 = dx * dx + dy * dy;
        }
        const float f = k2 / d2;  // k^2/d, applied along (dx, dy)/d
        disp_[i].x += dx * f, disp_[i].y += dy * f;
        disp_[j].x -= dx * f, disp_[j].y -= dy * f;
      }
    }
    for (const LayoutEdge& e : edges_) {
      const float dx = pos_[e.a].x - pos_[e.b].x, dy = pos_[e.a].y - pos_[e.b].y;
      const float d = std::sqrt(dx * dx + dy * dy);
      const float f = e.weight * d / k_;  // d^2/k along the unit vector
      disp_[e.a].x -= dx * f, disp_[e.a].y -= dy * f;
      disp_[e.b].x += dx * f, disp_[e.b].y += dy * f;
    }
    // Gravity keeps unconnected nodes from drifting off: with n*k^2 fixed, the whole settles about one
    // unit across whatever the number of nodes.
    constexpr float kGravity = 3.0f;
    for (std::size_t i = 0; i < n; ++i) {
      disp_[i].x -= kGravity * pos_[i].x;
      disp_[i].y -= kGravity * pos_[i].y;
    }
    const auto fixed = [&](std::size_t i) { return pinned_[i] || (!movable_.empty() && !movable_[i]); };
    for (std::size_t i = 0; i < n; ++i) {
      if (fixed(i)) continue;
      const float d = std::sqrt(disp_[i].x * disp_[i].x + disp_[i].y * disp_[i].y);
      if (d < 1e-9f) continue;
      const float move = std::min(d, temperature_);
      pos_[i].x += disp_[i].x / d * move;
      pos_[i].y += disp_[i].y / d * move;
    }
    // Then no two nodes closer than their sizes allow: each of a pair too close moves half the shortfall
    // apart (all of it when the other is pinned). Forces alone let two hubs pulled by the same neighbours sit
    // on top of each other. A few sweeps, as moving one pair apart may close another.
    bool moved = true;
    for (int sweep = 0; sweep < 4 && moved; ++sweep) {
      moved = false;
      for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
          if (fixed(i) && fixed(j)) continue;
          float dx = pos_[i].x - pos_[j].x, dy = pos_[i].y - pos_[j].y;
          float d = std::sqrt(dx * dx + dy * dy);
          const float need = min_distance(i, j);
          if (d >= need) continue;
          if (d < 1e-6f) {
            dx = 1e-3f * static_cast<float>(1 + (i % 7));
            dy = 1e-3f * static_cast<float>(1 + (j % 5));
            d = std::sqrt(dx * dx + dy * dy);
          }
          const float share = fixed(i) || fixed(j) ? 1.0f : 0.5f;
          const float push = (need - d) * share / d;
          if (!fixed(i)) pos_[i].x += dx * push, pos_[i].y += dy * push;
          if (!fixed(j)) pos_[j].x -= dx * push, pos_[j].y -= dy * push;
          moved = true;
        }
      }
    }
    temperature_ *= 0.965f;
    ++iterations_;
  }
  return settled();
}

std::vector<std::uint32_t> cluster_order(const std::vector<float>& similarity, std::size_t n) {
  std::vector<std::vector<std::uint32_t>> leaves(n);
  for (std::size_t i = 0; i < n; ++i) leaves[i] = {static_cast<std::uint32_t>(i)};
  if (n < 3) return n == 0 ? std::vector<std::uint32_t>{} : n == 1 ? leaves[0] : std::vector<std::uint32_t>{0, 1};
  std::vector<float> s(similarity.begin(), similarity.begin() + static_cast<long>(n * n));  // cluster linkage
  std::vector<float> size(n, 1.0f);
  std::vector<bool> active(n, true);
  auto item = [&](std::uint32_t a, std::uint32_t b) { return similarity[a * n + b]; };
  for (std::size_t merges = 0; merges + 1 < n; ++merges) {
    std::size_t bi = 0, bj = 0;
    float best = -1e30f;
    for (std::size_t i = 0; i < n; ++i) {
      if (!active[i]) continue;
      for (std::size_t j = i + 1; j < n; ++j)
        if (active[j] && s[i * n + j] > best) best = s[i * n + j], bi = i, bj = j;
    }
    // Join the two leaf orders the way that puts the most similar ends next to each other.
    std::vector<std::uint32_t>& a = leaves[bi];
    std::vector<std::uint32_t>& b = leaves[bj];
    const float ends[4] = {item(a.back(), b.front()), item(a.back(), b.back()), item(a.front(), b.front()),
                           item(a.front(), b.back())};
    const int pick = static_cast<int>(std::max_element(ends, ends + 4) - ends);
    if (pick == 1 || pick == 3) std::reverse(b.begin(), b.end());
    if (pick >= 2) std::reverse(a.begin(), a.end());
    a.insert(a.end(), b.begin(), b.end());
    b.clear();
    for (std::size_t k = 0; k < n; ++k) {
      if (!active[k] || k == bi || k == bj) continue;
      const float v = (size[bi] * s[bi * n + k] + size[bj] * s[bj * n + k]) / (size[bi] + size[bj]);
      s[bi * n + k] = s[k * n + bi] = v;
    }
    size[bi] += size[bj];
    active[bj] = false;
  }
  for (std::size_t i = 0; i < n; ++i)
    if (active[i]) return leaves[i];
  return {};
}

namespace {

bool overlap(const LabelBox& r, const LabelBox& q) { return r.x0 < q.x1 && q.x0 < r.x1 && r.y0 < q.y1 && q.y0 < r.y1; }

// Whether the segment a-b passes through the box: Liang-Barsky clipping of the segment to it.
bool crosses(LayoutPoint a, LayoutPoint b, const LabelBox& r) {
  float lo = 0.0f, hi = 1.0f;
  const float d[2] = {b.x - a.x, b.y - a.y};
  const float from[2] = {a.x, a.y}, low[2] = {r.x0, r.y0}, high[2] = {r.x1, r.y1};
  for (int k = 0; k < 2; ++k) {
    if (d[k] == 0.0f) {
      if (from[k] < low[k] || from[k] > high[k]) return false;
      continue;
    }
    float t0 = (low[k] - from[k]) / d[k], t1 = (high[k] - from[k]) / d[k];
    if (t0 > t1) std::swap(t0, t1);
    lo = std::max(lo, t0);
    hi = std::min(hi, t1);
    if (lo > hi) return false;
  }
  return true;
}

}  // namespace

std::vector<std::optional<LayoutPoint>> place_labels(const std::vector<LabelNode>& nodes,
                                                     const std::vector<std::size_t>& order,
                                                     const std::vector<LayoutEdge>& edges, LabelBox canvas,
                                                     std::vector<LabelBox> occupied) {
  const std::size_t n = nodes.size();
  std::vector<std::optional<LayoutPoint>> out(n);
  std::vector<LabelBox> discs(n);
  for (std::size_t i = 0; i < n; ++i) {
    const LabelNode& d = nodes[i];
    discs[i] = {d.centre.x - d.radius, d.centre.y - d.radius, d.centre.x + d.radius, d.centre.y + d.radius};
  }
  // The box a label takes, a margin around its text.
  const auto box_at = [](LayoutPoint at, const LabelNode& d) {
    return LabelBox{at.x - 3, at.y - 1, at.x + d.width + 3, at.y + d.height + 1};
  };
  const auto inside = [&](const LabelBox& r) {
    return r.x0 >= canvas.x0 && r.x1 <= canvas.x1 && r.y0 >= canvas.y0 && r.y1 <= canvas.y1;
  };
  for (const std::size_t i : order) {
    const LabelNode& d = nodes[i];
    const LayoutPoint c = d.centre;
    const float r = d.radius + 4;
    const float centred =
        std::clamp(c.x - d.width / 2, canvas.x0 + 4, std::max(canvas.x0 + 4, canvas.x1 - d.width - 4));
    const LayoutPoint spots[4] = {{c.x + r, c.y - d.height / 2}, {c.x - r - d.width, c.y - d.height / 2},
                                  {centred, c.y + r - 2}, {centred, c.y - r - d.height + 2}};
    bool any_inside = false;
    for (const LayoutPoint& at : spots) any_inside = any_inside || inside(box_at(at, d));
    const auto covers_node = [&](const LabelBox& box) {
      for (std::size_t k = 0; k < n; ++k)
        if (k != i && overlap(box, discs[k])) return true;
      return false;
    };
    const auto crosses_own_link = [&](const LabelBox& box) {
      for (const LayoutEdge& e : edges)
        if ((e.a == i || e.b == i) && e.a < n && e.b < n && crosses(nodes[e.a].centre, nodes[e.b].centre, box))
          return true;
      return false;
    };
    const auto covers_label = [&](const LabelBox& box) {
      return std::any_of(occupied.begin(), occupied.end(), [&](const LabelBox& q) { return overlap(box, q); });
    };
    for (int pass = 0; pass < 3 && !out[i]; ++pass) {
      for (const LayoutPoint& at : spots) {
        const LabelBox box = box_at(at, d);
        if ((any_inside && !inside(box)) || (!d.forced && covers_label(box)) ||
            (pass <= 1 && covers_node(box)) || (pass == 0 && crosses_own_link(box)))
          continue;
        out[i] = at;
        occupied.push_back(box);
        break;
      }
    }
  }
  return out;
}

}  // namespace newslens::ui
