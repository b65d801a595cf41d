// Segmentation: paragraphs, sentences and tokens of a document, as spans over its text (no copies).
// In: a Document whose lines are classified (ingest) and the lexicons (abbreviations). Out: DocText.
// Only title, heading and body lines are segmented; bylines, datelines and boilerplate are left out.
// Invariants: tokens are in text order and never cross a paragraph; sentences tile their paragraph's tokens.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/lexicons.h"

namespace newslens::core {

enum class TokenKind : std::uint8_t {
  kWord,    // letters, with inner apostrophes, hyphens and dotted initials ("U.S.", "O’Brien", "high-speed")
  kNumber,  // digits with inner , and . and a glued suffix ("1,000", "1.13bn", "42nd")
  kQuote,   // one quotation mark: " “ ” ‘ ’ « » „ ‚ ' (a ’ inside a word is part of the word)
  kPunct,   // any other punctuation, one code point (dashes, brackets, $...)
};

enum TokenFlag : std::uint8_t {
  kCapitalized = 1,   // first letter is upper case
  kAllCaps = 2,       // two or more letters, all upper case
  kSentenceStart = 4, // first token of its sentence
  kPossessive = 8,    // the "’s" / "'s" split off a word
  kUrl = 16,          // a web address, one token of kind kPunct: no part of a name
};

struct Token {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  std::uint8_t flags = 0;
  Span span() const { return {start, end}; }
};

struct Sentence {
  Span span;
  std::uint32_t first_token = 0;  // [first_token, end_token) into DocText::tokens
  std::uint32_t end_token = 0;
  std::uint32_t paragraph = 0;
};

struct Paragraph {
  Span span;
  LineRole role = LineRole::kBody;  // kBody, kTitle or kHeading
  std::uint32_t first_sentence = 0;  // [first_sentence, end_sentence) into DocText::sentences
  std::uint32_t end_sentence = 0;
};

struct DocText {
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
};

DocText segment_document(const Document& doc, const Lexicons& lexicons);

// Words (word and number tokens) in a segmented document: what the document list shows.
std::size_t word_count(const DocText& text);

// Runs of characters between spaces, tabs and line breaks in `s`: "Xi Jinping" has two.
std::uint32_t count_words(std::string_view s);

// The length of the decimal character reference opening `s` ("&#233;") when it stands for a letter, else 0, and
// the letter in `letter`: some scraped text carries them (BBC "Pascal Pap&#233;"), and a name runs through them.
std::size_t letter_reference_length(std::string_view s, char32_t* letter = nullptr);

// Initials: capital letters each followed by a period, the last period optional ("J", "J.", "H.W", "H.W.").
bool is_initials(std::string_view w);

// Index of the sentence holding byte `offset` (the nearest before it when it falls between sentences).
std::uint32_t sentence_at(const DocText& text, std::uint32_t offset);

// Tokenizes `text` within `span`, appending to `out`. Exposed for tests and for quote/entity stages.
void tokenize(std::string_view text, Span span, std::vector<Token>& out);

// The opening/closing role of a quotation-mark code point, for the quote stage and the splitter.
bool is_quote_mark(char32_t cp);
bool is_opening_quote(char32_t cp);
bool is_closing_quote(char32_t cp);
// Invisible format characters (zero-width and bidirectional marks, the byte-order mark): space to the tokenizer
// and to the quotation marks around them. PolNeAR west-journal prints "\u202A”Isis declares ...".
bool is_invisible_format(char32_t cp);

}  // namespace newslens::core
