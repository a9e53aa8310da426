// Command-line parsing (see args.hpp).
#include "cli/core/args.hpp"

#include <fmt/format.h>

namespace chipgate::cli {
namespace {

std::string Accepted(const ArgSpec& spec) {
  std::string out;
  for (const auto& f : spec.valued) out += (out.empty() ? "" : ", ") + f + " VALUE";
  for (const auto& f : spec.switches) out += (out.empty() ? "" : ", ") + f;
  return out.empty() ? "none" : out;
}

}  // namespace

std::optional<Args> Args::Parse(const std::vector<std::string>& argv, const ArgSpec& spec,
                                std::string& error) {
  Args args;
  bool only_positional = false;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (only_positional || a.size() < 2 || a[0] != '-' || a == "-") {
      args.positional_.push_back(a);
      continue;
    }
    if (a == "--") {
      only_positional = true;
      continue;
    }
    std::string flag = a;
    std::optional<std::string> inline_value;
    if (const auto eq = a.find('='); eq != std::string::npos) {
      flag = a.substr(0, eq);
      inline_value = a.substr(eq + 1);
    }
    if (spec.switches.count(flag) > 0) {
      if (inline_value) {
        error = fmt::format("option `{}` takes no value", flag);
        return std::nullopt;
      }
      args.values_[flag].push_back("true");
    } else if (spec.valued.count(flag) > 0) {
      if (!inline_value) {
        if (i + 1 >= argv.size()) {
          error = fmt::format("option `{}` needs a value", flag);
          return std::nullopt;
        }
        inline_value = argv[++i];
      }
      args.values_[flag].push_back(*inline_value);
    } else {
      error = fmt::format("unknown option `{}` (accepted: {})", flag, Accepted(spec));
      return std::nullopt;
    }
  }
  return args;
}

std::optional<std::string> Args::Get(const std::string& flag) const {
  const auto it = values_.find(flag);
  if (it == values_.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::string Args::GetOr(const std::string& flag, const std::string& fallback) const {
  return Get(flag).value_or(fallback);
}

std::vector<std::string> Args::GetAll(const std::string& flag, bool split_commas) const {
  std::vector<std::string> out;
  const auto it = values_.find(flag);
  if (it == values_.end()) return out;
  for (const auto& v : it->second) {
    if (!split_commas) {
      out.push_back(v);
      continue;
    }
    std::size_t start = 0;
    while (start <= v.size()) {
      const auto comma = v.find(',', start);
      const auto piece = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (!piece.empty()) out.push_back(piece);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return out;
}

std::optional<Args> ParseCommand(const char* name, const std::vector<std::string>& argv, ArgSpec spec,
                                 const char* usage, Io& io, int& exit_code) {
  spec.switches.insert("--help");
  std::string error;
  auto args = Args::Parse(argv, spec, error);
  if (!args) {
    fmt::print(io.err, "chipgate {}: {}\n{}", name, error, usage);
    exit_code = kExitUsage;
    return std::nullopt;
  }
  if (args->Has("--help")) {
    fmt::print(io.out, "{}", usage);
    exit_code = kExitOk;
    return std::nullopt;
  }
  return args;
}

}  // namespace chipgate::cli
