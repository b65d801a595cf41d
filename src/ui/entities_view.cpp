#include "imgui.h"
#include "ui/views.h"

namespace newslens::ui {

void draw_entities_view(AppState& state) {
  ImGui::TextDisabled("%zu entities. The sortable entity table is being built.", state.analysis.entities.size());
}
bool handle_entities_command(AppState&, const Command&, std::string&) { return false; }
void add_entities_status(const AppState&, StatusWriter&) {}

}  // namespace newslens::ui
