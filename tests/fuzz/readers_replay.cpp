// Replays the shipment-log and catalog fuzz corpora (tests/fuzz/corpus/audit_log, .../catalog)
// through their fuzz bodies in the normal test run (and under ASan+UBSan in CI).
#include <gtest/gtest.h>

#include "fuzz/fuzz_readers.hpp"
#include "fuzz/replay.hpp"

namespace chipgate {
namespace {

TEST(FuzzReplay, EveryAuditLogInputRunsCleanly) {
  EXPECT_GE(fuzz::ReplayCorpus("audit_log", &fuzz::FuzzAuditLog), 10U) << "the seed corpus is missing";
}

TEST(FuzzReplay, EveryCatalogInputRunsCleanly) {
  EXPECT_GE(fuzz::ReplayCorpus("catalog", &fuzz::FuzzCatalogFile), 40U) << "the seed corpus is missing";
}

}  // namespace
}  // namespace chipgate
