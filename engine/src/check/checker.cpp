// The checker's stage table. Stages run in order; each one tolerates what earlier errors left
// out, so one run reports as many independent problems as it can.
#include "check/check.hpp"

#include "check/stages.hpp"

namespace chipgate {
namespace {

struct Stage {
  const char* name;
  void (*run)(check::Context&);
  bool needs_clean;  // skip when earlier stages reported errors (its results would be noise)
};

constexpr Stage kStages[] = {
    {"declare symbols", check::DeclareSymbols, false},
    {"groups and sets", check::CheckGroups, false},
    {"params, tables, metrics", check::CheckDefinitions, false},
    {"rules", check::CheckRules, false},
    {"dependency order", check::OrderDefinitions, false},
    {"supersession", check::CheckIntervals, false},
    {"reachability", check::CheckReachability, false},
};

}  // namespace

Result<Model> Check(const std::vector<ast::File>& files, const SourceSet& sources) {
  check::Context cx(sources, files);
  for (const auto& stage : kStages) {
    if (stage.needs_clean && HasErrors(cx.diagnostics)) continue;
    stage.run(cx);
  }
  for (const auto& file : files) {
    for (const auto& decl : file.decls) {
      if (const auto* r = std::get_if<ast::RulesetDecl>(&decl); r && r->from) {
        if (const auto from = check::CheckDate(cx, *r->from); from && (!cx.model.coverage_from || *from < *cx.model.coverage_from)) {
          cx.model.coverage_from = from;
        }
      }
    }
  }
  SortDiagnostics(cx.diagnostics, sources);
  Result<Model> result;
  result.diagnostics = std::move(cx.diagnostics);
  if (!HasErrors(result.diagnostics)) result.value = std::move(cx.model);
  return result;
}

}  // namespace chipgate
