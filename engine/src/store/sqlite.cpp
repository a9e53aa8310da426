// The SQLite connection and transaction wrappers (see sqlite.hpp).
#include "store/sqlite.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <limits>

namespace chipgate::sqlite {

bool TurnOffMemoryStatistics() { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }

StatusOr<Database> Database::Open(const std::string& path) {
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX;
  const int code = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (code != SQLITE_OK) {
    // SQLite hands back a connection even on failure (except out of memory) so that the
    // message can be read; it must still be closed.
    Status status{code, db ? sqlite3_errmsg(db) : sqlite3_errstr(code)};
    status.message += fmt::format(" (opening {})", path);
    sqlite3_close_v2(db);
    return {std::nullopt, std::move(status)};
  }
  return {Database(db), {}};
}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
  }
  return *this;
}

// close_v2 defers the close until outstanding statements are finalised, so destruction order
// between a Database and its Statements does not matter.
Database::~Database() { sqlite3_close_v2(db_); }

Status Database::Check(int code) const {
  if (code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW) return {};
  return {code, sqlite3_errmsg(db_)};
}

Status Database::Exec(const std::string& script) {
  return Check(sqlite3_exec(db_, script.c_str(), nullptr, nullptr, nullptr));
}

StatusOr<Statement> Database::Prepare(std::string_view sql) {
  if (sql.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    return {std::nullopt, {SQLITE_TOOBIG, "SQL text too long"}};
  }
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  // PERSISTENT: these statements are prepared once per run and stepped many times.
  const int code = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
  if (code != SQLITE_OK) return {std::nullopt, Check(code)};
  Statement statement(stmt);
  if (stmt == nullptr) return {std::nullopt, {SQLITE_MISUSE, "no SQL statement to prepare"}};
  const std::string_view rest(tail, static_cast<std::size_t>(sql.data() + sql.size() - tail));
  if (rest.find_first_not_of(" \t\r\n;") != std::string_view::npos) {
    return {std::nullopt, {SQLITE_MISUSE, fmt::format("more than one SQL statement: {}", rest)}};
  }
  return {std::move(statement), {}};
}

StatusOr<std::int64_t> Database::UserVersion() {
  auto statement = Prepare("PRAGMA user_version");
  if (!statement.ok()) return {std::nullopt, statement.status};
  StepResult step = statement->Step();
  if (!step.row()) return {std::nullopt, step.status};
  return {statement->ColumnInt64(0), {}};
}

// PRAGMA takes no bound parameters; the value is an integer we format ourselves.
Status Database::SetUserVersion(std::int64_t version) {
  return Exec(fmt::format("PRAGMA user_version = {}", version));
}

std::int64_t Database::LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }
std::int64_t Database::Changes() const { return sqlite3_changes64(db_); }
bool Database::InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

Status Database::SetBusyTimeout(int milliseconds) { return Check(sqlite3_busy_timeout(db_, milliseconds)); }

StatusOr<Transaction> Transaction::Begin(Database& db, Mode mode) {
  Status status = db.Exec(mode == Mode::kExclusive ? "BEGIN EXCLUSIVE" : "BEGIN IMMEDIATE");
  if (!status.ok()) return {std::nullopt, std::move(status)};
  return {Transaction(db), {}};
}

Status Transaction::Commit() {
  if (db_ == nullptr) return {SQLITE_MISUSE, "transaction already finished"};
  Status status = db_->Exec("COMMIT");
  if (status.ok()) db_ = nullptr;
  return status;
}

// Asks SQLite whether a transaction is still open rather than trusting our own flag: some
// errors (SQLITE_FULL, SQLITE_IOERR, ...) roll back on their own, and a second ROLLBACK would
// only fail. A failed rollback here cannot be reported; SQLite's journal still restores the
// database when it is next opened.
Transaction::~Transaction() {
  if (db_ != nullptr && db_->InTransaction()) db_->Exec("ROLLBACK");
}

}  // namespace chipgate::sqlite
