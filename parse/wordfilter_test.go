package parse

import (
	"strings"
	"testing"
)

// TestWordFilterPassesTable checks that the filters in front of the word
// tables pass every word of their table, so that they never hide one.
func TestWordFilterPassesTable(t *testing.T) {
	for w := range triggers {
		if !triggerFilter.may(w) {
			t.Errorf("triggerFilter drops %q", w)
		}
	}
	var f wordFilter
	f.add("supply")
	for _, w := range []string{"", "x", "supplx", "supplies", "apply"} {
		if f.may(w) {
			t.Errorf("filter of one word passes %q", w)
		}
	}
}

// TestTriggerMaskNegation checks that the trigger mask flags every
// negation that firstNegationEnd finds, at the start of a sentence and
// inside it, since a sentence without the flag is not searched.
func TestTriggerMaskNegation(t *testing.T) {
	for _, n := range negations {
		for _, s := range []string{
			strings.TrimPrefix(n, " ") + "x y",
			"the firm" + n + "x y",
			"the firm" + strings.TrimSuffix(n, " ") + ".",
		} {
			if firstNegationEnd(s) == int(^uint(0)>>1) {
				continue // not a negation in this place
			}
			if triggerMask(s)&trigNeg == 0 {
				t.Errorf("triggerMask(%q) lacks trigNeg", s)
			}
		}
	}
	if triggerMask("the firm signed a deal")&trigNeg != 0 {
		t.Error("a sentence without negation is flagged")
	}
}

// TestASCIIShape checks asciiShape against wordShape and hyphenAt, which
// it does in one pass, on words of every shape the tokenizer makes.
func TestASCIIShape(t *testing.T) {
	words := []string{"", "a", "A", "1", "POSCO", "Posco", "eBay", "iShares", "3M", "LS&C", "U.S", "Bon-kyu",
		"Texas-based", "South-Korean", "x-ray", "A-", "-a", "1,000", "LON:SXX", "N'Djamena", "aB", "ab-Cd", "AB-cd-EF"}
	for _, w := range words {
		f, hy, ascii := asciiShape(w)
		if !ascii {
			t.Fatalf("asciiShape(%q) says not ASCII", w)
		}
		if want := wordShape(w); f != want {
			t.Errorf("asciiShape(%q) flags %b, wordShape %b", w, f, want)
		}
		if want := hyphenAt(w, 0, len(w)); want >= 0 && hy != want {
			t.Errorf("asciiShape(%q) hyphen %d, hyphenAt %d", w, hy, want)
		}
	}
	if _, _, ascii := asciiShape("Việt"); ascii {
		t.Error("asciiShape(\"Việt\") says ASCII")
	}
}
