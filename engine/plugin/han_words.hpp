// Chinese, Japanese and Korean word tables of the Unicode steps (han_words.cpp): legal forms
// (removed), business words (translated) and readings that default pinyin gets wrong.
#pragma once

#include <string_view>
#include <vector>

namespace chipgate::parties {

struct HanWord {
  std::u16string_view han;
  std::string_view english;  // empty: a legal form, removed
};
// Chinese/Japanese/Korean legal forms (removed) and business words (translated), longest first.
const std::vector<HanWord>& HanLegalForms();
const std::vector<HanWord>& HanBusinessWords();
// Words whose default pinyin is wrong in names (长江 is changjiang, not zhangjiang), as pinyin.
const std::vector<HanWord>& HanReadings();

}  // namespace chipgate::parties
