// The printed screen matrix is cut into column chunks (issue 13): every destination column is in
// exactly one chunk, in order, and no chunk is wider than a landscape page holds.
#include <gtest/gtest.h>

#include "render/screen_render.hpp"

namespace chipgate::render {
namespace {

TEST(PrintChunks, EveryColumnIsInExactlyOneChunkInOrder) {
  for (const std::size_t columns : {0U, 1U, 7U, 21U, 22U, 23U, 44U, 250U}) {
    for (const std::size_t per_chunk : {0U, 1U, 5U, 22U, 300U}) {
      std::vector<int> seen(columns, 0);
      std::size_t next = 0;
      for (const ColumnChunk c : ColumnChunks(columns, per_chunk)) {
        EXPECT_EQ(c.begin, next) << columns << "/" << per_chunk;
        EXPECT_LT(c.begin, c.end);
        EXPECT_LE(c.end - c.begin, per_chunk == 0 ? 1 : per_chunk);
        for (std::size_t i = c.begin; i < c.end && i < columns; ++i) ++seen[i];
        next = c.end;
      }
      EXPECT_EQ(next, columns);
      for (std::size_t i = 0; i < columns; ++i) EXPECT_EQ(seen[i], 1) << "column " << i << " of " << columns << "/" << per_chunk;
    }
  }
}

}  // namespace
}  // namespace chipgate::render
