// A few rows read ahead of the one being decided, each with its own copy of its text: the
// reader's views live only until its next row, and deciding a row goes faster when the next
// one is already read (RowAuditor::Prefetch starts loading what it will look up).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "audit/log_reader.hpp"
#include "audit/shipment_row.hpp"

namespace chipgate::audit_detail {

class ReadBatch {
 public:
  // Replaces the batch with up to `rows` next rows of `reader`; false when none was left.
  bool Read(ShipmentLogReader& reader, std::size_t rows);
  std::size_t size() const { return count_; }
  // The i-th row, its fields pointing into this batch (valid until the next Read).
  const ShipmentRow& row(std::size_t i) const { return rows_[i]; }
  // How many bytes of the input had been consumed after the i-th row (for progress).
  std::uint64_t bytes_consumed(std::size_t i) const { return bytes_consumed_[i]; }

 private:
  std::vector<ShipmentRow> rows_;  // reused: the first count_ are this batch's
  std::vector<std::uint64_t> bytes_consumed_;
  std::vector<std::array<std::size_t, kAuditColumnCount>> offsets_;  // each field's place in text_
  std::size_t count_ = 0;
  std::string text_;
};

}  // namespace chipgate::audit_detail
