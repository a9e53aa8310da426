// A load from a snapshot is the load it was written from: the same sources, model (printed, and
// byte for byte through the snapshot's own field lists), catalog items, hashes and decisions.
#include <gtest/gtest.h>

#include "check/model_print.hpp"
#include "engine/state.hpp"
#include "snapshot/archive.hpp"
#include "snapshot/catalog_fields.hpp"
#include "support/snapshot_fixture.hpp"

namespace chipgate {
namespace {

using testing::SnapshotFixture;

template <class T>
std::string Bytes(const T& value) {
  snapshot::Writer w;
  w(value);
  return w.bytes();
}

class SnapshotRoundTrip : public ::testing::Test {
 protected:
  void SetUp() override {
    parsed_ = fixture_.Load(fixture_.Options(true));
    loaded_ = fixture_.Load(fixture_.Options(true));
    ASSERT_TRUE(parsed_.ok() && loaded_.ok());
    ASSERT_FALSE(SnapshotFixture::FromSnapshot(*parsed_.value));
    ASSERT_TRUE(SnapshotFixture::FromSnapshot(*loaded_.value));
  }
  const EngineState& Parsed() const { return parsed_.value->state(); }
  const EngineState& Loaded() const { return loaded_.value->state(); }

  SnapshotFixture fixture_;
  Result<Engine> parsed_;
  Result<Engine> loaded_;
};

TEST_F(SnapshotRoundTrip, SourcesAreTheSameFilesInTheSameOrder) {
  ASSERT_EQ(Parsed().sources.size(), Loaded().sources.size());
  for (std::uint32_t i = 0; i < Parsed().sources.size(); ++i) {
    EXPECT_EQ(Parsed().sources.file(i).path(), Loaded().sources.file(i).path());
    EXPECT_EQ(Parsed().sources.file(i).text(), Loaded().sources.file(i).text()) << Parsed().sources.file(i).path();
  }
}

TEST_F(SnapshotRoundTrip, ModelPrintsAndEncodesTheSame) {
  EXPECT_EQ(PrintModel(Parsed().model), PrintModel(Loaded().model));
  EXPECT_EQ(Bytes(Parsed().model), Bytes(Loaded().model));
  EXPECT_EQ(Parsed().model.rules_hash, Loaded().model.rules_hash);
}

TEST_F(SnapshotRoundTrip, EveryCatalogItemIsTheSame) {
  ASSERT_EQ(Parsed().catalog.size(), Loaded().catalog.size());
  for (std::size_t i = 0; i < Parsed().catalog.size(); ++i) {
    const Item& item = Parsed().catalog.items()[i];
    EXPECT_EQ(Bytes(item), Bytes(Loaded().catalog.items()[i])) << item.id;
    EXPECT_EQ(parsed_.value->RenderItem(item.id, Format::kJson).value, loaded_.value->RenderItem(item.id, Format::kJson).value);
  }
  EXPECT_EQ(Parsed().catalog_hash, Loaded().catalog_hash);
  EXPECT_EQ(parsed_.value->RenderCatalog(Format::kJson), loaded_.value->RenderCatalog(Format::kJson));
}

// Every item on the fast path, and every tenth one with the explaining evaluator's tree.
TEST_F(SnapshotRoundTrip, DecisionsAndProvenanceAreTheSame) {
  int asked = 0;
  const std::vector<std::string> ids = parsed_.value->ItemIds();
  for (std::size_t i = 0; i < ids.size(); ++i) {
    for (const char* to : {"CN", "MY", "AE", "DE", "VN"}) {
      for (const char* date : {"2023-11-17", "2025-03-01"}) {
        Question q;
        q.item = ids[i];
        q.destination = to;
        q.date = date;
        const bool explain = i % 10 == 0;
        const Result<Decision> a = explain ? parsed_.value->Explain(q) : parsed_.value->Decide(q);
        const Result<Decision> b = explain ? loaded_.value->Explain(q) : loaded_.value->Decide(q);
        ASSERT_EQ(a.ok(), b.ok()) << ids[i];
        if (!a.ok()) continue;
        ++asked;
        EXPECT_EQ(parsed_.value->RenderDecision(*a.value, Format::kJson, explain),
                  loaded_.value->RenderDecision(*b.value, Format::kJson, explain))
            << ids[i] << " " << to << " " << date;
      }
    }
  }
  EXPECT_GT(asked, 500);
}

}  // namespace
}  // namespace chipgate
