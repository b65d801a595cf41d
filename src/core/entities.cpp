#include "core/entities.h"

namespace newslens::core {

// Placeholder until the named-entity stage lands: finds nothing.
std::vector<EntityCandidate> find_named_entities(const Document&, std::uint32_t, const DocText&, const Lexicons&) {
  return {};
}

}  // namespace newslens::core
