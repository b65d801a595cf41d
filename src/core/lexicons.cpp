#include "core/lexicons.h"

#include <algorithm>

namespace newslens::core {

namespace {
char fold_char(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
}  // namespace

std::string fold_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), fold_char);
  return out;
}

void FlatIndex::build(const StringMap<std::string>& map) {
  std::size_t capacity = 8;
  while (capacity < 2 * map.size()) capacity *= 2;
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  keys_.clear();
  values_.clear();
  values_.reserve(map.size());
  for (const auto& [key, value] : map) {
    const std::uint64_t h = StringHash{}(key);
    std::size_t i = (h >> 32) & mask_;
    while (slots_[i].value != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{static_cast<std::uint32_t>(h), static_cast<std::uint32_t>(keys_.size()),
                     static_cast<std::uint32_t>(key.size()), static_cast<std::uint32_t>(values_.size() + 1)};
    keys_ += key;
    values_.push_back(value);
  }
}

void WordList::finish() {
  exact_index_.build(exact_);
  folded_index_.build(folded_);
  finished_ = true;
}

const std::string* WordList::value_exact(std::string_view entry) const {
  if (finished_) return exact_index_.find(entry);
  const auto it = exact_.find(entry);
  return it == exact_.end() ? nullptr : &it->second;
}

void WordList::add(std::string_view entry, std::string_view value) {
  finished_ = false;
  exact_.emplace(std::string(entry), std::string(value));
  folded_.emplace(fold_ascii(entry), std::string(value));
  const int words = 1 + static_cast<int>(std::count(entry.begin(), entry.end(), ' '));
  max_words_ = std::max(max_words_, words);
}

namespace {

// Looks `entry` up lower-cased, folding into a buffer on the stack: no allocation for words of news text.
const std::string* find_folded(const StringMap<std::string>& folded, const FlatIndex* index, std::string_view entry) {
  const auto lookup = [&](std::string_view key) -> const std::string* {
    if (index) return index->find(key);
    const auto it = folded.find(key);
    return it == folded.end() ? nullptr : &it->second;
  };
  char buffer[128];
  if (entry.size() > sizeof buffer) return lookup(fold_ascii(entry));
  std::transform(entry.begin(), entry.end(), buffer, fold_char);
  return lookup(std::string_view(buffer, entry.size()));
}

}  // namespace

bool WordList::contains_folded(std::string_view entry) const {
  return find_folded(folded_, finished_ ? &folded_index_ : nullptr, entry) != nullptr;
}

const std::string* WordList::value_of(std::string_view entry) const {
  if (const std::string* v = value_exact(entry)) return v;
  return find_folded(folded_, finished_ ? &folded_index_ : nullptr, entry);
}

void Lexicons::load(std::string_view name, std::string_view bytes) {
  derived_.items.clear();
  WordList& list = lists_[std::string(name)];
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    std::size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    std::string_view line = bytes.substr(pos, eol - pos);
    pos = eol + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) list.add(line, {});
    else list.add(line.substr(0, tab), line.substr(tab + 1));
  }
  list.finish();
}

const WordList& Lexicons::list(std::string_view name) const {
  static const WordList kEmpty;
  const auto it = lists_.find(name);
  return it == lists_.end() ? kEmpty : it->second;
}

const std::string* Lexicons::blob(std::string_view name) const {
  const auto it = blobs_.find(name);
  return it == blobs_.end() ? nullptr : &it->second;
}

Lexicons load_lexicons(const std::vector<LexiconFile>& files) {
  Lexicons lexicons;
  for (const LexiconFile& f : files) lexicons.load(f.name, f.bytes);
  return lexicons;
}

}  // namespace newslens::core
