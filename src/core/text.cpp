#include "core/text.h"

#include <algorithm>
#include <array>

#include "core/utf8.h"

namespace newslens::core {

bool is_quote_mark(char32_t cp) {
  switch (cp) {
    case U'"': case U'\'': case U'\u201C': case U'\u201D': case U'\u2018': case U'\u2019':
    case U'\u00AB': case U'\u00BB': case U'\u201E': case U'\u201A': case U'\u2039': case U'\u203A':
    case U'\u201F': case U'\u201B':
      return true;
    default:
      return false;
  }
}
bool is_opening_quote(char32_t cp) {
  return cp == U'\u201C' || cp == U'\u2018' || cp == U'\u00AB' || cp == U'\u201E' || cp == U'\u201A' ||
         cp == U'\u2039' || cp == U'\u201F' || cp == U'\u201B';
}
bool is_closing_quote(char32_t cp) {
  return cp == U'\u201D' || cp == U'\u2019' || cp == U'\u00BB' || cp == U'\u203A';
}
bool is_invisible_format(char32_t cp) {
  return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069) ||
         cp == 0xFEFF;
}

namespace {

bool is_space_cp(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x202F || cp == 0x3000 || is_invisible_format(cp);
}
bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }
// ASCII letters and digits, the bulk of news text: the loops below step over them without decoding.
bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == U'\u2019'; }
bool is_hyphen(char32_t cp) { return cp == '-' || cp == U'\u2010' || cp == U'\u2011'; }

// The length of the web address opening `s` ("https://...", "http://...", "www."), up to white space, a bracket
// or a quotation mark, without a final full stop or comma; 0 when `s` opens with none.
std::size_t url_length(std::string_view s) {
  if (s.size() < 8 || (s[0] != 'h' && s[0] != 'w') || (s[3] != 'p' && s[3] != '.')) return 0;
  if (!s.starts_with("https://") && !s.starts_with("http://") && !s.starts_with("www.")) return 0;
  std::size_t n = 0;
  while (n < s.size()) {
    const char c = s[n];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ')' || c == ']' || c == '>' || c == '<' || c == '"' ||
        c == '\'' || c == '`' || static_cast<unsigned char>(c) >= 0x80)
      break;
    ++n;
  }
  while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ',' || s[n - 1] == ';' || s[n - 1] == ':')) --n;
  return n > 4 ? n : 0;
}

// The length of the HTML or XML tag opening `s` ("<p>", "</a>", "<tweet author=\"x\">", "<br/>"): a letter or
// "/" after "<", then up to the first ">" on the same line, with no "<" before it; 0 when `s` opens with none.
std::size_t tag_length(std::string_view s) {
  if (s.size() < 3 || s[0] != '<') return 0;
  const char c = s[1] == '/' ? s[2] : s[1];
  if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return 0;
  const std::size_t end = s.find_first_of("<>\n", 1);
  return end != std::string_view::npos && s[end] == '>' && end <= 2000 ? end + 1 : 0;
}

class Cursor {
 public:
  Cursor(std::string_view text, std::size_t pos, std::size_t end) : text_(text), pos_(pos), end_(end) {}
  bool done() const { return pos_ >= end_; }
  std::size_t pos() const { return pos_; }
  void seek(std::size_t pos) { pos_ = pos; }
  char32_t peek(std::size_t& len) const { return peek_at(pos_, len); }
  // ASCII, most of a news text, without the call into the decoder.
  char32_t peek_at(std::size_t at, std::size_t& len) const {
    if (at >= end_) { len = 0; return 0; }
    if (const auto b = static_cast<unsigned char>(text_[at]); b < 0x80) { len = 1; return b; }
    return decode_utf8(text_, at, len);
  }

 private:
  std::string_view text_;
  std::size_t pos_;
  std::size_t end_;
};

}  // namespace

void tokenize(std::string_view text, Span span, std::vector<Token>& out) {
  Cursor c(text, span.start, span.end);
  while (!c.done()) {
    // Runs of ASCII white space, between most tokens.
    std::size_t at = c.pos();
    while (at < span.end && (text[at] == ' ' || text[at] == '\n' || text[at] == '\t' || text[at] == '\r')) ++at;
    if (at >= span.end) break;
    c.seek(at);
    std::size_t len = 0;
    const std::size_t start = c.pos();
    const char32_t cp = c.peek(len);
    if (is_space_cp(cp)) { c.seek(start + len); continue; }
    Token t;
    t.start = static_cast<std::uint32_t>(start);
    const char first = text[start];
    std::size_t url = 0;
    if (first == 'h' || first == 'w') url = url_length(text.substr(start, span.end - start));
    else if (first == '<') url = tag_length(text.substr(start, span.end - start));
    if (url) {
      // An address or a markup tag is one token and no word: "https://www.reuters.com/world/china/" had been
      // words, a "reuters" among them, and full stops that ended sentences (Markdown links, pasted sources);
      // a tag's attributes hold quotation marks (PolNeAR's scraped <tweet tweet-author="...">).
      t.end = static_cast<std::uint32_t>(start + url);
      t.kind = TokenKind::kPunct;
      t.flags = kUrl;
    } else if (is_letter(cp)) {
      // The case flags are counted as the word is scanned, not in a second pass over its bytes.
      const bool first_upper = is_upper(cp);
      std::size_t letters = 1, uppers = first_upper;
      const auto count = [&](char32_t letter) {
        ++letters;
        uppers += is_upper(letter);
      };
      std::size_t pos = start + len;
      std::size_t letters_in_part = 1;
      while (true) {
        while (pos < span.end && is_ascii_alnum(text[pos])) {
          const char b = text[pos];
          letters += b >= 'A';  // digits sort below the letters
          uppers += b >= 'A' && b <= 'Z';
          ++pos;
          ++letters_in_part;
        }
        std::size_t l1 = 0;
        const char32_t next = c.peek_at(pos, l1);
        if (is_letter(next)) { count(next); pos += l1; ++letters_in_part; continue; }
        if (is_digit(next)) { pos += l1; ++letters_in_part; continue; }
        if (is_combining_mark(next)) { pos += l1; continue; }
        std::size_t l2 = 0;
        const char32_t after = c.peek_at(pos + l1, l2);
        if (is_apostrophe(next) && is_letter(after)) {
          // "China’s" splits into "China" + "’s"; "O’Brien" and "don’t" stay whole.
          std::size_t l3 = 0;
          const char32_t after2 = c.peek_at(pos + l1 + l2, l3);
          if ((after == 's' || after == 'S') && !is_letter(after2)) break;
          count(after);
          pos += l1 + l2;
          continue;
        }
        if (is_hyphen(next) && (is_letter(after) || is_digit(after))) {
          if (is_letter(after)) count(after);
          pos += l1 + l2;
          continue;
        }
        // Dotted initials: "U.S.", "e.g.": single letters each followed by a period.
        if (next == '.' && letters_in_part == 1 && is_letter(after)) {
          std::size_t l3 = 0;
          if (c.peek_at(pos + l1 + l2, l3) == '.') {
            count(after);
            pos += l1 + l2 + l3;
            letters_in_part = 1;
            continue;
          }
        }
        if (next == '&') [[unlikely]] {
          if (const std::size_t ref = letter_reference_length(text.substr(pos, span.end - pos))) {
            ++letters;
            pos += ref;
            ++letters_in_part;
            continue;
          }
        }
        break;
      }
      t.end = static_cast<std::uint32_t>(pos);
      t.kind = TokenKind::kWord;
      t.flags = static_cast<std::uint8_t>((first_upper ? kCapitalized : 0) |
                                          (letters >= 2 && uppers == letters ? kAllCaps : 0));
    } else if (is_digit(cp)) {
      std::size_t pos = start + len;
      while (true) {
        std::size_t l1 = 0;
        const char32_t next = c.peek_at(pos, l1);
        if (is_digit(next)) { pos += l1; continue; }
        std::size_t l2 = 0;
        const char32_t after = c.peek_at(pos + l1, l2);
        if ((next == ',' || next == '.') && is_digit(after)) { pos += l1; continue; }
        if (is_letter(next)) { pos += l1; continue; }  // "190bn", "42nd", "2022s"
        break;
      }
      t.end = static_cast<std::uint32_t>(pos);
      t.kind = TokenKind::kNumber;
    } else if (is_apostrophe(cp)) {
      // A possessive after a word: "China’s", "Putin's".
      std::size_t l2 = 0, l3 = 0;
      const char32_t after = c.peek_at(start + len, l2);
      const char32_t after2 = c.peek_at(start + len + l2, l3);
      const bool glued = !out.empty() && out.back().end == start && out.back().kind == TokenKind::kWord;
      if (glued && (after == 's' || after == 'S') && !is_letter(after2)) {
        t.end = static_cast<std::uint32_t>(start + len + l2);
        t.kind = TokenKind::kWord;
        t.flags = kPossessive;
      } else {
        t.end = static_cast<std::uint32_t>(start + len);
        t.kind = TokenKind::kQuote;
      }
    } else {
      t.end = static_cast<std::uint32_t>(start + len);
      t.kind = is_quote_mark(cp) ? TokenKind::kQuote : TokenKind::kPunct;
    }
    out.push_back(t);
    c.seek(t.end);
  }
}

namespace {

std::string_view token_text(std::string_view text, const Token& t) { return text.substr(t.start, t.end - t.start); }

constexpr std::array<std::string_view, 24> kSentenceStarters = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "This", "That", "There",
    "His", "Her", "Its", "Their", "Some", "Many", "As", "After"};

bool is_sentence_starter(std::string_view w) {
  for (std::string_view s : kSentenceStarters)
    if (w == s) return true;
  return false;
}

// Does the period at token `i` end a sentence, given the tokens around it?
bool period_ends_sentence(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                          std::size_t next, const Lexicons& lex) {
  if (i == 0) return true;
  const Token& prev = toks[i - 1];
  if (prev.end != toks[i].start) return true;  // a spaced period: "end ."
  if (prev.kind == TokenKind::kWord) {
    const std::string_view w = token_text(text, prev);
    // Initials: "George W. Bush", "J. K. Rowling".
    // Not the last of capitals joined by an ampersand: "... Marriott and AT&T. And in Georgia" ends there.
    const bool after_ampersand = i >= 2 && toks[i - 2].end == prev.start && token_text(text, toks[i - 2]) == "&";
    if (w.size() == 1 && (prev.flags & kCapitalized) && !after_ampersand) return false;
    if (const std::string* kind = lex.list("abbreviations").value_of(w); kind && *kind != "word") {
      // "Mr." never ends a sentence; a month or "Corp." may, when a sentence starter follows.
      return next < toks.size() && is_sentence_starter(token_text(text, toks[next])) && !kind->empty();
    }
  }
  return true;
}

}  // namespace

std::size_t word_count(const DocText& text) {
  std::size_t words = 0;
  for (const Token& t : text.tokens) words += t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
  return words;
}

std::uint32_t count_words(std::string_view s) {
  std::uint32_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

[[gnu::noinline]] std::size_t letter_reference_length(std::string_view s, char32_t* letter) {  // off the word loop
  if (s.size() < 4 || s[0] != '&' || s[1] != '#') return 0;
  std::size_t j = 2;
  char32_t cp = 0;
  while (j < s.size() && j < 9 && s[j] >= '0' && s[j] <= '9') cp = cp * 10 + static_cast<char32_t>(s[j++] - '0');
  if (j == 2 || j >= s.size() || s[j] != ';' || !is_letter(cp)) return 0;
  if (letter) *letter = cp;
  return j + 1;
}

bool is_initials(std::string_view w) {
  for (std::size_t k = 0; k < w.size(); ++k)
    if (k % 2 == 0 ? !(w[k] >= 'A' && w[k] <= 'Z') : w[k] != '.') return false;
  return !w.empty();
}

std::uint32_t sentence_at(const DocText& text, std::uint32_t offset) {
  const auto it = std::upper_bound(text.sentences.begin(), text.sentences.end(), offset,
                                   [](std::uint32_t o, const Sentence& s) { return o < s.span.start; });
  return it == text.sentences.begin() ? 0 : static_cast<std::uint32_t>(it - text.sentences.begin() - 1);
}

DocText segment_document(const Document& doc, const Lexicons& lexicons) {
  DocText out;
  const std::string_view text = doc.text;
  for (const Line& line : doc.lines) {
    if (line.role != LineRole::kBody && line.role != LineRole::kTitle && line.role != LineRole::kHeading) continue;
    Paragraph para;
    para.span = line.span;
    para.role = line.role;
    para.first_sentence = static_cast<std::uint32_t>(out.sentences.size());
    const std::size_t first = out.tokens.size();
    tokenize(text, line.span, out.tokens);
    const std::size_t end = out.tokens.size();

    std::size_t sentence_start = first;
    auto close_sentence = [&](std::size_t stop) {
      if (stop <= sentence_start) return;
      Sentence s;
      s.first_token = static_cast<std::uint32_t>(sentence_start);
      s.end_token = static_cast<std::uint32_t>(stop);
      s.span = {out.tokens[sentence_start].start, out.tokens[stop - 1].end};
      s.paragraph = static_cast<std::uint32_t>(out.paragraphs.size());
      out.tokens[sentence_start].flags |= kSentenceStart;
      out.sentences.push_back(s);
      sentence_start = stop;
    };
    for (std::size_t i = first; i < end; ++i) {
      const Token& t = out.tokens[i];
      const std::string_view w = token_text(text, t);
      const bool terminal = w == "." || w == "!" || w == "?" || w == "\xE2\x80\xA6";
      const bool dotted_word = t.kind == TokenKind::kWord && w.size() > 2 && w.back() == '.';  // "U.S."
      if (!terminal && !dotted_word) continue;
      // Closing quotes and brackets belong to the sentence they close.
      std::size_t stop = i + 1;
      while (stop < end) {
        const std::string_view n = token_text(text, out.tokens[stop]);
        std::size_t len = 0;
        const char32_t cp = decode_utf8(n, 0, len);
        const bool closer = n == ")" || n == "]" || is_closing_quote(cp) ||
                            ((n == "\"" || n == "'") && (stop + 1 == end || out.tokens[stop + 1].start > out.tokens[stop].end));
        if (!closer) break;
        ++stop;
      }
      if (stop >= end) break;  // the paragraph's end closes the sentence anyway
      const Token& next = out.tokens[stop];
      const std::string_view nw = token_text(text, next);
      std::size_t len = 0;
      const char32_t ncp = decode_utf8(nw, 0, len);
      const bool next_starts = (next.flags & kCapitalized) || next.kind == TokenKind::kNumber ||
                               (next.kind == TokenKind::kQuote) || nw == "(" || nw == "[" || is_opening_quote(ncp);
      if (!next_starts) continue;
      if (dotted_word) {
        if (!is_sentence_starter(nw)) continue;
      } else if (w == "." && !period_ends_sentence(text, out.tokens, i, stop, lexicons)) {
        continue;
      }
      close_sentence(stop);
      i = stop - 1;
    }
    close_sentence(end);
    para.end_sentence = static_cast<std::uint32_t>(out.sentences.size());
    out.paragraphs.push_back(para);
  }
  return out;
}

}  // namespace newslens::core
