package qty_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/internal/dec"
	"github.com/newsfacts/newsfacts/internal/qty"
)

// checkScan asserts what holds for every result of Scan, whatever the
// input: spans in bounds, on rune boundaries, in order and apart; the
// parts of each quantity inside its span; and every value equal to what
// commodity.ParseTonnage (or ParseRate, for a rate unit) reads from the
// number, the scale and the unit joined with spaces.
//
// The span of a quantity may hold bound and rate words ("up to 5 million
// tons a year"), so the values are checked on the parts the scanner
// reports, each taken from the span's text: a number, a scale word the
// number borrows from the other end of a range, and a unit word.
func checkScan(t *testing.T, s string, qs []qty.Quantity) {
	t.Helper()
	in := func(what string, sp, outer qty.Span) {
		t.Helper()
		if sp.Start < outer.Start || sp.End > outer.End || sp.Start >= sp.End {
			t.Fatalf("Scan(%q): %s %v not inside %v", s, what, sp, outer)
		}
		if !runeStart(s, sp.Start) || !runeStart(s, sp.End) {
			t.Fatalf("Scan(%q): %s %v not on rune boundaries", s, what, sp)
		}
	}
	end := 0
	for _, q := range qs {
		in("span", q.Span, qty.Span{Start: 0, End: len(s)})
		if q.Span.Start < end {
			t.Fatalf("Scan(%q): %v overlaps the quantity before", s, q.Span)
		}
		end = q.Span.End
		amounts := []qty.Amount{q.Lo}
		if q.IsRange() {
			amounts = append(amounts, q.Hi)
			if q.Bound != commodity.Range {
				t.Fatalf("Scan(%q): range %q with bound %s", s, text(s, q.Span), q.Bound)
			}
			if !q.Lo.Tonnage.Tonnes().LessThan(q.Hi.Tonnage.Tonnes()) {
				t.Fatalf("Scan(%q): range %q from %s to %s", s, text(s, q.Span), q.Lo.Tonnage, q.Hi.Tonnage)
			}
		} else if q.Bound == commodity.Range {
			t.Fatalf("Scan(%q): bound range without an upper end", s)
		}
		for _, a := range amounts {
			in("number", a.Num, q.Span)
			in("unit", a.Unit, q.Span)
			if !a.Scale.IsZero() {
				in("scale", a.Scale, q.Span)
			}
			checkValue(t, s, q, a)
		}
	}
}

// checkValue asserts that the value of a is what the commodity package
// reads from its parts.
func checkValue(t *testing.T, s string, q qty.Quantity, a qty.Amount) {
	t.Helper()
	unit := text(s, a.Unit)
	if a.Vague {
		want := decimal.New(1, vagueExp(text(s, a.Num)))
		u, ok := commodity.LookupUnitWord(unit)
		if !ok || !a.Tonnage.Value().Equal(want.Mul(u.Scale)) {
			t.Fatalf("Scan(%q): vague %q = %s, want %s", s, text(s, a.Num), a.Tonnage, want)
		}
		return
	}
	lit := text(s, a.Num)
	if !a.Scale.IsZero() {
		if c := lit[len(lit)-1]; '0' <= c && c <= '9' {
			lit += text(s, a.Scale)
		} else {
			lit += " " + text(s, a.Scale)
		}
	}
	lit += " " + unit
	var got commodity.Tonnage
	var err error
	if w, ok := commodity.LookupUnitWord(unit); ok && w.Per != 0 {
		var per commodity.Period
		got, per, err = commodity.ParseRate(lit)
		if err == nil && per != q.Per {
			t.Fatalf("Scan(%q): %q has per %q, ParseRate reads %q", s, text(s, q.Span), q.Per, per)
		}
	} else {
		got, err = commodity.ParseTonnage(lit)
	}
	if err != nil {
		t.Fatalf("Scan(%q): the parts of %q read as %q: %v", s, text(s, q.Span), lit, err)
	}
	// A small bare number in lower-case "mt" is million tonnes in a text,
	// though the unit word alone is the metric tonne.
	if m := commodity.NewTonnage(got.Value().Mul(decimal.New(1000000, 0)), got.Unit()); unit == "mt" && !got.Equal(a.Tonnage) && m.Equal(a.Tonnage) && got.Value().LessThan(decimal.New(1000, 0)) {
		got = m
	}
	if !got.Equal(a.Tonnage) {
		t.Fatalf("Scan(%q): %q = %s %s, but %q reads %s %s", s, text(s, q.Span),
			dec.Format(a.Tonnage.Value()), a.Tonnage.Unit(), lit, dec.Format(got.Value()), got.Unit())
	}
}

// vagueExp returns the power of ten that vague plural scale words name.
func vagueExp(w string) int32 {
	exp := int32(0)
	for _, f := range []struct {
		word string
		exp  int32
	}{{"tens", 1}, {"hundreds", 2}, {"thousands", 3}, {"millions", 6}, {"billions", 9}} {
		for i := 0; i+len(f.word) <= len(w); i++ {
			if equalFold(w[i:i+len(f.word)], f.word) && (i == 0 || w[i-1] == ' ') {
				exp += f.exp
			}
		}
	}
	return exp
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i]|0x20 != b[i]|0x20 {
			return false
		}
	}
	return true
}

func text(s string, sp qty.Span) string { return s[sp.Start:sp.End] }

// runeStart reports whether a rune starts at i when s is decoded from its
// start (an invalid byte counts as one rune), or i is len(s).
func runeStart(s string, i int) bool {
	for j := range s {
		if j >= i {
			return j == i
		}
	}
	return i == len(s)
}
