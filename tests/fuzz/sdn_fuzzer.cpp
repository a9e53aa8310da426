// libFuzzer entry point for the party-list reader of its name (see docs/fuzzing.md).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_parties.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chipgate::fuzz::FuzzPartyList(chipgate::fuzz::PartyFormat::kSdnCsv, data, size);
  return 0;
}
