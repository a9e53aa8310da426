// The mapping file's [format], [claims], [part_master] and composite shipment ids: each read
// into the mapping, each mistake an error at its place; and what they do to a log.
#include <gtest/gtest.h>

#include <fstream>

#include "audit/audit_mapping.hpp"
#include "support/audit_fixtures.hpp"
#include "support/bundled.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::AuditText;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct Mapped {
  AuditMapping mapping;
  std::string text;  // rendered diagnostics
  bool ok = false;
};

Mapped Map(const std::string& toml) {
  testing::TempDir dir;
  const std::string path = dir.File("map.toml");
  std::ofstream(path) << toml;
  Mapped out;
  SourceSet sources;
  const auto problems = LoadAuditMapping(path, testing::LoadBundled().catalog, sources, out.mapping);
  out.text = RenderText(problems, sources);
  out.ok = !HasErrors(problems);
  return out;
}

TEST(AuditMapping, FormatSettingsAreRead) {
  const auto m = Map("[format]\ndelimiter = \"tab\"\ndate_format = \"MM/DD/YYYY\"\ndecimal_separator = \",\"\nthousands_separator = \" \"\n"
                     "country_names = true\nid_separator = \"-\"\n[columns]\nshipment_id = [\"Order\", \"Line\"]\n[claims]\n\"EAR99\" = \"NLR\"\n");
  ASSERT_TRUE(m.ok) << m.text;
  EXPECT_EQ(m.mapping.delimiter, '\t');
  EXPECT_EQ(DateFormatName(m.mapping.date_format), "MM/DD/YYYY");
  EXPECT_EQ(m.mapping.number_format.decimal, ',');
  EXPECT_EQ(m.mapping.number_format.thousands, ' ');
  EXPECT_TRUE(m.mapping.country_names);
  EXPECT_EQ(m.mapping.id_separator, "-");
  EXPECT_EQ(m.mapping.shipment_id_parts, (std::vector<std::string>{"Order", "Line"}));
  EXPECT_EQ(m.mapping.claims.size(), 1U);
}

TEST(AuditMapping, FormatMistakesAreErrorsAtTheirPlace) {
  const auto m = Map("[format]\ndelimiter = \"#\"\ndate_format = \"DD.MM.YY\"\nthousands_separator = \".\"\ncountry_names = \"yes\"\nlocale = \"de\"\n"
                     "[claims]\n\"TBD\" = \"pending\"\n");
  EXPECT_FALSE(m.ok);
  EXPECT_TRUE(Has(m.text, "map.toml:2:13: error[A0106]: `delimiter` must be")) << m.text;
  EXPECT_TRUE(Has(m.text, "error[A0106]: `date_format` `DD.MM.YY` is not one chipgate reads")) << m.text;
  EXPECT_TRUE(Has(m.text, "error[A0106]: the thousands and decimal separators must differ")) << m.text;
  EXPECT_TRUE(Has(m.text, "error[A0106]: `country_names` must be true or false")) << m.text;
  EXPECT_TRUE(Has(m.text, "error[A0102]: unknown [format] key `locale`")) << m.text;
  EXPECT_TRUE(Has(m.text, "map.toml:8:9: error[A0107]: the claim `TBD` must map to NLR, a License Exception code or a license number")) << m.text;
}

TEST(AuditMapping, ACompositeIdJoinsItsPartsAndNeedsEach) {
  AuditMapping mapping;
  mapping.shipment_id_parts = {"Sales Document", "Position"};
  const auto out = AuditText("Sales Document,Position,ship_date,item,quantity,destination,end_user\n"
                             "4500012345,10,2024-05-01,nvidia-l4,1,DE,A\n"
                             "4500012345,,2024-05-01,nvidia-l4,1,DE,A\n",
                             mapping);
  ASSERT_TRUE(out.header_problems.empty()) << out.header_problems.front();
  EXPECT_EQ(out.rows[0].shipment_id, "4500012345/10");
  EXPECT_EQ(out.rows[1].verdict, Verdict::kRejected);
  EXPECT_TRUE(Has(out.rows[1].reasons.front(), "no value in `Position`, part of the shipment id")) << out.rows[1].reasons.front();
  mapping.shipment_id_parts = {"Sales Doc"};
  const auto missing = AuditText("Sales Document,ship_date,item,quantity,destination,end_user\n", mapping);
  ASSERT_EQ(missing.header_problems.size(), 1U);
  EXPECT_TRUE(Has(missing.header_problems[0], "no column `Sales Doc`, which the mapping names as part of shipment_id"));
}

TEST(AuditMapping, TheDelimiterIsDetectedOrAWrongOneIsNamed) {
  const auto semicolons = AuditText("shipment_id;ship_date;item;quantity;destination;end_user;end_user_hq\nS1;2024-05-01;nvidia-l4;1;DE;A;DE\n");
  ASSERT_TRUE(semicolons.header_problems.empty()) << semicolons.header_problems.front();
  EXPECT_EQ(semicolons.rows[0].verdict, Verdict::kOk);
  AuditMapping commas;
  commas.delimiter = ',';
  const auto wrong = AuditText("shipment_id;ship_date;item;quantity;destination;end_user\n", commas);
  ASSERT_EQ(wrong.header_problems.size(), 1U) << "one message, not six missing columns";
  EXPECT_TRUE(Has(wrong.header_problems[0], "the header row is one field read with delimiter `,` but contains `;`")) << wrong.header_problems[0];
}

TEST(AuditMapping, DatesAndQuantitiesFollowTheFormat) {
  AuditMapping mapping;
  mapping.date_format = *ParseDateFormat("MM/DD/YYYY");
  mapping.number_format = {'.', ','};
  const auto out = AuditText("shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq\n"
                             "S1,03/04/2024,nvidia-l4,\"1,200\",DE,A,DE\n"
                             "S2,13/04/2024,nvidia-l4,1,DE,A,DE\n"
                             "S3,03/04/2024,nvidia-l4,1.5,DE,A,DE\n",
                             mapping);
  EXPECT_EQ(out.rows[0].verdict, Verdict::kOk) << out.rows[0].AllReasons();
  EXPECT_TRUE(Has(out.rows[1].reasons.front(), "`13/04/2024` is not a date; expected MM/DD/YYYY"));
  EXPECT_TRUE(Has(out.rows[2].reasons.front(), "`1.5` is not a positive whole number of units"));
  // Without a date format 03/04/2024 is never guessed.
  const auto iso = AuditText("shipment_id,ship_date,item,quantity,destination,end_user\nS1,03/04/2024,nvidia-l4,1,DE,A\n");
  EXPECT_EQ(iso.rows[0].verdict, Verdict::kRejected);
  EXPECT_TRUE(Has(iso.rows[0].reasons.front(), "expected YYYY-MM-DD, like 2024-05-01 (or set date_format in the mapping file)"));
}

}  // namespace
}  // namespace chipgate
