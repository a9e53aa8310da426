// Checking a Question into a Query (see state.hpp). Each problem is a diagnostic naming the
// field, with what was expected and, for a misspelt item, the nearest ids.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "engine/request_errors.hpp"
#include "engine/state.hpp"
#include "text/spelling.hpp"

namespace chipgate {

Result<std::size_t> ResolveItem(const Engine::State& s, const std::string& id) {
  if (const auto index = s.catalog.IndexOf(id)) return Succeed(*index);
  std::vector<std::string> ids;
  std::vector<std::string> extensions;  // ids the user may have typed the start of
  for (const auto& item : s.catalog.items()) {
    ids.push_back(item.id);
    if (!id.empty() && item.id.rfind(id, 0) == 0) extensions.push_back(item.id);
  }
  Diagnostic d = FieldDiagnostic("Q0101", "item", fmt::format("unknown item `{}`: not in the catalog", id));
  if (!extensions.empty() && extensions.size() <= 3) {
    d.help = fmt::format("did you mean `{}`?", fmt::join(extensions, "`, `"));
  } else if (const auto near = ClosestMatch(id, ids)) {
    d.help = fmt::format("did you mean `{}`?", *near);
  } else {
    d.help = "`chipgate catalog list` shows the item ids; `--catalog FILE` adds items";
  }
  return FailWith<std::size_t>(std::move(d));
}

Result<CountryCode> ResolveCountry(const std::string& text, const char* field) {
  if (const auto code = CountryCode::Parse(text)) return Succeed(*code);
  return FailWith<CountryCode>(FieldDiagnostic(
      "Q0102", field,
      fmt::format("`{}` is not a country code; expected an ISO 3166-1 alpha-2 code such as CN, MY or DE{}", text,
                  text == "UK" || text == "uk" ? " (the United Kingdom is GB)" : "")));
}

Result<Date> ResolveDate(const Engine::State& s, const std::string& text) {
  const std::optional<Date> date = text.empty() ? Date::TodayUtc() : Date::Parse(text);
  if (!date) return FailWith<Date>(FieldDiagnostic("Q0103", "date", fmt::format("`{}` is not a date; expected YYYY-MM-DD, like 2024-05-01", text)));
  if (const auto problem = CheckQueryDate(s.model, *date)) return FailWith<Date>(FieldDiagnostic("Q0104", "date", *problem));
  return Succeed(*date);
}

// "none" states that no end use applies; the named ones apply and the others do not.
Result<std::optional<std::uint32_t>> ResolveEndUses(const std::vector<std::string>& texts) {
  std::uint32_t mask = 0;
  bool none = false;
  for (const auto& t : texts) {
    if (t == "none") {
      none = true;
      continue;
    }
    const auto e = EndUseByKey(t);
    if (!e) {
      std::string keys;
      for (std::size_t i = 0; i < kEndUseCount; ++i) keys += std::string(", ") + EndUseKey(static_cast<EndUse>(i));
      return FailWith<std::optional<std::uint32_t>>(FieldDiagnostic("Q0105", "end_use", fmt::format("`{}` is not an end use; expected none{}", t, keys)));
    }
    mask |= 1U << static_cast<unsigned>(*e);
  }
  if (none && mask != 0) {
    return FailWith<std::optional<std::uint32_t>>(FieldDiagnostic("Q0105", "end_use", "`none` contradicts the end uses stated with it"));
  }
  return Succeed(std::optional<std::uint32_t>(mask));
}

Result<NamedParties> ResolveParties(const Question& q, CountryCode destination) {
  NamedParties p;
  p.end_user = q.end_user;
  p.consignee = q.consignee;
  p.purchaser = q.purchaser;
  p.end_user_parent = q.end_user_parent;
  // Where a party is, when the question does not say: the destination (the address shipped to).
  p.consignee_country = destination;
  p.end_user_country = destination;
  if (!q.end_user_country.empty()) {
    Result<CountryCode> c = ResolveCountry(q.end_user_country, "end_user_country");
    if (!c.ok()) {
      Result<NamedParties> out;
      out.diagnostics = std::move(c.diagnostics);
      return out;
    }
    p.end_user_country = *c.value;
  }
  return Succeed(std::move(p));
}

Result<Query> ResolveQuestion(const Engine::State& s, const Question& q) {
  Result<Query> out;
  Query query;
  auto take = [&](auto result, auto& into) {
    if (result.ok()) {
      into = *result.value;
    } else {
      for (auto& d : result.diagnostics) out.diagnostics.push_back(std::move(d));
    }
  };
  take(ResolveItem(s, q.item), query.item);
  take(ResolveCountry(q.destination, "destination"), query.destination);
  for (const auto& [text, field, into] : {std::tuple{&q.end_user_hq, "end_user_hq", &query.end_user_hq},
                                          std::tuple{&q.exporter_hq, "exporter_hq", &query.exporter_hq}}) {
    if (text->empty()) continue;
    CountryCode c;
    take(ResolveCountry(*text, field), c);
    if (out.diagnostics.empty() || out.diagnostics.back().field != field) *into = c;
  }
  take(ResolveDate(s, q.date), query.date);
  if (!q.transaction.empty()) {
    if (const auto t = TransactionByName(q.transaction)) {
      query.transaction = *t;
    } else {
      out.diagnostics.push_back(FieldDiagnostic("Q0106", "transaction", fmt::format("`{}` is not a transaction; expected export, reexport or transfer", q.transaction)));
    }
  }
  if (!q.end_use.empty()) take(ResolveEndUses(q.end_use), query.end_uses);
  if (!q.exporter.empty()) query.exporter = q.exporter;
  query.uae_approved_entity = q.uae_approved_entity;
  if (out.diagnostics.empty()) out.value = query;
  return out;
}

}  // namespace chipgate
