// Typed reads of single TOML values. Each returns the value, or reports why it cannot (wrong
// type, implausible number) at the value's place in the file and returns nothing, so the
// caller just skips the key and carries on with the next one.
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "catalog/number_rule.hpp"
#include "catalog/toml_file.hpp"

namespace chipgate::catalog_detail {

// "a string", "an integer", ... for messages.
std::string_view TypeName(const toml::node& node);

// "`label` must be EXPECTED, not a string" at the value.
void ReportWrongType(TomlFile& file, std::string_view label, std::string_view expected,
                     const toml::node& node);

// `label` is the key as a dotted path ("dense_tops.fp8"), quoted in messages.
std::optional<std::string> ReadString(TomlFile& file, std::string_view label, const toml::node& node);
std::optional<bool> ReadBool(TomlFile& file, std::string_view label, const toml::node& node);
std::optional<std::int64_t> ReadInteger(TomlFile& file, std::string_view label,
                                        const toml::node& node);
// TOML integers and floats both; a float becomes the exact decimal the author wrote.
std::optional<Rational> ReadNumber(TomlFile& file, std::string_view label, const NumberRule& rule,
                                   const toml::node& node);

// Reports a key the schema does not know, with a "did you mean" when one is close.
void ReportUnknownKey(TomlFile& file, const toml::key& key, std::string_view where,
                      const std::vector<std::string_view>& known);

}  // namespace chipgate::catalog_detail
