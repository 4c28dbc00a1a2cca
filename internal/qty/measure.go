package qty

import "github.com/newsfacts/newsfacts/commodity"

// measureFor chooses the measure of the quantity of words [k0, k1): the
// capacity of an asset a rate qualifies ("a 40ktpy HPAL project") or of a
// ship; the measure word that heads the words after it ("100 Mt of crude
// steel production capacity", "1,270-ton annual production"); the
// nearest before it in its clause ("annual capacity of 43,000 tons"); one
// after it in its clause; one before it in the sentence; one after it
// when the figure is the subject of a later verb ("Almost 3 million tons,
// nearly double last year, were exported"); else the measure of the
// figure before it in the sentence, or of the last figure of the
// sentences just before. With no word to go by it leaves the measure
// unknown rather than guess "other". It returns the measure, the word
// that gave it (-1 for none) and, for a measure read after the figure,
// the words [run0, run1) read there.
func (l *linker) measureFor(q *Quantity, k0, k1 int, prev commodity.Measure) (commodity.Measure, int, [2]int) {
	none := [2]int{-1, -1}
	seg := l.toks[k1-1].seg
	if q.Per != 0 && l.assetAfter(k1) || q.Lo.Tonnage.Unit() == commodity.DeadweightTonne {
		return commodity.Capacity, -1, none // a ship's deadweight is what it can carry
	}
	if m, k, run, ok := l.cueAfter(k1, seg, true); ok {
		return l.resolve(m, k, prev), k, run
	}
	if m, k, ok := l.cueBefore(k0, seg); ok {
		return l.resolve(m, k, prev), k, none
	}
	if m, k, run, ok := l.cueAfter(k1, seg, false); ok {
		return l.resolve(m, k, prev), k, run
	}
	if m, k, ok := l.cueBefore(k0, -1); ok {
		return l.resolve(m, k, prev), k, none
	}
	if k0 == 0 || l.toks[k0].sep != 0 || l.toks[k0].seg != l.toks[k0-1].seg {
		// The figure opens its clause and is its subject: "Almost 3
		// million tons, nearly double last year, were exported."
		if m, k, run, ok := l.cueAfter(k1, -1, false); ok {
			if _, kind := l.cueAt(k); kind != cueBuy {
				return l.resolve(m, k, prev), k, run
			}
		}
	}
	if prev != 0 {
		return prev, -1, none
	}
	if l.assetAfter(k1) && k1 < len(l.toks) && l.toks[k1].sep == 0 && !equalFold(l.word(k1), "of") {
		return commodity.Capacity, -1, none // "a 100,000-tonne refinery"
	}
	if l.ctx.since <= maxCarry {
		return l.ctx.measure, -1, none
	}
	return 0, -1, none
}

// maxCarry is the most sentences without a quantity that may stand
// between a figure and the one it takes its measure from.
const maxCarry = 2

// cueAt returns the measure word k names, in its context: not "makes up"
// (a share), "sources said" (people), "supply chain" or "stock exchange".
// The figures of a sentence ask for the same words again and again, so it
// keeps what it found in the word.
func (l *linker) cueAt(k int) (commodity.Measure, cueKind) {
	if k >= 0 && k < len(l.toks) && l.toks[k].cueK != 0 {
		return l.toks[k].cueM, l.toks[k].cueK - 1
	}
	m, kind := l.readCue(k)
	if k >= 0 && k < len(l.toks) {
		l.toks[k].cueM, l.toks[k].cueK = m, kind+1
	}
	return m, kind
}

// readCue reads what cueAt returns for word k.
func (l *linker) readCue(k int) (commodity.Measure, cueKind) {
	w := l.word(k)
	if equalFold(w, "mine") && oneOf(l.word(k-1), "to", "will", "would", "could", "can", "may", "might", "must", "shall") && l.toks[k].sep == 0 {
		return commodity.Production, cueMeasure // the verb: "plans to mine 1.5 Mt"
	}
	return cueIn(w, l.word(k+1))
}

// cueIn returns the measure word w names when next follows it.
func cueIn(w, next string) (commodity.Measure, cueKind) {
	m, kind := cue(w)
	switch {
	case kind == cueNone:
		switch {
		case oneOf(w, "resource", "resources") && oneOf(next, "of", "estimate", "estimates", "grading", "at", "contains", "containing", "totalling", "totaling"):
			// A capitalised term of a mining report, not a name: "a
			// Mineral Resource of 52.3 Mt", "the Resource estimate".
			return commodity.Resources, cueMeasure
		case equalFold(w, "term") && oneOf(next, "sheet", "sheets"):
			return commodity.Supply, cueMeasure // "a binding term sheet for 800 tpa"
		}
	case kind == cueMake && equalFold(next, "up"),
		oneOf(w, "source", "sources") && oneOf(next, "said", "says", "say", "told", "familiar", "close", "with", "who", "at", "in"),
		oneOf(w, "supply", "supplies") && oneOf(next, "chain", "chains", "side", "security"),
		oneOf(w, "stock", "stocks") && oneOf(next, "exchange", "exchanges", "market", "markets", "price", "prices", "index", "indices", "option", "options"):
		return 0, cueNone
	}
	return m, kind
}

// assetAfter reports whether an asset noun follows the figure ending at
// word k1 within four words of its clause: "40ktpy HPAL project", "34mn
// t/yr Brockman mine expansion", "5-million-tonne-per-year gas
// liquefaction plant".
func (l *linker) assetAfter(k1 int) bool {
	for k := k1; k < len(l.toks) && k < k1+4; k++ {
		t := l.toks[k]
		if t.sep != 0 || t.num || t.q != 0 {
			return false
		}
		w := l.word(k)
		if assetNouns.has(w) {
			return true
		}
		if npStops.has(w) || equalFold(w, "of") {
			return false
		}
	}
	return false
}

// cueAfter reads the measure words after the figure ending at word k1: with
// head set, only those that head the figure's own words ("of crude steel
// production capacity", "annual capacity", "in annual production
// capacity", "LNG imports"); otherwise any later in its clause ("the 11.8
// million tons delivered there"). Of a run of measure words the last one
// counts ("production capacity" is capacity).
func (l *linker) cueAfter(k1, seg int, head bool) (commodity.Measure, int, [2]int, bool) {
	limit := k1 + 12
	switch {
	case seg < 0:
		limit = k1 + 15 // across clauses: "Almost 3 million tons, nearly double, were exported"
	case !head:
		limit = k1 + maxReach
	}
	k := k1
	if head && k < len(l.toks) && oneOf(l.word(k), "of", "in") && l.toks[k].sep == 0 {
		k++
	}
	start := k
	for ; k < len(l.toks) && k < limit; k++ {
		t := l.toks[k]
		if seg >= 0 && t.seg != seg || t.num || t.q != 0 {
			return 0, -1, [2]int{}, false
		}
		if m, kind := l.cueAt(k); kind != cueNone {
			e := k
			for j := k + 1; j < len(l.toks) && l.toks[j].sep == 0 && l.toks[j].q == 0; j++ {
				if m2, kind2 := l.cueAt(j); kind2 != cueNone {
					e = j
					m, kind = m2, kind2
				} else if !modifiers.has(l.word(j)) {
					break
				}
			}
			return m, e, [2]int{start, e + 1}, true
		}
		if !head {
			continue
		}
		if l.insideMention(k) < 0 && !modifiers.has(l.word(k)) {
			return 0, -1, [2]int{}, false
		}
	}
	return 0, -1, [2]int{}, false
}

// cueBefore finds the nearest measure word before word k0, in clause seg
// (or anywhere in the sentence when seg is -1).
func (l *linker) cueBefore(k0, seg int) (commodity.Measure, int, bool) {
	for k := k0 - 1; k >= 0 && k0-k <= maxReach; k-- {
		t := l.toks[k]
		if seg >= 0 && t.seg != seg {
			break
		}
		if t.num || t.q != 0 {
			continue
		}
		w := l.word(k)
		if equalFold(w, "out") && oneOf(l.word(k-1), "turned", "turn", "turns", "turning") {
			return commodity.Production, k, true // "turned out"
		}
		if m, kind := l.cueAt(k); kind != cueNone {
			return m, k, true
		}
	}
	return 0, -1, false
}

// resolve turns the measure word at k into a measure: buying is sales when
// the figures or words before it are sales ("Nicaragua bought 6,100 tons"
// after "corn sales"), imports when a country buys ("Japan's LNG purchases"),
// and supply otherwise; a shipment or delivery is exports when the
// sentence names exports.
func (l *linker) resolve(m commodity.Measure, k int, prev commodity.Measure) commodity.Measure {
	_, kind := l.cueAt(k)
	switch kind {
	case cueBuy:
		before := prev
		if before == 0 {
			before = l.earlier().measure
		}
		if before == 0 {
			before = l.ctx.measure
		}
		switch {
		case before == commodity.Sales:
			return commodity.Sales
		case before == commodity.Imports && l.toks[k].seg == l.segOfPrevFigure(k):
			// Buying more of what the clause imports: "imports 6.5 Mt a
			// year and is expected to buy half a million tonnes more".
			return commodity.Imports
		case l.countryBuys(k):
			return commodity.Imports
		}
		return commodity.Supply
	case cueShip:
		switch {
		case l.exportsNamed():
			return commodity.Exports
		case l.dealNamed():
			return commodity.Supply
		}
	case cueSell:
		if l.dealNamed() {
			return commodity.Supply
		}
	}
	return m
}

// dealNamed reports, once per sentence, whether it speaks of a supply deal.
func (l *linker) dealNamed() bool {
	if l.deal == 0 {
		l.deal = -1
		for k := range l.toks {
			if dealWords.has(l.word(k)) {
				l.deal = 1
				break
			}
		}
	}
	return l.deal > 0
}

// countryBuys reports whether a country does the buying of word k:
// "Japan's LNG purchases", "China bought".
func (l *linker) countryBuys(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := l.toks[j]
		if t.poss && l.isCountry(j) {
			return true
		}
		if l.toks[j+1].sep != 0 {
			break
		}
	}
	if k > 0 && l.toks[k].sep == 0 && l.isCountry(k-1) && (k-1 == 0 || l.toks[k-1].sep != 0) {
		return true
	}
	// A demonym opening the buyers' noun phrase: "Philippine flour millers
	// booked", "Chinese mills bought".
	for j := k - 2; j >= 0 && j >= k-4 && l.toks[k].sep == 0; j-- {
		if l.toks[j+1].sep != 0 || l.toks[j+1].num || l.toks[j+1].q != 0 || npStops.has(l.word(j+1)) {
			break
		}
		if l.isCountry(j) && (j == 0 || l.toks[j].sep != 0 || oneOf(l.word(j-1), "the", "some", "many", "most")) {
			return true
		}
	}
	return false
}

// segOfPrevFigure returns the clause of the last figure before word k in
// the sentence, or -1.
func (l *linker) segOfPrevFigure(k int) int {
	for j := k - 1; j >= 0; j-- {
		if l.toks[j].q != 0 {
			return l.toks[j].seg
		}
	}
	return -1
}

// exportsNamed reports, once per sentence, whether it names exports.
func (l *linker) exportsNamed() bool {
	if l.exports == 0 {
		l.exports = -1
		for k := range l.toks {
			if m, kind := l.cueAt(k); kind == cueMeasure && m == commodity.Exports {
				l.exports = 1
				break
			}
		}
	}
	return l.exports > 0
}

// perFor finds a rate the sentence states away from the figure of words
// [k0, k1): an adjective on its measure word ("annual capacity of",
// "1,270-ton annual production"), or rate words in its clause ("will
// annually purchase", "15 million tonnes of LNG ... per year").
func (l *linker) perFor(k0, k1, cueTok int, run [2]int) commodity.Period {
	if run[0] >= 0 {
		for k := run[0]; k < run[1]; k++ {
			if p := rateAdjective(l.word(k)); p != 0 {
				return p
			}
		}
	} else if cueTok >= 0 {
		for k := cueTok - 1; k >= 0 && k >= cueTok-5; k-- {
			w := l.word(k)
			if p := rateAdjective(w); p != 0 {
				return p
			}
			if _, kind := l.cueAt(k); kind == cueNone && l.insideMention(k) < 0 && !modifiers.has(w) {
				break
			}
			if l.toks[k+1].sep != 0 {
				break
			}
		}
	}
	seg := l.toks[k1-1].seg
	for k := k0 - 1; k >= 0 && k0-k <= maxReach && l.toks[k].seg == seg; k-- {
		if l.rateOfFigure(k) {
			break // "imports 6.5 Mt of wheat a year and is expected to buy 0.5 Mt more"
		}
		if p := l.rateWordsAt(k); p != 0 {
			return p
		}
	}
	for k := k1; k < len(l.toks) && k-k1 <= maxReach && l.toks[k].seg == seg; k++ {
		if p := l.rateWordsAt(k); p != 0 {
			return p
		}
	}
	return 0
}

// rateOfFigure reports whether the rate words at word k belong to an
// earlier figure: only its commodity words ("of wheat") stand between
// them, as in "6.5 million tonnes of wheat a year".
func (l *linker) rateOfFigure(k int) bool {
	if l.toks[k].q != 0 || l.rateWordsAt(k) == 0 {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 8 && l.toks[j+1].sep == 0; j-- {
		switch {
		case l.toks[j].q != 0:
			return true
		case equalFold(l.word(j), "of"), l.insideMention(j) >= 0, modifiers.has(l.word(j)):
		default:
			return false
		}
	}
	return false
}

// rateAdjective returns the period of "annual", "daily" and the like.
func rateAdjective(w string) commodity.Period {
	for _, r := range rateAdjectives {
		if equalFold(w, r.word) {
			return r.per
		}
	}
	return 0
}

// rateWordsAt returns the period of rate words that start at word k, or
// that a slash glues to it ("imports/yr"), when they are not part of a
// quantity and not a span of time or frequency ("in a year", "once a
// year").
func (l *linker) rateWordsAt(k int) commodity.Period {
	t := &l.toks[k]
	if t.rate == 0 {
		t.rate = 1 + uint8(l.readRateWords(k))
	}
	return commodity.Period(t.rate - 1)
}

// readRateWords reads what rateWordsAt returns for word k.
func (l *linker) readRateWords(k int) commodity.Period {
	t := l.toks[k]
	if t.q != 0 || t.num {
		return 0
	}
	if t.b < len(l.text) && l.text[t.b] == '/' {
		if p, _, ok := commodity.MatchRate(l.text[t.b:l.sent.End]); ok {
			return p
		}
	}
	w := l.word(k)
	if !rateLeads.has(w[:wordAt(w, 0)]) {
		return 0 // most words: MatchRate would find nothing
	}
	if oneOf(w, "daily", "weekly", "monthly", "quarterly", "yearly", "pa") {
		return 0 // adjectives as often as adverbs: "the daily price"
	}
	p, _, ok := commodity.MatchRate(l.text[t.a:l.sent.End])
	if !ok {
		return 0
	}
	if notRateBefore.has(l.word(k-1)) && t.sep == 0 {
		return 0
	}
	return p
}
