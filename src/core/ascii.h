// ASCII helpers for the ingest stages: case-blind comparison of words and prefixes, white space, and where an
// offset falls in a file (for error messages). In: bytes; no allocation, no locale.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newslens::core {

inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

inline bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// The line (from 1) of byte `offset`, and its column (from 1, in bytes).
inline std::uint32_t line_of(std::string_view bytes, std::size_t offset, std::uint32_t& column) {
  std::uint32_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i)
    if (bytes[i] == '\n') { ++line; line_start = i + 1; }
  column = static_cast<std::uint32_t>(offset - line_start + 1);
  return line;
}

}  // namespace newslens::core
