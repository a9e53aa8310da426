// One epoch's program (see epoch_compiler.hpp). Every model node compiles to one register
// (memoised; inside an aggregate, once per precision). Rules not in force in the epoch emit
// nothing, params become constants, and collections become masks.
#include "compile/epoch_compiler.hpp"

#include <algorithm>
#include <stdexcept>

#include "compile/masks.hpp"

namespace chipgate::compile {

std::uint16_t EpochCompiler::NewReg() {
  if (ep_.registers == kNoReg - 1) throw std::length_error("program needs more than 65534 registers");
  return ep_.registers++;
}

std::uint16_t EpochCompiler::Emit(OpCode op, std::uint8_t aux, std::uint16_t a, std::uint16_t b) {
  const std::uint16_t dst = NewReg();
  ep_.code.push_back(Instr{op, aux, dst, a, b});
  return dst;
}

std::uint16_t EpochCompiler::ConstNum(const Rational& r) {
  const auto it = std::find(prog_.constants.begin(), prog_.constants.end(), r);
  std::size_t index = static_cast<std::size_t>(it - prog_.constants.begin());
  if (it == prog_.constants.end()) prog_.constants.push_back(r);
  return Emit(OpCode::kConstNum, 0, static_cast<std::uint16_t>(index), 0);
}

std::uint16_t EpochCompiler::ConstBool(bool b) { return Emit(OpCode::kConstBool, b ? 1 : 0, 0, 0); }

// Left fold of a three-valued and/or; `identity` is the value of an empty list.
std::uint16_t EpochCompiler::Binary(OpCode op, const std::vector<std::uint16_t>& regs, bool identity) {
  if (regs.empty()) return ConstBool(identity);
  std::uint16_t acc = regs[0];
  for (std::size_t i = 1; i < regs.size(); ++i) acc = Emit(op, 0, acc, regs[i]);
  return acc;
}

std::uint16_t EpochCompiler::StringSet(std::vector<std::string> strings) {
  std::vector<std::int32_t> ids;
  for (auto& s : strings) {
    const auto it = std::find(prog_.strings.begin(), prog_.strings.end(), s);
    ids.push_back(static_cast<std::int32_t>(it - prog_.strings.begin()));
    if (it == prog_.strings.end()) prog_.strings.push_back(std::move(s));
  }
  std::sort(ids.begin(), ids.end());
  const auto it = std::find(prog_.string_sets.begin(), prog_.string_sets.end(), ids);
  if (it != prog_.string_sets.end()) return static_cast<std::uint16_t>(it - prog_.string_sets.begin());
  prog_.string_sets.push_back(std::move(ids));
  return static_cast<std::uint16_t>(prog_.string_sets.size() - 1);
}

std::uint16_t EpochCompiler::Compile(NodeId id, int precision) {
  const auto key = std::make_pair(id, precision);
  if (const auto it = memo_.find(key); it != memo_.end()) return it->second;
  const std::uint16_t reg = CompileUncached(m_.node(id), precision);
  memo_.emplace(key, reg);
  return reg;
}

std::uint16_t EpochCompiler::CompileUncached(const Node& n, int p) {
  switch (n.op) {
    case NodeOp::kConstBool: return ConstBool(n.boolean);
    case NodeOp::kConstNumber: return ConstNum(n.number);
    case NodeOp::kConstKind: return ConstNum(Rational(static_cast<std::int64_t>(n.index)));
    case NodeOp::kParam:
      return m_.params[n.index].type == Type::kBool ? ConstBool(params_.bools[n.index]) : ConstNum(params_.numbers[n.index]);
    case NodeOp::kNumberField: return Emit(OpCode::kLoadNum, static_cast<std::uint8_t>(n.index), 0, 0);
    case NodeOp::kAttr:
      if (n.index == static_cast<std::uint32_t>(ItemAttr::kKind)) return Emit(OpCode::kLoadKind, 0, 0, 0);
      return Emit(OpCode::kLoadBool, 0, 0, 0);  // datacenter; string attributes compile in Compare/In
    case NodeOp::kDense: return Emit(OpCode::kLoadDense, static_cast<std::uint8_t>(p), 0, 0);
    case NodeOp::kTable: return Compile(m_.tables[n.index].values[static_cast<std::size_t>(p)]);
    case NodeOp::kMetric: return metric_reg_[n.index];
    case NodeOp::kEccn: return ep_.eccn_reg[n.index] == kNoReg ? ConstBool(false) : ep_.eccn_reg[n.index];
    case NodeOp::kContains: return Emit(OpCode::kContains, 0, static_cast<std::uint16_t>(n.index), 0);
    case NodeOp::kNot: return Emit(OpCode::kNot, 0, Compile(n.children[0], p), 0);
    case NodeOp::kNegate: return Emit(OpCode::kArith, '-', ConstNum(Rational(0)), Compile(n.children[0], p));
    case NodeOp::kAnd:
    case NodeOp::kOr: {
      std::vector<std::uint16_t> regs;
      for (const auto c : n.children) regs.push_back(Compile(c, p));
      return Binary(n.op == NodeOp::kAnd ? OpCode::kAnd : OpCode::kOr, regs, n.op == NodeOp::kAnd);
    }
    case NodeOp::kArith:
      return Emit(OpCode::kArith, static_cast<std::uint8_t>(n.arith), Compile(n.children[0], p), Compile(n.children[1], p));
    case NodeOp::kCompare: return Compare(n, p);
    case NodeOp::kIn: return In(n, p);
    case NodeOp::kAggregate: return Aggregate(n);
    default: break;
  }
  throw std::logic_error("node kind cannot be compiled as a value");
}

std::uint16_t EpochCompiler::Compare(const Node& n, int p) {
  std::vector<std::uint16_t> pairs;
  for (std::size_t i = 0; i < n.cmps.size(); ++i) {
    const Node& a = m_.node(n.children[i]);
    const Node& b = m_.node(n.children[i + 1]);
    const bool equal = n.cmps[i] == CmpOp::kEq;
    if (a.type == Type::kString) {
      pairs.push_back(a.op == NodeOp::kConstString ? StringCompare(b, a, equal) : StringCompare(a, b, equal));
    } else if (a.type == Type::kBool) {
      pairs.push_back(Emit(OpCode::kEqBool, equal ? 0 : 1, Compile(n.children[i], p), Compile(n.children[i + 1], p)));
    } else {
      pairs.push_back(Emit(OpCode::kCmp, static_cast<std::uint8_t>(n.cmps[i]), Compile(n.children[i], p), Compile(n.children[i + 1], p)));
    }
  }
  return Binary(OpCode::kAnd, pairs, true);
}

// The checker admits string comparisons of an item attribute with a literal, or of two literals.
std::uint16_t EpochCompiler::StringCompare(const Node& attr, const Node& constant, bool equal) {
  if (attr.op == NodeOp::kConstString) return ConstBool((attr.text == constant.text) == equal);
  const std::uint16_t in = Emit(OpCode::kStrIn, static_cast<std::uint8_t>(attr.index), StringSet({constant.text}), 0);
  return equal ? in : Emit(OpCode::kNot, 0, in, 0);
}

std::uint16_t EpochCompiler::In(const Node& n, int p) {
  const Node& lhs = m_.node(n.children[0]);
  const Node& rhs = m_.node(n.children[1]);
  if (lhs.type == Type::kCountry) {
    ep_.masks.push_back(ResolveCountries(m_, n.children[1], date_));
    return Emit(OpCode::kCountryIn, static_cast<std::uint8_t>(lhs.index), static_cast<std::uint16_t>(ep_.masks.size() - 1), 0);
  }
  // Strings: resolve the collection to its members on compile.
  std::vector<std::string> members;
  std::vector<NodeId> stack = {n.children[1]};
  std::vector<std::string> excluded;
  // Only unions of literals and sets reach here for strings (differences are rare); flatten.
  while (!stack.empty()) {
    const Node& c = m_.node(stack.back());
    stack.pop_back();
    if (c.op == NodeOp::kStringLiteral) members.insert(members.end(), c.strings.begin(), c.strings.end());
    if (c.op == NodeOp::kSet) stack.push_back(m_.sets[c.index].body);
    if (c.op == NodeOp::kUnion) stack.insert(stack.end(), c.children.begin(), c.children.end());
    if (c.op == NodeOp::kDifference) {
      stack.push_back(c.children[0]);
      std::vector<NodeId> sub = {c.children[1]};
      while (!sub.empty()) {
        const Node& s = m_.node(sub.back());
        sub.pop_back();
        if (s.op == NodeOp::kStringLiteral) excluded.insert(excluded.end(), s.strings.begin(), s.strings.end());
        if (s.op == NodeOp::kSet) sub.push_back(m_.sets[s.index].body);
        if (s.op == NodeOp::kUnion) sub.insert(sub.end(), s.children.begin(), s.children.end());
      }
    }
  }
  members.erase(std::remove_if(members.begin(), members.end(),
                               [&](const std::string& s) { return std::find(excluded.begin(), excluded.end(), s) != excluded.end(); }),
                members.end());
  (void)rhs;
  (void)p;
  if (lhs.op == NodeOp::kConstString) return ConstBool(std::find(members.begin(), members.end(), lhs.text) != members.end());
  return Emit(OpCode::kStrIn, static_cast<std::uint8_t>(lhs.index), StringSet(members), 0);
}

std::uint16_t EpochCompiler::Aggregate(const Node& n) {
  const std::uint16_t acc = Emit(OpCode::kAggInit, 0, 0, 0);
  const std::uint8_t mode = n.aggregate == "max" ? 0 : n.aggregate == "min" ? 1 : 2;
  for (std::size_t p = 0; p < kPrecisionCount; ++p) {
    const std::uint16_t term = Compile(n.children[0], static_cast<int>(p));
    ep_.code.push_back(Instr{OpCode::kAggStep, mode, acc, term, 0});
  }
  ep_.code.push_back(Instr{OpCode::kAggDone, 0, acc, 0, 0});
  return acc;
}

void EpochCompiler::CompileEccn(std::uint32_t e) {
  const EccnSym& sym = m_.eccns[e];
  std::vector<std::uint16_t> rules;
  for (const auto r : sym.rules) {
    const ClassifyRule& rule = m_.classify_rules[r];
    if (!InForce(rule.info)) continue;
    std::uint16_t holds = Compile(rule.when);
    if (rule.unless) holds = Emit(OpCode::kAnd, 0, holds, Emit(OpCode::kNot, 0, Compile(*rule.unless), 0));
    rules.push_back(holds);
  }
  if (rules.empty()) return;  // not defined in this epoch: references read `false`
  std::uint16_t holds = Binary(OpCode::kOr, rules, false);
  std::vector<std::uint16_t> notes;
  for (const auto n : sym.notes) {
    if (InForce(m_.notes[n].info)) notes.push_back(Compile(m_.notes[n].when));
  }
  if (!notes.empty()) holds = Emit(OpCode::kAnd, 0, holds, Emit(OpCode::kNot, 0, Binary(OpCode::kOr, notes, false), 0));
  // Copy into a register of its own, so the classification is a stable named slot.
  ep_.eccn_reg[e] = Emit(OpCode::kMove, 0, holds, 0);
}

void EpochCompiler::CompileRequirements() {
  for (std::uint32_t r = 0; r < m_.requirements.size(); ++r) {
    const RequireRule& rule = m_.requirements[r];
    if (!InForce(rule.info)) continue;
    std::vector<std::uint16_t> parts;
    if (!rule.letter_vendor.empty()) {
      parts.push_back(Emit(OpCode::kStrIn, static_cast<std::uint8_t>(ItemAttr::kVendor), StringSet({rule.letter_vendor}), 0));
    }
    if (!rule.eccns.empty()) {
      std::vector<std::uint16_t> any;
      for (const auto e : rule.eccns) any.push_back(ep_.eccn_reg[e] == kNoReg ? ConstBool(false) : ep_.eccn_reg[e]);
      parts.push_back(Binary(OpCode::kOr, any, false));
    }
    if (rule.when) parts.push_back(Compile(*rule.when));
    RequirementCode code{r, Binary(OpCode::kAnd, parts, true), {}};
    for (const auto& arm : rule.review) code.arms.push_back({arm.policy, arm.when ? Compile(*arm.when) : kNoReg});
    ep_.requirements.push_back(std::move(code));
  }
  for (const auto& o : m_.overrides) {
    if (InForce(o.info)) ep_.overrides.push_back({o.of, o.policy, Compile(o.when)});
  }
  for (std::uint32_t x = 0; x < m_.exceptions.size(); ++x) {
    const ExceptionRule& rule = m_.exceptions[x];
    if (!InForce(rule.info)) continue;
    ExceptionCode code{x, Compile(rule.when), {}};
    for (const auto r : rule.authorizes) code.authorizes.set(r);
    ep_.exceptions.push_back(std::move(code));
  }
}

void EpochCompiler::Run() {
  ep_.eccn_reg.assign(m_.eccns.size(), kNoReg);
  metric_reg_.resize(m_.metrics.size());
  for (std::uint32_t i = 0; i < m_.metrics.size(); ++i) metric_reg_[i] = Compile(m_.metrics[i].body);
  for (std::uint32_t e = 0; e < m_.eccns.size(); ++e) CompileEccn(e);
  ep_.item_end = static_cast<std::uint32_t>(ep_.code.size());
  CompileRequirements();
}

}  // namespace chipgate::compile
