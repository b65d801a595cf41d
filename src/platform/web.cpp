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
EM_JS(void, js_open_file_picker, (), {
  if (typeof newslensOpenFilePicker === 'function') newslensOpenFilePicker();
});
EM_JS(void, js_persist_corpus, (const char* spec), {
  if (typeof newslensPersistCorpus === 'function') newslensPersistCorpus(UTF8ToString(spec));
});
EM_JS(void, js_store_item, (const char* key, const char* value), {
  try {
    var v = UTF8ToString(value);
    if (v) localStorage.setItem(UTF8ToString(key), v); else localStorage.removeItem(UTF8ToString(key));
  } catch (e) { console.warn('newslens: browser storage unavailable: ' + e); }
});
EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int size), {
  var bytes = HEAPU8.slice(data, data + size);
  var url = URL.createObjectURL(new Blob([bytes], { type: UTF8ToString(mime) }));
  var a = document.createElement('a');
  a.href = url; a.download = UTF8ToString(name);
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  if (typeof newslensDownloaded === 'function') newslensDownloaded(UTF8ToString(name), size);
});
EM_JS(void, js_set_url_hash, (const char* hash), {
  var h = UTF8ToString(hash);
  if (location.hash.slice(1) !== h) history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
});
#endif

namespace newslens::platform {

#ifdef __EMSCRIPTEN__
void open_file_picker() { js_open_file_picker(); }
void persist_corpus(const std::string& spec) { js_persist_corpus(spec.c_str()); }
void store_item(const std::string& key, const std::string& value) { js_store_item(key.c_str(), value.c_str()); }
void download(const std::string& filename, const std::string& mime, const std::string& bytes) {
  js_download(filename.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}
void set_url_hash(const std::string& hash) { js_set_url_hash(hash.c_str()); }
#else
void open_file_picker() {}
void persist_corpus(const std::string&) {}
void store_item(const std::string&, const std::string&) {}
void download(const std::string&, const std::string&, const std::string&) {}
void set_url_hash(const std::string&) {}
#endif

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
