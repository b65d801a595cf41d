// Encodings besides UTF-8 that a user's files still arrive in: UTF-16 with a byte-order mark (Notepad's
// "Unicode", PowerShell's Out-File) and Windows-1252 (Word's "Plain Text", older editors). In: a file's bytes.
// Out: its text converted to UTF-8, the encoding's name and a warning for the document. Offsets into a
// converted text are offsets into the conversion.
#pragma once

#include <string>
#include <string_view>

namespace newslens::core {

struct Decoded {
  std::string text;       // UTF-8
  const char* encoding;   // "UTF-16LE", "UTF-16BE", "Windows-1252"
  std::string warning;    // names the encoding (and for Windows-1252 the first byte it read differently)
};

// UTF-16 after its byte-order mark: true and `out` filled; false when `bytes` carry no such mark.
bool decode_utf16(std::string_view bytes, Decoded& out);
// Single-byte text, not UTF-8 (see the rules in encodings.cpp): true and `out` filled; false otherwise.
bool decode_windows_1252(std::string_view bytes, Decoded& out);
// The character a Windows-1252 byte stands for (0x80-0x9F differ from Latin-1; U+FFFD where it defines none).
// Web pages mean these too when they write "&#146;" for "’".
char32_t windows_1252(unsigned char b);
// `bytes` without a leading UTF-8 byte-order mark.
std::string_view without_utf8_mark(std::string_view bytes);

}  // namespace newslens::core
