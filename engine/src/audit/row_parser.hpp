// One CSV record of a shipment log → a ShipmentRow: each value checked, and the first problem
// becomes the row's reject reason (a message naming the column and quoting the value) and kind.
// Values are read as the mapping's [format] says: date format, number separators, country
// names, a composite shipment id, the company's claim words.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "audit/header_columns.hpp"
#include "audit/audit_mapping.hpp"
#include "audit/claim.hpp"
#include "audit/columns.hpp"
#include "audit/reject_kind.hpp"
#include "audit/shipment_row.hpp"

namespace chipgate::audit_detail {

class RowParser {
 public:
  // Catalog ids and the mapping's part numbers become one lookup table; a mapping target that
  // is not a catalog id, or a claim word that maps to nothing in the vocabulary, is added to
  // `problems`. The arguments must outlive the parser.
  RowParser(const Model& model, const Catalog& catalog, const AuditMapping& mapping,
            std::optional<CountryCode> default_exporter_hq, std::vector<std::string>& problems);

  // Fills `row` (line set by the caller) from `record`; sets row.reject_reason on a problem.
  void Parse(const CsvRecord& record, const ColumnIndex& index, ShipmentRow& row);
  // Only the fields (with a composite id) and the claim: for a pass that picks rows by claim.
  // False (and `row` rejected) when the record's fields do not fit the header.
  bool ParseFields(const CsvRecord& record, const ColumnIndex& index, ShipmentRow& row);
  // The rest of Parse, after ParseFields returned true for the same record.
  void ParseValues(ShipmentRow& row);
  // See ShipmentLogReader::date_shape.
  std::string date_shape() const { return date_shape_.Describe(); }

 private:
  void Reject(ShipmentRow& row, RejectKind kind, AuditColumn column, std::string reason) const;
  bool CompositeId(const CsvRecord& record, const ColumnIndex& index, ShipmentRow& row);
  bool Required(ShipmentRow& row) const;
  std::optional<std::uint32_t> FindItem(std::string_view text);
  std::string UnknownItem(std::string_view text);
  std::optional<CountryCode> Country(ShipmentRow& row, AuditColumn c, bool optional);
  std::string UnknownCountry(AuditColumn c, std::string_view text) const;
  bool ParseDate(ShipmentRow& row);
  bool ParseQuantity(ShipmentRow& row);
  Claim ClaimOf(std::string_view text) const;

  const Model& model_;
  const Catalog& catalog_;
  const AuditMapping& mapping_;
  std::optional<CountryCode> default_exporter_hq_;
  std::unordered_map<std::string, std::uint32_t> items_;  // lower-case id or part number → index
  std::vector<std::string> names_;                        // every name in items_, for did-you-mean
  std::unordered_map<std::string, std::string> unknown_;  // reasons for unknown names (bounded)
  std::unordered_map<std::string, Claim> claims_;         // ClaimText of a company word → claim
  std::optional<CountryNames> country_names_;             // when the mapping reads names
  DateShapeGuess date_shape_;
  std::string key_;                                       // reused lookup buffer
  std::string composite_id_;                              // the joined shipment id of the row
};

}  // namespace chipgate::audit_detail
