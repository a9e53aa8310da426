// A rule test case as written in a case file (docs/rule-tests.md): a question for the
// engine, the params it runs under, and the expectations to check, each remembering the line
// it came from so that a failure points into the file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cases/expect_keys.hpp"
#include "chipgate/engine.hpp"

namespace chipgate::cases {

// One key under `[case.expect]`. Text keys hold one value; set keys hold every value, as written.
struct Expectation {
  ExpectKey key = ExpectKey::kLicenseRequired;
  std::vector<std::string> values;
  std::uint32_t line = 0;  // 1-based line of the key
};

// Where a key of a case was written, so that an answer the engine refuses (an unknown item, a
// bad param) is reported at the key that carried it.
struct KeyLine {
  std::string key;
  std::uint32_t line = 0;
};

struct Case {
  std::string file;        // the case file's path, as listed
  std::uint32_t line = 0;  // 1-based line of the case's `[[case]]` header
  std::size_t index = 0;   // position in its file, from 0
  std::string name;
  std::string source;      // where the expected answer comes from (documentation only)
  Question question;       // no destination: a classification case (only classifications checked)
  std::vector<std::string> params;  // "name=value" over the rules' defaults; empty: the engine's
  std::vector<Expectation> expectations;
  std::vector<KeyLine> key_lines;  // every key of the case, as written

  bool ClassificationOnly() const { return question.destination.empty(); }
  // The line of `key`, or of the case when the key is not written.
  std::uint32_t LineOf(std::string_view key) const {
    for (const auto& k : key_lines) {
      if (k.key == key) return k.line;
    }
    return line;
  }
};

// Every case of a run, in file order, and the files they came from.
struct CaseSet {
  std::vector<std::string> files;
  std::vector<Case> cases;
};

}  // namespace chipgate::cases
