// Cross-outlet comparison (compare.h).
// [SECTION] quote groups: normalised token ids per quote, candidates through an inverted index of each
//           quote's rarest tokens (no all-pairs loop over 10,000 BBC quotes), between articles of one story,
//           accepted on equality (short quotes), containment or a longest-common-subsequence ratio, joined
//           by union-find.
// [SECTION] figures: each quantity mention gets a topic (the counted noun, or the sentence's strongest topic
//           keyword), figures are aligned by (story, type, topic[, currency]) across documents (stories.h),
//           disagreements flagged.
#include "core/compare.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <numeric>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "core/hash_ids.h"
#include "core/numbers.h"
#include "core/stories.h"
#include "core/word_gate.h"

namespace newslens::core {

// =========================================================================================================
// [SECTION] quote groups
// =========================================================================================================
namespace {

constexpr std::size_t kMaxPosting = 64;    // a token in more quotes than this is too common to seed candidates
constexpr std::size_t kSeedTokens = 3;     // rarest tokens of a quote used to look for its relatives
constexpr double kMinLcsRatio = 0.8;       // share of the shorter quote's words found, in order, in the other
constexpr std::size_t kMinCopiedWords = 8;  // an identical passage this long groups without a shared story

// Hash of a word lower-cased with curly apostrophes made straight: “Moscow’s” and "Moscow's" are one word.
// Hashing the normalised bytes as they are read builds no string per token.
std::uint64_t normalised_word_hash(std::string_view w) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (std::size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (i + 2 < w.size() && static_cast<unsigned char>(c) == 0xE2 && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(w[i + 2]) == 0x99 || static_cast<unsigned char>(w[i + 2]) == 0x98)) {
      c = '\'';
      i += 2;
    } else if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c + 32);
    }
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  }
  return h;
}

struct UnionFind {
  std::vector<std::uint32_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  std::uint32_t find(std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

using Words = std::span<const std::uint32_t>;

std::size_t lcs_length(Words a, Words b, std::vector<std::uint32_t>& row) {
  row.assign(b.size() + 1, 0);
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::uint32_t diag = 0;
    for (std::size_t j = 0; j < b.size(); ++j) {
      const std::uint32_t up = row[j + 1];
      row[j + 1] = a[i] == b[j] ? diag + 1 : std::max(row[j + 1], row[j]);
      diag = up;
    }
  }
  return row[b.size()];
}

bool contains_run(Words hay, Words needle) {
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

// Same words, allowing small differences: equal after normalising, one inside the other (“close and
// effective strategic coordination” in 000, 001 and inside a longer quote of 003), or a word inserted or
// dropped. Quotes of one or two words must be equal: “no-limits” (001, 002) groups, while "no doubt" or
// "on hold" inside 220 BBC quotes chained them into one group when containment was allowed. From three
// words on, containment counts: “current difficult conditions” (000) inside Putin's longer quote in 001.
// `marked[t] == stamp` flags the tokens of `a`: the count of b's words found in a bounds the LCS from
// above, so the quadratic LCS runs only on pairs that can pass.
bool equal_words(Words a, Words b) { return std::equal(a.begin(), a.end(), b.begin(), b.end()); }

bool same_words(Words a, Words b, const std::vector<std::uint32_t>& marked, std::uint32_t stamp,
                std::vector<std::uint32_t>& row) {
  const Words shorter = a.size() <= b.size() ? a : b;
  const Words longer = a.size() <= b.size() ? b : a;
  if (shorter.empty()) return false;
  if (shorter.size() <= 2) return equal_words(shorter, longer);
  if (shorter.size() == 3) return contains_run(longer, shorter);
  const double needed = kMinLcsRatio * static_cast<double>(shorter.size());
  std::size_t found = 0;
  for (std::uint32_t t : b) found += marked[t] == stamp;
  if (static_cast<double>(found) < needed) return false;
  if (contains_run(longer, shorter)) return true;
  if (shorter.size() * longer.size() > 400000) return false;  // two very long quotes differing: not ours
  return static_cast<double>(lcs_length(shorter, longer, row)) >= needed;
}

bool related_docs(const std::vector<std::vector<std::uint32_t>>& related, std::uint32_t a, std::uint32_t b) {
  return a < related.size() && std::binary_search(related[a].begin(), related[a].end(), b);
}

}  // namespace

void group_quotes(Analysis& analysis) { group_quotes(analysis, relate_documents(analysis)); }

void group_quotes(Analysis& analysis, const std::vector<std::vector<std::uint32_t>>& related) {
  analysis.quote_groups.clear();
  const std::size_t n = analysis.quotes.size();
  // Word ids of every quote in one array (quote q at [first[q], first[q + 1])), postings likewise: two
  // allocations for 10,000 quotes rather than two per quote.
  HashIds vocab(n * 2);
  std::vector<std::uint32_t> ids, first(n + 1, 0);
  std::vector<Token> own_tokens;
  for (std::size_t q = 0; q < n; ++q) {
    Quote& quote = analysis.quotes[q];
    quote.group.reset();
    first[q] = static_cast<std::uint32_t>(ids.size());
    const std::string& text = analysis.corpus.documents[quote.doc].text;
    // The document's own tokens inside the quote when it was segmented there; else tokenize the span.
    std::span<const Token> tokens;
    if (quote.doc < analysis.texts.size() && !analysis.texts[quote.doc].tokens.empty()) {
      const std::vector<Token>& all = analysis.texts[quote.doc].tokens;
      const auto from = std::lower_bound(all.begin(), all.end(), quote.span.start,
                                         [](const Token& t, std::uint32_t at) { return t.start < at; });
      auto to = from;
      while (to != all.end() && to->end <= quote.span.end) ++to;
      tokens = std::span<const Token>(all.data() + (from - all.begin()), static_cast<std::size_t>(to - from));
    }
    if (tokens.empty()) {
      own_tokens.clear();
      tokenize(text, quote.span, own_tokens);
      tokens = own_tokens;
    }
    for (const Token& t : tokens)
      if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber)
        ids.push_back(vocab.id(normalised_word_hash(std::string_view(text).substr(t.start, t.end - t.start))));
  }
  first[n] = static_cast<std::uint32_t>(ids.size());
  auto words = [&](std::uint32_t q) { return Words(ids.data() + first[q], first[q + 1] - first[q]); };
  // Inverted index: token -> quotes holding it (each quote once), as counts then a prefix sum.
  std::vector<std::uint32_t> marked(vocab.size(), UINT32_MAX), posting_first(vocab.size() + 1, 0), posting;
  for (std::uint32_t q = 0; q < n; ++q)
    for (std::uint32_t t : words(q))
      if (marked[t] != q) {
        marked[t] = q;
        ++posting_first[t + 1];
      }
  for (std::size_t t = 0; t < vocab.size(); ++t) posting_first[t + 1] += posting_first[t];
  posting.resize(posting_first[vocab.size()]);
  std::vector<std::uint32_t> fill(posting_first.begin(), posting_first.end() - 1);
  std::fill(marked.begin(), marked.end(), UINT32_MAX);
  for (std::uint32_t q = 0; q < n; ++q)
    for (std::uint32_t t : words(q))
      if (marked[t] != q) {
        marked[t] = q;
        posting[fill[t]++] = q;
      }
  auto postings = [&](std::uint32_t t) { return Words(posting.data() + posting_first[t], posting_first[t + 1] - posting_first[t]); };
  std::fill(marked.begin(), marked.end(), UINT32_MAX);
  UnionFind groups(n);
  std::vector<std::uint32_t> seen(n, UINT32_MAX), row, seeds;
  for (std::uint32_t q = 0; q < n; ++q) {
    seeds.clear();
    for (std::uint32_t t : words(q))
      if (marked[t] != q) {
        marked[t] = q;
        seeds.push_back(t);
      }
    const std::size_t keep = std::min(kSeedTokens, seeds.size());
    std::partial_sort(seeds.begin(), seeds.begin() + keep, seeds.end(), [&](std::uint32_t x, std::uint32_t y) {
      return postings(x).size() != postings(y).size() ? postings(x).size() < postings(y).size() : x < y;
    });
    seeds.resize(keep);
    const std::uint32_t doc = analysis.quotes[q].doc;
    for (std::uint32_t t : seeds) {
      if (postings(t).size() > kMaxPosting) continue;
      for (std::uint32_t r : postings(t)) {
        const std::uint32_t other_doc = analysis.quotes[r].doc;
        if (r == q || seen[r] == q || other_doc == doc) continue;
        seen[r] = q;
        // Words carried by several articles of one story (stories.h); a long passage copied word for word
        // groups even across stories (a wire report reused).
        const bool copied = words(q).size() >= kMinCopiedWords && equal_words(words(q), words(r));
        if (!copied && !related_docs(related, doc, other_doc)) continue;
        if (groups.find(r) == groups.find(q)) continue;
        if (copied || same_words(words(q), words(r), marked, q, row)) groups.join(q, r);
      }
    }
  }
  // Components spanning two or more documents become groups, numbered by their first quote.
  std::unordered_map<std::uint32_t, std::uint32_t> group_of_root;
  std::vector<QuoteGroup> found;
  std::vector<std::uint32_t> component_size(n, 0);
  for (std::uint32_t q = 0; q < n; ++q) ++component_size[groups.find(q)];
  for (std::uint32_t q = 0; q < n; ++q) {
    const std::uint32_t root = groups.find(q);
    if (component_size[root] < 2) continue;
    auto [it, added] = group_of_root.emplace(root, static_cast<std::uint32_t>(found.size()));
    if (added) found.emplace_back();
    found[it->second].quotes.push_back(q);
  }
  for (QuoteGroup& g : found) {
    for (std::uint32_t q : g.quotes) {
      const std::uint32_t doc = analysis.quotes[q].doc;
      if (std::find(g.docs.begin(), g.docs.end(), doc) == g.docs.end()) g.docs.push_back(doc);
    }
    if (g.docs.size() < 2) continue;
    std::sort(g.docs.begin(), g.docs.end());
    g.longest = g.quotes.front();
    for (std::uint32_t q : g.quotes)
      if (analysis.quotes[q].span.size() > analysis.quotes[g.longest].span.size()) g.longest = q;
    const auto index = static_cast<std::uint32_t>(analysis.quote_groups.size());
    for (std::uint32_t q : g.quotes) analysis.quotes[q].group = index;
    analysis.quote_groups.push_back(std::move(g));
  }
}

// =========================================================================================================
// [SECTION] figures
// =========================================================================================================
namespace {

bool is_function_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"of", "and", "or", "to", "in", "on", "at", "for", "by", "the", "a",
                                                "an", "from", "with", "as", "than", "per", "that", "which", "is"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool one_of_verbs(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"has", "have", "had", "was", "were", "is", "are", "will", "would",
                                                "could", "said", "says", "be", "been", "who", "it", "he", "she",
                                                "they", "we", "but", "when", "after", "before", "while", "so"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

// "countries" -> "country", "times" -> "time": one key for singular and plural heads.
std::string stem_topic(std::string_view w) {
  std::string s = fold_ascii(w);
  if (s.size() > 4 && s.compare(s.size() - 3, 3, "ies") == 0) return s.substr(0, s.size() - 3) + "y";
  if (s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's') s.pop_back();
  return s;
}

struct Topic {
  std::string key;      // what figures are aligned on
  std::string display;  // what the reader sees
};

class FigureTopics {
 public:
  FigureTopics(const Analysis& a, const Lexicons& lexicons)
      : a_(a), topics_(lexicons.list("figure_topics")), qualifiers_(lexicons.list("figure_qualifiers")),
        topic_index_(topics_), qualifier_index_(qualifiers_) {
    topic_gate_.add_all(topics_);
    qualifier_gate_.add_all(qualifiers_);
  }

  std::string_view tok(const Document& d, const Token& t) const {
    return std::string_view(d.text).substr(t.start, t.end - t.start);
  }

  // The index of the first token of mention m in its document's tokens.
  std::uint32_t token_at(const Mention& m) const {
    const DocText& t = a_.texts[m.doc];
    const Sentence& s = t.sentences[m.sentence];
    return static_cast<std::uint32_t>(std::lower_bound(t.tokens.begin() + s.first_token, t.tokens.begin() + s.end_token,
                                                       m.span.start,
                                                       [](const Token& x, std::uint32_t at) { return x.start < at; }) -
                                      t.tokens.begin());
  }

  // A count's topic is the noun it counts: "met 42 times" (001), "some 130 countries" (001, 004), a plural or
  // "people". Not an adjective or verb after the number ("his 12th world record", "800,000 live in huts"), nor
  // a time ago ("three years ago": when, not how many). A measure glued to the number sizes the noun after it:
  // "a two-year ban" and "a four-year deal" (BBC sport, one story) are two things, "a ninety-minute" alone (003)
  // its measure. An ordinal or a figure with a unit ("21st minute", "60m world title") counts nothing.
  std::optional<Topic> counted_noun(const Mention& m) const {
    const Document& d = a_.corpus.documents[m.doc];
    const DocText& t = a_.texts[m.doc];
    const std::string_view surface = std::string_view(d.text).substr(m.span.start, m.span.size());
    const Sentence& s = t.sentences[m.sentence];
    const auto end = t.tokens.begin() + s.end_token;
    auto after = std::lower_bound(t.tokens.begin() + s.first_token, end, m.span.end,
                                  [](const Token& x, std::uint32_t at) { return x.start < at; });
    // The lower-case word at `it`, if it may be what is counted ("said", "the" may not), else "".
    const auto noun_at = [&](decltype(after) it) -> std::string_view {
      if (it == end || it->kind != TokenKind::kWord) return {};
      const std::string_view w = tok(d, *it);
      if (is_function_word(w) || w[0] < 'a' || w[0] > 'z' || one_of_verbs(w)) return {};
      return w;
    };
    if (const std::size_t hyphen = surface.rfind('-'); hyphen != std::string_view::npos && hyphen + 1 < surface.size() &&
                                                       surface[hyphen + 1] >= 'a' && surface[hyphen + 1] <= 'z') {
      const std::string_view measure = surface.substr(hyphen + 1);
      const std::string_view noun = noun_at(after);
      if (noun.empty() || noun.find('-') != std::string_view::npos) return Topic{stem_topic(measure), std::string(measure)};
      return Topic{stem_topic(measure) + " " + stem_topic(noun), std::string(measure) + " " + fold_ascii(noun)};
    }
    for (std::size_t i = 0; i + 1 < surface.size(); ++i)
      if (surface[i] >= '0' && surface[i] <= '9' && std::isalpha(static_cast<unsigned char>(surface[i + 1])))
        return std::nullopt;
    const std::string_view w = noun_at(after);
    if (w.empty() || w.find('-') != std::string_view::npos) return std::nullopt;
    static constexpr std::string_view kPlurals[] = {"people", "men", "women", "children"};
    const bool plural = (w.size() > 2 && w.back() == 's' && w[w.size() - 2] != 's') ||
                        std::find(std::begin(kPlurals), std::end(kPlurals), w) != std::end(kPlurals);
    if (!plural || noun_at(after + 1) == "ago") return std::nullopt;
    return Topic{stem_topic(w), fold_ascii(w)};
  }

  // A money, percent or date figure's topic is the sentence's strongest topic keyword, the nearest on ties:
  // "trade ... reached $190 billion" (003); "the “no-limits” partnership they announced in 2022" (001).
  // A goal word just before the figure makes it a target: "approaching the target of $200 billion" (003).
  // A keyword nearer another figure of m's type in the sentence, one not beside m, is that figure's. BBC
  // business/003: "bought the unit for $9.3bn in a sale forced by Russia to part settle a $27.5bn tax claim"
  // gives "tax" to $27.5bn only. Figures beside each other share it ("from 1.8% to 0.8%").
  // `mi`: m's index in Analysis::mentions, whose neighbours in document order are the sentence's other figures.
  std::optional<Topic> sentence_topic(const Mention& m, std::uint32_t mi, bool targets) {
    const Document& d = a_.corpus.documents[m.doc];
    const DocText& t = a_.texts[m.doc];
    const Sentence& s = t.sentences[m.sentence];
    const EntityType type = a_.entities[m.entity].type;
    // The sentence's keywords and figures are gathered once for all the figures in it.
    if (cached_doc_ != m.doc || cached_sentence_ != m.sentence) {
      cached_doc_ = m.doc;
      cached_sentence_ = m.sentence;
      for (std::vector<std::uint32_t>& f : figures_) f.clear();
      const auto same_sentence = [&](std::uint32_t j) {
        return a_.mentions[j].doc == m.doc && a_.mentions[j].sentence == m.sentence;
      };
      std::uint32_t first = mi;
      while (first > 0 && same_sentence(first - 1)) --first;
      for (std::uint32_t j = first; j < a_.mentions.size() && same_sentence(j); ++j) {
        const int k = static_cast<int>(a_.entities[a_.mentions[j].entity].type) - static_cast<int>(EntityType::kMoney);
        if (k >= 0 && k < static_cast<int>(figures_.size())) figures_[static_cast<std::size_t>(k)].push_back(token_at(a_.mentions[j]));
      }
      hits_.clear();
      for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
        const Token& token = t.tokens[i];
        if (token.kind != TokenKind::kWord) continue;
        const std::string_view w = tok(d, token);
        if (!topic_gate_.may_hold(w)) continue;
        if (const std::string* value = topic_index_.find(w)) {
          const std::size_t bar = value->find('|');
          hits_.push_back({i, bar == std::string::npos ? 1 : std::atoi(value->c_str() + bar + 1), value});
        }
      }
    }
    const std::string* best = nullptr;
    int best_priority = -1;
    std::uint32_t best_distance = UINT32_MAX;
    const std::uint32_t figure_token = token_at(m);
    // Keywords further than kTopicReach tokens away are another clause's: this also keeps a run-on
    // "sentence" of a million tokens linear.
    const auto near_begin = std::lower_bound(hits_.begin(), hits_.end(), figure_token > kTopicReach ? figure_token - kTopicReach : 0,
                                             [](const KeywordHit& h, std::uint32_t at) { return h.token < at; });
    for (auto hit_it = near_begin; hit_it != hits_.end() && hit_it->token <= figure_token + kTopicReach; ++hit_it) {
      const KeywordHit& hit = *hit_it;
      const Token& token = t.tokens[hit.token];
      if (token.start >= m.span.start && token.end <= m.span.end) continue;
      const std::uint32_t distance = hit.token > figure_token ? hit.token - figure_token : figure_token - hit.token;
      if (nearer_rival(figures_[static_cast<std::size_t>(static_cast<int>(type) - static_cast<int>(EntityType::kMoney))],
                       hit.token, figure_token, distance))
        continue;
      if (hit.priority > best_priority || (hit.priority == best_priority && distance < best_distance)) {
        best = hit.value;
        best_priority = hit.priority;
        best_distance = distance;
      }
    }
    if (!best) return std::nullopt;
    std::string topic = best->substr(0, best->find('|'));
    if (targets) {
      for (std::uint32_t i = figure_token > 4 ? figure_token - 4 : 0; i < figure_token; ++i) {
        if (i < s.first_token) continue;
        const std::string_view w = tok(d, t.tokens[i]);
        if (qualifier_gate_.may_hold(w) && qualifier_index_.find(w)) {
          topic += " target";
          break;
        }
      }
    }
    return Topic{topic, topic};
  }

 private:
  const Analysis& a_;
  const WordList& topics_;
  const WordList& qualifiers_;
  ShapeGate topic_gate_, qualifier_gate_;
  SmallLexicon topic_index_, qualifier_index_;
  struct KeywordHit {
    std::uint32_t token;
    int priority;
    const std::string* value;
  };
  static constexpr std::uint32_t kTopicReach = 60;
  static constexpr std::uint32_t kBeside = 4;  // tokens apart: "from 1.8% to 0.8%", "$12m and $15m"

  // Whether a figure of `figures` (the sentence's of one type, in token order) not beside the one at `here` stands
  // nearer than `distance` to the keyword at `hit`. Walks out from the keyword only while figures are nearer, past
  // the few beside `here`: linear over a sentence of 500,000 figures (tools/bench stress).
  static bool nearer_rival(const std::vector<std::uint32_t>& figures, std::uint32_t hit, std::uint32_t here,
                           std::uint32_t distance) {
    const auto beside = [&](std::uint32_t f) { return (f > here ? f - here : here - f) <= kBeside; };
    const auto right = std::lower_bound(figures.begin(), figures.end(), hit);
    for (auto it = right; it != figures.end() && *it - hit < distance; ++it)
      if (!beside(*it)) return true;
    for (auto it = right; it != figures.begin() && hit - *(it - 1) < distance; --it)
      if (!beside(*(it - 1))) return true;
    return false;
  }

  std::uint32_t cached_doc_ = UINT32_MAX, cached_sentence_ = UINT32_MAX;
  std::vector<KeywordHit> hits_;  // in token order
  std::array<std::vector<std::uint32_t>, 4> figures_;  // the sentence's figure tokens: money, percent, number, date
};

// Dates agree when every part both give is equal: "2022" (001) and "February 2022" (002); "--03" is March
// of an unknown year.
bool dates_agree(std::string_view x, std::string_view y) {
  auto parts = [](std::string_view s, int& year, int& month, int& day) {
    year = month = day = 0;
    if (s.rfind("--", 0) == 0) {
      month = std::atoi(std::string(s.substr(2, 2)).c_str());
      if (s.size() >= 7) day = std::atoi(std::string(s.substr(5, 2)).c_str());
      return;
    }
    year = std::atoi(std::string(s.substr(0, 4)).c_str());
    if (s.size() >= 7) month = std::atoi(std::string(s.substr(5, 2)).c_str());
    if (s.size() >= 10) day = std::atoi(std::string(s.substr(8, 2)).c_str());
  };
  int y1, m1, d1, y2, m2, d2;
  parts(x, y1, m1, d1);
  parts(y, y2, m2, d2);
  auto same = [](int a, int b) { return a == 0 || b == 0 || a == b; };
  return same(y1, y2) && same(m1, m2) && same(d1, d2);
}

// Numbers agree when equal at the precision the less precise report gives: "$1.1bn" and "$1.13bn" agree,
// "$190 billion" and "$200 billion" do not (trailing zeros count as written). Or when the less precise one, of
// two digits or more, cut the other short: "$27bn" and "$27.5bn" (BBC business, ten articles on Yukos's tax
// bill, "over $27bn"), not "4%" and "4.5%".
bool numbers_agree(double x, int sig_x, double y, int sig_y) {
  int digits = 0;
  if (sig_x > 0 && sig_y > 0) digits = std::min(sig_x, sig_y);
  else digits = std::max(sig_x, sig_y);
  const auto equal = [](double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)); };
  const double rx = round_significant(x, digits), ry = round_significant(y, digits);
  if (equal(rx, ry)) return true;
  const bool x_coarse = sig_x > 0 && sig_x == digits;
  return digits >= 2 && equal(truncate_significant(x_coarse ? y : x, digits), x_coarse ? rx : ry);
}

constexpr std::size_t kMaxFigureDocuments = 20;

// Outlets disagree when two documents' figures on the topic have no value in common (at the precision
// both give). An article that gives several ("growth" in January and in October) agrees with another that
// gives one of them; "$190 billion" against "$180 billion" does not. Reports come grouped by document.
bool reports_disagree(const FigureComparison& c, const std::vector<int>& significant) {
  std::vector<std::pair<std::size_t, std::size_t>> by_doc;  // [first, end) of each document's reports
  for (std::size_t i = 0; i < c.reports.size(); ++i) {
    if (by_doc.empty() || c.reports[by_doc.back().first].doc != c.reports[i].doc) by_doc.push_back({i, i});
    by_doc.back().second = i + 1;
  }
  auto agree = [&](std::size_t i, std::size_t j) {
    const FigureReport &x = c.reports[i], &y = c.reports[j];
    return c.type == EntityType::kDate ? dates_agree(x.unit, y.unit)
                                       : numbers_agree(x.value, significant[i], y.value, significant[j]);
  };
  for (std::size_t a = 0; a < by_doc.size(); ++a) {
    for (std::size_t b = a + 1; b < by_doc.size(); ++b) {
      bool common = false;
      for (std::size_t i = by_doc[a].first; i < by_doc[a].second && !common; ++i)
        for (std::size_t j = by_doc[b].first; j < by_doc[b].second && !common; ++j) common = agree(i, j);
      if (!common) return true;
    }
  }
  return false;
}

}  // namespace

void compare_figures(Analysis& analysis, const Lexicons& lexicons) {
  compare_figures(analysis, lexicons, relate_documents(analysis));
}

void compare_figures(Analysis& analysis, const Lexicons& lexicons, const std::vector<std::vector<std::uint32_t>>& related) {
  analysis.figures.clear();
  FigureTopics topics(analysis, lexicons);
  // Each (type, topic[, currency]) gathers the indices of its mentions; reports are built only for the
  // few topics that survive (20,000 BBC quantity mentions, a few hundred comparisons).
  struct Aligned {
    std::string topic;
    EntityType type = EntityType::kNumber;
    std::vector<std::uint32_t> mentions;
  };
  HashIds index(4096);
  std::vector<Aligned> aligned;
  std::unordered_set<std::uint64_t> seen;  // (aligned id, entity) reported by the current document
  std::uint32_t seen_doc = UINT32_MAX;
  for (std::uint32_t mi = 0; mi < analysis.mentions.size(); ++mi) {
    const Mention& m = analysis.mentions[mi];
    const Entity& e = analysis.entities[m.entity];
    if (e.type != EntityType::kMoney && e.type != EntityType::kPercent && e.type != EntityType::kNumber &&
        e.type != EntityType::kDate)
      continue;
    if (e.type == EntityType::kDate && e.unit.empty()) continue;  // "Wednesday" of an undated article
    if (m.doc >= analysis.texts.size() || m.sentence >= analysis.texts[m.doc].sentences.size()) continue;
    std::optional<Topic> topic;
    if (e.type == EntityType::kNumber) topic = topics.counted_noun(m);
    if (!topic) topic = topics.sentence_topic(m, mi, e.type == EntityType::kMoney || e.type == EntityType::kPercent);
    if (!topic) continue;
    std::uint64_t key = normalised_word_hash(topic->key) ^ (static_cast<std::uint64_t>(e.type) * 0x9E3779B97F4A7C15ull);
    if (e.type == EntityType::kMoney) key ^= normalised_word_hash(e.unit) * 31;
    const std::uint32_t id = index.id(key);
    if (id == aligned.size()) {
      aligned.emplace_back();
      aligned.back().topic = topic->display;
      aligned.back().type = e.type;
    }
    // One report per document and value: the title and the body of 001 both say "42 times".
    // Mentions come in document order, so the (topic, value) pairs seen are kept for the current document only.
    if (m.doc != seen_doc) {
      seen_doc = m.doc;
      seen.clear();
    }
    if (seen.insert((static_cast<std::uint64_t>(id) << 32) | m.entity).second) aligned[id].mentions.push_back(mi);
  }
  // Within each aligned topic, reports are split by story: the first document not yet placed and every
  // unplaced one related to it (stories.h) form one comparison. A star, not a connected component: over
  // BBC sport, components chained every athletics report through shared athletes' names.
  std::vector<std::uint32_t> in_topic(analysis.corpus.documents.size(), UINT32_MAX);
  std::vector<std::uint32_t> story_of(analysis.corpus.documents.size(), UINT32_MAX);
  std::vector<std::uint32_t> docs, story_docs;
  std::vector<int> significant;
  for (std::uint32_t t = 0; t < aligned.size(); ++t) {
    const Aligned& a = aligned[t];
    docs.clear();
    for (std::uint32_t mi : a.mentions) {
      const std::uint32_t doc = analysis.mentions[mi].doc;
      if (in_topic[doc] != t) {
        in_topic[doc] = t;
        story_of[doc] = UINT32_MAX;
        docs.push_back(doc);
      }
    }
    if (docs.size() < 2) continue;
    for (std::uint32_t seed : docs) {
      if (story_of[seed] != UINT32_MAX) continue;
      story_of[seed] = seed;
      story_docs.assign(1, seed);
      for (std::uint32_t other : related[seed])
        if (in_topic[other] == t && story_of[other] == UINT32_MAX) {
          story_of[other] = seed;
          story_docs.push_back(other);
        }
      const std::uint32_t root = seed;
      // A safety net: a noun counted in dozens of articles is many unrelated figures, not one.
      if (story_docs.size() < 2 || story_docs.size() > kMaxFigureDocuments) continue;
      FigureComparison c;
      c.topic = a.topic;
      c.type = a.type;
      significant.clear();
      for (std::uint32_t mi : a.mentions) {
        const Mention& m = analysis.mentions[mi];
        if (story_of[m.doc] != root) continue;
        const Entity& e = analysis.entities[m.entity];
        FigureReport r;
        r.doc = m.doc;
        r.span = m.span;
        r.context = analysis.texts[m.doc].sentences[m.sentence].span;
        r.value = e.value;
        r.unit = e.unit;
        c.reports.push_back(std::move(r));
        const std::string_view text = analysis.corpus.documents[m.doc].text;
        significant.push_back(significant_digits_in(text.substr(m.span.start, m.span.size())));
      }
      c.disagree = reports_disagree(c, significant);
      analysis.figures.push_back(std::move(c));
    }
  }
  // Disagreements first, then the most widely reported, then by type and topic.
  std::stable_sort(analysis.figures.begin(), analysis.figures.end(), [](const FigureComparison& x, const FigureComparison& y) {
    if (x.disagree != y.disagree) return x.disagree;
    auto doc_count = [](const FigureComparison& f) {
      std::vector<std::uint32_t> docs;
      for (const FigureReport& r : f.reports)
        if (std::find(docs.begin(), docs.end(), r.doc) == docs.end()) docs.push_back(r.doc);
      return docs.size();
    };
    const std::size_t dx = doc_count(x), dy = doc_count(y);
    if (dx != dy) return dx > dy;
    if (x.type != y.type) return x.type < y.type;
    return x.topic < y.topic;
  });
}

}  // namespace newslens::core
