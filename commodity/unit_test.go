package commodity_test

import (
	"errors"
	"testing"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/internal/dec"
)

var allUnits = []struct {
	u      commodity.Unit
	code   string
	tonnes string
}{
	{commodity.Tonne, "t", "1"},
	{commodity.Ton, "ton", "1"},
	{commodity.ShortTon, "short_ton", "0.90718474"},
	{commodity.LongTon, "long_ton", "1.0160469088"},
	{commodity.Kilogram, "kg", "0.001"},
	{commodity.Gram, "g", "0.000001"},
	{commodity.Pound, "lb", "0.00045359237"},
	{commodity.TroyOunce, "oz_t", "0.0000311034768"},
	{commodity.Ounce, "oz", "0.000028349523125"},
	{commodity.DeadweightTonne, "dwt", "1"},
}

func TestUnit(t *testing.T) {
	for _, tc := range allUnits {
		if got := tc.u.String(); got != tc.code {
			t.Errorf("Unit(%d).String() = %q, want %q", tc.u, got, tc.code)
		}
		if got := dec.Format(tc.u.Tonnes()); got != tc.tonnes {
			t.Errorf("%s.Tonnes() = %s, want %s", tc.u, got, tc.tonnes)
		}
		if got, err := commodity.ParseUnit(tc.code); err != nil || got != tc.u {
			t.Errorf("ParseUnit(%q) = %v, %v; want %v", tc.code, got, err, tc.u)
		}
		b, err := tc.u.MarshalText()
		if err != nil || string(b) != tc.code {
			t.Errorf("%s.MarshalText() = %q, %v", tc.u, b, err)
		}
		var back commodity.Unit
		if err := back.UnmarshalText(b); err != nil || back != tc.u {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
		}
	}
}

func TestUnitZeroAndInvalid(t *testing.T) {
	var z commodity.Unit
	if z.String() != "" || !z.Tonnes().IsZero() {
		t.Errorf("zero Unit: String %q, Tonnes %v", z.String(), z.Tonnes())
	}
	if b, err := z.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero Unit MarshalText = %q, %v", b, err)
	}
	u := commodity.Tonne
	if err := u.UnmarshalText(nil); err != nil || u != 0 {
		t.Errorf("UnmarshalText(empty) = %v, %v", u, err)
	}
	bad := commodity.Unit(200)
	if bad.String() != "Unit(200)" || !bad.Tonnes().IsZero() {
		t.Errorf("Unit(200): String %q, Tonnes %v", bad.String(), bad.Tonnes())
	}
	if _, err := bad.MarshalText(); err == nil {
		t.Error("Unit(200).MarshalText succeeded")
	}
}

func TestParseUnitErrors(t *testing.T) {
	for _, tc := range []struct {
		in  string
		err error
		msg string
	}{
		{"", commodity.ErrSyntax, `commodity: parsing "": empty input at offset 0`},
		{"tonnes", commodity.ErrUnknownUnit, `commodity: parsing "tonnes": unknown unit "tonnes" at offset 0`},
		{"T", commodity.ErrUnknownUnit, `commodity: parsing "T": unknown unit "T" at offset 0`},
	} {
		_, err := commodity.ParseUnit(tc.in)
		if err == nil || err.Error() != tc.msg || !errors.Is(err, tc.err) {
			t.Errorf("ParseUnit(%q) error = %v, want %s", tc.in, err, tc.msg)
		}
	}
	var u commodity.Unit
	if err := u.UnmarshalText([]byte("zork")); !errors.Is(err, commodity.ErrUnknownUnit) {
		t.Errorf("UnmarshalText(zork) error = %v", err)
	}
}

var unitWordTests = []struct {
	word  string
	unit  commodity.Unit
	scale string
	per   commodity.Period
}{
	{"t", commodity.Tonne, "1", 0},
	{"tonne", commodity.Tonne, "1", 0},
	{"Tonnes", commodity.Tonne, "1", 0},
	{"metric ton", commodity.Tonne, "1", 0},
	{"Metric Tons", commodity.Tonne, "1", 0},
	{"metric tonne", commodity.Tonne, "1", 0},
	{"metric  tonnes", commodity.Tonne, "1", 0},
	{"metric-tonnes", commodity.Tonne, "1", 0},
	{"mt", commodity.Tonne, "1", 0},
	{"MT", commodity.Tonne, "1", 0},
	{"MTs", commodity.Tonne, "1", 0},
	{"dmt", commodity.Tonne, "1", 0},
	{"wet metric tonnes", commodity.Tonne, "1", 0},
	{"dry tonnes", commodity.Tonne, "1", 0},
	{"Wet-tonne", commodity.Tonne, "1", 0},
	{"dry tons", commodity.Ton, "1", 0},
	{"ton", commodity.Ton, "1", 0},
	{"TONS", commodity.Ton, "1", 0},
	{"short ton", commodity.ShortTon, "1", 0},
	{"short tons", commodity.ShortTon, "1", 0},
	{"net tons", commodity.ShortTon, "1", 0},
	{"st", commodity.ShortTon, "1", 0},
	{"long ton", commodity.LongTon, "1", 0},
	{"long tons", commodity.LongTon, "1", 0},
	{"kg", commodity.Kilogram, "1", 0},
	{"KG", commodity.Kilogram, "1", 0},
	{"kilogram", commodity.Kilogram, "1", 0},
	{"kilograms", commodity.Kilogram, "1", 0},
	{"g", commodity.Gram, "1", 0},
	{"gram", commodity.Gram, "1", 0},
	{"grams", commodity.Gram, "1", 0},
	{"lb", commodity.Pound, "1", 0},
	{"lbs", commodity.Pound, "1", 0},
	{"pound", commodity.Pound, "1", 0},
	{"pounds", commodity.Pound, "1", 0},
	{"oz", commodity.Ounce, "1", 0},
	{"ounce", commodity.Ounce, "1", 0},
	{"ounces", commodity.Ounce, "1", 0},
	{"troy ounce", commodity.TroyOunce, "1", 0},
	{"troy ounces", commodity.TroyOunce, "1", 0},
	{"Troy Ounces", commodity.TroyOunce, "1", 0},
	{"ozt", commodity.TroyOunce, "1", 0},
	{"oz_t", commodity.TroyOunce, "1", 0},
	{"dwt", commodity.DeadweightTonne, "1", 0},
	{"DWT", commodity.DeadweightTonne, "1", 0},
	{"deadweight tonne", commodity.DeadweightTonne, "1", 0},
	{"deadweight tonnes", commodity.DeadweightTonne, "1", 0},
	{"deadweight ton", commodity.DeadweightTonne, "1", 0},
	{"deadweight tons", commodity.DeadweightTonne, "1", 0},
	{"dead-weight tons", commodity.DeadweightTonne, "1", 0},
	{"short_ton", commodity.ShortTon, "1", 0},
	{"long_ton", commodity.LongTon, "1", 0},

	{"kt", commodity.Tonne, "1000", 0},
	{"KT", commodity.Tonne, "1000", 0},
	{"kilotonnes", commodity.Tonne, "1000", 0},
	{"Mt", commodity.Tonne, "1000000", 0},
	{"mmt", commodity.Tonne, "1000000", 0},
	{"MMT", commodity.Tonne, "1000000", 0},
	{"megatonnes", commodity.Tonne, "1000000", 0},
	{"Gt", commodity.Tonne, "1000000000", 0},
	{"gigatonnes", commodity.Tonne, "1000000000", 0},
	{"Moz", commodity.TroyOunce, "1000000", 0},
	{"moz", commodity.TroyOunce, "1000000", 0},
	{"koz", commodity.TroyOunce, "1000", 0},
	{"Mlb", commodity.Pound, "1000000", 0},
	{"Mlbs", commodity.Pound, "1000000", 0},

	{"tpa", commodity.Tonne, "1", commodity.Year},
	{"TPA", commodity.Tonne, "1", commodity.Year},
	{"t/y", commodity.Tonne, "1", commodity.Year},
	{"tpd", commodity.Tonne, "1", commodity.Day},
	{"t/d", commodity.Tonne, "1", commodity.Day},
	{"ktpa", commodity.Tonne, "1000", commodity.Year},
	{"LTPA", commodity.Tonne, "100000", commodity.Year},
	{"T/yr", commodity.Tonne, "1", commodity.Year},
	{"kt/y", commodity.Tonne, "1000", commodity.Year},
	{"Mtpa", commodity.Tonne, "1000000", commodity.Year},
	{"mtpa", commodity.Tonne, "1000000", commodity.Year},
	{"MTPA", commodity.Tonne, "1000000", commodity.Year},
	{"mmtpa", commodity.Tonne, "1000000", commodity.Year},
	{"Mt/y", commodity.Tonne, "1000000", commodity.Year},

	{"gs", commodity.Gram, "1", 0},
	{"mg", commodity.Gram, "0.001", 0},
	{"milligrams", commodity.Gram, "0.001", 0},
	{"Milligrammes", commodity.Gram, "0.001", 0},
	{"mcg", commodity.Gram, "0.000001", 0},
	{"microgram", commodity.Gram, "0.000001", 0},
	{"microgrammes", commodity.Gram, "0.000001", 0},
	{"\u00b5g", commodity.Gram, "0.000001", 0},
	{"\u03bcg", commodity.Gram, "0.000001", 0},
	{"k.g.", commodity.Kilogram, "1", 0},
	{"K.G", commodity.Kilogram, "1", 0},
	{"k.gs", commodity.Kilogram, "1", 0},
}

func TestLookupUnitWord(t *testing.T) {
	for _, tc := range unitWordTests {
		w, ok := commodity.LookupUnitWord(tc.word)
		if !ok {
			t.Errorf("LookupUnitWord(%q) not found", tc.word)
			continue
		}
		if w.Unit != tc.unit || dec.Format(w.Scale) != tc.scale || w.Per != tc.per {
			t.Errorf("LookupUnitWord(%q) = {%s %s %q}, want {%s %s %q}",
				tc.word, w.Unit, dec.Format(w.Scale), w.Per, tc.unit, tc.scale, tc.per)
		}
		u, ok := commodity.LookupUnit(tc.word)
		if plain := tc.scale == "1" && tc.per == 0; ok != plain || plain && u != tc.unit {
			t.Errorf("LookupUnit(%q) = %v, %v", tc.word, u, ok)
		}
	}
	for _, word := range []string{
		"", "T", "G", "mT", "gt", "tonnes.", " tonnes", "tonnes ", "metric", "short", "troy",
		"million tonnes", "zorks", "tonnage", "m", "k", "mtx", "kt2", "metric tons of", "Mtpa2",
		"MG", "Mg", "GS", "ST", "St", "tonnes/yr", "g/t", "k.g.s", "k.", "\u00b5", "\u00b5gram", "k.gx",
	} {
		if w, ok := commodity.LookupUnitWord(word); ok {
			t.Errorf("LookupUnitWord(%q) = %v, want not found", word, w)
		}
		if u, ok := commodity.LookupUnit(word); ok {
			t.Errorf("LookupUnit(%q) = %v, want not found", word, u)
		}
	}
}

func TestMatchUnitWord(t *testing.T) {
	for _, tc := range []struct {
		in   string
		unit commodity.Unit
		n    int
	}{
		{"metric tons of rare earths", commodity.Tonne, 11},
		{"tonnes, up from", commodity.Tonne, 6},
		{"t.", commodity.Tonne, 1},
		{"short tons a year", commodity.ShortTon, 10},
		{"short-ton truck", commodity.ShortTon, 9},
		{"tons annually", commodity.Ton, 4},
		{"dead weight tonnes vessel", commodity.DeadweightTonne, 18},
		{"troy ounces of gold", commodity.TroyOunce, 11},
		{"ounces of gold", commodity.Ounce, 6},
		{"Mt\u00a0of coal", commodity.Tonne, 2},
		{"tonne-per-year", commodity.Tonne, 5},
		{"t/yr of ore", commodity.Tonne, 4},
		{"ktpy nickel", commodity.Tonne, 4},
		{"tonnes/yr of ore", commodity.Tonne, 6},
		{"metric tons/year", commodity.Tonne, 11},
		{"g/t gold", commodity.Gram, 1},
		{"t/h", commodity.Tonne, 1},
		{"kg/day", commodity.Kilogram, 2},
		{"k.g. of flour", commodity.Kilogram, 4},
		{"\u03bcg per gramme", commodity.Gram, 3},
		{"tpa/yr", 0, 0},
		{"/t", 0, 0},
		{"metric zorks", 0, 0},
		{"tonnesque", 0, 0},
		{"t2", 0, 0},
		{"té", 0, 0},
		{"", 0, 0},
	} {
		w, n, ok := commodity.MatchUnitWord(tc.in)
		if ok != (tc.unit != 0) || w.Unit != tc.unit || n != tc.n {
			t.Errorf("MatchUnitWord(%q) = %v, %d, %v; want %v, %d", tc.in, w.Unit, n, ok, tc.unit, tc.n)
		}
	}
}

// TestMatchUnitWordNoAllocs checks that matching a unit word, or failing
// to, never allocates.
func TestMatchUnitWordNoAllocs(t *testing.T) {
	for _, s := range []string{"the", "metric zorks", "", "$5", "million", "short stories",
		"tonnes", "kt", "Mtpa", "g/t", "\u00b5g", "k.g."} {
		if a := testing.AllocsPerRun(100, func() { commodity.MatchUnitWord(s) }); a != 0 {
			t.Errorf("MatchUnitWord(%q) allocates %v times", s, a)
		}
	}
}
