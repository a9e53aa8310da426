// How a rule tree is found on disk: the files a path names (a folder is searched for *.rules),
// where a path really leads, and whether it stays inside its tree. Shared by the loader
// (load_rules.cpp) and the snapshot's validation (snapshot/), which must walk the tree exactly
// as the loader does to know that nothing changed.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace chipgate {

// The rule files of a root as the loader reads them: a folder's *.rules files (recursively,
// symlinks followed, sorted by path), or the path itself when it is not a folder.
std::vector<std::filesystem::path> RuleRootFiles(const std::string& root);

// Whether `root` is a folder (so its files are searched for) rather than one file.
bool IsRuleFolder(const std::string& root);

// The folder a root's files (and their includes) must stay inside: the folder itself, or the
// file's own folder.
std::filesystem::path RuleTreeBoundary(const std::string& root);

// Where a path really leads: symlinks resolved as far as the path exists.
std::filesystem::path ResolvedRulePath(const std::filesystem::path& path);

// Whether the resolved `path` lies inside the resolved `root`.
bool InsideRuleTree(const std::filesystem::path& root, const std::filesystem::path& path);

// The whole rule file when it is a regular file within the parser's size limit; else nothing,
// with `error` saying why.
std::optional<std::string> ReadRuleFile(const std::string& path, std::string& error);

// One file the loader read, in reading order: the path as reached (a root's file, or the
// including file's folder joined with the include), where it leads, and whether a root named it.
struct RuleFileRead {
  std::string path;
  std::string resolved;
  bool from_root = false;
};

// What the loader walked: each root's boundary (resolved), and every file read, in order.
struct RuleTreeWalk {
  std::vector<std::string> boundaries;
  std::vector<RuleFileRead> files;
};

}  // namespace chipgate
