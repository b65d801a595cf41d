// Named entities of one document: the perceptron tagger (ner_model.h) proposes PERSON/ORG/PLACE/MISC spans per
// sentence; the gazetteer corrects their types and adds the names the tagger missed; role nominals ("the
// Chinese leader") and the roles titles give to names ("Russian President Vladimir Putin") are recorded for
// aliases.cpp, which resolves roles to people across the corpus.
// [SECTION] resources  [SECTION] roles  [SECTION] spans  [SECTION] find_named_entities
#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <unordered_map>

#include "core/entities.h"
#include "core/ner_model.h"
#include "core/utf8.h"
#include "core/word_gate.h"

namespace newslens::core {

namespace {

// [SECTION] resources: parsed once per Lexicons, shared by every document.
struct NerResources {
  NerGazetteer gazetteer;
  NerModel model;
  // Lower-case role and title words ("leader", "ambassador") -> their role, keyed by views into `folded`, so
  // the per-token checks allocate nothing.
  std::vector<std::string> folded;
  std::unordered_map<std::string_view, const std::string*> roles, lower_titles;
  const WordList& function_words;  // asked per span: fetched once
  const WordList& pronouns;
  const WordList& misc_heads;
  const WordList& org_words;
  const WordList& org_ends;
  const WordList& place_words;
  const WordList& abbreviations;
  const WordList& groups;
  const WordList& common_nouns;
  const WordList& name_titles;
  const WordList& parties;
  PlaceLists places;
  const WordList& months;
  const WordList& speaker_roles;
  const WordList& first_names;
  explicit NerResources(const Lexicons& lexicons)
      : gazetteer(lexicons), function_words(lexicons.list("function_words")), pronouns(lexicons.list("pronouns")),
        misc_heads(lexicons.list("misc_heads")), org_words(lexicons.list("org_words")),
        org_ends(lexicons.list("org_ends")),
        place_words(lexicons.list("place_words")),
        abbreviations(lexicons.list("abbreviations")), groups(lexicons.list("groups")),
        common_nouns(lexicons.list("common_nouns")), name_titles(lexicons.list("name_titles")),
        parties(lexicons.list("parties")),
        places(lexicons), months(lexicons.list("months")),
        speaker_roles(lexicons.list("speaker_roles")), first_names(lexicons.list("first_names")) {
    if (const std::string* bytes = lexicons.blob("ner")) model.load(*bytes);
    const WordList& titles = lexicons.list("titles");
    folded.reserve(titles.size());
    for (const auto& [entry, value] : titles.entries()) folded.push_back(fold_ascii(entry));
    std::size_t k = 0;
    for (const auto& [entry, value] : titles.entries()) lower_titles.emplace(folded[k++], &value);
    for (const auto& [entry, value] : lexicons.list("roles").entries()) roles.emplace(entry, &value);
  }
};

const NerResources& resources(const Lexicons& lexicons) {
  return lexicons.derived<NerResources>("ner", [&] { return std::make_shared<const NerResources>(lexicons); });
}

std::string_view word(const Document& doc, const NerToken& t) {
  return std::string_view(doc.text).substr(t.start, t.end - t.start);
}

bool is_lower_word(const NerToken& t) { return t.word && !(t.flags & (kCapitalized | kAllCaps)); }

// A word with no capital letter at all ("plans", "anti-violence"; not "iTunes").
bool no_capital(const Document& doc, const NerToken& t) {
  if (!t.word) return false;
  const std::string_view w = word(doc, t);
  return std::none_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
         std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Lower-case words inside names: "van der Walt", "de Villiers", "bin Laden", "al-Assad" is one token.
bool name_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"van", "von", "der", "den", "de", "da", "di", "del", "della",
                                                    "du", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "dos",
                                                    "das", "do", "y"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

// [SECTION] roles
// The country a token names as a modifier: "Chinese" (demonyms.txt), "Kremlin", or "China" before "’s".
const std::string* country_of(const Document& doc, const std::vector<NerToken>& toks, std::size_t i,
                              const Lexicons& lex) {
  const std::string_view w = word(doc, toks[i]);
  if (const std::string* c = lex.list("demonyms").value_of(w); c && (toks[i].flags & kCapitalized)) return c;
  if (i + 1 < toks.size() && (toks[i + 1].flags & kPossessive)) return lex.list("countries").value_of(w);
  return nullptr;
}

// The role of a title word: "President"/"president" -> "president" (titles.txt, then roles.txt for "leader").
const std::string* role_of(std::string_view w, const Lexicons& lex) {
  const std::string* r = lex.list("titles").value_of(w);
  if (r && !r->empty()) return r;
  return lex.list("roles").value_of(w);
}

// A role a title before a name gives it: "Chinese President Xi Jinping", "China’s President Xi Jinping",
// "The Chinese president, Xi Jinping" (article 003). Returns "China:president" or "".
std::string role_before(const Document& doc, const std::vector<NerToken>& toks, std::size_t first,
                        const Lexicons& lex) {
  std::size_t i = first;
  if (i > 0 && word(doc, toks[i - 1]) == ",") --i;
  if (i == 0) return {};
  const std::string* role = role_of(word(doc, toks[i - 1]), lex);
  if (!role || role->empty()) return {};
  std::size_t k = i - 1;
  if (k > 0 && (toks[k - 1].flags & kPossessive)) --k;  // "China ’s President"
  if (k == 0) return {};
  const std::string* country = country_of(doc, toks, k - 1, lex);
  return country ? *country + ":" + *role : std::string();
}

// [SECTION] spans
struct Found {
  std::size_t first = 0, end = 0;  // token range within the sentence
  EntityType type = EntityType::kMisc;
  MentionKind kind = MentionKind::kName;
  std::string role;
};

EntityType type_of_tag(NerTag t) {
  switch ((t - 1) / 2) {
    case 0: return EntityType::kPerson;
    case 1: return EntityType::kOrg;
    case 2: return EntityType::kPlace;
    default: return EntityType::kMisc;
  }
}

// The gazetteer's word on a phrase's type, when it has one.
bool gazetteer_type(std::uint8_t bits, EntityType& type) {
  if (bits & kLexOrg) type = EntityType::kOrg;
  else if (bits & kLexMisc) type = EntityType::kMisc;
  else if (bits & kLexPlace) type = EntityType::kPlace;
  else return false;
  return true;
}

// Punctuation that is no part of a name where a span starts or ends on it: , . - ( : ; and dashes. Not "!"
// ("Yahoo!") nor a closing bracket.
bool is_stray_punct(const Document& doc, const NerToken& t) {
  if (t.word) return false;
  const std::string_view w = word(doc, t);
  // Markdown's marks too: "[Xi Jinping](...)", "*Vladimir Putin*" had kept the bracket and the star.
  if (w.size() == 1) return std::string_view(",.-(:;[]*_|#").find(w[0]) != std::string_view::npos;
  return w == "\u2013" || w == "\u2014";
}

// Whether the full stop after token `t` is its own: an abbreviation ("Fla", "Co", "Jr"), an initial ("W") or
// the last of dotted initials ("F.B.I"), also after a hyphen ("R-Ariz").
bool ends_abbreviation(const Document& doc, const NerToken& t, const NerResources& res) {
  std::string_view w = word(doc, t);
  if (const std::size_t dash = w.rfind('-'); dash != std::string_view::npos) w.remove_prefix(dash + 1);
  return (w.size() == 1 && (t.flags & kCapitalized)) || res.abbreviations.contains(w) ||
         (w.size() >= 3 && w[w.size() - 2] == '.');
}

// Whether token k is a title word, in any case: "ambassador Zhai Jun", "President Xi" (article 004).
bool is_title(const Document& doc, const NerToken& t, const NerResources& res) {
  return (t.lex & kLexTitle) || (is_lower_word(t) && res.lower_titles.count(word(doc, t)));
}

// Whether token t is a title from name_titles.txt that may stand before a name of `words` words: "Justice" before
// "Scalia", "Sir" before "John Bourn" but not before "Alan".
bool name_title(const Document& doc, const NerToken& t, const NerResources& res, std::size_t words) {
  const std::string* least = res.name_titles.value_of(word(doc, t));
  return least && words >= (*least == "2" ? 2u : 1u);
}

// Whether token t is Markdown's markup or a web address, which the tagger never saw in training and which stand
// inside names: "President [Xi Jinping](https://...)" had left "Xi" out of the name, "*Vladimir Putin*".
// Brackets only where they make a link, "[...](": elsewhere they mark an editor's insertion, which stays apart
// from the words before it ("Everything [Comey] said").
bool markup(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  if (t.flags & kUrl) return true;
  if (t.end != t.start + 1) return false;
  const char c = text[t.start];
  if (c == '*' || c == '_') return true;
  if (c == ']') return t.end < text.size() && text[t.end] == '(';
  if (c != '[') return false;
  const std::size_t close = text.find_first_of("]\n", t.end);
  return close != std::string_view::npos && close - t.end <= 200 && text[close] == ']' && close + 1 < text.size() &&
         text[close + 1] == '(';
}

// Whether a word is a peer's rank, which stays in the name: "Lord Woolf", "Baroness Morgan".
bool peer_rank(std::string_view w) {
  if (w.size() < 4 || (w[0] != 'L' && w[0] != 'B' && w[0] != 'V')) return false;
  static constexpr std::string_view kRanks[] = {"Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess"};
  return std::find(std::begin(kRanks), std::end(kRanks), w) != std::end(kRanks);
}

// Whether token t, after a peer's rank, is a name rather than a role or a title: "Lord Woolf", not "Lord
// Chancellor", "Lord Chief Justice", "Lord Justice Rix" or "Lady the Queen".
bool peer_name(const Document& doc, const NerToken& t, const NerResources& res) {
  const std::string_view w = word(doc, t);
  return (t.flags & kCapitalized) && !(t.flags & kAllCaps) && !(t.lex & (kLexTitle | kLexOrgWord)) &&
         !res.name_titles.contains(w) && !res.speaker_roles.contains(fold_ascii(w)) && w != "Chief" && w != "Of";
}

// Whether a word is a contraction: "Don't", "You’ve", "I'm". "O'Reilly" and "D'Angelo" go on after the
// apostrophe with a name.
bool contraction(std::string_view w) {
  const std::size_t apostrophe = std::min(w.find('\''), w.find("\xE2\x80\x99"));
  if (apostrophe == std::string_view::npos) return false;
  const std::string_view tail = w.substr(apostrophe + (w[apostrophe] == '\'' ? 1 : 3));
  static constexpr std::string_view kTails[] = {"t", "ve", "re", "ll", "m", "d"};
  return std::find(std::begin(kTails), std::end(kTails), tail) != std::end(kTails);
}

// Whether token i is a number of one to four digits right after the name before it, standing alone: followed by
// a lower-case word a space away or a comma, full stop or possessive glued to it ("BBC Radio 4's Today"; not
// "2-0", "35,000", "4.5", nor the end of a results table's line).
bool short_number_after(const Document& doc, const std::vector<NerToken>& toks, std::size_t i) {
  const std::string_view w = word(doc, toks[i]);
  if (toks[i].word || w.empty() || w.size() > 4 || i == 0 || toks[i - 1].end + 1 != toks[i].start ||
      doc.text[toks[i - 1].end] != ' ' || !std::all_of(w.begin(), w.end(), is_ascii_digit))
    return false;
  if (i + 1 == toks.size()) return false;  // a results table's line: CoNLL "Chelsea 2 Arsenal 1"
  const std::string_view next = word(doc, toks[i + 1]);
  if (toks[i + 1].start == toks[i].end) {
    const std::string_view rest = std::string_view(doc.text).substr(toks[i].end);
    return next == "," || next == "." || rest.starts_with("'s ") || rest.starts_with("\xE2\x80\x99s ");
  }
  // A score or a measure runs on: CoNLL cricket "Kent 286 for six", "Pakistan 250 all out", soccer "Chelsea 2 v
  // Arsenal", cycling "Telekom 4 hours 48 mins", "Moengo 56 miles east".
  static constexpr std::string_view kNotName[] = {
      "for", "all", "v", "vs", "to", "and", "off", "not", "from", "in", "at", "on", "per", "runs", "wickets",
      "points", "goals", "hours", "hour", "mins", "minutes", "minute", "seconds", "second", "secs", "miles", "mile",
      "km", "kilometres", "kilometers", "metres", "meters", "yards", "feet", "years", "year", "days", "weeks",
      "months", "percent", "times", "people"};
  return is_lower_word(toks[i + 1]) &&
         std::find(std::begin(kNotName), std::end(kNotName), next) == std::end(kNotName);
}

// Whether tokens [first, end) lie inside one calendar phrase of the gazetteer that starts earlier ("Day" in
// "Christmas Day") or runs on past them ("New" in "New Year").
bool within_calendar_phrase(const std::vector<NerToken>& toks, std::size_t first, std::size_t end) {
  for (std::size_t j = first >= 4 ? first - 4 : 0; j <= first; ++j)
    if ((toks[j].phrase_bits & kLexCalendar) && j + toks[j].phrase_len >= end && (j < first || j + toks[j].phrase_len > end))
      return true;
  return false;
}

// Turns `f` (not a person) into the person named after a title inside it, pushing the words before the title as
// a name of their own where they are one. The name after the title is one to three capitalised words, none an
// organisation's or a place's ("Queen Mary University" stays whole), and some words come before the title.
void split_person_after_title(const Document& doc, const std::vector<NerToken>& toks, const NerResources& res,
                              Found& f, std::vector<bool>& taken, std::vector<Found>& out) {
  const NerGazetteer& gaz = res.gazetteer;
  std::size_t k = f.end - 1;
  // PolNeAR "Supreme Court Justice Antonin Scalia" (ORG) too, with a name of two words at least: BBC "Criminal
  // Justice Bill", "Family Justice Division" are no Bill and no Division.
  while (k > f.first && !(toks[k - 1].lex & kLexTitle) &&
         !(f.end - k >= 2 && name_title(doc, toks[k - 1], res, f.end - k)))
    --k;
  if (k == f.first || f.end - k > 3) return;
  // Capitalised words, none an organisation's or a place's, nor a function word (PolNeAR "Equal Justice Under
  // Law").
  for (std::size_t j = k; j < f.end; ++j)
    if (!toks[j].word || !(toks[j].flags & kCapitalized) || (toks[j].lex & (kLexOrgWord | kLexPlace | kLexOrg)) ||
        res.function_words.contains_folded(word(doc, toks[j])))
      return;
  std::size_t t = k - 1;  // the title's first word
  while (t > f.first && (toks[t - 1].lex & kLexTitle)) --t;
  // A title opening the span is part of a name: BBC "the Queen Mother", "Queen Phoenix", "the Prince Edward"
  // (a theatre).
  if (t == f.first) return;
  EntityType type = f.type;
  const std::string_view before =
      std::string_view(doc.text).substr(toks[f.first].start, toks[t - 1].end - toks[f.first].start);
  if (gazetteer_type(gaz.bits_of(before), type) || f.type == EntityType::kPlace) {
    out.push_back({f.first, t, type, MentionKind::kName, {}});
    for (std::size_t j = f.first; j < t; ++j) taken[j] = true;
  }
  f.first = k;
  f.type = EntityType::kPerson;
}

// Initials with their periods from token i: "B" "." in "James B. Comey" (two tokens), or "H.W." in "George
// H.W. Bush" (one); BBC style drops the period: "George W Bush" (one). Not "I" nor "A", which are words.
// Returns how many tokens they take, 0 when there are none.
std::size_t initials_at(const Document& doc, const std::vector<NerToken>& toks, std::size_t i) {
  const std::string_view w = word(doc, toks[i]);
  if (!is_initials(w)) return 0;
  if (w.back() == '.') return w.size() >= 4 ? 1 : 0;  // "H.W."
  const bool dot = i + 1 < toks.size() && word(doc, toks[i + 1]) == "." && toks[i + 1].start == toks[i].end;
  if (dot) return 2;
  return w.size() == 1 && w != "I" && w != "A" && i + 1 < toks.size() && toks[i + 1].start > toks[i].end ? 1 : 0;
}

// A middle initial holds a person's name together. CoNLL writes "B." as one token and we write "B" "." two, so
// the tagger broke PolNeAR's "James B. Comey" into "James" and "Comey" (8 times of 8), "Steven M. Rosenthal"
// into "Steven" and an organisation "M. Rosenthal". A person's word, the initials with their period, and a
// capitalised word are one person, running on over the span the last word began.
void join_middle_initials(const Document& doc, const std::vector<NerToken>& toks, std::vector<NerTag>& tags) {
  const auto inside_of = [](NerTag t) { return t == kTagO || t % 2 == 0 ? t : static_cast<NerTag>(t + 1); };
  for (std::size_t i = 0; i + 2 < toks.size(); ++i) {
    if (!toks[i].word || !(toks[i].flags & kCapitalized) || tags[i] == kTagO) continue;
    const std::size_t n = initials_at(doc, toks, i + 1);
    const std::size_t name = i + 1 + n;  // the word after the initials
    if (n == 0 || name >= toks.size() || !toks[name].word || !(toks[name].flags & kCapitalized)) continue;
    // Typed otherwise, the name is a person when it is all of the tagger's span from its first word on:
    // "They met Steven M. Rosenthal on Monday" (ORG), not "the Edward R. Murrow Center".
    if (tags[i] != kTagBPer && tags[i] != kTagIPer) {
      const NerTag in = inside_of(tags[i]);
      std::size_t after = name + 1;  // over punctuation the tagger took in: "Steven M. Rosenthal," (ORG)
      while (after < toks.size() && !toks[after].word && tags[after] == in) ++after;
      bool whole = after >= toks.size() || tags[after] != in;
      for (std::size_t k = i + 1; whole && k <= name; ++k) whole = tags[k] == in;
      if (!whole) continue;
      tags[i] = kTagBPer;
    }
    const NerTag last = tags[name];
    const NerTag inside = inside_of(last);
    for (std::size_t k = i + 1; k <= name; ++k) tags[k] = kTagIPer;
    std::size_t k = name + 1;
    for (; inside != kTagO && k < toks.size() && tags[k] == inside; ++k) tags[k] = kTagIPer;
    i = k - 1;
  }
}

// A title right after a person's name, ending it, is the surname: BBC "Mervyn King said" (5 mentions, then
// "Mr King" 8), "Stephen King", PolNeAR "Patty Judge". The tagger leaves the title out, as CoNLL tags titles;
// "President Xi" is no case (the title comes first), nor "Mervyn King Jr", nor "Charles Prince of Wales".
void title_as_surname(const Document& doc, const std::vector<NerToken>& toks, std::vector<NerTag>& tags) {
  // Titles that are surnames too. Not "Governor": "Indiana Governor @mike_pence", where the tagger called the
  // state a person.
  static constexpr std::string_view kSurnames[] = {"King", "Judge", "Pope", "Prince"};
  for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
    const NerToken& t = toks[i + 1];
    if ((tags[i] != kTagBPer && tags[i] != kTagIPer) || tags[i + 1] != kTagO || (toks[i].lex & kLexTitle) ||
        !t.word || std::find(std::begin(kSurnames), std::end(kSurnames), word(doc, t)) == std::end(kSurnames))
      continue;
    if (i + 2 < toks.size() &&
        ((toks[i + 2].word && (toks[i + 2].flags & kCapitalized)) || word(doc, toks[i + 2]) == "of"))
      continue;
    tags[i + 1] = kTagIPer;
  }
}

// A name does not end on the day of the week the tagger ran it into: PolNeAR "New Hampshire Tuesday", "City Hall
// Wednesday", "South Carolina Saturday" (a person "Carolina Saturday"). Not a listed name: "Super Tuesday".
void drop_trailing_weekday(const Document& doc, const std::vector<NerToken>& toks, std::vector<NerTag>& tags,
                           const NerResources& res) {
  for (std::size_t k = 1; k < toks.size(); ++k) {
    if (tags[k] == kTagO || tags[k] % 2 != 0 || (k + 1 < toks.size() && tags[k + 1] == tags[k])) continue;
    // months.txt gives the days of the week the values "w1" to "w7".
    const auto day = res.months.entries().find(word(doc, toks[k]));
    if (day == res.months.entries().end() || !day->second.starts_with('w')) continue;
    std::size_t first = k;
    while (first > 0 && tags[first] != tags[k] - 1) --first;
    if (toks[first].phrase_len >= k + 1 - first) continue;
    tags[k] = kTagO;
  }
}

// A listed place (countries.txt, places.txt, regions.txt) is a place where the tagger typed it otherwise or left
// out its first word: PolNeAR "New Hampshire seems stable" was "New" and an organisation "Hampshire" (23
// mentions; Hampshire is a county cricket side in CoNLL), "the New Hampshire primary" a MISC, dropped.
void join_listed_place(const Document& doc, const std::vector<NerToken>& toks, std::vector<NerTag>& tags,
                       const NerResources& res) {
  const auto listed = [&](std::size_t first, std::size_t end) {
    return res.places.contains(
        std::string_view(doc.text.data() + toks[first].start, toks[end - 1].end - toks[first].start));
  };
  // A span of several words typed otherwise that is all a listed place: "the New Hampshire primary" (MISC).
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (tags[k] == kTagO || tags[k] % 2 == 0 || tags[k] == kTagBPer || tags[k] == kTagBLoc) continue;
    if (k + 1 >= toks.size() || tags[k + 1] != tags[k] + 1) continue;  // one word: no phrase
    std::size_t end = k + 1;
    while (end < toks.size() && tags[end] == tags[k] + 1) ++end;
    if (end - k >= 2 && listed(k, end)) {
      tags[k] = kTagBLoc;
      for (std::size_t j = k + 1; j < end; ++j) tags[j] = kTagILoc;
    }
    k = end - 1;
  }
  for (std::size_t k = 0; k + 1 < toks.size(); ++k) {
    if (tags[k + 1] == kTagO) continue;  // most tokens: no name follows
    // The first word left out or a name of its own ("South/LOC Carolina/PER Saturday").
    const bool first_alone = tags[k] == kTagO || (tags[k] != kTagBPer && tags[k] % 2 == 1 && tags[k + 1] % 2 == 1);
    if (!first_alone || tags[k + 1] % 2 == 0 || !toks[k].word ||
        !(toks[k].flags & kCapitalized) || toks[k + 1].start != toks[k].end + 1 ||
        (k + 2 < toks.size() && tags[k + 2] == tags[k + 1] + 1))
      continue;
    if (!listed(k, k + 2)) continue;
    tags[k] = kTagBLoc;
    tags[k + 1] = kTagILoc;
  }
}

// A first name and a surname with an apostrophe or a hyphen are one person: the tagger began a new name at BBC
// "Ronan O'Gara's", "Robert Kilroy-Silk has", "Daniel Day-Lewis", "Philippe Saint-Andre", which left "Ronan" (7
// mentions) and "O'Gara" apart. Only a first part of one capitalised word that no lexicon lists and that is no
// title ("Mr Blair's" is left to the title rules). The tagger also typed such a surname otherwise or left it out,
// and a given name (first_names.txt) before it anything: BBC "Brian O'Driscoll guided" (7 mentions, "Brian" and
// "O'Driscoll" apart), "Sonia O'Sullivan" (a place "Sonia"), "flanker Johnny O'Connor".
void join_split_surname(const Document& doc, const std::vector<NerToken>& toks, std::vector<NerTag>& tags,
                        const NerResources& res) {
  for (std::size_t k = 1; k < toks.size(); ++k) {
    if (!(toks[k].flags & kCapitalized) || !(toks[k - 1].flags & kCapitalized)) continue;  // most words: cheap
    // The surname: a person's name's start, or one word of its own (no name, or a name of another type).
    if ((tags[k] != kTagO && tags[k] % 2 == 0) || toks[k].start != toks[k - 1].end + 1 ||
        (tags[k] != kTagBPer && k + 1 < toks.size() && tags[k + 1] != kTagO && tags[k + 1] % 2 == 0))
      continue;
    const NerToken& first = toks[k - 1];
    if (!first.word || ((first.flags | toks[k].flags) & kAllCaps) || first.lex != 0) continue;
    const std::string_view surname = word(doc, toks[k]);
    const std::size_t mark = surname.find_first_of("'-");
    const bool joined = mark != std::string_view::npos && mark > 0 && mark + 1 < surname.size() &&
                        surname[mark + 1] >= 'A' && surname[mark + 1] <= 'Z';
    if (!joined) continue;
    // The first name alone: a person's one word, or a given name that is no span's inside.
    const bool person = tags[k - 1] == kTagBPer && tags[k] == kTagBPer;
    const bool given = (tags[k - 1] == kTagO || tags[k - 1] % 2 == 1) && res.first_names.contains(word(doc, first));
    if (!person && !given) continue;
    tags[k - 1] = kTagBPer;
    tags[k] = kTagIPer;
  }
}

// A place before an organisation or an event ending in its generic word is that one name: BBC "the UK
// Independence Party" (16 mentions had been "UK" and "Independence Party"), "UK Film Council", "Berlin Film
// Festival", "Athens Olympics", where the tagger began a new name after the place. The word ends organisations'
// names (org_words.txt) or events' (misc_heads.txt), not as a surname ("Jerry Hall"); a name of one word only when
// it is that word ("Athens Olympics"). The whole takes the second name's type, or the word's where the tagger
// took the name for a person's ("Berlin/LOC Film/PER Festival/PER").
void join_place_before_name(const Document& doc, const std::vector<NerToken>& toks, std::vector<NerTag>& tags,
                            const NerResources& res) {
  for (std::size_t k = 1; k < toks.size(); ++k) {
    if ((tags[k] != kTagBOrg && tags[k] != kTagBMisc && tags[k] != kTagBPer) || tags[k - 1] == kTagO ||
        toks[k].start != toks[k - 1].end + 1)
      continue;
    // The place: the tagger's, or a name of another type that is all a listed place ("UK/MISC").
    std::size_t first = k - 1;
    while (first > 0 && tags[first] % 2 == 0 && tags[first - 1] != kTagO) --first;
    // A function word the tagger took into the place stays out of the name ("in The New York/LOC Times/ORG"),
    // and one it took for the place is none.
    std::size_t from = first;
    while (from < k && res.function_words.contains_folded(word(doc, toks[from]))) ++from;
    if (from == k) continue;  // "for The/LOC Academy Awards"
    const bool listed = (toks[from].phrase_bits & kLexPlace) && toks[from].phrase_len == k - from;
    if (tags[first] != kTagBLoc && !listed) continue;
    std::size_t end = k + 1;
    while (end < toks.size() && tags[end] == tags[k] + 1) ++end;
    const std::string_view last = word(doc, toks[end - 1]);
    const std::string* org = res.org_words.value_of(last);
    const std::string* event = org ? nullptr : res.misc_heads.value_of(last);
    // Or one word of a "place" no lexicon lists and one of an organisation, with no capitalised word after: a
    // company the tagger split at a word it took for a town (BBC "Ask/LOC Jeeves/ORG", 17 mentions).
    const bool one_word = std::none_of(toks.begin() + static_cast<long>(k) + 1, toks.begin() + static_cast<long>(end),
                                       [](const NerToken& t) { return t.word; });  // "Jeeves/ORG ,/ORG"
    const bool company = !org && !event && from + 1 == k && one_word && (tags[k] == kTagBOrg || tags[k] == kTagBPer) &&
                         !(toks[from].lex & kLexPlace) && (toks[from].flags & kCapitalized) &&
                         !(end < toks.size() && toks[end].word && (toks[end].flags & kCapitalized));
    if (!company && ((!org && !event) || *(org ? org : event) == "surname")) continue;
    const NerTag begin = tags[k] != kTagBPer ? tags[k] : event ? kTagBMisc : kTagBOrg;
    for (std::size_t j = first; j < end; ++j) tags[j] = j < from ? kTagO : static_cast<NerTag>(begin + (j > from));
    k = end - 1;
  }
}

// Whether word k could be a surname the tagger left out: two letters or more, no initial ("Rep. Robert C.
// "Bobby" Scott"), no contraction ("Like Kevin I'd like"), and a word of its own, not cut from one by a
// character the tokenizer took for punctuation (mis-decoded "PeÃ±a").
bool surname_shape(const Document& doc, const std::vector<NerToken>& toks, std::size_t k) {
  const std::string_view w = word(doc, toks[k]);
  if (w.size() < 2 || contraction(w) || (toks[k].flags & kPossessive)) return false;
  if (k + 1 >= toks.size() || toks[k + 1].start != toks[k].end || (toks[k + 1].flags & kPossessive)) return true;
  const std::string_view next = word(doc, toks[k + 1]);
  return next.size() == 1 && std::string_view(",.;:)?!").find(next[0]) != std::string_view::npos;
}

// A capitalised number word before a name, inside a sentence, is the name's first word: BBC "the Six Nations"
// (162 times; the tagger kept "Nations", an organisation of 25 mentions), "Radio Five Live", "the Three Gorges
// dam". At a sentence's start the capital says nothing ("Six people died").
void join_number_word(const Document& doc, const std::vector<NerToken>& toks, std::vector<NerTag>& tags) {
  static constexpr std::string_view kNumbers[] = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
                                                  "Nine", "Ten", "Eleven", "Twelve", "Twenty", "Hundred"};
  for (std::size_t k = 1; k < toks.size(); ++k) {
    if (tags[k - 1] != kTagO || tags[k] == kTagO || tags[k] % 2 == 0 || toks[k].start != toks[k - 1].end + 1) continue;
    const NerToken& n = toks[k - 1];
    if (!n.word || !(n.flags & kCapitalized) || (n.flags & (kAllCaps | kSentenceStart))) continue;
    // After a colon, a dash, a bracket or a quotation mark: a sentence's start. Not after a score ("19-13 Six").
    if (k >= 2 && (toks[k - 2].quote || std::string_view(":-(\xE2").find(word(doc, toks[k - 2])[0]) !=
                                            std::string_view::npos))
      continue;
    if (std::find(std::begin(kNumbers), std::end(kNumbers), word(doc, n)) == std::end(kNumbers)) continue;
    tags[k - 1] = tags[k];
    tags[k] = static_cast<NerTag>(tags[k] + 1);
  }
}

// A given name (first_names.txt) before the one-word name the tagger tagged is a person's first name, where the
// tagger left it out or began a new name after it: BBC "said RCA spokeswoman Sue Bradburn" had an organisation
// "Bradburn" ("Sue" reads as a verb), PolNeAR "Michael/PER Bloomberg/ORG" (7 mentions), "Rep. Steve/PER
// Israel/LOC", "Gen. George/PER Washington/LOC", "Billie/PER Jean King/PER", "Leader Kevin/PER McCarthy/O". Not
// at a sentence's start ("Will Labour win?") nor a listed word ("Virginia Tech", "Beverly Hills"); a person's
// name after it, or one word of an organisation's; after a given name the tagger took for a person, also a
// place's word or an unlisted capitalised word it left out, with no capitalised word after it ("a George
// Washington University grad").
void join_first_name(const Document& doc, const std::vector<NerToken>& toks, std::vector<NerTag>& tags,
                     const NerResources& res) {
  for (std::size_t k = 1; k < toks.size(); ++k) {
    if (!(toks[k].flags & kCapitalized) || !(toks[k - 1].flags & kCapitalized)) continue;  // most words: cheap
    // The given name: a person's one word, or the last word of a span after a title in it, which names the
    // person after the title ("House/ORG Majority Leader Kevin McCarthy/O").
    const bool person_before = tags[k - 1] == kTagBPer;
    const bool after_title = k >= 2 && tags[k - 1] != kTagO && tags[k - 1] % 2 == 0 && (toks[k - 2].lex & kLexTitle);
    if ((tags[k - 1] != kTagO && !person_before && !after_title) || toks[k].start != toks[k - 1].end + 1) continue;
    // A place, or a word the tagger left out that no lexicon lists ("Leader Kevin/PER McCarthy/O has").
    const bool place = tags[k] == kTagBLoc && person_before;
    const bool left_out = tags[k] == kTagO && (person_before || after_title) && surname_shape(doc, toks, k) &&
                          toks[k].lex == 0 && !res.function_words.contains_folded(word(doc, toks[k]));
    if (tags[k] != kTagBPer && tags[k] != kTagBOrg && !place && !left_out) continue;
    if (k + 1 < toks.size() && tags[k + 1] != kTagO && tags[k + 1] % 2 == 0 && tags[k + 1] != kTagIPer) continue;
    if (tags[k] != kTagBPer && k + 1 < toks.size() &&
        (tags[k + 1] == kTagIPer || ((place || left_out) && toks[k + 1].word && (toks[k + 1].flags & kCapitalized))))
      continue;
    const NerToken& first = toks[k - 1];  // both capitalised: tested first
    if (!first.word || (first.flags & (kAllCaps | kSentenceStart)) || first.lex != 0 || !toks[k].word ||
        (toks[k].flags & kAllCaps) || !res.first_names.contains(word(doc, first)))
      continue;
    if (after_title) {
      if (left_out) tags[k] = tags[k - 1];  // the title rules split the person off the span
      continue;
    }
    tags[k - 1] = kTagBPer;
    tags[k] = kTagIPer;
  }
}

// A generational suffix after a person's name is part of it: BBC "District Attorney Bruce L Castor Jr, who was
// in charge" had a person "Jr", to whom a later "She" was resolved.
void join_name_suffix(const Document& doc, const std::vector<NerToken>& toks, std::vector<NerTag>& tags) {
  for (std::size_t k = 1; k < toks.size(); ++k) {
    if ((tags[k - 1] != kTagBPer && tags[k - 1] != kTagIPer) || tags[k] == kTagIPer ||
        toks[k].start != toks[k - 1].end + 1)
      continue;
    const std::string_view w = word(doc, toks[k]);
    if (w != "Jr" && w != "Sr") continue;
    tags[k] = kTagIPer;
    if (k + 1 < toks.size() && word(doc, toks[k + 1]) == "." && tags[k + 1] != kTagO) tags[k + 1] = kTagIPer;
  }
}

// An organisation's word, "of" and a place are one organisation: BBC "Bank of England deputy governor Rachel
// Lomax", "Bank of China shares rose", "Bank of Japan governor Toshihiko Fukui", where the tagger, taking the
// title or the shares for the name's end, tagged "Bank" and "England" apart (16 of BBC's mentions of these
// banks). The word must end organisations' names (org_words.txt: Bank, University, Council, ...), the first or
// only word of the tagger's organisation; the place is all of its span. So are such a word, "for" or "of", and
// the name of an organisation or a thing of two words or more the tagger found after it: BBC "the Office for
// National Statistics" (11 mentions had been "Office" and "National Statistics").
void join_org_of_place(const Document& doc, const std::vector<NerToken>& toks, std::vector<NerTag>& tags,
                       const NerResources& res) {
  for (std::size_t k = 1; k + 1 < toks.size(); ++k) {
    const std::string_view link = word(doc, toks[k]);
    if ((link != "of" && link != "for") || tags[k] != kTagO) continue;
    if ((tags[k - 1] != kTagBOrg && tags[k - 1] != kTagIOrg) || !res.org_words.contains(word(doc, toks[k - 1])))
      continue;
    if (tags[k + 1] == kTagBOrg || tags[k + 1] == kTagBMisc) {
      std::size_t end = k + 2;
      while (end < toks.size() && tags[end] == tags[k + 1] + 1) ++end;
      if (end - (k + 1) >= 2) {
        for (std::size_t j = k; j < end; ++j) tags[j] = kTagIOrg;
        continue;
      }
    }
    if (link != "of") continue;  // one word after "for", or no name: a place after "of" is tested below
    // The place as tagged, or as the gazetteer lists it where the tagger typed it otherwise ("of China/ORG",
    // "of Japan/MISC").
    std::size_t end = k + 2;
    if (tags[k + 1] == kTagBLoc) {
      while (end < toks.size() && tags[end] == kTagILoc) ++end;
    } else if (tags[k + 1] != kTagO && tags[k + 1] % 2 == 1 && (toks[k + 1].phrase_bits & kLexPlace) &&
               toks[k + 1].phrase_len >= 1) {
      end = k + 1 + toks[k + 1].phrase_len;
      if (end > toks.size() || (end < toks.size() && tags[end] != kTagO && tags[end] % 2 == 0)) continue;
    } else {
      continue;
    }
    if (end < toks.size() && tags[end] == kTagIOrg) continue;
    tags[k] = kTagIOrg;
    for (std::size_t j = k + 1; j < end; ++j) tags[j] = kTagIOrg;
  }
}

// A verb is no part of a name. The tagger ran names over one between two of them: BBC "Arjan de Zeeuw let
// Thierry Henry" (8 mentions), "O'Driscoll enabled O'Gara", "Tories say Labour", PolNeAR "O'Malley joined
// Clinton", "Orlando Sentinel via Getty Images". The word splits them; each keeps the span's type. Nouns
// stay: the tagger's person is often a work's title ("Breakfast with Frost"), which splitting would leave in
// pieces.
void split_names_at_verb(const Document& doc, const std::vector<NerToken>& toks, std::vector<NerTag>& tags) {
  static constexpr std::string_view kVerbs[] = {"let", "via", "won", "is", "are", "was", "were", "says", "say",
                                                "has", "had", "beat", "met", "meets", "joins", "replacing"};
  for (std::size_t k = 1; k + 1 < toks.size(); ++k) {
    const NerTag in = tags[k];
    if (in == kTagO || in % 2 != 0 || tags[k + 1] != in || !is_lower_word(toks[k]) ||
        !(toks[k + 1].flags & kCapitalized))
      continue;
    const std::string_view w = word(doc, toks[k]);
    if (!w.ends_with("ed") && std::find(std::begin(kVerbs), std::end(kVerbs), w) == std::end(kVerbs)) continue;
    tags[k] = kTagO;
    tags[k + 1] = static_cast<NerTag>(in - 1);
  }
}

// Two people joined by "and" or "or" are two, though the tagger ran one span over both: PolNeAR "Donald J.
// Trump and Hillary Clinton", "O'Reilly and Sean Hannity".
void split_coordinated_persons(const Document& doc, const std::vector<NerToken>& toks, std::vector<NerTag>& tags) {
  for (std::size_t k = 1; k + 1 < toks.size(); ++k) {
    if (tags[k] != kTagIPer || tags[k + 1] != kTagIPer || !(toks[k + 1].flags & kCapitalized)) continue;
    const std::string_view w = word(doc, toks[k]);
    if (w != "and" && w != "or") continue;
    tags[k] = kTagO;
    tags[k + 1] = kTagBPer;
  }
}

// An ampersand joins a name's two halves: BBC "insurance broker Marsh & McLennan", where the tagger, taking the
// broker for a noun before a name, ended the organisation on the ampersand ("Marsh &", 4 mentions) and left
// "McLennan" out. The capitalised words after it (up to three) continue the span before it, with its type. A
// person before it is one of two people ("Ludacris & Lil Jon", the tagger's "& Lil Jon"), unless the tagger ran
// one person over it, a firm named for its partners. Capitals joined by an ampersand without spaces are one name
// however the tagger read the pieces, or none: BBC "AT&T" had been an organisation "T" (19 mentions), "R&B" an "R&".
void join_ampersand(const Document& doc, const std::vector<NerToken>& toks, std::vector<NerTag>& tags) {
  const auto initials = [&](std::size_t j) {
    const std::string_view w = word(doc, toks[j]);
    return toks[j].word && !w.empty() && w.size() <= 4 &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  const auto glued = [&](std::size_t k) {
    if (toks[k + 1].start != toks[k].end || doc.text[toks[k].start] != '&' || toks[k].end != toks[k].start + 1 ||
        !initials(k - 1))
      return;
    if (!initials(k + 1)) {
      // "R&B-soul" is one word of a genre: no name "R&".
      if (tags[k - 1] % 2 == 1 && toks[k + 1].word) tags[k - 1] = tags[k] = tags[k + 1] = kTagO;
      return;
    }
    const NerTag* named = std::find_if(&tags[k - 1], &tags[k + 2], [](NerTag t) { return t != kTagO; });
    if (named == &tags[k + 2]) return;
    const auto inside = static_cast<NerTag>((*named + 1) / 2 * 2);
    if (tags[k - 1] != inside) tags[k - 1] = static_cast<NerTag>(inside - 1);
    tags[k] = tags[k + 1] = inside;
    // What the tagger began after the pieces continues the name ("P&O Cruises"), else it is its own.
    if (k + 2 < toks.size() && tags[k + 2] != kTagO && tags[k + 2] % 2 == 0 && tags[k + 2] != inside)
      tags[k + 2] = static_cast<NerTag>(tags[k + 2] - 1);
  };
  for (std::size_t k = 1; k + 1 < toks.size(); ++k) {
    if (tags[k - 1] == kTagO && tags[k] == kTagO && tags[k + 1] == kTagO) continue;  // most words: no name near
    if (toks[k].start == toks[k - 1].end) {
      glued(k);
      continue;
    }
    if (tags[k - 1] == kTagO || word(doc, toks[k]) != "&" || !(toks[k + 1].flags & kCapitalized) ||
        toks[k].start != toks[k - 1].end + 1 || toks[k + 1].start != toks[k].end + 1)
      continue;
    if (tags[k - 1] == kTagBPer || tags[k - 1] == kTagIPer) {
      // A span run over the ampersand is a firm named for its partners: "Wilson Sonsini Goodrich & Rosati".
      if (tags[k] == kTagIPer && tags[k + 1] == kTagIPer) continue;
      tags[k] = kTagO;
      if (tags[k + 1] == kTagIPer) tags[k + 1] = kTagBPer;
      continue;
    }
    const NerTag in = tags[k - 1] % 2 ? static_cast<NerTag>(tags[k - 1] + 1) : tags[k - 1];
    tags[k] = in;
    std::size_t j = k + 1;
    for (; j < toks.size() && j < k + 4 && toks[j].word && (toks[j].flags & kCapitalized); ++j) {
      // Each word after the first is no new name's start: "Marks & Spencer Chief Executive Stuart Rose".
      if (j > k + 1 && tags[j] != kTagO && tags[j] % 2 != 0) break;
      tags[j] = in;
    }
    k = j - 1;
  }
}

// The auxiliaries that open a question ("Will Labour win?"), capitalised as they stand first.
bool question_auxiliary(std::string_view w) {
  static constexpr std::string_view kAuxiliaries[] = {"Will", "Would", "Can", "Could", "Should", "Shall", "Did",
                                                      "Does", "Do", "Is", "Are", "Was", "Were", "Has", "Have",
                                                      "Had", "Must", "Might"};
  return std::find(std::begin(kAuxiliaries), std::end(kAuxiliaries), w) != std::end(kAuxiliaries);
}

void find_in_sentence(const Document& doc, std::vector<NerToken>& toks, const std::vector<NerTag>& tags,
                      const Lexicons& lex, const NerResources& res, std::vector<Found>& out) {
  const NerGazetteer& gaz = res.gazetteer;
  const std::string_view text = doc.text;
  std::vector<bool> taken(toks.size(), false);
  // Gazetteer phrases of several words first: they hold the tagger's pieces together ("Belt and Road
  // Initiative", "International Criminal Court", "Papua New Guinea", article 000/004). A tagger span reaching
  // past the phrase ("Bank of New York") wins over it.
  std::vector<std::pair<std::size_t, std::size_t>> phrases;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const std::size_t len = toks[i].phrase_len;
    const std::uint8_t bits = toks[i].phrase_bits;
    EntityType type;
    if (len < 2 || !gazetteer_type(bits, type)) continue;
    bool inside = true;
    if (i > 0 && tags[i] != kTagO && tags[i] % 2 == 0) inside = false;   // a span runs in from the left
    if (i + len < toks.size() && tags[i + len] != kTagO && tags[i + len] % 2 == 0) inside = false;
    if (inside) {
      out.push_back({i, i + len, type, MentionKind::kName, {}});
      for (std::size_t k = i; k < i + len; ++k) taken[k] = true;
    }
    i += len - 1;
  }
  for (std::size_t i = 0; i < toks.size();) {
    // No name holds a quotation mark: BBC "... Prisoner Cell Block H." Labour had broken promises" is two
    // pieces, and the piece after the mark starts a name of its own.
    // Nor a web address: PolNeAR "Ken Thomas https://twitter.com/KThomasDC".
    if (tags[i] == kTagO || taken[i] || toks[i].quote || (toks[i].flags & kUrl)) { ++i; continue; }
    const int inside = tags[i] % 2 ? tags[i] + 1 : tags[i];  // B-X (odd) continues as I-X
    std::size_t j = i + 1;
    while (j < toks.size() && tags[j] == inside && !taken[j] && !toks[j].quote && !(toks[j].flags & kUrl)) ++j;
    Found f{i, j, type_of_tag(tags[i]), MentionKind::kName, {}};
    i = j;
    // "Since Moscow", "Their" (article 004, 001): a sentence-initial function word is no part of a name. Unless
    // an ampersand joins it to the rest: "AT&T just finished laying cable".
    const auto glued_to_next = [&](std::size_t k) {
      return k + 1 < toks.size() && toks[k + 1].start == toks[k].end && word(doc, toks[k + 1]) == "&";
    };
    while (f.first < f.end &&
           ((toks[f.first].flags & kSentenceStart) || (f.first > 0 && !toks[f.first - 1].word)) &&
           res.function_words.contains_folded(word(doc, toks[f.first])) && !glued_to_next(f.first))
      ++f.first;
    // Nor on the auxiliary opening a question: "Will Labour win the election?" was a person "Will Labour".
    if (f.end - f.first > 1 && (toks[f.first].flags & kSentenceStart) && question_auxiliary(word(doc, toks[f.first]))) {
      std::size_t last = toks.size();
      while (last > 0 && (toks[last - 1].quote || word(doc, toks[last - 1]) == ")")) --last;
      if (last > 0 && word(doc, toks[last - 1]) == "?") ++f.first;
    }
    // Nor starts on the possessive of the word before (BBC "Rosneft's purchase", "China's integration"), nor on
    // punctuation: PolNeAR ". Elizabeth Warren".
    while (f.first < f.end && ((toks[f.first].flags & kPossessive) || is_stray_punct(doc, toks[f.first])))
      ++f.first;
    // Nor on a word without a capital, which names nothing: BBC "Gazprom's plans", "China's currency",
    // "Nintendo's handheld GameBoy", "India or South Africa" (64 such entities). A particle of a name stays:
    // "van der Walt", "de Villiers"; so does "iTunes".
    while (f.first < f.end && no_capital(doc, toks[f.first]) && !name_particle(word(doc, toks[f.first])))
      ++f.first;
    if (f.first == f.end) continue;
    // A bracket the name does not close ends it: PolNeAR "Sen. Robert P. Casey Jr. (D-Pa.), a Clinton backer"
    // was "Robert P. Casey Jr. (D-Pa.", "(Donald J. Trump)" "Donald J. Trump)". A bracket it closes stays:
    // "Michael A. (Mike) Moodian".
    std::size_t open = f.end;  // an unclosed "(", f.end when there is none
    for (std::size_t k = f.first; k < f.end; ++k) {
      const std::string_view w = toks[k].word ? std::string_view{} : word(doc, toks[k]);
      if (w == "(" && open == f.end) open = k;
      else if (w == ")" && open != f.end) open = f.end;
      else if (w == ")") { f.end = k; break; }
    }
    if (open < f.end) f.end = open;
    if (f.first == f.end) continue;
    // A name ends on a capitalised word, not on the verb after it: BBC "Kilroy-Silk has", "Howard said". Nor
    // on punctuation: PolNeAR "Steven M. Rosenthal, a tax lawyer" was "Steven M. Rosenthal,", BBC "the Bank of
    // England."" was "Bank of England.". The full stop of an abbreviation or an initial stays: "Fla.", "Co.".
    const auto own_full_stop = [&](std::size_t k) {
      return word(doc, toks[k]) == "." && ends_abbreviation(doc, toks[k - 1], res);
    };
    // An exclamation or question mark belongs to a company or a title ("Yahoo!", "Mamma Mia!"), once, never to a
    // person or a place: PolNeAR "Thanks Sarah!!!", "Nikki Haley?".
    const auto stray_mark = [&](std::size_t k) {
      const std::string_view w = word(doc, toks[k]);
      return (w == "!" || w == "?") && (f.type == EntityType::kPerson || f.type == EntityType::kPlace ||
                                        word(doc, toks[k - 1]) == w);
    };
    while (f.end - f.first > 1 && (is_lower_word(toks[f.end - 1]) || stray_mark(f.end - 1) ||
                                   (is_stray_punct(doc, toks[f.end - 1]) && !own_full_stop(f.end - 1))))
      --f.end;
    // A person's name ends before a possessive (BBC "Charlize Theron's Oscar" is Charlize Theron's). A title
    // the tagger took into it ("President Xi") stays outside it, as in CoNLL; so does what comes before a title
    // inside it (PolNeAR "Wells Fargo CEO John Stumpf", BBC "East Midlands MEP Robert Kilroy-Silk"), and it
    // ends before "of" ("Earl Ray Tomblin of West Virginia").
    if (f.type == EntityType::kPerson) {
      for (std::size_t k = f.first + 1; k + 1 < f.end; ++k)
        if (toks[k].flags & kPossessive) { f.end = k; break; }
      for (std::size_t k = f.end - 1; k > f.first; --k)
        if ((toks[k].flags & kCapitalized) &&
            ((toks[k - 1].lex & kLexTitle) || name_title(doc, toks[k - 1], res, f.end - k))) {
          f.first = k;
          break;
        }
      for (std::size_t k = f.first + 1; k + 1 < f.end; ++k)
        if (word(doc, toks[k]) == "of") { f.end = k; break; }
      // A headline in Title Case is no name: PolNeAR's related-story lines "Latinos Can't Fail On TV" (7
      // mentions), "Marco Rubio Responds To Question About Minimum Wage ...", "George Lopez On Why Blacks ...".
      // In a span of four words or more, the name ends before a capitalised preposition or pronoun, and what is
      // left of three words or more is a headline's words, no name. Shorter ones are titles of works, left as
      // they were (BBC "Carry On", "Man To Man").
      static constexpr std::string_view kHeadlineWords[] = {"On", "To", "About", "With", "In", "By", "For",
                                                            "From", "Into", "Against", "Why", "How", "What",
                                                            "Her", "His", "Their", "Its"};
      for (std::size_t k = f.first + 1; f.end - f.first >= 4 && k < f.end; ++k)
        if (std::find(std::begin(kHeadlineWords), std::end(kHeadlineWords), word(doc, toks[k])) !=
            std::end(kHeadlineWords)) {
          if (k - f.first >= 3) f.first = f.end;  // dropped below
          else f.end = k;
          break;
        }
      // A role noun opening the sentence, before a name of two words or more, is no part of it: BBC "Singer Pete
      // Doherty" (28 such mentions), "Comedian Chris Morris", "Manager David Moyes" (speaker_roles.txt).
      if (f.first == 0 && f.end - f.first >= 3 && (toks[1].flags & kCapitalized)) {
        const std::string* role = res.speaker_roles.value_of(fold_ascii(word(doc, toks[0])));
        if (role && *role != "thing") ++f.first;
      }
      // Nor an honour after it (BBC "Philippe Sands QC", 7 mentions), nor a contraction the tagger ran on into
      // (PolNeAR "Jim Eastland I’ve").
      if (f.end - f.first >= 3) {
        static constexpr std::string_view kHonours[] = {"QC", "KC", "OBE", "MBE", "CBE"};
        const std::string_view last = word(doc, toks[f.end - 1]);
        if (std::find(std::begin(kHonours), std::end(kHonours), last) != std::end(kHonours) || contraction(last))
          taken[--f.end] = true;  // and no name of its own
      }
    }
    // A role noun before a given name and a surname, in a span the tagger typed otherwise, is no part of it and
    // makes it a person: BBC "Coach Andy Robinson", "Boss Steve Bruce", "Author David Mitchell" (ORG), PolNeAR
    // "Sheriff Joe Arpaio", "Billionaire Donald Trump" (speaker_roles.txt, first_names.txt).
    if (f.type != EntityType::kPerson && f.end - f.first >= 3 && f.end - f.first <= 4 &&
        !(toks[f.first].lex & kLexTitle) && (toks[f.first + 1].flags & kCapitalized) &&
        res.first_names.contains(word(doc, toks[f.first + 1]))) {
      const std::string* role = res.speaker_roles.value_of(fold_ascii(word(doc, toks[f.first])));
      if (role && *role != "thing") {
        ++f.first;
        f.type = EntityType::kPerson;
      }
    }
    // A peer is a person, styled with the rank: BBC "Lord Goldsmith" had been a person (20 mentions), a place
    // (12) and an organisation (3), three entities; "Lord Woolf", "Lord Falconer" likewise. Where a paragraph
    // opens with the rank the tagger leaves it out ("Lord [Falconer] told"), and takes it in alone before a
    // role ("the [Lord] Chancellor": a person "Lord"). Not a role ("Lord Chancellor", "Lord Chief Justice") nor
    // a place ("Lord's").
    if (f.end - f.first <= 4) {
      if (f.type == EntityType::kPerson && f.first > 0 && !taken[f.first - 1] && peer_rank(word(doc, toks[f.first - 1])) &&
          toks[f.first - 1].end + 1 == toks[f.first].start && text[toks[f.first - 1].end] == ' ')
        --f.first;
      if (f.end - f.first == 1 && peer_rank(word(doc, toks[f.first])) && word(doc, toks[f.first]) != "Lady") continue;
      if (f.end - f.first >= 2 && peer_rank(word(doc, toks[f.first])) && peer_name(doc, toks[f.first + 1], res))
        f.type = EntityType::kPerson;
    }
    // A person named after a title inside a span typed otherwise: PolNeAR "Vermont Sen. Bernie Sanders" (PLACE,
    // 22 mentions), "Texas Sen. Ted Cruz" (ORG), BBC "Home Secretary Charles Clarke" (ORG). What comes before
    // the title is a name of its own where the tagger called the whole a place ("Vermont") or the gazetteer
    // lists it, and is dropped otherwise ("House Minority Leader Nancy Pelosi").
    if (f.type != EntityType::kPerson) split_person_after_title(doc, toks, res, f, taken, out);
    while (f.end - f.first > 1 && f.type == EntityType::kPerson) {
      if (toks[f.first].lex & kLexTitle) {
        ++f.first;
        continue;
      }
      // A party word before a name of two words is no part of it: BBC "Tory Liam Fox", "Tory Dominic Grieve"
      // had been persons of their own beside "Liam Fox" (parties.txt).
      if (f.end - f.first >= 3 && res.parties.contains(word(doc, toks[f.first])) &&
          (toks[f.first + 1].flags & kCapitalized)) {
        ++f.first;
        continue;
      }
      // name_titles.txt: "Justice Scalia", "Prof. Joni Lovenduski", "Sir John Bourn".
      std::size_t name = f.first + 1;
      if (name < f.end && word(doc, toks[name]) == ".") ++name;
      if (name >= f.end || !(toks[name].flags & kCapitalized) || !name_title(doc, toks[f.first], res, f.end - name))
        break;
      f.first = name;
    }
    if (f.first == f.end) continue;
    // A title alone names nobody: BBC "Mr" (32 mentions), "Dr". Not a title that is a surname too ("King").
    if (f.end - f.first == 1 && (toks[f.first].lex & kLexTitle)) {
      const std::string_view w = word(doc, toks[f.first]);
      if (w.size() <= 3 || w.back() == '.' || (toks[f.first].flags & kAllCaps)) continue;
    }
    if (f.end - f.first == 1 && f.type == EntityType::kPerson && name_title(doc, toks[f.first], res, 2)) continue;
    // Nor does a title in the plural, abbreviated: PolNeAR "Sens. John McCain and Lindsey Graham" left an
    // organisation "Sens" (15 mentions), "Reps." a place.
    if (f.end - f.first == 1 && f.end < toks.size() && word(doc, toks[f.end]) == "." &&
        toks[f.end].start == toks[f.first].end) {
      const std::string_view w = word(doc, toks[f.first]);
      if (w.size() >= 3 && w.size() <= 6 && w.back() == 's') {
        char singular[8];
        std::memcpy(singular, w.data(), w.size() - 1);
        singular[w.size() - 1] = '.';
        if (res.gazetteer.bits_of({singular, w.size()}) & kLexTitle) continue;
      }
    }
    // Nor does a function word left over where a listed name took the rest (PolNeAR "told The New York Times":
    // "The", 67 mentions as an organisation), nor a faith's or a community's people ("Muslims", groups.txt), nor
    // a kind of thing ("PC", "DVDs", common_nouns.txt).
    if (f.end - f.first == 1) {
      const std::string_view w = word(doc, toks[f.first]);
      const auto listed_or_plural = [&](const WordList& list) {
        return list.contains(w) || (w.size() > 2 && w.back() == 's' && list.contains(w.substr(0, w.size() - 1)));
      };
      if (res.function_words.contains_folded(w) || listed_or_plural(res.groups) ||
          listed_or_plural(res.common_nouns))
        continue;
    }
    const std::string_view name = text.substr(toks[f.first].start, toks[f.end - 1].end - toks[f.first].start);
    // A label of several words is no name either: BBC line-ups' "Subs Not Used" (24 mentions as an organisation).
    if (f.end - f.first > 1 && res.common_nouns.contains(name)) continue;
    const std::uint8_t bits = gaz.bits_of(name);
    const bool listed = gazetteer_type(bits, f.type);
    // "Chinese", "Middle Eastern" are adjectives (CoNLL's MISC); "May" is a month. Neither is an entity here.
    if ((bits & (kLexDemonym | kLexCalendar)) && !listed) continue;
    // Nor a people named with a qualifier: PolNeAR "Muslim Americans" (31 mentions as a person), "Native
    // Americans", "Rohingya Muslims", "Southern Europeans": the last word is a demonym's or a faith's plural.
    if (!listed && f.end - f.first > 1 && f.end - f.first <= 3) {
      const std::string_view last = word(doc, toks[f.end - 1]);
      const std::string_view single = last.size() > 4 && last.back() == 's' ? last.substr(0, last.size() - 1) : "";
      if (!single.empty() && ((gaz.bits_of(single) & kLexDemonym) || res.groups.contains(single))) continue;
    }
    // Nor the end of a holiday the tagger cut in two: BBC "Christmas Day" gave a "Day" (21 mentions as a place),
    // "the New Year" a "New" (calendar.txt lists both whole).
    if (!listed && within_calendar_phrase(toks, f.first, f.end)) continue;
    if (!listed && f.end - f.first == 1) {
      const std::string_view w = word(doc, toks[f.first]);
      // Nor are a nationality's people: PolNeAR "Americans", BBC "Britons" (demonyms.txt has the adjective).
      if (w.size() > 4 && w.back() == 's' && (gaz.bits_of(w.substr(0, w.size() - 1)) & kLexDemonym)) continue;
      // Nor a contraction: PolNeAR "I’m", "I’ve" (as persons, 5 and 4 mentions), "You’ve", "Don't" (9 and 5).
      const std::size_t apostrophe = std::min(w.find('\''), w.find("\xE2\x80\x99"));
      if (contraction(w) || (apostrophe != std::string_view::npos &&
                             res.pronouns.contains_folded(w.substr(0, apostrophe))))
        continue;
      // "the Israel-Hamas war" (article 004): a compound of names modifies a noun; it names neither alone.
      const std::size_t dash = w.find('-');
      if (dash != std::string_view::npos && (gaz.bits_of(w.substr(0, dash)) & (kLexPlace | kLexOrg))) continue;
      // Nor an adverb opening the sentence before its comma: BBC "Personally, ...", "Unfortunately, ...",
      // "Globally, ..." (persons of their own). By their endings, which names seldom have ("Donnelly" has none).
      static constexpr std::string_view kAdverbEnds[] = {"ally", "ately", "ously", "ently", "antly", "fully",
                                                         "ingly", "ively", "ibly", "ably", "ssly"};
      const bool opening = (toks[f.first].flags & kSentenceStart) || (f.first > 0 && !toks[f.first - 1].word);
      if (opening && w.size() >= 7 && f.end < toks.size() && word(doc, toks[f.end]) == "," &&
          std::any_of(std::begin(kAdverbEnds), std::end(kAdverbEnds), [&](std::string_view e) { return w.ends_with(e); }))
        continue;
    }
    // "making Russia China’s second-largest trade partner" (article 002): two places side by side, not one.
    if (!listed && f.end - f.first == 2 && toks[f.first].phrase_len == 1 && toks[f.first + 1].phrase_len == 1 &&
        (toks[f.first].phrase_bits & kLexPlace) && (toks[f.first + 1].phrase_bits & kLexPlace)) {
      out.push_back({f.first, f.first + 1, EntityType::kPlace, MentionKind::kName, {}});
      taken[f.first] = true;
      f = {f.first + 1, f.end, EntityType::kPlace, MentionKind::kName, {}};
    }
    // No person's name ends in an organisation's or an event's word: BBC "Film Festival" (20 mentions as a
    // person), "Booker Prize", PolNeAR "Clinton Foundation". Unless the lexicon marks the word a surname too:
    // "Jerry Hall", "Merriweather Post". Nor in the words org_ends.txt adds: BBC "Forrester Research".
    if (f.type == EntityType::kPerson && !listed && f.end - f.first >= 2) {
      const std::string_view last = word(doc, toks[f.end - 1]);
      const std::string* org = res.org_words.value_of(last);
      if (!org) org = res.org_ends.value_of(last);
      const std::string* misc = org ? nullptr : res.misc_heads.value_of(last);
      if (org && *org != "surname") f.type = EntityType::kOrg;
      else if (misc && *misc != "surname") f.type = EntityType::kMisc;
    }
    // A law or a treaty, whatever the tagger typed it: PolNeAR "Affordable Care Act" (ORG).
    if (!listed && f.end - f.first >= 2 && f.type != EntityType::kMisc)
      if (const auto it = res.misc_heads.entries().find(word(doc, toks[f.end - 1]));
          it != res.misc_heads.entries().end() && it->second == "any")
        f.type = EntityType::kMisc;
    // A street, square or park is a place, however the tagger typed it (place_words.txt): BBC "Downing Street",
    // "Trafalgar Square", "Lansdowne Road". A person keeps a name that may be a surname: "Wayne Bridge".
    if (!listed && f.end - f.first >= 2) {
      // Exact lookups (one hash each): the words are capitalised as listed.
      const auto place = res.place_words.entries().find(word(doc, toks[f.end - 1]));
      if (place != res.place_words.entries().end() && (f.type != EntityType::kPerson || place->second != "surname"))
        f.type = EntityType::kPlace;
    }
    // MISC is kept for initiatives, events and buildings only, not "Western" or "Israeli-Palestinian".
    if (f.type == EntityType::kMisc && !listed) {
      bool head = false;
      for (std::size_t k = f.first; k < f.end; ++k) head = head || res.misc_heads.contains(word(doc, toks[k]));
      if (!head) continue;
    }
    // "Middle East ambassador Zhai Jun" (article 004): a name after a title is a person.
    if (!listed && f.type != EntityType::kPerson && f.first > 0 && is_title(doc, toks[f.first - 1], res) &&
        f.end - f.first <= 3)
      f.type = EntityType::kPerson;
    // A name that takes a number keeps it: BBC "Channel 4" (29 mentions had been "Channel"), "BBC Radio 4", "Halo 2",
    // "Doom 3", "Windows 95". Not a score ("Chelsea 2 Arsenal 1", CoNLL "Chelsea 2 ( Vialli 45 )"), a figure
    // ("Labour 35,000") or a date ("Blair May 5"): a number of four digits or fewer, then a lower-case word, a
    // comma, a full stop or nothing; never a person's name.
    if (f.type != EntityType::kPerson && f.end < toks.size() && !taken[f.end] && short_number_after(doc, toks, f.end))
      ++f.end;
    // "May" after a first name is the surname the tagger left out as a month: BBC "Theresa May", "Brian May"
    // (21 mentions as "Brian"). Not a date: "Blair May 5".
    if (f.type == EntityType::kPerson && f.end - f.first == 1 && f.end < toks.size() && !taken[f.end] &&
        word(doc, toks[f.end]) == "May" && (f.end + 1 == toks.size() || !is_ascii_digit(doc.text[toks[f.end + 1].start])))
      ++f.end;
    if (f.type == EntityType::kPerson) f.role = role_before(doc, toks, f.first, lex);
    for (std::size_t k = f.first; k < f.end; ++k) taken[k] = true;
    out.push_back(std::move(f));
  }
  // One-word gazetteer names the tagger left out.
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (taken[i]) continue;
    EntityType type;
    if (toks[i].phrase_len != 1 || !gazetteer_type(toks[i].phrase_bits, type)) continue;
    out.push_back({i, i + 1, type, MentionKind::kName, {}});
    taken[i] = true;
  }
  // Role nominals: "the Chinese leader", "The Russian president", "the Kremlin leader" (articles 000, 003).
  // A name right after ("The Chinese president Xi Jinping") makes it a title, not a mention of its own.
  for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
    if (!(toks[i].flags & kCapitalized) || !is_lower_word(toks[i + 1])) continue;
    if (taken[i] && !(toks[i].lex & kLexOrg)) continue;
    const auto role_it = res.roles.find(word(doc, toks[i + 1]));
    if (role_it == res.roles.end()) continue;
    const std::string* role = role_it->second;
    const std::string* country = country_of(doc, toks, i, lex);
    if (!country) continue;
    if (i + 2 < toks.size() && (toks[i + 2].flags & kCapitalized) && toks[i + 2].word) continue;
    std::size_t first = i;
    if (i > 0 && fold_ascii(word(doc, toks[i - 1])) == "the") first = i - 1;
    // "the Kremlin leader": the Kremlin is no ORG mention here, it is part of the role.
    out.erase(std::remove_if(out.begin(), out.end(), [&](const Found& f) { return f.first == i && f.end == i + 1; }),
              out.end());
    out.push_back({first, i + 2, EntityType::kPerson, MentionKind::kRole, *country + ":" + *role});
  }
}

// The other way round: where the article keeps "Growth and Opportunity Project" whole, a place where the tagger
// split that same phrase into "Growth" and "Opportunity Project" is one name too (PolNeAR huff-post).
void join_split_names(std::string_view text, std::vector<EntityCandidate>& out) {
  std::unordered_map<std::string_view, EntityType> whole;
  for (const EntityCandidate& c : out) {
    const std::string_view s = text.substr(c.span.start, c.span.size());
    if (c.kind == MentionKind::kName && s.find(" and ") != std::string_view::npos) whole.emplace(s, c.type);
  }
  if (whole.empty()) return;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    EntityCandidate& c = out[i];
    if (i + 1 < out.size() && c.kind == MentionKind::kName && out[i + 1].kind == MentionKind::kName &&
        out[i + 1].span.start == c.span.end + 5 && text.substr(c.span.end, 5) == " and ") {
      if (const auto it = whole.find(text.substr(c.span.start, out[i + 1].span.end - c.span.start));
          it != whole.end()) {
        c.span.end = out[i + 1].span.end;
        c.type = it->second;
        ++i;
      }
    }
    if (kept != i) out[kept] = std::move(c);
    ++kept;
  }
  out.resize(kept);
}

// Two names joined by "and" in one span are two where the article also names each alone: BBC "TGWU and Amicus",
// "Coldplay and Gorillaz", PolNeAR "Cruz and Trump" (an organisation each). "Securities and Exchange
// Commission" and "Belt and Road Initiative" stay whole: their halves are no names of their own.
void split_joined_names(const Document& doc, std::vector<EntityCandidate>& out) {
  const std::string_view text = doc.text;
  const auto surface = [&](const EntityCandidate& c) { return text.substr(c.span.start, c.span.size()); };
  if (std::none_of(out.begin(), out.end(), [&](const EntityCandidate& c) {
        return c.kind == MentionKind::kName && surface(c).find(" and ") != std::string_view::npos;
      }))
    return;
  std::unordered_map<std::string_view, std::pair<EntityType, std::vector<Span>>> alone;
  for (const EntityCandidate& c : out)
    if (c.kind == MentionKind::kName)
      alone.try_emplace(surface(c), c.type, std::vector<Span>{}).first->second.second.push_back(c.span);
  // 0: `name` is no name in the article; 1: a name only inside this same "X and Y", where the tagger split it
  // once; 2: a name somewhere else too. One "Growth and Opportunity Project" split by the tagger is no evidence
  // that the article names "Growth"; "one by Coldplay and one by Gorillaz" is.
  const auto named = [&](std::string_view name, std::string_view joined, bool left) {
    const auto it = alone.find(name);
    if (it == alone.end()) return 0;
    for (const Span& at : it->second.second) {
      const std::size_t from = left ? at.start : at.end - std::min<std::size_t>(at.end, joined.size());
      if (text.substr(from, joined.size()) != joined) return 2;
    }
    return 1;
  };
  std::vector<EntityCandidate> with_split;
  with_split.reserve(out.size() + 4);
  for (EntityCandidate& c : out) {
    const std::string_view s = surface(c);
    const std::size_t at = s.find(" and ");
    const bool joined = c.kind == MentionKind::kName && at != std::string_view::npos &&
                        s.find(" and ", at + 1) == std::string_view::npos;
    const int left = joined ? named(s.substr(0, at), s, true) : 0;
    const int right = joined ? named(s.substr(at + 5), s, false) : 0;
    if (left == 0 || right == 0 || left + right < 3) {
      with_split.push_back(std::move(c));
      continue;
    }
    EntityCandidate second = c;
    second.span.start = c.span.start + static_cast<std::uint32_t>(at + 5);
    second.type = alone.find(s.substr(at + 5))->second.first;
    second.role.clear();
    c.span.end = c.span.start + static_cast<std::uint32_t>(at);
    c.type = alone.find(s.substr(0, at))->second.first;
    with_split.push_back(std::move(c));
    with_split.push_back(std::move(second));
  }
  out = std::move(with_split);
  join_split_names(text, out);
}

// A name of two words or more the tagger found in an article is the same name wherever else the article writes
// it: it often tags one occurrence and misses the next (BBC "the Six Nations": 162 occurrences, a fifth of them
// tagged). Whole words only, in the body (titles and headings are left out as above), never over another name.
// Only a name the tagger typed one way wherever it found it in the article, and that opens with no title: a
// mistyped or mis-cut name must not be copied ("Prof Reddy" had been an organisation once). One pass over the
// tokens: the names are looked up by their first word.
void add_repeated_names(const DocText& text, std::string_view body, std::uint32_t doc_index, const NerResources& res,
                        std::vector<EntityCandidate>& out) {
  struct Name {
    std::string_view text;
    EntityType type;
    bool one_type;
  };
  std::unordered_map<std::string_view, std::vector<Name>, StringHash> by_first;
  for (const EntityCandidate& c : out) {
    if (c.kind != MentionKind::kName) continue;
    const std::string_view name = body.substr(c.span.start, c.span.size());
    const std::size_t space = name.find(' ');
    if (space == std::string_view::npos || name.find('\n') != std::string_view::npos) continue;
    const std::string_view first = name.substr(0, space);
    if ((res.gazetteer.bits_of(first) & kLexTitle) || res.name_titles.contains(first)) continue;
    auto& names = by_first[first];
    const auto it = std::find_if(names.begin(), names.end(), [&](const Name& n) { return n.text == name; });
    // A bounded list per first word keeps the scan linear in a text of thousands of names ("The ...").
    if (it == names.end() && names.size() < 32) names.push_back({name, c.type, true});
    else if (it == names.end()) continue;
    else it->one_type = it->one_type && it->type == c.type;
  }
  for (auto& [first, names] : by_first) std::erase_if(names, [](const Name& n) { return !n.one_type; });
  if (by_first.empty()) return;
  ShapeGate gate;  // turns most capitalised words away before a lookup
  for (const auto& [first, names] : by_first) gate.add(first);
  std::vector<Span> taken;  // the names found, in text order
  taken.reserve(out.size());
  for (const EntityCandidate& c : out) taken.push_back(c.span);
  std::sort(taken.begin(), taken.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  const auto free = [&](Span s) {
    const auto it = std::lower_bound(taken.begin(), taken.end(), s.end,
                                     [](const Span& t, std::uint32_t end) { return t.start < end; });
    return it == taken.begin() || std::prev(it)->end <= s.start;  // the last name starting before s ends there
  };
  std::vector<EntityCandidate> added;
  for (const Paragraph& p : text.paragraphs) {
    if (p.role == LineRole::kTitle || p.role == LineRole::kHeading) continue;
    const std::uint32_t first = text.sentences[p.first_sentence].first_token;
    const std::uint32_t end = text.sentences[p.end_sentence - 1].end_token;
    for (std::uint32_t k = first; k < end; ++k) {
      const Token& t = text.tokens[k];
      if (t.kind != TokenKind::kWord || !(t.flags & kCapitalized)) continue;
      const std::string_view word = body.substr(t.start, t.end - t.start);
      if (!gate.may_hold(word)) continue;
      const auto it = by_first.find(word);
      if (it == by_first.end()) continue;
      for (const auto& [name, type, one_type] : it->second) {
        const Span s{t.start, static_cast<std::uint32_t>(t.start + name.size())};
        if (s.end > p.span.end || body.substr(s.start, name.size()) != name) continue;
        // Ends where a word ends: not "Six Nations" in "Six Nationsx".
        if (s.end < body.size() && (std::isalnum(static_cast<unsigned char>(body[s.end])) || body[s.end] == '-'))
          continue;
        if (!free(s)) continue;
        EntityCandidate c;
        c.doc = doc_index;
        c.span = s;
        c.type = type;
        added.push_back(std::move(c));
        taken.insert(std::upper_bound(taken.begin(), taken.end(), s,
                                      [](const Span& a, const Span& b) { return a.start < b.start; }),
                     s);
        break;
      }
    }
  }
  if (added.empty()) return;
  out.insert(out.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
  std::stable_sort(out.begin(), out.end(),
                   [](const EntityCandidate& a, const EntityCandidate& b) { return a.span.start < b.span.start; });
}

}  // namespace

// [SECTION] find_named_entities
std::vector<EntityCandidate> find_named_entities(const Document& doc, std::uint32_t doc_index, const DocText& text,
                                                 const Lexicons& lexicons) {
  const NerResources& res = resources(lexicons);
  std::vector<EntityCandidate> out;
  out.reserve(text.tokens.size() / 16);
  std::vector<NerToken> toks;
  std::vector<NerTag> tags;
  std::vector<Found> found;
  for (const Paragraph& p : text.paragraphs) {
    // Titles and headings are set in Title Case ("Vladimir Putin Arrives in Beijing", article 002), where the
    // tagger sees a name in every word; they repeat the body's names, which is where mentions are counted.
    if (p.role == LineRole::kTitle || p.role == LineRole::kHeading) continue;
    for (std::uint32_t s = p.first_sentence; s < p.end_sentence; ++s) {
      const Sentence& sent = text.sentences[s];
      toks.clear();
      for (std::uint32_t k = sent.first_token; k < sent.end_token; ++k)
        if (!markup(doc.text, text.tokens[k])) toks.push_back(make_ner_token(doc.text, text.tokens[k], /*hash=*/false));
      if (toks.empty()) continue;
      toks[0].flags |= kSentenceStart;
      res.gazetteer.mark(doc.text, toks);
      res.model.tag(doc.text, toks, ner_headline(doc.text, toks), tags);
      join_middle_initials(doc, toks, tags);
      title_as_surname(doc, toks, tags);
      split_names_at_verb(doc, toks, tags);
      split_coordinated_persons(doc, toks, tags);
      join_ampersand(doc, toks, tags);
      join_org_of_place(doc, toks, tags, res);
      drop_trailing_weekday(doc, toks, tags, res);
      join_listed_place(doc, toks, tags, res);
      join_split_surname(doc, toks, tags, res);
      join_place_before_name(doc, toks, tags, res);
      join_number_word(doc, toks, tags);
      join_name_suffix(doc, toks, tags);
      join_first_name(doc, toks, tags, res);
      found.clear();
      find_in_sentence(doc, toks, tags, lexicons, res, found);
      for (Found& f : found) {
        EntityCandidate c;
        c.doc = doc_index;
        c.span = {toks[f.first].start, toks[f.end - 1].end};
        c.type = f.type;
        c.kind = f.kind;
        c.role = std::move(f.role);
        out.push_back(std::move(c));
      }
    }
  }
  split_joined_names(doc, out);
  add_repeated_names(text, doc.text, doc_index, res, out);
  return out;
}

}  // namespace newslens::core
