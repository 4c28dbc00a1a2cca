package commodity_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/internal/dec"
)

func TestMatchRate(t *testing.T) {
	for _, tc := range []struct {
		in  string
		per commodity.Period
		n   int
	}{
		{"a year", commodity.Year, 6},
		{"a year of ore", commodity.Year, 6},
		{"A Year", commodity.Year, 6},
		{"per year,", commodity.Year, 8},
		{"per\nannum (tpa)", commodity.Year, 9},
		{"per-year gas plant", commodity.Year, 8},
		{"per  annum", commodity.Year, 10},
		{"annually.", commodity.Year, 8},
		{"yearly", commodity.Year, 6},
		{"each year", commodity.Year, 9},
		{"every year", commodity.Year, 10},
		{"per calendar year", commodity.Year, 17},
		{"pa", commodity.Year, 2},
		{"p.a.", commodity.Year, 4},
		{"/yr", commodity.Year, 3},
		{"/year of", commodity.Year, 5},
		{"/y", commodity.Year, 2},
		{"/a", commodity.Year, 2},
		{"a quarter", commodity.Quarter, 9},
		{"quarterly", commodity.Quarter, 9},
		{"per month", commodity.Month, 9},
		{"monthly", commodity.Month, 7},
		{"/mo", commodity.Month, 3},
		{"a week", commodity.Week, 6},
		{"weekly", commodity.Week, 6},
		{"per day", commodity.Day, 7},
		{"a day", commodity.Day, 5},
		{"daily", commodity.Day, 5},
		{"/d", commodity.Day, 2},

		{"a year from 2027", commodity.Year, 6},
		{"a year from the start", commodity.Year, 6},
		{"a year ago", 0, 0},
		{"a year from now", 0, 0},
		{"a day from today", 0, 0},
		{"a year earlier", 0, 0},
		{"A year before", 0, 0},
		{"a day later", 0, 0},
		{"a quarter of the total", 0, 0},
		{"a year or two", 0, 0},
		{"annual", 0, 0},
		{"annuals", 0, 0},
		{"years", 0, 0},
		{"a yearly", 0, 0},
		{"per", 0, 0},
		{"per cent", 0, 0},
		{"pace", 0, 0},
		{"/h", 0, 0},
		{"/t", 0, 0},
		{"/yr2", 0, 0},
		{"/", 0, 0},
		{"", 0, 0},
		{" a year", 0, 0},
		{"dailyé", 0, 0},
	} {
		p, n, ok := commodity.MatchRate(tc.in)
		if p != tc.per || n != tc.n || ok != (tc.per != 0) {
			t.Errorf("MatchRate(%q) = %q, %d, %v; want %q, %d", tc.in, p, n, ok, tc.per, tc.n)
		}
	}
}

func TestMatchRateNoAllocs(t *testing.T) {
	for _, s := range []string{"a year", "the", "a year ago", "/yr", "per cent"} {
		if a := testing.AllocsPerRun(100, func() { commodity.MatchRate(s) }); a != 0 {
			t.Errorf("MatchRate(%q) allocates %v times", s, a)
		}
	}
}

var parseRateTests = []struct {
	in    string
	value string
	unit  commodity.Unit
	per   commodity.Period
}{
	{"5 million tonnes a year", "5000000", commodity.Tonne, commodity.Year},
	{"4.4 million tonnes per annum", "4400000", commodity.Tonne, commodity.Year},
	{"3,000 tonnes/yr", "3000", commodity.Tonne, commodity.Year},
	{"5-million-tonne-per-year", "5000000", commodity.Tonne, commodity.Year},
	{"2,000 short tons annually", "2000", commodity.ShortTon, commodity.Year},
	{"6 Mtpa", "6000000", commodity.Tonne, commodity.Year},
	{"40ktpy", "40000", commodity.Tonne, commodity.Year},
	{"35mn t/yr", "35000000", commodity.Tonne, commodity.Year},
	{"4,500 tpd", "4500", commodity.Tonne, commodity.Day},
	{"300 kg per day", "300", commodity.Kilogram, commodity.Day},
	{"1 Moz a quarter", "1000000", commodity.TroyOunce, commodity.Quarter},
	{"12,000 t p.a.", "12000", commodity.Tonne, commodity.Year},
}

func TestParseRate(t *testing.T) {
	for _, tc := range parseRateTests {
		got, per, err := commodity.ParseRate(tc.in)
		if err != nil {
			t.Errorf("ParseRate(%q): %v", tc.in, err)
			continue
		}
		if dec.Format(got.Value()) != tc.value || got.Unit() != tc.unit || per != tc.per {
			t.Errorf("ParseRate(%q) = %s %s, %q; want %s %s, %q", tc.in,
				dec.Format(got.Value()), got.Unit(), per, tc.value, tc.unit, tc.per)
		}
	}
}

func TestParseRateErrors(t *testing.T) {
	for _, tc := range []struct {
		in  string
		err error
		msg string
	}{
		{"5 t", commodity.ErrSyntax, `commodity: parsing "5 t": missing rate at offset 3`},
		{"5 t a year ago", commodity.ErrSyntax, `commodity: parsing "5 t a year ago": expected a rate, found "a" at offset 4`},
		{"5 t a year.", commodity.ErrSyntax, `commodity: parsing "5 t a year.": unexpected "." after rate at offset 10`},
		{"6 Mtpa a year", commodity.ErrSyntax, `commodity: parsing "6 Mtpa a year": unexpected " a year" after unit at offset 6`},
		{"5 zorks a year", commodity.ErrUnknownUnit, `commodity: parsing "5 zorks a year": unknown unit "zorks a year" at offset 2`},
		{"a year", commodity.ErrSyntax, `commodity: parsing "a year": expected a number, found "a" at offset 0`},
		{"", commodity.ErrSyntax, `commodity: parsing "": empty input at offset 0`},
		{"5 g/t", commodity.ErrSyntax, `commodity: parsing "5 g/t": expected a rate, found "/t" at offset 3`},
	} {
		got, per, err := commodity.ParseRate(tc.in)
		if err == nil {
			t.Errorf("ParseRate(%q) = %v, %q; want error", tc.in, got, per)
			continue
		}
		if diff := cmp.Diff(tc.msg, err.Error()); diff != "" {
			t.Errorf("ParseRate(%q) error mismatch (-want +got):\n%s", tc.in, diff)
		}
		if !errors.Is(err, tc.err) || !got.IsZero() || per != 0 {
			t.Errorf("ParseRate(%q) = %v, %q, %v", tc.in, got, per, err)
		}
	}
}
