// What a row claims to have shipped under. The claim is compared with what the rules require,
// so a misreading must fail closed:
// - spellings of "nothing" are read as no license (a license requirement then shows as a
//   violation);
// - every Part 740 exception code is recognised as an exception, so that "STA" is never
//   mistaken for a license number (which would pass any row that needed a license);
// - a license number must look like one (LooksLikeLicenseNumber), so that "EAR99", "TBD",
//   "pending", "0" or "3A090.a" are never read as an authorization: they are unrecognised,
//   which is a violation wherever a license was required.
#include <algorithm>
#include <array>

#include "audit/claim.hpp"

namespace chipgate {
namespace {

// 15 CFR Part 740 license exception codes (the advanced computing ones and the rest). Only
// those the rules encode can be available for an advanced computing item; the others are
// recognised so that they are judged as exceptions that do not apply.
constexpr std::array<std::string_view, 25> kExceptionCodes = {
    "ACA", "ACM", "AGR", "AIA", "APP", "APR", "AVS", "BAG", "CCD", "ENC", "GBS", "GFT", "GOV",
    "HBM", "IEC", "LPP", "LVS", "NAC", "RFF", "RPL", "SCP", "STA", "TMP", "TSR", "TSU"};

constexpr std::array<std::string_view, 6> kNoLicense = {"", "NLR", "NONE", "N/A", "NA", "-"};

constexpr std::size_t kMinLicenseLength = 6;
constexpr std::size_t kMaxLicenseLength = 24;
constexpr std::size_t kMinLicenseDigits = 5;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string ClaimText(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  text = text.substr(first, text.find_last_not_of(" \t") - first + 1);
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

bool LooksLikeLicenseNumber(std::string_view upper) {
  if (upper.size() < kMinLicenseLength || upper.size() > kMaxLicenseLength || !IsUpper(upper.front())) return false;
  std::size_t digits = 0;
  for (const char c : upper) {
    if (!IsUpper(c) && !IsDigit(c) && c != '-' && c != '/') return false;
    if (IsDigit(c)) ++digits;
  }
  return digits >= kMinLicenseDigits;
}

bool IsExceptionCode(std::string_view upper) {
  return std::find(kExceptionCodes.begin(), kExceptionCodes.end(), upper) != kExceptionCodes.end();
}

Claim ParseClaim(std::string_view text) {
  std::string upper = ClaimText(text);
  if (std::find(kNoLicense.begin(), kNoLicense.end(), upper) != kNoLicense.end()) return {};
  if (IsExceptionCode(upper)) return {ClaimKind::kException, std::move(upper), {}};
  if (LooksLikeLicenseNumber(upper)) return {ClaimKind::kLicense, {}, std::move(upper)};
  return {ClaimKind::kUnrecognised, {}, {}};
}

}  // namespace chipgate
