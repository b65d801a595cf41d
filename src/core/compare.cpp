#include "core/compare.h"

namespace newslens::core {

// Placeholders until the comparison stage lands.
void group_quotes(Analysis&) {}
void compare_figures(Analysis&, const Lexicons&) {}

}  // namespace newslens::core
