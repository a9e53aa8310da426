// Engine::SearchParties: one name against the lists the engine screens questions against
// (engine/screening.hpp), so a search and a decision on the same date see the same entries.
#include <fmt/format.h>

#include "engine/request_errors.hpp"
#include "engine/screening.hpp"
#include "engine/state.hpp"
#include "render/parties_render.hpp"

namespace chipgate {

namespace {

Result<parties::Query> ResolvePartyQuestion(const PartyQuestion& q) {
  if (q.name.empty()) return FailWith<parties::Query>(FieldDiagnostic("Q0204", "name", "the name to search for is empty"));
  parties::Query query{q.name, std::nullopt, Date::TodayUtc()};
  if (!q.country.empty()) {
    Result<CountryCode> c = ResolveCountry(q.country, "country");
    if (!c.ok()) return ForwardFailure<parties::Query>(c);
    query.country = *c;
  }
  if (!q.date.empty()) {
    const std::optional<Date> d = Date::Parse(q.date);
    if (!d) return FailWith<parties::Query>(FieldDiagnostic("Q0103", "date", fmt::format("`{}` is not a date; expected YYYY-MM-DD, like 2024-05-01", q.date)));
    query.date = *d;
  }
  return Succeed(std::move(query));
}

}  // namespace

Result<RenderedAnswer> Engine::SearchParties(const PartyQuestion& question, Format format) const {
  Result<parties::Query> query = ResolvePartyQuestion(question);
  if (!query.ok()) return ForwardFailure<RenderedAnswer>(query);
  bool finding = false;
  Result<std::string> body = state_->parties->SearchWith(*query, [&](const std::vector<parties::Hit>& hits, const parties::PartyIndex& index) {
    finding = !hits.empty();
    return format == Format::kJson ? render::PartyHitsJson(*query, hits, index) : render::PartyHitsText(*query, hits, index);
  });
  if (!body.ok()) return ForwardFailure<RenderedAnswer>(body);
  return Succeed(RenderedAnswer{std::move(*body.value), finding});
}

}  // namespace chipgate
