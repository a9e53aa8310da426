// Formatting shared by `catalog list` and `catalog show`: how unknowns, decimals and the
// datacenter flag look in each output format, so the two commands never disagree.
#pragma once

#include <optional>
#include <string>

#include "text/json.hpp"
#include "chipgate/rational.hpp"

namespace chipgate::render {

// PD rarely terminates: text shows 3 places (marked "≈" when rounded), JSON and CSV 6. TPP and
// catalog figures are exact decimals in every format.
constexpr int kTextPdDigits = 3;
constexpr int kMachineDigits = 6;

// Exact decimal text, "≈"-prefixed when rounded to `digits` places; "-" when unknown.
std::string MetricText(const std::optional<Rational>& value, int digits = kMachineDigits);
// A number as a JSON number (exact decimal, or rounded to kMachineDigits), null when unknown.
void WriteNumber(JsonWriter& json, const std::optional<Rational>& value);
// true / false, null when unknown.
void WriteBool(JsonWriter& json, const std::optional<bool>& value);
// The same as plain decimal text for CSV; empty when unknown.
std::string CsvNumber(const std::optional<Rational>& value);
// "yes" / "no" / "-".
std::string DatacenterText(const std::optional<bool>& datacenter);

}  // namespace chipgate::render
