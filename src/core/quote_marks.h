// Pairing of quotation marks into quoted spans, one pass over a document's tokens.
// In: the document text and its DocText (TokenKind::kQuote tokens). Out: QuoteSpan list in text order, each the
// words inside one pair of marks (trimmed, without a trailing , or . inside the marks), never crossing a
// paragraph unless the multi-paragraph convention applies (an unclosed quote continued by an opening mark at the
// start of the next paragraph). Apostrophes never open a quote; single marks nested in double ones are skipped.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/text.h"

namespace newslens::core {

inline constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;

struct QuoteSpan {
  Span inner;                            // the quoted words; byte offsets, half-open
  std::uint32_t open_token = 0;          // the opening mark, index into DocText::tokens
  std::uint32_t close_token = kNoToken;  // the closing mark; kNoToken when bounded by its paragraph's end
  std::uint32_t paragraph = 0;           // paragraph of the opening mark
  std::uint32_t last_paragraph = 0;      // paragraph of the closing mark (> paragraph for a continued quote)
};

std::vector<QuoteSpan> pair_quote_marks(std::string_view text, const DocText& doc);

}  // namespace newslens::core
