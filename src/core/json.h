// A small JSON reader (for .json/.jsonl articles) and writer helpers (for the analysis contract).
// In: bytes. Out: a JsonValue tree or an error naming the byte offset. Strings are decoded to UTF-8;
// invalid \u escapes and lone surrogates become U+FFFD. Depth is bounded so hostile input cannot overflow.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newslens::core {

struct JsonValue {
  enum class Kind : std::uint8_t { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<JsonValue> array;
  std::vector<std::pair<std::string, JsonValue>> object;  // in input order

  const JsonValue* find(std::string_view key) const;
  bool is_string() const { return kind == Kind::kString; }
};

struct JsonParseResult {
  JsonValue value;
  bool ok = false;
  std::string error;       // empty when ok
  std::size_t offset = 0;  // byte offset of the error
};

JsonParseResult parse_json(std::string_view text);

// Appends `s` as a JSON string literal (quotes included); invalid UTF-8 is written as U+FFFD.
void append_json_string(std::string& out, std::string_view s);
// Appends a finite number with at most `digits` decimals, trailing zeros trimmed ("%.*f" then 0.5000 -> 0.5);
// non-finite values are written as null.
void append_json_number(std::string& out, double v, int digits = 4);

}  // namespace newslens::core
