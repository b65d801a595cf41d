#include "core/analysis.h"

#include <array>

#include "core/aliases.h"
#include "core/compare.h"
#include "core/cooccurrence.h"
#include "core/entities.h"
#include "core/quotes.h"

namespace newslens::core {

namespace {
constexpr std::array<const char*, kEntityTypeCount> kTypeNames = {"PERSON", "ORG",     "PLACE",  "MISC",
                                                                  "MONEY",  "PERCENT", "NUMBER", "DATE"};
}

const char* entity_type_name(EntityType type) { return kTypeNames[static_cast<std::size_t>(type)]; }

std::optional<EntityType> parse_entity_type(std::string_view name) {
  for (std::size_t i = 0; i < kTypeNames.size(); ++i)
    if (name == kTypeNames[i]) return static_cast<EntityType>(i);
  return std::nullopt;
}

const char* quote_kind_name(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kTerm: return "term";
    case QuoteKind::kHeadline: return "headline";
  }
  return "direct";
}

const char* window_name(Window w) {
  switch (w) {
    case Window::kSentence: return "sentence";
    case Window::kParagraph: return "paragraph";
    case Window::kDocument: return "document";
  }
  return "sentence";
}

Analysis analyze(Corpus corpus, const Lexicons& lexicons, const AnalyzeOptions& options) {
  Analysis a;
  a.corpus = std::move(corpus);
  a.texts.reserve(a.corpus.documents.size());
  std::vector<EntityCandidate> candidates;
  for (std::uint32_t i = 0; i < a.corpus.documents.size(); ++i) {
    const Document& doc = a.corpus.documents[i];
    a.texts.push_back(segment_document(doc, lexicons));
    std::vector<EntityCandidate> named = find_named_entities(doc, i, a.texts.back(), lexicons);
    std::vector<EntityCandidate> quantities = find_quantities(doc, i, a.texts.back(), lexicons);
    candidates.insert(candidates.end(), std::make_move_iterator(named.begin()), std::make_move_iterator(named.end()));
    candidates.insert(candidates.end(), std::make_move_iterator(quantities.begin()),
                      std::make_move_iterator(quantities.end()));
  }
  resolve_entities(a, std::move(candidates), lexicons);
  extract_quotes(a, lexicons);
  group_quotes(a);
  compare_figures(a, lexicons);
  fill_cooccurrence(a, options.min_pair_count);
  return a;
}

}  // namespace newslens::core
