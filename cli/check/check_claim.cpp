// The claim of one `check` (see check_claim.hpp).
#include "cli/check/check_claim.hpp"

#include <fmt/format.h>

#include <charconv>

#include "cli/audit/audit_licenses.hpp"
#include "text/json.hpp"

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

std::string ClaimText(const ClaimAnswer& a, const std::string& claimed) {
  std::string out = fmt::format("\nCLAIM\n  claimed: {} ({})\n  verdict: {}\n", claimed, ClaimKindKey(a.claim.kind), VerdictName(a.verdict));
  for (const auto& r : a.reasons) out += fmt::format("  - {}\n", r);
  if (a.license) out += fmt::format("  license register: {}{}\n", a.license->finding, a.license->license_source.empty() ? "" : " (" + a.license->license_source + ")");
  for (const auto& n : a.notes) out += fmt::format("  note: {}\n", n);
  return out;
}

std::string WithClaimJson(std::string decision_json, const ClaimAnswer& a, const std::string& claimed) {
  JsonWriter w;
  w.BeginObject().Field("claimed", claimed).Field("kind", ClaimKindKey(a.claim.kind)).Field("verdict", VerdictName(a.verdict));
  w.StringArray("reasons", a.reasons);
  w.Key("license");
  if (a.license) {
    w.BeginObject().Field("finding", a.license->finding).Field("covered", a.license->covered).Field("text", a.license->sentence);
    w.Field("source", a.license->license_source).EndObject();
  } else {
    w.Null();
  }
  w.StringArray("notes", a.notes).EndObject();
  std::string claim;
  for (const char c : w.str()) claim += c == '\n' ? std::string("\n  ") : std::string(1, c);
  // The decision is one object ending in "}\n"; the claim becomes its last key.
  const auto close = decision_json.rfind('}');
  if (close == std::string::npos) return decision_json;
  return decision_json.substr(0, close == 0 ? 0 : decision_json.find_last_not_of(" \n", close - 1) + 1) + ",\n  \"claim\": " + claim + "\n}\n";
}

}  // namespace chipgate::cli
