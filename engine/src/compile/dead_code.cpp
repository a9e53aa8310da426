// The last compile pass: keep only instructions whose results some output reads (a
// classification, a requirement, a review arm, an override, an exception), then renumber the
// registers densely so the frame is small and the cache of item results stays compact.
#include <algorithm>

#include "compile/epoch_compiler.hpp"

namespace chipgate::compile {
void EpochCompiler::EliminateDeadCode() {
  // Outputs that can never hold (a param folded to false) are not outputs at all.
  auto never = [&](std::uint16_t r) { return r != kNoReg && const_bool_[r] == false; };
  ep_.requirements.erase(std::remove_if(ep_.requirements.begin(), ep_.requirements.end(),
                                        [&](const RequirementCode& q) { return never(q.holds); }),
                         ep_.requirements.end());
  ep_.overrides.erase(std::remove_if(ep_.overrides.begin(), ep_.overrides.end(), [&](const OverrideCode& o) { return never(o.when); }),
                      ep_.overrides.end());
  ep_.exceptions.erase(std::remove_if(ep_.exceptions.begin(), ep_.exceptions.end(), [&](const ExceptionCode& x) { return never(x.when); }),
                       ep_.exceptions.end());
  std::vector<bool> live(ep_.registers, false);
  auto root = [&](std::uint16_t r) {
    if (r != kNoReg) live[r] = true;
  };
  for (const auto r : ep_.eccn_reg) root(r);
  for (const auto& q : ep_.requirements) {
    root(q.holds);
    for (const auto& a : q.arms) root(a.when);
  }
  for (const auto& o : ep_.overrides) root(o.when);
  for (const auto& x : ep_.exceptions) root(x.when);

  std::vector<Instr> code = item_code_;
  const std::size_t item_count = code.size();
  code.insert(code.end(), query_code_.begin(), query_code_.end());
  std::vector<bool> keep(code.size(), false);
  for (std::size_t k = code.size(); k-- > 0;) {
    const Instr& i = code[k];
    if (!live[i.dst]) continue;
    keep[k] = true;
    if (OpReadsA(i.op)) live[i.a] = true;
    if (OpReadsB(i.op)) live[i.b] = true;
  }
  std::vector<std::uint16_t> renumber(ep_.registers, kNoReg);
  std::uint16_t next = 0;
  auto map = [&](std::uint16_t r) -> std::uint16_t {
    if (r == kNoReg) return kNoReg;
    if (renumber[r] == kNoReg) renumber[r] = next++;
    return renumber[r];
  };
  ep_.code.clear();
  ep_.item_end = 0;
  for (std::size_t k = 0; k < code.size(); ++k) {
    if (!keep[k]) continue;
    Instr i = code[k];
    if (OpReadsA(i.op)) i.a = map(i.a);
    if (OpReadsB(i.op)) i.b = map(i.b);
    i.dst = map(i.dst);
    ep_.code.push_back(i);
    if (k < item_count) ep_.item_end = static_cast<std::uint32_t>(ep_.code.size());
  }
  for (auto& r : ep_.eccn_reg) r = map(r);
  for (auto& q : ep_.requirements) {
    q.holds = map(q.holds);
    for (auto& a : q.arms) a.when = map(a.when);
  }
  for (auto& o : ep_.overrides) o.when = map(o.when);
  for (auto& x : ep_.exceptions) x.when = map(x.when);
  ep_.registers = next;
  for (std::uint32_t e = 0; e < ep_.eccn_reg.size(); ++e) {
    if (ep_.eccn_reg[e] != kNoReg) ep_.defined_eccns.emplace_back(e, ep_.eccn_reg[e]);
  }
  for (auto& q : ep_.requirements) {
    for (std::uint16_t o = 0; o < ep_.overrides.size(); ++o) {
      const auto& of = ep_.overrides[o].of;
      if (std::find(of.begin(), of.end(), q.requirement) != of.end()) q.overrides.push_back(o);
    }
  }
}

}  // namespace chipgate::compile
