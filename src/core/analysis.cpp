#include "core/analysis.h"

#include <algorithm>
#include <array>
#include <chrono>

#include "core/aliases.h"
#include "core/compare.h"
#include "core/cooccurrence.h"
#include "core/entities.h"
#include "core/quantities.h"
#include "core/quotes.h"
#include "core/stories.h"

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

namespace {
// Adds the seconds since `since` to `*slot` and restarts the clock; a no-op without a profile.
class StageClock {
 public:
  explicit StageClock(bool on) : on_(on), since_(on ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{}) {}
  void lap(double* slot) {
    if (!on_) return;
    const auto now = std::chrono::steady_clock::now();
    *slot += std::chrono::duration<double>(now - since_).count();
    since_ = now;
  }

 private:
  bool on_;
  std::chrono::steady_clock::time_point since_;
};
}  // namespace

namespace {
// Removes the quantities lying inside a name: "Channel 4" is no count of four. Names are few per document.
void drop_inside_names(const std::vector<EntityCandidate>& named, std::vector<EntityCandidate>& quantities) {
  std::vector<Span> spans;
  for (const EntityCandidate& c : named)
    if (c.span.size() > 0) spans.push_back(c.span);
  if (spans.empty()) return;
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.start < b.start; });
  const auto inside = [&](const EntityCandidate& q) {
    auto it = std::upper_bound(spans.begin(), spans.end(), q.span.start, [](std::uint32_t at, Span s) { return at < s.start; });
    return it != spans.begin() && q.span.end <= std::prev(it)->end;
  };
  quantities.erase(std::remove_if(quantities.begin(), quantities.end(), inside), quantities.end());
}
}  // namespace

Analysis analyze(Corpus corpus, const Lexicons& lexicons, const AnalyzeOptions& options) {
  AnalyzeProfile unused;
  AnalyzeProfile* p = options.profile ? options.profile : &unused;
  StageClock clock(options.profile != nullptr);
  Analysis a;
  a.corpus = std::move(corpus);
  a.texts.reserve(a.corpus.documents.size());
  // Room for the candidates up front (news runs one per 60 bytes or so): growing the vector as documents came
  // in moved every candidate at each doubling and touched fresh pages each time (BBC: 80 ms of 550). Capped at
  // 2^18 (32 MB) so a huge input does not reserve for text that names nothing; past that it grows as before.
  std::vector<EntityCandidate> candidates;
  std::size_t corpus_bytes = 0;
  for (const Document& doc : a.corpus.documents) corpus_bytes += doc.text.size();
  candidates.reserve(std::min<std::size_t>(corpus_bytes / 48 + 16, std::size_t{1} << 18));
  const QuantityReader quantity_reader(lexicons);  // lexicon tables built once, not per document
  DocumentNames names;
  for (std::uint32_t i = 0; i < a.corpus.documents.size(); ++i) {
    const Document& doc = a.corpus.documents[i];
    a.texts.push_back(segment_document(doc, lexicons));
    clock.lap(&p->segment);
    std::vector<EntityCandidate> named = find_named_entities(doc, i, a.texts.back(), lexicons);
    clock.lap(&p->entities);
    std::vector<EntityCandidate> quantities = quantity_reader.read(doc, i, a.texts.back());
    drop_inside_names(named, quantities);  // "Channel 4", "Halo 2": the number is part of the name
    candidates.insert(candidates.end(), std::make_move_iterator(named.begin()), std::make_move_iterator(named.end()));
    candidates.insert(candidates.end(), std::make_move_iterator(quantities.begin()),
                      std::make_move_iterator(quantities.end()));
    clock.lap(&p->quantities);
    collect_document_names(doc, a.texts.back(), names);  // for relate_documents, while the tokens are hot
    clock.lap(&p->compare_stories);
  }
  const std::vector<std::vector<std::uint32_t>> related = relate_documents(names);  // for aliases and comparisons
  clock.lap(&p->compare_stories);
  resolve_entities(a, std::move(candidates), lexicons, &related);
  clock.lap(&p->aliases);
  extract_quotes(a, lexicons);
  clock.lap(&p->quotes);
  group_quotes(a, related);
  clock.lap(&p->compare_quotes);
  compare_figures(a, lexicons, related);
  clock.lap(&p->compare_figures);
  p->compare = p->compare_stories + p->compare_quotes + p->compare_figures;
  fill_cooccurrence(a, options.min_pair_count, options.max_pairs_per_window);
  clock.lap(&p->cooccurrence);
  return a;
}

}  // namespace newslens::core
