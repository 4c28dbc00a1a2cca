package parse

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/article"
)

// refContactCue is contactCue as a plain loop over the cues.
func refContactCue(t string) bool {
	if len(t) > 40 {
		return false
	}
	for _, w := range contactHeads {
		if equalLower(t, w) {
			return true
		}
	}
	for _, c := range contactCues {
		if hasPrefixLower(t, c) {
			return true
		}
	}
	return false
}

// refSignatureCue is signatureCue as a plain loop over the cues.
func refSignatureCue(t string) bool {
	if len(t) > 60 {
		return false
	}
	for _, c := range signatureCues {
		if hasPrefixLower(t, c) {
			return true
		}
	}
	return false
}

// TestCueFirstReference checks contactCue and signatureCue, which dismiss
// a line by its first byte, against the plain loops: on every line of
// the sample texts, on the cues in every case and cut short, and on
// every byte before them.
func TestCueFirstReference(t *testing.T) {
	var lines []string
	for _, s := range refTexts(t) {
		lines = append(lines, strings.Split(s, "\n")...)
	}
	cues := append(append(append([]string(nil), contactCues...), contactHeads...), signatureCues...)
	for _, c := range cues {
		for _, v := range []string{c, strings.ToUpper(c), strings.ToUpper(c[:1]) + c[1:], c + " x", c[:len(c)-1]} {
			lines = append(lines, v)
			for b := 0; b < 256; b++ {
				lines = append(lines, string(rune(b))+v[min(1, len(v)):], string([]byte{byte(b)})+v[min(1, len(v)):])
			}
		}
	}
	for _, l := range lines {
		if got, want := contactCue(l), refContactCue(l); got != want {
			t.Errorf("contactCue(%q) = %v, want %v", l, got, want)
		}
		if got, want := signatureCue(l), refSignatureCue(l); got != want {
			t.Errorf("signatureCue(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestTokensLexed checks that every token the entity step makes has its
// table bits looked up, as has expects, and that they are the bits
// lexOfTok looks up on first use.
func TestTokensLexed(t *testing.T) {
	for _, s := range refTexts(t) {
		d := newDoc(s)
		var a article.Article
		d.layout(&a)
		d.listings(&a)
		f := d.findEntities(&a, nil)
		for k := range f.toks {
			tk := f.toks[k]
			if tk.f&tLexed == 0 {
				t.Fatalf("token %d %q: bits not looked up", k, f.text(k))
			}
			fresh := tk
			fresh.f &^= tLexed
			fresh.lex = 0
			want := lexOfTok(d.v.s, &fresh)
			if si := slices.IndexFunc(f.sents, func(es esent) bool { return es.t0 <= k && k < es.t1 }); si >= 0 && k > f.sents[si].t0 && f.hajiAt(k, f.sents[si].t1) {
				want |= lxHonorifics
			}
			if si := slices.IndexFunc(f.sents, func(es esent) bool { return es.t0 <= k && k < es.t1 }); si >= 0 && k+1 < f.sents[si].t1 && f.mdName(k) {
				want &^= lxTitleHeads
			}
			if got := tk.lex; got != want {
				t.Fatalf("token %d %q: bits %x, want %x", k, f.text(k), got, want)
			}
		}
	}
}

// TestAppendFoldAt checks appendFoldAt against appendFold on every word
// of the sample texts and on every range of up to ten bytes of short
// texts, at the end of the text too.
func TestAppendFoldAt(t *testing.T) {
	check := func(s string, a, e int) {
		pre := []byte("x ")
		want := appendFold(append([]byte(nil), pre...), s[a:e])
		if got := appendFoldAt(append([]byte(nil), pre...), s, a, e); string(got) != string(want) {
			t.Fatalf("appendFoldAt(%q, %d, %d) = %q, want %q", s, a, e, got, want)
		}
	}
	for _, s := range refTexts(t) {
		for _, tk := range tokenize(s, 0, len(s), nil) {
			check(s, tk.a, tk.cut)
		}
	}
	for _, s := range append(append([]string(nil), refOdd...), "ABCdef.GHijkl", "Co.Ltd.", "\xff\xfeABCDEFGH", "AbC@[`{zZ") {
		for a := 0; a <= len(s); a++ {
			for e := a; e <= len(s) && e <= a+10; e++ {
				check(s, a, e)
			}
		}
	}
}
