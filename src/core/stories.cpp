#include "core/stories.h"

#include <algorithm>

#include "core/hash_ids.h"

namespace newslens::core {

namespace {

// A proper name, cheaply: a capitalised word of three letters or more that does not open its sentence
// ("Putin", "Beijing", "Xinhua"). It needs no entity stage, so it works on any branch of the pipeline.
bool is_name_token(const Token& t) {
  return t.kind == TokenKind::kWord && (t.flags & kCapitalized) && !(t.flags & kSentenceStart) && t.end - t.start >= 3;
}

std::uint64_t hash_bytes(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

}  // namespace

void collect_document_names(const Document& doc, const DocText& text, DocumentNames& names) {
  if (names.first.empty()) names.first.push_back(0);
  const std::size_t from = names.hashes.size();
  const std::string_view bytes = doc.text;
  for (const Token& t : text.tokens)
    if (is_name_token(t)) names.hashes.push_back(hash_bytes(bytes.substr(t.start, t.end - t.start)));
  std::sort(names.hashes.begin() + static_cast<std::ptrdiff_t>(from), names.hashes.end());
  names.hashes.erase(std::unique(names.hashes.begin() + static_cast<std::ptrdiff_t>(from), names.hashes.end()),
                     names.hashes.end());
  names.first.push_back(static_cast<std::uint32_t>(names.hashes.size()));
}

std::vector<std::vector<std::uint32_t>> relate_documents(const Analysis& analysis) {
  DocumentNames names;
  for (std::size_t d = 0; d < analysis.texts.size(); ++d)
    collect_document_names(analysis.corpus.documents[d], analysis.texts[d], names);
  return relate_documents(names);
}

std::vector<std::vector<std::uint32_t>> relate_documents(const DocumentNames& doc_names) {
  const auto docs = static_cast<std::uint32_t>(doc_names.first.empty() ? 0 : doc_names.first.size() - 1);
  // Each document's distinct names as corpus-wide ids, in one array: doc d at [first[d], first[d + 1]).
  HashIds name_ids(1 << 14);
  std::vector<std::uint32_t> flat, first(docs + 1, 0);
  flat.reserve(doc_names.hashes.size());
  for (std::uint32_t d = 0; d < docs; ++d) {
    first[d] = static_cast<std::uint32_t>(flat.size());
    for (std::uint32_t k = doc_names.first[d]; k < doc_names.first[d + 1]; ++k)
      flat.push_back(name_ids.id(doc_names.hashes[k]));
  }
  first[docs] = static_cast<std::uint32_t>(flat.size());
  struct Names {
    const std::uint32_t *b, *e;
    const std::uint32_t* begin() const { return b; }
    const std::uint32_t* end() const { return e; }
  };
  auto names = [&](std::uint32_t d) { return Names{flat.data() + first[d], flat.data() + first[d + 1]}; };
  // Names in many documents ("Mr", "Monday", "UK" over 2,225 BBC articles) say nothing about the story.
  std::vector<std::uint32_t> df(name_ids.size(), 0);
  for (std::uint32_t n : flat) ++df[n];
  std::vector<std::uint32_t> posting_first(name_ids.size() + 1, 0), posting(flat.size());
  for (std::size_t n = 0; n < df.size(); ++n) posting_first[n + 1] = posting_first[n] + df[n];
  std::vector<std::uint32_t> fill(posting_first.begin(), posting_first.end() - 1);
  for (std::uint32_t d = 0; d < docs; ++d)
    for (std::uint32_t n : names(d)) posting[fill[n]++] = d;
  auto postings = [&](std::uint32_t n) {
    return Names{posting.data() + posting_first[n], posting.data() + posting_first[n + 1]};
  };
  const std::size_t max_df = std::max<std::size_t>(5, docs / 50);
  std::vector<std::uint32_t> rare(docs, 0);
  for (std::uint32_t d = 0; d < docs; ++d)
    for (std::uint32_t n : names(d)) rare[d] += df[n] <= max_df;

  std::vector<std::vector<std::uint32_t>> related(docs);
  std::vector<std::uint32_t> shared(docs, 0), touched;
  for (std::uint32_t d = 0; d < docs; ++d) {
    touched.clear();
    for (std::uint32_t n : names(d)) {
      if (df[n] > max_df) continue;
      for (std::uint32_t other : postings(n)) {
        if (other <= d) continue;
        if (shared[other]++ == 0) touched.push_back(other);
      }
    }
    for (std::uint32_t other : touched) {
      const double smaller = std::min(rare[d], rare[other]);
      if (shared[other] >= kMinSharedNames && shared[other] >= kMinSharedShare * smaller) {
        related[d].push_back(other);
        related[other].push_back(d);
      }
      shared[other] = 0;
    }
  }
  for (auto& r : related) std::sort(r.begin(), r.end());
  return related;
}

}  // namespace newslens::core
