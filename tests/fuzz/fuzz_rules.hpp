// The fuzz body shared by the libFuzzer target and the replay test: arbitrary bytes through the
// whole front end (parse, check, compile). It must never crash, hang or leak, whatever the input.
#pragma once

#include <cstddef>
#include <cstdint>

namespace chipgate::fuzz {

void FuzzRules(const std::uint8_t* data, std::size_t size);

}  // namespace chipgate::fuzz
