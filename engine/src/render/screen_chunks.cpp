// The column ranges of the printed matrix (see screen_render.hpp): kept apart from the HTML so
// the "every column exactly once" promise can be tested without a browser.
#include <algorithm>

#include "render/screen_render.hpp"

namespace chipgate::render {

std::vector<ColumnChunk> ColumnChunks(std::size_t columns, std::size_t per_chunk) {
  const std::size_t step = per_chunk == 0 ? 1 : per_chunk;
  std::vector<ColumnChunk> chunks;
  for (std::size_t begin = 0; begin < columns; begin += step) chunks.push_back({begin, std::min(columns, begin + step)});
  return chunks;
}

}  // namespace chipgate::render
