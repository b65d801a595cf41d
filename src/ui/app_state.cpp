#include "ui/app_state.h"

#include <chrono>

namespace newslens::ui {

const char* view_name(View view) {
  switch (view) {
    case View::kDocuments: return "documents";
    case View::kReader: return "reader";
  }
  return "reader";
}

std::optional<View> parse_view(std::string_view name) {
  if (name == "documents") return View::kDocuments;
  if (name == "reader") return View::kReader;
  return std::nullopt;
}

void AppState::set_corpus(core::Corpus corpus) {
  const auto start = std::chrono::steady_clock::now();
  banners.clear();
  for (const core::InputError& e : corpus.errors) banners.push_back({e.path, e.message, true});
  for (const core::Document& d : corpus.documents)
    for (const std::string& w : d.warnings) banners.push_back({d.path, w, false});
  analysis = core::analyze(std::move(corpus), lexicons);
  const std::size_t n = analysis.corpus.documents.size();
  included.assign(n, true);
  doc_stats.assign(n, DocStats{});
  for (std::size_t i = 0; i < n; ++i) doc_stats[i].words = core::word_count(analysis.texts[i]);
  for (const core::Quote& q : analysis.quotes) ++doc_stats[q.doc].quotes;
  for (const core::Entity& e : analysis.entities) {
    std::uint32_t last_doc = UINT32_MAX;
    for (std::uint32_t m : e.mentions) {  // mentions are in document order
      const std::uint32_t doc = analysis.mentions[m].doc;
      if (doc != last_doc) ++doc_stats[doc].entities;
      last_doc = doc;
    }
  }
  selected_doc.reset();
  if (!analysis.corpus.documents.empty()) selected_doc = 0;
  analysis_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace newslens::ui
