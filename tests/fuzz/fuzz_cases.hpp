// The fuzz body for rule test case files (`chipgate test`), shared by the libFuzzer target
// case_file_fuzzer and the replay test: arbitrary bytes as a case file, read, and when it reads
// cleanly, its first cases run against the bundled rules and catalog and every report written.
// It must never crash, hang or leak, whatever the input.
#pragma once

#include <cstddef>
#include <cstdint>

namespace chipgate::fuzz {

void FuzzCaseFile(const std::uint8_t* data, std::size_t size);

}  // namespace chipgate::fuzz
