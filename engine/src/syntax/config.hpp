// The one parse context the grammar is instantiated for: std::string iterators, a skipper for
// white space and `#` comments, and an X3 error_handler that records node positions.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>
#include <boost/spirit/home/x3/support/utility/error_reporting.hpp>

#include <string>

namespace chipgate::syntax {

namespace x3 = boost::spirit::x3;

using Iterator = std::string::const_iterator;
using ErrorHandler = x3::error_handler<Iterator>;

// White space and comments from `#` to the end of the line. White space is listed, not
// classified: x3::space would call std::isspace on UTF-8 bytes as negative ints.
inline const auto kSkipper = x3::char_(" \t\r\n\f\v") | x3::lexeme['#' >> *(x3::char_ - x3::eol) >> (x3::eol | x3::eoi)];
using Skipper = std::remove_const_t<decltype(kSkipper)>;

using PhraseContext = x3::phrase_parse_context<Skipper>::type;
using Context = x3::context<x3::error_handler_tag, std::reference_wrapper<ErrorHandler>, PhraseContext>;

}  // namespace chipgate::syntax
