// Unicode plugins that load but fail, built only for the tests (party_unicode_plugin_test.cpp):
// the real plugin fails like this when ICU cannot run a step (its data missing, out of memory),
// which cannot be brought about with the ICU Debian ships, whose data is linked in. The ABI is
// the real one (parties/unicode_abi.hpp); FAKE_FAILURE picks where it fails.
#include <algorithm>
#include <cstring>

#include "parties/unicode_abi.hpp"

#define FAKE_CREATE_FAILS 1
#define FAKE_FOLD_FAILS 2

namespace {

void CopyError(const char* text, char* error, std::size_t error_size) {
  if (error == nullptr || error_size == 0) return;
  const std::size_t n = std::min(std::strlen(text), error_size - 1);
  std::memcpy(error, text, n);
  error[n] = '\0';
}

[[maybe_unused]] int Fold(void*, const char*, std::size_t, int*, chipgate_unicode_emit_fn emit, void* context, char* error, std::size_t error_size) {
  // A variant emitted before the failure must not be taken as the name's fold.
  emit(context, "partial", 7, 0);
  CopyError("ICU could not open the transliterator Any-Latin (U_MISSING_RESOURCE_ERROR)", error, error_size);
  return 1;
}

[[maybe_unused]] void Destroy(void*) {}

}  // namespace

extern "C" __attribute__((visibility("default"))) int chipgate_unicode_create_v1([[maybe_unused]] chipgate_unicode_steps_v1* out,
                                                                                  [[maybe_unused]] char* error,
                                                                                  [[maybe_unused]] std::size_t error_size) {
  [[maybe_unused]] const chipgate_unicode_create_v1_fn checked = &chipgate_unicode_create_v1;
#if FAKE_FAILURE == FAKE_CREATE_FAILS
  CopyError("could not load the ICU data (U_FILE_ACCESS_ERROR)", error, error_size);
  return 1;
#else
  out->self = nullptr;
  out->fold = &Fold;
  out->destroy = &Destroy;
  return 0;
#endif
}
