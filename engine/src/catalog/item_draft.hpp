// The state of one item while its file is read, shared by the reader's parts: the top level
// (toml_item_reader.cpp), the tables and arrays of tables (item_sections.cpp) and the checks
// across keys of the same file (item_checks.cpp).
#pragma once

#include <toml++/toml.h>

#include <string_view>
#include <vector>

#include "catalog/toml_file.hpp"
#include "catalog/toml_item_reader.hpp"

namespace chipgate::catalog_detail {

struct ItemDraft {
  explicit ItemDraft(TomlFile& f) : file(f) {}

  TomlFile& file;
  Item item;
  ItemLocations at;
  std::vector<std::string_view> seen_keys;  // top-level keys present, valid or not
  bool id_valid = false;
  bool kind_valid = false;
  bool sources_unreadable = false;  // `sources` was there but not an array of tables

  bool Saw(std::string_view key) const {
    for (const std::string_view k : seen_keys) {
      if (k == key) return true;
    }
    return false;
  }
};

// `node` is the value of the top-level key of the same name.
void ReadTops(ItemDraft& draft, const toml::node& node, bool dense);
void ReadSources(ItemDraft& draft, const toml::node& node);
void ReadContains(ItemDraft& draft, const toml::node& node);

// Checks across keys once the whole file is read: required keys and sources, dense vs sparse,
// what a system may and may not have.
void CheckItem(ItemDraft& draft);

}  // namespace chipgate::catalog_detail
