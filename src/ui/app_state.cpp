#include "ui/app_state.h"

#include <algorithm>
#include <chrono>

#include "core/cooccurrence.h"
#include "core/edits.h"

namespace newslens::ui {

namespace {
constexpr const char* kViewNames[kViewCount] = {"documents", "reader",  "entities", "network",
                                                "heatmap",   "bars",    "quotes",   "compare"};
constexpr const char* kViewLabels[kViewCount] = {"Documents", "Reader",   "Entities", "Network",
                                                 "Heat map",  "Bars",     "Quotes",   "Compare"};
constexpr const char* kMeasureNames[5] = {"count", "pmi", "npmi", "dice", "llr"};
}  // namespace

const char* view_name(View view) { return kViewNames[static_cast<int>(view)]; }
const char* view_label(View view) { return kViewLabels[static_cast<int>(view)]; }

std::optional<View> parse_view(std::string_view name) {
  for (int i = 0; i < kViewCount; ++i)
    if (name == kViewNames[i]) return static_cast<View>(i);
  return std::nullopt;
}

const char* measure_name(Measure m) { return kMeasureNames[static_cast<int>(m)]; }

std::optional<Measure> parse_measure(std::string_view name) {
  for (int i = 0; i < 5; ++i)
    if (name == kMeasureNames[i]) return static_cast<Measure>(i);
  return std::nullopt;
}

double measure_value(const core::PairStat& p, Measure m) {
  switch (m) {
    case Measure::kCount: return p.count;
    case Measure::kPmi: return p.pmi;
    case Measure::kNpmi: return p.npmi;
    case Measure::kDice: return p.dice;
    case Measure::kLlr: return p.llr;
  }
  return p.count;
}

void AppState::set_corpus(core::Corpus corpus) {
  const auto start = std::chrono::steady_clock::now();
  banners.clear();
  for (const core::InputError& e : corpus.errors) banners.push_back({e.path, e.message, true});
  for (const core::Document& d : corpus.documents)
    for (const std::string& w : d.warnings) banners.push_back({d.path, w, false});
  core::AnalyzeOptions options;
  options.profile = &analysis_profile;
  analysis = core::analyze(std::move(corpus), lexicons, options);
  ++corpus_generation;
  const std::size_t n = analysis.corpus.documents.size();
  included.assign(n, true);
  doc_stats.assign(n, DocStats{});
  for (std::size_t i = 0; i < n; ++i) {
    doc_stats[i].words = core::word_count(analysis.texts[i]);
    doc_stats[i].source = source_label(analysis.corpus.documents[i]);  // not per frame: a search of user_files
  }
  for (const core::Quote& q : analysis.quotes) ++doc_stats[q.doc].quotes;
  // The user's corrections outlive the analysis they were made on: replayed by names on the new one.
  entity_edits.unedited = core::copy_entity_layer(analysis);
  entity_edits.outcomes = core::apply_entity_edits(analysis, entity_edits.edits);
  count_doc_entities();
  selected_doc.reset();
  selected_entity.reset();
  selected_quote.reset();
  reveal_span.reset();
  if (n > 0) selected_doc = 0;
  derived_dirty = true;
  analysis_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

void AppState::load_user_corpus(core::Corpus incoming, std::vector<std::string> files, bool replace) {
  if (incoming.documents.empty()) {
    // Nothing readable: keep every article already loaded and say why each file was refused.
    for (const core::InputError& e : incoming.errors) banners.push_back({e.path, e.message, true});
    if (incoming.errors.empty()) banners.push_back({"", "no articles in the files given", true});
    return;
  }
  // Only files that gave articles are kept for the next visit.
  std::erase_if(files, [&](const std::string& f) {
    return std::none_of(incoming.documents.begin(), incoming.documents.end(),
                        [&](const core::Document& d) { return d.path == f; });
  });
  core::Corpus combined;
  if (!replace) combined.documents = analysis.corpus.documents;
  const auto first_new = static_cast<std::uint32_t>(combined.documents.size());
  for (core::Document& d : incoming.documents) {
    // Ids stay unique across the joined corpus: a second "notes.txt" becomes "notes#2".
    const std::string base = d.id;
    for (int n = 2; std::any_of(combined.documents.begin(), combined.documents.end(),
                                [&](const core::Document& o) { return o.id == d.id; });
         ++n)
      d.id = base + "#" + std::to_string(n);
    combined.documents.push_back(std::move(d));
  }
  combined.errors = std::move(incoming.errors);
  if (replace) {
    bundled_corpus = false;
    user_files.clear();
  }
  user_files.insert(user_files.end(), files.begin(), files.end());
  set_corpus(std::move(combined));
  selected_doc = first_new;  // the user's first new article, what they came to read
  persist_corpus_requested = true;
}

std::string_view AppState::source_label(const core::Document& d) const {
  if (!d.outlet.empty()) return d.outlet;
  if (std::find(user_files.begin(), user_files.end(), d.path) == user_files.end()) return "Unknown outlet";
  const std::string_view path = d.path;
  if (path.ends_with(".json") || path.ends_with(".jsonl")) return d.id;
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

void AppState::refresh_derived() {
  if (!derived_dirty) return;
  derived_dirty = false;
  ++derived_generation;
  entity_mentions_included.assign(analysis.entities.size(), 0);
  for (const core::Mention& m : analysis.mentions)
    if (doc_included(m.doc)) ++entity_mentions_included[m.entity];

  core::CooccurrenceFilter filter;
  filter.documents = included;
  filter.type_mask = chart.type_mask;
  filter.min_count = chart.min_count;
  chart_pairs = core::compute_cooccurrence(analysis, chart.window, filter);

  chart_entities.clear();
  for (std::uint32_t e = 0; e < analysis.entities.size(); ++e) {
    const auto type_bit = 1u << static_cast<unsigned>(analysis.entities[e].type);
    if ((chart.type_mask & type_bit) && entity_mentions_included[e] > 0) chart_entities.push_back(e);
  }
  std::sort(chart_entities.begin(), chart_entities.end(), [&](std::uint32_t a, std::uint32_t b) {
    return entity_mentions_included[a] != entity_mentions_included[b]
               ? entity_mentions_included[a] > entity_mentions_included[b]
               : analysis.entities[a].name < analysis.entities[b].name;
  });
  if (chart_entities.size() > static_cast<std::size_t>(chart.top_n)) chart_entities.resize(chart.top_n);
}

void AppState::select_entity(std::uint32_t entity) {
  if (entity >= analysis.entities.size()) return;
  selected_entity = entity;
}

void AppState::count_doc_entities() {
  for (DocStats& s : doc_stats) s.entities = 0;
  for (const core::Entity& e : analysis.entities) {
    std::uint32_t last_doc = UINT32_MAX;
    for (std::uint32_t m : e.mentions) {  // mentions are in document order
      const std::uint32_t doc = analysis.mentions[m].doc;
      if (doc != last_doc) ++doc_stats[doc].entities;
      last_doc = doc;
    }
  }
}

bool AppState::add_entity_edit(const core::EntityEdit& edit, std::string& error) {
  // Tried on a copy of the entity layer first, so an edit that names nothing is reported and not kept.
  const core::EntityLayer before = core::copy_entity_layer(analysis);
  const core::EditOutcome outcome = core::apply_entity_edit(analysis, edit);
  core::restore_entity_layer(analysis, before);
  if (!outcome.applied) {
    error = outcome.message;
    return false;
  }
  entity_edits.edits.push_back(edit);
  persist_edits_requested = true;
  replay_entity_edits();
  if (entity_edits.outcomes.back().entity) selected_entity = entity_edits.outcomes.back().entity;
  return true;
}

void AppState::undo_entity_edit() {
  if (entity_edits.edits.empty()) return;
  entity_edits.edits.pop_back();
  persist_edits_requested = true;
  replay_entity_edits();
}

void AppState::set_entity_edits(std::vector<core::EntityEdit> edits) {
  entity_edits.edits = std::move(edits);
  persist_edits_requested = true;
  replay_entity_edits();
}

void AppState::replay_entity_edits() {
  // Entity indices change under edits; the selection is kept by name (a merged name finds its new entity
  // through its alias).
  const std::string selected_name = selected_entity ? analysis.entities[*selected_entity].name : std::string();
  core::restore_entity_layer(analysis, entity_edits.unedited);
  entity_edits.outcomes = core::apply_entity_edits(analysis, entity_edits.edits);
  count_doc_entities();
  selected_entity.reset();
  if (!selected_name.empty()) selected_entity = core::find_entity(analysis, selected_name);
  derived_dirty = true;
}

}  // namespace newslens::ui
