// Fast lexicon tests for the per-token loops (50 MB/s leaves no room for a std::unordered_map lookup per
// word): WordGate (first letter, length), ShapeGate (Bloom filter on first letters and length),
// TrigramGate (first three letters, one load), SmallLexicon (allocation-free case-insensitive lookup).
// In: WordLists; out: "may hold" answers (false = surely absent) or values. All are built once, then const.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
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

namespace newslens::core {

// SmallLexicon: a case-insensitive index over a small WordList (up to 128 entries), built without
// allocating: open addressing over string_views into the list's own entries. Lookups hash the word as
// they fold it, so a miss costs one pass over its bytes and usually no comparison.
class SmallLexicon {
 public:
  explicit SmallLexicon(const WordList& list) : list_(list), fallback_(list.size() > kCapacity / 2) {
    if (fallback_) return;
    for (const auto& entry : list.entries()) {
      std::size_t slot = hash(entry.first) & (kCapacity - 1);
      while (slots_[slot].value) {
        if (equal_folded(slots_[slot].key, entry.first)) break;  // "May" and "may": first one wins
        slot = (slot + 1) & (kCapacity - 1);
      }
      if (!slots_[slot].value) slots_[slot] = {entry.first, &entry.second};
    }
  }

  // The value of `w` (case-insensitive); nullptr when absent.
  const std::string* find(std::string_view w) const {
    if (fallback_) return list_.value_of(w);
    std::size_t slot = hash(w) & (kCapacity - 1);
    while (slots_[slot].value) {
      if (equal_folded(slots_[slot].key, w)) return slots_[slot].value;
      slot = (slot + 1) & (kCapacity - 1);
    }
    return nullptr;
  }

 private:
  static constexpr std::size_t kCapacity = 256;
  struct Slot {
    std::string_view key;
    const std::string* value = nullptr;
  };
  static char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
  static std::size_t hash(std::string_view s) {
    std::uint32_t h = 2166136261u;  // FNV-1a over folded bytes
    for (char c : s) h = (h ^ static_cast<unsigned char>(fold(c))) * 16777619u;
    return h;
  }
  static bool equal_folded(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (fold(a[i]) != fold(b[i])) return false;
    return true;
  }
  const WordList& list_;
  bool fallback_;
  Slot slots_[kCapacity];
};

}  // namespace newslens::core

namespace newslens::core {

// ShapeGate: a 4096-bit Bloom filter over (first three letters case-folded, length) of a set of words, cut
// at the first hyphen so "ninety-minute" is checked as "ninety". Cheaper than any hash lookup and precise
// enough that almost only real entries pass: "the" fails where "ten" and "two" are in the set.
class ShapeGate {
 public:
  void add(std::string_view w) {
    const unsigned h = shape(w), p = prefix(w);
    bits_[h >> 6] |= std::uint64_t{1} << (h & 63);
    prefixes_[p >> 6] |= std::uint64_t{1} << (p & 63);
  }
  void add_all(const WordList& list) {
    for (const auto& entry : list.entries()) add(entry.first);
  }
  bool may_hold(std::string_view w) const {
    // The two-letter prefix test is one load and rejects most words before the length scan.
    const unsigned p = prefix(w);
    if (!(prefixes_[p >> 6] & (std::uint64_t{1} << (p & 63)))) return false;
    const unsigned h = shape(w);
    return bits_[h >> 6] & (std::uint64_t{1} << (h & 63));
  }

 private:
  static unsigned letter(char c) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return static_cast<unsigned char>(c);
  }
  static unsigned shape(std::string_view w) {
    std::size_t len = 0;
    while (len < w.size() && len < 16 && w[len] != '-') ++len;
    unsigned h = static_cast<unsigned>(len) * 0x9E37u;
    for (std::size_t i = 0; i < 3 && i < len; ++i) h = (h ^ letter(w[i])) * 0x01000193u;
    return (h ^ (h >> 15)) & 4095u;
  }
  static unsigned prefix_letter(char c) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return c >= 'a' && c <= 'z' ? static_cast<unsigned>(c - 'a') : 26u;
  }
  static unsigned prefix(std::string_view w) {
    return w.empty() ? 0 : prefix_letter(w[0]) * 27 + (w.size() > 1 ? prefix_letter(w[1]) : 26u);
  }
  std::uint64_t bits_[4096 / 64] = {};
  std::uint64_t prefixes_[(27 * 27 + 63) / 64] = {};
};

// A ShapeGate over every entry of the named lexicon lists, built on first use and kept with the lexicons under
// `key` (Lexicons::derived). Fetch it once per stage or document, not per word.
inline const ShapeGate& lexicon_shape_gate(const Lexicons& lex, const std::string& key,
                                           std::span<const std::string_view> lists) {
  return lex.derived<ShapeGate>(key, [&] {
    auto gate = std::make_shared<ShapeGate>();
    for (std::string_view list : lists) gate->add_all(lex.list(list));
    return gate;
  });
}

}  // namespace newslens::core

namespace newslens::core {

// Byte -> 0..25 for a letter of either case, 26 for anything else: a table, so a token costs three loads.
struct LetterTable {
  unsigned char code[256];
  constexpr LetterTable() : code() {
    for (int c = 0; c < 256; ++c) code[c] = 26;
    for (int c = 0; c < 26; ++c) code['a' + c] = code['A' + c] = static_cast<unsigned char>(c);
  }
};
inline constexpr LetterTable kLetters{};

// TrigramGate: the first three letters (case-folded; anything else counts as one "other" letter) a set of
// words may start with, as a 27^3-bit table: one load per token. Of BBC words about one in ten passes for
// the quantity starters (number words, months, weekdays, relative dates), against four in ten for two letters.
class TrigramGate {
 public:
  void add(std::string_view w) {
    const unsigned i = index(w);
    bits_[i >> 6] |= std::uint64_t{1} << (i & 63);
  }
  void add_all(const WordList& list) {
    for (const auto& entry : list.entries()) add(entry.first);
  }
  bool may_hold(std::string_view w) const {
    const unsigned i = index(w);
    return bits_[i >> 6] & (std::uint64_t{1} << (i & 63));
  }

 private:
  static unsigned letter(std::string_view w, std::size_t i) {
    return i < w.size() ? kLetters.code[static_cast<unsigned char>(w[i])] : 26u;
  }
  static unsigned index(std::string_view w) {
    if (w.size() >= 3) {
      const auto* b = reinterpret_cast<const unsigned char*>(w.data());
      return (kLetters.code[b[0]] * 27u + kLetters.code[b[1]]) * 27u + kLetters.code[b[2]];
    }
    return (letter(w, 0) * 27 + letter(w, 1)) * 27 + letter(w, 2);
  }
  std::uint64_t bits_[(27 * 27 * 27 + 63) / 64] = {};
};

}  // namespace newslens::core

