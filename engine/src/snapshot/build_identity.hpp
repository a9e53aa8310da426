// Which chipgate wrote a snapshot. The version alone is not enough: a rebuilt checker may turn
// the same files into a different Model under the same version number. So the identity is the
// version plus the running executable's file identity (device, inode, size, modification
// time): relinking chipgate, or a program embedding the library, makes every old snapshot a
// miss. Costs one stat().
#pragma once

#include <optional>
#include <string>

namespace chipgate::snapshot {

// Nothing when the executable cannot be identified (then no snapshot is read or written).
std::optional<std::string> BuildIdentity();

}  // namespace chipgate::snapshot
