// The authorization a row claims, read so that a misreading fails closed (claim.cpp says how):
// text that is not "nothing", an exception code or a license number authorizes nothing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace chipgate {

enum class ClaimKind : std::uint8_t {
  kNoLicense,     // blank, NLR, none, n/a, NA, -
  kLicense,       // a license number (see LooksLikeLicenseNumber)
  kException,     // a Part 740 license exception code
  kUnrecognised,  // anything else: authorizes nothing (a violation where a license was required)
};
struct Claim {
  ClaimKind kind = ClaimKind::kNoLicense;
  std::string code;            // kException: the exception code, upper-case ("NAC")
  std::string license_number;  // kLicense: the number, trimmed and upper-case ("D1234567")
};
// Trimmed (spaces, tabs) and ASCII upper-case: how claims and license numbers are compared.
std::string ClaimText(std::string_view text);
// The documented shape of a license number (docs/audit.md, "Claims"): 6 to 24 characters, a
// letter first, then only letters, digits, `-` and `/`, with at least 5 digits ("D1234567",
// "G-2024-00017"). `upper` is ClaimText of the text. "EAR99", "TBD", "0", "3A090.a" and
// "NO LICENSE REQUIRED" do not look like one.
bool LooksLikeLicenseNumber(std::string_view upper);
// Whether `upper` is one of the 15 CFR Part 740 license exception codes.
bool IsExceptionCode(std::string_view upper);
// Blank, "NLR", "none", "n/a", "NA" and "-" claim nothing (NLR); a Part 740 license exception
// code ("NAC", "ACA", "STA", ...) claims that exception; text shaped like a license number
// claims that license; anything else is unrecognised. Case-insensitive.
Claim ParseClaim(std::string_view text);

}  // namespace chipgate
