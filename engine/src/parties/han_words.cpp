// Chinese, Japanese and Korean words the normaliser handles before transliteration: legal forms
// (removed, like "Co., Ltd.") and common business words, translated the way the lists'
// English names translate them (北京智谱华章科技有限公司 is "Beijing Zhipu Huazhang Technology
// Co., Ltd."). Place names and coined names are left to pinyin. Longest entries first, so
// 集成电路 wins over 电路.
#include "parties/normalise.hpp"

namespace chipgate::parties {

const std::vector<HanWord>& HanLegalForms() {
  static const std::vector<HanWord> kForms = {
      {u"股份有限公司", ""}, {u"有限责任公司", ""}, {u"有限公司", ""}, {u"股份公司", ""},
      {u"株式会社", ""},     {u"有限会社", ""},     {u"주식회사", ""}, {u"유한회사", ""},
      {u"公司", ""},
  };
  return kForms;
}

const std::vector<HanWord>& HanBusinessWords() {
  static const std::vector<HanWord> kWords = {
      {u"人工智能", "artificial intelligence"}, {u"集成电路", "integrated circuit"},
      {u"超级计算", "supercomputing"},         {u"研究院", "research institute"},
      {u"研究所", "research institute"},       {u"半导体", "semiconductor"},
      {u"微电子", "microelectronics"},         {u"计算机", "computer"},
      {u"科技", "technology"},                 {u"技术", "technology"},
      {u"信息", "information"},                {u"产业", "industry"},
      {u"工业", "industry"},                   {u"集团", "group"},
      {u"电子", "electronic"},                 {u"智能", "intelligent"},
      {u"大学", "university"},                 {u"国际", "international"},
      {u"制造", "manufacturing"},              {u"软件", "software"},
      {u"中心", "center"},                     {u"国家", "national"},
      {u"发展", "development"},                {u"设计", "design"},
      {u"投资", "investment"},                 {u"计算", "computing"},
      {u"贸易", "trading"},                    {u"控股", "holding"},
      {u"科学", "science"},                    {u"学院", "academy"},
  };
  return kWords;
}

}  // namespace chipgate::parties
