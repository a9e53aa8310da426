// `chipgate check --claim TEXT [--quantity N] [--licenses PATH]...`: the claim of one shipment
// judged as the audit judges a row (audit/claim_answer.hpp), added to the memo and the JSON.
#pragma once

#include <optional>
#include <string>

#include "cli/core/args.hpp"
#include "audit/claim_answer.hpp"
#include "cli/core/command.hpp"
#include "cli/core/session.hpp"

namespace chipgate::cli {

// Nothing (and nothing printed) without --claim. False after printing a message for a bad
// --quantity, --licenses without --claim, or a register that does not load.
bool AnswerCheckClaim(const Args& args, const EngineState& session, const Decision& decision, std::optional<ClaimAnswer>& answer, Io& io);

// The claim section of the text memo.
std::string ClaimText(const ClaimAnswer& answer, const std::string& claimed);
// `decision_json` with a "claim" object added as its last key (the decision's own keys stay
// exactly those `check` and the audit rows share).
std::string WithClaimJson(std::string decision_json, const ClaimAnswer& answer, const std::string& claimed);

}  // namespace chipgate::cli
