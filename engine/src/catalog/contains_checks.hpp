// Checks on `contains` across the whole merged catalog: every contained id must exist, and no
// item may contain itself, directly or through others (a cycle would make any roll-up over a
// system's parts loop forever).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "chipgate/diagnostic.hpp"

namespace chipgate::catalog_detail {

void CheckContains(const std::map<std::string, Item>& items, std::vector<Diagnostic>& diagnostics);

}  // namespace chipgate::catalog_detail
