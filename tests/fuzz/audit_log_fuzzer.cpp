// libFuzzer entry point for the shipment-log reader, through verdicts to the writers (see
// docs/fuzzing.md).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chipgate::fuzz::FuzzAuditLog(data, size);
  return 0;
}
