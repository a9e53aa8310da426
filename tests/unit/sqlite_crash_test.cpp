// Crash safety of the audit store: a writer killed with SIGKILL in the middle of a transaction
// (after SQLite has already spilled uncommitted pages into the database file) must leave the
// database exactly as it was once it is next opened. This is what lets a batch audit say
// "one transaction per run": a run either lands whole or not at all.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/sha256.hpp"
#include "store/sqlite.hpp"
#include "support/temp_dir.hpp"

namespace chipgate::sqlite {
namespace {

constexpr int kCommittedRows = 10;

std::string FileHash(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return Sha256Hex(bytes.str());
}

bool InsertRows(Database& db, int first, int count) {
  auto insert = db.Prepare("INSERT INTO shipment (id, name) VALUES (?, ?)");
  if (!insert.ok()) return false;
  const std::string name(200, 'n');
  for (int id = first; id < first + count; ++id) {
    if (!insert->Bind(1, id).ok() || !insert->Bind(2, std::string_view(name)).ok()) return false;
    if (!insert->Step().done()) return false;
    insert->Reset();
  }
  return true;
}

// Runs in the forked child: opens its own connection, writes far more than its tiny page cache
// holds (so dirty pages reach the database file before any commit), tells the parent, and
// waits to be killed. Uses no gtest: exit codes report setup failures.
[[noreturn]] void DoomedWriter(const std::string& path, int ready_fd) {
  auto db = Database::Open(path);
  if (!db.ok() || !db->Exec("PRAGMA cache_size = 4").ok()) _exit(2);
  auto transaction = Transaction::Begin(*db);
  if (!transaction.ok() || !InsertRows(*db, 1000, 20000)) _exit(3);
  if (write(ready_fd, "r", 1) != 1) _exit(4);
  while (true) pause();
}

std::int64_t CountRows(const std::string& path) {
  auto db = Database::Open(path);
  if (!db.ok()) return -1;
  auto count = db->Prepare("SELECT count(*) FROM shipment");
  if (!count.ok() || !count->Step().row()) return -1;
  return count->ColumnInt64(0);
}

TEST(SqliteCrash, WriterKilledBeforeCommitLeavesTheFileUnchanged) {
  const testing::TempDir dir;
  const std::string path = dir.File("audit.sqlite");
  {
    auto db = Database::Open(path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("CREATE TABLE shipment (id INTEGER PRIMARY KEY, name TEXT) STRICT").ok());
    ASSERT_TRUE(InsertRows(*db, 0, kCommittedRows));
  }
  const std::string before = FileHash(path);

  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(ready[0]);
    DoomedWriter(path, ready[1]);
  }
  close(ready[1]);
  char byte = 0;
  const ssize_t got = read(ready[0], &byte, 1);
  close(ready[0]);
  kill(child, SIGKILL);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_EQ(got, 1) << "the writer failed before its kill point, status " << status;
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

  // The kill really interrupted a write: the file holds uncommitted pages and a hot journal.
  EXPECT_TRUE(std::filesystem::exists(path + "-journal"));
  EXPECT_NE(FileHash(path), before);

  EXPECT_EQ(CountRows(path), kCommittedRows);
  EXPECT_EQ(FileHash(path), before);
}

}  // namespace
}  // namespace chipgate::sqlite
