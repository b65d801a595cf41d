#include "core/quotes.h"

namespace newslens::core {

// Placeholder until the quotes stage lands: finds nothing.
void extract_quotes(Analysis&, const Lexicons&) {}

}  // namespace newslens::core
