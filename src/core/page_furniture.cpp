#include "core/page_furniture.h"

#include <algorithm>
#include <array>

#include "core/ascii.h"

namespace newslens::core {

namespace {

// Footer lines of news sites ("Leave a Comment" under time.news articles). Those introducing a comment form or a
// list of other articles end the article: all lines after them are boilerplate too.
constexpr std::array<std::string_view, 5> kArticleEnds = {"leave a comment", "leave a reply", "you may also like",
                                                         "related articles", "related posts"};
// Promotional one-liners are left out alone, since the article may go on after them: PolNeAR huff-post prints
// "Subscribe to HuffPost's politics podcast here." in the middle, with two thousand words of article below.
// Pages copied from a browser add "Story continues below advertisement", "Link Copied!", "Image caption".
// A link to one other story on a line of its own: CNN "Related: Why the middle class is shrinking".
constexpr std::array<std::string_view, 19> kPromoStarts = {
    "read more",          "share this",        "share on",      "follow us",      "subscribe to",    "sign up for",
    "advertisement",      "all rights reserved", "copyright \xC2\xA9", "story continues", "continue reading",
    "get the latest",     "link copied",       "copy link",     "image caption",  "image copyright", "media caption",
    "related:",           "watch:"};

// The opening of a list of links to other stories, whose headlines follow on lines of their own: "Read more:",
// "Related:", "More on this story". They would count as mentions in this one.
constexpr std::array<std::string_view, 7> kLinkListStarts = {"read more", "related", "more on this story", "see also",
                                                            "most read", "recommended", "more from"};

// Whether the line's first word runs on past a link list's opening: "Relatedly, ...", "Recommendedness".
bool relatedly(std::string_view line) {
  for (std::string_view start : kLinkListStarts)
    if (istarts_with(line, start))
      return line.size() > start.size() && ((line[start.size()] | 0x20) >= 'a' && (line[start.size()] | 0x20) <= 'z');
  return false;
}

// A line of sharing buttons copied with the page: "Share", "Facebook", "Twitter", "Email", "WhatsApp".
bool is_share_line(std::string_view line) {
  static constexpr std::string_view kWords[] = {"share", "facebook", "twitter", "x", "email", "e-mail", "whatsapp",
                                                "linkedin", "reddit", "pinterest", "print", "messenger", "telegram",
                                                "flipboard", "copy", "link", "comments", "save", "tweet"};
  if (line.empty() || line.size() > 60) return false;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == ',' || line[i] == '|' || line[i] == '!')) ++i;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != ',' && line[j] != '|' && line[j] != '!') ++j;
    if (j == i) break;
    const std::string_view w = line.substr(i, j - i);
    if (std::none_of(std::begin(kWords), std::end(kWords), [&](std::string_view k) { return iequals(w, k); }))
      return false;
    i = j;
  }
  return true;
}

// A Markdown image on a line of its own, "![alt text](address)": its alt text is a caption.
bool is_image_line(std::string_view line) {
  return line.starts_with("![") && line.find("](") != std::string_view::npos && line.back() == ')';
}

// A copyright line ("© 2023 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
// "Copyright 2023 The Associated Press."). Not a sentence about copyright ("Copyright law changed in 2023.").
bool is_copyright_line(std::string_view line) {
  if (line.size() > 200) return false;
  if (line.starts_with("\xC2\xA9") || istarts_with(line, "(c) ")) return true;
  if (!istarts_with(line, "copyright ")) return false;
  const std::string_view rest = line.substr(10);
  return rest.starts_with("\xC2\xA9") || istarts_with(rest, "(c)") || (!rest.empty() && rest[0] >= '0' && rest[0] <= '9');
}

// A photograph's caption, which repeats the story's names beside the agency's: it ends on its credit ("...
// Sergei Guneev/Sputnik/AFP via Getty Images", "(AP Photo/Evan Vucci)") or opens on it ("Photograph: ...").
bool is_caption_line(std::string_view line) {
  if (line.size() > 400 || line.empty()) return false;
  if (const char c = ascii_lower(line[0]); c == 'p' || c == 'i')
    for (std::string_view open : {"photograph:", "photo:", "image:", "image source:", "picture:"})
      if (istarts_with(line, open)) return true;
  while (!line.empty() && (line.back() == '.' || line.back() == ')' || line.back() == ' ')) line.remove_suffix(1);
  // The last sixteen letters in lower case, once.
  std::array<char, 16> tail{};
  const std::size_t n = std::min(line.size(), tail.size());
  for (std::size_t k = 0; k < n; ++k) tail[k] = ascii_lower(line[line.size() - n + k]);
  const std::string_view end(tail.data(), n);
  for (std::string_view credit : {"getty images", "via reuters", "/afp", "/reuters", "/ap", "/epa", "/shutterstock",
                                  "/bloomberg"})
    if (end.ends_with(credit)) return true;
  return line.size() > 40 && line.substr(line.size() - 40).find("(AP Photo/") != std::string_view::npos;
}

template <std::size_t N>
bool starts_short_line(std::string_view line, const std::array<std::string_view, N>& starts) {
  if (line.empty()) return false;
  const char first = ascii_lower(line[0]);
  for (std::string_view start : starts)
    if (start[0] == first && line.size() < start.size() + 40 && istarts_with(line, start)) return true;
  return false;
}

// A reporter's social-media sign-off: Breitbart ends its articles with "Follow Pam Key on Twitter @pamkeyNEN."
// (PolNeAR), whose name would otherwise count as a person mentioned in the story.
// Inside a transcript quoted paragraph by paragraph it takes the paragraphs' opening mark: "\"Follow Pam Key ...".
bool is_follow_line(std::string_view line) {
  for (std::string_view mark : {"\"", "\xE2\x80\x9C"})
    if (line.substr(0, mark.size()) == mark) line.remove_prefix(mark.size());
  if (!istarts_with(line, "follow ") || line.size() > 160) return false;
  const std::size_t on = line.find(" on ");
  return on != std::string_view::npos && on < 48 &&
         (istarts_with(line.substr(on + 4), "twitter") || istarts_with(line.substr(on + 4), "facebook") ||
          istarts_with(line.substr(on + 4), "instagram"));
}

}  // namespace

bool ends_article(std::string_view line) { return starts_short_line(line, kArticleEnds); }

bool is_furniture_line(std::string_view line) {
  return starts_short_line(line, kPromoStarts) || is_follow_line(line) || is_share_line(line) ||
         is_copyright_line(line) || is_caption_line(line) || is_image_line(line);
}

bool opens_link_list(std::string_view line) {
  return starts_short_line(line, kLinkListStarts) && (line.back() == ':' || line.size() <= 20) && !relatedly(line);
}

// A wire story's dateline opens its first paragraph and names the agency: "BEIJING, Oct 18 (Reuters) - ...",
// "WASHINGTON (AP) — ...". Returns the agency, or empty.
std::string_view wire_agency(std::string_view line) {
  const std::size_t open = line.substr(0, 64).find(" (");
  if (open == std::string_view::npos || open < 2 || open > 60) return {};
  const std::size_t close = line.find(')', open);
  if (close == std::string_view::npos || close - open > 32) return {};
  std::string_view after = line.substr(close + 1);
  while (!after.empty() && (after[0] == '*' || after[0] == '_')) after.remove_prefix(1);  // "(Reuters)** - "
  if (!after.starts_with(" - ") && !after.starts_with(" \xE2\x80\x94 ") && !after.starts_with(" \xE2\x80\x93 ") &&
      !after.starts_with(" -- "))
    return {};
  // The place before it is in capitals, up to a comma: "BEIJING", "NEW YORK", "WASHINGTON, Oct 18".
  const std::string_view place = line.substr(0, std::min(open, line.find(',')));
  if (place.size() < 2 || std::any_of(place.begin(), place.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return {};
  const std::string_view agency = line.substr(open + 2, close - open - 2);
  return agency.empty() || agency[0] < 'A' || agency[0] > 'Z' ? std::string_view{} : agency;
}

}  // namespace newslens::core
