// State shared by the checker's stages: the parsed files, the model under construction, the
// name tables, and the diagnostics. Each stage is one function over this context (stages.hpp).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "syntax/ast.hpp"
#include "chipgate/diagnostic.hpp"
#include "check/model.hpp"

namespace chipgate::check {

struct DeclRef {
  const ast::File* file;
  std::size_t index;
};

struct Context {
  Context(const SourceSet& s, const std::vector<ast::File>& f) : sources(s), files(f) {}

  const SourceSet& sources;
  const std::vector<ast::File>& files;
  Model model;
  std::vector<Diagnostic> diagnostics;

  // Name tables, filled by the symbol stage.
  std::map<std::string, std::uint32_t> params;
  std::map<std::string, std::uint32_t> tables;
  std::map<std::string, std::uint32_t> metrics;
  std::map<std::string, std::uint32_t> groups;
  std::map<std::string, std::uint32_t> sets;
  std::map<std::string, std::uint32_t> eccns;
  std::map<std::string, DeclRef> rule_ids;           // every rule, by id
  std::map<std::string, std::uint32_t> requirements;  // require rules, by id

  // Dependencies recorded while checking expressions, for ordering and cycle detection.
  std::vector<std::set<std::uint32_t>> metric_deps;   // metric -> metrics it uses
  std::vector<std::set<std::uint32_t>> eccn_deps;     // eccn -> eccns its rules and notes use
  std::vector<std::set<std::uint32_t>> set_deps;      // set -> sets it uses

  // Literals written without a unit: they take the unit of what they are compared or added to.
  std::set<NodeId> bare_literals;

  // Every reference to a classification from a rule, for the reachability stage.
  struct EccnRef {
    std::uint32_t eccn;
    Interval interval;
    Span span;
  };
  std::vector<EccnRef> eccn_refs;

  // Set bodies are checked on first use (a set may use a set declared later): 0 unchecked,
  // 1 being checked (a cycle if reached again), 2 done.
  std::vector<int> set_state;
  std::vector<std::pair<const ast::File*, const ast::SetDecl*>> set_decls;

  void Report(Diagnostic d) { diagnostics.push_back(std::move(d)); }
  NodeId AddNode(Node n) {
    model.nodes.push_back(std::move(n));
    return static_cast<NodeId>(model.nodes.size() - 1);
  }
  std::string PathOf(const ast::File& f) const { return sources.file(f.source).path(); }
};

}  // namespace chipgate::check
