// CST → AST conversion (see to_ast.hpp).
#include "syntax/to_ast.hpp"

#include "syntax/keywords.hpp"

#include <algorithm>

namespace chipgate::syntax {
namespace {

ast::Expr NewExpr(ast::ExprKind kind, Span span) {
  ast::Expr e;
  e.kind = kind;
  e.span = span;
  return e;
}

class Converter {
 public:
  Converter(const ErrorHandler& handler, Iterator text_begin, ast::File& file,
            std::vector<Diagnostic>& diagnostics)
      : handler_(handler), begin_(text_begin), file_(file), diagnostics_(diagnostics) {}

  ast::Decl Decl(const cst::Decl& d) {
    return boost::apply_visitor([this](const auto& node) { return ast::Decl(Convert(node)); }, d);
  }

 private:
  Span SpanOf(const x3::position_tagged& node) const {
    const auto range = handler_.position_of(node);
    return Span{file_.source, static_cast<std::uint32_t>(range.begin() - begin_),
                static_cast<std::uint32_t>(range.end() - begin_)};
  }
  static Span Join(Span a, Span b) { return Span{a.file, std::min(a.begin, b.begin), std::max(a.end, b.end)}; }

  ast::Name Name(const cst::Name& n) const { return {n.text, SpanOf(n)}; }
  ast::StringLit String(const cst::StringLit& s) const { return {s.value, SpanOf(s)}; }
  ast::DateLit Date(const cst::DateLit& d) const { return {d.text, SpanOf(d)}; }
  template <class T, class F>
  auto Optional(const boost::optional<T>& v, F convert) const -> std::optional<decltype(convert(*v))> {
    if (!v) return std::nullopt;
    return convert(*v);
  }
  std::optional<ast::StringLit> OptString(const boost::optional<cst::StringLit>& s) const {
    return Optional(s, [this](const cst::StringLit& x) { return String(x); });
  }
  std::vector<ast::StringLit> Strings(const std::vector<cst::StringLit>& v) const {
    std::vector<ast::StringLit> out;
    for (const auto& s : v) out.push_back(String(s));
    return out;
  }

  // ---- expressions ----

  ast::ExprId Operand(const cst::Operand& op, bool collection) {
    return boost::apply_visitor([&](const auto& node) { return OperandNode(node, collection); }, op);
  }
  ast::ExprId OperandNode(const cst::NumberLit& n, bool) {
    ast::Expr e = NewExpr(ast::ExprKind::kNumber, SpanOf(n));
    e.text = n.text;
    e.unit = n.unit.value_or("");
    return file_.exprs.Add(std::move(e));
  }
  ast::ExprId OperandNode(const cst::StringLit& s, bool) {
    ast::Expr e = NewExpr(ast::ExprKind::kString, SpanOf(s));
    e.text = s.value;
    return file_.exprs.Add(std::move(e));
  }
  ast::ExprId OperandNode(const cst::BoolLit& b, bool) {
    ast::Expr e = NewExpr(ast::ExprKind::kBool, SpanOf(b));
    e.boolean = b.text == "true";
    e.text = b.text;
    return file_.exprs.Add(std::move(e));
  }
  ast::ExprId OperandNode(const cst::CountrySet& s, bool) {
    ast::Expr e = NewExpr(ast::ExprKind::kCountrySet, SpanOf(s));
    for (const auto& c : s.countries) e.names.push_back(Name(c));
    return file_.exprs.Add(std::move(e));
  }
  ast::ExprId OperandNode(const cst::StringList& s, bool) {
    ast::Expr e = NewExpr(ast::ExprKind::kStringList, SpanOf(s));
    for (const auto& item : s.items) e.names.push_back({item.value, SpanOf(item)});
    return file_.exprs.Add(std::move(e));
  }
  ast::ExprId OperandNode(const x3::forward_ast<cst::Call>& fwd, bool) {
    const cst::Call& c = fwd.get();
    ast::Expr e = NewExpr(ast::ExprKind::kCall, SpanOf(c));
    e.text = c.function.text.empty() ? "" : c.function.text;
    for (const auto& arg : c.args) e.children.push_back(Expr(arg, false));
    if (c.comprehension) {
      e.var = Name(c.comprehension->var);
      e.domain = Name(c.comprehension->domain);
    }
    return file_.exprs.Add(std::move(e));
  }
  ast::ExprId OperandNode(const x3::forward_ast<cst::Index>& fwd, bool) {
    const cst::Index& i = fwd.get();
    ast::Expr e = NewExpr(ast::ExprKind::kIndex, SpanOf(i));
    e.text = i.base.text;
    e.key = Name(i.key);
    return file_.exprs.Add(std::move(e));
  }
  ast::ExprId OperandNode(const cst::Name& n, bool) {
    ast::Expr e = NewExpr(ast::ExprKind::kName, SpanOf(n));
    e.text = n.text;
    return file_.exprs.Add(std::move(e));
  }
  ast::ExprId OperandNode(const x3::forward_ast<cst::Unary>& fwd, bool collection) {
    const cst::Unary& u = fwd.get();
    ast::Expr e = NewExpr(u.op == "not" ? ast::ExprKind::kNot : ast::ExprKind::kNegate, SpanOf(u));
    e.children.push_back(Operand(u.operand, collection));
    return file_.exprs.Add(std::move(e));
  }
  ast::ExprId OperandNode(const x3::forward_ast<cst::Expr>& fwd, bool collection) {
    return Expr(fwd.get(), collection);
  }

  ast::ExprId Expr(const cst::Expr& level, bool collection) {
    const ast::ExprId first = Operand(level.first, collection);
    if (level.rest.empty()) return first;
    const std::string& op = level.rest.front().op;
    if (op == "or" || op == "and") return Logic(level, first, op == "or");
    if (op == "+" || op == "-" || op == "*" || op == "/") return Arith(level, first, collection);
    return Comparison(level, first);
  }

  ast::ExprId Logic(const cst::Expr& level, ast::ExprId first, bool is_or) {
    ast::Expr e = NewExpr(is_or ? ast::ExprKind::kOr : ast::ExprKind::kAnd, SpanOf(level));
    e.children.push_back(first);
    for (const auto& operation : level.rest) e.children.push_back(Operand(operation.operand, false));
    return file_.exprs.Add(std::move(e));
  }

  // Left-associative chain; in a collection `+` is union and `-` difference.
  ast::ExprId Arith(const cst::Expr& level, ast::ExprId first, bool collection) {
    ast::ExprId left = first;
    for (const auto& operation : level.rest) {
      const ast::ExprId right = Operand(operation.operand, collection);
      ast::Expr e = NewExpr(ast::ExprKind::kArith, Join(file_.exprs[left].span, file_.exprs[right].span));
      if (collection) e.kind = operation.op == "+" ? ast::ExprKind::kUnion : ast::ExprKind::kDifference;
      e.op = operation.op[0];
      e.children = {left, right};
      left = file_.exprs.Add(std::move(e));
    }
    return left;
  }

  ast::ExprId Comparison(const cst::Expr& level, ast::ExprId first) {
    const bool has_in = std::any_of(level.rest.begin(), level.rest.end(),
                                    [](const cst::Operation& o) { return o.op == "in"; });
    if (has_in) {
      if (level.rest.size() > 1) {
        diagnostics_.push_back(Error("E0105", "an `in` test cannot be chained with other comparisons",
                                     SpanOf(level)));
      }
      ast::Expr e = NewExpr(ast::ExprKind::kIn, SpanOf(level));
      e.children = {first, Operand(level.rest.front().operand, true)};
      return file_.exprs.Add(std::move(e));
    }
    ast::Expr e = NewExpr(ast::ExprKind::kCompare, SpanOf(level));
    e.children.push_back(first);
    for (const auto& operation : level.rest) {
      e.ops.push_back(operation.op);
      e.children.push_back(Operand(operation.operand, false));
    }
    return file_.exprs.Add(std::move(e));
  }

  // ---- declarations ----

  void MemberOptions(const std::vector<cst::MemberOption>& options, std::optional<ast::DateLit>& from,
                     std::optional<ast::DateLit>& until, std::optional<ast::StringLit>& cite) const {
    for (const auto& o : options) {
      const Span span = SpanOf(o);
      if (o.keyword == "from") from = ast::DateLit{o.value, span};
      if (o.keyword == "until") until = ast::DateLit{o.value, span};
      if (o.keyword == "cite") cite = ast::StringLit{o.value, span};
    }
  }

  ast::RulesetDecl Convert(const cst::RulesetDecl& d) {
    ast::RulesetDecl out{String(d.title), {}, {}, {}, SpanOf(d)};
    for (const auto& c : d.clauses) {
      if (c.keyword == "authority") out.authority = ast::StringLit{c.value, SpanOf(c)};
      if (c.keyword == "from") out.from = ast::DateLit{c.value, SpanOf(c)};
      if (c.keyword == "current") out.current = ast::DateLit{c.value, SpanOf(c)};
    }
    return out;
  }
  ast::IncludeDecl Convert(const cst::IncludeDecl& d) { return {String(d.path), SpanOf(d)}; }
  ast::ParamDecl Convert(const cst::ParamDecl& d) {
    std::optional<ast::ParamDomain> domain;
    if (d.domain) {
      domain = ast::ParamDomain{d.domain->keyword == "range", {}, SpanOf(*d.domain)};
      for (const auto& n : d.domain->numbers) domain->numbers.push_back({n.text, n.unit.value_or(""), SpanOf(n)});
    }
    return {Name(d.name), Name(d.type), Expr(d.default_value, false), std::move(domain), OptString(d.title), SpanOf(d)};
  }
  ast::TableDecl Convert(const cst::TableDecl& d) {
    ast::TableDecl out{Name(d.name), Name(d.domain), Name(d.unit), OptString(d.title), Strings(d.cites), {}, SpanOf(d)};
    for (const auto& e : d.entries) out.entries.push_back({Name(e.key), Expr(e.value, false)});
    return out;
  }
  ast::MetricDecl Convert(const cst::MetricDecl& d) {
    std::optional<ast::Name> measures;
    if (d.measures) measures = Name(*d.measures);
    return {Name(d.name), Name(d.unit), OptString(d.title), std::move(measures), Strings(d.cites), Expr(d.body, false), SpanOf(d)};
  }
  ast::GroupDecl Convert(const cst::GroupDecl& d) {
    ast::GroupDecl out{Name(d.name), OptString(d.title), Strings(d.cites), {}, SpanOf(d)};
    for (const auto& m : d.members) {
      ast::GroupMember member{Name(m.country), {}, {}, {}};
      MemberOptions(m.options, member.from, member.until, member.cite);
      out.members.push_back(std::move(member));
    }
    return out;
  }
  ast::SetDecl Convert(const cst::SetDecl& d) {
    return {Name(d.name), OptString(d.title), Expr(d.value, true), SpanOf(d)};
  }
  ast::TreatDecl Convert(const cst::TreatDecl& d) {
    ast::TreatDecl out{Name(d.country), Name(d.as), {}, {}, {}, OptString(d.title), SpanOf(d)};
    MemberOptions(d.options, out.from, out.until, out.cite);
    return out;
  }
  ast::RuleDecl Convert(const cst::RuleDecl& d) {
    ast::RuleDecl out;
    // The grammar accepts only the table's rule keywords, in the order of ast::RuleKind.
    out.kind = static_cast<ast::RuleKind>(RuleKindByKeyword(d.keyword.text).value_or(0));
    out.keyword = Name(d.keyword);
    out.id = Name(d.id);
    out.span = SpanOf(d);
    for (const auto& c : d.clauses) {
      if (const auto* title = boost::get<cst::TitleClause>(&c)) {
        if (out.title) {
          diagnostics_.push_back(Error("E0107", "a rule has one title; this is a second one", SpanOf(*title)));
        }
        out.title = String(title->text);
        continue;
      }
      out.clauses.push_back(boost::apply_visitor([this](const auto& node) { return ast::Clause(Clause(node)); }, c));
    }
    return out;
  }

  ast::DateClause Clause(const cst::DateClause& c) const { return {Name(c.keyword), Date(c.date)}; }
  ast::NameListClause Clause(const cst::NameListClause& c) const {
    ast::NameListClause out{Name(c.keyword), {}};
    for (const auto& n : c.names) out.names.push_back(Name(n));
    return out;
  }
  ast::StringClause Clause(const cst::StringClause& c) const { return {Name(c.keyword), String(c.text)}; }
  ast::StatusClause Clause(const cst::StatusClause& c) const {
    return {Name(c.keyword), Name(c.status), OptString(c.text)};
  }
  // Titles are taken out before clauses are converted; this overload only completes the visitor.
  ast::StringClause Clause(const cst::TitleClause& c) const { return {{}, String(c.text)}; }
  ast::ExprClause Clause(const cst::ExprClause& c) { return {Name(c.keyword), Expr(c.expr, false)}; }
  ast::ReviewClause Clause(const cst::ReviewClause& c) {
    ast::ReviewClause out{Name(c.keyword), Name(c.policy), std::nullopt, false};
    if (c.condition) {
      if (const auto* e = boost::get<cst::Expr>(&*c.condition)) {
        out.when = Expr(*e, false);
      } else {
        out.otherwise = true;
      }
    }
    return out;
  }

  const ErrorHandler& handler_;
  Iterator begin_;
  ast::File& file_;
  std::vector<Diagnostic>& diagnostics_;
};

}  // namespace

void AppendDecl(const cst::Decl& decl, const ErrorHandler& handler, Iterator text_begin,
                ast::File& file, std::vector<Diagnostic>& diagnostics) {
  Converter converter(handler, text_begin, file, diagnostics);
  file.decls.push_back(converter.Decl(decl));
}

}  // namespace chipgate::syntax
