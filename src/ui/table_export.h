// The visible rows of each table view as CSV text (RFC 4180: comma-separated, fields quoted when they hold a
// comma, quote or line break, CRLF line ends), in the view's current filter and sort order, for a download
// button. Headers name the columns as the tables do. UTF-8 in, UTF-8 out.
#pragma once

#include <string>
#include <string_view>

#include "ui/app_state.h"

namespace newslens::ui {

std::string entities_table_csv(const AppState& state);
std::string quotes_table_csv(const AppState& state);
std::string compare_table_csv(const AppState& state);

// Appends one field (quoted when needed) and, unless `last`, a comma; after the last field, CRLF.
inline void append_csv_field(std::string& out, std::string_view field, bool last = false) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += field;
  } else {
    out += '"';
    for (char c : field) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += last ? "\r\n" : ",";
}

}  // namespace newslens::ui
