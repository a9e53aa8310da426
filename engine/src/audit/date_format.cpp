// Date formats of real exports (see audit_format.hpp). Parsing is by digit groups around one
// separator, so "3/4/2025" and "03/04/2025" read alike under MM/DD/YYYY; the calendar check
// (2025-02-29 is not a day) is Date::Parse's, applied to the ISO text of the parts.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "audit/audit_format.hpp"

namespace chipgate {
namespace {

using Order = DateFormat::Order;

struct Parts {
  std::array<std::string_view, 3> text;
  std::size_t count = 0;
};

Parts Split(std::string_view text, char separator) {
  Parts p;
  std::size_t start = 0;
  while (p.count < 3) {
    const auto at = text.find(separator, start);
    p.text[p.count++] = text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start);
    if (at == std::string_view::npos) return p;
    start = at + 1;
  }
  p.count = 4;  // too many parts
  return p;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

unsigned Number(std::string_view s) {
  unsigned n = 0;
  for (const char c : s) n = n * 10 + static_cast<unsigned>(c - '0');
  return n;
}

std::optional<Date> FromParts(std::string_view y, std::string_view m, std::string_view d) {
  if (y.size() != 4 || m.empty() || m.size() > 2 || d.empty() || d.size() > 2) return std::nullopt;
  if (!AllDigits(y) || !AllDigits(m) || !AllDigits(d)) return std::nullopt;
  return Date::Parse(fmt::format("{}-{:02}-{:02}", y, Number(m), Number(d)));
}

}  // namespace

std::optional<DateFormat> ParseDateFormat(std::string_view text) {
  struct Known {
    std::string_view name;
    Order order;
  };
  constexpr Known kOrders[] = {{"YYYY?MM?DD", Order::kYearMonthDay}, {"DD?MM?YYYY", Order::kDayMonthYear}, {"MM?DD?YYYY", Order::kMonthDayYear}};
  for (const Known& k : kOrders) {
    if (text.size() != k.name.size()) continue;
    const char separator = text[k.name.find('?')];
    if (separator != '-' && separator != '.' && separator != '/') continue;
    bool same = true;
    for (std::size_t i = 0; i < text.size(); ++i) same = same && (k.name[i] == '?' ? text[i] == separator : text[i] == k.name[i]);
    if (same) return DateFormat{k.order, separator};
  }
  if (text == "YYYYMMDD") return DateFormat{Order::kYearMonthDay, 0};
  return std::nullopt;
}

std::string DateFormatName(const DateFormat& f) {
  const std::string s = f.separator == 0 ? "" : std::string(1, f.separator);
  switch (f.order) {
    case Order::kYearMonthDay: return "YYYY" + s + "MM" + s + "DD";
    case Order::kDayMonthYear: return "DD" + s + "MM" + s + "YYYY";
    case Order::kMonthDayYear: return "MM" + s + "DD" + s + "YYYY";
  }
  return "YYYY-MM-DD";
}

std::optional<Date> ParseDateAs(std::string_view text, const DateFormat& f) {
  if (f.separator == 0) {
    if (text.size() != 8) return std::nullopt;
    return FromParts(text.substr(0, 4), text.substr(4, 2), text.substr(6, 2));
  }
  const Parts p = Split(text, f.separator);
  if (p.count != 3) return std::nullopt;
  switch (f.order) {
    case Order::kYearMonthDay: return FromParts(p.text[0], p.text[1], p.text[2]);
    case Order::kDayMonthYear: return FromParts(p.text[2], p.text[1], p.text[0]);
    case Order::kMonthDayYear: return FromParts(p.text[2], p.text[0], p.text[1]);
  }
  return std::nullopt;
}

void DateShapeGuess::Add(std::string_view text) {
  const bool compact = text.size() == 8 && AllDigits(text);
  if (compact) ++compact_;
  for (const char separator : {'.', '/', '-'}) {
    const Parts p = Split(text, separator);
    if (p.count != 3 || !AllDigits(p.text[0]) || !AllDigits(p.text[1]) || p.text[2].size() != 4 || !AllDigits(p.text[2])) continue;
    if (p.text[0].size() > 2 || p.text[1].size() > 2) continue;
    if (separator == '.') ++dotted_;
    if (separator == '-') ++dashed_day_first_;
    if (separator != '/') return;
    ++slashed_;
    first_over_12_ = first_over_12_ || Number(p.text[0]) > 12;
    second_over_12_ = second_over_12_ || Number(p.text[1]) > 12;
    if (ambiguous_example_.empty() && Number(p.text[0]) <= 12 && Number(p.text[1]) <= 12 && p.text[0] != p.text[1]) {
      ambiguous_example_ = std::string(text);
    }
    return;
  }
}

std::string DateShapeGuess::Describe() const {
  const std::uint64_t most = std::max({dotted_, dashed_day_first_, slashed_, compact_});
  if (most == 0) return {};
  if (most == dotted_) return "DD.MM.YYYY";
  if (most == dashed_day_first_) return "DD-MM-YYYY";
  if (most == compact_) return "YYYYMMDD";
  if (first_over_12_ && !second_over_12_) return "DD/MM/YYYY";
  if (second_over_12_ && !first_over_12_) return "MM/DD/YYYY";
  if (first_over_12_ && second_over_12_) return "a mix of DD/MM/YYYY and MM/DD/YYYY";
  return fmt::format("MM/DD/YYYY or DD/MM/YYYY ({} could be either)", ambiguous_example_.empty() ? "01/02/2025" : ambiguous_example_);
}

}  // namespace chipgate
