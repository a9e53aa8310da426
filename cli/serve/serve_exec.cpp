// `chipgate serve` hands over to the chipgate-serve executable installed beside chipgate (same
// process id, so signals and the exit status are the server's). The server lives in its own
// executable because its HTTP library initialises OpenSSL when it is loaded: linked into
// chipgate, every `check` paid for that at start-up whether or not it served anything.
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/core/command.hpp"

namespace chipgate::cli {

int RunServe(const std::vector<std::string>& argv, Io& io) {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) {
    fmt::print(io.err, "chipgate serve: cannot find the chipgate executable's folder: {}\n", ec.message());
    return kExitUsage;
  }
  const std::string server = (self.parent_path() / "chipgate-serve").string();
  std::vector<std::string> args = {"chipgate-serve"};
  args.insert(args.end(), argv.begin(), argv.end());
  std::vector<char*> c_args;
  for (auto& a : args) c_args.push_back(a.data());
  c_args.push_back(nullptr);
  std::fflush(io.out);
  std::fflush(io.err);
  execv(server.c_str(), c_args.data());
  fmt::print(io.err, "chipgate serve: cannot start {}: {}\n", server, std::strerror(errno));
  return kExitUsage;
}

}  // namespace chipgate::cli
