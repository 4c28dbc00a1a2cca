package entity_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsfacts/newsfacts/entity"
)

func TestExchangeByMIC(t *testing.T) {
	tests := []struct {
		mic, name, country string
		suffixes           []string
		prefixes           []string
		bloomberg          []string
	}{
		{"XKRX", "Korea Exchange", "KR", []string{"KS", "KO"}, []string{"KRX", "KOSPI", "KSE", "KOSE"}, []string{"KS", "KP"}},
		{"XKOS", "KOSDAQ", "KR", []string{"KQ"}, []string{"KOSDAQ"}, []string{"KQ"}},
		{"XTKS", "Tokyo Stock Exchange", "JP", []string{"T", "TSE"}, []string{"TSE", "TYO", "JPX"}, []string{"JT", "JP"}},
		{"XTAI", "Taiwan Stock Exchange", "TW", []string{"TW"}, []string{"TWSE", "TPE"}, nil},
		{"ROCO", "Taipei Exchange", "TW", []string{"TWO"}, []string{"TPEx", "GTSM"}, nil},
		{"XHKG", "Hong Kong Stock Exchange", "HK", []string{"HK"}, []string{"HKEX", "SEHK", "HKSE", "HKG", "HK"}, []string{"HK"}},
		{"XSHG", "Shanghai Stock Exchange", "CN", []string{"SS", "SH"}, []string{"SHA", "SSE", "SHSE", "SH"}, []string{"CG"}},
		{"XSHE", "Shenzhen Stock Exchange", "CN", []string{"SZ"}, []string{"SHE", "SZSE", "SZ"}, []string{"CS"}},
		{"XSTC", "Ho Chi Minh City Stock Exchange", "VN", []string{"HM"}, []string{"HOSE", "HoSE", "HSX"}, []string{"VM"}},
		{"HSTC", "Hanoi Stock Exchange", "VN", []string{"HN"}, []string{"HNX"}, []string{"VH"}},
		{"XASX", "ASX", "AU", []string{"AX"}, []string{"ASX"}, []string{"AU", "AT"}},
		{"XNYS", "New York Stock Exchange", "US", []string{"N"}, []string{"NYSE", "NY"}, []string{"UN"}},
		{"XNAS", "Nasdaq", "US", []string{"O", "OQ"}, []string{"Nasdaq", "NasdaqGS", "NasdaqGM", "NasdaqCM"}, []string{"UW", "UQ", "UR"}},
		{"XLON", "London Stock Exchange", "GB", []string{"L"}, []string{"LSE", "LON"}, []string{"LN", "LI"}},
		{"XETR", "Xetra", "DE", []string{"DE"}, []string{"ETR", "XETRA", "XTRA"}, []string{"GY"}},
		{"XFRA", "Frankfurt Stock Exchange", "DE", []string{"F"}, []string{"FRA", "FWB"}, []string{"GF"}},
		{"XPAR", "Euronext Paris", "FR", []string{"PA"}, []string{"EPA", "Euronext Paris", "ENXTPA"}, []string{"FP"}},
		{"XAMS", "Euronext Amsterdam", "NL", []string{"AS"}, []string{"AMS", "Euronext Amsterdam", "ENXTAM"}, []string{"NA"}},
		{"XSWX", "SIX Swiss Exchange", "CH", []string{"S", "SW"}, []string{"SIX", "SWX", "VTX"}, []string{"SE", "SW"}},
		{"XSES", "Singapore Exchange", "SG", []string{"SI"}, []string{"SGX"}, []string{"SP"}},
	}
	for _, tt := range tests {
		ex, ok := entity.ExchangeByMIC(tt.mic)
		if !ok {
			t.Errorf("ExchangeByMIC(%q) not found", tt.mic)
			continue
		}
		got := []any{ex.MIC(), ex.Name(), ex.Country().Code(), ex.Suffixes(), ex.Prefixes(), ex.BloombergCodes(), ex.String()}
		want := []any{tt.mic, tt.name, tt.country, tt.suffixes, tt.prefixes, tt.bloomberg, tt.mic}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("ExchangeByMIC(%q) mismatch (-want +got):\n%s", tt.mic, diff)
		}
	}
	for _, mic := range []string{"", "xkrx", "KRX", "XXXX", "KQKS"} {
		if ex, ok := entity.ExchangeByMIC(mic); ok || !ex.IsZero() {
			t.Errorf("ExchangeByMIC(%q) = %v, %v; want zero, false", mic, ex, ok)
		}
	}
}

// TestExchangeCodes parses every code each exchange reports, so that the
// accessors and ParseListing agree.
func TestExchangeCodes(t *testing.T) {
	sample := map[string]string{
		"KR": "005930", "JP": "7203", "TW": "2330", "HK": "0700", "CN": "600519",
		"VN": "VIC", "AU": "LYC", "US": "MP", "GB": "SXX", "CA": "ABX",
	}
	for _, ex := range entity.Exchanges() {
		code, ok := sample[ex.Country().Code()]
		if !ok {
			code = "ABCD"
		}
		want := ex
		check := func(in string) {
			t.Helper()
			l, err := entity.ParseListing(in)
			if err != nil {
				t.Errorf("ParseListing(%q) error: %v", in, err)
				return
			}
			if got, _ := l.Exchange(); got != want {
				t.Errorf("ParseListing(%q) exchange = %v, want %v", in, got, want)
			}
		}
		check(ex.MIC() + ":" + code)
		for _, s := range ex.Suffixes() {
			check(code + "." + s)
		}
		for _, p := range ex.Prefixes() {
			if p == "TSE" && ex.MIC() == "XTKS" || p != "TSE" {
				check("(" + p + ": " + code + ")")
			}
		}
		for _, b := range ex.BloombergCodes() {
			check(code + " " + b + " Equity")
		}
	}
}

func TestExchanges(t *testing.T) {
	all := entity.Exchanges()
	if len(all) < 20 {
		t.Fatalf("Exchanges() has %d exchanges", len(all))
	}
	if !slices.IsSortedFunc(all, func(a, b entity.Exchange) int {
		if a.MIC() < b.MIC() {
			return -1
		}
		if a.MIC() > b.MIC() {
			return 1
		}
		return 0
	}) {
		t.Error("Exchanges() is not in MIC order")
	}
	for _, ex := range all {
		if ex.IsZero() || len(ex.MIC()) != 4 || ex.Name() == "" || ex.Country().IsZero() {
			t.Errorf("exchange %q: name %q, country %q", ex.MIC(), ex.Name(), ex.Country())
		}
		if got, ok := entity.ExchangeByMIC(ex.MIC()); !ok || got != ex {
			t.Errorf("ExchangeByMIC(%q) = %v, %v", ex.MIC(), got, ok)
		}
	}
	// The result is a copy: changing it changes nothing in the registry.
	first := all[0]
	all[0] = entity.Exchange{}
	if entity.Exchanges()[0] != first {
		t.Error("Exchanges() shares its slice")
	}
	krx, _ := entity.ExchangeByMIC("XKRX")
	s := krx.Suffixes()
	s[0] = "XX"
	p := krx.Prefixes()
	p[0] = "XX"
	b := krx.BloombergCodes()
	b[0] = "XX"
	if krx.Suffixes()[0] != "KS" || krx.Prefixes()[0] != "KRX" || krx.BloombergCodes()[0] != "KS" {
		t.Error("Exchange accessors share their slices")
	}
	if _, err := entity.ParseListing("005930.KS"); err != nil {
		t.Errorf("registry changed by a caller: %v", err)
	}
}

func TestExchangeZero(t *testing.T) {
	var z entity.Exchange
	if !z.IsZero() || z.MIC() != "" || z.Name() != "" || z.String() != "" || !z.Country().IsZero() ||
		z.Suffixes() != nil || z.Prefixes() != nil || z.BloombergCodes() != nil {
		t.Errorf("zero Exchange = %q %q %q", z.MIC(), z.Name(), z.Country())
	}
}

func TestExchangeText(t *testing.T) {
	for _, ex := range append(entity.Exchanges(), entity.Exchange{}) {
		b, err := ex.MarshalText()
		if err != nil || string(b) != ex.MIC() {
			t.Errorf("MarshalText(%v) = %q, %v", ex, b, err)
		}
		var u entity.Exchange
		if err := u.UnmarshalText(b); err != nil || u != ex {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, u, err, ex)
		}
	}
	var u entity.Exchange
	err := u.UnmarshalText([]byte("KRX"))
	var ve *entity.ValueError
	if !errors.Is(err, entity.ErrUnknownExchange) || !errors.As(err, &ve) || ve.Type != "exchange" {
		t.Errorf("UnmarshalText(KRX) error %v", err)
	}
	if err == nil || err.Error() != `entity: unknown exchange "KRX"` {
		t.Errorf("UnmarshalText(KRX) error %q", err)
	}
}
