// License registers: the loader's diagnostics (file:line:col with a code, like the catalog's),
// its limits, the end-user comparison, each coverage finding, and depletion in ship-date order.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "audit/audit_mapping.hpp"
#include "audit/columns.hpp"
#include "audit/license_plan.hpp"
#include "audit/log_reader.hpp"
#include "audit/row_auditor.hpp"
#include "audit/shipment_row.hpp"
#include "audit/running_depletion.hpp"
#include "licenses/licenses.hpp"
#include "support/audit_fixtures.hpp"
#include "support/bundled.hpp"
#include "support/temp_dir.hpp"

namespace chipgate::licenses {
namespace {

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

constexpr const char* kHeader = "license_number,items,destinations,end_user,quantity,valid_from,valid_to,value,currency,conditions\n";

struct Loaded {
  Result<Register> result;
  std::string text;  // the rendered diagnostics
};

Loaded Load(const std::string& csv, RegisterLimits limits = {}) {
  const auto& b = testing::LoadBundled();
  testing::TempDir dir;
  const std::string path = dir.File("register.csv");
  std::ofstream(path, std::ios::binary) << csv;
  Vocabulary vocabulary{b.catalog, {}};
  for (const auto& e : b.model.eccns) vocabulary.eccns.push_back(e.name);
  SourceSet sources;
  const std::string paths[] = {path};
  Loaded out{LoadRegisters(paths, vocabulary, sources, limits), {}};
  out.text = RenderText(out.result.diagnostics, sources, 100);
  return out;
}

TEST(LicenseRegister, AGoodRegisterLoadsEveryField) {
  const auto loaded = Load(testing::ReadFile(testing::AuditFixture("licenses.csv")));
  ASSERT_TRUE(loaded.result.ok()) << loaded.text;
  const Register& r = *loaded.result;
  ASSERT_EQ(r.licenses().size(), 2U);
  const License& l = r.licenses()[*r.Find("D1000001")];
  EXPECT_EQ(l.items.size(), 1U);
  EXPECT_EQ(l.destinations.size(), 1U);
  EXPECT_EQ(l.end_user, "Example Co., Ltd.");
  EXPECT_EQ(l.quantity, Rational(10));
  EXPECT_EQ(l.value, Rational::FromDecimal("2500000.00"));
  EXPECT_EQ(l.currency, "USD");
  EXPECT_EQ(l.valid_to, Date::Parse("2025-12-31"));
  const License& eccn = r.licenses()[*r.Find("D1000002")];
  EXPECT_EQ(eccn.eccns, std::vector<std::string>{"3A090"});
  EXPECT_FALSE(eccn.quantity) << "empty quantity is unlimited";
  EXPECT_FALSE(r.Find("D9999999"));
}

TEST(LicenseRegister, EachProblemIsReportedAtItsFieldWithACode) {
  const auto loaded = Load(std::string(kHeader) +
                           "D1000001,nvidia-h100-sxm5-80g,CN,X,10,2024-01-01,2025-12-31,,,\n"
                           "EAR99,nvidia-h100-sxm5-80gb,CN,X,10,2024-01-01,2025-12-31,,,\n"
                           "D1000003,nvidia-h100-sxm5-80gb,UK,X,10,2024-01-01,2025-12-31,,,\n"
                           "D1000004,3A090,CN,X,1.200,2024-01-01,2025-12-31,,,\n"
                           "D1000005,3A090,CN,X,10,2024-01-01,2025-13-31,,,\n"
                           "D1000006,3A090,CN,X,10,2025-01-01,2024-12-31,,,\n"
                           "D1000007,3A090,CN,,10,2024-01-01,2024-12-31,,,\n"
                           "D1000008,3A090,CN,X,10,2024-01-01,2024-12-31,,,\n"
                           "d1000008,3A090,CN,X,10,2024-01-01,2024-12-31,,,\n"
                           "D1000010,3A090,CN,\"unclosed,10,2024-01-01,2024-12-31,,,\n");
  EXPECT_FALSE(loaded.result.ok());
  const char* expected[] = {
      "register.csv:2:10: error[L0107]: item `nvidia-h100-sxm5-80g` is neither a catalog id nor an ECCN paragraph",
      "help: did you mean `nvidia-h100-sxm5-80gb`?",
      "register.csv:3:1: error[L0109]: `EAR99` is not shaped like a license number",
      "register.csv:4:32: error[L0106]: destination `UK` is not an ISO 3166-1 alpha-2 country code",
      "register.csv:6:", "error[L0104]: `valid_to` value `2025-13-31` is not a date",
      "register.csv:7:", "error[L0104]: `valid_to` 2024-12-31 is before `valid_from` 2025-01-01",
      "register.csv:8:19: error[L0103]: no value in the required column `end_user`",
      "register.csv:10:1: error[L0108]: this license number is already in the register",
      "register.csv:11:1: error[L0101]: malformed CSV",
  };
  for (const char* part : expected) {
    EXPECT_TRUE(Has(loaded.text, part)) << part << "\n" << loaded.text;
  }
  // The register's own format is plain decimals: 1.200 is 1.2 units, not an error.
  EXPECT_FALSE(Has(loaded.text, "register.csv:5:")) << loaded.text;
  EXPECT_TRUE(Has(Load(std::string(kHeader) + "D1000001,3A090,CN,X,1;200,2024-01-01,2024-12-31,-5,,\n").text,
                  "error[L0105]: `value` value `-5` is not a non-negative decimal number"));
}

TEST(LicenseRegister, TheHeaderNeedsEveryRequiredColumnAndNoUnknownOne) {
  const auto loaded = Load("license_number,items,destinations,end_user,valid_from,valid_to,valu\nD1000001,3A090,CN,X,2024-01-01,2024-12-31,\n");
  EXPECT_FALSE(loaded.result.ok());
  EXPECT_TRUE(Has(loaded.text, "error[L0102]: unknown column `valu`")) << loaded.text;
  EXPECT_TRUE(Has(loaded.text, "did you mean `value`?"));
  EXPECT_TRUE(Has(loaded.text, "error[L0102]: the header has no column `quantity`, which is required"));
  EXPECT_TRUE(Has(Load("").text, "no header row"));
}

TEST(LicenseRegister, HostileInputIsBounded) {
  RegisterLimits limits;
  limits.max_file_bytes = 200;
  EXPECT_TRUE(Has(Load(std::string(kHeader) + std::string(300, 'x'), limits).text, "error[L0100]: the license register is")) << "too large";
  limits = {};
  limits.max_errors = 3;
  std::string many = kHeader;
  for (int i = 0; i < 50; ++i) many += "EAR99,3A090,CN,X,1,2024-01-01,2024-12-31,,,\n";
  const auto stopped = Load(many, limits);
  EXPECT_TRUE(Has(stopped.text, "error[L0110]: stopped after 3 errors")) << stopped.text;
  EXPECT_EQ(stopped.result.diagnostics.size(), 4U);
  limits = {};
  limits.max_list_entries = 2;
  EXPECT_TRUE(Has(Load(std::string(kHeader) + "D1000001,3A090,CN;HK;MO,X,1,2024-01-01,2024-12-31,,,\n", limits).text, "more than 2 destinations"));
}

TEST(LicenseEndUser, NamesMatchAfterCasePunctuationAndLegalForms) {
  EXPECT_TRUE(SameEndUser("Example Co., Ltd.", "EXAMPLE CO LTD"));
  EXPECT_TRUE(SameEndUser("Example Co., Ltd.", "example"));
  EXPECT_TRUE(SameEndUser("Sakura Compute K.K.", "Sakura Compute KK"));
  EXPECT_TRUE(SameEndUser("Rheinland  Rechenzentrum GmbH", "rheinland rechenzentrum"));
  EXPECT_FALSE(SameEndUser("Example Co., Ltd.", "Example Holdings Co., Ltd."));
  EXPECT_FALSE(SameEndUser("Example Co., Ltd.", "Exampel Co., Ltd."));
  EXPECT_FALSE(SameEndUser("Ltd.", "Co."));  // nothing but legal forms matches nothing
}

License Sample() {
  License l;
  l.number = "D1000001";
  l.items = {7};
  l.eccns = {"3A090.a"};
  l.destinations = {*CountryCode::Parse("CN")};
  l.end_user = "Example Co";
  l.end_user_key = EndUserKey(l.end_user);
  l.quantity = Rational(10);
  l.valid_from = *Date::Parse("2024-01-01");
  l.valid_to = *Date::Parse("2024-12-31");
  return l;
}

TEST(LicenseCoverage, EachTermIsCheckedInTurn) {
  const License l = Sample();
  const std::vector<std::string> a1 = {"3A090.a", "3A090.a.1"}, b = {"3A090.b"}, none;
  const auto cn = *CountryCode::Parse("CN"), de = *CountryCode::Parse("DE");
  const auto date = *Date::Parse("2024-05-01");
  EXPECT_EQ(CheckCoverage(l, {7, none, cn, "Example Co", date}), Finding::kCovered);  // by catalog id
  EXPECT_EQ(CheckCoverage(l, {8, a1, cn, "Example Co", date}), Finding::kCovered);    // by ECCN paragraph
  EXPECT_EQ(CheckCoverage(l, {8, b, cn, "Example Co", date}), Finding::kItemNotCovered);
  EXPECT_EQ(CheckCoverage(l, {8, none, cn, "Example Co", date}), Finding::kItemNotCovered) << "an undecided classification covers nothing";
  EXPECT_EQ(CheckCoverage(l, {7, none, de, "Example Co", date}), Finding::kDestinationNotCovered);
  EXPECT_EQ(CheckCoverage(l, {7, none, cn, "Other Co", date}), Finding::kEndUserDifferent);
  EXPECT_EQ(CheckCoverage(l, {7, none, cn, "Example Co", *Date::Parse("2023-12-31")}), Finding::kNotYetValid);
  EXPECT_EQ(CheckCoverage(l, {7, none, cn, "Example Co", *Date::Parse("2024-01-01")}), Finding::kCovered) << "valid_from is inclusive";
  EXPECT_EQ(CheckCoverage(l, {7, none, cn, "Example Co", *Date::Parse("2024-12-31")}), Finding::kCovered) << "valid_to is inclusive";
  EXPECT_EQ(CheckCoverage(l, {7, none, cn, "Example Co", *Date::Parse("2025-01-01")}), Finding::kExpired);
  License parent = Sample();
  parent.items.clear();
  parent.eccns = {"3A090"};
  EXPECT_EQ(CheckCoverage(parent, {8, b, cn, "Example Co", date}), Finding::kCovered) << "3A090 covers 3A090.b";
  parent.eccns = {"3A09"};
  EXPECT_EQ(CheckCoverage(parent, {8, b, cn, "Example Co", date}), Finding::kItemNotCovered) << "a prefix is not a paragraph";
}

TEST(LicenseDepletion, UsesAreDrawnInShipDateOrderNotLogOrder) {
  Register r;
  ASSERT_TRUE(r.Add(Sample()));
  const auto d = [](const char* text) { return *Date::Parse(text); };
  // Log order: a late shipment first. Ship-date order: line 3 (4), line 4 (6) = 10, then line 2.
  std::vector<Use> uses = {{0, d("2024-06-01"), 1, 2, false}, {0, d("2024-03-01"), 4, 3, false}, {0, d("2024-04-01"), 6, 4, false}};
  EXPECT_EQ(ExhaustedLines(r, uses), std::vector<std::uint64_t>{2});
  // An earlier run's use on the same date counts first.
  uses.push_back({0, d("2024-03-01"), 1, 0, true});
  EXPECT_EQ(ExhaustedLines(r, uses), (std::vector<std::uint64_t>{2, 4}));
  License unlimited = Sample();
  unlimited.number = "D1000002";
  unlimited.quantity.reset();
  ASSERT_TRUE(r.Add(unlimited));
  EXPECT_TRUE(ExhaustedLines(r, {{1, d("2024-03-01"), 1'000'000, 5, false}}).empty());
  EXPECT_FALSE(r.Add(Sample())) << "a number is added once";
}

// One pass: each use draws as its row is read. In ship-date order that is the plan's answer;
// out of order Finish() refuses, so the run is done again with a plan.
TEST(LicenseDepletion, OnePassHoldsInShipDateOrderAndSaysWhenItDoesNot) {
  Register r;
  ASSERT_TRUE(r.Add(Sample()));
  const auto row = [](std::uint64_t line, const char* date, std::int64_t quantity, const char* id) {
    ShipmentRow out;
    out.line = line;
    out.date = *Date::Parse(date);
    out.quantity = quantity;
    out.fields[static_cast<std::size_t>(AuditColumn::kShipmentId)] = id;
    return out;
  };
  const std::vector<LicenseUseRecord> none;
  audit_detail::RunningDepletion sorted(r, none);
  for (const ShipmentRow& x : {row(2, "2024-03-01", 4, "A"), row(3, "2024-04-01", 6, "B"), row(4, "2024-06-01", 1, "C")}) {
    sorted.Decided(x.field(AuditColumn::kShipmentId));
    EXPECT_EQ(sorted.Draw(0, x), x.line == 4) << x.line;
  }
  const auto plan = sorted.Finish();
  ASSERT_TRUE(plan.has_value());
  EXPECT_EQ(plan->exhausted_lines, std::vector<std::uint64_t>{4});
  // The late shipment first: it draws while 10 are left, but in ship-date order it is the one over.
  audit_detail::RunningDepletion unsorted(r, none);
  for (const ShipmentRow& x : {row(2, "2024-06-01", 1, "C"), row(3, "2024-03-01", 4, "A"), row(4, "2024-04-01", 6, "B")}) unsorted.Draw(0, x);
  EXPECT_FALSE(unsorted.Finish().has_value());
  // A re-run: the stored uses of the shipments it audits again are replaced, not added to.
  const std::vector<LicenseUseRecord> stored = {{"D1000001", "A", 2, *Date::Parse("2024-03-01"), 4},
                                                {"D1000001", "B", 3, *Date::Parse("2024-04-01"), 6},
                                                {"D1000001", "OTHER", 9, *Date::Parse("2024-05-01"), 1}};
  audit_detail::RunningDepletion rerun(r, stored);
  for (const ShipmentRow& x : {row(2, "2024-03-01", 4, "A"), row(3, "2024-04-01", 6, "B"), row(4, "2024-06-01", 1, "C")}) {
    rerun.Decided(x.field(AuditColumn::kShipmentId));
    rerun.Draw(0, x);
  }
  const auto again = rerun.Finish();
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->exhausted_lines, std::vector<std::uint64_t>{4}) << "4 + 6 + OTHER's 1 = 11 before C";
  auto superseded = again->superseded_shipments;
  std::sort(superseded.begin(), superseded.end());
  EXPECT_EQ(superseded, (std::vector<std::string>{"A", "B"}));
}

// The license plan checks coverage against RowAuditor::Classifications, the second pass
// against the row's explanation: a difference would deplete on rows the verdict does not cover.
TEST(LicenseDepletion, ThePlanClassifiesEachRowAsItsExplanationDoes) {
  const auto& b = testing::LoadBundled();
  for (const char* log : {"licensed-log.csv", "edge-cases.csv"}) {
    std::istringstream in(testing::ReadFile(testing::AuditFixture(log)));
    const AuditMapping mapping;  // the reader keeps a reference: it must outlive the reader
    ShipmentLogReader reader(in, b.model, b.catalog, mapping, std::nullopt);
    ASSERT_TRUE(reader.ReadHeader().empty()) << log;
    RowAuditor explaining(b.model, b.catalog, b.params);
    RowAuditor classifying(b.model, b.catalog, b.params);
    ShipmentRow row;
    std::size_t decided = 0;
    while (reader.Next(row)) {
      if (row.rejected()) continue;
      ++decided;
      EXPECT_EQ(classifying.Classifications(row), explaining.Audit(row).classifications) << log << " line " << row.line;
    }
    EXPECT_GT(decided, 0U) << log;
  }
}

}  // namespace
}  // namespace chipgate::licenses
