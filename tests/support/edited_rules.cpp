#include "support/edited_rules.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "support/bundled.hpp"

namespace chipgate::testing {

std::string EditedRulesCopy(const TempDir& dir, const std::string& file, const std::string& from, const std::string& to) {
  std::filesystem::copy(SourcePath("rules"), dir.File("rules"), std::filesystem::copy_options::recursive);
  const std::string path = dir.File("rules/" + file);
  std::string text;
  {
    std::ifstream in(path);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "`" << from << "` not in " << file;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  std::ofstream(path) << text;
  return dir.File("rules");
}

}  // namespace chipgate::testing
