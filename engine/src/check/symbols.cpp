// Stage 1: declare every name, so later stages can resolve references in any order (a rule may
// use a metric defined further down or in another file). Duplicates are errors.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "check/stages.hpp"
#include "syntax/keywords.hpp"

namespace chipgate::check {
namespace {

// Names an expression can mean without a declaration: catalog fields and query inputs.
bool IsBuiltinName(const std::string& name) {
  static const char* const kBuiltins[] = {"datacenter", "kind", "vendor", "id", "name", "memory_type", "vendor_eccn",
                                          "mass_market_encryption", "dense_tops", "destination", "end_user_hq", "exporter_hq"};
  for (const char* b : kBuiltins) {
    if (name == b) return true;
  }
  return NumberFieldByKey(name).has_value();
}

std::optional<std::string> AsClauseEccn(const ast::RuleDecl& d, Span& span) {
  for (const auto& c : d.clauses) {
    if (const auto* list = std::get_if<ast::NameListClause>(&c); list && list->keyword.text == syntax::SpecOf(syntax::Clause::kAs).keyword && !list->names.empty()) {
      span = list->names.front().span;
      return list->names.front().text;
    }
  }
  return std::nullopt;
}

class Declarer {
 public:
  explicit Declarer(Context& cx) : cx_(cx) {}

  void operator()(const ast::ParamDecl& d) {
    if (Value(d.name, "param")) {
      cx_.params[d.name.text] = static_cast<std::uint32_t>(cx_.model.params.size());
      ParamSym p;
      p.name = d.name.text;
      p.title = d.title ? d.title->value : "";
      p.span = d.span;
      cx_.model.params.push_back(std::move(p));
    }
  }
  void operator()(const ast::TableDecl& d) {
    if (Value(d.name, "table")) {
      cx_.tables[d.name.text] = static_cast<std::uint32_t>(cx_.model.tables.size());
      cx_.model.tables.push_back(TableSym{d.name.text, {}, {}, d.title ? d.title->value : "", {}, d.span});
    }
  }
  void operator()(const ast::MetricDecl& d) {
    if (Value(d.name, "metric")) {
      cx_.metrics[d.name.text] = static_cast<std::uint32_t>(cx_.model.metrics.size());
      cx_.model.metrics.push_back(MetricSym{d.name.text, MetricRole::kNone, {}, 0, d.title ? d.title->value : "", {}, d.span});
      cx_.metric_deps.emplace_back();
    }
  }
  void operator()(const ast::GroupDecl& d) {
    if (Collection(d.name, "group")) {
      cx_.groups[d.name.text] = static_cast<std::uint32_t>(cx_.model.groups.size());
      cx_.model.groups.push_back(GroupSym{d.name.text, d.title ? d.title->value : "", {}, {}, d.span});
    }
  }
  void operator()(const ast::SetDecl& d) {
    if (Collection(d.name, "set")) {
      cx_.sets[d.name.text] = static_cast<std::uint32_t>(cx_.model.sets.size());
      cx_.model.sets.push_back(SetSym{d.name.text, d.title ? d.title->value : "", 0, d.span});
      cx_.set_deps.emplace_back();
    }
  }
  void operator()(const ast::RuleDecl& d) {
    if (d.incomplete) return;
    const auto [it, inserted] = cx_.rule_ids.emplace(d.id.text, DeclRef{file_, index_});
    if (!inserted) {
      Duplicate(d.id, "rule", it->second);
      return;
    }
    if (d.kind == ast::RuleKind::kRequire) {
      cx_.requirements[d.id.text] = static_cast<std::uint32_t>(cx_.requirements.size());
    }
    Span span;
    if (d.kind == ast::RuleKind::kClassify) {
      if (const auto eccn = AsClauseEccn(d, span); eccn && IsEccnName(*eccn) && cx_.eccns.count(*eccn) == 0) {
        cx_.eccns[*eccn] = static_cast<std::uint32_t>(cx_.model.eccns.size());
        EccnSym sym;
        sym.name = *eccn;
        sym.is_criterion = std::count(eccn->begin(), eccn->end(), '.') >= 2;
        cx_.model.eccns.push_back(std::move(sym));
        cx_.eccn_deps.emplace_back();
      }
    }
  }
  template <class T>
  void operator()(const T&) {}

  void At(const ast::File* file, std::size_t index) {
    file_ = file;
    index_ = index;
  }

 private:
  // Params, tables and metrics share the expression namespace with catalog fields.
  bool Value(const ast::Name& name, const char* what) {
    if (IsBuiltinName(name.text)) {
      Diagnostic d = Error("E0202", fmt::format("{} `{}` has the name of a catalog field or query input", what, name.text), name.span);
      d.help = "choose another name";
      cx_.Report(std::move(d));
      return false;
    }
    for (const auto* table : {&cx_.params, &cx_.tables, &cx_.metrics}) {
      if (table->count(name.text) > 0) {
        cx_.Report(Error("E0202", fmt::format("`{}` is declared more than once", name.text), name.span));
        return false;
      }
    }
    return true;
  }
  bool Collection(const ast::Name& name, const char* what) {
    if (cx_.groups.count(name.text) > 0 || cx_.sets.count(name.text) > 0) {
      cx_.Report(Error("E0202", fmt::format("{} `{}` is declared more than once", what, name.text), name.span));
      return false;
    }
    if (CountryCode::Parse(name.text) && name.text.size() == 2) {
      cx_.Report(Error("E0202", fmt::format("{} `{}` has the name of a country code", what, name.text), name.span));
      return false;
    }
    return true;
  }
  void Duplicate(const ast::Name& name, const char* what, const DeclRef& first) {
    Diagnostic d = Error("E0202", fmt::format("{} id `{}` is declared more than once", what, name.text), name.span);
    const auto& decl = std::get<ast::RuleDecl>(first.file->decls[first.index]);
    const LineColumn lc = cx_.sources.file(decl.id.span.file).Locate(decl.id.span.begin);
    d.notes.push_back(fmt::format("first declared at {}:{}:{}", cx_.sources.file(decl.id.span.file).path(), lc.line, lc.column));
    cx_.Report(std::move(d));
  }

  Context& cx_;
  const ast::File* file_ = nullptr;
  std::size_t index_ = 0;
};

}  // namespace

// EAR99 (subject to the EAR, on no CCL entry) is named like a classification so rules can
// state and test it.
bool IsEccnName(const std::string& t) {
  if (t == "EAR99") return true;
  if (t.size() < 5 || !std::isdigit(static_cast<unsigned char>(t[0])) || !std::isupper(static_cast<unsigned char>(t[1]))) return false;
  for (std::size_t i = 2; i < 5; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(t[i]))) return false;
  }
  return t.size() == 5 || t[5] == '.';
}

void DeclareSymbols(Context& cx) {
  Declarer declarer(cx);
  for (const auto& file : cx.files) {
    for (std::size_t i = 0; i < file.decls.size(); ++i) {
      declarer.At(&file, i);
      std::visit(declarer, file.decls[i]);
    }
  }
}

}  // namespace chipgate::check
