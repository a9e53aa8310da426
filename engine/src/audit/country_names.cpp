// Country names to ISO codes (see audit_format.hpp). The table is data (engine/data/
// country-names.csv, embedded by the build as CountryNamesData()), read with the project's CSV
// reader; a name is keyed with ASCII letters and digits lower-cased, other ASCII as single
// spaces, and non-ASCII bytes kept, so "Korea, Republic of" and "korea republic of" meet.
#include <sstream>

#include "audit/audit_format.hpp"
#include "audit/csv.hpp"

namespace chipgate {

std::string CountryNames::Key(std::string_view name) {
  std::string key;
  bool pending_space = false;
  for (const char raw : name) {
    const auto c = static_cast<unsigned char>(raw);
    if (c == '\'' || c == '.') continue;  // "People's", "U.A.E." read as "peoples", "uae"
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (!letter) {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) key += ' ';
    pending_space = false;
    key += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : raw;
  }
  return key;
}

CountryNames::CountryNames() {
  std::istringstream in{std::string(CountryNamesData())};
  CsvReader csv(in);
  for (CsvStep step = csv.Next(); step != CsvStep::kEnd; step = csv.Next()) {
    if (step != CsvStep::kRecord) continue;  // comment lines may hold quotes; the tests check every data line reads
    const CsvRecord& r = csv.record();
    if (r.size() != 2 || r[0].starts_with("#")) continue;
    if (const auto code = CountryCode::Parse(r[0])) codes_.emplace(Key(r[1]), *code);
  }
}

std::optional<CountryCode> CountryNames::Find(std::string_view text) const {
  const auto it = codes_.find(Key(text));
  if (it == codes_.end()) return std::nullopt;
  return it->second;
}

}  // namespace chipgate
