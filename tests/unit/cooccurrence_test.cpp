#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/cooccurrence.h"
#include "test_support.h"

using namespace newslens;

namespace {

// A hand-built analysis of two documents (no text needed: co-occurrence reads only windows and mentions).
//   doc 0: paragraph 0 = sentences 0, 1; paragraph 1 = sentence 2.   s0 {A, B}  s1 {A}  s2 {B, C}
//   doc 1: paragraph 0 = sentences 0, 1.                             s0 {A, B, A}  s1 {}
// A, B are PERSONs, C is a DATE.
core::Analysis tiny_analysis() {
  core::Analysis a;
  a.corpus.documents.resize(2);
  a.texts.resize(2);
  a.texts[0].sentences.resize(3);
  a.texts[0].paragraphs.resize(2);
  a.texts[1].sentences.resize(2);
  a.texts[1].paragraphs.resize(1);
  for (const char* name : {"A", "B"}) {
    core::Entity e;
    e.name = name;
    e.type = core::EntityType::kPerson;
    a.entities.push_back(e);
  }
  core::Entity c;
  c.name = "C";
  c.type = core::EntityType::kDate;
  a.entities.push_back(c);
  struct M {
    std::uint32_t doc, sentence, paragraph, entity;
  };
  const M ms[] = {{0, 0, 0, 0}, {0, 0, 0, 1}, {0, 1, 0, 0}, {0, 2, 1, 1}, {0, 2, 1, 2},
                  {1, 0, 0, 0}, {1, 0, 0, 1}, {1, 0, 0, 0}};
  std::uint32_t start = 0;
  for (const M& m : ms) {
    core::Mention mention;
    mention.doc = m.doc;
    mention.sentence = m.sentence;
    mention.paragraph = m.paragraph;
    mention.entity = m.entity;
    mention.span = {start, start + 1};
    start += 2;
    a.entities[m.entity].mentions.push_back(static_cast<std::uint32_t>(a.mentions.size()));
    a.mentions.push_back(mention);
  }
  return a;
}

const core::PairStat* find_pair(const std::vector<core::PairStat>& pairs, std::uint32_t a, std::uint32_t b) {
  for (const core::PairStat& p : pairs)
    if (p.a == a && p.b == b) return &p;
  return nullptr;
}

}  // namespace

TEST_CASE("co-occurrence measures match hand-computed values for each window") {
  const core::Analysis a = tiny_analysis();
  struct Case {
    core::Window window;
    std::uint32_t x, y, count;
    double pmi, npmi, dice, llr;  // from the 2x2 table of windows, worked by hand
  };
  const Case cases[] = {
      // Sentences: N = 5, n_A = 3, n_B = 3, n_AB = 2 (the entity repeated in doc 1 s0 counts once).
      {core::Window::kSentence, 0, 1, 2, 0.152003, 0.114986, 0.666667, 0.138443},
      // B and C: N = 5, n_B = 3, n_C = 1, together once.
      {core::Window::kSentence, 1, 2, 1, 0.736966, 0.317394, 0.5, 1.184939},
      // Paragraphs: N = 3, n_A = 2, n_B = 3, n_AB = 2: B is everywhere, so no association.
      {core::Window::kParagraph, 0, 1, 2, 0.0, 0.0, 0.8, 0.0},
  };
  for (const Case& c : cases) {
    CAPTURE(core::window_name(c.window));
    const auto pairs = core::compute_cooccurrence(a, c.window, {});
    const core::PairStat* p = find_pair(pairs, c.x, c.y);
    REQUIRE(p != nullptr);
    CHECK(p->count == c.count);
    CHECK(p->pmi == doctest::Approx(c.pmi).epsilon(1e-5));
    CHECK(p->npmi == doctest::Approx(c.npmi).epsilon(1e-5));
    CHECK(p->dice == doctest::Approx(c.dice).epsilon(1e-5));
    CHECK(p->llr == doctest::Approx(c.llr).epsilon(1e-5));
  }
  // Never a pair of an entity with itself, and A and C never share a sentence.
  for (const core::PairStat& p : core::compute_cooccurrence(a, core::Window::kSentence, {})) CHECK(p.a < p.b);
  CHECK(find_pair(core::compute_cooccurrence(a, core::Window::kSentence, {}), 0, 2) == nullptr);
}

TEST_CASE("co-occurrence filters: types, documents, min count; output sorted by count") {
  const core::Analysis a = tiny_analysis();
  core::CooccurrenceFilter named;
  named.type_mask = core::kNamedTypeMask;
  const auto doc_pairs = core::compute_cooccurrence(a, core::Window::kDocument, named);
  REQUIRE(doc_pairs.size() == 1);  // C, a DATE, is filtered out
  CHECK(doc_pairs[0].a == 0);
  CHECK(doc_pairs[0].b == 1);
  CHECK(doc_pairs[0].npmi == doctest::Approx(1.0));  // both in every document

  core::CooccurrenceFilter only_doc1;
  only_doc1.documents = {false, true};
  const auto pairs = core::compute_cooccurrence(a, core::Window::kSentence, only_doc1);
  REQUIRE(pairs.size() == 1);
  CHECK(pairs[0].count == 1);
  CHECK(pairs[0].pmi == doctest::Approx(1.0));  // N = 2 sentences, each of A and B in one of them
  CHECK(pairs[0].llr == doctest::Approx(2.772589).epsilon(1e-5));

  core::CooccurrenceFilter min2;
  min2.min_count = 2;
  const auto frequent = core::compute_cooccurrence(a, core::Window::kSentence, min2);
  REQUIRE(frequent.size() == 1);
  CHECK(frequent[0].b == 1);

  const auto all = core::compute_cooccurrence(a, core::Window::kSentence, {});
  REQUIRE(all.size() == 2);
  CHECK(all[0].count >= all[1].count);
  core::CooccurrenceFilter top1;
  top1.max_pairs = 1;
  const auto capped = core::compute_cooccurrence(a, core::Window::kSentence, top1);
  REQUIRE(capped.size() == 1);
  CHECK(capped[0].count == 2);
}

TEST_CASE("fill_cooccurrence stores named pairs of all three windows") {
  core::Analysis a = tiny_analysis();
  core::fill_cooccurrence(a, 1);
  int per_window[core::kWindowCount] = {};
  for (const core::PairStat& p : a.cooccurrence) {
    ++per_window[static_cast<int>(p.window)];
    CHECK(p.b != 2);
  }
  CHECK(per_window[0] == 1);
  CHECK(per_window[1] == 1);
  CHECK(per_window[2] == 1);
}

TEST_CASE("a window of more entities than kMaxWindowEntities pairs up only its most mentioned ones") {
  // One paragraph, one sentence each, naming 1,000 different people once (entity 0 twice): 499,500 pairs in
  // the paragraph window had been made (a 600 KB list of names took 81 s and 5.7 GB; 5.7 MB ran out of memory).
  constexpr std::uint32_t kPeople = 1000;
  core::Analysis a;
  a.corpus.documents.resize(1);
  a.texts.resize(1);
  a.texts[0].paragraphs.resize(1);
  a.texts[0].sentences.resize(kPeople + 1);
  for (std::uint32_t e = 0; e < kPeople; ++e) {
    core::Entity person;
    person.name = "P";  // (not "P" + ...: g++ 12 warns falsely of an overlapping memcpy)
    person.name += std::to_string(e);
    person.type = core::EntityType::kPerson;
    a.entities.push_back(person);
  }
  for (std::uint32_t s = 0; s <= kPeople; ++s) {
    core::Mention m;
    m.sentence = s;
    m.entity = s == kPeople ? 0 : s;  // the last sentence names the first person again
    m.span = {s * 4, s * 4 + 2};
    a.entities[m.entity].mentions.push_back(static_cast<std::uint32_t>(a.mentions.size()));
    a.mentions.push_back(m);
  }
  const std::vector<core::PairStat> pairs = core::compute_cooccurrence(a, core::Window::kParagraph, {});
  CHECK(pairs.size() == core::kMaxWindowEntities * (core::kMaxWindowEntities - 1) / 2);
  // The most mentioned person is among those kept, and each pair still sees every window its people are in.
  CHECK(std::any_of(pairs.begin(), pairs.end(), [](const core::PairStat& p) { return p.a == 0; }));
  for (const core::PairStat& p : pairs) CHECK(p.count == 1);
}
