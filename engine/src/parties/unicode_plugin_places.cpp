// Where the Unicode plugin is looked for (see unicode_plugin.hpp). The directories come from
// the build (engine/CMakeLists.txt); the executable's own directory from /proc/self/exe.
#include <unistd.h>

#include <array>
#include <string>
#include <vector>

#include "parties/unicode_plugin.hpp"

namespace chipgate::parties {
namespace {

std::string ExecutableDir() {
  std::array<char, 4096> path{};
  const ssize_t n = readlink("/proc/self/exe", path.data(), path.size() - 1);
  if (n <= 0) return {};
  const std::string exe(path.data(), static_cast<std::size_t>(n));
  const std::size_t slash = exe.rfind('/');
  return slash == std::string::npos ? std::string() : exe.substr(0, slash);
}

}  // namespace

std::vector<std::string> UnicodePluginPlaces(const std::string& executable_dir, const UnicodePluginDirs& dirs) {
  std::vector<std::string> places;
  if (!executable_dir.empty()) places.push_back(executable_dir);
  // A program of the build tree (a test, a benchmark, the CLI run from build/) takes the plugin
  // built with it before an installed one: both export the same versioned factory, so an older
  // install would otherwise be loaded silently in its place.
  const bool in_build_tree =
      !dirs.build.empty() && executable_dir.rfind(dirs.build, 0) == 0 &&
      (executable_dir.size() == dirs.build.size() || executable_dir[dirs.build.size()] == '/');
  if (in_build_tree && executable_dir != dirs.build) places.push_back(dirs.build);
  if (!executable_dir.empty()) places.push_back(executable_dir + "/" + dirs.from_bin);
  places.push_back(dirs.install);
  if (!in_build_tree) places.push_back(dirs.build);
  return places;
}

std::vector<std::string> UnicodePluginPlaces() {
  return UnicodePluginPlaces(ExecutableDir(), {CHIPGATE_PLUGIN_INSTALL_DIR, CHIPGATE_PLUGIN_DIR_FROM_BIN, CHIPGATE_PLUGIN_BUILD_DIR});
}

}  // namespace chipgate::parties
