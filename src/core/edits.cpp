// User edits to entities (edits.h).
// [SECTION] finding entities by name
// [SECTION] merge and split
// [SECTION] JSON form
#include "core/edits.h"

#include <algorithm>
#include <iterator>

#include "core/cooccurrence.h"

namespace newslens::core {

EntityEdit merge_edit(std::string from, std::string into) {
  EntityEdit e;
  e.kind = EntityEditKind::kMerge;
  e.entity = std::move(from);
  e.into = std::move(into);
  return e;
}

EntityEdit split_edit(std::string entity, std::string alias) {
  EntityEdit e;
  e.kind = EntityEditKind::kSplitAlias;
  e.entity = std::move(entity);
  e.alias = std::move(alias);
  return e;
}

std::string describe_edit(const EntityEdit& edit) {
  if (edit.kind == EntityEditKind::kMerge) return edit.entity + " \xE2\x86\x92 " + edit.into;
  return "\xE2\x80\x9C" + edit.alias + "\xE2\x80\x9D split off " + edit.entity;
}

// =========================================================================================================
// [SECTION] finding entities by name
// =========================================================================================================

std::optional<std::uint32_t> find_entity(const Analysis& analysis, std::string_view name) {
  std::optional<std::uint32_t> by_name;
  for (std::uint32_t i = 0; i < analysis.entities.size(); ++i) {
    const Entity& e = analysis.entities[i];
    if (e.name != name) continue;
    if (!by_name || e.mentions.size() > analysis.entities[*by_name].mentions.size()) by_name = i;
  }
  if (by_name) return by_name;
  // An alias only when it names one entity: "the president" may be two people's.
  std::optional<std::uint32_t> by_alias;
  for (std::uint32_t i = 0; i < analysis.entities.size(); ++i) {
    const auto& aliases = analysis.entities[i].aliases;
    if (std::find(aliases.begin(), aliases.end(), name) == aliases.end()) continue;
    if (by_alias) return std::nullopt;
    by_alias = i;
  }
  return by_alias;
}

// =========================================================================================================
// [SECTION] merge and split
// =========================================================================================================
namespace {

std::string quoted(std::string_view s) { return "\xE2\x80\x9C" + std::string(s) + "\xE2\x80\x9D"; }

std::string_view mention_text(const Analysis& a, const Mention& m) {
  return std::string_view(a.corpus.documents[m.doc].text).substr(m.span.start, m.span.size());
}

// Moves mentions `moved` (ascending indices) into entity `to`, keeping its list in document order.
void add_mentions(Analysis& a, std::uint32_t to, const std::vector<std::uint32_t>& moved) {
  for (std::uint32_t m : moved) a.mentions[m].entity = to;
  std::vector<std::uint32_t>& list = a.entities[to].mentions;
  std::vector<std::uint32_t> merged;
  merged.reserve(list.size() + moved.size());
  std::merge(list.begin(), list.end(), moved.begin(), moved.end(), std::back_inserter(merged));
  list = std::move(merged);
}

void add_alias(Entity& e, const std::string& alias) {
  if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end()) e.aliases.push_back(alias);
}

// Removes entity `gone` (already emptied) and shifts every later index down by one.
void erase_entity(Analysis& a, std::uint32_t gone) {
  a.entities.erase(a.entities.begin() + gone);
  for (Mention& m : a.mentions)
    if (m.entity > gone) --m.entity;
  for (Quote& q : a.quotes)
    if (q.speaker_entity && *q.speaker_entity > gone) --*q.speaker_entity;
}

EditOutcome merge(Analysis& a, const EntityEdit& edit) {
  const auto from = find_entity(a, edit.entity);
  const auto into = find_entity(a, edit.into);
  if (!from) return {false, "no entity named " + quoted(edit.entity), std::nullopt};
  if (!into) return {false, "no entity named " + quoted(edit.into), std::nullopt};
  if (*from == *into) return {false, quoted(edit.entity) + " is already part of " + quoted(a.entities[*into].name), into};
  Entity& source = a.entities[*from];
  const std::vector<std::uint32_t> moved = std::move(source.mentions);
  source.mentions.clear();
  add_mentions(a, *into, moved);
  Entity& target = a.entities[*into];
  for (const std::string& alias : source.aliases) add_alias(target, alias);
  for (Quote& q : a.quotes) {
    if (q.speaker_entity != from) continue;
    q.speaker_entity = *into;
    q.speaker = target.name;
  }
  const std::uint32_t result = *into > *from ? *into - 1 : *into;
  erase_entity(a, *from);
  a.cooccurrence.clear();
  return {true, "merged " + std::to_string(moved.size()) + " mentions", result};
}

EditOutcome split(Analysis& a, const EntityEdit& edit) {
  const auto owner = find_entity(a, edit.entity);
  if (!owner) return {false, "no entity named " + quoted(edit.entity), std::nullopt};
  if (a.entities[*owner].name == edit.alias)
    return {false, quoted(edit.alias) + " is the entity's own name: split off another alias, or merge", std::nullopt};
  std::vector<std::uint32_t> moved, kept;
  for (std::uint32_t m : a.entities[*owner].mentions)
    (mention_text(a, a.mentions[m]) == edit.alias ? moved : kept).push_back(m);
  if (moved.empty())
    return {false, quoted(a.entities[*owner].name) + " has no mention " + quoted(edit.alias), std::nullopt};

  // An entity of that name and type already there (alias merging took the words elsewhere) absorbs the
  // mentions: two entities with one name would make every later edit by name ambiguous.
  const EntityType type = a.entities[*owner].type;
  std::optional<std::uint32_t> target;
  for (std::uint32_t i = 0; i < a.entities.size(); ++i)
    if (i != *owner && a.entities[i].name == edit.alias && a.entities[i].type == type) target = i;
  if (!target) {
    Entity e;
    e.name = edit.alias;
    e.type = type;
    e.aliases = {edit.alias};
    e.value = a.entities[*owner].value;
    e.unit = a.entities[*owner].unit;
    target = static_cast<std::uint32_t>(a.entities.size());
    a.entities.push_back(std::move(e));
  }
  Entity& source = a.entities[*owner];
  source.mentions = std::move(kept);
  source.aliases.erase(std::remove(source.aliases.begin(), source.aliases.end(), edit.alias), source.aliases.end());
  add_mentions(a, *target, moved);

  // A quote whose attribution names the speaker with the split words now belongs to the new entity;
  // one attributed through a pronoun or another alias stays where it was.
  for (Quote& q : a.quotes) {
    if (q.speaker_entity != owner || !q.speaker_mention) continue;
    for (std::uint32_t m : moved) {
      const Mention& mention = a.mentions[m];
      if (mention.doc != q.doc || mention.span.start < q.speaker_mention->start ||
          mention.span.end > q.speaker_mention->end)
        continue;
      q.speaker_entity = *target;
      q.speaker = a.entities[*target].name;
      break;
    }
  }
  a.cooccurrence.clear();
  return {true, "moved " + std::to_string(moved.size()) + " mentions", target};
}

}  // namespace

EditOutcome apply_entity_edit(Analysis& analysis, const EntityEdit& edit) {
  return edit.kind == EntityEditKind::kMerge ? merge(analysis, edit) : split(analysis, edit);
}

std::vector<EditOutcome> apply_entity_edits(Analysis& analysis, const std::vector<EntityEdit>& edits,
                                            const AnalyzeOptions& options) {
  std::vector<EditOutcome> outcomes;
  outcomes.reserve(edits.size());
  bool changed = false;
  for (const EntityEdit& edit : edits) {
    outcomes.push_back(apply_entity_edit(analysis, edit));
    changed = changed || outcomes.back().applied;
  }
  if (changed) fill_cooccurrence(analysis, options.min_pair_count, options.max_pairs_per_window);
  return outcomes;
}

EntityLayer copy_entity_layer(const Analysis& analysis) {
  return {analysis.entities, analysis.mentions, analysis.quotes, analysis.cooccurrence};
}

void restore_entity_layer(Analysis& analysis, const EntityLayer& layer) {
  analysis.entities = layer.entities;
  analysis.mentions = layer.mentions;
  analysis.quotes = layer.quotes;
  analysis.cooccurrence = layer.cooccurrence;
}

// =========================================================================================================
// [SECTION] JSON form
// =========================================================================================================

void append_entity_edit_json(std::string& out, const EntityEdit& edit) {
  if (edit.kind == EntityEditKind::kMerge) {
    out += "{\"op\":\"merge\",\"from\":";
    append_json_string(out, edit.entity);
    out += ",\"into\":";
    append_json_string(out, edit.into);
  } else {
    out += "{\"op\":\"split\",\"entity\":";
    append_json_string(out, edit.entity);
    out += ",\"alias\":";
    append_json_string(out, edit.alias);
  }
  out += '}';
}

std::string entity_edits_json(const std::vector<EntityEdit>& edits) {
  std::string out = "[";
  for (std::size_t i = 0; i < edits.size(); ++i) {
    if (i) out += ',';
    append_entity_edit_json(out, edits[i]);
  }
  return out + "]";
}

namespace {
const std::string* string_member(const JsonValue& v, std::string_view key, std::string& error) {
  const JsonValue* m = v.find(key);
  if (m && m->is_string() && !m->string.empty()) return &m->string;
  error = "needs a non-empty string \"" + std::string(key) + "\"";
  return nullptr;
}
}  // namespace

std::optional<EntityEdit> parse_entity_edit(const JsonValue& value, std::string& error) {
  if (value.kind != JsonValue::Kind::kObject) {
    error = "an edit is a JSON object";
    return std::nullopt;
  }
  const JsonValue* op = value.find("op");
  if (op && op->is_string() && op->string == "merge") {
    const std::string* from = string_member(value, "from", error);
    const std::string* into = from ? string_member(value, "into", error) : nullptr;
    if (!into) return std::nullopt;
    return merge_edit(*from, *into);
  }
  if (op && op->is_string() && op->string == "split") {
    const std::string* entity = string_member(value, "entity", error);
    const std::string* alias = entity ? string_member(value, "alias", error) : nullptr;
    if (!alias) return std::nullopt;
    return split_edit(*entity, *alias);
  }
  error = "\"op\" must be \"merge\" or \"split\"";
  return std::nullopt;
}

std::optional<std::vector<EntityEdit>> parse_entity_edits(const JsonValue& value, std::string& error) {
  if (value.kind != JsonValue::Kind::kArray) {
    error = "edits are a JSON array";
    return std::nullopt;
  }
  std::vector<EntityEdit> edits;
  for (std::size_t i = 0; i < value.array.size(); ++i) {
    std::string why;
    auto edit = parse_entity_edit(value.array[i], why);
    if (!edit) {
      error = "edit " + std::to_string(i) + ": " + why;
      return std::nullopt;
    }
    edits.push_back(std::move(*edit));
  }
  return edits;
}

}  // namespace newslens::core
