// The vendor matrix (`chipgate screen`): products x destinations on one date, each cell the
// license determination for that product going to that destination. It runs the compiled fast
// path (one Scratch, no allocation per cell), so the whole catalog x every ISO country takes a
// few milliseconds.
//
// A column is one destination or a destination group (`D:5`), whose members on the date each get
// their own cell; renderers summarise a group's cells. Who the end user is matters (the
// headquarters rule), and an unknown end user makes those rules indeterminate, so the options
// say what to assume: by default an end user headquartered in the destination itself.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chipgate/country.hpp"
#include "chipgate/date.hpp"
#include "analysis/decision_cell.hpp"
#include "eval/evaluate.hpp"
#include "check/model.hpp"
#include "compile/program.hpp"

namespace chipgate {

struct ScreenColumn {
  std::string label;                 // "CN", or the group name "D:5"
  bool is_group = false;
  bool merged = false;               // made by MergeIdenticalColumns: every member has the same cells
  std::vector<CountryCode> members;  // the destination, or the group's members on the date (sorted)
};

enum class EndUserAssumption : std::uint8_t {
  kLocal,    // headquartered in the destination (the default)
  kFixed,    // headquartered in ScreenOptions::end_user_hq, whatever the destination
  kUnknown,  // not known: rules that depend on it are indeterminate
};

struct ScreenOptions {
  Date date;
  EndUserAssumption end_user = EndUserAssumption::kLocal;
  std::optional<CountryCode> end_user_hq;  // kFixed only
  std::optional<CountryCode> exporter_hq;  // absent: unknown
};

struct ScreenMatrix {
  std::vector<std::size_t> rows;         // catalog indices, in the order given
  std::vector<ScreenColumn> columns;
  std::vector<std::size_t> first_member;  // per column: offset of its first cell within a row
  std::size_t cells_per_row = 0;
  std::vector<DecisionCell> cells;       // row-major
  // Per row: the classification paragraphs (not criteria) that hold, and those undecided, as
  // Model::eccns indices; a classification does not depend on the destination.
  std::vector<std::vector<std::uint32_t>> classified;
  std::vector<std::vector<std::uint32_t>> undecided;

  // The cells of one row under one column: one per member, or one for a merged column.
  std::span<const DecisionCell> At(std::size_t row, std::size_t column) const {
    const ScreenColumn& c = columns[column];
    return {cells.data() + row * cells_per_row + first_member[column], c.merged ? 1 : c.members.size()};
  }
};

// One column per destination, in the order given.
std::vector<ScreenColumn> DestinationColumns(const std::vector<CountryCode>& destinations);
// One column per officially assigned ISO 3166-1 code (about 250), alphabetical.
std::vector<ScreenColumn> AllDestinationColumns();
// A column for the country group or named set `name` (as the rules spell it: `D:5`,
// `advanced_computing_destinations`) with its members on `date`; nothing if no group or set has
// that name.
std::optional<ScreenColumn> GroupColumn(const Model& model, std::string_view name, Date date);

// Decides every (row, member). Preconditions: `program` was compiled from the model the
// columns were built from and `bound` from the catalog the rows index; the date is covered.
ScreenMatrix Screen(const Program& program, const BoundCatalog& bound, const std::vector<std::size_t>& rows,
                    std::vector<ScreenColumn> columns, const ScreenOptions& options, Scratch& scratch);

// A group cell in words: each distinct code with its count, most frequent first, then by code
// ("LIC:denial x22", "NLR x40, LIC:approval x3").
struct CodeCount {
  std::string code;
  std::size_t count = 0;
};
std::vector<CodeCount> CountCodes(std::span<const DecisionCell> cells, const Model& model);

// Destination columns whose cells agree in every row, merged into one column each (labelled
// "#1", "#2", ... in order of first appearance; `members` lists the destinations). Group columns are kept as they are. This is
// how a terminal shows 250 destinations: most countries share one of a handful of patterns.
ScreenMatrix MergeIdenticalColumns(const ScreenMatrix& matrix);

}  // namespace chipgate
