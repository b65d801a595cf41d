// The one application state every view shares: the analysis of the loaded corpus, what is selected, which
// view is open, chart settings and their computed data, and the messages to show. Views read it and change
// selections or settings; the analysis re-runs only in set_corpus() and the chart data only in
// refresh_derived() when something it depends on changed, never per frame.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "core/lexicons.h"
#include "ui/chart_layout.h"
#include "ui/table_state.h"

struct ImFont;

namespace newslens::ui {

enum class View : std::uint8_t { kDocuments, kReader, kEntities, kNetwork, kHeatmap, kBars, kQuotes, kCompare };
inline constexpr int kViewCount = 8;
const char* view_name(View view);          // "documents", "reader", ... (commands, URL, status)
const char* view_label(View view);         // "Documents", "Reader", ... (tabs)
std::optional<View> parse_view(std::string_view name);

// Association measures the charts can show, all read from core::PairStat.
enum class Measure : std::uint8_t { kCount, kPmi, kNpmi, kDice, kLlr };
const char* measure_name(Measure m);       // "count", "pmi", "npmi", "dice", "llr"
std::optional<Measure> parse_measure(std::string_view name);
double measure_value(const core::PairStat& p, Measure m);

struct ChartSettings {
  core::Window window = core::Window::kSentence;
  Measure measure = Measure::kNpmi;
  std::uint32_t min_count = 2;
  // Bit (1 << EntityType) set = included. Default: people, organisations, places and MISC names.
  std::uint32_t type_mask = 0x0F;
  int top_n = 25;
  friend bool operator==(const ChartSettings&, const ChartSettings&) = default;
};

// What the chart views keep between frames. Each is rebuilt when AppState::derived_generation moves on
// (settings or included documents changed), never per frame.
struct NetworkViewState {
  std::uint64_t generation = UINT64_MAX;
  std::vector<std::uint32_t> nodes;       // entity indices, most mentioned first
  std::vector<LayoutEdge> edges;          // node indices; weight = the measure scaled to (0, 1]
  std::vector<std::uint32_t> edge_pairs;  // per edge: index into chart_pairs
  std::size_t hidden_pairs = 0;           // pairs among the nodes left out (weak or negative association)
  ForceLayout layout;
  float zoom = 1, pan_x = 0, pan_y = 0;   // on top of the fit, in pixels
  float fit_x = 0, fit_y = 0, fit_scale = 0;  // world centre and pixels per world unit; frozen once settled
  int drag_node = -1;                     // node under a held mouse button
  bool moved = false;                     // the mouse moved since the press: a drag, not a click
  bool panning = false;
  bool arranged = false;                  // the user dragged a node: the fit stays put while the rest settles
};
struct HeatmapViewState {
  std::uint64_t generation = UINT64_MAX;
  std::vector<std::uint32_t> entities;    // in display (cluster) order
  std::vector<std::int32_t> cell_pair;    // n*n: index into chart_pairs, -1 where the two never co-occur
  double lo = 0, hi = 0;                  // colour scale ends
  bool diverging = false;                 // PMI/NPMI: blue below zero, red above
};
struct BarsViewState {
  std::uint64_t generation = UINT64_MAX;
  std::optional<std::uint32_t> entity;    // the selection the rows were built for
  std::vector<std::uint32_t> rows;        // indices into chart_pairs, strongest first
};

struct Banner {
  std::string path;     // the file it is about, empty for general messages
  std::string message;
  bool error = true;    // false: a warning or a notice
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
  std::string_view source;  // AppState::source_label of the document, kept with the analysis it points into
};

struct AppState {
  core::Lexicons lexicons;
  core::Analysis analysis;
  std::vector<DocStats> doc_stats;      // parallel to analysis.corpus.documents
  // The article list's title heights (1 or 2 wrapped lines), measured once per corpus and list width.
  struct TitleLines {
    std::vector<std::uint8_t> lines;
    float width = 0;
    std::uint64_t generation = UINT64_MAX;  // derived_generation they were measured at
  } title_lines;
  std::vector<bool> included;           // per document: ticked in the Documents view; every view follows it
  bool bundled_corpus = true;           // the bundled articles are part of the corpus
  std::vector<std::string> user_files;  // the user's files in the page's file system, part of the corpus
  // Where an article came from, for its line in the list and the reader: its outlet; where the text names none,
  // the user's own file by its name ("notes.txt", or a JSON record's id): someone who dropped 200 BBC files
  // knows them by name, and 200 rows of "Unknown outlet" tell them nothing. A bundled article without one
  // stays "Unknown outlet" (its file name is a hash).
  std::string_view source_label(const core::Document& d) const;
  // Files the user dropped or opened, ingested and waiting for "join or replace?"; paths alongside.
  std::optional<core::Corpus> pending_load;
  std::vector<std::string> pending_files;
  bool persist_edits_requested = false;   // the app layer saves entity_edits to browser storage
  bool persist_corpus_requested = false;  // the app layer saves (bundled_corpus, user_files) to browser storage
  bool open_files_requested = false;      // the app layer opens the browser's file picker
  bool reset_requested = false;           // the app layer reloads the bundled corpus

  // Selection, shared by every view: clicking an entity anywhere selects it everywhere.
  std::optional<std::uint32_t> selected_doc;
  std::optional<std::uint32_t> selected_entity;
  std::optional<std::uint32_t> selected_quote;
  std::optional<core::Span> reveal_span;  // the reader scrolls to this span of the selected document once

  View view = View::kReader;
  bool view_requested = false;          // a command or click asked for `view`: the tab bar selects it once

  ChartSettings chart;
  // Derived from analysis + included + chart; rebuilt by refresh_derived() when `derived_dirty` is set.
  std::vector<core::PairStat> chart_pairs;  // pairs for the current window and filters
  std::vector<std::uint32_t> chart_entities;  // top-N entities by mentions in included documents
  std::vector<std::uint32_t> entity_mentions_included;  // per entity: mentions in included documents
  bool derived_dirty = true;
  std::uint64_t derived_generation = 0;  // counts refresh_derived() runs: tables rebuild their rows on change

  // The table views' filters and rows, and the user's entity edits (replayed by names after every analysis).
  EntityTableState entity_table;
  QuoteTableState quote_table;
  CompareViewState compare_view;
  EntityEditsState entity_edits;

  // The chart views' layouts and cells, rebuilt when derived_generation moves on.
  NetworkViewState network_view;
  HeatmapViewState heatmap_view;
  BarsViewState bars_view;

  // Search (Ctrl+F): hits are recomputed when the text or the included documents change, not per frame.
  struct SearchHit {
    std::uint32_t doc = 0;
    core::Span span;
  };
  struct Search {
    char text[128] = "";
    std::string last_query;            // the query `hits` answer
    std::vector<std::uint32_t> entities;  // entities whose name or alias contains the query
    std::vector<SearchHit> hits;       // in document order; capped at kMaxHits
    std::size_t total = 0;             // all hits, before the cap
    bool focus_requested = false;
    static constexpr std::size_t kMaxHits = 500;
  } search;

  // Keyboard shortcuts of this frame, set by the app layer from the platform's events.
  struct Shortcuts {
    bool find = false, help = false, open = false, escape = false;
  } shortcuts;
  bool help_open = false;

  // Export of the current view: the app layer serves it after the frame is drawn (a PNG needs the pixels).
  struct ExportRequest {
    std::string format;  // "csv", "json" or "png"
    View view = View::kReader;
    float x = 0, y = 0, width = 0, height = 0;  // png: the region, in logical pixels from the top left
  };
  std::optional<ExportRequest> export_request;
  float view_rect[4] = {0, 0, 0, 0};  // where the current view was drawn (x, y, width, height)

  std::vector<Banner> banners;
  UiFonts fonts;
  std::uint64_t frames = 0;
  std::uint64_t corpus_generation = 0;  // bumped by each set_corpus: the app layer gives new text to the fonts
  double analysis_ms = 0;               // wall time of the last analysis
  core::AnalyzeProfile analysis_profile;  // its stages (seconds), reported in the status
  // Page start-up milestones, in ms since navigation (browser) or process start: what tools/bench-web reports.
  struct Startup {
    double main = 0, platform_ready = 0, lexicons_loaded = 0, corpus_analysed = 0, first_frame = 0;
  } startup;

  // Replaces the corpus, re-runs the analysis and keeps input errors and warnings as banners.
  void set_corpus(core::Corpus corpus);
  // Adds the user's articles to the corpus or replaces it with them, keeping what was loaded when none of the
  // new files could be read. Input errors become banners either way.
  void load_user_corpus(core::Corpus incoming, std::vector<std::string> files, bool replace);
  // Recomputes chart data when settings or included documents changed. Call once per frame, before drawing.
  void refresh_derived();
  void select_entity(std::uint32_t entity);
  // Applies one entity edit at once and keeps it; false, with the reason in `error`, when it changes nothing.
  bool add_entity_edit(const core::EntityEdit& edit, std::string& error);
  void undo_entity_edit();                                // drops the last edit and replays the rest
  void set_entity_edits(std::vector<core::EntityEdit> edits);  // replaces the list (restored from storage)
  void show(View v) {
    view = v;
    view_requested = true;
  }
  bool doc_included(std::uint32_t doc) const { return doc < included.size() && included[doc]; }

 private:
  void replay_entity_edits();   // unedited layer + every edit; selection, counts and derived data follow
  void count_doc_entities();    // doc_stats[].entities from the current entities
};

}  // namespace newslens::ui
