// Quantities: MONEY, PERCENT, NUMBER and DATE candidates with normalised values (see entities.h).
// One left-to-right pass over each sentence's tokens; at each token the date, money and number readers try
// in turn, and a match skips past its tokens. Lexicons: number_words, currencies, months (with weekdays).
// Which bare numbers become entities (to keep "the two leaders" out of the entity list):
//   - digits always ("42 times", "1,400 people"), except scores and ranges ("2-1") and clock times ("10:30");
//   - number words only with a scale ("a million"), before a counted noun ("ten years", "three hours") that
//     no determiner precedes ("the two leaders" and "their two countries" are skipped), or glued to a measure
//     ("ninety-minute", 003); "one" alone never (a pronoun far more often than a figure).
// [SECTION] word classes: plural nouns, determiners, measures, date prepositions
// [SECTION] scanner: the per-token gate, number phrases, money, percent, counts
// [SECTION] dates: day-month-year forms, weekdays and relative dates through the document date
// [SECTION] QuantityReader: lexicon tables built once per analysis
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/numbers.h"
#include "core/quantities.h"

namespace newslens::core {

namespace {

// =========================================================================================================
// [SECTION] word classes
// =========================================================================================================
bool is_lower_word(std::string_view w) { return !w.empty() && w[0] >= 'a' && w[0] <= 'z'; }

bool one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (w == s) return true;
  return false;
}

// A lower-case plural after a number, as in "42 times" and "130 countries"; "2004 has" and "two was" are
// verbs after a year or a pronoun, not counts.
bool is_plural_noun(std::string_view w) {
  return is_lower_word(w) && w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' &&
         !one_of(w, {"has", "was", "does", "is", "its", "his", "this", "thus", "plus", "less", "unless", "across",
                     "as", "us", "yes", "says", "seems", "means", "remains", "looks", "makes", "takes", "gives",
                     "comes", "goes", "shows", "includes", "whereas", "perhaps", "always", "sometimes"});
}

// Words after which a bare number word is part of a noun phrase, not a figure: "the two leaders" (000).
bool is_determiner(std::string_view w) {
  return one_of(w, {"the", "The", "these", "These", "those", "Those", "their", "Their", "its", "his", "her", "our",
                    "Our", "my", "your", "both", "all", "other", "first", "last", "next", "every", "each", "any"});
}

// Measures glued to a number word by a hyphen: "ninety-minute bilateral meeting" (003), "three-hour" (003).
bool is_measure(std::string_view w) {
  return one_of(w, {"minute", "hour", "day", "week", "month", "year", "decade", "mile", "metre", "meter",
                    "kilometre", "kilometer", "point", "storey", "seat", "nation", "country", "member", "man",
                    "game", "match", "set", "goal", "time"});
}

// Before a month name or a year these make the word a date: "in March" (000), "since 2013".
bool is_date_preposition(std::string_view w) {
  return one_of(w, {"in", "In", "since", "Since", "until", "till", "by", "By", "from", "From", "of", "early",
                    "late", "mid", "last", "next", "this", "during", "before", "after", "between", "and", "or",
                    "to", "on", "On", "that", "every", "each"});
}

struct NumberPhrase {
  double value = 0;
  std::uint32_t first = 0, end = 0;  // tokens [first, end)
  bool words = false;                // written in words ("ninety", "a million")
  bool scaled = false;               // a scale word or suffix applied ("190bn", "two million")
  bool ordinal = false;              // "42nd"
  bool measure_glued = false;        // "ninety-minute"
  std::string_view suffix;           // unread glued suffix: "m" (money or metres), "km", "p"...
};

// =========================================================================================================
// [SECTION] scanner
// =========================================================================================================
class QuantityScanner {
 public:
  QuantityScanner(const Document& doc, std::uint32_t doc_index, const DocText& text,
                  const QuantityReader::Tables& tables, std::vector<EntityCandidate>& out)
      : doc_(doc), doc_index_(doc_index), text_(text), number_gate_(tables.number_gate),
        month_gate_(tables.month_gate), number_index_(tables.numbers), currency_index_(tables.currencies),
        month_index_(tables.months), starters_(tables.starters), number_starts_(tables.number_starts),
        date_starts_(tables.date_starts), out_(out) {
    doc_date_ = parse_iso_date(doc.date);
  }

  void scan_sentence(const Sentence& s) {
    end_ = s.end_token;
    for (std::uint32_t i = s.first_token; i < end_;) {
      if (!may_open_quantity(i)) {
        ++i;
        continue;
      }
      std::uint32_t next = read_date(i);
      if (!next) next = read_money_symbol(i);
      if (!next) next = read_number(i);
      i = next ? next : i + 1;
    }
  }

 private:
  // Digits, a currency symbol ("$", "£", "€": ASCII '$' or a multi-byte sign) or a word that may start a
  // number word, month, weekday or relative date; everything else is passed over without a lookup.
  bool may_open_quantity(std::uint32_t i) const {
    const Token& t = text_.tokens[i];
    switch (t.kind) {
      case TokenKind::kNumber: return true;
      case TokenKind::kPunct: {
        const unsigned char c = static_cast<unsigned char>(doc_.text[t.start]);
        return c == '$' || c >= 0xC2;
      }
      case TokenKind::kWord: {
        const std::string_view w = tok(i);
        if (w.size() == 1) return w[0] == 'a' || w[0] == 'A';
        return starters_.may_hold(w);
      }
      default: return false;
    }
  }

  std::string_view tok(std::uint32_t i) const {
    const Token& t = text_.tokens[i];
    return std::string_view(doc_.text).substr(t.start, t.end - t.start);
  }
  TokenKind kind(std::uint32_t i) const { return text_.tokens[i].kind; }
  bool glued(std::uint32_t a, std::uint32_t b) const { return text_.tokens[a].end == text_.tokens[b].start; }
  std::string_view prev_word(std::uint32_t i, std::uint32_t first) const {
    return i > first && i > 0 ? tok(i - 1) : std::string_view{};
  }

  void emit(std::uint32_t first, std::uint32_t end, EntityType type, double value, std::string unit,
            std::string key) {
    // "£16.9bn" is 16.9 * 1e9 = 16899999999.999998 in binary; 12 significant digits is more than any
    // figure in print carries and gives back the value as written.
    if (type != EntityType::kDate) value = round_significant(value, 12);
    EntityCandidate c;
    c.doc = doc_index_;
    c.span = {text_.tokens[first].start, text_.tokens[end - 1].end};
    c.type = type;
    c.value = value;
    c.unit = std::move(unit);
    c.key = std::move(key);
    out_.push_back(std::move(c));
  }

  // Value of a single number word or hyphenated compound ("twenty-five"); -1 when not one.
  double word_value(std::string_view w) const {
    if (w.size() > 24 || w.empty()) return -1;
    const std::size_t hyphen = w.find('-');
    if (hyphen == std::string_view::npos) {
      if (w.size() < 2 || !number_gate_.may_hold(w)) return -1;
      const std::string* v = number_index_.find(w);
      return v ? std::atof(v->c_str()) : -1;
    }
    const double tens = word_value(w.substr(0, hyphen));
    const double units = word_value(w.substr(hyphen + 1));
    if (tens >= 20 && tens < 100 && units >= 1 && units < 10) return tens + units;
    return -1;
  }

  // A number in digits or words starting at token i: "190bn", "1,000", "190 billion", "two hundred",
  // "a million", "ninety-minute".
  std::optional<NumberPhrase> read_number_phrase(std::uint32_t i) const {
    NumberPhrase p;
    p.first = i;
    std::uint32_t j = i;
    if (kind(i) == TokenKind::kNumber) {
      const auto d = parse_digit_number(tok(i));
      if (!d) return std::nullopt;
      p.value = d->value;
      j = i + 1;
      if (is_ordinal_suffix(d->suffix)) {
        p.ordinal = true;
      } else if (!d->suffix.empty() && d->suffix != "m" && scale_suffix(d->suffix) > 0) {
        p.value *= scale_suffix(d->suffix);
        p.scaled = true;
      } else {
        p.suffix = d->suffix;
      }
    } else if (kind(i) == TokenKind::kWord) {
      std::string_view w = tok(i);
      double total = 0, current = 0;
      bool any = false;
      if ((w == "a" || w == "an" || w == "A" || w == "An") && i + 1 < end_) {
        const double scale = word_value(tok(i + 1));
        if (scale < 100) return std::nullopt;  // "a million", "a hundred"; never "a two"
        current = 1;
        any = true;
        ++j;
      }
      for (; j < end_ && kind(j) == TokenKind::kWord; ++j) {
        w = tok(j);
        const double v = word_value(w);
        if (v < 0) {
          // "ninety-minute": a number word glued to a measure ends the phrase.
          const std::size_t hyphen = w.find('-');
          if (!any && hyphen != std::string_view::npos) {
            const double head = word_value(w.substr(0, hyphen));
            if (head >= 2 && is_measure(w.substr(hyphen + 1))) {
              p.value = head;
              p.words = p.measure_glued = true;
              p.end = j + 1;
              return p;
            }
          }
          if (any && (w == "and") && j + 1 < end_ && word_value(tok(j + 1)) > 0 && current >= 100) continue;
          break;
        }
        if (v >= 1000) {
          total += (current == 0 ? 1 : current) * v;
          current = 0;
          p.scaled = true;
        } else if (v == 100) {
          current = (current == 0 ? 1 : current) * 100;
        } else {
          if (any && current != 0 && std::fmod(current, 100) != 0 && v < 100) break;  // "two three" is two
          current += v;
        }
        any = true;
      }
      if (!any) return std::nullopt;
      p.value = total + current;
      p.words = true;
      p.end = j;
      return p;
    } else {
      return std::nullopt;
    }
    // A separate scale word: "190 billion", "$200 billion", "5 bn".
    if (j < end_ && kind(j) == TokenKind::kWord && !p.ordinal && p.suffix.empty()) {
      const std::string_view w = tok(j);
      const double scale = w == "m" ? 0 : scale_suffix(w);
      if (scale > 0) {
        p.value *= scale;
        p.scaled = true;
        ++j;
      }
    }
    p.end = j;
    return p;
  }

  // Currency code and factor of a symbol or word ("$", "dollars", "pence"); empty when not a currency.
  std::string_view currency_of(std::string_view w, double& factor) const {
    factor = 1;
    if (w.size() > 10) return {};
    const std::string* v = currency_index_.find(w);
    if (!v) return {};
    std::string_view code(*v);
    if (const std::size_t star = code.find('*'); star != std::string_view::npos) {
      factor = std::atof(v->c_str() + star + 1);
      code = code.substr(0, star);
    }
    return code;
  }

  void emit_money(const NumberPhrase& p, std::uint32_t first, std::uint32_t end, std::string_view code,
                  double factor) {
    const double amount = p.value * factor;
    std::string key(code);
    key += ':';
    key += format_value(amount);
    emit(first, end, EntityType::kMoney, amount, std::string(code), std::move(key));
  }

  // "$190bn" (001), "$190 billion" (003, 004), "US$5m", "£5m": a symbol then a number.
  std::uint32_t read_money_symbol(std::uint32_t i) {
    if (kind(i) != TokenKind::kPunct && tok(i) != "US") return 0;
    std::uint32_t sym = i;
    if (tok(i) == "US") {
      if (i + 1 >= end_ || tok(i + 1) != "$" || !glued(i, i + 1)) return 0;
      sym = i + 1;
    }
    double factor = 1;
    const std::string_view code = currency_of(tok(sym), factor);
    if (code.empty() || sym + 1 >= end_ || kind(sym + 1) != TokenKind::kNumber) return 0;
    auto p = read_number_phrase(sym + 1);
    if (!p || p->ordinal) return 0;
    if (p->suffix == "m") p->value *= 1e6;  // "£5m": million, not metres, after a currency
    else if (!p->suffix.empty()) return 0;
    emit_money(*p, i, p->end, code, factor);
    return p->end;
  }

  // A number, then what it counts or measures: a currency word ("200 billion dollars", 003), a percent sign
  // or word ("10 per cent"), a year, or a count ("42 times", "some 130 countries").
  std::uint32_t read_number(std::uint32_t i) {
    const TokenKind k = kind(i);
    if (k != TokenKind::kNumber && !(k == TokenKind::kWord && tok(i).size() <= 24)) return 0;
    if (k == TokenKind::kWord && (tok(i)[0] < 'a' || tok(i)[0] > 'z') && tok(i) != "A" && tok(i) != "An") {
      // Capitalised number words start sentences ("Ten years on"); read them too, but nothing else.
      const char c = tok(i)[0];
      if (c < 'A' || c > 'Z') return 0;
    }
    if (k == TokenKind::kWord && !number_starts_.may_hold(tok(i))) return 0;  // "the", "said": not numbers
    auto p = read_number_phrase(i);
    if (!p) return 0;
    const std::uint32_t j = p->end;
    const std::string_view next = j < end_ ? tok(j) : std::string_view{};
    // Percent: "10%", "10 per cent", "ten percent".
    if (!p->ordinal && p->suffix.empty()) {
      std::uint32_t pct_end = 0;
      if (next == "%") pct_end = j + 1;
      else if (next == "percent" || next == "pc") pct_end = j + 1;
      else if (next == "percentage" && j + 1 < end_ && tok(j + 1).substr(0, 5) == "point") pct_end = j + 1;
      else if (next == "per" && j + 1 < end_ && tok(j + 1) == "cent") pct_end = j + 2;
      if (pct_end) {
        if (pct_end < end_ && (tok(pct_end) == "points" || tok(pct_end) == "point")) ++pct_end;
        emit(i, pct_end, EntityType::kPercent, p->value, "percent", "percent:" + format_value(p->value));
        return pct_end;
      }
    }
    // Money with the currency after: "200 billion dollars" (003), "5m euros", "50p".
    if (!p->ordinal) {
      double factor = 1;
      std::string_view code;
      std::uint32_t money_end = j;
      if (!p->suffix.empty() && !p->scaled) {
        code = currency_of(p->suffix, factor);  // "50p"
      } else if (j < end_ && kind(j) == TokenKind::kWord) {
        code = currency_of(next, factor);
        money_end = j + 1;
        if (next == "p" || next == "pound" || next == "euro" || next == "dollar") code = {};  // "a two-pound coin"
      }
      if (!code.empty() && (k == TokenKind::kNumber || p->scaled || p->value >= 2)) {
        if (p->suffix == "m") p->value *= 1e6;
        emit_money(*p, i, money_end, code, factor);
        return money_end;
      }
    }
    if (k == TokenKind::kNumber) return read_digit_count(i, *p);
    return read_word_count(i, *p);
  }

  std::uint32_t read_digit_count(std::uint32_t i, const NumberPhrase& p) {
    const std::uint32_t j = p.end;
    const std::string_view prev = prev_word(i, 0);
    // Scores, ranges and clock times are not figures anyone compares: "won 2-1", "10:30".
    const bool dash_after = j + 1 < end_ && glued(j - 1, j) && (tok(j) == "-" || tok(j) == "\xE2\x80\x93") &&
                            kind(j + 1) == TokenKind::kNumber;
    const bool dash_before = i >= 2 && glued(i - 1, i) && (prev == "-" || prev == "\xE2\x80\x93") &&
                             kind(i - 2) == TokenKind::kNumber;
    const bool clock = (j < end_ && tok(j) == ":" && glued(j - 1, j)) || (prev == ":" && glued(i - 1, i));
    if (dash_after || dash_before || clock) return j;
    // A year: four digits, no comma, 1900-2100. "the “no-limits” partnership they announced in 2022 days
    // before" (001) is a year because "in" precedes it, though a plural noun follows.
    const auto d = parse_digit_number(tok(i));
    if (d && !d->has_comma && d->int_digits == 4 && d->suffix.empty() && !p.scaled && p.value >= 1900 &&
        p.value <= 2100 && p.value == std::floor(p.value)) {
      const std::string_view next = j < end_ ? tok(j) : std::string_view{};
      const bool counted = is_plural_noun(next) && !is_date_preposition(prev);
      if (!counted) {
        CivilDate date{static_cast<int>(p.value), 0, 0};
        emit_date(i, j, date, true);
        return j;
      }
    }
    if (p.suffix.size() == 1 && p.suffix != "m") return j;  // "4x4", "3D": names, not figures
    if (one_of(p.suffix, {"am", "pm", "GMT", "BST", "ET", "EST"})) return j;  // "2100GMT" (BBC): a clock time
    std::string key = "NUM:" + format_value(p.value);
    std::string unit;
    if (!p.suffix.empty()) {
      unit = p.suffix;  // "100m", "5km": a measure, kept apart from plain counts
      key += ':';
      key += p.suffix;
    }
    emit(i, j, EntityType::kNumber, p.value, std::move(unit), std::move(key));
    return j;
  }

  std::uint32_t read_word_count(std::uint32_t i, const NumberPhrase& p) {
    const std::uint32_t j = p.end;
    const bool single_one = !p.scaled && p.value == 1;
    if (single_one || p.value == 0) return j;
    bool worth = p.scaled || p.measure_glued;
    if (!worth && j < end_ && kind(j) == TokenKind::kWord) {
      const std::string_view next = tok(j);
      const std::string_view prev = prev_word(i, 0);
      const bool counted_noun = is_plural_noun(next) || next == "people";
      worth = counted_noun && !is_determiner(prev) && next != "of";
    }
    if (!worth) return j;
    emit(i, j, EntityType::kNumber, p.value, "", "NUM:" + format_value(p.value));
    return j;
  }

  void append_doc_suffix(std::string& key) const {
    key += '@';
    key += std::to_string(doc_index_);
  }

  // =======================================================================================================
  // [SECTION] dates
  // =======================================================================================================
  int month_of(std::uint32_t i) const {
    if (kind(i) != TokenKind::kWord) return 0;
    const std::string_view w = tok(i);
    if (w.size() < 3 || w.size() > 9 || w[0] < 'A' || w[0] > 'Z' || !month_gate_.may_hold(w)) return 0;
    const std::string* v = month_index_.find(w);
    if (!v || v->empty() || (*v)[0] == 'w') return 0;
    return std::atoi(v->c_str());
  }
  int weekday_of(std::uint32_t i) const {
    if (kind(i) != TokenKind::kWord) return 0;
    const std::string_view w = tok(i);
    if (w.size() < 6 || w.size() > 9 || w[0] < 'A' || w[0] > 'Z' || w.substr(w.size() - 3) != "day") return 0;
    const std::string* v = month_index_.find(w);
    return v && v->size() == 2 && (*v)[0] == 'w' ? (*v)[1] - '0' : 0;
  }
  int day_number(std::uint32_t i) const {
    if (i >= end_ || kind(i) != TokenKind::kNumber) return 0;
    const auto d = parse_digit_number(tok(i));
    if (!d || d->int_digits > 2 || d->value < 1 || d->value > 31 || d->value != std::floor(d->value)) return 0;
    if (!d->suffix.empty() && !is_ordinal_suffix(d->suffix)) return 0;
    return static_cast<int>(d->value);
  }
  int year_number(std::uint32_t i) const {
    if (i >= end_ || kind(i) != TokenKind::kNumber) return 0;
    const auto d = parse_digit_number(tok(i));
    if (!d || d->has_comma || d->int_digits != 4 || !d->suffix.empty() || d->value < 1800 || d->value > 2200) return 0;
    return static_cast<int>(d->value);
  }

  // A date without a year takes the document's year when it is known: the latest such date not after the
  // document's date ("in March" in an October 2023 article is March 2023).
  void emit_date(std::uint32_t first, std::uint32_t end, CivilDate date, bool absolute) {
    if (date.year == 0 && doc_date_) {
      date.year = doc_date_->year;
      if (date.month > doc_date_->month || (date.month == doc_date_->month && date.day > doc_date_->day))
        --date.year;
      absolute = true;
    }
    std::string iso = format_iso(date);
    std::string key = "DATE:" + iso;
    // An undated relative date ("Wednesday", "last year" with no document date) is its document's own.
    if (!absolute) append_doc_suffix(key);
    emit(first, end, EntityType::kDate, date.year * 10000.0 + date.month * 100 + date.day, std::move(iso),
         std::move(key));
  }

  void emit_relative(std::uint32_t first, std::uint32_t end, std::string_view what, int amount) {
    // what: "day", "week", "month", "year"; amount: -1 last, 0 this, +1 next.
    if (!doc_date_) {
      std::string key = "DATE:";
      key += std::string_view(doc_.text).substr(text_.tokens[first].start,
                                                text_.tokens[end - 1].end - text_.tokens[first].start);
      append_doc_suffix(key);
      emit(first, end, EntityType::kDate, 0, "", fold_ascii(key));
      return;
    }
    CivilDate d = *doc_date_;
    if (what == "year") d = {d.year + amount, 0, 0};
    else if (what == "month") {
      int m = d.month + amount, y = d.year;
      if (m < 1) { m += 12; --y; }
      if (m > 12) { m -= 12; ++y; }
      d = {y, m, 0};
    } else if (what == "day") {
      d = civil_from_days(days_from_civil(d.year, d.month, d.day) + amount);
    } else {
      return;  // weeks have no ISO text short of a week date; leave them out
    }
    emit_date(first, end, d, true);
  }

  std::uint32_t read_date(std::uint32_t i) {
    const std::string_view w = tok(i);
    if (kind(i) == TokenKind::kWord && !date_starts_.may_hold(w)) return 0;  // most words: one table load
    if (kind(i) == TokenKind::kNumber) {
      // "18 October", "18 October 2023".
      const int day = day_number(i);
      if (!day || i + 1 >= end_) return 0;
      const int month = month_of(i + 1);
      if (!month) return 0;
      const int year = year_number(i + 2);
      emit_date(i, i + (year ? 3 : 2), {year, month, day}, year != 0);
      return i + (year ? 3 : 2);
    }
    if (kind(i) != TokenKind::kWord) return 0;
    if (const int month = month_of(i)) {
      // "October 18, 2023", "October 7", "February 2022", "in March" (000).
      std::uint32_t j = i + 1;
      if (j < end_ && tok(j) == "." && w.size() <= 4) ++j;  // "Oct. 18"
      const int day = day_number(j);
      if (day) {
        std::uint32_t k = j + 1;
        if (k < end_ && tok(k) == ",") ++k;
        const int year = year_number(k);
        emit_date(i, year ? k + 1 : j + 1, {year, month, day}, year != 0);
        return year ? k + 1 : j + 1;
      }
      if (const int year = year_number(j)) {
        emit_date(i, j + 1, {year, month, 0}, true);
        return j + 1;
      }
      // A bare month needs a preposition: "May" is mostly a modal verb or a Prime Minister.
      const bool full_name = w.size() >= 5 || w == "March" || w == "June" || w == "July" || w == "May";
      if (!full_name || !is_date_preposition(prev_word(i, 0))) return 0;
      emit_date(i, i + 1, {0, month, 0}, false);
      return i + 1;
    }
    if (const int weekday = weekday_of(i)) {
      if (!doc_date_) {
        std::string key = "DATE:";
        key += w;
        append_doc_suffix(key);
        emit(i, i + 1, EntityType::kDate, 0, "", std::move(key));
        return i + 1;
      }
      // The latest such weekday on or before the document's date: "on Wednesday" in a Thursday's paper.
      const std::int64_t z = days_from_civil(doc_date_->year, doc_date_->month, doc_date_->day);
      const int back = (iso_weekday(doc_date_->year, doc_date_->month, doc_date_->day) - weekday + 7) % 7;
      emit_date(i, i + 1, civil_from_days(z - back), true);
      return i + 1;
    }
    // Relative dates: "last year" (000, 001), "this year" (002), "yesterday".
    if (w == "yesterday" || w == "Yesterday") { emit_relative(i, i + 1, "day", -1); return i + 1; }
    if (w == "today" || w == "Today") { emit_relative(i, i + 1, "day", 0); return i + 1; }
    if (w == "tomorrow" || w == "Tomorrow") { emit_relative(i, i + 1, "day", 1); return i + 1; }
    if (i + 1 < end_) {
      const std::string_view unit = tok(i + 1);
      if (unit != "year" && unit != "month") return 0;
      int amount = 2;
      if (w == "last" || w == "Last" || w == "previous") amount = -1;
      else if (w == "this" || w == "This") amount = 0;
      else if (w == "next" || w == "Next") amount = 1;
      if (amount == 2) return 0;
      emit_relative(i, i + 2, unit, amount);
      return i + 2;
    }
    return 0;
  }

  const Document& doc_;
  std::uint32_t doc_index_;
  const DocText& text_;
  const WordGate& number_gate_;
  const WordGate& month_gate_;
  const SmallLexicon& number_index_;
  const SmallLexicon& currency_index_;
  const SmallLexicon& month_index_;
  const TrigramGate& starters_;
  const TrigramGate& number_starts_;
  const TrigramGate& date_starts_;
  std::vector<EntityCandidate>& out_;
  std::optional<CivilDate> doc_date_;
  std::uint32_t end_ = 0;
};

}  // namespace

// =========================================================================================================
// [SECTION] QuantityReader
// =========================================================================================================
QuantityReader::Tables::Tables(const Lexicons& lexicons)
    : numbers(lexicons.list("number_words")), currencies(lexicons.list("currencies")), months(lexicons.list("months")),
      number_gate(lexicons.list("number_words")), month_gate(lexicons.list("months")) {
  number_starts.add_all(lexicons.list("number_words"));
  for (std::string_view w : {"a", "an"}) number_starts.add(w);
  date_starts.add_all(lexicons.list("months"));
  for (std::string_view w : {"yesterday", "today", "tomorrow", "last", "this", "next", "previous"}) date_starts.add(w);
  starters = number_starts;
  starters.add_all(lexicons.list("months"));
  for (std::string_view w : {"yesterday", "today", "tomorrow", "last", "this", "next", "previous", "US"})
    starters.add(w);
}

QuantityReader::QuantityReader(const Lexicons& lexicons) : tables_(lexicons) {}

std::vector<EntityCandidate> QuantityReader::read(const Document& doc, std::uint32_t doc_index,
                                                  const DocText& text) const {
  std::vector<EntityCandidate> out;
  QuantityScanner scanner(doc, doc_index, text, tables_, out);
  for (const Sentence& s : text.sentences) scanner.scan_sentence(s);
  return out;
}

std::vector<EntityCandidate> find_quantities(const Document& doc, std::uint32_t doc_index, const DocText& text,
                                             const Lexicons& lexicons) {
  return QuantityReader(lexicons).read(doc, doc_index, text);
}

}  // namespace newslens::core
