package parse_test

import (
	"testing"

	"github.com/newsfacts/newsfacts/parse"
)

// TestPathological parses odd-shaped inputs and checks the usual
// properties; their speed is measured by BenchmarkPathological.
func TestPathological(t *testing.T) {
	for name, text := range pathological(64 << 10) {
		t.Run(name, func(t *testing.T) {
			a, err := parse.Parse(text)
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, text, a)
		})
	}
}

// TestAllocsLinear checks that allocations grow in proportion to the input:
// a count, unlike a time, does not depend on the machine's load.
func TestAllocsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 2 MB")
	}
	var p parse.Parser
	per := func(n int) float64 {
		text := joinedPages(t, n)
		allocs := testing.AllocsPerRun(2, func() {
			if _, err := p.Parse(text); err != nil {
				t.Fatal(err)
			}
		})
		return allocs / float64(n)
	}
	small, large := per(128<<10), per(2<<20)
	if large > 1.5*small {
		t.Errorf("allocations per byte grow with size: %.4f at 128 KB, %.4f at 2 MB", small, large)
	}
}
