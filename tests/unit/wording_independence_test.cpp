// Decisions depend on what the rules say, not on how they are worded: a copy of the bundled
// rules with every metric renamed and every title, citation and note reworded must give the same
// decisions (both evaluators), the same headroom thresholds and flips, the same diff and the
// same audit verdicts. Code that compared explanation labels, rule source text or metric names
// fails here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "analysis/diff.hpp"
#include "explain/explain.hpp"
#include "analysis/headroom.hpp"
#include "check/rules.hpp"
#include "compile/program.hpp"
#include "eval/evaluate.hpp"
#include "support/audit_fixtures.hpp"
#include "support/bundled.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::LoadBundled;

// Display strings: titles, citations, requirement texts, status notes. Strings that carry
// meaning (include paths, letter recipients, ids and vendors inside conditions) keep their text.
bool IsDisplayString(const std::string& before) {
  static const std::regex kDisplay(
      R"((^\s*$)|(\b(cite|requires|source|authority|ruleset)\s*$)|(^\s*(classify|note|require|override|exception)\s+\S+(\s+as\s+\S+)?\s*$))"
      R"(|(^\s*(metric|param|table|group|set)\s)|(\bstatus\s+\w+\s*$))");
  return std::regex_search(before, kDisplay);
}

std::string Reword(const std::string& line, int& counter) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    const std::size_t open = line.find('"', pos);
    if (open == std::string::npos || line.find('#', pos) < open) break;
    const std::size_t close = line.find('"', open + 1);
    if (close == std::string::npos) break;
    out += line.substr(pos, open - pos);
    if (IsDisplayString(line.substr(0, open))) {
      out += "\"reworded text number " + std::to_string(++counter) + " (" + std::to_string(close - open) + ")\"";
    } else {
      out += line.substr(open, close - open + 1);
    }
    pos = close + 1;
  }
  return out + line.substr(pos);
}

std::string Rewrite(const std::string& text, int& counter) {
  static const std::vector<std::pair<std::regex, std::string>> kRenames = {
      {std::regex(R"(\btpp\b)"), "aggregate_perf"},
      {std::regex(R"(\bpd\b)"), "perf_per_area"},
      {std::regex(R"(\bio_transfer_rate\b)"), "links_total"},
      {std::regex(R"(\bhbm_bandwidth_density\b)"), "stack_density"},
  };
  std::istringstream in(text);
  std::string line;
  std::string out;
  while (std::getline(in, line)) {
    line = Reword(line, counter);
    for (const auto& [from, to] : kRenames) line = std::regex_replace(line, from, to);
    out += line + "\n";
  }
  return out;
}

struct Reworded {
  testing::TempDir dir;
  SourceSet sources;
  Model model;
  ParamValues params;
  int strings = 0;
};

const Reworded& RewordedRules() {
  static Reworded* r = [] {
    auto* out = new Reworded;
    const auto root = out->dir.path() / "rules";
    std::filesystem::copy(testing::SourcePath("rules"), root, std::filesystem::copy_options::recursive);
    for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
      if (e.path().extension() != ".rules") continue;
      std::ifstream in(e.path());
      std::stringstream text;
      text << in.rdbuf();
      in.close();
      std::ofstream(e.path(), std::ios::trunc) << Rewrite(text.str(), out->strings);
    }
    Result<Model> m = LoadRules({root.string()}, out->sources);
    if (!m.ok()) {
      ADD_FAILURE() << RenderText(m.diagnostics, out->sources);
      return out;
    }
    out->model = std::move(*m.value);
    out->params = ParamValues::Defaults(out->model);
    return out;
  }();
  return *r;
}

std::vector<Date> EpochDates(const Program& program) {
  std::vector<Date> dates;
  for (const auto& e : program.epochs) dates.push_back(e.interval.from);
  return dates;
}

TEST(WordingIndependence, TheCopyIsReallyReworded) {
  const auto& b = LoadBundled();
  const auto& r = RewordedRules();
  ASSERT_GT(r.strings, 100) << "the rewording touched too few strings to mean anything";
  EXPECT_FALSE(r.model.FindMetric(std::string("tpp")));
  EXPECT_TRUE(r.model.FindMetric(std::string("aggregate_perf")));
  EXPECT_NE(b.model.requirements.front().info.title, r.model.requirements.front().info.title);
  EXPECT_NE(b.model.rules_hash, r.model.rules_hash);
}

TEST(WordingIndependence, DecisionsAndReasonsAreTheSame) {
  const auto& b = LoadBundled();
  const auto& r = RewordedRules();
  const Program pa = Compile(b.model, b.params);
  const Program pb = Compile(r.model, r.params);
  const BoundCatalog ba = Bind(pa, b.catalog);
  const BoundCatalog bb = Bind(pb, b.catalog);
  Scratch sa(pa);
  Scratch sb(pb);
  std::size_t compared = 0;
  for (const Date date : EpochDates(pa)) {
    for (std::uint32_t i = 0; i < b.catalog.size(); ++i) {
      for (const char* to : {"CN", "HK", "MY", "AE", "DE", "US", "SA", "VN", "KH"}) {
        for (const char* hq : {"", "CN", "DE"}) {
          Query q;
          q.item = i;
          q.destination = *CountryCode::Parse(to);
          if (*hq != '\0') q.end_user_hq = CountryCode::Parse(hq);
          q.exporter_hq = CountryCode::Parse("US");
          q.date = date;
          const FastQuery fq{i, q.destination.index(), q.end_user_hq ? q.end_user_hq->index() : -1, q.exporter_hq->index(), date};
          const std::string what = b.catalog.items()[i].id + " to " + to + " hq " + hq + " on " + date.ToString();
          ASSERT_EQ(Decide(pa, ba, fq, sa), Decide(pb, bb, fq, sb)) << what;
          if (i % 7 != 0) continue;  // the explaining evaluator is slower: a sample of items
          const Decision da = Explain(b.model, b.catalog, b.params, q);
          const Decision db = Explain(r.model, b.catalog, r.params, q);
          ASSERT_EQ(da.outcome, db.outcome) << what;
          ASSERT_EQ(da.classifications, db.classifications) << what;
          ASSERT_EQ(da.reasons, db.reasons) << what;
          ASSERT_EQ(da.missing, db.missing) << what;
          ++compared;
        }
      }
    }
  }
  EXPECT_GT(compared, 1000U);
}

void ExpectSameHeadroom(const Model& a, const Model& b, const HeadroomQuery& q, const std::string& what) {
  const auto& bundled = LoadBundled();
  const HeadroomReport ha = Headroom(a, bundled.catalog, ParamValues::Defaults(a), q);
  const HeadroomReport hb = Headroom(b, bundled.catalog, ParamValues::Defaults(b), q);
  ASSERT_EQ(ha.thresholds.size(), hb.thresholds.size()) << what;
  for (std::size_t t = 0; t < ha.thresholds.size(); ++t) {
    EXPECT_EQ(ha.thresholds[t].rule_id, hb.thresholds[t].rule_id) << what;
    EXPECT_EQ(ha.thresholds[t].limit, hb.thresholds[t].limit) << what;
    EXPECT_EQ(ha.thresholds[t].value, hb.thresholds[t].value) << what;
    EXPECT_EQ(ha.thresholds[t].holds, hb.thresholds[t].holds) << what;
  }
  for (const auto& [fa, fb] : {std::pair{&ha.classification_flips, &hb.classification_flips},
                                std::pair{&ha.decision_flips, &hb.decision_flips}}) {
    ASSERT_EQ(fa->size(), fb->size()) << what;
    for (std::size_t f = 0; f < fa->size(); ++f) {
      EXPECT_EQ((*fa)[f].spec, (*fb)[f].spec) << what;
      EXPECT_EQ((*fa)[f].to, (*fb)[f].to) << what;
    }
  }
  EXPECT_FALSE(ha.thresholds.empty()) << what;
}

TEST(WordingIndependence, HeadroomIsTheSame) {
  const auto& b = LoadBundled();
  const auto& r = RewordedRules();
  for (const char* id : {"nvidia-h20", "amd-mi210", "nvidia-rtx-4090", "nvidia-a100-sxm4-80gb"}) {
    HeadroomQuery q;
    q.item = *b.catalog.IndexOf(id);
    q.date = *Date::Parse("2026-11-28");
    ExpectSameHeadroom(b.model, r.model, q, id);
    q.destination = CountryCode::Parse("CN");
    q.end_user_hq = q.destination;
    ExpectSameHeadroom(b.model, r.model, q, std::string(id) + " to CN");
  }
}

TEST(WordingIndependence, DiffIsTheSame) {
  const auto& b = LoadBundled();
  const auto& r = RewordedRules();
  const RuleTree ta{&b.model, &b.params, &b.sources};
  const RuleTree tb{&r.model, &r.params, &r.sources};
  const Date from = *Date::Parse("2026-02-02");
  const Date to = *Date::Parse("2026-02-04");
  const DiffReport da = DiffDates(ta, b.catalog, from, to, {});
  const DiffReport db = DiffDates(tb, b.catalog, from, to, {});
  ASSERT_EQ(da.items.size(), db.items.size());
  ASSERT_FALSE(da.items.empty());
  for (std::size_t i = 0; i < da.items.size(); ++i) {
    EXPECT_EQ(da.items[i].item, db.items[i].item);
    ASSERT_EQ(da.items[i].destinations.size(), db.items[i].destinations.size()) << da.items[i].item;
    for (std::size_t d = 0; d < da.items[i].destinations.size(); ++d) {
      EXPECT_EQ(da.items[i].destinations[d].before, db.items[i].destinations[d].before);
      EXPECT_EQ(da.items[i].destinations[d].after, db.items[i].destinations[d].after);
      EXPECT_EQ(da.items[i].destinations[d].causes.size(), db.items[i].destinations[d].causes.size());
    }
  }
}

TEST(WordingIndependence, AuditVerdictsAreTheSame) {
  const auto& b = LoadBundled();
  const auto& r = RewordedRules();
  const std::string log = testing::ReadFile(testing::SourcePath("examples/shipments-2023-2026.csv"));
  const auto oa = testing::AuditText(log);
  const auto ob = testing::AuditTextWith(r.model, b.catalog, r.params, log);
  ASSERT_EQ(oa.rows.size(), ob.rows.size());
  ASSERT_GT(oa.rows.size(), 300U);
  for (std::size_t i = 0; i < oa.rows.size(); ++i) {
    EXPECT_EQ(oa.rows[i].verdict, ob.rows[i].verdict) << "line " << oa.rows[i].line;
    EXPECT_EQ(oa.rows[i].missing, ob.rows[i].missing) << "line " << oa.rows[i].line;
  }
}

}  // namespace
}  // namespace chipgate
