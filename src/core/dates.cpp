#include "core/dates.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/ascii.h"

namespace newslens::core {

namespace {

bool is_iso_date_at(std::string_view s, std::size_t i) {
  if (i + 10 > s.size()) return false;
  for (std::size_t k = 0; k < 10; ++k) {
    const char c = s[i + k];
    if (k == 4 || k == 7) { if (c != '-') return false; }
    else if (c < '0' || c > '9') return false;
  }
  return true;
}

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                                       "saturday", "sunday"};

// The letters of the word at `i` in lower case, and where it ends (a full stop after it is kept out).
std::string_view lower_word_at(std::string_view s, std::size_t i, std::size_t& end, std::array<char, 12>& buf) {
  end = i;
  while (end < s.size() && ((s[end] | 0x20) >= 'a' && (s[end] | 0x20) <= 'z')) ++end;
  if (end - i > buf.size()) return {};
  for (std::size_t k = i; k < end; ++k) buf[k - i] = ascii_lower(s[k]);
  return {buf.data(), end - i};
}

// A month's number from its name or an abbreviation of three letters or more ("Oct", "Sept"), 0 for none.
int month_of(std::string_view w) {
  if (w.size() < 3) return 0;
  for (std::size_t m = 0; m < kMonths.size(); ++m)
    if (kMonths[m].starts_with(w)) return static_cast<int>(m) + 1;
  return 0;
}

bool weekday_word(std::string_view w) {
  return w.size() >= 3 && std::any_of(kWeekdays.begin(), kWeekdays.end(), [&](std::string_view d) { return d.starts_with(w); });
}

// Digits at `i`, between `least` and `most` of them; -1 when there are none such.
int number_at(std::string_view s, std::size_t i, std::size_t least, std::size_t most, std::size_t& end) {
  end = i;
  int n = 0;
  while (end < s.size() && end - i < most + 1 && s[end] >= '0' && s[end] <= '9') n = n * 10 + (s[end++] - '0');
  return end - i < least || end - i > most ? -1 : n;
}

std::size_t skip_blanks(std::string_view s, std::size_t i, std::string_view also = {}) {
  while (i < s.size() && (is_space(s[i]) || also.find(s[i]) != std::string_view::npos)) ++i;
  return i;
}

// Whether what follows a dateline's date is only its time and zone ("9:41 a.m. EDT", "| Updated 10:02 BST").
bool only_time_after(std::string_view rest) {
  static constexpr std::string_view kTimeWords[] = {"at", "am", "pm", "a", "m", "gmt", "bst", "utc", "et", "est",
                                                    "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "mt", "cet",
                                                    "cest", "ist", "aest", "updated", "published", "posted", "last", "on"};
  std::array<char, 12> buf{};
  for (std::size_t i = 0; i < rest.size();) {
    const char c = rest[i];
    if (is_space(c) || (c >= '0' && c <= '9') || std::string_view(":.,|-/()").find(c) != std::string_view::npos) {
      ++i;
      continue;
    }
    std::size_t end = 0;
    const std::string_view w = lower_word_at(rest, i, end, buf);
    if (w.empty()) return false;  // a letter beyond ASCII, a long word, another mark
    if (std::find(std::begin(kTimeWords), std::end(kTimeWords), w) == std::end(kTimeWords) && !month_of(w) &&
        !weekday_word(w))
      return false;
    i = end;
  }
  return true;
}

}  // namespace

// A date opening `s`, as ISO yyyy-mm-dd, and where it ends: "2023-10-18", "2023/10/18", "October 18, 2023",
// "Oct. 18, 2023", "18 October 2023", "Wednesday, 18th October 2023". Day-first and month-first numbers
// ("10/18/2023") are ambiguous and left alone.
bool parse_date(std::string_view s, std::string& iso, std::size_t& used) {
  std::size_t end = 0;
  std::array<char, 12> buf{};
  const auto emit = [&](int y, int m, int d) {
    if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return false;
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
    iso = out;
    return true;
  };
  // Numbers: yyyy-mm-dd, yyyy/mm/dd (an ISO time after it is left to the caller).
  if (const int y = number_at(s, 0, 4, 4, end); y >= 0 && end < s.size() && (s[end] == '-' || s[end] == '/')) {
    const char sep = s[end];
    const int m = number_at(s, end + 1, 1, 2, end);
    if (m < 0 || end >= s.size() || s[end] != sep) return false;
    const int d = number_at(s, end + 1, 1, 2, end);
    used = end;
    return d >= 0 && emit(y, m, d);
  }
  std::size_t i = 0;
  if (weekday_word(lower_word_at(s, 0, end, buf))) i = skip_blanks(s, end, ".,");
  const auto day_at = [&](std::size_t at, std::size_t& after) {
    const int d = number_at(s, at, 1, 2, after);
    if (d >= 0) {
      std::array<char, 12> suffix{};
      std::size_t e = after;
      const std::string_view w = lower_word_at(s, after, e, suffix);
      if (w == "st" || w == "nd" || w == "rd" || w == "th") after = e;
    }
    return d;
  };
  int month = month_of(lower_word_at(s, i, end, buf)), day = -1;
  if (month) {  // October 18, 2023
    day = day_at(skip_blanks(s, end, "."), end);
    if (day < 0) return false;
  } else {  // 18 October 2023
    day = day_at(i, end);
    if (day < 0) return false;
    month = month_of(lower_word_at(s, skip_blanks(s, end), end, buf));
    if (!month) return false;
  }
  const int year = number_at(s, skip_blanks(s, end, ".,"), 4, 4, end);
  used = end;
  return year >= 0 && (end == s.size() || !(s[end] >= '0' && s[end] <= '9')) && emit(year, month, day);
}

// A line near the top that is a date and nothing more, perhaps after "Published" or "Updated" and with its
// time: "October 18, 2023", "Published: 18 October 2023, 09:41 BST", "Updated Oct. 18, 2023 at 9:41 a.m. ET".
bool parse_date_line(std::string_view line, std::string& date) {
  if (line.size() > 100) return false;
  std::size_t i = 0;
  for (std::string_view word : {"first published", "last updated", "published", "updated", "posted", "date"})
    if (istarts_with(line, word)) {
      i = skip_blanks(line, word.size(), ":");
      if (istarts_with(line.substr(i), "on ")) i += 3;
      break;
    }
  // The time may come first: "Updated 9:41 AM EDT, Wed October 18, 2023". Tried at each word while what it
  // passes is time.
  for (std::size_t at = i, checked = i; at < line.size(); ++at) {
    if (at > i && line[at - 1] != ' ') continue;
    if (!only_time_after(line.substr(checked, at - checked))) return false;
    checked = at;
    std::size_t used = 0;
    if (parse_date(line.substr(at), date, used) && only_time_after(line.substr(at + used))) return true;
  }
  return false;
}

// " date 2023-10-26 Vladimir Putin e Xi Jinping" (article 003): a CMS dateline with an ISO date.
bool parse_dateline(std::string_view line, std::string& date) {
  for (std::string_view word : {"date ", "published ", "published: ", "updated ", "updated: ", "posted "}) {
    if (!istarts_with(line, word)) continue;
    std::size_t i = word.size();
    while (i < line.size() && is_space(line[i])) ++i;
    if (is_iso_date_at(line, i)) {
      date.assign(line.substr(i, 10));
      return true;
    }
  }
  return false;
}

}  // namespace newslens::core
