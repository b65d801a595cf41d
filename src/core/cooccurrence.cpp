#include "core/cooccurrence.h"

namespace newslens::core {

// Placeholder until the co-occurrence stage lands.
std::vector<PairStat> compute_cooccurrence(const Analysis&, Window, const CooccurrenceFilter&) { return {}; }

void fill_cooccurrence(Analysis& analysis, std::uint32_t min_count) {
  CooccurrenceFilter filter;
  filter.min_count = min_count;
  for (int w = 0; w < kWindowCount; ++w) {
    std::vector<PairStat> pairs = compute_cooccurrence(analysis, static_cast<Window>(w), filter);
    analysis.cooccurrence.insert(analysis.cooccurrence.end(), pairs.begin(), pairs.end());
  }
}

}  // namespace newslens::core
