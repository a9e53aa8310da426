// `chipgate check --claim TEXT [--quantity N] [--licenses PATH]...`: the claim of one shipment
// judged as the audit judges a row (audit/claim_answer.hpp). The decision carries it
// (Decision::claim) into the memo and the JSON, rendered as the HTTP API renders it.
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

}  // namespace chipgate::cli
