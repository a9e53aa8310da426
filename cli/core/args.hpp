// Command-line parsing for chipgate's subcommands: positional arguments, `--flag value`,
// `--flag=value`, repeatable flags and switches. Each subcommand declares what it accepts, so a
// misspelt flag is an error that lists the accepted ones instead of being ignored.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli/core/command.hpp"

namespace chipgate::cli {

struct ArgSpec {
  std::set<std::string> valued;    // flags that take a value ("--to")
  std::set<std::string> switches;  // flags without a value ("--explain")
};

class Args {
 public:
  // Parses argv[first..]. On error returns nothing and sets `error`.
  static std::optional<Args> Parse(const std::vector<std::string>& argv, const ArgSpec& spec,
                                   std::string& error);

  const std::vector<std::string>& positional() const { return positional_; }
  bool Has(const std::string& flag) const { return values_.count(flag) > 0; }
  // Last value given for a valued flag.
  std::optional<std::string> Get(const std::string& flag) const;
  std::string GetOr(const std::string& flag, const std::string& fallback) const;
  // Every value given for a repeatable flag, in order; comma-separated values are split.
  std::vector<std::string> GetAll(const std::string& flag, bool split_commas = false) const;

 private:
  std::vector<std::string> positional_;
  std::map<std::string, std::vector<std::string>> values_;
};

// The start of every subcommand: parses argv for `chipgate NAME` (adding --help to the spec).
// On a parse error it prints "chipgate NAME: ..." and the usage to io.err and sets exit_code to
// kExitUsage; on --help it prints the usage to io.out and sets kExitOk. Returns the arguments
// only when the command should run.
std::optional<Args> ParseCommand(const char* name, const std::vector<std::string>& argv, ArgSpec spec,
                                 const char* usage, Io& io, int& exit_code);

}  // namespace chipgate::cli
