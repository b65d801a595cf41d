// Entity co-occurrence per window (sentence, paragraph, document): counts and association measures (PMI,
// NPMI, Dice, log-likelihood ratio) over the windows of the chosen documents. The UI recomputes with filters
// when its settings change (never per frame); analyze() fills Analysis::cooccurrence for all documents.
#pragma once

#include <cstdint>
#include <vector>

#include "core/analysis.h"

namespace newslens::core {

struct CooccurrenceFilter {
  std::vector<bool> documents;        // empty = all documents; else one flag per document
  std::uint32_t type_mask = 0xFF;     // bit (1 << EntityType) set = type included
  std::uint32_t min_count = 1;
};

std::vector<PairStat> compute_cooccurrence(const Analysis& analysis, Window window, const CooccurrenceFilter& filter);

// All three windows, unfiltered but for min_count: what analyze() stores.
void fill_cooccurrence(Analysis& analysis, std::uint32_t min_count);

}  // namespace newslens::core
