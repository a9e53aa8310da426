// Issue 11 over the whole bundled catalog: every item gets an ECCN (or EAR99) on every date the
// rules answer for, so no answer reads "none of the encoded ECCN paragraphs"; and the rules that
// list systems by id (the 2025 letters, General Prohibition 10) list every catalogued system
// that contains a chip they name, because `contains` tests classifications, not items.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "explain/explain.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

using testing::LoadBundled;

// One date in each period the classification rules change: the 2022 rule, the 2023 rule, HBM
// (Dec 2024), today's rules.
const char* const kDates[] = {"2022-10-07", "2023-11-17", "2024-12-02", "2026-07-20"};

TEST(CatalogClassification, EveryItemHasAnEccnOrEar99OnEveryDate) {
  const auto& b = LoadBundled();
  for (const char* date_text : kDates) {
    const Date date = *Date::Parse(date_text);
    for (std::size_t i = 0; i < b.catalog.items().size(); ++i) {
      const Decision d = ClassifyItem(b.model, b.catalog, b.params, i, date);
      // Undecided (a figure missing, e.g. an HBM stack's package area) is allowed: it fails
      // closed. "No classification at all" is not.
      EXPECT_FALSE(d.classifications.empty() && d.unknown_classifications.empty())
          << b.catalog.items()[i].id << " on " << date_text << ": no classification";
    }
  }
}

// A system that contains `chip` must trigger `requirement` whenever the chip does (same
// destination, same date), or the rules miss a board that exports the chip.
void ExpectSystemsFollowChip(const std::string& chip, const std::string& requirement, const char* to, const char* date) {
  const auto& b = LoadBundled();
  for (std::size_t i = 0; i < b.catalog.items().size(); ++i) {
    const Item& item = b.catalog.items()[i];
    const bool carries = std::any_of(item.contains.begin(), item.contains.end(),
                                     [&chip](const auto& c) { return c.item == chip; });
    if (!carries) continue;
    Query q;
    q.item = i;
    q.destination = *CountryCode::Parse(to);
    q.end_user_hq = CountryCode::Parse(to);
    q.date = *Date::Parse(date);
    const Decision d = Explain(b.model, b.catalog, b.params, q);
    const bool hit = std::any_of(d.triggered.begin(), d.triggered.end(),
                                 [&requirement](const std::string& r) { return r.rfind(requirement, 0) == 0; });
    EXPECT_TRUE(hit) << item.id << " contains " << chip << " but no `" << requirement << "*` rule reaches it";
  }
}

TEST(CatalogClassification, LetterRulesReachEverySystemCarryingTheNamedChips) {
  ExpectSystemsFollowChip("nvidia-h20", "ear.letter.nvidia.h20.2025", "CN", "2025-06-01");
  ExpectSystemsFollowChip("amd-mi308x", "ear.letter.amd.mi308.2025", "CN", "2025-06-01");
}

TEST(CatalogClassification, Gp10ReachesEverySystemCarryingANamedAscend) {
  for (const char* chip : {"huawei-ascend-910b", "huawei-ascend-910c", "huawei-ascend-910d"}) {
    ExpectSystemsFollowChip(chip, "ear.736.2.b.10", "DE", "2025-06-01");
  }
}

}  // namespace
}  // namespace chipgate
