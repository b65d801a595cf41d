#include "core/aliases.h"

#include <algorithm>
#include <map>

namespace newslens::core {

// Baseline merge: one entity per (type, key or exact text). The alias stage replaces this.
void resolve_entities(Analysis& analysis, std::vector<EntityCandidate> candidates, const Lexicons&) {
  std::sort(candidates.begin(), candidates.end(), [](const EntityCandidate& x, const EntityCandidate& y) {
    return x.doc != y.doc ? x.doc < y.doc : x.span.start < y.span.start;
  });
  std::map<std::pair<EntityType, std::string>, std::uint32_t> index;
  for (const EntityCandidate& c : candidates) {
    const Document& doc = analysis.corpus.documents[c.doc];
    const std::string surface = doc.text.substr(c.span.start, c.span.size());
    const auto key = std::make_pair(c.type, c.key.empty() ? surface : c.key);
    auto [it, added] = index.emplace(key, static_cast<std::uint32_t>(analysis.entities.size()));
    if (added) {
      Entity e;
      e.name = surface;
      e.type = c.type;
      e.value = c.value;
      e.unit = c.unit;
      analysis.entities.push_back(std::move(e));
    }
    Entity& e = analysis.entities[it->second];
    if (std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end()) e.aliases.push_back(surface);
    Mention m;
    m.doc = c.doc;
    m.span = c.span;
    m.entity = it->second;
    const DocText& text = analysis.texts[c.doc];
    m.sentence = sentence_at(text, c.span.start);
    m.paragraph = text.sentences.empty() ? 0 : text.sentences[m.sentence].paragraph;
    e.mentions.push_back(static_cast<std::uint32_t>(analysis.mentions.size()));
    analysis.mentions.push_back(m);
  }
}

}  // namespace newslens::core
