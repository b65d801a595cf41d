// Quotations and their speakers. Pairs quotation marks of every style (" “ ” ‘ ’ « » „ and mismatched pairs as
// printed), follows quotes over paragraphs and around their attribution, classifies them (direct, partial,
// term, headline) and attributes each to a speaker entity through cue verbs, appositives, pronouns and roles.
// In: an Analysis with texts, entities and mentions. Out: Analysis::quotes, sorted by (doc, start).
#pragma once

#include "core/analysis.h"

namespace newslens::core {

void extract_quotes(Analysis& analysis, const Lexicons& lexicons);

}  // namespace newslens::core
