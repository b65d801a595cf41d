// Documents and input errors: what ingest produces and every later stage reads.
// Offsets are UTF-8 byte offsets, half-open [start, end), into Document::text exactly as read.
// Cleaning never edits text: it marks ranges (boilerplate, headings) that analysis skips or treats apart.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace newslens::core {

struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool empty() const { return end <= start; }
  std::uint32_t size() const { return end > start ? end - start : 0; }
  bool contains(std::uint32_t pos) const { return pos >= start && pos < end; }
  bool overlaps(Span o) const { return start < o.end && o.start < end; }
  friend bool operator==(Span, Span) = default;
};

// What a line of an article is, as recognised by ingest. Only kBody and kHeading lines are analysed for
// entities; kTitle is analysed too (headline quotes); the rest is noise kept for display only.
enum class LineRole : std::uint8_t { kBody, kTitle, kHeading, kByline, kDateline, kBoilerplate };

struct Line {
  Span span;           // without the trailing newline
  LineRole role = LineRole::kBody;
};

struct Document {
  std::string id;      // file name without extension, or the record's id
  std::string path;    // as given by the caller
  std::string title;   // empty when none was found
  std::string outlet;  // empty = unknown
  std::string date;    // ISO yyyy-mm-dd, empty = unknown
  std::string url;
  std::string text;    // the article text exactly as read (for .json/.jsonl: the decoded "text" string)
  // "UTF-8", or the encoding the file was converted from: "Windows-1252", "UTF-16LE", "UTF-16BE". Offsets are
  // into `text`, the UTF-8 conversion.
  std::string encoding = "UTF-8";
  std::vector<Line> lines;  // non-empty lines with their roles, in order
  std::vector<std::string> warnings;
};

// An input that could not be analysed at all. Names the input and the problem, quoting it where useful.
struct InputError {
  std::string path;
  std::string message;
  std::uint64_t offset = 0;   // byte offset of the problem in the input, when it has one
  std::uint32_t line = 0;     // 1-based line of the problem, 0 when not tied to a line
  std::uint32_t column = 0;   // 1-based byte column, 0 when not tied to a line
};

struct Corpus {
  std::vector<Document> documents;
  std::vector<InputError> errors;
};

}  // namespace newslens::core
