// What the three readers share: a diagnostic sink for one file (with an error limit, so a
// hostile file cannot grow the diagnostics without bound), and the parsing of the fields every
// format has in some form (alias lists, countries, dates).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chipgate/diagnostic.hpp"
#include "chipgate/parties.hpp"

namespace chipgate::parties {

class FileDiagnostics {
 public:
  static constexpr std::size_t kLimit = 100;

  // `sources.file(file)` is the file being read; `out` must outlive this object.
  // With `lines_are_entries` (JSON), a "line" is an entry's index + 1 and messages name the
  // entry (`results[3].start_date`) instead of pointing at a line.
  FileDiagnostics(const SourceSet& sources, std::uint32_t file, std::vector<Diagnostic>& out,
                  bool lines_are_entries = false);

  // A problem on a 1-based line; `field` names the column or key (may be empty).
  void At(Severity severity, const char* code, std::uint64_t line, std::string_view field, std::string message);
  // A problem at a byte offset (JSON syntax errors).
  void AtOffset(const char* code, std::uint64_t offset, std::string message);
  // A problem with the file as a whole.
  void File(const char* code, std::string message);
  bool errors() const { return errors_ > 0; }

 private:
  bool Admit();

  const SourceSet& sources_;
  std::uint32_t file_;
  std::vector<Diagnostic>& out_;
  std::size_t count_ = 0;
  std::size_t errors_ = 0;
  bool lines_are_entries_;
};

// Splits on `separator`, trims ASCII blanks, drops empty parts.
std::vector<std::string> SplitTrimmed(std::string_view text, char separator);
std::string_view TrimBlanks(std::string_view text);

// Adds the country of one address ("street, city, CC" or a bare "CC") to the entry, once; a
// last component that is not an ISO code is reported as a warning.
void AddAddressCountry(Entry& entry, std::string_view address, FileDiagnostics& diagnostics, std::string_view field);

// An optional YYYY-MM-DD field: empty is nothing; anything else unparsable is an error.
std::optional<Date> DateField(std::string_view text, std::uint64_t line, std::string_view field,
                              FileDiagnostics& diagnostics);

// Fills list and source from the source text, with a warning for lists kept as kOther, and
// the license policy from its text; checks the name and the date order.
void FinishEntry(Entry& entry, FileDiagnostics& diagnostics);

}  // namespace chipgate::parties
