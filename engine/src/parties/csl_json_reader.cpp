// The trade.gov Consolidated Screening List in its JSON form (the bulk download): an object
// whose `results` array holds entries with the CSV's field names, `alt_names` and `programs`
// as arrays and `addresses` as objects with a `country`. Fields of an unexpected type are
// reported with the entry's index, never thrown.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "parties/codes.hpp"
#include "parties/readers.hpp"

namespace chipgate::parties {
namespace {

using nlohmann::json;

struct EntryContext {
  std::uint64_t line;  // result index + 1: JSON diagnostics name the entry, not a text line
  FileDiagnostics& diagnostics;

  void WrongType(std::string_view key, const char* expected) const {
    diagnostics.At(Severity::kError, codes::kJsonShape, line, key, fmt::format("expected {}", expected));
  }
};

std::string Text(const json& entry, const char* key, const EntryContext& context) {
  const auto it = entry.find(key);
  if (it == entry.end() || it->is_null()) return {};
  if (it->is_string()) return std::string(TrimBlanks(it->get_ref<const std::string&>()));
  context.WrongType(key, "a string");
  return {};
}

// A list of strings, or one string with ";" between the items (both occur in exports).
std::vector<std::string> Texts(const json& entry, const char* key, const EntryContext& context) {
  const auto it = entry.find(key);
  if (it == entry.end() || it->is_null()) return {};
  if (it->is_string()) return SplitTrimmed(it->get_ref<const std::string&>(), ';');
  std::vector<std::string> out;
  if (!it->is_array()) {
    context.WrongType(key, "an array of strings");
    return out;
  }
  for (const json& v : *it) {
    if (v.is_string() && !TrimBlanks(v.get_ref<const std::string&>()).empty()) {
      out.emplace_back(TrimBlanks(v.get_ref<const std::string&>()));
    } else if (!v.is_string()) {
      context.WrongType(key, "an array of strings");
    }
  }
  return out;
}

void Countries(Entry& e, const json& entry, const EntryContext& context) {
  const auto it = entry.find("addresses");
  if (it == entry.end() || it->is_null()) return;
  if (!it->is_array()) return context.WrongType("addresses", "an array of objects");
  for (const json& address : *it) {
    const auto country = address.is_object() ? address.find("country") : address.end();
    if (!address.is_object()) {
      context.WrongType("addresses", "an array of objects");
    } else if (country != address.end() && country->is_string()) {
      AddAddressCountry(e, country->get_ref<const std::string&>(), context.diagnostics, "addresses.country");
    }
  }
}

Entry ReadEntry(const json& j, std::size_t index, std::uint32_t file, FileDiagnostics& diagnostics) {
  Entry e;
  e.file = file;
  e.line = index + 1;
  const EntryContext context{e.line, diagnostics};
  if (!j.is_object()) {
    context.WrongType("", "an object");
    return e;
  }
  e.id = Text(j, j.contains("_id") ? "_id" : "id", context);
  e.source = Text(j, "source", context);
  e.name = Text(j, "name", context);
  e.aliases = Texts(j, "alt_names", context);
  Countries(e, j, context);
  e.federal_register_notice = Text(j, "federal_register_notice", context);
  e.start_date = DateField(Text(j, "start_date", context), e.line, "start_date", diagnostics);
  e.end_date = DateField(Text(j, "end_date", context), e.line, "end_date", diagnostics);
  e.license_requirement = Text(j, "license_requirement", context);
  e.license_policy_text = Text(j, "license_policy", context);
  for (const std::string& p : Texts(j, "programs", context)) e.programs += (e.programs.empty() ? "" : "; ") + p;
  FinishEntry(e, diagnostics);
  return e;
}

std::optional<Date> StatedListDate(const json& root) {
  std::optional<Date> newest;
  const auto used = root.find("sources_used");
  if (used == root.end() || !used->is_array()) return newest;
  for (const json& s : *used) {
    const auto it = s.is_object() ? s.find("source_last_updated") : s.end();
    if (!s.is_object() || it == s.end() || !it->is_string()) continue;
    const std::optional<Date> d = Date::Parse(std::string_view(it->get_ref<const std::string&>()).substr(0, 10));
    if (d && (!newest || *d > *newest)) newest = d;
  }
  return newest;
}

}  // namespace

std::optional<Date> ReadCslJson(std::string_view text, std::uint32_t file_index, FileDiagnostics& diagnostics,
                                PartyList& list) {
  json root;
  try {
    root = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    diagnostics.AtOffset(codes::kJsonSyntax, e.byte > 0 ? e.byte - 1 : 0, "not valid JSON");
    return std::nullopt;
  }
  const auto results = root.is_object() ? root.find("results") : root.end();
  if (!root.is_object() || results == root.end() || !results->is_array()) {
    diagnostics.File(codes::kJsonShape, "expected an object with a `results` array (the CSL bulk JSON)");
    return std::nullopt;
  }
  for (std::size_t i = 0; i < results->size(); ++i) {
    list.entries.push_back(ReadEntry((*results)[i], i, file_index, diagnostics));
  }
  return StatedListDate(root);
}

}  // namespace chipgate::parties
