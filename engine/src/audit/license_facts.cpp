// What a license check needs from a row and its decision (see license_check.hpp), and the
// words for each finding. The classifications come from the fast path's answer the auditor
// already computed, so a license is checked against exactly what the verdict was based on.
#include <fmt/format.h>

#include "audit/license_check.hpp"
#include "chipgate/program.hpp"

namespace chipgate::audit_detail {
namespace {

std::string ItemList(const licenses::License& l, std::size_t limit = 5) {
  std::string out;
  std::size_t shown = 0;
  for (const auto& e : l.eccns) out += shown++ < limit ? fmt::format("{}{}", out.empty() ? "" : ", ", e) : "";
  if (!l.items.empty()) out += fmt::format("{}{} catalog item{}", out.empty() ? "" : ", ", l.items.size(), l.items.size() == 1 ? "" : "s");
  return out;
}

std::string CountryList(const licenses::License& l) {
  std::string out;
  for (std::size_t i = 0; i < l.destinations.size() && i < 10; ++i) out += (i ? ", " : "") + l.destinations[i].ToString();
  return l.destinations.size() > 10 ? out + ", ..." : out;
}

}  // namespace

void NoteDecisionFacts(const Model& model, const FastDecision& fast, RowExplanation& out) {
  out.license_required = fast.license_required;
  out.classifications.clear();
  for (std::size_t e = 0; e < model.eccns.size(); ++e) {
    if (fast.eccn_true.test(e)) out.classifications.push_back(model.eccns[e].name);
  }
}

licenses::Shipment ShipmentOf(const ShipmentRow& row, const RowExplanation& why) {
  return {row.item, why.classifications, row.destination, row.field(AuditColumn::kEndUser), row.date};
}

std::string FindingSentence(licenses::Finding f, const licenses::License* l) {
  using licenses::Finding;
  if (f == Finding::kUnknownNumber || l == nullptr) return "the license number claimed is not in the license register";
  switch (f) {
    case Finding::kCovered:
      return fmt::format("license {} ({}) covers this date, item, destination and end user, with quantity left", l->number, l->source);
    case Finding::kNotYetValid: return fmt::format("license {} is valid only from {}, after the ship date", l->number, l->valid_from.ToString());
    case Finding::kExpired: return fmt::format("license {} expired on {}, before the ship date", l->number, l->valid_to.ToString());
    case Finding::kItemNotCovered: return fmt::format("license {} does not cover the item (it names {})", l->number, ItemList(*l));
    case Finding::kDestinationNotCovered:
      return fmt::format("license {} does not cover the destination (it names {})", l->number, CountryList(*l));
    case Finding::kEndUserDifferent: return fmt::format("license {} is for the end user `{}`, not the row's", l->number, l->end_user);
    case Finding::kQuantityExhausted:
      return fmt::format("license {} authorises {} units, used up by earlier shipments in ship-date order", l->number, l->quantity ? l->quantity->ToString() : "unlimited");
    case Finding::kUnknownNumber: break;
  }
  return "the license number claimed is not in the license register";
}

}  // namespace chipgate::audit_detail
