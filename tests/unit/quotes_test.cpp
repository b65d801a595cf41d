#include <doctest/doctest.h>

#include "quote_support.h"

using namespace newslens;
using test::quotes_of;

namespace {
const std::string kTitle = "Putin and Xi meet in Beijing\n\n";
}

TEST_CASE("quotes: spans and kinds of corpus sentences") {
  struct Row {
    std::string body;
    std::string text;  // the first quote's words
    std::string kind;
  };
  const Row rows[] = {
      // 000: a trailing comma inside the marks is left out of the span.
      {"\xE2\x80\x9CPolitical mutual trust is steadily deepening,\xE2\x80\x9D the Chinese leader said.",
       "Political mutual trust is steadily deepening", "direct"},
      // 001: a coined name nobody is reported as saying.
      {"The two men spoke of the \xE2\x80\x9Cno-limits\xE2\x80\x9D partnership they announced in 2022.", "no-limits",
       "term"},
      // BBC business: after a speech verb the same shape is the speaker's words, a partial quote (was a term).
      {"Last month, Bank of England governor Mervyn King said that the economy had hit a \"softer patch\" in the "
       "autumn.",
       "softer patch", "partial"},
      {"At the time, police said a \"physical altercation\" had taken place outside the club.", "physical altercation",
       "partial"},
      // 000: a fragment woven into the reporter's sentence.
      {"Xi highlighted the \xE2\x80\x9C" "close and effective strategic coordination\xE2\x80\x9D with Russia.",
       "close and effective strategic coordination", "partial"},
      // 003: mismatched marks as printed, the closing one with an opening glyph.
      {"In view of the anniversary \xE2\x80\x9Cwe have built a good working relationship and a deep "
       "friendship\xE2\x80\x9C, said Xi, and China is willing to work with Russia.",
       "we have built a good working relationship and a deep friendship", "direct"},
      // 003: "the so-called" marks a term even in single quotes.
      {"The initiative launched by Xi, the so-called \xE2\x80\x98New Silk Road\xE2\x80\x99, turns ten.",
       "New Silk Road", "term"},
      // Straight quotes, as in the BBC data.
      {"\"We will not back down,\" the minister said.", "We will not back down", "direct"},
      // PolNeAR nyt: a title inside a sentence is a name, not speech.
      {"He wrote a column, \xE2\x80\x9C" "Coal Isn't the Villain\xE2\x80\x9D, last year.", "Coal Isn't the Villain", "term"},
      // PolNeAR NYT typewriter quotes.
      {"``This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.", "This isn't tax reform", "direct"},
      // PolNeAR: a two-word sentence set off by its attribution is what was said, however short.
      {"The crowd cheered. \xE2\x80\x9COkay,\xE2\x80\x9D I said, attempting to regroup.", "Okay", "direct"},
      {"''Follow us,'' Ms. Gil said, and the boys trailed behind.", "Follow us", "direct"},
      // PolNeAR: the reporter's clause runs on past the closing mark, the quote is a piece of it.
      {"\xE2\x80\x9CWe\xE2\x80\x99re extremely happy\xE2\x80\x9D about the decision, said RoseAnn DeMoro.",
       "We\xE2\x80\x99re extremely happy", "partial"},
      {"On MSNBC, Bush said \"local forces\" must lead the way.", "local forces", "partial"},
      // ... unlike a quote whose attribution follows without a comma.
      {"\"I can win anywhere,\" said Jon Ralston, who runs a newsletter.", "I can win anywhere", "direct"},
      {"Obama reheated it. \xE2\x80\x9CWe\xE2\x80\x99re like Ebony and Ivory\xE2\x80\x9D he explained with a smile.",
       "We\xE2\x80\x99re like Ebony and Ivory", "direct"},
      // A short reply after "asked," is a sentence of its own.
      {"Wallace then asked, \xE2\x80\x9CWith nukes?\xE2\x80\x9D", "With nukes?", "direct"},
      // PolNeAR: Title Case after a colon or a speech verb, ending the sentence, is still what was said.
      {"Ted Cruz: \xE2\x80\x98Physically Assaulting A Reporter Is A Fireable Offense.\xE2\x80\x99\n\nMore text.",
       "Physically Assaulting A Reporter Is A Fireable Offense", "direct"},
      {"She declared \xE2\x80\x9CWhat a Super Tuesday!\xE2\x80\x9D and went on.", "What a Super Tuesday!", "direct"},
      // PolNeAR breitbart: "writing" (now a cue) introduces the whole of what was written.
      {"Flea shared the news last week, writing \xE2\x80\x9C" "Feels great to support someone I believe in.\xE2\x80\x9D",
       "Feels great to support someone I believe in", "direct"},
      // PolNeAR wash-post: a line that is only a short quote in single marks is a subheading.
      {"He was fired.\n\n'A change warrior.'\n\nFiorina has been forced to defend her record.", "A change warrior",
       "headline"},
      // ... but a show's name opening a sentence has no attribution after its comma.
      {"''Billions,'' on Showtime, is a present-day drama.", "Billions", "partial"},
      // PolNeAR west-journal: the quote ends with the closing mark of one nested in it, then its attribution.
      {"\xE2\x80\x9CThough there are four years to go, they are pulling off what they called \xE2\x80\x98the "
       "comeback of the decade,'\xE2\x80\x9D the article read.",
       "Though there are four years to go, they are pulling off what they called \xE2\x80\x98the comeback of the "
       "decade,'",
       "direct"},
      // PolNeAR nyt: after a dash, a sentence attributed after its comma is what was said ...
      {"He pushed Nabisco to shift production to Mexico - ''I love Oreos,'' he said, ''I will never eat them "
       "again'' - and vowed to act.",
       "I love Oreos", "direct"},
      // ... but not a slogan between dashes.
      {"His act\xE2\x80\x94\xE2\x80\x9CMy tax plan will be a tremendous plan!\xE2\x80\x9D\xE2\x80\x94is "
       "wearing thin.",
       "My tax plan will be a tremendous plan!", "partial"},
      // PolNeAR west-journal: the cue's clause runs on to the comma, the quote closes the sentence: direct.
      {"Clinton said at a town hall on Monday, \"we would be looking at something like Syria.\"",
       "we would be looking at something like Syria", "direct"},
      {"Mr. Barrett said, \"we were floored.\"", "we were floored", "direct"},
      {"He backed her because, in her words, \"he knows how to do it.\"", "he knows how to do it", "direct"},
      {"It was, as the judge put it, \"a waste of time.\"", "a waste of time", "direct"},
      // After "that," or "because," a capitalised quote completes the reporter's clause (PolNeAR west-journal).
      {"Trump tweeted that, \"For those few people knocking me for tweeting at three in the morning, at least you "
       "know I will be there.\"",
       "For those few people knocking me for tweeting at three in the morning, at least you know I will be there",
       "partial"},
      {"That is a problem because, \"In the end, we don't vote against somebody. We vote for somebody.\"",
       "In the end, we don't vote against somebody. We vote for somebody", "partial"},
      // ... but not reported speech, nor a cue in an earlier clause, nor a phrase continuing the sentence.
      {"Bolton said that whatever voters choose, \"they should not make it on that basis.\"",
       "they should not make it on that basis", "partial"},
      {"Russia and China, Putin said in his speech, speaking later, \"like most countries, share the desire.\"",
       "like most countries, share the desire", "partial"},
      {"He said G4S works with other agencies, as well, \"including the departments of State and Labor.\"",
       "including the departments of State and Labor", "partial"},
      // PolNeAR nyt: a title set off after the work it names is a name, not speech.
      {"He quoted it on the cover of his new book, \"Trump and Me,\" which comes out in July.", "Trump and Me",
       "term"},
      // PolNeAR usa-today letters: the title of a commentary, whatever its case.
      {"Ouisa Davis' commentary, \"Melania, tell your immigrant story,\" is very thoughtful.",
       "Melania, tell your immigrant story", "term"},
      // PolNeAR usa-today: after an abbreviation ending the attribution, a quoted sentence is what was said.
      {"Graham spoke to reporters in Columbia, S.C. \"I get that. But he is dishonoring that support.\"",
       "I get that. But he is dishonoring that support", "direct"},
      // PolNeAR huff-post digest: a heading in capitals runs into the quote that is its story ...
      {"EBOLA SURVIVORS, THROUGH THE LENS \"It is about creating agency for communities.\" [HuffPost.]",
       "It is about creating agency for communities", "direct"},
      // ... but not a quote in capitals, part of the heading, nor a dateline.
      {"3. FOR AFGHAN WOMEN \"GLASS IS HALF FULL.\"\n\nThe war grinds on.", "GLASS IS HALF FULL", "term"},
      {"LOS ANGELES -- \"The stories begin. The stories end.\" So the film opens.", "The stories begin. The stories end",
       "partial"},
      // PolNeAR nyt: right after "tell" the quote is who is told and what, not the words said.
      {"These rules allow companies to tell ''one country that a subsidiary is a corporation while telling another "
       "country the same entity is a partnership.''",
       "one country that a subsidiary is a corporation while telling another country the same entity is a "
       "partnership",
       "partial"},
      // PolNeAR nyt, AP: a quote opening a parenthesis, attributed after its comma, is what was said ...
      {"The crowd booed. (\xE2\x80\x9CI don\xE2\x80\x99t want to have fisticuffs,\xE2\x80\x9D said one party "
       "activist.)",
       "I don\xE2\x80\x99t want to have fisticuffs", "direct"},
      // ... not a nickname in one, nor a title.
      {"He mocked Ted Cruz (\"Lyin Ted\") and others.", "Lyin Ted", "partial"},
      // PolNeAR west-journal: an invisible embedding mark (U+202A) before the opening mark leaves it opening the
      // sentence.
      {"\xE2\x80\xAA\xE2\x80\x9DThis is why ISIS has to be destroyed. They are gifts from God,\xE2\x80\x9D said "
       "John Krystek.",
       "This is why ISIS has to be destroyed. They are gifts from God", "direct"},
      // PolNeAR west-journal: "According to S," introduces what S said, even in lower case.
      {"According to Limbaugh, \"if it was left up to Hillary, she wouldn't have time for a debate.\"",
       "if it was left up to Hillary, she wouldn't have time for a debate", "direct"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.body);
    const auto quotes = quotes_of(kTitle + row.body);
    REQUIRE(!quotes.empty());
    CHECK(quotes[0].text == row.text);
    CHECK(quotes[0].kind == row.kind);
  }
}

TEST_CASE("quotes: apostrophes are not quotation marks") {
  // 001 "the two countries’ already strong bond", "China’s role".
  const auto quotes = quotes_of(kTitle + "Putin is on a mission to strengthen the two countries\xE2\x80\x99 already strong "
                                         "bond and China\xE2\x80\x99s role. It\xE2\x80\x99s the Kremlin\xE2\x80\x99s aim.");
  CHECK(quotes.empty());
}

TEST_CASE("quotes: a nested single quote stays inside its double quote") {
  const auto quotes = quotes_of(kTitle + "\xE2\x80\x9CHe told me \xE2\x80\x98no way\xE2\x80\x99 on Monday,\xE2\x80\x9D Smith said.");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].text == "He told me \xE2\x80\x98no way\xE2\x80\x99 on Monday");
}

TEST_CASE("quotes: a double quote nested in a double quote stays inside it") {
  // PolNeAR huff-post: the same curly marks inside and out.
  auto quotes = quotes_of(kTitle + "\xE2\x80\x9C" "As a young woman I\xE2\x80\x99" "d rather live in what he calls "
                                   "\xE2\x80\x9Chell\xE2\x80\x9D than live in a world where he is "
                                   "president.\xE2\x80\x9D \xE2\x80\x95 Adriana Rodarte");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].text == "As a young woman I\xE2\x80\x99" "d rather live in what he calls \xE2\x80\x9Chell\xE2\x80\x9D "
                          "than live in a world where he is president");
  CHECK(quotes[0].kind == "direct");
  // PolNeAR breitbart: straight marks outside, curly inside.
  quotes = quotes_of(kTitle + "Caddell continued:\n\n\"I\xE2\x80\x99m going to read you the question: \xE2\x80\x9C"
                              "Do you think her health concerns impact her ability?\xE2\x80\x9D Forty-three, yes; "
                              "forty-six, no.\"");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].text.starts_with("I\xE2\x80\x99m going to read you the question"));
  CHECK(quotes[0].text.ends_with("forty-six, no"));
  // An outer mark that never closes lost its closing mark in print: the inner quote stands alone, and the
  // rest of the paragraph is not swallowed.
  quotes = quotes_of(kTitle + "\xE2\x80\x9CThe plan, he said, was \xE2\x80\x9C" "a disaster\xE2\x80\x9D and "
                              "the vote would fail. Nobody else spoke.");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].text == "a disaster");
}

TEST_CASE("quotes: a split quote gives two entries with the same speaker") {
  // 001, Mao Ning's two sentences around "told reporters".
  const auto quotes = quotes_of(
      kTitle +
      "\xE2\x80\x9CThe visit aims to help with de-escalation in the Middle East,\xE2\x80\x9D Foreign Ministry "
      "spokesperson Mao Ning told reporters at a regular briefing on Tuesday. \xE2\x80\x9CThis is part of "
      "China\xE2\x80\x99s efforts to promote peace talks.\xE2\x80\x9D");
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].speaker == "Mao Ning");
  CHECK(quotes[0].mention == "Foreign Ministry spokesperson Mao Ning");
  CHECK(quotes[0].cue == "told");
  CHECK(quotes[1].text == "This is part of China\xE2\x80\x99s efforts to promote peace talks");
  CHECK(quotes[1].speaker == "Mao Ning");
}

TEST_CASE("quotes: the second half of a split quote after a long attribution is direct") {
  // PolNeAR usa-today: words between the cue and the comma ("during a rally in Kenansville, N.C.").
  const auto quotes = quotes_of(kTitle + "\"It should be very fair,\" Trump said during a rally in Kenansville, "
                                         "N.C., \"but a lot of people are going to be watching.\"");
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[1].text == "but a lot of people are going to be watching");
  CHECK(quotes[1].kind == "direct");
  CHECK(quotes[1].speaker == "Trump");
  // Without a cue between the marks it is the reporter's sentence, not a split quote.
  const auto plain = quotes_of(kTitle + "He liked \"the plan,\" the new budget, \"and the timing\" of it.");
  REQUIRE(plain.size() == 2);
  CHECK(plain[1].kind != "direct");
}

TEST_CASE("quotes: a quote running over paragraphs is one entry") {
  const std::string body =
      "The senator spoke at length.\n\n"
      "\xE2\x80\x9CWe will fight for every vote in this state.\n\n"
      "\xE2\x80\x9C" "And we will win it,\xE2\x80\x9D Senator Jane Smith said.";
  const auto quotes = quotes_of(kTitle + body);
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].text == "We will fight for every vote in this state.\n\n\xE2\x80\x9C" "And we will win it");
  CHECK(quotes[0].speaker == "Jane Smith");
}

TEST_CASE("quotes: a quote of several former paragraphs printed on one line is one entry") {
  // BBC rugby: each former paragraph opens with a mark and none closes; the first sentence had been lost.
  const std::string body =
      "Carter wants to win the series. He told BBC Sport: \"It's potentially the most fearsome line-up I've ever "
      "come up against. They're awesome. \"But I'd back us all the way to beat them when they come over.\" Lions "
      "boss Sir Clive Woodward is set to announce his squad.";
  const auto quotes = quotes_of(kTitle + body);
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].text == "It's potentially the most fearsome line-up I've ever come up against. They're awesome. "
                          "\"But I'd back us all the way to beat them when they come over");
  CHECK(quotes[0].mention == "He");
  // A mark opening mid-sentence inside a quote still nests in it, and the outer quote keeps its words.
  const auto nested = quotes_of(kTitle + "\"He said \"no\" to the plan,\" she said.");
  REQUIRE(nested.size() == 1);
  CHECK(nested[0].text == "He said \"no\" to the plan");
}

TEST_CASE("quotes: the second half of a split quote in typewriter marks is direct") {
  // PolNeAR nyt: the doubled '' before "Mr. Gidley said" is one closing mark.
  const auto quotes = quotes_of(kTitle + "''The voters are furious,'' Mr. Gidley said, ''and they're not letting a "
                                         "stump speech sway their vote.''");
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[1].text == "and they're not letting a stump speech sway their vote");
  CHECK(quotes[1].kind == "direct");
  CHECK(quotes[1].speaker == "Gidley");
}

TEST_CASE("quotes: a quote running over three paragraphs is one entry") {
  // PolNeAR breitbart transcripts: each paragraph opens with the same mark, only the last closes.
  const std::string body =
      "Kasich said:\n\n"
      "\"We went to a restaurant in Cleveland.\n\n"
      "\"We are now up 400,000 jobs.\n\n"
      "\"You know, the Lord made everybody here special.\"\n\n"
      "The rally ended.";
  const auto quotes = quotes_of(kTitle + body);
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].text.rfind("We went", 0) == 0);
  CHECK(quotes[0].text.find("made everybody here special") != std::string::npos);
}

TEST_CASE("quotes: closed quote paragraphs without an attribution of their own are one quotation") {
  // PolNeAR breitbart: "he replied, “... for the rest of my life.”" then a paragraph that is all quote.
  const std::string body =
      "When I called him, he replied, \xE2\x80\x9CThis was one of my finest moments. It is a badge of honor.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CI will also have great joy in your success in the years ahead.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9C" "A new quote,\xE2\x80\x9D she said.";
  const auto quotes = quotes_of(kTitle + body);
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].text.rfind("This was one", 0) == 0);
  CHECK(quotes[0].text.find("in the years ahead") != std::string::npos);
  CHECK(quotes[1].text == "A new quote");
}

TEST_CASE("quotes: an unclosed quote is bounded by its paragraph") {
  const std::string body =
      "She said \xE2\x80\x9Cthis never closes and goes on.\n\n"
      "The next paragraph has \xE2\x80\x9C" "a second quote\xE2\x80\x9D in it.\n\n"
      "A third paragraph without quotes.";
  const auto quotes = quotes_of(kTitle + body);
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].text == "this never closes and goes on");
  CHECK(quotes[1].text == "a second quote");
}

TEST_CASE("quotes: a stray mark never swallows the next paragraph") {
  // PolNeAR breitbart: a straight mark left open before a paragraph quoted with curly marks.
  const auto quotes = quotes_of(kTitle + "\"Kevin was snoring.\n\n\xE2\x80\x9CHere he is, babe,\xE2\x80\x9D she said.");
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[1].text == "Here he is, babe");
}

TEST_CASE("quotes: headline quotes") {
  // 003's headline names the speaker before the colon; 004's puts the speaker first.
  auto quotes = quotes_of("Russian-Chinese Summit, Putin meets Xi: \xE2\x80\x9CGrowing mutual trust\xE2\x80\x9D\n\n"
                          "Chinese President Xi Jinping met Vladimir Putin on Wednesday.");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].kind == "headline");
  CHECK(quotes[0].speaker == "Xi Jinping");
  quotes = quotes_of("Russian President Putin In China To Meet \xE2\x80\x98" "Dear Friend\xE2\x80\x99 Xi\n\n"
                     "Russian President Vladimir Putin travelled to China on Tuesday.");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].kind == "headline");
  CHECK(quotes[0].speaker == "Vladimir Putin");
}
