// The web page's queries read into the engine's request structs (chipgate/engine.hpp,
// requests.hpp), as strictly as json_request.hpp reads the JSON API's bodies: a parameter the
// page does not have is an error naming it, and a count must be a whole number. A form leaves
// an unused field blank, so a blank value is the same as an absent one.
#pragma once

#include "api_error.hpp"
#include "chipgate/engine.hpp"

namespace httplib {
struct Request;
}  // namespace httplib

namespace chipgate::server {

template <class T>
struct QueryRead {
  T value;         // what could be read, even with an error: it refills the form to correct
  ApiError error;  // the first value that could not be read, else the first unknown parameter
};

// GET /check: the check form's fields.
QueryRead<Question> ReadCheckQuery(const httplib::Request& req);
// GET /screen: items, vendors and destinations each repeated or comma-separated.
QueryRead<ScreenRequest> ReadScreenQuery(const httplib::Request& req);
// GET /parties.
QueryRead<PartyQuestion> ReadPartiesQuery(const httplib::Request& req);

}  // namespace chipgate::server
