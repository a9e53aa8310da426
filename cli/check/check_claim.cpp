// The claim of one `check` (see check_claim.hpp).
#include "cli/check/check_claim.hpp"

#include <fmt/format.h>

#include <charconv>

#include "cli/audit/audit_licenses.hpp"

namespace chipgate::cli {
namespace {

std::optional<std::int64_t> Quantity(const std::string& text) {
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n <= 0) return std::nullopt;
  return n;
}

}  // namespace

bool AnswerCheckClaim(const Args& args, const EngineState& session, const Decision& decision, std::optional<ClaimAnswer>& answer, Io& io) {
  const auto claimed = args.Get("--claim");
  if (!claimed) {
    if (!args.Has("--licenses") && !args.Has("--quantity")) return true;
    fmt::print(io.err, "chipgate check: --licenses and --quantity need --claim (what the shipment claims: NLR, an exception code or a license number)\n");
    return false;
  }
  ClaimQuestion q{*claimed, std::nullopt, args.GetOr("--end-user", "")};
  if (const auto text = args.Get("--quantity")) {
    q.quantity = Quantity(*text);
    if (!q.quantity) {
      fmt::print(io.err, "chipgate check: --quantity must be a whole number of units above 0, not `{}`\n", *text);
      return false;
    }
  }
  std::optional<licenses::Register> register_;
  if (const auto paths = args.GetAll("--licenses"); !paths.empty()) {
    register_ = LoadLicenseFiles(paths, session, io);
    if (!register_) return false;
  }
  answer = AnswerClaim(session.catalog, decision, q, register_ ? &*register_ : nullptr);
  return true;
}

}  // namespace chipgate::cli
