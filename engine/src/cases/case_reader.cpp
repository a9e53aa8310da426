// Case files to cases (see case_reader.hpp): listing the paths, reading each file within the
// size limit, parsing the TOML, and the top level of a file (an array of `[[case]]` tables).
#include "cases/case_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "cases/case_codes.hpp"
#include "cases/case_read.hpp"
#include "text/regular_file.hpp"

namespace chipgate::cases {
namespace {

namespace fs = std::filesystem;

// Case files are a few kilobytes; the limit only stops a hostile or mistaken path.
constexpr std::size_t kMaxCaseFileBytes = std::size_t{4} << 20;

Diagnostic Unreadable(const std::string& path, const std::string& why) {
  Diagnostic d = Error(codes::kUnreadable, fmt::format("cannot read case file: {}", why));
  d.path = path;
  return d;
}

std::vector<std::string> TomlFilesIn(const std::string& folder, std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    if (it->path().extension() == ".toml" && it->is_regular_file(ec)) files.push_back(it->path().generic_string());
  }
  if (ec) diagnostics.push_back(Unreadable(folder, ec.message()));
  std::sort(files.begin(), files.end());
  if (files.empty() && !ec) {
    Diagnostic d = Error(codes::kNoCaseFiles, "no case files (*.toml) in the folder");
    d.path = folder;
    diagnostics.push_back(std::move(d));
  }
  return files;
}

std::vector<std::string> ListFiles(const std::vector<std::string>& paths, std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (fs::is_directory(status)) {
      for (auto& f : TomlFilesIn(path, diagnostics)) files.push_back(std::move(f));
    } else if (fs::exists(status)) {
      files.push_back(path);  // a regular file, or refused with its reason when read
    } else {
      diagnostics.push_back(Unreadable(path, "no such file or folder"));
    }
  }
  return files;
}

// toml++'s "Error while parsing ...: ..." in our style: lower-case, names in backticks.
std::string SyntaxMessage(std::string_view description) {
  std::string what(description);
  if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
  if (std::count(what.begin(), what.end(), '\'') % 2 == 0) std::replace(what.begin(), what.end(), '\'', '`');
  return "invalid TOML: " + what;
}

std::optional<toml::table> Parse(CaseToml& file, const SourceFile& source) {
  try {
    return toml::parse(source.text(), std::string_view(source.path()));
  } catch (const toml::parse_error& e) {
    file.Report(Error(codes::kSyntax, SyntaxMessage(e.description()), file.SpanOf(e.source())));
    return std::nullopt;
  }
}

void ReadCases(CaseToml& file, const toml::node& node, std::vector<Case>& out) {
  const auto* array = node.as_array();
  if (array == nullptr || !array->is_array_of_tables()) {
    file.WrongType("case", "an array of tables (`[[case]]`)", node);
    return;
  }
  for (std::size_t i = 0; i < array->size(); ++i) {
    if (auto c = ReadCase(file, *array->get(i)->as_table(), i)) out.push_back(std::move(*c));
  }
}

// The cases of one file whose text is in `sources` as `id`.
void ReadFile(SourceSet& sources, std::uint32_t id, CaseSet& set, std::vector<Diagnostic>& diagnostics) {
  CaseToml file(sources, id);
  if (const auto doc = Parse(file, sources.file(id))) {
    for (const auto& [key, node] : *doc) {
      if (key.str() == "case") {
        ReadCases(file, node, set.cases);
      } else {
        file.UnknownKey(key, "", {"case"});
      }
    }
    if (!doc->contains("case")) {
      Diagnostic d = Error(codes::kMissing, "no `[[case]]` in the file", file.Start());
      d.help = "a case file is a list of `[[case]]` tables (docs/rule-tests.md)";
      file.Report(std::move(d));
    }
  }
  set.files.push_back(sources.file(id).path());
  for (auto& d : file.TakeDiagnostics()) diagnostics.push_back(std::move(d));
}

Result<CaseSet> Finish(CaseSet set, std::vector<Diagnostic> diagnostics, const SourceSet& sources) {
  SortDiagnostics(diagnostics, sources);
  Locate(diagnostics, sources);
  Result<CaseSet> out;
  if (!HasErrors(diagnostics)) out.value = std::move(set);
  out.diagnostics = std::move(diagnostics);
  return out;
}

}  // namespace

Result<CaseSet> ReadCaseFiles(const std::vector<std::string>& paths) {
  SourceSet sources;
  CaseSet set;
  std::vector<Diagnostic> diagnostics;
  for (const auto& path : ListFiles(paths, diagnostics)) {
    std::string error;
    std::optional<std::string> text = ReadRegularFile(path, kMaxCaseFileBytes, error);
    if (!text) {
      diagnostics.push_back(Unreadable(path, error));
      continue;
    }
    ReadFile(sources, sources.Add(path, std::move(*text)), set, diagnostics);
  }
  return Finish(std::move(set), std::move(diagnostics), sources);
}

Result<CaseSet> ReadCaseText(const std::string& path, std::string text) {
  SourceSet sources;
  CaseSet set;
  std::vector<Diagnostic> diagnostics;
  ReadFile(sources, sources.Add(path, std::move(text)), set, diagnostics);
  return Finish(std::move(set), std::move(diagnostics), sources);
}

}  // namespace chipgate::cases
