// The fast decision: run the epoch's program, then read requirements, review arms, overrides and
// exceptions from the registers with the same rules as the explaining evaluator (decide.cpp).
#include "eval/evaluate.hpp"
#include "eval/residual.hpp"
#include "eval/run.hpp"

namespace chipgate {
namespace {

Tri ToTri(std::uint8_t state) {
  return state == kSlotTrue ? Tri::kTrue : state == kSlotFalse ? Tri::kFalse : Tri::kUnknown;
}



// A requirement's policy: its first matching arm, then the first matching override.
void PolicyOf(const EpochProgram& ep, const RequirementCode& req, const Slot* r, decide::RequirementState& s) {
  for (std::size_t a = 0; a < req.arms.size(); ++a) {
    const ReviewArmCode& arm = req.arms[a];
    const Tri w = arm.when == kNoReg ? Tri::kTrue : ToTri(r[arm.when].state);
    if (w == Tri::kTrue) {
      s.policy = arm.policy;
      s.arm = static_cast<std::int32_t>(a);
      break;
    }
    if (w == Tri::kUnknown) {
      s.policy_known = false;
      if (s.missing == 0) s.missing = r[arm.when].why;
      break;
    }
  }
  for (const auto index : req.overrides) {
    const OverrideCode& o = ep.overrides[index];
    const Tri w = ToTri(r[o.when].state);
    if (w == Tri::kTrue) {
      s.policy = o.policy;
      s.policy_known = true;
      s.arm = -1;
      s.override_rule = static_cast<std::int32_t>(o.override_rule);
      break;
    }
    if (w == Tri::kUnknown) {
      s.policy_known = false;
      if (s.missing == 0) s.missing = r[o.when].why;
      break;
    }
  }
}

}  // namespace

Scratch::Scratch(const Program& program) {
  for (const auto& e : program.epochs) stride_ = std::max<std::size_t>(stride_, e.registers);
  slots_.resize(stride_ * depth_limit_);
  requirement_states.resize(kMaxRequirements);
  exception_states.resize(kMaxExceptions);
}

const EpochProgram* Scratch::Epoch(const Program& program, Date date) {
  if (last_epoch_ != nullptr && &program == program_ && last_epoch_->interval.Contains(date)) return last_epoch_;
  last_epoch_ = program.EpochFor(date);
  return last_epoch_;
}

// Invalidation is a generation bump, so a reset costs nothing however large the cache is.
void Scratch::Reset() {
  last_epoch_ = nullptr;
  ++generation_;
}

// Direct-mapped: block = key mod capacity, so a lookup is an index and a tag compare.
Scratch::Cached Scratch::CachedFrame(const Program& program, const BoundCatalog& items, std::size_t epoch,
                                     std::uint32_t item) {
  constexpr std::size_t kMaxBlocks = 4096;
  if (&program != program_ || &items != items_) {
    const std::size_t wanted = std::min(kMaxBlocks, std::max<std::size_t>(1, items.items.size() * program.epochs.size()));
    if (tags_.size() != wanted) {
      tags_.assign(wanted, 0);
      generations_.assign(wanted, 0);
      cache_.resize(wanted * stride_);
      residuals_.resize(wanted);
    }
    ++generation_;
    program_ = &program;
    items_ = &items;
    last_epoch_ = nullptr;
  }
  const std::uint64_t key = static_cast<std::uint64_t>(item) * program.epochs.size() + epoch;
  const std::size_t block = key < tags_.size() ? key : key % tags_.size();
  const bool warm = tags_[block] == key + 1 && generations_[block] == generation_;
  tags_[block] = key + 1;
  generations_[block] = generation_;
  return {cache_.data() + block * stride_, &residuals_[block], warm};
}

FastDecision Decide(const Program& program, const BoundCatalog& items, const FastQuery& query, Scratch& scratch) {
  FastDecision d;
  const EpochProgram* ep = scratch.Epoch(program, query.date);
  if (ep == nullptr) {  // before the rules' coverage: nothing is decided
    d.in_coverage = false;
    d.license_required = Tri::kUnknown;
    d.determined = false;
    d.outcome = Outcome::kIndeterminate;
    return d;
  }
  const Scratch::Cached cached = scratch.CachedFrame(program, items, static_cast<std::size_t>(ep - program.epochs.data()), query.item);
  Slot* r = cached.frame;
  if (!cached.warm) {
    eval::Run(program, *ep, items, query.item, query, scratch, r, 0, std::span(ep->code).first(ep->item_end));
    eval::BuildResidual(program, *ep, items, query.item, scratch, r, *cached.residual);
  }
  const Residual& residual = *cached.residual;
  eval::Run(program, *ep, items, query.item, query, scratch, r, 0, residual.code);
  for (const auto& [e, reg] : ep->defined_eccns) {
    const std::uint8_t state = r[reg].state;
    d.eccn_true[e] = state == kSlotTrue;
    d.eccn_unknown[e] = state > kSlotTrue;
  }
  decide::RequirementState* requirements = scratch.requirement_states.data();
  std::size_t n = 0;
  for (const auto k : residual.requirements) {
    const RequirementCode& req = ep->requirements[k];
    decide::RequirementState& s = requirements[n++];
    s = {};
    s.requirement = req.requirement;
    s.holds = ToTri(r[req.holds].state);
    if (s.holds == Tri::kUnknown) s.missing = r[req.holds].why;
    if (s.holds != Tri::kFalse) PolicyOf(*ep, req, r, s);
  }
  decide::ExceptionState* exceptions = scratch.exception_states.data();
  std::size_t m = 0;
  for (const auto k : residual.exceptions) {
    const ExceptionCode& x = ep->exceptions[k];
    exceptions[m++] = {x.exception, ToTri(r[x.when].state), x.authorizes};
  }
  static_cast<decide::Combined&>(d) = decide::Combine({requirements, n}, {exceptions, m});
  return d;
}

}  // namespace chipgate
