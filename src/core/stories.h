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

// Each document's distinct proper-name hashes, gathered while its tokens are still in cache (analyze() calls
// collect_document_names in its per-document pass): doc d's at hashes[first[d], first[d + 1]), sorted.
struct DocumentNames {
  std::vector<std::uint64_t> hashes;
  std::vector<std::uint32_t> first;
};
void collect_document_names(const Document& doc, const DocText& text, DocumentNames& names);

std::vector<std::vector<std::uint32_t>> relate_documents(const DocumentNames& names);
std::vector<std::vector<std::uint32_t>> relate_documents(const Analysis& analysis);  // collects, then relates

}  // namespace newslens::core
