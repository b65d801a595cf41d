// Numbers and calendar dates as news text writes them, for the quantities and comparison stages.
// In: the text of one token ("1,000", "1.13bn", "42nd", "ninety") or date parts; out: values, never copies
// of the text. Pure functions: no allocation except format_* which build keys and ISO strings.
// Significant digits follow the written form: "190" has 3 (trailing zeros count), "1.1" has 2.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newslens::core {

struct DigitNumber {
  double value = 0;          // the digits only: "1.13bn" -> 1.13
  int significant = 0;       // significant digits as written
  std::string_view suffix;   // letters glued after the digits: "bn", "nd", "km", "" ...
  bool has_comma = false;    // "1,000": never a year
  int int_digits = 0;        // digits before the decimal point ("2022" -> 4)
};

// Parses a kNumber token: digits with inner ',' (thousands) and '.' (decimal), then a glued suffix.
// nullopt when the token is not of that shape ("1.2.3", "12,34" with a short group).
std::optional<DigitNumber> parse_digit_number(std::string_view token);

// Multiplier of a glued or separate scale suffix: "bn" -> 1e9, "m"/"mn" -> 1e6, "k" -> 1e3, "tn" -> 1e12;
// 0 when `s` is not one. "m" is only a scale in money ("£5m"): "the 100m final" is metres.
double scale_suffix(std::string_view s);

bool is_ordinal_suffix(std::string_view s);  // "st", "nd", "rd", "th"

// Significant digits of the first number written in `text` ("$1.13bn" -> 3, "130" -> 3, "ninety" -> 0).
int significant_digits_in(std::string_view text);

// Rounds `v` to `digits` significant digits (digits <= 0 leaves v as it is).
double round_significant(double v, int digits);
// Cuts `v` short at `digits` significant digits: 27.5e9 at 2 is 27e9 (digits <= 0 leaves v as it is).
double truncate_significant(double v, int digits);

// "190000000000", "1.13", "0.5": shortest exact text of a value, for keys and output.
std::string format_value(double v);

// --- calendar -------------------------------------------------------------------------------------------
struct CivilDate {
  int year = 0, month = 0, day = 0;  // month/day 0 = unknown
};

// Parses "yyyy-mm-dd" (Document::date); nullopt on any other shape.
std::optional<CivilDate> parse_iso_date(std::string_view s);

// Days since 1970-01-01 and back (proleptic Gregorian; H. Hinnant's algorithms).
std::int64_t days_from_civil(int y, int m, int d);
CivilDate civil_from_days(std::int64_t z);

// ISO weekday of a date: 1 = Monday .. 7 = Sunday.
int iso_weekday(int y, int m, int d);

// "2023-10-18", "2023-10", "2023"; without a year, ISO 8601 truncated forms "--10-18", "--03".
std::string format_iso(const CivilDate& d);

}  // namespace newslens::core
