// The part master: a CSV of the company's part numbers and the catalog id each stands for, of
// any size, read as a stream (only the lookup table it fills is kept). The delimiter is
// detected from its header line; errors name the file and line, at most kErrorLimit of them
// and then how many more, so a broken 200,000-line master costs one screen.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "audit/mapping_detail.hpp"
#include "audit/text.hpp"
#include "audit/csv_header.hpp"
#include "text/spelling.hpp"

namespace chipgate::audit_detail {
namespace {

using catalog_detail::TomlFile;

constexpr std::size_t kErrorLimit = 20;

Diagnostic AtLine(const std::string& path, std::uint64_t line, std::string message) {
  Diagnostic d = Error("A0109", std::move(message));
  d.path = fmt::format("{}:{}", path, line);
  return d;
}

class PartMasterReader {
 public:
  PartMasterReader(const std::string& path, const Catalog& catalog, AuditMapping& mapping)
      : path_(path), catalog_(catalog), mapping_(mapping) {}

  std::vector<Diagnostic> Read(std::istream& in, const std::string& part_column, const std::string& id_column) {
    CsvReader csv(in);
    csv.SetDelimiter(DetectDelimiter(csv.PeekFirstLine()));
    if (csv.Next() != CsvStep::kRecord) return {Fail("the part master has no header row")};
    const std::string_view wanted[] = {part_column, id_column};
    const CsvHeaderMap header = CsvHeaderMap::FromRecord(csv.record(), wanted);
    const auto part = header.columns.Find(part_column);
    const auto id = header.columns.Find(id_column);
    if (!part || !id) return {Fail(fmt::format("the part master's header needs columns `{}` and `{}`", part_column, id_column))};
    for (CsvStep step = csv.Next(); step != CsvStep::kEnd; step = csv.Next()) {
      if (step == CsvStep::kError) {
        Problem(csv.error().first_line, fmt::format("malformed CSV: {}", Describe(csv.error().kind)));
        if (csv.error().kind == CsvErrorKind::kReadFailed) break;
        continue;
      }
      Row(csv.record(), *part, *id);
    }
    if (errors_ > kErrorLimit) diagnostics_.push_back(AtLine(path_, 0, fmt::format("{} more errors in the part master", errors_ - kErrorLimit)));
    return std::move(diagnostics_);
  }

 private:
  Diagnostic Fail(std::string message) const {
    Diagnostic d = Error("A0108", std::move(message));
    d.path = path_;
    return d;
  }

  void Problem(std::uint64_t line, std::string message) {
    if (++errors_ <= kErrorLimit) diagnostics_.push_back(AtLine(path_, line, std::move(message)));
  }

  void Row(const CsvRecord& r, std::size_t part, std::size_t id) {
    if (r.size() <= std::max(part, id)) return Problem(r.first_line(), fmt::format("the record has {} fields, fewer than the header", r.size()));
    const std::string_view number = Trim(r[part]);
    const std::string_view target = Trim(r[id]);
    if (number.empty() || target.empty()) return Problem(r.first_line(), "a part number or catalog id is empty");
    if (catalog_.Find(target) == nullptr) {
      std::vector<std::string> ids;
      for (const auto& item : catalog_.items()) ids.push_back(item.id);
      const auto near = ClosestMatch(target, ids);
      return Problem(r.first_line(), fmt::format("{} is not a catalog id{}", Quoted(target), near ? fmt::format("; did you mean `{}`?", *near) : ""));
    }
    mapping_.items.emplace_back(std::string(number), std::string(target));
  }

  const std::string& path_;
  const Catalog& catalog_;
  AuditMapping& mapping_;
  std::vector<Diagnostic> diagnostics_;
  std::size_t errors_ = 0;
};

}  // namespace

std::vector<Diagnostic> ReadPartMaster(const std::string& path, const std::string& part_column, const std::string& id_column,
                                       const Catalog& catalog, AuditMapping& mapping) {
  // Only a regular file: a device such as /dev/zero would never end a line.
  std::error_code ec;
  std::ifstream in;
  if (std::filesystem::is_regular_file(path, ec)) in.open(path, std::ios::binary);
  PartMasterReader reader(path, catalog, mapping);
  if (!in.is_open() || !in) {
    Diagnostic d = Error("A0108", "cannot read the part master");
    d.path = path;
    return {d};
  }
  return reader.Read(in, part_column, id_column);
}

void ReadPartMasterTable(TomlFile& file, const toml::table& table, const std::string& mapping_path, const Catalog& catalog,
                         AuditMapping& mapping) {
  const auto* path = table["path"].as_string();
  if (path == nullptr) {
    file.Report(Error("A0108", "[part_master] needs `path`, the CSV file of part numbers and catalog ids", file.SpanOf(table)));
    return;
  }
  std::filesystem::path full(path->get());
  if (full.is_relative()) full = std::filesystem::path(mapping_path).parent_path() / full;
  const std::string part_column = table["part_number"].value_or(std::string("part_number"));
  const std::string id_column = table["catalog_id"].value_or(std::string("catalog_id"));
  for (auto& d : ReadPartMaster(full.string(), part_column, id_column, catalog, mapping)) file.Report(std::move(d));
}

}  // namespace chipgate::audit_detail
