// Rendering the vendor matrix: an aligned text table for the terminal, CSV and JSON for tools,
// and one self-contained HTML page (inline CSS, no scripts, every text escaped) a product
// manager can open. All share the cell codes and legend of decision_cell.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/screen.hpp"
#include "render/end_user.hpp"
#include "engine/state.hpp"

namespace chipgate::render {

struct ScreenView {
  const ScreenMatrix& matrix;
  const EngineState& session;
  Date date;
  EndUserChoice end_user;
  std::optional<CountryCode> exporter_hq;
};

// The text of one cell: the code, or for a group column the counts ("LIC:denial ×22").
std::string CellText(const ScreenView& v, std::size_t row, std::size_t column);
// "3A090.a", "3A090.b, ?3A090.c", "-" for none.
std::string RowClassification(const ScreenView& v, std::size_t row);
// "ai_diffusion=false, foundry=false, tf32_bits=32"
std::string ParamsText(const EngineState& s);
// "92 products x 249 destinations on 2026-11-28; end user headquartered in ...; exporter ..."
std::string ScreenHeader(const ScreenView& v);

std::string ScreenText(const ScreenView& v);
std::string ScreenCsv(const ScreenView& v);
std::string ScreenJson(const ScreenView& v);
std::string ScreenHtml(const ScreenView& v);

// Paper cannot scroll sideways, so the HTML page carries a print-only copy of the matrix cut into
// tables of at most `per_chunk` destination columns, each repeating the product column. The
// chunks are [begin, end) column ranges covering 0..columns exactly once, in order; none for
// zero columns. per_chunk 0 is taken as 1.
struct ColumnChunk {
  std::size_t begin = 0;
  std::size_t end = 0;
};
std::vector<ColumnChunk> ColumnChunks(std::size_t columns, std::size_t per_chunk);
// Destination columns per printed table: what fits across a landscape page at the print size.
inline constexpr std::size_t kPrintColumnsPerChunk = 22;

}  // namespace chipgate::render
