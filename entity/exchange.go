package entity

import (
	"slices"
	"strings"
)

// Exchange is a stock exchange or market segment in the package's
// registry, identified by its ISO 10383 Market Identifier Code (MIC), such
// as XKRX (Korea Exchange) or XTKS (Tokyo Stock Exchange). Get one with
// [ExchangeByMIC] or [Exchanges], or from a [Listing].
//
// Exchange is a small comparable value: == tells whether two are the same
// exchange, and it can be a map key. The registry is fixed when the
// program starts; nothing a caller does can change it, and every method
// returns a fresh copy of what it reports.
//
// The zero Exchange means "not stated": IsZero reports true and MIC, Name
// and String return "".
type Exchange struct{ id uint8 }

// exchangeInfo is one row of the registry. The codes are those that news
// text uses for the exchange: dotted suffixes (RIC, Yahoo, JAKOTA) without
// the dot, prefixes written before a colon, and Bloomberg exchange codes.
type exchangeInfo struct {
	mic       string
	name      string
	country   string // ISO 3166-1 alpha-2
	shape     shape
	suffixes  []string
	prefixes  []string
	bloomberg []string
}

// exchangeTable is the registry; index 0 is the zero Exchange. The first
// rows follow research/tickers.md; the rest are common in mining and
// commodity news. Codes that several exchanges could claim are given to
// one of them only (TSE is Tokyo, with Toronto tried when the code is not
// a Japanese one; PSE is the Philippines; BSE is Bombay; CSE is the
// Canadian Securities Exchange; NSE is India's). Never modified after
// package initialisation.
var exchangeTable = [...]exchangeInfo{
	{},
	// South Korea.
	{mic: "XKRX", name: "Korea Exchange", country: "KR", shape: shapeKR,
		suffixes: []string{"KS", "KO"}, prefixes: []string{"KRX", "KOSPI", "KSE", "KOSE"}, bloomberg: []string{"KS", "KP"}},
	{mic: "XKOS", name: "KOSDAQ", country: "KR", shape: shapeKR,
		suffixes: []string{"KQ"}, prefixes: []string{"KOSDAQ"}, bloomberg: []string{"KQ"}},
	{mic: "XKON", name: "KONEX", country: "KR", shape: shapeKR,
		prefixes: []string{"KONEX"}},
	// Japan.
	{mic: "XTKS", name: "Tokyo Stock Exchange", country: "JP", shape: shapeJP,
		suffixes: []string{"T", "TSE"}, prefixes: []string{"TSE", "TYO", "JPX"}, bloomberg: []string{"JT", "JP"}},
	{mic: "XNGO", name: "Nagoya Stock Exchange", country: "JP", shape: shapeJP},
	{mic: "XFKA", name: "Fukuoka Stock Exchange", country: "JP", shape: shapeJP},
	{mic: "XSAP", name: "Sapporo Securities Exchange", country: "JP", shape: shapeJP},
	// Taiwan.
	{mic: "XTAI", name: "Taiwan Stock Exchange", country: "TW", shape: shapeTW,
		suffixes: []string{"TW"}, prefixes: []string{"TWSE", "TPE"}},
	{mic: "ROCO", name: "Taipei Exchange", country: "TW", shape: shapeTW,
		suffixes: []string{"TWO"}, prefixes: []string{"TPEx", "GTSM"}},
	// Hong Kong and mainland China.
	{mic: "XHKG", name: "Hong Kong Stock Exchange", country: "HK", shape: shapeHK,
		suffixes: []string{"HK"}, prefixes: []string{"HKEX", "SEHK", "HKSE", "HKG", "HK"}, bloomberg: []string{"HK"}},
	{mic: "XSHG", name: "Shanghai Stock Exchange", country: "CN", shape: shapeCN,
		suffixes: []string{"SS", "SH"}, prefixes: []string{"SHA", "SSE", "SHSE", "SH"}, bloomberg: []string{"CG"}},
	{mic: "XSHE", name: "Shenzhen Stock Exchange", country: "CN", shape: shapeCN,
		suffixes: []string{"SZ"}, prefixes: []string{"SHE", "SZSE", "SZ"}, bloomberg: []string{"CS"}},
	{mic: "BJSE", name: "Beijing Stock Exchange", country: "CN", shape: shapeCN,
		suffixes: []string{"BJ"}, prefixes: []string{"BJSE"}},
	// Vietnam.
	{mic: "XSTC", name: "Ho Chi Minh City Stock Exchange", country: "VN", shape: shapeVN,
		suffixes: []string{"HM"}, prefixes: []string{"HOSE", "HoSE", "HSX"}, bloomberg: []string{"VM"}},
	{mic: "HSTC", name: "Hanoi Stock Exchange", country: "VN", shape: shapeVN,
		suffixes: []string{"HN"}, prefixes: []string{"HNX"}, bloomberg: []string{"VH"}},
	{mic: "XHNX", name: "UPCoM (Hanoi Stock Exchange)", country: "VN", shape: shapeVN,
		prefixes: []string{"UPCoM"}},
	// Australia and New Zealand.
	{mic: "XASX", name: "ASX", country: "AU", shape: shapeAU,
		suffixes: []string{"AX"}, prefixes: []string{"ASX"}, bloomberg: []string{"AU", "AT"}},
	{mic: "XNZE", name: "NZX", country: "NZ", shape: shapeGeneric,
		suffixes: []string{"NZ"}, prefixes: []string{"NZX", "NZE", "NZSE"}, bloomberg: []string{"NZ"}},
	// United States.
	{mic: "XNYS", name: "New York Stock Exchange", country: "US", shape: shapeUS,
		suffixes: []string{"N"}, prefixes: []string{"NYSE", "NY"}, bloomberg: []string{"UN"}},
	{mic: "XASE", name: "NYSE American", country: "US", shape: shapeUS,
		prefixes: []string{"NYSE American", "NYSEAmerican", "NYSE MKT", "NYSEMKT", "NYSEAM", "AMEX"}, bloomberg: []string{"UA"}},
	{mic: "ARCX", name: "NYSE Arca", country: "US", shape: shapeUS,
		prefixes: []string{"NYSE Arca", "NYSEArca", "ARCA"}, bloomberg: []string{"UP"}},
	{mic: "XNAS", name: "Nasdaq", country: "US", shape: shapeUS,
		suffixes: []string{"O", "OQ"}, prefixes: []string{"Nasdaq", "NasdaqGS", "NasdaqGM", "NasdaqCM"}, bloomberg: []string{"UW", "UQ", "UR"}},
	// Canada.
	{mic: "XTSE", name: "Toronto Stock Exchange", country: "CA", shape: shapeCA,
		suffixes: []string{"TO"}, prefixes: []string{"TSX"}, bloomberg: []string{"CT"}},
	{mic: "XTSX", name: "TSX Venture Exchange", country: "CA", shape: shapeCA,
		suffixes: []string{"V"}, prefixes: []string{"TSXV", "TSX-V", "TSX Venture", "CVE"}, bloomberg: []string{"CV"}},
	{mic: "XCNQ", name: "Canadian Securities Exchange", country: "CA", shape: shapeCA,
		suffixes: []string{"CN"}, prefixes: []string{"CSE", "CNSX"}},
	// Europe.
	{mic: "XLON", name: "London Stock Exchange", country: "GB", shape: shapeGB,
		suffixes: []string{"L"}, prefixes: []string{"LSE", "LON"}, bloomberg: []string{"LN", "LI"}},
	{mic: "AIMX", name: "AIM (London Stock Exchange)", country: "GB", shape: shapeGB,
		prefixes: []string{"AIM"}},
	{mic: "XETR", name: "Xetra", country: "DE", shape: shapeGeneric,
		suffixes: []string{"DE"}, prefixes: []string{"ETR", "XETRA", "XTRA"}, bloomberg: []string{"GY"}},
	{mic: "XFRA", name: "Frankfurt Stock Exchange", country: "DE", shape: shapeGeneric,
		suffixes: []string{"F"}, prefixes: []string{"FRA", "FWB"}, bloomberg: []string{"GF"}},
	{mic: "XPAR", name: "Euronext Paris", country: "FR", shape: shapeGeneric,
		suffixes: []string{"PA"}, prefixes: []string{"EPA", "Euronext Paris", "ENXTPA"}, bloomberg: []string{"FP"}},
	{mic: "XAMS", name: "Euronext Amsterdam", country: "NL", shape: shapeGeneric,
		suffixes: []string{"AS"}, prefixes: []string{"AMS", "Euronext Amsterdam", "ENXTAM"}, bloomberg: []string{"NA"}},
	{mic: "XBRU", name: "Euronext Brussels", country: "BE", shape: shapeGeneric,
		suffixes: []string{"BR"}, prefixes: []string{"EBR", "Euronext Brussels", "ENXTBR"}, bloomberg: []string{"BB"}},
	{mic: "XSWX", name: "SIX Swiss Exchange", country: "CH", shape: shapeGeneric,
		suffixes: []string{"S", "SW"}, prefixes: []string{"SIX", "SWX", "VTX"}, bloomberg: []string{"SE", "SW"}},
	{mic: "XMIL", name: "Borsa Italiana", country: "IT", shape: shapeGeneric,
		suffixes: []string{"MI"}, prefixes: []string{"BIT"}, bloomberg: []string{"IM"}},
	{mic: "XMAD", name: "Bolsa de Madrid", country: "ES", shape: shapeGeneric,
		suffixes: []string{"MC"}, prefixes: []string{"BME"}, bloomberg: []string{"SM"}},
	{mic: "XOSL", name: "Oslo Børs", country: "NO", shape: shapeGeneric,
		suffixes: []string{"OL"}, prefixes: []string{"OSL"}, bloomberg: []string{"NO"}},
	{mic: "XSTO", name: "Nasdaq Stockholm", country: "SE", shape: shapeNordic,
		suffixes: []string{"ST"}, prefixes: []string{"STO"}, bloomberg: []string{"SS"}},
	{mic: "XCSE", name: "Nasdaq Copenhagen", country: "DK", shape: shapeNordic,
		suffixes: []string{"CO"}, prefixes: []string{"CPH"}, bloomberg: []string{"DC"}},
	{mic: "XHEL", name: "Nasdaq Helsinki", country: "FI", shape: shapeNordic,
		suffixes: []string{"HE"}, prefixes: []string{"HEL"}, bloomberg: []string{"FH"}},
	// Southeast and South Asia.
	{mic: "XSES", name: "Singapore Exchange", country: "SG", shape: shapeGeneric,
		suffixes: []string{"SI"}, prefixes: []string{"SGX"}, bloomberg: []string{"SP"}},
	{mic: "XIDX", name: "Indonesia Stock Exchange", country: "ID", shape: shapeGeneric,
		suffixes: []string{"JK"}, prefixes: []string{"IDX", "BEI", "JK", "JSX"}, bloomberg: []string{"IJ"}},
	{mic: "XKLS", name: "Bursa Malaysia", country: "MY", shape: shapeGeneric,
		suffixes: []string{"KL"}, prefixes: []string{"KLSE", "MYX", "Bursa"}, bloomberg: []string{"MK"}},
	{mic: "XBKK", name: "Stock Exchange of Thailand", country: "TH", shape: shapeGeneric,
		suffixes: []string{"BK"}, prefixes: []string{"SET"}, bloomberg: []string{"TB"}},
	{mic: "XPHS", name: "Philippine Stock Exchange", country: "PH", shape: shapeGeneric,
		suffixes: []string{"PS"}, prefixes: []string{"PSE"}, bloomberg: []string{"PM"}},
	{mic: "XNSE", name: "National Stock Exchange of India", country: "IN", shape: shapeGeneric,
		suffixes: []string{"NS"}, prefixes: []string{"NSE", "NSEI"}, bloomberg: []string{"IS"}},
	{mic: "XBOM", name: "BSE (Bombay Stock Exchange)", country: "IN", shape: shapeGeneric,
		suffixes: []string{"BO"}, prefixes: []string{"BSE", "BOM"}, bloomberg: []string{"IB"}},
	{mic: "XKAR", name: "Pakistan Stock Exchange", country: "PK", shape: shapeGeneric,
		suffixes: []string{"KA"}, prefixes: []string{"PSX"}, bloomberg: []string{"PA"}},
	{mic: "XDHA", name: "Dhaka Stock Exchange", country: "BD", shape: shapeGeneric,
		suffixes: []string{"DH"}, prefixes: []string{"DSE"}, bloomberg: []string{"BD"}},
	{mic: "XCOL", name: "Colombo Stock Exchange", country: "LK", shape: shapeGeneric,
		suffixes: []string{"CM"}, bloomberg: []string{"SL"}},
	// The Gulf.
	{mic: "XSAU", name: "Saudi Exchange (Tadawul)", country: "SA", shape: shapeGeneric,
		suffixes: []string{"SE", "SR"}, prefixes: []string{"Tadawul", "Saudi Exchange"}, bloomberg: []string{"AB"}},
	{mic: "XADS", name: "Abu Dhabi Securities Exchange", country: "AE", shape: shapeGeneric,
		suffixes: []string{"AD"}, prefixes: []string{"ADX"}, bloomberg: []string{"UH"}},
	{mic: "XDFM", name: "Dubai Financial Market", country: "AE", shape: shapeGeneric,
		suffixes: []string{"DU"}, prefixes: []string{"DFM"}, bloomberg: []string{"DB"}},
	{mic: "DSMD", name: "Qatar Stock Exchange", country: "QA", shape: shapeGeneric,
		suffixes: []string{"QA"}, prefixes: []string{"QSE"}, bloomberg: []string{"QD"}},
	{mic: "XBAH", name: "Bahrain Bourse", country: "BH", shape: shapeGeneric,
		suffixes: []string{"BH"}, prefixes: []string{"BHB"}, bloomberg: []string{"BI"}},
	{mic: "XMUS", name: "Muscat Stock Exchange", country: "OM", shape: shapeGeneric,
		suffixes: []string{"OM"}, prefixes: []string{"MSX", "MSM"}, bloomberg: []string{"OM"}},
	{mic: "XKUW", name: "Boursa Kuwait", country: "KW", shape: shapeGeneric,
		suffixes: []string{"KW"}, prefixes: []string{"Boursa Kuwait"}, bloomberg: []string{"KK"}},
	// Central Asia and Mongolia.
	{mic: "AIXK", name: "Astana International Exchange", country: "KZ", shape: shapeGeneric,
		prefixes: []string{"AIX"}},
	{mic: "XKAZ", name: "Kazakhstan Stock Exchange", country: "KZ", shape: shapeGeneric,
		prefixes: []string{"KASE"}, bloomberg: []string{"KZ"}},
	{mic: "XULA", name: "Mongolian Stock Exchange", country: "MN", shape: shapeGeneric,
		prefixes: []string{"MSE"}},
	// Africa and Latin America.
	{mic: "XJSE", name: "Johannesburg Stock Exchange", country: "ZA", shape: shapeGeneric,
		suffixes: []string{"JO", "J"}, prefixes: []string{"JSE"}, bloomberg: []string{"SJ"}},
	{mic: "BVMF", name: "B3 (Brasil Bolsa Balcão)", country: "BR", shape: shapeGeneric,
		suffixes: []string{"SA"}, prefixes: []string{"B3", "BOVESPA"}, bloomberg: []string{"BZ"}},
	{mic: "XMEX", name: "Mexican Stock Exchange", country: "MX", shape: shapeGeneric,
		suffixes: []string{"MX"}, prefixes: []string{"BMV"}, bloomberg: []string{"MM"}},
	{mic: "XLIM", name: "Lima Stock Exchange (BVL)", country: "PE", shape: shapeGeneric,
		suffixes: []string{"LM"}, prefixes: []string{"BVL"}, bloomberg: []string{"PE"}},
	{mic: "XSGO", name: "Santiago Stock Exchange", country: "CL", shape: shapeGeneric,
		suffixes: []string{"SN"}, prefixes: []string{"BCS"}, bloomberg: []string{"CI"}},
}

// composite is a code that names a country's market but not one exchange
// in it, such as Bloomberg's US or Yahoo's .VN. A listing read with it
// keeps the country and leaves the MIC empty, unless the code's shape
// decides the exchange (China: 6xxxxx is Shanghai, 0xxxxx and 3xxxxx are
// Shenzhen).
type composite struct {
	code    string // Bloomberg composite code; Listing.String writes it
	country string
	shape   shape
}

const (
	compUS = iota + 1
	compCN
	compVN
	compDE
	compCA
	compIN
	compTW
)

var compositeTable = [...]composite{
	{},
	compUS: {code: "US", country: "US", shape: shapeUS},
	compCN: {code: "CH", country: "CN", shape: shapeCN},
	compVN: {code: "VN", country: "VN", shape: shapeVN},
	compDE: {code: "GR", country: "DE", shape: shapeGeneric},
	compCA: {code: "CN", country: "CA", shape: shapeCA},
	compIN: {code: "IN", country: "IN", shape: shapeGeneric},
	compTW: {code: "TT", country: "TW", shape: shapeTW},
}

// venue is what one exchange code stands for: an exchange (ex, with alt
// tried when the code does not fit ex) or a composite.
type venue struct {
	ex, alt uint8
	comp    uint8
}

// The lookup tables, built once from exchangeTable and never modified.
var (
	byMIC       = map[string]uint8{}
	bySuffix    = map[string]venue{}
	byPrefix    = map[string]venue{}
	byBloomberg = map[string]venue{}

	exchangeCountry [len(exchangeTable)]Country
	compCountry     [len(compositeTable)]Country
	compByCountry   = map[Country]uint8{}
	exchangesByMIC  []Exchange

	idXKRX, idXTKS, idXSHG, idXSHE, idBJSE, idXTSE, idXNSE uint8
)

func init() {
	for i := 1; i < len(exchangeTable); i++ {
		e := &exchangeTable[i]
		id := uint8(i)
		byMIC[e.mic] = id
		exchangeCountry[i] = mustCountry(e.country)
		v := venue{ex: id}
		addPrefix(e.mic, v)
		for _, p := range e.prefixes {
			addPrefix(p, v)
		}
		for _, s := range e.suffixes {
			bySuffix[s] = v
		}
		for _, b := range e.bloomberg {
			byBloomberg[b] = v
		}
		exchangesByMIC = append(exchangesByMIC, Exchange{id})
	}
	slices.SortFunc(exchangesByMIC, func(a, b Exchange) int { return strings.Compare(a.MIC(), b.MIC()) })
	idXKRX, idXTKS, idXTSE = byMIC["XKRX"], byMIC["XTKS"], byMIC["XTSE"]
	idXSHG, idXSHE, idBJSE = byMIC["XSHG"], byMIC["XSHE"], byMIC["BJSE"]
	idXNSE = byMIC["XNSE"]

	// TSE is Tokyo in tickers.md, but Google Finance used it for Toronto,
	// whose symbols are letters; Japanese codes start with a digit.
	byPrefix["TSE"] = venue{ex: idXTKS, alt: idXTSE}

	for i := 1; i < len(compositeTable); i++ {
		c := &compositeTable[i]
		compCountry[i] = mustCountry(c.country)
		compByCountry[compCountry[i]] = uint8(i)
		byBloomberg[c.code] = venue{comp: uint8(i)}
	}
	bySuffix["VN"] = venue{comp: compVN}
	for _, p := range []string{"OTC", "OTCQX", "OTCQB", "OTCPK", "OTC Pink", "OTC Markets", "PINK"} {
		addPrefix(p, venue{comp: compUS})
	}
}

// addPrefix adds a prefix as written and in upper case ("Nasdaq",
// "NASDAQ").
func addPrefix(p string, v venue) {
	byPrefix[p] = v
	byPrefix[strings.ToUpper(p)] = v
}

// ExchangeByMIC returns the registered exchange whose ISO 10383 MIC is
// mic, written in upper case ("XKRX"). It reports false for an unknown
// MIC.
func ExchangeByMIC(mic string) (Exchange, bool) {
	id, ok := byMIC[mic]
	return Exchange{id}, ok
}

// Exchanges returns every registered exchange, ordered by MIC. The slice
// is a new copy on each call.
func Exchanges() []Exchange { return slices.Clone(exchangesByMIC) }

func (e Exchange) info() *exchangeInfo {
	if int(e.id) >= len(exchangeTable) {
		return &exchangeTable[0]
	}
	return &exchangeTable[e.id]
}

// IsZero reports whether e is the zero Exchange (not stated).
func (e Exchange) IsZero() bool { return e.id == 0 }

// MIC returns the ISO 10383 Market Identifier Code, such as "XKRX", or
// "" for the zero Exchange.
func (e Exchange) MIC() string { return e.info().mic }

// Name returns the English name of the exchange, such as "Korea
// Exchange", or "" for the zero Exchange.
func (e Exchange) Name() string { return e.info().name }

// Country returns the country of the exchange; the zero Country for the
// zero Exchange.
func (e Exchange) Country() Country {
	if int(e.id) >= len(exchangeCountry) {
		return Country{}
	}
	return exchangeCountry[e.id]
}

// Suffixes returns the dotted suffixes (RIC, Yahoo, JAKOTA) that name the
// exchange, without the dot: "KS" and "KO" for XKRX. Suffixes that several
// exchanges share, such as Yahoo's "VN", are not included.
func (e Exchange) Suffixes() []string { return slices.Clone(e.info().suffixes) }

// Prefixes returns the names written before a colon that stand for the
// exchange ("NYSE" in "NYSE: MP"), as usually capitalised. The MIC and the
// upper-case form of each prefix are also accepted by [ParseListing].
func (e Exchange) Prefixes() []string { return slices.Clone(e.info().prefixes) }

// BloombergCodes returns the Bloomberg exchange codes ("KS" in "005490 KS")
// that stand for the exchange. Composite codes that name a country, such
// as US, are not included, except JP, AU and SW, which are read as Tokyo,
// ASX and SIX.
func (e Exchange) BloombergCodes() []string { return slices.Clone(e.info().bloomberg) }

// String returns the MIC, or "" for the zero Exchange.
func (e Exchange) String() string { return e.MIC() }

// MarshalText implements [encoding.TextMarshaler]: the MIC, or empty text
// for the zero Exchange.
func (e Exchange) MarshalText() ([]byte, error) { return []byte(e.MIC()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts a
// registered MIC; empty text sets the zero Exchange. Any other text gives
// a [*ValueError] that unwraps to [ErrUnknownExchange].
func (e *Exchange) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*e = Exchange{}
		return nil
	}
	x, ok := ExchangeByMIC(string(text))
	if !ok {
		return newValueError("exchange", string(text), ErrUnknownExchange)
	}
	*e = x
	return nil
}
