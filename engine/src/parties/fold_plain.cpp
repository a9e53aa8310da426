// Folding names without the Unicode plugin (see fold_plain.hpp).
#include "parties/fold_plain.hpp"

#include "parties/normalise.hpp"

namespace chipgate::parties {
namespace {

// What the plugin does with U+2018..U+201D and the dashes: the same as with ' and " (apostrophes
// dropped, quotes made spaces); dashes are kept as they are (Common script, no decomposition).
// Returns false for any other three-byte sequence.
bool FoldPunctuation(std::string_view seq, FoldedText& out) {
  if (seq.size() != 3 || seq[0] != '\xE2' || seq[1] != '\x80') return false;
  switch (seq[2]) {
    case '\x98':  // ‘
    case '\x99':  // ’
      out.steps |= kStepQuotes;
      return true;
    case '\x9C':  // “
    case '\x9D':  // ”
      out.bytes.push_back(' ');
      out.steps |= kStepQuotes;
      return true;
    case '\x93':  // –
    case '\x94':  // —
      out.bytes.append(seq);
      return true;
    default: return false;
  }
}

}  // namespace

std::optional<FoldedText> FoldPlain(std::string_view text) {
  FoldedText out;
  out.bytes.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      if (!FoldPunctuation(text.substr(i, 3), out)) return std::nullopt;
      i += 2;
    } else if (c >= 'A' && c <= 'Z') {
      out.bytes.push_back(static_cast<char>(c - 'A' + 'a'));
      out.steps |= kStepCaseFold;
    } else if (c == '\'' || c == '`') {
      out.steps |= kStepQuotes;
    } else if (c == '"') {
      out.bytes.push_back(' ');
      out.steps |= kStepQuotes;
    } else {
      out.bytes.push_back(c);
    }
  }
  return out;
}

}  // namespace chipgate::parties
