// The fast decision: run the epoch's program, then read requirements, review arms, overrides and
// exceptions from the registers with the same rules as the explaining evaluator (decide.cpp).
#include "chipgate/evaluate.hpp"
#include "eval/run.hpp"

namespace chipgate {
namespace {

Tri ToTri(std::uint8_t state) {
  return state == kSlotTrue ? Tri::kTrue : state == kSlotFalse ? Tri::kFalse : Tri::kUnknown;
}

Tri Or(Tri a, Tri b) {
  if (a == Tri::kTrue || b == Tri::kTrue) return Tri::kTrue;
  if (a == Tri::kUnknown || b == Tri::kUnknown) return Tri::kUnknown;
  return Tri::kFalse;
}

Tri And(Tri a, Tri b) {
  if (a == Tri::kFalse || b == Tri::kFalse) return Tri::kFalse;
  if (a == Tri::kUnknown || b == Tri::kUnknown) return Tri::kUnknown;
  return Tri::kTrue;
}

struct Policy {
  ReviewPolicy policy = ReviewPolicy::kNone;
  bool known = true;
};

// A requirement's policy: its first matching arm, then the first matching override.
Policy PolicyOf(const EpochProgram& ep, const RequirementCode& req, const Slot* r, FastDecision& d) {
  Policy p;
  for (const auto& arm : req.arms) {
    const Tri w = arm.when == kNoReg ? Tri::kTrue : ToTri(r[arm.when].state);
    if (w == Tri::kTrue) {
      p.policy = arm.policy;
      break;
    }
    if (w == Tri::kUnknown) {
      p.known = false;
      if (d.missing == 0) d.missing = r[arm.when].why;
      break;
    }
  }
  for (const auto& o : ep.overrides) {
    bool applies = false;
    for (const auto of : o.of) applies = applies || of == req.requirement;
    if (!applies) continue;
    const Tri w = ToTri(r[o.when].state);
    if (w == Tri::kTrue) {
      p.policy = o.policy;
      p.known = true;
      break;
    }
    if (w == Tri::kUnknown) {
      p.known = false;
      if (d.missing == 0) d.missing = r[o.when].why;
      break;
    }
  }
  return p;
}

}  // namespace

Scratch::Scratch(const Program& program) {
  for (const auto& e : program.epochs) stride_ = std::max<std::size_t>(stride_, e.registers);
  slots_.resize(stride_ * depth_limit_);
}

FastDecision Decide(const Program& program, const BoundCatalog& items, const FastQuery& query, Scratch& scratch) {
  FastDecision d;
  const EpochProgram* ep = program.EpochFor(query.date);
  if (ep == nullptr) {
    d.in_coverage = false;
    return d;
  }
  eval::Run(program, *ep, items, query.item, query, scratch, 0, static_cast<std::uint32_t>(ep->code.size()));
  const Slot* r = scratch.Frame(0);
  for (std::size_t e = 0; e < ep->eccn_reg.size(); ++e) {
    if (ep->eccn_reg[e] == kNoReg) continue;
    const Tri t = ToTri(r[ep->eccn_reg[e]].state);
    d.eccn_true.set(e, t == Tri::kTrue);
    d.eccn_unknown.set(e, t == Tri::kUnknown);
  }
  d.license_required = Tri::kFalse;
  for (const auto& req : ep->requirements) {
    const Slot& h = r[req.holds];
    const Tri t = ToTri(h.state);
    d.requirement_true.set(req.requirement, t == Tri::kTrue);
    d.requirement_unknown.set(req.requirement, t == Tri::kUnknown);
    d.license_required = Or(d.license_required, t);
    if (t == Tri::kUnknown && d.missing == 0) d.missing = h.why;
  }
  // Review: the most restrictive policy of the requirements that hold; one that only may hold
  // leaves it unknown if its own policy is unknown or stricter.
  ReviewPolicy combined = ReviewPolicy::kNone;
  bool known = true;
  std::array<Policy, kMaxRequirements> policies{};
  for (const auto& req : ep->requirements) {
    if (!d.requirement_true.test(req.requirement) && !d.requirement_unknown.test(req.requirement)) continue;
    policies[req.requirement] = PolicyOf(*ep, req, r, d);
    if (d.requirement_true.test(req.requirement)) {
      known = known && policies[req.requirement].known;
      if (policies[req.requirement].policy > combined) combined = policies[req.requirement].policy;
    }
  }
  for (const auto& req : ep->requirements) {
    if (!d.requirement_unknown.test(req.requirement)) continue;
    const Policy& p = policies[req.requirement];
    if (!p.known || p.policy > combined) known = false;
  }
  d.review = combined;
  d.review_known = known;
  for (const auto& x : ep->exceptions) {
    Tri cover = Tri::kTrue;
    Tri any = Tri::kFalse;
    for (const auto& req : ep->requirements) {
      const Tri holds = d.requirement_true.test(req.requirement) ? Tri::kTrue
                        : d.requirement_unknown.test(req.requirement) ? Tri::kUnknown : Tri::kFalse;
      if (x.authorizes.test(req.requirement)) {
        any = Or(any, holds);
      } else if (holds != Tri::kFalse) {
        cover = And(cover, holds == Tri::kTrue ? Tri::kFalse : Tri::kUnknown);
      }
    }
    const Tri available = And(ToTri(r[x.when].state), And(cover, any));
    d.exception_true.set(x.exception, available == Tri::kTrue);
    d.exception_unknown.set(x.exception, available == Tri::kUnknown);
  }
  d.determined = d.license_required != Tri::kUnknown && (d.license_required == Tri::kFalse || d.review_known);
  if (d.determined) d.missing = 0;
  return d;
}

}  // namespace chipgate
