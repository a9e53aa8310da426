// What every question-answering subcommand loads first: the rules (`--rules`, default the
// bundled tree), the catalog (bundled plus `--catalog` layers), the params (`--param`), and the
// hashes that go into each answer's provenance. Also the parsing of query inputs shared by
// check, classify, screen and audit: dates, countries, item ids.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "args.hpp"
#include "chipgate/catalog.hpp"
#include "chipgate/date.hpp"
#include "chipgate/model.hpp"
#include "chipgate/params.hpp"
#include "command.hpp"

namespace chipgate::cli {

struct Session {
  SourceSet sources;  // owns every file read; diagnostics and hashes refer to it
  Catalog catalog;
  Model model;
  ParamValues params;
  std::string catalog_hash;
  std::vector<std::string> param_assignments;  // as given, for provenance
};

// The flags LoadSession reads; commands add their own.
ArgSpec SessionFlags();

// Prints diagnostics and returns null on any error.
std::unique_ptr<Session> LoadSession(const Args& args, Io& io);

// Each prints a message that says what was expected and returns nothing on bad input.
std::optional<std::size_t> FindItem(const Session& s, const std::string& id, Io& io);
std::optional<Date> DateArg(const Session& s, const Args& args, Io& io);  // --date, default today (UTC)
std::optional<CountryCode> CountryArg(const std::string& flag, const std::string& value, Io& io);

}  // namespace chipgate::cli
