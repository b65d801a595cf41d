// Web pages saved from a browser ("Save Page As", .html/.htm): the article's text and what the page says of
// itself. In: the page's bytes as UTF-8. Out: the headline, then the article's blocks (paragraphs, headings, list
// items), one per line with a blank line between, entities decoded; title, outlet, date and address from <meta>,
// JSON-LD and <title>. Scripts, styles, navigation, asides, figures, forms and sharing widgets are no part of it.
// Offsets into an article read from a page are offsets into this text, not into the page.
#pragma once

#include <string>
#include <string_view>

namespace newslens::core {

struct HtmlArticle {
  std::string text;    // headline first; empty when the page holds no text
  std::string outlet;  // og:site_name, JSON-LD publisher, else the host of the address
  std::string date;    // ISO yyyy-mm-dd as the page gives it, empty when it does not
  std::string url;     // canonical address
};

HtmlArticle read_html(std::string_view page);

}  // namespace newslens::core
