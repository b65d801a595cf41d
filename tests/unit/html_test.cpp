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
  // XHTML's empty element holds nothing: the paragraphs after an empty advertisement slot are the story's.
  const std::string lede = "Xi Jinping met Vladimir Putin in Beijing on Wednesday, and the two leaders spoke of trade, "
                           "energy and the war in Ukraine for three hours.";
  CHECK(core::read_html("<article><p>" + lede + "</p><div class='ad-slot'/><p>They spoke.</p></article>").text ==
        lede + "\n\nThey spoke.");
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

// The shapes of three news sites' story pages, as Mozilla Readability's test pages keep them (cnn, nytimes-1,
// bbc-1), with text of our own.
TEST_CASE("page shapes of news sites: the story's paragraphs, its headline, outlet and date") {
  SUBCASE("NYT: teasers as articles in the navigation and inside the story, the site's name in the title only") {
    const core::HtmlArticle a = core::read_html(R"(<html><head>
      <title>Leaders Meet in Beijing - The New York Times</title>
      <meta property="og:title" content="Leaders Meet in Beijing">
      <meta property="article:published" itemprop="datePublished" content="2017-01-13T00:00:04-05:00">
      </head><body class="abtest-test"><div id="shell"><nav id="ribbon" aria-hidden="true">
      <article class="story theme-summary"><h2>Markets fall</h2><p>Stocks fell sharply in Asia.</p></article></nav>
      <main id="main" role="main"><article id="story" class="story theme-main"><header id="story-header">
      <div class="supported-by hidden">Supported by</div><h3 class="kicker">Asia</h3>
      <h1 itemprop="headline" class="headline">Leaders Meet in Beijing</h1>
      <p class="byline-dateline"><span>By JANE SMITH</span></p>
      <div class="sharetools"><span class="sharetool-text">Share This Page</span></div></header>
      <figure class="media photo lede"><span class="visually-hidden">Photo</span><figcaption class="caption">
      Xi and Putin. <span class="credit">Credit Pool/Getty Images</span></figcaption></figure>
      <div class="story-body-supplemental"><div class="story-body story-body-1">
      <p class="story-body-text story-content">Xi Jinping met Vladimir Putin in Beijing on Wednesday for talks on
      trade and energy that both sides called productive.</p>
      <div id="story-ad-1" class="story-ad ad hidden">Advertisement
      <a class="visually-hidden" href="#">Continue reading the main story</a></div>
      <p class="story-body-text story-content">&#8220;We are old friends,&#8221; Mr. Xi said.</p></div>
      <div id="supplemental-1"><aside class="marginalia related-combined-coverage-marginalia">
      <article class="story theme-summary"><h2>Earlier talks</h2><p>They met in Moscow.</p></article></aside></div>
      </div><footer class="story-footer">A version of this article appears in print.</footer></article></main>
      </div></body></html>)");
    CHECK(a.outlet == "The New York Times");
    CHECK(a.date == "2017-01-13");
    CHECK(a.text == "Leaders Meet in Beijing\n\nAsia\n\nBy JANE SMITH\n\nXi Jinping met Vladimir Putin in Beijing on "
                    "Wednesday for talks on trade and energy that both sides called productive.\n\n"
                    "\xE2\x80\x9CWe are old friends,\xE2\x80\x9D Mr. Xi said.");
  }
  SUBCASE("BBC: no <article>, a role=\"main\", advertisements and screen-reader captions in the story") {
    const core::HtmlArticle a = core::read_html(R"(<html><head>
      <title>Xi hails friendship - BBC News</title><meta property="og:site_name" content="BBC News">
      <script type="application/ld+json">{"@type": "Article", "datePublished": "2023-10-18T05:36:09+01:00",
      "publisher": {"@type": "Organization", "name": "BBC News"}}</script></head>
      <body class="bbccom_leaderboard bbccom_outbrain_ar_5"><div id="page" class="configurable story">
      <div role="main"><div class="story-body"><h1 class="story-body__h1">Xi hails friendship</h1>
      <ul class="mini-info-list"><li>18 October 2023</li></ul>
      <div class="story-body__inner" property="articleBody">
      <p class="story-body__introduction">China's leader Xi Jinping has hailed his friendship with Vladimir Putin
      at a forum in Beijing.</p>
      <figure class="media-landscape"><span class="off-screen">Media caption</span>
      <span class="media-caption__text">Putin arrives in Beijing</span></figure>
      <div id="bbccom_mpu_1_2_3" class="bbccom_slot mpu-ad" aria-hidden="true"><a class="bbccom_text">Advertisement</a></div>
      <h2 class="story-body__crosshead">Trade</h2><p>Trade reached $190bn last year.</p></div></div>
      <div class="share share--lightweight"><h2>Share this story</h2><a>Email</a></div>
      <div class="story-more"><h2>More on this story</h2><ul><li><a href="/a">Putin in China</a></li></ul></div>
      </div></div></body></html>)");
    CHECK(a.outlet == "BBC News");
    CHECK(a.date == "2023-10-18");
    CHECK(a.text == "Xi hails friendship\n\n18 October 2023\n\nChina's leader Xi Jinping has hailed his friendship "
                    "with Vladimir Putin at a forum in Beijing.\n\nTrade\n\nTrade reached $190bn last year.\n\n"
                    "More on this story\n\nPutin in China");
    // The last two are the site's; the article's lines leave them out as a list of links.
    core::Corpus corpus;
    core::ingest_bytes("bbc.html", std::string("<title>x</title><div role='main'>") + "<h1>Xi hails friendship</h1>"
                       "<p>China's leader Xi Jinping has hailed his friendship with Vladimir Putin at a forum in Beijing"
                       " on Wednesday.</p><h2>More on this story</h2><ul><li>Putin in China</li></ul></div>", corpus);
    REQUIRE(corpus.documents.size() == 1);
    CHECK(corpus.documents[0].lines.back().role == core::LineRole::kBoilerplate);
  }
  SUBCASE("CNN Money: the headline outside the article, teasers in the menu, a hidden advertisement") {
    const core::HtmlArticle a = core::read_html(R"(<html><head>
      <title>The 'birth lottery' and mobility - Feb. 1, 2016 </title>
      <meta property="og:site_name" content="CNNMoney"><meta property="og:title" content="The 'birth lottery' and mobility ">
      <meta name="date" content="2016-02-01 01:28:49"></head><body class="cnn-story body--tos">
      <main class="container js-social-anchor-start" role="main"><header><nav class="main-nav" role="navigation">
      <article class="summary hero"><p>Dow falls 200 points as oil slides again in early trading.</p></article></nav>
      <div class="row"><h1 class="article-title">The 'birth lottery' and mobility </h1></div></header>
      <section class="column"><article class="module"><div id="storycontent"><div id="storytext">
      <h2>Where you are born decides much of what you earn.</h2>
      <p>Children born poor in America stay poor more often than children in other rich countries.</p>
      <p><a href="/x"><span class="inStoryHeading">Related: Why the middle class is shrinking</span></a></p>
      <div id="nat_btf_03" style="display: none">Sponsored: Best credit cards</div>
      <p>The study was published on Monday by economists at Stanford.</p></div></div></article></section>
      </main></body></html>)");
    CHECK(a.outlet == "CNNMoney");
    CHECK(a.date == "2016-02-01");
    CHECK(a.text == "The 'birth lottery' and mobility\n\nWhere you are born decides much of what you earn.\n\n"
                    "Children born poor in America stay poor more often than children in other rich countries.\n\n"
                    "Related: Why the middle class is shrinking\n\nThe study was published on Monday by economists "
                    "at Stanford.");
    const core::Document d = test::ingest_one("cnn.html", std::string(R"(<article><p>Children born poor in America stay
      poor more often than children in other rich countries.</p><p>Related: Why the middle class is shrinking</p>
      </article>)"));
    REQUIRE(d.lines.size() == 2);
    CHECK(d.lines[1].role == core::LineRole::kBoilerplate);
  }
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
