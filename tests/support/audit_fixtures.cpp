// In-process audit runs for tests (see audit_fixtures.hpp).
#include "support/audit_fixtures.hpp"

#include <fstream>
#include <sstream>

#include "audit/log_reader.hpp"
#include "audit/row_auditor.hpp"
#include "audit/run.hpp"
#include "audit/sink.hpp"
#include "engine/screening.hpp"
#include "support/bundled.hpp"

namespace chipgate::testing {
namespace {

class Collector : public AuditSink {
 public:
  explicit Collector(std::vector<AuditedRowCopy>& rows) : rows_(rows) {}
  std::optional<std::string> Add(const AuditedRow& r) override {
    rows_.push_back({r.row.line, std::string(r.row.field(AuditColumn::kShipmentId)), r.why.verdict, r.why.required, r.why.missing,
                     r.why.reasons, r.why.citations});
    return std::nullopt;
  }

 private:
  std::vector<AuditedRowCopy>& rows_;
};

}  // namespace

std::string AuditedRowCopy::AllReasons() const {
  std::string out;
  for (const auto& r : reasons) out += r + "\n";
  return out;
}

const AuditedRowCopy* AuditOutcome::Row(const std::string& shipment_id) const {
  for (const auto& r : rows) {
    if (r.shipment_id == shipment_id) return &r;
  }
  return nullptr;
}

AuditOutcome AuditText(const std::string& csv, const AuditMapping& mapping) {
  const Bundled& b = LoadBundled();
  return AuditTextWith(b.model, b.catalog, b.params, csv, mapping);
}

AuditOutcome AuditTextScreened(const std::string& csv, const AuditMapping& mapping) {
  const Bundled& b = LoadBundled();
  static const PartyScreen lists({}, SourcePath("lists"));  // loaded once per test binary; never changed
  return AuditTextWith(b.model, b.catalog, b.params, csv, mapping, &lists);
}

AuditOutcome AuditTextWith(const Model& model, const Catalog& catalog, const ParamValues& params, const std::string& csv,
                           const AuditMapping& mapping, const AuditPartyLookup* parties) {
  std::istringstream in(csv);
  AuditOutcome out;
  ShipmentLogReader reader(in, model, catalog, mapping, std::nullopt);
  out.header_problems = reader.ReadHeader();
  out.notes = reader.notes();
  if (!out.header_problems.empty()) return out;
  RowAuditor auditor(model, catalog, params, parties);
  Collector collector(out.rows);
  AuditSink* sinks[] = {&collector};
  out.counts = RunAudit(reader, auditor, sinks).counts;
  return out;
}

std::string AuditFixture(const std::string& name) { return SourcePath("tests/data/audit/" + name); }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace chipgate::testing
