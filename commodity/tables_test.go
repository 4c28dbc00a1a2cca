package commodity

import (
	"strings"
	"testing"
)

// TestUnitWordsTable checks that every phrase of unitWords fits the limits
// MatchUnitWord scans within and reads back as its own entry, so no entry
// is shadowed by another.
func TestUnitWordsTable(t *testing.T) {
	for _, uw := range unitWords {
		words := strings.Split(uw.phrase, " ")
		if len(words) > maxUnitPhrase {
			t.Errorf("%q has more than %d words", uw.phrase, maxUnitPhrase)
		}
		for _, w := range words {
			if len(w) > maxUnitToken || w == "" {
				t.Errorf("%q: word %q is empty or longer than %d bytes", uw.phrase, w, maxUnitToken)
			}
			for i := 0; i < len(w); i++ {
				if !isUnitChar(w[i]) {
					t.Errorf("%q: byte %q is not a unit character", uw.phrase, w[i])
				}
			}
		}
		if uw.exp < minScale || uw.exp > maxScale {
			t.Errorf("%q: scale 10^%d outside the table of scales", uw.phrase, uw.exp)
		}
		got, ok := LookupUnitWord(uw.phrase)
		if !ok || got.Unit != uw.unit || got.Per != uw.per || got.Scale.Exponent() != uw.exp {
			t.Errorf("LookupUnitWord(%q) = %v, %v; want its own entry", uw.phrase, got, ok)
		}
	}
}

// TestCatalogueTable checks the catalogue's ids, names and synonyms.
func TestCatalogueTable(t *testing.T) {
	seen := map[string]Commodity{}
	for c := RareEarths; c.valid(); c++ {
		e := catalogue[c]
		if e.id == "" || e.name == "" || len(e.fold)+len(e.exact) == 0 {
			t.Errorf("entry %d is incomplete: %+v", c, e)
		}
		for _, s := range append(append([]string{e.id, e.name}, e.fold...), e.exact...) {
			if s != strings.TrimSpace(s) || strings.Contains(s, "  ") {
				t.Errorf("%s: synonym %q has stray spaces", e.id, s)
			}
			for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
				if len(w) > maxKeyWord {
					t.Errorf("%s: word %q is longer than Match reads", e.id, w)
				}
			}
			if d, ok := seen[strings.ToLower(s)]; ok && d != c {
				t.Errorf("synonym %q is in both %s and %s", s, d, c)
			}
			seen[strings.ToLower(s)] = c
		}
	}
	if int(Other) != len(catalogue)-1 {
		t.Errorf("Other is %d, catalogue has %d entries", Other, len(catalogue))
	}
}

// TestMatchUnitWordFirstLens checks that the test of the length of the
// first word in MatchUnitWord turns down no text that the comparison of
// phrases reads: on every phrase of unitWords, in other letter case, with
// a rate or more words after it, cut short, and on every suffix of some
// news text.
func TestMatchUnitWordFirstLens(t *testing.T) {
	plain := func(s string) (UnitWord, int, bool) {
		if s == "" {
			return UnitWord{}, 0, false
		}
		if w, n, ok := matchSymbolUnit(s); ok {
			return w, n, true
		}
		return matchUnitWords(s)
	}
	var probes []string
	for _, uw := range unitWords {
		p := uw.phrase
		for _, v := range []string{p, strings.ToUpper(p), strings.ReplaceAll(p, " ", "-"), p + "/yr", p + "/t", p + " of ore", p + "s", p[:len(p)-1], "x" + p} {
			probes = append(probes, v, v+".", v+" a year")
		}
	}
	text := "Output rose to 5,000 tonnes/yr from 3 Mt/y, or 40 kt per annum; grades of 2 g/t and 6 tonnes-per-day " +
		"with 12 short tons, 3 metric tonnes, 4 dry metric tons, 5 lbs, 6 Mlbs, 7 troy ounces and 8 koz of gold " +
		"at 9 deadweight-tonnes and a 10 dwt ship; 11 kiloton(ne)s, 12 t/yr. short_ton long_ton oz_t \u00b5g k.g. //t tonnes/"
	for i := range text {
		probes = append(probes, text[i:])
	}
	for _, s := range probes {
		w, n, ok := MatchUnitWord(s)
		pw, pn, pok := plain(s)
		if ok != pok || n != pn || ok && (w.Unit != pw.Unit || w.Per != pw.Per || !w.Scale.Equal(pw.Scale)) {
			t.Errorf("MatchUnitWord(%q) = %v, %d, %v; the phrases read %v, %d, %v", s, w, n, ok, pw, pn, pok)
		}
	}
}

// TestMatchParts checks that Match, which puts the words in normal form
// once, finds what comparing them with each key as key.matchAt does finds:
// on every name of the catalogue in other letter case, number and
// hyphenation, with other words after it, and on some news text.
func TestMatchParts(t *testing.T) {
	for _, keys := range index {
		for _, k := range keys {
			if len(k.words) > maxKeyWords {
				t.Fatalf("%q has more than maxKeyWords words", k.words)
			}
		}
	}
	plain := func(words []string) (Commodity, int, bool) {
		if len(words) == 0 {
			return 0, 0, false
		}
		first, _, _ := strings.Cut(words[0], "-")
		var buf [maxKeyWord]byte
		k, fits := normWord(&buf, first)
		if !fits || k == 0 {
			return 0, 0, false
		}
		return matchKeys(index[string(buf[:k])], words, false)
	}
	var texts [][]string
	for c := RareEarths; c.valid(); c++ {
		e := catalogue[c]
		for _, name := range append(append([]string{e.id, e.name}, e.fold...), e.exact...) {
			for _, v := range []string{name, strings.ToLower(name), strings.ToUpper(name), name + "s",
				strings.ReplaceAll(name, " ", "-"), strings.ReplaceAll(name, "-", " "), name + "-", "-" + name} {
				w := strings.Fields(v)
				texts = append(texts, w, append(w, "prices", "rose"), append(w, "oxide", "concentrate"),
					w[:len(w)-1], append([]string{w[0] + "-" + w[0]}, w[1:]...))
			}
		}
	}
	news := strings.Fields("Output of rare earth oxide and rare-earths rose as iron ore fines, NdPr oxide, " +
		"lithium hydroxide monohydrate, spodumene concentrate SC6, crude oil, LNG, liquefied natural gas and " +
		"thermal coal shipments grew; lead-zinc concentrates, pig iron, hot-briquetted iron, a " +
		strings.Repeat("very-long-hyphenated-", 12) + "word and nickel--cobalt.")
	for i := range news {
		texts = append(texts, news[i:min(i+6, len(news))])
	}
	n := 0
	for _, words := range texts {
		c, k, ok := Match(words)
		pc, pk, pok := plain(words)
		if c != pc || k != pk || ok != pok {
			t.Errorf("Match(%q) = %v, %d, %v; comparing each key finds %v, %d, %v", words, c, k, ok, pc, pk, pok)
		}
		if ok {
			n++
		}
	}
	if n == 0 {
		t.Fatal("Match found no name")
	}
}
