// Compiles the model as it stands in one epoch into a flat register program.
//
// Instructions go to the item segment unless they depend on a query input, so everything about
// the item (metrics, classifications, item tests inside requirement conditions) is computed
// once per item and cached. Pure instructions are value-numbered, three-valued logic and
// arithmetic over constants are folded, max(dense_tops[p] * table[p]) becomes one weighted
// instruction, and a final pass drops what no result reads and renumbers the registers.
#pragma once

#include <map>
#include <optional>
#include <tuple>
#include <utility>

#include "compile/program.hpp"

namespace chipgate::compile {

class EpochCompiler {
 public:
  EpochCompiler(const Model& model, const ParamValues& params, Program& program, EpochProgram& epoch)
      : m_(model), params_(params), prog_(program), ep_(epoch), date_(epoch.interval.from) {}

  void Run();

 private:
  bool InForce(const RuleInfo& info) const { return info.in_force.Contains(date_); }
  std::uint16_t NewReg(bool query_dependent);
  std::uint16_t Emit(OpCode op, std::uint8_t aux, std::uint16_t a, std::uint16_t b);
  std::uint16_t ConstNum(const Rational& r);
  std::uint16_t ConstBool(bool b);
  std::uint16_t Logic(OpCode op, std::uint16_t a, std::uint16_t b);
  std::uint16_t Not(std::uint16_t a);
  std::uint16_t Binary(OpCode op, const std::vector<std::uint16_t>& regs, bool identity);
  std::uint16_t StringSet(std::vector<std::string> strings);
  std::uint16_t StringId(const std::string& s);
  static std::uint16_t TransactionMask(const std::vector<std::string>& names);

  std::uint16_t Compile(NodeId id, int precision = -1);
  std::uint16_t CompileUncached(const Node& n, int precision);
  std::uint16_t Compare(const Node& n, int precision);
  std::uint16_t StringCompare(const Node& attr, const Node& constant, bool equal);
  std::uint16_t In(const Node& n, int precision);
  std::uint16_t Aggregate(const Node& n);
  std::optional<std::uint16_t> WeightedAggregate(const Node& n, std::uint8_t mode);

  void CompileEccn(std::uint32_t e);
  void CompileRequirements();
  void EliminateDeadCode();

  const Model& m_;
  const ParamValues& params_;
  Program& prog_;
  EpochProgram& ep_;
  Date date_;
  std::vector<Instr> item_code_;
  std::vector<Instr> query_code_;
  std::vector<bool> query_dependent_;                 // per register
  std::vector<std::optional<bool>> const_bool_;       // per register
  std::vector<std::optional<Rational>> const_num_;    // per register
  std::vector<std::optional<std::uint16_t>> negation_of_;  // per register: r = not negation_of_[r]
  std::map<std::tuple<OpCode, std::uint8_t, std::uint16_t, std::uint16_t>, std::uint16_t> numbered_;
  std::map<std::pair<NodeId, int>, std::uint16_t> memo_;
  std::vector<std::uint16_t> metric_reg_;
};

}  // namespace chipgate::compile
