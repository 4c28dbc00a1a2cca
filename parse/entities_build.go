package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/entity"
)

// decide gives each segment the kind its evidence supports, or leaves
// it undecided (kind 0) for resolution against the names found.
func (f *entFinder) decide() {
	// Names the text writes before "deposit", "mine" or "project": an
	// asset's, wherever else they stand ("Mount Carrow is expected to
	// produce" after "Kestrel's Mount Carrow deposit").
	var assets []string
	for n := range f.segs {
		// (Not "Tsingshan's industrial park": the owner of an asset.)
		if g := &f.segs[n]; g.ev&evAsset != 0 && g.ev&(evLegal|evTicker|evDir) == 0 && f.toks[g.j-1].f&tPoss == 0 && len(assets) < 64 {
			assets = append(assets, string(f.keyBytes(g.i, g.j)))
		}
	}
	var title rng // the last title read after a name
	for n := range f.segs {
		g := &f.segs[n]
		// "X, Director General of Mineral and Coal at the Ministry": the
		// field words of a title after a name name nothing of their own.
		if a := f.toks[g.i].a; title.a <= a && a < title.b {
			g.drop, g.kind = true, 0
			continue
		}
		if g.kind == entity.KindPerson && g.title.a > f.toks[g.i].a {
			title = g.title
		}
		// "in the United States, a spokesman said": a country is never
		// the person a title after it describes.
		if g.kind == entity.KindPerson && g.ev&evPerson != 0 && g.cpre < g.j-g.i {
			continue
		}
		g.kind = f.kindOf(g)
		if g.kind == entity.KindCompany && len(assets) > 0 && g.ev&(evLegal|evTicker|evDir|evHead|evCaps2|evJV|evGov|evAppos) == 0 &&
			slices.Contains(assets, string(f.keyBytes(g.i, g.j))) {
			g.kind = 0
		}
	}
}

// kicker reports a segment written in capitals that opens its
// paragraph and ends before a dash: "ORE QUOTAS — Indonesia's ministry
// has approved ...", as briefings head their items. One word alone
// ("BHP — The miner said") may be a name.
func (f *entFinder) kicker(g *nseg) bool {
	es := f.sents[g.s]
	if g.j-g.i < 2 || g.i != es.t0 || g.j >= es.t1 || es.para < 0 || es.para >= len(f.d.paras) || f.toks[g.i].a != f.d.paras[es.para].a {
		return false
	}
	for k := g.i; k < g.j; k++ {
		if f.toks[k].f&tUpper == 0 {
			return false
		}
	}
	switch f.d.v.s[f.toks[g.j].a:f.toks[g.j].b] {
	case "\u2014", "\u2013", "-":
		return true
	}
	return false
}

// capsHeadingLine reports a segment of two to four words in capitals
// that is the whole of a body paragraph: a heading, not a name.
func (f *entFinder) capsHeadingLine(g *nseg) bool {
	es := f.sents[g.s]
	if g.j-g.i < 2 || g.j-g.i > 4 || g.j != es.t1 || es.para < 0 || es.para >= len(f.d.paras) {
		return false
	}
	p := f.d.paras[es.para]
	if f.toks[g.j-1].b != p.b || strings.IndexByte(f.d.v.s[p.a:p.b], '\n') >= 0 {
		return false
	}
	// Only a section's number may stand before it: "2. THE SPA".
	for k := es.t0; k < g.i; k++ {
		if f.toks[k].f&tDigit == 0 && !f.punct(k, '.') {
			return false
		}
	}
	for k := g.i; k < g.j; k++ {
		if f.toks[k].f&tUpper == 0 {
			return false
		}
	}
	return true
}

// materialOnly reports a segment of words for materials only: "IRON
// ORE" over a digest's item.
func (f *entFinder) materialOnly(g *nseg) bool {
	for k := g.i; k < g.j; k++ {
		if !f.has(k, lxWeakHeads) && !materialWords[f.fold(k)] {
			return false
		}
	}
	return true
}

// materialWords stand before a material's head: "iron ore", "rare
// earths", "coking coal".
var materialWords = map[string]bool{"iron": true, "rare": true, "coking": true, "thermal": true, "crude": true, "palm": true, "natural": true, "pig": true, "stainless": true}

// datelineSeg reports a segment that is the place of a wire dateline at
// the start of a paragraph: "NEW DELHI, Nov 21 (Reuters) -", "SAN
// FRANCISCO (PTI) -".
func (f *entFinder) datelineSeg(g *nseg) bool {
	es := f.sents[g.s]
	if g.i != es.t0 || es.para < 0 || es.para >= len(f.d.paras) {
		return false
	}
	a := f.toks[g.i].a
	if a != f.d.paras[es.para].a {
		return false
	}
	t := f.d.v.s[a:f.d.paras[es.para].b]
	if nl := strings.IndexByte(t, '\n'); nl >= 0 {
		t = t[:nl]
	}
	place, ok := datelinePlace(t)
	if !ok || len(place) != f.toks[g.j-1].b-a {
		return false
	}
	rest := t[len(place):]
	if strings.HasPrefix(rest, ", ") {
		return true
	}
	// "(PTI)" after the city: an agency, or a city in capitals.
	c := strings.IndexByte(rest, ')')
	return c > 2 && (newsAgencies[rest[2:c]] || strings.ToUpper(place) == place)
}

// divisionName reports a firm's division named only for its trade,
// after "the", "its" or a possessive: "the Metals & Mineral Resources
// Group", "its Energy Solutions Division".
func (f *entFinder) divisionName(g *nseg) bool {
	if g.j-g.i < 2 || g.i == 0 {
		return false
	}
	switch f.text(g.j - 1) {
	case "Group", "Division", "Business", "Unit":
	default:
		return false
	}
	if p := g.i - 1; !f.word(p, "the") && !f.word(p, "its") && !f.word(p, "Its") && f.toks[p].f&tPoss == 0 {
		return false
	}
	for k := g.i; k < g.j-1; k++ {
		if !industryWords[f.fold(k)] && !f.punct(k, '&') && !f.word(k, "and") && !f.word(k, "Solutions") {
			return false
		}
	}
	return true
}

func (f *entFinder) kindOf(g *nseg) entity.Kind {
	ev := g.ev
	nt := g.j - g.i
	es := f.sents[g.s]
	switch {
	case ev&evAgency != 0:
		g.drop = true
		return 0
	case ev&evDir != 0:
		return entity.KindCompany
	case f.divisionName(g):
		// "the company's Metals & Mineral Resources Group": a firm's
		// division, named for its trade.
		g.drop = true
		return 0
	case ev&evIntl != 0:
		return entity.KindOrganization
	case g.cpre == nt && f.word(g.j, "thermal"):
		// "million British thermal units": a unit, not a country.
		g.drop = true
		return 0
	case g.cpre == nt:
		return entity.KindCountry
	case ev&evLegal == 0 && f.kicker(g):
		// "RARE EARTHS — X said": a briefing's kicker.
		g.drop = true
		return 0
	case ev&(evLegal|evTicker|evDir) == 0 && f.datelineSeg(g):
		// "NEW DELHI, Nov 21 (Reuters) -": the dateline's city.
		g.drop = true
		return 0
	case ev&(evLegal|evTicker|evDir) == 0 && f.capsHeadingLine(g):
		// "ORE SHORTFALL", "KEY EVENTS": a heading in capitals on a
		// line of its own.
		g.drop = true
		return 0
	case nt == 1 && g.cpre == 0 && ev&(evLegal|evTicker|evDir|evHead) == 0 && f.placesAfterIn(g):
		// "Our plants in Changsha and Jingmen": places after "in", and
		// the word joined to one.
		g.drop = true
		return 0
	case f.placeBased(g.j-1) || f.toks[g.j-1].f&tSuffix != 0 && places[f.d.v.s[f.toks[g.i].a:f.toks[g.j-1].cut]]:
		// "Osaka-based", "Cebu-based": the words before "-based" are a
		// place, never a company; nor "Yunnan" of "Yunnan-backed".
		g.drop = true
		return 0
	case ev&evPerson != 0 && g.cpre < nt:
		return entity.KindPerson
	case ev&evNot != 0 && ev&(evLegal|evTicker) == 0:
		return 0
	case ev&(evGov|evGovAcr) != 0:
		return entity.KindGovernment
	case ev&evAdmin != 0:
		return entity.KindPerson
	case ev&evPerson != 0:
		return entity.KindPerson
	case es.title:
		// A title-case headline capitalises every word: only a legal form
		// or a ticker says a company here; the rest is read against the
		// names the body uses.
		if ev&(evLegal|evTicker) != 0 {
			return entity.KindCompany
		}
		return 0
	case ev&(evLegal|evHead|evCaps2|evJV|evTicker) != 0:
		return entity.KindCompany
	case ev&evWeakHead != 0 && ev&evAsset == 0 && !f.materialOnly(g):
		return entity.KindCompany
	case ev&evPersonShape != 0 && ev&(evAppos|evBased|evAfterNoun|evAtOrg) == 0:
		if f.afterLocative(g) || places[f.d.v.s[f.toks[g.i].a:f.toks[g.j-1].cut]] {
			// "a plant in Alice Springs", "linked to Henry Hub": a place.
			return 0
		}
		if g.j < f.sents[g.s].t1 && f.toks[g.j].f&tLower != 0 && placeNouns[f.fold(g.j)] {
			// "shipped through Cai Lan port": the place the noun names.
			return 0
		}
		return entity.KindPerson
	case ev&evAsset != 0:
		return 0
	case ev&(evAppos|evBased|evPossCountry|evAfterNoun|evAtOrg|evJV) != 0:
		// "a Perak conglomerate", "Indonesia's Bangka-Belitung
		// islands": a place.
		// "In São Paulo, the miner's shares closed up": a place
		// before a comma and a noun, no apposition.
		if (ev&(evAppos|evJV) == 0 || ev&evJV == 0 && (f.afterLocative(g) || f.word(g.i-1, "In") || f.word(g.i-1, "At") || g.i > 0 && f.toks[g.i-1].f&(tPoss|tLower) == tPoss|tLower)) && places[f.d.v.s[f.toks[g.i].a:f.toks[g.j-1].cut]] {
			return 0
		}
		return entity.KindCompany
	case ev&evOrgTitle != 0:
		return entity.KindCompany
	case ev&(evSubject|evPossNoun|evPossName) != 0:
		if places[f.d.v.s[f.toks[g.i].a:f.toks[g.j-1].cut]] {
			return 0
		}
		// "Nam Trung's HRC is a good fit": a product's acronym.
		if g.j-g.i == 1 && f.toks[g.i].f&tUpper != 0 {
			if _, ok := commodity.Lookup(f.d.v.s[f.toks[g.i].a:f.toks[g.i].cut]); ok {
				return 0
			}
		}
		if f.has(g.j-1, lxGovHeads) {
			// "the International Energy Agency said": a body, but of no
			// one state.
			return entity.KindOrganization
		}
		if f.weakOK(g) {
			return entity.KindCompany
		}
	case ev&evSaid != 0 && f.looseName(g.i, g.j) && !(g.i-1 >= f.sents[g.s].t0 && (f.word(g.i-1, "in") || f.word(g.i-1, "from"))):
		// ("Traders in Hat Yai said": a place.)
		return entity.KindPerson
	}
	return 0
}

// placeNouns, in lower case after a name, make it a place's: "Cai Lan
// port", "Dinh Vu industrial zone", "Chi Lang district". Folded.
var placeNouns = wordSet("port", "terminal", "harbour", "harbor", "district", "province", "commune", "ward",
	"bay", "island", "river", "county", "prefecture", "village", "town", "city", "township")

// inPlace reports whether segment g follows an "in" that no word of
// owning comes before: "yields in Sarawak" names the state, "a stake in
// Kora" and "invested in Kora" the company.
func (f *entFinder) inPlace(g *nseg) bool {
	p := g.i - 1
	if p-1 < f.sents[g.s].t0 || !f.word(p, "in") {
		return false // "research at Cheongdam" is the firm
	}
	switch f.fold(p - 1) {
	case "stake", "stakes", "interest", "interests", "shares", "holding", "holdings", "invest", "invested",
		"investing", "investment", "investments", "position", "equity", "share", "analyst", "analysts",
		"officials", "executives", "director", "manager", "head", "engineers", "workers", "chairman":
		return false
	}
	return f.toks[p-1].f&tWord != 0
}

// placeAfterIn reports whether segment g, one word, closes a place
// after "in": "in Bintulu, Sarawak", where the word after the comma is
// the place's region.
func (f *entFinder) placeAfterIn(g *nseg) bool {
	p := g.i - 1
	t0 := f.sents[g.s].t0
	if p-2 < t0 || !f.punct(p, ',') || !f.nameTok(p-1) {
		return false
	}
	q := p - 1
	for q > t0 && q > p-4 && f.nameTok(q-1) {
		q--
	}
	// "renewed in December, Hoshino will": a month is no place.
	if f.calendarWord(p - 1) {
		return false
	}
	return q-1 >= t0 && (f.word(q-1, "in") || f.word(q-1, "at") || f.word(q-1, "near"))
}

// afterLocative reports whether segment g follows a lower-case "in" or
// "at", where a name with no evidence of its own is a place.
func (f *entFinder) afterLocative(g *nseg) bool {
	p := g.i - 1
	return p >= f.sents[g.s].t0 && (f.word(p, "in") || f.word(p, "at"))
}

// placesAfterIn reports segment g as a place named after "in" or "at":
// a known place ("in Changsha"), or a word joined by "and" to one ("in
// Changsha and Jingmen").
func (f *entFinder) placesAfterIn(g *nseg) bool {
	name := f.d.v.s[f.toks[g.i].a:f.toks[g.j-1].b]
	if f.afterLocative(g) {
		return places[name]
	}
	// "in Changsha and Jingmen".
	p := g.i - 1
	if p-2 < f.sents[g.s].t0 || g.j-g.i != 1 || !f.word(p, "and") || !f.word(p-2, "in") && !f.word(p-2, "at") {
		return false
	}
	return places[f.d.v.s[f.toks[p-1].a:f.toks[p-1].b]]
}

// placeBased reports whether token k ends in "-based" or
// "-headquartered", so that the words before the hyphen name a place.
func (f *entFinder) placeBased(k int) bool {
	t := &f.toks[k]
	if t.f&tSuffix == 0 {
		return false
	}
	// "Shenzhen-listed", "Texas-based": a place or a market. "Samsung-
	// owned" and "state-backed" name an owner, which may be a company.
	switch foldWord(f.d.v.s[t.cut+1 : t.b]) {
	case "based", "headquartered", "listed", "traded", "registered", "born", "made", "focused", "bound", "incorporated", "domiciled", "quoted":
		return true
	}
	return false
}

// weakOK reports whether a segment with only weak evidence of a company
// (a verb, a possessive) may be one: not a lone word opening a sentence
// that is a common noun, not two or three words that read as a person.
func (f *entFinder) weakOK(g *nseg) bool {
	nt := g.j - g.i
	t := &f.toks[g.i]
	if nt == 1 && t.f&tStart != 0 && t.f&tUpper == 0 {
		w := f.fold(g.i)
		if commonNounsStart[w] || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || f.writtenLowerNear(w, t.a) {
			return false
		}
	}
	if g.cpre > 0 && g.ev&evSubject != 0 && nt == g.cpre {
		return false
	}
	return true
}

// lowerWindow bounds how far around a word writtenLowerNear looks, so
// that the work per word stays constant.
const lowerWindow = 2000

// writtenLowerNear reports whether the word w, folded, is written in
// lower case as a whole word within lowerWindow bytes of view offset at:
// then a lone capitalised w opening a sentence is that common word
// ("Export controls are not export bans").
func (f *entFinder) writtenLowerNear(w string, at int) bool {
	s := f.d.v.s
	lo, hi := max(0, at-lowerWindow), min(len(s), at+lowerWindow)
	for from := lo; from < hi; {
		i := strings.Index(s[from:hi], w)
		if i < 0 {
			return false
		}
		i += from
		e := i + len(w)
		if (i == 0 || !isWordChar(s[i-1])) && (e == len(s) || !isWordChar(s[e])) {
			return true
		}
		from = i + 1
	}
	return false
}

// looseName reports tokens [i, j) that may be a person's name beside a
// reporting verb: two to four capitalised words, no organisation words.
func (f *entFinder) looseName(i, j int) bool {
	if j-i < 2 || j-i > 4 || f.orgWords(i, j) {
		return false
	}
	for k := i; k < j; k++ {
		if f.toks[k].f&tCap == 0 || f.toks[k].f&tUpper != 0 {
			return false
		}
	}
	return true
}

// coordinate extends the kind company over the undecided names of a list
// that holds a company: "Rio Tinto (53%), Mitsui Iron Ore (33%) and
// Nippon Steel (14%)", "General Motors, Ford and other clients".
func (f *entFinder) coordinate() {
	for a := 0; a < len(f.segs); {
		b := a + 1
		conj := false // the last separator holds "and" or "or"
		for b < len(f.segs) && f.segs[b].s == f.segs[a].s {
			ok, c := f.coordinated(b-1, b)
			if !ok {
				break
			}
			conj = c
			b++
			if c {
				break
			}
		}
		if b < len(f.segs)+1 && !conj && f.andOthers(b-1) {
			conj = true // "General Motors, Ford and other clients"
		}
		if b-a > 1 && conj {
			company := false
			for n := a; n < b; n++ {
				company = company || f.segs[n].kind == entity.KindCompany
			}
			if company {
				for n := a; n < b; n++ {
					g := &f.segs[n]
					if g.kind == 0 && !g.drop && g.ev&(evNot|evAsset) == 0 && !f.sents[g.s].title {
						g.kind = entity.KindCompany
						g.ev |= evList
					}
				}
			}
		}
		if b-a > 1 && !conj {
			b-- // the last item may open the next list
		}
		a = b
	}
	f.formerNames()
}

// renamedBetween reports whether the words from token i to segment y
// say that the name before them was changed to y's, the change done:
// "has completed its change of name to", "changed its name to", "is now".
func (f *entFinder) renamedBetween(i int, y *nseg) bool {
	j := y.j
	if i >= y.i || y.i-i > 10 {
		return false
	}
	t := f.d.lower()[max(0, f.toks[i].a-1):f.toks[y.i].a]
	for _, c := range []string{" changed its name to ", " change of name to ", " has been renamed ", " was renamed ", " renamed itself ", " is now known as ", " changed its corporate name to "} {
		if strings.HasSuffix(t, c) {
			return true
		}
	}
	// "X is now Y." with Y alone, not "X is now Y's partner".
	return strings.HasSuffix(t, " is now ") && f.toks[j-1].f&tPoss == 0 && (j >= f.sents[y.s].t1 || f.punct(j, '.') || f.punct(j, ',') || f.punct(j, '('))
}

// formerNames makes both names of "X, formerly Y", "X, previously
// known as Y" and "X (formerly Y)" companies when one is.
func (f *entFinder) formerNames() {
	for n := 0; n+1 < len(f.segs); n++ {
		x, y := &f.segs[n], &f.segs[n+1]
		// "X (TWSE: 2029), which was known as Y": a ticker in brackets
		// may stand between.
		xj := x.j
		if f.punct(xj, '(') {
			for k := xj + 1; k < xj+6 && k < f.sents[x.s].t1; k++ {
				if f.punct(k, ')') {
					xj = k + 1
					for y.i < xj && n+2 < len(f.segs) {
						n++
						y = &f.segs[n+1]
					}
					break
				}
			}
		}
		// "X has completed its change of name to Y", "X changed its
		// name to Y": X is the name no longer in use.
		if x.s == y.s && f.renamedBetween(xj, y) && y.kind != entity.KindCountry && y.kind != entity.KindPerson && y.kind != entity.KindGovernment && (y.kind == entity.KindCompany || y.ev&evLegal != 0) {
			x.former = true
			if y.kind == 0 && !y.drop && x.kind == entity.KindCompany && y.ev&(evNot|evAsset|evPersonShape) == 0 {
				y.kind = entity.KindCompany
			}
			continue
		}
		if x.s != y.s || !f.formerlyBetween(xj, y.i) && !f.nameFrom(y.i) && !f.knownAsUntil(xj, y) {
			// "X, the Agusan miner formerly known as Y": words and names
			// may stand between; Y is still a name no longer in use.
			if f.formerlyKnownAs(y.i) || f.knownAsUntilAfter(y) {
				y.former = true
				// "X, the anode materials maker formerly known as Y
				// Carbon Industry": a former name of two words or more
				// is a company's.
				if y.kind == 0 && !y.drop && y.j-y.i >= 2 && y.ev&(evNot|evAsset|evPersonShape) == 0 && !f.sents[y.s].title {
					y.kind = entity.KindCompany
				}
			}
			continue
		}
		y.former = true
		switch {
		case x.kind == entity.KindCompany && y.kind == 0 && !y.drop:
			y.kind = entity.KindCompany
		case y.kind == entity.KindCompany && x.kind == 0 && !x.drop:
			x.kind = entity.KindCompany
		case x.kind == 0 && y.kind == 0 && !y.drop && y.ev&(evNot|evAsset|evPersonShape) == 0 && !f.sents[x.s].title:
			// "Hanbit, formerly known as Hanbit Chemical Industry": the
			// subject may be a short form read later; a former name of
			// two words or more is a company's.
			if y.j-y.i >= 2 {
				y.kind = entity.KindCompany
				// "Seorin Chemtech, formerly known as Seorin Carbon
				// Industry": a name of two words or more is the same
				// company's name now.
				if x.j-x.i >= 2 && x.ev&(evNot|evAsset|evPersonShape) == 0 {
					x.kind = entity.KindCompany
				}
			}
		}
	}
}

// knownAsUntilAfter reports "was known as Y until" before and after
// segment y, whatever stands before: "The company, which was known as Y
// until 2022, produced".
func (f *entFinder) knownAsUntilAfter(y *nseg) bool {
	k := y.i
	// "Known until 2019 as Y, it has": the subject the sentence before
	// names had Y as its name.
	if k >= 4 && f.word(k-1, "as") && f.toks[k-2].f&tDigit != 0 && f.word(k-3, "until") && (f.word(k-4, "Known") || f.word(k-4, "known")) {
		return true
	}
	// "the mill that traded as Y until 2019".
	return k >= 3 && f.word(k-1, "as") && (f.word(k-2, "known") && (f.word(k-3, "was") || f.word(k-3, "were")) ||
		(f.word(k-2, "traded") || f.word(k-2, "operated")) && (f.word(k-3, "that") || f.word(k-3, "which"))) &&
		y.j < f.sents[y.s].t1 && (f.word(y.j, "until") || f.word(y.j, "till") || f.word(y.j, "before"))
}

// formerlyBetween reports whether tokens [k, end) say that a name is
// the former name of the one before: ", formerly known as", "(previously".
func (f *entFinder) formerlyBetween(k, end int) bool {
	// "..., the smelter known until 2019 as Y": Y is the name it had.
	if end-4 >= k && f.word(end-1, "as") && f.toks[end-2].f&tDigit != 0 && f.word(end-3, "until") && f.word(end-4, "known") {
		return true
	}
	// "X, until 2024 known as Y": the year first, as translations write it.
	if end-4 >= k && f.word(end-1, "as") && f.word(end-2, "known") && f.toks[end-3].f&tDigit != 0 && f.word(end-4, "until") {
		return true
	}
	if f.punct(k, ',') || f.punct(k, '(') {
		k++
	}
	// "which was known as", "which was formerly called".
	if f.word(k, "which") && (f.word(k+1, "was") || f.word(k+1, "were")) {
		k += 2
		if f.word(k, "known") && f.word(k+1, "as") {
			return k+2 == end
		}
	}
	// "which rebranded from Y", "renamed from Y".
	if f.word(k, "which") && (f.word(k+1, "rebranded") || f.word(k+1, "renamed")) && f.word(k+2, "from") {
		return k+3 == end
	}
	if (f.word(k, "rebranded") || f.word(k, "renamed")) && f.word(k+1, "from") {
		return k+2 == end
	}
	// "X was previously named Y".
	if f.word(k, "was") && (f.word(k+1, "formerly") || f.word(k+1, "previously")) {
		k++
	}
	if !f.word(k, "formerly") && !f.word(k, "previously") && !f.word(k, "earlier") && !f.word(k, "once") {
		return false
	}
	k++
	switch {
	case f.word(k, "known") && f.word(k+1, "as"):
		k += 2
	case f.word(k, "called") || f.word(k, "named"):
		k++
	}
	return k == end
}

// knownAsUntil reports ", known as Y until ..." from token k to after
// segment y: the name it had until then.
func (f *entFinder) knownAsUntil(k int, y *nseg) bool {
	if !f.word(y.j, "until") {
		return false
	}
	switch {
	case f.punct(k, ','):
		k++
	case f.word(k, "was"):
		k++
		// "X was called Y until 2017", "X was named Y until".
		if k+1 == y.i && (f.word(k, "called") || f.word(k, "named")) {
			return true
		}
	default:
		return false
	}
	return f.word(k, "known") && f.word(k+1, "as") && k+2 == y.i
}

// formerlyKnownAs reports "formerly known as" or "previously known as"
// right before token k.
func (f *entFinder) formerlyKnownAs(k int) bool {
	if k >= 3 && f.word(k-1, "as") && (f.word(k-2, "traded") || f.word(k-2, "operated")) {
		// "that until last April traded as Y", "which previously
		// operated as Y".
		for m := k - 3; m >= 0 && m >= k-6; m-- {
			if f.word(m, "until") || f.word(m, "previously") || f.word(m, "formerly") {
				return true
			}
		}
	}
	return k >= 3 && f.word(k-1, "as") && f.word(k-2, "known") && (f.word(k-3, "formerly") || f.word(k-3, "previously"))
}

// nameFrom reports a former name after "changed its name from" or
// "renamed from", starting at token k: "X, which changed its name from
// Y in 2021".
func (f *entFinder) nameFrom(k int) bool {
	if !f.word(k-1, "from") {
		return false
	}
	if f.word(k-2, "name") || f.word(k-2, "renamed") {
		return true
	}
	// "changed its name to X from Y".
	for m := k - 3; m >= max(0, k-8); m-- {
		if f.word(m, "name") && f.word(m+1, "to") {
			return true
		}
	}
	return false
}

// andOthers reports "and other ...", "and others" or "among others"
// after segment n, which close a list.
func (f *entFinder) andOthers(n int) bool {
	k := f.segs[n].j
	if f.punct(k, ',') {
		k++
	}
	return (f.word(k, "and") || f.word(k, "or") || f.word(k, "among")) && (f.word(k+1, "other") || f.word(k+1, "others"))
}

// coordinated reports whether segments x and y are joined as items of one
// list: only ",", "and", "or" and bracketed asides between them. conj
// reports whether "and", "or" or "&" joins them.
func (f *entFinder) coordinated(x, y int) (ok, conj bool) {
	k, end := f.segs[x].j, f.segs[y].i
	if f.segs[x].ev&evAfterNoun != 0 && k < end {
		k++ // "Harita group and ..."
	}
	sep := false
	for k < end {
		switch {
		case f.punct(k, '('):
			e := k + 1
			for e < end && e < k+10 && !f.punct(e, ')') {
				e++
			}
			if e >= end || !f.punct(e, ')') {
				return false, false
			}
			k = e + 1
		case f.punct(k, ','):
			sep = true
			k++
		case f.word(k, "and") || f.word(k, "or") || f.punct(k, '&'):
			sep, conj = true, true
			k++
		default:
			return false, false
		}
	}
	return sep, conj
}

// build turns the segments into entities: full names first, then short
// forms and undecided names resolved against them.
func (f *entFinder) build() {
	// Full names: longest first, so that short forms find them.
	order := f.order[:0]
	for n := range f.segs {
		g := &f.segs[n]
		if g.drop || g.kind == 0 || f.sents[g.s].title && g.ev&(evLegal|evTicker|evDir) == 0 && g.kind != entity.KindCountry {
			continue
		}
		if f.fullName(g) && !f.bracketAlias(g) {
			order = append(order, n)
		}
	}
	slices.SortStableFunc(order, func(x, y int) int {
		return (f.segs[y].j - f.segs[y].i) - (f.segs[x].j - f.segs[x].i)
	})
	f.order = order
	// Names that define aliases in brackets after them first, so that
	// the full names met later find those aliases: `Qinghai Xiling
	// Copper Co., Ltd. ("Xiling Copper") ... Xiling Copper shall supply`.
	for _, n := range order {
		if g := &f.segs[n]; f.punct(g.j, '(') && !g.tickerWord() && !(g.tickerName() && f.insideEarlierName(n)) {
			f.resolve(n, false)
			f.bracketAfter(n)
		}
	}
	for _, n := range order {
		if f.segs[n].ent < 0 {
			f.resolve(n, false)
		}
	}
	// "Vinacomin (Vietnam National Coal and Mineral Industries Group)":
	// a short name the full one in brackets after it spells.
	for n := range f.segs {
		f.shortBeforeBracket(n)
	}
	// The rest, in text order: short forms, acronyms, surnames, names
	// known only by context.
	for _, n := range order {
		f.bracketAfter(n)
	}
	// Names of two words or more that the context types come before the
	// single words, which may be short forms of them.
	for _, multi := range []bool{true, false} {
		for n := range f.segs {
			g := &f.segs[n]
			if g.ent >= 0 || g.drop || f.sents[g.s].title || multi && (g.j-g.i < 2 || g.kind == 0) {
				continue
			}
			f.resolve(n, true)
			f.bracketAfter(n)
		}
	}
	f.headlines()
	f.issuerLine()
	f.formerNameField()
	f.issuerHeading()
	f.coverCountries()
	f.anaphora()
	f.roles()
	f.bylines()
	f.interviewWe()
	f.interviewQuestions()
	f.letterWe()
	f.theCounterparty()
	f.boardFields()
	f.boardMoves()
}

// coverCountries reads the countries a filing's cover and close name
// outside its sentences: "(Incorporated in the Cayman Islands with
// limited liability)" under the issuer's name, and "Hong Kong, 16 April
// 2027" over the signatures.
func (f *entFinder) coverCountries() {
	for _, l := range f.d.lines {
		t := f.d.v.s[l.ts:l.te]
		switch {
		case len(t) < 80 && hasAnyPrefix(t, "(Incorporated in ", "(incorporated in "):
			a := l.ts + len("(Incorporated in ")
			r := t[len("(Incorporated in "):]
			if strings.HasPrefix(r, "the ") {
				a, r = a+len("the "), r[len("the "):]
			}
			n := strings.Index(r, " with ")
			if n < 0 {
				n = strings.IndexByte(r, ')')
			}
			if n <= 0 {
				continue
			}
			if c, form, ok := entity.LookupCountry(r[:n]); ok && form == entity.CountryName {
				f.countryMentionAt(a, a+n, c)
			}
		case l.kind == lDate && !l.nav && len(t) < 40:
			c := strings.IndexByte(t, ',')
			if c <= 0 || !placeWords(t[:c]) {
				continue
			}
			if cc, form, ok := entity.LookupCountry(t[:c]); ok && form == entity.CountryName {
				f.countryMentionAt(l.ts, l.ts+c, cc)
			}
		}
	}
}

// countryMentionAt records a country named at view range [a, b), which
// may lie outside the sentences the tokens cover.
func (f *entFinder) countryMentionAt(a, b int, c entity.Country) {
	e, ok := f.countries[c]
	if !ok {
		e = f.newEntity(entity.KindCountry)
		f.ents[e].code = c
		f.ents[e].name = c.Name()
		f.countries[c] = e
	}
	f.mentionRange(rng{a, b}, e)
	f.ents[e].addName(f.d.v.s[a:b], a)
}

// boardMoves reads a post a person takes at the firm the text is about,
// its firm unnamed, after what the person is already: "Ms X, a
// Non-Executive Director since 2022, was appointed Chair", "Mr Y,
// Executive Vice President of Z, joined the Board as a Non-Executive
// Director on 1 May": the post is held at the issuer, or the story's
// company.
func (f *entFinder) boardMoves() {
	low := f.d.lower()
	for si, es := range f.sents {
		if es.title || len(f.sentSegs[si]) == 0 {
			continue
		}
		g := &f.segs[f.sentSegs[si][0]]
		if g.ent < 0 || f.ents[g.ent].kind != entity.KindPerson || g.i > es.t0+1 {
			continue
		}
		a, b := f.toks[g.j-1].b, f.toks[es.t1-1].b
		t := low[a:b]
		at := -1
		for _, c := range []string{" joined the board as a ", " joined the board as an ", " joined the board as ", " was appointed ", " was elected ", " has been appointed "} {
			if k := strings.Index(t, c); k >= 0 && k < 120 {
				at = k + len(c)
				break
			}
		}
		if at < 0 {
			continue
		}
		// The title: capitalised words up to a full stop, " on ", " with
		// effect", " effective" or a comma.
		rest := t[at:]
		end := len(rest)
		for _, c := range []string{".", ",", " on ", " with effect", " effective", " from ", " as ", " after ", " at ", " of ", " in "} {
			if k := strings.Index(rest, c); k >= 0 && k < end {
				end = k
			}
		}
		title := strings.TrimSpace(f.d.v.origText(a+at, a+at+end))
		w := strings.Fields(title)
		if len(w) == 0 || len(w) > 4 || !titleHeads[strings.ToLower(w[len(w)-1])] || strings.HasPrefix(rest[end:], " of ") || strings.HasPrefix(rest[end:], " at ") {
			continue
		}
		for _, x := range w {
			if !isUpper(x[0]) {
				title = ""
				break
			}
		}
		if title == "" {
			continue
		}
		org := f.issuer
		if org < 0 {
			org = f.storyCompany(a)
		}
		if org < 0 {
			continue
		}
		f.addRole(g.ent, title, org)
	}
}

// ourTitles reads "our general manager Wen Xiaodong" in sentence si,
// where "our" stands for org: the title is held at org.
func (f *entFinder) ourTitles(si, org int) {
	for _, m := range f.sentSegs[si] {
		g := &f.segs[m]
		if g.ent < 0 || f.ents[g.ent].kind != entity.KindPerson || g.title.b <= g.title.a {
			continue
		}
		if t := f.tokAt(g.title.a); t > 0 && (f.word(t-1, "our") || f.word(t-1, "Our")) {
			// "our" says where the title is held, over a guess.
			title, x, set := f.d.v.origText(g.title.a, g.title.b), f.ents[g.ent], false
			for r := range x.roles {
				if x.roles[r].title == title {
					x.roles[r].org, set = org, true
				}
			}
			if !set {
				f.addRole(g.ent, title, org)
			}
		}
	}
}

// letterWe reads a letter to shareholders, as an annual report opens:
// from "Dear Shareholders," to "Yours sincerely,", "we", "our" and "us"
// stand for the company the page is about, its issuer or the firm its
// headline names.
func (f *entFinder) letterWe() {
	d := f.d
	start, end := -1, len(d.v.s)
	for _, l := range d.lines {
		t := d.text(l)
		if start < 0 {
			if len(t) < 40 && (hasPrefixLower(t, "dear shareholder") || hasPrefixLower(t, "dear fellow shareholder") || hasPrefixLower(t, "dear investor")) {
				start = l.te
			}
			continue
		}
		if len(t) < 40 && (hasPrefixLower(t, "yours sincerely") || hasPrefixLower(t, "yours faithfully") || hasPrefixLower(t, "sincerely")) {
			end = l.ts
			break
		}
	}
	if start < 0 {
		return
	}
	org := f.issuer
	if org < 0 {
		org = f.headlineFirm()
	}
	if org < 0 || f.ents[org].kind != entity.KindCompany {
		return
	}
	// "Yours sincerely," over "Peter Costigan": "I" is the signer.
	signer, at := -1, len(d.v.s)
	for e, x := range f.ents {
		if x.kind != entity.KindPerson || x.into >= 0 {
			continue
		}
		for _, m := range x.mentions {
			if m.a >= end && m.a < end+200 && m.a < at {
				signer, at = e, m.a
			}
		}
	}
	for si, es := range f.sents {
		if es.t1 <= es.t0 || f.toks[es.t0].a < start {
			continue
		}
		if f.toks[es.t0].a >= end {
			break
		}
		for k := es.t0; k < es.t1; k++ {
			if f.word(k, "we") || f.word(k, "We") || f.word(k, "our") || f.word(k, "Our") || f.word(k, "us") || f.word(k, "ours") {
				f.mentionRange(rng{f.toks[k].a, f.toks[k].b}, org)
			} else if signer >= 0 && f.word(k, "I") && k+1 < es.t1 && f.toks[k+1].f&tLower != 0 {
				f.mentionRange(rng{f.toks[k].a, f.toks[k].b}, signer)
			}
		}
		f.ourTitles(si, org)
	}
}

// headlineFirm returns the one company the headline names, or -1.
func (f *entFinder) headlineFirm() int {
	org := -1
	for e, x := range f.ents {
		if x.kind == entity.KindCompany && x.into < 0 && f.inHeadline(e) {
			if org >= 0 {
				return -1
			}
			org = e
		}
	}
	return org
}

// boardFields reads the fields of a notice of changes to a board, as
// Bursa Malaysia announcements set them: "Name : DATO' SRI AHMAD FAUZI
// BIN MOHD RASHID" and, a few lines under it, "Designation : Chairman".
// The person, named without the honorifics, holds the title at the
// issuer.
func (f *entFinder) boardFields() {
	d := f.d
	if !strings.Contains(d.v.s, "Designation") {
		return
	}
	for i := 0; i < len(d.lines); i++ {
		name, at, ok := fieldValue(d, i, "Name")
		if !ok || len(name) > 80 || !isUpper(name[0]) {
			continue
		}
		title := ""
		for j := i + 1; j < len(d.lines) && j <= i+10; j++ {
			if _, _, ok := fieldValue(d, j, "Name"); ok {
				break
			}
			if v, _, ok := fieldValue(d, j, "Designation"); ok {
				title = v
			}
			if v, _, ok := fieldValue(d, j, "New Position"); ok {
				title = v
			}
		}
		if title == "" || len(title) > 80 {
			continue
		}
		k := honorificsLen(name)
		name, at = name[k:], at+k
		if strings.Count(name, " ") < 1 {
			continue
		}
		// The person a name found in the field already stands for.
		e := -1
		for c, x := range f.ents {
			if x.kind != entity.KindPerson || x.into >= 0 {
				continue
			}
			if slices.ContainsFunc(x.mentions, func(m rng) bool { return m.a >= at && m.b <= at+len(name) }) {
				e = c
				break
			}
		}
		// Or the one the text names by the opening words of the name:
		// "Dato' Sri Ahmad Fauzi began his career".
		if e < 0 {
			full := strings.ToLower(name) + " "
			for c, x := range f.ents {
				// ("Puan Farahanim joined": the given name alone.)
				if x.kind == entity.KindPerson && x.into < 0 && (x.nameToks >= 2 || len(x.name) >= 5) && strings.HasPrefix(full, strings.ToLower(x.name)+" ") {
					if e >= 0 {
						e = -1
						break
					}
					e = c
				}
			}
		}
		if e < 0 {
			e = f.newEntity(entity.KindPerson)
		}
		f.mentionRange(rng{at, at + len(name)}, e)
		f.addNameText(e, name, at)
		org := f.issuer
		if org < 0 {
			org = f.firstCompany()
		}
		f.addRole(e, title, org)
	}
}

// fieldValue returns the value of line i when it is a field with the
// label, spaces before the colon and all ("Name      : X"), and the
// value's view offset.
func fieldValue(d *doc, i int, label string) (string, int, bool) {
	l := d.lines[i]
	t := d.text(l)
	if !strings.HasPrefix(t, label) {
		return "", 0, false
	}
	k := len(label)
	for k < len(t) && t[k] == ' ' {
		k++
	}
	if k == len(t) || t[k] != ':' {
		return "", 0, false
	}
	k++
	for k < len(t) && t[k] == ' ' {
		k++
	}
	v := strings.TrimRight(t[k:], " ")
	if v == "" {
		return "", 0, false
	}
	return v, l.ts + k, true
}

// honorificsLen returns the length of the Malaysian and other
// honorifics that open a name as a board notice writes it, in capitals
// or not: "DATO' SRI ", "Tan Sri ", "PUAN ", "Encik ".
func honorificsLen(name string) int {
	n := 0
	for {
		rest := name[n:]
		found := false
		for _, h := range []string{"dato' sri ", "dato' seri ", "datuk seri ", "datuk wira ", "tan sri ", "puan sri ", "toh puan ", "dato' ", "datuk ", "datin ",
			"puan ", "encik ", "tuan ", "haji ", "hajah ", "hajjah ", "dr. ", "dr ", "ir. ", "ir ", "mr. ", "mr ", "ms. ", "ms ", "mrs. ", "mdm ", "madam "} {
			if len(rest) > len(h) && equalLower(rest[:len(h)], h) {
				n += len(h)
				found = true
				break
			}
		}
		if !found {
			return n
		}
	}
}

// interviewWe reads the answers of an interview: a paragraph that opens
// with the speaker's name and a colon ("Luo: We hold 19.5% of ..."),
// where "we", "our" and "us" stand for the company the speaker holds a
// title at. Each of those words becomes a mention of that company.
func (f *entFinder) interviewWe() {
	for si := 0; si < len(f.sents); si++ {
		es := f.sents[si]
		opens := f.toks[es.t0].a // where the sentence opens
		// "[00:01:33] RAVI MENON: So we shipped": a transcript's time
		// before the speaker.
		if f.punct(es.t0, '[') {
			for k := es.t0 + 1; k < es.t1 && k < es.t0+10; k++ {
				if f.punct(k, ']') {
					es.t0 = k + 1
					break
				}
			}
		}
		if es.head || es.t1-es.t0 < 3 || !f.punct(es.t0+1, ':') && !f.punct(es.t0+2, ':') && !f.punct(es.t0+3, ':') {
			continue
		}
		// The speaker opens the paragraph.
		if para := es.para; para < 0 || para >= len(f.d.paras) || opens != f.d.paras[para].a {
			continue
		}
		org := -1
		if f.word(es.t0, "A") && f.punct(es.t0+1, ':') {
			// "Q: ... A: We supply ...": the answers of the one the
			// page interviews, a head of the company its headline or
			// standfirst names.
			if sc := f.storyCompany(f.toks[es.t0].a); sc >= 0 && f.inHeadline(sc) {
				org = sc
			}
		} else if n := f.tokSeg[es.t0]; n >= 0 && f.segs[n].ent >= 0 {
			if x := f.ents[f.segs[n].ent]; x.kind == entity.KindPerson && len(x.roles) > 0 {
				org = x.roles[0].org
			}
		} else if p := f.speakerInitials(es.t0); p >= 0 {
			// "BT: By truck to the border": the speaker by initials.
			org = f.ents[p].roles[0].org
		}
		if org < 0 || f.ents[org].kind != entity.KindCompany {
			continue
		}
		// "I met Director General X": the one who answers, the person
		// the page names at the company before its first answer.
		speaker := -1
		if n := f.tokSeg[es.t0]; n >= 0 && f.segs[n].ent >= 0 && f.ents[f.segs[n].ent].kind == entity.KindPerson {
			speaker = f.segs[n].ent
		} else if p := f.speakerInitials(es.t0); p >= 0 {
			speaker = p
		} else {
			speaker = f.interviewee(org, f.toks[es.t0].a)
		}
		// "MAQ: You met the Minister of Mines, X, in March." over the
		// answer: "you" in the question before is the one who answers.
		qs := si - 1
		for qs > 0 && f.sents[qs-1].para == es.para-1 && f.sents[qs].para == es.para-1 {
			qs--
		}
		if speaker >= 0 && qs >= 0 {
			if q := f.sents[qs]; q.para == es.para-1 && q.t1-q.t0 > 3 {
				for k := q.t0; k < q.t0+4 && k+2 < q.t1; k++ {
					if f.punct(k, ':') {
						if f.word(k+1, "You") && f.toks[k+2].f&tLower != 0 {
							f.mentionRange(rng{f.toks[k+1].a, f.toks[k+1].b}, speaker)
						}
						break
					}
				}
			}
		}
		// Every sentence of the answer, which goes on over the
		// paragraphs after it up to the next speaker's.
		para := es.para
		for s2 := si; s2 < len(f.sents); s2++ {
			if p := f.sents[s2].para; p != para {
				if p != para+1 || !f.answerGoesOn(s2, false) {
					break
				}
				para = p
			}
			for k := f.sents[s2].t0; k < f.sents[s2].t1; k++ {
				if speaker >= 0 && f.weMet(k) {
					// "We also met State Secretary X": the one who
					// answers met X.
					f.mentionRange(rng{f.toks[k].a, f.toks[k].b}, speaker)
					continue
				}
				if f.word(k, "we") || f.word(k, "We") || f.word(k, "our") || f.word(k, "Our") || f.word(k, "us") || f.word(k, "ours") {
					f.mentionRange(rng{f.toks[k].a, f.toks[k].b}, org)
				}
				if speaker >= 0 && f.word(k, "I") {
					f.mentionRange(rng{f.toks[k].a, f.toks[k].b}, speaker)
				}
			}
			f.ourTitles(s2, org)
		}
	}
}

// speakerInitials returns the person with a title at a firm whose
// initials token k, a label before a colon, spells ("BT" for Batbayar
// Tsogtbaatar), or -1. Only one such person may fit.
func (f *entFinder) speakerInitials(k int) int {
	w := f.text(k)
	if len(w) < 2 || len(w) > 4 || !f.punct(k+1, ':') {
		return -1
	}
	for i := 0; i < len(w); i++ {
		if !isUpper(w[i]) {
			return -1
		}
	}
	found := -1
	for e, x := range f.ents {
		if x.kind != entity.KindPerson || len(x.roles) == 0 || x.roles[0].org < 0 || x.into >= 0 {
			continue
		}
		n := 0
		ok := true
		for part := range strings.FieldsSeq(x.name) {
			if n >= len(w) || part[0] != w[n] {
				ok = false
				break
			}
			n++
		}
		if ok && n == len(w) {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	return found
}

// interviewQuestions reads an interview set as questions of their own
// paragraphs, each a sentence ending in "?", with the answers in the
// paragraphs after them: "we", "our" and "us" there stand for the
// company the headline names and the story is about, "I" for the one
// the page names with a role there.
func (f *entFinder) interviewQuestions() {
	questions := 0
	first := -1 // the first question's sentence
	for si := range f.sents {
		if f.question(si) {
			if first < 0 {
				first = si
			}
			questions++
		}
	}
	if questions < 2 {
		return
	}
	org := f.storyCompany(f.toks[f.sents[first].t0].a)
	if org < 0 || f.ents[org].kind != entity.KindCompany {
		return
	}
	speaker := f.interviewee(org, f.toks[f.sents[first].t0].a)
	// A headline that quotes the one who answers names no firm: the
	// firm where the page names that one with a role will do.
	if !f.inHeadline(org) && speaker < 0 {
		return
	}
	answer := false
	qpara := -1 // the paragraph of the last question
	for si := first; si < len(f.sents); si++ {
		es := f.sents[si]
		if f.question(si) {
			answer, qpara = true, es.para
			// "You met the Minister of Mines, X, in March": "you" in
			// a question is the one who answers.
			if speaker >= 0 {
				for k := es.t0; k < es.t1; k++ {
					if k == es.t0 && f.word(k, "You") && k+1 < es.t1 && f.toks[k+1].f&tLower != 0 {
						f.mentionRange(rng{f.toks[k].a, f.toks[k].b}, speaker)
					}
				}
			}
			continue
		}
		// An answer runs up to the next question, over paragraphs of
		// its own; a line with a colon's label ends it. ("Yes. We
		// signed ...": the paragraph right after the question is the
		// answer, however short its first sentence.)
		if !answer || es.head {
			continue
		}
		if f.toks[es.t0].a == f.d.paras[max(0, es.para)].a && !f.answerGoesOn(si, es.para == qpara+1) {
			answer = false
			continue
		}
		for k := es.t0; k < es.t1; k++ {
			if speaker >= 0 && f.weMet(k) {
				f.mentionRange(rng{f.toks[k].a, f.toks[k].b}, speaker)
				continue
			}
			if f.word(k, "we") || f.word(k, "We") || f.word(k, "our") || f.word(k, "Our") || f.word(k, "us") || f.word(k, "ours") {
				f.mentionRange(rng{f.toks[k].a, f.toks[k].b}, org)
			}
			if speaker >= 0 && f.word(k, "I") {
				f.mentionRange(rng{f.toks[k].a, f.toks[k].b}, speaker)
			}
		}
		// "Our finance director X": a title at the speaker's firm.
		f.ourTitles(si, org)
	}
}

// theCounterparty reads "the counterparty" in a filing whose field
// "4. Counterparty: Y" names the other party of its deal: each is a
// mention of Y.
func (f *entFinder) theCounterparty() {
	low := f.d.lower()
	if !strings.Contains(low, "counterparty") {
		return
	}
	e := -1
	for _, l := range f.d.lines {
		t := low[l.ts:l.te]
		// "4. Counterparty: Y", "Counterparty | Y".
		t = strings.TrimLeft(t, "0123456789.() ")
		if !strings.HasPrefix(t, "counterparty") {
			continue
		}
		v := strings.IndexAny(t, ":|")
		if v < 0 || strings.TrimSpace(t[len("counterparty"):v]) != "" {
			continue
		}
		name := strings.TrimSpace(f.d.v.s[l.te-len(t)+v+1 : l.te])
		if b := strings.Index(name, " ("); b > 0 {
			name = name[:b]
		}
		if c, ok := f.byKey[nameKey(name)]; ok && c >= 0 && f.ents[c].kind == entity.KindCompany {
			if e >= 0 && e != c {
				return // two counterparties: none is "the" one
			}
			e = c
		}
	}
	if e < 0 {
		return
	}
	for k := 1; k < len(f.toks); k++ {
		if f.word(k, "counterparty") && (f.word(k-1, "the") || f.word(k-1, "The")) && f.toks[k].f&tLower != 0 {
			f.mentionRange(rng{f.toks[k-1].a, f.toks[k].b}, e)
		}
	}
}

// question reports whether sentence si is a paragraph of its own that
// asks: "Where does the refinery expansion stand?".
func (f *entFinder) question(si int) bool {
	es := f.sents[si]
	if es.head || es.t1 <= es.t0 || es.para < 0 || es.para >= len(f.d.paras) {
		return false
	}
	p := f.d.paras[es.para]
	// "You are building a refinery, but you have no mine. Isn't that
	// risky?": a short paragraph that ends in a question is one, every
	// sentence of it.
	// (Not a speaker's turn in a transcript: "[00:02:41] TOM: ...?")
	if t := f.d.v.s[p.a:p.b]; len(t) < 250 && t[len(t)-1] == '?' && t[0] != '[' && !strings.Contains(t[:min(len(t), 40)], ": ") {
		return true
	}
	if f.toks[es.t0].a != p.a || f.toks[es.t1-1].b != p.b || p.b-p.a >= 200 {
		return false
	}
	// "Tell us about the agreement with Y.": a prompt, as an
	// interviewer's question may be.
	return f.punct(es.t1-1, '?') || f.word(es.t0, "Tell") && (f.word(es.t0+1, "us") || f.word(es.t0+1, "me"))
}

// answerGoesOn reports whether the paragraph that sentence si opens goes
// on with the answer of a speaker: it opens with no speaker's label
// ("Name:", "Q:"), no slide's label ("[Slide 5: Coal]"), and quotes no
// one. A paragraph right after a question (first) may open with a
// sentence of a word or two: "Yes. We signed ...".
func (f *entFinder) answerGoesOn(si int, first bool) bool {
	es := f.sents[si]
	if es.head || es.t1-es.t0 < 3 && !first || f.punct(es.t0, '[') || f.sents[si].caps {
		return false
	}
	for k := es.t0; k < es.t1 && k <= es.t0+4; k++ {
		if f.punct(k, ':') {
			return false
		}
	}
	if para := es.para; para >= 0 && para < len(f.d.paras) {
		p := f.d.paras[para]
		if strings.ContainsRune(f.d.v.s[p.a:p.b], '"') {
			return false
		}
	}
	return true
}

// interviewee returns the person the page names, before view offset at,
// with a role at company org: the one an interview's answers are
// from; -1 when there is none or more than one.
func (f *entFinder) interviewee(org, at int) int {
	// "INTERVIEW: ... - Hokuyo Electric's Yasuhiro Kuwabara on equity
	// gas": the one person the headline names.
	h := -1
	for si := 0; h != -2 && si < len(f.sents) && f.sents[si].head; si++ {
		for _, n := range f.sentSegs[si] {
			if e := f.segs[n].ent; e >= 0 && f.ents[f.root(e)].kind == entity.KindPerson {
				if h >= 0 && h != f.root(e) {
					h = -2
					break
				}
				h = f.root(e)
			}
		}
	}
	if h >= 0 {
		return h
	}
	p := -1
	for e, x := range f.ents {
		if x.kind != entity.KindPerson || x.first < 0 || x.first >= at || x.into >= 0 {
			continue
		}
		for _, r := range x.roles {
			if r.org == org {
				if p >= 0 && p != e {
					return -1
				}
				p = e
			}
		}
	}
	return p
}

// bracketAlias reports a name written alone in brackets, quoted or not,
// right after another name: `Qinghai Xiling Copper Co., Ltd. ("Xiling
// Copper")`. It is that name's alias, which bracketAfter reads, and no
// full name of its own.
func (f *entFinder) bracketAlias(g *nseg) bool {
	i, j := g.i, g.j
	if f.punct(i-1, '"') && f.punct(j, '"') {
		i, j = i-1, j+1
		// `(the "JV Company")`.
		if f.word(i-1, "the") {
			i--
		}
	}
	if !f.punct(i-1, '(') || !f.punct(j, ')') || i-2 < f.sents[g.s].t0 {
		return false
	}
	n := f.tokSeg[i-2]
	return n >= 0 && f.segs[n].j == i-1 && f.segs[n].kind == g.kind
}

// issuerLine takes the issuer of a filing from its "Company name:" line
// in the first lines of the page, when no bracket defined one.
func (f *entFinder) issuerLine() {
	if f.issuer >= 0 {
		return
	}
	d := f.d
	for i := 0; i < len(d.lines) && i < 40; i++ {
		l := d.lines[i]
		// `PT KONAWE RAYA NIKEL Tbk` above `("the Issuer")`.
		if t := d.text(l); i > 0 && (equalLower(t, `("the issuer")`) || equalLower(t, `("the company")`) || equalLower(t, `(the "issuer")`) || equalLower(t, `(the "company")`)) {
			name := d.text(d.lines[i-1])
			if e, ok := f.byKey[nameKey(name)]; ok && e >= 0 && f.ents[e].kind == entity.KindCompany {
				f.issuer = e
				return
			}
		}
		k := companyNameLabel(d.text(l))
		// "Company code: 6837    Company name: X": the name's field
		// beside another.
		if k == 0 && strings.Contains(d.text(l), "   ") {
			for _, c := range fieldCells(nil, d.v.s, l.ts, l.te) {
				if kc := companyNameLabel(d.v.s[c.Start:c.End]); kc > 0 {
					l.ts, l.te, k = c.Start, c.End, kc
					break
				}
			}
		}
		// "Jinwoo Carbon Materials Co., Ltd." over "Stock code: 214870":
		// the filer.
		// ("Hyeonam Chemical Co., Ltd." over "Disclosure date: ...", as
		// Korea's disclosure site heads a filing.)
		// (Not "Stock Name : TSTANUM" over "Stock Code : 7392": a field
		// of its own.)
		if k == 0 && i+1 < len(d.lines) && !strings.Contains(d.text(l), ":") && (hasPrefixLower(d.text(d.lines[i+1]), "stock code") || hasPrefixLower(d.text(d.lines[i+1]), "securities code") || hasPrefixLower(d.text(d.lines[i+1]), "disclosure date:")) {
			name := strings.TrimSpace(d.text(l))
			if e, ok := f.byKey[nameKey(name)]; ok && e >= 0 && f.ents[e].kind == entity.KindCompany {
				f.issuer, f.filer = e, true
				return
			}
			// Named nowhere else: the company of that name all the same.
			if name != "" && len(name) <= 80 && isUpper(name[0]) {
				e := f.newEntity(entity.KindCompany)
				a := l.ts + strings.Index(d.text(l), name)
				f.mentionRange(rng{a, a + len(name)}, e)
				f.addNameText(e, name, a)
				f.issuer = e
				return
			}
		}
		if k == 0 && i < 6 && d.letterhead(i) {
			// "PARADIP METCOKE INDUSTRIES LIMITED" over "CIN: ...": the
			// company whose letter it is.
			if e, ok := f.byKey[nameKey(strings.TrimSpace(d.text(l)))]; ok && e >= 0 && f.ents[e].kind == entity.KindCompany {
				f.issuer = e
				return
			}
		}
		if k == 0 {
			continue
		}
		// The name as the text names the company elsewhere ("Company :
		// X   Stock code : 009620": up to the next field).
		name := strings.TrimSpace(d.v.s[l.ts+k : l.te])
		if g := strings.Index(name, "   "); g > 0 {
			name = name[:g]
		}
		// "Filer: X Co., Ltd. (KOSDAQ: 298720)": the name before its code.
		if b := strings.LastIndex(name, " ("); b > 0 && strings.HasSuffix(name, ")") && strings.ContainsAny(name[b:], "0123456789") {
			name = name[:b]
		}
		// "Company name: X Co., Ltd. (XCO)": the short name the market
		// gives it, in capitals, another name of the firm.
		short := ""
		if b := strings.LastIndex(name, " ("); b > 0 && strings.HasSuffix(name, ")") && len(name)-b-3 >= 2 && len(name)-b-3 <= 12 && isUpperWord(name[b+2:len(name)-1]) {
			name, short = name[:b], name[b+2:len(name)-1]
		}
		addShort := func(e int) {
			if short != "" {
				a := l.ts + k + strings.Index(d.v.s[l.ts+k:l.te], "("+short+")") + 1
				f.mentionRange(rng{a, a + len(short)}, e)
				f.addNameText(e, short, a)
			}
		}
		if e, ok := f.byKey[nameKey(name)]; ok && e >= 0 && f.ents[e].kind == entity.KindCompany {
			f.issuer = e
			addShort(e)
			return
		}
		// Named nowhere else: the company of that name all the same,
		// when the name says it is one ("Sunhae Steel Corporation").
		if name != "" && len(name) <= 80 && isUpper(name[0]) && hasLegalWord(name) {
			e := f.newEntity(entity.KindCompany)
			a := l.ts + k + strings.Index(d.v.s[l.ts+k:l.te], name)
			f.mentionRange(rng{a, a + len(name)}, e)
			f.addNameText(e, name, a)
			f.issuer = e
			addShort(e)
		}
		return
	}
}

// issuerHeading takes the issuer of a filing that speaks of "the
// Company" without defining it from a line near the top that names one
// company and nothing else, or that company and its code in brackets:
// "Hanbit Materials Co., Ltd. (KRX: 123450)" over the notice.
func (f *entFinder) issuerHeading() {
	d := f.d
	if f.issuer >= 0 || !theCompanyIn(d.v.s) && !d.officerOnCover() {
		return
	}
	for i := 0; i < len(d.lines) && i < 12; i++ {
		t := strings.TrimSpace(d.text(d.lines[i]))
		if k := strings.LastIndex(t, " ("); k > 0 && strings.HasSuffix(t, ")") && strings.ContainsAny(t[k:], "0123456789") {
			t = t[:k]
		}
		if len(t) < 3 || len(t) > 80 || !isUpper(t[0]) {
			continue
		}
		if e, ok := f.byKey[nameKey(t)]; ok && e >= 0 && f.ents[e].kind == entity.KindCompany {
			f.issuer = e
			return
		}
	}
}

// theCompanyIn reports whether s holds "the Company" or "The Company".
func theCompanyIn(s string) bool {
	return containsAfter(s, "the ", "Company") || containsAfter(s, "The ", "Company")
}

// formerNameField reads the field of a disclosure form's cover that
// gives the issuer's former name on the line under its label ("9. Former
// name or former address, if changed since last report"): a company
// the text names, its name as it was.
func (f *entFinder) formerNameField() {
	d := f.d
	if j, ok := formerNameValue(d); ok {
		l := d.lines[j]
		name := d.text(l)
		if len(name) > 80 || !isUpper(name[0]) || !hasLegalWord(name) {
			return
		}
		e, found := f.byKey[nameKey(name)]
		if !found || e < 0 || f.ents[e].kind != entity.KindCompany {
			e = f.newEntity(entity.KindCompany)
			f.mentionRange(rng{l.ts, l.te}, e)
			f.addNameText(e, name, l.ts)
		}
		f.ents[e].formerly = true
	}
}

// formerNameValue returns the line that holds the value of a form's
// former-name field among the first lines of d.
func formerNameValue(d *doc) (int, bool) {
	for i := 0; i+1 < len(d.lines) && i < 80; i++ {
		if j, ok := formerNameLabel(d, i); ok {
			return j, true
		}
	}
	return 0, false
}

// formerNameLabel reports whether line i of d is the label of a form's
// former-name field, and returns the line of its value, the next that
// is not blank.
func formerNameLabel(d *doc, i int) (int, bool) {
	l := d.lines[i]
	if l.kind != lText {
		return 0, false
	}
	t := strings.TrimLeft(d.lower()[l.ts:l.te], "0123456789. ")
	if !strings.HasPrefix(t, "former name") || len(t) > 90 {
		return 0, false
	}
	j := i + 1
	for j < len(d.lines) && d.lines[j].kind == lBlank {
		j++
	}
	return j, j < len(d.lines) && d.lines[j].kind == lText
}

// hasLegalWord reports a name whose last word is a legal form or a
// company's word: "Sunhae Steel Corporation", "Kora Ltd".
func hasLegalWord(name string) bool {
	w := strings.TrimRight(name[strings.LastIndexByte(name, ' ')+1:], ".,")
	return inSetLower(legalCore, w) || inSetLower(legalEnd, w)
}

// inSetLower reports whether w, in lower case, is in set m, without
// making a string: words of lexicon are short.
func inSetLower(m map[string]bool, w string) bool {
	v, _ := lookupLower(m, w)
	return v
}

// lookupLower looks w up in m with its ASCII letters in lower case,
// without making a string; words longer than 24 bytes are in no map of
// lexicon.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	var buf [24]byte
	if len(w) > len(buf) {
		var zero V
		return zero, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// companyNameLabel returns the length of a filing's "Company name:"
// label, spaces before the colon and all ("Company name      : X"), at
// the start of t; else 0.
func companyNameLabel(t string) int {
	for _, label := range nameLabels {
		if !hasPrefixLower(t, label) {
			continue
		}
		k := len(label)
		for k < len(t) && t[k] == ' ' {
			k++
		}
		if k == len(t) || t[k] != ':' {
			continue
		}
		return k + 1
	}
	return 0
}

// fullName reports whether segment g names its thing in full, so that
// it may become an entity before the short forms are read: a company
// name with its own evidence ("Minerals", "Ltd"), a body, a person of
// two words or more, a country.
func (f *entFinder) fullName(g *nseg) bool {
	switch g.kind {
	case entity.KindCountry, entity.KindOrganization:
		return true
	case entity.KindGovernment:
		return g.j-g.i >= 2
	case entity.KindPerson:
		return g.j-g.i >= 2
	case entity.KindCompany:
		return g.ownEvidence()
	}
	return false
}

// ownEvidence reports whether the segment's own words say what it is: a
// legal form, a head ("Minerals"; "Steel" unless a mine or plant
// follows), a directory name.
// tickerWord reports a segment of one word that only a ticker after it
// calls a company: "Laurentian (TSX-V: LFG)", which may be the short form
// of a name the text gives ("Laurentian Flake Graphite Corp.") and is
// read after the full names.
func (g *nseg) tickerWord() bool {
	return g.j-g.i == 1 && g.ev&internal == 0 && g.ev&evTicker != 0
}

// insideEarlierName reports whether the words of segment n stand in a
// row inside a longer name the text gave before it, after its first
// word (a place, most often), a legal form ending that name: "Hunan
// Xiangjiang Cobalt Industry Co., Ltd." before
// "Xiangjiang Cobalt (300919.SZ)". It looks back over a few hundred
// segments at most.
func (f *entFinder) insideEarlierName(n int) bool {
	g := &f.segs[n]
	words := f.d.v.s[f.toks[g.i].a:f.toks[g.j-1].b]
	for m := n - 1; m >= 0 && m >= n-400; m-- {
		h := &f.segs[m]
		if h.j-h.i > g.j-g.i && h.ev&evLegal != 0 && !f.sents[h.s].title && strings.Index(" "+f.d.v.s[f.toks[h.i].a:f.toks[h.j-1].b]+" ", " "+words+" ") > 0 {
			return true
		}
	}
	return false
}

// tickerName reports a segment of two or three words that only a
// ticker after it calls a company, no legal form: "Xiangjiang Cobalt
// (300919.SZ)", which may be the short form of a name the text gave
// before ("Hunan Xiangjiang Cobalt Industry Co., Ltd.").
func (g *nseg) tickerName() bool {
	return g.j-g.i >= 2 && g.j-g.i <= 3 && g.cpre == 0 && g.ev&(evLegal|evDir|evJV|evCaps2) == 0 && g.ev&evTicker != 0
}

func (g *nseg) ownEvidence() bool {
	return g.ev&(internal|evTicker) != 0 || g.ev&evWeakHead != 0 && g.ev&evAsset == 0
}

// resolve finds or makes the entity of segment n. With short set, the
// segment may be a short form of a name found before: a prefix ("Lynas"
// for "Lynas Rare Earths"), an abbreviation ("China Moly"), an acronym
// ("USS"), a surname ("Hashimoto").
func (f *entFinder) resolve(n int, short bool) {
	g := &f.segs[n]
	// "the Company's Sejong plant" in a filing: the filer, whom the
	// anaphora read once the filer is known; no company of that name.
	if g.j-g.i == 1 && g.i > 0 && (f.word(g.i, "Company") || f.word(g.i, "Issuer")) && (f.word(g.i-1, "the") || f.word(g.i-1, "The")) && g.ev&(evLegal|evTicker|evDir) == 0 {
		return
	}
	if g.kind == entity.KindCountry {
		f.countryMention(g.i, g.j, g.cpreC)
		g.ent = f.countries[g.cpreC]
		return
	}
	// "with the Chinese Urumqi Hongyuan Power Fuel Co.": the demonym
	// after "the" describes the firm and names its country; it is no
	// word of the name.
	if g.kind == entity.KindCompany && g.cpre == 1 && g.j-g.i >= 3 && g.i > 0 && f.word(g.i-1, "the") && f.has(g.j-1, lxLegalEnd) && g.dir < 0 {
		if _, form, ok := f.tokCountry(g.i); ok && form == entity.CountryDemonym {
			f.countryMention(g.i, g.i+1, g.cpreC)
			g.country = g.cpreC
			g.i++
			g.cpre, g.cpreC = 0, entity.Country{}
		}
	}
	// "Japanese Fujimori Tsusho buys 20% of ...": a demonym that opens
	// a headline or a sentence before a firm the text names without it.
	if g.kind == entity.KindCompany && g.cpre == 1 && g.j-g.i >= 3 && g.i == f.sents[g.s].t0 && g.ev&(evLegal|evTicker|evDir) == 0 && g.dir < 0 {
		if _, form, ok := f.tokCountry(g.i); ok && form == entity.CountryDemonym {
			rest := string(f.keyBytes(g.i+1, g.j))
			e, ok := f.byKey[rest]
			if !ok {
				if c := f.prefixes[rest]; len(c) == 1 {
					e, ok = c[0], true
				}
			}
			if ok && f.ents[e].kind == entity.KindCompany {
				f.countryMention(g.i, g.i+1, g.cpreC)
				g.country = g.cpreC
				g.i++
				g.cpre, g.cpreC = 0, entity.Country{}
				f.mention(n, e)
				return
			}
		}
	}
	if g.dir >= 0 {
		if e, ok := f.dirEnts[g.dir]; ok {
			f.mention(n, e)
			return
		}
	}
	// The key stays in f.rkb while shortForm reads it; mention reuses
	// f.kb, not f.rkb.
	f.rkb = appendKey(f.rkb[:0], f.d.v.s, f.toks, g.i, g.j)
	f.rkbToks = rng{g.i, g.j}
	key := f.rkb
	if e, ok := f.byKey[string(key)]; ok && f.kindFits(g, e) {
		f.mention(n, e)
		if g.dir >= 0 {
			f.dirEnts[g.dir] = e
		}
		return
	}
	// "the Energy and Mineral Resources Ministry" for "the Ministry of
	// Energy and Mineral Resources": one body, its field before or after.
	if g.kind == entity.KindGovernment {
		if e, ok := f.byKey[ministryKey(string(key))]; ok && f.ents[e].kind == entity.KindGovernment {
			f.mention(n, e)
			return
		}
		// "the Department of Industry and Trade" after the "Department of
		// Industry and Trade of Ha Tinh province": the one body whose name
		// goes on with the place it serves.
		if c := f.prefixes[string(key)]; len(c) == 1 && f.ents[c[0]].kind == entity.KindGovernment && strings.HasPrefix(f.ents[c[0]].fullKey()[min(len(key), len(f.ents[c[0]].fullKey())):], " of ") {
			f.mention(n, c[0])
			return
		}
	}
	// "Laurentian (TSX-V: LFG)" after "Laurentian Flake Graphite Corp.":
	// a word that only its ticker calls a company may still be a short
	// form of a name the text gave.
	// "Song Hau" after "Song Hau Food JSC": a name that only looks like a
	// person's is the opening words of a company's.
	// (A headline may name it before the body gives the full name.)
	// "Hon Gai Thermal" in a heading over "Hon Gai Thermal Power Joint
	// Stock Company": a firm whose name opens with a word that is also an
	// honorific.
	if g.kind == entity.KindPerson && g.i > f.sents[g.s].t0 && f.toks[g.i-1].f&tCap != 0 && f.has(g.i-1, lxHonorifics) {
		if c := f.prefixes[string(f.keyBytes(g.i-1, g.j))]; len(c) == 1 && f.ents[c[0]].kind == entity.KindCompany {
			g.kind, g.i = entity.KindCompany, g.i-1
			f.mention(n, c[0])
			return
		}
	}
	if g.kind == entity.KindPerson && g.j-g.i >= 2 && g.ev&evPerson == 0 {
		if c := f.prefixes[string(key)]; len(c) == 1 && f.ents[c[0]].kind == entity.KindCompany && (f.ents[c[0]].first < f.toks[g.i].a || f.sents[g.s].head) {
			g.kind = entity.KindCompany
			f.mention(n, c[0])
			return
		}
	}
	// "Ahmad Fauzi said" after "Datuk Ahmad Fauzi Ismail": the given
	// names of a person named before, as Malay and Indonesian news
	// refers to people, when nothing says it is a firm.
	if g.j-g.i == 2 && g.ev&(internal|evTicker|evWeakHead|evAppos) == 0 && g.kind != entity.KindGovernment {
		if p, ok := f.givenNames[string(key)]; ok && p >= 0 && f.ents[p].kind == entity.KindPerson && f.ents[p].first >= 0 && f.ents[p].first < f.toks[g.i].a {
			g.kind = entity.KindPerson
			f.mention(n, p)
			return
		}
	}
	// "MGB Cordillera regional director X": a state body's office in a
	// region, by the body's acronym and the region's name.
	if g.j-g.i == 2 && f.toks[g.i].f&tUpper != 0 && f.toks[g.i+1].f&tCap != 0 && f.toks[g.i+1].f&tUpper == 0 && !f.has(g.i+1, lxCompanyHeads|lxLegalEnd|lxGovHeads) &&
		g.j < f.sents[g.s].t1 && f.toks[g.j].f&tLower != 0 && f.has(g.j, lxTitleMods|lxTitleHeads) {
		if c, ok := f.acronyms[f.fold(g.i)]; ok && c >= 0 && f.ents[c].kind == entity.KindGovernment {
			g.kind = entity.KindGovernment
			f.mention(n, c)
			return
		}
	}
	// "the Tavan Tolgoi deposit" before "Tavan Tolgoi Trading JSC" is
	// named: the asset the firm is named after, not the firm. (After
	// it, "the Kindia mine" is the firm's, and stands for it.)
	if g.kind == 0 && g.cpre == 0 && g.csuf == 0 && g.ev&evAsset != 0 && g.ev&(internal|evTicker) == 0 && g.j < len(f.toks) && f.toks[g.j].f&tLower != 0 && f.has(g.j, lxAssetWords) &&
		!slices.ContainsFunc(f.prefixes[string(key)], func(c int) bool { return f.ents[c].first >= 0 && f.ents[c].first < f.toks[g.i].a }) {
		return
	}
	// "Surviving company: X", "Dissolving company: Y": a field's
	// label, no firm.
	if g.ev&(evLegal|evDir|evTicker) == 0 && g.j-g.i == 1 && g.j+1 < f.sents[g.s].t1 && (f.word(g.j, "company") || f.word(g.j, "party")) && f.punct(g.j+1, ':') {
		return
	}
	// "Subscribe to the Courier's Mining & Energy newsletter": a
	// paper's section or product, no firm.
	if g.kind == entity.KindCompany && g.ev&(evLegal|evDir|evTicker) == 0 && g.j < f.sents[g.s].t1 && f.toks[g.j].f&tLower != 0 && publicationWords[f.fold(g.j)] {
		return
	}
	// "Mahenge's Ruvuma Graphite Project": a project named in capitals
	// is an asset, however its words read, unless a legal form, the
	// user's directory or a ticker makes it a firm.
	if g.kind == entity.KindCompany && g.ev&(evLegal|evDir|evTicker) == 0 && g.j-g.i >= 2 && (f.word(g.j-1, "Project") || f.word(g.j-1, "Projects")) {
		return
	}
	if short && !g.ownEvidence() {
		if e, ok := f.shortForm(n, key); ok {
			if e >= 0 {
				f.mention(n, e)
			}
			return
		}
	} else if g.tickerWord() || g.tickerName() {
		// Only a name the text gave before it: "Mitsui $8031" on a
		// page's first line is the trading house, not the "Mitsui Iron
		// Ore" named later.
		// (Of a name of words, only its words in a row: "Hwarang Steel"
		// is no short form of "Hwarang Special Steel".)
		if e, ok := f.shortForm(n, key); ok && e >= 0 && f.ents[e].first >= 0 && f.ents[e].first < f.toks[g.i].a && f.ents[e].kind == entity.KindCompany &&
			(g.tickerWord() || strings.Contains(" "+f.ents[e].name+" ", " "+f.d.v.s[f.toks[g.i].a:f.toks[g.j-1].b]+" ")) {
			f.mention(n, e)
			return
		}
	}
	if g.kind == entity.KindCompany && g.ev&(evLegal|evDir|evTicker) == 0 {
		// "Halmahera Smelting" for "PT Halmahera Smelting Indonesia",
		// "Song Lam Steel" for "Song Lam Steel Group JSC"; a headline's
		// "Nusantara Nickel" for "PT Nusantara Nikel Mandiri Tbk".
		if e := f.shortOfLonger(n, key); e >= 0 {
			f.mention(n, e)
			return
		}
		if l := f.afterPlace[string(key)]; len(l) == 1 && f.ents[l[0]].kind == entity.KindCompany {
			f.mention(n, l[0])
			return
		}
		if e := f.midAndTrade(n); e >= 0 {
			f.mention(n, e)
			return
		}
		if g.j-g.i == 2 {
			if c := f.firstAndLater(g.i); len(c) == 1 {
				f.mention(n, c[0])
				return
			}
		}
	}
	if g.kind == 0 {
		f.undecided(n)
		return
	}
	e := f.newEntity(g.kind)
	f.mention(n, e)
	if g.dir >= 0 {
		f.dirEnts[g.dir] = e
	}
}

// shortOfLonger returns the one company found before whose name, with a
// legal form, is the segment's name (key) and words that add nothing of
// a name: a country, a group word ("Group", "Holdings"). In a headline or standfirst, the
// segment may also cut the words of the name short, each word keeping
// its first letter: "Nusantara Nickel" for "Nusantara Nikel Mandiri".
// It returns -1 when there is none, or more than one.
func (f *entFinder) shortOfLonger(n int, key []byte) int {
	g := &f.segs[n]
	found := -1
	for _, c := range f.prefixes[string(key)] {
		x := f.ents[c]
		if x.kind != entity.KindCompany {
			continue
		}
		rest := strings.Fields(x.fullKey()[min(len(key), len(x.fullKey())):])
		ws := strings.Fields(x.name)
		ok := len(rest) > 0 && len(ws) > 1 && (lexOf(ws[0])&lxLegalStart != 0 || lexOf(ws[len(ws)-1])&lxLegalCore != 0)
		for _, w := range rest {
			if _, _, country := entity.LookupCountry(strings.ToUpper(w[:1]) + w[1:]); !groupWords[w] && !country {
				ok = false
			}
		}
		// Not "Sakai Metals America Inc.", a unit for a region.
		if ok && regionOf(x.fullKey(), string(key)) {
			ok = false
		}
		// Nor "Gobi Copper Mongolia LLC", a unit for a country, beside
		// "Gobi Copper Resources Ltd", a firm of the brand that is none.
		if ok && countryUnitOf(x.fullKey(), string(key)) && slices.ContainsFunc(f.prefixes[string(key)], func(o int) bool {
			return o != c && f.ents[o].kind == entity.KindCompany && !countryUnitOf(f.ents[o].fullKey(), string(key))
		}) {
			ok = false
		}
		// "Shikoku Nickel" after "Shikoku Nickel Refining Co.": a name
		// given in full first and then cut short.
		// Not when both stand in one sentence: "Tata Steel Mining, a unit
		// of Tata Steel" names two companies.
		// (Elsewhere in the sentence it is the short name: "X Smelters
		// Ltd (NSE: X) ..., and we will deliver ... to X Smelters".)
		if !ok && len(rest) > 0 && len(rest) <= 3 && x.first >= 0 && x.first < f.toks[g.i].a && len(f.prefixes[string(key)]) == 1 && (!f.namedIn(c, g.s) || !f.ownerPlace(g)) {
			ok = true
		}
		if ok {
			if found >= 0 && found != c {
				return -1
			}
			found = c
		}
	}
	if found >= 0 || !f.sents[g.s].head || g.j-g.i < 2 {
		return found
	}
	// "... Refinery in Ketapang, West Kalimantan": a place.
	if g.i > f.sents[g.s].t0 && (f.word(g.i-1, "in") || f.word(g.i-1, "near")) {
		return -1
	}
	ws := strings.Fields(string(key))
	for _, c := range f.firstWords[ws[0]] {
		x := f.ents[c]
		if x.kind != entity.KindCompany || genericFirst(ws[0]) {
			continue
		}
		full := strings.Fields(x.fullKey())
		if len(full) <= len(ws) {
			continue
		}
		ok := true
		for k := 1; k < len(ws) && ok; k++ {
			ok = full[k][0] == ws[k][0]
		}
		if ok {
			if found >= 0 && found != c {
				return -1
			}
			found = c
		}
	}
	return found
}

// kindFits reports whether segment g may name entity e: kinds agree, or
// the segment is undecided.
func (f *entFinder) kindFits(g *nseg, e int) bool {
	k := f.ents[e].kind
	return g.kind == 0 || g.kind == k ||
		g.kind == entity.KindCompany && k == entity.KindGovernment && g.ev&internal == 0 ||
		// '"...," Wahyudi said.': a verb is no evidence against a
		// person of that name.
		g.kind == entity.KindCompany && k == entity.KindPerson && g.ev&^(evSubject|evSaid|evPossNoun|evPossName) == 0
}

// undecided reads a segment that no evidence types: a name used as a
// whole elsewhere inside it, or a country word at either end ("Team
// Korea", "Indonesia Morowali" when nothing says it is a company).
func (f *entFinder) undecided(n int) {
	g := &f.segs[n]
	i, j := g.i, g.j
	if g.cpre > 0 {
		// "Lao Cai province" is a place whose name begins with a
		// demonym, not a mention of Laos.
		_, form, _ := lookupCountryText(f.d.v.s[f.toks[i].a:f.toks[i+g.cpre-1].cut])
		if g.ev&evAsset == 0 || form != entity.CountryDemonym || g.cpre == j-i {
			f.countryMention(i, i+g.cpre, g.cpreC)
		}
		i += g.cpre
	}
	if g.csuf > 0 && j-g.csuf > i && f.knownCompany(i, j-g.csuf) {
		// "Samsung Vietnam": a company's unit in a country, not the
		// country.
		key := f.keyOf(g.i, g.j)
		e, ok := f.byKey[key]
		if !ok {
			e = f.newEntity(entity.KindCompany)
		}
		g.kind = entity.KindCompany
		f.mention(n, e)
		return
	}
	if g.csuf > 0 && j-g.csuf >= i {
		f.countryMention(j-g.csuf, j, g.csufC)
		j -= g.csuf
	}
	f.knownInside(g.s, i, j)
}

// knownCompany reports whether tokens [i, j) name a company found
// before, or begin the names of companies found.
func (f *entFinder) knownCompany(i, j int) bool {
	key := f.keyBytes(i, j)
	if e, ok := f.byKey[string(key)]; ok {
		return f.ents[e].kind == entity.KindCompany
	}
	return len(f.prefixes[string(key)]) > 0
}

// knownInside marks the known names written inside tokens [i, j), the
// longest first at each place.
func (f *entFinder) knownInside(si, i, j int) {
	for k := i; k < j; {
		m := 0
		f.kw.fill(f.d.v.s, f.toks, k, min(j-k, maxKeyToks))
		for l := min(j-k, maxKeyToks); l >= 1; l-- {
			if l == 1 && !f.nameTok(k) {
				break
			}
			if e, ok := f.byKey[string(f.kw.key(f.d.v.s, f.toks, k+l))]; ok {
				f.mentionAt(k, k+l, e)
				m = l
				break
			}
		}
		if m == 0 {
			m = 1
		}
		k += m
	}
}

// renamedAfter reports a name followed by the clause that gives its
// former name: "Gobi, which changed its name from ...", "Gobi, formerly
// ...": a firm, whatever place its name also is.
func (f *entFinder) renamedAfter(g *nseg) bool {
	t1 := f.sents[g.s].t1
	return g.j+2 < t1 && f.punct(g.j, ',') && (f.word(g.j+1, "formerly") || f.word(g.j+1, "which") && (f.word(g.j+2, "changed") || f.word(g.j+2, "was")))
}

// shortForm resolves segment n as a short form of a known name. It
// returns the entity, or ok false when the segment is not a short form;
// e is -1 when the segment is a short form of no single entity and is
// left out.
func (f *entFinder) shortForm(n int, key []byte) (e int, ok bool) {
	g := &f.segs[n]
	nt := g.j - g.i
	// A person's surname: "Hashimoto" for "Eiji Hashimoto".
	if nt == 1 && g.kind != entity.KindGovernment {
		if p, ok := f.surnames[string(key)]; ok && p >= 0 {
			return p, true
		}
	}
	if g.kind == entity.KindPerson {
		// "Mr Thanakorn" for "Thanakorn Charoensuk": Thai news names
		// people by the given name after a title. ("Deputy Minister
		// Rizal" for "Rizal Fadillah Siregar": Indonesian news too.)
		if nt == 1 && (f.honorificsBefore(g.s, g.i) < g.i || g.title.b > 0) {
			if p, ok := f.givenNames[string(key)]; ok && p >= 0 && f.ents[p].kind == entity.KindPerson {
				return p, true
			}
		}
		return 0, false
	}
	// An acronym: "USS" for "U.S. Steel", "USDA".
	if nt == 1 && f.toks[g.i].f&tUpper != 0 {
		if c, ok := f.acronyms[string(key)]; ok && c >= 0 {
			return c, true
		}
	}
	cands := f.prefixes[string(key)]
	if nt == 1 && place(string(key)) && (g.ev&(evSubject|evOrgTitle) == 0 && !f.renamedAfter(g) || f.placeAfterIn(g) || f.inPlace(g)) {
		// "Sichuan" alone is the province, not "Sichuan Aba Tianyuan
		// Lithium": a place that opens a name is no short form of it.
		// (Unless it acts as a firm does: "Gobi says it has lined up
		// debt", "Gobi's chief executive".)
		cands = nil
	}
	// "was equitised in 2008 in Thai Nguyen": a province of two words
	// that opens a firm's name, named as the place.
	if nt > 1 && len(cands) > 0 && f.afterLocative(g) && place(f.d.v.s[f.toks[g.i].a:f.toks[g.j-1].b]) {
		return -1, true
	}
	if nt == 1 && len(cands) > 0 && (f.placeAfterIn(g) || f.inPlace(g)) {
		// "a refinery in Bintulu, Sarawak": the state, not Sarawak Agro
		// Holdings; "Visayas buys ore" is still the company.
		return -1, true
	}
	if nt == 1 && len(cands) == 1 && f.ents[cands[0]].placeFirst && f.afterLocative(g) {
		// "its converter in Yichun": the city that opens "Yichun
		// Ruifeng Lithium", not the company.
		return -1, true
	}
	if nt == 1 && len(cands) > 0 {
		// "Kaili, a subsidiary of Kaili Group," after "Guangdong Kaili
		// New Energy"; "Heshun, which was known as Heshun Coking Coal":
		// the firm named before whose name holds the word, not those
		// the text names only after it.
		if c := f.namedBeforeOnly(cands, f.midWords[string(key)], f.toks[g.i].a); c >= 0 {
			return c, true
		}
	}
	if nt == 1 && len(cands) > 0 && f.toks[g.i].f&tUpper == 0 {
		// (A brand in capitals is read below: "POSCO" beside "POSCO
		// Future M" and its unit "POSCO Chemical" is the group.)
		// "Fangyuan" for "Zhejiang Fangyuan New Energy", not for "the
		// venture, Fangyuan Halmahera Nickel", and "Daeseong" for
		// Daeseong Eco Materials, not for "Ganzhou Daeseong Resources,
		// a joint venture with Daeseong Eco Materials": a brand alone is
		// the company, not the venture named after it.
		if c := f.notVenture(cands, f.midWords[string(key)]); c >= 0 {
			return c, true
		}
	}
	if len(cands) == 0 && nt >= 2 {
		cands = f.abbreviated(g.i, g.j)
	}
	if len(cands) == 0 && nt == 2 {
		if e := f.midAndTrade(n); e >= 0 {
			cands = []int{e}
		}
	}
	if len(cands) == 0 && nt == 2 {
		// "Hanseong Materials" for "Hanseong Advanced Materials Co.":
		// the first word and a later one, the words between left out.
		cands = f.firstAndLater(g.i)
	}
	if len(cands) == 0 && nt >= 2 {
		// "Beifang Rail" for "China Beifang Rail Logistics", "Jinhe
		// Chemical" for "Shandong Jinhe Chemical Group": the name
		// without the place or country that opens it.
		if l := f.afterPlace[string(key)]; len(l) == 1 && f.ents[l[0]].kind == entity.KindCompany {
			cands = l
		}
	}
	if len(cands) == 0 && nt == 1 {
		cands = f.suffixes[string(key)]
		// "Gallium exports reached ..." is no short form of "Guizhou
		// Qianneng Gallium Co.": a material's word alone names the
		// material. (Looked up only for a word that ends a name.)
		if len(cands) > 0 {
			if _, ok := commodity.Lookup(f.d.v.s[f.toks[g.i].a:f.toks[g.i].cut]); ok {
				return 0, false
			}
		}
	}
	if len(cands) == 0 && nt == 1 {
		// "Qianlong" for "Zhejiang Qianlong New Energy Co Ltd".
		cands = f.midWords[string(key)]
		// "Lianfeng" for "Xiamen Lianfeng Stainless", not for "PT Wolo
		// Lianfeng Smelting, a joint venture with" it.
		if len(cands) > 1 {
			if c := f.notVenture(cands, nil); c >= 0 {
				return c, true
			}
		}
	}
	if len(cands) == 0 && nt == 2 {
		// "Zhejiang Huayou" for the "Huayou" the text names alone.
		f.kb = appendFold(f.kb[:0], f.name(g.j-1))
		if c, ok := f.byKey[string(f.kb)]; ok && f.ents[c].kind == entity.KindCompany && f.ents[c].nameToks == 1 {
			return c, true
		}
	}
	// ("..., Tri said": whatever else the words before suggest, a name
	// that says something is the person's.)
	if len(cands) == 0 && nt == 1 && (g.ev&^(evSubject|evSaid|evPossNoun|evPossName) == 0 || g.ev&(evLegal|evTicker|evHead|evGov|evGovAcr) == 0 && g.j < f.sents[g.s].t1 && f.has(g.j, lxReportVerbs)) {
		// A given name alone, as Indonesian news refers to people:
		// "Hendra" for "Hendra Gunawan", when no company begins so.
		if p, ok := f.givenNames[string(key)]; ok && p >= 0 {
			return p, true
		}
	}
	if len(cands) > 2 {
		// "Kien Phat" for Kien Phat Steel JSC, not for its venture "Kien
		// Phat Hsin Kang Steel" nor its former name "Kien Phat
		// Construction and Trading": the one company left.
		if c := f.plainCandidate(cands); c >= 0 {
			return c, true
		}
	}
	if len(cands) == 2 && f.ents[cands[0]].formerly != f.ents[cands[1]].formerly {
		// "Sagami" for Sagami Eco Metals, not for the Sagami Smelting
		// Works it was called before.
		if f.ents[cands[0]].formerly {
			return cands[1], true
		}
		return cands[0], true
	}
	// "Hokuetsu" for Hokuetsu Copper Smelting & Refining, not for its
	// unit "Hokuetsu Chile Resources SpA", named for a country after the
	// brand: the one company that is no country's unit.
	if nt == 1 && len(cands) >= 2 {
		if c := f.noUnitOf(cands, string(key)); c >= 0 {
			return c, true
		}
	}
	switch len(cands) {
	case 0:
		return 0, false
	case 1:
		// "Mid West iron ore producer X" before "X, which changed its
		// name from Mid West Magnetite": a region, not the old name
		// the text has yet to give.
		if x := f.ents[cands[0]]; x.formerly && x.first > f.toks[g.i].a {
			return -1, true
		}
		// "Sakai Metals promoted X" before "its US unit, Sakai Metals
		// America Inc.": the parent, whose name the unit's takes with
		// a region after it, not the unit named later.
		if x := f.ents[cands[0]]; x.first > f.toks[g.i].a && (countryUnitOf(x.fullKey(), string(key)) || regionOf(x.fullKey(), string(key))) {
			return 0, false
		}
		return cands[0], true
	}
	// "Hoa Son" for Hoa Son Steel JSC, not its unit "Hoa Son Steel Dung
	// Quat Co., Ltd.", whose name is the parent's and more words.
	if p := f.namePrefixOfAll(cands); p >= 0 {
		return p, true
	}
	// "Nam Trung" for Nam Trung Steel JSC, not for "Nam Trung Hanbit
	// Coated Steel", a venture named after it and Hanbit Steel.
	if c := f.notPartnersName(cands, string(key)); c >= 0 {
		return c, true
	}
	// A brand alone for a group: "POSCO" for "POSCO Holdings" when the
	// text also names "POSCO Future M".
	group := -1
	for _, c := range cands {
		if f.ents[c].groupOf(key) {
			if group >= 0 {
				group = -2
				break
			}
			group = c
		}
	}
	// ...unless another of them was named before the group: the brand
	// alone then stands for the company the story is about ("Hanbit" for
	// Hanbit Energy Solution, named first, not its parent Hanbit
	// Chemical Holdings).
	if group >= 0 {
		first := group
		for _, c := range cands {
			if x := f.ents[c]; x.first >= 0 && x.first < f.ents[first].first {
				first = c
			}
		}
		return first, true
	}
	// A brand in capitals that several companies begin with names their
	// group: "POSCO" beside "POSCO Future M" and "POSCO Chemical".
	if nt == 1 && f.toks[g.i].f&tUpper != 0 && (g.kind == 0 || g.kind == entity.KindCompany) {
		g.kind = entity.KindCompany
		return 0, false
	}
	// "Kelana" for Kelana Plantations Bhd, the story's company, named
	// before its units and venture "Kelana Rubber Industries" and
	// "Kelana Taiyo Refinery".
	if nt == 1 {
		if sc := f.storyCompany(f.toks[g.i].a); sc >= 0 && slices.Contains(cands, sc) {
			first := true
			for _, c := range cands {
				if c != sc && f.ents[c].first >= 0 && f.ents[c].first < f.ents[sc].first {
					first = false
				}
			}
			if first {
				return sc, true
			}
		}
	}
	// The one named before it.
	before := -1
	at := f.toks[g.i].a
	for _, c := range cands {
		if f.ents[c].first < at {
			if before >= 0 {
				before = -2
				break
			}
			before = c
		}
	}
	if before >= 0 {
		return before, true
	}
	// A headline, standfirst or bullet above the body, before every
	// candidate: the one the body names first.
	if before == -1 && f.sents[g.s].head {
		first := -1
		for _, c := range cands {
			if x := f.ents[c]; x.first >= 0 && (first < 0 || x.first < f.ents[first].first) {
				first = c
			}
		}
		if first >= 0 {
			return first, true
		}
	}
	// A brand shared by several companies names one of its own.
	if g.kind == 0 || g.kind == entity.KindCompany {
		g.kind = entity.KindCompany
		return 0, false
	}
	return -1, true
}

// midAndTrade returns the company that segment n, of two words, names by
// its own word and a word of its trade: "Jinxing Steel" for "Hebei
// Jinxing Iron & Steel". Else -1.
func (f *entFinder) midAndTrade(n int) int {
	g := &f.segs[n]
	if g.j-g.i != 2 {
		return -1
	}
	m := f.midWords[f.fold(g.i)]
	if len(m) == 0 {
		m = f.innerWords[f.fold(g.i)]
	}
	if len(m) != 1 || f.ents[m[0]].kind != entity.KindCompany {
		return -1
	}
	if w := f.fold(g.i + 1); len(w) >= 3 && slices.Contains(strings.Fields(f.ents[m[0]].fullKey()), w) {
		return m[0]
	}
	return -1
}

// notVenture returns the one company of the lists a and b that the text
// does not call a venture or a unit, when the others it does; else -1.
func (f *entFinder) notVenture(a, b []int) int {
	found, ventures := -1, 0
	// A unit the story leads with, before its parent, may be what the
	// brand alone stands for ("Halcyon" for Halcyon Straits Energy, the
	// trading arm of Halcyon Straits Holdings); the rules after decide.
	lead := -1
	for _, l := range [][]int{a, b} {
		for _, c := range l {
			if x := f.ents[c]; x.first >= 0 && (lead < 0 || x.first < f.ents[lead].first) {
				lead = c
			}
		}
	}
	if lead >= 0 && unitHeads(f.ents[lead].heads) {
		return -1
	}
	for _, l := range [][]int{a, b} {
		for _, c := range l {
			if c == found {
				continue
			}
			if dependent(f.ents[c].heads) {
				ventures++
				continue
			}
			if found >= 0 {
				return -1
			}
			found = c
		}
	}
	if ventures == 0 {
		return -1
	}
	return found
}

// notPartnersName returns the one company of cands whose name does not
// go on, after key, with a word that opens another company's name (a
// venture named after its partners), or -1.
func (f *entFinder) notPartnersName(cands []int, key string) int {
	found := -1
	for _, c := range cands {
		x := f.ents[c]
		if x.kind != entity.KindCompany {
			return -1
		}
		partners := false
		for w := range strings.FieldsSeq(x.fullKey()[min(len(key), len(x.fullKey())):]) {
			for _, o := range f.firstWords[w] {
				if o != c && !slices.Contains(cands, o) && f.ents[o].kind == entity.KindCompany {
					partners = true
				}
			}
		}
		if !partners {
			if found >= 0 {
				return -1
			}
			found = c
		}
	}
	return found
}

// namedAlone reports whether the text before token i writes the name at
// tokens [b, j) without the words [i, b) before it: "Department of
// Agriculture" before "US Department of Agriculture".
func (f *entFinder) namedAlone(i, b, j int) bool {
	s := f.d.v.s
	name, pre := s[f.toks[b].a:f.toks[j-1].cut], s[f.toks[i].a:f.toks[b].a]
	for at, end := 0, f.toks[i].a; at < end; {
		k := strings.Index(s[at:end], name)
		if k < 0 {
			return false
		}
		if !strings.HasSuffix(s[:at+k], pre) {
			return true
		}
		at += k + len(name)
	}
	return false
}

// namedBeforeOnly returns the one company of mids named before view
// offset at when every one of prefixes is named only after it; else -1.
func (f *entFinder) namedBeforeOnly(prefixes, mids []int, at int) int {
	for _, c := range prefixes {
		if x := f.ents[c]; x.first >= 0 && x.first < at {
			return -1
		}
	}
	found := -1
	for _, c := range mids {
		if x := f.ents[c]; x.kind == entity.KindCompany && x.first >= 0 && x.first < at && c != found {
			if found >= 0 {
				return -1
			}
			found = c
		}
	}
	return found
}

// dependent reports whether heads, what the text calls a company, say it
// is a venture or a unit of another.
func dependent(heads []string) bool {
	for _, h := range heads {
		switch h {
		case "venture", "subsidiary", "unit", "arm", "affiliate":
			return true
		}
	}
	return false
}

// unitHeads reports whether heads call a company a unit of another, not
// a venture: "subsidiary", "unit", "arm".
func unitHeads(heads []string) bool {
	for _, h := range heads {
		switch h {
		case "venture", "affiliate":
			return false
		}
	}
	return dependent(heads)
}

// groupOf reports whether the entity's fullest name is key followed by
// words that end in a group word: "POSCO Holdings" and "POSCO Group" for
// "posco", "Hyundai Motor Group" for "hyundai".
func (e *nent) groupOf(key []byte) bool {
	k := e.fullKey()
	if len(k) <= len(key) || k[:len(key)] != string(key) || k[len(key)] != ' ' {
		return false
	}
	rest := k[len(key)+1:]
	if i := strings.LastIndexByte(rest, ' '); i >= 0 {
		rest = rest[i+1:]
	}
	return groupWords[rest]
}

// fullKey returns the folded key of the entity's fullest name.
func (e *nent) fullKey() string {
	if e.key == "" {
		e.key = nameKey(e.name)
	}
	return e.key
}

// namePrefixOfAll returns the company of cands whose name's key opens
// the name of every other one, or -1.
func (f *entFinder) namePrefixOfAll(cands []int) int {
	for _, c := range cands {
		x := f.ents[c]
		if x.kind != entity.KindCompany {
			continue
		}
		k := x.fullKey()
		all := true
		for _, o := range cands {
			if o == c {
				continue
			}
			ok := f.ents[o].fullKey()
			if len(ok) <= len(k) || ok[len(k)] != ' ' || ok[:len(k)] != k {
				all = false
				break
			}
		}
		if all {
			return c
		}
	}
	return -1
}

// abbreviated returns the companies whose names the tokens [i, j) cut
// short word by word: "China Moly" for "China Molybdenum Co".
func (f *entFinder) abbreviated(i, j int) []int {
	var out []int
	for _, c := range f.firstWords[f.fold(i)] {
		ws := strings.Fields(f.ents[c].fullKey())
		if len(ws) < j-i {
			continue
		}
		ok := true
		for k := i + 1; k < j && ok; k++ {
			w := f.fold(k)
			ok = len(w) >= 3 && strings.HasPrefix(ws[k-i], w)
		}
		if ok && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// firstAndLater returns the one company whose name opens with token i's
// word and has token i+1's word later, past a word between: "Hanseong
// Materials" for "Hanseong Advanced Materials Co.". It returns nil for
// none, or for more than one.
func (f *entFinder) firstAndLater(i int) []int {
	last := f.fold(i + 1)
	if len(last) < 3 {
		return nil
	}
	found := -1
	for _, c := range f.firstWords[f.fold(i)] {
		if f.ents[c].kind != entity.KindCompany {
			continue
		}
		if !laterWord(f.ents[c].fullKey(), last) {
			continue
		}
		if found >= 0 && found != c {
			return nil
		}
		found = c
	}
	if found < 0 {
		return nil
	}
	return []int{found}
}

// plainCandidate returns the one of cands that is neither a former name
// nor a venture or unit the text names for its parents, or -1.
func (f *entFinder) plainCandidate(cands []int) int {
	found := -1
	for _, c := range cands {
		x := f.ents[c]
		if x.formerly || dependent(x.heads) {
			continue
		}
		if found >= 0 && found != c {
			return -1
		}
		found = c
	}
	return found
}

// laterWord reports whether key, words joined by spaces, holds w as its
// third word or a later one.
func laterWord(key, w string) bool {
	for n := 0; key != ""; n++ {
		var word string
		word, key, _ = strings.Cut(key, " ")
		if n >= 2 && word == w {
			return true
		}
	}
	return false
}

// newEntity makes an entity of kind k and returns its index.
func (f *entFinder) newEntity(k entity.Kind) int {
	if len(f.slab) == cap(f.slab) {
		f.slab = make([]nent, 0, min(max(len(f.segs)/2+8, 2*cap(f.slab)), 512))
	}
	f.slab = append(f.slab, nent{kind: k, first: -1, into: -1})
	x := &f.slab[len(f.slab)-1]
	x.names, x.nameAt, x.mentions = x.nameBuf[:0], x.atBuf[:0], x.menBuf[:0]
	f.ents = append(f.ents, x)
	return len(f.ents) - 1
}

// mention ties segment n to entity e.
func (f *entFinder) mention(n, e int) {
	g := &f.segs[n]
	g.ent = e
	if g.kind == 0 {
		g.kind = f.ents[e].kind
	}
	f.mentionAt(g.i, g.j, e)
	x := f.ents[e]
	if g.former {
		x.formerly = true
	}
	if x.kind == entity.KindPerson {
		// "Datuk Ahmad Fauzi Rahman", "Ms. Tanabe": the name as written
		// with its honorifics is a name of the person too.
		if h := f.honorificsBefore(g.s, g.i); h < g.i {
			x.addName(f.d.v.s[f.toks[h].a:f.toks[g.j-1].cut], f.toks[h].a)
		}
	}
	// "The Coongan joint venture, owned 60:40 by": the venture is also
	// named with the words that say what it is. (Not "Logam Pertiwi's
	// joint venture": the firm's venture, another company.)
	if x.kind == entity.KindCompany && g.ev&evJV != 0 && g.j+1 < f.sents[g.s].t1 && f.word(g.j, "joint") && f.word(g.j+1, "venture") && f.toks[g.j-1].f&tPoss == 0 {
		f.addName(e, g.i, g.j+2)
	}
	if x.kind == entity.KindCompany && g.j-g.i >= 4 {
		// "PT Bumi Logam (Persero)" is also "PT Bumi Logam".
		for p := g.i + 2; p < g.j-1; p++ {
			// (And "X Partnership (Limited Partnership)" is "X
			// Partnership".)
			if (f.word(p, "Persero") || f.word(p, "Limited") && f.word(p+1, "Partnership")) && f.punct(p-1, '(') {
				f.addName(e, g.i, p-1)
				break
			}
		}
	}
	if x.country.IsZero() && !g.country.IsZero() && x.kind != entity.KindPerson {
		x.country = g.country
	}
	if g.head != "" && !slices.Contains(x.heads, g.head) {
		x.heads = append(x.heads, g.head)
	}
	if (x.kind == entity.KindGovernment || x.kind == entity.KindCompany) && x.country.IsZero() && g.cpre > 0 && g.cpre < g.j-g.i {
		x.country = g.cpreC
	}
	// "the U.S. Geological Survey" names the U.S. too; "Samsung
	// Vietnam" does not name Vietnam.
	if x.kind == entity.KindGovernment && g.cpre > 0 && g.cpre < g.j-g.i {
		f.countryMention(g.i, g.i+g.cpre, g.cpreC)
		// "Philippine Department of Agriculture" is also called the
		// "Department of Agriculture".
		if b := g.i + g.cpre; g.cpre == 1 && f.toks[b].f&tCap != 0 && (f.word(b, "Department") || f.word(b, "Ministry") || f.word(b, "Bureau") || f.word(b, "Office")) {
			// So is the "DRC Ministry of Mines" the "Ministry of Mines",
			// and the "U.S. Department of Energy" the "Department of
			// Energy".
			if _, form, ok := f.tokCountry(g.i); ok && (form == entity.CountryDemonym || form == entity.CountryName && f.toks[g.i].f&tUpper != 0) {
				// (Not when the text gave that name to another body
				// before: a Manila story's "Department of Agriculture"
				// and the "US Department of Agriculture".)
				if !f.namedAlone(g.i, b, g.j) {
					f.addName(e, b, g.j)
				}
			}
		}
	}
	if x.kind == entity.KindGovernment && g.csuf > 0 && g.csuf < g.j-g.i && g.j-g.csuf-1 > g.i && f.word(g.j-g.csuf-1, "of") {
		f.countryMention(g.j-g.csuf, g.j, g.csufC) // "Bank of Korea"
	}
	if x.kind == entity.KindGovernment && x.country.IsZero() {
		// "Bank of Korea", "USDA".
		switch {
		case g.csuf > 0 && g.csuf < g.j-g.i:
			x.country = g.csufC
		case g.j-g.i == 1:
			if c, err := entity.ParseCountry(govAcronyms[f.text(g.i)]); err == nil {
				x.country = c
			}
		}
	}
}

// honorificsBefore returns where the honorifics written right before
// token i of sentence si begin ("Datuk Seri", "Tan Sri", "Dr"), or i.
func (f *entFinder) honorificsBefore(si, i int) int {
	t0 := f.sents[si].t0
	h := i
	for h > t0 {
		switch {
		case f.has(h-1, lxHonorifics) && f.toks[h-1].f&tCap != 0:
			h--
		case h-1 > t0 && (f.word(h-1, "Seri") || f.word(h-1, "Sri") || f.word(h-1, "Wira") || f.word(h-1, "Paduka") || f.word(h-1, "Patinggi")) && (f.has(h-2, lxHonorifics) || f.word(h-2, "Tan") || f.word(h-2, "Puan")):
			h -= 2
		default:
			return h
		}
	}
	return h
}

// mentionAt records that tokens [i, j) name entity e, and registers the
// name.
func (f *entFinder) mentionAt(i, j, e int) {
	f.mentionRange(rng{f.toks[i].a, f.toks[j-1].cut}, e)
	f.addName(e, i, j)
}

// mentionRange records a mention without a name.
func (f *entFinder) mentionRange(r rng, e int) {
	x := f.ents[e]
	x.mentions = append(x.mentions, r)
	if x.first < 0 || r.a < x.first {
		x.first = r.a
	}
}

// addName records the name written at tokens [i, j) as a name of entity
// e and updates the maps that resolve short forms.
func (f *entFinder) addName(e, i, j int) {
	name := f.d.v.s[f.toks[i].a:f.toks[j-1].cut]
	if !f.newName(e, name, j-i, f.toks[i].a) {
		return
	}
	key := f.rkb // the key of the segment being resolved, most often
	if f.rkbToks != (rng{i, j}) {
		key = f.keyBytes(i, j)
	}
	f.register(e, name, f.intern(key), f.d.v.s, f.toks, i, j)
}

// addNameText is addName for a name that is not among the tokens, but
// written at view offset at (or -1 for nowhere).
func (f *entFinder) addNameText(e int, name string, at int) {
	toks := tokenize(name, 0, len(name), f.ntoks[:0])
	f.ntoks = toks
	if len(toks) == 0 || !f.newName(e, name, len(toks), at) {
		return
	}
	f.kb = appendKey(f.kb[:0], name, toks, 0, len(toks))
	f.register(e, name, f.intern(f.kb), name, toks, 0, len(toks))
}

// newName adds name, of nt tokens and written at view offset at, to the
// names of entity e and reports whether it is new there.
func (f *entFinder) newName(e int, name string, nt, at int) bool {
	x := f.ents[e]
	if x.kind == entity.KindCountry || !x.addName(name, at) {
		return false
	}
	// The fullest name; of two as full, the one in mixed case before one
	// in capitals ("Hexi Zinc Smelting Co., Ltd." before "HEXI ZINC
	// SMELTING CO., LTD.", "PT Konawe Nikel Tbk" before "PT KONAWE NIKEL
	// Tbk").
	if nt > x.nameToks || nt == x.nameToks && (len(name) > len(x.name) || len(name) == len(x.name) && shouted(x.name) && !shouted(name)) {
		x.name, x.nameToks = name, nt
	}
	return true
}

// shouted reports a name written in capitals but for a few letters, as
// headings write it: "PT KONAWE NIKEL Tbk"; not "POSCO Future M".
func shouted(s string) bool {
	lower, letters := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case isLower(s[i]):
			lower++
			letters++
		case isUpper(s[i]):
			letters++
		}
	}
	return lower*4 < letters
}

// register maps the folded key of a new name of entity e, and the short
// forms it allows, to e. The name is written at tokens [i, j) of toks
// over s.
func (f *entFinder) register(e int, name, key string, s string, toks []etok, i, j int) {
	x := f.ents[e]
	if _, ok := f.byKey[key]; !ok {
		f.byKey[key] = e
	}
	if x.name == name {
		x.key = key
	}
	// The key's words are joined by single spaces.
	sp := strings.IndexByte(key, ' ')
	if sp == 0 || len(key) == 0 {
		// Not a key appendKey makes; read its words as strings.Fields does.
		f.registerFields(e, name, key, s, toks, i, j)
		return
	}
	multi := sp > 0
	first, last := key, key
	if multi {
		first = key[:sp]
		last = key[strings.LastIndexByte(key, ' ')+1:]
	}
	switch x.kind {
	case entity.KindPerson:
		// "Noh Seunghwan" for "Noh Seung-hwan": a Korean given name
		// written without its hyphen.
		if strings.IndexByte(key, '-') > 0 {
			if k := strings.ReplaceAll(key, "-", ""); k != key {
				if _, ok := f.byKey[k]; !ok {
					f.byKey[k] = e
				}
			}
		}
		// "Enkhtaivan" for "B.Enkhtaivan": a Mongolian's given name
		// alone, without the father's initial.
		if !multi && dottedName(name) {
			addUnique(f.surnames, foldWord(name[strings.IndexByte(name, '.')+1:]), e)
		}
		if multi {
			addUnique(f.surnames, last, e)
			if g := givenName(key); g == first && familyNames[firstWord(name)] {
				addUnique(f.surnames, first, e)
			} else if g != "" && g != last {
				addUnique(f.givenNames, g, e)
			}
			// "Ahmad Fauzi" for "Ahmad Fauzi Ismail": the first two
			// words of a name of three or more, kept with the given
			// names (a key of two words matches no one-word lookup).
			if second := strings.IndexByte(key[sp+1:], ' '); second >= 0 {
				addUnique(f.givenNames, key[:sp+1+second], e)
				// "Minister Kabeya Tshilumba" for "Aimé Kabeya
				// Tshilumba": the family names without the given name.
				if _, ok := f.byKey[key[sp+1:]]; !ok && !honorifics[first] {
					f.byKey[key[sp+1:]] = e
				}
			}
		}
	case entity.KindCompany, entity.KindGovernment, entity.KindOrganization:
		if multi {
			generic := genericFirst(first)
			// "Vinacoal - Hon Net Coal JSC": the group's brand before the
			// dash is the group's name, no short form of its unit's.
			brand := brandWords(x.name)
			// "Suoi Lai Coal" for "Vinaminco – Suoi Lai Coal JSC": the
			// unit's own name, after the brand, is one of its names.
			if brand > 0 && name == x.name {
				rest := key
				for range brand {
					if c := strings.IndexByte(rest, ' '); c >= 0 {
						rest = rest[c+1:]
					}
				}
				if strings.IndexByte(rest, ' ') > 0 {
					if _, ok := f.byKey[rest]; !ok {
						f.byKey[rest] = e
					}
				}
			}
			for p, k := sp, 1; p >= 0; k++ {
				if (k > 1 || !generic) && k > brand {
					f.addList(f.prefixes, key[:p], e)
				}
				q := strings.IndexByte(key[p+1:], ' ')
				if q < 0 {
					break
				}
				p += 1 + q
			}
			if !genericFirst(last) {
				f.addList(f.suffixes, last, e)
			}
			if brand == 0 {
				f.addList(f.firstWords, first, e)
			}
			if x.kind == entity.KindCompany {
				f.registerMid(e, first, key[sp+1:])
				// "Inner Mongolia Beicheng Rare Earth Co": a place of
				// two words first.
				if sp2 := strings.IndexByte(key[sp+1:], ' '); sp2 > 0 && placeOfWords(key[:sp+1+sp2]) {
					f.registerMid(e, key[:sp+1+sp2], key[sp+2+sp2:])
				} else if sp2 > 0 && place(first) {
					// "Hebei Caofeidian Jinxin Iron & Steel Group": a
					// province, a district the text does not know, then
					// the brand before the trade.
					second := key[sp+1 : sp+1+sp2]
					third, _, _ := strings.Cut(key[sp+2+sp2:], " ")
					if !industryWords[second] && !industryWords[third] && lexOf(second)&(lxCompanyHeads|lxLegalEnd|lxGovHeads) == 0 && third != "" {
						f.addList(f.innerWords, third, e)
					}
				}
			}
			f.registerAcronyms(e, s, toks, i, j)
		} else if h := strings.IndexByte(key, '-'); h > 1 && x.kind == entity.KindCompany {
			// "Freeport" for "Freeport-McMoRan".
			if !genericFirst(key[:h]) {
				f.addList(f.prefixes, key[:h], e)
			}
		}
	}
}

// brandWords returns the number of words before a spaced dash in a
// company's name, the group's brand in "Vinacoal – Hon Net Coal JSC";
// 0 when the name has none.
func brandWords(name string) int {
	for _, d := range []string{" \u2013 ", " - ", " \u2014 "} {
		if k := strings.Index(name, d); k > 0 {
			return len(strings.Fields(name[:k]))
		}
	}
	return 0
}

// registerMid maps the second word of a company's name to e when it
// is the name's own word, after a place ("Zhejiang Qianlong New
// Energy"): first is the key's first word, rest the words after it.
func (f *entFinder) registerMid(e int, first, rest string) {
	w, more, ok := strings.Cut(rest, " ")
	// The first word is a place ("Shandong Jinhe Chemical"), or the
	// word after the middle one names a trade, as Chinese names of a
	// city, a brand and a trade do ("Jixi Hengsheng Graphite").
	trade, _, _ := strings.Cut(more, " ")
	if !ok || more == "" || genericFirst(w) || lexOf(w)&(lxCompanyHeads|lxLegalEnd|lxGovHeads) != 0 || !place(first) && !placeOfWords(first) && !industryWords[trade] && !countryFirst(first) && !iberianTrade[first] {
		return
	}
	f.addList(f.midWords, w, e)
	f.ents[e].placeFirst = true
	// "Jinhe Chemical" and "Jinhe Chemical Group" for "Shandong Jinhe
	// Chemical Group Co": the name without its place, cut short.
	for p := len(w); p < len(rest); {
		q := strings.IndexByte(rest[p+1:], ' ')
		if q < 0 {
			break
		}
		p += 1 + q
		f.addList(f.afterPlace, rest[:p], e)
	}
	// ...and the whole name without it: "Ruifeng Lithium" for "Yichun
	// Ruifeng Lithium Co., Ltd.".
	f.addList(f.afterPlace, rest, e)
}

// iberianTrade are the words of a trade that open Spanish and
// Portuguese names of firms, folded: "Mineração Serra do Curral S.A."
// is "Serra do Curral" in its own text, as "Minera Cerro Ceniza SpA" is
// "Cerro Ceniza".
var iberianTrade = map[string]bool{
	"minera": true, "mineração": true, "mineracao": true, "mineradora": true, "compañía": true, "companhia": true,
	"empresa": true, "sociedad": true, "siderúrgica": true, "siderurgica": true, "metalúrgica": true,
}

// noUnitOf returns the one company of cands, brands that key opens, that
// is no country's unit named for the brand ("Hokuetsu Chile Resources
// SpA" beside "Hokuetsu Copper Smelting & Refining"), a short name of
// another counted as that one; or a negative number.
func (f *entFinder) noUnitOf(cands []int, key string) int {
	c := -1
	for _, x := range cands {
		if x = f.root(x); groupCountryUnitOf(f.ents[x].fullKey(), key) || x == c {
			continue
		}
		// ("Hokuetsu Copper" beside "Hokuetsu Copper Smelting &
		// Refining": one firm, its short name to be merged.)
		// (Not "Mizusawa Steel Asia" beside "Mizusawa Steel": a unit
		// for a region.)
		if c >= 0 && strings.HasPrefix(f.ents[x].fullKey(), f.ents[c].fullKey()+" ") && !regionOf(f.ents[x].fullKey(), f.ents[c].fullKey()) {
			c = x
			continue
		}
		if c >= 0 && regionOf(f.ents[x].fullKey(), f.ents[c].fullKey()) {
			continue
		}
		if c >= 0 && regionOf(f.ents[c].fullKey(), f.ents[x].fullKey()) {
			c = x
			continue
		}
		if c >= 0 && strings.HasPrefix(f.ents[c].fullKey(), f.ents[x].fullKey()+" ") {
			continue
		}
		if c >= 0 {
			return -2
		}
		c = x
	}
	return c
}

// countryFirst reports whether w, a folded word, is a country's name, as
// in "China Beifang Rail Logistics", whose short form is "Beifang Rail".
func countryFirst(w string) bool {
	if w == "" || w[0] >= utf8.RuneSelf {
		return false
	}
	var buf [32]byte
	if len(w) > len(buf) {
		return false
	}
	b := append(buf[:0], w...)
	b[0] = upper(b[0])
	_, how, ok := entity.LookupCountry(string(b))
	return ok && how == entity.CountryName
}

// place reports whether w, a folded word, is one of places once its
// first letter is a capital, as places[strings.ToUpper(w[:1])+w[1:]]
// reads it, without making a string for a word in ASCII.
func place(w string) bool {
	var buf [64]byte
	if len(w) > len(buf) || w[0] >= utf8.RuneSelf {
		return places[strings.ToUpper(w[:1])+w[1:]]
	}
	b := append(buf[:0], w...)
	b[0] = upper(b[0])
	return places[string(b)]
}

// placeOfWords reports whether k, folded words, names a place of
// places: "inner mongolia", "west java".
func placeOfWords(k string) bool {
	var buf [32]byte
	if len(k) > len(buf) {
		return false // longer than every place of places
	}
	b := append(buf[:0], k...)
	for i := range b {
		if i == 0 || b[i-1] == ' ' {
			b[i] = upper(b[i])
		}
	}
	return places[string(b)]
}

// registerFields is register's reading of the short forms for a key
// whose words are not joined by single spaces.
func (f *entFinder) registerFields(e int, name, key string, s string, toks []etok, i, j int) {
	x := f.ents[e]
	ws := strings.Fields(key)
	switch x.kind {
	case entity.KindPerson:
		if len(ws) >= 2 {
			addUnique(f.surnames, ws[len(ws)-1], e)
			if g := givenName(key); g == ws[0] && familyNames[firstWord(name)] {
				addUnique(f.surnames, ws[0], e)
			} else if g != "" && g != ws[len(ws)-1] {
				addUnique(f.givenNames, g, e)
			}
		}
	case entity.KindCompany, entity.KindGovernment, entity.KindOrganization:
		if len(ws) >= 2 {
			p := len(ws[0])
			for k := 1; k < len(ws); k++ {
				if k > 1 || !genericFirst(ws[0]) {
					f.addList(f.prefixes, key[:p], e)
				}
				p += 1 + len(ws[k])
			}
			if !genericFirst(ws[len(ws)-1]) {
				f.addList(f.suffixes, ws[len(ws)-1], e)
			}
			f.addList(f.firstWords, ws[0], e)
			f.registerAcronyms(e, s, toks, i, j)
		} else if h := strings.IndexByte(key, '-'); h > 1 && len(ws) == 1 && x.kind == entity.KindCompany {
			// "Freeport" for "Freeport-McMoRan".
			if !genericFirst(key[:h]) {
				f.addList(f.prefixes, key[:h], e)
			}
		}
	}
}

// registerAcronyms maps the acronyms of the name at tokens [i, j) of s
// (see acronymsOf) to e.
func (f *entFinder) registerAcronyms(e int, s string, toks []etok, i, j int) {
	f.acrAll, f.acrCore = appendAcronyms(f.acrAll[:0], f.acrCore[:0], s, toks, i, j)
	if len(f.acrCore) >= 2 {
		f.addUniqueBytes(f.acronyms, f.acrCore, e)
	}
	if len(f.acrAll) >= 2 && string(f.acrAll) != string(f.acrCore) {
		f.addUniqueBytes(f.acronyms, f.acrAll, e)
	}
	// "MOTIE" for "Ministry of Trade, Industry and Energy": a body's
	// initials with the "o" of its "of".
	if i+2 < j && len(f.acrCore) >= 2 && toks[i+1].b-toks[i+1].a == 2 && s[toks[i+1].a:toks[i+1].b] == "of" && lexOfTok(s, &toks[i])&lxGovHeads != 0 {
		f.acrAll = append(f.acrAll[:0], f.acrCore[0], 'o')
		f.acrAll = append(f.acrAll, f.acrCore[1:]...)
		f.addUniqueBytes(f.acronyms, f.acrAll, e)
	}
}

// firstWord returns the first space-separated word of s.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// ministryKey returns the key of a ministry's name written the other way:
// "ministry of energy" for "energy ministry" and back; "" for a key of
// no ministry.
func ministryKey(key string) string {
	for _, h := range [...]string{"ministry", "department"} {
		if f, ok := strings.CutPrefix(key, h); ok && strings.HasPrefix(f, " of ") && len(f) > 4 {
			return f[4:] + " " + h
		}
		if f, ok := strings.CutSuffix(key, h); ok && strings.HasSuffix(f, " ") && len(f) > 1 && !strings.HasPrefix(f, "the ") {
			return h + " of " + f[:len(f)-1]
		}
	}
	return ""
}

// givenName returns the first word of a person's folded name after its
// honorifics: "azlan" for "tan sri azlan harun".
func givenName(key string) string {
	// ("Mohd", "Muhammad" open many Malay names; the given name the
	// news uses comes after.)
	var buf [8]string
	ws := appendFields(buf[:0], key)
	for i := 0; i < len(ws)-1; i++ {
		switch {
		case honorifics[ws[i]] || (ws[i] == "sri" || ws[i] == "seri") && i > 0 && malayTitles[strings.TrimRight(ws[i-1], "'\u2019")]:
		case (ws[i] == "tan" || ws[i] == "puan") && ws[i+1] == "sri":
		case i+2 < len(ws) && malayProphetName[ws[i]]:
			// "Mohd Faizal Hashim" is Faizal.
		default:
			return ws[i]
		}
	}
	return ""
}

// malayTitles are the Malaysian honorifics a "Sri" or "Seri" may follow
// as part of the title: "Datuk Seri", "Dato' Sri", "Tan Sri". Folded.
var malayTitles = wordSet("datuk", "dato", "datin", "tun", "toh", "yb", "yab", "tan", "puan")

// malayProphetName are the forms of "Muhammad" that open Malay names
// before the name a person goes by. Folded.
var malayProphetName = wordSet("mohd", "muhd", "md", "mohamad", "mohammad", "muhammad", "mohamed", "mohammed", "muhamad")

// appendFields appends the words of s to ws, as strings.Fields splits
// them.
func appendFields(ws []string, s string) []string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(ws, strings.Fields(s)...)
		}
	}
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !asciiSpace(s[j]) {
			j++
		}
		if j > i {
			ws = append(ws, s[i:j])
		}
		i = j
	}
	return ws
}

// asciiSpace reports the ASCII bytes that strings.Fields splits at.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// ownerPlace reports a segment that stands where a parent or owner is
// named: after "of" or "by" ("a unit of Tata Steel"), or with a
// possessive ("Tata Steel's unit").
func (f *entFinder) ownerPlace(g *nseg) bool {
	return g.i > f.sents[g.s].t0 && (f.word(g.i-1, "of") || f.word(g.i-1, "by")) || f.toks[g.j-1].f&tPoss != 0
}

// namedIn reports whether entity c has a mention in sentence si.
//
// It indexes each mention once, by the sentence that holds it, so that
// asking about every segment of a long text stays linear; it reads the
// mentions one by one only when the sentences overlap (see sentSpans).
func (f *entFinder) namedIn(c, si int) bool {
	x := f.ents[c]
	es := f.sents[si]
	if es.t1 <= es.t0 {
		return false
	}
	if f.sentSpans() {
		a, b := f.toks[es.t0].a, f.toks[es.t1-1].b
		return slices.ContainsFunc(x.mentions, func(m rng) bool { return m.a >= a && m.b <= b })
	}
	if f.named == nil {
		f.named = map[uint64]struct{}{}
	}
	for ; x.menRead < len(x.mentions); x.menRead++ {
		m := x.mentions[x.menRead]
		// The last sentence that starts at or before the mention, and
		// those before it that end where an empty mention stands.
		k, _ := slices.BinarySearchFunc(f.spans, m.a, func(sp sentSpan, a int) int {
			if sp.a <= a {
				return -1
			}
			return 1
		})
		for k--; k >= 0 && f.spans[k].b >= m.b; k-- {
			if f.spans[k].a <= m.a {
				f.named[uint64(c)<<32|uint64(f.spans[k].s)] = struct{}{}
			}
		}
	}
	_, ok := f.named[uint64(c)<<32|uint64(si)]
	return ok
}

// sentSpan is the view range of the tokens of sentence s.
type sentSpan struct{ a, b, s int }

// sentSpans makes f.spans on first use and reports whether the
// sentences overlap, so that a mention may stand in more than one
// sentence not next to each other; namedIn then reads the mentions one
// by one.
func (f *entFinder) sentSpans() (overlap bool) {
	if f.spansState == 0 {
		f.spansState = 1
		for si, es := range f.sents {
			if es.t1 <= es.t0 {
				continue
			}
			sp := sentSpan{f.toks[es.t0].a, f.toks[es.t1-1].b, si}
			if n := len(f.spans); n > 0 && sp.a < f.spans[n-1].b {
				f.spansState = 2
			}
			f.spans = append(f.spans, sp)
		}
	}
	return f.spansState == 2
}

// genericFirst reports words that cannot be a short form on their own:
// country words, common words ("General", "National").
func genericFirst(w string) bool {
	if len(w) < 2 || genericWords[w] || notNamesFolded[w] {
		return true
	}
	if w[0] >= utf8.RuneSelf || len(w) > 64 {
		_, _, ok := entity.LookupCountry(strings.ToUpper(w[:1]) + w[1:])
		if !ok {
			_, _, ok = entity.LookupCountry(strings.ToUpper(w))
		}
		return ok
	}
	// As strings.ToUpper(w[:1]) + w[1:], then strings.ToUpper(w), in a
	// buffer.
	var buf [64]byte
	b := append(buf[:0], w...)
	b[0] = upper(b[0])
	if _, _, ok := entity.LookupCountry(string(b)); ok {
		return true
	}
	for i := 1; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
			_, _, ok := entity.LookupCountry(strings.ToUpper(w))
			return ok
		}
		b[i] = upper(b[i])
	}
	_, _, ok := entity.LookupCountry(string(b))
	return ok
}

// upper returns the ASCII letter c in upper case, other bytes as they are.
func upper(c byte) byte {
	if isLower(c) {
		return c - 'a' + 'A'
	}
	return c
}

var genericWords = wordSet("general", "smelters", "smelter", "national", "international", "united", "american", "global", "first",
	"new", "pacific", "asia", "asian", "southern", "northern", "western", "eastern", "central", "royal",
	"great", "golden", "china", "the", "group", "holdings", "company", "corp", "energy", "steel", "mining",
	"resources", "minerals", "chemical", "motor", "motors", "gas", "oil", "power", "electric", "bank",
	"ministry", "department", "agency", "office", "state", "federal", "korea", "japan", "&", "of", "and",
	"metals", "materials", "securities", "capital", "investment", "investments", "industries", "joint", "venture",
	"recycling", "trading", "smelting", "refining", "processing", "logistics", "shipping", "engineering", "construction",
	"development", "technology", "technologies", "industry", "industrial", "solutions", "services", "products")

// notNamesFolded is notNames in lower case.
var notNamesFolded = func() map[string]bool {
	m := make(map[string]bool, len(notNames))
	for w := range notNames {
		m[foldWord(w)] = true
	}
	return m
}()

// appendAcronyms appends to all the initials of the words of the name
// at tokens [i, j) of s, and to core the same without a legal form at
// the end. They are the acronyms the name may be written as, in lower
// case: "usda" for "U.S. Department of Agriculture", "tcc" for "Taiwan
// Cement Corp.", "uss" for "U.S. Steel"; "of" and "and" are left out.
func appendAcronyms(all, core []byte, s string, toks []etok, i, j int) ([]byte, []byte) {
	for k := i; k < j; k++ {
		t := &toks[k]
		w := s[t.a:t.b]
		if t.f&tWord == 0 || t.f&tLower != 0 {
			continue
		}
		n := len(all)
		if strings.Count(w, ".") >= 2 {
			// "U.S.": each letter.
			for p := 0; p < len(w); p++ {
				if isUpper(w[p]) {
					all = append(all, lower(w[p]))
				}
			}
		} else if w[0] < 0x80 {
			all = append(all, lower(w[0]))
		}
		// (Nor the legal form that opens it: "GKI" for "PT Gresik
		// Katoda Indonesia".)
		if lx := lexOfTok(s, &toks[k]); !(k == j-1 && lx&lxLegalCore != 0) && !(k == i && k+2 < j && lx&lxLegalStart != 0) {
			core = append(core, all[n:]...)
		}
	}
	return all, core
}

// addUniqueBytes is addUnique for a key in a buffer, which it interns
// when new.
func (f *entFinder) addUniqueBytes(m map[string]int, k []byte, e int) {
	if old, ok := m[string(k)]; ok {
		if old != e {
			m[string(k)] = -1
		}
		return
	}
	m[f.intern(k)] = e
}

// addUnique maps k to e, or to -1 when k already maps to another entity.
func addUnique(m map[string]int, k string, e int) {
	if old, ok := m[k]; ok && old != e {
		m[k] = -1
		return
	}
	m[k] = e
}

// addList adds e to the list of k. A list holds at most maxList
// entities: a short form shared by more is ambiguous anyway, and the
// bound keeps the work linear. A new list takes room for maxList
// entities from f.lists, so that no list is allocated on its own.
func (f *entFinder) addList(m map[string][]int, k string, e int) {
	l := m[k]
	if len(l) >= maxList || slices.Contains(l, e) {
		return
	}
	if l == nil {
		if len(f.lists)+maxList > cap(f.lists) {
			// A new chunk: the lists made keep the old one.
			f.lists = make([]int, 0, max(64*maxList, 2*cap(f.lists)))
		}
		n := len(f.lists)
		f.lists = f.lists[:n+maxList]
		l = f.lists[n : n : n+maxList]
	}
	m[k] = append(l, e)
}

const maxList = 8

// addName adds n, written at view offset at (or -1), to the entity's
// names and reports whether it is new; a name known already keeps the
// first place it is written. Many names get an index.
func (x *nent) addName(n string, at int) bool {
	k := -1
	if x.nameSet != nil {
		if i, ok := x.nameSet[n]; ok {
			k = i
		}
	} else {
		k = slices.Index(x.names, n)
	}
	if k >= 0 {
		if at >= 0 && (x.nameAt[k] < 0 || at < x.nameAt[k]) {
			x.nameAt[k] = at
		}
		return false
	}
	x.names = append(x.names, n)
	x.nameAt = append(x.nameAt, at)
	if x.nameSet == nil && len(x.names) > 8 {
		x.nameSet = make(map[string]int, 16)
		for i, m := range x.names {
			x.nameSet[m] = i
		}
	} else if x.nameSet != nil {
		x.nameSet[n] = len(x.names) - 1
	}
	return true
}

// countryMention records a country named at tokens [i, j).
func (f *entFinder) countryMention(i, j int, c entity.Country) {
	if c.IsZero() {
		return
	}
	f.countryMentionAt(f.toks[i].a, f.toks[j-1].cut, c)
}

// weMet reports "we met" or "we also met" at token k of an interview's
// answer: a meeting the one who answers went to.
func (f *entFinder) weMet(k int) bool {
	if !f.word(k, "we") && !f.word(k, "We") {
		return false
	}
	n := k + 1
	if f.word(n, "also") || f.word(n, "then") || f.word(n, "recently") {
		n++
	}
	return f.word(n, "met")
}

// shortBeforeBracket reads a firm's short name right before its full
// name in brackets, a word whose letters the full name spells in order:
// "Vinacomin (Vietnam National Coal and Mineral Industries Group)". The
// word is a name of the firm.
func (f *entFinder) shortBeforeBracket(n int) {
	g := &f.segs[n]
	if g.ent < 0 || f.ents[g.ent].kind != entity.KindCompany || g.j-g.i < 3 || g.i < 2 || !f.punct(g.i-1, '(') || g.j >= len(f.toks) || !f.punct(g.j, ')') {
		return
	}
	w := g.i - 2
	if w < f.sents[g.s].t0 || f.toks[w].f&tCap == 0 || f.toks[w].f&tWord == 0 || f.toks[w].f&tPoss != 0 {
		return
	}
	if m := f.tokSeg[w]; m >= 0 && (f.segs[m].ent >= 0 || f.segs[m].j-f.segs[m].i > 1) {
		return
	}
	if w > f.sents[g.s].t0 && f.nameTok(w-1) {
		return
	}
	if !spells(f.d.v.s[f.toks[g.i].a:f.toks[g.j-1].b], f.name(w)) {
		return
	}
	f.mentionAt(w, w+1, g.ent)
}

// publicationWords name what a paper publishes, after the name of a
// section: "the Mining & Energy newsletter". Folded.
var publicationWords = wordSet("newsletter", "newsletters", "podcast", "supplement", "section", "desk", "briefing", "digest")
