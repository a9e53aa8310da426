// Typed reads of case-file values with located errors (see case_toml.hpp).
#include "cases/case_toml.hpp"

#include <fmt/format.h>

#include "cases/case_codes.hpp"
#include "catalog/toml_values.hpp"
#include "text/spelling.hpp"

namespace chipgate::cases {

void CaseToml::WrongType(std::string_view label, std::string_view expected, const toml::node& node) {
  Report(Error(codes::kWrongType, fmt::format("`{}` must be {}, not {}", label, expected, catalog_detail::TypeName(node)), SpanOf(node)));
}

std::optional<std::string> CaseToml::Text(std::string_view label, const toml::node& node) {
  const auto* s = node.as_string();
  if (s == nullptr) {
    WrongType(label, "a string", node);
    return std::nullopt;
  }
  if (s->get().empty()) {
    Diagnostic d = Error(codes::kInvalidValue, fmt::format("`{}` is empty", label), SpanOf(node));
    d.help = "leave the key out when it does not apply";
    Report(std::move(d));
    return std::nullopt;
  }
  return s->get();
}

std::optional<bool> CaseToml::Bool(std::string_view label, const toml::node& node) {
  if (const auto* b = node.as_boolean()) return b->get();
  WrongType(label, "`true` or `false`", node);
  return std::nullopt;
}

std::optional<std::vector<std::string>> CaseToml::Texts(std::string_view label, const toml::node& node) {
  const auto* array = node.as_array();
  if (array == nullptr) {
    WrongType(label, "an array of strings", node);
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (const auto& element : *array) {
    const auto text = Text(fmt::format("{}[{}]", label, out.size()), element);
    ok = ok && text.has_value();
    out.push_back(text.value_or(std::string()));
  }
  if (!ok) return std::nullopt;
  return out;
}

const toml::table* CaseToml::Table(std::string_view label, const toml::node& node) {
  if (const auto* t = node.as_table()) return t;
  WrongType(label, "a table", node);
  return nullptr;
}

void CaseToml::UnknownKey(const toml::key& key, std::string_view where, const std::vector<std::string_view>& known) {
  const std::string label = where.empty() ? std::string(key.str()) : fmt::format("{}.{}", where, key.str());
  Diagnostic d = Error(codes::kUnknownKey, fmt::format("unknown key `{}`", label), SpanOf(key));
  if (const auto near = ClosestMatch(key.str(), known)) {
    d.help = fmt::format("did you mean `{}`?", *near);
  } else {
    std::string list;
    for (const auto k : known) list += fmt::format("{}`{}`", list.empty() ? "" : ", ", k);
    d.help = fmt::format("the keys{} are {}", where.empty() ? "" : fmt::format(" of `{}`", where), list);
  }
  Report(std::move(d));
}

}  // namespace chipgate::cases
