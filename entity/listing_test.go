package entity_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsfacts/newsfacts/entity"
)

// listingView is a Listing spelled out, for comparison with cmp.
type listingView struct {
	Symbol, MIC, Country, String string
}

func view(l entity.Listing) listingView {
	return listingView{l.Symbol(), l.MIC(), l.Country().Code(), l.String()}
}

// parseListingTests covers every convention of research/tickers.md.
var parseListingTests = []struct {
	in   string
	want listingView
}{
	// JAKOTA suffixes.
	{"229640.KO", listingView{"229640", "XKRX", "KR", "XKRX:229640"}},
	{"005490.KO", listingView{"005490", "XKRX", "KR", "XKRX:005490"}},
	{"7203.TSE", listingView{"7203", "XTKS", "JP", "XTKS:7203"}},
	{"2330.TW", listingView{"2330", "XTAI", "TW", "XTAI:2330"}},
	// RIC and Yahoo suffixes.
	{"005930.KS", listingView{"005930", "XKRX", "KR", "XKRX:005930"}},
	{"247540.KQ", listingView{"247540", "XKOS", "KR", "XKOS:247540"}},
	{"0001A0.KS", listingView{"0001A0", "XKRX", "KR", "XKRX:0001A0"}},
	{"7203.T", listingView{"7203", "XTKS", "JP", "XTKS:7203"}},
	{"130A.T", listingView{"130A", "XTKS", "JP", "XTKS:130A"}},
	{"1A0C.T", listingView{"1A0C", "XTKS", "JP", "XTKS:1A0C"}},
	{"6488.TWO", listingView{"6488", "ROCO", "TW", "ROCO:6488"}},
	{"00878.TW", listingView{"00878", "XTAI", "TW", "XTAI:00878"}},
	{"2881A.TW", listingView{"2881A", "XTAI", "TW", "XTAI:2881A"}},
	{"0700.HK", listingView{"0700", "XHKG", "HK", "XHKG:0700"}},
	{"700.HK", listingView{"0700", "XHKG", "HK", "XHKG:0700"}},
	{"00700.HK", listingView{"0700", "XHKG", "HK", "XHKG:0700"}},
	{"9988.HK", listingView{"9988", "XHKG", "HK", "XHKG:9988"}},
	{"5.HK", listingView{"0005", "XHKG", "HK", "XHKG:0005"}},
	{"80737.HK", listingView{"80737", "XHKG", "HK", "XHKG:80737"}},
	{"600519.SS", listingView{"600519", "XSHG", "CN", "XSHG:600519"}},
	{"600519.SH", listingView{"600519", "XSHG", "CN", "XSHG:600519"}},
	{"000001.SZ", listingView{"000001", "XSHE", "CN", "XSHE:000001"}},
	{"830799.BJ", listingView{"830799", "BJSE", "CN", "BJSE:830799"}},
	{"VIC.HM", listingView{"VIC", "XSTC", "VN", "XSTC:VIC"}},
	{"SHS.HN", listingView{"SHS", "HSTC", "VN", "HSTC:SHS"}},
	{"VIC.VN", listingView{"VIC", "", "VN", "VIC VN"}},
	{"LYC.AX", listingView{"LYC", "XASX", "AU", "XASX:LYC"}},
	{"MP.N", listingView{"MP", "XNYS", "US", "XNYS:MP"}},
	{"BRK.B.N", listingView{"BRK.B", "XNYS", "US", "XNYS:BRK.B"}},
	{"AAPL.O", listingView{"AAPL", "XNAS", "US", "XNAS:AAPL"}},
	{"AAPL.OQ", listingView{"AAPL", "XNAS", "US", "XNAS:AAPL"}},
	{"BP.L", listingView{"BP", "XLON", "GB", "XLON:BP"}},
	{"SIE.DE", listingView{"SIE", "XETR", "DE", "XETR:SIE"}},
	{"SIE.F", listingView{"SIE", "XFRA", "DE", "XFRA:SIE"}},
	{"AIR.PA", listingView{"AIR", "XPAR", "FR", "XPAR:AIR"}},
	{"ASML.AS", listingView{"ASML", "XAMS", "NL", "XAMS:ASML"}},
	{"NESN.SW", listingView{"NESN", "XSWX", "CH", "XSWX:NESN"}},
	{"NESN.S", listingView{"NESN", "XSWX", "CH", "XSWX:NESN"}},
	{"D05.SI", listingView{"D05", "XSES", "SG", "XSES:D05"}},
	{"TECK.B.TO", listingView{"TECK.B", "XTSE", "CA", "XTSE:TECK.B"}},
	{"T.TO", listingView{"T", "XTSE", "CA", "XTSE:T"}},
	{"ANTM.JK", listingView{"ANTM", "XIDX", "ID", "XIDX:ANTM"}},
	{"Tadawul: 1211", listingView{"1211", "XSAU", "SA", "XSAU:1211"}},
	{"2222.SR", listingView{"2222", "XSAU", "SA", "XSAU:2222"}},
	{"1211 AB", listingView{"1211", "XSAU", "SA", "XSAU:1211"}},
	{"PSX: EFERT", listingView{"EFERT", "XKAR", "PK", "XKAR:EFERT"}},
	{"DSE: BSRMSTEEL", listingView{"BSRMSTEEL", "XDHA", "BD", "XDHA:BSRMSTEEL"}},
	{"ALBH.BH", listingView{"ALBH", "XBAH", "BH", "XBAH:ALBH"}},
	{"ADX: EGA", listingView{"EGA", "XADS", "AE", "XADS:EGA"}},
	{"QSE: QAMC", listingView{"QAMC", "DSMD", "QA", "DSMD:QAMC"}},
	{"MSX: SOHAR", listingView{"SOHAR", "XMUS", "OM", "XMUS:SOHAR"}},
	{"BVL: ANDAHC1", listingView{"ANDAHC1", "XLIM", "PE", "XLIM:ANDAHC1"}},
	{"SQM-B.SN", listingView{"SQM-B", "XSGO", "CL", "XSGO:SQM-B"}},
	{"BEI: MDKA", listingView{"MDKA", "XIDX", "ID", "XIDX:MDKA"}},
	{"JK: PTBA", listingView{"PTBA", "XIDX", "ID", "XIDX:PTBA"}},
	{"VALE3.SA", listingView{"VALE3", "BVMF", "BR", "BVMF:VALE3"}},
	// Exchange prefixes, with and without parentheses and spaces.
	{"(NYSE: MP)", listingView{"MP", "XNYS", "US", "XNYS:MP"}},
	{"NYSE:MP", listingView{"MP", "XNYS", "US", "XNYS:MP"}},
	{"NY:MP", listingView{"MP", "XNYS", "US", "XNYS:MP"}},
	{"( NYSE : MP )", listingView{"MP", "XNYS", "US", "XNYS:MP"}},
	{"(NASDAQ:AAPL)", listingView{"AAPL", "XNAS", "US", "XNAS:AAPL"}},
	{"(Nasdaq: AAPL)", listingView{"AAPL", "XNAS", "US", "XNAS:AAPL"}},
	{"NasdaqGS:AAPL", listingView{"AAPL", "XNAS", "US", "XNAS:AAPL"}},
	{"(NYSE American: UEC)", listingView{"UEC", "XASE", "US", "XASE:UEC"}},
	{"NYSE: BRK.B", listingView{"BRK.B", "XNYS", "US", "XNYS:BRK.B"}},
	{"NYSE: BRK-B", listingView{"BRK.B", "XNYS", "US", "XNYS:BRK.B"}},
	{"(KRX: 005490)", listingView{"005490", "XKRX", "KR", "XKRX:005490"}},
	{"(KRX:005490)", listingView{"005490", "XKRX", "KR", "XKRX:005490"}},
	{"(KOSPI: 005930)", listingView{"005930", "XKRX", "KR", "XKRX:005930"}},
	{"(KOSDAQ: 247540)", listingView{"247540", "XKOS", "KR", "XKOS:247540"}},
	{"KOSE:A005930", listingView{"005930", "XKRX", "KR", "XKRX:005930"}},
	{"(TSE: 7203)", listingView{"7203", "XTKS", "JP", "XTKS:7203"}},
	{"TSE:130A", listingView{"130A", "XTKS", "JP", "XTKS:130A"}},
	{"TSE:ABX", listingView{"ABX", "XTSE", "CA", "XTSE:ABX"}},
	{"TYO:7203", listingView{"7203", "XTKS", "JP", "XTKS:7203"}},
	{"(TWSE: 2330)", listingView{"2330", "XTAI", "TW", "XTAI:2330"}},
	{"TPE:2330", listingView{"2330", "XTAI", "TW", "XTAI:2330"}},
	{"(TPEx: 6488)", listingView{"6488", "ROCO", "TW", "ROCO:6488"}},
	{"(HKEX: 0700)", listingView{"0700", "XHKG", "HK", "XHKG:0700"}},
	{"(SEHK: 700)", listingView{"0700", "XHKG", "HK", "XHKG:0700"}},
	{"HK:0700", listingView{"0700", "XHKG", "HK", "XHKG:0700"}},
	{"SHA:600519", listingView{"600519", "XSHG", "CN", "XSHG:600519"}},
	{"(SSE: 600519)", listingView{"600519", "XSHG", "CN", "XSHG:600519"}},
	{"(SHE: 000001)", listingView{"000001", "XSHE", "CN", "XSHE:000001"}},
	{"SZSE:300750", listingView{"300750", "XSHE", "CN", "XSHE:300750"}},
	{"(HOSE: VNM)", listingView{"VNM", "XSTC", "VN", "XSTC:VNM"}},
	{"(HoSE: TNF)", listingView{"TNF", "XSTC", "VN", "XSTC:TNF"}}, // as the exchange writes its own name
	{"HSX:VIC", listingView{"VIC", "XSTC", "VN", "XSTC:VIC"}},
	{"(HNX: SHS)", listingView{"SHS", "HSTC", "VN", "HSTC:SHS"}},
	{"(UPCoM: ACV)", listingView{"ACV", "XHNX", "VN", "XHNX:ACV"}},
	{"(ASX: ARU)", listingView{"ARU", "XASX", "AU", "XASX:ARU"}},
	{"ASX:LYC", listingView{"LYC", "XASX", "AU", "XASX:LYC"}},
	{"(LON:SXX)", listingView{"SXX", "XLON", "GB", "XLON:SXX"}},
	{"(LSE: BP.)", listingView{"BP", "XLON", "GB", "XLON:BP"}},
	{"(AIX: SRKU)", listingView{"SRKU", "AIXK", "KZ", "AIXK:SRKU"}},
	{"(KASE: KZTO)", listingView{"KZTO", "XKAZ", "KZ", "XKAZ:KZTO"}},
	{"(MSE: GSR)", listingView{"GSR", "XULA", "MN", "XULA:GSR"}},
	{"LSE:BT.A", listingView{"BT.A", "XLON", "GB", "XLON:BT.A"}},
	{"(AIM: SXX)", listingView{"SXX", "AIMX", "GB", "AIMX:SXX"}},
	{"(ETR: SIE)", listingView{"SIE", "XETR", "DE", "XETR:SIE"}},
	{"FRA:SIE", listingView{"SIE", "XFRA", "DE", "XFRA:SIE"}},
	{"(EPA: AIR)", listingView{"AIR", "XPAR", "FR", "XPAR:AIR"}},
	{"(Euronext Paris: AIR)", listingView{"AIR", "XPAR", "FR", "XPAR:AIR"}},
	{"(AMS: ASML)", listingView{"ASML", "XAMS", "NL", "XAMS:ASML"}},
	{"(SIX: NESN)", listingView{"NESN", "XSWX", "CH", "XSWX:NESN"}},
	{"(SGX: D05)", listingView{"D05", "XSES", "SG", "XSES:D05"}},
	{"(TSX: TECK.B)", listingView{"TECK.B", "XTSE", "CA", "XTSE:TECK.B"}},
	{"(TSXV: ABC)", listingView{"ABC", "XTSX", "CA", "XTSX:ABC"}},
	{"(JSE: AGL)", listingView{"AGL", "XJSE", "ZA", "XJSE:AGL"}},
	{"NSE:M&M", listingView{"M&M", "XNSE", "IN", "XNSE:M&M"}},
	{"(OTCQX: LYSDY)", listingView{"LYSDY", "", "US", "LYSDY US"}},
	{"OTC Pink: NPSCY", listingView{"NPSCY", "", "US", "NPSCY US"}},
	// MICs as prefixes: the canonical form.
	{"XKRX:229640", listingView{"229640", "XKRX", "KR", "XKRX:229640"}},
	{"XHKG:0700", listingView{"0700", "XHKG", "HK", "XHKG:0700"}},
	{"ROCO:6488", listingView{"6488", "ROCO", "TW", "ROCO:6488"}},
	// Bloomberg codes.
	{"005490 KS", listingView{"005490", "XKRX", "KR", "XKRX:005490"}},
	{"005490 KS Equity", listingView{"005490", "XKRX", "KR", "XKRX:005490"}},
	{"005930 KP", listingView{"005930", "XKRX", "KR", "XKRX:005930"}},
	{"247540 KQ", listingView{"247540", "XKOS", "KR", "XKOS:247540"}},
	{"7203 JT", listingView{"7203", "XTKS", "JP", "XTKS:7203"}},
	{"KAP LI", listingView{"KAP", "XLON", "GB", "XLON:KAP"}},
	{"TRTK KZ", listingView{"TRTK", "XKAZ", "KZ", "XKAZ:TRTK"}},
	{"7203 JP", listingView{"7203", "XTKS", "JP", "XTKS:7203"}},
	{"2330 TT", listingView{"2330", "", "TW", "2330 TT"}},
	{"700 HK", listingView{"0700", "XHKG", "HK", "XHKG:0700"}},
	{"700 HK EQUITY", listingView{"0700", "XHKG", "HK", "XHKG:0700"}},
	{"600519 CH", listingView{"600519", "XSHG", "CN", "XSHG:600519"}},
	{"SUVISPAT IN", listingView{"SUVISPAT", "XNSE", "IN", "XNSE:SUVISPAT"}},
	{"CPH: NOVO B", listingView{"NOVO B", "XCSE", "DK", "XCSE:NOVO B"}},
	{"STO: VOLV B", listingView{"VOLV B", "XSTO", "SE", "XSTO:VOLV B"}},
	{"500570 IN", listingView{"500570", "", "IN", "500570 IN"}},
	{"688981 CH", listingView{"688981", "XSHG", "CN", "XSHG:688981"}},
	{"000001 CH", listingView{"000001", "XSHE", "CN", "XSHE:000001"}},
	{"300750 CH", listingView{"300750", "XSHE", "CN", "XSHE:300750"}},
	{"900901 CH", listingView{"900901", "", "CN", "900901 CH"}},
	{"600519 CG", listingView{"600519", "XSHG", "CN", "XSHG:600519"}},
	{"000001 CS", listingView{"000001", "XSHE", "CN", "XSHE:000001"}},
	{"VIC VN", listingView{"VIC", "", "VN", "VIC VN"}},
	{"VIC VM", listingView{"VIC", "XSTC", "VN", "XSTC:VIC"}},
	{"LYC AU", listingView{"LYC", "XASX", "AU", "XASX:LYC"}},
	{"MP US", listingView{"MP", "", "US", "MP US"}},
	{"MP UN", listingView{"MP", "XNYS", "US", "XNYS:MP"}},
	{"AAPL UW Equity", listingView{"AAPL", "XNAS", "US", "XNAS:AAPL"}},
	{"BRK/B US Equity", listingView{"BRK.B", "", "US", "BRK.B US"}},
	{"BP/ LN", listingView{"BP", "XLON", "GB", "XLON:BP"}},
	{"SIE GY", listingView{"SIE", "XETR", "DE", "XETR:SIE"}},
	{"SIE GR", listingView{"SIE", "", "DE", "SIE GR"}},
	{"AIR FP", listingView{"AIR", "XPAR", "FR", "XPAR:AIR"}},
	{"NESN SE", listingView{"NESN", "XSWX", "CH", "XSWX:NESN"}},
	{"DBS SP", listingView{"DBS", "XSES", "SG", "XSES:DBS"}},
	{"TECK/B CN", listingView{"TECK.B", "", "CA", "TECK.B CN"}},
	// Domestic forms.
	{"SH600519", listingView{"600519", "XSHG", "CN", "XSHG:600519"}},
	{"SZ000001", listingView{"000001", "XSHE", "CN", "XSHE:000001"}},
	{"BJ830799", listingView{"830799", "BJSE", "CN", "BJSE:830799"}},
	{"A005930", listingView{"005930", "XKRX", "KR", "XKRX:005930"}},
	// Cashtags.
	{"$RIO", listingView{"RIO", "", "", "$RIO"}},
	{"$8031", listingView{"8031", "", "", "$8031"}},
	{"$005930", listingView{"005930", "", "", "$005930"}},
	{"$BRK.B", listingView{"BRK.B", "", "", "$BRK.B"}},
	{"$F", listingView{"F", "", "", "$F"}},
	{"($RIO)", listingView{"RIO", "", "", "$RIO"}},
	{"(229640.KO)", listingView{"229640", "XKRX", "KR", "XKRX:229640"}},
}

func TestParseListing(t *testing.T) {
	for _, tt := range parseListingTests {
		got, err := entity.ParseListing(tt.in)
		if err != nil {
			t.Errorf("ParseListing(%q) error: %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, view(got)); diff != "" {
			t.Errorf("ParseListing(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		back, err := entity.ParseListing(got.String())
		if err != nil || back != got {
			t.Errorf("ParseListing(%q) = %v, %v; want %v (round trip of %q)", got.String(), view(back), err, view(got), tt.in)
		}
	}
}

// parseListingErrorTests are strings that are not listings, with the
// class and the exact message of the error.
var parseListingErrorTests = []struct {
	in    string
	class error
	msg   string
}{
	{"", entity.ErrSyntax, `entity: parsing "": empty listing at offset 0`},
	{"US", entity.ErrSyntax, `entity: parsing "US": not a listing at offset 0`},
	{"AU", entity.ErrSyntax, `entity: parsing "AU": not a listing at offset 0`},
	{"KS", entity.ErrSyntax, `entity: parsing "KS": not a listing at offset 0`},
	{"MP", entity.ErrSyntax, `entity: parsing "MP": not a listing at offset 0`},
	{"2024", entity.ErrSyntax, `entity: parsing "2024": not a listing at offset 0`},
	{"005930", entity.ErrSyntax, `entity: parsing "005930": not a listing at offset 0`},
	{"$500", entity.ErrSyntax, `entity: parsing "$500": not a cashtag at offset 0`},
	{"$US11", entity.ErrSyntax, `entity: parsing "$US11": not a cashtag at offset 0`},
	{"$US3.8b", entity.ErrSyntax, `entity: parsing "$US3.8b": not a cashtag at offset 0`},
	{"$US", entity.ErrSyntax, `entity: parsing "$US": not a cashtag at offset 0`},
	{"$1.2", entity.ErrSyntax, `entity: parsing "$1.2": not a cashtag at offset 0`},
	{"$12000", entity.ErrSyntax, `entity: parsing "$12000": not a cashtag at offset 0`},
	{"$", entity.ErrSyntax, `entity: parsing "$": not a cashtag at offset 0`},
	{"$rio", entity.ErrSyntax, `entity: parsing "$rio": not a cashtag at offset 0`},
	{"US$120", entity.ErrSyntax, `entity: parsing "US$120": not a listing at offset 0`},
	{"12.5", entity.ErrSyntax, `entity: parsing "12.5": not a listing at offset 0`},
	{"3.8b", entity.ErrSyntax, `entity: parsing "3.8b": not a listing at offset 0`},
	{"U.S.", entity.ErrSyntax, `entity: parsing "U.S.": not a listing at offset 0`},
	{".KS", entity.ErrSyntax, `entity: parsing ".KS": missing code at offset 0`},
	{"Mt. Weld", entity.ErrSyntax, `entity: parsing "Mt. Weld": not a listing at offset 4`},
	{"BHP CEO", entity.ErrSyntax, `entity: parsing "BHP CEO": not a listing at offset 4`},
	{"005490 KS Stock", entity.ErrSyntax, `entity: parsing "005490 KS Stock": not a listing at offset 10`},
	{"A B C D", entity.ErrSyntax, `entity: parsing "A B C D": not a listing at offset 0`},
	{"( NYSE: MP", entity.ErrSyntax, `entity: parsing "( NYSE: MP": missing closing parenthesis at offset 10`},
	{"(", entity.ErrSyntax, `entity: parsing "(": missing closing parenthesis at offset 1`},
	{"( )", entity.ErrSyntax, `entity: parsing "( )": empty parentheses at offset 2`},
	{"NYSE: MP)", entity.ErrSyntax, `entity: parsing "NYSE: MP)": unexpected ")" at offset 8`},
	{"(NYSE: X; TSX: Y)", entity.ErrSyntax, `entity: parsing "(NYSE: X; TSX: Y)": unexpected ";" at offset 8`},
	{"(NYSE: X, LSE: Y)", entity.ErrSyntax, `entity: parsing "(NYSE: X, LSE: Y)": unexpected "," at offset 8`},
	{"NYSE:MP:X", entity.ErrSyntax, `entity: parsing "NYSE:MP:X": unexpected ":" at offset 7`},
	{"NYSE:", entity.ErrSyntax, `entity: parsing "NYSE:": missing code at offset 5`},
	{": MP", entity.ErrSyntax, `entity: parsing ": MP": missing exchange at offset 0`},
	{"NYSE: mp", entity.ErrSyntax, `entity: parsing "NYSE: mp": invalid code "mp" at offset 6`},
	{"CPH: NOVO E", entity.ErrSyntax, `entity: parsing "CPH: NOVO E": invalid code "NOVO E" at offset 5`},
	{"NYSE: MP US", entity.ErrSyntax, `entity: parsing "NYSE: MP US": invalid code "MP US" at offset 6`},
	{"Tel. 02: 555", entity.ErrSyntax, `entity: parsing "Tel. 02: 555": not a listing at offset 0`},
	{"SH60051", entity.ErrSyntax, `entity: parsing "SH60051": not a listing at offset 0`},
	{"XY600519", entity.ErrSyntax, `entity: parsing "XY600519": not a listing at offset 0`},
	{"A00593", entity.ErrSyntax, `entity: parsing "A00593": not a listing at offset 0`},
	{"Ｍ.Ｎ", entity.ErrSyntax, `entity: parsing "Ｍ.Ｎ": not a listing at offset 0`},
	{strings.Repeat("A", 65) + ".KS", entity.ErrSyntax, `entity: parsing "` + strings.Repeat("A", 64) + `": too long for a listing at offset 0`},

	{"BRK.B", entity.ErrUnknownExchange, `entity: parsing "BRK.B": unknown exchange suffix "B" at offset 4`},
	{"7203.XX", entity.ErrUnknownExchange, `entity: parsing "7203.XX": unknown exchange suffix "XX" at offset 5`},
	{"XYZ: MP", entity.ErrUnknownExchange, `entity: parsing "XYZ: MP": unknown exchange prefix "XYZ" at offset 0`},
	{"(Tokyo: 7203)", entity.ErrUnknownExchange, `entity: parsing "(Tokyo: 7203)": unknown exchange prefix "Tokyo" at offset 1`},
	{"7203 XX", entity.ErrUnknownExchange, `entity: parsing "7203 XX": unknown Bloomberg code "XX" at offset 5`},

	{"2024 US", entity.ErrCodeShape, `entity: parsing "2024 US": code "2024" does not fit US (1 to 5 letters such as MP or BRK.B) at offset 0`},
	{"3.5 KS", entity.ErrCodeShape, `entity: parsing "3.5 KS": code "3.5" does not fit XKRX (6 characters such as 005930) at offset 0`},
	{"2024 KS", entity.ErrCodeShape, `entity: parsing "2024 KS": code "2024" does not fit XKRX (6 characters such as 005930) at offset 0`},
	{"00593I.KS", entity.ErrCodeShape, `entity: parsing "00593I.KS": code "00593I" does not fit XKRX (6 characters such as 005930) at offset 0`},
	{"130B.T", entity.ErrCodeShape, `entity: parsing "130B.T": code "130B" does not fit XTKS (4 characters such as 7203 or 130A) at offset 0`},
	{"0203.T", entity.ErrCodeShape, `entity: parsing "0203.T": code "0203" does not fit XTKS (4 characters such as 7203 or 130A) at offset 0`},
	{"(TSE: 12345)", entity.ErrCodeShape, `entity: parsing "(TSE: 12345)": code "12345" does not fit XTKS (4 characters such as 7203 or 130A) at offset 6`},
	{"000000.HK", entity.ErrCodeShape, `entity: parsing "000000.HK": code "000000" does not fit XHKG (1 to 5 digits such as 0700) at offset 0`},
	{"0.HK", entity.ErrCodeShape, `entity: parsing "0.HK": code "0" does not fit XHKG (1 to 5 digits such as 0700) at offset 0`},
	{"60051.SS", entity.ErrCodeShape, `entity: parsing "60051.SS": code "60051" does not fit XSHG (6 digits such as 600519) at offset 0`},
	{"60051 CH", entity.ErrCodeShape, `entity: parsing "60051 CH": code "60051" does not fit CH (6 digits such as 600519) at offset 0`},
	{"VI.HM", entity.ErrCodeShape, `entity: parsing "VI.HM": code "VI" does not fit XSTC (3 letters such as VIC) at offset 0`},
	{"VINH VN", entity.ErrCodeShape, `entity: parsing "VINH VN": code "VINH" does not fit VN (3 letters such as VIC) at offset 0`},
	{"LY.AX", entity.ErrCodeShape, `entity: parsing "LY.AX": code "LY" does not fit XASX (3 to 6 letters or digits such as LYC) at offset 0`},
	{"ABCDEF.N", entity.ErrCodeShape, `entity: parsing "ABCDEF.N": code "ABCDEF" does not fit XNYS (1 to 5 letters such as MP or BRK.B) at offset 0`},
	{"(NYSE: 123)", entity.ErrCodeShape, `entity: parsing "(NYSE: 123)": code "123" does not fit XNYS (1 to 5 letters such as MP or BRK.B) at offset 7`},
	{"U.S", entity.ErrCodeShape, `entity: parsing "U.S": code "U" does not fit XSWX (2 to 12 letters or digits such as ASML) at offset 0`},
	{"(OTCQX: 1234)", entity.ErrCodeShape, `entity: parsing "(OTCQX: 1234)": code "1234" does not fit US (1 to 5 letters such as MP or BRK.B) at offset 8`},
}

func TestParseListingErrors(t *testing.T) {
	for _, tt := range parseListingErrorTests {
		got, err := entity.ParseListing(tt.in)
		if err == nil {
			t.Errorf("ParseListing(%q) = %v, want error", tt.in, view(got))
			continue
		}
		if !got.IsZero() {
			t.Errorf("ParseListing(%q) = %v with error, want zero Listing", tt.in, view(got))
		}
		if !errors.Is(err, tt.class) {
			t.Errorf("ParseListing(%q) error %v, want class %v", tt.in, err, tt.class)
		}
		var le *entity.ListingError
		if !errors.As(err, &le) {
			t.Errorf("ParseListing(%q) error %T, want *entity.ListingError", tt.in, err)
			continue
		}
		if le.Err != tt.class {
			t.Errorf("ParseListing(%q) ListingError.Err = %v, want %v", tt.in, le.Err, tt.class)
		}
		if le.Offset < 0 || le.Offset > len(le.Input) {
			t.Errorf("ParseListing(%q) offset %d outside the input", tt.in, le.Offset)
		}
		if got := err.Error(); got != tt.msg {
			t.Errorf("ParseListing(%q) error mismatch\n got: %s\nwant: %s", tt.in, got, tt.msg)
		}
	}
}

func TestListingErrorFields(t *testing.T) {
	_, err := entity.ParseListing("7203.XX")
	var le *entity.ListingError
	if !errors.As(err, &le) {
		t.Fatalf("ParseListing error %T, want *entity.ListingError", err)
	}
	want := entity.ListingError{Input: "7203.XX", Offset: 5, Msg: `unknown exchange suffix "XX"`, Err: entity.ErrUnknownExchange}
	if *le != want {
		t.Errorf("ListingError = %+v, want %+v", *le, want)
	}
	if le.Unwrap() != entity.ErrUnknownExchange {
		t.Errorf("Unwrap() = %v", le.Unwrap())
	}
}

func TestNewListing(t *testing.T) {
	tests := []struct {
		symbol, mic string
		want        listingView
	}{
		{"229640", "XKRX", listingView{"229640", "XKRX", "KR", "XKRX:229640"}},
		{"700", "XHKG", listingView{"0700", "XHKG", "HK", "XHKG:0700"}},
		{"mp", "XNYS", listingView{"MP", "XNYS", "US", "XNYS:MP"}},
		{"brk/b", "XNYS", listingView{"BRK.B", "XNYS", "US", "XNYS:BRK.B"}},
		{"130a", "XTKS", listingView{"130A", "XTKS", "JP", "XTKS:130A"}},
		{"RIO", "", listingView{"RIO", "", "", "$RIO"}},
		{"8031", "", listingView{"8031", "", "", "$8031"}},
	}
	for _, tt := range tests {
		got, err := entity.NewListing(tt.symbol, tt.mic)
		if err != nil {
			t.Errorf("NewListing(%q, %q) error: %v", tt.symbol, tt.mic, err)
			continue
		}
		if diff := cmp.Diff(tt.want, view(got)); diff != "" {
			t.Errorf("NewListing(%q, %q) mismatch (-want +got):\n%s", tt.symbol, tt.mic, diff)
		}
		if back := entity.MustParseListing(got.String()); back != got {
			t.Errorf("NewListing(%q, %q) does not round-trip through %q", tt.symbol, tt.mic, got.String())
		}
	}

	errTests := []struct {
		symbol, mic string
		class       error
		msg         string
	}{
		{"", "XNYS", entity.ErrSyntax, `entity: parsing "": missing code`},
		{"0700", "", entity.ErrSyntax, `entity: parsing "0700": code "0700" needs an exchange`},
		{"MP", "XXXX", entity.ErrUnknownExchange, `entity: parsing "MP": unknown exchange "XXXX"`},
		{"MP", "xnys", entity.ErrUnknownExchange, `entity: parsing "MP": unknown exchange "xnys"`},
		{"7203", "XKRX", entity.ErrCodeShape, `entity: parsing "7203": code "7203" does not fit XKRX (6 characters such as 005930)`},
	}
	for _, tt := range errTests {
		_, err := entity.NewListing(tt.symbol, tt.mic)
		if !errors.Is(err, tt.class) {
			t.Errorf("NewListing(%q, %q) error %v, want class %v", tt.symbol, tt.mic, err, tt.class)
			continue
		}
		var le *entity.ListingError
		if !errors.As(err, &le) || le.Offset != -1 {
			t.Errorf("NewListing(%q, %q) error %#v, want *ListingError with Offset -1", tt.symbol, tt.mic, err)
		}
		if err.Error() != tt.msg {
			t.Errorf("NewListing(%q, %q) error mismatch\n got: %s\nwant: %s", tt.symbol, tt.mic, err, tt.msg)
		}
	}
}

func TestListingAccessors(t *testing.T) {
	l := entity.MustParseListing("229640.KO")
	ex, ok := l.Exchange()
	if !ok || ex.MIC() != "XKRX" || ex.Name() != "Korea Exchange" {
		t.Errorf("Exchange() = %v, %v; want XKRX, true", ex, ok)
	}
	if l.Country() != entity.MustParseCountry("KR") {
		t.Errorf("Country() = %v, want KR", l.Country())
	}
	if ex, ok := entity.MustParseListing("MP US").Exchange(); ok || !ex.IsZero() {
		t.Errorf("Exchange() of MP US = %v, %v; want zero, false", ex, ok)
	}

	// Listing is comparable and works as a map key.
	seen := map[entity.Listing]int{}
	for _, s := range []string{"229640.KO", "(KRX: 229640)", "229640 KS", "XKRX:229640", "700.HK", "0700.HK"} {
		seen[entity.MustParseListing(s)]++
	}
	if len(seen) != 2 || seen[entity.MustParseListing("XKRX:229640")] != 4 {
		t.Errorf("map of listings = %v, want 2 keys, XKRX:229640 four times", seen)
	}
}

func TestListingZero(t *testing.T) {
	var z entity.Listing
	if !z.IsZero() || z.String() != "" || z.Symbol() != "" || z.MIC() != "" || !z.Country().IsZero() {
		t.Errorf("zero Listing = %+v", view(z))
	}
	if _, ok := z.Exchange(); ok {
		t.Error("zero Listing has an exchange")
	}
	b, err := z.MarshalText()
	if err != nil || len(b) != 0 {
		t.Errorf("zero MarshalText = %q, %v; want empty", b, err)
	}
	l := entity.MustParseListing("MP.N")
	if err := l.UnmarshalText(nil); err != nil || !l.IsZero() {
		t.Errorf("UnmarshalText(empty) = %v, %v; want zero, nil", view(l), err)
	}
	if entity.MustParseListing("$RIO").IsZero() {
		t.Error("$RIO IsZero")
	}
}

func TestListingText(t *testing.T) {
	for _, tt := range parseListingTests {
		l := entity.MustParseListing(tt.in)
		b, err := l.MarshalText()
		if err != nil || string(b) != tt.want.String {
			t.Errorf("MarshalText(%q) = %q, %v; want %q", tt.in, b, err, tt.want.String)
		}
		a, err := l.AppendText([]byte("x="))
		if err != nil || string(a) != "x="+tt.want.String {
			t.Errorf("AppendText(%q) = %q, %v", tt.in, a, err)
		}
		var u entity.Listing
		if err := u.UnmarshalText(b); err != nil || u != l {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, view(u), err, view(l))
		}
	}
	var u entity.Listing
	err := u.UnmarshalText([]byte("BRK.B"))
	if !errors.Is(err, entity.ErrUnknownExchange) || !u.IsZero() {
		t.Errorf("UnmarshalText(BRK.B) = %v, %v", view(u), err)
	}
}

func TestMustParseListingPanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Error("MustParseListing(\"2024\") did not panic")
		}
	}()
	entity.MustParseListing("2024")
}

// TestListingNotPinned checks that a Listing does not keep its input alive
// through a shared substring: the symbol must be a copy.
func TestListingNotPinned(t *testing.T) {
	buf := []byte("(KRX: 229640)")
	l := entity.MustParseListing(string(buf))
	for i := range buf {
		buf[i] = 'x'
	}
	if l.Symbol() != "229640" {
		t.Errorf("Symbol() = %q after the input changed", l.Symbol())
	}
}

func TestParseListingAllocs(t *testing.T) {
	for _, in := range []string{"229640.KO", "(NYSE: MP)", "005490 KS Equity", "$RIO", "SH600519", "MP US"} {
		n := testing.AllocsPerRun(100, func() {
			if _, err := entity.ParseListing(in); err != nil {
				t.Fatal(err)
			}
		})
		if n > 1 {
			t.Errorf("ParseListing(%q) allocates %v times, want at most 1", in, n)
		}
	}
}

func BenchmarkParseListing(b *testing.B) {
	inputs := []string{"229640.KO", "(NYSE: MP)", "005490 KS Equity", "700.HK", "$RIO", "2024 US", "BRK.B", "12.5"}
	for _, in := range inputs {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				entity.ParseListing(in)
			}
		})
	}
}
