// Test reads of an audit database (see db_query.hpp).
#include "support/db_query.hpp"

#include "store/sqlite.hpp"

namespace chipgate::testing {

std::vector<std::map<std::string, std::string>> QueryRows(const std::string& db_path, const std::string& sql) {
  std::vector<std::map<std::string, std::string>> out;
  auto db = sqlite::Database::Open(db_path);
  if (!db.ok()) return out;
  auto st = db->Prepare(sql);
  if (!st.ok()) return out;
  while (st->Step().row()) {
    auto& row = out.emplace_back();
    for (int c = 0; c < st->ColumnCount(); ++c) row[std::string(st->ColumnName(c))] = std::string(st->ColumnText(c));
  }
  return out;
}

std::string QueryText(const std::string& db_path, const std::string& sql) {
  std::string out;
  auto db = sqlite::Database::Open(db_path);
  if (!db.ok()) return "cannot open " + db_path;
  auto st = db->Prepare(sql);
  if (!st.ok()) return "bad query: " + st.status.message;
  while (st->Step().row()) {
    for (int c = 0; c < st->ColumnCount(); ++c) out += std::string(c == 0 ? "" : "|") + std::string(st->ColumnText(c));
    out += "\n";
  }
  return out;
}

}  // namespace chipgate::testing
