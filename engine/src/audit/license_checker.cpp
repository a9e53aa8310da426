// LicenseChecker (see license_checker.hpp) and the cache of explanations with a finding applied
// (see license_check.hpp). The derived explanation is the rules' explanation with the register's
// finding in front: a failure where a license was required makes the row a violation;
// elsewhere (no license required, or undecided) the finding is a reason and the verdict stands.
#include "audit/license_checker.hpp"

#include <algorithm>
#include <unordered_map>

#include "audit/license_check.hpp"
#include "audit/running_depletion.hpp"

namespace chipgate {
namespace {

constexpr std::size_t kMaxCached = 50000;
// Derived ids live above the auditor's (which count from 1), so the store never confuses them.
constexpr std::uint64_t kDerivedIds = std::uint64_t{1} << 62;

struct Key {
  std::uint64_t base = 0;
  licenses::Finding finding = licenses::Finding::kCovered;
  bool operator==(const Key&) const = default;
};

struct KeyHash {
  std::size_t operator()(const Key& k) const { return std::hash<std::uint64_t>{}(k.base * 8 + static_cast<std::uint64_t>(k.finding)); }
};

RowExplanation Derive(const RowExplanation& base, licenses::Finding finding) {
  RowExplanation out = base;
  out.license_finding = finding;
  audit_detail::ApplyLicenseFinding(finding == licenses::Finding::kCovered, audit_detail::FindingSentence(finding), out.verdict, out.reasons);
  out.reasons_json = JsonStringArray(out.reasons);
  return out;
}

}  // namespace

namespace audit_detail {

struct FindingExplanations::State {
  std::unordered_map<Key, RowExplanation, KeyHash> cache;
  std::uint64_t next_id = kDerivedIds;
};

FindingExplanations::FindingExplanations() : state_(std::make_unique<State>()) {}
FindingExplanations::~FindingExplanations() = default;

const RowExplanation& FindingExplanations::With(const RowExplanation& base, licenses::Finding finding) {
  State& s = *state_;
  const Key key{base.id, finding};
  if (const auto it = s.cache.find(key); it != s.cache.end()) return it->second;
  if (s.cache.size() >= kMaxCached) s.cache.clear();
  RowExplanation derived = Derive(base, finding);
  derived.id = s.next_id++;
  return s.cache.emplace(key, std::move(derived)).first->second;
}

}  // namespace audit_detail

struct LicenseChecker::State {
  State(const licenses::Register& r, const LicensePlan* p, const std::vector<LicenseUseRecord>* earlier) : register_(r), plan(p) {
    if (earlier != nullptr) running.emplace(r, *earlier);
  }

  const licenses::Register& register_;
  const LicensePlan* plan;                               // made first, or
  std::optional<audit_detail::RunningDepletion> running;  // drawn as the rows come
  audit_detail::FindingExplanations derived;

  bool Exhausted(std::uint32_t license, const ShipmentRow& row) {
    if (running) return running->Draw(license, row);
    return std::binary_search(plan->exhausted_lines.begin(), plan->exhausted_lines.end(), row.line);
  }
};

LicenseChecker::LicenseChecker(const licenses::Register& register_, const LicensePlan& plan)
    : state_(std::make_unique<State>(register_, &plan, nullptr)) {}
LicenseChecker::LicenseChecker(const licenses::Register& register_, const std::vector<LicenseUseRecord>& earlier)
    : state_(std::make_unique<State>(register_, nullptr, &earlier)) {}
LicenseChecker::~LicenseChecker() = default;

const RowExplanation& LicenseChecker::Check(const ShipmentRow& row, const RowExplanation& base) {
  State& s = *state_;
  if (s.running) s.running->Decided(row.field(AuditColumn::kShipmentId));
  if (row.claim.kind != ClaimKind::kLicense) return base;
  licenses::Finding finding = licenses::Finding::kUnknownNumber;
  if (const auto index = s.register_.Find(row.claim.license_number)) {
    finding = licenses::CheckCoverage(s.register_.licenses()[*index], audit_detail::ShipmentOf(row, base));
    if (finding == licenses::Finding::kCovered && s.Exhausted(*index, row)) finding = licenses::Finding::kQuantityExhausted;
  }
  return s.derived.With(base, finding);
}

std::optional<LicensePlan> LicenseChecker::Finish() const {
  const State& s = *state_;
  if (s.running) return s.running->Finish();
  return *s.plan;
}

}  // namespace chipgate
