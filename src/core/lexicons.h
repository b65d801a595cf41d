// Lexicons: word and phrase lists loaded from the bytes of data files under assets/lexicons/.
// File format: one entry per line, '#' starts a comment line, an optional TAB separates the entry from a
// value (a country's demonym, a title's role...). Entries are matched as given (case-sensitive) and through
// a lower-cased index. Core never opens files: callers hand in (name, bytes) pairs.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace newslens::core {

// String-keyed maps looked up by std::string_view without building a std::string per lookup (C++20
// heterogeneous lookup): lexicon lookups run once or more per token.
// The hash is our own, not std::hash: lexicon words are short, and eight bytes at a time with one multiply each
// costs a fraction of libstdc++'s general-purpose hash; it is also the same under libc++ (WebAssembly).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    const char* p = s.data();
    std::size_t n = s.size();
    for (; n >= 8; p += 8, n -= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      h = (h ^ w) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
    }
    if (n > 0) {
      std::uint64_t w = 0;
      for (std::size_t i = 0; i < n; ++i) w |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
      h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
    }
    h ^= h >> 29;
    h *= 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
};
template <class T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

// An open-addressing index over a map's entries, for the lookups run on every token: a power-of-two table
// probed linearly, each slot holding the key's hash, so a miss (most lookups) costs one or two slots and no
// division. It keeps its own copies of keys and values, so a copied WordList stays valid on its own.
class FlatIndex {
 public:
  void build(const StringMap<std::string>& map);
  const std::string* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const std::uint64_t h = StringHash{}(key);
    for (std::size_t i = (h >> 32) & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.value == 0) return nullptr;
      if (slot.hash == static_cast<std::uint32_t>(h) && slot.key_size == key.size() &&
          std::memcmp(keys_.data() + slot.key_at, key.data(), key.size()) == 0)
        return &values_[slot.value - 1];
    }
  }

 private:
  struct Slot {
    std::uint32_t hash = 0, key_at = 0, key_size = 0;
    std::uint32_t value = 0;  // index into values_ plus one; 0 for an empty slot
  };
  std::vector<Slot> slots_;
  std::string keys_;
  std::vector<std::string> values_;
  std::size_t mask_ = 0;
};

class WordList {
 public:
  void add(std::string_view entry, std::string_view value);
  // Builds the lookup indexes once every entry is added (Lexicons::load does).
  void finish();
  bool contains(std::string_view entry) const { return value_exact(entry) != nullptr; }
  bool contains_folded(std::string_view entry) const;
  // Value of an entry (exact first, then case-folded); nullptr when absent.
  const std::string* value_of(std::string_view entry) const;
  std::size_t size() const { return exact_.size(); }
  // Longest entry, in words, so phrase matchers know how far to look ahead.
  int max_words() const { return max_words_; }
  const StringMap<std::string>& entries() const { return exact_; }

 private:
  const std::string* value_exact(std::string_view entry) const;
  StringMap<std::string> exact_;
  StringMap<std::string> folded_;
  FlatIndex exact_index_, folded_index_;
  bool finished_ = false;
  int max_words_ = 0;
};

struct LexiconFile {
  std::string name;   // file name without extension: "abbreviations", "countries", ...
  std::string bytes;
};

class Lexicons {
 public:
  void load(std::string_view name, std::string_view bytes);
  // The list called `name`; an empty list when no such file was loaded.
  const WordList& list(std::string_view name) const;
  bool has(std::string_view name) const { return lists_.find(name) != lists_.end(); }

  // Binary data files (assets/models/*: the NER weights), kept as bytes; nullptr when none was loaded.
  void load_blob(std::string_view name, std::string_view bytes) {
    blobs_[std::string(name)] = std::string(bytes);
    derived_.items.clear();
  }
  const std::string* blob(std::string_view name) const;

  // Structures a stage derives once from these lexicons (a parsed model, a gazetteer index), built on first
  // use by `build` and kept with the lexicons so every document reuses them. Not thread-safe.
  // Loading more data drops them; a copy starts without them (they may point into the original's strings).
  template <class T, class Build>
  const T& derived(const std::string& key, Build build) const {
    auto it = derived_.items.find(key);
    if (it == derived_.items.end()) it = derived_.items.emplace(key, std::shared_ptr<const void>(build())).first;
    return *static_cast<const T*>(it->second.get());
  }

 private:
  StringMap<WordList> lists_;
  StringMap<std::string> blobs_;
  struct DerivedCache {
    std::unordered_map<std::string, std::shared_ptr<const void>> items;
    DerivedCache() = default;
    DerivedCache(const DerivedCache&) {}
    DerivedCache& operator=(const DerivedCache&) {
      items.clear();
      return *this;
    }
    DerivedCache(DerivedCache&&) = default;
    DerivedCache& operator=(DerivedCache&&) = default;
  };
  mutable DerivedCache derived_;
};

Lexicons load_lexicons(const std::vector<LexiconFile>& files);

// The lists that name places (countries.txt, places.txt, regions.txt), asked as one: aliases and entities both
// ask whether a name is a listed place.
class PlaceLists {
 public:
  explicit PlaceLists(const Lexicons& lex)
      : lists_{&lex.list("countries"), &lex.list("places"), &lex.list("regions")} {}
  bool contains(std::string_view name) const {
    for (const WordList* list : lists_)
      if (list->contains(name)) return true;
    return false;
  }

 private:
  const WordList* lists_[3];
};

// ASCII lower-casing; bytes >= 0x80 are kept as they are (enough for case-folded lookups of news names).
std::string fold_ascii(std::string_view s);

// Whether `w` is one of the lower-case `words`, in lower case or capitalised ("The", "the"). No allocation.
template <std::size_t N>
bool one_of_any_case(std::string_view w, const std::string_view (&words)[N]) {
  for (std::string_view d : words)
    if (!w.empty() && w.size() == d.size() && (w[0] | 0x20) == d[0] && w.substr(1) == d.substr(1)) return true;
  return false;
}

}  // namespace newslens::core
