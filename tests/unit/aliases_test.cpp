#include <doctest/doctest.h>

#include <algorithm>

#include "core/analysis.h"
#include "test_support.h"

using namespace newslens;

namespace {

core::Analysis analyze_texts(const std::vector<std::string>& bodies) {
  core::Corpus corpus;
  for (std::size_t i = 0; i < bodies.size(); ++i)
    core::ingest_bytes("doc" + std::to_string(i) + ".txt", "Test article\n\n" + bodies[i], corpus);
  return core::analyze(std::move(corpus), test::lexicons());
}

const core::Entity* entity_named(const core::Analysis& a, const std::string& name) {
  for (const core::Entity& e : a.entities)
    if (e.name == name) return &e;
  return nullptr;
}

// The entity called `name`, which the test requires to exist.
const core::Entity& named(const core::Analysis& a, const std::string& name) {
  const core::Entity* e = entity_named(a, name);
  REQUIRE_MESSAGE(e != nullptr, "no entity named " << name);
  return *e;
}

bool has_alias(const core::Entity& e, const std::string& alias) {
  return std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
}

int xi_mentions(const core::Analysis& a) {
  const core::Entity* xi = entity_named(a, "Xi Jinping");
  return xi ? static_cast<int>(xi->mentions.size()) : 0;
}

}  // namespace

TEST_CASE("surname and full name are one person across documents, named by the full name") {
  // "Xi agreed": the tagger misses a short name opening a sentence; the full name in the same article
  // settles it.
  const core::Analysis a = analyze_texts({"Russian President Vladimir Putin arrived in Beijing on Tuesday.",
                                          "Putin said the talks were useful.",
                                          "Chinese President Xi Jinping welcomed him. Xi agreed."});
  const core::Entity& putin = named(a, "Vladimir Putin");
  CHECK(putin.type == core::EntityType::kPerson);
  CHECK(has_alias(putin, "Putin"));
  CHECK(putin.mentions.size() == 2);
  CHECK(xi_mentions(a) == 2);
  const core::Entity& xi = named(a, "Xi Jinping");
  CHECK(has_alias(xi, "Xi"));
  CHECK(entity_named(a, "Putin") == nullptr);
  CHECK(entity_named(a, "Xi") == nullptr);
}

TEST_CASE("a name written with a character reference is the name") {
  // BBC: scraped text keeps "&#233;". "Pascal Pap&#233;" had been an organisation "Pascal Pap&", its "233" a
  // number, and "Jos&#233; Manuel Barroso" a "Manuel Barroso" apart from the "Jose Manuel Barroso" of others.
  const core::Analysis a = analyze_texts(
      {"France: Fabien Pelous (Stade Toulousain, capt), Jerome Thion (Biarritz), Pascal Pap&#233; (Bourgoin), "
       "Gregory Lamboley (Stade Toulousain).",
       "In a letter, EC President Jos&#233; Manuel Barroso told the President of the European Parliament.",
       "The President of the European Commission, Jose Manuel Barroso, spoke on Tuesday."});
  const core::Entity& pape = named(a, "Pascal Pap\xC3\xA9");
  CHECK(pape.type == core::EntityType::kPerson);
  CHECK(named(a, "Jos\xC3\xA9 Manuel Barroso").mentions.size() == 2);  // one spelling each: the first wins
  CHECK(entity_named(a, "233") == nullptr);
  CHECK(entity_named(a, "Manuel Barroso") == nullptr);
}

TEST_CASE("a one-word name joins a person named in other articles only if its articles name that person too") {
  // BBC: the tagger calls "Google" a person; one article has a "Google Video" person. Three articles use
  // "Google" alone and none of them names "Google Video": they are not about it.
  const core::Analysis a = analyze_texts({"Once Google started blocking these search queries the rate of infection "
                                          "tailed off sharply.",
                                          "Google said it would open an office.", "Google shares rose.",
                                          "Google Video was launched on Monday."});
  const core::Entity& video = named(a, "Google Video");
  CHECK(video.mentions.size() == 1);
  const core::Entity& google = named(a, "Google");
  CHECK(google.mentions.size() == 3);
  // The same short name beside the full name in most of its articles is that person.
  const core::Analysis b = analyze_texts({"Gordon Brown gave his Budget speech. Brown said growth was strong.",
                                          "Gordon Brown spoke in Leeds. Brown was cheered.",
                                          "Brown said taxes would not rise."});
  const core::Entity& brown = named(b, "Gordon Brown");
  CHECK(brown.mentions.size() == 5);
  CHECK(entity_named(b, "Brown") == nullptr);
}

TEST_CASE("a surname the tagger types otherwise joins the person its articles name") {
  // PolNeAR: the tagger, trained on CoNLL's "Cruz Azul", calls "Cruz" an organisation (269 uses in articles
  // without "Ted Cruz"). Most articles using "Cruz" alone name Ted Cruz, so this one means him too.
  const core::Analysis a = analyze_texts(
      {"Texas Sen. Ted Cruz won the Iowa caucuses on Monday, and Cruz thanked his supporters.",
       "Texas Sen. Ted Cruz told reporters in Des Moines that Cruz voters would turn out.",
       "Texas Sen. Ted Cruz said he has 370 delegates. Cruz has said for weeks he is the only candidate in the "
       "field who can beat Trump one-on-one.",
       "The radio talker has increasingly filled his rally speeches for Cruz with overt religious imagery."});
  const core::Entity& cruz = named(a, "Ted Cruz");
  CHECK(cruz.type == core::EntityType::kPerson);
  CHECK(cruz.mentions.size() == 7);
  CHECK(entity_named(a, "Cruz") == nullptr);
  // Not a word that mostly stands apart from the person: BBC's city of "Houston" is no John Houston.
  const core::Analysis b = analyze_texts({"Yukos submitted the suit in Houston, where it filed for bankruptcy.",
                                          "The company owns a house in Houston.", "Houston is in Texas.",
                                          "John Houston won the race.", "John Houston was delighted.",
                                          "John Houston thanked his coach."});
  const core::Entity& houston = named(b, "John Houston");
  CHECK(houston.mentions.size() == 3);
}

TEST_CASE("a first name alone joins a person named in full only within the article's story") {
  // BBC entertainment/176: Friends' "Rachel" had joined Rachel Lomax of the Bank of England, named in unrelated
  // business articles.
  const core::Analysis a = analyze_texts(
      {"Rachel Lomax, deputy governor of the Bank of England, said inflation would stay low.",
       "Bank of England deputy governor Rachel Lomax told MPs the forecasts were sound.",
       "Jennifer Aniston, who was Rachel in the long-running show Friends, has enjoyed a successful film career."});
  const core::Entity& lomax = named(a, "Rachel Lomax");
  CHECK(lomax.mentions.size() == 2);
  CHECK_FALSE(has_alias(lomax, "Rachel"));
  // Within one story it joins: "Serena" in a report of the match that names Serena Williams elsewhere.
  const core::Analysis b = analyze_texts(
      {"Serena Williams beat Lindsay Davenport at Melbourne Park to reach the Australian Open final.",
       "At Melbourne Park, Davenport said Serena had played the Australian Open final of her life."});
  const core::Entity& serena = named(b, "Serena Williams");
  CHECK(has_alias(serena, "Serena"));
}

TEST_CASE("an organisation's last word alone names it where the article names it in full") {
  // BBC sport: "United" after "Manchester United" was an entity of its own (60 mentions). Not an acronym:
  // PolNeAR's "SVP" (the Swiss People's Party) beside "Junge SVP", its youth wing.
  const core::Analysis a = analyze_texts(
      {"Manchester United beat Arsenal at Old Trafford on Sunday. United striker Ruud van Nistelrooy scored twice.",
       "Manchester United manager Alex Ferguson praised his side.",
       "The Junge SVP, the youth wing of the SVP, ran the campaign. The Junge SVP posters showed black sheep."});
  const core::Entity& united = named(a, "Manchester United");
  CHECK(has_alias(united, "United"));
  CHECK(entity_named(a, "United") == nullptr);
  const core::Entity& svp = named(a, "SVP");
  CHECK(svp.mentions.size() == 1);
}

TEST_CASE("\"the\" and an organisation's head word name the organisation its article names in full") {
  // BBC business: "the Commission" beside "European Commission" in 9 of its 23 articles had been an organisation
  // "Commission" of 41 mentions. Elsewhere the word stays its own organisation.
  const core::Analysis a = analyze_texts(
      {"The European Commission fined Microsoft last year. The Commission said the firm had abused its position.",
       "The European Commission will rule on the merger on Monday.",
       "Shares fell after the European Commission opened an inquiry.",
       "The European Commission has approved the deal.",
       "Ministers met officials of the European Commission in Brussels.",
       "A spokesman for the Commission declined to comment on the report.",
       "The Commission will publish its findings in March.",
       "Critics said the Commission had acted too late."});
  const core::Entity& ec = named(a, "European Commission");
  CHECK(ec.mentions.size() == 6);
  CHECK(has_alias(ec, "Commission"));
  const core::Entity& bare = named(a, "Commission");
  CHECK(bare.mentions.size() == 3);
}

TEST_CASE("a party's other names are the party (parties.txt)") {
  // BBC politics: "Tories", "Conservatives" and "Conservative Party" were three entities, "Lib Dems" and
  // "Liberal Democrats" two.
  const core::Analysis a = analyze_texts(
      {"Mr Brown warned that the Tories were planning the biggest cuts in public services.",
       "Both the Conservatives and the Liberal Democrats have promised to scrap the council tax.",
       "Liam Fox, co-chairman of the Conservative Party, said Labour had failed.",
       "The Lib Dems said the figures did not add up."});
  const core::Entity& tories = named(a, "Conservative Party");
  CHECK(tories.type == core::EntityType::kOrg);
  CHECK(tories.mentions.size() == 3);
  CHECK(has_alias(tories, "Tories"));
  const core::Entity& lib_dems = named(a, "Liberal Democrats");
  CHECK(has_alias(lib_dems, "Lib Dems"));
}

TEST_CASE("a name the articles introduce as a film or a product is its title, not a person, organisation or place") {
  struct Case {
    std::vector<std::string> articles;
    const char* title;
  };
  const Case cases[] = {
      // BBC entertainment: the tagger took Mike Leigh's "Vera Drake" for a person (39 mentions).
      {{"Mike Leigh's film Vera Drake won the top prize at the Venice Film Festival.",
        "Imelda Staunton, star of the film Vera Drake, was named best actress.", "Vera Drake was made on a small budget.",
        "Vera Drake tells the story of a woman in 1950s London."},
       "Vera Drake"},
      // ... and "The Sea Inside" for an organisation (6 mentions); "movie The Sea Inside" reads past "The".
      {{"Oscar-nominated euthanasia film The Sea Inside from Spain won best foreign film.",
        "Annette Bening won best actress in a comedy for Being Julia while Spanish movie The Sea Inside was named best "
        "foreign language film.",
        "About a paralysed man's battle to end his life, The Sea Inside was best foreign language film."},
       "Sea Inside"},
      // BBC tech: a games console named before its noun was a place "Xbox" (58 mentions), a handheld an
      // organisation "DS" (42).
      {{"Microsoft has said it will replace more than 14 million power cables for its Xbox consoles due to safety "
        "concerns.",
        "The original Blinx was intended to convert many platform game lovers to Microsoft's then new Xbox console."},
       "Xbox"},
      // ... "Kinsey" for an organisation (4 mentions), after "biopic".
      {{"Controversial biopic Kinsey, starring Liam Neeson, was one of four films to get four nominations.",
        "Other films in competition will include The Life Aquatic, a quirky comedy starring Bill Murray, and the biopic "
        "Kinsey, which features Liam Neeson."},
       "Kinsey"},
      // BBC business: a trilogy's name was a place.
      {{"Its film division saw profits slump, a sharp contrast to a year earlier, when the third and final film in "
        "the Lord of the Rings trilogy boosted results.",
        "New Zealand has seen a tourism boom since the Lord of the Rings trilogy was filmed there."},
       "Lord of the Rings"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.title);
    const core::Analysis a = analyze_texts(c.articles);
    const core::Entity& film = named(a, c.title);
    CHECK(film.type == core::EntityType::kMisc);
    CHECK(film.mentions.size() == c.articles.size());  // one mention per article
  }
}

TEST_CASE("a name seen once is a work's title after a noun that only names works, not after play or game") {
  // BBC: what a 200-article sample showed the reader of business/001 ("Lord of the Rings" a place), and films
  // seen once in entertainment ("Retirement", "Bullet Boy" persons).
  const core::Analysis a = analyze_texts(
      {"Its film division saw profits slump, a sharp contrast to a year earlier, when the third and final film in "
       "the Lord of the Rings trilogy boosted results.",
       "Police were called to the hotel in Miami Beach, where the actor had been shooting the film Retirement.",
       "Stevie Wonder recorded part of his classic album Songs In The Key Of Life there."});
  for (const char* title : {"Lord of the Rings", "Retirement"}) {
    CAPTURE(title);
    const core::Entity& work = named(a, title);
    CHECK(work.type == core::EntityType::kMisc);
  }
  // "play" is a verb and "the game" a match as often as nouns for works: a person or a team seen once stays.
  const core::Analysis b = analyze_texts(
      {"\"They can play Rui Costa and play Kaka forward,\" he said.",
       "The win means they will play Asante Kotoko in the two-leg final.",
       "Three minutes into injury time at the end of the game Andre Nzame III was on target."});
  for (const char* name : {"Rui Costa", "Asante Kotoko", "Andre Nzame III"}) {
    CAPTURE(name);
    const core::Entity& e = named(b, name);
    CHECK(e.type != core::EntityType::kMisc);
  }
}

TEST_CASE("a name ending in a company's word is an organisation, and its first word alone is that company") {
  // BBC tech: the tagger took the analysts Forrester Research for a person (8 mentions), as it did Lucent
  // Technologies, Virgin Radio and Pew Research; BBC business: "Cairn" alone was a company of its own.
  const core::Analysis a = analyze_texts(
      {"The number of personal computers worldwide is expected to double by 2010 to 1.3 billion machines, according "
       "to a report by analysts Forrester Research.",
       "Shares in Cairn Energy have jumped 6% after the firm said an Indian oilfield was larger than previously "
       "thought. Cairn said drilling to the north-west of its development site in Rajasthan had produced strong "
       "results. Cairn Energy's share price rose 300% last year after a number of oil finds."});
  const core::Entity& forrester = named(a, "Forrester Research");
  CHECK(forrester.type == core::EntityType::kOrg);
  // BBC politics/174: a police force was a person, the "she" of the MSP who spoke about it.
  const core::Analysis police = analyze_texts(
      {"A Strathclyde Police spokesman said the search went on. Police are still searching for Ferguson, who "
       "failed to return. Strathclyde Police said Ferguson was dangerous."});
  const core::Entity& force = named(police, "Strathclyde Police");
  CHECK(force.type == core::EntityType::kOrg);
  const core::Entity& cairn = named(a, "Cairn Energy");
  CHECK(cairn.type == core::EntityType::kOrg);
  CHECK(cairn.mentions.size() == 3);
  CHECK(has_alias(cairn, "Cairn"));
  // Not an organisation's word itself: "the Army" stays apart from the "Army Board" (BBC politics).
  const core::Analysis b = analyze_texts(
      {"A committee of the Army Board, which is made up of the most senior defence figures, will meet. Speaking "
       "ahead of the expected Army Board meeting, a spokesman said the changes were for the good of the Army."});
  const core::Entity& board = named(b, "Army Board");
  CHECK_FALSE(has_alias(board, "Army"));
}

TEST_CASE("a capitalised common word the articles mostly write in lower case is no person") {
  // BBC entertainment 107: the station "6 Music" left a person "Music" (13 mentions over BBC, "music" 752 times).
  const std::string station =
      "Manic Street Preachers are to take over the helm of BBC digital radio station 6 Music for a week in "
      "December.\n\nThe band will play music of their choice and talk about the music that shaped them. They will "
      "also answer questions e-mailed in by 6 Music listeners.\n\nFans of live music and new music will hear "
      "sessions recorded for the station, which plays music around the clock. Radio remains the place where most "
      "people first hear new music, and digital stations have widened the music on offer.";
  const core::Analysis a = analyze_texts({station});
  CHECK(entity_named(a, "Music") == nullptr);
  CHECK(entity_named(a, "Manic Street Preachers") != nullptr);
  // A title makes it a name, however common the word: PolNeAR "Mr. Prince said" beside "the prince".
  const core::Analysis b = analyze_texts(
      {station + "\n\n\"It is a station for the music, all the music,\" Mr. Music said."});
  const core::Entity& titled = named(b, "Music");
  CHECK(titled.type == core::EntityType::kPerson);
}

TEST_CASE("a one-word organisation or place named only where a sentence opens is a capitalised common word") {
  // BBC entertainment/035, tech/094: "Studios" (4 mentions, "studios" 50 times) had been an organisation; PolNeAR
  // "Inside", "Photos" and "Which" too.
  const std::string studios =
      "The film only just made the deadline. Studios have already begun lobbying voters, taking out full page "
      "adverts in trade publications.\n\nThe discs hold more. Studios could fit a lot more marketing material, "
      "games, and features, onto high-capacity DVDs.\n\nThe big studios, the small studios and the independent "
      "studios all agree: studios want more space, and studios want it now, as studios always do.";
  const core::Analysis a = analyze_texts({studios});
  CHECK(entity_named(a, "Studios") == nullptr);
  // Named once inside a sentence, it is kept: "shares in Studios rose".
  const core::Analysis b = analyze_texts({studios + "\n\nThe report said Studios rose 5% on Monday."});
  CHECK(entity_named(b, "Studios") != nullptr);
}

TEST_CASE("a person's name opening with a common word is a show, a band or an event; not after a rank") {
  struct Case {
    const char* text;
    const char* name;
    core::EntityType type;
    std::vector<const char*> people = {};  // who stay persons beside it
  };
  const Case cases[] = {
      // BBC entertainment 203: the reality show was a person (14 mentions over BBC, "big" 365 times); a rank
      // keeps its person.
      {"Germaine Greer has criticised Big Brother's \"bullying\" of housemates after quitting the reality TV show. "
       "The feminist writer said Big Brother had behaved \"like a child rather than a parent\". She said she was a "
       "big fan of the big idea, a big show with a big audience, but big mistakes were made.\n\nThe Lord Chief "
       "Justice, Lord Woolf, said the ruling stood. Lord Woolf added that the lord's law was clear.",
       "Big Brother", core::EntityType::kMisc, {"Germaine Greer", "Lord Woolf"}},
      // A given name ending it is a common noun's capital, no person's (BBC politics/401: a bill was a person).
      {"But it will also seek to push through its Serious and Organised Crime Bill and ID cards Bill before the "
       "election. The organised gangs, organised fraud and organised drug rings it targets are organised on a scale "
       "police say is new, and the bill's backers say organised crime costs billions.\nThe bill is long: a bill "
       "like this bill, and any bill after it, keeps a bill committee busy for months.",
       "Organised Crime Bill", core::EntityType::kMisc},
      // One that speaks is an organisation (BBC business/382: the charity Age Concern had been a person).
      {"Workers will be able to request to work past the age of 65. But Age Concern said imposing a retirement age "
       "of 65 was cowardly. The age limit, the age gap and the age of the workforce were all raised, and older "
       "staff fear age discrimination.",
       "Age Concern", core::EntityType::kOrg},
      // A family name that is a common word stays a person when a title takes it (BBC business/072 "central bank
      // governor Park Seung ... Mr Park's statement") or a Korean given name follows (entertainment/309).
      {"\"The economy is now heading upward,\" said central bank governor Park Seung. Mr Park's statement came as "
       "the park, a park bench and a park keeper were in the news, with the car park full and the theme park shut.",
       "Park Seung", core::EntityType::kPerson},
      {"Korean writer Park Chan-Chook shared the screenplay award. The park was full, the car park shut, a park "
       "keeper on the park bench by the park gate.",
       "Park Chan-Chook", core::EntityType::kPerson},
  };
  for (const Case& c : cases) {
    const std::string_view entity = c.name;  // a const char* would be logged as its address
    CAPTURE(entity);
    const core::Analysis a = analyze_texts({c.text});
    const core::Entity& e = named(a, c.name);
    CHECK(e.type == c.type);
    for (const std::string_view name : c.people) {
      CAPTURE(name);
      const core::Entity& person = named(a, std::string(name));
      CHECK(person.type == core::EntityType::kPerson);
    }
  }
}

TEST_CASE("a one-word organisation that things happen in is a place") {
  // PolNeAR: the convention city "Cleveland" was an organisation of 101 mentions, 52 after "in".
  const core::Analysis a = analyze_texts({"Republicans gathered in Cleveland for their convention this week.",
                                          "Trump accepted the nomination in Cleveland on Thursday night.",
                                          "Protesters marched in Cleveland as the convention opened.",
                                          "Delegates arrived in Cleveland on Monday.",
                                          "The convention in Cleveland ended with balloons."});
  const core::Entity& city = named(a, "Cleveland");
  CHECK(city.type == core::EntityType::kPlace);
  CHECK(city.mentions.size() == 5);
}

TEST_CASE("a name the articles speak of as a company is an organisation, whatever the tagger typed it") {
  // BBC business: the tagger, trained on Reuters, took the airlines Ryanair and Qantas for persons.
  const core::Analysis a = analyze_texts(
      {"Budget airline Ryanair has placed an order for 70 Boeing 737-800 planes.",
       "Ryanair chairman David Bonderman said that the 737-800 had reduced costs.",
       "Ryanair said the new planes would help it to cut operating costs.",
       "Australian airline Qantas could transfer as many as 7,000 jobs out of its home country.",
       "Qantas confirmed it was looking at whether it might recruit and source products overseas.",
       "Unions argued that Qantas was profitable, and shares in Qantas rose."});
  for (const char* name : {"Ryanair", "Qantas"}) {
    const core::Entity& firm = named(a, name);
    CHECK(firm.type == core::EntityType::kOrg);
    CHECK(firm.mentions.size() == 3);
  }
  // BBC business: a name ending in "s" takes the possessive mark alone.
  const core::Analysis b = analyze_texts({"Novartis said that it would merge a number of its generic drug units.",
                                          "Novartis' shares rose 1% to 57.85 Swiss francs.",
                                          "Novartis' profits rose in the last quarter."});
  const core::Entity& novartis = named(b, "Novartis");
  CHECK(novartis.type == core::EntityType::kOrg);
  // BBC business/211, tech/356, tech/114 and tech/119: the electronics maker and the games developer were persons.
  const core::Analysis c = analyze_texts(
      {"Consumer electronics giants Hitachi and Matshushita Electric are joining forces to share and develop "
       "technology for flat screen televisions. The deal will enable Hitachi and Matsushita to develop new "
       "technology.",
       "Japanese electronics firm Hitachi has unveiled its first humanoid robot, called Emiew. Hitachi said the robot "
       "was the quickest. Hitachi is one of the companies with home cleaning robot machines on the market.",
       "Argonaut has been making games for some 18 years. Argonaut warned that it was low on cash 10 days ago. After "
       "the latest round of cuts there are 80 staff at Argonaut headquarters in Edgware in north London.",
       "He founded Argonaut in 1982. But, like all software developers, Argonaut needed a constant flow of deals "
       "with publishers. After the latest round of cuts, there were 80 workers at Argonaut headquarters in Edgware."});
  for (const char* name : {"Hitachi", "Argonaut"}) {
    const core::Entity& firm = named(c, name);
    CHECK(firm.type == core::EntityType::kOrg);
  }
}

TEST_CASE("a unit or division, named before it or after, is an organisation") {
  // BBC business: the tagger read the Yukos oil unit as a place, in every one of its 25 mentions.
  const core::Analysis a = analyze_texts(
      {"Yukos was forced to sell its key production unit Yuganskneftegas last month.",
       "Gazprom had been keen on buying a stake in Yuganskneftegas before the auction.",
       "The Yuganskneftegas unit pumps about a million barrels a day.",
       "The auction of Yuganskneftegas went ahead in Moscow."});
  const core::Entity& unit = named(a, "Yuganskneftegas");
  CHECK(unit.type == core::EntityType::kOrg);
  CHECK(unit.mentions.size() == 4);
}

TEST_CASE("a listed place and a person keep their type beside a company's words") {
  // Markets are named by their cities ("Tokyo shares"); a person's possessive is no company's ("Blair's chief").
  const core::Analysis a = analyze_texts(
      {"Tokyo shares closed at an eight-month high.", "Shares in Tokyo rose 2% on Monday.",
       "Tony Blair's chief of staff Jonathan Powell was there.", "Blair's chief press secretary spoke first.",
       "Tony Blair said the talks went well."});
  const core::Entity& tokyo = named(a, "Tokyo");
  CHECK(tokyo.type == core::EntityType::kPlace);
  const core::Entity& blair = named(a, "Tony Blair");
  CHECK(blair.type == core::EntityType::kPerson);
}

TEST_CASE("a piece split off a bad name takes the type the corpus gives the word") {
  // BBC politics/260: "H.\" Labour" ended a person's name; after the mark, "Labour" is what the corpus calls it.
  const core::Analysis a = analyze_texts({"It was like Prisoner Cell Block H.\" Labour had broken promises, he said.",
                                          "Labour won the vote in Leeds.", "Labour said it would act."});
  const core::Entity& labour = named(a, "Labour");
  CHECK(labour.type == core::EntityType::kOrg);
  CHECK(labour.mentions.size() == 3);
}

TEST_CASE("a name mostly typed one way is one entity of that type; a close split stays as typed") {
  // BBC politics/003: before "election manifesto" the tagger reads Labour as a place (27 of 531 mentions).
  const std::string place = "Plans to extend paid maternity leave beyond six months should be prominent in "
                            "Labour's election manifesto, the Trade and Industry Secretary has said.";
  const std::vector<std::string> org = {"Labour said it would act.", "Labour won the vote in Leeds.",
                                        "Labour said it would not."};
  auto labour = [](const core::Analysis& a) {
    std::vector<std::pair<core::EntityType, std::size_t>> out;
    for (const core::Entity& e : a.entities)
      if (e.name == "Labour") out.emplace_back(e.type, e.mentions.size());
    return out;
  };
  // Alone, the sentence is the tagger's place.
  CHECK(labour(analyze_texts({place})) ==
        std::vector<std::pair<core::EntityType, std::size_t>>{{core::EntityType::kPlace, 1}});
  // One against three organisation mentions: the corpus's organisation.
  const core::Analysis most = analyze_texts({place, org[0], org[1], org[2]});
  CHECK(labour(most) == std::vector<std::pair<core::EntityType, std::size_t>>{{core::EntityType::kOrg, 4}});
  // One against one: no majority to go on, two entities as the tagger typed them.
  const auto split = labour(analyze_texts({place, org[0]}));
  CHECK(split.size() == 2);
}

TEST_CASE("a listed place is a place once half its mentions are (regions.txt from iso-codes)") {
  // PolNeAR: the tagger typed the state an organisation 31 times, a place 39.
  const core::Analysis a = analyze_texts(
      {"North Carolina will also be considered a key battleground state in the general election.",
       "Clinton won the presidential primaries in Florida, Ohio and North Carolina, widening her significant "
       "delegate lead over rival Bernie Sanders."});
  std::vector<std::pair<core::EntityType, std::size_t>> seen;
  for (const core::Entity& e : a.entities)
    if (e.name == "North Carolina") seen.emplace_back(e.type, e.mentions.size());
  CHECK(seen == std::vector<std::pair<core::EntityType, std::size_t>>{{core::EntityType::kPlace, 2}});
}

TEST_CASE("a plural name is its singular, for names of several words and events; not 'Times' and 'Time'") {
  // BBC politics and entertainment: the party and the awards, each one entity under both numbers.
  const core::Analysis a = analyze_texts(
      {"In his New Year message the Liberal Democrat leader said Labour and the Conservatives were united in "
       "relying on fear. The Liberal Democrats feel this money is being misdirected.",
       "At the Golden Globes, Mr Evans - who was named among the winners when the film won best drama film - "
       "evaded a security guard. And British actor Clive Owen is hoping to repeat his Golden Globe success.",
       "Reports in the Wall Street Journal and the Financial Times suggested a bid. Alexandra Tower, a "
       "spokeswoman for the bank, told Time magazine. The Times said the Times would not."});
  // The entities named either way: one, holding both forms and both mentions.
  auto named_either = [&](const std::string& one, const std::string& many) {
    std::vector<const core::Entity*> out;
    for (const core::Entity& e : a.entities)
      if (e.name == one || e.name == many) out.push_back(&e);
    REQUIRE(out.size() == 1);
    CHECK(has_alias(*out[0], one));
    CHECK(has_alias(*out[0], many));
    CHECK(out[0]->mentions.size() == 2);
    return out[0]->type;
  };
  CHECK(named_either("Liberal Democrat", "Liberal Democrats") == core::EntityType::kOrg);
  CHECK(named_either("Golden Globe", "Golden Globes") == core::EntityType::kMisc);
  // One-word organisations keep their number: the newspaper is not the magazine.
  const core::Entity* times = entity_named(a, "Times");
  const core::Entity* time = entity_named(a, "Time");
  REQUIRE(times != nullptr);
  REQUIRE(time != nullptr);
  CHECK(times != time);
}

TEST_CASE("two names run together over 'and' are the two, where the corpus names each alone") {
  // BBC business: the tagger read "the Halifax and Nationwide" as one organisation.
  const std::string both = "And recent house surveys from the Halifax and Nationwide have indicated prices are "
                           "still rising, albeit at a slower pace than in recent years.";
  const std::vector<std::string> alone = {
      "Research from Halifax, the country's biggest mortgage lender, suggests the value of private housing stock "
      "is continuing to rise steadily.",
      "House prices fell in October, according to the Nationwide, their biggest monthly fall since February "
      "2001."};
  const core::Analysis a = analyze_texts({both, alone[0], alone[1]});
  CHECK(entity_named(a, "Halifax and Nationwide") == nullptr);
  const core::Entity* halifax = entity_named(a, "Halifax");
  const core::Entity* nationwide = entity_named(a, "Nationwide");
  REQUIRE(halifax != nullptr);
  REQUIRE(nationwide != nullptr);
  CHECK(halifax->mentions.size() == 2);
  CHECK(nationwide->mentions.size() == 2);
  CHECK(a.mentions[nationwide->mentions[0]].span.size() == std::string_view("Nationwide").size());
  // Without the names alone, the span is left as the tagger read it: an organisation may have "and" inside
  // (BBC "The Securities and Exchange Commission has extended the deadline").
  const core::Analysis one = analyze_texts({both});
  CHECK(entity_named(one, "Halifax and Nationwide") != nullptr);
  const core::Analysis sec = analyze_texts(
      {"The Securities and Exchange Commission has extended the deadline to get in line with the rules until 15 "
       "July 2006.",
       "The Exchange Commission said it would act."});
  CHECK(entity_named(sec, "Securities and Exchange Commission") != nullptr);
  CHECK(entity_named(sec, "Exchange Commission") != nullptr);  // one part alone is not enough
}

TEST_CASE("a surname after Mr or Mrs joins a person of that gender, known from the corpus's titles") {
  auto mentions_of = [](const core::Analysis& a, const std::string& name) {
    const core::Entity* e = entity_named(a, name);
    return e ? static_cast<int>(e->mentions.size()) : 0;
  };
  // BBC politics/011: the Tory leader's wife. Articles naming only him call him "Mr Howard"; an article with
  // both titles speaks of two Howards, and "Mrs Howard" is not Michael Howard.
  const core::Analysis howard = analyze_texts(
      {"Tory leader Michael Howard launched the campaign. Mr Howard said the party would win.",
       "Michael Howard spoke in Leeds. Mr Howard promised lower taxes.",
       "Michael Howard will tour the marginal seats. Mrs Howard will make solo visits to the south west. Mr Howard "
       "said it had worked very well up until now."});
  CHECK(mentions_of(howard, "Michael Howard") == 6);
  CHECK(mentions_of(howard, "Howard") == 1);
  // PolNeAR NYT: "Mr. Clinton" in an article naming only Hillary Clinton in full is Bill Clinton, the Clinton
  // other articles call "Mr. Clinton".
  const core::Analysis clinton = analyze_texts(
      {"Hillary Clinton spoke in Ohio on Monday. Mrs. Clinton said she would raise the minimum wage.",
       "Hillary Clinton campaigned in Iowa. Mrs. Clinton won the caucuses.",
       "Hillary Clinton met union leaders. Mrs. Clinton promised them a hearing.",
       "Bill Clinton spoke at the convention. Mr. Clinton praised his wife.",
       "Bill Clinton visited Detroit. Mr. Clinton met voters.",
       "Hillary Clinton held a rally in Miami. Mr. Clinton, the former president, stood beside her."});
  // Three "Mrs." votes for her against one "Mr.", the Miami article's own: three to one, she is a woman.
  CHECK(mentions_of(clinton, "Hillary Clinton") == 7);
  CHECK(mentions_of(clinton, "Bill Clinton") == 5);
}

TEST_CASE("a one-word name no person is named with, often typed otherwise, is that other thing") {
  // BBC sport: the tagger typed the club a person 141 times and an organisation 50; no "X Chelsea" person.
  const core::Analysis a = analyze_texts(
      {"Benitez is hoping to win his first trophy since arriving at Liverpool from Valencia when they play "
       "Chelsea in the Carling Cup on Sunday in Cardiff.",
       "Chelsea were reported to have made inquiries about Inter Milan's 22-year-old Brazilian star.",
       "The striker, who is on a season-long loan from Chelsea, picked up the knock in an England Under-21 "
       "match against Holland earlier this month.",
       "Everton manager David Moyes will discipline striker James Beattie after all for his headbutt on "
       "Chelsea defender William Gallas.",
       "It was an amazing climax which gave Mourinho his first silverware as Chelsea manager."});
  int person = 0, org = 0;
  for (const core::Entity& e : a.entities)
    if (e.name == "Chelsea")
      (e.type == core::EntityType::kPerson ? person : org) += static_cast<int>(e.mentions.size());
  CHECK(person == 0);
  CHECK(org == 5);
}

TEST_CASE("acronyms, lexicon aliases and case variants merge") {
  struct Case {
    std::string body;
    std::string name;
    std::string alias;
  };
  const Case cases[] = {
      // 001: the acronym in brackets, then alone.
      {"It marks ten years of the Belt and Road Initiative (BRI), a globe-spanning plan. The BRI has built ports.",
       "Belt and Road Initiative", "BRI"},
      {"Beijing hosts the Belt and Road Initiative forum. Critics call the New Silk Road a debt trap.",
       "Belt and Road Initiative", "New Silk Road"},
      // 003: "he further noted in the report of the Cctv."
      {"State broadcaster CCTV showed the talks. \xE2\x80\x9CTrade is growing,\xE2\x80\x9D he noted in the report of "
       "the Cctv.", "CCTV", "Cctv"},
      // 004: the short form of a country.
      {"Western countries, led by the United States, protested. The US said it would act.", "United States", "US"},
      {"Fighting in the Gaza Strip went on. Gaza has no power.", "Gaza", "Gaza Strip"},
      // PolNeAR wash-post: the dotted form of a body (organisations.txt).
      {"After Brexit, the E.U. aims to rely less on the United States. The European Union will meet in "
       "Bratislava.", "European Union", "E.U."},
      // BBC business/001: spelt with and without a space; the commoner spelling names it.
      {"Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn. TimeWarner said fourth quarter sales "
       "rose 2% to $11.1bn. Time Warner said on Friday that it now owns 8% of search-engine Google.",
       "TimeWarner", "Time Warner"},
      // BBC politics: with and without the hyphen, though the spaced spelling has more words.
      {"Robert Kilroy-Silk quit the party. \"Robert Kilroy Silk is not a team player,\" Mr Morris said. Robert "
       "Kilroy-Silk denied it.", "Robert Kilroy-Silk", "Robert Kilroy Silk"},
      // BBC politics: an acronym read as a word, written with one capital.
      {"Association of Chief Police Officers president Chris Fox said the closure power did not have enough "
       "impact. Acpo made its call for stronger closure powers in a paper for the Commons.",
       "Association of Chief Police Officers", "Acpo"},
      // PolNeAR breitbart: dotted initials are an acronym of the name they abbreviate.
      {"Donald Trump told a town hall in Salem, New Hampshire on Monday that waterboarding is peanuts. The debate "
       "was held at St. Anselm College in Manchester, N.H. on Saturday.", "New Hampshire", "N.H."},
  };
  for (const Case& c : cases) {
    CAPTURE(c.body);
    const core::Analysis a = analyze_texts({c.body});
    const core::Entity& e = named(a, c.name);
    CHECK(has_alias(e, c.alias));
    CHECK(entity_named(a, c.alias) == nullptr);
  }
}

TEST_CASE("a word is added as a person across articles no more often than the tagger named it one alone") {
  // PolNeAR train: bad spans make "Republican" the last word of two "persons", and the tagger once calls it a
  // person alone. It had then become a person in every article using the adjective: 1,281 mentions.
  const core::Analysis a = analyze_texts(
      {"Senator Bob Corker, a Tennessee Republican who has met privately with Mr. Trump, said he was impressed.",
       "Senator Richard Shelby, the Alabama Republican who heads the Senate Banking Committee, which oversees the "
       "Fed, said so.",
       "But early ratings data suggests that sponsor ABC News probably got around 8 million viewers, less than "
       "half of the 18 million viewers for CNN's Republican debate four days earlier.",
       "Pataki ended his own brief Republican presidential campaign late last year.",
       "Despite George Will's call to abandon Trump, he still remains at the top of the Republican presidential "
       "pack with 24.",
       "The leaders of the United States, Canada and Mexico took turns rebutting the Republican presidential "
       "candidate's proposals on trade and immigration."});
  // The last three articles use the adjective only.
  int persons = 0;
  for (const core::Mention& m : a.mentions)
    persons += m.doc >= 3 && a.entities[m.entity].type == core::EntityType::kPerson &&
               test::text_of(a.corpus.documents[m.doc].text, m.span) == "Republican";
  CHECK(persons == 0);
}

TEST_CASE("a name with a middle initial is the name without it, unless two people could be") {
  // PolNeAR: NYT writes "Donald J. Trump", the other outlets "Donald Trump".
  const core::Analysis a = analyze_texts({"With the emergence of Donald J. Trump and Hillary Clinton as "
                                          "front-runners, both premises look increasingly dubious.",
                                          "Donald Trump told a town hall in Salem, New Hampshire on Monday that "
                                          "waterboarding is peanuts."});
  const core::Entity& trump = named(a, "Donald Trump");
  CHECK(has_alias(trump, "Donald J. Trump"));
  CHECK(entity_named(a, "Donald J. Trump") == nullptr);
  // "George Bush" could be either president: all three stay apart.
  const core::Analysis bushes = analyze_texts({"It's even lower than the backing from women that George H.W. Bush "
                                               "received in 1992.",
                                               "George W. Bush won the election in 2000.",
                                               "George Bush visited Texas on Friday."});
  CHECK(entity_named(bushes, "George W. Bush") != nullptr);
  CHECK(entity_named(bushes, "George H.W. Bush") != nullptr);
}

TEST_CASE("a middle name is a spelling of the name without it where one article uses both") {
  // PolNeAR wash-post: "Hillary Rodham Clinton" (62 mentions) was a person apart from "Hillary Clinton".
  const core::Analysis a = analyze_texts(
      {"It was not a tricky question, but Hillary Rodham Clinton found a way to make it so. Filling in for Sanders "
       "at the same event, West landed a sharp dig at \"my dear sister Hillary Clinton.\"",
       "Hillary Clinton spoke in Iowa on Monday."});
  const core::Entity& hillary = named(a, "Hillary Clinton");
  CHECK(has_alias(hillary, "Hillary Rodham Clinton"));
  CHECK(entity_named(a, "Hillary Rodham Clinton") == nullptr);
  // Never in one article, two names stay two people: BBC "Jerry Lee Lewis" is not the comedian Jerry Lewis.
  const core::Analysis apart = analyze_texts({"Jerry Lee Lewis played the piano at the show on Monday.",
                                              "Jerry Lewis made the audience laugh on Tuesday."});
  CHECK(entity_named(apart, "Jerry Lee Lewis") != nullptr);
  CHECK(entity_named(apart, "Jerry Lewis") != nullptr);
}

TEST_CASE("a surname of two words is the person named with a first name before it") {
  // PolNeAR: "Wasserman Schultz" (25 mentions) was a person apart from "Debbie Wasserman Schultz", whom "DNC Chair"
  // had made an organisation; BBC "De Niro" apart from "Robert De Niro".
  const core::Analysis a = analyze_texts(
      {"DNC Chair Debbie Wasserman Schultz opened the convention. Wasserman Schultz said the party was united.",
       "Critics of Wasserman Schultz called for her to resign on Monday.",
       "Robert De Niro and Leonardo DiCaprio arrived at the premiere. De Niro said he had loved the film."});
  const core::Entity& chair = named(a, "Debbie Wasserman Schultz");
  CHECK(chair.type == core::EntityType::kPerson);
  CHECK(chair.mentions.size() == 3);
  CHECK(entity_named(a, "Wasserman Schultz") == nullptr);
  CHECK(has_alias(named(a, "Robert De Niro"), "De Niro"));
  // A span run over the word before a name is no first name: "Hillary Clinton" is not "Rival Hillary Clinton".
  const core::Analysis b = analyze_texts({"Rival Hillary Clinton spoke in Iowa. Hillary Clinton said she would win."});
  CHECK(entity_named(b, "Hillary Clinton") != nullptr);
  const core::Entity* rival = entity_named(b, "Rival Hillary Clinton");
  const bool joined = rival != nullptr && has_alias(*rival, "Hillary Clinton");
  CHECK_FALSE(joined);
}

TEST_CASE("the bundled corpus: Xi and Putin with their roles, one entity each") {
  core::Corpus corpus;
  platform::ingest_paths({test::source_path("assets/corpus")}, corpus);
  const core::Analysis a = core::analyze(std::move(corpus), test::lexicons());
  int xi_entities = 0;
  for (const core::Entity& e : a.entities) xi_entities += has_alias(e, "Xi");
  CHECK(xi_entities == 1);
  const core::Entity& xi = named(a, "Xi Jinping");
  CHECK(has_alias(xi, "the Chinese leader"));
  CHECK(has_alias(xi, "the Chinese president"));
  const core::Entity& putin = named(a, "Vladimir Putin");
  CHECK(has_alias(putin, "the Kremlin leader"));
  CHECK(has_alias(putin, "the Russian leader"));
  // A role opening a sentence is listed as in running text, once: 004 "The Russian president ...".
  CHECK(has_alias(putin, "the Russian president"));
  CHECK_FALSE(has_alias(putin, "The Russian president"));
  CHECK_FALSE(has_alias(xi, "The Chinese president"));
  int roles = 0;
  for (std::uint32_t m : putin.mentions) roles += a.mentions[m].kind == core::MentionKind::kRole;
  CHECK(roles >= 4);
  // Mentions stay sorted by document and offset.
  CHECK(std::is_sorted(a.mentions.begin(), a.mentions.end(), [](const core::Mention& x, const core::Mention& y) {
    return x.doc != y.doc ? x.doc < y.doc : x.span.start < y.span.start;
  }));
}

TEST_CASE("a quantity is named by the form it is written in most often, not the first") {
  // BBC: "seven-month" came first of 88 mentions of 7, most of them "seven".
  const core::Analysis a = analyze_texts({"He served a seven-month ban for missing three tests.",
                                          "The club has won seven games and lost seven more.",
                                          "Seven players were injured, and seven others were ill."});
  const core::Entity* seven = nullptr;
  for (const core::Entity& e : a.entities)
    if (e.type == core::EntityType::kNumber && e.value == 7) seven = &e;
  REQUIRE(seven != nullptr);
  CHECK(seven->name == "seven");
  CHECK(has_alias(*seven, "seven-month"));
  CHECK(has_alias(*seven, "Seven"));
}

TEST_CASE("an organisation with the corpus's own country before it is the organisation without it") {
  // PolNeAR: "U.S. Senate" (17 mentions) and "Senate" (236) were two entities of one body.
  const core::Analysis us = analyze_texts({
      "The U.S. Senate voted on Tuesday. The United States and the U.S. economy came up, and the U.S. trade deficit.",
      "The Senate adjourned. Senators from the United States said the Senate would return to the United States "
      "Capitol in the United States next week.",
      "In Washington, the Senate met again; the United States watched."});
  // Named as the corpus mostly writes it, without the country, which stays an alias.
  const core::Entity& senate = named(us, "Senate");
  CHECK(has_alias(senate, "U.S. Senate"));
  CHECK(entity_named(us, "U.S. Senate") == nullptr);
  // Where two countries are named about as often, the bare name may be either's: BBC's "Court of Appeal" and
  // "Government" are British beside "US Government".
  const core::Analysis both = analyze_texts({
      "The US Senate voted on Tuesday. The United States and the United Kingdom both reacted.",
      "The Senate adjourned, the UK press said. Britain and the US agreed; the United Kingdom and the United States "
      "met."});
  CHECK(entity_named(both, "Senate") != nullptr);
}

TEST_CASE("a name written with and without its accents, a no-break or a soft hyphen is one entity named as most write it") {
  // PolNeAR: "François Hollande" and "Francois Hollande", "Felipe Calderón" and "Felipe Calderon" were two
  // persons each; text pasted from macOS writes "ü" as "u" and U+0308.
  const core::Analysis a = analyze_texts({
      "Thomas M\xC3\xBCller scored twice for Bayern on Saturday. M\xC3\xBCller said it was easy.",
      "Thomas Mu\xCC\x88ller missed a penalty for Bayern on Sunday. Mu\xCC\x88ller was unhappy.",
      "Mexican President Felipe Calder\xC3\xB3n met Felipe Calderon's critics. Calder\xC3\xB3n said no."});
  const core::Entity& muller = named(a, "Thomas M\xC3\xBCller");  // composed, the shorter of the two ties
  CHECK(has_alias(muller, "Thomas Mu\xCC\x88ller"));
  CHECK(entity_named(a, "Thomas Mu\xCC\x88ller") == nullptr);
  // PolNeAR writes "Vladimir\u00A0Putin" here and there: a no-break space is a space.
  const core::Analysis b = analyze_texts({"Russian President Vladimir Putin met Xi Jinping.",
                                          "Vladimir\xC2\xA0Putin spoke in Moscow on Friday."});
  CHECK(has_alias(named(b, "Vladimir Putin"), "Vladimir\xC2\xA0Putin"));
  CHECK(entity_named(b, "Vladimir\xC2\xA0Putin") == nullptr);
  // A soft hyphen is no part of a name: "Angela Mer\u00ADkel" is named, and aliased, "Angela Merkel".
  const core::Analysis c = analyze_texts({"Angela Mer\xC2\xADkel met Emmanuel Macron in Berlin. Merkel said no."});
  CHECK(named(c, "Angela Merkel").aliases == std::vector<std::string>{"Angela Merkel", "Merkel"});
  const core::Entity& calderon = named(a, "Felipe Calder\xC3\xB3n");  // a tie goes to the accented
  CHECK(has_alias(calderon, "Felipe Calderon"));
  CHECK(entity_named(a, "Felipe Calderon") == nullptr);
}

TEST_CASE("a name written with its article and without it is one entity, but not a person's nor a listed place's") {
  // BBC "The Times" and "the Times" were two entities, as were "The Aviator" and "Aviator"; William Hague is no
  // part of The Hague.
  const core::Analysis a = analyze_texts(
      {"He told The Times on Monday that sales rose. Editors at the Times said sales rose again. A reader of the "
       "Times agreed.",
       "William Hague visited The Hague on Friday. Mr Hague met Dutch ministers in The Hague."});
  const core::Entity& times = named(a, "The Times");
  CHECK(times.type == core::EntityType::kOrg);
  CHECK(times.mentions.size() == 3);
  CHECK(has_alias(times, "Times"));
  CHECK(entity_named(a, "Times") == nullptr);
  const core::Entity& hague = named(a, "William Hague");
  CHECK(hague.type == core::EntityType::kPerson);
  CHECK(!has_alias(hague, "The Hague"));
  CHECK(named(a, "The Hague").type == core::EntityType::kPlace);
}
