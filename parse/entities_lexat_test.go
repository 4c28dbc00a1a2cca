package parse

import (
	"strings"
	"testing"
)

// checkLexAt holds lexAt and writtenAt, which read a word in place in
// its text, to refLexOf and refWrittenOf on the word cut out.
func checkLexAt(t *testing.T, s string, a, b int) {
	t.Helper()
	if got, want := lexAt(s, a, b), refLexOf(s[a:b]); got != want {
		t.Errorf("lexAt(%q, %d, %d) = %b, want %b", s, a, b, got, want)
	}
	if got, want := writtenAt(s, a, b), refWrittenOf(s[a:b]); got != want {
		t.Errorf("writtenAt(%q, %d, %d) = %b, want %b", s, a, b, got, want)
	}
}

// lexAtWords returns the words of the tables, in other cases, cut short
// and with dots, and the words of the sample texts.
func lexAtWords(t *testing.T) []string {
	var words []string
	for w := range lexicon {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+".", "."+w, w+"s", w[:len(w)-1])
	}
	for _, e := range writtenTab.entries {
		w := e.word
		words = append(words, w, strings.ToLower(w), strings.ToUpper(w), w[:len(w)-1], w+"x")
	}
	for _, s := range refTexts(t) {
		words = append(words, strings.Fields(s)...)
	}
	words = append(words, refOdd...)
	return append(words, "", "a", "A", "ÉTAT", "Co.", "U.S.", "aaaaaaaa", "aaaaaaaaa", "Ltd\x00", "l\x00d")
}

// TestLexAtReference checks lexAt and writtenAt on every word alone, at
// the end of a text (where no eight bytes follow it) and inside one,
// and on every token of the sample texts read in place.
func TestLexAtReference(t *testing.T) {
	for _, w := range lexAtWords(t) {
		for _, s := range []string{w, "x " + w, w + " and more text", "(" + w + ")" + strings.Repeat("Z", 9)} {
			a := strings.Index(s, w)
			checkLexAt(t, s, a, a+len(w))
		}
	}
	for _, s := range refTexts(t) {
		for _, tk := range tokenize(s, 0, len(s), nil) {
			checkLexAt(t, s, tk.a, tk.cut)
			checkLexAt(t, s, tk.a, tk.b)
		}
	}
}

// FuzzLexAtReference checks lexAt and writtenAt against the references
// on any range of any text.
func FuzzLexAtReference(f *testing.F) {
	f.Add("Lynas said the Ltd. unit", 6, 10)
	f.Add("S.A.I.D. ÉTAT minister", 9, 14)
	f.Add("co", 0, 2)
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		if a < 0 || b > len(s) || a > b {
			return
		}
		checkLexAt(t, s, a, b)
	})
}
