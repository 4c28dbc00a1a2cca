package parse

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsfacts/newsfacts/article"
)

// The tests below check the scans that read eight bytes at a time, and the
// shortcuts of the view, against plain loops written as the code was
// before them.

// TestViewRuneFastPaths checks, rune by rune, that the view writes the
// runes it does not fold as norm.NFKC.Append would, also after runes that
// combine with what follows them and before a combining mark. It tries
// every rune of the first two planes, all of plane 14, and a sample of
// the rest.
func TestViewRuneFastPaths(t *testing.T) {
	around := [][2]string{{"", ""}, {"e", "\u0301"}, {"\uac00", ""}, {"\u0915\u094d", ""}}
	if testing.Short() {
		around = around[:1]
	}
	for r := rune(0x80); r <= utf8.MaxRune; r++ {
		if r >= 0x20000 && r < 0xe0000 || r >= 0xe1000 {
			r += 96
		}
		if _, ok := fold(r); ok || !utf8.ValidRune(r) {
			continue
		}
		for _, ba := range around {
			b, a := ba[0], ba[1]
			in := b + string(r) + a
			want := norm.NFKC.Append([]byte(newView(b).s), []byte(string(r))...)
			want = norm.NFKC.Append(want, []byte(a)...)
			if got := newView(in).s; got != string(want) {
				t.Fatalf("newView(%+q).s = %+q, want %+q", in, got, want)
			}
		}
	}
}

// fastPathTexts returns short random texts, mostly of the bytes that the
// scans tell apart.
func fastPathTexts() []string {
	const alphabet = "aAzZ09.:/-&$ \n\r\t\v\f!?(\x80\xc3\xa9\xffgG@[`{'_"
	r := rand.New(rand.NewSource(1))
	var out []string
	for n := 0; n < 20000; n++ {
		b := make([]byte, r.Intn(60))
		for k := range b {
			if r.Intn(4) == 0 {
				b[k] = byte(r.Intn(256))
			} else {
				b[k] = alphabet[r.Intn(len(alphabet))]
			}
		}
		out = append(out, string(b))
	}
	return out
}

// TestScansByWord checks plainPrefix, lowerASCII, markFree, listingFree
// and tokenAt (at every offset) against plain loops over bytes.
func TestScansByWord(t *testing.T) {
	for _, s := range fastPathTexts() {
		// plainPrefix: the bytes before the first one to rewrite.
		want := 0
		for want < len(s) && !(s[want] >= utf8.RuneSelf || s[want] == '\r' || s[want] == '\t' || s[want] == '\v' || s[want] == '\f') {
			want++
		}
		if got := plainPrefix(s); got != want {
			t.Fatalf("plainPrefix(%q) = %d, want %d", s, got, want)
		}
		// lowerASCII: capitals lowered one byte at a time.
		b := []byte(s)
		for k := range b {
			b[k] = lower(b[k])
		}
		if got := lowerASCII(s); got != string(b) {
			t.Fatalf("lowerASCII(%q) = %q, want %q", s, got, b)
		}
		// markFree: the bytes before the first '.', '!' or '?'.
		want = 0
		for want < len(s) && s[want] != '.' && s[want] != '!' && s[want] != '?' {
			want++
		}
		if got := markFree(s); got != want {
			t.Fatalf("markFree(%q) = %d, want %d", s, got, want)
		}
		// listingFree: the bytes before the first one the scan of listings
		// stops at.
		want = 0
		for want < len(s) && !(isUpper(s[want]) || isDigit(s[want]) || strings.IndexByte(":$(", s[want]) >= 0) {
			want++
		}
		if got := listingFree(s); got != want {
			t.Fatalf("listingFree(%q) = %d, want %d", s, got, want)
		}
		for i := 0; i <= len(s); i++ {
			j, marks := tokenAt(s, i)
			wj, wmarks := tokenAtByByte(s, i)
			if j != wj || marks != wmarks {
				t.Fatalf("tokenAt(%q, %d) = %d, %b; want %d, %b", s, i, j, marks, wj, wmarks)
			}
		}
	}
	long := strings.Repeat("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + " " + strings.Repeat("Ab", 100)
	if got := lowerASCII(long); got != strings.ToLower(long) {
		t.Errorf("lowerASCII(%q) = %q", long, got)
	}
	for i := range long {
		j, marks := tokenAt(long, i)
		wj, wmarks := tokenAtByByte(long, i)
		if j != wj || marks != wmarks {
			t.Fatalf("tokenAt(long, %d) = %d, %b; want %d, %b", i, j, marks, wj, wmarks)
		}
	}
}

// tokenAtByByte is tokenAt as a plain loop over bytes.
func tokenAtByByte(s string, i int) (int, uint8) {
	j := i
	for j < len(s) && j-i < 40 {
		c := s[j]
		if isLetter(c) || isDigit(c) || c == '.' || c == ':' || c == '/' || c == '-' || c == '&' || (c == '$' && j == i) {
			j++
			continue
		}
		break
	}
	for j > i && (s[j-1] == '.' || s[j-1] == ':' || s[j-1] == '-' || s[j-1] == '/') {
		j--
	}
	tok := s[i:j]
	var marks uint8
	for k := 0; k < len(tok); k++ {
		switch {
		case isLower(tok[k]):
			marks |= tokLower
		case isDigit(tok[k]):
			marks |= tokDigit
		}
	}
	if strings.IndexByte(tok, ':') > 0 {
		marks |= tokColon
	}
	if strings.IndexByte(tok, '.') > 0 {
		marks |= tokDot
	}
	return j, marks
}

// BenchmarkListingsOnly runs the listings step alone over the sample
// pages, their layout done once beforehand, so that its cost is measured
// without the noise of the steps before it.
func BenchmarkListingsOnly(b *testing.B) {
	pages, n := samplePageTexts(b)
	var docs []*doc
	for _, t := range pages {
		d := newDoc(t)
		d.layout(&article.Article{})
		docs = append(docs, d)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			d.listed, d.listingAt = d.listed[:0], d.listingAt[:0]
			d.listings(&article.Article{})
		}
	}
}
