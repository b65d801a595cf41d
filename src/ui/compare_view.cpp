#include "imgui.h"
#include "ui/views.h"

namespace newslens::ui {

void draw_compare_view(AppState&) { ImGui::TextDisabled("The comparison view is being built."); }
bool handle_compare_command(AppState&, const Command&, std::string&) { return false; }
void add_compare_status(const AppState&, StatusWriter&) {}

}  // namespace newslens::ui
