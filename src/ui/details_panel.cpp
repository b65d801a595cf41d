#include "imgui.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace newslens::ui {

void draw_details_panel(AppState& state) {
  const auto& a = state.analysis;
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
  ImGui::TextUnformatted("SELECTION");
  ImGui::PopStyleColor();
  ImGui::Separator();
  if (state.selected_entity) {
    const core::Entity& e = a.entities[*state.selected_entity];
    ImGui::PushFont(state.fonts.heading);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(entity_type_color(e.type)), "%s", e.name.c_str());
    ImGui::PopFont();
    ImGui::TextDisabled("%s  \xC2\xB7  %zu mentions", core::entity_type_name(e.type), e.mentions.size());
    if (!e.aliases.empty()) {
      ImGui::Spacing();
      ImGui::TextUnformatted("Also called");
      for (const std::string& alias : e.aliases)
        if (alias != e.name) ImGui::BulletText("%s", alias.c_str());
    }
  } else if (state.selected_doc) {
    const core::Document& d = a.corpus.documents[*state.selected_doc];
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(d.title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::TextDisabled("%zu entities  \xC2\xB7  %zu quotes", state.doc_stats[*state.selected_doc].entities,
                        state.doc_stats[*state.selected_doc].quotes);
  } else {
    ImGui::TextDisabled("Nothing selected.");
  }
}

}  // namespace newslens::ui
