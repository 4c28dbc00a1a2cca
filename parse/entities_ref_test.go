package parse

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/entity"
)

// The tests of this file hold the tokenizer and the lexicon to the
// plain versions they replaced for speed: each reference below is the
// code as it was before, and the fast code must give the same answers.

// refTexts returns the sample texts and words of odd shape.
func refTexts(t testing.TB) []string {
	var texts []string
	for _, pat := range []string{"testdata/pages/*.txt", "testdata/heldout*/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, fn := range files {
			b, err := os.ReadFile(fn)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	return append(texts, refOdd...)
}

// refOdd are words and marks of every shape the tokenizer tells apart.
var refOdd = []string{
	"", " ", "\n", "a", "A", "1", "$", "'", "-", ".", "a.", "A.", "U.S.", "U.S", "Co.", "co.", "Co.5", "Mr. Kim",
	"Ltd. ", "etc.", "ETC.", "Sept. 3", "No.1", "Korea's", "Korea'S", "Resources' shares", "Texas-based", "texas-based",
	"South-Korean", "Lee Sang-ho", "Bon-kyu", "x-ray", "A-", "-a", "a--b", "1,000", "1,a", "a,1", "LON:SXX", "a:B",
	"N'Djamena", "O'Brien", "don't", "it's", "Its'", "LS&C", "A/B", "a/", "eBay", "iShares", "aB", "ab-Cd", "AB-cd-EF",
	"3M", "G7", "SK2", "3m", "1.5", "US$", "$RIO", "A$75mn", "RIO$", "(ASX: KRM)", "plc", "Plc", "tbk", "gmbh", "PLC",
	"ag", "spa.", "台泥", "台泥, 1101.TW", "Việt Nam", "Việt-based", "Hà Nội-listed", "Côte d'Ivoire", "naïve",
	"Zürich-based", "Ａ", "\u201cQuoted\u201d", "\u2019s", "Korea\u2019s", "a\u00a0b", "\u2014dash", "\xff", "a\xffb",
	"\xe2\x80", "x\xe2\x80", "élan-vital", "Ébola's", "ΑΒΓ", "αβγ", "Дмитрий", "ß", "İstanbul", "9-to-5", "a'b", "a'sb",
	"\"The quote\" he said", "Korea-", "Korea-'s", "U.S.-based", "U.S.-listed.", "A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q",
}

// refTokenize is tokenize as it was.
func refTokenize(s string, a, b int, out []etok) []etok {
	start := true
	for i := a; i < b; {
		c := s[i]
		if c == ' ' || c == '\n' {
			i++
			continue
		}
		if !refIsWordRune(s, i) {
			n := 1
			if c >= utf8.RuneSelf {
				_, n = utf8.DecodeRuneInString(s[i:])
			}
			out = append(out, etok{a: i, b: i + n, cut: i + n})
			if c == '"' {
				start = true
			}
			i += n
			continue
		}
		j := refWordEnd(s, i, b)
		t := etok{a: i, b: j, cut: j, f: tWord}
		if j < b && s[j] == '.' {
			w := s[i:j]
			// ("Ts. Oyunbileg": two letters for one Cyrillic initial.)
			digraph := slices.Contains([]string{"Ts", "Ch", "Sh", "Kh", "Zh", "Ya", "Yu", "Ye", "Yo", "Dz"}, w) && j+2 < b && s[j+1] == ' ' && isUpper(s[j+2])
			if strings.IndexByte(w, '.') >= 0 || abbreviations[w] || len(w) == 1 && isUpper(w[0]) || refDottedWord(w) || digraph {
				if !(j+1 < b && isDigit(s[j+1])) {
					j++
					t.b, t.cut = j, j
				}
			}
		}
		if j+1 < b && s[j] == '\'' && (s[j+1] == 's' || s[j+1] == 'S') && (j+2 >= b || !refIsWordRune(s, j+2)) {
			t.f |= tPoss
			j += 2
		} else if j < b && s[j] == '\'' && s[j-1] == 's' && (j+1 >= b || !refIsWordRune(s, j+1)) && isUpper(s[i]) {
			t.f |= tPoss
			j++
		}
		shape, hy, ascii := refASCIIShape(s[t.a:t.b])
		if !ascii {
			hy = hyphenAt(s, t.a, t.b)
		} else if hy >= 0 {
			hy += t.a
			if hy+1 >= t.b || !isLower(s[hy+1]) || hy == t.a {
				hy = -1
			}
		}
		if hy > 0 && placeSuffixes[foldWord(s[hy+1:t.b])] {
			t.cut = hy
			t.f |= tSuffix
			shape = wordShape(s[t.a:t.cut])
		} else if !ascii {
			shape = wordShape(s[t.a:t.cut])
		}
		t.f |= shape
		if i > a && s[i-1] == '$' || t.b < b && s[t.b] == '$' {
			t.f |= tCash
		}
		if start {
			t.f |= tStart
			start = false
		}
		out = append(out, t)
		i = j
	}
	return out
}

// refDottedWord is dottedWord as it was.
func refDottedWord(w string) bool {
	if len(w) > 4 {
		return false
	}
	var buf [4]byte
	for i := 0; i < len(w); i++ {
		buf[i] = lower(w[i])
	}
	return legalDotted[string(buf[:len(w)])] || honorifics[string(buf[:len(w)])]
}

// refASCIIShape is asciiShape as it was.
func refASCIIShape(w string) (f tflag, hyphen int, ascii bool) {
	if len(w) == 0 {
		return 0, -1, true
	}
	switch c := w[0]; {
	case isDigit(c):
		f = tDigit
	case isUpper(c):
		f = tCap
	case isLower(c):
		f = tLower
		// ("l'Ogooue", "d'Ivoire": an elided article before a capital.)
		if len(w) > 2 && isUpper(w[1]) && isLower(w[2]) || len(w) > 3 && (c == 'l' || c == 'd') && w[1] == '\'' && isUpper(w[2]) {
			f = tCap
		}
	}
	hyphen = -1
	letters, lower := 0, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return 0, -1, false
		case isLower(c):
			letters++
			lower = true
		case isUpper(c):
			letters++
		case isDigit(c):
			f |= tHasDigit
		case c == '-':
			hyphen = i
		}
	}
	if letters >= 2 && !lower && f&tCap != 0 {
		f |= tUpper
	}
	return f, hyphen, true
}

// refIsWordRune is isWordRune as it was.
func refIsWordRune(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return isLetter(c) || isDigit(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// refWordEnd is wordEnd as it was.
func refWordEnd(s string, i, b int) int {
	j := i
	for j < b {
		if c := s[j]; c < utf8.RuneSelf && (isLetter(c) || isDigit(c)) {
			j++
			continue
		}
		if refIsWordRune(s, j) {
			if s[j] < utf8.RuneSelf {
				j++
			} else {
				_, n := utf8.DecodeRuneInString(s[j:])
				j += n
			}
			continue
		}
		c := s[j]
		if j+1 >= b || !refIsWordRune(s, j+1) {
			break
		}
		switch c {
		case '.', '-', '&':
		case '/':
			// "Ministry/BKPM" is two words; "A/S" and "t/y" are one.
			if j-i >= 4 && isUpper(s[i]) && isLower(s[j-1]) && isUpper(s[j+1]) {
				return j
			}
		case '\'':
			if s[j+1] == 's' && (j+2 >= b || !refIsWordRune(s, j+2)) {
				return j
			}
		case ',':
			if !isDigit(s[j-1]) || !isDigit(s[j+1]) {
				return j
			}
		case ':':
			if !isUpper(s[j-1]) && !isDigit(s[j-1]) || !isUpper(s[j+1]) && !isDigit(s[j+1]) {
				return j
			}
		default:
			return j
		}
		j++
	}
	return j
}

// refNameTok is entFinder.nameTok as it was, for token t of s.
func refNameTok(s string, prev *etok, t etok) bool {
	if t.f&tWord == 0 || t.f&tCash != 0 {
		return false
	}
	if t.f&tHasDigit != 0 {
		w := s[t.a:t.b]
		letters := false
		for i := 0; i < len(w); i++ {
			c := w[i]
			if isLower(c) || c == '.' || c == ',' || c == '-' || c == '/' || c == ':' {
				return false
			}
			letters = letters || isUpper(c)
		}
		return letters
	}
	if t.f&(tCap|tUpper) != 0 {
		// "2.33 million WMT": a unit of mass in capitals after an
		// amount is no word of a name.
		if w := s[t.a:t.b]; prev != nil && len(w) >= 2 && len(w) <= 5 && strings.ToUpper(w) == w {
			p := s[prev.a:prev.b]
			if _, unit := commodity.LookupUnitWord(w); unit && (strings.IndexAny(p[len(p)-1:], "0123456789") == 0 || p == "million" || p == "billion" || p == "thousand") {
				return false
			}
		}
		return true
	}
	if c := s[t.a]; c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(s[t.a:])
		return unicode.In(r, unicode.Han, unicode.Hangul, unicode.Katakana, unicode.Hiragana)
	}
	return t.b-t.a <= 6 && lowerLegal[s[t.a:t.b]]
}

// refLexOf is lexOf as it was, with a map lookup.
func refLexOf(w string) lexBit {
	var buf [32]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return lexicon[foldWord(w)]
		}
		if c == '.' {
			continue
		}
		if n == len(buf) {
			return 0
		}
		buf[n] = lower(c)
		n++
	}
	return lexicon[string(buf[:n])]
}

// checkTokenize compares tokenize with refTokenize on s[a:b].
func checkTokenize(t *testing.T, s string, a, b int) {
	t.Helper()
	got := tokenize(s, a, b, nil)
	want := refTokenize(s, a, b, nil)
	if len(got) != len(want) {
		t.Fatalf("tokenize(%q, %d, %d): %d tokens, want %d", s[a:b], a, b, len(got), len(want))
	}
	for k := range got {
		g, w := got[k], want[k]
		if g.a != w.a || g.b != w.b || g.cut != w.cut || g.f&^tName != w.f {
			t.Fatalf("tokenize(%q, %d, %d) token %d = %+v, want %+v", s[a:b], a, b, k, g, w)
		}
		if g.f&tName != 0 && g.f&tWord == 0 {
			t.Fatalf("tokenize(%q, %d, %d) token %d: tName on a mark", s[a:b], a, b, k)
		}
		for _, cash := range []tflag{0, tCash} {
			g.f |= cash
			w.f |= cash
			var prev *etok
			if k > 0 {
				prev = &want[k-1]
			}
			if nt, want := g.f&(tWord|tCash|tName) == tWord|tName, refNameTok(s, prev, w); nt != want {
				t.Fatalf("tokenize(%q, %d, %d) token %d %q: nameTok %v, want %v", s[a:b], a, b, k, s[g.a:g.b], nt, want)
			}
		}
	}
}

// TestTokenizeReference checks tokenize, its flags and nameTok against
// the reference on the sample texts, whole and in slices.
func TestTokenizeReference(t *testing.T) {
	for _, s := range refTexts(t) {
		checkTokenize(t, s, 0, len(s))
		for a := 0; a < len(s); a += 97 {
			checkTokenize(t, s, a, min(len(s), a+211))
		}
	}
	for _, x := range refOdd {
		for _, y := range refOdd {
			s := x + y
			checkTokenize(t, s, 0, len(s))
			if len(s) >= 2 {
				checkTokenize(t, s, 1, len(s)-1)
			}
		}
	}
}

// FuzzTokenizeReference checks tokenize against the reference on any
// text.
func FuzzTokenizeReference(f *testing.F) {
	for _, s := range refOdd {
		f.Add(s)
	}
	f.Add("PT Vale Indonesia Tbk's Texas-based U.S. unit, Co. Ltd. (ASX: KRM) said 1,000 t.")
	f.Fuzz(func(t *testing.T, s string) {
		checkTokenize(t, s, 0, len(s))
		if len(s) >= 2 {
			checkTokenize(t, s, 1, len(s)-1)
		}
	})
}

// TestLexOfReference checks lexOf against the map lookup on every word
// of the tables, in other cases and with dots, and on every word of the
// sample texts.
func TestLexOfReference(t *testing.T) {
	var words []string
	for w := range lexicon {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+".", "."+w, w+"s", w[:len(w)-1],
			strings.Join(strings.Split(w, ""), "."))
	}
	for _, s := range refTexts(t) {
		words = append(words, strings.Fields(s)...)
		for _, tk := range tokenize(s, 0, len(s), nil) {
			words = append(words, s[tk.a:tk.cut])
		}
	}
	words = append(words, refOdd...)
	words = append(words, strings.Repeat("a", 31), strings.Repeat("a", 32), strings.Repeat("a", 33), strings.Repeat("a.", 40))
	for _, w := range words {
		if got, want := lexOf(w), refLexOf(w); got != want {
			t.Errorf("lexOf(%q) = %b, want %b", w, got, want)
		}
	}
}

// FuzzLexOfReference checks lexOf against the map lookup on any word.
func FuzzLexOfReference(f *testing.F) {
	for _, w := range []string{"said", "Said", "S.A.I.D.", "Ltd.", "co", "ÉTAT", "minister"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := lexOf(w), refLexOf(w); got != want {
			t.Errorf("lexOf(%q) = %b, want %b", w, got, want)
		}
	})
}

// refWrittenOf is what writtenOf stands for: the tables, looked up one
// by one.
func refWrittenOf(w string) writtenBit {
	var b writtenBit
	for _, t := range []struct {
		bit writtenBit
		m   map[string]bool
	}{
		{wrLeadStop, leadStop}, {wrNotName, notNames}, {wrCommonAcronym, commonAcronyms},
		{wrFamilyName, familyNames}, {wrGivenName, givenNames}, {wrVietFamily, vietFamily},
	} {
		if t.m[w] {
			b |= t.bit
		}
	}
	if _, ok := govAcronyms[w]; ok {
		b |= wrGovAcronym
	}
	return b
}

// TestWrittenOfReference checks writtenOf against the tables on their
// words, in other cases, and on every word of the sample texts.
func TestWrittenOfReference(t *testing.T) {
	var words []string
	for _, m := range []map[string]bool{leadStop, notNames, commonAcronyms, familyNames, givenNames, vietFamily} {
		for w := range m {
			words = append(words, w, strings.ToUpper(w), strings.ToLower(w), w+".", w[:len(w)-1])
		}
	}
	for w := range govAcronyms {
		words = append(words, w, strings.ToLower(w))
	}
	for _, s := range refTexts(t) {
		words = append(words, strings.Fields(s)...)
		for _, tk := range tokenize(s, 0, len(s), nil) {
			words = append(words, s[tk.a:tk.b])
		}
	}
	for _, w := range words {
		if got, want := writtenOf(w), refWrittenOf(w); got != want {
			t.Errorf("writtenOf(%q) = %b, want %b", w, got, want)
		}
	}
}

// TestPlaceSuffixReference checks placeSuffix against the map lookup it
// stands for, and that its buffer holds every suffix.
func TestPlaceSuffixReference(t *testing.T) {
	words := []string{"", ".", "BASED", "Based.", "b.a.s.e.d", "headquartered", "headquarteredd", "headquartered-x",
		"Headquartered", "rün", "based\u00e9", strings.Repeat("a", 16), strings.Repeat("a", 17)}
	for w := range placeSuffixes {
		if len(w) > 16 {
			t.Errorf("placeSuffix cannot hold %q", w)
		}
		words = append(words, w, strings.ToUpper(w), w+".", w+"s", w[1:])
	}
	for _, w := range words {
		if got, want := placeSuffix(w), placeSuffixes[foldWord(w)]; got != want {
			t.Errorf("placeSuffix(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestAppendFields checks appendFields against strings.Fields.
func TestAppendFields(t *testing.T) {
	for _, s := range append([]string{"tan sri azlan harun", "  a  b ", "a\tb\nc\vd\fe\rf", "\u00a0a\u00a0b", "é è", "\x85a"}, refOdd...) {
		got, want := appendFields(nil, s), strings.Fields(s)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestKeyWords checks that keyWords gives what appendKey makes, for the
// names of every length at every token of the sample texts.
func TestKeyWords(t *testing.T) {
	var kw keyWords
	texts := refTexts(t)
	texts = append(texts, "The PT Co. & Ltd. , ( the & The & PT", "& & &", "PT & Co", "the the The", ", , ,", "Tbk PT Tbk")
	for _, s := range texts {
		toks := tokenize(s, 0, len(s), nil)
		for k := range toks {
			n := min(len(toks)-k, maxKeyToks)
			kw.fill(s, toks, k, n)
			for j := k + 1; j <= k+n; j++ {
				got, want := kw.key(s, toks, j), appendKey(nil, s, toks, k, j)
				if string(got) != string(want) {
					t.Fatalf("key of %q = %q, want %q", s[toks[k].a:toks[j-1].b], got, want)
				}
			}
		}
	}
}

// TestNamedInReference holds namedIn's index of mentions to a plain scan
// of an entity's mentions, for every entity and sentence of the sample
// texts, asked in an order that interleaves the two so that mentions
// added between questions are indexed too.
func TestNamedInReference(t *testing.T) {
	plain := func(f *entFinder, x *nent, si int) bool {
		es := f.sents[si]
		if es.t1 <= es.t0 {
			return false
		}
		a, b := f.toks[es.t0].a, f.toks[es.t1-1].b
		for _, m := range x.mentions {
			if m.a >= a && m.b <= b {
				return true
			}
		}
		return false
	}
	for _, text := range refTexts(t) {
		d := newDoc(text)
		var a article.Article
		d.layout(&a)
		d.listings(&a)
		f := d.findEntities(&a, nil)
		// The parse may have asked already: start the index afresh.
		clear(f.named)
		for _, x := range f.ents {
			x.menRead = 0
		}
		for c, x := range f.ents {
			// Half the mentions first, then all of them.
			all := x.mentions
			x.mentions = all[:len(all)/2]
			for pass := 0; pass < 2; pass++ {
				for si := range f.sents {
					if got, want := f.namedIn(c, si), plain(f, x, si); got != want {
						t.Fatalf("%.40q: namedIn(%d, %d) = %v, want %v", text, c, si, got, want)
					}
				}
				x.mentions = all
			}
		}
	}
}

// TestPlaceReference holds place to the lookup it stands for.
func TestPlaceReference(t *testing.T) {
	words := []string{"a", "shandong", "zhejiang", "jiangsu", "hebei", "texas", "london", "x", "élan", "ürümqi",
		strings.Repeat("a", 70)}
	for w := range places {
		words = append(words, strings.ToLower(w), w)
	}
	for _, w := range words {
		if got, want := place(w), places[strings.ToUpper(w[:1])+w[1:]]; got != want {
			t.Errorf("place(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLookupCountryTextReference holds lookupCountryText to the plain
// lookup of the text with its hyphens as spaces.
func TestLookupCountryTextReference(t *testing.T) {
	for _, text := range []string{"South-Korean", "South-Korea", "Guinea-Bissau", "Timor-Leste", "Congo-Kinshasa",
		"Sang-ho", "Texas-based", "United-States", "New-Zealand", "Bosnia-and-Herzegovina",
		"Democratic-Republic-of-the-Congo-and-a-very-long-tail-of-words-past-64", "Korea", "-"} {
		c, form, ok := lookupCountryText(text)
		wc, wform, wok := entity.LookupCountry(text)
		if !wok && strings.IndexByte(text, '-') > 0 {
			wc, wform, wok = entity.LookupCountry(strings.ReplaceAll(text, "-", " "))
		}
		if c != wc || form != wform || ok != wok {
			t.Errorf("lookupCountryText(%q) = %v, %v, %v; want %v, %v, %v", text, c, form, ok, wc, wform, wok)
		}
	}
}
