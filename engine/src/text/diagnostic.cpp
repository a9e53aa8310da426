// Rendering and ordering of diagnostics (format described in diagnostic.hpp).
#include "chipgate/diagnostic.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "chipgate/json.hpp"

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

void AppendSnippet(std::string& out, const SourceFile& file, const Span& span) {
  const LineColumn start = file.Locate(span.begin);
  const std::string_view line = file.Line(start.line);
  const std::string number = fmt::format("{}", start.line);
  const std::string gutter(number.size(), ' ');
  out += fmt::format(" {} | {}\n", number, Printable(line));
  // Underline to the end of the span or of the line, whichever comes first.
  const LineColumn stop = file.Locate(span.end);
  std::uint32_t width = 1;
  if (stop.line == start.line && stop.column > start.column) {
    width = stop.column - start.column;
  } else if (stop.line > start.line) {
    const std::uint32_t line_len = CodePoints(line);
    width = line_len >= start.column ? line_len - start.column + 1 : 1;
  }
  out += fmt::format(" {} | {}^{}\n", gutter, std::string(start.column - 1, ' '),
                     std::string(width > 1 ? width - 1 : 0, '~'));
}

}  // namespace

Diagnostic Error(std::string code, std::string message, std::optional<Span> span) {
  return Diagnostic{Severity::kError, std::move(code), std::move(message), span, {}, {}, {}};
}

Diagnostic Warning(std::string code, std::string message, std::optional<Span> span) {
  return Diagnostic{Severity::kWarning, std::move(code), std::move(message), span, {}, {}, {}};
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

std::string RenderOne(const Diagnostic& d, const SourceSet& sources) {
  std::string out;
  if (d.span && d.span->file < sources.size()) {
    const SourceFile& file = sources.file(d.span->file);
    const LineColumn lc = file.Locate(d.span->begin);
    out += fmt::format("{}:{}:{}: {}[{}]: {}\n", file.path(), lc.line, lc.column,
                       SeverityName(d.severity), d.code, d.message);
    AppendSnippet(out, file, *d.span);
  } else if (!d.path.empty()) {
    out += fmt::format("{}: {}[{}]: {}\n", d.path, SeverityName(d.severity), d.code, d.message);
  } else {
    out += fmt::format("{}[{}]: {}\n", SeverityName(d.severity), d.code, d.message);
  }
  for (const auto& note : d.notes) out += fmt::format("note: {}\n", note);
  if (!d.help.empty()) out += fmt::format("help: {}\n", d.help);
  return out;
}

std::string RenderText(const std::vector<Diagnostic>& diagnostics, const SourceSet& sources,
                       std::size_t limit) {
  std::string out;
  std::size_t shown = 0;
  for (const auto& d : diagnostics) {
    if (shown == limit) break;
    out += RenderOne(d, sources);
    ++shown;
  }
  if (diagnostics.size() > shown) {
    out += fmt::format("... {} more not shown (limit {})\n", diagnostics.size() - shown, limit);
  }
  const std::size_t errors = ErrorCount(diagnostics);
  const std::size_t warnings = diagnostics.size() - errors;
  if (!diagnostics.empty()) {
    out += fmt::format("{} error{}, {} warning{}\n", errors, errors == 1 ? "" : "s", warnings,
                       warnings == 1 ? "" : "s");
  }
  return out;
}

std::string RenderJson(const std::vector<Diagnostic>& diagnostics, const SourceSet& sources) {
  JsonWriter w;
  w.BeginArray();
  for (const auto& d : diagnostics) {
    w.BeginObject();
    if (d.span && d.span->file < sources.size()) {
      const SourceFile& file = sources.file(d.span->file);
      const LineColumn begin = file.Locate(d.span->begin);
      const LineColumn end = file.Locate(d.span->end);
      w.Field("file", file.path());
      w.Key("line").Int(begin.line).Key("column").Int(begin.column);
      w.Key("end_line").Int(end.line).Key("end_column").Int(end.column);
      w.Field("source_line", file.Line(begin.line));
    } else {
      w.Field("file", d.path);
    }
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

}  // namespace chipgate
