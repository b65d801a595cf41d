// newslens: the command-line front end over the analysis core.
//   newslens analyze [--format json] [--assets DIR] [--min-count N] PATH...
// Prints the analysis as JSON on stdout (../shared/CONTRACT.md); problems go to stderr as
// "path:line:col: error: message". Exit 0 when all inputs were analysed, 1 when some were rejected, 2 on bad usage.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "core/analysis_json.h"
#include "platform/files.h"

#ifndef NEWSLENS_ASSET_DIR
#define NEWSLENS_ASSET_DIR "assets"
#endif

namespace {

constexpr const char* kUsage =
    "usage: newslens analyze [--format json] [--assets DIR] [--min-count N] PATH...\n"
    "  PATH           a .txt, .md, .html, .jsonl or .json article file, or a folder read recursively\n"
    "  --format json  one JSON object on stdout (the default and only format)\n"
    "  --assets DIR   folder holding lexicons/ (default: $NEWSLENS_ASSETS or the source tree's assets/)\n"
    "  --min-count N  leave out co-occurring pairs seen fewer than N times (default 1)\n"
    "inputs: text in UTF-8, UTF-16 with its byte-order mark, or Windows-1252 (the last two converted to UTF-8,\n"
    "  with a warning; offsets are then into the conversion, and the document's \"encoding\" says so);\n"
    "  JSON records with \"text\" or the fields news-please, newspaper3k, RSS and NewsAPI export;\n"
    "  web pages saved from a browser (the article's text, offsets into it; title, outlet, date from the page)\n"
    "exit status: 0 all inputs analysed, 1 some inputs rejected (listed under \"errors\"), 2 bad usage\n";

int usage_error(const char* message) {
  std::fprintf(stderr, "newslens: %s\n%s", message, kUsage);
  return 2;
}

int run_analyze(int argc, char** argv) {
  std::vector<std::string> paths;
  const char* env_assets = std::getenv("NEWSLENS_ASSETS");
  std::string assets = env_assets ? env_assets : NEWSLENS_ASSET_DIR;
  newslens::core::AnalyzeOptions options;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--format") {
      if (++i >= argc || std::strcmp(argv[i], "json") != 0) return usage_error("--format takes json");
    } else if (arg == "--assets") {
      if (++i >= argc) return usage_error("--assets takes a folder");
      assets = argv[i];
    } else if (arg == "--min-count") {
      if (++i >= argc) return usage_error("--min-count takes a number");
      char* end = nullptr;
      const long n = std::strtol(argv[i], &end, 10);
      if (*end != '\0' || n < 1) return usage_error("--min-count takes a whole number of at least 1");
      options.min_pair_count = static_cast<std::uint32_t>(n);
    } else if (arg == "-h" || arg == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return usage_error(("unknown option " + arg).c_str());
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty()) return usage_error("no input paths");

  newslens::core::Corpus corpus;
  newslens::platform::ingest_paths(paths, corpus);
  const newslens::core::Lexicons lexicons = newslens::platform::load_lexicon_dir(assets + "/lexicons");
  const newslens::core::Analysis analysis = newslens::core::analyze(std::move(corpus), lexicons, options);

  const std::string json = newslens::core::analysis_to_json(analysis);
  std::fwrite(json.data(), 1, json.size(), stdout);
  for (const auto& e : analysis.corpus.errors) {
    if (e.line) std::fprintf(stderr, "%s:%u:%u: error: %s\n", e.path.c_str(), e.line, e.column, e.message.c_str());
    else std::fprintf(stderr, "%s: error: %s\n", e.path.c_str(), e.message.c_str());
  }
  for (const auto& d : analysis.corpus.documents)
    for (const auto& w : d.warnings) std::fprintf(stderr, "%s: warning: %s\n", d.path.c_str(), w.c_str());
  return analysis.corpus.errors.empty() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage_error("no command");
  const std::string command = argv[1];
  if (command == "analyze") return run_analyze(argc, argv);
  if (command == "-h" || command == "--help" || command == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  return usage_error(("unknown command " + command).c_str());
}
