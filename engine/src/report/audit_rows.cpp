// CSV and JSON row writers (see audit_output.hpp). Input text goes through CleanText first, so
// the JSON is valid UTF-8 whatever the log held, and both outputs carry no invisible controls.
#include <fmt/format.h>

#include "audit/text.hpp"
#include "report/audit_output.hpp"
#include "text/csv_writer.hpp"
#include "text/json.hpp"
#include "render/decision_json.hpp"

namespace chipgate {
namespace {

std::string Joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : " | ") + v;
  return out;
}

// The values every output shows for a row, as text ("" for absent).
struct RowText {
  std::string shipment_id, ship_date, item, quantity, destination, end_user, end_user_hq, exporter_hq, claimed;
  std::string consignee, purchaser, end_user_parent;

  explicit RowText(const ShipmentRow& row) {
    std::string buffer;
    auto clean = [&buffer](std::string_view v) { return std::string(audit_detail::CleanText(v, buffer)); };
    shipment_id = clean(row.field(AuditColumn::kShipmentId));
    ship_date = clean(row.field(AuditColumn::kShipDate));
    item = clean(row.field(AuditColumn::kItem));
    end_user = clean(row.field(AuditColumn::kEndUser));
    claimed = clean(row.field(AuditColumn::kClaimed));
    consignee = clean(audit_detail::Trim(row.field(AuditColumn::kConsignee)));
    purchaser = clean(audit_detail::Trim(row.field(AuditColumn::kPurchaser)));
    end_user_parent = clean(audit_detail::Trim(row.field(AuditColumn::kEndUserParent)));
    if (row.rejected()) {
      destination = clean(row.field(AuditColumn::kDestination));
      end_user_hq = clean(audit_detail::Trim(row.field(AuditColumn::kEndUserHq)));
    } else {
      quantity = std::to_string(row.quantity);
      destination = row.destination.ToString();
      if (row.end_user_hq) end_user_hq = row.end_user_hq->ToString();
      if (row.exporter_hq) exporter_hq = row.exporter_hq->ToString();
    }
  }
};

}  // namespace

AuditCsvWriter::AuditCsvWriter(std::FILE* out) : out_(out) {
  std::fputs("line,shipment_id,ship_date,item,item_id,quantity,destination,end_user,end_user_hq,claimed,verdict,required,missing,"
             "reasons,citations\r\n",
             out_);
}

std::optional<std::string> AuditCsvWriter::Add(const AuditedRow& r) {
  const RowText t(r.row);
  CsvLine line;
  line.Number(std::to_string(r.row.line)).Text(t.shipment_id).Text(t.ship_date).Text(t.item).Text(r.why.item_id).Number(t.quantity);
  line.Text(t.destination).Text(t.end_user).Text(t.end_user_hq).Text(t.claimed).Text(VerdictName(r.why.verdict));
  line.Text(r.why.required).Text(r.why.missing).Text(Joined(r.why.reasons)).Text(Joined(r.why.citations));
  line_ = line.Finish();
  if (std::fwrite(line_.data(), 1, line_.size(), out_) != line_.size()) return "writing the CSV output failed";
  return std::nullopt;
}

namespace {

void OptionalText(JsonWriter& w, std::string_view key, const std::string& value) {
  w.Key(key);
  if (value.empty()) {
    w.Null();
  } else {
    w.String(value);
  }
}

// The determination in `check --format json`'s keys and types.
void WriteDetermination(JsonWriter& w, const RowExplanation& e, const Model& model) {
  w.Field("status", e.outcome == Outcome::kIndeterminate ? "indeterminate" : "determined");
  w.Field("outcome", std::string(OutcomeKey(e.outcome)));
  w.Key("classifications").BeginArray();
  for (const auto& c : e.Paragraphs()) w.String(c);
  w.EndArray().Key("criteria").BeginArray();
  for (const auto& c : e.Criteria()) w.String(c);
  w.EndArray();
  render::WriteTristateJson(w, "license_required", e.license_required);
  render::WriteReviewPolicyJson(w, e.license_required, e.review, e.review_known);
  w.StringArray("license_exceptions", e.exceptions);
  w.StringArray("missing", e.missing_inputs);
  render::WriteReasonsJson(w, model, e.typed_reasons, e.party_hits);
  w.Key("parties_screened").Bool(e.parties_screened);
  w.Key("parties").BeginArray();
  for (const auto& h : e.party_hits) {  // check's keys
    w.BeginObject().Field("role", std::string(PartyRoleKey(h.role))).Field("name", h.queried).Field("entry", h.entry);
    w.Field("matched", h.matched).Field("list", h.list).Key("score").Number(fmt::format("{:.4f}", h.score));
    w.Field("decision", h.match ? "match" : "review").Field("effect", std::string(PartyEffectKey(h.effect)));
    w.Field("federal_register_notice", h.citation).EndObject();
  }
  w.EndArray();
}

void WriteRow(JsonWriter& w, const AuditedRow& r, const Model& model) {
  const RowText t(r.row);
  const RowExplanation& e = r.why;
  const bool rejected = e.verdict == Verdict::kRejected;
  w.Key("line").Int(static_cast<long long>(r.row.line)).Field("shipment_id", t.shipment_id);
  w.Field("verdict", VerdictName(e.verdict)).Field("ship_date", t.ship_date);
  OptionalText(w, "date", rejected ? std::string() : r.row.date.ToString());
  w.Field("item", t.item);
  OptionalText(w, "item_id", e.item_id);
  w.Key("quantity");
  if (t.quantity.empty()) {
    w.Null();
  } else {
    w.Number(t.quantity);
  }
  w.Field("destination", t.destination).Field("end_user", t.end_user);
  OptionalText(w, "end_user_hq", t.end_user_hq);
  OptionalText(w, "exporter_hq", t.exporter_hq);
  OptionalText(w, "consignee", t.consignee);
  OptionalText(w, "purchaser", t.purchaser);
  OptionalText(w, "end_user_parent", t.end_user_parent);
  w.Field("claimed", t.claimed);
  if (rejected) {
    w.Field("status", "rejected").Key("outcome").Null();
    w.Field("reject_reason", e.reasons.empty() ? std::string() : e.reasons.front());
  } else {
    WriteDetermination(w, e, model);
    w.Field("required", e.required);
    OptionalText(w, "license_finding", e.license_finding ? std::string(licenses::FindingName(*e.license_finding)) : std::string());
  }
  // The auditor's reading, verdict first, as the report and the database show it.
  w.StringArray("verdict_reasons", e.reasons).StringArray("citations", e.citations);
}

}  // namespace

std::string PartyListsJson(const std::vector<Provenance::PartyListFile>& files) {
  JsonWriter w(0);
  w.BeginArray();
  for (const auto& f : files) {
    w.BeginObject().Field("path", f.path).Field("sha256", f.sha256);
    OptionalText(w, "list_date", f.list_date);
    w.EndObject();
  }
  w.EndArray();
  return w.str();
}

AuditJsonWriter::AuditJsonWriter(std::FILE* out, const Model& model, const AuditRunHeader& run, Shape shape)
    : out_(out), model_(model), shape_(shape) {
  JsonWriter w(0);
  w.BeginObject();
  if (shape_ == Shape::kLines) w.Field("type", "run");
  w.Key("run_id").Int(run.run_id).Field("started_at", run.started_at).Field("input", run.input_path);
  w.Field("rules_hash", run.rules_sha256).Field("catalog_hash", run.catalog_sha256).Field("chipgate_version", run.chipgate_version);
  OptionalText(w, "rules_current_to", run.rules_current_to);
  w.Key("params").Raw(run.params_json.empty() ? "{}" : run.params_json);
  w.Key("party_lists").Raw(run.party_lists_json.empty() ? "[]" : run.party_lists_json).EndObject();
  line_ = shape_ == Shape::kLines ? w.str() + "\n" : "{\"run\": " + w.str() + ",\n\"rows\": [";
  std::fwrite(line_.data(), 1, line_.size(), out_);
}

std::optional<std::string> AuditJsonWriter::Add(const AuditedRow& r) {
  JsonWriter w(0);
  w.BeginObject();
  if (shape_ == Shape::kLines) w.Field("type", "row");
  WriteRow(w, r, model_);
  w.EndObject();
  if (shape_ == Shape::kLines) {
    line_ = w.str() + "\n";
  } else {
    line_ = first_ ? "\n" : ",\n";
    line_ += w.str();
  }
  first_ = false;
  if (std::fwrite(line_.data(), 1, line_.size(), out_) != line_.size()) return "writing the JSON output failed";
  return std::nullopt;
}

void AuditJsonWriter::Finish(const AuditCounts& counts) {
  JsonWriter w(0);
  w.BeginObject();
  if (shape_ == Shape::kLines) w.Field("type", "summary");
  w.Key("read").Int(static_cast<long long>(counts.read)).Key("decided").Int(static_cast<long long>(counts.decided));
  w.Key("rejected").Int(static_cast<long long>(counts.rejected)).Key("blank_lines").Int(static_cast<long long>(counts.blank_lines));
  w.Key("verdicts").BeginObject();
  for (std::size_t v = 0; v < kVerdictCount; ++v) {
    w.Key(VerdictName(static_cast<Verdict>(v))).Int(static_cast<long long>(counts.by_verdict[v]));
  }
  w.EndObject().EndObject();
  line_ = shape_ == Shape::kLines ? w.str() + "\n" : std::string(first_ ? "]" : "\n]") + ",\n\"summary\": " + w.str() + "}\n";
  std::fwrite(line_.data(), 1, line_.size(), out_);
}

}  // namespace chipgate
