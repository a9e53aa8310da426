// The bundled sample party list (lists/), loaded once per test binary, and a helper that writes
// a list file into a temporary folder for reader tests.
#pragma once

#include <string>
#include <vector>

#include "chipgate/parties.hpp"

namespace chipgate::testing {

struct BundledParties {
  SourceSet sources;
  parties::PartyList list;
};

const BundledParties& LoadBundledParties();
// An index over the bundled list (built once).
const parties::PartyIndex& BundledPartyIndex();

// Searches the bundled list; the hits' entries are in LoadBundledParties().list.
std::vector<parties::Hit> SearchBundled(const std::string& name, const std::string& date,
                                        const std::string& country = "");
const parties::Entry& EntryOf(const parties::Hit& hit);

}  // namespace chipgate::testing
