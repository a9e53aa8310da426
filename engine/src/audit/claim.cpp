// What a row claims to have shipped under. The claim is compared with what the rules require,
// so a misreading must fail closed: spellings of "nothing" are read as no license (a license
// requirement then shows as a violation), and every Part 740 exception code is recognised as an
// exception, so that "STA" is never mistaken for a license number (which would pass any row
// that needed a license).
#include <algorithm>
#include <array>

#include "audit/audit.hpp"

namespace chipgate {
namespace {

// 15 CFR Part 740 license exception codes (the advanced computing ones and the rest). Only
// those the rules encode can be available for an advanced computing item; the others are
// recognised so that they are judged as exceptions that do not apply.
constexpr std::array<std::string_view, 25> kExceptionCodes = {
    "ACA", "ACM", "AGR", "AIA", "APP", "APR", "AVS", "BAG", "CCD", "ENC", "GBS", "GFT", "GOV",
    "HBM", "IEC", "LPP", "LVS", "NAC", "RFF", "RPL", "SCP", "STA", "TMP", "TSR", "TSU"};

constexpr std::array<std::string_view, 6> kNoLicense = {"", "NLR", "NONE", "N/A", "NA", "-"};

std::string TrimmedUpper(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  text = text.substr(first, text.find_last_not_of(" \t") - first + 1);
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

}  // namespace

Claim ParseClaim(std::string_view text) {
  std::string upper = TrimmedUpper(text);
  if (std::find(kNoLicense.begin(), kNoLicense.end(), upper) != kNoLicense.end()) return {};
  if (std::find(kExceptionCodes.begin(), kExceptionCodes.end(), upper) != kExceptionCodes.end()) {
    return {ClaimKind::kException, std::move(upper)};
  }
  return {ClaimKind::kLicense, {}};
}

}  // namespace chipgate
