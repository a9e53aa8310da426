// Engine::RenderRules (see chipgate/engine.hpp): the index of encoded rules on a date, for
// `chipgate rules` and `GET /v1/rules`.
#include <fmt/format.h>

#include "engine/request_errors.hpp"
#include "engine/state.hpp"
#include "render/rules_json.hpp"
#include "report/rules_index.hpp"

namespace chipgate {

Result<std::string> Engine::RenderRules(const std::string& date, Format format) const {
  // Any date is fine for an index (it says what was in force then), so the coverage check of a
  // question does not apply; only the spelling does.
  const std::optional<Date> as_of = date.empty() ? Date::TodayUtc() : Date::Parse(date);
  if (!as_of) {
    return FailWith<std::string>(FieldDiagnostic("Q0103", "date", fmt::format("`{}` is not a date; expected YYYY-MM-DD, like 2024-05-01", date)));
  }
  if (format == Format::kJson) return Succeed(render::RulesIndexJson(state_->model, *as_of));
  return Succeed(RulesIndexMarkdown(state_->model, *as_of));
}

}  // namespace chipgate
