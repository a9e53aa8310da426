// A register file's places and diagnostics (see register_detail.hpp). Field spans are found by
// re-scanning the record's first line, so the CSV reader's hot loop keeps no offsets.
#include "licenses/register_detail.hpp"

#include <algorithm>
#include <array>

namespace chipgate::licenses::detail {
namespace {

struct ColumnInfo {
  std::string_view key;
  bool required;
};

constexpr std::array<ColumnInfo, kColumnCount> kColumns = {{{"license_number", true},
                                                            {"items", true},
                                                            {"destinations", true},
                                                            {"end_user", true},
                                                            {"quantity", true},
                                                            {"valid_from", true},
                                                            {"valid_to", true},
                                                            {"value", false},
                                                            {"currency", false},
                                                            {"conditions", false}}};

}  // namespace

std::string_view ColumnKey(Column c) { return kColumns[static_cast<std::size_t>(c)].key; }
bool ColumnRequired(Column c) { return kColumns[static_cast<std::size_t>(c)].required; }

Span RegisterFile::LineSpan(std::uint64_t line) const {
  const auto number = static_cast<std::uint32_t>(std::min<std::uint64_t>(line, file_.LineCount()));
  const std::uint32_t begin = file_.OffsetOf(number, 1);
  return Span{id_, begin, begin + static_cast<std::uint32_t>(file_.Line(number).size())};
}

Span RegisterFile::FieldSpan(std::uint64_t line, std::size_t field) const {
  const Span whole = LineSpan(line);
  const std::string_view text = std::string_view(file_.text()).substr(whole.begin, whole.end - whole.begin);
  std::size_t index = 0;
  std::size_t start = 0;
  bool quoted = false;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool end = i == text.size();
    if (!end && text[i] == '"') quoted = !quoted;
    if (!end && (quoted || text[i] != delimiter_)) continue;
    if (index == field) {
      return Span{id_, whole.begin + static_cast<std::uint32_t>(start), whole.begin + static_cast<std::uint32_t>(i)};
    }
    ++index;
    start = i + 1;
  }
  return whole;
}

void RegisterFile::Report(Diagnostic d) {
  if (d.severity == Severity::kError) ++errors_;
  diagnostics_.push_back(std::move(d));
}

}  // namespace chipgate::licenses::detail
