// License registers: the licenses a company holds, read from CSV (`--licenses PATH`), and the
// checks a claimed license number must pass on a shipment: known, valid on the ship date, the
// item (by catalog id or ECCN paragraph), the destination and the end user covered, and
// quantity left in ship-date order (depletion). docs/audit.md, "License registers", documents
// the format; src/licenses/ has one file per job.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "catalog/catalog.hpp"
#include "chipgate/country.hpp"
#include "chipgate/date.hpp"
#include "chipgate/diagnostic.hpp"
#include "chipgate/rational.hpp"
#include "chipgate/result.hpp"
#include "chipgate/source.hpp"

namespace chipgate::licenses {

struct License {
  std::string number;                     // trimmed, upper-case ("D1234567")
  std::vector<std::uint32_t> items;       // catalog indices the license names
  std::vector<std::string> eccns;         // ECCN paragraphs it names ("3A090.a", "4A090")
  std::vector<CountryCode> destinations;
  std::string end_user;                   // as written
  std::string end_user_key;               // EndUserKey(end_user), computed once
  std::optional<Rational> quantity;       // units authorised; absent = unlimited
  Date valid_from, valid_to;              // both inclusive
  std::optional<Rational> value;
  std::string currency;
  std::string conditions;
  std::string source;                     // "path:line", for people
};

// Every license of one or more register files, found by number.
class Register {
 public:
  const std::vector<License>& licenses() const { return licenses_; }
  bool empty() const { return licenses_.empty(); }
  // `number` as ClaimText gives it (trimmed, upper-case).
  std::optional<std::uint32_t> Find(std::string_view number) const;
  // False (and nothing added) when the number is already in the register.
  bool Add(License license);

 private:
  // Looked up by string_view without building a string (one lookup per row claiming a license).
  struct NumberHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<License> licenses_;
  std::unordered_map<std::string, std::uint32_t, NumberHash, std::equal_to<>> by_number_;
};

// What a register may name: catalog ids and the ECCN paragraphs the rules encode.
struct Vocabulary {
  const Catalog& catalog;
  std::vector<std::string> eccns;  // Model::eccns names ("3A090.a.1")
};

// Limits that keep a hostile register from costing more than a real one.
struct RegisterLimits {
  std::size_t max_file_bytes = std::size_t{64} << 20;
  std::size_t max_licenses = 1'000'000;
  std::size_t max_list_entries = 1000;  // items or destinations of one license
  std::size_t max_errors = 100;         // then reading stops with one more error saying so
};

// Loads register files (each added to `sources`, so diagnostics point at file, line and
// column with the line and a caret). Codes: L0100 unreadable or too large, L0101 malformed
// CSV, L0102 header, L0103 value missing, L0104 date, L0105 number, L0106 country, L0107 item
// or ECCN, L0108 duplicate number, L0109 not shaped like a license number, L0110 limit.
// A value only when there is no error.
Result<Register> LoadRegisters(std::span<const std::string> paths, const Vocabulary& vocabulary, SourceSet& sources,
                               RegisterLimits limits = {});

// One register from text (for tests and fuzzing); `path` names it in diagnostics.
Result<Register> ParseRegister(std::string path, std::string text, const Vocabulary& vocabulary, SourceSet& sources,
                               RegisterLimits limits = {});

// The end user a license names against the one a row names: equal after normalisation (ASCII
// case, punctuation and spacing, and legal-form words such as "Co", "Ltd", "GmbH", "Inc"
// dropped). The one place the party matcher will plug in.
bool SameEndUser(std::string_view license_end_user, std::string_view row_end_user);
std::string EndUserKey(std::string_view name);
// SameEndUser with the license's key computed once (License::end_user_key).
bool EndUserMatches(const License& license, std::string_view row_end_user);

// Why a claimed license does (kCovered) or does not authorize a shipment. Stable words in the
// database: see FindingName.
enum class Finding : std::uint8_t {
  kCovered,
  kUnknownNumber,
  kNotYetValid,
  kExpired,
  kItemNotCovered,
  kDestinationNotCovered,
  kEndUserDifferent,
  kQuantityExhausted,
};
// "covered", "unknown-number", "not-yet-valid", "expired", "item-not-covered",
// "destination-not-covered", "end-user-different", "quantity-exhausted".
std::string_view FindingName(Finding f);
// The finding a stored word names (FindingName's inverse); nothing for another word.
std::optional<Finding> FindingByName(std::string_view name);

// The facts of one shipment a license is checked against. `classifications` are the ECCN
// paragraphs the rules found the item to meet on the ship date (RowExplanation).
struct Shipment {
  std::uint32_t item = 0;
  std::span<const std::string> classifications;
  CountryCode destination;
  std::string_view end_user;
  Date date;
};

// Everything but quantity, in the order a person reads a license: dates, item, destination,
// end user. kCovered when all hold.
Finding CheckCoverage(const License& license, const Shipment& shipment);

// A shipment that draws on a license (it passed CheckCoverage): this run's rows, or uses an
// earlier run stored.
struct Use {
  std::uint32_t license = 0;
  Date date;
  std::int64_t quantity = 0;
  std::uint64_t line = 0;  // this run: the row's line; earlier runs: 0 (they sort first on a date)
  bool earlier_run = false;
};

// Depletion in ship-date order: uses are sorted by (date, earlier runs first, line) per
// license and summed; a use of this run whose running total exceeds the license's quantity is
// exhausted. Returns the lines of this run's exhausted uses, sorted.
std::vector<std::uint64_t> ExhaustedLines(const Register& register_, std::vector<Use> uses);

}  // namespace chipgate::licenses
