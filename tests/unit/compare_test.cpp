#include <doctest/doctest.h>

#include <algorithm>

#include "core/compare.h"
#include "test_support.h"

using namespace newslens;

namespace {

// An analysis of in-memory articles whose quotes are given by their words (the first occurrence of each in
// its article), so grouping is tested without the quote stage.
struct QuoteSpec {
  std::size_t doc;
  std::string words;
};

// Articles about one story share rare names (stories.h); this sentence makes the test articles one story.
const std::string kSameStory = " Xi Jinping met Vladimir Putin in Beijing.";

core::Analysis with_quotes(const std::vector<std::string>& articles, const std::vector<QuoteSpec>& quotes,
                           bool one_story = true) {
  core::Analysis a;
  for (std::size_t i = 0; i < articles.size(); ++i)
  {
    std::string name = "d";
    name += std::to_string(i);
    name += ".txt";
    std::string bytes = "Title\n\n";
    bytes += articles[i];
    if (one_story) bytes += kSameStory;
    bytes += '\n';
    core::ingest_bytes(name, bytes, a.corpus);
  }
  for (const core::Document& d : a.corpus.documents) a.texts.push_back(core::segment_document(d, test::lexicons()));
  for (const QuoteSpec& q : quotes) {
    const std::string& text = a.corpus.documents[q.doc].text;
    const std::size_t at = text.find(q.words);
    REQUIRE(at != std::string::npos);
    core::Quote quote;
    quote.doc = static_cast<std::uint32_t>(q.doc);
    quote.span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + q.words.size())};
    a.quotes.push_back(quote);
  }
  return a;
}

// The analysis of articles of one story (each body ends with kSameStory), named a.txt, b.txt, ...
core::Analysis analyze_story(const std::vector<std::string>& bodies) {
  core::Corpus corpus;
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    const std::string name(1, static_cast<char>('a' + i));
    core::ingest_bytes(name + ".txt", "Title\n\n" + bodies[i] + kSameStory + "\n", corpus);
  }
  return core::analyze(std::move(corpus), test::lexicons());
}

const core::FigureComparison* figure(const core::Analysis& a, const std::string& topic) {
  for (const core::FigureComparison& f : a.figures)
    if (f.topic == topic) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("quote groups: near-identical wording across articles is one group, longest wording kept") {
  core::Analysis a = with_quotes(
      {"Xi highlighted the \xE2\x80\x9C" "close and effective strategic coordination\xE2\x80\x9D with Russia.",
       "He hailed \"Close and effective strategic coordination\" between them, and the \xE2\x80\x98no-limits\xE2\x80\x99 deal.",
       "\xE2\x80\x9COur two countries have deepened mutual political trust and maintained close and effective "
       "strategic coordination,\xE2\x80\x9D Xi said. They signed a \xE2\x80\x9Cno-limits\xE2\x80\x9D pact.",
       "Putin called for \xE2\x80\x9C" "close foreign policy coordination\xE2\x80\x9D in the \xE2\x80\x9C"
       "current difficult conditions\xE2\x80\x9D today."},
      {{0, "close and effective strategic coordination"},
       {1, "Close and effective strategic coordination"},
       {1, "no-limits"},
       {2, "Our two countries have deepened mutual political trust and maintained close and effective strategic coordination"},
       {2, "no-limits"},
       {3, "close foreign policy coordination"},
       {3, "current difficult conditions"}});
  core::group_quotes(a);
  REQUIRE(a.quote_groups.size() == 2);
  const core::QuoteGroup& coordination = a.quote_groups[0];
  CHECK(coordination.quotes == std::vector<std::uint32_t>{0, 1, 3});
  CHECK(coordination.docs == std::vector<std::uint32_t>{0, 1, 2});
  CHECK(coordination.longest == 3);
  const core::QuoteGroup& term = a.quote_groups[1];
  CHECK(term.quotes == std::vector<std::uint32_t>{2, 4});
  CHECK(a.quotes[0].group == 0u);
  CHECK(a.quotes[2].group == 1u);
  CHECK(!a.quotes[5].group);  // different words ("foreign policy") stay apart
  CHECK(!a.quotes[6].group);  // three words, but in no other article
}

TEST_CASE("quote groups: a word dropped still groups; repeats within one article never do") {
  core::Analysis a = with_quotes(
      {"He spoke of \xE2\x80\x9Cthe current difficult conditions in the world today\xE2\x80\x9D again. Later, "
       "\xE2\x80\x9C" "deep friendship\xE2\x80\x9D and once more \xE2\x80\x9C" "deep friendship\xE2\x80\x9D.",
       "Putin cited \xE2\x80\x9Cthe current difficult conditions in the world\xE2\x80\x9D too."},
      {{0, "the current difficult conditions in the world today"},
       {0, "deep friendship"},
       {0, "deep friendship\xE2\x80\x9D."},
       {1, "the current difficult conditions in the world"}});
  a.quotes[2].span.end -= 4;  // the second "deep friendship", inside its marks
  core::group_quotes(a);
  REQUIRE(a.quote_groups.size() == 1);
  CHECK(a.quote_groups[0].quotes == std::vector<std::uint32_t>{0, 3});
  CHECK(a.quote_groups[0].longest == 0);
  CHECK(!a.quotes[1].group);
  CHECK(!a.quotes[2].group);
}

TEST_CASE("quote groups: short phrases of unrelated stories stay apart, long copied passages do not") {
  const std::string passage = "We are not getting the boost to employment that we would have expected";
  core::Analysis a = with_quotes({"The bank said it was \"on hold\" and warned: \"" + passage + "\".",
                                  "The match was put \"on hold\" after a storm. \"" + passage + "\", he said."},
                                 {{0, "on hold"}, {0, passage}, {1, "on hold"}, {1, passage}}, false);
  core::group_quotes(a);
  REQUIRE(a.quote_groups.size() == 1);
  CHECK(a.quote_groups[0].quotes == std::vector<std::uint32_t>{1, 3});
}

TEST_CASE("figures: the same trade figure in three wordings agrees; a different one is flagged") {
  core::Corpus corpus;
  core::ingest_bytes("a.txt", "A\n\nChina is Russia's largest trading partner, with the exchange reaching a record $190bn last year. "
                              "Leaders from some 130 countries came." + kSameStory + "\n", corpus);
  core::ingest_bytes("b.txt", "B\n\nTrade between the two countries reached $190 billion. Representatives from 130 countries "
                              "attended. Putin said trade would exceed $200 billion by the end of the year." + kSameStory + "\n", corpus);
  core::ingest_bytes("c.txt", "C\n\nTrade between the two countries hit a record $180 billion. Bilateral trade is approaching "
                              "the target of 200 billion dollars." + kSameStory + "\n", corpus);
  // Another story's trade figure is never compared with these: it shares no names with them.
  core::ingest_bytes("d.txt", "D\n\nTrade between Brazil and Argentina reached $100 billion, said Lula da Silva.\n", corpus);
  const core::Analysis a = core::analyze(std::move(corpus), test::lexicons());

  const core::FigureComparison* trade = figure(a, "trade");
  REQUIRE(trade != nullptr);
  CHECK(trade->type == core::EntityType::kMoney);
  CHECK(trade->reports.size() == 3);
  CHECK(trade->disagree);  // $180 billion against $190bn / $190 billion
  CHECK(a.figures.front().disagree);  // disagreements come first

  const core::FigureComparison* target = figure(a, "trade target");
  REQUIRE(target != nullptr);
  CHECK(target->reports.size() == 2);
  CHECK(!target->disagree);
  CHECK(target->reports[0].value == doctest::Approx(200e9));

  const core::FigureComparison* countries = figure(a, "countries");
  REQUIRE(countries != nullptr);
  CHECK(countries->type == core::EntityType::kNumber);
  CHECK(!countries->disagree);
  CHECK(countries->reports.size() == 2);
}

TEST_CASE("figures: dates agree at the precision both give; one article alone is no comparison") {
  core::Corpus corpus;
  core::ingest_bytes("a.txt", "A\n\nBuilding on the \"no-limits\" partnership they announced in 2022, they met." + kSameStory + "\n", corpus);
  core::ingest_bytes("b.txt", "B\n\nIn February 2022, the two leaders signed an agreement promising a \"no-limits\" relationship. "
                              "The invasion began in February 2022." + kSameStory + "\n", corpus);
  core::ingest_bytes("c.txt", "C\n\nThe invasion began in March 2022." + kSameStory + "\n", corpus);
  const core::Analysis a = core::analyze(std::move(corpus), test::lexicons());
  const core::FigureComparison* pact = figure(a, "no-limits partnership");
  REQUIRE(pact != nullptr);
  CHECK(pact->type == core::EntityType::kDate);
  CHECK(!pact->disagree);
  const core::FigureComparison* invasion = figure(a, "invasion");
  REQUIRE(invasion != nullptr);
  CHECK(invasion->disagree);  // February against March 2022
  CHECK(figure(a, "meeting") == nullptr);
}

TEST_CASE("figures: a count is compared by the plural noun it counts, not a measure's, an adjective's or a time ago") {
  // BBC sport, one story: a four-year deal and a two-year ban were one "years" figure that disagreed; so were
  // "three years ago" and "for 15 years", a "12th world record" and a "60m world title".
  const core::Analysis a = analyze_story(
      {"UK Athletics agreed a four-year deal with an energy drink company. She won the event three years ago. It "
       "was her 12th world record. Athletes from 30 countries came.",
       "Kenteris was handed a two-year ban. He has not raced for 15 years. She will defend her 60m world title. "
       "Athletes from 32 countries came.",
       "The four-year deal was signed on Monday. Kenteris faces a two-year ban."});
  CHECK(figure(a, "years") == nullptr);
  CHECK(figure(a, "year") == nullptr);
  CHECK(figure(a, "world") == nullptr);
  const core::FigureComparison* deal = figure(a, "year deal");
  REQUIRE(deal != nullptr);
  CHECK(deal->reports.size() == 2);
  CHECK(!deal->disagree);
  const core::FigureComparison* ban = figure(a, "year ban");
  REQUIRE(ban != nullptr);
  CHECK(!ban->disagree);
  const core::FigureComparison* countries = figure(a, "countries");
  REQUIRE(countries != nullptr);
  CHECK(countries->disagree);  // 30 against 32
}

TEST_CASE("figures: a keyword belongs to the sentence's nearest figure; a figure cut short agrees") {
  // BBC business/003 and /192 on Yukos: the $9.3bn sale price is no tax figure, and "$27bn" is the
  // "$27.5bn" bill cut short. One digit is too coarse for that: "4%" is no "4.5%" cut short.
  const core::Analysis a = analyze_story(
      {"State-owned Rosneft bought the Yugansk unit for $9.3bn in a sale forced by Russia to part settle a $27.5bn "
       "tax claim against Yukos. The economy grew by 4.5% last year.",
       "Yugansk was sold to help pay off a $27bn back tax bill. The economy grew by 4% last year."});
  const core::FigureComparison* tax = figure(a, "tax");
  REQUIRE(tax != nullptr);
  REQUIRE(tax->reports.size() == 2);
  CHECK(tax->reports[0].value == doctest::Approx(27.5e9));
  CHECK(tax->reports[1].value == doctest::Approx(27e9));
  CHECK(!tax->disagree);
  const core::FigureComparison* economy = figure(a, "economy");
  REQUIRE(economy != nullptr);
  CHECK(economy->disagree);
}
