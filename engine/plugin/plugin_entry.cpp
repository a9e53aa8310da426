// The plugin's C face (parties/unicode_abi.hpp): makes a UnicodeSteps and folds names through
// it. Nothing thrown here leaves the plugin: an exception (out of memory, say) becomes an error
// the normaliser reports, so the name is not screened as clean.
#include <algorithm>
#include <cstring>
#include <exception>
#include <new>
#include <string>
#include <vector>

#include "parties/unicode_abi.hpp"
#include "unicode_steps.hpp"

namespace {

using chipgate::parties::FoldedVariant;
using chipgate::parties::UnicodeSteps;

void CopyError(const std::string& text, char* error, std::size_t error_size) {
  if (error == nullptr || error_size == 0) return;
  const std::size_t n = std::min(text.size(), error_size - 1);
  std::memcpy(error, text.data(), n);
  error[n] = '\0';
}

int Fold(void* self, const char* utf8, std::size_t size, int* cjk, chipgate_unicode_emit_fn emit, void* context, char* error,
         std::size_t error_size) {
  try {
    std::vector<FoldedVariant> variants;
    std::string why;
    bool has_cjk = false;
    if (!static_cast<UnicodeSteps*>(self)->Fold(std::string_view(utf8, size), variants, has_cjk, why)) {
      CopyError(why, error, error_size);
      return 1;
    }
    *cjk = has_cjk ? 1 : 0;
    for (const FoldedVariant& v : variants) emit(context, v.utf8.data(), v.utf8.size(), v.steps);
    return 0;
  } catch (const std::exception& e) {
    CopyError(std::string("the Unicode steps failed: ") + e.what(), error, error_size);
  } catch (...) {
    CopyError("the Unicode steps failed", error, error_size);
  }
  return 1;
}

void Destroy(void* self) { delete static_cast<UnicodeSteps*>(self); }

}  // namespace

extern "C" __attribute__((visibility("default"))) int chipgate_unicode_create_v1(chipgate_unicode_steps_v1* out, char* error,
                                                                                  std::size_t error_size) {
  // The declaration keeps the signature in step with the engine's typedef.
  [[maybe_unused]] const chipgate_unicode_create_v1_fn checked = &chipgate_unicode_create_v1;
  auto* steps = new (std::nothrow) UnicodeSteps();
  if (steps == nullptr) {
    CopyError("out of memory making the Unicode steps", error, error_size);
    return 1;
  }
  out->self = steps;
  out->fold = &Fold;
  out->destroy = &Destroy;
  return 0;
}
