// Stories: which pairs of documents report the same events, so that figures are compared between outlets
// covering one story and not between unrelated articles ("spending: £7.5bn" in one BBC story, "£11bn" in
// another). In: an Analysis with segmented texts. Out: for each document, the sorted list of related ones.
// Two documents are related when they share at least kMinSharedNames rare proper names and that is at least
// kMinSharedShare of the smaller one's rare names. Not transitive on purpose: over 2,225 BBC articles,
// joining related pairs transitively chains 859 of them into one "story".
#pragma once

#include <cstdint>
#include <vector>

#include "core/analysis.h"

namespace newslens::core {

inline constexpr std::uint32_t kMinSharedNames = 3;
inline constexpr double kMinSharedShare = 0.3;

std::vector<std::vector<std::uint32_t>> relate_documents(const Analysis& analysis);

}  // namespace newslens::core
