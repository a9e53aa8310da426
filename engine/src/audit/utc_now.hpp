// The wall-clock time an audit run records as its start and end (ISO 8601, UTC, seconds), in
// one place so the CLI's runs and the engine's (the server's) stamp alike.
#pragma once

#include <string>

namespace chipgate {

std::string UtcNowIso8601();  // "2026-11-28T17:56:03Z"

}  // namespace chipgate
