#include <doctest/doctest.h>

#include "core/html.h"
#include "test_support.h"

using namespace newslens;

namespace {

struct QuoteSeen {
  std::string text, kind, speaker;
  friend bool operator==(const QuoteSeen&, const QuoteSeen&) = default;
};

std::vector<QuoteSeen> quotes_in(const std::string& name, const std::string& bytes) {
  core::Corpus corpus;
  core::ingest_bytes(name, bytes, corpus);
  const core::Analysis a = core::analyze(std::move(corpus), test::lexicons());
  std::vector<QuoteSeen> out;
  for (const core::Quote& q : a.quotes)
    out.push_back({test::text_of(a.corpus.documents[q.doc].text, q.span), core::quote_kind_name(q.kind), q.speaker});
  return out;
}

std::string escaped(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

// A story page as a news site serves it and "Save Page As" keeps it: the site's header and navigation, the
// article with its headline, byline, time and a photograph, sharing buttons, links to other stories, teasers of
// other articles, scripts and a footer.
const std::string kStoryPage = R"(<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Putin and Xi pledge deeper ties at Beijing forum | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Putin and Xi pledge deeper ties">
<meta property="article:published_time" content="2023-10-18T09:41:00+08:00">
<link rel="canonical" href="https://www.example-news.com/world/putin-xi-beijing">
<style>p { color: #222; } .quote:before { content: "\201C"; }</style>
<script>window.dataLayer = [{"page": "story", "said": "He said \"nothing\""}];</script>
</head>
<body>
<header class="site-header"><a href="/">Example News</a><nav><ul><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li></ul></nav></header>
<main>
<article class="story">
<header><h1>Putin and Xi pledge &lsquo;deeper&rsquo; ties at Beijing forum</h1>
<p class="byline">By Jane Smith</p><time datetime="2023-10-18T09:41:00+08:00">Oct. 18, 2023</time></header>
<div class="share-bar"><button>Share on Facebook</button><a href="#">Email</a></div>
<p>Chinese President Xi Jinping welcomed Russian President Vladimir Putin to Beijing on Wednesday, hailing
their &ldquo;deep friendship&rdquo;.</p>
<figure><img src="putin.jpg" alt="Putin and Xi"><figcaption>Vladimir Putin and Xi Jinping in Beijing.
Sergei Guneev/Getty Images</figcaption></figure>
<p>&ldquo;We have met 42 times in the past 10 years,&rdquo; Xi said. Trade reached $190&nbsp;billion.</p>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Xi opens Belt and Road Forum</a></li></ul></aside>
<p>Putin called the talks &#8220;useful&#8221; &amp; said: &ldquo;Our ties are strong.&rdquo;</p>
<script>document.write("<p>Subscribe now</p>");</script>
</article>
<section class="more"><article class="teaser"><h3>Markets</h3><p>Stocks fell.</p></article></section>
</main>
<footer><p>&copy; 2023 Example News. All rights reserved.</p></footer>
</body></html>
)";

}  // namespace

TEST_CASE("character references and white space in a page's text") {
  struct { const char* page; const char* text; } cases[] = {
      {"<p>&ldquo;Hi,&rdquo; he said &amp; left</p>", "\xE2\x80\x9CHi,\xE2\x80\x9D he said & left"},
      {"<p>&#8220;Hi&#x201D; &#146;90s</p>", "\xE2\x80\x9CHi\xE2\x80\x9D \xE2\x80\x99" "90s"},  // 146: Windows-1252
      {"<p>Fran&ccedil;ois Hollande &eacute;tait l&agrave;</p>", "Fran\xC3\xA7ois Hollande \xC3\xA9tait l\xC3\xA0"},
      {"<p>a &lt; b, a < b &bogus; &amp</p>", "a < b, a < b &bogus; &amp"},
      {"<p>  one\n  two\t<b>three</b>four  </p>", "one two threefour"},
      {"<p>$190&nbsp;billion</p>", "$190 billion"},
      {"<p>l\xC3\xA0 \xC2\xA0x</p>", "l\xC3\xA0 \xC2\xA0x"},  // UTF-8 as written, "\xC3\xA0" (\u00E0) whole
      {"<p>first<br>second</p><p>third</p>", "first\n\nsecond\n\nthird"},
      {"<p>&#0; &#xD800; &#99999999;</p>", "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.page);
    CHECK(core::read_html(c.page).text == c.text);
  }
}

TEST_CASE("a saved news page: the article's text alone, with its headline, outlet, date and address") {
  const core::HtmlArticle a = core::read_html(kStoryPage);
  CHECK(a.outlet == "Example News");
  CHECK(a.date == "2023-10-18");
  CHECK(a.url == "https://www.example-news.com/world/putin-xi-beijing");
  CHECK(a.text ==
        "Putin and Xi pledge \xE2\x80\x98" "deeper\xE2\x80\x99 ties at Beijing forum\n\nBy Jane Smith\n\n"
        "Oct. 18, 2023\n\nChinese President Xi Jinping welcomed Russian President Vladimir Putin to Beijing on "
        "Wednesday, hailing their \xE2\x80\x9C" "deep friendship\xE2\x80\x9D.\n\n\xE2\x80\x9CWe have met 42 times in "
        "the past 10 years,\xE2\x80\x9D Xi said. Trade reached $190 billion.\n\nPutin called the talks "
        "\xE2\x80\x9Cuseful\xE2\x80\x9D & said: \xE2\x80\x9COur ties are strong.\xE2\x80\x9D");

  const core::Document d = test::ingest_one("putin-xi.html", kStoryPage);
  CHECK(d.id == "putin-xi");
  CHECK(d.title == "Putin and Xi pledge \xE2\x80\x98" "deeper\xE2\x80\x99 ties at Beijing forum");
  CHECK(d.outlet == "Example News");
  CHECK(d.date == "2023-10-18");
  CHECK(d.lines.size() == 6);
  CHECK(d.lines[0].role == core::LineRole::kTitle);
  CHECK(d.lines[1].role == core::LineRole::kByline);
  CHECK(d.lines[2].role == core::LineRole::kDateline);

  const std::vector<QuoteSeen> quotes = quotes_in("putin-xi.html", kStoryPage);
  REQUIRE(quotes.size() == 5);
  CHECK(quotes[0].kind == "headline");
  CHECK(quotes[2] == QuoteSeen{"We have met 42 times in the past 10 years", "direct", "Xi Jinping"});
  CHECK(quotes[4] == QuoteSeen{"Our ties are strong", "direct", "Vladimir Putin"});
}

TEST_CASE("without an <article>, <main> is the story; without either, the page less its chrome") {
  const std::string para = "<p>Xi Jinping met Vladimir Putin in Beijing on Wednesday, and the two leaders "
                           "spoke of trade, energy and the war in Ukraine for three hours.</p>";
  const core::HtmlArticle in_main = core::read_html(
      "<title>Talks - Daily Post</title><meta property='og:site_name' content='Daily Post'><body><div>Menu</div>"
      "<main>" + para + "</main><div class='comments'><p>First!</p></div></body>");
  CHECK(in_main.text.starts_with("Talks\n\nXi Jinping met"));  // " - Daily Post" is the site's name, not the title
  CHECK(in_main.text.find("Menu") == std::string::npos);
  CHECK(in_main.text.find("First!") == std::string::npos);

  const core::HtmlArticle bare = core::read_html("<html><body><h1>Talks</h1><nav>Home</nav>" + para +
                                                 "<div id='cookie-banner'>We use cookies</div></body></html>");
  CHECK(bare.text.starts_with("Talks\n\nXi Jinping met"));
  CHECK(bare.text.find("Home") == std::string::npos);
  CHECK(bare.text.find("cookies") == std::string::npos);
  CHECK(bare.outlet.empty());
}

TEST_CASE("a site's class names that would take the story with them are not followed") {
  // Readability's test pages have such wrappers; a modal open when the page was saved marks the page behind it.
  const std::string story = "<p>Xi Jinping met Vladimir Putin in Beijing on Wednesday, and the two leaders spoke "
                            "of trade, energy and the war in Ukraine for three hours before a state banquet.</p>";
  CHECK(core::read_html("<body class='has-ads modal-open'><div class='article-body ad-free'>" + story +
                        "</div><div class='share-bar'>Share</div></body>").text == core::read_html(story).text);
  const core::HtmlArticle wrapped = core::read_html("<body><div class='page-wrapper popup-open'>" + story +
                                                    "<div class='newsletter'>Sign up now</div></div></body>");
  CHECK(wrapped.text.starts_with("Xi Jinping met"));
  CHECK(wrapped.text.find("Sign up") != std::string::npos);  // read by its elements alone, all of it is kept
}

TEST_CASE("a page drawn by its scripts gives its article from JSON-LD") {
  const core::HtmlArticle a = core::read_html(
      R"(<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
         {"@type": "WebSite", "name": "Site"},
         {"@type": "NewsArticle", "headline": "Putin meets Xi", "datePublished": "2023-10-18T02:00:00Z",
          "publisher": {"@type": "Organization", "name": "Wire Service"},
          "articleBody": "Xi Jinping welcomed Vladimir Putin.\n\u201cWe are friends,\u201d Xi said."}]}
         </script></head><body><div id="root">Loading&hellip;</div></body></html>)");
  CHECK(a.outlet == "Wire Service");
  CHECK(a.date == "2023-10-18");
  CHECK(a.text == "Putin meets Xi\n\nXi Jinping welcomed Vladimir Putin.\n\n\xE2\x80\x9CWe are friends,\xE2\x80\x9D Xi said.");
}

TEST_CASE("bundled article 000 saved as a web page gives the quotes and speakers of its text file") {
  const std::string txt = test::read("assets/corpus/000_23df6fbf173a6d2e.txt");
  REQUIRE(!txt.empty());
  std::string page = "<html><head><title>Putin and Xi | CNN</title><meta property=\"og:site_name\" content=\"CNN\">"
                     "</head><body><nav><a href='/'>Home</a></nav><article>\n";
  for (std::size_t pos = 0; pos < txt.size();) {
    std::size_t eol = txt.find('\n', pos);
    if (eol == std::string::npos) eol = txt.size();
    if (eol > pos) page += "<p>" + escaped(std::string_view(txt).substr(pos, eol - pos)) + "</p>\n";
    pos = eol + 1;
  }
  page += "</article><footer>CNN</footer></body></html>";
  const std::vector<QuoteSeen> from_text = quotes_in("000.txt", txt);
  REQUIRE(from_text.size() >= 5);
  CHECK(quotes_in("000.html", page) == from_text);
}

TEST_CASE("bad pages: no text, another encoding, a broken tag") {
  core::Corpus corpus;
  core::ingest_bytes("good.txt", "Talks\n\nXi met Putin.\n", corpus);
  core::ingest_bytes("empty.html", "<html><head><script>var a = 1;</script></head><body></body></html>", corpus);
  core::ingest_bytes("cp1252.htm", "<p>\x93We are friends,\x94 Xi said in Beijing on Wednesday.</p>", corpus);
  core::ingest_bytes("broken.html", "<p>Xi met Putin.</p><a href=\"unclosed", corpus);
  REQUIRE(corpus.errors.size() == 1);
  CHECK(corpus.errors[0].path == "empty.html");
  CHECK(corpus.errors[0].message.starts_with("no article text in the page"));
  REQUIRE(corpus.documents.size() == 3);
  CHECK(corpus.documents[1].encoding == "Windows-1252");
  CHECK(corpus.documents[1].text == "\xE2\x80\x9CWe are friends,\xE2\x80\x9D Xi said in Beijing on Wednesday.");
  CHECK(corpus.documents[2].text == "Xi met Putin.");  // a tag the page ends in is dropped, as a browser drops it
  std::string runaway = "<p>Xi met Putin.</p><p>a < b << c</p>";
  for (int i = 0; i < 100000; ++i) runaway += "<a ";
  CHECK(core::read_html(runaway).text == "Xi met Putin.\n\na < b << c");
}
