// GeneratePartyList and GenerateQueries (see party_list_gen.hpp).
#include "party_list_gen.hpp"

#include <array>
#include <random>

namespace chipgate::bench {
namespace {

using Rng = std::mt19937;

constexpr std::array<const char*, 40> kPinyin = {
    "hai", "guang", "zhi", "pu", "hua", "zhang", "xin", "kai", "lai", "peng", "wei", "shen", "tian", "jin",
    "long", "xun", "fei", "teng", "yun", "cong", "shang", "tang", "kuang", "shi", "bi", "ren", "suan", "neng",
    "zhong", "ke", "li", "ming", "da", "tong", "heng", "yuan", "rui", "jie", "bo", "an"};
constexpr std::array<const char*, 24> kSlavic = {"ros", "tek", "al", "maz", "kon", "tsern", "mash", "prom", "neft",
                                                 "gaz", "sib", "ural", "vol", "ga", "nov", "tex", "star", "kom",
                                                 "energo", "avia", "radio", "elektro", "opt", "tron"};
constexpr std::array<const char*, 20> kWestern = {"nova", "tek", "inter", "trade", "glob", "al", "sys", "tron",
                                                  "micro", "quant", "ar", "on", "vex", "el", "dyn", "ami",
                                                  "core", "tel", "pro", "max"};
constexpr std::array<const char*, 30> kCities = {
    "Beijing", "Shanghai", "Shenzhen", "Tianjin", "Chengdu", "Hangzhou", "Wuhan", "Moscow", "Saint Petersburg",
    "Novosibirsk", "Dubai", "Tehran", "Istanbul", "Hong Kong", "Minsk", "Karachi", "Kuala Lumpur", "Singapore",
    "Guangzhou", "Xiamen", "Yerevan", "Tashkent", "Almaty", "Caracas", "Damascus", "Pyongyang", "Hefei",
    "Nanjing", "Qingdao", "Sharjah"};
constexpr std::array<const char*, 28> kIndustry = {
    "Technology", "Technologies", "Electronics", "Trading", "Industrial", "Information", "Semiconductor",
    "Aviation", "Logistics", "Microelectronics", "Engineering", "Systems", "Group", "Holding", "Import Export",
    "Science and Technology", "Intelligent", "Computing", "Machinery", "Shipping", "Energy", "Instruments",
    "Research Institute", "Development", "International", "Components", "Optics", "Software"};
constexpr std::array<const char*, 16> kLegal = {"Co., Ltd.", "Co., Ltd", "Limited", "LLC", "Ltd.", "JSC", "OOO",
                                                "Inc.", "Pte. Ltd.", "FZE", "FZCO", "GmbH", "S.A.", "AO",
                                                "Corporation", "Company Limited"};
constexpr std::array<const char*, 30> kSurnames = {
    "IVANOV", "PETROV", "SMIRNOV", "KUZNETSOV", "POPOV", "SOKOLOV", "LEBEDEV", "KOZLOV", "NOVIKOV", "MOROZOV",
    "HOSSEINI", "MOHAMMADI", "AHMADI", "REZAEI", "KARIMI", "RODRIGUEZ", "GONZALEZ", "HERNANDEZ", "LOPEZ",
    "MARTINEZ", "WANG", "LI", "ZHANG", "LIU", "CHEN", "AL-RASHID", "AL-HASSAN", "KIM", "PARK", "CHOI"};
constexpr std::array<const char*, 24> kGiven = {
    "Aleksandr", "Sergey", "Dmitry", "Andrei", "Alexey", "Mikhail", "Ali", "Mohammad", "Hossein", "Reza",
    "Carlos", "Jose", "Luis", "Juan", "Wei", "Jun", "Ming", "Hong", "Ahmad", "Omar", "Yusuf", "Jong Un",
    "Chol", "Viktor"};

template <std::size_t N>
const char* Pick(const std::array<const char*, N>& words, Rng& rng) {
  return words[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

bool Chance(Rng& rng, int percent) { return std::uniform_int_distribution<int>(0, 99)(rng) < percent; }

template <std::size_t N>
std::string Coined(const std::array<const char*, N>& syllables, Rng& rng) {
  std::string word;
  const int n = std::uniform_int_distribution<int>(2, 3)(rng);
  for (int i = 0; i < n; ++i) word += Pick(syllables, rng);
  word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

std::string CoinedFor(int region, Rng& rng) {
  return region == 0 ? Coined(kPinyin, rng) : region == 1 ? Coined(kSlavic, rng) : Coined(kWestern, rng);
}

std::string CompanyName(int region, Rng& rng) {
  std::string name;
  if (Chance(rng, 45)) name += std::string(Pick(kCities, rng)) + " ";
  name += CoinedFor(region, rng);
  const int industry = std::uniform_int_distribution<int>(0, 2)(rng);
  for (int i = 0; i < industry; ++i) name += std::string(" ") + Pick(kIndustry, rng);
  if (Chance(rng, 70)) name += std::string(" ") + Pick(kLegal, rng);
  return name;
}

std::string PersonName(Rng& rng) {
  return std::string(Pick(kSurnames, rng)) + ", " + Pick(kGiven, rng) + (Chance(rng, 50) ? std::string(" ") + Pick(kGiven, rng) : "");
}

parties::SourceList ListFor(Rng& rng) {
  const int r = std::uniform_int_distribution<int>(0, 99)(rng);
  if (r < 74) return parties::SourceList::kSdn;
  if (r < 87) return parties::SourceList::kEntityList;
  if (r < 93) return parties::SourceList::kDeniedPersons;
  if (r < 94) return parties::SourceList::kUnverified;
  if (r < 95) return parties::SourceList::kMilitaryEndUser;
  return parties::SourceList::kOther;
}

parties::Entry MakeEntry(Rng& rng) {
  parties::Entry e;
  e.list = ListFor(rng);
  const int region = std::uniform_int_distribution<int>(0, 2)(rng);
  const bool person = e.list == parties::SourceList::kSdn && Chance(rng, 45);
  e.name = person ? PersonName(rng) : CompanyName(region, rng);
  const int aliases = std::uniform_int_distribution<int>(0, 3)(rng);
  for (int a = 0; a < aliases; ++a) e.aliases.push_back(person ? PersonName(rng) : CoinedFor(region, rng));
  static constexpr std::array<const char*, 6> kCountries = {"CN", "RU", "IR", "AE", "HK", "TR"};
  e.countries.push_back(*CountryCode::Parse(kCountries[static_cast<std::size_t>(region) * 2 + (Chance(rng, 50) ? 1 : 0)]));
  if (!Chance(rng, 10)) e.start_date = Date::FromCivil(2010 + std::uniform_int_distribution<int>(0, 15)(rng), 1, 1);
  e.license_policy = parties::LicensePolicy::kPresumptionOfDenial;
  return e;
}

std::string Typo(std::string s, Rng& rng) {
  if (s.size() < 6) return s;
  const std::size_t i = std::uniform_int_distribution<std::size_t>(1, s.size() - 3)(rng);
  std::swap(s[i], s[i + 1]);
  return s;
}

}  // namespace

parties::PartyList GeneratePartyList(std::size_t entries, std::uint32_t seed) {
  Rng rng(seed);
  parties::PartyList list;
  list.entries.reserve(entries);
  for (std::size_t i = 0; i < entries; ++i) list.entries.push_back(MakeEntry(rng));
  list.files.push_back({"generated", "generated", "", "", std::nullopt, entries});
  return list;
}

std::vector<std::string> GenerateQueries(const parties::PartyList& list, std::size_t count, std::uint32_t seed) {
  Rng rng(seed);
  std::vector<std::string> queries;
  for (std::size_t i = 0; i < count; ++i) {
    if (Chance(rng, 50)) {
      queries.push_back(CompanyName(std::uniform_int_distribution<int>(0, 2)(rng), rng));
      continue;
    }
    const parties::Entry& e = list.entries[std::uniform_int_distribution<std::size_t>(0, list.entries.size() - 1)(rng)];
    const std::string& name = e.aliases.empty() || Chance(rng, 60) ? e.name : e.aliases.front();
    queries.push_back(Chance(rng, 50) ? Typo(name, rng) : name);
  }
  return queries;
}

}  // namespace chipgate::bench
