// Diagnostics: what every stage returns instead of throwing for a user's mistake.
//
// Format (text):
//   rules/us-ear/3a090.rules:14:17: error[E0301]: cannot compare `tpp` with a value in `GB/s`
//      14 |   when tpp >= 4800 GB/s
//         |                 ^~~~~~~~~
//   help: drop the unit, or compare against `interconnect_bidir`
// Codes are stable (tests and users grep for them); messages are lower-case, user names are in
// backticks, and no C++ type ever appears.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chipgate/source.hpp"

namespace chipgate {

enum class Severity { kError, kWarning, kNote };

// Where a diagnostic points, resolved from its span so that it can be shown after the source
// text is gone (diagnostics that leave the library carry it; see Locate).
struct DiagnosticLocation {
  std::string path;
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  std::uint32_t end_line = 1;
  std::uint32_t end_column = 1;
  std::string source_line;  // the text of `line`
};

struct Diagnostic {
  Severity severity = Severity::kError;
  std::string code;     // e.g. "E0301"
  std::string message;  // lower-case, no trailing period
  std::optional<Span> span;
  std::string path;     // used when there is no span (a file that could not be read)
  std::vector<std::string> notes;
  std::string help;
  std::optional<DiagnosticLocation> location;  // `span` resolved (filled by Locate)
  std::string field;    // the input at fault, for a question or request ("item", "destination", "date")
};

Diagnostic Error(std::string code, std::string message, std::optional<Span> span = std::nullopt);
Diagnostic Warning(std::string code, std::string message, std::optional<Span> span = std::nullopt);

bool HasErrors(const std::vector<Diagnostic>& diagnostics);
std::size_t ErrorCount(const std::vector<Diagnostic>& diagnostics);

// Sorts by file, line, column (file order is the SourceSet's order, then path), stably.
void SortDiagnostics(std::vector<Diagnostic>& diagnostics, const SourceSet& sources);

// Resolves each diagnostic's span into its `location`, so it can be rendered without `sources`.
void Locate(std::vector<Diagnostic>& diagnostics, const SourceSet& sources);

// Renders in the format above, at most `limit` diagnostics, then a line saying how many more
// there were and a summary line ("2 errors, 1 warning").
std::string RenderText(const std::vector<Diagnostic>& diagnostics, const SourceSet& sources,
                       std::size_t limit = 20);
std::string RenderOne(const Diagnostic& diagnostic, const SourceSet& sources);
// One JSON array, one object per diagnostic (file, line, column, end_line, end_column,
// severity, code, message, notes, help, source_line).
std::string RenderJson(const std::vector<Diagnostic>& diagnostics, const SourceSet& sources);
// The same for located diagnostics (after Locate; what the library's API returns).
std::string RenderText(const std::vector<Diagnostic>& diagnostics, std::size_t limit = 20);
std::string RenderJson(const std::vector<Diagnostic>& diagnostics);

}  // namespace chipgate
