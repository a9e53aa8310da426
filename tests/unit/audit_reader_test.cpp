// Reading shipment logs: RFC 4180 edge cases (BOM, CRLF, quoted commas, quotes and line
// breaks, a blank line, a missing final line break), header matching and header problems, the
// user's mapping, and the rejects, each with its line number. Every record read is accounted
// for: read = decided + rejected.
#include <gtest/gtest.h>

#include "audit/audit_mapping.hpp"
#include "support/audit_fixtures.hpp"
#include "support/bundled.hpp"
#include "support/temp_dir.hpp"

#include <fstream>

namespace chipgate {
namespace {

using testing::AuditFixture;
using testing::AuditText;
using testing::ReadFile;

constexpr const char* kHeader = "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n";

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(AuditReader, CsvEdgeCasesAreReadAndEveryRowAccountedFor) {
  const auto out = AuditText(ReadFile(AuditFixture("edge-cases.csv")));
  ASSERT_TRUE(out.header_problems.empty()) << out.header_problems.front();
  EXPECT_EQ(out.counts.read, 6U);
  EXPECT_EQ(out.counts.decided, 4U);
  EXPECT_EQ(out.counts.rejected, 2U);
  EXPECT_EQ(out.counts.blank_lines, 1U);
  EXPECT_EQ(out.counts.read, out.counts.decided + out.counts.rejected);
  ASSERT_EQ(out.rows.size(), 6U);
  // The BOM and the header's odd case and spaces do not hide the first column.
  EXPECT_EQ(out.rows[0].shipment_id, "E1");
  EXPECT_EQ(out.rows[0].line, 2U);
  EXPECT_EQ(out.rows[0].verdict, Verdict::kOk);
  // A quoted field spanning two lines: the record starts on line 3; the next starts on line 6
  // (after the blank line 5).
  EXPECT_EQ(out.Row("E2")->line, 3U);
  EXPECT_EQ(out.Row("E2")->verdict, Verdict::kOk);
  EXPECT_EQ(out.Row("E3")->line, 6U);
  EXPECT_EQ(out.Row("E3")->verdict, Verdict::kIndeterminate);
  EXPECT_EQ(out.Row("E3")->missing, "end_user_hq");
  // A stray quote rejects its record at its own line and nothing else.
  EXPECT_EQ(out.rows[3].line, 7U);
  EXPECT_EQ(out.rows[3].verdict, Verdict::kRejected);
  EXPECT_TRUE(Has(out.rows[3].reasons.front(), "malformed CSV")) << out.rows[3].reasons.front();
  EXPECT_EQ(out.Row("E5")->verdict, Verdict::kRejected);
  EXPECT_TRUE(Has(out.Row("E5")->reasons.front(), "7 fields but the header has 8")) << out.Row("E5")->reasons.front();
  // The last record has no line break after it.
  EXPECT_EQ(out.Row("E6")->line, 9U);
  EXPECT_EQ(out.Row("E6")->verdict, Verdict::kOk);
}

TEST(AuditReader, LfAndCrlfAndMacLineEndsReadAlike) {
  const std::string body = "S1,2024-05-01,nvidia-h100-sxm5-80gb,8,CN,A,CN,\nS2,2024-05-01,nvidia-l4,1,DE,B,DE,NLR\n";
  std::string crlf, cr;
  for (const char c : std::string(kHeader) + body) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  for (const std::string& text : {std::string(kHeader) + body, crlf, cr}) {
    const auto out = AuditText(text);
    ASSERT_EQ(out.rows.size(), 2U);
    EXPECT_EQ(out.rows[0].verdict, Verdict::kViolation);
    EXPECT_EQ(out.rows[1].verdict, Verdict::kOk);
    EXPECT_EQ(out.rows[1].line, 3U);
  }
}

TEST(AuditReader, EachKindOfBadRowIsRejectedWithItsReason) {
  const std::string csv = std::string(kHeader) +
                          "R1,2024-02-30,nvidia-h100-sxm5-80gb,8,DE,A,DE,\n"
                          "R2,15/03/2024,nvidia-h100-sxm5-80gb,8,DE,A,DE,\n"
                          "R3,2022-09-28,nvidia-h100-sxm5-80gb,8,DE,A,DE,\n"
                          "R4,2024-05-01,nvidia-h100,8,DE,A,DE,\n"
                          "R5,2024-05-01,nvidia-h100-sxm5-80gb,8,UK,A,DE,\n"
                          "R6,2024-05-01,nvidia-h100-sxm5-80gb,8,DE,A,XX,\n"
                          "R7,2024-05-01,nvidia-h100-sxm5-80gb,0,DE,A,DE,\n"
                          "R8,2024-05-01,nvidia-h100-sxm5-80gb,2.5,DE,A,DE,\n"
                          "R9,2024-05-01,nvidia-h100-sxm5-80gb,8,DE,,DE,\n"
                          ",2024-05-01,nvidia-h100-sxm5-80gb,8,DE,A,DE,\n"
                          "R11,2024-05-01,nvidia-h100-sxm5-80gb,-3,DE,A,DE,\n";
  const auto out = AuditText(csv);
  ASSERT_EQ(out.rows.size(), 11U);
  EXPECT_EQ(out.counts.rejected, 11U);
  const char* expected[] = {"`2024-02-30` is not a date",
                            "`15/03/2024` is not a date; expected YYYY-MM-DD",
                            "before the rules' coverage: the rules answer for dates from 2022-10-07",
                            "unknown item `nvidia-h100`: not a catalog id or a mapped part number; did you mean `nvidia-h100-",
                            "`UK` is not an ISO 3166-1 alpha-2 country code (the United Kingdom is GB)",
                            "`end_user_hq` value `XX` is not an ISO 3166-1 alpha-2 country code",
                            "`quantity` value `0` is not a positive whole number",
                            "`quantity` value `2.5` is not a positive whole number",
                            "no value in the required column `end_user`",
                            "no value in the required column `shipment_id`",
                            "`quantity` value `-3` is not a positive whole number"};
  for (std::size_t i = 0; i < out.rows.size(); ++i) {
    EXPECT_EQ(out.rows[i].verdict, Verdict::kRejected);
    EXPECT_EQ(out.rows[i].line, i + 2);
    EXPECT_TRUE(Has(out.rows[i].reasons.front(), expected[i])) << "line " << i + 2 << ": " << out.rows[i].reasons.front();
  }
}

TEST(AuditReader, AStrayQuoteDoesNotSwallowTheRestOfTheLog) {
  const std::string csv = std::string(kHeader) +
                          "Q1,2024-05-01,nvidia-l4,1,DE,\"Unclosed Ltd,DE,\n"
                          "Q2,2024-05-01,nvidia-l4,1,DE,Next Ltd,DE,\n"
                          "Q3,2024-05-01,nvidia-l4,1,DE,Last Ltd,DE,\n";
  const auto out = AuditText(csv);
  ASSERT_EQ(out.rows.size(), 3U);
  EXPECT_EQ(out.rows[0].verdict, Verdict::kRejected);
  EXPECT_EQ(out.rows[0].line, 2U);
  EXPECT_EQ(out.Row("Q2")->verdict, Verdict::kOk);
  EXPECT_EQ(out.Row("Q3")->line, 4U);
  EXPECT_EQ(out.counts.read, out.counts.decided + out.counts.rejected);
}

TEST(AuditReader, HeaderProblemsAreReportedTogether) {
  const auto missing = AuditText("shipment_id,date,item,qty,destination,destination\nS1,2024-05-01,x,1,DE,DE\n");
  ASSERT_EQ(missing.header_problems.size(), 4U);
  EXPECT_TRUE(Has(missing.header_problems[0], "no column `ship_date`, which is required"));
  EXPECT_TRUE(Has(missing.header_problems[1], "no column `quantity`"));
  EXPECT_TRUE(Has(missing.header_problems[2], "names column `destination` twice (fields 5 and 6)"));
  EXPECT_TRUE(Has(missing.header_problems[3], "no column `end_user`"));
  EXPECT_TRUE(missing.rows.empty());
  EXPECT_FALSE(AuditText("").header_problems.empty());
}

TEST(AuditReader, OptionalColumnsMayBeAbsentWithANote) {
  const auto out = AuditText("shipment_id,ship_date,item,quantity,destination,end_user\nS1,2024-05-01,nvidia-h100-sxm5-80gb,1,CN,A\n");
  ASSERT_TRUE(out.header_problems.empty());
  ASSERT_EQ(out.notes.size(), 3U);
  EXPECT_TRUE(Has(out.notes[0], "no `end_user_hq` column"));
  EXPECT_TRUE(Has(out.notes[1], "compared as if nothing was claimed"));
  EXPECT_EQ(out.rows[0].verdict, Verdict::kViolation);  // destination CN needs a license whoever the end user is
}

TEST(AuditReader, AMappingFileBindsColumnsAndPartNumbers) {
  const auto& b = testing::LoadBundled();
  AuditMapping mapping;
  SourceSet sources;
  const auto problems = LoadAuditMapping(AuditFixture("mapping.toml"), b.catalog, sources, mapping);
  ASSERT_TRUE(problems.empty()) << RenderText(problems, sources);
  const auto out = AuditText(ReadFile(AuditFixture("erp-export.csv")), mapping);
  ASSERT_TRUE(out.header_problems.empty()) << out.header_problems.front();  // duplicate "Notes" is not ours: fine
  ASSERT_EQ(out.rows.size(), 3U);
  EXPECT_EQ(out.Row("1001")->verdict, Verdict::kOk);  // part number → H100, license claimed
  EXPECT_EQ(out.Row("1002")->verdict, Verdict::kOk);  // case-insensitive part number → RTX 4090, MY, NLR
  EXPECT_EQ(out.Row("1003")->verdict, Verdict::kOk);  // catalog ids still match
}

TEST(AuditReader, MappingMistakesPointIntoTheFile) {
  const auto& b = testing::LoadBundled();
  testing::TempDir dir;
  const std::string path = dir.File("bad.toml");
  std::ofstream(path) << "[columns]\nship_dat = \"Shipped\"\n[items]\n\"X1\" = \"nvidia-h100-sxm5-80\"\n[extra]\n";
  AuditMapping mapping;
  SourceSet sources;
  const std::string text = RenderText(LoadAuditMapping(path, b.catalog, sources, mapping), sources);
  EXPECT_TRUE(Has(text, "bad.toml:2:1: error[A0103]: unknown column `ship_dat`")) << text;
  EXPECT_TRUE(Has(text, "help: did you mean `ship_date`?")) << text;
  EXPECT_TRUE(Has(text, "error[A0105]: `nvidia-h100-sxm5-80` is not a catalog id")) << text;
  EXPECT_TRUE(Has(text, "did you mean `nvidia-h100-sxm5-80gb`?")) << text;
  EXPECT_TRUE(Has(text, "error[A0102]: unknown key `extra`")) << text;
  AuditMapping flags;
  EXPECT_EQ(AddColumnMapping("ship_date=Shipped On", flags), std::nullopt);
  EXPECT_EQ(flags.headers[static_cast<std::size_t>(AuditColumn::kShipDate)], "Shipped On");
  EXPECT_TRUE(Has(AddColumnMapping("shipdate=X", flags).value_or(""), "did you mean `ship_date`?"));
  EXPECT_TRUE(Has(AddItemMapping("P1=nvidia-h1OO-sxm5-80gb", b.catalog, flags).value_or(""), "is not a catalog id"));
}

}  // namespace
}  // namespace chipgate
