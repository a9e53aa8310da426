// Compiles the model as it stands in one epoch into a flat register program.
#pragma once

#include <map>
#include <utility>

#include "chipgate/program.hpp"

namespace chipgate::compile {

class EpochCompiler {
 public:
  EpochCompiler(const Model& model, const ParamValues& params, Program& program, EpochProgram& epoch)
      : m_(model), params_(params), prog_(program), ep_(epoch), date_(epoch.interval.from) {}

  // Item segment (metrics, classifications), then the decision segment (requirements,
  // overrides, exceptions).
  void Run();

 private:
  bool InForce(const RuleInfo& info) const { return info.in_force.Contains(date_); }
  std::uint16_t NewReg();
  std::uint16_t Emit(OpCode op, std::uint8_t aux, std::uint16_t a, std::uint16_t b);
  std::uint16_t ConstNum(const Rational& r);
  std::uint16_t ConstBool(bool b);
  std::uint16_t Binary(OpCode op, const std::vector<std::uint16_t>& regs, bool identity);
  std::uint16_t StringSet(std::vector<std::string> strings);

  std::uint16_t Compile(NodeId id, int precision = -1);
  std::uint16_t CompileUncached(const Node& n, int precision);
  std::uint16_t Compare(const Node& n, int precision);
  std::uint16_t StringCompare(const Node& attr, const Node& constant, bool equal);
  std::uint16_t In(const Node& n, int precision);
  std::uint16_t Aggregate(const Node& n);

  void CompileEccn(std::uint32_t e);
  void CompileRequirements();

  const Model& m_;
  const ParamValues& params_;
  Program& prog_;
  EpochProgram& ep_;
  Date date_;
  std::map<std::pair<NodeId, int>, std::uint16_t> memo_;
  std::vector<std::uint16_t> metric_reg_;
};

}  // namespace chipgate::compile
