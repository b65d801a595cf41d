// The address bar keeps the view, the selection and the chart settings, so a link reopens the same view:
// #view=network&doc=003_061724f570955f0f&entity=Xi%20Jinping&window=paragraph&measure=dice&min=1&top=30&types=PERSON,PLACE
#include <algorithm>
#include <cstdlib>

#include "ui/views.h"

namespace newslens::ui {

namespace {

void append_encoded(std::string& out, std::string_view s) {
  static const char* kHex = "0123456789ABCDEF";
  for (unsigned char c : s) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '_' || c == '.' || c == '~' || c == ',';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
}

std::string decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      const std::string hex(s.substr(i + 1, 2));
      char* end = nullptr;
      const long v = std::strtol(hex.c_str(), &end, 16);
      if (end == hex.c_str() + 2) {
        out += static_cast<char>(v);
        i += 2;
        continue;
      }
    }
    out += s[i] == '+' ? ' ' : s[i];
  }
  return out;
}

}  // namespace

std::string url_fragment(const AppState& state) {
  const auto& a = state.analysis;
  std::string out = "view=";
  out += view_name(state.view);
  if (state.selected_doc) {
    out += "&doc=";
    append_encoded(out, a.corpus.documents[*state.selected_doc].id);
  }
  if (state.selected_entity) {
    out += "&entity=";
    append_encoded(out, a.entities[*state.selected_entity].name);
  }
  out += "&window=";
  out += core::window_name(state.chart.window);
  out += "&measure=";
  out += measure_name(state.chart.measure);
  out += "&min=" + std::to_string(state.chart.min_count) + "&top=" + std::to_string(state.chart.top_n) + "&types=";
  bool first = true;
  for (int t = 0; t < core::kEntityTypeCount; ++t) {
    if (!(state.chart.type_mask & (1u << t))) continue;
    if (!first) out += ',';
    first = false;
    out += core::entity_type_name(static_cast<core::EntityType>(t));
  }
  return out;
}

void apply_url_fragment(AppState& state, std::string_view fragment) {
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
  const auto& a = state.analysis;
  ChartSettings chart = state.chart;
  while (!fragment.empty()) {
    const std::size_t amp = fragment.find('&');
    const std::string_view pair = fragment.substr(0, amp);
    fragment = amp == std::string_view::npos ? std::string_view{} : fragment.substr(amp + 1);
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view key = pair.substr(0, eq);
    const std::string value = decode(pair.substr(eq + 1));
    if (key == "view") {
      if (const auto v = parse_view(value)) state.show(*v);
    } else if (key == "doc") {
      for (std::uint32_t i = 0; i < a.corpus.documents.size(); ++i)
        if (a.corpus.documents[i].id == value) state.selected_doc = i;
    } else if (key == "entity") {
      for (std::uint32_t e = 0; e < a.entities.size(); ++e)
        if (a.entities[e].name == value) state.select_entity(e);
    } else if (key == "window") {
      for (int w = 0; w < core::kWindowCount; ++w)
        if (value == core::window_name(static_cast<core::Window>(w))) chart.window = static_cast<core::Window>(w);
    } else if (key == "measure") {
      if (const auto m = parse_measure(value)) chart.measure = *m;
    } else if (key == "min") {
      chart.min_count = static_cast<std::uint32_t>(std::max(1L, std::strtol(value.c_str(), nullptr, 10)));
    } else if (key == "top") {
      chart.top_n = static_cast<int>(std::clamp(std::strtol(value.c_str(), nullptr, 10), 2L, 200L));
    } else if (key == "types") {
      std::uint32_t mask = 0;
      std::string_view rest = value;
      while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        if (const auto t = core::parse_entity_type(rest.substr(0, comma))) mask |= 1u << static_cast<unsigned>(*t);
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
      }
      if (mask) chart.type_mask = mask;
    }
  }
  if (!(chart == state.chart)) {
    state.chart = chart;
    state.derived_dirty = true;
  }
}

}  // namespace newslens::ui
