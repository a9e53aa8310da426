// The Unicode plugin (chipgate-unicode.so, unicode_abi.hpp) as the normaliser uses it: opened
// with dlopen when the first name that is not ASCII is normalised, its steps destroyed and the
// handle closed with its owner (the code stays mapped: see Open). No global state: two
// normalisers open it twice (the dynamic loader shares the mapping).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parties/fold_plain.hpp"
#include "parties/unicode_abi.hpp"

namespace chipgate::parties {

class UnicodePlugin {
 public:
  // Opens `path`, or with `path` empty the first plugin found where UnicodePluginPlaces() says;
  // null with the reason in `error` when none can be opened.
  static std::unique_ptr<UnicodePlugin> Open(const std::string& path, std::string& error);
  ~UnicodePlugin();
  UnicodePlugin(const UnicodePlugin&) = delete;
  UnicodePlugin& operator=(const UnicodePlugin&) = delete;

  // The folded variants of one name; false with the reason in `error` when a step failed.
  bool Fold(std::string_view utf8, std::vector<FoldedText>& out, bool& cjk, std::string& error) const;

 private:
  UnicodePlugin(void* handle, chipgate_unicode_steps_v1 steps) : handle_(handle), steps_(steps) {}
  void* handle_ = nullptr;
  chipgate_unicode_steps_v1 steps_{};
};

// Where the plugin is looked for, in order: next to the executable; for a program of the build
// tree (tests and benchmarks run from there) the build tree next; then the install layout
// relative to the executable (a relocated install's bin/ → lib/chipgate/), the install
// directory chipgate was configured with, and last the build tree for a program outside it.
std::vector<std::string> UnicodePluginPlaces();

// The directories the build configured (engine/CMakeLists.txt): absolute, except `from_bin`,
// the plugin directory relative to the executable's.
struct UnicodePluginDirs {
  std::string install;
  std::string from_bin;
  std::string build;
};
// The same order for a given executable directory (/proc/self/exe's; empty when unknown).
std::vector<std::string> UnicodePluginPlaces(const std::string& executable_dir, const UnicodePluginDirs& dirs);

}  // namespace chipgate::parties
