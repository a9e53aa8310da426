// Row parsing (see row_parser.hpp). The checks run in the order a person would fix them:
// structure, missing values, then each value. Messages quote what was written, cut short, and
// name the format they expected, so a whole export rejected for its dates says which
// date_format to set.
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
  for (const auto& [theirs, ours] : mapping.claims) {
    const Claim claim = ParseClaim(ours);
    if (claim.kind == ClaimKind::kUnrecognised) {
      problems.push_back(fmt::format("the mapping translates the claim {} to {}, which is not NLR, an exception code or a license number",
                                     Quoted(theirs), Quoted(ours)));
      continue;
    }
    claims_[ClaimText(theirs)] = claim;
  }
  if (mapping.country_names) country_names_.emplace();
}

void RowParser::Reject(ShipmentRow& row, RejectKind kind, AuditColumn column, std::string reason) const {
  row.reject_kind = kind;
  row.reject_column = column;
  row.reject_reason = std::move(reason);
}

// The parts of a composite id must each have a value: "4500012345/" would merge shipments.
bool RowParser::CompositeId(const CsvRecord& record, const ColumnIndex& index, ShipmentRow& row) {
  composite_id_.clear();
  for (std::size_t i = 0; i < index.id_parts.size(); ++i) {
    const std::string_view part = Trim(record[index.id_parts[i]]);
    if (part.empty()) {
      Reject(row, RejectKind::kMissingValue, AuditColumn::kShipmentId,
             fmt::format("no value in `{}`, part of the shipment id", mapping_.shipment_id_parts[i]));
      return false;
    }
    if (i > 0) composite_id_ += mapping_.id_separator;
    composite_id_ += part;
  }
  row.fields[static_cast<std::size_t>(AuditColumn::kShipmentId)] = composite_id_;
  return true;
}

Claim RowParser::ClaimOf(std::string_view text) const {
  if (!claims_.empty()) {
    if (const auto it = claims_.find(ClaimText(text)); it != claims_.end()) return it->second;
  }
  return ParseClaim(text);
}

bool RowParser::ParseFields(const CsvRecord& record, const ColumnIndex& index, ShipmentRow& row) {
  row.reject_reason.clear();
  row.reject_kind = RejectKind::kNone;
  row.reject_column = AuditColumn::kCount;
  row.end_user_hq.reset();
  row.exporter_hq.reset();
  row.fields = {};
  if (record.size() != index.field_count) {
    for (std::size_t i = 0; i < kAuditColumnCount; ++i) {
      if (index.at[i] && *index.at[i] < record.size()) row.fields[i] = record[*index.at[i]];
    }
    Reject(row, RejectKind::kFieldCount, AuditColumn::kCount,
           fmt::format("the record has {} field{} but the header has {} (an unquoted delimiter, or a missing one?)", record.size(),
                       record.size() == 1 ? "" : "s", index.field_count));
    return false;
  }
  for (std::size_t i = 0; i < kAuditColumnCount; ++i) {
    if (index.at[i]) row.fields[i] = record[*index.at[i]];
  }
  if (!index.id_parts.empty() && !CompositeId(record, index, row)) return false;
  row.claim = ClaimOf(row.field(AuditColumn::kClaimed));
  return true;
}

void RowParser::Parse(const CsvRecord& record, const ColumnIndex& index, ShipmentRow& row) {
  if (ParseFields(record, index, row)) ParseValues(row);
}

void RowParser::ParseValues(ShipmentRow& row) {
  if (!Required(row) || !ParseDate(row)) return;
  const auto item = FindItem(row.field(AuditColumn::kItem));
  if (!item) {
    Reject(row, RejectKind::kUnknownItem, AuditColumn::kItem, UnknownItem(row.field(AuditColumn::kItem)));
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
  ParseQuantity(row);
}

bool RowParser::Required(ShipmentRow& row) const {
  for (std::size_t i = 0; i < kAuditColumnCount; ++i) {
    const auto c = static_cast<AuditColumn>(i);
    if (AuditColumnRequired(c) && Trim(row.fields[i]).empty()) {
      Reject(row, RejectKind::kMissingValue, c, fmt::format("no value in the required column `{}`", HeaderName(mapping_, c)));
      return false;
    }
  }
  return true;
}

bool RowParser::ParseDate(ShipmentRow& row) {
  const std::string_view text = Trim(row.field(AuditColumn::kShipDate));
  const DateFormat& format = mapping_.date_format;
  const auto date = format == DateFormat{} ? Date::Parse(text) : ParseDateAs(text, format);
  if (!date) {
    date_shape_.Add(text);
    const std::string name = DateFormatName(format);
    Reject(row, RejectKind::kBadDate, AuditColumn::kShipDate,
           fmt::format("`{}` value {} is not a date; expected {}{}", HeaderName(mapping_, AuditColumn::kShipDate), Quoted(text), name,
                       format == DateFormat{} ? ", like 2024-05-01 (or set date_format in the mapping file)" : ""));
    return false;
  }
  if (const auto problem = CheckQueryDate(model_, *date)) {
    Reject(row, RejectKind::kDateOutOfCoverage, AuditColumn::kShipDate, fmt::format("ship date before the rules' coverage: {}", *problem));
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
  if (country_names_) {
    if (const auto named = country_names_->Find(text)) return named;
  }
  Reject(row, RejectKind::kBadCountry, c, UnknownCountry(c, text));
  return std::nullopt;
}

std::string RowParser::UnknownCountry(AuditColumn c, std::string_view text) const {
  const std::string header = HeaderName(mapping_, c);
  if (!country_names_) {
    return fmt::format("`{}` value {} is not an ISO 3166-1 alpha-2 country code{}", header, Quoted(text),
                       text == "UK" || text == "uk" ? " (the United Kingdom is GB)" : text.size() > 2 ? " (set country_names = true to read names)" : "");
  }
  return fmt::format("`{}` value {} is neither an ISO 3166-1 alpha-2 code nor a country name chipgate knows (engine/data/country-names.csv)",
                     header, Quoted(text));
}

// Whole units only: "1.200,000" under decimal ',' is 1200; "2.5" is not a number of chips.
bool RowParser::ParseQuantity(ShipmentRow& row) {
  const std::string_view text = Trim(row.field(AuditColumn::kQuantity));
  // Plain digits, the common case, without building a Rational.
  std::int64_t plain = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), plain);
  if (error == std::errc() && end == text.data() + text.size() && !text.empty() && text.front() != '-' && plain > 0 && plain <= kMaxQuantity) {
    row.quantity = plain;
    return true;
  }
  const auto value = ParseNumberAs(text, mapping_.number_format);
  const bool whole = value && value->Reduced().den() == 1;
  if (!whole || value->IsNegative() || value->IsZero() || value->Reduced().num() > kMaxQuantity) {
    Reject(row, RejectKind::kBadQuantity, AuditColumn::kQuantity,
           fmt::format("`{}` value {} is not a positive whole number of units", HeaderName(mapping_, AuditColumn::kQuantity), Quoted(text)));
    return false;
  }
  row.quantity = value->Reduced().num();
  return true;
}

}  // namespace chipgate::audit_detail
