// UTF-8 decoding and validation over byte spans.
// In: raw bytes as read from disk. Out: code points, validity reports, classification helpers.
// Invariant: nothing here allocates per code point; offsets are byte offsets into the input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newslens::core {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes one code point at `pos`. Returns the code point and sets `len` to the bytes consumed (1..4).
// An invalid or truncated sequence yields kReplacementChar with len = 1, so callers always advance.
char32_t decode_utf8(std::string_view text, std::size_t pos, std::size_t& len);

// Offset of the first byte that is not part of a valid UTF-8 sequence, or npos when all is valid.
std::size_t find_invalid_utf8(std::string_view text, std::size_t from = 0);

// Appends `cp` encoded as UTF-8.
void append_utf8(std::string& out, char32_t cp);

// Copy of `text` with every invalid byte replaced by U+FFFD (for output, never for offsets).
std::string sanitize_utf8(std::string_view text);

// Number of code points in `text` (invalid bytes count as one each).
std::size_t count_code_points(std::string_view text);

// Letter test covering Latin, Latin Extended, Greek and Cyrillic: enough for names in news text.
bool is_non_ascii_letter(char32_t cp);
// An ASCII digit byte (numbers, names that take a number: "Channel 4").
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Inline for ASCII: the tokenizer asks it several times a word.
inline bool is_letter(char32_t cp) {
  return cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : is_non_ascii_letter(cp);
}
bool is_upper(char32_t cp);
// A combining diacritical mark (U+0300-U+036F, U+1DC0-U+1DFF) or a soft hyphen (U+00AD): part of the word it
// stands in. Text pasted from macOS is often decomposed, "Mu\u0308ller" for "Müller"; web pages copied with
// their hyphenation points write "Ber\u00ADlin".
inline bool is_combining_mark(char32_t cp) {
  return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1DC0 && cp <= 0x1DFF) || cp == 0xAD;
}

}  // namespace newslens::core
