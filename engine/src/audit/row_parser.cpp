// Row parsing (see row_parser.hpp). The checks run in the order a person would fix them:
// structure, missing values, then each value. Messages quote what was written, cut short.
#include "audit/row_parser.hpp"

#include <fmt/format.h>

#include <charconv>

#include "audit/text.hpp"
#include "explain/explain.hpp"
#include "text/spelling.hpp"

namespace chipgate::audit_detail {
namespace {

constexpr std::size_t kMaxRememberedUnknown = 10000;
constexpr std::int64_t kMaxQuantity = 1'000'000'000'000;

std::string HeaderName(const AuditMapping& mapping, AuditColumn c) {
  const std::string& mapped = mapping.headers[static_cast<std::size_t>(c)];
  return mapped.empty() ? std::string(AuditColumnKey(c)) : mapped;
}

}  // namespace

RowParser::RowParser(const Model& model, const Catalog& catalog, const AuditMapping& mapping,
                     std::optional<CountryCode> default_exporter_hq, std::vector<std::string>& problems)
    : model_(model), catalog_(catalog), mapping_(mapping), default_exporter_hq_(default_exporter_hq) {
  for (std::uint32_t i = 0; i < catalog.size(); ++i) {
    items_.emplace(AsciiLower(catalog.items()[i].id), i);
    names_.push_back(catalog.items()[i].id);
  }
  for (const auto& [theirs, id] : mapping.items) {
    const auto index = catalog.IndexOf(id);
    if (!index) {
      problems.push_back(fmt::format("the mapping sends part number {} to `{}`, which is not in the catalog", Quoted(theirs), id));
      continue;
    }
    items_[AsciiLower(Trim(theirs))] = static_cast<std::uint32_t>(*index);
    names_.push_back(std::string(Trim(theirs)));
  }
}

void RowParser::Parse(const CsvRecord& record, const ColumnIndex& index, ShipmentRow& row) {
  row.reject_reason.clear();
  row.end_user_hq.reset();
  row.exporter_hq.reset();
  row.fields = {};
  if (record.size() != index.field_count) {
    for (std::size_t i = 0; i < kAuditColumnCount; ++i) {
      if (index.at[i] && *index.at[i] < record.size()) row.fields[i] = record[*index.at[i]];
    }
    row.reject_reason = fmt::format("the record has {} field{} but the header has {} (an unquoted comma, or a missing one?)",
                                    record.size(), record.size() == 1 ? "" : "s", index.field_count);
    return;
  }
  for (std::size_t i = 0; i < kAuditColumnCount; ++i) {
    if (index.at[i]) row.fields[i] = record[*index.at[i]];
  }
  if (!Required(row) || !ParseDate(row)) return;
  const auto item = FindItem(row.field(AuditColumn::kItem));
  if (!item) {
    row.reject_reason = UnknownItem(row.field(AuditColumn::kItem));
    return;
  }
  row.item = *item;
  const auto destination = Country(row, AuditColumn::kDestination, false);
  if (!destination) return;
  row.destination = *destination;
  row.end_user_hq = Country(row, AuditColumn::kEndUserHq, true);
  if (row.rejected()) return;
  row.exporter_hq = Country(row, AuditColumn::kExporterHq, true);
  if (row.rejected()) return;
  if (!row.exporter_hq) row.exporter_hq = default_exporter_hq_;
  if (!ParseQuantity(row)) return;
  row.claim = ParseClaim(row.field(AuditColumn::kClaimed));
}

bool RowParser::Required(ShipmentRow& row) const {
  for (std::size_t i = 0; i < kAuditColumnCount; ++i) {
    const auto c = static_cast<AuditColumn>(i);
    if (AuditColumnRequired(c) && Trim(row.fields[i]).empty()) {
      row.reject_reason = fmt::format("no value in the required column `{}`", HeaderName(mapping_, c));
      return false;
    }
  }
  return true;
}

bool RowParser::ParseDate(ShipmentRow& row) {
  const std::string_view text = Trim(row.field(AuditColumn::kShipDate));
  const auto date = Date::Parse(text);
  if (!date) {
    row.reject_reason = fmt::format("`{}` value {} is not a date; expected YYYY-MM-DD, like 2024-05-01",
                                    HeaderName(mapping_, AuditColumn::kShipDate), Quoted(text));
    return false;
  }
  if (const auto problem = CheckQueryDate(model_, *date)) {
    row.reject_reason = fmt::format("ship date before the rules' coverage: {}", *problem);
    return false;
  }
  row.date = *date;
  return true;
}

std::optional<std::uint32_t> RowParser::FindItem(std::string_view text) {
  AsciiLowerInto(Trim(text), key_);
  const auto it = items_.find(key_);
  if (it == items_.end()) return std::nullopt;
  return it->second;
}

// Did-you-mean is an edit distance against every name; remembering the answer per unknown
// name keeps a log full of one misspelt part number fast (bounded, so memory stays flat).
std::string RowParser::UnknownItem(std::string_view text) {
  const std::string name(Trim(text));
  if (const auto it = unknown_.find(name); it != unknown_.end()) return it->second;
  std::string reason = fmt::format("unknown item {}: not a catalog id or a mapped part number", Quoted(name));
  // A part of an id ("nvidia-h100") is more often meant than the id one letter away.
  const std::string lower = AsciiLower(name);
  std::string prefixed;
  std::size_t shown = 0;
  for (const auto& candidate : names_) {
    if (shown < 5 && !lower.empty() && candidate.size() > lower.size() && AsciiLower(candidate).rfind(lower, 0) == 0) {
      prefixed += fmt::format("{}`{}`", shown++ == 0 ? "" : ", ", candidate);
    }
  }
  if (!prefixed.empty()) {
    reason += fmt::format("; did you mean {}?", prefixed);
  } else if (const auto near = ClosestMatch(lower, names_)) {
    reason += fmt::format("; did you mean `{}`?", *near);
  }
  if (unknown_.size() >= kMaxRememberedUnknown) unknown_.clear();
  unknown_.emplace(name, reason);
  return reason;
}

std::optional<CountryCode> RowParser::Country(ShipmentRow& row, AuditColumn c, bool optional) {
  const std::string_view text = Trim(row.field(c));
  if (text.empty() && optional) return std::nullopt;
  if (const auto code = CountryCode::Parse(text)) return code;
  row.reject_reason = fmt::format("`{}` value {} is not an ISO 3166-1 alpha-2 country code{}", HeaderName(mapping_, c), Quoted(text),
                                  text == "UK" || text == "uk" ? " (the United Kingdom is GB)" : "");
  return std::nullopt;
}

bool RowParser::ParseQuantity(ShipmentRow& row) {
  const std::string_view text = Trim(row.field(AuditColumn::kQuantity));
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  const bool digits_only = text.find_first_not_of("0123456789") == std::string_view::npos;
  if (!digits_only || error != std::errc() || end != text.data() + text.size() || value <= 0 || value > kMaxQuantity) {
    row.reject_reason = fmt::format("`{}` value {} is not a positive whole number of units", HeaderName(mapping_, AuditColumn::kQuantity),
                                    Quoted(text));
    return false;
  }
  row.quantity = value;
  return true;
}

}  // namespace chipgate::audit_detail
