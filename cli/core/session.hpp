// What every question-answering subcommand loads first: an Engine (the rules: `--rules`,
// default the bundled tree; the catalog: bundled plus `--catalog` layers; `--param`), and the
// parsing of query inputs shared by the commands, reported with the flag that carried them.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/core/args.hpp"
#include "chipgate/engine.hpp"
#include "cli/core/command.hpp"
#include "engine/state.hpp"

namespace chipgate::cli {

// The flags LoadEngine reads; commands add their own.
ArgSpec SessionFlags();

// The folder holding the bundled rules/ and catalog/: $CHIPGATE_HOME, else the build's.
std::string DataDir();

// Where the CLI keeps load snapshots (EngineOptions::snapshot_dir): $CHIPGATE_CACHE_DIR ("off":
// none), else $XDG_CACHE_HOME/chipgate, else $HOME/.cache/chipgate; empty (none) when no
// variable says.
std::string SnapshotDir();
// The Unicode plugin file (EngineOptions::unicode_plugin) from $CHIPGATE_UNICODE_PLUGIN; empty
// (unset): the engine looks for it. Pointing it at a missing file shows screening fail closed.
std::string UnicodePlugin();

// Engine::Load with the CLI's snapshot folder. With CHIPGATE_TRACE_LOAD set, says on stderr
// whether the rules and catalog came from a snapshot ("chipgate: trace: load snapshot") or were
// parsed ("... load parsed"): a stable line for tests and for people timing start-up.
Result<Engine> LoadForCli(EngineOptions options, Io& io);

// Prints diagnostics and returns nothing on any error. `rules`: load these instead of `--rules`.
std::optional<Engine> LoadEngine(const Args& args, Io& io, std::optional<std::vector<std::string>> rules = std::nullopt);

// Prints a question's diagnostics, naming the flag of each field ("--to: `UK` is not ...").
void PrintQuestionErrors(const std::vector<Diagnostic>& diagnostics, Io& io);

// A request field that one command's flag spells differently from the flags PrintQuestionErrors
// knows (`screen` reads `item` from `--items`, `check` from `--item`).
struct FieldFlag {
  std::string_view field;
  const char* flag;
};
// Gives each diagnostic whose field `flags` lists that flag as its field, so the message names
// what the user typed.
void NameFlags(std::vector<Diagnostic>& diagnostics, std::span<const FieldFlag> flags);

// Each prints a message that says what was expected and returns nothing on bad input.
std::optional<std::size_t> FindItem(const EngineState& s, const std::string& id, Io& io);
std::optional<Date> DateArg(const EngineState& s, const Args& args, Io& io);  // --date, default today (UTC)
std::optional<CountryCode> CountryArg(const std::string& flag, const std::string& value, Io& io);

}  // namespace chipgate::cli
