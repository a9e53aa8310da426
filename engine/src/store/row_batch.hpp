// Rows on their way to the database, packed: every text value of a batch lives in one string,
// rows and explanations refer to it by offset. The reading thread fills a batch, the writing
// thread stores it, and the batch is reused, so a row costs no allocation on either side.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/claim.hpp"
#include "audit/row_explanation.hpp"
#include "audit/row_verdict.hpp"
#include "audit/shipment_row.hpp"
#include "audit/sink.hpp"

namespace chipgate::store_detail {

// Eight bytes, so that it travels in one register: with a separate `null` flag it was built on
// the stack and read back across two stores (a failed store forwarding per column per row).
struct TextRef {
  static constexpr std::uint32_t kNullLength = UINT32_MAX;
  std::uint32_t offset = 0;
  std::uint32_t length = 0;  // kNullLength: SQL NULL

  static constexpr TextRef Null() { return {0, kNullLength}; }
  bool null() const { return length == kNullLength; }
};

// The columns of a results row that hold text, in the order they are bound. From kDate on: the
// decision inputs schema 5 added, so a row can be asked again from the database alone.
enum class RowText : std::uint8_t {
  kShipmentId, kShipDate, kItem, kItemId, kDestination, kEndUser, kEndUserHq, kClaimed,
  kDate, kExporterHq, kConsignee, kPurchaser, kEndUserParent, kClaim, kCount
};
constexpr std::size_t kRowTextCount = static_cast<std::size_t>(RowText::kCount);

struct PendingRow {
  std::int64_t line = 0;
  std::array<TextRef, kRowTextCount> text{};
  std::optional<std::int64_t> quantity;
  Verdict verdict = Verdict::kRejected;
  std::int64_t explanation_id = 0;
};

// A use of a license (license_uses): a row whose claimed license covers it.
struct PendingUse {
  std::int64_t line = 0;
  TextRef license_number, shipment_id, ship_date;
  std::int64_t quantity = 0;
};

struct PendingExplanation {
  std::int64_t id = 0;
  TextRef required, missing, reasons, citations, license_finding;
};

class RowBatch {
 public:
  static constexpr std::size_t kRows = 2048;

  bool full() const { return rows_.size() >= kRows; }
  bool empty() const { return rows_.empty() && explanations_.empty() && uses_.empty(); }
  void Clear();

  void AddExplanation(std::int64_t id, const RowExplanation& why);
  void AddRow(const AuditedRow& audited, std::int64_t explanation_id);
  // The row (decided, claiming a license) draws on its license: the ledger's values as read.
  void AddUse(const ShipmentRow& row);

  const std::vector<PendingRow>& rows() const { return rows_; }
  const std::vector<PendingExplanation>& explanations() const { return explanations_; }
  const std::vector<PendingUse>& uses() const { return uses_; }
  std::string_view View(const TextRef& ref) const { return std::string_view(text_).substr(ref.offset, ref.length); }

 private:
  TextRef Put(std::string_view value) {
    const TextRef ref{static_cast<std::uint32_t>(text_.size()), static_cast<std::uint32_t>(value.size())};
    text_.append(value);
    return ref;
  }
  TextRef PutClean(std::string_view value);  // input text: sanitised (see CleanText)
  TextRef PutParty(std::string_view value);  // a party's name: sanitised, NULL when blank
  TextRef PutClaim(const Claim& claim, std::string_view written);

  std::string text_;
  std::vector<PendingRow> rows_;
  std::vector<PendingExplanation> explanations_;
  std::vector<PendingUse> uses_;
  std::string scratch_;
};

}  // namespace chipgate::store_detail
