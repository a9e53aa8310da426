// CSV and JSON row writers (see audit_output.hpp). Input text goes through CleanText first, so
// the JSON is valid UTF-8 whatever the log held, and both outputs carry no invisible controls.
#include <fmt/format.h>

#include "audit/text.hpp"
#include "report/audit_output.hpp"
#include "text/csv_writer.hpp"
#include "text/json.hpp"

namespace chipgate {
namespace {

std::string Joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : " | ") + v;
  return out;
}

// The values every output shows for a row, as text ("" for absent).
struct RowText {
  std::string shipment_id, ship_date, item, quantity, destination, end_user, end_user_hq, claimed;

  explicit RowText(const ShipmentRow& row) {
    std::string buffer;
    auto clean = [&buffer](std::string_view v) { return std::string(audit_detail::CleanText(v, buffer)); };
    shipment_id = clean(row.field(AuditColumn::kShipmentId));
    ship_date = clean(row.field(AuditColumn::kShipDate));
    item = clean(row.field(AuditColumn::kItem));
    end_user = clean(row.field(AuditColumn::kEndUser));
    claimed = clean(row.field(AuditColumn::kClaimed));
    if (row.rejected()) {
      destination = clean(row.field(AuditColumn::kDestination));
      end_user_hq = clean(audit_detail::Trim(row.field(AuditColumn::kEndUserHq)));
    } else {
      quantity = std::to_string(row.quantity);
      destination = row.destination.ToString();
      if (row.end_user_hq) end_user_hq = row.end_user_hq->ToString();
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

AuditJsonWriter::AuditJsonWriter(std::FILE* out) : out_(out) { std::fputs("[", out_); }

std::optional<std::string> AuditJsonWriter::Add(const AuditedRow& r) {
  const RowText t(r.row);
  JsonWriter w(0);
  w.BeginObject().Field("shipment_id", t.shipment_id).Key("line").Int(static_cast<long long>(r.row.line));
  w.Field("verdict", VerdictName(r.why.verdict)).Field("required", r.why.required);
  w.StringArray("reasons", r.why.reasons).StringArray("citations", r.why.citations);
  w.Key("missing");
  if (r.why.missing.empty()) {
    w.Null();
  } else {
    w.String(r.why.missing);
  }
  w.Field("ship_date", t.ship_date).Field("item", t.item).Key("item_id");
  if (r.why.item_id.empty()) {
    w.Null();
  } else {
    w.String(r.why.item_id);
  }
  w.Key("quantity");
  if (t.quantity.empty()) {
    w.Null();
  } else {
    w.Number(t.quantity);
  }
  w.Field("destination", t.destination).Field("end_user", t.end_user).Key("end_user_hq");
  if (t.end_user_hq.empty()) {
    w.Null();
  } else {
    w.String(t.end_user_hq);
  }
  w.Field("claimed", t.claimed).EndObject();
  line_ = first_ ? "\n" : ",\n";
  first_ = false;
  line_ += w.str();
  if (std::fwrite(line_.data(), 1, line_.size(), out_) != line_.size()) return "writing the JSON output failed";
  return std::nullopt;
}

void AuditJsonWriter::Finish() { std::fputs(first_ ? "]\n" : "\n]\n", out_); }

}  // namespace chipgate
