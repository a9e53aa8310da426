// The parser: every declaration form, precedence, chaining, collections, and error recovery.
#include <gtest/gtest.h>

#include "syntax/ast_print.hpp"
#include "syntax/parse.hpp"

namespace chipgate {
namespace {

struct Parsed {
  SourceSet sources;
  ParseOutput out;
  std::string Errors() const { return RenderText(out.diagnostics, sources); }
};

Parsed ParseText(const std::string& text, const ParseLimits& limits = {}) {
  Parsed p;
  const auto id = p.sources.Add("test.rules", text);
  p.out = Parse(p.sources, id, limits);
  return p;
}

TEST(Parse, ClassifyRuleWithClauses) {
  const auto p = ParseText(R"(
# a comment
classify ear.3a090.a.1 as 3A090.a.1 "TPP of 4800 or more"
  effective 2023-11-17   # trailing comment
  cite "88 FR 73458"
  when kind == ic and tpp >= 4800
)");
  ASSERT_TRUE(p.out.diagnostics.empty()) << p.Errors();
  EXPECT_EQ(PrintAst(p.out.file),
            "classify ear.3a090.a.1 \"TPP of 4800 or more\"\n"
            "  as 3A090.a.1\n"
            "  effective 2023-11-17\n"
            "  cite \"88 FR 73458\"\n"
            "  when (and (cmp kind == ic) (cmp tpp >= 4800))\n");
}

TEST(Parse, PrecedenceNotAndOrAndChains) {
  const auto p = ParseText(R"(
classify r as X "t"
  when not datacenter and 2400 <= tpp < 4800 or a + b * c > 600 GB/s
)");
  ASSERT_TRUE(p.out.diagnostics.empty()) << p.Errors();
  EXPECT_NE(PrintAst(p.out.file).find(
                "when (or (and (not datacenter) (cmp 2400 <= tpp < 4800)) (cmp (+ a (* b c)) > 600[GB/s]))"),
            std::string::npos)
      << PrintAst(p.out.file);
}

TEST(Parse, CollectionsAndComprehensions) {
  const auto p = ParseText(R"(
set dest "t" = (D:1 + D:4 + D:5) - (A:5 + A:6) + {MO}
metric tpp : TOPS*bit "total processing performance"
  cite "x"
  = max(dense_tops[p] * bit_length[p] for p in precision)
require r "t"
  for 3A090.a, 4A090.a
  when destination in D:5 + {MO} and vendor in ["NVIDIA", "AMD"] and contains(3A090.a)
  review presumption_of_denial when destination in D:5
  review case_by_case otherwise
)");
  ASSERT_TRUE(p.out.diagnostics.empty()) << p.Errors();
  const std::string ast = PrintAst(p.out.file);
  EXPECT_NE(ast.find("set dest \"t\" = (union (minus (union (union D:1 D:4) D:5) (union A:5 A:6)) {MO})"), std::string::npos) << ast;
  EXPECT_NE(ast.find("(max for p in precision (* dense_tops[p] bit_length[p]))"), std::string::npos) << ast;
  EXPECT_NE(ast.find("(in destination (union D:5 {MO}))"), std::string::npos) << ast;
  EXPECT_NE(ast.find("(in vendor [\"NVIDIA\", \"AMD\"])"), std::string::npos) << ast;
  EXPECT_NE(ast.find("(contains 3A090.a)"), std::string::npos) << ast;
  EXPECT_NE(ast.find("review presumption_of_denial when (in destination D:5)"), std::string::npos) << ast;
  EXPECT_NE(ast.find("review case_by_case otherwise"), std::string::npos) << ast;
}

TEST(Parse, GroupsTablesParamsTreat) {
  const auto p = ParseText(R"(
ruleset "US EAR" authority "BIS" from 2022-10-07
include "groups.rules"
param tf32_bits : bit = 32 "TF32 convention"
table bit_length : precision -> bit "bit length" cite "TN2" { fp64 = 64, tf32 = tf32_bits, }
group D:5 "arms embargoed" cite "Supp. 1" {
  AF BY CN
  NI from 2024-03-15 cite "FR Doc 2024-05696"
  KH until 2026-02-04
}
treat HK as CN from 2020-12-23 cite "85 FR 83765" "Hong Kong is China"
)");
  ASSERT_TRUE(p.out.diagnostics.empty()) << p.Errors();
  EXPECT_EQ(PrintAst(p.out.file),
            "ruleset \"US EAR\" authority \"BIS\" from 2022-10-07\n"
            "include \"groups.rules\"\n"
            "param tf32_bits : bit = 32 \"TF32 convention\"\n"
            "table bit_length : precision -> bit \"bit length\"\n  fp64 = 64\n  tf32 = tf32_bits\n"
            "group D:5 \"arms embargoed\"\n  AF\n  BY\n  CN\n  NI from 2024-03-15\n  KH until 2026-02-04\n"
            "treat HK as CN from 2020-12-23\n");
}

TEST(Parse, ReportsExpectedTokenAndRecoversAtNextDeclaration) {
  const auto p = ParseText(
      "classify a as X \"t\"\n"
      "  effective 2023-1-17\n"
      "  when tpp >= 1\n"
      "classify b as Y \"t\"\n"
      "  when tpp >=\n"
      "classify c as Z \"t\" when true\n");
  ASSERT_EQ(p.out.diagnostics.size(), 2U) << p.Errors();
  const std::string text = p.Errors();
  EXPECT_NE(text.find("test.rules:2:13: error[E0101]: expected date (YYYY-MM-DD), found `2023-1-17`"), std::string::npos) << text;
  EXPECT_NE(text.find("test.rules:6:1: error[E0101]: expected value (a number, name, or parenthesised expression), found `classify`"), std::string::npos) << text;
  ASSERT_EQ(p.out.file.decls.size(), 1U);  // only `c` parsed
}

TEST(Parse, UnknownClauseSuggestsTheClosestKeyword) {
  const auto p = ParseText("classify a as X \"t\"\n  efective 2023-11-17\n");
  ASSERT_EQ(p.out.diagnostics.size(), 1U);
  EXPECT_EQ(RenderOne(p.out.diagnostics[0], p.sources),
            "test.rules:2:3: error[E0102]: unknown clause `efective`\n"
            " 2 |   efective 2023-11-17\n"
            "   |   ^~~~~~~~\n"
            "help: did you mean `effective`?\n");
}

TEST(Parse, RefusesExcessiveNestingBeforeRecursing) {
  std::string deep = "classify a as X \"t\" when ";
  for (int i = 0; i < 100000; ++i) deep += "not ";
  deep += "true\n";
  const auto p = ParseText(deep);
  ASSERT_EQ(p.out.diagnostics.size(), 1U);
  EXPECT_EQ(p.out.diagnostics[0].code, "E0104");
  // At the limit it parses.
  std::string ok = "classify a as X \"t\" when ";
  for (int i = 0; i < 10; ++i) ok += "(";
  ok += "true";
  for (int i = 0; i < 10; ++i) ok += ")";
  const auto q = ParseText(ok, ParseLimits{10, 1U << 20U});
  EXPECT_TRUE(q.out.diagnostics.empty()) << q.Errors();
  const auto r = ParseText("classify a as X \"t\" when (((((((((((true)))))))))))", ParseLimits{10, 1U << 20U});
  EXPECT_EQ(r.out.diagnostics.size(), 1U);
}

}  // namespace
}  // namespace chipgate
