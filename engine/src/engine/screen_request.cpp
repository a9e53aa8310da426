// Engine::Screen (see chipgate/engine.hpp): a ScreenRequest checked into rows, columns and
// options, the matrix decided on the compiled fast path, and rendered as `chipgate screen`
// prints it. The CLI and `POST /v1/screen` both come here, so their output is the same bytes.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "analysis/screen.hpp"
#include "engine/end_user_choice.hpp"
#include "engine/request_errors.hpp"
#include "engine/state.hpp"
#include "render/screen_render.hpp"

namespace chipgate {
namespace {

constexpr std::size_t kMergeAbove = 12;  // text output merges destinations beyond this many

std::string Lower(std::string t) {
  for (auto& c : t) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return t;
}

Result<std::vector<std::size_t>> SelectItems(const Engine::State& s, const std::vector<std::string>& ids) {
  std::vector<std::size_t> rows;
  for (const auto& id : ids) {
    Result<std::size_t> index = ResolveItem(s, id);
    if (!index.ok()) return ForwardFailure<std::vector<std::size_t>>(index);
    rows.push_back(*index);
  }
  if (ids.empty()) {
    for (std::size_t i = 0; i < s.catalog.size(); ++i) rows.push_back(i);
  }
  return Succeed(std::move(rows));
}

// Keeps the rows whose vendor is named; a vendor no product has is an error listing them.
Result<std::vector<std::size_t>> FilterVendors(const Engine::State& s, std::vector<std::size_t> rows, const std::vector<std::string>& vendors) {
  std::vector<std::string> known;
  for (const auto& item : s.catalog.items()) known.push_back(Lower(item.vendor));
  std::sort(known.begin(), known.end());
  known.erase(std::unique(known.begin(), known.end()), known.end());
  for (const auto& v : vendors) {
    if (std::binary_search(known.begin(), known.end(), Lower(v))) continue;
    return FailWith<std::vector<std::size_t>>(FieldDiagnostic("Q0201", "vendor", fmt::format("no product in the catalog has vendor `{}`", v),
                                                              fmt::format("vendors: {}", fmt::join(known, ", "))));
  }
  std::erase_if(rows, [&](std::size_t i) {
    const std::string v = Lower(s.catalog.items()[i].vendor);
    return std::none_of(vendors.begin(), vendors.end(), [&](const std::string& want) { return Lower(want) == v; });
  });
  return Succeed(std::move(rows));
}

Result<std::vector<ScreenColumn>> SelectColumns(const Engine::State& s, const ScreenRequest& r, Date date) {
  std::vector<CountryCode> destinations;
  for (const auto& text : r.destinations) {
    Result<CountryCode> code = ResolveCountry(text, "destination");
    if (!code.ok()) return ForwardFailure<std::vector<ScreenColumn>>(code);
    destinations.push_back(*code);
  }
  std::vector<ScreenColumn> columns = DestinationColumns(destinations);
  for (const auto& name : r.groups) {
    auto column = GroupColumn(s.model, name, date);
    if (!column) {
      std::vector<std::string> groups;
      for (const auto& g : s.model.groups) groups.push_back(g.name);
      return FailWith<std::vector<ScreenColumn>>(FieldDiagnostic("Q0202", "group", fmt::format("`{}` names no country group or set in the rules", name),
                                                                 fmt::format("groups: {}", fmt::join(groups, ", "))));
    }
    columns.push_back(std::move(*column));
  }
  if (columns.empty()) columns = AllDestinationColumns();
  return Succeed(std::move(columns));
}

std::string Rendered(const render::ScreenView& view, Format format) {
  switch (format) {
    case Format::kJson: return render::ScreenJson(view);
    case Format::kCsv: return render::ScreenCsv(view);
    case Format::kHtml: return render::ScreenHtml(view);
    case Format::kText: break;
  }
  return render::ScreenText(view);
}

bool Merged(const ScreenMatrix& m, const ScreenRequest& r, Format format) {
  if (format == Format::kJson) return false;
  if (r.merge) return *r.merge;
  std::size_t destinations = 0;
  for (const auto& c : m.columns) destinations += c.is_group ? 0 : 1;
  return format == Format::kText && destinations > kMergeAbove;
}

}  // namespace

Result<std::string> Engine::Screen(const ScreenRequest& request, Format format) const {
  const State& s = *state_;
  Result<Date> date = ResolveDate(s, request.date);
  if (!date.ok()) return ForwardFailure<std::string>(date);
  Result<render::EndUserChoice> end_user = ResolveEndUserChoice(request.end_user_hq);
  if (!end_user.ok()) return ForwardFailure<std::string>(end_user);
  ScreenOptions options{*date, end_user->mode, end_user->fixed, std::nullopt};
  if (!request.exporter_hq.empty()) {
    Result<CountryCode> exporter = ResolveCountry(request.exporter_hq, "exporter_hq");
    if (!exporter.ok()) return ForwardFailure<std::string>(exporter);
    options.exporter_hq = *exporter;
  }
  Result<std::vector<std::size_t>> rows = SelectItems(s, request.items);
  if (rows.ok() && !request.vendors.empty()) rows = FilterVendors(s, std::move(*rows.value), request.vendors);
  if (!rows.ok()) return ForwardFailure<std::string>(rows);
  Result<std::vector<ScreenColumn>> columns = SelectColumns(s, request, *date);
  if (!columns.ok()) return ForwardFailure<std::string>(columns);
  const State::Compiled& compiled = s.compiled();
  State::ScratchLease scratch = s.LeaseScratch();
  ScreenMatrix matrix = chipgate::Screen(compiled.program, compiled.bound, *rows, std::move(*columns.value), options, *scratch);
  if (Merged(matrix, request, format)) matrix = MergeIdenticalColumns(matrix);
  const render::ScreenView view{matrix, s, *date, *end_user, options.exporter_hq};
  return Succeed(Rendered(view, format));
}

}  // namespace chipgate
