// The rule language's grammar (see docs/language.md for the language itself).
//
// Conventions, after Spirit's rexpr/calc examples: no semantic actions; every rule that can fail
// an expectation (`>`) has a human name, which becomes the "expected ..." of the diagnostic;
// every rule producing a positioned node derives its ID from annotate_on_success so the error
// handler records where the node came from.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "syntax/cst_adapted.hpp"
#include "syntax/grammar.hpp"
#include "syntax/keywords.hpp"

namespace chipgate::syntax::grammar {

using x3::char_;
using x3::lexeme;
using x3::lit;
using x3::raw;

// ---- lexical pieces ----

// ASCII character classes as byte ranges. Spirit's `standard` classes hand a byte above 127 to
// std::isalnum as a negative int (undefined behaviour; an assertion in debug builds), and rule
// files are UTF-8; ranges compare bytes and never call the C library.
const auto digit = char_('0', '9');
const auto upper = char_('A', 'Z');
const auto alpha = char_('a', 'z') | upper;
const auto alnum = alpha | digit;
const auto kIdentChar = alnum | char_('_');

// A whole word: `in` must not match the start of `inference`.
template <std::size_t N>
auto Kw(const char (&word)[N]) {
  return lexeme[lit(word) >> !kIdentChar];
}
template <std::size_t N>
auto KwStr(const char (&word)[N]) {
  return lexeme[x3::string(word) >> !kIdentChar];
}

// Operators and the words that start a declaration: a declaration keyword can never be read as
// a name, so an unfinished expression stops at the next declaration instead of swallowing it.
const auto kReserved = Kw("and") | Kw("or") | Kw("not") | Kw("in") | Kw("for") | Kw("true") |
                       Kw("false") | Kw("otherwise") | Kw("when") | Kw("unless") | Kw("ruleset") |
                       Kw("include") | Kw("param") | Kw("table") | Kw("metric") | Kw("group") |
                       Kw("set") | Kw("treat") | Kw("classify") | Kw("note") | Kw("require") |
                       Kw("override") | Kw("exception");

#define CHIPGATE_RULE(name, attr, text)        \
  struct name##_class : x3::annotate_on_success {}; \
  const x3::rule<name##_class, attr> name = text;

#define CHIPGATE_PLAIN_RULE(name, attr, text) \
  struct name##_class {};                      \
  const x3::rule<name##_class, attr> name = text;

CHIPGATE_PLAIN_RULE(identifier_text, std::string, "name")
CHIPGATE_PLAIN_RULE(eccn_text, std::string, "ECCN paragraph (like 3A090.a.1)")
CHIPGATE_PLAIN_RULE(group_text, std::string, "country group (like D:5)")
CHIPGATE_PLAIN_RULE(ref_text, std::string, "rule id")
CHIPGATE_PLAIN_RULE(type_text, std::string, "type (`bool` or a unit such as `GB/s`)")
CHIPGATE_PLAIN_RULE(string_text, std::string, "string in double quotes")
CHIPGATE_PLAIN_RULE(date_text, std::string, "date (YYYY-MM-DD)")
CHIPGATE_PLAIN_RULE(number_text, std::string, "number")
CHIPGATE_PLAIN_RULE(unit_text, std::string, "unit")

const auto identifier_text_def = lexeme[raw[(alpha | char_('_')) >> *kIdentChar]] - kReserved;
const auto eccn_text_def = lexeme[raw[digit >> upper >> digit >> digit >> digit >> *('.' >> +alnum)]];
const auto group_text_def = lexeme[raw[upper >> ':' >> +digit]];
const auto ref_text_def = lexeme[raw[(alnum | char_('_')) >> *(alnum | char_("_.-"))]];
const auto type_text_def = lexeme[raw[(alpha | char_('_')) >> *(kIdentChar | char_("*/"))]];
const auto string_text_def = lexeme['"' > *(('\\' >> char_) | ~char_("\"\n")) > '"'];
const auto date_text_def = lexeme[raw[x3::repeat(4)[digit] >> '-' >> x3::repeat(2)[digit] >> '-' >> x3::repeat(2)[digit] >> !kIdentChar]];
const auto number_text_def = lexeme[raw[+digit >> -('.' >> +digit) >> !(alpha | char_("_:"))]];
const auto kUnitAtom = (lit("TOPS") | lit("bit") | lit("GB") | lit("s") | lit("mm2") | lit("W") |
                        lit("nm") | lit("year") | lit("Gtransistors")) >> !kIdentChar;
const auto unit_text_def = lexeme[raw[kUnitAtom >> *(char_("*/") >> kUnitAtom)]];

BOOST_SPIRIT_DEFINE(identifier_text, eccn_text, group_text, ref_text, type_text, string_text,
                    date_text, number_text, unit_text)

// ---- positioned leaves ----

CHIPGATE_RULE(name, cst::Name, "name")
CHIPGATE_RULE(ref_name, cst::Name, "rule id or ECCN")
CHIPGATE_RULE(group_name, cst::Name, "country group name")
CHIPGATE_RULE(country_name, cst::Name, "country code (ISO 3166-1 alpha-2, like CN, or a subdivision, like UA-43)")
CHIPGATE_RULE(type_name, cst::Name, "type (`bool` or a unit such as `GB/s`)")
CHIPGATE_RULE(string_lit, cst::StringLit, "string in double quotes")
CHIPGATE_RULE(date_lit, cst::DateLit, "date (YYYY-MM-DD)")
CHIPGATE_RULE(number_lit, cst::NumberLit, "number")
CHIPGATE_RULE(bool_lit, cst::BoolLit, "`true` or `false`")

const auto name_def = eccn_text | group_text | identifier_text;
const auto ref_name_def = ref_text;
const auto group_name_def = group_text | identifier_text;
const auto country_name_def = lexeme[raw[upper >> upper >> -('-' >> +alnum) >> !(kIdentChar | ':')]];
const auto type_name_def = type_text;
const auto string_lit_def = string_text;
const auto date_lit_def = date_text;
const auto number_lit_def = number_text >> -unit_text;
const auto bool_lit_def = KwStr("true") | KwStr("false");

BOOST_SPIRIT_DEFINE(name, ref_name, group_name, country_name, type_name, string_lit, date_lit,
                    number_lit, bool_lit)

// ---- expressions ----

CHIPGATE_RULE(expr, cst::Expr, "expression")
CHIPGATE_RULE(or_expr, cst::Expr, "expression")
CHIPGATE_RULE(and_expr, cst::Expr, "expression")
CHIPGATE_RULE(not_expr, cst::Operand, "expression")
CHIPGATE_RULE(not_op_expr, cst::Unary, "`not` expression")
CHIPGATE_RULE(cmp_expr, cst::Expr, "comparison")
CHIPGATE_RULE(cmp_operation, cst::Operation, "comparison")
CHIPGATE_RULE(in_operation, cst::Operation, "`in` test")
CHIPGATE_RULE(sum_expr, cst::Expr, "value (a number, name, or parenthesised expression)")
CHIPGATE_RULE(product_expr, cst::Expr, "value (a number, name, or parenthesised expression)")
CHIPGATE_RULE(operand, cst::Operand, "value (a number, name, or parenthesised expression)")
CHIPGATE_RULE(negate, cst::Unary, "negated value")
CHIPGATE_RULE(call, cst::Call, "function call")
CHIPGATE_RULE(comprehension, cst::Comprehension, "`for NAME in precision`")
CHIPGATE_RULE(index, cst::Index, "indexed name")
CHIPGATE_RULE(country_set, cst::CountrySet, "country set (like {CN, MO})")
CHIPGATE_RULE(string_list, cst::StringList, "string list (like [\"NVIDIA\", \"AMD\"])")
CHIPGATE_RULE(collection, cst::Expr, "collection (country groups, sets or {CC, ...})")
CHIPGATE_RULE(collection_term, cst::Operand, "country group, set or {CC, ...}")
CHIPGATE_PLAIN_RULE(or_op, std::string, "`or`")
CHIPGATE_PLAIN_RULE(and_op, std::string, "`and`")
CHIPGATE_PLAIN_RULE(cmp_op, std::string, "comparison operator")
CHIPGATE_PLAIN_RULE(add_op, std::string, "`+` or `-`")
CHIPGATE_PLAIN_RULE(mul_op, std::string, "`*` or `/`")

const auto or_op_def = KwStr("or");
const auto and_op_def = KwStr("and");
const auto cmp_op_def = x3::string("<=") | x3::string(">=") | x3::string("==") | x3::string("!=") |
                        x3::string("<") | x3::string(">");
const auto add_op_def = x3::string("+") | x3::string("-");
const auto mul_op_def = x3::string("*") | x3::string("/");

const auto expr_def = or_expr;
const auto or_expr_def = and_expr >> *(or_op > and_expr);
const auto and_expr_def = not_expr >> *(and_op > not_expr);
const auto not_expr_def = not_op_expr | cmp_expr;
const auto not_op_expr_def = KwStr("not") > not_expr;
const auto cmp_expr_def = sum_expr >> *(cmp_operation | in_operation);
const auto cmp_operation_def = cmp_op > sum_expr;
const auto in_operation_def = KwStr("in") > collection;
const auto sum_expr_def = product_expr >> *(add_op > product_expr);
const auto product_expr_def = operand >> *(mul_op > operand);
const auto operand_def = number_lit | string_lit | bool_lit | country_set | string_list | call |
                         index | name | negate | ('(' > expr > ')');
const auto negate_def = x3::string("-") > operand;
const auto call_def = (identifier_text >> '(' >> (expr % ',') >> -comprehension) > ')';
const auto comprehension_def = Kw("for") > name > Kw("in") > name;
const auto index_def = (name >> '[') > name > ']';
const auto country_set_def = '{' > (country_name % ',') > '}';
const auto string_list_def = '[' > (string_lit % ',') > ']';
const auto collection_def = collection_term >> *(add_op > collection_term);
const auto collection_term_def = country_set | string_list | name | ('(' > collection > ')');

BOOST_SPIRIT_DEFINE(expr, or_expr, and_expr, not_expr, not_op_expr, cmp_expr, cmp_operation,
                    in_operation, sum_expr, product_expr, operand, negate, call, comprehension,
                    index, country_set, string_list, collection, collection_term, or_op, and_op,
                    cmp_op, add_op, mul_op)

// ---- declarations ----

CHIPGATE_RULE(cite, cst::StringLit, "`cite \"...\"`")
CHIPGATE_RULE(ruleset_clause, cst::RulesetClause, "`authority \"...\"`, `from DATE` or `current DATE`")
CHIPGATE_RULE(ruleset_decl, cst::RulesetDecl, "ruleset declaration")
CHIPGATE_RULE(include_decl, cst::IncludeDecl, "include declaration")
CHIPGATE_RULE(param_domain, cst::ParamDomain, "`values N, N, ...` or `range LOW to HIGH`")
CHIPGATE_RULE(param_decl, cst::ParamDecl, "param declaration")
CHIPGATE_RULE(table_entry, cst::TableEntry, "table entry (`key = value`)")
CHIPGATE_RULE(table_decl, cst::TableDecl, "table declaration")
CHIPGATE_RULE(metric_decl, cst::MetricDecl, "metric declaration")
CHIPGATE_RULE(member_option, cst::MemberOption, "`from DATE`, `until DATE` or `cite \"...\"`")
CHIPGATE_RULE(group_member, cst::GroupMember, "country code (ISO 3166-1 alpha-2, like CN)")
CHIPGATE_RULE(group_decl, cst::GroupDecl, "group declaration")
CHIPGATE_PLAIN_RULE(group_end, x3::unused_type, "country code (ISO 3166-1 alpha-2) or `}`")
CHIPGATE_RULE(set_decl, cst::SetDecl, "set declaration")
CHIPGATE_RULE(treat_decl, cst::TreatDecl, "treat declaration")
CHIPGATE_RULE(date_clause, cst::DateClause, "date clause")
CHIPGATE_RULE(name_list_clause, cst::NameListClause, "name list clause")
CHIPGATE_RULE(string_clause, cst::StringClause, "string clause")
CHIPGATE_RULE(status_clause, cst::StatusClause, "status clause")
CHIPGATE_RULE(expr_clause, cst::ExprClause, "condition clause")
CHIPGATE_RULE(review_clause, cst::ReviewClause, "review clause")
CHIPGATE_RULE(title_clause, cst::TitleClause, "title")
CHIPGATE_RULE(review_condition, cst::ReviewCondition, "`when CONDITION` or `otherwise`")
CHIPGATE_RULE(clause, cst::Clause, "clause")
CHIPGATE_RULE(rule_decl, cst::RuleDecl, "rule declaration")
CHIPGATE_RULE(decl, cst::Decl, "declaration")
struct keyword_name_class : x3::annotate_on_success {};

// A keyword kept as a positioned Name, so the checker can point at it.
template <class P>
auto KeywordName(P p) {
  return x3::rule<keyword_name_class, cst::Name>{"keyword"} = lexeme[raw[p >> !kIdentChar]];
}

const auto cite_def = Kw("cite") > string_lit;
const auto ruleset_clause_def = (KwStr("authority") > string_text) | (KwStr("from") > date_text) |
                                (KwStr("current") > date_text);
const auto ruleset_decl_def = Kw("ruleset") > string_lit > *ruleset_clause;
const auto include_decl_def = Kw("include") > string_lit;
const auto param_domain_def = (KwStr("values") > (number_lit % ',')) |
                              (KwStr("range") > (number_lit % Kw("to")));
const auto param_decl_def = Kw("param") > name > ':' > type_name > '=' > expr > -param_domain > -string_lit;
const auto table_entry_def = name > '=' > expr;
const auto table_decl_def = Kw("table") > name > ':' > name > "->" > type_name > -string_lit >
                            *cite > '{' > (table_entry % ',') > -lit(',') > '}';
const auto metric_decl_def = Kw("metric") > name > ':' > type_name > -string_lit > -(Kw("measures") > name) > *cite > '=' > expr;
const auto member_option_def = (KwStr("from") > date_text) | (KwStr("until") > date_text) |
                               (KwStr("cite") > string_text);
const auto group_member_def = country_name > *member_option;
const auto group_end_def = lit('}');
const auto group_decl_def = Kw("group") > group_name > -string_lit > *cite > '{' > *group_member > group_end;
const auto set_decl_def = Kw("set") > name > -string_lit > '=' > collection;
const auto treat_decl_def = Kw("treat") > country_name > Kw("as") > country_name > *member_option > -string_lit;

// The clause keywords of each shape, from the one keyword table (syntax/keywords.hpp).
inline x3::symbols<x3::unused_type> ClauseWords(ClauseShape shape) {
  x3::symbols<x3::unused_type> words;
  for (const auto& c : Clauses()) {
    if (c.shape == shape) words.add(c.keyword);
  }
  return words;
}
inline x3::symbols<x3::unused_type> RuleWords() {
  x3::symbols<x3::unused_type> words;
  for (std::size_t k = 0; k < kRuleKindCount; ++k) words.add(RuleKeyword(k));
  return words;
}
const auto kDateWords = ClauseWords(ClauseShape::kDate);
const auto kNameListWords = ClauseWords(ClauseShape::kNameList);
const auto kStringWords = ClauseWords(ClauseShape::kString);
const auto kStatusWords = ClauseWords(ClauseShape::kStatus);
const auto kExprWords = ClauseWords(ClauseShape::kExpr);
const auto kReviewWords = ClauseWords(ClauseShape::kReview);
const auto kRuleWords = RuleWords();

const auto date_clause_def = KeywordName(kDateWords) > date_lit;
const auto name_list_clause_def = KeywordName(kNameListWords) > (ref_name % ',');
const auto string_clause_def = KeywordName(kStringWords) > string_lit;
const auto status_clause_def = KeywordName(kStatusWords) > name > -string_lit;
const auto expr_clause_def = KeywordName(kExprWords) > expr;
const auto review_clause_def = KeywordName(kReviewWords) > name > -review_condition;
const auto review_condition_def = (Kw("when") > expr) | KeywordName(lit("otherwise"));
const auto title_clause_def = string_lit;
const auto clause_def = date_clause | name_list_clause | string_clause | status_clause |
                        expr_clause | review_clause | title_clause;
const auto rule_decl_def = KeywordName(kRuleWords) > ref_name > *clause;
const auto decl_def = ruleset_decl | include_decl | param_decl | table_decl | metric_decl |
                      group_decl | set_decl | treat_decl | rule_decl;

BOOST_SPIRIT_DEFINE(cite, ruleset_clause, ruleset_decl, include_decl, param_domain, param_decl, table_entry,
                    table_decl, metric_decl, member_option, group_member, group_decl, set_decl,
                    treat_decl, group_end, date_clause, name_list_clause, string_clause, status_clause,
                    expr_clause, review_clause, title_clause, review_condition, clause, rule_decl, decl)

#undef CHIPGATE_RULE
#undef CHIPGATE_PLAIN_RULE

}  // namespace chipgate::syntax::grammar
