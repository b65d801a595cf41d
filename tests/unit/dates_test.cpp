#include <doctest/doctest.h>

#include "core/dates.h"

using namespace newslens;

TEST_CASE("a written or ISO date opening the text is read as a day, and where it ends is known") {
  struct Case {
    const char* text;
    const char* iso;    // "" when no date opens the text
    std::size_t used;   // bytes the date takes
  };
  const Case cases[] = {
      {"2023-10-18T09:41:00Z", "2023-10-18", 10},
      {"2023/10/18", "2023-10-18", 10},
      {"October 18, 2023 at noon", "2023-10-18", 16},
      {"Oct. 18, 2023", "2023-10-18", 13},
      {"Sept 9 2013", "2013-09-09", 11},
      {"18 October 2023", "2023-10-18", 15},
      {"Wednesday, 18th October 2023", "2023-10-18", 28},
      {"Wed, 18 Oct 2023 09:41:00 GMT", "2023-10-18", 16},
      {"10/18/2023", "", 0},        // day and month in an unknown order
      {"October 2023", "", 0},      // no day
      {"May 32, 2023", "", 0},      // no such day
      {"Mayor 3, 2023", "", 0},     // no month
      {"October 18, 20234", "", 0}, // no year of four digits
      {"last week", "", 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::string iso;
    std::size_t used = 0;
    const bool read = core::parse_date(c.text, iso, used);
    CHECK(read == (*c.iso != '\0'));
    if (read) {
      CHECK(iso == c.iso);
      CHECK(used == c.used);
    }
  }
}

TEST_CASE("a dateline is a date alone with its time, or a CMS's ISO date before the text") {
  std::string date;
  CHECK(core::parse_date_line("Updated 9:41 AM EDT, Wed October 18, 2023", date));
  CHECK(date == "2023-10-18");
  CHECK(core::parse_date_line("Published: 18 October 2023, 09:41 BST", date));
  CHECK_FALSE(core::parse_date_line("October 18, 2023 Putin arrives in Beijing", date));
  CHECK_FALSE(core::parse_date_line("On October 18, 2023, Putin arrived.", date));
  CHECK(core::parse_dateline(" date 2023-10-26 Vladimir Putin e Xi Jinping", date) == false);  // lines come trimmed
  CHECK(core::parse_dateline("date 2023-10-26 Vladimir Putin e Xi Jinping", date));  // article 003
  CHECK(date == "2023-10-26");
}
