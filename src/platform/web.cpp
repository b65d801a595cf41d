#include "platform/web.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

#include "core/json.h"

#ifdef __EMSCRIPTEN__
// The page's shell.html defines these two functions; a page without them (a bare test harness) ignores the call.
EM_JS(void, js_page_ready, (), {
  if (typeof newslensPageReady === 'function') newslensPageReady();
});
EM_JS(void, js_page_error, (const char* message), {
  if (typeof newslensPageError === 'function') newslensPageError(UTF8ToString(message));
});
#endif

namespace newslens::platform {

namespace {
StatusProvider g_status;
CommandHandler g_command;
std::string g_status_buffer;   // keeps the returned C string alive until the next call
std::string g_command_buffer;
}  // namespace

void set_status_provider(StatusProvider provider) { g_status = std::move(provider); }
void set_command_handler(CommandHandler handler) { g_command = std::move(handler); }

void notify_page_ready() {
#ifdef __EMSCRIPTEN__
  js_page_ready();
#endif
}

void notify_page_error(const std::string& message) {
#ifdef __EMSCRIPTEN__
  js_page_error(message.c_str());
#else
  (void)message;
#endif
}

}  // namespace newslens::platform

extern "C" {

#ifdef __EMSCRIPTEN__
EMSCRIPTEN_KEEPALIVE
#endif
const char* newslens_status_json() {
  using namespace newslens::platform;
  g_status_buffer = g_status ? g_status() : std::string("{\"ready\":false}");
  return g_status_buffer.c_str();
}

#ifdef __EMSCRIPTEN__
EMSCRIPTEN_KEEPALIVE
#endif
const char* newslens_command(const char* command) {
  using namespace newslens::platform;
  if (!g_command) {
    g_command_buffer = "{\"ok\":false,\"error\":\"the app is not ready\"}";
  } else {
    g_command_buffer = g_command(command ? command : "");
  }
  return g_command_buffer.c_str();
}

}  // extern "C"
