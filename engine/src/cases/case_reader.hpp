// Reading case files (the format of docs/rule-tests.md): the paths given (files, or folders
// whose *.toml files are read, not their subfolders, which may hold catalog layers such as
// tests/conformance/items), every case with its file and line, or every problem found, each
// with file:line:column and a stable code (case_codes.hpp). Nothing is thrown for a user's
// mistake and nothing unknown is ignored.
#pragma once

#include <string>
#include <vector>

#include "cases/case.hpp"
#include "chipgate/result.hpp"

namespace chipgate::cases {

// All the cases of `paths` in order (files sorted within a folder), or, when any file has an
// error, nothing: a suite with a malformed case is not run in part. The diagnostics are
// located (Diagnostic::location), so they render after the file text is gone.
Result<CaseSet> ReadCaseFiles(const std::vector<std::string>& paths);

// One file's text, read as if from `path` (for the fuzz target and for tests).
Result<CaseSet> ReadCaseText(const std::string& path, std::string text);

}  // namespace chipgate::cases
