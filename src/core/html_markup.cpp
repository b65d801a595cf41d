#include "core/html_markup.h"

#include <array>

#include "core/ascii.h"
#include "core/encodings.h"
#include "core/utf8.h"

namespace newslens::core {

// [SECTION] characters  [SECTION] tags

// [SECTION] characters
namespace {

// Latin-1's named references, U+00A0 to U+00FF in order.
constexpr std::array<std::string_view, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",
    "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",
    "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",
    "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",
    "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute",
    "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave",
    "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct NamedChar {
  std::string_view name;
  char32_t cp;
};
// The rest that news pages write: markup, typographic quotes and dashes, and the Latin Extended letters of
// Windows-1252.
constexpr NamedChar kNamedChars[] = {
    {"amp", '&'},        {"lt", '<'},         {"gt", '>'},         {"quot", '"'},       {"apos", '\''},
    {"ndash", 0x2013},   {"mdash", 0x2014},   {"lsquo", 0x2018},   {"rsquo", 0x2019},   {"sbquo", 0x201A},
    {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"bdquo", 0x201E},   {"lsaquo", 0x2039},  {"rsaquo", 0x203A},
    {"hellip", 0x2026},  {"bull", 0x2022},    {"dagger", 0x2020},  {"prime", 0x2032},   {"Prime", 0x2033},
    {"trade", 0x2122},   {"euro", 0x20AC},    {"minus", 0x2212},   {"ensp", 0x2002},    {"emsp", 0x2003},
    {"thinsp", 0x2009},  {"zwnj", 0x200C},    {"zwj", 0x200D},     {"lrm", 0x200E},     {"rlm", 0x200F},
    {"OElig", 0x152},    {"oelig", 0x153},    {"Scaron", 0x160},   {"scaron", 0x161},   {"Yuml", 0x178},
    {"Zcaron", 0x17D},   {"zcaron", 0x17E},   {"fnof", 0x192},     {"circ", 0x2C6},     {"tilde", 0x2DC}};

char32_t named_char(std::string_view name) {
  for (std::size_t i = 0; i < kLatin1Names.size(); ++i)
    if (kLatin1Names[i] == name) return static_cast<char32_t>(0xA0 + i);
  for (const NamedChar& n : kNamedChars)
    if (n.name == name) return n.cp;
  return 0;
}

// The character reference at s[i] == '&' ("&amp;", "&#8217;", "&#x2019;"): its character, and `len` its bytes;
// 0 when there is none, and the '&' is itself. Numbers 128-159 mean Windows-1252, as browsers read them.
char32_t character_reference(std::string_view s, std::size_t i, std::size_t& len) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    const bool hex = j + 1 < s.size() && (s[j + 1] == 'x' || s[j + 1] == 'X');
    j += hex ? 2 : 1;
    const std::size_t digits = j;
    std::uint32_t cp = 0;
    for (; j < s.size() && j - digits < 8; ++j) {
      const char c = s[j];
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (hex && ascii_lower(c) >= 'a' && ascii_lower(c) <= 'f') d = ascii_lower(c) - 'a' + 10;
      if (d < 0) break;
      cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
    }
    if (j == digits) return 0;
    if (j < s.size() && s[j] == ';') ++j;
    len = j - i;
    if (cp >= 0x80 && cp <= 0x9F) return windows_1252(static_cast<unsigned char>(cp));
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kReplacementChar;
    return cp;
  }
  while (j < s.size() && j - i <= 8 && (((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') || is_ascii_digit(s[j]))) ++j;
  if (j >= s.size() || s[j] != ';') return 0;
  const char32_t cp = named_char(s.substr(i + 1, j - i - 1));
  if (cp != 0) len = j + 1 - i;
  return cp;
}

}  // namespace

// Appends `raw` to `out` with its references decoded and its white space collapsed (a no-break space written as
// "&nbsp;" too); `space`: a space is owed before the next character, carried from one run of text to the next.
void append_text(std::string& out, std::string_view raw, bool& space) {
  for (std::size_t i = 0; i < raw.size();) {
    char32_t cp = static_cast<unsigned char>(raw[i]);
    std::size_t len = 1;
    if (raw[i] == '&') {
      if (const char32_t ref = character_reference(raw, i, len); ref != 0) cp = ref;
      else len = 1;
    }
    i += len;
    if ((cp < 0x80 && is_space(static_cast<char>(cp))) || (cp == 0xA0 && len > 1)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (len == 1 && cp >= 0x80) out += raw[i - 1];  // a byte of UTF-8, copied as it is
    else append_utf8(out, cp);
  }
}

std::string decoded_text(std::string_view raw) {
  std::string out;
  bool space = false;
  append_text(out, raw, space);
  return out;
}

// [SECTION] tags
bool is_name_char(char c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || is_ascii_digit(c) || c == '-' || c == ':' || c == '_';
}

// Reads the tag at page[i] == '<'. False when none starts there (a '<' of the text, "a < b"); then `tag.end` is
// the page's end when the tag ran off it, and, as a browser does, the page ends before it ("<a <a <a ..." is
// read once, not once for each '<').
bool read_tag(std::string_view page, std::size_t i, Tag& tag) {
  tag.end = 0;
  std::size_t j = i + 1;
  tag.closing = j < page.size() && page[j] == '/';
  if (tag.closing) ++j;
  if (j >= page.size() || !((page[j] | 0x20) >= 'a' && (page[j] | 0x20) <= 'z')) return false;
  const std::size_t name_start = j;
  while (j < page.size() && is_name_char(page[j])) ++j;
  tag.name.clear();
  for (std::size_t k = name_start; k < j; ++k) tag.name += ascii_lower(page[k]);
  tag.attributes.clear();
  while (j < page.size() && page[j] != '>') {
    if (is_space(page[j]) || page[j] == '/') { ++j; continue; }
    const std::size_t a = j;
    while (j < page.size() && !is_space(page[j]) && page[j] != '=' && page[j] != '>' && page[j] != '/') ++j;
    if (j == a) { ++j; continue; }
    Attribute attribute{page.substr(a, j - a), {}};
    while (j < page.size() && is_space(page[j])) ++j;
    if (j < page.size() && page[j] == '=') {
      ++j;
      while (j < page.size() && is_space(page[j])) ++j;
      if (j < page.size() && (page[j] == '"' || page[j] == '\'')) {
        const char quote = page[j];
        const std::size_t close = page.find(quote, j + 1);
        if (close == std::string_view::npos) {
          tag.end = page.size();
          return false;
        }
        attribute.value = page.substr(j + 1, close - j - 1);
        j = close + 1;
      } else {
        const std::size_t v = j;
        while (j < page.size() && !is_space(page[j]) && page[j] != '>') ++j;
        attribute.value = page.substr(v, j - v);
      }
    }
    if (tag.attributes.size() < 64) tag.attributes.push_back(attribute);
  }
  if (j >= page.size()) {
    tag.end = page.size();
    return false;
  }
  tag.end = j + 1;
  tag.self_closing = page[j - 1] == '/';
  return true;
}

// The offset of "</name" at or after `from` (case-blind), or the end of the page.
std::size_t find_end_tag(std::string_view page, std::size_t from, std::string_view name) {
  for (std::size_t i = page.find("</", from); i != std::string_view::npos; i = page.find("</", i + 2))
    if (istarts_with(page.substr(i + 2), name)) return i;
  return page.size();
}

}  // namespace newslens::core
