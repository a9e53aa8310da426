// The SQLite wrapper: round trips of every bound type, errors as values (bad SQL, STRICT type
// violations, constraint failures), user_version, and transactions that roll back unless
// committed, in memory and in a real file.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/sqlite.hpp"
#include "support/temp_dir.hpp"

namespace chipgate::sqlite {
namespace {

constexpr const char* kSchema = R"sql(
  CREATE TABLE shipment (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    value_usd REAL,
    quantity INTEGER
  ) STRICT;
)sql";

Database OpenWithSchema(const std::string& path = ":memory:") {
  auto db = Database::Open(path);
  EXPECT_TRUE(db.ok()) << db.status.message;
  EXPECT_TRUE(db->Exec(kSchema).ok());
  return std::move(*db.value);
}

std::int64_t CountRows(Database& db) {
  auto count = db.Prepare("SELECT count(*) FROM shipment");
  EXPECT_TRUE(count.ok()) << count.status.message;
  EXPECT_TRUE(count->Step().row());
  return count->ColumnInt64(0);
}

void Insert(Database& db, std::int64_t id) {
  auto insert = db.Prepare("INSERT INTO shipment (id, name) VALUES (?1, 'x')");
  ASSERT_TRUE(insert.ok());
  ASSERT_TRUE(insert->Bind(1, id).ok());
  ASSERT_TRUE(insert->Step().done());
}

TEST(Sqlite, RoundTripsEveryBoundType) {
  Database db = OpenWithSchema();
  auto insert = db.Prepare("INSERT INTO shipment (id, name, value_usd, quantity) VALUES (?,?,?,?)");
  ASSERT_TRUE(insert.ok()) << insert.status.message;
  // Prepared once, reused: the text binding is a view of a buffer that changes afterwards.
  for (int i = 1; i <= 3; ++i) {
    std::string name = "H100 \"SXM\" #" + std::to_string(i) + std::string(1, '\0') + "tail";
    EXPECT_TRUE(insert->Bind(1, i).ok());
    EXPECT_TRUE(insert->Bind(2, std::string_view(name)).ok());
    EXPECT_TRUE(insert->Bind(3, 25000.5 * i).ok());
    const Status quantity =
        i == 2 ? insert->Bind(4, nullptr) : insert->Bind(4, std::int64_t{1} << 40);
    EXPECT_TRUE(quantity.ok());
    name.assign("overwritten");
    ASSERT_TRUE(insert->Step().done());
    EXPECT_EQ(db.LastInsertRowId(), i);
    EXPECT_EQ(db.Changes(), 1);
    insert->Reset();
  }
  auto select = db.Prepare("SELECT id, name, value_usd, quantity FROM shipment ORDER BY id");
  ASSERT_TRUE(select.ok());
  ASSERT_EQ(select->ColumnCount(), 4);
  for (int i = 1; i <= 3; ++i) {
    ASSERT_TRUE(select->Step().row());
    EXPECT_EQ(select->ColumnInt64(0), i);
    EXPECT_EQ(select->ColumnText(1),
              "H100 \"SXM\" #" + std::to_string(i) + std::string(1, '\0') + "tail");
    EXPECT_EQ(select->TypeOf(2), ColumnType::kFloat);
    EXPECT_DOUBLE_EQ(select->ColumnDouble(2), 25000.5 * i);
    EXPECT_EQ(select->TypeOf(3), i == 2 ? ColumnType::kNull : ColumnType::kInteger);
    if (i != 2) {
      EXPECT_EQ(select->ColumnInt64(3), std::int64_t{1} << 40);
    }
  }
  EXPECT_TRUE(select->Step().done());
}

TEST(Sqlite, StrictTableTypeErrorsAreErrors) {
  Database db = OpenWithSchema();
  auto insert = db.Prepare("INSERT INTO shipment (id, name, quantity) VALUES (1, 'x', ?)");
  ASSERT_TRUE(insert.ok());
  ASSERT_TRUE(insert->Bind(1, std::string_view("twelve")).ok());
  const StepResult step = insert->Step();
  EXPECT_EQ(step.state, StepState::kError);
  EXPECT_EQ(step.status.code, SQLITE_CONSTRAINT_DATATYPE);
  EXPECT_NE(step.status.message.find("cannot store TEXT value in INTEGER column"),
            std::string::npos)
      << step.status.message;
  EXPECT_EQ(CountRows(db), 0);
  // The statement is usable again after a failed step.
  insert->Reset();
  ASSERT_TRUE(insert->Bind(1, 12).ok());
  EXPECT_TRUE(insert->Step().done());
  EXPECT_EQ(CountRows(db), 1);
}

TEST(Sqlite, ConstraintFailuresAreErrors) {
  Database db = OpenWithSchema();
  Insert(db, 7);
  auto again = db.Prepare("INSERT INTO shipment (id, name) VALUES (7, 'y')");
  ASSERT_TRUE(again.ok());
  const StepResult step = again->Step();
  EXPECT_EQ(step.state, StepState::kError);
  EXPECT_EQ(step.status.code, SQLITE_CONSTRAINT_PRIMARYKEY);
  auto no_name = db.Prepare("INSERT INTO shipment (id) VALUES (8)");
  ASSERT_TRUE(no_name.ok());
  EXPECT_EQ(no_name->Step().status.code, SQLITE_CONSTRAINT_NOTNULL);
}

TEST(Sqlite, BadSqlIsAnErrorWithSqlitesMessage) {
  Database db = OpenWithSchema();
  auto bad = db.Prepare("SELEC * FROM shipment");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status.code, SQLITE_ERROR);
  EXPECT_NE(bad.status.message.find("syntax error"), std::string::npos) << bad.status.message;
  auto missing = db.Prepare("SELECT * FROM nowhere");
  EXPECT_NE(missing.status.message.find("no such table: nowhere"), std::string::npos);
  EXPECT_FALSE(db.Prepare("SELECT 1; SELECT 2").ok());
  EXPECT_FALSE(db.Prepare("  ").ok());
  EXPECT_TRUE(db.Prepare("SELECT 1;  \n").ok());
  const Status exec = db.Exec("CREATE TABLE shipment (id INTEGER) STRICT");
  EXPECT_FALSE(exec.ok());
  EXPECT_NE(exec.message.find("already exists"), std::string::npos) << exec.message;
  auto select = db.Prepare("SELECT 1");
  EXPECT_EQ(select->Bind(5, 1).code, SQLITE_RANGE);
}

TEST(Sqlite, OpenFailureIsAnError) {
  const auto db = Database::Open("/nonexistent-dir/chipgate.sqlite");
  EXPECT_FALSE(db.ok());
  EXPECT_EQ(db.status.code, SQLITE_CANTOPEN);
  EXPECT_NE(db.status.message.find("/nonexistent-dir/chipgate.sqlite"), std::string::npos);
}

TEST(Sqlite, UserVersion) {
  Database db = OpenWithSchema();
  EXPECT_EQ(*db.UserVersion(), 0);
  EXPECT_TRUE(db.SetUserVersion(3).ok());
  EXPECT_EQ(*db.UserVersion(), 3);
}

TEST(Sqlite, TransactionRollsBackUnlessCommitted) {
  Database db = OpenWithSchema();
  {
    auto transaction = Transaction::Begin(db);
    ASSERT_TRUE(transaction.ok()) << transaction.status.message;
    EXPECT_TRUE(db.InTransaction());
    Insert(db, 1);
    Insert(db, 2);
    EXPECT_EQ(CountRows(db), 2);
  }
  EXPECT_FALSE(db.InTransaction());
  EXPECT_EQ(CountRows(db), 0);
  {
    auto transaction = Transaction::Begin(db);
    Insert(db, 3);
    EXPECT_TRUE(transaction->Commit().ok());
    EXPECT_FALSE(transaction->Commit().ok());  // only once
  }
  EXPECT_EQ(CountRows(db), 1);
}

TEST(Sqlite, NestedBeginIsAnError) {
  Database db = OpenWithSchema();
  auto outer = Transaction::Begin(db);
  ASSERT_TRUE(outer.ok());
  const auto inner = Transaction::Begin(db);
  EXPECT_FALSE(inner.ok());
  EXPECT_NE(inner.status.message.find("within a transaction"), std::string::npos);
  EXPECT_TRUE(db.InTransaction());  // the failed inner Begin did not end the outer one
}

TEST(Sqlite, FileDatabaseKeepsCommittedRowsOnly) {
  const testing::TempDir dir;
  const std::string path = dir.File("audit.sqlite");
  {
    Database db = OpenWithSchema(path);
    ASSERT_TRUE(db.SetUserVersion(1).ok());
    auto committed = Transaction::Begin(db);
    Insert(db, 1);
    ASSERT_TRUE(committed->Commit().ok());
    auto abandoned = Transaction::Begin(db);
    Insert(db, 2);
  }
  auto db = Database::Open(path);
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(*db->UserVersion(), 1);
  EXPECT_EQ(CountRows(*db), 1);
}

// The switch is for a program's first line: once SQLite has started it refuses, changing nothing.
TEST(Sqlite, MemoryStatisticsCannotBeTurnedOffOnceStarted) {
  auto db = Database::Open(":memory:");
  ASSERT_TRUE(db.ok());
  EXPECT_FALSE(TurnOffMemoryStatistics());
  EXPECT_TRUE(db->Exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);").ok());
}

}  // namespace
}  // namespace chipgate::sqlite
