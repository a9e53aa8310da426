// Rendering a diff: stable, sorted text meant to be kept in version control (one line per cause,
// per classification change, per run of destinations with the same change), and JSON.
#pragma once

#include <string>

#include "analysis/diff.hpp"
#include "text/json.hpp"
#include "render/end_user.hpp"
#include "engine/state.hpp"

namespace chipgate::render {

struct DiffView {
  const DiffReport& report;
  const Catalog& catalog;
  const Model& model_a;  // side A's cells are in its terms
  const Model& model_b;
  std::string label_a;   // "2023-11-16" or "rules-a (sha256 81eaa657ca8fa2d1)"
  std::string label_b;
  EndUserChoice end_user;
  std::string catalog_hash;
};

std::string DiffText(const DiffView& v);
std::string DiffJson(const DiffView& v);

}  // namespace chipgate::render
