#include "core/encodings.h"

#include <array>
#include <cstdio>

#include "core/ascii.h"
#include "core/utf8.h"

namespace newslens::core {

namespace {

// A text file that is not UTF-8 is most often one of two older encodings a user's tools still write:
// Windows-1252 (Word's "Plain Text", older editors: "£" is 0xA3, curly quotes 0x93 and 0x94, which left every
// quotation unfound) and UTF-16 with a byte-order mark (Notepad's "Unicode"), which had been refused as binary.
// Both are converted to UTF-8, with a warning; offsets are into the conversion, and Document::encoding says so.

// Windows-1252's 0x80-0x9F; 0 where it defines nothing. Above 0x9F it is Latin-1, the code point itself.
constexpr std::array<char16_t, 32> kWindows1252 = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};


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

}  // namespace

char32_t windows_1252(unsigned char b) {
  if (b < 0x80 || b > 0x9F) return b;
  return kWindows1252[b - 0x80] ? kWindows1252[b - 0x80] : kReplacementChar;
}

std::string_view without_utf8_mark(std::string_view bytes) {
  return bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes;
}

bool decode_utf16(std::string_view bytes, Decoded& out) {
  bool big_endian = false;
  if (!utf16_mark(bytes, big_endian)) return false;
  out.text = from_utf16(bytes, big_endian);
  out.encoding = big_endian ? "UTF-16BE" : "UTF-16LE";
  out.warning = std::string("not UTF-8, read as ") + out.encoding + " (its byte-order mark)";
  return true;
}

bool decode_windows_1252(std::string_view bytes, Decoded& out) {
  if (!single_byte_text(bytes)) return false;
  out.warning = windows_1252_warning(bytes);
  out.text = from_windows_1252(bytes);
  out.encoding = "Windows-1252";
  return true;
}

}  // namespace newslens::core
