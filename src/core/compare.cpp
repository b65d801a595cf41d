// Cross-outlet comparison (compare.h).
// [SECTION] quote groups: normalised token ids per quote, candidates through an inverted index of each
//           quote's rarest tokens (no all-pairs loop over 10,000 BBC quotes), accepted on contiguous
//           containment (short quotes) or a longest-common-subsequence ratio, joined by union-find.
// [SECTION] figures: each quantity mention gets a topic (the counted noun, or the sentence's strongest topic
//           keyword), figures are aligned by (type, topic[, currency]) across documents, disagreements flagged.
#include "core/compare.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "core/numbers.h"
#include "core/word_gate.h"

namespace newslens::core {

// =========================================================================================================
// [SECTION] quote groups
// =========================================================================================================
namespace {

constexpr std::size_t kMaxPosting = 400;   // a token in more quotes than this is too common to seed candidates
constexpr std::size_t kSeedTokens = 3;     // rarest tokens of a quote used to look for its relatives
constexpr double kMinLcsRatio = 0.8;       // share of the shorter quote's words found, in order, in the other

// Lower-cased word with curly apostrophes made straight: “Moscow’s” and "Moscow's" are one word.
std::string normalise_word(std::string_view w) {
  std::string out;
  out.reserve(w.size());
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (i + 2 < w.size() && static_cast<unsigned char>(w[i]) == 0xE2 && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(w[i + 2]) == 0x99 || static_cast<unsigned char>(w[i + 2]) == 0x98)) {
      out += '\'';
      i += 2;
    } else {
      const char c = w[i];
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
  }
  return out;
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

std::size_t lcs_length(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                       std::vector<std::uint32_t>& row) {
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

bool contains_run(const std::vector<std::uint32_t>& hay, const std::vector<std::uint32_t>& needle) {
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

// Same words, allowing small differences: equal after normalising, one inside the other (“close and
// effective strategic coordination” in 000, 001 and inside a longer quote of 003), or a word inserted or
// dropped. Quotes of one to three words must match exactly or appear whole inside the other, so that
// “justice” (001, 003) groups while a bare "the war" does not join every long quote holding it.
bool same_words(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                std::vector<std::uint32_t>& row) {
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  if (shorter.empty()) return false;
  if (shorter.size() == 1) return longer.size() == 1 && shorter[0] == longer[0];
  if (contains_run(longer, shorter)) return true;
  if (shorter.size() <= 3) return false;
  if (shorter.size() * longer.size() > 400000) return false;  // two very long quotes differing: not ours
  return static_cast<double>(lcs_length(shorter, longer, row)) >= kMinLcsRatio * static_cast<double>(shorter.size());
}

}  // namespace

void group_quotes(Analysis& analysis) {
  analysis.quote_groups.clear();
  const std::size_t n = analysis.quotes.size();
  std::unordered_map<std::string, std::uint32_t> vocab;
  std::vector<std::vector<std::uint32_t>> words(n);
  std::vector<Token> tokens;
  for (std::size_t q = 0; q < n; ++q) {
    Quote& quote = analysis.quotes[q];
    quote.group.reset();
    const std::string& text = analysis.corpus.documents[quote.doc].text;
    tokens.clear();
    tokenize(text, quote.span, tokens);
    for (const Token& t : tokens) {
      if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
      const auto [it, added] = vocab.emplace(normalise_word(std::string_view(text).substr(t.start, t.end - t.start)),
                                             static_cast<std::uint32_t>(vocab.size()));
      words[q].push_back(it->second);
    }
  }
  // Inverted index: token -> quotes holding it (each quote once).
  std::vector<std::vector<std::uint32_t>> postings(vocab.size());
  std::vector<std::uint32_t> distinct;
  for (std::uint32_t q = 0; q < n; ++q) {
    distinct = words[q];
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (std::uint32_t t : distinct) postings[t].push_back(q);
  }
  UnionFind groups(n);
  std::vector<std::uint32_t> seen(n, UINT32_MAX), row;
  for (std::uint32_t q = 0; q < n; ++q) {
    distinct = words[q];
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    std::sort(distinct.begin(), distinct.end(), [&](std::uint32_t x, std::uint32_t y) {
      return postings[x].size() != postings[y].size() ? postings[x].size() < postings[y].size() : x < y;
    });
    if (distinct.size() > kSeedTokens) distinct.resize(kSeedTokens);
    for (std::uint32_t t : distinct) {
      if (postings[t].size() > kMaxPosting) continue;
      for (std::uint32_t r : postings[t]) {
        if (r == q || seen[r] == q || analysis.quotes[r].doc == analysis.quotes[q].doc) continue;
        seen[r] = q;
        if (groups.find(r) == groups.find(q)) continue;
        if (same_words(words[q], words[r], row)) groups.join(q, r);
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

  // A count's topic is the noun it counts: "met 42 times" (001), "some 130 countries" (001, 004), or the
  // measure glued to it ("ninety-minute", 003).
  std::optional<Topic> counted_noun(const Mention& m) const {
    const Document& d = a_.corpus.documents[m.doc];
    const DocText& t = a_.texts[m.doc];
    const std::string_view surface = std::string_view(d.text).substr(m.span.start, m.span.size());
    if (const std::size_t hyphen = surface.rfind('-'); hyphen != std::string_view::npos && hyphen + 1 < surface.size() &&
                                                       surface[hyphen + 1] >= 'a' && surface[hyphen + 1] <= 'z') {
      const std::string_view measure = surface.substr(hyphen + 1);
      return Topic{stem_topic(measure), std::string(measure)};
    }
    const Sentence& s = t.sentences[m.sentence];
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (t.tokens[i].start < m.span.end) continue;
      const Token& next = t.tokens[i];
      const std::string_view w = tok(d, next);
      if (next.kind != TokenKind::kWord || is_function_word(w)) return std::nullopt;
      return Topic{stem_topic(w), fold_ascii(w)};
    }
    return std::nullopt;
  }

  // A money, percent or date figure's topic is the sentence's strongest topic keyword, the nearest on ties:
  // "trade ... reached $190 billion" (003); "the “no-limits” partnership they announced in 2022" (001).
  // A goal word just before the figure makes it a target: "approaching the target of $200 billion" (003).
  std::optional<Topic> sentence_topic(const Mention& m, bool targets) const {
    const Document& d = a_.corpus.documents[m.doc];
    const DocText& t = a_.texts[m.doc];
    const Sentence& s = t.sentences[m.sentence];
    const std::string* best = nullptr;
    int best_priority = -1;
    std::uint32_t best_distance = UINT32_MAX;
    std::uint32_t figure_token = s.first_token;
    while (figure_token < s.end_token && t.tokens[figure_token].start < m.span.start) ++figure_token;
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      const Token& token = t.tokens[i];
      if (token.kind != TokenKind::kWord || (token.start >= m.span.start && token.end <= m.span.end)) continue;
      const std::string_view w = tok(d, token);
      if (!topic_gate_.may_hold(w)) continue;
      const std::string* value = topic_index_.find(w);
      if (!value) continue;
      const std::size_t bar = value->find('|');
      const int priority = bar == std::string::npos ? 1 : std::atoi(value->c_str() + bar + 1);
      const std::uint32_t distance = i > figure_token ? i - figure_token : figure_token - i;
      if (priority > best_priority || (priority == best_priority && distance < best_distance)) {
        best = value;
        best_priority = priority;
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
// "$190 billion" and "$200 billion" do not (trailing zeros count as written).
bool numbers_agree(double x, int sig_x, double y, int sig_y) {
  int digits = 0;
  if (sig_x > 0 && sig_y > 0) digits = std::min(sig_x, sig_y);
  else digits = std::max(sig_x, sig_y);
  const double rx = round_significant(x, digits), ry = round_significant(y, digits);
  return std::fabs(rx - ry) <= 1e-9 * std::max(std::fabs(rx), std::fabs(ry));
}

constexpr std::size_t kMaxFigureDocuments = 20;

// Two reports from different documents that do not agree. Distinct (value, precision, unit) readings are
// few even when reports are many, so the pairwise check runs over those.
bool reports_disagree(const FigureComparison& c, const std::vector<int>& significant) {
  struct Reading {
    const FigureReport* report;
    int significant;
    std::uint32_t doc;
    bool several_docs;
  };
  std::vector<Reading> readings;
  for (std::size_t i = 0; i < c.reports.size(); ++i) {
    const FigureReport& r = c.reports[i];
    auto same = std::find_if(readings.begin(), readings.end(), [&](const Reading& x) {
      return x.report->value == r.value && x.report->unit == r.unit && x.significant == significant[i];
    });
    if (same == readings.end()) readings.push_back({&r, significant[i], r.doc, false});
    else if (same->doc != r.doc) same->several_docs = true;
  }
  for (std::size_t i = 0; i < readings.size(); ++i) {
    for (std::size_t j = i + 1; j < readings.size(); ++j) {
      const Reading &x = readings[i], &y = readings[j];
      // One article giving two figures is not outlets disagreeing.
      if (x.doc == y.doc && !x.several_docs && !y.several_docs) continue;
      const bool agree = c.type == EntityType::kDate
                             ? dates_agree(x.report->unit, y.report->unit)
                             : numbers_agree(x.report->value, x.significant, y.report->value, y.significant);
      if (!agree) return true;
    }
  }
  return false;
}

}  // namespace

void compare_figures(Analysis& analysis, const Lexicons& lexicons) {
  analysis.figures.clear();
  const FigureTopics topics(analysis, lexicons);
  struct Aligned {
    FigureComparison comparison;
    std::vector<int> significant;
  };
  std::unordered_map<std::string, std::size_t> index;  // type|topic[|currency] -> aligned
  std::vector<Aligned> aligned;
  for (const Mention& m : analysis.mentions) {
    const Entity& e = analysis.entities[m.entity];
    if (e.type != EntityType::kMoney && e.type != EntityType::kPercent && e.type != EntityType::kNumber &&
        e.type != EntityType::kDate)
      continue;
    if (e.type == EntityType::kDate && e.unit.empty()) continue;  // "Wednesday" of an undated article
    if (m.doc >= analysis.texts.size() || m.sentence >= analysis.texts[m.doc].sentences.size()) continue;
    std::optional<Topic> topic;
    if (e.type == EntityType::kNumber) topic = topics.counted_noun(m);
    if (!topic) topic = topics.sentence_topic(m, e.type == EntityType::kMoney || e.type == EntityType::kPercent);
    if (!topic) continue;
    std::string key = entity_type_name(e.type);
    key += '|';
    key += topic->key;
    if (e.type == EntityType::kMoney) {
      key += '|';
      key += e.unit;
    }
    auto [it, added] = index.emplace(std::move(key), aligned.size());
    if (added) {
      aligned.emplace_back();
      aligned.back().comparison.topic = topic->display;
      aligned.back().comparison.type = e.type;
    }
    Aligned& a = aligned[it->second];
    // One report per document and value: the title and the body of 001 both say "42 times".
    // Mentions come in document order, so this document's reports are the last ones.
    bool repeated = false;
    for (auto r = a.comparison.reports.rbegin(); r != a.comparison.reports.rend() && r->doc == m.doc && !repeated; ++r)
      repeated = r->value == e.value && r->unit == e.unit;
    if (repeated) continue;
    const Document& doc = analysis.corpus.documents[m.doc];
    FigureReport r;
    r.doc = m.doc;
    r.span = m.span;
    r.context = analysis.texts[m.doc].sentences[m.sentence].span;
    r.value = e.value;
    r.unit = e.unit;
    a.comparison.reports.push_back(std::move(r));
    a.significant.push_back(significant_digits_in(std::string_view(doc.text).substr(m.span.start, m.span.size())));
  }
  for (Aligned& a : aligned) {
    FigureComparison& c = a.comparison;
    std::vector<std::uint32_t> docs;
    for (const FigureReport& r : c.reports)
      if (std::find(docs.begin(), docs.end(), r.doc) == docs.end()) docs.push_back(r.doc);
    // A noun counted in dozens of articles ("people", "years" over 2,225 BBC stories) is not one figure
    // reported by several outlets but many unrelated ones; comparing them would flag noise.
    if (docs.size() < 2 || docs.size() > kMaxFigureDocuments) continue;
    c.disagree = reports_disagree(c, a.significant);
    analysis.figures.push_back(std::move(c));
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
