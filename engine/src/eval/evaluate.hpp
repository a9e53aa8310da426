// The fast evaluator: runs a compiled Program for one item and one query without allocating.
// Items are bound once (catalog → flat facts); a Scratch holds the registers and is reused
// across calls. It answers what the explaining evaluator answers (classifications, license,
// review, exceptions, determinacy), without the explanation; tests hold the two to agreement.
#pragma once

#include <bitset>
#include <cstdint>
#include <optional>
#include <vector>

#include "catalog/catalog.hpp"
#include "chipgate/decision.hpp"
#include "compile/program.hpp"
#include "decide/combine.hpp"
#include "explain/explain.hpp"

namespace chipgate {

// A register value: a three-valued truth, or an exact number, or unknown with a reason.
struct Slot {
  Rational number;
  std::uint8_t state = 0;  // kSlotFalse / kSlotTrue (also "known number") / kSlotUnknown / kSlotSkip
  std::uint16_t why = 0;   // a missing-input code when unknown (MissingName)
};
constexpr std::uint8_t kSlotFalse = 0;
constexpr std::uint8_t kSlotTrue = 1;
constexpr std::uint8_t kSlotUnknown = 2;
constexpr std::uint8_t kSlotSkip = 3;

// Why a value is unknown: a catalog field, a query input, or an arithmetic failure.
std::string MissingName(std::uint16_t code);

struct BoundItem {
  std::array<Slot, kNumberFieldCount> numbers{};
  std::array<Slot, kPrecisionCount> dense{};
  Slot datacenter;
  Slot mass_market_encryption;            // false when absent (no 740.17(b) classification recorded)
  std::uint8_t kind = 0;
  // vendor, id, name, memory_type, vendor_eccn (ItemAttr order): ids in Program::strings, -1
  // other, -2 absent (memory_type only: an unstated vendor_eccn is the known text "").
  std::array<std::int32_t, kTextAttrCount> strings{};
  std::uint32_t first_child = 0;
  std::uint32_t child_count = 0;
};

struct BoundCatalog {
  std::vector<BoundItem> items;           // indexed like the Catalog
  std::vector<std::uint32_t> children;    // contained item indices (one per contained item)
};

BoundCatalog Bind(const Program& program, const Catalog& catalog);

struct FastQuery {
  std::uint32_t item = 0;
  std::uint16_t destination = 0;       // CountryCode::index()
  std::int32_t end_user_hq = -1;       // CountryCode::index(), or -1 when unknown
  std::int32_t exporter_hq = -1;
  Date date;
  // The other inputs by Input index: a bool (0, 1) or an enum value (Transaction); -1 unknown.
  std::array<std::int8_t, kInputCount> inputs = DefaultInputs();
  std::int32_t exporter = -1;          // id in Program::strings; -1 not stated (the item's vendor), -2 another company

  static constexpr std::array<std::int8_t, kInputCount> DefaultInputs() {
    std::array<std::int8_t, kInputCount> v{};
    for (auto& x : v) x = -1;
    v[static_cast<std::size_t>(Input::kTransaction)] = static_cast<std::int8_t>(Transaction::kExport);
    v[static_cast<std::size_t>(Input::kUaeApprovedEntity)] = 0;
    return v;
  }
  // The fast form of a query for `program` (the exporter is looked up in its strings).
  static FastQuery Of(const Query& q, const Program& program);
};

// The fast path's answer: the combined determination (decide/combine.hpp) plus the
// classifications of the item on the date.
struct FastDecision : decide::Combined {
  bool in_coverage = true;
  std::bitset<kMaxEccns> eccn_true;
  std::bitset<kMaxEccns> eccn_unknown;

  bool operator==(const FastDecision&) const = default;
};

// What is left of an epoch's decision segment for one item once everything that does not
// depend on the question is settled (eval/residual.hpp): the instructions to run, and the
// requirements and exceptions (indices into the epoch's) that can still hold.
struct Residual {
  std::vector<Instr> code;
  std::vector<std::uint16_t> requirements;
  std::vector<std::uint16_t> exceptions;
};

// Registers for evaluation, reused across calls. It also caches each item's item-segment
// results per epoch (a classification does not depend on the destination), so repeated
// questions about the same items run only the short destination-dependent segment. The cache
// is keyed by the Program and BoundCatalog objects last used; call Reset() after changing
// either in place. Memory is allocated on first use and then reused: no allocation per call.
class Scratch {
 public:
  explicit Scratch(const Program& program);

  // Frames for contained items (depth >= 1) during cold evaluation.
  Slot* Frame(std::size_t depth) { return slots_.data() + depth * stride_; }
  std::size_t depth_limit() const { return depth_limit_; }
  // The cached frame of (epoch, item), its residual decision code (eval/residual.hpp), and
  // whether both are already computed.
  struct Cached {
    Slot* frame;
    Residual* residual;
    bool warm;
  };
  Cached CachedFrame(const Program& program, const BoundCatalog& items, std::size_t epoch, std::uint32_t item);
  // The epoch in force on `date`, remembering the last one (queries tend to share dates).
  const EpochProgram* Epoch(const Program& program, Date date);
  void Reset();

  // Buffers for the per-requirement and per-exception states handed to the combiner.
  std::vector<decide::RequirementState> requirement_states;
  std::vector<decide::ExceptionState> exception_states;
  // Off: every question runs the whole decision segment and combines every requirement (what
  // the residual is tested against, and measured against).
  bool fold_decision_segment = true;
  // Working space for building residuals (per register).
  std::vector<std::uint8_t> residual_marks;
  std::vector<std::uint8_t> residual_live;

 private:
  std::vector<Slot> slots_;
  std::size_t stride_ = 0;
  std::size_t depth_limit_ = 8;
  std::vector<Slot> cache_;
  std::vector<Residual> residuals_;  // per cache block
  std::vector<std::uint64_t> tags_;  // per cache block: key + 1, 0 when empty
  std::vector<std::uint32_t> generations_;  // per cache block: the generation that filled it
  std::uint32_t generation_ = 1;
  const Program* program_ = nullptr;
  const BoundCatalog* items_ = nullptr;
  const EpochProgram* last_epoch_ = nullptr;
};

FastDecision Decide(const Program& program, const BoundCatalog& items, const FastQuery& query, Scratch& scratch);

}  // namespace chipgate
