// libFuzzer entry point for the HTTP API's JSON body reader (see docs/fuzzing.md).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_server.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chipgate::fuzz::FuzzServerJson(data, size);
  return 0;
}
