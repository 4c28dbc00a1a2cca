package parse

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/entity"
)

// The tests below check the shortcuts of the layout and listing steps
// against plain versions of what they replace, as in fastpath_test.go.

// TestScanListingsByWord checks scanListings, which goes from word to
// word, against the scan at every byte that it replaces, on random texts
// made of the pieces of listings and on the sample pages.
func TestScanListingsByWord(t *testing.T) {
	pieces := []string{
		"NYSE", "NYSE:", "nyse:", "Nasdaq:", "ASX:", "KRX: ", ":", "MP", "AAPL", "LYC", "005490", "7203",
		"229640", ".KO", ".KS", ".T", ".AX", " KS", " JT", " US", " Equity", "$", "$RIO", "$US", "(", ")",
		"; ", ", ", " ", "\n", ".", "-", "/", "&", "é", "the", "Posco Holdings", "Rio Tinto", "MP Materials",
		"Co.", "abc", "x:Y", "12.5", "2024", "LITHIUM", "OUTPUT", "nyse", "abCd", "ab$c", "q",
		"abcdefghijklmnopqrstuvwxyzabcdefghijkl", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL",
	}
	r := rand.New(rand.NewSource(2))
	texts := fastPathTexts()
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.Intn(20); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	pages, _ := samplePageTexts(t)
	texts = append(texts, pages...)
	for _, s := range texts {
		d := newDoc(s)
		d.layout(&article.Article{})
		got := d.scanListings(nil)
		want := scanListingsByByte(d)
		if len(got) != len(want) {
			t.Fatalf("scanListings(%q) found %d listings, want %d", s, len(got), len(want))
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("scanListings(%q)[%d] = %+v, want %+v", s, k, got[k], want[k])
			}
			if k > 0 && got[k].at.a < got[k-1].at.a {
				t.Fatalf("scanListings(%q): listing %d starts before the one before", s, k)
			}
		}
	}
}

// scanListingsByByte is scanListings as a plain loop over bytes.
func scanListingsByByte(d *doc) []found {
	var fs []found
	s := d.v.s
	for i := 0; i < len(s); {
		c := s[i]
		if i > 0 && isWordByte(s[i-1]) && c != '(' {
			i++
			continue
		}
		next, ok := 0, false
		switch {
		case c == '(':
			next, ok = d.parenListings(&fs, i)
		case c == '$' || isLetter(c) || isDigit(c):
			next, ok = d.tokenListing(&fs, i)
		}
		if !ok {
			next = i + 1
		}
		i = next
	}
	return fs
}

// TestInLower checks inLower against a lookup of strings.ToLower.
func TestInLower(t *testing.T) {
	m := map[string]bool{"rival": true, "based": true, "été": true, "ǆ": true}
	words := append(fastPathTexts()[:2000], "Rival", "RIVAL", "rival", "Based", "ÉTÉ", "Été", "ǅ", "Ǆ",
		strings.Repeat("A", 40), "rivaL", "riva")
	for _, w := range words {
		if got, want := inLower(m, w), m[strings.ToLower(w)]; got != want {
			t.Fatalf("inLower(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCannotList checks that cannotList holds only of text that
// entity.ParseListing rejects, and that it spares the common numbers.
func TestCannotList(t *testing.T) {
	pieces := []string{
		"$", "(", ")", ":", " ", ".", ",", ";", "/", "-", "&", "NYSE", "Nasdaq", "KRX", "ASX", "TSE", "XKRX",
		"MP", "BRK", "B", "a", "Credit", "005490", "5473", "7203", "130A", "0700", "12", "4", "KS", "KO",
		"T", "AX", "TW", "HK", "US", "Equity", "SH600519", "A005930", "VN", "OTC Pink", "new", "SZ", "A", "BJ", "830799",
	}
	r := rand.New(rand.NewSource(3))
	texts := fastPathTexts()
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := r.Intn(6); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	spared := 0
	for _, s := range texts {
		if cannotList(s) {
			spared++
			if l, err := entity.ParseListing(s); err == nil {
				t.Fatalf("cannotList(%q) = true, but ParseListing reads %v", s, l)
			}
		}
	}
	for _, s := range []string{"$500", "$41.3", "1.4", "12.5", "Credit: Reuters", "Photo:REUTERS/x", "new", "2024"} {
		if !cannotList(s) {
			t.Errorf("cannotList(%q) = false", s)
		}
	}
	if spared < 1000 {
		t.Errorf("cannotList held of only %d texts", spared)
	}
}

// TestPackDate checks that the dates of lines read back as they were
// packed, for every date that dateAt can read.
func TestPackDate(t *testing.T) {
	for y := 0; y <= 9999; y += 7 {
		for m := 0; m <= 99; m += 3 {
			for day := 0; day <= 99; day += 5 {
				d := article.Date{Year: y, Month: time.Month(m), Day: day}
				if got := packDate(d).Date(); got != d {
					t.Fatalf("packDate(%v).Date() = %v", d, got)
				}
			}
		}
	}
}

// TestDatesNeedDigits checks the five digits that classify asks of a
// line before it tries asOfDate and dateLine.
func TestDatesNeedDigits(t *testing.T) {
	pieces := []string{
		"July", "Jul.", "May", "15", "5", "31st", ",", " ", "  ", "2025", "202", "Published:", "Today :", "date",
		"dated", "as of ", "Thursday", "Thu.", "2025-05-23", "2025-5-3", "TOKYO", "NEW YORK", "(Reuters)",
		"-", "|", "10:32 AM EDT", "All data are based on", ".", "1", "12", "x",
	}
	r := rand.New(rand.NewSource(4))
	hits := 0
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := r.Intn(7); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		low := lowerASCII(s)
		_, ok1 := asOfDate(s, low)
		_, _, ok2 := dateLine(s, low[:min(len(s), 100)])
		if ok1 || ok2 {
			hits++
		}
		if (ok1 || ok2) && digitsUpTo(s, 5) < 5 {
			t.Fatalf("%q reads as a date with %d digits", s, digitsUpTo(s, 5))
		}
	}
	if hits < 1000 {
		t.Errorf("only %d dates", hits)
	}
}

// TestCountsByWord checks wordsUpTo and digitsUpTo against plain loops
// over bytes, at every limit up to 12.
func TestCountsByWord(t *testing.T) {
	texts := append(fastPathTexts(), "a b c d e f g h i j k l m n o p", "  x  y\n\nz 1 2 3 4 5 6 7 8 9 0 ab12cd34ef56")
	for _, s := range texts {
		words, digits := 0, 0
		in := false
		for i := 0; i < len(s); i++ {
			sp := s[i] == ' ' || s[i] == '\n'
			if !sp && !in {
				words++
			}
			in = !sp
			if isDigit(s[i]) {
				digits++
			}
		}
		for limit := 0; limit <= 12; limit++ {
			if got, want := wordsUpTo(s, limit), min(words, limit); got != want {
				t.Fatalf("wordsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
			if got, want := digitsUpTo(s, limit), min(digits, limit); got != want {
				t.Fatalf("digitsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}

// TestMergeListingsLinear checks that mergeListings finds the listings
// met before by linear searches as it does with maps.
func TestMergeListingsLinear(t *testing.T) {
	pieces := []string{
		"$WCU", "WCU.AX", "WCU.L", "$MP", "MP US", "(NYSE: MP)", "(ASX: LYC)", "LYC.AX", "$LYC", "2330 TT",
		"1101.TW", "005490 KS", "(KRX: 005490)", "$5473", "l ", "Rio Tinto ", " and ", ". ", "\n",
	}
	r := rand.New(rand.NewSource(5))
	texts, _ := samplePageTexts(t)
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := r.Intn(12); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
			b.WriteByte(' ')
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		d := newDoc(s)
		d.layout(&article.Article{})
		w := &listingScratch{fs: d.scanListings(nil), seen: map[entity.Listing]int{}, withMIC: map[string]entity.Listing{}}
		d.applyListingLines(w.fs)
		var withMaps, linear article.Article
		d.mergeListings(&withMaps, w, true)
		at, listed := slices.Clone(d.listingAt), slices.Clone(d.listed)
		d.listingAt, d.listed = nil, nil
		d.mergeListings(&linear, w, false)
		if !slices.Equal(withMaps.Listings, linear.Listings) || !slices.Equal(at, d.listingAt) || !slices.Equal(listed, d.listed) {
			t.Fatalf("%q: mergeListings by linear search gives %v, with maps %v", s, linear.Listings, withMaps.Listings)
		}
	}
}

// TestHeadlineCompaniesByPlaces checks headlineCompanies, which finds the
// places of each headline word in the body once, against a plain version
// that searches the body for every run.
func TestHeadlineCompaniesByPlaces(t *testing.T) {
	heads := []string{"Posco Holdings", "Posco", "Rio Tinto", "LS Eco Energy", "The", "Buys", "Stake", "In", "Lynas"}
	bodies := []string{"Posco", "Posco Holdings", "Posco Holdingsx", "xPosco", "Rio Tinto", "Rio", "LS Eco", "LS Eco Energy",
		"Lynas", "Energy", " ", ", ", "said", ".", "\n"}
	r := rand.New(rand.NewSource(6))
	texts, _ := samplePageTexts(t)
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := r.Intn(6) + 4; k > 0; k-- {
			b.WriteString(heads[r.Intn(len(heads))] + " ")
		}
		b.WriteString("\n\nSEOUL, May 22 (Reuters) - ")
		for k := r.Intn(60); k >= 0; k-- {
			b.WriteString(bodies[r.Intn(len(bodies))])
		}
		b.WriteString(" went on to say it will.\n")
		texts = append(texts, b.String())
	}
	found := 0
	for _, s := range texts {
		d := newDoc(s)
		d.layout(&article.Article{})
		got, want := d.headlineCompanies(), headlineCompaniesBySearch(d)
		if !slices.Equal(got, want) {
			t.Fatalf("headlineCompanies(%q) = %v, want %v", s, got, want)
		}
		found += len(got)
	}
	if found < 1000 {
		t.Errorf("only %d names", found)
	}
}

// headlineCompaniesBySearch is headlineCompanies searching the body for
// every run.
func headlineCompaniesBySearch(d *doc) []rng {
	if d.headline < 0 || d.body >= len(d.lines) {
		return nil
	}
	hl := d.lines[d.headline]
	s := d.v.s
	body := s[d.lines[d.body].start:]
	ws := appendWordRanges(nil, s, hl.ts, hl.te)
	var out []rng
	for i := 0; i < len(ws); {
		w := s[ws[i].a:ws[i].b]
		if !isUpper(w[0]) && !isDigit(w[0]) || stopName[w] || !strings.Contains(body, w) {
			i++
			continue
		}
		best := -1
		for j := min(len(ws), i+6); j > i; j-- {
			e := s[ws[j-1].a:ws[j-1].b]
			if stopName[e] || linkWords[e] || isLower(e[0]) {
				continue
			}
			if d.inBody(s[ws[i].a:ws[j-1].b]) {
				best = j
				break
			}
		}
		if best < 0 {
			i++
			continue
		}
		out = append(out, rng{ws[i].a, ws[best-1].b})
		i = best
	}
	return out
}

// TestIsBylineByFirstByte checks isByline, which picks the forms to try
// by the first byte, against the tests of all forms in turn.
func TestIsBylineByFirstByte(t *testing.T) {
	lines := []string{"Author", "AUTHORS", "by", "By", "By John Smith", "By John Smith.", "Written by Jane Doe",
		"Posted by admin", "Reported by", "reported by Lee", "Byline", "By " + strings.Repeat("x", 60), "",
		"Written by " + strings.Repeat("x", 80), "authors", "author x", "Bye now"}
	lines = append(lines, fastPathTexts()[:3000]...)
	for _, s := range lines {
		low := lowerASCII(s)
		low = low[:min(len(low), 100)]
		want := low == "author" || low == "authors" || low == "by" ||
			(strings.HasPrefix(low, "written by ") || strings.HasPrefix(low, "posted by ") || strings.HasPrefix(low, "reported by ")) && len(s) < 80 ||
			!(strings.HasPrefix(low, "written by ") || strings.HasPrefix(low, "posted by ") || strings.HasPrefix(low, "reported by ")) &&
				strings.HasPrefix(s, "By ") && len(s) < 60 && !endsSentence(s)
		if got := isByline(s, low); got != want {
			t.Fatalf("isByline(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHasDoubleSpace checks the word-at-a-time search for two spaces in a
// row against strings.Contains, the pair at every offset of a word and
// across the boundary of two.
func TestHasDoubleSpace(t *testing.T) {
	cases := []string{"", " ", "  ", "a b c d e f g h i j", "é  ü", "\xa0\xa0", "\x20\xa0", "\xa0 ", "abc\tdef"}
	base := "abcdefghijklmnopqrstuvwxyz0123456789"
	for i := 0; i+3 <= len(base); i++ {
		cases = append(cases, base[:i]+"  "+base[i+2:], base[:i]+" x "+base[i+3:])
	}
	for _, s := range cases {
		if got, want := hasDoubleSpace(s), strings.Contains(s, "  "); got != want {
			t.Errorf("hasDoubleSpace(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestContainsAfter checks containsAfter against strings.Contains.
func TestContainsAfter(t *testing.T) {
	for _, tc := range []struct{ s, pre, rest string }{
		{"bse scrip code: 500001", "scri", "p code"},
		{"a p code without its start", "scri", "p code"},
		{"p code", "scri", "p code"},
		{"scrip code", "scri", "p code"},
		{"the Company", "the ", "Company"},
		{"Company and the Company", "the ", "Company"},
		{"theCompany", "the ", "Company"},
		{"", "s", "ymbol:"},
	} {
		if got, want := containsAfter(tc.s, tc.pre, tc.rest), strings.Contains(tc.s, tc.pre+tc.rest); got != want {
			t.Errorf("containsAfter(%q, %q, %q) = %v, want %v", tc.s, tc.pre, tc.rest, got, want)
		}
	}
}
