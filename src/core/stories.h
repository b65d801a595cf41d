// Stories: which pairs of documents report the same events, so quotes and figures are compared between
// outlets covering one story, never between unrelated articles. In: an Analysis with segmented texts. Out: per
// document, the sorted related ones: sharing >= kMinSharedNames rare proper names, >= kMinSharedShare of the
// smaller one's. Not transitive on purpose: over 2,225 BBC articles that chained 859 into one "story".
#pragma once

#include <cstdint>
#include <vector>

#include "core/analysis.h"

namespace newslens::core {

inline constexpr std::uint32_t kMinSharedNames = 3;
inline constexpr double kMinSharedShare = 0.3;

std::vector<std::vector<std::uint32_t>> relate_documents(const Analysis& analysis);

}  // namespace newslens::core
