#include "imgui.h"
#include "ui/views.h"

namespace newslens::ui {

void draw_quotes_view(AppState& state) {
  ImGui::TextDisabled("%zu quotes. The quote table is being built.", state.analysis.quotes.size());
}
bool handle_quotes_command(AppState&, const Command&, std::string&) { return false; }
void add_quotes_status(const AppState&, StatusWriter&) {}

}  // namespace newslens::ui
