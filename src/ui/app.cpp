#include "ui/app.h"

#include <algorithm>
#include <cstdio>

#include "core/json.h"
#include "imgui.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace newslens::ui {

// [SECTION] Status and command plumbing shared by the views

void StatusWriter::key(const char* k) {
  if (out_.back() != '{') out_ += ',';
  out_ += '"';
  out_ += k;
  out_ += "\":";
}
void StatusWriter::number(const char* k, double value) {
  key(k);
  core::append_json_number(out_, value);
}
void StatusWriter::string(const char* k, std::string_view value) {
  key(k);
  core::append_json_string(out_, value);
}
void StatusWriter::boolean(const char* k, bool value) {
  key(k);
  out_ += value ? "true" : "false";
}
void StatusWriter::raw(const char* k, std::string_view json) {
  key(k);
  out_ += json;
}

std::string reply_ok() { return "{\"ok\":true}"; }
std::string reply_error(std::string_view message) {
  std::string out = "{\"ok\":false,\"error\":";
  core::append_json_string(out, message);
  return out + "}";
}

namespace {

constexpr float kListWidth = 300.0f;
constexpr float kDetailsWidth = 280.0f;

using DrawFn = void (*)(AppState&);
constexpr DrawFn kViewDraw[kViewCount] = {draw_documents_view, draw_reader_view,  draw_entities_view,
                                          draw_network_view,   draw_heatmap_view, draw_bars_view,
                                          draw_quotes_view,    draw_compare_view};
// The tabs in reading order: the story first, then who is in it, then who said what.
constexpr View kTabOrder[kViewCount] = {View::kReader, View::kDocuments, View::kEntities, View::kNetwork,
                                        View::kHeatmap, View::kBars,     View::kQuotes,   View::kCompare};

void draw_banners(AppState& state) {
  for (std::size_t i = 0; i < state.banners.size();) {
    const Banner& b = state.banners[i];
    ImGui::PushStyleColor(ImGuiCol_Text, b.error ? kErrorText : kWarningText);
    ImGui::TextWrapped("%s %s%s%s", b.error ? "Could not load" : "Note:", b.path.c_str(), b.path.empty() ? "" : ": ",
                       b.message.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::PushID(static_cast<int>(i));
    const bool dismiss = ImGui::SmallButton("Dismiss");
    ImGui::PopID();
    if (dismiss) state.banners.erase(state.banners.begin() + static_cast<long>(i));
    else ++i;
  }
}

void draw_header(AppState& state) {
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextUnformatted("newslens");
  ImGui::PopFont();
  ImGui::SameLine();
  const auto& a = state.analysis;
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
  const char* source = state.bundled_corpus ? (state.user_files.empty() ? "bundled articles" : "bundled + your articles")
                                            : "your articles";
  ImGui::Text("%zu articles  \xC2\xB7  %zu entities  \xC2\xB7  %zu quotes  \xC2\xB7  %s", a.corpus.documents.size(),
              a.entities.size(), a.quotes.size(), source);
  ImGui::PopStyleColor();
  ImGui::SameLine();
  draw_search_box(state);
  ImGui::SameLine();
  if (ImGui::Button("Open articles\xE2\x80\xA6") || state.shortcuts.open) state.open_files_requested = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip(".txt, .md, .html, .jsonl or .json files (Ctrl+O); or drop them on the page");
  ImGui::SameLine();
  if (ImGui::Button("Export\xE2\x80\xA6")) ImGui::OpenPopup("export-menu");
  if (ImGui::BeginPopup("export-menu")) {
    const bool chart = state.view == View::kNetwork || state.view == View::kHeatmap || state.view == View::kBars;
    ImGui::TextDisabled("%s", view_label(state.view));
    if (ImGui::MenuItem("Data as CSV")) state.export_request = AppState::ExportRequest{"csv", state.view};
    if (ImGui::MenuItem("Data as JSON")) state.export_request = AppState::ExportRequest{"json", state.view};
    if (ImGui::MenuItem("Chart as PNG", nullptr, false, chart)) {
      state.export_request = AppState::ExportRequest{"png", state.view, state.view_rect[0], state.view_rect[1],
                                                     state.view_rect[2], state.view_rect[3]};
    }
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("?") || state.shortcuts.help) state.help_open = !state.help_open;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Help and keyboard shortcuts (F1 or ?)");
  if (!state.bundled_corpus || !state.user_files.empty()) {
    ImGui::SameLine();
    if (ImGui::Button("Back to the bundled articles")) state.reset_requested = true;
  }
}

// "Join or replace?" for files the user dropped or opened.
void draw_pending_load(AppState& state) {
  if (!state.pending_load) return;
  if (!ImGui::IsPopupOpen("Add articles")) ImGui::OpenPopup("Add articles");
  const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal("Add articles", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  const core::Corpus& c = *state.pending_load;
  ImGui::Text("%zu article%s read from %zu file%s.", c.documents.size(), c.documents.size() == 1 ? "" : "s",
              state.pending_files.size(), state.pending_files.size() == 1 ? "" : "s");
  for (const core::InputError& e : c.errors) {
    ImGui::PushStyleColor(ImGuiCol_Text, kErrorText);
    ImGui::BulletText("%s: %s", e.path.c_str(), e.message.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::Spacing();
  int choice = -1;
  if (c.documents.empty()) {
    ImGui::TextUnformatted("Nothing to add; the current articles stay as they are.");
    if (ImGui::Button("OK")) choice = 2;
  } else {
    if (ImGui::Button("Add to the current articles")) choice = 0;
    ImGui::SameLine();
    if (ImGui::Button("Replace the current articles")) choice = 1;
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) choice = 2;
  }
  if (choice >= 0) {
    core::Corpus incoming = std::move(*state.pending_load);
    state.pending_load.reset();
    if (choice < 2) state.load_user_corpus(std::move(incoming), std::move(state.pending_files), choice == 1);
    else for (const core::InputError& e : incoming.errors) state.banners.push_back({e.path, e.message, true});
    state.pending_files.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

std::string quote_doc_ids(const AppState& state) {
  std::string out = "[";
  const auto& docs = state.analysis.corpus.documents;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (i) out += ',';
    core::append_json_string(out, docs[i].id);
  }
  return out + "]";
}

std::string banners_json(const AppState& state, bool errors) {
  std::string out = "[";
  bool first = true;
  for (const Banner& b : state.banners) {
    if (b.error != errors) continue;
    if (!first) out += ',';
    first = false;
    out += "{\"path\":";
    core::append_json_string(out, b.path);
    out += ",\"message\":";
    core::append_json_string(out, b.message);
    out += '}';
  }
  return out + "]";
}

void draw_help(AppState& state) {
  if (state.shortcuts.escape) state.help_open = false;
  if (!state.help_open) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(620.0f, viewport->WorkSize.x - 40), 0));
  ImGui::Begin("Help", &state.help_open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                              ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted("newslens maps a story across outlets: who is mentioned, who appears with whom, who said "
                         "what, and where the outlets agree or differ. Everything runs in this page; nothing is sent "
                         "anywhere.");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg)) {
    const char* rows[][2] = {{"Ctrl+F", "Search the articles"},
                             {"Ctrl+O", "Open your own articles (or drop files on the page)"},
                             {"F1 or ?", "Show or hide this help"},
                             {"Esc", "Close this help"},
                             {"Click a coloured name", "Select that entity in every view"},
                             {"Tick boxes (Documents)", "Choose which articles every view uses"},
                             {"Export\xE2\x80\xA6", "The current view's data as CSV or JSON; a chart as PNG"}};
    for (const auto& row : rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row[0]);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row[1]);
    }
    ImGui::EndTable();
  }
  ImGui::Spacing();
  ImGui::TextDisabled("The address bar keeps the view, selection and chart settings: copy it to share this view.");
  ImGui::End();
}

}  // namespace

void draw_app(AppState& state) {
  run_search(state);  // before refresh_derived clears the dirty flag the search also follows
  state.refresh_derived();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("newslens", nullptr, kFlags);
  draw_header(state);
  draw_banners(state);

  const float avail = ImGui::GetContentRegionAvail().x;
  // Side columns give way first on small screens so the views keep at least ~60% of the width.
  const float list_width = std::clamp(avail * 0.21f, 190.0f, kListWidth);
  const float details_width = std::clamp(avail * 0.19f, 170.0f, kDetailsWidth);
  ImGui::BeginChild("document-list", ImVec2(list_width, 0), true);
  draw_document_list(state);
  ImGui::EndChild();
  ImGui::SameLine();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  ImGui::BeginChild("views", ImVec2(avail - list_width - details_width - 2 * spacing, 0), false);
  {
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    state.view_rect[0] = pos.x;
    state.view_rect[1] = pos.y;
    state.view_rect[2] = size.x;
    state.view_rect[3] = size.y;
  }
  if (ImGui::BeginTabBar("view-tabs", ImGuiTabBarFlags_FittingPolicyScroll)) {
    // A request made before this frame selects its tab now. One a view makes while it is drawn (a double click
    // in Documents or Entities opens the Reader) waits for the next frame: taken here, the tab bar would keep
    // the tab it already had and the request would be lost.
    const bool requested = state.view_requested;
    state.view_requested = false;
    for (View view : kTabOrder) {
      const ImGuiTabItemFlags flags = requested && state.view == view ? ImGuiTabItemFlags_SetSelected : 0;
      if (ImGui::BeginTabItem(view_label(view), nullptr, flags)) {
        if (!requested && !state.view_requested) state.view = view;
        kViewDraw[static_cast<int>(view)](state);
        ImGui::EndTabItem();
      }
    }
    ImGui::EndTabBar();
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("details", ImVec2(0, 0), true);
  if (state.search.text[0] != '\0') draw_search_results(state);
  else draw_details_panel(state);
  ImGui::EndChild();
  draw_pending_load(state);
  ImGui::End();
  draw_help(state);
  ++state.frames;
}

std::string status_json(const AppState& state) {
  const auto& a = state.analysis;
  std::string out = "{";
  StatusWriter w(out);
  w.boolean("ready", state.frames > 0);
  w.number("documents", static_cast<double>(a.corpus.documents.size()));
  w.number("entities", static_cast<double>(a.entities.size()));
  w.number("quotes", static_cast<double>(a.quotes.size()));
  w.number("frames", static_cast<double>(state.frames));
  w.string("view", view_name(state.view));
  w.boolean("bundled_corpus", state.bundled_corpus);
  w.number("user_files", static_cast<double>(state.user_files.size()));
  w.boolean("pending_load", state.pending_load.has_value());
  if (state.selected_doc) w.string("selected_document", a.corpus.documents[*state.selected_doc].id);
  else w.raw("selected_document", "null");
  if (state.selected_entity) w.string("selected_entity", a.entities[*state.selected_entity].name);
  else w.raw("selected_entity", "null");
  w.raw("document_ids", quote_doc_ids(state));
  w.raw("errors", banners_json(state, true));
  w.raw("warnings", banners_json(state, false));
  w.number("analysis_ms", state.analysis_ms);
  // Characters the body font can draw: it grows with the letters of the loaded articles.
  if (state.fonts.body) {
    w.number("font_glyphs", state.fonts.body->Glyphs.Size);
    w.number("font_pixels", state.fonts.body->FontSize);  // rasterised size, in device pixels
  }
  {
    const core::AnalyzeProfile& p = state.analysis_profile;
    std::string stages = "{";
    StatusWriter s(stages);
    s.number("segment", p.segment * 1000);
    s.number("entities", p.entities * 1000);
    s.number("quantities", p.quantities * 1000);
    s.number("aliases", p.aliases * 1000);
    s.number("quotes", p.quotes * 1000);
    s.number("compare", p.compare * 1000);
    s.number("cooccurrence", p.cooccurrence * 1000);
    w.raw("analysis_stages_ms", stages + "}");
  }
  w.boolean("help_open", state.help_open);
  w.string("url", url_fragment(state));
  std::string startup = "{";
  StatusWriter s(startup);
  s.number("main", state.startup.main);
  s.number("platform_ready", state.startup.platform_ready);
  s.number("lexicons_loaded", state.startup.lexicons_loaded);
  s.number("corpus_analysed", state.startup.corpus_analysed);
  s.number("first_frame", state.startup.first_frame);
  w.raw("startup_ms", startup + "}");
  add_search_status(state, w);
  add_documents_status(state, w);
  add_reader_status(state, w);
  add_entities_status(state, w);
  add_chart_status(state, w);
  add_quotes_status(state, w);
  add_compare_status(state, w);
  return out + "}";
}

std::string handle_command(AppState& state, const std::string& text) {
  const core::JsonParseResult parsed = core::parse_json(text);
  if (!parsed.ok || parsed.value.kind != core::JsonValue::Kind::kObject) return reply_error("a command is a JSON object");
  const core::JsonValue* cmd = parsed.value.find("cmd");
  if (cmd == nullptr || !cmd->is_string()) return reply_error("missing \"cmd\"");
  const Command c{cmd->string, &parsed.value};
  if (c.name == "show_view") {
    const core::JsonValue* name = c.arg("view");
    const auto view = name && name->is_string() ? parse_view(name->string) : std::nullopt;
    if (!view) return reply_error("unknown view");
    state.show(*view);
    return reply_ok();
  }
  if (c.name == "apply_url") {
    const core::JsonValue* hash = c.arg("hash");
    if (hash && hash->is_string()) apply_url_fragment(state, hash->string);
    return reply_ok();
  }
  if (c.name == "export") {  // {"cmd":"export","format":"csv"|"json"|"png"}: the current view, as the menu does
    const core::JsonValue* format = c.arg("format");
    if (!format || !format->is_string() || (format->string != "csv" && format->string != "json" && format->string != "png"))
      return reply_error("format is csv, json or png");
    state.export_request = AppState::ExportRequest{format->string, state.view, state.view_rect[0], state.view_rect[1],
                                                   state.view_rect[2], state.view_rect[3]};
    return reply_ok();
  }
  if (c.name == "help") {
    const core::JsonValue* open = c.arg("open");
    state.help_open = open == nullptr || open->boolean;
    return reply_ok();
  }
  if (c.name == "notice") {
    const core::JsonValue* message = c.arg("message");
    if (message && message->is_string()) state.banners.push_back({"", message->string, false});
    return reply_ok();
  }
  if (c.name == "resolve_pending") {  // {"cmd":"resolve_pending","mode":"join"|"replace"|"cancel"}: the modal's buttons
    const core::JsonValue* mode = c.arg("mode");
    if (!state.pending_load || !mode || !mode->is_string()) return reply_error("no files waiting");
    core::Corpus incoming = std::move(*state.pending_load);
    state.pending_load.reset();
    if (mode->string != "cancel")
      state.load_user_corpus(std::move(incoming), std::move(state.pending_files), mode->string == "replace");
    state.pending_files.clear();
    return reply_ok();
  }
  std::string reply;
  using Handler = bool (*)(AppState&, const Command&, std::string&);
  for (Handler h : {handle_search_command, handle_documents_command, handle_reader_command, handle_entities_command, handle_chart_command,
                    handle_quotes_command, handle_compare_command})
    if (h(state, c, reply)) return reply;
  return reply_error("unknown command " + c.name);
}

}  // namespace newslens::ui
