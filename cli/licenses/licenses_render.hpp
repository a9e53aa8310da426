// What `chipgate licenses` prints: each license of the register with its terms and what the
// audit database records as used and left, as an aligned text table or JSON.
#pragma once

#include <string>
#include <vector>

#include "audit/license_plan.hpp"
#include "licenses/licenses.hpp"

namespace chipgate::cli {

struct LicenseBalance {
  const licenses::License* license = nullptr;
  std::int64_t used = 0;          // units shipped under it, as recorded
  std::size_t shipments = 0;      // uses recorded
  std::optional<Rational> left;   // absent: unlimited
};

std::vector<LicenseBalance> Balances(const licenses::Register& register_, const std::vector<LicenseUseRecord>& uses);
std::string LicensesText(const std::vector<LicenseBalance>& balances, const std::string& db_path);
std::string LicensesJson(const std::vector<LicenseBalance>& balances, const std::string& db_path);

}  // namespace chipgate::cli
