// `chipgate whatif ITEM... [--set FIELD=VALUE]... [--to CC] [--end-user-hq local|unknown|CC]
// [--date D] [--catalog FILE]... [--format text|json]`: a design variant side by side with the
// item it changes. Variants: the bundled item when a --catalog layer replaced it, the item as
// loaded, and the item with the --set changes.
#include <fmt/format.h>

#include "cli/core/session.hpp"

namespace chipgate::cli {
namespace {

// The request's fields that are spelt differently as flags (session.cpp knows the others).
constexpr FieldFlag kFlags[] = {{"item", "ITEM"}, {"changes", "--set"}};

constexpr const char* kUsage =
    "usage: chipgate whatif ITEM... [--set FIELD=VALUE]... [--to CC] [--end-user-hq local|unknown|CC] [--exporter-hq CC]\n"
    "                       [--date YYYY-MM-DD] [--format text|json] [--rules PATH]... [--catalog PATH]... [--param NAME=VALUE]...\n"
    "\n"
    "Shows each ITEM's classification (and with --to the decision there) side by side with its variants:\n"
    "the bundled item when a --catalog file replaces it, and the item with the --set changes. FIELD is a\n"
    "catalog number field (die_area_mm2=700, memory_bandwidth_gbps=3999.9; `unknown` removes it),\n"
    "dense_tops.PRECISION=TOPS, datacenter=true|false, or tpp=VALUE (every dense TOPS figure scaled by one\n"
    "factor to reach that TPP). Exit status: 0, or 2 on bad input (an unknown field or a bad value).\n";

}  // namespace

int RunWhatIf(const std::vector<std::string>& argv, Io& io) {
  ArgSpec spec = SessionFlags();
  spec.valued.insert({"--set", "--to", "--end-user-hq", "--exporter-hq", "--date", "--format"});
  spec.switches.insert({"--help"});
  int exit_code = kExitOk;
  const auto args = ParseCommand("whatif", argv, spec, kUsage, io, exit_code);
  if (!args) return exit_code;
  const std::string format = args->GetOr("--format", "text");
  if (args->positional().empty() || (format != "text" && format != "json")) {
    fmt::print(io.err, "chipgate whatif: {}\n{}", args->positional().empty() ? "name at least one item" : "--format must be text or json", kUsage);
    return kExitUsage;
  }
  const auto engine = LoadEngine(*args, io);
  if (!engine) return kExitUsage;
  WhatIfRequest request;
  request.items = args->positional();
  request.changes = args->GetAll("--set");
  request.destination = args->GetOr("--to", "");
  request.end_user_hq = args->GetOr("--end-user-hq", "");
  request.exporter_hq = args->GetOr("--exporter-hq", "");
  request.date = args->GetOr("--date", "");
  Result<std::string> compared = engine->WhatIf(request, format == "json" ? Format::kJson : Format::kText);
  if (!compared.ok()) {
    NameFlags(compared.diagnostics, kFlags);
    PrintQuestionErrors(compared.diagnostics, io);
    return kExitUsage;
  }
  fmt::print(io.out, "{}", *compared);
  return kExitOk;
}

}  // namespace chipgate::cli
