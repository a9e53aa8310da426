// Value parsers of the register reader (see register_detail.hpp). Each reports its own
// problem at the field, quoting the value, so a user fixes the file from the messages alone.
#include <fmt/format.h>

#include "text/spelling.hpp"
#include "licenses/register_detail.hpp"

namespace chipgate::licenses::detail {
namespace {

std::string Quote(std::string_view text) {
  constexpr std::size_t kMax = 60;
  return fmt::format("`{}{}`", text.substr(0, kMax), text.size() > kMax ? "..." : "");
}

bool IsEccnShape(std::string_view text) {
  if (text.size() < 5) return false;
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  if (!digit(text[0]) || !letter(text[1]) || !digit(text[2]) || !digit(text[3]) || !digit(text[4])) return false;
  for (const char c : text.substr(5)) {
    if (!digit(c) && !letter(c) && c != '.') return false;
  }
  return text.size() == 5 || (text[5] == '.' && text.back() != '.');
}

// An ECCN entry the rules encode (itself or a paragraph below it), so it can ever match.
bool EncodedEccn(std::string_view entry, const std::vector<std::string>& eccns) {
  for (const auto& name : eccns) {
    if (name.size() >= entry.size() && name.compare(0, entry.size(), entry) == 0 && (name.size() == entry.size() || name[entry.size()] == '.')) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string_view> SplitList(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    const auto at = text.find(';');
    std::string_view entry = text.substr(0, at);
    const auto first = entry.find_first_not_of(" \t");
    if (first != std::string_view::npos) out.push_back(entry.substr(first, entry.find_last_not_of(" \t") - first + 1));
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + 1);
  }
  return out;
}

std::optional<Date> ParseDateField(RegisterFile& file, const Field& f) {
  if (const auto date = Date::Parse(f.text)) return date;
  file.Report(Error("L0104", fmt::format("`{}` value {} is not a date; expected YYYY-MM-DD", ColumnKey(f.column), Quote(f.text)), file.SpanOf(f)));
  return std::nullopt;
}

std::optional<Rational> ParseAmountField(RegisterFile& file, const Field& f) {
  if (f.text.empty()) return std::nullopt;
  const auto value = Rational::FromDecimal(f.text);
  const bool plain = f.text.find_first_not_of("0123456789.") == std::string_view::npos;
  if (value && plain && !value->IsNegative()) return value;
  Diagnostic d = Error("L0105", fmt::format("`{}` value {} is not a non-negative decimal number", ColumnKey(f.column), Quote(f.text)), file.SpanOf(f));
  d.help = "write plain digits with an optional decimal point, like 1200 or 2500000.50; leave quantity empty for unlimited";
  file.Report(std::move(d));
  return std::nullopt;
}

std::optional<std::vector<CountryCode>> ParseDestinations(RegisterFile& file, const Field& f, std::size_t max_entries) {
  std::vector<CountryCode> out;
  const auto entries = SplitList(f.text);
  if (entries.size() > max_entries) {
    file.Report(Error("L0110", fmt::format("more than {} destinations on one license", max_entries), file.SpanOf(f)));
    return std::nullopt;
  }
  for (const auto entry : entries) {
    const auto code = CountryCode::Parse(entry);
    if (!code) {
      file.Report(Error("L0106", fmt::format("destination {} is not an ISO 3166-1 alpha-2 country code", Quote(entry)), file.SpanOf(f)));
      return std::nullopt;
    }
    out.push_back(*code);
  }
  return out;
}

bool ParseItems(RegisterFile& file, const Field& f, const Vocabulary& v, std::size_t max_entries, License& license) {
  const auto entries = SplitList(f.text);
  if (entries.size() > max_entries) {
    file.Report(Error("L0110", fmt::format("more than {} items on one license", max_entries), file.SpanOf(f)));
    return false;
  }
  for (const auto entry : entries) {
    if (const auto index = v.catalog.IndexOf(entry)) {
      license.items.push_back(static_cast<std::uint32_t>(*index));
    } else if (IsEccnShape(entry) && EncodedEccn(entry, v.eccns)) {
      license.eccns.emplace_back(entry);
    } else {
      std::vector<std::string> names = v.eccns;
      for (const auto& item : v.catalog.items()) names.push_back(item.id);
      Diagnostic d = Error("L0107", fmt::format("item {} is neither a catalog id nor an ECCN paragraph the rules encode", Quote(entry)), file.SpanOf(f));
      const auto near = ClosestMatch(entry, names);
      d.help = near ? fmt::format("did you mean `{}`?", *near) : "`chipgate catalog list` shows the ids; ECCN paragraphs look like 3A090.a or 4A090";
      file.Report(std::move(d));
      return false;
    }
  }
  return true;
}

}  // namespace chipgate::licenses::detail
