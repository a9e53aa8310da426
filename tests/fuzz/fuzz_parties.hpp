// The fuzz bodies of the party-list readers, shared by the libFuzzer targets and the replay
// test: arbitrary bytes read as a CSL CSV, a CSL JSON or an OFAC sdn.csv (used as its own
// alt.csv too), the diagnostics rendered, and what was read indexed and searched (so the
// normaliser sees arbitrary UTF-8). Must never crash, hang or leak, whatever the input.
#pragma once

#include <cstddef>
#include <cstdint>

namespace chipgate::fuzz {

enum class PartyFormat { kCslCsv, kCslJson, kSdnCsv };

void FuzzPartyList(PartyFormat format, const std::uint8_t* data, std::size_t size);

}  // namespace chipgate::fuzz
