// Cross-outlet comparison: quotes carried by several articles grouped into one (allowing small differences in
// wording), and figures (money, counts, dates) about the same thing aligned across articles, with
// disagreements flagged. In: an Analysis with quotes and quantity entities. Out: quote_groups, figures.
#pragma once

#include <cstdint>
#include <vector>

#include "core/analysis.h"

namespace newslens::core {

// Both compare articles of one story only (stories.h); these compute the related documents themselves.
void group_quotes(Analysis& analysis);
void compare_figures(Analysis& analysis, const Lexicons& lexicons);

// The same, with relate_documents(analysis) computed once by the caller (analyze() does).
void group_quotes(Analysis& analysis, const std::vector<std::vector<std::uint32_t>>& related);
void compare_figures(Analysis& analysis, const Lexicons& lexicons, const std::vector<std::vector<std::uint32_t>>& related);

}  // namespace newslens::core
