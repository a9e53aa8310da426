// `chipgate check --claim`: one shipment's claim judged as the audit judges a row's (the same
// vocabulary, comparison and license register checks), against a decision `check` already made.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "audit/claim.hpp"
#include "audit/row_verdict.hpp"
#include "catalog/catalog.hpp"
#include "chipgate/decision.hpp"
#include "licenses/licenses.hpp"

namespace chipgate {

struct ClaimQuestion {
  std::string claimed;                   // as the shipment states it: NLR, an exception code, a license number
  std::optional<std::int64_t> quantity;  // units shipped; checked against the license's quantity
  std::string end_user;                  // compared with the license's end user
};

// What the register says about a claimed license number; absent when none was checked.
struct LicenseAnswer {
  std::string finding;   // licenses::FindingName, or "quantity-exceeded" (check alone has no depletion)
  bool covered = false;
  std::string sentence;  // the finding in words
  std::string license_source;  // "register.csv:4" when the number is in the register
};

struct ClaimAnswer {
  std::string claimed;  // as the question stated it
  Claim claim;
  Verdict verdict = Verdict::kIndeterminate;
  std::vector<std::string> reasons;  // the first says why the verdict; never empty
  std::optional<LicenseAnswer> license;
  std::vector<std::string> notes;    // what was not checked, and why
};

// `register_` is null when no --licenses was given: a license number is then not verified, and
// a note says so. `decision` must be the answer for the same item, destination and date.
ClaimAnswer AnswerClaim(const Catalog& catalog, const Decision& decision, const ClaimQuestion& question,
                        const licenses::Register* register_);

// "nlr", "exception", "license", "unrecognised": the claim's kind in JSON.
std::string_view ClaimKindKey(ClaimKind kind);

}  // namespace chipgate
