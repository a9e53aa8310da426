// FitCountry, ExplainHit and ExplanationText (see explain_hit.hpp and parties.hpp).
#include "parties/explain_hit.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace chipgate::parties {
namespace {

constexpr double kCountryListed = 0.05;
constexpr double kCountryRelated = 0.03;
constexpr double kCountryDiffers = -0.08;

bool InGreaterChina(CountryCode c) {
  const std::string s = c.ToString();
  return s == "CN" || s == "HK" || s == "MO";
}

std::string Codes(const std::vector<CountryCode>& countries) {
  std::string out;
  for (const CountryCode c : countries) out += (out.empty() ? "" : ", ") + c.ToString();
  return out;
}

std::string Joined(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : std::string(separator)) + w;
  return out;
}

}  // namespace

CountryFit FitCountry(const Entry& entry, std::optional<CountryCode> country, double name_score) {
  if (!country) return {};
  if (entry.countries.empty()) return {0, "the entry lists no country"};
  const auto& cs = entry.countries;
  if (std::find(cs.begin(), cs.end(), *country) != cs.end()) {
    return {kCountryListed, fmt::format("country {} is listed (+{:.2f})", country->ToString(), kCountryListed)};
  }
  if (InGreaterChina(*country) && std::any_of(cs.begin(), cs.end(), InGreaterChina)) {
    return {kCountryRelated, fmt::format("country {} is treated as China, listed {} (+{:.2f})", country->ToString(),
                                         Codes(cs), kCountryRelated)};
  }
  if (name_score >= 1.0) {
    return {0, fmt::format("country {} differs from the listed {}; not lowered, the name matches exactly",
                           country->ToString(), Codes(cs))};
  }
  return {kCountryDiffers, fmt::format("country {} differs from the listed {} ({:.2f})", country->ToString(), Codes(cs),
                                       kCountryDiffers)};
}

Explanation ExplainHit(const HitParts& parts) {
  const Entry& entry = parts.list.entries[parts.name.entry];
  const NameIndex& index = parts.index;
  Explanation e;
  e.alias = parts.name.name > 0;
  e.matched = e.alias ? entry.aliases[parts.name.name - 1] : entry.name;
  const std::uint32_t* tokens = &index.tokens[parts.name.token_begin];
  std::vector<bool> q_paired(parts.query.tokens.size(), false);
  std::vector<bool> c_paired(parts.name.token_count, false);
  for (const Pairing& p : parts.scored.pairs) {
    std::vector<std::string> q, c;
    for (std::uint32_t i = p.q_first; i < p.q_first + p.q_count; ++i) {
      q.push_back(parts.query.tokens[i].text);
      q_paired[i] = true;
    }
    for (std::uint32_t j = p.c_first; j < p.c_first + p.c_count; ++j) {
      c.push_back(index.vocabulary.text(tokens[j]));
      c_paired[j] = true;
    }
    e.pairs.push_back({Joined(q, " "), Joined(c, " "), p.similarity});
  }
  for (std::size_t i = 0; i < q_paired.size(); ++i) {
    if (!q_paired[i]) e.unpaired_query.push_back(parts.query.tokens[i].text);
  }
  for (std::size_t j = 0; j < c_paired.size(); ++j) {
    if (!c_paired[j]) e.unpaired_list.push_back(index.vocabulary.text(tokens[j]));
  }
  e.query_steps = StepNames(parts.query.steps);
  e.list_steps = StepNames(parts.name.steps);
  e.name_score = parts.name_score;
  e.country_adjustment = parts.country.adjustment;
  e.country_note = parts.country.note;
  e.listing_date_unknown = !entry.start_date;
  return e;
}

std::string ExplanationText(const Explanation& e) {
  std::vector<std::string> pairs;
  for (const TokenPair& p : e.pairs) pairs.push_back(fmt::format("{}~{} {:.2f}", p.query_token, p.list_token, p.similarity));
  std::string out = fmt::format("{} \"{}\" scored {:.3f}: paired {}", e.alias ? "alias" : "name", e.matched,
                                e.name_score, pairs.empty() ? "nothing" : Joined(pairs, ", "));
  if (!e.unpaired_query.empty()) out += fmt::format("; unpaired in the query: {}", Joined(e.unpaired_query, " "));
  if (!e.unpaired_list.empty()) out += fmt::format("; unpaired in the list: {}", Joined(e.unpaired_list, " "));
  if (!e.query_steps.empty()) out += fmt::format("; query: {}", Joined(e.query_steps, ", "));
  if (!e.list_steps.empty()) out += fmt::format("; listed name: {}", Joined(e.list_steps, ", "));
  if (!e.country_note.empty()) out += "; " + e.country_note;
  if (e.listing_date_unknown) out += "; the listing date is unknown, so the entry is applied on every date";
  return out;
}

}  // namespace chipgate::parties
