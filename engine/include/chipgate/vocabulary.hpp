// The small shared vocabulary of decisions: three-valued truth, review policies, comparison
// operators, references to rules, precisions. Public, because decisions are stated in it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace chipgate {

enum class Tri : std::uint8_t { kFalse, kTrue, kUnknown };
const char* TriName(Tri t);  // "false" | "true" | "unknown"

// Kleene's three-valued connectives: false absorbs `and`, true absorbs `or`, else unknown wins.
constexpr Tri TriAnd(Tri a, Tri b) {
  if (a == Tri::kFalse || b == Tri::kFalse) return Tri::kFalse;
  return a == Tri::kUnknown || b == Tri::kUnknown ? Tri::kUnknown : Tri::kTrue;
}
constexpr Tri TriOr(Tri a, Tri b) {
  if (a == Tri::kTrue || b == Tri::kTrue) return Tri::kTrue;
  return a == Tri::kUnknown || b == Tri::kUnknown ? Tri::kUnknown : Tri::kFalse;
}

enum class CmpOp : std::uint8_t { kLt, kLe, kGt, kGe, kEq, kNe };
const char* CmpOpText(CmpOp op);

// `a op b` read from the other side: `2400 <= tpp` is `tpp >= 2400`.
constexpr CmpOp MirrorCmp(CmpOp op) {
  switch (op) {
    case CmpOp::kLt: return CmpOp::kGt;
    case CmpOp::kLe: return CmpOp::kGe;
    case CmpOp::kGt: return CmpOp::kLt;
    case CmpOp::kGe: return CmpOp::kLe;
    default: return op;
  }
}

// How BIS reviews a license application, from least to most restrictive (the order is used:
// the combined policy is the maximum).
enum class ReviewPolicy : std::uint8_t { kNone, kPresumptionOfApproval, kCaseByCase, kPresumptionOfDenial };
const char* ReviewPolicyName(ReviewPolicy p);  // "presumption_of_denial", ...; "none"

enum class RuleStatus : std::uint8_t { kInForce, kUnconfirmed, kAnnouncedRescinded };
const char* RuleStatusName(RuleStatus s);

// The five kinds of rule a rule file declares; a RuleRef names one rule of the rules loaded by
// kind and index, so decisions and explanations refer to rules without comparing their text.
enum class RuleKind : std::uint8_t { kClassify, kNote, kRequire, kOverride, kException };
const char* RuleKindKey(RuleKind k);  // "classify", "note", "require", "override", "exception"

struct RuleRef {
  RuleKind kind = RuleKind::kClassify;
  std::uint32_t index = 0;
  bool operator==(const RuleRef&) const = default;
};

// An expression of the checked rules (explanations point at the expression they evaluated).
using NodeId = std::uint32_t;
constexpr NodeId kNoNode = 0xFFFFFFFF;

// Precisions of the catalog's [dense_tops] (and [sparse_tops]) tables.
enum class Precision : std::uint8_t { kFp64, kFp32, kTf32, kFp16, kBf16, kFp8, kFp6, kInt8, kInt4, kFp4, kCount };
constexpr std::size_t kPrecisionCount = static_cast<std::size_t>(Precision::kCount);
std::string_view PrecisionKey(Precision p);  // "fp64", ..., "fp4"
std::optional<Precision> PrecisionByKey(std::string_view key);

}  // namespace chipgate
