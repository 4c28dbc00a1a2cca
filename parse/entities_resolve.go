package parse

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/qty"
)

// bracketAfter reads the aliases a text defines in brackets after the
// name of segment n: "Zhejiang Huayou Cobalt (Huayou)", "Taiwan Cement
// Corp. (TCC, 台泥)", "Arafura Resources Limited (ASX: ARU) ("Arafura" or
// the "Company")"; and the short name after ", or" or a state body's
// slash: "PT X (Persero), or ITN", "the Investment Ministry/BKPM". A
// bracket that holds a listing is skipped.
func (f *entFinder) bracketAfter(n int) {
	g := &f.segs[n]
	if g.ent < 0 || f.ents[g.ent].kind == entity.KindCountry || f.ents[g.ent].kind == entity.KindPerson {
		return
	}
	// "X, formerly Y (the "Company" or "XC")": the terms are the name
	// in use's, not the former name's.
	if g.former && n > 0 {
		if p := &f.segs[n-1]; p.s == g.s && p.ent < 0 && p.j < g.i && g.i-p.j <= 4 && p.kind == entity.KindCompany && f.formerlyBetween(p.j, g.i) {
			return // read again once the name in use is resolved
		}
		if p := &f.segs[n-1]; p.s == g.s && p.ent >= 0 && p.j < g.i && g.i-p.j <= 4 && f.ents[p.ent].kind == entity.KindCompany && f.formerlyBetween(p.j, g.i) {
			cur := *g
			cur.ent = p.ent
			g = &cur
		}
	}
	end := f.sents[g.s].t1
	k := g.j
	defer func() {
		// "PT Industri Tambang Nusantara (Persero), or ITN, which":
		// an acronym after ", or".
		// ", or Somilu," for "Societe Miniere du Lualaba": a word in
		// title case whose letters the name spells in order.
		if k+2 < end && f.punct(k, ',') && f.word(k+1, "or") && f.toks[k+2].f&tWord != 0 &&
			(f.toks[k+2].f&tUpper != 0 || f.toks[k+2].f&tCap != 0 && spells(f.d.v.s[f.toks[g.i].a:f.toks[g.j-1].b], f.text(k+2))) &&
			(k+3 >= end || f.punct(k+3, ',') || f.punct(k+3, '.') || f.punct(k+3, ';')) {
			f.bracketItem(g.ent, k+2, k+3)
		}
		// "the Investment Ministry/BKPM": a state body's acronym after
		// a slash.
		if k+1 < end && f.punct(k, '/') && f.toks[k].a == f.toks[k-1].b && f.toks[k+1].a == f.toks[k].b &&
			f.ents[g.ent].kind == entity.KindGovernment && f.toks[k+1].f&tUpper != 0 && (k+2 >= end || !f.nameTok(k+2)) {
			f.bracketItem(g.ent, k+1, k+2)
		}
	}()
	// "the Ministry of Commerce of the People's Republic of China
	// ("MOFCOM")": a body's terms may follow its state.
	if f.ents[g.ent].kind == entity.KindGovernment && k+1 < end && f.word(k, "of") {
		m := k + 1
		if f.word(m, "the") {
			m++
		}
		if c := f.tokSeg[m]; m < end && c >= 0 && f.segs[c].i == m && f.segs[c].kind == entity.KindCountry && f.punct(f.segs[c].j, '(') {
			k = f.segs[c].j
		}
	}
	// "Lingxi Cobalt Co., Ltd.* (...)": Hong Kong filings star a name
	// given for identification only.
	if k < end && f.punct(k, '*') && f.toks[k].a == f.toks[k-1].b {
		k++
	}
	for tries := 0; tries < 2 && k < end && f.punct(k, '('); tries++ {
		// "(淩溪鈷業(廣西)有限公司) (the "Purchaser")": the name in
		// Chinese, brackets and all, then the defined term.
		if c, ok := f.cjkBracket(k, end); ok {
			if c == k+2 {
				f.bracketItem(g.ent, k+1, c)
			}
			k = c + 1
			continue
		}
		c := k + 1
		for c < end && c < k+16 && !f.punct(c, ')') && !f.punct(c, '(') {
			c++
		}
		// ("(Securities Code: 5709, listed on the Standard Market of the
		// Tokyo Stock Exchange; the "Target Company")": a longer
		// bracket when it opens with a code and a defined term closes
		// it.)
		if c == k+16 && (f.word(k+1, "Securities") || f.word(k+1, "Stock") || f.word(k+1, "Code") || f.word(k+1, "Security")) {
			for c < end && c < k+32 && !f.punct(c, ')') && !f.punct(c, '(') {
				c++
			}
			if c < end && f.punct(c, ')') && !f.punct(c-1, '"') {
				return
			}
		}
		// (`("Sunshore" or the "Company", together with its
		// subsidiaries the "Group"; HKEX stock code: 1627)`: a longer
		// bracket that opens with a quoted term; only its quoted terms
		// are names.)
		long := false
		if c == k+16 && f.punct(k+1, '"') {
			for c < end && c < k+40 && !f.punct(c, ')') && !f.punct(c, '(') {
				c++
			}
			long = true
		}
		if c >= end || !f.punct(c, ')') {
			return
		}
		listing, other := false, false
		for p := k + 1; p < c; {
			q := p
			for q < c && !f.punct(q, ',') && !f.punct(q, ';') && !f.punct(q, '/') && !f.word(q, "or") {
				q++
			}
			quoted := f.punct(p, '"') || (f.word(p, "the") || f.word(p, "The")) && p+1 < c && f.punct(p+1, '"')
			// A listing in the bracket is not a name: "(台泥, 1101.TW)".
			if q > p && f.listingAt(f.toks[p].a, f.toks[q-1].b) {
				listing = true
			} else if q > p && (!long || quoted) {
				other = true
				f.bracketItem(g.ent, p, q)
			}
			p = q + 1
		}
		if !listing || other {
			return
		}
		k = c + 1
	}
}

// cjkBracket reports a bracket at token k that holds a name in Chinese or
// Japanese script, brackets of its own inside it or not, and returns
// the token that closes it.
func (f *entFinder) cjkBracket(k, end int) (int, bool) {
	if k+2 >= end {
		return 0, false
	}
	if r, _ := utf8.DecodeRuneInString(f.d.v.s[f.toks[k+1].a:]); r < 0x2E80 {
		return 0, false
	}
	depth := 0
	for c := k; c < end && c < k+12; c++ {
		switch {
		case f.punct(c, '('):
			depth++
		case f.punct(c, ')'):
			depth--
			if depth == 0 {
				return c, true
			}
		default:
			// Only the name: "(台泥, 1101.TW)" is read item by item.
			if r, _ := utf8.DecodeRuneInString(f.d.v.s[f.toks[c].a:]); r < 0x2E80 {
				return 0, false
			}
		}
	}
	return 0, false
}

// spells reports whether the letters of short, a word of four or more,
// stand in name in order, the first of them opening name: "Somilu" in
// "Societe Miniere du Lualaba". Letter case aside.
func spells(name, short string) bool {
	if len(short) < 4 || len(name) == 0 || lower(name[0]) != lower(short[0]) {
		return false
	}
	k := 0
	for i := 0; i < len(name) && k < len(short); i++ {
		if lower(name[i]) == lower(short[k]) {
			k++
		}
	}
	return k == len(short)
}

// bracketItem adds the alias written at tokens [p, q), quotes and a
// leading "the" aside.
func (f *entFinder) bracketItem(e, p, q int) {
	for p < q && (f.punct(p, '"') || f.punct(p, '\'')) {
		p++
	}
	for q > p && (f.punct(q-1, '"') || f.punct(q-1, '\'')) {
		q--
	}
	// `hereinafter "Cuiping Lithium"`, as filings translated from
	// Chinese define a short name.
	if p < q && f.word(p, "hereinafter") {
		p++
		if f.word(p, "referred") && f.word(p+1, "to") && f.word(p+2, "as") {
			p += 3
		}
		for p < q && (f.punct(p, '"') || f.punct(p, '\'')) {
			p++
		}
	}
	// "(CEO Park Jin-woo, KRX: 047820)", as Korean papers name a firm's
	// head beside it: a title and a person, no name of the firm.
	if p+1 < q && f.toks[p].f&(tCap|tUpper) != 0 && f.has(p, lxTitleHeads) && !f.has(p, lxLegalEnd|lxCompanyHeads) && f.personShape(p+1, q) {
		return
	}
	the := p < q && (f.word(p, "the") || f.word(p, "The"))
	quoted := false
	if the {
		p++
		// `the "Company"`: the quotes may stand after "the"; the name
		// is then the word in quotes.
		for p < q && (f.punct(p, '"') || f.punct(p, '\'')) {
			p++
			quoted = true
		}
	}
	if p >= q || q-p > 6 {
		return
	}
	// `the issued shares of Shiwaku Zosen (the "Share Acquisition")`:
	// a term for a deal or a contract names no firm.
	if f.has(q-1, lxDealTerms) || f.has(q-1, lxLawWords) && (q-p > 1 || quoted) {
		return
	}
	for k := p; k < q; k++ {
		t := &f.toks[k]
		if t.f&tWord == 0 && !f.punct(k, '&') || t.f&tLower != 0 || t.f&tDigit != 0 {
			return
		}
	}
	if q-p == 1 && (f.written(p, wrNotName) && !the && !(quoted && (f.word(p, "Company") || f.word(p, "Group") || f.word(p, "Issuer"))) || f.written(p, wrCommonAcronym)) {
		return
	}
	// "Fujiwara Metals Trading Co., Ltd. (Japan)": where it is, no alias.
	if _, w, ok := f.countryAt(p, q, true); ok && w == q-p && !quoted {
		return
	}
	if n := f.tokSeg[p]; n >= 0 && f.segs[n].ent >= 0 && f.segs[n].ent != e && f.segs[n].i == p {
		return // already another entity's name
	}
	f.mentionRange(rng{f.toks[p].a, f.toks[q-1].cut}, e)
	company := q-p == 1 && (f.word(p, "Company") || f.word(p, "Issuer") || f.word(p, "Group") && quoted)
	if the && !quoted {
		p--
	}
	f.addName(e, p, q)
	// `("Coorong" or "the Company")`: an announcement names its issuer.
	if f.issuer < 0 && company && f.ents[e].kind == entity.KindCompany {
		f.issuer = e
	}
}

// inListing reports whether view offset a lies inside a listing the
// listings step found: the "WLM" of "(ASX: WLM)".
func (f *entFinder) inListing(a int) bool {
	at := f.d.listingAt
	k, _ := slices.BinarySearchFunc(at, a+1, func(r rng, a int) int { return r.a - a })
	return k > 0 && at[k-1].a <= a && a < at[k-1].b
}

// listingAt reports whether a listing the listings step found starts in
// the view range [a, b).
func (f *entFinder) listingAt(a, b int) bool {
	at := f.d.listingAt
	k, _ := slices.BinarySearchFunc(at, a, func(r rng, a int) int { return r.a - a })
	return k < len(at) && at[k].a < b
}

// headlines reads the title-case headline and standfirst against the
// names found: at each place the longest known name, a country word, or
// the brand of several companies ("HD Hyundai Join Plants").
func (f *entFinder) headlines() {
	for n := range f.segs {
		g := &f.segs[n]
		if !f.sents[g.s].title || g.ent >= 0 || g.drop {
			continue
		}
		for k := g.i; k < g.j; {
			m := f.headlineAt(k, g.j)
			if m == 0 {
				m = 1
			}
			k += m
		}
	}
}

// headlineAt matches a name at token k of a title-case run that ends at
// j, and returns the number of tokens read, or 0.
func (f *entFinder) headlineAt(k, j int) int {
	if !f.nameTok(k) || f.written(k, wrLeadStop) {
		return 0
	}
	f.kw.fill(f.d.v.s, f.toks, k, min(j-k, maxKeyToks))
	for l := min(j-k, maxKeyToks); l >= 1; l-- {
		if !f.nameTok(k + l - 1) {
			continue
		}
		key := f.kw.key(f.d.v.s, f.toks, k+l)
		if e, ok := f.byKey[string(key)]; ok {
			f.mentionAt(k, k+l, e)
			return l
		}
		cands := f.prefixes[string(key)]
		// A country word of just these tokens: what countryAt(k, k+l,
		// true) finds when it finds l tokens, without trying the
		// shorter widths.
		if l <= 5 {
			if c, ok, _ := f.countryIn(k, k+l); ok {
				f.countryMention(k, k+l, c)
				return l
			}
		}
		if len(cands) > 0 {
			// A single company the prefix stands for, or a brand.
			if len(cands) == 1 && l == 1 {
				f.mentionAt(k, k+l, cands[0])
				return l
			}
			if len(cands) > 1 && l == 1 {
				// "Hokuetsu" beside "Hokuetsu Chile Resources SpA": the
				// firm that is no country's unit.
				c := f.noUnitOf(cands, string(key))
				if c >= 0 {
					f.mentionAt(k, k+l, c)
					return l
				}
			}
			if len(cands) > 1 {
				e := f.newEntity(entity.KindCompany)
				f.ents[e].brand = true
				f.mentionAt(k, k+l, e)
				return l
			}
		}
	}
	return 0
}

// plantWords, before "mill" or "smelter", make it a plant: "the new hot
// strip mill", "the expanded smelter".
var plantWords = wordSet("new", "expanded", "existing", "planned", "proposed", "upgraded", "hot", "cold", "strip", "rolling", "rod",
	"wire", "plate", "pipe", "first", "second", "third", "old", "idle", "idled", "shuttered", "larger", "bigger", "mini")

// anaphoraHeads are the nouns of "the company", "the Korean firm", "the
// Japanese steel conglomerate", which stand for a company named before.
var anaphoraHeads = wordSet("company", "firm", "miner", "producer", "steelmaker", "carmaker", "automaker",
	"conglomerate", "refiner", "maker", "manufacturer", "developer", "explorer", "chipmaker", "smelter",
	"supplier", "group", "planter", "utility", "generator", "shipbuilder", "trader", "house", "venture", "mill", "miller",
	"junior", "refinery", "operator", "target", "importer", "exporter", "yard", "shipyard", "partner",
	// "The unit signed": only a firm the text called a unit or a
	// subsidiary.
	"unit", "subsidiary")

// nameSays reports whether a company's name says what head calls it:
// "Mindanao Laterite Mining Corp." is a miner, "Shikoku Nickel Refining"
// a refiner.
func nameSays(name, head string) bool {
	for w := range strings.FieldsSeq(name) {
		var buf [24]byte
		lw := string(lowerInto(buf[:0], w))
		switch lw {
		case "mining", "mines", "minerals", "resources", "tin", "nickel", "lithium", "coal", "gold", "copper", "minera", "mineracao",
			"zinc", "cobalt", "graphite", "uranium", "bauxite", "ore", "mineral", "exploration":
			// Not "iron": "Iron & Steel" names a mill. "The Perth-based
			// junior": a small miner.
			if head == "miner" || head == "junior" {
				return true
			}
		case "refining", "refinery", "refineries":
			// "the refinery" for "X Refinery Sdn Bhd".
			if head == "refiner" || head == "refinery" && lw == "refinery" {
				return true
			}
		case "alumina":
			// "the refiner" for "X Alumina Co.": alumina is refined.
			if head == "refiner" {
				return true
			}
		case "smelting":
			// "the Penang-based refiner" for a tin smelter.
			if head == "smelter" || head == "refiner" {
				return true
			}
		case "steel", "sugar", "paper", "ispat":
			// ("Ispat" is Hindi for steel: "Vardhman Ispat".)
			// "the Chinese mill" for a steelmaker, "the miller" for a
			// sugar company.
			if head == "mill" || head == "steelmaker" && (lw == "steel" || lw == "ispat") || head == "miller" && lw == "sugar" {
				return true
			}
		case "motor", "motors", "automotive":
			if head == "carmaker" || head == "automaker" {
				return true
			}
		case "plantation", "plantations", "estates":
			if head == "planter" {
				return true
			}
		case "trading", "traders":
			if head == "trader" {
				return true
			}
		case "shipping":
			if head == "shipper" {
				return true
			}
		case "shipbuilding", "shipyard", "shipyards", "dockyard":
			// "the yard" for Hayatomo Shipbuilding.
			if head == "yard" || head == "shipyard" || head == "shipbuilder" {
				return true
			}
		case "power", "electric", "electricity", "thermal", "urja", "utilities", "generation":
			// "the utility" for "Saurashtra Urja" ("urja" is Hindi for
			// energy), "Kaveri Thermal Power".
			if head == "utility" || head == "generator" {
				return true
			}
		}
	}
	return false
}

// copulas before "the company" make it a description: "remains the main
// producer", "was the fourth-biggest steelmaker".
var copulas = wordSet("is", "was", "are", "were", "be", "been", "being", "remains", "remained", "becomes",
	"became", "as", "rank", "ranks", "ranked")

// lastCompanyBefore returns the company the sentence before sentence si
// names last: what "that company" in si points back to; or -1. (One in
// si itself is the clause's own subject: "X controls 51% of that
// company".)
func (f *entFinder) lastCompanyBefore(si, k int) int {
	if si == 0 {
		return -1
	}
	l := f.sentSegs[si-1]
	for m := len(l) - 1; m >= 0; m-- {
		g := &f.segs[l[m]]
		if g.ent < 0 {
			continue
		}
		if e := f.orgEntity(g.ent); e >= 0 && f.ents[e].kind == entity.KindCompany {
			return e
		}
	}
	return -1
}

// latterFormer returns the company "the latter" (latter set) or "the
// former" at token k of sentence si stands for: of the companies named
// before it in the sentence, else in the sentence before, the last or
// the first, when there are two or more; or -1.
func (f *entFinder) latterFormer(si, k int, latter bool) int {
	// "the former chief executive": a title, no firm.
	if k+2 < f.sents[si].t1 && f.toks[k+2].f&tLower != 0 && f.has(k+2, lxTitleMods|lxTitleHeads|lxAnaphoraHeads|lxGovAnaphoraHeads) {
		return -1
	}
	pick := func(s int, before int) int {
		var cs []int
		for _, n := range f.sentSegs[s] {
			g := &f.segs[n]
			if g.ent < 0 || f.toks[g.i].a >= before {
				continue
			}
			if e := f.orgEntity(g.ent); e >= 0 && f.ents[e].kind == entity.KindCompany && (len(cs) == 0 || cs[len(cs)-1] != e) {
				cs = append(cs, e)
			}
		}
		if len(cs) < 2 {
			return -1
		}
		// Of three or more, the last two: "sells to A and B. The former
		// buys ...".
		if latter {
			return cs[len(cs)-1]
		}
		return cs[len(cs)-2]
	}
	if e := pick(si, f.toks[k].a); e >= 0 {
		return e
	}
	if si > 0 {
		return pick(si-1, f.toks[k].a)
	}
	return -1
}

// followHeads are the heads of a description that, opening a sentence,
// stands for the firm the sentence before opens with: "The Korean
// battery materials maker". Not "the venture" or "the smelter", which
// may be a firm or a plant of its own.
var followHeads = wordSet("maker", "producer", "miner", "steelmaker", "refiner", "trader", "developer", "explorer",
	"conglomerate", "supplier", "planter", "utility", "generator", "shipbuilder", "chipmaker", "carmaker", "automaker",
	"manufacturer", "junior")

// genericHeads are the nouns of "the company" that may stand for any
// company named before.
var genericHeads = wordSet("company", "firm", "group")

// govAnaphoraHeads stand for a government body named before: "the
// agency said".
var govAnaphoraHeads = wordSet("agency", "ministry", "regulator", "department", "bureau", "administration", "commission", "authority")

// anaphora ties "the company" and its kind to the company the text
// speaks of: a company named before it in the sentence, else the first
// company of the nearest sentence before that names one.
// apposedFirm reports whether segment g, after a description and a
// comma, names the firm described: a name in its legal form ("the
// operating company, Kumbel Gold CJSC"), or a company's name set off by
// a second comma ("the controlling holding company, Andrade Vieira
// Participações, which will go ...").
func (f *entFinder) apposedFirm(g *nseg) bool {
	if g.ev&evLegal != 0 {
		return true
	}
	return g.ent >= 0 && f.ents[g.ent].kind == entity.KindCompany && f.punct(g.j, ',')
}

func (f *entFinder) anaphora() {
	for si, es := range f.sents {
		if es.head {
			continue
		}
		for k := es.t0; k+1 < es.t1; k++ {
			// "Sulawesi Prima controls 51% of that company": the company
			// named last before it.
			if f.word(k, "that") && k > es.t0 && (f.word(k-1, "of") || f.word(k-1, "in") || f.word(k-1, "with") || f.word(k-1, "to") || f.word(k-1, "from")) &&
				(f.word(k+1, "company") || f.word(k+1, "firm")) {
				if e := f.lastCompanyBefore(si, k); e >= 0 {
					f.anaphorAt(si, k, k+1, e)
					k++
				}
				continue
			}
			if t := &f.toks[k]; t.b-t.a != 3 || !f.word(k, "the") && !f.word(k, "The") {
				continue
			}
			// "the Minister received a courtesy call": the minister the
			// text named before with that title. (Not "the Minister of
			// Trade, X", a title.)
			if (f.word(k+1, "Minister") || f.word(k+1, "minister")) && (k+2 >= es.t1 || !f.word(k+2, "of") && !f.word(k+2, "for") && !f.nameTok(k+2) && !f.punct(k+2, ',')) {
				if e := f.titledBefore(si, k, "inister"); e >= 0 {
					f.anaphorAt(si, k, k+1, e)
					k++
				}
				continue
			}
			// "the Company" in a filing of the issuer that does not
			// define the term in brackets; "the Group", its units with
			// it.
			if f.issuer >= 0 && (f.word(k+1, "Company") || f.word(k+1, "Issuer") || f.filer && f.word(k+1, "company") || f.word(k+1, "Group") && (k+2 >= es.t1 || !f.nameTok(k+2))) && (f.tokSeg[k+1] < 0 || f.segs[f.tokSeg[k+1]].ent < 0) {
				f.anaphorAt(si, k, k+1, f.issuer)
				k++
				continue
			}
			// "the issuing company" in a filing of a decision to buy
			// shares: the firm its "Details of issuing company" section
			// names.
			if f.word(k+1, "issuing") && k+2 < es.t1 && (f.word(k+2, "company") || f.word(k+2, "corporation")) {
				if e := f.issuingCompany(); e >= 0 {
					f.anaphorAt(si, k, k+2, e)
					k += 2
				}
				continue
			}
			// "the latter", "the former": the last or the first of the
			// firms the sentence, or else the one before, names.
			if f.word(k+1, "latter") || f.word(k+1, "former") {
				if e := f.latterFormer(si, k, f.word(k+1, "latter")); e >= 0 {
					f.anaphorAt(si, k, k+1, e)
					k++
				}
				continue
			}
			q := k + 1
			var demonym entity.Country
			for q < es.t1 && q < k+5 && !f.has(q, lxAnaphoraHeads|lxGovAnaphoraHeads) {
				t := &f.toks[q]
				// "the Ulsan-based company": where it is based; "the
				// Osaka-based trading house": a word of trade between.
				if t.f&tSuffix != 0 && q == k+1 && q+1 < es.t1 && f.toks[q+1].f&tLower != 0 && (f.has(q+1, lxAnaphoraHeads) || q+2 < es.t1 && f.toks[q+2].f&tLower != 0 && f.has(q+2, lxAnaphoraHeads)) {
					q++
					continue
				}
				if t.f&(tSuffix|tDigit|tPoss) != 0 || t.f&tWord == 0 || f.has(q, lxDeterminers|lxLocatives) {
					break
				}
				if t.f&tLower == 0 {
					c, form, ok := f.tokCountry(q)
					if !ok || form != entity.CountryDemonym {
						// "the Tasmanian miner", "the Penang smelter": a
						// word of place before the head.
						if q == k+1 && q+1 < es.t1 && f.toks[q+1].f&tLower != 0 && f.has(q+1, lxAnaphoraHeads) && !f.has(q+1, lxGenericHeads) && (f.tokSeg[q] < 0 || f.segs[f.tokSeg[q]].ent < 0) {
							q++
							continue
						}
						break
					}
					demonym = c
				}
				q++
			}
			if q >= es.t1 || f.toks[q].f&tLower == 0 {
				continue
			}
			gov := f.has(q, lxGovAnaphoraHeads)
			if !gov && !f.has(q, lxAnaphoraHeads) {
				continue
			}
			// ("The unit signed": only as the subject that opens the
			// sentence; "the unit" elsewhere may be a plant's.)
			if unitWord(f.fold(q)) && (k != es.t0 || q != k+1 || f.toks[q].f&tPoss != 0) {
				continue
			}
			// "is the main producer" describes; it does not refer. (Read
			// after the head, which most "the" lack, so that the word
			// before is looked up only then.)
			if k-1 >= es.t0 && f.has(k-1, lxCopulas) {
				continue
			}
			// "the Korean firm LS Eco Energy" is an apposition, and "the
			// company's" is fine; "the group companies" is not one firm.
			if q+1 < es.t1 && f.toks[q].f&tPoss == 0 && (f.nameTok(q+1) || f.toks[q+1].f&tWord != 0 && f.toks[q+1].f&tLower != 0 && f.has(q+1, lxApposHeadsPlural)) {
				continue
			}
			// "35% of the company developing Brolga Energy's Mandu LNG":
			// a firm the words after describe, not one named before.
			// (Not "that": "a unit of the steelmaker that handles its
			// purchases" may say what the unit does.)
			// (Not "X, the mill that traded as Y": an apposition.)
			if q+1 < es.t1 && f.toks[q].f&tPoss == 0 && f.toks[q+1].f&tLower != 0 && !(k > es.t0 && f.punct(k-1, ',')) && (f.word(q+1, "developing") || f.word(q+1, "building") || f.word(q+1, "operating") || f.word(q+1, "running") || f.word(q+1, "behind")) {
				continue
			}
			// "70% of the operating company, Kumbel Gold CJSC": a
			// description the name of a firm in its legal form follows
			// in apposition.
			if q > k+1 && q+2 < es.t1 && f.punct(q+1, ',') && f.tokSeg[q+2] >= 0 && f.segs[f.tokSeg[q+2]].i == q+2 && f.apposedFirm(&f.segs[f.tokSeg[q+2]]) {
				continue
			}
			// "the new company, to be called X": the name that follows
			// is the company; nothing before is.
			if q+3 < es.t1 && f.punct(q+1, ',') && (f.word(q+2, "to") && f.word(q+3, "be") || f.word(q+2, "called") || f.word(q+2, "named")) {
				continue
			}
			// "The new company, Dongbang Plate Co., will": the name in
			// apposition is the new one.
			if f.word(k+1, "new") && q+2 < es.t1 && f.punct(q+1, ',') && f.nameTok(q+2) {
				continue
			}
			// "the plate mill in Dangjin": a plant at a place, not the
			// firm.
			if q > k+1 && q+2 < es.t1 && (f.word(q+1, "in") || f.word(q+1, "at")) && f.nameTok(q+2) && f.toks[q].f&tPoss == 0 {
				switch f.fold(q) {
				case "mill", "smelter", "refinery", "plant":
					continue
				}
			}
			// "The new hot strip mill", "the expanded mill's needs": a
			// plant, not the firm.
			switch f.fold(q) {
			case "mill", "smelter", "refinery", "yard", "shipyard":
				asset := false
				for m := k + 1; m < q; m++ {
					asset = asset || f.toks[m].f&tLower != 0 && plantWords[f.fold(m)]
				}
				if asset {
					continue
				}
			}
			// "the Japanese group" is one firm; "the group" may be many.
			if f.word(q, "group") && f.toks[q].f&tPoss == 0 && demonym.IsZero() {
				continue
			}
			kind := entity.KindCompany
			if gov {
				kind = entity.KindGovernment
			}
			e := -1
			formed := false
			// "Guangxi Nanling owns 51% of the new company" after "A and
			// B have set up V": the firm just formed.
			if f.word(k+1, "new") && q == k+2 && !gov {
				if e = f.formedBefore(si); e >= 0 {
					formed = true
				}
			}
			// "the trading house" stands for the company the text speaks
			// of, as "the company" does.
			generic := f.has(q, lxGenericHeads) || f.word(q, "house") && f.word(q-1, "trading")
			if head := f.fold(q); !gov && !generic && e < 0 {
				// "the miner", "the Chinese mill": the nearest company the
				// text calls a miner or whose name says so, of the
				// demonym's country or of none stated.
				// ("the unit" for a firm the text called a subsidiary:
				// one word of a unit for another.)
				e = f.antecedentIf(si, f.toks[k].a, 4, func(x *nent) bool {
					return x.kind == kind && (slices.Contains(x.heads, head) || unitWord(head) && slices.ContainsFunc(x.heads, unitWord) || nameSays(x.name, head)) &&
						(demonym.IsZero() || x.country.IsZero() || x.country == demonym)
				})
				if e < 0 && unitWord(head) {
					// "Its wholly owned subsidiary X will ... The unit
					// signed": the unit the sentence before named.
					e = f.unitBefore(si)
				}
				if e < 0 && head == "target" {
					// "a takeover bid for X ... owns 14.9% of the target".
					e = f.bidTarget(si)
					formed = e >= 0
				}
				if e < 0 && head == "venture" {
					// "A and B will set up V to build a line. A will hold
					// 60% of the venture": the firm just formed.
					e = f.formedBefore(si)
					formed = e >= 0
				}
				if e < 0 && head == "venture" {
					// "The joint venture will become a consolidated
					// subsidiary" under a filing's "3. Outline of the joint
					// venture / (1) Name: V": the company of that section.
					e = f.ventureSection(f.toks[k].a)
					formed = e >= 0
				}
				if e < 0 && head == "venture" {
					// "The venture will sell ...", paragraphs after "the
					// venture, V,": further back, only a company the text
					// itself called so. Not "the smelter", which may be a
					// plant rather than the firm of that name.
					e = f.antecedentIf(si, f.toks[k].a, 12, func(x *nent) bool {
						return x.kind == kind && slices.Contains(x.heads, head) &&
							(demonym.IsZero() || x.country.IsZero() || x.country == demonym)
					})
				}
			}
			if e < 0 && generic && f.word(q, "house") {
				// "the trading house" for the firm the text called one:
				// "Kanemaru, the midsize Japanese trading house".
				e = f.antecedentIf(si, f.toks[k].a, 6, func(x *nent) bool {
					return x.kind == entity.KindCompany && slices.Contains(x.heads, "house")
				})
			}
			// "a wholly owned unit of the listed company": the firm a
			// listing names, the one the text named before.
			if e < 0 && !gov && generic && q == k+2 && f.word(k+1, "listed") {
				e = f.listedBefore(si, f.toks[k].a)
			}
			byField := false
			if e < 0 && !gov && demonym.IsZero() && q == k+2 && f.toks[k+1].f&tLower != 0 && (generic || f.word(q, "operator")) {
				// "the railway company": one whose name says so, when one
				// in reach does ("Gobi Southern Railway LLC"); "the port
				// operator" for "Vung Ang Coal Port JSC".
				mod := f.text(k + 1)
				e = f.antecedentIf(si, f.toks[k].a, 4, func(x *nent) bool {
					// ("the smelter company" for "X Nikel Smelting".)
					return x.kind == entity.KindCompany && (nameHasWord(x.name, mod) || nameSays(x.name, mod))
				})
				byField = e >= 0
			}
			if e < 0 && !gov && q >= k+2 && f.toks[q-1].f&tLower != 0 && (f.word(q, "maker") || f.word(q, "producer")) {
				// "the Japanese chemicals maker" for "Hokuriku Cobalt
				// Chemical Co.": the word of its trade its name holds.
				mod := strings.TrimSuffix(f.fold(q-1), "s")
				e = f.antecedentIf(si, f.toks[k].a, 4, func(x *nent) bool {
					return x.kind == entity.KindCompany && len(mod) >= 4 && nameHasWord(x.name, mod) &&
						(demonym.IsZero() || x.country.IsZero() || x.country == demonym)
				})
				byField = e >= 0
			}
			// "the regional commission", "the provincial department":
			// words of a local body's level, no field.
			local := gov && q > k+1
			for m := k + 1; local && m < q; m++ {
				local = f.toks[m].f&tLower != 0 && localBodyWords[f.fold(m)]
			}
			if gov && q > k+1 && demonym.IsZero() && !local {
				// "the coal ministry": the body of that field the
				// article names, or none.
				e = f.fieldBody(k+1, q)
				if e < 0 {
					continue
				}
			}
			if gov && e < 0 && (q == k+1 || local) {
				// "at the ministry" after "the Investment Coordinating
				// Board and the Ministry of Energy": the body its head
				// names.
				head := f.text(q)
				e = f.antecedentIf(si, f.toks[k].a, 4, func(x *nent) bool {
					return x.kind == entity.KindGovernment && nameHasWord(x.name, head)
				})
			}
			// ("Separately, the company said": past an adverb and a comma.)
			opens := k == es.t0 || k == es.t0+2 && f.punct(es.t0+1, ',') && f.has(es.t0, lxAdverbs)
			if e < 0 && generic && !gov && demonym.IsZero() && q == k+1 && opens && si > 0 && f.sents[si-1].para != es.para && es.para > 0 {
				// "The company, which was renamed from X": a paragraph
				// that opens with it speaks of the story's company, when
				// the headline names it.
				// (Not after a paragraph that opened with another firm:
				// a newsletter's item speaks of its own.)
				if sc := f.storyCompany(f.toks[k].a); sc >= 0 && f.inHeadline(sc) {
					if o := f.paraOpener(si); o < 0 || o == sc || f.ents[o].kind != entity.KindCompany {
						e = sc
					}
				}
			}
			// "Hanul Lithium said it would buy ... The Korean battery
			// materials maker is ...": a description that opens the
			// sentence after one that opens with the firm's name is
			// that firm's, of no other country.
			follows := false
			if e < 0 && !gov && !generic && k == es.t0 && si > 0 && followHeads[f.fold(q)] {
				if o := f.sentenceOpener(si - 1); o >= 0 && (demonym.IsZero() || f.ents[o].country.IsZero() || f.ents[o].country == demonym) {
					e, follows = o, true
				}
			}
			// "Samil Global Corporation, the Korean trading company,
			// holds": an apposition between commas names the firm right
			// before it.
			if e < 0 && !gov && k-2 >= es.t0 && f.punct(k-1, ',') && q+1 < es.t1 && f.punct(q+1, ',') && f.toks[q].f&tPoss == 0 {
				if n := f.tokSeg[k-2]; n >= 0 && f.segs[n].ent >= 0 && f.segs[n].j == k-1 {
					if x := f.root(f.segs[n].ent); f.ents[x].kind == kind && (demonym.IsZero() || f.ents[x].country.IsZero() || f.ents[x].country == demonym) {
						e = x
					}
				}
			}
			if e < 0 {
				e = f.antecedent(si, f.toks[k].a, kind, demonym)
			}
			// "X signed an agreement with Y, under which the company will
			// supply ... to Y": the firm that opens the sentence, the
			// deal's first party, not the one named last.
			if e >= 0 && generic && !gov && demonym.IsZero() && k-2 > es.t0 && f.word(k-1, "which") && f.word(k-2, "under") {
				if o := f.partyBeforeWith(si, k); o >= 0 && o != f.root(e) && f.ents[o].kind == kind {
					e = o
				}
			}
			if e < 0 && generic && !gov && demonym.IsZero() {
				// "the company" far from any name: the company the
				// story is about.
				e = f.storyCompany(f.toks[k].a)
			}
			// "Y, a solder maker that signed an offtake with the
			// company": not Y, the subject of the clause the object is
			// in, but the firm before.
			// ("Y will take a 15% stake in the company's arm": not Y, the
			// sentence's opener.)
			if e >= 0 && k-2 >= es.t0 && f.toks[q].f&tPoss != 0 && f.word(k-1, "in") && (f.word(k-2, "stake") || f.word(k-2, "interest") || f.word(k-2, "shareholding")) && f.root(e) == f.sentenceOpener(si) {
				x0 := f.ents[e]
				e = f.antecedentIf(si, f.toks[es.t0].a, 4, func(x *nent) bool { return x != x0 && x.kind == kind })
			}
			if e >= 0 && k > es.t0 && (f.word(k-1, "with") || f.word(k-1, "to") || f.word(k-1, "from")) {
				if n := f.clauseSubjectSeg(si, k, e); n >= 0 {
					x0 := f.ents[e]
					e = f.antecedentIf(si, f.toks[f.segs[n].i].a, 4, func(x *nent) bool { return x != x0 && x.kind == kind })
				}
			}
			// "Under a contract concluded with Y, the company will
			// receive": the subject after a fronted phrase is not the
			// party the phrase names, but the firm before it.
			if e >= 0 && k-1 > es.t0 && k-es.t0 < 40 && f.punct(k-1, ',') && (f.word(es.t0, "Under") || f.word(es.t0, "Through")) && generic {
				inFront := false
				for t := es.t0; t < k-1 && !inFront; t++ {
					if m := f.tokSeg[t]; m >= 0 && f.segs[m].ent >= 0 && f.root(f.segs[m].ent) == f.root(e) {
						inFront = true
					}
				}
				if inFront {
					x0 := f.ents[e]
					e = f.antecedentIf(si, f.toks[es.t0].a, 4, func(x *nent) bool { return x != x0 && x.kind == kind })
				}
			}
			// "A holds a 12.5% stake in the miner": A holds no stake in
			// itself; the miner is the one before.
			if e >= 0 && k-2 > es.t0 && f.word(k-1, "in") && (f.word(k-2, "stake") || f.word(k-2, "interest")) && f.opensClauseOf(si, k, e) {
				x0 := f.ents[e]
				e = f.antecedentIf(si, f.toks[es.t0].a, 4, func(x *nent) bool {
					return x != x0 && x.kind == kind && (generic || slices.Contains(x.heads, f.fold(q)) || nameSays(x.name, f.fold(q))) &&
						(demonym.IsZero() || x.country.IsZero() || x.country == demonym)
				})
			}
			// "X, the steelmaker's trading subsidiary": the owner in the
			// apposition is not X itself, but the one before.
			if e >= 0 && f.toks[q].f&tPoss != 0 && k-2 >= es.t0 && f.punct(k-1, ',') && f.unitWordAfter(q+1, es.t1) {
				head := f.fold(q)
				n := f.tokSeg[k-2]
				// "Wenzhou Ouhai Power, the group's power unit": a group
				// whose name shares the unit's brand, before the nearest
				// firm.
				if n >= 0 && f.segs[n].ent >= 0 && head == "group" {
					x0 := f.ents[f.segs[n].ent]
					if g := f.antecedentIf(si, f.toks[f.segs[n].i].a, 8, func(x *nent) bool {
						return x != x0 && x.kind == kind && groupName(x.name) && shareBrand(x.name, x0.name)
					}); g >= 0 {
						e, n = g, -1
					}
				}
				if n >= 0 && f.segs[n].ent == e {
					x0 := f.ents[e]
					e = f.antecedentIf(si, f.toks[f.segs[n].i].a, 4, func(x *nent) bool {
						return x != x0 && x.kind == kind && (generic || slices.Contains(x.heads, head) || nameSays(x.name, head))
					})
				}
			}
			if e >= 0 && generic && !gov && f.word(q, "group") && dependent(f.ents[e].heads) {
				// "the group's rubber arm" after "the venture, X,": the
				// group is not the venture but the story's company.
				if sc := f.storyCompany(f.toks[k].a); sc >= 0 {
					e = sc
				}
			}
			// "the miner" stands for a company the text called a miner,
			// or one of the country its demonym names; "the company"
			// for any.
			if e >= 0 && !gov && !generic && !byField && !formed {
				x := f.ents[e]
				if !follows && !slices.Contains(x.heads, f.fold(q)) && !(unitWord(f.fold(q)) && slices.ContainsFunc(x.heads, unitWord)) && !nameSays(x.name, f.fold(q)) && (demonym.IsZero() || x.country != demonym) {
					continue
				}
			}
			// "the Australian company" is not one the text places in
			// another country.
			if e >= 0 && !demonym.IsZero() && !f.ents[e].country.IsZero() && f.ents[e].country != demonym {
				continue
			}
			if e < 0 {
				continue
			}
			// "the smelter company": the generic head after is the
			// anaphor's too.
			if !generic && q+1 < es.t1 && f.toks[q+1].f&tLower != 0 && f.has(q+1, lxGenericHeads) && f.toks[q].f&tPoss == 0 {
				q++
			}
			f.anaphorAt(si, k, q, e)
			k = q
		}
	}
}

// groupName reports a name that ends in "Group" or "Holdings" (before
// its legal form): "Zhejiang Ouhai Gas Group", "Kora Holdings Co.".
func groupName(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if w == "Group" || w == "Holdings" {
			return true
		}
	}
	return false
}

// shareBrand reports whether two names share a word of four letters or
// more that is neither a legal form, a word of a group nor a place: "Zhejiang
// Ouhai Gas Group" and "Wenzhou Ouhai Power Co" share "Ouhai".
func shareBrand(a, b string) bool {
	for w := range strings.FieldsSeq(a) {
		w = strings.TrimRight(w, ".,")
		if len(w) < 4 || !isUpper(w[0]) || w == "Group" || w == "Holdings" || inSetLower(legalCore, w) || inSetLower(legalEnd, w) || place(w) {
			continue
		}
		for v := range strings.FieldsSeq(b) {
			if strings.TrimRight(v, ".,") == w {
				return true
			}
		}
	}
	return false
}

// opensClauseOf reports whether sentence si opens with a mention of
// entity e whose clause runs on to token k, no comma between: "Kora also
// holds a stake in the miner", not "Kora sells us ore, and we hold a
// stake in the company".
func (f *entFinder) opensClauseOf(si, k, e int) bool {
	l := f.sentSegs[si]
	if len(l) == 0 {
		return false
	}
	g := &f.segs[l[0]]
	return g.ent == e && g.i == f.sents[si].t0 && g.j <= k && !strings.ContainsAny(f.d.v.s[f.toks[g.j-1].b:f.toks[k].a], ",;")
}

// clauseSubjectSeg returns the segment of entity e in sentence si that
// is the subject of a relative clause that token k, an object, is in:
// "Y, a Chinese solder maker that signed an offtake with" k. Else -1.
func (f *entFinder) clauseSubjectSeg(si, k, e int) int {
	for _, n := range f.sentSegs[si] {
		g := &f.segs[n]
		if g.ent != e || g.j >= k || k-g.j > 20 {
			continue
		}
		between := f.d.lower()[f.toks[g.j-1].b:f.toks[k].a]
		r := strings.Index(between, " that ")
		if r < 0 {
			r = strings.Index(between, ", which ")
		}
		if r >= 0 && strings.HasPrefix(between, ", ") && !strings.ContainsAny(between[r:], ",;") {
			return n
		}
		// "X already buys 1.5 Mt a year from the miner": the subject
		// that opens the sentence, in one clause with the object.
		if g.i == f.sents[si].t0 && !strings.ContainsAny(between, ",;") && !strings.Contains(between, " and ") && !strings.Contains(between, " that ") && !strings.Contains(between, " which ") && !strings.Contains(between, " who ") {
			return n
		}
	}
	return -1
}

// unitWordAfter reports a word for a company's unit within the few
// tokens from k: "Singapore-based trading subsidiary".
func (f *entFinder) unitWordAfter(k, end int) bool {
	for m := k; m < end && m < k+4; m++ {
		switch f.fold(m) {
		case "subsidiary", "unit", "arm", "affiliate", "division":
			return true
		}
		if f.toks[m].f&tWord == 0 {
			return false
		}
	}
	return false
}

// nameHasWord reports whether a word of name is w or its plural,
// ignoring case: "Gobi Southern Railway LLC" has "railway".
func nameHasWord(name, w string) bool {
	if len(w) < 4 {
		return false
	}
	for _, n := range strings.Fields(name) {
		n = strings.TrimRight(n, ",.") // "Holdings, Inc."
		if strings.EqualFold(n, w) || len(n) == len(w)+1 && (n[len(n)-1] == 's' || n[len(n)-1] == 'S') && strings.EqualFold(n[:len(w)], w) {
			return true
		}
	}
	return false
}

// segNamed reports whether one of the first segments of sentence si is
// resolved to entity e so far.
func (f *entFinder) segNamed(e, si int) bool {
	for m, n := range f.sentSegs[si] {
		if m >= scanSegs {
			break
		}
		if f.segs[n].ent == e {
			return true
		}
	}
	return false
}

// paragraphTopic returns the company that the first sentence of the
// paragraph of sentence si names first, or -1.
func (f *entFinder) paragraphTopic(si int) int {
	if si < 0 || si >= len(f.sents) || f.sents[si].para < 0 {
		return -1
	}
	first := si
	for n := 0; first > 0 && n < 16 && f.sents[first-1].para == f.sents[si].para; n++ {
		first--
	}
	if first > 0 && f.sents[first-1].para == f.sents[si].para {
		return -1 // a paragraph too long to read back through
	}
	// A heading of its own ("LITHIUM: KORA SHIPS FIRST CARGO") may open
	// the paragraph, naming no company: the sentence after it then does.
	for x := first; x <= si && x <= first+1; x++ {
		for m, n := range f.sentSegs[x] {
			if m >= scanSegs {
				break
			}
			if g := &f.segs[n]; g.ent >= 0 && !g.former && f.ents[g.ent].kind == entity.KindCompany {
				return g.ent
			}
		}
		if es := f.sents[x]; es.t1 <= es.t0 || !capsHeading(f.d.v.s[f.toks[es.t0].a:f.toks[es.t1-1].b]) {
			break
		}
	}
	return -1
}

// bidTarget returns the company that sentence si or the two before it
// bid for ("a takeover bid for ASX-listed bauxite developer X"), or -1.
func (f *entFinder) bidTarget(si int) int {
	for s := si; s >= 0 && s >= si-2; s-- {
		l := f.sentSegs[s]
		for m := len(l) - 1; m >= 0; m-- {
			g := &f.segs[l[m]]
			if g.ent < 0 || f.ents[g.ent].kind != entity.KindCompany {
				continue
			}
			for k := g.i - 1; k >= f.sents[s].t0+1 && k >= g.i-7; k-- {
				if f.word(k, "for") || f.word(k, "of") {
					switch f.fold(k - 1) {
					case "bid", "offer", "takeover", "approach", "acquisition", "buyout":
						return g.ent
					}
					break
				}
				if f.toks[k].f&(tLower|tSuffix) == 0 && !f.countryWord(k) {
					break
				}
			}
		}
	}
	return -1
}

// formedBefore returns the company that sentence si or the one before
// it says is set up, formed or established ("will set up V"), or -1.
func (f *entFinder) formedBefore(si int) int {
	for s := si; s >= 0 && s >= si-1; s-- {
		for _, n := range f.sentSegs[s] {
			g := &f.segs[n]
			if g.ent < 0 || f.ents[g.ent].kind != entity.KindCompany || g.i < 2 {
				continue
			}
			if f.word(g.i-1, "up") && f.word(g.i-2, "set") || f.word(g.i-1, "form") || f.word(g.i-1, "formed") || f.word(g.i-1, "establish") || f.word(g.i-1, "established") || f.word(g.i-1, "create") {
				return g.ent
			}
		}
	}
	return -1
}

// storyCompany returns the company the story is about, the first the
// body names (not as a former name or a unit), when named before view
// offset at; else -1.
func (f *entFinder) storyCompany(at int) int {
	if f.story == -2 {
		f.story = -1
		for n := range f.segs {
			g := &f.segs[n]
			if g.ent >= 0 && !f.sents[g.s].head && !g.former && !g.anaph && f.ents[g.ent].kind == entity.KindCompany && !f.itsUnit(g) {
				f.story = g.ent
				break
			}
		}
	}
	if f.story < 0 || f.ents[f.story].first >= at {
		return -1
	}
	return f.story
}

// firstCompany returns the company the page names first, in its head or
// its body, not as a former name; else -1.
func (f *entFinder) firstCompany() int {
	c := -1
	for e := range f.ents {
		x := f.ents[e]
		if x.kind == entity.KindCompany && x.into < 0 && !x.formerly && x.first >= 0 && (c < 0 || x.first < f.ents[c].first) {
			c = e
		}
	}
	return c
}

// itsUnit reports a name given as "its unit X", "its subsidiary X": a
// unit of the company the text speaks of, which "the company" is not.
//
// So is the second of two: "its subsidiaries X and Y".
func (f *entFinder) itsUnit(g *nseg) bool {
	t0 := f.sents[g.s].t0
	if g.i-2 >= t0 && f.toks[g.i-1].f&tLower != 0 && f.has(g.i-1, lxOfUnits) && (f.word(g.i-2, "its") || f.word(g.i-2, "Its")) {
		return true
	}
	if g.i-4 >= t0 && f.word(g.i-1, "and") {
		for m := g.i - 2; m-1 >= t0 && m > g.i-10; m-- {
			if f.punct(m, ',') || f.punct(m, ';') {
				return false
			}
			if f.toks[m].f&tLower != 0 && f.has(m, lxOfUnits) {
				return f.word(m-1, "its") || f.word(m-1, "Its")
			}
		}
	}
	return false
}

// titledBefore returns the person named nearest before token k of
// sentence si, within a few sentences, whose title holds word; or -1.
func (f *entFinder) titledBefore(si, k int, word string) int {
	for s := si; s >= 0 && s >= si-6; s-- {
		l := f.sentSegs[s]
		for m := len(l) - 1; m >= 0; m-- {
			g := &f.segs[l[m]]
			if s == si && g.i >= k || g.ent < 0 || f.ents[g.ent].kind != entity.KindPerson || g.title.b <= g.title.a {
				continue
			}
			if strings.Contains(f.d.v.s[g.title.a:g.title.b], word) {
				return g.ent
			}
		}
	}
	return -1
}

// anaphorAt records "the company" at tokens [k, q] of sentence si as a
// mention of entity e.
func (f *entFinder) anaphorAt(si, k, q, e int) {
	n := f.add(nseg{s: si, i: k, j: q + 1, kind: f.ents[e].kind, anaph: true})
	f.segs[n].ent = e
	f.anaSegs[si] = append(f.anaSegs[si], n)
	for t := k; t <= q; t++ {
		f.tokSeg[t] = int32(n)
	}
	f.mentionRange(rng{f.toks[k].a, f.toks[q].cut}, e)
	f.addAnaphorName(e, f.d.v.s[f.toks[k].a:f.toks[q].cut], f.toks[k].a)
}

// fieldBody returns the government entity named for the field words
// [i, h) and the head at h: "Ministry of Coal" for "coal ministry",
// "Department of Agriculture" for "agriculture department"; else -1.
func (f *entFinder) fieldBody(i, h int) int {
	key := f.fold(h) + " of"
	for n := i; n < h; n++ {
		key += " " + f.fold(n)
	}
	if e, ok := f.byKey[key]; ok && e >= 0 && f.ents[e].kind == entity.KindGovernment {
		return e
	}
	return -1
}

// addAnaphorName records "the company" as a name of e, once whatever its
// case.
func (f *entFinder) addAnaphorName(e int, name string, at int) {
	x := f.ents[e]
	for k, n := range x.names {
		if k >= 64 {
			break
		}
		if n != name && strings.EqualFold(n, name) {
			return
		}
	}
	x.addName(name, at)
}

// antecedent returns the entity of kind k that "the company" at view
// offset at in sentence si stands for, or -1.
func (f *entFinder) antecedent(si, at int, k entity.Kind, demonym entity.Country) int {
	if !demonym.IsZero() {
		// "the Indonesian company" for "PT X": a legal form only one
		// country's firms take (of the few countries legalFormCountry
		// knows), as near as a firm the text gives that country.
		if code := demonym.String(); strings.Contains("ID MY SG AU TH JP", code) {
			if e := f.antecedentIf(si, at, 4, func(x *nent) bool {
				return x.kind == k && (x.country == demonym || x.country.IsZero() && legalFormCountry(x.name) == code)
			}); e >= 0 {
				return e
			}
		}
		// "the Korean firm": a Korean company, looked for further back.
		if e := f.antecedentIf(si, at, 12, func(x *nent) bool { return x.kind == k && x.country == demonym }); e >= 0 {
			return e
		}
		if code := demonym.String(); strings.Contains("ID MY SG AU TH JP", code) {
			if e := f.antecedentIf(si, at, 4, func(x *nent) bool {
				return x.kind == k && x.country.IsZero() && legalFormCountry(x.name) == code
			}); e >= 0 {
				return e
			}
		}
	}
	// (Not a firm whose legal form is another country's: "Straits Bayan
	// Smelting Bhd" is not "the Lao company".)
	fits := func(x *nent) bool {
		return x.kind == k && (demonym.IsZero() || x.country.IsZero() && (legalFormCountry(x.name) == "" || legalFormCountry(x.name) == demonym.String()))
	}
	e := f.antecedentIf(si, at, 4, fits)
	if e >= 0 && !demonym.IsZero() {
		// "the Japanese group" for a company the text gives no country:
		// only when no other such company is in reach.
		if f.antecedentIf(si, at, 4, func(x *nent) bool { return fits(x) && x != f.ents[e] }) >= 0 {
			return -1
		}
	}
	return e
}

// legalFormCountry returns the country code of a company's name whose
// legal form only that country's firms take ("PT X Tbk" is Indonesian,
// "X Sdn Bhd" Malaysian), or "".
func legalFormCountry(name string) string {
	// (The full stop that ends a sentence may end the name: "Bhd.".)
	if strings.HasSuffix(name, " Bhd.") || strings.HasSuffix(name, " Berhad.") || strings.HasSuffix(name, " PCL.") || strings.HasSuffix(name, " Pty Ltd.") || strings.HasSuffix(name, " Pte Ltd.") {
		name = name[:len(name)-1]
	}
	switch {
	case strings.HasPrefix(name, "PT ") || strings.HasSuffix(name, " Tbk") || strings.HasSuffix(name, " Tbk."):
		return "ID"
	case strings.HasSuffix(name, " Sdn Bhd") || strings.HasSuffix(name, " Sdn. Bhd.") || strings.HasSuffix(name, " Bhd") || strings.HasSuffix(name, " Berhad"):
		return "MY"
	case strings.HasSuffix(name, " Pte Ltd") || strings.HasSuffix(name, " Pte. Ltd.") || strings.HasSuffix(name, " Pte."):
		return "SG"
	case strings.HasSuffix(name, " Pty Ltd") || strings.HasSuffix(name, " Pty. Ltd."):
		return "AU"
	case strings.HasSuffix(name, " PCL") || strings.HasSuffix(name, " Public Company Limited"):
		return "TH"
	case strings.HasSuffix(name, " K.K."):
		return "JP"
	}
	return ""
}

// govAnaphoraBefore returns the body's head, title-cased ("Ministry"),
// where "the ministry" or "the ministry's" stands in sentence si before
// token k; "" where none does.
func (f *entFinder) govAnaphoraBefore(si, k int) string {
	for m := f.sents[si].t0 + 1; m < k; m++ {
		if f.toks[m].f&tLower != 0 && f.has(m, lxGovAnaphoraHeads) && (f.word(m-1, "the") || f.word(m-1, "The")) {
			w := f.name(m)
			return string(w[0]-'a'+'A') + w[1:]
		}
	}
	return ""
}

// antecedentIf returns the entity that fits named nearest before view
// offset at in sentence si, else the first that fits in the nearest of
// the back sentences before it, or -1.
// openingCountry returns the country whose name opens sentence si or,
// in the same paragraph, the one before it; -1 for none.
func (f *entFinder) openingCountry(si int) int {
	for s := si; s >= 0 && s >= si-1; s-- {
		es := f.sents[s]
		if es.head || s < si && es.para != f.sents[si].para {
			break
		}
		if n := f.tokSeg[es.t0]; es.t1 > es.t0 && n >= 0 && f.segs[n].i == es.t0 && f.segs[n].kind == entity.KindCountry && f.segs[n].ent >= 0 && f.toks[f.segs[n].j-1].f&tPoss == 0 {
			// (Not "Korea's Vice Minister X met Resources Minister Y":
			// a possessive gives its country to the title after it.)
			return f.segs[n].ent
		}
	}
	return -1
}

func (f *entFinder) antecedentIf(si, at, back int, fits func(*nent) bool) int {
	ok := func(n int) bool {
		g := &f.segs[n]
		return g.ent >= 0 && !g.former && fits(f.ents[g.ent]) && !f.itsUnit(g)
	}
	// Earlier in the same sentence: the nearest named there, but not
	// the subject of the verb "is" before it: in "X is a subsidiary of
	// the Brisbane-based miner" the miner is another.
	best, bestAt := -1, -1
	for _, l := range [][]int{f.sentSegs[si], f.anaSegs[si]} {
		k := f.segBefore(l, at)
		for m := k - 1; m >= 0 && m >= k-scanSegs; m-- {
			if n := l[m]; ok(n) && !f.copulaBetween(f.segs[n].j, at) {
				if a := f.toks[f.segs[n].i].a; a > bestAt {
					best, bestAt = f.segs[n].ent, a
				}
				break
			}
		}
	}
	if best >= 0 {
		return best
	}
	// The nearest sentence before that names one: its first. A
	// sentence that opens with "It" speaks of the same company as the
	// one before it, and the names in it are others: "Tarnagulla said
	// output fell. It has sold ore to Esperance. The company ...".
	for s := si - 1; s >= 0 && s >= si-back; s-- {
		if f.sents[s].head && s != si-1 {
			break
		}
		if es := f.sents[s]; es.t1 > es.t0 && (f.word(es.t0, "It") || f.word(es.t0, "Its")) && s > 0 && s > si-back {
			continue
		}
		best, bestAt = -1, -1
		for _, l := range [][]int{f.sentSegs[s], f.anaSegs[s]} {
			for m := 0; m < len(l) && m < scanSegs; m++ {
				if n := l[m]; ok(n) {
					if a := f.toks[f.segs[n].i].a; best < 0 || a < bestAt {
						best, bestAt = f.segs[n].ent, a
					}
					break
				}
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// copulaBetween reports whether "is", "was" or "are" stands between token
// k and view offset at, within a few words.
// A comma after the copula ends its phrase: in "X has appointed Y as
// CFO, replacing Z, the company's finance chief" the company is X.
func (f *entFinder) copulaBetween(k, at int) bool {
	seen := false
	for end := k + 12; k < len(f.toks) && f.toks[k].a < at && k < end; k++ {
		if f.toks[k].f&tLower != 0 && f.has(k, lxCopulas) {
			seen = true
		} else if seen && f.punct(k, ',') {
			seen = false
		}
	}
	return seen
}

// scanSegs bounds the segments looked at around a place, so that the
// work stays linear in the size of the text.
const scanSegs = 32

// segBefore returns how many segments of list l begin before view
// offset at.
func (f *entFinder) segBefore(l []int, at int) int {
	k, _ := slices.BinarySearchFunc(l, at, func(n, at int) int { return f.toks[f.segs[n].i].a - at })
	return k
}

// roles gives people their titles and the organisations they hold them
// at, as the text states them.
func (f *entFinder) roles() {
	// Whether the sentence last asked lists a board, asked once each.
	asked, board := -1, false
	for n := range f.segs {
		g := &f.segs[n]
		if g.ent < 0 {
			continue
		}
		x := f.ents[g.ent]
		if x.kind == entity.KindPerson && g.s != asked {
			asked, board = g.s, f.boardSentence(g.s)
		}
		switch {
		case x.kind == entity.KindPerson && len(x.roles) == 0 && f.directorsOf(g.s) >= 0:
			// "The directors and shareholders of the Vendor are Mr. A
			// and Mrs. B": each a director of it.
			f.addRole(g.ent, "director", f.directorsOf(g.s))
		case x.kind == entity.KindPerson && board && g.s == asked:
			f.boardRole(n)
		case x.kind == entity.KindPerson && (g.title.b > 0 || g.org >= 0 || g.orgTok >= 0 || g.implied != ""):
			f.roleOf(n)
			f.secondRole(n)
		case x.kind == entity.KindPerson && len(x.roles) == 0 && g.i == f.sents[g.s].t0 && f.word(g.j, "is"):
			// "Han Soo-bin is a senior reporter at the Steel Journal",
			// "X is Tokyo correspondent for Y": a writer's note, the
			// title a writer's (the paper seldom an entity).
			if a, b := f.writerAfterIs(g.j+1, f.sents[g.s].t1); b > a {
				f.addRole(g.ent, f.d.v.origText(f.toks[a].a, f.toks[b-1].b), -1)
			}
		case x.kind == entity.KindPerson && g.j+1 < f.sents[g.s].t1 && (f.word(g.j, "of") || f.word(g.j, "at")):
			// "Koo Bon-kyu of LS Cable & System".
			if o := f.tokSeg[g.j+1]; o >= 0 && f.segs[o].i == g.j+1 && f.segs[o].ent >= 0 {
				if org := f.orgEntity(f.segs[o].ent); org >= 0 && f.ents[org].kind != entity.KindCountry && len(x.roles) == 0 {
					f.addRole(g.ent, "", org)
				}
			}
		case x.kind == entity.KindCompany && g.ev&evPossName != 0:
			// "Gina Rinehart's Hancock Prospecting".
			if p := f.tokSeg[g.i-1]; p >= 0 && f.segs[p].ent >= 0 && f.ents[f.segs[p].ent].kind == entity.KindPerson {
				f.addRole(f.segs[p].ent, "", g.ent)
			}
		}
	}
}

// writerAfterIs returns the tokens [a, b) of a writer's title after
// "is" at token k, before sentence end e: "a senior reporter at ...",
// "Tokyo correspondent for ...". The title is one to four words, the
// last a writer's ("reporter", "editor"), followed by "at", "for",
// "with", "of" or the sentence's end; an article before it is left out.
func (f *entFinder) writerAfterIs(k, e int) (int, int) {
	if f.word(k, "a") || f.word(k, "an") || f.word(k, "the") {
		k++
	}
	// "X is ASEAN Power Review's senior correspondent in Bangkok": past
	// the paper's possessive.
	if k < e && f.toks[k].f&tCap != 0 {
		m := k
		for m < e && m < k+6 && f.nameTok(m) && f.toks[m].f&tPoss == 0 {
			m++
		}
		if m < e && m < k+6 && f.nameTok(m) && f.toks[m].f&tPoss != 0 {
			k = m + 1
		}
	}
	for j := k; j < e && j < k+4; j++ {
		if f.toks[j].f&tWord == 0 {
			return 0, 0
		}
		if !roleWords(f.text(j)) {
			continue
		}
		if j+1 == e || f.punct(j+1, '.') || f.word(j+1, "at") || f.word(j+1, "for") || f.word(j+1, "with") || f.word(j+1, "of") || f.word(j+1, "in") && j+2 < e && f.toks[j+2].f&tCap != 0 {
			return k, j + 1
		}
		return 0, 0
	}
	return 0, 0
}

// directorsOf returns the company whose directors sentence si lists by
// name, "The directors and shareholders of the Vendor are Mr. A and Mrs.
// B", or -1.
func (f *entFinder) directorsOf(si int) int {
	es := f.sents[si]
	if es.t1-es.t0 < 6 || !f.word(es.t0, "The") || !f.word(es.t0+1, "directors") {
		return -1
	}
	k := es.t0 + 2
	if f.word(k, "and") && f.word(k+1, "shareholders") {
		k += 2
	}
	if !f.word(k, "of") {
		return -1
	}
	k++
	if f.word(k, "the") {
		k++
	}
	n := f.tokSeg[k]
	if n < 0 || f.segs[n].i != k || f.segs[n].ent < 0 || !f.word(f.segs[n].j, "are") {
		return -1
	}
	if e := f.orgEntity(f.segs[n].ent); e >= 0 && f.ents[e].kind == entity.KindCompany {
		return e
	}
	return -1
}

// boardSentence reports a sentence that lists a company's board, as a
// Hong Kong filing closes: "As at the date of this announcement, the
// Board comprises Mr. A (Chairman) and Ms. B as executive directors; ...".
func (f *entFinder) boardSentence(si int) bool {
	es := f.sents[si]
	if es.t1 <= es.t0 {
		return false
	}
	low := f.d.lower()[f.toks[es.t0].a:f.toks[es.t1-1].b]
	k := strings.Index(low, "the board ")
	if k < 0 {
		// "the executive Directors are Mr. A and Ms. B; and the
		// independent non-executive Directors are Dr. C".
		return strings.Contains(low, "directors are ")
	}
	rest := strings.TrimPrefix(low[k+len("the board "):], "of directors ")
	return hasAnyPrefix(rest, "comprises", "consists of", "is composed of")
}

// boardGroupBefore returns the group a list of a board names before the
// name that starts at view offset a, within its clause: "the
// independent non-executive Directors are Dr. A and Ms. B" gives
// "independent non-executive Director"; or "".
func (f *entFinder) boardGroupBefore(si, a int) string {
	es := f.sents[si]
	clause := f.d.v.s[f.toks[es.t0].a:a]
	if k := strings.LastIndexByte(clause, ';'); k >= 0 {
		clause = clause[k+1:]
	}
	are := indexLower(clause, " are ")
	if are < 0 {
		are = indexLower(clause, " is ")
	}
	if are < 0 {
		return ""
	}
	head := clause[:are]
	the := strings.LastIndex(strings.ToLower(head), "the ")
	if the < 0 {
		return ""
	}
	group := strings.TrimSpace(head[the+len("the "):])
	low := strings.ToLower(group)
	if !strings.HasSuffix(low, "directors") && !strings.HasSuffix(low, "director") || strings.Count(group, " ") > 3 {
		return ""
	}
	return strings.TrimSuffix(group, "s")
}

// boardRole records the role of the person of segment n, named in a list
// of a board: the title in brackets after the name, else the group's
// after "as" ("as independent non-executive directors"), held at the
// company whose board it is.
func (f *entFinder) boardRole(n int) {
	g := &f.segs[n]
	org := f.issuer
	if org < 0 {
		org = f.storyCompany(f.toks[g.i].a)
	}
	if org < 0 {
		return
	}
	title := ""
	if g.title.b > g.title.a {
		title = f.d.v.origText(g.title.a, g.title.b)
	}
	// "the independent non-executive Directors are Mr. A, Professor B
	// and Ms. C": a form of address in a board's list, not the post.
	if strings.EqualFold(title, "professor") {
		title = ""
	}
	es := f.sents[g.s]
	// The group's title: from " as " after the name to the next ";" or
	// the sentence's end.
	end := f.toks[es.t1-1].b
	rest := f.d.v.s[f.toks[g.j-1].b:end]
	if k := strings.IndexByte(rest, ';'); k >= 0 {
		rest = rest[:k]
	}
	group := ""
	if k := indexLower(rest, " as "); k >= 0 {
		group = strings.TrimSpace(strings.TrimRight(rest[k+len(" as "):], ". "))
		group = strings.TrimSuffix(group, "s")
		if strings.Count(group, " ") > 4 {
			group = ""
		}
	}
	if title == "" {
		title = group
	}
	if title == "" {
		title = f.boardGroupBefore(g.s, f.toks[g.i].a)
	}
	if title == "" {
		return
	}
	f.addRole(g.ent, oneLine(title), org)
}

// listedAs returns the company named where the article gives a listing
// with symbol sym, or -1.
// listedBefore returns the nearest company before view offset at, in
// sentence si or the forty before it, that a listing names; or -1.
func (f *entFinder) listedBefore(si, at int) int {
	for s := si; s >= 0 && s >= si-40; s-- {
		l := f.sentSegs[s]
		k := len(l)
		if s == si {
			k = f.segBefore(l, at)
		}
		for m := k - 1; m >= 0 && m >= k-scanSegs; m-- {
			if g := &f.segs[l[m]]; g.ent >= 0 && !g.former {
				if x := f.ents[f.root(g.ent)]; x.kind == entity.KindCompany && f.hasListing(x) {
					return f.root(g.ent)
				}
			}
		}
	}
	return -1
}

// hasListing reports whether a listing the page writes beside a name
// names x, before the listings are tied to their entities.
func (f *entFinder) hasListing(x *nent) bool {
	for _, ln := range f.d.listed {
		if e, ok := f.byKey[string(f.nameKeyBytes(f.d.v.s[ln.name.a:ln.name.b]))]; ok && f.ents[f.root(e)] == x {
			return true
		}
	}
	// "X Co (000931.SZ)": a code in brackets right after a mention.
	for _, m := range x.mentions {
		t := f.d.v.s[m.b:min(len(f.d.v.s), m.b+40)]
		if !strings.HasPrefix(t, " (") {
			continue
		}
		if c := strings.IndexByte(t, ')'); c > 2 {
			if _, err := entity.ParseListing(t[2:c]); err == nil {
				return true
			}
		}
	}
	return false
}

func (f *entFinder) listedAs(sym string) int {
	for _, ln := range f.d.listed {
		if ln.listing >= len(f.a.Listings) || f.a.Listings[ln.listing].Symbol() != sym {
			continue
		}
		if g := f.segAt(ln.name.a); g != nil && g.ent >= 0 && f.ents[g.ent].kind == entity.KindCompany {
			return f.root(g.ent)
		}
	}
	return -1
}

// roleOf records the role of the person of segment n.
func (f *entFinder) roleOf(n int) {
	g := &f.segs[n]
	org := -1
	switch {
	case g.org >= 0:
		org = f.orgEntity(f.segs[g.org].ent)
	case g.orgTok >= 0 && f.tokSeg[g.orgTok] >= 0:
		org = f.orgEntity(f.segs[f.tokSeg[g.orgTok]].ent)
		// "at Japan's Ministry of Economy, Trade and Industry": the
		// country's body named after its possessive.
		if sg := f.segs[f.tokSeg[g.orgTok]]; org >= 0 && f.ents[org].kind == entity.KindCountry && f.toks[sg.j-1].f&tPoss != 0 && sg.j < f.sents[g.s].t1 {
			if o := f.tokSeg[sg.j]; o >= 0 && f.segs[o].i == sg.j && f.segs[o].ent >= 0 {
				if e := f.orgEntity(f.segs[o].ent); e >= 0 && (f.ents[e].kind == entity.KindGovernment || f.ents[e].kind == entity.KindCompany) {
					org = e
				}
			}
		}
	}
	// "3. Counterparty | Y" over "- Representative | X, Managing
	// Director": the officer of the company the section is about.
	if e := f.representativeOf(g); e >= 0 {
		org = e
	}
	// "director of METI's Nonferrous Metals Division": the body whose
	// unit it is.
	if org < 0 && g.orgTok > 0 && (f.tokSeg[g.orgTok] < 0 || f.segs[f.tokSeg[g.orgTok]].ent < 0) && f.toks[g.orgTok-1].f&tPoss != 0 {
		if o := f.tokSeg[g.orgTok-1]; o >= 0 && f.segs[o].ent >= 0 {
			if e := f.orgEntity(f.segs[o].ent); e >= 0 && f.ents[e].kind == entity.KindGovernment {
				org = e
			}
		}
	}
	if org < 0 && g.orgTok >= 0 {
		// "X, Deputy General Director of Hoa Son, who": a name the
		// title's run took in; the company it names in full or opens.
		org = f.companyAt(g.orgTok, f.sents[g.s].t1)
	}
	if org < 0 && g.orgTok >= 0 && f.toks[g.orgTok].f&tUpper != 0 {
		// "CPT's deputy general director X" after "X JSC (UPCoM: CPT)":
		// the firm by its code.
		org = f.listedAs(f.name(g.orgTok))
	}
	// "Vice Chairman X" after "X, Vice Chairman of the Provincial
	// People's Committee": the title again, with no organisation of its
	// own, is the post the text gave before, not one to guess anew.
	if org < 0 && g.implied == "" && g.ent >= 0 && g.title.b > g.title.a {
		title := f.d.v.origText(g.title.a, g.title.b)
		for _, r := range f.ents[g.ent].roles {
			// ("Vice Minister X" after "Vice Minister for Trade X".)
			if r.org >= 0 && (strings.EqualFold(r.title, title) || len(r.title) > len(title) && r.title[len(title)] == ' ' && strings.EqualFold(r.title[:len(title)], title)) {
				return
			}
		}
	}
	widen := false
	if g.implied != "" {
		key := nameKey(g.implied)
		e, ok := f.byKey[key]
		// "Union Minister for Coal" in a release of the "Ministry of
		// Coal": the body the text names.
		if rest, found := strings.CutPrefix(key, "ministry for "); (!ok || f.ents[e].kind != entity.KindGovernment) && found {
			if o, ok2 := f.byKey["ministry of "+rest]; ok2 && f.ents[o].kind == entity.KindGovernment {
				e, ok = o, true
			}
		}
		// "a delegation from Korea's Ministry of Trade, Industry and
		// Energy led by Vice Minister for Trade X": the ministry the
		// sentence names, whose field holds the title's; the field is
		// then the title's.
		if !ok || f.ents[e].kind != entity.KindGovernment {
			if o, found := f.ministryNamedBefore(g, key); found {
				e, ok, widen = o, true, true
			}
		}
		if !ok || f.ents[e].kind != entity.KindGovernment {
			e = f.newEntity(entity.KindGovernment)
			f.byKey[key] = e
			x := f.ents[e]
			x.name = g.implied
			x.nameToks = strings.Count(g.implied, " ") + 1
			x.addName(g.implied, -1)
			// The implied name ends with the "of" phrase as the view
			// writes it: put the original text in its place.
			x.origName = g.implied[:len(g.implied)-(g.impOf.b-g.impOf.a)] + f.d.v.origText(g.impOf.a, g.impOf.b)
		}
		f.mentionRange(g.impAt, e)
		if org < 0 || f.ents[org].kind == entity.KindCountry {
			if org >= 0 && f.ents[e].country.IsZero() {
				f.ents[e].country = f.ents[org].code
			}
			org = e
		}
	}
	title := ""
	if g.title.b > g.title.a {
		title = f.d.v.origText(g.title.a, g.title.b)
		if widen && g.impOf.a >= g.title.b {
			title = f.d.v.origText(g.title.a, g.impOf.b)
		}
	}
	if g.implied == "" && (org < 0 || f.ents[org].kind == entity.KindCountry) {
		// "Agriculture Secretary X": the field words belong to the
		// body, which is the organisation when the article names it
		// ("Department of Agriculture"), else the country given.
		// With a country given ("Australian Resources Minister"), a body
		// of no stated country is taken only when its name opens with
		// the field, and never one of another country.
		if e, rest := f.portfolioBody(title, org >= 0 && f.ents[org].kind == entity.KindCountry); rest != "" && (e >= 0 || org >= 0) {
			if e >= 0 && org >= 0 && !f.ents[e].country.IsZero() && f.ents[e].country != f.ents[org].code {
				e = -1
			}
			// "Korean Trade Minister X" with no ministry of trade named:
			// the title as written, held in the country.
			if e >= 0 {
				title, org = rest, e
			}
		}
	}
	if org < 0 && g.j+1 < f.sents[g.s].t1 && (f.word(g.j, "at") || f.word(g.j, "of")) {
		// "analyst Chen Jing at Orient Harbour Securities", "Director
		// General Kim Ho of the Korea Customs Service".
		at := g.j + 1
		if f.word(at, "the") && at+1 < f.sents[g.s].t1 {
			at++
			// "of the ministry's Directorate General of Mineral and
			// Coal": the body, not the one it belongs to.
			if f.toks[at].f&(tPoss|tLower) == tPoss|tLower && at+1 < f.sents[g.s].t1 {
				at++
			} else if f.toks[at].f&tPoss != 0 && at+1 < f.sents[g.s].t1 {
				// "of the Philippines' Department of X".
				if _, _, ok := f.tokCountry(at); ok {
					at++
				}
			}
		} else if f.toks[at].f&tPoss != 0 && at+1 < f.sents[g.s].t1 {
			// "of Laos' Ministry of Energy and Mines": a country's body.
			if _, _, ok := f.tokCountry(at); ok {
				at++
			}
		}
		if o := f.tokSeg[at]; o >= 0 && f.segs[o].i == at && f.segs[o].ent >= 0 {
			if e := f.orgEntity(f.segs[o].ent); e >= 0 && f.ents[e].kind != entity.KindCountry {
				org = e
			}
		}
	}
	if (org < 0 || f.ents[org].kind == entity.KindCountry) && g.title.b > g.title.a {
		// "X, a vice minister of energy", "X, additional secretary in
		// the coal ministry": a body written in lower case that the
		// article names in full ("X, Kazakhstan's deputy minister of
		// industry": the country's).
		if b := f.lowerBody(f.tokAt(g.title.b), g.s); b >= 0 {
			org = b
		}
	}
	if org < 0 && title != "" {
		// "officials of the Bureau of X at the Ministry of Commerce,
		// including Director-General Y": the body the staff are of.
		if k := f.tokAt(g.title.a) - 1; k > f.sents[g.s].t0 && f.word(k, "including") {
			org = f.staffOrgBefore(g.s, k)
		} else if k-2 > f.sents[g.s].t0 && f.word(k, "by") && (f.word(k-1, "headed") || f.word(k-1, "led")) && f.punct(k-2, ',') {
			// "The MGB's regional office in the Cordillera, headed by
			// Regional Director X": the body whose office it is.
			org = f.orgBefore(g.s, k-1)
		} else if k > f.sents[g.s].t0 && hasPrefixLower(title, "spokes") {
			// "At the regular press conference of the Ministry of
			// Commerce on November 26, spokesperson X said": the body
			// that held it.
			org = f.staffOrgBefore(g.s, k+1)
		}
	}
	if org < 0 && title != "" {
		// "Its managing director, X,": the company the text speaks of.
		if k := f.tokAt(g.title.a) - 1; k >= 0 && (f.word(k, "Its") || f.word(k, "its")) {
			// "... approved by Taiwan's Industrial Development
			// Administration. Its director general, X,": a state
			// body's post is the body's.
			if govTitle(title) || directorGeneral(title) {
				org = f.antecedent(g.s, f.toks[k].a, entity.KindGovernment, entity.Country{})
			}
			if org < 0 {
				org = f.antecedent(g.s, f.toks[k].a, entity.KindCompany, entity.Country{})
			}
			// "a delegation of the Korea Mine Rehabilitation and
			// Mineral Resources Corporation headed by its Executive Vice
			// President X": a state corporation's officer.
			if org < 0 && !govTitle(title) {
				org = f.antecedent(g.s, f.toks[k].a, entity.KindGovernment, entity.Country{})
			}
		}
	}
	// "The Ministry of Steel has circulated a draft. ... Joint Secretary
	// X told us": a state post without its body, held at the body the
	// sentence or the one before names.
	// (Only where the text first names the person: "Undersecretary
	// Bautista thanked the Vietnamese side" later names no new post.)
	if org < 0 && title != "" && isUpper(title[0]) && govTitle(title) && !firmPost(title) && !strings.Contains(title, " of ") && !strings.Contains(title, " for ") && f.ents[g.ent].first == f.toks[g.i].a {
		org = f.antecedentIf(g.s, f.toks[g.i].a, 1, func(x *nent) bool { return x.kind == entity.KindGovernment })
		// ("Is the Ministry of Steel helping? ... They have been
		// proactive. The ministry's task force, chaired by Additional
		// Secretary X,": "the ministry" before the post, the body named
		// further back.)
		if org < 0 {
			if head := f.govAnaphoraBefore(g.s, g.i); head != "" {
				org = f.antecedentIf(g.s, f.toks[g.i].a, 8, func(x *nent) bool {
					return x.kind == entity.KindGovernment && strings.HasPrefix(x.name, head)
				})
			}
		}
	}
	// "SYDNEY, June 9 - ... Treasurer Andrew Pellegrino said": a state
	// post with no body the text names, in a story filed from the
	// country it serves, which the text names too.
	// ("X, Vice Minister for Mining Affairs," and "Y, the energy
	// minister,": a minister's post whose ministry the text does not
	// name.)
	ministerFor := title != "" && indexLower(title, "minister for ") >= 0 && !strings.Contains(title, " of ") && !hasPrefixLower(title, "prime ")
	fieldMinister := title != "" && !isUpper(title[0]) && cabinetTitle(title) && strings.Count(title, " ") >= 1 && !hasPrefixLower(title, "prime ") && !strings.Contains(title, " of ")
	if org < 0 && title != "" && (isUpper(title[0]) && (govTitle(title) || cabinetTitle(title)) && !strings.Contains(title, " of ") && !strings.Contains(title, " for ") || ministerFor || fieldMinister) && !firmPost(title) && f.ents[g.ent].first == f.toks[g.i].a && !f.a.Country.IsZero() && !f.d.marketByLanguage {
		if c, ok := f.countries[f.a.Country]; ok && c >= 0 {
			org = c
		}
		// "TOKYO/SANTIAGO - ... Chile, the world's largest copper
		// producer, mined 5.3 million tons. Mining Minister X said": the
		// country the paragraph is about, named first in the sentence
		// or the one before.
		if c := f.openingCountry(g.s); c >= 0 {
			org = c
		}
	}
	// "How is the relationship with Y? ... Their chairman, X, comes
	// twice a year": the firm the sentence before names, or none.
	if k := f.tokAt(g.title.a) - 1; org < 0 && title != "" && k >= 0 && (f.word(k, "Their") || f.word(k, "their")) {
		// ("The Mineral Resources Authority has the application and we
		// met their managing director, X": a state body's.)
		org = f.antecedentIf(g.s, f.toks[k].a, 2, func(x *nent) bool { return x.kind == entity.KindCompany || x.kind == entity.KindGovernment })
		if org >= 0 {
			f.addRole(g.ent, title, org)
			return
		}
	}
	// "Japan Bank for International Cooperation (JBIC; Governor: X)",
	// "X Corp (Code 5406; President: Y)": the officer of the body whose
	// bracket it is.
	if org < 0 && title != "" {
		org = f.bracketOwner(g)
	}
	// "SMRA director general X": the text names the organisation, even
	// if it is none the article resolves; guess no other.
	if org < 0 && title != "" && (f.execTitle(g.title) || boardTitle(title)) && !directorGeneral(title) && !(g.orgTok >= 0 && f.toks[g.orgTok].f&tUpper != 0) {
		// A title written in lower case before a name describes a job
		// ("vice president Zhang Wenbo"), as companies give them; a
		// head of state's is capitalised.
		// "President X said the company ...": the sentence speaks of
		// a company, so the title is held at one.
		corporate := f.corporateTitle(g.title) || isLower(f.d.v.s[g.title.a]) || f.saysCompany(g)
		// An announcement's officers are its issuer's: "Managing
		// Director X said", "Mr. Z, an executive Director, holds a
		// position at Y" in its own release. A company named before the
		// title in the sentence still wins.
		// "A, B and managing director X": a title that joins a list of
		// firms is not held at the firm named before it.
		listed := false
		if k := f.tokAt(g.title.a) - 1; g.title.b <= f.toks[g.i].a && k-1 >= f.sents[g.s].t0 && f.word(k, "and") && (f.punct(k-1, ')') || f.tokSeg[k-1] >= 0) {
			listed = true
		}
		saidAfter := g.ev&evSaid != 0 || g.j < f.sents[g.s].t1 && f.has(g.j, lxReportVerbs)
		k := f.tokAt(g.title.a) - 1
		// ("..., company president Z told reporters": the same.)
		if k-1 > f.sents[g.s].t0 && (f.word(k, "company") || f.word(k, "group")) && f.punct(k-1, ',') {
			k--
		}
		if !listed && saidAfter && k > f.sents[g.s].t0 && f.punct(k, ',') {
			// "X will sell the concentrate to Y ..., managing director Z
			// said": the speaker is of the firm the sentence opens with.
			org = f.sentenceOpener(g.s)
			// ("The Korea Mine ... Corporation (KOMIR) has signed a
			// contract with Y ..., President X told lawmakers": of the
			// state corporation it opens with.)
			if org < 0 && !corporate {
				org = f.openingBody(g.s)
			}
		}
		// "X cut output. President Y told analysts ...": the title opens
		// the sentence after one that opens with the firm, whose
		// president speaks.
		// (The firm the paragraph opens with: not "Its parent, B, owns
		// 65% of the firm. Chairman Y said", the firm's chairman.)
		if es := f.sents[g.s]; org < 0 && !listed && saidAfter && g.s > 0 && f.tokAt(g.title.a) == es.t0 && f.sents[g.s-1].para == es.para {
			p0 := g.s - 1
			for p0 > 0 && f.sents[p0-1].para == es.para {
				p0--
			}
			if o := f.frontedOpener(g.s - 1); o >= 0 && f.ents[o].kind == entity.KindCompany && o == f.frontedOpener(p0) {
				org = o
			}
		}
		// "The shareholders appointed X as President Commissioner": the
		// firm whose meeting the story tells of.
		if es := f.sents[g.s]; org < 0 && es.t1-es.t0 > 2 && (f.word(es.t0, "The") && f.word(es.t0+1, "shareholders") || f.word(es.t0, "Shareholders") && !f.word(es.t0+1, "of")) {
			org = f.storyCompany(f.toks[g.i].a)
		}
		// '"We can offer that," President Director X said' after "The
		// company signed a deal with Y": the firm the sentence before
		// opens with speaks, not the one it deals with.
		if es := f.sents[g.s]; org < 0 && !listed && saidAfter && g.s > 0 && f.punct(es.t0, '"') && f.sents[g.s-1].para == es.para {
			o := f.sentenceOpener(g.s - 1)
			// ("The company also signed": the firm "the company" stands
			// for.)
			if t0 := f.sents[g.s-1].t0; o < 0 && t0 < len(f.tokSeg) {
				if m := f.tokSeg[t0]; m >= 0 && f.segs[m].anaph && f.segs[m].ent >= 0 {
					o = f.root(f.segs[m].ent)
				}
			}
			if o >= 0 && f.ents[o].kind == entity.KindCompany {
				org = o
			}
		}
		if org >= 0 {
			// (Read above.)
		} else if !listed {
			org = f.nearestCompany(n, false)
		} else {
			// "MRE's largest shareholders are A, B and managing
			// director X": the company whose possessive opens the list.
			org = f.possessiveOpener(g.s)
		}
		if org < 0 && f.issuer >= 0 && (f.corporateTitle(g.title) || indexLower(f.d.v.s[g.title.a:g.title.b], "director") >= 0) {
			org = f.issuer
			// "4. Overview of the counterparty / (1) Name: Y / (3) Title
			// and name of representative: X, President": Y's officer.
			if e := f.sectionCompany(f.toks[g.i].a); e >= 0 {
				org = e
			}
		}
		// "Chief executive X said the Tosa deal ...": a company named
		// after what the person said is not the employer when the
		// sentences before name one; "CEO X of Kora" was read above.
		if org < 0 && !saidAfter && !listed {
			org = f.nearestCompany(n, corporate)
		}
		if org < 0 && corporate {
			// "Bowen Ridge Coal's Fiona Gallagher on ..." in the
			// headline: her firm, whatever firm the sentences before
			// name.
			org = f.headlineEmployer(g.ent)
		}
		if org < 0 && corporate {
			// The company the text speaks of, as for "the company".
			// Not a company named inside a quotation before the name:
			// '"... Tawau gives us mills," director X said'.
			at := f.toks[g.i].a
			if listed {
				// Not a firm of the list the title joins.
				at = f.toks[f.sents[g.s].t0].a
			}
			if es := f.sents[g.s]; es.t1 > es.t0 {
				if q := strings.IndexByte(f.d.v.s[f.toks[es.t0].a:at], '"'); q >= 0 {
					at = f.toks[es.t0].a + q
				}
			}
			org = f.antecedent(g.s, at, entity.KindCompany, entity.Country{})
			// "Bungaroo sells ore to Tangshan Jinye. Tangshan Jinye also
			// owns 14.6% of Bungaroo. Chief financial officer X said the
			// company ...": of the companies the sentence before names,
			// the one its paragraph opens with.
			// So too when the title opens a paragraph's later sentence
			// and the person speaks: "Y, which has agreed to buy ...
			// Managing director X said" in a paragraph about Z is Z's.
			if tc := f.paragraphTopic(g.s - 1); org >= 0 && tc >= 0 && tc != org && (f.segNamed(tc, g.s-1) || saidAfter && f.tokAt(g.title.a) == f.sents[g.s].t0 && f.sents[g.s-1].para == f.sents[g.s].para) {
				org = tc
			}
			// "Managing director X said" opening a paragraph of its own,
			// the paragraph before about another firm: the officer is the
			// story's company's, as news refers to the firm it is about.
			if st := f.storyCompany(f.toks[g.i].a); org >= 0 && st >= 0 && st != org && f.opensParagraph(g) && f.inHeadline(st) {
				org = st
			}
		}
		if org < 0 && saidAfter && !listed {
			org = f.nearestCompany(n, corporate)
		}
		// "CEO Sunil Rathore said on the earnings call", no firm named
		// for sentences: the company the story is about.
		if org < 0 && corporate && !listed && f.tokAt(g.title.a) == f.sents[g.s].t0 {
			org = f.storyCompany(f.toks[g.i].a)
		}
		// "Taro Yamada - President and Representative Director" in a
		// call's list of speakers above the body: the company the page
		// is about, named after the list.
		if es := f.sents[g.s]; org < 0 && !listed && g.i == es.t0 && f.d.body < len(f.d.lines) && f.toks[g.i].a < f.d.lines[f.d.body].ts &&
			speakerLine(f.d.v.s[f.toks[es.t0].a:f.toks[es.t1-1].b]) {
			org = f.firstCompany()
		}
		// "Person authorized to disclose information: Ms. X - Investor
		// Relations Manager": a filing's officer, the issuer's.
		if es := f.sents[g.s]; org < 0 && !listed && f.issuer >= 0 && f.afterFieldLabel(g.i, es.t0) {
			org = f.issuer
		}
	}
	if org < 0 && title != "" && (govTitle(title) || directorGeneral(title)) && f.tokAt(g.title.a) > f.sents[g.s].t0 && f.punct(f.tokAt(g.title.a)-1, ',') {
		// "Indonesia's Ministry of Energy has approved ..., Director
		// General of Minerals and Coal X told reporters": the body the
		// sentence opens with.
		org = f.openingBody(g.s)
	}
	if org < 0 && title != "" && govTitle(title) {
		// "a delegation from the Ministry of X, led by Deputy Minister
		// Y": the body the visitors came from.
		if t := f.tokAt(g.title.a); t-2 > f.sents[g.s].t0 && f.word(t-1, "by") && f.word(t-2, "led") {
			for _, m := range f.sentSegs[g.s] {
				h := &f.segs[m]
				if h.j > t {
					break
				}
				if h.ent >= 0 && f.ents[h.ent].kind == entity.KindGovernment && h.j >= t-4 {
					org = h.ent
				}
			}
		}
	}
	// "The Ministry of Commerce (MOFCOM) has approved ..., spokesperson
	// X said": the body the sentence opens with speaks through X.
	if org < 0 && (title == "spokesperson" || title == "spokesman" || title == "spokeswoman" || title == "Spokesperson") && f.tokAt(g.title.a) > f.sents[g.s].t0 && f.punct(f.tokAt(g.title.a)-1, ',') {
		org = f.openingBody(g.s)
	}
	if org < 0 && title != "" && (govTitle(title) || directorGeneral(title)) && g.s > 0 && f.tokAt(g.title.a) == f.sents[g.s].t0 {
		// "Zimbabwe's Ministry of Mines said ... Permanent secretary X
		// said": the body the sentence before opens with.
		org = f.openingBody(g.s - 1)
	}
	if org < 0 && directorGeneral(title) && len(title) > len("director general of ") {
		// "Director General of Mineral and Coal X": the directorate
		// general of that field, when the text names it.
		field := title[len("director general of "):]
		if e, ok := f.byKey[nameKey("Directorate General of "+field)]; ok && e >= 0 && f.ents[e].kind == entity.KindGovernment {
			org = e
		}
	}
	// "Director of Mines X": the directorate of that field, when the
	// text names it.
	if org < 0 && hasPrefixLower(title, "director of ") && len(title) > len("director of ") {
		if e, ok := f.byKey[nameKey("Directorate of "+title[len("director of "):])]; ok && e >= 0 && f.ents[e].kind == entity.KindGovernment {
			org = e
		}
	}
	// "Its General Director is X": the firm of the sentence before.
	if t := f.tokAt(g.title.a); org < 0 && title != "" && t-1 == f.sents[g.s].t0 && f.word(t-1, "Its") && g.s > 0 {
		org = f.antecedent(g.s, f.toks[g.i].a, entity.KindCompany, entity.Country{})
	}
	if org < 0 && hasPrefixLower(title, "company ") {
		// "company secretary X said": the company the text speaks of.
		if org = f.nearestCompany(n, false); org < 0 {
			org = f.antecedent(g.s, f.toks[g.i].a, entity.KindCompany, entity.Country{})
		}
	}
	if title == "" && org < 0 {
		return
	}
	f.addRole(g.ent, title, org)
}

// sentenceOpener returns the company whose name opens sentence si, or
// -1.
func (f *entFinder) sentenceOpener(si int) int {
	l := f.sentSegs[si]
	if len(l) == 0 {
		return -1
	}
	h := f.segs[l[0]]
	if h.i != f.sents[si].t0 || h.ent < 0 || f.ents[h.ent].kind != entity.KindCompany {
		return -1
	}
	return h.ent
}

// partyBeforeWith returns the first firm sentence si names before a
// "with" that stands before token k: X in "In October, X signed an
// agreement with Y, under which"; else -1.
func (f *entFinder) partyBeforeWith(si, k int) int {
	for _, n := range f.sentSegs[si] {
		g := &f.segs[n]
		if g.i >= k {
			break
		}
		if g.ent < 0 || f.ents[f.root(g.ent)].kind != entity.KindCompany {
			continue
		}
		for m := g.j; m < k; m++ {
			if f.word(m, "with") {
				return f.root(g.ent)
			}
		}
		return -1
	}
	return -1
}

// frontedOpener is sentenceOpener, past a fronted "For": "For Hebei
// Jinrong, the deal is its first equity interest".
func (f *entFinder) frontedOpener(si int) int {
	if o := f.sentenceOpener(si); o >= 0 {
		return o
	}
	es := f.sents[si]
	l := f.sentSegs[si]
	if len(l) == 0 || !f.word(es.t0, "For") {
		return -1
	}
	h := f.segs[l[0]]
	if h.i != es.t0+1 || h.ent < 0 || f.ents[h.ent].kind != entity.KindCompany || !f.punct(h.j, ',') {
		return -1
	}
	return h.ent
}

// openingBody returns the state body sentence si opens with, past a
// country's possessive ("Zimbabwe's Ministry of Mines said"), or -1.
func (f *entFinder) openingBody(si int) int {
	for m, n := range f.sentSegs[si] {
		g := &f.segs[n]
		// ("ZIMBABWE - Zimbabwe's Ministry of Mines said": a kicker too.)
		if m > 2 || g.ent < 0 {
			return -1
		}
		switch f.ents[g.ent].kind {
		case entity.KindGovernment:
			if g.i > f.sents[si].t0+4 {
				return -1
			}
			return g.ent
		case entity.KindCountry:
			continue
		default:
			return -1
		}
	}
	return -1
}

// directorGeneral reports a director general's title, its field and
// all: "Director General of Minerals and Coal".
func directorGeneral(title string) bool {
	return hasPrefixLower(title, "director general") || hasPrefixLower(title, "director-general")
}

// govTitle reports a title held at a state body: one whose last word is
// a minister's or a secretary's ("Permanent secretary", "vice minister").
func govTitle(title string) bool {
	// "Undersecretary for Field Operations": the head before its field.
	for _, w := range []string{" for ", " of "} {
		if k := strings.Index(title, w); k > 0 {
			title = title[:k]
		}
	}
	sp := strings.LastIndexByte(title, ' ')
	w := title[sp+1:]
	if !ministerHeads[foldWord(w)] && !strings.EqualFold(w, "undersecretary") && !strings.EqualFold(w, "commissioner") {
		return false
	}
	// "Deputy Prime Minister": the government's head, or a deputy, is
	// no post in one body.
	if indexLower(title, "prime minister") >= 0 {
		return false
	}
	// "Trade Secretary" names its own field: not the body before.
	if sp > 0 {
		for m := range strings.FieldsSeq(title[:sp]) {
			if titleOfDomains[foldWord(m)] {
				return false
			}
		}
	}
	return true
}

// headlineEmployer returns the company whose possessive the headline
// writes right before person p's name ("Q&A: Kora Coal's Ana Reyes on
// ..."), or -1.
func (f *entFinder) headlineEmployer(p int) int {
	for si := 0; si < len(f.sents) && f.sents[si].head; si++ {
		prev := -1
		for _, n := range f.sentSegs[si] {
			g := &f.segs[n]
			if g.ent < 0 {
				prev = -1
				continue
			}
			if prev >= 0 && f.root(g.ent) == f.root(p) {
				h := &f.segs[prev]
				if c := f.orgEntity(h.ent); c >= 0 && f.ents[c].kind == entity.KindCompany && h.j == g.i && f.toks[h.j-1].f&tPoss != 0 {
					return c
				}
			}
			prev = n
		}
	}
	return -1
}

// possessiveOpener returns the company of sentence si's first name when
// that name is a possessive ("MRE's largest shareholders are"), or -1.
func (f *entFinder) possessiveOpener(si int) int {
	for _, m := range f.sentSegs[si] {
		g := &f.segs[m]
		if g.ent < 0 {
			continue
		}
		e := f.orgEntity(g.ent)
		if e < 0 || f.ents[e].kind != entity.KindCompany || f.toks[g.j-1].f&tPoss == 0 {
			return -1
		}
		return e
	}
	return -1
}

// opensParagraph reports whether the title of person segment g opens
// the first sentence of its paragraph.
func (f *entFinder) opensParagraph(g *nseg) bool {
	es := f.sents[g.s]
	if es.para < 0 {
		return false
	}
	// The paragraph's first sentence, a few back at most: a quotation
	// of two or three sentences before "said X".
	p0 := g.s
	for p0 > 0 && g.s-p0 < 3 && f.sents[p0-1].para == es.para {
		p0--
	}
	if p0 > 0 && f.sents[p0-1].para == es.para {
		return false
	}
	if p0 == g.s {
		if k := f.tokAt(g.title.a); k == es.t0 {
			return true
		}
	}
	// '"Growth at home is over," President X told a briefing': after the
	// words the person says.
	before := strings.TrimRight(f.d.v.s[f.toks[f.sents[p0].t0].a:g.title.a], " ")
	before = strings.TrimSuffix(strings.TrimSuffix(before, " said"), " says")
	return strings.HasPrefix(before, "\"") && (strings.HasSuffix(before, ",\"") || strings.HasSuffix(before, ".\"") || strings.HasSuffix(before, "\"")) && strings.Count(before, "\"") == 2
}

// inHeadline reports whether entity e is named in the headline or
// standfirst.
func (f *entFinder) inHeadline(e int) bool {
	for si := 0; si < len(f.sents) && f.sents[si].head; si++ {
		for _, n := range f.sentSegs[si] {
			if f.segs[n].ent >= 0 && f.root(f.segs[n].ent) == f.root(e) {
				return true
			}
			// ("Hokuyo Electric's Yasuhiro Kuwabara" over "Hokuyo
			// Electric Power Co., Inc.": a short form not yet merged
			// into the name it opens.)
			if x := f.segs[n].ent; x >= 0 && f.ents[x].kind == entity.KindCompany && strings.HasPrefix(f.ents[f.root(e)].name, f.ents[x].name+" ") {
				return true
			}
		}
		// A headline's short form the headline reader tied to it
		// ("Gaon" in "Q&A: Gaon Carbon's Shin on graphite").
		es := f.sents[si]
		if es.t1 > es.t0 {
			a, b := f.toks[es.t0].a, f.toks[es.t1-1].b
			for _, m := range f.ents[f.root(e)].mentions {
				if a <= m.a && m.b <= b {
					return true
				}
			}
		}
	}
	return false
}

// lowerBody reads, from token k right after a title, the state body the
// title is held at when the text writes it in lower case: "(minister)
// of energy", "(secretary) in the coal ministry". It returns the
// government entity of that name ("Ministry of Energy", "Ministry of
// Coal") when the article names it, else -1.
func (f *entFinder) lowerBody(k, si int) int {
	end := f.sents[si].t1
	if k <= 0 || k+1 >= end || !(f.word(k, "of") || f.word(k, "for") || f.word(k, "in") || f.word(k, "at")) {
		return -1
	}
	head := f.fold(k - 1)
	q := k + 1
	if f.word(q, "the") {
		q++
	}
	s := q
	// "of trade, industry and energy": commas between fields too.
	for q < end && q < s+8 && (f.toks[q].f&tLower != 0 && (f.has(q, lxTitleOfDomains) || q > s && f.word(q, "and")) ||
		q > s && f.punct(q, ',') && q+1 < end && f.toks[q+1].f&tLower != 0 && f.has(q+1, lxTitleOfDomains)) {
		q++
	}
	if q == s || f.word(q-1, "and") {
		return -1
	}
	var body string
	switch {
	case q < end && (f.word(q, "ministry") || f.word(q, "department")):
		body = f.fold(q) // "the coal ministry"
	case s == k+1 && (f.word(k, "of") || f.word(k, "for")) && ministerHeads[head]:
		body = "ministry" // "minister of energy"
		if head == "secretary" {
			body = "department"
		}
	default:
		return -1
	}
	key := body + " " + f.fold(k)
	if f.word(k, "in") || f.word(k, "at") {
		key = body + " of"
	}
	for n := s; n < q; n++ {
		if f.punct(n, ',') {
			continue
		}
		key += " " + f.fold(n)
	}
	if e, ok := f.byKey[key]; ok && e >= 0 && f.ents[e].kind == entity.KindGovernment {
		return e
	}
	// "joint secretary in the steel ministry": the ministry of that
	// field, named as such, though the text names it no other way.
	if body == "ministry" && q < end && f.word(q, "ministry") && (f.word(k, "in") || f.word(k, "at")) {
		var b strings.Builder
		b.WriteString("Ministry of")
		for n := s; n < q; n++ {
			w := f.text(n)
			if f.punct(n, ',') {
				b.WriteString(",")
				continue
			}
			b.WriteByte(' ')
			if w == "and" {
				b.WriteString(w)
			} else {
				b.WriteString(strings.ToUpper(w[:1]) + w[1:])
			}
		}
		name := b.String()
		e := f.newEntity(entity.KindGovernment)
		f.byKey[key] = e
		x := f.ents[e]
		x.name = name
		x.nameToks = strings.Count(name, " ") + 1
		x.addName(name, -1)
		at := k + 1
		f.mentionRange(rng{f.toks[at].a, f.toks[q].b}, e)
		return e
	}
	return -1
}

// saysCompany reports whether the sentence of segment g goes on, after
// the name, to speak of "the company" or "the group".
func (f *entFinder) saysCompany(g *nseg) bool {
	es := f.sents[g.s]
	for k := g.j; k+1 < es.t1 && k < g.j+8; k++ {
		if f.word(k, "the") && (f.word(k+1, "company") || f.word(k+1, "group") || f.word(k+1, "firm")) {
			return true
		}
	}
	// "... shipped to Hokuetsu's Naoetsu smelter. President X
	// commented": the sentence before, in the paragraph, speaks of a
	// firm's own plant, and neither names a country or a state body.
	if g.s == 0 || es.head || f.sents[g.s-1].para != es.para {
		return false
	}
	poss := false
	for _, s := range [2]int{g.s - 1, g.s} {
		for _, n := range f.sentSegs[s] {
			h := &f.segs[n]
			if h.ent < 0 {
				continue
			}
			switch f.ents[f.root(h.ent)].kind {
			case entity.KindCountry, entity.KindGovernment:
				return false
			case entity.KindCompany:
				poss = poss || s == g.s-1 && f.toks[h.j-1].f&tPoss != 0
			}
		}
	}
	return poss
}

// portfolioBody reads a minister's or secretary's title whose field is
// written before the head ("Agriculture Secretary", "Deputy Trade
// Minister"). When the article names a state body of that field
// ("Department of Agriculture"), it returns the body, else -1; and the
// title without the field words ("Secretary", "Deputy Minister"), or ""
// when the title has no field before its head.
func (f *entFinder) portfolioBody(title string, strict bool) (int, string) {
	words := strings.Fields(title)
	if len(words) < 2 || !ministerHeads[foldWord(words[len(words)-1])] {
		return -1, ""
	}
	// ("Mines and Mining Development Deputy Minister": the field before
	// the deputy's title.)
	h := len(words) - 1
	for h > 1 && rankWords[foldWord(words[h-1])] && titleOfDomains[foldWord(words[h-2])] {
		h--
	}
	fs := h
	for fs > 0 && titleOfDomains[foldWord(words[fs-1])] {
		fs--
	}
	field := words[fs:h]
	if len(field) == 0 {
		return -1, ""
	}
	rest := strings.Join(append(slices.Clip(words[:fs]), words[h:]...), " ")
	// A minister heads a ministry, a secretary a department, or, as
	// India titles them, a ministry ("Steel Secretary" of the Ministry
	// of Steel) when the text names no department of the field.
	bodies := []string{"Ministry"}
	if strings.EqualFold(words[len(words)-1], "secretary") {
		bodies = []string{"Department", "Ministry"}
	}
	for _, body := range bodies {
		if found := f.bodyOfField(body, field, strict); found != -1 {
			if found == -2 {
				return -1, rest // two bodies of the field: not plain which
			}
			return found, rest
		}
	}
	return -1, rest
}

// rankWords make a deputy's title of a minister's: "Deputy Minister".
var rankWords = wordSet("deputy", "vice", "assistant", "acting", "junior")

// bodyOfField returns the one government body whose name is body, "of",
// and words that hold every word of field; -1 for none, -2 for more than
// one.
func (f *entFinder) bodyOfField(body string, field []string, strict bool) int {
	found := -1
	for e, x := range f.ents {
		if x.kind != entity.KindGovernment || x.into >= 0 {
			continue
		}
		// Its name, or the name without its country ("Philippine
		// Department of Agriculture" is also the "Department of
		// Agriculture").
		name := x.name
		for k, n := range x.names {
			if k < 4 && strings.HasPrefix(n, body+" of ") {
				name = n
				break
			}
		}
		head, of, ok := strings.Cut(name, " of ")
		if !ok || head != body {
			continue
		}
		ofWords := strings.Fields(strings.NewReplacer(",", " ", "&", " ").Replace(of))
		all := true
		for _, w := range field {
			all = all && slices.ContainsFunc(ofWords, func(o string) bool { return strings.EqualFold(o, w) })
		}
		if strict && f.ents[e].country.IsZero() && len(ofWords) > 0 {
			// The title's field opens the body's name: "Environment
			// Secretary" for the "Department of Environment and Natural
			// Resources", not "Resources Minister" for a "Ministry of
			// Energy and Mineral Resources" of another country.
			all = all && strings.EqualFold(ofWords[0], field[0])
		}
		if all {
			if found >= 0 && found != e {
				return -2
			}
			found = e
		}
	}
	return found
}

// orgEntity returns e when it is an organisation a title can be held at.
func (f *entFinder) orgEntity(e int) int {
	if e < 0 || f.ents[e].kind == entity.KindPerson {
		return -1
	}
	return e
}

// tokAt returns the token that starts at view offset a.
func (f *entFinder) tokAt(a int) int {
	k, _ := slices.BinarySearchFunc(f.toks, a, func(t etok, a int) int { return t.a - a })
	return k
}

// execTitle reports whether the title in view range r is an executive's
// title, held at a company ("CEO", "chief executive", "president").
func (f *entFinder) execTitle(r rng) bool {
	k := f.tokAt(r.a)
	for ; k < len(f.toks) && f.toks[k].b <= r.b; k++ {
		if f.has(k, lxEntExecTitles) {
			return true
		}
	}
	return false
}

// boardTitle reports a title held on a company's board that is no
// executive's: "Secretary of the board", "board secretary".
func boardTitle(t string) bool {
	return indexLower(t, "of the board") >= 0 || indexLower(t, "board secretary") >= 0
}

// corporateTitle reports a title only companies give: "CEO", "chief
// financial officer", "managing director"; not "President", which
// heads of state hold too.
func (f *entFinder) corporateTitle(r rng) bool {
	t := f.d.v.s[r.a:r.b]
	for _, w := range corporateWords {
		if indexLower(t, w) >= 0 {
			return true
		}
	}
	return false
}

// corporateWords are the parts of titles only companies give, in lower
// case.
var corporateWords = []string{"ceo", "cfo", "coo", "cto", "chief", "officer", "managing director", "general manager", "founder", "chair", "president director", "president commissioner", "independent commissioner", "of the board", "board secretary", "legal representative"}

// nearestCompany returns the company named nearest before the person of
// segment n in its sentence, else (with after) nearest after, or -1.
func (f *entFinder) nearestCompany(n int, after bool) int {
	g := f.segs[n]
	l := f.sentSegs[g.s]
	k := f.segBefore(l, f.toks[g.i].a)
	company := func(m int) bool {
		h := f.segs[l[m]]
		// Not a name the company had before: "X, which changed its
		// name from Y in 2022, is led by chairman Z".
		return h.ent >= 0 && f.ents[h.ent].kind == entity.KindCompany && !h.former && !f.ents[h.ent].formerly
	}
	for m := k - 1; m >= 0 && m >= k-scanSegs; m-- {
		// '"... Tawau gives us mills," director X said': a company
		// named inside a quotation is not the speaker's.
		if h := f.segs[l[m]]; strings.ContainsRune(f.d.v.s[f.toks[h.j-1].b:f.toks[g.i].a], '"') {
			break
		}
		if company(m) {
			// "X, a subsidiary of Y, ... president Z said": the
			// owner in the apposition is not the subject's.
			if m > 0 && company(m-1) && f.ownerApposition(f.segs[l[m-1]], f.segs[l[m]]) {
				return f.segs[l[m-1]].ent
			}
			// "X, which owns 75% of Y and manages it, said ... after
			// what managing director Z described": Y, in the clause
			// about X, is not the speaker's firm.
			if h := f.segs[l[m]]; m > 0 && company(m-1) && f.inRelativeClause(h, g) {
				continue
			}
			return f.segs[l[m]].ent
		}
		// "X Chairman A met President B": B's title is not at X.
		if h := f.segs[l[m]]; !after && h.ent >= 0 && f.ents[h.ent].kind == entity.KindPerson {
			break
		}
	}
	for m := k + 1; after && m < len(l) && m <= k+scanSegs; m++ {
		// "Chief executive X, a former CFO of Y,": Y was the
		// employer before.
		// "Managing director X joins the Y board": the board joined is
		// another firm's. (Not "X has joined Y as head of ...", the
		// post at Y.)
		if h := f.segs[l[m]]; h.i >= g.j && (formerWords(f.d.v.s[f.toks[g.j-1].b:f.toks[h.i].a]) || g.title.b <= f.toks[g.i].a && joinsBoard(f.d.v.s[f.toks[g.j-1].b:f.toks[h.i].a])) {
			break
		}
		if company(m) {
			return f.segs[l[m]].ent
		}
	}
	return -1
}

// inRelativeClause reports whether segment h stands in a clause ", which
// ...," that closes before segment g: "X, which owns 75% of Y and
// manages the operation, told the market".
func (f *entFinder) inRelativeClause(h, g nseg) bool {
	s := f.d.v.s
	a := f.toks[h.i].a
	from := max(0, a-120)
	w := strings.LastIndex(s[from:a], ", which ")
	if w < 0 || strings.ContainsAny(s[from+w+len(", which "):a], ",;.") {
		return false
	}
	rest := s[f.toks[h.j-1].b:f.toks[g.i].a]
	c := strings.IndexByte(rest, ',')
	return c >= 0 && !strings.ContainsAny(rest[:c], ";.")
}

// joinsBoard reports whether t, the words between a person's name and a
// company's, say the person joins it: "joins the", "will join".
func joinsBoard(t string) bool {
	return len(t) < 40 && (strings.Contains(t, " joins ") || strings.Contains(t, " join ") || strings.Contains(t, " joined ") || strings.Contains(t, " joining "))
}

// formerWords reports whether t, the words between a person's name and a
// company's, speak of a post held before: "a former", "formerly",
// "previously".
func formerWords(t string) bool {
	// ("X, who joined in 2024 after eleven years at Y,": Y was the
	// employer before.)
	return len(t) < 80 && (strings.Contains(t, "former") || strings.Contains(t, "previously") || strings.Contains(t, " ex-") ||
		strings.Contains(t, " years at ") || strings.Contains(t, " years with ") || strings.Contains(t, " career at "))
}

// ownerApposition reports whether the words between segments x and y
// make y the owner of x in an apposition: "X, a subsidiary of Y",
// "X, a unit of Y".
func (f *entFinder) ownerApposition(x, y nseg) bool {
	t := f.d.v.s[f.toks[x.j-1].b:f.toks[y.i].a]
	if len(t) > 40 || !strings.HasPrefix(t, ", ") || !strings.HasSuffix(t, " of ") {
		return false
	}
	var buf [40]byte
	low := string(lowerInto(buf[:0], t))
	for _, w := range []string{" subsidiary of ", " unit of ", " affiliate of ", " arm of ", " division of "} {
		if strings.HasSuffix(low, w) {
			return strings.HasPrefix(low, ", a ") || strings.HasPrefix(low, ", an ") || strings.HasPrefix(low, ", the ")
		}
	}
	return false
}

// addRole adds a role to person p once; a person keeps at most 16.
// secondRole reads a second post after the body of a person's first:
// "X, Chairman of the Japan Iron and Steel Federation and President of
// Kurosaki Steel,": the title up to "of", at the firm or body after it.
func (f *entFinder) secondRole(n int) {
	g := &f.segs[n]
	if g.orgTok < 0 || f.tokSeg[g.orgTok] < 0 {
		return
	}
	end := f.sents[g.s].t1
	k := f.segs[f.tokSeg[g.orgTok]].j
	if k+3 >= end || !f.word(k, "and") || f.toks[k+1].f&tCap == 0 || !f.has(k+1, lxTitleHeads|lxTitleMods) {
		return
	}
	t := k + 1
	for t < end && t < k+6 && f.toks[t].f&tCap != 0 && f.has(t, lxTitleHeads|lxTitleMods) {
		t++
	}
	if t == k+1 || t+1 >= end || !f.has(t-1, lxTitleHeads) || !f.word(t, "of") {
		return
	}
	o := t + 1
	if f.word(o, "the") && o+1 < end {
		o++
	}
	m := f.tokSeg[o]
	if m < 0 || f.segs[m].i != o || f.segs[m].ent < 0 {
		return
	}
	org := f.orgEntity(f.segs[m].ent)
	if org < 0 || f.ents[org].kind != entity.KindCompany && f.ents[org].kind != entity.KindGovernment {
		return
	}
	f.addRole(g.ent, f.d.v.origText(f.toks[k+1].a, f.toks[t-1].b), org)
}

func (f *entFinder) addRole(p int, title string, org int) {
	x := f.ents[p]
	if len(x.roles) >= 16 {
		return
	}
	for i, r := range x.roles {
		if r.org == org && (r.title == title || title == "") {
			return
		}
		if r.title == title && r.org < 0 {
			x.roles[i].org = org
			return
		}
		// The same title again with no organisation adds nothing.
		if r.title == title && org < 0 {
			return
		}
	}
	x.roles = append(x.roles, erole{title: title, org: org})
}

// bylines reads the people that bylines, photo credits and reporting
// lines name: "By Laura Miller", "(Credit: Khusen Rustamov from
// Pixabay)", "(Reporting by Kwon Ha-neul; Editing by Tom Aldridge)",
// "Source: Leonardo Gottems | agrolink", and a writer's name run into
// the agency's in a page header ("Youkyung LeeBloomberg").
func (f *entFinder) bylines() {
	d := f.d
	contact := 0 // lines left of a block of contacts
	lastText := len(d.lines) - 1
	for lastText >= 0 && d.lines[lastText].kind == lBlank {
		lastText--
	}
	skip := -1 // a contact's title line, read with the name above it
	for i, l := range d.lines {
		if i == skip {
			continue
		}
		// "By order of the Board / Kora Ltd / Ma Jian / Chairman": a
		// filing's signature, the signer's name and title on lines of
		// their own.
		if t := d.text(l); signatureCue(t) {
			f.signature(i + 1)
		}
		// "Executive Directors:" over "Mr. A (Chairman)" and "Ms. B",
		// the left column of a circular's letter from the board.
		if t := d.text(l); len(t) < 200 && directorsHeading(firstCell(t)) != "" {
			f.directorsColumn(i)
		}
		// "4.5 Board of directors of KPM after the transaction" over
		// "1. Mr. X      Chairman    (nominated by ...)": each line a
		// director of that company and the post.
		if t := d.text(l); len(t) < 100 && i+1 < len(d.lines) {
			if org := f.boardHeading(t); org >= 0 {
				f.boardList(i+1, org)
			}
		}
		// "Karen Leung, CFA | Head of Resources Research | +852 ...",
		// "Bat Munkh | Analyst | +852 ...": a research note's writers
		// above its body, each with a title and a phone, at the broker
		// the page opens with.
		if i < d.body && l.kind != lBlank {
			if ne, ts, te, ok := analystBarLine(d.text(l)); ok {
				if e := f.bylineNames(l.ts, l.ts+ne); e >= 0 && f.ents[e].kind == entity.KindPerson {
					f.addRole(e, d.v.origText(l.ts+ts, l.ts+te), f.mastheadFirm())
				}
				continue
			}
		}
		// "Media contact:", "For further information:": the lines after
		// name people, each before a comma and a role.
		// ("Investor Relations: Tom Beasley": a cue with the contact on
		// its line, read below.)
		if t := d.text(l); contactCue(t) && !cueWithName(t) {
			contact = 4
			f.contactOrg = -1
			continue
		} else if c := strings.IndexByte(t[:min(len(t), 40)], ':'); c > 0 && c < len(t)-1 && contactCue(t[:c+1]) {
			// contactCue reads no more than 40 bytes: the colon is
			// looked for among the first 40 only.
			// "Media contact: Tsai Pei-ling, spokesperson, +886 ...": the
			// contact on the cue's own line.
			rest := l.ts + c + 1
			for rest < l.te && d.v.s[rest] == ' ' {
				rest++
			}
			// ("Investor Relations: Tom Beasley": the name alone.)
			if k := strings.IndexByte(d.v.s[rest:l.te], ','); k < 0 && l.te-rest <= 30 && strings.Count(d.v.s[rest:l.te], " ") <= 3 && !strings.ContainsAny(d.v.s[rest:l.te], "@0123456789:;") {
				if e := f.bylineNames(rest, l.te); e >= 0 && f.ents[e].kind == entity.KindPerson && f.contactOrg >= 0 {
					title := ""
					if functionPhrase(t[:c]) {
						title = d.v.origText(l.ts, l.ts+c)
					}
					f.addRole(e, title, f.contactOrg)
				}
			} else if k := strings.IndexByte(d.v.s[rest:l.te], ','); k > 0 && k <= 40 {
				if e := f.bylineNames(rest, rest+k); e >= 0 {
					end := rest + k + 1 + max(0, strings.IndexByte(d.v.s[rest+k+1:l.te], ','))
					if end <= rest+k+1 {
						end = l.te
					}
					// "X, General Manager, Corporate Communications": the
					// function the title is held in, after a comma.
					if end < l.te {
						next := l.te
						if c := strings.IndexByte(d.v.s[end+1:l.te], ','); c >= 0 {
							next = end + 1 + c
						}
						if functionPhrase(d.v.s[end+1 : next]) {
							end = next
						}
					}
					n := len(f.ents[e].roles)
					f.contactRole(e, rest+k+1, end)
					// "Investor relations: Tom Whitlock, Harbour Street
					// Communications": the firm (an agency, often) the
					// contact works for, and the cue's function.
					if n == 0 && len(f.ents[e].roles) == 0 && end == l.te && f.ents[e].kind == entity.KindPerson && !roleLine(d.v.s[rest+k+2:l.te]) && !isExecutive(lowerASCII(d.v.s[rest+k+2:l.te])) {
						if o := f.firmOfLine(rest+k+2, l.te); o >= 0 {
							title := ""
							if functionPhrase(t[:c]) {
								title = d.v.origText(l.ts, l.ts+c)
							}
							f.addRole(e, title, o)
						}
					}
				}
			}
			continue
		} else if contact > 0 {
			// A contact's phone or mail may close one contact and
			// another follow, a blank line between: "... +61 8 6188
			// 4400" over "Mark Donnelly" over "Company Secretary".
			if l.kind == lBlank {
				continue
			}
			contact--
			if contactDetail(t) {
				contact = max(contact, 2)
			}
			// "Tachibana Corporation" over "Takumi Arai, Manager": the
			// firm the contacts under it speak for.
			if e, ok := f.byKey[nameKey(strings.TrimSpace(t))]; ok && e >= 0 && f.ents[e].kind == entity.KindCompany {
				f.contactOrg = e
				contact = max(contact, 2)
				continue
			}
			// "SOMITAN - Direction de la Communication": the firm, by a
			// name the text gave it, and its office.
			if k := strings.Index(t, " - "); k > 0 && k <= 40 {
				e, ok := f.byKey[nameKey(t[:k])]
				if !ok {
					e, ok = f.acronyms[t[:k]]
				}
				if ok && e >= 0 && f.ents[e].kind == entity.KindCompany {
					f.contactOrg = e
					contact = max(contact, 2)
					continue
				}
			}
			// "Media enquiries" over "Harbourview Strategic
			// Communications Limited": a firm the text names only there,
			// its legal form ending the line, that the contacts under it
			// speak for.
			// (Not "About X Limited" nor "SOURCE X Limited": a heading
			// and a wire's credit.)
			// ("Hikari Public Relations (for Japanese media)": an
			// agency's name, a note on whom it speaks to after it.)
			name := strings.TrimSpace(t)
			// ("Hollis Crane Capital LLP (Nominated Adviser and Broker)":
			// a firm in its legal form, its role for the issuer after it.)
			if k := strings.LastIndex(name, " ("); k > 0 && strings.HasSuffix(name, ")") && (agencyName(name[:k]) || hasLegalWord(name[:k])) {
				name = name[:k]
			}
			// (A firm the text named before: the contacts under it
			// speak for it.)
			if name != strings.TrimSpace(t) {
				if e, ok := f.byKey[nameKey(name)]; ok && e >= 0 && f.ents[e].kind == entity.KindCompany {
					f.contactOrg = e
					contact = max(contact, 2)
					continue
				}
			}
			// (Not "Kazuran Public Relations" under a contact of
			// Kazuran's: the firm's own office.)
			if len(name) <= 80 && isUpper(name[0]) && (hasLegalWord(name) || agencyName(name) && !f.firmWordOpens(name)) && !strings.ContainsAny(name, ":,@|") && strings.Count(name, " ") >= 1 &&
				!hasPrefixLower(name, "about ") && !hasPrefixLower(name, "source ") {
				if _, ok := f.byKey[nameKey(name)]; !ok {
					e := f.newEntity(entity.KindCompany)
					a := l.ts + strings.Index(d.v.s[l.ts:l.te], name)
					f.mentionRange(rng{a, a + len(name)}, e)
					f.addNameText(e, name, a)
					f.contactOrg = e
					contact = max(contact, 2)
					continue
				}
			}
			// "A Co., Ltd. / B Holdings Corp.": contacts for two firms,
			// no one of them.
			if k := strings.Index(t, " / "); k > 0 {
				if a, ok := f.byKey[nameKey(strings.TrimSpace(t[:k]))]; ok && a >= 0 && f.ents[a].kind == entity.KindCompany {
					f.contactOrg = -1
					contact = max(contact, 2)
					continue
				}
			}
			// "Tanjung Mineral: Dewi Anggraini, Head of Corporate
			// Communications, +62 ...": the firm the contact speaks for,
			// by a name the text gave it, before a colon.
			if k := strings.Index(t[:min(len(t), 50)], ": "); k > 0 {
				if o, ok := f.byKey[nameKey(t[:k])]; ok && o >= 0 && f.ents[o].kind == entity.KindCompany {
					a := l.ts + k + 2
					if c := strings.IndexByte(d.v.s[a:l.te], ','); c > 0 && c <= 40 && strings.Count(d.v.s[a:a+c], " ") <= 3 {
						if e := f.bylineNames(a, a+c); e >= 0 {
							ta := a + c + 1
							for ta < l.te && d.v.s[ta] == ' ' {
								ta++
							}
							tb := l.te
							if k := strings.IndexByte(d.v.s[ta:l.te], ','); k >= 0 {
								tb = ta + k
							}
							// ("Head - Investor Relations | ir@...": a bar
							// ends it too.)
							if k := strings.Index(d.v.s[ta:tb], " | "); k >= 0 {
								tb = ta + k
							}
							saved, n := f.contactOrg, len(f.ents[e].roles)
							f.contactOrg = o
							f.contactRole(e, ta, tb)
							f.contactOrg = saved
							// ("Zhou Ying, Investor Relations": the function
							// the contact works in; "Lee, Global PR Team":
							// the firm, whatever the team.)
							if len(f.ents[e].roles) == n {
								title := ""
								if functionPhrase(d.v.s[ta:tb]) {
									title = d.v.origText(ta, tb)
								}
								f.addRole(e, title, o)
							}
						}
					}
					continue
				}
			}
			// "Tom Whitcombe / Priya Nair" under the firm's line: two
			// contacts of the firm, parted by a slash.
			if k := strings.Index(t, " / "); k > 0 && f.contactOrg >= 0 && len(t) <= 60 && !strings.ContainsAny(t, ",:;@|0123456789") {
				a := l.ts
				for _, part := range strings.Split(t, " / ") {
					if n := strings.Count(part, " "); n >= 1 && n <= 3 {
						if e := f.bylineNames(a, a+len(part)); e >= 0 && f.ents[e].kind == entity.KindPerson && len(f.ents[e].roles) == 0 {
							f.addRole(e, "", f.contactOrg)
						}
					}
					a += len(part) + len(" / ")
				}
				continue
			}
			// "Mayumi Ota | +81 3 5423 7719 | ota@...": the contact's
			// name, then the phone, parted by bars.
			if k := strings.Index(t, " | "); k > 0 && k <= 30 && strings.Count(t[:k], " ") <= 3 && !strings.ContainsAny(t[:k], ",:;@0123456789") && contactDetail(t[k+3:]) {
				if e := f.bylineNames(l.ts, l.ts+k); e >= 0 && f.ents[e].kind == entity.KindPerson && f.contactOrg >= 0 && len(f.ents[e].roles) == 0 {
					f.addRole(e, "", f.contactOrg)
				}
				continue
			}
			// "Media Relations: Mai Okuhara" under the firm's line: the
			// function, a colon and the contact's name.
			if k := strings.Index(t[:min(len(t), 40)], ": "); k > 0 && functionPhrase(t[:k]) && len(t)-k-2 <= 30 && strings.Count(t[k+2:], " ") <= 3 && !strings.ContainsAny(t[k+2:], "@0123456789:;,") {
				if e := f.bylineNames(l.ts+k+2, l.te); e >= 0 && f.ents[e].kind == entity.KindPerson {
					f.addRole(e, d.v.origText(l.ts, l.ts+k), f.contactOrg)
				}
				continue
			}
			if c := strings.IndexByte(t, ','); c > 0 && c <= 40 && strings.Count(t[:c], " ") <= 3 {
				if e := f.bylineNames(l.ts, l.ts+c); e >= 0 {
					n := len(f.ents[e].roles)
					// ("Mr. X, Account Manager    Tel: +852 ...": the
					// phone after a column's gap.)
					te := l.te
					if g := strings.Index(t[c:], "   "); g > 0 {
						te = l.ts + c + g
					}
					f.contactRole(e, l.ts+c+1, te)
					// "Vivian Tsai, Corporate Communications" under the
					// firm's line: the firm, the function as the title.
					if len(f.ents[e].roles) == n && f.contactOrg >= 0 && f.ents[e].kind == entity.KindPerson {
						title := ""
						if fn := strings.TrimSpace(t[c+1:]); functionPhrase(fn) {
							title = d.v.origText(l.ts+c+1+strings.Index(t[c+1:], fn), l.te)
						}
						f.addRole(e, title, f.contactOrg)
					}
				}
				continue
			}
			// "Rina Kartika" over "Head of Corporate Communications,
			// PT X Tbk": the name alone, the title on the next line.
			if len(t) <= 30 && strings.Count(t, " ") <= 3 && !strings.ContainsAny(t, ",:;@0123456789") && i+1 < len(d.lines) {
				if e := f.bylineNames(l.ts, l.te); e >= 0 {
					n := d.lines[i+1]
					end := n.te
					// ("Head, Group Corporate Communications": a title and
					// the function it is held in, one title.)
					if c := strings.IndexByte(d.v.s[n.ts:n.te], ','); c > 0 && !functionPhrase(d.v.s[n.ts+c+1:n.te]) {
						end = n.ts + c
					}
					// "... over "Klebang Tin Holdings Berhad": the firm on
					// the line under the title.
					saved := f.contactOrg
					if i+2 < len(d.lines) && f.contactOrg < 0 {
						if o, ok := f.byKey[nameKey(strings.TrimSpace(d.text(d.lines[i+2])))]; ok && o >= 0 && f.ents[o].kind == entity.KindCompany {
							f.contactOrg = o
						} else if !ok && i+3 < len(d.lines) && contactDetail(d.text(d.lines[i+3])) && !contactDetail(d.text(d.lines[i+2])) {
							// "Jessica Tran" over "Senior Account Director"
							// over "Kingfisher Communications" over "+61 ...":
							// the firm the text names only there.
							if o := f.firmOfLine(d.lines[i+2].ts, d.lines[i+2].te); o >= 0 {
								f.contactOrg = o
							}
						}
					}
					f.contactRole(e, n.ts, end)
					f.contactOrg = saved
					// "James Colley" over "Bayside Communications" over
					// "T: +61 ...": the firm the contact speaks for.
					if len(f.ents[e].roles) == 0 && i+2 < len(d.lines) && contactDetail(d.text(d.lines[i+2])) {
						f.contactFirm(e, n.ts, n.te)
					}
					// "Mme Grâce Mwamba" over "Tel: +243 ...", under the
					// firm's line: the firm's contact, no title.
					if len(f.ents[e].roles) == 0 && f.contactOrg >= 0 && f.ents[e].kind == entity.KindPerson && contactDetail(d.text(n)) {
						f.addRole(e, "", f.contactOrg)
					}
					skip = i + 1
				}
				continue
			}
		}
		// "-- Farah Idris, editor" under a newsletter's last item: the
		// writer signs off after a dash.
		if i > d.body && l.kind != lBlank && f.signOff(l.ts, l.te) {
			continue
		}
		switch l.kind {
		case lByline, lCaption, lBoiler, lText:
		case lDate:
			// "By X, Senior Editor, Coal | 14 July 2027 | Updated ...":
			// the writer and the role before the bar.
			// (Only with a role: "By A, Brisbane, and B, Seoul | ..."
			// names two, read below.)
			if t := d.text(l); strings.HasPrefix(t, "By ") {
				if bar := strings.Index(t, " | "); bar > 3 && !strings.Contains(t[:bar], "   ") && !strings.Contains(t[:bar], " and ") {
					if r := writerRole(t[:bar]); r != "" {
						if c := strings.Index(t[:bar], ", "); c > 3 {
							if e := f.bylineNames(l.ts+3, l.ts+c); e >= 0 && f.ents[e].kind == entity.KindPerson {
								if len(f.ents[e].roles) == 0 {
									f.addRole(e, r, -1)
								}
								continue
							}
						}
					}
				}
			}
			// "2026-05-18 16:40   Source: X   By Xu Tingting": the
			// writer shares the date's line, set apart by spaces or a bar.
			if n := f.labelledBylines(l.ts, l.te); n > 0 {
			} else if b := sharedByline(d.text(l)); b > 0 {
				f.bylineNames(l.ts+b, l.te)
			} else if b := sharedBylineAfterBar(d.text(l)); b > 0 {
				f.bylineNames(l.ts+b, l.te)
			} else if b := writersAfterPublished(d.text(l)); b > 0 {
				f.bylineNames(l.ts+b, l.te)
			} else if n := nameBeforeBar(d.text(l)); n > 0 {
				f.bylineNames(l.ts, l.ts+n)
			} else if b, e := middleDotWriter(d.text(l)); e > b {
				f.bylineNames(l.ts+b, l.ts+e)
			}
			continue
		default:
			continue
		}
		// "(Editor: Li Na)" closing a story, as Chinese portals credit
		// the editor: the label is the role.
		if t := d.text(l); l.kind == lText && len(t) < 60 && (hasPrefixLower(t, "(editor: ") || hasPrefixLower(t, "(editors: ")) && strings.HasSuffix(t, ")") {
			c := strings.IndexByte(t, ':')
			if e := f.bylineNames(l.ts+c+1, l.te); e >= 0 && f.ents[e].kind == entity.KindPerson && len(f.ents[e].roles) == 0 {
				f.addRole(e, t[1:c], -1)
			}
			continue
		}
		// "The person responsible for arranging the release of this
		// announcement on behalf of the Company is X, Company
		// Secretary.": a London release's officer, in its boilerplate.
		if t := d.text(l); (l.kind == lText || l.kind == lBoiler) && i > d.body && len(t) < 400 {
			if k := strings.Index(t, "person responsible for "); k >= 0 {
				if is := strings.Index(t[k:], " is "); is > 0 {
					b := k + is + len(" is ")
					if c := strings.IndexByte(t[b:], ','); c > 0 && c <= 40 {
						if p := f.bylineNames(l.ts+b, l.ts+b+c); p >= 0 && f.ents[p].kind == entity.KindPerson && len(f.ents[p].roles) == 0 {
							ta := b + c + 1
							for ta < len(t) && t[ta] == ' ' {
								ta++
							}
							te := ta + strings.IndexAny(t[ta:]+".", ".;(")
							if te > ta && te-ta <= 60 {
								f.addRole(p, d.v.origText(l.ts+ta, l.ts+te), f.issuer)
							}
						}
					}
				}
				continue
			}
		}
		// "X Weekly is published by Y Media Pty Ltd. Editor: Z." under
		// a newsletter: the editor, of the publisher the line names.
		if t := d.text(l); (l.kind == lText || l.kind == lBoiler) && i > d.body && len(t) < 300 {
			if k := strings.Index(t, ". Editor: "); k > 0 && indexLower(t[:k], "published") >= 0 {
				b := k + len(". Editor: ")
				e := b + strings.IndexAny(t[b:]+".", ".|;(")
				if p := f.bylineNames(l.ts+b, l.ts+e); p >= 0 && f.ents[p].kind == entity.KindPerson && len(f.ents[p].roles) == 0 {
					f.addRole(p, "Editor", f.lineCompany(i))
				}
				continue
			}
		}
		if l.kind == lText && i == lastText && i > d.body {
			// "Hoang Anh" alone on the page's last line: the writer, as
			// some portals sign stories.
			if t := d.text(l); len(t) <= 30 && strings.Count(t, " ") <= 2 && !strings.ContainsAny(t, ".,:;!?\"") {
				f.bylineNames(l.ts, l.te)
			}
			continue
		}
		// "Priya Raman, Senior Analyst | +61 2 8224 3310 | mail" among
		// a research note's first lines: an analyst of the house whose
		// name heads the note.
		if (l.kind == lText || l.kind == lBoiler) && i < d.body && i < 40 {
			t := d.text(l)
			if c, e := analystLine(t); c > 0 {
				if p := f.bylineNames(l.ts, l.ts+c); p >= 0 && f.ents[p].kind == entity.KindPerson && len(f.ents[p].roles) == 0 {
					f.addRole(p, t[c+2:e], f.mastheadFirm())
				}
				continue
			}
		}
		// "Translated from a report first published in Thai.
		// Translation: X.": the translator, a writer of the page, even
		// on the line that stands under the headline.
		if (l.kind == lText || l.kind == lBoiler) && i < d.body && i != d.headline {
			if k := translatorAt(d.text(l)); k > 0 {
				f.bylineNames(l.ts+k, l.te)
				continue
			}
		}
		if l.kind == lText && (i >= d.body || i >= 40 || i == d.headline || i == d.summary) {
			continue // a writer's name stands in a page's first lines
		}
		t := d.text(l)
		var from int
		end := l.te // where the names end
		switch {
		case l.kind == lByline:
			if end, ok := reporterLine(t); ok {
				// "Peter Vassallo Resources reporter": the name, not
				// the desk; the desk and role are the writer's title.
				if e := f.bylineNames(l.ts, l.ts+end); e >= 0 && f.ents[e].kind == entity.KindPerson {
					f.addRole(e, strings.TrimSpace(t[end:]), -1)
				}
				continue
			}
			// "Aditi Menon  New Delhi": the name before the gap.
			if namePlaceLine(t) {
				f.bylineNames(l.ts, l.ts+namePlaceCut(t))
				continue
			}
			// "Reporter: Zhang Wei   Editor: Hu Lin", "Reporter: X |
			// Editor: Y": two writers, each after a label.
			if strings.Contains(t, "   ") && f.labelledBylines(l.ts, l.te) > 1 {
				continue
			}
			if strings.Contains(t, " | ") && writerLabels(t) > 1 {
				f.barBylines(l.ts, l.te)
				continue
			}
			from = bylineStart(t)
		case l.kind == lCaption:
			p := strings.LastIndexByte(t, '(')
			if p < 0 {
				p = 0
			}
			ok := false
			for _, pre := range captionCues {
				if hasPrefixLower(t[p:], pre) {
					from, ok = p+len(pre), true
					break
				}
			}
			// "[Photo: X (centre) witnesses ... - PAPER/Name]": the
			// credit after the caption's last dash.
			// ("[Photo: ... Credit: PAPER/Name]": after the label.)
			if !ok && t[0] == '[' && strings.HasSuffix(t, "]") {
				if k := strings.LastIndex(t, "Credit: "); k > 0 {
					from, ok, end = k+len("Credit: "), true, l.te-1
				} else if k := strings.LastIndex(t, " - "); k > 0 {
					from, ok, end = k+3, true, l.te-1
				}
			}
			if !ok {
				continue
			}
		case l.kind == lBoiler && (hasPrefixLower(t, "source:") || hasPrefixLower(t, "(reporting by") || hasPrefixLower(t, "reporting by") || hasPrefixLower(t, "editing by") ||
			hasPrefixLower(t, "additional reporting by") || hasPrefixLower(t, "(additional reporting by") || hasPrefixLower(t, "(edited by") || hasPrefixLower(t, "(editing by") || hasPrefixLower(t, "(compiled by") || hasPrefixLower(t, "(editor:") || hasPrefixLower(t, "(editors:")):
			from = strings.IndexByte(t, ':') + 1
			if from == 0 {
				from = indexLower(t[:min(len(t), 40)], "by ") + 3
			}
			// "Source: company filings, Kestrel Equities estimates": the
			// sources of a table's figures, firms and papers, no writer.
			if hasPrefixLower(t, "source:") && (strings.Contains(t, " estimates") || strings.Contains(t, " filings") || strings.Contains(t, " calculations") || strings.Contains(t, " data")) {
				continue
			}
		case l.kind == lText && i < d.body && i != d.headline && i != d.summary && (strings.IndexByte(t, ':') < 0 || hasPrefixLower(t, "by:")):
			// (Not a label and its value: "Announcement No. : 027".)
			from = -1
		default:
			continue
		}
		if from < 0 {
			// "Priya Raghavan" alone on the line above or below the
			// date: the writer.
			// Or over a line of the writer's role over the date: "Tom
			// Gallagher\nResources Editor\n11 September 2025".
			role := i+2 < len(d.lines) && roleLine(d.text(d.lines[i+1])) && d.lines[i+2].kind == lDate
			if d.nextKind(i, 1) == lDate || d.nextKind(i, -1) == lDate || role {
				// "Yuki Hamada, Staff writer" over the date.
				if c := strings.Index(t, ", "); c > 0 && c <= 30 && roleLine(t[c+2:]) {
					if e := f.bylineNames(l.ts, l.ts+c); e >= 0 && f.ents[e].kind == entity.KindPerson {
						f.addRole(e, t[c+2:], -1)
					}
					continue
				}
				// "Daniel Ho in Hong Kong": the writer and the place.
				name := t
				if k := strings.Index(t, " in "); k > 0 {
					name = t[:k]
				}
				if len(t) <= 40 && strings.Count(name, " ") <= 3 {
					if e := f.bylineNames(l.ts, l.te); e >= 0 && role && f.ents[e].kind == entity.KindPerson {
						f.addRole(e, d.text(d.lines[i+1]), -1)
					}
					continue
				}
			}
			f.gluedByline(l.ts, l.te)
			continue
		}
		// "Credit: IMMR/Subhash Rout", "(Kora Wire/Ramil Tabudlo)": the
		// agency, then its photographer after the slash.
		if l.kind == lCaption {
			if k := strings.LastIndexByte(t[from:end-l.ts], '/'); k > 0 && from+k+1 < len(t) && isUpper(t[from+k+1]) && t[from+k-1] != ' ' && !strings.ContainsAny(t[from+k+1:], "/.,;") {
				from += k + 1
			}
		}
		e := f.bylineNames(l.ts+from, end)
		if e < 0 || l.kind != lByline || f.ents[e].kind != entity.KindPerson {
			continue
		}
		// "By Claire Whitcombe, Commodities Editor", or the role on the
		// line below: the writer's title. "Reporter: Aditya Pratama":
		// the label is. A filing's "Reporter: X, Representative
		// Director & CEO" is the filer's officer who reports it.
		officer := false
		if c := strings.LastIndex(t, ", "); c > from && f.issuer >= 0 && len(f.ents[e].roles) == 0 && !roleWords(t[c+2:]) {
			f.contactRole(e, l.ts+c+2, l.te)
			officer = len(f.ents[e].roles) > 0
		}
		if officer {
			// (Read above.)
		} else if from >= 2 && t[from-2] == ':' && len(f.ents[e].roles) == 0 && !hasPrefixLower(t, "by:") {
			// "Analysts: Karen Ho (lead), +852 ... | Wang Dehua": each
			// writer the label names, an analyst each.
			label, org := t[:from-2], -1
			if label == "Analysts" || label == "Analyst" {
				// (Of the house whose name heads the note: "PEARL RIVER
				// SECURITIES | Equity Research".)
				label, org = "Analyst", f.mastheadFirm()
			}
			for _, p := range f.bylined {
				if f.ents[p].kind == entity.KindPerson && len(f.ents[p].roles) == 0 {
					f.addRole(p, label, org)
				}
			}
		} else if c := strings.LastIndex(t, ", "); c > 0 && roleWords(t[c+2:]) {
			f.addRole(e, t[c+2:], -1)
		} else if r := writerRole(t); r != "" {
			// "By X, Senior Editor, Coal": the role, then the desk.
			f.addRole(e, r, -1)
		} else if i+1 < len(d.lines) && roleLine(d.text(d.lines[i+1])) {
			f.addRole(e, d.text(d.lines[i+1]), -1)
		}
	}
}

// signOff reads a line that is a writer's sign-off, a dash, the name and
// maybe a comma and the writer's role: "-- Farah Idris, editor", "—
// Tom Hale, Asia editor", "-- Tom Hale". It reports whether it read a
// person.
func (f *entFinder) signOff(ts, te int) bool {
	t := f.d.v.s[ts:te]
	// (The view writes every dash as a hyphen. "- Name" alone may be an
	// item of a list: only with a role is it a sign-off.)
	n := 0
	switch {
	case strings.HasPrefix(t, "-- "):
		n = 3
	case strings.HasPrefix(t, "- "):
		n = 2
	}
	if n == 0 || len(t) > 60 {
		return false
	}
	end, role := te, ""
	if c := strings.Index(t, ", "); c > n {
		if !roleWords(t[c+2:]) {
			return false
		}
		end, role = ts+c, t[c+2:]
	} else if n == 2 {
		return false
	}
	if strings.Count(f.d.v.s[ts+n:end], " ") > 3 || strings.ContainsAny(f.d.v.s[ts+n:end], ".:;!?\"0123456789") {
		return false
	}
	e := f.bylineNames(ts+n, end)
	if e < 0 || f.ents[e].kind != entity.KindPerson {
		return false
	}
	if role != "" && len(f.ents[e].roles) == 0 {
		f.addRole(e, role, -1)
	}
	return true
}

// boardHeading returns the company whose board a heading names ("4.5
// Board of directors of KPM after the transaction"), or -1.
func (f *entFinder) boardHeading(t string) int {
	t = strings.TrimLeft(t[sectionNumber(t):], " ")
	const head = "board of directors of "
	if !hasPrefixLower(t, head) {
		return -1
	}
	rest := t[len(head):]
	for _, w := range []string{" after ", " before ", " as ", " following ", ":"} {
		if k := strings.Index(rest, w); k > 0 {
			rest = rest[:k]
		}
	}
	rest = strings.TrimSpace(rest)
	if e, ok := f.byKey[nameKey(rest)]; ok && e >= 0 && f.ents[e].kind == entity.KindCompany {
		return e
	}
	// A short name defined in brackets ("KPM").
	for e, x := range f.ents {
		if x.kind == entity.KindCompany && x.into < 0 && slices.Contains(x.names, rest) {
			return e
		}
	}
	return -1
}

// boardList reads, from line i, the lines of a list of directors, each a
// number, the name and the post in columns: "1. Mr. Kittipong Srisawat
// Chairman    (nominated by the Company)". The people hold the posts at
// org.
func (f *entFinder) boardList(i, org int) {
	d := f.d
	for k := i; k < len(d.lines) && k < i+16; k++ {
		l := d.lines[k]
		t := d.text(l)
		if l.kind == lBlank {
			if k == i {
				continue
			}
			return
		}
		lead := len(t) - len(strings.TrimLeft(t, " "))
		n := itemNumber(t[lead:])
		if n == 0 {
			return
		}
		a := l.ts + lead + n
		cells := fieldCells(nil, d.v.s, a, l.te)
		if len(cells) < 2 {
			return
		}
		na := cells[0].Start
		for _, h := range []string{"Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Mr ", "Ms ", "Mrs ", "Dr "} {
			if strings.HasPrefix(d.v.s[na:cells[0].End], h) {
				na += len(h)
				break
			}
		}
		e := f.bylineNames(na, cells[0].End)
		if e < 0 || f.ents[e].kind != entity.KindPerson {
			continue
		}
		title := d.v.s[cells[1].Start:cells[1].End]
		if w := strings.Fields(title); len(w) > 0 && len(w) <= 4 && titleHeads[strings.ToLower(w[len(w)-1])] {
			f.addRole(e, d.v.origText(cells[1].Start, cells[1].End), org)
		}
	}
}

// firstCell returns the text of t before a gap of three spaces or more:
// the left column of a line set in two.
func firstCell(t string) string {
	t = strings.TrimSpace(t)
	if k := strings.Index(t, "   "); k >= 0 {
		return t[:k]
	}
	return t
}

// directorsHeading returns the post a heading of a board's list gives
// the names under it, "Independent non-executive Directors:" giving
// "Independent non-executive Director"; or "".
func directorsHeading(c string) string {
	h, ok := strings.CutSuffix(c, ":")
	if !ok || len(h) > 60 || strings.Count(h, " ") > 4 {
		return ""
	}
	low := strings.ToLower(h)
	if !strings.HasSuffix(low, "directors") && !strings.HasSuffix(low, "director") || strings.HasPrefix(low, "board") {
		return ""
	}
	return strings.TrimSuffix(h, "s")
}

// directorsColumn reads the names under a board list's heading at line
// i, in the left column of a circular's letter from the board: each
// "Mr. A (Chairman)" holds the post in brackets, else the heading's, at
// the issuer.
func (f *entFinder) directorsColumn(i int) {
	d := f.d
	group := directorsHeading(firstCell(d.text(d.lines[i])))
	if f.issuer < 0 || group == "" {
		return
	}
	for k := i + 1; k < len(d.lines) && k < i+12; k++ {
		l := d.lines[k]
		if l.kind == lBlank {
			return
		}
		t := d.text(l)
		lead := len(t) - len(strings.TrimLeft(t, " "))
		c := firstCell(t)
		if lead > 0 || c == "" {
			// A line of the right column only.
			continue
		}
		na, ne := l.ts+lead, l.ts+lead+len(c)
		h := ""
		for _, p := range []string{"Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Prof. ", "Professor ", "Mr ", "Ms ", "Mrs ", "Dr "} {
			if strings.HasPrefix(c, p) {
				h = p
				break
			}
		}
		if h == "" {
			return
		}
		na += len(h)
		title := group
		if strings.HasSuffix(c, ")") {
			if b := strings.LastIndex(c, " ("); b > 0 {
				title = c[b+2 : len(c)-1]
				ne = l.ts + lead + b
			}
		}
		if e := f.bylineNames(na, ne); e >= 0 && f.ents[e].kind == entity.KindPerson {
			f.addRole(e, title, f.issuer)
		}
	}
}

// firmWordOpens reports whether the first word of name opens the name of
// a company found before.
func (f *entFinder) firmWordOpens(name string) bool {
	w, _, _ := strings.Cut(name, " ")
	for _, x := range f.ents {
		if x.kind == entity.KindCompany && strings.HasPrefix(x.name, w+" ") {
			return true
		}
	}
	return false
}

// agencyName reports a name of two to five capitalised words that ends
// as an agency's does, with no legal form: "Hikari Public Relations",
// "Harbour Street Communications".
func agencyName(t string) bool {
	if n := strings.Count(t, " ") + 1; n < 2 || n > 5 {
		return false
	}
	for w := range strings.FieldsSeq(t) {
		if !isUpper(w[0]) && w != "&" {
			return false
		}
	}
	return hasAnySuffix(t, " Public Relations", " Communications", " Consulting", " Advisory", " PR")
}

// roleLine reports a line that is a writer's role alone: "Resources
// Editor", "Senior Correspondent".
func roleLine(t string) bool {
	return t != "" && isUpper(t[0]) && roleWords(t)
}

// roleWords reports a writer's role in capitals or not: "editor",
// "Senior Correspondent".
// writerRole returns the writer's role in a byline "By X, Senior
// Editor, Coal": the first part after the name that roleWords reads, or
// "".
func writerRole(t string) string {
	_, rest, ok := strings.Cut(t, ", ")
	for ok {
		var p string
		p, rest, ok = strings.Cut(rest, ", ")
		if roleWords(p) {
			return p
		}
	}
	return ""
}

func roleWords(t string) bool {
	if len(t) > 40 || strings.Count(t, " ") > 3 || t == "" {
		return false
	}
	last := t[strings.LastIndexByte(t, ' ')+1:]
	for _, r := range []string{"reporter", "correspondent", "editor", "writer", "columnist", "journalist"} {
		if strings.EqualFold(last, r) {
			return true
		}
	}
	return false
}

// nameBeforeBar returns the end of a writer's name that opens a date
// line before a bar, with or without a city: "Yuki Matsuda, Tokyo | 27
// February 2025", "Ana Reyes | May 2, 2026"; or 0.
func nameBeforeBar(t string) int {
	k := strings.Index(t, " | ")
	if k < 0 {
		return 0
	}
	head := t[:k]
	if c := strings.IndexByte(head, ','); c > 0 {
		head = head[:c]
	}
	words := 0
	for w := range strings.SplitSeq(head, " ") {
		if w == "" || !isUpper(w[0]) {
			return 0
		}
		for i := 1; i < len(w); i++ {
			if !isLetter(w[i]) && w[i] != '-' && w[i] != '\'' {
				return 0
			}
		}
		words++
	}
	if words < 2 || words > 4 {
		return 0
	}
	return len(head)
}

// nextKind returns the kind of the first line that is not blank from
// line i in direction dir (1 or -1), or lBlank when there is none.
func (d *doc) nextKind(i, dir int) lineKind {
	for j := i + dir; j >= 0 && j < len(d.lines); j += dir {
		if d.lines[j].kind != lBlank {
			return d.lines[j].kind
		}
	}
	return lBlank
}

// sharedByline returns where the names begin after a "By" that a date
// line holds apart from the date, after two spaces, a tab or a bar, or
// after a writer's label set apart by a column's gap; or 0.
func sharedByline(t string) int {
	// "By X   February 24, 2026": the writer first.
	if strings.HasPrefix(t, "By ") {
		return len("By ")
	}
	// "Reporter Kim Ha-eun | Published 2026.07.14 17:32", as Korean
	// portals sign a story.
	if strings.HasPrefix(t, "Reporter ") && len(t) > len("Reporter ") && isUpper(t[len("Reporter ")]) {
		return len("Reporter ")
	}
	for from := 0; ; {
		k := strings.Index(t[from:], "By ")
		if k < 0 {
			return 0
		}
		k += from
		if k >= 2 && (t[k-1] == '\t' || t[k-2:k] == "  " || t[k-2:k] == "| ") {
			return k + len("By ")
		}
		from = k + 1
	}
}

// bylineLabels set apart by spaces label the writers on a date's line.
var bylineLabels = []string{"  Editor: ", "  Reporter: ", "  Author: ", "  Writer: "}

// labelledBylines reads the writers on a date's line at [a, b), each
// after its label: "2025-10-24 08:30   Source: X   Reporter: Liu Jing
// Editor: Zhao Peiyu". It returns how many labels it read.
// writerLabels counts the fields of t, parted by bars, that name a
// writer after a label of the trade: "Reporter: X | Editor: Y", "Editor:
// X | Korea correspondent: Y".
func writerLabels(t string) int {
	n := 0
	for field := range strings.SplitSeq(t, " | ") {
		if label, _, ok := strings.Cut(field, ": "); ok && writerLabel(label) {
			n++
		}
	}
	return n
}

// writerLabel reports a label whose last word is a writer's trade.
func writerLabel(label string) bool {
	if len(label) > 40 {
		return false
	}
	w := strings.ToLower(label[strings.LastIndexByte(label, ' ')+1:])
	switch w {
	case "reporter", "correspondent", "editor", "writer", "columnist", "journalist", "author":
		return true
	}
	return false
}

// barBylines reads the writers of a line of fields parted by bars, each
// after its label, and gives each the label as its title.
func (f *entFinder) barBylines(a, b int) {
	t := f.d.v.s[a:b]
	at := 0
	for field := range strings.SplitSeq(t, " | ") {
		if label, _, ok := strings.Cut(field, ": "); ok && writerLabel(label) {
			start := a + at + len(label) + len(": ")
			if p := f.bylineNames(start, a+at+len(strings.TrimRight(field, " "))); p >= 0 && f.ents[p].kind == entity.KindPerson && len(f.ents[p].roles) == 0 {
				f.addRole(p, strings.TrimSpace(label), -1)
			}
		}
		at += len(field) + len(" | ")
	}
}

func (f *entFinder) labelledBylines(a, b int) int {
	t := f.d.v.s[a:b]
	var at [4]int
	n := 0
	for _, c := range bylineLabels {
		if k := strings.Index(t, c); k >= 0 {
			at[n] = k
			n++
		} else if strings.HasPrefix(t, c[2:]) {
			// "Reporter: Zhang Wei   Editor: Hu Lin": the first label
			// opens the line.
			at[n] = 0
			n++
		}
	}
	if n == 0 {
		return 0
	}
	slices.Sort(at[:n])
	for m := range n {
		end := len(t)
		if m+1 < n {
			end = at[m+1]
		}
		start := at[m] + strings.IndexByte(t[at[m]:], ':') + 2
		if e := len(strings.TrimRight(t[:end], " ")); e > start {
			// The label is the writer's title: "Reporter", "Editor".
			if p := f.bylineNames(a+start, a+e); p >= 0 && f.ents[p].kind == entity.KindPerson && len(f.ents[p].roles) == 0 {
				f.addRole(p, strings.TrimSpace(t[at[m]:start-2]), -1)
			}
		}
	}
	return n
}

// sharedBylineAfterBar returns where the writer's name starts in a date
// line's field "| Interview by X" or "| Words by X", or in such a field
// that opens the line, or 0.
// middleDotWriter returns where the writer's name is in a date line of
// fields parted by middle dots, "June 18, 2026 · Jenny Moka · 9 min
// read": the one field of two or three capitalised words. It returns
// equal offsets when there is none.
func middleDotWriter(t string) (int, int) {
	const dot = " \u00b7 "
	if !strings.Contains(t, dot) {
		return 0, 0
	}
	at := 0
	for part := range strings.SplitSeq(t, dot) {
		a := at
		at += len(part) + len(dot)
		w := strings.Fields(part)
		if len(w) < 2 || len(w) > 3 {
			continue
		}
		ok := true
		for _, x := range w {
			if !isUpper(x[0]) || strings.ContainsAny(x, "0123456789,:|@") || len(x) < 2 {
				ok = false
			}
		}
		if _, n := dateAt(part); ok && n == 0 {
			b := a + strings.Index(part, w[0])
			return b, b + len(strings.TrimSpace(part[b-a:]))
		}
	}
	return 0, 0
}

// writersAfterPublished returns the offset of the writers' names after
// the last bar of a date line that opens with "Published" or "Posted":
// "Published July 3, 2026 | Ken Okabe and Priya Nandakumar"; 0 when the
// line has none.
func writersAfterPublished(t string) int {
	if !strings.HasPrefix(t, "Published ") && !strings.HasPrefix(t, "Posted ") {
		return 0
	}
	k := strings.LastIndex(t, "| ")
	if k < 0 {
		return 0
	}
	rest := strings.TrimSpace(t[k+2:])
	words := strings.Fields(rest)
	if len(words) < 2 || len(words) > 8 {
		return 0
	}
	for _, w := range words {
		w = strings.TrimSuffix(w, ",")
		if w == "and" {
			continue
		}
		if !isUpper(w[0]) || strings.ContainsAny(w, "0123456789:") || industryWords[strings.ToLower(w)] || notNames[w] {
			return 0
		}
		if _, ok := commodity.Lookup(w); ok {
			return 0
		}
	}
	return k + 2 + strings.Index(t[k+2:], rest)
}

func sharedBylineAfterBar(t string) int {
	for _, c := range []string{"| Interview by ", "| Interviewed by ", "| Words by ", "| Report by ", "| Story by ", "| Text by ", "| Photos by ", "| Photo by ", "| Photographs by "} {
		if k := strings.Index(t, c); k >= 0 {
			return k + len(c)
		}
		// "Interview by X  |  November 3, 2025": the field opens the line.
		if strings.HasPrefix(t, c[2:]) {
			return len(c) - 2
		}
	}
	return 0
}

// signatureCue reports the line that opens a filing's or a letter's
// signature.
func signatureCue(t string) bool {
	if len(t) > 60 || len(t) == 0 || cueFirst[t[0]]&cueSignature == 0 {
		return false
	}
	for _, c := range signatureCues {
		if hasPrefixLower(t, c) {
			return true
		}
	}
	return false
}

// signatureCues open a signature, in lower case.
var signatureCues = []string{"by order of the board", "on behalf of the board", "for and on behalf of",
	"respectfully", "sincerely", "yours faithfully", "yours sincerely", "yours truly", "thanking you"}

// signature reads the signers of a filing from line i on: each a line that
// is a person's name, then a line that is a title. The titles are held at
// the company the signature names, else at the issuer.
func (f *entFinder) signature(i int) {
	d := f.d
	org := -1
	for k := i; k < len(d.lines) && k < i+12; k++ {
		l := d.lines[k]
		t := d.text(l)
		if l.kind == lBlank || t == "" {
			continue
		}
		// "Hendra Gunawan Saputra      Lestari Wulandari" over "President
		// Director      Director": signers side by side, in columns.
		if strings.Contains(t, "   ") && len(t) <= 120 && k+1 < len(d.lines) {
			f.signersInColumns(l, d.lines[k+1], org)
			k++
			continue
		}
		if len(t) > 60 || strings.Count(t, " ") > 6 {
			return
		}
		if org < 0 {
			// ("For Shivalik Carbon Limited" over the signer, as Indian
			// filings sign.)
			name := t
			if rest, ok := strings.CutPrefix(t, "For "); ok {
				name = rest
			}
			if e, ok := f.byKey[nameKey(name)]; ok && e >= 0 && f.ents[e].kind == entity.KindCompany {
				org = e
				continue
			}
		}
		// "Wong Mei Ling (MAICSA 7061234)": the signer's membership
		// number after the name.
		if b := strings.LastIndex(t, " ("); b > 0 && strings.HasSuffix(t, ")") && strings.ContainsAny(t[b:], "0123456789") {
			t, l.te = t[:b], l.ts+b
		}
		// "(Mr. Anan Chaiwat)": a Thai filing's signer in brackets.
		if len(t) > 2 && t[0] == '(' && t[len(t)-1] == ')' && !strings.ContainsAny(t[1:len(t)-1], "()") {
			t, l.ts, l.te = t[1:len(t)-1], l.ts+1, l.te-1
		}
		// "CHAIRMAN" over "(signed and sealed)" and the signer's name:
		// the title first, as Vietnamese filings sign.
		if w := strings.Fields(t); len(w) <= 5 && titleHeads[strings.ToLower(w[len(w)-1])] {
			n := k + 1
			for n < len(d.lines) && n < k+3 && (d.lines[n].kind == lBlank || signedNote(d.text(d.lines[n]))) {
				n++
			}
			if n < len(d.lines) && n > k {
				if nl := d.lines[n]; strings.Count(d.text(nl), " ") <= 3 {
					if e := f.bylineNames(nl.ts, nl.te); e >= 0 {
						f.signerRole(e, l.ts, l.te, org)
						k = n
						continue
					}
				}
			}
		}
		if strings.Count(t, " ") > 3 || k+1 >= len(d.lines) {
			continue
		}
		next := d.lines[k+1]
		if !signerTitle(d.text(next)) {
			continue
		}
		if e := f.bylineNames(l.ts, l.te); e >= 0 {
			f.signerRole(e, next.ts, next.te, org)
		}
		k++
	}
}

// signerTitle reports a line under a signer's name that is a title: a
// few words that end in a title's head, or whose words before "of" do
// ("Chairman of the Board of Directors").
func signerTitle(t string) bool {
	w := strings.Fields(t)
	if len(w) == 0 || len(w) > 8 {
		return false
	}
	if titleHeads[strings.ToLower(w[len(w)-1])] {
		return true
	}
	for k := 1; k < len(w) && k <= 4; k++ {
		if w[k] == "of" {
			return titleHeads[strings.ToLower(w[k-1])]
		}
	}
	return false
}

// signedNote reports a line that only notes a signature: "(signed and
// sealed)", "(Signed)", "[signed]".
func signedNote(t string) bool {
	return len(t) < 40 && (hasPrefixLower(t, "(signed") || hasPrefixLower(t, "[signed") || hasPrefixLower(t, "(sealed") || hasPrefixLower(t, "(sd"))
}

// signersInColumns reads signers set side by side: the names on line
// names, their titles in the same columns of line titles.
func (f *entFinder) signersInColumns(names, titles line, org int) {
	s := f.d.v.s
	nc := qty.Cells(nil, s, qty.Span{Start: names.ts, End: names.te})
	tc := qty.Cells(nil, s, qty.Span{Start: titles.ts, End: titles.te})
	if len(nc) < 2 || len(nc) > 4 || len(tc) != len(nc) {
		return
	}
	for k := range nc {
		w := strings.Fields(s[tc[k].Start:tc[k].End])
		if len(w) == 0 || len(w) > 8 || !titleHeads[strings.ToLower(w[len(w)-1])] {
			continue
		}
		if e := f.bylineNames(nc[k].Start, nc[k].End); e >= 0 {
			f.signerRole(e, tc[k].Start, tc[k].End, org)
		}
	}
}

// signerRole gives person e the title written in the view range [a, b),
// held at org, or at the issuer when org is -1.
func (f *entFinder) signerRole(e, a, b, org int) {
	// A letter signed for the company its headline names ("X – Annual
	// Report 2026" over "Dear Shareholders,").
	if org < 0 && f.issuer < 0 {
		org = f.headlineFirm()
	}
	if org < 0 {
		f.contactRole(e, a, b)
		return
	}
	s := f.d.v.s
	for a < b && s[a] == ' ' {
		a++
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	f.addRole(e, f.d.v.origText(a, b), org)
}

// contactCues begin the line above the contacts of a press release, in
// lower case.
var contactCues = []string{"media contact", "media contacts", "for further information", "for more information", "for inquiries", "for enquiries", "inquiries:", "enquiries:", "company officers", "officers:",
	"investor contact", "investor contacts", "investor enquiries", "investor inquiries", "media enquiries", "media inquiries", "contact:", "contacts:", "investor relations:", "media:", "investors:",
	"disclosure officer:", "person in charge of disclosure:", "disclosure contact:",
	"for media enquiries", "for media inquiries", "for investor relations", "for investor enquiries", "for investor inquiries", "for media:"}

// analystBarLine reads a research note's writer line: a name (and a
// credential after a comma), a bar, a title, a bar and a phone or a
// mail. It returns the end of the name and the title's bounds.
func analystBarLine(t string) (nameEnd, titleStart, titleEnd int, ok bool) {
	a := strings.Index(t, " | ")
	if a <= 0 || a > 40 || len(t) > 160 {
		return 0, 0, 0, false
	}
	b := strings.Index(t[a+3:], " | ")
	if b <= 0 || b > 60 {
		return 0, 0, 0, false
	}
	b += a + 3
	// A phone ("+852 3920 1188") or a mail after the title.
	rest := t[b+3:]
	if p, _, _ := strings.Cut(rest, " | "); !(strings.HasPrefix(p, "+") && digitsUpTo(p, 8) >= 8) && !strings.Contains(p, "@") {
		return 0, 0, 0, false
	}
	nameEnd = a
	if c := strings.IndexByte(t[:a], ','); c > 0 {
		nameEnd = c
	}
	title := t[a+3 : b]
	if title == "" || !isUpper(title[0]) || strings.ContainsAny(title, "@0123456789") {
		return 0, 0, 0, false
	}
	// The title is an analyst's: "Analyst", "Head of Resources
	// Research", "Senior Strategist".
	last := strings.ToLower(title[strings.LastIndexByte(title, ' ')+1:])
	switch {
	case last == "analyst" || last == "research" || last == "strategist" || last == "economist" || last == "associate" || last == "director" || last == "head":
	case strings.HasPrefix(title, "Head of "):
	default:
		return 0, 0, 0, false
	}
	return nameEnd, a + 3, b, true
}

// cueWithName reports a contact cue with a name after its colon on the
// same line: "Investor Relations: Tom Beasley".
func cueWithName(t string) bool {
	c := strings.IndexByte(t, ':')
	if c < 0 || c+2 >= len(t) {
		return false
	}
	rest := strings.TrimSpace(t[c+1:])
	return rest != "" && isUpper(rest[0]) && strings.Count(rest, " ") <= 3 && !strings.ContainsAny(rest, "@0123456789:;,") && !functionPhrase(rest) && !hasLegalWord(rest)
}

// contactCue reports a line that heads the contacts of a press release.
func contactCue(t string) bool {
	if len(t) > 40 || len(t) == 0 || cueFirst[t[0]]&cueContact == 0 {
		return false
	}
	// A research note's "Analysts" over its writers' lines.
	for _, w := range contactHeads {
		if equalLower(t, w) {
			return true
		}
	}
	for _, c := range contactCues {
		if hasPrefixLower(t, c) {
			return true
		}
	}
	return false
}

// contactHeads are the whole lines that head the contacts of a research
// note, in lower case.
var contactHeads = []string{"analysts", "analyst", "research team", "media", "media relations"}

// The bits of cueFirst.
const (
	cueContact   = 1 << iota // a byte that opens a line contactCue may report
	cueSignature             // a byte that opens a line signatureCue may report
)

// cueFirst holds, for every byte, the bits of the cues whose first
// letter it is in either case, so that contactCue and signatureCue
// dismiss most short lines by their first byte. It is built once and
// never modified.
var cueFirst = func() (t [256]uint8) {
	add := func(bit uint8, cues ...string) {
		for _, cue := range cues {
			for c := range t {
				if lower(byte(c)) == cue[0] {
					t[c] |= bit
				}
			}
		}
	}
	add(cueContact, contactCues...)
	add(cueContact, contactHeads...)
	add(cueSignature, signatureCues...)
	return t
}()

// captionCues begin the credit of a photo caption, in lower case.
var captionCues = []string{"(credit:", "(photo:", "(photo by", "(image:", "photo:", "image:", "photo by"}

// bylineCues begin a byline, in lower case.
var bylineCues = []string{"interview by ", "interviewed by ", "interviews by ", "written by ", "posted by ", "reported by ", "compiled by ", "by: ", "by ", "editor: ", "edited by ", "analyst: ", "analysts: ", "author: ", "reporter: ", "reporters: ", "writer: ", "reporter "}

// bylineStart returns where the names begin in a byline: after "By",
// "Written by" and the like.
func bylineStart(t string) int {
	if k := datedByline(t, lowerASCII(t[:min(len(t), 100)])); k > 0 {
		return k
	}
	for _, p := range bylineCues {
		if hasPrefixLower(t, p) {
			return len(p)
		}
	}
	if equalLower(t, "author") || equalLower(t, "authors") || equalLower(t, "by") {
		return len(t)
	}
	return 0
}

// hasPrefixLower reports whether s begins with p, a lower-case ASCII
// text, once the ASCII capitals of s are lowered: as
// strings.HasPrefix(lowerASCII(s), p), without the copy.
func hasPrefixLower(s, p string) bool {
	return len(s) >= len(p) && equalLower(s[:len(p)], p)
}

// equalLower reports whether lowerASCII(s) == p, for p in lower case.
func equalLower(s, p string) bool {
	if len(s) != len(p) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(s[i]) != p[i] {
			return false
		}
	}
	return true
}

// indexLower is strings.Index(lowerASCII(s), p), for p in lower case.
func indexLower(s, p string) int {
	for i := 0; i+len(p) <= len(s); i++ {
		if equalLower(s[i:i+len(p)], p) {
			return i
		}
	}
	if p == "" {
		return 0
	}
	return -1
}

// translatorAt returns where the translator's name starts in line t,
// after "Translation: " or "Translated by "; 0 where t names none.
func translatorAt(t string) int {
	for _, cue := range []string{"translation: ", "translated by "} {
		if k := indexLower(t, cue); k >= 0 && k+len(cue) < len(t) && isUpper(t[k+len(cue)]) {
			return k + len(cue)
		}
	}
	return 0
}

// bylineNames reads the names of a byline in view range [a, b):
// separated by commas, "and", ";", "|", "/" or "from", and each a
// person's name only when it has a person's shape.
func (f *entFinder) bylineNames(a, b int) int {
	last := -1
	f.bylined = f.bylined[:0]
	base := len(f.toks)
	f.toks = tokenize(f.d.v.s, a, b, f.toks)
	lexAll(f.d.v.s, f.toks[base:])
	for range len(f.toks) - base {
		f.tokSeg = append(f.tokSeg, -1)
	}
	end := len(f.toks)
	for k := base; k < end; {
		if !f.nameTok(k) {
			// Only the first name after a cue such as "Editing by".
			k++
			continue
		}
		// "Mr. Anan Chaiwat" under a signature: the name after the
		// honorific.
		if f.has(k, lxHonorifics) && k+1 < end && (f.nameTok(k+1) || f.punct(k+1, '.') && k+2 < end && f.nameTok(k+2)) {
			if k++; f.punct(k, '.') {
				k++
			}
		}
		j := k
		if k > base && f.word(k-1, "in") {
			// "Reporting by X in Kuala Lumpur": a place.
			for j < end && f.nameTok(j) {
				j++
			}
			// "By X in Singapore" names a country; "in Kuala Lumpur"
			// none.
			if c, w, ok := f.countryAt(k, j, true); ok && w == j-k {
				f.countryMention(k, j, c)
			}
			k = j
			continue
		}
		for j < end && f.nameTok(j) && !(j > k && (f.word(j, "Editing") || f.word(j, "Reporting") || f.calendarWord(j) && j+1 < end && (f.toks[j+1].f&tDigit != 0 || f.punct(j+1, ',')))) {
			j++
		}
		if f.bylineName(k, j) {
			e, ok := f.byKey[string(f.keyBytes(k, j))]
			if !ok || f.ents[e].kind != entity.KindPerson {
				e = f.newEntity(entity.KindPerson)
			}
			f.mentionAt(k, j, e)
			last = e
			f.bylined = append(f.bylined, e)
		}
		k = j
	}
	return last
}

// contactRole reads the title after a contact's name, "Andrew Petrakis,
// Managing Director", in the view range [a, b): a few words ending in a
// title's head. An officer's title is held at the issuer of the
// announcement, when it defines one.
func (f *entFinder) contactRole(e, a, b int) {
	s := f.d.v.s
	for a < b && s[a] == ' ' {
		a++
	}
	// "Head of Investor Relations (Tel. 02-6200-1475)": the title
	// before the bracket.
	if k := strings.Index(s[a:b], " ("); k > 0 {
		b = a + k
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	// "General Manager, Corporate Communications": the title's check
	// is of the words before the function.
	tb := b
	if c := strings.LastIndexByte(s[a:b], ','); c > 0 && functionPhrase(s[a+c+1:b]) {
		tb = a + c
	}
	// "Head - Corporate Communications", "Head - Investor Relations".
	if c := strings.Index(s[a:b], " - "); c > 0 && functionPhrase(s[a+c+3:b]) {
		tb = a + c
	}
	w := strings.Fields(s[a:tb])
	// "Head of Corporate Communications": a head and its field.
	// ("General Manager of Corporate Communications": a head of two
	// words.)
	headOf := len(w) >= 3 && len(w) <= 6 && titleHeads[strings.ToLower(w[0])] && w[1] == "of" ||
		len(w) >= 4 && len(w) <= 7 && titleHeads[strings.ToLower(w[1])] && w[2] == "of" && functionPhrase(strings.Join(w[3:], " "))
	if len(w) == 0 || len(w) > 8 && !headOf || !titleHeads[strings.ToLower(w[len(w)-1])] && !headOf {
		return
	}
	// Capitalised, or all in lower case ("spokesperson").
	upper, lower := 0, 0
	for _, x := range w {
		switch {
		case isUpper(x[0]):
			upper++
		case x != "and" && x != "of" && x != "&" && x != "the":
			// ("Chairman of the Board of Directors".)
			lower++
		}
	}
	if upper > 0 && lower > 0 {
		return
	}
	org := -1
	if f.issuer >= 0 {
		org = f.issuer
	}
	if f.contactOrg >= 0 {
		org = f.contactOrg
	}
	f.addRole(e, f.d.v.origText(a, b), org)
}

// functionPhrase reports words that name a firm's function, as a title
// may be held in: "Corporate Communications", "Investor Relations".
func functionPhrase(t string) bool {
	n := 0
	for w := range strings.FieldsSeq(t) {
		if w == "and" || w == "&" {
			continue
		}
		// ("IR and Corporate Communications Group": a unit's word after
		// a function.)
		// ("Group Corporate Communications": the group's own function.)
		if !functionWords[strings.ToLower(w)] && !(n > 0 && (w == "Group" || w == "Department" || w == "Division")) && !(n == 0 && w == "Group") {
			return false
		}
		n++
	}
	return n > 0
}

// companyAt returns the company whose name, or the one name it opens,
// the name tokens from k (before end) write; or -1.
func (f *entFinder) companyAt(k, end int) int {
	j := k
	for j < end && j < k+6 && f.nameTok(j) {
		j++
	}
	if j == k {
		return -1
	}
	key := f.keyBytes(k, j)
	if e, ok := f.byKey[string(key)]; ok && f.ents[e].kind == entity.KindCompany {
		return e
	}
	if c := f.prefixes[string(key)]; len(c) == 1 && f.ents[c[0]].kind == entity.KindCompany {
		return c[0]
	}
	return -1
}

// issuingCompany returns the company a filing's "Details of issuing
// company" section names on its "Name:" line, or -1.
func (f *entFinder) issuingCompany() int {
	ls := f.d.lines
	low := f.d.lower()
	for i := range ls {
		t := low[ls[i].ts:ls[i].te]
		if t = strings.TrimRight(t, " :"); len(t) > 60 || !strings.HasSuffix(t, "issuing company") && !strings.HasSuffix(t, "issuing corporation") {
			continue
		}
		for j := i + 1; j < len(ls) && j <= i+3; j++ {
			u := strings.TrimLeft(low[ls[j].ts:ls[j].te], " -")
			if !strings.HasPrefix(u, "name:") && companyNameLabel(u) == 0 {
				continue
			}
			for k := f.tokAt(ls[j].ts); k < len(f.toks) && f.toks[k].a < ls[j].te; k++ {
				if n := f.tokSeg[k]; n >= 0 && f.segs[n].ent >= 0 {
					if e := f.root(f.segs[n].ent); f.ents[e].kind == entity.KindCompany {
						return e
					}
				}
			}
			return -1
		}
	}
	return -1
}

// sectionCompany returns the company of the "(1) Name: Y" line that
// opens the numbered section of a filing that view offset at is in, or
// -1.
func (f *entFinder) sectionCompany(at int) int {
	ls := f.d.lines
	i := sort.Search(len(ls), func(i int) bool { return ls[i].te >= at })
	if i == len(ls) || ls[i].ts > at {
		return -1
	}
	j := f.d.sectionNameLine(i)
	if j < 0 {
		return -1
	}
	return f.lineCompany(j)
}

// lineCompany returns the company that line j of a filing's fields
// names ("(1) Name: Y", "3. Counterparty | Y (ASX: KLL)"), or -1.
func (f *entFinder) lineCompany(j int) int {
	ls := f.d.lines
	for k := f.tokAt(ls[j].ts); k < len(f.toks) && f.toks[k].a < ls[j].te; k++ {
		if n := f.tokSeg[k]; n >= 0 && f.segs[n].ent >= 0 {
			if e := f.orgEntity(f.segs[n].ent); e >= 0 && f.ents[e].kind == entity.KindCompany {
				return e
			}
		}
	}
	// A line of fields no sentence holds: the company the value names,
	// "3. Counterparty | Y (ASX: KLL)".
	t := f.d.text(ls[j])
	v := strings.IndexAny(t, ":|")
	if v < 0 {
		return -1
	}
	name := strings.TrimSpace(t[v+1:])
	if b := strings.Index(name, " ("); b > 0 {
		name = name[:b]
	}
	if e, ok := f.byKey[nameKey(name)]; ok && e >= 0 && f.ents[e].kind == entity.KindCompany {
		return e
	}
	return -1
}

// orgBefore returns the company or state body sentence si names last
// before token k, or -1.
func (f *entFinder) orgBefore(si, k int) int {
	org := -1
	for _, n := range f.sentSegs[si] {
		g := &f.segs[n]
		if g.i >= k {
			break
		}
		if g.ent < 0 {
			continue
		}
		if e := f.orgEntity(g.ent); e >= 0 && (f.ents[e].kind == entity.KindGovernment || f.ents[e].kind == entity.KindCompany) {
			org = e
		}
	}
	return org
}

// staffOrgBefore returns the organisation that "officials of Y" (or
// executives, representatives) or "a press conference of Y" names in
// sentence si before token k, or -1.
func (f *entFinder) staffOrgBefore(si, k int) int {
	for m := k - 1; m > f.sents[si].t0 && m >= k-30; m-- {
		if !f.word(m, "officials") && !f.word(m, "executives") && !f.word(m, "representatives") && !f.word(m, "conference") && !f.word(m, "briefing") {
			continue
		}
		at := m + 1
		if !f.word(at, "of") && !f.word(at, "from") && !f.word(at, "at") {
			return -1
		}
		at++
		if f.word(at, "the") {
			at++
		}
		if at < k {
			if o := f.tokSeg[at]; o >= 0 && f.segs[o].i == at && f.segs[o].ent >= 0 {
				if e := f.orgEntity(f.segs[o].ent); e >= 0 && f.ents[e].kind != entity.KindCountry {
					return e
				}
			}
		}
		return -1
	}
	return -1
}

// ventureSection returns the company a filing's section on a joint
// venture names in its first field, "3. Outline of the joint venture"
// over "(1) Name: V", when that section is the last to open before view
// offset at; else -1.
func (f *entFinder) ventureSection(at int) int {
	ls := f.d.lines
	low := f.d.lower()
	i := sort.Search(len(ls), func(i int) bool { return ls[i].te >= at })
	for h := min(i, len(ls)-1); h >= 0 && h >= i-30; h-- {
		t := strings.TrimSpace(low[ls[h].ts:ls[h].te])
		if len(t) < 3 || len(t) > 80 || !isDigit(t[0]) || strings.Contains(t, ":") {
			continue
		}
		// A numbered heading ends the search: the section it opens is
		// the venture's or it is not.
		t = strings.TrimSuffix(strings.TrimSuffix(t, " (planned)"), " (provisional)")
		if !hasAnySuffix(t, " of the joint venture", " of the joint venture company", " of the new company") {
			return -1
		}
		for j := h + 1; j < len(ls) && j <= h+3; j++ {
			u := strings.TrimSpace(low[ls[j].ts:ls[j].te])
			if c := strings.IndexByte(u, ')'); strings.HasPrefix(u, "(") && c > 0 && c < 5 {
				u = strings.TrimSpace(u[c+1:])
			}
			if strings.HasPrefix(u, "name:") {
				return f.lineCompany(j)
			}
		}
		return -1
	}
	return -1
}

// representativeOf returns the company of the section of a filing's
// fields that holds the person of segment g on a line labelled as its
// representative ("- Representative | X, Managing Director" under "3.
// Counterparty | Y"), or -1.
func (f *entFinder) representativeOf(g *nseg) int {
	at := f.toks[g.i].a
	ls := f.d.lines
	i := sort.Search(len(ls), func(i int) bool { return ls[i].te >= at })
	if i == len(ls) || ls[i].ts > at {
		return -1
	}
	label := f.d.lower()[ls[i].ts:at]
	if !strings.Contains(label, "representative") || strings.Count(label, " ") > 40 {
		return -1
	}
	return f.sectionCompany(at)
}

// contactDetail reports a line of a contact's telephone or e-mail:
// "T: +61 412 555 019", "+65 6123 4567", "jane@example.com".
func contactDetail(t string) bool {
	for _, p := range []string{"t:", "tel", "p:", "m:", "ph:", "phone", "mobile", "e:", "email", "+"} {
		if hasPrefixLower(t, p) {
			return true
		}
	}
	return strings.IndexByte(t, '@') > 0 && strings.IndexByte(t, ' ') < 0
}

// contactFirm makes the line [a, b), a few capitalised words under a
// contact's name, the firm the contact speaks for, and gives the person
// that firm as a role without a title.
func (f *entFinder) contactFirm(p, a, b int) {
	if e := f.firmOfLine(a, b); e >= 0 {
		f.addRole(p, "", e)
	}
}

// firmOfLine returns the company that view range [a, b), a line of a
// contacts block, names: two to five capitalised words and no figure,
// a firm the text named before or a new one. It returns -1 when the
// line is no such name.
func (f *entFinder) firmOfLine(a, b int) int {
	s := f.d.v.s
	t := s[a:b]
	w := strings.Fields(t)
	if len(w) < 2 || len(w) > 5 || strings.ContainsAny(t, ",:;@()0123456789") {
		return -1
	}
	for _, x := range w {
		if !isUpper(x[0]) && x != "and" && x != "&" && x != "of" {
			return -1
		}
	}
	e, ok := f.byKey[string(f.nameKeyBytes(t))]
	if !ok {
		e = f.newEntity(entity.KindCompany)
		f.addNameText(e, t, a)
	} else if e < 0 || f.ents[e].kind != entity.KindCompany {
		return -1
	}
	f.mentionRange(rng{a, b}, e)
	return e
}

// bylineName reports whether tokens [i, j) of a byline are a person's
// name: two to four capitalised words that are neither an organisation
// nor a news agency.
func (f *entFinder) bylineName(i, j int) bool {
	// ("By D.Solongo": a Mongolian name is one word.)
	if j-i == 1 && dottedName(f.text(i)) {
		return true
	}
	if j-i < 2 || j-i > 4 {
		return false
	}
	// "BY PARK EUN-JI", "KENTARO ISHIDA, Staff writer": a byline in
	// capitals names in capitals.
	caps := strings.HasSuffix(f.d.v.s[:f.toks[i].a], "BY ")
	// ("By CHOI HYUN-JOO, PARK SEUNG-MIN": Korean names in capitals, a
	// hyphen in the given name.)
	if !caps && j-i == 2 && strings.IndexByte(f.d.v.s[f.toks[i+1].a:f.toks[i+1].b], '-') > 0 && f.toks[i].f&tUpper != 0 && f.toks[i+1].f&tUpper != 0 {
		before := strings.TrimRight(f.d.v.s[max(0, f.toks[i].a-40):f.toks[i].a], " ")
		caps = strings.HasSuffix(before, "By") || strings.HasSuffix(before, ",")
	}
	if !caps && strings.HasPrefix(f.d.v.s[f.toks[j-1].b:], ", ") {
		rest := f.d.v.s[f.toks[j-1].b+2:]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[:nl]
		}
		caps = roleLine(rest)
	}
	if newsAgencies[f.d.v.s[f.toks[i].a:f.toks[j-1].b]] || !caps && f.orgWords(i, j) {
		return false
	}
	// ("Competent Person Statement" under the contacts: a section's
	// heading.)
	switch f.fold(j - 1) {
	case "statement", "statements", "disclaimer", "notice", "notes":
		return false
	}
	// ("BY THE NUMBERS": a box's heading, no writer.)
	switch f.fold(i) {
	case "the", "a", "an", "our", "this", "region", "sector", "country":
		return false
	}
	// "Kuala Lumpur" under a signature: the place it was signed;
	// "Investor Relations" over a contact's firm: a department.
	if w := f.fold(j - 1); cityCountry(f.d.v.s[f.toks[i].a:f.toks[j-1].b]) != (entity.Country{}) || w == "relations" || w == "department" || w == "division" || w == "desk" {
		return false
	}
	if caps {
		for k := i; k < j; k++ {
			if f.has(k, lxLegalEnd|lxCompanyHeads|lxGovHeads) {
				return false
			}
		}
	}
	// "Staff Writer", "Commodities Editor": the writer's title on the
	// line under the name.
	if w := f.fold(j - 1); w == "writer" || w == "reporter" || w == "editor" || w == "correspondent" || w == "columnist" || f.has(j-1, lxTitleHeads) {
		return false
	}
	for k := i; k < j; k++ {
		t := &f.toks[k]
		// "Li Xiaoman": a family name that is also a chemical symbol.
		// "Lim Jun Hao": a given name that is also a month's.
		// "Wong Li Ting": a short syllable of a given name after a
		// family name.
		notName := f.written(k, wrNotName) && !(k == i && f.written(k, wrFamilyName)) && !(k > i && f.calendarWord(k)) &&
			!(k > i && (j-i == 3 || j-i == 2) && f.written(i, wrFamilyName) && t.b-t.a <= 3 && t.f&tCap != 0)
		// ("By Georgia Pham": a given name that is a country's, after
		// "By" and before a family name.)
		given := k == i && j-i == 2 && strings.HasSuffix(f.d.v.s[:f.toks[i].a], "By ") && t.f&tUpper == 0 && !f.countryWord(k+1)
		if t.f&tCap == 0 && !(caps && t.f&tUpper != 0) || t.f&tUpper != 0 && t.b-t.a > 2 && !caps || t.f&tPoss != 0 || (notName || f.countryWord(k)) && !given {
			return false
		}
	}
	return true
}

// gluedByline reads a header line that is a writer's name run into the
// name of an agency: "Youkyung LeeBloomberg".
func (f *entFinder) gluedByline(a, b int) {
	t := f.d.v.s[a:b]
	if len(t) > 60 {
		return
	}
	// "Ananya Krishnan | Mumbai": a writer and the place written from.
	if k := strings.Index(t, " | "); k > 0 && strings.Count(t[:k], " ") <= 3 && strings.Count(t[k+3:], " ") <= 2 && !strings.Contains(t[k+3:], "|") {
		// Not a label and its value, "Board: Main Market | Sector:
		// Plantation", nor a section, "Corporate Announcements |
		// Malaysia".
		if strings.IndexByte(t[:k], ':') < 0 && !hasSectionWord(t[:k]) {
			f.bylineNames(a, a+k)
		}
		return
	}
	// The last word splits where a capital follows a small letter.
	for c := len(t) - 1; c > 0 && t[c] != ' '; c-- {
		if isUpper(t[c]) && isLower(t[c-1]) {
			if newsAgencies[t[c:]] {
				f.bylineNames(a, a+c)
			}
			return
		}
	}
}

// sectionWords name the sections of a news site, folded: a line of them
// before a bar is a section's path, not a writer.
var sectionWords = wordSet("corporate", "announcements", "announcement", "news", "business", "markets", "market",
	"economy", "industry", "commodities", "metals", "energy", "mining", "world", "companies", "finance",
	"opinion", "analysis", "home", "latest", "politics", "technology", "policy", "trade", "sector", "main",
	"sections", "section", "region", "regional", "national", "local", "features", "insight", "insights")

// hasSectionWord reports whether a word of t is one of sectionWords.
func hasSectionWord(t string) bool {
	for w := range strings.FieldsSeq(t) {
		if sectionWords[foldWord(w)] {
			return true
		}
	}
	return false
}

// output adds the entities to the article, with ids in the order made;
// the assembly step renumbers them by first mention.
func (f *entFinder) output() {
	ids := slices.Grow(f.ids[:0], len(f.ents))[:len(f.ents)]
	clear(ids)
	f.ids = ids
	n := len(f.a.Entities)
	// The mentions, aliases and roles of all entities share three backing
	// arrays, each entity's part capped so that an append copies.
	nout, nmen, nname, nrole := 0, 0, 0, 0
	for e, x := range f.ents {
		if len(x.mentions) == 0 && !x.listed || x.into >= 0 {
			continue
		}
		n++
		ids[e] = entityID(n)
		nout++
		nmen += len(x.mentions)
		nname += len(x.names) + 1
		nrole += len(x.roles)
	}
	f.a.Entities = slices.Grow(f.a.Entities, nout)
	var spans []article.Span
	if nmen > 0 {
		spans = make([]article.Span, 0, nmen)
	}
	var aliases []string
	if nname > 0 {
		aliases = make([]string, 0, nname)
	}
	var roles []article.Role
	if nrole > 0 {
		roles = make([]article.Role, 0, nrole)
	}
	// Aliases in order of first use.
	als := f.als[:0]
	for e, x := range f.ents {
		if ids[e] == "" {
			continue
		}
		out := article.Entity{ID: ids[e], Kind: x.kind, Country: x.country}
		if x.kind == entity.KindCountry {
			out.Code = x.code
			out.Country = entity.Country{}
			out.Name = x.code.Name()
		} else {
			out.Name, _ = f.orig(x, slices.Index(x.names, x.name), x.name)
		}
		als = als[:0]
		for k, nm := range x.names {
			o, at := f.orig(x, k, nm)
			if o != out.Name && !slices.ContainsFunc(als, func(a alias) bool { return a.text == o }) {
				als = append(als, alias{o, at})
			}
		}
		slices.SortStableFunc(als, func(p, q alias) int { return p.at - q.at })
		if x.kind == entity.KindCompany {
			// The name without its legal form, last: what a user looks
			// the firm up by.
			if b := bareName(out.Name); b != "" && !slices.ContainsFunc(als, func(a alias) bool { return strings.EqualFold(a.text, b) }) {
				als = append(als, alias{b, int(^uint(0) >> 1)})
			}
		}
		if x.kind == entity.KindGovernment {
			// "Ministry of Energy" for "Ministry of Energy of the Republic
			// of Kazakhstan": the body without its state, as the state's
			// own news names it.
			// It is that state's.
			if b, c := bodyWithoutState(out.Name); b != "" {
				if !slices.ContainsFunc(als, func(a alias) bool { return strings.EqualFold(a.text, b) }) {
					als = append(als, alias{b, int(^uint(0) >> 1)})
				}
				if out.Country.IsZero() {
					out.Country = c
				}
			}
		}
		if len(als) > 0 {
			s := len(aliases)
			for _, al := range als {
				aliases = append(aliases, al.text)
			}
			out.Aliases = aliases[s:len(aliases):len(aliases)]
		}
		if len(x.roles) > 0 {
			s := len(roles)
			for _, r := range x.roles {
				role := article.Role{Title: oneLine(r.title)}
				if r.org >= 0 {
					role.Org = ids[f.root(r.org)]
				}
				roles = append(roles, role)
			}
			out.Roles = roles[s:len(roles):len(roles)]
		}
		slices.SortFunc(x.mentions, func(p, q rng) int {
			if p.a != q.a {
				return p.a - q.a
			}
			return p.b - q.b
		})
		if len(x.mentions) > 0 {
			s := len(spans)
			for k, m := range x.mentions {
				if k > 0 && m == x.mentions[k-1] {
					continue
				}
				st, en := f.d.v.span(m.a, m.b)
				spans = append(spans, article.Span{Start: st, End: en})
			}
			out.Mentions = spans[s:len(spans):len(spans)]
		}
		f.a.Entities = append(f.a.Entities, out)
	}
	f.als = als
	for k, e := range f.listingEnt {
		if e = f.root(e); e >= 0 && ids[e] != "" {
			f.a.Listings[k].Entity = ids[e]
		}
	}
}

// bareLegal are the words of legal forms that bareName takes off the end
// of a firm's name.
var bareLegal = map[string]bool{
	"co": true, "corp": true, "inc": true, "ltd": true, "limited": true, "lp": true, "l.p": true,
	"plc": true, "ag": true, "sa": true, "s.a": true, "nv": true, "n.v": true, "llc": true,
	"jsc": true, "bhd": true, "berhad": true, "sdn": true, "tbk": true, "pty": true, "pte": true,
	"k.k": true, "company": true, "corporation": true, "pcl": true, "pvt": true, "lda": true,
	"ltda": true, "sarl": true, "gmbh": true, "jsc.": true, "fze": true, "fzco": true, "saog": true, "saoc": true, "wll": true, "limitada": true,
	"sac": true, "s.a.c": true, "saa": true, "s.a.a": true,
}

// bareName returns name without the legal form it ends with, or "" when
// it ends with none or nothing distinctive would be left: "Kedah
// Advanced Materials" for "Kedah Advanced Materials Sdn Bhd", "Siam Agro
// Chemicals" for "Siam Agro Chemicals Public Company Limited", "Samsung
// SDI" for "Samsung SDI Co., Ltd.".
func bareName(name string) string {
	end := len(name)
	cut := false
	for end > 0 {
		sp := strings.LastIndexByte(name[:end], ' ')
		if sp < 0 {
			break
		}
		w := strings.TrimRight(name[sp+1:end], ".,")
		var buf [16]byte
		lw := lowerInto(buf[:0], w)
		if !bareLegal[string(lw)] && !(cut && (string(lw) == "public" || string(lw) == "private")) {
			// "Bach Dang Steel Joint Stock Company": a Vietnamese JSC.
			if js := strings.LastIndexByte(name[:sp], ' '); cut && string(lw) == "stock" && strings.EqualFold(name[js+1:sp], "joint") {
				sp = max(js, 0)
			} else {
				break
			}
		}
		cut = true
		end = sp
		for end > 0 && name[end-1] == ',' {
			end--
		}
	}
	if !cut || end < 3 {
		return ""
	}
	b := name[:end]
	// A name that is only a generic word or legal forms ("the Company",
	// "Public Company Limited") has no bare form.
	if strings.IndexByte(b, ' ') < 0 {
		var buf [16]byte
		if lw := lowerInto(buf[:0], strings.TrimRight(b, ".,")); !isUpper(b[0]) || bareLegal[string(lw)] || string(lw) == "public" || string(lw) == "private" {
			return ""
		}
	}
	return b
}

// lowerInto appends w with its ASCII capitals lowered to b, a buffer on
// the caller's stack for a short word, so that a table lookup of the
// result makes no string.
func lowerInto(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		b = append(b, lower(w[i]))
	}
	return b
}

// entityID returns the id of the nth entity, "e1" for 1.
func entityID(n int) string {
	if n < len(entityIDs) {
		return entityIDs[n]
	}
	return "e" + itoa(n)
}

// entityIDs holds the ids of the first entities, so that most articles
// make none: entityIDs[n] is "e" and n. It is built once and never
// modified.
var entityIDs = func() []string {
	ids := make([]string, 256)
	for n := 1; n < len(ids); n++ {
		ids[n] = "e" + itoa(n)
	}
	return ids
}()

// orig returns the original text of name k of x (view text name), and
// the view offset where it is first written, or a large number when the
// text does not write it as such.
func (f *entFinder) orig(x *nent, k int, name string) (string, int) {
	const never = int(^uint(0) >> 1)
	if name == x.name && x.origName != "" {
		return x.origName, never
	}
	if k < 0 || x.nameAt[k] < 0 {
		return name, never
	}
	at := x.nameAt[k]
	return oneLine(f.d.v.origText(at, at+len(name))), at
}

// segAt returns the segment that holds the token starting at view
// offset a, or nil.
func (f *entFinder) segAt(a int) *nseg {
	k := f.tokAt(a)
	if k == len(f.toks) || f.toks[k].a != a || f.tokSeg[k] < 0 {
		return nil
	}
	return &f.segs[f.tokSeg[k]]
}

// oneLine returns s with each run of white space inside it, a line
// break of a name wrapped at the line's end among them, as one space.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\t\r") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// tieListings marks the segments that are the names the listings step
// tied to a listing, and makes companies at once of the names written
// where no segment is (a header line, inside a title-case headline).
func (f *entFinder) tieListings() {
	for _, ln := range f.d.listed {
		if f.dirListed(ln.listing) {
			continue // the directory says which company it is
		}
		k := f.tokAt(ln.name.a)
		found := false
		if g := f.segAt(ln.name.a); g != nil {
			// ("Andaman Dredging\nPublic Company Limited (SET: ADRDG)": a
			// name wrapped over lines, the listing's line holding its
			// end.)
			wrapped := g.i < k && ln.name.a > 0 && f.d.v.s[ln.name.a-1] == '\n'
			if (g.i == k || wrapped) && (f.toks[g.j-1].cut == ln.name.b || f.toks[g.j-1].b == ln.name.b) {
				g.ev |= evTicker
				found = true
				// The market's country, known before the anaphora are
				// read: "X (KRX: 298060) ... the Korean company".
				if g.country.IsZero() {
					g.country = f.a.Listings[ln.listing].Country()
				}
			}
		}
		if found {
			continue
		}
		name := f.d.v.s[ln.name.a:ln.name.b]
		key := f.nameKeyBytes(name)
		if _, ok := f.byKey[string(key)]; ok {
			continue
		}
		if f.opensLongerName(key) {
			// "Hanul Cathode" in a headline, for the "Hanul Cathode
			// Materials" the story names: listingEntities ties it to
			// that company once the names are read.
			continue
		}
		e := f.newEntity(entity.KindCompany)
		f.mentionRange(ln.name, e)
		f.addNameText(e, name, ln.name.a)
	}
}

// opensLongerName reports whether key, the key of a name of two words
// or more, opens the name of a segment of more words that says it is a
// company by its own words ("Materials", "Co.").
func (f *entFinder) opensLongerName(key []byte) bool {
	nw := bytes.Count(key, []byte{' '}) + 1
	if nw < 2 {
		return false
	}
	for n := range f.segs {
		g := &f.segs[n]
		if g.drop || g.j-g.i <= nw || g.ev&internal == 0 || f.sents[g.s].title {
			continue
		}
		f.rkb = appendKey(f.rkb[:0], f.d.v.s, f.toks, g.i, g.j)
		if len(f.rkb) > len(key) && f.rkb[len(key)] == ' ' && bytes.Equal(f.rkb[:len(key)], key) {
			return true
		}
	}
	return false
}

// listingEntities ties every listing to its company: the entity of the
// name the text ties to it, else the directory's entry for it.
func (f *entFinder) listingEntities() {
	f.listingEnt = slices.Grow(f.listingEnt[:0], len(f.a.Listings))[:len(f.a.Listings)]
	for k := range f.listingEnt {
		f.listingEnt[k] = -1
	}
	for _, ln := range f.d.listed {
		if f.dirListed(ln.listing) {
			continue
		}
		name := f.d.v.s[ln.name.a:ln.name.b]
		key := f.nameKeyBytes(name)
		e, ok := f.byKey[string(key)]
		if !ok {
			// A short form: the one company whose name it opens.
			if c := f.prefixes[string(key)]; len(c) == 1 && f.ents[c[0]].kind == entity.KindCompany {
				e, ok = c[0], true
				f.mentionRange(ln.name, e)
				f.addNameText(e, name, ln.name.a)
			}
		}
		if !ok || f.ents[e].kind != entity.KindCompany {
			// "Andaman Dredging\nPublic Company Limited (SET: ADRDG)": the
			// name that ends on the listing's line.
			if g := f.segAt(ln.name.a); g != nil && g.ent >= 0 && f.ents[g.ent].kind == entity.KindCompany && f.toks[g.j-1].cut == ln.name.b {
				e, ok = g.ent, true
			}
		}
		if !ok || f.ents[e].kind != entity.KindCompany {
			e = f.newEntity(entity.KindCompany)
			f.mentionRange(ln.name, e)
			f.addNameText(e, name, ln.name.a)
		}
		e = f.root(e)
		if old := f.listingEnt[ln.listing]; old >= 0 && old != e && f.root(old) == e {
			// Merged into e already, through another listing: merging e
			// into old would make a loop.
		} else if old >= 0 && old != e {
			// Two names of one security are one company.
			f.merge(old, e)
			e = old
		}
		f.listingEnt[ln.listing] = e
	}
	for k, l := range f.a.Listings {
		e := f.listingEnt[k]
		if e < 0 && f.dir.Len() > 0 {
			if n, ok := f.dir.byListing[l.Listing]; ok {
				e = f.dirEntity(n)
				f.listingEnt[k] = e
			}
		}
		if e < 0 {
			continue
		}
		x := f.ents[e]
		x.listed = true
		if x.country.IsZero() {
			x.country = l.Country()
		}
		// "TPS shares rose": the symbol written alone as a name is the
		// listed company.
		if sym := l.Symbol(); len(sym) >= 2 && len(sym) <= 6 && isLetter(sym[0]) {
			f.kb = appendFold(f.kb[:0], sym)
			if o, ok := f.byKey[string(f.kb)]; ok && o >= 0 && f.root(o) != f.root(e) && f.ents[o].kind == entity.KindCompany && !f.ents[o].listed && f.ents[o].nameToks == 1 {
				f.merge(e, o)
			}
		}
	}
	f.symbolWords()
}

// symbolWords reads a listing's symbol written alone as a word that no
// entity took ("ISUG, majority-owned by ...") as a name of the listed
// company. One pass over the tokens, for all the listings.
func (f *entFinder) symbolWords() {
	// The symbols of letters; a page with more than a few listings reads
	// the first of them, so that each word costs a bounded look.
	var syms [8]struct {
		sym string
		e   int
	}
	n := 0
	for k, l := range f.a.Listings {
		e := f.listingEnt[k]
		sym := l.Symbol()
		if e < 0 || len(sym) < 3 || len(sym) > 6 || !isUpper(sym[0]) || n == len(syms) {
			continue
		}
		syms[n].sym, syms[n].e = sym, e
		n++
	}
	if n == 0 {
		return
	}
	for k := range f.toks {
		t := &f.toks[k]
		if t.f&tUpper == 0 || t.f&tWord == 0 || t.b-t.a < 3 || t.b-t.a > 6 {
			continue
		}
		if n := f.tokSeg[k]; n >= 0 && f.segs[n].ent >= 0 {
			continue
		}
		w := f.d.v.s[t.a:t.b]
		for _, s := range syms[:n] {
			if s.sym == w && !f.inListing(t.a) {
				f.mentionRange(rng{t.a, t.b}, f.root(s.e))
				f.addName(f.root(s.e), k, k+1)
				break
			}
		}
	}
}

// dirListed reports whether the directory holds listing k of the
// article.
func (f *entFinder) dirListed(k int) bool {
	if f.dir.Len() == 0 {
		return false
	}
	_, ok := f.dir.byListing[f.a.Listings[k].Listing]
	return ok
}

// root returns the entity e was merged into, or e.
func (f *entFinder) root(e int) int {
	for e >= 0 && f.ents[e].into >= 0 {
		e = f.ents[e].into
	}
	return e
}

// merge makes src a part of dst: its names, mentions and roles move.
// Merges come after build, so that namedIn's index of mentions (which
// build asks) need not follow them.
// Both stand for the entities they were merged into, so that merging
// never makes a loop, and merging an entity with itself does nothing.
func (f *entFinder) merge(dst, src int) {
	dst, src = f.root(dst), f.root(src)
	if dst == src || dst < 0 || src < 0 {
		return
	}
	d, s := f.ents[dst], f.ents[src]
	for k, n := range s.names {
		d.addName(n, s.nameAt[k])
	}
	if s.nameToks > d.nameToks || s.nameToks == d.nameToks && len(s.name) > len(d.name) {
		d.name, d.nameToks, d.origName, d.key = s.name, s.nameToks, s.origName, s.key
	}
	d.mentions = append(d.mentions, s.mentions...)
	for _, r := range s.roles {
		f.addRole(dst, r.title, r.org)
	}
	if d.country.IsZero() {
		d.country = s.country
	}
	d.listed = d.listed || s.listed
	s.into = dst
	s.mentions, s.names, s.nameAt, s.nameSet, s.roles = nil, nil, nil, nil, nil
}

// dirEntity returns the entity of directory entry n: the one a name of
// the entry resolved to, else a new company named as the entry.
func (f *entFinder) dirEntity(n int) int {
	if e, ok := f.dirEnts[n]; ok {
		return f.root(e)
	}
	de := f.dir.entries[n]
	for k := -1; k < len(de.Aliases); k++ {
		name := de.Name
		if k >= 0 {
			name = de.Aliases[k]
		}
		if e, ok := f.byKey[string(f.nameKeyBytes(name))]; ok && f.ents[e].kind == entity.KindCompany {
			f.dirEnts[n] = e
			return f.root(e)
		}
	}
	e := f.newEntity(entity.KindCompany)
	f.ents[e].name = de.Name
	f.ents[e].addName(de.Name, -1)
	f.ents[e].origName = de.Name
	f.dirEnts[n] = e
	return e
}

// bodyWithoutState returns a state body's name without the state that
// ends it, and that state: "Ministry of Energy" and KZ for "Ministry of
// Energy of the Republic of Kazakhstan", "Ministry of Finance" and VN
// for "Ministry of Finance of Vietnam"; "" when the name ends with no
// state after its field.
func bodyWithoutState(name string) (string, entity.Country) {
	k := strings.LastIndex(name, " of ")
	if k < 0 {
		return "", entity.Country{}
	}
	body, state := name[:k], name[k+len(" of "):]
	if strings.HasSuffix(body, " of the Republic") {
		body = body[:len(body)-len(" of the Republic")]
	}
	if !strings.Contains(body, " of ") {
		return "", entity.Country{}
	}
	c, form, ok := entity.LookupCountry(strings.TrimPrefix(state, "the "))
	if !ok || form != entity.CountryName {
		return "", entity.Country{}
	}
	return body, c
}

// paraOpener returns the entity that opens the paragraph before sentence
// si's as its subject, or -1.
func (f *entFinder) paraOpener(si int) int {
	p := f.sents[si].para
	for k := si - 1; k >= 0; k-- {
		if f.sents[k].para == p {
			continue
		}
		// The paragraph before: its first sentence.
		q := f.sents[k].para
		first := k
		for first > 0 && f.sents[first-1].para == q {
			first--
		}
		// (Not "Kora Lithium's managing director said": a possessive
		// opens a sentence about someone else.)
		if l := f.sentSegs[first]; len(l) > 0 && f.toks[f.segs[l[0]].j-1].f&tPoss != 0 {
			return -1
		}
		return f.sentenceOpener(first)
	}
	return -1
}

// bracketOwner returns the entity whose name a bracket holding the
// title of segment g follows: "X (JBIC; Governor: Y)". It returns -1
// when the title is in no such bracket.
func (f *entFinder) bracketOwner(g *nseg) int {
	t := f.tokAt(g.title.a)
	t0 := f.sents[g.s].t0
	if t < 1 || !f.punct(t-1, ';') && !f.punct(t-1, '(') || g.j >= len(f.toks) || !f.punct(g.j, ')') && !f.punct(g.j, ';') {
		return -1
	}
	for k := t - 1; k > t0 && k > t-16; k-- {
		if f.punct(k, ')') {
			return -1
		}
		if f.punct(k, '(') {
			if m := f.tokSeg[k-1]; m >= 0 && f.segs[m].ent >= 0 {
				if e := f.root(f.segs[m].ent); f.ents[e].kind == entity.KindCompany || f.ents[e].kind == entity.KindGovernment {
					return e
				}
			}
			return -1
		}
	}
	return -1
}

// firmPost reports a title that a state's titles share with a firm's,
// held at a firm: "Corporate Secretary", "Company Secretary", "Board
// Secretary".
func firmPost(title string) bool {
	for _, w := range []string{"corporate", "company", "board", "group", "joint company"} {
		if hasPrefixLower(title, w+" ") {
			return true
		}
	}
	return false
}

// cabinetTitle reports a cabinet member's title that names its field
// before the head, or no field: "Resources Minister", "Treasurer".
func cabinetTitle(title string) bool {
	w := title[strings.LastIndexByte(title, ' ')+1:]
	return strings.EqualFold(w, "minister") || strings.EqualFold(w, "treasurer")
}

// unitWord reports a noun that calls a firm another's unit.
func unitWord(w string) bool {
	switch w {
	case "unit", "subsidiary", "arm", "affiliate":
		return true
	}
	return false
}

// unitBefore returns the one company the sentence before si names that
// the text calls a unit or a subsidiary, or -1.
func (f *entFinder) unitBefore(si int) int {
	if si == 0 {
		return -1
	}
	found := -1
	for _, l := range [][]int{f.sentSegs[si-1], f.anaSegs[si-1]} {
		for _, n := range l {
			g := &f.segs[n]
			if g.ent < 0 || g.former {
				continue
			}
			if x := f.ents[g.ent]; x.kind == entity.KindCompany && slices.ContainsFunc(x.heads, unitWord) && g.ent != found {
				if found >= 0 {
					return -1
				}
				found = g.ent
			}
		}
	}
	return found
}

// mastheadFirm returns the company whose name opens the page's first
// line before a bar ("PEARL RIVER SECURITIES | Equity Research"), as a
// research note's house heads it, or -1.
func (f *entFinder) mastheadFirm() int {
	if len(f.d.lines) == 0 {
		return -1
	}
	t := f.d.text(f.d.lines[0])
	if k := strings.Index(t, " | "); k > 0 {
		t = t[:k]
	}
	if e, ok := f.byKey[nameKey(strings.TrimSpace(t))]; ok && e >= 0 && f.ents[e].kind == entity.KindCompany {
		return e
	}
	return -1
}

// ministryNamedBefore returns the ministry that the sentence of segment
// g names last before it, whose party the title's holder leads, and
// whose name holds every word of the field of key, a title's implied
// ministry ("ministry for trade"): "a delegation from the Ministry of
// Trade, Industry and Energy (MOTIE) led by Vice Minister for Trade X".
func (f *entFinder) ministryNamedBefore(g *nseg, key string) (int, bool) {
	field, ok := strings.CutPrefix(key, "ministry for ")
	if !ok {
		return -1, false
	}
	from, to := f.toks[f.sents[g.s].t0].a, f.toks[g.i].a
	title := to
	if g.title.b > g.title.a {
		title = min(to, g.title.a)
	}
	found, last := -1, -1
	for e, x := range f.ents {
		if x.kind != entity.KindGovernment || x.into >= 0 || !strings.HasPrefix(x.fullKey(), "ministry of ") {
			continue
		}
		at, end := -1, -1
		for _, m := range x.mentions {
			if m.a >= from && m.b <= to && m.a > at {
				at, end = m.a, m.b
			}
		}
		if at < 0 || at < last {
			continue
		}
		// (Only the ministry that the title's holder leads a party of,
		// right before: not "X of Japan's ministry and Minister for
		// Trade Y", a minister of another.)
		if gap := f.d.v.s[end:title]; len(gap) > 40 || !strings.Contains(gap, "led by ") && !strings.Contains(gap, "headed by ") {
			continue
		}
		name := x.fullKey()
		all := true
		for w := range strings.FieldsSeq(field) {
			if w != "and" && !strings.Contains(name, w) {
				all = false
				break
			}
		}
		if all {
			found, last = e, at
		}
	}
	return found, found >= 0
}

// analystLine reads a research note's line for one of its analysts: the
// name, a comma, the title, a bar and the analyst's telephone or mail:
// "Priya Raman, Senior Analyst | +61 2 8224 3310". It returns where the
// comma after the name stands and where the title ends, or 0, 0.
func analystLine(t string) (int, int) {
	c := strings.Index(t, ", ")
	if c < 3 || c > 30 || strings.ContainsAny(t[:c], "0123456789|:") || strings.Count(t[:c], " ") > 3 {
		return 0, 0
	}
	bar := strings.Index(t, " | ")
	if bar < c+2 {
		return 0, 0
	}
	title := t[c+2 : bar]
	if wordsUpTo(title, 6) > 5 || !strings.Contains(strings.ToLower(title), "analyst") && !strings.Contains(title, "Strategist") && !strings.Contains(title, "Economist") && !strings.Contains(title, "Research") {
		return 0, 0
	}
	rest := strings.TrimSpace(t[bar+3:])
	if rest == "" || rest[0] != '+' && !isDigit(rest[0]) && !strings.Contains(rest, "@") {
		return 0, 0
	}
	return c, bar
}
