// The columns of a shipment log chipgate reads, by role. Their keys are the default header
// names and a public format (docs/audit.md), so a log written for one version reads in the next.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace chipgate {

// The default header of each is its key ("ship_date").
enum class AuditColumn : std::uint8_t {
  kShipmentId,
  kShipDate,
  kItem,
  kQuantity,
  kDestination,
  kEndUser,
  kEndUserHq,   // optional: absent or blank = unknown (rules that need it are indeterminate)
  kClaimed,     // optional: absent or blank = nothing claimed (NLR)
  kExporterHq,  // optional: for License Exception HBM; blank = the run's default, if any
  kConsignee,   // optional: screened against the party lists like the end user
  kPurchaser,   // optional: screened against the party lists like the end user
  kEndUserParent,  // optional: an owner of the end user, screened under the Affiliates rule (as `check --end-user-parent`)
  kCount
};
constexpr std::size_t kAuditColumnCount = static_cast<std::size_t>(AuditColumn::kCount);
std::string_view AuditColumnKey(AuditColumn c);
bool AuditColumnRequired(AuditColumn c);
std::optional<AuditColumn> AuditColumnByKey(std::string_view key);

}  // namespace chipgate
