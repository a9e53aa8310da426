// The process around a command: both executables (chipgate, and chipgate-serve behind
// `chipgate serve`) run their dispatch through it, so both filter their output, survive closed
// pipes and report a failed write once, with the same exit statuses (command.hpp).
#pragma once

#include "cli/core/command.hpp"

namespace chipgate::cli {

using DispatchFn = int (*)(int argc, char** argv, Io& io);

int RunProgram(int argc, char** argv, DispatchFn dispatch);

}  // namespace chipgate::cli
