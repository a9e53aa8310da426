// The rule language's clause keywords in one table: the grammar builds its keyword parsers
// from it, the checker reads which rule kinds take each clause, need it and may repeat it, and
// the messages name the keywords from it. A new clause is a row here plus what it means in
// check/rules_check.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace chipgate::syntax {

// What follows the keyword.
enum class ClauseShape : std::uint8_t {
  kDate,      // effective 2023-11-17
  kNameList,  // for 3A090.a, 4A090.a
  kString,    // cite "..."
  kStatus,    // status unconfirmed "why"
  kExpr,      // when CONDITION
  kReview,    // review POLICY [when CONDITION | otherwise]
};

enum class Clause : std::uint8_t {
  kEffective, kUntil, kSupersedes, kCite, kStatus, kAs, kWhen, kUnless, kExcludes, kFor,
  kReview, kOf, kAuthorizes, kCode, kRequires, kLetter, kSource, kAsks,
};

// The rule kinds, in the order of `allowed`/`required` below: classify, note, require,
// override, exception.
constexpr std::size_t kRuleKindCount = 5;
std::string_view RuleKeyword(std::size_t kind);
std::optional<std::size_t> RuleKindByKeyword(std::string_view keyword);

struct ClauseSpec {
  Clause clause;
  std::string_view keyword;
  ClauseShape shape;
  std::string_view allowed;   // one letter per rule kind that takes it: c n r o e
  std::string_view required;  // the rule kinds that must have it
  bool repeatable;
  std::string_view help;      // shown when a required clause is missing
};

std::span<const ClauseSpec> Clauses();
const ClauseSpec& SpecOf(Clause clause);
const ClauseSpec* ClauseByKeyword(std::string_view keyword);
// The letter of a rule kind in `allowed` and `required`.
constexpr char RuleKindLetter(std::size_t kind) { return "cnroe"[kind]; }

}  // namespace chipgate::syntax
