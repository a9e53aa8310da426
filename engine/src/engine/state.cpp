// Loading an Engine's state (see state.hpp): rules, catalog layers, params, provenance.
#include "engine/state.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "check/rules.hpp"
#include "engine/screening.hpp"
#include "snapshot/snapshot.hpp"
#include "licenses/licenses.hpp"
#include "render/decision_json.hpp"
#include "text/json.hpp"

namespace chipgate {
namespace {

std::string DataDir(const EngineOptions& o) { return o.data_dir.empty() ? std::string(CHIPGATE_DEFAULT_DATA_DIR) : o.data_dir; }

template <class T>
Result<std::shared_ptr<Engine::State>> Failed(Result<T>& r, const SourceSet& sources) {
  Result<std::shared_ptr<Engine::State>> out;
  out.diagnostics = std::move(r.diagnostics);
  Locate(out.diagnostics, sources);
  return out;
}

Provenance ProvenanceOf(const Engine::State& s) {
  Provenance p;
  p.rules_hash = s.model.rules_hash;
  p.catalog_hash = s.catalog_hash;
  p.version = CHIPGATE_VERSION;
  for (const auto& f : s.model.files) p.rule_files.push_back({f.path, f.sha256});
  p.params = ParamTexts(s.model, s.params);
  return p;
}

// The full load: read, parse and check every catalog and rule file into `out`. The failure, with
// located diagnostics, when either has errors. The catalog comes before the rules: a missing data
// folder then says so (C0120, naming the setting to fix) rather than failing on the rules in it.
std::optional<Result<std::shared_ptr<Engine::State>>> LoadFiles(const snapshot::LoadKey& key, const std::string& bundled_catalog_dir,
                                                               snapshot::Loaded& out, snapshot::Origin& origin) {
  Result<Catalog> catalog = LoadCatalog(key.catalog_layers, out.sources);
  if (!catalog.ok()) {
    std::error_code ec;
    if (!std::filesystem::is_directory(bundled_catalog_dir, ec)) {
      catalog.diagnostics.push_back(Error("C0120", fmt::format("the bundled catalog `{}` is missing", bundled_catalog_dir)));
      catalog.diagnostics.back().help = "set the data folder (CHIPGATE_HOME for the command line) to a folder containing `catalog/`";
    }
    return Failed(catalog, out.sources);
  }
  out.catalog = std::move(*catalog.value);
  out.catalog_hash = CatalogHash(out.catalog, out.sources);
  origin.catalog_files = static_cast<std::uint32_t>(out.sources.size());
  Result<Model> model = LoadRules(key.rule_roots, out.sources, &origin.rules);
  if (!model.ok()) return Failed(model, out.sources);
  out.model = std::move(*model.value);
  return std::nullopt;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> ParamTexts(const Model& model, const ParamValues& values) {
  std::vector<std::pair<std::string, std::string>> out;
  for (std::size_t i = 0; i < model.params.size(); ++i) {
    const ParamSym& sym = model.params[i];
    out.emplace_back(sym.name, sym.type == Type::kBool ? (values.bools[i] ? "true" : "false") : values.numbers[i].ToString(6));
  }
  return out;
}

Result<std::shared_ptr<Engine::State>> LoadState(const EngineOptions& options) {
  auto s = std::make_shared<Engine::State>();
  const std::string data = DataDir(options);
  s->bundled_catalog_dir = data + "/catalog";
  snapshot::LoadKey key;
  key.data_dir = data;
  key.rule_roots = options.rules.empty() ? std::vector<std::string>{data + "/rules"} : options.rules;
  key.catalog_layers = {s->bundled_catalog_dir};
  key.catalog_layers.insert(key.catalog_layers.end(), options.catalogs.begin(), options.catalogs.end());
  std::optional<snapshot::Loaded> loaded = snapshot::ReadSnapshot(options.snapshot_dir, key);
  s->loaded_from_snapshot = loaded.has_value();
  if (!loaded) {
    loaded.emplace();
    snapshot::Origin origin;
    if (auto failed = LoadFiles(key, s->bundled_catalog_dir, *loaded, origin)) return std::move(*failed);
    snapshot::WriteSnapshot(options.snapshot_dir, key, *loaded, origin);
  }
  s->sources = std::move(loaded->sources);
  s->model = std::move(loaded->model);
  s->catalog = std::move(loaded->catalog);
  s->catalog_hash = std::move(loaded->catalog_hash);
  s->param_assignments = options.params;
  Result<ParamValues> params = ParseParams(s->model, options.params);
  if (!params.ok()) return Failed(params, s->sources);
  s->params = std::move(*params.value);
  s->provenance = ProvenanceOf(*s);
  std::optional<Date> list_date;
  if (!options.party_list_date.empty() && !(list_date = Date::Parse(options.party_list_date))) {
    Result<bool> bad;
    bad.diagnostics.push_back(Error("Q0103", fmt::format("`{}` is not a date; expected YYYY-MM-DD", options.party_list_date)));
    bad.diagnostics.back().field = "party_list_date";
    return Failed(bad, s->sources);
  }
  s->parties = std::make_shared<const PartyScreen>(options.parties, data + "/lists", list_date, options.unicode_plugin);
  Result<std::shared_ptr<Engine::State>> out;
  if (!options.licenses.empty()) {
    Result<licenses::Register> registers = LoadLicenseRegister(*s, options.licenses, "licenses");
    out.diagnostics = std::move(registers.diagnostics);  // located already; warnings too
    if (!registers.ok()) return out;
    s->licenses = std::make_shared<const licenses::Register>(std::move(*registers.value));
  }
  out.value = std::move(s);
  return out;
}

const Engine::State::Compiled& Engine::State::compiled() const {
  std::call_once(compile_once_, [this] {
    auto c = std::make_unique<Compiled>();
    c->program = Compile(model, params);
    c->bound = Bind(c->program, catalog);
    compiled_ = std::move(c);
  });
  return *compiled_;
}

Engine::State::ScratchLease Engine::State::LeaseScratch() const {
  const Compiled& c = compiled();
  std::unique_ptr<Scratch> scratch;
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (!pool_.empty()) {
      scratch = std::move(pool_.back());
      pool_.pop_back();
    }
  }
  if (!scratch) scratch = std::make_unique<Scratch>(c.program);
  return ScratchLease(*this, std::move(scratch));
}

Engine::State::ScratchLease::~ScratchLease() {
  const std::lock_guard<std::mutex> lock(s_.mutex_);
  s_.pool_.push_back(std::move(scratch_));
}

std::vector<Reason> Engine::State::ClassificationReasons(std::uint32_t item, std::size_t epoch, Date date) const {
  const auto key = std::make_pair(item, epoch);
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (const auto it = classification_cache_.find(key); it != classification_cache_.end()) return it->second;
  }
  const Decision d = ClassifyItem(model, catalog, params, item, date);
  std::vector<Reason> kept;
  for (const auto& r : d.reasons) {
    if (r.kind == ReasonKind::kClassification || r.kind == ReasonKind::kNote) kept.push_back(r);
  }
  const std::lock_guard<std::mutex> lock(mutex_);
  return classification_cache_.emplace(key, std::move(kept)).first->second;
}

const std::string& Engine::State::ProvenanceJson() const {
  std::call_once(provenance_json_once_, [this] {
    JsonWriter w = JsonWriter::ValueAt(render::kProvenanceIndent, render::kProvenanceDepth);
    render::WriteProvenanceValue(w, *this, false);
    provenance_json_ = w.Take();
  });
  return provenance_json_;
}

MetricValues Engine::State::Metrics(std::uint32_t item) const {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (const auto it = metrics_cache_.find(item); it != metrics_cache_.end()) return it->second;
  }
  MetricValues metrics(ItemMetrics(model, catalog, params, item));
  const std::lock_guard<std::mutex> lock(mutex_);
  return metrics_cache_.emplace(item, std::move(metrics)).first->second;
}

}  // namespace chipgate
