// libFuzzer entry point for the audit mapping file reader (see docs/fuzzing.md).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_inputs.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chipgate::fuzz::FuzzAuditMapping(data, size);
  return 0;
}
