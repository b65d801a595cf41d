#include "core/numbers.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/utf8.h"

namespace newslens::core {

namespace {
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}  // namespace

std::optional<DigitNumber> parse_digit_number(std::string_view token) {
  DigitNumber n;
  std::size_t i = 0;
  double int_part = 0, frac_part = 0, frac_scale = 1;
  int group = -1;  // digits since the last ',' (-1: no comma seen)
  bool in_fraction = false, leading = true;
  int trailing_frac_digits = 0;
  for (; i < token.size(); ++i) {
    const char c = token[i];
    if (is_ascii_digit(c)) {
      const int d = c - '0';
      if (in_fraction) {
        frac_scale /= 10;
        frac_part += d * frac_scale;
        ++trailing_frac_digits;
      } else {
        int_part = int_part * 10 + d;
        ++n.int_digits;
        if (group >= 0) ++group;
      }
      if (d != 0) leading = false;
      if (!leading) ++n.significant;
    } else if (c == ',' && !in_fraction) {
      // "1,000": groups of three; "12,34" is not a number we can read.
      if (group >= 0 && group != 3) return std::nullopt;
      group = 0;
      n.has_comma = true;
    } else if (c == '.' && !in_fraction) {
      in_fraction = true;
    } else {
      break;
    }
  }
  if (group >= 0 && group != 3) return std::nullopt;
  for (std::size_t k = i; k < token.size(); ++k)
    if (!is_alpha(token[k])) return std::nullopt;
  n.value = int_part + frac_part;
  n.suffix = token.substr(i);
  (void)trailing_frac_digits;
  return n;
}

double scale_suffix(std::string_view s) {
  if (s == "bn" || s == "b" || s == "billion") return 1e9;
  if (s == "m" || s == "mn" || s == "million") return 1e6;
  if (s == "k" || s == "thousand") return 1e3;
  if (s == "tn" || s == "trn" || s == "trillion") return 1e12;
  return 0;
}

bool is_ordinal_suffix(std::string_view s) { return s == "st" || s == "nd" || s == "rd" || s == "th"; }

int significant_digits_in(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_ascii_digit(text[i])) continue;
    std::size_t end = i;
    while (end < text.size() && (is_ascii_digit(text[end]) || text[end] == ',' || text[end] == '.')) ++end;
    while (end > i && !is_ascii_digit(text[end - 1])) --end;  // "130," at a clause end
    if (auto n = parse_digit_number(text.substr(i, end - i))) return n->significant;
    return 0;
  }
  return 0;
}

double round_significant(double v, int digits) {
  if (digits <= 0 || v == 0) return v;
  if (std::fabs(v) < 1e12 && v == std::floor(v) && digits >= 12) return v;  // whole numbers as written
  const double magnitude = std::floor(std::log10(std::fabs(v)));
  const double factor = std::pow(10.0, digits - 1 - magnitude);
  return std::round(v * factor) / factor;
}

double truncate_significant(double v, int digits) {
  if (digits <= 0 || v == 0) return v;
  if (std::fabs(v) < 1e12 && v == std::floor(v) && digits >= 12) return v;
  const double magnitude = std::floor(std::log10(std::fabs(v)));
  const double factor = std::pow(10.0, digits - 1 - magnitude);
  // A hair over the product, so 0.29 * 100 = 28.999... still cuts to 29.
  return std::trunc(v * factor * (1 + 1e-12)) / factor;
}

std::string format_value(double v) {
  // Whole numbers (most figures, once scaled) through integer to_chars: keys are built for every quantity of
  // 2,225 articles and printf's float formatting cost more than finding them. Fractions ("9.7" percent) use
  // snprintf, since Emscripten's libc++ has no floating-point to_chars.
  char buf[64];
  if (std::fabs(v) < 1e15 && v == std::floor(v)) {
    const std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
    return std::string(buf, r.ptr);
  }
  std::snprintf(buf, sizeof buf, "%.12g", v);
  return buf;
}

std::optional<CivilDate> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!is_ascii_digit(s[i])) return std::nullopt;
  auto num = [&](std::size_t at, std::size_t len) {
    int v = 0;
    for (std::size_t i = at; i < at + len; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  CivilDate d{num(0, 4), num(5, 2), num(8, 2)};
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return std::nullopt;
  return d;
}

std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

CivilDate civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400) + (m <= 2);
  return {y, m, d};
}

int iso_weekday(int y, int m, int d) {
  const std::int64_t z = days_from_civil(y, m, d);  // 1970-01-01 was a Thursday (4)
  return static_cast<int>(((z % 7) + 7 + 3) % 7) + 1;
}

std::string format_iso(const CivilDate& d) {
  auto digits = [](std::string& out, int v, int width) {
    char buf[8];
    for (int i = width - 1; i >= 0; --i, v /= 10) buf[i] = static_cast<char>('0' + v % 10);
    out.append(buf, static_cast<std::size_t>(width));
  };
  std::string out;
  if (d.year == 0) {
    out = "--";
    digits(out, d.month, 2);
    if (d.day) {
      out += '-';
      digits(out, d.day, 2);
    }
    return out;
  }
  digits(out, d.year, 4);
  if (d.month) {
    out += '-';
    digits(out, d.month, 2);
    if (d.day) {
      out += '-';
      digits(out, d.day, 2);
    }
  }
  return out;
}

}  // namespace newslens::core
