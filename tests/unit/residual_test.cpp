// The residual decision segment (eval/residual.hpp) must answer exactly what the whole segment
// answers, for every input the question can carry: it folds per item, so any input it wrongly
// treated as settled would show up as a difference here.
#include <gtest/gtest.h>

#include <random>

#include "compile/program.hpp"
#include "eval/evaluate.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

FastQuery RandomQuery(std::mt19937& rng, const Program& program, std::size_t items) {
  const auto pick = [&rng](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  FastQuery q;
  q.item = static_cast<std::uint32_t>(pick(items));
  q.destination = AssignedCountry(pick(AssignedCountryCount())).index();
  q.end_user_hq = pick(4) == 0 ? -1 : static_cast<std::int32_t>(AssignedCountry(pick(AssignedCountryCount())).index());
  q.exporter_hq = pick(3) == 0 ? -1 : static_cast<std::int32_t>(AssignedCountry(pick(AssignedCountryCount())).index());
  for (std::size_t i = 0; i < kInputCount; ++i) q.inputs[i] = static_cast<std::int8_t>(static_cast<int>(pick(3)) - 1);
  q.inputs[static_cast<std::size_t>(Input::kTransaction)] = static_cast<std::int8_t>(pick(kTransactionCount));
  q.exporter = pick(3) == 0 ? -1 : pick(2) == 0 ? -2 : static_cast<std::int32_t>(pick(program.strings.size()));
  const auto& epochs = program.epochs;
  const Interval& in = epochs[pick(epochs.size())].interval;
  q.date = in.from;
  return q;
}

TEST(ResidualDecision, AgreesWithTheWholeSegmentForAnyQuestion) {
  const auto& b = testing::LoadBundled();
  const Program program = Compile(b.model, b.params);
  const BoundCatalog bound = Bind(program, b.catalog);
  Scratch folded(program);
  Scratch whole(program);
  whole.fold_decision_segment = false;
  std::mt19937 rng(20261130);
  for (int n = 0; n < 40000; ++n) {
    const FastQuery q = RandomQuery(rng, program, b.catalog.size());
    const FastDecision a = Decide(program, bound, q, folded);
    const FastDecision w = Decide(program, bound, q, whole);
    ASSERT_EQ(a, w) << b.catalog.items()[q.item].id << " to country index " << q.destination << " on " << q.date.ToString()
                    << ", question " << n;
  }
}

}  // namespace
}  // namespace chipgate
