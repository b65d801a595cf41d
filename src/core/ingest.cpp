#include "core/ingest.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/json.h"
#include "core/utf8.h"

namespace newslens::core {

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

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

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

// Footer lines of news sites ("Leave a Comment" under time.news articles). Those introducing a comment form or a
// list of other articles end the article: all lines after them are boilerplate too.
constexpr std::array<std::string_view, 5> kArticleEnds = {"leave a comment", "leave a reply", "you may also like",
                                                         "related articles", "related posts"};
// Promotional one-liners are left out alone, since the article may go on after them: PolNeAR huff-post prints
// "Subscribe to HuffPost's politics podcast here." in the middle, with two thousand words of article below.
// Pages copied from a browser add "Story continues below advertisement", "Link Copied!", "Image caption".
constexpr std::array<std::string_view, 17> kPromoStarts = {
    "read more",          "share this",        "share on",      "follow us",      "subscribe to",    "sign up for",
    "advertisement",      "all rights reserved", "copyright \xC2\xA9", "story continues", "continue reading",
    "get the latest",     "link copied",       "copy link",     "image caption",  "image copyright", "media caption"};

// The opening of a list of links to other stories, whose headlines follow on lines of their own: "Read more:",
// "Related:", "More on this story". They would count as mentions in this one.
constexpr std::array<std::string_view, 7> kLinkListStarts = {"read more", "related", "more on this story", "see also",
                                                            "most read", "recommended", "more from"};

// Whether the line's first word runs on past a link list's opening: "Relatedly, ...", "Recommendedness".
bool relatedly(std::string_view line) {
  for (std::string_view start : kLinkListStarts)
    if (istarts_with(line, start))
      return line.size() > start.size() && ((line[start.size()] | 0x20) >= 'a' && (line[start.size()] | 0x20) <= 'z');
  return false;
}

// A line of sharing buttons copied with the page: "Share", "Facebook", "Twitter", "Email", "WhatsApp".
bool is_share_line(std::string_view line) {
  static constexpr std::string_view kWords[] = {"share", "facebook", "twitter", "x", "email", "e-mail", "whatsapp",
                                                "linkedin", "reddit", "pinterest", "print", "messenger", "telegram",
                                                "flipboard", "copy", "link", "comments", "save", "tweet"};
  if (line.empty() || line.size() > 60) return false;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == ',' || line[i] == '|' || line[i] == '!')) ++i;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != ',' && line[j] != '|' && line[j] != '!') ++j;
    if (j == i) break;
    const std::string_view w = line.substr(i, j - i);
    if (std::none_of(std::begin(kWords), std::end(kWords), [&](std::string_view k) { return iequals(w, k); }))
      return false;
    i = j;
  }
  return true;
}

// A Markdown image on a line of its own, "![alt text](address)": its alt text is a caption.
bool is_image_line(std::string_view line) {
  return line.starts_with("![") && line.find("](") != std::string_view::npos && line.back() == ')';
}

// A wire story's dateline opens its first paragraph and names the agency: "BEIJING, Oct 18 (Reuters) - ...",
// "WASHINGTON (AP) — ...". Returns the agency, or empty.
std::string_view wire_agency(std::string_view line) {
  const std::size_t open = line.substr(0, 64).find(" (");
  if (open == std::string_view::npos || open < 2 || open > 60) return {};
  const std::size_t close = line.find(')', open);
  if (close == std::string_view::npos || close - open > 32) return {};
  std::string_view after = line.substr(close + 1);
  while (!after.empty() && (after[0] == '*' || after[0] == '_')) after.remove_prefix(1);  // "(Reuters)** - "

  if (!after.starts_with(" - ") && !after.starts_with(" \xE2\x80\x94 ") && !after.starts_with(" \xE2\x80\x93 ") &&
      !after.starts_with(" -- "))
    return {};
  // The place before it is in capitals, up to a comma: "BEIJING", "NEW YORK", "WASHINGTON, Oct 18".
  const std::string_view place = line.substr(0, std::min(open, line.find(',')));
  if (place.size() < 2 || std::any_of(place.begin(), place.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return {};
  const std::string_view agency = line.substr(open + 2, close - open - 2);
  return agency.empty() || agency[0] < 'A' || agency[0] > 'Z' ? std::string_view{} : agency;
}

// A copyright line ("© 2023 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
// "Copyright 2023 The Associated Press."). Not a sentence about copyright ("Copyright law changed in 2023.").
bool is_copyright_line(std::string_view line) {
  if (line.size() > 200) return false;
  if (line.starts_with("\xC2\xA9") || istarts_with(line, "(c) ")) return true;
  if (!istarts_with(line, "copyright ")) return false;
  const std::string_view rest = line.substr(10);
  return rest.starts_with("\xC2\xA9") || istarts_with(rest, "(c)") || (!rest.empty() && rest[0] >= '0' && rest[0] <= '9');
}

// A photograph's caption, which repeats the story's names beside the agency's: it ends on its credit ("...
// Sergei Guneev/Sputnik/AFP via Getty Images", "(AP Photo/Evan Vucci)") or opens on it ("Photograph: ...").
bool is_caption_line(std::string_view line) {
  if (line.size() > 400 || line.empty()) return false;
  if (const char c = ascii_lower(line[0]); c == 'p' || c == 'i')
    for (std::string_view open : {"photograph:", "photo:", "image:", "image source:", "picture:"})
      if (istarts_with(line, open)) return true;
  while (!line.empty() && (line.back() == '.' || line.back() == ')' || line.back() == ' ')) line.remove_suffix(1);
  // The last sixteen letters in lower case, once.
  std::array<char, 16> tail{};
  const std::size_t n = std::min(line.size(), tail.size());
  for (std::size_t k = 0; k < n; ++k) tail[k] = ascii_lower(line[line.size() - n + k]);
  const std::string_view end(tail.data(), n);
  for (std::string_view credit : {"getty images", "via reuters", "/afp", "/reuters", "/ap", "/epa", "/shutterstock",
                                  "/bloomberg"})
    if (end.ends_with(credit)) return true;
  return line.size() > 40 && line.substr(line.size() - 40).find("(AP Photo/") != std::string_view::npos;
}

template <std::size_t N>
bool starts_short_line(std::string_view line, const std::array<std::string_view, N>& starts) {
  if (line.empty()) return false;
  const char first = ascii_lower(line[0]);
  for (std::string_view start : starts)
    if (start[0] == first && line.size() < start.size() + 40 && istarts_with(line, start)) return true;
  return false;
}

// A reporter's social-media sign-off: Breitbart ends its articles with "Follow Pam Key on Twitter @pamkeyNEN."
// (PolNeAR), whose name would otherwise count as a person mentioned in the story.
// Inside a transcript quoted paragraph by paragraph it takes the paragraphs' opening mark: "\"Follow Pam Key ...".
bool is_follow_line(std::string_view line) {
  for (std::string_view mark : {"\"", "\xE2\x80\x9C"})
    if (line.substr(0, mark.size()) == mark) line.remove_prefix(mark.size());
  if (!istarts_with(line, "follow ") || line.size() > 160) return false;
  const std::size_t on = line.find(" on ");
  return on != std::string_view::npos && on < 48 &&
         (istarts_with(line.substr(on + 4), "twitter") || istarts_with(line.substr(on + 4), "facebook") ||
          istarts_with(line.substr(on + 4), "instagram"));
}

// "by time news", "By Jane Doe, Reuters": short, starts with "by", no sentence punctuation.
bool is_byline(std::string_view line) {
  if (!istarts_with(line, "by ") || line.size() > 80) return false;
  return line.find_first_of(".!?\xE2") == std::string_view::npos || line.find(", ") != std::string_view::npos;
}

bool is_iso_date_at(std::string_view s, std::size_t i) {
  if (i + 10 > s.size()) return false;
  for (std::size_t k = 0; k < 10; ++k) {
    const char c = s[i + k];
    if (k == 4 || k == 7) { if (c != '-') return false; }
    else if (c < '0' || c > '9') return false;
  }
  return true;
}

// [SECTION] dates
constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                                       "saturday", "sunday"};

// The letters of the word at `i` in lower case, and where it ends (a full stop after it is kept out).
std::string_view lower_word_at(std::string_view s, std::size_t i, std::size_t& end, std::array<char, 12>& buf) {
  end = i;
  while (end < s.size() && ((s[end] | 0x20) >= 'a' && (s[end] | 0x20) <= 'z')) ++end;
  if (end - i > buf.size()) return {};
  for (std::size_t k = i; k < end; ++k) buf[k - i] = ascii_lower(s[k]);
  return {buf.data(), end - i};
}

// A month's number from its name or an abbreviation of three letters or more ("Oct", "Sept"), 0 for none.
int month_of(std::string_view w) {
  if (w.size() < 3) return 0;
  for (std::size_t m = 0; m < kMonths.size(); ++m)
    if (kMonths[m].starts_with(w)) return static_cast<int>(m) + 1;
  return 0;
}

bool weekday_word(std::string_view w) {
  return w.size() >= 3 && std::any_of(kWeekdays.begin(), kWeekdays.end(), [&](std::string_view d) { return d.starts_with(w); });
}

// Digits at `i`, between `least` and `most` of them; -1 when there are none such.
int number_at(std::string_view s, std::size_t i, std::size_t least, std::size_t most, std::size_t& end) {
  end = i;
  int n = 0;
  while (end < s.size() && end - i < most + 1 && s[end] >= '0' && s[end] <= '9') n = n * 10 + (s[end++] - '0');
  return end - i < least || end - i > most ? -1 : n;
}

std::size_t skip_blanks(std::string_view s, std::size_t i, std::string_view also = {}) {
  while (i < s.size() && (is_space(s[i]) || also.find(s[i]) != std::string_view::npos)) ++i;
  return i;
}

// A date opening `s`, as ISO yyyy-mm-dd, and where it ends: "2023-10-18", "2023/10/18", "October 18, 2023",
// "Oct. 18, 2023", "18 October 2023", "Wednesday, 18th October 2023". Day-first and month-first numbers
// ("10/18/2023") are ambiguous and left alone.
bool parse_date(std::string_view s, std::string& iso, std::size_t& used) {
  std::size_t end = 0;
  std::array<char, 12> buf{};
  const auto emit = [&](int y, int m, int d) {
    if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return false;
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
    iso = out;
    return true;
  };
  // Numbers: yyyy-mm-dd, yyyy/mm/dd (an ISO time after it is left to the caller).
  if (const int y = number_at(s, 0, 4, 4, end); y >= 0 && end < s.size() && (s[end] == '-' || s[end] == '/')) {
    const char sep = s[end];
    const int m = number_at(s, end + 1, 1, 2, end);
    if (m < 0 || end >= s.size() || s[end] != sep) return false;
    const int d = number_at(s, end + 1, 1, 2, end);
    used = end;
    return d >= 0 && emit(y, m, d);
  }
  std::size_t i = 0;
  if (weekday_word(lower_word_at(s, 0, end, buf))) i = skip_blanks(s, end, ".,");
  const auto day_at = [&](std::size_t at, std::size_t& after) {
    const int d = number_at(s, at, 1, 2, after);
    if (d >= 0) {
      std::array<char, 12> suffix{};
      std::size_t e = after;
      const std::string_view w = lower_word_at(s, after, e, suffix);
      if (w == "st" || w == "nd" || w == "rd" || w == "th") after = e;
    }
    return d;
  };
  int month = month_of(lower_word_at(s, i, end, buf)), day = -1;
  if (month) {  // October 18, 2023
    day = day_at(skip_blanks(s, end, "."), end);
    if (day < 0) return false;
  } else {  // 18 October 2023
    day = day_at(i, end);
    if (day < 0) return false;
    month = month_of(lower_word_at(s, skip_blanks(s, end), end, buf));
    if (!month) return false;
  }
  const int year = number_at(s, skip_blanks(s, end, ".,"), 4, 4, end);
  used = end;
  return year >= 0 && (end == s.size() || !(s[end] >= '0' && s[end] <= '9')) && emit(year, month, day);
}

// Whether what follows a dateline's date is only its time and zone ("9:41 a.m. EDT", "| Updated 10:02 BST").
bool only_time_after(std::string_view rest) {
  static constexpr std::string_view kTimeWords[] = {"at", "am", "pm", "a", "m", "gmt", "bst", "utc", "et", "est",
                                                    "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "mt", "cet",
                                                    "cest", "ist", "aest", "updated", "published", "posted", "last", "on"};
  std::array<char, 12> buf{};
  for (std::size_t i = 0; i < rest.size();) {
    const char c = rest[i];
    if (is_space(c) || (c >= '0' && c <= '9') || std::string_view(":.,|-/()").find(c) != std::string_view::npos) {
      ++i;
      continue;
    }
    std::size_t end = 0;
    const std::string_view w = lower_word_at(rest, i, end, buf);
    if (w.empty()) return false;  // a letter beyond ASCII, a long word, another mark
    if (std::find(std::begin(kTimeWords), std::end(kTimeWords), w) == std::end(kTimeWords) && !month_of(w) &&
        !weekday_word(w))
      return false;
    i = end;
  }
  return true;
}

// A line near the top that is a date and nothing more, perhaps after "Published" or "Updated" and with its
// time: "October 18, 2023", "Published: 18 October 2023, 09:41 BST", "Updated Oct. 18, 2023 at 9:41 a.m. ET".
bool parse_date_line(std::string_view line, std::string& date) {
  if (line.size() > 100) return false;
  std::size_t i = 0;
  for (std::string_view word : {"first published", "last updated", "published", "updated", "posted", "date"})
    if (istarts_with(line, word)) {
      i = skip_blanks(line, word.size(), ":");
      if (istarts_with(line.substr(i), "on ")) i += 3;
      break;
    }
  // The time may come first: "Updated 9:41 AM EDT, Wed October 18, 2023". Tried at each word while what it
  // passes is time.
  for (std::size_t at = i, checked = i; at < line.size(); ++at) {
    if (at > i && line[at - 1] != ' ') continue;
    if (!only_time_after(line.substr(checked, at - checked))) return false;
    checked = at;
    std::size_t used = 0;
    if (parse_date(line.substr(at), date, used) && only_time_after(line.substr(at + used))) return true;
  }
  return false;
}

// " date 2023-10-26 Vladimir Putin e Xi Jinping" (article 003): a CMS dateline with an ISO date.
bool parse_dateline(std::string_view line, std::string& date) {
  for (std::string_view word : {"date ", "published ", "published: ", "updated ", "updated: ", "posted "}) {
    if (!istarts_with(line, word)) continue;
    std::size_t i = word.size();
    while (i < line.size() && is_space(line[i])) ++i;
    if (is_iso_date_at(line, i)) {
      date.assign(line.substr(i, 10));
      return true;
    }
  }
  return false;
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

std::uint32_t line_of(std::string_view bytes, std::size_t offset, std::uint32_t& column) {
  std::uint32_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i)
    if (bytes[i] == '\n') { ++line; line_start = i + 1; }
  column = static_cast<std::uint32_t>(offset - line_start + 1);
  return line;
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

// [SECTION] encodings
// A text file that is not UTF-8 is most often one of two older encodings a user's tools still write:
// Windows-1252 (Word's "Plain Text", older editors: "£" is 0xA3, curly quotes 0x93 and 0x94, which left every
// quotation unfound) and UTF-16 with a byte-order mark (Notepad's "Unicode"), which had been refused as binary.
// Both are converted to UTF-8, with a warning; offsets are into the conversion, and Document::encoding says so.

// Windows-1252's 0x80-0x9F; 0 where it defines nothing. Above 0x9F it is Latin-1, the code point itself.
constexpr std::array<char16_t, 32> kWindows1252 = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

char32_t windows_1252(unsigned char b) {
  if (b < 0x80 || b > 0x9F) return b;
  return kWindows1252[b - 0x80] ? kWindows1252[b - 0x80] : kReplacementChar;
}

// Whether `bytes`, not valid UTF-8, read as a single-byte encoding: no byte above ASCII starts a valid UTF-8
// sequence (a UTF-8 file with a stray byte keeps its offsets and gets U+FFFD), no control character but white
// space, and a fifth of the bytes above ASCII at most (Shift JIS, GBK or a binary are refused as before).
bool single_byte_text(std::string_view bytes) {
  std::size_t high = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v') return false;
    if (b < 0x80) continue;
    ++high;
    std::size_t len = 0;
    if (decode_utf8(bytes, i, len) != kReplacementChar || len != 1) return false;
  }
  return high > 0 && high * 5 <= bytes.size();
}

std::string from_windows_1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char c : bytes) {
    if (static_cast<unsigned char>(c) < 0x80) out.push_back(c);
    else append_utf8(out, windows_1252(static_cast<unsigned char>(c)));
  }
  return out;
}

// UTF-16 after its byte-order mark; an unpaired surrogate or an odd last byte becomes U+FFFD.
std::string from_utf16(std::string_view bytes, bool big_endian) {
  std::string out;
  out.reserve(bytes.size());
  const auto unit = [&](std::size_t i) {
    const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<char32_t>(big_endian ? (a << 8 | b) : (b << 8 | a));
  };
  std::size_t i = 2;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      i += 2;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = kReplacementChar;
    }
    append_utf8(out, cp);
  }
  if (i < bytes.size()) append_utf8(out, kReplacementChar);
  return out;
}

std::string_view without_utf8_mark(std::string_view bytes) {
  return bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes;
}

bool utf16_mark(std::string_view bytes, bool& big_endian) {
  if (bytes.size() < 2) return false;
  const auto a = static_cast<unsigned char>(bytes[0]), b = static_cast<unsigned char>(bytes[1]);
  big_endian = a == 0xFE;
  return (a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF);
}

// The warning a converted Windows-1252 file carries: how many bytes, the first, what it was read as.
std::string windows_1252_warning(std::string_view bytes) {
  std::size_t first = std::string_view::npos, count = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i)
    if (static_cast<unsigned char>(bytes[i]) >= 0x80) {
      if (first == std::string_view::npos) first = i;
      ++count;
    }
  std::uint32_t column = 0;
  const std::uint32_t line = line_of(bytes, first, column);
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(bytes[first]));
  std::string as;
  append_utf8(as, windows_1252(static_cast<unsigned char>(bytes[first])));
  return "not UTF-8, read as Windows-1252: " + std::to_string(count) + (count == 1 ? " byte" : " bytes") +
         " above ASCII, the first " + byte + " (" + as + ") at offset " + std::to_string(first) + " (line " +
         std::to_string(line) + ", column " + std::to_string(column) + ")";
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
// "name": "Reuters"}).
template <std::size_t N>
std::string first_field(const JsonValue& record, const std::string_view (&keys)[N]) {
  for (std::string_view key : keys) {
    if (std::string value = string_field(record, key); !value.empty()) return value;
    if (const JsonValue* v = record.find(key); v && v->kind == JsonValue::Kind::kObject)
      if (std::string name = string_field(*v, "name"); !name.empty()) return name;
  }
  return {};
}

std::string ingest_record(std::string_view path, const JsonValue& record, std::size_t index, Corpus& corpus) {
  if (record.kind != JsonValue::Kind::kObject) return "an article must be a JSON object";
  const JsonValue* text = nullptr;
  for (std::string_view key : kTextFields)
    if (const JsonValue* v = record.find(key); v != nullptr && v->is_string() && text == nullptr) text = v;
  if (text == nullptr) return "the article has no \"text\" string";
  if (trim(text->string, Span{0, static_cast<std::uint32_t>(text->string.size())}).empty())
    return "the article's \"text\" is empty";
  Document doc;
  doc.id = string_field(record, "id");
  if (doc.id.empty()) doc.id = std::string(stem(path)) + "-" + std::to_string(index + 1);
  doc.path.assign(path);
  doc.title = first_field(record, kTitleFields);
  doc.outlet = first_field(record, kOutletFields);
  doc.date = first_field(record, kDateFields);
  // A timestamp or a written date is a day ("2023-10-18T09:41:00Z", "Oct 18, 2023"); what no reading fits stays.
  std::string iso;
  std::size_t used = 0;
  if (!doc.date.empty() && parse_date(doc.date, iso, used)) doc.date = iso;
  doc.url = first_field(record, kUrlFields);
  doc.text = text->string;
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

InputFormat input_format_for(std::string_view path) {
  const std::string_view name = file_name(path);
  const std::size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos) return InputFormat::kUnsupported;
  const std::string_view ext = name.substr(dot + 1);
  if (iequals(ext, "txt") || iequals(ext, "text")) return InputFormat::kText;
  if (iequals(ext, "md") || iequals(ext, "markdown")) return InputFormat::kMarkdown;
  if (iequals(ext, "jsonl") || iequals(ext, "ndjson")) return InputFormat::kJsonLines;
  if (iequals(ext, "json")) return InputFormat::kJson;
  return InputFormat::kUnsupported;
}

void ingest_bytes(std::string_view path, std::string_view bytes, Corpus& corpus) {
  const InputFormat format = input_format_for(path);
  if (format == InputFormat::kUnsupported) {
    corpus.errors.push_back(make_error(path, {}, 0, "unsupported file type: expected .txt, .md, .jsonl or .json"));
    return;
  }
  // A file in UTF-16 is converted first, JSON too (PowerShell's Out-File writes UTF-16); a text file in
  // Windows-1252 as well (not JSON, which has its own escapes for what ASCII lacks).
  std::string converted, warning;
  const char* encoding = "UTF-8";
  bool big_endian = false;
  const bool text_file = format == InputFormat::kText || format == InputFormat::kMarkdown;
  if (bytes.size() <= kMaxInputBytes && utf16_mark(bytes, big_endian)) {
    converted = from_utf16(bytes, big_endian);
    encoding = big_endian ? "UTF-16BE" : "UTF-16LE";
    warning = std::string("not UTF-8, read as ") + encoding + " (its byte-order mark)";
    bytes = converted;
  }
  bool valid = !converted.empty();
  if (text_file && converted.empty() && bytes.size() <= kMaxInputBytes) {
    valid = find_invalid_utf8(bytes) == std::string_view::npos;
    if (!valid && single_byte_text(bytes)) {
      warning = windows_1252_warning(bytes);
      converted = from_windows_1252(bytes);
      encoding = "Windows-1252";
      bytes = converted;
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
    case InputFormat::kText: ingest_text(path, bytes, false, corpus, valid, encoding, std::move(warning)); break;
    case InputFormat::kMarkdown: ingest_text(path, bytes, true, corpus, valid, encoding, std::move(warning)); break;
    // A JSON file's byte-order mark is no part of it (Windows tools write one); its texts are strings, whose
    // offsets do not depend on the file's bytes.
    case InputFormat::kJsonLines: ingest_json_lines(path, without_utf8_mark(bytes), corpus); break;
    case InputFormat::kJson: ingest_json(path, without_utf8_mark(bytes), corpus); break;
    case InputFormat::kUnsupported: break;
  }
}

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
    if (in_footer || starts_short_line(s, kArticleEnds)) {
      in_footer = true;
      line.role = LineRole::kBoilerplate;
      continue;
    }
    if (link_list && !ends_sentence(s) && s.size() <= 120) {
      line.role = LineRole::kBoilerplate;
      continue;
    }
    link_list = false;
    if (starts_short_line(s, kLinkListStarts) && (s.back() == ':' || s.size() <= 20) && !relatedly(s)) {
      line.role = LineRole::kBoilerplate;
      link_list = true;
      continue;
    }
    if (starts_short_line(s, kPromoStarts) || is_follow_line(s) || is_share_line(s) || is_copyright_line(s) ||
        is_caption_line(s) || is_image_line(s)) {
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
