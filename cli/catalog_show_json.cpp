// `catalog show` as JSON (see catalog_show.hpp): the same content as the text form, for tools.
// Every number field is present (null when unknown); precisions are present only when the item
// supports them, because an absent precision means "not supported", not "unknown".
#include "catalog_format.hpp"
#include "catalog_show.hpp"
#include "chipgate/json.hpp"

namespace chipgate::cli {
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

void Tpp(JsonWriter& json, const TppValue& tpp, const BitLengths& bits) {
  json.Key("tpp").BeginObject();
  WriteNumber(json.Key("value"), tpp.value);
  json.Field("explanation", ExplainTpp(tpp));
  json.Key("tf32_bits").Int(bits.of(Precision::kTf32));
  json.Key("precisions").BeginArray();
  for (const Precision p : tpp.winners) json.String(PrecisionKey(p));
  json.EndArray();
  json.Key("terms").BeginArray();
  for (const TppTerm& t : tpp.terms) {
    json.BeginObject().Field("precision", PrecisionKey(t.precision));
    WriteNumber(json.Key("dense_tops"), t.dense_tops);
    json.Key("bits").Int(t.bits);
    WriteNumber(json.Key("tpp"), t.tpp);
    json.EndObject();
  }
  json.EndArray();
  StringOrNull(json, "missing", tpp.missing);
  json.EndObject();
}

void Pd(JsonWriter& json, const PdValue& pd) {
  json.Key("pd").BeginObject();
  WriteNumber(json.Key("value"), pd.value);
  json.Field("explanation", ExplainPd(pd));
  WriteNumber(json.Key("tpp"), pd.tpp);
  WriteNumber(json.Key("die_area_mm2"), pd.die_area_mm2);
  StringOrNull(json, "missing", pd.missing);
  json.EndObject();
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

std::string ShowJson(const Item& item, const Catalog& catalog, const BitLengths& bits,
                     const SourceSet& sources) {
  JsonWriter json;
  json.BeginObject();
  json.Field("id", item.id).Field("vendor", item.vendor).Field("name", item.name);
  json.Field("kind", ItemKindKey(item.kind));
  WriteBool(json.Key("datacenter"), item.datacenter);
  for (const NumberFieldInfo& info : NumberFields()) WriteNumber(json.Key(info.key), item.number(info.field));
  Tops(json, "dense_tops", item.dense_tops);
  Tops(json, "sparse_tops", item.sparse_tops);
  StringOrNull(json, "memory_type", item.memory_type);
  const TppValue tpp = ComputeTpp(item, bits);
  Tpp(json, tpp, bits);
  Pd(json, ComputePd(item, tpp));
  Contents(json, item, catalog);
  Sources(json, item);
  StringOrNull(json, "notes", item.notes);
  StringOrNull(json, "confidence", item.confidence);
  json.Field("file", sources.file(item.span.file).path());
  json.EndObject();
  return json.Take() + "\n";
}

}  // namespace chipgate::cli
