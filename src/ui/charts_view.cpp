#include "imgui.h"
#include "ui/views.h"

namespace newslens::ui {

void draw_chart_controls(AppState&) {}
void draw_network_view(AppState& state) {
  ImGui::TextDisabled("%zu co-occurring pairs. The network graph is being built.", state.chart_pairs.size());
}
void draw_heatmap_view(AppState&) { ImGui::TextDisabled("The heat map is being built."); }
void draw_bars_view(AppState&) { ImGui::TextDisabled("The bar chart is being built."); }
bool handle_chart_command(AppState&, const Command&, std::string&) { return false; }
void add_chart_status(const AppState&, StatusWriter&) {}

}  // namespace newslens::ui
