// `chipgate check --item ID --to CC [--end-user-hq CC] [--exporter-hq CC] [--date YYYY-MM-DD]
// [--format text|json] [--explain] [--claim TEXT [--quantity N] [--licenses PATH]...]`: the
// license determination for one shipment, and whether what it claims authorizes it.
// Exit 0 when determined, 1 when indeterminate, 2 on bad input.
//
// JSON comes from the compiled fast path (the same answer the HTTP API gives); the memo and
// `--explain` from the explaining evaluator, whose tree shows every margin.
#include <fmt/format.h>

#include "cli/check/check_claim.hpp"
#include "cli/core/session.hpp"

namespace chipgate::cli {
namespace {

constexpr const char* kUsage =
    "usage: chipgate check --item ID --to CC [--end-user-hq CC] [--exporter-hq CC] [--date YYYY-MM-DD]\n"
    "                      [--end-use none|military|military-intelligence|supercomputer|advanced-ic|wmd|us-person-support]...\n"
    "                      [--transaction export|reexport|transfer] [--exporter COMPANY] [--uae-approved-entity]\n"
    "                      [--end-user NAME] [--end-user-country CC] [--consignee NAME] [--purchaser NAME]\n"
    "                      [--end-user-parent NAME] [--parties LIST]... [--format text|json] [--explain]\n"
    "                      [--claim TEXT [--quantity N] [--licenses PATH]...]\n"
    "                      [--rules PATH]... [--catalog PATH]... [--param NAME=VALUE]...\n"
    "\n"
    "Decides whether shipping ITEM to CC (a country, or a region such as UA-43 Crimea) on the date\n"
    "(default: today, UTC) needs a license under the rules in force that day, and why. Without\n"
    "--end-user-hq, rules that depend on where the end user is headquartered cannot be decided, and the\n"
    "answer says so instead of assuming. Without --end-use, the end-use rules become conditions of the\n"
    "answer (\"NO LICENSE REQUIRED, provided that: ...\"); --end-use none states that none applies.\n"
    "--exporter names the exporting company (an \"is informed\" letter binds only its recipient;\n"
    "default: the item's vendor). Named parties are screened against the restricted-party lists\n"
    "(--parties: CSL CSV/JSON or OFAC sdn.csv; default: the bundled sample); a Denied Persons match is\n"
    "PROHIBITED, an Entity List match requires a license with no exceptions; without a named party the\n"
    "answer says the parties were not screened.\n"
    "--claim judges what the shipment claims as `chipgate audit` judges a row: NLR (or blank, none),\n"
    "a License Exception code (NAC, ACA, ...) or a license number; any other text authorizes nothing\n"
    "(a violation where a license is required). With --licenses (license register CSV, repeatable; see\n"
    "docs/audit.md) a license number is checked: unknown number, not yet valid or expired on the date,\n"
    "item, destination or end user (--end-user) not covered, and --quantity above what the license\n"
    "authorises. check has no depletion history: earlier shipments under the license are not counted\n"
    "(audit --licenses depletes). The claim's verdict is in the memo and in JSON under \"claim\".\n"
    "Exit status: 0 determined, 1 indeterminate or a claim found a violation,\n"
    "prohibited or indeterminate, 2 bad input.\n";

}  // namespace

int RunCheck(const std::vector<std::string>& argv, Io& io) {
  ArgSpec spec = SessionFlags();
  spec.valued.insert({"--item", "--to", "--end-user-hq", "--exporter-hq", "--date", "--format", "--end-use", "--transaction",
                      "--exporter", "--end-user", "--end-user-country", "--consignee", "--purchaser", "--end-user-parent",
                      "--parties", "--claim", "--quantity", "--licenses"});
  spec.switches.insert({"--explain", "--help", "--uae-approved-entity"});
  int exit_code = kExitOk;
  const auto args = ParseCommand("check", argv, spec, kUsage, io, exit_code);
  if (!args) return exit_code;
  const std::string format = args->GetOr("--format", "text");
  if (!args->Get("--item") || !args->Get("--to") || (format != "text" && format != "json") || !args->positional().empty()) {
    fmt::print(io.err, "chipgate check: {}\n{}", !args->Get("--item") ? "--item is required" : !args->Get("--to") ? "--to is required"
                                                 : !args->positional().empty() ? "unexpected argument `" + args->positional()[0] + "`"
                                                                               : "--format must be text or json", kUsage);
    return kExitUsage;
  }
  const auto engine = LoadEngine(*args, io);
  if (!engine) return kExitUsage;
  Question q;
  q.item = *args->Get("--item");
  q.destination = *args->Get("--to");
  q.end_user_hq = args->GetOr("--end-user-hq", "");
  q.exporter_hq = args->GetOr("--exporter-hq", "");
  q.date = args->GetOr("--date", "");
  q.end_use = args->GetAll("--end-use", true);
  q.transaction = args->GetOr("--transaction", "");
  q.exporter = args->GetOr("--exporter", "");
  q.end_user = args->GetOr("--end-user", "");
  q.end_user_country = args->GetOr("--end-user-country", "");
  q.consignee = args->GetOr("--consignee", "");
  q.purchaser = args->GetOr("--purchaser", "");
  q.end_user_parent = args->GetOr("--end-user-parent", "");
  q.uae_approved_entity = args->Has("--uae-approved-entity");
  // One question per process: the explaining evaluator answers it in well under a millisecond,
  // while the fast path would first compile the whole rule set (~10 ms) to answer it once. The
  // decisions are the same (tests/unit/engine_test.cpp holds the two evaluators to each other).
  Result<Decision> d = engine->Explain(q);
  if (!d.ok()) {
    PrintQuestionErrors(d.diagnostics, io);
    return kExitUsage;
  }
  std::optional<ClaimAnswer> claim;
  if (!AnswerCheckClaim(*args, engine->state(), *d, claim, io)) return kExitUsage;
  if (claim) d.value->claim = std::make_shared<const ClaimAnswer>(std::move(*claim));
  fmt::print(io.out, "{}", engine->RenderDecision(*d, format == "json" ? Format::kJson : Format::kText, args->Has("--explain")));
  // As in the audit, an over-declared claim is worth a look but not a finding.
  const bool claim_found = claim && claim->verdict != Verdict::kOk && claim->verdict != Verdict::kOverDeclared;
  return d->determined && !claim_found ? kExitOk : kExitFinding;
}

}  // namespace chipgate::cli
