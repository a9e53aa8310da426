// One case file being read: typed reads of TOML values that report, at the value's place in
// the file, why a value cannot be used, and return nothing so that the reader carries on with
// the next key (one run shows every problem of a file).
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/toml_file.hpp"

namespace chipgate::cases {

class CaseToml {
 public:
  // `sources` must outlive this object and must not grow while it is in use.
  CaseToml(const SourceSet& sources, std::uint32_t file_id) : file_(sources, file_id) {}

  const std::string& path() const { return file_.source().path(); }
  Span SpanOf(const toml::node& node) const { return file_.SpanOf(node); }
  Span SpanOf(const toml::key& key) const { return file_.SpanOf(key); }
  Span SpanOf(const toml::source_region& region) const { return file_.SpanOf(region); }
  Span Start() const { return file_.Start(); }
  std::uint32_t LineOf(Span span) const { return file_.source().Locate(span.begin).line; }

  // `label` is the key as the user wrote it ("expect.status"), quoted in messages. Texts must
  // not be empty: an empty `to` would silently make a case a classification case.
  std::optional<std::string> Text(std::string_view label, const toml::node& node);
  std::optional<bool> Bool(std::string_view label, const toml::node& node);
  std::optional<std::vector<std::string>> Texts(std::string_view label, const toml::node& node);
  // A table, or nothing with the error reported.
  const toml::table* Table(std::string_view label, const toml::node& node);

  void WrongType(std::string_view label, std::string_view expected, const toml::node& node);
  // A key nobody reads, with the nearest known key as help.
  void UnknownKey(const toml::key& key, std::string_view where, const std::vector<std::string_view>& known);
  void Report(Diagnostic d) { file_.Report(std::move(d)); }
  std::vector<Diagnostic> TakeDiagnostics() { return file_.TakeDiagnostics(); }

 private:
  catalog_detail::TomlFile file_;
};

}  // namespace chipgate::cases
