// Finding rule files on disk (see rule_files.hpp).
#include "check/rule_files.hpp"

#include <algorithm>

#include "syntax/parse.hpp"
#include "text/regular_file.hpp"

namespace chipgate {

namespace fs = std::filesystem;

bool IsRuleFolder(const std::string& root) {
  std::error_code ec;
  return fs::is_directory(root, ec);
}

std::vector<fs::path> RuleRootFiles(const std::string& root) {
  if (!IsRuleFolder(root)) return {fs::path(root)};
  std::vector<fs::path> found;
  std::error_code ec;
  for (const auto& entry : fs::recursive_directory_iterator(root, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".rules") found.push_back(entry.path());
  }
  std::sort(found.begin(), found.end());
  return found;
}

fs::path RuleTreeBoundary(const std::string& root) {
  return IsRuleFolder(root) ? ResolvedRulePath(root) : ResolvedRulePath(root).parent_path();
}

fs::path ResolvedRulePath(const fs::path& path) {
  std::error_code ec;
  fs::path resolved = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? fs::absolute(path, ec).lexically_normal() : resolved;
}

std::optional<std::string> ReadRuleFile(const std::string& path, std::string& error) {
  return ReadRegularFile(path, ParseLimits{}.max_file_bytes, error);
}

bool InsideRuleTree(const fs::path& root, const fs::path& path) {
  const fs::path relative = path.lexically_relative(root);
  return !relative.empty() && *relative.begin() != "..";
}

}  // namespace chipgate
