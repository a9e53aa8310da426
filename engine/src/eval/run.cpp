// The interpreter (see run.hpp): a switch over flat instructions, three-valued logic on slot
// states, exact rational arithmetic; no allocation, no recursion except `contains`.
#include "eval/run.hpp"

#include "eval/missing.hpp"

namespace chipgate::eval {
namespace {

void SetUnknown(Slot& d, std::uint16_t why) {
  d.state = kSlotUnknown;
  d.why = why;
}

void SetBool(Slot& d, bool b) {
  d.state = b ? kSlotTrue : kSlotFalse;
  d.why = 0;
}

bool Known(const Slot& s) { return s.state == kSlotTrue; }

void And(Slot& d, const Slot& a, const Slot& b) {
  if (a.state == kSlotFalse || b.state == kSlotFalse) return SetBool(d, false);
  if (a.state != kSlotTrue) return SetUnknown(d, a.why);
  if (b.state != kSlotTrue) return SetUnknown(d, b.why);
  SetBool(d, true);
}

void Or(Slot& d, const Slot& a, const Slot& b) {
  if (a.state == kSlotTrue || b.state == kSlotTrue) return SetBool(d, true);
  if (a.state != kSlotFalse) return SetUnknown(d, a.why);
  if (b.state != kSlotFalse) return SetUnknown(d, b.why);
  SetBool(d, false);
}


void Arith(Slot& d, char op, const Slot& a, const Slot& b) {
  if (a.state == kSlotSkip || b.state == kSlotSkip) {
    d.state = kSlotSkip;
    return;
  }
  if (!Known(a)) return SetUnknown(d, a.why);
  if (!Known(b)) return SetUnknown(d, b.why);
  std::optional<Rational> r;
  switch (op) {
    case '+': r = Rational::Add(a.number, b.number); break;
    case '-': r = Rational::Sub(a.number, b.number); break;
    case '*': r = Rational::Mul(a.number, b.number); break;
    default:
      if (b.number.IsZero()) return SetUnknown(d, kMissingDivisionByZero);
      r = Rational::Div(a.number, b.number);
  }
  if (!r) return SetUnknown(d, kMissingOverflow);
  d.number = *r;
  d.state = kSlotTrue;
}

void AggStep(Slot& acc, std::uint8_t mode, const Slot& term) {
  if (term.state == kSlotSkip || acc.state == kSlotUnknown) return;
  if (term.state != kSlotTrue) return SetUnknown(acc, term.why);
  if (acc.state == kSlotSkip) {
    acc = term;
    return;
  }
  if (mode == 0) {
    if (term.number > acc.number) acc.number = term.number;
  } else if (mode == 1) {
    if (term.number < acc.number) acc.number = term.number;
  } else if (const auto sum = Rational::Add(acc.number, term.number)) {
    acc.number = *sum;
  } else {
    SetUnknown(acc, kMissingOverflow);
  }
}

void Weighted(Slot& d, const std::array<Rational, kPrecisionCount>& w, std::uint8_t mode, const BoundItem& it) {
  d.state = kSlotSkip;
  for (std::size_t p = 0; p < kPrecisionCount; ++p) {
    const Slot& x = it.dense[p];
    if (x.state == kSlotSkip) continue;
    if (x.state != kSlotTrue) return SetUnknown(d, x.why);
    const auto term = Rational::Mul(x.number, w[p]);
    if (!term) return SetUnknown(d, kMissingOverflow);
    if (d.state == kSlotSkip) {
      d.number = *term;
      d.state = kSlotTrue;
    } else if (mode == 0) {
      if (*term > d.number) d.number = *term;
    } else if (mode == 1) {
      if (*term < d.number) d.number = *term;
    } else if (const auto sum = Rational::Add(d.number, *term)) {
      d.number = *sum;
    } else {
      return SetUnknown(d, kMissingOverflow);
    }
  }
  if (d.state == kSlotSkip) SetUnknown(d, kMissingDenseTops);
}

void CountryIn(Slot& d, const EpochProgram& ep, const Instr& i, const FastQuery& q) {
  const std::int32_t country = i.aux == 0 ? q.destination : i.aux == 1 ? q.end_user_hq : q.exporter_hq;
  if (country < 0) return SetUnknown(d, i.aux == 1 ? kMissingEndUserHq : kMissingExporterHq);
  SetBool(d, ep.masks[i.a][static_cast<std::size_t>(country)]);
}

void LoadInput(Slot& d, const Instr& i, const FastQuery& q) {
  const std::int8_t v = q.inputs[i.aux];
  if (v < 0) return SetUnknown(d, static_cast<std::uint16_t>(kMissingInput + i.aux));
  SetBool(d, v != 0);
}

void InputIn(Slot& d, const Instr& i, const FastQuery& q) {
  const std::int8_t v = q.inputs[i.aux];
  if (v < 0) return SetUnknown(d, static_cast<std::uint16_t>(kMissingInput + i.aux));
  SetBool(d, (i.a >> static_cast<unsigned>(v) & 1U) != 0);
}

// A letter binds the exporter that received it; unless the question names the exporter, the
// item's vendor stands for it.
void ExporterIs(Slot& d, const Instr& i, const BoundItem& it, const FastQuery& q) {
  const std::int32_t exporter = q.exporter == -1 ? it.strings[0] : q.exporter;
  SetBool(d, exporter == static_cast<std::int32_t>(i.a));
}

void StrIn(Slot& d, const Program& p, const BoundItem& it, const Instr& i) {
  const std::int32_t id = it.strings[static_cast<std::size_t>(i.aux - static_cast<std::uint8_t>(ItemAttr::kVendor))];
  if (id == -2) return SetUnknown(d, kMissingMemoryType);
  bool found = false;
  for (const auto member : p.string_sets[i.a]) found = found || member == id;
  SetBool(d, found);
}

}  // namespace

void Run(const Program& program, const EpochProgram& ep, const BoundCatalog& items, std::uint32_t item,
         const FastQuery& query, Scratch& scratch, Slot* r, std::size_t depth, std::span<const Instr> code) {
  const BoundItem& it = items.items[item];
  for (const Instr& i : code) {
    Slot& d = r[i.dst];
    switch (i.op) {
      case OpCode::kConstNum:
        d.number = program.constants[i.a];
        d.state = kSlotTrue;
        break;
      case OpCode::kConstBool: SetBool(d, i.aux != 0); break;
      case OpCode::kLoadNum: d = it.numbers[i.aux]; break;
      case OpCode::kLoadDense: d = it.dense[i.aux]; break;
      case OpCode::kLoadBool: d = it.datacenter; break;
      case OpCode::kLoadMassMarket: d = it.mass_market_encryption; break;
      case OpCode::kLoadKind:
        d.number = Rational(it.kind);
        d.state = kSlotTrue;
        break;
      case OpCode::kStrIn: StrIn(d, program, it, i); break;
      case OpCode::kCountryIn: CountryIn(d, ep, i, query); break;
      case OpCode::kArith: Arith(d, static_cast<char>(i.aux), r[i.a], r[i.b]); break;
      case OpCode::kCmp: {
        const Slot& a = r[i.a];
        const Slot& b = r[i.b];
        if (!Known(a)) {
          SetUnknown(d, a.why);
        } else if (!Known(b)) {
          SetUnknown(d, b.why);
        } else {
          SetBool(d, Holds(a.number, static_cast<CmpOp>(i.aux), b.number));
        }
        break;
      }
      case OpCode::kEqBool: {
        const Slot& a = r[i.a];
        const Slot& b = r[i.b];
        if (a.state > kSlotTrue) {
          SetUnknown(d, a.why);
        } else if (b.state > kSlotTrue) {
          SetUnknown(d, b.why);
        } else {
          SetBool(d, (a.state == b.state) != (i.aux != 0));
        }
        break;
      }
      case OpCode::kAnd: And(d, r[i.a], r[i.b]); break;
      case OpCode::kOr: Or(d, r[i.a], r[i.b]); break;
      case OpCode::kNot:
        if (r[i.a].state > kSlotTrue) {
          SetUnknown(d, r[i.a].why);
        } else {
          SetBool(d, r[i.a].state == kSlotFalse);
        }
        break;
      case OpCode::kAggInit: d.state = kSlotSkip; break;
      case OpCode::kAggStep: AggStep(d, i.aux, r[i.a]); break;
      case OpCode::kAggDone:
        if (d.state == kSlotSkip) SetUnknown(d, kMissingDenseTops);
        break;
      case OpCode::kContains: {
        SetBool(d, false);
        const std::uint16_t reg = ep.eccn_reg[i.a];
        for (std::uint32_t c = 0; c < it.child_count && reg != kNoReg; ++c) {
          if (depth + 1 >= scratch.depth_limit()) {
            SetUnknown(d, kMissingDepth);
            break;
          }
          Run(program, ep, items, items.children[it.first_child + c], query, scratch, scratch.Frame(depth + 1), depth + 1,
              std::span(ep.code).first(ep.item_end));
          const Slot& v = scratch.Frame(depth + 1)[reg];
          if (v.state == kSlotTrue) {
            SetBool(d, true);
            break;
          }
          if (v.state != kSlotFalse) SetUnknown(d, v.why);
        }
        break;
      }
      case OpCode::kMove: d = r[i.a]; break;
      case OpCode::kWeighted: Weighted(d, program.weights[i.a], i.aux, it); break;
      case OpCode::kLoadInput: LoadInput(d, i, query); break;
      case OpCode::kInputIn: InputIn(d, i, query); break;
      case OpCode::kExporterIs: ExporterIs(d, i, it, query); break;
    }
  }
}

}  // namespace chipgate::eval
