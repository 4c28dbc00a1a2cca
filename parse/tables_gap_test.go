package parse

import (
	"strings"
	"testing"
)

// plainGapAt is gapAt written with the strings package.
func plainGapAt(t string, tabs bool) int {
	g := strings.Index(t, "  ")
	if tab := strings.IndexByte(t, '\t'); tabs && tab >= 0 && (g < 0 || tab < g) {
		g = tab
	}
	return g
}

// TestGapAt checks gapAt, which reads eight bytes at a time, against
// plainGapAt on short random texts and on texts of spaces and tabs at
// every offset.
func TestGapAt(t *testing.T) {
	texts := fastPathTexts()
	for n := 0; n < 40; n++ {
		for _, gap := range []string{"  ", "\t", " \t", "\t ", " ", "   "} {
			texts = append(texts, strings.Repeat("a", n)+gap+strings.Repeat("b ", n%7))
		}
	}
	texts = append(texts, "", " ", "  ", "\t", "a b c d e f g h i j k l  m", "\x7f\x7f \xa0 \x80 \xa0\xa0")
	for _, s := range texts {
		for _, tabs := range []bool{false, true} {
			if got, want := gapAt(s, tabs), plainGapAt(s, tabs); got != want {
				t.Fatalf("gapAt(%q, %v) = %d, want %d", s, tabs, got, want)
			}
		}
	}
}

// TestGapAfterTab checks the test tableQuantities makes for two spaces
// from the first gap of a line against strings.Contains.
func TestGapAfterTab(t *testing.T) {
	for _, s := range fastPathTexts() {
		g := gapAt(s, true)
		got := g >= 0 && (s[g] == ' ' || gapAt(s[g+1:], false) >= 0)
		if want := strings.Contains(s, "  "); got != want {
			t.Fatalf("two spaces in %q from the gap at %d: %v, want %v", s, g, got, want)
		}
	}
}

// TestNoGapNoRow checks that a text with neither two spaces in a row, a
// tab nor a bar between spaces, which tableQuantities passes over whole,
// has no line that may be a row.
func TestNoGapNoRow(t *testing.T) {
	for _, s := range fastPathTexts() {
		if strings.IndexByte(s, '\t') >= 0 || strings.Contains(s, "  ") || strings.Contains(s, " | ") {
			continue
		}
		for line := range strings.SplitSeq(s, "\n") {
			if mayBeRow(line) {
				t.Fatalf("mayBeRow(%q) in a text with no gap", line)
			}
		}
	}
}
