// The identity of the running build (see build_identity.hpp).
#include "snapshot/build_identity.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

namespace chipgate::snapshot {

std::optional<std::string> BuildIdentity() {
  struct stat st {};
  if (::stat("/proc/self/exe", &st) != 0) return std::nullopt;
  return fmt::format("{} {}:{} {} {}.{:09}", CHIPGATE_VERSION, st.st_dev, st.st_ino, st.st_size, st.st_mtim.tv_sec,
                     st.st_mtim.tv_nsec);
}

}  // namespace chipgate::snapshot
