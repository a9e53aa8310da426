// MetricValues (chipgate/decision.hpp): an item's metrics, shared by the decisions about it.
#include "chipgate/decision.hpp"

namespace chipgate {

const MetricValues::List& MetricValues::Empty() {
  static const List empty;
  return empty;
}

}  // namespace chipgate
