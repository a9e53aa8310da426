// Rule loading for the CLI (see rules_loading.hpp).
#include "cli/core/rules_loading.hpp"

#include <fmt/format.h>

#include <cstdlib>

#include "check/rules.hpp"

namespace chipgate::cli {

std::string BundledRulesDir() {
  const char* home = std::getenv("CHIPGATE_HOME");
  if (home != nullptr && *home != '\0') return std::string(home) + "/rules";
  return CHIPGATE_DEFAULT_DATA_DIR "/rules";
}

std::optional<Model> LoadRulesForCli(const std::vector<std::string>& paths, SourceSet& sources, Io& io) {
  const std::vector<std::string> roots = paths.empty() ? std::vector<std::string>{BundledRulesDir()} : paths;
  Result<Model> loaded = LoadRules(roots, sources);
  if (!loaded.diagnostics.empty()) fmt::print(io.err, "{}", RenderText(loaded.diagnostics, sources));
  if (!loaded.ok()) return std::nullopt;
  return std::move(loaded.value);
}

}  // namespace chipgate::cli
