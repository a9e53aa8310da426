#include <gtest/gtest.h>

#include "chipgate/diagnostic.hpp"

namespace chipgate {
namespace {

TEST(Diagnostic, RendersFileLineColumnSourceLineAndCaret) {
  SourceSet sources;
  const std::string text = "classify x as 3A090.a\n  when tpp >= 4800 GB/s\n";
  const auto id = sources.Add("rules/x.rules", text);
  const auto begin = static_cast<std::uint32_t>(text.find("4800"));
  Diagnostic d = Error("E0301", "cannot compare `tpp` with a value in `GB/s`",
                       Span{id, begin, begin + 9});
  d.help = "drop the unit";
  EXPECT_EQ(RenderOne(d, sources),
            "rules/x.rules:2:15: error[E0301]: cannot compare `tpp` with a value in `GB/s`\n"
            " 2 |   when tpp >= 4800 GB/s\n"
            "   |               ^~~~~~~~~\n"
            "help: drop the unit\n");
}

TEST(Diagnostic, SortsByFileLineColumnAndLimits) {
  SourceSet sources;
  const auto a = sources.Add("a.rules", "x\ny\nz\n");
  std::vector<Diagnostic> ds = {Error("E1", "third", Span{a, 4, 5}), Error("E1", "first", Span{a, 0, 1}),
                                Error("E1", "second", Span{a, 2, 3})};
  SortDiagnostics(ds, sources);
  EXPECT_EQ(ds[0].message, "first");
  EXPECT_EQ(ds[2].message, "third");
  const std::string text = RenderText(ds, sources, 2);
  EXPECT_NE(text.find("1 more not shown (limit 2)"), std::string::npos);
  EXPECT_NE(text.find("3 errors, 0 warnings"), std::string::npos);
}

TEST(Diagnostic, JsonCarriesPositionAndEscapes) {
  SourceSet sources;
  const auto a = sources.Add("a.rules", "say \"hi\"\n");
  const std::string json = RenderJson({Error("E9", "bad `\"hi\"`", Span{a, 4, 8})}, sources);
  EXPECT_NE(json.find("\"line\": 1"), std::string::npos);
  EXPECT_NE(json.find("\"column\": 5"), std::string::npos);
  EXPECT_NE(json.find("bad `\\\"hi\\\"`"), std::string::npos);
}

}  // namespace
}  // namespace chipgate
