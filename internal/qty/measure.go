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
// figure before it in the sentence; the capacity of an asset it sizes
// ("a 100,000-tonne refinery"); the measure of an earlier figure of the
// same mass that it restates ("45,000 tonnes is a lot for a plant"); or
// that of the last figure of the sentences just before. A verb of making
// that says what a plant can do ("can make", "is designed to produce")
// gives its capacity. With no word to go by it leaves the measure unknown
// rather than guess "other". It returns the measure, the word that gave
// it (-1 for none) and, for a measure read after the figure, the words
// [run0, run1) read there.
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
	if prev == 0 && q.Per != 0 && l.assetGrown(k0) {
		return commodity.Capacity, -1, none // "the refinery will be expanded from 1.5 Mtpa"
	}
	if prev != 0 {
		return prev, -1, none
	}
	if l.assetAfter(k1) && k1 < len(l.toks) && l.toks[k1].sep == 0 && !equalFold(l.word(k1), "of") {
		return commodity.Capacity, -1, none // "a 100,000-tonne refinery"
	}
	if m := l.ctx.restated(q); m != 0 {
		return m, -1, none // "45,000 tonnes is a lot", after a capacity of "45kt a year"
	}
	// A figure of another commodity, named with it, is not measured as
	// the last one was: "imports of sheet reached 1.2 Mt. X cut its crude
	// steel forecast to 7.4 Mt".
	if l.ctx.since <= maxCarry && (!l.ownCom || q.Commodity == l.ctx.measureCom) {
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
	m, kind := cueIn(w, l.word(k+1))
	// Each case below starts with one of verbCues, which most words are
	// not.
	switch {
	case !verbCues.has(w):
	case equalFold(w, "sales") && k > 0 && equalFold(l.word(k-1), "export") && l.toks[k-1].sep == 0:
		// "Its export sales rose to 9.8 million tonnes": exports.
		return commodity.Exports, cueMeasure
	case kind == cueMeasure && equalFold(l.word(k-1), "of") && oneOf(w, "processed", "treated", "smelted"):
		// A participle that describes the material: "sales of 682,000
		// tonnes of processed coking coal".
		return 0, cueNone
	case equalFold(w, "mine") && oneOf(l.word(k-1), "to", "will", "would", "could", "can", "may", "might", "must", "shall") && l.toks[k].sep == 0:
		m, kind = commodity.Production, cueMeasure // the verb: "plans to mine 1.5 Mt"
	case oneOf(w, "turn", "turns", "turning", "convert", "converts", "converting", "transform", "transforms", "transforming") && l.figureInto(k):
		// Processing: "will convert 50,000 t of alumina a year into
		// metal".
		m, kind = commodity.Production, cueProcess
	case oneOf(w, "turned", "converted", "transformed") && l.figureInto(k):
		m, kind = commodity.Production, cueMeasure
	case oneOf(w, "quota", "quotas") && l.toks[k].sep == 0:
		// A quota is one of what the word before names: "an export quota
		// of 1.5 Mt", "a mining quota".
		p := l.word(k - 1)
		if m2, kind2 := cueIn(p, w); kind2 == cueMeasure {
			return m2, kind2
		}
		if equalFold(p, "mining") {
			return commodity.Production, cueMeasure
		}
	case oneOf(w, "take", "takes", "taking") && l.objectFigure(k):
		// Taking the figure is buying it: "will take up to 1.5 Mt a
		// year from the mine", "take a further 0.5 Mtpa".
		return 0, cueBuy
	case equalFold(w, "call") && equalFold(l.word(k-1), "first") && equalFold(l.word(k+1), "on") && l.toks[k].sep == 0:
		// A first claim on a plant's output is an offtake: "has first
		// call on 200,000 t of the mine's concentrate".
		return commodity.Supply, cueMeasure
	}
	if m == commodity.Production && (kind == cueMeasure || kind == cueMake || kind == cueProcess) && l.ableBefore(k) {
		return commodity.Capacity, cueMeasure
	}
	return m, kind
}

// ableBefore reports whether the verb at word k says what a plant can do
// rather than what it does, which is its capacity: "can make", "is
// designed to produce", "built to process", "able to turn out", "capable
// of producing", "the capacity to treat".
func (l *linker) ableBefore(k int) bool {
	if k < 1 || l.toks[k].sep != 0 {
		return false
	}
	switch p := l.word(k - 1); {
	case equalFold(p, "can"):
		return true
	case equalFold(p, "to"):
		return k >= 2 && l.toks[k-1].sep == 0 && ableTo.has(l.word(k-2))
	case equalFold(p, "of"):
		return k >= 2 && l.toks[k-1].sep == 0 && equalFold(l.word(k-2), "capable")
	}
	return false
}

// figureInto reports whether a figure follows the verb at word k in its
// clause, and then "into": "convert 50,000 t of alumina a year into
// metal".
func (l *linker) figureInto(k int) bool {
	fig := false
	for j := k + 1; j < len(l.toks) && j <= k+15; j++ {
		t := l.toks[j]
		switch {
		case t.sep != 0:
			return false
		case t.q != 0:
			fig = true
		case equalFold(l.word(j), "into"):
			return fig
		}
	}
	return false
}

// objectFigure reports whether a figure follows word k as its object,
// with at most a few modifiers between: "take up to 1.5 Mt", "take a
// further 0.5 Mtpa".
func (l *linker) objectFigure(k int) bool {
	for j := k + 1; j < len(l.toks) && j <= k+4; j++ {
		t := l.toks[j]
		switch {
		case t.sep != 0:
			return false
		case t.q != 0:
			return true
		case !modifiers.has(l.word(j)):
			return false
		}
	}
	return false
}

// cueIn returns the measure word w names when next follows it.
func cueIn(w, next string) (commodity.Measure, cueKind) {
	if !cueWords.has(w) {
		return 0, cueNone // most words, turned down before cue compares them
	}
	return cueOf(w, next)
}

// cueOf is cueIn without its first test, that w is one of cueWords.
func cueOf(w, next string) (commodity.Measure, cueKind) {
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
		oneOf(w, "stock", "stocks") && oneOf(next, "exchange", "exchanges", "market", "markets", "price", "prices", "index", "indices", "option", "options"),
		// A material, not waste the figure measures: "150,000 t of
		// waste batteries".
		equalFold(w, "waste") && oneOf(next, "batteries", "battery", "cells", "plastics", "paper", "oil", "tyres", "tires"),
		// "18,000 t of production scrap": scrap from a plant.
		oneOf(w, "production", "process", "processing", "manufacturing") && oneOf(next, "scrap", "waste"):
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

// growVerbs say that a plant is made larger.
var growVerbs = newWordSet("expanded", "expand", "expands", "expanding", "raised", "raise", "raises", "raising",
	"increased", "increase", "increases", "increasing", "lifted", "lift", "lifts", "boosted", "boost", "upgraded", "upgrade", "doubled", "double", "expansion")

// assetGrown reports whether the figure at word k0 is what a plant grows
// from or to: "the alumina refinery will be expanded from 1.5 Mtpa", a
// plant and a word of growing ("expanded", "the expansion of") before
// "from" or "to" and the figure.
func (l *linker) assetGrown(k0 int) bool {
	if k0 < 3 || !oneOf(l.word(k0-1), "from", "to") {
		return false
	}
	grow, asset := false, false
	for k := k0 - 2; k >= 0 && k >= k0-maxReach/2; k-- {
		if l.toks[k].num {
			continue
		}
		w := l.word(k)
		if growVerbs.has(w) {
			grow = true
			// "to expand Koodarrie to 30 mtpa": the verb right before
			// the thing it grows.
			if k >= k0-4 && !equalFold(w, "expansion") {
				return true
			}
		}
		asset = asset || assetNouns.has(w) && !equalFold(w, "expansion")
		if grow && asset {
			return true
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
			if l.ableBefore(k - 1) {
				return commodity.Capacity, k, true // "is designed to turn out"
			}
			return commodity.Production, k, true // "turned out"
		}
		if m, kind := l.cueAt(k); kind != cueNone {
			// "inventories of imported ore": the noun before "of"
			// measures the figure; "imported" only describes the ore.
			if k >= 2 && oneOf(w, "imported", "exported") && equalFold(l.word(k-1), "of") {
				if m2, kind2 := l.cueAt(k - 2); kind2 != cueNone {
					return m2, k - 2, true
				}
			}
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
		case l.dealInClause(k):
			// A deal in the clause of the shipment makes it supply, though
			// the sentence names exports: "used its export permit to ship
			// 20,000 t a month to a battery maker under a supply deal".
			return commodity.Supply
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

// dealInClause reports whether the clause of word k names a supply deal.
func (l *linker) dealInClause(k int) bool {
	seg := l.toks[k].seg
	for j := max(k-maxReach, 0); j < len(l.toks) && j <= k+maxReach; j++ {
		if l.toks[j].seg == seg && dealWords.has(l.word(j)) {
			return true
		}
	}
	return false
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
// "1,270-ton annual production"), rate words that end its noun phrase
// ("5,000 t of ore per year"), or rate words in its clause ("will
// annually purchase", "15 million tonnes of LNG ... per year").
func (l *linker) perFor(k0, k1, cueTok int, run [2]int) commodity.Period {
	if run[0] >= 0 {
		for k := run[0]; k < run[1]; k++ {
			if p := rateAdjective(l.word(k)); p != 0 {
				return p
			}
		}
	} else if cueTok >= 0 {
		// One word of a product may stand between too: "annual copper
		// foil capacity", where "foil" is no word the linker knows.
		unknown := 0
		for k := cueTok - 1; k >= 0 && k >= cueTok-5; k-- {
			w := l.word(k)
			if p := rateAdjective(w); p != 0 {
				return p
			}
			if _, kind := l.cueAt(k); kind == cueNone && l.insideMention(k) < 0 && !modifiers.has(w) {
				if unknown++; unknown > 1 || l.toks[k].num || w == "" || !isLower(w[0]) {
					break
				}
			}
			if l.toks[k+1].sep != 0 {
				break
			}
		}
	}
	// Rate words that end the figure's own noun phrase come before those
	// of the clause: "400 tonnes of concentrate per day" after "produces
	// 90,000 tonnes of zinc a year and treats".
	if k1 < len(l.toks) && equalFold(l.word(k1), "of") && l.toks[k1].sep == 0 {
		for k := k1 + 1; k < len(l.toks) && k <= k1+10; k++ {
			t := l.toks[k]
			// "of nickel contained in mixed hydroxide precipitate (MHP)
			// per annum": an acronym in brackets is part of the phrase.
			if t.sep == '(' && k+1 < len(l.toks) && l.toks[k+1].sep == ')' && l.acronym(k) {
				k++
				t = l.toks[k]
				t.sep = 0
			}
			if t.sep != 0 || t.num || t.q != 0 {
				break
			}
			if p := l.rateWordsAt(k); p != 0 {
				return p
			}
			// "nickel contained in MHP": the material's carrier.
			if npStops.has(l.word(k)) && !(equalFold(l.word(k), "in") && equalFold(l.word(k-1), "contained")) {
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
		// "produced 14.2 Mt of steel last year and imports about 20 Mt
		// of ore annually": the rate after another figure is that one's.
		if l.toks[k].q != 0 && l.toks[k].q != l.toks[k1-1].q {
			break
		}
		if p := l.rateWordsAt(k); p != 0 {
			return p
		}
	}
	return 0
}

// acronym reports whether word k is in capitals, of two to six letters:
// "MHP", "PCI".
func (l *linker) acronym(k int) bool {
	w := l.word(k)
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isUpper(w[i]) {
			return false
		}
	}
	return true
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
