#include <doctest/doctest.h>

#include "core/json.h"
#include "core/utf8.h"

using namespace newslens::core;

TEST_CASE("decode_utf8 reads one code point and always advances") {
  struct Case { std::string input; char32_t cp; std::size_t len; };
  const Case cases[] = {
      {"A", U'A', 1},
      {"\xE2\x80\x9C", U'\u201C', 3},       // “
      {"\xC3\xA1", U'\u00E1', 2},           // á (Orbán)
      {"\xF0\x9F\x98\x80", U'\U0001F600', 4},
      {"\xA3", kReplacementChar, 1},        // raw Latin-1 pound sign, bbc/sport/199.txt
      {"\xE2\x80", kReplacementChar, 1},    // truncated
      {"\xC0\xAF", kReplacementChar, 1},    // overlong '/'
      {"\xED\xA0\x80", kReplacementChar, 1} // surrogate
  };
  for (const Case& c : cases) {
    std::size_t len = 0;
    CHECK(decode_utf8(c.input, 0, len) == c.cp);
    CHECK(len == c.len);
  }
}

TEST_CASE("find_invalid_utf8 points at the bad byte") {
  CHECK(find_invalid_utf8("plain ascii") == std::string_view::npos);
  CHECK(find_invalid_utf8("China\xE2\x80\x99s") == std::string_view::npos);
  CHECK(find_invalid_utf8("cost \xA3" "5m") == 5);
  CHECK(find_invalid_utf8("\xEF\xBF\xBD is a real replacement char") == std::string_view::npos);
}

TEST_CASE("sanitize_utf8 replaces only invalid bytes") {
  CHECK(sanitize_utf8("a\xA3" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(sanitize_utf8("\xE2\x80\x94") == "\xE2\x80\x94");
}

TEST_CASE("letters and case cover accented names") {
  std::size_t len = 0;
  CHECK(is_letter(decode_utf8("\xC5\x81", 0, len)));  // Ł
  CHECK(is_upper(decode_utf8("\xC5\x81", 0, len)));
  CHECK_FALSE(is_upper(decode_utf8("\xC5\x82", 0, len)));  // ł
  CHECK(is_letter(U'\u0416'));  // Cyrillic Ж
  CHECK_FALSE(is_letter(U'\u2019'));
}

TEST_CASE("JSON strings: escapes, surrogate pairs, invalid bytes") {
  const JsonParseResult r = parse_json(R"({"text":"Xi said \u201chello\u201d \ud83d\ude00","n":3})");
  REQUIRE(r.ok);
  CHECK(r.value.find("text")->string == "Xi said \xE2\x80\x9Chello\xE2\x80\x9D \xF0\x9F\x98\x80");
  CHECK(r.value.find("n")->number == 3);
  std::string out;
  append_json_string(out, "q\"\n\xA3");
  CHECK(out == "\"q\\\"\\n\xEF\xBF\xBD\"");
}

TEST_CASE("JSON errors name the offset; deep nesting is refused") {
  const JsonParseResult bad = parse_json(R"({"text": "unterminated)");
  CHECK_FALSE(bad.ok);
  CHECK(bad.error == std::string("unterminated string"));
  const JsonParseResult deep = parse_json(std::string(10000, '['));
  CHECK_FALSE(deep.ok);
  CHECK(deep.error == std::string("JSON nested too deeply"));
}

TEST_CASE("JSON numbers print without noise") {
  std::string out;
  append_json_number(out, 0.5);
  out += ' ';
  append_json_number(out, 190000000000.0);
  out += ' ';
  append_json_number(out, 1.0 / 3.0);
  CHECK(out == "0.5 190000000000 0.3333");
}
