// The writer thread (see batch_writer.hpp).
#include "store/batch_writer.hpp"

#include <fmt/format.h>

namespace chipgate::store_detail {
namespace {

// Binds text without a copy: the batch outlives the statement's step.
sqlite::Status BindText(sqlite::Statement& st, int index, const RowBatch& batch, const TextRef& ref) {
  if (ref.null()) return st.Bind(index, nullptr);
  return st.BindView(index, batch.View(ref));
}

// A results row's values from parameter `base` + 2 on (`base` + 1 is the run id, bound once).
sqlite::Status BindRow(sqlite::Statement& st, int base, const RowBatch& batch, const PendingRow& r) {
  sqlite::Status status = st.Bind(base + 2, r.line);
  // The text columns in RowText order: parameters 3..11 with quantity (7) in between, then
  // 14..19 after the verdict and explanation id (schema 5's inputs).
  constexpr int kIndex[kRowTextCount] = {3, 4, 5, 6, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19};
  for (std::size_t t = 0; t < kRowTextCount && status.ok(); ++t) status = BindText(st, base + kIndex[t], batch, r.text[t]);
  if (status.ok()) status = r.quantity ? st.Bind(base + 7, *r.quantity) : st.Bind(base + 7, nullptr);
  if (status.ok()) status = st.BindView(base + 12, VerdictName(r.verdict));
  if (status.ok()) status = st.Bind(base + 13, r.explanation_id);
  return status;
}

}  // namespace

BatchWriter::BatchWriter(sqlite::Statement& insert_row, sqlite::Statement& insert_rows, sqlite::Statement& insert_explanation,
                         sqlite::Statement* insert_use)
    : insert_row_(insert_row), insert_rows_(insert_rows), insert_explanation_(insert_explanation), insert_use_(insert_use) {}

BatchWriter::~BatchWriter() {
  if (!thread_.joinable()) return;
  {
    const std::lock_guard lock(mutex_);
    queue_.clear();
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void BatchWriter::Start() { thread_ = std::thread([this] { Run(); }); }

std::unique_ptr<RowBatch> BatchWriter::Take() {
  const std::lock_guard lock(mutex_);
  if (error_) return nullptr;
  if (free_.empty()) return std::make_unique<RowBatch>();
  auto batch = std::move(free_.back());
  free_.pop_back();
  batch->Clear();
  return batch;
}

bool BatchWriter::Submit(std::unique_ptr<RowBatch> batch) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return queue_.size() < kQueued || error_.has_value(); });
  if (error_) return false;
  queue_.push_back(std::move(batch));
  lock.unlock();
  changed_.notify_all();
  return true;
}

std::optional<std::string> BatchWriter::Stop() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
  return error_;
}

void BatchWriter::Run() {
  while (true) {
    std::unique_ptr<RowBatch> batch;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [this] { return !queue_.empty() || stopping_; });
      if (queue_.empty()) return;  // stopping, and everything is written
      batch = std::move(queue_.front());
      queue_.pop_front();
    }
    changed_.notify_all();  // room in the queue
    auto problem = Write(*batch);
    const std::lock_guard lock(mutex_);
    free_.push_back(std::move(batch));
    if (problem) {
      error_ = std::move(problem);
      queue_.clear();
      changed_.notify_all();
      return;
    }
  }
}

std::optional<std::string> BatchWriter::Write(const RowBatch& batch) {
  for (const auto& e : batch.explanations()) {
    sqlite::Statement& st = insert_explanation_;
    sqlite::Status status = st.Bind(2, e.id);
    if (status.ok()) status = BindText(st, 3, batch, e.required);
    if (status.ok()) status = BindText(st, 4, batch, e.missing);
    if (status.ok()) status = BindText(st, 5, batch, e.reasons);
    if (status.ok()) status = BindText(st, 6, batch, e.citations);
    if (status.ok()) status = BindText(st, 7, batch, e.license_finding);
    const auto step = status.ok() ? st.Step() : sqlite::StepResult{sqlite::StepState::kError, status};
    st.Reset();
    if (!step.done()) return fmt::format("storing an explanation: {}", step.status.message);
  }
  // Rows go kRowsPerInsert to a statement: a statement's fixed cost (step, reset, the program's
  // prologue) is then paid once for several rows. The rest go one by one.
  const std::vector<PendingRow>& rows = batch.rows();
  std::size_t next = 0;
  for (; rows.size() - next >= kRowsPerInsert; next += kRowsPerInsert) {
    sqlite::Statement& st = insert_rows_;
    sqlite::Status status;
    for (std::size_t j = 0; j < kRowsPerInsert && status.ok(); ++j) status = BindRow(st, static_cast<int>(j * kResultColumns), batch, rows[next + j]);
    const auto step = status.ok() ? st.Step() : sqlite::StepResult{sqlite::StepState::kError, status};
    st.Reset();
    if (!step.done()) {
      return fmt::format("storing lines {} to {}: {}", rows[next].line, rows[next + kRowsPerInsert - 1].line, step.status.message);
    }
  }
  for (; next < rows.size(); ++next) {
    sqlite::Statement& st = insert_row_;
    sqlite::Status status = BindRow(st, 0, batch, rows[next]);
    const auto step = status.ok() ? st.Step() : sqlite::StepResult{sqlite::StepState::kError, status};
    st.Reset();
    if (!step.done()) return fmt::format("storing line {}: {}", rows[next].line, step.status.message);
  }
  if (insert_use_ == nullptr) return std::nullopt;
  for (const auto& u : batch.uses()) {
    sqlite::Statement& st = *insert_use_;
    sqlite::Status status = BindText(st, 1, batch, u.license_number);
    if (status.ok()) status = BindText(st, 2, batch, u.shipment_id);
    if (status.ok()) status = st.Bind(3, u.line);
    if (status.ok()) status = BindText(st, 4, batch, u.ship_date);
    if (status.ok()) status = st.Bind(5, u.quantity);
    const auto step = status.ok() ? st.Step() : sqlite::StepResult{sqlite::StepState::kError, status};
    st.Reset();
    if (!step.done()) return fmt::format("recording the license use of line {}: {}", u.line, step.status.message);
  }
  return std::nullopt;
}

}  // namespace chipgate::store_detail
