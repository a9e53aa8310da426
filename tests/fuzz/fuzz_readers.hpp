// Fuzz bodies for the readers of untrusted input, shared by the libFuzzer targets and the
// replay test: arbitrary bytes as a shipment log (read, decided, written as CSV, JSON and the
// HTML report) and as a catalog file (loaded, hashed, bound and decided). They must never crash,
// hang or leak, whatever the input. The bundled rules and catalog are loaded once per process.
#pragma once

#include <cstddef>
#include <cstdint>

namespace chipgate::fuzz {

void FuzzAuditLog(const std::uint8_t* data, std::size_t size);
void FuzzCatalogFile(const std::uint8_t* data, std::size_t size);

}  // namespace chipgate::fuzz
