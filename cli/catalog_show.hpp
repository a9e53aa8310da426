// `chipgate catalog show ID`: every field of one item with its unit (unknown ones marked as
// such), the TPP and PD arithmetic, what a system contains, sources and notes.
#pragma once

#include <string>

#include "chipgate/catalog.hpp"
#include "chipgate/derived_metrics.hpp"

namespace chipgate::cli {

// `catalog` resolves contained ids to names; `sources` gives the file the item came from.
std::string ShowText(const Item& item, const Catalog& catalog, const BitLengths& bits,
                     const SourceSet& sources);
std::string ShowJson(const Item& item, const Catalog& catalog, const BitLengths& bits,
                     const SourceSet& sources);

}  // namespace chipgate::cli
