package parse

import (
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/entity"
)

// The tests below check the relation step's shortcuts (the one-pass scan
// of a sentence's words, the cue lists that skip a cue whose words the
// sentence lacks) against plain versions written as the code was before
// them.

// triggerFilter passes the words of triggers.
var triggerFilter = func() *wordFilter {
	f := new(wordFilter)
	for w := range triggers {
		f.add(w)
	}
	return f
}()

// plainTriggerMask is triggerMask done with a map lookup per word.
func plainTriggerMask(low string) uint16 {
	var mask uint16
	for i := 0; i < len(low); {
		c := low[i]
		if c == '%' {
			mask |= trigStake
			i++
			continue
		}
		if !isLower(c) {
			if c == '\'' && i > 0 && low[i-1] == 'n' && i+1 < len(low) && low[i+1] == 't' {
				mask |= trigNeg // "n't"
			}
			i++
			continue
		}
		j := i
		for j < len(low) && (isLower(low[j]) || low[j] == '-') {
			j++
		}
		w := low[i:j]
		if i > 0 && isDigit(low[i-1]) && w == "pc" {
			mask |= trigStake
		}
		if triggerFilter.may(w) {
			mask |= triggers[w]
		}
		if plainNegationWord(w) {
			mask |= trigNeg
		}
		i = j
	}
	return mask
}

// plainNegationWord is the test of negationWords and negationPrefix in
// one function.
func plainNegationWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	switch w[0] {
	case 'n', 'r', 'f', 'c', 'w', 'd', 's', 'a':
	default:
		return false
	}
	switch w {
	case "not", "no", "ruled", "failed", "never", "called", "walked":
		return true
	}
	for _, p := range []string{"den", "rejected", "scrapped", "abandoned"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// plainCue is sentence.cue with every cue searched for.
func plainCue(low string, from int, cues ...string) (int, int, bool) {
	best, bestEnd := -1, -1
	for _, c := range cues {
		for f := from; f < len(low); {
			i := strings.Index(low[f:], c)
			if i < 0 {
				break
			}
			i += f
			e := i + len(c)
			if (i == 0 || !isWordChar(low[i-1]) || !isWordChar(c[0])) && (e == len(low) || !isWordChar(low[e]) || !isWordChar(c[len(c)-1])) {
				if best < 0 || i < best {
					best, bestEnd = i, e
				}
				break
			}
			f = i + 1
		}
	}
	return best, bestEnd, best >= 0
}

// allCueLists returns every cue list of the rules.
func allCueLists() []*cueList {
	return []*cueList{renamedFromCues, toCue, shipToCue, nameChangedToCues, fromCue, renamedItselfFromCue, wasRenamedCues,
		parentCues, itsStakeCues, holdersCues, ownedByCues, ventureOfCues, acquisitionOfCues, byCue, jointVentureCues, ventureCue,
		ventureMembersCues, formedCues, ventureWithCues, withCue, agreedCues, partneredCues, underCues, meetingCues,
		betweenCue, metCues, onCue, itsBuyerCues, formerlyCues, unitOfCues, agreeCues, buyCues, supplyCues, ownVerbCues,
		boughtVerbs, agreedTradeCues, pairWords, underTheDealCues, buysItsCues, jointlyOwnCues, termsCues, eachOwnCues, formVerbCues}
}

// relationTestTexts returns lower-cased sentences to test the shortcuts
// on: those of the sample pages, texts made of the cues and trigger words
// with bytes that end words around them, and random texts.
func relationTestTexts(t *testing.T) []string {
	var out []string
	pages, _ := samplePageTexts(t)
	for _, p := range pages {
		d := newDoc(p)
		d.layout(&article.Article{})
		low := d.lower()
		for _, s := range d.sents {
			out = append(out, low[s.a:s.b])
		}
	}
	var words []string
	for _, l := range allCueLists() {
		words = append(words, l.cues...)
	}
	for w := range triggers {
		words = append(words, w)
	}
	for _, n := range agreementNouns {
		words = append(words, n.noun)
	}
	words = append(words, negations...)
	words = append(words, negationWords...)
	glue := []string{"", " ", "x", "-", "'", ",", "1", "%", "é", "n't", "pc", "s", "ab"}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := r.Intn(6); k >= 0; k-- {
			b.WriteString(glue[r.Intn(len(glue))])
			w := words[r.Intn(len(words))]
			if r.Intn(4) == 0 {
				// A part of a cue, so that a sentence holds some of its
				// words but not all.
				i := r.Intn(len(w) + 1)
				w = w[:i] + w[i+r.Intn(len(w)-i+1):]
			}
			b.WriteString(w)
		}
		out = append(out, b.String())
	}
	for k, s := range fastPathTexts() {
		if k%4 == 0 {
			out = append(out, lowerASCII(s))
		}
	}
	return out
}

// TestScanSentence checks triggerMask against plainTriggerMask, and that
// the word sets of a sentence hold every word of a cue and of an
// agreement noun found in it.
func TestScanSentence(t *testing.T) {
	for _, low := range relationTestTexts(t) {
		mask, words := scanSentence(low)
		if want := plainTriggerMask(low); mask != want {
			t.Fatalf("triggerMask(%q) = %b, want %b", low, mask, want)
		}
		s := &sentence{low: low, words: words, scanned: true}
		for k := range agreementNouns {
			n := &agreementNouns[k]
			if s.mayHold(n) {
				continue
			}
			// The rules read a noun from after a space on.
			for p := 0; p < len(low); p++ {
				if p > 0 && isWordChar(low[p-1]) {
					continue
				}
				if _, ok := wordAt(low[p:], n.noun); ok {
					t.Fatalf("the words of %q lack those of the noun %q, found from %d", low, n.noun, p)
				}
			}
		}
		for _, l := range allCueLists() {
			for k, c := range l.cues {
				if _, _, ok := plainCue(low, 0, c); ok && !words.holds(&l.need[k]) {
					t.Fatalf("the words of %q lack those of the cue %q", low, c)
				}
			}
		}
	}
}

// TestCueLists checks sentence.cue and cueList.first, which skip the
// cues whose words a sentence lacks, against plainCue, from offsets
// throughout the sentence.
func TestCueLists(t *testing.T) {
	var at []int
	var starts wordStarts
	for n, low := range relationTestTexts(t) {
		s := &sentence{low: low}
		if n%2 == 0 {
			_, s.words = scanSentence(low)
		} else {
			// With the word starts, which bound where a cue may match.
			_, s.words = scanSentenceStarts(low, &starts)
			s.starts = &starts
		}
		s.scanned = true
		for _, l := range allCueLists() {
			// Every offset of short texts, some of long ones.
			step := 1 + len(low)/64
			for from := 0; from <= len(low)+1; from += step {
				i, e, ok := s.cue(from, l)
				wi, we, wok := plainCue(low, from, l.cues...)
				if i != wi || e != we || ok != wok {
					t.Fatalf("cue(%q, %d, %q) = %d, %d, %v, want %d, %d, %v", low, from, l.cues, i, e, ok, wi, we, wok)
				}
			}
			at = l.first(s, at)
			for k, c := range l.cues {
				want, _, _ := plainCue(low, 0, c)
				if at[k] != want {
					t.Fatalf("first(%q) of %q = %d, want %d", low, c, at[k], want)
				}
			}
		}
	}
}

// TestSentenceAround checks that the binary search of sentenceAround
// finds the sentence the plain walk over all of them does, at every
// offset of the sample pages, whose sentences are in order.
func TestSentenceAround(t *testing.T) {
	pages, _ := samplePageTexts(t)
	for _, p := range pages {
		d := newDoc(p)
		a := &article.Article{}
		d.layout(a)
		if !sortedRanges(d.sents) {
			t.Fatalf("the sentences of %.40q are not in order", p)
		}
		r := relater{d: d, a: a}
		for o := 0; o <= len(p); o++ {
			m := article.Span{Start: o, End: o + 1}
			if got, want := r.sentenceAround(m, true), r.sentenceAround(m, false); got != want {
				t.Fatalf("sentenceAround(%d) = %v, want %v", o, got, want)
			}
		}
	}
	if sortedRanges([]rng{{5, 9}, {0, 3}}) || sortedRanges([]rng{{0, 5}, {3, 9}}) || sortedRanges([]rng{{3, 1}}) {
		t.Error("sortedRanges passes ranges out of order")
	}
}

// TestEntityIndex checks entityIndex.find against a map of the ids, for
// ids in the entity step's order and not.
func TestEntityIndex(t *testing.T) {
	lists := [][]string{
		{}, {"e1"}, {"e1", "e2", "e3"}, {"e2", "e1"}, {"e1", "e1"}, {"e1", "x", "e3"}, {"e01", "e2"},
	}
	var many []string
	for n := 1; n <= 300; n++ {
		many = append(many, "e"+itoa(n))
	}
	lists = append(lists, many)
	probes := []string{"", "e", "e0", "e00", "e01", "e1", "e2", "e3", "e4", "x", "e1x", "E1", "e-1", "e300", "e301", "e99999999999"}
	for _, ids := range lists {
		var ents []article.Entity
		want := map[string]int{}
		for i, id := range ids {
			ents = append(ents, article.Entity{ID: id})
			want[id] = i
		}
		x := newEntityIndex(ents)
		for _, id := range append(probes, ids...) {
			i, ok := x.find(id)
			wi, wok := want[id]
			if i != wi || ok != wok {
				t.Errorf("ids %q: find(%q) = %d, %v, want %d, %v", ids, id, i, ok, wi, wok)
			}
		}
	}
}

// plainAssemble is assemble with the first mention found by a walk over
// the mentions and the ids renumbered through a map.
func plainAssemble(a *article.Article) {
	if len(a.Entities) == 0 {
		return
	}
	first := func(e article.Entity) int {
		m := -1
		for _, s := range e.Mentions {
			if m < 0 || s.Start < m {
				m = s.Start
			}
		}
		if m < 0 {
			return int(^uint(0) >> 1)
		}
		return m
	}
	for i := range a.Entities {
		slices.SortFunc(a.Entities[i].Mentions, func(x, y article.Span) int {
			if x.Start != y.Start {
				return x.Start - y.Start
			}
			return x.End - y.End
		})
	}
	slices.SortStableFunc(a.Entities, func(x, y article.Entity) int { return first(x) - first(y) })
	ids := make(map[string]string, len(a.Entities))
	for i := range a.Entities {
		id := "e" + itoa(i+1)
		ids[a.Entities[i].ID] = id
		a.Entities[i].ID = id
	}
	re := func(id *string) {
		if *id != "" {
			*id = ids[*id]
		}
	}
	for i := range a.Entities {
		for j := range a.Entities[i].Roles {
			re(&a.Entities[i].Roles[j].Org)
		}
	}
	for i := range a.Listings {
		re(&a.Listings[i].Entity)
	}
	for i := range a.Quantities {
		re(&a.Quantities[i].Holder)
		re(&a.Quantities[i].Source)
	}
	for i := range a.Relations {
		re(&a.Relations[i].Subject)
		re(&a.Relations[i].Object)
	}
}

// TestAssemble checks assemble against plainAssemble on the sample pages
// read up to the relations, with their ids as the entity step makes
// them, out of order, and referring to no entity.
func TestAssemble(t *testing.T) {
	pages, _ := samplePageTexts(t)
	r := rand.New(rand.NewSource(1))
	for _, p := range pages {
		d := newDoc(p)
		var a article.Article
		d.layout(&a)
		d.listings(&a)
		d.entities(&a, nil)
		d.quantities(&a)
		d.relations(&a)
		for round := 0; round < 4; round++ {
			b := cloneArticle(&a)
			switch round {
			case 1:
				// Ids out of order.
				r.Shuffle(len(b.Entities), func(i, j int) { b.Entities[i], b.Entities[j] = b.Entities[j], b.Entities[i] })
			case 2:
				// References to no entity, and to numbers past the last.
				for i := range b.Relations {
					b.Relations[i].Subject = []string{"e0", "e01", "x", "e999", "e" + itoa(len(b.Entities)+1)}[i%5]
				}
			case 3:
				// Entities with the same first mention, and none.
				for i := range b.Entities {
					if i%3 == 0 {
						b.Entities[i].Mentions = nil
					} else if i%3 == 1 && len(b.Entities[i].Mentions) > 0 {
						b.Entities[i].Mentions[0] = article.Span{Start: 5, End: 9}
					}
				}
			}
			want := cloneArticle(&b)
			plainAssemble(&want)
			assemble(&b)
			if !reflect.DeepEqual(want, b) {
				t.Fatalf("round %d of %.40q: assemble differs from plainAssemble:\n%+v\nwant\n%+v", round, p, b, want)
			}
		}
	}
}

// cloneArticle copies the parts of a that assemble changes.
func cloneArticle(a *article.Article) article.Article {
	b := *a
	b.Entities = slices.Clone(a.Entities)
	for i := range b.Entities {
		b.Entities[i].Mentions = slices.Clone(b.Entities[i].Mentions)
		b.Entities[i].Roles = slices.Clone(b.Entities[i].Roles)
	}
	b.Listings = slices.Clone(a.Listings)
	b.Quantities = slices.Clone(a.Quantities)
	b.Relations = slices.Clone(a.Relations)
	return b
}

// TestQuantityIn checks that quantityIn, which finds by binary search
// where the quantities of a sentence start, ties a relation to the
// quantity that a walk over all of them does: on the sample pages, and
// with quantities that cross a sentence's ends or are empty.
func TestQuantityIn(t *testing.T) {
	pages, _ := samplePageTexts(t)
	for _, p := range pages {
		d := newDoc(p)
		var a article.Article
		d.layout(&a)
		d.listings(&a)
		d.entities(&a, nil)
		d.quantities(&a)
		if !quantitiesInOrder(a.Quantities) {
			t.Fatalf("the quantities of %.40q are not in order", p)
		}
		whole := article.Quantity{Span: article.Span{Start: 0, End: len(p)}}
		crossing, empty, all := []article.Quantity{whole}, []article.Quantity{whole}, []article.Quantity{whole}
		for _, sr := range d.sents {
			st, en := d.v.span(sr.a, sr.b)
			c := article.Quantity{Span: article.Span{Start: en - 1, End: en + 3}}
			e := article.Quantity{Span: article.Span{Start: en, End: en}}
			crossing = append(crossing, c)
			empty = append(empty, c, e)
			all = append(all, c, e, article.Quantity{Span: article.Span{Start: st, End: st + 1}})
		}
		for _, qs := range [][]article.Quantity{crossing, empty, all} {
			slices.SortStableFunc(qs, func(x, y article.Quantity) int { return x.Span.Start - y.Span.Start })
		}
		reversed := slices.Clone(all)
		slices.Reverse(reversed)
		for k, qs := range [][]article.Quantity{a.Quantities, crossing, empty, all, reversed} {
			a.Quantities = qs
			order := int8(1)
			if k == 4 {
				order = -1
			}
			for _, sr := range d.sents {
				s := &sentence{a: sr.a, b: sr.b}
				var got, want article.Relation
				fast := relater{d: d, a: &a}
				fast.quantityIn(s, &got)
				plain := relater{d: d, a: &a, quantOrder: -1}
				plain.quantityIn(s, &want)
				if fast.quantOrder != order || got != want {
					t.Fatalf("quantityIn of the sentence at %v of %.40q: %d, %v, want %d, %v", sr, p, got.Quantity, got.HasQuantity, want.Quantity, want.HasQuantity)
				}
			}
		}
	}
}

// TestMentionShortcuts checks orgRightBefore, firstOrg, antecedent,
// listFrom and gapWithoutCountries, which start by binary search or from
// the first organisation of a sentence, against walks over all the
// mentions, at every offset and between every two mentions of every
// sentence of the sample pages.
func TestMentionShortcuts(t *testing.T) {
	pages, _ := samplePageTexts(t)
	for _, p := range pages {
		d := newDoc(p)
		var a article.Article
		d.layout(&a)
		d.listings(&a)
		d.entities(&a, nil)
		all := d.mentions(&a)
		r := &relater{d: d, a: &a, nonEmpty: true}
		for _, m := range all {
			r.nonEmpty = r.nonEmpty && m.b > m.a
		}
		if !r.nonEmpty {
			t.Fatalf("%.40q has an empty mention", p)
		}
		var prev *sentence
		k := 0
		low := d.lower()
		for _, sr := range d.sents {
			for k < len(all) && all[k].a < sr.a {
				k++
			}
			j := k
			for j < len(all) && all[j].b <= sr.b {
				j++
			}
			s := &sentence{a: sr.a, b: sr.b, low: low[sr.a:sr.b], ms: all[k:j], prev: prev}
			prev, k = s, j
			for i := -1; i <= len(s.low); i++ {
				for _, gap := range []int{1, 2, 3} {
					m, ok := r.orgRightBefore(s, i, gap)
					wm, wok := plainOrgRightBefore(r, s, i, gap)
					if m != wm || ok != wok {
						t.Fatalf("orgRightBefore(%q, %d, %d) = %v, %v, want %v, %v", s.low, i, gap, m, ok, wm, wok)
					}
				}
				m, ok := r.firstOrg(s, i)
				wm, wok := plainFirstOrg(r, s, i)
				if m != wm || ok != wok {
					t.Fatalf("firstOrg(%q, %d) = %v, %v, want %v, %v", s.low, i, m, ok, wm, wok)
				}
			}
			for x, mx := range s.ms {
				if got, want := r.listFrom(s, mx), plainListFrom(r, s, mx); !slices.Equal(got, want) {
					t.Fatalf("listFrom(%q, %v) = %v, want %v", s.low, mx, got, want)
				}
				for _, my := range s.ms[x+1:] {
					if got, want := r.gapWithoutCountries(s, mx.b, my.a), plainGapWithoutCountries(r, s, mx.b, my.a); got != want {
						t.Fatalf("gapWithoutCountries(%q, %d, %d) = %q, want %q", s.low, mx.b, my.a, got, want)
					}
				}
			}
			m, ok := r.antecedent(s)
			wm, wok := plainAntecedent(r, s)
			if m != wm || ok != wok {
				t.Fatalf("antecedent(%q) = %v, %v, want %v, %v", s.low, m, ok, wm, wok)
			}
		}
	}
}

// plainOrgRightBefore is orgRightBefore walking from the last mention.
func plainOrgRightBefore(r *relater, s *sentence, i, gap int) (ment, bool) {
	for k := len(s.ms) - 1; k >= 0; k-- {
		m := s.ms[k]
		if m.b > s.at(i) {
			continue
		}
		if m.b < s.at(i-gap) {
			break
		}
		if strings.ContainsAny(r.d.v.s[m.b:s.at(i)], ".;:()") {
			return ment{}, false
		}
		if r.isOrg(m) {
			return m, true
		}
		return ment{}, false
	}
	return ment{}, false
}

// plainFirstOrg is firstOrg walking from the first mention.
func plainFirstOrg(r *relater, s *sentence, i int) (ment, bool) {
	for _, m := range s.ms {
		if m.a >= s.at(i) {
			break
		}
		if m.b <= s.at(i) && r.isOrg(m) {
			return m, true
		}
	}
	return ment{}, false
}

// plainAntecedent is antecedent with the organisations of each sentence
// listed.
func plainAntecedent(r *relater, s *sentence) (ment, bool) {
	p := s.prev
	for n := 0; n < lookBack && p != nil; n++ {
		if po := r.orgsIn(p, 0, len(p.low)); len(po) > 0 {
			return po[0], true
		}
		p = p.prev
	}
	return ment{}, false
}

// plainListFrom is listFrom walking from the sentence's first mention.
func plainListFrom(r *relater, s *sentence, first ment) []ment {
	out := []ment{first}
	last := first
	for _, m := range s.ms {
		if m.a < last.b || m.e == last.e {
			continue
		}
		if r.kindOf(m) == entity.KindCountry {
			continue
		}
		gap := r.d.v.s[last.b:m.a]
		g := strings.TrimSpace(gap)
		if !r.isOrg(m) || !(g == "," || g == "and" || g == ", and" || strings.HasPrefix(g, "and ") && len(g) < 40 && !strings.ContainsAny(g, ",.;")) {
			break
		}
		out = append(out, m)
		last = m
	}
	return out
}

// plainGapWithoutCountries is gapWithoutCountries walking over all the
// sentence's mentions.
func plainGapWithoutCountries(r *relater, s *sentence, a, b int) string {
	gap := r.d.v.s[a:b]
	for _, m := range s.ms {
		if m.a >= a && m.b <= b && r.kindOf(m) == entity.KindCountry {
			rest := strings.TrimPrefix(r.d.v.s[m.b:b], "'s")
			return strings.TrimSpace(r.d.v.s[a:m.a]) + " " + strings.TrimSpace(rest)
		}
	}
	return gap
}

// plainFind is sentence.find reading every byte from from on.
func plainFind(low string, from int, c string) int {
	i, _, _ := plainCue(low, from, c)
	return i
}

// findTestCues returns strings to look for: the cues, the trigger words
// and agreement nouns, and strings that begin or end inside a word or
// with bytes other than letters.
func findTestCues() []string {
	var out []string
	for _, l := range allCueLists() {
		out = append(out, l.cues...)
	}
	for w := range triggers {
		out = append(out, w, " "+w+" ", w+"s")
	}
	for _, n := range agreementNouns {
		out = append(out, n.noun)
	}
	out = append(out, negations...)
	out = append(out, "known until ", " from ", "under which ", "joint venture", ", including ", "its ",
		"a", "s ", "'s", "-owned", "1%", "é", ",", " ", "n't", "x-y", "--", "pc", "per cent", "co-")
	return out
}

// TestFindByStarts checks that sentence.find, which starts where the
// first word of what it looks for first occurs, finds what plainFind
// does, from offsets throughout the sentence.
func TestFindByStarts(t *testing.T) {
	var starts wordStarts
	cues := findTestCues()
	for _, low := range relationTestTexts(t) {
		checkFindByStarts(t, low, cues, &starts)
	}
}

// checkFindByStarts checks sentence.find on low against plainFind.
func checkFindByStarts(t *testing.T, low string, cues []string, starts *wordStarts) {
	t.Helper()
	s := &sentence{low: low, scanned: true, starts: starts}
	_, s.words = scanSentenceStarts(low, starts)
	step := 1 + len(low)/16
	for _, c := range cues {
		for from := 0; from <= len(low)+1; from += step {
			if got, want := s.find(from, c), plainFind(low, from, c); got != want {
				t.Fatalf("find(%q, %d, %q) = %d, want %d", low, from, c, got, want)
			}
		}
	}
}

// FuzzFindByStarts checks sentence.find against plainFind on any text.
func FuzzFindByStarts(f *testing.F) {
	f.Add("kora signed a supply deal with hanra, which buys its ore", "supply ")
	f.Add("x-supply-deal 5buys buys, imported ", "buys ")
	f.Add("its own, its stake in y", "its stake in ")
	f.Fuzz(func(t *testing.T, low, c string) {
		var starts wordStarts
		low = lowerASCII(low)
		cues := findTestCues()
		if c != "" { // the rules look for no empty string
			cues = append(cues, lowerASCII(c))
		}
		checkFindByStarts(t, low, cues, &starts)
	})
}

// BenchmarkScanSentence times the one-pass scan of the words of every
// sentence of the sample pages.
func BenchmarkScanSentence(b *testing.B) {
	var sents []string
	pages, _ := samplePageTexts(b)
	for _, p := range pages {
		d := newDoc(p)
		d.layout(&article.Article{})
		low := d.lower()
		for _, s := range d.sents {
			sents = append(sents, low[s.a:s.b])
		}
	}
	var starts wordStarts
	for b.Loop() {
		for _, s := range sents {
			scanSentenceStarts(s, &starts)
		}
	}
}
