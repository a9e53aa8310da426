// Fuzz bodies for the audit's user-written inputs, shared by the libFuzzer targets and the
// replay test: arbitrary bytes as a license register (the CSV reader, the header, every field
// parser, the diagnostics) and as a mapping file (TOML, [columns], [format], [claims], and the
// claim and date vocabularies it feeds). They must never crash, hang or leak.
#pragma once

#include <cstddef>
#include <cstdint>

namespace chipgate::fuzz {

void FuzzLicenseRegister(const std::uint8_t* data, std::size_t size);
void FuzzAuditMapping(const std::uint8_t* data, std::size_t size);

}  // namespace chipgate::fuzz
