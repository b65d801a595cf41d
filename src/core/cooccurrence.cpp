#include "core/cooccurrence.h"

#include <algorithm>
#include <cmath>

namespace newslens::core {

namespace {

// k * ln(k / e), 0 when k is 0 (the limit), for Dunning's G².
double g_term(double k, double e) { return k > 0 && e > 0 ? k * std::log(k / e) : 0.0; }

// Pair -> windows holding both, in one open-addressing table (a 2,225-article corpus makes ~10^6 pair
// increments; std::unordered_map spent ~100 ns on each). Keys are a << 32 | b with a < b, so never 0.
class PairCounts {
 public:
  PairCounts() : keys_(1 << 12, 0), counts_(1 << 12, 0) {}
  void add(std::uint64_t key) {
    std::size_t slot = mix(key) & (keys_.size() - 1);
    while (keys_[slot] != 0 && keys_[slot] != key) slot = (slot + 1) & (keys_.size() - 1);
    if (keys_[slot] == 0) {
      keys_[slot] = key;
      if (++size_ * 2 > keys_.size()) {
        ++counts_[slot];
        grow();
        return;
      }
    }
    ++counts_[slot];
  }
  template <class F>
  void for_each(F f) const {
    for (std::size_t i = 0; i < keys_.size(); ++i)
      if (keys_[i]) f(keys_[i], counts_[i]);
  }
  std::size_t size() const { return size_; }

 private:
  static std::size_t mix(std::uint64_t h) { return static_cast<std::size_t>((h ^ (h >> 31)) * 0x9E3779B97F4A7C15ull >> 20); }
  void grow() {
    std::vector<std::uint64_t> keys(keys_.size() * 2, 0);
    std::vector<std::uint32_t> counts(keys.size(), 0);
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      if (!keys_[i]) continue;
      std::size_t slot = mix(keys_[i]) & (keys.size() - 1);
      while (keys[slot]) slot = (slot + 1) & (keys.size() - 1);
      keys[slot] = keys_[i];
      counts[slot] = counts_[i];
    }
    keys_.swap(keys);
    counts_.swap(counts);
  }
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> counts_;
  std::size_t size_ = 0;
};

std::uint32_t window_of(const Mention& m, Window window) {
  switch (window) {
    case Window::kSentence: return m.sentence;
    case Window::kParagraph: return m.paragraph;
    case Window::kDocument: return 0;
  }
  return 0;
}

std::uint32_t windows_in(const DocText& text, Window window) {
  switch (window) {
    case Window::kSentence: return static_cast<std::uint32_t>(text.sentences.size());
    case Window::kParagraph: return static_cast<std::uint32_t>(text.paragraphs.size());
    case Window::kDocument: return 1;
  }
  return 1;
}

}  // namespace

PairStat cooccurrence_measures(std::uint32_t n_ab, std::uint32_t n_a, std::uint32_t n_b, std::uint32_t n) {
  PairStat p;
  p.count = n_ab;
  if (n_ab == 0 || n_a == 0 || n_b == 0 || n == 0) return p;
  const double N = n, ab = n_ab, a = n_a, b = n_b;
  p.pmi = std::log2(ab * N / (a * b));
  const double h = -std::log2(ab / N);
  p.npmi = h > 0 ? p.pmi / h : 1.0;  // together in every window: perfect association
  p.dice = 2 * ab / (a + b);
  const double k11 = ab, k12 = a - ab, k21 = b - ab, k22 = N - a - b + ab;
  const double e11 = a * b / N, e12 = a * (N - b) / N, e21 = (N - a) * b / N, e22 = (N - a) * (N - b) / N;
  p.llr = 2 * (g_term(k11, e11) + g_term(k12, e12) + g_term(k21, e21) + g_term(k22, e22));
  if (p.llr < 0) p.llr = 0;  // rounding on a table matching its expectation exactly
  return p;
}

std::vector<PairStat> compute_cooccurrence(const Analysis& analysis, Window window, const CooccurrenceFilter& filter) {
  const std::size_t doc_count = analysis.corpus.documents.size();
  auto selected = [&](std::uint32_t d) { return filter.documents.empty() || (d < filter.documents.size() && filter.documents[d]); };

  std::uint32_t total_windows = 0;
  for (std::uint32_t d = 0; d < doc_count && d < analysis.texts.size(); ++d)
    if (selected(d)) total_windows += windows_in(analysis.texts[d], window);

  std::vector<std::uint32_t> entity_windows(analysis.entities.size(), 0);
  PairCounts pair_windows;
  std::vector<std::uint64_t> keyed;   // (window << 32 | entity) of one document's mentions
  std::vector<std::uint32_t> in_window;

  const std::vector<Mention>& mentions = analysis.mentions;
  for (std::size_t i = 0; i < mentions.size();) {
    const std::uint32_t doc = mentions[i].doc;
    std::size_t end = i;
    keyed.clear();
    for (; end < mentions.size() && mentions[end].doc == doc; ++end) {
      const Mention& m = mentions[end];
      if (m.entity >= analysis.entities.size()) continue;
      const auto type = static_cast<std::uint32_t>(analysis.entities[m.entity].type);
      if (!(filter.type_mask & (1u << type))) continue;
      keyed.push_back(static_cast<std::uint64_t>(window_of(m, window)) << 32 | m.entity);
    }
    i = end;
    if (!selected(doc)) continue;
    // Sorting the document's (window, entity) keys gives each window's distinct entities in order, whatever
    // order the mentions came in.
    std::sort(keyed.begin(), keyed.end());
    keyed.erase(std::unique(keyed.begin(), keyed.end()), keyed.end());
    for (std::size_t k = 0; k < keyed.size();) {
      const std::uint64_t w = keyed[k] >> 32;
      in_window.clear();
      for (; k < keyed.size() && (keyed[k] >> 32) == w; ++k) in_window.push_back(static_cast<std::uint32_t>(keyed[k]));
      for (std::size_t x = 0; x < in_window.size(); ++x) {
        ++entity_windows[in_window[x]];
        for (std::size_t y = x + 1; y < in_window.size(); ++y)
          pair_windows.add(static_cast<std::uint64_t>(in_window[x]) << 32 | in_window[y]);
      }
    }
  }

  // Select and order compact (count, pair) records first (sorting 48-byte PairStats cost more than the
  // counting), then compute the measures only for the pairs kept.
  struct Counted {
    std::uint64_t pair;
    std::uint32_t count;
  };
  std::vector<Counted> counted;
  counted.reserve(pair_windows.size());
  pair_windows.for_each([&](std::uint64_t key, std::uint32_t count) {
    if (count >= filter.min_count) counted.push_back({key, count});
  });
  auto by_count = [](const Counted& x, const Counted& y) { return x.count != y.count ? x.count > y.count : x.pair < y.pair; };
  if (filter.max_pairs && counted.size() > filter.max_pairs) {
    std::partial_sort(counted.begin(), counted.begin() + filter.max_pairs, counted.end(), by_count);
    counted.resize(filter.max_pairs);
  } else {
    std::sort(counted.begin(), counted.end(), by_count);
  }
  std::vector<PairStat> out;
  out.reserve(counted.size());
  for (const Counted& c : counted) {
    const auto a = static_cast<std::uint32_t>(c.pair >> 32), b = static_cast<std::uint32_t>(c.pair);
    PairStat p = cooccurrence_measures(c.count, entity_windows[a], entity_windows[b], total_windows);
    p.a = a;
    p.b = b;
    p.window = window;
    out.push_back(p);
  }
  return out;
}

void fill_cooccurrence(Analysis& analysis, std::uint32_t min_count, std::uint32_t max_pairs_per_window) {
  CooccurrenceFilter filter;
  filter.min_count = min_count;
  filter.type_mask = kNamedTypeMask;
  filter.max_pairs = max_pairs_per_window;
  analysis.cooccurrence.clear();
  for (int w = 0; w < kWindowCount; ++w) {
    std::vector<PairStat> pairs = compute_cooccurrence(analysis, static_cast<Window>(w), filter);
    analysis.cooccurrence.insert(analysis.cooccurrence.end(), pairs.begin(), pairs.end());
  }
}

}  // namespace newslens::core
