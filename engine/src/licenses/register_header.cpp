// The header row of a register (see register_detail.hpp): names matched like the log's
// (case, spaces and hyphens alike), every problem reported at once, a did-you-mean for a
// misspelt column, so "valid_untill" is an error and not a column silently ignored.
#include <fmt/format.h>

#include <algorithm>

#include "text/spelling.hpp"
#include "licenses/register_detail.hpp"

namespace chipgate::licenses::detail {
namespace {

std::vector<std::string> ColumnKeys() {
  std::vector<std::string> keys;
  for (std::size_t c = 0; c < kColumnCount; ++c) keys.emplace_back(ColumnKey(static_cast<Column>(c)));
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

}  // namespace

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
  for (std::size_t c = 0; c < kColumnCount; ++c) {
    if (!at[c] && ColumnRequired(static_cast<Column>(c))) {
      file.Report(Error("L0102", fmt::format("the header has no column `{}`, which is required", keys[c]), file.LineSpan(header.first_line())));
    }
  }
  if (file.full()) return std::nullopt;
  for (std::size_t c = 0; c < kColumnCount; ++c) {
    if (!at[c] && ColumnRequired(static_cast<Column>(c))) return std::nullopt;
  }
  return at;
}

}  // namespace chipgate::licenses::detail
