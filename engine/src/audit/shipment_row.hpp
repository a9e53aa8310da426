// One record of a shipment log, as written and as parsed: what the reader hands the auditor,
// and what a re-screening rebuilds from the database.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "audit/claim.hpp"
#include "audit/columns.hpp"
#include "audit/reject_kind.hpp"
#include "chipgate/country.hpp"
#include "chipgate/date.hpp"
#include "explain/explain.hpp"

namespace chipgate {

// The `fields` views point into the reader's current record and live until its next Next() call.
struct ShipmentRow {
  std::uint64_t line = 0;  // 1-based physical line where the record starts
  std::array<std::string_view, kAuditColumnCount> fields{};
  std::string reject_reason;  // non-empty: the row is rejected and nothing below is set
  RejectKind reject_kind = RejectKind::kNone;
  AuditColumn reject_column = AuditColumn::kCount;  // the column at fault, when there is one
  std::uint32_t item = 0;     // catalog index
  Date date;
  std::int64_t quantity = 0;
  CountryCode destination;
  std::optional<CountryCode> end_user_hq;
  std::optional<CountryCode> exporter_hq;
  Claim claim;

  std::string_view field(AuditColumn c) const { return fields[static_cast<std::size_t>(c)]; }
  bool rejected() const { return !reject_reason.empty(); }
  // The question this row asks the rules. Precondition: !rejected().
  Query AsQuery() const {
    Query q;
    q.item = item;
    q.destination = destination;
    q.end_user_hq = end_user_hq;
    q.exporter_hq = exporter_hq;
    q.date = date;
    return q;
  }
};

}  // namespace chipgate
