package number

import (
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/dec"
)

var parseTests = []struct {
	in   string
	want string // dec.Format of the value; "" for no number
	n    int    // bytes read
}{
	// Digits and separators.
	{"0", "0", 1},
	{"7", "7", 1},
	{"300 metric tons", "300", 3},
	{"43,000-ton", "43000", 6},
	{"3,500,000 t", "3500000", 9},
	{"1,000.25", "1000.25", 8},
	// Indian grouping: lakhs and crores in pairs.
	{"5,61,240 tonnes", "561240", 8},
	{"12,34,56,789 t", "123456789", 12},
	{"2,18,000.5 t", "218000.5", 10},
	{"1,23,4567 t", "1", 1},  // a last group of four is no number of this kind
	{"1,23,456,789", "1", 1}, // nor pairs before a thousands group
	{"123,45,678", "123", 3}, // nor three digits before the pairs
	{"3.5", "3.5", 3},
	{"3.50", "3.5", 4},
	{"0.0000311034768", "0.0000311034768", 15},
	{"1000000", "1000000", 7},
	{"85,000tonnes", "85000", 6},
	{"1,00 t", "1", 1},
	{"1,0000", "1", 1},
	{"1000,000", "1000", 4},
	{"1,000,00", "1000", 5},
	{"3.5.", "3.5", 3},
	{"3.", "3", 1},
	{"3.t", "3", 1},
	{"1.000.000", "1", 5}, // 1.000, then ".000" is left
	{"2023,2024", "2023", 4},
	{"5%", "5", 1},
	{"12,345,678.9", "12345678.9", 12},
	{"1234567890123456789012345", "1234567890123456789012345", 25},

	// Scales after digits.
	{"3.5 million metric tons", "3500000", 11},
	{"3.5million", "3500000", 10},
	{"12-million tons", "12000000", 10},
	{"2.4-billion tons", "2400000000", 11},
	{"223.5 thousand tons", "223500", 14},
	{"1.2bn tonnes", "1200000000", 5},
	{"1.2 bn tonnes", "1200000000", 6},
	{"1.2 BN", "1200000000", 6},
	{"5 mln t", "5000000", 5},
	{"5mn t", "5000000", 3},
	{"3 bln", "3000000000", 5},
	{"2 trillion", "2000000000000", 10},
	{"3.5m tonnes", "3500000", 4},
	{"3.5M tonnes", "3500000", 4},
	{"650k tonnes", "650000", 4},
	{"650K", "650000", 4},
	{"3.5 m tonnes", "3.5", 3}, // a spaced "m" is not million
	{"650 k", "650", 3},        // nor a spaced "k"
	{"650kt", "650", 3},        // "k" belongs to the unit
	{"6Mt", "6", 1},            // so does "M"
	{"3.5mt", "3.5", 3},        // metric tonnes, not million
	{"5 millions", "5", 1},     // not a scale word
	{"5 million\u00a0t", "5000000", 9},
	{"5\u00a0million", "5000000", 10},
	{"5  -million", "5", 1},
	{"5 thousandfold", "5", 1},
	{"25 lakh tonnes", "2500000", 7},
	{"1.5 crore", "15000000", 9},
	{"3 lakhs", "3", 1}, // plurals are not scale words

	// Fractions.
	{"3/4 ton", "0.75", 3},
	{"2/1000 kilograms", "0.002", 6},
	{"1/8", "0.125", 3},
	{"1/2 million", "500000", 11},
	{"1/1024", "0.0009765625", 6},
	{"1/524288", "0.0000019073486328125", 8},
	{"4/3", "4", 1},        // not proper
	{"1/3", "1", 1},        // no finite decimal
	{"2024/25", "2024", 4}, // a season
	{"0/5", "0", 3},
	{"1/0", "1", 1},
	{"1/2,000", "1", 1},
	{"1/2.5", "1", 1},
	{"1,000/2000", "1000", 5},
	{"1.5/2", "1.5", 3},
	{"1234567/2000000", "1234567", 7},
	{"1/2000000", "1", 1},
	{"5 millioné", "5", 1},

	// Words.
	{"zero tons", "0", 4},
	{"one ton", "1", 3},
	{"Two million short tons", "2000000", 11},
	{"TWO MILLION", "2000000", 11},
	{"twenty-five tonnes", "25", 11},
	{"twenty five", "25", 11},
	{"ninety", "90", 6},
	{"nineteen", "19", 8},
	{"a hundred tons", "100", 9},
	{"a million tons", "1000000", 9},
	{"a thousand", "1000", 10},
	{"one hundred and fifty thousand tonnes", "150000", 30},
	{"two hundred fifty", "250", 17},
	{"twenty-five hundred", "2500", 19},
	{"two million five hundred thousand", "2500000", 33},
	{"one million and fifty", "1000050", 21},
	{"two lakh tonnes", "200000", 8},
	{"one crore fifty lakh", "15000000", 20},
	{"one million a billion", "1000000", 11},
	{"two thousand a thousand", "2000", 12},
	{"a hundred thousand", "100000", 18},
	{"half a million tonnes", "500000", 14},
	{"half million", "500000", 12},
	{"a quarter of a million", "250000", 22},
	{"three-quarters of a million tonnes", "750000", 27},
	{"three quarters of a billion", "750000000", 27},
	{"one and a half thousand tonnes", "1500", 23},
	{"two and a half million", "2500000", 22},
	{"one-and-a-half million", "1500000", 22},
	{"one and a half tonnes", "1.5", 14},
	{"two and three quarters", "2.75", 22},
	{"one and a quarter", "1.25", 17},
	{"five and ten", "5", 4},
	{"two thousand million", "2000", 12}, // scales must decrease
	{"one one", "1", 3},
	{"twenty thirty", "20", 6},
	{"one hundred and", "100", 11},
	{"a hundred and a half", "100.5", 20},

	// Not numbers.
	{"", "", 0},
	{"tons", "", 0},
	{"a ton", "", 0},
	{"a", "", 0},
	{"half", "", 0},
	{"half a ton", "", 0},
	{"a quarter", "", 0},
	{"and", "", 0},
	{"hundred tons", "", 0},
	{"million", "", 0},
	{"$500 a ton", "", 0},
	{" 5", "", 0},
	{".5", "", 0},
	{"-5", "", 0},
	{"oneself", "", 0},
	{"one2", "", 0},
	{"twentyfive", "", 0},
	{"ＴＷＯ", "", 0},
	{strings.Repeat("9", MaxDigits+1), "", 0},
	{strings.Repeat("9", MaxDigits-1) + " thousand", "", 0}, // value too long
}

func TestParse(t *testing.T) {
	for _, tc := range parseTests {
		v, n, ok := Parse(tc.in)
		got := ""
		if ok {
			got = dec.Format(v)
		}
		if got != tc.want || n != tc.n || ok != (tc.want != "") {
			t.Errorf("Parse(%q) = %q, %d, %v; want %q, %d", tc.in, got, n, ok, tc.want, tc.n)
		}
	}
}

// TestLen checks that Len measures what Parse reads, without allocating.
func TestLen(t *testing.T) {
	for _, tc := range parseTests {
		n, ok := Len(tc.in)
		_, pn, pok := Parse(tc.in)
		// Len measures a number whose value is too long, which Parse
		// rejects; otherwise the two agree.
		tooLong := ok && !pok && len(tc.in) > MaxDigits
		if !tooLong && (n != pn || ok != pok) {
			t.Errorf("Len(%q) = %d, %v; Parse reads %d, %v", tc.in, n, ok, pn, pok)
		}
		if a := testing.AllocsPerRun(10, func() { Len(tc.in) }); a != 0 {
			t.Errorf("Len(%q) allocates %v times", tc.in, a)
		}
	}
}

func TestParseMaxDigits(t *testing.T) {
	s := strings.Repeat("9", MaxDigits)
	v, n, ok := Parse(s + " t")
	if !ok || n != MaxDigits || dec.Format(v) != s {
		t.Errorf("Parse(%d nines) = %v, %d, %v", MaxDigits, dec.Format(v), n, ok)
	}
	s = "0." + strings.Repeat("1", MaxDigits-1)
	if _, n, ok := Parse(s); !ok || n != len(s) {
		t.Errorf("Parse(%q) = %d, %v", s, n, ok)
	}
}

func TestSpaceLen(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0}, {"x", 0}, {" x", 1}, {" \t\r\n x", 5},
		{"\u00a0\u2009\u202fx", 2 + 3 + 3}, {"\u3000x", 0},
	} {
		if got := SpaceLen(tc.in); got != tc.want {
			t.Errorf("SpaceLen(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestAtBoundary(t *testing.T) {
	for _, tc := range []struct {
		in   string
		i    int
		want bool
	}{
		{"ab", 2, true}, {"ab", 1, false}, {"a b", 1, true}, {"a1", 1, false},
		{"a_", 1, false}, {"a-", 1, true}, {"aé", 1, false}, {"a٣", 1, false},
		{"a€", 1, true}, {"a\xff", 1, true},
	} {
		if got := AtBoundary(tc.in, tc.i); got != tc.want {
			t.Errorf("AtBoundary(%q, %d) = %v, want %v", tc.in, tc.i, got, tc.want)
		}
	}
}

func TestParseNoAllocsWithoutNumber(t *testing.T) {
	for _, s := range []string{
		"", "the year", "$500 a ton", " 5", "-5", ".5", "and then", "a ton",
		"half of it", "a quarter later", "offshore", "Ｔ", "\xff\xfe",
		"extraordinarily long words are skipped", "hundred", "million tons",
	} {
		allocs := testing.AllocsPerRun(100, func() {
			if _, _, ok := Parse(s); ok {
				t.Fatalf("Parse(%q) read a number", s)
			}
		})
		if allocs != 0 {
			t.Errorf("Parse(%q) allocates %v times, want 0", s, allocs)
		}
	}
}

func FuzzNumber(f *testing.F) {
	for _, tc := range parseTests {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, n, ok := Parse(s)
		if n < 0 || n > len(s) {
			t.Fatalf("Parse(%q) read %d bytes", s, n)
		}
		if !ok {
			if n != 0 || !v.IsZero() {
				t.Fatalf("Parse(%q) = %v, %d, false", s, v, n)
			}
			return
		}
		if n == 0 {
			t.Fatalf("Parse(%q) = ok with 0 bytes", s)
		}
		if !runeBoundary(s, n) {
			t.Fatalf("Parse(%q) stopped inside a rune at %d", s, n)
		}
		if v.Sign() < 0 {
			t.Fatalf("Parse(%q) = %s, negative", s, dec.Format(v))
		}
		if ln, lok := Len(s); !lok || ln != n {
			t.Fatalf("Parse(%q) read %d bytes, Len says %d, %v", s, n, ln, lok)
		}
		// Reading just what was read gives the same number.
		v2, n2, ok2 := Parse(s[:n])
		if !ok2 || n2 != n || !v2.Equal(v) {
			t.Fatalf("Parse(%q) = %s, %d but Parse(%q) = %s, %d, %v",
				s, dec.Format(v), n, s[:n], dec.Format(v2), n2, ok2)
		}
		// The plain form is itself a number that reads back.
		p := dec.Format(v)
		v3, n3, ok3 := Parse(p)
		if !ok3 || n3 != len(p) || !v3.Equal(v) {
			t.Fatalf("Parse(%q) = %s, but Parse(%q) = %s, %d, %v", s, p, p, dec.Format(v3), n3, ok3)
		}
	})
}

// runeBoundary reports whether i is where a rune starts when s is decoded
// from the start (an invalid byte counts as one rune), or len(s).
func runeBoundary(s string, i int) bool {
	for j := range s {
		if j >= i {
			return j == i
		}
	}
	return i == len(s)
}

func BenchmarkParse(b *testing.B) {
	for _, s := range []string{"3.5 million", "one and a half thousand", "the"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Parse(s)
			}
		})
	}
}

func TestIsWord(t *testing.T) {
	for _, w := range []string{"two", "Two", "HUNDRED", "million", "a", "A", "and", "half", "quarters", "of", "seventeen", "lakh"} {
		if !IsWord(w) {
			t.Errorf("IsWord(%q) = false", w)
		}
	}
	for _, w := range []string{"", "the", "tonnes", "twos", "seventeens", "two-thirds", "2", "hundreds", "ÿ"} {
		if IsWord(w) {
			t.Errorf("IsWord(%q) = true", w)
		}
	}
}

// TestSpaceGroups checks thousands set apart by spaces, and the numbers
// that stay apart.
func TestSpaceGroups(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		n    int
	}{
		{"816 000 t", "816000", 7},
		{"1 234 567 t", "1234567", 9},
		{"1\u00a0500 t", "1500", 6},
		{"12 300-tonne", "12", 2},
		{"2025 500 t", "2025", 4},
		{"5 0000 t", "5", 1},
		{"816 000,5", "816", 3},
	} {
		v, n, ok := Parse(tc.in)
		if !ok || v.String() != tc.want || n != tc.n {
			t.Errorf("Parse(%q) = %v, %d, %v; want %s, %d", tc.in, v, n, ok, tc.want, tc.n)
		}
	}
}
