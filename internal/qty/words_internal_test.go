package qty

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/internal/number"
)

// sampleWords returns the words of the sample pages and held-out articles
// of package parse, in order, split as the linker splits them closely
// enough: runs of letters, digits and hyphens.
func sampleWords(t *testing.T) []string {
	t.Helper()
	var words []string
	for _, glob := range []string{"../../parse/testdata/pages/*.txt", "../../parse/testdata/heldout/*.txt"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			words = append(words, strings.FieldsFunc(string(b), func(r rune) bool {
				return !(r == '-' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
			})...)
		}
	}
	if len(words) == 0 {
		t.Fatal("no sample text")
	}
	return words
}

// TestMayName checks that mayName lets through the first word of every
// name commodity.Match finds, in any case and number.
func TestMayName(t *testing.T) {
	check := func(words []string) {
		t.Helper()
		if _, _, ok := commodity.Match(words); ok && !mayName(words[0]) {
			t.Errorf("mayName(%q) = false, but Match(%q) finds a name", words[0], words)
		}
	}
	n := 0
	for _, c := range commodity.All() {
		names := append([]string{c.ID(), c.Name()}, c.Synonyms()...)
		for _, name := range names {
			for _, v := range []string{name, strings.ToLower(name), strings.ToUpper(name), strings.ToUpper(name[:1]) + name[1:]} {
				words := strings.Fields(v)
				if _, _, ok := commodity.Match(words); ok {
					n++
				}
				check(words)
				check(append([]string{words[0] + "s"}, words[1:]...))
				check([]string{strings.Join(words, "-")})
			}
		}
	}
	if n == 0 {
		t.Fatal("Match found no name of the catalogue")
	}
	words := sampleWords(t)
	for i := range words {
		check(words[i:min(i+6, len(words))])
	}
	for _, w := range []string{"the", "company", "and", "of"} {
		if mayName(w) {
			t.Errorf("mayName(%q) = true; want the common word turned down", w)
		}
	}
}

// TestWordSet checks that a wordSet finds the words oneOf finds.
func TestWordSet(t *testing.T) {
	sets := []*wordSet{upVerbs, changeVerbs, approxWords, vehicleNouns, windWords, moneyWords,
		assetNouns, modifiers, npStops, rateLeads, notRateBefore, dealWords, monthNames, sourceAfter,
		aNumberWords, periodLeads, cueWords, verbCues}
	probes := sampleWords(t)
	for _, ws := range sets {
		var list []string
		for _, g := range ws.words {
			list = append(list, g...)
		}
		for _, w := range list {
			probes = append(probes, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w[:len(w)-1])
		}
	}
	probes = append(probes, "", "-", "\u00e9t\u00e9", strings.Repeat("a", 100))
	for i, ws := range sets {
		var list []string
		for _, g := range ws.words {
			list = append(list, g...)
		}
		for _, w := range probes {
			if got, want := ws.has(w), oneOf(w, list...); got != want {
				t.Errorf("set %d: has(%q) = %v, want %v", i, w, got, want)
			}
		}
	}
}

// TestRateLeads checks that rateLeads holds the first word of every rate
// phrase of package commodity, read from its source, and that the text
// MatchRate reads starts with one of them.
func TestRateLeads(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "../../commodity/rate.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		vs, ok := node.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "ratePhrases" {
			return true
		}
		for _, e := range vs.Values[0].(*ast.CompositeLit).Elts {
			lit := e.(*ast.CompositeLit).Elts[0].(*ast.BasicLit)
			phrase, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(phrase, " ")
			if !rateLeads.has(first) {
				t.Errorf("rateLeads lacks %q, the first word of the rate phrase %q", first, phrase)
			}
			n++
		}
		return false
	})
	if n == 0 {
		t.Fatal("found no ratePhrases in commodity/rate.go")
	}
	words := sampleWords(t)
	for i := range words {
		s := strings.Join(words[i:min(i+4, len(words))], " ")
		if _, _, ok := commodity.MatchRate(s); ok && !rateLeads.has(s[:wordAt(s, 0)]) {
			t.Errorf("MatchRate(%q) finds a rate, but rateLeads lacks its first word", s)
		}
	}
	for _, s := range []string{"p.a.", "P.A. from 2027", "per-year", "a year", "annually"} {
		if _, _, ok := commodity.MatchRate(s); !ok || !rateLeads.has(s[:wordAt(s, 0)]) {
			t.Errorf("MatchRate(%q) = %v; rateLeads must hold %q", s, ok, s[:wordAt(s, 0)])
		}
	}
}

// TestANumber checks that aNumber lets through every "a" that package
// number reads as the start of a number.
func TestANumber(t *testing.T) {
	words := append(sampleWords(t), "hundred", "Thousand", "MILLION", "half", "Quarter", "quarters", "lakh",
		"crore", "billion", "trillion", "of", "a", "and", "dozen", "millions", "hundred-thousand", "half-million")
	n := 0
	for _, sep := range []string{" ", "  ", "-", "\n", "\u00a0", "\u202f", "", "--", " - "} {
		for i := range words {
			for _, tail := range []string{"", " of a million", " thousand tonnes"} {
				s := "a" + sep + strings.Join(words[i:min(i+3, len(words))], " ") + tail
				if _, ok := number.Len(s); ok {
					n++
					if !aNumber(s, 1) {
						t.Errorf("aNumber(%q) = false, but package number reads a number there", s)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("package number read no number after \"a\"")
	}
}

// TestWordNumberMay checks that where wordNumberMay turns a number word
// down, package number reads no more than that word, so that the figure
// needs what wordNumberMay looked for right after it.
func TestWordNumberMay(t *testing.T) {
	var nexts []string
	nexts = append(nexts, sampleWords(t)...)
	for _, w := range []string{"zero", "one", "two", "ten", "nineteen", "twenty", "ninety", "hundred", "thousand",
		"lakh", "million", "crore", "billion", "trillion", "a", "and", "half", "quarter", "quarters", "of"} {
		nexts = append(nexts, w, strings.ToUpper(w), w+"s", w+"2")
	}
	nexts = append(nexts, "tonnes", "t", "Mt", "to", "and", "-", "plus", "+", "%", "(", "2", "")
	firsts := append(numberWords[:], "Two", "HALF", "Twenty", "a", "A")
	checked, turned := 0, 0
	for _, first := range firsts {
		for _, sep := range []string{" ", "-", "  ", "\u00a0", "", "--", " - ", "\n"} {
			for _, next := range nexts {
				s := first + sep + next + " million tonnes"
				checked++
				if wordNumberMay(s, 0) {
					continue
				}
				turned++
				w := s[:wordAt(s, 0)] // first, unless sep is empty
				if n, ok := number.Len(s); ok && n != len(w) {
					t.Errorf("wordNumberMay(%q) = false, but package number reads %q", s, s[:n])
				}
				if pluralScale(w) {
					t.Errorf("wordNumberMay(%q) = false for a plural scale", s)
				}
			}
		}
	}
	if turned == 0 || turned == checked {
		t.Fatalf("wordNumberMay turned down %d of %d", turned, checked)
	}
}

// TestWordRunEnd checks that wordRunEnd, alnumRunEnd and letterRunEnd,
// which test eight bytes at a time, find where the bytes of wordChar, alnum
// and ASCII letters end, as a plain loop does, from every position of every byte pattern around the
// ends of their blocks.
func TestWordRunEnd(t *testing.T) {
	plain := func(s string, i int, table *[256]bool) int {
		for i < len(s) && table[s[i]] {
			i++
		}
		return i
	}
	var letters [256]bool
	for c := range letters {
		letters[c] = isAlpha(byte(c))
	}
	var texts []string
	for c := 0; c < 256; c++ {
		for _, at := range []int{0, 3, 7, 8, 9, 15, 16} {
			b := []byte(strings.Repeat("aZ9_", 5))
			if at < len(b) {
				b[at] = byte(c)
			}
			texts = append(texts, string(b))
		}
	}
	texts = append(texts, strings.Join(sampleWords(t), " \u00e9-,_"))
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			if got, want := wordRunEnd(s, i), plain(s, i, &wordChar); got != want {
				t.Fatalf("wordRunEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
			if got, want := alnumRunEnd(s, i), plain(s, i, &alnum); got != want {
				t.Fatalf("alnumRunEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
			if got, want := letterRunEnd(s, i), plain(s, i, &letters); got != want {
				t.Fatalf("letterRunEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestCueWords checks that cueWords holds every word the switch of cue
// names, read from its source, and that cueIn finds for every word of the
// sample text what cueOf, which does not test cueWords, finds.
func TestCueWords(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "cues.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "cue" {
			continue
		}
		ast.Inspect(fn, func(node ast.Node) bool {
			cc, ok := node.(*ast.CaseClause)
			if !ok {
				return true
			}
			for _, e := range cc.List {
				w, err := strconv.Unquote(e.(*ast.BasicLit).Value)
				if err != nil {
					t.Fatal(err)
				}
				n++
				if !cueWords.has(w) {
					t.Errorf("cueWords lacks %q, which cue names a measure for", w)
				}
			}
			return true
		})
	}
	if n == 0 {
		t.Fatal("found no words in the switch of cue")
	}
	words := sampleWords(t)
	words = append(words, "Resource", "RESOURCES", "Term", "sheet", "Sheets", "up", "chain", "exchange", "said")
	for _, g := range cueWords.words {
		for _, w := range g {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
	}
	for i, w := range words {
		for _, next := range []string{words[(i+1)%len(words)], "of", "sheet", "up", "said", "chain", "exchange", ""} {
			gm, gk := cueIn(w, next)
			pm, pk := cueOf(w, next)
			if gm != pm || gk != pk {
				t.Errorf("cueIn(%q, %q) = %v, %v; want %v, %v", w, next, gm, gk, pm, pk)
			}
		}
	}
}

// TestWordNumberMayScan checks, at every word of the sample text that may
// start a number, that where wordNumberMay turns the word down the scanner
// would have read no quantity there.
func TestWordNumberMayScan(t *testing.T) {
	var texts []string
	for _, glob := range []string{"../../parse/testdata/pages/*.txt", "../../parse/testdata/heldout/*.txt"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	texts = append(texts, "five-year deal for five - 6 tonnes", "one to two Mt", "three and four tonnes",
		"two-~3 kg", "two to about 3 kg", "ten- 20 t", "ten\u2013twenty t", "two (3 kg)", "two to 3 (kg)")
	turned := 0
	for _, s := range texts {
		sc := scanner{s: s}
		for i := 0; i < len(s); i++ {
			if !isAlpha(s[i]) || !wordStart(s, i) || !numberWord(s[i:wordAt(s, i)]) || wordNumberMay(s, i) {
				continue
			}
			turned++
			if _, _, ok := sc.read(i); ok {
				t.Errorf("wordNumberMay turned down %q, where a quantity is read", s[i:min(i+40, len(s))])
			}
		}
	}
	if turned == 0 {
		t.Fatal("wordNumberMay turned down no word")
	}
}

// TestVerbCues checks that verbCues holds every word that readCue compares
// the word it reads with, read from its source, since readCue reads the
// context of no other word.
func TestVerbCues(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "measure.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "readCue" {
			continue
		}
		ast.Inspect(fn, func(node ast.Node) bool {
			call, ok := node.(*ast.CallExpr)
			if !ok || len(call.Args) < 2 {
				return true
			}
			if name, ok := call.Fun.(*ast.Ident); !ok || name.Name != "oneOf" && name.Name != "equalFold" {
				return true
			}
			if arg, ok := call.Args[0].(*ast.Ident); !ok || arg.Name != "w" {
				return true
			}
			for _, a := range call.Args[1:] {
				w, err := strconv.Unquote(a.(*ast.BasicLit).Value)
				if err != nil {
					t.Fatal(err)
				}
				n++
				if !verbCues.has(w) {
					t.Errorf("verbCues lacks %q, which readCue reads in context", w)
				}
			}
			return true
		})
	}
	if n == 0 {
		t.Fatal("found no words readCue compares")
	}
}
