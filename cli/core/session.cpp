// Engine loading and query-input parsing for the CLI (see session.hpp).
#include "cli/core/session.hpp"

#include <fmt/format.h>

#include <cstdlib>

namespace chipgate::cli {
namespace {

const char* FlagOf(const std::string& field) {
  if (field == "item") return "--item";
  if (field == "destination") return "--to";
  if (field == "end_user_hq") return "--end-user-hq";
  if (field == "exporter_hq") return "--exporter-hq";
  if (field == "date") return "--date";
  if (field == "end_use") return "--end-use";
  if (field == "transaction") return "--transaction";
  if (field == "end_user_country") return "--end-user-country";
  return nullptr;
}

template <class T>
std::optional<T> Printed(Result<T> r, Io& io, const char* flag = nullptr) {
  if (r.ok()) return std::move(r.value);
  for (auto& d : r.diagnostics) {
    if (flag != nullptr) d.field = flag;
  }
  PrintQuestionErrors(r.diagnostics, io);
  return std::nullopt;
}

}  // namespace

ArgSpec SessionFlags() { return ArgSpec{{"--rules", "--catalog", "--param"}, {}}; }

std::string DataDir() {
  const char* home = std::getenv("CHIPGATE_HOME");
  if (home != nullptr && *home != '\0') return home;
  return CHIPGATE_DEFAULT_DATA_DIR;
}

std::string SnapshotDir() {
  const auto set = [](const char* name) -> const char* {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? value : nullptr;
  };
  if (const char* dir = set("CHIPGATE_CACHE_DIR")) return std::string(dir) == "off" ? "" : dir;
  if (const char* xdg = set("XDG_CACHE_HOME")) return std::string(xdg) + "/chipgate";
  if (const char* home = set("HOME")) return std::string(home) + "/.cache/chipgate";
  return "";
}

std::string UnicodePlugin() {
  const char* plugin = std::getenv("CHIPGATE_UNICODE_PLUGIN");
  return plugin != nullptr ? plugin : "";
}

Result<Engine> LoadForCli(EngineOptions options, Io& io) {
  options.snapshot_dir = SnapshotDir();
  options.unicode_plugin = UnicodePlugin();
  Result<Engine> engine = Engine::Load(options);
  if (engine.ok() && std::getenv("CHIPGATE_TRACE_LOAD") != nullptr) {
    fmt::print(io.err, "chipgate: trace: load {}\n", engine.value->state().loaded_from_snapshot ? "snapshot" : "parsed");
  }
  return engine;
}

std::optional<Engine> LoadEngine(const Args& args, Io& io, std::optional<std::vector<std::string>> rules) {
  EngineOptions options;
  options.data_dir = DataDir();
  options.rules = rules ? std::move(*rules) : args.GetAll("--rules");
  options.catalogs = args.GetAll("--catalog");
  options.params = args.GetAll("--param");
  options.parties = args.GetAll("--parties");
  Result<Engine> engine = LoadForCli(std::move(options), io);
  if (!engine.diagnostics.empty()) fmt::print(io.err, "{}", RenderText(engine.diagnostics));
  if (!engine.ok()) return std::nullopt;
  return std::move(engine.value);
}

void PrintQuestionErrors(const std::vector<Diagnostic>& diagnostics, Io& io) {
  for (const auto& d : diagnostics) {
    const char* flag = FlagOf(d.field);
    const std::string where = flag != nullptr ? std::string(flag) : d.field;
    fmt::print(io.err, "chipgate: error[{}]: {}{}\n", d.code, where.empty() ? "" : where + ": ", d.message);
    for (const auto& note : d.notes) fmt::print(io.err, "note: {}\n", note);
    if (!d.help.empty()) fmt::print(io.err, "help: {}\n", d.help);
  }
}

void NameFlags(std::vector<Diagnostic>& diagnostics, std::span<const FieldFlag> flags) {
  for (auto& d : diagnostics) {
    for (const auto& f : flags) {
      if (d.field == f.field) d.field = f.flag;
    }
  }
}

std::optional<std::size_t> FindItem(const EngineState& s, const std::string& id, Io& io) { return Printed(ResolveItem(s, id), io); }

std::optional<Date> DateArg(const EngineState& s, const Args& args, Io& io) {
  return Printed(ResolveDate(s, args.GetOr("--date", "")), io);
}

std::optional<CountryCode> CountryArg(const std::string& flag, const std::string& value, Io& io) {
  return Printed(ResolveCountry(value, "country"), io, flag.c_str());
}

}  // namespace chipgate::cli
