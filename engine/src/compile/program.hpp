// The compiled form of a checked Model: what the fast evaluator runs.
//
// Time is cut into epochs at every date on which a rule, a group membership or a `treat`
// starts or ends; each epoch has its own flat register program containing only the rules in
// force, with params folded to constants and every country collection resolved to a 676-bit
// mask (treat substitutions applied). The first `item_end` instructions depend only on the item,
// so a system's `contains` can run them for each contained item.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "check/model.hpp"
#include "eval/params.hpp"

namespace chipgate {

enum class OpCode : std::uint8_t {
  kConstNum,     // dst = constants[a]
  kConstBool,    // dst = aux (0 false, 1 true)
  kLoadNum,      // dst = item number field aux (unknown if absent)
  kLoadDense,    // dst = item dense_tops[aux] (skip if absent)
  kLoadBool,     // dst = item datacenter (unknown if absent)
  kLoadKind,     // dst = item kind (as a number)
  kStrIn,        // dst = item string attr aux in string_sets[a]
  kCountryIn,    // dst = query input aux in epoch masks[a]
  kArith,        // dst = a (aux: + - * /) b
  kCmp,          // dst = a (aux: CmpOp) b, numbers
  kEqBool,       // dst = (a == b) xor aux, booleans
  kAnd,          // dst = a and b (three-valued)
  kOr,           // dst = a or b
  kNot,          // dst = not a
  kAggInit,      // dst = skip
  kAggStep,      // dst = dst (aux: 0 max, 1 min, 2 sum) a, skipping skipped terms
  kAggDone,      // dst unknown (dense_tops) if every term was skipped
  kContains,     // dst = any contained item has eccn register a (set by the item segment)
  kMove,         // dst = a
  kWeighted,     // dst = (aux: 0 max, 1 min, 2 sum) over precisions of dense[p] * weights[a][p]
  kLoadInput,    // dst = bool query input aux (unknown if not stated)
  kInputIn,      // dst = the value of query input aux (a small enum) is in the bit mask a
  kExporterIs,   // dst = the exporter is strings[a] (not stated: the item's vendor is)
  kLoadMassMarket,  // dst = item mass_market_encryption (false if absent: no 740.17(b) classification recorded)
};

// Query-dependent instructions: never hoisted into the item segment.
constexpr bool OpReadsQuery(OpCode op) {
  return op == OpCode::kCountryIn || op == OpCode::kLoadInput || op == OpCode::kInputIn || op == OpCode::kExporterIs;
}

// Whether an instruction reads operand a / b as a register (the others are indices or unused).
constexpr bool OpReadsA(OpCode op) {
  return op == OpCode::kArith || op == OpCode::kCmp || op == OpCode::kEqBool || op == OpCode::kAnd ||
         op == OpCode::kOr || op == OpCode::kNot || op == OpCode::kMove || op == OpCode::kAggStep;
}
constexpr bool OpReadsB(OpCode op) {
  return op == OpCode::kArith || op == OpCode::kCmp || op == OpCode::kEqBool || op == OpCode::kAnd || op == OpCode::kOr;
}

struct Instr {
  OpCode op;
  std::uint8_t aux = 0;
  std::uint16_t dst = 0;
  std::uint16_t a = 0;
  std::uint16_t b = 0;
};

using CountryMask = std::bitset<CountryCode::kSpace>;
constexpr std::uint16_t kNoReg = 0xFFFF;

struct ReviewArmCode {
  ReviewPolicy policy;
  std::uint16_t when;  // kNoReg: unconditional
};

struct RequirementCode {
  std::uint32_t requirement;  // index in Model::requirements
  std::uint16_t holds;
  std::vector<ReviewArmCode> arms;
  std::vector<std::uint16_t> overrides;  // indices into EpochProgram::overrides that change it
};

struct OverrideCode {
  std::uint32_t override_rule = 0;  // index in Model::overrides (reasons name the rule)
  std::vector<std::uint32_t> of;    // Model::requirements indices
  ReviewPolicy policy;
  std::uint16_t when;
};

struct ExceptionCode {
  std::uint32_t exception;  // index in Model::exceptions
  std::uint16_t when;
  std::bitset<kMaxRequirements> authorizes;
};

struct EpochProgram {
  Interval interval;
  std::vector<Instr> code;
  std::uint32_t item_end = 0;
  std::uint16_t registers = 0;
  std::vector<std::uint16_t> eccn_reg;  // per Model::eccns; kNoReg when no rule defines it
  std::vector<std::pair<std::uint32_t, std::uint16_t>> defined_eccns;  // (eccn, register) in force
  std::vector<RequirementCode> requirements;
  std::vector<OverrideCode> overrides;
  std::vector<ExceptionCode> exceptions;
  std::vector<CountryMask> masks;
};

struct Program {
  const Model* model = nullptr;  // the model compiled; must outlive the program
  std::vector<EpochProgram> epochs;  // ordered, contiguous, covering [coverage_from, forever)
  std::vector<Rational> constants;
  std::vector<std::string> strings;                      // interned string constants
  std::vector<std::vector<std::int32_t>> string_sets;    // ids into `strings`
  std::vector<std::array<Rational, kPrecisionCount>> weights;  // per-precision factors (bit lengths)

  // The epoch in force on `date`; nothing before the first epoch.
  const EpochProgram* EpochFor(Date date) const;
  std::size_t InstructionCount() const;
};

// Compiles `model` with `params` folded in. The model must outlive the program.
Program Compile(const Model& model, const ParamValues& params);

// Printable form (`chipgate dump --program`), compared as golden text in tests.
std::string PrintProgram(const Program& program);

}  // namespace chipgate
