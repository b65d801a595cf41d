// Glue between the page's JavaScript and the app: the read-only status that browser tests read through
// window.newslens_status(), and the commands they (and the page) send through window.newslens_command().
// The app registers handlers; this layer only moves strings across the boundary.
#pragma once

#include <functional>
#include <string>

namespace newslens::platform {

using StatusProvider = std::function<std::string()>;                  // returns a JSON object
using CommandHandler = std::function<std::string(const std::string&)>;  // JSON command in, JSON reply out

void set_status_provider(StatusProvider provider);
void set_command_handler(CommandHandler handler);

// Opens the browser's file picker; chosen files arrive as a "load_files" command (see shell.html).
void open_file_picker();
// Saves the user's corpus for the next visit: `spec` is {"bundled":bool,"files":[paths in the page's file
// system]}; shell.html stores those files' bytes in browser storage. An empty spec forgets it.
void persist_corpus(const std::string& spec);
// Key/value browser storage for small JSON (entity edits); an empty value removes the key.
void store_item(const std::string& key, const std::string& value);
// Offers `bytes` to the user as a download named `filename`.
void download(const std::string& filename, const std::string& mime, const std::string& bytes);
// Replaces the address bar's #fragment without adding a history entry.
void set_url_hash(const std::string& hash);

// Tells the page that the app is ready (hides the loading screen) or failed (shows `message`).
void notify_page_ready();
void notify_page_error(const std::string& message);

}  // namespace newslens::platform
