#include "core/analysis.h"

#include <array>

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
  (void)options;
  Analysis a;
  a.corpus = std::move(corpus);
  a.texts.reserve(a.corpus.documents.size());
  for (const Document& doc : a.corpus.documents) a.texts.push_back(segment_document(doc, lexicons));
  return a;
}

}  // namespace newslens::core
