// Colours shared by every view: one colour per entity type, muted text, accents.
#pragma once

#include "core/analysis.h"
#include "imgui.h"

namespace newslens::ui {

ImU32 entity_type_color(core::EntityType type);
inline constexpr ImU32 kMutedText = IM_COL32(110, 110, 110, 255);
inline constexpr ImU32 kErrorText = IM_COL32(170, 30, 30, 255);
inline constexpr ImU32 kWarningText = IM_COL32(150, 95, 0, 255);

}  // namespace newslens::ui
