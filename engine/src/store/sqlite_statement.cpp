// Prepared-statement binding, stepping and column access (see sqlite.hpp).
#include <sqlite3.h>

#include "store/sqlite.hpp"

namespace chipgate::sqlite {

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Status Statement::Check(int code) const {
  if (code == SQLITE_OK) return {};
  return {code, sqlite3_errmsg(sqlite3_db_handle(stmt_))};
}

Status Statement::Bind(int index, std::int64_t value) {
  return Check(sqlite3_bind_int64(stmt_, index, value));
}

Status Statement::Bind(int index, double value) {
  return Check(sqlite3_bind_double(stmt_, index, value));
}

Status Statement::Bind(int index, std::string_view text) {
  // TRANSIENT: SQLite copies the text, so callers may bind views of buffers that change
  // before Step() (a CSV reader's current record, for one).
  // An empty view may have no data pointer, and SQLite binds a null pointer as NULL, not "".
  return Check(sqlite3_bind_text64(stmt_, index, text.empty() ? "" : text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
}

Status Statement::BindView(int index, std::string_view text) {
  return Check(sqlite3_bind_text64(stmt_, index, text.empty() ? "" : text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8));
}

Status Statement::Bind(int index, std::nullptr_t) { return Check(sqlite3_bind_null(stmt_, index)); }

StepResult Statement::Step() {
  const int code = sqlite3_step(stmt_);
  if (code == SQLITE_ROW) return {StepState::kRow, {}};
  if (code == SQLITE_DONE) return {StepState::kDone, {}};
  return {StepState::kError, Check(code)};
}

void Statement::Reset() { sqlite3_reset(stmt_); }

int Statement::ColumnCount() const { return sqlite3_column_count(stmt_); }

ColumnType Statement::TypeOf(int column) const {
  switch (sqlite3_column_type(stmt_, column)) {
    case SQLITE_INTEGER: return ColumnType::kInteger;
    case SQLITE_FLOAT: return ColumnType::kFloat;
    case SQLITE_TEXT: return ColumnType::kText;
    case SQLITE_BLOB: return ColumnType::kBlob;
    default: return ColumnType::kNull;
  }
}

std::int64_t Statement::ColumnInt64(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

double Statement::ColumnDouble(int column) const { return sqlite3_column_double(stmt_, column); }

std::string_view Statement::ColumnText(int column) const {
  // Text first, then its length: the documented order that avoids a conversion freeing it.
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  const auto bytes = static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column));
  return {reinterpret_cast<const char*>(text), bytes};
}

std::string_view Statement::ColumnName(int column) const {
  const char* name = sqlite3_column_name(stmt_, column);
  return name == nullptr ? std::string_view() : std::string_view(name);
}

}  // namespace chipgate::sqlite
