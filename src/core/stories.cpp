#include "core/stories.h"

#include <algorithm>
#include <unordered_map>

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

std::vector<std::vector<std::uint32_t>> relate_documents(const Analysis& analysis) {
  const auto docs = static_cast<std::uint32_t>(analysis.texts.size());
  std::unordered_map<std::uint64_t, std::uint32_t> name_ids;
  std::vector<std::vector<std::uint32_t>> names(docs);
  for (std::uint32_t d = 0; d < docs; ++d) {
    const std::string_view text = analysis.corpus.documents[d].text;
    for (const Token& t : analysis.texts[d].tokens) {
      if (!is_name_token(t)) continue;
      const auto [it, added] = name_ids.emplace(hash_bytes(text.substr(t.start, t.end - t.start)),
                                                static_cast<std::uint32_t>(name_ids.size()));
      names[d].push_back(it->second);
    }
    std::sort(names[d].begin(), names[d].end());
    names[d].erase(std::unique(names[d].begin(), names[d].end()), names[d].end());
  }
  // Names in many documents ("Mr", "Monday", "UK" over 2,225 BBC articles) say nothing about the story.
  std::vector<std::vector<std::uint32_t>> postings(name_ids.size());
  for (std::uint32_t d = 0; d < docs; ++d)
    for (std::uint32_t n : names[d]) postings[n].push_back(d);
  const std::size_t max_df = std::max<std::size_t>(5, docs / 50);
  std::vector<std::uint32_t> rare(docs, 0);
  for (std::uint32_t d = 0; d < docs; ++d)
    for (std::uint32_t n : names[d]) rare[d] += postings[n].size() <= max_df;

  std::vector<std::vector<std::uint32_t>> related(docs);
  std::vector<std::uint32_t> shared(docs, 0), touched;
  for (std::uint32_t d = 0; d < docs; ++d) {
    touched.clear();
    for (std::uint32_t n : names[d]) {
      if (postings[n].size() > max_df) continue;
      for (std::uint32_t other : postings[n]) {
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
