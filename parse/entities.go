package parse

import (
	"encoding/binary"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/entity"
)

// The entity step finds the companies, people, government bodies and
// countries an article names, and resolves every mention to one entity.
//
// It works on the tokens of the headline, the standfirst and the body
// sentences (and, for people, of bylines and photo credits), in passes
// whose cost is linear in the number of tokens:
//
//  1. Runs of capitalised words are cut into segments: a title inside a
//     run ("LS Eco Energy CEO Lee Sang-ho") splits it into an
//     organisation, the title and a person.
//  2. Each segment collects segEv from its own words (legal forms,
//     heads such as "Minerals" or "Ministry", name shapes) and from the
//     words around it (apposition heads such as "refiner", possessives,
//     titles, tickers, verbs, lists).
//  3. Segments with segEv of a kind become entities, longest names
//     first; the others, and short forms, are resolved against the names
//     found, through maps of names, prefixes, acronyms and surnames.
//  4. Title-case headlines are read last, against the names found.
//  5. "The company" and the like are tied to the company the text speaks
//     of; people get their titles and organisations.

// nseg is a candidate name: a range of tokens of one sentence, the kind
// the segEv gives it, and the entity it resolves to.
type nseg struct {
	s    int // index in f.sents
	i, j int // token range in f.toks
	kind entity.Kind
	ev   segEv
	ent  int // entity index, or -1
	dir  int // directory entry, or -1
	// cpre and csuf are the numbers of tokens of a country word at the
	// start and the end of the segment.
	cpre, csuf int
	cpreC      entity.Country
	csufC      entity.Country
	// country is the country the text states for the thing named.
	country entity.Country
	// For a person: the title (a view range, empty when none), the
	// segment of the organisation, and the name of a body the title
	// implies ("Ministry of Industry and Trade").
	title   rng
	org     int
	orgTok  int // a token of the organisation's name, when org is not known yet
	implied string
	impAt   rng // the title and its "of" phrase
	impOf   rng // the "of" phrase
	// For an organisation written before a title: the person segment.
	head   string // the apposition head that types it: "refiner", "miner"
	anaph  bool   // a "the company" mention
	former bool   // a former name: "formerly known as X"
	drop   bool   // not an entity after all
}

// segEv is what a segment's words and context say about it.
type segEv uint32

const (
	evLegal       segEv = 1 << iota // a legal form: "Co.", "Ltd", "PT"
	evHead                          // a company head: "Minerals", "Steel"
	evWeakHead                      // a head that is also a material word
	evCaps2                         // a short capital prefix: "LG Energy Solution"
	evJV                            // "... Joint Venture", "... joint venture"
	evDir                           // in the user's directory
	evAppos                         // an apposition head: "refiner X", "X, a producer"
	evPossCountry                   // after a country's possessive: "Australia's X"
	evPossName                      // after a name's possessive: "Gina Rinehart's X"
	evBased                         // after "Texas-based"
	evOrgTitle                      // before a title: "X CEO Y"
	evAtOrg                         // after a title and "at": "analyst at X"
	evTicker                        // next to its ticker
	evSubject                       // before a verb of firms: "X said", "X plans"
	evPossNoun                      // possessive before a firm's noun: "X's shares"
	evAfterNoun                     // before "group", "company": "Harita group"
	evList                          // listed with companies
	evGov                           // a government head: "Ministry", "Survey"
	evGovAcr                        // a known acronym of a state body
	evPerson                        // a person by context: title, honorific, byline
	evPersonShape                   // a person by name shape: "Lee Sang-ho", "Laura Miller"
	evSaid                          // next to a reporting verb
	evAsset                         // before "project", "mine"
	evAgency                        // a news agency or paper
	evNot                           // not a name: index, common word
	evAdmin                         // "X administration": a head of government
	evIntl                          // an international organisation: "World Bank"
)

// internal is the segEv a name carries in its own words: such a name
// is a full name, not a short form of another.
const internal = evLegal | evHead | evCaps2 | evJV | evDir

// esent is one sentence as the entity step sees it.
type esent struct {
	t0, t1 int  // token range
	head   bool // the headline or the standfirst
	title  bool // written in title case
	caps   bool // written in capitals throughout: a filing's heading
	para   int  // paragraph index, -1 for the headline and standfirst
}

// nent is one entity being built.
type nent struct {
	kind     entity.Kind
	formerly bool           // named as another's former name
	name     string         // fullest name, original text
	key      string         // its folded key
	names    []string       // every name used, view text
	nameAt   []int          // where each name is first written, a view offset, or -1
	nameSet  map[string]int // the index of each name, once there are many
	nameToks int            // tokens of the fullest name
	country  entity.Country
	code     entity.Country
	mentions []rng
	roles    []erole
	first    int // view offset of the first mention, for resolution
	brand    bool
	// placeFirst is set when the name opens with a word that may be a
	// place before the company's own word ("Yichun Ruifeng Lithium").
	placeFirst bool
	heads      []string // the apposition heads the text gives it: "miner"
	listed     bool     // a listing names it
	into       int      // the entity this one was merged into, or -1
	origName   string   // the original text of a name not written as such (an implied ministry)
	// menRead is the number of mentions namedIn has indexed.
	menRead int
	// Room for the first names and mentions, so that most entities need
	// no slices of their own.
	nameBuf [2]string
	atBuf   [2]int
	menBuf  [4]rng
}

type erole struct {
	title string
	org   int // entity index, or -1
}

// entFinder holds the state of the entity step for one article.
type entFinder struct {
	d     *doc
	a     *article.Article
	dir   *Directory
	toks  []etok
	sents []esent
	segs  []nseg
	ents  []*nent
	// slab holds the entities that ents points to, made a chunk at a time
	// so that the pointers stay put.
	slab []nent
	// byKey maps the folded core of every name to its entity.
	byKey map[string]int
	// countries maps a country to its entity.
	countries map[entity.Country]int
	// tokSeg maps each token to the segment that holds it, or -1.
	tokSeg []int32
	// The maps that resolve short forms: surnames and acronyms to one
	// entity (-1 when several), prefixes, last words and first words of
	// names to their entities.
	surnames   map[string]int
	givenNames map[string]int // the given names of people, -1 when several
	acronyms   map[string]int
	prefixes   map[string][]int
	suffixes   map[string][]int
	firstWords map[string][]int
	midWords   map[string][]int
	// innerWords maps the word after a province and a second place-like
	// word of a company's name to the company, for short forms of two
	// words only: "jinxin" of "Hebei Caofeidian Jinxin Iron & Steel".
	innerWords map[string][]int
	// afterPlace maps the names of companies without the place they
	// begin with, cut short, to the companies: "jinhe chemical".
	afterPlace map[string][]int
	// listingEnt is the entity of each listing of the article, or -1.
	listingEnt []int
	kb         []byte   // the buffer of keyBytes
	nkb        []byte   // the buffer of nameKeyBytes
	kw         keyWords // the keys of the names knownInside and headlineAt look for
	rkb        []byte   // the key of the segment resolve reads
	rkbToks    rng      // the tokens whose key rkb holds
	// Scratch buffers: the tokens of a name given as text, and the
	// acronyms of a name.
	ntoks           []etok
	acrAll, acrCore []byte
	// sentSegs lists the segments of each sentence in text order, and
	// anaSegs the "the company" segments that anaphora adds.
	sentSegs, anaSegs [][]int
	all               []int // the array sentSegs share
	// issuer is the company an announcement defines as "the Company" in
	// brackets after its name, or -1.
	issuer int
	// filer is set when the issuer heads its own filing over a field of
	// the exchange's ("Stock code:", "Disclosure date:"): there "the
	// company", in lower case, is the issuer too.
	filer bool
	// contactOrg is the company a block of contacts names on a line of
	// its own over the contacts after it, or -1.
	contactOrg int
	// bylined holds the people the last call of bylineNames read, in
	// order; its memory is reused.
	bylined []int
	// story is the company the story is about, its first in the body,
	// once storyCompany has read it: -2 until then, -1 for none.
	story int
	// terms are the acronyms the text defines for common nouns: "heavy
	// mineral concentrate (HMC)". They name no entity.
	terms []string
	// dirEnts maps directory entries to their entities.
	dirEnts map[int]int
	// named holds, for the entities namedIn was asked about, the
	// sentences their mentions stand in, as entity<<32 | sentence.
	// spans are the view ranges of the sentences that hold tokens, in
	// text order, for namedIn to find a mention's sentence;
	// spansState is 0 until they are made, 1 when they are sorted and
	// disjoint, 2 when not.
	named      map[uint64]struct{}
	spans      []sentSpan
	spansState int
	// arena holds the bytes of the keys and folded words the finder
	// makes strings of for one article (see intern), and lists the
	// lists of addList.
	arena strings.Builder
	lists []int
	// Scratch of build and output: the full names in the order build
	// resolves them, the ids of the entities, and the aliases of one.
	order []int
	// formed holds the companies' names split at their legal forms, for
	// mergeLegalForms; kept for the next parse.
	formed []formedName
	ids    []string
	als    []alias
	// buf is foldStr's buffer.
	buf [64]byte
	// sentBuf is the memory of the sentences tokenizeSents reads.
	sentBuf sentenceBuf
}

// alias is a name of an entity for output, and where it is first
// written.
type alias struct {
	text string
	at   int
}

// finders keeps the scratch space of the entity step (tokens, segments,
// entities and the maps that resolve names) between parses, so that a
// parse reuses what an earlier one made. A finder holds no reference to
// an article or its text once put back.
var finders = sync.Pool{New: func() any { return new(entFinder) }}

// entities runs the entity step and adds the entities to a.
func (d *doc) entities(a *article.Article, dir *Directory) {
	f := finders.Get().(*entFinder)
	f.find(d, a, dir)
	f.dropHeadlineDescriptions()
	f.output()
	f.release()
	finders.Put(f)
}

// findEntities finds the entities, leaving them in the returned state.
func (d *doc) findEntities(a *article.Article, dir *Directory) *entFinder {
	f := new(entFinder)
	f.find(d, a, dir)
	return f
}

// reset readies f for the article a, keeping the memory of its buffers.
func (f *entFinder) reset(d *doc, a *article.Article, dir *Directory) {
	f.d, f.a, f.dir = d, a, dir
	if f.byKey == nil {
		f.byKey, f.countries = map[string]int{}, map[entity.Country]int{}
		f.surnames, f.acronyms, f.givenNames = map[string]int{}, map[string]int{}, map[string]int{}
		f.prefixes, f.suffixes = map[string][]int{}, map[string][]int{}
		f.firstWords, f.midWords, f.afterPlace = map[string][]int{}, map[string][]int{}, map[string][]int{}
		f.innerWords = map[string][]int{}
		// The key buffers start in one array, room for keys of 64 bytes.
		kb := make([]byte, 3*64)
		f.kb, f.rkb, f.nkb = kb[0:0:64], kb[64:64:128], kb[128:128:192]
	}
	if dir.Len() > 0 && f.dirEnts == nil {
		f.dirEnts = map[int]int{}
	}
	f.toks, f.sents, f.segs, f.ents = f.toks[:0], f.sents[:0], f.segs[:0], f.ents[:0]
	f.rkbToks = rng{}
	f.issuer, f.contactOrg, f.terms, f.story, f.filer = -1, -1, f.terms[:0], -2, false
	f.slab = f.slab[:0]
	f.spans, f.spansState = f.spans[:0], 0
	f.lists = f.lists[:0]
	f.arena = strings.Builder{}
}

// release drops f's references to the article and its text and empties
// the maps, keeping their memory unless a long text made it large.
func (f *entFinder) release() {
	const keep = 1 << 14 // tokens, segments or entities worth keeping room for
	f.d, f.a, f.dir = nil, nil, nil
	clear(f.ents[:cap(f.ents)])
	// Only the entities used may hold references: the rest of the chunk
	// is as make left it, or as an earlier release cleared it.
	clear(f.slab)
	clear(f.segs)
	clear(f.sentSegs[:cap(f.sentSegs)])
	clear(f.anaSegs[:cap(f.anaSegs)])
	clear(f.ntoks)
	for _, m := range []map[string]int{f.byKey, f.surnames, f.acronyms, f.givenNames} {
		clear(m)
	}
	for _, m := range []map[string][]int{f.prefixes, f.suffixes, f.firstWords, f.midWords, f.afterPlace, f.innerWords} {
		clear(m)
	}
	clear(f.countries)
	clear(f.dirEnts)
	clear(f.named)
	clear(f.ids)
	clear(f.als[:cap(f.als)])
	f.arena = strings.Builder{}
	if cap(f.toks) > 8*keep || cap(f.segs) > keep || cap(f.slab) > keep || len(f.byKey) > keep || cap(f.lists) > keep*maxList {
		*f = entFinder{}
	}
}

// find finds the entities of a, leaving them in f.
func (f *entFinder) find(d *doc, a *article.Article, dir *Directory) {
	f.reset(d, a, dir)
	f.tokenizeSents()
	f.segs = slices.Grow(f.segs, len(f.toks)/6+8)
	for si := range f.sents {
		f.segment(si)
	}
	f.indexSegs()
	f.findTerms()
	f.gather()
	f.tieListings()
	f.decide()
	f.coordinate()
	f.build()
	f.mergeShouted()
	f.mergeEarlyShortForms()
	f.mergeHyphenVariants()
	f.mergeEarlyPersonNames()
	f.mergeSonOfShortNames()
	f.mergeAccentedPeople()
	f.mergeLegalForms()
	f.mergeImpliedBodies()
	f.mergeStateBodies()
	f.exchangesAreOrganizations()
	f.listingEntities()
}

// mergeImpliedBodies makes a ministry that only a title implies one
// with the ministry the text names whose fields include the title's:
// "Vice Minister of Mines X ... officials of the Ministry of Energy and
// Mines" speak of one body. It merges only where one named body fits.
func (f *entFinder) mergeImpliedBodies() {
	for e, x := range f.ents {
		if x.kind != entity.KindGovernment || x.into >= 0 || x.origName == "" || len(x.names) != 1 {
			continue
		}
		field, ok := strings.CutPrefix(nameKey(x.name), "ministry of ")
		if !ok || strings.Contains(field, " and ") {
			continue
		}
		found := f.onlyEntity(e, func(y *nent) bool {
			rest, ok := strings.CutPrefix(y.key, "ministry of ")
			return y.kind == entity.KindGovernment && y.origName == "" && ok &&
				slices.Contains(strings.FieldsFunc(strings.ReplaceAll(rest, " and ", ","), func(r rune) bool { return r == ',' }), field) &&
				!f.otherCountryNear(x.first, y.country)
		})
		if found >= 0 {
			f.merge(found, e)
		}
	}
}

// otherCountryNear reports whether the paragraph at view offset at, or
// one of the two before it, names a country other than c, where c is
// known: "Minister of Mines X told
// reporters in Kinshasa" in a newsletter's item is not of "Namibia's
// Ministry of Mines and Energy" in another.
func (f *entFinder) otherCountryNear(at int, c entity.Country) bool {
	if c.IsZero() || at < 0 {
		return false
	}
	ps := f.d.paras
	k := sort.Search(len(ps), func(k int) bool { return ps[k].b > at })
	if k >= len(ps) || ps[k].a > at {
		return false
	}
	// The paragraph and the two before it: a newsletter's item may name
	// its country once, at its head.
	p := rng{ps[max(0, k-2)].a, ps[k].b}
	for code, e := range f.countries {
		if code == c || e < 0 {
			continue
		}
		for _, m := range f.ents[e].mentions {
			if m.a >= p.a && m.b <= p.b {
				return true
			}
		}
	}
	return false
}

// mergeStateBodies makes a body named without its state one with the
// body the text names with it: "the Ministry of Industry and
// Construction" and "Ministry of Industry and Construction of the
// Republic of Kazakhstan". It merges only where one such body fits.
func (f *entFinder) mergeStateBodies() {
	for e, x := range f.ents {
		if x.kind != entity.KindGovernment || x.into >= 0 {
			continue
		}
		if !strings.Contains(x.name, " of ") {
			// "Thailand's Rubber Authority (RAOT)" and "Rubber Authority
			// of Thailand": a body whose name ends in its head, and
			// that name with its state after.
			if h := strings.LastIndexByte(x.name, ' '); h > 0 && stateBodyHeads[x.name[h+1:]] {
				found := f.onlyEntity(e, func(y *nent) bool {
					rest, ok := strings.CutPrefix(y.name, x.name+" of ")
					if !ok || y.kind != entity.KindGovernment {
						return false
					}
					_, form, ok := entity.LookupCountry(strings.TrimPrefix(rest, "the "))
					return ok && form == entity.CountryName
				})
				if found >= 0 {
					f.merge(found, e)
				}
			}
			continue
		}
		key := nameKey(x.name)
		found := f.onlyEntity(e, func(y *nent) bool {
			if y.kind != entity.KindGovernment || !strings.HasPrefix(y.name, x.name+" of ") {
				return false
			}
			b, _ := bodyWithoutState(y.name)
			return b != "" && nameKey(b) == key
		})
		if found >= 0 {
			f.merge(found, e)
		}
	}
}

// stateBodyHeads end the names of state bodies that may be named with
// their state after ("Rubber Authority of Thailand"). As written.
var stateBodyHeads = wordSet("Authority", "Board", "Commission", "Agency", "Council", "Administration", "Bureau", "Office", "Department", "Corporation")

// exchangesAreOrganizations gives the kind organization to a stock
// exchange or its market that the text names as a firm ("Shenzhen Stock
// Exchange", "Bursa Malaysia Securities Berhad", "TSE Prime"), as
// entity.KindOrganization says.
func (f *entFinder) exchangesAreOrganizations() {
	for _, x := range f.ents {
		if x.kind == entity.KindCompany && x.into < 0 && exchangeName(x.name) {
			x.kind = entity.KindOrganization
		}
	}
}

// exchangePrefixes are the short names of the exchanges the registry
// knows, as written before a code ("HOSE: DVG", "UPCoM: SDM"): letters
// only, three or more. Built once; never written after.
var exchangePrefixes = func() map[string]bool {
	m := map[string]bool{}
	for _, x := range entity.Exchanges() {
		for _, p := range x.Prefixes() {
			letters := len(p) >= 3
			for i := 0; i < len(p); i++ {
				letters = letters && isLetter(p[i])
			}
			if letters {
				m[p] = true
			}
		}
	}
	return m
}()

// exchangeName reports the name of a stock exchange or of one of its
// markets.
func exchangeName(name string) bool {
	// "HOSE", "UPCoM", "ASX": the names written before a listing's code.
	if len(name) <= 8 && exchangePrefixes[name] {
		return true
	}
	// Most names are none: only these are looked at in lower case.
	if !strings.Contains(name, "xchange") && !strings.Contains(name, "XCHANGE") && !hasPrefixLower(name, "bursa") && !hasPrefixLower(name, "tse ") &&
		!hasPrefixLower(name, "kosdaq") && !hasPrefixLower(name, "kospi") && !hasPrefixLower(name, "sgx ") && name != "HKEX" && name != "HKEx" {
		return false
	}
	l := strings.ToLower(name)
	for _, form := range []string{" limited", " ltd", " ltd.", " berhad", " bhd", " inc.", " inc"} {
		l = strings.TrimSuffix(l, form)
	}
	// "National Stock Exchange of India", "the Stock Exchange of Hong
	// Kong": the country after.
	if k := strings.LastIndex(l, " of "); k > 0 && strings.HasSuffix(l[:k], " exchange") {
		if _, _, ok := entity.LookupCountry(name[k+len(" of "):]); ok {
			l = l[:k]
		}
	}
	if strings.HasSuffix(l, "stock exchange") || strings.HasSuffix(l, "securities exchange") || l == "korea exchange" || l == "singapore exchange" || l == "hong kong exchanges and clearing" {
		return true
	}
	if strings.HasPrefix(l, "bursa malaysia") || strings.HasPrefix(l, "the stock exchange of ") {
		return true
	}
	switch l {
	case "tse prime", "tse standard", "tse growth", "kosdaq", "kospi", "sgx mainboard", "sgx catalist", "hkex":
		return true
	}
	// "TSX Venture Exchange", "Shanghai Futures Exchange", "London
	// Metal Exchange".
	if strings.HasSuffix(l, " venture exchange") || strings.HasSuffix(l, " futures exchange") || strings.HasSuffix(l, " metal exchange") || strings.HasSuffix(l, " mercantile exchange") {
		return true
	}
	return false
}

// mergeEarlyShortForms makes a company named only by the opening words of
// another's name, every time before that name is first written, one
// with it: "Tottori Nickel to supply Ansan Cathode" heading a digest's
// item over "Tottori Nickel Refining Co. agreed to supply ... Ansan
// Cathode Materials Co.". (Short forms after the full name are read as
// the text goes.)
func (f *entFinder) mergeEarlyShortForms() {
	var tick []bool // the entities a ticker names, once asked
	for e, x := range f.ents {
		// (Not "Nishiki Oleo Co Ltd" before "Nishiki Oleo (M) Sdn Bhd":
		// a name with its legal form is a firm's full name.)
		if x.kind != entity.KindCompany || x.into >= 0 || x.nameToks < 2 || x.key == "" || len(x.mentions) == 0 || strings.Count(x.key, " ")+1 != x.nameToks {
			continue
		}
		found := -1
		for _, c := range f.prefixes[x.key] {
			c = f.root(c)
			if c == e || f.ents[c].kind != entity.KindCompany || countryUnitOf(f.ents[c].fullKey(), x.key) || groupOrRegionOf(f.ents[c].fullKey(), x.key) {
				continue
			}
			if found >= 0 && found != c {
				found = -2
				break
			}
			found = c
		}
		if found < 0 {
			continue
		}
		// (The mentions of a name a ticker names are read first: the
		// earliest may come after others.)
		m0 := x.mentions[0]
		for _, m := range x.mentions[1:] {
			if m.a < m0.a {
				m0 = m
			}
		}
		omen := f.ents[found].first > m0.b && omenRest(f.ents[found].fullKey(), x.key)
		// ("Ratchaburi Steel lifts sales" heading an item over
		// "Ratchaburi Steel Industries PCL said ...", "Ratchaburi" named
		// again later: the short name's own first word, named before
		// the full name first is.)
		firstWord := len(x.names) == 2 && (strings.HasPrefix(x.names[0], x.names[1]+" ") || strings.HasPrefix(x.names[1], x.names[0]+" ")) && f.ents[found].first > m0.b
		// (Anaphors the text tied to it, "the miner", are no names of
		// its own.)
		own := 0
		for _, nm := range x.names {
			if !strings.HasPrefix(nm, "the ") && !strings.HasPrefix(nm, "The ") {
				own++
			}
		}
		if own != 1 && !omen && !firstWord {
			continue
		}
		// ("Pomalaa Nikel" in a table before "PT Pomalaa Nikel Jaya Tbk"
		// and after it: an Indonesian firm's name without the words of
		// good omen that end it, wherever it stands.)
		// ("Hokuetsu Copper agrees ..." heading the page over "Hokuetsu
		// Copper Smelting & Refining (TSE Prime: 5729) announced ...":
		// the headline's short form of the firm the text is about,
		// though the text names it so again.)
		d := f.d
		headed := d.headline >= 0 && m0.a >= d.lines[d.headline].ts && m0.b <= d.lines[d.headLast].te ||
			f.inItemHeading(m0.a)
		// "Kibi Electric (TSE: 9517)" paragraphs after "Kibi Electric
		// Power Co.": the firm named in full first, cut short beside
		// its code. (Not "X Mining Ltd, a unit of X (NSE: X)", both in
		// one sentence.)
		tickered := false
		if f.ents[found].first >= 0 && f.ents[found].first < m0.a {
			if tick == nil {
				tick = f.tickerNamed()
			}
			tickered = tick[e] && !tick[found] && !f.namedIn(found, f.sentAtTok(f.tokAt(m0.a)))
		}
		if f.ents[found].first < x.mentions[len(x.mentions)-1].b && !omen && !firstWord && !headed && !tickered {
			continue
		}
		f.merge(found, e)
	}
}

// tickerNamed returns which entities a ticker names: those one of whose
// segments has a ticker's evidence, by root.
func (f *entFinder) tickerNamed() []bool {
	tick := make([]bool, len(f.ents))
	for k := range f.segs {
		if g := &f.segs[k]; g.ent >= 0 && g.ev&evTicker != 0 {
			tick[f.root(g.ent)] = true
		}
	}
	return tick
}

// sentAtTok returns the sentence that holds token k.
func (f *entFinder) sentAtTok(k int) int {
	return min(sort.Search(len(f.sents), func(i int) bool { return f.sents[i].t1 > k }), len(f.sents)-1)
}

// inItemHeading reports whether view offset a lies in the heading of a
// newsletter's item, a short line with a label in capitals and a bar
// before it: "NICKEL | Botolan Nickel restarts after ...".
func (f *entFinder) inItemHeading(a int) bool {
	s := f.d.v.s
	ls := strings.LastIndexByte(s[max(0, a-100):a], '\n') + 1 + max(0, a-100)
	le := strings.IndexByte(s[a:min(len(s), a+150)], '\n')
	if le < 0 {
		return false
	}
	line := s[ls : a+le]
	bar := strings.Index(line, " | ")
	return bar > 0 && bar < 24 && capsLine(line[:bar]) && !strings.HasSuffix(line, ".") && a > ls+bar
}

// mergeHyphenVariants makes two people whose names differ only in the
// hyphen of a Korean given name one: "Noh Seung-hwan" and "Noh
// Seunghwan", as a photo caption and a statement write them.
func (f *entFinder) mergeHyphenVariants() {
	var buf [64]byte
	for e, x := range f.ents {
		if x.kind != entity.KindPerson || x.into >= 0 || x.nameToks < 2 || strings.IndexByte(x.key, '-') <= 0 || len(x.key) > len(buf) {
			continue
		}
		b := buf[:0]
		for i := 0; i < len(x.key); i++ {
			if x.key[i] != '-' {
				b = append(b, x.key[i])
			}
		}
		// The name without its hyphen, as register maps it, or as the
		// other person named first was: one person.
		o, ok := f.byKey[string(b)]
		if !ok || o < 0 {
			continue
		}
		if o = f.root(o); o != e && f.ents[o].kind == entity.KindPerson {
			f.merge(e, o)
		}
	}
}

// omenRest reports whether the full name, as a key, goes on after the
// short one with words of good omen and legal forms only, as Indonesian
// firms' names do: "pt pomalaa nikel jaya tbk" after "pomalaa nikel".
func omenRest(full, short string) bool {
	full = strings.TrimPrefix(full, "pt ")
	rest, ok := strings.CutPrefix(full, short+" ")
	if !ok {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if !omenWords[w] {
			return false
		}
	}
	return true
}

// omenWords end Indonesian firms' names: "Jaya" (glory), "Raya" (great),
// "Sentosa" (peaceful), "Makmur" (prosperous), and the legal form Tbk.
var omenWords = wordSet("jaya", "raya", "sentosa", "makmur", "prima", "abadi", "mandiri", "utama", "persada", "perkasa", "lestari", "sejahtera", "indah", "tbk", "persero")

// mergeAccentedPeople makes two people one whose names differ only in
// their accents, as Vietnamese news writes a name with its tones in a
// caption and without them in the text: "Trương Quang Vinh" and "Truong
// Quang Vinh". Then a person named by one word alone that is the last
// word of one other person's name is that person: "Deputy Minister Vinh".
func (f *entFinder) mergeAccentedPeople() {
	var seen map[string]int
	for e, x := range f.ents {
		if x.kind != entity.KindPerson || x.into >= 0 || x.nameToks < 2 || isASCII(x.name) && seen == nil {
			continue
		}
		if seen == nil {
			// (Only a page that names someone with accents gets here.)
			seen = map[string]int{}
			for c, y := range f.ents[:e] {
				if y.kind == entity.KindPerson && y.into < 0 && y.nameToks >= 2 {
					seen[unaccented(y.name)] = c
				}
			}
		}
		k := unaccented(x.name)
		if c, ok := seen[k]; ok && c != e {
			f.merge(c, e)
			f.ents[f.root(c)].dropBareRoles()
			continue
		}
		seen[k] = e
	}
	if seen == nil {
		return
	}
	for e, x := range f.ents {
		// (Its title may be one the fuller name holds: "Deputy
		// Minister Vinh".)
		if x.kind != entity.KindPerson || x.into >= 0 || x.nameToks != 1 || slices.ContainsFunc(x.roles, func(r erole) bool { return r.org >= 0 }) {
			continue
		}
		w := unaccented(x.name)
		found := -1
		for c, y := range f.ents {
			if c == e || y.kind != entity.KindPerson || y.into >= 0 || y.nameToks < 2 {
				continue
			}
			if n := unaccented(y.name); strings.HasSuffix(n, " "+w) {
				if found >= 0 && f.root(found) != f.root(c) {
					found = -2
					break
				}
				found = c
			}
		}
		if found >= 0 {
			f.merge(found, e)
			f.ents[f.root(found)].dropBareRoles()
		}
	}
}

// dropBareRoles leaves out a role without an organisation whose title
// another role of x holds with one: "Deputy Minister" beside "Deputy
// Minister @ Ministry of Industry and Trade", once two mentions merge.
func (x *nent) dropBareRoles() {
	kept := x.roles[:0]
	for _, r := range x.roles {
		if r.org < 0 && slices.ContainsFunc(x.roles, func(o erole) bool { return o.org >= 0 && o.title == r.title }) {
			continue
		}
		if slices.Contains(kept, r) {
			continue
		}
		kept = append(kept, r)
	}
	x.roles = kept
}

// isASCII reports whether s holds ASCII bytes only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// unaccented returns s in lower case with the accents and tone marks of
// Latin letters taken off, and "đ" read as "d".
func unaccented(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			b = append(b, lower(byte(r)))
			continue
		}
		if base, ok := latinBase[unicode.ToLower(r)]; ok {
			b = append(b, base)
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}

// latinBase maps the accented Latin letters in lower case to their
// letter without marks: "ư" to "u", "ễ" to "e", "đ" to "d". It is built
// once from the canonical decompositions and never modified.
var latinBase = func() map[rune]byte {
	m := map[rune]byte{'đ': 'd', 'ø': 'o', 'ł': 'l', 'ß': 's'}
	for _, rg := range [][2]rune{{0x00C0, 0x024F}, {0x1E00, 0x1EFF}} {
		for r := rg[0]; r <= rg[1]; r++ {
			lr := unicode.ToLower(r)
			d := norm.NFD.String(string(lr))
			if len(d) > 1 && d[0] < utf8.RuneSelf && isLetter(d[0]) {
				m[lr] = lower(d[0])
			}
		}
	}
	return m
}()

// onlyEntity returns the one entity other than e, not merged into
// another, that fits; or -1 when none or more than one does.
func (f *entFinder) onlyEntity(e int, fits func(*nent) bool) int {
	found := -1
	for c, y := range f.ents {
		if c == e || y.into >= 0 || !fits(y) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = c
	}
	return found
}

// mergeEarlyPersonNames makes a person named by the first words of
// another's name, every time before that name is first written, one with
// it: "Rajang Oil Palm's Vincent Ling on yields" heading an interview
// with "Datuk Dr. Vincent Ling Siew Hock". It merges only where one
// longer name fits.
func (f *entFinder) mergeEarlyPersonNames() {
	for e, x := range f.ents {
		// (Its other names may be its words alone: "Ling".)
		if x.kind != entity.KindPerson || x.into >= 0 || x.nameToks < 2 || len(x.mentions) == 0 ||
			slices.ContainsFunc(x.names, func(n string) bool { return n != x.name && (strings.Contains(n, " ") || !strings.Contains(x.name, n)) }) {
			continue
		}
		// (A surname alone may come after the longer name: "the Ling
		// family".)
		last := 0
		for _, m := range x.mentions {
			if m.b-m.a >= len(x.name) {
				last = m.b
			}
		}
		found := f.onlyEntity(e, func(y *nent) bool {
			return y.kind == entity.KindPerson && y.nameToks > x.nameToks && y.first >= last &&
				strings.HasPrefix(y.name, x.name) && y.name[len(x.name)] == ' '
		})
		if found >= 0 {
			f.merge(found, e)
		}
	}
}

// mergeSonOfShortNames makes a name of two words one with the person
// whose name holds them first and last around whose son or daughter the
// person is: "Duqm Aluminium's Salim Al-Harthy" heading an interview
// with "Salim bin Hamad Al-Harthy". A headline's words in title case may
// have made the short name a firm's.
func (f *entFinder) mergeSonOfShortNames() {
	for e, x := range f.ents {
		if x.into >= 0 || x.kind != entity.KindPerson && x.kind != entity.KindCompany || x.nameToks != 2 || len(x.names) != 1 {
			continue
		}
		first, last, _ := strings.Cut(x.name, " ")
		found := f.onlyEntity(e, func(y *nent) bool {
			if y.kind != entity.KindPerson || y.nameToks < 4 || !strings.HasPrefix(y.name, first+" ") || !strings.HasSuffix(y.name, " "+last) {
				return false
			}
			mid := strings.Fields(y.name[len(first) : len(y.name)-len(last)])
			return len(mid) > 0 && sonOf(mid[0])
		})
		if found >= 0 {
			f.merge(found, e)
		}
	}
}

// mergeLegalForms makes two companies one whose names differ only in
// how they write the same legal form: "Chao Phraya Energy Generating
// Public Company Limited" and "Chao Phraya Energy Generating PCL", "Kora
// Co., Ltd." and "Kora Company Limited". (Not "Nishiki Oleo Co Ltd" and
// "Nishiki Oleo Sdn Bhd": two forms, two firms.)
func (f *entFinder) mergeLegalForms() {
	fs := f.formed[:0]
	for e, x := range f.ents {
		if x.kind != entity.KindCompany || x.into >= 0 {
			continue
		}
		if base, form, ok := legalBaseForm(x.name); ok {
			fs = append(fs, formedName{e, base, form})
		}
	}
	f.formed = fs
	// (The names are of this text: not kept past it.)
	defer clear(fs)
	if len(fs) < 2 {
		return
	}
	// Names of one base side by side, in the order of the text.
	slices.SortStableFunc(fs, func(a, b formedName) int { return compareFold(a.base, b.base) })
	for i := 0; i < len(fs); {
		j := i + 1
		for j < len(fs) && compareFold(fs[i].base, fs[j].base) == 0 {
			j++
		}
		for a := i; a < j; a++ {
			for b := a + 1; b < j; b++ {
				if fs[a].form != fs[b].form && equalLegalForm(fs[a].form, fs[b].form) {
					f.merge(min(fs[a].e, fs[b].e), max(fs[a].e, fs[b].e))
				}
			}
		}
		i = j
	}
}

// formedName is a company's name split at its legal form.
type formedName struct {
	e          int
	base, form string
}

// compareFold compares two strings as strings.Compare does, ASCII
// letters folded to lower case.
func compareFold(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return int(x) - int(y)
		}
	}
	return len(a) - len(b)
}

// legalWordsCanon maps the words of legal forms to one spelling each.
var legalWordsCanon = map[string]string{"limited": "ltd", "ltd": "ltd", "company": "co", "co": "co", "public": "public", "pcl": "pcl",
	"corporation": "corp", "corp": "corp", "berhad": "bhd", "bhd": "bhd", "incorporated": "inc", "inc": "inc", "sdn": "sdn",
	"jsc": "jsc", "joint": "joint", "stock": "stock"}

// legalBaseForm splits a company's name into the name before its legal
// form and the form: "Kora Public Company Limited" is "Kora" and
// "Public Company Limited". ok is false when the name ends in no form.
func legalBaseForm(name string) (base, form string, ok bool) {
	end := len(name)
	for {
		t := strings.TrimRight(name[:end], " .,")
		k := strings.LastIndexByte(t, ' ')
		if k < 0 {
			break
		}
		if _, found := lookupLower(legalWordsCanon, strings.TrimRight(t[k+1:], ".,")); !found {
			break
		}
		end = k
	}
	if end == len(name) || end == 0 {
		return "", "", false
	}
	return name[:end], strings.TrimSpace(name[end:]), true
}

// equalLegalForm reports whether two legal forms are one: "Public
// Company Limited" and "PCL", "Co., Ltd." and "Company Limited".
func equalLegalForm(a, b string) bool {
	var x, y [4]string
	n, ok1 := canonLegal(a, &x)
	m, ok2 := canonLegal(b, &y)
	return ok1 && ok2 && n == m && x == y
}

// canonLegal spells the words of a legal form one way each into w, and
// "public co ltd" as "pcl"; it returns how many words it wrote, and
// false for a form of more than four words or an unknown word.
func canonLegal(form string, w *[4]string) (int, bool) {
	n := 0
	for f := range strings.FieldsSeq(form) {
		if n == len(w) {
			return 0, false
		}
		c, ok := lookupLower(legalWordsCanon, strings.Trim(f, ".,"))
		if !ok {
			return 0, false
		}
		w[n] = c
		n++
	}
	if n == 3 && w[0] == "public" && (w[1] == "co" && w[2] == "ltd" || w[1] == "ltd" && w[2] == "co") {
		*w = [4]string{"pcl"}
		n = 1
	}
	if n == 3 && w[0] == "joint" && w[1] == "stock" && w[2] == "co" {
		*w = [4]string{"jsc"}
		n = 1
	}
	return n, true
}

// mergeShouted makes a company named only in capitals one with the
// company whose name, in mixed case, goes on from it: "HUAXI NONFERROUS
// (601890.SS) - Copper" over "Huaxi Nonferrous Metals Co. said", as
// digests head each item.
func (f *entFinder) mergeShouted() {
	for e, x := range f.ents {
		// (Not "PERMATA GAS BERHAD": a name with its legal form is a
		// firm's full name, whatever firm's name goes on from it.)
		if x.kind != entity.KindCompany || x.into >= 0 || x.nameToks < 2 || x.key == "" || !slices.ContainsFunc(x.names, shouted) ||
			slices.ContainsFunc(x.names, func(n string) bool {
				return inSetLower(legalCore, strings.TrimRight(n[strings.LastIndexByte(n, ' ')+1:], ".,"))
			}) {
			continue
		}
		// "KEYUAN NEW ENERGY" over "Shenzhen Keyuan New Energy
		// Technology": the name may also go on past a place it drops.
		found := -1
		for _, l := range [][]int{f.prefixes[x.key], f.afterPlace[x.key]} {
			for _, c := range l {
				c = f.root(c)
				if c == e || f.ents[c].kind != entity.KindCompany || shouted(f.ents[c].name) || countryUnitOf(f.ents[c].fullKey(), x.key) {
					continue
				}
				if found >= 0 && found != c {
					found = -2
					break
				}
				found = c
			}
			if found == -2 {
				break
			}
		}
		if found >= 0 {
			f.merge(found, e)
		}
	}
}

// groupOrRegionOf reports whether name is key and then a word of a
// group or a region: "hyundai motor group" and "ls cable & system asia"
// are firms of their own beside "hyundai motor" and "ls cable & system".
func groupOrRegionOf(name, key string) bool {
	rest, ok := strings.CutPrefix(name, key+" ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	switch w {
	case "group", "holdings", "holding", "asia", "america", "americas", "europe", "international", "global", "pacific", "africa":
		return true
	}
	return false
}

// regionOf reports whether name is key and then a region's name: "ls
// cable & system asia", "tosa steel america inc".
func regionOf(name, key string) bool {
	rest, ok := strings.CutPrefix(name, key+" ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	switch w {
	case "asia", "america", "americas", "europe", "pacific", "africa":
		return true
	}
	return false
}

// countryUnitOf reports whether name is key and then a country's name:
// "tosa steel america inc" is the unit of "tosa steel" in America, not
// its full name.
func countryUnitOf(name, key string) bool {
	rest, ok := strings.CutPrefix(name, key+" ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	_, _, country := entity.LookupCountry(strings.ToUpper(w[:1]) + w[1:])
	return country
}

// groupCountryUnitOf is countryUnitOf, and also true for a unit named
// for a country after the group's trade word: "mayuyama shoji india pvt
// ltd" for the key "mayuyama".
func groupCountryUnitOf(name, key string) bool {
	if countryUnitOf(name, key) {
		return true
	}
	rest, ok := strings.CutPrefix(name, key+" ")
	if !ok {
		return false
	}
	head, rest, _ := strings.Cut(rest, " ")
	w, _, _ := strings.Cut(rest, " ")
	if w == "" || !companyHeads[head] {
		return false
	}
	_, _, country := entity.LookupCountry(strings.ToUpper(w[:1]) + w[1:])
	return country
}

// findTerms collects the acronyms defined in brackets after words in
// lower case whose initials they are: "Heavy mineral concentrate (HMC)",
// "rotary kiln electric furnace (RKEF)"; and after the name of a deal or
// a law, quoted or not: `Conditional Share Purchase Agreement ("CSPA")`.
func (f *entFinder) findTerms() {
	// Only a sentence whose text holds a bracket can hold one as a
	// token.
	for _, es := range f.sents {
		if es.t1 <= es.t0 || strings.IndexByte(f.d.v.s[f.toks[es.t0].a:f.toks[es.t1-1].b], '(') < 0 {
			continue
		}
		for k := max(es.t0, 1); k < es.t1 && k+2 < len(f.toks); k++ {
			f.termAt(k)
		}
	}
}

// termAt reads the acronym defined in brackets at token k, if any: see
// findTerms.
func (f *entFinder) termAt(k int) {
	if !f.punct(k, '(') {
		return
	}
	a, c := k+1, k+2 // the acronym and the closing bracket
	// `Joint Venture and Shareholders' Agreement (the "JVA")`: the
	// deal's short name, whatever words its letters are of.
	deal := false
	// ('a sale and purchase agreement (the "SPA")': so too in lower
	// case.)
	if (f.word(a, "the") || f.word(a, "The")) && a+4 < len(f.toks) && f.punct(a+1, '"') && f.punct(a+3, '"') && f.punct(a+4, ')') &&
		f.toks[k-1].f&(tCap|tLower) != 0 && f.has(k-1, lxLawWords) {
		a, c, deal = a+2, a+4, true
	}
	if f.punct(a, '"') && !deal {
		a, c = k+2, k+4
		if !f.punct(k+3, '"') {
			return
		}
	}
	if c >= len(f.toks) || !f.punct(c, ')') || f.toks[a].f&tUpper == 0 {
		return
	}
	if deal {
		if acr := f.text(a); len(acr) >= 2 && len(acr) <= 6 && !slices.Contains(f.terms, acr) {
			f.terms = append(f.terms, acr)
		}
		return
	}
	// "Annual General Meeting of Shareholders (RUPST)", "Work Plan and
	// Budget (RKAB)": a meeting's or a plan's acronym in its own
	// language, whose letters need not spell the English words.
	if f.toks[k-1].f&tCap != 0 && (f.word(k-1, "Shareholders") || f.word(k-1, "Budget") || f.word(k-1, "Meeting")) && f.toks[a].f&tUpper != 0 {
		if acr := f.text(a); len(acr) >= 2 && len(acr) <= 6 && !slices.Contains(f.terms, acr) {
			f.terms = append(f.terms, acr)
		}
		return
	}
	// "Peak Rated Capacity (PRC)": words in capitals that define an
	// acronym a country also goes by; the text's own meaning wins.
	if f.toks[k-1].f&tLower == 0 && !(f.toks[k-1].f&tCap != 0 && f.has(k-1, lxLawWords)) {
		if _, _, isCountry := f.tokCountry(a); !isCountry || f.toks[k-1].f&tCap == 0 || f.has(k-1, lxGovHeads|lxCompanyHeads|lxLegalEnd) {
			return
		}
		if _, _, ok := f.countryAt(max(0, k-5), k, false); ok {
			return
		}
	}
	acr := f.text(a)
	if len(acr) < 2 || len(acr) > 6 || slices.Contains(f.terms, acr) {
		return
	}
	// The words before the bracket whose letters spell it, from
	// the first of them: no more words than letters, and two more.
	for p := k - 1; p >= 0 && p >= k-len(acr)-2 && f.toks[p].f&tWord != 0; p-- {
		if k-p >= len(acr) && isAcronymOf(acr, strings.Fields(f.d.v.s[f.toks[p].a:f.toks[k-1].b])) {
			f.terms = append(f.terms, acr)
			// No country anywhere by that acronym, even before it is
			// defined (a headline's "PRC").
			if _, _, isCountry := f.tokCountry(a); isCountry {
				for q := range f.toks {
					if t := &f.toks[q]; t.b-t.a == len(acr) && f.text(q) == acr {
						t.f = t.f&^tCountry | tCountryRead
					}
				}
			}
			break
		}
	}
}

// indexSegs fills tokSeg and sentSegs.
func (f *entFinder) indexSegs() {
	f.tokSeg = slices.Grow(f.tokSeg[:0], len(f.toks))[:len(f.toks)]
	// Every token to -1, in copies that double, as memmove writes them.
	if ts := f.tokSeg; len(ts) > 0 {
		ts[0] = -1
		for n := 1; n < len(ts); n *= 2 {
			copy(ts[n:], ts[:n])
		}
	}
	f.sentSegs = slices.Grow(f.sentSegs[:0], len(f.sents))[:len(f.sents)]
	f.anaSegs = slices.Grow(f.anaSegs[:0], len(f.sents))[:len(f.sents)]
	clear(f.sentSegs)
	clear(f.anaSegs)
	// The segments are made sentence by sentence, so the segments of a
	// sentence are a run of indexes: the lists share one array.
	all := slices.Grow(f.all[:0], len(f.segs))[:len(f.segs)]
	f.all = all
	for n := range f.segs {
		g := &f.segs[n]
		for k := g.i; k < g.j; k++ {
			f.tokSeg[k] = int32(n)
		}
		all[n] = n
	}
	for lo := 0; lo < len(f.segs); {
		s := f.segs[lo].s
		hi := lo + 1
		for hi < len(f.segs) && f.segs[hi].s == s {
			hi++
		}
		l := all[lo:hi:hi]
		if f.sentSegs[s] != nil {
			l = append(f.sentSegs[s], l...) // not made in order after all
		}
		slices.SortFunc(l, func(x, y int) int { return f.segs[x].i - f.segs[y].i })
		f.sentSegs[s] = l
		lo = hi
	}
	f.ents = slices.Grow(f.ents[:0], len(f.segs)/2+8)
}

// tokenizeSents tokenises every sentence once.
func (f *entFinder) tokenizeSents() {
	d := f.d
	var hl, sm rng
	if d.headline >= 0 {
		hl = rng{d.lines[d.headline].ts, d.lines[d.headLast].te}
	}
	if d.summary >= 0 {
		sm = rng{d.lines[d.summary].ts, d.lines[d.summary].te}
	}
	// The summary bullets above the body too: "- MOU with X for ...".
	sents := d.quantitySentencesIn(&f.sentBuf)
	n := 0
	for _, s := range sents {
		n += s.b - s.a
	}
	f.toks = slices.Grow(f.toks[:0], n/5+16)
	f.sents = slices.Grow(f.sents[:0], len(sents))
	para, lk := 0, 0
	for _, s := range sents {
		for para < len(d.paras) && d.paras[para].b < s.a {
			para++
		}
		t0 := len(f.toks)
		f.toks = tokenize(d.v.s, s.a, s.b, f.toks)
		lexAll(d.v.s, f.toks[t0:])
		// A ticker is not a name: "(LYC AU)", "(ASX: KRM)".
		for lk < len(d.listingAt) && d.listingAt[lk].b <= s.a {
			lk++
		}
		for m := lk; m < len(d.listingAt) && d.listingAt[m].a < s.b; m++ {
			for k := t0; k < len(f.toks); k++ {
				if t := &f.toks[k]; t.a >= d.listingAt[m].a && t.b <= d.listingAt[m].b {
					t.f |= tCash
				}
			}
		}
		// "Drs. H. Syahrial Effendi": after an honorific, "H." is Haji,
		// the pilgrim's honour, not an initial, when a name of two words
		// follows.
		for k := t0 + 1; k+2 < len(f.toks); k++ {
			if f.hajiAt(k, len(f.toks)) {
				f.toks[k].lex |= lxHonorifics
			}
		}
		// "Md. Rafiqul Islam Bhuiyan": Muhammad, a name's first word,
		// not "MD", the managing director.
		for k := t0; k+1 < len(f.toks); k++ {
			if f.mdName(k) {
				f.toks[k].lex &^= lxTitleHeads
			}
		}
		es := esent{t0: t0, t1: len(f.toks), para: para}
		if s == hl || s == sm {
			es.head, es.para = true, -1
			es.title = f.titleCase(t0, len(f.toks))
			// "PROPOSED DISPOSAL OF 70% OF THE ISSUED SHARES OF X CO.,
			// LTD.": a filing's title in capitals.
			es.caps = len(f.toks)-t0 >= 3 && !hasLower(d.v.s[s.a:s.b])
		} else if len(d.paras) == 0 || s.b <= d.paras[0].a {
			// A summary bullet above the body is read like the
			// standfirst: against the names the body gives.
			es.head, es.para = true, -1
		} else if len(f.toks)-t0 >= 3 && !hasLower(d.v.s[s.a:s.b]) {
			// "CONNECTED TRANSACTION: SUPPLY AGREEMENT WITH X CO., LTD.":
			// a heading in capitals, whose words are all capitalised.
			es.title, es.caps = true, true
		}
		f.sents = append(f.sents, es)
	}
}

// mdName reports whether token k is "Md." or "Md" before a capitalised
// word: Muhammad, as Bangladeshi names write it, not a title.
func (f *entFinder) mdName(k int) bool {
	w := f.text(k)
	return (w == "Md." || w == "Md") && k+1 < len(f.toks) && f.toks[k+1].f&tCap != 0 && f.toks[k+1].f&tUpper == 0
}

// hajiAt reports whether token k is "H." standing for Haji, the
// pilgrim's honour, rather than an initial: after another honorific,
// before a name of two words ("Drs. H. Syahrial Effendi"). Its token
// then carries the honorifics' bit as well as its own. The sentence's
// tokens end before t1.
func (f *entFinder) hajiAt(k, t1 int) bool {
	if k < 1 || k+2 >= t1 {
		return false
	}
	t := &f.toks[k]
	return t.b-t.a == 2 && f.d.v.s[t.a] == 'H' && f.d.v.s[t.a+1] == '.' && f.toks[k-1].lex&lxHonorifics != 0 && f.toks[k+1].f&tCap != 0 && f.toks[k+2].f&tCap != 0
}

// titleCase reports whether the tokens are written in title case, as
// headlines often are: most words of four letters or more capitalised.
func (f *entFinder) titleCase(t0, t1 int) bool {
	long, capd := 0, 0
	for k := t0 + 1; k < t1; k++ {
		t := &f.toks[k]
		if t.f&tWord == 0 || t.b-t.a < 4 || t.f&tDigit != 0 {
			continue
		}
		long++
		if t.f&tCap != 0 {
			capd++
		}
	}
	return long >= 2 && capd*4 >= long*3
}

// text returns the view text of token k.
func (f *entFinder) text(k int) string { t := &f.toks[k]; return f.d.v.s[t.a:t.b] }

// name returns the view text of token k without a place suffix.
func (f *entFinder) name(k int) string { t := &f.toks[k]; return f.d.v.s[t.a:t.cut] }

// fold returns token k's name part in lower case, without dots.
func (f *entFinder) fold(k int) string {
	t := &f.toks[k]
	return f.foldStr(f.d.v.s[t.a:t.cut])
}

// foldStr returns w in lower case, without dots, as foldWord does; a
// word of lexicon comes from the table, so that no string is made.
func (f *entFinder) foldStr(w string) string {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return foldWord(w)
		}
		if c == '.' {
			continue
		}
		if n == len(f.buf) {
			return foldWord(w)
		}
		f.buf[n] = lowerByte[c]
		n++
	}
	if w, ok := lexTab.word(string(f.buf[:n]), wordHash(f.buf[:n])); ok {
		return w
	}
	return f.intern(f.buf[:n])
}

// has reports whether token k is a word in one of the tables of bits.
// The bits of every token of f.toks are looked up as it is made (see
// lexAll), so that has is a test cheap enough to be inlined.
func (f *entFinder) has(k int, bits lexBit) bool {
	return uint(k) < uint(len(f.toks)) && f.toks[k].lex&bits != 0
}

// lexAll looks up the table bits of every word of toks over s, as
// lexOfTok does on first use. Every token appended to entFinder.toks goes
// through it, for has to read.
func lexAll(s string, toks []etok) {
	for k := range toks {
		if t := &toks[k]; t.f&tWord != 0 && (t.f&tDigit == 0 || lexDigitFirst) {
			t.lex = tokLex(s, t.a, t.cut)
		}
		toks[k].f |= tLexed
	}
}

// tokLex is lexAt for the token [a, cut) of s, but for "SPA" in
// capitals: energy news writes it for a sale and purchase agreement
// ("Daehan signed an SPA"), and names the Italian firm's "SpA" or
// "S.p.A." otherwise.
func tokLex(s string, a, cut int) lexBit {
	x := lexAt(s, a, cut)
	if cut-a == 3 && s[a:cut] == "SPA" {
		x &^= lxLegalEnd | lxLegalCore
	}
	return x
}

// lexDigitFirst reports whether a word of lexicon begins with a digit;
// when none does, lexAll leaves a number unread. It is set once and
// never modified.
var lexDigitFirst = func() bool {
	for w := range lexicon {
		if w != "" && isDigit(w[0]) {
			return true
		}
	}
	return false
}()

// written reports whether token k, as written, is a word of one of the
// tables of bits.
func (f *entFinder) written(k int, bits writtenBit) bool {
	if f.toks[k].f&tWrittenRead == 0 {
		f.readWritten(k)
	}
	return f.toks[k].written&bits != 0
}

// readWritten looks up the bits of the tables that hold token k as
// written; it stays out of line, so that written is inlined.
//
//go:noinline
func (f *entFinder) readWritten(k int) { writtenOfTok(f.d.v.s, &f.toks[k]) }

// foldWord lower-cases w and drops its dots.
func foldWord(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || c == '.' || isUpper(c) {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	b := make([]byte, 0, len(w))
	for _, r := range w {
		switch {
		case r == '.':
		case r < utf8.RuneSelf:
			b = append(b, lower(byte(r)))
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return string(b)
}

// keyOf returns the folded core of the name written at tokens [i, j):
// see appendKey.
func (f *entFinder) keyOf(i, j int) string { return string(f.keyBytes(i, j)) }

// keyBytes is keyOf in a buffer that the next call reuses: use it for map
// lookups, which do not keep it.
func (f *entFinder) keyBytes(i, j int) []byte {
	f.kb = appendKey(f.kb[:0], f.d.v.s, f.toks, i, j)
	return f.kb
}

// intern returns b as a string held in f.arena, so that the keys of an
// article cost an allocation or two between them rather than one each.
// The strings stay valid: bytes written to the arena are never written
// over, and a full arena is left to the strings made from it and
// replaced by a larger one.
func (f *entFinder) intern(b []byte) string {
	if f.arena.Cap()-f.arena.Len() < len(b) {
		size := max(256, 2*f.arena.Cap(), 2*len(b))
		f.arena = strings.Builder{}
		f.arena.Grow(size)
	}
	n := f.arena.Len()
	f.arena.Write(b)
	return f.arena.String()[n:]
}

// appendKey appends to kb the folded core of the name at tokens [i, j)
// of s: the words in lower case without dots, joined by single spaces,
// "&" kept, a leading "the", legal forms before the name ("PT") and
// after it ("Co.", "Ltd") dropped, at least one word kept.
func appendKey(kb []byte, s string, toks []etok, i, j int) []byte {
	i, j = keyRange(s, toks, i, j)
	for k := i; k < j; k++ {
		if !keyTok(s, &toks[k]) {
			continue
		}
		if len(kb) > 0 {
			kb = append(kb, ' ')
		}
		kb = appendFoldAt(kb, s, toks[k].a, toks[k].cut)
	}
	return kb
}

// keyTok reports whether token t of s has a word in keys: a word, or
// "&".
func keyTok(s string, t *etok) bool {
	return t.f&tWord != 0 || s[t.a:t.b] == "&"
}

// keyRange returns the tokens that the key of the name at tokens [i, j)
// of s is made of (see appendKey): without the marks around the name, a
// leading "the" and the legal forms before and after it, at least one
// word kept. The key is the words of the tokens in the range.
func keyRange(s string, toks []etok, i, j int) (int, int) {
	word := func(k int) bool { return toks[k].f&tWord != 0 }
	amp := func(k int) bool { return toks[k].f&tWord == 0 && s[toks[k].a:toks[k].b] == "&" }
	for i < j && !word(i) && !amp(i) {
		i++
	}
	for j > i && !word(j-1) && !amp(j-1) {
		j--
	}
	if j-i > 1 && word(i) && (s[toks[i].a:toks[i].cut] == "the" || s[toks[i].a:toks[i].cut] == "The") {
		i++
	}
	for j-i > 1 && word(i) && lexOfTok(s, &toks[i])&lxLegalStart != 0 {
		i++
	}
	for j-i > 1 && (amp(j-1) || word(j-1) && lexOfTok(s, &toks[j-1])&lxLegalCore != 0 || !word(j-1) && !amp(j-1)) {
		j--
		// "Bach Dang Steel Joint Stock Company": a Vietnamese JSC.
		if j-i > 2 && word(j-1) && word(j-2) && strings.EqualFold(s[toks[j-1].a:toks[j-1].cut], "stock") && strings.EqualFold(s[toks[j-2].a:toks[j-2].cut], "joint") {
			j -= 2
		}
	}
	return i, j
}

// keyWords holds the words of a run of at most maxKeyToks tokens,
// joined as appendKey joins them, so that the key of every name that
// begins at the run's first token is a part of it: see key.
type keyWords struct {
	b []byte
	k int // the run's first token
	// first[t] is where the words of the run's tokens from t on begin
	// in b, and last[t] where the words of the tokens before t end.
	first, last [maxKeyToks + 1]int
}

// maxKeyToks is the most tokens of the names that knownInside and
// headlineAt look for.
const maxKeyToks = 8

// fill reads the run of the n tokens from k of toks over s.
func (kw *keyWords) fill(s string, toks []etok, k, n int) {
	kw.b, kw.k = kw.b[:0], k
	var at [maxKeyToks]int // where the word of each token begins, or -1
	for t := 0; t < n; t++ {
		kw.last[t] = len(kw.b)
		at[t] = -1
		if tk := &toks[k+t]; keyTok(s, tk) {
			if len(kw.b) > 0 {
				kw.b = append(kw.b, ' ')
			}
			at[t] = len(kw.b)
			kw.b = appendFoldAt(kw.b, s, tk.a, tk.cut)
		}
	}
	kw.last[n] = len(kw.b)
	kw.first[n] = len(kw.b)
	for t := n - 1; t >= 0; t-- {
		kw.first[t] = kw.first[t+1]
		if at[t] >= 0 {
			kw.first[t] = at[t]
		}
	}
}

// key returns what appendKey appends for the name at tokens [kw.k, j)
// of toks over s, j within the run: a part of kw.b.
func (kw *keyWords) key(s string, toks []etok, j int) []byte {
	a, b := keyRange(s, toks, kw.k, j)
	if from, to := kw.first[a-kw.k], kw.last[b-kw.k]; from < to {
		return kw.b[from:to]
	}
	return nil
}

// appendFold appends w in lower case without dots.
func appendFold(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			for _, r := range w[i:] {
				if r != '.' {
					b = utf8.AppendRune(b, unicode.ToLower(r))
				}
			}
			return b
		}
		if c != '.' {
			b = append(b, lowerByte[c])
		}
	}
	return b
}

// appendFoldAt is appendFold(b, s[a:e]). A word of at most eight bytes
// in ASCII without dots, with eight bytes of s from a on, the common
// case, is read with one load and folded as lexAt folds it.
func appendFoldAt(b []byte, s string, a, e int) []byte {
	n := e - a
	if n <= 0 || n > 8 || a+8 > len(s) {
		return appendFold(b, s[a:e])
	}
	x := load64(s[a:]) & (^uint64(0) >> (64 - 8*n))
	if x&highBits != 0 || zeroByte(x^dots) {
		return appendFold(b, s[a:e])
	}
	x |= upperBytes(x) >> 2
	b = binary.LittleEndian.AppendUint64(b, x)
	return b[:len(b)-8+n]
}

// nameKeyBytes is nameKey in a buffer that the next call reuses: use it
// for map lookups, which do not keep it.
func (f *entFinder) nameKeyBytes(name string) []byte {
	f.ntoks = tokenize(name, 0, len(name), f.ntoks[:0])
	f.nkb = appendKey(f.nkb[:0], name, f.ntoks, 0, len(f.ntoks))
	return f.nkb
}

// dirAt returns the number of tokens of the longest name of the
// directory written at token k (before end), and its entry; 0 when none.
func (f *entFinder) dirAt(k, end int) (int, int) {
	if f.dir.Len() == 0 {
		return 0, -1
	}
	span := f.dir.span[string(appendFold(f.kb[:0], f.name(k)))]
	for l := min(span, end-k); l >= 1; l-- {
		last := &f.toks[k+l-1]
		if last.f&tWord == 0 {
			continue
		}
		ok := true
		for m := k; m < k+l && ok; m++ {
			ok = f.toks[m].f&tWord != 0 || f.punct(m, '&')
		}
		if !ok {
			continue
		}
		if n, found := f.dir.lookupKey(string(f.keyBytes(k, k+l))); found {
			return l, n
		}
	}
	return 0, -1
}

// dirEntry returns the directory entry named at tokens [i, j), or -1.
func (f *entFinder) dirEntry(i, j int) int {
	if n, ok := f.dir.lookupKey(string(f.keyBytes(i, j))); ok {
		return n
	}
	return -1
}

// punct reports whether token k is the mark c.
func (f *entFinder) punct(k int, c byte) bool {
	if k < 0 || k >= len(f.toks) {
		return false
	}
	t := &f.toks[k]
	return t.f&tWord == 0 && t.b-t.a == 1 && f.d.v.s[t.a] == c
}

// word reports whether token k is the word w, as written.
func (f *entFinder) word(k int, w string) bool {
	if k < 0 || k >= len(f.toks) {
		return false
	}
	t := &f.toks[k]
	return t.b-t.a == len(w) && f.d.v.s[t.a:t.b] == w
}

// nameTok reports whether token k can stand in a name: a capitalised
// word, a word in capitals, or a word of letters and digits that starts
// with a digit ("3M"); not a cashtag. The tokenizer reads the shape
// once (see nameShape).
func (f *entFinder) nameTok(k int) bool {
	return f.toks[k].f&(tWord|tCash|tName) == tWord|tName
}

var lowerLegal = wordSet("plc", "bhd", "tbk", "gmbh", "ag", "spa", "srl", "sdn", "s.r.o.", "sro")

// provinceBody reports a body's name at tokens [k, j) that ends with
// "of", a place of one to three words and "province": "Department of
// Industry and Trade of Ha Tinh province".
func (f *entFinder) provinceBody(k, j int) bool {
	m := j - 2
	for m > k && m >= j-4 && f.nameTok(m) {
		m--
	}
	if m <= k || m == j-2 || !f.word(m, "of") {
		return false
	}
	for h := k; h < m; h++ {
		if f.has(h, lxGovHeads) {
			return true
		}
	}
	return false
}

// ofHeads are the words that take an "of" phrase inside a name: "Bank of
// Korea", "Ministry of Industry and Trade", "Republic of Korea".
var ofHeads = wordSet("bank", "republic", "university", "institute", "association", "chamber", "federation",
	"union", "commonwealth", "kingdom", "state", "states", "department", "ministry", "minister", "secretary",
	"governor", "office", "bureau", "agency", "commission", "council", "board", "administration", "authority",
	"people's", "peoples", "emirates", "isle", "isles", "islands", "court", "committee", "school", "college",
	"academy", "society", "organization", "organisation", "centre", "center", "museum", "fund", "corporation",
	"division", "directorate", "inspectorate", "secretariat", "service", "survey", "treasury", "head", "chief",
	"president", "chairman", "director", "officer", "general")

// qaLabel reports an interview's "Q." or "A." at token k, opening its
// line before a capitalised word.
func (f *entFinder) qaLabel(k int) bool {
	if !(f.word(k, "Q.") || f.word(k, "A.")) || k+1 >= len(f.toks) || f.toks[k+1].f&tCap == 0 {
		return false
	}
	a := f.toks[k].a
	return a == 0 || f.d.v.s[a-1] == '\n'
}

// segment cuts the runs of capitalised words of sentence si into
// segments.
func (f *entFinder) segment(si int) {
	es := f.sents[si]
	for k := es.t0; k < es.t1; {
		// ("SALE OF 15% OF X PTY LTD": "OF" opens no name.)
		if !f.nameTok(k) || f.toks[k].f&tUpper != 0 && (f.capsJoinerAt(k, es) || capsBreakers[f.text(k)] || f.word(k, "AND") && k > es.t0 && f.has(k-1, lxLegalEnd) || f.word(k, "OF")) {
			k++
			continue
		}
		// "Q. Why HBI?", "A. We import ...": an interview's labels, no
		// initial of a name.
		if f.qaLabel(k) {
			k++
			continue
		}
		if l, n := f.dirAt(k, es.t1); l > 0 {
			// A name of the user's directory, as a whole.
			f.add(nseg{s: si, i: k, j: k + l, ev: evDir, dir: n})
			k += l
			continue
		}
		j := k + 1
		var st runState
		for j < es.t1 {
			prev := &f.toks[j-1]
			// nl is whether a line break parts the token from the one
			// before it; a single space, the common gap, is read without
			// a search.
			nl := false
			if gap := f.d.v.s[prev.b:f.toks[j].a]; len(gap) > 1 || len(gap) == 1 && gap[0] == '\n' {
				nl = strings.IndexByte(gap, '\n') >= 0
				// "Name                 Cebu Northern Copper": the gap
				// between a table's columns ends a name.
				if !nl && (len(gap) >= 3 && strings.Contains(gap, "   ") || strings.IndexByte(gap, '\t') >= 0) {
					break
				}
			}
			// "Sep Q 2024   FY26 YTD" over "Ore mined   kwmt": nor out of
			// a table's row into the next.
			if nl {
				ls := strings.LastIndexByte(f.d.v.s[:prev.b], '\n') + 1
				if strings.Contains(f.d.v.s[ls:prev.b], "   ") {
					break
				}
			}
			// "Pengda Resources Holdings Limited 鵬達資源控股有限公司": the
			// name in Latin letters and the name in Chinese are two.
			if f.cjkTok(j-1) != f.cjkTok(j) {
				break
			}
			// A name does not run into a label that opens the next line:
			// "... and Representative Director\nContact: ...". (Lines
			// wrapped at a width do cut names.)
			if nl && f.labelOpens(j, es.t1) {
				break
			}
			// Nor into a word that opens sentences on the next line:
			// "(1) Outline of the Tender Offer" over "As of today, ...".
			if nl && sentenceStarters[f.text(j)] {
				break
			}
			// "Shiranui Magnetics Co., Ltd. of Japan": a legal form ends
			// the name before where the firm is from.
			if f.word(j, "of") && f.has(j-1, lxLegalEnd) && j+1 < es.t1 {
				if _, w, ok := f.countryAt(j+1, min(j+4, es.t1), true); ok && w > 0 {
					break
				}
			}
			// "Who holds Pindan\n  Jarrah Minerals   14.9%": nor into an
			// indented line under it, a table's row.
			if nl && strings.HasSuffix(f.d.v.s[prev.b:f.toks[j].a], "\n  ") {
				break
			}
			// "Herman Tjahjadi\nPresident Director": a title on the line
			// below a name is the name's, not a title the name holds.
			// "Lin Wen, Chairman\nHuang Shu, President": nor is a name on
			// the line below a title that ends a line.
			if nl && (f.has(j, lxTitleMods|lxTitleHeads) || f.has(j-1, lxTitleHeads) || f.written(j-1, wrNotName)) && !(j-1 > k && f.legalFormSoon(j, es.t1)) {
				// (Nor a name under a heading word: "Analysts\nChoi Yoon-seo".)
				// (A name wrapped before its legal form goes on:
				// "Pacific Rim Ore\nPartners Pte. Ltd.")
				break
			}
			// "Head, Group Corporate Communications" over "Klebang Tin
			// Holdings Berhad": a line that opens with a title and a
			// comma is a title's line; the name under it is another.
			if nl {
				ls := strings.LastIndexByte(f.d.v.s[:prev.b], '\n') + 1
				if lt := f.tokAt(ls); lt >= 0 && lt+1 < j && f.has(lt, lxTitleHeads|lxTitleMods) && f.punct(lt+1, ',') {
					break
				}
			}
			// "2. STEEL" over "Ratchaburi Steel lifts rebar sales": a
			// section's heading in capitals ends at its line.
			if nl && f.toks[j-1].f&tUpper != 0 && f.toks[j-1].b-f.toks[j-1].a >= 4 && !f.has(j-1, lxLegalStart|lxLegalEnd) && f.toks[j].f&tCap != 0 && f.toks[j].f&tUpper == 0 {
				break
			}
			// "Dr. Hu Yaping\nMs. Kwok Wai Sum": a form of address opens
			// another person's name on the next line.
			if nl && f.has(j, lxHonorifics) && j+1 < es.t1 && (f.punct(j+1, '.') || f.nameTok(j+1)) {
				break
			}
			// "Director in the Ministry of Mines Shri X": a form of
			// address after a body's name opens the person's. (After a
			// body's head, "the Mineral Resources Department Shri X",
			// the run is cut by bodyThenPerson, which reads the title
			// before it too.)
			// (Not a title's run, "Minister of State for Steel Shri X",
			// "Chief Executive Officer Dr X", read with the title; nor a
			// Malaysian honour before it, "Tan Sri Dr X".)
			if j-1 > k && formOfAddress(f.text(j)) && j+1 < es.t1 && f.nameTok(j+1) && !f.has(j-1, lxGovHeads|lxHonorifics) && !f.word(j-1, "Sri") && !f.word(j-1, "Seri") && f.toks[j-1].f&tCap != 0 && !f.titleInRun(k, j) {
				break
			}
			// "祁連鋅業股份有限公司" over "QILIAN ZINC INDUSTRY COMPANY
			// LIMITED": a name in Chinese script, then the same in
			// English, a line each.
			if nl && (f.d.v.s[f.toks[j-1].a] >= utf8.RuneSelf) != (f.d.v.s[f.toks[j].a] >= utf8.RuneSelf) {
				break
			}
			// "Lee Mei Ling\nCompany Secretary": a title, not a legal form.
			if nl && f.word(j, "Company") && j+1 < es.t1 && f.word(j+1, "Secretary") {
				break
			}
			// "About PT X Tbk\nSNP is ...": a legal form that ends a line
			// ends the name.
			// Nor does one run into a name that opens the next line with
			// its legal form: "Investor Relations\nPT X Tbk".
			if nl && (f.has(j-1, lxLegalEnd) || f.has(j, lxLegalStart) && f.toks[j].f&tCap != 0) {
				break
			}
			// In a heading in capitals, a line break or a word that joins
			// phrases ends a name: "AGREEMENT WITH GANSU HEXI CO., LTD.".
			if es.caps && nl {
				break
			}
			// "Ms. Nattaya Boonmee" over "Tel. 0-2018-4500": a contact's
			// label opens the next line.
			if nl && (f.word(j, "Tel") || f.word(j, "Fax") || f.word(j, "Email") || f.word(j, "E-mail") || f.word(j, "Phone") || f.word(j, "Mobile")) {
				break
			}
			// ("... IN PT X NIKEL\nAND\nENTRY INTO ...": so too in a
			// heading in capitals that a sentence takes in.)
			if nl && f.toks[j].f&tUpper != 0 && f.toks[j-1].f&tUpper != 0 && (capsJoiners[f.text(j)] || f.word(j, "AND")) {
				break
			}
			// "X SMELTING SDN BHD AND Y TRADING FZE": after a legal form,
			// AND in capitals joins two names.
			// ("INFORMATION ON PT SLN AND THE VENDOR": nor before "AND
			// THE", which joins phrases.)
			// ("... IN PT X INDONESIA AND ENTRY INTO AGREEMENT": nor
			// before "AND" and a word that a joiner follows.)
			if f.toks[j].f&tUpper != 0 && (f.capsJoinerAt(j, es) || capsBreakers[f.text(j)] || f.word(j, "AND") && (f.has(j-1, lxLegalEnd) || j+1 < es.t1 && f.word(j+1, "THE") ||
				j+2 < es.t1 && capsJoiners[f.text(j+2)] && !f.has(j+1, lxTitleOfDomains))) {
				break
			}
			// "People's Bank of China" is one name, and so is "the
			// State-owned Assets Supervision and Administration
			// Commission", but not "State-owned X" opening a sentence.
			// So too "the Shipbuilders' Association of Japan": a trade
			// body named for its members.
			if prev.f&(tPoss|tSuffix) != 0 && !(prev.f&tPoss != 0 && f.word(j-1, "People") && f.nameTok(j)) && !(prev.f&tPoss != 0 && f.toks[j].f&tCap != 0 && f.has(j, lxAssocHeads) && hasAnySuffix(f.d.v.s[prev.a:f.toks[j].a], "s' ", "s’ ")) &&
				!(prev.f&tStart == 0 && (f.word(j-1, "State-owned") || f.word(j-1, "State-Owned")) && f.nameTok(j)) {
				break
			}
			if f.nameTok(j) {
				j++
				continue
			}
			// "Ahmad Fadzil bin Hashim", "Nasser bin Hamad Al Khalifa":
			// the "son of" or "daughter of" inside a Malay or an Arabic
			// name.
			if j+1 < es.t1 && j-k <= 3 && sonOf(f.d.v.s[f.toks[j].a:f.toks[j].b]) && f.nameTok(j+1) && f.toks[j+1].f&tUpper == 0 {
				j++
				continue
			}
			// "Bayou Meridian Phase 2 Holdings LLC": a short number inside
			// a name its legal form ends.
			if t := &f.toks[j]; t.f&tDigit != 0 && t.b-t.a <= 2 && t.a == prev.b+1 && j+1 < es.t1 && f.nameTok(j+1) && f.legalSoon(j+1, es.t1) {
				j++
				continue
			}
			// ("the Investment Commission of Taiwan's Ministry of X": the
			// possessive opens the next name.)
			if j+1 < es.t1 && f.nameTok(j+1) && f.connectorOK(k, j, &st) && !(f.toks[j+1].f&tPoss != 0 && j+2 < es.t1 && f.nameTok(j+2) && f.countryWord(j+1)) {
				j++
				continue
			}
			// "Dato' Seri X": the Malaysian title ends in an apostrophe.
			if j+1 < es.t1 && f.punct(j, '\'') && f.word(j-1, "Dato") && f.toks[j].b == f.toks[j-1].b+1 && f.nameTok(j+1) {
				j++
				continue
			}
			// "Côte d'Ivoire", "Compagnie d'Exploitation": the French "of"
			// before a vowel, glued to the word.
			if j > k && j+1 <= es.t1 && elided(f.d.v.s[f.toks[j].a:f.toks[j].b]) {
				j++
				continue
			}
			// "PT Aneka Logam (Persero) Tbk": Indonesia's state firms
			// carry the word in their names.
			if j+2 < es.t1 && f.punct(j, '(') && f.word(j+1, "Persero") && f.punct(j+2, ')') {
				j += 3
				continue
			}
			// "Ganzhou Ruixiang Investment Partnership (Limited
			// Partnership)": a Chinese partnership's form in brackets.
			if j+3 < es.t1 && f.punct(j, '(') && f.word(j+1, "Limited") && f.word(j+2, "Partnership") && f.punct(j+3, ')') {
				j += 4
				break
			}
			// "Kora Magnetics (Thailand) Co., Ltd.": the country of a
			// unit in brackets before its legal form.
			// "Chenzhou Zinc (Hong Kong) Trading Co., Limited": a word or
			// two may come between the bracket and the form.
			if j+3 < es.t1 && f.punct(j, '(') && f.punct(j+2, ')') && f.legalSoon(j+3, es.t1) {
				if _, w, ok := f.countryAt(j+1, j+2, true); ok && w == 1 || f.word(j+1, "HK") {
					j += 3
					continue
				}
				// "Kuruman Ridge Manganese (Pty) Ltd": South Africa's
				// private company, its form in brackets.
				// "Taiyo Oleo (M) Sdn Bhd", "(S) Pte Ltd": Malaysia and
				// Singapore by their letters, as names there write them.
				if f.word(j+1, "Pty") || f.word(j+1, "PTY") || f.word(j+1, "M") || f.word(j+1, "S") {
					j += 3
					continue
				}
				// "Tianrui New Energy (Yibin) Co": the city of a unit,
				// as Chinese firms name their local companies.
				if t := &f.toks[j+1]; t.f&tCap != 0 && t.f&tWord != 0 && t.b-t.a >= 3 {
					j += 3
					continue
				}
			}
			// "Xiling International Trading (Hong Kong) Limited": a place
			// of two or three words.
			if f.punct(j, '(') {
				if c := j + 3; c+1 < es.t1 && f.punct(c, ')') || c+2 < es.t1 && f.punct(c+1, ')') {
					if !f.punct(c, ')') {
						c++
					}
					if f.legalSoon(c+1, es.t1) {
						if _, w, ok := f.countryAt(j+1, c, true); ok && w == c-j-1 {
							j = c + 1
							continue
						}
						// "Serimas Refinery (Pasir Gudang) Sdn Bhd": a
						// town of two or three words.
						town := true
						for t := j + 1; t < c; t++ {
							if x := &f.toks[t]; x.f&tCap == 0 || x.f&tWord == 0 || x.b-x.a < 3 {
								town = false
							}
						}
						if town {
							j = c + 1
							continue
						}
					}
				}
			}
			// "Office of the Chief Economist".
			if j == k+1 && j+2 < es.t1 && f.word(k, "Office") && f.word(j, "of") && f.word(j+1, "the") && f.nameTok(j+2) {
				j += 2
				continue
			}
			// "Stock Exchange of Hong Kong Limited": one name.
			if j+1 < es.t1 && j-2 >= k && f.word(j, "of") && f.word(j-1, "Exchange") && exchangeKinds[f.fold(j-2)] && f.nameTok(j+1) {
				j++
				continue
			}
			// "Department of Industry and Trade of Ha Tinh province": a
			// province's department.
			if st.ofGov && f.word(j, "province") && f.provinceBody(k, j+1) {
				j++
				continue
			}
			if j+2 < es.t1 && st.ofGov && f.word(j, "of") && f.nameTok(j+1) {
				m := j + 1
				for m < es.t1 && m < j+4 && f.nameTok(m) {
					m++
				}
				if m < es.t1 && f.word(m, "province") {
					j = m + 1
					continue
				}
			}
			// "Department of Climate Change, Energy, the Environment and
			// Water": "the" opens a field in a body's list.
			if j+2 < es.t1 && f.punct(j, ',') && f.word(j+1, "the") && f.nameTok(j+2) && st.ofGov && f.connectorOK(k, j, &st) {
				j += 2
				continue
			}
			// "Department of the Interior", "Republic of the Congo".
			// (Not "Head of the Critical Minerals Office": a title, then
			// the body.)
			if j+2 < es.t1 && (f.word(j, "of") || f.word(j, "in")) && f.word(j+1, "the") && f.nameTok(j+2) && !(j == k+1 && f.word(k, "Head")) && f.connectorOK(k, j, &st) {
				j += 2
				continue
			}
			break
		}
		f.run(si, k, j)
		k = j
	}
}

// legalSoon reports a capitalised legal form at token n, or after one or
// two capitalised words from n, before token end: what may follow a
// unit's place in brackets ("(Hong Kong) Limited", "(Hong Kong) Trading
// Co., Limited").
func (f *entFinder) legalSoon(n, end int) bool {
	// "Yalong Mining (Zimbabwe) (Private) Limited", "(Pty) Ltd": a
	// private company's form in brackets, after the unit's country.
	if n+3 < end && f.punct(n, '(') && f.punct(n+2, ')') && (f.word(n+1, "Private") || f.word(n+1, "Pvt") || f.word(n+1, "Pty") || f.word(n+1, "PTY")) && f.has(n+3, lxLegalCore|lxLegalEnd) {
		return true
	}
	for m := n; m < end && m <= n+2; m++ {
		t := &f.toks[m]
		if t.f&tCap == 0 || t.f&tWord == 0 {
			return false
		}
		if f.has(m, lxLegalCore|lxLegalEnd) {
			return true
		}
	}
	return false
}

// labelOpens reports a label that opens the line at token j: a few words
// and a colon ("Contact:", "Person responsible for disclosure :").
func (f *entFinder) labelOpens(j, end int) bool {
	for m := j + 1; m < end && m <= j+6; m++ {
		if f.punct(m, ':') {
			return true
		}
		if f.toks[m].f&tWord == 0 || strings.IndexByte(f.d.v.s[f.toks[m-1].b:f.toks[m].a], '\n') >= 0 {
			return false
		}
	}
	return false
}

// cjkTok reports a token written in Chinese, Japanese or Korean script.
func (f *entFinder) cjkTok(k int) bool {
	w := f.d.v.s[f.toks[k].a:f.toks[k].b]
	if w == "" || w[0] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.In(r, unicode.Han, unicode.Hangul, unicode.Katakana, unicode.Hiragana)
}

// jointStockAt reports "Joint Stock Company" or "Joint Stock
// Corporation" from token m on.
func (f *entFinder) jointStockAt(m int) bool {
	return f.word(m, "Joint") && f.word(m+1, "Stock") && (f.word(m+2, "Company") || f.word(m+2, "Corporation"))
}

// legalFormSoon reports a legal form among the few name tokens from k
// on, before end: "Partners Pte. Ltd.".
func (f *entFinder) legalFormSoon(k, end int) bool {
	for m := k; m < end && m < k+4; m++ {
		if !f.nameTok(m) {
			return false
		}
		if f.has(m, lxLegalEnd) {
			return true
		}
	}
	return false
}

// plainNameRun reports a run [i, j) that can only be a person's name
// where the words before it call for one: capitalised words and
// initials, none of them a company's, government's or legal word.
func (f *entFinder) plainNameRun(i, j int) bool {
	words := 0
	for k := i; k < j; k++ {
		t := &f.toks[k]
		if t.f&tWord == 0 {
			if !f.punct(k, '.') || k == i || f.toks[k-1].b-f.toks[k-1].a != 1 {
				return false
			}
			continue
		}
		if t.f&tCap == 0 || t.f&tUpper != 0 && t.b-t.a > 2 || f.has(k, lxCompanyHeads|lxLegalEnd|lxGovHeads) {
			return false
		}
		words++
	}
	return words >= 2
}

// runState is what connectorOK remembers of a run: whether an "of"
// phrase has begun, and whether it follows a government or minister
// head ("Ministry of Economy, Trade and Industry").
type runState struct{ of, ofGov, list, forName bool }

// acronymSpansAnd reports whether the run of name words after the "and"
// at token j ends in a bracketed acronym that spells the whole run from
// token k, and could not be of the words after the "and" alone: in
// "Nippon Export and Investment Insurance (NEXI)" the "N" says the name
// began at "Nippon"; in "Samsung and LG Energy Solution (LGES)" it began
// after the "and".
func (f *entFinder) acronymSpansAnd(k, j int) bool {
	m := j + 1
	for m < len(f.toks) && m < j+6 && f.nameTok(m) {
		m++
	}
	if m == j+1 || m+2 >= len(f.toks) || !f.punct(m, '(') || !f.punct(m+2, ')') {
		return false
	}
	acr := f.text(m + 1)
	if len(acr) < 3 || len(acr) > 8 {
		return false
	}
	for i := 0; i < len(acr); i++ {
		if !isUpper(acr[i]) {
			return false
		}
	}
	s := f.d.v.s
	if upper(s[f.toks[k].a]) != acr[0] || upper(s[f.toks[j+1].a]) == acr[0] {
		return false
	}
	return isAcronymOf(acr, []string{s[f.toks[k].a:f.toks[m-1].b]})
}

// ministerIn reports a minister's title word among tokens [k, j).
func (f *entFinder) ministerIn(k, j int) bool {
	for m := k; m < j; m++ {
		if f.has(m, lxMinisterHeads) {
			return true
		}
	}
	return false
}

// ministryRun reports whether the run from token k opens with
// "Ministry", after "The" or a country's word or both: "The Tajik
// Ministry of ...".
func (f *entFinder) ministryRun(k int) bool {
	if f.word(k, "The") {
		k++
	}
	if f.countryWord(k) {
		k++
	}
	return f.word(k, "Ministry")
}

// acronymCloses reports whether the "and" at token j is followed by one
// to three capitalised words, none a firm's, a body's or a country's,
// and a bracketed acronym that is not theirs alone: "... and Free Zones
// (OPAZ)".
func (f *entFinder) acronymCloses(j int) bool {
	m := j + 1
	for m < len(f.toks) && m < j+4 && f.nameTok(m) && f.toks[m].f&tUpper == 0 && !f.has(m, lxLegalEnd|lxCompanyHeads|lxGovHeads|lxMinisterHeads) && !f.countryWord(m) {
		m++
	}
	if m == j+1 || m+2 >= len(f.toks) || !f.punct(m, '(') || !f.punct(m+2, ')') {
		return false
	}
	acr := f.text(m + 1)
	if len(acr) < 3 || len(acr) > 8 || !isUpper(acr[0]) || upper(f.d.v.s[f.toks[j+1].a]) == acr[0] {
		return false
	}
	for i := 0; i < len(acr); i++ {
		if !isUpper(acr[i]) {
			return false
		}
	}
	return true
}

// lowerBefore reports whether a word in lower case stands right before
// token k, a comma between or not: "of X", "units, X"; not a
// dateline's "ALMATY, X".
func (f *entFinder) lowerBefore(k int) bool {
	p := k - 1
	if p >= 0 && f.punct(p, ',') {
		p--
	}
	return p >= 0 && f.toks[k].f&tStart == 0 && f.toks[p].f&tWord != 0 && f.toks[p].f&tLower != 0
}

// connectorOK reports whether token j may join the run [k, j) to the
// capitalised word after it.
func (f *entFinder) connectorOK(k, j int, st *runState) bool {
	if f.punct(j, '&') {
		return true
	}
	// "general director of Vinacoal – Hon Net Coal JSC": a group's
	// brand, a spaced dash and the member firm's name, as Vietnamese
	// state groups name their units. Not at a sentence's start, where a
	// dateline's place stands before a dash.
	if f.punct(j, '-') && j-k <= 2 && f.lowerBefore(k) && !f.countryWord(k) && j+1 < len(f.toks) &&
		f.toks[j].a > f.toks[j-1].b && f.toks[j+1].a > f.toks[j].b && f.toks[j+1].f&tCap != 0 && f.toks[k].f&tCap != 0 {
		for m := j + 1; m < len(f.toks) && m < j+7 && f.nameTok(m); m++ {
			if f.has(m, lxLegalEnd) && m > j+1 {
				return true
			}
		}
		// "general director of Vinacoal – Hon Net Coal": the unit named
		// before, its legal form left out.
		return strings.Contains(f.d.v.s[:f.toks[k].a], f.d.v.s[f.toks[k].a:f.toks[j+1].b])
	}
	// "Minister of Investment/Head of BKPM X": a second post.
	if f.punct(j, '/') && st.ofGov && j+2 < len(f.toks) && f.has(j+1, lxTitleHeads) && f.word(j+2, "of") {
		return true
	}
	if f.punct(j, ',') {
		// "Cordillera Resources Holdings, Inc.", "Gulf LNG Development,
		// L.P.": a legal form after a comma ends the name.
		if j+1 < len(f.toks) && (f.word(j+1, "Inc.") || f.word(j+1, "Inc") || f.word(j+1, "LLC") || f.word(j+1, "L.P.") || f.word(j+1, "Ltd.") || f.word(j+1, "Limitada") || f.word(j+1, "Lda") || f.word(j+1, "Ltda")) && f.toks[j-1].f&tCap != 0 {
			return true
		}
		// "Gyeongsan Magnetics Co., Ltd.": two legal forms.
		if f.has(j-1, lxLegalCore) && f.toks[j-1].f&tCap != 0 && f.has(j+1, lxLegalCore) && !f.has(j+1, lxLegalStart) && j+1 < len(f.toks) && f.toks[j+1].f&tCap != 0 {
			return true
		}
		// "Ministry of Economy, Trade and Industry"; not "Ministry of
		// Mines, Shri X, and ...", a list of officials.
		if !st.ofGov || j+1 < len(f.toks) && f.has(j+1, lxHonorifics) {
			return false
		}
		for m := j + 2; m < j+8 && m+1 < len(f.toks); m++ {
			if f.word(m, "and") && f.nameTok(m+1) {
				st.list = true
				return true
			}
			// ("Climate Change, Energy, the Environment and Water".)
			if !f.nameTok(m) && !f.punct(m, ',') && !f.word(m, "the") {
				return false
			}
		}
		return false
	}
	t := &f.toks[j]
	if t.f&tWord == 0 || t.f&tLower == 0 {
		return false
	}
	w := f.text(j)
	switch w {
	case "of":
		// "Directorate General of Trade Remedies".
		gen := f.word(j-1, "General") && f.has(j-2, lxGovHeads) && j-2 >= k
		if f.has(j-1, lxOfHeads|lxTitleHeads) || gen {
			st.of = true
			st.ofGov = f.has(j-1, lxGovHeads|lxMinisterHeads) || gen
			return true
		}
		// "Ministry of Energy of the Republic of Kazakhstan", "Ministry
		// of Mining Industry and Geology of Uzbekistan": the state whose
		// body it is, after its field.
		if st.ofGov && f.ofState(j, len(f.toks)+2) > j {
			return true
		}
		// "Agency for Protection and Development of Competition": the
		// "of" phrase of a body's second field.
		if st.ofGov && j-2 >= k && f.word(j-2, "and") && f.toks[j-1].f&tCap != 0 && j+1 < len(f.toks) && f.toks[j+1].f&tCap != 0 && !f.has(j+1, lxLegalEnd|lxCompanyHeads) {
			return true
		}
		// "National Collieries of India Ltd", "Steel Authority of India
		// Limited": a country, then the legal form, inside the name.
		if f.toks[j-1].f&tCap != 0 && j+2 < len(f.toks) {
			if _, w, ok := f.countryAt(j+1, min(j+4, len(f.toks)), true); ok && w > 0 && j+1+w < len(f.toks) && f.has(j+1+w, lxLegalEnd) && f.toks[j+1+w].f&(tCap|tUpper) != 0 {
				return true
			}
		}
		return false
	case "the":
		return f.word(j-1, "of")
	case "et":
		// "Lualaba Cuivre et Cobalt SAS": French "and" inside a name,
		// between two capitalised words; English text has no "et" of
		// its own.
		return f.toks[j-1].f&tCap != 0 && j+1 < len(f.toks) && f.toks[j+1].f&tCap != 0 && f.nameTok(j+1)
	case "and":
		// "Tamra Bharat Ltd and Mineral Survey Corporation Ltd": a legal
		// form ends a name; "and" joins the next.
		if f.has(j-1, lxLegalEnd) && f.toks[j-1].f&(tCap|tUpper) != 0 && j-1 > k {
			return false
		}
		// "President and CEO", "Managing Director and Chief Executive".
		if f.has(j-1, lxTitleHeads) && f.toks[j-1].f&(tCap|tUpper) != 0 && f.has(j+1, lxTitleHeads|lxTitleMods) && f.toks[j+1].f&(tCap|tUpper) != 0 {
			return true
		}
		// "China Iron and Steel Association", "Zambales Chromite and
		// Nickel Inc.": two words of trades joined,
		// after a title's "of" too ("Chairman of the Japan Iron and
		// Steel Federation").
		if industryWords[f.fold(j-1)] && industryWords[f.fold(j+1)] && f.toks[j-1].f&tCap != 0 {
			return true
		}
		if st.of {
			// Inside the "of" phrase of a body: "of Industry and Trade".
			// The end of a list of fields: "of Energy, Mines, Industry
			// Regulation and Safety".
			if st.list {
				st.list = false // one "and" ends the list
				return true
			}
			// "Organization for Metals and Energy Security".
			if st.forName {
				st.forName = false
				return true
			}
			// "Agency for Protection and Development of Competition": a
			// body's second field, with an "of" phrase of its own.
			if st.ofGov && f.toks[j-1].f&tCap != 0 && j+3 < len(f.toks) && f.toks[j+1].f&tCap != 0 && !f.has(j+1, lxLegalEnd|lxCompanyHeads|lxGovHeads) && f.word(j+2, "of") && f.toks[j+3].f&tCap != 0 && !f.countryWord(j+1) {
				return true
			}
			// "Public Authority for Special Economic Zones and Free Zones
			// (OPAZ)": a body's acronym in brackets closes its name, the
			// words after "and" no name of their own.
			if st.ofGov && f.acronymCloses(j) {
				return true
			}
			if !f.has(j-1, lxTitleOfDomains) {
				// "Department of Crop Production and Plant Protection",
				// "Department of Primary Industries and Mines": a
				// department's second field, one or two words that end
				// the name.
				if st.ofGov && f.departmentIn(k, j) && f.toks[j-1].f&tCap != 0 && j+1 < len(f.toks) && f.nameTok(j+1) && !f.countryWord(j+1) {
					// (A word of firms only among fields: "and Mines", not
					// "and Kora Mining".)
					m, firmWord, fields := j+1, false, true
					for m < len(f.toks) && m < j+3 && f.nameTok(m) && !f.has(m, lxLegalEnd|lxGovHeads) && (!f.has(m, lxCompanyHeads) || f.has(m, lxTitleOfDomains)) {
						firmWord = firmWord || f.has(m, lxCompanyHeads)
						fields = fields && f.has(m, lxTitleOfDomains)
						m++
					}
					return m > j+1 && (m >= len(f.toks) || !f.nameTok(m)) && (!firmWord || fields)
				}
				return false
			}
			// "Ministry of Investment and Downstream Industry": a field
			// with a word of its own before it.
			// ("Ministry of Natural Resources and Environmental
			// Sustainability": two words that end a ministry's name.)
			// ("Ministry of Industry and New Technologies": a field of
			// new things, however a firm's its word.)
			if st.ofGov && f.word(j+1, "New") && j+2 < len(f.toks) && f.toks[j+2].f&tCap != 0 && (f.has(j+2, lxTitleOfDomains) || f.has(j+2, lxCompanyHeads)) && !f.has(j+2, lxLegalEnd) &&
				(j+3 >= len(f.toks) || !f.nameTok(j+3) || f.ministerIn(k, j)) {
				return true
			}
			return f.has(j+1, lxTitleOfDomains) || !st.ofGov ||
				j+2 < len(f.toks) && f.toks[j+1].f&tCap != 0 && f.toks[j+2].f&tCap != 0 && (f.has(j+2, lxTitleOfDomains) || f.ministryRun(k) && !f.has(j+2, lxLegalEnd|lxCompanyHeads|lxGovHeads)) && !f.has(j+1, lxGovHeads|lxMinisterHeads) &&
					(j+3 >= len(f.toks) || !f.nameTok(j+3)) && !f.countryWord(j+1)
		}
		// "Energy and Mineral Resources Minister": the fields of a
		// minister's title.
		if !st.of && f.has(j-1, lxTitleOfDomains) && f.has(j+1, lxTitleOfDomains) {
			// ("Mines and Mining Development Deputy Minister": a
			// deputy's.)
			for m := j + 2; m < j+6 && m < len(f.toks) && f.nameTok(m); m++ {
				if f.has(m, lxMinisterHeads) {
					return true
				}
				if !f.has(m, lxTitleOfDomains) && !(rankWords[f.fold(m)] && f.has(m+1, lxMinisterHeads)) {
					break
				}
			}
		}
		// "U.S. Customs and Border Protection", "Immigration and
		// Customs Enforcement": the fields of a border agency.
		if (f.word(j-1, "Customs") || f.word(j-1, "Immigration")) && j+2 < len(f.toks) && f.toks[j+1].f&tCap != 0 && f.toks[j+2].f&tCap != 0 &&
			(j+3 >= len(f.toks) || !f.nameTok(j+3)) && !f.has(j+2, lxLegalEnd|lxCompanyHeads) {
			return true
		}
		// "Nghe An Pipe and Sections JSC", "Coal Import-Export and
		// Trading Co.": a word of a firm's lines after "and", then the
		// legal form.
		// ("Cao Bang Pulp and Packaging Joint Stock Company".)
		// ("Zarafshan Mining and Metallurgical Combinat": a Soviet-era
		// works.)
		if f.toks[j-1].f&tCap != 0 && j+2 < len(f.toks) && f.toks[j+1].f&tCap != 0 && firmLineWords[f.fold(j+1)] &&
			(f.has(j+2, lxLegalEnd) || f.jointStockAt(j+2) || f.word(j+2, "Combinat") || f.word(j+2, "Kombinat") || j+3 < len(f.toks) && f.toks[j+2].f&tCap != 0 && firmLineWords[f.fold(j+2)] && (f.has(j+3, lxLegalEnd) || f.jointStockAt(j+3))) {
			return true
		}
		// "the Korea Mine Rehabilitation and Mineral Resources
		// Corporation": a state corporation's name, a country's word
		// first, after "the", with no legal form before "and".
		if c := k + b2i(f.word(k, "The")); (c > k || k > 0 && (f.word(k-1, "the") || f.word(k-1, "The"))) && f.countryWord(c) && j-c >= 2 && !f.has(j-1, lxLegalEnd|lxCompanyHeads) {
			for m := j + 1; m < j+5 && m < len(f.toks) && f.nameTok(m); m++ {
				if f.word(m, "Corporation") || f.has(m, lxGovHeads) {
					return true
				}
			}
		}
		// "Securities and Exchange Commission", "National Development
		// and Reform Commission".
		for m := j + 1; m < j+4 && m < len(f.toks) && f.nameTok(m); m++ {
			if f.has(m, lxGovHeads) {
				return true
			}
		}
		return f.acronymSpansAnd(k, j)
	case "on":
		// "Committee on Foreign Investment"; not "told Parliament on
		// Tuesday".
		if f.has(j-1, lxGovHeads) && !f.calendarWord(j+1) {
			st.of, st.ofGov = true, true
			return true
		}
		return false
	case "in":
		// "... in the United States": a body's country, after its
		// "of" or "on" phrase.
		if st.ofGov && f.word(j+1, "the") {
			_, _, ok := f.countryAt(j+2, min(j+4, len(f.toks)), true)
			return ok
		}
		return false
	case "for":
		// "Minister for Economic Affairs" is read as "of".
		if f.has(j-1, lxMinisterHeads) {
			st.of, st.ofGov = true, true
			return true
		}
		if f.has(j-1, lxGovHeads) {
			// "Agency for Natural Resources and Energy".
			st.of, st.ofGov = true, true
			return true
		}
		// "Japan Bank for International Cooperation", "Korea Institute
		// for Industrial Economics and Trade".
		if f.has(j-1, lxOfHeads) && f.toks[j-1].f&tCap != 0 {
			st.of, st.forName = true, true
			return true
		}
		return false
	case "ng":
		// "Bangko Sentral ng Pilipinas".
		return f.word(j-1, "Sentral")
	case "de", "du", "des", "van", "von", "der", "den", "da", "dos", "bin", "del", "la", "le", "dela", "delos", "di", "binti":
		return j > k
	case "y", "do":
		// "Energía y Minería del Norte", "Vale do Rio Doce": the "and"
		// and "of" of Spanish and Portuguese names.
		return j > k && f.toks[j-1].f&tCap != 0
	}
	return false
}

// segEndsAt reports whether a segment of sentence si ends at token k:
// "Natural Resources" of a body's name is the body's, no title's.
func (f *entFinder) segEndsAt(si, k int) bool {
	for p := len(f.segs) - 1; p >= 0 && f.segs[p].s == si; p-- {
		if f.segs[p].j == k {
			return true
		}
	}
	return false
}

// plainNameAfterTitle reports two or three words [i, j) in title case,
// none of a firm's or body's words, followed by a word in lower case or a
// mark: the shape of a person's name after a title and its field.
func (f *entFinder) plainNameAfterTitle(i, j int) bool {
	if j-i < 2 || j-i > 3 || j >= len(f.toks) || f.toks[j].f&tWord != 0 && f.toks[j].f&tLower == 0 {
		return false
	}
	for k := i; k < j; k++ {
		t := &f.toks[k]
		if t.f&tCap == 0 || t.f&tUpper != 0 || t.f&tPoss != 0 || f.has(k, lxCompanyHeads|lxLegalEnd|lxGovHeads|lxTitleHeads|lxTitleOfDomains) {
			return false
		}
	}
	return true
}

// titleInRun reports a title's word among tokens [k, j).
func (f *entFinder) titleInRun(k, j int) bool {
	for m := k; m < j; m++ {
		if f.has(m, lxTitleHeads|lxTitleMods) {
			return true
		}
	}
	return false
}

// formOfAddress reports the forms of address that open a person's name
// after a body's or a firm's: "Shri", "Smt", "Mr", "Dr".
func formOfAddress(w string) bool {
	switch w {
	case "Shri", "Smt", "Smt.", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.":
		return true
	}
	return false
}

// calendarWord reports whether token k is a weekday or a month:
// "Parliament on Tuesday" ends at "Parliament".
func (f *entFinder) calendarWord(k int) bool {
	if k >= len(f.toks) || f.toks[k].f&tCap == 0 {
		return false
	}
	w := f.fold(k)
	if _, ok := months[w]; ok {
		return true
	}
	return slices.Contains(weekdays, w)
}

// startDescriptors are the words for a firm's role that may open a
// sentence before its name: "Rival X said", "Refiner X plans". Folded.
var startDescriptors = wordSet("rival", "rivals", "peer", "parent", "partner", "refiner", "miner", "producer",
	"steelmaker", "carmaker", "automaker", "chipmaker", "smelter", "explorer", "buyer", "supplier", "customer",
	"developer", "manufacturer", "maker", "exporter", "importer", "shipper", "insurer", "lender", "operator",
	"competitor", "fellow", "shareholder", "investor", "trader", "utility", "conglomerate", "broker", "shipowner", "recycler",
	"promoter", "promoters", "seller", "vendor", "acquirer", "owner")

// nameAdjective reports whether token k, a word of leadStop, is the
// adjective that opens a name rather than an adverb: "the Overseas
// Investment Office", but "Overseas, sales rose".
func (f *entFinder) nameAdjective(k int) bool {
	return f.word(k, "Overseas") && f.toks[k].f&tStart == 0 && k+1 < len(f.toks) && f.nameTok(k+1)
}

// leadStop are words that begin a run but not a name: articles,
// prepositions, pronouns, calendar words. As written.
var leadStop = wordSet(
	// Terms of delivery before a port: "CFR Qingdao", "FOB Newcastle".
	"CFR", "CIF", "FOB", "DAP", "DDP", "FCA", "CPT", "EXW",
	// A coal's calorific basis: "5,500 kcal/kg NAR Australian coal".
	"NAR", "GAR", "GCV", "NCV",
	// "Rival Feng Yuan Iron & Steel Co said": the firm's role.
	"Rival", "Rivals", "Peer", "Competitor",
	"The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "For", "But", "And", "Or", "Neither", "Either",
	"As", "While", "Today", "Yesterday", "Tomorrow", "Meanwhile", "Also", "Its", "It", "Their", "With",
	"From", "To", "Of", "By", "After", "Before", "Under", "Over", "Why", "How", "What", "Is", "Are",
	"Was", "Will", "He", "She", "They", "We", "I", "Our", "His", "Her", "If", "When", "Where", "Which",
	"Who", "Whose", "Since", "Until", "Although", "Though", "Despite", "Amid", "Among", "Between",
	"During", "Through", "Via", "Per", "About", "According", "However", "So", "Then", "Thus", "Now",
	"Here", "There", "Some", "Many", "Most", "Both", "All", "Each", "Several", "Other", "Another",
	"Such", "Not", "Any", "Every", "Like", "Unlike", "Even", "Just", "Only", "Once", "Because",
	"Unless", "Whether", "Beyond", "Against", "Without", "Within", "Into", "Onto", "Upon", "Toward",
	"Towards", "Across", "Behind", "Near", "Outside", "Inside", "Following", "Including", "Excluding",
	"Earlier", "Later", "Last", "Next", "Week", "Month", "Year", "Abroad", "Overseas", "Domestically",
	"Locally", "Separately", "Elsewhere", "Globally", "Internationally", "Regionally", "Nationally",
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
	"November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
	"Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "No.", "Fig.", "Vol.",
	"Gov.", "Sen.", "Rep.", "Gen.", "Hon.", "Lt.", "Col.", "Capt.", "Adm.", "Sir", "Dame",
	"Engr.", "Atty.", "Ir.", "Drs.", "Hj.",
	"Whoever", "Whatever", "Whichever", "Spot", "Shareholders", "Shareholder", "Shareholding",
	// Units before a plant's name: "the 2,640 MW Sidhi plant".
	"MW", "GW", "kW", "MWh", "GWh", "kV", "MWp", "GWp",
)

// run cuts one run of capitalised words [k, j) of sentence si into
// segments: it drops the words that begin runs but not names, splits at
// titles, and records what is left.
func (f *entFinder) run(si, k, j int) {
	// "LISTED Tamaraw Resources Corp. has resumed": a story's first word
	// set in capitals, a common word the text writes in lower case too.
	if j-k >= 2 && f.toks[k].f&tStart != 0 && f.toks[k].f&tUpper != 0 && f.toks[k].b-f.toks[k].a >= 4 &&
		f.toks[k+1].f&tCap != 0 && f.toks[k+1].f&tUpper == 0 && f.writtenLowerNear(f.fold(k), f.toks[k].a) {
		k++
	}
	// "Chairman of the Management Board of Qazaq Sirek Metal JSC Yerbol
	// Sarsenbayev": a board's title, the firm with its legal form, and
	// the person after it.
	if f.boardTitlePerson(si, k, j) || f.firmThenPerson(si, k, j) || f.knownFirmThenPerson(si, k, j) || f.bodyThenPerson(si, k, j) {
		return
	}
	// "The Board of Directors of Kora Metals Berhad": the company, not
	// its board.
	if b := k; j-k >= 5 && (f.word(b, "Board") || f.word(b, "The") && f.word(b+1, "Board") && j-k >= 6) {
		if f.word(b, "The") {
			b++
		}
		if f.word(b+1, "of") && f.word(b+2, "Directors") && f.word(b+3, "of") {
			k = b + 4
		}
	}
	// "PROPOSED DISPOSAL OF 70% OF THE ISSUED SHARES OF LANNA ZINC
	// MINING CO., LTD.": in a heading in capitals, the firm whose shares
	// are dealt in, not the words before it.
	if f.sents[si].caps {
		for m := j - 2; m >= k; m-- {
			if (f.word(m, "SHARES") || f.word(m, "CAPITAL") || f.word(m, "INTEREST") || f.word(m, "STAKE")) && (f.word(m+1, "OF") || f.word(m+1, "IN")) {
				k = m + 2
				break
			}
		}
		if k >= j {
			return
		}
	}
	// "Shareholders of Delta Green Agro JSC approved": the company.
	if j-k >= 3 && (f.word(k, "Shareholders") || f.word(k, "Shareholder")) && f.word(k+1, "of") {
		k += 2
	}
	// "the Executive Board of Hau Giang Fertilizer Corporation": the
	// company, not its board.
	if j-k >= 4 && f.word(k+1, "Board") && f.word(k+2, "of") && f.boardName(k, k+2) {
		k += 3
	}
	// "Office of the Chief Economist": a body named for an office, its
	// title no person's.
	if j-k >= 4 && f.word(k, "Office") && f.word(k+1, "of") && f.word(k+2, "the") && f.has(j-1, lxTitleHeads) {
		f.add(nseg{s: si, i: k, j: j, ev: evGov})
		return
	}
	// "The Stock Exchange of Hong Kong Limited", "Shanghai Futures
	// Exchange": an exchange is an organisation, whole.
	for m := k + 1; m < j; m++ {
		if (f.word(m, "Exchange") || f.word(m, "EXCHANGE")) && exchangeKinds[f.fold(m-1)] || f.word(m, "Efek") && f.word(m-1, "Bursa") {
			if f.word(k, "The") || f.word(k, "THE") {
				k++
			}
			f.add(nseg{s: si, i: k, j: j, ev: evIntl})
			return
		}
	}
	for k < j && (f.written(k, wrLeadStop) && !f.nameAdjective(k) || f.toks[k].f&tWord == 0 || f.word(k, "of") || f.word(k, "and") || f.word(k, "the") || k+1 < j && periodLabel(f.name(k)) && (len(f.name(k)) >= 4 || periodLabel(f.name(k+1)))) {
		// "He Wenjing, a spokeswoman": the family name He, not the
		// pronoun, before a given name of pinyin.
		if j-k == 2 && f.word(k, "He") && pinyinGiven(f.name(k+1)) && !f.sents[si].title {
			break
		}
		// "Mr Keane and Mr He met": after an honorific, the family name.
		if f.word(k, "He") && k > f.sents[si].t0 && f.has(k-1, lxHonorifics) && f.toks[k-1].f&tCap != 0 {
			break
		}
		// "to Vietnam's An Phat Thermal Power JSC": mid-sentence, a
		// capital An opens a Vietnamese name; the article is written
		// "an" there.
		if j-k >= 2 && f.word(k, "An") && f.toks[k].f&tStart == 0 && !f.sents[si].title && k > f.sents[si].t0 {
			break
		}
		k++
	}
	// "the Board of Kora Uranium Limited": a company's board, not a
	// body of its own.
	// ("Chairman of the Board of Thai Thuy Power": after a title, the
	// board of the firm named.)
	if j-k >= 3 && (f.word(k, "Board") || f.word(k, "Directors")) && f.word(k+1, "of") && (f.has(j-1, lxLegalEnd) || k-3 >= f.sents[si].t0 && f.word(k-1, "the") && f.word(k-2, "of") && f.has(k-3, lxTitleHeads)) {
		k += 2
		// "Board of Directors / X Co., Ltd." signing a filing: the
		// board's line over the firm's.
		if j-k >= 3 && (f.word(k, "Directors") || f.word(k, "Commissioners")) {
			k++
		}
	}
	// "Rival Hubei Yuntai Chemical said": a sentence may open with the
	// word that describes the firm.
	// ("New Delhi, Jan 22 (PTI) Steelmaker X": after a dateline too.)
	if k+1 < j && (f.toks[k].f&tStart != 0 || k > 0 && f.punct(k-1, ')') && f.d.v.s[f.toks[k-1].b] == ' ') && f.has(k, lxStartDescriptors) {
		k++
	}
	// "OJK Regulation No. 31": the label of a number ends no name.
	if j-k >= 2 && (f.word(j-1, "No.") || f.word(j-1, "No")) {
		j--
		// "Ministry of Industry Regulation No. 14": the body, not its
		// rule.
		if j-k >= 3 && (f.word(j-1, "Regulation") || f.word(j-1, "Decree") || f.word(j-1, "Circular") || f.word(j-1, "Decision")) && f.has(k, lxGovHeads) {
			j--
		}
	}
	for j > k && (f.toks[j-1].f&tWord == 0 || f.toks[j-1].f&tLower != 0 && !f.has(j-1, lxLowerLegal) && !elided(f.d.v.s[f.toks[j-1].a:f.toks[j-1].b])) {
		if j-3 > k && f.punct(j-1, ')') && (f.word(j-2, "Persero") || f.word(j-2, "Partnership") && f.word(j-3, "Limited")) {
			break // "PT X (Persero)", "X Partnership (Limited Partnership)"
		}
		if f.word(j-1, "province") && f.provinceBody(k, j) {
			break // "Department of Industry and Trade of Ha Tinh province"
		}
		j--
	}
	if k >= j {
		return
	}
	// "PT Kolaka Nikel Tbk Commissions Second Line": in a title-case
	// headline a name ends at its legal form; the words after are the
	// headline's.
	if f.sents[si].title && j-k >= 3 {
		for m := k + 1; m < j-1; m++ {
			if f.has(m, lxLegalEnd) && !headlineWords[f.fold(m)] && !f.has(m+1, lxLegalEnd) && f.toks[m+1].f&tWord != 0 && !f.word(m+1, "and") && !f.word(m+1, "of") {
				f.add(nseg{s: si, i: k, j: m + 1})
				f.run(si, m+1, j)
				return
			}
		}
	}
	// "Philippine Ambassador to Thailand Teresita Monzon": the run after
	// an envoy's title and "to" opens with the country of the post, a
	// person's name after it.
	if t0 := f.sents[si].t0; k-2 >= t0 && f.word(k-1, "to") && f.toks[k-2].f&tCap != 0 && (f.word(k-2, "Ambassador") || f.word(k-2, "Envoy") || f.word(k-2, "Consul")) {
		if _, w, ok := f.countryAt(k, j, true); ok && j-(k+w) >= 2 && j-(k+w) <= 5 && !f.orgWords(k+w, j) && f.plainNameRun(k+w, j) {
			q := k + w
			ts := k - 2
			for ts-1 >= t0 && f.has(ts-1, lxTitleMods|lxTitleHeads) && f.toks[ts-1].f&tCap != 0 {
				ts--
			}
			org := -1
			// The country the envoy serves, before the title: a
			// segment of its own already.
			for p := len(f.segs) - 1; p >= 0 && f.segs[p].s == si; p-- {
				if f.segs[p].j == ts {
					f.segs[p].ev |= evOrgTitle
					org = p
					break
				}
			}
			f.add(nseg{s: si, i: k, j: q})
			f.add(nseg{s: si, i: q, j: j, kind: entity.KindPerson, ev: evPerson, title: rng{f.toks[ts].a, f.toks[q-1].b}, org: org})
			return
		}
	}
	// "Undersecretary for Field Operations Jose Ramon Ocampo": the run
	// after a title and "for" or "of" opens with the title's field, a
	// person's name after it.
	// ("Director General for Metals Strategy X": "General" after the head.)
	if t0 := f.sents[si].t0; k-2 >= t0 && (f.word(k-1, "for") || f.word(k-1, "of")) && (f.has(k-2, lxTitleHeads) || k-3 >= t0 && f.word(k-2, "General") && f.has(k-3, lxTitleHeads)) && f.toks[k-2].f&tCap != 0 && !f.has(k-2, lxMinisterHeads) {
		q := k
		for q < j && (f.has(q, lxTitleOfDomains) || f.word(q, "and") || f.punct(q, '&')) && !f.word(q, "of") && !f.word(q, "the") {
			q++
		}
		for q > k && !f.nameTok(q-1) {
			q--
		}
		// (A name of a shape no table knows, "Arnulfo Catacutan", after
		// so plain a title and field is a person's too.)
		if q > k && j-q >= 2 && j-q <= 4 && !f.orgWords(q, j) && (f.personShape(q, j) || f.plainNameAfterTitle(q, j)) {
			ts := k - 2
			for ts-1 >= t0 && f.has(ts-1, lxTitleMods|lxTitleHeads) && f.toks[ts-1].f&tCap != 0 && !f.segEndsAt(si, ts) {
				ts--
			}
			// "Department of Environment and Natural Resources
			// Undersecretary for Field Operations X": the body named
			// right before the title is the post's.
			org := -1
			for p := len(f.segs) - 1; p >= 0 && f.segs[p].s == si; p-- {
				if f.segs[p].j == ts && f.segs[p].kind != entity.KindPerson && f.segs[p].kind != entity.KindCountry {
					f.segs[p].ev |= evOrgTitle
					org = p
					break
				}
			}
			f.add(nseg{s: si, i: q, j: j, kind: entity.KindPerson, ev: evPerson, title: rng{f.toks[ts].a, f.toks[q-1].b}, org: org})
			return
		}
	}
	// "Secretary of the board Liu Jianguo", "Chairman of the Board X":
	// a title of the company's board, a person's name after it.
	if t0 := f.sents[si].t0; k-3 >= t0 {
		q := k
		if f.word(k, "Board") {
			q++
		} else if !f.word(k-1, "board") {
			q = -1
		}
		b := q - 1 // "board"
		if q > 0 && b-3 >= t0 && f.word(b-1, "the") && f.word(b-2, "of") && f.has(b-3, lxTitleHeads) && f.toks[b-3].f&tCap != 0 &&
			j-q >= 2 && j-q <= 4 && !f.orgWords(q, j) && f.personShape(q, j) {
			ts := b - 3
			for ts-1 >= t0 && f.has(ts-1, lxTitleMods|lxTitleHeads) && f.toks[ts-1].f&tCap != 0 {
				ts--
			}
			if q > k {
				f.add(nseg{s: si, i: k, j: q})
			}
			f.add(nseg{s: si, i: q, j: j, kind: entity.KindPerson, ev: evPerson, title: rng{f.toks[ts].a, f.toks[b].b}, org: -1})
			return
		}
	}
	// A title inside the run: organisation, title, person.
	if ts, te, ok := f.titleIn(k, j); ok {
		// "Energy and Mineral Resources Minister": the fields before a
		// minister's head are part of the title.
		if f.has(te-1, lxMinisterHeads) {
			for ts > k && (f.has(ts-1, lxTitleOfDomains) && f.toks[ts-1].f&tCap != 0 && !f.word(ts-1, "and") ||
				f.word(ts-1, "and") && ts-2 >= k && f.has(ts-2, lxTitleOfDomains)) {
				ts--
			}
			// "Ministry of Mines Joint Secretary X", "Department of
			// Fertilizers Additional Secretary X": the fields after a
			// body's "of" are the body's name, the title after them.
			for q := ts; q < te-1 && q-1 > k && f.word(q-1, "of") && f.has(q-2, lxGovHeads); {
				for q < te-1 && f.has(q, lxTitleOfDomains) && !f.has(q, lxTitleOnlyMods|lxTitleHeads) || q < te-1 && f.word(q, "and") {
					q++
				}
				ts = q
				break
			}
		}
		// "Finance Director X", "Marketing Director X": the function a
		// title opens with is the title's, and names no firm.
		if ts > k && !f.has(te-1, lxMinisterHeads) && f.fieldWords(k, ts) {
			ts = k
		}
		// "Group Managing Director X", "Group CEO X": the group the
		// title spans is the title's word, no firm's name.
		if ts == k+1 && f.word(k, "Group") {
			ts = k
		}
		org := -1
		if ts > k {
			org = f.add(nseg{s: si, i: k, j: ts, ev: evOrgTitle})
		} else if p := len(f.segs) - 1; ts == k && p >= 0 && f.segs[p].s == si && f.segs[p].j == k && f.toks[k-1].f&tPoss != 0 {
			// "Australia's Resources Minister X", "Samsung SDI's CEO X":
			// the possessive name is the organisation.
			f.segs[p].ev |= evOrgTitle
			org = p
		} else if ts == k && k >= 3 && f.punct(k-3, '(') && f.punct(k-1, ')') && f.toks[k-2].f&tUpper != 0 {
			// "Mines and Geosciences Bureau (MGB) Director X": the
			// name before the acronym is the organisation. (The
			// acronym may be a segment of its own, after it.)
			for p := len(f.segs) - 1; p >= 0 && p >= len(f.segs)-2 && f.segs[p].s == si; p-- {
				if f.segs[p].j == k-3 {
					f.segs[p].ev |= evOrgTitle
					org = p
					break
				}
			}
		}
		ps, pe := te, j
		// "Chief Executive Officer Dr Sarah Kingsley": the honorific is
		// not part of the name.
		ps = f.skipHonorifics(ps, pe)
		// "Minister of State for Trade and Industry X": "of State" is
		// the title's, the field comes after.
		stateOf := false
		if f.has(te-1, lxMinisterHeads) && ps+2 < pe && f.word(ps, "of") && f.word(ps+1, "State") && (f.word(ps+2, "for") || f.word(ps+2, "of")) {
			stateOf = true
			ps += 2
		}
		implied, impAt, impOf := "", rng{}, rng{}
		forEnd := -1
		// "Minister of Industry and Trade": the "of" phrase is part of
		// the title and implies the ministry.
		if f.has(te-1, lxMinisterHeads) && pe-ps > 0 && (f.word(ps, "of") || f.word(ps, "for")) {
			q := ps + 1
			// "of Trade, Industry and Energy": a comma between fields.
			for q < pe && (f.has(q, lxTitleOfDomains) || f.punct(q, '&') || f.punct(q, ',') && f.has(q+1, lxTitleOfDomains)) && !f.word(q, "of") {
				q++
			}
			for q > ps+1 && !f.nameTok(q-1) {
				q--
			}
			// "Minister of Natural Resources, Ecology and Technical
			// Supervision, X": the field goes on to the run's end when
			// what is left opens with "and"; the name comes after the
			// comma.
			if q > ps+1 && q+1 < pe && (f.word(q, "and") || f.punct(q, '&')) && pe < f.sents[si].t1 && f.punct(pe, ',') {
				q = pe
			}
			// "Minister of Commerce, Industry and Investment Promotion,
			// X": one word left before a comma and a name is the field's
			// last, no name of one word.
			if q > ps+2 && q+1 == pe && pe+1 < f.sents[si].t1 && f.punct(pe, ',') && f.nameTok(pe+1) && f.toks[q].f&tCap != 0 {
				q = pe
			}
			// "Vice Minister of Energy of the Republic of Kazakhstan X":
			// the state whose ministry it is, after the field.
			if q > ps+1 {
				q = f.ofState(q, pe)
			}
			// "Minister of Investment/Head of BKPM X": a second post
			// after a slash, held with the first.
			second := -1
			if q > ps+1 && q+3 < pe && f.punct(q, '/') && f.has(q+1, lxTitleHeads) && f.word(q+2, "of") {
				m := q + 3
				for m < pe && m < q+7 && (f.toks[m].f&tUpper != 0 && f.toks[m].b-f.toks[m].a >= 2 || f.has(m, lxTitleOfDomains) && f.toks[m].f&tCap != 0) {
					m++
				}
				if m > q+3 && pe-m >= 2 {
					second = m
				}
			}
			// "Australia's Minister for Resources X": a minister of the
			// country, whose ministry goes by another name; the field is
			// the title's.
			if q > ps+1 && f.word(ps, "for") && org >= 0 && ts == k && k > 0 && f.toks[k-1].f&tPoss != 0 && f.countryWord(k-1) {
				forEnd = q
				ps = q
			} else if q > ps+1 && !(f.word(ps, "for") && f.fold(te-1) == "secretary") {
				// ("Cabinet Secretary for Mining": a minister, of no
				// department of that name.)
				impOf = rng{f.toks[ps].a, f.toks[q-1].b}
				implied = impliedBody(f.d.v.s[impOf.a:impOf.b], f.fold(te-1))
				// A minister of state for a field serves in the
				// ministry of it.
				if stateOf && f.word(ps, "for") {
					impOf.a = f.toks[ps+1].a
					implied = "Ministry of " + f.d.v.s[impOf.a:impOf.b]
				}
				if f.word(ts, "Coordinating") {
					// Indonesia's "Coordinating Minister" heads a
					// coordinating ministry.
					implied = "Coordinating " + implied
				}
				impAt = rng{f.toks[ts].a, f.toks[q-1].b}
				ps = q
				if second > 0 {
					ps = second
				}
			}
		}
		// ("Korea's Vice Minister of Trade, Industry and Energy, Kang
		// Dong-hoon,": the comma after the field is no part of the name.)
		if ps < pe && f.punct(ps, ',') {
			ps++
		}
		ps = f.skipHonorifics(ps, pe)
		title := rng{f.toks[ts].a, f.toks[te-1].b}
		if forEnd > 0 {
			title.b = f.toks[forEnd-1].b
		}
		if stateOf {
			title.b = f.toks[te+1].b
		}
		// "managing director and CEO Sarah Whitlock": titles in lower
		// case joined to the run's by "and".
		if t0 := f.sents[si].t0; ts == k && k-2 >= t0 && f.word(k-1, "and") && f.toks[k-2].f&tLower != 0 && f.has(k-2, lxTitleHeads) {
			if s0 := f.lowerTitleStart(t0, k-2); s0 >= 0 {
				title.a = f.toks[s0].a
			}
		}
		// "Director General of Minerals and Coal Agus Prasetyo": the
		// field of a director general is part of the title, a name after.
		// ("Director General for Metals Strategy Yuko Arisawa".)
		// ("Director of Mines Subhashree Nayak": a director of a field,
		// as a state's directorate is headed.)
		if implied == "" && (f.word(te-1, "General") || f.word(te-1, "Director") && te-1 == ts && f.word(ps, "of") && ps+1 < pe && f.has(ps+1, lxTitleOfDomains)) && (f.word(ps, "of") || f.word(ps, "for")) {
			q := ps + 1
			for q < pe && (f.has(q, lxTitleOfDomains) || f.word(q, "and") || f.punct(q, '&')) {
				q++
			}
			for q > ps+1 && !f.nameTok(q-1) {
				q--
			}
			if q > ps+1 && pe-q >= 2 && pe-q <= 4 && !f.orgWords(q, pe) {
				title.b = f.toks[q-1].b
				ps = q
			}
			// "the Director General of Minerals and Coal of the
			// Ministry": the field is the title's, and names no firm.
			if q == pe {
				return
			}
		}
		if pe-ps >= 2 && (f.word(ps, "of") || f.word(ps, "at")) && implied == "" {
			// "X, President and Chief Executive Officer of Hokushin": the
			// organisation after the title, no person.
			f.run(si, ps+1, pe)
			return
		}
		// ("State Minister of Economy, Trade and Industry of Japan": no
		// name opens with "of"; the state ends the title.)
		if pe > ps && (f.word(ps, "of") || f.word(ps, "for") || f.word(ps, "and")) {
			return
		}
		if pe > ps && pe-ps <= 4 && !f.orgWords(ps, pe) {
			f.add(nseg{s: si, i: ps, j: pe, kind: entity.KindPerson, ev: evPerson, title: title, org: org, implied: implied, impAt: impAt, impOf: impOf})
		} else if pe > ps {
			f.run(si, ps, pe)
		}
		return
	}
	f.add(nseg{s: si, i: k, j: j})
}

// departmentIn reports "Department" among tokens [k, j): the head of the
// body whose "of" phrase the run is in.
func (f *entFinder) departmentIn(k, j int) bool {
	for m := j - 1; m >= k; m-- {
		if f.word(m, "Department") {
			return true
		}
	}
	return false
}

// exchangeKinds name the kind of market before "Exchange". Folded.
var exchangeKinds = wordSet("stock", "futures", "metal", "commodity", "commodities", "mercantile", "energy", "securities")

// capsBreakers are words in capitals that no name holds, wherever they
// stand: "AGREEMENT BETWEEN X AND Y".
var capsBreakers = map[string]bool{"BETWEEN": true, "AMONG": true, "AMONGST": true, "PURSUANT": true, "REGARDING": true, "CONCERNING": true, "INVOLVING": true}

// capsJoiners are the words that join phrases in a heading in capitals,
// where every word is capitalised: no name runs across them.
var capsJoiners = map[string]bool{"WITH": true, "TO": true, "FOR": true, "IN": true, "ON": true, "BY": true,
	"FROM": true, "PURSUANT": true, "REGARDING": true, "CONCERNING": true, "INVOLVING": true, "AND": false,
	"BETWEEN": true, "AMONG": true, "AMONGST": true, "UNDER": true, "INTO": true, "ABOUT": true, "AGAINST": true}

// capsJoinerAt reports one of capsJoiners at token k of sentence es,
// in a heading in capitals or in a run of words in capitals inside a
// sentence that is not ("Description SPB - PROPOSED ACQUISITION OF 70%
// EQUITY INTEREST IN X SDN BHD BY Y SDN BHD").
func (f *entFinder) capsJoinerAt(k int, es esent) bool {
	if !capsJoiners[f.text(k)] {
		return false
	}
	return es.caps || k > es.t0 && k+1 < es.t1 && (f.toks[k-1].f&tUpper != 0 || f.toks[k-1].f&tWord == 0) && f.toks[k+1].f&(tUpper|tCap) != 0 && f.toks[k].b-f.toks[k].a >= 2
}

// headlineWords are legal forms that a title-case headline also writes as
// words: "Kora Rises As Prices Climb", "Company Sees Growth". Folded.
var headlineWords = wordSet("as", "se", "sa", "ab", "ag", "company", "group")

// skipHonorifics returns where a person's name starts in tokens [ps, pe)
// after the honorifics before it, keeping at least one word: "Dr Sarah
// Kingsley", "Datuk Seri X", "Tan Sri X".
func (f *entFinder) skipHonorifics(ps, pe int) int {
	for ps < pe-1 && f.toks[ps].f&tCap != 0 {
		// ("H.E. Eng. Khalid X": His Excellency, written so only; "He"
		// is also a family name.)
		if f.has(ps, lxHonorifics) || f.text(ps) == "H.E." {
			malay := malayTitles[f.fold(ps)]
			ps++
			// "Dato' Seri X".
			if ps < pe-1 && f.punct(ps, '\'') {
				ps++
			}
			// "Datuk Seri X", "Dato' Sri X", "Datuk Wira X". (Not "Ibu
			// Sri Lestari", "Dr. Sri Mulyani": a given name.)
			if ps < pe-1 && malay && (f.word(ps, "Seri") || f.word(ps, "Sri") || f.word(ps, "Wira") || f.word(ps, "Paduka") || f.word(ps, "Patinggi")) {
				ps++
			}
			continue
		}
		// "Tan Sri X", "Puan Sri X": Malaysian titles of two words.
		if ps+1 < pe-1 && (f.word(ps, "Tan") || f.word(ps, "Puan")) && f.word(ps+1, "Sri") {
			ps += 2
			continue
		}
		break
	}
	return ps
}

// ministerHeads are title heads whose "of" phrase names a ministry.
var ministerHeads = wordSet("minister", "secretary", "ministers", "vice-minister", "deputy-minister")

// ofState returns the end of "of the Republic of Kazakhstan", "of the
// Russian Federation" or "of Uzbekistan" at token q, with at least two
// tokens before pe left after it (a person's name after a title); q
// when there is none.
func (f *entFinder) ofState(q, pe int) int {
	if !f.word(q, "of") {
		return q
	}
	at := q + 1
	if f.word(at, "the") {
		at++
	}
	if f.word(at, "Republic") && f.word(at+1, "of") {
		at += 2
	}
	for n := 3; n >= 1; n-- {
		e := at + n
		// ("of Mongolia B.Tsogtgerel": a Mongolian name is one word.)
		if e >= len(f.toks) || pe-e < 2 && !(pe-e == 1 && dottedName(f.text(e))) || !f.nameTok(at) {
			continue
		}
		if _, form, ok := lookupCountryText(f.d.v.s[f.toks[at].a:f.toks[e-1].cut]); ok && form == entity.CountryName {
			return e
		}
	}
	return q
}

// dottedName reports whether w is a Mongolian name as the country's
// press writes it, the initial of the father's name run into the given
// name: "B.Tsogtgerel", "Ts.Bolormaa", "Kh.Nyambaatar".
func dottedName(w string) bool {
	dot := strings.IndexByte(w, '.')
	if dot < 1 || dot > 2 || len(w)-dot-1 < 4 || !isUpper(w[0]) || !isUpper(w[dot+1]) {
		return false
	}
	if dot == 2 {
		switch w[:2] {
		case "Ts", "Ch", "Sh", "Kh", "Zh", "Ya", "Yu", "Ye", "Yo", "Dz":
		default:
			return false
		}
	}
	for i := dot + 2; i < len(w); i++ {
		if !isLower(w[i]) && w[i] != '-' {
			return false
		}
	}
	return true
}

// impliedBody turns the "of" phrase of a minister's title into the name
// of the ministry: "of Industry and Trade" -> "Ministry of Industry and
// Trade"; a secretary's into a department.
func impliedBody(of, head string) string {
	if head == "secretary" {
		return "Department " + of
	}
	if head == "vice-minister" || head == "deputy-minister" {
		head = "minister"
	}
	return "Ministry " + of
}

// orgWords reports whether tokens [i, j) hold a word of an
// organisation's name (a legal form, a company or government head), so
// that they are not a person's name.
func (f *entFinder) orgWords(i, j int) bool {
	// ("P.R. Swain": initials run together, no acronym.)
	if j-i == 2 && (f.japaneseName(i) || f.chineseCapsName(i) || dottedInitials(f.text(i)) && f.personShape(i, j)) {
		return false
	}
	for k := i; k < j; k++ {
		if f.has(k, lxLegalEnd|lxCompanyHeads|lxGovHeads) || f.toks[k].f&tUpper != 0 && f.toks[k].b-f.toks[k].a > 3 {
			return true
		}
	}
	return false
}

// add appends s to the segments and returns its index.
func (f *entFinder) add(s nseg) int {
	s.ent = -1
	if s.ev&evDir == 0 {
		s.dir = -1
	}
	s.orgTok = -1
	if s.title.b == 0 {
		s.org = -1
	}
	f.segs = append(f.segs, s)
	return len(f.segs) - 1
}

// titleIn finds a person's title inside the run [k, j) with a name after
// it or an organisation before it: "CEO", "Deputy Minister", "Chief
// Financial Officer". It returns the title's token range.
func (f *entFinder) titleIn(k, j int) (int, int, bool) {
	for m := k; m < j; m++ {
		if f.toks[m].f&(tCap|tUpper) == 0 || !f.has(m, lxTitleHeads) {
			continue
		}
		// The longest title ending at the last head of a run of heads:
		// "Chief Executive Officer".
		e := m + 1
		for e < j && f.has(e, lxTitleHeads) && f.toks[e].f&(tCap|tUpper) != 0 {
			e++
		}
		// "Director General", "Secretary General", "Attorney General";
		// "Deputy General Director", where a head follows.
		if e < j && f.word(e, "General") {
			e++
			for e < j && f.has(e, lxTitleHeads) && f.toks[e].f&(tCap|tUpper) != 0 {
				e++
			}
		}
		// "President and CEO", "MD & CEO": two titles joined.
		for e+1 < j && (f.word(e, "and") || f.punct(e, '&') || f.word(e, "&")) {
			e2 := e + 1
			for e2 < j && f.has(e2, lxTitleHeads|lxTitleMods) && f.toks[e2].f&(tCap|tUpper) != 0 {
				e2++
			}
			if e2 == e+1 || !f.has(e2-1, lxTitleHeads) {
				break
			}
			e = e2
		}
		s := f.titleStart(k, e)
		if s == e-1 && f.has(e-1, lxTitleNeedsMod) {
			m = e - 1
			continue
		}
		// A title needs a name after it, or an organisation before it
		// and the run ending with it.
		if e < j || s > k {
			return s, e, true
		}
		m = e - 1
	}
	return 0, 0, false
}

// titleStart returns where the title that ends at e (exclusive) begins,
// going left over the words that stand before title heads, but never
// into [.., k).
func (f *entFinder) titleStart(k, e int) int {
	head := e - 1
	if head > k && f.word(head, "General") && f.has(head-1, lxTitleHeads) {
		head-- // "Director General"
	}
	s := head
	// ("Union Steel Minister": a minister's field, whatever word names
	// it.)
	mods := lxTitleMods | lxTitleHeads
	if f.has(head, lxMinisterHeads) {
		mods |= lxTitleOfDomains
	}
	for s > k && f.has(s-1, mods) && f.toks[s-1].f&(tCap|tUpper) != 0 {
		s--
	}
	// Words of a field ("Trade", "Energy") stand before a minister's
	// head, or after a word such as "Chief": not in "LS Eco Energy CEO".
	if !f.has(head, lxMinisterHeads) {
		for s < head && !f.has(s, lxTitleOnlyMods) {
			s++
		}
		// "Group Managing Director X" opening a sentence: the group's
		// title, as filings write it.
		if s-1 == k && f.word(k, "Group") && f.toks[k].f&tStart != 0 {
			s--
		}
	}
	// "President and CEO", "MD & CEO": the title before "and" too.
	if s-2 >= k && (f.word(s-1, "and") || f.word(s-1, "&") || f.punct(s-1, '&')) && f.has(s-2, lxTitleHeads) && f.toks[s-2].f&(tCap|tUpper) != 0 {
		return f.titleStart(k, s-1)
	}
	return s
}

// titleOnlyMods are the words before a title head that are never part
// of an organisation's name.
var titleOnlyMods = wordSet("deputy", "vice", "chief", "senior", "executive", "acting", "interim", "former",
	"assistant", "associate", "managing", "prime", "first", "lead", "principal", "non-executive", "non-independent",
	"independent", "general", "representative", "president", "chairman", "chairman-cum-managing")

// dropHeadlineDescriptions leaves out a company that only the headline
// or standfirst names, whose name describes a firm rather than names one:
// "Notice Regarding Acquisition of Shares of Australian Coking Coal
// Company", "Establishment of a Joint Venture Company", where title case
// makes every word a capital.
func (f *entFinder) dropHeadlineDescriptions() {
	for _, x := range f.ents {
		if x.kind != entity.KindCompany || x.into >= 0 || x.listed || len(x.mentions) == 0 || len(x.roles) > 0 {
			continue
		}
		words := strings.Fields(x.name)
		if len(words) < 2 || words[len(words)-1] != "Company" || !describedFirm(words[:len(words)-1]) {
			continue
		}
		// ("Joint Venture Company" names no firm wherever it stands.)
		if !f.onlyInHead(x.mentions) && !genericFirm(words[:len(words)-1]) {
			continue
		}
		x.mentions = x.mentions[:0]
	}
}

// describedFirm reports words that describe a firm, not name one: a
// country's adjective, the words of a venture or a trade, a material.
func describedFirm(words []string) bool {
	var rest []string
	for _, w := range words {
		if _, form, ok := entity.LookupCountry(w); ok && form == entity.CountryDemonym {
			continue
		}
		switch strings.ToLower(w) {
		case "joint", "venture", "new", "mining", "trading", "holding", "operating", "project", "target", "listed", "unlisted", "private", "state-owned":
			continue
		}
		rest = append(rest, w)
	}
	if len(rest) == 0 {
		return true
	}
	_, k, ok := commodity.Match(rest)
	return ok && k == len(rest)
}

// genericFirm reports the words of a joint venture's description:
// "Joint Venture".
func genericFirm(words []string) bool {
	return len(words) == 2 && strings.EqualFold(words[0], "joint") && strings.EqualFold(words[1], "venture")
}

// onlyInHead reports whether every mention lies in the headline or the
// standfirst.
func (f *entFinder) onlyInHead(ms []rng) bool {
	for _, m := range ms {
		in := false
		for _, es := range f.sents {
			if es.head && es.t1 > es.t0 && f.toks[es.t0].a <= m.a && m.b <= f.toks[es.t1-1].b {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// elided reports a French word glued to the article or preposition
// before it, a capital after the apostrophe: "d'Ivoire", "l'Industrie".
func elided(w string) bool {
	return len(w) > 3 && (w[0] == 'd' || w[0] == 'l') && w[1] == '\'' && isUpper(w[2])
}

// boardTitlePerson reads the run [k, j) as "Chairman of the Management
// Board of X JSC Y Z", the title of a firm's board opening it or just
// before it ("the Chairman of the" and a run that opens with
// "Management Board"): it adds the firm, with its legal form, and the
// person after it, titled, and reports whether it did.
func (f *entFinder) boardTitlePerson(si, k, j int) bool {
	t0 := f.sents[si].t0
	// The title's head: inside the run, or three tokens before it.
	h := -1
	for t := k; t+3 < j && t < k+3; t++ {
		if f.has(t, lxTitleHeads) && f.toks[t].f&tCap != 0 && f.word(t+1, "of") && f.word(t+2, "the") {
			h = t
			break
		}
	}
	if h < 0 && k-3 >= t0 && f.word(k-1, "the") && f.word(k-2, "of") && f.has(k-3, lxTitleHeads) && f.toks[k-3].f&tCap != 0 {
		h = k - 3
	}
	if h < 0 {
		return false
	}
	b := h + 3
	if f.word(b, "Management") || f.word(b, "Supervisory") || f.word(b, "Executive") {
		b++
	}
	if b+3 >= j || !f.word(b, "Board") || !f.word(b+1, "of") {
		return false
	}
	for m := b + 3; m < j; m++ {
		// (A name of any shape: the title and the firm before it say
		// a person follows.)
		if !f.has(m, lxLegalEnd) || j-m-1 < 2 || j-m-1 > 3 || f.orgWords(m+1, j) || !f.capitalisedWords(m+1, j) {
			continue
		}
		ts := h
		for ts-1 >= t0 && f.has(ts-1, lxTitleMods|lxTitleHeads) && f.toks[ts-1].f&tCap != 0 {
			ts--
		}
		org := f.add(nseg{s: si, i: b + 2, j: m + 1, ev: evOrgTitle})
		f.add(nseg{s: si, i: m + 1, j: j, kind: entity.KindPerson, ev: evPerson, title: rng{f.toks[ts].a, f.toks[b].b}, org: org})
		return true
	}
	return false
}

// knownFirmThenPerson reads "Director General of Saryarka Volfram Aidos
// Zhumabekov" and "the chairman of the board of Kazgeoresource Nurlan
// Abdrakhmanov", as translations from Russian write them: a title, "of"
// (after "the board of" too), a firm the text has named before without
// its legal form, and the person's name right after it. It adds the firm
// and the titled person the run [k, j) holds and reports whether it read
// the run so.
func (f *entFinder) knownFirmThenPerson(si, k, j int) bool {
	t0 := f.sents[si].t0
	if j-k < 3 || k-2 < t0 || !f.word(k-1, "of") {
		return false
	}
	// The title's head, before "of" or before "of the board of".
	h := k - 2
	if f.word(h, "board") || f.word(h, "Board") {
		h--
		if f.word(h, "management") || f.word(h, "Management") || f.word(h, "supervisory") || f.word(h, "Supervisory") {
			h--
		}
		if h-2 < t0 || !f.word(h, "the") || !f.word(h-1, "of") {
			return false
		}
		h -= 2
	}
	// ("Director General of X": a head, then the word that ranks it.)
	if !f.has(h, lxTitleHeads) && !(h-1 >= t0 && f.has(h, lxTitleMods) && f.has(h-1, lxTitleHeads)) {
		return false
	}
	ts := h
	for ts-1 >= t0 && f.has(ts-1, lxTitleMods|lxTitleHeads) && f.toks[ts-1].f&tLower == f.toks[h].f&tLower {
		ts--
	}
	if f.has(ts, lxTitleNeedsMod) && ts == h && f.toks[h].f&tLower != 0 {
		return false
	}
	return f.orgThenPerson(si, k, j, evOrgTitle, rng{f.toks[ts].a, f.toks[k-2].b}, func(m int) bool { return f.firmNamedBefore(si, k, m) })
}

// orgThenPerson cuts the run [k, j) into an organisation and the name of
// two or three words that ends it, when orgEnds accepts the name's first
// token m as the organisation's end: it adds the organisation, with ev,
// and the person, with the title, and reports whether it did.
func (f *entFinder) orgThenPerson(si, k, j int, ev segEv, title rng, orgEnds func(m int) bool) bool {
	for n := 2; n <= 3; n++ {
		m := j - n
		// "the Mineral Resources Department Shri X": a form of address
		// between the body and the person.
		oe := m
		if m-1 > k && formOfAddress(f.text(m-1)) {
			oe = m - 1
		}
		if oe <= k || f.orgWords(m, j) || !f.capitalisedWords(m, j) || !orgEnds(oe) {
			continue
		}
		org := f.add(nseg{s: si, i: k, j: oe, ev: ev})
		f.add(nseg{s: si, i: m, j: j, kind: entity.KindPerson, ev: evPerson, title: title, org: org})
		return true
	}
	return false
}

// bodyThenPerson reads "Deputy Director of the National Energy
// Administration Gao Xiaoming": a title, "of the", a state body whose
// name ends in its head word, and the person's name right after it. It
// adds the body and the titled person the run [k, j) holds and reports
// whether it read the run so.
func (f *entFinder) bodyThenPerson(si, k, j int) bool {
	t0 := f.sents[si].t0
	// The title inside the run: "Deputy Director of the National ...".
	if j-k >= 7 && f.has(k, lxTitleMods|lxTitleHeads) {
		for m := k + 1; m+2 < j && m <= k+3; m++ {
			if f.word(m, "of") && f.word(m+1, "the") && f.has(m-1, lxTitleHeads) {
				t0 = k
				k = m + 2
				break
			}
		}
	}
	if j-k < 4 || k-3 < t0 || !f.word(k-1, "the") || !f.word(k-2, "of") || !f.has(k-3, lxTitleHeads) {
		return false
	}
	ts := k - 3
	for ts-1 >= t0 && f.has(ts-1, lxTitleMods|lxTitleHeads) && f.toks[ts-1].f&tLower == f.toks[k-3].f&tLower {
		ts--
	}
	return f.orgThenPerson(si, k, j, evGov, rng{f.toks[ts].a, f.toks[k-3].b}, func(m int) bool {
		return m-1 > k && f.has(m-1, lxGovHeads) && f.toks[m-1].f&tCap != 0
	})
}

// firmNamedBefore reports whether tokens [i, m) of sentence si are a
// firm's name the text gave in an earlier sentence, whole or before its
// legal form, with the marks of a firm in its words or after them: a
// legal form, a firm's head word, or a bracket (its ticker).
func (f *entFinder) firmNamedBefore(si, i, m int) bool {
	n := m - i
	// (The segments of the sentences before, the nearest few hundred.)
	for p := len(f.segs) - 1; p >= 0 && p >= len(f.segs)-400; p-- {
		g := &f.segs[p]
		if g.s >= si || g.j-g.i < n {
			continue
		}
		switch {
		case g.j-g.i > n:
			if !f.has(g.i+n, lxLegalEnd) {
				continue
			}
		case !f.has(g.j-1, lxCompanyHeads) && !(g.j < f.sents[g.s].t1 && f.punct(g.j, '(')):
			continue
		}
		same := true
		for t := 0; t < n && same; t++ {
			same = f.text(g.i+t) == f.text(i+t)
		}
		if same {
			return true
		}
	}
	return false
}

// capitalisedWords reports tokens [i, j) that are all words written
// with a capital and then small letters, none a country's name.
func (f *entFinder) capitalisedWords(i, j int) bool {
	for k := i; k < j; k++ {
		if t := &f.toks[k]; t.f&tWord == 0 || t.f&tCap == 0 || t.f&tUpper != 0 || f.countryWord(k) {
			return false
		}
	}
	return true
}

// firmThenPerson reads "the general director of Ertis Komir JSC
// Bauyrzhan Seitkaliyev", as translations from Russian write it: a title
// in lower case, "of", a firm with its legal form, and the person's name
// right after it, or after the firm's ticker in brackets ("... JSC
// (KASE: ERKM) Bauyrzhan Seitkaliyev"). It adds what the run [k, j)
// holds and reports whether it read the run so.
func (f *entFinder) firmThenPerson(si, k, j int) bool {
	t0 := f.sents[si].t0
	titleBefore := func(c int) (rng, bool) {
		// c is the first token of the firm's name, "of" before it.
		if c-2 < t0 || !f.word(c-1, "of") || f.toks[c-2].f&tLower == 0 || !f.has(c-2, lxTitleHeads) {
			return rng{}, false
		}
		ts := f.lowerTitleStart(t0, c-2)
		if ts < 0 {
			return rng{}, false
		}
		return rng{f.toks[ts].a, f.toks[c-2].b}, true
	}
	// The firm and the name in one run.
	for m := k + 1; m < j; m++ {
		if !f.has(m, lxLegalEnd) || f.toks[m].f&tCap == 0 || j-m-1 < 2 || j-m-1 > 3 || f.orgWords(m+1, j) || !f.capitalisedWords(m+1, j) {
			continue
		}
		title, ok := titleBefore(k)
		if !ok {
			return false
		}
		org := f.add(nseg{s: si, i: k, j: m + 1, ev: evOrgTitle})
		f.add(nseg{s: si, i: m + 1, j: j, kind: entity.KindPerson, ev: evPerson, title: title, org: org})
		return true
	}
	// The name after the firm's ticker in brackets.
	if j-k < 2 || j-k > 3 || k < 3 || !f.punct(k-1, ')') || f.orgWords(k, j) || !f.capitalisedWords(k, j) {
		return false
	}
	o := k - 2
	for o > t0 && o > k-8 && !f.punct(o, '(') {
		o--
	}
	if !f.punct(o, '(') || o < 1 || !f.has(o-1, lxLegalEnd) {
		return false
	}
	p := len(f.segs) - 1
	for p >= 0 && f.segs[p].s == si && f.segs[p].j > o {
		p--
	}
	if p < 0 || f.segs[p].s != si || f.segs[p].j != o {
		return false
	}
	title, ok := titleBefore(f.segs[p].i)
	if !ok {
		return false
	}
	f.segs[p].ev |= evOrgTitle
	f.add(nseg{s: si, i: k, j: j, kind: entity.KindPerson, ev: evPerson, title: title, org: p})
	return true
}

// sonOf reports the word for "son of" or "daughter of" that joins the
// parts of a Malay or an Arabic name: "bin", "binti", "bint".
func sonOf(w string) bool {
	switch w {
	case "bin", "binti", "bint", "ibn":
		return true
	}
	return false
}
