// Rendering what-if comparisons: the variants of one item side by side (figures, metrics,
// classification and, with a destination, the decision), differences marked, as text or JSON.
#pragma once

#include <string>
#include <vector>

#include "chipgate/decision.hpp"
#include "render/end_user.hpp"
#include "engine/state.hpp"

namespace chipgate::render {

struct Variant {
  std::string label;  // "bundled", "my-design.toml", "catalog", "what-if"
  Item item;
  Decision decision;
};

struct WhatIfView {
  const EngineState& session;
  Date date;
  std::optional<CountryCode> destination;
  EndUserChoice end_user;
  std::vector<std::string> edits;  // as given
};

// One comparison per item: `chipgate whatif`'s output.
std::string WhatIfText(const WhatIfView& v, const std::vector<std::vector<Variant>>& items);
std::string WhatIfJson(const WhatIfView& v, const std::vector<std::vector<Variant>>& items);

}  // namespace chipgate::render
