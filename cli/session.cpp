// Session loading and query-input parsing for the CLI (see session.hpp).
#include "session.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "catalog_layers.hpp"
#include "chipgate/explain.hpp"
#include "chipgate/spelling.hpp"
#include "rules_loading.hpp"

namespace chipgate::cli {

ArgSpec SessionFlags() { return ArgSpec{{"--rules", "--catalog", "--param"}, {}}; }

std::unique_ptr<Session> LoadSession(const Args& args, Io& io) {
  auto s = std::make_unique<Session>();
  auto model = LoadRulesForCli(args.GetAll("--rules"), s->sources, io);
  if (!model) return nullptr;
  s->model = std::move(*model);
  auto catalog = LoadCatalogForCli(args.GetAll("--catalog"), s->sources, io);
  if (!catalog) return nullptr;
  s->catalog = std::move(*catalog);
  s->catalog_hash = CatalogHash(s->catalog, s->sources);
  s->param_assignments = args.GetAll("--param");
  Result<ParamValues> params = ParseParams(s->model, s->param_assignments);
  if (!params.ok()) {
    fmt::print(io.err, "{}", RenderText(params.diagnostics, s->sources));
    return nullptr;
  }
  s->params = std::move(*params.value);
  return s;
}

std::optional<std::size_t> FindItem(const Session& s, const std::string& id, Io& io) {
  if (const auto index = s.catalog.IndexOf(id)) return index;
  std::vector<std::string> ids;
  std::vector<std::string> extensions;  // ids the user may have typed the start of
  for (const auto& item : s.catalog.items()) {
    ids.push_back(item.id);
    if (item.id.rfind(id, 0) == 0) extensions.push_back(item.id);
  }
  fmt::print(io.err, "chipgate: unknown item `{}`: not in the catalog\n", id);
  if (!extensions.empty() && extensions.size() <= 3) {
    fmt::print(io.err, "help: did you mean `{}`?\n", fmt::join(extensions, "`, `"));
  } else if (const auto near = ClosestMatch(id, ids)) {
    fmt::print(io.err, "help: did you mean `{}`?\n", *near);
  } else {
    fmt::print(io.err, "help: `chipgate catalog list` shows the item ids; `--catalog FILE` adds items\n");
  }
  return std::nullopt;
}

std::optional<Date> DateArg(const Session& s, const Args& args, Io& io) {
  const auto text = args.Get("--date");
  const std::optional<Date> date = text ? Date::Parse(*text) : Date::TodayUtc();
  if (!date) {
    fmt::print(io.err, "chipgate: `--date {}` is not a date; expected YYYY-MM-DD, like 2024-05-01\n", *text);
    return std::nullopt;
  }
  if (const auto problem = CheckQueryDate(s.model, *date)) {
    fmt::print(io.err, "chipgate: {}\n", *problem);
    return std::nullopt;
  }
  return date;
}

std::optional<CountryCode> CountryArg(const std::string& flag, const std::string& value, Io& io) {
  if (const auto code = CountryCode::Parse(value)) return code;
  fmt::print(io.err, "chipgate: `{} {}` is not a country code; expected an ISO 3166-1 alpha-2 code such as CN, MY or DE{}\n",
             flag, value, value == "UK" || value == "uk" ? " (the United Kingdom is GB)" : "");
  return std::nullopt;
}

}  // namespace chipgate::cli
