// Reading thresholds out of an explanation tree (see headroom_detail.hpp): every comparison node
// with exact values on both sides, one side a quantity of the item and the other a constant,
// named after the rule it belongs to and turned so that the quantity reads first.
#include <algorithm>

#include "analysis/headroom_detail.hpp"

namespace chipgate::analysis {
namespace {


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
  Collector(const Model& model, const std::vector<Spec>& specs, const std::set<std::string>& switched_off)
      : model_(model), specs_(specs), switched_off_(switched_off) {}

  // `rule_value`: unknown while every enclosing rule (or classification) node is undecided; a
  // missing operand matters only then.
  void Walk(const Explanation& e, ExplainSection section, const std::string& rule_id, Tri rule_value) {
    const bool is_rule = !e.rule_id.empty();
    if (is_rule && switched_off_.count(e.rule_id) > 0) return;
    const std::string& rule = is_rule ? e.rule_id : rule_id;
    const bool decides = e.kind == ExplainKind::kRule || e.kind == ExplainKind::kEccn;
    const Tri value = decides && rule_value == Tri::kUnknown ? e.value : rule_value;
    if (e.kind == ExplainKind::kComparison && e.comparison) Add(*e.comparison, e, section, rule, value);
    for (const auto& c : e.children) Walk(c, section, rule, value);
  }

  std::vector<FoundThreshold> Take() { return std::move(found_); }
  std::vector<std::string> undecided;

 private:
  std::vector<Spec> SpecsOf(NodeId node) const {
    std::vector<Spec> out;
    if (node == kNoNode) return out;
    for (const auto& s : specs_) {
      if (DependsOn(model_, node, s)) out.push_back(s);
    }
    return out;
  }

  void Add(const Comparison& c, const Explanation& e, ExplainSection section, const std::string& rule, Tri rule_value) {
    const std::vector<Spec> lhs_specs = SpecsOf(c.lhs_node);
    const std::vector<Spec> rhs_specs = SpecsOf(c.rhs_node);
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
    t.op = left ? c.op : MirrorCmp(c.op);
    t.limit_text = left ? c.rhs_text : c.lhs_text;
    t.value = left ? *c.lhs : *c.rhs;
    t.limit = left ? *c.rhs : *c.lhs;
    t.unit = c.unit;
    t.holds = c.result == Tri::kTrue;
    t.specs = left ? lhs_specs : rhs_specs;
    f.quantity = left ? c.lhs_node : c.rhs_node;
    const bool seen = std::any_of(found_.begin(), found_.end(), [&](const FoundThreshold& o) {
      return o.threshold.rule_id == t.rule_id && o.quantity == f.quantity && o.threshold.op == t.op && o.threshold.limit == t.limit;
    });
    if (!seen) found_.push_back(std::move(f));
  }

  const Model& model_;
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

std::vector<FoundThreshold> CollectThresholds(const Model& model, const Explanation& root,
                                              const std::vector<Spec>& specs, std::optional<ExplainSection> only_section,
                                              const std::set<std::string>& switched_off, std::vector<std::string>* undecided) {
  Collector collector(model, specs, switched_off);
  for (const auto& section : root.children) {
    if (section.section == ExplainSection::kMetrics) continue;
    if (only_section && section.section != *only_section) continue;
    collector.Walk(section, section.section, "", Tri::kUnknown);
  }
  if (undecided != nullptr) *undecided = std::move(collector.undecided);
  return collector.Take();
}

}  // namespace chipgate::analysis
