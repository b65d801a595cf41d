#include "core/ingest.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/ascii.h"
#include "core/dates.h"
#include "core/encodings.h"
#include "core/html.h"
#include "core/html_markup.h"
#include "core/json.h"
#include "core/page_furniture.h"
#include "core/utf8.h"

namespace newslens::core {

// [SECTION] helpers  [SECTION] documents  [SECTION] records  [SECTION] files  [SECTION] front matter
// [SECTION] lines

// [SECTION] helpers
namespace {

std::string_view file_name(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view stem(std::string_view path) {
  std::string_view name = file_name(path);
  const std::size_t dot = name.find_last_of('.');
  return dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot);
}

std::string_view parent_name(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  if (slash == std::string_view::npos) return {};
  return file_name(path.substr(0, slash));
}


// Trims ASCII space, a UTF-8 byte order mark and non-breaking spaces from both ends of a span.
Span trim(std::string_view text, Span s) {
  while (s.start < s.end) {
    if (is_space(text[s.start])) { ++s.start; continue; }
    if (text.substr(s.start, 3) == "\xEF\xBB\xBF") { s.start += 3; continue; }
    if (text.substr(s.start, 2) == "\xC2\xA0") { s.start += 2; continue; }
    break;
  }
  while (s.end > s.start) {
    if (is_space(text[s.end - 1])) { --s.end; continue; }
    if (s.end - s.start >= 2 && text.substr(s.end - 2, 2) == "\xC2\xA0") { s.end -= 2; continue; }
    break;
  }
  return s;
}

std::string_view view(std::string_view text, Span s) { return text.substr(s.start, s.size()); }

// The site a web address names, as an outlet where nothing else names one: "https://www.reuters.com/world/..."
// is "reuters.com".
std::string host_of(std::string_view url) {
  for (std::string_view scheme : {"https://", "http://"})
    if (istarts_with(url, scheme)) url.remove_prefix(scheme.size());
  if (istarts_with(url, "www.")) url.remove_prefix(4);
  url = url.substr(0, url.find_first_of("/?#:"));
  return url.find('.') == std::string_view::npos || url.find(' ') != std::string_view::npos ? std::string()
                                                                                             : std::string(url);
}

// "by time news", "By Jane Doe, Reuters": short, starts with "by", no sentence punctuation.
bool is_byline(std::string_view line) {
  if (!istarts_with(line, "by ") || line.size() > 80) return false;
  return line.find_first_of(".!?\xE2") == std::string_view::npos || line.find(", ") != std::string_view::npos;
}

// Set in Title Case: of the words of four letters or more (marks and brackets aside), at least three and all
// but one in five start with a capital. PolNeAR ends every headline with a full stop ("Obama Sees 'Personal
// Insult' if Blacks Don't Rally for Hillary Clinton."); a lede is in sentence case (articles 000, 001).
bool is_title_case(std::string_view line) {
  int long_words = 0, capitalised = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ') ++j;
    std::string_view w = line.substr(i, j - i);
    i = j;
    // Leading marks and brackets: ASCII punctuation and the UTF-8 quotation marks.
    while (!w.empty() && (w[0] == '"' || w[0] == '\'' || w[0] == '(' || w[0] == '[')) w.remove_prefix(1);
    while (w.size() >= 3 && static_cast<unsigned char>(w[0]) == 0xE2 && static_cast<unsigned char>(w[1]) == 0x80) w.remove_prefix(3);
    int letters = 0;
    for (char c : w) letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letters < 4) continue;
    ++long_words;
    capitalised += w[0] >= 'A' && w[0] <= 'Z';
  }
  return long_words >= 3 && 5 * capitalised >= 4 * long_words;
}

bool ends_sentence(std::string_view line) {
  // Strip closing quotes and brackets, then look for . ! ? or an ellipsis.
  while (!line.empty()) {
    const std::string_view tail3 = line.size() >= 3 ? line.substr(line.size() - 3) : std::string_view{};
    if (tail3 == "\xE2\x80\x9D" || tail3 == "\xE2\x80\x99" || tail3 == "\xC2\xBB") { line.remove_suffix(3); continue; }
    if (line.back() == '"' || line.back() == '\'' || line.back() == ')') { line.remove_suffix(1); continue; }
    break;
  }
  if (line.empty()) return false;
  const char c = line.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || (line.size() >= 3 && line.substr(line.size() - 3) == "\xE2\x80\xA6");
}

// Names that mark a byline as an outlet rather than an author ("by time news").
bool looks_like_outlet(std::string_view name) {
  for (std::string_view w : {"news", "times", "post", "press", "agency", "reuters", "afp", "bbc", "cnn", "tass",
                             "xinhua", "herald", "journal", "tribune", "gazette", "telegraph", "guardian"}) {
    for (std::size_t i = 0; i + w.size() <= name.size(); ++i)
      if (iequals(name.substr(i, w.size()), w)) return true;
  }
  return false;
}

std::string title_case(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    start = c == ' ';
  }
  return out;
}

// A lede used as title is cut at a word boundary so lists stay readable.
std::string shorten_title(std::string_view line) {
  constexpr std::size_t kMax = 110;
  if (line.size() <= kMax) return std::string(line);
  std::size_t cut = line.rfind(' ', kMax);
  if (cut == std::string_view::npos || cut < kMax / 2) cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // never split a code point
  std::string out(line.substr(0, cut));
  while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
  return out + "\xE2\x80\xA6";
}

// [SECTION] documents
void add_document(Corpus& corpus, Document doc) {
  // Ids are unique within a corpus: "sport/001" when two folders both hold 001.txt.
  auto taken = [&](const std::string& id) {
    return std::any_of(corpus.documents.begin(), corpus.documents.end(),
                       [&](const Document& d) { return d.id == id; });
  };
  if (taken(doc.id)) {
    const std::string_view parent = parent_name(doc.path);
    if (!parent.empty() && !taken(std::string(parent) + "/" + doc.id)) doc.id = std::string(parent) + "/" + doc.id;
    for (int n = 2; taken(doc.id); ++n) doc.id = doc.id + "#" + std::to_string(n);
  }
  corpus.documents.push_back(std::move(doc));
}


InputError make_error(std::string_view path, std::string_view bytes, std::size_t offset, std::string message) {
  InputError e;
  e.path.assign(path);
  e.message = std::move(message);
  e.offset = offset;
  e.line = line_of(bytes, offset, e.column);
  return e;
}

// Rejects what cannot be text at all. Returns an empty message when the bytes are acceptable.
std::string reject_reason(std::string_view bytes, std::size_t& offset) {
  offset = 0;
  if (bytes.size() > kMaxInputBytes) {
    return "file too large: " + std::to_string(bytes.size()) + " bytes (the limit is " +
           std::to_string(kMaxInputBytes >> 20) + " MiB)";
  }
  const std::size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    offset = nul;
    return "binary file, not text: NUL byte at offset " + std::to_string(nul);
  }
  // Mostly-invalid UTF-8 at the start means an image, archive or another encoding, not a stray byte.
  const std::string_view head = bytes.substr(0, 4096);
  std::size_t invalid = 0;
  std::size_t first_invalid = std::string_view::npos;
  for (std::size_t i = find_invalid_utf8(head); i != std::string_view::npos; i = find_invalid_utf8(head, i + 1)) {
    if (first_invalid == std::string_view::npos) first_invalid = i;
    ++invalid;
  }
  if (invalid > 16 && invalid * 20 > head.size()) {
    offset = first_invalid;
    return "not UTF-8 text: " + std::to_string(invalid) + " invalid bytes in the first " +
           std::to_string(head.size()) + " bytes";
  }
  if (trim(bytes, Span{0, static_cast<std::uint32_t>(bytes.size())}).empty()) return "empty file: no text to analyse";
  return {};
}

void add_utf8_warnings(Document& doc) {
  std::size_t first = find_invalid_utf8(doc.text);
  if (first == std::string_view::npos) return;
  std::size_t count = 0;
  for (std::size_t i = first; i != std::string_view::npos; i = find_invalid_utf8(doc.text, i + 1)) ++count;
  std::uint32_t column = 0;
  const std::uint32_t line = line_of(doc.text, first, column);
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(doc.text[first]));
  doc.warnings.push_back("invalid UTF-8: " + std::to_string(count) + (count == 1 ? " byte" : " bytes") +
                         " shown as U+FFFD, the first (" + byte + ") at offset " + std::to_string(first) +
                         " (line " + std::to_string(line) + ", column " + std::to_string(column) + ")");
}

// `valid`: the bytes are known to be UTF-8 (checked or converted), so no second scan.
void ingest_text(std::string_view path, std::string_view bytes, bool markdown, Corpus& corpus, bool valid,
                 const char* encoding, std::string warning) {
  Document doc;
  doc.id.assign(stem(path));
  doc.path.assign(path);
  doc.text.assign(bytes);
  doc.encoding = encoding;
  if (!warning.empty()) doc.warnings.push_back(std::move(warning));
  if (!valid) add_utf8_warnings(doc);
  classify_lines(doc, markdown);
  add_document(corpus, std::move(doc));
}

// A page saved from a browser: its article's text, with what the page says of its outlet, date and address.
void ingest_html(std::string_view path, std::string_view bytes, Corpus& corpus, bool valid, const char* encoding,
                 std::string warning) {
  HtmlArticle page = read_html(bytes);
  if (trim(page.text, Span{0, static_cast<std::uint32_t>(page.text.size())}).empty()) {
    corpus.errors.push_back(make_error(path, {}, 0, "no article text in the page: it holds only scripts, styles and markup"));
    return;
  }
  Document doc;
  doc.id.assign(stem(path));
  doc.path.assign(path);
  doc.text = std::move(page.text);
  doc.outlet = page.outlet.empty() ? host_of(page.url) : std::move(page.outlet);
  doc.date = std::move(page.date);
  doc.url = std::move(page.url);
  doc.encoding = encoding;
  if (!warning.empty()) doc.warnings.push_back(std::move(warning));
  if (!valid) add_utf8_warnings(doc);
  classify_lines(doc, false);
  add_document(corpus, std::move(doc));
}

// [SECTION] records
std::string string_field(const JsonValue& record, std::string_view key) {
  const JsonValue* v = record.find(key);
  if (v == nullptr) return {};
  if (v->is_string()) return v->string;
  if (v->kind == JsonValue::Kind::kNumber) {
    std::string out;
    append_json_number(out, v->number);
    return out;
  }
  return {};
}

// One article record of .json/.jsonl. Returns an error message, or empty when a document was added.
// A record's fields under the names of the contract first, then those that scrapers and feeds export:
// news-please ("maintext", "date_publish", "source_domain"), newspaper3k ("publish_date"), RSS ("pubDate",
// "link"), CMS exports ("body", "content", "headline", "published_at", "source", "site_name").
constexpr std::string_view kTextFields[] = {"text", "maintext", "body", "content", "article"};
constexpr std::string_view kTitleFields[] = {"title", "headline"};
constexpr std::string_view kOutletFields[] = {"outlet", "source", "source_domain", "site_name", "publisher"};
constexpr std::string_view kDateFields[] = {"date", "date_publish", "publish_date", "published_at", "publishedAt",
                                            "published", "pubDate", "datePublished"};
constexpr std::string_view kUrlFields[] = {"url", "link"};

// The first of `keys` the record gives as a string, or as an object's "name" (NewsAPI's "source": {"id": ...,
// "name": "Reuters"}) or "rendered" (WordPress's REST API: "title": {"rendered": "Xi &amp; Putin meet"}).
template <std::size_t N>
std::string first_field(const JsonValue& record, const std::string_view (&keys)[N]) {
  for (std::string_view key : keys) {
    if (std::string value = string_field(record, key); !value.empty()) return value;
    if (const JsonValue* v = record.find(key); v && v->kind == JsonValue::Kind::kObject)
      for (std::string_view inner : {"name", "rendered"})
        if (std::string name = string_field(*v, inner); !name.empty()) return name;
  }
  return {};
}

// Text that is HTML, as feeds and CMS APIs give an article's body ("<p>&ldquo;We are friends,&rdquo; Xi
// said.</p>"): paragraph or line-break tags in it.
bool is_markup(std::string_view text) {
  for (std::string_view tag : {"</p>", "</P>", "<br", "<BR", "</div>"})
    if (text.find(tag) != std::string_view::npos) return true;
  return false;
}

std::string ingest_record(std::string_view path, const JsonValue& record, std::size_t index, Corpus& corpus) {
  if (record.kind != JsonValue::Kind::kObject) return "an article must be a JSON object";
  const JsonValue* text = nullptr;
  for (std::string_view key : kTextFields) {
    const JsonValue* v = record.find(key);
    if (v != nullptr && v->kind == JsonValue::Kind::kObject) v = v->find("rendered");  // WordPress
    if (v != nullptr && v->is_string() && text == nullptr) text = v;
  }
  if (text == nullptr) return "the article has no \"text\" string";
  // A body in HTML is read as a page is, and its title's references are decoded with it.
  const bool markup = is_markup(text->string);
  std::string body = markup ? read_html(text->string).text : text->string;
  if (trim(body, Span{0, static_cast<std::uint32_t>(body.size())}).empty()) return "the article's \"text\" is empty";
  Document doc;
  doc.id = string_field(record, "id");
  if (doc.id.empty()) doc.id = std::string(stem(path)) + "-" + std::to_string(index + 1);
  doc.path.assign(path);
  doc.title = first_field(record, kTitleFields);
  if (markup) doc.title = decoded_text(doc.title);
  doc.outlet = first_field(record, kOutletFields);
  doc.date = first_field(record, kDateFields);
  // A timestamp or a written date is a day ("2023-10-18T09:41:00Z", "Oct 18, 2023"); what no reading fits stays.
  std::string iso;
  std::size_t used = 0;
  if (!doc.date.empty() && parse_date(doc.date, iso, used)) doc.date = iso;
  doc.url = first_field(record, kUrlFields);
  doc.text = std::move(body);
  add_utf8_warnings(doc);
  classify_lines(doc, false);
  add_document(corpus, std::move(doc));
  return {};
}

void ingest_json_lines(std::string_view path, std::string_view bytes, Corpus& corpus) {
  std::size_t pos = 0;
  std::size_t index = 0;
  const std::size_t before = corpus.documents.size();
  while (pos < bytes.size()) {
    std::size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    const Span line = trim(bytes, Span{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(eol)});
    if (!line.empty()) {
      const JsonParseResult parsed = parse_json(view(bytes, line));
      std::string problem;
      if (!parsed.ok) problem = "invalid JSON: " + parsed.error;
      else problem = ingest_record(path, parsed.value, index, corpus);
      if (!problem.empty()) corpus.errors.push_back(make_error(path, bytes, line.start + parsed.offset, problem));
      ++index;
    }
    pos = eol + 1;
  }
  if (corpus.documents.size() == before && index == 0)
    corpus.errors.push_back(make_error(path, bytes, 0, "empty file: no JSON lines"));
}

void ingest_json(std::string_view path, std::string_view bytes, Corpus& corpus) {
  const JsonParseResult parsed = parse_json(bytes);
  if (!parsed.ok) {
    corpus.errors.push_back(make_error(path, bytes, parsed.offset, "invalid JSON: " + parsed.error));
    return;
  }
  // An array of articles, or an API's reply that holds one: NewsAPI's {"status": ..., "articles": [...]}.
  const JsonValue* list = parsed.value.kind == JsonValue::Kind::kArray ? &parsed.value : nullptr;
  if (!list && parsed.value.kind == JsonValue::Kind::kObject && !parsed.value.find("text"))
    for (std::string_view key : {"articles", "items", "results", "data", "posts", "entries"})
      if (const JsonValue* v = parsed.value.find(key); v && v->kind == JsonValue::Kind::kArray && !list) list = v;
  if (list) {
    for (std::size_t i = 0; i < list->array.size(); ++i) {
      const std::string problem = ingest_record(path, list->array[i], i, corpus);
      if (!problem.empty())
        corpus.errors.push_back(make_error(path, bytes, 0, "article " + std::to_string(i + 1) + ": " + problem));
    }
    if (list->array.empty()) corpus.errors.push_back(make_error(path, bytes, 0, "empty JSON array: no articles"));
    return;
  }
  const std::string problem = ingest_record(path, parsed.value, 0, corpus);
  if (!problem.empty()) corpus.errors.push_back(make_error(path, bytes, 0, problem));
}

}  // namespace

// [SECTION] files
InputFormat input_format_for(std::string_view path) {
  const std::string_view name = file_name(path);
  const std::size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos) return InputFormat::kUnsupported;
  const std::string_view ext = name.substr(dot + 1);
  if (iequals(ext, "txt") || iequals(ext, "text")) return InputFormat::kText;
  if (iequals(ext, "md") || iequals(ext, "markdown")) return InputFormat::kMarkdown;
  if (iequals(ext, "jsonl") || iequals(ext, "ndjson")) return InputFormat::kJsonLines;
  if (iequals(ext, "json")) return InputFormat::kJson;
  if (iequals(ext, "html") || iequals(ext, "htm") || iequals(ext, "xhtml")) return InputFormat::kHtml;
  return InputFormat::kUnsupported;
}

void ingest_bytes(std::string_view path, std::string_view bytes, Corpus& corpus) {
  const InputFormat format = input_format_for(path);
  if (format == InputFormat::kUnsupported) {
    corpus.errors.push_back(make_error(path, {}, 0, "unsupported file type: expected .txt, .md, .html, .jsonl or .json"));
    return;
  }
  // A file in UTF-16 is converted first, JSON too (PowerShell's Out-File writes UTF-16); a text file in
  // Windows-1252 as well (not JSON, which has its own escapes for what ASCII lacks).
  Decoded decoded{{}, "UTF-8", {}};
  const bool text_file = format == InputFormat::kText || format == InputFormat::kMarkdown || format == InputFormat::kHtml;
  bool valid = false;  // known to be UTF-8, so no second scan
  if (bytes.size() <= kMaxInputBytes) {
    bool converted = decode_utf16(bytes, decoded);
    if (!converted && text_file) {
      valid = find_invalid_utf8(bytes) == std::string_view::npos;
      if (!valid) converted = decode_windows_1252(bytes, decoded);
    }
    if (converted) {
      bytes = decoded.text;
      valid = true;
    }
  }
  std::size_t offset = 0;
  const std::string reason = reject_reason(bytes, offset);
  if (!reason.empty()) {
    corpus.errors.push_back(make_error(path, bytes.substr(0, offset + 1), offset, reason));
    return;
  }
  switch (format) {
    case InputFormat::kText:
      ingest_text(path, bytes, false, corpus, valid, decoded.encoding, std::move(decoded.warning));
      break;
    case InputFormat::kMarkdown:
      ingest_text(path, bytes, true, corpus, valid, decoded.encoding, std::move(decoded.warning));
      break;
    // A JSON file's byte-order mark is no part of it (Windows tools write one); its texts are strings, whose
    // offsets do not depend on the file's bytes.
    case InputFormat::kJsonLines: ingest_json_lines(path, without_utf8_mark(bytes), corpus); break;
    case InputFormat::kJson: ingest_json(path, without_utf8_mark(bytes), corpus); break;
    case InputFormat::kHtml:
      ingest_html(path, bytes, corpus, valid, decoded.encoding, std::move(decoded.warning));
      break;
    case InputFormat::kUnsupported: break;
  }
}

// [SECTION] front matter
namespace {


// YAML front matter, as web clippers and static-site tools write it at the top of a Markdown file: "---", lines
// of "key: value", "---". Its lines are no article text (a clipper's quoted title had been a direct quote);
// title, date, address and outlet come from its keys. Returns how many lines it takes (0 for none).
std::size_t read_front_matter(Document& doc) {
  const std::string_view text = doc.text;
  if (doc.lines.size() < 2 || view(text, doc.lines[0].span) != "---") return 0;
  std::size_t end = 1;
  while (end < doc.lines.size() && end < 100 && view(text, doc.lines[end].span) != "---" &&
         view(text, doc.lines[end].span) != "...")
    ++end;
  if (end >= doc.lines.size() || end >= 100) return 0;
  std::string url;
  for (std::size_t i = 0; i <= end; ++i) {
    doc.lines[i].role = LineRole::kBoilerplate;
    const std::string_view line = view(text, doc.lines[i].span);
    const std::size_t colon = line.find(": ");
    if (colon == std::string_view::npos || line[0] == ' ' || line[0] == '-') continue;
    const std::string_view key = line.substr(0, colon);
    std::string_view value = line.substr(colon + 2);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    if (value.empty()) continue;
    std::string iso;
    std::size_t used = 0;
    if (iequals(key, "title") && doc.title.empty()) doc.title = shorten_title(value);
    else if ((iequals(key, "date") || iequals(key, "published")) && doc.date.empty())
      doc.date = parse_date(value, iso, used) ? iso : std::string(value);
    else if ((iequals(key, "source") || iequals(key, "url") || iequals(key, "link")) && url.empty()) url = value;
    else if ((iequals(key, "outlet") || iequals(key, "site") || iequals(key, "publisher")) && doc.outlet.empty())
      doc.outlet = value;
  }
  if (doc.url.empty() && url.starts_with("http")) doc.url = url;
  if (doc.outlet.empty()) doc.outlet = host_of(doc.url);
  return end + 1;
}

}  // namespace

// [SECTION] lines
// A dateline that is a date alone stands in the first lines, with the title and the byline; a date alone
// further down is the article's (PolNeAR's NYT corrections end "Friday, December 4, 2015.").
constexpr std::size_t kDatelineLines = 4;

void classify_lines(Document& doc, bool markdown) {
  const std::string_view text = doc.text;
  doc.lines.clear();
  // Collect non-empty lines and whether a blank line follows each (paragraph-per-blank-line layout).
  std::vector<bool> blank_after;
  // Lines end in "\n" ("\r\n" trims to it), or in "\r" alone in a file that has no "\n" (classic Mac OS, some
  // exports): there the whole file had been one line, its title.
  const char eol_char = text.find('\n') == std::string_view::npos && text.find('\r') != std::string_view::npos ? '\r' : '\n';
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t eol = text.find(eol_char, pos);
    if (eol == std::string_view::npos) eol = text.size();
    const Span line = trim(text, Span{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(eol)});
    if (!line.empty()) {
      doc.lines.push_back(Line{line, LineRole::kBody});
      blank_after.push_back(false);
    } else if (!blank_after.empty()) {
      blank_after.back() = true;
    }
    if (eol == text.size()) break;
    pos = eol + 1;
  }
  if (!blank_after.empty()) blank_after.back() = true;
  const bool blank_separated =
      std::count(blank_after.begin(), blank_after.end(), true) * 2 >= static_cast<long>(blank_after.size());

  bool title_seen = false;
  const bool given_title = !doc.title.empty();  // a JSON record's "title"
  bool in_footer = false;
  bool link_list = false;  // in the headlines after "Read more:"
  bool agency_tried = false;
  const std::size_t front = read_front_matter(doc);
  for (std::size_t i = front; i < doc.lines.size(); ++i) {
    Line& line = doc.lines[i];
    std::string_view s = view(text, line.span);
    if (in_footer || ends_article(s)) {
      in_footer = true;
      line.role = LineRole::kBoilerplate;
      continue;
    }
    if (link_list && !ends_sentence(s) && s.size() <= 120) {
      line.role = LineRole::kBoilerplate;
      continue;
    }
    link_list = false;
    if (opens_link_list(s)) {
      line.role = LineRole::kBoilerplate;
      link_list = true;
      continue;
    }
    if (is_furniture_line(s)) {
      line.role = LineRole::kBoilerplate;
      continue;
    }
    std::string date;
    if (parse_dateline(s, date) || (i < kDatelineLines && parse_date_line(s, date))) {
      line.role = LineRole::kDateline;
      if (doc.date.empty()) doc.date = date;
      continue;
    }
    if (is_byline(s)) {
      line.role = LineRole::kByline;
      std::string_view name = s.substr(3);
      // "By Jane Smith, CNN": the outlet after the reporters.
      if (const std::size_t comma = name.rfind(", "); comma != std::string_view::npos && looks_like_outlet(name.substr(comma + 2)))
        name.remove_prefix(comma + 2);
      if (doc.outlet.empty() && looks_like_outlet(name)) doc.outlet = title_case(name);
      continue;
    }
    const bool md_heading = markdown && !s.empty() && s[0] == '#';
    if (md_heading) {
      while (!s.empty() && (s[0] == '#' || s[0] == ' ')) s.remove_prefix(1);
      line.span.start = static_cast<std::uint32_t>(line.span.end - s.size());
    }
    if (!title_seen) {
      title_seen = true;
      // A headline does not end like a sentence, or is in Title Case; a first line that is a sentence is a
      // lede (articles 000, 001) and is analysed as body, though it still names the document. A record that
      // gives its own title starts its text with the body: Title Case alone does not make a headline there
      // (CoNLL's "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .").
      if (md_heading || !ends_sentence(s) || (!given_title && is_title_case(s))) line.role = LineRole::kTitle;
      if (doc.title.empty()) doc.title = shorten_title(s);
      continue;
    }
    if (doc.outlet.empty() && !agency_tried) {  // the first paragraph of the body
      agency_tried = true;
      std::string_view plain = s;
      while (!plain.empty() && (plain[0] == '*' || plain[0] == '_')) plain.remove_prefix(1);  // "**BEIJING, ..."
      if (const std::string_view agency = wire_agency(plain); !agency.empty()) doc.outlet = agency;
    }
    // Section headings inside the body: short, unpunctuated, standing alone between blank lines (003).
    const bool short_line = s.size() <= 120 && std::count(s.begin(), s.end(), ' ') <= 16;
    if (md_heading || (blank_separated && blank_after[i] && short_line && !ends_sentence(s)))
      line.role = LineRole::kHeading;
  }
}

}  // namespace newslens::core
