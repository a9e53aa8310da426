// Fuzz body (see fuzz_rules.hpp).
#include "fuzz/fuzz_rules.hpp"

#include <string>

#include "check/check.hpp"
#include "syntax/parse.hpp"
#include "compile/program.hpp"

namespace chipgate::fuzz {

void FuzzRules(const std::uint8_t* data, std::size_t size) {
  SourceSet sources;
  const auto id = sources.Add("fuzz.rules", std::string(reinterpret_cast<const char*>(data), size));
  ParseOutput parsed = Parse(sources, id);
  (void)RenderText(parsed.diagnostics, sources);
  std::vector<ast::File> files;
  files.push_back(std::move(parsed.file));
  const Result<Model> checked = Check(files, sources);
  (void)RenderText(checked.diagnostics, sources);
  if (checked.ok()) (void)Compile(*checked.value, ParamValues::Defaults(*checked.value));
}

}  // namespace chipgate::fuzz
