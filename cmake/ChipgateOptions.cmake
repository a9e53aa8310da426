# Per-target compile options: warnings as errors for our code only; third-party headers come in
# as SYSTEM includes through their imported targets, so their warnings never fail our build.
add_library(chipgate_options INTERFACE)
target_compile_options(chipgate_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
  -Wnon-virtual-dtor -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  -Werror)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # GCC 12 reports false positives from inlined std::variant / std::optional code under -O2, and
  # -Wrestrict on std::string appends (GCC bug 105651).
  target_compile_options(chipgate_options INTERFACE -Wno-maybe-uninitialized -Wno-null-dereference -Wno-restrict)
endif()
if(CHIPGATE_FUZZ)
  # Coverage instrumentation for the library; the fuzzer binary links libFuzzer itself.
  target_compile_options(chipgate_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(CHIPGATE_SANITIZE)
  target_compile_options(chipgate_options INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(chipgate_options INTERFACE -fsanitize=address,undefined)
endif()
