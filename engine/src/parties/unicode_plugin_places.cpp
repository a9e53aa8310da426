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

std::vector<std::string> UnicodePluginPlaces() {
  std::vector<std::string> places;
  if (const std::string dir = ExecutableDir(); !dir.empty()) {
    places.push_back(dir);
    places.push_back(dir + "/" CHIPGATE_PLUGIN_DIR_FROM_BIN);
  }
  places.emplace_back(CHIPGATE_PLUGIN_INSTALL_DIR);
  places.emplace_back(CHIPGATE_PLUGIN_BUILD_DIR);
  return places;
}

}  // namespace chipgate::parties
