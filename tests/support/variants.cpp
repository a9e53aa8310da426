// Test helpers for the vendor tools (see variants.hpp).
#include "support/variants.hpp"

#include <gtest/gtest.h>

#include "explain/explain.hpp"
#include "analysis/spec_override.hpp"

namespace chipgate::testing {

Rational Dec(const char* text) { return *Rational::FromDecimal(text); }

Item PlacedIc(const std::string& id, const char* tpp, const char* pd, bool datacenter) {
  Item it;
  it.id = id;
  it.vendor = "Test";
  it.name = id;
  it.kind = ItemKind::kIc;
  it.datacenter = datacenter;
  it.dense_tops[static_cast<std::size_t>(Precision::kFp16)] = Rational::Div(Dec(tpp), Rational(16))->Reduced();
  it.numbers[static_cast<std::size_t>(NumberField::kDieAreaMm2)] = Rational::Div(Dec(tpp), Dec(pd))->Reduced();
  it.numbers[static_cast<std::size_t>(NumberField::kMemoryBandwidthGbps)] = Rational(1000);
  it.numbers[static_cast<std::size_t>(NumberField::kInterconnectBidirGbps)] = Rational(0);
  it.numbers[static_cast<std::size_t>(NumberField::kHostIoBidirGbps)] = Rational(64);
  return it;
}

Catalog WithItems(const std::vector<Item>& extra) {
  std::vector<Item> items;
  for (const auto& it : LoadBundled().catalog.items()) {
    bool replaced = false;
    for (const auto& e : extra) replaced = replaced || e.id == it.id;
    if (!replaced) items.push_back(it);
  }
  items.insert(items.end(), extra.begin(), extra.end());
  return Catalog(std::move(items));
}

Item Edited(const Item& item, const std::vector<std::string>& edits) {
  Item out = item;
  for (const auto& text : edits) {
    const Result<SpecEdit> edit = ParseSpecEdit(text);
    EXPECT_TRUE(edit.ok()) << text;
    if (!edit.ok()) return out;
    std::optional<Rational> tpp;
    const Catalog one = WithItems({out});
    const Decision d = ClassifyItem(LoadBundled().model, one, LoadBundled().params, *one.IndexOf(out.id), *Date::Parse("2026-01-01"));
    for (const auto& m : d.metrics) {
      if (m.name == "tpp") tpp = m.value;
    }
    EXPECT_FALSE(ApplySpecEdit(*edit.value, out, tpp).has_value()) << text;
  }
  return out;
}

std::vector<std::string> ClassificationOf(const Catalog& catalog, const std::string& id, Date date) {
  const auto& b = LoadBundled();
  const Decision d = ClassifyItem(b.model, catalog, b.params, *catalog.IndexOf(id), date);
  std::vector<std::string> out = d.classifications;
  for (const auto& u : d.unknown_classifications) out.push_back("?" + u);
  return out;
}

DecisionCell CellFor(const Catalog& catalog, const std::string& id, const char* to, Date date) {
  const auto& b = LoadBundled();
  Query q;
  q.item = *catalog.IndexOf(id);
  q.destination = *CountryCode::Parse(to);
  q.end_user_hq = q.destination;
  q.date = date;
  return CellOf(Explain(b.model, catalog, b.params, q), b.model);
}

}  // namespace chipgate::testing
