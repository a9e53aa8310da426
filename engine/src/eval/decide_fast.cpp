// The fast decision: run the epoch's program, then read requirements, review arms, overrides and
// exceptions from the registers with the same rules as the explaining evaluator (decide.cpp).
#include "chipgate/evaluate.hpp"
#include "eval/run.hpp"

namespace chipgate {
namespace {

Tri ToTri(std::uint8_t state) {
  return state == kSlotTrue ? Tri::kTrue : state == kSlotFalse ? Tri::kFalse : Tri::kUnknown;
}



struct Policy {
  ReviewPolicy policy = ReviewPolicy::kNone;
  bool known = true;
  std::int32_t override_rule = -1;  // Model::overrides index when an override set the policy
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
  for (const auto index : req.overrides) {
    const OverrideCode& o = ep.overrides[index];
    const Tri w = ToTri(r[o.when].state);
    if (w == Tri::kTrue) {
      p.policy = o.policy;
      p.known = true;
      p.override_rule = static_cast<std::int32_t>(o.override_rule);
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
Slot* Scratch::CachedFrame(const Program& program, const BoundCatalog& items, std::size_t epoch, std::uint32_t item,
                           bool& warm) {
  constexpr std::size_t kMaxBlocks = 4096;
  if (&program != program_ || &items != items_) {
    const std::size_t wanted = std::min(kMaxBlocks, std::max<std::size_t>(1, items.items.size() * program.epochs.size()));
    if (tags_.size() != wanted) {
      tags_.assign(wanted, 0);
      generations_.assign(wanted, 0);
      cache_.resize(wanted * stride_);
    }
    ++generation_;
    program_ = &program;
    items_ = &items;
    last_epoch_ = nullptr;
  }
  const std::uint64_t key = static_cast<std::uint64_t>(item) * program.epochs.size() + epoch;
  const std::size_t block = key < tags_.size() ? key : key % tags_.size();
  warm = tags_[block] == key + 1 && generations_[block] == generation_;
  tags_[block] = key + 1;
  generations_[block] = generation_;
  return cache_.data() + block * stride_;
}

FastDecision Decide(const Program& program, const BoundCatalog& items, const FastQuery& query, Scratch& scratch) {
  FastDecision d;
  const EpochProgram* ep = scratch.Epoch(program, query.date);
  if (ep == nullptr) {
    d.in_coverage = false;
    return d;
  }
  bool warm = false;
  Slot* r = scratch.CachedFrame(program, items, static_cast<std::size_t>(ep - program.epochs.data()), query.item, warm);
  eval::Run(program, *ep, items, query.item, query, scratch, r, 0, warm ? ep->item_end : 0,
            static_cast<std::uint32_t>(ep->code.size()));
  for (const auto& [e, reg] : ep->defined_eccns) {
    const std::uint8_t state = r[reg].state;
    d.eccn_true[e] = state == kSlotTrue;
    d.eccn_unknown[e] = state > kSlotTrue;
  }
  d.license_required = Tri::kFalse;
  for (const auto& req : ep->requirements) {
    const Slot& h = r[req.holds];
    const Tri t = ToTri(h.state);
    d.requirement_true[req.requirement] = t == Tri::kTrue;
    d.requirement_unknown[req.requirement] = t == Tri::kUnknown;
    d.license_required = TriOr(d.license_required, t);
    if (t == Tri::kUnknown && d.missing == 0) d.missing = h.why;
  }
  // Review: the most restrictive policy of the requirements that hold; one that only may hold
  // leaves it unknown if its own policy is unknown or stricter.
  ReviewPolicy combined = ReviewPolicy::kNone;
  bool known = true;
  bool any_unknown = false;
  // The rule the explaining evaluator's "review" reason names: the first holding requirement
  // whose known policy is the combined one (or the override that set it). Tracked in the same
  // pass, so no per-call table is needed.
  ReviewPolicy best_known = ReviewPolicy::kNone;
  for (const auto& req : ep->requirements) {
    if (!d.requirement_true[req.requirement]) {
      any_unknown = any_unknown || d.requirement_unknown[req.requirement];
      continue;
    }
    const Policy p = PolicyOf(*ep, req, r, d);
    known = known && p.known;
    if (p.policy > combined) combined = p.policy;
    if (p.known && p.policy > best_known) {
      best_known = p.policy;
      d.review_requirement = static_cast<std::int32_t>(req.requirement);
      d.review_override = p.override_rule;
    }
  }
  if (combined == ReviewPolicy::kNone || best_known != combined) {
    d.review_requirement = -1;
    d.review_override = -1;
  }
  for (const auto& req : ep->requirements) {
    if (!any_unknown) break;
    if (!d.requirement_unknown[req.requirement]) continue;
    const Policy p = PolicyOf(*ep, req, r, d);
    if (!p.known || p.policy > combined) known = false;
  }
  d.review = combined;
  d.review_known = known;
  // Exception X applies when some requirement it authorizes holds and every requirement that
  // holds (or may) is one it authorizes: mask arithmetic over the requirement bits.
  const std::uint64_t holds = d.requirement_true.to_ullong();
  const std::uint64_t maybe = d.requirement_unknown.to_ullong();
  for (const auto& x : ep->exceptions) {
    const std::uint64_t auth = x.authorizes.to_ullong();
    const Tri cover = (holds & ~auth) != 0 ? Tri::kFalse : (maybe & ~auth) != 0 ? Tri::kUnknown : Tri::kTrue;
    const Tri any = (holds & auth) != 0 ? Tri::kTrue : (maybe & auth) != 0 ? Tri::kUnknown : Tri::kFalse;
    const Tri available = TriAnd(ToTri(r[x.when].state), TriAnd(cover, any));
    d.exception_true[x.exception] = available == Tri::kTrue;
    d.exception_unknown[x.exception] = available == Tri::kUnknown;
  }
  d.determined = d.license_required != Tri::kUnknown && (d.license_required == Tri::kFalse || d.review_known);
  if (d.determined) d.missing = 0;
  return d;
}

}  // namespace chipgate
