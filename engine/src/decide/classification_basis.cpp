// Classification bases (see classification_basis.hpp).
#include "decide/classification_basis.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace chipgate::decide {
namespace {

bool Supports(const Decision& d, const Model& m, std::uint32_t eccn, ClassificationBasis basis) {
  return std::any_of(d.reasons.begin(), d.reasons.end(), [&](const Reason& r) {
    return r.kind == ReasonKind::kClassification && r.rule.kind == RuleKind::kClassify && r.eccn == eccn &&
           m.classify_rules[r.rule.index].basis == basis;
  });
}

}  // namespace

std::vector<EccnBasis> ClassificationBases(const Decision& d, const Model& m, const std::string& vendor_source) {
  std::vector<EccnBasis> out;
  for (const auto& name : d.classifications) {
    const auto it = std::find_if(m.eccns.begin(), m.eccns.end(), [&](const EccnSym& e) { return e.name == name; });
    if (it == m.eccns.end()) continue;
    const auto eccn = static_cast<std::uint32_t>(it - m.eccns.begin());
    for (const auto basis : {ClassificationBasis::kDerived, ClassificationBasis::kVendorStated}) {
      if (!Supports(d, m, eccn, basis)) continue;
      out.push_back({name, basis, basis == ClassificationBasis::kVendorStated ? vendor_source : std::string()});
    }
  }
  return out;
}

std::string ClassificationsWithBasis(const Decision& d, const Model& m, const std::string& vendor_source) {
  const std::vector<EccnBasis> bases = ClassificationBases(d, m, vendor_source);
  std::vector<std::string> parts;
  for (const auto& name : d.classifications) {
    std::vector<std::string> why;
    for (const auto& b : bases) {
      if (b.eccn != name) continue;
      const char* words = ClassificationBasisWords(b.basis);
      why.push_back(b.source.empty() ? std::string(words) : fmt::format("{}: {}", words, b.source));
    }
    parts.push_back(why.empty() ? name : fmt::format("{} ({})", name, fmt::join(why, "; ")));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace chipgate::decide
