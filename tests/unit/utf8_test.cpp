#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>

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

// The writer formats numbers itself for speed; it must print what "%.*f" prints, trailing zeros trimmed,
// including at rounding ties (0.125 at two decimals is 0.12: the binary value is exact and printf rounds it to
// even; 0.135 is 0.1350000000000000088... and rounds up), for negatives and negative zero, and for values
// too large for its fast path.
TEST_CASE("JSON numbers are what printf prints") {
  const auto printf_trimmed = [](double v, int digits) {
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.*f", v == std::floor(v) && std::fabs(v) < 1e15 ? 0 : digits, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
      while (s.back() == '0') s.pop_back();
      if (s.back() == '.') s.pop_back();
    }
    return s;
  };
  const auto ours = [](double v, int digits) {
    std::string out;
    append_json_number(out, v, digits);
    return out;
  };
  CHECK(ours(0.125, 2) == "0.12");
  CHECK(ours(0.135, 2) == "0.14");
  CHECK(ours(-2.5e-5, 4) == "-0");
  CHECK(ours(-0.0, 4) == "-0");
  CHECK(ours(-1234.56789, 4) == "-1234.5679");
  CHECK(ours(10.4, 0) == "10");
  CHECK(ours(1e300, 4) == printf_trimmed(1e300, 4));
  std::uint64_t state = 88172645463325252ULL;  // xorshift: the same values on every run
  const auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  int differing = 0;
  for (int i = 0; i < 200000; ++i) {
    const int digits = static_cast<int>(next() % 8);
    const double scale = std::pow(10.0, static_cast<double>(next() % 16) - 6);
    double v = static_cast<double>(next() % 2000000) / 1000000.0 * scale;
    if (next() % 4 == 0) v = std::round(v * 1000) / 1000 + 0.0005;  // near ties at three decimals
    if (next() % 2 == 0) v = -v;
    if (ours(v, digits) != printf_trimmed(v, digits) && ++differing <= 5)
      CHECK_MESSAGE(false, v, " at ", digits, ": ", ours(v, digits), " vs ", printf_trimmed(v, digits));
  }
  CHECK(differing == 0);
}
