// The verdict a row of a shipment log gets, and the words for it. The words are a public format
// (the DB, CSV and JSON outputs and users' scripts read them), so they never change.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace chipgate {

// kProhibited: the rules say no license or license exception can authorize the shipment
// (Outcome::kProhibited), whatever the row claims. Worse than a violation, which a license
// would have cured, so an auditor counts it apart.
enum class Verdict : std::uint8_t { kOk, kViolation, kOverDeclared, kIndeterminate, kRejected, kProhibited };
constexpr std::size_t kVerdictCount = 6;
// "ok", "violation", "over-declared", "indeterminate", "rejected", "prohibited".
std::string_view VerdictName(Verdict v);
// The verdict a stored word names (VerdictName's inverse); nothing for another word.
std::optional<Verdict> VerdictByName(std::string_view name);

}  // namespace chipgate
