// End-user comparison (see licenses.hpp). Deliberately strict: the same name spelt with other
// case, punctuation or legal form matches, anything else does not, so a license for "Example
// Co., Ltd." never covers "Example Holdings". Fuzzy matching belongs to the party matcher,
// which will replace SameEndUser when it exists.
#include <algorithm>
#include <iterator>

#include "licenses/licenses.hpp"

namespace chipgate::licenses {
namespace {

// Legal-form words, as they read after normalisation ("Co., Ltd." → "co ltd").
constexpr std::string_view kLegalForms[] = {"ab",  "ag",  "as",  "bhd", "bv",  "co",  "company", "corp", "corporation", "gk",
                                            "gmbh", "inc", "incorporated", "jsc", "kg", "kk", "limited", "llc", "llp", "lp",
                                            "ltd", "nv",  "oy",  "plc", "pte", "pty", "sa", "sarl", "sas", "sdn", "spa", "srl"};

bool IsLegalForm(std::string_view word) { return std::find(std::begin(kLegalForms), std::end(kLegalForms), word) != std::end(kLegalForms); }

void AppendWord(std::string& key, const std::string& word) {
  if (word.empty() || IsLegalForm(word)) return;
  if (!key.empty()) key += ' ';
  key += word;
}

}  // namespace

// "Example Co., Ltd." and "EXAMPLE CO LTD" → "example"; "K.K." → "kk" (dots join letters).
std::string EndUserKey(std::string_view name) {
  std::string key;
  std::string word;
  for (const char raw : name) {
    const auto c = static_cast<unsigned char>(raw);
    if (c == '.' || c == '\'') continue;
    const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else if (letter) {
      word += raw;
    } else {
      AppendWord(key, word);
      word.clear();
    }
  }
  AppendWord(key, word);
  return key;
}

bool EndUserMatches(const License& license, std::string_view row_end_user) {
  return !license.end_user_key.empty() && license.end_user_key == EndUserKey(row_end_user);
}

bool SameEndUser(std::string_view license_end_user, std::string_view row_end_user) {
  const std::string a = EndUserKey(license_end_user);
  return !a.empty() && a == EndUserKey(row_end_user);
}

}  // namespace chipgate::licenses
