#include <doctest/doctest.h>

#include <algorithm>

#include "core/cooccurrence.h"
#include "core/edits.h"
#include "core/text.h"
#include "test_support.h"

using namespace newslens;

namespace {

// The entity analysis a user would correct, built by hand over two real articles of the bundled corpus so
// these tests do not depend on the entity stage: alias merging left "Xi" apart from "Xi Jinping" and folded
// "the Chinese leader" into him, the mistakes users fix with a merge and a split.
struct EntitySpec {
  std::string name;
  core::EntityType type;
  std::vector<std::string> surfaces;  // every word-bounded occurrence becomes a mention, longest first
};

struct QuoteSpec {
  std::size_t doc;
  std::string words;          // the quoted words
  std::string speaker;        // entity name
  std::string speaker_words;  // the attribution's words naming the speaker, nearest occurrence to the quote
};

const std::vector<EntitySpec> kEntities = {
    {"Xi Jinping", core::EntityType::kPerson, {"Xi Jinping", "the Chinese leader"}},
    {"Xi", core::EntityType::kPerson, {"Xi"}},
    {"Vladimir Putin", core::EntityType::kPerson, {"Vladimir Putin", "Putin"}},
    {"Beijing", core::EntityType::kPlace, {"Beijing"}},
    {"Russia", core::EntityType::kPlace, {"Russia"}},
    {"Belt and Road Initiative", core::EntityType::kMisc, {"Belt and Road Initiative"}},
};

const std::vector<QuoteSpec> kQuotes = {
    {0, "close and effective strategic coordination", "Xi", "Xi"},
    {0, "Political mutual trust is steadily deepening,", "Xi Jinping", "the Chinese leader"},
    {0, "We are moving very confidently bilaterally,", "Vladimir Putin", "Putin"},
    {1, "42 times in the past 10 years", "Xi", "Xi"},
};

bool is_word_byte(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

core::Analysis hand_analysis(const std::vector<std::string>& files, const std::vector<EntitySpec>& specs,
                             const std::vector<QuoteSpec>& quotes) {
  core::Analysis a;
  for (const std::string& f : files) core::ingest_bytes(f, test::read("assets/corpus/" + f), a.corpus);
  for (const core::Document& d : a.corpus.documents) a.texts.push_back(core::segment_document(d, test::lexicons()));

  struct Found {
    std::uint32_t doc, start, end, spec;
  };
  std::vector<Found> found;
  for (std::uint32_t s = 0; s < specs.size(); ++s)
    for (const std::string& surface : specs[s].surfaces)
      for (std::uint32_t d = 0; d < a.corpus.documents.size(); ++d) {
        const std::string& text = a.corpus.documents[d].text;
        for (std::size_t at = text.find(surface); at != std::string::npos; at = text.find(surface, at + 1)) {
          const std::size_t end = at + surface.size();
          if ((at > 0 && is_word_byte(text[at - 1])) || (end < text.size() && is_word_byte(text[end]))) continue;
          found.push_back({d, static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end), s});
        }
      }
  std::stable_sort(found.begin(), found.end(), [](const Found& x, const Found& y) { return x.end - x.start > y.end - y.start; });
  std::vector<Found> kept;
  for (const Found& f : found) {
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Found& k) {
      return k.doc == f.doc && k.start < f.end && f.start < k.end;
    });
    if (!overlaps) kept.push_back(f);
  }
  std::sort(kept.begin(), kept.end(), [](const Found& x, const Found& y) {
    return x.doc != y.doc ? x.doc < y.doc : x.start < y.start;
  });
  for (const EntitySpec& s : specs) {
    core::Entity e;
    e.name = s.name;
    e.type = s.type;
    e.aliases = {s.name};
    a.entities.push_back(std::move(e));
  }
  for (const Found& f : kept) {
    core::Mention m;
    m.doc = f.doc;
    m.span = {f.start, f.end};
    m.entity = f.spec;
    m.sentence = core::sentence_at(a.texts[f.doc], f.start);
    m.paragraph = a.texts[f.doc].sentences[m.sentence].paragraph;
    core::Entity& e = a.entities[f.spec];
    const std::string surface = test::text_of(a.corpus.documents[f.doc].text, m.span);
    if (std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end()) e.aliases.push_back(surface);
    e.mentions.push_back(static_cast<std::uint32_t>(a.mentions.size()));
    a.mentions.push_back(m);
  }
  for (const QuoteSpec& qs : quotes) {
    const std::string& text = a.corpus.documents[qs.doc].text;
    const std::size_t at = text.find(qs.words);
    REQUIRE(at != std::string::npos);
    core::Quote q;
    q.doc = static_cast<std::uint32_t>(qs.doc);
    q.span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + qs.words.size())};
    const auto speaker = core::find_entity(a, qs.speaker);
    REQUIRE(speaker);
    q.speaker_entity = speaker;
    q.speaker = qs.speaker;
    // The occurrence of the speaker's words nearest the quote that is one of the speaker's mentions.
    std::optional<core::Span> best;
    for (std::uint32_t m : a.entities[*speaker].mentions) {
      const core::Mention& mention = a.mentions[m];
      if (mention.doc != q.doc || test::text_of(text, mention.span) != qs.speaker_words) continue;
      const auto dist = [&](core::Span s) { return s.start > q.span.end ? s.start - q.span.end : q.span.start - s.end; };
      if (!best || dist(mention.span) < dist(*best)) best = mention.span;
    }
    REQUIRE(best);
    q.speaker_mention = best;
    a.quotes.push_back(q);
  }
  std::sort(a.quotes.begin(), a.quotes.end(), [](const core::Quote& x, const core::Quote& y) {
    return x.doc != y.doc ? x.doc < y.doc : x.span.start < y.span.start;
  });
  core::fill_cooccurrence(a, 1);
  return a;
}

const std::vector<std::string> kFiles = {"000_23df6fbf173a6d2e.txt", "001_c6671510831a82dd.txt"};

core::Analysis corpus_analysis() { return hand_analysis(kFiles, kEntities, kQuotes); }

// What an edited analysis must keep true whatever the edits: mentions and entities point at each other,
// lists stay in document order, quote speakers carry their entity's name.
void check_consistent(const core::Analysis& a) {
  std::size_t listed = 0;
  for (std::uint32_t e = 0; e < a.entities.size(); ++e) {
    const auto& ms = a.entities[e].mentions;
    CHECK(std::is_sorted(ms.begin(), ms.end()));
    for (std::uint32_t m : ms) CHECK(a.mentions[m].entity == e);
    listed += ms.size();
  }
  CHECK(listed == a.mentions.size());
  for (const core::Quote& q : a.quotes)
    if (q.speaker_entity) CHECK(q.speaker == a.entities[*q.speaker_entity].name);
  for (const core::PairStat& p : a.cooccurrence) CHECK((p.a < a.entities.size() && p.b < a.entities.size()));
}

std::size_t mentions_of(const core::Analysis& a, const std::string& name) {
  const auto e = core::find_entity(a, name);
  return e ? a.entities[*e].mentions.size() : 0;
}

bool has_entity_named(const core::Analysis& a, const std::string& name) {
  return std::any_of(a.entities.begin(), a.entities.end(), [&](const core::Entity& e) { return e.name == name; });
}

std::vector<std::string> quote_speakers(const core::Analysis& a) {
  std::vector<std::string> out;
  for (const core::Quote& q : a.quotes) out.push_back(q.speaker);
  return out;
}

std::uint32_t sentence_pair_count(const core::Analysis& a, const std::string& x, const std::string& y) {
  const auto ex = core::find_entity(a, x), ey = core::find_entity(a, y);
  if (!ex || !ey) return 0;
  for (const core::PairStat& p : a.cooccurrence)
    if (p.window == core::Window::kSentence && ((p.a == *ex && p.b == *ey) || (p.a == *ey && p.b == *ex)))
      return p.count;
  return 0;
}

// The analysis by names only: each entity as "name: mention texts", sorted; what survives re-analysis.
std::vector<std::string> by_names(const core::Analysis& a) {
  std::vector<std::string> out;
  for (const core::Entity& e : a.entities) {
    std::string line = e.name + ":";
    for (std::uint32_t m : e.mentions) {
      line += ' ';
      line += test::text_of(a.corpus.documents[a.mentions[m].doc].text, a.mentions[m].span);
    }
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("edits: the hand-built analysis starts as the entity stage left it") {
  const core::Analysis a = corpus_analysis();
  check_consistent(a);
  CHECK(mentions_of(a, "Xi Jinping") == 2);  // "Xi Jinping", "the Chinese leader" (000)
  CHECK(mentions_of(a, "Xi") == 6);          // 1 in 000, 5 in 001
  CHECK(mentions_of(a, "Vladimir Putin") == 9);
  CHECK(quote_speakers(a) == std::vector<std::string>{"Xi", "Xi Jinping", "Vladimir Putin", "Xi"});
}

TEST_CASE("edits: merging moves mentions, aliases and quote speakers, and removes the merged entity") {
  struct Case {
    std::string from, into;
    bool applied;
    std::string result;         // the surviving entity's name
    std::size_t mentions;       // its mentions afterwards
    std::string message_part;
  };
  const Case cases[] = {
      {"Xi", "Xi Jinping", true, "Xi Jinping", 8, "merged 6 mentions"},
      {"Xi Jinping", "Xi", true, "Xi", 8, "merged 2 mentions"},
      // By alias: "Putin" is one of "Vladimir Putin"'s names, so there is nothing to merge.
      {"Putin", "Vladimir Putin", false, "Vladimir Putin", 9, "already part of \xE2\x80\x9CVladimir Putin"},
      {"Xi Jinping", "Mao Ning", false, "", 0, "no entity named \xE2\x80\x9CMao Ning\xE2\x80\x9D"},
      {"Zhai Jun", "Xi", false, "", 0, "no entity named \xE2\x80\x9CZhai Jun\xE2\x80\x9D"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.from);
    CAPTURE(c.into);
    core::Analysis a = corpus_analysis();
    const std::size_t entities_before = a.entities.size();
    const core::EditOutcome out = core::apply_entity_edit(a, core::merge_edit(c.from, c.into));
    CHECK(out.applied == c.applied);
    CHECK(out.message.find(c.message_part) != std::string::npos);
    CHECK(a.entities.size() == entities_before - (c.applied ? 1 : 0));
    if (!c.result.empty()) {
      REQUIRE(out.entity);
      CHECK(a.entities[*out.entity].name == c.result);
      CHECK(a.entities[*out.entity].mentions.size() == c.mentions);
    }
    if (c.applied) {
      CHECK_FALSE(has_entity_named(a, c.from));
      const auto& aliases = a.entities[*out.entity].aliases;
      CHECK(std::find(aliases.begin(), aliases.end(), c.from) != aliases.end());
      CHECK(aliases.front() == c.result);  // the canonical name stays first
    }
    core::fill_cooccurrence(a, 1);
    check_consistent(a);
  }
}

TEST_CASE("edits: after a merge every quote by either name is the surviving entity's") {
  core::Analysis a = corpus_analysis();
  core::apply_entity_edits(a, {core::merge_edit("Xi", "Xi Jinping")});
  CHECK(quote_speakers(a) == std::vector<std::string>{"Xi Jinping", "Xi Jinping", "Vladimir Putin", "Xi Jinping"});
  check_consistent(a);
}

TEST_CASE("edits: splitting an alias off makes it an entity of its own") {
  struct Case {
    std::string entity, alias;
    bool applied;
    std::size_t moved;        // mentions of the new entity
    std::size_t left;         // mentions the entity keeps
    std::string message_part;
  };
  const Case cases[] = {
      {"Xi Jinping", "the Chinese leader", true, 1, 1, "moved 1 mentions"},
      {"Vladimir Putin", "Putin", true, 8, 1, "moved 8 mentions"},
      {"Xi Jinping", "Xi Jinping", false, 0, 2, "the entity's own name"},
      {"Xi Jinping", "Putin", false, 0, 2, "has no mention \xE2\x80\x9CPutin\xE2\x80\x9D"},
      {"Mao Ning", "the spokesperson", false, 0, 0, "no entity named \xE2\x80\x9CMao Ning\xE2\x80\x9D"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.entity);
    CAPTURE(c.alias);
    core::Analysis a = corpus_analysis();
    const std::size_t entities_before = a.entities.size();
    const core::EditOutcome out = core::apply_entity_edit(a, core::split_edit(c.entity, c.alias));
    CHECK(out.applied == c.applied);
    CHECK(out.message.find(c.message_part) != std::string::npos);
    CHECK(a.entities.size() == entities_before + (c.applied ? 1 : 0));
    if (c.applied) {
      REQUIRE(out.entity);
      const core::Entity& split = a.entities[*out.entity];
      CHECK(split.name == c.alias);
      CHECK(split.type == core::EntityType::kPerson);
      CHECK(split.mentions.size() == c.moved);
      const auto& kept_aliases = a.entities[*core::find_entity(a, c.entity)].aliases;
      CHECK(std::find(kept_aliases.begin(), kept_aliases.end(), c.alias) == kept_aliases.end());
    }
    if (has_entity_named(a, c.entity)) CHECK(mentions_of(a, c.entity) == c.left);
    core::fill_cooccurrence(a, 1);
    check_consistent(a);
  }
}

TEST_CASE("edits: a quote attributed through the split words follows them; others stay") {
  core::Analysis a = corpus_analysis();
  core::apply_entity_edits(a, {core::split_edit("Vladimir Putin", "Putin")});
  // "We are moving very confidently bilaterally," Putin said: attributed through "Putin".
  CHECK(quote_speakers(a) == std::vector<std::string>{"Xi", "Xi Jinping", "Putin", "Xi"});
  a = corpus_analysis();
  core::apply_entity_edits(a, {core::split_edit("Xi Jinping", "the Chinese leader")});
  CHECK(quote_speakers(a) == std::vector<std::string>{"Xi", "the Chinese leader", "Vladimir Putin", "Xi"});
  check_consistent(a);
}

TEST_CASE("edits: merge then split of the same words gives the original partition back") {
  const core::Analysis original = corpus_analysis();
  core::Analysis a = corpus_analysis();
  const auto outcomes = core::apply_entity_edits(a, {core::merge_edit("Xi", "Xi Jinping"), core::split_edit("Xi Jinping", "Xi")});
  CHECK(outcomes[0].applied);
  CHECK(outcomes[1].applied);
  CHECK(by_names(a) == by_names(original));
  CHECK(quote_speakers(a) == quote_speakers(original));
  check_consistent(a);
}

TEST_CASE("edits: co-occurrence follows the edits") {
  core::Analysis a = corpus_analysis();
  const std::uint32_t before = sentence_pair_count(a, "Xi Jinping", "Vladimir Putin");
  const std::uint32_t xi_putin = sentence_pair_count(a, "Xi", "Vladimir Putin");
  REQUIRE(xi_putin > 0);  // "Xi noted that he and Putin had met ..." (001)
  core::apply_entity_edits(a, {core::merge_edit("Xi", "Xi Jinping")});
  const std::uint32_t after = sentence_pair_count(a, "Xi Jinping", "Vladimir Putin");
  CHECK(after > before);
  CHECK(after <= before + xi_putin);  // a sentence naming both Xi forms and Putin counts once
  // The same as a fresh computation over the edited mentions.
  core::Analysis fresh = a;
  core::fill_cooccurrence(fresh, 1, core::AnalyzeOptions{}.max_pairs_per_window);
  REQUIRE(fresh.cooccurrence.size() == a.cooccurrence.size());
  for (std::size_t i = 0; i < a.cooccurrence.size(); ++i) {
    CHECK(fresh.cooccurrence[i].a == a.cooccurrence[i].a);
    CHECK(fresh.cooccurrence[i].b == a.cooccurrence[i].b);
    CHECK(fresh.cooccurrence[i].count == a.cooccurrence[i].count);
  }
  check_consistent(a);
}

TEST_CASE("edits: undo is restoring the unedited layer and replaying the edits left") {
  const std::vector<core::EntityEdit> edits = {core::merge_edit("Xi", "Xi Jinping"),
                                               core::split_edit("Xi Jinping", "the Chinese leader")};
  core::Analysis a = corpus_analysis();
  const core::EntityLayer unedited = core::copy_entity_layer(a);
  core::apply_entity_edits(a, edits);
  CHECK(has_entity_named(a, "the Chinese leader"));
  // Undo the last edit.
  core::restore_entity_layer(a, unedited);
  core::apply_entity_edits(a, {edits[0]});
  core::Analysis expected = corpus_analysis();
  core::apply_entity_edits(expected, {edits[0]});
  CHECK(by_names(a) == by_names(expected));
  CHECK_FALSE(has_entity_named(a, "the Chinese leader"));
  // Undo everything.
  core::restore_entity_layer(a, unedited);
  CHECK(by_names(a) == by_names(corpus_analysis()));
  CHECK(a.cooccurrence.size() == corpus_analysis().cooccurrence.size());
}

TEST_CASE("edits: replayed by names on a re-analysis with other documents and another entity order") {
  const std::vector<core::EntityEdit> edits = {core::merge_edit("Xi", "Xi Jinping"),
                                               core::split_edit("Xi Jinping", "the Chinese leader")};
  std::vector<EntitySpec> reordered(kEntities.rbegin(), kEntities.rend());
  core::Analysis a = hand_analysis({"001_c6671510831a82dd.txt", "004_9ac02513c2486903.txt", "000_23df6fbf173a6d2e.txt"},
                                   reordered, {});
  const auto outcomes = core::apply_entity_edits(a, edits);
  CHECK(outcomes[0].applied);
  CHECK(outcomes[1].applied);
  CHECK_FALSE(has_entity_named(a, "Xi"));
  // "Xi Jinping" 1 (000) + 2 (004); "Xi" 1 (000) + 5 (001) + 9 (004); "the Chinese leader" only in 000.
  CHECK(mentions_of(a, "the Chinese leader") == 1);
  CHECK(mentions_of(a, "Xi Jinping") == 3 + 15);
  check_consistent(a);

  // A corpus where a name is missing: the edit is reported, not applied, and the rest still apply.
  core::Analysis b = hand_analysis({"001_c6671510831a82dd.txt"}, kEntities, {});
  const auto partial = core::apply_entity_edits(b, {core::split_edit("Xi Jinping", "the Chinese leader"),
                                                    core::merge_edit("Xi", "Xi Jinping")});
  CHECK_FALSE(partial[0].applied);
  CHECK(partial[1].applied);
  CHECK(mentions_of(b, "Xi Jinping") == 5);
  check_consistent(b);
}

TEST_CASE("edits: JSON round trip and errors naming the bad member") {
  const std::vector<core::EntityEdit> edits = {core::merge_edit("Xi", "Xi Jinping"),
                                               core::split_edit("Xi Jinping", "the Chinese leader")};
  const std::string json = core::entity_edits_json(edits);
  CHECK(json ==
        "[{\"op\":\"merge\",\"from\":\"Xi\",\"into\":\"Xi Jinping\"},"
        "{\"op\":\"split\",\"entity\":\"Xi Jinping\",\"alias\":\"the Chinese leader\"}]");
  std::string error;
  const auto back = core::parse_entity_edits(core::parse_json(json).value, error);
  REQUIRE(back);
  CHECK(*back == edits);

  struct Bad {
    std::string json, error_part;
  };
  const Bad bad[] = {
      {"{}", "a JSON array"},
      {"[{\"op\":\"rename\",\"from\":\"Xi\"}]", "edit 0: \"op\" must be"},
      {"[{\"op\":\"merge\",\"from\":\"Xi\"}]", "edit 0: needs a non-empty string \"into\""},
      {"[{\"op\":\"merge\",\"from\":\"Xi\",\"into\":\"Xi Jinping\"},{\"op\":\"split\",\"entity\":\"Xi\",\"alias\":\"\"}]",
       "edit 1: needs a non-empty string \"alias\""},
      {"[3]", "edit 0: an edit is a JSON object"},
  };
  for (const Bad& b : bad) {
    CAPTURE(b.json);
    std::string why;
    CHECK_FALSE(core::parse_entity_edits(core::parse_json(b.json).value, why));
    CHECK(why.find(b.error_part) != std::string::npos);
  }
}
