// Rendering and ordering of diagnostics (format described in diagnostic.hpp).
#include "chipgate/diagnostic.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "text/json.hpp"

namespace chipgate {
namespace {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "error";
}

// Tabs become single spaces so the caret lines up with what the terminal shows.
std::string Printable(std::string_view line) {
  std::string out(line);
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

std::uint32_t CodePoints(std::string_view text) {
  std::uint32_t n = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++n;
  }
  return n;
}

DiagnosticLocation LocationOf(const SourceFile& file, const Span& span) {
  const LineColumn start = file.Locate(span.begin);
  const LineColumn stop = file.Locate(span.end);
  return {file.path(), start.line, start.column, stop.line, stop.column, std::string(file.Line(start.line))};
}

// The location a diagnostic can be shown at: its span in `sources`, or what Locate recorded.
std::optional<DiagnosticLocation> Where(const Diagnostic& d, const SourceSet* sources) {
  if (sources != nullptr && d.span && d.span->file < sources->size()) return LocationOf(sources->file(d.span->file), *d.span);
  return d.location;
}

void AppendSnippet(std::string& out, const DiagnosticLocation& at) {
  const std::string number = fmt::format("{}", at.line);
  const std::string gutter(number.size(), ' ');
  out += fmt::format(" {} | {}\n", number, Printable(at.source_line));
  // Underline to the end of the span or of the line, whichever comes first.
  std::uint32_t width = 1;
  if (at.end_line == at.line && at.end_column > at.column) {
    width = at.end_column - at.column;
  } else if (at.end_line > at.line) {
    const std::uint32_t line_len = CodePoints(at.source_line);
    width = line_len >= at.column ? line_len - at.column + 1 : 1;
  }
  out += fmt::format(" {} | {}^{}\n", gutter, std::string(at.column - 1, ' '), std::string(width > 1 ? width - 1 : 0, '~'));
}

std::string RenderOneAt(const Diagnostic& d, const SourceSet* sources) {
  std::string out;
  if (const auto at = Where(d, sources)) {
    out += fmt::format("{}:{}:{}: {}[{}]: {}\n", at->path, at->line, at->column, SeverityName(d.severity), d.code, d.message);
    AppendSnippet(out, *at);
  } else if (!d.path.empty()) {
    out += fmt::format("{}: {}[{}]: {}\n", d.path, SeverityName(d.severity), d.code, d.message);
  } else {
    out += fmt::format("{}[{}]: {}\n", SeverityName(d.severity), d.code, d.message);
  }
  for (const auto& note : d.notes) out += fmt::format("note: {}\n", note);
  if (!d.help.empty()) out += fmt::format("help: {}\n", d.help);
  return out;
}

std::string RenderTextAt(const std::vector<Diagnostic>& diagnostics, const SourceSet* sources, std::size_t limit) {
  std::string out;
  std::size_t shown = 0;
  for (const auto& d : diagnostics) {
    if (shown == limit) break;
    out += RenderOneAt(d, sources);
    ++shown;
  }
  if (diagnostics.size() > shown) {
    out += fmt::format("... {} more not shown (limit {})\n", diagnostics.size() - shown, limit);
  }
  const std::size_t errors = ErrorCount(diagnostics);
  const std::size_t warnings = diagnostics.size() - errors;
  if (!diagnostics.empty()) {
    out += fmt::format("{} error{}, {} warning{}\n", errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
  }
  return out;
}

std::string RenderJsonAt(const std::vector<Diagnostic>& diagnostics, const SourceSet* sources) {
  JsonWriter w;
  w.BeginArray();
  for (const auto& d : diagnostics) {
    w.BeginObject();
    if (const auto at = Where(d, sources)) {
      w.Field("file", at->path);
      w.Key("line").Int(at->line).Key("column").Int(at->column);
      w.Key("end_line").Int(at->end_line).Key("end_column").Int(at->end_column);
      w.Field("source_line", at->source_line);
    } else {
      w.Field("file", d.path);
    }
    if (!d.field.empty()) w.Field("field", d.field);
    w.Field("severity", SeverityName(d.severity));
    w.Field("code", d.code);
    w.Field("message", d.message);
    w.StringArray("notes", d.notes);
    w.Field("help", d.help);
    w.EndObject();
  }
  w.EndArray();
  return w.Take() + "\n";
}

}  // namespace

Diagnostic Error(std::string code, std::string message, std::optional<Span> span) {
  Diagnostic d;
  d.code = std::move(code);
  d.message = std::move(message);
  d.span = span;
  return d;
}

Diagnostic Warning(std::string code, std::string message, std::optional<Span> span) {
  Diagnostic d = Error(std::move(code), std::move(message), span);
  d.severity = Severity::kWarning;
  return d;
}

bool HasErrors(const std::vector<Diagnostic>& diagnostics) {
  return ErrorCount(diagnostics) > 0;
}

std::size_t ErrorCount(const std::vector<Diagnostic>& diagnostics) {
  return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
    return d.severity == Severity::kError;
  }));
}

void SortDiagnostics(std::vector<Diagnostic>& diagnostics, const SourceSet& sources) {
  auto key = [&](const Diagnostic& d) {
    if (!d.span) return std::make_tuple(std::string_view(d.path), 0U, 0U);
    const SourceFile& f = sources.file(d.span->file);
    const LineColumn lc = f.Locate(d.span->begin);
    return std::make_tuple(std::string_view(f.path()), lc.line, lc.column);
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

void Locate(std::vector<Diagnostic>& diagnostics, const SourceSet& sources) {
  for (auto& d : diagnostics) {
    if (d.span && d.span->file < sources.size()) d.location = LocationOf(sources.file(d.span->file), *d.span);
    d.span.reset();
  }
}

std::string RenderOne(const Diagnostic& d, const SourceSet& sources) { return RenderOneAt(d, &sources); }

std::string RenderText(const std::vector<Diagnostic>& diagnostics, const SourceSet& sources, std::size_t limit) {
  return RenderTextAt(diagnostics, &sources, limit);
}

std::string RenderJson(const std::vector<Diagnostic>& diagnostics, const SourceSet& sources) {
  return RenderJsonAt(diagnostics, &sources);
}

std::string RenderText(const std::vector<Diagnostic>& diagnostics, std::size_t limit) {
  return RenderTextAt(diagnostics, nullptr, limit);
}

std::string RenderJson(const std::vector<Diagnostic>& diagnostics) { return RenderJsonAt(diagnostics, nullptr); }

}  // namespace chipgate
