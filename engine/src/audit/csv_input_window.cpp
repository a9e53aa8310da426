// The CSV reader's input buffer (see csv_internal::InputWindow in csv.hpp): chunked reads that
// keep the bytes the reader may need to step back to, and drop the rest.
#include <algorithm>
#include <cstring>

#include "audit/csv.hpp"

namespace chipgate::csv_internal {

InputWindow::InputWindow(std::istream& in, std::size_t chunk_bytes)
    : in_(in), chunk_bytes_(chunk_bytes), data_(2 * chunk_bytes) {}

bool InputWindow::Fill(std::uint64_t keep_from) {
  if (eof_) return false;
  const auto keep = static_cast<std::size_t>(keep_from - base_);
  // Drop what the reader no longer needs only when room is short: usually `keep` is near the
  // end of the buffer, so the move is small, and a long retained record is not moved per chunk.
  if (keep > 0 && data_.size() - end_ < chunk_bytes_) {
    std::memmove(data_.data(), data_.data() + keep, end_ - keep);
    base_ += keep;
    cursor_ -= keep;
    end_ -= keep;
  }
  if (data_.size() - end_ < chunk_bytes_)
    data_.resize(std::max(2 * data_.size(), end_ + chunk_bytes_));
  in_.read(data_.data() + end_, static_cast<std::streamsize>(data_.size() - end_));
  const auto got = static_cast<std::size_t>(in_.gcount());
  end_ += got;
  if (got == 0) {
    eof_ = true;
    failed_ = in_.bad();
  }
  return got > 0;
}

}  // namespace chipgate::csv_internal
