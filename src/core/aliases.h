// Alias merging: turns candidate mentions into entities. "Xi", "Xi Jinping", "President Xi" and "the Chinese
// leader" become one PERSON; "BRI" joins "Belt and Road Initiative"; "Cctv" joins "CCTV". Decisions are made
// once over the whole corpus, so every document agrees. Fills Analysis::entities and Analysis::mentions
// (sorted by doc, then start; each mention's sentence and paragraph set).
#pragma once

#include <vector>

#include "core/analysis.h"
#include "core/entities.h"

namespace newslens::core {

void resolve_entities(Analysis& analysis, std::vector<EntityCandidate> candidates, const Lexicons& lexicons);

}  // namespace newslens::core
