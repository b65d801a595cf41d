// WordGate: a cheap test before hashing a word into a lexicon. In: a WordList; out: may_hold(word), false
// for words whose first letter or length no entry has. Most tokens of an article never reach the hash map,
// which the 50 MB/s budget needs (a lookup per word costs more than the whole tokenizer).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "core/lexicons.h"

namespace newslens::core {

class WordGate {
 public:
  explicit WordGate(const WordList& list) {
    for (const auto& entry : list.entries()) {
      if (entry.first.empty()) continue;
      letters_ |= bit(entry.first[0]);
      min_ = std::min(min_, entry.first.size());
      max_ = std::max(max_, entry.first.size());
    }
  }
  bool may_hold(std::string_view w) const {
    return !w.empty() && w.size() >= min_ && w.size() <= max_ && (letters_ & bit(w[0]));
  }

 private:
  static std::uint64_t bit(char c) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return c >= 'a' && c <= 'z' ? std::uint64_t{1} << (c - 'a') : std::uint64_t{1} << 63;
  }
  std::uint64_t letters_ = 0;
  std::size_t min_ = 1000, max_ = 0;
};

}  // namespace newslens::core
