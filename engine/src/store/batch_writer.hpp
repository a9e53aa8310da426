// The thread that writes the audit's rows while the reading thread decides the next ones: SQLite
// inserts cost as much as everything else a row needs, and the machine has a second core.
// Batches travel through a small bounded queue (memory stays flat: the reader waits when the
// writer is behind) and come back empty for reuse. The connection is used by one thread at a
// time: the owner before Start() and after Stop(), the writer in between.
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "store/sqlite.hpp"
#include "store/row_batch.hpp"

namespace chipgate::store_detail {

class BatchWriter {
 public:
  // Columns of a results row, and rows per multi-row insert.
  static constexpr std::size_t kResultColumns = 19;
  static constexpr std::size_t kRowsPerInsert = 32;

  // The statements must outlive the writer; parameter 1 of each is bound to the run id already
  // (parameter 6 of `insert_use`, which is null when the run records no license uses; in
  // `insert_rows`, which inserts kRowsPerInsert results rows, parameter 1 of each row's
  // kResultColumns).
  BatchWriter(sqlite::Statement& insert_row, sqlite::Statement& insert_rows, sqlite::Statement& insert_explanation,
              sqlite::Statement* insert_use);
  ~BatchWriter();  // stops the thread (dropping what is queued) if it still runs
  BatchWriter(const BatchWriter&) = delete;
  BatchWriter& operator=(const BatchWriter&) = delete;

  void Start();
  // An empty batch to fill (reused when one is free). Null once the writer has failed.
  std::unique_ptr<RowBatch> Take();
  // Queues a filled batch; waits while the queue is full. False once the writer has failed.
  bool Submit(std::unique_ptr<RowBatch> batch);
  // Writes everything queued and stops the thread. The first error, if any.
  std::optional<std::string> Stop();

 private:
  void Run();
  std::optional<std::string> Write(const RowBatch& batch);

  static constexpr std::size_t kQueued = 4;

  sqlite::Statement& insert_row_;
  sqlite::Statement& insert_rows_;
  sqlite::Statement& insert_explanation_;
  sqlite::Statement* insert_use_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::unique_ptr<RowBatch>> queue_;
  std::vector<std::unique_ptr<RowBatch>> free_;
  bool stopping_ = false;
  std::optional<std::string> error_;
  std::thread thread_;
};

}  // namespace chipgate::store_detail
