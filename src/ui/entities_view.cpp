// The Entities view: every entity the included articles mention, sortable by name, type, mentions, articles
// and aliases, filtered by text and type, and corrected by the user: merge one entity into another, split an
// alias off into an entity of its own (edits live in AppState and replay after every analysis).
// [SECTION] rows: filter and sort, shared by the table, the status and CSV
// [SECTION] edit controls: merge into, split off, the list of edits
// [SECTION] table
// [SECTION] commands, status and CSV
#include <algorithm>
#include <optional>

#include "imgui.h"
#include "imgui_internal.h"  // TableSetColumnSortDirection: a command's sort shown in the header (1.86)
#include "ui/table_common.h"
#include "ui/table_export.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace newslens::ui {

// =========================================================================================================
// [SECTION] rows: filter and sort, shared by the table, the status and CSV
// =========================================================================================================
namespace {

constexpr const char* kColumnNames[kEntityColumnCount] = {"name", "type", "mentions", "articles", "aliases"};
constexpr const char* kTypeLabels[core::kEntityTypeCount] = {"People",  "Organisations", "Places",  "Other names",
                                                             "Money",   "Percentages",   "Numbers", "Dates"};

bool entity_matches(const core::Entity& e, std::string_view filter) {
  if (contains_folded(e.name, filter)) return true;
  return std::any_of(e.aliases.begin(), e.aliases.end(),
                     [&](const std::string& alias) { return contains_folded(alias, filter); });
}

// <0, 0, >0 as x sorts before, with, after y on `column`, ascending.
int compare_on(const AppState& state, EntityColumn column, const EntityRow& x, const EntityRow& y) {
  const core::Entity& ex = state.analysis.entities[x.entity];
  const core::Entity& ey = state.analysis.entities[y.entity];
  const auto cmp = [](auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); };
  switch (column) {
    case EntityColumn::kName: return ex.name.compare(ey.name);
    case EntityColumn::kType: return cmp(ex.type, ey.type);
    case EntityColumn::kMentions: return cmp(x.mentions, y.mentions);
    case EntityColumn::kArticles: return cmp(x.articles, y.articles);
    case EntityColumn::kAliases: return cmp(ex.aliases.size(), ey.aliases.size());
  }
  return 0;
}

std::vector<EntityRow> build_entity_rows(const AppState& state) {
  const auto& a = state.analysis;
  std::vector<EntityRow> counts(a.entities.size());
  for (std::uint32_t e = 0; e < a.entities.size(); ++e) {
    counts[e].entity = e;
    std::uint32_t last_doc = UINT32_MAX;
    for (std::uint32_t m : a.entities[e].mentions) {  // document order
      const std::uint32_t doc = a.mentions[m].doc;
      if (!state.doc_included(doc)) continue;
      ++counts[e].mentions;
      if (doc != last_doc) ++counts[e].articles;
      last_doc = doc;
    }
  }
  const EntityTableState& t = state.entity_table;
  const std::string_view filter(t.filter.data());
  std::vector<EntityRow> rows;
  for (const EntityRow& r : counts) {
    const core::Entity& e = a.entities[r.entity];
    if (r.mentions == 0 || !(t.type_mask & (1u << static_cast<unsigned>(e.type))) || !entity_matches(e, filter)) continue;
    rows.push_back(r);
    for (const std::string& alias : e.aliases) {
      if (alias == e.name) continue;
      if (!rows.back().others.empty()) rows.back().others += ", ";
      rows.back().others += alias;
    }
  }
  std::sort(rows.begin(), rows.end(), [&](const EntityRow& x, const EntityRow& y) {
    const int c = compare_on(state, t.sort, x, y);
    if (c != 0) return t.descending ? c > 0 : c < 0;
    if (x.mentions != y.mentions) return x.mentions > y.mentions;
    return a.entities[x.entity].name < a.entities[y.entity].name;
  });
  return rows;
}

void refresh_rows(AppState& state) {
  EntityTableState& t = state.entity_table;
  if (t.rows_for == state.derived_generation) return;
  t.rows = build_entity_rows(state);
  t.rows_for = state.derived_generation;
}

std::size_t alias_mentions(const AppState& state, const core::Entity& e, std::string_view alias) {
  std::size_t n = 0;
  for (std::uint32_t m : e.mentions) {
    const core::Mention& mention = state.analysis.mentions[m];
    if (span_text(state, mention.doc, mention.span) == alias) ++n;
  }
  return n;
}

// =========================================================================================================
// [SECTION] edit controls: merge into, split off, the list of edits
// =========================================================================================================

// Edits requested while the table is drawn wait until it is done: they renumber the entities its rows name.
// Edits go by name so they survive re-analysis; an entity whose name another entity also carries ("March"
// for two different months) cannot be named, and the user is told so rather than another one edited.
struct PendingEdit {
  std::optional<core::EntityEdit> edit;
  std::string refusal;
  bool nameable(const AppState& state, std::uint32_t entity) {
    if (core::find_entity(state.analysis, state.analysis.entities[entity].name) == entity) return true;
    refusal = "Several entities are called \xE2\x80\x9C" + state.analysis.entities[entity].name +
              "\xE2\x80\x9D; edits name entities, so only the most mentioned of them can be edited.";
    return false;
  }
  void merge(const AppState& state, std::uint32_t from, std::uint32_t into) {
    if (nameable(state, from) && nameable(state, into))
      edit = core::merge_edit(state.analysis.entities[from].name, state.analysis.entities[into].name);
  }
  void split(const AppState& state, std::uint32_t entity, const std::string& alias) {
    if (nameable(state, entity)) edit = core::split_edit(state.analysis.entities[entity].name, alias);
  }
};

void apply_pending(AppState& state, const PendingEdit& pending) {
  if (!pending.refusal.empty()) state.entity_table.edit_message = pending.refusal;
  if (!pending.edit) return;
  std::string error;
  state.entity_table.edit_message.clear();
  if (!state.add_entity_edit(*pending.edit, error)) state.entity_table.edit_message = error;
}

// The entities `source` can merge into: those matching the search box, the same type first, most mentioned
// first. Lists at most 40; the search box narrows the rest.
void draw_merge_targets(AppState& state, std::uint32_t source, PendingEdit& pending) {
  const auto& entities = state.analysis.entities;
  EntityTableState& t = state.entity_table;
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  ImGui::InputTextWithHint("##merge-search", "Search entities", t.merge_filter.data(), t.merge_filter.size());
  const std::string_view search(t.merge_filter.data());
  std::vector<std::uint32_t> targets;
  for (std::uint32_t e = 0; e < entities.size(); ++e)
    if (e != source && !entities[e].mentions.empty() && entity_matches(entities[e], search)) targets.push_back(e);
  const core::EntityType type = entities[source].type;
  std::sort(targets.begin(), targets.end(), [&](std::uint32_t x, std::uint32_t y) {
    const bool sx = entities[x].type == type, sy = entities[y].type == type;
    if (sx != sy) return sx;
    if (entities[x].mentions.size() != entities[y].mentions.size())
      return entities[x].mentions.size() > entities[y].mentions.size();
    return entities[x].name < entities[y].name;
  });
  constexpr std::size_t kShown = 40;
  for (std::size_t i = 0; i < std::min(targets.size(), kShown); ++i) {
    const core::Entity& e = entities[targets[i]];
    ImGui::PushID(static_cast<int>(targets[i]));
    ImGui::PushStyleColor(ImGuiCol_Text, entity_type_color(e.type));
    if (ImGui::Selectable(e.name.c_str())) pending.merge(state, source, targets[i]);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextDisabled("%s \xC2\xB7 %zu", core::entity_type_name(e.type), e.mentions.size());
    ImGui::PopID();
  }
  if (targets.empty()) ImGui::TextDisabled("No entity matches.");
  if (targets.size() > kShown) ImGui::TextDisabled("%zu more: type to narrow the list", targets.size() - kShown);
}

void draw_split_aliases(AppState& state, std::uint32_t entity, PendingEdit& pending) {
  const core::Entity& e = state.analysis.entities[entity];
  bool any = false;
  for (const std::string& alias : e.aliases) {
    if (alias == e.name) continue;
    any = true;
    const std::string label = alias + "  (" + std::to_string(alias_mentions(state, e, alias)) + ")";
    if (ImGui::Selectable(label.c_str())) pending.split(state, entity, alias);
  }
  if (!any) ImGui::TextDisabled("%s has no other alias.", e.name.c_str());
}

void draw_edits_popup(AppState& state) {
  const EntityEditsState& ed = state.entity_edits;
  ImGui::TextDisabled("YOUR CORRECTIONS, REPLAYED ON EVERY ANALYSIS");
  ImGui::Separator();
  for (std::size_t i = 0; i < ed.edits.size(); ++i) {
    const bool applied = i < ed.outcomes.size() && ed.outcomes[i].applied;
    ImGui::TextUnformatted(core::describe_edit(ed.edits[i]).c_str());
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, applied ? kMutedText : kWarningText);
    ImGui::TextUnformatted(i < ed.outcomes.size() ? ed.outcomes[i].message.c_str() : "");
    ImGui::PopStyleColor();
  }
  if (ed.edits.empty()) ImGui::TextDisabled("None yet.");
  ImGui::Separator();
  ImGui::BeginDisabled(ed.edits.empty());
  if (ImGui::Button("Undo all")) {
    state.set_entity_edits({});
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
}

void draw_edit_bar(AppState& state, PendingEdit& pending) {
  EntityTableState& t = state.entity_table;
  const auto& sel = state.selected_entity;
  if (sel) {
    const core::Entity& e = state.analysis.entities[*sel];
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(entity_type_color(e.type)), "%s", e.name.c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    if (ImGui::BeginCombo("##merge", "Merge into\xE2\x80\xA6", ImGuiComboFlags_HeightLarge)) {
      draw_merge_targets(state, *sel, pending);
      ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    if (ImGui::BeginCombo("##split", "Split off\xE2\x80\xA6", ImGuiComboFlags_HeightLarge)) {
      draw_split_aliases(state, *sel, pending);
      ImGui::EndCombo();
    }
  } else {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Select a row to merge or split it (or right-click one).");
  }
  ImGui::SameLine();
  const std::size_t n = state.entity_edits.edits.size();
  const std::string edits_label = "Edits (" + std::to_string(n) + ")";
  if (ImGui::Button(edits_label.c_str())) ImGui::OpenPopup("entity-edits");
  if (ImGui::BeginPopup("entity-edits")) {
    draw_edits_popup(state);
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(n == 0);
  if (ImGui::Button("Undo")) {
    state.undo_entity_edit();
    t.edit_message.clear();
  }
  ImGui::EndDisabled();
  if (!t.edit_message.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kWarningText);
    ImGui::TextWrapped("%s", t.edit_message.c_str());
    ImGui::PopStyleColor();
  }
}

// =========================================================================================================
// [SECTION] table
// =========================================================================================================

void draw_filters(AppState& state) {
  EntityTableState& t = state.entity_table;
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 16));
  if (ImGui::InputTextWithHint("##entity-filter", "Filter by name or alias", t.filter.data(), t.filter.size()))
    t.rows_for = kRowsStale;
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%zu entities", t.rows.size());
  // Type tick boxes in each type's colour, wrapping when the view is narrow.
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  const ImGuiStyle& style = ImGui::GetStyle();
  for (int i = 0; i < core::kEntityTypeCount; ++i) {
    const float width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(kTypeLabels[i]).x;
    if (i > 0 && ImGui::GetItemRectMax().x + style.ItemSpacing.x + width < right) ImGui::SameLine();
    const ImU32 colour = entity_type_color(static_cast<core::EntityType>(i));
    ImGui::PushStyleColor(ImGuiCol_CheckMark, colour);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    bool on = t.type_mask & (1u << i);
    if (ImGui::Checkbox(kTypeLabels[i], &on)) {
      t.type_mask ^= 1u << i;
      t.rows_for = kRowsStale;
    }
    ImGui::PopStyleColor(2);
  }
}

void draw_entity_row(AppState& state, const EntityRow& row, PendingEdit& pending) {
  const core::Entity& e = state.analysis.entities[row.entity];
  const ImU32 colour = entity_type_color(e.type);
  ImGui::PushID(static_cast<int>(row.entity));
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  // A dot in the type's colour, then the name; the whole row is one selectable.
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float line = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + line * 0.3f, pos.y + line * 0.5f), line * 0.25f, colour);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + line * 0.8f, pos.y));
  if (ImGui::Selectable(e.name.c_str(), state.selected_entity == row.entity, ImGuiSelectableFlags_SpanAllColumns))
    state.select_entity(row.entity);
  if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(0)) {
    // Double click: read the first included mention.
    for (std::uint32_t m : e.mentions)
      if (state.doc_included(state.analysis.mentions[m].doc)) {
        open_in_reader(state, state.analysis.mentions[m].doc, state.analysis.mentions[m].span);
        break;
      }
  }
  if (ImGui::BeginPopupContextItem("row-menu")) {
    state.select_entity(row.entity);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colour), "%s", e.name.c_str());
    ImGui::Separator();
    if (ImGui::BeginMenu("Merge into")) {
      draw_merge_targets(state, row.entity, pending);
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Split off alias", e.aliases.size() > 1)) {
      draw_split_aliases(state, row.entity, pending);
      ImGui::EndMenu();
    }
    ImGui::EndPopup();
  }
  ImGui::TableNextColumn();
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(core::entity_type_name(e.type));
  ImGui::PopStyleColor();
  ImGui::TableNextColumn();
  ImGui::Text("%u", row.mentions);
  ImGui::TableNextColumn();
  ImGui::Text("%u", row.articles);
  ImGui::TableNextColumn();
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
  ellipsis_cell(row.others, row.others);  // "Xi, the Chinese leader, Chinese presid..."; all of them on hover
  ImGui::PopStyleColor();
  ImGui::PopID();
}

}  // namespace

void draw_entities_view(AppState& state) {
  const FramedControls framed;
  refresh_rows(state);
  PendingEdit pending;
  draw_filters(state);
  draw_edit_bar(state, pending);
  ImGui::Spacing();
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_Resizable | ImGuiTableFlags_Sortable |
                                     ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("entities", kEntityColumnCount, kFlags)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Mentions",
                            ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort |
                                ImGuiTableColumnFlags_PreferSortDescending);
    ImGui::TableSetupColumn("Articles", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending);
    ImGui::TableSetupColumn("Aliases", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_PreferSortDescending,
                            3.0f);
    sync_table_sort(state.entity_table);
    ImGui::TableHeadersRow();
    // Rows are rebuilt after a sort change before they are drawn, so one frame never shows a stale order.
    refresh_rows(state);
    const std::vector<EntityRow>& rows = state.entity_table.rows;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step())
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_entity_row(state, rows[i], pending);
    ImGui::EndTable();
  }
  if (state.analysis.entities.empty()) ImGui::TextDisabled("No entities found in these articles.");
  apply_pending(state, pending);
}

// =========================================================================================================
// [SECTION] commands, status and CSV
// =========================================================================================================
namespace {

std::string reply_with(std::string_view key, std::string_view json) {
  std::string out = "{\"ok\":true";
  out += ",\"";
  out += key;
  out += "\":";
  out += json;
  return out + "}";
}

const std::string* string_arg(const Command& c, std::string_view key) {
  const core::JsonValue* v = c.arg(key);
  return v && v->is_string() ? &v->string : nullptr;
}

std::string edit_reply(AppState& state, const core::EntityEdit& edit) {
  std::string error;
  if (!state.add_entity_edit(edit, error)) return reply_error(error);
  const auto& out = state.entity_edits.outcomes.back();
  std::string json;
  core::append_json_string(json, out.entity ? state.analysis.entities[*out.entity].name : std::string());
  return reply_with("entity", json);
}

std::string outcomes_json(const AppState& state) {
  std::string out = "[";
  for (std::size_t i = 0; i < state.entity_edits.outcomes.size(); ++i) {
    const core::EditOutcome& o = state.entity_edits.outcomes[i];
    if (i) out += ',';
    out += o.applied ? "{\"applied\":true,\"message\":" : "{\"applied\":false,\"message\":";
    core::append_json_string(out, o.message);
    out += '}';
  }
  return out + "]";
}

std::string csv_for(const AppState& state, std::string_view view) {
  if (view == "entities") return entities_table_csv(state);
  if (view == "quotes") return quotes_table_csv(state);
  if (view == "compare") return compare_table_csv(state);
  return {};
}

}  // namespace

bool handle_entities_command(AppState& state, const Command& c, std::string& reply) {
  EntityTableState& t = state.entity_table;
  if (c.name == "select_entity") {
    const std::string* name = string_arg(c, "name");
    const auto e = name ? core::find_entity(state.analysis, *name) : std::nullopt;
    if (!e) {
      reply = reply_error(name ? "no entity named " + *name : std::string("select_entity needs \"name\""));
      return true;
    }
    state.select_entity(*e);
    std::string json;
    core::append_json_string(json, state.analysis.entities[*e].name);
    reply = reply_with("entity", json);
    return true;
  }
  if (c.name == "filter_entities") {
    const std::string* text = string_arg(c, "text");
    const std::string s = text ? *text : std::string();
    std::fill(t.filter.begin(), t.filter.end(), '\0');
    std::copy_n(s.begin(), std::min(s.size(), t.filter.size() - 1), t.filter.begin());
    t.type_mask = 0xFF;
    if (const core::JsonValue* types = c.arg("types"); types && types->kind == core::JsonValue::Kind::kArray) {
      t.type_mask = 0;
      for (const core::JsonValue& v : types->array) {
        const auto type = v.is_string() ? core::parse_entity_type(v.string) : std::nullopt;
        if (!type) {
          reply = reply_error("unknown entity type in \"types\"");
          return true;
        }
        t.type_mask |= 1u << static_cast<unsigned>(*type);
      }
    }
    t.rows_for = kRowsStale;
    reply = reply_ok();
    return true;
  }
  if (c.name == "sort_entities") {
    reply = sort_command(c, t, kColumnNames);
    return true;
  }
  if (c.name == "merge_entities") {
    const std::string* from = string_arg(c, "from");
    const std::string* into = string_arg(c, "into");
    reply = from && into ? edit_reply(state, core::merge_edit(*from, *into))
                         : reply_error("merge_entities needs \"from\" and \"into\"");
    return true;
  }
  if (c.name == "split_alias") {
    const std::string* entity = string_arg(c, "entity");
    const std::string* alias = string_arg(c, "alias");
    reply = entity && alias ? edit_reply(state, core::split_edit(*entity, *alias))
                            : reply_error("split_alias needs \"entity\" and \"alias\"");
    return true;
  }
  if (c.name == "undo_edit") {
    if (state.entity_edits.edits.empty()) {
      reply = reply_error("no edit to undo");
      return true;
    }
    state.undo_entity_edit();
    reply = reply_ok();
    return true;
  }
  if (c.name == "entity_edits") {
    reply = reply_with("edits", core::entity_edits_json(state.entity_edits.edits));
    return true;
  }
  if (c.name == "set_entity_edits") {
    const core::JsonValue* edits = c.arg("edits");
    std::string error;
    auto parsed = edits ? core::parse_entity_edits(*edits, error) : std::nullopt;
    if (!parsed) {
      reply = reply_error(edits ? error : std::string("set_entity_edits needs \"edits\""));
      return true;
    }
    state.set_entity_edits(std::move(*parsed));
    reply = reply_with("outcomes", outcomes_json(state));
    return true;
  }
  if (c.name == "table_csv") {
    const std::string* view = string_arg(c, "view");
    if (!view || (*view != "entities" && *view != "quotes" && *view != "compare")) {
      reply = reply_error("\"view\" is one of entities, quotes, compare");
      return true;
    }
    std::string json;
    core::append_json_string(json, csv_for(state, *view));
    reply = reply_with("csv", json);
    return true;
  }
  return false;
}

void add_entities_status(const AppState& state, StatusWriter& w) {
  const EntityTableState& t = state.entity_table;
  const std::vector<EntityRow> rows = build_entity_rows(state);
  std::string view = "{";
  StatusWriter v(view);
  v.number("rows", static_cast<double>(rows.size()));
  v.string("filter", t.filter.data());
  std::string types = "[";
  for (int i = 0; i < core::kEntityTypeCount; ++i) {
    if (!(t.type_mask & (1u << i))) continue;
    if (types.size() > 1) types += ',';
    core::append_json_string(types, core::entity_type_name(static_cast<core::EntityType>(i)));
  }
  v.raw("types", types + "]");
  v.string("sort", kColumnNames[static_cast<int>(t.sort)]);
  v.boolean("descending", t.descending);
  std::string top = "[";  // the first rows, so tests can check order without reading pixels
  for (std::size_t i = 0; i < std::min<std::size_t>(rows.size(), 10); ++i) {
    if (i) top += ',';
    core::append_json_string(top, state.analysis.entities[rows[i].entity].name);
  }
  v.raw("top", top + "]");
  w.raw("entities_view", view + "}");
  w.number("edits", static_cast<double>(state.entity_edits.edits.size()));
  w.raw("entity_edits", core::entity_edits_json(state.entity_edits.edits));
  w.raw("edit_outcomes", outcomes_json(state));
}

std::string entities_table_csv(const AppState& state) {
  std::string out;
  for (int i = 0; i < kEntityColumnCount; ++i) append_csv_field(out, kColumnNames[i], i + 1 == kEntityColumnCount);
  for (const EntityRow& r : build_entity_rows(state)) {
    const core::Entity& e = state.analysis.entities[r.entity];
    std::string aliases;
    for (const std::string& alias : e.aliases) {
      if (alias == e.name) continue;
      if (!aliases.empty()) aliases += "; ";
      aliases += alias;
    }
    append_csv_field(out, e.name);
    append_csv_field(out, core::entity_type_name(e.type));
    append_csv_field(out, std::to_string(r.mentions));
    append_csv_field(out, std::to_string(r.articles));
    append_csv_field(out, aliases, true);
  }
  return out;
}

}  // namespace newslens::ui
