package entity_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/entity"
)

// FuzzParseListing checks that ParseListing never panics, that every
// failure is a classified *ListingError, and that every listing it
// returns round-trips through String, MarshalText and UnmarshalText.
func FuzzParseListing(f *testing.F) {
	for _, tt := range parseListingTests {
		f.Add(tt.in)
	}
	for _, tt := range parseListingErrorTests {
		f.Add(tt.in)
	}
	for _, s := range gridInputs() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkParseListing(t, s)
	})
}

// TestParseListingGrid runs the fuzz checks on every code of every
// exchange combined with codes of every shape.
func TestParseListingGrid(t *testing.T) {
	ok := 0
	for _, s := range gridInputs() {
		if checkParseListing(t, s) {
			ok++
		}
	}
	if ok < 500 {
		t.Errorf("only %d grid inputs parse", ok)
	}
}

// gridInputs combines sample codes with every suffix, prefix and
// Bloomberg code of the registry, the composites and the domestic forms.
func gridInputs() []string {
	codes := []string{
		"1", "5", "A", "T", "MP", "BP.", "VIC", "LYC", "SXX", "ABX", "AAPL", "LYSDY", "ABCDEF",
		"BRK.B", "BRK/B", "BRK-B", "BT.A", "TECK.B", "M&M", "A2M", "1AE", "VALE3",
		"700", "0700", "00700", "9988", "80737", "2330", "00878", "2881A", "7203", "130A",
		"005930", "0001A0", "A005930", "600519", "000001", "300750", "830799", "900901",
		"12.5", "2024", "0", "000000",
	}
	var forms []string
	for _, ex := range entity.Exchanges() {
		forms = append(forms, ex.MIC()+":%s")
		for _, p := range ex.Prefixes() {
			forms = append(forms, "("+p+": %s)", strings.ToUpper(p)+":%s")
		}
		for _, x := range ex.Suffixes() {
			forms = append(forms, "%s."+x)
		}
		for _, b := range ex.BloombergCodes() {
			forms = append(forms, "%s "+b, "%s "+b+" Equity")
		}
	}
	for _, b := range []string{"US", "CH", "VN", "GR", "CN", "IN", "TT"} {
		forms = append(forms, "%s "+b)
	}
	forms = append(forms, "%s.VN", "OTCQX:%s", "$%s", "SH%s", "SZ%s", "BJ%s", "%s")
	var out []string
	for _, f := range forms {
		for _, c := range codes {
			out = append(out, strings.Replace(f, "%s", c, 1))
		}
	}
	return out
}

// checkParseListing checks the properties of ParseListing on s and
// reports whether s parsed.
func checkParseListing(t *testing.T, s string) bool {
	t.Helper()
	l, err := entity.ParseListing(s)
	if err != nil {
		var le *entity.ListingError
		if !errors.As(err, &le) {
			t.Fatalf("ParseListing(%q) error %T, want *entity.ListingError", s, err)
		}
		if !errors.Is(err, entity.ErrSyntax) && !errors.Is(err, entity.ErrUnknownExchange) && !errors.Is(err, entity.ErrCodeShape) {
			t.Fatalf("ParseListing(%q) error %v has no class", s, err)
		}
		if le.Offset < 0 || le.Offset > len(le.Input) {
			t.Fatalf("ParseListing(%q) error offset %d outside the input", s, le.Offset)
		}
		if !l.IsZero() {
			t.Fatalf("ParseListing(%q) = %q with an error", s, l)
		}
		return false
	}
	if l.IsZero() || l.Symbol() == "" {
		t.Fatalf("ParseListing(%q) = zero Listing without error", s)
	}
	str := l.String()
	back, err := entity.ParseListing(str)
	if err != nil {
		t.Fatalf("ParseListing(%q) = %q, which does not parse: %v", s, str, err)
	}
	if back != l {
		t.Fatalf("ParseListing(%q) = %q, which parses to %q", s, str, back)
	}
	if back.String() != str {
		t.Fatalf("String of %q is not stable: %q", str, back.String())
	}
	text, err := l.MarshalText()
	if err != nil || string(text) != str {
		t.Fatalf("MarshalText(%q) = %q, %v", str, text, err)
	}
	var u entity.Listing
	if err := u.UnmarshalText(text); err != nil || u != l {
		t.Fatalf("UnmarshalText(%q) = %q, %v; want %q", text, u, err, l)
	}
	if mic := l.MIC(); mic != "" {
		n, err := entity.NewListing(l.Symbol(), mic)
		if err != nil || n != l {
			t.Fatalf("NewListing(%q, %q) = %q, %v; want %q", l.Symbol(), mic, n, err, l)
		}
	}
	return true
}
