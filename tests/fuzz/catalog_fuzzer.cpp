// libFuzzer entry point for the catalog loader (see docs/fuzzing.md).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chipgate::fuzz::FuzzCatalogFile(data, size);
  return 0;
}
