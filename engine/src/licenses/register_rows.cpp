// One register record → a License (see register_detail.hpp): required values first, then the
// number's shape, the items and destinations, the amounts and the dates, the first problem of
// a record reported at its field.
#include <fmt/format.h>

#include "audit/claim.hpp"
#include "licenses/register_detail.hpp"

namespace chipgate::licenses::detail {

std::optional<License> RowReader::Read(const CsvRecord& r) {
  record_ = &r;
  License l;
  l.source = fmt::format("{}:{}", file_.path(), r.first_line());
  const Field number = Get(Column::kNumber);
  l.number = ClaimText(number.text);
  for (const Column c : {Column::kNumber, Column::kItems, Column::kDestinations, Column::kEndUser, Column::kValidFrom, Column::kValidTo}) {
    if (!Required(Get(c))) return std::nullopt;
  }
  if (!LooksLikeLicenseNumber(l.number)) {
    Diagnostic d = Error("L0109", fmt::format("`{}` is not shaped like a license number", number.text), file_.SpanOf(number));
    d.help = "a license number is 6 to 24 letters, digits, `-` or `/`, a letter first, with at least 5 digits (docs/audit.md)";
    file_.Report(std::move(d));
    return std::nullopt;
  }
  if (!ParseItems(file_, Get(Column::kItems), vocabulary_, limits_.max_list_entries, l)) return std::nullopt;
  auto destinations = ParseDestinations(file_, Get(Column::kDestinations), limits_.max_list_entries);
  if (!destinations) return std::nullopt;
  l.destinations = std::move(*destinations);
  l.end_user = std::string(Get(Column::kEndUser).text);
  l.end_user_key = EndUserKey(l.end_user);
  if (!Amounts(l) || !Dates(l)) return std::nullopt;
  return l;
}

Field RowReader::Get(Column c) const {
  const auto& index = at_[static_cast<std::size_t>(c)];
  if (!index || *index >= record_->size()) return {{}, c, record_->first_line(), std::nullopt};
  std::string_view text = (*record_)[*index];
  const auto first = text.find_first_not_of(" \t");
  text = first == std::string_view::npos ? std::string_view() : text.substr(first, text.find_last_not_of(" \t") - first + 1);
  return {text, c, record_->first_line(), *index};
}

bool RowReader::Required(const Field& f) {
  if (!f.text.empty()) return true;
  file_.Report(Error("L0103", fmt::format("no value in the required column `{}`", ColumnKey(f.column)), file_.SpanOf(f)));
  return false;
}

bool RowReader::Amounts(License& l) {
  const Field quantity = Get(Column::kQuantity), value = Get(Column::kValue);
  l.quantity = ParseAmountField(file_, quantity);
  l.value = ParseAmountField(file_, value);
  if ((!quantity.text.empty() && !l.quantity) || (!value.text.empty() && !l.value)) return false;
  l.currency = std::string(Get(Column::kCurrency).text);
  l.conditions = std::string(Get(Column::kConditions).text);
  return true;
}

bool RowReader::Dates(License& l) {
  const auto from = ParseDateField(file_, Get(Column::kValidFrom));
  const auto to = ParseDateField(file_, Get(Column::kValidTo));
  if (!from || !to) return false;
  if (*to < *from) {
    file_.Report(Error("L0104", fmt::format("`valid_to` {} is before `valid_from` {}", to->ToString(), from->ToString()), file_.SpanOf(Get(Column::kValidTo))));
    return false;
  }
  l.valid_from = *from;
  l.valid_to = *to;
  return true;
}

}  // namespace chipgate::licenses::detail
