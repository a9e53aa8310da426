// Row explanations (see explanation.hpp). Reasons come in the order an auditor reads them: the
// verdict, then the determination's typed reasons (decide/reasons.hpp, the same list a memo
// gives: how the destination was read, the classification, the requirements, the review policy,
// the exceptions), what the claim's exception code came to, and what is missing. Citations
// follow the reasons, each once.
#include "audit/explanation.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "audit/verdict.hpp"
#include "text/json.hpp"
#include "decide/reasons.hpp"
#include "render/reason_text.hpp"

namespace chipgate::audit_detail {
namespace {

std::string WithStatus(std::string text, const std::string& status) {
  if (!status.empty()) text += fmt::format(" [status: {}]", status);
  return text;
}

class Builder {
 public:
  explicit Builder(const DecisionFacts& f) : f_(f), m_(f.model), d_(f.fast) {}

  RowExplanation Build() {
    const Tri license = d_.license_required;
    const Tri exception = f_.claim.kind == ClaimKind::kException ? ClaimedExceptionApplies(m_, d_, f_.claim.code) : Tri::kFalse;
    ClaimCheck check = CompareClaim(d_.outcome, license, exception, f_.claim);
    out_.verdict = check.verdict;
    out_.outcome = d_.outcome;
    out_.license_required = license;
    out_.review = d_.review;
    out_.review_known = d_.review_known;
    out_.exceptions = AvailableCodes();
    out_.required = RequiredText(d_.outcome, license, d_.review, d_.review_known, out_.exceptions);
    Add(std::move(check.sentence), {});
    out_.typed_reasons = decide::DeterminationReasons(d_, f_.treat, f_.classification, m_.requirements.size(), m_.exceptions.size());
    for (const auto& r : out_.typed_reasons) {
      const std::string id = render::ReasonRuleId(m_, r);
      std::string text = fmt::format("{} {}{}", ReasonKindKey(r.kind), id.empty() ? "" : id + ": ", render::ReasonText(m_, r));
      const bool cite = r.kind != ReasonKind::kException || IsClaimed(m_.exceptions[r.rule.index]);
      Add(WithStatus(std::move(text), render::ReasonStatus(m_, r)), cite ? render::ReasonCites(m_, r) : std::vector<std::string>{});
    }
    ClaimedException();
    Missing();
    FinishJson(out_);
    return std::move(out_);
  }

 private:
  void Add(std::string reason, const std::vector<std::string>& cites) { AddReason(out_, std::move(reason), cites); }

  bool IsClaimed(const ExceptionRule& rule) const { return f_.claim.kind == ClaimKind::kException && rule.code == f_.claim.code; }

  std::vector<std::string> AvailableCodes() const {
    std::vector<std::string> codes;
    for (std::size_t x = 0; x < m_.exceptions.size(); ++x) {
      const std::string& code = m_.exceptions[x].code;
      if (d_.exception_true.test(x) && std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    }
    return codes;
  }

  // What became of the exception the row claims, when a license was (or may be) required.
  void ClaimedException() {
    if (f_.claim.kind != ClaimKind::kException || d_.license_required == Tri::kFalse) return;
    bool provided = false;
    bool in_force = false;
    for (std::size_t x = 0; x < m_.exceptions.size(); ++x) {
      const ExceptionRule& rule = m_.exceptions[x];
      if (!IsClaimed(rule)) continue;
      provided = true;
      if (!rule.info.in_force.Contains(f_.date)) continue;
      in_force = true;
      if (!d_.exception_true.test(x) && !d_.exception_unknown.test(x) && d_.license_required == Tri::kTrue) {
        Add(fmt::format("License Exception {} does not apply here ({}: {})", rule.code, rule.info.id, rule.info.title), rule.info.cites);
      }
    }
    if (!provided) {
      Add(fmt::format("License Exception {} is not one the encoded rules provide for advanced computing items", f_.claim.code), {});
    } else if (!in_force) {
      Add(fmt::format("License Exception {} is not in force on this date", f_.claim.code), {});
    }
  }

  void Missing() {
    if (out_.verdict != Verdict::kIndeterminate) return;
    std::vector<std::string> missing;
    auto merge = [&](const std::vector<std::string>& names) {
      for (const auto& n : names) {
        if (std::find(missing.begin(), missing.end(), n) == missing.end()) missing.push_back(n);
      }
    };
    if (f_.slow != nullptr) {
      merge(f_.slow->missing);
      if (f_.claim.kind == ClaimKind::kException) MergeExceptionMissing(f_.slow->explanation, merge);
    }
    if (missing.empty() && d_.missing != 0) missing.push_back(MissingName(d_.missing));
    std::string joined;
    for (const auto& n : missing) joined += (joined.empty() ? "" : ", ") + n;
    out_.missing = joined;
    out_.missing_inputs = missing;
    Add(fmt::format("missing: {}", joined.empty() ? "(see the explanation)" : joined), {});
  }

  template <class Merge>
  void MergeExceptionMissing(const Explanation& e, Merge& merge) const {
    if (e.rule && e.rule->kind == RuleKind::kException && IsClaimed(m_.exceptions[e.rule->index])) merge(e.missing);
    for (const auto& c : e.children) MergeExceptionMissing(c, merge);
  }

  const DecisionFacts& f_;
  const Model& m_;
  const FastDecision& d_;
  RowExplanation out_;
};

}  // namespace

Tri ClaimedExceptionApplies(const Model& model, const FastDecision& fast, const std::string& code) {
  Tri out = Tri::kFalse;
  for (std::size_t x = 0; x < model.exceptions.size(); ++x) {
    if (model.exceptions[x].code != code) continue;
    if (fast.exception_true.test(x)) return Tri::kTrue;
    if (fast.exception_unknown.test(x)) out = Tri::kUnknown;
  }
  return out;
}

RowExplanation BuildExplanation(const DecisionFacts& facts) { return Builder(facts).Build(); }

namespace {

// The nodes MergeExceptionMissing reads, in the order it reads them (a node before its children).
void KeepExceptionNodes(Explanation& e, std::vector<Explanation>& kept) {
  if (e.rule && e.rule->kind == RuleKind::kException) {
    Explanation node;
    node.kind = e.kind;
    node.rule = e.rule;
    node.missing = std::move(e.missing);
    kept.push_back(std::move(node));
  }
  for (auto& c : e.children) KeepExceptionNodes(c, kept);
}

}  // namespace

Decision SlowFacts(Decision slow) {
  Decision facts;
  facts.missing = std::move(slow.missing);
  KeepExceptionNodes(slow.explanation, facts.explanation.children);
  return facts;
}

void AddCitations(RowExplanation& out, const std::vector<std::string>& cites) {
  for (const auto& c : cites) {
    if (std::find(out.citations.begin(), out.citations.end(), c) == out.citations.end()) out.citations.push_back(c);
  }
}

void AddReason(RowExplanation& out, std::string reason, const std::vector<std::string>& cites) {
  out.reasons.push_back(std::move(reason));
  AddCitations(out, cites);
}

void FinishJson(RowExplanation& out) {
  out.reasons_json = JsonStringArray(out.reasons);
  out.citations_json = JsonStringArray(out.citations);
}

}  // namespace chipgate::audit_detail

namespace chipgate {

std::string JsonStringArray(const std::vector<std::string>& values) {
  std::string out = "[";
  for (const auto& v : values) {
    if (out.size() > 1) out += ',';
    out += '"';
    out += JsonEscape(v);
    out += '"';
  }
  return out + "]";
}

RowExplanation RejectedExplanation(const std::string& reason) {
  RowExplanation out;
  out.verdict = Verdict::kRejected;
  out.reasons = {reason};
  out.reasons_json = JsonStringArray(out.reasons);
  out.citations_json = "[]";
  return out;
}

}  // namespace chipgate
