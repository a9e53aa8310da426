// The web page for compliance officers, page by page (docs/server.md): each function returns one
// whole HTML document built with page_layout.hpp, every text escaped.
#pragma once

#include <string>
#include <string_view>

#include "api_error.hpp"
#include "chipgate/engine.hpp"
#include "page_layout.hpp"

namespace chipgate::server {

// page_check.cpp
std::string CheckForm(const Engine& engine, const Question& q);
std::string HomePage(const Engine& engine);
std::string MemoPage(const Engine& engine, const Question& q, const Decision& d);
std::string ErrorPage(std::string_view title, const ApiError& e, const std::string& form);

// page_tools.cpp
std::string ScreenForm(const ScreenRequest& r);
std::string PartiesPage(const PartyQuestion& q, const std::string& answer_text, bool finding);
std::string PartiesForm(const PartyQuestion& q);
std::string AuditForm();
std::string AuditDonePage(const AuditRunSummary& s);

}  // namespace chipgate::server
