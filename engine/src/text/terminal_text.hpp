// Text on its way to a terminal (and to the files and pipes chipgate's output may be sent to
// instead): rule files, catalog names and logs are not ours, and a name holding ESC [ ... or an
// OSC sequence could recolour, retitle or rewrite what the user sees. Every C0 control other
// than tab and newline, a carriage return not followed by a newline (which would let text
// overwrite its own line), DEL, every C1 control, each invalid UTF-8 sequence and each
// bidirectional override becomes U+FFFD, as in the HTML report. Tab, newline and CRLF (the CSV
// record end) pass, so the layout chipgate produces is kept.
#pragma once

#include <string>
#include <string_view>

namespace chipgate {

// A streaming filter: text may arrive in pieces that split a UTF-8 sequence or a CRLF.
class TerminalFilter {
 public:
  // Appends the filtered form of `bytes` to `out`, holding back an unfinished sequence at the end.
  void Append(std::string_view bytes, std::string& out);
  // The end of the text: whatever was held back is unfinished and becomes U+FFFD.
  void Finish(std::string& out);

 private:
  std::size_t AppendOne(std::string_view text, std::size_t at, std::string& out);

  std::string pending_;
};

}  // namespace chipgate
