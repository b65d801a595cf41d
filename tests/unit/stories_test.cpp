#include <doctest/doctest.h>

#include "core/stories.h"
#include "test_support.h"

using namespace newslens;

namespace {

core::Analysis segmented(const std::vector<std::string>& bodies) {
  core::Analysis a;
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    std::string name = "d";
    name += std::to_string(i);
    name += ".txt";
    core::ingest_bytes(name, "Title\n\n" + bodies[i] + "\n", a.corpus);
  }
  for (const core::Document& d : a.corpus.documents) a.texts.push_back(core::segment_document(d, test::lexicons()));
  return a;
}

}  // namespace

TEST_CASE("stories: articles sharing rare names are related; others, and sentence-initial words, are not") {
  const core::Analysis a = segmented({
      "On Tuesday, President Xi Jinping met Vladimir Putin in Beijing for the Belt and Road forum.",
      "State media said Vladimir Putin and Xi Jinping spoke in Beijing about trade.",
      "Arsenal beat Chelsea at Highbury, said Arsene Wenger.",
      // Shares only words that open sentences with the first article: not names by our test.
      "Beijing is cold. Putin is late. Jinping is away.",
  });
  const auto related = core::relate_documents(a);
  REQUIRE(related.size() == 4);
  CHECK(related[0] == std::vector<std::uint32_t>{1});
  CHECK(related[1] == std::vector<std::uint32_t>{0});
  CHECK(related[2].empty());
  CHECK(related[3].empty());
}
