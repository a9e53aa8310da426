// Text rendering of decisions (see decision_text.hpp).
#include "render/decision_text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "decide/classification_basis.hpp"
#include "render/answer.hpp"
#include "render/checked_render.hpp"
#include "render/claim_render.hpp"
#include "render/reason_text.hpp"

namespace chipgate::render {
namespace {

const char* Mark(Tri t) { return t == Tri::kTrue ? "yes" : t == Tri::kFalse ? "no " : "?  "; }


const Explanation* FindRule(const Explanation& e, RuleRef rule) {
  if (e.rule && *e.rule == rule) return &e;
  for (const auto& c : e.children) {
    if (const Explanation* found = FindRule(c, rule)) return found;
  }
  return nullptr;
}

// The facts behind a rule node: the margins, memberships and attributes beneath it that agree
// with its outcome (references to other classifications are explained under their own reason).
void Details(const Explanation& e, Tri outcome, std::vector<std::string>& out, int depth = 0) {
  for (const auto& c : e.children) {
    const bool fact = c.kind == ExplainKind::kComparison || c.kind == ExplainKind::kMembership || c.kind == ExplainKind::kAttribute;
    if (fact && !c.detail.empty() && c.value == outcome && out.size() < 6) out.push_back(c.detail);
    if (depth < 4 && c.kind != ExplainKind::kRule) Details(c, outcome, out, depth + 1);
  }
}

}  // namespace

std::string CountryText(CountryCode c) { return fmt::format("{} ({})", c.Name(), c.ToString()); }

std::string ExplanationText(const Explanation& e, int depth) {
  std::string out = fmt::format("{}[{}] {}", std::string(static_cast<std::size_t>(depth) * 2, ' '), Mark(e.value), e.label);
  if (!e.detail.empty()) out += ": " + e.detail;
  if (!e.missing.empty()) {
    std::string m;
    for (const auto& x : e.missing) m += (m.empty() ? "" : ", ") + x;
    out += fmt::format(" (missing: {})", m);
  }
  out += "\n";
  for (const auto& c : e.children) out += ExplanationText(c, depth + 1);
  return out;
}

std::string DecisionMemo(const Decision& d, const EngineState& s, bool with_explanation) {
  const Item& item = s.catalog.items()[*s.catalog.IndexOf(d.item)];
  std::string out = Headline(s.model, d) + "\n";
  for (const auto& c : d.conditions) out += fmt::format("  - {} ({})\n", ConditionQuestion(s.model, c, d.party_hits), ConditionId(s.model, c, d.party_hits));
  for (const auto& w : Warnings(s.model, d)) out += fmt::format("warning: {}\n", w);
  out += "\n";
  out += fmt::format("  item:         {} {} ({})\n", item.vendor, item.name, item.id);
  out += fmt::format("  destination:  {}{}\n", CountryText(d.destination),
                     d.destination_treated_as ? fmt::format(", treated as {}", CountryText(*d.destination_treated_as)) : "");
  out += fmt::format("  end user HQ:  {}\n", d.end_user_hq ? CountryText(*d.end_user_hq) : "not given");
  if (d.exporter_hq) out += fmt::format("  exporter HQ:  {}\n", CountryText(*d.exporter_hq));
  out += fmt::format("  date:         {}\n", d.date.ToString());
  out += fmt::format("  classification: {}{}\n",
                     d.classifications.empty() ? std::string("none of the encoded ECCN paragraphs") : decide::ClassificationsWithBasis(d, s.model, item.vendor_eccn_source),
                     d.criteria.empty() ? "" : fmt::format(" (criteria met: {})", fmt::join(d.criteria, ", ")));
  if (!d.unknown_classifications.empty()) {
    out += fmt::format("  undecided:      {}\n", fmt::join(d.unknown_classifications, ", "));
  }
  if (d.parties_screened) {
    out += "\nParties screened against the restricted-party lists\n";
    if (d.party_hits.empty()) out += "  no party named matches or resembles a listed entry on this date\n";
    for (const auto& h : d.party_hits) {
      out += fmt::format("  - {}\n       {}\n", render::PartyHitText(h), h.explanation);
    }
  }
  out += "\nReasons\n";
  int n = 0;
  for (const auto& r : d.reasons) {
    const std::string id = render::ReasonRuleId(s.model, r, d.party_hits);
    out += fmt::format("  {}. [{}] {}{}\n", ++n, ReasonKindKey(r.kind), render::ReasonText(s.model, r, d.party_hits), id.empty() ? "" : fmt::format(" ({})", id));
    const bool has_rule = r.kind != ReasonKind::kNoRequirement && r.kind != ReasonKind::kTreatedAs;
    if (const Explanation* node = has_rule ? FindRule(d.explanation, r.rule) : nullptr) {
      std::vector<std::string> details;
      Details(*node, node->value == Tri::kUnknown ? Tri::kTrue : node->value, details);
      for (const auto& line : details) out += fmt::format("       {}\n", line);
    }
    for (const auto& c : render::ReasonCites(s.model, r, d.party_hits)) out += fmt::format("       cite: {}\n", c);
    if (const std::string status = render::ReasonStatus(s.model, r); !status.empty()) out += fmt::format("       status: {}\n", status);
  }
  // A "no license required" answer is only as good as what it ruled out: list it, with margins.
  if (d.outcome == Outcome::kNoLicenseRequired) out += CheckedRulesText(s.model, d);
  if (!d.determined) {
    out += "\nWhat is missing\n";
    for (const auto& m : d.missing) out += fmt::format("  - {}\n", m);
    out += "  A missing value is never read as \"not controlled\": supply it (catalog field or --end-user-hq/--exporter-hq) to decide.\n";
  }
  bool any_possible = false;
  for (const auto& x : d.exceptions) any_possible = any_possible || x.available == Tri::kUnknown;
  if (any_possible) {
    out += "\nLicense exceptions that may apply (undecided)\n";
    for (const auto& x : d.exceptions) {
      if (x.available == Tri::kUnknown) out += fmt::format("  - {} ({}): {}\n", x.code, x.rule_id, x.title);
    }
  }
  out += "\nMetrics\n";
  for (const auto& m : d.metrics) {
    out += fmt::format("  {:<24} {}\n", m.name, m.value ? m.arithmetic + " " + m.unit : "unknown (missing: " + fmt::format("{}", fmt::join(m.missing, ", ")) + ")");
  }
  if (!d.conditions.empty()) {
    out += "\nConditions (each must be answered \"no\" for the answer to hold)\n";
    for (const auto& c : d.conditions) {
      out += fmt::format("  - {}: {}\n", ConditionId(s.model, c, d.party_hits), ConditionQuestion(s.model, c, d.party_hits));
      for (const auto& cite : ConditionCites(s.model, c, d.party_hits)) out += fmt::format("       cite: {}\n", cite);
    }
    out += "  State the end use with --end-use none|military|... and name the end user with --end-user to settle them.\n";
  }
  if (s.model.current_to) out += fmt::format("\nRules current to {}.", s.model.current_to->ToString());
  out += fmt::format("\nProvenance: rules sha256 {} ({} files), catalog sha256 {}, chipgate {}\n", s.model.rules_hash.substr(0, 16),
                     s.model.files.size(), s.catalog_hash.substr(0, 16), CHIPGATE_VERSION);
  if (with_explanation) out += "\nExplanation\n" + ExplanationText(d.explanation, 1);
  if (d.claim) out += ClaimText(*d.claim);
  return out;
}

std::string ClassificationText(const Decision& d, const EngineState& s, bool with_explanation) {
  const Item& item = s.catalog.items()[*s.catalog.IndexOf(d.item)];
  std::string out = fmt::format("{} {} ({}) on {}\n", item.vendor, item.name, item.id, d.date.ToString());
  out += fmt::format("  classification: {}\n", d.classifications.empty() ? std::string("none of the encoded ECCN paragraphs") : decide::ClassificationsWithBasis(d, s.model, item.vendor_eccn_source));
  if (!d.criteria.empty()) out += fmt::format("  criteria met:   {}\n", fmt::join(d.criteria, ", "));
  if (!d.unknown_classifications.empty()) out += fmt::format("  undecided:      {} (missing data; see below)\n", fmt::join(d.unknown_classifications, ", "));
  for (const auto& m : d.metrics) {
    if (m.value) {
      out += fmt::format("  {:<22} {} {}\n", m.name, m.arithmetic, m.unit);
    } else {
      out += fmt::format("  {:<22} unknown (missing: {})\n", m.name, fmt::join(m.missing, ", "));
    }
  }
  out += "  thresholds:\n";
  std::vector<const Explanation*> stack = {d.explanation.Section(ExplainSection::kClassification)};
  std::vector<std::string> seen;
  while (!stack.empty()) {
    const Explanation* e = stack.back();
    stack.pop_back();
    if (e->rule) {
      const std::string header = fmt::format("    [{}] {} ({})\n", Mark(e->value), e->label, e->rule_id);
      if (std::find(seen.begin(), seen.end(), header) == seen.end()) {
        seen.push_back(header);
        out += header;
        std::vector<const Explanation*> tests = {e};
        while (!tests.empty()) {
          const Explanation* t = tests.back();
          tests.pop_back();
          if (t->comparison) out += fmt::format("          {}\n", t->detail);
          for (auto it = t->children.rbegin(); it != t->children.rend(); ++it) tests.push_back(&*it);
        }
      }
    }
    for (auto it = e->children.rbegin(); it != e->children.rend(); ++it) stack.push_back(&*it);
  }
  if (with_explanation) out += "  explanation:\n" + ExplanationText(*d.explanation.Section(ExplainSection::kClassification), 2);
  return out;
}

}  // namespace chipgate::render
