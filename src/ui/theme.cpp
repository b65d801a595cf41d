#include "ui/theme.h"

#include "ui/app.h"

namespace newslens::ui {

ImU32 entity_type_color(core::EntityType type) {
  // A calm palette, distinguishable for common colour-vision deficiencies (Okabe–Ito based).
  switch (type) {
    case core::EntityType::kPerson: return IM_COL32(0, 114, 178, 255);
    case core::EntityType::kOrg: return IM_COL32(213, 94, 0, 255);
    case core::EntityType::kPlace: return IM_COL32(0, 158, 115, 255);
    case core::EntityType::kMisc: return IM_COL32(204, 121, 167, 255);
    case core::EntityType::kMoney: return IM_COL32(170, 130, 0, 255);
    case core::EntityType::kPercent: return IM_COL32(86, 160, 210, 255);
    case core::EntityType::kNumber: return IM_COL32(120, 120, 120, 255);
    case core::EntityType::kDate: return IM_COL32(110, 80, 160, 255);
  }
  return IM_COL32(90, 90, 90, 255);
}

void apply_theme() {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 0.0f;
  style.ChildRounding = 4.0f;
  style.FrameRounding = 4.0f;
  style.TabRounding = 4.0f;
  style.ScrollbarRounding = 6.0f;
  style.GrabRounding = 4.0f;
  style.WindowPadding = ImVec2(12, 10);
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(10, 7);
  style.CellPadding = ImVec2(8, 5);
  style.WindowBorderSize = 0.0f;
  style.ChildBorderSize = 1.0f;
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
  c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_Border] = ImVec4(0.85f, 0.85f, 0.83f, 1.0f);
  c[ImGuiCol_Text] = ImVec4(0.13f, 0.13f, 0.14f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.80f, 0.87f, 0.95f, 1.0f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.87f, 0.91f, 0.97f, 1.0f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.74f, 0.83f, 0.94f, 1.0f);
  c[ImGuiCol_Tab] = ImVec4(0.90f, 0.90f, 0.88f, 1.0f);
  c[ImGuiCol_TabHovered] = ImVec4(0.80f, 0.87f, 0.95f, 1.0f);
  c[ImGuiCol_TabActive] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_TableHeaderBg] = ImVec4(0.93f, 0.93f, 0.91f, 1.0f);
  c[ImGuiCol_TableRowBgAlt] = ImVec4(0.975f, 0.975f, 0.965f, 1.0f);
  // Inputs, combos and sliders sit on white panels: a grey well makes them visible as controls.
  c[ImGuiCol_FrameBg] = ImVec4(0.93f, 0.93f, 0.91f, 1.0f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.87f, 0.91f, 0.97f, 1.0f);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.80f, 0.87f, 0.95f, 1.0f);
}

}  // namespace newslens::ui
