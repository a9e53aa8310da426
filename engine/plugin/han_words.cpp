// Chinese, Japanese and Korean words the normaliser handles before transliteration: legal forms
// (removed, like "Co., Ltd.") and common business words, translated the way the lists'
// English names translate them (北京智谱华章科技有限公司 is "Beijing Zhipu Huazhang Technology
// Co., Ltd."). Place names and coined names are left to pinyin. Longest entries first, so
// 集成电路 wins over 电路.
#include "han_words.hpp"

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
      {u"银行", "bank"},                       {u"开发", "development"},
      {u"数字", "digital"},                    {u"网络", "network"},
  };
  return kWords;
}

const std::vector<HanWord>& HanReadings() {
  static const std::vector<HanWord> kReadings = {
      {u"长江", " changjiang "}, {u"长沙", " changsha "}, {u"长春", " changchun "}, {u"长城", " changcheng "},
      {u"重庆", " chongqing "},  {u"成都", " chengdu "},  {u"厦门", " xiamen "},   {u"银行", " yinhang "},   {u"行业", " hangye "},
      // "City" after a city name is left out of English names: 北京市 is Beijing.
      {u"北京市", " beijing "}, {u"上海市", " shanghai "}, {u"深圳市", " shenzhen "}, {u"天津市", " tianjin "},
      {u"广州市", " guangzhou "}, {u"杭州市", " hangzhou "}, {u"成都市", " chengdu "}, {u"武汉市", " wuhan "},
  };
  return kReadings;
}

}  // namespace chipgate::parties
