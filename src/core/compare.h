// Cross-outlet comparison: quotes carried by several articles grouped into one (allowing small differences in
// wording), and figures (money, counts, dates) about the same thing aligned across articles, with
// disagreements flagged. In: an Analysis with quotes and quantity entities. Out: quote_groups, figures.
#pragma once

#include "core/analysis.h"

namespace newslens::core {

void group_quotes(Analysis& analysis);
void compare_figures(Analysis& analysis, const Lexicons& lexicons);

}  // namespace newslens::core
