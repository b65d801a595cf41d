// The analysis of a corpus: documents, their segmentation, entities with mentions, quotes with speakers,
// co-occurrence statistics and cross-outlet comparisons. `analyze` runs every stage once, in order:
// segment -> entities -> aliases -> quotes -> co-occurrence -> compare. Front ends read the result; they
// never re-run a stage per frame. All offsets are byte offsets into Document::text, half-open.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/lexicons.h"
#include "core/text.h"

namespace newslens::core {

enum class EntityType : std::uint8_t { kPerson, kOrg, kPlace, kMisc, kMoney, kPercent, kNumber, kDate };
inline constexpr int kEntityTypeCount = 8;
const char* entity_type_name(EntityType type);  // "PERSON", "ORG", ...
std::optional<EntityType> parse_entity_type(std::string_view name);

// How a mention names its entity: by name ("Xi Jinping", "Xi") or by a role resolved in context
// ("the Chinese leader"). Name-only consumers (the CoNLL evaluation) skip roles.
enum class MentionKind : std::uint8_t { kName, kRole };

struct Mention {
  std::uint32_t doc = 0;       // index into Analysis::corpus.documents
  Span span;
  std::uint32_t entity = 0;    // index into Analysis::entities
  std::uint32_t sentence = 0;  // index into that document's DocText::sentences
  std::uint32_t paragraph = 0;
  MentionKind kind = MentionKind::kName;
};

struct Entity {
  std::string name;                    // canonical name after alias merging
  EntityType type = EntityType::kMisc;
  std::vector<std::string> aliases;    // distinct surface forms, canonical name first
  std::vector<std::uint32_t> mentions; // indices into Analysis::mentions, in document order
  // Normalised value for MONEY, PERCENT, NUMBER (a number) and DATE (ISO text in `unit`).
  double value = 0;
  std::string unit;                    // "USD", "percent", "" or an ISO date "2023-10-18"
  // A person's gender as the corpus's titles give it ("Mr. Clinton", "Mrs. Clinton" before its one-word
  // mentions): 0 unknown, 1 male, 2 female. Lets "she said" pass over a man. Not in the JSON.
  std::uint8_t gender = 0;
};

enum class QuoteKind : std::uint8_t { kDirect, kPartial, kTerm, kHeadline };
const char* quote_kind_name(QuoteKind kind);

struct Quote {
  std::uint32_t doc = 0;
  Span span;                           // the quoted words, inside the marks
  QuoteKind kind = QuoteKind::kDirect;
  std::optional<std::uint32_t> speaker_entity;
  std::optional<Span> speaker_mention; // the words naming the speaker: a name, a role or a pronoun
  std::string speaker;                 // canonical name, empty when nobody is reported as saying it
  std::string cue;                     // reporting word or phrase, empty when none
  std::optional<std::uint32_t> group;  // index into Analysis::quote_groups when several articles carry it
};

enum class Window : std::uint8_t { kSentence, kParagraph, kDocument };
inline constexpr int kWindowCount = 3;
const char* window_name(Window w);

struct PairStat {
  std::uint32_t a = 0, b = 0;  // entity indices, a < b
  Window window = Window::kSentence;
  std::uint32_t count = 0;     // windows holding both
  double pmi = 0, npmi = 0, dice = 0, llr = 0;
};

// The same words carried by several articles (allowing small differences).
struct QuoteGroup {
  std::vector<std::uint32_t> quotes;   // indices into Analysis::quotes
  std::uint32_t longest = 0;           // the quote with the longest wording
  std::vector<std::uint32_t> docs;     // distinct documents, in corpus order
};

// A figure (money, count, date) reported about the same thing by several articles.
struct FigureReport {
  std::uint32_t doc = 0;
  Span span;           // the figure's words
  Span context;        // the sentence it stands in
  double value = 0;
  std::string unit;
};
struct FigureComparison {
  std::string topic;                 // what the figure is about: "trade", "meetings"...
  EntityType type = EntityType::kNumber;
  std::vector<FigureReport> reports;
  bool disagree = false;             // the reported values differ beyond rounding
};

struct Analysis {
  Corpus corpus;                       // documents as ingested, plus input errors
  std::vector<DocText> texts;          // parallel to corpus.documents
  std::vector<Entity> entities;
  std::vector<Mention> mentions;       // sorted by (doc, span.start)
  std::vector<Quote> quotes;           // sorted by (doc, span.start)
  std::vector<PairStat> cooccurrence;
  std::vector<QuoteGroup> quote_groups;
  std::vector<FigureComparison> figures;
};

// Seconds spent in each stage of one analyze() call (tools/bench reads it; nothing else needs it).
struct AnalyzeProfile {
  double segment = 0, entities = 0, quantities = 0, aliases = 0, quotes = 0, compare = 0, cooccurrence = 0;
  double compare_stories = 0, compare_quotes = 0, compare_figures = 0;  // the parts of `compare`
  double total() const { return segment + entities + quantities + aliases + quotes + compare + cooccurrence; }
};

struct AnalyzeOptions {
  std::uint32_t min_pair_count = 1;    // pairs seen fewer times are left out of `cooccurrence`
  // Most frequent pairs kept per window in `cooccurrence` (0 = all): 2,225 BBC articles give ~10^5 pairs
  // per window, more JSON than any reader of the CLI output wants; the UI recomputes unlimited with filters.
  std::uint32_t max_pairs_per_window = 5000;
  AnalyzeProfile* profile = nullptr;   // when set, filled with stage timings
};

Analysis analyze(Corpus corpus, const Lexicons& lexicons, const AnalyzeOptions& options = {});

}  // namespace newslens::core
