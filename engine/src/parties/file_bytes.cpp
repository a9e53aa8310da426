// ReadBoundedFile (see file_bytes.hpp).
#include "parties/file_bytes.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>

namespace chipgate::parties {

FileBytes ReadBoundedFile(const std::string& path, std::uintmax_t max_bytes) {
  FileBytes out;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    out.problem = std::filesystem::exists(path, ec) ? "is not a regular file" : "does not exist";
    return out;
  }
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) {
    out.problem = "cannot be read";
    return out;
  }
  if (size > max_bytes) {
    out.problem = fmt::format("is {} bytes, over the limit of {} bytes", size, max_bytes);
    out.too_large = true;
    return out;
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (!in && !in.eof()) {
    out.problem = "cannot be read";
    return out;
  }
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  out.bytes = std::move(bytes);
  return out;
}

}  // namespace chipgate::parties
