// Helpers for the quotes and speakers tests: analyse one in-memory article and read its quotes as strings.
#pragma once

#include <string>
#include <vector>

#include "core/analysis.h"
#include "test_support.h"

namespace newslens::test {

struct QuoteView {
  std::string text, kind, speaker, mention, cue;
};

inline std::vector<QuoteView> quotes_of(const std::string& article) {
  core::Corpus corpus;
  core::ingest_bytes("article.txt", article, corpus);
  const core::Analysis a = core::analyze(std::move(corpus), lexicons());
  std::vector<QuoteView> out;
  if (a.corpus.documents.empty()) return out;
  const std::string& text = a.corpus.documents.front().text;
  for (const core::Quote& q : a.quotes) {
    QuoteView v;
    v.text = text_of(text, q.span);
    v.kind = core::quote_kind_name(q.kind);
    v.speaker = q.speaker;
    v.mention = q.speaker_mention ? text_of(text, *q.speaker_mention) : "";
    v.cue = q.cue;
    out.push_back(v);
  }
  return out;
}

}  // namespace newslens::test
