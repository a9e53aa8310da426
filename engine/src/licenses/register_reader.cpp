// Reading register files (see LoadRegisters in licenses.hpp): the file is read whole (it is
// bounded by RegisterLimits::max_file_bytes) into the SourceSet so diagnostics can show the
// line with a caret; the records are read with the project's CSV reader, the delimiter
// detected from the header line. Every problem of a file is reported, up to max_errors.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "chipgate/audit.hpp"
#include "chipgate/csv.hpp"
#include "chipgate/spelling.hpp"
#include "licenses/register_detail.hpp"

namespace chipgate::licenses {
namespace {

using detail::Column;
using detail::ColumnKey;
using detail::Field;
using detail::RegisterFile;

using Columns = std::array<std::optional<std::size_t>, detail::kColumnCount>;

std::vector<std::string> ColumnKeys() {
  std::vector<std::string> keys;
  for (std::size_t c = 0; c < detail::kColumnCount; ++c) keys.emplace_back(ColumnKey(static_cast<Column>(c)));
  return keys;
}

std::string HeaderKey(std::string_view name) {
  std::string key;
  for (const char c : name) {
    if (c == ' ' || c == '-') key += '_';
    else if (c >= 'A' && c <= 'Z') key += static_cast<char>(c - 'A' + 'a');
    else if (c != '\t') key += c;
  }
  const auto first = key.find_first_not_of('_');
  return first == std::string::npos ? std::string() : key.substr(first, key.find_last_not_of('_') - first + 1);
}

std::optional<Columns> ReadHeader(RegisterFile& file, const CsvRecord& header) {
  Columns at{};
  const auto keys = ColumnKeys();
  for (std::size_t f = 0; f < header.size(); ++f) {
    const std::string key = HeaderKey(header[f]);
    const auto it = std::find(keys.begin(), keys.end(), key);
    const Span span = file.FieldSpan(header.first_line(), f);
    if (it == keys.end()) {
      Diagnostic d = Error("L0102", fmt::format("unknown column `{}`", header[f]), span);
      const auto near = ClosestMatch(key, keys);
      d.help = near ? fmt::format("did you mean `{}`?", *near) : "the columns are listed in docs/audit.md, \"License registers\"";
      file.Report(std::move(d));
      continue;
    }
    auto& slot = at[static_cast<std::size_t>(it - keys.begin())];
    if (slot) file.Report(Error("L0102", fmt::format("column `{}` appears twice", key), span));
    slot = f;
  }
  for (std::size_t c = 0; c < detail::kColumnCount; ++c) {
    if (!at[c] && detail::ColumnRequired(static_cast<Column>(c))) {
      file.Report(Error("L0102", fmt::format("the header has no column `{}`, which is required", keys[c]), file.LineSpan(header.first_line())));
    }
  }
  if (file.full()) return std::nullopt;
  for (std::size_t c = 0; c < detail::kColumnCount; ++c) {
    if (!at[c] && detail::ColumnRequired(static_cast<Column>(c))) return std::nullopt;
  }
  return at;
}

class RowReader {
 public:
  RowReader(RegisterFile& file, const Columns& at, const Vocabulary& v, const RegisterLimits& limits)
      : file_(file), at_(at), vocabulary_(v), limits_(limits) {}

  std::optional<License> Read(const CsvRecord& r) {
    record_ = &r;
    License l;
    l.source = fmt::format("{}:{}", file_.path(), r.first_line());
    const Field number = Get(Column::kNumber);
    l.number = ClaimText(number.text);
    if (!Required(number) || !Required(Get(Column::kItems)) || !Required(Get(Column::kDestinations)) || !Required(Get(Column::kEndUser)) ||
        !Required(Get(Column::kValidFrom)) || !Required(Get(Column::kValidTo))) {
      return std::nullopt;
    }
    if (!LooksLikeLicenseNumber(l.number)) {
      Diagnostic d = Error("L0109", fmt::format("`{}` is not shaped like a license number", number.text), number.span);
      d.help = "a license number is 6 to 24 letters, digits, `-` or `/`, a letter first, with at least 5 digits (docs/audit.md)";
      file_.Report(std::move(d));
      return std::nullopt;
    }
    if (!detail::ParseItems(file_, Get(Column::kItems), vocabulary_, limits_.max_list_entries, l)) return std::nullopt;
    auto destinations = detail::ParseDestinations(file_, Get(Column::kDestinations), limits_.max_list_entries);
    if (!destinations) return std::nullopt;
    l.destinations = std::move(*destinations);
    l.end_user = std::string(Get(Column::kEndUser).text);
    return Dates(Amounts(std::move(l)));
  }

 private:
  Field Get(Column c) const {
    const auto& index = at_[static_cast<std::size_t>(c)];
    if (!index || *index >= record_->size()) return {{}, file_.LineSpan(record_->first_line()), c};
    std::string_view text = (*record_)[*index];
    const auto first = text.find_first_not_of(" \t");
    text = first == std::string_view::npos ? std::string_view() : text.substr(first, text.find_last_not_of(" \t") - first + 1);
    return {text, file_.FieldSpan(record_->first_line(), *index), c};
  }

  bool Required(const Field& f) {
    if (!f.text.empty()) return true;
    file_.Report(Error("L0103", fmt::format("no value in the required column `{}`", ColumnKey(f.column)), f.span));
    return false;
  }

  std::optional<License> Amounts(License l) {
    const Field quantity = Get(Column::kQuantity), value = Get(Column::kValue);
    l.quantity = detail::ParseAmountField(file_, quantity);
    l.value = detail::ParseAmountField(file_, value);
    if ((!quantity.text.empty() && !l.quantity) || (!value.text.empty() && !l.value)) return std::nullopt;
    l.currency = std::string(Get(Column::kCurrency).text);
    l.conditions = std::string(Get(Column::kConditions).text);
    return l;
  }

  std::optional<License> Dates(std::optional<License> l) {
    if (!l) return std::nullopt;
    const auto from = detail::ParseDateField(file_, Get(Column::kValidFrom));
    const auto to = detail::ParseDateField(file_, Get(Column::kValidTo));
    if (!from || !to) return std::nullopt;
    if (*to < *from) {
      file_.Report(Error("L0104", fmt::format("`valid_to` {} is before `valid_from` {}", to->ToString(), from->ToString()), Get(Column::kValidTo).span));
      return std::nullopt;
    }
    l->valid_from = *from;
    l->valid_to = *to;
    return l;
  }

  RegisterFile& file_;
  const Columns& at_;
  const Vocabulary& vocabulary_;
  const RegisterLimits& limits_;
  const CsvRecord* record_ = nullptr;
};

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
  } else if (const auto at = ReadHeader(file, csv.record())) {
    RowReader rows(file, *at, v, limits);
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
