// AST printing (see ast_print.hpp).
#include "syntax/ast_print.hpp"

#include <fmt/format.h>

namespace chipgate {
namespace {

std::string Join(const std::vector<ast::Name>& names, const char* sep) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : sep) + n.text;
  return out;
}

std::string Quoted(const std::optional<ast::StringLit>& s) { return s ? fmt::format(" \"{}\"", s->value) : ""; }

struct DeclPrinter {
  const ast::ExprArena& arena;

  std::string operator()(const ast::RulesetDecl& d) const {
    return fmt::format("ruleset \"{}\"{}{}\n", d.title.value, d.authority ? " authority" + Quoted(d.authority) : "",
                       d.from ? " from " + d.from->text : "");
  }
  std::string operator()(const ast::IncludeDecl& d) const { return fmt::format("include \"{}\"\n", d.path.value); }
  std::string operator()(const ast::ParamDecl& d) const {
    return fmt::format("param {} : {} = {}{}\n", d.name.text, d.type.text, PrintExpr(arena, d.default_value), Quoted(d.title));
  }
  std::string operator()(const ast::TableDecl& d) const {
    std::string out = fmt::format("table {} : {} -> {}{}\n", d.name.text, d.domain.text, d.unit.text, Quoted(d.title));
    for (const auto& e : d.entries) out += fmt::format("  {} = {}\n", e.key.text, PrintExpr(arena, e.value));
    return out;
  }
  std::string operator()(const ast::MetricDecl& d) const {
    return fmt::format("metric {} : {}{} = {}\n", d.name.text, d.unit.text, Quoted(d.title), PrintExpr(arena, d.body));
  }
  std::string operator()(const ast::GroupDecl& d) const {
    std::string out = fmt::format("group {}{}\n", d.name.text, Quoted(d.title));
    for (const auto& m : d.members) {
      out += fmt::format("  {}{}{}\n", m.country.text, m.from ? " from " + m.from->text : "",
                         m.until ? " until " + m.until->text : "");
    }
    return out;
  }
  std::string operator()(const ast::SetDecl& d) const {
    return fmt::format("set {}{} = {}\n", d.name.text, Quoted(d.title), PrintExpr(arena, d.value));
  }
  std::string operator()(const ast::TreatDecl& d) const {
    return fmt::format("treat {} as {}{}{}\n", d.country.text, d.as.text, d.from ? " from " + d.from->text : "",
                       d.until ? " until " + d.until->text : "");
  }
  std::string operator()(const ast::RuleDecl& d) const {
    std::string out = fmt::format("{} {}{}\n", d.keyword.text, d.id.text, Quoted(d.title));
    for (const auto& c : d.clauses) out += "  " + std::visit(*this, c) + "\n";
    return out;
  }
  std::string operator()(const ast::DateClause& c) const { return c.keyword.text + " " + c.date.text; }
  std::string operator()(const ast::NameListClause& c) const { return c.keyword.text + " " + Join(c.names, ", "); }
  std::string operator()(const ast::StringClause& c) const { return fmt::format("{} \"{}\"", c.keyword.text, c.text.value); }
  std::string operator()(const ast::StatusClause& c) const { return c.keyword.text + " " + c.status.text + Quoted(c.text); }
  std::string operator()(const ast::ExprClause& c) const { return c.keyword.text + " " + PrintExpr(arena, c.expr); }
  std::string operator()(const ast::ReviewClause& c) const {
    std::string out = "review " + c.policy.text;
    if (c.when) out += " when " + PrintExpr(arena, *c.when);
    if (c.otherwise) out += " otherwise";
    return out;
  }
};

}  // namespace

std::string PrintExpr(const ast::ExprArena& arena, ast::ExprId id) {
  const ast::Expr& e = arena[id];
  auto children = [&](std::string head) {
    for (const auto c : e.children) head += " " + PrintExpr(arena, c);
    return "(" + head + ")";
  };
  switch (e.kind) {
    case ast::ExprKind::kNumber: return e.unit.empty() ? e.text : e.text + "[" + e.unit + "]";
    case ast::ExprKind::kString: return "\"" + e.text + "\"";
    case ast::ExprKind::kBool: return e.boolean ? "true" : "false";
    case ast::ExprKind::kName: return e.text;
    case ast::ExprKind::kIndex: return e.text + "[" + e.key->text + "]";
    case ast::ExprKind::kNot: return children("not");
    case ast::ExprKind::kNegate: return children("neg");
    case ast::ExprKind::kArith: return children(std::string(1, e.op));
    case ast::ExprKind::kAnd: return children("and");
    case ast::ExprKind::kOr: return children("or");
    case ast::ExprKind::kIn: return children("in");
    case ast::ExprKind::kUnion: return children("union");
    case ast::ExprKind::kDifference: return children("minus");
    case ast::ExprKind::kCountrySet: return "{" + Join(e.names, ", ") + "}";
    case ast::ExprKind::kStringList: {
      std::string out;
      for (const auto& n : e.names) out += (out.empty() ? "\"" : ", \"") + n.text + "\"";
      return "[" + out + "]";
    }
    case ast::ExprKind::kCall: {
      std::string head = e.text;
      if (e.var) head += " for " + e.var->text + " in " + e.domain->text;
      return children(head);
    }
    case ast::ExprKind::kCompare: {
      std::string out = "(cmp " + PrintExpr(arena, e.children[0]);
      for (std::size_t i = 0; i < e.ops.size(); ++i) out += " " + e.ops[i] + " " + PrintExpr(arena, e.children[i + 1]);
      return out + ")";
    }
  }
  return "?";
}

std::string PrintAst(const ast::File& file) {
  std::string out;
  for (const auto& d : file.decls) out += std::visit(DeclPrinter{file.exprs}, d);
  return out;
}

}  // namespace chipgate
