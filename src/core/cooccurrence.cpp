#include "core/cooccurrence.h"

#include <algorithm>
#include <cmath>

namespace newslens::core {

namespace {

// k * ln(k / e), 0 when k is 0 (the limit), for Dunning's G².
double g_term(double k, double e) { return k > 0 && e > 0 ? k * std::log(k / e) : 0.0; }

// Sorts 64-bit keys by bytes, least significant first, skipping bytes that are equal in every key (entity ids
// are small, so most high bytes are): a few linear passes where a hash table of pairs missed the cache on
// almost every one of ~10^6 increments.
void radix_sort(std::vector<std::uint64_t>& keys, std::vector<std::uint64_t>& scratch) {
  if (keys.size() < 2) return;
  scratch.resize(keys.size());
  for (int shift = 0; shift < 64; shift += 8) {
    std::size_t count[257] = {};
    for (const std::uint64_t k : keys) ++count[((k >> shift) & 0xFF) + 1];
    if (count[((keys[0] >> shift) & 0xFF) + 1] == keys.size()) continue;
    for (int b = 0; b < 256; ++b) count[b + 1] += count[b];
    for (const std::uint64_t k : keys) scratch[count[(k >> shift) & 0xFF]++] = k;
    keys.swap(scratch);
  }
}

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
  std::vector<std::uint64_t> pair_keys;  // one per window holding both entities: a << 32 | b, a < b
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
      for (const std::uint32_t e : in_window) ++entity_windows[e];
      // Pairs grow with the square of a window's entities: a paragraph naming 20,000 (a list, a machine's
      // output) would make 2*10^8 pairs and gigabytes. Past kMaxWindowEntities, only the corpus's most
      // mentioned of them pair up in that window; every one still counts as seen in it.
      if (in_window.size() > kMaxWindowEntities) {
        std::partial_sort(in_window.begin(), in_window.begin() + kMaxWindowEntities, in_window.end(),
                          [&](std::uint32_t x, std::uint32_t y) {
                            const std::size_t mx = analysis.entities[x].mentions.size();
                            const std::size_t my = analysis.entities[y].mentions.size();
                            return mx != my ? mx > my : x < y;
                          });
        in_window.resize(kMaxWindowEntities);
        std::sort(in_window.begin(), in_window.end());
      }
      for (std::size_t x = 0; x < in_window.size(); ++x)
        for (std::size_t y = x + 1; y < in_window.size(); ++y)
          pair_keys.push_back(static_cast<std::uint64_t>(in_window[x]) << 32 | in_window[y]);
    }
  }

  // Select and order compact (count, pair) records first (sorting 48-byte PairStats cost more than the
  // counting), then compute the measures only for the pairs kept.
  struct Counted {
    std::uint64_t pair;
    std::uint32_t count;
  };
  std::vector<Counted> counted;
  {
    std::vector<std::uint64_t> scratch;
    radix_sort(pair_keys, scratch);
  }
  for (std::size_t k = 0; k < pair_keys.size();) {
    std::size_t run = k + 1;
    while (run < pair_keys.size() && pair_keys[run] == pair_keys[k]) ++run;
    const auto count = static_cast<std::uint32_t>(run - k);
    if (count >= filter.min_count) counted.push_back({pair_keys[k], count});
    k = run;
  }
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
