// `chipgate licenses` output (see licenses_render.hpp). Quantities are exact: the register's
// Rational less the whole units recorded, printed without rounding.
#include "cli/licenses/licenses_render.hpp"

#include <fmt/format.h>

#include "text/json.hpp"
#include "render/text_table.hpp"

namespace chipgate::cli {
namespace {

using render::Align;
using render::TextTable;

std::string Amount(const std::optional<Rational>& value) { return value ? value->ToString(12) : "unlimited"; }

std::string Destinations(const licenses::License& l) {
  std::string out;
  for (const auto& d : l.destinations) out += (out.empty() ? "" : ";") + d.ToString();
  return out;
}

}  // namespace

std::vector<LicenseBalance> Balances(const licenses::Register& register_, const std::vector<LicenseUseRecord>& uses) {
  std::vector<LicenseBalance> out;
  for (const auto& l : register_.licenses()) out.push_back({&l, 0, 0, l.quantity});
  for (const auto& u : uses) {
    const auto index = register_.Find(u.license_number);
    if (!index) continue;
    LicenseBalance& b = out[*index];
    b.used += u.quantity;
    ++b.shipments;
  }
  for (auto& b : out) {
    if (b.left) b.left = Rational::Sub(*b.license->quantity, Rational(b.used));
  }
  return out;
}

std::string LicensesText(const std::vector<LicenseBalance>& balances, const std::string& db_path) {
  TextTable table({{"license"}, {"valid"}, {"destinations"}, {"end user"}, {"authorised", Align::kRight}, {"used", Align::kRight},
                   {"left", Align::kRight}, {"shipments", Align::kRight}});
  for (const auto& b : balances) {
    const licenses::License& l = *b.license;
    table.AddRow({l.number, fmt::format("{} to {}", l.valid_from.ToString(), l.valid_to.ToString()), Destinations(l), l.end_user, Amount(l.quantity),
                  std::to_string(b.used), Amount(b.left), std::to_string(b.shipments)});
  }
  std::string out = table.Render();
  out += db_path.empty() ? "\nno --db given: nothing is recorded as used\n" : fmt::format("\nused: as recorded by the audits in {}\n", db_path);
  return out;
}

std::string LicensesJson(const std::vector<LicenseBalance>& balances, const std::string& db_path) {
  JsonWriter w;
  w.BeginObject().Field("database", db_path).Key("licenses").BeginArray();
  for (const auto& b : balances) {
    const licenses::License& l = *b.license;
    w.BeginObject().Field("license_number", l.number).Field("source", l.source);
    w.Field("valid_from", l.valid_from.ToString()).Field("valid_to", l.valid_to.ToString());
    std::vector<std::string> destinations;
    for (const auto& d : l.destinations) destinations.push_back(d.ToString());
    w.StringArray("destinations", destinations).Field("end_user", l.end_user);
    w.Key("authorised");
    l.quantity ? w.Number(l.quantity->ToString(12)) : w.Null();
    w.Key("used").Int(b.used).Key("left");
    b.left ? w.Number(b.left->ToString(12)) : w.Null();
    w.Key("shipments").Int(static_cast<long long>(b.shipments)).EndObject();
  }
  w.EndArray().EndObject();
  return w.Take() + "\n";
}

}  // namespace chipgate::cli
