// Everything a program needs to use chipgate: include this one header.
#pragma once

#include "chipgate/country.hpp"
#include "chipgate/date.hpp"
#include "chipgate/decision.hpp"
#include "chipgate/diagnostic.hpp"
#include "chipgate/engine.hpp"
#include "chipgate/rational.hpp"
#include "chipgate/result.hpp"
#include "chipgate/vocabulary.hpp"
