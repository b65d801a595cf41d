// Page furniture: the lines a news site or a browser copy puts around an article (footers, promotions, sharing
// buttons, captions, links to other stories, copyright) and the agency a wire dateline names. In: one line of
// text, trimmed. Out: what the line is; ingest leaves such lines out of the analysis without shifting offsets.
#pragma once

#include <string_view>

namespace newslens::core {

// A footer that ends the article: every line after it is furniture too ("Leave a Comment", "You may also like").
bool ends_article(std::string_view line);
// A line left out alone, the article going on after it: a promotion, a reporter's social-media sign-off,
// sharing buttons, a copyright line, a photograph's caption, a Markdown image.
bool is_furniture_line(std::string_view line);
// The opening of a list of links to other stories ("Read more:", "Related:"), whose headlines follow.
bool opens_link_list(std::string_view line);
// The agency a wire story's dateline names ("BEIJING, Oct 18 (Reuters) - ..." -> "Reuters"), or empty.
std::string_view wire_agency(std::string_view line);

}  // namespace newslens::core
