// The three renderings of `catalog list` (see catalog_list.hpp). The row model is computed
// once per item so every format shows the same figures.
#include "render/catalog_list.hpp"

#include "render/catalog_format.hpp"
#include "text/csv_writer.hpp"
#include "text/json.hpp"
#include "render/text_table.hpp"

namespace chipgate::render {
namespace {

struct Row {
  const Item* item;
  std::optional<Rational> tpp;
  std::optional<Rational> pd;
  std::optional<Rational> interconnect;
};

std::vector<Row> Rows(const Catalog& catalog, const std::vector<ItemFigures>& figures) {
  std::vector<Row> rows;
  for (std::size_t i = 0; i < catalog.size(); ++i) {
    const Item& item = catalog.items()[i];
    rows.push_back({&item, figures[i].Value("tpp"), figures[i].Value("pd"), item.number(NumberField::kInterconnectBidirGbps)});
  }
  return rows;
}

}  // namespace

std::string ListText(const Catalog& catalog, const std::vector<ItemFigures>& figures) {
  TextTable table({{"id"}, {"name"}, {"vendor"}, {"kind"}, {"TPP", Align::kRight},
                   {"PD", Align::kRight}, {"interconnect (GB/s)", Align::kRight}, {"datacenter"}});
  for (const Row& r : Rows(catalog, figures)) {
    table.AddRow({r.item->id, r.item->name, r.item->vendor, std::string(ItemKindKey(r.item->kind)),
                  MetricText(r.tpp), MetricText(r.pd, kTextPdDigits), MetricText(r.interconnect),
                  DatacenterText(r.item->datacenter)});
  }
  return table.Render();
}

std::string ListJson(const Catalog& catalog, const std::vector<ItemFigures>& figures) {
  JsonWriter json;
  json.BeginArray();
  for (const Row& r : Rows(catalog, figures)) {
    json.BeginObject();
    json.Field("id", r.item->id).Field("name", r.item->name).Field("vendor", r.item->vendor);
    json.Field("kind", ItemKindKey(r.item->kind));
    WriteNumber(json.Key("tpp"), r.tpp);
    WriteNumber(json.Key("pd"), r.pd);
    WriteNumber(json.Key("interconnect_bidir_gbps"), r.interconnect);
    WriteBool(json.Key("datacenter"), r.item->datacenter);
    json.EndObject();
  }
  json.EndArray();
  return json.Take() + "\n";
}

std::string ListCsv(const Catalog& catalog, const std::vector<ItemFigures>& figures) {
  std::string out = CsvTextLine({"id", "name", "vendor", "kind", "tpp", "pd", "interconnect_bidir_gbps", "datacenter"});
  CsvLine line;
  for (const Row& r : Rows(catalog, figures)) {
    const auto& dc = r.item->datacenter;
    line.Text(r.item->id).Text(r.item->name).Text(r.item->vendor).Text(ItemKindKey(r.item->kind));
    line.Number(CsvNumber(r.tpp)).Number(CsvNumber(r.pd)).Number(CsvNumber(r.interconnect));
    out += line.Text(dc ? (*dc ? "true" : "false") : "").Finish();
  }
  return out;
}

}  // namespace chipgate::render
