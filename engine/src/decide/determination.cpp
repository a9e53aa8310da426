// See determination.hpp.
#include "decide/determination.hpp"

namespace chipgate::decide {

void FillDetermination(const Model& m, const FastDecision& fd, Decision& d) {
  d.outcome = fd.outcome;
  d.determined = fd.determined;
  d.license_required = fd.license_required;
  d.review = fd.review;
  d.review_known = fd.review_known;
  for (std::size_t r = 0; r < m.requirements.size(); ++r) {
    if (fd.requirement_true.test(r)) d.triggered.push_back(m.requirements[r].info.id);
  }
  for (std::uint32_t x = 0; x < m.exceptions.size(); ++x) {
    const Tri available = fd.exception_true.test(x) ? Tri::kTrue : fd.exception_unknown.test(x) ? Tri::kUnknown : Tri::kFalse;
    if (available == Tri::kFalse) continue;
    const ExceptionRule& rule = m.exceptions[x];
    d.exceptions.push_back({x, rule.code, rule.info.id, rule.info.title, available, rule.requires_text, rule.info.cites});
  }
}

}  // namespace chipgate::decide
