// Layout logic for the co-occurrence charts, free of ImGui so it can be tested natively: an incremental
// force-directed layout (Fruchterman–Reingold with cooling) for the network, and a clustering leaf order for
// the heat map. Positions are world units centred on (0, 0), about one unit across; views map them to pixels.
// Both are deterministic: the same nodes, edges and starting positions give the same picture.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
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
  // A dragged node stays where it is put, and its neighbours adjust around it for a short while; the rest
  // hold still, so moving one node does not rearrange the picture (until the next reset).
  void drag(std::size_t node, LayoutPoint at);
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
  std::vector<bool> movable_;  // after a drag: the nodes free to move (empty: all of them)
  std::vector<float> sizes_;
  std::vector<LayoutEdge> edges_;
  float k_ = 0.2f;  // ideal distance between nodes
  float temperature_ = 0;
  int iterations_ = 0;
};

// A rectangle in pixels: left, top, right, bottom.
struct LabelBox {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// A node to label: its centre and radius on screen, and its label's size.
struct LabelNode {
  LayoutPoint centre;
  float radius = 0;
  float width = 0, height = 0;
  bool forced = false;  // the selected or hovered node's: drawn over other labels
};

// Places the nodes' labels, in `order`, each beside its node: right, left, below or above (below and above slide
// along to stay on the canvas). First a side clear of labels already placed, of other nodes and of the node's own
// links (one running under the label showed as a stray mark before the name: BBC "'Athens"), then one clear of
// labels and nodes, then one clear of labels. A side running past the canvas is taken only if no side fits
// inside. `occupied`: boxes that count as placed labels (the legend). Returns each label's top-left corner, or
// nothing where no side is free (hovering shows it).
std::vector<std::optional<LayoutPoint>> place_labels(const std::vector<LabelNode>& nodes,
                                                     const std::vector<std::size_t>& order,
                                                     const std::vector<LayoutEdge>& edges, LabelBox canvas,
                                                     std::vector<LabelBox> occupied);

// The i-th point of the golden-angle spiral used for starting positions (0 at the centre).
LayoutPoint spiral_position(std::size_t i, std::size_t n);

// Order of n items so that similar ones sit together: leaf order of average-linkage agglomerative
// clustering on `similarity` (n * n, row-major, symmetric, larger = closer; the diagonal is ignored).
// Ties break by index, so the order is deterministic.
std::vector<std::uint32_t> cluster_order(const std::vector<float>& similarity, std::size_t n);

}  // namespace newslens::ui
