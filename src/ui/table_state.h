// What the table views (Entities, Quotes, Compare) keep in AppState: filters, sort order, grouping, the rows
// they show, and the user's entity edits with the unedited analysis they replay on. Rows are rebuilt when a
// filter, the sort or the analysis changes (`rows_for` != AppState::derived_generation), never per frame.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/edits.h"

namespace newslens::ui {

inline constexpr std::uint64_t kRowsStale = UINT64_MAX;

enum class EntityColumn : std::uint8_t { kName, kType, kMentions, kArticles, kAliases };
inline constexpr int kEntityColumnCount = 5;

struct EntityRow {
  std::uint32_t entity = 0;
  std::uint32_t mentions = 0;  // in included documents
  std::uint32_t articles = 0;  // included documents mentioning it
  std::string others;          // its aliases but its name, ", "-joined (built with the rows, not per frame)
};

struct EntityTableState {
  std::array<char, 128> filter{};        // case-insensitive, against the name and every alias
  std::uint32_t type_mask = 0xFF;        // bit (1 << EntityType) set = shown
  EntityColumn sort = EntityColumn::kMentions;
  bool descending = true;
  bool sort_to_table = false;            // a command changed the sort: the table header follows next frame
  std::array<char, 64> merge_filter{};   // the search box inside "Merge into..."
  std::string edit_message;              // why the last edit from the view did nothing; empty when it worked
  std::vector<EntityRow> rows;           // what the table shows, in order
  std::uint64_t rows_for = kRowsStale;
};

enum class QuoteGrouping : std::uint8_t { kNone, kSpeaker, kGroup };
enum class QuoteColumn : std::uint8_t { kSpeaker, kQuote, kKind, kCue, kArticle, kOutlets };
inline constexpr int kQuoteColumnCount = 6;

// A node of the grouped quote table: one speaker, or one quotation several articles carry.
struct QuoteNode {
  std::string label;                     // the speaker's name, or the group's longest wording
  std::vector<std::uint32_t> quotes;     // rows under it, in the table's order
  std::uint32_t outlets = 0;             // group nodes: distinct outlets among the included articles
  bool rest = false;                     // the node holding what no other node does (unattributed, single)
};

struct QuoteTableState {
  std::optional<std::string> speaker;    // nullopt: anyone; "": quotes nobody is reported as saying
  std::array<char, 128> text{};          // case-insensitive, against the quoted words
  std::uint32_t kind_mask = 0x0F;        // bit (1 << QuoteKind) set = shown
  QuoteGrouping grouping = QuoteGrouping::kNone;
  QuoteColumn sort = QuoteColumn::kArticle;
  bool descending = false;
  bool sort_to_table = false;            // a command changed the sort: the table header follows next frame
  std::vector<std::uint32_t> rows;       // quote indices the table shows, in order
  std::vector<QuoteNode> nodes;          // the same rows under speakers or groups (grouped modes)
  std::uint64_t rows_for = kRowsStale;
  // Row heights per quote at the column widths below (<0: not measured): rows out of sight are skipped with
  // their height alone, so 800 wrapped quotes cost what the dozen on screen cost.
  std::vector<float> heights;
  float quote_width = 0, speaker_width = 0;
};

struct CompareViewState {
  bool only_disagreements = false;
  // Row heights as last drawn, by (section, figure or group, report or quote); rows out of sight take them
  // (or an estimate) instead of laying out their text. Cleared when the width or the analysis changes.
  std::unordered_map<std::uint64_t, float> heights;
  float heights_width = 0;
  std::uint64_t heights_for = kRowsStale;
};

struct EntityEditsState {
  std::vector<core::EntityEdit> edits;      // in the order made; replayed after every analysis
  std::vector<core::EditOutcome> outcomes;  // parallel to edits, from the last replay
  core::EntityLayer unedited;               // the analysis's entity layer before any edit
};

}  // namespace newslens::ui
