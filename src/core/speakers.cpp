#include "core/speakers.h"

#include <array>

namespace newslens::core {

namespace {

constexpr std::uint32_t kMaxNameWords = 8;
constexpr std::uint32_t kMaxAppositive = 32;  // "Alexander Gabuev, director of the Carnegie Russia Eurasia Center,"

// Function words that end a speaker's words: "Lavrov told Wang that Putin ...", "which Xi noted".
// Capitalised, they open a sentence and no name: BBC "However Nasdaq ...", "His Dark Materials", "Speaking on
// Radio 4, ..." were speakers of 69, 26 and 39 quotes.
constexpr std::array<std::string_view, 57> kStopWords = {
    "that", "and", "or", "but", "as", "when", "while", "because", "if", "where", "after", "before", "to", "in",
    "on", "at", "by", "for", "with", "from", "whom", "who", "which", "than", "of", "about", "into", "over",
    "since", "during", "so", "then", "what", "how", "why", "not", "also", "whose", "though", "although",
    "however", "meanwhile", "earlier", "some", "his", "her", "their", "its", "this", "these", "those",
    "speaking", "talking", "asked", "despite", "here", "there"};

// Auxiliaries and adverbs between a speaker and the cue: "he further noted", "Trump has repeatedly said".
constexpr std::array<std::string_view, 36> kSkipWords = {
    "has", "have", "had", "was", "is", "were", "are", "would", "will", "could", "can", "may", "might", "did",
    "does", "do", "also", "further", "later", "then", "again", "once", "previously", "recently", "similarly",
    "often", "just", "already", "still", "even", "been", "never", "next", "later", "first", "last"};

constexpr std::array<std::string_view, 26> kTimeWords = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today",
    "tonight", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "morning", "evening", "week", "night"};

// Lower-case words that modify a role noun: "a senior official", "the former secretary of state".
constexpr std::array<std::string_view, 16> kModifiers = {
    "senior", "former", "top", "state", "foreign", "national", "chief", "press", "campaign", "white",
    "deputy", "vice", "news", "retired", "local", "federal"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& set, std::string_view w) {
  for (std::string_view s : set)
    if (s == w) return true;
  return false;
}

class Tokens {
 public:
  explicit Tokens(const SpeakerContext& ctx) : ctx_(ctx), toks_(ctx.doc.tokens) {}
  std::uint32_t size() const { return static_cast<std::uint32_t>(toks_.size()); }
  const Token& at(std::uint32_t i) const { return toks_[i]; }
  std::string_view word(std::uint32_t i) const { return ctx_.text.substr(toks_[i].start, toks_[i].end - toks_[i].start); }
  bool is_word(std::uint32_t i) const { return toks_[i].kind == TokenKind::kWord; }
  bool lower(std::uint32_t i) const { return is_word(i) && !(toks_[i].flags & kCapitalized); }
  bool punct(std::uint32_t i, std::string_view p) const {
    return toks_[i].kind == TokenKind::kPunct && word(i) == p;
  }
  bool quoted(std::uint32_t i) const { return ctx_.in_quote[i] != 0; }
  // Lower case, or opening its sentence: PolNeAR breitbart "Said Dorothy Poynter, who grew up with Ali, “...”".
  bool cue(std::uint32_t i) const {
    if (!is_word(i) || quoted(i)) return false;
    const std::string_view w = word(i);
    if (!lower(i)) {
      if (!(toks_[i].flags & kSentenceStart) || w.size() >= 16) return false;
      std::array<char, 16> folded{};
      for (std::size_t k = 0; k < w.size(); ++k) folded[k] = static_cast<char>(w[k] | 0x20);
      // "According to Limbaugh, “...”" (PolNeAR west-journal) opens its sentence as the lower-case cue does.
      if (w == "According") return i + 1 < size() && word(i + 1) == "to";
      return ctx_.cues.contains(std::string_view(folded.data(), w.size()));
    }
    // "As Steven M. Rosenthal, a tax lawyer ..., recently put it, ''...''" (PolNeAR nyt).
    if ((w == "put" || w == "puts") && i + 2 < size() && word(i + 1) == "it" && punct(i + 2, ",")) return true;
    // "''The stock hasn't done well,'' Mr. Rubel pointed out" (PolNeAR nyt).
    if ((w == "pointed" || w == "points") && i + 1 < size() && word(i + 1) == "out") return true;
    if (!ctx_.cues.contains(w)) return false;
    if (w == "according") return i + 1 < size() && word(i + 1) == "to";
    // After an article or a possessive, a cue word is a noun: PolNeAR usa-today "The answers to veteran
    // suicides are ..." made "The" the speaker.
    return !(i > 0 && is_word(i - 1) && noun_before(word(i - 1)));
  }
  // Whether the lower-case words ending before token `end` are a role noun (speaker_roles.txt) and a phrase of
  // "of" or "for" after it: "a lawyer for the victims", "the head of the agency".
  bool role_with_complement(std::uint32_t end, std::uint32_t floor) const {
    bool preposition = false;
    for (std::uint32_t k = end; k > floor && k + 6 > end; --k) {
      if (!is_word(k - 1)) return false;
      const std::string_view w = word(k - 1);
      if (w == "of" || w == "for") preposition = true;
      else if (preposition && lower(k - 1) && ctx_.roles.contains(w)) return true;
    }
    return false;
  }
  // The role noun (speaker_roles.txt) ending up to four words from token `j` right before a capitalised name:
  // "race director" in BBC "said race director Matthew Turnbull", "voter" in PolNeAR "said undecided Republican
  // voter Stephanie Hooton". The words before the role are lower-case modifiers or capitalised ones. `j` when
  // there is none.
  std::uint32_t role_before_name(std::uint32_t j, std::uint32_t end) const {
    for (std::uint32_t k = j; k < end && k < j + 4; ++k) {
      if (!is_word(k) || quoted(k) || pronoun(k) || (lower(k) && (stop(k) || skip(k) || cue(k)))) return j;
      if (k > j && lower(k - 1) && ctx_.roles.contains(word(k - 1)) && capitalised_name_word(k)) return k - 1;
    }
    return j;
  }
  // A cue whose object is who was spoken to, never who spoke: "A senior source at the club told the BBC: ...".
  bool addressee_after(std::uint32_t c) const {
    const std::string_view w = word(c);
    return w == "told" || w == "tell" || w == "tells" || w == "telling";
  }
  // An article or a possessive determiner, in either case.
  static bool noun_before(std::string_view w) {
    static constexpr std::string_view kDeterminers[] = {"the", "a",  "an",  "his",   "her",   "their",
                                                        "its", "our", "my", "your", "these", "those"};
    return one_of_any_case(w, kDeterminers);
  }
  // "The", "A", "An": a capitalised article, no name by itself.
  bool capitalised_article(std::uint32_t i) const {
    const std::string_view w = word(i);
    return w == "The" || w == "A" || w == "An";
  }
  bool skip(std::uint32_t i) const {
    if (!lower(i)) return false;
    const std::string_view w = word(i);
    return in(kSkipWords, w) || (w.size() > 4 && w.substr(w.size() - 2) == "ly");
  }
  // "said one New Hampshire Democrat", "another fraternity brother, Stuart Oltchick, recalled".
  bool determiner(std::uint32_t i) const {
    if (!lower(i)) return false;
    const std::string_view w = word(i);
    return w == "the" || w == "a" || w == "an" || w == "one" || w == "another" || w == "some" || w == "two" ||
           w == "several" || w == "many";
  }
  bool stop(std::uint32_t i) const { return lower(i) && in(kStopWords, word(i)); }
  // "according" or, opening its sentence, "According" (before "to").
  bool according(std::uint32_t i) const {
    const std::string_view w = word(i);
    return w == "according" || (w == "According" && (toks_[i].flags & kSentenceStart));
  }
  bool possessive_determiner(std::uint32_t i) const {
    if (!lower(i)) return false;
    const std::string_view w = word(i);
    return w == "his" || w == "her" || w == "their" || w == "its" || w == "our";
  }
  bool pronoun(std::uint32_t i) const {
    if (!is_word(i)) return false;
    const std::string_view w = word(i);
    return w.size() <= 4 && ctx_.pronouns.contains_folded(w);
  }
  // Not "May" the surname, after a first name or before a cue: BBC "Theresa May, shadow secretary for the
  // family, told", "May said:". Days keep their sense after a name: PolNeAR "Pence Thursday told".
  bool time_word(std::uint32_t i) const {
    if (!is_word(i) || !in(kTimeWords, word(i))) return false;
    if (word(i) != "May") return true;
    if (cue_after(i)) return false;
    if (i == 0 || !is_word(i - 1) || lower(i - 1) || pronoun(i - 1) || in(kTimeWords, word(i - 1))) return true;
    return function_word_kind(word(i - 1)) != kNotFunctionWord;
  }
  // A cue verb right after token i: "May said".
  bool cue_after(std::uint32_t i) const { return i + 1 < size() && lower(i + 1) && ctx_.cues.contains(word(i + 1)); }
  // Which function words a word is, in any case: a stop word ("In", "Which") or a skip word ("May", "Will").
  enum FunctionWordKind { kNotFunctionWord, kStopWord, kSkipWord };
  static FunctionWordKind function_word_kind(std::string_view w) {
    std::array<char, 12> folded{};
    if (w.size() >= folded.size()) return kNotFunctionWord;
    for (std::size_t k = 0; k < w.size(); ++k) folded[k] = static_cast<char>(w[k] | 0x20);
    const std::string_view f(folded.data(), w.size());
    return in(kStopWords, f) ? kStopWord : in(kSkipWords, f) ? kSkipWord : kNotFunctionWord;
  }
  // A period that belongs to an abbreviation ("Mr. Trump"), not to the sentence.
  // A ’ glued to a word ending in s: "Jeff Weaver, Sanders’ campaign manager, said", not a quotation mark.
  bool plural_possessive(std::uint32_t i) const {
    if (toks_[i].kind != TokenKind::kQuote || i == 0 || toks_[i - 1].end != toks_[i].start || !is_word(i - 1))
      return false;
    const std::string_view w = word(i - 1);
    return (w.back() == 's' || w.back() == 'S') && (i + 1 >= size() || toks_[i + 1].start > toks_[i].end);
  }
  // Initials too: NYT "Leonard E. Burman, director of ...".
  bool abbreviation_dot(std::uint32_t i) const {
    if (!punct(i, ".") || i == 0 || toks_[i - 1].end != toks_[i].start || !is_word(i - 1)) return false;
    const std::string_view w = word(i - 1);
    // A period before a comma ends no sentence: "Sen. Ron Johnson, R-Wis., said".
    if (i + 1 < size() && punct(i + 1, ",")) return true;
    // Not a state ("Fla."): its period ends a sentence as any word's does (abbreviations.txt "word").
    const std::string* kind = ctx_.abbreviations.value_of(w);
    // An initial's period ("George W. Bush"), not the end of capitals joined by an ampersand ("said M&S.").
    const bool initial = w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z' &&
                         !(i >= 2 && punct(i - 2, "&") && toks_[i - 2].end == toks_[i - 1].start);
    return (kind && *kind != "word" && ctx_.abbreviations.contains(w)) || initial;
  }
  // A bracketed party and state after a name: "Rep. Gwen Moore (D-Wis.) said". Returns the token after ")"
  // for "(" at i, or i when there is none within reach.
  std::uint32_t skip_brackets(std::uint32_t i, std::uint32_t end) const {
    if (!punct(i, "(")) return i;
    for (std::uint32_t j = i + 1; j < end && j < i + 8; ++j)
      if (punct(j, ")")) return j + 1;
    return i;
  }
  std::uint32_t skip_brackets_back(std::uint32_t k, std::uint32_t floor) const {
    if (k <= floor || !punct(k - 1, ")")) return k;
    for (std::uint32_t j = k - 1; j > floor && j + 8 > k; --j)
      if (punct(j - 1, "(")) return j - 1;
    return k;
  }
  // A capitalised word that can be part of a person's name: "Josh", "Earnest"; not "He".
  bool capitalised_name_word(std::uint32_t k) const {
    return is_word(k) && (toks_[k].flags & kCapitalized) && name_part(k) && !pronoun(k);
  }
  // The token after up to three lower-case words that start at j and are followed by a capitalised name: the
  // words of a role between a name modifying it and the person's name ("minority leader" in "Senate minority
  // leader Harry Reid"). j when there is no such run. A word that reads as a verb ends the run: "Trump
  // attacked Clinton", "Silverman heckles Sanders".
  std::uint32_t role_bridge(std::uint32_t j, std::uint32_t end) const {
    const auto verb_like = [&](std::uint32_t k) {
      const std::string_view w = word(k);
      return w.ends_with("ed") || w.ends_with("ing") || (w.ends_with("s") && !w.ends_with("ss"));
    };
    std::uint32_t k = j;
    while (k < end && k - j < 3 && lower(k) && !stop(k) && !skip(k) && !cue(k) && !pronoun(k) && !quoted(k) &&
           !verb_like(k))
      ++k;
    if (k == j || k >= end || !capitalised_name_word(k) || capitalised_article(k) || time_word(k))
      return j;
    return k;
  }
  // Terminal punctuation: the attribution never reaches over it.
  bool boundary(std::uint32_t i) const {
    if (toks_[i].kind == TokenKind::kQuote) return !plural_possessive(i);
    if (toks_[i].kind != TokenKind::kPunct) return false;
    const std::string_view w = word(i);
    return (w == "." && !abbreviation_dot(i)) || w == "!" || w == "?" || w == ";" || w == ":";
  }
  // Can token i be part of the words naming a speaker?
  // Lower-case words inside a speaker's words are roles and their modifiers ("the Chinese leader", "a senior
  // official"); any other lower-case word ("meets", "volumes") ends them. Capitalised function words end a
  // title-case headline's name: 004 "Russian President Putin In China To Meet".
  bool name_part(std::uint32_t i) const {
    if (quoted(i)) return false;
    // An age standing for a person, as a role (speaker_roles.txt "year-old"): BBC "said the 23-year-old",
    // "admitted the 28-year-old Morientes". The tokenizer gives "23", "-", "year-old".
    if (toks_[i].kind == TokenKind::kNumber)
      return i + 2 < size() && punct(i + 1, "-") && word(i + 2) == "year-old";
    if (punct(i, "-"))
      return i > 0 && toks_[i - 1].kind == TokenKind::kNumber && i + 1 < size() && word(i + 1) == "year-old";
    // An ampersand joining capitals without spaces: BBC "said M&S" had named "M".
    if (punct(i, "&"))
      return i > 0 && i + 1 < size() && toks_[i - 1].end == toks_[i].start && toks_[i + 1].start == toks_[i].end &&
             (toks_[i - 1].flags & kCapitalized) && (toks_[i + 1].flags & kCapitalized);
    if (toks_[i].kind != TokenKind::kWord) return abbreviation_dot(i) || plural_possessive(i);
    if (toks_[i].flags & kPossessive) return true;
    const std::string_view w = word(i);
    if (lower(i)) {
      return determiner(i) || ctx_.roles.contains(w) || in(kModifiers, w);
    }
    if (time_word(i)) return false;
    // A capitalised auxiliary inside a sentence is a name: BBC "Labour MSP Christine May had said", "Will".
    // Before its verb it is a name too: BBC "May said:".
    const FunctionWordKind kind = function_word_kind(w);
    return kind != kStopWord && !(kind == kSkipWord && (toks_[i].flags & kSentenceStart) && !cue_after(i));
  }
  Span span(std::uint32_t first, std::uint32_t last_exclusive) const {
    return {toks_[first].start, toks_[last_exclusive - 1].end};
  }

 private:
  const SpeakerContext& ctx_;
  const std::vector<Token>& toks_;
};

// The speaker's words starting at token i: "the Chinese leader", "Alexander Gabuev", "he".
std::optional<Span> name_forward(const Tokens& t, std::uint32_t i, std::uint32_t end) {
  if (i >= end) return std::nullopt;
  if (t.pronoun(i)) return t.span(i, i + 1);
  std::uint32_t j = i;
  std::uint32_t last = i;  // one past the last name word
  // After a determiner any adjective belongs: "a prominent Republican National Committee member".
  const bool determined = t.determiner(i);
  while (j < end && j - i < kMaxNameWords + 6) {
    const std::uint32_t skipped = j > i ? t.skip_brackets(j, end) : j;
    if (skipped != j) { j = skipped; continue; }
    const bool adjective = determined && j > i && t.lower(j) && !t.stop(j) && !t.skip(j) && !t.cue(j);
    if (!(t.name_part(j) || adjective) || (j > i && t.pronoun(j))) {
      // A name, the words of a role no list holds, and the person's name: PolNeAR "Senate minority leader
      // Harry Reid", "Virginia delegate Beau Correll", "Clinton's top foreign policy aide Jake Sullivan".
      // After a name or a role's modifier ("former presidential candidate Herman Cain"), not after an article
      // alone: BBC "The new Indian government".
      bool named = t.lower(i) && in(kModifiers, t.word(i));
      // An age before a role: BBC "said 20-year-old politics student Nick Vaughan".
      for (std::uint32_t k = i; k < j; ++k)
        named |= (t.is_word(k) && (t.at(k).flags & kCapitalized) && !t.capitalised_article(k)) ||
                 t.word(k) == "year-old";
      if (const std::uint32_t name = t.role_bridge(j, end); named && name != j) { j = last = name; continue; }
      break;
    }
    last = ++j;
  }
  // A role and the person's name set off by commas: "the White House spokesman, Josh Earnest,", "another
  // fraternity brother, Stuart Oltchick, recalled". The name is who spoke.
  if (last > i + 1 && last < end && t.lower(last - 1) && t.punct(last, ",")) {
    std::uint32_t k = last + 1;
    while (k < end && k - last <= 4 && t.capitalised_name_word(k)) ++k;
    if (k > last + 1 && (k >= end || t.punct(k, ",") || t.boundary(k) || t.cue(k))) last = k;
  }
  // Determiners alone name nobody: BBC "..., said the" before a line break of the tokenizer's making, nor
  // a capitalised one opening the next sentence (BBC "... ,\" Mr Chidambaram said. \"...\" The new Indian
  // government, led by ..." made "The" a speaker, read as its index word "The Aviator").
  while (last > i && t.determiner(last - 1)) --last;
  if (last == i + 1 && t.capitalised_article(i)) return std::nullopt;
  if (last == i) return std::nullopt;
  return t.span(i, last);
}

// The speaker's words ending right before token i (exclusive), reading backwards: "Putin similarly called".
std::optional<Span> name_backward(const Tokens& t, std::uint32_t i, std::uint32_t floor) {
  std::uint32_t k = t.skip_brackets_back(i, floor);
  // Auxiliaries, adverbs and time phrases between the subject and its verb: "Xi Jinping on Wednesday hailed".
  while (k > floor) {
    if (t.skip(k - 1)) { --k; continue; }
    if (t.time_word(k - 1)) {
      --k;
      if (k > floor && t.is_word(k - 1) && (t.word(k - 1) == "on" || t.word(k - 1) == "this" ||
                                              t.word(k - 1) == "last" || t.word(k - 1) == "in")) --k;
      continue;
    }
    break;
  }
  // An appositive between commas: "Russia, which has long maintained friendly relations ..., has urged".
  if (k > floor && t.punct(k - 1, ",")) {
    std::uint32_t c = k - 1;
    std::uint32_t steps = 0;
    while (c > floor && steps < kMaxAppositive && !t.punct(c - 1, ",") && !t.boundary(c - 1)) { --c; ++steps; }
    if (c > floor + 1 && t.punct(c - 1, ",") && t.is_word(c - 2)) {
      // The appositive is the name, after a role: PolNeAR "her senior policy adviser, Jake Sullivan, said".
      bool name = c + 1 < k && k - 1 - c <= 4;
      for (std::uint32_t n = c; name && n + 1 < k; ++n)
        name = t.capitalised_name_word(n);
      // A role noun before it (speaker_roles.txt), not any noun: "outside of the state capital, Sacramento, said".
      if (name && t.lower(c - 2) && t.name_part(c - 2) && !t.determiner(c - 2)) return t.span(c, k - 1);
      // Or a role with what it is of or for: BBC "A lawyer for the victims, Eduardo Contreras, told Reuters".
      if (name && t.role_with_complement(c - 1, floor)) return t.span(c, k - 1);
      k = c - 1;
    } else {
      return std::nullopt;
    }
  }
  // A relative clause names its antecedent: 004 "Xi and Putin, who have described each other as ...".
  // Without the comma after a name too: BBC "backed by Culture, Media and Sport Secretary Tessa Jowell who said:".
  if (k > floor + 2 && t.lower(k - 1) && (t.word(k - 1) == "who" || t.word(k - 1) == "whom")) {
    if (t.punct(k - 2, ",")) k -= 2;
    else if (t.capitalised_name_word(k - 2)) k -= 1;
  }
  if (k > floor && t.pronoun(k - 1)) return t.span(k - 1, k);
  k = t.skip_brackets_back(k, floor);
  std::uint32_t j = k;
  while (j > floor && k - j < kMaxNameWords && t.name_part(j - 1) && !t.pronoun(j - 1)) --j;
  if (j == k) return std::nullopt;
  // A name "of" a place or a body runs on back to its head: PolNeAR "Rep. Tom Cole of Oklahoma, an ally of GOP
  // leadership, said" (Oklahoma had been the speaker), "Secretary of State John Kerry", "the Bank of England".
  if (j > floor + 1 && t.lower(j - 1) && t.word(j - 1) == "of" && t.capitalised_name_word(j - 2)) {
    std::uint32_t head = j - 1;
    while (head > floor && k - head < kMaxNameWords && t.name_part(head - 1) && !t.pronoun(head - 1)) --head;
    if (head < j - 1) j = head;
  }
  return t.span(j, k);
}

// Extends a cue over its phrase: "was quoted as saying", "according to", "put it".
Span cue_phrase(const Tokens& t, std::uint32_t c) {
  std::uint32_t first = c, last = c + 1;
  const std::string_view w = t.word(c);
  if ((t.according(c) || w == "put" || w == "puts") && last < t.size()) ++last;
  if (w == "quoted") {
    if (first > 0 && (t.word(first - 1) == "was" || t.word(first - 1) == "were")) --first;
    if (last + 1 < t.size() && t.word(last) == "as" && t.word(last + 1) == "saying") last += 2;
  }
  return t.span(first, last);
}

// "Q, [speaker] [appositive] cue" or "Q, cue speaker" from token i on.
Attribution after_quote(const Tokens& t, std::uint32_t i, std::uint32_t end, bool later) {
  Attribution a;
  // A dash and a name after the quote, no verb: huff-post latinos "“...” ― Adriana Rodarte".
  if (i < end && !later &&
      (t.punct(i, "\xE2\x80\x95") || t.punct(i, "\xE2\x80\x94") || t.punct(i, "\xE2\x80\x93")) &&
      i + 1 < end && (t.at(i + 1).flags & kCapitalized)) {
    a.mention = name_forward(t, i + 1, end);
    if (a.mention) return a;
  }
  // Commas, dashes and a stray third mark glued to the close: NYT "'Fox and Friends,''' said Tommy Vietor".
  while (i < end && (t.punct(i, ",") || t.punct(i, "\xE2\x80\x94") || t.punct(i, "-") ||
                     (t.at(i).kind == TokenKind::kQuote && i > 0 && t.at(i).start == t.at(i - 1).end)))
    ++i;
  std::uint32_t limit = later ? end : std::min(end, i + kMaxNameWords + kMaxAppositive);
  for (std::uint32_t c = i; c < limit; ++c) {
    if (const std::uint32_t past = t.skip_brackets(c, end); past != c) { c = past - 1; continue; }
    if (t.boundary(c)) break;
    if (!t.cue(c)) continue;
    a.cue = cue_phrase(t, c);
    std::uint32_t after = c + 1;
    while (after < end && t.at(after).start < a.cue->end) ++after;
    if (t.according(c)) {
      a.mention = name_forward(t, after, end);
      return a;
    }
    // Inversion right after the quote ("said Xi"); else the subject before the cue, read forward so that
    // "Bjorn Alexander Duben of China’s Jilin University told AFP" names Duben, not the university; then
    // inversion after a comma (003 "“Truly impressive” volumes, commented Putin"); then backward for
    // "a “success story” of China, Putin said".
    const bool inverted = after < end && (t.at(after).flags & kCapitalized) && !t.pronoun(after) && !t.addressee_after(c);
    // "said former Vermont governor Howard Dean (D)", "said an Iowa Democrat".
    if (c == i && after < end && (inverted || t.name_part(after))) a.mention = name_forward(t, after, end);
    // A possessive before the role: BBC "said his coach Peter Stanley", "said her lawyer".
    if (!a.mention && c == i && after + 1 < end && t.possessive_determiner(after) && t.name_part(after + 1))
      a.mention = name_forward(t, after + 1, end);
    // A role of several lower-case words: BBC "said race director Matthew Turnbull".
    if (!a.mention && c == i && after < end && t.lower(after))
      if (const std::uint32_t role = t.role_before_name(after, end); role != after)
        a.mention = name_forward(t, role, end);
    // A date or a number before the role: PolNeAR "said 9/11 widow Terry Strada".
    if (!a.mention && c == i && after < end && t.at(after).kind == TokenKind::kNumber) {
      std::uint32_t role = after;
      while (role < end && role < after + 4 && (t.at(role).kind == TokenKind::kNumber || t.punct(role, "/")))
        ++role;
      if (role < end && t.lower(role) && t.name_part(role)) a.mention = name_forward(t, role, end);
    }
    if (!a.mention && c > i) a.mention = name_forward(t, i, c);
    if (!a.mention && c > i && t.punct(c - 1, ",") && inverted) a.mention = name_forward(t, after, end);
    if (!a.mention && c > i) a.mention = name_backward(t, c, i);
    if (!a.mention && after < end && t.is_word(after) && (t.word(after) == "the" || t.pronoun(after)) &&
        !t.addressee_after(c))
      a.mention = name_forward(t, after, end);
    return a;
  }
  return a;
}

// The subject of the sentence a participle cue hangs from: PolNeAR breitbart "Flea shared the news, writing
// “...”", "Mr. Obama ended the speech, saying “...”". An opening phrase set off by its comma ("On Monday,
// Trump ...") is passed over.
// When the sentence already names its speaker with a finite cue, the participle shares it: 003 "“...“, the
// Russian leader said, adding that “I hope ...”" is Putin's, not "The attack"'s.
std::optional<Span> participle_subject(const Tokens& t, std::uint32_t cue, std::uint32_t floor) {
  for (std::uint32_t c = cue; c > floor; --c) {
    if (!t.cue(c - 1) || t.according(c - 1)) continue;
    if (auto m = name_backward(t, c - 1, floor)) return m;
    if (auto m = name_forward(t, c, cue)) return m;
    // A cue naming nobody ("when questioned after the debate, asserting, ''...''", PolNeAR nyt): the
    // sentence's subject, as below.
    break;
  }
  // A capitalised article opening the sentence is no name by itself ("The attack on a hospital ...").
  const auto named = [&](std::uint32_t i) -> std::optional<Span> {
    auto m = name_forward(t, i, cue);
    if (m && m->size() <= 3 && t.capitalised_article(i)) return std::nullopt;
    return m;
  };
  if (auto m = named(floor)) return m;
  std::uint32_t i = floor;
  while (i < cue && !t.punct(i, ",") && !t.quoted(i)) ++i;
  if (i + 1 >= cue || !t.punct(i, ",")) return std::nullopt;
  return named(i + 1);
}

bool participle_after_comma(const Tokens& t, std::uint32_t cue) {
  const std::string_view w = t.word(cue);
  return cue > 0 && t.punct(cue - 1, ",") && w.size() > 4 && w.substr(w.size() - 3) == "ing";
}

// "speaker cue ... Q": the nearest cue before the quote in its sentence.
Attribution before_quote(const Tokens& t, std::uint32_t open, std::uint32_t floor) {
  Attribution a;
  for (std::uint32_t c = open; c > floor; --c) {
    if (!t.cue(c - 1)) continue;
    const std::uint32_t cue = c - 1;
    a.cue = cue_phrase(t, cue);
    if (t.according(cue)) {
      a.mention = name_forward(t, cue + 2, open);
      return a;
    }
    if (participle_after_comma(t, cue) && cue > floor + 1) a.mention = participle_subject(t, cue - 1, floor);
    if (!a.mention) a.mention = name_backward(t, cue, floor);
    // "said Putin: ...", not a participle's object: BBC "cases alleging a breach of the Convention ... should be
    // "...""", "urging people who feel "..."".
    if (!a.mention && !t.addressee_after(cue) && !t.word(cue).ends_with("ing")) {
      std::uint32_t after = cue + 1;
      while (after < open && t.at(after).start < a.cue->end) ++after;
      a.mention = name_forward(t, after, open);
    }
    // The sentence's subject, a name set off by an appositive too long or too broken for the search back:
    // PolNeAR nyt "John Dickey, the chief executive of Ora Media -- the production company that owns Mr. King's
    // Russia Today programming ... -- told me, ''...''".
    if (!a.mention && cue > floor + 2 && !t.pronoun(floor) && (t.at(floor).flags & kCapitalized) &&
        !t.capitalised_article(floor)) {
      const std::optional<Span> subject = name_forward(t, floor, cue);
      std::uint32_t k = floor;
      while (subject && k < cue && t.at(k).start < subject->end) ++k;
      // Two words at least: a lone capitalised word opening a sentence is as often "Instead" or "Others".
      if (subject && k < cue && k > floor + 1 && t.punct(k, ",")) a.mention = subject;
    }
    return a;
  }
  return a;
}

std::uint32_t sentence_first_token(const DocText& doc, std::uint32_t offset) {
  return doc.sentences.empty() ? 0 : doc.sentences[sentence_at(doc, offset)].first_token;
}

}  // namespace

SpeakerForm classify_mention(const SpeakerContext& ctx, Span mention) {
  const std::string_view words = ctx.text.substr(mention.start, mention.size());
  if (words.size() <= 4 && ctx.pronouns.contains_folded(words)) return SpeakerForm::kPronoun;
  // The last word decides: "the Chinese leader" is a role, "the Kremlin" and "Mao Ning" are names.
  std::size_t last = words.find_last_of(' ');
  const std::string_view tail = last == std::string_view::npos ? words : words.substr(last + 1);
  // Digits and hyphens before the word do not make it a name: "the 23-year-old".
  const std::size_t letter = tail.find_first_not_of("0123456789-");
  if (letter != std::string_view::npos && tail[letter] >= 'a' && tail[letter] <= 'z') return SpeakerForm::kRole;
  return SpeakerForm::kName;
}

std::optional<Span> colon_subject(const Tokens& t, std::uint32_t first, std::uint32_t colon);

Attribution attribute_quote(const SpeakerContext& ctx, const QuoteSpan& quote) {
  const Tokens t(ctx);
  const DocText& doc = ctx.doc;
  const std::uint32_t para_end_tok = [&] {
    const Paragraph& p = doc.paragraphs[quote.last_paragraph];
    return p.end_sentence > p.first_sentence ? doc.sentences[p.end_sentence - 1].end_token : t.size();
  }();
  Attribution a;
  const std::uint32_t floor = sentence_first_token(doc, t.at(quote.open_token).start);
  // A quote opening its sentence is attributed after it ("...," the Chinese leader said); one inside a
  // sentence by the cue before it first: 002 "Xi calling Putin his “best friend” and Putin praising Xi".
  if (floor < quote.open_token) a = before_quote(t, quote.open_token, floor);
  // "Name: “Quote”" with no verb: PolNeAR huff-post "Pollsters agree - Carl Bialik: “One of the biggest ...".
  // Not who was told: BBC "A senior source at the club told the BBC: “...”".
  if (!a.mention && quote.open_token > floor + 1 && t.punct(quote.open_token - 1, ":") &&
      (t.at(quote.open_token - 2).flags & kCapitalized)) {
    a.mention = name_backward(t, quote.open_token - 1, floor);
    std::uint32_t first = quote.open_token - 1;
    while (a.mention && first > floor && t.at(first - 1).start >= a.mention->start) --first;
    if (first > floor && t.is_word(first - 1) && t.addressee_after(first - 1)) a.mention.reset();
  }
  // "Subject verb ...: “Quote”" with no cue verb: the sentence's subject speaks. PolNeAR breitbart "She then
  // addressed the supporters again: “Here is what I regret ...”".
  if (!a.mention && quote.open_token > floor + 1 && t.punct(quote.open_token - 1, ":") &&
      (t.pronoun(floor) || (t.at(floor).flags & kCapitalized)))
    a.mention = name_forward(t, floor, quote.open_token);
  // ... or after the sentence's opening phrase: PolNeAR nyt "With Democratic leaders increasingly worried ...,
  // President Obama is rolling out a new and more personal campaign message: "It's about me."".
  if (!a.mention && quote.open_token > floor + 1 && t.punct(quote.open_token - 1, ":"))
    a.mention = colon_subject(t, floor, quote.open_token - 1);
  // A quote ending its sentence inside its marks (`...politicians."`) is not attributed by a cue after it that
  // goes on into a statement of its own (a word, a colon or a quote after the cue): BBC `"...," said Michael
  // Howard. "He was a decent kindly man ..." Conservative peer Lord Heseltine said that ...`, `"The attraction for
  // me was ..." Canaries boss Nigel Worthington added: "I'm delighted ..."`, `"... black and Asian people." On
  // Tuesday Labour chairman Ian McCartney said his party was ...`. The quote goes on from the one before it. A
  // cue ending there, or right after the quote, still attributes it: `"...." Smith said.`, `"...." said Smith.`
  // Only a quote that is its whole sentence: within one, the statement after is often the same subject's
  // (PolNeAR "Fiorina routinely characterizes herself as a "change warrior" who "..." ... He announced that").
  const bool full_stop_inside = quote.close_token != kNoToken && floor == quote.open_token &&
                                quote.close_token > 0 && t.punct(quote.close_token - 1, ".");
  const auto opens_statement = [&](const Attribution& b) {
    if (!full_stop_inside || !b.cue) return false;
    std::uint32_t k = quote.close_token + 1;
    if (k < para_end_tok && t.at(k).start == b.cue->start) return false;  // inverted: `"...." said Smith.`
    while (k < para_end_tok && t.at(k).start < b.cue->end) ++k;
    return k < para_end_tok && (t.punct(k, ":") || t.at(k).kind == TokenKind::kQuote || t.is_word(k));
  };
  if (!a.mention && quote.close_token != kNoToken) {
    Attribution b = after_quote(t, quote.close_token + 1, para_end_tok, false);
    if (opens_statement(b)) b = Attribution{};
    if (b.mention || !a.cue) a = b;
  }
  if (!a.mention && quote.close_token != kNoToken) {
    Attribution c = after_quote(t, quote.close_token + 1, para_end_tok, true);
    if (c.mention && !opens_statement(c)) a = c;
  }
  if (a.mention) a.kind = classify_mention(ctx, *a.mention);
  return a;
}

// The subject of a sentence ending in a colon: a pronoun or a name opening the sentence or standing after one of
// its commas, with a lower-case verb after it. Lower-case words between two names belong to the first
// ("Republican presidential nominee Donald Trump issued"). Not a function word, a date, nor a contraction
// ("We’ve collected ...") or an imperative ("Read the latest updates below:"), which no verb follows.
std::optional<Span> colon_subject(const Tokens& t, std::uint32_t first, std::uint32_t colon) {
  for (std::uint32_t i = first; i < colon; ++i) {
    if (i > first && !t.punct(i - 1, ",")) continue;
    if (t.quoted(i) || !t.is_word(i)) continue;
    std::uint32_t end = i + 1;
    if (!t.pronoun(i)) {
      if (t.lower(i) || t.time_word(i) || !t.name_part(i)) continue;
      const std::string_view w = t.word(i);
      if (w.find('\'') != std::string_view::npos || w.find("\xE2\x80\x99") != std::string_view::npos) continue;
      const auto m = name_forward(t, i, colon);
      if (!m) continue;
      while (end < colon && t.at(end).start < m->end) ++end;
      // "Republican presidential nominee Donald Trump": lower-case words, then another name.
      std::uint32_t k = end;
      while (k < colon && k < end + 3 && t.lower(k) && !t.stop(k) && !t.cue(k)) ++k;
      if (k > end && k < colon && t.is_word(k) && !t.lower(k) && t.name_part(k))
        if (const auto more = name_forward(t, k, colon)) {
          end = k;
          while (end < colon && t.at(end).start < more->end) ++end;
        }
    }
    // An imperative takes an object: "Read the latest updates below:", "Sign up for ...".
    const bool imperative = end == i + 1 && i == first && end < colon && t.is_word(end) &&
                            (Tokens::noun_before(t.word(end)) || t.word(end) == "up");
    if (end < colon && t.lower(end) && !imperative) return t.span(i, end);
  }
  return std::nullopt;
}

Attribution attribute_sentence(const SpeakerContext& ctx, std::uint32_t sentence) {
  const Tokens t(ctx);
  const Sentence& s = ctx.doc.sentences[sentence];
  Attribution a;
  for (std::uint32_t c = s.first_token; c < s.end_token; ++c) {
    if (!t.cue(c)) continue;
    a.cue = cue_phrase(t, c);
    a.mention = name_backward(t, c, s.first_token);
    if (a.mention) a.kind = classify_mention(ctx, *a.mention);
    return a;
  }
  // No cue, but a colon ends it: its subject introduces what follows. PolNeAR "On July 6, 2015, Sanders made
  // the following comment:", "When Wallace died in 1998, President Clinton released the following statement:".
  if (s.end_token > s.first_token + 1 && t.punct(s.end_token - 1, ":")) {
    if (auto m = colon_subject(t, s.first_token, s.end_token - 1)) {
      a.mention = m;
      a.kind = classify_mention(ctx, *m);
    }
  }
  return a;
}

}  // namespace newslens::core
