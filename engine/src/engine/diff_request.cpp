// Engine::Diff and Engine::DiffRules (see chipgate/engine.hpp): a DiffRequest checked into the
// analysis's options, every item compared for every destination, and rendered as `chipgate diff`
// prints it.
#include <fmt/format.h>

#include "analysis/diff.hpp"
#include "engine/end_user_choice.hpp"
#include "engine/request_errors.hpp"
#include "engine/state.hpp"
#include "render/diff_render.hpp"

namespace chipgate {
namespace {

struct Checked {
  DiffOptions options;
  render::EndUserChoice end_user;
};

Result<Checked> CheckOptions(const Engine::State& s, const DiffRequest& request) {
  Checked out;
  Result<render::EndUserChoice> end_user = ResolveEndUserChoice(request.end_user_hq);
  if (!end_user.ok()) return ForwardFailure<Checked>(end_user);
  out.end_user = *end_user;
  out.options.end_user = end_user->mode;
  out.options.end_user_hq = end_user->fixed;
  if (!request.exporter_hq.empty()) {
    Result<CountryCode> exporter = ResolveCountry(request.exporter_hq, "exporter_hq");
    if (!exporter.ok()) return ForwardFailure<Checked>(exporter);
    out.options.exporter_hq = *exporter;
  }
  for (const auto& id : request.items) {
    Result<std::size_t> index = ResolveItem(s, id);
    if (!index.ok()) return ForwardFailure<Checked>(index);
    out.options.items.push_back(*index);
  }
  return Succeed(std::move(out));
}

// A date the rules cover, named by its request field.
Result<Date> CoveredDate(const Engine::State& s, const std::string& text, const char* field) {
  if (text.empty()) return FailWith<Date>(FieldDiagnostic("Q0103", field, "a date is needed (YYYY-MM-DD)"));
  Result<Date> date = ResolveDate(s, text);
  for (auto& d : date.diagnostics) d.field = field;
  return date;
}

RenderedAnswer Rendered(const render::DiffView& view, Format format) {
  return {format == Format::kJson ? render::DiffJson(view) : render::DiffText(view), !view.report.items.empty()};
}

RuleTree TreeOf(const Engine::State& s) { return {&s.model, &s.params, &s.sources}; }

}  // namespace

Result<RenderedAnswer> Engine::Diff(const DiffRequest& request, Format format) const {
  const State& s = *state_;
  Result<Date> from = CoveredDate(s, request.from, "from");
  if (!from.ok()) return ForwardFailure<RenderedAnswer>(from);
  Result<Date> to = CoveredDate(s, request.to, "to");
  if (!to.ok()) return ForwardFailure<RenderedAnswer>(to);
  Result<Checked> checked = CheckOptions(s, request);
  if (!checked.ok()) return ForwardFailure<RenderedAnswer>(checked);
  const DiffReport report = DiffDates(TreeOf(s), s.catalog, *from, *to, checked->options);
  const render::DiffView view{report, s.catalog, s.model, s.model, from->ToString(), to->ToString(), checked->end_user, s.catalog_hash};
  return Succeed(Rendered(view, format));
}

Result<RenderedAnswer> Engine::DiffRules(const Engine& other, const DiffRequest& request, Format format) const {
  const State& a = *state_;
  const State& b = *other.state_;
  if (a.catalog_hash != b.catalog_hash) {
    return FailWith<RenderedAnswer>(FieldDiagnostic("Q0205", "rules", "the two rule trees were loaded with different catalogs",
                                                    "load both with the same catalog layers"));
  }
  Result<Date> date = ResolveDate(a, request.date);
  if (date.ok()) date = ResolveDate(b, request.date);  // both trees must cover it
  if (!date.ok()) return ForwardFailure<RenderedAnswer>(date);
  Result<Checked> checked = CheckOptions(a, request);
  if (!checked.ok()) return ForwardFailure<RenderedAnswer>(checked);
  const DiffReport report = DiffTrees(TreeOf(a), TreeOf(b), a.catalog, *date, checked->options);
  const auto label = [&](const std::string& name, const State& s) {
    return fmt::format("{} (rules sha256 {}) on {}", name, s.model.rules_hash.substr(0, 16), date->ToString());
  };
  const render::DiffView view{report, a.catalog, a.model, b.model, label(request.name, a), label(request.other_name, b), checked->end_user, a.catalog_hash};
  return Succeed(Rendered(view, format));
}

}  // namespace chipgate
