#include <doctest/doctest.h>

#include <cmath>

#include "ui/chart_layout.h"

using namespace newslens::ui;

namespace {

float distance(const LayoutPoint& a, const LayoutPoint& b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Two hubs linked to each other and to the same 23 leaves, as "United Kingdom" and "United States" were in the
// network of 200 BBC articles, where forces alone drew one over the other.
ForceLayout two_hubs(bool sized) {
  std::vector<LayoutEdge> edges{{0, 1, 1.0f}};
  for (std::uint32_t leaf = 2; leaf < 25; ++leaf) {
    edges.push_back({0, leaf, 0.8f});
    edges.push_back({1, leaf, 0.8f});
  }
  ForceLayout layout;
  layout.reset(25, edges);
  if (sized) {
    std::vector<float> sizes(25, 0.2f);
    sizes[0] = sizes[1] = 1.0f;
    layout.set_sizes(sizes);
  }
  while (!layout.step(50)) {
  }
  return layout;
}

}  // namespace

TEST_CASE("chart layout: nodes keep apart by their sizes, big ones further") {
  const ForceLayout layout = two_hubs(true);
  const auto& pos = layout.positions();
  for (std::size_t i = 0; i < pos.size(); ++i)
    for (std::size_t j = i + 1; j < pos.size(); ++j) {
      CAPTURE(i);
      CAPTURE(j);
      CHECK(distance(pos[i], pos[j]) >= 0.99f * layout.min_distance(i, j));
    }
  CHECK(layout.min_distance(0, 1) > 2 * layout.min_distance(2, 3));
}

TEST_CASE("chart layout: the same input gives the same picture") {
  const ForceLayout a = two_hubs(true), b = two_hubs(true);
  REQUIRE(a.positions().size() == b.positions().size());
  for (std::size_t i = 0; i < a.positions().size(); ++i) {
    CHECK(a.positions()[i].x == b.positions()[i].x);
    CHECK(a.positions()[i].y == b.positions()[i].y);
  }
  CHECK(a.iterations() == b.iterations());
}

TEST_CASE("chart layout: a dragged node stays put, its neighbours follow, the rest hold still") {
  // A chain 0-1-2-3 and a pair 4-5 apart: dragging node 1 had let every node drift to a new balance, so the
  // network a user was arranging rearranged itself.
  ForceLayout layout;
  layout.reset(6, {{0, 1, 1.0f}, {1, 2, 1.0f}, {2, 3, 1.0f}, {4, 5, 1.0f}});
  while (!layout.step(50)) {
  }
  const std::vector<LayoutPoint> before = layout.positions();
  // Away from both its neighbours, so that they are pulled after it.
  const float ax = before[1].x - (before[0].x + before[2].x) / 2, ay = before[1].y - (before[0].y + before[2].y) / 2;
  const float len = std::hypot(ax, ay);
  const LayoutPoint to{before[1].x + 0.3f * ax / len, before[1].y + 0.3f * ay / len};
  for (int frame = 0; frame < 10; ++frame) {  // held for a few frames, then let go
    layout.drag(1, to);
    layout.step(30);
  }
  while (!layout.step(50)) {
  }
  const auto& after = layout.positions();
  CHECK(after[1].x == to.x);
  CHECK(after[1].y == to.y);
  // The neighbours follow: they move the way the node was dragged.
  const auto followed = [&](std::size_t i) {
    return (after[i].x - before[i].x) * (to.x - before[1].x) + (after[i].y - before[i].y) * (to.y - before[1].y);
  };
  CHECK(followed(0) > 0);
  CHECK(followed(2) > 0);
  for (std::size_t far : {3u, 4u, 5u}) {
    CAPTURE(far);
    CHECK(after[far].x == before[far].x);
    CHECK(after[far].y == before[far].y);
  }
}

TEST_CASE("chart labels: beside the node, off its own links, other labels and the legend") {
  const LabelBox canvas{0, 0, 800, 600};
  // BBC's 200-article network: "Athens", its link to "Olympics" leaving up and to the right, had the link run
  // under the start of its label ("'Athens"). The label goes to a side no link of its own crosses.
  const std::vector<LabelNode> nodes{{{400, 300}, 8, 50, 16}, {{500, 260}, 8, 60, 16}};
  const std::vector<LayoutEdge> link{{0, 1, 1.0f}};
  auto spots = place_labels(nodes, {0, 1}, link, canvas, {});
  REQUIRE(spots[0].has_value());
  CHECK(spots[0]->x + 50 <= 400);  // to the left: the right side holds the link
  // Without the link the right side is first.
  spots = place_labels(nodes, {0, 1}, {}, canvas, {});
  REQUIRE(spots[0].has_value());
  CHECK(spots[0]->x > 400);
  CHECK(spots[0]->y == doctest::Approx(292));
  // A label keeps off a box already taken (the legend), and a node's label off another label.
  const std::vector<LabelNode> bottom{{{100, 585}, 6, 40, 16}};
  spots = place_labels(bottom, {0}, {}, canvas, {{0, 580, 300, 600}});
  REQUIRE(spots[0].has_value());
  CHECK(spots[0]->y + 16 <= 580);  // above it
  // With every side taken a label is left out, unless it is forced (the selection's).
  const std::vector<LabelNode> boxed{{{400, 300}, 8, 50, 16}};
  const std::vector<LabelBox> all{{0, 0, 800, 600}};
  spots = place_labels(boxed, {0}, {}, canvas, all);
  CHECK_FALSE(spots[0].has_value());
  const std::vector<LabelNode> forced{{{400, 300}, 8, 50, 16, true}};
  spots = place_labels(forced, {0}, {}, canvas, all);
  CHECK(spots[0].has_value());
}
