// A copy of the bundled rule tree with one text replacement in one file, for tests that show a
// tool follows the rule files (a draft edit, a moved threshold) rather than a hard-coded list.
#pragma once

#include <string>

#include "support/temp_dir.hpp"

namespace chipgate::testing {

// Copies rules/ into `dir`/rules, replaces the first `from` in `file` (relative to rules/) by
// `to`, and returns the copied tree's path. Fails the calling test if `from` is not there.
std::string EditedRulesCopy(const TempDir& dir, const std::string& file, const std::string& from, const std::string& to);

}  // namespace chipgate::testing
