// The Quotes view: who said what in the included articles. A sortable table of speaker, quoted words
// (wrapped), kind, cue, article and how many outlets carried the words, filtered by speaker, kind and text,
// flat or grouped by speaker or by cross-outlet group. A click opens the quote in the reader.
// [SECTION] rows and nodes: filter, sort, grouping (shared by the table, the status and CSV)
// [SECTION] filters
// [SECTION] table
// [SECTION] commands, status and CSV
#include <algorithm>
#include <map>

#include "imgui.h"
#include "imgui_internal.h"  // TableSetColumnSortDirection: a command's sort shown in the header (1.86)
#include "ui/table_common.h"
#include "ui/table_export.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace newslens::ui {

// =========================================================================================================
// [SECTION] rows and nodes: filter, sort, grouping (shared by the table, the status and CSV)
// =========================================================================================================
namespace {

constexpr const char* kColumnNames[kQuoteColumnCount] = {"speaker", "quote", "kind", "cue", "article", "outlets"};
constexpr const char* kGroupingNames[3] = {"none", "speaker", "group"};
constexpr int kKindCount = 4;
constexpr const char* kNobody = "Nobody named";

// Distinct outlets among the included articles carrying the quote's words (its own article at least).
std::uint32_t outlets_carrying(const AppState& state, const core::Quote& q) {
  if (!q.group) return 1;
  std::vector<std::string_view> seen;
  for (std::uint32_t doc : state.analysis.quote_groups[*q.group].docs) {
    if (!state.doc_included(doc)) continue;
    const std::string_view label = doc_label(state, doc);
    if (std::find(seen.begin(), seen.end(), label) == seen.end()) seen.push_back(label);
  }
  return std::max<std::uint32_t>(1, static_cast<std::uint32_t>(seen.size()));
}

int compare_on(const AppState& state, QuoteColumn column, std::uint32_t x, std::uint32_t y) {
  const core::Quote& qx = state.analysis.quotes[x];
  const core::Quote& qy = state.analysis.quotes[y];
  const auto cmp = [](auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); };
  switch (column) {
    case QuoteColumn::kSpeaker:
      // Quotes nobody is reported as saying sort after every name, either way round.
      if (qx.speaker.empty() != qy.speaker.empty()) return 0;
      return qx.speaker.compare(qy.speaker);
    case QuoteColumn::kQuote: return span_text(state, qx.doc, qx.span).compare(span_text(state, qy.doc, qy.span));
    case QuoteColumn::kKind: return cmp(qx.kind, qy.kind);
    case QuoteColumn::kCue: return qx.cue.compare(qy.cue);
    case QuoteColumn::kArticle: return doc_label(state, qx.doc).compare(doc_label(state, qy.doc));
    case QuoteColumn::kOutlets: return cmp(outlets_carrying(state, qx), outlets_carrying(state, qy));
  }
  return 0;
}

std::vector<std::uint32_t> build_quote_rows(const AppState& state) {
  const QuoteTableState& t = state.quote_table;
  const std::string_view text(t.text.data());
  std::vector<std::uint32_t> rows;
  for (std::uint32_t i = 0; i < state.analysis.quotes.size(); ++i) {
    const core::Quote& q = state.analysis.quotes[i];
    if (!state.doc_included(q.doc) || !(t.kind_mask & (1u << static_cast<unsigned>(q.kind)))) continue;
    if (t.speaker && q.speaker != *t.speaker) continue;
    if (!contains_folded(span_text(state, q.doc, q.span), text)) continue;
    rows.push_back(i);
  }
  std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t x, std::uint32_t y) {
    if (t.sort == QuoteColumn::kSpeaker) {
      const bool ex = state.analysis.quotes[x].speaker.empty(), ey = state.analysis.quotes[y].speaker.empty();
      if (ex != ey) return ey;
    }
    const int c = compare_on(state, t.sort, x, y);
    if (c != 0) return t.descending ? c > 0 : c < 0;
    return x < y;  // quotes are in (document, position) order
  });
  return rows;
}

std::vector<QuoteNode> build_quote_nodes(const AppState& state, const std::vector<std::uint32_t>& rows) {
  const QuoteTableState& t = state.quote_table;
  const auto& quotes = state.analysis.quotes;
  std::vector<QuoteNode> nodes;
  QuoteNode rest;
  rest.rest = true;
  if (t.grouping == QuoteGrouping::kSpeaker) {
    std::map<std::string, std::size_t> index;
    for (std::uint32_t r : rows) {
      const std::string& speaker = quotes[r].speaker;
      if (speaker.empty()) {
        rest.quotes.push_back(r);
        continue;
      }
      auto [it, added] = index.emplace(speaker, nodes.size());
      if (added) nodes.push_back({speaker, {}, 0, false});
      nodes[it->second].quotes.push_back(r);
    }
    rest.label = kNobody;
  } else if (t.grouping == QuoteGrouping::kGroup) {
    std::map<std::uint32_t, std::size_t> index;
    for (std::uint32_t r : rows) {
      const core::Quote& q = quotes[r];
      if (!q.group || outlets_carrying(state, q) < 2) {
        rest.quotes.push_back(r);
        continue;
      }
      auto [it, added] = index.emplace(*q.group, nodes.size());
      if (added) {
        const core::Quote& longest = quotes[state.analysis.quote_groups[*q.group].longest];
        nodes.push_back({std::string(span_text(state, longest.doc, longest.span)), {}, outlets_carrying(state, q), false});
      }
      nodes[it->second].quotes.push_back(r);
    }
    rest.label = "One outlet";
  } else {
    return nodes;
  }
  // Most quoted speakers and most widely carried words first; the rest last.
  std::stable_sort(nodes.begin(), nodes.end(), [&](const QuoteNode& x, const QuoteNode& y) {
    if (x.outlets != y.outlets) return x.outlets > y.outlets;
    return x.quotes.size() > y.quotes.size();
  });
  if (!rest.quotes.empty()) nodes.push_back(std::move(rest));
  return nodes;
}

void refresh_rows(AppState& state) {
  QuoteTableState& t = state.quote_table;
  if (t.rows_for == state.derived_generation) return;
  t.rows = build_quote_rows(state);
  t.nodes = build_quote_nodes(state, t.rows);
  t.rows_for = state.derived_generation;
  t.heights.assign(state.analysis.quotes.size(), -1.0f);  // edits may have renamed speakers
}

// The widths the quote and speaker cells wrap at; a change (resize, grouping) forgets measured heights.
void measure_columns(QuoteTableState& t) {
  const ImGuiTable* table = ImGui::GetCurrentTable();
  const ImGuiTableColumn& quote = table->Columns[static_cast<int>(QuoteColumn::kQuote)];
  const ImGuiTableColumn& speaker = table->Columns[static_cast<int>(QuoteColumn::kSpeaker)];
  const float indent = t.grouping == QuoteGrouping::kNone ? 0.0f : ImGui::GetStyle().IndentSpacing;
  const float quote_width = std::max(1.0f, quote.WorkMaxX - quote.WorkMinX);
  const float speaker_width = std::max(1.0f, speaker.WorkMaxX - speaker.WorkMinX - indent);
  if (quote_width == t.quote_width && speaker_width == t.speaker_width) return;
  t.quote_width = quote_width;
  t.speaker_width = speaker_width;
  std::fill(t.heights.begin(), t.heights.end(), -1.0f);
}

float row_height(AppState& state, std::uint32_t qi) {
  QuoteTableState& t = state.quote_table;
  if (t.heights[qi] >= 0) return t.heights[qi];
  const core::Quote& q = state.analysis.quotes[qi];
  const std::string_view words = span_text(state, q.doc, q.span);
  const char* speaker = q.speaker.empty() ? "\xE2\x80\x94" : q.speaker.c_str();
  const float h = std::max(ImGui::CalcTextSize(words.data(), words.data() + words.size(), false, t.quote_width).y,
                           ImGui::CalcTextSize(speaker, nullptr, false, t.speaker_width).y);
  return t.heights[qi] = h;
}

// =========================================================================================================
// [SECTION] filters
// =========================================================================================================

void draw_speaker_combo(AppState& state) {
  QuoteTableState& t = state.quote_table;
  const char* preview = !t.speaker ? "Anyone" : t.speaker->empty() ? kNobody : t.speaker->c_str();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11);
  if (!ImGui::BeginCombo("##speaker", preview, ImGuiComboFlags_HeightLarge)) return;
  // Speakers of the included articles, most quoted first.
  std::map<std::string, std::size_t> counts;
  for (const core::Quote& q : state.analysis.quotes)
    if (state.doc_included(q.doc)) ++counts[q.speaker];
  std::vector<std::pair<std::string, std::size_t>> speakers(counts.begin(), counts.end());
  std::stable_sort(speakers.begin(), speakers.end(), [](const auto& x, const auto& y) {
    if (x.first.empty() != y.first.empty()) return y.first.empty();
    return x.second > y.second;
  });
  if (ImGui::Selectable("Anyone", !t.speaker)) {
    t.speaker.reset();
    t.rows_for = kRowsStale;
  }
  for (const auto& [name, n] : speakers) {
    const std::string label = (name.empty() ? std::string(kNobody) : name) + "  (" + std::to_string(n) + ")";
    if (ImGui::Selectable(label.c_str(), t.speaker == name)) {
      t.speaker = name;
      t.rows_for = kRowsStale;
    }
  }
  ImGui::EndCombo();
}

void draw_filters(AppState& state) {
  QuoteTableState& t = state.quote_table;
  draw_speaker_combo(state);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 14));
  if (ImGui::InputTextWithHint("##quote-text", "Filter quoted words", t.text.data(), t.text.size()))
    t.rows_for = kRowsStale;
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%zu quotes", t.rows.size());
  for (int k = 0; k < kKindCount; ++k) {
    if (k > 0) ImGui::SameLine();
    bool on = t.kind_mask & (1u << k);
    if (ImGui::Checkbox(core::quote_kind_name(static_cast<core::QuoteKind>(k)), &on)) {
      t.kind_mask ^= 1u << k;
      t.rows_for = kRowsStale;
    }
  }
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("Group:");
  constexpr const char* kGroupingLabels[3] = {"none", "by speaker", "by outlets"};
  for (int g = 0; g < 3; ++g) {
    ImGui::SameLine();
    if (ImGui::RadioButton(kGroupingLabels[g], static_cast<int>(t.grouping) == g)) {
      t.grouping = static_cast<QuoteGrouping>(g);
      t.rows_for = kRowsStale;
    }
  }
}

// =========================================================================================================
// [SECTION] table
// =========================================================================================================

void draw_quote_row(AppState& state, std::uint32_t qi) {
  const core::Quote& q = state.analysis.quotes[qi];
  const std::string_view words = span_text(state, q.doc, q.span);
  ImGui::TableNextRow();
  // The quote column first: the row-wide selectable takes the row's height, wrapped words included.
  ImGui::TableSetColumnIndex(static_cast<int>(QuoteColumn::kQuote));
  const float height = row_height(state, qi);
  if (!ImGui::IsRectVisible(ImVec2(1.0f, height))) {
    ImGui::Dummy(ImVec2(0.0f, height));
    return;
  }
  ImGui::PushID(static_cast<int>(qi));
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float wrap = state.quote_table.quote_width;
  if (ImGui::Selectable("##quote", state.selected_quote == qi,
                        ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                        ImVec2(0, height))) {
    state.selected_quote = qi;
    open_in_reader(state, q.doc, q.span);
  }
  if (ImGui::IsItemHovered()) {
    const core::Document& d = state.analysis.corpus.documents[q.doc];
    ImGui::SetTooltip("%s\nClick to read it in the article.", d.title.c_str());
  }
  ImGui::SetCursorScreenPos(start);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
  ImGui::TextUnformatted(words.data(), words.data() + words.size());
  ImGui::PopTextWrapPos();

  ImGui::TableSetColumnIndex(static_cast<int>(QuoteColumn::kSpeaker));
  ImGui::PushTextWrapPos(0.0f);
  if (state.quote_table.grouping == QuoteGrouping::kSpeaker) {
    // Grouped by speaker, the group's row names them once; each quote's row would only repeat it.
  } else if (q.speaker.empty()) {
    ImGui::TextDisabled("\xE2\x80\x94");
  } else {
    const core::EntityType type =
        q.speaker_entity ? state.analysis.entities[*q.speaker_entity].type : core::EntityType::kPerson;
    ImGui::PushStyleColor(ImGuiCol_Text, entity_type_color(type));
    ImGui::TextUnformatted(q.speaker.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopTextWrapPos();
  ImGui::TableSetColumnIndex(static_cast<int>(QuoteColumn::kKind));
  ImGui::TextUnformatted(core::quote_kind_name(q.kind));
  ImGui::TableSetColumnIndex(static_cast<int>(QuoteColumn::kCue));
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
  const std::string_view cue = q.cue.empty() ? std::string_view("\xE2\x80\x94") : std::string_view(q.cue);
  ellipsis_cell(cue, cue);
  ImGui::PopStyleColor();
  ImGui::TableSetColumnIndex(static_cast<int>(QuoteColumn::kArticle));
  article_cell(state, q.doc);
  ImGui::TableSetColumnIndex(static_cast<int>(QuoteColumn::kOutlets));
  const std::uint32_t outlets = outlets_carrying(state, q);
  if (outlets > 1) ImGui::Text("%u", outlets);
  else ImGui::TextDisabled("1");
  ImGui::PopID();
}

// A node row: the speaker (or the carried words' speaker) as the tree label in the first column, what the
// node holds in the quote column, and for a cross-outlet group the number of outlets in the last.
void draw_node(AppState& state, const QuoteNode& node, std::size_t index) {
  const auto& quotes = state.analysis.quotes;
  const bool by_group = state.quote_table.grouping == QuoteGrouping::kGroup && !node.rest;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::PushID(static_cast<int>(index));
  std::string label = node.label;
  if (by_group) {
    const std::string& speaker = quotes[node.quotes.front()].speaker;
    label = speaker.empty() ? std::string(kNobody) : speaker;
  }
  // The first few nodes open: the most quoted speakers and most widely carried words are what one looks for.
  const ImGuiTreeNodeFlags flags =
      ImGuiTreeNodeFlags_SpanFullWidth | (index < 3 && !node.rest ? ImGuiTreeNodeFlags_DefaultOpen : 0);
  ImGui::PushStyleColor(ImGuiCol_Text, node.rest ? kMutedText : ImGui::GetColorU32(ImGuiCol_Text));
  const bool open = ImGui::TreeNodeEx("##node", flags, "%s", label.c_str());
  ImGui::PopStyleColor();
  ImGui::TableSetColumnIndex(static_cast<int>(QuoteColumn::kQuote));
  ImGui::PushTextWrapPos(0.0f);
  if (by_group) {
    const std::string words = "\xE2\x80\x9C" + node.label + "\xE2\x80\x9D";
    ImGui::TextUnformatted(words.c_str());
  } else if (node.rest && state.quote_table.grouping == QuoteGrouping::kGroup) {
    ImGui::TextDisabled("%zu quotes carried by one outlet only", node.quotes.size());
  } else {
    ImGui::TextDisabled("%zu quote%s", node.quotes.size(), node.quotes.size() == 1 ? "" : "s");
  }
  ImGui::PopTextWrapPos();
  if (by_group) {
    ImGui::TableSetColumnIndex(static_cast<int>(QuoteColumn::kOutlets));
    ImGui::Text("%u", node.outlets);
  }
  if (open) {
    for (std::uint32_t qi : node.quotes) draw_quote_row(state, qi);
    ImGui::TreePop();
  }
  ImGui::PopID();
}

}  // namespace

void draw_quotes_view(AppState& state) {
  const FramedControls framed;
  refresh_rows(state);
  draw_filters(state);
  ImGui::Spacing();
  QuoteTableState& t = state.quote_table;
  if (state.analysis.quotes.empty()) {
    ImGui::TextDisabled("No quotations found in these articles.");
    return;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_Resizable | ImGuiTableFlags_Sortable |
                                     ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("quotes", kQuoteColumnCount, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Speaker", ImGuiTableColumnFlags_WidthStretch, 1.7f);
  ImGui::TableSetupColumn("Quote", ImGuiTableColumnFlags_WidthStretch, 4.2f);
  ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Cue", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Article", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort, 1.1f);
  ImGui::TableSetupColumn("Outlets", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending);
  sync_table_sort(t);
  ImGui::TableHeadersRow();
  refresh_rows(state);
  measure_columns(t);
  if (t.grouping == QuoteGrouping::kNone) {
    for (std::uint32_t qi : t.rows) draw_quote_row(state, qi);
  } else {
    for (std::size_t i = 0; i < t.nodes.size(); ++i) draw_node(state, t.nodes[i], i);
  }
  ImGui::EndTable();
}

// =========================================================================================================
// [SECTION] commands, status and CSV
// =========================================================================================================

bool handle_quotes_command(AppState& state, const Command& c, std::string& reply) {
  QuoteTableState& t = state.quote_table;
  if (c.name == "filter_quotes") {
    // The whole filter at once: a member left out means "any".
    const core::JsonValue* speaker = c.arg("speaker");
    const core::JsonValue* kind = c.arg("kind");
    const core::JsonValue* text = c.arg("text");
    std::uint32_t mask = 0x0F;
    if (kind && kind->kind != core::JsonValue::Kind::kNull) {
      std::vector<const core::JsonValue*> kinds;
      if (kind->kind == core::JsonValue::Kind::kArray)
        for (const core::JsonValue& k : kind->array) kinds.push_back(&k);
      else kinds.push_back(kind);
      mask = 0;
      for (const core::JsonValue* k : kinds) {
        int found = -1;
        for (int i = 0; i < kKindCount && k->is_string(); ++i)
          if (k->string == core::quote_kind_name(static_cast<core::QuoteKind>(i))) found = i;
        if (found < 0) {
          reply = reply_error("\"kind\" is direct, partial, term or headline (or a list of them)");
          return true;
        }
        mask |= 1u << found;
      }
    }
    t.kind_mask = mask;
    t.speaker.reset();
    if (speaker && speaker->is_string()) {
      // A name the user knows ("Putin") finds the canonical one quotes carry ("Vladimir Putin").
      const auto e = speaker->string.empty() ? std::nullopt : core::find_entity(state.analysis, speaker->string);
      t.speaker = e ? state.analysis.entities[*e].name : speaker->string;
    }
    const std::string s = text && text->is_string() ? text->string : std::string();
    std::fill(t.text.begin(), t.text.end(), '\0');
    std::copy_n(s.begin(), std::min(s.size(), t.text.size() - 1), t.text.begin());
    t.rows_for = kRowsStale;
    reply = reply_ok();
    return true;
  }
  if (c.name == "quote_grouping") {
    const core::JsonValue* mode = c.arg("mode");
    for (int g = 0; g < 3; ++g)
      if (mode && mode->is_string() && mode->string == kGroupingNames[g]) {
        t.grouping = static_cast<QuoteGrouping>(g);
        t.rows_for = kRowsStale;
        reply = reply_ok();
        return true;
      }
    reply = reply_error("\"mode\" is none, speaker or group");
    return true;
  }
  if (c.name == "sort_quotes") {
    reply = sort_command(c, t, kColumnNames);
    return true;
  }
  if (c.name == "open_quote") {
    // {"index": i} into the analysis's quotes, or {"row": r} into the table's current rows.
    const core::JsonValue* index = c.arg("index");
    const core::JsonValue* row = c.arg("row");
    std::optional<std::uint32_t> qi;
    if (index && index->kind == core::JsonValue::Kind::kNumber && index->number >= 0 &&
        index->number < static_cast<double>(state.analysis.quotes.size()))
      qi = static_cast<std::uint32_t>(index->number);
    if (row && row->kind == core::JsonValue::Kind::kNumber) {
      const std::vector<std::uint32_t> rows = build_quote_rows(state);
      if (row->number >= 0 && row->number < static_cast<double>(rows.size())) qi = rows[static_cast<std::size_t>(row->number)];
    }
    if (!qi) {
      reply = reply_error("no such quote");
      return true;
    }
    const core::Quote& q = state.analysis.quotes[*qi];
    state.selected_quote = *qi;
    open_in_reader(state, q.doc, q.span);
    std::string out = "{\"ok\":true,\"index\":" + std::to_string(*qi) + ",\"document\":";
    core::append_json_string(out, state.analysis.corpus.documents[q.doc].id);
    out += ",\"start\":" + std::to_string(q.span.start) + ",\"end\":" + std::to_string(q.span.end) + "}";
    reply = out;
    return true;
  }
  return false;
}

void add_quotes_status(const AppState& state, StatusWriter& w) {
  const QuoteTableState& t = state.quote_table;
  const std::vector<std::uint32_t> rows = build_quote_rows(state);
  std::string view = "{";
  StatusWriter v(view);
  v.number("rows", static_cast<double>(rows.size()));
  v.string("grouping", kGroupingNames[static_cast<int>(t.grouping)]);
  if (t.speaker) v.string("speaker", *t.speaker);
  else v.raw("speaker", "null");
  v.string("text", t.text.data());
  std::string kinds = "[";
  for (int k = 0; k < kKindCount; ++k) {
    if (!(t.kind_mask & (1u << k))) continue;
    if (kinds.size() > 1) kinds += ',';
    core::append_json_string(kinds, core::quote_kind_name(static_cast<core::QuoteKind>(k)));
  }
  v.raw("kinds", kinds + "]");
  v.string("sort", kColumnNames[static_cast<int>(t.sort)]);
  v.boolean("descending", t.descending);
  const std::vector<QuoteNode> nodes = build_quote_nodes(state, rows);
  std::string labels = "[";  // the grouped table's nodes, in order, with their row counts
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (i) labels += ',';
    labels += "{\"label\":";
    core::append_json_string(labels, nodes[i].label);
    labels += ",\"rows\":" + std::to_string(nodes[i].quotes.size());
    labels += ",\"outlets\":" + std::to_string(nodes[i].outlets) + "}";
  }
  v.raw("nodes", labels + "]");
  std::string top = "[";
  for (std::size_t i = 0; i < std::min<std::size_t>(rows.size(), 10); ++i) {
    if (i) top += ',';
    top += std::to_string(rows[i]);
  }
  v.raw("top", top + "]");
  if (state.selected_quote) v.number("selected_quote", *state.selected_quote);
  else v.raw("selected_quote", "null");
  w.raw("quotes_view", view + "}");
}

std::string quotes_table_csv(const AppState& state) {
  std::string out;
  for (const char* h : {"speaker", "quote", "kind", "cue", "article", "outlets", "document", "start"})
    append_csv_field(out, h);
  append_csv_field(out, "end", true);
  for (std::uint32_t qi : build_quote_rows(state)) {
    const core::Quote& q = state.analysis.quotes[qi];
    append_csv_field(out, q.speaker);
    append_csv_field(out, span_text(state, q.doc, q.span));
    append_csv_field(out, core::quote_kind_name(q.kind));
    append_csv_field(out, q.cue);
    append_csv_field(out, doc_label(state, q.doc));
    append_csv_field(out, std::to_string(outlets_carrying(state, q)));
    append_csv_field(out, state.analysis.corpus.documents[q.doc].id);
    append_csv_field(out, std::to_string(q.span.start));
    append_csv_field(out, std::to_string(q.span.end), true);
  }
  return out;
}

}  // namespace newslens::ui
