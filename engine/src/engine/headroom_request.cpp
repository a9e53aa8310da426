// Engine::Headroom (see chipgate/engine.hpp): a HeadroomRequest checked into the analysis's
// query, the margins and flips computed, and rendered as `chipgate headroom` prints them.
#include <fmt/format.h>

#include "analysis/headroom.hpp"
#include "engine/end_user_choice.hpp"
#include "engine/request_errors.hpp"
#include "engine/state.hpp"
#include "render/headroom_render.hpp"
#include "text/json.hpp"

namespace chipgate {

Result<std::string> Engine::Headroom(const HeadroomRequest& request, Format format) const {
  const State& s = *state_;
  Result<std::size_t> item = ResolveItem(s, request.item);
  if (!item.ok()) return ForwardFailure<std::string>(item);
  Result<Date> date = ResolveDate(s, request.date);
  if (!date.ok()) return ForwardFailure<std::string>(date);
  Result<render::EndUserChoice> end_user = ResolveEndUserChoice(request.end_user_hq);
  if (!end_user.ok()) return ForwardFailure<std::string>(end_user);
  HeadroomQuery query;
  query.item = *item;
  query.date = *date;
  if (!request.destination.empty()) {
    Result<CountryCode> destination = ResolveCountry(request.destination, "destination");
    if (!destination.ok()) return ForwardFailure<std::string>(destination);
    query.destination = *destination;
    query.end_user_hq = end_user->For(*destination);
  }
  if (!request.exporter_hq.empty()) {
    Result<CountryCode> exporter = ResolveCountry(request.exporter_hq, "exporter_hq");
    if (!exporter.ok()) return ForwardFailure<std::string>(exporter);
    query.exporter_hq = *exporter;
  }
  const HeadroomReport report = chipgate::Headroom(s.model, s.catalog, s.params, query);
  if (format != Format::kJson) return Succeed(render::HeadroomText(report, s, *end_user));
  JsonWriter w;
  render::WriteHeadroomJson(w, report, s, *end_user);
  return Succeed(w.str() + "\n");
}

}  // namespace chipgate
