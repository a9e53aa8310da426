// `chipgate catalog show ID`: every field of one item with its unit (unknown ones marked as
// such), the TPP and PD arithmetic, what a system contains, sources and notes.
#pragma once

#include <string>

#include "catalog/catalog.hpp"
#include "render/catalog_figures.hpp"
#include "check/model.hpp"

namespace chipgate::render {

// `catalog` resolves contained ids to names; `sources` gives the file the item came from.
// `figures` are the item's metrics from the rules; `model` and `params` say which conventions.
std::string ShowText(const Item& item, const Catalog& catalog, const ItemFigures& figures, const Model& model,
                     const ParamValues& params, const SourceSet& sources);
std::string ShowJson(const Item& item, const Catalog& catalog, const ItemFigures& figures, const Model& model,
                     const ParamValues& params, const SourceSet& sources);

}  // namespace chipgate::render
