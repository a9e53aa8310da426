// `chipgate catalog list`: one row per item with its derived metrics, as an aligned text
// table, a JSON array of objects or RFC 4180 CSV. Unknown values are "-", null or empty.
#pragma once

#include <string>

#include "catalog/catalog.hpp"
#include "render/catalog_figures.hpp"
#include "catalog/catalog.hpp"

namespace chipgate::render {

std::string ListText(const Catalog& catalog, const std::vector<ItemFigures>& figures);
std::string ListJson(const Catalog& catalog, const std::vector<ItemFigures>& figures);
std::string ListCsv(const Catalog& catalog, const std::vector<ItemFigures>& figures);

}  // namespace chipgate::render
