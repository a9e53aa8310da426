// ReadBatch (see read_batch.hpp).
#include "audit/read_batch.hpp"

namespace chipgate::audit_detail {

// Each row's fields are copied into text_ as it is read, and pointed there once the batch is
// read, when text_ no longer moves.
bool ReadBatch::Read(ShipmentLogReader& reader, std::size_t rows) {
  text_.clear();
  count_ = 0;
  if (rows_.size() < rows) {
    rows_.resize(rows);
    bytes_consumed_.resize(rows);
    offsets_.resize(rows);
  }
  while (count_ < rows) {
    ShipmentRow& row = rows_[count_];
    if (!reader.Next(row)) break;
    bytes_consumed_[count_] = reader.bytes_consumed();
    for (std::size_t i = 0; i < kAuditColumnCount; ++i) {
      offsets_[count_][i] = text_.size();
      text_.append(row.fields[i]);
    }
    ++count_;
  }
  for (std::size_t r = 0; r < count_; ++r) {
    for (std::size_t i = 0; i < kAuditColumnCount; ++i) {
      std::string_view& field = rows_[r].fields[i];
      field = std::string_view(text_.data() + offsets_[r][i], field.size());
    }
  }
  return count_ > 0;
}

}  // namespace chipgate::audit_detail
