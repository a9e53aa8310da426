// `chipgate lint [PATH...] [--diagnostics text|json]`: parse and check rule files; print every
// diagnostic; exit 1 when there are errors. Without paths it checks the bundled rules.
#include <fmt/format.h>

#include "cli/core/args.hpp"
#include "check/rules.hpp"
#include "cli/core/command.hpp"
#include "cli/core/rules_loading.hpp"

namespace chipgate::cli {

int RunLint(const std::vector<std::string>& argv, Io& io) {
  std::string error;
  const auto args = Args::Parse(argv, ArgSpec{{"--diagnostics"}, {"--help"}}, error);
  if (!args) {
    fmt::print(io.err, "chipgate lint: {}\n", error);
    return kExitUsage;
  }
  if (args->Has("--help")) {
    fmt::print(io.out, "usage: chipgate lint [PATH...] [--diagnostics text|json]\n"
                       "Parses and checks rule files (folders are searched for *.rules); exits 1 on errors.\n");
    return kExitOk;
  }
  const std::string format = args->GetOr("--diagnostics", "text");
  if (format != "text" && format != "json") {
    fmt::print(io.err, "chipgate lint: --diagnostics must be `text` or `json`, not `{}`\n", format);
    return kExitUsage;
  }
  const std::vector<std::string> paths = args->positional().empty() ? std::vector<std::string>{BundledRulesDir()} : args->positional();
  SourceSet sources;
  const Result<Model> loaded = LoadRules(paths, sources);
  if (format == "json") {
    fmt::print(io.out, "{}", RenderJson(loaded.diagnostics, sources));
  } else if (!loaded.diagnostics.empty()) {
    fmt::print(io.err, "{}", RenderText(loaded.diagnostics, sources));
  }
  if (!loaded.ok()) return kExitFinding;
  if (format == "text") {
    const Model& m = *loaded.value;
    fmt::print(io.out, "ok: {} files, {} classification rules, {} notes, {} requirements, {} overrides, {} exceptions\n",
               m.files.size(), m.classify_rules.size(), m.notes.size(), m.requirements.size(), m.overrides.size(),
               m.exceptions.size());
  }
  return kExitOk;
}

}  // namespace chipgate::cli
