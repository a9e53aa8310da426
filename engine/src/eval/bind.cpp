// Binding a catalog to a program: each item's facts laid out flat, strings interned against the
// program's string constants, contained items as index ranges. Done once per catalog.
#include <algorithm>

#include "eval/evaluate.hpp"
#include "eval/missing.hpp"

namespace chipgate {
namespace {

Slot Known(const Rational& r) {
  Slot s;
  s.number = r;
  s.state = kSlotTrue;
  return s;
}

Slot Unknown(std::uint16_t why) {
  Slot s;
  s.state = kSlotUnknown;
  s.why = why;
  return s;
}

std::int32_t Intern(const Program& p, const std::string& s, bool absent) {
  if (absent) return -2;
  const auto it = std::find(p.strings.begin(), p.strings.end(), s);
  return it == p.strings.end() ? -1 : static_cast<std::int32_t>(it - p.strings.begin());
}

}  // namespace

BoundCatalog Bind(const Program& program, const Catalog& catalog) {
  BoundCatalog out;
  out.items.reserve(catalog.size());
  for (const auto& item : catalog.items()) {
    BoundItem b;
    for (std::size_t f = 0; f < kNumberFieldCount; ++f) {
      const auto& v = item.numbers[f];
      b.numbers[f] = v ? Known(*v) : Unknown(eval::FieldCode(static_cast<NumberField>(f)));
    }
    for (std::size_t p = 0; p < kPrecisionCount; ++p) {
      if (item.dense_tops[p]) {
        b.dense[p] = Known(*item.dense_tops[p]);
      } else {
        b.dense[p].state = kSlotSkip;
      }
    }
    b.datacenter = item.datacenter ? Slot{Rational(), static_cast<std::uint8_t>(*item.datacenter ? kSlotTrue : kSlotFalse), 0}
                                   : Unknown(eval::kMissingDatacenter);
    b.mass_market_encryption.state = item.mass_market_encryption.value_or(false) ? kSlotTrue : kSlotFalse;
    b.kind = static_cast<std::uint8_t>(item.kind);
    b.strings = {Intern(program, item.vendor, false), Intern(program, item.id, false), Intern(program, item.name, false),
                 Intern(program, item.memory_type, item.memory_type.empty()), Intern(program, item.vendor_eccn, false)};
    b.first_child = static_cast<std::uint32_t>(out.children.size());
    for (const auto& c : item.contains) {
      if (const auto index = catalog.IndexOf(c.item)) out.children.push_back(static_cast<std::uint32_t>(*index));
    }
    b.child_count = static_cast<std::uint32_t>(out.children.size()) - b.first_child;
    out.items.push_back(b);
  }
  return out;
}

FastQuery FastQuery::Of(const Query& q, const Program& program) {
  FastQuery f;
  f.item = static_cast<std::uint32_t>(q.item);
  f.destination = q.destination.index();
  f.end_user_hq = q.end_user_hq ? q.end_user_hq->index() : -1;
  f.exporter_hq = q.exporter_hq ? q.exporter_hq->index() : -1;
  f.date = q.date;
  f.inputs[static_cast<std::size_t>(Input::kTransaction)] = static_cast<std::int8_t>(q.transaction);
  f.inputs[static_cast<std::size_t>(Input::kUaeApprovedEntity)] = q.uae_approved_entity ? 1 : 0;
  for (std::size_t e = 0; e < kEndUseCount; ++e) {
    const auto stated = q.EndUseStated(static_cast<EndUse>(e));
    f.inputs[static_cast<std::size_t>(EndUseInput(static_cast<EndUse>(e)))] = stated ? static_cast<std::int8_t>(*stated ? 1 : 0) : -1;
  }
  if (q.exporter) {
    const auto it = std::find(program.strings.begin(), program.strings.end(), *q.exporter);
    f.exporter = it == program.strings.end() ? -2 : static_cast<std::int32_t>(it - program.strings.begin());
  }
  return f;
}

std::string MissingName(std::uint16_t code) {
  if (code >= 1 && code <= kNumberFieldCount) return std::string(InfoOf(static_cast<NumberField>(code - 1)).key);
  switch (code) {
    case eval::kMissingDatacenter: return "datacenter";
    case eval::kMissingMemoryType: return "memory_type";
    case eval::kMissingDenseTops: return "dense_tops";
    case eval::kMissingEndUserHq: return "end_user_hq";
    case eval::kMissingExporterHq: return "exporter_hq";
    case eval::kMissingOverflow: return "arithmetic overflow";
    case eval::kMissingDivisionByZero: return "division by zero";
    case eval::kMissingDepth: return "systems nested too deeply";
    default:
      if (code >= eval::kMissingInput && code < eval::kMissingInput + kInputCount) return InputName(static_cast<Input>(code - eval::kMissingInput));
      return "";
  }
}

}  // namespace chipgate
