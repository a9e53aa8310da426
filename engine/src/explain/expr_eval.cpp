// Expression values under three-valued logic, with explanation nodes on request.
//
// and: false if any operand is false, else unknown if any is unknown, else true (or dually).
// Arithmetic and comparisons over an unknown are unknown. Unknown values carry the names of the
// inputs that were missing, so an indeterminate decision can say what to supply.
#include <fmt/format.h>

#include "explain/evaluator.hpp"

namespace chipgate::explain {
namespace {


// "2368 is 32 below 2400" — the margin under the regulation's own arithmetic.
std::string MarginText(const Comparison& c) {
  if (!c.lhs || !c.rhs) return fmt::format("`{}` is unknown", !c.lhs ? c.lhs_text : c.rhs_text);
  const auto diff = Rational::Sub(*c.lhs, *c.rhs);
  const std::string unit = c.unit.empty() || c.unit == "1" ? "" : " " + c.unit;
  if (!diff) return fmt::format("{} vs {}", Show(*c.lhs), Show(*c.rhs));
  if (diff->IsZero()) return fmt::format("{} = {}{} equals the threshold", c.lhs_text, Show(*c.lhs), unit);
  const Rational abs = diff->IsNegative() ? *Rational::Sub(Rational(0), *diff) : *diff;
  return fmt::format("{} = {}{} is {} {} {}", c.lhs_text, Show(*c.lhs), unit, Show(abs),
                     diff->IsNegative() ? "below" : "above", Show(*c.rhs));
}



}  // namespace

Value Evaluator::Eval(NodeId id, std::size_t item, Explanation* out, std::optional<Precision> p) {
  const Node& n = model_.node(id);
  switch (n.op) {
    case NodeOp::kAnd:
    case NodeOp::kOr:
    case NodeOp::kNot: return EvalLogic(n, item, out, p);
    case NodeOp::kCompare: return EvalCompare(n, item, out, p);
    case NodeOp::kIn: return EvalIn(n, item, out, p);
    case NodeOp::kAggregate: return EvalAggregate(n, item, out);
    case NodeOp::kArith:
    case NodeOp::kNegate: return EvalArith(n, item, out, p);
    case NodeOp::kContains: return EvalContains(n, item, out);
    default: return EvalScalar(n, item, out, p);
  }
}

Value Evaluator::InputValue(Input input) const {
  Value v;
  switch (input) {
    case Input::kDestination:
    case Input::kEndUserHq:
    case Input::kExporterHq: {
      const std::optional<CountryCode> c = input == Input::kDestination ? std::optional<CountryCode>(query_->destination)
                                           : input == Input::kEndUserHq ? query_->end_user_hq
                                                                        : query_->exporter_hq;
      if (!c) return Value::Missing(InputName(input));
      v.truth = Tri::kTrue;
      v.country = Treated(*c);
      return v;
    }
    case Input::kTransaction:
      v.truth = Tri::kTrue;
      v.text = TransactionName(query_->transaction);
      return v;
    case Input::kUaeApprovedEntity: return Value::Bool(query_->uae_approved_entity);
    case Input::kCount: break;
    default: {
      const auto stated = query_->EndUseStated(static_cast<EndUse>(static_cast<std::size_t>(input) - static_cast<std::size_t>(Input::kMilitaryEndUse)));
      if (!stated) return Value::Missing(InputName(input));
      return Value::Bool(*stated);
    }
  }
  return v;
}

Value Evaluator::Attr(const Item& it, ItemAttr attr) const {
  Value v;
  v.truth = Tri::kTrue;
  switch (attr) {
    case ItemAttr::kDatacenter:
      if (!it.datacenter) return Value::Missing("datacenter");
      return Value::Bool(*it.datacenter);
    case ItemAttr::kKind: v.kind = it.kind; return v;
    case ItemAttr::kVendor: v.text = it.vendor; return v;
    case ItemAttr::kId: v.text = it.id; return v;
    case ItemAttr::kName: v.text = it.name; return v;
    case ItemAttr::kMemoryType:
      if (it.memory_type.empty()) return Value::Missing("memory_type");
      v.text = it.memory_type;
      return v;
    case ItemAttr::kVendorEccn: v.text = it.vendor_eccn; return v;  // "" when the vendor states none
    case ItemAttr::kMassMarketEncryption: return Value::Bool(it.mass_market_encryption.value_or(false));
  }
  return v;
}

Value Evaluator::EvalScalar(const Node& n, std::size_t item, Explanation* out, std::optional<Precision> p) {
  const Item& it = catalog_.items()[item];
  Value v;
  switch (n.op) {
    case NodeOp::kConstBool: v = Value::Bool(n.boolean); break;
    case NodeOp::kConstNumber: v = Value::Number(n.number); break;
    case NodeOp::kConstString: v.truth = Tri::kTrue; v.text = n.text; break;
    case NodeOp::kConstKind: v.truth = Tri::kTrue; v.kind = static_cast<ItemKind>(n.index); break;
    case NodeOp::kParam:
      v = model_.params[n.index].type == Type::kBool ? Value::Bool(params_.bools[n.index]) : Value::Number(params_.numbers[n.index]);
      break;
    case NodeOp::kNumberField: {
      const auto& f = it.number(static_cast<NumberField>(n.index));
      v = f ? Value::Number(*f) : Value::Missing(std::string(InfoOf(static_cast<NumberField>(n.index)).key));
      break;
    }
    case NodeOp::kAttr: v = Attr(it, static_cast<ItemAttr>(n.index)); break;
    case NodeOp::kDense: {
      const auto& d = it.dense(*p);
      if (d) {
        v = Value::Number(*d);
      } else {
        v.skip = true;
      }
      break;
    }
    case NodeOp::kTable: return Eval(model_.tables[n.index].values[static_cast<std::size_t>(*p)], item, nullptr);
    case NodeOp::kMetric: v = Metric(item, n.index); break;
    case NodeOp::kEccn: v = Eccn(item, n.index); break;
    case NodeOp::kInput: v = InputValue(static_cast<Input>(n.index)); break;
    default: break;
  }
  const bool bool_input = n.op == NodeOp::kInput && n.type == Type::kBool;
  if (out != nullptr && (n.op == NodeOp::kEccn || n.op == NodeOp::kAttr || n.op == NodeOp::kParam || bool_input)) {
    Explanation e;
    e.kind = n.op == NodeOp::kAttr ? ExplainKind::kAttribute : ExplainKind::kReference;
    e.node = static_cast<NodeId>(&n - model_.nodes.data());
    e.label = n.source;
    e.value = v.number || v.kind || !v.text.empty() ? (v.known() ? Tri::kTrue : Tri::kUnknown) : v.truth;
    e.missing = v.missing;
    if (n.op == NodeOp::kEccn) {
      e.detail = fmt::format("{} {}", n.source, v.truth == Tri::kTrue ? "holds" : v.truth == Tri::kFalse ? "does not hold" : "is undecided");
    }
    if (bool_input) {
      e.kind = ExplainKind::kAttribute;
      e.detail = fmt::format("{}: {}", n.source, v.truth == Tri::kTrue ? "yes" : v.truth == Tri::kFalse ? "no" : "not stated");
    }
    if (n.op == NodeOp::kAttr && n.index == static_cast<std::uint32_t>(ItemAttr::kDatacenter) && v.known()) {
      e.detail = v.truth == Tri::kTrue ? "designed or marketed for datacenters" : "not designed or marketed for datacenters";
    }
    if (n.op == NodeOp::kAttr && n.index == static_cast<std::uint32_t>(ItemAttr::kMassMarketEncryption)) {
      const auto& stated = catalog_.items()[item].mass_market_encryption;
      e.detail = !stated ? "no mass-market encryption classification (740.17(b)) recorded"
                 : *stated ? "classified as a mass-market encryption commodity (740.17(b))"
                           : "not a mass-market encryption commodity";
    }
    if (n.op == NodeOp::kAttr && n.index == static_cast<std::uint32_t>(ItemAttr::kVendorEccn) && v.text.empty()) {
      e.detail = "vendor_eccn: no vendor statement recorded";
    }
    if (n.op == NodeOp::kAttr && v.known() && (v.kind || !v.text.empty())) {
      e.detail = fmt::format("{} = {}", n.source, v.kind ? std::string(ItemKindKey(*v.kind)) : v.text);
    }
    out->children.push_back(std::move(e));
  }
  return v;
}

Value Evaluator::EvalLogic(const Node& n, std::size_t item, Explanation* out, std::optional<Precision> p) {
  Explanation local;
  Explanation* sub = nullptr;
  if (out != nullptr) {
    sub = &local;
    local.children.reserve(n.children.size());  // Explanation is large: moving it on growth shows
  }
  Value result;
  if (n.op == NodeOp::kNot) {
    const Value v = Eval(n.children[0], item, sub, p);
    result.truth = v.truth == Tri::kUnknown ? Tri::kUnknown : v.truth == Tri::kTrue ? Tri::kFalse : Tri::kTrue;
    result.missing = v.missing;
  } else {
    const bool is_and = n.op == NodeOp::kAnd;
    const Tri absorbing = is_and ? Tri::kFalse : Tri::kTrue;
    result.truth = is_and ? Tri::kTrue : Tri::kFalse;
    std::vector<std::string> unknown_missing;
    for (const auto c : n.children) {
      const Value v = Eval(c, item, sub, p);
      if (v.truth == absorbing) {
        result.truth = absorbing;
      } else if (v.truth == Tri::kUnknown && result.truth != absorbing) {
        result.truth = Tri::kUnknown;
      }
      if (v.truth == Tri::kUnknown) MergeMissing(unknown_missing, v.missing);
    }
    if (result.truth == Tri::kUnknown) result.missing = unknown_missing;
  }
  if (out != nullptr) {
    local.node = static_cast<NodeId>(&n - model_.nodes.data());
    local.label = n.source;
    local.value = result.truth;
    local.missing = result.missing;
    out->children.push_back(std::move(local));
  }
  return result;
}

Value Evaluator::EvalArith(const Node& n, std::size_t item, Explanation* out, std::optional<Precision> p) {
  Value a = Eval(n.children[0], item, nullptr, p);
  Value b = n.op == NodeOp::kNegate ? Value::Number(Rational(0)) : Eval(n.children[1], item, nullptr, p);
  if (n.op == NodeOp::kNegate) std::swap(a, b);  // 0 - x
  Value v;
  if (a.skip || b.skip) {
    v.skip = true;
    return v;
  }
  if (!a.known() || !b.known()) {
    MergeMissing(v.missing, a.missing);
    MergeMissing(v.missing, b.missing);
    return v;
  }
  const char op = n.op == NodeOp::kNegate ? '-' : n.arith;
  const auto r = op == '+' ? Rational::Add(*a.number, *b.number)
               : op == '-' ? Rational::Sub(*a.number, *b.number)
               : op == '*' ? Rational::Mul(*a.number, *b.number)
                           : Rational::Div(*a.number, *b.number);
  if (!r) return Value::Missing(op == '/' && b.number->IsZero() ? "division by zero" : "arithmetic overflow");
  (void)out;
  return Value::Number(*r);
}

Value Evaluator::EvalAggregate(const Node& n, std::size_t item, Explanation* out) {
  Value result;
  bool any = false;
  for (std::size_t i = 0; i < kPrecisionCount; ++i) {
    const Value term = Eval(n.children[0], item, nullptr, static_cast<Precision>(i));
    if (term.skip) continue;
    if (!term.known()) {
      MergeMissing(result.missing, term.missing);
      result.truth = Tri::kUnknown;
      result.number.reset();
      any = true;
      continue;
    }
    if (!result.missing.empty()) continue;
    if (!any) {
      result = term;
    } else if (n.aggregate == Aggregate::kMax) {
      if (*term.number > *result.number) result.number = term.number;
    } else if (n.aggregate == Aggregate::kMin) {
      if (*term.number < *result.number) result.number = term.number;
    } else {
      const auto sum = Rational::Add(*result.number, *term.number);
      if (!sum) return Value::Missing("arithmetic overflow");
      result.number = sum;
    }
    any = true;
  }
  if (!any) return Value::Missing("dense_tops");
  (void)out;
  return result;
}

Value Evaluator::EvalCompare(const Node& n, std::size_t item, Explanation* out, std::optional<Precision> p) {
  // Operands pairwise (a chain `a < b < c` compares neighbours): no vector of values per compare.
  Value next = Eval(n.children[0], item, nullptr, p);
  Value result = Value::Bool(true);
  std::vector<std::string> unknown_missing;
  if (out != nullptr) out->children.reserve(out->children.size() + n.cmps.size());
  for (std::size_t i = 0; i < n.cmps.size(); ++i) {
    const Value a = std::move(next);
    next = Eval(n.children[i + 1], item, nullptr, p);
    const Value& b = next;
    Tri t = Tri::kUnknown;
    if (a.known() && b.known()) {
      bool r = false;
      if (a.number && b.number) {
        r = Holds(*a.number, n.cmps[i], *b.number);
      } else {
        const bool equal = a.kind ? a.kind == b.kind : a.number ? false : a.truth == b.truth && a.text == b.text;
        r = n.cmps[i] == CmpOp::kEq ? equal : !equal;
      }
      t = r ? Tri::kTrue : Tri::kFalse;
    } else {
      MergeMissing(unknown_missing, a.missing);
      MergeMissing(unknown_missing, b.missing);
    }
    result.truth = TriAnd(result.truth, t);
    if (out != nullptr) {
      const Node& ln = model_.node(n.children[i]);
      const Node& rn = model_.node(n.children[i + 1]);
      Explanation e;
      e.kind = ln.type == Type::kNumber ? ExplainKind::kComparison
               : ln.type == Type::kKind || rn.type == Type::kKind ? ExplainKind::kKindTest
                                                                  : ExplainKind::kAttribute;
      e.node = static_cast<NodeId>(&n - model_.nodes.data());
      e.label = ln.source + " " + CmpOpText(n.cmps[i]) + " " + rn.source;
      e.value = t;
      if (ln.type == Type::kNumber) {
        // Always describe the measured value against the threshold: `2400 <= tpp` reads as
        // "tpp = 2899.2 is 499.2 above 2400", with the operator seen from tpp's side (>=).
        const bool flip = ln.op == NodeOp::kConstNumber && rn.op != NodeOp::kConstNumber;
        const NodeId lid = n.children[i];
        const NodeId rid = n.children[i + 1];
        Comparison c = flip ? Comparison{rn.source, ln.source, b.number, a.number, MirrorCmp(n.cmps[i]), rn.unit.ToString(), t, rid, lid}
                            : Comparison{ln.source, rn.source, a.number, b.number, n.cmps[i], ln.unit.ToString(), t, lid, rid};
        e.detail = MarginText(c);
        e.comparison = c;
      } else if (a.known() && b.known()) {
        e.detail = fmt::format("{} = {}", ln.source, a.kind ? std::string(ItemKindKey(*a.kind)) : !a.text.empty() ? a.text : TriName(a.truth));
      }
      if (t == Tri::kUnknown) {
        MergeMissing(e.missing, a.missing);
        MergeMissing(e.missing, b.missing);
      }
      out->children.push_back(std::move(e));
    }
  }
  if (result.truth == Tri::kUnknown) result.missing = unknown_missing;
  return result;
}

Value Evaluator::EvalIn(const Node& n, std::size_t item, Explanation* out, std::optional<Precision> p) {
  const Value lhs = Eval(n.children[0], item, nullptr, p);
  Value v;
  if (!lhs.known()) {
    v.missing = lhs.missing;
  } else if (lhs.country) {
    v = Value::Bool(InCountrySet(n.children[1], *lhs.country));
  } else {
    v = Value::Bool(InStrings(n.children[1], lhs.text));
  }
  if (out != nullptr) {
    Explanation e;
    e.kind = lhs.country ? ExplainKind::kMembership : ExplainKind::kAttribute;
    e.node = static_cast<NodeId>(&n - model_.nodes.data());
    e.label = n.source;
    e.value = v.truth;
    e.missing = v.missing;
    const Node& ln = model_.node(n.children[0]);
    const Node& rn = model_.node(n.children[1]);
    if (lhs.country) {
      e.detail = fmt::format("{} {} ({}) is {}in {} on {}", ln.source, lhs.country->ToString(), lhs.country->Name(),
                             v.truth == Tri::kTrue ? "" : "not ", rn.source, date_.ToString());
    } else if (lhs.known()) {
      e.detail = fmt::format("{} \"{}\" is {}in {}", ln.source, lhs.text, v.truth == Tri::kTrue ? "" : "not ", rn.source);
    }
    out->children.push_back(std::move(e));
  }
  return v;
}

Value Evaluator::EvalContains(const Node& n, std::size_t item, Explanation* out) {
  const Item& it = catalog_.items()[item];
  Value result = Value::Bool(false);
  std::vector<std::string> names;
  for (const auto& c : it.contains) {
    const auto child = catalog_.IndexOf(c.item);
    if (!child) continue;  // the loader guarantees references resolve
    const Value v = Eccn(*child, n.index);
    if (v.truth == Tri::kTrue) {
      result.truth = Tri::kTrue;
      names.push_back(c.item);
    } else if (v.truth == Tri::kUnknown && result.truth != Tri::kTrue) {
      result.truth = Tri::kUnknown;
      MergeMissing(result.missing, v.missing);
    }
  }
  if (result.truth == Tri::kTrue) result.missing.clear();
  if (out != nullptr) {
    Explanation e;
    e.kind = ExplainKind::kReference;
    e.node = static_cast<NodeId>(&n - model_.nodes.data());
    e.label = n.source;
    e.value = result.truth;
    e.missing = result.missing;
    std::string list;
    for (const auto& c : it.contains) list += (list.empty() ? "" : ", ") + fmt::format("{} x {}", c.count, c.item);
    e.detail = it.contains.empty() ? "contains no items" : fmt::format("contains {}", list);
    out->children.push_back(std::move(e));
  }
  return result;
}

}  // namespace chipgate::explain
