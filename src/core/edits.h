// User corrections to the entity analysis, which is never perfect: merge one entity into another ("Xi" into
// "Xi Jinping"), or split an alias off an entity into an entity of its own ("the Chinese leader" off "Xi
// Jinping"). Edits name entities by canonical name and aliases by their text, never by index, so a saved list
// replays on a fresh analysis of the same or a changed corpus. In: an Analysis and edits, in order. Out: the
// same Analysis with entities, mentions, aliases, quote speakers and co-occurrence following the edits;
// entity indices change (a merged entity is removed), mention and quote indices never do.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "core/json.h"

namespace newslens::core {

enum class EntityEditKind : std::uint8_t { kMerge, kSplitAlias };

struct EntityEdit {
  EntityEditKind kind = EntityEditKind::kMerge;
  std::string entity;  // merge: the entity merged away ("Xi"); split: the entity losing an alias
  std::string into;    // merge: the entity that absorbs it ("Xi Jinping"); unused by split
  std::string alias;   // split: the alias text that becomes its own entity ("the Chinese leader")
  friend bool operator==(const EntityEdit&, const EntityEdit&) = default;
};

EntityEdit merge_edit(std::string from, std::string into);
EntityEdit split_edit(std::string entity, std::string alias);
std::string describe_edit(const EntityEdit& edit);  // "Xi → Xi Jinping", "the Chinese leader split off Xi Jinping"

// What one edit did: applied, or why it could not be (the names it could not find, quoted).
struct EditOutcome {
  bool applied = false;
  std::string message;
  std::optional<std::uint32_t> entity;  // the entity the edit produced or enlarged, when applied
};

// The entity called `name`: the one with that canonical name (the most mentioned if several types share it),
// else the only entity carrying it as an alias. Exact, case-sensitive text.
std::optional<std::uint32_t> find_entity(const Analysis& analysis, std::string_view name);

// Applies one edit. Co-occurrence is left stale: apply_entity_edits() refreshes it once for a whole list.
EditOutcome apply_entity_edit(Analysis& analysis, const EntityEdit& edit);
// Applies edits in order, then recomputes Analysis::cooccurrence as analyze() does (when any applied).
std::vector<EditOutcome> apply_entity_edits(Analysis& analysis, const std::vector<EntityEdit>& edits,
                                            const AnalyzeOptions& options = {});

// The parts of an analysis edits change, kept unedited so that undo is "restore, then replay the rest".
struct EntityLayer {
  std::vector<Entity> entities;
  std::vector<Mention> mentions;
  std::vector<Quote> quotes;
  std::vector<PairStat> cooccurrence;
};
EntityLayer copy_entity_layer(const Analysis& analysis);
void restore_entity_layer(Analysis& analysis, const EntityLayer& layer);

// JSON form, for browser storage and commands:
//   [{"op":"merge","from":"Xi","into":"Xi Jinping"}, {"op":"split","entity":"Xi Jinping","alias":"the Chinese leader"}]
void append_entity_edit_json(std::string& out, const EntityEdit& edit);
std::string entity_edits_json(const std::vector<EntityEdit>& edits);
// One edit from its JSON object; on failure, nullopt and `error` says which member is missing or wrong.
std::optional<EntityEdit> parse_entity_edit(const JsonValue& value, std::string& error);
// A whole list; all or nothing, `error` names the first bad element by index.
std::optional<std::vector<EntityEdit>> parse_entity_edits(const JsonValue& value, std::string& error);

}  // namespace newslens::core
