// Test helpers for the vendor tools: items placed exactly at chosen TPP and PD, and independent
// re-evaluation of an item after a `field=value` edit (the whatif path), so that what headroom
// reports can be checked without going through headroom's own code.
#pragma once

#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "chipgate/decision.hpp"
#include "analysis/decision_cell.hpp"
#include "support/bundled.hpp"

namespace chipgate::testing {

Rational Dec(const char* text);

// An IC with TPP `tpp` (all of it at fp16) and performance density `pd` (die = tpp / pd).
Item PlacedIc(const std::string& id, const char* tpp, const char* pd, bool datacenter);

// The bundled catalog with `extra` added (or replacing the item of the same id).
Catalog WithItems(const std::vector<Item>& extra);

// `item` after the edits ("tpp=4799.99", "die_area_mm2=740"); fails the test on a bad edit.
Item Edited(const Item& item, const std::vector<std::string>& edits);

// The classification of `item` (by id, in `catalog`): the paragraphs that hold, then "?" and each
// undecided one; and its decision cell for `to` with the end user headquartered there.
std::vector<std::string> ClassificationOf(const Catalog& catalog, const std::string& id, Date date);
DecisionCell CellFor(const Catalog& catalog, const std::string& id, const char* to, Date date);

}  // namespace chipgate::testing
