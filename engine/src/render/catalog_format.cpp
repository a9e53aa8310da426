// Shared catalog output formatting (see catalog_format.hpp).
#include "render/catalog_format.hpp"

namespace chipgate::render {

std::string MetricText(const std::optional<Rational>& value, int digits) {
  if (!value) return "-";
  bool exact = true;
  const std::string text = value->ToString(digits, &exact);
  return exact ? text : "≈" + text;
}

void WriteNumber(JsonWriter& json, const std::optional<Rational>& value) {
  if (value) {
    json.Number(value->ToString(kMachineDigits));
  } else {
    json.Null();
  }
}

void WriteBool(JsonWriter& json, const std::optional<bool>& value) {
  if (value) {
    json.Bool(*value);
  } else {
    json.Null();
  }
}

std::string CsvNumber(const std::optional<Rational>& value) {
  return value ? value->ToString(kMachineDigits) : "";
}

std::string DatacenterText(const std::optional<bool>& datacenter) {
  if (!datacenter) return "-";
  return *datacenter ? "yes" : "no";
}

}  // namespace chipgate::render
