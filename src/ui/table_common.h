// Small helpers the table views (entities, quotes, compare) share: text matching for filters, how an article
// is named in a table cell, and opening a span in the reader.
#pragma once

#include <cstdint>
#include <string_view>

#include "imgui.h"
#include "ui/app_state.h"

namespace newslens::ui {

// ASCII case-insensitive substring test; an empty needle matches everything. Non-ASCII bytes compare exactly.
inline bool contains_folded(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  const auto fold = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && fold(haystack[i + k]) == fold(needle[k])) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

// An article in a table cell: its outlet when known, else its id.
inline std::string_view doc_label(const AppState& state, std::uint32_t doc) {
  const core::Document& d = state.analysis.corpus.documents[doc];
  // The outlet when known, else the headline: readable beside the article list, unlike the id.
  if (!d.outlet.empty()) return d.outlet;
  return d.title.empty() ? std::string_view(d.id) : std::string_view(d.title);
}

inline std::string_view span_text(const AppState& state, std::uint32_t doc, core::Span span) {
  return std::string_view(state.analysis.corpus.documents[doc].text).substr(span.start, span.size());
}

// Opens the article in the reader, scrolled to `span`.
inline void open_in_reader(AppState& state, std::uint32_t doc, core::Span span) {
  state.selected_doc = doc;
  state.reveal_span = span;
  state.show(View::kReader);
}

// Text boxes and tick boxes with a visible frame for the life of the object: the light theme draws them
// white on white, and an unticked box with no frame is invisible.
struct FramedControls {
  FramedControls() { ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f); }
  ~FramedControls() { ImGui::PopStyleVar(); }
  FramedControls(const FramedControls&) = delete;
  FramedControls& operator=(const FramedControls&) = delete;
};

}  // namespace newslens::ui
