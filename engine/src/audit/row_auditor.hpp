// Deciding rows with the compiled fast path: the rules are compiled once for the params and the
// catalog bound once; one scratch is reused, so rows for the same item hit its cache.
// Explanations are cached by decision (bounded), so building them costs nothing per row.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "audit/party_lookup.hpp"
#include "audit/row_explanation.hpp"
#include "audit/shipment_row.hpp"
#include "catalog/catalog.hpp"
#include "check/model.hpp"
#include "eval/params.hpp"

namespace chipgate {

class RowAuditor {
 public:
  // The arguments must outlive the auditor. Without `parties` no row is screened (each row's
  // reasons say so).
  RowAuditor(const Model& model, const Catalog& catalog, const ParamValues& params, const AuditPartyLookup* parties = nullptr);
  ~RowAuditor();
  RowAuditor(const RowAuditor&) = delete;
  RowAuditor& operator=(const RowAuditor&) = delete;

  // Precondition: `row` is not rejected. The reference lives until the next call.
  const RowExplanation& Audit(const ShipmentRow& row);
  // Starts loading what Audit(row) will read at random (the row's party-search slot), to be
  // called with the next row before Audit of this one. Changes no result.
  void Prefetch(const ShipmentRow& row);
  // What Audit(row).classifications would be (the ECCN paragraphs, then the criteria, the item
  // meets on the row's date), from the same fast-path decision but without screening the
  // parties or building an explanation: all a license's coverage needs, for a first pass.
  // Precondition: `row` is not rejected. The reference lives until the next call.
  const std::vector<std::string>& Classifications(const ShipmentRow& row);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// What RowAuditor asks every row with besides the row's own values, as a JSON object (stored
// with each run, so a row can be asked again from the database alone): end use "none", an
// export, the item's vendor as exporter, not a UAE approved entity, the end user and consignee
// in the destination.
std::string_view AuditFixedInputsJson();

}  // namespace chipgate
