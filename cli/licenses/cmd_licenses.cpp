// `chipgate licenses REGISTER.csv... [--db FILE]`: checks a license register (the same loader
// and diagnostics as `audit --licenses`) and shows each license with what the audits stored in
// the database used and what is left. Exit 0, or 2 on a register or database problem.
#include <fmt/format.h>

#include <filesystem>

#include "cli/audit/audit_licenses.hpp"
#include "cli/licenses/licenses_render.hpp"
#include "cli/core/session.hpp"
#include "store/audit_store.hpp"

namespace chipgate::cli {
namespace {

constexpr const char* kUsage =
    "usage: chipgate licenses REGISTER.csv... [--db FILE.sqlite] [--format text|json] [--rules PATH]... [--catalog PATH]...\n"
    "\n"
    "Checks license registers and shows each license with its terms, the units the audits recorded in\n"
    "the database as used (in ship-date order, each shipment once) and what is left.\n"
    "\n"
    "  --db      an audit database written by `chipgate audit --licenses` (without it nothing is used)\n"
    "  --format  text (default) or json\n"
    "\n"
    "docs/audit.md, \"License registers\", describes the format.\n";

}  // namespace

int RunLicenses(const std::vector<std::string>& argv, Io& io) {
  ArgSpec spec = SessionFlags();
  spec.valued.insert({"--db", "--format"});
  spec.switches.insert({"--help"});
  int exit_code = kExitOk;
  const auto args = ParseCommand("licenses", argv, spec, kUsage, io, exit_code);
  if (!args) return exit_code;
  const std::string format = args->GetOr("--format", "text");
  if (args->positional().empty() || (format != "text" && format != "json")) {
    fmt::print(io.err, "chipgate licenses: {}\n{}", args->positional().empty() ? "a license register is required" : "--format must be text or json", kUsage);
    return kExitUsage;
  }
  const auto engine = LoadEngine(*args, io);
  if (!engine) return kExitUsage;
  const auto register_ = LoadLicenseFiles(args->positional(), engine->state(), io);
  if (!register_) return kExitUsage;
  std::vector<LicenseUseRecord> uses;
  const std::string db = args->GetOr("--db", "");
  if (!db.empty()) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(db, ec)) {
      fmt::print(io.err, "chipgate licenses: no database {}\n", db);
      return kExitUsage;
    }
    if (const auto problem = ReadLicenseLedger(db, uses)) {
      fmt::print(io.err, "chipgate licenses: {}: {}\n", db, *problem);
      return kExitUsage;
    }
  }
  const auto balances = Balances(*register_, uses);
  fmt::print(io.out, "{}", format == "json" ? LicensesJson(balances, db) : LicensesText(balances, db));
  return kExitOk;
}

}  // namespace chipgate::cli
