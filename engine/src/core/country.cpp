// The ISO 3166-1 alpha-2 table (249 officially assigned codes, short English names).
#include "chipgate/country.hpp"

#include <algorithm>
#include <array>
#include <iterator>

namespace chipgate {
namespace {

struct Entry {
  const char* code;
  const char* name;
};

// Sorted by code; checked by a unit test.
constexpr Entry kCountries[] = {
    {"AD", "Andorra"}, {"AE", "United Arab Emirates"}, {"AF", "Afghanistan"},
    {"AG", "Antigua and Barbuda"}, {"AI", "Anguilla"}, {"AL", "Albania"}, {"AM", "Armenia"},
    {"AO", "Angola"}, {"AQ", "Antarctica"}, {"AR", "Argentina"}, {"AS", "American Samoa"},
    {"AT", "Austria"}, {"AU", "Australia"}, {"AW", "Aruba"}, {"AX", "Aland Islands"},
    {"AZ", "Azerbaijan"}, {"BA", "Bosnia and Herzegovina"}, {"BB", "Barbados"},
    {"BD", "Bangladesh"}, {"BE", "Belgium"}, {"BF", "Burkina Faso"}, {"BG", "Bulgaria"},
    {"BH", "Bahrain"}, {"BI", "Burundi"}, {"BJ", "Benin"}, {"BL", "Saint Barthelemy"},
    {"BM", "Bermuda"}, {"BN", "Brunei"}, {"BO", "Bolivia"}, {"BQ", "Bonaire, Sint Eustatius and Saba"},
    {"BR", "Brazil"}, {"BS", "Bahamas"}, {"BT", "Bhutan"}, {"BV", "Bouvet Island"},
    {"BW", "Botswana"}, {"BY", "Belarus"}, {"BZ", "Belize"}, {"CA", "Canada"},
    {"CC", "Cocos (Keeling) Islands"}, {"CD", "Congo (Democratic Republic)"},
    {"CF", "Central African Republic"}, {"CG", "Congo (Republic)"}, {"CH", "Switzerland"},
    {"CI", "Cote d'Ivoire"}, {"CK", "Cook Islands"}, {"CL", "Chile"}, {"CM", "Cameroon"},
    {"CN", "China"}, {"CO", "Colombia"}, {"CR", "Costa Rica"}, {"CU", "Cuba"},
    {"CV", "Cabo Verde"}, {"CW", "Curacao"}, {"CX", "Christmas Island"}, {"CY", "Cyprus"},
    {"CZ", "Czechia"}, {"DE", "Germany"}, {"DJ", "Djibouti"}, {"DK", "Denmark"},
    {"DM", "Dominica"}, {"DO", "Dominican Republic"}, {"DZ", "Algeria"}, {"EC", "Ecuador"},
    {"EE", "Estonia"}, {"EG", "Egypt"}, {"EH", "Western Sahara"}, {"ER", "Eritrea"},
    {"ES", "Spain"}, {"ET", "Ethiopia"}, {"FI", "Finland"}, {"FJ", "Fiji"},
    {"FK", "Falkland Islands"}, {"FM", "Micronesia"}, {"FO", "Faroe Islands"}, {"FR", "France"},
    {"GA", "Gabon"}, {"GB", "United Kingdom"}, {"GD", "Grenada"}, {"GE", "Georgia"},
    {"GF", "French Guiana"}, {"GG", "Guernsey"}, {"GH", "Ghana"}, {"GI", "Gibraltar"},
    {"GL", "Greenland"}, {"GM", "Gambia"}, {"GN", "Guinea"}, {"GP", "Guadeloupe"},
    {"GQ", "Equatorial Guinea"}, {"GR", "Greece"},
    {"GS", "South Georgia and the South Sandwich Islands"}, {"GT", "Guatemala"}, {"GU", "Guam"},
    {"GW", "Guinea-Bissau"}, {"GY", "Guyana"}, {"HK", "Hong Kong"},
    {"HM", "Heard Island and McDonald Islands"}, {"HN", "Honduras"}, {"HR", "Croatia"},
    {"HT", "Haiti"}, {"HU", "Hungary"}, {"ID", "Indonesia"}, {"IE", "Ireland"}, {"IL", "Israel"},
    {"IM", "Isle of Man"}, {"IN", "India"}, {"IO", "British Indian Ocean Territory"},
    {"IQ", "Iraq"}, {"IR", "Iran"}, {"IS", "Iceland"}, {"IT", "Italy"}, {"JE", "Jersey"},
    {"JM", "Jamaica"}, {"JO", "Jordan"}, {"JP", "Japan"}, {"KE", "Kenya"}, {"KG", "Kyrgyzstan"},
    {"KH", "Cambodia"}, {"KI", "Kiribati"}, {"KM", "Comoros"}, {"KN", "Saint Kitts and Nevis"},
    {"KP", "Korea (North)"}, {"KR", "Korea (South)"}, {"KW", "Kuwait"},
    {"KY", "Cayman Islands"}, {"KZ", "Kazakhstan"}, {"LA", "Laos"}, {"LB", "Lebanon"},
    {"LC", "Saint Lucia"}, {"LI", "Liechtenstein"}, {"LK", "Sri Lanka"}, {"LR", "Liberia"},
    {"LS", "Lesotho"}, {"LT", "Lithuania"}, {"LU", "Luxembourg"}, {"LV", "Latvia"},
    {"LY", "Libya"}, {"MA", "Morocco"}, {"MC", "Monaco"}, {"MD", "Moldova"},
    {"ME", "Montenegro"}, {"MF", "Saint Martin (French part)"}, {"MG", "Madagascar"},
    {"MH", "Marshall Islands"}, {"MK", "North Macedonia"}, {"ML", "Mali"},
    {"MM", "Burma (Myanmar)"}, {"MN", "Mongolia"}, {"MO", "Macau"},
    {"MP", "Northern Mariana Islands"}, {"MQ", "Martinique"}, {"MR", "Mauritania"},
    {"MS", "Montserrat"}, {"MT", "Malta"}, {"MU", "Mauritius"}, {"MV", "Maldives"},
    {"MW", "Malawi"}, {"MX", "Mexico"}, {"MY", "Malaysia"}, {"MZ", "Mozambique"},
    {"NA", "Namibia"}, {"NC", "New Caledonia"}, {"NE", "Niger"}, {"NF", "Norfolk Island"},
    {"NG", "Nigeria"}, {"NI", "Nicaragua"}, {"NL", "Netherlands"}, {"NO", "Norway"},
    {"NP", "Nepal"}, {"NR", "Nauru"}, {"NU", "Niue"}, {"NZ", "New Zealand"}, {"OM", "Oman"},
    {"PA", "Panama"}, {"PE", "Peru"}, {"PF", "French Polynesia"}, {"PG", "Papua New Guinea"},
    {"PH", "Philippines"}, {"PK", "Pakistan"}, {"PL", "Poland"},
    {"PM", "Saint Pierre and Miquelon"}, {"PN", "Pitcairn"}, {"PR", "Puerto Rico"},
    {"PS", "Palestine"}, {"PT", "Portugal"}, {"PW", "Palau"}, {"PY", "Paraguay"},
    {"QA", "Qatar"}, {"RE", "Reunion"}, {"RO", "Romania"}, {"RS", "Serbia"}, {"RU", "Russia"},
    {"RW", "Rwanda"}, {"SA", "Saudi Arabia"}, {"SB", "Solomon Islands"}, {"SC", "Seychelles"},
    {"SD", "Sudan"}, {"SE", "Sweden"}, {"SG", "Singapore"}, {"SH", "Saint Helena"},
    {"SI", "Slovenia"}, {"SJ", "Svalbard and Jan Mayen"}, {"SK", "Slovakia"},
    {"SL", "Sierra Leone"}, {"SM", "San Marino"}, {"SN", "Senegal"}, {"SO", "Somalia"},
    {"SR", "Suriname"}, {"SS", "South Sudan"}, {"ST", "Sao Tome and Principe"},
    {"SV", "El Salvador"}, {"SX", "Sint Maarten (Dutch part)"}, {"SY", "Syria"},
    {"SZ", "Eswatini"}, {"TC", "Turks and Caicos Islands"}, {"TD", "Chad"},
    {"TF", "French Southern Territories"}, {"TG", "Togo"}, {"TH", "Thailand"},
    {"TJ", "Tajikistan"}, {"TK", "Tokelau"}, {"TL", "Timor-Leste"}, {"TM", "Turkmenistan"},
    {"TN", "Tunisia"}, {"TO", "Tonga"}, {"TR", "Turkiye"}, {"TT", "Trinidad and Tobago"},
    {"TV", "Tuvalu"}, {"TW", "Taiwan"}, {"TZ", "Tanzania"}, {"UA", "Ukraine"},
    {"UG", "Uganda"}, {"UM", "United States Minor Outlying Islands"}, {"US", "United States"},
    {"UY", "Uruguay"}, {"UZ", "Uzbekistan"}, {"VA", "Holy See"},
    {"VC", "Saint Vincent and the Grenadines"}, {"VE", "Venezuela"},
    {"VG", "Virgin Islands (British)"}, {"VI", "Virgin Islands (U.S.)"}, {"VN", "Vietnam"},
    {"VU", "Vanuatu"}, {"WF", "Wallis and Futuna"}, {"WS", "Samoa"},
    // Not assigned by ISO 3166-1: the user-assigned code the EU, the US and others use for Kosovo.
    {"XK", "Kosovo"}, {"YE", "Yemen"},
    {"YT", "Mayotte"}, {"ZA", "South Africa"}, {"ZM", "Zambia"}, {"ZW", "Zimbabwe"},
};

struct Subdivision {
  const char* code;
  const char* name;
  const char* country;
};

// Indexed from CountryCode::kCountrySpace, in this order.
constexpr Subdivision kSubdivisions[CountryCode::kSubdivisionCount] = {
    {"UA-43", "Crimea (Ukraine)", "UA"},
    {"UA-40", "Sevastopol (Ukraine)", "UA"},
    {"UA-14", "Donetsk oblast (Ukraine)", "UA"},
    {"UA-09", "Luhansk oblast (Ukraine)", "UA"},
    {"UA-65", "Kherson oblast (Ukraine)", "UA"},
    {"UA-23", "Zaporizhzhia oblast (Ukraine)", "UA"},
};

constexpr std::uint16_t IndexOf(char a, char b) {
  return static_cast<std::uint16_t>((a - 'A') * 26 + (b - 'A'));
}

// Every two-letter index → its row in kCountries, or -1 for an unassigned code: the audit parses
// two or three codes a row, and a binary search's mispredicted branches were 3% of its time.
constexpr std::size_t kLetterPairs = 26 * 26;
constexpr std::array<std::int16_t, kLetterPairs> kRowOfIndex = [] {
  std::array<std::int16_t, kLetterPairs> rows{};
  rows.fill(-1);
  for (std::size_t i = 0; i < std::size(kCountries); ++i) rows[IndexOf(kCountries[i].code[0], kCountries[i].code[1])] = static_cast<std::int16_t>(i);
  return rows;
}();

const Entry* Find(std::uint16_t index) {
  if (index >= kLetterPairs || kRowOfIndex[index] < 0) return nullptr;
  return &kCountries[kRowOfIndex[index]];
}

char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

}  // namespace

std::optional<CountryCode> CountryCode::Parse(std::string_view text) {
  for (std::size_t i = 0; i < kSubdivisionCount; ++i) {
    const std::string_view code = kSubdivisions[i].code;
    if (text.size() == code.size() && Upper(text[0]) == code[0] && Upper(text[1]) == code[1] && text.substr(2) == code.substr(2)) {
      return CountryCode(static_cast<std::uint16_t>(kCountrySpace + i));
    }
  }
  if (text.size() != 2) return std::nullopt;
  const char a = Upper(text[0]);
  const char b = Upper(text[1]);
  if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') return std::nullopt;
  const std::uint16_t index = IndexOf(a, b);
  if (Find(index) == nullptr) return std::nullopt;
  return CountryCode(index);
}

std::string CountryCode::ToString() const {
  if (IsSubdivision()) return kSubdivisions[index_ - kCountrySpace].code;
  return {static_cast<char>('A' + index_ / 26), static_cast<char>('A' + index_ % 26)};
}

std::string_view CountryCode::Name() const {
  if (IsSubdivision()) return kSubdivisions[index_ - kCountrySpace].name;
  const Entry* e = Find(index_);
  return e != nullptr ? e->name : "unknown";
}

CountryCode CountryCode::Country() const {
  if (!IsSubdivision()) return *this;
  const char* c = kSubdivisions[index_ - kCountrySpace].country;
  return CountryCode(IndexOf(c[0], c[1]));
}

std::size_t AssignedCountryCount() { return std::size(kCountries); }

CountryCode AssignedCountry(std::size_t i) {
  return CountryCode::FromIndex(IndexOf(kCountries[i].code[0], kCountries[i].code[1]));
}

}  // namespace chipgate
