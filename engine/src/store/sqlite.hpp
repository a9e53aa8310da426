// A thin RAII layer over the SQLite C API for the audit store: a connection, prepared
// statements, and a transaction that rolls back unless committed. Every SQL failure comes back
// as a Status carrying SQLite's extended result code and message; nothing here throws. The
// SQLite header stays out of this one so that only the store links against SQLite.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace chipgate::sqlite {

// For a program (not a library) to call first, before it opens any database: SQLite's memory
// statistics, on by default, take a process-wide mutex around every allocation SQLite makes, a
// tenth of the audit's writing thread. Nothing reads them. Returns false (and changes nothing)
// once SQLite has started, when it is too late to change.
bool TurnOffMemoryStatistics();

// Success, or SQLite's extended result code (e.g. SQLITE_CONSTRAINT_DATATYPE) and message.
struct Status {
  int code = 0;  // SQLITE_OK
  std::string message;

  bool ok() const { return code == 0; }
  // Another connection held a lock for longer than the busy timeout (SQLITE_BUSY, extended or not).
  bool busy() const { return (code & 0xFF) == 5; }
};

// A value or the Status that explains its absence.
template <class T>
struct StatusOr {
  std::optional<T> value;
  Status status;

  bool ok() const { return value.has_value(); }
  T& operator*() { return *value; }
  const T& operator*() const { return *value; }
  T* operator->() { return &*value; }
  const T* operator->() const { return &*value; }
};

enum class StepState { kRow, kDone, kError };

struct StepResult {
  StepState state = StepState::kError;
  Status status;  // set when state is kError

  bool row() const { return state == StepState::kRow; }
  bool done() const { return state == StepState::kDone; }
};

enum class ColumnType { kInteger, kFloat, kText, kBlob, kNull };

// One prepared statement, prepared once and reused through Reset(). Not to be used after its
// Database is gone (destroying it afterwards is fine: SQLite keeps the connection until the
// last statement is finalised).
class Statement {
 public:
  Statement(Statement&& other) noexcept : stmt_(std::exchange(other.stmt_, nullptr)) {}
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Parameter indices are 1-based, as in SQLite. Text is copied, so the view may die after
  // the call. Bindings survive Reset().
  Status Bind(int index, std::int64_t value);
  Status Bind(int index, int value) { return Bind(index, std::int64_t{value}); }
  Status Bind(int index, double value);
  Status Bind(int index, std::string_view text);
  Status Bind(int index, std::nullptr_t);
  // Text bound without a copy: the bytes must stay valid and unchanged until the statement has
  // been stepped and reset (or rebound). For hot loops that bind views of buffers they own.
  Status BindView(int index, std::string_view text);

  // Runs to the next row (kRow: read it with the column getters) or to the end (kDone).
  StepResult Step();
  // Rewinds for another run with the same or new bindings. Always succeeds: SQLite's reset
  // only repeats the error of a failed Step(), which that Step() already returned.
  void Reset();

  // Column indices are 0-based, as in SQLite; valid after Step() returned kRow. A text view
  // lives until the next Step(), Reset() or destruction.
  int ColumnCount() const;
  ColumnType TypeOf(int column) const;
  std::int64_t ColumnInt64(int column) const;
  double ColumnDouble(int column) const;
  std::string_view ColumnText(int column) const;
  std::string_view ColumnName(int column) const;  // as the query names it (`AS` or the column)

 private:
  friend class Database;
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  Status Check(int code) const;

  sqlite3_stmt* stmt_;
};

class Database {
 public:
  // Opens (creating if needed) a database file, or ":memory:" for a private in-memory one.
  static StatusOr<Database> Open(const std::string& path);

  Database(Database&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // Runs a script of one or more statements that return no rows we need (schema, pragmas).
  Status Exec(const std::string& script);
  // Prepares exactly one statement; trailing statements are an error, not silently dropped.
  // `sql` need not be NUL-terminated.
  StatusOr<Statement> Prepare(std::string_view sql);

  // The schema version we keep in PRAGMA user_version.
  StatusOr<std::int64_t> UserVersion();
  Status SetUserVersion(std::int64_t version);

  std::int64_t LastInsertRowId() const;
  // Rows changed by the most recent INSERT, UPDATE or DELETE.
  std::int64_t Changes() const;
  // True while a transaction is open on this connection.
  bool InTransaction() const;
  // How long a statement waits for another connection's lock before failing with SQLITE_BUSY
  // (SQLite's default is not at all).
  Status SetBusyTimeout(int milliseconds);

 private:
  explicit Database(sqlite3* db) : db_(db) {}
  Status Check(int code) const;

  sqlite3* db_;
};

// BEGIN IMMEDIATE on creation (the write lock is taken up front, so a run never fails halfway
// on a lock upgrade), or BEGIN EXCLUSIVE, which also waits out and then keeps out readers, so
// the COMMIT cannot fail because a reader holds the database; COMMIT only on Commit(). Destroying it while the transaction is still
// open rolls back, so an early return or an exception leaves the database as it was. The
// Database must stay where it is (not moved, not destroyed) while the transaction lives.
class Transaction {
 public:
  enum class Mode { kImmediate, kExclusive };
  static StatusOr<Transaction> Begin(Database& db, Mode mode = Mode::kImmediate);

  Transaction(Transaction&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  // On failure (e.g. SQLITE_BUSY) the transaction may still be open; destruction then rolls
  // it back.
  Status Commit();

 private:
  explicit Transaction(Database& db) : db_(&db) {}

  Database* db_;  // null once committed or moved from
};

}  // namespace chipgate::sqlite
