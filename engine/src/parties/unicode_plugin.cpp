// Opening the Unicode plugin and calling through its C table (see unicode_plugin.hpp).
#include "parties/unicode_plugin.hpp"

#include <dlfcn.h>

#include <fmt/format.h>

#include <array>
#include <filesystem>

namespace chipgate::parties {
namespace {

std::unique_ptr<UnicodePlugin> Fail(std::string& error, std::string why) {
  error = std::move(why);
  return nullptr;
}

std::string Joined(const std::vector<std::string>& places) {
  std::string out;
  for (const auto& p : places) out += (out.empty() ? "" : ", ") + p;
  return out;
}

// The first existing plugin file among the places, or empty.
std::string FindPlugin(const std::vector<std::string>& places) {
  std::error_code ec;
  for (const auto& dir : places) {
    const std::string file = dir + "/" + kUnicodePluginFile;
    if (std::filesystem::is_regular_file(file, ec)) return file;
  }
  return {};
}

}  // namespace

std::unique_ptr<UnicodePlugin> UnicodePlugin::Open(const std::string& path, std::string& error) {
  std::string file = path;
  if (file.empty()) {
    const std::vector<std::string> places = UnicodePluginPlaces();
    file = FindPlugin(places);
    if (file.empty()) {
      return Fail(error, fmt::format("the Unicode plugin {} was not found (looked in {}); it is needed for names that are not ASCII",
                                     kUnicodePluginFile, Joined(places)));
    }
  }
  // RTLD_NODELETE: closing leaves the code mapped. ICU keeps its caches (normalisers,
  // transliterator rules) in its own static data for the life of the process; unmapping it
  // would strand them (LeakSanitizer reports each as a leak) and a later load would build
  // them again.
  void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (handle == nullptr) return Fail(error, fmt::format("cannot load the Unicode plugin `{}`: {}", file, dlerror()));
  auto create = reinterpret_cast<chipgate_unicode_create_v1_fn>(dlsym(handle, kUnicodeFactorySymbol));
  std::array<char, 512> why{};
  chipgate_unicode_steps_v1 steps{};
  if (create == nullptr || create(&steps, why.data(), why.size()) != 0) {
    dlclose(handle);
    return Fail(error, fmt::format("the Unicode plugin `{}` {}", file, create == nullptr ? "has no " + std::string(kUnicodeFactorySymbol) : why.data()));
  }
  return std::unique_ptr<UnicodePlugin>(new UnicodePlugin(handle, steps));
}

UnicodePlugin::~UnicodePlugin() {
  steps_.destroy(steps_.self);
  dlclose(handle_);
}

bool UnicodePlugin::Fold(std::string_view utf8, std::vector<FoldedText>& out, bool& cjk, std::string& error) const {
  const auto emit = [](void* context, const char* bytes, std::size_t size, std::uint16_t steps) {
    static_cast<std::vector<FoldedText>*>(context)->push_back({std::string(bytes, size), steps});
  };
  std::array<char, 512> why{};
  int has_cjk = 0;
  if (steps_.fold(steps_.self, utf8.data(), utf8.size(), &has_cjk, emit, &out, why.data(), why.size()) != 0) {
    error = why.data();
    return false;
  }
  cjk = has_cjk != 0;
  return true;
}

}  // namespace chipgate::parties
