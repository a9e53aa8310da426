// Decision changes in words (see cell_text.hpp).
#include "render/cell_text.hpp"

namespace chipgate::render {

std::string CellChangeText(const DecisionCell& before, const Model& model_before, const DecisionCell& after, const Model& model_after) {
  const std::string a = CellCode(before, model_before);
  const std::string b = CellCode(after, model_after);
  if (a != b) return a + " -> " + b;
  return a + " (" + CellDescription(before, model_before) + ") -> " + b + " (" + CellDescription(after, model_after) + ")";
}

}  // namespace chipgate::render
