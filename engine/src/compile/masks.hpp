// Country collections resolved on a date: group memberships by interval, set algebra, then the
// `treat` substitutions (a country treated as another takes that country's membership).
#pragma once

#include "check/model.hpp"
#include "compile/program.hpp"

namespace chipgate::compile {

CountryMask ResolveCountries(const Model& model, NodeId collection, Date date);

}  // namespace chipgate::compile
