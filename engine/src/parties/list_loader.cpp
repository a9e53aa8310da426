// LoadPartyLists: reads each file with its size checked first, detects its format from the
// content, hashes the exact bytes read (provenance for every decision that uses the list), and
// runs the matching reader. All problems of all files are collected and sorted.
#include <fmt/format.h>

#include <filesystem>

#include "core/sha256.hpp"
#include "parties/codes.hpp"
#include "parties/file_bytes.hpp"
#include "parties/readers.hpp"

namespace chipgate::parties {
namespace {

enum class Format { kCslCsv, kCslJson, kSdnCsv, kUnknown };

std::string_view SkipBom(std::string_view text) {
  return text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
}

Format Detect(std::string_view text) {
  text = TrimBlanks(SkipBom(text));
  if (text.empty()) return Format::kUnknown;
  if (text.front() == '{' || text.front() == '[') return Format::kCslJson;
  const std::string_view first_line = text.substr(0, text.find_first_of("\r\n"));
  for (const std::string& h : SplitTrimmed(first_line, ',')) {
    if (h == "name" || h == "\"name\"") return Format::kCslCsv;
  }
  const std::size_t comma = first_line.find(',');
  const std::string_view number = TrimBlanks(first_line.substr(0, comma));
  const bool digits = !number.empty() && number.find_first_not_of("0123456789") == std::string_view::npos;
  return digits && comma != std::string_view::npos ? Format::kSdnCsv : Format::kUnknown;
}

std::string_view FormatName(Format f) {
  switch (f) {
    case Format::kCslCsv: return "csl-csv";
    case Format::kCslJson: return "csl-json";
    case Format::kSdnCsv: return "sdn-csv";
    case Format::kUnknown: break;
  }
  return "unknown";
}

// alt.csv (or ALT.CSV) next to an sdn.csv, when present.
std::optional<std::string> AltPathFor(const std::string& sdn_path) {
  const std::filesystem::path p(sdn_path);
  const std::string file = p.filename().string();
  if (file != "sdn.csv" && file != "SDN.CSV") return std::nullopt;
  const std::filesystem::path alt = p.parent_path() / (file == "sdn.csv" ? "alt.csv" : "ALT.CSV");
  std::error_code ec;
  return std::filesystem::exists(alt, ec) ? std::optional<std::string>(alt.string()) : std::nullopt;
}

void Unreadable(const std::string& path, const FileBytes& read, std::vector<Diagnostic>& diagnostics) {
  Diagnostic d = Error(read.too_large ? codes::kTooLarge : codes::kUnreadable,
                       fmt::format("party list `{}` {}", path, read.problem));
  d.path = path;
  if (read.too_large) d.help = "split the list, or raise the limit if the file really is a screening list";
  diagnostics.push_back(std::move(d));
}

class Loader {
 public:
  Loader(const LoadOptions& options, SourceSet& sources, std::vector<Diagnostic>& diagnostics)
      : options_(options), sources_(sources), diagnostics_(diagnostics) {}

  void Load(const std::string& path, PartyList& list) {
    FileBytes read = ReadBoundedFile(path, options_.max_file_bytes);
    if (!read.bytes) return Unreadable(path, read, diagnostics_);
    ListProvenance provenance{path, "", Sha256Hex(*read.bytes), "", options_.list_date, 0};
    const Format format = Detect(*read.bytes);
    provenance.format = std::string(FormatName(format));
    // Every file goes into `sources` before any view of it is taken: adding moves the others.
    const std::uint32_t id = sources_.Add(path, std::move(*read.bytes));
    const std::optional<std::uint32_t> alt_id = format == Format::kSdnCsv ? AddAlt(path, provenance) : std::nullopt;
    const auto file_index = static_cast<std::uint32_t>(list.files.size());
    const std::size_t before = list.entries.size();
    FileDiagnostics diagnostics(sources_, id, diagnostics_, format == Format::kCslJson);
    const std::string_view text = sources_.file(id).text();
    switch (format) {
      case Format::kCslCsv: ReadCslCsv(text, file_index, diagnostics, list); break;
      case Format::kCslJson: {
        const std::optional<Date> stated = ReadCslJson(text, file_index, diagnostics, list);
        if (!provenance.list_date) provenance.list_date = stated;
        break;
      }
      case Format::kSdnCsv: {
        if (!alt_id) {
          ReadSdnCsv(text, file_index, diagnostics, std::nullopt, list);
          break;
        }
        FileDiagnostics alt_diagnostics(sources_, *alt_id, diagnostics_);
        ReadSdnCsv(text, file_index, diagnostics, SdnAliases{sources_.file(*alt_id).text(), &alt_diagnostics}, list);
        break;
      }
      case Format::kUnknown:
        diagnostics.File(codes::kUnknownFormat,
                         "not a screening list: expected the CSL CSV (a header with `name`), the CSL JSON "
                         "(an object with `results`) or OFAC's sdn.csv");
        break;
    }
    provenance.entries = list.entries.size() - before;
    list.files.push_back(std::move(provenance));
  }

 private:
  std::optional<std::uint32_t> AddAlt(const std::string& path, ListProvenance& provenance) {
    const std::optional<std::string> alt_path = AltPathFor(path);
    if (!alt_path) return std::nullopt;
    FileBytes alt = ReadBoundedFile(*alt_path, options_.max_file_bytes);
    if (!alt.bytes) {
      Unreadable(*alt_path, alt, diagnostics_);
      return std::nullopt;
    }
    provenance.alt_sha256 = Sha256Hex(*alt.bytes);
    return sources_.Add(*alt_path, std::move(*alt.bytes));
  }

  const LoadOptions& options_;
  SourceSet& sources_;
  std::vector<Diagnostic>& diagnostics_;
};

}  // namespace

Result<PartyList> LoadPartyLists(const std::vector<std::string>& paths, const LoadOptions& options,
                                 SourceSet& sources) {
  std::vector<Diagnostic> diagnostics;
  PartyList list;
  Loader loader(options, sources, diagnostics);
  for (const std::string& path : paths) loader.Load(path, list);
  SortDiagnostics(diagnostics, sources);
  if (HasErrors(diagnostics)) return {std::nullopt, std::move(diagnostics)};
  return {std::move(list), std::move(diagnostics)};
}

}  // namespace chipgate::parties
