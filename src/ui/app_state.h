// The one application state every view shares: the analysis of the loaded corpus, what is selected, which
// view is open, and the messages to show. Views read it and change selections; only set_corpus() re-runs
// the analysis, so it is computed once per input change, never per frame.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "core/lexicons.h"

struct ImFont;

namespace newslens::ui {

enum class View : std::uint8_t { kDocuments, kReader };
const char* view_name(View view);
std::optional<View> parse_view(std::string_view name);

struct Banner {
  std::string path;     // the file it is about, empty for general messages
  std::string message;
  bool error = true;    // false: a warning
};

struct UiFonts {
  ImFont* body = nullptr;
  ImFont* heading = nullptr;
};

// Per-document counts, computed once per analysis for the lists and tables.
struct DocStats {
  std::size_t words = 0;
  std::size_t entities = 0;  // distinct entities mentioned
  std::size_t quotes = 0;
};

struct AppState {
  core::Lexicons lexicons;
  core::Analysis analysis;
  std::vector<DocStats> doc_stats;      // parallel to analysis.corpus.documents
  std::vector<bool> included;          // per document: ticked in the Documents view
  std::optional<std::uint32_t> selected_doc;
  View view = View::kReader;
  bool view_requested = false;         // a command asked for `view`: the tab bar selects it once
  std::vector<Banner> banners;
  UiFonts fonts;
  std::uint64_t frames = 0;
  double analysis_ms = 0;              // wall time of the last analysis
  // Page start-up milestones, in ms since navigation (browser) or process start: what tools/bench-web reports.
  struct Startup {
    double main = 0, platform_ready = 0, corpus_analysed = 0, first_frame = 0;
  } startup;

  // Replaces the corpus, re-runs the analysis and keeps input errors and warnings as banners.
  void set_corpus(core::Corpus corpus);
};

}  // namespace newslens::ui
