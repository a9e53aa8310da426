// Fuzz bodies (see fuzz_inputs.hpp). No catalog is loaded (the fuzzer must not depend on the
// working directory): item ids are never found, ECCN paragraphs are, so both paths run.
#include "fuzz/fuzz_inputs.hpp"

#include <string>

#include "audit/audit_mapping.hpp"
#include "audit/claim.hpp"
#include "licenses/licenses.hpp"

namespace chipgate::fuzz {

void FuzzLicenseRegister(const std::uint8_t* data, std::size_t size) {
  const Catalog catalog;
  const licenses::Vocabulary vocabulary{catalog, {"3A090.a", "3A090.a.1", "3A090.b", "4A090.a"}};
  SourceSet sources;
  licenses::RegisterLimits limits;
  limits.max_list_entries = 64;
  const auto result = licenses::ParseRegister("fuzz.csv", std::string(reinterpret_cast<const char*>(data), size), vocabulary, sources, limits);
  (void)RenderText(result.diagnostics, sources);
  if (!result.ok()) return;
  for (const auto& l : result->licenses()) (void)result->Find(l.number);
}

void FuzzAuditMapping(const std::uint8_t* data, std::size_t size) {
  const Catalog catalog;
  SourceSet sources;
  AuditMapping mapping;
  const auto diagnostics = ParseAuditMapping("fuzz/mapping.toml", std::string(reinterpret_cast<const char*>(data), size), catalog, sources, mapping);
  (void)RenderText(diagnostics, sources);
  for (const auto& [theirs, ours] : mapping.claims) (void)ParseClaim(ours);
}

}  // namespace chipgate::fuzz
