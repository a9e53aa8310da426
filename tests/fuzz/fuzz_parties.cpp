// FuzzPartyList (see fuzz_parties.hpp).
#include "fuzz/fuzz_parties.hpp"

#include <string>

#include "chipgate/parties.hpp"
#include "parties/readers.hpp"

namespace chipgate::fuzz {
namespace {

// Indexing is linear, but a fuzz input of a few kilobytes can hold thousands of one-byte
// entries; a few hundred exercise the normaliser and scorer as well.
constexpr std::size_t kMaxIndexed = 300;

void Read(PartyFormat format, std::string_view text, parties::FileDiagnostics& diagnostics,
          parties::PartyList& list) {
  switch (format) {
    case PartyFormat::kCslCsv: parties::ReadCslCsv(text, 0, diagnostics, list); break;
    case PartyFormat::kCslJson: parties::ReadCslJson(text, 0, diagnostics, list); break;
    case PartyFormat::kSdnCsv: parties::ReadSdnCsv(text, 0, diagnostics, parties::SdnAliases{text, &diagnostics}, list); break;
  }
}

}  // namespace

void FuzzPartyList(PartyFormat format, const std::uint8_t* data, std::size_t size) {
  SourceSet sources;
  const std::uint32_t id = sources.Add("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  std::vector<Diagnostic> diagnostics;
  parties::FileDiagnostics sink(sources, id, diagnostics, format == PartyFormat::kCslJson);
  parties::PartyList list;
  Read(format, sources.file(id).text(), sink, list);
  list.files.emplace_back();
  SortDiagnostics(diagnostics, sources);
  (void)RenderText(diagnostics, sources);
  if (list.entries.empty() || list.entries.size() > kMaxIndexed) return;
  for (const parties::Entry& e : list.entries) (void)parties::RequirementOf(e);
  const parties::PartyIndex index(list);
  const Date date = *Date::Parse("2025-01-01");
  for (const parties::Hit& h : index.Search({list.entries.front().name, std::nullopt, date}).hits) {
    (void)parties::ExplanationText(h.explanation);
  }
  (void)index.Search({std::string(sources.file(id).text().substr(0, 256)), CountryCode::Parse("CN"), date});
}

}  // namespace chipgate::fuzz
