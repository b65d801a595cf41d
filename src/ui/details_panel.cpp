#include <string>

#include "imgui.h"
#include "ui/table_common.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace newslens::ui {

void draw_details_panel(AppState& state) {
  const auto& a = state.analysis;
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
  ImGui::TextUnformatted("SELECTION");
  ImGui::PopStyleColor();
  ImGui::Separator();
  if (state.selected_quote && *state.selected_quote < a.quotes.size()) {
    const core::Quote& q = a.quotes[*state.selected_quote];
    // The quoted words between marks, wrapped as one text (a mark drawn as its own item ended up with no
    // closing mark and a hanging indent).
    const std::string quoted = "\xE2\x80\x9C" + std::string(span_text(state, q.doc, q.span)) + "\xE2\x80\x9D";
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(quoted.c_str(), quoted.c_str() + quoted.size());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (q.speaker_entity) {
      const core::Entity& e = a.entities[*q.speaker_entity];
      ImGui::PushStyleColor(ImGuiCol_Text, entity_type_color(e.type));
      if (ImGui::Selectable(e.name.c_str())) state.select_entity(*q.speaker_entity);
      ImGui::PopStyleColor();
    } else {
      ImGui::TextUnformatted(q.speaker.empty() ? "Nobody is reported as saying this" : q.speaker.c_str());
    }
    ImGui::TextDisabled("%s quote%s%s", core::quote_kind_name(q.kind), q.cue.empty() ? "" : ", cue: ", q.cue.c_str());
    if (q.group) {
      const core::QuoteGroup& g = a.quote_groups[*q.group];
      ImGui::TextDisabled("Carried by %zu articles:", g.docs.size());
      // Whole titles, wrapped: the panel is narrow and a cut headline names no article.
      for (std::uint32_t doc : g.docs) {
        ImGui::Bullet();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(a.corpus.documents[doc].title.c_str());
        ImGui::PopTextWrapPos();
      }
    }
    if (ImGui::SmallButton("Clear")) state.selected_quote.reset();
    ImGui::Separator();
  }
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
    const std::size_t entities = state.doc_stats[*state.selected_doc].entities;
    const std::size_t quotes = state.doc_stats[*state.selected_doc].quotes;
    ImGui::TextDisabled("%zu %s  \xC2\xB7  %zu %s", entities, plural(entities, "entity", "entities"), quotes,
                        plural(quotes, "quote", "quotes"));
  } else {
    ImGui::TextDisabled("Nothing selected.");
  }
}

}  // namespace newslens::ui
