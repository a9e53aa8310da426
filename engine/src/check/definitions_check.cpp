// Stage: params (overridable inputs with defaults), per-precision tables, and metrics (derived
// quantities such as TPP and PD). Declared units are checked against what the bodies compute.
#include <fmt/format.h>

#include "check/stages.hpp"

namespace chipgate::check {
namespace {

// Marks a metric whose declared unit was unknown (a node id no real body can have).
constexpr NodeId kUnknownUnitBody = 0xFFFFFFFFU;

std::optional<Unit> DeclaredUnit(Context& cx, const ast::Name& n) {
  if (const auto u = Unit::Parse(n.text)) return u;
  Diagnostic d = Error("E0305", fmt::format("unknown unit `{}`", n.text), n.span);
  d.notes.push_back("units are built from TOPS, bit, GB, s, mm2, W, nm, year and Gtransistors with `*` and `/`, e.g. `GB/s/mm2`; `1` is dimensionless");
  cx.Report(std::move(d));
  return std::nullopt;
}

// A number param declares the values it may take; its default must be one of them.
void CheckParamDomain(Context& cx, const ast::ParamDecl& d, ParamSym& p) {
  if (!d.domain) {
    Diagnostic diag = Error("E0308", fmt::format("number param `{}` declares no domain", d.name.text), d.name.span);
    diag.help = fmt::format("add the values it may take: `values 19, 32` or `range 1 to 64` after `= {}`", p.default_number.ToString(6));
    cx.Report(std::move(diag));
    return;
  }
  std::vector<Rational> numbers;
  for (const auto& n : d.domain->numbers) {
    const auto value = Rational::FromDecimal(n.text);
    if (!value || (!n.unit.empty() && Unit::Parse(n.unit) != p.unit)) {
      cx.Report(Error("E0302", fmt::format("the domain of param `{}` takes numbers in `{}`", d.name.text, d.type.text), n.span));
      return;
    }
    numbers.push_back(*value);
  }
  if (d.domain->is_range) {
    if (numbers.size() != 2 || numbers[1] < numbers[0]) {
      cx.Report(Error("E0308", "a range is `range LOW to HIGH` with LOW at most HIGH", d.domain->span));
      return;
    }
    p.range = std::make_pair(numbers[0], numbers[1]);
  } else {
    p.allowed = std::move(numbers);
  }
  if (!ParamValueAllowed(p, p.default_number)) {
    cx.Report(Error("E0308", fmt::format("the default of param `{}` is outside its domain", d.name.text), d.domain->span));
  }
}

void CheckParam(Context& cx, const ast::File& file, const ast::ParamDecl& d) {
  const auto it = cx.params.find(d.name.text);
  if (it == cx.params.end()) return;
  ParamSym& p = cx.model.params[it->second];
  const ast::Expr& value = file.exprs[d.default_value];
  if (d.type.text == "bool") {
    p.type = Type::kBool;
    if (value.kind != ast::ExprKind::kBool) {
      cx.Report(Error("E0302", fmt::format("the default of bool param `{}` must be `true` or `false`", d.name.text), value.span));
      return;
    }
    p.default_bool = value.boolean;
    return;
  }
  const auto unit = DeclaredUnit(cx, d.type);
  if (!unit) return;
  p.type = Type::kNumber;
  p.unit = *unit;
  const auto number = value.kind == ast::ExprKind::kNumber ? Rational::FromDecimal(value.text) : std::nullopt;
  if (!number || (!value.unit.empty() && Unit::Parse(value.unit) != unit)) {
    cx.Report(Error("E0302", fmt::format("the default of param `{}` must be a number in `{}`", d.name.text, d.type.text), value.span));
    return;
  }
  p.default_number = *number;
  CheckParamDomain(cx, d, p);
}

// Table entries are constants or params, so a table is fully known before any item is seen.
void CheckTable(Context& cx, const ast::File& file, const ast::TableDecl& d) {
  const auto it = cx.tables.find(d.name.text);
  if (it == cx.tables.end()) return;
  TableSym& t = cx.model.tables[it->second];
  for (const auto& c : d.cites) t.cites.push_back(c.value);
  if (d.domain.text != "precision") {
    cx.Report(Error("E0201", fmt::format("unknown table domain `{}`; tables are indexed by `precision`", d.domain.text), d.domain.span));
    return;
  }
  const auto unit = DeclaredUnit(cx, d.unit);
  if (!unit) return;
  t.unit = *unit;
  std::array<bool, kPrecisionCount> seen{};
  for (const auto& entry : d.entries) {
    const auto p = PrecisionByKey(entry.key.text);
    if (!p) {
      cx.Report(Error("E0505", fmt::format("`{}` is not a precision (fp64, fp32, tf32, fp16, bf16, fp8, fp6, int8, int4, fp4)", entry.key.text), entry.key.span));
      continue;
    }
    const auto i = static_cast<std::size_t>(*p);
    if (seen[i]) cx.Report(Error("E0505", fmt::format("precision `{}` appears twice", entry.key.text), entry.key.span));
    seen[i] = true;
    ExprScope scope;
    scope.allow_item = false;
    const auto value = CheckExpr(cx, file, entry.value, scope);
    if (!ExpectType(cx, value, Type::kNumber, "a table entry")) continue;
    Node& n = cx.model.nodes[*value];
    if (cx.bare_literals.erase(*value) > 0) n.unit = *unit;
    if (n.unit != *unit) {
      cx.Report(Error("E0304", fmt::format("entry in `{}` but table `{}` is in `{}`", n.unit.ToString(), d.name.text, unit->ToString()), n.span));
      continue;
    }
    t.values[i] = *value;
  }
  std::string missing;
  for (std::size_t i = 0; i < kPrecisionCount; ++i) {
    if (!seen[i]) missing += fmt::format("{}`{}`", missing.empty() ? "" : ", ", PrecisionKey(static_cast<Precision>(i)));
  }
  if (!missing.empty()) {
    Diagnostic diag = Error("E0505", fmt::format("table `{}` has no entry for {}", d.name.text, missing), d.name.span);
    diag.help = "a table gives a value for every precision: fp64, fp32, tf32, fp16, bf16, fp8, fp6, int8, int4, fp4";
    cx.Report(std::move(diag));
  }
}

void DeclareMetricUnit(Context& cx, const ast::MetricDecl& d) {
  const auto it = cx.metrics.find(d.name.text);
  if (it == cx.metrics.end()) return;
  MetricSym& m = cx.model.metrics[it->second];
  for (const auto& c : d.cites) m.cites.push_back(c.value);
  if (d.measures) {
    if (const auto role = MetricRoleByKey(d.measures->text)) {
      m.role = *role;
    } else {
      Diagnostic diag = Error("E0307", fmt::format("unknown measure `{}`", d.measures->text), d.measures->span);
      diag.help = "a metric may be declared to measure `total_processing_performance` or `performance_density`";
      cx.Report(std::move(diag));
    }
  }
  if (const auto unit = DeclaredUnit(cx, d.unit)) {
    m.unit = *unit;
  } else {
    m.body = kUnknownUnitBody;  // reported; the body's unit is not compared with it
  }
}

void CheckMetricBody(Context& cx, const ast::File& file, const ast::MetricDecl& d) {
  const auto it = cx.metrics.find(d.name.text);
  if (it == cx.metrics.end()) return;
  MetricSym& m = cx.model.metrics[it->second];
  ExprScope scope;
  scope.metric = it->second;
  const auto body = CheckExpr(cx, file, d.body, scope);
  if (!ExpectType(cx, body, Type::kNumber, "a metric")) return;
  Node& n = cx.model.nodes[*body];
  if (m.body == kUnknownUnitBody) return;
  if (cx.bare_literals.erase(*body) > 0) n.unit = m.unit;
  if (n.unit != m.unit) {
    Diagnostic diag = Error("E0304", fmt::format("metric `{}` is declared in `{}` but its definition is in `{}`", d.name.text,
                                                 m.unit.ToString(), n.unit.ToString()), n.span);
    diag.help = fmt::format("declare `metric {} : {}`", d.name.text, n.unit.ToString());
    cx.Report(std::move(diag));
    return;
  }
  m.body = *body;
}

template <class Decl, class F>
void ForEach(Context& cx, F f) {
  for (const auto& file : cx.files) {
    for (const auto& decl : file.decls) {
      if (const auto* d = std::get_if<Decl>(&decl)) f(file, *d);
    }
  }
}

}  // namespace

void CheckDefinitions(Context& cx) {
  ForEach<ast::ParamDecl>(cx, [&](const ast::File& f, const ast::ParamDecl& d) { CheckParam(cx, f, d); });
  ForEach<ast::TableDecl>(cx, [&](const ast::File& f, const ast::TableDecl& d) { CheckTable(cx, f, d); });
  // Units first, so a metric may use one declared after it.
  ForEach<ast::MetricDecl>(cx, [&](const ast::File&, const ast::MetricDecl& d) { DeclareMetricUnit(cx, d); });
  ForEach<ast::MetricDecl>(cx, [&](const ast::File& f, const ast::MetricDecl& d) { CheckMetricBody(cx, f, d); });
}

}  // namespace chipgate::check
