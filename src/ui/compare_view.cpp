// The Compare view: what the included articles report differently. Figures (money, counts, dates) several
// articles give about the same thing, report by report, and quotations several outlets carry, wording by
// wording; disagreements in a warning colour with a "differs" label. Each report opens in the reader.
// [SECTION] what is shown: figures and quote groups over the included articles
// [SECTION] drawing
// [SECTION] commands, status and CSV
#include <algorithm>
#include <cstdio>
#include <initializer_list>

#include "imgui.h"
#include "imgui_internal.h"  // the current table's column widths, for row heights kept per width
#include "ui/table_common.h"
#include "ui/table_export.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace newslens::ui {

// =========================================================================================================
// [SECTION] what is shown: figures and quote groups over the included articles
// =========================================================================================================
namespace {

constexpr ImU32 kDiffersRow = IM_COL32(253, 241, 220, 255);

struct FigureShown {
  std::uint32_t figure = 0;
  std::vector<std::uint32_t> reports;  // indices into the figure's reports, included articles only
  std::vector<bool> report_differs;    // parallel to reports
  bool differs = false;
};

struct QuoteGroupShown {
  std::uint32_t group = 0;
  std::vector<std::uint32_t> quotes;   // included articles only
  std::vector<bool> wording_differs;   // parallel to quotes: not the group's longest wording, word for word
  bool speakers_differ = false;
  std::uint32_t outlets = 0;
};

// A figure as the table prints its value: "190 bn USD", "42", "2023-10-18".
std::string format_value(const core::FigureReport& r, core::EntityType type) {
  if (type == core::EntityType::kDate) return r.unit;
  char buf[48];
  const double v = r.value;
  const double a = v < 0 ? -v : v;
  if (a >= 1e9) std::snprintf(buf, sizeof buf, "%.4g bn", v / 1e9);
  else if (a >= 1e6) std::snprintf(buf, sizeof buf, "%.4g m", v / 1e6);
  else std::snprintf(buf, sizeof buf, "%.6g", v);
  std::string out = buf;
  if (r.unit == "percent") out += "%";
  else if (!r.unit.empty()) out += " " + r.unit;
  return out;
}

std::vector<FigureShown> shown_figures(const AppState& state) {
  const auto& figures = state.analysis.figures;
  std::vector<FigureShown> out;
  for (std::uint32_t f = 0; f < figures.size(); ++f) {
    const core::FigureComparison& c = figures[f];
    FigureShown s;
    s.figure = f;
    std::vector<std::uint32_t> docs;
    for (std::uint32_t r = 0; r < c.reports.size(); ++r) {
      if (!state.doc_included(c.reports[r].doc)) continue;
      s.reports.push_back(r);
      if (std::find(docs.begin(), docs.end(), c.reports[r].doc) == docs.end()) docs.push_back(c.reports[r].doc);
    }
    if (docs.size() < 2) continue;  // one article alone compares with nothing
    // The core says whether the values disagree (precision-aware); which reports stand apart is the
    // majority's business: those whose value is not the most common one. With no majority, all differ.
    std::vector<std::string> keys;
    for (std::uint32_t r : s.reports) keys.push_back(format_value(c.reports[r], c.type));
    std::size_t most = 0;
    for (const std::string& k : keys) most = std::max<std::size_t>(most, std::count(keys.begin(), keys.end(), k));
    const bool distinct_values = most < keys.size();
    s.differs = c.disagree && distinct_values;
    for (const std::string& k : keys)
      s.report_differs.push_back(s.differs && (most == 1 || static_cast<std::size_t>(std::count(keys.begin(), keys.end(), k)) < most));
    if (state.compare_view.only_disagreements && !s.differs) continue;
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(), [](const FigureShown& x, const FigureShown& y) { return x.differs && !y.differs; });
  return out;
}

// Words only, lower-cased: "Close and effective strategic coordination," equals "close and effective
// strategic coordination".
std::string wording_key(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80) {
      if (space && !out.empty()) out += ' ';
      out += c;
      space = false;
    } else if (c >= 'A' && c <= 'Z') {
      if (space && !out.empty()) out += ' ';
      out += static_cast<char>(c + 32);
      space = false;
    } else {
      space = true;
    }
  }
  return out;
}

std::vector<QuoteGroupShown> shown_quote_groups(const AppState& state) {
  const auto& a = state.analysis;
  std::vector<QuoteGroupShown> out;
  for (std::uint32_t g = 0; g < a.quote_groups.size(); ++g) {
    const core::QuoteGroup& group = a.quote_groups[g];
    QuoteGroupShown s;
    s.group = g;
    std::vector<std::string_view> outlets;
    for (std::uint32_t qi : group.quotes) {
      const core::Quote& q = a.quotes[qi];
      if (!state.doc_included(q.doc)) continue;
      s.quotes.push_back(qi);
      const std::string_view label = doc_label(state, q.doc);
      if (std::find(outlets.begin(), outlets.end(), label) == outlets.end()) outlets.push_back(label);
    }
    s.outlets = static_cast<std::uint32_t>(outlets.size());
    if (s.outlets < 2) continue;
    const core::Quote& longest = a.quotes[group.longest];
    const std::string key = wording_key(span_text(state, longest.doc, longest.span));
    std::string_view speaker;
    for (std::uint32_t qi : s.quotes) {
      const core::Quote& q = a.quotes[qi];
      s.wording_differs.push_back(wording_key(span_text(state, q.doc, q.span)) != key);
      if (q.speaker.empty()) continue;
      if (!speaker.empty() && q.speaker != speaker) s.speakers_differ = true;
      speaker = q.speaker;
    }
    const bool any_wording = std::find(s.wording_differs.begin(), s.wording_differs.end(), true) != s.wording_differs.end();
    // Words the outlets carry identically are no disagreement; differing words or speakers are.
    if (state.compare_view.only_disagreements && !any_wording && !s.speakers_differ) continue;
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const QuoteGroupShown& x, const QuoteGroupShown& y) { return x.outlets > y.outlets; });
  return out;
}

// =========================================================================================================
// [SECTION] drawing
// =========================================================================================================

void differs_label(const char* text = "differs") {
  ImGui::PushStyleColor(ImGuiCol_Text, kWarningText);
  ImGui::Text("\xE2\x96\xB2 %s", text);
  ImGui::PopStyleColor();
}

void section_heading(const AppState& state, const char* text) {
  ImGui::Spacing();
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

// A row-wide selectable as tall as the wrapped text drawn over it in the current column.
bool wrapped_selectable(std::string_view text, bool selected, ImU32 colour) {
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float wrap = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap).y;
  const bool clicked = ImGui::Selectable("##row", selected,
                                         ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                                         ImVec2(0, height));
  ImGui::SetCursorScreenPos(start);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  return clicked;
}

float column_width(int column) {
  const ImGuiTableColumn& c = ImGui::GetCurrentTable()->Columns[column];
  return std::max(1.0f, c.WorkMaxX - c.WorkMinX);
}

float text_height(std::string_view text, float width) {
  return ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, width).y;
}

// Items stacked in one cell: their heights plus the spacing between them.
float stacked(std::initializer_list<float> heights) {
  float h = 0;
  int n = 0;
  for (float x : heights)
    if (x > 0) {
      h += x;
      ++n;
    }
  return n > 1 ? h + (n - 1) * ImGui::GetStyle().ItemSpacing.y : h;
}

// Starts a row of `height` (computed once per width, by `measure`); false, with the height reserved, when
// the row is out of sight and need not be drawn.
template <typename Measure>
bool begin_row(CompareViewState& cv, std::uint64_t key, Measure measure) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  auto it = cv.heights.find(key);
  if (it == cv.heights.end()) it = cv.heights.emplace(key, measure()).first;
  if (ImGui::IsRectVisible(ImVec2(1.0f, it->second))) return true;
  ImGui::Dummy(ImVec2(0.0f, it->second));
  return false;
}

void forget_heights_if_stale(AppState& state) {
  CompareViewState& cv = state.compare_view;
  const float width = ImGui::GetContentRegionAvail().x;
  if (width == cv.heights_width && cv.heights_for == state.derived_generation) return;
  cv.heights.clear();
  cv.heights_width = width;
  cv.heights_for = state.derived_generation;
}

void draw_figures(AppState& state, const std::vector<FigureShown>& shown) {
  // Not resizable: row heights are kept per view width (forget_heights_if_stale).
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("figures", 4, kFlags)) return;
  ImGui::TableSetupColumn("About", ImGuiTableColumnFlags_WidthStretch, 1.3f);
  ImGui::TableSetupColumn("Article", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn("Figure", ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableSetupColumn("In context", ImGuiTableColumnFlags_WidthStretch, 4.5f);
  ImGui::TableHeadersRow();
  for (const FigureShown& s : shown) {
    const core::FigureComparison& c = state.analysis.figures[s.figure];
    ImGui::PushID(static_cast<int>(s.figure));
    for (std::size_t i = 0; i < s.reports.size(); ++i) {
      const core::FigureReport& r = c.reports[s.reports[i]];
      const std::string_view words = span_text(state, r.doc, r.span);
      const std::string value = format_value(r, c.type);
      const float line = ImGui::GetTextLineHeight();
      const auto measure = [&] {
        const float topic = i == 0 ? stacked({text_height(c.topic, column_width(0)), line, s.differs ? line : 0}) : 0;
        const float figure = stacked({text_height(words, column_width(2)), value != words ? line : 0,
                                      s.report_differs[i] ? line : 0});
        return std::max({topic, figure, text_height(span_text(state, r.doc, r.context), column_width(3))});
      };
      if (!begin_row(state.compare_view, (std::uint64_t{s.figure} << 32) | s.reports[i], measure)) continue;
      ImGui::PushID(static_cast<int>(i));
      if (s.differs) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, kDiffersRow);
      ImGui::TableSetColumnIndex(3);
      const bool selected = state.selected_doc == r.doc && state.reveal_span && state.reveal_span->start == r.span.start;
      if (wrapped_selectable(span_text(state, r.doc, r.context), selected, kMutedText)) open_in_reader(state, r.doc, r.span);
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s\nClick to read it in the article.", state.analysis.corpus.documents[r.doc].title.c_str());
      ImGui::TableSetColumnIndex(0);
      if (i == 0) {
        // The topic once per figure, with the verdict under it.
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(c.topic.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PushStyleColor(ImGuiCol_Text, entity_type_color(c.type));
        ImGui::TextUnformatted(core::entity_type_name(c.type));
        ImGui::PopStyleColor();
        if (s.differs) differs_label("outlets differ");
      }
      ImGui::TableSetColumnIndex(1);
      article_cell(state, r.doc);
      ImGui::TableSetColumnIndex(2);
      ImGui::PushStyleColor(ImGuiCol_Text, s.report_differs[i] ? kWarningText : ImGui::GetColorU32(ImGuiCol_Text));
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(words.data(), words.data() + words.size());
      ImGui::PopTextWrapPos();
      ImGui::PopStyleColor();
      // The value as read, when the words alone do not say it ("$190bn" = 190 bn USD).
      if (value != words) ImGui::TextDisabled("= %s", value.c_str());
      if (s.report_differs[i]) differs_label();
      ImGui::PopID();
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void draw_quote_groups(AppState& state, const std::vector<QuoteGroupShown>& shown) {
  // Not resizable: row heights are kept per view width (forget_heights_if_stale).
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("quote-groups", 3, kFlags)) return;
  ImGui::TableSetupColumn("Article", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn("Speaker", ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableSetupColumn("Wording", ImGuiTableColumnFlags_WidthStretch, 5.0f);
  ImGui::TableHeadersRow();
  for (const QuoteGroupShown& s : shown) {
    ImGui::PushID(static_cast<int>(s.group));
    // The group's heading row: how widely it was carried, and whether outlets disagree on who said it.
    ImGui::TableNextRow();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
    ImGui::TableSetColumnIndex(0);
    ImGui::Text("%u outlets", s.outlets);
    ImGui::TableSetColumnIndex(1);
    if (s.speakers_differ) differs_label("speakers differ");
    ImGui::TableSetColumnIndex(2);
    const core::Quote& longest = state.analysis.quotes[state.analysis.quote_groups[s.group].longest];
    ImGui::PushTextWrapPos(0.0f);
    const std::string heading = "\xE2\x80\x9C" + std::string(span_text(state, longest.doc, longest.span)) + "\xE2\x80\x9D";
    ImGui::TextUnformatted(heading.c_str());
    ImGui::PopTextWrapPos();
    for (std::size_t i = 0; i < s.quotes.size(); ++i) {
      const std::uint32_t qi = s.quotes[i];
      const core::Quote& q = state.analysis.quotes[qi];
      const std::string_view wording = span_text(state, q.doc, q.span);
      const auto measure = [&] {
        const float line = ImGui::GetTextLineHeight();
        return std::max(stacked({text_height(wording, column_width(2)), s.wording_differs[i] ? line : 0}),
                        text_height(q.speaker.empty() ? "nobody named" : q.speaker, column_width(1)));
      };
      if (!begin_row(state.compare_view, (std::uint64_t{1} << 63) | (std::uint64_t{s.group} << 32) | qi, measure))
        continue;
      ImGui::PushID(static_cast<int>(qi));
      ImGui::TableSetColumnIndex(2);
      if (wrapped_selectable(span_text(state, q.doc, q.span), state.selected_quote == qi,
                             s.wording_differs[i] ? kWarningText : ImGui::GetColorU32(ImGuiCol_Text))) {
        state.selected_quote = qi;
        open_in_reader(state, q.doc, q.span);
      }
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s\nClick to read it in the article.", state.analysis.corpus.documents[q.doc].title.c_str());
      if (s.wording_differs[i]) differs_label("wording differs");
      ImGui::TableSetColumnIndex(0);
      article_cell(state, q.doc);
      ImGui::TableSetColumnIndex(1);
      ImGui::PushTextWrapPos(0.0f);
      if (q.speaker.empty()) ImGui::TextDisabled("nobody named");
      else ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(s.speakers_differ ? kWarningText : entity_type_color(core::EntityType::kPerson)),
                              "%s", q.speaker.c_str());
      ImGui::PopTextWrapPos();
      ImGui::PopID();
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace

void draw_compare_view(AppState& state) {
  const std::vector<FigureShown> figures = shown_figures(state);
  const std::vector<QuoteGroupShown> groups = shown_quote_groups(state);
  const auto differing = std::count_if(figures.begin(), figures.end(), [](const FigureShown& s) { return s.differs; });
  {
    const FramedControls framed;
    ImGui::Checkbox("Only where outlets differ", &state.compare_view.only_disagreements);
  }
  ImGui::SameLine();
  ImGui::TextDisabled("%zu figures (%td differ)  \xC2\xB7  %zu quotations carried by several outlets", figures.size(),
                      differing, groups.size());
  ImGui::BeginChild("compare", ImVec2(0, 0), false);
  forget_heights_if_stale(state);
  section_heading(state, "Figures several articles report");
  if (figures.empty()) ImGui::TextDisabled("No figure is reported by more than one included article.");
  else draw_figures(state, figures);
  ImGui::Spacing();
  section_heading(state, "Quotations several outlets carry");
  if (groups.empty()) ImGui::TextDisabled("No quotation is carried by more than one included outlet.");
  else draw_quote_groups(state, groups);
  ImGui::EndChild();
}

// =========================================================================================================
// [SECTION] commands, status and CSV
// =========================================================================================================

bool handle_compare_command(AppState& state, const Command& c, std::string& reply) {
  if (c.name == "compare_only_disagreements") {
    const core::JsonValue* on = c.arg("on");
    state.compare_view.only_disagreements = on == nullptr || on->boolean;
    reply = reply_ok();
    return true;
  }
  if (c.name == "open_figure") {
    // {"figure": i, "report": j}: indices into the analysis's figures and that figure's reports.
    const core::JsonValue* f = c.arg("figure");
    const core::JsonValue* r = c.arg("report");
    const auto& figures = state.analysis.figures;
    const bool ok = f && r && f->kind == core::JsonValue::Kind::kNumber && r->kind == core::JsonValue::Kind::kNumber &&
                    f->number >= 0 && f->number < static_cast<double>(figures.size()) && r->number >= 0 &&
                    r->number < static_cast<double>(figures[static_cast<std::size_t>(f->number)].reports.size());
    if (!ok) {
      reply = reply_error("no such figure report");
      return true;
    }
    const core::FigureReport& report =
        figures[static_cast<std::size_t>(f->number)].reports[static_cast<std::size_t>(r->number)];
    open_in_reader(state, report.doc, report.span);
    std::string out = "{\"ok\":true,\"document\":";
    core::append_json_string(out, state.analysis.corpus.documents[report.doc].id);
    reply = out + "}";
    return true;
  }
  return false;
}

void add_compare_status(const AppState& state, StatusWriter& w) {
  const std::vector<FigureShown> figures = shown_figures(state);
  const std::vector<QuoteGroupShown> groups = shown_quote_groups(state);
  std::string view = "{";
  StatusWriter v(view);
  v.number("figures", static_cast<double>(figures.size()));
  v.number("disagreements",
           static_cast<double>(std::count_if(figures.begin(), figures.end(), [](const FigureShown& s) { return s.differs; })));
  v.number("quote_groups", static_cast<double>(groups.size()));
  v.boolean("only_disagreements", state.compare_view.only_disagreements);
  std::string topics = "[";  // the figures' topics in the view's order
  for (std::size_t i = 0; i < figures.size(); ++i) {
    if (i) topics += ',';
    core::append_json_string(topics, state.analysis.figures[figures[i].figure].topic);
  }
  v.raw("topics", topics + "]");
  w.raw("compare_view", view + "}");
}

std::string compare_table_csv(const AppState& state) {
  std::string out;
  for (const char* h : {"section", "topic", "article", "document", "speaker", "figure", "value", "text"})
    append_csv_field(out, h);
  append_csv_field(out, "differs", true);
  for (const FigureShown& s : shown_figures(state)) {
    const core::FigureComparison& c = state.analysis.figures[s.figure];
    for (std::size_t i = 0; i < s.reports.size(); ++i) {
      const core::FigureReport& r = c.reports[s.reports[i]];
      append_csv_field(out, "figure");
      append_csv_field(out, c.topic);
      append_csv_field(out, doc_label(state, r.doc));
      append_csv_field(out, state.analysis.corpus.documents[r.doc].id);
      append_csv_field(out, "");
      append_csv_field(out, span_text(state, r.doc, r.span));
      append_csv_field(out, format_value(r, c.type));
      append_csv_field(out, span_text(state, r.doc, r.context));
      append_csv_field(out, s.report_differs[i] ? "yes" : "no", true);
    }
  }
  for (const QuoteGroupShown& s : shown_quote_groups(state)) {
    const core::Quote& longest = state.analysis.quotes[state.analysis.quote_groups[s.group].longest];
    for (std::size_t i = 0; i < s.quotes.size(); ++i) {
      const core::Quote& q = state.analysis.quotes[s.quotes[i]];
      append_csv_field(out, "quote");
      append_csv_field(out, span_text(state, longest.doc, longest.span));
      append_csv_field(out, doc_label(state, q.doc));
      append_csv_field(out, state.analysis.corpus.documents[q.doc].id);
      append_csv_field(out, q.speaker);
      append_csv_field(out, "");
      append_csv_field(out, "");
      append_csv_field(out, span_text(state, q.doc, q.span));
      append_csv_field(out, s.wording_differs[i] || s.speakers_differ ? "yes" : "no", true);
    }
  }
  return out;
}

}  // namespace newslens::ui
