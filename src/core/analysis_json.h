// Writes an Analysis as the JSON of ../shared/CONTRACT.md (the `newslens analyze` output).
// In: an analysis. Out: one JSON object, UTF-8, invalid input bytes written as U+FFFD.
// Field names are a contract: add fields freely, never rename or drop one.
#pragma once

#include <string>

#include "core/analysis.h"

namespace newslens::core {

std::string analysis_to_json(const Analysis& analysis);

}  // namespace newslens::core
