// Param overrides (see params.hpp).
#include "eval/params.hpp"

#include <fmt/format.h>

#include "text/spelling.hpp"

namespace chipgate {

ParamValues ParamValues::Defaults(const Model& model) {
  ParamValues p;
  for (const auto& param : model.params) {
    p.bools.push_back(param.default_bool);
    p.numbers.push_back(param.default_number);
  }
  return p;
}

Result<ParamValues> ParseParams(const Model& model, const std::vector<std::string>& assignments) {
  Result<ParamValues> out;
  ParamValues values = ParamValues::Defaults(model);
  std::vector<std::string> names;
  for (const auto& p : model.params) names.push_back(p.name);
  for (const auto& a : assignments) {
    const auto eq = a.find('=');
    if (eq == std::string::npos) {
      out.diagnostics.push_back(Error("E0701", fmt::format("`{}`: a param is set as NAME=VALUE", a)));
      continue;
    }
    const std::string name = a.substr(0, eq);
    const std::string value = a.substr(eq + 1);
    const auto index = model.FindParam(name);
    if (!index) {
      Diagnostic d = Error("E0702", fmt::format("unknown param `{}`", name));
      std::string list;
      for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
      d.notes.push_back("params of these rules: " + (list.empty() ? std::string("none") : list));
      if (const auto near = ClosestMatch(name, names)) d.help = fmt::format("did you mean `{}`?", *near);
      out.diagnostics.push_back(std::move(d));
      continue;
    }
    const ParamSym& p = model.params[*index];
    if (p.type == Type::kBool) {
      if (value != "true" && value != "false") {
        out.diagnostics.push_back(Error("E0703", fmt::format("param `{}` is `true` or `false`, not `{}`", name, value)));
        continue;
      }
      values.bools[*index] = value == "true";
    } else {
      const auto number = Rational::FromDecimal(value);
      if (!number) {
        out.diagnostics.push_back(Error("E0703", fmt::format("param `{}` is a number in {}, not `{}`", name, p.unit.ToString(), value)));
        continue;
      }
      values.numbers[*index] = *number;
    }
  }
  if (!HasErrors(out.diagnostics)) out.value = std::move(values);
  return out;
}

}  // namespace chipgate
