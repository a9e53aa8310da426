// Reading a rule tree from disk: folders, includes (relative to the including file, each file
// read once), parsing, checking, and the content hash that makes a decision reproducible.
#include "check/rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "check/check.hpp"
#include "syntax/parse.hpp"
#include "core/sha256.hpp"

namespace chipgate {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class Loader {
 public:
  explicit Loader(SourceSet& sources) : sources_(sources) {}

  void AddPath(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".rules") found.push_back(entry.path());
      }
      std::sort(found.begin(), found.end());
      if (found.empty()) diagnostics_.push_back(NoSpan("E0001", fmt::format("no .rules files in `{}`", path), path));
      for (const auto& f : found) AddFile(f, std::nullopt);
      return;
    }
    AddFile(path, std::nullopt);
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

  void AddFile(const fs::path& path, std::optional<Span> included_at) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(path, ec);
    if (!seen_.insert(canonical.string()).second) return;
    const auto text = ReadFile(path);
    if (!text) {
      if (included_at) {
        diagnostics_.push_back(Error("E0206", fmt::format("cannot read included file `{}`", path.string()), included_at));
      } else {
        diagnostics_.push_back(NoSpan("E0001", "cannot read rule file", path.string()));
      }
      return;
    }
    const std::uint32_t id = sources_.Add(path.lexically_normal().string(), *text);
    ParseOutput parsed = Parse(sources_, id);
    diagnostics_.insert(diagnostics_.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    // Included files are checked as if they came before the including file, so "declared more
    // than once" points at the later declaration in reading order. `seen_` ends include cycles.
    for (const auto& decl : parsed.file.decls) {
      if (const auto* inc = std::get_if<ast::IncludeDecl>(&decl)) AddFile(path.parent_path() / inc->path.value, inc->path.span);
    }
    files_.push_back(std::move(parsed.file));
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
  std::vector<ast::File> files_;
  std::vector<Diagnostic> diagnostics_;
  std::set<std::string> seen_;
};

}  // namespace

Result<Model> LoadRules(const std::vector<std::string>& paths, SourceSet& sources) {
  Loader loader(sources);
  for (const auto& p : paths) loader.AddPath(p);
  return loader.Finish();
}

}  // namespace chipgate
