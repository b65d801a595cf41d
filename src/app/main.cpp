// newslens in the browser: wires the platform (SDL2 + WebGL2 + ImGui) to the viewer and the analysis core.
// Loads the preloaded bundle (/assets: corpus, lexicons, font), analyses it once, then draws frames.
#include <string>

#include "core/edits.h"
#include "core/json.h"
#include "platform/capture.h"
#include "platform/files.h"
#include "platform/sdl_gl.h"
#include "platform/web.h"
#include "ui/app.h"
#include "ui/export.h"
#include "ui/views.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#else
#include <chrono>
#endif

namespace {

// Milliseconds since navigation in the browser (performance.now()), since an arbitrary epoch natively.
double now_ms() {
#ifdef __EMSCRIPTEN__
  return emscripten_get_now();
#else
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
#endif
}

struct App {
  newslens::platform::Platform platform;
  newslens::ui::AppState state;
  std::string url;  // the fragment last written to the address bar
  std::uint64_t glyphs_for = UINT64_MAX;  // the corpus_generation whose characters the fonts were given
};

App* g_app = nullptr;  // owned by main for the page's lifetime; the browser drives frames through it

newslens::core::Corpus load_bundled_corpus() {
  newslens::core::Corpus corpus;
  newslens::platform::ingest_paths({"/assets/corpus"}, corpus);
  return corpus;
}

// Requests the views raised that need the platform: file picker, browser storage, reloading the bundle.
void serve_view_requests(newslens::ui::AppState& state) {
  if (state.open_files_requested) {
    state.open_files_requested = false;
    newslens::platform::open_file_picker();
  }
  if (state.reset_requested) {
    state.reset_requested = false;
    state.bundled_corpus = true;
    state.user_files.clear();
    state.set_corpus(load_bundled_corpus());
    newslens::platform::persist_corpus("");
  }
  if (state.export_request) {
    const newslens::ui::AppState::ExportRequest request = *state.export_request;
    state.export_request.reset();
    if (request.format == "png") {
      const std::string png = newslens::platform::capture_png(request.x, request.y, request.width, request.height);
      if (!png.empty()) newslens::platform::download(newslens::ui::export_file_name(request.view, "png"), "image/png", png);
    } else {
      const newslens::ui::Table table = newslens::ui::view_table(state, request.view);
      const bool csv = request.format == "csv";
      newslens::platform::download(newslens::ui::export_file_name(request.view, csv ? "csv" : "json"),
                                   csv ? "text/csv" : "application/json",
                                   csv ? newslens::ui::table_csv(table) : newslens::ui::table_json(table));
    }
  }
  if (state.persist_edits_requested) {
    state.persist_edits_requested = false;
    // Empty when there are none: the stored item is removed. Restored by the page at start-up.
    newslens::platform::store_item("newslens.edits.v1", state.entity_edits.edits.empty()
                                                            ? std::string()
                                                            : newslens::core::entity_edits_json(state.entity_edits.edits));
  }
  if (state.persist_corpus_requested) {
    state.persist_corpus_requested = false;
    std::string spec = state.bundled_corpus ? "{\"bundled\":true,\"files\":[" : "{\"bundled\":false,\"files\":[";
    for (std::size_t i = 0; i < state.user_files.size(); ++i) {
      if (i) spec += ',';
      newslens::core::append_json_string(spec, state.user_files[i]);
    }
    newslens::platform::persist_corpus(spec + "]}");
  }
}

// {"cmd":"load_files","paths":[...],"mode":"ask"|"join"|"replace","rejected":[{"path":..,"message":..}]}:
// the page wrote dropped or opened files into its file system; they are read here, where files are allowed.
std::string load_files_command(newslens::ui::AppState& state, const newslens::core::JsonValue& command) {
  using newslens::core::JsonValue;
  const JsonValue* paths = command.find("paths");
  const JsonValue* mode = command.find("mode");
  if (paths == nullptr || paths->kind != JsonValue::Kind::kArray) return newslens::ui::reply_error("missing paths");
  std::vector<std::string> files;
  for (const JsonValue& p : paths->array)
    if (p.is_string()) files.push_back(p.string);
  newslens::core::Corpus incoming;
  newslens::platform::ingest_paths(files, incoming);
  if (const JsonValue* rejected = command.find("rejected"); rejected && rejected->kind == JsonValue::Kind::kArray) {
    for (const JsonValue& r : rejected->array) {
      const JsonValue* path = r.find("path");
      const JsonValue* message = r.find("message");
      if (path && path->is_string() && message && message->is_string())
        incoming.errors.push_back({path->string, message->string, 0, 0, 0});
    }
  }
  // Errors name the file as the user knows it ("notes.txt"), not its place in the page's file system.
  for (newslens::core::InputError& e : incoming.errors)
    if (e.path.rfind("/user/", 0) == 0 && e.path.find('/', 6) != std::string::npos) e.path = e.path.substr(e.path.find('/', 6) + 1);
  const std::string how = mode && mode->is_string() ? mode->string : "ask";
  std::string reply = "{\"ok\":true,\"documents\":" + std::to_string(incoming.documents.size()) +
                      ",\"errors\":" + std::to_string(incoming.errors.size()) + "}";
  if (how == "ask") {
    state.pending_load = std::move(incoming);
    state.pending_files = std::move(files);
  } else {
    state.load_user_corpus(std::move(incoming), std::move(files), how == "replace");
  }
  return reply;
}

std::string handle_command(const std::string& text) {
  const newslens::core::JsonParseResult parsed = newslens::core::parse_json(text);
  const newslens::core::JsonValue* cmd = parsed.ok ? parsed.value.find("cmd") : nullptr;
  if (cmd && cmd->is_string() && cmd->string == "load_files") return load_files_command(g_app->state, parsed.value);
  if (cmd && cmd->is_string() && cmd->string == "reset_corpus") {
    g_app->state.reset_requested = true;
    serve_view_requests(g_app->state);
    return newslens::ui::reply_ok();
  }
  return newslens::ui::handle_command(g_app->state, text);
}

void run_frame() {
  App& app = *g_app;
  if (app.glyphs_for != app.state.corpus_generation) {  // new articles may bring new letters
    app.glyphs_for = app.state.corpus_generation;
    for (const newslens::core::Document& d : app.state.analysis.corpus.documents) {
      app.platform.need_glyphs(d.title);
      app.platform.need_glyphs(d.text);
    }
  }
  app.platform.need_glyphs(app.state.search.text);  // what the user types, too
  for (const newslens::ui::Banner& b : app.state.banners) {
    app.platform.need_glyphs(b.path);
    app.platform.need_glyphs(b.message);
  }
  app.platform.begin_frame();
  // A font rebuild (new letters, another pixel density) replaces the ImFont objects: never keep old ones.
  app.state.fonts = {app.platform.fonts().body, app.platform.fonts().heading};
  const auto& keys = app.platform.shortcuts();
  app.state.shortcuts = {keys.find, keys.help, keys.open, keys.escape};
  newslens::ui::draw_app(app.state);
  app.platform.end_frame();
  serve_view_requests(app.state);
  if (app.state.frames > 1) {  // the first frames may still be restoring the last session's address
    std::string url = newslens::ui::url_fragment(app.state);
    if (url != app.url) {
      app.url = std::move(url);
      newslens::platform::set_url_hash(app.url);
    }
  }
  if (app.state.frames == 1) {
    app.state.startup.first_frame = now_ms();
    newslens::platform::notify_page_ready();
  }
}

}  // namespace

int main() {
  g_app = new App();
  g_app->state.startup.main = now_ms();
  std::string error;
  if (!g_app->platform.init("/assets/fonts/ui.ttf", error)) {
    newslens::platform::notify_page_error(error);
    return 1;
  }
  newslens::ui::apply_theme();
  auto& state = g_app->state;
  state.startup.platform_ready = now_ms();
  state.fonts = {g_app->platform.fonts().body, g_app->platform.fonts().heading};
  state.lexicons = newslens::platform::load_lexicon_dir("/assets/lexicons");
  state.startup.lexicons_loaded = now_ms();
  state.set_corpus(load_bundled_corpus());
  state.startup.corpus_analysed = now_ms();

  newslens::platform::set_status_provider([] { return newslens::ui::status_json(g_app->state); });
  newslens::platform::set_command_handler(handle_command);
#ifdef __EMSCRIPTEN__
  emscripten_set_main_loop(run_frame, 0, true);
#else
  while (true) run_frame();
#endif
  return 0;
}
