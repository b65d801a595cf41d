#include <doctest/doctest.h>

#include "test_support.h"

using namespace newslens;
using core::LineRole;

namespace {
LineRole role_of(const core::Document& d, std::string_view starts_with) {
  for (const core::Line& l : d.lines)
    if (std::string_view(d.text).substr(l.span.start).starts_with(starts_with)) return l.role;
  FAIL("no line starts with " << starts_with);
  return LineRole::kBody;
}
}  // namespace

TEST_CASE("time.news article 002: title, byline as outlet, footer left out") {
  const core::Document d = test::ingest_one("002_df33746b23206ae2.txt", test::read("assets/corpus/002_df33746b23206ae2.txt"));
  CHECK(d.id == "002_df33746b23206ae2");
  CHECK(d.title == "Putin Meets Xi Jinping in Beijing: Deepening Friendship and Closer Bilateral Ties");
  CHECK(d.outlet == "Time News");
  CHECK(role_of(d, "by time news") == LineRole::kByline);
  CHECK(role_of(d, "Russian President Vladimir Putin Arrives") == LineRole::kHeading);
  CHECK(role_of(d, "Russian President Vladimir Putin arrived") == LineRole::kBody);
  CHECK(role_of(d, "You may also like") == LineRole::kBoilerplate);
  CHECK(role_of(d, "Leave a Comment") == LineRole::kBoilerplate);
  CHECK(d.warnings.empty());
}

TEST_CASE("a promotional line mid-article is left out alone; the article goes on after it (PolNeAR huff-post)") {
  const core::Document d = test::ingest_one(
      "frank.txt",
      "How The Democratic Elite Betrayed Their Party.\n"
      "Thomas Frank's new book Listen, Liberal is out.\n"
      "***\n"
      "Subscribe to HuffPost\xE2\x80\x99s politics podcast here.\n"
      "Follow Pam Key on Twitter @pamkeyNEN.\n"
      "\xE2\x80\x9CToil hopelessly or go to prison,\xE2\x80\x9D Frank writes.\n"
      "You may also like\n"
      "Another story entirely.\n");
  CHECK(role_of(d, "Subscribe to HuffPost") == LineRole::kBoilerplate);
  CHECK(role_of(d, "Follow Pam Key on Twitter") == LineRole::kBoilerplate);
  CHECK(role_of(d, "\xE2\x80\x9CToil hopelessly") == LineRole::kBody);
  // A list of other articles ends this one.
  CHECK(role_of(d, "You may also like") == LineRole::kBoilerplate);
  CHECK(role_of(d, "Another story entirely.") == LineRole::kBoilerplate);
}

TEST_CASE("a sign-off inside a transcript quoted paragraph by paragraph is left out (PolNeAR breitbart)") {
  const core::Document d = test::ingest_one(
      "pence.txt",
      "Pence: Gennifer Flowers Won't Be at the Debate.\n"
      "\"PENCE: And that's why Donald Trump is on his way to the White House.\n"
      "\n"
      "\"Follow Pam Key on Twitter @pamkeyNEN.\"\n");
  CHECK(role_of(d, "\"Follow Pam Key on Twitter") == LineRole::kBoilerplate);
  CHECK(role_of(d, "\"PENCE: And that's why") == LineRole::kBody);
}

TEST_CASE("article 003: a CMS dateline gives the date and is not the title") {
  const core::Document d = test::ingest_one("003.txt", test::read("assets/corpus/003_061724f570955f0f.txt"));
  CHECK(d.date == "2023-10-26");
  CHECK(role_of(d, "date 2023-10-26") == LineRole::kDateline);
  CHECK(d.title.starts_with("Russian-Chinese Summit, President Vladimir Putin meets Xi"));
  CHECK(role_of(d, "Russian-Chinese Summit") == LineRole::kTitle);
  CHECK(role_of(d, "Beijing, bilateral negotiations between Xi and Putin underway") == LineRole::kHeading);
  CHECK(role_of(d, "Xi to Putin: efforts for close strategic coordination") == LineRole::kHeading);
  CHECK(role_of(d, "The Russian president attended") == LineRole::kBody);
}

TEST_CASE("a written date alone on a line near the top is the dateline; further down it is the article's") {
  struct Case {
    const char* line;
    const char* date;  // "" when the line is no dateline
  };
  const Case cases[] = {
      {"October 18, 2023", "2023-10-18"},
      {"Oct. 18, 2023 9:41 a.m. ET", "2023-10-18"},
      {"Published: 18 October 2023, 09:41 BST", "2023-10-18"},
      {"Updated on Wednesday, 18th October 2023 | 10:02 GMT", "2023-10-18"},
      {"Wed 18 Oct 2023 09.41 BST", "2023-10-18"},
      {"Sept. 9, 2013", "2013-09-09"},
      {"2023/10/18", "2023-10-18"},
      {"October 18, 2023 Putin arrives in Beijing", ""},  // a sentence after the date
      {"October 2023", ""},
      {"10/18/2023", ""},  // day or month first: ambiguous
      {"May 32, 2023", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    const core::Document d =
        test::ingest_one("a.txt", std::string("Putin arrives in Beijing\n\n") + c.line + "\n\nVladimir Putin arrived.\n");
    CHECK(d.date == c.date);
    CHECK((role_of(d, c.line) == LineRole::kDateline) == (*c.date != '\0'));
  }
  // PolNeAR's NYT corrections end on a date: the article's own, body text.
  std::string body = "Golf courses struggle\n\n";
  for (int i = 0; i < 5; ++i) body += "A paragraph about golf courses.\n\n";
  const core::Document late = test::ingest_one("nyt.txt", body + "Friday, December 4, 2015.\n");
  CHECK(late.date.empty());
  CHECK(role_of(late, "Friday, December 4, 2015.") == LineRole::kBody);
}

TEST_CASE("a page copied from a browser: sharing buttons, captions, links to other stories, copyright left out") {
  // The furniture of a news site around the story; each piece had made entities of its own ("Email" and "Link
  // Copied" persons, "Getty Images", "All Rights Reserved"). PolNeAR huff-post captions end "Scott Olson via
  // Getty Images.", "Handout/Reuters.".
  const core::Document d = test::ingest_one("cnn.txt",
      "Putin and Xi pledge deeper ties at Beijing forum\n\nBy Jane Smith, CNN\nUpdated 9:41 AM EDT, Wed October 18, "
      "2023\n\nShare\nFacebook\nTwitter\nEmail\nLink Copied!\n\nAdvertisement\n\nChinese President Xi Jinping "
      "welcomed Russian President Vladimir Putin to Beijing on Wednesday.\n\nStory continues below advertisement\n\n"
      "Russian President Vladimir Putin in Beijing. Sergei Guneev/Sputnik/AFP via Getty Images\n\n"
      "A protester in Beijing. (AP Photo/Evan Vucci)\n\nPhotograph: Sergei Guneev/AP\n\nTrade reached $190 billion "
      "last year.\n\nRead more:\nXi opens Belt and Road Forum with pledge of $100 billion\nAnalysis: What Putin wants "
      "from Xi\n\nThe talks go on today.\n\n\xC2\xA9 2023 Cable News Network. A Warner Bros. Discovery Company. All "
      "Rights Reserved.\n");
  CHECK(d.outlet == "CNN");
  CHECK(d.date == "2023-10-18");
  for (const char* left_out : {"Share", "Facebook", "Twitter", "Email", "Link Copied!", "Advertisement",
                               "Story continues", "Russian President Vladimir Putin in Beijing.", "A protester",
                               "Photograph:", "Read more:", "Xi opens", "Analysis: What Putin", "\xC2\xA9 2023"}) {
    CAPTURE(left_out);
    CHECK(role_of(d, left_out) == LineRole::kBoilerplate);
  }
  CHECK(role_of(d, "Chinese President Xi Jinping welcomed") == LineRole::kBody);
  CHECK(role_of(d, "Trade reached") == LineRole::kBody);
  CHECK(role_of(d, "The talks go on today.") == LineRole::kBody);  // the links end where a sentence is
  const core::Document tech = test::ingest_one("tech.txt", "Music firms sue\n\nCopyright law changed in 2023.\n\n"
                                                            "Copyright 2023 The Associated Press. All rights reserved.\n");
  CHECK(role_of(tech, "Copyright law") == LineRole::kBody);
  CHECK(role_of(tech, "Copyright 2023") == LineRole::kBoilerplate);
  const core::Document aside = test::ingest_one("aside.txt", "Talks\n\nRelatedly, no.\n\nA short line\n\nXi spoke.\n");
  CHECK(role_of(aside, "Relatedly") == LineRole::kBody);
  CHECK(role_of(aside, "A short line") != LineRole::kBoilerplate);
}

TEST_CASE("a web clipper's Markdown: front matter gives title, date and outlet; an image line is a caption") {
  // Obsidian's and MarkDownload's clippings: the front matter's quoted title had been a direct quote, its
  // "---" the document's title.
  core::Corpus corpus;
  core::ingest_bytes("clip.md",
                     "---\ntitle: \"Putin and Xi pledge deeper ties\"\nsource: \"https://www.reuters.com/world/a-1/\"\n"
                     "author:\n  - \"[[Jane Smith]]\"\npublished: 2023-10-18\ntags:\n  - \"clippings\"\n---\n"
                     "# Putin and Xi pledge deeper ties\n\n![Putin and Xi Jinping](https://www.reuters.com/r/abc.jpg)\n\n"
                     "Chinese President Xi Jinping welcomed Vladimir Putin.\n",
                     corpus);
  // A wire story without front matter names its agency in its dateline.
  core::ingest_bytes("wire.md", "Talks in Beijing\n\n**BEIJING, Oct 18 (Reuters)** - Xi Jinping welcomed Putin.\n", corpus);
  core::ingest_bytes("ap.txt", "Talks\n\nWASHINGTON (AP) \xE2\x80\x94 Biden spoke.\n\nHe said (AP) - no.\n", corpus);
  REQUIRE(corpus.documents.size() == 3);
  const core::Document& d = corpus.documents[0];
  CHECK(d.title == "Putin and Xi pledge deeper ties");
  CHECK(d.date == "2023-10-18");
  CHECK(d.outlet == "reuters.com");
  CHECK(d.url == "https://www.reuters.com/world/a-1/");
  for (const char* left_out : {"---", "title:", "source:", "author:", "- \"[[Jane", "published:", "![Putin"}) {
    CAPTURE(left_out);
    CHECK(role_of(d, left_out) == LineRole::kBoilerplate);
  }
  CHECK(role_of(d, "Chinese President") == LineRole::kBody);
  CHECK(corpus.documents[1].outlet == "Reuters");
  CHECK(corpus.documents[2].outlet == "AP");
}

TEST_CASE("a lede as first line names the document but stays body (article 000)") {
  const core::Document d = test::ingest_one("000.txt", test::read("assets/corpus/000_23df6fbf173a6d2e.txt"));
  CHECK(role_of(d, "China\xE2\x80\x99s President Xi Jinping") == LineRole::kBody);
  CHECK(d.title.starts_with("China\xE2\x80\x99s President Xi Jinping on Wednesday hailed"));
  CHECK(d.title.size() < 120);
  CHECK(d.title.ends_with("\xE2\x80\xA6"));
}

TEST_CASE("a first line in Title Case is the headline even with a full stop (PolNeAR nyt, west-journal)") {
  const core::Document d = test::ingest_one(
      "nyt.txt",
      "Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary Clinton.\n\n"
      "ABSTRACT.\n\n"
      "Many Democrats are afraid that Mrs. Clinton's large edge among African-American voters may be undercut.\n");
  CHECK(role_of(d, "Obama Sees") == LineRole::kTitle);
  CHECK(role_of(d, "Many Democrats") == LineRole::kBody);
  const core::Document lede = test::ingest_one(
      "lede.txt", "Clinton Campaign Reportedly Scrambling For Black Voter Turnout In Florida.\n\nAccording to a report.\n");
  CHECK(role_of(lede, "Clinton Campaign") == LineRole::kTitle);
  // A record that gives its own title starts its text with the body, headline-like or not (CoNLL).
  core::Corpus corpus;
  core::ingest_bytes("conll.jsonl",
                     "{\"title\":\"CoNLL dev document 1\",\"text\":\"SOCCER - JAPAN GET LUCKY WIN , CHINA IN "
                     "SURPRISE DEFEAT .\\nNadim Ladki scored .\"}\n",
                     corpus);
  REQUIRE(corpus.documents.size() == 1);
  CHECK(role_of(corpus.documents[0], "SOCCER - JAPAN") == LineRole::kBody);
}

TEST_CASE("bad inputs become errors naming the problem; nothing is lost") {
  core::Corpus corpus;
  core::ingest_bytes("good.txt", "Headline\n\nBody text here.", corpus);
  core::ingest_bytes("empty.txt", "", corpus);
  core::ingest_bytes("blank.md", "  \n\n \n", corpus);
  core::ingest_bytes("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), corpus);
  core::ingest_bytes("notes.pdf", "%PDF-1.4", corpus);
  core::ingest_bytes("latin1.txt", "Arsenal paid \xA3" "5m for him.", corpus);
  REQUIRE(corpus.documents.size() == 2);
  CHECK(corpus.documents[0].id == "good");
  CHECK(corpus.documents[1].id == "latin1");
  REQUIRE(corpus.documents[1].warnings.size() == 1);
  CHECK(corpus.documents[1].warnings[0].starts_with("not UTF-8, read as Windows-1252: 1 byte above ASCII"));
  CHECK(corpus.documents[1].warnings[0].find("0xA3 (\xC2\xA3) at offset 13") != std::string::npos);
  REQUIRE(corpus.errors.size() == 4);
  CHECK(corpus.errors[0].path == "empty.txt");
  CHECK(corpus.errors[0].message.starts_with("empty file"));
  CHECK(corpus.errors[1].message.starts_with("empty file"));
  CHECK(corpus.errors[2].message.starts_with("binary file"));
  CHECK(corpus.errors[2].offset == 8);
  CHECK(corpus.errors[3].message.starts_with("unsupported file type"));
}

TEST_CASE("a text file in Windows-1252 or UTF-16 is converted to UTF-8, with a warning naming the encoding") {
  core::Corpus corpus;
  // Word's "Plain Text": curly quotes 0x93 and 0x94, "£" 0xA3, "é" 0xE9 (bbc/sport/199.txt has the "£").
  core::ingest_bytes("word.txt", "Headline\n\n\x93We paid \xA3" "5m,\x94 said Jos\xE9.\n", corpus);
  // Notepad's "Unicode": UTF-16LE with its byte-order mark, and the big-endian kind.
  const std::string le("\xFF\xFEH\0i\0\n\0\n\0\xAC\x20!\0", 14);
  core::ingest_bytes("notepad.txt", le, corpus);
  core::ingest_bytes("mac.txt", std::string("\xFE\xFF\0H\0i\0\n\0\n\x20\xAC\0!", 14), corpus);
  REQUIRE(corpus.errors.empty());
  REQUIRE(corpus.documents.size() == 3);
  const core::Document& word = corpus.documents[0];
  CHECK(word.encoding == "Windows-1252");
  CHECK(word.text == "Headline\n\n\xE2\x80\x9CWe paid \xC2\xA3" "5m,\xE2\x80\x9D said Jos\xC3\xA9.\n");
  REQUIRE(word.warnings.size() == 1);
  CHECK(word.warnings[0] ==
        "not UTF-8, read as Windows-1252: 4 bytes above ASCII, the first 0x93 (\xE2\x80\x9C) at offset 10 (line 3, "
        "column 1)");
  CHECK(corpus.documents[1].warnings == std::vector<std::string>{"not UTF-8, read as UTF-16LE (its byte-order mark)"});
  CHECK(corpus.documents[1].encoding == "UTF-16LE");
  CHECK(corpus.documents[1].text == "Hi\n\n\xE2\x82\xAC!");
  CHECK(corpus.documents[1].title == "Hi");
  CHECK(corpus.documents[2].encoding == "UTF-16BE");
  CHECK(corpus.documents[2].text == corpus.documents[1].text);
  // Its quotation is found, its speaker named, the money read.
  const core::Analysis a = core::analyze(std::move(corpus), test::lexicons());
  REQUIRE(!a.quotes.empty());
  CHECK(test::text_of(a.corpus.documents[0].text, a.quotes[0].span) == "We paid \xC2\xA3" "5m");
}

TEST_CASE("a file whose bytes above ASCII are mostly valid UTF-8 keeps its offsets; dense ones are refused") {
  core::Corpus corpus;
  // A stray byte in UTF-8 text is shown as U+FFFD, the offsets those of the file.
  core::ingest_bytes("mixed.txt", "Caf\xC3\xA9 owner paid \xA3" "5m.", corpus);
  // Bytes of another script's double-byte encoding, or of a binary without NULs, are refused as before.
  std::string dense = "Headline\n\n";
  for (int i = 0; i < 200; ++i) dense += "\xC4\xE3\xBA\xC3 ";
  core::ingest_bytes("gbk.txt", dense, corpus);
  REQUIRE(corpus.documents.size() == 1);
  CHECK(corpus.documents[0].encoding == "UTF-8");
  CHECK(corpus.documents[0].text == "Caf\xC3\xA9 owner paid \xA3" "5m.");
  REQUIRE(corpus.documents[0].warnings.size() == 1);
  CHECK(corpus.documents[0].warnings[0].starts_with("invalid UTF-8: 1 byte shown as U+FFFD"));
  REQUIRE(corpus.errors.size() == 1);
  CHECK(corpus.errors[0].message.starts_with("not UTF-8 text"));
}

TEST_CASE("lines that end in a carriage return alone are lines") {
  // Classic Mac OS and some exports: the whole file had been one line, its title.
  core::Corpus corpus;
  core::ingest_bytes("cr.txt", "Putin meets Xi\r\rThe two leaders met in Beijing.\r\rThey talked.\r", corpus);
  REQUIRE(corpus.documents.size() == 1);
  CHECK(corpus.documents[0].title == "Putin meets Xi");
  CHECK(role_of(corpus.documents[0], "The two leaders met in Beijing.") == LineRole::kBody);
}

TEST_CASE("a file over the size limit is refused, not read") {
  core::Corpus corpus;
  const std::string huge(core::kMaxInputBytes + 1, 'a');
  core::ingest_bytes("huge.txt", huge, corpus);
  REQUIRE(corpus.errors.size() == 1);
  CHECK(corpus.errors[0].message.starts_with("file too large"));
  CHECK(corpus.documents.empty());
}

TEST_CASE(".jsonl: records with metadata; a broken line is an error, the rest load") {
  core::Corpus corpus;
  core::ingest_bytes("feed.jsonl",
                     "{\"id\":\"a1\",\"title\":\"T\",\"outlet\":\"Reuters\",\"date\":\"2023-10-18\",\"text\":\"Xi met Putin.\"}\n"
                     "{\"id\":\"a2\",\"text\":\"broken\n"
                     "{\"title\":\"no text\"}\n"
                     "\n"
                     "{\"text\":\"Second article.\"}\n",
                     corpus);
  REQUIRE(corpus.documents.size() == 2);
  CHECK(corpus.documents[0].id == "a1");
  CHECK(corpus.documents[0].outlet == "Reuters");
  CHECK(corpus.documents[0].date == "2023-10-18");
  CHECK(corpus.documents[0].title == "T");
  CHECK(corpus.documents[1].id == "feed-4");
  CHECK(corpus.documents[1].title == "Second article.");
  REQUIRE(corpus.errors.size() == 2);
  CHECK(corpus.errors[0].line == 2);
  CHECK(corpus.errors[0].message.starts_with("invalid JSON"));
  CHECK(corpus.errors[1].line == 3);
  CHECK(corpus.errors[1].message.find("no \"text\"") != std::string::npos);
}

TEST_CASE("records exported by scrapers and feeds: their field names, their dates as days") {
  core::Corpus corpus;
  core::ingest_bytes("news-please.jsonl",
                     "{\"maintext\":\"Xi met Putin.\",\"title\":\"T\",\"source_domain\":\"reuters.com\","
                     "\"date_publish\":\"2023-10-18 09:41:00\",\"url\":\"https://example.org/a\"}\n"
                     "{\"content\":\"Putin met Xi.\",\"headline\":\"H\",\"publisher\":\"TASS\","
                     "\"pubDate\":\"Wed, 18 Oct 2023 09:41:00 GMT\",\"link\":\"https://example.org/b\"}\n"
                     "{\"body\":\"Xi spoke.\",\"publish_date\":\"2023-10-18T09:41:00Z\",\"text\":\"The text wins.\"}\n"
                     "{\"text\":\"Undated.\",\"date\":\"last week\"}\n",
                     corpus);
  REQUIRE(corpus.errors.empty());
  REQUIRE(corpus.documents.size() == 4);
  const core::Document& a = corpus.documents[0];
  CHECK(a.text == "Xi met Putin.");
  CHECK(a.title == "T");
  CHECK(a.outlet == "reuters.com");
  CHECK(a.date == "2023-10-18");
  CHECK(a.url == "https://example.org/a");
  const core::Document& b = corpus.documents[1];
  CHECK(b.text == "Putin met Xi.");
  CHECK(b.title == "H");
  CHECK(b.outlet == "TASS");
  CHECK(b.date == "2023-10-18");
  CHECK(b.url == "https://example.org/b");
  CHECK(corpus.documents[2].text == "The text wins.");
  CHECK(corpus.documents[2].date == "2023-10-18");
  CHECK(corpus.documents[3].date == "last week");  // no reading fits: kept as written
  // Windows tools: a UTF-8 byte-order mark before the JSON (had been "invalid JSON"), PowerShell's UTF-16.
  core::ingest_bytes("bom.json", "\xEF\xBB\xBF{\"text\":\"Xi met Putin.\"}", corpus);
  const std::u16string ps = u"[{\"text\":\"Putin met Xi.\"}]";
  std::string utf16 = "\xFF\xFE";
  for (const char16_t c : ps) utf16 += {static_cast<char>(c & 0xFF), static_cast<char>(c >> 8)};
  core::ingest_bytes("ps.json", utf16, corpus);
  REQUIRE(corpus.errors.empty());
  REQUIRE(corpus.documents.size() == 6);
  CHECK(corpus.documents[4].text == "Xi met Putin.");
  CHECK(corpus.documents[5].text == "Putin met Xi.");
  // NewsAPI's reply: the articles under "articles", the outlet an object's name.
  core::ingest_bytes("newsapi.json",
                     "{\"status\":\"ok\",\"totalResults\":1,\"articles\":[{\"source\":{\"id\":null,\"name\":\"Reuters\"},"
                     "\"title\":\"Xi meets Putin\",\"publishedAt\":\"2023-10-18T09:41:00Z\",\"content\":\"Xi met Putin.\"}]}",
                     corpus);
  REQUIRE(corpus.errors.empty());
  REQUIRE(corpus.documents.size() == 7);
  CHECK(corpus.documents[6].outlet == "Reuters");
  CHECK(corpus.documents[6].date == "2023-10-18");
  CHECK(corpus.documents[6].text == "Xi met Putin.");
}

TEST_CASE("a record whose body is HTML, as feeds and WordPress's API give it, is read as a page is") {
  core::Corpus corpus;
  core::ingest_bytes("wp-json.json",
                     "[{\"id\":7,\"date\":\"2023-10-18T09:41:00\",\"link\":\"https://example.org/xi\","
                     "\"title\":{\"rendered\":\"Xi &amp; Putin meet\"},\"content\":{\"rendered\":\"<p>&ldquo;We are "
                     "friends,&rdquo; Xi Jinping said.</p>\\n<figure><figcaption>Xi. Getty Images</figcaption></figure>"
                     "<p>Putin agreed.</p>\",\"protected\":false}},"
                     "{\"title\":\"AT&T results\",\"text\":\"Profits at AT&T rose 5% in a year.\"}]",
                     corpus);
  REQUIRE(corpus.errors.empty());
  REQUIRE(corpus.documents.size() == 2);
  const core::Document& wp = corpus.documents[0];
  CHECK(wp.title == "Xi & Putin meet");
  CHECK(wp.text == "\xE2\x80\x9CWe are friends,\xE2\x80\x9D Xi Jinping said.\n\nPutin agreed.");
  CHECK(wp.date == "2023-10-18");
  CHECK(wp.url == "https://example.org/xi");
  CHECK(corpus.documents[1].text == "Profits at AT&T rose 5% in a year.");  // plain text stays as written
  CHECK(corpus.documents[1].title == "AT&T results");
}

TEST_CASE(".json: one object or an array of them") {
  core::Corpus corpus;
  core::ingest_bytes("one.json", R"({"id":"x","text":"Hello there."})", corpus);
  core::ingest_bytes("many.json", R"([{"text":"One."},{"text":"Two."},3])", corpus);
  core::ingest_bytes("bad.json", R"({"text": )", corpus);
  CHECK(corpus.documents.size() == 3);
  REQUIRE(corpus.errors.size() == 2);
  CHECK(corpus.errors[0].message == "article 3: an article must be a JSON object");
  CHECK(corpus.errors[1].path == "bad.json");
}

TEST_CASE("clashing ids are qualified by their folder") {
  core::Corpus corpus;
  core::ingest_bytes("bbc/sport/001.txt", "A\n\nb.", corpus);
  core::ingest_bytes("bbc/tech/001.txt", "C\n\nd.", corpus);
  CHECK(corpus.documents[0].id == "001");
  CHECK(corpus.documents[1].id == "tech/001");
}

TEST_CASE("markdown headings") {
  const core::Document d = test::ingest_one("note.md", "# The Title\n\nSome text.\n\n## Section\n\nMore text.\n");
  CHECK(d.title == "The Title");
  REQUIRE(d.lines.size() == 4);
  CHECK(d.lines[0].role == LineRole::kTitle);
  CHECK(test::text_of(d.text, d.lines[0].span) == "The Title");
  CHECK(d.lines[2].role == LineRole::kHeading);
}
