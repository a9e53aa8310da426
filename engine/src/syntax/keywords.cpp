// The clause table (see keywords.hpp).
#include "syntax/keywords.hpp"

#include <array>

namespace chipgate::syntax {
namespace {

constexpr std::array<std::string_view, kRuleKindCount> kRuleKeywords = {"classify", "note", "require", "override", "exception"};

constexpr ClauseSpec kClauses[] = {
    {Clause::kEffective, "effective", ClauseShape::kDate, "cnroe", "cnroe", false, "the first day the rule applies: effective YYYY-MM-DD"},
    {Clause::kUntil, "until", ClauseShape::kDate, "cnroe", "", false, ""},
    {Clause::kSupersedes, "supersedes", ClauseShape::kNameList, "cnroe", "", false, ""},
    {Clause::kCite, "cite", ClauseShape::kString, "cnroe", "cnroe", true, "every rule cites the paragraph it encodes: cite \"15 CFR ...\""},
    {Clause::kStatus, "status", ClauseShape::kStatus, "cnroe", "", false, ""},
    {Clause::kAs, "as", ClauseShape::kNameList, "c", "c", false, "name the paragraph: as 3A090.a.1"},
    {Clause::kWhen, "when", ClauseShape::kExpr, "cnre", "cn", false, "state the condition: when CONDITION"},
    {Clause::kUnless, "unless", ClauseShape::kExpr, "c", "", false, ""},
    {Clause::kExcludes, "excludes", ClauseShape::kNameList, "n", "n", false, "name what the note takes away: excludes 3A090.a"},
    {Clause::kFor, "for", ClauseShape::kNameList, "r", "", false, ""},
    {Clause::kReview, "review", ClauseShape::kReview, "ro", "o", true, "state the policy: review POLICY when CONDITION"},
    {Clause::kOf, "of", ClauseShape::kNameList, "o", "o", false, "name the requirements it changes: of RULE_ID"},
    {Clause::kAuthorizes, "authorizes", ClauseShape::kNameList, "e", "e", false, "name the requirements it lifts: authorizes RULE_ID"},
    {Clause::kCode, "code", ClauseShape::kNameList, "e", "e", false, "give the Part 740 code: code NAC"},
    {Clause::kRequires, "requires", ClauseShape::kString, "e", "", false, ""},
    {Clause::kLetter, "letter", ClauseShape::kString, "r", "", false, ""},
    {Clause::kSource, "source", ClauseShape::kString, "r", "", false, ""},
    // A requirement whose condition turns on something chipgate cannot know (the end use) asks
    // it: unanswered, the question becomes a condition of the answer.
    {Clause::kAsks, "asks", ClauseShape::kString, "r", "", false, ""},
};

}  // namespace

std::string_view RuleKeyword(std::size_t kind) { return kRuleKeywords[kind]; }

std::optional<std::size_t> RuleKindByKeyword(std::string_view keyword) {
  for (std::size_t i = 0; i < kRuleKeywords.size(); ++i) {
    if (kRuleKeywords[i] == keyword) return i;
  }
  return std::nullopt;
}

std::span<const ClauseSpec> Clauses() { return kClauses; }

const ClauseSpec& SpecOf(Clause clause) {
  for (const auto& c : kClauses) {
    if (c.clause == clause) return c;
  }
  return kClauses[0];  // unreachable: every Clause has a row (a unit test checks)
}

const ClauseSpec* ClauseByKeyword(std::string_view keyword) {
  for (const auto& c : kClauses) {
    if (c.keyword == keyword) return &c;
  }
  return nullptr;
}

}  // namespace chipgate::syntax
