// libFuzzer entry point for the rule front end (see docs/fuzzing.md).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chipgate::fuzz::FuzzRules(data, size);
  return 0;
}
