// One catalog file being read: turns toml++ source regions (1-based line, column in code points)
// into byte-offset Spans of our SourceSet, and collects the file's diagnostics. Every reader
// function takes one of these so that no diagnostic can be made without a place in the file.
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "chipgate/diagnostic.hpp"
#include "chipgate/source.hpp"

namespace chipgate::catalog_detail {

class TomlFile {
 public:
  // `sources` must outlive this object and must not grow while it is in use.
  TomlFile(const SourceSet& sources, std::uint32_t file_id)
      : file_(sources.file(file_id)), file_id_(file_id) {}

  const SourceFile& source() const { return file_; }
  std::uint32_t id() const { return file_id_; }

  Span SpanOf(const toml::source_region& region) const;
  Span SpanOf(const toml::node& node) const { return SpanOf(node.source()); }
  Span SpanOf(const toml::key& key) const { return SpanOf(key.source()); }
  // The start of the file, for problems that have no better place (a key that is missing).
  Span Start() const { return Span{file_id_, 0, 0}; }

  void Report(Diagnostic d) { diagnostics_.push_back(std::move(d)); }
  std::vector<Diagnostic> TakeDiagnostics() { return std::move(diagnostics_); }

 private:
  std::uint32_t OffsetOf(const toml::source_position& position) const;

  const SourceFile& file_;
  std::uint32_t file_id_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace chipgate::catalog_detail
