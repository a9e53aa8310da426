// One epoch's program (see epoch_compiler.hpp). Every model node compiles to one register,
// memoised (inside an aggregate, once per precision); rules not in force emit nothing.
#include "compile/epoch_compiler.hpp"

#include <algorithm>
#include <stdexcept>

#include "compile/masks.hpp"

namespace chipgate::compile {
namespace {



}  // namespace

std::uint16_t EpochCompiler::NewReg(bool query_dependent) {
  if (ep_.registers == kNoReg - 1) throw std::length_error("program needs more than 65534 registers");
  query_dependent_.push_back(query_dependent);
  const_bool_.emplace_back();
  const_num_.emplace_back();
  negation_of_.emplace_back();
  return ep_.registers++;
}

std::uint16_t EpochCompiler::Emit(OpCode op, std::uint8_t aux, std::uint16_t a, std::uint16_t b) {
  const auto key = std::make_tuple(op, aux, a, b);
  if (const auto it = numbered_.find(key); it != numbered_.end()) return it->second;
  const bool dependent = OpReadsQuery(op) || (OpReadsA(op) && query_dependent_[a]) || (OpReadsB(op) && query_dependent_[b]);
  const std::uint16_t dst = NewReg(dependent);
  (dependent ? query_code_ : item_code_).push_back(Instr{op, aux, dst, a, b});
  numbered_.emplace(key, dst);
  return dst;
}

std::uint16_t EpochCompiler::ConstNum(const Rational& r) {
  const auto it = std::find(prog_.constants.begin(), prog_.constants.end(), r);
  const auto index = static_cast<std::size_t>(it - prog_.constants.begin());
  if (it == prog_.constants.end()) prog_.constants.push_back(r);
  const std::uint16_t reg = Emit(OpCode::kConstNum, 0, static_cast<std::uint16_t>(index), 0);
  const_num_[reg] = r;
  return reg;
}

std::uint16_t EpochCompiler::ConstBool(bool b) {
  const std::uint16_t reg = Emit(OpCode::kConstBool, b ? 1 : 0, 0, 0);
  const_bool_[reg] = b;
  return reg;
}

// Three-valued and/or with constant operands folded: false and x = false, true and x = x.
std::uint16_t EpochCompiler::Logic(OpCode op, std::uint16_t a, std::uint16_t b) {
  const bool absorbing = op == OpCode::kOr;
  if (const_bool_[a] == absorbing || const_bool_[b] == absorbing) return ConstBool(absorbing);
  if (const_bool_[a] == !absorbing) return b;
  if (const_bool_[b] == !absorbing) return a;
  if (a == b) return a;
  return Emit(op, 0, std::min(a, b), std::max(a, b));
}

// not(not x) is x in three-valued logic too (unknown stays unknown, with its reason).
std::uint16_t EpochCompiler::Not(std::uint16_t a) {
  if (const_bool_[a]) return ConstBool(!*const_bool_[a]);
  if (negation_of_[a]) return *negation_of_[a];
  const std::uint16_t r = Emit(OpCode::kNot, 0, a, 0);
  negation_of_[r] = a;
  return r;
}

std::uint16_t EpochCompiler::Binary(OpCode op, const std::vector<std::uint16_t>& regs, bool identity) {
  if (regs.empty()) return ConstBool(identity);
  std::uint16_t acc = regs[0];
  for (std::size_t i = 1; i < regs.size(); ++i) acc = Logic(op, acc, regs[i]);
  return acc;
}

std::uint16_t EpochCompiler::StringId(const std::string& s) {
  const auto it = std::find(prog_.strings.begin(), prog_.strings.end(), s);
  if (it != prog_.strings.end()) return static_cast<std::uint16_t>(it - prog_.strings.begin());
  prog_.strings.push_back(s);
  return static_cast<std::uint16_t>(prog_.strings.size() - 1);
}

std::uint16_t EpochCompiler::StringSet(std::vector<std::string> strings) {
  std::vector<std::int32_t> ids;
  for (auto& s : strings) {
    const auto it = std::find(prog_.strings.begin(), prog_.strings.end(), s);
    ids.push_back(static_cast<std::int32_t>(it - prog_.strings.begin()));
    if (it == prog_.strings.end()) prog_.strings.push_back(std::move(s));
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
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
      if (n.index == static_cast<std::uint32_t>(ItemAttr::kMassMarketEncryption)) return Emit(OpCode::kLoadMassMarket, 0, 0, 0);
      return Emit(OpCode::kLoadBool, 0, 0, 0);  // datacenter; string attributes compile in Compare/In
    case NodeOp::kDense: return Emit(OpCode::kLoadDense, static_cast<std::uint8_t>(p), 0, 0);
    case NodeOp::kInput: return Emit(OpCode::kLoadInput, static_cast<std::uint8_t>(n.index), 0, 0);  // bool inputs
    case NodeOp::kTable: return Compile(m_.tables[n.index].values[static_cast<std::size_t>(p)]);
    case NodeOp::kMetric: return metric_reg_[n.index];
    case NodeOp::kEccn: return ep_.eccn_reg[n.index] == kNoReg ? ConstBool(false) : ep_.eccn_reg[n.index];
    case NodeOp::kContains:
      if (ep_.eccn_reg[n.index] == kNoReg) return ConstBool(false);
      return Emit(OpCode::kContains, 0, static_cast<std::uint16_t>(n.index), 0);
    case NodeOp::kNot: return Not(Compile(n.children[0], p));
    case NodeOp::kNegate: return Emit(OpCode::kArith, '-', ConstNum(Rational(0)), Compile(n.children[0], p));
    case NodeOp::kAnd:
    case NodeOp::kOr: {
      std::vector<std::uint16_t> regs;
      for (const auto c : n.children) regs.push_back(Compile(c, p));
      return Binary(n.op == NodeOp::kAnd ? OpCode::kAnd : OpCode::kOr, regs, n.op == NodeOp::kAnd);
    }
    case NodeOp::kArith: {
      const std::uint16_t a = Compile(n.children[0], p);
      const std::uint16_t b = Compile(n.children[1], p);
      if (const_num_[a] && const_num_[b]) {
        const auto r = n.arith == '+' ? Rational::Add(*const_num_[a], *const_num_[b])
                       : n.arith == '-' ? Rational::Sub(*const_num_[a], *const_num_[b])
                       : n.arith == '*' ? Rational::Mul(*const_num_[a], *const_num_[b])
                                        : Rational::Div(*const_num_[a], *const_num_[b]);
        if (r) return ConstNum(*r);
      }
      return Emit(OpCode::kArith, static_cast<std::uint8_t>(n.arith), a, b);
    }
    case NodeOp::kCompare: return Compare(n, p);
    case NodeOp::kIn: return In(n, p);
    case NodeOp::kAggregate: return Aggregate(n);
    default: break;
  }
  throw std::logic_error("node kind cannot be compiled as a value");
}

// The checker admits only transaction names, so every text has a value.
std::uint16_t EpochCompiler::TransactionMask(const std::vector<std::string>& names) {
  std::uint16_t mask = 0;
  for (const auto& name : names) {
    if (const auto t = TransactionByName(name)) mask = static_cast<std::uint16_t>(mask | (1U << static_cast<unsigned>(*t)));
  }
  return mask;
}

std::uint16_t EpochCompiler::Compare(const Node& n, int p) {
  std::vector<std::uint16_t> pairs;
  for (std::size_t i = 0; i < n.cmps.size(); ++i) {
    const Node& a = m_.node(n.children[i]);
    const Node& b = m_.node(n.children[i + 1]);
    const bool equal = n.cmps[i] == CmpOp::kEq;
    if (a.type == Type::kString) {
      pairs.push_back(a.op == NodeOp::kConstString ? StringCompare(b, a, equal) : StringCompare(a, b, equal));
      continue;
    }
    const std::uint16_t ra = Compile(n.children[i], p);
    const std::uint16_t rb = Compile(n.children[i + 1], p);
    if (a.type == Type::kBool) {
      if (const_bool_[ra] && const_bool_[rb]) {
        pairs.push_back(ConstBool((*const_bool_[ra] == *const_bool_[rb]) == equal));
      } else {
        pairs.push_back(Emit(OpCode::kEqBool, equal ? 0 : 1, ra, rb));
      }
    } else if (const_num_[ra] && const_num_[rb]) {
      pairs.push_back(ConstBool(Holds(*const_num_[ra], n.cmps[i], *const_num_[rb])));
    } else {
      pairs.push_back(Emit(OpCode::kCmp, static_cast<std::uint8_t>(n.cmps[i]), ra, rb));
    }
  }
  return Binary(OpCode::kAnd, pairs, true);
}

// The checker admits string comparisons of an item attribute with a literal, or of two literals.
std::uint16_t EpochCompiler::StringCompare(const Node& attr, const Node& constant, bool equal) {
  if (attr.op == NodeOp::kConstString) return ConstBool((attr.text == constant.text) == equal);
  if (attr.op == NodeOp::kInput) {
    const std::uint16_t in = Emit(OpCode::kInputIn, static_cast<std::uint8_t>(attr.index), TransactionMask({constant.text}), 0);
    return equal ? in : Not(in);
  }
  const std::uint16_t in = Emit(OpCode::kStrIn, static_cast<std::uint8_t>(attr.index), StringSet({constant.text}), 0);
  return equal ? in : Not(in);
}

namespace {

// The members of a string collection (literals, sets, unions, differences).
std::vector<std::string> StringMembers(const Model& m, NodeId id) {
  const Node& n = m.node(id);
  switch (n.op) {
    case NodeOp::kStringLiteral: return n.strings;
    case NodeOp::kSet: return StringMembers(m, m.sets[n.index].body);
    case NodeOp::kUnion: {
      auto a = StringMembers(m, n.children[0]);
      const auto b = StringMembers(m, n.children[1]);
      a.insert(a.end(), b.begin(), b.end());
      return a;
    }
    case NodeOp::kDifference: {
      auto a = StringMembers(m, n.children[0]);
      const auto b = StringMembers(m, n.children[1]);
      a.erase(std::remove_if(a.begin(), a.end(), [&](const std::string& s) { return std::find(b.begin(), b.end(), s) != b.end(); }), a.end());
      return a;
    }
    default: return {};
  }
}

}  // namespace

std::uint16_t EpochCompiler::In(const Node& n, int /*precision*/) {
  const Node& lhs = m_.node(n.children[0]);
  if (lhs.type == Type::kCountry) {
    ep_.masks.push_back(ResolveCountries(m_, n.children[1], date_));
    const auto mask = static_cast<std::uint16_t>(std::find(ep_.masks.begin(), ep_.masks.end(), ep_.masks.back()) - ep_.masks.begin());
    if (mask != ep_.masks.size() - 1) ep_.masks.pop_back();
    return Emit(OpCode::kCountryIn, static_cast<std::uint8_t>(lhs.index), mask, 0);
  }
  const std::vector<std::string> members = StringMembers(m_, n.children[1]);
  if (lhs.op == NodeOp::kConstString) return ConstBool(std::find(members.begin(), members.end(), lhs.text) != members.end());
  if (lhs.op == NodeOp::kInput) return Emit(OpCode::kInputIn, static_cast<std::uint8_t>(lhs.index), TransactionMask(members), 0);
  return Emit(OpCode::kStrIn, static_cast<std::uint8_t>(lhs.index), StringSet(members), 0);
}

// max(dense_tops[p] * table[p]) with a constant table: one instruction instead of forty.
std::optional<std::uint16_t> EpochCompiler::WeightedAggregate(const Node& n, std::uint8_t mode) {
  const Node& body = m_.node(n.children[0]);
  if (body.op != NodeOp::kArith || body.arith != '*') return std::nullopt;
  const Node& x = m_.node(body.children[0]);
  const Node& y = m_.node(body.children[1]);
  const Node* table = x.op == NodeOp::kDense && y.op == NodeOp::kTable ? &y : y.op == NodeOp::kDense && x.op == NodeOp::kTable ? &x : nullptr;
  if (table == nullptr) return std::nullopt;
  std::array<Rational, kPrecisionCount> weights{};
  for (std::size_t p = 0; p < kPrecisionCount; ++p) {
    const std::uint16_t w = Compile(m_.tables[table->index].values[p]);
    if (!const_num_[w]) return std::nullopt;
    weights[p] = *const_num_[w];
  }
  const auto it = std::find(prog_.weights.begin(), prog_.weights.end(), weights);
  const auto index = static_cast<std::size_t>(it - prog_.weights.begin());
  if (it == prog_.weights.end()) prog_.weights.push_back(weights);
  return Emit(OpCode::kWeighted, mode, static_cast<std::uint16_t>(index), 0);
}

std::uint16_t EpochCompiler::Aggregate(const Node& n) {
  const std::uint8_t mode = n.aggregate == Aggregate::kMax ? 0 : n.aggregate == Aggregate::kMin ? 1 : 2;
  if (const auto fused = WeightedAggregate(n, mode)) return *fused;
  const std::uint16_t acc = NewReg(false);
  item_code_.push_back(Instr{OpCode::kAggInit, 0, acc, 0, 0});
  for (std::size_t p = 0; p < kPrecisionCount; ++p) {
    const std::uint16_t term = Compile(n.children[0], static_cast<int>(p));
    item_code_.push_back(Instr{OpCode::kAggStep, mode, acc, term, 0});
  }
  item_code_.push_back(Instr{OpCode::kAggDone, 0, acc, 0, 0});
  return acc;
}

void EpochCompiler::CompileEccn(std::uint32_t e) {
  const EccnSym& sym = m_.eccns[e];
  std::vector<std::uint16_t> rules;
  bool defined = false;
  for (const auto r : sym.rules) {
    const ClassifyRule& rule = m_.classify_rules[r];
    if (!InForce(rule.info)) continue;
    defined = true;
    std::uint16_t holds = Compile(rule.when);
    if (rule.unless) holds = Logic(OpCode::kAnd, holds, Not(Compile(*rule.unless)));
    rules.push_back(holds);
  }
  if (!defined) return;  // not defined in this epoch: references read `false`
  std::uint16_t holds = Binary(OpCode::kOr, rules, false);
  std::vector<std::uint16_t> notes;
  for (const auto n : sym.notes) {
    if (InForce(m_.notes[n].info)) notes.push_back(Compile(m_.notes[n].when));
  }
  if (!notes.empty()) holds = Logic(OpCode::kAnd, holds, Not(Binary(OpCode::kOr, notes, false)));
  ep_.eccn_reg[e] = holds;
}

void EpochCompiler::CompileRequirements() {
  for (std::uint32_t r = 0; r < m_.requirements.size(); ++r) {
    const RequireRule& rule = m_.requirements[r];
    if (!InForce(rule.info)) continue;
    std::vector<std::uint16_t> parts;
    if (!rule.letter_vendor.empty()) {
      parts.push_back(Emit(OpCode::kExporterIs, 0, StringId(rule.letter_vendor), 0));
    }
    if (!rule.eccns.empty()) {
      std::vector<std::uint16_t> any;
      for (const auto e : rule.eccns) any.push_back(ep_.eccn_reg[e] == kNoReg ? ConstBool(false) : ep_.eccn_reg[e]);
      parts.push_back(Binary(OpCode::kOr, any, false));
    }
    if (rule.when) parts.push_back(Compile(*rule.when));
    RequirementCode code{r, Binary(OpCode::kAnd, parts, true), {}, {}};
    for (const auto& arm : rule.review) code.arms.push_back({arm.policy, arm.when ? Compile(*arm.when) : kNoReg});
    ep_.requirements.push_back(std::move(code));
  }
  for (std::uint32_t i = 0; i < m_.overrides.size(); ++i) {
    const OverrideRule& o = m_.overrides[i];
    if (InForce(o.info)) ep_.overrides.push_back({i, o.of, o.policy, Compile(o.when)});
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
  CompileRequirements();
  EliminateDeadCode();
}

}  // namespace chipgate::compile
