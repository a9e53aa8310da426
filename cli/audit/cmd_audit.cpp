// `chipgate audit LOG.csv`: re-checks a shipment log against the rules in force on each ship
// date and compares what was required with what each row claims. Results go to SQLite (one
// transaction per run), optionally to an HTML report and to stdout as CSV or JSON.
// Exit statuses: see audit_run.hpp and docs/audit.md.
#include <fmt/format.h>

#include <charconv>
#include <filesystem>

#include "cli/audit/audit_licenses.hpp"
#include "cli/audit/audit_rescreen.hpp"
#include "cli/audit/audit_run.hpp"
#include "cli/core/session.hpp"

namespace chipgate::cli {
namespace {

constexpr const char* kUsage =
    "usage: chipgate audit LOG.csv [--db FILE.sqlite] [--report FILE.html] [--format csv|json|jsonl] [--force]\n"
    "                      [--map FILE.toml] [--map-column OURS=THEIRS]... [--map-item PART=CATALOG-ID]...\n"
    "                      [--licenses REGISTER.csv]... [--exporter-hq CC] [--rules PATH]... [--catalog PATH]...\n"
    "                      [--param NAME=VALUE]... [--parties LIST]...\n"
    "       chipgate audit --rescreen RUN_ID --db FILE.sqlite [--parties LIST]... [--report FILE.html] [--format csv|json|jsonl]\n"
    "\n"
    "Decides every row of a shipment log (CSV with a header row) under the rules in force on its ship\n"
    "date and compares the authorization required with the one claimed: ok, violation, over-declared,\n"
    "prohibited (no license can authorize it, whatever was claimed), indeterminate (missing data, with\n"
    "the reason) or rejected (the row cannot be read, with the reason).\n"
    "\n"
    "  columns      shipment_id, ship_date (YYYY-MM-DD), item (catalog id), quantity, destination (ISO\n"
    "               alpha-2), end_user; optional end_user_hq, claimed (license number, NLR, or an exception\n"
    "               code such as NAC or ACA), exporter_hq, consignee, purchaser and end_user_parent (an owner\n"
    "               of the end user, screened under the Affiliates rule). Header names match case-insensitively.\n"
    "  --db         the SQLite database (default: chipgate-audit.sqlite beside LOG.csv); one run is one\n"
    "               transaction, so an interrupted run leaves it as it was\n"
    "  --report     also write a self-contained HTML report (replaced atomically; an existing file that is\n"
    "               not a chipgate report is refused unless --force)\n"
    "  --format     also write every row's result to stdout as CSV, JSON (one document: run, rows, summary)\n"
    "               or JSON Lines (the run, one row per line, the summary); the summary text then goes to stderr\n"
    "  --map        a TOML file binding your column names ([columns]) and part numbers ([items])\n"
    "  --map-column our column name = the header in your file, e.g. --map-column \"ship_date=Shipped On\"\n"
    "  --map-item   your part number = a catalog id, e.g. --map-item 900-21010-0000-000=nvidia-h100-sxm5-80gb\n"
    "  --exporter-hq  the exporter's headquarters country for rows without an exporter_hq value\n"
    "  --licenses   a license register (CSV): claimed license numbers are checked against it (known, valid on\n"
    "               the ship date, item, destination, end user, quantity left in ship-date order) and their\n"
    "               use is recorded in the database; repeatable\n"
    "  --parties    a restricted-party list (CSL CSV/JSON or OFAC sdn.csv; default: the bundled sample),\n"
    "               repeatable: each row's end_user (and consignee, purchaser columns) is screened on its\n"
    "               ship date\n"
    "  --rescreen   screen the parties of stored run RUN_ID again against the --parties lists given now, each row\n"
    "               as of its ship date, from the database alone (the log is not read); stored as a new run (the\n"
    "               original is unchanged) with the rows whose verdict changed listed. Needs the run's rules,\n"
    "               catalog and params\n"
    "\n"
    "Exit status: 0 every row ok or over-declared, 1 any prohibited, violation, indeterminate or rejected row,\n"
    "2 refused before the run (bad usage or input, unusable or locked database): nothing stored,\n"
    "3 the run is stored but the report or standard output could not be written, 4 the run failed\n"
    "and was rolled back: nothing stored. docs/audit.md describes the formats and the verdicts.\n";

// The options that read or depend on a log, which a re-screening does not read.
constexpr const char* kLogOnly[] = {"--map", "--map-column", "--map-item", "--licenses", "--exporter-hq"};

int Rescreen(const Args& args, Io& io) {
  const std::string text = *args.Get("--rescreen");
  std::int64_t run_id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), run_id);
  if (ec != std::errc() || end != text.data() + text.size() || run_id < 1) {
    fmt::print(io.err, "chipgate audit: --rescreen takes a run id (a whole number from the runs table), not `{}`\n{}", text, kUsage);
    return kExitUsage;
  }
  if (!args.positional().empty() || !args.Get("--db")) {
    fmt::print(io.err, "chipgate audit: --rescreen reads the run from --db FILE and takes no log\n{}", kUsage);
    return kExitUsage;
  }
  for (const char* flag : kLogOnly) {
    if (args.Has(flag)) {
      fmt::print(io.err, "chipgate audit: {} does not apply to --rescreen: the rows are read from the database as they were decided\n", flag);
      return kExitUsage;
    }
  }
  const auto engine = LoadEngine(args, io);
  if (!engine) return kExitUsage;
  const RescreenRequest request{run_id, *args.Get("--db"), args.GetOr("--report", ""), args.Has("--force"), args.GetOr("--format", "")};
  return RunRescreenRequest(request, engine->state(), io);
}

}  // namespace

int RunAudit(const std::vector<std::string>& argv, Io& io) {
  ArgSpec spec = SessionFlags();
  spec.valued.insert({"--db", "--report", "--format", "--map", "--map-column", "--map-item", "--exporter-hq", "--licenses", "--parties", "--rescreen"});
  spec.switches.insert({"--help", "--force"});
  int exit_code = kExitOk;
  const auto args = ParseCommand("audit", argv, spec, kUsage, io, exit_code);
  if (!args) return exit_code;
  const auto format = args->Get("--format");
  if (format && *format != "csv" && *format != "json" && *format != "jsonl") {
    fmt::print(io.err, "chipgate audit: --format must be csv, json or jsonl\n{}", kUsage);
    return kExitUsage;
  }
  if (args->Has("--rescreen")) return Rescreen(*args, io);
  if (args->positional().size() != 1 || (format && *format != "csv" && *format != "json" && *format != "jsonl")) {
    fmt::print(io.err, "chipgate audit: {}\n{}",
               args->positional().empty()       ? "the shipment log (LOG.csv) is required"
               : args->positional().size() > 1 ? "unexpected argument `" + args->positional()[1] + "`"
                                                : "--format must be csv, json or jsonl",
               kUsage);
    return kExitUsage;
  }
  AuditRequest request;
  request.input_path = args->positional()[0];
  request.format = format.value_or("");
  request.report_path = args->GetOr("--report", "");
  request.force = args->Has("--force");
  request.map_paths = args->GetAll("--map");
  if (const auto db = args->Get("--db")) {
    request.db_path = *db;
  } else if (request.input_path == "-") {
    fmt::print(io.err, "chipgate audit: --db is required when the log is read from standard input\n");
    return kExitUsage;
  } else {
    request.db_path = (std::filesystem::path(request.input_path).parent_path() / "chipgate-audit.sqlite").string();
  }
  const auto engine = LoadEngine(*args, io);
  if (!engine) return kExitUsage;
  const EngineState& session = engine->state();
  if (!ReadMapping(*args, session, request.mapping, io)) return kExitUsage;
  if (const auto paths = args->GetAll("--licenses"); !paths.empty()) {
    std::error_code ec;
    if (request.input_path == "-" || (std::filesystem::exists(request.input_path, ec) && !std::filesystem::is_regular_file(request.input_path, ec))) {
      fmt::print(io.err, "chipgate audit: --licenses needs the log as a regular file, not standard input or a pipe: depletion in ship-date order reads it twice\n");
      return kExitUsage;
    }
    request.licenses = LoadLicenseFiles(paths, session, io);
    if (!request.licenses) return kExitUsage;
  }
  if (const auto hq = args->Get("--exporter-hq")) {
    const auto code = CountryArg("--exporter-hq", *hq, io);
    if (!code) return kExitUsage;
    request.exporter_hq = code;
  }
  return RunAuditRequest(request, session, io);
}

}  // namespace chipgate::cli
