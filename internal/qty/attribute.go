package qty

// A Party is an entity a sentence names, as the caller knows it: the span
// of its mention in the text, and whether it can hold a figure (a company,
// a country or a state body; not a person).
type Party struct {
	Span   Span
	Holder bool
}

// sourceBefore are the words before a name that credit it for a figure:
// "according to USGS", "citing Kpler", "data from the USDA".
var sourceBefore = [...]string{
	"according to", "citing", "cited", "data from", "figures from", "statistics from",
	"estimates from", "estimate from", "data by", "figures by", "said", "say", "says",
	"reported by", "compiled by", "calculated by", "forecast by",
}

// sourceBeforeSet holds sourceBefore for backWords.ends.
var sourceBeforeSet = newPhraseSet(sourceBefore[:]...)

// sourceAfter are the words after a name that credit it: "Argus said",
// "USDA data showed", "the agency reported".
var sourceAfter = newWordSet(
	"said", "says", "say", "reported", "reports", "estimated", "estimates", "data", "figures",
	"statistics", "showed", "shows", "noted", "notes", "told", "forecast", "forecasts",
	"projected", "projects", "predicted", "predicts", "calculated", "calculates", "announced",
	"stated", "disclosed",
)

// Attribute chooses among the parties that the sentence sent of text
// names the one that quantity q belongs to (its holder) and the one the
// text credits for it (its source), and returns their indexes in parties,
// or -1. The source is the party that the words around it credit, nearest
// to the figure, an explicit credit ("according to U.S. Geological Survey
// data", "citing Kpler") before a speaker ("Argus said"). The holder is, of the parties that can hold a figure and are not
// credited only as a source: the nearest in the possessive before the
// figure ("Japan's LNG purchases"), else the nearest before it in its
// clause, else the first in the sentence before it (the subject).
func Attribute(text string, sent Span, q *Quantity, parties []Party) (holder, source int) {
	holder, source = -1, -1
	dist := func(p Span) int {
		if p.End <= q.Span.Start {
			return q.Span.Start - p.End
		}
		return p.Start - q.Span.End
	}
	var credited [64]bool
	srcRank := 0 // 2 for a credit before the name ("according to"), 1 after ("said")
	for i, p := range parties {
		if p.Span.Start < sent.Start || p.Span.End > sent.End || p.Span.Start >= p.Span.End {
			continue
		}
		before := creditBefore(text, sent, p.Span)
		after, self := creditAfter(text, sent, p.Span)
		if i < len(credited) {
			// A speaker holds the figure only when it speaks of itself:
			// "Rio Tinto said it expects to produce".
			credited[i] = before || after && !self
		}
		rank := 0
		switch {
		case before:
			rank = 2
		case after:
			rank = 1
		}
		if rank > 0 && (rank > srcRank || rank == srcRank && dist(p.Span) < dist(parties[source].Span)) {
			source, srcRank = i, rank
		}
	}
	candidate := func(i int) bool {
		p := parties[i]
		return p.Holder && p.Span.Start >= sent.Start && p.Span.End <= q.Span.Start && !(i < len(credited) && credited[i])
	}
	for i := range parties {
		if candidate(i) && possessive(text, parties[i].Span.End) && (holder < 0 || parties[i].Span.End > parties[holder].Span.End) {
			holder = i
		}
	}
	if holder >= 0 {
		return holder, source
	}
	for i := range parties {
		if candidate(i) && sameClause(text, parties[i].Span.End, q.Span.Start) && (holder < 0 || parties[i].Span.End > parties[holder].Span.End) {
			holder = i
		}
	}
	if holder >= 0 {
		return holder, source
	}
	for i := range parties {
		if candidate(i) && (holder < 0 || parties[i].Span.Start < parties[holder].Span.Start) {
			holder = i
		}
	}
	return holder, source
}

// creditBefore reports whether the words before the name at p credit it:
// "according to", "citing", "data from", allowing one word between
// ("according to latest U.S. Geological Survey data").
func creditBefore(text string, sent, p Span) bool {
	bw := wordsBefore(text[:p.Start], p.Start)
	for skip := 0; skip <= 1; skip++ {
		for _, i := range sourceBeforeSet.candidates(text, &bw, skip) {
			if _, ok := bw.ends(text, skip, sourceBeforeSet.back[i]); ok && bw.startOf(0) >= sent.Start {
				return true
			}
		}
	}
	return false
}

// creditAfter reports whether the word after the name at p credits it
// ("Argus said", "USDA data showed"), and whether the name then speaks of
// itself ("Rio Tinto said it", "Posco said its").
func creditAfter(text string, sent, p Span) (credited, self bool) {
	e := p.End
	if n := apostrophe(text, e, sent.End); n > 0 {
		e += n
		if e < sent.End && (text[e] == 's' || text[e] == 'S') {
			e++
		}
	}
	t := text[:sent.End]
	a, b := nextWord(t, e)
	if b == a || !sourceAfter.has(text[a:b]) {
		return false, false
	}
	// "said it", "said on Thursday it", "said in a statement that its".
	for n := 0; n < 5; n++ {
		c, d := nextWord(t, b)
		if c == d {
			break
		}
		if oneOf(text[c:d], "it", "its", "they", "their", "we", "our") {
			return true, true
		}
		b = d
	}
	return true, false
}

// possessive reports whether the name ending at e is in the possessive:
// "Japan's", "Resources'".
func possessive(text string, e int) bool {
	n := apostrophe(text, e, len(text))
	if n == 0 {
		return false
	}
	return e+n < len(text) && (text[e+n] == 's' || text[e+n] == 'S') && (e+n+1 >= len(text) || !isAlpha(text[e+n+1])) ||
		e > 0 && text[e-1] == 's'
}

// sameClause reports whether no comma, semicolon, colon or bracket
// separates positions a and b.
func sameClause(text string, a, b int) bool {
	for i := a; i < b; i++ {
		switch text[i] {
		case ',', ';', ':', '(', ')', '[', ']':
			return false
		}
	}
	return true
}
