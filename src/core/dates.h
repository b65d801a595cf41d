// Dates in the text around an article: ISO and written dates ("Oct. 18, 2023", "18 October 2023"), and the
// datelines that carry them. In: a line or a field's value. Out: the day as ISO yyyy-mm-dd. Day-first and
// month-first numbers ("10/18/2023") are ambiguous and never read.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newslens::core {

// A date opening `s`: true, with the day in `iso` and where the date ends in `used`.
bool parse_date(std::string_view s, std::string& iso, std::size_t& used);
// A line that is a date alone, perhaps after "Published" or "Updated" and with its time.
bool parse_date_line(std::string_view line, std::string& date);
// A CMS dateline: "date 2023-10-26 ...", "Published: 2023-10-26" with text after it (article 003).
bool parse_dateline(std::string_view line, std::string& date);

}  // namespace newslens::core
