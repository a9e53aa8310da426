// Reading an audit database in tests, as a script would with sqlite3: every row of a query as
// text (NULL as an empty string), so tests can compare and rebuild rows from the stored columns.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace chipgate::testing {

// Each row as column name → text; empty when the database or the query fails (the caller's
// expectations then fail).
std::vector<std::map<std::string, std::string>> QueryRows(const std::string& db_path, const std::string& sql);
// The rows joined: columns with "|", each row ended by "\n".
std::string QueryText(const std::string& db_path, const std::string& sql);

}  // namespace chipgate::testing
