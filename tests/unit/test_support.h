// Helpers for unit tests: the bundled corpus and lexicons read from the source tree.
#pragma once

#include <string>

#include "core/analysis.h"
#include "core/ingest.h"
#include "platform/files.h"

namespace newslens::test {

inline std::string source_path(const std::string& rel) { return std::string(NEWSLENS_SOURCE_DIR) + "/" + rel; }

inline const core::Lexicons& lexicons() {
  static const core::Lexicons lex = platform::load_lexicon_dir(source_path("assets/lexicons"));
  return lex;
}

inline std::string read(const std::string& rel) {
  std::string bytes, error;
  platform::read_file(source_path(rel), core::kMaxInputBytes, bytes, error);
  return bytes;
}

// Ingests one in-memory article.
inline core::Document ingest_one(const std::string& name, const std::string& bytes) {
  core::Corpus corpus;
  core::ingest_bytes(name, bytes, corpus);
  return corpus.documents.empty() ? core::Document{} : corpus.documents.front();
}

// The text of a span.
inline std::string text_of(const std::string& text, core::Span s) { return text.substr(s.start, s.size()); }

}  // namespace newslens::test
