package parse_test

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/entity"
)

// checkArticle asserts the properties every parse result has, whatever
// the input: spans in bounds and on rune boundaries, texts equal to their
// spans, an exact JSON round trip and stable output.
func checkArticle(t *testing.T, text string, a *article.Article) {
	t.Helper()
	span := func(what string, s article.Span) {
		t.Helper()
		if s.Start < 0 || s.End < s.Start || s.End > len(text) {
			t.Fatalf("%s span %v out of bounds (len %d)", what, s, len(text))
		}
		if s.Start < len(text) && !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
			t.Fatalf("%s span %v not on rune boundaries", what, s)
		}
	}
	for _, p := range a.Paragraphs {
		span("paragraph", p)
	}
	ids := map[string]bool{}
	for _, e := range a.Entities {
		ids[e.ID] = true
		for _, m := range e.Mentions {
			span("mention", m)
		}
	}
	for _, l := range a.Listings {
		span("listing", l.Span)
		if got := l.Span.Text(text); got != l.Text {
			t.Fatalf("listing text %q but span covers %q", l.Text, got)
		}
		if l.Entity != "" && !ids[l.Entity] {
			t.Fatalf("listing %s names unknown entity %q", l.Text, l.Entity)
		}
	}
	for _, q := range a.Quantities {
		span("quantity", q.Span)
		if got := q.Span.Text(text); got != q.Text {
			t.Fatalf("quantity text %q but span covers %q", q.Text, got)
		}
		for _, id := range []string{q.Holder, q.Source} {
			if id != "" && !ids[id] {
				t.Fatalf("quantity %q names unknown entity %q", q.Text, id)
			}
		}
		if q.Amount.IsZero() || !q.Max.IsZero() && !q.Amount.Tonnes().LessThan(q.Max.Tonnes()) {
			t.Fatalf("quantity %q reads %v to %v", q.Text, q.Amount, q.Max)
		}
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var back article.Article
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("unmarshal own JSON: %v\n%s", err, b)
	}
	// The wire form of a listing holds its symbol and MIC; a listing
	// known only by country ("MP US") reads back without the country.
	opts := cmp.Options{
		cmpopts.EquateComparable(entity.Country{}),
		cmp.Comparer(func(x, y entity.Listing) bool { return x.Symbol() == y.Symbol() && x.MIC() == y.MIC() }),
	}
	if diff := cmp.Diff(*a, back, opts); diff != "" {
		t.Fatalf("JSON round trip differs (-parsed +read back):\n%s", diff)
	}
	b2, _ := json.Marshal(back)
	if string(b) != string(b2) {
		t.Fatalf("JSON not stable across a round trip")
	}
}
