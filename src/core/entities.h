// Entity detection: candidate mentions of people, organisations, places and MISC names (entities.cpp), and of
// money, percentages, numbers and dates with normalised values (quantities.cpp).
// In: one segmented document and the lexicons. Out: candidates, not yet merged into entities (aliases.h does).
// Spans are byte offsets into the document text, half-open, never crossing a sentence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/analysis.h"

namespace newslens::core {

struct EntityCandidate {
  std::uint32_t doc = 0;
  Span span;
  EntityType type = EntityType::kMisc;
  double value = 0;   // quantities: normalised number (190000000000 for "$190bn")
  std::string unit;   // quantities: "USD", "percent", ""; dates: ISO text
  std::string key;    // merge key: quantities with equal keys are one entity ("USD:190000000000")
  MentionKind kind = MentionKind::kName;  // names: kRole for "the Chinese leader" (resolved by aliases.cpp)
  // Names: the role a title before the name gives ("Russian President Vladimir Putin" -> "Russia:president");
  // roles: the role they name ("the Kremlin leader" -> "Russia:president"). Empty otherwise.
  std::string role;
};

std::vector<EntityCandidate> find_named_entities(const Document& doc, std::uint32_t doc_index,
                                                 const DocText& text, const Lexicons& lexicons);

std::vector<EntityCandidate> find_quantities(const Document& doc, std::uint32_t doc_index, const DocText& text,
                                             const Lexicons& lexicons);

}  // namespace newslens::core
