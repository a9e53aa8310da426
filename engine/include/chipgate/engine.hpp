// chipgate's front door for programs: load the rules, the catalog and the params once, then ask
// questions and render the answers. The CLI, the HTTP server and any embedding program use this
// and nothing below it.
//
//   auto engine = chipgate::Engine::Load({});                 // the bundled rules and catalog
//   auto decision = engine->Decide({.item = "nvidia-h100-sxm5-80gb", .destination = "CN"});
//   std::puts(engine->Render(*decision, chipgate::Format::kJson).c_str());
//
// An Engine is an immutable snapshot: every method is const and safe to call from several
// threads at once; copies share the snapshot. Errors are values: a Result with coded
// diagnostics (codes Q01xx for questions, E/C codes for rule and catalog files), each naming the
// field at fault.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "chipgate/decision.hpp"
#include "chipgate/diagnostic.hpp"
#include "chipgate/requests.hpp"
#include "chipgate/result.hpp"

namespace chipgate {

struct EngineOptions {
  // The folder holding the bundled `rules/` and `catalog/`; empty: the one chipgate was built with.
  std::string data_dir;
  std::vector<std::string> rules;     // rule files or folders; empty: <data_dir>/rules
  std::vector<std::string> catalogs;  // catalog files or folders layered over <data_dir>/catalog
  std::vector<std::string> params;    // "name=value", as `--param`
  // Restricted-party lists (CSL CSV or JSON, OFAC sdn.csv); empty: the bundled sample list
  // (<data_dir>/lists), so a question that names a party is always screened against something.
  std::vector<std::string> parties;
  std::string party_list_date;  // YYYY-MM-DD: when the `parties` files were downloaded (overrides theirs)
  // A folder for snapshots of loaded rules and catalogs; empty: none (parse every time). With a
  // folder, a load whose files are all unchanged (checked byte for byte by SHA-256) reads the
  // snapshot instead of parsing, and a full load writes one. Failures to write are ignored.
  std::string snapshot_dir;
  // License registers (CSV, docs/audit.md) a question's claimed license number is checked
  // against; loaded and checked with the rules. Empty: a claimed number is not verified.
  std::vector<std::string> licenses;
  // The Unicode plugin (chipgate-unicode.so) that normalises party names that are not ASCII;
  // empty: looked for next to the executable, then where chipgate was installed and built. A
  // name that needs it when it cannot be loaded is not screened: the answer is indeterminate.
  std::string unicode_plugin;
};

// One shipment as a person or an order system states it. Every field is text, validated by the
// engine (unknown item, bad country code, bad date: an error naming the field).
struct Question {
  std::string item;         // catalog id
  std::string destination;  // ISO 3166-1 alpha-2
  std::string end_user_hq;  // empty: not stated (rules that need it are indeterminate)
  std::string exporter_hq;  // empty: not stated
  std::string date;         // YYYY-MM-DD; empty: today (UTC)
  // The end uses, stated: "none", or any of "military", "military-intelligence",
  // "supercomputer", "advanced-ic", "wmd", "us-person-support". Empty: not stated, so the
  // end-use rules become conditions of the answer.
  std::vector<std::string> end_use;
  std::string transaction;  // "export" (empty: export), "reexport" or "transfer" (in-country)
  std::string exporter;     // the exporting company (letters bind it); empty: the item's vendor
  bool uae_approved_entity = false;  // the UAE end user is listed in Supp. 8 to Part 740
  // The parties, screened against the restricted-party lists when named. With none named the
  // answer carries the condition that they were not screened.
  std::string end_user;         // the end user's name
  std::string end_user_country; // where the end user is (ISO code); empty: the destination
  std::string consignee;        // the ultimate consignee
  std::string purchaser;
  std::string end_user_parent;  // an owner of the end user (the Affiliates rule)
  // What the shipment claims authorizes it, judged as the audit judges a row's claim: NLR, a
  // license exception code or a license number (checked against EngineOptions::licenses).
  // Empty: nothing is judged. `quantity` (units shipped, above 0) needs a claim (Q0107).
  std::string claim;
  std::optional<std::int64_t> quantity;
};

struct RuleFileHash {
  std::string path;
  std::string sha256;
};

// What every answer was computed from, so it can be reproduced.
struct Provenance {
  std::string rules_hash;    // SHA-256 over the rule files' contents
  std::string catalog_hash;  // SHA-256 over the catalog files' contents
  std::string version;       // chipgate's
  std::vector<RuleFileHash> rule_files;
  std::vector<std::pair<std::string, std::string>> params;  // every param and its value, as text
  // The restricted-party lists (read when a question first names a party, or on provenance()).
  struct PartyListFile {
    std::string path;
    std::string sha256;
    std::string list_date;  // YYYY-MM-DD, or empty when the list does not say
  };
  std::vector<PartyListFile> party_lists;
};

enum class Format : std::uint8_t { kText, kJson, kCsv, kHtml };

class Engine {
 public:
  // Loads and checks the rules and the catalog and applies the params. On failure the
  // diagnostics carry their locations (file:line:column, the source line).
  static Result<Engine> Load(const EngineOptions& options);
  // The same rules and catalog (nothing is read again, so the hashes are the same) with other
  // params: `params` ("name=value", as `--param`) over the rules' defaults; this engine's own
  // params are not kept. Errors (E0701-E0703) name the assignment at fault. What `chipgate test`
  // uses for a case that sets params; the copy costs about as much as the data it holds.
  Result<Engine> WithParams(const std::vector<std::string>& params) const;

  // The license determination on the compiled fast path (what batch work and the server use).
  // The decision has no explanation tree; everything else is what Explain gives. With a claim,
  // the decision carries its judgement (rendered under "claim").
  Result<Decision> Decide(const Question& question) const;
  // The same determination from the explaining evaluator, with the full explanation tree.
  Result<Decision> Explain(const Question& question) const;
  // The classification of one item on a date (empty: today), with its explanation.
  Result<Decision> Classify(const std::string& item, const std::string& date) const;

  // `check`'s output: the memo (kText), or the JSON object (kJson). `explanation` adds the tree
  // (Explain's decisions only). kHtml: an HTML fragment (reasons, what is missing, the claim
  // judged, metrics and the explanation tree, every text escaped) for a page to embed.
  std::string RenderDecision(const Decision& decision, Format format, bool explanation = false) const;
  // `classify`'s output for one item (kText, or one JSON object for kJson).
  std::string RenderClassification(const Decision& decision, Format format, bool explanation = false) const;

  // The other answers, rendered as the matching CLI command prints them (the HTTP API returns
  // the same bytes). Errors name the request's field; codes: Q0101 unknown item, Q0102 country,
  // Q0103 date, Q0104 date before the rules' coverage, Q0201 unknown vendor, Q0202 unknown
  // group, Q0203 bad end-user assumption, Q0204 empty name, Q0205 unusable input or database.
  //
  // `screen`: kText, kCsv, kJson or kHtml.
  Result<std::string> Screen(const ScreenRequest& request, Format format) const;
  // `headroom`: kText or kJson. Q0101 unknown item, Q0102 country, Q0103/Q0104 date, Q0203
  // end-user assumption.
  Result<std::string> Headroom(const HeadroomRequest& request, Format format) const;
  // `whatif`: kText or kJson. As Headroom, and the codes of WhatIfRequest::changes.
  Result<std::string> WhatIf(const WhatIfRequest& request, Format format) const;
  // `diff` (kText or kJson); `finding`: some decision changes (the CLI exits 1). Diff compares
  // the rules in force on `from` and `to`; DiffRules compares these rules with `other`'s on
  // `date` (Q0205 if `other` loaded another catalog).
  Result<RenderedAnswer> Diff(const DiffRequest& request, Format format) const;
  Result<RenderedAnswer> DiffRules(const Engine& other, const DiffRequest& request, Format format) const;
  // `catalog list` (kText, kJson or kCsv) and `catalog show ID` (kText or kJson).
  std::string RenderCatalog(Format format) const;
  Result<std::string> RenderItem(const std::string& id, Format format) const;
  // `rules`: the index of encoded rules with their status on `date` (empty: today): Markdown
  // (kText) or JSON with the dates the rules cover and are current to (kJson).
  Result<std::string> RenderRules(const std::string& date, Format format) const;
  // `parties search`: the listed parties matching a name (kText or kJson). The lists are read on
  // first use; a list that cannot be read is an error every time.
  Result<RenderedAnswer> SearchParties(const PartyQuestion& question, Format format) const;
  // `audit`: decides every row of a shipment log into the database as one run (one
  // transaction: a failure stores nothing) and writes the HTML report. Not concurrent-safe for
  // one database: callers serialise runs into the same file. Q0206 (field `deadline`): the run
  // passed AuditJob::deadline and was rolled back.
  Result<AuditRunSummary> Audit(const AuditJob& job) const;

  // The provenance, with the party lists' files (reading the lists if no question has yet).
  Provenance provenance() const;
  std::vector<std::string> ItemIds() const;

  // For the other subcommands, which reach the internals through this (see engine/src/engine).
  struct State;
  const State& state() const { return *state_; }

 private:
  explicit Engine(std::shared_ptr<const State> state) : state_(std::move(state)) {}
  std::shared_ptr<const State> state_;
};

}  // namespace chipgate
