// The nearest flips of one spec (see headroom.hpp). Candidates are the grid values on either side
// of every boundary the thresholds give (a value exactly on the grid, and one step to each side
// of it, since `>=` and `>` put the boundary on different sides). Nearest first, each candidate
// is evaluated; one whose outcome differs is a flip only if the value one step back toward the
// current value keeps the current outcome. Every evaluated variant may reveal thresholds of its
// own (a review override consulted only once a license is required), which add candidates.
#include <algorithm>
#include <set>

#include "analysis/headroom_detail.hpp"

namespace chipgate::analysis {
namespace {

constexpr std::size_t kMaxProbesPerSpec = 96;

Rational Distance(Rational a, Rational b) {
  const Rational d = *Rational::Sub(a, b);
  return d.IsNegative() ? *Rational::Sub(Rational(0), d) : d;
}

class Search {
 public:
  Search(Prober& prober, const Spec& spec, bool decision, Rational from)
      : prober_(prober), spec_(spec), decision_(decision), from_(from), step_(SpecStep(spec)) {}

  std::vector<Flip> Run() {
    AddBoundaries(prober_.Base());
    std::size_t probes = 0;
    while (probes < kMaxProbesPerSpec) {
      const auto next = Nearest();
      if (!next) break;
      ++probes;
      Consider(candidates_[*next].first, candidates_[*next].second);
    }
    std::vector<Flip> out;
    if (down_) out.push_back(*down_);
    if (up_) out.push_back(*up_);
    return out;
  }

 private:
  void AddBoundaries(const Prober::Result& r) {
    for (const auto& b : r.boundaries) {
      if (!(b.spec == spec_)) continue;
      const Rational floor = GridFloor(b.value, step_);
      std::vector<Rational> points = {floor, GridCeil(b.value, step_)};
      if (floor == b.value) points = {*Rational::Sub(floor, step_), floor, *Rational::Add(floor, step_)};
      for (const auto& p : points) {
        if (p == from_ || !queued_.insert(p).second) continue;
        candidates_.push_back({p, b.crossing});
      }
    }
  }

  // The nearest candidate not yet tried that could still beat the best flip in its direction.
  std::optional<std::size_t> Nearest() {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < candidates_.size(); ++i) {
      if (done_.count(i) > 0) continue;
      const Rational v = candidates_[i].first;
      const std::optional<Flip>& side = v > from_ ? up_ : down_;
      if (side && Distance(side->to, from_) <= Distance(v, from_)) continue;
      if (!best || Distance(v, from_) < Distance(candidates_[*best].first, from_)) best = i;
    }
    if (best) done_.insert(*best);
    return best;
  }

  void Consider(Rational value, const std::string& crossing) {
    const Prober::Result& r = prober_.Probe(spec_, value);
    if (!r.valid) return;
    AddBoundaries(r);
    const FlipOutcome& base = prober_.Base().outcome;
    if (!OutcomeDiffers(base, r.outcome, decision_)) return;
    const bool up = value > from_;
    Rational back = up ? *Rational::Sub(value, step_) : *Rational::Add(value, step_);
    if (up ? back < from_ : back > from_) back = from_;  // within one step of the current value
    if (!(back == from_)) {
      const Prober::Result& b = prober_.Probe(spec_, back);
      if (!b.valid || OutcomeDiffers(base, b.outcome, decision_)) return;
    }
    Flip f{spec_, up, from_, value, back, crossing, base, r.outcome};
    (up ? up_ : down_) = std::move(f);
  }

  Prober& prober_;
  Spec spec_;
  bool decision_;
  Rational from_;
  Rational step_;
  std::vector<std::pair<Rational, std::string>> candidates_;
  std::set<Rational> queued_;
  std::set<std::size_t> done_;
  std::optional<Flip> down_;
  std::optional<Flip> up_;
};

std::vector<Flip> DatacenterFlips(Prober& prober, const Spec& spec, bool decision) {
  const auto now = prober.Current(spec);
  std::vector<Rational> values = {Rational(0), Rational(1)};
  if (now) values = {now->IsZero() ? Rational(1) : Rational(0)};
  std::vector<Flip> out;
  for (const auto& v : values) {
    const Prober::Result& r = prober.Probe(spec, v);
    if (!r.valid || !OutcomeDiffers(prober.Base().outcome, r.outcome, decision)) continue;
    const Rational from = now.value_or(v.IsZero() ? Rational(1) : Rational(0));
    out.push_back(Flip{spec, !v.IsZero(), from, v, from, "datacenter", prober.Base().outcome, r.outcome, now.has_value()});
  }
  return out;
}

}  // namespace

std::vector<Flip> NearestFlips(Prober& prober, const Spec& spec, bool decision) {
  if (spec.kind == Spec::Kind::kDatacenter) return DatacenterFlips(prober, spec, decision);
  const auto from = prober.Current(spec);
  if (!from) return {};
  return Search(prober, spec, decision, *from).Run();
}

}  // namespace chipgate::analysis
