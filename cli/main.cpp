// chipgate's entry point: dispatches to one subcommand.
#include <fmt/format.h>
#include <cstring>

#include "cli/core/command.hpp"
#include "cli/core/program.hpp"

namespace chipgate::cli {

int RunVersion(const std::vector<std::string>& argv, Io& io);
int RunCatalog(const std::vector<std::string>& argv, Io& io);  // cmd_catalog.cpp
int RunLint(const std::vector<std::string>& argv, Io& io);     // cmd_lint.cpp
int RunCheck(const std::vector<std::string>& argv, Io& io);    // cmd_check.cpp
int RunClassify(const std::vector<std::string>& argv, Io& io); // cmd_classify.cpp
int RunDump(const std::vector<std::string>& argv, Io& io);     // cmd_dump.cpp
int RunRules(const std::vector<std::string>& argv, Io& io);    // cmd_rules.cpp
int RunAudit(const std::vector<std::string>& argv, Io& io);    // cmd_audit.cpp
int RunLicenses(const std::vector<std::string>& argv, Io& io); // cmd_licenses.cpp
int RunDiff(const std::vector<std::string>& argv, Io& io);     // cmd_diff.cpp
int RunHeadroom(const std::vector<std::string>& argv, Io& io); // cmd_headroom.cpp
int RunScreen(const std::vector<std::string>& argv, Io& io);   // cmd_screen.cpp
int RunWhatIf(const std::vector<std::string>& argv, Io& io);   // cmd_whatif.cpp
int RunParties(const std::vector<std::string>& argv, Io& io);  // cmd_parties.cpp
int RunServe(const std::vector<std::string>& argv, Io& io);    // serve/serve_exec.cpp
int RunTest(const std::vector<std::string>& argv, Io& io);     // cmd_test.cpp

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"check", "may this item go there? the license determination for one shipment", RunCheck},
      {"classify", "which ECCN paragraphs an item meets, with TPP, PD and margins", RunClassify},
      {"audit", "re-check a shipment log (CSV) against the rules in force on each ship date", RunAudit},
      {"licenses", "check license registers and show what each license has used and has left", RunLicenses},
      {"screen", "the vendor matrix: products x destinations, each cell the license decision", RunScreen},
      {"headroom", "margins to every threshold and the nearest spec change that flips the outcome", RunHeadroom},
      {"whatif", "a design variant (--set FIELD=VALUE, --catalog FILE) side by side with the item", RunWhatIf},
      {"diff", "what changes between two dates or two rule trees, product by product, and why", RunDiff},
      {"parties", "screen a party name against the Consolidated Screening List and OFAC SDN list", RunParties},
      {"serve", "the JSON API and the web page for order systems and compliance officers", RunServe},
      {"catalog", "list the hardware catalog or show one item", RunCatalog},
      {"rules", "list the encoded rules with citations, dates and status", RunRules},
      {"lint", "parse and check rule files", RunLint},
      {"test", "run rule test cases written as data; report failures by file:line and rule coverage", RunTest},
      {"dump", "print the syntax tree, checked model or compiled program of rule files", RunDump},
      {"version", "print the chipgate version", RunVersion},
  };
  return kCommands;
}

int RunVersion(const std::vector<std::string>& /*argv*/, Io& io) {
  fmt::print(io.out, "chipgate {}\n", CHIPGATE_VERSION);
  return kExitOk;
}

namespace {

void PrintUsage(std::FILE* to) {
  fmt::print(to, "usage: chipgate COMMAND [OPTIONS]\n\ncommands:\n");
  for (const auto& c : Commands()) fmt::print(to, "  {:<10} {}\n", c.name, c.summary);
  fmt::print(to, "\n`chipgate COMMAND --help` describes one command.\n");
}

}  // namespace
}  // namespace chipgate::cli

namespace {

int Dispatch(int argc, char** argv, chipgate::cli::Io& io) {
  using namespace chipgate::cli;
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "help") == 0) {
    PrintUsage(argc < 2 ? io.err : io.out);
    return argc < 2 ? kExitUsage : kExitOk;
  }
  const std::vector<std::string> rest(argv + 2, argv + argc);
  for (const auto& c : Commands()) {
    if (std::strcmp(argv[1], c.name) == 0) return c.run(rest, io);
  }
  fmt::print(io.err, "chipgate: unknown command `{}`\n", argv[1]);
  PrintUsage(io.err);
  return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) { return chipgate::cli::RunProgram(argc, argv, Dispatch); }
