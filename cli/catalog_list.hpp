// `chipgate catalog list`: one row per item with its derived metrics, as an aligned text
// table, a JSON array of objects or RFC 4180 CSV. Unknown values are "-", null or empty.
#pragma once

#include <string>

#include "chipgate/catalog.hpp"
#include "catalog_figures.hpp"
#include "chipgate/catalog.hpp"

namespace chipgate::cli {

std::string ListText(const Catalog& catalog, const std::vector<ItemFigures>& figures);
std::string ListJson(const Catalog& catalog, const std::vector<ItemFigures>& figures);
std::string ListCsv(const Catalog& catalog, const std::vector<ItemFigures>& figures);

}  // namespace chipgate::cli
