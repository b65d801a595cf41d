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
