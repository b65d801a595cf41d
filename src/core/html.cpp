#include "core/html.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "core/ascii.h"
#include "core/dates.h"
#include "core/html_markup.h"
#include "core/json.h"
#include "core/utf8.h"

namespace newslens::core {

// [SECTION] elements  [SECTION] page  [SECTION] article

namespace {

// [SECTION] elements
bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (n == name) return true;
  return false;
}

bool is_void(std::string_view name) {
  return one_of(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                       "source", "track", "wbr"});
}

// Elements that end a paragraph of text where they open or close.
bool is_block(std::string_view name) {
  return one_of(name, {"p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2",
                       "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
                       "tr", "td", "th", "caption", "figure", "figcaption", "form", "br", "hr", "address",
                       "details", "summary", "center", "fieldset", "legend", "body", "html", "option", "button"});
}

// Elements whose content is never article text: the site's chrome, media and forms. A <header> is chrome outside
// an article and the headline and byline inside one.
bool is_chrome(std::string_view name) {
  return one_of(name, {"nav", "footer", "aside", "form", "figure", "figcaption", "button", "select", "dialog",
                       "menu", "label", "audio", "video", "picture", "map"});
}

// Whether a class or id holds one of `words` as a whole word of it ("share-bar", "related_links": so that an
// "article-body" is not caught by a "body").
// A word ending in '*' matches the words it begins ("share*": "sharetools", "sharebar").
bool has_word(std::string_view names, std::initializer_list<std::string_view> words) {
  std::size_t i = 0;
  while (i < names.size()) {
    while (i < names.size() && !is_name_char(names[i])) ++i;
    std::size_t j = i;
    while (j < names.size() && is_name_char(names[j]) && names[j] != '-' && names[j] != '_' && names[j] != ':') ++j;
    const std::string_view w = names.substr(i, j - i);
    i = j + 1;
    for (std::string_view f : words)
      if (f.ends_with('*') ? istarts_with(w, f.substr(0, f.size() - 1)) : iequals(w, f)) return true;
  }
  return false;
}

// Whether a class list holds one of `classes` whole: the names sites give text kept for screen readers ("Photo",
// "Media caption", "Continue reading the main story" on NYT and BBC pages) or hidden until a script shows it.
bool has_class(std::string_view names, std::initializer_list<std::string_view> classes) {
  std::size_t i = 0;
  while (i < names.size()) {
    while (i < names.size() && is_space(names[i])) ++i;
    std::size_t j = i;
    while (j < names.size() && !is_space(names[j])) ++j;
    for (std::string_view c : classes)
      if (iequals(names.substr(i, j - i), c)) return true;
    i = j;
  }
  return false;
}

// An inline style that hides its element: "display:none", "display: none", "visibility:hidden".
bool hides(std::string_view style) {
  std::string plain;
  for (char c : style.substr(0, 200))
    if (!is_space(c)) plain += ascii_lower(c);
  return plain.find("display:none") != std::string::npos || plain.find("visibility:hidden") != std::string::npos;
}

// A class or id that marks the page's furniture: sharing buttons, related links, newsletter sign-ups, comments,
// advertisements, captions. One that also names the story ("article-body has-ads", "story-content sidebar-left")
// is the story's, and <body>, <main> and <article> are never furniture by their names (a page's <body> may
// carry "has-ads").
bool names_furniture(std::string_view tag, std::string_view names) {
  if (names.empty() || tag == "body" || tag == "html" || tag == "main" || tag == "article") return false;
  if (has_class(names, {"hidden", "is-hidden", "u-hidden", "visually-hidden", "visuallyhidden", "sr-only",
                         "off-screen", "offscreen", "screen-reader-text", "screenreader-only"}))
    return true;
  return has_word(names, {"share*", "sharing", "social*", "related", "newsletter", "comments", "comment", "promo",
                          "advert", "advertisement", "ad", "ads", "subscribe", "subscription", "cookie", "cookies",
                          "breadcrumb", "breadcrumbs", "sidebar", "navigation", "menu", "caption", "credit",
                          "recirc", "outbrain", "taboola", "signup", "popup", "modal"}) &&
         !has_word(names, {"article", "body", "content", "main", "story", "text", "entry", "post"});
}

// Elements whose content is not markup: read to their end tag and set apart.
bool is_raw(std::string_view name) {
  return one_of(name, {"script", "style", "title", "textarea", "template", "noscript", "svg", "math", "iframe",
                       "object"});
}

// [SECTION] page
struct Block {
  std::string text;
  int article = -1;   // which <article> it lies in (the outermost), -1 for none
  bool main = false;  // inside <main> or role="main"
  int heading = 0;    // 1-6 for h1-h6
};

struct Open {
  std::string name;
  bool chrome = false;
  bool article = false;
  bool main = false;
  int heading = 0;
};

// What a page says of itself, best source first: rank 0 is the best.
struct Fact {
  std::string value;
  int rank = 100;
  void offer(std::string v, int r) {
    if (r < rank && !v.empty()) { value = std::move(v); rank = r; }
  }
};

class PageReader {
 public:
  PageReader(std::string_view page, bool by_names) : page_(page), by_names_(by_names) {}
  void read();

  std::vector<Block> blocks;
  std::string page_title;
  Fact title, outlet, date, url, body;  // body: a JSON-LD articleBody

 private:
  void open(const Tag& tag);
  void close(const Tag& tag);
  void raw(const Tag& tag, std::string_view content);
  void meta(const Tag& tag);
  void json_ld(const JsonValue& v, int depth);
  void text(std::size_t& i);
  void flush();

  std::string_view page_;
  bool by_names_;  // classes, ids and the hidden attribute mark furniture
  std::vector<Open> stack_;
  int chrome_ = 0, main_ = 0, heading_ = 0, article_ = -1, articles_ = 0;
  Block block_;
  bool space_ = false;
};

void PageReader::read() {
  Tag tag;
  std::size_t i = 0;
  while (i < page_.size()) {
    if (page_[i] != '<') { text(i); continue; }
    if (page_.substr(i, 4) == "<!--") {
      const std::size_t end = page_.find("-->", i + 4);
      i = end == std::string_view::npos ? page_.size() : end + 3;
      continue;
    }
    if (i + 1 < page_.size() && (page_[i + 1] == '!' || page_[i + 1] == '?')) {  // <!DOCTYPE>, <?xml?>
      const std::size_t end = page_.find('>', i);
      i = end == std::string_view::npos ? page_.size() : end + 1;
      continue;
    }
    if (!read_tag(page_, i, tag)) {
      if (tag.end == page_.size()) break;
      text(i);
      continue;
    }
    i = tag.end;
    if (tag.closing) { close(tag); continue; }
    if (is_raw(tag.name)) {
      const std::size_t end = find_end_tag(page_, i, tag.name);
      raw(tag, page_.substr(i, end - i));
      const std::size_t gt = page_.find('>', end);
      i = gt == std::string_view::npos ? page_.size() : gt + 1;
      continue;
    }
    open(tag);
  }
  flush();
}

void PageReader::open(const Tag& tag) {
  if (is_block(tag.name)) flush();
  if (tag.name == "meta") meta(tag);
  if (tag.name == "link" && iequals(tag.attribute("rel"), "canonical")) url.offer(decoded_text(tag.attribute("href")), 0);
  if (tag.name == "time" && tag.has("datetime")) date.offer(decoded_text(tag.attribute("datetime")), 5);
  if (is_void(tag.name) || tag.self_closing || stack_.size() >= 256) return;
  Open o{tag.name};
  const std::string_view role = tag.attribute("role");
  // Names and the hidden attribute are guesses, and a second reading goes without them (see read_html).
  o.chrome = is_chrome(tag.name) || (tag.name == "header" && article_ < 0 && main_ == 0) ||
             iequals(role, "navigation") || iequals(role, "complementary") || iequals(role, "contentinfo") ||
             (iequals(role, "banner") && article_ < 0) ||
             (by_names_ && (tag.has("hidden") || hides(tag.attribute("style")) ||
                            names_furniture(tag.name, tag.attribute("class")) ||
                            names_furniture(tag.name, tag.attribute("id"))));
  o.article = tag.name == "article";
  o.main = tag.name == "main" || iequals(role, "main");
  if (tag.name.size() == 2 && tag.name[0] == 'h' && tag.name[1] >= '1' && tag.name[1] <= '6') o.heading = tag.name[1] - '0';
  chrome_ += o.chrome;
  main_ += o.main;
  if (o.heading) heading_ = o.heading;
  if (o.article && article_ < 0) article_ = articles_++;
  stack_.push_back(std::move(o));
}

void PageReader::close(const Tag& tag) {
  if (is_block(tag.name)) flush();
  std::size_t k = stack_.size();
  while (k > 0 && stack_[k - 1].name != tag.name) --k;
  if (k == 0) return;  // an end tag nothing opened
  while (stack_.size() >= k) {
    const Open& o = stack_.back();
    chrome_ -= o.chrome;
    main_ -= o.main;
    if (o.heading) heading_ = 0;
    stack_.pop_back();
  }
  bool in_article = false;
  for (const Open& o : stack_) in_article = in_article || o.article;
  if (!in_article) article_ = -1;
}

void PageReader::raw(const Tag& tag, std::string_view content) {
  if (tag.name == "title" && page_title.empty()) page_title = decoded_text(content);
  if (tag.name == "script" && iequals(tag.attribute("type"), "application/ld+json")) {
    const JsonParseResult parsed = parse_json(content);
    if (parsed.ok) json_ld(parsed.value, 0);
  }
}

// <meta property="og:site_name" content="Reuters">, <meta name="date" content="2023-10-18">, ...
// NYT writes <meta property="article:published" itemprop="datePublished" content="2017-01-13T00:00:04-05:00">.
void PageReader::meta(const Tag& tag) {
  const std::string value = decoded_text(tag.attribute("content"));
  if (value.empty()) return;
  for (std::string_view k : {tag.attribute("property"), tag.attribute("name"), tag.attribute("itemprop")}) {
    std::string key;
    for (char c : k) key += ascii_lower(c);
    if (key == "og:site_name") outlet.offer(value, 0);
    else if (key == "og:title") title.offer(value, 1);
    else if (key == "twitter:title") title.offer(value, 3);
    else if (key == "og:url") url.offer(value, 1);
    else if (one_of(key, {"article:published_time", "og:article:published_time", "article:published",
                          "datepublished"}))
      date.offer(value, 0);
    else if (one_of(key, {"pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
                          "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date"}))
      date.offer(value, 2);
  }
}

std::string ld_string(const JsonValue& v, std::string_view key) {
  const JsonValue* f = v.find(key);
  if (f == nullptr) return {};
  if (f->is_string()) return decoded_text(f->string);
  if (f->kind == JsonValue::Kind::kObject) return ld_string(*f, "name");  // "publisher": {"name": "Reuters"}
  if (f->kind == JsonValue::Kind::kArray && !f->array.empty() && f->array[0].is_string())
    return decoded_text(f->array[0].string);
  return {};
}

// JSON-LD's NewsArticle (schema.org), on its own, in an array or in an "@graph".
void PageReader::json_ld(const JsonValue& v, int depth) {
  if (depth > 4) return;
  if (v.kind == JsonValue::Kind::kArray) {
    for (const JsonValue& item : v.array) json_ld(item, depth + 1);
    return;
  }
  if (v.kind != JsonValue::Kind::kObject) return;
  if (const JsonValue* graph = v.find("@graph")) json_ld(*graph, depth + 1);
  const std::string type = ld_string(v, "@type");
  if (!(type.ends_with("Article") || type == "BlogPosting" || type == "Report")) return;
  title.offer(ld_string(v, "headline"), 2);
  date.offer(ld_string(v, "datePublished"), 1);
  outlet.offer(ld_string(v, "publisher"), 1);
  url.offer(ld_string(v, "url"), 2);
  if (const JsonValue* b = v.find("articleBody"); b && b->is_string()) body.offer(b->string, 0);
}

// Text up to the next tag, white space collapsed, references decoded; dropped inside the page's chrome.
void PageReader::text(std::size_t& i) {
  const std::size_t end = page_.find('<', i + 1);
  const std::string_view run = page_.substr(i, (end == std::string_view::npos ? page_.size() : end) - i);
  i += run.size();
  if (chrome_ > 0) return;
  if (block_.text.empty()) {
    block_.article = article_;
    block_.main = main_ > 0;
    block_.heading = heading_;
  }
  append_text(block_.text, run, space_);
}

void PageReader::flush() {
  if (!block_.text.empty()) blocks.push_back(std::move(block_));
  block_ = Block{};
  space_ = false;
}

// [SECTION] article
// "Putin and Xi meet in Beijing | Reuters" is "Putin and Xi meet in Beijing"; "... - Reuters" too when Reuters is
// the outlet.
std::string title_without_site(std::string title, std::string_view outlet) {
  if (const std::size_t bar = title.find(" | "); bar != std::string::npos && bar > 0) title.resize(bar);
  for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const std::size_t at = title.rfind(dash);
    if (at != std::string::npos && !outlet.empty() && iequals(std::string_view(title).substr(at + dash.size()), outlet))
      title.resize(at);
  }
  return title;
}

// The site's name a page's <title> adds to the headline the page gives elsewhere: NYT "<title>United States to
// Lift Sudan Sanctions - The New York Times" beside og:title "United States to Lift Sudan Sanctions". Not a date
// (CNN Money's "<title>... - Feb. 1, 2016").
std::string site_in_title(std::string_view page_title, std::string_view headline) {
  if (headline.empty() || !page_title.starts_with(headline)) return {};
  std::string_view rest = page_title.substr(headline.size());
  bool separated = false;
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ": "})
    if (rest.starts_with(sep)) rest.remove_prefix(sep.size()), separated = true;
  if (!separated || rest.empty() || rest.size() > 40 ||
      std::any_of(rest.begin(), rest.end(), [](char c) { return is_ascii_digit(c); }))
    return {};
  return std::string(rest);
}

constexpr std::size_t kParagraphBytes = 140;  // a paragraph of a story; a teaser card holds less

// The story's blocks: the <article> holding the most paragraph text (a page lists teasers of other stories as
// articles too), else <main>, else the whole page without its chrome.
struct Story {
  std::vector<const Block*> blocks;
  std::size_t bytes = 0;  // of its paragraphs, headings aside
  bool region = false;    // an <article> or <main>, whose <h1> is the headline
};

Story find_story(const std::vector<Block>& blocks) {
  std::vector<std::size_t> per_article;
  std::size_t in_main = 0, in_page = 0;
  for (const Block& b : blocks) {
    if (b.heading) continue;
    in_page += b.text.size();
    if (b.article >= 0) {
      if (per_article.size() <= static_cast<std::size_t>(b.article)) per_article.resize(b.article + 1);
      per_article[b.article] += b.text.size();
    }
    if (b.main) in_main += b.text.size();
  }
  // A region holds the story when it holds a paragraph's worth of text or half the page's.
  auto holds_story = [in_page](std::size_t bytes) {
    return bytes >= kParagraphBytes || (bytes > 0 && bytes * 2 >= in_page);
  };
  int best = -1;
  for (std::size_t k = 0; k < per_article.size(); ++k)
    if (holds_story(per_article[k]) && (best < 0 || per_article[k] > per_article[best])) best = static_cast<int>(k);
  const bool use_main = best < 0 && holds_story(in_main);
  Story story;
  story.region = best >= 0 || use_main;
  for (const Block& b : blocks) {
    if (best >= 0 ? b.article != best : use_main && !b.main) continue;
    story.blocks.push_back(&b);
    if (!b.heading) story.bytes += b.text.size();
  }
  return story;
}

}  // namespace

HtmlArticle read_html(std::string_view page) {
  PageReader reader(page, true);
  reader.read();
  Story story = find_story(reader.blocks);
  // Classes and ids are a site's own words: when they leave less than a paragraph, they took the story with them
  // ("<div class='content-wrapper ad-slot-parent'>"), and the page is read again by its elements alone.
  PageReader plain(page, false);
  if (story.bytes < kParagraphBytes) {
    plain.read();
    if (Story again = find_story(plain.blocks); again.bytes >= story.bytes + kParagraphBytes) story = std::move(again);
  }

  HtmlArticle out;
  out.outlet = reader.outlet.value;
  if (out.outlet.empty()) out.outlet = site_in_title(reader.page_title, reader.title.value);
  out.url = reader.url.value;
  std::string iso;
  std::size_t used = 0;
  if (!reader.date.value.empty() && parse_date(reader.date.value, iso, used)) out.date = iso;
  // The headline: the article's own <h1>, else what the page calls its title.
  std::string headline;
  for (const Block* b : story.blocks)
    if (b->heading == 1 && story.region) { headline = b->text; break; }
  if (headline.empty()) headline = reader.title.value;
  if (headline.empty()) headline = title_without_site(reader.page_title, out.outlet);
  out.text = headline;
  auto add_paragraph = [&out](std::string_view p) {
    if (p.empty()) return;
    if (!out.text.empty()) out.text += "\n\n";
    out.text += p;
  };
  // A page drawn by its scripts carries its words in JSON-LD alone.
  if (story.bytes < kParagraphBytes && reader.body.value.size() > story.bytes) {
    const std::string& body = reader.body.value;
    for (std::size_t pos = 0; pos < body.size();) {
      std::size_t eol = body.find('\n', pos);
      if (eol == std::string::npos) eol = body.size();
      add_paragraph(decoded_text(std::string_view(body).substr(pos, eol - pos)));
      pos = eol + 1;
    }
    return out;
  }
  for (const Block* b : story.blocks)
    if (b->text != headline) add_paragraph(b->text);
  return out;
}

}  // namespace newslens::core
