// libFuzzer entry point for the license register reader (see docs/fuzzing.md).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_inputs.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chipgate::fuzz::FuzzLicenseRegister(data, size);
  return 0;
}
