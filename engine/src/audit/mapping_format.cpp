// A mapping file's [format] and [claims] tables (see mapping_detail.hpp). A setting chipgate
// cannot honour exactly is an error, never a fallback: a wrong date order would misdate every
// row, and a claim word that maps to nothing would authorize nothing anyway.
#include <fmt/format.h>

#include <algorithm>

#include "audit/claim.hpp"
#include "audit/mapping_detail.hpp"
#include "audit/text.hpp"

namespace chipgate::audit_detail {
namespace {

using catalog_detail::TomlFile;

std::optional<char> OneOf(std::string_view text, std::initializer_list<std::pair<std::string_view, char>> choices) {
  for (const auto& [name, c] : choices) {
    if (text == name) return c;
  }
  return std::nullopt;
}

void BadValue(TomlFile& file, const toml::node& node, std::string message) {
  file.Report(Error("A0106", std::move(message), file.SpanOf(node)));
}

void ReadString(TomlFile& file, std::string_view key, const toml::node& node, AuditMapping& m) {
  const std::string text = node.as_string()->get();
  if (key == "delimiter") {
    const auto c = OneOf(text, {{",", ','}, {";", ';'}, {"\t", '\t'}, {"tab", '\t'}, {"|", '|'}});
    if (!c) return BadValue(file, node, "`delimiter` must be \",\", \";\", \"tab\" or \"|\"");
    m.delimiter = *c;
  } else if (key == "date_format") {
    const auto f = ParseDateFormat(text);
    if (!f) return BadValue(file, node, fmt::format("`date_format` `{}` is not one chipgate reads; use DD.MM.YYYY, MM/DD/YYYY, DD/MM/YYYY, YYYY-MM-DD, YYYYMMDD, ...", text));
    m.date_format = *f;
  } else if (key == "decimal_separator") {
    const auto c = OneOf(text, {{".", '.'}, {",", ','}});
    if (!c) return BadValue(file, node, "`decimal_separator` must be \".\" or \",\"");
    m.number_format.decimal = *c;
  } else if (key == "thousands_separator") {
    const auto c = OneOf(text, {{"", 0}, {",", ','}, {".", '.'}, {" ", ' '}, {"'", '\''}});
    if (!c) return BadValue(file, node, "`thousands_separator` must be \"\", \",\", \".\", \" \" or \"'\"");
    m.number_format.thousands = *c;
  } else if (key == "id_separator") {
    m.id_separator = text;
  }
}

constexpr std::string_view kStringKeys[] = {"delimiter", "date_format", "decimal_separator", "thousands_separator", "id_separator"};

}  // namespace

void ReadFormat(TomlFile& file, const toml::table& table, AuditMapping& m) {
  for (auto&& [key, node] : table) {
    const std::string_view k = key.str();
    if (k == "country_names") {
      if (const auto* b = node.as_boolean()) {
        m.country_names = b->get();
      } else {
        BadValue(file, node, "`country_names` must be true or false");
      }
    } else if (std::find(std::begin(kStringKeys), std::end(kStringKeys), k) != std::end(kStringKeys)) {
      if (node.as_string() == nullptr) {
        BadValue(file, node, fmt::format("`{}` must be a string", k));
      } else {
        ReadString(file, k, node, m);
      }
    } else {
      Diagnostic d = Error("A0102", fmt::format("unknown [format] key `{}`", k), file.SpanOf(key));
      d.help = "the keys are delimiter, date_format, decimal_separator, thousands_separator, country_names, id_separator";
      file.Report(std::move(d));
    }
  }
  if (m.number_format.thousands == m.number_format.decimal) {
    file.Report(Error("A0106", "the thousands and decimal separators must differ", file.Start()));
  }
}

void ReadClaims(TomlFile& file, const toml::table& table, AuditMapping& m) {
  for (auto&& [key, node] : table) {
    const auto* ours = node.as_string();
    if (ours == nullptr || ParseClaim(ours->get()).kind == ClaimKind::kUnrecognised) {
      Diagnostic d = Error("A0107", fmt::format("the claim `{}` must map to NLR, a License Exception code or a license number", key.str()),
                           file.SpanOf(node));
      d.help = "for example \"EAR99\" = \"NLR\" or \"Lic. Exc. NAC\" = \"NAC\"";
      file.Report(std::move(d));
      continue;
    }
    m.claims.emplace_back(std::string(key.str()), ours->get());
  }
}

}  // namespace chipgate::audit_detail
