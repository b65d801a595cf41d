// Alias merging over the whole corpus, in passes over the candidates (sorted by document and offset):
// 0. two names the tagger ran together over "and" are split where the corpus names each alone ("Arsenal and
//    Chelsea");
// 1. names group by type and canonical form, spelling variants together (lexicon values: "US" -> "United
//    States", "Belt and Road" -> "Belt and Road Initiative"; variant_key: "Cctv" = "CCTV", "TimeWarner" = "Time
//    Warner");
//    then a name with a middle initial joins the same name without it ("Donald J. Trump" -> "Donald Trump"),
//    and one with a middle name where an article has both ("Hillary Rodham Clinton" -> "Hillary Clinton");
// 2. a one-word person name joins the full name it is part of ("Xi" -> "Xi Jinping", "Putin" -> "Vladimir
//    Putin"), preferring a full name from the same document and one of the gender its title gives ("Mr.
//    Clinton" -> Bill Clinton);
//    then a name mostly typed one way is one entity of that type ("Labour"), and a plural its singular
//    ("Liberal Democrats" = "Liberal Democrat");
// 3. an acronym joins the name whose initials it spells ("BRI" -> "Belt and Road Initiative");
// 4. a role ("the Kremlin leader", key "Russia:president") joins the person most often titled so;
// 5. a "person" introduced as a work is the work ("the film Vera Drake").
// Last, each person takes a gender from its titles, for the speakers' he and she.
// [SECTION] helpers  [SECTION] clusters  [SECTION] resolve_entities
#include "core/aliases.h"

#include <algorithm>
#include <initializer_list>
#include <array>
#include <cctype>
#include <limits>
#include <map>
#include <unordered_map>

#include "core/utf8.h"
#include "core/word_gate.h"

namespace newslens::core {

namespace {

// [SECTION] helpers
bool is_named(EntityType t) { return static_cast<int>(t) <= static_cast<int>(EntityType::kMisc); }

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t sp = s.find(' ', pos);
    if (sp == std::string_view::npos) sp = s.size();
    if (sp > pos) out.push_back(s.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return out;
}

// The lists giving a name its form, and the form one gives ("Gaza Strip" -> "Gaza", "New Silk Road" -> "Belt and
// Road Initiative"). `gate`: lexicon_shape_gate over kFormLists, which turns most names away unlooked-up.
constexpr std::string_view kFormLists[] = {"countries", "places", "organisations", "misc_names", "parties"};

// Without soft hyphens (U+00AD), invisible in a browser but not in a name ("Mer\u00ADkel" is "Merkel"), nor
// the brackets an editor's insertion or a Markdown link puts inside one: BBC "Gethin [Jenkins]" is Gethin
// Jenkins, "[Hillary] Clinton" Hillary Clinton. A decimal character reference of scraped text is its character:
// BBC "Jos&#233; Manuel Barroso" is "José Manuel Barroso" (the tokenizer keeps a name whole through one).
std::string without_inner_marks(std::string_view text) {
  if (std::none_of(text.begin(), text.end(), [](char c) { return c == '[' || c == ']' || c == '\xC2' || c == '&'; }))
    return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[' || text[i] == ']') continue;
    char32_t letter = 0;
    if (const std::size_t ref = text[i] == '&' ? letter_reference_length(text.substr(i), &letter) : 0) {
      append_utf8(out, letter);
      i += ref - 1;
      continue;
    }
    if (text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xAD') {
      ++i;
      continue;
    }
    out.push_back(text[i]);
  }
  return out;
}

std::string lexicon_form(const std::string& surface, const Lexicons& lex, const ShapeGate& gate) {
  if (!gate.may_hold(surface)) return surface;
  for (std::string_view list : kFormLists) {
    const std::string* v = lex.list(list).value_of(surface);
    if (v && !v->empty()) return *v;
  }
  return surface;
}

// "Belt and Road Initiative" -> "BRI": capitals of the capitalised words.
std::string initials(std::string_view name) {
  std::string out;
  for (std::string_view w : words_of(name))
    if (w[0] >= 'A' && w[0] <= 'Z') out.push_back(w[0]);
  return out;
}

bool is_acronym(std::string_view s) {
  if (s.size() < 2 || s.size() > 6) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

int uppercase_count(std::string_view s) {
  return static_cast<int>(std::count_if(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
}

// A name without the periods of its initials: "D.C." -> "DC", "U.N. Security Council" -> "UN Security
// Council"; "Fla." keeps its period.
bool initial_period(std::string_view form, std::size_t i) {
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  return form[i] == '.' && i > 0 && form[i - 1] >= 'A' && form[i - 1] <= 'Z' && (i == 1 || !letter(form[i - 2]));
}

std::string undotted(std::string_view form) {
  std::string out;
  out.reserve(form.size());
  for (std::size_t i = 0; i < form.size(); ++i)
    if (!initial_period(form, i)) out.push_back(form[i]);
  return out;
}

using namespace std::string_view_literals;

// U+00C0-U+017F without the accent, in lower case; 0 where the letter is no accented ASCII letter ("Æ", "ß").
constexpr std::string_view kUnaccented =
    "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkkkllllllllllnnnnnnnnnoooooo\0\0rrrrrrsssssssstttttt"
    "uuuuuuuuuuuuwwyyyzzzzzzs"sv;
static_assert(kUnaccented.size() == 0x180 - 0xC0);

// The key under which a name's variants meet: undotted, case folded ("Cctv" = "CCTV", article 003), without
// spaces and hyphens (BBC "TimeWarner" = "Time Warner", "X-Box" = "Xbox"; PolNeAR "D.C." = "DC"), and without
// accents, composed or not: "José Mourinho" = "Jose Mourinho", and "Müller" as one article writes it (U+00FC)
// = "Müller" as another pasted from macOS does ("u" and U+0308); without no-break spaces, as without spaces.
std::string variant_key(std::string_view form) {
  std::string out;
  out.reserve(form.size());
  for (std::size_t i = 0; i < form.size(); ++i) {
    const char c = form[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      std::size_t len = 0;
      const char32_t cp = decode_utf8(form, i, len);
      // A no-break or thin space is a space, an invisible mark nothing: PolNeAR "Vladimir\u00A0Putin".
      const bool space = cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x3000;
      if (!is_combining_mark(cp) && !space && !is_invisible_format(cp)) {
        const char plain = cp >= 0xC0 && cp < 0x180 ? kUnaccented[cp - 0xC0] : '\0';
        if (plain) out.push_back(plain);
        else out.append(form.substr(i, len));
      }
      i += len - 1;
      continue;
    }
    if (c == ' ' || c == '-' || initial_period(form, i)) continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return out;
}

// [SECTION] clusters
struct Cluster {
  EntityType type = EntityType::kMisc;
  std::map<std::string, int, std::less<>> forms;  // canonical-candidate forms and their counts
  std::vector<std::uint32_t> docs;    // documents holding a name mention (sorted, distinct)
  int mentions = 0;
  std::uint32_t parent = 0;           // union-find
};

struct Clusters {
  std::vector<Cluster> list;
  std::unordered_map<std::string, std::uint32_t> by_key;

  std::uint32_t find(std::uint32_t c) {
    while (list[c].parent != c) c = list[c].parent = list[list[c].parent].parent;
    return c;
  }
  std::uint32_t get(EntityType type, const std::string& form) {
    const std::string key = std::to_string(static_cast<int>(type)) + "|" + variant_key(form);
    auto [it, added] = by_key.emplace(key, static_cast<std::uint32_t>(list.size()));
    if (added) {
      list.emplace_back();
      list.back().type = type;
      list.back().parent = it->second;
    }
    return it->second;
  }
  // Counts one mention of `form` (a view: no string is built when the form is known, as most are).
  void add(std::uint32_t c, std::string_view form, std::uint32_t doc) {
    Cluster& cl = list[c];
    auto it = cl.forms.find(form);
    if (it == cl.forms.end()) it = cl.forms.emplace(std::string(form), 0).first;
    ++it->second;
    ++cl.mentions;
    // In document order, except pass 2 can join a later cluster to an earlier document: keep `docs` sorted for
    // in_doc's binary search.
    if (cl.docs.empty() || cl.docs.back() < doc) cl.docs.push_back(doc);
    else if (const auto at = std::lower_bound(cl.docs.begin(), cl.docs.end(), doc); *at != doc) cl.docs.insert(at, doc);
  }
  // Merges `from` into `into` (the type of `into` wins).
  void merge(std::uint32_t from, std::uint32_t into) {
    from = find(from), into = find(into);
    if (from == into) return;
    list[from].parent = into;
    for (const auto& [f, n] : list[from].forms) list[into].forms[f] += n;
    list[into].mentions += list[from].mentions;
    std::vector<std::uint32_t> docs;
    std::set_union(list[from].docs.begin(), list[from].docs.end(), list[into].docs.begin(), list[into].docs.end(),
                   std::back_inserter(docs));
    list[into].docs = std::move(docs);
  }
  bool in_doc(std::uint32_t c, std::uint32_t doc) const {
    return std::binary_search(list[c].docs.begin(), list[c].docs.end(), doc);
  }
};

// Pass 2b: one name, one entity. The tagger types a name mention by mention, and a name it mostly types one way
// is that everywhere: BBC "Labour" (504 mentions ORG, 27 PLACE), "Gordon Brown" (409 PERSON, 1 ORG), "Tory" (87
// ORG, 8 PLACE) were each two entities, two nodes of the graph. Only where one type has at least
// kTypeMajority times the mentions of the others together: "Southampton" (19 ORG, 13 PLACE) is the club and
// the city, "Downing Street" (18 PERSON, 18 other) stays as typed.
// A place the lexicons list (countries.txt, places.txt, regions.txt) is a place once half its mentions are:
// PolNeAR "North Carolina" (39 PLACE, 31 ORG for "North Carolina's law").
constexpr int kTypeMajority = 3;
template <class ListedPlace>
void join_type_variants(Clusters& clusters, ListedPlace listed_place) {
  // Variant key -> its root clusters, one per named type at most (a type's clusters share the key).
  using Roots = std::array<std::uint32_t, 4>;
  constexpr std::uint32_t kNone = ~std::uint32_t{0};
  std::unordered_map<std::string_view, Roots> by_name;
  by_name.reserve(clusters.by_key.size());
  for (const auto& [key, c] : clusters.by_key) {
    const std::uint32_t root = clusters.find(c);
    if (clusters.list[root].mentions <= 0) continue;
    auto [it, added] = by_name.try_emplace(std::string_view(key).substr(key.find('|') + 1));
    if (added) it->second.fill(kNone);
    it->second[static_cast<int>(clusters.list[c].type)] = root;
  }
  // In the order of the names, so the merges come out the same whatever the hash table's order (libc++ in
  // the browser, libstdc++ natively).
  std::vector<std::pair<std::string_view, Roots>> groups;
  for (const auto& [name, roots] : by_name)
    if (std::count(roots.begin(), roots.end(), kNone) <= 2) groups.emplace_back(name, roots);
  std::sort(groups.begin(), groups.end());
  for (auto& [name, roots] : groups) {
    std::uint32_t best = kNone;
    int total = 0;
    for (std::size_t k = 0; k < roots.size(); ++k) {
      if (roots[k] == kNone) continue;
      const std::uint32_t r = clusters.find(roots[k]);  // an earlier group may have merged it
      const bool seen = std::find(roots.begin(), roots.begin() + static_cast<std::ptrdiff_t>(k), r) !=
                        roots.begin() + static_cast<std::ptrdiff_t>(k);
      roots[k] = seen ? kNone : r;
      if (seen) continue;
      total += clusters.list[r].mentions;
      if (best == kNone || clusters.list[r].mentions > clusters.list[best].mentions) best = r;
    }
    const std::uint32_t place = roots[static_cast<int>(EntityType::kPlace)];
    if (place != kNone && 2 * clusters.list[place].mentions >= total && listed_place(clusters.list[place]))
      best = place;
    else if (clusters.list[best].mentions < kTypeMajority * (total - clusters.list[best].mentions))
      continue;
    for (std::uint32_t r : roots)
      if (r != kNone && r != best) clusters.merge(r, best);
  }
}

// Pass 2c: a plural name is its singular: BBC "Liberal Democrats" (88) and "Liberal Democrat" (35), "Lib Dems"
// and "Lib Dem", "Golden Globes" and "Golden Globe", "Oscars" and "Oscar", "Tories" and "Tory". Organisations
// and events of several words, one-word events (the awards), and -ies: one-word organisations differ by
// their -s as often as not (BBC "Times" and "Time", "Rovers" and "Rover", PolNeAR "States" and "State").
void join_plurals(Clusters& clusters) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;  // plural, singular (root clusters)
  std::string singular;
  for (const auto& [key, c] : clusters.by_key) {
    const std::size_t bar = key.find('|');
    const std::uint32_t plural = clusters.find(c);
    const EntityType type = clusters.list[plural].type;
    if ((type != EntityType::kOrg && type != EntityType::kMisc) || key.size() < bar + 4 || key.back() != 's' ||
        key[key.size() - 2] == 's')
      continue;
    const bool ies = key.ends_with("ies");
    singular.assign(key, 0, key.size() - (ies ? 3 : 1));
    if (ies) singular += 'y';
    const auto it = clusters.by_key.find(singular);
    if (it == clusters.by_key.end()) continue;
    const std::uint32_t one = clusters.find(it->second);
    if (one == plural || clusters.list[one].type != type || clusters.list[one].mentions <= 0 ||
        clusters.list[plural].mentions <= 0)
      continue;
    const auto words = [&](std::uint32_t cl) {
      return std::any_of(clusters.list[cl].forms.begin(), clusters.list[cl].forms.end(),
                         [](const auto& f) { return f.first.find(' ') != std::string::npos; });
    };
    if (type == EntityType::kOrg && !ies && !(words(plural) && words(one))) continue;
    pairs.emplace_back(plural, one);
  }
  std::sort(pairs.begin(), pairs.end());  // a fixed order whatever the hash table's
  for (const auto& [plural, one] : pairs) {
    const std::uint32_t a = clusters.find(plural), b = clusters.find(one);
    if (clusters.list[a].mentions >= clusters.list[b].mentions) clusters.merge(b, a);
    else clusters.merge(a, b);
  }
}

// Pass 2c': a name with its article is the name: BBC "The Aviator" (12 mentions, a place) and "Aviator" (76, an
// organisation), "The Times" and "Times", "The Simpsons" and "Simpsons" were two entities each, the article
// capitalised where it opens a sentence. The two join whatever their types, the larger's type winning. Not a
// person ("The Hague" and William Hague), nor a listed place ("The Gambia", "The Hague" itself).
template <class ListedPlace>
void join_title_articles(Clusters& clusters, ListedPlace listed_place) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;  // with the article, without (root clusters)
  for (const auto& [key, c] : clusters.by_key) {
    const std::size_t bar = key.find('|');
    if (key.compare(bar + 1, 3, "the") != 0 || key.size() <= bar + 4) continue;
    const std::uint32_t with = clusters.find(c);
    const Cluster& cl = clusters.list[with];
    if (cl.mentions <= 0 || (cl.type == EntityType::kPlace && listed_place(cl)) ||
        !std::all_of(cl.forms.begin(), cl.forms.end(), [](const auto& f) { return f.first.starts_with("The "); }))
      continue;
    std::uint32_t without = with;
    for (int t = 0; t <= static_cast<int>(EntityType::kMisc); ++t) {
      const auto it = clusters.by_key.find(std::to_string(t) + key.substr(bar, 1) + key.substr(bar + 4));
      if (it == clusters.by_key.end()) continue;
      const std::uint32_t r = clusters.find(it->second);
      if (r == with || clusters.list[r].mentions <= 0 || clusters.list[r].type == EntityType::kPerson) continue;
      if (without == with || clusters.list[r].mentions > clusters.list[without].mentions) without = r;
    }
    if (without != with) pairs.emplace_back(with, without);
  }
  std::sort(pairs.begin(), pairs.end());  // a fixed order whatever the hash table's
  for (const auto& [with, without] : pairs) {
    const std::uint32_t a = clusters.find(with), b = clusters.find(without);
    if (clusters.list[a].mentions > clusters.list[b].mentions) clusters.merge(b, a);
    else clusters.merge(a, b);
  }
}

// A person's name without its middle initials: "Donald J. Trump" -> "Donald Trump"; "" when it has none.
std::string without_middle_initials(std::string_view form) {
  if (count_words(form) < 3) return {};
  const std::vector<std::string_view> words = words_of(form);
  std::string out;
  bool dropped = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && i + 1 < words.size() && is_initials(words[i])) {
      dropped = true;
      continue;
    }
    if (!out.empty()) out.push_back(' ');
    out.append(words[i]);
  }
  return dropped ? out : std::string();
}

// Per person cluster holding the short form of another's names (`plain_of` gives it, "" for none), the clusters
// with the longer forms.
template <class PlainOf>
std::map<std::uint32_t, std::vector<std::uint32_t>> longer_forms(Clusters& clusters, PlainOf plain_of) {
  const std::string person = std::to_string(static_cast<int>(EntityType::kPerson)) + "|";
  std::map<std::uint32_t, std::vector<std::uint32_t>> variants;  // plain name's cluster -> the longer ones
  for (std::uint32_t c = 0; c < clusters.list.size(); ++c) {
    if (clusters.list[c].type != EntityType::kPerson || clusters.find(c) != c) continue;
    for (const auto& [form, n] : clusters.list[c].forms) {
      const std::string plain = plain_of(form);
      if (plain.empty()) continue;
      const auto it = clusters.by_key.find(person + variant_key(plain));
      if (it == clusters.by_key.end()) continue;
      std::vector<std::uint32_t>& v = variants[clusters.find(it->second)];
      if (std::find(v.begin(), v.end(), c) == v.end()) v.push_back(c);
    }
  }
  return variants;
}

// Pass 1b: a person named with a middle initial is the person named without it, where the corpus has one such
// name only: PolNeAR NYT "Donald J. Trump" (445 mentions) is "Donald Trump", but "George W. Bush" and "George
// H.W. Bush" stay apart from a "George Bush" both could be.
void join_middle_initials(Clusters& clusters) {
  for (const auto& [plain, initialled] : longer_forms(clusters, without_middle_initials))
    if (initialled.size() == 1 && initialled[0] != plain) clusters.merge(initialled[0], plain);
}

// A person's first and last name when a middle name stands between them: "Hillary Rodham Clinton" -> "Hillary
// Clinton"; "" for any other form.
std::string without_middle_name(std::string_view form) {
  if (count_words(form) != 3) return {};
  const std::vector<std::string_view> words = words_of(form);
  if (is_initials(words[1]) || words[1].front() < 'A' || words[1].front() > 'Z') return {};
  return std::string(words[0]) + " " + std::string(words[2]);
}

// A quantity is called by the form it is written in most often, the first written on a tie: BBC's 88 mentions
// of 7 are "seven" (30), not "seven-month" (11), which came first. `forms`: (entity, words) in mention order;
// sorted here.
void name_quantities(std::vector<std::pair<std::uint32_t, std::string_view>>& forms, std::vector<Entity>& entities) {
  std::vector<std::uint32_t> order(forms.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return forms[a] < forms[b]; });
  std::uint32_t entity = ~std::uint32_t{0};
  std::size_t best = 0, best_first = 0;
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    while (j < order.size() && forms[order[j]] == forms[order[i]]) ++j;
    const auto& [id, words] = forms[order[i]];
    // order[i] is the run's first mention: the sort is stable.
    if (id != entity || j - i > best || (j - i == best && order[i] < best_first)) {
      entity = id, best = j - i, best_first = order[i];
      entities[id].name = std::string(words);
    }
    i = j;
  }
}

// The canonical name: the fullest form ("Xi Jinping" over "Xi"), then the commonest, then the one in capitals
// ("CCTV" over "Cctv", article 003). Spellings of one name count together and are written as most often: BBC
// "Robert Kilroy-Silk" (98 mentions) over "Robert Kilroy Silk" (1), though the second has more words, and
// PolNeAR "Donald Trump" over "Donald J. Trump".
std::string canonical(const Cluster& c) {
  if (c.forms.size() == 1) return c.forms.begin()->first;
  struct Spelling {
    const std::string* form = nullptr;  // the commonest, then the one in capitals
    int n = 0, total = 0;
  };
  // Within a name's spellings, ties go to the accented ("Geert Supré" over "Geert Supre"), then to the shorter
  // ("Donald Trump" over "Donald J. Trump", "Billionaire Donald Trump" over the same with two spaces, the
  // composed "ü" over "u" and U+0308), then to capitals.
  const auto rank = [](const std::string& f, int count) {
    int accented = 0;  // letters beyond ASCII, not a no-break space ("Vladimir\u00A0Putin")
    for (std::size_t i = 0; i < f.size();) {
      std::size_t len = 1;
      if (static_cast<unsigned char>(f[i]) >= 0x80 && is_letter(decode_utf8(f, i, len))) ++accented;
      i += len;
    }
    return std::tuple{count, accented, -static_cast<int>(f.size()), uppercase_count(f)};
  };
  std::unordered_map<std::string, Spelling> spellings;
  for (const auto& [form, n] : c.forms) {
    // "Donald J. Trump" is a spelling of "Donald Trump" (join_middle_initials).
    std::string plain = without_middle_initials(form);
    // "Hillary Rodham Clinton" is a spelling of "Hillary Clinton" where the name has both (join_middle_names).
    if (plain.empty()) {
      plain = without_middle_name(form);
      if (!plain.empty() && c.forms.find(plain) == c.forms.end()) plain.clear();
    }
    Spelling& s = spellings[variant_key(plain.empty() ? form : plain)];
    s.total += n;
    if (!s.form || rank(form, n) > rank(*s.form, s.n)) s.form = &form, s.n = n;
  }
  const std::string* best = nullptr;
  std::tuple<std::size_t, int, int> best_key{};
  for (const auto& [key, s] : spellings) {
    const std::tuple<std::size_t, int, int> rank{std::size_t{count_words(*s.form)}, s.total, uppercase_count(*s.form)};
    if (!best || rank > best_key || (rank == best_key && *s.form < *best)) best = s.form, best_key = rank;
  }
  return best ? *best : std::string();
}

// How the tagger typed a one-word name over the whole corpus: its name mentions as PERSON, ORG, PLACE, MISC. A
// word it mostly calls something else is no surname outside the article that names the person in full: BBC
// "Once Google started blocking ..." made a person "Once Google" that drew in every "Google" of the corpus, and
// "Labour" followed a bad span into a person the same way.
using TypeVotes = std::array<int, 4>;
bool mostly_person(const TypeVotes& v) { return v[0] >= v[1] + v[2] + v[3]; }
// The type most mentions of the word have (PERSON when it has none).
EntityType majority(const TypeVotes& v) {
  return static_cast<EntityType>(std::max_element(v.begin(), v.end()) - v.begin());
}

// The type of a one-word name no person is named with in full: the commonest other than PERSON when the
// others have a quarter of the votes, else the commonest.
EntityType alone_type(const TypeVotes& v) {
  const int others = v[1] + v[2] + v[3];
  if (4 * others < v[0] + others) return majority(v);
  return static_cast<EntityType>(std::max_element(v.begin() + 1, v.end()) - v.begin());
}

// How many of the documents `docs` (ascending) are also in `other` (ascending).
std::size_t shared_docs(const std::vector<std::uint32_t>& docs, const std::vector<std::uint32_t>& other) {
  std::size_t shared = 0;
  for (std::uint32_t d : docs) shared += std::binary_search(other.begin(), other.end(), d);
  return shared;
}

// Pass 1c: a person named with a middle name is the person named without it where one article uses both: PolNeAR
// "Hillary Rodham Clinton" (62 mentions) beside "Hillary Clinton", "Alan Mark Grayson" beside "Alan Grayson". Not
// BBC's "Jerry Lee Lewis" and "Jerry Lewis", nor PolNeAR's "Rafael Edward Cruz" (Ted Cruz) and "Rafael Cruz" (his
// father), never named in one article.
void join_middle_names(Clusters& clusters) {
  for (const auto& [plain, named] : longer_forms(clusters, without_middle_name))
    for (std::uint32_t c : named)
      if (c != plain && shared_docs(clusters.list[c].docs, clusters.list[plain].docs) > 0) clusters.merge(c, plain);
}

// A person's last two names, when a first name comes before them: "Debbie Wasserman Schultz" -> "Wasserman
// Schultz", "Robert De Niro" -> "De Niro"; "" for any other form.
std::string without_first_name(std::string_view form) {
  if (count_words(form) != 3) return {};
  const std::vector<std::string_view> words = words_of(form);
  for (std::string_view w : words)
    if (w.front() < 'A' || w.front() > 'Z' || is_initials(w)) return {};
  return std::string(words[1]) + " " + std::string(words[2]);
}

// Pass 1d: a person named by a surname of two words is the one person the corpus names with a first name before
// them, where one article uses both: PolNeAR "Wasserman Schultz" (25 mentions) beside "Debbie Wasserman Schultz"
// (20), BBC "De Niro" beside "Robert De Niro". The two words are no first name and a surname ("Hillary Clinton" is
// not "Rival Hillary Clinton", a span run over the word before), and the word before them is a given name
// (first_names.txt) or they open with a particle (name_openers.txt: "Van Gogh", "Lo Cicero"). Not where two
// people could be meant.
void join_double_surnames(Clusters& clusters, const Lexicons& lexicons) {
  const WordList& first_names = lexicons.list("first_names");
  const WordList& openers = lexicons.list("name_openers");
  const auto first_word = [](const std::string& form) { return std::string_view(form).substr(0, form.find(' ')); };
  for (const auto& [plain, named] : longer_forms(clusters, without_first_name)) {
    if (named.size() != 1 || named[0] == plain) continue;
    const Cluster& full = clusters.list[named[0]];
    const Cluster& surname = clusters.list[plain];
    const std::string surname_name = canonical(surname), full_name = canonical(full);
    if (first_names.contains(first_word(surname_name)) ||
        (!first_names.contains(first_word(full_name)) && !openers.contains(first_word(surname_name))))
      continue;
    if (shared_docs(full.docs, surname.docs) > 0) clusters.merge(named[0], plain);
  }
}

// Pass 1e: an organisation named with the corpus's own country before it is the organisation named without it:
// PolNeAR "U.S. Senate" (17 mentions) is its "Senate" (236), "U.S. Supreme Court" its "Supreme Court". A
// country is a word or two of countries.txt ("U.S.", "UK", "United States"); a state or a city before a name
// makes another body ("Texas Senate"), and so does another country ("UK Government").
void join_country_prefix(Clusters& clusters, const WordList& countries) {
  const std::string org = std::to_string(static_cast<int>(EntityType::kOrg)) + "|";
  // Bare organisation's root cluster -> (country as written, the prefixed cluster) pairs.
  std::map<std::uint32_t, std::vector<std::pair<std::string, std::uint32_t>>> prefixed;
  for (std::uint32_t c = 0; c < clusters.list.size(); ++c) {
    if (clusters.list[c].type != EntityType::kOrg || clusters.find(c) != c) continue;
    for (const auto& [form, n] : clusters.list[c].forms) {
      for (std::size_t space = form.find(' '), words = 1; space != std::string::npos && words <= 2;
           space = form.find(' ', space + 1), ++words) {
        const std::string_view country = std::string_view(form).substr(0, space);
        const std::string_view rest = std::string_view(form).substr(space + 1);
        if (rest.empty() || rest[0] < 'A' || rest[0] > 'Z' || !countries.contains(country)) continue;
        const auto it = clusters.by_key.find(org + variant_key(rest));
        if (it == clusters.by_key.end()) continue;
        const std::uint32_t bare = clusters.find(it->second);
        if (bare == c) continue;
        prefixed[bare].emplace_back(std::string(country), c);
      }
    }
  }
  if (prefixed.empty()) return;
  // A country as countries.txt names it: "U.S." and "US" are both "United States".
  const auto country_of = [&](std::string_view written) {
    const std::string* value = countries.value_of(written);
    return value && !value->empty() ? *value : std::string(written);
  };
  // Only the corpus's own country, named twice as often as any other: there the bare name is that country's
  // body. BBC names the US and the UK about as often, and its "Court of Appeal" and "Government" are British.
  std::map<std::string, int> country_mentions;
  for (std::uint32_t c = 0; c < clusters.list.size(); ++c)
    if (clusters.list[c].type == EntityType::kPlace)
      for (const auto& [form, n] : clusters.list[c].forms)
        if (countries.contains(form)) country_mentions[country_of(form)] += n;
  std::string home;
  int first = 0, second = 0;
  for (const auto& [country, n] : country_mentions) {
    if (n > first) second = first, first = n, home = country;
    else second = std::max(second, n);
  }
  if (home.empty() || first < 2 * second) return;
  // The bare name names the entity, as the corpus mostly writes it: "Senate", "State Department", not "U.S.
  // Senate". The prefixed form counts as a spelling of it (it stays an alias: aliases are the mentions' words).
  for (const auto& [bare, with] : prefixed) {
    if (!std::all_of(with.begin(), with.end(), [&](const auto& w) { return country_of(w.first) == home; }))
      continue;
    for (const auto& w : with) clusters.merge(w.second, bare);
    auto& forms = clusters.list[clusters.find(bare)].forms;
    for (const auto& [country, c] : with)
      for (auto it = forms.begin(); it != forms.end();) {
        const std::string_view form = it->first;
        if (form.size() > country.size() + 1 && form.starts_with(country) && form[country.size()] == ' ') {
          forms[std::string(form.substr(country.size() + 1))] += it->second;
          it = forms.erase(it);
        } else {
          ++it;
        }
      }
  }
}

// Whether a fair share (a fifth) of the documents using a word alone for a person (`word_docs`) also name the
// person of `docs` in full: "Xi" and "Xi Jinping" in the bundled articles, "Brown" and "Gordon Brown" (58 of 78)
// or "O'Driscoll" and "Brian O'Driscoll" (4 of 17) in BBC; not "Google" and "Google Video" (1 of 31), nor
// "Frost" and "David Frost" (2 of 13). The shares in BBC fall into two heaps, below 0.16 and above 0.23. Two
// articles or fewer say too little to go on, and the name decides as before.
bool usually_beside(const std::vector<std::uint32_t>& word_docs, const std::vector<std::uint32_t>& docs) {
  return word_docs.size() < 3 || 5 * shared_docs(word_docs, docs) >= word_docs.size();
}

// "Xi agreed." (article 003): a first or last word of a person named in full in the same article, standing
// alone and capitalised, is that person even where the tagger missed it (a short name opening a sentence).
// Across articles only when the tagger itself has used the word alone as a name somewhere (CoNLL's sports
// tables share first names between unrelated people), and no more often than it did. One pass over the body
// tokens; adds candidates.
// `sorted`: the candidates in (doc, start) order. Returns the new ones, in the same order.
std::vector<EntityCandidate> propagate_person_names(const Analysis& analysis,
                                                   const std::vector<EntityCandidate*>& sorted,
                                                   const WordList& function_words) {
  struct Part {
    std::vector<std::uint32_t> docs;  // documents naming the person in full (ascending)
    bool alone = false;               // tagged alone as a person somewhere in the corpus
    TypeVotes votes{};                // one-word name mentions of the word by type
    int elsewhere = 0;                // mentions found in articles not naming the person in full
  };
  std::unordered_map<std::string_view, Part> parts;
  auto name_of = [&](const EntityCandidate& c) {
    return std::string_view(analysis.corpus.documents[c.doc].text).substr(c.span.start, c.span.size());
  };
  for (const EntityCandidate* cp : sorted) {
    const EntityCandidate& c = *cp;
    if (c.type != EntityType::kPerson || c.kind != MentionKind::kName) continue;
    const std::string_view name = name_of(c);
    const std::size_t first_space = name.find(' '), last_space = name.rfind(' ');
    if (first_space == std::string_view::npos) continue;
    for (std::string_view part : {name.substr(0, first_space), name.substr(last_space + 1)}) {
      // A bad span's edge is no name: BBC "Warner Bros. However" would make every "However" a person.
      if (function_words.contains_folded(part)) continue;
      std::vector<std::uint32_t>& docs = parts[part].docs;
      if (docs.empty() || docs.back() != c.doc) docs.push_back(c.doc);
    }
  }
  for (const EntityCandidate* c : sorted)
    if (is_named(c->type) && c->kind == MentionKind::kName)
      if (auto it = parts.find(name_of(*c)); it != parts.end()) {
        ++it->second.votes[static_cast<int>(c->type)];
        it->second.alone = it->second.alone || c->type == EntityType::kPerson;
      }
  if (parts.empty()) return {};
  // Most capitalised words of a text are no part of a person's name: the gate turns them away before a lookup.
  ShapeGate gate;
  for (const auto& [part, info] : parts) gate.add(part);
  const std::size_t n = sorted.size();
  std::vector<EntityCandidate> added;
  std::vector<const Part*> elsewhere;  // per added candidate: its word's Part when found across articles
  std::size_t next = 0;
  for (std::uint32_t d = 0; d < analysis.texts.size(); ++d) {
    const DocText& text = analysis.texts[d];
    const std::string_view doc = analysis.corpus.documents[d].text;
    while (next < n && sorted[next]->doc < d) ++next;
    std::size_t at = next;
    std::uint32_t covered_to = 0;  // end of the candidate spans seen so far
    for (const Paragraph& p : text.paragraphs) {
      if (p.role == LineRole::kTitle || p.role == LineRole::kHeading || p.first_sentence == p.end_sentence) continue;
      const std::uint32_t end = text.sentences[p.end_sentence - 1].end_token;
      for (std::uint32_t k = text.sentences[p.first_sentence].first_token; k < end; ++k) {
        const Token& t = text.tokens[k];
        while (at < n && sorted[at]->doc == d && sorted[at]->span.start < t.end)
          covered_to = std::max(covered_to, sorted[at++]->span.end);
        if (t.kind != TokenKind::kWord || !(t.flags & kCapitalized) || covered_to > t.start) continue;
        const std::string_view word = doc.substr(t.start, t.end - t.start);
        if (!gate.may_hold(word)) continue;
        const auto part = parts.find(word);
        if (part == parts.end()) continue;
        const bool in_full_here = std::binary_search(part->second.docs.begin(), part->second.docs.end(), d);
        if (!in_full_here && (!part->second.alone || !mostly_person(part->second.votes))) continue;
        // "Xi Jinping" written out but missed is no surname: the neighbours must not be capitalised names.
        if (k + 1 < end && (text.tokens[k + 1].flags & kCapitalized) && text.tokens[k + 1].kind == TokenKind::kWord)
          continue;
        EntityCandidate c;
        c.doc = d;
        c.span = t.span();
        c.type = EntityType::kPerson;
        added.push_back(std::move(c));
        elsewhere.push_back(in_full_here ? nullptr : &part->second);
        if (!in_full_here) ++part->second.elsewhere;
      }
    }
  }
  // Across articles, no more often than the tagger itself named the word alone a person: PolNeAR "Republican"
  // (2 times a person) would have become one 1,281 times more, BBC "Windows" (2) 98 times, "Home" (1) 61; "Trump"
  // (2,051) is added 37 times, BBC "O'Driscoll" (27) 8 times.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < added.size(); ++i)
    if (!elsewhere[i] || elsewhere[i]->elsewhere <= elsewhere[i]->votes[static_cast<int>(EntityType::kPerson)])
      added[kept++] = std::move(added[i]);
  added.resize(kept);
  return added;
}

// Two names the tagger ran together over "and" are the two names, where the corpus names each alone: BBC
// "Arsenal and Chelsea", "Halifax and Nationwide", "Morgan Freeman and Cate Blanchett", PolNeAR "Ted Cruz and
// John Kasich", "House and Senate" were organisations of their own. Each part takes the type the corpus most
// gives it alone. A name with "and" inside keeps it: "Securities and Exchange Commission", "Department for
// Education and Skills" (no "Securities" or "Skills" alone). Appends the right-hand parts to `candidates`.
void split_coordinated_names(const Analysis& analysis, std::vector<EntityCandidate>& candidates) {
  const auto surface = [&](const EntityCandidate& c) {
    return std::string_view(analysis.corpus.documents[c.doc].text).substr(c.span.start, c.span.size());
  };
  const auto named = [](const EntityCandidate& c) { return is_named(c.type) && c.kind == MentionKind::kName; };
  // The names with one "and", and their parts: "House and  Senate" without the spaces around "and".
  struct Joined {
    std::size_t candidate;
    std::string_view left, right;
  };
  std::vector<Joined> joined;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (!named(candidates[i]) || candidates[i].type == EntityType::kPerson) continue;
    const std::string_view words = surface(candidates[i]);
    const std::size_t at = words.find(" and ");
    if (at == std::string_view::npos || words.find(" and ", at + 1) != std::string_view::npos) continue;
    std::size_t left_end = at, right_start = at + 5;
    while (left_end > 0 && words[left_end - 1] == ' ') --left_end;
    while (right_start < words.size() && words[right_start] == ' ') ++right_start;
    joined.push_back({i, words.substr(0, left_end), words.substr(right_start)});
  }
  if (joined.empty()) return;
  // How the corpus types each part alone; only the parts are counted, and a length no part has is passed over
  // without hashing.
  std::unordered_map<std::string_view, TypeVotes> alone;
  std::vector<bool> part_length;
  for (const Joined& j : joined)
    for (std::string_view part : {j.left, j.right}) {
      alone.try_emplace(part, TypeVotes{});
      if (part_length.size() <= part.size()) part_length.resize(part.size() + 1, false);
      part_length[part.size()] = true;
    }
  for (const EntityCandidate& c : candidates) {
    if (!named(c) || c.span.size() >= part_length.size() || !part_length[c.span.size()]) continue;
    if (const auto it = alone.find(surface(c)); it != alone.end()) ++it->second[static_cast<int>(c.type)];
  }
  const auto seen = [](const TypeVotes& v) { return v[0] + v[1] + v[2] + v[3] > 0; };
  for (const Joined& j : joined) {
    const TypeVotes& left = alone.at(j.left);
    const TypeVotes& right = alone.at(j.right);
    if (!seen(left) || !seen(right)) continue;
    EntityCandidate& c = candidates[j.candidate];
    EntityCandidate second = c;
    second.span.start = c.span.start + static_cast<std::uint32_t>(j.right.data() - surface(c).data());
    second.type = majority(right);
    second.role.clear();  // a title before the names is the first one's
    c.span.end = c.span.start + static_cast<std::uint32_t>(j.left.size());
    c.type = majority(left);
    candidates.push_back(std::move(second));  // `c` is not used after: push_back may move the vector
  }
}

// A gender from the titles counted for a name ([none, Mr, Mrs/Ms/Miss]): two at least, three to one; else 0.
int gender_of_titles(const std::array<int, 3>& v) {
  if (v[1] >= 2 && v[1] >= 3 * v[2]) return 1;
  return v[2] >= 2 && v[2] >= 3 * v[1] ? 2 : 0;
}

// The gender a title right before offset `at` gives: "Mr. Clinton" 1, "Mrs. Clinton", "Ms King", "Miss Smith" 2,
// none 0.
int title_gender(std::string_view text, std::uint32_t at) {
  std::size_t end = at;
  if (end == 0 || text[end - 1] != ' ') return 0;
  --end;
  if (end > 0 && text[end - 1] == '.') --end;
  std::size_t start = end;
  const auto letter = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); };
  while (start > 0 && letter(text[start - 1])) --start;
  const std::string_view title = text.substr(start, end - start);
  if (title == "Mr") return 1;
  return title == "Mrs" || title == "Ms" || title == "Miss" ? 2 : 0;
}

// The lower-case word right before offset `at` ("film" in "the film Vera Drake"), or "" when there is none; a
// capital may open it ("Shares in"), no other letter: "McDonald" gives "".
std::string_view word_before(std::string_view text, std::uint32_t at) {
  std::size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t start = end;
  while (start > 0 && ((text[start - 1] >= 'a' && text[start - 1] <= 'z') || text[start - 1] == '-')) --start;
  if (start > 0 && start < end && text[start - 1] >= 'A' && text[start - 1] <= 'Z') --start;
  if (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) return {};
  return text.substr(start, end - start);
}

// The lower-case word right after offset `at` and one space ("said" in "Age Concern said"), or "" when there is
// none; `limit` letters at most, for callers that only look words of some length up.
std::string_view word_after(std::string_view text, std::uint32_t at, std::size_t limit) {
  if (at >= text.size() || text[at] != ' ') return {};
  std::size_t end = at + 1;
  while (end < text.size() && end < at + 1 + limit && text[end] >= 'a' && text[end] <= 'z') ++end;
  return text.substr(at + 1, end - at - 1);
}

// A word of one capital and lower-case letters: "Nato", "Music", "Big" (not "BBC", "McDonald", "Xi-Jinping").
bool one_capital(std::string_view w) {
  return w.size() >= 2 && w[0] >= 'A' && w[0] <= 'Z' &&
         std::all_of(w.begin() + 1, w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
}

// Whether the words around a name mention say it names a company (company_words.txt): a company noun right before
// it ("budget airline Ryanair", "shares in Barclays") or a company's belongings after it ("Fiat shares",
// "Southcorp's board"), or a word that says so on either side ("oil unit Yugansk", "its Yugansk unit").
bool company_context(std::string_view text, Span span, const WordList& words) {
  // Exact lookups of lower-case words (one hash each); a capital only opens a sentence ("Shares in").
  const auto value = [&](std::string_view w) -> const std::string* {
    if (w.empty() || w.size() > 24) return nullptr;
    const auto it = words.entries().find(w);
    if (it != words.entries().end()) return &it->second;
    return w[0] >= 'A' && w[0] <= 'Z' ? words.value_of(w) : nullptr;
  };
  const std::string_view one = word_before(text, span.start);
  if (!one.empty()) {
    if (const std::string* v = value(one); v && (v->empty() || *v == "either")) return true;
    // Two words end in a short one: "shares in", "takeover of", "analyst at".
    const std::string_view two = one.size() <= 4 ? word_before(text, static_cast<std::uint32_t>(one.data() - text.data()))
                                                 : std::string_view{};
    if (!two.empty()) {
      // The two words as the text spells them, one space apart ("Shares in"): a view, no string built.
      const std::string_view phrase(two.data(), static_cast<std::size_t>(one.data() + one.size() - two.data()));
      if (const std::string* v = value(phrase); v && v->empty()) return true;
    }
  }
  std::size_t at = span.end;
  bool possessive = false;
  for (std::string_view s : {"'s", "\xE2\x80\x99s"})
    if (text.substr(at).starts_with(s)) at += s.size(), possessive = true;
  // A name ending in "s" takes the mark alone: "Novartis' shares".
  if (!possessive && at > 0 && text[at - 1] == 's')
    for (std::string_view s : {"'", "\xE2\x80\x99"})
      if (text.substr(at).starts_with(s)) at += s.size(), possessive = true;
  if (at >= text.size() || text[at] != ' ') return false;
  std::size_t end = ++at;
  while (end < text.size() && text[end] >= 'a' && text[end] <= 'z') ++end;
  const std::string* v = value(text.substr(at, end - at));
  return v && (*v == "after" || *v == "either" || *v == (possessive ? "possessive" : "next"));
}

// Adds a surface form to an entity's aliases once. A role opening a sentence is listed as in running text:
// "The Chinese president" as "the Chinese president" (the bundled articles had both). Names keep their case.
void add_alias(std::vector<std::string>& aliases, std::string_view form, MentionKind kind) {
  if (kind == MentionKind::kName && std::find(aliases.begin(), aliases.end(), form) != aliases.end()) return;
  std::string alias = without_inner_marks(form);
  if (kind == MentionKind::kRole && alias.size() > 4 && alias.compare(0, 4, "The ") == 0) alias[0] = 't';
  if (std::find(aliases.begin(), aliases.end(), alias) == aliases.end()) aliases.push_back(std::move(alias));
}

}  // namespace

// [SECTION] resolve_entities
void resolve_entities(Analysis& analysis, std::vector<EntityCandidate> candidates, const Lexicons& lexicons,
                      const std::vector<std::vector<std::uint32_t>>* related) {
  // Work through pointers in (doc, start) order: candidates are large (three strings) and moving them costs
  // more than all the merging.
  auto before = [](const EntityCandidate* x, const EntityCandidate* y) {
    return x->doc != y->doc ? x->doc < y->doc : x->span.start < y->span.start;
  };
  split_coordinated_names(analysis, candidates);
  std::vector<EntityCandidate*> sorted;
  sorted.reserve(candidates.size());
  for (EntityCandidate& c : candidates) sorted.push_back(&c);
  std::stable_sort(sorted.begin(), sorted.end(), before);
  const WordList& function_words = lexicons.list("function_words");
  std::vector<EntityCandidate> added = propagate_person_names(analysis, sorted, function_words);
  std::vector<EntityCandidate*> cands;
  cands.reserve(sorted.size() + added.size());
  std::vector<EntityCandidate*> added_ptrs;
  for (EntityCandidate& c : added) added_ptrs.push_back(&c);
  std::merge(sorted.begin(), sorted.end(), added_ptrs.begin(), added_ptrs.end(), std::back_inserter(cands), before);
  const std::size_t n = cands.size();
  auto propagated = [&](const EntityCandidate* c) { return c >= added.data() && c < added.data() + added.size(); };
  std::vector<std::string_view> surface(n);  // views into the documents' text
  std::vector<std::int64_t> cluster_of(n, -1);
  Clusters clusters;
  auto is_name = [&](std::size_t i) { return is_named((*cands[i]).type) && (*cands[i]).kind == MentionKind::kName; };

  // Pass 1: full forms. One-word person names wait for pass 2.
  // Per distinct surface: its lexicon form and its cluster per type, so most mentions cost one lookup.
  struct Known {
    std::string form;
    std::int64_t cluster[4] = {-1, -1, -1, -1};
    TypeVotes votes{};                // the tagger's mentions of this surface, by type (one-word names)
    std::vector<std::uint32_t> docs;  // documents using it alone for a person, propagated ones too (ascending)
    std::vector<std::uint32_t> named_docs;  // documents using it alone as any name (ascending)
  };
  std::unordered_map<std::string_view, Known> known;
  std::vector<Known*> known_of(n, nullptr);
  const ShapeGate& form_gate = lexicon_shape_gate(lexicons, "aliases_lexicon_forms", kFormLists);
  for (std::size_t i = 0; i < n; ++i) {
    const EntityCandidate& c = (*cands[i]);
    surface[i] = std::string_view(analysis.corpus.documents[c.doc].text).substr(c.span.start, c.span.size());
    if (!is_name(i)) continue;
    auto it = known.find(surface[i]);
    if (it == known.end()) {
      it = known.emplace(surface[i], Known{}).first;
      it->second.form = lexicon_form(without_inner_marks(surface[i]), lexicons, form_gate);
    }
    known_of[i] = &it->second;
    if (surface[i].find(' ') == std::string_view::npos) {
      if (!propagated(cands[i])) ++it->second.votes[static_cast<int>(c.type)];
      std::vector<std::uint32_t>& docs = it->second.docs;
      if (c.type == EntityType::kPerson && (docs.empty() || docs.back() != c.doc)) docs.push_back(c.doc);
      std::vector<std::uint32_t>& named = it->second.named_docs;
      if (named.empty() || named.back() != c.doc) named.push_back(c.doc);
    }
    const std::string& form = it->second.form;
    if (c.type == EntityType::kPerson && form.find(' ') == std::string::npos) continue;
    std::int64_t& cluster = it->second.cluster[static_cast<int>(c.type)];
    if (cluster < 0) cluster = clusters.get(c.type, form);
    cluster_of[i] = cluster;
    clusters.add(static_cast<std::uint32_t>(cluster_of[i]), form, c.doc);
  }

  join_middle_initials(clusters);
  join_middle_names(clusters);
  join_double_surnames(clusters, lexicons);
  join_country_prefix(clusters, lexicons.list("countries"));

  // Pass 2: "Xi" -> "Xi Jinping": first or last word of a person's full name, same document first. A
  // one-word ORG/PLACE that is the surname of a person named in the same document is that person.
  // Per word, the persons it may name, and whether it may name each across documents (decided once per pair).
  struct Holder {
    std::uint32_t cluster;
    bool beside;   // usually_beside, over the documents using the word alone for a person
    bool surname;  // the person's last word, joining it across articles whatever the tagger typed it
    bool first;    // the person's first word, used alone in two articles or fewer: across articles only
                   // within the story (see below)
  };
  StringMap<std::vector<Holder>> person_words;
  const WordList& countries = lexicons.list("countries");
  for (std::uint32_t c = 0; c < clusters.list.size(); ++c) {
    if (clusters.list[c].type != EntityType::kPerson) continue;
    for (const auto& [form, count] : clusters.list[c].forms) {
      const std::vector<std::string_view> w = words_of(form);
      if (w.size() < 2) continue;
      for (std::string_view part : {w.front(), w.back()}) {
        if (function_words.contains_folded(part)) continue;
        const auto word = known.find(part);
        const bool beside = word == known.end() || usually_beside(word->second.docs, clusters.list[c].docs);
        // Typed something else, the last word joins the person across articles when both are common enough
        // to judge (three articles each) and a quarter of the word's articles name the person in full:
        // PolNeAR's 269 uses of "Cruz" typed ORG or PLACE (CoNLL's "Cruz Azul") in articles without "Ted
        // Cruz" (77 of 142 articles), BBC's "Moody" typed ORG (6 of 11) for Lewis Moody. Not BBC's city of
        // "Houston" (3 of 14 name a John Houston), nor PolNeAR's "PAC" (2 of 48) the "Our Principles PAC"
        // that the tagger took for a person. Not a first word: BBC "Mac" is no "Mac Format".
        const bool surname = part.data() == w.back().data() && word != known.end() &&
                             word->second.named_docs.size() >= 3 && clusters.list[c].docs.size() >= 3 &&
                             4 * shared_docs(word->second.named_docs, clusters.list[c].docs) >=
                                 word->second.named_docs.size();
        const bool rare_first = part.data() == w.front().data() && (word == known.end() || word->second.docs.size() < 3);
        person_words[std::string(part)].push_back({c, beside, surname, rare_first});
      }
    }
  }
  // The gender the corpus's titles give each person: "Mrs. Clinton" in an article naming Hillary Clinton and
  // no other Clinton in full is a vote for her; three to one decides. Then "Mr. Clinton" is never Hillary
  // Clinton (PolNeAR train: 76 mentions of Bill Clinton had joined her, the Clinton most named), nor BBC's
  // "Ms King" Graham King.
  std::vector<std::array<int, 3>> gender_votes(clusters.list.size(), std::array<int, 3>{});
  std::vector<int> title_of(n, 0);
  // Per article and surname, the titles it takes there: an article with both "Mr. Obama" and "Mrs. Obama"
  // speaks of two people, whoever it names in full, and votes for nobody.
  std::map<std::pair<std::uint32_t, std::string_view>, int> titles_in_doc;
  const auto both_titles = [&](std::size_t i) {
    const auto it = titles_in_doc.find({(*cands[i]).doc, surface[i]});
    return it != titles_in_doc.end() && it->second == 3;
  };
  for (std::size_t i = 0; i < n; ++i) {
    const EntityCandidate& c = (*cands[i]);
    if (!is_name(i) || surface[i].find(' ') != std::string_view::npos) continue;
    title_of[i] = title_gender(analysis.corpus.documents[c.doc].text, c.span.start);
    if (title_of[i] != 0) titles_in_doc[{c.doc, surface[i]}] |= title_of[i];
  }
  for (std::size_t i = 0; i < n; ++i) {
    const EntityCandidate& c = (*cands[i]);
    const auto it = title_of[i] == 0 ? person_words.end() : person_words.find(surface[i]);
    if (it == person_words.end() || both_titles(i)) continue;
    std::int64_t only = -1;  // the one holder named in this article; -2 when several are
    for (const Holder& h : it->second) {
      if (!clusters.in_doc(h.cluster, c.doc) || only == h.cluster) continue;
      only = only == -1 ? std::int64_t{h.cluster} : -2;
    }
    if (only >= 0) ++gender_votes[static_cast<std::size_t>(only)][title_of[i]];
  }
  const auto gender_of = [&](std::uint32_t cluster) { return gender_of_titles(gender_votes[cluster]); };
  for (std::size_t i = 0; i < n; ++i) {
    const EntityCandidate& c = (*cands[i]);
    if (!is_name(i) || surface[i].find(' ') != std::string_view::npos) continue;
    if (c.type != EntityType::kPerson && cluster_of[i] >= 0 && countries.contains(surface[i])) continue;
    std::int64_t best = -1;
    if (auto it = person_words.find(surface[i]); it != person_words.end()) {
      // A holder named in the article first, unless the article speaks of two people of that surname (both
      // titles); then one whose gender the title confirms (NYT "Mr. Obama" and "Mrs. Obama" where only Michelle
      // Obama is named in full), then one in the article, then the most named.
      const bool two = title_of[i] != 0 && both_titles(i);
      std::tuple<bool, bool, bool, int> best_key{};
      const bool person = c.type == EntityType::kPerson;
      const bool across = person && mostly_person(known_of[i]->votes);
      for (const auto& [p, beside, surname, first] : it->second) {
        const bool here = clusters.in_doc(p, c.doc);
        if (!here && (!across || !beside) && (person || !surname)) continue;
        // A first name seldom used alone names someone of the article's own story only: over BBC's unrelated
        // stories "Gordon" in a football line-up had joined Gordon Brown, Friends' "Rachel" Rachel Lomax, the
        // film "Amelie" Amelie Mauresmo (stories.h relates articles sharing rare names). Not PolNeAR's
        // "Hillary" (alone in 40 articles), whose share beside "Hillary Clinton" decides as for a surname.
        if (!here && first && related && shared_docs((*related)[c.doc], clusters.list[p].docs) == 0) continue;
        const int gender = gender_of(p);
        if (title_of[i] != 0 && gender != 0 && gender != title_of[i]) continue;
        const std::tuple<bool, bool, bool, int> key{here && !two, title_of[i] != 0 && gender == title_of[i], here,
                                                    clusters.list[p].mentions};
        if (best < 0 || key > best_key) best = p, best_key = key;
      }
    }
    if (best >= 0) {
      if (cluster_of[i] >= 0) {
        Cluster& old = clusters.list[static_cast<std::size_t>(cluster_of[i])];
        --old.forms[known.at(surface[i]).form];
        --old.mentions;
      }
      (*cands[i]).type = EntityType::kPerson;
      cluster_of[i] = best;
      clusters.add(static_cast<std::uint32_t>(best), surface[i], c.doc);
    } else if (c.type == EntityType::kPerson) {
      // A word the corpus mostly names as something else is that, here too ("Google" tagged a person once). A
      // word no person in the corpus is named with in full, and which the tagger calls something else a
      // quarter of the time, is that something else: news names a person in full before using one word. BBC
      // "Chelsea" (141 person mentions, 53 organisation or place) is the club.
      const EntityType type = alone_type(known_of[i]->votes);
      (*cands[i]).type = type;
      const std::string form = type == EntityType::kPerson ? std::string(surface[i]) : known_of[i]->form;
      cluster_of[i] = clusters.get(type, form);
      clusters.add(static_cast<std::uint32_t>(cluster_of[i]), form, c.doc);
    }
  }

  const PlaceLists places(lexicons);
  const auto listed_place = [&](const Cluster& cluster) {
    return std::any_of(cluster.forms.begin(), cluster.forms.end(),
                       [&](const auto& form) { return places.contains(form.first); });
  };
  join_type_variants(clusters, listed_place);
  join_plurals(clusters);
  join_title_articles(clusters, listed_place);

  // Pass 2d: a person or an unlisted place the articles speak of as a company is a company: BBC's "budget airline
  // Ryanair", "Fiat shares", "shares in Barclays", "Southcorp's board", where the tagger, trained on Reuters' few
  // company names, typed them persons (Qantas, Heineken, Fannie Mae) or places (Fiat, Barclays, Verizon).
  // Two such mentions and a tenth of all, and more than the mentions that take a person's title ("Mr").
  // Passes 2d, 2d' and 5 retype a cluster by the words around its names: visit(root, text, span) for each name
  // mention of a cluster typed one of `types`; `cued`: two such mentions at least, and 1/`share` of all.
  const auto for_each_name_of = [&](std::initializer_list<EntityType> types, auto visit) {
    for (std::size_t i = 0; i < n; ++i) {
      if (cluster_of[i] < 0 || (*cands[i]).kind != MentionKind::kName) continue;
      const std::uint32_t root = clusters.find(static_cast<std::uint32_t>(cluster_of[i]));
      if (std::find(types.begin(), types.end(), clusters.list[root].type) == types.end()) continue;
      visit(root, std::string_view(analysis.corpus.documents[(*cands[i]).doc].text), (*cands[i]).span);
    }
  };
  const auto cued = [](int votes, int named, int share) { return votes >= 2 && share * votes >= named; };
  {
    const WordList& company_words = lexicons.list("company_words");
    std::vector<int> as_company(clusters.list.size(), 0), with_title(clusters.list.size(), 0), named(clusters.list.size(), 0);
    const auto company_or_titled = [&](std::uint32_t root, std::string_view text, Span span) {
      ++named[root];
      as_company[root] += company_context(text, span, company_words);
      with_title[root] += title_gender(text, span.start) != 0;
    };
    for_each_name_of({EntityType::kPerson, EntityType::kPlace}, company_or_titled);
    for (std::uint32_t c = 0; c < clusters.list.size(); ++c)
      if (cued(as_company[c], named[c], 10) && as_company[c] > with_title[c] && !listed_place(clusters.list[c]))
        clusters.list[c].type = EntityType::kOrg;
  }

  // Pass 2d': a one-word "organisation" that things happen in is a place the tagger took for a team: PolNeAR
  // "Cleveland" (101 mentions, 52 after "in": the Republican convention's city, which CoNLL's sports tables
  // taught the tagger to read as a club). Five mentions at least, two in five after "in", none that speaks of a
  // company ("shares in Valeant").
  {
    // Counts first; the company context, dearer, only for the few organisations that pass them.
    const WordList& company_words = lexicons.list("company_words");
    std::vector<int> after_in(clusters.list.size(), 0), named(clusters.list.size(), 0);
    for_each_name_of({EntityType::kOrg}, [&](std::uint32_t root, std::string_view text, Span span) {
      ++named[root];
      const std::string_view before = word_before(text, span.start);
      after_in[root] += before == "in" || before == "In";
    });
    std::vector<char> candidate(clusters.list.size(), 0);
    bool any = false;
    for (std::uint32_t c = 0; c < clusters.list.size(); ++c) {
      const Cluster& cl = clusters.list[c];
      candidate[c] = named[c] >= 5 && 5 * after_in[c] >= 2 * named[c] &&
                     std::none_of(cl.forms.begin(), cl.forms.end(),
                                  [](const auto& f) { return f.first.find(' ') != std::string::npos; });
      any = any || candidate[c];
    }
    if (any) {
      for_each_name_of({EntityType::kOrg}, [&](std::uint32_t root, std::string_view text, Span span) {
        if (candidate[root] && company_context(text, span, company_words)) candidate[root] = 0;
      });
      for (std::uint32_t c = 0; c < clusters.list.size(); ++c)
        if (candidate[c]) clusters.list[c].type = EntityType::kPlace;
    }
  }

  // Pass 2e: an organisation's last word alone names it where the article names it in full: BBC match reports'
  // "United" after "Manchester United" (56 mentions were an entity of their own), "Villa", "City", "the
  // Commission" after "European Commission", "Lords" after "House of Lords", "the Bank" after "Bank of England".
  // Only one such organisation in the article, named in full twice or more in the corpus and in capitalised words
  // ("Tories to Labour" is no name), and only for a word whose articles mostly name an organisation ending in it:
  // not "Labour" beside "New Labour", nor "Sony" beside "Rival Sony"; nor an acronym. Likewise a company's first
  // word before a generic ending (org_words.txt, org_ends.txt), whatever the tagger typed it alone: BBC
  // "Forrester" after "Forrester Research", "Nortel" after "Nortel Networks", PolNeAR "Centerview" after
  // "Centerview Partners"; unless the corpus names a person with it in full.
  {
    // Last word -> the organisations (root clusters) with a full name of two words or more ending in it.
    StringMap<std::vector<std::uint32_t>> heads;
    StringMap<bool> first_heads;  // the first words of two-word names with a generic ending
    const WordList& org_ends = lexicons.list("org_ends");
    const WordList& org_words = lexicons.list("org_words");
    const auto generic_end = [&](std::string_view w) {
      const std::string* value = org_words.value_of(w);
      if (!value) value = org_ends.value_of(w);
      return value && *value != "surname";
    };
    for (std::uint32_t c = 0; c < clusters.list.size(); ++c) {
      const Cluster& cl = clusters.list[c];
      if (clusters.find(c) != c || cl.type != EntityType::kOrg || cl.mentions < 2) continue;
      for (const auto& [form, count] : cl.forms) {
        const std::size_t last_space = form.rfind(' ');
        if (count <= 0 || last_space == std::string::npos) continue;
        // Every word capitalised but "of", "and", "de"; scanned in place, no vector of words per form.
        bool capitalised = true;
        for (std::size_t at = 0; at < form.size() && capitalised;) {
          std::size_t end = form.find(' ', at);
          if (end == std::string::npos) end = form.size();
          const std::string_view w(form.data() + at, end - at);
          capitalised = !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || w == "of" || w == "and" || w == "de");
          at = end + 1;
        }
        const std::size_t first_space = form.find(' ');
        if (!capitalised || function_words.contains_folded(std::string_view(form).substr(0, first_space))) continue;
        const auto note = [&](std::string_view head) {
          std::vector<std::uint32_t>& list = heads[std::string(head)];
          if (std::find(list.begin(), list.end(), c) == list.end()) list.push_back(c);
        };
        note(std::string_view(form).substr(last_space + 1));
        // "the Bank" after "Bank of England".
        if (form.compare(first_space + 1, 3, "of ") == 0) note(std::string_view(form).substr(0, first_space));
        const std::string_view first = std::string_view(form).substr(0, first_space);
        // Not an organisation's word itself: "the Army" is no "Army Board".
        if (first_space == last_space && generic_end(std::string_view(form).substr(last_space + 1)) &&
            !places.contains(first) && !org_words.contains(first) && !org_ends.contains(first)) {
          note(first);
          first_heads.emplace(std::string(first), true);
        }
      }
    }
    // An organisation's head word (org_words.txt) after "the" names it whatever other articles do: BBC "the
    // Commission" beside "European Commission" in 9 of its 23 articles (41 mentions had been an organisation
    // "Commission"), "the Bank said" beside "Bank of England". Not what the tagger left of a longer name: "the
    // Court of Appeal", "the Commission for Racial Equality". Only for an organisation named in full five times or
    // more: PolNeAR's "the Senate" (248) is no "Republican Senate" (2) where an article says "the Republican Senate
    // majority".
    const auto the_head = [&](std::size_t i) {
      const std::string* value = org_words.value_of(surface[i]);
      if (!value || *value == "surname") return false;
      const std::string_view text = analysis.corpus.documents[(*cands[i]).doc].text;
      const Span span = (*cands[i]).span;
      const std::string_view before = word_before(text, span.start);
      const std::string_view after = text.substr(span.end, 5);
      return (before == "the" || before == "The") && !after.starts_with(" of ") && !after.starts_with(" for ");
    };
    // Per word, whether its articles mostly (half or more) name one of its organisations in full.
    StringMap<bool> mostly;
    for (std::size_t i = 0; i < n; ++i) {
      const EntityCandidate& c = (*cands[i]);
      if (cluster_of[i] < 0 || !is_name(i) || surface[i].find(' ') != std::string_view::npos) continue;
      const Cluster& own = clusters.list[clusters.find(static_cast<std::uint32_t>(cluster_of[i]))];
      if (own.type != EntityType::kOrg &&
          (first_heads.find(surface[i]) == first_heads.end() ||
           std::any_of(own.forms.begin(), own.forms.end(),
                       [](const auto& form) { return form.first.find(' ') != std::string::npos; })))
        continue;
      // An acronym is a name of its own: PolNeAR "SVP" beside "Junge SVP", its youth wing.
      if (uppercase_count(surface[i]) >= 2) continue;
      const auto it = heads.find(surface[i]);
      if (it == heads.end()) continue;
      auto m = mostly.find(surface[i]);  // looked up by view: no string built per mention
      if (m == mostly.end()) {
        m = mostly.emplace(std::string(surface[i]), false).first;
        const std::vector<std::uint32_t>& docs = known_of[i]->named_docs;
        std::size_t beside = 0;
        for (std::uint32_t d : docs)
          beside += std::any_of(it->second.begin(), it->second.end(), [&](std::uint32_t h) { return clusters.in_doc(h, d); });
        m->second = 2 * beside >= docs.size();
      }
      const bool by_head = !m->second && the_head(i);
      if (!m->second && !by_head) continue;
      std::int64_t only = -1;  // the one organisation ending in the word named in this article; -2 for several
      for (std::uint32_t h : it->second) {
        const std::uint32_t root = clusters.find(h);
        if (!clusters.in_doc(root, c.doc) || only == root) continue;
        only = only == -1 ? std::int64_t{root} : -2;
      }
      const std::uint32_t from = clusters.find(static_cast<std::uint32_t>(cluster_of[i]));
      if (only < 0 || static_cast<std::uint32_t>(only) == from) continue;
      if (by_head && clusters.list[static_cast<std::uint32_t>(only)].mentions < 5) continue;
      Cluster& old = clusters.list[from];
      --old.forms[known_of[i]->form];
      --old.mentions;
      cluster_of[i] = only;
      clusters.add(static_cast<std::uint32_t>(only), surface[i], c.doc);
    }
  }

  // Pass 3: acronyms join the longest-attested name they abbreviate ("BRI", articles 001, 003, 004).
  std::unordered_map<std::string, std::uint32_t> by_initials;
  for (std::uint32_t c = 0; c < clusters.list.size(); ++c) {
    if (clusters.list[c].type == EntityType::kPerson) continue;
    for (const auto& [form, count] : clusters.list[c].forms) {
      if (count_words(form) < 2 || count <= 0) continue;
      auto [it, added] = by_initials.emplace(initials(form), c);
      if (!added && clusters.list[c].mentions > clusters.list[it->second].mentions) it->second = c;
    }
  }
  // Only where the articles using the acronym mostly spell the name out too: BBC's "TV" is no "Telecom View".
  // An acronym's cluster holds its spellings only: "ACA", "A.C.A." (PolNeAR). BBC writes an acronym read as a
  // word with one capital: "Icann" (a person of 14 mentions) is the Internet Corporation for Assigned Names and
  // Numbers, as "Nato" and "Opec" are; four letters at least.
  const auto as_acronym = [](std::string_view form) {
    std::string out = undotted(form);
    if (is_acronym(out) || out.size() < 4 || out.size() > 6 || !one_capital(out)) return out;
    for (std::size_t i = 1; i < out.size(); ++i) out[i] = static_cast<char>(out[i] - 32);
    return out;
  };
  for (std::uint32_t c = 0; c < clusters.list.size(); ++c) {
    const Cluster& cl = clusters.list[c];
    if (cl.forms.empty()) continue;
    const std::string acronym = as_acronym(cl.forms.begin()->first);
    if (!is_acronym(acronym) ||
        std::any_of(cl.forms.begin(), cl.forms.end(), [&](const auto& f) { return as_acronym(f.first) != acronym; }))
      continue;
    const auto it = by_initials.find(acronym);
    if (it == by_initials.end() || it->second == c) continue;
    if (2 * shared_docs(cl.docs, clusters.list[it->second].docs) >= cl.docs.size()) clusters.merge(c, it->second);
  }

  // Pass 4: roles. "Chinese President Xi Jinping" titles Xi "China:president"; "the Chinese leader" names
  // whoever is most often so titled in the corpus, or nobody (the mention is dropped).
  std::map<std::string, std::map<std::uint32_t, int>> holders;
  for (std::size_t i = 0; i < n; ++i)
    if (cluster_of[i] >= 0 && !(*cands[i]).role.empty() && (*cands[i]).kind == MentionKind::kName)
      ++holders[(*cands[i]).role][clusters.find(static_cast<std::uint32_t>(cluster_of[i]))];
  for (std::size_t i = 0; i < n; ++i) {
    if ((*cands[i]).kind != MentionKind::kRole) continue;
    const auto it = holders.find((*cands[i]).role);
    if (it == holders.end()) continue;
    const auto best = std::max_element(it->second.begin(), it->second.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    cluster_of[i] = best->first;
  }

  // Pass 5: a "person", "organisation" or "place" the articles introduce as a work is that work's title: BBC
  // "the film Vera Drake" (10 of 39 mentions), "hit comedy Sideways", "his album Musicology", "Spanish movie The
  // Sea Inside" (an organisation), "horror film The Grudge" (a place); or a product a console's or a browser's
  // noun follows (work_nouns.txt "after"): BBC "Xbox" (a place of 58), "the DS handheld". At least two such
  // mentions and a fifth of all: "the film Ray Charles ..." (7 of 84) leaves Ray Charles a person. A name seen
  // once needs one, after a noun that is nothing but a work's (value "alone"): BBC "the film Retirement", "the
  // Lord of the Rings trilogy" (a place), not "will play Kaka", "the end of the game Andre Nzame III".
  const WordList& works = lexicons.list("work_nouns");
  std::vector<int> as_work(clusters.list.size(), 0), named(clusters.list.size(), 0), alone(clusters.list.size(), 0);
  const auto work_context = [&](std::uint32_t root, std::string_view text, Span span) {
    ++named[root];
    std::string_view before = word_before(text, span.start);
    // Past a title's article: "movie The Aviator".
    if (before == "The") before = word_before(text, static_cast<std::uint32_t>(before.data() - text.data()));
    if (const std::string* value = works.value_of(before)) {
      ++as_work[root];
      alone[root] += *value == "alone";
      return;
    }
    // The lower-case word after it, looked up only when it has the length of one of those nouns.
    const std::string_view next = word_after(text, span.end, 10);
    if (next.size() < 4 || next.size() > 9) return;
    const std::string* after = works.value_of(next);
    if (!after || !after->starts_with("after")) return;
    ++as_work[root];
    alone[root] += *after == "after alone";
  };
  for_each_name_of({EntityType::kPerson, EntityType::kOrg, EntityType::kPlace}, work_context);
  // Not a listed place: CoNLL "to play Australia".
  for (std::uint32_t c = 0; c < clusters.list.size(); ++c)
    if ((cued(as_work[c], named[c], 5) || (alone[c] == 1 && named[c] == 1)) &&
        (clusters.list[c].type != EntityType::kPlace || !listed_place(clusters.list[c])))
      clusters.list[c].type = EntityType::kMisc;

  // Pass 6: a "person" only ever named by one word, which the articles mostly write in lower case, is that
  // common word capitalised (a heading, a sentence's first word, a title): BBC "Music" (13 mentions, "music"
  // 752 times), "Election", "Workers", "Policy", PolNeAR "Believe", "Frankly". Three lower-case uses per
  // mention and five at least; not a given name (first_names.txt: "Bill", "Will"), nor a name a title takes
  // ("Mr. Prince"): the entity goes. A "person" of several words whose first word is such a word, two lower-case
  // uses per mention, is a work, a band or an event the tagger took for a person: BBC "Big Brother", "Pop Idol",
  // "Indoor Championships", "Sale Sharks" become MISC, or ORG where one says something ("Age Concern said").
  // Not a rank nor a particle ("Lord Woolf", "De Niro": name_openers.txt), a person the articles also name by an
  // uncommon last word alone, nor a descriptor before a person's name ("Keeper Petr Cech").
  std::vector<char> common_word(clusters.list.size(), 0);
  {
    const WordList& first_names = lexicons.list("first_names");
    const WordList& openers = lexicons.list("name_openers");
    const WordList& titles = lexicons.list("titles");
    const WordList& name_titles = lexicons.list("name_titles");
    StringMap<std::uint32_t> slot_of;  // a word in lower case -> its slot in `uses`
    struct Candidate {
      std::uint32_t cluster, slot;
      bool whole;  // the whole name (one word), or the first of several
      std::int64_t last_slot = -1;  // of several: the last word's, where the articles use it alone
    };
    std::vector<Candidate> candidates;
    // Every lower-case word of the corpus is tested: a filter of 64K buckets on a hash of its length and its
    // first and last two letters (no loop over its bytes) turns away nearly all before a map lookup. A bucket
    // counts the words still counted in it: a word stops being counted, and looked up, once it is common enough
    // for every name it decides ("work", "new" and "big" would otherwise cost a lookup each time).
    const auto cheap_hash = [](std::string_view w) {
      const auto at = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(w[i])); };
      const std::size_t n = w.size();  // 2 at least
      std::uint32_t h = static_cast<std::uint32_t>(n) * 0x9E3779B1u;
      h = (h ^ (at(0) | at(1) << 8 | at(n - 2) << 16 | at(n - 1) << 24)) * 0x85EBCA6Bu;
      return (h ^ (h >> 16)) & 0xFFFFu;
    };
    std::vector<std::uint16_t> live(65536, 0);
    std::vector<std::uint32_t> slot_hash;
    std::string lower;
    // A function word ("The Grudge", "My Summer", "Which") is common without counting: kFunctionWord, and no
    // hash lookup for each of the corpus's "the"s.
    constexpr std::uint32_t kFunctionWord = ~std::uint32_t{0};
    const auto slot = [&](std::string_view word) {
      if (function_words.contains_folded(word)) return kFunctionWord;
      lower.assign(1, static_cast<char>(word[0] + 32)).append(word.substr(1));
      const auto [it, added] = slot_of.emplace(lower, static_cast<std::uint32_t>(slot_of.size()));
      if (added) {
        slot_hash.push_back(cheap_hash(lower));
        if (live[slot_hash.back()] < 65535) ++live[slot_hash.back()];
      }
      return it->second;
    };
    // The forms of persons, to tell a descriptor before a person's name.
    std::unordered_map<std::string_view, std::uint32_t> person_forms;  // -> the person
    for (std::uint32_t c = 0; c < clusters.list.size(); ++c)
      if (clusters.list[c].type == EntityType::kPerson && clusters.find(c) == c)
        for (const auto& [form, count] : clusters.list[c].forms)
          if (count > 0) person_forms.emplace(form, c);
    // A one-word organisation, place or event named only where a sentence opens is such a word too: PolNeAR
    // "Inside", "Photos", "Often", BBC "Rapper", "Manufacturers", capitalised as a sentence's first word.
    enum Opening : char { kUnseen, kOpensOnly, kInside };  // per root cluster
    std::vector<char> opening(clusters.list.size(), kUnseen);
    for (std::size_t i = 0; i < n; ++i) {
      if (cluster_of[i] < 0 || (*cands[i]).kind != MentionKind::kName) continue;
      const std::uint32_t root = clusters.find(static_cast<std::uint32_t>(cluster_of[i]));
      const EntityType type = clusters.list[root].type;
      if (opening[root] == kInside ||
          (type != EntityType::kOrg && type != EntityType::kPlace && type != EntityType::kMisc))
        continue;
      // The sentence's first word, past any opening mark ("“Inside, ..."), or the first after a colon ("Q: Have
      // you talked to her?", "supports: Often, they're ...").
      const DocText& text = analysis.texts[(*cands[i]).doc];
      const std::uint32_t start = (*cands[i]).span.start;
      const Sentence& s = text.sentences[sentence_at(text, start)];
      const auto in_sentence = text.tokens.begin() + s.first_token;
      const auto mention_token = std::lower_bound(in_sentence, text.tokens.begin() + s.end_token, start,
                                                  [](const Token& t, std::uint32_t at) { return t.start < at; });
      std::uint32_t before = static_cast<std::uint32_t>(mention_token - text.tokens.begin());
      while (before > s.first_token && text.tokens[before - 1].kind == TokenKind::kQuote) --before;
      const std::string_view doc = analysis.corpus.documents[(*cands[i]).doc].text;
      bool opens = before == s.first_token;
      if (!opens) {
        const Token& prev = text.tokens[before - 1];
        opens = prev.end == prev.start + 1 && doc[prev.start] == ':';
      }
      opening[root] = opens ? kOpensOnly : kInside;
    }
    for (std::uint32_t c = 0; c < clusters.list.size(); ++c) {
      const Cluster& cl = clusters.list[c];
      if (cl.forms.empty() || clusters.find(c) != c) continue;
      const bool one_word_only = std::all_of(cl.forms.begin(), cl.forms.end(), [](const auto& form) {
        return form.second <= 0 || form.first.find(' ') == std::string::npos;
      });
      if (cl.type != EntityType::kPerson) {
        if (opening[c] == kOpensOnly && one_word_only && cl.mentions >= 2 && !listed_place(cl)) {
          const std::string name = canonical(cl);
          if (one_capital(name)) candidates.push_back({c, slot(name), true});
        }
        continue;
      }
      const std::string name = canonical(cl);
      if (one_word_only) {
        if (one_capital(name) && !first_names.contains(name)) candidates.push_back({c, slot(name), true});
        continue;
      }
      const std::size_t space = name.find(' '), last_space = name.rfind(' ');
      if (space == std::string::npos) continue;
      const std::string_view first = std::string_view(name).substr(0, space);
      const std::string_view last = std::string_view(name).substr(last_space + 1);
      const std::string_view rest = std::string_view(name).substr(space + 1);
      if (!one_capital(first) || first_names.contains(first) || openers.contains(first) ||
          titles.contains(first) || name_titles.contains(first))
        continue;
      if (const auto other = person_forms.find(rest); other != person_forms.end() && other->second != c) continue;
      // A romanised Korean given name after its family name, two short syllables: BBC "Korean writer Park
      // Chan-Chook", "Park Ji-sung". Not a compound ("Carrier Pre-Section").
      if (const std::size_t hyphen = rest.find('-');
          hyphen >= 2 && hyphen <= 5 && rest.size() - hyphen - 1 >= 2 && rest.size() - hyphen - 1 <= 5 &&
          std::all_of(rest.begin(), rest.end(),
                      [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) || ch == '-'; }))
        continue;
      // A given name or a title after it makes it a descriptor before a person: BBC "Model Anna Nicole Smith",
      // "Home Affairs Commissioner Franco Frattini". Not a given name ending it, where it is a common noun's
      // capital: "Terrorism Bill", "Kill Bill".
      bool given = false;
      for (std::size_t at = space + 1; at <= name.size() && !given;) {
        const std::size_t end = std::min(name.find(' ', at), name.size());
        const std::string_view w = std::string_view(name).substr(at, end - at);
        given = (end < name.size() && first_names.contains(w)) || titles.contains(w) || name_titles.contains(w);
        at = end + 1;
      }
      if (given) continue;
      // The last word alone is a surname ("Woolf" after "Lord Woolf") unless it is a common word too: "Brother"
      // (BBC "Celebrity Big Brother"), "Lords", "Championships".
      const auto alone = cl.forms.find(last);
      const bool surname = alone != cl.forms.end() && alone->second > 0;
      if (surname && !one_capital(last)) continue;
      candidates.push_back({c, slot(first), false, -1});
      if (surname) candidates.back().last_slot = slot(last);
    }
    if (!candidates.empty()) {
      std::vector<int> uses(slot_of.size() + 1, 0);  // the last for kFunctionWord
      uses.back() = std::numeric_limits<int>::max() / 4;
      const auto uses_of = [&](std::int64_t k) -> int& {
        return uses[k == kFunctionWord ? uses.size() - 1 : static_cast<std::size_t>(k)];
      };
      // The uses each word needs to decide all its names.
      std::vector<int> needed(slot_of.size(), 5);
      for (const Candidate& k : candidates)
        if (k.slot != kFunctionWord)
          needed[k.slot] = std::max(needed[k.slot], (k.whole ? 3 : 2) * clusters.list[k.cluster].mentions);
      for (std::uint32_t d = 0; d < analysis.texts.size(); ++d) {
        const char* const text = analysis.corpus.documents[d].text.data();
        for (const Token& t : analysis.texts[d].tokens) {
          const char first = text[t.start];
          if (first < 'a' || first > 'z' || t.end - t.start < 2 || t.kind != TokenKind::kWord) continue;
          const std::string_view w(text + t.start, t.end - t.start);
          if (!live[cheap_hash(w)]) continue;
          const auto it = slot_of.find(w);
          if (it == slot_of.end() || uses[it->second] >= needed[it->second]) continue;
          if (++uses[it->second] == needed[it->second]) --live[slot_hash[it->second]];
        }
      }
      // A name a title takes is a person's, however common its word: "Mr. Prince", BBC "Mr Park" for the
      // central bank governor Park Seung.
      std::vector<char> titled(clusters.list.size(), 0);
      for (std::size_t i = 0; i < n; ++i)
        if (cluster_of[i] >= 0 && title_of[i] != 0)
          titled[clusters.find(static_cast<std::uint32_t>(cluster_of[i]))] = 1;
      std::vector<std::uint32_t> retyped;
      for (const Candidate& k : candidates) {
        if (titled[k.cluster]) continue;
        const int mentions = clusters.list[k.cluster].mentions;
        if (uses_of(k.slot) < 5 || uses_of(k.slot) < (k.whole ? 3 : 2) * mentions) continue;
        if (k.last_slot >= 0 && uses_of(k.last_slot) < 5) continue;
        if (k.whole) common_word[k.cluster] = 1;
        else retyped.push_back(k.cluster);
      }
      // One that speaks ("Age Concern said", "Retail Decisions says") is an organisation; the rest are works,
      // bands and events.
      std::vector<char> speaks(clusters.list.size(), 0);
      if (!retyped.empty()) {
        const WordList& cues = lexicons.list("reporting_verbs");
        for (std::size_t i = 0; i < n; ++i) {
          if (cluster_of[i] < 0) continue;
          const std::uint32_t root = clusters.find(static_cast<std::uint32_t>(cluster_of[i]));
          if (clusters.list[root].type != EntityType::kPerson || speaks[root]) continue;
          const std::string_view text = analysis.corpus.documents[(*cands[i]).doc].text;
          const std::string_view cue = word_after(text, (*cands[i]).span.end, 20);
          speaks[root] = !cue.empty() && cues.contains(cue);
        }
      }
      for (const std::uint32_t c : retyped)
        clusters.list[c].type = speaks[c] ? EntityType::kOrg : EntityType::kMisc;
    }
  }

  // Entities in order of first mention; quantities keep their own keys.
  constexpr std::uint32_t kNoEntity = ~std::uint32_t{0};
  std::vector<std::uint32_t> entity_of_cluster(clusters.list.size(), kNoEntity);  // by root cluster
  // Quantities by type and key, the key built in one reused buffer: no allocation per mention.
  StringMap<std::uint32_t> entity_of_quantity;
  std::string quantity_key;
  // Each quantity mention's entity and words, to name the entity by its commonest form below.
  std::vector<std::pair<std::uint32_t, std::string_view>> quantity_forms;
  analysis.mentions.reserve(analysis.mentions.size() + n);
  for (std::size_t i = 0; i < n; ++i) {
    const EntityCandidate& c = (*cands[i]);
    std::uint32_t id = 0;
    if (is_named(c.type)) {
      if (cluster_of[i] < 0) continue;
      const std::uint32_t root = clusters.find(static_cast<std::uint32_t>(cluster_of[i]));
      if (common_word[root]) continue;
      std::uint32_t& entity = entity_of_cluster[root];
      if (entity == kNoEntity) {
        entity = static_cast<std::uint32_t>(analysis.entities.size());
        Entity e;
        e.name = canonical(clusters.list[root]);
        e.type = clusters.list[root].type;
        e.aliases.push_back(e.name);
        analysis.entities.push_back(std::move(e));
      }
      id = entity;
    } else {
      quantity_key.assign(1, static_cast<char>('0' + static_cast<int>(c.type)));
      quantity_key += c.key.empty() ? surface[i] : std::string_view(c.key);
      auto it = entity_of_quantity.find(quantity_key);
      const bool added = it == entity_of_quantity.end();
      if (added) it = entity_of_quantity.emplace(quantity_key, static_cast<std::uint32_t>(analysis.entities.size())).first;
      if (added) {
        Entity e;
        e.name = std::string(surface[i]);
        e.type = c.type;
        e.value = c.value;
        e.unit = c.unit;
        analysis.entities.push_back(std::move(e));
      }
      id = it->second;
      quantity_forms.emplace_back(id, surface[i]);
    }
    Entity& e = analysis.entities[id];
    add_alias(e.aliases, surface[i], c.kind);
    Mention m;
    m.doc = c.doc;
    m.span = c.span;
    m.entity = id;
    m.kind = c.kind;
    const DocText& text = analysis.texts[c.doc];
    m.sentence = sentence_at(text, c.span.start);
    m.paragraph = text.sentences.empty() ? 0 : text.sentences[m.sentence].paragraph;
    e.mentions.push_back(static_cast<std::uint32_t>(analysis.mentions.size()));
    analysis.mentions.push_back(m);
  }
  name_quantities(quantity_forms, analysis.entities);

  // Each person's gender from the titles its one-word mentions take ("Mrs. Clinton"), three to one: after all
  // merging, so "Mr. Clinton" votes for Bill Clinton.
  std::vector<std::array<int, 3>> titled(analysis.entities.size(), std::array<int, 3>{});
  for (const Mention& m : analysis.mentions)
    if (analysis.entities[m.entity].type == EntityType::kPerson && m.kind == MentionKind::kName)
      ++titled[m.entity][title_gender(analysis.corpus.documents[m.doc].text, m.span.start)];
  // Without titles to go on, a given name decides (first_names.txt): BBC "she" had been "Graeme Oxby".
  const WordList& first_names = lexicons.list("first_names");
  for (std::size_t e = 0; e < analysis.entities.size(); ++e) {
    Entity& ent = analysis.entities[e];
    ent.gender = static_cast<std::uint8_t>(gender_of_titles(titled[e]));
    const std::size_t space = ent.name.find(' ');
    if (ent.gender != 0 || ent.type != EntityType::kPerson || space == std::string::npos) continue;
    const auto given = first_names.entries().find(std::string_view(ent.name).substr(0, space));
    if (given != first_names.entries().end()) ent.gender = given->second == "f" ? 2 : 1;
  }
}

}  // namespace newslens::core
