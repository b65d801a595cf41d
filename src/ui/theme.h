// Colours shared by every view: one colour per entity type, muted text, accents.
#pragma once

#include <cstddef>

#include "core/analysis.h"
#include "imgui.h"

namespace newslens::ui {

ImU32 entity_type_color(core::EntityType type);
inline constexpr ImU32 kMutedText = IM_COL32(110, 110, 110, 255);
inline constexpr ImU32 kErrorText = IM_COL32(170, 30, 30, 255);
inline constexpr ImU32 kWarningText = IM_COL32(150, 95, 0, 255);

// "1 quote", "2 quotes": the word for a count shown to the user.
inline const char* plural(std::size_t n, const char* one, const char* many) { return n == 1 ? one : many; }

}  // namespace newslens::ui
