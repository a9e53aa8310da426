// `catalog show` as JSON (see catalog_show.hpp): the same content as the text form, for tools.
// Every number field is present (null when unknown); precisions are present only when the item
// supports them, because an absent precision means "not supported", not "unknown".
#include "render/catalog_format.hpp"
#include "render/catalog_show.hpp"
#include "render/decision_json.hpp"
#include "text/json.hpp"

namespace chipgate::render {
namespace {

void StringOrNull(JsonWriter& json, std::string_view key, const std::string& value) {
  json.Key(key);
  if (value.empty()) {
    json.Null();
  } else {
    json.String(value);
  }
}

void Tops(JsonWriter& json, std::string_view key,
          const std::array<std::optional<Rational>, kPrecisionCount>& tops) {
  json.Key(key).BeginObject();
  for (std::size_t i = 0; i < kPrecisionCount; ++i) {
    if (tops[i]) WriteNumber(json.Key(PrecisionKey(static_cast<Precision>(i))), tops[i]);
  }
  json.EndObject();
}

void Metrics(JsonWriter& json, const ItemFigures& figures) {
  json.Key("metrics").BeginArray();
  for (const MetricValue& m : figures.metrics) {
    json.BeginObject().Field("name", m.name).Field("title", m.title);
    WriteNumber(json.Key("value"), m.value);
    json.Field("unit", m.unit).Field("arithmetic", m.arithmetic).StringArray("missing", m.missing);
    json.Key("winners").BeginArray();
    for (const Precision p : m.winners) json.String(PrecisionKey(p));
    json.EndArray();
    json.Key("terms").BeginArray();
    for (const MetricTerm& t : m.terms) {
      json.BeginObject().Field("precision", PrecisionKey(t.precision)).Field("arithmetic", t.arithmetic);
      WriteNumber(json.Key("value"), t.value);
      json.EndObject();
    }
    json.EndArray();
    json.EndObject();
  }
  json.EndArray();
}


void Contents(JsonWriter& json, const Item& item, const Catalog& catalog) {
  json.Key("contains").BeginArray();
  for (const Contained& c : item.contains) {
    const Item* part = catalog.Find(c.item);
    json.BeginObject().Field("item", c.item).Key("count").Int(c.count);
    StringOrNull(json, "name", part != nullptr ? part->name : "");
    json.EndObject();
  }
  json.EndArray();
}

void Sources(JsonWriter& json, const Item& item) {
  json.Key("sources").BeginArray();
  for (const SourceRef& s : item.sources) {
    json.BeginObject().Field("title", s.title);
    StringOrNull(json, "url", s.url);
    json.EndObject();
  }
  json.EndArray();
}

}  // namespace

std::string ShowJson(const Item& item, const Catalog& catalog, const ItemFigures& figures, const Model& model,
                     const ParamValues& params, const SourceSet& sources) {
  JsonWriter json;
  json.BeginObject();
  json.Field("id", item.id).Field("vendor", item.vendor).Field("name", item.name);
  json.Field("kind", ItemKindKey(item.kind));
  WriteBool(json.Key("datacenter"), item.datacenter);
  for (const NumberFieldInfo& info : NumberFields()) WriteNumber(json.Key(info.key), item.number(info.field));
  Tops(json, "dense_tops", item.dense_tops);
  Tops(json, "sparse_tops", item.sparse_tops);
  StringOrNull(json, "memory_type", item.memory_type);
  StringOrNull(json, "vendor_eccn", item.vendor_eccn);
  StringOrNull(json, "vendor_eccn_source", item.vendor_eccn_source);
  WriteBool(json.Key("mass_market_encryption"), item.mass_market_encryption);
  WriteNumber(json.Key("tpp"), figures.Value("tpp"));
  WriteNumber(json.Key("pd"), figures.Value("pd"));
  Metrics(json, figures);
  json.Key("params");
  WriteParamsJson(json, model, params);
  Contents(json, item, catalog);
  Sources(json, item);
  StringOrNull(json, "notes", item.notes);
  StringOrNull(json, "confidence", item.confidence);
  json.Field("file", sources.file(item.span.file).path());
  json.EndObject();
  return json.Take() + "\n";
}

}  // namespace chipgate::render
