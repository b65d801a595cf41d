#include <doctest/doctest.h>

#include <algorithm>

#include "core/entities.h"
#include "core/numbers.h"
#include "test_support.h"

using namespace newslens;

namespace {

struct Found {
  std::string type, text, unit;
  double value = 0;
};

// Quantities found in one sentence (the body of a one-article corpus), with an optional document date.
std::vector<Found> quantities_in(const std::string& sentence, const std::string& date = "") {
  core::Document d = test::ingest_one("t.txt", "Title line\n\n" + sentence + "\n");
  d.date = date;
  const core::DocText t = core::segment_document(d, test::lexicons());
  std::vector<Found> out;
  for (const auto& c : core::find_quantities(d, 0, t, test::lexicons()))
    if (c.span.start >= 12) out.push_back({core::entity_type_name(c.type), test::text_of(d.text, c.span), c.unit, c.value});
  return out;
}

}  // namespace

TEST_CASE("money: symbols, scale suffixes and words all normalise to one value and currency") {
  struct Case {
    const char* sentence;
    const char* text;
    double value;
    const char* unit;
  };
  const Case cases[] = {
      {"the exchange between the nations reaching a record $190bn last year", "$190bn", 190e9, "USD"},
      {"trade between the two countries reached $190 billion, according to Chinese estimates", "$190 billion", 190e9, "USD"},
      {"is approaching the target of $200 billion", "$200 billion", 200e9, "USD"},
      {"we are steadily moving towards the goal of 200 billion dollars that they are agreed upon",
       "200 billion dollars", 200e9, "USD"},
      {"The deal is worth $1.13bn to the firm.", "$1.13bn", 1.13e9, "USD"},
      {"Arsenal paid \xC2\xA3" "5m for the striker.", "\xC2\xA3" "5m", 5e6, "GBP"},
      {"Gazprom earned 300 billion roubles in the quarter.", "300 billion roubles", 300e9, "RUB"},
      {"Exports rose to 1.2 trillion yuan last month.", "1.2 trillion yuan", 1.2e12, "CNY"},
      {"The fund holds \xE2\x82\xAC" "3.5 million in cash.", "\xE2\x82\xAC" "3.5 million", 3.5e6, "EUR"},
      {"Spending rises to \xC2\xA3" "16.9bn next year.", "\xC2\xA3" "16.9bn", 16.9e9, "GBP"},
  };
  for (const Case& c : cases) {
    const std::string sentence_text = c.sentence;
    CAPTURE(sentence_text);
    const auto found = quantities_in(c.sentence);
    const auto it = std::find_if(found.begin(), found.end(), [](const Found& f) { return f.type == "MONEY"; });
    REQUIRE(it != found.end());
    CHECK(it->text == c.text);
    CHECK(it->value == doctest::Approx(c.value));
    CHECK(core::format_value(it->value) == core::format_value(c.value));  // exact: no 16899999999.999998
    CHECK(it->unit == c.unit);
  }
}

TEST_CASE("percent: sign, per cent and words") {
  const std::pair<const char*, double> cases[] = {
      {"Sales grew 10% in a year.", 10},
      {"Sales grew 10 per cent in a year.", 10},
      {"Sales grew ten percent in a year.", 10},
      {"Turnout fell 2.5 percentage points on the last poll.", 2.5},
  };
  for (const auto& [sentence, value] : cases) {
    const std::string sentence_text = sentence;
    CAPTURE(sentence_text);
    const auto found = quantities_in(sentence);
    REQUIRE(found.size() >= 1);
    CHECK(found[0].type == "PERCENT");
    CHECK(found[0].value == doctest::Approx(value));
    CHECK(found[0].unit == "percent");
  }
}

TEST_CASE("numbers: counts are kept, noun-phrase number words are not") {
  struct Case {
    const char* sentence;
    std::vector<std::pair<std::string, double>> numbers;  // (text, value) of NUMBER candidates
  };
  const Case cases[] = {
      {"Xi noted that he and Putin had met 42 times in the past decade.", {{"42", 42}}},
      {"Leaders and senior politicians from some 130 countries are in the Chinese capital.", {{"130", 130}}},
      {"This was followed by a ninety-minute bilateral meeting with Xi Jinping.", {{"ninety-minute", 90}}},
      {"The summit marks ten years of the initiative.", {{"ten", 10}}},
      {"Hamas launched the bloodiest attack, killing over 1,400 people.", {{"1,400", 1400}}},
      {"The war has seen over a million Palestinians flee their homes.", {{"a million", 1e6}}},
      {"Today's is the 42nd meeting between the two leaders.", {{"42nd", 42}}},
      {"The two leaders met in Beijing.", {}},
      {"Their two countries signed one deal.", {}},
      {"Chelsea won 2-1 at home.", {}},
      {"The polls close at 2100GMT on Thursday.", {}},
      {"After more than three hours of talks, they parted.", {{"three", 3}}},
  };
  for (const Case& c : cases) {
    const std::string sentence_text = c.sentence;
    CAPTURE(sentence_text);
    std::vector<std::pair<std::string, double>> got;
    for (const Found& f : quantities_in(c.sentence))
      if (f.type == "NUMBER") got.emplace_back(f.text, f.value);
    CHECK(got == c.numbers);
  }
}

TEST_CASE("dates: absolute forms to ISO text, relative ones through the document date") {
  struct Case {
    const char* sentence;
    const char* date;  // document date, "" = unknown
    const char* text;
    const char* iso;
  };
  const Case cases[] = {
      {"The summit opened on October 18, 2023 in Beijing.", "", "October 18, 2023", "2023-10-18"},
      {"The summit opened on 18 October in Beijing.", "", "18 October", "--10-18"},
      {"Russia's invasion began in February 2022.", "", "February 2022", "2022-02"},
      {"The partnership they announced in 2022 days before the war.", "", "2022", "2022"},
      {"Since then 2004 has been a record year.", "", "2004", "2004"},
      {"Xi became Chinese president in March 2013.", "", "March 2013", "2013-03"},
      {"The two leaders last met in March when Xi travelled to Moscow.", "2023-10-26", "March", "2023-03"},
      {"The two leaders last met in March when Xi travelled to Moscow.", "", "March", "--03"},
      {"Xi Jinping on Wednesday hailed his friendship.", "2023-10-26", "Wednesday", "2023-10-25"},
      {"Xi Jinping on Wednesday hailed his friendship.", "", "Wednesday", ""},
      {"Trade reached a record $190bn last year.", "2023-10-26", "last year", "2022"},
      {"Since October 7, Western countries have rallied.", "2023-10-20", "October 7", "2023-10-07"},
  };
  for (const Case& c : cases) {
    const std::string sentence_text = c.sentence;
    CAPTURE(sentence_text);
    const std::string date_text = c.date;
    CAPTURE(date_text);
    const auto found = quantities_in(c.sentence, c.date);
    const auto it = std::find_if(found.begin(), found.end(), [](const Found& f) { return f.type == "DATE"; });
    REQUIRE(it != found.end());
    CHECK(it->text == c.text);
    CHECK(it->unit == c.iso);
  }
  // "May" is a modal verb or a name far more often than a month.
  for (const Found& f : quantities_in("May said the talks may resume. Theresa May left."))
    CHECK(f.type != "DATE");
}

TEST_CASE("equal values merge: one key for $190bn and $190 billion, one per undated document for Wednesday") {
  core::Corpus corpus;
  core::ingest_bytes("a.txt", "A\n\nTrade hit a record $190bn on Wednesday.\n", corpus);
  core::ingest_bytes("b.txt", "B\n\nTrade reached $190 billion on Wednesday.\n", corpus);
  const core::Analysis a = core::analyze(std::move(corpus), test::lexicons());
  int money = 0, dates = 0;
  for (const core::Entity& e : a.entities) {
    if (e.type == core::EntityType::kMoney) {
      ++money;
      CHECK(e.mentions.size() == 2);
      CHECK(e.unit == "USD");
      CHECK(e.value == doctest::Approx(190e9));
    }
    if (e.type == core::EntityType::kDate) ++dates;
  }
  CHECK(money == 1);
  CHECK(dates == 2);  // each article's Wednesday is its own until the articles carry dates
}

TEST_CASE("number helpers: digits, significant figures, calendar") {
  const auto n = core::parse_digit_number("1,000");
  REQUIRE(n);
  CHECK(n->value == 1000);
  CHECK(n->has_comma);
  CHECK(!core::parse_digit_number("12,34"));
  CHECK(core::parse_digit_number("1.13bn")->suffix == "bn");
  CHECK(core::significant_digits_in("$1.13bn") == 3);
  CHECK(core::significant_digits_in("190 billion") == 3);
  CHECK(core::round_significant(1.13e9, 2) == doctest::Approx(1.1e9));
  CHECK(core::format_value(190e9) == "190000000000");
  CHECK(core::iso_weekday(2023, 10, 18) == 3);  // a Wednesday
  CHECK(core::format_iso(core::civil_from_days(core::days_from_civil(2024, 3, 1) - 1)) == "2024-02-29");
}
