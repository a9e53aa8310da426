// Rendering of party search hits (see parties_render.hpp).
#include "render/parties_render.hpp"

#include <fmt/format.h>

#include "text/json.hpp"

namespace chipgate::render {
namespace {

using parties::Entry;
using parties::Hit;

std::vector<std::string> CountryTexts(const Entry& e) {
  std::vector<std::string> out;
  for (const CountryCode c : e.countries) out.push_back(c.ToString());
  return out;
}

std::string Joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

void WriteProvenance(JsonWriter& w, const parties::PartyList& list) {
  w.Key("lists").BeginArray();
  for (const parties::ListProvenance& f : list.files) {
    w.BeginObject().Field("path", f.path).Field("format", f.format).Field("sha256", f.sha256);
    if (!f.alt_sha256.empty()) w.Field("alt_sha256", f.alt_sha256);
    w.Key("list_date");
    if (f.list_date) w.String(f.list_date->ToString());
    else w.Null();
    w.Key("entries").Int(static_cast<long long>(f.entries)).EndObject();
  }
  w.EndArray();
}

void WriteHit(JsonWriter& w, const Hit& h, const Entry& e) {
  w.BeginObject().Field("name", e.name).Field("matched", h.explanation.matched);
  w.Field("list", parties::SourceListName(e.list)).Field("source", e.source);
  w.Key("score").Number(fmt::format("{:.3f}", h.score)).Field("decision", parties::HitDecisionName(h.decision));
  w.StringArray("countries", CountryTexts(e)).Field("federal_register_notice", e.federal_register_notice);
  w.Key("start_date");
  if (e.start_date) w.String(e.start_date->ToString());
  else w.Null();
  w.Field("license_requirement", e.license_requirement).Field("license_policy", parties::LicensePolicyName(e.license_policy));
  w.Field("license_policy_text", e.license_policy_text);
  const parties::PartyRequirement r = parties::RequirementOf(e);
  w.Field("effect", parties::ListingEffectName(r.effect));
  std::vector<std::string> conditions;
  for (const parties::PartyCondition c : r.conditions) conditions.emplace_back(parties::PartyConditionName(c));
  w.StringArray("conditions", conditions);
  w.Field("explanation", parties::ExplanationText(h.explanation));
  w.EndObject();
}

}  // namespace

std::string PartyHitsJson(const parties::Query& query, const std::vector<Hit>& hits, const parties::PartyIndex& index) {
  JsonWriter w;
  w.BeginObject().Key("query").BeginObject().Field("name", query.name);
  w.Key("country");
  if (query.country) w.String(query.country->ToString());
  else w.Null();
  w.Field("date", query.date.ToString());
  w.Key("match_threshold").Number(fmt::format("{:.2f}", index.thresholds().match));
  w.Key("review_threshold").Number(fmt::format("{:.2f}", index.thresholds().review)).EndObject();
  w.Key("matches").BeginArray();
  for (const Hit& h : hits) WriteHit(w, h, index.list().entries[h.entry]);
  w.EndArray();
  WriteProvenance(w, index.list());
  w.EndObject();
  return w.Take() + "\n";
}

std::string PartyHitsText(const parties::Query& query, const std::vector<Hit>& hits, const parties::PartyIndex& index) {
  std::string out = fmt::format("screening \"{}\"{} on {}: ", query.name,
                                query.country ? " (" + query.country->ToString() + ")" : std::string(), query.date.ToString());
  out += hits.empty() ? fmt::format("no listed party scores {:.2f} or more\n", index.thresholds().review)
                      : fmt::format("{} candidate{}\n", hits.size(), hits.size() == 1 ? "" : "s");
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const Hit& h = hits[i];
    const Entry& e = index.list().entries[h.entry];
    out += fmt::format("\n{}. {} {:.3f}  {}  [{}]\n", i + 1, parties::HitDecisionName(h.decision), h.score, e.name,
                       parties::SourceListName(e.list));
    out += fmt::format("   countries: {}; FR: {}; listed: {}\n", e.countries.empty() ? "-" : Joined(CountryTexts(e)),
                       e.federal_register_notice.empty() ? "-" : e.federal_register_notice,
                       e.start_date ? e.start_date->ToString() : "unknown");
    if (!e.license_requirement.empty()) out += fmt::format("   requirement: {}\n", e.license_requirement);
    out += fmt::format("   policy: {}\n", parties::LicensePolicyName(e.license_policy));
    out += fmt::format("   why: {}\n", parties::ExplanationText(h.explanation));
  }
  for (const parties::ListProvenance& f : index.list().files) {
    out += fmt::format("\nlist {} ({}, {} entries, dated {}, sha256 {})", f.path, f.format, f.entries,
                       f.list_date ? f.list_date->ToString() : "unknown", f.sha256);
  }
  return out + "\n";
}

}  // namespace chipgate::render
