// Name resolution in expressions: catalog fields and attributes, query inputs, params, metrics,
// classifications, item kinds, and per-precision tables; with "did you mean" for the rest.
#include "check/expr_checker.hpp"
#include "text/spelling.hpp"

namespace chipgate::check {
namespace {

std::optional<ItemAttr> AttrByName(const std::string& n) {
  if (n == "datacenter") return ItemAttr::kDatacenter;
  if (n == "kind") return ItemAttr::kKind;
  if (n == "vendor") return ItemAttr::kVendor;
  if (n == "id") return ItemAttr::kId;
  if (n == "name") return ItemAttr::kName;
  if (n == "memory_type") return ItemAttr::kMemoryType;
  if (n == "vendor_eccn") return ItemAttr::kVendorEccn;
  if (n == "mass_market_encryption") return ItemAttr::kMassMarketEncryption;
  return std::nullopt;
}

std::optional<Input> InputByName(const std::string& n) {
  for (std::size_t i = 0; i < static_cast<std::size_t>(Input::kCount); ++i) {
    if (n == InputName(static_cast<Input>(i))) return static_cast<Input>(i);
  }
  return std::nullopt;
}

}  // namespace

std::optional<NodeId> ExprChecker::Name(const ast::Expr& e) {
  const std::string& name = e.text;
  if (scope_.loop_var && name == *scope_.loop_var) {
    Diagnostic d = Error("E0302", fmt::format("the loop variable `{}` can only index a table", name), e.span);
    d.help = fmt::format("write `dense_tops[{}]` or `TABLE[{}]`", name, name);
    cx_.Report(std::move(d));
    return std::nullopt;
  }
  if (const auto field = NumberFieldByKey(name)) {
    Node n = Make(NodeOp::kNumberField, Type::kNumber, e.span);
    n.index = static_cast<std::uint32_t>(*field);
    n.unit = InfoOf(*field).unit;
    return ItemOnly(e, std::move(n));
  }
  if (const auto attr = AttrByName(name)) {
    const bool boolean = *attr == ItemAttr::kDatacenter || *attr == ItemAttr::kMassMarketEncryption;
    const Type type = boolean ? Type::kBool : *attr == ItemAttr::kKind ? Type::kKind : Type::kString;
    Node n = Make(NodeOp::kAttr, type, e.span);
    n.index = static_cast<std::uint32_t>(*attr);
    return ItemOnly(e, std::move(n));
  }
  if (const auto input = InputByName(name)) {
    if (!scope_.allow_inputs) {
      Diagnostic d = Error("E0302", fmt::format("`{}` describes the shipment, but a classification describes only the item", name), e.span);
      d.help = "put destination and end-user conditions in a `require` rule";
      cx_.Report(std::move(d));
      return std::nullopt;
    }
    Node n = Make(NodeOp::kInput, InputType(*input), e.span);
    n.index = static_cast<std::uint32_t>(*input);
    return ItemOnly(e, std::move(n));
  }
  if (const auto it = cx_.params.find(name); it != cx_.params.end()) {
    const ParamSym& p = cx_.model.params[it->second];
    Node n = Make(NodeOp::kParam, p.type, e.span);
    n.index = it->second;
    n.unit = p.unit;
    n.text = name;
    return cx_.AddNode(std::move(n));
  }
  if (const auto it = cx_.metrics.find(name); it != cx_.metrics.end()) {
    if (scope_.metric) cx_.metric_deps[*scope_.metric].insert(it->second);
    Node n = Make(NodeOp::kMetric, Type::kNumber, e.span);
    n.index = it->second;
    n.unit = cx_.model.metrics[it->second].unit;
    return ItemOnly(e, std::move(n));
  }
  if (name == "ic" || name == "hbm" || name == "system") {
    Node n = Make(NodeOp::kConstKind, Type::kKind, e.span);
    n.index = static_cast<std::uint32_t>(name == "ic" ? ItemKind::kIc : name == "hbm" ? ItemKind::kHbm : ItemKind::kSystem);
    n.text = name;
    return cx_.AddNode(std::move(n));
  }
  if (IsEccnName(name)) return Eccn(e, NodeOp::kEccn);
  if (name == "dense_tops" || cx_.tables.count(name) > 0) {
    Diagnostic d = Error("E0302", fmt::format("`{}` holds one value per precision and must be indexed", name), e.span);
    d.help = fmt::format("write `max({}[p] for p in precision)`", name);
    cx_.Report(std::move(d));
    return std::nullopt;
  }
  if (cx_.groups.count(name) > 0 || cx_.sets.count(name) > 0) {
    Diagnostic d = Error("E0302", fmt::format("`{}` is a collection, not a value", name), e.span);
    d.help = fmt::format("test membership: `destination in {}`", name);
    cx_.Report(std::move(d));
    return std::nullopt;
  }
  return Unknown(e);
}

std::optional<NodeId> ExprChecker::Unknown(const ast::Expr& e) {
  std::vector<std::string> candidates = {"datacenter", "kind", "vendor", "id", "name", "memory_type", "vendor_eccn",
                                         "mass_market_encryption", "destination",
                                         "end_user_hq", "exporter_hq", "ic", "hbm", "system"};
  for (const auto& f : NumberFields()) candidates.emplace_back(f.key);
  for (const auto* table : {&cx_.params, &cx_.metrics, &cx_.eccns}) {
    for (const auto& [n, _] : *table) candidates.push_back(n);
  }
  Diagnostic d = Error("E0201", fmt::format("unknown name `{}`", e.text), e.span);
  if (e.text.size() == 2 && CountryCode::Parse(e.text)) {
    d.help = fmt::format("a country is tested with `in`: `destination in {{{}}}`", e.text);
  } else if (const auto near = ClosestMatch(e.text, candidates)) {
    d.help = fmt::format("did you mean `{}`?", *near);
  }
  cx_.Report(std::move(d));
  return std::nullopt;
}

std::optional<NodeId> ExprChecker::Eccn(const ast::Expr& e, NodeOp op) {
  const auto it = cx_.eccns.find(e.text);
  if (it == cx_.eccns.end()) {
    std::vector<std::string> known;
    for (const auto& [n, _] : cx_.eccns) known.push_back(n);
    Diagnostic d = Error("E0204", fmt::format("no rule classifies `{}`", e.text), e.span);
    if (const auto near = ClosestMatch(e.text, known)) d.help = fmt::format("did you mean `{}`?", *near);
    cx_.Report(std::move(d));
    return std::nullopt;
  }
  if (op == NodeOp::kEccn) {
    if (scope_.eccn) cx_.eccn_deps[*scope_.eccn].insert(it->second);
    if (scope_.interval) cx_.eccn_refs.push_back({it->second, *scope_.interval, e.span});
  }
  Node n = Make(op, Type::kBool, e.span);
  n.index = it->second;
  n.text = e.text;
  return ItemOnly(e, std::move(n));
}

std::optional<NodeId> ExprChecker::Index(const ast::Expr& e) {
  if (!scope_.loop_var || e.key->text != *scope_.loop_var) {
    Diagnostic d = Error("E0302", fmt::format("`{}[{}]` must be indexed by the loop variable of `max`, `min` or `sum`", e.text, e.key->text), e.span);
    d.help = fmt::format("write `max({}[p] for p in precision)`", e.text);
    cx_.Report(std::move(d));
    return std::nullopt;
  }
  if (e.text == "dense_tops") {
    Node n = Make(NodeOp::kDense, Type::kNumber, e.span);
    n.unit = units::kTops;
    return ItemOnly(e, std::move(n));
  }
  if (const auto it = cx_.tables.find(e.text); it != cx_.tables.end()) {
    Node n = Make(NodeOp::kTable, Type::kNumber, e.span);
    n.index = it->second;
    n.unit = cx_.model.tables[it->second].unit;
    n.text = e.text;
    return cx_.AddNode(std::move(n));
  }
  cx_.Report(Error("E0201", fmt::format("unknown table `{}`", e.text), e.span));
  return std::nullopt;
}

}  // namespace chipgate::check
