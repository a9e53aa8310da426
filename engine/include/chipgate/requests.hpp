// The requests an Engine answers besides a Question (engine.hpp): the vendor matrix, an item's
// headroom and its what-if variants, a diff of the rules, a party search and a batch audit. Like Question, every field is text as a person or a program states
// it; the engine validates each one and names the field of any error (Diagnostic::field), so
// the CLI can name its flag and the HTTP server its JSON key.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace chipgate {

// `chipgate screen`, `POST /v1/screen`: products x destinations on one date.
struct ScreenRequest {
  std::vector<std::string> items;         // catalog ids; empty: the whole catalog
  std::vector<std::string> vendors;       // case-insensitive; empty: every vendor
  std::vector<std::string> destinations;  // ISO codes; with `groups` also empty: every country
  std::vector<std::string> groups;        // country groups or sets as the rules name them ("D:5")
  std::string date;                       // YYYY-MM-DD; empty: today (UTC)
  std::string end_user_hq;                // "local" (empty), "unknown" or a country code
  std::string exporter_hq;                // empty: unknown
  // Merge destinations whose columns agree: nullopt lets the format decide (text merges above
  // 12 destinations; JSON never merges).
  std::optional<bool> merge;
};

// `chipgate headroom`: one item's margin to every threshold it is tested against, and the
// smallest single change of each spec that flips its classification (with a destination, also
// the decision there).
struct HeadroomRequest {
  std::string item;         // catalog id
  std::string destination;  // ISO code; empty: the classification only
  std::string end_user_hq;  // with a destination: "local" (empty), "unknown" or a country code
  std::string exporter_hq;  // empty: unknown
  std::string date;         // YYYY-MM-DD; empty: today (UTC)
};

// `chipgate whatif`: items side by side with their design variants: the bundled item when a
// catalog layer replaced it, the item as loaded, and the item with `changes` applied.
struct WhatIfRequest {
  std::vector<std::string> items;    // catalog ids, at least one
  // "FIELD=VALUE": a catalog number field (die_area_mm2=700; `unknown` removes it),
  // dense_tops.PRECISION=TOPS, datacenter=true|false, or tpp=VALUE (every dense TOPS figure
  // scaled by one factor). Errors (V0101-V0103, C0109-C0111) carry the field `changes`.
  std::vector<std::string> changes;
  std::string destination;  // ISO code; empty: the classification only
  std::string end_user_hq;  // with a destination: "local" (empty), "unknown" or a country code
  std::string exporter_hq;  // empty: unknown
  std::string date;         // YYYY-MM-DD; empty: today (UTC)
};

// `chipgate diff`: which decisions change, and which differences in the rules change them,
// between the rules in force on two dates (Engine::Diff) or between two rule trees over the same
// catalog on one date (Engine::DiffRules). Every destination; the end user is assumed
// headquartered in it unless `end_user_hq` says otherwise.
struct DiffRequest {
  std::string from;  // YYYY-MM-DD: Engine::Diff's two dates
  std::string to;
  std::string date;  // YYYY-MM-DD: the date Engine::DiffRules asks both trees on; empty: today
  // How DiffRules names the two trees in its output (e.g. the paths they were loaded from).
  std::string name;
  std::string other_name;
  std::vector<std::string> items;  // catalog ids; empty: the whole catalog
  std::string end_user_hq;         // "local" (empty), "unknown" or a country code
  std::string exporter_hq;         // empty: unknown
};

// `chipgate parties search`, `POST /v1/parties/search`: one name against the party lists.
struct PartyQuestion {
  std::string name;
  std::string country;  // ISO code; empty: any
  std::string date;     // entries not yet listed on this date are not hits; empty: today (UTC)
};

// A rendered answer and whether it holds a finding (a listed party; the CLI exits 1).
struct RenderedAnswer {
  std::string body;
  bool finding = false;
};

// `chipgate audit`, `POST /v1/audit`: one run of a shipment log into an audit database.
struct AuditJob {
  std::string input_path;                 // the shipment log (CSV with a header row)
  std::string input_name;                 // what the run records as its input; empty: input_path
  std::string db_path;                    // the SQLite database (created when missing)
  std::string report_path;                // the HTML report, replaced atomically; empty: none
  std::vector<std::string> license_files; // license registers (CSV) that claimed licenses are checked against
  std::string exporter_hq;                // for rows without one; empty: unknown
  // A run still reading rows at this time stops and is rolled back (Q0206): a server bounds the
  // time one request may take. Default: no limit.
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

// What a stored run counted (docs/audit.md describes the verdicts).
struct AuditRunSummary {
  std::int64_t run_id = 0;
  std::uint64_t rows = 0;
  std::uint64_t ok = 0;
  std::uint64_t violations = 0;
  std::uint64_t over_declared = 0;
  std::uint64_t indeterminate = 0;
  std::uint64_t rejected = 0;
  std::string input_sha256;
  bool report_written = false;  // false: the run is stored but its report could not be written
  std::string report_problem;   // why, when not written
};

}  // namespace chipgate
