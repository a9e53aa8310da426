// BuildNameIndex (see name_index.hpp). Linear in the number of names: one normalisation each,
// then counting-sort style postings.
#include "parties/name_index.hpp"

#include <cmath>

namespace chipgate::parties {
namespace {

void AddName(NameIndex& index, const Entry& e, std::uint32_t entry, std::uint32_t name, const NormalisedName& n) {
  if (n.tokens.empty()) return;
  IndexedName in;
  in.entry = entry;
  if (e.start_date) in.listed_from = e.start_date->days();
  if (e.end_date) in.listed_until = e.end_date->days();
  in.name = name;
  in.steps = n.steps;
  in.token_begin = static_cast<std::uint32_t>(index.tokens.size());
  in.token_count = static_cast<std::uint32_t>(n.tokens.size());
  for (const std::string& t : n.tokens) index.tokens.push_back(index.vocabulary.Add(t));
  index.names.push_back(in);
}

void BuildPostings(NameIndex& index) {
  const std::size_t v = index.vocabulary.size();
  index.frequency.assign(v, 0);
  for (const std::uint32_t t : index.tokens) ++index.frequency[t];
  index.posting_starts.assign(v + 1, 0);
  for (std::size_t t = 0; t < v; ++t) index.posting_starts[t + 1] = index.posting_starts[t] + index.frequency[t];
  index.postings.assign(index.tokens.size(), 0);
  std::vector<std::uint32_t> fill(index.posting_starts.begin(), index.posting_starts.end() - 1);
  for (std::uint32_t n = 0; n < index.names.size(); ++n) {
    const IndexedName& name = index.names[n];
    for (std::uint32_t k = 0; k < name.token_count; ++k) index.postings[fill[index.tokens[name.token_begin + k]]++] = n;
  }
}

void BuildWeights(NameIndex& index) {
  const double n = static_cast<double>(index.names.size()) + 1.0;
  index.weights.resize(index.frequency.size());
  for (std::size_t t = 0; t < index.frequency.size(); ++t) {
    index.weights[t] = static_cast<float>(std::log(n / (index.frequency[t] + 0.5)));
  }
  // A word no listed name has weighs like one in a single name: an extra word in the query (a
  // branch, a city) lowers the score without wiping it out.
  index.unknown_weight = static_cast<float>(std::log(n / 1.5));
  // A token in more than 1 % of names (and at least 64) is too common to look candidates up by.
  index.common_frequency = std::max<std::uint32_t>(64, static_cast<std::uint32_t>(index.names.size() / 100));
}

}  // namespace

NameIndex BuildNameIndex(const PartyList& list, const Normaliser& normaliser) {
  NameIndex index;
  const auto add = [&](const Entry& entry, std::uint32_t e, std::uint32_t name, const std::string& text) {
    Normalised normalised = normaliser.Normalise(text);
    if (!normalised.failure.empty()) {
      if (index.unnormalised.empty()) index.unnormalised = std::move(normalised.failure);
      ++index.unnormalised_names;
    }
    for (const NormalisedName& n : normalised.names) AddName(index, entry, e, name, n);
  };
  for (std::uint32_t e = 0; e < list.entries.size(); ++e) {
    const Entry& entry = list.entries[e];
    add(entry, e, 0, entry.name);
    for (std::uint32_t a = 0; a < entry.aliases.size(); ++a) add(entry, e, a + 1, entry.aliases[a]);
  }
  index.vocabulary.Freeze();
  BuildPostings(index);
  BuildWeights(index);
  return index;
}

}  // namespace chipgate::parties
