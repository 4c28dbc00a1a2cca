package entity

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Country is a country or territory with an ISO 3166-1 code, built on
// [language.Region]. Its text form is the alpha-2 code ("KR").
//
// Country is a small comparable value: == reports whether two are the
// same, and it can be a map key. The zero Country means "not stated":
// IsZero reports true, and Code, Name and String return "".
type Country struct{ r language.Region }

// CountryForm says how a word in text names a country; see
// [LookupCountry]. The zero CountryForm means no match.
type CountryForm uint8

// The ways text names a country.
const (
	CountryName    CountryForm = iota + 1 // a name or short form: "South Korea", "Korea", "U.S.", "the Netherlands"
	CountryDemonym                        // a demonym or adjective: "Korean", "Vietnamese", "Dutch"
	CountryCapital                        // a capital used for the government: "Seoul", "Beijing", "Washington"
)

// String returns "name", "demonym" or "capital", and "" for the zero
// CountryForm.
func (f CountryForm) String() string {
	switch f {
	case CountryName:
		return "name"
	case CountryDemonym:
		return "demonym"
	case CountryCapital:
		return "capital"
	}
	return ""
}

func mustCountry(code string) Country {
	return Country{language.MustParseRegion(code)}
}

// IsZero reports whether c is the zero Country.
func (c Country) IsZero() bool { return c == Country{} }

// Code returns the ISO 3166-1 alpha-2 code, such as "KR", or "" for the
// zero Country.
func (c Country) Code() string {
	if c.IsZero() {
		return ""
	}
	return c.r.String()
}

// Region returns c as a [language.Region]; the zero Country gives the
// zero Region (which prints as "ZZ").
func (c Country) Region() language.Region { return c.r }

// Name returns the English short name that news uses: "South Korea",
// "Vietnam", "United States", "Hong Kong". The names come from
// golang.org/x/text/language/display, with a few replaced by the form news
// writes ("Hong Kong" for "Hong Kong SAR China", "Ivory Coast", "Democratic
// Republic of Congo", "and" for "&"). The zero Country gives "".
func (c Country) Name() string {
	if c.IsZero() {
		return ""
	}
	return countryTables().name[c.r]
}

// String returns the alpha-2 code, as Code does.
func (c Country) String() string { return c.Code() }

// MarshalText implements [encoding.TextMarshaler]: the alpha-2 code, and
// empty text for the zero Country.
func (c Country) MarshalText() ([]byte, error) { return []byte(c.Code()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseCountry].
// Empty text sets the zero Country.
func (c *Country) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Country{}
		return nil
	}
	v, err := ParseCountry(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseCountry returns the country named by s: an ISO 3166-1 alpha-2 or
// alpha-3 code ("KR", "KOR"), or an English name or short form ("South
// Korea", "Korea", "U.S.", "Britain"), in any case. Demonyms and capitals
// are not names; see [LookupCountry]. An unknown s gives a [*ValueError]
// that unwraps to [ErrUnknownValue].
func ParseCountry(s string) (Country, error) {
	t := countryTables()
	if r, ok := t.byFold[strings.ToLower(s)]; ok {
		return Country{r}, nil
	}
	if (len(s) == 2 || len(s) == 3) && isASCIILetters(s) {
		if r, err := language.ParseRegion(s); err == nil {
			r = r.Canonicalize()
			if _, ok := t.name[r]; ok {
				return Country{r}, nil
			}
		}
	}
	return Country{}, newValueError("country", s, ErrUnknownValue)
}

// MustParseCountry is like [ParseCountry] but panics on error. It is meant
// for tests and package-level variables with literal text.
func MustParseCountry(s string) Country {
	c, err := ParseCountry(s)
	if err != nil {
		panic(err)
	}
	return c
}

// LookupCountry reports which country a word or phrase of running text
// refers to, and how: by name or short form (CountryName: "South Korea",
// "Korea", "U.S.", "US", "America", "UK", "Britain", "the Netherlands",
// "Congo"), by demonym or adjective (CountryDemonym: "Korean", "South
// Korean", "Vietnamese", "American", "Dutch", plurals such as "Koreans"), or by
// a capital standing for its government (CountryCapital: "Seoul",
// "Beijing", "Washington", "New Delhi").
//
// The word must be capitalised as text writes it: "Korean" matches,
// "korean" does not, and "US" only in upper case. Names and demonyms also
// match in all capitals ("VIETNAM", "KOREAN"), as headlines write them;
// capitals do not, as datelines ("SEOUL, May 22") are places. A leading
// "the " or "The " is allowed before a name, and so is a state's formal
// prefix ("Republic of Senegal", "Kingdom of Thailand", "United Republic
// of Tanzania"). Possessives ("Korea's") are
// the caller's to strip. Some names are also common words or names of
// other things ("Georgia", "Jordan", "Chad", "Turkey", "Washington");
// telling them apart is the caller's job.
func LookupCountry(word string) (c Country, how CountryForm, ok bool) {
	t := countryTables()
	if !t.mayHold(word) && !strings.HasPrefix(word, "the ") && !strings.HasPrefix(word, "The ") {
		return lookupFormalName(t, word)
	}
	if e, ok := t.lookup[word]; ok {
		return Country{e.r}, e.form, true
	}
	if rest, found := cutThe(word); found {
		if e, ok := t.lookup[rest]; ok && e.form == CountryName {
			return Country{e.r}, CountryName, true
		}
	}
	return lookupFormalName(t, word)
}

// formalPrefixes open a state's formal name: "Republic of Senegal",
// "Kingdom of Thailand", "United Republic of Tanzania".
var formalPrefixes = []string{"Republic of ", "Kingdom of ", "United Republic of ", "Federal Republic of ",
	"Islamic Republic of ", "Sultanate of ", "State of ", "Commonwealth of ", "Federation of "}

// lookupFormalName reads a state's formal name that the tables do not
// hold, as the formal prefix and the country's name: "Republic of
// Senegal" is SN. ("Republic of China" and "Republic of the Congo" are
// in the tables, and so are read before.)
func lookupFormalName(t *countryTableSet, word string) (Country, CountryForm, bool) {
	if len(word) < 12 || !strings.Contains(word, " of ") {
		return Country{}, 0, false
	}
	word, _ = cutThe(word)
	for _, p := range formalPrefixes {
		rest, ok := strings.CutPrefix(word, p)
		if !ok {
			continue
		}
		// ("State of Qatar", not "State of Victoria": a country's name
		// only.)
		if e, ok := t.lookup[rest]; ok && e.form == CountryName {
			return Country{e.r}, CountryName, true
		}
		return Country{}, 0, false
	}
	return Country{}, 0, false
}

func cutThe(s string) (string, bool) {
	if rest, ok := strings.CutPrefix(s, "the "); ok {
		return rest, true
	}
	return strings.CutPrefix(s, "The ")
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) {
			return false
		}
	}
	return true
}

type countryEntry struct {
	r    language.Region
	form CountryForm
}

type countryTableSet struct {
	name   map[language.Region]string // every country: its English name
	byFold map[string]language.Region // lower-case names and short forms
	lookup map[string]countryEntry    // LookupCountry's words, as written
	// quick holds, by length and first byte, the last bytes of the
	// words of lookup; see mayHold.
	quick [48][32]uint32
}

// countryTables builds the tables on first use and returns the same,
// never modified, tables after that.
var countryTables = sync.OnceValue(buildCountryTables)

// notCountries are region codes that x/text reports as countries but
// that are not ISO 3166-1 countries (exceptional reservations, codes of
// countries that no longer exist).
var notCountries = map[string]bool{
	"AC": true, "CP": true, "DG": true, "EA": true, "IC": true, "TA": true,
	"AN": true, "CS": true, "SU": true, "YU": true, "NT": true, "PC": true,
	"FQ": true, "CQ": true, "EZ": true, "UN": true,
}

// nameOverrides replaces the CLDR English name where news writes another.
var nameOverrides = map[string]string{
	"HK": "Hong Kong",
	"MO": "Macau",
	"CD": "Democratic Republic of Congo",
	"CG": "Republic of Congo",
	"CI": "Ivory Coast",
	"MM": "Myanmar",
	"MK": "North Macedonia",
	"SZ": "Eswatini",
	"CZ": "Czech Republic",
	"TL": "East Timor",
	"PS": "Palestinian Territories",
	"XK": "Kosovo",
}

// countryAliases are other names and short forms used in news, beside
// the names from x/text and nameOverrides.
var countryAliases = map[string][]string{
	"US": {"US", "U.S.", "USA", "U.S.A.", "United States of America", "America"},
	"GB": {"UK", "U.K.", "Britain", "Great Britain"},
	"KR": {"Korea", "Republic of Korea"},
	"KP": {"DPRK", "Democratic People's Republic of Korea"},
	"CN": {"PRC", "People's Republic of China"},
	"RU": {"Russian Federation"},
	"VN": {"Viet Nam", "Socialist Republic of Vietnam", "Socialist Republic of Viet Nam"},
	"LA": {"Lao PDR", "Lao People's Democratic Republic"},
	"CD": {"Congo", "DRC", "DR Congo", "D.R. Congo", "Democratic Republic of the Congo", "Congo-Kinshasa", "Congo - Kinshasa"},
	"CG": {"Republic of the Congo", "Congo Republic", "Congo-Brazzaville", "Congo - Brazzaville"},
	"AE": {"UAE", "U.A.E."},
	"CZ": {"Czechia"},
	"CI": {"Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire"},
	"MM": {"Burma", "Myanmar (Burma)"},
	"NL": {"Holland"},
	"TR": {"Türkiye", "Turkiye"},
	"SZ": {"Swaziland"},
	"MK": {"Macedonia"},
	"CV": {"Cabo Verde"},
	"TL": {"Timor-Leste"},
	"PS": {"Palestine"},
	"VA": {"Vatican", "Holy See"},
	"MO": {"Macao", "Macau SAR China"},
	"HK": {"Hong Kong SAR China"},
	"GM": {"The Gambia"},
	"BS": {"The Bahamas"},
	"SA": {"KSA", "Kingdom of Saudi Arabia"},
	"BA": {"Bosnia"},
	"TW": {"Republic of China"},
	"IR": {"Islamic Republic of Iran"},
	"PG": {"PNG"},
	// Official names, as datelines and filings write them.
	"OM": {"Sultanate of Oman"},
	"BH": {"Kingdom of Bahrain"},
	"QA": {"State of Qatar"},
	"KW": {"State of Kuwait"},
	"JO": {"Hashemite Kingdom of Jordan"},
	"BN": {"Brunei Darussalam", "Negara Brunei Darussalam"},
	"AU": {"Commonwealth of Australia"},
}

// demonyms maps demonyms and adjectives to alpha-2 codes. The adjective
// is the first form; plural nouns are added for those ending in -an, -i
// and -o ("Koreans", "Israelis", "Filipinos").
var demonyms = map[string][]string{
	"AF": {"Afghan"}, "AL": {"Albanian"}, "DZ": {"Algerian"}, "AO": {"Angolan"},
	"AR": {"Argentine", "Argentinian", "Argentinean"}, "AM": {"Armenian"},
	"AU": {"Australian"}, "AT": {"Austrian"}, "AZ": {"Azerbaijani", "Azeri"},
	"BH": {"Bahraini"}, "BD": {"Bangladeshi"}, "BY": {"Belarusian"},
	"BE": {"Belgian"}, "BJ": {"Beninese"}, "BT": {"Bhutanese"},
	"BO": {"Bolivian"}, "BA": {"Bosnian"}, "BW": {"Botswanan"},
	"BR": {"Brazilian"}, "BN": {"Bruneian"}, "BG": {"Bulgarian"},
	"BF": {"Burkinabe"}, "BI": {"Burundian"}, "KH": {"Cambodian"},
	"CM": {"Cameroonian"}, "CA": {"Canadian"}, "TD": {"Chadian"},
	"CL": {"Chilean"}, "CN": {"Chinese"}, "CO": {"Colombian"},
	"CD": {"Congolese"}, "CR": {"Costa Rican"}, "HR": {"Croatian"},
	"CU": {"Cuban"}, "CY": {"Cypriot"}, "CZ": {"Czech"}, "DK": {"Danish"},
	"DJ": {"Djiboutian"}, "DO": {"Dominican"}, "EC": {"Ecuadorian"},
	"EG": {"Egyptian"}, "SV": {"Salvadoran"}, "ER": {"Eritrean"},
	"EE": {"Estonian"}, "ET": {"Ethiopian"}, "FJ": {"Fijian"},
	"FI": {"Finnish"}, "FR": {"French"}, "GA": {"Gabonese"},
	"GM": {"Gambian"}, "GE": {"Georgian"}, "DE": {"German"}, "GH": {"Ghanaian"},
	"GR": {"Greek"}, "GT": {"Guatemalan"}, "GN": {"Guinean"}, "GY": {"Guyanese"},
	"HT": {"Haitian"}, "HN": {"Honduran"}, "HK": {"Hongkonger"},
	"HU": {"Hungarian"}, "IS": {"Icelandic"}, "IN": {"Indian"},
	"ID": {"Indonesian"}, "IR": {"Iranian"}, "IQ": {"Iraqi"}, "IE": {"Irish"},
	"IL": {"Israeli"}, "IT": {"Italian"}, "CI": {"Ivorian"}, "JM": {"Jamaican"},
	"JP": {"Japanese"}, "JO": {"Jordanian"}, "KZ": {"Kazakh", "Kazakhstani"},
	"KE": {"Kenyan"}, "KW": {"Kuwaiti"}, "KG": {"Kyrgyz"}, "LA": {"Laotian", "Lao"},
	"LV": {"Latvian"}, "LB": {"Lebanese"}, "LR": {"Liberian"}, "LY": {"Libyan"},
	"LT": {"Lithuanian"}, "MO": {"Macanese"}, "MG": {"Malagasy"},
	"MW": {"Malawian"}, "MY": {"Malaysian"}, "MV": {"Maldivian"}, "ML": {"Malian"},
	"MT": {"Maltese"}, "MR": {"Mauritanian"}, "MU": {"Mauritian"},
	"MX": {"Mexican"}, "MD": {"Moldovan"}, "MN": {"Mongolian"},
	"ME": {"Montenegrin"}, "MA": {"Moroccan"}, "MZ": {"Mozambican"},
	"MM": {"Burmese"}, "NA": {"Namibian"}, "NP": {"Nepali", "Nepalese"},
	"NL": {"Dutch"}, "NZ": {"New Zealander"}, "NI": {"Nicaraguan"},
	"NE": {"Nigerien"}, "NG": {"Nigerian"}, "KP": {"North Korean"},
	"MK": {"Macedonian"}, "NO": {"Norwegian"}, "OM": {"Omani"},
	"PK": {"Pakistani"}, "PS": {"Palestinian"}, "PA": {"Panamanian"},
	"PG": {"Papua New Guinean"}, "PY": {"Paraguayan"}, "PE": {"Peruvian"},
	"PH": {"Philippine", "Filipino"}, "PL": {"Polish"}, "PT": {"Portuguese"},
	"PR": {"Puerto Rican"}, "QA": {"Qatari"}, "RO": {"Romanian"},
	"RU": {"Russian"}, "RW": {"Rwandan"}, "SA": {"Saudi", "Saudi Arabian"},
	"SN": {"Senegalese"}, "RS": {"Serbian"}, "SL": {"Sierra Leonean"},
	"SG": {"Singaporean"}, "SK": {"Slovak", "Slovakian"}, "SI": {"Slovenian", "Slovene"},
	"SO": {"Somali"}, "ZA": {"South African"}, "KR": {"South Korean", "Korean"},
	"SS": {"South Sudanese"}, "ES": {"Spanish"}, "LK": {"Sri Lankan"},
	"SD": {"Sudanese"}, "SR": {"Surinamese"}, "SE": {"Swedish"}, "CH": {"Swiss"},
	"SY": {"Syrian"}, "TW": {"Taiwanese"}, "TJ": {"Tajik"}, "TZ": {"Tanzanian"},
	"TH": {"Thai"}, "TL": {"Timorese", "East Timorese"}, "TG": {"Togolese"},
	"TT": {"Trinidadian"}, "TN": {"Tunisian"}, "TR": {"Turkish"},
	"TM": {"Turkmen"}, "UG": {"Ugandan"}, "UA": {"Ukrainian"},
	"AE": {"Emirati"}, "GB": {"British"}, "US": {"American"},
	"UY": {"Uruguayan"}, "UZ": {"Uzbek"}, "VE": {"Venezuelan"},
	"VN": {"Vietnamese"}, "YE": {"Yemeni"}, "ZM": {"Zambian"},
	"ZW": {"Zimbabwean"}, "XK": {"Kosovar"},
}

// extraPlurals are plural nouns not made by the -an/-i/-o rule.
var extraPlurals = map[string][]string{
	"GB": {"Britons", "Brits"}, "DK": {"Danes"}, "FI": {"Finns"},
	"GR": {"Greeks"}, "CZ": {"Czechs"}, "PL": {"Poles"}, "SE": {"Swedes"},
	"TR": {"Turks"}, "TH": {"Thais"}, "NZ": {"New Zealanders"},
	"AF": {"Afghans"}, "KZ": {"Kazakhs"}, "UZ": {"Uzbeks"},
}

// capitals maps capitals (and seats of government) whose name news uses
// for the government to alpha-2 codes. Cities that share their country's
// name (Singapore, Kuwait, Luxembourg) are names already.
var capitals = map[string][]string{
	"AF": {"Kabul"}, "AL": {"Tirana"}, "DZ": {"Algiers"}, "AO": {"Luanda"},
	"AR": {"Buenos Aires"}, "AM": {"Yerevan"}, "AU": {"Canberra"},
	"AT": {"Vienna"}, "AZ": {"Baku"}, "BH": {"Manama"}, "BD": {"Dhaka"},
	"BY": {"Minsk"}, "BE": {"Brussels"}, "BO": {"La Paz"},
	"BA": {"Sarajevo"}, "BW": {"Gaborone"}, "BR": {"Brasilia", "Brasília"},
	"BG": {"Sofia"}, "BF": {"Ouagadougou"}, "KH": {"Phnom Penh"},
	"CM": {"Yaounde", "Yaoundé"}, "CA": {"Ottawa"}, "TD": {"N'Djamena"},
	"CL": {"Santiago"}, "CN": {"Beijing"}, "CO": {"Bogota", "Bogotá"},
	"CD": {"Kinshasa"}, "CG": {"Brazzaville"}, "HR": {"Zagreb"},
	"CU": {"Havana"}, "CY": {"Nicosia"}, "CZ": {"Prague"},
	"DK": {"Copenhagen"}, "DO": {"Santo Domingo"}, "EC": {"Quito"},
	"EG": {"Cairo"}, "SV": {"San Salvador"}, "ER": {"Asmara"},
	"EE": {"Tallinn"}, "ET": {"Addis Ababa"}, "FJ": {"Suva"},
	"FI": {"Helsinki"}, "FR": {"Paris"}, "GA": {"Libreville"},
	"GE": {"Tbilisi"}, "DE": {"Berlin"}, "GH": {"Accra"}, "GR": {"Athens"},
	"GT": {"Guatemala City"}, "GN": {"Conakry"}, "HT": {"Port-au-Prince"},
	"HN": {"Tegucigalpa"}, "HU": {"Budapest"}, "IS": {"Reykjavik"},
	"IN": {"New Delhi"}, "ID": {"Jakarta"}, "IR": {"Tehran"},
	"IQ": {"Baghdad"}, "IE": {"Dublin"}, "IT": {"Rome"}, "JM": {"Kingston"},
	"JP": {"Tokyo"}, "JO": {"Amman"}, "KZ": {"Astana"}, "KE": {"Nairobi"},
	"KP": {"Pyongyang"}, "KR": {"Seoul"}, "KG": {"Bishkek"},
	"LA": {"Vientiane"}, "LV": {"Riga"}, "LB": {"Beirut"}, "LR": {"Monrovia"},
	"LY": {"Tripoli"}, "LT": {"Vilnius"}, "MG": {"Antananarivo"},
	"MW": {"Lilongwe"}, "MY": {"Kuala Lumpur", "Putrajaya"}, "ML": {"Bamako"},
	"MT": {"Valletta"}, "MR": {"Nouakchott"}, "MX": {"Mexico City"},
	"MD": {"Chisinau"}, "MN": {"Ulaanbaatar", "Ulan Bator"},
	"ME": {"Podgorica"}, "MA": {"Rabat"}, "MZ": {"Maputo"},
	"MM": {"Naypyidaw", "Naypyitaw", "Nay Pyi Taw"}, "NA": {"Windhoek"},
	"NP": {"Kathmandu"}, "NL": {"Amsterdam", "The Hague"},
	"NZ": {"Wellington"}, "NI": {"Managua"}, "NE": {"Niamey"},
	"NG": {"Abuja"}, "MK": {"Skopje"}, "NO": {"Oslo"}, "OM": {"Muscat"},
	"PK": {"Islamabad"}, "PA": {"Panama City"}, "PG": {"Port Moresby"},
	"PY": {"Asuncion", "Asunción"}, "PE": {"Lima"}, "PH": {"Manila"},
	"PL": {"Warsaw"}, "PT": {"Lisbon"}, "QA": {"Doha"}, "RO": {"Bucharest"},
	"RU": {"Moscow"}, "RW": {"Kigali"}, "SA": {"Riyadh"}, "SN": {"Dakar"},
	"RS": {"Belgrade"}, "SL": {"Freetown"}, "SK": {"Bratislava"},
	"SI": {"Ljubljana"}, "SO": {"Mogadishu"}, "ZA": {"Pretoria"},
	"SS": {"Juba"}, "ES": {"Madrid"}, "LK": {"Colombo"}, "SD": {"Khartoum"},
	"SR": {"Paramaribo"}, "SE": {"Stockholm"}, "CH": {"Bern"},
	"SY": {"Damascus"}, "TW": {"Taipei"}, "TJ": {"Dushanbe"},
	"TZ": {"Dodoma"}, "TH": {"Bangkok"}, "TL": {"Dili"}, "TG": {"Lome", "Lomé"},
	"TN": {"Tunis"}, "TR": {"Ankara"}, "TM": {"Ashgabat"}, "UG": {"Kampala"},
	"UA": {"Kyiv", "Kiev"}, "AE": {"Abu Dhabi"}, "GB": {"London"},
	"US": {"Washington"}, "UY": {"Montevideo"}, "UZ": {"Tashkent"},
	"VE": {"Caracas"}, "VN": {"Hanoi"}, "YE": {"Sanaa"}, "ZM": {"Lusaka"},
	"ZW": {"Harare"}, "BN": {"Bandar Seri Begawan"}, "XK": {"Pristina"},
}

func buildCountryTables() *countryTableSet {
	t := &countryTableSet{
		name:   map[language.Region]string{},
		byFold: map[string]language.Region{},
		lookup: map[string]countryEntry{},
	}
	namer := display.English.Regions()
	code := make([]byte, 2)
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			code[0], code[1] = a, b
			cs := string(code)
			r, err := language.ParseRegion(cs)
			if err != nil || notCountries[cs] || r.Canonicalize() != r {
				continue
			}
			if cs != "XK" && (!r.IsCountry() || r.IsPrivateUse()) {
				continue
			}
			cldr := namer.Name(r)
			n, ok := nameOverrides[cs]
			if !ok {
				n = strings.ReplaceAll(cldr, " & ", " and ")
			}
			if n == "" {
				continue
			}
			t.name[r] = n
			t.byFold[strings.ToLower(cldr)] = r
		}
	}
	region := func(code string) language.Region {
		r := language.MustParseRegion(code)
		if _, ok := t.name[r]; !ok {
			panic("entity: country table names unknown region " + code)
		}
		return r
	}
	// Capitals first, then demonyms, then names: a word that is both
	// (Singapore, Djibouti) is a name.
	for c, words := range capitals {
		r := region(c)
		for _, w := range words {
			t.lookup[w] = countryEntry{r, CountryCapital}
		}
	}
	for c, words := range demonyms {
		r := region(c)
		for _, w := range words {
			t.lookup[w] = countryEntry{r, CountryDemonym}
			if n := w[len(w)-1]; n == 'n' || n == 'i' || n == 'o' {
				t.lookup[w+"s"] = countryEntry{r, CountryDemonym}
			}
		}
	}
	for c, words := range extraPlurals {
		r := region(c)
		for _, w := range words {
			t.lookup[w] = countryEntry{r, CountryDemonym}
		}
	}
	addName := func(r language.Region, w string) {
		t.lookup[w] = countryEntry{r, CountryName}
		t.byFold[strings.ToLower(w)] = r
	}
	for r, n := range t.name {
		addName(r, n)
	}
	for c, words := range countryAliases {
		r := region(c)
		for _, w := range words {
			addName(r, w)
		}
	}
	// All-capital forms of names and demonyms, for headlines; never over
	// an entry as written.
	// Two words with one upper-case form and different meanings give
	// none, so that the result does not depend on map order.
	upper := map[string]countryEntry{}
	clash := map[string]bool{}
	for w, e := range t.lookup {
		if e.form == CountryCapital || len(w) < 4 {
			continue
		}
		u := strings.ToUpper(w)
		if u == w {
			continue
		}
		if old, ok := upper[u]; ok && old != e {
			clash[u] = true
		}
		upper[u] = e
	}
	for u, e := range upper {
		if _, ok := t.lookup[u]; !ok && !clash[u] {
			t.lookup[u] = e
		}
	}
	for w := range t.lookup {
		t.quick[min(len(w), len(t.quick)-1)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
	}
	return t
}

// mayHold reports whether word may be a key of t.lookup, from its length
// and its first and last bytes, so that most words cost no map lookup.
func (t *countryTableSet) mayHold(word string) bool {
	return len(word) > 0 && t.quick[min(len(word), len(t.quick)-1)][word[0]&31]&(1<<(word[len(word)-1]&31)) != 0
}
