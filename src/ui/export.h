// Export of what the current view shows: its rows as CSV or JSON (the same rows either way), and the request
// for a PNG of the current chart, which the app layer captures from the frame it has just drawn.
// In: the AppState. Out: text ready to download; nothing here touches files or the browser.
#pragma once

#include <string>
#include <vector>

#include "ui/app_state.h"

namespace newslens::ui {

struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

// The data behind `view` as a table (documents, entities, co-occurring pairs of the chart, quotes, figures).
Table view_table(const AppState& state, View view);
std::string table_csv(const Table& table);   // RFC 4180: quotes doubled, fields with , " or newlines quoted
std::string table_json(const Table& table);  // an array of objects keyed by the header
// A file name for the export: "newslens-network-2023.csv" style, from the view and the extension.
std::string export_file_name(View view, const char* extension);

}  // namespace newslens::ui
