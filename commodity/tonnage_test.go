package commodity_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/internal/dec"
	"github.com/shopspring/decimal"
)

// parseTonnageTests pins the value and unit of every literal shape.
var parseTonnageTests = []struct {
	in    string
	value string
	unit  commodity.Unit
}{
	{"3.5 million metric tons", "3500000", commodity.Tonne},
	{"650kt", "650000", commodity.Tonne},
	{"43,000-ton", "43000", commodity.Ton},
	{"1.2bn tonnes", "1200000000", commodity.Tonne},
	{"two million short tons", "2000000", commodity.ShortTon},
	{"6Mt", "6000000", commodity.Tonne},
	{"85,000tonnes", "85000", commodity.Tonne},
	{"12-million tons", "12000000", commodity.Ton},
	{"3.5m tonnes", "3500000", commodity.Tonne},
	{"2.4-billion tons", "2400000000", commodity.Ton},
	{"223.5 thousand tons", "223500", commodity.Ton},
	{"half a million tonnes", "500000", commodity.Tonne},
	{"a million tons", "1000000", commodity.Ton},
	{"one and a half thousand tonnes", "1500", commodity.Tonne},
	{"three-quarters of a million tonnes", "750000", commodity.Tonne},
	{"300 metric tons", "300", commodity.Tonne},
	{"5 Moz", "5000000", commodity.TroyOunce},
	{"5 troy ounces", "5", commodity.TroyOunce},
	{"5 oz", "5", commodity.Ounce},
	{"10,000 dwt", "10000", commodity.DeadweightTonne},
	{"1 lb", "1", commodity.Pound},
	{"25 lakh tonnes", "2500000", commodity.Tonne},
	{"3/4 ton", "0.75", commodity.Ton},
	{"2/1000 kilograms", "0.002", commodity.Kilogram},
	{"2,000 milligrams", "2", commodity.Gram},
	{"500000mg", "500", commodity.Gram},
	{"150 microgram", "0.00015", commodity.Gram},
	{"120 \u03bcg", "0.00012", commodity.Gram},
	{"1 k.g.", "1", commodity.Kilogram},
	{"1000 gs", "1000", commodity.Gram},

	{"86 million mt", "86000000", commodity.Tonne},
	{"86 million MT", "86000000", commodity.Tonne},
	{"2 Mt", "2000000", commodity.Tonne},
	{"4.1 Gt", "4100000000", commodity.Tonne},
	{"5 mmt", "5000000", commodity.Tonne},
	{"5 MMT", "5000000", commodity.Tonne},
	{"650 kt", "650000", commodity.Tonne},
	{"1,000 kilotonnes", "1000000", commodity.Tonne},
	{"2 megatonnes", "2000000", commodity.Tonne},
	{"300 koz", "300000", commodity.TroyOunce},
	{"1.2 Moz", "1200000", commodity.TroyOunce},
	{"25 Mlbs", "25000000", commodity.Pound},
	{"3.5 mn tonnes", "3500000", commodity.Tonne},
	{"5 mln tonnes", "5000000", commodity.Tonne},
	{"1.5 bln tons", "1500000000", commodity.Ton},
	{"2 trillion tonnes", "2000000000000", commodity.Tonne},
	{"40,000 t", "40000", commodity.Tonne},
	{"100t", "100", commodity.Tonne},
	{"0.5 t", "0.5", commodity.Tonne},
	{"3.50 t", "3.5", commodity.Tonne},
	{"-5 t", "-5", commodity.Tonne},
	{"0 t", "0", commodity.Tonne},
	{"1 ton", "1", commodity.Ton},
	{"three-ton", "3", commodity.Ton},
	{"two hundred tonnes", "200", commodity.Tonne},
	{"Two Million Tonnes", "2000000", commodity.Tonne},
	{"5 pounds", "5", commodity.Pound},
	{"200lbs", "200", commodity.Pound},
	{"68-ounce", "68", commodity.Ounce},
	{"2 kg", "2", commodity.Kilogram},
	{"2 kilograms", "2", commodity.Kilogram},
	{"500 g", "500", commodity.Gram},
	{"2 grams", "2", commodity.Gram},
	{"2 long tons", "2", commodity.LongTon},
	{"2 short tons", "2", commodity.ShortTon},
	{"2.2 short_ton", "2.2", commodity.ShortTon},
	{"1 oz_t", "1", commodity.TroyOunce},
	{"100 deadweight tonnes", "100", commodity.DeadweightTonne},
	{"300,000-deadweight-ton", "300000", commodity.DeadweightTonne},
	{"5 metric  tonnes", "5", commodity.Tonne},
	{"5\u00a0t", "5", commodity.Tonne},
	{"5\u202fmillion\u00a0tonnes", "5000000", commodity.Tonne},
	{"1,234,567.891 t", "1234567.891", commodity.Tonne},
	{"0.0000311034768 t", "0.0000311034768", commodity.Tonne},
	{"100-million-mt", "100000000", commodity.Tonne},
	{"2.7-million-ton", "2700000", commodity.Ton},
	{"1,270-ton", "1270", commodity.Ton},
	{"5kt", "5000", commodity.Tonne},
	{"35mn t", "35000000", commodity.Tonne},
	{"4.4 million tonnes", "4400000", commodity.Tonne},
	{"12,213 metric tons", "12213", commodity.Tonne},
}

func TestParseTonnage(t *testing.T) {
	for _, tc := range parseTonnageTests {
		got, err := commodity.ParseTonnage(tc.in)
		if err != nil {
			t.Errorf("ParseTonnage(%q) error: %v", tc.in, err)
			continue
		}
		if v := dec.Format(got.Value()); v != tc.value || got.Unit() != tc.unit {
			t.Errorf("ParseTonnage(%q) = %s %s, want %s %s", tc.in, v, got.Unit(), tc.value, tc.unit)
		}
		want := commodity.NewTonnage(decimal.RequireFromString(tc.value), tc.unit)
		if !got.Equal(want) {
			t.Errorf("ParseTonnage(%q) = %v, not Equal to %v", tc.in, got, want)
		}
	}
}

var parseTonnageErrorTests = []struct {
	in     string
	offset int
	err    error
	msg    string
}{
	{"", 0, commodity.ErrSyntax, `commodity: parsing "": empty input at offset 0`},
	{"tons", 0, commodity.ErrSyntax, `commodity: parsing "tons": expected a number, found "tons" at offset 0`},
	{"5", 1, commodity.ErrSyntax, `commodity: parsing "5": missing unit at offset 1`},
	{"5 ", 2, commodity.ErrSyntax, `commodity: parsing "5 ": missing unit at offset 2`},
	{"two million", 11, commodity.ErrSyntax, `commodity: parsing "two million": missing unit at offset 11`},
	{"3.5 zorks", 4, commodity.ErrUnknownUnit, `commodity: parsing "3.5 zorks": unknown unit "zorks" at offset 4`},
	{"3.5 metric zorks", 4, commodity.ErrUnknownUnit, `commodity: parsing "3.5 metric zorks": unknown unit "metric zorks" at offset 4`},
	{"5 zorks and more", 2, commodity.ErrUnknownUnit, `commodity: parsing "5 zorks and more": unknown unit "zorks and more" at offset 2`},
	{"5 zorks and some more", 2, commodity.ErrUnknownUnit, `commodity: parsing "5 zorks and some more": unknown unit "zorks" at offset 2`},
	{"5 T", 2, commodity.ErrUnknownUnit, `commodity: parsing "5 T": unknown unit "T" at offset 2`},
	{"3.5 m tonnes", 4, commodity.ErrUnknownUnit, `commodity: parsing "3.5 m tonnes": unknown unit "m tonnes" at offset 4`},
	{"5 t extra", 3, commodity.ErrSyntax, `commodity: parsing "5 t extra": unexpected " extra" after unit at offset 3`},
	{"5 lbs.", 5, commodity.ErrSyntax, `commodity: parsing "5 lbs.": unexpected "." after unit at offset 5`},
	{"1,00 t", 0, commodity.ErrSyntax, `commodity: parsing "1,00 t": malformed number "1,00" at offset 0`},
	{"1,000,00 t", 0, commodity.ErrSyntax, `commodity: parsing "1,000,00 t": malformed number "1,000,00" at offset 0`},
	{"1.5.3 t", 0, commodity.ErrSyntax, `commodity: parsing "1.5.3 t": malformed number "1.5.3" at offset 0`},
	{"$500 a ton", 0, commodity.ErrSyntax, `commodity: parsing "$500 a ton": expected a number, found "$500" at offset 0`},
	{"5%", 1, commodity.ErrSyntax, `commodity: parsing "5%": expected a unit, found "%" at offset 1`},
	{" 5 t", 0, commodity.ErrSyntax, `commodity: parsing " 5 t": expected a number, found " " at offset 0`},
	{"half a ton", 0, commodity.ErrSyntax, `commodity: parsing "half a ton": expected a number, found "half" at offset 0`},
	{"--5 t", 0, commodity.ErrSyntax, `commodity: parsing "--5 t": expected a number, found "--5" at offset 0`},
	{"6 Mtpa", 2, commodity.ErrUnknownUnit, `commodity: parsing "6 Mtpa": unit "Mtpa" is a rate, not a mass at offset 2`},
	{"3,000 tpa", 6, commodity.ErrUnknownUnit, `commodity: parsing "3,000 tpa": unit "tpa" is a rate, not a mass at offset 6`},
	{"3,000 tonnes/yr", 12, commodity.ErrSyntax, `commodity: parsing "3,000 tonnes/yr": unexpected "/yr" after unit at offset 12`},
	{"5 g/t", 3, commodity.ErrSyntax, `commodity: parsing "5 g/t": unexpected "/t" after unit at offset 3`},
	{"5 t2", 3, commodity.ErrSyntax, `commodity: parsing "5 t2": unexpected "2" after unit at offset 3`},
	{"5 tonnesé", 8, commodity.ErrSyntax, `commodity: parsing "5 tonnesé": unexpected "é" after unit at offset 8`},
	{"5.", 1, commodity.ErrSyntax, `commodity: parsing "5.": expected a unit, found "." at offset 1`},
	{"5 - t", 2, commodity.ErrSyntax, `commodity: parsing "5 - t": expected a unit, found "-" at offset 2`},
	{strings.Repeat("1", 101) + " t", 0, commodity.ErrSyntax, `commodity: parsing "` + strings.Repeat("1", 101) +
		` t": number "11111111111111111111..." has more than 100 digits at offset 0`},
	{strings.Repeat("1", 95) + " Gt", 0, commodity.ErrSyntax, `commodity: parsing "` + strings.Repeat("1", 95) +
		` Gt": value in t has more than 100 digits at offset 0`},
}

func TestParseTonnageErrors(t *testing.T) {
	for _, tc := range parseTonnageErrorTests {
		got, err := commodity.ParseTonnage(tc.in)
		if err == nil {
			t.Errorf("ParseTonnage(%q) = %v, want error", tc.in, got)
			continue
		}
		if err.Error() != tc.msg {
			t.Errorf("ParseTonnage(%q) error mismatch (-want +got):\n%s", tc.in, cmp.Diff(tc.msg, err.Error()))
		}
		if !errors.Is(err, tc.err) {
			t.Errorf("ParseTonnage(%q) error %v is not %v", tc.in, err, tc.err)
		}
		var pe *commodity.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("ParseTonnage(%q) error %T is not a *ParseError", tc.in, err)
			continue
		}
		if pe.Input != tc.in || pe.Offset != tc.offset || pe.Err != tc.err {
			t.Errorf("ParseTonnage(%q) error = {%q, %d, %v}, want {%q, %d, %v}",
				tc.in, pe.Input, pe.Offset, pe.Err, tc.in, tc.offset, tc.err)
		}
		if !got.IsZero() {
			t.Errorf("ParseTonnage(%q) returned %v with its error", tc.in, got)
		}
	}
}

func TestTonnageString(t *testing.T) {
	for _, tc := range []struct {
		t    commodity.Tonnage
		want string
	}{
		{commodity.Tonnage{}, ""},
		{commodity.MustParseTonnage("3.5 million metric tons"), "3500000 t"},
		{commodity.MustParseTonnage("2.20 short tons"), "2.2 short_ton"},
		{commodity.MustParseTonnage("5 Moz"), "5000000 oz_t"},
		{commodity.MustParseTonnage("43,000-ton"), "43000 ton"},
		{commodity.NewTonnage(decimal.New(15, -1), commodity.DeadweightTonne), "1.5 dwt"},
		{commodity.NewTonnage(decimal.New(-25, 5), commodity.Kilogram), "-2500000 kg"},
		{commodity.NewTonnage(decimal.New(5, 0), 0), ""},
		{commodity.NewTonnage(decimal.New(5, 0), 99), ""},
	} {
		if got := tc.t.String(); got != tc.want {
			t.Errorf("String() = %q, want %q", got, tc.want)
		}
		b, err := tc.t.MarshalText()
		if err != nil || string(b) != tc.want {
			t.Errorf("MarshalText() = %q, %v; want %q", b, err, tc.want)
		}
		var back commodity.Tonnage
		if err := back.UnmarshalText(b); err != nil || !back.Equal(tc.t) {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, tc.t)
		}
	}
}

func TestTonnageJSON(t *testing.T) {
	type quantity struct {
		Amount commodity.Tonnage `json:"amount,omitzero"`
		Unit   commodity.Unit    `json:"unit,omitempty"`
	}
	in := quantity{commodity.MustParseTonnage("1.2bn tonnes"), commodity.Tonne}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"amount":"1200000000 t","unit":"t"}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out quantity
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
	}
	if b, _ := json.Marshal(quantity{}); string(b) != `{}` {
		t.Errorf("json.Marshal(zero) = %s, want {}", b)
	}
	if err := json.Unmarshal([]byte(`{"amount":"5 zorks"}`), &out); !errors.Is(err, commodity.ErrUnknownUnit) {
		t.Errorf("json.Unmarshal of a bad tonnage: %v", err)
	}
}

func TestTonnageZero(t *testing.T) {
	var z commodity.Tonnage
	if !z.IsZero() || z.Unit() != 0 || !z.Value().IsZero() || !z.Tonnes().IsZero() {
		t.Errorf("zero Tonnage: IsZero %v, Unit %q, Value %v, Tonnes %v", z.IsZero(), z.Unit(), z.Value(), z.Tonnes())
	}
	if zt := commodity.MustParseTonnage("0 t"); zt.IsZero() || !zt.Value().IsZero() {
		t.Errorf("0 t: IsZero %v", zt.IsZero())
	}
	if !z.InTonnes().IsZero() || !z.ConvertTo(commodity.Kilogram).IsZero() {
		t.Errorf("converting the zero Tonnage gives a non-zero value")
	}
}

func TestTonnageAdd(t *testing.T) {
	mt := commodity.MustParseTonnage
	for _, tc := range []struct {
		a, b commodity.Tonnage
		want string
	}{
		{commodity.Tonnage{}, commodity.Tonnage{}, ""},
		{commodity.Tonnage{}, mt("5 t"), "5 t"},
		{mt("5 t"), commodity.Tonnage{}, "5 t"},
		{mt("5 t"), mt("2.5 t"), "7.5 t"},
		{mt("1.2bn tonnes"), mt("650kt"), "1200650000 t"},
		{mt("1 short ton"), mt("0.5 short tons"), "1.5 short_ton"},
		{mt("5 t"), mt("-5 t"), "0 t"},
	} {
		got, err := tc.a.Add(tc.b)
		if err != nil || got.String() != tc.want {
			t.Errorf("%v.Add(%v) = %q, %v; want %q", tc.a, tc.b, got, err, tc.want)
		}
	}
	a, b := mt("5 t"), mt("5 ton")
	_, err := a.Add(b)
	var me *commodity.MismatchError
	if !errors.As(err, &me) || !me.A.Equal(a) || !me.B.Equal(b) {
		t.Fatalf("Add across units: error %v", err)
	}
	if want := "commodity: unit mismatch: t and ton"; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
}

func TestTonnageCmp(t *testing.T) {
	mt := commodity.MustParseTonnage
	for _, tc := range []struct {
		a, b commodity.Tonnage
		want int
	}{
		{mt("5 t"), mt("5.0 t"), 0},
		{mt("5 t"), mt("6 t"), -1},
		{mt("1 Mt"), mt("999,999 t"), 1},
		{commodity.Tonnage{}, mt("6 kg"), -1},
		{mt("6 kg"), commodity.Tonnage{}, 1},
		{commodity.Tonnage{}, commodity.Tonnage{}, 0},
		{mt("0 t"), commodity.Tonnage{}, 0},
	} {
		got, err := tc.a.Cmp(tc.b)
		if err != nil || got != tc.want {
			t.Errorf("%v.Cmp(%v) = %d, %v; want %d", tc.a, tc.b, got, err, tc.want)
		}
	}
	var me *commodity.MismatchError
	if _, err := mt("1 t").Cmp(mt("1000 kg")); !errors.As(err, &me) {
		t.Errorf("Cmp across units: error %v", err)
	}
}

func TestTonnageEqual(t *testing.T) {
	mt := commodity.MustParseTonnage
	for _, tc := range []struct {
		a, b commodity.Tonnage
		want bool
	}{
		{mt("3.5 t"), mt("3.50 t"), true},
		{mt("3.5 million t"), mt("3500000 t"), true},
		{mt("1 t"), mt("1 ton"), false},
		{mt("1 t"), mt("1000 kg"), false},
		{mt("1 t"), mt("2 t"), false},
		{commodity.Tonnage{}, commodity.Tonnage{}, true},
		{commodity.Tonnage{}, mt("0 t"), false},
	} {
		if got := tc.a.Equal(tc.b); got != tc.want {
			t.Errorf("%v.Equal(%v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	// go-cmp uses Equal.
	if diff := cmp.Diff(mt("3.5 t"), mt("3.50 t")); diff != "" {
		t.Errorf("cmp.Diff of equal tonnages:\n%s", diff)
	}
}

func TestTonnageTonnes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"3.5 million metric tons", "3500000"},
		{"43,000-ton", "43000"},
		{"2 million short tons", "1814369.48"},
		{"1 long ton", "1.0160469088"},
		{"1,000 kg", "1"},
		{"1 g", "0.000001"},
		{"1 lb", "0.00045359237"},
		{"1 troy ounce", "0.0000311034768"},
		{"1 oz", "0.000028349523125"},
		{"5 Moz", "155.517384"},
		{"300,000 dwt", "300000"},
	} {
		got := commodity.MustParseTonnage(tc.in).Tonnes()
		if dec.Format(got) != tc.want {
			t.Errorf("ParseTonnage(%q).Tonnes() = %s, want %s", tc.in, dec.Format(got), tc.want)
		}
	}
}

func TestTonnageConvertTo(t *testing.T) {
	for _, tc := range []struct {
		in   string
		to   commodity.Unit
		want string
	}{
		{"3 t", commodity.Tonne, "3 t"},
		{"3 ton", commodity.Tonne, "3 t"},
		{"3 t", commodity.Ton, "3 ton"},
		{"3 t", commodity.Kilogram, "3000 kg"},
		{"3 t", commodity.Gram, "3000000 g"},
		{"1 g", commodity.Kilogram, "0.001 kg"},
		{"2 short tons", commodity.Tonne, "1.81436948 t"},
		{"1.81436948 t", commodity.ShortTon, "2 short_ton"},
		{"2240 lb", commodity.LongTon, "1 long_ton"},
		{"1 t", commodity.Pound, "2204.62262184877580722974 lb"},
		{"1 troy ounce", commodity.Gram, "31.1034768 g"},
		{"1 oz", commodity.Gram, "28.349523125 g"},
		{"1 lb", commodity.Ounce, "16 oz"},
		{"0." + strings.Repeat("0", 29) + "1 t", commodity.Gram, "0." + strings.Repeat("0", 23) + "1 g"},
	} {
		got := commodity.MustParseTonnage(tc.in).ConvertTo(tc.to)
		if got.String() != tc.want {
			t.Errorf("ParseTonnage(%q).ConvertTo(%s) = %q, want %q", tc.in, tc.to, got, tc.want)
		}
	}
	if got := commodity.MustParseTonnage("3 ton").InTonnes(); got.String() != "3 t" {
		t.Errorf("InTonnes() = %q", got)
	}
	if got := commodity.MustParseTonnage("3 t").ConvertTo(0); !got.IsZero() {
		t.Errorf("ConvertTo(0) = %q, want zero", got)
	}
}

func TestMustParseTonnagePanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Error("MustParseTonnage of bad text did not panic")
		} else if err, ok := r.(error); !ok || !errors.Is(err, commodity.ErrUnknownUnit) {
			t.Errorf("panic value %v", r)
		}
	}()
	commodity.MustParseTonnage("5 zorks")
}

func BenchmarkParseTonnage(b *testing.B) {
	for _, s := range []string{"3.5 million metric tons", "650kt", "one and a half thousand tonnes", "5 zorks"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				commodity.ParseTonnage(s)
			}
		})
	}
}

func BenchmarkTonnageString(b *testing.B) {
	t := commodity.MustParseTonnage("3.5 million metric tons")
	b.ReportAllocs()
	for b.Loop() {
		_ = t.String()
	}
}
