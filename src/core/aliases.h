// Alias merging: turns candidate mentions into entities. "Xi", "Xi Jinping", "President Xi" and "the Chinese
// leader" become one PERSON; "BRI" joins "Belt and Road Initiative"; "Cctv" joins "CCTV". Decisions are made
// once over the whole corpus, so every document agrees. Fills Analysis::entities and Analysis::mentions
// (sorted by doc, then start; each mention's sentence and paragraph set).
#pragma once

#include <vector>

#include "core/analysis.h"
#include "core/entities.h"

namespace newslens::core {

// `related`: per document, the documents of its story (stories.h), sorted; a first name alone joins a person
// named in full only in its own article or those. Null: any article.
void resolve_entities(Analysis& analysis, std::vector<EntityCandidate> candidates, const Lexicons& lexicons,
                      const std::vector<std::vector<std::uint32_t>>* related = nullptr);

}  // namespace newslens::core
