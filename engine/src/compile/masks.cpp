// Country masks (see masks.hpp). Treat substitutions apply to the country being tested, not to
// group members: HK in a set tests as whatever CN tests as.
#include "compile/masks.hpp"

namespace chipgate::compile {
namespace {

// A subdivision is in every group or literal its country is in.
CountryMask WithSubdivisions(CountryMask mask) {
  for (std::size_t s = CountryCode::kCountrySpace; s < CountryCode::kSpace; ++s) {
    const CountryCode sub = CountryCode::FromIndex(static_cast<std::uint16_t>(s));
    if (mask.test(sub.Country().index())) mask.set(s);
  }
  return mask;
}

CountryMask Raw(const Model& m, NodeId id, Date date) {
  const Node& n = m.node(id);
  CountryMask mask;
  switch (n.op) {
    case NodeOp::kGroup:
      for (const auto& member : m.groups[n.index].members) {
        if (member.interval.Contains(date)) mask.set(member.country.index());
      }
      return WithSubdivisions(mask);
    case NodeOp::kSet: return Raw(m, m.sets[n.index].body, date);
    case NodeOp::kCountryLiteral:
      for (const auto c : n.countries) mask.set(c.index());
      return WithSubdivisions(mask);
    case NodeOp::kUnion: return Raw(m, n.children[0], date) | Raw(m, n.children[1], date);
    case NodeOp::kDifference: return Raw(m, n.children[0], date) & ~Raw(m, n.children[1], date);
    default: break;
  }
  return mask;
}

}  // namespace

CountryMask ResolveCountries(const Model& model, NodeId collection, Date date) {
  const CountryMask raw = Raw(model, collection, date);
  CountryMask out = raw;
  for (const auto& t : model.treats) {
    if (t.interval.Contains(date)) out.set(t.country.index(), raw.test(t.as.index()));
  }
  return out;
}

}  // namespace chipgate::compile
