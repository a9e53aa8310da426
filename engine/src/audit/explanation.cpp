// Row explanations (see explanation.hpp). Reasons come in the order an auditor reads them: the
// verdict, how the destination was read, the classification, the requirements, the review
// policy, the exceptions, what is missing. Citations follow the reasons, each once.
#include "audit/explanation.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "audit/verdict.hpp"
#include "chipgate/json.hpp"

namespace chipgate::audit_detail {
namespace {

std::string WithStatus(std::string text, RuleStatus status) {
  if (status != RuleStatus::kInForce) text += fmt::format(" [status: {}]", RuleStatusName(status));
  return text;
}

class Builder {
 public:
  explicit Builder(const DecisionFacts& f) : f_(f), m_(f.model), d_(f.fast) {}

  RowExplanation Build() {
    const Tri license = d_.license_required;
    const Tri exception = f_.claim.kind == ClaimKind::kException ? ClaimedExceptionApplies(m_, d_, f_.claim.code) : Tri::kFalse;
    ClaimCheck check = CompareClaim(license, exception, f_.claim);
    out_.verdict = check.verdict;
    out_.required = RequiredText(license, d_.review, d_.review_known, AvailableCodes());
    Add(std::move(check.sentence), {});
    Treat();
    Classification();
    Requirements();
    Review();
    Exceptions();
    Missing();
    out_.reasons_json = JsonStringArray(out_.reasons);
    out_.citations_json = JsonStringArray(out_.citations);
    return std::move(out_);
  }

 private:
  void Add(std::string reason, const std::vector<std::string>& cites) {
    out_.reasons.push_back(std::move(reason));
    for (const auto& c : cites) {
      if (std::find(out_.citations.begin(), out_.citations.end(), c) == out_.citations.end()) out_.citations.push_back(c);
    }
  }

  std::vector<std::string> AvailableCodes() const {
    std::vector<std::string> codes;
    for (std::size_t x = 0; x < m_.exceptions.size(); ++x) {
      const std::string& code = m_.exceptions[x].code;
      if (d_.exception_true.test(x) && std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    }
    return codes;
  }

  void Treat() {
    if (!f_.treat) return;
    const TreatSym& t = m_.treats[*f_.treat];
    Add(fmt::format("destination {} is read as {}: {}", t.country.ToString(), t.as.ToString(), t.title), {t.cite});
  }

  void Classification() {
    bool any = false;
    for (const auto& r : f_.classification) {
      any = any || r.kind == "classification";
      std::string text = r.kind == "note" ? fmt::format("note {}: {}", r.rule_id, r.text)
                                          : fmt::format("classification {}: {}", r.rule_id, r.text);
      if (!r.status.empty()) text += fmt::format(" [status: {}]", r.status);
      Add(std::move(text), r.cites);
    }
    std::string undecided;
    for (std::size_t e = 0; e < m_.eccns.size(); ++e) {
      if (d_.eccn_unknown.test(e)) undecided += (undecided.empty() ? "" : ", ") + m_.eccns[e].name;
    }
    if (!undecided.empty()) Add(fmt::format("classification undecided (catalog data missing): {}", undecided), {});
    if (!any && undecided.empty()) Add("the item meets none of the encoded ECCN paragraphs on this date", {});
  }

  void Requirements() {
    for (std::size_t r = 0; r < m_.requirements.size(); ++r) {
      const RequireRule& rule = m_.requirements[r];
      if (d_.requirement_true.test(r)) {
        Add(WithStatus(fmt::format("requirement {}: {}", rule.info.id, rule.info.title), rule.info.status), rule.info.cites);
      } else if (d_.requirement_unknown.test(r)) {
        Add(fmt::format("requirement {} may apply (undecided): {}", rule.info.id, rule.info.title), rule.info.cites);
      }
    }
    if (d_.license_required == Tri::kFalse) Add("no license requirement applies to this item, destination and end user on this date", {});
  }

  void Review() {
    if (d_.license_required != Tri::kTrue) return;
    if (!d_.review_known) {
      Add("review policy undetermined (it depends on missing data)", {});
      return;
    }
    if (d_.review_override >= 0) {
      const OverrideRule& o = m_.overrides[static_cast<std::size_t>(d_.review_override)];
      Add(WithStatus(fmt::format("review policy: {}, set by {}: {}", PolicyWords(d_.review), o.info.id, o.info.title), o.info.status),
          o.info.cites);
    } else if (d_.review_requirement >= 0) {
      const RequireRule& r = m_.requirements[static_cast<std::size_t>(d_.review_requirement)];
      Add(fmt::format("review policy: {} (under {})", PolicyWords(d_.review), r.info.id), {});
    }
  }

  void Exceptions() {
    const bool claimed = f_.claim.kind == ClaimKind::kException;
    bool provided = false;
    bool in_force = false;
    for (std::size_t x = 0; x < m_.exceptions.size(); ++x) {
      const ExceptionRule& rule = m_.exceptions[x];
      const bool is_claimed = claimed && rule.code == f_.claim.code;
      provided = provided || is_claimed;
      if (is_claimed && rule.info.in_force.Contains(f_.date)) in_force = true;
      if (d_.exception_true.test(x)) {
        const std::string detail = is_claimed ? ": " + rule.requires_text : "";
        Add(WithStatus(fmt::format("License Exception {} is available ({}){}", rule.code, rule.info.id, detail), rule.info.status),
            is_claimed ? rule.info.cites : std::vector<std::string>{});
      } else if (d_.exception_unknown.test(x)) {
        Add(fmt::format("License Exception {} may be available (undecided) ({})", rule.code, rule.info.id),
            is_claimed ? rule.info.cites : std::vector<std::string>{});
      } else if (is_claimed && rule.info.in_force.Contains(f_.date) && d_.license_required == Tri::kTrue) {
        Add(fmt::format("License Exception {} does not apply here ({}: {})", rule.code, rule.info.id, rule.info.title), rule.info.cites);
      }
    }
    if (!claimed || d_.license_required == Tri::kFalse) return;
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
    Add(fmt::format("missing: {}", joined.empty() ? "(see the explanation)" : joined), {});
  }

  template <class Merge>
  void MergeExceptionMissing(const Explanation& e, Merge& merge) const {
    for (const auto& x : m_.exceptions) {
      if (x.code == f_.claim.code && e.rule_id == x.info.id) merge(e.missing);
    }
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
