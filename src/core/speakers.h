// Speaker attribution for one quoted span: finds the reporting cue and the words naming the speaker (a name,
// a role such as "the Russian leader", an organisation such as "the Kremlin" or a pronoun), from the tokens
// around the quotation marks, independent of named-entity recognition.
// In: text, DocText, the quote's marks and a mask of tokens inside quotes. Out: an Attribution of byte spans.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/lexicons.h"
#include "core/quote_marks.h"

namespace newslens::core {

enum class MentionKind : std::uint8_t { kName, kRole, kPronoun };

struct Attribution {
  std::optional<Span> mention;  // the speaker's words
  std::optional<Span> cue;      // the reporting word or phrase
  MentionKind kind = MentionKind::kName;
};

struct SpeakerContext {
  std::string_view text;
  const DocText& doc;
  const WordList& cues;      // reporting_verbs
  const WordList& pronouns;  // pronouns
  const WordList& roles;     // speaker_roles
  const WordList& abbreviations;
  const std::vector<std::uint8_t>& in_quote;  // per token: 1 when inside a quotation (its cues do not count)
};

// The attribution written next to the quote: after it ("...," Putin said), before it (Xi hailed his "..."),
// or by "according to". Empty when the sentence names no speaker.
Attribution attribute_quote(const SpeakerContext& ctx, const QuoteSpan& quote);

// The attribution of a sentence with no quotation ("Putin told Xi that ..."), for a quote paragraph that follows.
Attribution attribute_sentence(const SpeakerContext& ctx, std::uint32_t sentence);

MentionKind classify_mention(const SpeakerContext& ctx, Span mention);

}  // namespace newslens::core
