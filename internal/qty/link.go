package qty

import (
	"math/bits"
	"sort"
	"strings"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/entity"
)

// A Context carries what the sentences already linked said, for the
// quantities of later sentences that do not say it themselves: the last
// commodity named and the last measure found. Link one text's sentences
// in order with one Context. The zero Context is ready to use; a Context
// must not be shared by goroutines.
type Context struct {
	com      commodity.Commodity // the last commodity named
	form     Span
	weak     commodity.Commodity // the last commodity named only loosely ("Hyundai Steel")
	weakForm Span
	measure  commodity.Measure // the measure of the last quantity
	// measureCom is the commodity of the quantity that gave measure.
	measureCom commodity.Commodity

	// said are the last figures given a measure, for a figure that
	// restates one of them with no measure word of its own; ns counts
	// them, and only the last len(said) are kept.
	said [8]saidFigure
	ns   int

	// pending are the sentences passed since the last one that named a
	// commodity, oldest first; np counts them, and only the last
	// len(pending) are kept. since counts the sentences passed since the
	// last one linked.
	pending [8]Span
	np      int
	since   int

	// Scratch space, reused from sentence to sentence: one set for the
	// sentence linked, one for earlier sentences read on demand.
	cur, side scratch
}

// saidFigure is a figure linked with a measure: its amount, the upper
// end of a range, and the measure.
type saidFigure struct {
	lo, hi  commodity.Tonnage
	measure commodity.Measure
}

// remember keeps the measure of q for a later figure that restates it.
func (c *Context) remember(q *Quantity) {
	if q.Measure == 0 || q.Lo.Vague || q.Lo.Tonnage.Unit() == commodity.DeadweightTonne {
		return
	}
	c.said[c.ns%len(c.said)] = saidFigure{q.Lo.Tonnage, q.Hi.Tonnage, q.Measure}
	c.ns++
}

// restated returns the measure of the last figure of the same mass as q,
// in whatever unit it was written: "45,000 tonnes is a lot for a first
// plant" after "a capacity of 45kt a year". It is 0 for none.
func (c *Context) restated(q *Quantity) commodity.Measure {
	if q.Lo.Vague {
		return 0
	}
	for i := 1; i <= min(c.ns, len(c.said)); i++ {
		f := c.said[(c.ns-i)%len(c.said)]
		if sameMass(f.lo, q.Lo.Tonnage) && sameMass(f.hi, q.Hi.Tonnage) {
			return f.measure
		}
	}
	return 0
}

// sameMass reports whether a and b weigh the same, as a.Tonnes() and
// b.Tonnes() being equal does; two amounts in one unit are compared as
// written, which spares the two products (and their allocations) that
// the tonnes cost.
func sameMass(a, b commodity.Tonnage) bool {
	if a.Unit() == b.Unit() {
		return a.Value().Equal(b.Value())
	}
	return a.Tonnes().Equal(b.Tonnes())
}

// scratch holds the slices one sentence is read into.
type scratch struct {
	toks []tok
	ms   []mention
}

// Commodity returns the commodity the text has named last, as the
// figures of the next sentences take it when they name none; zero when
// it has named none.
func (c *Context) Commodity() commodity.Commodity { return c.com }

// Reset makes c ready for another text, as a zero Context is, keeping
// the memory of its scratch space.
func (c *Context) Reset() {
	cur, side := c.cur.reset(), c.side.reset()
	*c = Context{cur: cur, side: side}
}

// reset empties s, keeping its memory, and drops its references to text.
func (s scratch) reset() scratch {
	return scratch{toks: s.toks[:0], ms: s.ms[:0]}
}

// Pass tells c of a sentence that holds no quantity, so that a later
// quantity may take its commodity from it: "POSCO finished building an
// electrical steel plant. With a capacity of 150,000 tons a year, ...".
// It costs nothing until a later quantity needs it.
func (c *Context) Pass(sent Span) {
	c.pending[c.np%len(c.pending)] = sent
	c.np++
	c.since++
}

// tok is one word of the sentence being linked.
type tok struct {
	a, b int  // the word, without a possessive "'s"
	seg  int  // the clause: words apart by a comma, colon, bracket or dash differ
	sep  byte // the punctuation before the word that opened its clause; 0 for none
	poss bool // the word ends in a possessive ("Japan's", "Resources'")
	num  bool // the word is a number
	// name is set when the word may start the name of a commodity, as
	// [mayName] tells, found as the word is read so that mentions passes
	// over the others without reading them.
	name bool
	// rate keeps what [linker.rateWordsAt] found at the word, which the
	// figures of a sentence ask for again and again: 1 + the period, or 0
	// before it is known. cueK and cueM keep what [linker.cueAt] found
	// there: 1 + the kind, or 0 before it is known, and the measure.
	rate uint8
	cueK cueKind
	cueM commodity.Measure
	q    int // 1 + the index of the quantity whose span holds the word; 0 for none
}

// maxReach is the most words the linker looks away from a figure for its
// commodity, measure or period, so that its work stays linear in a long
// sentence.
const maxReach = 60

// mention is a commodity named in the sentence.
type mention struct {
	k, n int // first word and number of words
	c    commodity.Commodity
	// weak is set for a loose name ("ore", "pellets") and for a word of a
	// proper name ("Hyundai Steel", "Taiwan Cement"). name is set for the
	// latter, which says nothing of the figures of its own sentence and
	// is kept only as a last hint for later ones.
	weak, name bool
}

// linker is the state of one Link call.
type linker struct {
	text    string
	sent    Span
	qs      []Quantity
	ctx     *Context
	buf     *scratch
	toks    []tok
	ms      []mention
	early   found // what earlier sentences name, once read
	earlyOK bool
	// ownCom is set while the measure of a figure that names its own
	// commodity is chosen.
	ownCom bool
	// title is set for a sentence in title case (a headline), where
	// capitals do not mark names.
	title bool
	// exports is 1 when the sentence names exports, which a shipment or
	// delivery in it then is; -1 when it does not, 0 before it is known.
	exports int8
	// deal is 1 when the sentence speaks of a supply deal, which a sale or
	// shipment in it then is part of; -1 when it does not, 0 unknown.
	deal int8
}

// Link ties each quantity of qs to what it measures. sent is the sentence
// of text the quantities were found in, and their spans are offsets into
// text: the spans [Scan] gives for the sentence, moved by sent.Start with
// [Quantity.Shift]. It sets Commodity and Form, Measure, Period, and Per
// where the sentence states a rate away from the figure ("an annual
// capacity of 43,000 tons"); and for an amount in ounces of a precious
// metal it makes the ounces troy ounces. A quantity outside sent is left
// as it is. ctx carries what earlier sentences said and is updated for the
// next; it may be nil for a sentence read alone.
func Link(text string, sent Span, qs []Quantity, ctx *Context) {
	if ctx == nil {
		ctx = new(Context)
	}
	sent.End = min(max(sent.End, 0), len(text))
	sent.Start = min(max(sent.Start, 0), sent.End)
	l := linker{text: text, sent: sent, qs: qs, ctx: ctx, buf: &ctx.cur}
	l.read()
	var prev commodity.Measure
	var prevCom commodity.Commodity
	lastCom, lastForm := commodity.Commodity(0), Span{}
	k := 0
	for i := range qs {
		q := &qs[i]
		for k < len(l.toks) && l.toks[k].q != i+1 {
			k++
		}
		k0 := k
		for k < len(l.toks) && l.toks[k].q == i+1 {
			k++
		}
		k1 := k
		if k0 == k1 {
			k = 0
			continue // not in the sentence
		}
		c, form, own := commodity.Commodity(0), Span{}, false
		if q.Lo.Tonnage.Unit() != commodity.DeadweightTonne {
			c, form, own = l.commodityFor(k0, k1)
		}
		q.Commodity, q.Form = c, form
		if own {
			lastCom, lastForm = c, form
		}
		if c.IsPreciousMetal() {
			q.Lo.Tonnage = troy(q.Lo.Tonnage)
			q.Hi.Tonnage = troy(q.Hi.Tonnage)
		}
		l.ownCom = own
		m, cueTok, run := l.measureFor(q, k0, k1, prev)
		if q.Per == 0 {
			q.Per = l.perFor(k0, k1, cueTok, run)
		}
		if cueTok >= 0 && q.Per != 0 {
			if _, kind := l.cueAt(cueTok); kind == cueProcess {
				// Processing at a rate is what the plant can take: "a
				// mill that treats 3 Mt of ore a year", "a throughput of
				// 12 Mt a year".
				m = commodity.Capacity
			}
		}
		q.Measure = m
		if m != 0 && q.Lo.Tonnage.Unit() != commodity.DeadweightTonne {
			prev, prevCom = m, q.Commodity
		}
		q.Period = l.periodFor(k0, k1, cueTok)
		ctx.remember(q)
	}
	l.sharePer()
	// What the next sentences inherit: the commodity of the last quantity
	// that named its own, else the one this sentence is about, else what
	// the sentences passed before it named. Those are read only if a
	// figure needed them; else they stay pending for a later sentence.
	com, form, weak, weakForm := l.topic()
	if lastCom != 0 {
		com, form = lastCom, lastForm
	}
	if l.earlyOK {
		if com == 0 {
			com, form = l.early.com, l.early.form
		}
		if weak == 0 {
			weak, weakForm = l.early.weak, l.early.weakForm
		}
	}
	if com != 0 {
		ctx.com, ctx.form = com, form
	}
	if weak != 0 {
		ctx.weak, ctx.weakForm = weak, weakForm
	}
	if prev != 0 {
		ctx.measure, ctx.measureCom = prev, prevCom
	}
	if com != 0 || l.earlyOK {
		ctx.np = 0
	}
	ctx.since = 0
	ctx.cur.toks, ctx.cur.ms = l.toks[:0], l.ms[:0]
}

// found is what earlier sentences name: a commodity firmly and loosely,
// and a measure.
type found struct {
	com, weak      commodity.Commodity
	form, weakForm Span
	measure        commodity.Measure
}

// topic returns the commodity the sentence is about, the first it names
// firmly ("... double lithium hydroxide capacity, betting that carmakers
// will pay more for battery chemicals"), and the first it names loosely.
func (l *linker) topic() (com commodity.Commodity, form Span, weak commodity.Commodity, weakForm Span) {
	for j := 0; j < len(l.ms) && (com == 0 || weak == 0); j++ {
		m := l.ms[j]
		if !m.weak && com == 0 {
			com, form = m.c, l.span(m.k, m.k+m.n)
		}
		if m.weak && weak == 0 {
			weak, weakForm = m.c, l.span(m.k, m.k+m.n)
		}
	}
	return com, form, weak, weakForm
}

// earlier returns what the sentences passed since the last one linked
// name, the nearest first; it reads them once per Link.
func (l *linker) earlier() found {
	if l.earlyOK {
		return l.early
	}
	l.earlyOK = true
	n := min(l.ctx.np, len(l.ctx.pending))
	for i := 1; i <= n && (l.early.com == 0 || l.early.weak == 0 || l.early.measure == 0); i++ {
		sent := l.ctx.pending[(l.ctx.np-i)%len(l.ctx.pending)]
		side := linker{text: l.text, sent: sent, ctx: l.ctx, buf: &l.ctx.side}
		side.prepare()
		side.tokenize()
		// The commodities the sentence names are read only while one is
		// still wanted.
		if l.early.com == 0 || l.early.weak == 0 {
			side.mentions()
			com, form, weak, weakForm := side.topic()
			if l.early.com == 0 {
				l.early.com, l.early.form = com, form
			}
			if l.early.weak == 0 {
				l.early.weak, l.early.weakForm = weak, weakForm
			}
		}
		for k := len(side.toks) - 1; k >= 0 && l.early.measure == 0; k-- {
			if m, kind := cueIn(side.word(k), side.word(k+1)); kind == cueMeasure || kind == cueSell {
				l.early.measure = m
			}
		}
		l.ctx.side.toks = side.toks[:0]
		if side.ms != nil {
			l.ctx.side.ms = side.ms[:0]
		}
	}
	return l.early
}

// read splits the sentence into words and finds the commodities it names.
func (l *linker) read() {
	l.prepare()
	l.tokenize()
	l.mentions()
}

// prepare makes room in the scratch space for the words of most
// sentences, so that it rarely grows.
func (l *linker) prepare() {
	if l.buf.toks == nil {
		l.buf.toks = make([]tok, 0, 96)
		l.buf.ms = make([]mention, 0, 16)
	}
}

// sharePer gives a figure without a rate the rate of the figure it is
// compared with in its clause: "to 45,000 tonnes a year from 15,000
// tonnes", "from 1,950 tons in 2014 to 5,274 tons a year".
func (l *linker) sharePer() {
	for i := 1; i < len(l.qs); i++ {
		a, b := &l.qs[i-1], &l.qs[i]
		if (a.Per == 0) == (b.Per == 0) || !l.compared(a.Span.End, b.Span.Start) {
			continue
		}
		if a.Per == 0 {
			a.Per = b.Per
		} else {
			b.Per = a.Per
		}
	}
}

// compared reports whether the text between two figures, from a to b,
// only compares them: "from", "to", "versus", "compared with", a year.
func (l *linker) compared(a, b int) bool {
	n := 0
	for i := a; i < b; i++ {
		c := l.text[i]
		switch {
		case isSpace(c):
		case isAlpha(c) || isDigit(c):
			j := i
			for j < b && (isAlpha(l.text[j]) || isDigit(l.text[j])) {
				j++
			}
			w := l.text[i:j]
			if !oneOf(w, "from", "to", "versus", "vs", "against", "compared", "with", "in", "up", "down") && !isYearTok(w) {
				return false
			}
			n++
			i = j - 1
		default:
			return false
		}
	}
	return n > 0 && n <= 4
}

// troy makes an amount in avoirdupois ounces one in troy ounces, as
// precious metals are weighed.
func troy(t commodity.Tonnage) commodity.Tonnage {
	if t.Unit() != commodity.Ounce {
		return t
	}
	return commodity.NewTonnage(t.Value(), commodity.TroyOunce)
}

// word returns the text of word k.
func (l *linker) word(k int) string {
	if k < 0 || k >= len(l.toks) {
		return ""
	}
	return l.text[l.toks[k].a:l.toks[k].b]
}

// span returns the span of words [k0, k1).
func (l *linker) span(k0, k1 int) Span { return Span{l.toks[k0].a, l.toks[k1-1].b} }

// tokenize splits the sentence into words and clauses.
func (l *linker) tokenize() {
	s, end := l.text[:l.sent.End], l.sent.End // nothing past the sentence is read
	toks := l.buf.toks[:0]
	seg := 0
	var sep byte
	qi := 0              // the next quantity whose span may hold i
	alpha, upper := 0, 0 // the words that are not numbers, and those of them in capitals
	for i := l.sent.Start; i < end; {
		c := s[i]
		if c == ' ' {
			i++ // the commonest byte, which ends no word nor clause
			continue
		}
		if !alnum[c] {
			for qi < len(l.qs) && l.qs[qi].Span.End <= i {
				qi++
			}
			if qi < len(l.qs) && l.qs[qi].Span.Start <= i {
				i++ // brackets and dashes inside a quantity part no clauses
				continue
			}
		} else {
			j := i + 1
			hyphen := -1 // the first hyphen inside the word
			for {
				// Most words end within eight bytes, which are tested
				// here rather than in a call.
				if j+8 <= end {
					if m := ^alnumBytes(load8(s, j)) & highBits; m != 0 {
						j += bits.TrailingZeros64(m) / 8
					} else {
						j = alnumRunEnd(s, j+8)
					}
				} else {
					j = alnumRunEnd(s, j)
				}
				if j >= end {
					break
				}
				d := s[j]
				if j+1 < end && (isAlpha(s[j+1]) || isDigit(s[j+1])) &&
					(d == '-' || d == '&' || d == '.' && isAlpha(s[j-1]) && isAlpha(s[j+1]) && j-i <= 3 ||
						(d == ',' || d == '.') && isDigit(s[j-1]) && isDigit(s[j+1])) {
					if d == '-' && hyphen < 0 {
						hyphen = j
					}
					j += 2
					continue
				}
				break
			}
			if j < end && s[j] == '.' && j-i <= 4 && containsByte(s[i:j], '.') {
				j++ // "U.S."
			}
			// The word is written in place: a copy of it built apart
			// costs more than its fields.
			toks = append(toks, tok{})
			t := &toks[len(toks)-1]
			t.a, t.b, t.seg, t.sep, t.num = i, j, seg, sep, isDigit(c)
			second := 0
			if j-i >= 2 {
				second = letterClass(s[i+1])
			}
			if names.shapes[letterClass(c)][second] != 0 {
				cut := j
				if hyphen >= 0 {
					cut = hyphen
				}
				t.name = mayNameCut(s[i:j], cut-i)
			}
			if !t.num {
				alpha++
				if isUpper(c) {
					upper++
				}
			}
			next := j
			if n := apostrophe(s, j, end); n > 0 {
				switch {
				case j+n < end && (s[j+n] == 's' || s[j+n] == 'S') && (j+n+1 >= end || !isAlpha(s[j+n+1])):
					t.poss, next = true, j+n+1
				case s[j-1] == 's' && (j+n >= end || !isAlpha(s[j+n])):
					t.poss, next = true, j+n
				}
			}
			sep = 0
			i = next
			continue
		}
		switch {
		case c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '"' || c == '!' || c == '?':
			seg++
			sep = c
		case c == '-' && i > 0 && s[i-1] == ' ' && i+1 < end && s[i+1] == ' ':
			seg++
			sep = '-'
		case c == 0xe2 && i+3 <= end && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94):
			seg++
			sep = '-'
		}
		i++
	}
	// Mark the words of each quantity.
	k := 0
	for qi := range l.qs {
		sp := l.qs[qi].Span
		for k < len(toks) && toks[k].b <= sp.Start {
			k++
		}
		for j := k; j < len(toks) && toks[j].a < sp.End; j++ {
			toks[j].q = qi + 1
		}
	}
	l.toks = toks
	l.title = alpha >= 3 && upper*10 >= alpha*6
}

// alnum marks the ASCII letters and digits, of which words are made.
var alnum = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isAlpha(byte(c)) || isDigit(byte(c))
	}
	return t
}()

// apostrophe returns the length of an apostrophe at i (ASCII or a
// right single quotation mark), or 0.
func apostrophe(s string, i, end int) int {
	switch {
	case i < end && s[i] == '\'':
		return 1
	case i+3 <= end && s[i] == 0xe2 && s[i+1] == 0x80 && s[i+2] == 0x99:
		return 3
	}
	return 0
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// mentions finds the commodities the sentence names.
func (l *linker) mentions() {
	ms := l.buf.ms[:0]
	for k := 0; k < len(l.toks); k++ {
		t := &l.toks[k]
		if !t.name || t.num || t.q != 0 {
			continue
		}
		w := l.text[t.a:t.b]
		lim := k + 1
		for lim < len(l.toks) && lim-k < 6 && l.toks[lim].seg == t.seg && !l.toks[lim].num && l.toks[lim].q == 0 && !l.toks[lim-1].poss {
			lim++
		}
		var words [6]string
		for j := k; j < lim; j++ {
			words[j-k] = l.word(j)
		}
		c, n, ok := commodity.Match(words[:lim-k])
		if !ok {
			continue
		}
		m := mention{k: k, n: n, c: c}
		switch {
		case n == 1 && equalFold(w, "lead") && !l.leadMetal(k):
			continue
		case n == 1 && oneOf(w, weakWords[:]...):
			m.weak = true
		case k+n < len(l.toks) && oneOf(l.word(k+n), "makers", "maker", "buyers", "users", "consumers", "customers"):
			// "sulphuric acid, which it sells to fertilizer makers":
			// the trade of the buyers, not the material counted.
			m.weak = true
		case !l.title && l.inName(k, n):
			m.weak, m.name = true, true
			// "Mineral Resources and Petroleum Authority": a state
			// body's field, no material of the story; nor is a title's,
			// "Director General of Mineral and Coal".
			if l.bodyNameAfter(k+n) || l.titleField(k) {
				k += n - 1
				continue
			}
		case k+n < len(l.toks) && oneOf(l.word(k+n), "group", "groups", "firm", "firms", "mills"):
			// "a Chinese steel group takes a stake in Australian
			// supply": the trade of a firm.
			m.weak = true
		}
		ms = append(ms, m)
		k += n - 1
	}
	l.ms = ms
}

// names holds the first word of every name of a commodity (its id, its
// display name and its synonyms), in the normal form in which
// commodity.Match looks it up (ASCII lower case, without a plural "s"),
// so that mentions need not call Match for most words: it is the lookup
// Match makes first, done before the call, and with few false hits.
var names = func() (t nameTable) {
	add := func(name string) {
		f := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
		if len(f) == 0 {
			return
		}
		// Package commodity lower-cases a first word after it drops the
		// plural, and that of a name that ignores case before as well:
		// both forms are kept.
		for _, w := range [...]string{strings.ToLower(singular(f[0])), strings.ToLower(singular(strings.ToLower(f[0])))} {
			if w != "" {
				if len(w) < 64 {
					t.shapes[letterClass(w[0])][secondClass(w, 0, len(w))] |= 1 << len(w)
				}
				a, b := nameHash(w)
				t.filter[a/64] |= 1 << (a % 64)
				t.filter[b/64] |= 1 << (b % 64)
			}
		}
	}
	for _, c := range commodity.All() {
		add(c.ID())
		add(c.Name())
		for _, syn := range c.Synonyms() {
			add(syn)
		}
	}
	return t
}()

// A nameTable holds words in normal form for a quick test that turns
// down most words that are not among them.
type nameTable struct {
	// shapes holds, by the letterClass of their first two bytes (0 for
	// the second of a word of one byte), the lengths of the words held,
	// as bits, so that most other words are turned down before they are
	// hashed.
	shapes [27][27]uint64
	// filter holds, for each word held, the two bits nameHash chooses.
	filter [nameFilterBits / 64]uint64
}

// nameFilterBits is the size of nameTable.filter, in bits: a power of two.
const nameFilterBits = 1 << 13

// nameHash returns the two bits of nameTable.filter for the word w, which
// is in normal form but for the case of its ASCII letters.
func nameHash(w string) (uint32, uint32) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	h *= 0x9e3779b97f4a7c15
	return uint32(h>>40) % nameFilterBits, uint32(h>>13) % nameFilterBits
}

// singular returns w without a plural "s", as commodity.Match drops it:
// the last letter, when it is "s" or "S", w is longer than three bytes,
// and it does not end in "ss".
func singular(w string) string {
	n := len(w)
	if n <= 3 || w[n-1]|0x20 != 's' || w[n-2]|0x20 == 's' {
		return w
	}
	return w[:n-1]
}

// mayName reports whether the word w may start the name of a commodity:
// false when commodity.Match surely finds none at it. Match reads a word
// up to its first hyphen ("rare-earth") in its normal form.
func mayName(w string) bool {
	n := 0
	for n < len(w) && w[n] != '-' {
		n++
	}
	return mayNameCut(w, n)
}

// mayNameCut is mayName for a word w whose first hyphen is at cut, or
// which has none when cut is len(w).
func mayNameCut(w string, cut int) bool {
	// Neither the hyphen nor the plural changes the first two bytes (the
	// second is 0 for a first word of one byte, as for the hyphen), so
	// most words are turned down, without hashing them, by these first.
	if w == "" {
		return false
	}
	lens := names.shapes[letterClass(w[0])][secondClass(w, 0, len(w))]
	if lens == 0 {
		return false
	}
	w = singular(w[:cut])
	if w == "" || len(w) >= 64 || lens&(1<<len(w)) == 0 {
		return false
	}
	a, b := nameHash(w)
	return names.filter[a/64]&(1<<(a%64)) != 0 && names.filter[b/64]&(1<<(b%64)) != 0
}

// leadMetal reports whether "lead" at word k is the metal: next to
// another metal, after "of", or before a word of the trade.
func (l *linker) leadMetal(k int) bool {
	p, n := l.word(k-1), l.word(k+1)
	if oneOf(p, "of", "refined", "zinc", "and", "silver", "copper", "primary", "secondary") && l.toks[k].sep == 0 {
		return true
	}
	return oneOf(n, "and", "concentrate", "concentrates", "ore", "metal", "ingot", "ingots", "smelter",
		"smelters", "production", "output", "prices", "price", "mine", "mines", "zinc", "bullion", "content")
}

// inName reports whether the mention of words [k, k+n) is part of a name
// in capitals: "Hyundai Steel", "Gwangyang Steel Works", "Freeport LNG".
func (l *linker) inName(k, n int) bool {
	if !isUpper(l.text[l.toks[k].a]) {
		return false
	}
	// An acronym may follow a country ("U.S. LNG exports"); a capitalised
	// word after one is a name ("Taiwan Cement", "Korea Zinc").
	acronym := l.toks[k].b-l.toks[k].a > 1 && isUpper(l.text[l.toks[k].a+1])
	if k > 0 && l.toks[k].sep == 0 {
		p := l.toks[k-1]
		if !p.num && !p.poss && isUpper(l.text[p.a]) && !(acronym && l.isCountry(k-1)) && !(k-1 == 0 && sentenceWord(l.word(0))) {
			return true
		}
	}
	// "Department of Steel and Mines", "Minister of Coal": the field of
	// a body or a title.
	if l.titleField(k) {
		return true
	}
	if e := k + n; e < len(l.toks) && l.toks[e].sep == 0 && !l.toks[e].num && !l.toks[k+n-1].poss {
		if isUpper(l.text[l.toks[e].a]) && !l.isCountry(e) {
			if _, _, ok := commodity.Match([]string{l.word(e)}); !ok {
				return true
			}
		}
	}
	return false
}

// titleField reports whether word k is the field of a body or a title,
// after "of": "Department of Steel and Mines", "Minister of Coal",
// "Director General of Mineral and Coal" (the second field, after
// "and").
func (l *linker) titleField(k int) bool {
	of := k - 1
	if of >= 2 && l.word(of) == "and" && l.toks[of].sep == 0 && isUpper(l.text[l.toks[of-1].a]) && l.toks[of-1].sep == 0 {
		of -= 2
	}
	return of >= 1 && l.toks[k].sep == 0 && l.toks[of].sep == 0 && l.word(of) == "of" && isUpper(l.text[l.toks[of-1].a]) &&
		oneOf(strings.ToLower(l.word(of-1)), "ministry", "department", "minister", "secretary", "directorate", "bureau",
			"institute", "association", "federation", "council", "commission", "chamber", "office", "general")
}

// bodyNameAfter reports a state body's head among the capitalised words
// from word e on: "Petroleum Authority", "Coal Mines Administration".
func (l *linker) bodyNameAfter(e int) bool {
	for k := e; k < len(l.toks) && k < e+4 && l.toks[k].sep == 0 && !l.toks[k].num && isUpper(l.text[l.toks[k].a]); k++ {
		if oneOf(strings.ToLower(l.word(k)), "authority", "ministry", "department", "agency", "commission", "bureau", "administration", "survey", "council", "directorate") {
			return true
		}
	}
	return false
}

// sentenceWord reports the capitalised words that open sentences and are
// not names.
func sentenceWord(w string) bool {
	return oneOf(w, "the", "a", "an", "its", "in", "with", "for", "at", "on", "by", "as", "this", "that",
		"these", "those", "their", "his", "her", "our", "some", "most", "all", "global", "total",
		"but", "and", "while", "meanwhile", "however", "of", "from", "to", "after", "before", "since")
}

// isCountry reports whether word k names a country or its people.
func (l *linker) isCountry(k int) bool {
	_, _, ok := entity.LookupCountry(l.word(k))
	return ok
}

// commodityFor chooses the commodity of the quantity of words [k0, k1):
// the one after "of" ("5 Mt of iron ore"), right after the figure ("37ktpy
// nickel"), or the nearest before it, in its clause first, then after it;
// a loose name ("ore") of the sentence; else what earlier sentences
// named. own is false when it comes from them.
// outputVerbs say that the company before them made, mined or sold the
// figure after them.
var outputVerbs = newWordSet("mined", "mines", "produced", "produces", "made", "makes", "shipped", "ships",
	"sold", "sells", "exported", "exports", "smelted", "refined", "milled", "output", "production")

// ownOutput reports whether tokens [k, k0), between a company's name and
// a figure, hold a verb of its own output.
func (l *linker) ownOutput(k, k0 int) bool {
	for ; k < k0; k++ {
		if outputVerbs.has(l.word(k)) {
			return true
		}
	}
	return false
}

// steelStory reports whether the sentences before, or the article, speak
// of steel.
func (l *linker) steelStory() bool {
	return l.earlier().com == commodity.Steel || l.ctx.com == commodity.Steel
}

func (l *linker) commodityFor(k0, k1 int) (commodity.Commodity, Span, bool) {
	seg := l.toks[k1-1].seg
	// "9,120 tU": tonnes of uranium, the unit names the metal.
	if t := l.toks[k1-1]; l.text[t.a:t.b] == "tU" {
		return commodity.Uranium, l.span(k1-1, k1), true
	}
	if k1 < len(l.toks) && equalFold(l.word(k1), "of") && l.toks[k1].sep == 0 {
		if m, ok := l.ofPhrase(k1 + 1); ok {
			return l.oreOf(m, k0), l.span(m.k, m.k+m.n), true
		}
	}
	// Right after the figure: "37ktpy nickel", "4.4 tonnes LNG imports",
	// "5,000 t contained copper".
	if j := l.mentionAt(k1); j >= 0 && l.toks[k1].sep == 0 && !l.ms[j].weak && !l.ms[j].name {
		return l.ms[j].c, l.span(k1, k1+l.ms[j].n), true
	}
	if j := l.mentionAt(k1 + 1); j >= 0 && l.toks[k1].sep == 0 && l.toks[k1+1].sep == 0 &&
		oneOf(l.word(k1), "contained", "refined", "payable", "recovered") {
		return l.ms[j].c, l.span(k1+1, k1+1+l.ms[j].n), true
	}
	// The mentions before the figure end before index at; those after
	// start there, and are read up to a new predicate: not "vanadium" in
	// "to lift output to 400,000 t a year and to add a plant for
	// vanadium".
	at := sort.Search(len(l.ms), func(j int) bool { return l.ms[j].k >= k1 })
	// stop is where a new predicate starts, read only when a mention
	// after the figure is looked at.
	stop := -1
	predicate := func() int {
		if stop < 0 {
			stop = len(l.toks)
			for k := k1; k < len(l.toks) && k < k1+maxReach; k++ {
				if l.newPredicate(k) {
					stop = k
					break
				}
			}
		}
		return stop
	}
	find := func(weak, before, sameSeg bool, maxGap int) (mention, bool) {
		if before {
			for j := at - 1; j >= 0; j-- {
				m := l.ms[j]
				if k0-(m.k+m.n) > maxGap {
					break
				}
				if m.weak == weak && !m.name && m.k+m.n <= k0 && (!sameSeg || l.toks[m.k].seg == seg) {
					return m, true
				}
			}
			return mention{}, false
		}
		for j := at; j < len(l.ms); j++ {
			m := l.ms[j]
			if m.k-k1 > maxGap || m.k >= predicate() {
				break
			}
			if m.weak == weak && !m.name && (!sameSeg || l.toks[m.k].seg == seg) {
				return m, true
			}
		}
		return mention{}, false
	}
	for i, f := range [...]struct {
		weak, before, sameSeg bool
		gap                   int
	}{
		{false, true, true, maxReach},
		{false, false, true, 10},
		{false, true, false, maxReach},
		{false, false, false, 30},
		{true, true, false, maxReach},
		{true, false, false, 30},
	} {
		if i == 2 {
			// "Tsogt Uul Coal JSC mined 31.5 million tonnes": with no
			// commodity named in the sentence, the one in the name of
			// the company that made or sold the figure (not one that
			// buys it: "The Taiwan Cement unit will buy 9,000 tonnes").
			for j := at - 1; j >= 0 && k0-(l.ms[j].k+l.ms[j].n) <= maxReach; j-- {
				if m := l.ms[j]; m.name && m.k+m.n <= k0 && l.toks[m.k].seg == seg && l.ownOutput(m.k+m.n, k0) {
					return m.c, l.span(m.k, m.k+m.n), true
				}
			}
		}
		if m, ok := find(f.weak, f.before, f.sameSeg, f.gap); ok {
			// "Crude output was 2.71 Mt" in a story of steel: crude
			// steel, as steelmakers count their output.
			if f.weak && m.n == 1 && equalFold(l.word(m.k), "crude") && m.k+1 < len(l.toks) &&
				oneOf(l.word(m.k+1), "output", "production", "capacity") && l.steelStory() {
				return commodity.Steel, l.span(m.k, m.k+1), true
			}
			return l.oreOf(m, k0), l.span(m.k, m.k+m.n), true
		}
	}
	e := l.earlier()
	switch {
	case e.com != 0:
		return e.com, e.form, false
	case l.ctx.com != 0:
		return l.ctx.com, l.ctx.form, false
	case e.weak != 0:
		return e.weak, e.weakForm, false
	}
	return l.ctx.weak, l.ctx.weakForm, false
}

// newPredicate reports whether word k starts a new predicate, whose words
// say nothing of a figure before it: "and to add", "but will", "while".
func (l *linker) newPredicate(k int) bool {
	w := l.word(k)
	switch {
	case oneOf(w, "while", "whereas", "although", "though", "because"):
		return true
	case oneOf(w, "and", "but", "or"):
		return k+1 < len(l.toks) && l.toks[k+1].sep == 0 && predicateStarts.has(l.word(k+1))
	}
	return false
}

// oreOf returns the commodity of mention m for the figure at word k0. A
// bare "ore" is the ore of the metal the context names ("shipments of
// ore" in a story on nickel, "an ore reserve of 18.2Mt" of a lithium
// project): the nearest metal named firmly in the sentence, else in the
// sentences just before, else the last one named; iron ore only when the
// context names no metal mined as ore.
func (l *linker) oreOf(m mention, k0 int) commodity.Commodity {
	if !m.weak || m.n != 1 || !oneOf(l.word(m.k), "ore", "ores") {
		return m.c
	}
	// The nearest mined commodity named in the sentence: the mentions
	// are in text order, so the nearest on each side is the first that
	// fits when reading away from the figure (at most maxOreReach of
	// them, so that a long sentence costs no square).
	fits := func(o mention) bool { return !o.weak && !o.name && mined(o.c) }
	at := sort.Search(len(l.ms), func(i int) bool { return l.ms[i].k >= k0 })
	best, dist := commodity.Commodity(0), 0
	for i := at - 1; i >= 0 && i >= at-maxOreReach; i-- {
		if o := l.ms[i]; fits(o) {
			best, dist = o.c, k0-(o.k+o.n)
			break
		}
	}
	for i := at; i < len(l.ms) && i < at+maxOreReach; i++ {
		if o := l.ms[i]; fits(o) {
			if best == 0 || o.k-k0 < dist {
				best = o.c
			}
			break
		}
	}
	if best != 0 {
		return best
	}
	if e := l.earlier(); mined(e.com) {
		return e.com
	}
	if mined(l.ctx.com) {
		return l.ctx.com
	}
	return m.c
}

// maxOreReach bounds the commodity mentions oreOf reads on each side.
const maxOreReach = 32

// mined reports whether c is a metal or mineral mined as ore, whose ore a
// bare "ore" may be.
func mined(c commodity.Commodity) bool {
	switch c {
	case commodity.RareEarths, commodity.Lithium, commodity.Nickel, commodity.Cobalt, commodity.Copper,
		commodity.Aluminium, commodity.Zinc, commodity.Lead, commodity.Tin, commodity.IronOre,
		commodity.Graphite, commodity.Manganese, commodity.Uranium, commodity.Gold, commodity.Silver,
		commodity.PlatinumGroup:
		return true
	}
	return false
}

// ofPhrase chooses the commodity of the noun phrase that starts at word
// k, after "of": the first named ("of mixed nickel hydroxide cobalt" is
// nickel), or the head noun after a list of metals ("of nickel, cobalt
// and aluminum (NCA) cathode materials" is cathode materials).
func (l *linker) ofPhrase(k int) (mention, bool) {
	end := k
	for end < len(l.toks) && end-k < 12 {
		t := l.toks[end]
		if t.num || t.q != 0 {
			break
		}
		starts := l.mentionAt(end) >= 0
		if t.sep != 0 && !(t.sep == ',' || t.sep == '(' || t.sep == ')') {
			break
		}
		if t.sep != 0 && !starts && !oneOf(l.word(end), "and", "or") {
			break
		}
		if !starts && l.insideMention(end) < 0 && npStops.has(l.word(end)) {
			break
		}
		end++
		if t.poss {
			break
		}
	}
	var in [8]mention
	n := 0
	first := sort.Search(len(l.ms), func(j int) bool { return l.ms[j].k >= k })
	for _, weak := range [...]bool{false, true} {
		for _, m := range l.ms[first:] {
			if m.k >= end {
				break
			}
			if m.k+m.n <= end && m.weak == weak && !m.name && n < len(in) {
				in[n] = m
				n++
			}
		}
		if n > 0 {
			break
		}
	}
	if n == 0 {
		return mention{}, false
	}
	if n >= 2 {
		last, prev := in[n-1], in[n-2]
		list := false
		for j := in[0].k; j < prev.k+prev.n; j++ {
			if oneOf(l.word(j), "and", "or") || j > in[0].k && l.toks[j].sep == ',' {
				list = true
			}
		}
		if list && last.k == prev.k+prev.n {
			return last, true
		}
	}
	return in[0], true
}

// mentionAt returns the index of the mention that starts at word k, or -1.
func (l *linker) mentionAt(k int) int {
	if j := l.insideMention(k); j >= 0 && l.ms[j].k == k {
		return j
	}
	return -1
}

// insideMention returns the index of the mention that holds word k, or -1.
func (l *linker) insideMention(k int) int {
	j := sort.Search(len(l.ms), func(j int) bool { return l.ms[j].k+l.ms[j].n > k })
	if j < len(l.ms) && l.ms[j].k <= k {
		return j
	}
	return -1
}
