// Engine::RenderCatalog and Engine::RenderItem (see chipgate/engine.hpp): `catalog list` and
// `catalog show` from the engine's snapshot, for the CLI and `GET /v1/catalog[/{id}]` alike.
#include "engine/request_errors.hpp"
#include "engine/state.hpp"
#include "render/catalog_list.hpp"
#include "render/catalog_show.hpp"

namespace chipgate {

std::string Engine::RenderCatalog(Format format) const {
  const State& s = *state_;
  const auto figures = render::FiguresFor(s.model, s.catalog, s.params);
  if (format == Format::kJson) return render::ListJson(s.catalog, figures);
  if (format == Format::kCsv) return render::ListCsv(s.catalog, figures);
  return render::ListText(s.catalog, figures);
}

Result<std::string> Engine::RenderItem(const std::string& id, Format format) const {
  const State& s = *state_;
  Result<std::size_t> index = ResolveItem(s, id);
  if (!index.ok()) return ForwardFailure<std::string>(index);
  const Item& item = s.catalog.items()[*index];
  const render::ItemFigures figures{s.Metrics(static_cast<std::uint32_t>(*index)).values()};
  return Succeed(format == Format::kJson ? render::ShowJson(item, s.catalog, figures, s.model, s.params, s.sources)
                                         : render::ShowText(item, s.catalog, figures, s.model, s.params, s.sources));
}

}  // namespace chipgate
