#include "core/entities.h"

namespace newslens::core {

// Placeholder until the quantities stage lands: finds nothing.
std::vector<EntityCandidate> find_quantities(const Document&, std::uint32_t, const DocText&, const Lexicons&) {
  return {};
}

}  // namespace newslens::core
