// bench_core: throughput of the analysis core over a folder of articles, for tools/bench.
//   newslens_bench [--runs N] [--assets DIR] PATH...
// Reads every input file into memory first, then times ingest + analyze N times on one thread and prints
// the median run: MB/s overall (1 MB = 10^6 bytes of input) and the seconds of each stage.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "core/ingest.h"
#include "platform/files.h"

#ifndef NEWSLENS_ASSET_DIR
#define NEWSLENS_ASSET_DIR "assets"
#endif

namespace {

using newslens::core::AnalyzeProfile;

struct Input {
  std::string path, bytes;
};

struct Run {
  double ingest = 0, analyze = 0;
  AnalyzeProfile stages;
  std::size_t entities = 0, mentions = 0, quotes = 0, pairs = 0, groups = 0, figures = 0;
  double total() const { return ingest + analyze; }
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

Run run_once(const std::vector<Input>& inputs, const newslens::core::Lexicons& lexicons) {
  using clock = std::chrono::steady_clock;
  Run r;
  const auto t0 = clock::now();
  newslens::core::Corpus corpus;
  for (const Input& in : inputs) newslens::core::ingest_bytes(in.path, in.bytes, corpus);
  const auto t1 = clock::now();
  newslens::core::AnalyzeOptions options;
  options.profile = &r.stages;
  const newslens::core::Analysis a = newslens::core::analyze(std::move(corpus), lexicons, options);
  const auto t2 = clock::now();
  r.ingest = std::chrono::duration<double>(t1 - t0).count();
  r.analyze = std::chrono::duration<double>(t2 - t1).count();
  r.entities = a.entities.size();
  r.mentions = a.mentions.size();
  r.quotes = a.quotes.size();
  r.pairs = a.cooccurrence.size();
  r.groups = a.quote_groups.size();
  r.figures = a.figures.size();
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  std::string assets = NEWSLENS_ASSET_DIR;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else if (arg == "--assets" && i + 1 < argc) assets = argv[++i];
    else paths.push_back(arg);
  }
  if (paths.empty()) {
    std::fprintf(stderr, "usage: newslens_bench [--runs N] [--assets DIR] PATH...\n");
    return 2;
  }
  std::vector<newslens::core::InputError> errors;
  std::vector<Input> inputs;
  std::size_t total_bytes = 0;
  for (const std::string& path : newslens::platform::collect_input_files(paths, errors)) {
    Input in;
    in.path = path;
    std::string error;
    if (!newslens::platform::read_file(path, newslens::core::kMaxInputBytes, in.bytes, error)) continue;
    total_bytes += in.bytes.size();
    inputs.push_back(std::move(in));
  }
  for (const auto& e : errors) std::fprintf(stderr, "%s: error: %s\n", e.path.c_str(), e.message.c_str());
  if (inputs.empty()) {
    std::fprintf(stderr, "newslens_bench: no input files\n");
    return 1;
  }
  const newslens::core::Lexicons lexicons = newslens::platform::load_lexicon_dir(assets + "/lexicons");

  run_once(inputs, lexicons);  // warm-up: page in code and allocator arenas
  std::vector<Run> all;
  for (int i = 0; i < runs; ++i) all.push_back(run_once(inputs, lexicons));
  std::vector<Run> sorted = all;
  std::sort(sorted.begin(), sorted.end(), [](const Run& x, const Run& y) { return x.total() < y.total(); });
  const Run& med = sorted[sorted.size() / 2];
  auto stage_median = [&](double AnalyzeProfile::*field) {
    std::vector<double> v;
    for (const Run& r : all) v.push_back(r.stages.*field);
    return median(v);
  };
  std::vector<double> totals;
  for (const Run& r : all) totals.push_back(r.total());
  const double mb = static_cast<double>(total_bytes) / 1e6;
  std::printf("input     %zu files, %.2f MB, read into memory before timing\n", inputs.size(), mb);
  std::printf("output    %zu entities, %zu mentions, %zu quotes, %zu quote groups, %zu figures, %zu pairs\n",
              med.entities, med.mentions, med.quotes, med.groups, med.figures, med.pairs);
  std::printf("overall   %8.1f MB/s   %7.1f ms   (ingest + analyze, median of %d runs; min %.1f ms, max %.1f ms)\n",
              mb / med.total(), med.total() * 1e3, runs, sorted.front().total() * 1e3, sorted.back().total() * 1e3);
  struct Stage {
    const char* name;
    double seconds;
  };
  const Stage stages[] = {
      {"ingest", median([&] { std::vector<double> v; for (const Run& r : all) v.push_back(r.ingest); return v; }())},
      {"segment", stage_median(&AnalyzeProfile::segment)},
      {"entities", stage_median(&AnalyzeProfile::entities)},
      {"quantities", stage_median(&AnalyzeProfile::quantities)},
      {"aliases", stage_median(&AnalyzeProfile::aliases)},
      {"quotes", stage_median(&AnalyzeProfile::quotes)},
      {"compare", stage_median(&AnalyzeProfile::compare)},
      {"  stories", stage_median(&AnalyzeProfile::compare_stories)},
      {"  quotes", stage_median(&AnalyzeProfile::compare_quotes)},
      {"  figures", stage_median(&AnalyzeProfile::compare_figures)},
      {"cooccurrence", stage_median(&AnalyzeProfile::cooccurrence)},
  };
  for (const Stage& s : stages)  // compare's parts are indented and already counted in compare
    std::printf("  %-12s %8.1f ms  %8.1f MB/s  %5.1f%%\n", s.name, s.seconds * 1e3, s.seconds > 0 ? mb / s.seconds : 0.0,
                100.0 * s.seconds / median(totals));
  return 0;
}
