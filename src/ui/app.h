// The viewer's top level: lays out the window (documents down the left, views as tabs in the centre) and
// answers the JavaScript hooks (status and commands) from the shared AppState.
#pragma once

#include <string>

#include "ui/app_state.h"

namespace newslens::ui {

void apply_theme();
void draw_app(AppState& state);

// {"ready":..., "documents":N, "errors":[...], "view":"...", ...}: what browser tests assert.
std::string status_json(const AppState& state);
// Commands as JSON objects: {"cmd":"select_document","id":"..."}, {"cmd":"show_view","view":"reader"}.
// Replies {"ok":true} or {"ok":false,"error":"..."}.
std::string handle_command(AppState& state, const std::string& command);

}  // namespace newslens::ui
