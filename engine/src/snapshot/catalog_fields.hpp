// The field lists of the catalog's structs, read by both snapshot archives; as in
// model_fields.hpp, the structured binding fails the build when a member is added to a struct in
// catalog/catalog.hpp and not here.
#pragma once

#include "catalog/catalog.hpp"
#include "snapshot/model_fields.hpp"

namespace chipgate::snapshot {

template <class A>
void Fields(A& ar, SourceRef& s) {
  auto& [title, url] = s;
  ar(title, url);
}

template <class A>
void Fields(A& ar, Contained& c) {
  auto& [item, count, span] = c;
  ar(item, count, span);
}

template <class A>
void Fields(A& ar, Item& i) {
  auto& [id, vendor, name, kind, datacenter, numbers, dense_tops, sparse_tops, memory_type, vendor_eccn, vendor_eccn_source,
         mass_market_encryption, contains, sources, notes, confidence, span] = i;
  ar(id, vendor, name, kind, datacenter, numbers, dense_tops, sparse_tops, memory_type, vendor_eccn, vendor_eccn_source,
     mass_market_encryption, contains, sources, notes, confidence, span);
}

}  // namespace chipgate::snapshot
