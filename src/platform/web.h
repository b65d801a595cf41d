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

// Tells the page that the app is ready (hides the loading screen) or failed (shows `message`).
void notify_page_ready();
void notify_page_error(const std::string& message);

}  // namespace newslens::platform
