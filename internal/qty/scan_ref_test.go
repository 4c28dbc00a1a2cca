package qty

import (
	"math/bits"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// scanRef is Scan as it was before it took a word's second letter from
// the bytes it loads, passed over the space after a word in the same turn
// of its loop, and turned down at once the numbers that bareNumber finds
// bare. Scan must find what it finds.
func scanRef(dst []Quantity, s string) []Quantity {
	sc := scanner{s: s}
	for i := 0; i < len(s); {
		c := s[i]
		if !wordChar[c] {
			i++
			continue
		}
		// A run of letters, digits and underscores: only its first byte
		// may start a number, since wordStart is false after a word byte.
		// A number in words must start with a run of letters that is a
		// number word ("one" to "ninety", "a", "half") or a plural scale
		// word ("thousands"): a cheap test, by its first two letters and
		// its length, that numberAt can only pass where it passes.
		if isAlpha(c) {
			// Where the letters end: most words end within the next eight
			// bytes, which are tested here rather than in a call.
			j := i + 1
			if j+8 <= len(s) {
				if m := ^letterBytes(load8(s, j)) & highBits; m != 0 {
					j += bits.TrailingZeros64(m) / 8
				} else {
					j = letterRunEnd(s, j+8)
				}
			} else {
				j = letterRunEnd(s, j)
			}
			if n := j - i; n < 16 && wordShapes[letterClass(c)][secondClass(s, i, j)]&(1<<n) != 0 &&
				numberWord(s[i:j]) && (n > 1 || aNumber(s, j)) && wordStart(s, i) {
				if q, end, ok := sc.at(i); ok {
					dst = append(dst, q)
					i = sc.skipRestatement(end)
					continue
				}
			}
			i = j
			if i < len(s) && wordChar[s[i]] {
				i = wordRunEnd(s, i)
			}
			continue
		}
		if isDigit(c) && wordStart(s, i) {
			if q, end, ok := sc.at(i); ok {
				dst = append(dst, q)
				i = sc.skipRestatement(end)
				continue
			}
		}
		i = wordRunEnd(s, i+1)
	}
	return dst
}

// scanSame checks that Scan finds in s what scanRef finds.
func scanSame(t *testing.T, s string) {
	t.Helper()
	got, want := Scan(nil, s), scanRef(nil, s)
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) && a.Exponent() == b.Exponent() })); diff != "" {
		t.Errorf("Scan(%q) differs from scanRef (-want +got):\n%s", s, diff)
	}
}

// TestScanRef holds Scan to scanRef over the sample pages, line by line
// and whole, and over text of odd shape: words glued to numbers, runs of
// underscores, non-ASCII letters, quantities back to back and at the ends
// of the text.
func TestScanRef(t *testing.T) {
	cases := []string{
		"", "5", "5t", "a million tonnes", "two million tonnes of ore", "tens of thousands of tonnes",
		"x5 t", "_5 t", "a_5 t", "5_000 t", "é5 t", "5 t5 t", "5 tonnes6 tonnes", "3-5 Mt", "between 3 and 5 Mt",
		"150,000 tonnes (165,000 short tons) and 10.2 kt (9.8 kt last year)",
		"COVID-19 2024 t", "1,000+ tonnes, 10,000-plus tonnes", "one two three four five six seven eight nine ten",
		"a half million t a hundred t a  million t a-million t", "éone million tonnes", "Thousands of tonnes",
		"12345678901234567890 t", "4.2% 5%t 5t% (2024) 2024) 2:1 5; 5\" 5' 5! 5? 5* 5& 5# 5= 5$ 5@ 5| 5~ 5^ 5` 5\\ 5",
		"1,234% 1,2345 t 1.2.3% 5. t 5, t 5.) 5,) 7 t) 7t; 3-5 t; 5/6 t% 5\u00a0t% 5\u2013 6 t", "abcdefghijklmnopqrstuvwxyz 5 t", "5 t" + strings.Repeat(" ", 20) + "6 t",
	}
	for _, c := range cases {
		scanSame(t, c)
	}
	for _, glob := range []string{"../../parse/testdata/pages/*.txt", "../../parse/testdata/heldout/*.txt"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			scanSame(t, string(b))
			for _, line := range strings.Split(string(b), "\n") {
				scanSame(t, line)
				// Every start, so that each byte of the line is once the
				// first of the text.
				for k := 1; k < len(line) && k < 48; k++ {
					scanSame(t, line[k:])
				}
			}
		}
	}
}

// FuzzScanRef holds Scan to scanRef.
func FuzzScanRef(f *testing.F) {
	f.Add("Kestrel will supply up to 1,500 tonnes of NdPr oxide a year")
	f.Add("a million tonnes, two-million t, 5t_6 t, é5 t")
	f.Add("4.2% (2024) 2:1 5t; 1,234% 5.) 3-5 t; 5/6 t%")
	f.Fuzz(func(t *testing.T, s string) {
		scanSame(t, s)
	})
}
