// The bundled lists' manifest (`lists/lists.toml`: each file and its list date) and the
// Affiliates rule file (`lists/affiliates-rule.toml`): small TOML files read with toml++, every
// problem reported at its place in the file.
#include <fmt/format.h>

#include <filesystem>
#include <toml++/toml.h>

#include "catalog/toml_file.hpp"
#include "chipgate/parties.hpp"
#include "parties/codes.hpp"
#include "parties/file_bytes.hpp"

namespace chipgate::parties {
namespace {

using catalog_detail::TomlFile;

std::optional<toml::table> ParseToml(const std::string& path, SourceSet& sources, std::vector<Diagnostic>& diagnostics,
                                     std::optional<std::uint32_t>& id) {
  FileBytes read = ReadBoundedFile(path, std::uintmax_t{1} << 20);
  if (!read.bytes) {
    Diagnostic d = Error(codes::kUnreadable, fmt::format("`{}` {}", path, read.problem));
    d.path = path;
    diagnostics.push_back(std::move(d));
    return std::nullopt;
  }
  id = sources.Add(path, std::move(*read.bytes));
  try {
    return toml::parse(sources.file(*id).text(), std::string_view(path));
  } catch (const toml::parse_error& e) {
    diagnostics.push_back(Error(codes::kManifest, std::string(e.description()), TomlFile(sources, *id).SpanOf(e.source())));
    return std::nullopt;
  }
}

std::optional<Date> TomlDate(const toml::node* node) {
  const auto* d = node ? node->as_date() : nullptr;
  if (!d) return std::nullopt;
  const toml::date v = d->get();
  return Date::Parse(fmt::format("{:04}-{:02}-{:02}", v.year, v.month, v.day));
}

// A TomlFile is made per problem: it refers into `sources`, which grows while lists load.
struct Place {
  const SourceSet& sources;
  std::uint32_t id;
};

void Problem(Place place, const toml::node* at, std::string message, std::vector<Diagnostic>& diagnostics) {
  const TomlFile file(place.sources, place.id);
  diagnostics.push_back(Error(codes::kManifest, std::move(message), at ? file.SpanOf(*at) : file.Start()));
}

std::optional<SourceList> ListNamed(std::string_view name) {
  for (const SourceList l : {SourceList::kEntityList, SourceList::kDeniedPersons, SourceList::kUnverified,
                             SourceList::kMilitaryEndUser, SourceList::kSdn, SourceList::kOther}) {
    if (SourceListName(l) == name) return l;
  }
  return std::nullopt;
}

std::optional<AffiliatePeriod> ReadPeriod(const toml::table& t, Place file, std::vector<Diagnostic>& diagnostics) {
  AffiliatePeriod p;
  const std::optional<Date> from = TomlDate(t.get("from"));
  const std::string status = t["status"].value_or(std::string());
  if (!from || (status != "in_force" && status != "suspended")) {
    Problem(file, &t, "a period needs `from` (a date) and `status` (\"in_force\" or \"suspended\")", diagnostics);
    return std::nullopt;
  }
  p.from = *from;
  p.until = TomlDate(t.get("until"));
  p.status = status == "in_force" ? AffiliatePeriodStatus::kInForce : AffiliatePeriodStatus::kSuspended;
  p.confirmed = t["confirmed"].value_or(true);
  p.citation = t["citation"].value_or(std::string());
  p.note = t["note"].value_or(std::string());
  return p;
}

}  // namespace

Result<PartyList> LoadBundledLists(const std::string& dir, SourceSet& sources) {
  std::vector<Diagnostic> diagnostics;
  std::optional<std::uint32_t> id;
  const std::optional<toml::table> manifest = ParseToml(dir + "/lists.toml", sources, diagnostics, id);
  if (!manifest) return {std::nullopt, std::move(diagnostics)};
  const Place file{sources, *id};
  Result<PartyList> all{PartyList{}, {}};
  const toml::array* lists = (*manifest)["list"].as_array();
  if (!lists) Problem(file, nullptr, "expected [[list]] tables naming the bundled files", diagnostics);
  for (std::size_t i = 0; lists && i < lists->size(); ++i) {
    const toml::table* t = (*lists)[i].as_table();
    const std::optional<std::string> name = t ? (*t)["file"].value<std::string>() : std::nullopt;
    if (!name) {
      Problem(file, &(*lists)[i], "each [[list]] needs `file`", diagnostics);
      continue;
    }
    Result<PartyList> one = LoadPartyLists({dir + "/" + *name}, LoadOptions{.list_date = TomlDate(t->get("list_date"))}, sources);
    diagnostics.insert(diagnostics.end(), one.diagnostics.begin(), one.diagnostics.end());
    if (!one.ok()) continue;
    const auto shift = static_cast<std::uint32_t>(all.value->files.size());
    for (Entry& e : one.value->entries) e.file += shift;
    all.value->entries.insert(all.value->entries.end(), one.value->entries.begin(), one.value->entries.end());
    all.value->files.insert(all.value->files.end(), one.value->files.begin(), one.value->files.end());
  }
  if (HasErrors(diagnostics)) all.value.reset();
  all.diagnostics = std::move(diagnostics);
  return all;
}

Result<AffiliatesRule> LoadAffiliatesRule(const std::string& path, SourceSet& sources) {
  std::vector<Diagnostic> diagnostics;
  std::optional<std::uint32_t> id;
  const std::optional<toml::table> t = ParseToml(path, sources, diagnostics, id);
  if (!t) return {std::nullopt, std::move(diagnostics)};
  const Place file{sources, *id};
  AffiliatesRule rule;
  rule.citation = (*t)["citation"].value_or(std::string());
  rule.threshold_percent = (*t)["threshold_percent"].value_or(50);
  if (const toml::array* lists = (*t)["extends_to"].as_array()) {
    for (const toml::node& n : *lists) {
      const std::optional<SourceList> l = ListNamed(n.value_or(std::string()));
      if (l) rule.extends_to.push_back(*l);
      else Problem(file, &n, "not a list name (entity_list, military_end_user, ...)", diagnostics);
    }
  }
  if (const toml::array* periods = (*t)["period"].as_array()) {
    for (const toml::node& n : *periods) {
      const std::optional<AffiliatePeriod> p = n.as_table() ? ReadPeriod(*n.as_table(), file, diagnostics) : std::nullopt;
      if (p) rule.periods.push_back(*p);
    }
  }
  if (rule.periods.empty()) Problem(file, nullptr, "the rule has no [[period]] tables", diagnostics);
  if (HasErrors(diagnostics)) return {std::nullopt, std::move(diagnostics)};
  return {std::move(rule), std::move(diagnostics)};
}

}  // namespace chipgate::parties
