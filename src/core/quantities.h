// QuantityReader: the quantities stage (MONEY, PERCENT, NUMBER, DATE candidates) with its lexicon tables
// built once per analysis rather than once per document. In: the lexicons (number_words, currencies,
// months); then one segmented document at a time. Out: candidates as find_quantities (entities.h) gives.
#pragma once

#include <vector>

#include "core/entities.h"
#include "core/word_gate.h"

namespace newslens::core {

class QuantityReader {
 public:
  explicit QuantityReader(const Lexicons& lexicons);
  std::vector<EntityCandidate> read(const Document& doc, std::uint32_t doc_index, const DocText& text) const;

  // The tables the scanner reads (public for the scanner in quantities.cpp, not for callers).
  struct Tables {
    explicit Tables(const Lexicons& lexicons);
    SmallLexicon numbers, currencies, months;
    WordGate number_gate, month_gate;
    TrigramGate starters;       // first letters of every word that can open a quantity
    TrigramGate number_starts;  // ... a number in words ("ninety", "a million")
    TrigramGate date_starts;    // ... a date (months, weekdays, "last year", "yesterday")
  };

 private:
  Tables tables_;
};

}  // namespace newslens::core
