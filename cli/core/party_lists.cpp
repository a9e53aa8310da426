// Party-list loading for the CLI (see party_lists.hpp).
#include "cli/core/party_lists.hpp"

#include <fmt/format.h>

#include <cstdlib>

namespace chipgate::cli {

std::string BundledListsDir() {
  const char* home = std::getenv("CHIPGATE_HOME");
  if (home != nullptr && *home != '\0') return std::string(home) + "/lists";
  return CHIPGATE_DEFAULT_DATA_DIR "/lists";
}

std::optional<parties::PartyList> LoadPartiesForCli(const std::vector<std::string>& paths,
                                                    std::optional<Date> list_date, SourceSet& sources, Io& io) {
  parties::LoadOptions options;
  options.list_date = list_date;
  Result<parties::PartyList> loaded =
      paths.empty() ? parties::LoadBundledLists(BundledListsDir(), sources) : parties::LoadPartyLists(paths, options, sources);
  if (!loaded.diagnostics.empty()) fmt::print(io.err, "{}", RenderText(loaded.diagnostics, sources));
  if (!loaded.ok()) return std::nullopt;
  if (paths.empty() && list_date) {
    for (auto& f : loaded.value->files) f.list_date = list_date;
  }
  return std::move(loaded.value);
}

}  // namespace chipgate::cli
