// Headroom as text (see headroom_render.hpp): the thresholds as margins, then each spec's
// nearest flips as sentences that say what changes and that the value one step back does not.
#include <fmt/format.h>

#include "render/cell_text.hpp"
#include "render/catalog_format.hpp"
#include "render/decision_text.hpp"
#include "render/headroom_render.hpp"

namespace chipgate::render {
namespace {

std::string Num(const Rational& r) { return MetricText(r, 4); }

std::string WithUnit(const Rational& r, const std::string& unit) {
  return unit.empty() || unit == "1" || unit == "TOPS*bit" || unit == "TOPS*bit/mm2" ? Num(r) : Num(r) + " " + unit;
}

// "tpp 2368 is 32 below 3A090.b.1's 2400 (tpp >= 2400)"
std::string ThresholdLine(const Threshold& t) {
  const Rational diff = *Rational::Sub(t.value, t.limit);
  const Rational margin = diff.IsNegative() ? *Rational::Sub(Rational(0), diff) : diff;
  const std::string where = diff.IsZero() ? fmt::format("equal to {}'s", t.paragraph)
                                          : fmt::format("{} {} {}'s", Num(margin), diff.IsNegative() ? "below" : "above", t.paragraph);
  return fmt::format("[{}] {} {}: {} {} ({}: {} {} {})", t.holds ? "yes" : "no ", t.quantity, WithUnit(t.value, t.unit), where,
                     Num(t.limit), t.rule_id, t.quantity, CmpOpText(t.op), t.limit_text);
}

std::string DecisionWords(const DecisionCell& before, const DecisionCell& after, const Model& m) {
  std::string what = "changes the decision";
  if (before.license_required == Tri::kTrue && after.license_required == Tri::kFalse) what = "removes the license requirement";
  if (before.license_required == Tri::kFalse && after.license_required == Tri::kTrue) what = "adds a license requirement";
  const std::string change = CellChangeText(before, m, after, m);
  if (CellCode(before, m) == CellCode(after, m)) return fmt::format("{}: {}", what, change);
  return fmt::format("{}: {} ({})", what, change, CellDescription(after, m));
}

std::string FlipLine(const Flip& f, bool decision, const EngineState& s, const std::string& dest) {
  const std::string unit = f.spec.Unit() == "TOPS*bit" ? "" : f.spec.Unit();
  std::string change;
  if (f.spec.kind == Spec::Kind::kDatacenter) {
    change = FlipVerb(f);
  } else {
    const Rational delta = *Rational::Sub(f.to, f.from);
    change = fmt::format("{} from {} to {} ({}{})", FlipVerb(f), WithUnit(f.from, unit), WithUnit(f.to, unit),
                         delta.IsNegative() ? "" : "+", Num(delta));
  }
  std::string effect = decision ? fmt::format("{} for {}", DecisionWords(*f.before.cell, *f.after.cell, s.model), dest)
                                : fmt::format("makes it {} (was {})", ClassificationWords(f.after), ClassificationWords(f.before));
  std::string out = fmt::format("    {}: {} {}\n", f.spec.kind == Spec::Kind::kDatacenter ? "toggle" : f.up ? "up" : "down", change, effect);
  if (f.spec.kind != Spec::Kind::kDatacenter) {
    out += fmt::format("      crosses {}; at {} it stays {}\n", f.crossing, WithUnit(f.step_back, unit),
                       decision ? CellCode(*f.before.cell, s.model) : ClassificationWords(f.before));
  }
  return out;
}

std::string FlipSection(const HeadroomReport& r, const std::vector<Flip>& flips, bool decision, const EngineState& s,
                        const std::string& dest) {
  std::string out;
  for (const auto& spec : r.specs) {
    std::string lines;
    bool down = false;
    bool up = false;
    for (const auto& f : flips) {
      if (!(f.spec == spec)) continue;
      lines += FlipLine(f, decision, s, dest);
      (f.up ? up : down) = true;
    }
    if (lines.empty()) {
      out += fmt::format("  {}: no single change of it changes the outcome\n", spec.Name());
      continue;
    }
    if (spec.kind != Spec::Kind::kDatacenter && !down) lines.insert(0, "    down: no lower value changes the outcome\n");
    if (spec.kind != Spec::Kind::kDatacenter && !up) lines += "    up: no higher value changes the outcome\n";
    out += fmt::format("  {}\n{}", spec.Name(), lines);
  }
  return out;
}

}  // namespace

std::string ClassificationWords(const FlipOutcome& o) {
  std::string out = o.classifications.empty() ? "none" : fmt::format("{}", fmt::join(o.classifications, ", "));
  if (!o.criteria.empty()) out += fmt::format(" [{}]", fmt::join(o.criteria, ", "));
  if (!o.undecided.empty()) out += fmt::format(", undecided: {}", fmt::join(o.undecided, ", "));
  return out;
}

std::string FlipVerb(const Flip& f) {
  switch (f.spec.kind) {
    case Spec::Kind::kDatacenter:
      return f.to.IsZero() ? "declaring it not designed or marketed for datacenters (datacenter=false)"
                           : "designing or marketing it for datacenters (datacenter=true)";
    case Spec::Kind::kTpp: return f.up ? "raising tpp" : "cutting tpp";
    case Spec::Kind::kNumber:
      if (f.spec.field == NumberField::kDieAreaMm2) return f.up ? "enlarging the die (die_area_mm2)" : "shrinking the die (die_area_mm2)";
      return fmt::format("{} {}", f.up ? "raising" : "lowering", f.spec.Name());
  }
  return "";
}

std::string HeadroomText(const HeadroomReport& r, const EngineState& s, const EndUserChoice& end_user) {
  const Item& item = *s.catalog.Find(r.item);
  std::string out = fmt::format("Headroom of {} {} ({}) on {}\n", item.vendor, item.name, item.id, r.date.ToString());
  out += fmt::format("  classification: {}\n", ClassificationWords(r.current));
  std::string dest;
  if (r.destination) {
    dest = r.destination->ToString();
    out += fmt::format("  to {}: {} ({}), end user {}\n", CountryText(*r.destination), CellCode(*r.current.cell, s.model),
                       CellDescription(*r.current.cell, s.model), end_user.Describe());
  }
  for (const auto& m : r.metrics) {
    if (m.value) out += fmt::format("  {:<22} {} {}\n", m.name, m.arithmetic, m.unit == "1" ? "" : m.unit);
  }
  out += "\nThresholds tested (read from the rules in force; [yes] = the test holds)\n";
  std::optional<ExplainSection> section;
  for (const auto& t : r.thresholds) {
    if (t.section != section) out += fmt::format("  {}\n", ExplainSectionTitle(*(section = t.section)));
    out += "    " + ThresholdLine(t) + "\n";
  }
  if (r.thresholds.empty()) out += "  none\n";
  out += "\nNearest flips of the classification (each re-evaluated; the value one step back keeps the current outcome)\n";
  out += FlipSection(r, r.classification_flips, false, s, dest);
  if (r.destination) {
    out += fmt::format("\nNearest flips of the decision for {}\n", dest);
    out += FlipSection(r, r.decision_flips, true, s, dest);
  }
  if (!r.notes.empty()) out += "\n";
  for (const auto& n : r.notes) out += fmt::format("note: {}\n", n);
  out += fmt::format("\nSteps: tpp 0.01, areas 0.01 mm2, bandwidths 0.1 GB/s. {} re-evaluations. Provenance: rules sha256 {}, catalog sha256 {}\n",
                     r.evaluations, s.model.rules_hash.substr(0, 16), s.catalog_hash.substr(0, 16));
  return out;
}

}  // namespace chipgate::render
