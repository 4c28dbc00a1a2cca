package commodity_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/commodity"
)

func FuzzParseTonnage(f *testing.F) {
	for _, tc := range parseTonnageTests {
		f.Add(tc.in)
	}
	for _, tc := range parseTonnageErrorTests {
		f.Add(tc.in)
	}
	for _, tc := range unitWordTests {
		f.Add("1 " + tc.word)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := commodity.ParseTonnage(s)
		if err != nil {
			var pe *commodity.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseTonnage(%q) error %T is not a *ParseError", s, err)
			}
			if pe.Input != s || pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("ParseTonnage(%q) error has input %q, offset %d", s, pe.Input, pe.Offset)
			}
			if !errors.Is(err, commodity.ErrSyntax) && !errors.Is(err, commodity.ErrUnknownUnit) {
				t.Fatalf("ParseTonnage(%q) error %v wraps no sentinel", s, err)
			}
			if !strings.HasPrefix(err.Error(), "commodity: ") || !got.IsZero() {
				t.Fatalf("ParseTonnage(%q) = %v, %v", s, got, err)
			}
			return
		}
		if got.IsZero() || got.Unit().String() == "" {
			t.Fatalf("ParseTonnage(%q) = %v, a Tonnage with no unit", s, got)
		}
		str := got.String()
		back, err := commodity.ParseTonnage(str)
		if err != nil || !back.Equal(got) || back.Unit() != got.Unit() || back.String() != str {
			t.Fatalf("ParseTonnage(%q) = %q, which reads back as %q, %v", s, str, back, err)
		}
		text, err := got.MarshalText()
		if err != nil || string(text) != str {
			t.Fatalf("MarshalText of %q = %q, %v", str, text, err)
		}
		var un commodity.Tonnage
		if err := un.UnmarshalText(text); err != nil || !un.Equal(got) {
			t.Fatalf("UnmarshalText(%q) = %q, %v", text, un, err)
		}
		if !got.InTonnes().Value().Equal(got.Tonnes()) {
			t.Fatalf("%q: InTonnes %q, Tonnes %v", str, got.InTonnes(), got.Tonnes())
		}
	})
}

// FuzzParseRate checks that ParseRate never panics, reports errors as
// *ParseError, and that every rate it reads has a period and a mass that
// ParseTonnage reads from the same number and unit.
func FuzzParseRate(f *testing.F) {
	for _, tc := range parseRateTests {
		f.Add(tc.in)
	}
	for _, tc := range parseTonnageTests {
		f.Add(tc.in + " a year")
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, per, err := commodity.ParseRate(s)
		if err != nil {
			var pe *commodity.ParseError
			if !errors.As(err, &pe) || pe.Input != s || pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("ParseRate(%q) error %v", s, err)
			}
			if !got.IsZero() || per != 0 {
				t.Fatalf("ParseRate(%q) = %v, %q with an error", s, got, per)
			}
			return
		}
		if got.IsZero() || per == 0 {
			t.Fatalf("ParseRate(%q) = %v, %q", s, got, per)
		}
	})
}
