// `chipgate dump --ast FILE | --checked [PATH...] | --program [PATH...] [--param N=V]`: print
// what each pipeline stage made of the rules (the same text the golden tests compare).
#include <fmt/format.h>

#include "cli/core/args.hpp"
#include "syntax/ast_print.hpp"
#include "check/model_print.hpp"
#include "syntax/parse.hpp"
#include "text/regular_file.hpp"
#include "compile/program.hpp"
#include "cli/core/command.hpp"
#include "cli/core/rules_loading.hpp"

namespace chipgate::cli {
namespace {

constexpr const char* kUsage =
    "usage: chipgate dump --ast FILE\n"
    "       chipgate dump --checked [PATH...]\n"
    "       chipgate dump --program [PATH...] [--param NAME=VALUE]...\n"
    "Prints the parsed syntax tree of one file, the checked model, or the compiled program\n"
    "(one per epoch). PATH defaults to the bundled rules.\n";

int DumpAst(const std::string& path, Io& io) {
  std::string error;
  auto text = ReadRegularFile(path, ParseLimits{}.max_file_bytes, error);
  if (!text) {
    fmt::print(io.err, "chipgate dump: cannot read `{}`: {}\n", path, error);
    return kExitUsage;
  }
  SourceSet sources;
  const auto id = sources.Add(path, std::move(*text));
  const ParseOutput out = Parse(sources, id);
  fmt::print(io.out, "{}", PrintAst(out.file));
  if (!out.diagnostics.empty()) fmt::print(io.err, "{}", RenderText(out.diagnostics, sources));
  return out.diagnostics.empty() ? kExitOk : kExitFinding;
}

}  // namespace

int RunDump(const std::vector<std::string>& argv, Io& io) {
  std::string error;
  const auto args = Args::Parse(argv, ArgSpec{{"--param"}, {"--ast", "--checked", "--program", "--help"}}, error);
  if (!args || args->Has("--help") ||
      (args->Has("--ast") ? 1 : 0) + (args->Has("--checked") ? 1 : 0) + (args->Has("--program") ? 1 : 0) != 1) {
    if (!error.empty()) fmt::print(io.err, "chipgate dump: {}\n", error);
    fmt::print(args && args->Has("--help") ? io.out : io.err, "{}", kUsage);
    return args && args->Has("--help") ? kExitOk : kExitUsage;
  }
  if (args->Has("--ast")) {
    if (args->positional().size() != 1) {
      fmt::print(io.err, "chipgate dump: --ast takes one file\n{}", kUsage);
      return kExitUsage;
    }
    return DumpAst(args->positional()[0], io);
  }
  SourceSet sources;
  const auto model = LoadRulesForCli(args->positional(), sources, io);
  if (!model) return kExitFinding;
  if (args->Has("--checked")) {
    fmt::print(io.out, "{}", PrintModel(*model));
    return kExitOk;
  }
  const auto params = ParseParams(*model, args->GetAll("--param"));
  if (!params.ok()) {
    fmt::print(io.err, "{}", RenderText(params.diagnostics, sources));
    return kExitUsage;
  }
  fmt::print(io.out, "{}", PrintProgram(Compile(*model, *params.value)));
  return kExitOk;
}

}  // namespace chipgate::cli
