// Entity co-occurrence per window (sentence, paragraph, document): counts, PMI and NPMI (log2), Dice and
// Dunning's G² (ln) over the 2x2 table of windows; N = windows of the kind in the chosen documents (empty ones
// too), an entity counts once per window. The UI recomputes with filters when its settings change; analyze()
// fills Analysis::cooccurrence. Output: pairs with a < b, sorted by count (descending), then a, then b.
#pragma once

#include <cstdint>
#include <vector>

#include "core/analysis.h"

namespace newslens::core {

struct CooccurrenceFilter {
  std::vector<bool> documents;        // empty = all documents; else one flag per document
  std::uint32_t type_mask = 0xFF;     // bit (1 << EntityType) set = type included
  std::uint32_t min_count = 1;
  std::uint32_t max_pairs = 0;        // 0 = all; else keep the most frequent pairs (ties by a, b)
};

// A window holding more distinct entities than this pairs up only its most mentioned ones (by mentions in the
// corpus): the pairs of a window grow with the square of its entities.
inline constexpr std::size_t kMaxWindowEntities = 400;

// Named types only (PERSON, ORG, PLACE, MISC): what analyze() stores. Quantities co-occur with everything
// in their sentence and would bury the people-and-places network the views draw.
inline constexpr std::uint32_t kNamedTypeMask = 0x0F;

// The four measures from a 2x2 table of windows: n_ab windows hold both, n_a and n_b hold each, n in all.
PairStat cooccurrence_measures(std::uint32_t n_ab, std::uint32_t n_a, std::uint32_t n_b, std::uint32_t n);

std::vector<PairStat> compute_cooccurrence(const Analysis& analysis, Window window, const CooccurrenceFilter& filter);

// All three windows over all documents, named types only, pairs seen at least min_count times, at most
// max_pairs_per_window per window (0 = no limit): what analyze() stores.
void fill_cooccurrence(Analysis& analysis, std::uint32_t min_count, std::uint32_t max_pairs_per_window = 0);

}  // namespace newslens::core
