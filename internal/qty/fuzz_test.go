package qty_test

import (
	"testing"

	"github.com/newsfacts/newsfacts/internal/qty"
)

// FuzzScan checks that Scan never panics, that its spans are in bounds, on
// rune boundaries, in order and apart, and that every value it reports is
// what commodity.ParseTonnage (or ParseRate for a rate unit) reads from the
// number, scale and unit words of the span (see checkScan). It also links
// what it found, which must not panic nor move any span out of the text.
func FuzzScan(f *testing.F) {
	for _, tc := range scanTests {
		f.Add(tc.in)
	}
	for _, s := range notQuantities {
		f.Add(s)
	}
	for _, tc := range linkTests {
		for _, s := range tc.sents {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		qs := qty.Scan(nil, s)
		checkScan(t, s, qs)
		var ctx qty.Context
		ctx.Pass(qty.Span{Start: 0, End: len(s) / 2})
		qty.Link(s, qty.Span{Start: 0, End: len(s)}, qs, &ctx)
		for _, q := range qs {
			for _, sp := range []qty.Span{q.Form, q.Period} {
				if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
					t.Fatalf("Link(%q): span %v out of bounds", s, sp)
				}
			}
			if q.Form.IsZero() != (q.Commodity == 0) && !q.Form.IsZero() {
				t.Fatalf("Link(%q): form %v without a commodity", s, q.Form)
			}
		}
	})
}
