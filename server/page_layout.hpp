// The web page's frame: one self-contained HTML document per answer (inline CSS, no scripts, no
// external assets), a navigation bar, and a print stylesheet that leaves the memo alone on the
// paper as a file note. Every piece of text a page shows goes through Esc.
#pragma once

#include <string>
#include <string_view>

namespace chipgate::server {

std::string Esc(std::string_view text);  // the engine's HTML escaper (report/html.hpp)
std::string Page(std::string_view title, std::string_view body);

}  // namespace chipgate::server
