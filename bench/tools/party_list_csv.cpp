// Writes a generated screening list (party_list_gen.hpp) as a Consolidated Screening List CSV,
// for the benchmarks that load a list the way users do: bench/audit_bench.sh with
// PARTY_ENTRIES. Usage: chipgate_party_list ENTRIES OUT.csv [SEED]
#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "party_list_gen.hpp"

namespace {

using chipgate::parties::Entry;
using chipgate::parties::SourceList;

// The CSL's own titles, as trade.gov writes them (lists/csl-sample.csv).
const char* SourceTitle(SourceList list) {
  switch (list) {
    case SourceList::kEntityList: return "Entity List (EL) - Bureau of Industry and Security";
    case SourceList::kDeniedPersons: return "Denied Persons List (DPL) - Bureau of Industry and Security";
    case SourceList::kUnverified: return "Unverified List (UVL) - Bureau of Industry and Security";
    case SourceList::kMilitaryEndUser: return "Military End User (MEU) List - Bureau of Industry and Security";
    case SourceList::kSdn: return "Specially Designated Nationals (SDN) - Treasury Department";
    default: return "Nonproliferation Sanctions (ISN) - State Department";
  }
}

std::string Quoted(const std::string& field) {
  std::string out = "\"";
  for (const char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string Joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

std::string Row(const Entry& e, std::size_t number) {
  std::vector<std::string> countries;
  for (const auto& c : e.countries) countries.emplace_back(c.ToString());
  const bool bis = e.list != SourceList::kSdn;
  return fmt::format("gen-{},{},{},{},{},{},,{},{},{}\n", number, Quoted(SourceTitle(e.list)), Quoted(e.name), Quoted(Joined(countries)),
                     bis ? Quoted(fmt::format("{} FR {}", 80 + number % 10, 10000 + number)) : "",
                     e.start_date ? e.start_date->ToString() : "", bis ? Quoted("For all items subject to the EAR") : "",
                     bis ? Quoted("Presumption of denial") : "", Quoted(Joined(e.aliases)));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fputs("usage: chipgate_party_list ENTRIES OUT.csv [SEED]\n", stderr);
    return 2;
  }
  const auto entries = static_cast<std::size_t>(std::strtoull(argv[1], nullptr, 10));
  const auto seed = static_cast<std::uint32_t>(argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 2026);
  const chipgate::parties::PartyList list = chipgate::bench::GeneratePartyList(entries, seed);
  std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
  out << "_id,source,name,addresses,federal_register_notice,start_date,end_date,license_requirement,license_policy,alt_names\n";
  for (std::size_t i = 0; i < list.entries.size(); ++i) out << Row(list.entries[i], i + 1);
  out.flush();
  if (!out) {
    std::fprintf(stderr, "chipgate_party_list: cannot write %s\n", argv[2]);
    return 1;
  }
  return 0;
}
