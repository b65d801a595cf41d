#include "core/ner_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/text.h"

namespace newslens::core {

namespace {

constexpr std::uint64_t kFnvBasis = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;
constexpr std::uint64_t kNone = 0x9e3779b97f4a7c15ull;  // hash of "no token here" (before/after the sentence)
constexpr std::uint32_t kRowMask = (1u << kNerRowBits) - 1;
constexpr std::string_view kMagic = "NLNER1\n";

std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

std::uint32_t row(std::uint64_t feature, std::uint64_t a, std::uint64_t b = 0) {
  return static_cast<std::uint32_t>(mix(feature * 0x100000001b3ull ^ mix(a ^ mix(b)))) & kRowMask;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Shape class of a byte: X upper, x lower (and any non-ASCII letter byte), d digit, else the byte itself.
char shape_of(char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) return 'x';
  if (c >= '0' && c <= '9') return 'd';
  return c;
}

std::uint64_t fnv(std::uint64_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * kFnvPrime; }

}  // namespace

// --- gazetteer -------------------------------------------------------------------------------------------

NerGazetteer::NerGazetteer(const Lexicons& lexicons) {
  const std::pair<const char*, std::uint8_t> lists[] = {
      {"countries", kLexPlace},     {"places", kLexPlace},        {"demonyms", kLexDemonym},
      {"titles", kLexTitle},        {"org_words", kLexOrgWord},   {"calendar", kLexCalendar},
      {"misc_names", kLexMisc},     {"organisations", kLexOrg}};
  for (const auto& [name, bit] : lists) {
    const WordList& list = lexicons.list(name);
    max_words_ = std::max(max_words_, list.max_words());
    for (const auto& entry : list.entries()) {
      const std::string_view key = entry.first;
      exact_[key] |= bit;
      const std::size_t sp = key.find(' ');
      const auto words = static_cast<std::uint8_t>(1 + std::count(key.begin(), key.end(), ' '));
      const std::string_view first = key.substr(0, sp);
      std::uint8_t& most = first_words_[first];
      most = std::max(most, words);
      // "Sen." is two tokens, "Sen" and ".": the phrase starts at "Sen" ("U.S." is one token and keeps its key).
      if (first.size() > 1 && first.back() == '.' && first.find('.') == first.size() - 1) {
        std::uint8_t& dotted = first_words_[first.substr(0, first.size() - 1)];
        dotted = std::max(dotted, static_cast<std::uint8_t>(words + 1));
      }
    }
  }
}

std::uint8_t NerGazetteer::bits_of(std::string_view phrase) const {
  const auto it = exact_.find(phrase);
  return it == exact_.end() ? 0 : it->second;
}

std::pair<std::size_t, std::uint8_t> NerGazetteer::match(std::string_view text, const std::vector<NerToken>& tokens,
                                                         std::size_t i) const {
  // Phrases start with a capital (or are single all-caps words, "LONDON"): skip the rest cheaply.
  if (!tokens[i].word || !(tokens[i].flags & (kCapitalized | kAllCaps))) return {0, 0};
  const auto first = first_words_.find(text.substr(tokens[i].start, tokens[i].end - tokens[i].start));
  const std::size_t most = first == first_words_.end() ? 0 : first->second;
  const std::size_t last = std::min(tokens.size(), i + most);
  for (std::size_t j = last; j > i; --j) {
    const std::string_view phrase = text.substr(tokens[i].start, tokens[j - 1].end - tokens[i].start);
    if (const std::uint8_t bits = bits_of(phrase)) return {j - i, bits};
  }
  if (tokens[i].flags & kAllCaps) {
    char buf[48];
    const std::string_view w = text.substr(tokens[i].start, tokens[i].end - tokens[i].start);
    if (w.size() > sizeof buf) return {0, 0};
    for (std::size_t k = 0; k < w.size(); ++k) buf[k] = k ? lower(w[k]) : w[k];
    if (const std::uint8_t bits = bits_of({buf, w.size()})) return {1, bits};
  }
  return {0, 0};
}

void NerGazetteer::mark(std::string_view text, std::vector<NerToken>& tokens) const {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto [len, bits] = match(text, tokens, i);
    tokens[i].phrase_len = static_cast<std::uint8_t>(len);
    tokens[i].phrase_bits = bits;
    for (std::size_t k = i; k < i + len; ++k) tokens[k].lex |= bits;
  }
}

// --- features ----------------------------------------------------------------------------------------------

NerToken make_ner_token(std::string_view text, const Token& token, bool hash) {
  NerToken nt;
  nt.start = token.start;
  nt.end = token.end;
  nt.flags = token.flags;
  nt.word = token.kind == TokenKind::kWord;
  nt.quote = token.kind == TokenKind::kQuote;
  if (hash) hash_ner_token(text, nt);
  return nt;
}

void hash_ner_token(std::string_view text, NerToken& token) {
  const std::string_view w = text.substr(token.start, token.end - token.start);
  std::uint64_t lo = kFnvBasis, ex = kFnvBasis, sh = kFnvBasis;
  char last_shape = 0;
  for (char c : w) {
    lo = fnv(lo, lower(c));
    ex = fnv(ex, c);
    const char s = shape_of(c);
    if (s != last_shape) sh = fnv(sh, s);
    last_shape = s;
  }
  token.lower = lo;
  token.exact = ex;
  token.shape = sh ^ (w.size() <= 3 ? 0x51 : 0);  // short words ("EU", "Xi") apart from long ones
  std::uint64_t pre = kFnvBasis, suf = kFnvBasis, suf2 = kFnvBasis;
  for (std::size_t k = 0; k < std::min<std::size_t>(3, w.size()); ++k) pre = fnv(pre, lower(w[k]));
  for (std::size_t k = w.size() > 3 ? w.size() - 3 : 0; k < w.size(); ++k) suf = fnv(suf, lower(w[k]));
  for (std::size_t k = w.size() > 2 ? w.size() - 2 : 0; k < w.size(); ++k) suf2 = fnv(suf2, lower(w[k]));
  token.prefix = pre;
  token.suffix = suf;
  token.suffix2 = suf2;
  token.hashed = true;
}

bool ner_headline(std::string_view text, const std::vector<NerToken>& tokens) {
  int words = 0;
  for (const NerToken& t : tokens) {
    if (!t.word) continue;
    ++words;
    for (std::uint32_t k = t.start; k < t.end; ++k)
      if (text[k] >= 'a' && text[k] <= 'z') return false;
  }
  return words >= 2;
}

bool ner_needs_model(const std::vector<NerToken>& tokens, std::size_t i, NerTag prev) {
  const NerToken& t = tokens[i];
  if (t.flags & (kCapitalized | kAllCaps)) return true;
  return prev != kTagO && i + 1 < tokens.size();
}

int ner_feature_rows(const std::vector<NerToken>& tokens, std::size_t i, NerTag prev, NerTag prev2,
                     bool headline, std::uint32_t* rows) {
  const std::size_t n = tokens.size();
  const NerToken& t = tokens[i];
  auto at = [&](std::ptrdiff_t k, std::uint64_t NerToken::*field) -> std::uint64_t {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? kNone : tokens[static_cast<std::size_t>(j)].*field;
  };
  auto lex_at = [&](std::ptrdiff_t k) -> std::uint64_t {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? 0x1ff : tokens[static_cast<std::size_t>(j)].lex;
  };
  const std::uint64_t start = (t.flags & kSentenceStart) ? 1 : 0;
  const std::uint64_t caps = headline ? 1 : 0;
  int k = 0;
  rows[k++] = row(1, 0);
  rows[k++] = row(2, t.lower);
  rows[k++] = row(3, t.exact);
  rows[k++] = row(4, at(-1, &NerToken::lower));
  rows[k++] = row(5, at(1, &NerToken::lower));
  rows[k++] = row(6, at(-2, &NerToken::lower));
  rows[k++] = row(7, at(2, &NerToken::lower));
  rows[k++] = row(8, t.shape);
  rows[k++] = row(9, at(-1, &NerToken::shape), t.shape);
  rows[k++] = row(10, t.shape, at(1, &NerToken::shape));
  rows[k++] = row(11, t.prefix);
  rows[k++] = row(12, t.suffix);
  rows[k++] = row(13, t.suffix2);
  rows[k++] = row(14, prev);
  rows[k++] = row(15, prev, prev2);
  rows[k++] = row(16, prev, t.lower);
  rows[k++] = row(17, t.lex);
  rows[k++] = row(18, lex_at(-1));
  rows[k++] = row(19, lex_at(1));
  rows[k++] = row(20, start, t.shape);
  rows[k++] = row(21, caps, t.shape);
  rows[k++] = row(22, t.lex, t.shape);
  rows[k++] = row(23, at(-1, &NerToken::lower), t.shape);
  rows[k++] = row(24, t.shape, at(1, &NerToken::lower));
  rows[k++] = row(25, prev, t.shape);
  rows[k++] = row(26, caps, t.lower);
  rows[k++] = row(27, start, t.lower);
  rows[k++] = row(28, at(-1, &NerToken::lower), t.lower);
  return k;
}

bool ner_tag_allowed(NerTag prev, NerTag tag) {
  if (tag == kTagIPer) return prev == kTagBPer || prev == kTagIPer;
  if (tag == kTagIOrg) return prev == kTagBOrg || prev == kTagIOrg;
  if (tag == kTagILoc) return prev == kTagBLoc || prev == kTagILoc;
  if (tag == kTagIMisc) return prev == kTagBMisc || prev == kTagIMisc;
  return true;
}

// --- model -------------------------------------------------------------------------------------------------

std::string NerModel::load(std::string_view bytes) {
  weights_.clear();
  if (bytes.substr(0, kMagic.size()) != kMagic) return "not a newslens NER model (bad magic)";
  std::vector<std::int16_t> w(static_cast<std::size_t>(kNerTagCount) << kNerRowBits, 0);
  std::size_t pos = kMagic.size();
  std::uint32_t r = 0;
  bool first = true;
  while (pos < bytes.size()) {
    std::uint32_t delta = 0;
    int shift = 0;
    while (pos < bytes.size()) {
      const auto b = static_cast<unsigned char>(bytes[pos++]);
      delta |= static_cast<std::uint32_t>(b & 0x7f) << shift;
      shift += 7;
      if (!(b & 0x80)) break;
      if (shift > 28) return "corrupt NER model: row index too long at byte " + std::to_string(pos);
    }
    r = first ? delta : r + delta;
    first = false;
    if (r > kRowMask || pos + 2 * kNerTagCount > bytes.size())
      return "corrupt NER model: row " + std::to_string(r) + " out of range at byte " + std::to_string(pos);
    for (int t = 0; t < kNerTagCount; ++t, pos += 2)
      w[static_cast<std::size_t>(r) * kNerTagCount + t] = static_cast<std::int16_t>(
          static_cast<unsigned char>(bytes[pos]) | static_cast<unsigned char>(bytes[pos + 1]) << 8);
  }
  weights_ = std::move(w);
  return {};
}

void NerModel::tag(const std::vector<NerToken>& tokens, bool headline, std::vector<NerTag>& tags) const {
  tag_with(tokens, headline, tags, [](std::size_t) {});
}

void NerModel::tag(std::string_view text, std::vector<NerToken>& tokens, bool headline,
                   std::vector<NerTag>& tags) const {
  tag_with(tokens, headline, tags, [&](std::size_t i) {
    // ner_feature_rows reads tokens i-2 .. i+2.
    const std::size_t from = i >= 2 ? i - 2 : 0, to = std::min(tokens.size(), i + 3);
    for (std::size_t k = from; k < to; ++k)
      if (!tokens[k].hashed) hash_ner_token(text, tokens[k]);
  });
}

template <class BeforeFeatures>
void NerModel::tag_with(const std::vector<NerToken>& tokens, bool headline, std::vector<NerTag>& tags,
                        BeforeFeatures before_features) const {
  tags.assign(tokens.size(), kTagO);
  if (!ready()) return;
  std::uint32_t rows[kNerMaxFeatures];
  NerTag prev = kTagO, prev2 = kTagO;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    NerTag best = kTagO;
    if (ner_needs_model(tokens, i, prev)) {
      before_features(i);
      const int n = ner_feature_rows(tokens, i, prev, prev2, headline, rows);
      // The rows are scattered over a 9 MB table: ask for all of them before summing any.
      for (int f = 0; f < n; ++f) __builtin_prefetch(&weights_[static_cast<std::size_t>(rows[f]) * kNerTagCount]);
      int score[kNerTagCount] = {};
      for (int f = 0; f < n; ++f) {
        const std::int16_t* w = &weights_[static_cast<std::size_t>(rows[f]) * kNerTagCount];
        for (int t = 0; t < kNerTagCount; ++t) score[t] += w[t];
      }
      int best_score = score[0];
      for (int t = 1; t < kNerTagCount; ++t)
        if (score[t] > best_score && ner_tag_allowed(prev, static_cast<NerTag>(t)))
          best = static_cast<NerTag>(t), best_score = score[t];
    }
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
}

std::string encode_ner_model(const std::vector<float>& weights) {
  // Scale so that the largest |w| maps to 32767: clipping the few large weights (the bias) wrecks the model.
  std::vector<float> mags;
  for (float x : weights)
    if (x != 0) mags.push_back(std::fabs(x));
  float top = 1;
  if (!mags.empty()) {
    auto nth = mags.begin() + static_cast<std::ptrdiff_t>(mags.size() - 1);
    std::nth_element(mags.begin(), nth, mags.end());
    top = std::max(*nth, 1e-6f);
  }
  const float scale = 32767.0f / top;
  std::string out(kMagic);
  std::uint32_t last = 0;
  bool first = true;
  for (std::uint32_t r = 0; r <= kRowMask; ++r) {
    std::int16_t q[kNerTagCount];
    bool any = false;
    for (int t = 0; t < kNerTagCount; ++t) {
      const float v = std::round(weights[static_cast<std::size_t>(r) * kNerTagCount + t] * scale);
      q[t] = static_cast<std::int16_t>(std::clamp(v, -32767.0f, 32767.0f));
      any |= q[t] != 0;
    }
    if (!any) continue;
    std::uint32_t delta = first ? r : r - last;
    first = false;
    last = r;
    do {
      const auto b = static_cast<unsigned char>(delta & 0x7f);
      delta >>= 7;
      out.push_back(static_cast<char>(delta ? b | 0x80 : b));
    } while (delta);
    for (int t = 0; t < kNerTagCount; ++t) {
      const auto u = static_cast<std::uint16_t>(q[t]);
      out.push_back(static_cast<char>(u & 0xff));
      out.push_back(static_cast<char>(u >> 8));
    }
  }
  return out;
}

}  // namespace newslens::core
