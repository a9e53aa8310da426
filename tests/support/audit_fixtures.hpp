// Test helpers for the audit: run the library over CSV text with the bundled rules and catalog
// and collect every row's outcome, the way the CLI would but in-process.
#pragma once

#include <string>
#include <vector>

#include "audit/audit_mapping.hpp"
#include "audit/counts.hpp"
#include "audit/party_lookup.hpp"
#include "audit/row_verdict.hpp"
#include "catalog/catalog.hpp"
#include "check/model.hpp"
#include "eval/params.hpp"

namespace chipgate::testing {

struct AuditedRowCopy {
  std::uint64_t line = 0;
  std::string shipment_id;
  Verdict verdict = Verdict::kRejected;
  std::string required;
  std::string missing;
  std::vector<std::string> reasons;
  std::vector<std::string> citations;

  std::string AllReasons() const;  // joined with newlines, for EXPECT messages and searches
};

struct AuditOutcome {
  std::vector<std::string> header_problems;
  std::vector<std::string> notes;
  std::vector<AuditedRowCopy> rows;
  AuditCounts counts;

  const AuditedRowCopy* Row(const std::string& shipment_id) const;
};

AuditOutcome AuditText(const std::string& csv, const AuditMapping& mapping = {});
// The same with other rules (a copy of the tree with edits).
AuditOutcome AuditTextWith(const Model& model, const Catalog& catalog, const ParamValues& params, const std::string& csv,
                           const AuditMapping& mapping = {}, const AuditPartyLookup* parties = nullptr);
// The bundled rules and catalog, every row's parties screened against the bundled sample lists.
AuditOutcome AuditTextScreened(const std::string& csv, const AuditMapping& mapping = {});
// CHIPGATE_SOURCE_DIR/tests/data/audit/<name>
std::string AuditFixture(const std::string& name);
std::string ReadFile(const std::string& path);

}  // namespace chipgate::testing
