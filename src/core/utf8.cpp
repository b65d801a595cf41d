#include "core/utf8.h"

#include <cstdint>
#include <cstring>

namespace newslens::core {

char32_t decode_utf8(std::string_view text, std::size_t pos, std::size_t& len) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  const unsigned char b0 = s[pos];
  len = 1;
  if (b0 < 0x80) return b0;
  int need = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) { need = 1; cp = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { need = 2; cp = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { need = 3; cp = b0 & 0x07; min = 0x10000; }
  else return kReplacementChar;
  if (pos + static_cast<std::size_t>(need) >= n) return kReplacementChar;  // truncated at end of input
  for (int i = 1; i <= need; ++i) {
    const unsigned char b = s[pos + i];
    if ((b & 0xC0) != 0x80) return kReplacementChar;
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kReplacementChar;
  len = static_cast<std::size_t>(need) + 1;
  return cp;
}

std::size_t find_invalid_utf8(std::string_view text, std::size_t from) {
  std::size_t i = from;
  const std::size_t n = text.size();
  while (i < n) {
    // ASCII, the bulk of news text, eight bytes at a time (memcpy: no alignment needed).
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    if (static_cast<unsigned char>(text[i]) < 0x80) { ++i; continue; }
    std::size_t len = 0;
    if (decode_utf8(text, i, len) == kReplacementChar && !(len == 3 && text.substr(i, 3) == "\xEF\xBF\xBD"))
      return i;
    i += len;
  }
  return std::string_view::npos;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string sanitize_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t bad = find_invalid_utf8(text, i);
    if (bad == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, bad - i));
    append_utf8(out, kReplacementChar);
    i = bad + 1;
  }
  return out;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 0;
    decode_utf8(text, i, len);
    i += len;
    ++count;
  }
  return count;
}

bool is_non_ascii_letter(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  if (cp >= 0x370 && cp <= 0x3FF) return true;  // Greek
  if (cp >= 0x400 && cp <= 0x52F) return true;  // Cyrillic
  if (cp >= 0x1E00 && cp <= 0x1EFF) return true;  // Latin Extended Additional (Vietnamese)
  return false;
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  // Latin Extended-A alternates upper/lower, with the parity flipping at U+0138 and U+0178 (Ł is U+0141).
  if (cp >= 0x100 && cp <= 0x137) return (cp % 2) == 0;
  if (cp >= 0x139 && cp <= 0x148) return (cp % 2) == 1;
  if (cp >= 0x14A && cp <= 0x177) return (cp % 2) == 0;
  if (cp == 0x178) return true;
  if (cp >= 0x179 && cp <= 0x17E) return (cp % 2) == 1;
  if (cp >= 0x391 && cp <= 0x3AB) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}

}  // namespace newslens::core
