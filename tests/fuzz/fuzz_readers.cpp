// Fuzz bodies for the log and catalog readers (see fuzz_readers.hpp).
#include "fuzz/fuzz_readers.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "audit/audit_mapping.hpp"
#include "audit/log_reader.hpp"
#include "audit/row_auditor.hpp"
#include "audit/run.hpp"
#include "audit/sink.hpp"
#include "report/audit_output.hpp"
#include "report/audit_report.hpp"
#include "catalog/catalog.hpp"
#include "eval/evaluate.hpp"
#include "compile/program.hpp"
#include "check/rules.hpp"

namespace chipgate::fuzz {
namespace {

// The bundled rules, catalog and program, loaded once: they are the trusted side of every input.
struct Bundle {
  SourceSet sources;
  Model model;
  Catalog catalog;
  ParamValues params;
  Program program;

  Bundle() {
    const std::string root = CHIPGATE_SOURCE_DIR;
    Result<Model> rules = LoadRules({root + "/rules"}, sources);
    Result<Catalog> loaded = LoadCatalog({root + "/catalog"}, sources);
    if (!rules.ok() || !loaded.ok()) std::abort();
    model = std::move(*rules.value);
    catalog = std::move(*loaded.value);
    params = ParamValues::Defaults(model);
    program = Compile(model, params);
  }
};

const Bundle& Bundled() {
  static const Bundle bundle;
  return bundle;
}

// Output nobody reads, but that every writer formats in full.
std::FILE* Sink() {
  static std::FILE* null = std::fopen("/dev/null", "w");
  return null;
}

}  // namespace

void FuzzAuditLog(const std::uint8_t* data, std::size_t size) {
  const Bundle& b = Bundled();
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  const AuditMapping mapping;  // the reader keeps a reference: it must outlive it
  ShipmentLogReader reader(in, b.model, b.catalog, mapping, std::nullopt);
  if (!reader.ReadHeader().empty()) return;
  RowAuditor auditor(b.model, b.catalog, b.params);
  AuditSummary summary(5);
  AuditCsvWriter csv(Sink());
  AuditJsonWriter json(Sink(), b.model, AuditRunHeader{}, AuditJsonWriter::Shape::kDocument);
  AuditJsonWriter lines(Sink(), b.model, AuditRunHeader{}, AuditJsonWriter::Shape::kLines);
  AuditSink* sinks[] = {&summary, &csv, &json, &lines};
  const AuditRunResult result = RunAudit(reader, auditor, sinks, nullptr, nullptr);
  json.Finish(result.counts);
  lines.Finish(result.counts);
  AuditReportInfo info;
  info.counts = result.counts;
  (void)AuditHtml(summary, info, b.model, b.catalog, b.params);
}

void FuzzCatalogFile(const std::uint8_t* data, std::size_t size) {
  const Bundle& b = Bundled();
  // The loader reads files by path, as the CLI does; a private file per process is enough.
  static const std::string path = "/tmp/chipgate-fuzz-catalog-" + std::to_string(::getpid()) + ".toml";
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return;
  std::fwrite(data, 1, size, file);
  std::fclose(file);
  SourceSet sources;
  const Result<Catalog> loaded = LoadCatalog({path}, sources);
  (void)RenderText(loaded.diagnostics, sources);
  if (!loaded.ok()) return;
  (void)CatalogHash(*loaded.value, sources);
  const BoundCatalog bound = Bind(b.program, *loaded.value);
  Scratch scratch(b.program);
  for (std::uint32_t i = 0; i < loaded.value->size(); ++i) {
    FastQuery query;
    query.item = i;
    query.destination = static_cast<std::uint16_t>(CountryCode::Parse("CN")->index());
    query.date = *Date::Parse("2025-06-01");
    (void)Decide(b.program, bound, query, scratch);
  }
}

}  // namespace chipgate::fuzz
