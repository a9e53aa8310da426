// A question's claim (see state.hpp): the fields checked before deciding, then the claim judged
// against the decision as `chipgate check --claim` and the audit judge it
// (audit/claim_answer.hpp), with the engine's license registers when it has any.
#include <fmt/format.h>

#include "audit/claim_answer.hpp"
#include "engine/request_errors.hpp"
#include "engine/state.hpp"

namespace chipgate {

Result<bool> CheckClaimFields(const Question& q) {
  if (!q.quantity) return Succeed(true);
  if (q.claim.empty()) {
    return FailWith<bool>(FieldDiagnostic("Q0107", "quantity", "a quantity is checked against a claimed license: give the claim too"));
  }
  if (*q.quantity <= 0) {
    return FailWith<bool>(FieldDiagnostic("Q0107", "quantity", fmt::format("the quantity must be a whole number of units above 0, not {}", *q.quantity)));
  }
  return Succeed(true);
}

void JudgeClaim(const Engine::State& s, const Question& q, Decision& d) {
  if (q.claim.empty()) return;
  const ClaimQuestion claim{q.claim, q.quantity, q.end_user};
  d.claim = std::make_shared<const ClaimAnswer>(AnswerClaim(s.catalog, d, claim, s.licenses.get()));
}

}  // namespace chipgate
