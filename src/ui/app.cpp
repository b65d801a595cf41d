#include "ui/app.h"

#include <cstdio>

#include "core/json.h"
#include "imgui.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace newslens::ui {

namespace {

constexpr float kListWidth = 320.0f;

void draw_banners(AppState& state) {
  for (std::size_t i = 0; i < state.banners.size();) {
    const Banner& b = state.banners[i];
    ImGui::PushStyleColor(ImGuiCol_Text, b.error ? kErrorText : kWarningText);
    ImGui::TextWrapped("%s %s%s%s", b.error ? "Could not load" : "Warning:", b.path.c_str(),
                       b.path.empty() ? "" : ": ", b.message.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::PushID(static_cast<int>(i));
    const bool dismiss = ImGui::SmallButton("Dismiss");
    ImGui::PopID();
    if (dismiss) state.banners.erase(state.banners.begin() + static_cast<long>(i));
    else ++i;
  }
}

void draw_header(const AppState& state) {
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextUnformatted("newslens");
  ImGui::PopFont();
  ImGui::SameLine();
  const auto& a = state.analysis;
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
  ImGui::Text("%zu articles  \xC2\xB7  %zu entities  \xC2\xB7  %zu quotes", a.corpus.documents.size(),
              a.entities.size(), a.quotes.size());
  ImGui::PopStyleColor();
}

}  // namespace

void draw_app(AppState& state) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("newslens", nullptr, kFlags);
  draw_header(state);
  draw_banners(state);

  const float list_width = std::min(kListWidth, ImGui::GetContentRegionAvail().x * 0.35f);
  ImGui::BeginChild("document-list", ImVec2(list_width, 0), true);
  draw_document_list(state);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("views", ImVec2(0, 0), false);
  if (ImGui::BeginTabBar("view-tabs")) {
    const auto tab = [&](const char* label, View view, void (*draw)(AppState&)) {
      const ImGuiTabItemFlags flags = state.view_requested && state.view == view ? ImGuiTabItemFlags_SetSelected : 0;
      if (ImGui::BeginTabItem(label, nullptr, flags)) {
        if (!state.view_requested) state.view = view;
        draw(state);
        ImGui::EndTabItem();
      }
    };
    tab("Reader", View::kReader, draw_reader_view);
    tab("Documents", View::kDocuments, draw_documents_view);
    state.view_requested = false;
    ImGui::EndTabBar();
  }
  ImGui::EndChild();
  ImGui::End();
  ++state.frames;
}

std::string status_json(const AppState& state) {
  const auto& a = state.analysis;
  std::string out = "{\"ready\":";
  out += state.frames > 0 ? "true" : "false";
  out += ",\"documents\":" + std::to_string(a.corpus.documents.size());
  out += ",\"entities\":" + std::to_string(a.entities.size());
  out += ",\"quotes\":" + std::to_string(a.quotes.size());
  out += ",\"frames\":" + std::to_string(state.frames);
  out += ",\"view\":\"";
  out += view_name(state.view);
  out += "\",\"selected_document\":";
  if (state.selected_doc) core::append_json_string(out, a.corpus.documents[*state.selected_doc].id);
  else out += "null";
  out += ",\"document_ids\":[";
  for (std::size_t i = 0; i < a.corpus.documents.size(); ++i) {
    if (i) out += ',';
    core::append_json_string(out, a.corpus.documents[i].id);
  }
  out += "],\"errors\":[";
  bool first = true;
  for (const Banner& b : state.banners) {
    if (!b.error) continue;
    if (!first) out += ',';
    first = false;
    out += "{\"path\":";
    core::append_json_string(out, b.path);
    out += ",\"message\":";
    core::append_json_string(out, b.message);
    out += '}';
  }
  out += "],\"warnings\":[";
  first = true;
  for (const Banner& b : state.banners) {
    if (b.error) continue;
    if (!first) out += ',';
    first = false;
    core::append_json_string(out, b.path + ": " + b.message);
  }
  char ms[32];
  std::snprintf(ms, sizeof ms, "%.1f", state.analysis_ms);
  out += "],\"analysis_ms\":";
  out += ms;
  std::snprintf(ms, sizeof ms, "%.0f", state.startup.main);
  out += ",\"startup_ms\":{\"main\":";
  out += ms;
  std::snprintf(ms, sizeof ms, "%.0f", state.startup.platform_ready);
  out += ",\"platform_ready\":";
  out += ms;
  std::snprintf(ms, sizeof ms, "%.0f", state.startup.corpus_analysed);
  out += ",\"corpus_analysed\":";
  out += ms;
  std::snprintf(ms, sizeof ms, "%.0f", state.startup.first_frame);
  out += ",\"first_frame\":";
  out += ms;
  out += "}}";
  return out;
}

std::string handle_command(AppState& state, const std::string& command) {
  const core::JsonParseResult parsed = core::parse_json(command);
  if (!parsed.ok || parsed.value.kind != core::JsonValue::Kind::kObject)
    return "{\"ok\":false,\"error\":\"a command is a JSON object\"}";
  const core::JsonValue* cmd = parsed.value.find("cmd");
  if (cmd == nullptr || !cmd->is_string()) return "{\"ok\":false,\"error\":\"missing \\\"cmd\\\"\"}";
  if (cmd->string == "select_document") {
    const core::JsonValue* id = parsed.value.find("id");
    const auto& docs = state.analysis.corpus.documents;
    for (std::uint32_t i = 0; id && id->is_string() && i < docs.size(); ++i) {
      if (docs[i].id == id->string) {
        state.selected_doc = i;
        return "{\"ok\":true}";
      }
    }
    return "{\"ok\":false,\"error\":\"no such document\"}";
  }
  if (cmd->string == "show_view") {
    const core::JsonValue* name = parsed.value.find("view");
    const auto view = name && name->is_string() ? parse_view(name->string) : std::nullopt;
    if (!view) return "{\"ok\":false,\"error\":\"unknown view\"}";
    state.view = *view;
    state.view_requested = true;
    return "{\"ok\":true}";
  }
  return "{\"ok\":false,\"error\":\"unknown command\"}";
}

}  // namespace newslens::ui
