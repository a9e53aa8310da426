// Bundled party list fixtures (see party_fixtures.hpp).
#include "support/party_fixtures.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "support/bundled.hpp"

namespace chipgate::testing {

const BundledParties& LoadBundledParties() {
  static const std::unique_ptr<BundledParties> kParties = [] {
    auto p = std::make_unique<BundledParties>();
    Result<parties::PartyList> list = parties::LoadBundledLists(SourcePath("lists"), p->sources);
    EXPECT_TRUE(list.ok()) << RenderText(list.diagnostics, p->sources);
    if (list.ok()) p->list = std::move(*list.value);
    return p;
  }();
  return *kParties;
}

const parties::PartyIndex& BundledPartyIndex() {
  static const parties::PartyIndex kIndex(LoadBundledParties().list);
  return kIndex;
}

std::vector<parties::Hit> SearchBundled(const std::string& name, const std::string& date, const std::string& country) {
  parties::Query q{name, country.empty() ? std::nullopt : CountryCode::Parse(country), *Date::Parse(date)};
  parties::SearchResult found = BundledPartyIndex().Search(q);
  EXPECT_EQ(found.not_screened, "") << name;  // the Unicode plugin is built with the tests
  return std::move(found.hits);
}

const parties::Entry& EntryOf(const parties::Hit& hit) { return LoadBundledParties().list.entries[hit.entry]; }

}  // namespace chipgate::testing
