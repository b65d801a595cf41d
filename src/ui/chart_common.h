// Helpers the three co-occurrence charts share (network, heat map, bars): value formatting, scaling a
// measure to a 0..1 strength, the pair tooltip and text with a subtle background. Internal to src/ui.
#pragma once

#include <string>

#include "imgui.h"
#include "ui/app_state.h"

namespace newslens::ui {

const char* measure_label(Measure m);  // "NPMI", "Log-likelihood", ...
std::string format_measure(double value, Measure m);

// Strength of a value for line width, opacity and bar length: count by square root and log-likelihood by
// logarithm (both heavy-tailed), the others linearly; <= 0 for no positive association.
double measure_strength(double value, double max_value, Measure m);

// Tooltip for a pair: both names coloured by type, the count and every measure, the chosen one first.
void pair_tooltip(const AppState& state, const core::PairStat& p);
void entity_tooltip(const AppState& state, std::uint32_t entity, int partners);

// Text on a rounded translucent background, readable over edges and cells.
void draw_label(ImDrawList* dl, ImVec2 pos, const char* text, ImU32 text_col, ImU32 bg_col);

// Text that fits `width` pixels, cut with an ellipsis.
std::string fit_text(const std::string& text, float width);

inline ImU32 with_alpha(ImU32 col, int alpha) {
  return (col & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

}  // namespace newslens::ui
