// Named-entity tagger: a perceptron over hashed word, shape, affix, gazetteer and context features that tags
// one sentence's tokens with BIO tags (PER, ORG, LOC, MISC), greedily left to right.
// In: the text, the sentence's tokens (byte spans, TokenFlag bits) and the gazetteer. Out: one NerTag per token.
// Shared by the core (entities.cpp) and the trainer (src/train/train_ner.cpp), so both see identical features.
// The weights come from bytes (assets/models/ner.bin); without them the tagger finds nothing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/lexicons.h"
#include "core/text.h"

namespace newslens::core {

enum NerTag : std::uint8_t { kTagO, kTagBPer, kTagIPer, kTagBOrg, kTagIOrg, kTagBLoc, kTagILoc, kTagBMisc, kTagIMisc };
inline constexpr int kNerTagCount = 9;
inline constexpr int kNerRowBits = 18;          // feature hash table: 2^18 rows of kNerTagCount weights
inline constexpr int kNerMaxFeatures = 32;

// Gazetteer classes of a token, as bits: the token is part of a phrase from that list.
enum NerLex : std::uint8_t {
  kLexPlace = 1,      // countries.txt, places.txt
  kLexDemonym = 2,    // demonyms.txt ("Chinese")
  kLexTitle = 4,      // titles.txt ("President", "Foreign Minister")
  kLexOrgWord = 8,    // org_words.txt ("Ministry", "University", "Corp")
  // 16 is unused: no first-name list exists (one was measured: 420 given names lowered CoNLL dev F1 from
  // 0.869 to 0.867 on retraining), and the committed weights were trained with the bit always 0.
  kLexCalendar = 32,  // calendar.txt (months, weekdays: capitalised but never names)
  kLexMisc = 64,      // misc_names.txt ("Belt and Road Initiative")
  kLexOrg = 128,      // organisations.txt ("Xinhua", "Kremlin")
};

struct NerToken {
  std::uint32_t start = 0, end = 0;  // byte span in the text
  std::uint8_t flags = 0;            // TokenFlag bits
  std::uint8_t lex = 0;              // NerLex bits
  bool word = true;                  // TokenKind::kWord
  bool quote = false;                // TokenKind::kQuote
  std::uint8_t phrase_len = 0;       // gazetteer phrase starting here, in tokens (set by NerGazetteer::mark)
  std::uint8_t phrase_bits = 0;      // its NerLex bits
  bool hashed = false;               // the hashes below are filled (hash_ner_token)
  std::uint64_t lower = 0, exact = 0, shape = 0, prefix = 0, suffix = 0, suffix2 = 0;  // hashes
};

// Phrase lists keyed by views into the Lexicons' own strings (no copies, no allocation per lookup).
class NerGazetteer {
 public:
  explicit NerGazetteer(const Lexicons& lexicons);
  // Sets NerToken::lex for every token of one sentence (longest phrase wins; all-caps words match folded),
  // and phrase_len/phrase_bits on the tokens that start a phrase.
  void mark(std::string_view text, std::vector<NerToken>& tokens) const;
  // Longest phrase starting at token i: its length in tokens (0 when none) and its bits.
  std::pair<std::size_t, std::uint8_t> match(std::string_view text, const std::vector<NerToken>& tokens,
                                             std::size_t i) const;
  // Bits of one phrase, exact case; 0 when absent.
  std::uint8_t bits_of(std::string_view phrase) const;

 private:
  std::unordered_map<std::string_view, std::uint8_t> exact_;
  // First words of the phrases, with the most words a phrase starting so has: most capitalised words start
  // no phrase, and cost one lookup.
  std::unordered_map<std::string_view, std::uint8_t> first_words_;
  int max_words_ = 1;
};

// Fills the per-token hashes (lower-cased word, exact word, shape, affixes).
void hash_ner_token(std::string_view text, NerToken& token);
// The tagger's view of a segmented token, hashed: the trainer and the tagger both build tokens here, so the
// features learned are the features seen.
// With `hash` false the hashes are left for NerModel::tag to fill on demand: most tokens of news text are
// lower-case words the tagger never looks at.
NerToken make_ner_token(std::string_view text, const Token& token, bool hash = true);

// Whether a sentence is set in capitals (a CoNLL headline "RUSSIA SAYS ..."): no lower-case ASCII letter in
// its words and at least two words.
bool ner_headline(std::string_view text, const std::vector<NerToken>& tokens);

// Whether token i needs the model; the others are O. Lower-case words only continue a running name
// ("Bank of England", "Belt and Road Initiative"), so most of a text costs nothing.
bool ner_needs_model(const std::vector<NerToken>& tokens, std::size_t i, NerTag prev);

// Feature rows of token i given the two previous tags. Returns how many were written to `rows`.
int ner_feature_rows(const std::vector<NerToken>& tokens, std::size_t i, NerTag prev, NerTag prev2,
                     bool headline, std::uint32_t* rows);

// Whether `tag` may follow `prev` (I-X only continues B-X or I-X).
bool ner_tag_allowed(NerTag prev, NerTag tag);

// Quantised weights, loaded from the bytes of assets/models/ner.bin.
class NerModel {
 public:
  // Returns an empty string on success, otherwise what is wrong with the bytes.
  std::string load(std::string_view bytes);
  bool ready() const { return !weights_.empty(); }
  // Tags one sentence (tokens already hashed and marked). `headline`: the sentence is in capitals.
  void tag(const std::vector<NerToken>& tokens, bool headline, std::vector<NerTag>& tags) const;
  // The same, hashing the tokens it reads (a token and two either side) as it comes to them.
  void tag(std::string_view text, std::vector<NerToken>& tokens, bool headline, std::vector<NerTag>& tags) const;

 private:
  template <class BeforeFeatures>
  void tag_with(const std::vector<NerToken>& tokens, bool headline, std::vector<NerTag>& tags,
                BeforeFeatures before_features) const;
  std::vector<std::int16_t> weights_;  // row-major, kNerTagCount per row
};

// Serialises float weights (the trainer's averaged weights) into the ner.bin format: quantised to int16,
// zero rows left out.
std::string encode_ner_model(const std::vector<float>& weights);

}  // namespace newslens::core
