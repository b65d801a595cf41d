// [SECTION] kinds: headline, term, direct, partial
// [SECTION] names: the corpus's multi-word names, for "Xi" -> "Xi Jinping" and "the Russian leader" -> Putin
// [SECTION] resolution: from a speaker mention to a canonical name and entity
// [SECTION] extract_quotes
#include "core/quotes.h"

#include <algorithm>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/quote_marks.h"
#include "core/speakers.h"
#include "core/utf8.h"
#include "core/word_gate.h"

namespace newslens::core {

namespace {

std::string_view slice(std::string_view text, Span s) { return text.substr(s.start, s.size()); }

bool starts_upper(std::string_view s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

// Words after a name's "'s" that make it "has" or "is", not a possessive: "Christie's been making the case".
constexpr std::string_view kAfterContraction[] = {"been", "not", "going", "got", "never", "always", "also",
                                                   "just", "still", "already", "now", "a", "an", "the"};

// ---- [SECTION] kinds ----

// A term or scare quote, said by nobody: 001 "building on the “no-limits” partnership", 003 "the so-called
// ‘New Silk Road’". A name after "so-called"/"dubbed", or a quoted modifier after a determiner, unless a speech
// verb comes before it in its sentence: then the words are the speaker's (BBC "Mervyn King said that the economy
// had hit a "softer patch"", "police said a "physical altercation" ..."), a partial quote, unless they are one
// coined compound ("no-limits"). `cues`: reporting_verbs.
bool is_term(std::string_view text, const DocText& doc, const QuoteSpan& q, const WordList& cues) {
  const std::uint32_t words = count_words(slice(text, q.inner));
  if (words > 4 || q.close_token == kNoToken) return false;
  const auto word = [&](std::uint32_t i) { return slice(text, doc.tokens[i].span()); };
  const std::uint32_t open = q.open_token;
  if (open > 0) {
    const std::string_view before = word(open - 1);
    if (before == "so-called" || before == "dubbed" || before == "nicknamed" || before == "termed" ||
        before == "labelled" || before == "labeled" || before == "branded") return true;
    if (open > 1 && word(open - 2) == "known" && before == "as") return true;
  }
  if (words > 3 || open == 0) return false;
  const std::string_view det = word(open - 1);
  const std::uint32_t next = q.close_token + 1;
  if (next >= doc.tokens.size() || doc.tokens[next].kind != TokenKind::kWord) return false;
  if (doc.tokens[next].flags & kCapitalized) return false;
  const std::string_view after = word(next);
  static constexpr std::string_view kFunction[] = {"of", "in", "on", "at", "to", "for", "with", "and", "or", "that",
                                                  "which", "who", "from", "by", "as", "is", "was", "between",
                                                  "than", "but", "the", "a", "an"};
  for (std::string_view f : kFunction)
    if (after == f) return false;
  if (det != "a" && det != "an" && det != "the" && det != "A" && det != "The") return false;
  // A coined compound stays a name after a speech verb: "Putin said the two leaders signed a “no-limits”
  // agreement".
  if (words == 1 && slice(text, q.inner).find('-') != std::string_view::npos) return true;
  const Sentence& s = doc.sentences[sentence_at(doc, doc.tokens[open].start)];
  for (std::uint32_t i = s.first_token; i + 1 < open; ++i)
    if (doc.tokens[i].kind == TokenKind::kWord && cues.contains(word(i))) return false;
  return true;
}

// Title Case: every word of four letters or more capitalised, at least two such words ("Make Your Kid a
// Millionaire", "Legend in the Coal Fields").
bool is_title_case(std::string_view words, std::uint32_t n) {
  if (n < 2 || n > 10) return false;
  std::uint32_t long_words = 0;
  std::size_t from = 0;
  while (from < words.size()) {
    std::size_t to = words.find(' ', from);
    if (to == std::string_view::npos) to = words.size();
    const std::string_view w = words.substr(from, to - from);
    std::size_t letters = 0;
    for (char c : w) letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letters >= 4) {
      if (!starts_upper(w)) return false;
      ++long_words;
    }
    from = to + 1;
  }
  return long_words >= 2;
}

// How the quoted words end: their last character and the one after them, looking through the closing marks
// of a quote nested at the end: PolNeAR west-journal "“... I would say, ‘That’s ridiculous,'” the president
// added" ends with a comma, not with its inner mark.
struct Ending {
  char last = 0;     // the last character of the words
  char trimmed = 0;  // the , or . left out of the words (trim_inner), else the character after them
};

Ending ending_of(std::string_view text, const QuoteSpan& q) {
  std::uint32_t end = q.inner.end;
  Ending e;
  e.trimmed = end < text.size() ? text[end] : 0;
  // A nested closing mark: ' or ’ (E2 80 99) or ” (E2 80 9D).
  while (end > q.inner.start) {
    if (text[end - 1] == '\'' || text[end - 1] == '"') {
      --end;
    } else if (end - q.inner.start >= 3 && text[end - 3] == '\xE2' && text[end - 2] == '\x80' &&
               (text[end - 1] == '\x99' || text[end - 1] == '\x9D')) {
      end -= 3;
    } else {
      break;
    }
    if (end > q.inner.start && (text[end - 1] == ',' || text[end - 1] == '.')) {
      e.trimmed = text[end - 1];
      --end;
    }
  }
  e.last = end > q.inner.start ? text[end - 1] : text[q.inner.end - 1];
  return e;
}

bool runs_on_after_close(std::string_view text, const DocText& doc, const QuoteSpan& q, const WordList& pronouns,
                         const WordList& cues) {
  if (q.close_token == kNoToken || q.close_token + 1 >= doc.tokens.size()) return false;
  const Ending ending = ending_of(text, q);
  const char last = ending.last;
  const char trimmed = ending.trimmed;
  if (last == '?' || last == '!' || last == ',' || last == '.' || trimmed == ',' || trimmed == '.') return false;
  const Token& next = doc.tokens[q.close_token + 1];
  if (next.kind != TokenKind::kWord || (next.flags & kCapitalized) || next.start == doc.tokens[q.close_token].end)
    return false;
  const std::string_view w = slice(text, next.span());
  return !pronouns.contains(w) && !cues.contains(w);
}

// A short line that is nothing but a quote in single marks heads the section below it, quoting from it:
// PolNeAR wash-post "'A change warrior.'", "'Relationships that last.'" between paragraphs that quote in
// double marks. Said by nobody there.
bool is_subheading(std::string_view text, const DocText& doc, const QuoteSpan& q) {
  if (q.close_token == kNoToken || q.paragraph != q.last_paragraph) return false;
  const Paragraph& para = doc.paragraphs[q.paragraph];
  if (para.first_sentence >= para.end_sentence || doc.sentences[para.first_sentence].first_token != q.open_token)
    return false;
  const std::uint32_t end = doc.sentences[para.end_sentence - 1].end_token;
  for (std::uint32_t i = q.close_token + 1; i < end; ++i)
    if (doc.tokens[i].kind != TokenKind::kPunct) return false;
  // One single mark: not the first half of a typewriter '' pair.
  std::size_t len = 0;
  const char32_t mark = decode_utf8(text, doc.tokens[q.open_token].start, len);
  const bool single = (mark == '\'' || mark == U'\u2018' || mark == U'\u2019') &&
                      doc.tokens[q.open_token + 1].kind != TokenKind::kQuote;
  return single && count_words(slice(text, q.inner)) <= 8;
}

// The quote closes its sentence: a full stop, ? or ! inside or right after the closing mark, or the paragraph ends.
bool ends_its_sentence(std::string_view text, const DocText& doc, const QuoteSpan& q) {
  const Ending ending = ending_of(text, q);
  const char last = ending.last;
  const char trimmed = ending.trimmed;
  if (last == '?' || last == '!' || trimmed == '.') return true;
  if (q.close_token == kNoToken) return true;
  const std::uint32_t next = q.close_token + 1;
  const std::uint32_t p = q.last_paragraph;
  const Paragraph& para = doc.paragraphs[p];
  if (next >= doc.sentences[para.end_sentence - 1].end_token) return true;
  const char c = text[doc.tokens[next].start];
  return c == '.' || c == '?' || c == '!';
}

// Every word of the sentence before the quote is in capitals, two words at least with two letters or more.
bool capitals_before(std::string_view text, const DocText& doc, const Sentence& s, std::uint32_t open) {
  std::uint32_t words = 0;
  for (std::uint32_t i = s.first_token; i < open; ++i) {
    const Token& t = doc.tokens[i];
    // A dateline, not a heading: PolNeAR nyt "LOS ANGELES --  ''The stories begin. ...''".
    if (t.kind == TokenKind::kPunct && text[t.start] == '-') return false;
    if (t.kind != TokenKind::kWord) continue;
    std::uint32_t upper = 0;
    for (char c : slice(text, t.span())) {
      if (c >= 'a' && c <= 'z') return false;
      upper += c >= 'A' && c <= 'Z';
    }
    words += upper >= 2;
  }
  return words >= 2;
}

// `works`: nouns for a titled work (work_nouns.txt), after which a title in marks may stand in apposition.
QuoteKind classify_quote(std::string_view text, const DocText& doc, const QuoteSpan& q, const Attribution& a,
                         const WordList& pronouns, const WordList& cues, const WordList& works) {
  if (doc.paragraphs[q.paragraph].role == LineRole::kTitle) return QuoteKind::kHeadline;
  if (is_subheading(text, doc, q)) return QuoteKind::kHeadline;
  if (is_term(text, doc, q, cues)) return QuoteKind::kTerm;
  const std::string_view words = slice(text, q.inner);
  const std::uint32_t n = count_words(words);
  // Where the quote stands decides first: opening its sentence ("“...,” Putin said"), after a colon, after
  // the attribution's comma (`X said, “We ...`) or right after another quote, it is the whole of what was said.
  const std::uint32_t open = q.open_token;
  const Sentence& s = doc.sentences[sentence_at(doc, doc.tokens[open].start)];
  const std::string_view before = open > s.first_token ? slice(text, doc.tokens[open - 1].span()) : "";
  const auto cue_at = [&](std::uint32_t i) {
    return doc.tokens[i].kind == TokenKind::kWord && cues.contains(slice(text, doc.tokens[i].span()));
  };
  // Speech verbs only: an evaluative verb takes the quote as its object, 001 "as he hailed “close and
  // effective strategic coordination”" is partial.
  const auto speech_at = [&](std::uint32_t i) {
    if (!cue_at(i)) return false;
    const std::string_view w = slice(text, doc.tokens[i].span());
    return w.substr(0, 3) == "sai" || w.substr(0, 3) == "say" || w.substr(0, 4) == "tell" || w == "told" ||
           w.substr(0, 3) == "add" || w.substr(0, 3) == "ask" || w.substr(0, 4) == "writ" || w == "wrote" ||
           w.substr(0, 4) == "call" || w.substr(0, 5) == "tweet" || w.substr(0, 4) == "repl" ||
           w.substr(0, 5) == "conti" || w.substr(0, 5) == "decla" || w.substr(0, 5) == "expla" ||
           w.substr(0, 4) == "yell" || w.substr(0, 5) == "chant" || w.substr(0, 5) == "shout" ||
           w.substr(0, 5) == "concl" || w.substr(0, 5) == "recal" || w.substr(0, 5) == "excla" ||
           w.substr(0, 5) == "answe" || w.substr(0, 5) == "respo" || w.substr(0, 5) == "whisp" ||
           w.substr(0, 5) == "screa" || w.substr(0, 5) == "quipp" || w.substr(0, 5) == "elabo" ||
           w.substr(0, 5) == "inter" || w.substr(0, 5) == "retor" || w.substr(0, 5) == "count";
  };
  // Right after "told" or "tell" a quote is who was told or what, never the words said: PolNeAR "Fiorina told
  // \"Fox and Friends,\"", nyt "allow companies to tell ''one country that a subsidiary is a corporation ...''"
  // (all four such quotes in PolNeAR train and dev are no direct quote).
  const auto said_right_before = [&] {
    if (open == s.first_token || !speech_at(open - 1)) return false;
    const std::string_view w = slice(text, doc.tokens[open - 1].span());
    return w.substr(0, 4) != "tell" && w != "told";
  };
  const Ending ending = ending_of(text, q);
  const char last = ending.last;
  const char trimmed = ending.trimmed;
  // A digest item: a heading in capitals runs straight into the quote that is its story, PolNeAR huff-post
  // "EBOLA SURVIVORS, THROUGH THE LENS “It’s about creating agency for communities ...” [HuffPost.]".
  // The quote itself in capitals is part of the heading: breitbart "3. FOR AFGHAN WOMEN ‘GLASS IS HALF FULL.’".
  if (open > s.first_token + 1 && ends_its_sentence(text, doc, q) && n >= 3 &&
      words.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos &&
      capitals_before(text, doc, s, open))
    return QuoteKind::kDirect;
  // Printed in Title Case, a quote is still speech when a colon or a speech verb introduces it and it ends the
  // sentence: PolNeAR headline lines "Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense.’",
  // "She declared “What a Super Tuesday!”", "the protesters chanted “Chris Christie: Bad for New Jersey ...”".
  // The cue's words run on before the comma, and the quote closes the sentence: it is what was said, even in
  // lower case: PolNeAR "Clinton said at a Fox News town hall on Monday, “we would be looking at ...”", "told
  // his supporters, “our nation is in horrible trouble ...”", "as he puts it, "...", "in her words, “...”".
  // Not a phrase continuing the reporter's clause: "works with other agencies, as well, “including ...”".
  const auto cue_clause_before = [&] {
    const std::string_view first_word = words.substr(0, words.find(' '));
    if (before != "," || open < s.first_token + 2 || n < 2 || first_word == "and" || first_word == "or" ||
        first_word == "including" || first_word == "except" || !ends_its_sentence(text, doc, q))
      return false;
    for (std::uint32_t i = open - 2; i >= s.first_token && i + 14 > open; --i) {
      const std::string_view w = slice(text, doc.tokens[i].span());
      // One clause: 003 "Russia and China, Putin said in his speech, speaking after the Chinese president,
      // “like most countries in the world, share the desire ...”" continues the reporter's sentence.
      if (doc.tokens[i].kind == TokenKind::kQuote || w == ",") return false;
      // Reported speech, not the words said: "Bolton said that whatever choice voters make, “they should ...”".
      if (w == "that" || w == "if" || w == "because" || w == "whether" || w == "calling" || w == "calls")
        return false;
      const std::string_view prev = i > s.first_token ? slice(text, doc.tokens[i - 1].span()) : "";
      // "According to Limbaugh, “[I]f it was left up to Hillary ...”" (PolNeAR west-journal).
      if (speech_at(i) || w == "words" || (w == "it" && (prev == "put" || prev == "puts" || cue_at(i - 1))) ||
          (w == "to" && (prev == "According" || prev == "according")))
        return true;
      if (i == 0) return false;
    }
    return false;
  };
  if (ends_its_sentence(text, doc, q) && open > s.first_token &&
      (before == ":" || said_right_before() ||
       (before == "," && open > s.first_token + 1 && speech_at(open - 2) && starts_upper(words))))
    return QuoteKind::kDirect;
  // A title set off after the work it names is a name, whatever its case: PolNeAR nyt "his new book, ''Trump and
  // Me,'' which will be published", huff-post "his weekly radio show, “Generations with Kevin Swanson,”".
  if (before == "," && open > s.first_token + 1 && works.contains(slice(text, doc.tokens[open - 2].span())))
    return QuoteKind::kTerm;
  // A title inside a sentence is a name, said by nobody: PolNeAR nyt "his book, “Coal Isn't the Villain”".
  if (open > s.first_token && is_title_case(words, n)) return QuoteKind::kTerm;
  // The reporter's clause runs on past the closing mark, so the quote is a piece of it: PolNeAR "“We’re
  // extremely happy” about the decision, said RoseAnn DeMoro", "Bush said "local forces" must lead the way".
  // Not when a pronoun or a cue follows: `“...,’” he noted`, `"..." said Jon Ralston`.
  if (runs_on_after_close(text, doc, q, pronouns, cues)) return QuoteKind::kPartial;
  if (open == s.first_token && n >= 3) return QuoteKind::kDirect;
  // A sentence of its own after an abbreviation that the sentence splitter read as inside the sentence:
  // PolNeAR usa-today "said Sen. Lindsey Graham, R-S.C. "I get that. But if he continues this ..."".
  if (open > s.first_token && before.size() > 1 && before.back() == '.' && starts_upper(words) && n >= 3 &&
      ends_its_sentence(text, doc, q))
    return QuoteKind::kDirect;
  // A short whole sentence: PolNeAR "“It’s taxing on campaign resources,” O’Donnell said. “Big time.”"
  if (open == s.first_token && (trimmed == '.' || last == '!' || last == '?')) return QuoteKind::kDirect;
  // Shorter, it is still what was said when its attribution follows its comma: PolNeAR "“Okay,” I said",
  // "''Follow us,'' Ms. Gil said"; not a title ("''Billions,'' on Showtime, is ...") nor a modifier
  // (003 "“Truly impressive” volumes, commented Putin").
  const bool attributed_after = a.cue && q.close_token != kNoToken && a.cue->start > doc.tokens[q.close_token].start;
  const bool set_off = trimmed == ',' || last == '?' || last == '!' ||
                       (q.close_token + 1 < doc.tokens.size() &&
                        slice(text, doc.tokens[q.close_token + 1].span()) == ",");
  if (open == s.first_token && attributed_after && set_off) return QuoteKind::kDirect;
  // Opening a parenthesis it opens a sentence of its own: PolNeAR AP "(“I don’t want to have fisticuffs,” said
  // one party activist.)".
  if (before == "(" && attributed_after && set_off) return QuoteKind::kDirect;
  // After a dash, a sentence of its own dropped into the reporter's, attributed after its comma: PolNeAR nyt
  // "to shift some production to Mexico - ''I love Oreos,'' he said, ''I will never eat them again''". Not a
  // slogan between dashes (breitbart "his bluster-buss act—“My tax plan will be a tremendous plan!”—").
  if (open > s.first_token && (before == "-" || before == "--" || before == "\u2014" || before == "\u2013") &&
      starts_upper(words) && n >= 2 && attributed_after && set_off)
    return QuoteKind::kDirect;
  if (before == ":" && n >= 2) return QuoteKind::kDirect;
  if (open > s.first_token && doc.tokens[open - 1].kind == TokenKind::kQuote && n >= 3) return QuoteKind::kDirect;
  // After "that," or "because," the quote completes the reporter's clause, whatever its case: PolNeAR "Trump
  // tweeted that, “For those few people ...”", "which is a problem because, “In the end, ...”", whose Contents
  // start at "that" (all four such capitalised quotes in train and dev; none is a Content of its own).
  if (before == "," && open > s.first_token + 1) {
    const std::string_view clause = slice(text, doc.tokens[open - 2].span());
    if (clause == "that" || clause == "because") return QuoteKind::kPartial;
  }
  if (before == "," && starts_upper(words) && n >= 3) return QuoteKind::kDirect;
  // Right after its cue, or after the cue's comma, the quote is the whole of what was said even in lower case:
  // PolNeAR "“...,” he said, “but I also suspect ...”", "who Beck on Wednesday called “a horrible ...”".
  if (said_right_before() && n >= 2) return QuoteKind::kDirect;
  // After "he said," a lower-case quote is direct only as the second half of a split quote (`...,” he said,
  // “but ...`), not after the reporter's own words: 003 "a “success story” of China, Putin said, “and Russia
  // is happy about it“" is partial.
  // After "he said," a lower-case quote is the rest of what was said (PolNeAR "An economic downturn, he said,
  // “could be a good time to borrow ...”"), unless it opens with "and", joining the reporter's sentence.
  const std::string_view first_word = words.substr(0, words.find(' '));
  if (before == "," && open > s.first_token + 1 && speech_at(open - 2) && n >= 4 && first_word != "and" &&
      first_word != "or")
    return QuoteKind::kDirect;
  // A short reply after "asked," / "said," opening with a capital is a sentence of its own: PolNeAR "Wallace
  // then asked, “With nukes?”", "he laughed and said, “We’ll see.”", "someone in the audience shouted, “Cruz,”".
  if (before == "," && open > s.first_token + 1 && speech_at(open - 2) && starts_upper(words))
    return QuoteKind::kDirect;
  if (cue_clause_before()) return QuoteKind::kDirect;
  // The second half of a split quote: `“...,” <attribution with its cue>, “...`, however long the attribution:
  // PolNeAR usa-today "“...,” Trump said during a rally in Kenansville, N.C., “but a lot of people ...”".
  if (before == "," && open > s.first_token + 1 && n >= 2) {
    bool cue = false;
    for (std::uint32_t i = open - 1; i > s.first_token && i + 24 > open; --i) {
      cue = cue || cue_at(i);
      if (doc.tokens[i - 1].kind != TokenKind::kQuote) continue;
      // Typewriter marks are two tokens: PolNeAR nyt "''...,'' Mr. Gidley said, ''and they're not ...''".
      std::uint32_t mark = i - 1;
      while (mark > s.first_token && doc.tokens[mark - 1].kind == TokenKind::kQuote) --mark;
      if (cue && mark >= 1 && slice(text, doc.tokens[mark - 1].span()) == ",") return QuoteKind::kDirect;
      break;
    }
  }
  // 003 "adding that “I hope it is a signal that the conflict must end”"; after a finite verb ("claimed that")
  // PolNeAR has the quote inside a larger Content, so only the -ing form counts.
  if (n >= 4 && starts_upper(words) && before == "that" && open > s.first_token + 1) {
    const std::string_view verb = slice(text, doc.tokens[open - 2].span());
    if (verb.size() > 3 && verb.substr(verb.size() - 3) == "ing" && cue_at(open - 2)) return QuoteKind::kDirect;
  }
  // A clause with a pronoun subject set off by its attribution is direct speech although printed in lower
  // case: 003 "“we have built a good working relationship and a deep friendship“, said Xi".
  const std::string_view first = words.substr(0, words.find(' '));
  if (n >= 4 && attributed_after && first.size() <= 4 && pronouns.contains(first)) return QuoteKind::kDirect;
  return QuoteKind::kPartial;
}

// ---- [SECTION] names ----

// The country a word stands for: an adjective ("Chinese", demonyms.txt) or a name ("Kremlin", speaker_countries).
const std::string* country_of(const Lexicons& lex, std::string_view word) {
  if (const std::string* c = lex.list("demonyms").value_of(word)) return c;
  return lex.list("speaker_countries").value_of(word);
}

// A nationality's people, no one's name: "Britons", "Americans".
bool nationality_plural(const Lexicons& lex, std::string_view word) {
  return word.size() > 4 && word.back() == 's' && country_of(lex, word.substr(0, word.size() - 1));
}

// A name's words within a mention: the trailing run of capitalised words that are not titles
// ("Russian Foreign Minister Sergei Lavrov" -> "Sergei Lavrov", "the Kremlin" -> "Kremlin").
Span strip_to_name(std::string_view text, const DocText& doc, Span mention, const WordList& roles,
                   std::uint32_t& words) {
  words = 0;
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), mention.end,
                             [](const Token& t, std::uint32_t end) { return t.end < end; });
  if (it == doc.tokens.end() || it->end != mention.end) return {};
  std::uint32_t last = static_cast<std::uint32_t>(it - doc.tokens.begin());
  std::uint32_t first = last + 1;
  while (first > 0) {
    const Token& t = doc.tokens[first - 1];
    if (t.start < mention.start || t.kind != TokenKind::kWord || !(t.flags & kCapitalized)) break;
    if (roles.contains(slice(text, t.span()))) break;
    --first;
  }
  if (first > last) return {};
  words = last + 1 - first;
  return {doc.tokens[first].start, doc.tokens[last].end};
}

struct NameIndex {
  // Multi-word names seen in the corpus, by their text, with how often each occurs.
  std::unordered_map<std::string_view, std::uint32_t> counts;
  // Per country, names introduced with it ("Russian President Vladimir Putin", "China’s President Xi").
  std::unordered_map<std::string_view, std::unordered_map<std::string_view, std::uint32_t>> by_country;
};

// Lists of the words that may be a speaker role or a country word ("President", "Russian", "Kremlin"):
// index_names tests every capitalised word, and a gate over them answers most without a hash lookup.
constexpr std::string_view kRoleOrCountryLists[] = {"speaker_roles", "demonyms", "speaker_countries"};

void index_names(std::string_view text, const DocText& doc, const Lexicons& lex, NameIndex& index) {
  const WordList& roles = lex.list("speaker_roles");
  const WordList& function_words = lex.list("function_words");
  const ShapeGate& gate = lexicon_shape_gate(lex, "quote_role_or_country", kRoleOrCountryLists);
  const std::uint32_t n = static_cast<std::uint32_t>(doc.tokens.size());
  for (std::uint32_t i = 0; i < n;) {
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::kWord || !(t.flags & kCapitalized)) { ++i; continue; }
    // A capitalised function word opening a sentence is no part of a name: BBC "But Rover ...", "The IMF",
    // "However Nasdaq ..." (which, resolving "he" and "chief", was the speaker of 69 quotes).
    const std::string_view opener = slice(text, t.span());
    if ((t.flags & kSentenceStart) && (opener == "Former" || function_words.contains_folded(opener))) {
      ++i;
      continue;
    }
    // One line and one sentence: BBC politics/126's headline ended in "EU" above "Tony Blair ...", and "Blair"
    // had stood for "EU\n\nTony Blair".
    std::uint32_t j = i;
    while (j < n && doc.tokens[j].kind == TokenKind::kWord && (doc.tokens[j].flags & kCapitalized) &&
           !(doc.tokens[j].flags & kPossessive) &&
           (j == i || (!(doc.tokens[j].flags & kSentenceStart) &&
                       text.substr(doc.tokens[j - 1].end, doc.tokens[j].start - doc.tokens[j - 1].end).find('\n') ==
                           std::string_view::npos)))
      ++j;
    // The name proper: the run's tail after titles and country words, a nationality's plural too (BBC "Britons
    // Kathy Butler and ..." had made "Britons" in a report's sentence stand for "Britons Kathy Butler").
    std::uint32_t first = j;
    while (first > i) {
      const std::string_view w = slice(text, doc.tokens[first - 1].span());
      if (gate.may_hold(w) && (roles.contains(w) || country_of(lex, w))) break;
      if (gate.may_hold(w.substr(0, w.size() - 1)) && nationality_plural(lex, w)) break;
      --first;
    }
    if (j - first >= 2 && j - first <= 3) {
      const std::string_view name = slice(text, {doc.tokens[first].start, doc.tokens[j - 1].end});
      ++index.counts[name];
      // A country word joined to the name by titles only: "Russian President Vladimir Putin", "Russian
      // counterpart Vladimir Putin"; not 001 "China’s Middle East envoy Zhai Jun" (a place in between).
      bool titled = false;
      for (std::uint32_t k = first; k > 0 && first - k < 5;) {
        --k;
        const Token& tk = doc.tokens[k];
        const std::string_view w = slice(text, tk.span());
        if (tk.flags & kPossessive) continue;
        if (!gate.may_hold(w)) break;
        if (const std::string* country = country_of(lex, w); country && tk.kind == TokenKind::kWord) {
          if (titled) ++index.by_country[*country][name];
          break;
        }
        if (tk.kind != TokenKind::kWord || !roles.contains(w)) break;
        titled = true;
      }
    }
    i = j;  // the run may have stopped at a new line's or sentence's first name
  }
}

std::string_view most_frequent(const std::unordered_map<std::string_view, std::uint32_t>& counts) {
  std::string_view best;
  std::uint32_t best_count = 0;
  for (const auto& [name, count] : counts)
    if (count > best_count || (count == best_count && name < best)) { best = name; best_count = count; }
  return best;
}

// "Xi" -> "Xi Jinping": per word, the most frequent multi-word name holding it. Built once, looked up per quote.
void index_words(NameIndex& index, std::unordered_map<std::string_view, std::pair<std::string_view, std::uint32_t>>& by_word) {
  for (const auto& [name, count] : index.counts) {
    std::size_t from = 0;
    while (from < name.size()) {
      std::size_t to = name.find(' ', from);
      if (to == std::string_view::npos) to = name.size();
      auto& best = by_word[name.substr(from, to - from)];
      if (count > best.second || (count == best.second && name < best.first)) best = {name, count};
      from = to + 1;
    }
  }
}

}  // namespace

namespace {

// ---- [SECTION] resolution ----

struct CorpusNames {
  NameIndex index;
  std::unordered_map<std::string_view, std::pair<std::string_view, std::uint32_t>> by_word;
  std::unordered_map<std::string_view, std::string_view> by_country;  // country -> its most named person
};

struct Resolved {
  std::string name;                    // empty when unresolved
  std::optional<std::uint32_t> entity;
};

class Resolver {
 public:
  Resolver(const Analysis& a, std::uint32_t doc, const CorpusNames& names, const CorpusNames& doc_names,
           const Lexicons& lex, const SpeakerContext& ctx)
      : a_(a), names_(names), doc_names_(doc_names), lex_(lex), ctx_(ctx), text_(ctx.text),
        dt_(ctx.doc), speaker_roles_(lex.list("speaker_roles")), calendar_(lex.list("calendar")),
        function_words_(lex.list("function_words")), titles_(lex.list("titles")),
        name_titles_(lex.list("name_titles")) {
    const auto lo = std::lower_bound(a.mentions.begin(), a.mentions.end(), doc,
                                     [](const Mention& m, std::uint32_t d) { return m.doc < d; });
    const auto hi = std::upper_bound(lo, a.mentions.end(), doc,
                                     [](std::uint32_t d, const Mention& m) { return d < m.doc; });
    // Analysis::mentions is sorted by (doc, start): this document's are by start, for binary search.
    // (pointer and size: Emscripten 3.1.6's libc++ has no iterator-pair span constructor)
    mentions_ = std::span<const Mention>(a.mentions.data() + (lo - a.mentions.begin()), static_cast<std::size_t>(hi - lo));
  }

  bool has_entities() const { return !mentions_.empty(); }

  // Records a resolved speaker so later pronouns and roles can refer to it.
  void remember(std::uint32_t sentence, const Resolved& r) {
    if (r.name.empty()) return;
    history_.push_back({sentence, r});
    latest_in_sentence_[sentence] = static_cast<std::uint32_t>(history_.size() - 1);
  }

  Resolved resolve(Span mention, SpeakerForm kind, std::uint32_t sentence) const {
    // An indefinite description brings in someone new, who is that description: PolNeAR "a longtime GOP data
    // expert" is no party and "one former executive" no earlier name. Only a person named inside it is more:
    // "one senior official, John Kerry".
    if (indefinite(mention)) {
      const Mention* m = overlapping(mention);
      if (m && a_.entities[m->entity].type == EntityType::kPerson) return from_entity(m->entity);
      return Resolved{std::string(slice(text_, mention)), std::nullopt};
    }
    // An entity mention overlapping the speaker's words wins: the entities stage merged its aliases. Not a
    // place modifying a person's role: PolNeAR "The New York businessman says" is Trump, not New York, and
    // "the Florida senator" Rubio. A spokesman speaks for his place ("the Vatican spokesman").
    if (const Mention* m = overlapping(mention))
      if (kind != SpeakerForm::kRole || a_.entities[m->entity].type != EntityType::kPlace ||
          wanted(mention, kind).kind != Want::kPerson)
        return from_entity(m->entity);
    Resolved r;
    // "the American", "the Frenchman": a nationality standing for a person is the person spoken of before
    // (BBC sport/469 "said the American" after "Roddick was left frustrated"), not a name "American".
    // Not someone else named earlier in its sentence: "Reacting to a comment by All England Club chairman Tim
    // Phillips, the American said" is Lindsay Davenport's, named in the sentence before.
    if (kind == SpeakerForm::kName && nationality_noun(slice(text_, mention))) {
      const std::uint32_t from = sentence < dt_.sentences.size() ? dt_.sentences[sentence].span.start : mention.start;
      return antecedent({from, from}, sentence, {Want::kPerson, {}, 0});
    }
    if (kind == SpeakerForm::kName) {
      std::uint32_t words = 0;
      const Span name = strip_to_name(text_, dt_, mention, speaker_roles_, words);
      if (name.empty()) return r;
      std::string_view surface = slice(text_, name);
      // A capitalised function word names nobody: BBC "Another correspondent wrote" had left "Another", which
      // the name index completed to "Another Boca Juniors", and "One fiction judge" "BBC One".
      if (words == 1 && (function_words_.contains_folded(surface) || one_of_any_case(surface, kIndefinite))) return r;
      // The article's own full name first (BBC: "Edwards" is not the corpus's most frequent Edwards).
      if (words == 1) {
        const auto mine = doc_names_.by_word.find(surface);
        const auto it = names_.by_word.find(surface);
        if (mine != doc_names_.by_word.end()) surface = mine->second.first;
        else if (it != names_.by_word.end()) surface = it->second.first;
      }
      return by_name(surface);
    }
    if (kind == SpeakerForm::kRole)
      if (const std::optional<std::uint32_t> person = titled_before(mention)) return from_entity(*person);
    if (kind == SpeakerForm::kRole) {
      // "the Russian leader", "the Kremlin leader": the person the corpus introduces with that country.
      const std::string_view words = slice(text_, mention);
      std::size_t from = 0;
      while (from < words.size()) {
        std::size_t to = words.find(' ', from);
        if (to == std::string_view::npos) to = words.size();
        if (const std::string* country = country_of(lex_, words.substr(from, to - from))) {
          const auto mine = doc_names_.by_country.find(*country);
          if (mine != doc_names_.by_country.end()) return by_name(mine->second);
          const auto it = names_.by_country.find(*country);
          if (it != names_.by_country.end()) return by_name(it->second);
        }
        from = to + 1;
      }
    }
    if (kind == SpeakerForm::kRole)
      if (std::optional<Resolved> r = possessed_role(mention, sentence)) return *r;
    return antecedent(mention, sentence, wanted(mention, kind));
  }

 private:
  // "his son said", "her lawyer said": someone of the person before, not that person. BBC "... due to Lee, 82,
  // who created Spider-Man ..., his lawyer said" had made Lee the speaker. The speaker is described through
  // whom the possessive stands for ("Stan Lee's lawyer"), or as written when nobody fits. Not a spokesman or a
  // report, who speak for their owner ("its report said", speaker_roles.txt values).
  std::optional<Resolved> possessed_role(Span mention, std::uint32_t sentence) const {
    std::size_t end = mention.start;
    while (end > 0 && text_[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && text_[start - 1] >= 'A' && (text_[start - 1] | 0x20) >= 'a' && (text_[start - 1] | 0x20) <= 'z')
      --start;
    const std::string_view owner_word = text_.substr(start, end - start);
    static constexpr std::string_view kHis[] = {"his"}, kHer[] = {"her"}, kIts[] = {"its"}, kTheir[] = {"their"};
    Want want;
    if (one_of_any_case(owner_word, kHis)) want = {Want::kPerson, {}, 1};
    else if (one_of_any_case(owner_word, kHer)) want = {Want::kPerson, {}, 2};
    else if (one_of_any_case(owner_word, kIts)) want = {Want::kNotPerson, {}, 0};
    else if (!one_of_any_case(owner_word, kTheir)) return std::nullopt;
    const std::string_view noun = last_word(slice(text_, mention));
    const std::string* value = speaker_roles_.value_of(noun);
    if (value && !value->empty()) return std::nullopt;
    const Resolved owner = antecedent({static_cast<std::uint32_t>(start), mention.end}, sentence, want);
    // The same description again ("his son said" for the quote before, remembered): that one, not his son's son.
    if (!owner.entity && owner.name.ends_with("'s " + std::string(slice(text_, mention)))) return owner;
    Resolved r;
    r.name = owner.name.empty() ? std::string(text_.substr(start, mention.end - start))
                                : owner.name + "'s " + std::string(slice(text_, mention));
    return r;
  }

  static std::string_view last_word(std::string_view words) {
    const std::size_t space = words.rfind(' ');
    return space == std::string_view::npos ? words : words.substr(space + 1);
  }
  // "a longtime GOP data expert", "one former executive": someone the article has not named. Not a document
  // ("issued a statement saying", "sent an email saying"), whose author is the one speaking, nor a spokesman,
  // whose body is (BBC "A UKIP spokesman said", "an IAAF spokesman").
  static constexpr std::string_view kIndefinite[] = {"a", "an", "another", "one", "some", "several", "many"};
  bool indefinite(Span mention) const {
    const std::string_view words = slice(text_, mention);
    const std::size_t space = words.find(' ');
    if (space == std::string_view::npos) return false;
    // Headed by a noun: not a spanning slip ("a more"), nor a title ("A Different Story").
    const std::string_view noun = last_word(words);
    if (noun.empty() || noun[0] < 'a' || noun[0] > 'z' || function_words_.contains(noun)) return false;
    const std::string* value = speaker_roles_.value_of(noun);
    if (value && !value->empty()) return false;
    return one_of_any_case(words.substr(0, space), kIndefinite);
  }

  // What a pronoun or a role can stand for: "he" and "she" a person, "it" no person, a person's role ("the
  // senator") a person; a document ("the report", "a statement") whoever issued it and a spokesman whoever he
  // speaks for ("a spokesman for Dell said"); nothing a place. A role stands for a description remembered
  // before only with the same noun: "the person added" after "said a person close to the Clintons", not "the
  // businessman replied" after "a reporter can be heard asking".
  struct Want {
    enum Kind : std::uint8_t { kPerson, kNotPerson, kAny } kind = kAny;
    std::string_view role;  // the role's noun, for a role
    std::uint8_t gender = 0;  // "he" 1, "she" 2 (Entity::gender), else 0
  };
  Want wanted(Span mention, SpeakerForm kind) const {
    const std::string_view words = slice(text_, mention);
    if (kind == SpeakerForm::kRole) {
      std::string_view noun = last_word(words);
      // "the 23-year-old" is a person (speaker_roles.txt "year-old").
      if (noun.ends_with("-year-old")) noun = noun.substr(noun.size() - 8);
      const std::string* value = speaker_roles_.value_of(noun);
      return {!value || !value->empty() ? Want::kAny : Want::kPerson, noun};
    }
    if (kind != SpeakerForm::kPronoun) return {};
    if (words.size() == 2 && (words[0] | 0x20) == 'i' && (words[1] | 0x20) == 't') return {Want::kNotPerson, {}};
    const std::string* value = ctx_.pronouns.value_of(words);
    static constexpr std::string_view kHe[] = {"he"}, kShe[] = {"she"};
    const std::uint8_t gender = one_of_any_case(words, kHe) ? 1 : one_of_any_case(words, kShe) ? 2 : 0;
    return {value && *value == "person" ? Want::kPerson : Want::kAny, {}, gender};
  }
  bool fits(const Resolved& r, const Want& want) const {
    if (!r.entity) {
      // "a person close to the Clintons", or one of ours: "Stan Lee's lawyer" (possessed_role).
      const bool description =
          !r.name.empty() && ((r.name[0] >= 'a' && r.name[0] <= 'z') || r.name.find("'s ") != std::string::npos);
      if (description && !want.role.empty() && last_word(r.name) != want.role) return false;
      return want.kind != Want::kNotPerson;
    }
    const Entity& e = a_.entities[*r.entity];
    if (e.type == EntityType::kPlace) return false;
    // "she said" is no man's: PolNeAR had 45 of 250 such quotes on a person the titles call a man.
    if (want.gender != 0 && e.gender != 0 && e.gender != want.gender) return false;
    return want.kind == Want::kAny || (want.kind == Want::kPerson) == (e.type == EntityType::kPerson);
  }

  struct Said {
    std::uint32_t sentence;
    Resolved who;
  };

  // The entity a speaker mention names: a person in it first, else its last entity, the head of the phrase
  // (001 "Foreign Ministry spokesperson Mao Ning" names Mao Ning, not the ministry). An entity mention reaching
  // outside the speaker's words is not taken: 004 "Bjorn Alexander Duben of China’s Jilin University told AFP"
  // where NER read "Bjorn Alexander Duben of China" as one name.
  const Mention* overlapping(Span s) const {
    const Mention* last = nullptr;
    const Mention* person = nullptr;
    const auto from = std::lower_bound(mentions_.begin(), mentions_.end(), s.start,
                                       [](const Mention& m, std::uint32_t at) { return m.span.start < at; });
    for (auto it = from; it != mentions_.end() && it->span.start < s.end; ++it) {
      const Mention& m = *it;
      if (m.span.end > s.end) continue;
      // A date or a number says nothing: BBC "Last April" was a speaker.
      if (static_cast<int>(a_.entities[m.entity].type) > static_cast<int>(EntityType::kMisc)) continue;
      last = &m;
      if (a_.entities[m.entity].type == EntityType::kPerson) person = &m;
    }
    return person ? person : last;
  }

  Resolved from_entity(std::uint32_t entity) const {
    Resolved r;
    r.name = a_.entities[entity].name;
    r.entity = entity;
    return r;
  }

  // The entity carrying this name or alias, when the entities stage found one.
  // The document's first-mentioned entity with that name or alias wins; the index is built on first use.
  Resolved by_name(std::string_view name) const {
    if (!names_indexed_) {
      names_indexed_ = true;
      for (const Mention& m : mentions_) {
        if (!entity_seen_.insert(m.entity).second) continue;
        const Entity& e = a_.entities[m.entity];
        const std::uint32_t first = m.span.start;
        auto add = [&](std::string_view key) {
          auto [it, fresh] = by_name_.try_emplace(key, First{m.entity, first});
          if (!fresh && first < it->second.start) it->second = First{m.entity, first};
        };
        add(e.name);
        for (const std::string& alias : e.aliases) add(alias);
      }
    }
    if (const auto it = by_name_.find(name); it != by_name_.end()) return from_entity(it->second.entity);
    Resolved r;
    r.name = std::string(name);
    return r;
  }

  // The first name in a sentence, outside quotes, that is not a country word: its subject, mostly.
  // `pronoun` is set when a pronoun stands first, so the search goes on further back.
  std::optional<Resolved> sentence_subject(std::uint32_t sentence, std::uint32_t before, const Want& want,
                                           bool* pronoun = nullptr) const {
    const Sentence& s = dt_.sentences[sentence];
    // The sentence's first word, after any quotation mark or dash: BBC `"If I ...` made "If I" a speaker.
    std::uint32_t opening = s.first_token;
    while (opening < s.end_token && dt_.tokens[opening].kind != TokenKind::kWord) ++opening;
    std::optional<Resolved> owner;  // the first possessor, the subject if no one else is named
    for (std::uint32_t i = s.first_token; i < s.end_token && dt_.tokens[i].start < before; ++i) {
      const Token& t = dt_.tokens[i];
      if (ctx_.in_quote[i] || t.kind != TokenKind::kWord) continue;
      const std::string_view w = slice(text_, t.span());
      // A pronoun before any name stands for someone further back: "He next met ...", BBC "But he also
      // believes the strong political viewpoint of Moore's film does not sit well with the Academy". In lower
      // case only "he" and "she", the subjects: "to enter it in the best picture category, says Tim Dams".
      if (t.flags & kCapitalized ? w.size() <= 4 && ctx_.pronouns.contains_folded(w) : w == "he" || w == "she") {
        if (owner) return owner;  // "Suu Kyi's fate is still unclear, but she said"
        if (pronoun) *pronoun = true;
        return std::nullopt;
      }
      if (!(t.flags & kCapitalized)) continue;
      // Nor a nationality's people: BBC "Around 23 million Britons will miss out ..., predicts the report".
      if (country_of(lex_, w) || nationality_plural(lex_, w) || speaker_roles_.contains(w) || calendar_.contains(w))
        continue;
      // A role opening the sentence is its subject: BBC "The home secretary, whose ... blueprint ..., also
      // rejected claims ..." before "..., he said", not the television show named two sentences back.
      if (i == opening && w == "The")
        if (std::optional<Resolved> r = role_subject(i, s.end_token, before, sentence); r && fits(*r, want)) return r;
      // So is an indefinite one, the person "he" and "she" stand for after it, who speaks for a body named with
      // the role: BBC "A Labour Party spokesman told the BBC News website ... "...," he said" is Labour's, "A
      // spokesman for distributor Toho said ... he" Toho's; "A spokesman said ... he" is "a spokesman".
      if (i == opening && (w == "A" || w == "An") && want.kind != Want::kNotPerson)
        if (std::optional<Resolved> r = indefinite_subject(i, s.end_token, before, sentence)) return r;
      // A function word opening the sentence: "The", "But", BBC "However, ..." and "Speaking on Radio 4, ...",
      // which were the speakers of 56 and 34 quotes.
      if (i == opening && function_words_.contains_folded(w)) continue;
      std::uint32_t j = i;
      while (j < s.end_token && dt_.tokens[j].kind == TokenKind::kWord && (dt_.tokens[j].flags & kCapitalized) &&
             !(dt_.tokens[j].flags & kPossessive))
        ++j;
      // A possessor is the subject only when nobody else is named after it: BBC "Mr Brown's Budget was not
      // about ..., the Tory leader said" then "He urged the chancellor ..." is the Tory leader's, PolNeAR
      // "Trump's grasp of policy and temperament are worrying, Cuban said" then "he said" Cuban's; but "Suu Kyi's
      // fate is still unclear, but she said" is Suu Kyi's. Not a contraction: "Christie's been making the case".
      const bool possessor = j < s.end_token && (dt_.tokens[j].flags & kPossessive) &&
                             !(j + 1 < s.end_token && one_of_any_case(slice(text_, dt_.tokens[j + 1].span()),
                                                                      kAfterContraction));
      // A holiday of two words is a time too: PolNeAR "In her New Year speech, Merkel ... warned" is Merkel's.
      // Nor a name after a preposition opening the sentence: BBC "Of Hepburn, she said" is Cate Blanchett's.
      // Not "For X, ...", whose X is often the subject ("For Rick Dean, head of ..., the change is ...").
      static constexpr std::string_view kPrepositions[] = {"of", "about", "regarding", "unlike"};
      if (calendar_.contains(slice(text_, {t.start, dt_.tokens[j - 1].end})) ||
          (i == opening + 1 && one_of_any_case(slice(text_, dt_.tokens[opening].span()), kPrepositions))) {
        i = j - 1;
        continue;
      }
      Resolved r = resolve({t.start, dt_.tokens[j - 1].end}, SpeakerForm::kName, sentence);
      // A place is where, not who: PolNeAR "While he was speaking with the press in Miami on Wednesday, he
      // said" made Miami the speaker. Nor is "he" a court: "it is appropriate for a sitting Supreme Court
      // justice to ... But he told ABC". Nor one capitalised word opening the sentence that no entity holds:
      // PolNeAR "Moments", "Footage of Al-Awlaki", "Recently", "Surveying rust-belt desolation" had been
      // speakers. Two such words still name someone the tagger missed: BBC "Lord Condon said".
      // Words no entity holds stand for a person only after a title or as the subject of a speech verb: BBC
      // "Lord Condon said", "Dutchman Arnoud Okken", "Lt Col Eric Schnaible"; not "West End", "Nou Camp",
      // "Commerce Department", "Breakfast With Frost", which had been the "he" of quotes.
      const bool said = j < s.end_token && ctx_.cues.contains(slice(text_, dt_.tokens[j].span()));
      if (!fits(r, want) || (!r.entity && i == opening && j == i + 1) ||
          (!r.entity && want.kind == Want::kPerson && !said && !(j > i + 1 && person_title(w)) &&
           !(j > i + 1 && i > s.first_token && person_title(slice(text_, dt_.tokens[i - 1].span()))))) {
        i = j - 1;
        continue;
      }
      if (possessor) {
        if (!owner) owner = std::move(r);
        i = j;
        continue;
      }
      // After a possessor, a name that a verb or a preposition takes is no subject either: BBC "These rumours
      // were fuelled by Mr Blair's decision to hold ... a speech by Mr Brown" is Mr Blair's. A subject follows a
      // comma, "and", "the", a role or its cue: "..., Cuban said", "Fletcher's daughter Jill said", "Moore's film
      // ..., says Tim Dams".
      if (owner) {
        std::uint32_t before_name = i;  // past a title: "by Mr Brown"
        while (before_name > s.first_token && person_title(slice(text_, dt_.tokens[before_name - 1].span())))
          --before_name;
        const Token* prev = before_name > s.first_token ? &dt_.tokens[before_name - 1] : nullptr;
        const std::string_view p = prev ? slice(text_, prev->span()) : std::string_view{};
        if (prev && prev->kind == TokenKind::kWord && !(prev->flags & kCapitalized) && p != "and" && p != "the" &&
            !speaker_roles_.contains(p) && !ctx_.cues.contains(p)) {
          i = j - 1;
          continue;
        }
      }
      return r;
    }
    return owner;
  }

  // "the home secretary" is the person this article titles "Home Secretary" last before it (BBC politics/220
  // "Home Secretary Charles Clarke has said", not Liam Fox, who spoke in between). The title is all the
  // capitalised words before the name, so "the president" is not "World Bank President Paul Wolfowitz".
  std::optional<std::uint32_t> titled_before(Span mention) const {
    // The role's words after "the", reading back over the lower-case words the speaker's words left out ("The
    // home secretary said" gives the mention "secretary").
    std::uint32_t start = mention.start;
    for (int words = 0; words < 3 && start > 1 && text_[start - 1] == ' '; ++words) {
      std::uint32_t w = start - 1;
      while (w > 0 && text_[w - 1] >= 'a' && text_[w - 1] <= 'z') --w;
      if (w > 0 && text_[w - 1] >= 'A' && text_[w - 1] <= 'Z') --w;  // "The"
      if (w == start - 1 || (w > 0 && text_[w - 1] != ' ' && text_[w - 1] != '\n')) break;
      start = w;
      const std::string_view word = text_.substr(w, mention.start - w);
      if (word.starts_with("the ") || word.starts_with("The ")) break;
    }
    const std::string_view role = after_the(text_.substr(start, mention.end - start));
    if (role.empty()) return std::nullopt;
    // Nearest first, back over the article's last 400 mentions at most: a run-on text stays linear.
    const auto end = std::lower_bound(mentions_.begin(), mentions_.end(), mention.start,
                                      [](const Mention& m, std::uint32_t at) { return m.span.start < at; });
    const auto stop = end - std::min<std::ptrdiff_t>(end - mentions_.begin(), 400);
    for (auto it = end; it != stop;) {
      const Mention& m = *--it;
      if (m.kind != MentionKind::kName || a_.entities[m.entity].type != EntityType::kPerson) continue;
      // The capitalised words right before the name, read back to the first that is not one.
      std::uint32_t at = m.span.start;
      std::uint32_t from = at;
      while (from > 0 && text_[from - 1] == ' ') {
        std::uint32_t w = from - 1;
        while (w > 0 && text_[w - 1] != ' ' && text_[w - 1] != '\n') --w;
        if (w == from - 1 || text_[w] < 'A' || text_[w] > 'Z') break;
        from = w;
      }
      if (from == at) continue;
      const std::string_view title = text_.substr(from, at - 1 - from);
      if (title.size() == role.size() && std::equal(title.begin(), title.end(), role.begin(), [](char x, char y) {
            return (x | 0x20) == (y | 0x20);
          }))
        return m.entity;
    }
    return std::nullopt;
  }

  // The words after a leading "the"/"The" ("home secretary" of "the home secretary"); "" without one.
  static std::string_view after_the(std::string_view words) {
    if (words.size() < 5 || (words[0] != 't' && words[0] != 'T') || words.substr(1, 3) != "he ") return {};
    return words.substr(4);
  }

  // A nationality's noun for a person: "Dutchman", "Frenchwoman" (a demonym and "man" or "woman").
  bool demonym_person(std::string_view w) const {
    for (std::string_view end : {"man", "woman"})
      if (w.size() > end.size() + 2 && w.ends_with(end) && country_of(lex_, w.substr(0, w.size() - end.size())))
        return true;
    return false;
  }

  // "the American", "the Swede", "The Frenchman": "the" and a nationality's word, nothing else.
  bool nationality_noun(std::string_view words) const {
    const std::string_view noun = after_the(words);
    if (noun.empty() || noun.find(' ') != std::string_view::npos) return false;
    return country_of(lex_, noun) || demonym_person(noun);
  }

  // A word before a name that makes it a person's: a title ("Lt", "Dr.", "Sir") or a nationality's noun
  // ("Dutchman", "Frenchwoman").
  bool person_title(std::string_view w) const {
    const std::string_view bare = w.ends_with('.') ? w.substr(0, w.size() - 1) : w;
    // BBC writes "Lt Col" where titles.txt has "Lt." and "Col.".
    return titles_.contains(w) || titles_.contains(bare) || titles_.contains(std::string(bare) + ".") ||
           name_titles_.contains(bare) || demonym_person(w);
  }

  // The role noun (speaker_roles.txt) within five words after the article at `article`, only modifiers before
  // it: capitalised words and lower-case ones that are no function word or cue ("and" too, when `and_joins`:
  // "The former Rangers and Liverpool boss"). The first role whose value `ends(value)` accepts ends the search;
  // kNoToken when none does before `before`.
  template <class Ends>
  std::uint32_t role_after(std::uint32_t article, std::uint32_t end, std::uint32_t before, bool and_joins,
                           Ends ends) const {
    for (std::uint32_t k = article + 1; k < end && k < article + 6 && dt_.tokens[k].start < before; ++k) {
      const Token& t = dt_.tokens[k];
      if (t.kind != TokenKind::kWord || ctx_.in_quote[k]) return kNoToken;
      if (t.flags & kCapitalized) continue;
      const std::string_view w = slice(text_, t.span());
      if (const std::string* value = speaker_roles_.value_of(w); value && ends(*value)) return k;
      if (!(and_joins && w == "and") && (function_words_.contains(w) || ctx_.cues.contains(w))) return kNoToken;
    }
    return kNoToken;
  }

  // "A [modifiers] role [for Body]" opening a sentence, followed by its verb, resolved as a speaker mention.
  std::optional<Resolved> indefinite_subject(std::uint32_t a, std::uint32_t end, std::uint32_t before,
                                             std::uint32_t sentence) const {
    // A person's role or a spokesman's, not a document's ("A statement from ... Universal said").
    const std::uint32_t k = role_after(a, end, before, false, [](const std::string&) { return true; });
    if (k == kNoToken || *speaker_roles_.value_of(slice(text_, dt_.tokens[k].span())) == "thing") return std::nullopt;
    std::uint32_t last = k;
    // "for distributor Toho", "for Human Rights Watch": lower-case words, then the capitalised name.
    if (k + 2 < end && slice(text_, dt_.tokens[k + 1].span()) == "for") {
      std::uint32_t j = k + 2;
      while (j < end && j < k + 5 && dt_.tokens[j].kind == TokenKind::kWord && !(dt_.tokens[j].flags & kCapitalized))
        ++j;
      while (j < end && dt_.tokens[j].kind == TokenKind::kWord && (dt_.tokens[j].flags & kCapitalized)) last = j++;
    }
    // A person named in apposition speaks as that person: BBC "A spokesman for US Immigration, Customs and
    // Enforcement, Dean Boyd, said".
    for (std::uint32_t j = last + 2; j < end && j < last + 10 && dt_.tokens[j].start < before; ++j) {
      if (slice(text_, dt_.tokens[j - 1].span()) != ",") continue;
      if (const Mention* m = overlapping({dt_.tokens[j].start, dt_.tokens[j].end});
          m && m->span.start == dt_.tokens[j].start && a_.entities[m->entity].type == EntityType::kPerson)
        return from_entity(m->entity);
    }
    Resolved r = resolve({dt_.tokens[a].start, dt_.tokens[last].end}, SpeakerForm::kRole, sentence);
    if (r.name.empty()) return std::nullopt;
    return r;
  }

  // "The [modifiers] <person's role>" from token `the` (the sentence's first word), the role not possessive and
  // followed by a comma or a lower-case word: "The home secretary, whose ...", "The 73-year-old former Chelsea
  // chairman sealed the deal". It is the person named in it, the one the article gives its title, or the person
  // last spoken of; the description itself when there is none.
  std::optional<Resolved> role_subject(std::uint32_t the, std::uint32_t end, std::uint32_t before,
                                       std::uint32_t sentence) const {
    const std::uint32_t k = role_after(the, end, before, true, [](const std::string& value) { return value.empty(); });
    if (k == kNoToken || (dt_.tokens[k].flags & kPossessive) || k + 1 >= end) return std::nullopt;
    // Then a comma, or a verb: a cue, an auxiliary or adverb, a past tense. Not another noun ("The chief
    // inspector of schools, David Bell, also said").
    const Token& next = dt_.tokens[k + 1];
    const std::string_view after = slice(text_, next.span());
    static constexpr std::string_view kVerbs[] = {"was", "is", "has", "had", "will", "would", "also", "then",
                                                  "later", "now", "says", "said", "insists", "believes"};
    if (after != "," && (next.kind != TokenKind::kWord || (next.flags & kCapitalized) ||
                         (!ctx_.cues.contains(after) && !after.ends_with("ed") &&
                          std::find(std::begin(kVerbs), std::end(kVerbs), after) == std::end(kVerbs))))
      return std::nullopt;
    // "The chief executive, John Smith, said": the name set off after it.
    if (after == "," && k + 2 < end)
      if (const Mention* m = overlapping({dt_.tokens[k + 2].start, dt_.tokens[k + 2].end + 64});
          m && m->span.start == dt_.tokens[k + 2].start && a_.entities[m->entity].type == EntityType::kPerson)
        return from_entity(m->entity);
    const Span role{dt_.tokens[the].start, dt_.tokens[k].end};
    // A person named inside it, else the person before: "The French star" after "Marcel Desailly insists ..." is
    // Desailly, not the corpus's most frequent Frenchman, as "the French president" would be.
    const Mention* m = overlapping(role);
    const std::optional<std::uint32_t> titled = titled_before(role);
    Resolved r = m && a_.entities[m->entity].type == EntityType::kPerson ? from_entity(m->entity)
                 : titled                                                 ? from_entity(*titled)
                                                                          : antecedent(role, sentence, wanted(role, SpeakerForm::kRole));
    if (r.name.empty() || (r.entity && a_.entities[*r.entity].type != EntityType::kPerson)) {
      r.entity.reset();
      r.name = "the" + std::string(slice(text_, {dt_.tokens[the].end, role.end}));
    }
    return r;
  }

  // A pronoun or an unplaced role: the speaker of this sentence, its subject, then the previous sentence's.
  // 004 "whom he described as a “friend”" follows "He next met ..." which follows "Xi began the summit".
  // Each candidate must fit what the pronoun can stand for: PolNeAR "the department said it will" after a
  // quote of Jan Piercy's.
  Resolved antecedent(Span mention, std::uint32_t sentence, const Want& want) const {
    if (const Resolved* r = latest_said(sentence, want)) return *r;
    if (sentence < dt_.sentences.size() && dt_.sentences[sentence].span.start < mention.start)
      if (auto r = sentence_subject(sentence, mention.start, want)) return *r;
    // Three sentences back, and one more for each sentence whose subject is a pronoun itself (to six).
    std::uint32_t reach = 3;
    for (std::uint32_t back = 1; back <= reach && back <= sentence; ++back) {
      if (const Resolved* r = latest_said(sentence - back, want)) return *r;
      bool pronoun = false;
      if (auto r = sentence_subject(sentence - back, dt_.sentences[sentence - back].span.end, want, &pronoun))
        return *r;
      if (pronoun && reach < 6) ++reach;
    }
    for (auto it = history_.rbegin(); it != history_.rend(); ++it)
      if (fits(it->who, want)) return it->who;
    return {};
  }

  // The speaker last remembered in a sentence, when it fits.
  const Resolved* latest_said(std::uint32_t sentence, const Want& want) const {
    const auto it = latest_in_sentence_.find(sentence);
    if (it == latest_in_sentence_.end() || !fits(history_[it->second].who, want)) return nullptr;
    return &history_[it->second].who;
  }

  const Analysis& a_;
  const CorpusNames& names_;
  const CorpusNames& doc_names_;
  const Lexicons& lex_;
  const SpeakerContext& ctx_;
  std::string_view text_;
  const DocText& dt_;
  const WordList& speaker_roles_;  // the lists asked per word, fetched once
  const WordList& calendar_;
  const WordList& function_words_;
  const WordList& titles_;
  const WordList& name_titles_;
  std::span<const Mention> mentions_;  // this document's, by start
  std::vector<Said> history_;
  std::unordered_map<std::uint32_t, std::uint32_t> latest_in_sentence_;  // sentence -> index in history_
  struct First {
    std::uint32_t entity, start;
  };
  mutable bool names_indexed_ = false;
  mutable std::unordered_set<std::uint32_t> entity_seen_;
  mutable std::unordered_map<std::string_view, First> by_name_;  // name or alias -> first entity mentioned with it
};

// A headline without a cue: "Xi to Putin: ..." / "Putin meets Xi: “Growing mutual trust”" names the speaker
// before the colon; otherwise its first name: 004 "Russian President Putin In China To Meet ‘Dear Friend’ Xi".
std::optional<Span> headline_speaker(std::string_view text, const DocText& doc, const QuoteSpan& q,
                                     const WordList& roles) {
  const Paragraph& p = doc.paragraphs[q.paragraph];
  const std::uint32_t first = doc.sentences[p.first_sentence].first_token;
  std::uint32_t end = q.open_token;
  if (end > first && slice(text, doc.tokens[end - 1].span()) == ":") {
    std::uint32_t i = end - 1;
    while (i > first && doc.tokens[i - 1].kind == TokenKind::kWord && (doc.tokens[i - 1].flags & kCapitalized) &&
           !roles.contains(slice(text, doc.tokens[i - 1].span())))
      --i;
    if (i < end - 1) return Span{doc.tokens[i].start, doc.tokens[end - 2].end};
  }
  std::uint32_t i = first;
  while (i < end && !(doc.tokens[i].kind == TokenKind::kWord && (doc.tokens[i].flags & kCapitalized))) ++i;
  std::uint32_t j = i;
  static constexpr std::string_view kBreak[] = {"In", "To", "At", "On", "For", "With", "And", "Meets", "Says",
                                                "Visits", "From", "Of", "As"};
  while (j < end && doc.tokens[j].kind == TokenKind::kWord && (doc.tokens[j].flags & kCapitalized)) {
    const std::string_view w = slice(text, doc.tokens[j].span());
    if (std::find(std::begin(kBreak), std::end(kBreak), w) != std::end(kBreak)) break;
    ++j;
  }
  if (j == i) return std::nullopt;
  return Span{doc.tokens[i].start, doc.tokens[j - 1].end};
}

}  // namespace

// ---- [SECTION] extract_quotes ----

void extract_quotes(Analysis& analysis, const Lexicons& lexicons) {
  // Each document's names once: summed for the corpus, then kept for resolving that document's speakers.
  CorpusNames names;
  std::vector<NameIndex> doc_indexes(analysis.texts.size());
  for (std::uint32_t d = 0; d < analysis.texts.size(); ++d) {
    index_names(analysis.corpus.documents[d].text, analysis.texts[d], lexicons, doc_indexes[d]);
    for (const auto& [name, count] : doc_indexes[d].counts) names.index.counts[name] += count;
    for (const auto& [country, counts] : doc_indexes[d].by_country)
      for (const auto& [name, count] : counts) names.index.by_country[country][name] += count;
  }
  index_words(names.index, names.by_word);
  for (const auto& [country, counts] : names.index.by_country) names.by_country[country] = most_frequent(counts);

  const WordList& pronouns = lexicons.list("pronouns");
  const WordList& works = lexicons.list("work_nouns");
  std::vector<std::uint8_t> in_quote;
  for (std::uint32_t d = 0; d < analysis.texts.size(); ++d) {
    const std::string_view text = analysis.corpus.documents[d].text;
    const DocText& doc = analysis.texts[d];
    const std::vector<QuoteSpan> spans = pair_quote_marks(text, doc);
    if (spans.empty()) continue;
    in_quote.assign(doc.tokens.size(), 0);
    for (const QuoteSpan& q : spans) {
      const std::uint32_t stop = q.close_token == kNoToken ? static_cast<std::uint32_t>(doc.tokens.size()) : q.close_token;
      for (std::uint32_t i = q.open_token + 1; i < stop && doc.tokens[i].start < q.inner.end; ++i) in_quote[i] = 1;
    }
    const SpeakerContext ctx{text,
                             doc,
                             lexicons.list("reporting_verbs"),
                             pronouns,
                             lexicons.list("speaker_roles"),
                             lexicons.list("abbreviations"),
                             in_quote};
    CorpusNames doc_names;
    doc_names.index = std::move(doc_indexes[d]);
    index_words(doc_names.index, doc_names.by_word);
    for (const auto& [country, counts] : doc_names.index.by_country)
      doc_names.by_country[country] = most_frequent(counts);
    Resolver resolver(analysis, d, names, doc_names, lexicons, ctx);
    std::optional<Attribution> previous;  // the last attributed quote, for split and continued quotes
    std::uint32_t previous_paragraph = 0;
    for (const QuoteSpan& q : spans) {
      Quote out;
      out.doc = d;
      out.span = q.inner;
      Attribution a = attribute_quote(ctx, q);
      out.kind = classify_quote(text, doc, q, a, pronouns, ctx.cues, works);
      const std::uint32_t sentence = sentence_at(doc, q.inner.start);
      if (out.kind == QuoteKind::kTerm) {
        analysis.quotes.push_back(std::move(out));
        continue;
      }
      if (!a.mention && out.kind == QuoteKind::kHeadline) {
        // Only a known person: a headline's first capitalised word is as often a topic (BBC "Mobiles ‘not
        // media players yet’") as a speaker (004 "Russian President Putin In China To Meet ‘Dear Friend’ Xi").
        const std::optional<Span> m = headline_speaker(text, doc, q, ctx.roles);
        if (m) {
          const Resolved r = resolver.resolve(*m, SpeakerForm::kName, sentence);
          const bool person = r.entity ? analysis.entities[*r.entity].type == EntityType::kPerson
                                       : !resolver.has_entities() && r.name.find(' ') != std::string::npos;
          if (person) {
            a.mention = m;
            a.kind = SpeakerForm::kName;
          }
        }
      }
      // No attribution of its own: the second half of a split quote, a quote paragraph continuing a speaker
      // (004 "“China holds all of the cards,” he said" is attributed; its neighbours may not be), or a quote
      // after "Putin told Xi that ..." in the sentence before.
      if (!a.mention && previous && previous_paragraph == q.paragraph) a = *previous;
      if (!a.mention && sentence > 0) {
        const Attribution s = attribute_sentence(ctx, sentence - 1);
        if (s.mention) a = s;
      }
      if (!a.mention && previous && previous_paragraph + 1 >= q.paragraph) a = *previous;
      if (a.mention) {
        const std::uint32_t at = sentence_at(doc, a.mention->start);
        const Resolved r = resolver.resolve(*a.mention, a.kind, at);
        out.speaker = r.name;
        out.speaker_entity = r.entity;
        out.speaker_mention = a.mention;
        resolver.remember(sentence, r);
        previous = a;
        previous_paragraph = q.last_paragraph;
      }
      if (a.cue) out.cue = std::string(slice(text, *a.cue));
      analysis.quotes.push_back(std::move(out));
    }
  }
}

}  // namespace newslens::core
