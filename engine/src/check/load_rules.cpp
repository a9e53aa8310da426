// Reading a rule tree from disk: folders, includes (relative to the including file, each file
// read once), parsing, checking, and the content hash that makes a decision reproducible.
// The tree is trusted, but only as far as it reaches: an include must name a `.rules` file that
// resolves (symlinks followed) inside the folder the tree was loaded from, and every file must
// be a regular file within the size limit, checked before reading. So a hostile include cannot
// read /etc/shadow (and show its first line in a syntax error), /dev/zero or a FIFO.
#include "check/rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "check/check.hpp"
#include "check/rule_files.hpp"
#include "syntax/parse.hpp"
#include "core/sha256.hpp"

namespace chipgate {
namespace {

namespace fs = std::filesystem;

class Loader {
 public:
  Loader(SourceSet& sources, RuleTreeWalk* walk) : sources_(sources), walk_(walk) {}

  void AddPath(const std::string& path) {
    const std::vector<fs::path> found = RuleRootFiles(path);
    if (found.empty()) diagnostics_.push_back(NoSpan("E0001", fmt::format("no .rules files in `{}`", path), path));
    const fs::path root = RuleTreeBoundary(path);
    if (walk_ != nullptr) walk_->boundaries.push_back(root.string());
    for (const auto& f : found) AddFile(f, root, std::nullopt);
  }

  Result<Model> Finish() {
    Result<Model> checked = Check(files_, sources_);
    diagnostics_.insert(diagnostics_.end(), checked.diagnostics.begin(), checked.diagnostics.end());
    SortDiagnostics(diagnostics_, sources_);
    Result<Model> out;
    out.diagnostics = std::move(diagnostics_);
    if (checked.value && !HasErrors(out.diagnostics)) {
      out.value = std::move(checked.value);
      Describe(*out.value);
    }
    return out;
  }

 private:
  static Diagnostic NoSpan(const char* code, std::string message, const std::string& path) {
    Diagnostic d = Error(code, std::move(message));
    d.path = path;
    return d;
  }

  void Refuse(const char* code, std::string message, const fs::path& path, std::optional<Span> included_at) {
    diagnostics_.push_back(included_at ? Error(code, std::move(message), included_at) : NoSpan(code, std::move(message), path.string()));
  }

  void AddFile(const fs::path& path, const fs::path& root, std::optional<Span> included_at) {
    const fs::path resolved = ResolvedRulePath(path);
    if (!seen_.insert(resolved.string()).second) return;
    if (!InsideRuleTree(root, resolved)) {
      Refuse("E0207", fmt::format("`{}` leads outside the rule tree `{}`", path.string(), root.string()), path, included_at);
      return;
    }
    std::string error;
    auto text = ReadRuleFile(path.string(), error);
    if (!text) {
      Refuse(included_at ? "E0206" : "E0001",
             fmt::format("cannot read {} `{}`: {}", included_at ? "included file" : "rule file", path.string(), error), path, included_at);
      return;
    }
    if (walk_ != nullptr) walk_->files.push_back({path.string(), resolved.string(), !included_at.has_value()});
    const std::uint32_t id = sources_.Add(path.lexically_normal().string(), std::move(*text));
    ParseOutput parsed = Parse(sources_, id);
    diagnostics_.insert(diagnostics_.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    // Included files are checked as if they came before the including file, so "declared more
    // than once" points at the later declaration in reading order. `seen_` ends include cycles.
    for (const auto& decl : parsed.file.decls) {
      if (const auto* inc = std::get_if<ast::IncludeDecl>(&decl)) AddInclude(path, root, inc->path);
    }
    files_.push_back(std::move(parsed.file));
  }

  void AddInclude(const fs::path& from, const fs::path& root, const ast::StringLit& name) {
    const fs::path target(name.value);
    if (target.is_absolute() || target.extension() != ".rules") {
      Refuse("E0207", fmt::format("`{}` is not a relative path to a `.rules` file", name.value), target, name.span);
      return;
    }
    AddFile(from.parent_path() / target, root, name.span);
  }

  void Describe(Model& model) const {
    std::vector<std::string> digests;
    for (const auto& file : files_) {
      RuleFileInfo info;
      info.path = sources_.file(file.source).path();
      info.sha256 = Sha256Hex(sources_.file(file.source).text());
      for (const auto& decl : file.decls) {
        if (const auto* r = std::get_if<ast::RulesetDecl>(&decl)) {
          info.title = r->title.value;
          if (r->authority) info.authority = r->authority->value;
        }
      }
      digests.push_back(info.sha256);
      model.files.push_back(std::move(info));
    }
    std::sort(digests.begin(), digests.end());
    Sha256 all;
    for (const auto& d : digests) all.Update(d + "\n");
    model.rules_hash = all.HexDigest();
  }

  SourceSet& sources_;
  RuleTreeWalk* walk_;  // may be null
  std::vector<ast::File> files_;
  std::vector<Diagnostic> diagnostics_;
  std::set<std::string> seen_;
};

}  // namespace

Result<Model> LoadRules(const std::vector<std::string>& paths, SourceSet& sources) {
  return LoadRules(paths, sources, nullptr);
}

Result<Model> LoadRules(const std::vector<std::string>& paths, SourceSet& sources, RuleTreeWalk* walk) {
  Loader loader(sources, walk);
  for (const auto& p : paths) loader.AddPath(p);
  return loader.Finish();
}

}  // namespace chipgate
