// Runs every conformance case (tests/conformance/*.toml) through the explaining evaluator and the
// compiled fast path, against the bundled rules and the bundled catalog plus the probe items.
// See tests/conformance/README.md for the case format.
#include <gtest/gtest.h>

#include <toml++/toml.h>

#include <filesystem>
#include <memory>
#include <optional>

#include "eval/evaluate.hpp"
#include "explain/explain.hpp"
#include "check/rules.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

using testing::SourcePath;

struct Case {
  std::string file;
  std::string name;
  std::string source;
  std::string item;
  std::string to;
  std::string end_user_hq;
  std::string exporter_hq;
  std::string date;
  std::vector<std::string> params;
  std::string transaction;               // "export" (default), "reexport", "transfer"
  bool uae_approved_entity = false;
  std::optional<std::vector<std::string>> end_use;  // absent: not stated; ["none"] or end-use keys
  std::string exporter;                  // empty: the item's vendor
  toml::table expect;
};

std::vector<std::string> Strings(const toml::node* n) {
  std::vector<std::string> out;
  if (const auto* a = n != nullptr ? n->as_array() : nullptr) {
    for (const auto& v : *a) out.push_back(v.value_or(std::string()));
  }
  return out;
}

std::vector<Case> LoadCases() {
  std::vector<Case> cases;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(SourcePath("tests/conformance"))) {
    if (e.path().extension() == ".toml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    const toml::table doc = toml::parse_file(f.string());
    for (const auto& node : *doc["case"].as_array()) {
      const toml::table& t = *node.as_table();
      Case c;
      c.file = f.filename().string();
      c.name = t["name"].value_or(std::string());
      c.source = t["source"].value_or(std::string());
      c.item = t["item"].value_or(std::string());
      c.to = t["to"].value_or(std::string());
      c.end_user_hq = t["end_user_hq"].value_or(std::string());
      c.exporter_hq = t["exporter_hq"].value_or(std::string());
      c.date = t["date"].value_or(std::string());
      c.params = Strings(t.get("params"));
      c.transaction = t["transaction"].value_or(std::string());
      c.uae_approved_entity = t["uae_approved_entity"].value_or(false);
      if (t.contains("end_use")) c.end_use = Strings(t.get("end_use"));
      c.exporter = t["exporter"].value_or(std::string());
      if (const auto* e = t["expect"].as_table()) c.expect = *e;
      cases.push_back(std::move(c));
    }
  }
  return cases;
}

struct World {
  SourceSet sources;
  Model model;
  Catalog catalog;
};

const World& GetWorld() {
  static const std::unique_ptr<World> kWorld = [] {
    auto w = std::make_unique<World>();
    w->model = std::move(*LoadRules({SourcePath("rules")}, w->sources).value);
    auto catalog = LoadCatalog({SourcePath("catalog"), SourcePath("tests/conformance/items")}, w->sources);
    EXPECT_TRUE(catalog.ok()) << RenderText(catalog.diagnostics, w->sources);
    w->catalog = std::move(*catalog.value);
    return w;
  }();
  return *kWorld;
}

std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

class Conformance : public ::testing::TestWithParam<Case> {};

TEST_P(Conformance, BothEvaluatorsGiveTheExpectedAnswer) {
  const Case& c = GetParam();
  const World& w = GetWorld();
  SCOPED_TRACE(c.file + ": " + c.name + " [" + c.source + "]");
  const auto item = w.catalog.IndexOf(c.item);
  ASSERT_TRUE(item) << "unknown item " << c.item;
  const auto date = Date::Parse(c.date);
  ASSERT_TRUE(date);
  const auto params = ParseParams(w.model, c.params);
  ASSERT_TRUE(params.ok());
  const toml::table& x = c.expect;

  Decision d;
  Query q;
  q.item = *item;
  q.date = *date;
  const bool with_destination = !c.to.empty();
  if (with_destination) {
    q.destination = *CountryCode::Parse(c.to);
    if (!c.end_user_hq.empty()) q.end_user_hq = CountryCode::Parse(c.end_user_hq);
    if (!c.exporter_hq.empty()) q.exporter_hq = CountryCode::Parse(c.exporter_hq);
    if (!c.transaction.empty()) {
      const auto t = TransactionByName(c.transaction);
      ASSERT_TRUE(t) << "unknown transaction " << c.transaction;
      q.transaction = *t;
    }
    q.uae_approved_entity = c.uae_approved_entity;
    if (c.end_use) {
      std::uint32_t bits = 0;
      for (const auto& key : *c.end_use) {
        if (key == "none") continue;
        const auto e = EndUseByKey(key);
        ASSERT_TRUE(e) << "unknown end use " << key;
        bits |= 1U << static_cast<unsigned>(*e);
      }
      q.end_uses = bits;
    }
    if (!c.exporter.empty()) q.exporter = c.exporter;
    d = Explain(w.model, w.catalog, *params.value, q);
  } else {
    d = ClassifyItem(w.model, w.catalog, *params.value, *item, *date);
  }
  if (x.contains("classifications")) {
    EXPECT_EQ(Sorted(d.classifications), Sorted(Strings(x.get("classifications"))));
  }
  if (x.contains("criteria")) {
    EXPECT_EQ(Sorted(d.criteria), Sorted(Strings(x.get("criteria"))));
  }
  if (x.contains("undecided")) {
    EXPECT_EQ(Sorted(d.unknown_classifications), Sorted(Strings(x.get("undecided"))));
  }
  if (!with_destination) return;
  if (const auto l = x["license_required"].value<std::string>()) {
    EXPECT_EQ(TriName(d.license_required), *l);
  }
  if (const auto r = x["review_policy"].value<std::string>()) {
    EXPECT_TRUE(d.review_known) << "review policy undecided";
    EXPECT_EQ(ReviewPolicyName(d.review), *r);
  }
  if (x.contains("exceptions")) {
    EXPECT_EQ(Sorted(d.AvailableExceptions()), Sorted(Strings(x.get("exceptions"))));
  }
  if (x.contains("maybe_exceptions")) {
    std::vector<std::string> maybe;
    for (const auto& e : d.exceptions) {
      if (e.available == Tri::kUnknown) maybe.push_back(e.code);
    }
    EXPECT_EQ(Sorted(maybe), Sorted(Strings(x.get("maybe_exceptions"))));
  }
  if (const auto s = x["status"].value<std::string>()) {
    EXPECT_EQ(d.determined ? "determined" : "indeterminate", *s);
  }
  for (const auto& m : Strings(x.get("missing"))) {
    EXPECT_NE(std::find(d.missing.begin(), d.missing.end(), m), d.missing.end()) << "missing input not named: " << m;
  }
  if (x.contains("requirements")) {
    EXPECT_EQ(Sorted(d.triggered), Sorted(Strings(x.get("requirements"))));
  }
  if (const auto o = x["outcome"].value<std::string>()) {
    EXPECT_EQ(OutcomeKey(d.outcome), *o);
  }
  if (const auto t = x["treated_as"].value<std::string>()) {
    ASSERT_TRUE(d.destination_treated_as);
    EXPECT_EQ(d.destination_treated_as->ToString(), *t);
  }

  // The fast path must give the same answer.
  const Program program = Compile(w.model, *params.value);
  const BoundCatalog bound = Bind(program, w.catalog);
  Scratch scratch(program);
  const FastDecision f = Decide(program, bound, FastQuery::Of(q, program), scratch);
  EXPECT_EQ(f.license_required, d.license_required);
  EXPECT_EQ(f.determined, d.determined);
  EXPECT_EQ(f.review_known, d.review_known);
  if (d.review_known) {
    EXPECT_EQ(f.review, d.review);
  }
}

std::string CaseName(const ::testing::TestParamInfo<Case>& info) {
  std::string n = info.param.file.substr(0, info.param.file.find('.')) + "_" + std::to_string(info.index);
  for (auto& ch : n) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return n;
}

INSTANTIATE_TEST_SUITE_P(Cases, Conformance, ::testing::ValuesIn(LoadCases()), CaseName);

}  // namespace
}  // namespace chipgate
