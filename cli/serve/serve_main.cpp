// chipgate-serve's entry point: the `chipgate serve` command as an executable of its own
// (serve_exec.cpp says why).
#include <string>
#include <vector>

#include "cli/core/program.hpp"

namespace chipgate::cli {
int RunServe(const std::vector<std::string>& argv, Io& io);  // cmd_serve.cpp
}  // namespace chipgate::cli

namespace {

int Dispatch(int argc, char** argv, chipgate::cli::Io& io) {
  return chipgate::cli::RunServe(std::vector<std::string>(argv + 1, argv + argc), io);
}

}  // namespace

int main(int argc, char** argv) { return chipgate::cli::RunProgram(argc, argv, Dispatch); }
