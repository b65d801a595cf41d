#include "imgui.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace newslens::ui {

namespace {

void draw_text(const std::string& text, core::Span span) {
  const char* begin = text.data() + span.start;
  ImGui::TextUnformatted(begin, begin + span.size());
}

}  // namespace

void draw_reader_view(AppState& state) {
  if (!state.selected_doc) {
    ImGui::TextDisabled("Select an article on the left to read it.");
    return;
  }
  const core::Document& d = state.analysis.corpus.documents[*state.selected_doc];
  const DocStats& stats = state.doc_stats[*state.selected_doc];
  ImGui::BeginChild("reader", ImVec2(0, 0), false);
  // A comfortable measure: lines of about 80 characters, not the full width of a wide screen.
  const float measure = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 42.0f);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + measure);
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextUnformatted(d.title.c_str());
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
  ImGui::Text("%s  \xC2\xB7  %s  \xC2\xB7  %zu words", d.outlet.empty() ? "Unknown outlet" : d.outlet.c_str(),
              d.date.empty() ? "undated" : d.date.c_str(), stats.words);
  ImGui::PopStyleColor();
  ImGui::Separator();
  ImGui::Spacing();
  for (const core::Line& line : d.lines) {
    switch (line.role) {
      case core::LineRole::kTitle:
        if (d.title == std::string_view(d.text).substr(line.span.start, line.span.size())) continue;
        [[fallthrough]];
      case core::LineRole::kHeading:
        ImGui::PushFont(state.fonts.heading);
        draw_text(d.text, line.span);
        ImGui::PopFont();
        break;
      case core::LineRole::kBody:
        draw_text(d.text, line.span);
        break;
      case core::LineRole::kByline:
      case core::LineRole::kDateline:
      case core::LineRole::kBoilerplate:
        // Kept visible but quiet: the reader sees what the analysis left out.
        ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
        draw_text(d.text, line.span);
        ImGui::PopStyleColor();
        break;
    }
    ImGui::Spacing();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
}

}  // namespace newslens::ui

namespace newslens::ui {

bool handle_reader_command(AppState&, const Command&, std::string&) { return false; }
void add_reader_status(const AppState&, StatusWriter&) {}

}  // namespace newslens::ui
