// Reading thresholds out of an explanation tree (see headroom_detail.hpp): every comparison node
// with exact values on both sides, one side a quantity of the item and the other a constant,
// named after the rule it belongs to and turned so that the quantity reads first.
#include <algorithm>

#include "vendor/headroom_detail.hpp"

namespace chipgate::vendor {
namespace {

// `a op b` read from the other side: `2400 <= tpp` is `tpp >= 2400`.
CmpOp Mirror(CmpOp op) {
  switch (op) {
    case CmpOp::kLt: return CmpOp::kGt;
    case CmpOp::kLe: return CmpOp::kGe;
    case CmpOp::kGt: return CmpOp::kLt;
    case CmpOp::kGe: return CmpOp::kLe;
    default: return op;
  }
}

std::string Paragraph(const Model& model, const std::string& rule_id) {
  for (const auto& r : model.classify_rules) {
    if (r.info.id == rule_id) return model.eccns[r.eccn].name;
  }
  return rule_id;
}

bool OffParam(const Model& model, const ParamValues& params, NodeId id) {
  const Node& n = model.node(id);
  return n.op == NodeOp::kParam && model.params[n.index].type == Type::kBool && !params.bools[n.index];
}

// The condition cannot hold: a false bool param, or a conjunction with one.
bool SwitchedOff(const Model& model, const ParamValues& params, NodeId when) {
  if (OffParam(model, params, when)) return true;
  const Node& n = model.node(when);
  return n.op == NodeOp::kAnd && std::any_of(n.children.begin(), n.children.end(), [&](NodeId c) { return SwitchedOff(model, params, c); });
}

class Collector {
 public:
  Collector(const Model& model, const OperandIndex& operands, const std::vector<Spec>& specs, const std::set<std::string>& switched_off)
      : model_(model), operands_(operands), specs_(specs), switched_off_(switched_off) {}

  // `rule_value`: unknown while every enclosing rule (or classification) node is undecided; a
  // missing operand matters only then.
  void Walk(const Explanation& e, const std::string& section, const std::string& rule_id, Tri rule_value) {
    const bool is_rule = !e.rule_id.empty();
    if (is_rule && switched_off_.count(e.rule_id) > 0) return;
    const std::string& rule = is_rule ? e.rule_id : rule_id;
    const Tri value = e.kind == ExplainKind::kRule && rule_value == Tri::kUnknown ? e.value : rule_value;
    if (e.kind == ExplainKind::kComparison && e.comparison) Add(*e.comparison, e, section, rule, value);
    for (const auto& c : e.children) Walk(c, section, rule, value);
  }

  std::vector<FoundThreshold> Take() { return std::move(found_); }
  std::vector<std::string> undecided;

 private:
  std::vector<Spec> SpecsOf(const std::optional<NodeId>& node) const {
    std::vector<Spec> out;
    if (!node) return out;
    for (const auto& s : specs_) {
      if (DependsOn(model_, *node, s)) out.push_back(s);
    }
    return out;
  }

  void Add(const Comparison& c, const Explanation& e, const std::string& section, const std::string& rule, Tri rule_value) {
    const auto lhs_node = operands_.Find(c.lhs_text);
    const auto rhs_node = operands_.Find(c.rhs_text);
    const std::vector<Spec> lhs_specs = SpecsOf(lhs_node);
    const std::vector<Spec> rhs_specs = SpecsOf(rhs_node);
    if (lhs_specs.empty() == rhs_specs.empty()) return;  // no quantity of the item, or one on each side
    if (!c.lhs || !c.rhs) {
      if (rule_value != Tri::kUnknown) return;
      std::string missing;
      for (const auto& m : e.missing) missing += (missing.empty() ? "" : ", ") + m;
      const std::string paragraph = Paragraph(model_, rule);
      std::string text = (paragraph == rule ? rule : paragraph + " (" + rule + ")") + ": " + e.label + " is undecided (missing: " + missing + ")";
      if (std::find(undecided.begin(), undecided.end(), text) == undecided.end()) undecided.push_back(std::move(text));
      return;
    }
    const bool left = !lhs_specs.empty();
    FoundThreshold f;
    Threshold& t = f.threshold;
    t.section = section;
    t.rule_id = rule;
    t.paragraph = Paragraph(model_, rule);
    t.quantity = left ? c.lhs_text : c.rhs_text;
    t.op = left ? c.op : Mirror(c.op);
    t.limit_text = left ? c.rhs_text : c.lhs_text;
    t.value = left ? *c.lhs : *c.rhs;
    t.limit = left ? *c.rhs : *c.lhs;
    t.unit = c.unit;
    t.holds = c.result == Tri::kTrue;
    t.specs = left ? lhs_specs : rhs_specs;
    f.quantity = left ? *lhs_node : *rhs_node;
    const bool seen = std::any_of(found_.begin(), found_.end(), [&](const FoundThreshold& o) {
      return o.threshold.rule_id == t.rule_id && o.threshold.quantity == t.quantity && o.threshold.op == t.op &&
             o.threshold.limit == t.limit;
    });
    if (!seen) found_.push_back(std::move(f));
  }

  const Model& model_;
  const OperandIndex& operands_;
  const std::vector<Spec>& specs_;
  const std::set<std::string>& switched_off_;
  std::vector<FoundThreshold> found_;
};

}  // namespace

std::set<std::string> SwitchedOffRules(const Model& model, const ParamValues& params) {
  std::set<std::string> out;
  auto check = [&](const RuleInfo& info, std::optional<NodeId> when) {
    if (when && SwitchedOff(model, params, *when)) out.insert(info.id);
  };
  for (const auto& r : model.classify_rules) check(r.info, r.when);
  for (const auto& r : model.notes) check(r.info, r.when);
  for (const auto& r : model.requirements) check(r.info, r.when);
  for (const auto& r : model.overrides) check(r.info, r.when);
  for (const auto& r : model.exceptions) check(r.info, r.when);
  return out;
}

std::vector<FoundThreshold> CollectThresholds(const Model& model, const OperandIndex& operands, const Explanation& root,
                                              const std::vector<Spec>& specs, const char* only_section,
                                              const std::set<std::string>& switched_off, std::vector<std::string>* undecided) {
  Collector collector(model, operands, specs, switched_off);
  for (const auto& section : root.children) {
    if (section.label == "metrics") continue;
    if (only_section != nullptr && section.label != only_section) continue;
    collector.Walk(section, section.label, "", Tri::kUnknown);
  }
  if (undecided != nullptr) *undecided = std::move(collector.undecided);
  return collector.Take();
}

}  // namespace chipgate::vendor
