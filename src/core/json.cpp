#include "core/json.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <cstdio>
#include <cstdlib>

#include "core/utf8.h"

namespace newslens::core {

const JsonValue* JsonValue::find(std::string_view key) const {
  if (kind != Kind::kObject) return nullptr;
  for (const auto& [k, v] : object)
    if (k == key) return &v;
  return nullptr;
}

namespace {

constexpr int kMaxDepth = 64;

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  JsonParseResult run() {
    JsonParseResult r;
    skip_space();
    if (!parse_value(r.value, 0)) {
      r.error = error_;
      r.offset = pos_;
      return r;
    }
    skip_space();
    if (pos_ != s_.size()) {
      r.error = "unexpected text after the JSON value";
      r.offset = pos_;
      return r;
    }
    r.ok = true;
    return r;
  }

 private:
  bool fail(const char* message) {
    error_ = message;
    return false;
  }
  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
      ++pos_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return fail("invalid literal");
    pos_ += word.size();
    return true;
  }

  bool parse_value(JsonValue& v, int depth) {
    if (depth > kMaxDepth) return fail("JSON nested too deeply");
    if (pos_ >= s_.size()) return fail("unexpected end of JSON");
    switch (s_[pos_]) {
      case '{': return parse_object(v, depth);
      case '[': return parse_array(v, depth);
      case '"': v.kind = JsonValue::Kind::kString; return parse_string(v.string);
      case 't': v.kind = JsonValue::Kind::kBool; v.boolean = true; return literal("true");
      case 'f': v.kind = JsonValue::Kind::kBool; return literal("false");
      case 'n': v.kind = JsonValue::Kind::kNull; return literal("null");
      default: return parse_number(v);
    }
  }

  bool parse_number(JsonValue& v) {
    const std::size_t begin = pos_;
    if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
    while (pos_ < s_.size() && ((s_[pos_] >= '0' && s_[pos_] <= '9') || s_[pos_] == '.' || s_[pos_] == 'e' ||
                                s_[pos_] == 'E' || s_[pos_] == '+' || s_[pos_] == '-'))
      ++pos_;
    if (pos_ == begin) return fail("unexpected character in JSON");
    const std::string digits(s_.substr(begin, pos_ - begin));
    char* end = nullptr;
    v.number = std::strtod(digits.c_str(), &end);
    if (end != digits.c_str() + digits.size()) {
      pos_ = begin;
      return fail("invalid number");
    }
    v.kind = JsonValue::Kind::kNumber;
    return true;
  }

  bool parse_hex4(char32_t& cp) {
    if (pos_ + 4 > s_.size()) return fail("truncated \\u escape");
    cp = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[pos_++];
      cp <<= 4;
      if (c >= '0' && c <= '9') cp |= static_cast<char32_t>(c - '0');
      else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') cp |= static_cast<char32_t>((c | 0x20) - 'a' + 10);
      else return fail("invalid \\u escape");
    }
    return true;
  }

  bool parse_string(std::string& out) {
    ++pos_;  // opening quote
    while (true) {
      const std::size_t run = pos_;
      while (pos_ < s_.size() && s_[pos_] != '"' && s_[pos_] != '\\' && static_cast<unsigned char>(s_[pos_]) >= 0x20)
        ++pos_;
      out.append(s_.substr(run, pos_ - run));
      if (pos_ >= s_.size()) return fail("unterminated string");
      const char c = s_[pos_];
      if (c == '"') { ++pos_; return true; }
      if (c != '\\') return fail("control character in string");
      if (++pos_ >= s_.size()) return fail("unterminated string");
      const char e = s_[pos_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          char32_t cp = 0;
          if (!parse_hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF && s_.substr(pos_, 2) == "\\u") {
            const std::size_t save = pos_;
            pos_ += 2;
            char32_t lo = 0;
            if (!parse_hex4(lo)) return false;
            if (lo >= 0xDC00 && lo <= 0xDFFF) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            else { pos_ = save; cp = kReplacementChar; }
          } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = kReplacementChar;
          }
          append_utf8(out, cp);
          break;
        }
        default: --pos_; return fail("invalid escape in string");
      }
    }
  }

  bool parse_array(JsonValue& v, int depth) {
    v.kind = JsonValue::Kind::kArray;
    ++pos_;
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; return true; }
    while (true) {
      skip_space();
      v.array.emplace_back();
      if (!parse_value(v.array.back(), depth + 1)) return false;
      skip_space();
      if (pos_ >= s_.size()) return fail("unterminated array");
      if (s_[pos_] == ',') { ++pos_; continue; }
      if (s_[pos_] == ']') { ++pos_; return true; }
      return fail("expected ',' or ']' in array");
    }
  }

  bool parse_object(JsonValue& v, int depth) {
    v.kind = JsonValue::Kind::kObject;
    ++pos_;
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; return true; }
    while (true) {
      skip_space();
      if (pos_ >= s_.size() || s_[pos_] != '"') return fail("expected a string key in object");
      std::string key;
      if (!parse_string(key)) return false;
      skip_space();
      if (pos_ >= s_.size() || s_[pos_] != ':') return fail("expected ':' after key");
      ++pos_;
      skip_space();
      v.object.emplace_back(std::move(key), JsonValue{});
      if (!parse_value(v.object.back().second, depth + 1)) return false;
      skip_space();
      if (pos_ >= s_.size()) return fail("unterminated object");
      if (s_[pos_] == ',') { ++pos_; continue; }
      if (s_[pos_] == '}') { ++pos_; return true; }
      return fail("expected ',' or '}' in object");
    }
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  const char* error_ = "";
};

}  // namespace

JsonParseResult parse_json(std::string_view text) { return Parser(text).run(); }

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t i = 0;
  while (i < s.size()) {
    // Plain ASCII, most of any text, goes in runs.
    std::size_t run = i;
    while (run < s.size()) {
      const auto c = static_cast<unsigned char>(s[run]);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
      ++run;
    }
    out.append(s.substr(i, run - i));
    i = run;
    if (i == s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      std::size_t len = 0;
      const char32_t cp = decode_utf8(s, i, len);
      if (cp == kReplacementChar && len == 1) append_utf8(out, kReplacementChar);
      else out.append(s.substr(i, len));
      i += len;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

void append_json_number(std::string& out, double v, int digits) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  // What "%.*f" prints, without printf: formatting numbers had been a third of `newslens analyze`'s time over
  // BBC, nearly all of it offsets and counts. printf keeps the sign of a negative zero, so this does too.
  char buf[330];  // DBL_MAX has 309 digits before the point
  char* p = buf;
  if (std::signbit(v)) *p++ = '-';
  const double a = std::fabs(v);
  if (a == std::floor(a) && a < 1e15) {
    p = std::to_chars(p, buf + sizeof buf, static_cast<std::uint64_t>(a)).ptr;
    out.append(buf, p);
    return;
  }
  // The scaled value decides the rounding unless it lies near a tie, where the product's own rounding could
  // decide it wrongly; there (and for large or very precise values) printf reads the exact binary value.
  constexpr double kPow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
  const double scaled = digits >= 0 && digits <= 9 ? a * kPow10[digits] : 0;
  const double whole = std::floor(scaled);
  if (digits < 0 || digits > 9 || scaled >= 0x1p40 || std::fabs(scaled - whole - 0.5) < 1e-3) {
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    p = buf + std::strlen(buf);
  } else {
    const auto unit = static_cast<std::uint64_t>(kPow10[digits]);
    const std::uint64_t n = static_cast<std::uint64_t>(whole) + (scaled - whole > 0.5 ? 1 : 0);
    p = std::to_chars(p, buf + sizeof buf, n / unit).ptr;
    if (digits > 0) {
      *p++ = '.';
      char* frac = p;
      p += digits;
      std::fill(frac, p, '0');
      std::uint64_t f = n % unit;
      for (char* d = p; f != 0; f /= 10) *--d = static_cast<char>('0' + f % 10);
    }
  }
  // Trim trailing zeros so 0.5000 prints as 0.5 (only after a decimal point: "%.0f" of 10.4 is "10").
  std::string_view t(buf, static_cast<std::size_t>(p - buf));
  if (t.find('.') != std::string_view::npos) {
    while (t.back() == '0') t.remove_suffix(1);
    if (t.back() == '.') t.remove_suffix(1);
  }
  out += t;
}

}  // namespace newslens::core
