// Names of the enums in parties.hpp, and which list a CSL `source` text means. The CSL writes
// each list's full title ("Entity List (EL) - Bureau of Industry and Security"); we key on the
// abbreviation in parentheses, which trade.gov has kept stable, and fall back to the title.
#include <array>
#include <utility>

#include "chipgate/parties.hpp"
#include "parties/source_list.hpp"

namespace chipgate::parties {

std::string_view SourceListName(SourceList list) {
  switch (list) {
    case SourceList::kEntityList: return "entity_list";
    case SourceList::kDeniedPersons: return "denied_persons";
    case SourceList::kUnverified: return "unverified";
    case SourceList::kMilitaryEndUser: return "military_end_user";
    case SourceList::kSdn: return "sdn";
    case SourceList::kOther: return "other";
  }
  return "other";
}

std::string_view HitDecisionName(HitDecision d) { return d == HitDecision::kMatch ? "match" : "review"; }

std::optional<SourceList> SourceListFromText(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, SourceList>, 10> kKeys = {{
      {"(EL)", SourceList::kEntityList},
      {"Entity List", SourceList::kEntityList},
      {"(DPL)", SourceList::kDeniedPersons},
      {"Denied Persons", SourceList::kDeniedPersons},
      {"(UVL)", SourceList::kUnverified},
      {"Unverified List", SourceList::kUnverified},
      {"(MEU)", SourceList::kMilitaryEndUser},
      {"Military End User", SourceList::kMilitaryEndUser},
      {"(SDN)", SourceList::kSdn},
      {"Specially Designated Nationals", SourceList::kSdn},
  }};
  for (const auto& [key, list] : kKeys) {
    if (text.find(key) != std::string_view::npos) return list;
  }
  return std::nullopt;
}

}  // namespace chipgate::parties
