// Decides an H100 to China, for an end user named in Chinese, with the installed chipgate
// library and prints check's JSON. The name needs the installed Unicode plugin.
#include <cstdio>

#include "chipgate/chipgate.hpp"

int main(int argc, char** argv) {
  chipgate::EngineOptions options;
  options.data_dir = argc > 1 ? argv[1] : CHIPGATE_DATA_DIR;  // the bundled rules/ and catalog/
  options.unicode_plugin = CHIPGATE_UNICODE_PLUGIN;             // the installed prefix may have moved
  const auto engine = chipgate::Engine::Load(options);
  if (!engine.ok()) {
    std::fputs(chipgate::RenderText(engine.diagnostics).c_str(), stderr);
    return 2;
  }
  chipgate::Question question;
  question.item = "nvidia-h100-sxm5-80gb";
  question.destination = "CN";
  question.end_user_hq = "CN";
  question.date = "2025-06-01";
  question.end_user = "北京智谱华章科技有限公司";  // on the Entity List as Beijing Zhipu Huazhang Technology
  const auto decision = engine->Decide(question);
  if (!decision.ok()) {
    std::fputs(chipgate::RenderText(decision.diagnostics).c_str(), stderr);
    return 2;
  }
  std::fputs(engine->RenderDecision(*decision, chipgate::Format::kJson).c_str(), stdout);
  return decision->outcome == chipgate::Outcome::kLicenseRequired ? 0 : 1;
}
