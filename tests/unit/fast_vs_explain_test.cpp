// The compiled fast path and the explaining evaluator must agree on every decision: license,
// review policy, exceptions, classifications and determinacy. Items are generated from the
// bundled catalog with fields dropped and figures placed exactly on and just beside the
// thresholds; destinations cover every ISO code, dates cover every epoch of the rules.
#include <gtest/gtest.h>

#include <random>

#include "eval/evaluate.hpp"
#include "explain/explain.hpp"
#include "compile/program.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

using testing::LoadBundled;

Rational R(const char* s) { return *Rational::FromDecimal(s); }

// TPP and PD values at and beside every 3A090 and Jan-2026 threshold.
const char* const kTpp[] = {"1599", "1600", "1600.0001", "2399.99", "2400", "4799", "4799.99", "4800", "4800.01",
                            "20999", "21000", "2368", "15832"};
const char* const kPd[] = {"1.59", "1.6", "3.19", "3.2", "5.91", "5.919999", "5.92", "5.920001", "2.91", "19.45"};

class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}

  Item Mutate(const Item& base, std::size_t n) {
    Item it = base;
    it.id = base.id + "-v" + std::to_string(n);
    if (it.kind == ItemKind::kSystem) {
      for (auto& c : it.contains) c.item += "-v" + std::to_string(n);  // contain this round's variants
      if (Coin(0.2)) it.datacenter.reset();
      return it;
    }
    if (it.kind == ItemKind::kIc && Coin(0.6)) {
      // Place TPP and PD exactly: one precision carries TPP, die area gives PD.
      const Rational tpp = R(kTpp[Pick(std::size(kTpp))]);
      const Rational pd = R(kPd[Pick(std::size(kPd))]);
      it.dense_tops = {};
      it.dense_tops[static_cast<std::size_t>(Precision::kFp16)] = *Rational::Div(tpp, Rational(16));
      it.numbers[static_cast<std::size_t>(NumberField::kDieAreaMm2)] = *Rational::Div(tpp, pd);
    }
    if (Coin(0.15)) it.datacenter.reset();
    if (Coin(0.3)) it.datacenter = Coin(0.5);
    for (auto& v : it.numbers) {
      if (v && Coin(0.1)) v.reset();
    }
    if (Coin(0.1)) it.numbers[static_cast<std::size_t>(NumberField::kMemoryBandwidthGbps)] = R(Coin(0.5) ? "6500" : "6499.999");
    if (Coin(0.05)) it.dense_tops = {};
    if (Coin(0.1)) it.vendor = Coin(0.5) ? "NVIDIA" : "AMD";
    return it;
  }

  bool Coin(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  std::size_t Pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

 private:
  std::mt19937 rng_;
};

std::vector<Date> InterestingDates(const Program& p) {
  std::vector<Date> dates;
  for (const auto& e : p.epochs) {
    dates.push_back(e.interval.from);
    if (e.interval.until) dates.push_back(e.interval.until->AddDays(-1));
  }
  return dates;
}

void ExpectAgree(const Model& model, const Catalog& catalog, const ParamValues& params, const Program& program,
                 const BoundCatalog& bound, Scratch& scratch, const Query& q, const std::string& what) {
  const Decision slow = Explain(model, catalog, params, q);
  FastQuery fq{static_cast<std::uint32_t>(q.item), q.destination.index(), q.end_user_hq ? q.end_user_hq->index() : -1,
               q.exporter_hq ? q.exporter_hq->index() : -1, q.date};
  // Explain answers an unstated end use "no" (the end-use rules become conditions): so does the
  // engine's fast path (fast_decision.cpp), and so must this one.
  for (std::size_t e = 0; e < kEndUseCount; ++e) fq.inputs[static_cast<std::size_t>(EndUseInput(static_cast<EndUse>(e)))] = 0;
  const FastDecision fast = Decide(program, bound, fq, scratch);
  ASSERT_EQ(fast.license_required, slow.license_required) << what;
  ASSERT_EQ(fast.determined, slow.determined) << what;
  ASSERT_EQ(fast.review_known, slow.review_known) << what;
  if (slow.review_known) {
    ASSERT_EQ(fast.review, slow.review) << what;
  }
  for (std::size_t x = 0; x < model.exceptions.size(); ++x) {
    Tri slow_x = Tri::kFalse;
    for (const auto& e : slow.exceptions) {
      if (e.rule_id == model.exceptions[x].info.id) slow_x = e.available;
    }
    const Tri fast_x = fast.exception_true.test(x) ? Tri::kTrue : fast.exception_unknown.test(x) ? Tri::kUnknown : Tri::kFalse;
    ASSERT_EQ(fast_x, slow_x) << what << " exception " << model.exceptions[x].info.id;
  }
  for (std::size_t e = 0; e < model.eccns.size(); ++e) {
    const std::string& name = model.eccns[e].name;
    const bool slow_true = std::count(slow.classifications.begin(), slow.classifications.end(), name) +
                               std::count(slow.criteria.begin(), slow.criteria.end(), name) > 0;
    const bool slow_unknown = std::count(slow.unknown_classifications.begin(), slow.unknown_classifications.end(), name) > 0;
    ASSERT_EQ(fast.eccn_true.test(e), slow_true) << what << " " << name;
    ASSERT_EQ(fast.eccn_unknown.test(e), slow_unknown) << what << " " << name;
  }
  ASSERT_EQ(fast.outcome, slow.outcome) << what;
  // The rule named for the review policy (the audit cites it from the fast path): the same
  // requirement or override, and the same review arm.
  std::optional<Reason> slow_review;
  for (const auto& r : slow.reasons) {
    if (r.kind == ReasonKind::kReview) slow_review = r;
  }
  ASSERT_EQ(fast.review_requirement >= 0, slow_review.has_value()) << what;
  if (slow_review) {
    const RuleRef fast_rule = fast.review_override >= 0 ? RuleRef{RuleKind::kOverride, static_cast<std::uint32_t>(fast.review_override)}
                                                        : RuleRef{RuleKind::kRequire, static_cast<std::uint32_t>(fast.review_requirement)};
    ASSERT_EQ(fast_rule, slow_review->rule) << what;
    ASSERT_EQ(fast.review_override >= 0 ? -1 : fast.review_arm, slow_review->arm) << what;
  }
  if (!fast.determined) {
    const std::string name = MissingName(fast.missing);
    ASSERT_TRUE(std::find(slow.missing.begin(), slow.missing.end(), name) != slow.missing.end())
        << what << ": fast path blames `" << name << "`";
  }
}

void RunAgreement(const ParamValues& params, unsigned seed, int rounds) {
  const auto& b = LoadBundled();
  Generator gen(seed);
  for (int round = 0; round < rounds; ++round) {
    std::vector<Item> items;
    for (std::size_t i = 0; i < b.catalog.size(); ++i) items.push_back(gen.Mutate(b.catalog.items()[i], static_cast<std::size_t>(round)));
    const Catalog catalog(std::move(items));
    const Program program = Compile(b.model, params);
    const BoundCatalog bound = Bind(program, catalog);
    Scratch scratch(program);
    const std::vector<Date> dates = InterestingDates(program);
    // Several questions per item, so the fast path's per-item cache is exercised warm and cold.
    for (std::size_t n = 0; n < catalog.size() * 3; ++n) {
      const std::size_t i = n % catalog.size();
      Query q;
      q.item = i;
      q.destination = AssignedCountry(gen.Pick(AssignedCountryCount()));
      if (gen.Coin(0.3)) q.destination = *CountryCode::Parse(gen.Coin(0.5) ? "CN" : gen.Coin(0.5) ? "HK" : "MO");
      if (gen.Coin(0.7)) q.end_user_hq = gen.Coin(0.4) ? *CountryCode::Parse("CN") : AssignedCountry(gen.Pick(AssignedCountryCount()));
      if (gen.Coin(0.5)) q.exporter_hq = gen.Coin(0.5) ? *CountryCode::Parse("US") : AssignedCountry(gen.Pick(AssignedCountryCount()));
      q.date = dates[gen.Pick(dates.size())];
      ExpectAgree(b.model, catalog, params, program, bound, scratch, q,
                  catalog.items()[i].id + " to " + q.destination.ToString() + " on " + q.date.ToString());
    }
  }
}

TEST(FastVsExplain, AgreeOnGeneratedItemsDestinationsAndDates) { RunAgreement(LoadBundled().params, 20261128, 12); }

TEST(FastVsExplain, AgreeWithEveryParamSwitchedOn) {
  const auto& b = LoadBundled();
  const auto params = ParseParams(b.model, {"ai_diffusion=true", "foundry=true", "tf32_bits=19"});
  ASSERT_TRUE(params.ok());
  RunAgreement(*params.value, 7, 6);
}

TEST(FastVsExplain, AgreeOnTheBundledCatalogForEveryDestination) {
  const auto& b = LoadBundled();
  const Program program = Compile(b.model, b.params);
  const BoundCatalog bound = Bind(program, b.catalog);
  Scratch scratch(program);
  const Date date = *Date::Parse("2026-11-28");
  for (std::size_t i = 0; i < b.catalog.size(); ++i) {
    for (std::size_t c = 0; c < AssignedCountryCount(); c += 7) {
      Query q;
      q.item = i;
      q.destination = AssignedCountry(c);
      q.end_user_hq = q.destination;
      q.date = date;
      ExpectAgree(b.model, b.catalog, b.params, program, bound, scratch, q, b.catalog.items()[i].id + " to " + q.destination.ToString());
    }
  }
}

}  // namespace
}  // namespace chipgate
