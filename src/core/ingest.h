// Ingest: turns the bytes of one input (.txt, .md, .html, .jsonl, .json) into documents, or into an error entry.
// In: the input's path (used for its id and format) and its bytes. Out: documents appended to a Corpus,
// each with its lines classified (title, byline, dateline, heading, boilerplate, body), title, outlet and
// date where the text gives them, and warnings (invalid UTF-8). Never throws or aborts on bad input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/document.h"

namespace newslens::core {

inline constexpr std::size_t kMaxInputBytes = std::size_t{64} << 20;  // 64 MiB per input

enum class InputFormat { kText, kMarkdown, kHtml, kJsonLines, kJson, kUnsupported };

InputFormat input_format_for(std::string_view path);

// Adds what `bytes` holds to `corpus`: one or more documents, or an InputError naming `path`.
// Document ids are made unique within the corpus (a clash is qualified by the parent folder).
void ingest_bytes(std::string_view path, std::string_view bytes, Corpus& corpus);

// Classifies the lines of doc.text and fills title, date and outlet where the text gives them and they are
// still empty. Exposed for tests and for records whose text arrives without a file.
void classify_lines(Document& doc, bool markdown);

}  // namespace newslens::core
