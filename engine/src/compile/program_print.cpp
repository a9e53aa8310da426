// Printable programs (`chipgate dump --program`), one instruction per line, for golden tests and
// for reading what the compiler made of a rule.
#include <fmt/format.h>

#include "compile/program.hpp"

namespace chipgate {
namespace {

const char* OpName(OpCode op) {
  switch (op) {
    case OpCode::kConstNum: return "const";
    case OpCode::kConstBool: return "bool";
    case OpCode::kLoadNum: return "load";
    case OpCode::kLoadDense: return "dense";
    case OpCode::kLoadBool: return "datacenter";
    case OpCode::kLoadKind: return "kind";
    case OpCode::kStrIn: return "str_in";
    case OpCode::kCountryIn: return "country_in";
    case OpCode::kArith: return "arith";
    case OpCode::kCmp: return "cmp";
    case OpCode::kEqBool: return "eq_bool";
    case OpCode::kAnd: return "and";
    case OpCode::kOr: return "or";
    case OpCode::kNot: return "not";
    case OpCode::kAggInit: return "agg_init";
    case OpCode::kAggStep: return "agg_step";
    case OpCode::kAggDone: return "agg_done";
    case OpCode::kContains: return "contains";
    case OpCode::kMove: return "move";
    case OpCode::kWeighted: return "weighted";
    case OpCode::kLoadInput: return "input";
    case OpCode::kInputIn: return "input_in";
    case OpCode::kExporterIs: return "exporter_is";
    case OpCode::kLoadMassMarket: return "mass_market";
  }
  return "?";
}

std::string Operands(const Program& p, const Instr& i) {
  const Model& m = *p.model;
  switch (i.op) {
    case OpCode::kConstNum: return p.constants[i.a].ToString(6);
    case OpCode::kConstBool: return i.aux != 0 ? "true" : "false";
    case OpCode::kLoadNum: return std::string(InfoOf(static_cast<NumberField>(i.aux)).key);
    case OpCode::kLoadDense: return std::string(PrecisionKey(static_cast<Precision>(i.aux)));
    case OpCode::kStrIn: {
      std::string set;
      for (const auto id : p.string_sets[i.a]) set += (set.empty() ? "" : ", ") + p.strings[static_cast<std::size_t>(id)];
      return fmt::format("attr{} [{}]", i.aux, set);
    }
    case OpCode::kCountryIn: return fmt::format("{} mask{}", InputName(static_cast<Input>(i.aux)), i.a);
    case OpCode::kLoadInput: return InputName(static_cast<Input>(i.aux));
    case OpCode::kInputIn: return fmt::format("{} in 0x{:x}", InputName(static_cast<Input>(i.aux)), i.a);
    case OpCode::kExporterIs: return p.strings[i.a];
    case OpCode::kArith: return fmt::format("r{} {} r{}", i.a, static_cast<char>(i.aux), i.b);
    case OpCode::kCmp: return fmt::format("r{} {} r{}", i.a, CmpOpText(static_cast<CmpOp>(i.aux)), i.b);
    case OpCode::kEqBool: return fmt::format("r{} {} r{}", i.a, i.aux != 0 ? "!=" : "==", i.b);
    case OpCode::kAnd:
    case OpCode::kOr: return fmt::format("r{} r{}", i.a, i.b);
    case OpCode::kNot:
    case OpCode::kMove: return fmt::format("r{}", i.a);
    case OpCode::kAggStep: return fmt::format("{} r{}", i.aux == 0 ? "max" : i.aux == 1 ? "min" : "sum", i.a);
    case OpCode::kContains: return m.eccns[i.a].name;
    case OpCode::kWeighted: {
      std::string w;
      for (const auto& x : p.weights[i.a]) w += (w.empty() ? "" : " ") + x.ToString();
      return fmt::format("{} dense_tops x [{}]", i.aux == 0 ? "max" : i.aux == 1 ? "min" : "sum", w);
    }
    default: return "";
  }
}

}  // namespace

std::string PrintProgram(const Program& p) {
  const Model& m = *p.model;
  std::string out;
  for (const auto& e : p.epochs) {
    out += fmt::format("epoch {} .. {} ({} instructions, {} registers)\n", e.interval.from.ToString(),
                       e.interval.until ? e.interval.until->ToString() : "open", e.code.size(), e.registers);
    for (std::size_t k = 0; k < e.code.size(); ++k) {
      if (k == e.item_end) out += "  -- decision segment\n";
      const Instr& i = e.code[k];
      out += fmt::format("  r{:<4} = {:<10} {}\n", i.dst, OpName(i.op), Operands(p, i));
    }
    for (std::size_t c = 0; c < e.eccn_reg.size(); ++c) {
      if (e.eccn_reg[c] != kNoReg) out += fmt::format("  classification {} = r{}\n", m.eccns[c].name, e.eccn_reg[c]);
    }
    for (const auto& r : e.requirements) {
      out += fmt::format("  requirement {} = r{}", m.requirements[r.requirement].info.id, r.holds);
      for (const auto& a : r.arms) out += fmt::format("; {} if r{}", ReviewPolicyName(a.policy), a.when == kNoReg ? std::string("-") : std::to_string(a.when));
      out += "\n";
    }
    for (const auto& o : e.overrides) out += fmt::format("  override -> {} if r{}\n", ReviewPolicyName(o.policy), o.when);
    for (const auto& x : e.exceptions) out += fmt::format("  exception {} if r{}\n", m.exceptions[x.exception].code, x.when);
  }
  return out;
}

}  // namespace chipgate
