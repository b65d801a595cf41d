// One file per view, all drawing from the shared AppState. Each view may also answer commands (the JSON
// objects browser tests and the page send through newslens_command) and add fields to the status JSON.
// A command handler returns true when it recognised `cmd`, writing its JSON reply to `reply`.
#pragma once

#include <string>

#include "core/json.h"
#include "ui/app_state.h"

namespace newslens::ui {

// Appends `"key":value` members to a JSON object under construction (commas handled).
class StatusWriter {
 public:
  explicit StatusWriter(std::string& out) : out_(out) {}
  void number(const char* key, double value);
  void string(const char* key, std::string_view value);
  void boolean(const char* key, bool value);
  void raw(const char* key, std::string_view json);  // `json` must be a complete JSON value

 private:
  void key(const char* k);
  std::string& out_;
};

struct Command {
  std::string name;             // the "cmd" member
  const core::JsonValue* args;  // the whole command object
  const core::JsonValue* arg(std::string_view key) const { return args->find(key); }
};

// Replies for command handlers.
std::string reply_ok();
std::string reply_error(std::string_view message);

void draw_document_list(AppState& state);   // the left column
void draw_details_panel(AppState& state);   // the right column: the current selection or search hits
void draw_search_box(AppState& state);      // in the header; Ctrl+F focuses it
void draw_search_results(AppState& state);  // in the right column while a search is active
void run_search(AppState& state);           // recomputes hits when the query changed
void draw_documents_view(AppState& state);
void draw_reader_view(AppState& state);
void draw_entities_view(AppState& state);
void draw_network_view(AppState& state);
void draw_heatmap_view(AppState& state);
void draw_bars_view(AppState& state);
void draw_chart_controls(AppState& state);  // window, measure, minimum count, types, top N (all three charts)
void draw_quotes_view(AppState& state);
void draw_compare_view(AppState& state);

// The address bar's #fragment for the current view, selection and chart settings, and its inverse.
std::string url_fragment(const AppState& state);
void apply_url_fragment(AppState& state, std::string_view fragment);

bool handle_search_command(AppState& state, const Command& c, std::string& reply);
void add_search_status(const AppState& state, StatusWriter& w);
bool handle_documents_command(AppState& state, const Command& c, std::string& reply);
bool handle_reader_command(AppState& state, const Command& c, std::string& reply);
bool handle_entities_command(AppState& state, const Command& c, std::string& reply);
bool handle_chart_command(AppState& state, const Command& c, std::string& reply);
bool handle_quotes_command(AppState& state, const Command& c, std::string& reply);
bool handle_compare_command(AppState& state, const Command& c, std::string& reply);

void add_documents_status(const AppState& state, StatusWriter& w);
void add_reader_status(const AppState& state, StatusWriter& w);
void add_entities_status(const AppState& state, StatusWriter& w);
void add_chart_status(const AppState& state, StatusWriter& w);
void add_quotes_status(const AppState& state, StatusWriter& w);
void add_compare_status(const AppState& state, StatusWriter& w);

}  // namespace newslens::ui
