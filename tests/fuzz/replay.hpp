// Replaying a fuzz corpus in the normal test run: every file in tests/fuzz/corpus/<name>/ (the
// seeds and every input a fuzzing run found to crash) goes through its fuzz body, so a fixed
// crash stays fixed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "support/bundled.hpp"

namespace chipgate::fuzz {

// Runs `body` on every file of the corpus and returns how many there were.
template <class Body>
std::size_t ReplayCorpus(const std::string& name, Body body) {
  std::size_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(testing::SourcePath("tests/fuzz/corpus/" + name))) {
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    const std::string bytes = s.str();
    body(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    ++n;
  }
  return n;
}

}  // namespace chipgate::fuzz
