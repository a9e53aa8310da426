// Reading register files (see LoadRegisters in licenses.hpp): the file is read whole (it is
// bounded by RegisterLimits::max_file_bytes) into the SourceSet so diagnostics can show the
// line with a caret; the records are read with the project's CSV reader, the delimiter
// detected from the header line, the header and each record by register_header.cpp and
// register_rows.cpp. Every problem of a file is reported, up to max_errors.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "audit/audit_format.hpp"
#include "audit/csv.hpp"
#include "licenses/register_detail.hpp"

namespace chipgate::licenses {
namespace {

using detail::RegisterFile;

std::optional<std::string> ReadText(const std::string& path, std::size_t max_bytes, std::string& error) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    error = "cannot read the license register";
    return std::nullopt;
  }
  if (size > max_bytes) {
    error = fmt::format("the license register is {} bytes, over the limit of {}", size, max_bytes);
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in && !in.eof()) {
    error = "cannot read the license register";
    return std::nullopt;
  }
  return text.str();
}

// One register's text (already in `sources`) into `out`.
void ReadRegister(std::uint32_t id, const Vocabulary& v, SourceSet& sources, const RegisterLimits& limits, Register& out,
                  std::vector<Diagnostic>& diagnostics) {
  std::istringstream in(sources.file(id).text());
  CsvReader csv(in, CsvLimits{std::size_t{64} << 10, std::size_t{256} << 10});
  const char delimiter = DetectDelimiter(csv.PeekFirstLine());
  csv.SetDelimiter(delimiter);
  RegisterFile file(sources, id, delimiter, limits.max_errors);
  if (csv.Next() != CsvStep::kRecord) {
    file.Report(Error("L0102", "the register has no header row naming its columns", file.LineSpan(1)));
  } else if (const auto at = detail::ReadHeader(file, csv.record())) {
    detail::RowReader rows(file, *at, v, limits);
    for (CsvStep step = csv.Next(); step != CsvStep::kEnd && !file.full(); step = csv.Next()) {
      if (step == CsvStep::kError) {
        file.Report(Error("L0101", fmt::format("malformed CSV: {}", Describe(csv.error().kind)), file.LineSpan(csv.error().first_line)));
        continue;
      }
      auto license = rows.Read(csv.record());
      if (!license) continue;
      const Span where = file.FieldSpan(csv.record().first_line(), 0);
      if (out.licenses().size() >= limits.max_licenses) {
        file.Report(Error("L0110", fmt::format("more than {} licenses", limits.max_licenses), where));
        break;
      }
      if (!out.Add(std::move(*license))) file.Report(Error("L0108", "this license number is already in the register", where));
    }
    if (file.full()) file.Report(Error("L0110", fmt::format("stopped after {} errors", limits.max_errors), file.LineSpan(1)));
  }
  for (auto& d : file.Take()) diagnostics.push_back(std::move(d));
}

}  // namespace

Result<Register> LoadRegisters(std::span<const std::string> paths, const Vocabulary& vocabulary, SourceSet& sources, RegisterLimits limits) {
  Result<Register> result;
  Register out;
  for (const auto& path : paths) {
    std::string error;
    const auto text = ReadText(path, limits.max_file_bytes, error);
    if (!text) {
      Diagnostic d = Error("L0100", error);
      d.path = path;
      result.diagnostics.push_back(std::move(d));
      continue;
    }
    ReadRegister(sources.Add(path, *text), vocabulary, sources, limits, out, result.diagnostics);
  }
  if (!HasErrors(result.diagnostics)) result.value = std::move(out);
  return result;
}

Result<Register> ParseRegister(std::string path, std::string text, const Vocabulary& vocabulary, SourceSet& sources, RegisterLimits limits) {
  Result<Register> result;
  Register out;
  if (text.size() > limits.max_file_bytes) {
    Diagnostic d = Error("L0100", fmt::format("the license register is {} bytes, over the limit of {}", text.size(), limits.max_file_bytes));
    d.path = path;
    result.diagnostics.push_back(std::move(d));
    return result;
  }
  ReadRegister(sources.Add(std::move(path), std::move(text)), vocabulary, sources, limits, out, result.diagnostics);
  if (!HasErrors(result.diagnostics)) result.value = std::move(out);
  return result;
}

}  // namespace chipgate::licenses
