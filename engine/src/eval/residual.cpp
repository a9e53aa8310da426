// See residual.hpp.
#include "eval/residual.hpp"

#include <span>

#include "eval/run.hpp"

namespace chipgate::eval {
namespace {

std::span<const Instr> DecisionSegment(const EpochProgram& ep) { return std::span(ep.code).subspan(ep.item_end); }

// Folding keeps a register's value in the cached frame for every later question, which is sound
// only if no instruction of the segment writes that register a second time. The compiler emits
// the segment that way; should it ever not, the whole segment runs as before.
bool WritesOnce(const EpochProgram& ep, std::vector<std::uint8_t>& writes) {
  writes.assign(ep.registers, 0);
  for (const Instr& i : std::span(ep.code).first(ep.item_end)) writes[i.dst] = 1;
  for (const Instr& i : DecisionSegment(ep)) {
    if (writes[i.dst] != 0) return false;
    writes[i.dst] = 1;
  }
  return true;
}

// The registers the decision reads after the run (decide_fast.cpp).
void MarkRead(const EpochProgram& ep, std::vector<std::uint8_t>& live) {
  live.assign(ep.registers, 0);
  const auto mark = [&live](std::uint16_t reg) {
    if (reg != kNoReg) live[reg] = 1;
  };
  for (const auto& e : ep.defined_eccns) mark(e.second);
  for (const auto& req : ep.requirements) {
    mark(req.holds);
    for (const auto& arm : req.arms) mark(arm.when);
  }
  for (const auto& o : ep.overrides) mark(o.when);
  for (const auto& x : ep.exceptions) mark(x.when);
}

// Keeps the instructions whose result is read, by the decision or by a kept instruction.
void DropUnread(const EpochProgram& ep, std::vector<Instr>& code, std::vector<std::uint8_t>& live) {
  MarkRead(ep, live);
  std::vector<std::uint8_t> keep(code.size(), 0);
  for (std::size_t k = code.size(); k-- > 0;) {
    const Instr& i = code[k];
    if (live[i.dst] == 0) continue;
    keep[k] = 1;
    if (OpReadsA(i.op)) live[i.a] = 1;
    if (OpReadsB(i.op)) live[i.b] = 1;
  }
  std::size_t n = 0;
  for (std::size_t k = 0; k < code.size(); ++k) {
    if (keep[k] != 0) code[n++] = code[k];
  }
  code.resize(n);
}

// A requirement whose condition is false for the item whatever the question, or an exception
// whose own condition is, changes nothing the combiner computes: only the others are kept.
void KeepOpen(const EpochProgram& ep, const std::vector<std::uint8_t>& settled, const Slot* frame, Residual& out) {
  const auto settled_false = [&](std::uint16_t reg) { return settled[reg] != 0 && frame[reg].state == kSlotFalse; };
  for (std::size_t k = 0; k < ep.requirements.size(); ++k) {
    if (!settled_false(ep.requirements[k].holds)) out.requirements.push_back(static_cast<std::uint16_t>(k));
  }
  for (std::size_t k = 0; k < ep.exceptions.size(); ++k) {
    if (!settled_false(ep.exceptions[k].when)) out.exceptions.push_back(static_cast<std::uint16_t>(k));
  }
}

}  // namespace

void BuildResidual(const Program& program, const EpochProgram& ep, const BoundCatalog& items, std::uint32_t item,
                   Scratch& scratch, Slot* frame, Residual& out) {
  out.code.clear();
  out.requirements.clear();
  out.exceptions.clear();
  std::vector<std::uint8_t>& settled = scratch.residual_marks;
  if (!scratch.fold_decision_segment || !WritesOnce(ep, settled)) {
    out.code.assign(DecisionSegment(ep).begin(), DecisionSegment(ep).end());
    settled.assign(ep.registers, 0);
    KeepOpen(ep, settled, frame, out);
    return;
  }
  // After WritesOnce, `settled` marks every register written anywhere; the item segment's are
  // settled for this item, the decision segment's become settled as they fold.
  for (const Instr& i : DecisionSegment(ep)) settled[i.dst] = 0;
  const FastQuery no_question;  // read by no folded instruction (OpReadsQuery)
  for (const Instr& i : DecisionSegment(ep)) {
    const bool a_settled = !OpReadsA(i.op) || settled[i.a] != 0;
    const bool b_settled = !OpReadsB(i.op) || settled[i.b] != 0;
    if (!OpReadsQuery(i.op) && a_settled && b_settled) {
      Run(program, ep, items, item, no_question, scratch, frame, 0, std::span(&i, 1));
      settled[i.dst] = 1;
      continue;
    }
    if ((i.op == OpCode::kAnd || i.op == OpCode::kOr) && (a_settled || b_settled)) {
      const std::uint8_t known = frame[a_settled ? i.a : i.b].state;
      const std::uint16_t other = a_settled ? i.b : i.a;
      const std::uint8_t absorbing = i.op == OpCode::kAnd ? kSlotFalse : kSlotTrue;
      const std::uint8_t identity = i.op == OpCode::kAnd ? kSlotTrue : kSlotFalse;
      if (known == absorbing) {  // false and x, true or x: whatever x is
        frame[i.dst] = Slot{};
        frame[i.dst].state = absorbing;
        settled[i.dst] = 1;
        continue;
      }
      if (known == identity) {  // true and x, false or x: x, with its reason when unknown
        out.code.push_back(Instr{OpCode::kMove, 0, i.dst, other, 0});
        continue;
      }
    }
    out.code.push_back(i);
  }
  DropUnread(ep, out.code, scratch.residual_live);
  KeepOpen(ep, settled, frame, out);
}

}  // namespace chipgate::eval
