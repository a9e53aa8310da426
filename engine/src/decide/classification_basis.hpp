// The basis of each classification an answer reports: derived from the catalog figures (rules
// that read TOPS, transfer rates, die area) or stated by the vendor (rules that apply the
// catalog's `vendor_eccn`). Read from the typed reasons and each classify rule's basis, never from
// rule titles, so a retitled rule cannot change what the memo claims.
#pragma once

#include <string>
#include <vector>

#include "check/model.hpp"
#include "chipgate/decision.hpp"

namespace chipgate::decide {

struct EccnBasis {
  std::string eccn;          // "3A090.a"
  ClassificationBasis basis;
  std::string source;        // kVendorStated: the catalog's vendor_eccn_source; else empty
};

// One entry per classification (not criterion) of `d` and basis that supports it, in the order
// of d.classifications, derived before stated. `vendor_source` is the item's vendor_eccn_source.
std::vector<EccnBasis> ClassificationBases(const Decision& d, const Model& m, const std::string& vendor_source);

// "3A090.a (derived from the catalog figures; stated by the vendor: SOURCE)", one per
// classification, joined by ", "; a classification no reason supports is listed bare.
std::string ClassificationsWithBasis(const Decision& d, const Model& m, const std::string& vendor_source);

}  // namespace chipgate::decide
