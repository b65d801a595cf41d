// newslens in the browser: wires the platform (SDL2 + WebGL2 + ImGui) to the viewer and the analysis core.
// Loads the preloaded bundle (/assets: corpus, lexicons, font), analyses it once, then draws frames.
#include <string>

#include "platform/files.h"
#include "platform/sdl_gl.h"
#include "platform/web.h"
#include "ui/app.h"

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
};

App* g_app = nullptr;  // owned by main for the page's lifetime; the browser drives frames through it

void run_frame() {
  App& app = *g_app;
  app.platform.begin_frame();
  newslens::ui::draw_app(app.state);
  app.platform.end_frame();
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
  newslens::core::Corpus corpus;
  newslens::platform::ingest_paths({"/assets/corpus"}, corpus);
  state.set_corpus(std::move(corpus));
  state.startup.corpus_analysed = now_ms();

  newslens::platform::set_status_provider([] { return newslens::ui::status_json(g_app->state); });
  newslens::platform::set_command_handler(
      [](const std::string& command) { return newslens::ui::handle_command(g_app->state, command); });
#ifdef __EMSCRIPTEN__
  emscripten_set_main_loop(run_frame, 0, true);
#else
  while (true) run_frame();
#endif
  return 0;
}
