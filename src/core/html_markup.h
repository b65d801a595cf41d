// HTML's lexical layer, under the page reader (html.cpp): character references and tags. In: a page's bytes as
// UTF-8. Out: text with its references decoded and its white space collapsed; a tag's name and attributes, as
// views into the page. Nothing here knows what an element means.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/ascii.h"

namespace newslens::core {

struct Attribute {
  std::string_view name, value;  // as written; the value without its quotes, references not yet decoded
};

struct Tag {
  std::string name;  // lower case
  bool closing = false;
  bool self_closing = false;  // "<div/>": XHTML's empty element, which holds nothing
  std::vector<Attribute> attributes;
  std::size_t end = 0;  // the offset after its '>'

  std::string_view attribute(std::string_view key) const {
    for (const Attribute& a : attributes)
      if (iequals(a.name, key)) return a.value;
    return {};
  }
  bool has(std::string_view key) const {
    for (const Attribute& a : attributes)
      if (iequals(a.name, key)) return true;
    return false;
  }
};

// Appends `raw` to `out` with its references decoded ("&amp;", "&#8217;"; 128-159 as Windows-1252, as browsers
// read them) and its white space collapsed, a no-break space written as "&nbsp;" too; `space`: a space is owed
// before the next character, carried from one run of text to the next.
void append_text(std::string& out, std::string_view raw, bool& space);
// `raw` decoded and collapsed on its own (an attribute's value, a <title>).
std::string decoded_text(std::string_view raw);

// A letter, digit, '-', ':' or '_': the characters of a tag's or a class's name.
bool is_name_char(char c);
// Reads the tag at page[i] == '<'. False when none starts there (a '<' of the text, "a < b"); then `tag.end` is
// the page's end when the tag ran off it, and, as a browser does, the page ends before it.
bool read_tag(std::string_view page, std::size_t i, Tag& tag);
// The offset of "</name" at or after `from` (case-blind), or the end of the page.
std::size_t find_end_tag(std::string_view page, std::size_t from, std::string_view name);

}  // namespace newslens::core
