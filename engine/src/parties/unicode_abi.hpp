// The C interface between the name normaliser and the Unicode plugin (chipgate-unicode.so, built
// from engine/plugin/): the plugin holds everything that needs ICU, so that a program pays for
// loading ICU (about 0.8 ms of every process start) only when a name is not ASCII. Plain C
// types only: the plugin and the program may carry different copies of the C++ runtime (the CLI
// links libstdc++ statically), and no exception crosses this line.
#pragma once

#include <cstddef>
#include <cstdint>

extern "C" {

// Receives one folded variant of a name: UTF-8 text and the NormStep bits that changed it.
typedef void (*chipgate_unicode_emit_fn)(void* context, const char* utf8, std::size_t size, std::uint16_t steps);

struct chipgate_unicode_steps_v1 {
  void* self;
  // Case folding, quotes, CJK legal forms and words, transliteration and diacritics for one
  // name: `emit` once per variant, `*cjk` set when the name has CJK characters. Returns 0, or
  // nonzero with a NUL-terminated reason in `error` (at most `error_size` bytes): then some
  // step could not run (ICU data missing, say) and the name must not be screened as clean.
  int (*fold)(void* self, const char* utf8, std::size_t size, int* cjk, chipgate_unicode_emit_fn emit, void* context,
              char* error, std::size_t error_size);
  void (*destroy)(void* self);
};

// The plugin's one exported function: fills `out` and returns 0, or returns nonzero with the
// reason in `error`. The version is in the name, so a plugin of another layout is not found.
typedef int (*chipgate_unicode_create_v1_fn)(chipgate_unicode_steps_v1* out, char* error, std::size_t error_size);
}

namespace chipgate::parties {
inline constexpr const char* kUnicodeFactorySymbol = "chipgate_unicode_create_v1";
inline constexpr const char* kUnicodePluginFile = "chipgate-unicode.so";
}  // namespace chipgate::parties
