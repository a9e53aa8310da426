// Model → Program: one EpochProgram per interval in which nothing changes.
#include <fmt/format.h>

#include <algorithm>

#include "compile/program.hpp"
#include "compile/epoch_compiler.hpp"
#include "compile/epochs.hpp"

namespace chipgate {

Program Compile(const Model& model, const ParamValues& params) {
  Program program;
  program.model = &model;
  for (const auto& interval : compile::Epochs(model)) {
    EpochProgram epoch;
    epoch.interval = interval;
    compile::EpochCompiler(model, params, program, epoch).Run();
    program.epochs.push_back(std::move(epoch));
  }
  return program;
}

const EpochProgram* Program::EpochFor(Date date) const {
  const auto it = std::upper_bound(epochs.begin(), epochs.end(), date,
                                   [](Date d, const EpochProgram& e) { return d < e.interval.from; });
  if (it == epochs.begin()) return nullptr;
  return &*(it - 1);
}

std::size_t Program::InstructionCount() const {
  std::size_t n = 0;
  for (const auto& e : epochs) n += e.code.size();
  return n;
}

}  // namespace chipgate
