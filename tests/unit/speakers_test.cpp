#include <doctest/doctest.h>

#include <algorithm>

#include "core/quotes.h"
#include "core/text.h"
#include "quote_support.h"

using namespace newslens;
using test::quotes_of;

namespace {
const std::string kTitle = "Putin and Xi meet in Beijing\n\n";
// Introduces the people the roles and surnames below resolve to, as the corpus articles do.
const std::string kIntro =
    "China\xE2\x80\x99s President Xi Jinping met Russian President Vladimir Putin in Beijing on Wednesday.\n\n";
}  // namespace

TEST_CASE("speakers: mention, cue and resolved name of corpus sentences") {
  struct Row {
    std::string body;
    std::string mention;
    std::string cue;
    std::string speaker;
  };
  const Row rows[] = {
      // 000: a role resolved through its country to the person introduced with it.
      {"\xE2\x80\x9CPolitical mutual trust is steadily deepening,\xE2\x80\x9D the Chinese leader said, according to a "
       "Russian readout.",
       "the Chinese leader", "said", "Xi Jinping"},
      // 000: a surname expands to the full name; "on Wednesday" between subject and verb is skipped.
      {"Xi on Wednesday hailed his \xE2\x80\x9Cstrong personal friendship\xE2\x80\x9D with Putin.", "Xi", "hailed",
       "Xi Jinping"},
      // 004: an appositive between the name and the verb; the object of "told" is not the speaker.
      {"\xE2\x80\x9CRussia is aware that China doesn\xE2\x80\x99t want to sign any deals,\xE2\x80\x9D Alexander Gabuev, "
       "director of the Carnegie Russia Eurasia Center, told AFP.",
       "Alexander Gabuev", "told", "Alexander Gabuev"},
      // 004: a prepositional phrase after the name.
      {"\xE2\x80\x9CIt has been put in a position where it is dependent on China,\xE2\x80\x9D Bjorn Alexander Duben of "
       "China\xE2\x80\x99s Jilin University told AFP.",
       "Bjorn Alexander Duben", "told", "Bjorn Alexander Duben"},
      // 004: an organisation as speaker.
      {"\xE2\x80\x9C" "During the talks, special attention will be paid to regional issues,\xE2\x80\x9D the Kremlin said in "
       "a statement.",
       "the Kremlin", "said", "Kremlin"},
      // 003: a passive cue phrase.
      {"\xE2\x80\x9COur two countries have deepened mutual political trust,\xE2\x80\x9D Xi was quoted as saying by "
       "Chinese media.",
       "Xi", "was quoted as saying", "Xi Jinping"},
      // 003: inversion after a comma.
      {"\xE2\x80\x9CTruly impressive\xE2\x80\x9D volumes, commented Putin, at the end of the meeting.", "Putin",
       "commented", "Vladimir Putin"},
      // 004: a subject separated from its verb by a relative clause.
      {"Russia, which has long maintained friendly relations with both sides, has urged for a \xE2\x80\x9Cimmediate "
       "ceasefire\xE2\x80\x9D in the crisis.",
       "Russia", "urged", "Russia"},
      // PolNeAR huff-post: a party tag in brackets.
      {"\xE2\x80\x9CIt\xE2\x80\x99s a dog whistle to all Americans,\xE2\x80\x9D Rep. Gwen Moore (D-Wis.) said Friday.",
       "Rep. Gwen Moore", "said", "Gwen Moore"},
      // PolNeAR wash-post: inversion before a lower-case role.
      {"\"He knows intellectually that he can't win,\" said former Vermont governor Howard Dean (D), a Clinton "
       "supporter.",
       "former Vermont governor Howard Dean", "said", "Howard Dean"},
      // PolNeAR huff-post: a plural possessive's apostrophe is not a quotation mark.
      {"\xE2\x80\x9CWe will ensure fair redistricting in 2020,\xE2\x80\x9D Jeff Weaver, Sanders\xE2\x80\x99 campaign "
       "manager, said in a statement.",
       "Jeff Weaver", "said", "Jeff Weaver"},
      // PolNeAR usa-today: a cue word after an article is a noun ("The answers"), not the attribution.
      {"The answers to veteran suicides are \"not meeting the demand,\" says Paul Rieckhoff, founder of Iraq and "
       "Afghanistan Veterans of America.",
       "Paul Rieckhoff", "says", "Paul Rieckhoff"},
      // PolNeAR breitbart: a participle cue after a comma hangs from the sentence's subject.
      {"Flea shared the news last week, writing \xE2\x80\x9C" "Feels great to support someone I believe in.\xE2\x80\x9D",
       "Flea", "writing", "Flea"},
      {"Putin ended the meeting, adding \xE2\x80\x9CWe will meet again soon.\xE2\x80\x9D", "Putin", "adding",
       "Vladimir Putin"},
      // ... past an opening phrase set off by its comma.
      {"On Thursday, Xi closed the summit, saying \xE2\x80\x9CThe talks were a success.\xE2\x80\x9D", "Xi", "saying",
       "Xi Jinping"},
      // ... past an earlier cue that names nobody (PolNeAR politico: "wouldn't say Tuesday how ...").
      {"Sen. Chuck Schumer of New York wouldn\xE2\x80\x99t say Tuesday how the party would prioritize gun control, "
       "saying only that \xE2\x80\x9C" "for two decades it\xE2\x80\x99s been an important issue\xE2\x80\x9D for the party.",
       "Sen. Chuck Schumer", "saying", "Chuck Schumer"},
      // PolNeAR breitbart: the words of a role no list holds, between the name modifying it and the person's.
      {"\xE2\x80\x9CWe should kind of lay off Bernie a little bit,\xE2\x80\x9D Senate minority leader Harry Reid "
       "told reporters in Washington.",
       "Senate minority leader Harry Reid", "told", "Harry Reid"},
      // PolNeAR usa-today: ... after a role's modifier.
      {"\"Cruz and Rubio are moving up,\" former presidential candidate Herman Cain said.",
       "former presidential candidate Herman Cain", "said", "Herman Cain"},
      // ... but no verb is a role: PolNeAR usa-today "Trump attacked Clinton ..., saying" names Trump.
      {"During a national security speech earlier in the day, Trump attacked Clinton for her support of military "
       "action in Iraq and Libya, saying, \"She's trigger-happy and very unstable.\"",
       "Trump", "saying", "Trump"},
      // PolNeAR nyt: a role and the person's name set off by commas; the name speaks, not the White House.
      {"''Somebody entered the United States through the K-1 visa program,'' the White House spokesman, Josh "
       "Earnest, said on Thursday.",
       "the White House spokesman, Josh Earnest", "said", "Josh Earnest"},
      // PolNeAR breitbart: the same before the quote, where the name is the appositive.
      {"In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: \xE2\x80\x9CHillary "
       "Clinton believes that transatlantic cooperation is essential.\xE2\x80\x9D",
       "Jake Sullivan", "said", "Jake Sullivan"},
      // PolNeAR breitbart: a name "of" a place runs back to the person, past the appositive.
      {"Rep. Tom Cole of Oklahoma, an ally of GOP leadership, said Thursday his biggest worry is that he is "
       "\xE2\x80\x9Cunpredictable.\xE2\x80\x9D",
       "Rep. Tom Cole of Oklahoma", "said", "Tom Cole"},
      // PolNeAR breitbart: "barked" reports speech (reporting_verbs.txt).
      {"\xE2\x80\x9CGo back to Univision,\xE2\x80\x9D Trump barked and a security guard escorted Ramos out.",
       "Trump", "barked", "Trump"},
      // PolNeAR west-journal: a news outlet reports ("reported" was no cue; 53 quotes on train had no speaker).
      {"\xE2\x80\x9CTwo months before the fatal 2012 terrorist attack on the U.S. compound in Benghazi \xE2\x80\xA6 "
       "Stevens requested 13 security personnel to help him safely travel around Libya \xE2\x80\xA6 but he was "
       "turned down,\xE2\x80\x9D Fox News reported.",
       "Fox News", "reported", "Fox News"},
      // BBC: who was told is no speaker, even where the subject names nobody ("a senior source").
      {"Mr Hockney meanwhile told the BBC: \"I believe I have a mandate.\"", "Mr Hockney", "told", "Hockney"},
      {"A senior source at the club told the BBC: \"This time it's different.\"", "A senior source", "told",
       "A senior source"},
      // BBC: the name after a role with what it is for; "May" the surname, not the month.
      {"A lawyer for the victims, Eduardo Contreras, told Reuters news agency: \"This decision is historic.\"",
       "Eduardo Contreras", "told", "Eduardo Contreras"},
      {"Theresa May, shadow secretary for the family, told BBC Radio 4's Today programme: \"The plans are "
       "inadequate.\"",
       "Theresa May", "told", "Theresa May"},
      // PolNeAR usa-today: a capitalised auxiliary inside a sentence is a first name.
      {"\"It's a pretty expensive business model,\" said Will Doyle, a professor of higher education.", "Will Doyle",
       "said", "Will Doyle"},
      // PolNeAR politico: an appositive place after a noun that is no role is no speaker.
      {"Michael Seaman, who lives in an unincorporated area outside of the state capital, Sacramento, said he "
       "still \xE2\x80\x9Cprays that Bernie ends up on top.\xE2\x80\x9D",
       "he", "said", "Michael Seaman"},
      // BBC: capitals joined by an ampersand are one speaker ("M" had become the rugby player M Bortolami), and
      // the period after them ends the sentence.
      {"\"We are bringing in ranges at new price points,\" said M&S.", "M&S", "said", "M&S"},
      {"\"These improvements are so significant,\" wrote S&P credit analyst Helena Hessel.",
       "S&P credit analyst Helena Hessel", "wrote", "Helena Hessel"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.body);
    const auto quotes = quotes_of(kTitle + kIntro + row.body);
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].mention == row.mention);
    CHECK(quotes[0].cue == row.cue);
    CHECK(quotes[0].speaker == row.speaker);
  }
}

TEST_CASE("speakers: pronouns resolve to the speaker before them") {
  // 004: "he said" after Gabuev's quote.
  const auto quotes = quotes_of(
      kTitle + kIntro +
      "\xE2\x80\x9CRussia is aware of it,\xE2\x80\x9D Alexander Gabuev, director of the Carnegie Russia Eurasia Center, "
      "told AFP.\n\n\xE2\x80\x9C" "China holds all of the cards,\xE2\x80\x9D he said.");
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[1].mention == "he");
  CHECK(quotes[1].speaker == "Alexander Gabuev");
}

TEST_CASE("speakers: paragraphs of several sentences from BBC and PolNeAR") {
  struct Row {
    const char* why;
    std::string body;
    std::size_t count, index;  // quotes in the body; the one checked
    std::string mention, speaker;
  };
  const Row rows[] = {
      {"a pronoun skips a sentence's opening function word to find its subject",
       "Mr Sullivan repeatedly told jurors he met frequently with Mr Ebbers. However during the case on Tuesday "
       "Mr Ebbers denied the allegations. \"I wasn't advised by Scott Sullivan of anything ever being wrong,\" he "
       "told the court.",
       1, 0, "he", "Ebbers"},
      {"a role before the name is part of the speaker's words",
       "Yukos said it would consider its options. \"We believe the merits of our case are strong and simple,\" said "
       "chief executive Steven Theede.",
       1, 0, "chief executive Steven Theede", "Steven Theede"},
      {"a capitalised article opening the next sentence is no speaker",
       "\"It is possible to launch a direct assault on poverty,\" Mr Chidambaram said. \"The whole purpose of "
       "democratic government is to eliminate poverty.\" The new Indian government, led by the Congress party, "
       "has promised more spending.",
       2, 1, "Mr Chidambaram", "Chidambaram"},
      // entertainment/240, /093: a film's name had been the speaker.
      {"a role noun of the arts ends the description before the name",
       "\"Ossie was my hero, and he still is,\" said Aviator star Alan Alda, a family friend for over forty years.",
       1, 0, "Aviator star Alan Alda", "Alan Alda"},
      // entertainment/326: "he" had been "the Academy", the first name after the lower-case "he".
      {"a pronoun standing first chains the search back to its own antecedent",
       "Moore's caustic documentary may have been affected by its distributors' decision to enter it in the best "
       "picture category, rather than best documentary, says Tim Dams, the news editor of trade magazine Screen "
       "International. But he also believes the strong political viewpoint of Moore's film does not sit well "
       "with the Academy. \"If you look at past Oscar winners and nominees, the very conservative Oscar voters "
       "tend to go for very conservative, epic-style pictures. Fahrenheit 9/11 didn't really fit in to that "
       "category. \"They tend to go for films like Titanic, Gladiator, and the Lord of the Rings, films with "
       "scale that often aren't too contentious,\" he said.",
       1, 0, "he", "Tim Dams"},
      // PolNeAR breitbart: "New York" had been the speaker.
      {"a place modifying a person's role is not the speaker",
       "Donald Trump charges that countries that stand to benefit from the deal donated millions of dollars to the "
       "Clinton Foundation.\n\nThe New York businessman says of Clinton, \xE2\x80\x9CIf she gets the chance, she "
       "will put the Oval Office up for sale.\xE2\x80\x9D",
       1, 0, "The New York businessman", "Donald Trump"},
      // PolNeAR politico: "GOP" had been the speaker.
      {"someone unnamed is the description",
       "Donald Trump campaigned in Iowa on Monday. \xE2\x80\x9CIt\xE2\x80\x99s going to be challenging to do it "
       "in a quick turnaround,\xE2\x80\x9D said a longtime GOP data expert.",
       1, 0, "a longtime GOP data expert", "a longtime GOP data expert"},
      // PolNeAR nyt: "as X put it" had named nobody.
      {"\"as X put it\" names X",
       "As Steven M. Rosenthal, a tax lawyer and senior fellow at the Urban-Brookings Tax Policy Center, recently "
       "put it, ''Did Trump lower his taxes through legal tax avoidance, or illegal tax evasion?''",
       1, 0, "Steven M. Rosenthal", "Steven M. Rosenthal"},
      // PolNeAR wash-post: "pollster" was no role, and the quote had no speaker.
      {"a role before the name is passed over",
       "\"I can guarantee that this will appear in some ad at some point,\" said pollster Frank Luntz.",
       1, 0, "pollster Frank Luntz", "Frank Luntz"},
      // PolNeAR nyt: "pointed out" had cued nothing.
      {"\"pointed out\" cues a quote",
       "Howard Rubel is an analyst at Jefferies. ''The stock hasn't done well,'' Mr. Rubel pointed out.",
       1, 0, "Mr. Rubel", "Howard Rubel"},
      // PolNeAR west-journal: the number before the role had ended the search.
      {"a number before the role is passed over",
       "\xE2\x80\x9CThe president\xE2\x80\x99s rationales to veto JASTA don\xE2\x80\x99t hold weight,"
       "\xE2\x80\x9D said 9/11 widow Terry Strada.",
       1, 0, "widow Terry Strada", "Terry Strada"},
      // BBC: several lower-case words of a role before the name had left the quote without a speaker.
      {"a role of several words before the name",
       "\"We are delighted to have secured the services of one the most decorated competitors,\" said race "
       "director Matthew Turnbull.",
       1, 0, "director Matthew Turnbull", "Matthew Turnbull"},
      {"a research fellow",
       "She said so. \"Without first-hand experience of how much fun a game can be, they remain disengaged,\" "
       "said research fellow Diane Carr.",
       1, 0, "fellow Diane Carr", "Diane Carr"},
      // PolNeAR west-journal: "According" opening the sentence is the cue "according to" (had been Mook's).
      {"\"According\" opening the sentence",
       "\"We are concerned,\" Mook said. According to Limbaugh, \"[I]f it was left up to Hillary, she wouldn't "
       "have time to say anything positive.\"",
       2, 1, "Limbaugh", "Limbaugh"},
      // PolNeAR nyt: the subject set off by a long appositive with dashes (had no speaker).
      {"a subject before a long appositive",
       "John Dickey, the chief executive of Ora Media -- the production company that owns Mr. King's Russia Today "
       "programming, which is also streamed on Hulu -- told me, ''We're a content provider.''",
       1, 0, "John Dickey", "John Dickey"},
      // PolNeAR nyt: "asserting" is a cue (present and -ing forms of reporting_verbs.txt).
      {"a participle cue names the sentence's subject",
       "Mr. Trump hardly clarified the matter, treating Mrs. Clinton's remark first as a compliment -- ''That "
       "makes me smart'' -- and, when questioned after the debate, asserting, ''Of course, I pay federal taxes.''",
       2, 1, "Mr. Trump", "Trump"},
      // BBC politics/173: a participle's object is not who spoke.
      {"a participle's object is no speaker",
       "The standard of proof to be applied in cases alleging a breach of the convention should be \"beyond "
       "reasonable doubt\".",
       1, 0, "", ""},
      // PolNeAR nyt: a quote after a colon is the subject's past the sentence's opening phrase (had none).
      {"a colon after the subject's clause past an opening phrase",
       "With Democratic leaders increasingly worried about a lack of passion, President Obama is rolling out a new "
       "and more personal campaign message: \"It's about me.\"",
       1, 0, "President Obama", "Obama"},
      // BBC politics/199: "who" right after the name, without a comma (had been "Media").
      {"a relative pronoun without its comma",
       "Her call was backed by Culture, Media and Sport Secretary Tessa Jowell who said: \"We will act.\"", 1, 0,
       "Sport Secretary Tessa Jowell", "Tessa Jowell"},
      // PolNeAR wash-post: capitalised words before the role after the cue (had no speaker).
      {"a capitalised modifier before the role",
       "\"I don't know exactly where he stands on that,\" said undecided Republican voter Stephanie Hooton of "
       "Derry, N.H., before the barn event.",
       1, 0, "voter Stephanie Hooton", "Stephanie Hooton"},
      // BBC tech/211: a nationality's plural is no subject, and no name a run elsewhere completes ("Britons"
      // had stood for "Britons Kathy Butler").
      {"a nationality's people are not the report's issuer",
       "Britons Kathy Butler and Jo Pavey ran well. Around 23 million Britons will miss out on services, predicts "
       "the report by telecoms giant BT. It compares to 27 million who are not online. The idea that the divide "
       "will evaporate is \"wishful thinking\", the report concludes.",
       1, 0, "the report", "BT"},
      // BBC entertainment/087, politics/088: "he" after an indefinite spokesman is the spokesman, who speaks for
      // the body named with him (had no speaker).
      {"a spokesman for a body, then \"he\"",
       "A spokesman for distributor Toho said the film had done well. \"We have a good feeling about this film,\" "
       "he added.",
       1, 0, "he", "Toho"},
      {"a body's spokesman, then \"he\"",
       "A Labour Party spokesman told the BBC the party avoided those lists. \"When we ask which party they will "
       "vote for, that is not marketing,\" he said.",
       1, 0, "he", "Labour"},
      // BBC sport/071: a possessive before the role had left the quote without a speaker.
      {"a possessive before the role",
       "\"It's nothing serious,\" said his coach Peter Stanley.", 1, 0, "coach Peter Stanley", "Peter Stanley"},
      // BBC sport/446, 266: an age stands for the person the article follows (had no speaker).
      {"an age alone is the person before",
       "After a tough first set, Alicia Molik grew in confidence and won in just 56 minutes. \"Bring it on,\" said "
       "the 23-year-old.",
       1, 0, "the 23-year-old", "Alicia Molik"},
      {"an age before a name",
       "\"If there is an attractive proposal, we will see,\" admitted the 28-year-old Morientes.", 1, 0,
       "the 28-year-old Morientes", "Morientes"},
      // PolNeAR usa-today: the statement is Trump's, not someone new.
      {"a document is whoever issued it",
       "Donald Trump campaigned in Iowa on Monday. On Saturday, Trump issued a statement saying, "
       "\xE2\x80\x9CJustice Scalia was a remarkable person.\xE2\x80\x9D",
       1, 0, "a statement", "Donald Trump"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.why);
    const auto quotes = quotes_of(kTitle + row.body);
    REQUIRE(quotes.size() == row.count);
    CHECK(quotes[row.index].mention == row.mention);
    CHECK(quotes[row.index].speaker == row.speaker);
  }
}

TEST_CASE("speakers: \"she\" stands for no holiday and no name after a preposition opening the sentence") {
  struct Case {
    const char* body;
    const char* speaker;  // a word of the resolved name
  };
  const Case cases[] = {
      // PolNeAR train: "she" was "New Year".
      {"In her New Year speech, Merkel, who has adopted an open policy toward asylum seekers, warned against the "
       "forces of hate.\n\nHer countrymen, she said, should not listen to \"those with coldness, or even hate in "
       "their hearts.\"",
       "Merkel"},
      // BBC entertainment: "Of Hepburn, she said" made Katharine Hepburn the speaker of Cate Blanchett's words.
      {"Cate Blanchett, who played Katharine Hepburn in The Aviator, was delighted with the award. Of Hepburn, she "
       "said: \"The longevity of her career is inspiring to everyone.\"",
       "Blanchett"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.body);
    const auto quotes = quotes_of(kTitle + c.body);
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].mention == "she");
    CHECK(quotes[0].speaker.find(c.speaker) != std::string::npos);
  }
}

TEST_CASE("speakers: a pronoun, a role or a nationality stands for a person found before, not any capitalised words") {
  struct Case {
    const char* why;
    const char* body;
    const char* speaker;
  };
  const Case cases[] = {
      // PolNeAR train wash-post: "she" had been the convention, the first capitalised words of the sentence.
      {"an event opening the sentence is no \"she\"",
       "On the last day of the Republican National Convention in July, Ivanka Trump strode across the stage in a "
       "blush-toned dress from her namesake label. Then she shattered party norms, pledging that her father would "
       "revolutionize support for working mothers.\n\n\"Policies that allow women with children to thrive should "
       "not be the exception,\" she said.",
       "Ivanka Trump"},
      // BBC sport/156: "he" had been "Peruvian Centre", capitalised words no entity holds.
      {"a role opening the sentence is its subject, the person spoken of before",
       "Souness also revealed he tried to bring back Nolberto Solano during the January transfer window. The "
       "Peruvian international was sold to Aston Villa a year ago but in the phone-in for BBC Newcastle, Souness "
       "said tried to re-sign him, but Villa were not interested in selling.\n\nThe former Rangers and Liverpool "
       "boss is also looking to bring in a number of new acquisitions once the current campaign has been "
       "completed. \"I'm after three, four or five new players in the summer - we have got lots of targets,\" he "
       "said.",
       "Souness"},
      // BBC sport/181: "the French star" is not the corpus's most frequent Frenchman, and "he" not the Nou Camp.
      {"a role with a nationality is the person before",
       "Marcel Desailly insists there is no chance of history repeating itself when Chelsea take on Barcelona on "
       "Wednesday.\n\nThe French star was part of the Chelsea side crushed 5-1 at the Nou Camp in 2000. \"Things "
       "will be totally different this time,\" he told BBC Sport.",
       "Marcel Desailly"},
      // BBC sport/469: "the American" had been a speaker named "American".
      {"a nationality standing for a person is the person spoken of before",
       "Roddick was left frustrated after losing both his singles on the slow clay of Seville's Olympic Stadium. "
       "\"It's just tough because I felt like I was in it the whole time,\" said the American.",
       "Roddick"},
      // BBC sport/432: not the other person named earlier in the same sentence.
      {"a nationality is not someone else named before it in its sentence",
       "World number one Lindsay Davenport has criticised Wimbledon over the issue of equal prize money for "
       "women.\n\nReacting to a disputed comment by All England Club chairman Tim Phillips, the American said: "
       "\"I think it is highly insulting if prize money is taken away.\"",
       "Davenport"},
      // BBC politics/220: "the home secretary" had been Liam Fox, who spoke in between.
      {"a role is the person the article gives that title",
       "Anyone planning to move to the UK will have to pass a test, Home Secretary Charles Clarke has said.\n\nThe "
       "Lib Dems say they will look at his plans, but Tory Liam Fox said his party offered a \"clear choice\" on "
       "the issue.\n\nThe home secretary said, by 2008, he wanted everyone given a visa to have their "
       "fingerprints taken. \"We will establish a system which looks at the skills of people seeking to come and "
       "work in this country,\" he said.",
       "Charles Clarke"},
      // BBC tech/386: without a title, the given name says Graeme Oxby is no "she" (first_names.txt).
      {"a given name decides a person's gender where no title does",
       "Jennifer Everett runs a dating agency in London. Graeme Oxby said the video service was new. \"It could "
       "really take off,\" she said.",
       "Jennifer Everett"},
      // BBC business/334: a name after a title stands for a person though the tagger missed it.
      {"a titled name no entity holds",
       "Of the $18.4bn in reconstruction funds approved by Congress, less than $2bn has been spent. Lt Col Eric "
       "Schnaible of the PCO told the Associated Press news agency Contrack's withdrawal from the transportation "
       "contract was a \"mutually agreed-to separation\" and did not indicate a movement by US companies to leave "
       "Iraq. \"Some parts of the country are a whole lot more permissive than others,\" he added.",
       "Eric Schnaible"},
  };
  for (const Case& c : cases) {
    const std::string why = c.why;
    CAPTURE(why);
    const auto quotes = quotes_of(kTitle + c.body);
    REQUIRE(!quotes.empty());
    const std::string speaker = quotes.back().speaker;
    CHECK_MESSAGE(speaker.find(c.speaker) != std::string::npos, speaker);
  }
}

TEST_CASE("speakers: a name is completed within its line, and a capitalised function word names nobody") {
  // BBC politics/126: the headline ended in "EU" above "Tony Blair ...", and "Blair" had become "EU\n\nTony Blair".
  auto quotes = quotes_of(
      "End Bush 'denial' Blair tells EU\n\nTony Blair is urging European leaders to wake up from their \"state of "
      "denial\" over President Bush's re-election.\n\n\"America has spoken. The rest of the world should listen,\" "
      "the prime minister said in an interview with The Times newspaper, published on Friday.");
  REQUIRE(!quotes.empty());
  for (const auto& q : quotes) CHECK(q.speaker.find('\n') == std::string::npos);
  CHECK(quotes.back().speaker == "Tony Blair");
  // BBC tech/401: "Another" had been completed to a name of another article, "Another Boca Juniors".
  quotes = quotes_of(kTitle +
                     "Another Boca Juniors fan was hurt in the crush.\n\nAnother correspondent wrote: \"I believe "
                     "that he is addicted to the online gaming.\"");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].speaker.find("Boca") == std::string::npos);
}

TEST_CASE("speakers: \"his son\" is someone of the person before, not that person") {
  // BBC entertainment: the son's words were Thorne Nogar's. A spokesman speaks for his principal (speaker_roles.txt
  // "voice") and stays that person.
  const auto quotes = quotes_of(
      kTitle + "Sound engineer Thorne Nogar recorded Elvis Presley for RCA in the 1950s.\n\n\"He called them his "
               "ass-saver tapes,\" his son said.\n\nThe spokesman said: \"He is delighted.\"");
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].mention == "son");
  CHECK(quotes[0].speaker == "Thorne Nogar's son");
  // A description stands for its own role only: "the spokesman" is not the son.
  CHECK(quotes[1].speaker == "Thorne Nogar");
}

TEST_CASE("speakers: a quote paragraph takes the speaker of the sentence before") {
  // 001: "Putin told Xi that ..." then a quote whose own attribution is missing.
  const auto quotes = quotes_of(kTitle + kIntro +
                                "Putin told Xi that China had a crucial role to play in foreign policy.\n\n"
                                "\xE2\x80\x9CIn the current difficult conditions, close coordination is especially "
                                "necessary.\xE2\x80\x9D");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].mention == "Putin");
  CHECK(quotes[0].speaker == "Vladimir Putin");
}

TEST_CASE("speakers: a quote after its speaker's is not the next statement's, which opens with that or a colon") {
  // BBC politics/400 and sport/186: the sentence after the second quote says something of its own.
  const auto quotes = quotes_of(
      "Heath tributes\n\n\"I knew what a blow the death of his wife Audrey was a few days ago,\" said Michael "
      "Howard. \"He was a decent kindly man who helped me and my generation of politicians.\" Conservative peer "
      "Lord Heseltine said that despite their political differences he admired him.\n\n\"It was a very easy "
      "decision to make,\" the 34-year-old told Norwich's website. \"The attraction for me was to continue to "
      "play in the Premiership.\" Canaries boss Nigel Worthington added: \"I'm delighted that Graham will be "
      "joining us.\"");
  REQUIRE(quotes.size() == 5);
  CHECK(quotes[1].speaker == "Michael Howard");
  CHECK(quotes[3].mention == "the 34-year-old");
  CHECK(quotes[4].speaker == "Nigel Worthington");
  // BBC politics: indirect speech after it, with no "that".
  const auto indirect = quotes_of(
      "Shortlists\n\n\"It hasn't worked,\" Ms Abbott said. \"The shortlist strategy works for women.\" On Tuesday "
      "Labour chairman Ian McCartney said his party was keen to improve representation.");
  REQUIRE(indirect.size() == 2);
  CHECK(indirect[1].speaker == "Abbott");
  // A sloppy full stop before the attribution does not lose it.
  const auto sloppy = quotes_of("Sloppy\n\nThe match ended late. \"We were lucky.\" said Jose Mourinho.");
  REQUIRE(sloppy.size() == 1);
  CHECK(sloppy[0].speaker == "Jose Mourinho");
  // A quote within a sentence keeps the statement after it: the same subject goes on (PolNeAR).
  const auto inside = quotes_of(
      "Fiorina's pitch\n\nCarly Fiorina routinely characterizes herself as a \"change warrior\" who \"can get "
      "things done.\" She said that the record spoke for itself.");
  REQUIRE(inside.size() == 2);
  CHECK(inside[1].mention == "She");
  CHECK(inside[1].speaker.ends_with("Fiorina"));
}

TEST_CASE("speakers: a possessor is the subject before a pronoun only when nobody else is named as one") {
  // BBC sport/264: the possessor "O'Leary's" had been the "he" of Doug Ellis's quote.
  auto quotes = quotes_of(
      "Villa deal\n\nAston Villa manager David O'Leary has signed a new contract.\n\nO'Leary's future was in "
      "question, but Villa chairman Doug Ellis said he was happy to secure the deal. \"David's record since his "
      "arrival in 2003 is excellent,\" he told Villa's website.");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].speaker == "Doug Ellis");
  // PolNeAR wash-post "Suu Kyi's fate is still unclear, but she said": with no one else named, the possessor is
  // who "she" is.
  quotes = quotes_of(
      "Iowa votes\n\nHillary Clinton spoke in Des Moines on Monday.\n\nClinton's fate is still unclear, but she "
      "said at a news conference last week that she would win. \"I will make all the decisions,\" she said.");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].speaker == "Hillary Clinton");
  // BBC politics/218: a name a preposition takes is no subject ("a speech by Mr Brown").
  quotes = quotes_of(
      "Blair and Brown\n\nTony Blair and Gordon Brown met.\n\nThese rumours were fuelled by Mr Blair's decision to "
      "hold his monthly media conference at the same time as a long-planned speech by Mr Brown on UK plans. He said "
      "the claims were a \"load of nonsense\".");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].speaker == "Tony Blair");
}

TEST_CASE("speakers: a quote paragraph after a sentence ending in a colon is its subject's") {
  // PolNeAR west-journal, breitbart: no reporting verb, only "made the following comment:".
  const auto sanders = quotes_of(kTitle + "On July 6, 2015, Sanders made the following comment:\n\n\xE2\x80\x9C"
                                          "For young people who have graduated high school, the unemployment rate is "
                                          "33 percent.\xE2\x80\x9D\n");
  REQUIRE(sanders.size() == 1);
  CHECK(sanders[0].mention == "Sanders");
  const auto trump = quotes_of(kTitle + "In response to the tragic loss of life, Republican presidential nominee "
                                        "Donald Trump issued the following statement:\n\n\xE2\x80\x9COur prayers "
                                        "are with all those affected by the horrible attacks in Munich.\xE2\x80\x9D\n");
  REQUIRE(trump.size() == 1);
  CHECK(trump[0].mention == "Republican presidential nominee Donald Trump");
  CHECK(trump[0].speaker == "Donald Trump");
  // An imperative names nobody: HuffPost "Read the latest updates below:".
  const auto below = quotes_of(kTitle + "Read the latest updates below:\n\n\xE2\x80\x9CSen. Bernie Sanders took "
                                        "the stage in Iowa late Monday night.\xE2\x80\x9D\n");
  REQUIRE(below.size() == 1);
  CHECK(below[0].mention.empty());
}

TEST_CASE("speakers: a dash byline names the speaker") {
  // PolNeAR huff-post latinos: readers' quotes signed after a horizontal bar.
  const auto quotes = quotes_of(kTitle + "\xE2\x80\x9CI\xE2\x80\x99" "d rather live anywhere else.\xE2\x80\x9D \xE2\x80\x95 "
                                         "Adriana Rodarte");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].mention == "Adriana Rodarte");
}

TEST_CASE("speakers: a term has no speaker") {
  const auto quotes = quotes_of(kTitle + kIntro + "Putin said the two leaders signed a \xE2\x80\x9Cno-limits\xE2\x80\x9D "
                                                  "agreement.");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].kind == "term");
  CHECK(quotes[0].speaker.empty());
  CHECK(quotes[0].mention.empty());
}

namespace {
// An analysis of one article with entity mentions placed by hand, as the entities stage will produce them.
core::Analysis with_entities(const std::string& article, const std::vector<std::pair<std::string, std::string>>& mentions) {
  core::Analysis a;
  core::ingest_bytes("article.txt", article, a.corpus);
  const core::Document& doc = a.corpus.documents.front();
  a.texts.push_back(core::segment_document(doc, test::lexicons()));
  for (const auto& [surface, name] : mentions) {
    std::uint32_t entity = 0;
    while (entity < a.entities.size() && a.entities[entity].name != name) ++entity;
    if (entity == a.entities.size()) {
      core::Entity e;
      e.name = name;
      e.type = core::EntityType::kPerson;
      e.aliases = {name};
      a.entities.push_back(e);
    }
    for (std::size_t at = doc.text.find(surface); at != std::string::npos; at = doc.text.find(surface, at + 1)) {
      core::Mention m;
      m.span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + surface.size())};
      m.entity = entity;
      a.mentions.push_back(m);
    }
  }
  std::sort(a.mentions.begin(), a.mentions.end(),
            [](const core::Mention& x, const core::Mention& y) { return x.span.start < y.span.start; });
  core::extract_quotes(a, test::lexicons());
  return a;
}
}  // namespace

TEST_CASE("speakers: entity mentions decide the canonical name and the entity id") {
  // The entities stage merged "Xi" and "the Chinese leader" into Xi Jinping; the speaker takes its name.
  const core::Analysis a = with_entities(
      kTitle + "Xi met Putin in Beijing.\n\n\xE2\x80\x9CPolitical mutual trust is deepening,\xE2\x80\x9D the Chinese "
               "leader said.\n\n\xE2\x80\x9CWe are moving very confidently,\xE2\x80\x9D Putin said.",
      {{"Xi", "Xi Jinping"}, {"the Chinese leader", "Xi Jinping"}, {"Putin", "Vladimir Putin"}});
  REQUIRE(a.quotes.size() == 2);
  CHECK(a.quotes[0].speaker == "Xi Jinping");
  REQUIRE(a.quotes[0].speaker_entity.has_value());
  CHECK(a.entities[*a.quotes[0].speaker_entity].name == "Xi Jinping");
  CHECK(a.quotes[1].speaker == "Vladimir Putin");
  REQUIRE(a.quotes[1].speaker_entity.has_value());
  CHECK(a.entities[*a.quotes[1].speaker_entity].name == "Vladimir Putin");
}

TEST_CASE("speakers: a pronoun takes the entity of the speaker before it") {
  const core::Analysis a = with_entities(
      kTitle + "\xE2\x80\x9CRussia is aware of it,\xE2\x80\x9D Alexander Gabuev told AFP.\n\n"
               "\xE2\x80\x9C" "China holds all of the cards,\xE2\x80\x9D he said.",
      {{"Alexander Gabuev", "Alexander Gabuev"}, {"AFP", "AFP"}});
  REQUIRE(a.quotes.size() == 2);
  CHECK(a.quotes[1].speaker == "Alexander Gabuev");
  REQUIRE(a.quotes[1].speaker_entity.has_value());
  CHECK(*a.quotes[1].speaker_entity == 0u);
}

TEST_CASE("speakers: a pronoun stands for what it can: he for a person, she for no man, it for no person, neither a place") {
  // The one quote of an article.
  const auto only_quote = [](const std::string& article) {
    const auto quotes = test::quotes_of(article);
    REQUIRE(quotes.size() == 1);
    return quotes[0];
  };
  // PolNeAR breitbart: Miami had been the speaker.
  const auto miami = only_quote(
      "Rubio returns\n\nMarco Rubio returned to Florida on Tuesday. While he was speaking with the press in Miami "
      "on Wednesday, he said, \xE2\x80\x9CIt\xE2\x80\x99s been 235 days since I was home.\xE2\x80\x9D\n");
  CHECK(miami.mention == "he");
  CHECK(miami.speaker == "Marco Rubio");
  // PolNeAR politico: "it" had been the person quoted just before.
  const auto department = test::quotes_of(
      "Emails released\n\nThe State Department released the emails on Friday. \xE2\x80\x9CThe emails were sent in "
      "error,\xE2\x80\x9D said Jan Piercy, a spokeswoman. \xE2\x80\x9CWe will be adding this missing data in "
      "January,\xE2\x80\x9D it said.\n");
  REQUIRE(department.size() == 2);
  CHECK(department[0].speaker == "Jan Piercy");
  CHECK(department[1].mention == "it");
  CHECK(department[1].speaker == "State Department");
  // PolNeAR usa-today: a capitalised word opening the sentence, held by no entity, had been the speaker.
  const auto moments = only_quote(
      "Temperament\n\nDonald Trump spoke to reporters in Iowa on Monday.\n\nMoments after the remarks, he said, "
      "\xE2\x80\x9CI actually think I have the best temperament.\xE2\x80\x9D\n");
  CHECK(moments.speaker == "Donald Trump");
  // PolNeAR: "she said" had been Donald Trump's, the subject just before, in 45 of 250 quotes on a man. The
  // titles give each person a gender: "Mr. Trump" twice, "Mrs. Clinton" twice.
  const auto she = only_quote(
      "Debate\n\nHillary Clinton spoke in Ohio. Mrs. Clinton said the economy was growing. Mrs. Clinton thanked "
      "the crowd. Donald Trump spoke later. Mr. Trump said he would win. Mr. Trump left early.\n\n"
      "\xE2\x80\x9CWe will keep fighting,\xE2\x80\x9D she said.\n");
  CHECK(she.mention == "she");
  CHECK(she.speaker == "Hillary Clinton");
}

TEST_CASE("speakers: a person inside a speaker description wins over an organisation") {
  core::Analysis a;
  const std::string article =
      kTitle + "\xE2\x80\x9CThe visit aims to help,\xE2\x80\x9D Foreign Ministry spokesperson Mao Ning told reporters.";
  core::ingest_bytes("article.txt", article, a.corpus);
  a.texts.push_back(core::segment_document(a.corpus.documents.front(), test::lexicons()));
  a.entities = {core::Entity{"Foreign Ministry", core::EntityType::kOrg, {"Foreign Ministry"}, {0}, 0, ""},
                core::Entity{"Mao Ning", core::EntityType::kPerson, {"Mao Ning"}, {1}, 0, ""}};
  const auto at = [&](const std::string& s) { return static_cast<std::uint32_t>(article.find(s)); };
  a.mentions = {core::Mention{0, {at("Foreign Ministry"), at("Foreign Ministry") + 16}, 0, 0, 0},
                core::Mention{0, {at("Mao Ning"), at("Mao Ning") + 8}, 1, 0, 0}};
  core::extract_quotes(a, test::lexicons());
  REQUIRE(a.quotes.size() == 1);
  CHECK(a.quotes[0].speaker == "Mao Ning");
  CHECK(a.quotes[0].speaker_entity == std::optional<std::uint32_t>(1));
}
