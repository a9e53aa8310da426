// One `[[case]]` table into a Case (see case_read.hpp): the question's keys, the params, and
// the checks that span keys (the required ones, and the question keys that mean nothing for a
// classification case, which would otherwise be silently ignored).
#include <fmt/format.h>

#include <array>

#include "cases/case_codes.hpp"
#include "cases/case_read.hpp"

namespace chipgate::cases {
namespace {

constexpr std::array<std::string_view, 4> kRequired = {"name", "item", "date", "expect"};
// The parts of the question a classification (no `to`) does not read.
constexpr std::array<std::string_view, 11> kNeedDestination = {
    "end_user_hq", "exporter_hq",      "end_use",   "transaction", "exporter",        "uae_approved_entity",
    "end_user",    "end_user_country", "consignee", "purchaser",   "end_user_parent"};

std::string* TextSlot(Case& c, std::string_view key) {
  Question& q = c.question;
  if (key == "name") return &c.name;
  if (key == "source") return &c.source;
  if (key == "item") return &q.item;
  if (key == "date") return &q.date;
  if (key == "to") return &q.destination;
  if (key == "end_user_hq") return &q.end_user_hq;
  if (key == "exporter_hq") return &q.exporter_hq;
  if (key == "transaction") return &q.transaction;
  if (key == "exporter") return &q.exporter;
  if (key == "end_user") return &q.end_user;
  if (key == "end_user_country") return &q.end_user_country;
  if (key == "consignee") return &q.consignee;
  if (key == "purchaser") return &q.purchaser;
  if (key == "end_user_parent") return &q.end_user_parent;
  return nullptr;
}

std::vector<std::string>* TextsSlot(Case& c, std::string_view key) {
  if (key == "params") return &c.params;
  if (key == "end_use") return &c.question.end_use;
  return nullptr;
}

std::vector<std::string_view> CaseKeys() {
  return {"name",     "source",   "item",           "date",     "to",        "end_user_hq",      "exporter_hq",
          "params",   "end_use",  "transaction",    "exporter", "uae_approved_entity", "end_user", "end_user_country",
          "consignee", "purchaser", "end_user_parent", "expect"};
}

// Reads one key into the case; false when the value was refused (already reported).
bool ReadKey(CaseToml& file, Case& c, const toml::key& key, const toml::node& node, bool has_destination) {
  const std::string_view k = key.str();
  if (std::string* slot = TextSlot(c, k)) {
    auto text = file.Text(k, node);
    if (text) *slot = std::move(*text);
    return text.has_value();
  }
  if (std::vector<std::string>* slot = TextsSlot(c, k)) {
    auto texts = file.Texts(k, node);
    if (texts) *slot = std::move(*texts);
    return texts.has_value();
  }
  if (k == "uae_approved_entity") {
    const auto b = file.Bool(k, node);
    c.question.uae_approved_entity = b.value_or(false);
    return b.has_value();
  }
  if (k == "expect") {
    const toml::table* expect = file.Table(k, node);
    if (expect == nullptr) return false;
    auto read = ReadExpectations(file, *expect, has_destination);
    if (read) c.expectations = std::move(*read);
    return read.has_value();
  }
  file.UnknownKey(key, "case", CaseKeys());
  return false;
}

bool CheckRequired(CaseToml& file, const toml::table& table, std::size_t index) {
  bool ok = true;
  for (const auto key : kRequired) {
    if (table.contains(key)) continue;
    Diagnostic d = Error(codes::kMissing, fmt::format("case {} has no `{}`", index + 1, key), file.SpanOf(table));
    if (key == "expect") d.help = "add a `[case.expect]` table: a case without expectations checks nothing";
    if (key == "date") d.help = "a case states its date, so that it means the same thing next year";
    file.Report(std::move(d));
    ok = false;
  }
  return ok;
}

bool CheckDestinationKeys(CaseToml& file, const toml::table& table) {
  if (table.contains("to")) return true;
  bool ok = true;
  for (const auto key : kNeedDestination) {
    const auto it = table.find(key);
    if (it == table.end()) continue;
    Diagnostic d = Error(codes::kNeedsDestination, fmt::format("`{}` needs `to`", key), file.SpanOf(it->first));
    d.help = "without `to` a case only classifies the item; add the destination";
    file.Report(std::move(d));
    ok = false;
  }
  return ok;
}

}  // namespace

std::optional<Case> ReadCase(CaseToml& file, const toml::table& table, std::size_t index) {
  Case c;
  c.file = file.path();
  c.index = index;
  c.line = file.LineOf(file.SpanOf(table));
  const bool required = CheckRequired(file, table, index);
  bool ok = CheckDestinationKeys(file, table) && required;
  for (const auto& [key, node] : table) {
    c.key_lines.push_back({std::string(key.str()), file.LineOf(file.SpanOf(key))});
    ok = ReadKey(file, c, key, node, table.contains("to")) && ok;
  }
  if (!ok) return std::nullopt;
  return c;
}

}  // namespace chipgate::cases
