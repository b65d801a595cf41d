// Layout logic for the co-occurrence charts, free of ImGui so it can be tested natively: an incremental
// force-directed layout (Fruchterman–Reingold with cooling) for the network, and a clustering leaf order for
// the heat map. Positions are world units centred on (0, 0), about one unit across; views map them to pixels.
// Both are deterministic: the same nodes, edges and starting positions give the same picture.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newslens::ui {

struct LayoutPoint {
  float x = 0, y = 0;
};

struct LayoutEdge {
  std::uint32_t a = 0, b = 0;  // node indices
  float weight = 1;            // (0, 1]: pull of the edge
};

// Runs a few iterations per call until the temperature has cooled, then does nothing.
class ForceLayout {
 public:
  // Starts a new layout. `start` gives a position per node, or is empty for the deterministic spiral
  // (node 0 at the centre: pass nodes largest first).
  void reset(std::size_t nodes, std::vector<LayoutEdge> edges, std::vector<LayoutPoint> start = {});
  // Advances up to `iterations` steps; returns true once settled.
  bool step(int iterations);
  bool settled() const { return temperature_ < kMinTemperature; }
  int iterations() const { return iterations_; }
  // A dragged node stays where it is put; the others adjust around it for a short while.
  void pin(std::size_t node, LayoutPoint at);
  void reheat(float temperature);
  // Relative node sizes in [0, 1] (a drawn node's radius grows with it): two nodes keep apart by
  // min_distance(i, j), so big ones do not cover each other ("United Kingdom" over "United States").
  void set_sizes(std::vector<float> sizes);
  float min_distance(std::size_t i, std::size_t j) const;
  const std::vector<float>& sizes() const { return sizes_; }
  float ideal_distance() const { return k_; }
  const std::vector<LayoutPoint>& positions() const { return pos_; }
  std::size_t size() const { return pos_.size(); }

  static constexpr float kMinTemperature = 0.002f;

 private:
  std::vector<LayoutPoint> pos_;
  std::vector<LayoutPoint> disp_;
  std::vector<bool> pinned_;
  std::vector<float> sizes_;
  std::vector<LayoutEdge> edges_;
  float k_ = 0.2f;  // ideal distance between nodes
  float temperature_ = 0;
  int iterations_ = 0;
};

// The i-th point of the golden-angle spiral used for starting positions (0 at the centre).
LayoutPoint spiral_position(std::size_t i, std::size_t n);

// Order of n items so that similar ones sit together: leaf order of average-linkage agglomerative
// clustering on `similarity` (n * n, row-major, symmetric, larger = closer; the diagonal is ignored).
// Ties break by index, so the order is deterministic.
std::vector<std::uint32_t> cluster_order(const std::vector<float>& similarity, std::size_t n);

}  // namespace newslens::ui
