// Path checks for one audit run (see audit_outputs.hpp).
#include "cli/audit/audit_outputs.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <optional>

#include "report/audit_report.hpp"
#include "text/file_identity.hpp"

namespace chipgate::cli {
namespace {

struct Named {
  std::string what;  // "the shipment log `x`"
  FileIdentity id;
};

std::vector<Named> Inputs(const AuditPaths& p) {
  std::vector<Named> out;
  if (p.input != "-") out.push_back({fmt::format("the shipment log `{}`", p.input), IdentityOf(p.input)});
  for (const auto& m : p.maps) out.push_back({fmt::format("the mapping file `{}`", m), IdentityOf(m)});
  return out;
}

// The inputs, then the database and the files SQLite keeps beside it.
std::vector<Named> Protected(const AuditPaths& p) {
  std::vector<Named> out = Inputs(p);
  out.push_back({fmt::format("the database `{}`", p.db), IdentityOf(p.db)});
  for (const char* suffix : {"-journal", "-wal", "-shm"}) {
    out.push_back({fmt::format("the database's {} file `{}{}`", suffix + 1, p.db, suffix), IdentityOf(p.db + suffix)});
  }
  return out;
}

std::optional<std::string> Clash(const FileIdentity& id, const std::vector<Named>& protected_files) {
  for (const auto& p : protected_files) {
    if (p.id == id) return p.what;
  }
  return std::nullopt;
}

// An earlier report carries the marker near the top of the file.
bool IsAuditReport(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head.find(kAuditReportMarker) != std::string::npos;
}

bool CheckReport(const AuditPaths& p, const std::vector<Named>& protected_files, Io& io) {
  if (const auto clash = Clash(IdentityOf(p.report), protected_files)) {
    fmt::print(io.err, "chipgate audit: refusing to write the report over {}\n", *clash);
    return false;
  }
  std::error_code ec;
  const auto status = std::filesystem::status(p.report, ec);
  const std::filesystem::path parent = std::filesystem::path(p.report).parent_path();
  if (!std::filesystem::exists(status) && !parent.empty() && !std::filesystem::is_directory(parent, ec)) {
    fmt::print(io.err, "chipgate audit: cannot write the report {}: folder {} does not exist\n", p.report, parent.string());
    return false;
  }
  if (!std::filesystem::exists(status)) return true;
  if (!std::filesystem::is_regular_file(status)) {
    fmt::print(io.err, "chipgate audit: cannot write the report {}: it exists and is not a regular file\n", p.report);
    return false;
  }
  if (p.force || IsAuditReport(p.report)) return true;
  fmt::print(io.err, "chipgate audit: refusing to overwrite {}: it is not a chipgate audit report\n"
                     "help: choose another --report path, or add --force to replace it\n", p.report);
  return false;
}

}  // namespace

bool CheckAuditPaths(const AuditPaths& p, Io& io) {
  if (const auto clash = Clash(IdentityOf(p.db), Inputs(p))) {
    fmt::print(io.err, "chipgate audit: the database `{}` is {}\n", p.db, *clash);
    return false;
  }
  const std::vector<Named> protected_files = Protected(p);
  const FileIdentity out = IdentityOfDescriptor(fileno(io.out));
  if (out.exists) {
    if (const auto clash = Clash(out, protected_files)) {
      fmt::print(io.err, "chipgate audit: refusing to write standard output over {}\n", *clash);
      return false;
    }
  }
  if (p.report.empty()) return true;
  if (out.exists && out == IdentityOf(p.report)) {
    fmt::print(io.err, "chipgate audit: standard output and --report are the same file `{}`\n", p.report);
    return false;
  }
  return CheckReport(p, protected_files, io);
}

}  // namespace chipgate::cli
