package parse

import (
	"iter"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/entity"
)

// ment is one entity mention in the view: [a, b) and the index of its
// entity in Article.Entities.
type ment struct {
	a, b int
	e    int
}

// sentence is what the relation rules look at: one sentence of the view,
// its lower-cased text, and the entity mentions inside it.
type sentence struct {
	a, b int    // view range
	low  string // s[a:b] in lower case, same offsets
	ms   []ment // mentions inside, in order, not overlapping
	prev *sentence
	// negEnd is where the first negation of the sentence ends (0: not
	// yet looked for; the largest int: none).
	negEnd int
	// noNeg is set when the sentence's words hold no negation.
	noNeg bool
	// firstOrg is 1 + the index in ms of the first company or
	// organisation mention (0: not yet looked for; -1: none).
	firstOrg int
	// words holds the sentence's runs of letters once scanned is set;
	// see wordBloom.
	words   wordBloom
	scanned bool
	// starts, when not nil, holds where the runs of letters of words
	// first occur; see wordStarts. It is shared by the sentences the
	// relater reads in turn, and only the last one scanned keeps it.
	starts *wordStarts
}

// relations reads the relations the text states between the entities
// already found, sentence by sentence, and adds them to a.
func (d *doc) relations(a *article.Article) {
	if len(a.Entities) < 2 && !hasRoles(a) {
		return
	}
	sc := relScratches.Get().(*relScratch)
	defer sc.release()
	all := d.mentionsTo(sc.ments[:0], a)
	sc.ments = all
	if sc.seen == nil {
		sc.seen = map[relKey]bool{}
	}
	r := &sc.r
	*r = relater{d: d, a: a, seen: sc.seen, at: sc.at[:0], nonEmpty: true, starts: &sc.starts, lastOpener: -1, all: all}
	for _, m := range all {
		r.nonEmpty = r.nonEmpty && m.b > m.a
		if !r.hasFirstCo && r.kindOf(m) == entity.KindCompany {
			r.firstCo, r.hasFirstCo = m, true
		}
	}
	var prev *sentence
	k := 0
	low := d.lower()
	// The summary bullets above the body too: "- Binding term sheet
	// with Y for 600 tpa", a line each.
	sents := d.quantitySentencesIn(&sc.sents)
	if len(sents) != len(d.sents) {
		sc.split = splitHeadLines(sc.split[:0], sents, d.v.s, d.paras)
		sents = sc.split
	}
	for i, sr := range sents {
		for k < len(all) && all[k].a < sr.a {
			k++
		}
		j := k
		for j < len(all) && all[j].b <= sr.b {
			j++
		}
		s := &r.recent[i%len(r.recent)]
		*s = sentence{a: sr.a, b: sr.b, low: low[sr.a:sr.b], ms: all[k:j], prev: prev}
		if i >= lookBack {
			// The oldest sentence a rule reads from s is the last of
			// the chain: the one before it is overwritten by s.
			r.recent[(i-lookBack)%len(r.recent)].prev = nil
		}
		r.sentence(s)
		prev = s
		k = j
	}
	r.shareholderTable(all)
	for _, o := range r.owns {
		r.add(entity.StakeIn, o.owner, o.owned, &sentence{a: o.a, b: o.b}, nil)
	}
	r.roles()
	renamedInPlace(a)
}

// ownsStake is a stake of no stated share, and the sentence it was read
// in.
type ownsStake struct{ owner, owned, a, b int }

// renamedInPlace moves the relations a sentence gives a firm it also
// renames to the firm's new name: in "The Company's wholly owned
// subsidiary X has changed its name to Y", Y is the subsidiary. Only the
// relations of that sentence move; the old name keeps what other
// sentences say of it. The cost is linear in the relations.
func renamedInPlace(a *article.Article) {
	type rename struct{ old, now string }
	var renames map[article.Span]rename
	for _, r := range a.Relations {
		if r.Kind == entity.FormerName {
			if renames == nil {
				renames = map[article.Span]rename{}
			}
			renames[r.Span] = rename{old: r.Object, now: r.Subject}
		}
	}
	if renames == nil {
		return
	}
	moved := false
	for k := range a.Relations {
		r := &a.Relations[k]
		n, ok := renames[r.Span]
		if !ok || r.Kind == entity.FormerName {
			continue
		}
		if r.Subject == n.old && r.Object != n.now {
			r.Subject, moved = n.now, true
		} else if r.Object == n.old && r.Subject != n.now {
			r.Object, moved = n.now, true
		}
	}
	if moved {
		a.Relations = dedupeRelations(a.Relations)
	}
}

// dedupeRelations drops the later of two relations of one kind between
// the same ends (either order for a symmetric kind), in place.
func dedupeRelations(rs []article.Relation) []article.Relation {
	type key struct {
		kind entity.RelationKind
		s, o string
	}
	seen := make(map[key]bool, len(rs))
	out := rs[:0]
	for _, r := range rs {
		k := key{r.Kind, r.Subject, r.Object}
		if r.Kind.Symmetric() && k.o < k.s {
			k.s, k.o = k.o, k.s
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return out
}

// relScratch is the memory one relations pass works in, kept for the
// next in relScratches.
type relScratch struct {
	r      relater
	starts wordStarts
	seen   map[relKey]bool
	at     []int
	ments  []ment
	sents  sentenceBuf
	split  []rng
}

// splitHeadLines appends to dst the sentences sents, those above the
// first of paras parted at each line that starts with a capital: the
// summary's points, a line each, though no full stop ends them.
func splitHeadLines(dst, sents []rng, s string, paras []rng) []rng {
	body := len(s)
	if len(paras) > 0 {
		body = paras[0].a
	}
	for _, sr := range sents {
		if sr.b > body {
			dst = append(dst, sr)
			continue
		}
		a := sr.a
		for i := sr.a; i < sr.b; i++ {
			if s[i] == '\n' && i+1 < sr.b && (isUpper(s[i+1]) || s[i+1] == '-' || s[i+1] == '*') && i > a {
				dst = append(dst, rng{a, i})
				a = i + 1
			}
		}
		dst = append(dst, rng{a, sr.b})
	}
	return dst
}

var relScratches = sync.Pool{New: func() any { return new(relScratch) }}

// release returns sc to relScratches, holding nothing of the article
// just read.
func (sc *relScratch) release() {
	sc.at = sc.r.at[:0]
	sc.r = relater{}
	if len(sc.seen) > 1024 {
		// Clearing a map costs its size: let a big one go.
		sc.seen = nil
	}
	clear(sc.seen)
	if cap(sc.ments) > 1<<16 {
		sc.ments = nil
	}
	sc.ments = sc.ments[:0]
	relScratches.Put(sc)
}

func hasRoles(a *article.Article) bool {
	for _, e := range a.Entities {
		if len(e.Roles) > 0 {
			return true
		}
	}
	return false
}

// mentions returns every entity mention as a view range, in order, with
// mentions inside a longer one dropped.
func (d *doc) mentions(a *article.Article) []ment {
	return d.mentionsTo(nil, a)
}

// mentionsTo is mentions that appends to out, empty, to reuse its memory.
func (d *doc) mentionsTo(out []ment, a *article.Article) []ment {
	n := 0
	for _, e := range a.Entities {
		n += len(e.Mentions)
	}
	out = slices.Grow(out[:0], n)
	for i, e := range a.Entities {
		for _, m := range e.Mentions {
			out = append(out, ment{d.v.viewOf(m.Start), d.v.viewOf(m.End), i})
		}
	}
	slices.SortFunc(out, func(x, y ment) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return y.b - x.b
	})
	kept := out[:0]
	end := -1
	for _, m := range out {
		if m.a < end {
			continue
		}
		kept = append(kept, m)
		end = m.b
	}
	return kept
}

// relKey identifies a relation, so each is added once.
type relKey struct {
	kind entity.RelationKind
	s, o int
}

// relater holds the state of one relations pass.
type relater struct {
	// owns are stakes of no stated share ("X also owns Y"), added after
	// every sentence and table was read, so that a share given later
	// ("Y is 72.4% owned by X") is the one kept.
	owns []ownsStake
	d    *doc
	a    *article.Article
	seen map[relKey]bool
	at   []int // scratch for cueList.first
	// nonEmpty is set when every mention ends after it starts, so that
	// a mention that starts after an offset also ends after it.
	nonEmpty bool
	// quantOrder is 1 when the article's quantities are in the order
	// of their starts, -1 when not, 0 before it is known.
	quantOrder int8
	// recent holds the sentence being read and the lookBack sentences
	// before it, in turn.
	recent [lookBack + 1]sentence
	// firstCo is the article's first mention of a company
	// (hasFirstCo): in a filing, the issuer whose board "the board" is.
	firstCo    ment
	hasFirstCo bool
	// all is every mention of the article, in text order.
	all []ment
	// pageIssuer is the entity a filing or announcement is about, plus
	// one, once asked for (issuerAsked); 0 when it has none.
	pageIssuer  int
	issuerAsked bool
	// lastJV holds the partners of the last joint venture read
	// (hasJV), for "owned equally by the partners".
	lastJV [2]int
	hasJV  bool
	// owned is the company the last stake read in sentence ownedIn was
	// held in, for the shares after it that name no company.
	owned   ment
	ownedIn *sentence
	// prevOwned is owned as the sentence before the one being read left
	// it, when it read a stake (hasPrevOwned).
	prevOwned    ment
	hasPrevOwned bool
	// lastOpener is the entity the sentence before opened with, or -1:
	// a sentence that opens with the company a stake was held in keeps
	// that company for the next ("The buyer takes 74% of Y. Y runs a
	// plant. The seller will retain the remaining 26%.").
	lastOpener int
	// sellers are the firms a stake was bought from, each with the
	// firm whose shares it sold: "a 20% interest in Y from Z".
	sellers [][2]int
	// deal holds the parties of the last agreement read, and dealEnd
	// the view offset where its sentence ends.
	deal    [2]int
	dealEnd int
	// dealSent is where the sentence of the last agreement read ends.
	dealSent int
	// signer signed the deal of the sentence ending at signerEnd with no
	// other party named: "X signed a three-year contract to import
	// pellets".
	signer    ment
	signerEnd int
	// listTyp is the type of the deals a heading ending at listEnd
	// ("The MoUs exchanged today are:") lists item by item; each item
	// read moves listEnd to its own end.
	listTyp string
	listEnd int
	// listOwned is the firm whose holders a heading ending at holdersEnd
	// lists ("the capital of V will be held as follows:"); each item
	// read moves holdersEnd to its own end.
	listOwned  ment
	holdersEnd int
	// pair holds the two firms a sentence opened with as its subject
	// ("A and its partner B have agreed"), and pairEnd the view offset
	// where that sentence ends, for "the two companies" of the next.
	pair    [2]int
	pairEnd int
	// group holds the groupN partners of three or more that a sentence
	// ending at groupEnd named, for "the three companies" of the next.
	group    [4]int
	groupN   int
	groupEnd int
	// venture is the venture a sentence ending at ventureEnd named as
	// such after a copula ("V is our joint venture with B"), for the
	// shares of the next ("We own 51% and B owns 49%").
	venture    int
	ventureEnd int
	// starts is where the words of the sentence startsOf first occur.
	starts   *wordStarts
	startsOf *sentence
	// brandUnits counts the units brandUnit has looked up a parent for,
	// each a pass over the entities, so that the work stays linear.
	brandUnits int
}

// twoFirmsIn reports whether sentence s names two firms and no more.
func (r *relater) twoFirmsIn(s *sentence) bool {
	var two [2]int
	n := 0
	for _, m := range s.ms {
		if !r.isOrg(m) || n > 0 && two[0] == m.e || n > 1 && two[1] == m.e {
			continue
		}
		if n == 2 {
			return false
		}
		two[n] = m.e
		n++
	}
	return n == 2
}

// lookBack is how many sentences before its own a rule reads, for the
// name that "it" or "the two executives" stand for.
const lookBack = 3

func (r *relater) kindOf(m ment) entity.Kind { return r.a.Entities[m.e].Kind }

func (r *relater) isOrg(m ment) bool {
	k := r.kindOf(m)
	return k == entity.KindCompany || k == entity.KindOrganization
}

// add records a relation between the entities of two mentions, once; a
// symmetric kind is stored once for both orders, and no entity is tied to
// itself.
func (r *relater) add(kind entity.RelationKind, s, o int, sent *sentence, set func(*article.Relation)) {
	if s == o || s < 0 || o < 0 {
		return
	}
	// "In a filing to the Shanghai Stock Exchange, X, which set up Y as
	// a joint venture with Z": an exchange where a firm files is no
	// party to its ventures, deals or sales.
	switch kind {
	case entity.JointVenture, entity.Acquisition, entity.SupplierOf, entity.StakeIn, entity.FormerName:
		if r.isExchange(s) || r.isExchange(o) {
			return
		}
	}
	k := relKey{kind, s, o}
	if kind.Symmetric() && o < s {
		k = relKey{kind, o, s}
	}
	if r.seen[k] {
		return
	}
	r.seen[k] = true
	if kind == entity.JointVenture {
		r.lastJV, r.hasJV = [2]int{s, o}, true
	}
	// A purchase between the only two firms its sentence names leaves
	// them "the two companies" of the next too; a seller named besides
	// leaves that unclear.
	if kind == entity.Agreement || kind == entity.Acquisition && r.twoFirmsIn(sent) {
		// Two deals told in one sentence leave "the two companies" of
		// the next one unclear.
		if r.dealSent == sent.b {
			r.dealEnd = -1
		} else {
			r.deal, r.dealEnd = [2]int{s, o}, sent.b
		}
		r.dealSent = sent.b
	}
	st, en := r.d.v.span(sent.a, sent.b)
	rel := article.Relation{Kind: kind, Subject: r.a.Entities[s].ID, Object: r.a.Entities[o].ID,
		Span: article.Span{Start: st, End: en}}
	if set != nil {
		set(&rel)
	}
	r.a.Relations = append(r.a.Relations, rel)
}

// fullStopIn reports a full stop and a capital after it in t, where a
// sentence may end ("41.3%. Suri"), not an abbreviation's ("Co. (5739").
func fullStopIn(t string) bool {
	for k := strings.Index(t, ". "); k >= 0; {
		if k+2 < len(t) && isUpper(t[k+2]) {
			return true
		}
		n := strings.Index(t[k+2:], ". ")
		if n < 0 {
			return false
		}
		k += 2 + n
	}
	return false
}

// isExchange reports an entity that is a stock exchange or one of its
// markets.
func (r *relater) isExchange(e int) bool {
	x := &r.a.Entities[e]
	return x.Kind == entity.KindOrganization && exchangeName(x.Name)
}

// The rule families, as bits of a sentence's trigger mask.
const (
	trigFormer uint16 = 1 << iota
	trigUnit
	trigStake
	trigBuy
	trigVenture
	trigAgree
	trigSupply
	trigMeet
	trigOwned // owned in equal shares: "owned equally by"
	trigCust  // customers and suppliers named: "its customers include"
	trigFrac  // a share in words: "owns a fifth of"
	trigSubs  // shares subscribed to: "will subscribe to new shares in"
	trigOwnV  // a verb of owning, which a share in words needs: "owns"
	trigChair // a person who chairs or heads a firm: "also chairs Y"
	trigSold  // a stake sold or a role besides: "offloaded", "sale", "also"
	// trigNeg is no rule family: the sentence may hold a negation.
	trigNeg
)

// triggers maps the words that can start a rule to its family, so that
// one pass over a sentence's words tells which rules can apply.
var triggers = func() map[string]uint16 {
	m := map[string]uint16{}
	add := func(bit uint16, words ...string) {
		for _, w := range words {
			m[w] |= bit
		}
	}
	add(trigFormer, "formerly", "previously", "renamed", "name", "known", "called", "named", "incorporated", "founded", "rebranded", "traded", "operated", "used", "trade", "operate", "rebrand", "now", "listed")
	add(trigUnit, "unit", "units", "subsidiary", "subsidiaries", "affiliate", "arm", "division", "part", "parent", "controlled", "controls", "majority-owned", "majority", "sister", "group", "wholly", "fully", "own", "member", "operating", "consolidated")
	add(trigStake, "percent", "cent", "pc", "shareholder", "owns")
	add(trigFrac, "half", "third", "thirds", "quarter", "fifth", "tenth")
	add(trigOwnV, "owns", "own", "owned", "holds", "hold", "held", "controls", "control")
	add(trigOwned, "equally", "jointly", "owned")
	add(trigChair, "chairs", "heads", "also")
	add(trigSold, "offloaded", "offloads", "divested", "divests", "disposed", "disposes", "sale", "transfer", "also")
	add(trigBuy, "secured", "acquire", "acquired", "acquires", "acquiring", "buy", "bought", "buys", "buying", "take", "took", "takes", "absorbed", "absorbs",
		"purchase", "purchased", "purchases", "imports", "imported", "sources", "procure", "acquisition", "takeover", "disposal", "ordered")
	add(trigSubs, "subscribe", "subscribed", "subscribes", "subscribing")
	add(trigVenture, "joint", "jv", "joint-venture", "venture", "consortium")
	add(trigAgree, "disclosed", "announced", "signed", "sign", "signs", "signing", "secured", "secure", "secures", "reached", "reach", "renewed", "renews", "extended", "extends",
		"struck", "strike", "inked", "entered", "concluded", "agreed", "clinched", "partnered", "teamed",
		"partnering", "partners", "together", "jointly", "work", "under", "party", "won", "wins", "awarded", "executed", "executes", "conclude", "concludes", "enter", "enters", "has", "have", "holds",
		"implement", "implements", "implemented")
	add(trigSupply, "exported", "send", "sends", "sent", "supply", "supplies", "supplied", "deliver", "delivers", "delivered", "sell", "sells", "provide", "provides",
		"sold", "ship", "ships", "shipped", "resell", "resells", "resold", "deliveries", "shipments", "selling", "supplying", "shipping", "delivering", "buyer", "customer", "offtaker", "seller")
	add(trigCust, "customers", "clients", "buyers", "supplier", "suppliers", "customer", "client", "buyer")
	add(trigMeet, "met", "meets", "talks", "meeting", "received", "hosted", "welcomed", "sat", "courtesy", "visited", "call", "called", "discussed", "among", "included", "session")
	return m
}()

// triggerTable maps a word, found by its hash (see sentenceWordHash), to the
// rule families it can start, and to trigNeg for negationWords; it holds
// the words of triggers and negationWords.
var triggerTable = func() *wordTable {
	t := new(wordTable)
	for w, bits := range triggers {
		t.add(w, bits)
	}
	for _, w := range negationWords {
		t.add(w, trigNeg)
	}
	return t
}()

// wordTable is a small hash table from words to bits, read with the hash
// the scan of a sentence computes anyway, so that a word not in it costs
// one probe of an empty slot.
type wordTable struct {
	hash  [512]uint32
	words [512]string
	bits  [512]uint16
	// filter has the bit filterBit(h) set for the hash h of every word
	// in the table: most words, in no table, are turned away with one
	// test that goes the same way nearly every time.
	filter [64]uint64
}

// filterBit returns the bit of wordTable.filter for a word of hash h.
func filterBit(h uint32) uint32 { return h * 0x85ebca6b >> 20 }

// slot returns the first slot a word of hash h is looked for in.
func (t *wordTable) slot(h uint32) uint32 { return h * 0x9e3779b1 >> 23 }

// add adds w with bits to t; a word added twice gets both.
func (t *wordTable) add(w string, bits uint16) {
	h := sentenceWordHash(w)
	i := t.slot(h)
	for t.words[i] != "" && t.words[i] != w {
		i = (i + 1) % uint32(len(t.words))
	}
	t.hash[i], t.words[i] = h, w
	t.bits[i] |= bits
	f := filterBit(h)
	t.filter[f>>6] |= 1 << (f & 63)
}

// get returns the bits of w, whose hash is h, or 0.
func (t *wordTable) get(w string, h uint32) uint16 {
	if f := filterBit(h); t.filter[f>>6]&(1<<(f&63)) == 0 {
		return 0
	}
	for i := t.slot(h); t.words[i] != ""; i = (i + 1) % uint32(len(t.words)) {
		if t.hash[i] == h && t.words[i] == w {
			return t.bits[i]
		}
	}
	return 0
}

// sentenceWordHash hashes a word as scanSentence does while it reads one.
func sentenceWordHash(w string) uint32 {
	var h uint32
	for i := 0; i < len(w); i++ {
		h = bits.RotateLeft32(h, 5) ^ uint32(w[i])
	}
	return h
}

// wordBloom is a set of word hashes (256 bits, one per word): a sentence's
// set holds every run of letters in it, so that a cue with a word
// missing from the set cannot match there. It may hold words the
// sentence does not.
type wordBloom [4]uint64

// bloomBit returns the bit of wordBloom that stands for the word of hash h.
func bloomBit(h uint32) uint8 { return uint8(h * 0x9e3779b1 >> 24) }

// add adds the word of hash h.
func (ws *wordBloom) add(h uint32) {
	b := bloomBit(h)
	ws[b>>6] |= 1 << (b & 63)
}

// has reports whether bit b is set.
func (ws *wordBloom) has(b uint8) bool { return ws[b>>6]&(1<<(b&63)) != 0 }

// wordStarts goes with the wordBloom of a sentence: for each bit b set
// there, the offset of the first run of letters that set it. A run of
// letters whose bit is b thus starts nowhere before starts[b], and a cue
// holding that run at offset o matches nowhere before starts[b]-o. Bits
// not set in the bloom hold stale offsets, and are never read.
type wordStarts [256]int

// addAt adds the run of letters of hash h that starts at offset at to
// ws, and its start to starts when it is the first of its bit.
func (ws *wordBloom) addAt(h uint32, at int, starts *wordStarts) {
	b := bloomBit(h)
	m := uint64(1) << (b & 63)
	w := ws[b>>6]
	ws[b>>6] = w | m
	// Written without a branch, which would go either way.
	first := starts[b]
	if w&m == 0 {
		first = at
	}
	starts[b] = first
}

// anchor is a run of letters of a cue (a maximal run of lower-case
// letters): its bit in a wordBloom and its offset in the cue. Wherever
// the cue matches on word boundaries (see sentence.find), the run is a
// whole run of letters of the sentence too: the bytes around it in the
// cue are no lower-case letters, or the cue ends there and the match
// ends on a word boundary.
type anchor struct {
	off int
	bit uint8
}

// anchors returns the runs of lower-case letters of c.
func anchors(c string) []anchor {
	var out []anchor
	for i := 0; i < len(c); {
		if !isLower(c[i]) {
			i++
			continue
		}
		j := i
		for j < len(c) && isLower(c[j]) {
			j++
		}
		out = append(out, anchor{off: i, bit: bloomBit(sentenceWordHash(c[i:j]))})
		i = j
	}
	return out
}

// lowerBound returns an offset before which a cue with the runs of
// letters as cannot match in s, or false when it cannot match at all: a
// run the sentence lacks, or one that first occurs at p and stands at
// offset o in the cue, bounds the match from p-o on. With no word starts
// it returns 0 and true.
func (s *sentence) lowerBound(as []anchor) (int, bool) {
	if s.starts == nil {
		return 0, true
	}
	lo := 0
	for _, a := range as {
		if !s.words.has(a.bit) {
			return 0, false
		}
		lo = max(lo, s.starts[a.bit]-a.off)
	}
	return lo, true
}

// firstAnchor returns the first run of lower-case letters of c.
func firstAnchor(c string) (anchor, bool) {
	for i := 0; i < len(c); i++ {
		if isLower(c[i]) {
			h := uint32(0)
			j := i
			for ; j < len(c) && isLower(c[j]); j++ {
				h = bits.RotateLeft32(h, 5) ^ uint32(c[j])
			}
			return anchor{off: i, bit: bloomBit(h)}, true
		}
	}
	return anchor{}, false
}

// holds reports whether ws holds every word of x.
func (ws *wordBloom) holds(x *wordBloom) bool {
	return ws[0]&x[0] == x[0] && ws[1]&x[1] == x[1] && ws[2]&x[2] == x[2] && ws[3]&x[3] == x[3]
}

// triggerMask returns the rule families whose trigger words occur in low,
// and trigNeg when it may hold a negation.
func triggerMask(low string) uint16 {
	mask, _ := scanSentence(low)
	return mask
}

// scanSentence reads the words of a lower-cased sentence once: it returns
// the rule families whose trigger words occur in low (and trigNeg when it
// may hold a negation), and the set of its runs of letters. A word, for
// the triggers, is a lower-case letter followed by letters and hyphens.
func scanSentence(low string) (uint16, wordBloom) {
	var starts wordStarts
	return scanSentenceStarts(low, &starts)
}

// scanSentenceStarts is scanSentence that also sets, in starts, where
// the runs of letters first occur.
func scanSentenceStarts(low string, starts *wordStarts) (uint16, wordBloom) {
	var mask uint16
	var ws wordBloom
	for i := 0; i < len(low); {
		c := low[i]
		if !isLower(c) {
			if c == '%' {
				mask |= trigStake
			} else if c == '\'' && i > 0 && low[i-1] == 'n' && i+1 < len(low) && low[i+1] == 't' {
				mask |= trigNeg // "n't"
			}
			i++
			continue
		}
		start, run := i, i
		var h uint32 // of the current run of letters
		hyphen := false
		for ; i < len(low); i++ {
			c := low[i]
			if isLower(c) {
				h = bits.RotateLeft32(h, 5) ^ uint32(c)
				continue
			}
			if c != '-' {
				break
			}
			ws.addAt(h, run, starts)
			h, hyphen, run = 0, true, i+1
		}
		ws.addAt(h, run, starts)
		w := low[start:i]
		if hyphen {
			h = sentenceWordHash(w)
		}
		mask |= triggerTable.get(w, h)
		switch w[0] {
		case 'd', 'r', 's', 'a':
			if negationPrefix(w) {
				mask |= trigNeg
			}
		}
	}
	return mask, ws
}

// sentence applies to one sentence the rules its words can start.
func (r *relater) sentence(s *sentence) {
	// Sentences share a ring of structs: the stake read last belongs to
	// this one only once this one sets it.
	// (A sentence that reads no share but names the owned again, "X's
	// stake will rise to 30% once ... the Huayue venture", keeps it.)
	// (Nor one that speaks of the stake by its noun: "X will pay ...
	// for the stake to Y".)
	keep := r.ownedIn == nil && r.hasPrevOwned && s.prev != nil && (slices.ContainsFunc(s.prev.ms, func(m ment) bool { return m.e == r.prevOwned.e }) || strings.Contains(s.prev.low, " for the stake "))
	if !keep && (r.ownedIn != nil || !r.hasPrevOwned || r.lastOpener != r.prevOwned.e) {
		r.prevOwned, r.hasPrevOwned = r.owned, r.ownedIn != nil
	}
	r.ownedIn = nil
	r.listedDeal(s)
	r.heldAsFollows(s)
	r.lastOpener = -1
	if len(s.ms) > 0 && s.ms[0].a-s.a < 4 {
		r.lastOpener = s.ms[0].e
	}
	if len(s.ms) == 0 {
		// "Under it, the two companies will form a joint venture": the
		// parties are those of the sentence before.
		r.dealVenture(s)
		// "The two companies also inked a supply deal."
		if _, ok := r.prevPair(s); ok && pairAt(s.low) {
			r.agreement(s)
		}
		return
	}
	r.pairOwns(s)
	r.anotherDealWith(s)
	// The word starts are shared: the sentence that had them loses them.
	if r.startsOf != nil {
		r.startsOf.starts = nil
	}
	var mask uint16
	if r.starts != nil {
		mask, s.words = scanSentenceStarts(s.low, r.starts)
		s.starts, r.startsOf = r.starts, s
	} else {
		mask, s.words = scanSentence(s.low)
	}
	s.scanned = true
	s.noNeg = mask&trigNeg == 0
	if strings.HasPrefix(s.low, "the new ") {
		r.newUnit(s)
	}
	if len(s.ms) >= 3 {
		r.setUpBy(s)
	}
	if r.hasJV {
		r.ownedByPartners(s)
		r.ventureNamed(s)
	}
	if mask&trigFormer != 0 {
		r.formerName(s)
	}
	if strings.Contains(s.low, ", leaving ") {
		r.leavingWith(s)
	}
	if strings.Contains(s.low, "its subsidiaries, including ") {
		r.subsidiariesIncluding(s)
	}
	if strings.Contains(s.low, " subsidiary") || strings.Contains(s.low, " unit") || strings.Contains(s.low, " affiliate") {
		r.anotherUnit(s)
	}
	if strings.Contains(s.low, " each ") {
		r.eachOwn(s)
	}
	if mask&trigUnit != 0 {
		r.subsidiary(s)
		r.parentOf(s)
		r.describedUnit(s)
		r.unitNamedAfter(s)
	}
	// "A will own a fifth of Y, while B will keep its 8 percent
	// holding": the share in words comes first.
	if mask&trigFrac != 0 && mask&trigOwnV != 0 {
		r.fractionStake(s)
	}
	if mask&trigStake != 0 {
		r.stakes(s)
		if mask&trigBuy != 0 {
			r.gappedShares(s)
		}
	}
	if mask&trigSubs != 0 {
		r.subscribesShares(s)
	}
	if mask&trigOwned != 0 {
		r.ownedEqually(s)
	}
	if mask&trigBuy != 0 {
		r.acquisition(s)
		r.boughtFromUnder(s)
	}
	if mask&(trigBuy|trigOwnV) != 0 {
		r.wholeShare(s)
		r.balanceHeldBy(s)
		r.bareShares(s)
	}
	if mask&trigVenture != 0 {
		r.jointVenture(s)
		r.evenVenture(s)
		r.ventureOfPair(s)
		r.itOwnsWith(s)
	}
	if strings.Contains(s.low, "%)") {
		r.bracketOwners(s)
		r.heldByList(s)
	}
	if mask&trigStake != 0 && strings.Contains(s.low, ": ") {
		r.ownedInProportions(s)
	}
	if mask&trigStake != 0 {
		r.sharesInRepresenting(s)
		r.holdsItsShare(s)
		r.jointlyEstablishIn(s)
		r.formedOwned(s)
	}
	if hasAnyPrefix(s.low, "shareholders in the new company: ", "shareholders in the venture: ", "shareholders in the joint venture: ", "shareholders: ", "ownership: ", "shareholding: ") {
		r.colonHolders(s)
	}
	if mask&trigVenture != 0 || pairAt(s.low) {
		r.dealVenture(s)
		r.agreedWithToSetUp(s)
	}
	if mask&trigAgree != 0 || strings.HasPrefix(s.low, "the board ") {
		r.underDealConcludedWith(s)
		r.agreement(s)
		r.awardedTo(s)
		r.contractWentTo(s)
		r.underDealWith(s)
		r.offtakeFromItsPlant(s)
		r.itsOfftakeFrom(s)
	}
	r.dealWithOpens(s)
	if mask&trigAgree != 0 || strings.Contains(s.low, " settled ") {
		r.settledTermsWith(s)
	}
	if strings.Contains(s.low, " (ii) ") {
		r.enumeratedDeals(s)
	}
	if mask&trigSupply != 0 {
		r.supplier(s)
	}
	if mask&trigSupply != 0 {
		r.theSellerIs(s)
		r.whichSendsUs(s)
		r.suppliesMostOfIt(s)
		r.soldBy(s)
		r.sellsUnderDealWith(s)
	}
	if strings.Contains(s.low, "% owned by ") {
		r.ownedThenBought(s)
	}
	if strings.HasPrefix(s.low, "the directors and shareholders of ") || strings.HasPrefix(s.low, "the shareholders of ") {
		r.shareholdersAre(s)
	}
	if strings.Contains(s.low, "% ours") {
		r.percentOurs(s)
	}
	if strings.Contains(s.low, " went to ") || strings.Contains(s.low, " goes to ") {
		r.wentToUnderOurContract(s)
	}
	if strings.Contains(s.low, " comes from ") || strings.Contains(s.low, " come from ") {
		r.comesFromUnderContract(s)
	}
	if strings.Contains(s.low, " of its ") {
		r.itsGoodsGoTo(s)
	}
	if mask&trigBuy != 0 || strings.Contains(s.low, " takes ") {
		r.takesOurGoods(s)
	}
	r.buysUnderDealFrom(s)
	r.contractedTo(s)
	r.unitsInclude(s)
	r.approvedItem(s)
	if mask&trigCust != 0 {
		r.customersAfterColon(s)
		r.customersInclude(s)
		r.amongCustomers(s)
		r.supplierOfTo(s)
		r.itsSuppliersAre(s)
	}
	if mask&(trigSupply|trigBuy) != 0 || strings.Contains(s.low, " to source ") {
		r.agreedTrade(s)
		r.tradeFrom(s)
		r.buysOurs(s)
		r.shippedFromUnder(s)
		r.orderedFrom(s)
		r.willBuyOf(s)
		r.underTheDeal(s)
		r.dealPartySupplies(s)
		r.buysIts(s)
	}
	if strings.Contains(s.low, " contract with ") || strings.Contains(s.low, " agreement with ") || strings.Contains(s.low, " offtake with ") || strings.Contains(s.low, " deal with ") {
		r.possessiveDealWith(s)
	}
	if strings.Contains(s.low, " supply ") && strings.Contains(s.low, "; ") {
		r.supplyElided(s)
	}
	if strings.Contains(s.low, " is with ") {
		r.dealIsWith(s)
	}
	if strings.Contains(s.low, " between ") {
		r.dealBetween(s)
	}
	if strings.Contains(s.low, " settled ") {
		r.settledPrice(s)
	}
	if strings.Contains(s.low, ", to which ") {
		r.toWhichSells(s)
	}
	if mask&trigMeet != 0 {
		r.meeting(s)
	}
	if mask&trigChair != 0 {
		r.chairs(s)
	}
	if strings.Contains(s.low, " replac") || strings.Contains(s.low, " succeed") {
		r.predecessor(s)
	}
	if hasAnyPrefix(s.low, "both are ", "the two are ", "both companies are ", "both firms are ") {
		r.bothUnitsOf(s)
	}
	if strings.Contains(s.low, " shares held by ") {
		r.buysSharesHeldBy(s)
	}
	if strings.Contains(s.low, "acquisition by ") || strings.Contains(s.low, "purchase by ") {
		r.acquisitionBy(s)
	}
	if mask&(trigSold|trigStake) != 0 {
		r.heIsAlso(s)
	}
	r.heldStakeIn(s)
	if mask&trigSold != 0 {
		r.saleOfStake(s)
	}
	if mask&trigCust != 0 {
		r.oneOfSuppliers(s)
		r.itsSupplier(s)
	}
	if mask&trigUnit != 0 {
		r.makingItSubsidiary(s)
		r.eachUnitOf(s)
	}
	r.possessedDealWith(s)
	if strings.Contains(s.low, " contribut") {
		r.capitalContributed(s)
	}
	r.notePair(s)
}

// makingItSubsidiary reads "X has completed the purchase of a 70% stake
// in Y ..., making the pipe maker a subsidiary": the firm the sentence
// has X buy becomes X's unit.
func (r *relater) makingItSubsidiary(s *sentence) {
	i := s.find(0, ", making ")
	if i < 0 {
		return
	}
	rest := s.low[i+len(", making "):]
	k := strings.Index(rest[:min(len(rest), 40)], " a subsidiary")
	if k < 0 {
		k = strings.Index(rest[:min(len(rest), 40)], " a wholly owned subsidiary")
	}
	if k < 0 || strings.ContainsAny(rest[:k], ",;") || !(rest[:k] == "it" || strings.HasPrefix(rest[:k], "the ") && strings.Count(rest[:k], " ") <= 2) {
		return
	}
	if after := rest[k:]; strings.HasPrefix(strings.TrimPrefix(strings.TrimPrefix(after, " a subsidiary"), " a wholly owned subsidiary"), " of ") {
		return
	}
	st, en := r.d.v.span(s.a, s.b)
	var buy *article.Relation
	for q := len(r.a.Relations) - 1; q >= 0; q-- {
		rel := &r.a.Relations[q]
		if rel.Span.Start != st || rel.Span.End != en {
			break
		}
		if rel.Kind == entity.Acquisition {
			if buy != nil && (buy.Subject != rel.Subject || buy.Object != rel.Object) {
				return // two purchases: which firm is meant is unclear
			}
			buy = rel
		}
	}
	if buy == nil {
		return
	}
	buyer, target := -1, -1
	for e := range r.a.Entities {
		switch r.a.Entities[e].ID {
		case buy.Subject:
			buyer = e
		case buy.Object:
			target = e
		}
	}
	r.add(entity.SubsidiaryOf, target, buyer, s, nil)
}

// visitedPlaces are what a delegation visits of a firm: "visited Y's
// headquarters".
var visitedPlaces = []string{"headquarters", "head office", "offices", "office", "plant", "smelter", "refinery", "mine", "site", "works", "facility"}

// visited reads "A delegation from X visited Y's headquarters in
// Xiamen": X and Y met.
func (r *relater) visited(s *sentence) {
	i := s.find(0, " visited ")
	if i < 0 || s.negated(0, i) {
		return
	}
	e := i + len(" visited ")
	host, ok := r.buyerRightAfter(s, e, 1)
	if !ok {
		return
	}
	if r.possessive(s, host) {
		rest := s.low[host.b-s.a+len("'s "):]
		if !slices.ContainsFunc(visitedPlaces, func(p string) bool { return strings.HasPrefix(rest, p) }) {
			return
		}
	}
	// The visitor: "a delegation from X", or X itself.
	var guest ment
	if k := strings.LastIndex(s.low[:i], "delegation from "); k >= 0 {
		guest, ok = r.buyerRightAfter(s, k+len("delegation from "), 1)
	} else {
		guest, ok = r.subject(s, i)
		if ok && r.kindOf(guest) == entity.KindPerson {
			ok = false
		}
	}
	if !ok || guest.e == host.e {
		return
	}
	date := r.dateIn(s, e)
	r.add(entity.Meeting, guest.e, host.e, s, func(rel *article.Relation) { rel.Date = date })
}

// chairs reads "its chairman, Tan Wei Ming, also chairs Lumina" and "X
// heads Y": the person right before the verb is the firm's chairman or
// head.
func (r *relater) chairs(s *sentence) {
	for _, v := range []struct{ cue, title string }{{" chairs ", "chairman"}, {" heads ", "head"}} {
		i := s.find(0, v.cue)
		if i < 0 || s.negated(0, i) {
			continue
		}
		b := i
		if strings.HasSuffix(s.low[:b], " also") {
			b -= len(" also")
		}
		if b > 0 && s.low[b-1] == ',' {
			b--
		}
		p, ok := r.holderRightBefore(s, b)
		if !ok || r.kindOf(p) != entity.KindPerson {
			continue
		}
		org, ok := r.orgRightAfter(s, i+len(v.cue), 1)
		if !ok {
			continue
		}
		title := v.title
		r.add(entity.ExecutiveOf, p.e, org.e, s, func(rel *article.Relation) { rel.Title = title })
	}
	// "X is also non-executive chairman of Y", "X, who is also chairman
	// of Y, sits on the board": a second post.
	for from, n := 0, 0; n < 3; n++ {
		i := s.find(from, " is also ")
		if i < 0 {
			break
		}
		from = i + 1
		if s.negated(0, i) {
			continue
		}
		e := i + len(" is also ")
		t := s.low[e:min(len(s.low), e+40)]
		for _, m := range []string{"non-executive ", "independent ", "executive "} {
			if strings.HasPrefix(t, m) {
				t = t[len(m):]
				e += len(m)
				break
			}
		}
		var title string
		for _, h := range []string{"chairman", "chairwoman", "chairperson", "vice chairman", "president", "chief executive", "ceo", "managing director", "a director", "director"} {
			if strings.HasPrefix(t, h+" of ") {
				title = r.d.v.s[s.a+i+len(" is also ") : s.a+e+len(h)]
				e += len(h) + len(" of ")
				break
			}
		}
		if title == "" {
			continue
		}
		b := i
		if strings.HasSuffix(s.low[:b], ", who") {
			b -= len(", who")
		}
		p, ok := r.holderRightBefore(s, b)
		if !ok || r.kindOf(p) != entity.KindPerson {
			continue
		}
		org, ok := r.orgRightAfter(s, e, 1)
		if !ok {
			continue
		}
		title = strings.TrimPrefix(strings.TrimPrefix(title, "a "), "A ")
		r.add(entity.ExecutiveOf, p.e, org.e, s, func(rel *article.Relation) { rel.Title = title })
	}
}

// noteSeller notes the seller named right after the bought firm, "Y
// from Z": Z sells shares of Y to buyer, and keeps what a later "the
// seller keeps" tells.
func (r *relater) noteSeller(s *sentence, buyer, bought ment) {
	p := s.past(bought)
	if !strings.HasPrefix(s.low[p:], " from ") {
		return
	}
	if z, found := r.orgRightAfter(s, p+len(" from "), 0); found && z.e != bought.e && z.e != buyer.e && len(r.sellers) < 64 {
		r.sellers = append(r.sellers, [2]int{z.e, bought.e})
	}
}

// acquisitionBy reads "for the acquisition by X of 70% of the shares of
// Y": X buys that share of Y.
func (r *relater) acquisitionBy(s *sentence) {
	for _, c := range []string{"acquisition by ", "purchase by "} {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		buyer, ok := r.orgRightAfter(s, i+len(c), 0)
		if !ok {
			continue
		}
		at := s.past(buyer)
		if !strings.HasPrefix(s.low[at:], " of ") {
			continue
		}
		p, pe, ok := s.percentAt(at + len(" of "))
		if !ok {
			continue
		}
		of := prefixOf(s.low[pe:], " of the shares of ", " of the issued shares of ", " of the share capital of ", " of the charter capital of ", " of the equity of ", " interest in ", " stake in ", " of ")
		if of == "" {
			continue
		}
		if owned, ok := r.orgRightAfter(s, pe+len(of), 0); ok && owned.e != buyer.e {
			r.add(entity.Acquisition, buyer.e, owned.e, s, withPercent(p))
		}
		return
	}
}

// buysSharesHeldBy reads "the Company will acquire all of the shares
// held by Z": it buys Z's shares of the firm whose shares the sentence
// before told ("The Company holds 65% of Y, and Z holds the remaining
// 35%").
func (r *relater) buysSharesHeldBy(s *sentence) {
	if r.ownedIn != nil || !r.hasPrevOwned || r.prevOwned.b > s.a {
		return
	}
	for _, c := range []string{" acquire all of the shares held by ", " acquire all the shares held by ", " acquire the shares held by ", " buy all of the shares held by ", " buy the shares held by "} {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		buyer, ok := r.subject(s, i)
		if !ok || buyer.e == r.prevOwned.e {
			return
		}
		r.add(entity.Acquisition, buyer.e, r.prevOwned.e, s, nil)
		return
	}
}

// bothUnitsOf reads "Both are wholly owned subsidiaries of X": the last
// two firms the sentence before named are X's units.
func (r *relater) bothUnitsOf(s *sentence) {
	if s.prev == nil || s.negated(0, len(s.low)) {
		return
	}
	e := strings.Index(s.low, " are ") + len(" are ") // (the callers' prefixes hold it)
	for _, m := range []string{"wholly owned ", "wholly-owned ", "indirect ", "direct "} {
		e += len(prefixOf(s.low[e:], m))
	}
	c := prefixOf(s.low[e:], "subsidiaries of ", "units of ")
	if c == "" {
		return
	}
	parent, ok := r.orgRightAfter(s, e+len(c), 0)
	if !ok {
		return
	}
	var units []ment
	ms := s.prev.ms
	for k := len(ms) - 1; k >= 0 && len(units) < 2; k-- {
		m := ms[k]
		if !r.isOrg(m) || m.e == parent.e || len(units) == 1 && units[0].e == m.e {
			continue
		}
		units = append(units, m)
	}
	if len(units) != 2 {
		return
	}
	for _, u := range units {
		r.add(entity.SubsidiaryOf, u.e, parent.e, s, nil)
	}
}

// predecessor reads "X has been named chief executive officer of Y,
// replacing Z, who retires": Z held the post at Y before X, an
// executive of Y too. ("She succeeds Z": the person the sentence
// before named.)
func (r *relater) predecessor(s *sentence) {
	for _, c := range []string{", replacing ", ", succeeding ", " succeeds ", " replaces "} {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		// (Past an honorific: "succeeding Datin X".)
		z, ok := r.rightAfter(s, i+len(c), 12, func(m ment) bool { return r.kindOf(m) == entity.KindPerson })
		if ok && strings.ContainsAny(r.d.v.s[s.at(i+len(c)):z.a], ",;") {
			ok = false
		}
		if !ok {
			continue
		}
		// The successor: the last person named before the cue, or the
		// one the sentence before named, for "He" or "She".
		var p ment
		found := false
		for _, m := range s.ms {
			if m.b <= s.at(i) && r.kindOf(m) == entity.KindPerson && m.e != z.e {
				p, found = m, true
			}
		}
		if !found && hasAnyPrefix(s.low, "he ", "she ") && s.prev != nil {
			if ps := r.kindIn(s.prev, 0, len(s.prev.low), entity.KindPerson); len(ps) > 0 {
				p, found = ps[0], true
			}
		}
		if !found {
			continue
		}
		var ids entityIndex
		for _, role := range r.a.Entities[p.e].Roles {
			if ids.ents == nil {
				ids = newEntityIndex(r.a.Entities)
			}
			oi, ok := ids.find(role.Org)
			if !ok || oi == z.e || r.a.Entities[oi].Kind != entity.KindCompany || !isExecutive(strings.ToLower(role.Title)) {
				continue
			}
			r.add(entity.ExecutiveOf, z.e, oi, s, nil)
			break
		}
		return
	}
}

// received reads "X received Chinese Ambassador Y on Monday": a meeting
// when a person receives a person, not a firm a cargo or an approval.
func (r *relater) received(s *sentence) {
	for _, v := range receiveVerbs {
		r.receivedBy(s, v)
	}
	// "X was received by Deputy Minister Y in Hanoi": the passive.
	for _, v := range []string{" was received by ", " were received by ", " was hosted by ", " was welcomed by "} {
		i := s.find(0, v)
		if i < 0 || s.negated(0, i) {
			continue
		}
		left := r.kindIn(s, 0, i, entity.KindPerson)
		if len(left) == 0 || strings.TrimSpace(r.d.v.s[left[len(left)-1].b:s.at(i)]) != "" {
			continue
		}
		e := i + len(v)
		right := r.kindIn(s, e, min(len(s.low), e+120), entity.KindPerson)
		if len(right) == 0 || strings.ContainsAny(s.low[e:right[0].a-s.a], ",;") {
			continue
		}
		date := r.dateIn(s, e)
		r.add(entity.Meeting, left[len(left)-1].e, right[0].e, s, func(rel *article.Relation) { rel.Date = date })
	}
}

// dropAcronyms returns t without the acronyms in brackets it holds:
// ", vice-minister at the Ministry of Economy, Trade and Industry
// (METI),".
func dropAcronyms(t string) string {
	for {
		k := strings.Index(t, " (")
		if k < 0 {
			return t
		}
		e := strings.IndexByte(t[k:], ')')
		if e < 0 || e > 12 {
			return t
		}
		for _, c := range t[k+2 : k+e] {
			if c < 'A' || c > 'Z' {
				return t
			}
		}
		t = t[:k] + t[k+e+1:]
	}
}

// receiveVerbs say a person received another.
var receiveVerbs = []string{" received ", " hosted ", " welcomed "}

// receivedBy is received for the verb v.
func (r *relater) receivedBy(s *sentence, v string) {
	i := s.find(0, v)
	if i < 0 || s.negated(0, i) {
		return
	}
	e := i + len(v)
	left := r.kindIn(s, 0, i, entity.KindPerson)
	if len(left) == 0 {
		r.firmReceived(s, i, e)
		return
	}
	// The person right before the verb, or before a day: "X on
	// Tuesday received a delegation ... led by Y"; or before an
	// apposition ("X, a deputy minister at the Ministry, received") or
	// "said he".
	giver := left[len(left)-1]
	if gap := dropAcronyms(strings.TrimSpace(afterNativeName(r.d.v.s[giver.b:s.at(i)]))); gap != "" && !(strings.HasPrefix(gap, "on ") && len(gap) <= len("on wednesday")) &&
		gap != "said he" && gap != "said she" && gap != "said he had" && gap != "said she had" &&
		!(strings.HasPrefix(gap, ", ") && strings.HasSuffix(gap, ",") && len(gap) < 120 && !strings.ContainsAny(gap, ";()")) {
		return
	}
	end := min(len(s.low), e+160)
	right := r.kindIn(s, e, end, entity.KindPerson)
	if len(right) == 0 || strings.Contains(s.low[e:right[0].a-s.a], ";") {
		return
	}
	// "a delegation from X, led by its president Y": a comma only
	// before the one who led the visitors.
	if between := s.low[e : right[0].a-s.a]; strings.Contains(between, ",") && !strings.Contains(between, " led by ") {
		return
	}
	date := r.dateIn(s, e)
	for _, p := range r.personRun(s, right) {
		r.add(entity.Meeting, giver.e, p.e, s, func(rel *article.Relation) { rel.Date = date })
	}
	r.delegation(s, e, giver, date)
}

// personRun returns the people a list names from ps[0] on: "received
// Dr. A, Ms. B and Y President C", each after a comma or "and" and
// at most a firm and a title, none after a clause's words ("in Taguig",
// "who", "to discuss").
func (r *relater) personRun(s *sentence, ps []ment) []ment {
	n := 1
	for ; n < len(ps); n++ {
		gap := r.d.v.s[ps[n-1].b:ps[n].a]
		switch {
		case strings.HasPrefix(gap, ", and "):
			gap = gap[len(", and "):]
		case strings.HasPrefix(gap, ", "):
			gap = gap[len(", "):]
		case strings.HasPrefix(gap, " and "):
			gap = gap[len(" and "):]
		default:
			return ps[:n]
		}
		if len(gap) > 60 || strings.ContainsAny(gap, ",;:()\"") {
			return ps[:n]
		}
		for _, w := range []string{" in ", " at ", " on ", " to ", " who ", " which ", " with ", " for "} {
			if strings.Contains(" "+gap, w) {
				return ps[:n]
			}
		}
	}
	return ps[:n]
}

// sellsUnderDealWith reads "X sells its concentrate under a
// life-of-contract offtake agreement with Y": X supplies Y, and the two
// are parties to the deal.
func (r *relater) sellsUnderDealWith(s *sentence) {
	for _, v := range []string{" sells ", " sell ", " supplies ", " supply ", " ships ", " delivers "} {
		i := s.find(0, v)
		if i < 0 || s.negated(0, i) {
			continue
		}
		e := i + len(v)
		u := strings.Index(s.low[e:min(len(s.low), e+80)], " under ")
		// (A figure's thousands may hold a comma: "600,000 t".)
		if u < 0 || strings.Contains(s.low[e:e+u], ", ") || strings.Contains(s.low[e:e+u], ";") {
			continue
		}
		at := e + u + len(" under ")
		w := strings.Index(s.low[at:min(len(s.low), at+80)], " with ")
		if w < 0 {
			continue
		}
		phrase := s.low[at : at+w]
		typ, ok := agreementNounEnding(phrase)
		if !ok || strings.ContainsAny(phrase, ",;") {
			continue
		}
		buyer, ok := r.orgRightAfter(s, at+w+len(" with "), 1)
		if !ok {
			continue
		}
		seller, ok := r.subject(s, i)
		if !ok || seller.e == buyer.e {
			continue
		}
		r.add(entity.SupplierOf, seller.e, buyer.e, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
		r.add(entity.Agreement, seller.e, buyer.e, s, func(rel *article.Relation) { rel.Type = typ; r.quantityIn(s, rel) })
		return
	}
}

// listedDeal reads the items of a list of deals under a heading that
// names them: "The MoUs exchanged today are:" over "i. A (ACR) and B -
// for joint exploration", "ii. C, a unit of D, and E - under which".
// The two parties an item opens with are parties to a deal of the kind
// the heading names.
func (r *relater) listedDeal(s *sentence) {
	if strings.HasSuffix(s.low, ":") && len(s.low) < 120 {
		r.listEnd = 0
		for ni := range agreementNouns {
			n := &agreementNouns[ni]
			// ("Coal buyers:" names no COA.)
			if strings.Contains(s.low, n.noun) && n.noun != "coa" {
				r.listTyp, r.listEnd = n.typ, s.b
				break
			}
		}
		if strings.Contains(s.low, "memoranda of understanding") || strings.Contains(s.low, "mous ") {
			r.listTyp, r.listEnd = "mou", s.b
		}
		return
	}
	if r.listEnd == 0 || s.prev == nil || s.prev.b != r.listEnd {
		return
	}
	k := itemMarkLen(s.low)
	// (The numeral may stand before the sentence: "iii. " read apart.)
	if ls := strings.LastIndexByte(r.d.v.s[:s.a], '\n') + 1; k == 0 && s.a-ls <= 6 && itemMarkLen(strings.ToLower(r.d.v.s[ls:s.a])) == s.a-ls && s.a > ls {
		k = 0
	} else if k == 0 {
		r.listEnd = 0
		return
	}
	r.listEnd = s.b
	dash := strings.Index(s.low, " - ")
	if dash < 0 {
		dash = len(s.low)
	}
	first, ok := r.orgRightAfter(s, k, 0)
	if !ok || first.b-s.a > dash {
		return
	}
	for from := s.past(first); from < dash; {
		a := strings.Index(s.low[from:dash], " and ")
		if a < 0 {
			return
		}
		a += from
		if second, ok := r.orgRightAfter(s, a+len(" and "), 0); ok && second.e != first.e && r.isOrg(second) {
			typ := r.listTyp
			r.add(entity.Agreement, first.e, second.e, s, func(rel *article.Relation) { rel.Type = typ })
			return
		}
		from = a + len(" and ")
	}
}

// itemMarkLen returns the length of the mark an item of a list opens
// with, and the space after it: "i. ", "iv. ", "(a) ", "2. "; or 0.
func itemMarkLen(t string) int {
	i := 0
	if strings.HasPrefix(t, "(") {
		i = 1
	}
	j := i
	for j < len(t) && j < i+5 && (t[j] == 'i' || t[j] == 'v' || t[j] == 'x' || isDigit(t[j])) {
		j++
	}
	if j == i && i == 1 && j < len(t) && isLetter(t[j]) {
		j++
	}
	if j == i || j+1 >= len(t) {
		return 0
	}
	// "3.3. Purchase of shares", "1.1 To approve": a numbered sub-item,
	// a capital after it.
	if i == 0 && isDigit(t[0]) && t[j] == '.' && j+1 < len(t) && isDigit(t[j+1]) {
		k := j + 1
		for k < len(t) && k < j+4 && isDigit(t[k]) {
			k++
		}
		if k < len(t) && t[k] == '.' {
			k++
		}
		if k+1 < len(t) && t[k] == ' ' && isUpper(t[k+1]) {
			return k + 1
		}
		return 0
	}
	if (t[j] == '.' || t[j] == ')') && t[j+1] == ' ' {
		return j + 2
	}
	return 0
}

// approvedItem reads an item of what a filer's board approved, a noun
// phrase with no subject: "Acquisition of 74% of the paid-up equity
// share capital of Y from its existing shareholders", "Execution of a
// Supply Agreement with Z". The filer buys Y, and is a party to the deal
// with Z.
func (r *relater) approvedItem(s *sentence) {
	// ("2. Acquisition of ...": the item's number first.)
	k := itemMarkLen(s.low)
	// "Article 2. To approve the signing of ...": a resolution's
	// article.
	if strings.HasPrefix(s.low, "article ") {
		if d := strings.Index(s.low[:min(len(s.low), 14)], ". "); d > len("article ") && isDigit(s.low[d-1]) {
			k = d + 2
		}
	}
	// ("The Board approves the purchase by the Company of ...": the
	// resolution's sentence.)
	for _, p := range []string{"to approve the ", "to approve ", "approval of the ", "approval of ", "the board approves the ", "the board approved the ", "the board of directors approves the ", "the board of directors approved the "} {
		if strings.HasPrefix(s.low[k:], p) {
			k += len(p)
			break
		}
	}
	t := s.low[k:]
	acquires, cue := strings.HasPrefix(t, "acquisition of "), len("acquisition of ")
	if !acquires && strings.HasPrefix(t, "purchase by the company of ") {
		acquires, cue = true, len("purchase by the company of ")
	}
	if !acquires && !hasAnyPrefix(t, "execution of ", "entering into ", "signing of ", "extension of ", "renewal of ") {
		return
	}
	issuer := r.theIssuer()
	if issuer < 0 {
		return
	}
	if acquires {
		at := k + cue
		// "74% (seventy-four per cent) of the paid-up equity share
		// capital of Y": the firm after the shares' words.
		for _, w := range []string{" capital of ", " shares of ", " interest in ", " stake in ", " shareholding in "} {
			if j := strings.Index(s.low[at:min(len(s.low), at+160)], w); j >= 0 {
				at += j + len(w)
				break
			}
		}
		target, ok := r.orgRightAfter(s, at, 4)
		if !ok || target.e == issuer || strings.Contains(s.low[:target.a-s.a], ";") || s.negated(0, at) {
			return
		}
		var set func(*article.Relation)
		if p, _, ok := s.percentAt(k + cue); ok {
			set = withPercent(p)
		} else if p, ok := r.equalPercent(s, s.past(target)); ok {
			// "N shares of Y (UPCoM: DBK), equal to 51% of its charter
			// capital".
			set = withPercent(p)
		}
		r.add(entity.Acquisition, issuer, target.e, s, set)
		return
	}
	if s.negated(0, k) {
		return
	}
	w := strings.Index(t[:min(len(t), 80)], " with ")
	// "a coal import contract between the Company and Y (Australia),
	// ..., under which Y will supply": the two it is between, and the
	// one that supplies the other.
	if b := strings.Index(t[:min(len(t), 80)], " between "); b >= 0 && (w < 0 || b < w) {
		// ("a long-term coal supply agreement ("CSA") between": past the
		// deal's short name.)
		nb := b
		if strings.HasSuffix(t[:nb], ")") {
			if o := strings.LastIndex(t[:nb], " ("); o > 0 {
				nb = o
			}
		}
		typ, found := agreementNounEnding(t[strings.IndexByte(t, ' ')+1 : nb])
		ps, ok := r.betweenPair(s, k+b)
		if !found || !ok {
			return
		}
		r.add(entity.Agreement, ps[0].e, ps[1].e, s, func(rel *article.Relation) { rel.Type = typ; r.quantityIn(s, rel) })
		at := ps[1].b - s.a
		r.itSellsTo(s, at+skipBrackets(s.low[at:]), ps[0], ps[1])
		return
	}
	if w < 0 {
		return
	}
	head := t[strings.IndexByte(t, ' ')+1 : w]
	w += k
	typ, found := agreementNounEnding(head)
	if !found {
		return
	}
	other, ok := r.orgRightAfter(s, w+len(" with "), 1)
	if !ok || other.e == issuer {
		return
	}
	r.add(entity.Agreement, issuer, other.e, s, func(rel *article.Relation) { rel.Type = typ; r.quantityIn(s, rel) })
	// "the export contract with Y (Bangladesh) for the sale of 300,000
	// tonnes of clinker": the filer sells to Y.
	if strings.Contains(head, "export ") || strings.Contains(head, "sales ") || strings.Contains(head, "sale ") {
		r.add(entity.SupplierOf, issuer, other.e, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
	}
	// "..., and a framework agreement with Z for ...": a second deal
	// the item approves.
	r.andAnotherDeal(s, issuer, other, 4)
}

// andAnotherDeal reads a second deal after the one with other, that the
// same party signs: "..., and a framework agreement with Z for ...";
// ", and a ten-year clinker supply agreement with Z under which Z will
// deliver ...", when the words before the deal's noun are fewer than
// words. It adds the agreement of party with Z, and who sells to whom
// under it.
func (r *relater) andAnotherDeal(s *sentence, party int, other ment, words int) {
	at := s.past(other)
	c := strings.Index(s.low[at:], ", and a")
	if c < 0 {
		return
	}
	rest := s.low[at+c+len(", and a"):]
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "n "), " ")
	w2 := strings.Index(rest[:min(len(rest), 80)], " with ")
	if w2 <= 0 || strings.ContainsAny(rest[:w2], ",;()") || strings.Count(rest[:w2], " ") >= words {
		return
	}
	typ2, found := agreementNounEnding(rest[:w2])
	if !found {
		return
	}
	from := len(s.low) - len(rest) + w2 + len(" with ")
	second, ok := r.orgRightAfter(s, from, 1)
	if !ok || second.e == party || second.e == other.e {
		return
	}
	r.add(entity.Agreement, party, second.e, s, func(rel *article.Relation) {
		rel.Type = typ2
		if q, _, ok := r.quantityNear(s, s.past(second), 120); ok {
			rel.Quantity, rel.HasQuantity = q, true
		}
	})
	at = s.past(second)
	r.itSellsTo(s, at+skipBrackets(s.low[at:]), ment{e: party}, second)
}

// equalPercent reads the share a count of shares makes, at
// sentence-relative offset at: ", equal to 51% of its charter capital",
// ", representing 20% of ...".
func (r *relater) equalPercent(s *sentence, at int) (decimal.Decimal, bool) {
	at += skipBrackets(s.low[at:])
	for _, w := range []string{", equal to ", ", equivalent to ", ", representing ", " representing "} {
		if strings.HasPrefix(s.low[at:], w) {
			p, _, ok := s.percentAt(at + len(w))
			return p, ok
		}
	}
	return decimal.Decimal{}, false
}

// withWhichAt returns where the last ", with which " or ", with whom "
// of t starts and its length, or -1.
func withWhichAt(t string) (int, int) {
	w, n := strings.LastIndex(t, ", with which "), len(", with which ")
	if k := strings.LastIndex(t, ", with whom "); k > w {
		w, n = k, len(", with whom ")
	}
	return w, n
}

// betweenPair reads the two firms named right after a deal's noun,
// which ends at sentence-relative offset i: "a contract between A and
// B".
func (r *relater) betweenPair(s *sentence, i int) ([2]ment, bool) {
	if !strings.HasPrefix(s.low[i:], " between ") {
		return [2]ment{}, false
	}
	ps := r.list(s, i+len(" between "))
	if len(ps) < 2 || ps[0].e == ps[1].e || strings.TrimSpace(r.gapWithoutCountries(s, ps[0].b, ps[1].a)) != "and" {
		return [2]ment{}, false
	}
	return [2]ment{ps[0], ps[1]}, true
}

// unitsInclude reads "Its subsidiaries include A and B" and "X's
// subsidiaries include A": each firm listed is a unit of the owner.
func (r *relater) unitsInclude(s *sentence) {
	for _, c := range []string{"subsidiaries include ", "subsidiaries are ", "units include ", "its consolidated subsidiaries ", "its wholly owned subsidiaries ", "its wholly-owned subsidiaries ", "its principal subsidiaries "} {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		// "X and its consolidated subsidiaries A (66.4%) and B (100%)":
		// each unit, its owner's share in brackets.
		if strings.HasPrefix(c, "its ") {
			i += len("its ")
			c = c[len("its "):]
			if _, ok := r.orgRightAfter(s, i+len(c), 0); !ok {
				continue
			}
		}
		before := s.low[:i]
		var parent ment
		ok := false
		switch {
		case strings.HasSuffix(before, "its ") && (len(before) == len("its ") || strings.HasSuffix(before, " its ")):
			if len(r.orgsBefore(s, i, 1)) == 0 {
				parent, ok = r.antecedent(s)
			} else {
				parent, ok = r.subject(s, i)
			}
		case strings.HasSuffix(before, "'s "):
			parent, ok = r.orgRightBefore(s, len(before)-len("'s "), 1)
		case strings.HasSuffix(before, "' "):
			parent, ok = r.orgRightBefore(s, len(before)-len("' "), 1)
		}
		if !ok {
			return
		}
		first, ok := r.orgRightAfter(s, i+len(c), 0)
		if !ok {
			return
		}
		if _, _, ok := s.bracketPercent(pastDot(s, first)); ok {
			r.unitsWithShares(s, parent, first)
			return
		}
		units := r.listFrom(s, first)
		// "include A, which operates a smelter, and B, which operates
		// mines": each named with a clause of its own.
		for len(units) > 0 {
			last := units[len(units)-1]
			k := s.past(last)
			if !strings.HasPrefix(s.low[k:], ", which ") {
				break
			}
			c := strings.Index(s.low[k+2:min(len(s.low), k+160)], ", and ")
			if c < 0 || strings.ContainsAny(s.low[k+2:k+2+c], ";") {
				break
			}
			next, ok := r.orgRightAfter(s, k+2+c+len(", and "), 0)
			if !ok {
				break
			}
			units = append(units, next)
		}
		for _, u := range units {
			if u.e != parent.e {
				r.add(entity.SubsidiaryOf, u.e, parent.e, s, nil)
			}
		}
		return
	}
}

// underDealWith reads a deal named as the terms a firm trades under:
// "X sources spodumene under a seven-year offtake agreement with Y",
// "X buys ore under a contract with Y". X and Y are its parties.
func (r *relater) underDealWith(s *sentence) {
	for _, u := range []string{" under a ", " under an ", " under its ", " under long-term "} {
		i := s.find(0, u)
		if i < 0 {
			continue
		}
		e := i + len(u)
		w := strings.Index(s.low[e:min(len(s.low), e+60)], " with ")
		if w < 0 {
			return
		}
		noun := s.low[e : e+w]
		if !hasAnySuffix(noun, "agreement", "contract", "offtake", "deal", "mou", "memorandum of understanding") || strings.ContainsAny(noun, ",;") {
			return
		}
		if s.negated(0, i) || rumoured(s.low[:i]) {
			return
		}
		// (Not "with the venture": which firm a venture is, the words
		// alone do not tell.)
		party, ok := r.orgRightAfter(s, e+w+len(" with "), 1)
		if !ok || hasPrefixLower(r.d.v.s[party.a:party.b], "the ") {
			return
		}
		x, ok := r.subject(s, i)
		// "Japan's X, Y's partner in the Z venture, takes ...": the
		// firm the sentence opens with, before its apposition.
		if f, fok := r.firstOrg(s, i); fok && strings.HasPrefix(s.low[f.b-s.a:], ", ") {
			x, ok = f, true
		}
		if !ok || x.e == party.e || x.a > s.at(i) {
			return
		}
		typ := agreementType(noun)
		if strings.Contains(noun, "mou") || strings.Contains(noun, "memorandum") {
			typ = "mou"
		}
		r.add(entity.Agreement, x.e, party.e, s, func(rel *article.Relation) { rel.Type = typ })
		// "X has shipped the first parcel under its offtake with Y": X
		// supplies Y; "X buys ore under a contract with Y": Y supplies X.
		if x.b <= s.at(i) {
			verb := s.low[s.past(x):i] // " has shipped the first parcel"
			// ("X currently sources ...": a word of time first.)
			if w := prefixOf(verb, " currently ", " now ", " also ", " still ", " already "); w != "" {
				verb = verb[len(w)-1:]
			}
			switch {
			case hasAnyPrefix(verb, " shipped ", " has shipped ", " ships ", " delivered ", " has delivered ", " delivers ", " supplied ", " has supplied ", " supplies ", " sold ", " sells ", " loaded ", " has loaded "):
				r.add(entity.SupplierOf, x.e, party.e, s, nil)
			case hasAnyPrefix(verb, " buys ", " bought ", " has bought ", " sources ", " sourced ", " imports ", " imported ", " receives ", " received ", " has received ", " takes ", " took "):
				r.add(entity.SupplierOf, party.e, x.e, s, nil)
			}
		}
		return
	}
}

// pastDot returns the sentence offset right after mention m (brackets
// after it not skipped) and the dot of a legal form it may leave out
// ("Co., Ltd.").
func pastDot(s *sentence, m ment) int {
	i := m.b - s.a
	if i < len(s.low) && s.low[i] == '.' {
		i++
	}
	return i
}

// unitsWithShares reads a list of units from first, each with its
// owner's share in brackets: "A (66.4%) and B (100%)".
func (r *relater) unitsWithShares(s *sentence, parent, first ment) {
	u := first
	for n := 0; n < 8; n++ {
		p, pe, ok := s.bracketPercent(pastDot(s, u))
		if !ok || u.e == parent.e {
			return
		}
		r.add(entity.SubsidiaryOf, u.e, parent.e, s, nil)
		r.add(entity.StakeIn, parent.e, u.e, s, withPercent(p))
		rest := s.low[pe:]
		var k int
		switch {
		case strings.HasPrefix(rest, ", and "):
			k = pe + len(", and ")
		case strings.HasPrefix(rest, " and "):
			k = pe + len(" and ")
		case strings.HasPrefix(rest, ", "):
			k = pe + len(", ")
		default:
			return
		}
		if u, ok = r.orgRightAfter(s, k, 0); !ok {
			return
		}
	}
}

// contractedTo reads "X, which contracted Y to build two carriers" and
// "Y was contracted by X to build": a contract between the two.
func (r *relater) contractedTo(s *sentence) {
	i := s.find(0, " contracted ")
	if i < 0 || s.negated(0, i) {
		return
	}
	e := i + len(" contracted ")
	set := func(rel *article.Relation) { rel.Type = "contract" }
	if strings.HasPrefix(s.low[e:], "by ") {
		client, ok := r.orgRightAfter(s, e+len("by "), 1)
		if !ok || !strings.HasPrefix(s.low[s.past(client):], " to ") {
			return
		}
		if strings.HasSuffix(s.low[:i], " was") || strings.HasSuffix(s.low[:i], " were") || strings.HasSuffix(s.low[:i], " has been") {
			if builder, ok := r.subject(s, i); ok && builder.e != client.e {
				r.add(entity.Agreement, client.e, builder.e, s, set)
			}
		}
		return
	}
	builder, ok := r.orgRightAfter(s, e, 1)
	if !ok || !strings.HasPrefix(s.low[s.past(builder):], " to ") {
		return
	}
	var client ment
	if strings.HasSuffix(s.low[:i], ", which") {
		client, ok = r.orgRightBefore(s, s.beforeBrackets(i-len(", which")), 1)
	} else {
		client, ok = r.subject(s, i)
	}
	if ok && client.e != builder.e {
		r.add(entity.Agreement, client.e, builder.e, s, set)
	}
}

// prevStakePercent returns the size of the stake the sentence before s
// tells of: "agreed to sell a 40% stake in its pelletizing unit".
// (A photo's caption may stand between.)
func prevStakePercent(s *sentence) (decimal.Decimal, bool) {
	for p, n := s.prev, 0; p != nil && n < 3; p, n = p.prev, n+1 {
		for _, w := range []string{"% stake in ", "% interest in ", " percent stake in ", " per cent stake in "} {
			k := strings.Index(p.low, w)
			if k < 0 {
				continue
			}
			i := k
			for i > 0 && (isDigit(p.low[i-1]) || p.low[i-1] == '.') {
				i--
			}
			if v, _, ok := p.percentAt(i); ok {
				return v, true
			}
		}
	}
	return decimal.Decimal{}, false
}

// buysUnderDealFrom reads "X buys from Y in Tanzania under a ten-year
// offtake": the two are parties to the deal, and X buys. Only the
// seller's word makes it a supplier.
func (r *relater) buysUnderDealFrom(s *sentence) {
	u := s.find(0, " under ")
	if u < 0 {
		return
	}
	if r.suppliedByUnderDeal(s, u) {
		return
	}
	for _, v := range []string{" buys ", " buy ", " bought ", " purchases ", " sources ", " receives ", " received ", " imports ", " takes "} {
		i := s.find(0, v)
		if i < 0 || i > u || s.negated(0, i) {
			continue
		}
		e := i + len(v)
		if u == e-1 {
			// "cargoes it buys under a long-term contract from Y".
			r.buysUnderDealThenFrom(s, i, u)
			return
		}
		if e > u {
			continue
		}
		// ("buys 2.4 million tonnes a year of Y ore under a contract":
		// the producer of what is bought.)
		f, w := strings.Index(s.low[e:u], "from "), len("from ")
		if f < 0 {
			f, w = strings.LastIndex(s.low[e:u], " of "), len(" of ")
		}
		if f < 0 || strings.ContainsAny(s.low[e:e+f], ",;") {
			continue
		}
		seller, ok := r.orgRightAfter(s, e+f+w, 1)
		if ok && w == len(" of ") && (r.possessive(s, seller) || !strings.HasPrefix(s.low[s.past(seller):], " ") || !isLower(s.low[s.past(seller)+1])) {
			continue
		}
		// "from Y, an East Kalimantan producer, under a ...": past an
		// apposition.
		if !ok || s.past(seller) > u {
			continue
		}
		gap := s.low[s.past(seller):u]
		if hasAnyPrefix(gap, ", a ", ", an ", ", the ") && strings.HasSuffix(gap, ",") && len(gap) < 120 && strings.Count(gap, ",") == 2 && !strings.ContainsAny(gap, ";()") {
			gap = ""
		}
		if strings.ContainsAny(gap, ",;") || len(gap) > 30 {
			continue
		}
		phrase := s.low[u+len(" under "):]
		if k := strings.IndexAny(phrase, ",;"); k >= 0 {
			phrase = phrase[:k]
		}
		for _, w := range []string{" for ", " with ", " that ", " which ", " signed ", " until ", " since "} {
			if k := strings.Index(phrase, w); k >= 0 {
				phrase = phrase[:k]
			}
		}
		phrase = strings.TrimRight(phrase, ".")
		typ, found := agreementNounEnding(phrase)
		if !found {
			return
		}
		buyer, ok := r.subject(s, i)
		if !ok || buyer.e == seller.e {
			return
		}
		r.add(entity.Agreement, buyer.e, seller.e, s, func(rel *article.Relation) { rel.Type = typ; r.quantityIn(s, rel) })
		return
	}
}

// suppliedByUnderDeal reads "X uses 1.2 million tonnes of coal a year,
// which is supplied by Y from East Kalimantan, Indonesia under a
// long-term contract": the two are parties to the deal; " under " stands
// at u.
func (r *relater) suppliedByUnderDeal(s *sentence, u int) bool {
	i := s.find(0, " supplied by ")
	if i < 0 || i > u || s.negated(0, i) {
		return false
	}
	seller, ok := r.orgRightAfter(s, i+len(" supplied by "), 1)
	if !ok || s.past(seller) > u {
		return false
	}
	// The place it comes from may stand between: capitalised words.
	gap := r.d.v.s[seller.b:s.at(u)]
	if g, ok := strings.CutPrefix(gap, " from "); ok {
		for w := range strings.FieldsSeq(g) {
			if w = strings.TrimSuffix(w, ","); w == "" || !isUpper(w[0]) {
				return false
			}
		}
	} else if gap != "" {
		return false
	}
	phrase := s.low[u+len(" under "):]
	if k := strings.IndexAny(phrase, ",;"); k >= 0 {
		phrase = phrase[:k]
	}
	phrase = strings.TrimRight(phrase, ".")
	typ, found := agreementNounEnding(phrase)
	if !found {
		return false
	}
	buyer, ok := r.subject(s, i)
	if !ok || buyer.e == seller.e {
		return false
	}
	r.add(entity.Agreement, buyer.e, seller.e, s, func(rel *article.Relation) { rel.Type = typ; r.quantityIn(s, rel) })
	return true
}

// signatories reads the subject before the verb at i as two officers,
// each after the firm whose post the title names: "A MD & CEO X and B
// general director Y". It returns the two firms.
func (r *relater) signatories(s *sentence, i int) (ment, ment, bool) {
	var ms []ment
	for _, m := range s.ms {
		if m.b > s.at(i) {
			break
		}
		if r.kindOf(m) != entity.KindCountry {
			ms = append(ms, m)
		}
	}
	if len(ms) != 4 || ms[0].a-s.a > 4 || s.at(i)-ms[3].b > 1 || strings.TrimSpace(s.low[ms[1].b-s.a:ms[2].a-s.a]) != "and" {
		return ment{}, ment{}, false
	}
	for k := 0; k < 4; k += 2 {
		org, p := ms[k], ms[k+1]
		title := s.low[org.b-s.a : p.a-s.a]
		if !r.isOrg(org) || r.kindOf(p) != entity.KindPerson || len(title) > 40 || strings.ContainsAny(title, ",;()") || !strings.HasPrefix(title, " ") {
			return ment{}, ment{}, false
		}
	}
	if ms[0].e == ms[2].e {
		return ment{}, ment{}, false
	}
	return ms[0], ms[2], true
}

// buysUnderDealThenFrom reads "X buys cargoes under a long-term
// contract from Y", the seller after the deal: the buyer's verb stands at
// i, " under " at u.
func (r *relater) buysUnderDealThenFrom(s *sentence, i, u int) {
	phrase := s.low[u+len(" under "):]
	f := strings.Index(phrase[:min(len(phrase), 60)], " from ")
	if f < 0 || strings.ContainsAny(phrase[:f], ",;") {
		return
	}
	typ, found := agreementNounEnding(phrase[:f])
	if !found {
		return
	}
	seller, ok1 := r.orgRightAfter(s, u+len(" under ")+f+len(" from "), 1)
	buyer, ok2 := r.subject(s, i)
	if ok1 && ok2 && buyer.e != seller.e {
		r.add(entity.Agreement, buyer.e, seller.e, s, func(rel *article.Relation) { rel.Type = typ; r.quantityIn(s, rel) })
	}
}

// firmReceived reads "X today welcomed a working delegation from the
// Ministry of Y, led by Deputy Minister Z": the firm met the one who led
// the visit. The verb runs from i to e.
func (r *relater) firmReceived(s *sentence, i, e int) {
	rest := s.low[e:min(len(s.low), e+30)]
	if !strings.Contains(rest, "delegation") {
		return
	}
	l := strings.Index(s.low[e:min(len(s.low), e+160)], " led by ")
	if l < 0 {
		return
	}
	at := e + l + len(" led by ")
	right := r.kindIn(s, at, min(len(s.low), at+60), entity.KindPerson)
	if len(right) == 0 || strings.ContainsAny(s.low[at:right[0].a-s.a], ",;") {
		return
	}
	host, ok := r.subject(s, i)
	if !ok {
		return
	}
	date := r.dateIn(s, e)
	r.add(entity.Meeting, host.e, right[0].e, s, func(rel *article.Relation) { rel.Date = date })
}

// possessesPlant reports a possessive mention m before a word for its
// plants: "supplies Saebit's plants in Poland", what Y's works buy Y
// buys.
func (r *relater) possessesPlant(s *sentence, m ment) bool {
	return r.possessesPlantIn(s, m, 1)
}

// possessesPlantIn is possessesPlant for a noun among the first words
// after the possessive: "Y's cell plant", "Y's Batang plant", a word of
// trade or place before the noun, when words is 2.
func (r *relater) possessesPlantIn(s *sentence, m ment, words int) bool {
	rest := s.low[m.b-s.a:]
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "'s "), "' ")
	for n := 0; n < words; n++ {
		w, after, _ := strings.Cut(rest, " ")
		switch strings.TrimRight(w, ",.;") {
		case "plant", "plants", "smelter", "smelters", "refinery", "refineries", "mill", "mills", "factory", "factories", "works", "furnaces", "yard", "yards", "shipyard", "shipyards", "facility", "facilities":
			return true
		}
		if strings.ContainsAny(w, ",.;") {
			return false
		}
		rest = after
	}
	return false
}

// possessesInput reports a possessive mention m followed by the goods
// it takes in: "Y's slab", "Y's coking coal needs", "Y's
// requirements"; not "Y's output" or "Y's production", which Y makes.
func (r *relater) possessesInput(s *sentence, m ment) bool {
	rest := s.low[m.b-s.a:]
	rest, ok := strings.CutPrefix(rest, "'s ")
	if !ok {
		return false
	}
	var buf [8]string
	ws := appendFields(buf[:0], rest[:min(len(rest), 40)])
	for k := 0; k < len(ws) && k < 3; k++ {
		w := strings.TrimRight(ws[k], ",.;")
		switch w {
		case "needs", "requirements", "demand", "feedstock", "intake":
			return true
		case "output", "production", "sales", "exports", "shares", "stake":
			return false
		}
		if _, n, found := commodity.Match(ws[k:]); found && k+n <= len(ws) {
			return true
		}
	}
	return false
}

// possessive reports whether mention m is written as an owner: "Tana's
// mine", "Kora Resources' project".
func (r *relater) possessive(s *sentence, m ment) bool {
	rest := s.low[m.b-s.a:]
	if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "' ") {
		return true
	}
	// "sells our latex to Y": a speaker's "our", "its" read as the firm;
	// not "supplies about 60% of our plate", a share of the buyer's
	// needs.
	switch s.low[m.a-s.a : m.b-s.a] {
	case "our", "its", "their":
		return !strings.HasSuffix(s.low[:m.a-s.a], " of ")
	}
	return false
}

// beforeBrackets returns i moved back over a bracketed defined term that
// ends right before it: in `Daewon Co. ("Daewon"), a unit of`, the offset
// after "Co.".
func (s *sentence) beforeBrackets(i int) int {
	j := i
	for j > 0 && s.low[j-1] == ' ' {
		j--
	}
	if j == 0 || s.low[j-1] != ')' {
		return i
	}
	k := strings.LastIndexByte(s.low[:j], '(')
	// ("X (formerly Gunsan Fine Chemical Co., Ltd.), a subsidiary of":
	// a former name may run longer.)
	if k < 0 || j-k > 40 && !(j-k <= 90 && hasAnyPrefix(s.low[k:], "(formerly ", "(previously ")) {
		return i
	}
	// "X (淩溪鈷業(廣西)有限公司) (the "Purchaser")": a name in Chinese,
	// with brackets of its own, before the defined term.
	if k > 0 {
		if c := cjkBracketBefore(s.low[:k]); c >= 0 {
			k = c
		}
	}
	for k > 0 && s.low[k-1] == ' ' {
		k--
	}
	return k
}

// afterNativeName returns t, the text after a name, past the name in
// Chinese or Japanese script in brackets that may follow it: "Lin
// Chia-hui (林佳慧) received".
func afterNativeName(t string) string {
	u := strings.TrimLeft(t, " ")
	if !strings.HasPrefix(u, "(") {
		return t
	}
	c := strings.IndexByte(u, ')')
	if c < 0 || c > 40 {
		return t
	}
	if r, _ := utf8.DecodeRuneInString(u[1:]); r < 0x2E80 {
		return t
	}
	return u[c+1:]
}

// cjkBracketBefore returns the offset of the bracket that opens a name in
// Chinese or Japanese script at the end of t, spaces after it aside, or
// -1.
func cjkBracketBefore(t string) int {
	j := len(t)
	for j > 0 && t[j-1] == ' ' {
		j--
	}
	if j == 0 || t[j-1] != ')' {
		return -1
	}
	depth := 0
	for k := j - 1; k >= 0 && k >= j-80; k-- {
		switch t[k] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				if r, _ := utf8.DecodeRuneInString(t[k+1:]); r >= 0x2E80 {
					return k
				}
				return -1
			}
		}
	}
	return -1
}

// past returns the sentence-relative offset just after m and any
// bracket that follows it: in "X (ASX: ABC) and", the offset before
// " and".
func (s *sentence) past(m ment) int {
	i := m.b - s.a
	return i + skipBrackets(s.low[i:])
}

// each yields the sentence-relative offset of every occurrence of sub
// in the sentence's lower-cased text, in order, none overlapping.
func (s *sentence) each(sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for from := 0; from < len(s.low); {
			i := strings.Index(s.low[from:], sub)
			if i < 0 || !yield(from+i) {
				return
			}
			from += i + len(sub)
		}
	}
}

// at returns the view offset of a sentence-relative offset.
func (s *sentence) at(i int) int { return s.a + i }

// cueList is a list of cues, each with the set of its words. Every word
// of a cue matches a whole word of the sentence (on word boundaries), so
// a cue matches only in a sentence whose words hold all of its own.
type cueList struct {
	cues []string
	need []wordBloom
	runs [][]anchor // of each cue, its runs of letters
}

// newCues returns the cueList of cues.
func newCues(cues ...string) *cueList {
	l := &cueList{cues: cues, need: make([]wordBloom, len(cues)), runs: make([][]anchor, len(cues))}
	for k, c := range cues {
		l.need[k] = cueWords(c)
		l.runs[k] = anchors(c)
	}
	return l
}

// cueWords returns the set of the words of c that are all lower-case
// letters; other words are not tested.
func cueWords(c string) wordBloom {
	var ws wordBloom
	for i := 0; i < len(c); {
		if !isWordChar(c[i]) {
			i++
			continue
		}
		j := i
		letters := true
		for ; j < len(c) && isWordChar(c[j]); j++ {
			letters = letters && isLower(c[j])
		}
		if letters {
			ws.add(sentenceWordHash(c[i:j]))
		}
		i = j
	}
	return ws
}

// may reports whether cue k of l may match in s: false when s was scanned
// and lacks one of the cue's words.
func (s *sentence) may(l *cueList, k int) bool {
	return !s.scanned || s.words.holds(&l.need[k])
}

// cue finds the first of the cues in s at or after from, on word
// boundaries; it returns the sentence-relative start and end. Of two
// cues found at one place, the one listed first wins.
func (s *sentence) cue(from int, l *cueList) (int, int, bool) {
	best, bestEnd := -1, -1
	for k, c := range l.cues {
		if i := s.findCue(from, l, k); i >= 0 && (best < 0 || i < best) {
			best, bestEnd = i, i+len(c)
		}
	}
	return best, bestEnd, best >= 0
}

// calledUntil reads a former name given with the time it ended, after
// cue: "X, known as Y until a rebranding", "X was called Y until 2017".
// The current name stands right before the cue.
func (r *relater) calledUntil(s *sentence, cue string) {
	for n, from := 0, 0; n < 4; n++ {
		i := s.find(from, cue)
		if i < 0 {
			break
		}
		from = i + 1
		old, ok1 := r.orgRightAfter(s, i+len(cue), 1)
		// ("SBPR was known as Y, a plantation company, before changing
		// its name in 2019": the change told later in the sentence.)
		if !ok1 || s.negated(0, i) {
			continue
		}
		if rest := s.low[old.b-s.a:]; !strings.HasPrefix(rest, " until ") && !strings.Contains(rest, " before changing its name") && !strings.Contains(rest, " before it changed its name") && !strings.Contains(rest, " before being renamed") {
			continue
		}
		at := i
		// "X, which was called Y until 2021".
		if strings.HasSuffix(s.low[:at], ", which") {
			at -= len(", which")
		}
		if now, ok := r.orgRightBefore(s, s.beforeBrackets(at), 1); ok && now.e != old.e {
			r.add(entity.FormerName, now.e, old.e, s, nil)
		}
	}
}

// soldStake reports the words after "sold" that name shares: "its
// entire 40% stake in", "a 12% interest in", "its shares in".
func soldStake(after string) bool {
	for _, w := range []string{"stake in ", "interest in ", "shares in ", "holding in ", "shareholding in "} {
		if k := strings.Index(after, w); k >= 0 && !strings.ContainsAny(after[:k], ",;") {
			return true
		}
	}
	// "sold 5% of Y": a share of a firm.
	if len(after) > 0 && isDigit(after[0]) {
		n := 0
		for n < len(after) && (isDigit(after[n]) || after[n] == '.') {
			n++
		}
		rest := after[n:]
		for _, w := range []string{"% of ", " per cent of ", " percent of ", "% in "} {
			if strings.HasPrefix(rest, w) {
				// Not "60% of its output": a share of goods.
				rest = rest[len(w):]
				return !hasAnyPrefix(rest, "its ", "their ", "the ", "our ", "all ", "total ") || hasAnyPrefix(rest, "the company", "its shares", "the shares", "its share capital", "the share capital")
			}
		}
	}
	// "sell charter capital equal to 30% of Y to Z": a Vietnamese
	// limited company's shares.
	if hasAnyPrefix(after, "charter capital ", "its charter capital ", "capital contribution ", "its capital contribution ") {
		return true
	}
	// "will sell its entire stake to Y": shares of the company the
	// sentence speaks of.
	for _, w := range []string{"its stake", "its entire stake", "its shares", "its entire shareholding", "its shareholding", "its holding", "its entire holding", "its remaining stake"} {
		if strings.HasPrefix(after, w) && (len(after) == len(w) || !isWordChar(after[len(w)])) {
			return true
		}
	}
	return false
}

// soldStakeTo reads "sold its entire 40% stake in Y to Z", from offset e
// after the verb: Z acquires Y's shares.
func (r *relater) soldStakeTo(s *sentence, e int) {
	k, kn := strings.Index(s.low[e:], " in "), len(" in ")
	// "charter capital equal to 30% of Y".
	if c := strings.Index(s.low[e:min(len(s.low), e+60)], "% of "); c >= 0 && hasAnyPrefix(s.low[e:], "charter capital ", "its charter capital ", "capital contribution ", "its capital contribution ") {
		k, kn = c, len("% of ")
	}
	if k < 0 {
		return
	}
	target, ok := r.orgRightAfter(s, e+k+kn, 3)
	if !ok {
		return
	}
	for from := target.b - s.a; ; {
		t, te, ok := s.cue(from, toCue)
		// ("a 20% stake in Y, the developer of the Z deposit in the
		// Karaganda region, to W": a description of Y between.)
		if !ok || s.at(t)-target.b > 60 && !(s.at(t)-target.b <= 120 && strings.HasPrefix(s.low[target.b-s.a:], ", ") && strings.HasSuffix(s.low[:t], ",")) {
			return
		}
		if buyer, ok := r.orgRightAfter(s, te, 30); ok {
			if buyer.e != target.e {
				// "sell a 40% stake in Y to Z": Z buys the share.
				var set func(*article.Relation)
				if pi := strings.IndexAny(s.low[e:e+k], "0123456789"); pi >= 0 {
					if p, _, ok := s.percentAt(e + pi); ok {
						set = withPercent(p)
					}
				}
				r.add(entity.Acquisition, buyer.e, target.e, s, set)
				// ("... to Z. The seller will retain 40%": shares of Y.)
				if r.ownedIn == nil {
					r.owned, r.ownedIn = target, s
				}
			}
			return
		}
		from = te
	}
}

// rumoured reports a clause that only repeats a rumour about what
// follows: "There were reports that X wants to buy", "speculation that X
// would bid".
func rumoured(before string) bool {
	before = before[max(0, len(before)-80):]
	for _, w := range []string{"reports that ", "report that ", "speculation that ", "rumours that ", "rumors that ", "talk that ", "market talk "} {
		if strings.Contains(before, w) {
			return true
		}
	}
	// "Certain media have reported that X intends to acquire": the
	// press's word, not the firm's.
	if k := strings.Index(before, "media "); k >= 0 && hasAnyPrefix(before[k+len("media "):], "have reported that ", "has reported that ", "reported that ") {
		return true
	}
	// "the media report of 2026.03.05 that", "media reports published
	// on 11 and 12 March stating that": a few words between.
	// (Not "X reported that it had signed": the firm's own word.)
	if k := strings.Index(before, "report"); k >= 0 && !strings.HasPrefix(before[k:], "reported") {
		if t := strings.Index(before[k:], " that "); t >= 0 && (t < 40 || t < 64 && hasAnySuffix(before[k:k+t], " stating", " saying", " claiming", " suggesting", " alleging")) {
			return true
		}
	}
	return false
}

// hypothetical reports a clause that only supposes what follows at i:
// "could make a takeover offer for", "if it launched a bid for".
func (s *sentence) hypothetical(i int) bool {
	before := s.low[max(0, i-40):i]
	for _, w := range []string{"could ", "would ", "might ", "may ", "if ", "possible ", "considering ", "consider ", "negotiations to ", "in talks to ", "in discussions to "} {
		if k := strings.LastIndex(before, w); k >= 0 && (k == 0 || !isWordChar(before[k-1])) {
			return true
		}
	}
	return s.weighed(i)
}

// weighed reports a deal at i that a firm only studies: "is exploring a
// takeover of", "explores bid for", "is weighing a purchase of".
func (s *sentence) weighed(i int) bool {
	before := s.low[max(0, i-24):i]
	for _, w := range []string{"exploring ", "explores ", "explore ", "weighing ", "weighs ", "weigh ", "mulling ", "mulls ", "mull ", "evaluating ", "studying "} {
		if k := strings.LastIndex(before, w); k >= 0 && (k == 0 || !isWordChar(before[k-1])) {
			return true
		}
	}
	return false
}

// The cue lists of the rules.
var (
	renamedFromCues = newCues("changed its name from ", "changed its trade name from ", "changed its corporate name from ", "changed its company name from ", "renamed from ", "rebranded from ",
		"changed its registered name from ", "change of its name from ", "change of its registered name from ", "change of its company name from ", "change of name from ",
		"dropped the name ", "dropped its old name ", "dropped its former name ")
	toCue             = newCues(" to ")
	shipToCue         = newCues(" to ", " bound for ")
	nameChangedToCues = newCues("changed its name to ", "changed its trade name to ", "changed its corporate name to ", "changed its company name to ", "changed their name to ", "change of name to ", "change its name to ",
		"changed its registered name to ", "change of its name to ", "change of its registered name to ",
		"change its trade name to ", "change its corporate name to ", "change its company name to ", "change its registered name to ")
	fromCue              = newCues(" from ")
	renamedItselfFromCue = newCues(" renamed itself from ")
	wasRenamedCues       = newCues(" was renamed ", " has been renamed ", " renamed itself ", " rebranded as ", " was rebranded as ", " rebranded itself as ", " will trade as ", " will be renamed ", " will be known as ", " will operate as ", " is now known as ", " will rebrand as ", " is now ")
	parentCues           = newCues("'s parent company, ", "'s parent, ", "'s parent company ", "'s parent ")
	itsStakeCues         = newCues("its stake in ", "its holding in ", "its interest in ", "its shareholding in ")
	holdersCues          = newCues("stakeholders in ", "shareholders in ", "shareholders of ", "owners of ", "partners in ")
	ventureOfCues        = newCues(", a joint venture between ", ", a joint venture of ", ", a venture between ", ", the joint venture between ", ", a jv between ", ", a joint venture company between ")
	ownedByCues          = newCues(" is owned by ", " are owned by ", " is held by ", " is jointly owned by ", " is currently owned by ", " is now owned by ", " is presently owned by ", " is currently held by ")
	acquisitionOfCues    = newCues("acquisition of ", "takeover of ", "purchase of ")
	bidFromCues          = newCues("takeover bid from ", "takeover offer from ", "takeover proposal from ", "buyout offer from ")
	bidForCues           = newCues("takeover bid for ", "takeover offer for ", "takeover proposal for ", "buyout offer for ")
	byCue                = newCues(" by ")
	jointVentureCues     = newCues("joint venture", "joint-venture", "jv", "consortium", "joint undertaking")
	ventureCue           = newCues("venture")
	ventureMembersCues   = newCues(" between ", " made up of ", " comprising ", " owned by ", " of ", " formed by ", " set up by ", " created by ", " established by ")
	formedCues           = newCues(" formed ", " set up ", " established ", " created ", " launched ", " form ", " establish ", " setting up ", " forming ", " establishing ", " creating ")
	ventureWithCues      = newCues(" with ", " formed with ", " alongside ")
	withCue              = newCues(" with ")
	agreedCues           = newCues("agreed to ", "agreed on ", "have agreed ", "are working together", "are together working", "are jointly", "will jointly", "are working jointly", "work together")
	partneredCues        = newCues("partnered with ", "teamed up with ", "partnering with ", "partners with ")
	underCues            = newCues("under a ", "under an ", "under the ", "under its ", "under their ", "as part of the ", "as part of a ", "as part of its ", "in a separate ", "in a parallel ",
		"under long-term ", "under multi-year ", "under offtake ", "under supply ", "under contract",
		// "under one-year contracts signed in January".
		"under one-year ", "under two-year ", "under three-year ", "under five-year ", "under ten-year ", "under new ", "under separate ")
	meetingCues = newCues("meeting ", "talks ")
	betweenCue  = newCues(" between ")
	metCues     = newCues(" met with ", " met ", " held talks with ", " meets with ", " meets ", " had talks with ", " meeting with ", " after meeting ", " before meeting ", " while meeting ", " sat down with ",
		" paid a courtesy call on ", " paid a courtesy visit to ", " held bilateral talks with ", " held a meeting with ", " had a meeting with ", " chaired a working session with ", " chaired a meeting with ", " had a working session with ", " held a working session with ", " paid a call on ", " called on ",
		" received a courtesy call from ", " received a courtesy visit from ", " received a visit from ",
		" discussed the case with ", " discussed the deal with ", " discussed the matter with ", " discussed the project with ")
	talksCues = newCues(" held talks ", " had talks ", " holds talks ", " held a meeting ", " had a meeting ", " holds a meeting ",
		" held bilateral talks ", " held a bilateral meeting ", " had a bilateral meeting ",
		// "discussed the matter directly with X".
		" discussed the matter ", " discussed the issue ", " discussed the case ", " discussed the deal ", " discussed the project ")
	onCue        = newCues("on ")
	itsBuyerCues = newCues(", its exclusive buyer", ", its sole buyer", ", its main buyer", ", its biggest buyer", ", its largest buyer", ", its main customer", ", its biggest customer", ", its largest customer", ", its sole customer", ", its key customer", ", its exclusive customer", ", its offtaker", ", its buyer", ", its customer")
)

// find returns the sentence-relative offset of the first match of c in
// s at or after from, on word boundaries, or -1. When the sentence has
// its word starts, the first run of letters of c tells where the search
// may begin, or that c is not there.
func (s *sentence) find(from int, c string) int {
	if s.starts != nil {
		if a, ok := firstAnchor(c); ok {
			if !s.words.has(a.bit) {
				return -1
			}
			from = max(from, s.starts[a.bit]-a.off)
		}
	}
	return s.scan(from, c)
}

// findCue is find for cue k of l, whose words it knows: it returns the
// sentence-relative offset of the first match of the cue at or after
// from, on word boundaries, or -1.
func (s *sentence) findCue(from int, l *cueList, k int) int {
	if s.starts == nil {
		if !s.may(l, k) {
			return -1
		}
		return s.scan(from, l.cues[k])
	}
	// The word starts hold every run of letters of the cue, and more
	// than the words may tests.
	lo, ok := s.lowerBound(l.runs[k])
	if !ok {
		return -1
	}
	c := l.cues[k]
	if lo > from && s.matchAt(lo, c) {
		// The cue's words first occur where it does, as they mostly do.
		return lo
	}
	return s.scan(max(from, lo), c)
}

// matchAt reports whether c matches s at offset i on word boundaries, as
// find would have it.
func (s *sentence) matchAt(i int, c string) bool {
	e := i + len(c)
	return strings.HasPrefix(s.low[i:], c) && (i == 0 || !isWordChar(s.low[i-1]) || !isWordChar(c[0])) &&
		(e == len(s.low) || !isWordChar(s.low[e]) || !isWordChar(c[len(c)-1]))
}

// scan is find reading every byte from from on.
func (s *sentence) scan(from int, c string) int {
	if len(c) >= 2 && c[0] == ' ' && c[1] != ' ' {
		return s.scanSpaced(from, c)
	}
	for f := from; f < len(s.low); {
		i := strings.Index(s.low[f:], c)
		if i < 0 {
			break
		}
		i += f
		e := i + len(c)
		if (i == 0 || !isWordChar(s.low[i-1]) || !isWordChar(c[0])) && (e == len(s.low) || !isWordChar(s.low[e]) || !isWordChar(c[len(c)-1])) {
			return i
		}
		f = i + 1
	}
	return -1
}

// scanSpaced is scan for a cue c that opens with a space and goes on
// with another byte: it looks for the rest of c, whose first byte is
// rarer than a space, and tests the byte before it. The first match of
// the rest with a space before it is the first match of c.
func (s *sentence) scanSpaced(from int, c string) int {
	rest := c[1:]
	for f := from + 1; f < len(s.low); {
		j := strings.Index(s.low[f:], rest)
		if j < 0 {
			break
		}
		j += f
		i, e := j-1, j+len(rest)
		if s.low[i] == ' ' && (e == len(s.low) || !isWordChar(s.low[e]) || !isWordChar(c[len(c)-1])) {
			return i
		}
		f = j + 1
	}
	return -1
}

func isWordChar(c byte) bool { return isLetter(c) || isDigit(c) }

// negated reports a denial or negation in s[lo:hi].
func (s *sentence) negated(lo, hi int) bool {
	if s.noNeg {
		return false
	}
	if lo <= 0 {
		// From the sentence start, the answer is where the first negation
		// ends, which is found once.
		if s.negEnd == 0 {
			s.negEnd = firstNegationEnd(s.low)
		}
		return s.negEnd <= hi
	}
	return firstNegationEnd(s.low[lo:min(hi, len(s.low))]) < int(^uint(0)>>1)
}

// firstNegationEnd returns the smallest end offset of a negation in t, or
// the largest int when there is none.
func firstNegationEnd(t string) int {
	end := int(^uint(0) >> 1)
	for _, n := range negations {
		if n == " not " {
			// "not less than 8,000 tonnes", "not later than June": a
			// bound, no negation.
			for from := 0; ; {
				i := strings.Index(t[from:], "not ")
				if i < 0 {
					break
				}
				i += from
				from = i + len("not ")
				if i > 0 && t[i-1] != ' ' || boundNot(t[from:]) {
					continue
				}
				end = min(end, from)
				break
			}
			continue
		}
		// As if t began with a space: " not" also matches at its start.
		if n[0] == ' ' && strings.HasPrefix(t, n[1:]) {
			end = min(end, len(n)-1)
		}
		if i := strings.Index(t, n); i >= 0 {
			end = min(end, i+len(n))
		}
	}
	return end
}

// boundNot reports the words after "not " that make it a bound or a
// limit, no negation: "not less than", "not more than", "not exceeding",
// "not later than".
func boundNot(t string) bool {
	return hasAnyPrefix(t, "less than ", "more than ", "exceeding ", "later than ", "earlier than ", "fewer than ")
}

// negationWords are the words that may begin one of the negations; with
// the words negationPrefix passes, they are all of them, so that a
// sentence with none has no negation and is not searched for one.
var negationWords = []string{"not", "no", "ruled", "failed", "never", "called", "walked"}

// negationPrefix reports a word that may begin one of the negations by
// its first letters: "denied", "rejected".
func negationPrefix(w string) bool {
	switch w[0] {
	case 'd':
		return strings.HasPrefix(w, "den")
	case 'r':
		return strings.HasPrefix(w, "rejected")
	case 's':
		return strings.HasPrefix(w, "scrapped")
	case 'a':
		return strings.HasPrefix(w, "abandoned")
	}
	return false
}

var negations = []string{" not ", "n't ", " denied", " deny", " denies", " no plans", " no plan to ", " no intention", " no discussion", " ruled out", " rejected", " failed to", " never ", " called off", " scrapped", " abandoned", " walked away"}

// first sets at[k] to the sentence-relative offset of the first match of
// cue k in s, or -1: what s.cue(0, l) would find if l held cue k alone.
func (l *cueList) first(s *sentence, at []int) []int {
	at = at[:0]
	for k := range l.cues {
		at = append(at, s.findCue(0, l, k))
	}
	return at
}

// inMention reports whether sentence-relative offset i lies inside a
// mention's name.
func (s *sentence) inMention(i int) bool {
	at := s.at(i)
	k := sort.Search(len(s.ms), func(k int) bool { return s.ms[k].b > at })
	return k < len(s.ms) && s.ms[k].a <= at
}

// from returns the mentions of s that start at or after the
// sentence-relative offset i, found by binary search so that reading
// near a place costs no walk over the sentence's earlier mentions.
func (s *sentence) from(i int) []ment {
	at := s.at(i)
	return s.ms[sort.Search(len(s.ms), func(k int) bool { return s.ms[k].a >= at }):]
}

// orgsIn returns the company and organisation mentions that lie inside
// the sentence-relative range [lo, hi).
func (r *relater) orgsIn(s *sentence, lo, hi int) []ment {
	var out []ment
	for _, m := range s.from(lo) {
		if m.a >= s.at(hi) {
			break
		}
		if m.b <= s.at(hi) && r.isOrg(m) {
			out = append(out, m)
		}
	}
	return out
}

// maxBack bounds how many organisations a rule reads back over.
const maxBack = 16

// orgsBefore returns the last n (or fewer) company and organisation
// mentions that end at or before sentence-relative offset i, in text
// order: what a rule reading back from a place needs, at a cost that
// does not grow with the length of the sentence.
func (r *relater) orgsBefore(s *sentence, i, n int) []ment {
	at := s.at(i)
	k := sort.Search(len(s.ms), func(k int) bool { return s.ms[k].a >= at })
	var out []ment
	for k--; k >= 0 && len(out) < n; k-- {
		if m := s.ms[k]; m.b <= at && r.isOrg(m) {
			out = append(out, m)
		}
	}
	slices.Reverse(out)
	return out
}

// firstOrg returns the first company or organisation mention of s that
// ends at or before sentence-relative offset i, and starts before it:
// the sentence's first one, if it does, since the mentions after it
// start where it ends or later.
func (r *relater) firstOrg(s *sentence, i int) (ment, bool) {
	if s.firstOrg == 0 {
		s.firstOrg = -1
		for k, m := range s.ms {
			if r.isOrg(m) {
				s.firstOrg = k + 1
				break
			}
		}
	}
	if s.firstOrg < 0 {
		return ment{}, false
	}
	m := s.ms[s.firstOrg-1]
	if m.a < s.at(i) && m.b <= s.at(i) {
		return m, true
	}
	return ment{}, false
}

// kindIn returns the mentions of one kind inside [lo, hi).
func (r *relater) kindIn(s *sentence, lo, hi int, k entity.Kind) []ment {
	var out []ment
	for _, m := range s.from(lo) {
		if m.a >= s.at(hi) {
			break
		}
		if m.b <= s.at(hi) && r.kindOf(m) == k {
			out = append(out, m)
		}
	}
	return out
}

// orgRightAfter returns the first organisation mention that starts within
// gap bytes after sentence-relative offset i, with only words of
// apposition ("local refiner", "Texas-based", "the") between.
func (r *relater) orgRightAfter(s *sentence, i, gap int) (ment, bool) {
	return r.rightAfter(s, i, gap, r.isOrg)
}

// buyerRightAfter is orgRightAfter for the buyer of a supply deal, which
// may also be a state body: "to deliver 300,000 tonnes of rice to the
// NFA".
func (r *relater) buyerRightAfter(s *sentence, i, gap int) (ment, bool) {
	return r.rightAfter(s, i, gap, func(m ment) bool { return r.isOrg(m) || r.kindOf(m) == entity.KindGovernment })
}

// rightAfter returns the mention named right after sentence-relative
// offset i, within gap bytes and the words that describe it, when ok
// accepts it.
func (r *relater) rightAfter(s *sentence, i, gap int, ok func(ment) bool) (ment, bool) {
	// "to our partner Y" in an interview's answer: "our" stands for the
	// speaker's firm, and describes Y; it is not the firm named after.
	if ms := s.from(i); len(ms) > 0 && ms[0].a == s.at(i) && hasAnyPrefix(s.low[i:], "our partner ", "our joint venture partner ", "our longtime partner ") && ms[0].b-ms[0].a == len("our") {
		i = ms[0].b - s.a + 1
	}
	// "of the Sy family's X": the family owns X.
	i = r.skipOwnerPossessive(s, i)
	// "a subsidiary of Osaka's X": a place's possessive, no entity.
	i = r.skipPlacePossessive(s, i)
	// "of the Company", where the defined term is the mention and "the"
	// stands before it.
	if strings.HasPrefix(s.low[min(i, len(s.low)):], "the ") {
		if ms := s.from(i); len(ms) > 0 && ms[0].a == s.at(i+len("the ")) {
			i += len("the ")
		}
	}
	// (Not "Chongyi County State-owned Assets Operation Co.", a name
	// that opens with a place.)
	if ms := s.from(i); len(ms) == 0 || ms[0].a != s.at(i) || !ok(ms[0]) || s.past(ms[0]) < i+len("x county") {
		i = skipPlaceWords(s.low, i)
	}
	i = skipToBeCalled(s.low, i)
	// "of the local operating company, PT X, with": the name in
	// apposition, set off by commas.
	if j := skipHeadApposition(s.low, i); j > i {
		if ms := s.from(j); len(ms) > 0 && ms[0].a == s.at(j) && ok(ms[0]) {
			// ("...; the remaining 30%", or the sentence's end: so too.)
			if rest := strings.TrimSpace(s.low[s.past(ms[0]):]); rest == "" || rest == "." || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ";") {
				return ms[0], true
			}
		}
	}
	limit := s.at(i + gap)
	from := s.at(i)
	for _, m := range s.from(i) {
		if m.a > limit {
			// "the takeover of South Australian gold and copper producer
			// X": words that describe the firm may stand between, and a
			// country after a word that places it ("South Australian").
			between := r.d.v.s[from:m.a]
			if r.kindOf(m) == entity.KindCountry && m.a-from <= 12 && capitalWords(between) {
				limit = max(limit, m.b+gap+len("'s based"))
				from = m.b
				continue
			}
			if m.a-from <= 60 && describes(between) && ok(m) {
				return m, true
			}
			break
		}
		if r.kindOf(m) == entity.KindCountry {
			// "Australia's Kora Minerals", "South-Korean based Daewon",
			// "U.S. producer Keystone": the gap counts from after the
			// country word, and its dots are no stop.
			// ("66% of the operator; the Mongolian state's 34% is held
			// through X": a clause ends before the country.)
			if strings.ContainsAny(r.d.v.s[from:m.a], ";:()") {
				return ment{}, false
			}
			limit = max(limit, m.b+gap+len("'s based"))
			from = m.b
			continue
		}
		between := r.d.v.s[from:m.a]
		// "held by Mr. X": an honorific before a person's name.
		for _, h := range []string{"Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Ms ", "Mrs ", "Dr "} {
			if strings.HasSuffix(between, h) {
				between = between[:len(between)-len(h)]
				break
			}
		}
		if strings.ContainsAny(between, ".;:(),") || strings.Contains(between, " and ") && !describes(between) {
			return ment{}, false
		}
		if ok(m) {
			return m, true
		}
		return ment{}, false
	}
	return ment{}, false
}

// skipPlacePossessive returns the offset past one capitalised word and
// its possessive at sentence-relative offset i that no mention covers
// ("Osaka's "), when a mention starts right after it; else i.
func (r *relater) skipPlacePossessive(s *sentence, i int) int {
	if i >= len(s.low) || !isUpper(r.d.v.s[s.at(i)]) {
		return i
	}
	k := i
	for k < len(s.low) && (isLower(s.low[k]) || s.low[k] == '-') {
		k++
	}
	if k == i || !strings.HasPrefix(s.low[k:], "'s ") {
		return i
	}
	ms := s.from(i)
	if len(ms) == 0 || ms[0].a != s.at(k+len("'s ")) {
		return i
	}
	return k + len("'s ")
}

// skipOwnerPossessive returns the offset past "the Sy family's " or
// "the Zouping county government's " at sentence-relative offset i: an
// owner the text names with no entity, before the firm named right
// after it; else i.
func (r *relater) skipOwnerPossessive(s *sentence, i int) int {
	rest := s.low[min(i, len(s.low)):]
	if !strings.HasPrefix(rest, "the ") {
		return i
	}
	k := strings.Index(rest[:min(len(rest), 48)], "'s ")
	if k < 0 || strings.ContainsAny(rest[:k], ",;()") {
		return i
	}
	at := i + k + len("'s ")
	// "the national carrier's freight arm X": the unit's words before
	// its name.
	w := s.low[at:min(len(s.low), at+32)]
	for n, p := 0, 0; n < 2; n++ {
		sp := strings.IndexByte(w[p:], ' ')
		if sp < 0 {
			break
		}
		if slices.Contains(unitWords, w[p:p+sp]) {
			at += p + sp + 1
			break
		}
		p += sp + 1
	}
	// ("the Villareal family's": a person's name may stand inside, no
	// firm's.)
	for _, m := range s.from(i) {
		if m.a >= s.at(i+k+len("'s ")) {
			if m.a != s.at(at) {
				return i
			}
			return at
		}
		if r.isOrg(m) {
			return i
		}
	}
	return i
}

// trimFamilyPossessive returns before, in lower case, without a family's
// possessive at its end ("of the sy family's "), which stands between a
// word of ownership and the owner's name.
func trimFamilyPossessive(before string) string {
	t, ok := strings.CutSuffix(before, " family's ")
	if !ok {
		return before
	}
	k := strings.LastIndex(t[max(0, len(t)-32):], " the ")
	if k < 0 {
		return before
	}
	k += max(0, len(t)-32)
	for j := k + len(" the "); j < len(t); j++ {
		if c := t[j]; c != ' ' && c != '-' && !isLower(c) {
			return before
		}
	}
	return t[:k+1]
}

// skipToBeCalled returns the offset past "new company, to be called "
// at i of low, where a noun stands for the firm the name after it names;
// else i.
func skipToBeCalled(low string, i int) int {
	rest := low[min(i, len(low)):]
	k := strings.IndexByte(rest, ',')
	if k < 0 || k > 24 {
		return i
	}
	head := rest[:k]
	if j := strings.LastIndexByte(head, ' '); j >= 0 {
		head = head[j+1:]
	}
	switch head {
	case "company", "venture", "entity", "firm", "unit", "jv":
	default:
		return i
	}
	for _, c := range []string{", to be called ", ", to be named ", ", called ", ", named ", ", to be known as "} {
		if strings.HasPrefix(rest[k:], c) {
			return i + k + len(c)
		}
	}
	return i
}

// skipHeadApposition returns the offset past "local operating company, "
// at i of low: a few lower-case words ending in a noun for a firm and a
// comma; else i.
func skipHeadApposition(low string, i int) int {
	rest := low[min(i, len(low)):]
	k := strings.IndexByte(rest, ',')
	if k < 0 || k > 32 || !strings.HasPrefix(rest[k:], ", ") {
		return i
	}
	head := rest[:k]
	for _, c := range head {
		if c != ' ' && c != '-' && (c < 'a' || c > 'z') {
			return i
		}
	}
	if j := strings.LastIndexByte(head, ' '); j >= 0 {
		head = head[j+1:]
	}
	switch head {
	case "company", "venture", "entity", "firm", "unit", "subsidiary", "operator", "miner", "smelter", "refiner", "producer":
		return i + k + len(", ")
	}
	return i
}

// describes reports whether t, the words before a name, only describe
// it, their last word a firm's role: "gold and copper producer ".
func describes(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" {
		return false
	}
	// "national mining holding X" and "its largest shareholder X" as
	// well.
	last := t[strings.LastIndexAny(t, " \t\n")+1:]
	if !apposHeads[last] && last != "holding" && last != "shareholder" && !strings.HasSuffix(last, "-owned") {
		return false
	}
	k := 0
	for w := range strings.FieldsSeq(t) {
		// "farmers' cooperative": a plural possessive is a word that
		// describes.
		if len(w) > 2 && strings.HasSuffix(w, "s'") {
			w = w[:len(w)-1]
		}
		for i := 0; i < len(w); i++ {
			// A capitalised first word places the firm: "South", "Western".
			if !isLower(w[i]) && w[i] != '-' && !(k == 0 && i == 0 && isUpper(w[i])) {
				return false
			}
		}
		k++
	}
	return true
}

// lowerWordsOnly reports whether t holds only words in small letters,
// with hyphens, and the spaces between them.
func lowerWordsOnly(t string) bool {
	for i := 0; i < len(t); i++ {
		if c := t[i]; !isLower(c) && c != ' ' && c != '-' {
			return false
		}
	}
	return t != ""
}

// capitalWords reports whether t holds only capitalised words.
func capitalWords(t string) bool {
	n := 0
	for w := range strings.FieldsSeq(t) {
		if !isUpper(w[0]) {
			return false
		}
		n++
	}
	return n > 0
}

// bodyRightAfter returns a state body named right after sentence-relative
// offset i, after at most a country's possessive and "the": "officials
// from Western Australia's Department of Mines".
func (r *relater) bodyRightAfter(s *sentence, i int) (ment, bool) {
	from := s.at(i)
	for _, m := range s.from(i) {
		if m.a-from > 12 {
			break
		}
		switch r.kindOf(m) {
		case entity.KindCountry:
			from = m.b
			continue
		case entity.KindGovernment:
			if between := r.d.v.s[from:m.a]; !strings.ContainsAny(between, ".;:(),") {
				return m, true
			}
		}
		break
	}
	return ment{}, false
}

// skipPlaceWords returns the end of the words at offset i of low that
// say where a firm is based ("Osaka-based ", "Texas-headquartered "), at
// most two of them, or i when there are none.
func skipPlaceWords(low string, i int) int {
	for n := 0; n < 2; n++ {
		// "kuala lumpur-listed": a place of two or three words.
		j, skipped := i, false
		for w := 0; w < 3 && !skipped; w++ {
			k := j
			for k < len(low) && (isLower(low[k]) || low[k] == '-' || low[k] == '.') {
				k++
			}
			if k == j || k >= len(low) || low[k] != ' ' {
				break
			}
			if h := strings.LastIndexByte(low[j:k], '-'); h > 0 && placeSuffixes[low[j+h+1:k]] {
				i, skipped = k+1, true
				break
			}
			if strings.IndexByte(low[j:k], '-') >= 0 || determiners[low[j:k]] {
				break // "the brisbane-based miner" is read as an anaphor
			}
			j = k + 1
		}
		if !skipped {
			break
		}
	}
	return i
}

// orgRightBefore returns the last organisation mention that ends within
// gap bytes before sentence-relative offset i.
func (r *relater) orgRightBefore(s *sentence, i, gap int) (ment, bool) {
	k := len(s.ms)
	if r.nonEmpty {
		// The mentions from k on start after i, and end after it.
		at := s.at(i)
		k = sort.Search(len(s.ms), func(k int) bool { return s.ms[k].a > at })
	}
	for k--; k >= 0; k-- {
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

// bodyRightBefore returns the government body named right before the
// verb at sentence-relative offset i, past its short form in brackets
// and an auxiliary: "the Japan Organization for Metals and Energy
// Security (JOGMEC) will take".
func (r *relater) bodyRightBefore(s *sentence, i int) (ment, bool) {
	return r.kindRightBefore(s, i, entity.KindGovernment)
}

// stateRightBefore is bodyRightBefore for a state that holds shares
// itself, its name opening the sentence or its clause: "the Republic of
// Senegal holds the remaining 10%", "Gabon holds 10% of Y".
func (r *relater) stateRightBefore(s *sentence, i int) (ment, bool) {
	m, ok := r.kindRightBefore(s, i, entity.KindCountry)
	if !ok {
		return ment{}, false
	}
	before := strings.TrimSuffix(strings.TrimSuffix(s.low[:m.a-s.a], "the "), "(")
	if before == "" || strings.HasSuffix(before, "; ") || strings.HasSuffix(before, ", and ") || strings.HasSuffix(before, ", while ") {
		return m, true
	}
	return ment{}, false
}

// twoBodiesBefore returns the state body that opens sentence s and the
// one the sentence names last before its verb, at sentence-relative
// offset i, joined by "and": "The Industrial Development Administration
// (IDA) of the MOEA and Indonesia's Ministry of Industry signed".
func (r *relater) twoBodiesBefore(s *sentence, i int) ([]ment, bool) {
	first := s.ms[0]
	var last ment
	found := false
	for _, m := range s.ms[1:] {
		if s.past(m) > i {
			break
		}
		if r.kindOf(m) == entity.KindGovernment && m.e != first.e {
			last, found = m, true
		}
	}
	if !found {
		return nil, false
	}
	verb := s.low[s.past(last):min(len(s.low), i+len(" signed "))]
	if len(verb) > 40 || strings.ContainsAny(verb, ",;(") || !strings.Contains(verb, " signed ") {
		return nil, false
	}
	gap := strings.TrimSpace(r.gapWithoutCountries(s, first.b, last.a))
	k := strings.LastIndex(gap, " and")
	if k < 0 || k+len(" and") != len(gap) || strings.ContainsAny(gap, ",;") {
		return nil, false
	}
	return []ment{first, last}, true
}

// ofItsWord reports " of the venture" (or company, firm, joint venture)
// at view offset pe of sentence s, with no entity named there: the
// firm the text spoke of, by a word that names none.
func (r *relater) ofItsWord(s *sentence, pe int) bool {
	w := prefixOf(s.low[pe:], " of the venture", " of the joint venture", " of the company", " of the firm", " in the venture", " in the joint venture", " in the company")
	if w == "" || pe+len(w) < len(s.low) && isWordChar(s.low[pe+len(w)]) {
		return false
	}
	at := s.at(pe + len(" of the "))
	for _, m := range s.ms {
		if m.a <= at && at < m.b {
			return false
		}
	}
	return true
}

// kindRightBefore is bodyRightBefore for an entity of the kind given.
func (r *relater) kindRightBefore(s *sentence, i int, kind entity.Kind) (ment, bool) {
	for k := len(s.ms) - 1; k >= 0; k-- {
		m := s.ms[k]
		if m.b > s.at(i) {
			continue
		}
		if r.kindOf(m) != kind {
			return ment{}, false
		}
		if s.past(m) > i {
			return ment{}, false
		}
		gap := strings.TrimSpace(strings.TrimPrefix(s.low[s.past(m):i], ")"))
		if c := strings.IndexByte(gap, ')'); strings.HasPrefix(gap, "(") && c > 0 {
			gap = strings.TrimSpace(gap[c+1:])
		}
		// ("JOGMEC in January took a 10% stake": when, between.)
		gap = trimWhen(gap)
		switch gap {
		case "", "will", "has", "had", "would", "is to", "plans to", "agreed to", "has agreed to":
			return m, true
		}
		return ment{}, false
	}
	return ment{}, false
}

// subject returns the organisation a clause ending at sentence-relative
// offset i is about: the last organisation mention before i that is not
// inside brackets or after "of", or, when the clause starts with "It",
// "The company" and the like, the first organisation of the sentence
// before.
func (r *relater) subject(s *sentence, i int) (ment, bool) {
	orgs := r.orgsBefore(s, i, maxBack)
	for k := len(orgs) - 1; k >= 0; k-- {
		// ("the "Company", HKEX stock code: 3066; formerly known as":
		// the exchange where a firm is listed does not act for it.)
		if r.isExchange(orgs[k].e) {
			continue
		}
		// A name given as a former name or in brackets is not the subject.
		before := s.low[:orgs[k].a-s.a]
		if formerNameBefore(before) || strings.HasSuffix(before, "(") || strings.HasSuffix(before, "(\"") || strings.HasSuffix(before, "(\"the ") || ownersBefore(before) {
			continue
		}
		// Nor the unit named in an apposition: "It operates through its
		// wholly owned subsidiary, X, and holds".
		if (k > 0 || anaphoricStart(s.low)) && (strings.HasSuffix(before, "subsidiary, ") || strings.HasSuffix(before, "unit, ")) && strings.HasPrefix(s.low[s.past(orgs[k]):], ", and ") {
			continue
		}
		// Nor a possessive inside an apposition that closes before i:
		// "V (GOFCO), A's joint venture with B, sells ... to A".
		if k > 0 && r.possessive(s, orgs[k]) && strings.Contains(s.low[orgs[k].b-s.a:i], ", ") {
			continue
		}
		// Nor the agent of a passive before: "It supplies the engines
		// installed by X and also sells engines to Y".
		if (k > 0 || anaphoricStart(s.low)) && strings.HasSuffix(before, "ed by ") && !strings.ContainsAny(s.low[orgs[k].b-s.a:i], ",;") {
			continue
		}
		// Nor a name inside a relative clause that closes before i: "The
		// smelter company, in which B owns 51%, sells".
		if k > 0 && strings.Contains(s.low[orgs[k].b-s.a:i], ", ") {
			if w := strings.LastIndex(before, ", in which "); w >= 0 && len(before)-w < 60 {
				continue
			}
			// "X, which set up Y as a joint venture with Z in 2021 and
			// has held 45% of it since, said it had agreed": X.
			// (Not across a full stop the sentence took in.)
			// So too an apposition: "X, an HPAL venture formed by A and
			// B, shipped its first cargo to A": X.
			w := strings.LastIndex(before, ", which ")
			for _, a := range []string{", an ", ", a "} {
				w = max(w, strings.LastIndex(before, a))
			}
			if w >= 0 && len(before)-w < 160 && orgs[0].b-s.a <= w && !strings.Contains(s.low[w+2:orgs[k].a-s.a], ", ") && !fullStopIn(r.d.v.s[s.a+w:s.a+i]) {
				continue
			}
		}
		// Nor the object of "to" or "with" in a clause before: "X will
		// license its technology to the venture and supply Y", "X signed
		// a deal with Y for the acquisition of".
		// ("... to Japan's X, and sells": a place's possessive between.)
		// ("X resolved to sign a deal with Y, and to acquire shares of
		// Y": infinitives joined share X.)
		if k > 0 && (strings.HasSuffix(before, " to ") || strings.HasSuffix(trimPossessiveWord(before), " to ") || strings.HasSuffix(before, " with ") && (!strings.ContainsAny(s.low[orgs[k].b-s.a:i], ",;") || hasAnySuffix(s.low[:i], ", and to", ", and to "))) {
			continue
		}
		// ("X agreed to buy coal from Australia's Y under an offtake,
		// and will take a stake": the seller, named after "from".)
		if k > 0 && (strings.HasSuffix(before, " from ") || strings.HasSuffix(trimPossessiveWord(before), " from ")) && strings.Contains(s.low[orgs[k].b-s.a:i], ", and ") {
			continue
		}
		// Nor is the owner in an apposition after it: "Hanbit, a unit
		// of Hanbit Holdings, will take a stake".
		if k > 0 && ownerOfApposition(before) {
			continue
		}
		return orgs[k], true
	}
	if anaphoricStart(s.low) {
		return r.antecedent(s)
	}
	// "The anchor is X. They deliver 400,000 dmt a year to us": "they"
	// for the one firm the sentence before names.
	// ("We signed a deal with X. They will deliver ... to our plant":
	// the firm of the sentence before that this one names otherwise is
	// not "they".)
	if strings.HasPrefix(s.low, "they ") && s.prev != nil {
		var one ment
		n := 0
		for _, m := range s.prev.ms {
			if !r.isOrg(m) || n > 0 && m.e == one.e || slices.ContainsFunc(s.ms, func(x ment) bool { return x.e == m.e }) {
				continue
			}
			one = m
			n++
		}
		if n == 1 {
			return one, true
		}
	}
	return ment{}, false
}

// ownersBefore reports whether the text before a name, in lower case,
// names it among the owners of the clause's subject: "X will be owned
// equally by A and B and will sell": neither A nor B sells.
func ownersBefore(before string) bool {
	tail := before[max(0, len(before)-48):]
	k := strings.LastIndex(tail, " by ")
	if k < 0 || strings.ContainsAny(tail[k:], ",;") {
		return false
	}
	head := tail[:k]
	return strings.Contains(head, "owned") || strings.Contains(head, "held") || strings.Contains(head, "controlled")
}

// formerNameBefore reports whether the text before a name, in lower
// case, gives it as a former name: "formerly ", "known as ".
func formerNameBefore(before string) bool {
	for _, w := range []string{"known as ", "formerly ", "previously ", "called ", "name from ", "renamed from ", "rebranded from ", "itself from ", "traded as ", "operated as "} {
		if strings.HasSuffix(before, w) {
			// "to be called X", "will be called X": the name it takes.
			return w != "called " || !strings.HasSuffix(before, " be called ")
		}
	}
	// "known until 2019 as ".
	if strings.HasSuffix(before, " as ") {
		tail := before[max(0, len(before)-24):]
		return strings.Contains(tail, "known until ") || strings.Contains(tail, "known till ")
	}
	return false
}

// clientOfWon returns the client of a contract won, named after " for ",
// " from " or " by " within the clause after the noun that ends at
// nounEnd, when verb v wins it: "won a contract to carry coal for Y".
func (r *relater) clientOfWon(s *sentence, v string, nounEnd int) (ment, bool) {
	if v != "won " && v != "wins " && v != "was awarded " && v != "has been awarded " {
		return ment{}, false
	}
	w := s.low[nounEnd:min(len(s.low), nounEnd+80)]
	// (Not the comma inside a number: "four 174,000 cbm carriers".)
	if c := strings.Index(w, ", "); c >= 0 {
		w = w[:c]
	}
	if c := strings.IndexByte(w, ';'); c >= 0 {
		w = w[:c]
	}
	for _, p := range []string{" for ", " from ", " by "} {
		if k := strings.LastIndex(w, p); k >= 0 {
			at := s.at(nounEnd + k + len(p))
			if m, ok := r.orgRightAfter(s, nounEnd+k+len(p), 1); ok && (m.a == at || r.countryPossessiveAt(s, at, m.a)) {
				return m, true
			}
		}
	}
	return ment{}, false
}

// countryPossessiveAt reports whether the view text from a to b is a
// country's name and its possessive: "Qatar's " before a firm.
func (r *relater) countryPossessiveAt(s *sentence, a, b int) bool {
	for _, c := range s.from(a - s.a) {
		if c.a != a || r.kindOf(c) != entity.KindCountry {
			return false
		}
		rest := r.d.v.s[c.b:b]
		return rest == "'s " || rest == "' "
	}
	return false
}

// itsSharesHeld reads "X, Y's parent, holds 62.5% of its shares" and
// "X, the parent of Y, holds ...": "its" is the firm the apposition
// after the owner names. Without one, "its" is left unread.
func (r *relater) itsSharesHeld(s *sentence, verbAt int, p decimal.Decimal) {
	if s.negated(0, verbAt) {
		return
	}
	owner, ok := r.subject(s, verbAt)
	if !ok {
		return
	}
	if first, ok := r.firstOrg(s, owner.a-s.a); ok && first.e != owner.e && inApposition(s.low[first.b-s.a:owner.a-s.a]) {
		owner = first
	}
	for _, m := range r.orgsBefore(s, verbAt, 4) {
		if m.e != owner.e && m.a > owner.a {
			r.add(entity.StakeIn, owner.e, m.e, s, withPercent(p))
			return
		}
	}
}

// inApposition reports whether between, the text from the end of a name
// to a later one, opens an apposition the later name is inside: ", the
// parent of ", ", the largest customer of ".
func inApposition(between string) bool {
	return strings.HasPrefix(between, ", the ") && strings.Count(between, ",") == 1 && strings.HasSuffix(between, " of ") && len(between) < 40
}

// trimPossessiveWord returns before without the one possessive word it
// ends with ("to japan's " gives "to "), or before as it is.
func trimPossessiveWord(before string) string {
	// "to Osaka-based X": the place the firm is based in.
	if strings.HasSuffix(before, "-based ") {
		w := before[:len(before)-len("-based ")]
		return w[:strings.LastIndexByte(w, ' ')+1]
	}
	if !strings.HasSuffix(before, "'s ") {
		return before
	}
	w := before[:len(before)-len("'s ")]
	return w[:strings.LastIndexByte(w, ' ')+1]
}

// possessesShares reports whether the text after a name, in lower case,
// is its possessive and its shares: "'s shares", "'s issued capital".
func possessesShares(rest string) bool {
	switch {
	case strings.HasPrefix(rest, "'s "):
		rest = rest[len("'s "):]
	case strings.HasPrefix(rest, "' "):
		rest = rest[len("' "):]
	default:
		return false
	}
	// "the Company's issued and outstanding voting shares".
	for n := 0; n < 4; n++ {
		w := rest
		if k := strings.IndexByte(w, ' '); k >= 0 {
			w = w[:k]
		}
		if w != "issued" && w != "outstanding" && w != "total" && w != "voting" && w != "ordinary" && w != "common" && w != "paid-up" && w != "and" && w != "charter" && w != "registered" {
			break
		}
		rest = strings.TrimPrefix(rest[len(w):], " ")
	}
	return hasAnyPrefix(rest, "shares", "stock", "share capital", "capital", "equity")
}

// skipBrackets returns the length of a bracketed text, with the space
// before it, at the start of t (" (TSE: 8076)"), or 0.
func skipBrackets(t string) int {
	if !strings.HasPrefix(t, " (") {
		return 0
	}
	k := strings.IndexByte(t[:min(len(t), 40)], ')')
	if k < 0 {
		return 0
	}
	return k + 1
}

// describingWords may stand before the name of a unit's owner: "a
// subsidiary of the provincial state-owned X".
var describingWords = map[string]bool{"the": true, "provincial": true, "national": true, "municipal": true, "state": true,
	"local": true, "listed": true, "private": true, "public": true, "its": true, "their": true}

// ownerOfApposition reports whether the text before a name, in lower
// case, ends in an apposition that names an owner: ", a unit of ",
// ", a wholly owned subsidiary of ", ", part of ".
func ownerOfApposition(before string) bool {
	before = trimFamilyPossessive(before)
	// ("X, a wholly owned power generation unit of state-run Y": the
	// words of its trade may run long after "a".)
	long := before[max(0, len(before)-72):]
	before = before[max(0, len(before)-48):]
	c := strings.LastIndexByte(before, ',')
	if c < 0 {
		if lc := strings.LastIndexByte(long, ','); lc >= 0 && hasAnyPrefix(long[lc:], ", a ", ", an ") {
			before, c = long, lc
		}
	}
	if c < 0 || len(before)-c > 72 {
		return false
	}
	tail := before[c+1:]
	// "the trading arm of SGX-listed Meridian": a word of place may stand
	// between.
	// "the battery materials arm of steelmaker X": a word of its trade,
	// too; "a subsidiary of the provincial state-owned X": a few.
	for n := 0; n < 4; n++ {
		k := strings.LastIndexByte(strings.TrimSuffix(tail, " "), ' ')
		if k < 0 {
			break
		}
		w := tail[k+1 : len(tail)-1]
		if !strings.HasSuffix(w, "-listed") && !strings.HasSuffix(w, "-based") && !strings.HasSuffix(w, "-owned") && !strings.HasSuffix(w, "-run") && !apposHeads[w] && !describingWords[w] && !demonymLike(w) && !industryWords[w] {
			break
		}
		tail = tail[:k+1]
	}
	// ("X, A's joint venture with B, sells": its partner.)
	if strings.HasSuffix(tail, " with ") && (strings.Contains(tail, "venture") || strings.Contains(tail, "partner")) {
		return true
	}
	if !strings.HasSuffix(tail, " of ") && !strings.HasSuffix(tail, " by ") && !strings.HasSuffix(tail, " under ") {
		return false
	}
	// ("a sister company under Hanul Group": its group.)
	for _, w := range []string{"unit", "subsidiary", "affiliate", "arm", "division", "part", "owned", "controlled", "member", "sister"} {
		if _, ok := wordAt(tail, w); ok {
			return true
		}
	}
	return false
}

// demonymLike reports a word, in lower case, shaped as most demonyms
// are: "japanese", "korean", "indonesian", "thai".
func demonymLike(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ean")) || w == "thai" || w == "u.s." || w == "us"
}

// anaphoricStart reports a sentence that opens with a word standing for
// a company named before: "It", "Its", "The company", "The group".
func anaphoricStart(low string) bool {
	// "In 2025 it became ...", "Last year, the company ...": a time
	// before the pronoun.
	if rest, ok := afterTimeOpener(low); ok {
		low = rest
	}
	head := low[:min(len(low), 32)]
	for _, p := range []string{"it ", "its ", "the company", "the firm", "the group", "the miner", "the producer", "the maker", "the board "} {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	// "The Korean company", "The Perth-based miner": one word between.
	if rest, ok := strings.CutPrefix(head, "the "); ok {
		if k := strings.IndexByte(rest, ' '); k > 0 {
			for _, h := range []string{"company ", "firm ", "group ", "miner ", "producer ", "maker "} {
				if strings.HasPrefix(rest[k+1:], h) {
					return true
				}
			}
		}
	}
	return false
}

// afterTimeOpener returns what follows a sentence's opening phrase of
// time, "in 2025 ", "in march, ", "last year, ", and whether there is
// one.
func afterTimeOpener(low string) (string, bool) {
	for _, p := range []string{"last year", "this year", "earlier this year", "in the same year"} {
		if rest, ok := strings.CutPrefix(low, p); ok {
			return strings.TrimPrefix(strings.TrimPrefix(rest, ","), " "), len(rest) > 0 && (rest[0] == ' ' || rest[0] == ',')
		}
	}
	rest, ok := strings.CutPrefix(low, "in ")
	if !ok {
		return low, false
	}
	k := strings.IndexAny(rest, " ,")
	if k <= 0 {
		return low, false
	}
	w := rest[:k]
	if _, month := months[w]; !(len(w) == 4 && allDigits(w)) && (!month || w == "may") {
		return low, false
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest[k:], ","), " ")
	return rest, true
}

// antecedent returns the organisation "it" or "the company" stands for:
// the first organisation of the nearest of the three sentences before s
// that names one.
func (r *relater) antecedent(s *sentence) (ment, bool) {
	// "The board approved ...": the board of the firm the sentence
	// before opens with by its name, else of the firm whose page it is.
	if strings.HasPrefix(s.low, "the board ") && r.hasFirstCo {
		if m, ok := r.paragraphOpener(s); ok {
			return m, true
		}
		return r.firstCo, true
	}
	p := s.prev
	for n := 0; n < lookBack && p != nil; n++ {
		// A sentence that opens with "It" speaks of the company before
		// it; the names in it are others.
		// So does one that opens with "The group", the name of it not
		// written there.
		if n+1 < lookBack && p.prev != nil && (strings.HasPrefix(p.low, "it ") || strings.HasPrefix(p.low, "its ") || frontedIt(p) || anaphoricStart(p.low) && (len(p.ms) == 0 || p.ms[0].a > p.a+12)) {
			p = p.prev
			continue
		}
		if m, ok := r.frontedSubject(p); ok {
			return m, true
		}
		if m, ok := r.firstOrg(p, len(p.low)); ok {
			// "Analysts at X expect Y could bid": the firm the
			// analysts speak of, not theirs.
			if hasAnyPrefix(p.low, "analysts at ", "analyst at ", "traders at ", "economists at ") && m.a-p.a < 24 {
				for _, o := range p.ms {
					if o.a > m.b && r.isOrg(o) && o.e != m.e {
						return o, true
					}
				}
				return ment{}, false
			}
			return m, true
		}
		p = p.prev
	}
	return ment{}, false
}

// frontedIt reports a sentence whose subject is "it" after a short
// phrase of time, no firm named before it: "In September it signed a
// deal with Y".
func frontedIt(p *sentence) bool {
	k := strings.Index(p.low[:min(len(p.low), 40)], " it ")
	if k < 0 || !hasAnyPrefix(p.low, "in ", "on ", "last ", "this ", "earlier ", "later ", "since ") || strings.ContainsAny(p.low[:k], ",;") {
		return false
	}
	return len(p.ms) == 0 || p.ms[0].a-p.a > k
}

// paragraphOpener returns the company whose name opens the paragraph
// of s ("Odisha Ispat Ltd makes steel. The board approved ...").
func (r *relater) paragraphOpener(s *sentence) (ment, bool) {
	ps := r.d.paras
	k := sort.Search(len(ps), func(k int) bool { return ps[k].b > s.a })
	if k == len(ps) || ps[k].a > s.a {
		return ment{}, false
	}
	at := ps[k].a
	for _, m := range r.all[sort.Search(len(r.all), func(j int) bool { return r.all[j].a >= at }):] {
		if m.a == at && r.isOrg(m) && !strings.HasPrefix(r.d.v.s[m.a:m.b], "The ") {
			return m, true
		}
		break
	}
	return ment{}, false
}

// frontedSubject returns the company that opens the main clause of p
// when p opens with a phrase of its own: in "Under an offtake agreement
// with Y, X will market ..." it is X, not Y.
func (r *relater) frontedSubject(p *sentence) (ment, bool) {
	if !strings.HasPrefix(p.low, "under ") && !strings.HasPrefix(p.low, "through ") && !strings.HasPrefix(p.low, "after ") &&
		!strings.HasPrefix(p.low, "with ") && !strings.HasPrefix(p.low, "as part of ") && !strings.HasPrefix(p.low, "following ") {
		return ment{}, false
	}
	comma := strings.Index(p.low, ", ")
	if comma < 0 || comma > 120 {
		return ment{}, false
	}
	return r.orgRightAfter(p, comma+len(", "), 1)
}

// partiesBefore returns the organisations joined by "and" or commas that
// end the text before sentence-relative offset i: "Sumitomo Corp and
// Tokyo Gas Co Ltd signed".
func (r *relater) partiesBefore(s *sentence, i int) []ment {
	// "X, a joint venture of A and B, signed": X, before its apposition.
	// ("..., has signed": an auxiliary may follow the comma.)
	before := strings.TrimRight(s.low[:i], " ")
	before = strings.TrimSuffix(before, " today")
	// "X, the joint venture of A and B, on Thursday signed".
	for _, d := range [...]string{" on monday", " on tuesday", " on wednesday", " on thursday", " on friday", " on saturday", " on sunday"} {
		if strings.HasSuffix(before, d) {
			before = before[:len(before)-len(d)]
			break
		}
	}
	// ("A and B formally signed", "A and B officially signed".)
	for _, adv := range []string{" formally", " officially", " thereafter", " subsequently"} {
		if strings.HasSuffix(before, adv) {
			before = before[:len(before)-len(adv)]
			break
		}
	}
	for _, aux := range []string{" has", " have", " had", " has also", " will", " also"} {
		if strings.HasSuffix(before, aux) {
			before = strings.TrimRight(before[:len(before)-len(aux)], " ")
			// "X will subscribe for 15% of Y and has signed": the
			// second predicate is X's, the sentence's subject, not Y's.
			if strings.HasSuffix(before, " and") && aux != " also" {
				if first, ok := r.firstOrg(s, i); ok && first.a-s.a < 40 && !strings.Contains(s.low[s.past(first):len(before)], ";") {
					return []ment{first}
				}
			}
			break
		}
	}
	// "A and B, each an indirect wholly-owned subsidiary of the Company,
	// as buyers, entered into": the firms before their roles and the
	// clause that describes each.
	for _, role := range []string{", as buyers,", ", as buyer,", ", as sellers,", ", as seller,", ", as purchasers,", ", as purchaser,", ", as vendors,", ", as vendor,", ", as the buyers,", ", as the sellers,"} {
		if strings.HasSuffix(before, role) {
			before = before[:len(before)-len(role)+1]
			break
		}
	}
	if k := strings.LastIndex(before, ", each a"); k > 0 && strings.HasSuffix(before, ",") && !strings.ContainsAny(before[k+1:len(before)-1], ";(") && !strings.Contains(before[k+1:len(before)-1], ", ") {
		if ps := r.partiesBefore(s, k); len(ps) >= 2 {
			return ps
		}
	}
	// "..., including X, which has signed a letter of intent with Y":
	// the firm the relative clause is about.
	if strings.HasSuffix(before, ", which") {
		if m, ok := r.orgRightBefore(s, s.beforeBrackets(len(before)-len(", which")), 2); ok {
			return []ment{m}
		}
	}
	// "X resolved to acquire shares of Y and to conclude an agreement":
	// the second infinitive is X's too, not Y's.
	if strings.HasSuffix(before, " and to") {
		if first, ok := r.firstOrg(s, i); ok && first.a-s.a < 40 {
			return []ment{first}
		}
	}
	if strings.HasSuffix(before, ",") {
		// "..., we wish to inform you that X, a company incorporated
		// in Singapore, has signed": the name the clause opens with.
		first, ok := r.firstOrg(s, i)
		if t := strings.LastIndex(s.low[:i], " that "); t >= 0 {
			if m, found := r.orgRightAfter(s, t+len(" that "), 1); found && m.a-s.a < i {
				first, ok = m, true
			} else if strings.HasPrefix(s.low[t+len(" that "):], "its ") {
				// "... announce that its wholly owned Kazakh subsidiary,
				// X, has entered into": the unit named in apposition.
				if unit, found := r.unitNamed(s, t+len(" that its ")); found && unit.a-s.a < i {
					return []ment{unit}
				}
			}
		} else if ok && first.a-s.a >= 40 {
			ok = false
		}
		if ok {
			fb := s.past(first)
			if rest := s.low[fb:i]; (strings.HasPrefix(rest, ", a ") || strings.HasPrefix(rest, ", an ") || strings.HasPrefix(rest, ", the ")) && !strings.Contains(rest, ";") {
				return []ment{first}
			}
			// "X, whose shares trade on the Y Exchange, signed": X,
			// before the clause about it.
			if rest := s.low[fb:i]; strings.HasPrefix(rest, ", whose ") && strings.Count(rest, ",") == 2 && !strings.Contains(rest, ";") {
				return []ment{first}
			}
			// "A and B, a unit of Shanghai-listed C, formed": the two
			// before the second's apposition.
			if rest := s.low[fb:i]; strings.HasPrefix(rest, " and ") && !strings.Contains(rest, ";") {
				if second, found := r.orgRightAfter(s, fb+len(" and "), 0); found && second.e != first.e {
					if after := s.low[s.past(second):i]; hasAnyPrefix(after, ", a ", ", an ", ", the ") && strings.Count(after, ",") == 2 {
						return []ment{first, second}
					}
				}
			}
		}
	}
	orgs := r.orgsBefore(s, i, maxBack)
	// "X ("KTU"), in which the Company holds 99.9%, signed": the firm
	// before the relative clause signs, not the one inside it.
	if n := len(orgs); n > 0 {
		if w := strings.LastIndex(s.low[:i], ", in which "); w > 0 && orgs[n-1].a-s.a > w && strings.Contains(s.low[orgs[n-1].b-s.a:i], ", ") && !fullStopIn(r.d.v.s[s.a+w:s.a+i]) {
			if ps := r.partiesBefore(s, w); len(ps) > 0 {
				return ps
			}
		}
	}
	if len(orgs) == 0 {
		// "Thai buyer agrees HOA with Y" among the points above the
		// body: a description no sentence before resolves.
		if ps := r.d.paras; len(ps) > 0 && s.b <= ps[0].a {
			return nil
		}
		if m, ok := r.subject(s, i); ok {
			return []ment{m}
		}
		// "Last year it imported ..., and in January it signed": "it" is
		// the company of the sentences before.
		// Only the sentence right before is read: further back, "it"
		// may be a company no name in reach stands for.
		if before := strings.TrimRight(s.low[:i], " "); (strings.HasSuffix(before, " it") || strings.HasSuffix(before, " it has") || strings.HasSuffix(before, " it had")) && s.prev != nil {
			if m, ok := r.firstOrg(s.prev, len(s.prev.low)); ok {
				return []ment{m}
			}
		}
		return nil
	}
	if before := s.low[:orgs[len(orgs)-1].a-s.a]; formerNameBefore(before) || ownerOfApposition(before) || ownersBefore(before) {
		// "X, which was known as Y until 2016, signed": X signed; "X,
		// the battery arm of steelmaker Y, said it had signed": X did;
		// and so did X in "X, 45%-owned by Y, signed".
		if m, ok := r.subject(s, i); ok {
			return []ment{m}
		}
		return nil
	}
	out := []ment{orgs[len(orgs)-1]}
	end := out[0].a // where the gap to the next party before ends
	for k := len(orgs) - 2; k >= 0; k-- {
		gap := strings.TrimSpace(r.gapWithoutCountries(s, orgs[k].b, end))
		// "X, the developer of ..., has signed": one party named twice.
		// ("Kisaragi Shoji Corporation ("Kisaragi") signed": the short
		// name the text defines in brackets.)
		// (`X (KRX: 014830, "Samheung") signed`: its code, then the short
		// name.)
		// (`X (hereinafter referred to as "X", stock code: 603867.SH)
		// and`: the short name in a Chinese release's wording.)
		if orgs[k].e == out[0].e && (gap == "," || gap == "(" || gap == "(\"" || gap == "(\u201c" || strings.HasPrefix(gap, "(") && (strings.HasSuffix(gap, "),") || hasAnySuffix(gap, ") (\"", ") (\u201c") || hasAnySuffix(gap, ", \"", ", \u201c", "; \"", "; \u201c") && !strings.Contains(gap, ")")) ||
			strings.HasPrefix(gap, "(hereinafter") && hasAnySuffix(gap, "\"", "\u201c") && !strings.Contains(gap, ")")) {
			out[0] = orgs[k]
			end = out[0].a
			continue
		}
		// `A ("A") and B`: after the short name defined in brackets.
		if g := strings.TrimLeft(gap, "\"\u201d"); strings.HasPrefix(g, ")") && len(g) < len(gap) {
			gap = strings.TrimSpace(g[1:])
		} else if c := strings.IndexByte(g, ')'); len(g) < len(gap) && (strings.HasPrefix(g, ", ") || strings.HasPrefix(g, "; ")) && c > 0 && c < 40 && !strings.ContainsAny(g[1:c], "(;") {
			// (`"A", stock code: 603867.SH) and B`, `"A"; TWSE: 2086), B`:
			// a code after it.)
			gap = strings.TrimSpace(g[c+1:])
		}
		// "X (IDX: KORA) and Y": an aside in brackets after a name.
		if strings.HasPrefix(gap, "(") {
			if c := strings.IndexByte(gap, ')'); c > 0 && strings.IndexByte(gap[1:c], '(') < 0 {
				gap = strings.TrimSpace(gap[c+1:])
			}
		}
		// "X and its Chinese partner Y have agreed": the country word
		// is out of the gap already.
		if gap == "and its partner" || gap == "and partner" || gap == "and its joint venture partner" {
			gap = "and"
		}
		// "A and magnet maker B have set up": a description of B.
		if strings.HasPrefix(gap, "and ") && len(gap) < 40 && describes(gap[len("and "):]) {
			gap = "and"
		}
		// "A and the manufacturer of cemented carbide tools B signed": a
		// description with what B makes.
		if strings.HasPrefix(gap, "and the ") && len(gap) < 90 {
			d := gap[len("and the "):]
			if o := strings.Index(d, " of "); o > 0 && describes(d[:o]) && lowerWordsOnly(d[o+len(" of "):]) {
				gap = "and"
			}
		}
		if gap != "and" && gap != "," && gap != "&" && gap != ", and" {
			break
		}
		// "X renewed its contract with Y, and Z signed": Y is the object
		// of the clause before, not a party of this one.
		if before := s.low[:orgs[k].a-s.a]; gap == ", and" && (strings.HasSuffix(before, " with ") || strings.HasSuffix(before, " to ") || strings.HasSuffix(before, " from ")) {
			break
		}
		// ("X signed an agreement with A and its parent company B, and
		// Z signed": B too, the object of "with" in its clause.)
		if before := s.low[:orgs[k].a-s.a]; gap == ", and" && strings.Contains(before[strings.LastIndexByte(before, ',')+1:], " with ") {
			break
		}
		// "A, B ("B"), a subsidiary of C (IDX: CC), and D signed": C is
		// B's owner, named in B's apposition, no party; the list goes
		// on before the apposition.
		if before := s.low[:orgs[k].a-s.a]; (gap == ", and" || gap == ",") && k > 0 && ownerOfApposition(before) {
			if c := strings.LastIndex(before, ", "); c > 0 && s.at(c) > orgs[k-1].b {
				end = s.at(c) + 1
				continue
			}
		}
		out = append([]ment{orgs[k]}, out...)
		end = out[0].a
	}
	return out
}

// gapWithoutCountries returns the view text between a and b with a
// country named in possessive or as an adjective taken out: between "Kora"
// and "Daewon" in "Kora and South Korea's Daewon" it is "and".
func (r *relater) gapWithoutCountries(s *sentence, a, b int) string {
	gap := r.d.v.s[a:b]
	for _, m := range s.from(a - s.a) {
		if r.nonEmpty && m.a >= b {
			break // it ends after b, and so do those after it
		}
		if m.b <= b && r.kindOf(m) == entity.KindCountry {
			rest := strings.TrimPrefix(r.d.v.s[m.b:b], "'s")
			return strings.TrimSpace(r.d.v.s[a:m.a]) + " " + strings.TrimSpace(rest)
		}
	}
	return gap
}

// list returns the organisations of a list that starts at sentence-relative
// offset i: "Rio Tinto, an Australian producer, and the Japanese firms
// Mitsui and Nippon Steel". It stops at a verb of the main clause.
func (r *relater) list(s *sentence, i int) []ment {
	end := len(s.low)
	for _, stop := range []string{" is ", " are ", " was ", " were ", " will ", " has ", " have ", " said", " says", " intends", " plans", ";", " which ", " that ", " to "} {
		if k := strings.Index(s.low[i:], stop); k >= 0 && i+k < end {
			end = i + k
		}
	}
	// "a joint venture of A and B, signed ...": a comma before a verb in
	// lower case ends the list.
	for k := i; k < end; {
		c := strings.Index(s.low[k:end], ", ")
		if c < 0 {
			break
		}
		k += c + 2
		if k < end && isLower(r.d.v.s[s.at(k)]) {
			w := s.low[k:]
			if sp := strings.IndexByte(w, ' '); sp > 0 {
				w = w[:sp]
			}
			if !listWords[w] {
				end = k - 2
				break
			}
		}
	}
	ms := r.orgsIn(s, i, end)
	// "between A, the group's Shanghai-listed arm, and B": a possessive
	// in an apposition is no member.
	for k := 0; k < len(ms); k++ {
		if r.possessive(s, ms[k]) {
			ms = append(ms[:k:k], ms[k+1:]...)
			k--
		}
	}
	return ms
}

// clausedPair reads two firms from sentence-relative offset i, the first
// followed by a relative clause: "A, which holds 70 percent, and B".
func (r *relater) clausedPair(s *sentence, i int) (ment, ment, bool) {
	a, ok := r.orgRightAfter(s, i, 30)
	if !ok {
		return ment{}, ment{}, false
	}
	k := s.past(a)
	if !strings.HasPrefix(s.low[k:], ", which ") && !strings.HasPrefix(s.low[k:], ", with ") {
		return ment{}, ment{}, false
	}
	c := strings.Index(s.low[k+2:min(len(s.low), k+100)], ", and ")
	if c < 0 || strings.ContainsAny(s.low[k+2:k+2+c], ",;") {
		return ment{}, ment{}, false
	}
	b, ok := r.orgRightAfter(s, k+2+c+len(", and "), 40)
	if !ok || b.e == a.e {
		return ment{}, ment{}, false
	}
	return a, b, true
}

// listWords may follow a comma inside a list of firms: "A, B and C",
// "A, the group's arm, and B".
var listWords = map[string]bool{"and": true, "or": true, "the": true, "a": true, "an": true, "its": true, "both": true, "as": true}

// formerlyCues introduce a former name, each read on its own.
var formerlyCues = newCues(", previously known as ", ", formerly known as ", " (formerly known as ", " (formerly ",
	" (previously ", ", formerly ", ", previously called ", ", formerly called ", " formerly known as ", ", previously named ", ", formerly named ",
	", which was known as ", ", which was formerly known as ", ", which was called ", ", which was previously called ", ", once known as ", ", earlier known as ", ", earlier called ",
	// "Jinhae - which was called Samil Heavy Industries until 2019 -".
	" - which was called ", " - which was known as ", " - formerly known as ", " - formerly ", " - previously known as ",
	" was previously named ", " was previously called ", " was formerly named ", " was formerly called ",
	" was previously known as ", " was formerly known as ",
	// "since we were still called Y": the name the firm had then.
	" was still called ", " were still called ", " was then called ", " were then called ", " was still known as ", " were still known as ",
	// "The company, which was incorporated as Y in 1994, plans".
	", which was incorporated as ", " was incorporated as ", ", originally incorporated as ", ", incorporated as ",
	", which was founded as ", " was founded as ", ", founded as ",
	// "the mill that traded as Y until 2019".
	" that traded as ", ", which traded as ", " that operated as ", ", which operated as ",
	// "Tanami was listed as Tanami Petroleum NL until 2012".
	" was listed as ", " was known as ", " was called ")

func (r *relater) formerName(s *sentence) {
	for k, c := range formerlyCues.cues {
		i := s.findCue(0, formerlyCues, k)
		if i < 0 {
			continue
		}
		e := i + len(c)
		now, ok1 := r.orgRightBefore(s, i, 3)
		if ok1 {
			// "X, which is majority-owned by Y, was formerly known as":
			// the name closes a relative clause about X.
			before := s.low[:now.a-s.a]
			if w := strings.LastIndex(before, ", which "); w >= 0 && !strings.Contains(before[w+2:], ", ") && strings.HasPrefix(s.low[s.past(now):], ",") {
				if x, ok := r.orgRightBefore(s, s.beforeBrackets(w), 2); ok {
					now = x
				}
			}
		} else if c := strings.LastIndex(s.low[:i], ", "); c >= 0 && i-c < 64 && hasAnyPrefix(s.low[c+2:i], "the ", "a ", "an ", "its ") && !strings.ContainsAny(strings.TrimSuffix(s.low[c+2:i], ","), ",;(") {
			// "Y, the group's wholly owned trading arm, formerly known as
			// Z": the name before the apposition.
			if now, ok1 = r.orgRightBefore(s, c, 3); !ok1 {
				now, ok1 = r.subject(s, i)
			}
		} else {
			now, ok1 = r.subject(s, i)
		}
		old, ok2 := r.orgRightAfter(s, e, 3)
		// "Hebei Jinrong 25% (previously Sagami Shoji 25%)": the holder
		// before, with its share, is no former name.
		if ok2 && strings.HasPrefix(c, " (") {
			if rest := strings.TrimLeft(s.low[s.past(old):], " "); rest != "" && isDigit(rest[0]) {
				ok2 = false
			}
		}
		if ok1 && ok2 && now.e != old.e {
			r.add(entity.FormerName, now.e, old.e, s, nil)
		}
	}
	// "X, incorporated in Queensland on 9 April 2019 under the name Y;
	// name changed to its present name in 2022": X was founded as Y.
	// ("X was incorporated in 2004 under the name of Y and adopted its
	// present name in 2015".)
	if k := strings.Index(s.low, " under the name "); k > 0 {
		n := k + len(" under the name ")
		if strings.HasPrefix(s.low[n:], "of ") {
			n += len("of ")
		}
		for _, v := range []string{", incorporated ", ", registered ", ", established ", ", founded ", " was incorporated ", " was registered ", " was established ", " was founded "} {
			// (The verb may stand right before "under": its space is
			// the cue's.)
			w := strings.LastIndex(s.low[:k+1], v)
			if w < 0 || strings.ContainsAny(s.low[min(w+len(v), k):k], ";()") {
				continue
			}
			now, ok1 := r.orgRightBefore(s, s.beforeBrackets(w), 2)
			old, ok2 := r.orgRightAfter(s, n, 0)
			if ok1 && ok2 && now.e != old.e {
				r.add(entity.FormerName, now.e, old.e, s, nil)
			}
			break
		}
	}
	// "MERIDIAN ZINC HOLDINGS LIMITED / (formerly known as X)": a
	// filing's cover, the old name on the line under the name.
	for _, c := range []string{"(formerly known as ", "(previously known as ", "(formerly "} {
		if !strings.HasPrefix(s.low, c) {
			continue
		}
		var now ment
		ok := false
		if s.prev != nil && len(s.prev.ms) > 0 && r.isOrg(s.prev.ms[len(s.prev.ms)-1]) && s.a-s.prev.ms[len(s.prev.ms)-1].b <= 2 {
			now, ok = s.prev.ms[len(s.prev.ms)-1], true
		} else if e := r.theIssuer(); e >= 0 {
			now, ok = ment{e: e}, true
		}
		if old, ok2 := r.orgRightAfter(s, len(c), 3); ok && ok2 && now.e != old.e {
			r.add(entity.FormerName, now.e, old.e, s, nil)
		}
		break
	}
	// "X, which until 2021 was called Y, is": the same, the year first.
	// ("X, until 2024 known as Y,": so too without the verb.)
	for _, c := range []string{", which until ", ", until "} {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		e := i + len(c)
		for e < len(s.low) && isDigit(s.low[e]) {
			e++
		}
		if e == i+len(c) {
			continue
		}
		w := prefixOf(s.low[e:], " was called ", " was known as ", " was named ")
		if c == ", until " {
			w = prefixOf(s.low[e:], " known as ", " called ", " named ")
		}
		if w != "" {
			now, ok1 := r.orgRightBefore(s, s.beforeBrackets(i), 2)
			old, ok2 := r.orgRightAfter(s, e+len(w), 3)
			if ok1 && ok2 && now.e != old.e {
				r.add(entity.FormerName, now.e, old.e, s, nil)
			}
		}
		break
	}
	// "The group, known as Y until 2016, produced ...": Y is the name
	// it had until then.
	for _, c := range []string{", known as ", ", called "} {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		old, ok := r.orgRightAfter(s, i+len(c), 0)
		if !ok {
			continue
		}
		if p := s.past(old); !strings.HasPrefix(s.low[p:], " until ") || p+len(" until ") >= len(s.low) || !isDigit(s.low[p+len(" until ")]) {
			continue
		}
		now, ok := r.orgRightBefore(s, s.beforeBrackets(i), 2)
		if !ok && hasAnyPrefix(s.low, "the group,", "the company,", "the firm,") && len(s.low) > i && i <= len("the company") {
			now, ok = r.antecedent(s)
		}
		if ok && now.e != old.e {
			r.add(entity.FormerName, now.e, old.e, s, nil)
		}
		break
	}
	// "X, the smelter known until 2019 as Y, said": Y is X's former name.
	for n, from := 0, 0; n < 4; n++ {
		i := s.find(from, "known until ")
		if i < 0 {
			break
		}
		from = i + 1
		e := i + len("known until ")
		for e < len(s.low) && isDigit(s.low[e]) {
			e++
		}
		if !strings.HasPrefix(s.low[e:], " as ") || s.negated(0, i) {
			continue
		}
		old, ok1 := r.orgRightAfter(s, e+len(" as "), 3)
		now, ok2 := r.subject(s, i)
		if !ok2 && i == 0 && s.prev != nil {
			// "Known until 2019 as Y, it has spent": the firm the
			// sentence before is about.
			now, ok2 = r.firstOrg(s.prev, len(s.prev.low))
		}
		if ok1 && ok2 && old.e != now.e {
			r.add(entity.FormerName, now.e, old.e, s, nil)
		}
	}
	// "X, the steelmaker that until last April traded as Y": Y is X's
	// former name.
	for _, c := range []string{" traded as ", " operated as ", " used to trade as ", " used to be called ", " used to be known as ", " used to operate as "} {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		before := s.low[max(0, i-32):i]
		if !strings.HasPrefix(c, " used to ") && !strings.Contains(before, "until ") && !strings.Contains(before, "previously") && !strings.Contains(before, "formerly") {
			continue
		}
		old, ok1 := r.orgRightAfter(s, i+len(c), 3)
		now, ok2 := r.subject(s, i)
		// "X was created through the spin-off of a unit of Z, and until
		// 2024 traded as Y": the second verb of the sentence's subject.
		if a := strings.LastIndex(s.low[:i], ", and "); a >= 0 && !strings.ContainsAny(s.low[a+len(", and "):i], ",;") && strings.Contains(s.low[a:i], "until ") {
			if first, ok := r.firstOrg(s, a); ok && first.a == s.a {
				now, ok2 = first, true
			}
		}
		if ok1 && ok2 && old.e != now.e {
			r.add(entity.FormerName, now.e, old.e, s, nil)
		}
	}
	// "X, known as Y until a rebranding in 2023", "X was called Y until
	// 2017": Y is X's former name.
	for _, cue := range []string{", known as ", " was called ", " was known as ", " was named "} {
		r.calledUntil(s, cue)
	}
	// "changed its name from Y to X", "X was renamed from Y", "Y was renamed X".
	if i, e, ok := s.cue(0, renamedFromCues); ok {
		old, ok2 := r.orgRightAfter(s, e, 3)
		if !ok2 {
			return
		}
		if j, je, ok := s.cue(e, toCue); ok && old.b <= s.at(j) && s.at(j)-old.b <= 12 {
			if now, ok := r.orgRightAfter(s, je, 3); ok {
				r.add(entity.FormerName, now.e, old.e, s, nil)
				return
			}
		}
		if now, ok := r.subject(s, i); ok {
			r.add(entity.FormerName, now.e, old.e, s, nil)
		}
		return
	}
	// "The company changed its name to X from Y in 2019".
	if i, e, ok := s.cue(0, nameChangedToCues); ok {
		now, ok1 := r.orgRightAfter(s, e, 3)
		if !ok1 {
			return
		}
		// (Not "to X from 1 January": a date.)
		if _, fe, ok := s.cue(now.b-s.a, fromCue); ok && fe-(now.b-s.a) <= len(" from ") {
			if old, ok := r.orgRightAfter(s, fe, 3); ok {
				r.add(entity.FormerName, now.e, old.e, s, nil)
				return
			}
		}
		// "Y has changed its name to X": the subject is the old name,
		// unless it is a reference to X itself ("The company"), or will
		// be, once the rename is done.
		if old, ok := r.subject(s, i); ok && old.e != now.e && !s.negated(0, i) {
			r.add(entity.FormerName, now.e, old.e, s, nil)
		}
		return
	}
	// "X, which renamed itself from Y in 2019".
	if i, e, ok := s.cue(0, renamedItselfFromCue); ok {
		now, ok1 := r.orgRightBefore(s, strings.LastIndex(s.low[:i], ","), 1)
		if !ok1 {
			now, ok1 = r.subject(s, i)
		}
		if old, ok2 := r.orgRightAfter(s, e, 3); ok1 && ok2 {
			r.add(entity.FormerName, now.e, old.e, s, nil)
		}
		return
	}
	// "X (SZSE: 300963) will from 14 September trade as Y": a date
	// between the verb and its auxiliary.
	if t := strings.Index(s.low, " trade as "); t > 0 {
		if w := strings.LastIndex(s.low[max(0, t-30):t], " will "); w >= 0 {
			w += max(0, t-30)
			if mid := s.low[w+len(" will ") : t]; hasAnyPrefix(mid, "from ", "on ", "starting ") && !strings.ContainsAny(mid, ",;") {
				old, ok1 := r.orgRightBefore(s, s.beforeBrackets(w), 3)
				now, ok2 := r.orgRightAfter(s, t+len(" trade as "), 3)
				if ok1 && ok2 && old.e != now.e {
					r.add(entity.FormerName, now.e, old.e, s, nil)
					return
				}
			}
		}
	}
	if i, e, ok := s.cue(0, wasRenamedCues); ok {
		// "X (HNX: SHF) will trade as Y": the code between.
		old, ok1 := r.orgRightBefore(s, s.beforeBrackets(i), 3)
		now, ok2 := r.orgRightAfter(s, e, 3)
		// "X is now Y." names Y alone; not "The firm is now Y's
		// second-largest shareholder".
		if ok1 && ok2 && strings.HasPrefix(s.low[i:], " is now ") {
			rest := s.low[s.past(now):]
			ok2 = !r.possessive(s, now) && (rest == "" || rest[0] == '.' || rest[0] == ',' || strings.HasPrefix(rest, " (")) && !strings.HasPrefix(s.low[old.a-s.a:], "the ")
		}
		if ok1 && ok2 {
			r.add(entity.FormerName, now.e, old.e, s, nil)
		}
	}
}

// unitWords name a company's subsidiary.
var unitWords = []string{"wholly-owned subsidiary", "wholly owned subsidiary", "wholly-owned unit", "wholly owned unit",
	"subsidiary", "unit", "affiliate", "arm", "division", "subsidiaries",
	// "a wholly owned step-down subsidiary of the Company": owned
	// through another unit, a subsidiary still.
	"wholly owned step-down subsidiary", "wholly-owned step-down subsidiary", "step-down subsidiary"}

// acquiredBy reads the passive "A 22% stake in Y was acquired by X in
// 2024", "Y was bought by X": X acquires Y (and the stake the words
// before the verb at i give). by is where the buyer's name may start.
func (r *relater) acquiredBy(s *sentence, i, by int) {
	before := strings.TrimRight(s.low[:i], " ")
	if !strings.HasSuffix(before, " was") && !strings.HasSuffix(before, " were") && !strings.HasSuffix(before, " is") && !strings.HasSuffix(before, " been") && !strings.HasSuffix(before, " be") {
		return
	}
	buyer, ok := r.orgRightAfter(s, by, 1)
	if !ok {
		return
	}
	at := strings.LastIndexByte(before, ' ')
	// "Y will be bought by X", "Y has been acquired by X": past the
	// modal too.
	for _, m := range []string{" will", " has", " have", " had", " would", " is to", " was to", " could"} {
		if strings.HasSuffix(before[:max(0, at)], m) {
			at -= len(m)
			break
		}
	}
	target, ok := r.orgRightBefore(s, s.beforeBrackets(max(0, at)), 1)
	if !ok || target.e == buyer.e {
		return
	}
	var set func(*article.Relation)
	// "A 22% stake in Y": the share bought.
	if k := strings.Index(before, " stake in "); k >= 0 && s.at(k+len(" stake in ")) == target.a {
		for _, w := range []string{"a ", "an "} {
			if j := strings.LastIndex(before[:k], w); j >= 0 {
				if p, _, ok := s.percentAt(j + len(w)); ok {
					set = withPercent(p)
				}
			}
		}
		r.add(entity.StakeIn, buyer.e, target.e, s, set)
		// "The stake in Y will be bought by X. Z will keep the remaining
		// 65%": shares of Y.
		r.owned, r.ownedIn = target, s
	}
	r.add(entity.Acquisition, buyer.e, target.e, s, set)
}

// throughAUnit reads "X moved into batteries through a unit, Y, which
// makes cathodes": Y is X's unit.
func (r *relater) throughAUnit(s *sentence) {
	if s.find(0, " through a ") < 0 {
		return
	}
	for _, c := range []string{" through a unit, ", " through a subsidiary, ", " through a wholly owned unit, ", " through a wholly owned subsidiary, ", " through a wholly-owned subsidiary, "} {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		child, ok1 := r.orgRightAfter(s, i+len(c), 1)
		parent, ok2 := r.subject(s, i)
		if !ok2 {
			parent, ok2 = r.antecedent(s)
		}
		if ok1 && ok2 && child.e != parent.e {
			r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
		}
		return
	}
}

// setUpUnitVerbs create a firm of one's own.
var setUpUnitVerbs = []string{" set up a ", " established a ", " created a ", " launched a ", " incorporated a ", " formed a "}

// setUpUnit reads a unit a firm set up and names after its kind: "Hanbit
// also set up a Singapore-based trading unit, Hanbit Resources Trading
// Pte Ltd, to buy concentrate": Y is the firm's subsidiary.
func (r *relater) setUpUnit(s *sentence) {
	for _, c := range setUpUnitVerbs {
		i := s.find(0, c)
		if i < 0 {
			continue
		}
		rest := s.low[i+len(c) : min(len(s.low), i+len(c)+48)]
		k := strings.Index(rest, ", ")
		if k < 0 || strings.ContainsAny(rest[:k], ",;") || !slices.ContainsFunc([]string{"unit", "subsidiary", "arm"}, func(u string) bool { return rest[:k] == u || strings.HasSuffix(rest[:k], " "+u) }) {
			return
		}
		at := i + len(c) + k + len(", ")
		unit, ok := r.orgRightAfter(s, at, 0)
		if !ok || unit.a != s.at(at) || s.negated(0, i) {
			return
		}
		parent, ok := r.subject(s, i)
		if !ok {
			parent, ok = r.antecedent(s)
		}
		if ok && parent.e != unit.e {
			r.add(entity.SubsidiaryOf, unit.e, parent.e, s, nil)
		}
		return
	}
}

// ownedByPartners reads "V is owned equally by the partners" after the
// joint venture of two firms: each holds half of V.
func (r *relater) ownedByPartners(s *sentence) {
	if !r.hasJV {
		return
	}
	for _, c := range []string{" owned equally by the partners", " owned equally by the two", " owned equally by both", " owned 50:50 by the partners", " owned 50-50 by the partners"} {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		v, ok := r.subject(s, i)
		if !ok || v.e == r.lastJV[0] || v.e == r.lastJV[1] {
			return
		}
		half := withPercent(decimal.NewFromInt(50))
		r.add(entity.StakeIn, r.lastJV[0], v.e, s, half)
		r.add(entity.StakeIn, r.lastJV[1], v.e, s, half)
		return
	}
}

// ventureNamed reads the venture named in the sentence after the one
// that formed it with its shares: "A and B signed an agreement to set up
// a 50:50 joint venture. The joint venture company, V, will invest":
// each partner holds its share of V.
func (r *relater) ventureNamed(s *sentence) {
	p := s.prev
	if p == nil {
		return
	}
	head := prefixOf(s.low, "the joint venture company, ", "the joint venture, ", "the venture, ", "the new company, ", "the venture company, ")
	if head == "" {
		return
	}
	v, ok := r.orgRightAfter(s, len(head), 1)
	if !ok || v.e == r.lastJV[0] || v.e == r.lastJV[1] {
		return
	}
	k := strings.Index(p.low, "venture")
	if k < 0 {
		return
	}
	x, y, ok := ratioParts(p.low[:k])
	if !ok {
		return
	}
	r.add(entity.StakeIn, r.lastJV[0], v.e, s, withPercent(decimal.NewFromInt(int64(x))))
	r.add(entity.StakeIn, r.lastJV[1], v.e, s, withPercent(decimal.NewFromInt(int64(y))))
}

// formCues say that firms form another.
var formCues = newCues("set up ", "formed ", "form ", "established ", "establish ")

// setUpBy reads "A and B have set up V": a firm two others form is
// their joint venture.
func (r *relater) setUpBy(s *sentence) {
	i, e, ok := s.cue(0, formCues)
	if !ok || i == 0 || s.negated(0, i) {
		return
	}
	v, ok := r.orgRightAfter(s, e, 1)
	if !ok {
		return
	}
	var ps []ment
	for _, p := range r.partiesBefore(s, i) {
		if p.e != v.e && !slices.ContainsFunc(ps, func(m ment) bool { return m.e == p.e }) {
			ps = append(ps, p)
		}
	}
	if len(ps) == 2 {
		r.add(entity.JointVenture, ps[0].e, ps[1].e, s, nil)
		r.owned, r.ownedIn = v, s
		return
	}
	// "Last year we set up V with Y of Japan": the subject and Y are
	// partners in V, whose shares the next sentence may give.
	if rest := s.low[s.past(v):]; len(ps) == 1 && strings.HasPrefix(rest, " with ") {
		if y, ok := r.orgRightAfter(s, s.past(v)+len(" with "), 1); ok && y.e != ps[0].e && y.e != v.e {
			r.add(entity.JointVenture, ps[0].e, y.e, s, nil)
			r.owned, r.ownedIn = v, s
		}
	}
}

// newUnit reads a unit made in the sentence before and named in this
// one: "X will split off its plate division into a new wholly owned
// subsidiary. The new company, Y, will take over the mill": Y is X's.
func (r *relater) newUnit(s *sentence) {
	p := s.prev
	if p == nil {
		return
	}
	head := prefixOf(s.low, "the new company, ", "the new subsidiary, ", "the new unit, ", "the new entity, ")
	if head == "" {
		return
	}
	unit, ok := r.orgRightAfter(s, len(head), 1)
	if !ok {
		return
	}
	for _, c := range []string{" new wholly owned subsidiary", " new wholly-owned subsidiary", " new subsidiary", " new unit", " new wholly owned unit"} {
		i := strings.Index(p.low, c)
		if i < 0 || p.negated(0, i) {
			continue
		}
		if parent, ok := r.subject(p, i); ok && parent.e != unit.e {
			r.add(entity.SubsidiaryOf, unit.e, parent.e, s, nil)
		}
		return
	}
}

// brandUnit reads "X, a wholly owned unit that buys coal for the group":
// a unit whose parent the text does not name there is the company whose
// name begins with the same word as X's ("Hokuso Fuel Trading" of
// "Hokuso Electric Power"), when one company alone does.
func (r *relater) brandUnit(s *sentence) {
	for _, m := range s.ms {
		rel := m.b - s.a
		if r.isOrg(m) {
			rel += skipBrackets(s.low[rel:]) // "X (新隆鋁業), a wholly owned subsidiary"
			// "CNM Ore Marketing, Inc., a wholly owned subsidiary".
			for _, l := range []string{", inc.", ", ltd.", ", llc", ", corp."} {
				if strings.HasPrefix(s.low[rel:], l) {
					rel += len(l)
					break
				}
			}
		}
		if !r.isOrg(m) || !strings.HasPrefix(s.low[rel:], ", a ") {
			continue
		}
		rest := s.low[rel+len(", a "):]
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "wholly owned "), "wholly-owned ")
		// "a Singapore-based subsidiary", "a Hong Kong-registered unit".
		for n := 0; n < 3; n++ {
			w, after, _ := strings.Cut(rest, " ")
			if !strings.HasSuffix(w, "-based") && !strings.HasSuffix(w, "-registered") && !strings.HasSuffix(w, "-incorporated") && w != "hong" {
				break
			}
			rest = after
		}
		w, after, _ := strings.Cut(rest, " ")
		w = strings.TrimRight(w, ".,;")
		if w != "unit" && w != "subsidiary" && w != "arm" || strings.HasPrefix(after, "of ") {
			continue
		}
		name := r.a.Entities[m.e].Name
		brand, _, ok := strings.Cut(name, " ")
		if !ok || len(brand) < 3 || r.brandUnits >= maxBrandUnits {
			continue
		}
		r.brandUnits++
		parent := -1
		for e := range r.a.Entities {
			x := &r.a.Entities[e]
			if e == m.e || x.Kind != entity.KindCompany || !strings.HasPrefix(x.Name, brand+" ") {
				continue
			}
			if parent >= 0 {
				parent = -2
				break
			}
			parent = e
		}
		if parent >= 0 {
			r.add(entity.SubsidiaryOf, m.e, parent, s, nil)
			continue
		}
		// "X sells to Y through Z, a wholly owned subsidiary that ...":
		// the unit of the company that sells through it.
		if strings.HasSuffix(s.low[:m.a-s.a], " through ") {
			if owner, ok := r.firstOrg(s, m.a-s.a); ok && owner.e != m.e {
				r.add(entity.SubsidiaryOf, m.e, owner.e, s, nil)
			}
		}
	}
}

// describedUnitOf reads "X, a Hong Kong-registered subsidiary of Y": a
// unit word after words that describe it, which the cues of
// unitOfCues, written whole, do not hold.
func (r *relater) describedUnitOf(s *sentence) {
	for n, from := 0, 0; n < 4 && from < len(s.low); n++ {
		j := -1
		w := ""
		for _, u := range []string{" subsidiary of ", " unit of ", " arm of ", " affiliate of "} {
			if k := strings.Index(s.low[from:], u); k >= 0 && (j < 0 || from+k < j) {
				j, w = from+k, u
			}
		}
		if j < 0 {
			return
		}
		from = j + len(w)
		c := strings.LastIndex(s.low[max(0, j-50):j], ", a")
		if c < 0 {
			r.isTheUnitOf(s, j, from)
			continue
		}
		c += max(0, j-50)
		between := s.low[c+len(", a") : j]
		between = strings.TrimPrefix(strings.TrimPrefix(between, "n"), " ")
		// Only words that describe: no clause, no verb of its own.
		if between == "" || strings.ContainsAny(between, ",;()") || strings.Count(between, " ") > 3 || !strings.Contains(between, "-") && !strings.Contains(between, "owned") && !strings.Contains(between, "registered") && !strings.Contains(between, "listed") {
			continue
		}
		child, ok1 := r.orgRightBefore(s, s.beforeBrackets(c), 3)
		parent, ok2 := r.orgRightAfter(s, from, 3)
		if !ok2 {
			parent, ok2 = r.describedAntecedent(s, from)
		}
		if ok1 && ok2 && child.e != parent.e {
			r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
		}
	}
}

// saidTheUnit reads "X said the unit, Y, produced ...": the unit the
// firm that speaks tells of is its own.
func (r *relater) saidTheUnit(s *sentence) {
	for _, c := range []string{" said the unit, ", " said the subsidiary, ", " says the unit, ", " says the subsidiary, "} {
		i := s.find(0, c)
		if i < 0 {
			continue
		}
		parent, ok1 := r.orgRightBefore(s, s.beforeBrackets(i), 1)
		child, ok2 := r.orgRightAfter(s, i+len(c), 1)
		if ok1 && ok2 && parent.e != child.e && strings.HasPrefix(s.low[s.past(child):], ",") {
			r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
		}
		return
	}
}

// whoseParentCues open a clause that names the parent of the firm before
// them.
var whoseParentCues = []string{", whose parent is ", ", whose parent company is ", ", whose parent, ", ", whose parent company, "}

// whoseParent reads "X, whose parent is the county government's Y,": X
// is Y's subsidiary.
func (r *relater) whoseParent(s *sentence) {
	for _, c := range whoseParentCues {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		// ("the Zouping county government's Y": rightAfter goes past
		// an owner the text names with no entity.)
		child, ok1 := r.orgRightBefore(s, s.beforeBrackets(i), 1)
		parent, ok2 := r.orgRightAfter(s, i+len(c), 3)
		if ok1 && ok2 && child.e != parent.e {
			r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
		}
		return
	}
}

// isTheUnitOf reads "X is the smelting arm of Seoul-based Y", "X is a
// wholly owned Singapore unit of Y": a few words of trade or kind
// between the copula and the unit word at j; the parent's name starts
// at or after from, past one word of place ("Seoul-based").
func (r *relater) isTheUnitOf(s *sentence, j, from int) {
	before := s.low[max(0, j-40):j]
	c := -1
	for _, cop := range []string{" is the ", " is a ", " is an ", " remains the ", " was the "} {
		if k := strings.LastIndex(before, cop); k >= 0 && k > c {
			c = k + len(cop)
		}
	}
	if c < 0 {
		return
	}
	between := before[c:]
	if between == "" || strings.ContainsAny(between, ",;()\"") || strings.Count(between, " ") > 2 {
		return
	}
	i := max(0, j-40) + c
	if s.negated(0, i) {
		return
	}
	at := from
	if k := strings.IndexByte(s.low[at:], ' '); k > 0 && k < 24 && placeAdjective(s.low[at:at+k]) {
		at += k + 1
	}
	parent, ok1 := r.orgRightAfter(s, at, 3)
	child, ok2 := r.subject(s, i)
	if ok1 && ok2 && child.e != parent.e {
		r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
	}
}

// describedAntecedent reads "the refiner", "the miner" at sentence-relative
// offset i: the company the sentences before name first, when the entity
// step left the words unresolved.
func (r *relater) describedAntecedent(s *sentence, i int) (ment, bool) {
	rest := s.low[i:]
	if !strings.HasPrefix(rest, "the ") {
		return ment{}, false
	}
	w, _, _ := strings.Cut(rest[len("the "):], " ")
	w = strings.TrimRight(w, ".,;")
	if !anaphoraHeads[w] {
		return ment{}, false
	}
	return r.antecedent(s)
}

// brandParent returns the company other than child whose name opens
// with the word child's does ("Satmala Steel" for "Satmala Resources"),
// when there is one such and it is not otherwise; or otherwise.
func (r *relater) brandParent(child, otherwise int) int {
	brand, _, _ := strings.Cut(r.a.Entities[child].Name, " ")
	if len(brand) < 3 || strings.HasPrefix(r.a.Entities[otherwise].Name, brand+" ") || r.brandUnits >= maxBrandUnits {
		return otherwise
	}
	r.brandUnits++ // a pass over the entities: a few per article at most
	found := -1
	for k := range r.a.Entities {
		e := &r.a.Entities[k]
		if k == child || e.Kind != entity.KindCompany || !strings.HasPrefix(e.Name, brand+" ") {
			continue
		}
		if found >= 0 {
			return otherwise
		}
		found = k
	}
	if found < 0 {
		return otherwise
	}
	return found
}

// lettersOnly reports a word of lower-case ASCII letters.
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// shareOwnedUnit reads "X is at present a 55 per cent-owned subsidiary
// of Y", "X, a 70%-owned unit of Y": a unit described by its parent's
// share.
func (r *relater) shareOwnedUnit(s *sentence) {
	if !strings.Contains(s.low, "owned ") {
		return
	}
	for _, c := range []string{"-owned subsidiary of ", "-owned unit of ", " owned subsidiary of ", "-owned affiliate of "} {
		// (Read without the word index: "70%-owned" is one word there.)
		i := s.scan(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		// The share and the article before it: "a 55 per cent".
		before := s.low[max(0, i-24):i]
		a := max(strings.LastIndex(before, " a "), strings.LastIndex(before, " an "))
		if a < 0 || !strings.ContainsAny(before[a:], "0123456789") {
			continue
		}
		parent, ok := r.orgRightAfter(s, i+len(c), 3)
		if !ok {
			continue
		}
		at := max(0, i-24) + a
		var child ment
		if k := strings.LastIndex(s.low[:at+1], ", "); k >= 0 && at-k < 4 {
			// "X, a 70%-owned unit of Y".
			child, ok = r.orgRightBefore(s, s.beforeBrackets(k), 1)
		} else {
			child, ok = r.subject(s, at)
		}
		if ok && child.e != parent.e {
			r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
			// The parent holds the share it owns: "a 65%-owned
			// subsidiary of Y".
			if d := strings.IndexAny(s.low[at:i], "0123456789"); d >= 0 {
				if p, _, ok := s.percentAt(at + d); ok {
					r.add(entity.StakeIn, parent.e, child.e, s, withPercent(p))
				}
			}
		}
	}
}

// unitAfter reads "a wholly owned subsidiary of " at the start of t and
// returns its length, or 0.
func unitAfter(t string) int {
	for _, a := range []string{"a ", "an "} {
		if !strings.HasPrefix(t, a) {
			continue
		}
		// "an indirect non-wholly-owned subsidiary of": a few words of
		// kind before the unit word.
		at := len(a)
		for words := 0; words < 4; words++ {
			rest := t[at:]
			// "an equity-method affiliate of", "an associate": a firm
			// the owner does not control.
			if hasAnyPrefix(rest, "equity-method ", "equity method ", "equity-accounted ", "associated ") {
				return 0
			}
			for _, w := range unitWords {
				if strings.HasPrefix(rest, w+" of ") {
					return at + len(w) + len(" of ")
				}
			}
			k := strings.IndexByte(rest, ' ')
			if k <= 0 || !lettersOrHyphens(rest[:k]) {
				break
			}
			at += k + 1
		}
	}
	return 0
}

// lettersOrHyphens reports a word of lower-case ASCII letters and
// hyphens.
func lettersOrHyphens(w string) bool {
	for i := 0; i < len(w); i++ {
		if (w[i] < 'a' || w[i] > 'z') && w[i] != '-' {
			return false
		}
	}
	return w != ""
}

// whichBoughtIt reads "X is a subsidiary of Y, which bought the company
// in 2024": Y acquired X, the firm the sentence opens with.
func (r *relater) whichBoughtIt(s *sentence) {
	i := -1
	for _, c := range []string{", which bought the company", ", which acquired the company", ", which took over the company", ", which bought it ", ", which acquired it "} {
		if k := s.find(0, c); k >= 0 {
			i = k
			break
		}
	}
	if i < 0 || s.negated(0, i) || len(s.ms) == 0 || s.ms[0].a != s.a || !r.isOrg(s.ms[0]) {
		return
	}
	buyer, ok := r.orgRightBefore(s, s.beforeBrackets(i), 2)
	if target := s.ms[0]; ok && buyer.e != target.e && buyer.a > target.b {
		r.add(entity.Acquisition, buyer.e, target.e, s, nil)
	}
}

// financeGiven reports whether t, the words after "provide Y with", give
// money rather than goods: "a US$60 million prepayment facility",
// "funding", "a loan".
func financeGiven(t string) bool {
	if k := strings.IndexAny(t, ",;"); k >= 0 {
		t = t[:k]
	}
	t = t[:min(len(t), 80)]
	for _, w := range []string{"facility", "loan", "financing", "finance", "funding", "funds", "prepayment", "credit", "guarantee", "capital", "equity", "support", "technical", "technology", "services"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// itsSuppliersAre reads "Its largest suppliers are A and B": each
// supplies the firm "its" stands for, the one of the sentences before.
func (r *relater) itsSuppliersAre(s *sentence) {
	rest, ok := strings.CutPrefix(s.low, "its ")
	if !ok {
		return
	}
	for _, a := range []string{"largest ", "biggest ", "main ", "key ", "major ", "two largest ", "two main ", "three largest ", "three main "} {
		if strings.HasPrefix(rest, a) {
			rest = rest[len(a):]
			break
		}
	}
	c := prefixOf(rest, "suppliers are ", "supplier is ", "suppliers include ")
	if c == "" || s.negated(0, len(s.low)-len(rest)) {
		return
	}
	buyer, ok := r.antecedent(s)
	if !ok {
		return
	}
	for _, m := range r.list(s, len(s.low)-len(rest)+len(c)) {
		if m.e != buyer.e {
			r.add(entity.SupplierOf, m.e, buyer.e, s, nil)
		}
	}
}

// boughtFromUnder reads goods told of in the passive as bought from a
// seller under a contract, the buyer the firm of the sentences before:
// "X expects to need 3.1 Mt of acid. The balance will be purchased from
// third parties, including Y, under a contract for up to 0.9 Mt a year":
// Y supplies X, under a supply agreement.
func (r *relater) boughtFromUnder(s *sentence) {
	i, e := -1, 0
	for _, c := range []string{" will be purchased from ", " will be bought from ", " will be sourced from ", " is purchased from ", " are purchased from ",
		" is bought from ", " are bought from ", " is sourced from ", " are sourced from ", " was purchased from ", " were purchased from "} {
		if k := s.find(0, c); k >= 0 {
			i, e = k, k+len(c)
			break
		}
	}
	if i < 0 || s.negated(0, i) || len(r.orgsBefore(s, i, maxBack)) > 0 {
		return
	}
	if p := prefixOf(s.low[e:], "third parties, including ", "third parties including ", "suppliers including ", "suppliers such as ", "third-party suppliers, including "); p != "" {
		e += len(p)
	}
	seller, ok := r.orgRightAfter(s, e, 0)
	if !ok {
		return
	}
	rest := strings.TrimPrefix(s.low[s.past(seller):], ",")
	if !hasAnyPrefix(rest, " under a contract", " under an agreement", " under a supply ", " under a long-term ", " under an offtake ") {
		return
	}
	buyer, ok := r.antecedent(s)
	if !ok || buyer.e == seller.e || r.kindOf(buyer) != entity.KindCompany {
		return
	}
	r.add(entity.Agreement, seller.e, buyer.e, s, func(rel *article.Relation) { rel.Type = "supply" })
	r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
}

// suppliedToBy reads the passive "Ore is supplied to Y by X": X
// supplies Y.
func (r *relater) suppliedToBy(s *sentence) {
	for _, c := range []string{" supplied to ", " delivered to ", " shipped to ", " sold to "} {
		i := s.find(0, c)
		if i < 0 {
			continue
		}
		before := s.low[:i]
		if !strings.HasSuffix(before, " is") && !strings.HasSuffix(before, " are") && !strings.HasSuffix(before, " was") && !strings.HasSuffix(before, " were") && !strings.HasSuffix(before, " been") && !strings.HasSuffix(before, " be") {
			continue
		}
		if s.negated(0, i) {
			return
		}
		buyer, ok := r.orgRightAfter(s, i+len(c), 1)
		if !ok {
			return
		}
		at := s.past(buyer)
		if !strings.HasPrefix(s.low[at:], " by ") {
			return
		}
		seller, ok := r.orgRightAfter(s, at+len(" by "), 1)
		if ok && seller.e != buyer.e {
			r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
			// "... by Y under a supply agreement signed in 2025": the
			// deal between them.
			if rest := s.low[s.past(seller):]; hasAnyPrefix(rest, " under a ", " under an ", " under the ") {
				w := rest[:min(len(rest), 48)]
				if k := strings.IndexAny(w, ",;"); k >= 0 {
					w = w[:k]
				}
				if strings.Contains(w, " agreement") || strings.Contains(w, " contract") {
					r.add(entity.Agreement, buyer.e, seller.e, s, func(rel *article.Relation) { rel.Type = agreementType(w) })
				}
			}
		}
		return
	}
}

// suppliedBy reads a passive supply verb at i whose sellers, a list,
// start at by: "X consumed 1,150 t, most of it supplied by A and by B",
// "X's smelter is supplied by A", "the ore was sold by A to Y". The
// buyer is the one named after "to", or else the subject when the verb
// follows "it", "them" or a form of "be" and no one is reported as
// saying it ("X said the ore was supplied by A" is no purchase by X).
func (r *relater) suppliedBy(s *sentence, i, by int) {
	if s.negated(0, i) || rumoured(s.low[:i]) {
		return
	}
	first, ok := r.orgRightAfter(s, by, 1)
	if !ok {
		return
	}
	sellers := r.listFrom(s, first)
	var buyer ment
	if b, ok := r.orgRightAfter(s, s.past(sellers[len(sellers)-1]), 1); ok && strings.HasPrefix(s.low[s.past(sellers[len(sellers)-1]):], " to ") {
		buyer = b
	} else {
		before := strings.TrimRight(s.low[:i], " ")
		w := before[strings.LastIndexByte(before, ' ')+1:]
		switch w {
		case "it", "them", "is", "are", "was", "were", "been", "be":
		default:
			return
		}
		// (The subject may stand in a sentence before: "It was supplied
		// by A" after one that names the firm.)
		if buyer, ok = r.subject(s, i); !ok || slices.ContainsFunc([]string{" said ", " says ", " say "}, func(c string) bool { return strings.Contains(s.low[min(i, max(0, buyer.b-s.a)):i], c) }) {
			return
		}
	}
	for _, seller := range sellers {
		if seller.e != buyer.e && r.isOrg(seller) {
			r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
		}
	}
}

// isCustomerOf reads "X is also Y's only customer": Y supplies X.
func (r *relater) isCustomerOf(s *sentence) {
	if s.find(0, "customer") < 0 && s.find(0, "buyer") < 0 && s.find(0, "offtaker") < 0 {
		return
	}
	for _, c := range []string{" is also ", " is ", " remains ", " was "} {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i+len(c)) {
			continue
		}
		seller, ok := r.orgRightAfter(s, i+len(c), 1)
		// ("Y is our anchor customer", in an interview's answer: "our"
		// stands for the speaker's firm.)
		our := ok && strings.HasPrefix(s.low[seller.a-s.a:], "our ") && seller.b-seller.a == len("our")
		if !ok || !r.possessive(s, seller) && !our {
			return
		}
		rest := s.low[seller.b-s.a+len("'s "):]
		if our {
			rest = s.low[seller.b-s.a+len(" "):]
		}
		for _, a := range []string{"only ", "sole ", "main ", "biggest ", "largest ", "key ", "exclusive ", "major ", "second-largest ", "anchor "} {
			rest = strings.TrimPrefix(rest, a)
		}
		if !strings.HasPrefix(rest, "customer") && !strings.HasPrefix(rest, "buyer") && !strings.HasPrefix(rest, "offtaker") {
			return
		}
		buyer, ok := r.orgRightBefore(s, i, 1)
		if ok && buyer.e != seller.e {
			r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
		}
		return
	}
}

// findEither returns where the sentence first holds cue a, or else cue
// b; -1 where it holds neither.
func (s *sentence) findEither(a, b string) int {
	if i := s.find(0, a); i >= 0 {
		return i
	}
	return s.find(0, b)
}

// bracketRoles reads the roles a filing gives the parties of a supply
// agreement in brackets: "X (as seller) entered into a coking coal supply
// framework agreement with Y (as purchaser)": X supplies Y. A deal for
// shares ("(as vendor)", "sale and purchase agreement" of shares) is no
// supply.
func (r *relater) bracketRoles(s *sentence) {
	sell, buy := s.findEither("(as seller)", "(as supplier)"), s.findEither("(as purchaser)", "(as buyer)")
	if sell < 0 || buy < 0 || s.find(0, "supply") < 0 || s.find(0, "share") >= 0 || s.negated(0, max(sell, buy)) {
		return
	}
	seller, ok := r.orgRightBefore(s, sell, 2)
	if !ok {
		return
	}
	buyer, ok := r.orgRightBefore(s, buy, 2)
	// ('Y ("Y Short") (as purchaser)': the defined short name between.)
	if !ok {
		buyer, ok = r.orgRightBefore(s, s.beforeBrackets(buy), 2)
	}
	if ok && buyer.e != seller.e {
		r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
	}
}

// heldByList reads "the remaining interests in Y will be held by A
// (60.0%) and B (25.0%)": each owner of the list holds the share in
// brackets after its name.
func (r *relater) heldByList(s *sentence) {
	b, e, ok := s.cue(0, heldByListCues)
	if !ok || s.negated(0, b) {
		return
	}
	// The owned firm: right after "interests in", "interest in",
	// "shares of" before the cue.
	before := s.low[:b]
	k := -1
	for _, w := range []string{"interests in ", "interest in ", "shares of ", "shares in ", "equity of "} {
		if i := strings.LastIndex(before, w); i >= 0 && i+len(w) > k {
			k = i + len(w)
		}
	}
	if k < 0 {
		return
	}
	owned, ok := r.orgRightAfter(s, k, 4)
	if !ok || s.past(owned) > b+1 {
		return
	}
	for _, m := range r.list(s, e) {
		at := m.b - s.a
		if !strings.HasPrefix(s.low[at:], " (") {
			continue
		}
		if p, pe, ok := s.percentAt(at + 2); ok && pe < len(s.low) && s.low[pe] == ')' && m.e != owned.e {
			r.add(entity.StakeIn, m.e, owned.e, s, withPercent(p))
		}
	}
}

// heldByListCues lead to a list of owners after the firm they own.
var heldByListCues = newCues(" will be held by ", " are held by ", " is held by ", " will be owned by ", " are owned by ", " is owned by ")

// labelledRoles reads the parties of an offtake's or a supply's terms
// by their labels: "1. Seller: X; Buyer: Y" under "Main Terms of the
// Offtake Agreement". The sentence or the heading just before must
// speak of an offtake or a supply, and not of shares.
func (r *relater) labelledRoles(s *sentence) {
	sell, buy := s.findEither("seller: ", "supplier: "), s.findEither("buyer: ", "purchaser: ")
	if sell < 0 || buy < 0 {
		return
	}
	ctx := r.d.lower()[max(0, s.a-200):s.b]
	if !strings.Contains(ctx, "offtake") && !strings.Contains(ctx, "supply") && !strings.Contains(ctx, "off-take") || strings.Contains(ctx, "share") {
		return
	}
	seller, ok := r.orgRightAfter(s, sell+strings.IndexByte(s.low[sell:], ':')+2, 1)
	if !ok {
		return
	}
	buyer, ok := r.orgRightAfter(s, buy+strings.IndexByte(s.low[buy:], ':')+2, 1)
	if ok && buyer.e != seller.e {
		r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
	}
}

// itsCustomerNamed reads "for delivery to its customer Y", "X said its
// customer Y cut orders": the firm named last before "its" supplies Y.
// ("its customers include Y" is read with the other lists of buyers.)
func (r *relater) itsCustomerNamed(s *sentence) {
	for i := s.find(0, "its customer "); i >= 0; i = s.find(i+1, "its customer ") {
		if i > 0 && isLetter(s.low[i-1]) || s.negated(0, i) {
			continue
		}
		buyer, ok := r.orgRightAfter(s, i+len("its customer "), 1)
		if !ok {
			continue
		}
		// The owner of "its": the last firm before it, in its clause.
		prev := r.orgsBefore(s, i, 1)
		if len(prev) == 0 || strings.ContainsAny(s.low[prev[0].b-s.a:i], ";:") || prev[0].e == buyer.e {
			continue
		}
		r.add(entity.SupplierOf, prev[0].e, buyer.e, s, nil)
	}
}

// unitNounAfter reports whether t, the text after a firm's name, is its
// possessive and a few words that end in a word of units before a comma
// or the end: "'s Indonesian refining unit,".
func unitNounAfter(t string) bool {
	t, ok := strings.CutPrefix(t, "'s ")
	if !ok {
		return false
	}
	if c := strings.IndexAny(t, ",;.("); c >= 0 {
		t = t[:c]
	}
	if strings.Count(t, " ") > 3 {
		return false
	}
	for _, w := range unitWords {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// boughtBefore returns the firm a verb of buying names before
// sentence-relative offset i: "acquire shares of Y", "buy Y", "acquire
// a 60% stake in Y".
func (r *relater) boughtBefore(s *sentence, i int) (ment, bool) {
	b, e, ok := s.cue(0, buyCues)
	if !ok || b >= i || s.negated(0, b) {
		return ment{}, false
	}
	k := e
	for _, p := range []string{"shares of ", "the shares of ", "all the shares of ", "all shares of ", "a majority of "} {
		if strings.HasPrefix(s.low[k:], p) {
			k += len(p)
			break
		}
	}
	if p := strings.Index(s.low[k:i], " stake in "); p >= 0 && p < 30 {
		k += p + len(" stake in ")
	}
	if m, ok := r.orgRightAfter(s, k, 1); ok && s.past(m) <= i {
		return m, true
	}
	return ment{}, false
}

// becomesUnit reads a unit made one by a deal: "The deal makes X a
// wholly owned subsidiary of Y", "X will become a unit of Y".
func (r *relater) becomesUnit(s *sentence) {
	for _, v := range []string{" makes ", " made ", " make ", " making "} {
		i := s.find(0, v)
		if i < 0 || s.negated(0, i) {
			continue
		}
		child, ok := r.orgRightAfter(s, i+len(v), 1)
		j := -1
		if ok {
			j = s.past(child)
		} else if strings.HasPrefix(s.low[i+len(v):], "it ") {
			// "resolved to acquire shares of Y and make it a consolidated
			// subsidiary of the Company": "it" is the firm bought.
			child, ok = r.boughtBefore(s, i)
			j = i + len(v) + len("it")
		}
		if !ok || !strings.HasPrefix(s.low[j:], " ") {
			continue
		}
		n := unitAfter(s.low[j+1:])
		if n == 0 {
			continue
		}
		if parent, ok := r.orgRightAfter(s, j+1+n, 3); ok && parent.e != child.e {
			r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
		}
	}
	for _, v := range []string{" become ", " becomes ", " became "} {
		i := s.find(0, v)
		if i < 0 || s.negated(0, i) {
			continue
		}
		n := unitAfter(s.low[i+len(v):])
		if n == 0 {
			continue
		}
		parent, ok := r.orgRightAfter(s, i+len(v)+n, 3)
		if !ok {
			continue
		}
		child, ok := r.subject(s, i)
		// "Y will be owned as to 51% by A and 49% by B, and will become
		// a subsidiary of C": the subject of both verbs.
		if hasAnySuffix(s.low[:i], ", and will", ", and would", ", and shall") {
			if f, ok2 := r.firstOrg(s, i); ok2 && !strings.ContainsAny(s.low[:f.a-s.a], ";") {
				child, ok = f, true
			}
		}
		if ok && child.e != parent.e {
			r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
		}
	}
}

// unitModifiers may stand before a unit word: "trading subsidiary",
// "overseas unit".
var unitModifiers = map[string]bool{"trading": true, "overseas": true, "local": true, "mining": true, "marketing": true,
	"refining": true, "shipping": true, "battery": true, "steel": true, "coal": true, "wholly": true, "owned": true, "main": true, "listed": true}

// maxBrandUnits bounds the units of an article brandUnit reads.
const maxBrandUnits = 16

// unitOfCues are the cues of "X, a unit of Y", each read on its own, in
// the order of unitWords; ", part of " comes once, after the first unit
// word's, as reading it again finds nothing new.
var unitOfCues = func() *cueList {
	var cues []string
	for k, w := range unitWords {
		cues = append(cues, ", a "+w+" of ", ", an "+w+" of ", ", the "+w+" of ", " is a "+w+" of ",
			" is the listed "+w+" of ", ", the listed "+w+" of ",
			// "X is at present a wholly owned subsidiary of Y", "X, now a
			// wholly owned subsidiary of Y,".
			" is now a "+w+" of ", " is currently a "+w+" of ", " is presently a "+w+" of ", " is at present a "+w+" of ", " is also a "+w+" of ", " remains a "+w+" of ",
			", now a "+w+" of ", ", currently a "+w+" of ", ", presently a "+w+" of ", ", still a "+w+" of ",
			// "Ogura, itself a unit of Y,".
			", itself a "+w+" of ", " is itself a "+w+" of ")
		// "X is an affiliate of Y", "X, an equity-method affiliate of Y",
		// "X is a consolidated subsidiary of Y".
		if w[0] == 'a' {
			cues = append(cues, " is an "+w+" of ")
		}
		if w == "affiliate" || w == "subsidiary" {
			for _, m := range []string{"equity-method ", "consolidated ", "majority-owned "} {
				cues = append(cues, ", a "+m+w+" of ", ", an "+m+w+" of ", " is a "+m+w+" of ", " is an "+m+w+" of ")
			}
		}
		if k == 0 {
			cues = append(cues, ", part of ", ", a sister company under ", ", a group company of ", " is part of ",
				// "X is consolidated by Y": in Y's accounts, its
				// subsidiary.
				" is consolidated by ", ", consolidated by ", " is fully consolidated by ")
		}
	}
	return newCues(cues...)
}()

// describedAndUnit reads a unit an apposition first describes, then
// names a unit: "X, a company incorporated in Singapore and a wholly
// owned subsidiary of Y".
func (r *relater) describedAndUnit(s *sentence) {
	for k := range s.each(" and a ") {
		from := k + len(" and a ")
		rest := s.low[from:]
		w := ""
		for _, u := range unitWords {
			if strings.HasPrefix(rest, u+" of ") && len(u) > len(w) {
				w = u
			}
		}
		if w == "" {
			continue
		}
		// The apposition opens after the unit's name, within a few
		// words and no other comma.
		c := strings.LastIndex(s.low[max(0, k-80):k], ", a")
		if c < 0 {
			continue
		}
		c += max(0, k-80)
		if ap := s.low[c+2 : k]; !strings.HasPrefix(ap, "a ") && !strings.HasPrefix(ap, "an ") || strings.ContainsAny(ap[2:], ",;()") {
			continue
		}
		child, ok1 := r.orgRightBefore(s, s.beforeBrackets(c), 3)
		parent, ok2 := r.orgRightAfter(s, from+len(w)+len(" of "), 3)
		if ok1 && ok2 && child.e != parent.e {
			r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
		}
	}
}

// unitOfOpens reads a sentence that opens with the parent and names
// the unit after it, in apposition: "A subsidiary of the company, X
// Sdn. Bhd., will build ...".
func (r *relater) unitOfOpens(s *sentence) {
	at := 0
	for _, p := range []string{"a subsidiary of ", "a wholly owned subsidiary of ", "a wholly-owned subsidiary of ", "a unit of ", "an affiliate of ", "a division of "} {
		if strings.HasPrefix(s.low, p) {
			at = len(p)
			break
		}
	}
	if at == 0 {
		return
	}
	// ("of the company, X,": "the company" is the parent, named before,
	// and X the unit.)
	var parent ment
	ok := false
	if ms := s.from(at); len(ms) > 0 && (ms[0].a == s.at(at) || strings.HasPrefix(s.low[at:], "the ") && ms[0].a == s.at(at+len("the "))) && r.isOrg(ms[0]) {
		parent, ok = ms[0], true
	} else {
		parent, ok = r.orgRightAfter(s, at, 1)
	}
	if !ok {
		return
	}
	k := s.past(parent)
	k += skipBrackets(s.low[k:])
	if !strings.HasPrefix(s.low[k:], ", ") {
		return
	}
	child, ok := r.orgRightAfter(s, k+2, 0)
	if !ok || child.e == parent.e {
		return
	}
	if k = s.past(child); !strings.HasPrefix(s.low[k+skipBrackets(s.low[k:]):], ",") {
		return
	}
	r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
}

// unitNamedAfter reads "purchased by a consolidated subsidiary of the
// Company, X, on spot terms": a unit described before its name, which
// follows its parent after a comma. An apposition ("Y, a subsidiary of
// Z") and a copula ("Y is a subsidiary of Z") are read by subsidiary.
func (r *relater) unitNamedAfter(s *sentence) {
	for i := range s.each("subsidiary of ") {
		from := i + len("subsidiary of ")
		before := strings.TrimSuffix(s.low[:i], " ")
		for _, m := range []string{"consolidated", "wholly owned", "wholly-owned", "majority-owned"} {
			before = strings.TrimSuffix(strings.TrimSuffix(before, m), " ")
		}
		if !strings.HasSuffix(before, " a") && !strings.HasSuffix(before, " one") {
			continue
		}
		before = strings.TrimSuffix(strings.TrimSuffix(before, " a"), " one")
		// (Not "Y, a subsidiary of Z", nor "Y is a subsidiary of Z".)
		if before == "" || strings.HasSuffix(before, ",") || hasAnySuffix(before, " is", " was", " be", " remains", " becomes", " became", " as") {
			continue
		}
		parent, ok := r.orgRightAfter(s, from, 3)
		// ("of the Company, X": the defined term is the parent, though
		// "the company" may also describe the name after it.)
		if ms := s.from(from); len(ms) > 0 && ms[0].a-s.a <= from+len("the ") && r.isOrg(ms[0]) && ms[0].b-s.a < len(s.low) && s.low[ms[0].b-s.a] == ',' {
			parent, ok = ms[0], true
		}
		if !ok {
			continue
		}
		k := s.past(parent)
		if !strings.HasPrefix(s.low[k:], ", ") {
			continue
		}
		child, ok := r.orgRightAfter(s, k+2, 0)
		if !ok || child.e == parent.e {
			continue
		}
		if e := s.past(child); e < len(s.low) && s.low[e] != ',' && s.low[e] != '.' {
			continue
		}
		r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
	}
}

func (r *relater) subsidiary(s *sentence) {
	// "X, a unit of Y", "X, a subsidiary of Y", "X, part of Y".
	for k, c := range unitOfCues.cues {
		i := s.findCue(0, unitOfCues, k)
		if i < 0 {
			continue
		}
		child, ok1 := r.orgRightBefore(s, s.beforeBrackets(i), 3)
		// "X, formerly Y, is part of Z": X is, not its old name.
		// ("by X (formerly Y), a wholly owned subsidiary of Z": the
		// name before the bracket.)
		if ok1 && formerNameBefore(s.low[:child.a-s.a]) {
			if k := strings.LastIndexByte(s.low[:child.a-s.a], '('); k > 0 && !strings.ContainsAny(s.low[k:child.a-s.a], ",;") {
				if c, found := r.orgRightBefore(s, k, 1); found {
					child = c
				} else {
					child, ok1 = r.subject(s, i)
				}
			} else {
				child, ok1 = r.subject(s, i)
			}
		}
		if !ok1 && strings.HasPrefix(c, " is ") {
			// "SRMC, which trades on the PSE under the ticker SRMC, is a
			// unit of Y": the subject, before its clause.
			if w := strings.Index(s.low[:i], ", which "); w > 0 {
				child, ok1 = r.orgRightBefore(s, s.beforeBrackets(w), 1)
			}
			// "X, known until 2022 as Y, is listed on both exchanges
			// and is a subsidiary of Z": the sentence's subject.
			if !ok1 && strings.HasSuffix(s.low[:i], " and") {
				child, ok1 = r.firstOrg(s, i)
				if ok1 && child.a != s.a {
					ok1 = false
				}
			}
			// "It is a subsidiary of Y": the firm of the sentences
			// before.
			if !ok1 && i == len("it") && strings.HasPrefix(s.low, "it ") {
				child, ok1 = r.antecedent(s)
			}
		}
		gap := 3
		if c == ", part of " || c == " is part of " {
			gap = 24 // "part of the Riyadh-based Al Rashed Group"
		}
		parent, ok2 := r.orgRightAfter(s, i+len(c), gap)
		if ok1 && ok2 && child.e != parent.e {
			r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
		}
	}
	// "X is a Seoul-based producer of precursors and a subsidiary of Y".
	if i := s.find(0, " and a "); i >= 0 {
		rest := s.low[i+len(" and a "):]
		for _, w := range unitWords {
			if !strings.HasPrefix(rest, w+" of ") {
				continue
			}
			child, ok1 := r.firstOrg(s, i)
			if !ok1 || child.a != s.a || s.negated(0, i) {
				break
			}
			between := s.low[s.past(child):i]
			if !hasAnyPrefix(between, " is a ", " is an ") || strings.ContainsAny(between, ",;") {
				break
			}
			if parent, ok := r.orgRightAfter(s, i+len(" and a ")+len(w)+len(" of "), 3); ok && parent.e != child.e {
				r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
			}
			break
		}
	}
	// "X, a member of Boryeong Group,": a group's member firm.
	if i := s.find(0, ", a member of "); i >= 0 && !s.negated(0, i) {
		if child, ok := r.orgRightBefore(s, s.beforeBrackets(i), 3); ok {
			if group, ok := r.orgRightAfter(s, i+len(", a member of "), 4); ok && group.e != child.e && strings.HasSuffix(r.d.v.s[group.a:group.b], " Group") {
				r.add(entity.SubsidiaryOf, child.e, group.e, s, nil)
			}
		}
	}
	r.unitOfOpens(s)
	r.whoseParent(s)
	r.saidTheUnit(s)
	r.describedAndUnit(s)
	r.theOwnersUnit(s)
	r.throughAUnit(s)
	r.setUpUnit(s)
	r.brandUnit(s)
	r.describedUnitOf(s)
	r.becomesUnit(s)
	r.shareOwnedUnit(s)
	// "the establishment of X in Singapore, wholly owned by Y": a unit
	// named before its owner, a place between.
	for _, c := range []string{", wholly owned by ", ", wholly-owned by ", ", fully owned by "} {
		if s.find(0, "owned by ") < 0 {
			break
		}
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		parent, ok1 := r.orgRightAfter(s, i+len(c), 3)
		at := s.beforeBrackets(i)
		if k := strings.LastIndex(s.low[max(0, at-30):at], " in "); k >= 0 && !strings.ContainsAny(s.low[max(0, at-30)+k:at], ",;") {
			if _, ok := r.orgRightBefore(s, at, 1); !ok {
				at = max(0, at-30) + k
			}
		}
		child, ok2 := r.orgRightBefore(s, at, 2)
		if ok1 && ok2 && child.e != parent.e {
			r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
		}
	}
	// "X, formerly known as Y, is controlled by state-owned Z".
	for _, c := range []string{" is controlled by ", " is wholly owned by ", " is wholly-owned by ", " is itself controlled by ", " is itself owned by ",
		" is presently wholly owned by ", " is currently wholly owned by ", " is now wholly owned by ", " is presently controlled by ", " is currently controlled by "} {
		if i := s.find(0, c); i >= 0 && !s.negated(0, i) {
			parent, ok1 := r.orgRightAfter(s, i+len(c), 3)
			child, ok2 := r.subject(s, i)
			if ok1 && ok2 && child.e != parent.e {
				r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
			}
		}
	}
	// "X, controlled by Y since 2024,", "X, which is controlled by Y,":
	// the same, in apposition.
	for _, c := range []string{", controlled by ", ", which is controlled by "} {
		if i := s.find(0, c); i >= 0 && !s.negated(0, i) {
			parent, ok1 := r.orgRightAfter(s, i+len(c), 40)
			child, ok2 := r.orgRightBefore(s, s.beforeBrackets(i), 1)
			if ok1 && ok2 && child.e != parent.e {
				r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
				// "..., which is controlled by Y with a 62.4% stake,".
				if w := prefixOf(s.low[s.past(parent):], " with a ", " with "); w != "" {
					if p, pe, ok := s.percentAt(s.past(parent) + len(w)); ok && (pe == len(s.low) || hasAnyPrefix(s.low[pe:], " stake", " interest", ",", ".", " of ")) {
						r.add(entity.StakeIn, parent.e, child.e, s, withPercent(p))
					}
				}
			}
		}
	}
	// "Y, which controls X", "Y, the family holding company that
	// already controls X": the parent, in a clause after its name.
	for _, c := range []string{", which controls ", ", which already controls ", " that controls ", " that already controls "} {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		child, ok1 := r.orgRightAfter(s, i+len(c), 3)
		if !ok1 || r.possessive(s, child) {
			continue
		}
		// (Not "which already controls X through a 38.2% stake": a
		// holding, of its stated size.)
		if rest := s.low[s.past(child):]; hasAnyPrefix(rest, " through ", " with ", " via ") {
			continue
		}
		at := i
		if c[0] != ',' {
			// The description the clause closes, after the name.
			before := s.low[max(0, i-60):i]
			k := max(strings.LastIndex(before, ", the "), strings.LastIndex(before, ", a "), strings.LastIndex(before, ", an "))
			if k < 0 || strings.ContainsAny(before[k+2:], ",;()") {
				continue
			}
			at = max(0, i-60) + k
		}
		if parent, ok := r.orgRightBefore(s, s.beforeBrackets(at), 1); ok && parent.e != child.e {
			r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
		}
	}
	// "X, the Baguio-based miner controlled by Y,": in an apposition
	// that describes X.
	if i := s.find(0, " controlled by "); i >= 0 && !s.negated(0, i) {
		before := s.low[max(0, i-50):i]
		if c := max(strings.LastIndex(before, ", the "), strings.LastIndex(before, ", a ")); c >= 0 && !strings.ContainsAny(before[c+2:], ",;()") {
			c += max(0, i-50)
			parent, ok1 := r.orgRightAfter(s, i+len(" controlled by "), 3)
			child, ok2 := r.orgRightBefore(s, s.beforeBrackets(c), 1)
			if ok1 && ok2 && child.e != parent.e {
				r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
			}
		}
	}
	// "X, which is majority-owned by Y", "X, majority-owned by Y": a
	// stake, of no stated size.
	for _, c := range []string{" is majority-owned by ", " is majority owned by ", ", majority-owned by ", ", majority owned by ", " remain majority owned by ", " remain majority-owned by ", " remains majority owned by ", " remains majority-owned by "} {
		if i := s.find(0, c); i >= 0 && !s.negated(0, i) {
			owner, ok1 := r.ownerRightAfter(s, i+len(c), 60)
			owned, ok2 := r.subject(s, i)
			if strings.HasPrefix(c, ",") {
				owned, ok2 = r.orgRightBefore(s, s.beforeBrackets(i), 1)
			} else if strings.HasSuffix(s.low[:i], ", which") {
				owned, ok2 = r.orgRightBefore(s, s.beforeBrackets(i-len(", which")), 1)
			}
			if ok1 && ok2 && owned.e != owner.e {
				// "..., which retains 51% after the transaction": the
				// share the owner's clause gives.
				var set func(*article.Relation)
				rest := s.low[s.past(owner):]
				for _, w := range []string{", which retains ", ", which holds ", ", which owns ", ", which will retain ", ", which will hold ", " with "} {
					if strings.HasPrefix(rest, w) {
						if p, _, ok := s.percentAt(s.past(owner) + len(w)); ok {
							set = withPercent(p)
						}
						break
					}
				}
				r.add(entity.StakeIn, owner.e, owned.e, s, set)
				r.owned, r.ownedIn = owned, s
			}
		}
	}
	// "Y's cathode-making unit X", "its subsidiary X".
	for _, m := range s.ms {
		rel := m.b - s.a
		if !r.isOrg(m) {
			continue
		}
		// "Y, our subsidiary in Attapeu": a speaker's firm.
		if s.low[m.a-s.a:rel] == "our" && strings.HasPrefix(s.low[rel:], " ") {
			r.possessiveUnit(s, m, rel+1)
			continue
		}
		// "CZNF subsidiary Zhongyuan Uranium Development Co holds 49%":
		// the parent's name as a modifier, the unit's name right after.
		if w := prefixOf(s.low[rel:], " subsidiary ", " unit "); w != "" && !s.negated(0, rel) {
			if child, ok := r.orgRightAfter(s, rel+len(w), 0); ok && child.a == s.at(rel+len(w)) && child.e != m.e {
				r.add(entity.SubsidiaryOf, child.e, m.e, s, nil)
			}
			continue
		}
		if !strings.HasPrefix(s.low[rel:], "'s ") {
			continue
		}
		r.possessiveUnit(s, m, rel+3)
		// "X, Y's unit in Ehime": the unit named before, in apposition;
		// "X, the steelmaker's Singapore-based trading subsidiary": a
		// few words that describe it may stand before the word.
		rest := s.low[rel+3:]
		for n := 0; n < 4; n++ {
			w, after, ok := strings.Cut(rest, " ")
			if !ok || slices.Contains(unitWords, w) || strings.ContainsAny(w, ",;.") || len(w) > 20 {
				break
			}
			// "Bonaparte's upstream unit": any word of letters may
			// describe the unit when the unit word follows; "HPN's
			// wholly owned ore-hauling subsidiary".
			if !strings.HasSuffix(w, "-based") && !strings.HasSuffix(w, "-owned") && !strings.HasSuffix(w, "-listed") && !unitModifiers[w] &&
				!(lettersOnly(strings.ReplaceAll(w, "-", "")) && (n < 2 || n < 3 && strings.HasPrefix(s.low[rel+3:], "wholly owned "))) {
				break
			}
			rest = after
		}
		if slices.ContainsFunc(unitWords, func(u string) bool {
			return strings.HasPrefix(rest, u) && (len(rest) == len(u) || !isWordChar(rest[len(u)]))
		}) && m.a-s.a >= 2 && s.low[m.a-s.a-2:m.a-s.a] == ", " {
			// "X ("HNOL"), HPN's subsidiary": the name before its short
			// form.
			if child, ok := r.orgRightBefore(s, s.beforeBrackets(m.a-s.a-2), 1); ok && child.e != m.e {
				parent := m.e
				// "Satmala Resources, the company's Singapore
				// subsidiary": the company whose name it bears.
				if strings.HasPrefix(s.low[m.a-s.a:], "the ") {
					parent = r.brandParent(child.e, parent)
				}
				r.add(entity.SubsidiaryOf, child.e, parent, s, nil)
			}
		}
	}
	// Every "its" of the sentence, a few at most: "its 100%-owned
	// project, held through its wholly owned subsidiary X".
	for n, from := 0, 0; n < 4 && from < len(s.low); n++ {
		i, ok := wordAt(s.low[from:], "its ")
		if !ok {
			break
		}
		i += from
		from = i + 4
		// "divested its last gold unit, X, to Y": no longer its unit.
		if divestBefore(s.low[:i]) {
			r.divestedUnit(s, i+4)
			continue
		}
		parent, ok := r.subject(s, i)
		// "signed an agreement with Y and its parent company Z": "its"
		// is the firm named right before "and".
		if strings.HasSuffix(s.low[:i], " and ") && !strings.HasSuffix(s.low[:i], ", and ") {
			if y, found := r.orgRightBefore(s, s.beforeBrackets(i-len(" and ")), 1); found {
				parent, ok = y, true
			}
		}
		// "X was in talks with Y about selling a 30% stake in its unit
		// Z": the firm in talks, not its counterparty.
		if t := strings.LastIndex(s.low[:i], " talks with "); t >= 0 && !strings.ContainsAny(s.low[t:i], ";") && (strings.Contains(s.low[t:i], " about ") || strings.Contains(s.low[t:i], " over ") || strings.Contains(s.low[t:i], " on ")) {
			if talker, found := r.subject(s, t+1); found {
				parent, ok = talker, true
			}
		}
		// "X said in a filing to the Shenzhen Stock Exchange that its
		// subsidiary Y": an exchange holds no units; the firm that
		// speaks does.
		if ok && r.kindOf(parent) == entity.KindOrganization {
			if first, found := r.firstOrg(s, i); found && r.kindOf(first) == entity.KindCompany {
				parent = first
			}
		}
		// "X announced that it has signed a deal with Y of Peru, and that
		// its subsidiary Z has ...": "its" is X's, as "it" is.
		if strings.HasSuffix(s.low[:i], " and that ") && strings.Contains(s.low[:i], " that it ") {
			if first, found := r.firstOrg(s, i); found && first.a-s.a < 60 {
				parent, ok = first, true
			}
		}
		// "X is pleased to announce that it has executed an agreement
		// with A, and one with B in relation to its wholly owned
		// subsidiary Y": "its" is X's, as "it" is, with no clause about
		// another firm between.
		if t := strings.Index(s.low[:i], " that it "); t >= 0 && !strings.Contains(s.low[t:i], " which ") && !strings.Contains(s.low[t:i], " whose ") && !strings.Contains(s.low[t:i], ";") &&
			hasAnySuffix(s.low[:i], " in relation to ", " in respect of ", " regarding ", " concerning ", " over ") {
			if first, found := r.firstOrg(s, t); found && first.a-s.a < 60 {
				parent, ok = first, true
			}
		}
		if strings.HasSuffix(s.low[:i], " through ") {
			// "X owns 14.9% of the target through its subsidiary Y":
			// X acts through its own unit; the target is the object.
			if first, found := r.firstOrg(s, i); found && first.a-s.a < 4 {
				parent, ok = first, true
			}
		}
		if th := suffixOf(s.low[:i], ", through ", " through "); th != "" {
			// "X is held 80% by A, through its subsidiary Y, and 20% by
			// B": A's unit. ("owned 60% by A through its wholly owned
			// subsidiary Y": no comma.)
			if owner, found := r.orgRightBefore(s, i-len(th), 1); found && strings.HasSuffix(s.low[:owner.a-s.a], " by ") {
				parent, ok = owner, true
			}
		}
		if a := prefixOf(s.low[max(0, i-len(", acting through ")):i], ", acting through ", ", acting via "); a != "" {
			// "an agreement with Y (Ycorp), acting through its wholly
			// owned subsidiary Z": Y acts through its own unit.
			at := s.beforeBrackets(i - len(a))
			if actor, found := r.orgRightBefore(s, at, 1); found {
				parent, ok = actor, true
			}
		}
		if !ok && i <= len("through ") && i > 0 {
			// "Through its unit X, the company also recovers lead":
			// "its" is the subject after the opening phrase.
			if c := strings.Index(s.low[i:], ", "); c > 0 {
				parent, ok = r.orgRightAfter(s, i+c+len(", "), 1)
			}
		}
		if !ok && len(r.orgsBefore(s, i, 1)) == 0 {
			// "The mine is operated by its wholly owned subsidiary, X":
			// "its" is the company of the sentences before.
			parent, ok = r.antecedent(s)
		}
		if ok {
			// "Its parent, X, which holds 60%, is listed": X is the
			// parent of the firm "its" stands for.
			if rest := s.low[i+4:]; hasAnyPrefix(rest, "parent, ", "parent company, ", "parent ", "parent company ", "holding company, ") && !s.negated(0, i) {
				at := i + 4 + strings.Index(rest, " ") + 1
				if strings.HasPrefix(rest, "parent company") {
					at = i + 4 + len("parent company ")
				}
				if strings.HasPrefix(s.low[at:], ", ") || strings.HasPrefix(s.low[at-1:], ", ") {
					at = i + 4 + strings.Index(rest, ", ") + 2
				}
				if p, found := r.orgRightAfter(s, at, 24); found && p.e != parent.e {
					// "X will take 26% of Y. Its parent, Z, will retain
					// the remaining 74%": the parent keeps the rest of Y,
					// the firm of the share the sentence before told.
					child := parent
					if rest := s.low[s.past(p):]; r.hasPrevOwned && r.ownedIn == nil && r.prevOwned.e != p.e && (strings.Contains(rest, " the remaining ") || strings.Contains(rest, " the rest")) {
						child = r.prevOwned
					}
					// "Its parent, Z, holds 58.6% of Y": the firm whose
					// shares the parent holds, a majority of them. (Not
					// "owns 6.2% of Y": a holding, "its" another's.)
					at := s.past(p)
					at += skipBrackets(s.low[at:])
					if w := prefixOf(s.low[at:], ", holds ", ", owns ", " holds ", " owns "); w != "" {
						if pc, pe, ok := s.percentAt(at + len(w)); ok && pc.GreaterThan(decimal.NewFromInt(50)) && strings.HasPrefix(s.low[pe:], " of ") {
							if held, found := r.orgRightAfter(s, pe+len(" of "), 1); found && held.e != p.e {
								child = held
							}
						}
					}
					r.add(entity.SubsidiaryOf, child.e, p.e, s, nil)
				}
				continue
			}
			r.possessiveUnit(s, parent, i+4)
		}
	}
	// "Y, the parent of X, holds 41.2% of the company".
	// "Y, the listed parent of X", "Y, the Tokyo-based parent company
	// of X": a word or two before the noun.
	for i, n := s.find(0, ", the "), 0; i >= 0 && n < 4; i, n = s.find(i+len(", the "), ", the "), n+1 {
		rest := s.low[i+len(", the ") : min(len(s.low), i+60)]
		k := -1
		for _, p := range []string{"parent of ", "parent company of ", "holding company of "} {
			if at := strings.Index(rest, p); at >= 0 && strings.Count(rest[:at], " ") <= 2 && !strings.ContainsAny(rest[:at], ",;()") {
				k = i + len(", the ") + at + len(p)
				break
			}
		}
		if k >= 0 {
			parent, ok1 := r.orgRightBefore(s, s.beforeBrackets(i), 1)
			child, ok2 := r.orgRightAfter(s, k, 1)
			if ok1 && ok2 && parent.e != child.e && !s.negated(0, i) && !strings.Contains(s.low[i:k], "former ") {
				r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
			}
		}
	}
	// "Our parent, Y, has said" in an interview's answer, where "our" is
	// the speaker's company.
	if i := s.find(0, "our parent"); i >= 0 {
		if child, ok := r.orgRightAfter(s, i, 0); ok && child.a == s.at(i) {
			e := i + len("our parent")
			if strings.HasPrefix(s.low[e:], " company") {
				e += len(" company")
			}
			if strings.HasPrefix(s.low[e:], ", ") {
				e += 2
			}
			if parent, ok := r.orgRightAfter(s, e, 1); ok && parent.e != child.e {
				r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
			}
		}
	}
	// "X's parent company Y", "parent company Y".
	if i, e, ok := s.cue(0, parentCues); ok {
		child, ok1 := r.orgRightBefore(s, i, 1)
		parent, ok2 := r.orgRightAfter(s, e, 3)
		// "Y, X's parent, holds 62.5% of its shares": the parent the
		// apposition describes, before it.
		if ok1 && !ok2 && strings.HasSuffix(s.low[:e], ", ") && child.a-s.a >= 2 && s.low[child.a-s.a-2:child.a-s.a] == ", " {
			parent, ok2 = r.orgRightBefore(s, s.beforeBrackets(child.a-s.a-2), 1)
		}
		if ok1 && ok2 && parent.e != child.e {
			r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
		}
	}
}

// divestVerbs end the text before "its" when a firm parts with what
// follows: "divested its gold unit".
var divestVerbs = []string{"divested ", "divests ", "divest ", "sold ", "sells ", "sell ", "selling ", "disposed of ", "dispose of ", "offloaded ", "offload ", "sale of "}

// divestBefore reports whether t, the text before "its", ends in one of
// divestVerbs.
func divestBefore(t string) bool {
	return slices.ContainsFunc(divestVerbs, func(v string) bool { return strings.HasSuffix(t, v) })
}

// divestedUnit reads, from offset k after "its", the unit a firm sold and
// its buyer: "divested its last gold unit, Minxi Gold Mining, to Y": Y
// acquires the unit.
//
// So does "has agreed to sell its wholly owned subsidiary X to Y", the
// name right after the unit's word; a unit still to be sold is still
// the seller's.
func (r *relater) divestedUnit(s *sentence, k int) {
	rest := s.low[k:min(len(s.low), k+40)]
	c := strings.Index(rest, ", ")
	at := k + c + len(", ")
	if c < 0 || strings.ContainsAny(rest[:c], ";()") || !slices.ContainsFunc(unitWords, func(u string) bool { return strings.HasSuffix(rest[:c], u) }) {
		c = -1
		for _, u := range unitWords {
			if w := strings.Index(rest, u+" "); w >= 0 && !strings.ContainsAny(rest[:w], ",;()") {
				c, at = w, k+w+len(u)+1
				break
			}
		}
		if c < 0 {
			return
		}
	}
	unit, ok := r.orgRightAfter(s, at, 0)
	if !ok || unit.a != s.at(at) {
		return
	}
	if hasAnySuffix(s.low[:k-len("its ")], "agreed to sell ", "will sell ", "plans to sell ", "to sell ", "proposed to sell ") {
		if seller, ok := r.subject(s, k-len("its ")); ok && seller.e != unit.e {
			r.add(entity.SubsidiaryOf, unit.e, seller.e, s, nil)
		}
	}
	at = s.past(unit)
	for _, w := range []string{", to ", " to "} {
		if strings.HasPrefix(s.low[at:], w) {
			if buyer, ok := r.orgRightAfter(s, at+len(w), 30); ok && buyer.e != unit.e {
				r.add(entity.Acquisition, buyer.e, unit.e, s, nil)
			}
			return
		}
	}
}

// theOwnersUnit reads "X, the Kootenay Ridge subsidiary that owns the
// mine": the firm named before "subsidiary" owns X.
func (r *relater) theOwnersUnit(s *sentence) {
	for from, n := 0, 0; n < 4; n++ {
		k := s.find(from, ", the ")
		if k < 0 {
			return
		}
		from = k + len(", the ")
		parent, ok := r.orgRightAfter(s, from, 0)
		if !ok || parent.a != s.at(from) || r.possessive(s, parent) {
			continue
		}
		rest := s.low[parent.b-s.a:]
		if !slices.ContainsFunc([]string{" subsidiary", " unit", " affiliate", " arm"}, func(u string) bool {
			return strings.HasPrefix(rest, u) && (len(rest) == len(u) || !isWordChar(rest[len(u)]))
		}) {
			continue
		}
		child, ok := r.orgRightBefore(s, s.beforeBrackets(k), 1)
		if ok && child.e != parent.e && !s.negated(0, k) {
			r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
		}
	}
}

// wordAt finds w at a word start in low.
func wordAt(low, w string) (int, bool) {
	for f := 0; f < len(low); {
		i := strings.Index(low[f:], w)
		if i < 0 {
			return 0, false
		}
		i += f
		if i == 0 || !isWordChar(low[i-1]) {
			return i, true
		}
		f = i + 1
	}
	return 0, false
}

// unitNamed reads "[a few words] unit, Y" at sentence-relative offset i
// and returns Y.
func (r *relater) unitNamed(s *sentence, i int) (ment, bool) {
	rest := s.low[min(i, len(s.low)):]
	k := 0
	for n := 0; n < 4 && k < len(rest); n++ {
		w := k
		for w < len(rest) && rest[w] != ' ' {
			w++
		}
		word := strings.TrimSuffix(rest[k:w], ",")
		if slices.Contains(unitWords, word) {
			return r.orgRightAfter(s, i+w+1, 2)
		}
		k = w + 1
	}
	return ment{}, false
}

// partnerNamed reads "[a few words] partner (in a place), Y" at
// sentence-relative offset i, after a firm's possessive: Y, named in
// apposition.
func (r *relater) partnerNamed(s *sentence, i int) (ment, bool) {
	rest := s.low[min(i, len(s.low)):min(len(s.low), i+48)]
	c := strings.Index(rest, ", ")
	if c < 0 || strings.ContainsAny(rest[:c], ";()") {
		return ment{}, false
	}
	if _, ok := wordAt(rest[:c], "partner"); !ok {
		return ment{}, false
	}
	m, ok := r.orgRightAfter(s, i+c+2, 0)
	if !ok || m.a != s.at(i+c+2) {
		return ment{}, false
	}
	return m, true
}

// possessiveUnit reads "[a few words] unit X" at sentence-relative offset i
// and ties X to parent.
func (r *relater) possessiveUnit(s *sentence, parent ment, i int) {
	rest := s.low[i:]
	k := 0
	for n := 0; n < 4 && k < len(rest); n++ {
		w := k
		for w < len(rest) && rest[w] != ' ' {
			w++
		}
		word := strings.TrimRight(rest[k:w], ",.")
		// "its subsidiaries X and Y": each named is a unit.
		if word == "subsidiaries" || word == "units" {
			if first, ok := r.orgRightAfter(s, i+w+1, 2); ok && first.a == s.at(i+w+1) {
				for _, child := range r.list(s, i+w+1) {
					if child.e != parent.e {
						r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
					}
				}
			}
			return
		}
		// "our own mining company, Y", "our own refinery, Y": a firm of
		// its own is its unit.
		// ("our Mongolian operating company, Y": the firm that runs its
		// business there.)
		own := strings.HasPrefix(rest, "own ") && (word == "company" || word == "refinery" || word == "smelter" || word == "refiner") ||
			word == "company" && strings.HasSuffix(rest[:k], "operating ")
		for _, u := range []string{"unit", "subsidiary", "affiliate", "arm", "division"} {
			if word == u || own {
				// "X's pelletising unit, Y" names the unit in apposition;
				// "X's unit, which ..." does not.
				// ("X's subsidiary, OTC-listed Y": a word of its market
				// before the name.)
				if child, ok := r.orgRightAfter(s, i+w+1, 2); ok && (!strings.HasSuffix(rest[k:w], ",") || child.a == s.at(i+w+1) || child.a == s.at(skipPlaceWords(s.low, i+w+1))) {
					r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
					// "its 85%-owned Guinean subsidiary, Y": the share
					// it holds.
					if o := strings.Index(rest[:k], "%-owned "); o > 0 && child.e != parent.e {
						d := o
						for d > 0 && (isDigit(rest[d-1]) || rest[d-1] == '.') {
							d--
						}
						if p, _, ok := s.percentAt(i + d); ok && d < o {
							r.add(entity.StakeIn, parent.e, child.e, s, withPercent(p))
						}
					}
					return
				}
				// "through Y, its Manila-based unit": the unit named
				// before, in apposition.
				after := strings.TrimSuffix(rest[w:], ".")
				if i >= len(", its ") && (strings.HasSuffix(s.low[:i], ", its ") || strings.HasSuffix(s.low[:i], ", our ")) && (after == "" || after[0] == ',' || strings.HasPrefix(after, " in ") || strings.HasPrefix(after, " based in ")) {
					child, ok := r.orgRightBefore(s, s.beforeBrackets(i-len(", its ")), 1)
					if ok && child.e == parent.e {
						// "its" is the subject's, the firm that acts
						// through the unit, not the unit's own: the firm
						// named last before it, "through" between them.
						ok = false
						if prev := r.orgsBefore(s, child.a-s.a, 1); len(prev) > 0 {
							p := prev[0]
							gap := r.d.v.s[p.b:child.a]
							ok = strings.Contains(gap, " through ") && !strings.ContainsAny(gap, ",;")
							parent = p
							// "X appointed Y president of Z, its Indonesian
							// subsidiary": the firm that opens the sentence
							// and acts, Z the object of its clause.
							if first, found := r.firstOrg(s, child.a-s.a); !ok && found && strings.TrimLeft(s.low[:first.a-s.a], "-*\u2022 ") == "" && first.e != child.e && !strings.ContainsAny(r.d.v.s[first.b:child.a], ",;") && r.subjectVerbAfter(s, first) {
								parent, ok = first, true
							}
						} else if a, found := r.antecedent(s); found && a.e != child.e {
							// "About a third comes from Y, its
							// subsidiary in Attapeu province": the firm
							// of the sentences before.
							parent, ok = a, true
						}
					}
					// ("sold Y, its unit in Chile, to Z": no longer its.)
					if ok && child.e != parent.e && !divestBefore(s.low[:child.a-s.a]) {
						r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
					}
				}
				return
			}
		}
		k = w + 1
	}
}

// hundred is the largest percentage, 100.
var hundred = decimal.NewFromInt(100)

// percentAt reads a percentage at sentence-relative offset i: "53%",
// "12.5 per cent", "20 percent", "53pc". It returns the value and its end.
// pairBefore returns the two firms joined by "and" nearest before
// sentence offset i: "with A and B under which ..."; nil for none.
func (r *relater) pairBefore(s *sentence, i int) []ment {
	ms := r.orgsIn(s, 0, i)
	for k := len(ms) - 1; k >= 1; k-- {
		a, b := ms[k-1], ms[k]
		// (b may stand in a bracket after a, which past skips.)
		if pa := s.past(a); pa <= b.a-s.a {
			if gap := s.low[pa : b.a-s.a]; gap == " and " || gap == " & " {
				return []ment{a, b}
			}
		}
	}
	return nil
}

// gappedShares reads two buyers' shares of one firm, the second verb
// left out: "Kiyosato will acquire a 15% interest and Kii Electric a
// 10% interest in KUD". Each buys its share, and holds it.
func (r *relater) gappedShares(s *sentence) {
	for _, c := range []string{"% interest and ", "% stake and ", "% equity interest and "} {
		i := strings.Index(s.low, c)
		if i < 0 {
			continue
		}
		// The first share and the verb before it.
		a := i
		for a > 0 && (isDigit(s.low[a-1]) || s.low[a-1] == '.') {
			a--
		}
		p1, _, ok := s.percentAt(a)
		if !ok || a == i {
			continue
		}
		before := strings.TrimSuffix(strings.TrimSuffix(s.low[:a], "a "), "an ")
		verb := ""
		for _, w := range []string{"acquire ", "buy ", "take ", "purchase ", "acquires ", "buys ", "takes ", "acquired ", "bought ", "took "} {
			if strings.HasSuffix(before, w) {
				verb = w
				break
			}
		}
		if verb == "" || s.negated(0, a) {
			continue
		}
		buyer1, ok := r.subject(s, len(before)-len(verb))
		if !ok {
			continue
		}
		e := i + len(c)
		buyer2, ok := r.orgRightAfter(s, e, 0)
		if !ok || buyer2.a != s.at(e) {
			continue
		}
		k := s.past(buyer2)
		w := prefixOf(s.low[k:], " a ", " an ")
		if w == "" {
			continue
		}
		p2, pe, ok := s.percentAt(k + len(w))
		if !ok {
			continue
		}
		in := prefixOf(s.low[pe:], " interest in ", " stake in ", " equity interest in ")
		if in == "" {
			continue
		}
		owned, ok := r.orgRightAfter(s, pe+len(in), 1)
		if !ok || owned.e == buyer1.e || owned.e == buyer2.e || buyer1.e == buyer2.e {
			continue
		}
		for _, b := range []struct {
			m ment
			p decimal.Decimal
		}{{buyer1, p1}, {buyer2, p2}} {
			r.add(entity.Acquisition, b.m.e, owned.e, s, withPercent(b.p))
			r.add(entity.StakeIn, b.m.e, owned.e, s, withPercent(b.p))
		}
	}
}

func (s *sentence) percentAt(i int) (decimal.Decimal, int, bool) {
	t := s.low
	j := i
	for j < len(t) && (isDigit(t[j]) || t[j] == '.' && j+1 < len(t) && isDigit(t[j+1])) {
		j++
	}
	if j == i || (i > 0 && (isDigit(t[i-1]) || t[i-1] == '.')) {
		return decimal.Decimal{}, 0, false
	}
	num := t[i:j]
	rest := t[j:]
	var e int
	switch {
	case strings.HasPrefix(rest, "%"):
		e = j + 1
	case strings.HasPrefix(rest, "pc") && !continuesWord(rest, 2):
		e = j + 2
	case strings.HasPrefix(rest, " per cent"):
		e = j + 9
	case strings.HasPrefix(rest, " percent"):
		e = j + 8
	case strings.HasPrefix(rest, "-percent") || strings.HasPrefix(rest, "-per-cent"):
		e = j + strings.IndexByte(rest[1:], 't') + 2
	default:
		return decimal.Decimal{}, 0, false
	}
	v, err := decimal.NewFromString(num)
	if err != nil || v.GreaterThan(hundred) {
		return decimal.Decimal{}, 0, false
	}
	// "a 15% participatory interest in Y", as Kazakh subsoil users
	// hold shares of an LLP: read as "a 15% interest in Y". (Not "a
	// 7.5% participating interest", a partner's in a petroleum
	// project, which names an asset.)
	// ("a 55% controlling stake": so too the kind of stake.)
	for _, w := range []string{" participatory", " participation"} {
		if strings.HasPrefix(t[e:], w+" interest") {
			e += len(w)
			break
		}
	}
	for _, w := range []string{" controlling", " majority", " minority"} {
		if strings.HasPrefix(t[e:], w+" stake") || strings.HasPrefix(t[e:], w+" interest") {
			e += len(w)
			break
		}
	}
	return v, e, true
}

var ownVerbs = []string{"holds", "hold", "held", "holding", "owns", "own", "owned", "owning", "controls", "control", "has", "have", "will have", "keep", "keeps", "kept", "retain", "retains", "retained", "took", "take", "takes", "taking", "acquire", "acquired", "acquires", "acquiring", "buy", "bought", "buys", "buying",
	"picked up", "picks up", "pick up", "snapped up", "snaps up", "subscribe for", "subscribed for", "subscribes for", "raised its stake to", "raise its stake to", "increased its stake to", "giving it", "gives it", "give it", "lifting its stake to", "taking its stake to", "acquisition of a", "acquisition of an", "purchase of a", "purchase of an", "for a", "for an",
	"in exchange for", "in return for", "million for", "billion for"}

// sharesRepresenting returns where a verb or noun of buying stands before
// a count of shares that a share at offset pi measures, as filings write
// it: "the proposed acquisition of 7,000,000 ordinary shares representing
// 70% of the equity interest in Y"; or -1.
func sharesRepresenting(low string, pi int) int {
	before := low[:pi]
	for _, w := range []string{" shares representing ", " shares, representing ", " shares which represent ", " shares that represent ", " shares representing a ", " shares representing an "} {
		if !strings.HasSuffix(before, w) {
			continue
		}
		back := before[max(0, len(before)-len(w)-80) : len(before)-len(w)]
		// ("will subscribe A$38 million for new shares representing a
		// 10% interest in Y".)
		for _, v := range []string{"acquisition of ", "acquire ", "purchase of ", "buy ", "subscribe ", "subscription for "} {
			if k := strings.LastIndex(back, v); k >= 0 && !strings.Contains(back[k:], ", ") && !strings.ContainsAny(back[k:], ";()") {
				return len(before) - len(w) - len(back) + k
			}
		}
		return -1
	}
	return -1
}

// sharesInRepresenting reads a filing's "for the acquisition of
// 4,900,000 ordinary shares in Y ("TPM"), representing 49% of the issued
// share capital of TPM": the buyer, the subject, acquires that share of
// Y, as "the acquisition of 49% of Y" would say.
func (r *relater) sharesInRepresenting(s *sentence) {
	for _, v := range []string{"acquisition of ", "to acquire ", "purchase of "} {
		i := s.find(0, v)
		if i < 0 || s.negated(0, i) {
			continue
		}
		e := i + len(v)
		k := e
		for k < len(s.low) && (isDigit(s.low[k]) || s.low[k] == ',' || s.low[k] == '.') {
			k++
		}
		w := prefixOf(s.low[k:], " ordinary shares in ", " shares in ", " common shares in ")
		if k > e && w == "" {
			// "Approval of the purchase of 5,100,000 shares, equal to
			// 51% of the charter capital of Y": the share first, then
			// the firm.
			if rep := prefixOf(s.low[k:], " shares, equal to ", " shares, representing ", " shares, equivalent to ", " shares representing "); rep != "" {
				if p, pe, ok := s.percentAt(k + len(rep)); ok {
					if of := prefixOf(s.low[pe:], " of the charter capital of ", " of the issued shares of ", " of the share capital of ", " of the issued share capital of ", " of the shares of ", " of the equity of "); of != "" {
						if owned, ok := r.orgRightAfter(s, pe+len(of), 0); ok {
							buyer, found := r.subject(s, i)
							if e := r.theIssuer(); !found && e >= 0 && hasAnyPrefix(s.low[itemMarkLen(s.low):], "approval of ", "to approve ", "approved ") {
								buyer, found = ment{e: e}, true
							}
							if found && buyer.e != owned.e {
								r.add(entity.Acquisition, buyer.e, owned.e, s, withPercent(p))
								return
							}
						}
					}
				}
			}
		}
		if k == e || w == "" {
			continue
		}
		owned, ok := r.orgRightAfter(s, k+len(w), 0)
		if !ok || owned.a != s.at(k+len(w)) {
			continue
		}
		// ("..., equal to 60% of its issued shares".)
		at := s.past(owned)
		rep := prefixOf(s.low[at:], ", representing ", ", equal to ", ", equivalent to ", ", being ")
		if rep == "" {
			continue
		}
		p, _, ok := s.percentAt(at + len(rep))
		if !ok {
			continue
		}
		// ("X entered into an agreement with A and B (collectively, the
		// "Vendors") for the acquisition of": the party before "with".)
		end := i
		if w := strings.LastIndex(s.low[:i], " with "); w > 0 {
			end = w
		}
		buyer, ok := r.subject(s, end)
		if !ok || buyer.e == owned.e {
			continue
		}
		r.add(entity.Acquisition, buyer.e, owned.e, s, withPercent(p))
		r.add(entity.StakeIn, buyer.e, owned.e, s, withPercent(p))
		return
	}
}

// paidBefore reports a verb of paying in the last words of t, the text
// before "for a ... stake": "will pay A$412 million (S$356 million)".
func paidBefore(t string) bool {
	t = t[max(0, len(t)-60):]
	for _, v := range []string{"pay ", "pays ", "paid ", "paying ", "spend ", "spent ", "spends ", "offered ", "offers ", "subscribe ", "subscribes ", "subscribed "} {
		if _, ok := wordAt(t, v); ok {
			return true
		}
	}
	return false
}

// ownVerbCues are the ownVerbs, each followed by a space.
var ownVerbCues = func() *cueList {
	var cues []string
	for _, v := range ownVerbs {
		cues = append(cues, v+" ")
	}
	return newCues(cues...)
}()

// stakeForSale reads a stake its owner is yet to sell, its share p
// from sentence-relative offset pi to pe: "X will auction its entire
// 36.2 per cent stake in Y", "X is in talks to sell its 72.5% stake in
// Y". Until the sale X holds it; a sale done ("sold its stake") is read
// by the rules of buying.
func (r *relater) stakeForSale(s *sentence, pi, pe int, p decimal.Decimal) {
	before := s.low[max(0, pi-48):pi]
	before = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(before, "entire "), "remaining "), "whole ")
	if !strings.HasSuffix(before, " its ") {
		return
	}
	v := -1
	for _, c := range []string{" sell its ", " auction its ", " divest its ", " offload its ", " dispose of its ", " auction off its "} {
		if strings.HasSuffix(before, c) {
			v = pi - (len(s.low[max(0, pi-48):pi]) - len(before)) - len(c)
			break
		}
	}
	if v < 0 {
		return
	}
	// "will sell", "plans to sell", "is in talks to sell": a sale to
	// come.
	if w := s.low[max(0, v-12):v]; !strings.HasSuffix(w, " will") && !strings.HasSuffix(w, " to") && !strings.HasSuffix(w, " would") && !strings.HasSuffix(w, " shall") {
		return
	}
	w := prefixOf(s.low[pe:], " stake in ", " interest in ", " shareholding in ", " holding in ", " equity interest in ")
	if w == "" || s.negated(0, v) {
		return
	}
	owned, ok1 := r.orgRightAfter(s, pe+len(w), 1)
	owner, ok2 := r.subject(s, v)
	if ok1 && ok2 && owner.e != owned.e && r.kindOf(owner) != entity.KindCountry {
		r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
	}
}

// itVerbs are the ownVerbs whose owner is the subject of the main clause
// before them, not the nearest name: "X bought shares in Y, giving it a
// 12% interest in Y".
var itVerbs = []string{"giving it", "gives it", "give it", "lifting its stake to", "taking its stake to"}

func (r *relater) stakes(s *sentence) {
	// "makes X the largest shareholder of Y, ahead of Z, who holds 14%",
	// "raised its stake in Y to 30% by buying shares from Z, which keeps
	// the remaining 70%": the company the shares after are of.
	r.isShareholder(s)
	r.raisedStakeIn(s)
	r.sellerKeeps(s)
	r.countsAsHolder(s)
	// "X owns 53% of Y", "X holds a 12.5 per cent stake in Y".
	for i := 0; i < len(s.low); i++ {
		if !isDigit(s.low[i]) {
			continue
		}
		p, e, ok := s.percentAt(i)
		if !ok {
			for i < len(s.low) && (isDigit(s.low[i]) || s.low[i] == '.') {
				i++
			}
			continue
		}
		r.stakeAt(s, i, e, p)
		r.stakeForSale(s, i, e, p)
		r.stakeInBrackets(s, i, e, p)
		r.stakeInColonList(s, i, e, p)
		r.shareWith(s, i, p)
		i = e
	}
	r.respectively(s)
	r.namedShareholder(s)
	r.ownsFirm(s)
	r.ownsJointlyWith(s)
	r.newSharesGiving(s)
}

// ownsFirmCues own a firm named right after them, with no share given.
var ownsFirmCues = []string{" also owns ", " owns ", " wholly owns "}

// ownsFirm reads "X, which also owns Y, the shipping unit that ...": X
// holds Y (no share stated), and Y, which an apposition calls a unit, is
// X's subsidiary.
func (r *relater) ownsFirm(s *sentence) {
	for _, c := range ownsFirmCues {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		e := i + len(c)
		owned, ok := r.orgRightAfter(s, e, 0)
		if !ok || owned.a != s.at(e) || r.possessive(s, owned) {
			return
		}
		owner, ok := r.whichOwner(s, i+1)
		if w := strings.LastIndex(s.low[:i+1], ", which "); !ok && w >= 0 && i+1-w <= len(", which also ") {
			// "X (PSE: PNH), the Cebu-based conglomerate, which also
			// owns": the firm before the apposition; else no owner.
			if a := strings.LastIndex(s.low[:w], ", the "); a >= 0 && w-a < 60 && !strings.ContainsAny(s.low[a+2:w], ",;") {
				owner, ok = r.orgRightBefore(s, s.beforeBrackets(a), 1)
			}
			if !ok {
				return
			}
		}
		if !ok {
			owner, ok = r.subject(s, i+1)
		}
		if !ok || owner.e == owned.e {
			return
		}
		r.owns = append(r.owns, ownsStake{owner.e, owned.e, s.a, s.b})
		rest := s.low[s.past(owned):]
		if a, ok := strings.CutPrefix(rest, ", the "); ok {
			if c := strings.IndexAny(a, ",;"); c >= 0 {
				a = a[:c]
			}
			if w := strings.Fields(a); slices.ContainsFunc(w[:min(len(w), 3)], func(x string) bool {
				x = strings.TrimRight(x, ".")
				return x == "unit" || x == "subsidiary" || x == "arm"
			}) {
				r.add(entity.SubsidiaryOf, owned.e, owner.e, s, nil)
			}
		}
		return
	}
}

// heIsAlsoCues open what a person named before is besides: "as he is
// also a director and shareholder of Y".
var heIsAlsoCues = []string{" he is also a ", " she is also a ", " he is a ", " she is a ", " who is also a ", " who is a ", " who is also the ", " he is also the ", " she is also the ",
	", is also the ", ", is also a "}

// heIsAlso reads "X ... as he is also a director and shareholder of Y":
// X, the sentence's first person, holds shares in Y, and is its
// executive when a title of one comes before.
func (r *relater) heIsAlso(s *sentence) {
	for _, c := range heIsAlsoCues {
		i := s.find(0, c)
		if i < 0 {
			continue
		}
		e := i + len(c)
		k := strings.Index(s.low[e:min(len(s.low), e+60)], " of ")
		if k < 0 || strings.ContainsAny(s.low[e:e+k], ",;") {
			return
		}
		// "director and shareholder", "director and a major
		// shareholder", "shareholder": the title before the holding.
		title, holder := s.low[e:e+k], false
		if t, ok := strings.CutSuffix(title, "shareholder"); ok {
			w := strings.Fields(t)
			for len(w) > 0 && slices.Contains([]string{"major", "substantial", "controlling", "a", "an", "and"}, w[len(w)-1]) {
				w = w[:len(w)-1]
			}
			holder, title = true, strings.Join(w, " ")
		}
		exec := title != "" && isExecutive(title)
		if !holder && !exec {
			return
		}
		ps := r.kindIn(s, 0, i, entity.KindPerson)
		if len(ps) == 0 {
			return
		}
		org, ok := r.orgRightAfter(s, e+k+len(" of "), 1)
		if !ok || r.kindOf(org) != entity.KindCompany {
			return
		}
		if holder {
			r.add(entity.StakeIn, ps[0].e, org.e, s, nil)
		}
		if exec {
			t := r.d.v.s[s.at(e) : s.at(e)+len(title)]
			r.add(entity.ExecutiveOf, ps[0].e, org.e, s, func(rel *article.Relation) { rel.Title = t })
		}
		return
	}
}

// sellerKeeps reads what the seller of a stake keeps, told after the
// purchase: "X will buy a 2.5% stake in Y from state investor Z for $214
// million, cutting the holding company's interest to 61.5%". Z holds
// 61.5% of Y.
func (r *relater) sellerKeeps(s *sentence) {
	c := -1
	for _, v := range []string{", cutting ", ", reducing ", ", lowering ", ", diluting "} {
		if k := s.find(0, v); k >= 0 {
			c = k + len(v)
			break
		}
	}
	if c < 0 {
		return
	}
	to := -1
	for _, w := range []string{"interest to ", "stake to ", "holding to ", "shareholding to "} {
		if k := strings.Index(s.low[c:min(len(s.low), c+48)], w); k >= 0 {
			to = c + k + len(w)
			break
		}
	}
	if to < 0 {
		return
	}
	p, _, ok := s.percentAt(to)
	if !ok {
		return
	}
	in := strings.LastIndex(s.low[:c], " stake in ")
	from := strings.LastIndex(s.low[:c], " from ")
	if in < 0 || from < in || s.negated(0, in) {
		return
	}
	owned, ok1 := r.orgRightAfter(s, in+len(" stake in "), 1)
	seller, ok2 := r.orgRightAfter(s, from+len(" from "), 24)
	if !ok1 || !ok2 || seller.e == owned.e || seller.b > s.at(c) {
		return
	}
	r.add(entity.StakeIn, seller.e, owned.e, s, withPercent(p))
}

// raisedStakeIn reads "X raised its stake in Y to 51% from 26%": a stake
// named before its new size.
func (r *relater) raisedStakeIn(s *sentence) {
	r.possessiveStakeTo(s)
	i, e, ok := s.cue(0, itsStakeCues)
	// ("there were press reports that X will raise its stake in Y".)
	if !ok || s.negated(0, i) || rumoured(s.low[:i]) {
		return
	}
	before := s.low[:i]
	verb := -1
	cut := false

	for _, v := range []string{"raised ", "raises ", "raise ", "increased ", "increases ", "increase ", "lifted ", "lifts ", "lift ", "boosted ", "boost "} {
		if strings.HasSuffix(before, v) {
			verb = i - len(v)
		}
	}
	// "trimmed its holding in Y to 14% from 20%": a stake kept, none
	// bought.
	for _, v := range []string{"trimmed ", "trims ", "trim ", "cut ", "cuts ", "reduced ", "reduces ", "reduce ", "lowered ", "lowers "} {
		if strings.HasSuffix(before, v) {
			verb, cut = i-len(v), true
		}
	}
	if verb < 0 {
		return
	}
	owned, ok := r.orgRightAfter(s, e, 40)
	if !ok {
		return
	}
	// "in Y (TSX: KVC) to 29.9%": past its ticker.
	at := s.past(owned)
	// "in Y, the Santiago-based operator of the Z mine, to 20%": past an
	// apposition.
	// ("in Y (SHN), its HPAL (high-pressure acid leach) joint venture
	// with Z, to 70%": a short name in brackets, and brackets in the
	// apposition.)
	at += skipBrackets(s.low[at:])
	if strings.HasPrefix(s.low[at:], ", the ") || strings.HasPrefix(s.low[at:], ", a ") || strings.HasPrefix(s.low[at:], ", an ") || strings.HasPrefix(s.low[at:], ", its ") {
		if c := strings.IndexByte(s.low[at+2:min(len(s.low), at+120)], ','); c >= 0 && !strings.ContainsAny(s.low[at+2:at+2+c], ";") && strings.Count(s.low[at+2:at+2+c], "(") == strings.Count(s.low[at+2:at+2+c], ")") {
			at += 2 + c + 1
		}
	}
	// ("from 15.0% to 19.8%": the old size first.)
	if strings.HasPrefix(s.low[at:], " from ") {
		if _, pe, ok := s.percentAt(at + len(" from ")); ok {
			at = pe
		}
	}
	k, ke, ok := s.cue(at, toCue)
	if !ok || k-at > 4 {
		return
	}
	p, _, ok := s.percentAt(ke)
	if !ok {
		return
	}
	owner, ok := r.subject(s, verb)
	if !ok {
		return
	}
	set := func(rel *article.Relation) { rel.Percent, rel.HasPercent = p, true }
	r.add(entity.StakeIn, owner.e, owned.e, s, set)
	if !cut {
		r.add(entity.Acquisition, owner.e, owned.e, s, set)
	}
	// "... by buying shares from Z, which keeps the remaining 70%".
	r.owned, r.ownedIn = owned, s
}

// oneOfSuppliers reads "X, one of Y's current suppliers of graphite,
// said": X supplies Y.
func (r *relater) oneOfSuppliers(s *sentence) {
	i := s.find(0, ", one of ")
	if i < 0 || s.negated(0, i) {
		return
	}
	e := i + len(", one of ")
	buyer, ok := r.orgRightAfter(s, e, 1)
	if !ok || !r.possessive(s, buyer) {
		return
	}
	rest := s.low[buyer.b-s.a+len("'s "):]
	for _, a := range customerAdjectives {
		rest = strings.TrimPrefix(rest, a)
	}
	rest = strings.TrimPrefix(rest, "current ")
	if !strings.HasPrefix(rest, "suppliers") {
		return
	}
	seller, ok := r.orgRightBefore(s, s.beforeBrackets(i), 1)
	if ok && seller.e != buyer.e {
		r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
	}
}

// itsSupplier reads "Y has not agreed prices with its second supplier,
// Korea's X" and "its main supplier X": X supplies Y, the subject.
func (r *relater) itsSupplier(s *sentence) {
	r.firmsSupplier(s)
	for from := 0; from < len(s.low); {
		i, ok := wordAt(s.low[from:], "its ")
		if !ok {
			return
		}
		i += from
		from = i + len("its ")
		rest := s.low[from:]
		for n := 0; n < 2; n++ {
			for _, a := range append(customerAdjectives, "second ", "third ", "new ", "current ", "long-time ", "longtime ") {
				if strings.HasPrefix(rest, a) {
					rest = rest[len(a):]
					break
				}
			}
		}
		if !strings.HasPrefix(rest, "supplier ") && !strings.HasPrefix(rest, "supplier, ") {
			continue
		}
		at := len(s.low) - len(rest) + len("supplier")
		seller, ok1 := r.orgRightAfter(s, at, 4)
		if !ok1 && strings.HasPrefix(s.low[at:], ", ") {
			// "Its main supplier, X, delivered".
			seller, ok1 = r.orgRightAfter(s, at+len(", "), 0)
		}
		if !ok1 {
			continue
		}
		// Only a country may stand between: ", Korea's X".
		if gap := strings.TrimSpace(r.gapWithoutCountries(s, s.a+at, seller.a)); gap != "" && gap != "," && gap != ", 's" && gap != ",'s" {
			continue
		}
		buyer, ok2 := r.subject(s, i)
		if !ok2 && i == 0 {
			// "Its main supplier, X, delivered ...": the firm the
			// sentence before spoke of.
			buyer, ok2 = r.antecedent(s)
		}
		if ok2 && buyer.e != seller.e {
			r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
			// ("... delivered 1.65 Mt under a supply contract": their
			// deal.)
			if typ, at, ok := s.underContractWhere(); ok && i == 0 && at > s.past(seller) {
				r.add(entity.Agreement, buyer.e, seller.e, s, func(rel *article.Relation) { rel.Type = typ })
			}
		}
	}
}

// firmsSupplier reads "Y's existing Chinese supplier, X, has obtained
// licences": X supplies Y, the firm of the possessive. Up to three
// words may describe the supplier.
func (r *relater) firmsSupplier(s *sentence) {
	for i := range s.each("'s ") {
		rest := s.low[i+len("'s "):]
		n := 0
		for ; n < 3 && !hasAnyPrefix(rest, "supplier, ", "supplier "); n++ {
			k := strings.IndexByte(rest, ' ')
			if k <= 0 || strings.ContainsAny(rest[:k], ",;:()'0123456789") {
				break
			}
			rest = rest[k+1:]
		}
		if !hasAnyPrefix(rest, "supplier, ", "supplier ") {
			continue
		}
		buyer, ok := r.orgRightBefore(s, i, 0)
		if !ok || s.negated(0, i) {
			continue
		}
		at := len(s.low) - len(rest) + len("supplier")
		if strings.HasPrefix(s.low[at:], ", ") {
			at += len(", ")
		}
		seller, ok := r.orgRightAfter(s, at, 4)
		if !ok || seller.e == buyer.e {
			continue
		}
		if gap := strings.TrimSpace(r.gapWithoutCountries(s, s.a+at, seller.a)); gap != "" && gap != "," {
			continue
		}
		r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
	}
}

// possessiveStakeCues name a holder's stake after its possessive.
var possessiveStakeCues = newCues("'s shareholding in ", "'s stake in ", "'s holding in ", "'s interest in ", "'s ownership of ", "'s ownership in ")

// possessiveStakeTo reads "X's shareholding in Y has been reduced to 30%
// from 45%" and "lifted X's holding in Y to 31%": X holds that share of
// Y.
func (r *relater) possessiveStakeTo(s *sentence) {
	r.possessiveShareAfter(s)
	i, e, ok := s.cue(0, possessiveStakeCues)
	if !ok || s.negated(0, i) {
		return
	}
	owner, ok := r.orgRightBefore(s, i, 0)
	if !ok {
		return
	}
	owned, ok := r.orgRightAfter(s, e, 30)
	if !ok || owned.e == owner.e {
		return
	}
	rest := s.low[s.past(owned):min(len(s.low), s.past(owned)+40)]
	k := strings.Index(rest, " to ")
	if k < 0 || strings.ContainsAny(rest[:k], ",;") {
		return
	}
	p, _, ok := s.percentAt(s.past(owned) + k + len(" to "))
	if !ok {
		return
	}
	r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
	r.owned, r.ownedIn = owned, s
}

// possessiveShareAfter reads "Z's holding will fall to 30%." after a
// sentence that read a stake in Y: Z holds that share of Y after the
// deal.
func (r *relater) possessiveShareAfter(s *sentence) {
	if r.ownedIn != nil || !r.hasPrevOwned || r.prevOwned.b > s.a || len(s.ms) == 0 || s.ms[0].a != s.a || !r.possessive(s, s.ms[0]) {
		return
	}
	owner := s.ms[0]
	rest := s.low[s.past(owner):]
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "'s"), "'")
	for _, n := range []string{" holding ", " stake ", " shareholding ", " interest "} {
		if !strings.HasPrefix(rest, n) {
			continue
		}
		v := rest[len(n):]
		for _, c := range []string{"will fall to ", "falls to ", "will drop to ", "will be reduced to ", "will be diluted to ", "will rise to ", "will increase to "} {
			if strings.HasPrefix(v, c) {
				at := len(s.low) - len(v) + len(c)
				if p, _, ok := s.percentAt(at); ok && owner.e != r.prevOwned.e && !s.negated(0, at) {
					r.add(entity.StakeIn, owner.e, r.prevOwned.e, s, withPercent(p))
				}
				return
			}
		}
		return
	}
}

// saleOfStake reads a stake sold told as a noun: "a gain on the sale of
// X's 12.5% interest in Y to Z": Z acquires it.
func (r *relater) saleOfStake(s *sentence) {
	// "has offloaded its entire 12% holding in Y to Z".
	for _, v := range []string{" offloaded ", " offloads ", " divested ", " divests ", " disposed of ", " disposes of "} {
		i := s.find(0, v)
		if i < 0 || s.negated(0, i) {
			continue
		}
		after := s.low[i+len(v) : min(len(s.low), i+len(v)+100)]
		// "disposed of 4,500,000 ordinary shares, representing 15% of the
		// equity interest in Y, to Z".
		if soldStake(after[:min(len(after), 60)]) || strings.Contains(after, " shares, representing ") && (strings.Contains(after, " interest in ") || strings.Contains(after, " stake in ")) {
			r.soldStakeTo(s, i+len(v))
		}
	}
	// "the transfer of the Company's entire 35% shareholding in Y to
	// Z": a sale told as a transfer, of shares the owner still holds.
	for _, v := range []string{" sale of ", " transfer of "} {
		i := s.find(0, v)
		if i < 0 || s.negated(0, i) {
			continue
		}
		e := i + len(v)
		if after := s.low[e:min(len(s.low), e+60)]; soldStake(after) || strings.Contains(after, "'s ") && (strings.Contains(after, " stake in ") || strings.Contains(after, " interest in ") || strings.Contains(after, " holding in ")) {
			r.soldStakeTo(s, e)
			if v == " transfer of " {
				r.transferredStake(s, e)
			}
		}
	}
}

// transferredStake reads the owner of a stake to be transferred, named
// in possessive at sentence-relative offset e, and its share: "the
// transfer of the Company's entire 35% shareholding in Y".
func (r *relater) transferredStake(s *sentence, e int) {
	owner, ok := r.orgRightAfter(s, e, len("the "))
	if !ok || !r.possessive(s, owner) || strings.Contains(s.low[:e], "completed") {
		return
	}
	rest := s.low[s.past(owner)+len("'s "):]
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "entire "), "whole ")
	p, pe, ok := s.percentAt(len(s.low) - len(rest))
	if !ok {
		return
	}
	w := prefixOf(s.low[pe:], " stake in ", " interest in ", " shareholding in ", " equity interest in ", " holding in ")
	if w == "" {
		return
	}
	if owned, ok := r.orgRightAfter(s, pe+len(w), 1); ok && owned.e != owner.e {
		r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
	}
}

// heldStakeIn reads a stake a firm is said to hold in passing, of no
// stated size: "X booked an impairment on its stake in Y", "X's holding
// in Y". Not one it sells or has sold: "sold its stake in Y".
func (r *relater) heldStakeIn(s *sentence) {
	i, e, ok := s.cue(0, itsStakeCues)
	if !ok || s.negated(0, i) {
		return
	}
	before := s.low[max(0, i-24):i]
	for _, v := range []string{"sold ", "sell ", "sells ", "selling ", "sale of ", "divested ", "divest ", "offloaded ", "exited ", "disposed of ", "dispose of ",
		"raised ", "raises ", "raise ", "increased ", "lifted ", "trimmed ", "cut ", "reduced ", "to ", "from "} {
		if strings.HasSuffix(before, v) {
			return
		}
	}
	owned, ok := r.orgRightAfter(s, e, 40)
	if !ok {
		return
	}
	// A size after it is the rules' of shares: "its stake in Y to 20%".
	if rest := s.low[s.past(owned):]; strings.HasPrefix(rest, " to ") || strings.HasPrefix(rest, " from ") {
		return
	}
	owner, ok := r.subject(s, i)
	if !ok || owner.e == owned.e || r.kindOf(owner) == entity.KindCountry {
		return
	}
	r.add(entity.StakeIn, owner.e, owned.e, s, nil)
}

// stakeAt reads the verb before a percentage and the owned company after.
func (r *relater) stakeAt(s *sentence, pi, pe int, p decimal.Decimal) {
	// "They take around 40% of our polysilicon": a share of goods.
	if shareOfGoods(s.low[pe:]) {
		return
	}
	if r.completedPurchaseOf(s, pi, pe, p) {
		return
	}
	// "X, 99.99% of whose shares are owned by the Company,": the firm
	// the clause is about, and its owner.
	for _, c := range []string{" of whose shares are owned by ", " of whose shares are held by ", " of whose shares is owned by ", " of whose shares is held by "} {
		if !strings.HasPrefix(s.low[pe:], c) {
			continue
		}
		before := strings.TrimRight(s.low[:pi], " ")
		if !strings.HasSuffix(before, ",") {
			return
		}
		owned, ok1 := r.orgRightBefore(s, s.beforeBrackets(len(before)-1), 1)
		owner, ok2 := r.ownerRightAfter(s, pe+len(c), 8)
		if ok1 && ok2 && owned.e != owner.e && !s.negated(0, pi) {
			r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
		}
		return
	}
	// "A will hold 51% of V and B 34%, with the remaining 15% taken by
	// C": the rest of the firm whose shares the sentence told.
	if hasAnySuffix(s.low[:pi], "with the remaining ", "and the remaining ") && r.ownedIn == s && r.owned.b <= s.at(pi) {
		if c := prefixOf(s.low[pe:], " taken by ", " held by ", " owned by ", " going to ", " to be held by ", " with "); c != "" && !s.negated(0, pi) {
			if owner, ok := r.ownerRightAfter(s, pe+len(c), 8); ok && owner.e != r.owned.e {
				r.add(entity.StakeIn, owner.e, r.owned.e, s, withPercent(p))
			}
		}
		return
	}
	for _, c := range []string{" owned by ", "-owned by ", " held by "} {
		if strings.HasPrefix(s.low[pe:], c) {
			r.ownedBy(s, pi, pe+len(c), p)
			return
		}
	}
	// "X holds 51% of Y. The remaining 49% is held by Z": shares of the
	// company the sentence before told of.
	if c := prefixOf(s.low[pe:], " is held by ", " is owned by ", " is controlled by "); c != "" && s.low[:pi] == "the remaining " && r.ownedIn == nil && r.hasPrevOwned && r.prevOwned.b <= s.a && !s.negated(0, pi) {
		owner, ok := r.ownerRightAfter(s, pe+len(c), 8)
		if !ok {
			owner, ok = r.orgRightAfter(s, pe+len(c), 8)
		}
		if ok && owner.e != r.prevOwned.e {
			r.add(entity.StakeIn, owner.e, r.prevOwned.e, s, withPercent(p))
		}
		return
	}
	if strings.HasPrefix(s.low[pe:], " controlled by ") {
		r.ownedBy(s, pi, pe+len(" controlled by "), p)
		return
	}
	// "agreed to buy the 35% interest in Y held by X": X's share, which
	// the rules of buying read as well.
	if w := prefixOf(s.low[pe:], " interest in ", " stake in ", " equity interest in ", " shareholding in "); w != "" && strings.HasSuffix(s.low[:pi], "the ") {
		if owned, ok := r.orgRightAfter(s, pe+len(w), 1); ok {
			if c := prefixOf(s.low[s.past(owned):], " held by ", " owned by ", " currently held by ", " now held by "); c != "" && !s.negated(0, pi) {
				if owner, ok := r.ownerRightAfter(s, s.past(owned)+len(c), 8); ok && owner.e != owned.e {
					r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
				}
			}
		}
	}
	// "The remaining 55% of Y continues to be held by X", "the
	// remaining 26% of the equity share capital of Y", "the remaining
	// 25% equity interest in Y is held by X".
	if w := prefixOf(s.low[pe:], " of ", " equity interest in ", " interest in ", " stake in ", " shareholding in "); w != "" && (w == " of " || strings.HasSuffix(s.low[:pi], "remaining ")) {
		at := pe + len(w)
		for _, c := range []string{"the equity share capital of ", "the paid-up equity share capital of ", "the share capital of ", "the issued share capital of ", "the shares of ", "the issued shares of ", "the equity of "} {
			if strings.HasPrefix(s.low[at:], c) {
				at += len(c)
				break
			}
		}
		if owned, ok := r.orgRightAfter(s, at, 1); ok {
			rest := s.low[s.past(owned):]
			for _, c := range []string{" continues to be held by ", " is held by ", " is owned by ", " will be held by ", " will continue to be held by ", " remains with ", " sits with ",
				" will remain with ", " will stay with ", " stays with ", " will rest with "} {
				if strings.HasPrefix(rest, c) && !s.negated(0, pi) {
					// "... will stay with its parent, Y": Y.
					at := s.past(owned) + len(c)
					for _, p := range []string{"its parent, ", "its parent company, "} {
						if strings.HasPrefix(s.low[at:], p) {
							at += len(p)
						}
					}
					if owner, ok := r.ownerRightAfter(s, at, 60); ok && owner.e != owned.e {
						r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
					}
					return
				}
			}
		}
	}
	// "A owns 66% of Y; the state's 34% is held through B": B holds the
	// share of Y.
	if c := prefixOf(s.low[pe:], " is held through ", " are held through ", " is owned through "); c != "" && r.ownedIn == s && !s.negated(0, pi) {
		if owner, ok := r.ownerRightAfter(s, pe+len(c), 8); ok && owner.e != r.owned.e {
			r.add(entity.StakeIn, owner.e, r.owned.e, s, withPercent(p))
		}
		return
	}
	// "The remaining 35 percent is owned by X": a share of the company
	// whose stake the text just gave.
	for _, c := range []string{" is owned by ", " is held by ", " are held by ", " are owned by ", " will be held by ", " will be owned by ", " belongs to ", " will belong to ",
		" will continue to be held by ", " will continue to be owned by ", " will be retained by ", " will remain with ", " sits with ", " rests with ", " lies with ", " remains with ", " is with ",
		" continues to be held by ", " continues to be owned by ", " is still held by ", " stays with ", " will stay with ", " remain with ", " stay with "} {
		if strings.HasPrefix(s.low[pe:], c) {
			r.restOwnedBy(s, pi, pe+len(c), p)
			return
		}
	}
	// "X will be owned 30% by A, 19.9% by B", "X is owned as to 80% by
	// A".
	if strings.HasPrefix(s.low[pe:], " by ") {
		for _, v := range []string{"owned as to ", "held as to ", "owned ", "held "} {
			if strings.HasSuffix(s.low[:pi], " "+v) {
				r.ownedBy(s, pi-len(v), pe+len(" by "), p)
				return
			}
		}
	}
	// "X, which already controls Y through a 38.2% stake": a stake in
	// the firm named before.
	if hasAnySuffix(s.low[:pi], " through a ", " through its ") && hasAnyPrefix(s.low[pe:], " stake", " holding", " interest", " shareholding") && !s.negated(0, pi) {
		at := strings.LastIndex(s.low[:pi], " through ")
		if owned, ok := r.orgRightBefore(s, at, 1); ok {
			if b := s.low[:owned.a-s.a]; hasAnySuffix(b, " controls ", " owns ", " holds ", " controls the ", " control ") {
				v := strings.LastIndexByte(b[:len(b)-1], ' ')
				if owner, ok := r.subject(s, v); ok && owner.e != owned.e {
					r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
					return
				}
			}
		}
	}
	// "Trading house B holds the remaining 25%.": the rest of the firm
	// whose stake the sentence before gave.
	// ("... owns the remaining 65% of the venture": the same firm, by a
	// word that names none.)
	// ("Lembah Muda keeps a 40% stake and ...": the seller keeps the
	// rest, its stake named in no firm.)
	keeps := suffixOf(s.low[:pi], " keeps a ", " retains a ", " will keep a ", " will retain a ") != "" && pe < len(s.low) && strings.HasPrefix(s.low[pe:], " stake") &&
		(pe+len(" stake") == len(s.low) || hasAnyPrefix(s.low[pe+len(" stake"):], " and ", ",", "."))
	if v := suffixOf(s.low[:pi], " holds the remaining ", " owns the remaining ", " has the remaining ", " holds the other ", " owns the other ", " has the other ",
		" keeps the remaining ", " retains the remaining ", " will keep the remaining ", " will retain the remaining ", " keeps a ", " retains a ", " will keep a ", " will retain a "); v != "" && r.ownedIn == nil && r.hasPrevOwned && r.prevOwned.b <= s.a &&
		(pe >= len(s.low) || !hasAnyPrefix(s.low[pe:], " of ", " in ", " stake", " interest", " equity", " share") || r.ofItsWord(s, pe) || keeps) && !s.negated(0, pi) {
		owner, ok := r.subject(s, pi-len(v))
		// ("..., while the seller keeps the remaining 30%": the one who
		// sold, not a firm of the clause before.)
		if ok && owner.a >= s.a && owner.b <= s.at(pi-len(v)) && strings.Contains(s.low[owner.b-s.a:pi-len(v)], " while ") {
			ok = false
		}
		if strings.Contains(v, "keep") || strings.Contains(v, "retain") {
			if !ok && hasAnySuffix(s.low[:pi-len(v)], " the seller", " the vendor", "the seller", "the vendor") {
				for _, sv := range r.sellers {
					if sv[1] == r.prevOwned.e {
						owner, ok = ment{e: sv[0]}, true
					}
				}
			}
		}
		if ok && owner.e != r.prevOwned.e {
			r.add(entity.StakeIn, owner.e, r.prevOwned.e, s, withPercent(p))
		}
		return
	}
	// "Y, the conglomerate that founded the project and will keep 45%
	// after the deal closes": the seller keeps a share of the firm
	// whose stake the sentence before gave.
	if v := suffixOf(s.low[:pi], " will keep ", " will retain ", " keeps ", " retains "); v != "" && r.ownedIn == nil && r.hasPrevOwned && r.prevOwned.b <= s.a &&
		(pe >= len(s.low) || hasAnyPrefix(s.low[pe:], " after ", " once ", " following ", " when ", ",", ".")) && !s.negated(0, pi) {
		w := max(strings.LastIndex(s.low[:pi-len(v)], " that "), strings.LastIndex(s.low[:pi-len(v)], " which "))
		if w >= 0 && pi-w < 120 {
			if os := r.orgsBefore(s, w, 1); len(os) == 1 && os[0].e != r.prevOwned.e && s.at(w)-os[0].b < 80 {
				r.add(entity.StakeIn, os[0].e, r.prevOwned.e, s, withPercent(p))
				return
			}
		}
	}
	before := s.low[max(0, pi-40):pi]
	verbAt, forAt := -1, -1
	for n, v := range ownVerbCues.cues {
		if !s.may(ownVerbCues, n) {
			continue
		}
		if k := strings.LastIndex(before, v); k >= 0 {
			abs := max(0, pi-40) + k
			if abs > 0 && isWordChar(s.low[abs-1]) {
				continue
			}
			// "for a" is read only where no verb of owning stands:
			// "will subscribe for a 12.5% stake" is subscribed for.
			if strings.HasPrefix(v, "for a") {
				forAt = max(forAt, abs)
			} else if abs > verbAt {
				verbAt = abs
			}
		}
	}
	if verbAt < 0 {
		verbAt = forAt
	}
	if verbAt < 0 {
		verbAt = sharesRepresenting(s.low, pi)
	}
	// "resolved to acquire, through its wholly-owned subsidiary Y
	// (hereinafter "Y"), a 15.0% stake in Z": the verb before the unit's
	// clause; the unit holds the stake (and its parent buys it, below).
	var unit ment
	if verbAt < 0 && hasAnySuffix(s.low[:pi], ", a ", ", an ") {
		if w := strings.LastIndex(s.low[max(0, pi-160):pi], ", through its "); w >= 0 {
			w += max(0, pi-160)
			if v := strings.LastIndexByte(s.low[:w], ' '); v >= 0 && slices.Contains([]string{"acquire", "acquired", "buy", "bought", "purchase", "purchased", "take", "took", "hold", "holds", "held", "own", "owns"}, s.low[v+1:w]) {
				if u, ok := r.orgRightAfter(s, w+len(", through its "), 40); ok && !strings.ContainsAny(s.low[w+2:u.a-s.a], ",;") {
					verbAt, unit = v+1, u
				}
			}
		}
	}
	// "would buy Konkan Resources' 51% stake in Y": the share is the
	// possessive's, whether or not the sale happens.
	seller, sold := ment{}, false
	if b := s.low[:pi]; strings.HasSuffix(b, "' ") || strings.HasSuffix(b, "'s ") {
		at := strings.LastIndexByte(b[:len(b)-1], '\'')
		if m, ok := r.orgRightBefore(s, at, 0); ok && hasAnyPrefix(s.low[pe:], " stake in ", " interest in ", " holding in ", " shareholding in ", " equity interest in ") {
			// (Not "the sale of X's 12.5% interest in Y": sold before.)
			w := s.low[max(0, m.a-s.a-24) : m.a-s.a]
			seller, sold = m, !strings.Contains(w, "sale of") && !strings.Contains(w, "disposal of") && !strings.Contains(w, "sold") && !strings.Contains(w, "divest")
		}
	}
	if sold {
		e := pe + strings.Index(s.low[pe:], " in ") + len(" in ")
		if owned, ok := r.orgRightAfter(s, e, 1); ok && owned.e != seller.e {
			r.add(entity.StakeIn, seller.e, owned.e, s, withPercent(p))
			if verbAt >= 0 && !s.negated(0, pi) && hasAnyPrefix(s.low[verbAt:], "acqui", "bu", "bought", "purchas", "take") {
				if buyer, ok := r.subject(s, verbAt); ok && buyer.e != owned.e && buyer.e != seller.e {
					r.add(entity.Acquisition, buyer.e, owned.e, s, withPercent(p))
				}
			}
		}
		return
	}
	if verbAt < 0 || s.negated(0, pi) {
		return
	}
	// "speculation that the Group is in discussions to acquire the
	// remaining 49%": talk of a deal, no stake.
	if before := s.low[:verbAt]; rumoured(before) || hasAnySuffix(before, "in discussions to ", "in talks to ", "in negotiations to ") {
		return
	}
	// "has agreed to sell a 40% stake in Y to Z": the share sold, which
	// the rules of selling read.
	if between := s.low[verbAt:pi]; strings.Contains(between, " sell ") || strings.Contains(between, " sold ") || strings.Contains(between, " divest ") || strings.Contains(between, " dispose of ") ||
		strings.Contains(between, " offload") || strings.Contains(between, " divested ") || strings.Contains(between, " disposed of ") {
		return
	}
	// "a joint venture, V, in which each will hold 50%": every party named
	// before V holds that share of it.
	if strings.HasSuffix(s.low[:verbAt], "each ") || strings.HasSuffix(s.low[:verbAt], "each will ") {
		set := func(rel *article.Relation) { rel.Percent, rel.HasPercent = p, true }
		if k := strings.LastIndex(s.low[:verbAt], ", in which "); k >= 0 {
			if v, ok := r.orgRightBefore(s, k, 1); ok {
				for _, o := range r.orgsIn(s, 0, v.a-s.a) {
					r.add(entity.StakeIn, o.e, v.e, s, set)
				}
			}
			return
		}
		// "A and B each hold 50% of the railway company".
		if rest := s.low[pe:]; strings.HasPrefix(rest, " of ") || strings.HasPrefix(rest, " in ") {
			owned, ok := r.orgRightAfter(s, pe+len(" of "), 40)
			each := strings.LastIndex(s.low[:verbAt], "each ")
			if ps := r.partiesBefore(s, each); ok && len(ps) >= 2 {
				for _, o := range ps {
					r.add(entity.StakeIn, o.e, owned.e, s, set)
				}
			}
		}
		return
	}
	after := s.low[pe:]
	k := 0
	for _, w := range []string{" indirect", " direct", " equity", " stake", " interest", " shareholding", " share", " holding"} {
		if strings.HasPrefix(after[k:], w) {
			k += len(w)
		}
	}
	// "will pay A$412 million for a 30 per cent stake in Y": a price
	// paid for a stake buys it; "for a" alone owns nothing.
	// So does "will pay US$85 million for 40% of Y", and "will fund
	// ... in exchange for 40% of Y".
	exchange := hasAnyPrefix(s.low[verbAt:], "in exchange for ", "in return for ")
	priced := hasAnyPrefix(s.low[verbAt:], "million for ", "billion for ")
	paid := strings.HasPrefix(s.low[verbAt:], "for a") || exchange || priced
	if paid && !exchange && (k == 0 && !(priced && strings.HasPrefix(after, " of ")) || !paidBefore(s.low[:verbAt])) {
		return
	}
	// "Among them, A holds 51% of the shares and B holds 49%": the
	// shares of the firm the text just told of, as a bare share is.
	if rest := after[k:]; hasAnyPrefix(rest, " of the shares and ", " of the shares,", " of the shares.") || rest == " of the shares" {
		if !r.inWhich(s, verbAt, p) {
			r.bareShare(s, verbAt, pe+k+len(" of the shares"), p)
		}
		return
	}
	var rest string
	switch {
	case strings.HasPrefix(after[k:], " in "):
		k += 4
	case strings.HasPrefix(after[k:], " of "):
		k += 4
	default:
		// "which hold 74% and 26% of its equity respectively": one share
		// of a list, which respectively reads.
		if q := s.find(pe, "respectively"); q >= 0 && q-pe < 60 {
			return
		}
		if r.sharesGiving(s, verbAt, pe, p) || r.whichHoldsBlock(s, verbAt, p) || r.listedHolderHolds(s, verbAt, p) {
			return
		}
		if !r.inWhich(s, verbAt, p) {
			// "will keep its 8 percent holding."
			r.bareShare(s, verbAt, pe+k, p)
		}
		return
	}
	rest = after[k:]
	if r.whichHolds(s, verbAt, pe+k, p) {
		return
	}
	ms := s.from(pe + k)
	startsMention := len(ms) > 0 && ms[0].a == s.at(pe+k)
	for _, skip := range []string{"the ", "a ", "an "} {
		// "the Australian company" may itself be a mention.
		if strings.HasPrefix(rest, skip) && !startsMention {
			k += len(skip)
			break
		}
	}
	if strings.HasPrefix(rest, "its ") && possessesShares("'s "+rest[len("its "):]) {
		r.itsSharesHeld(s, verbAt, p)
		return
	}
	// "51% of the issued and paid-up capital of Y": the shares of Y.
	if strings.HasPrefix(rest, "the ") && !startsMention {
		k += sharesOf(s.low[pe+k:])
	}
	owned, ok := r.orgRightAfter(s, pe+k, 40)
	// ("to buy 55% of Jiangxi battery foil maker from Y": the seller,
	// after words that name no firm.)
	if ok && strings.Contains(s.low[pe+k:max(pe+k, owned.a-s.a)], " from ") {
		ok = false
	}
	if ok && r.possessive(s, owned) && possessesShares(s.low[owned.b-s.a:]) {
		// "23.5% of the Company's shares": a stake in the company.
	} else if ok && r.possessive(s, owned) {
		// "a 25% interest in Tana's second line" is a stake in an asset,
		// "a 30% stake in Tana's pelletising unit, Y" one in Y.
		owned, ok = r.unitNamed(s, owned.b-s.a+len("'s "))
	}
	if !ok && strings.HasPrefix(rest, "the ") {
		// "Its parent, Y, owns 66% of the operator": the firm the
		// sentence before names.
		at := pe + k
		if at >= len("the ") && strings.HasPrefix(s.low[at-len("the "):], "the ") {
			at -= len("the ")
		}
		// (Not "70% of the venture", one being formed, nor "of the
		// smelter", a plant.)
		w := ""
		if strings.HasPrefix(s.low[at:], "the ") {
			w, _, _ = strings.Cut(s.low[at+len("the "):], " ")
			w = strings.TrimRight(w, ".,;")
		}
		// "X will acquire the stake in Y. Z will keep 60% of the unit":
		// the firm whose shares the sentence before told of.
		if (w == "unit" || w == "subsidiary") && r.ownedIn == nil && r.hasPrevOwned && r.prevOwned.b <= s.a {
			if owner, ok := r.subject(s, verbAt); ok && owner.e != r.prevOwned.e && !r.possessive(s, owner) {
				a := r.prevOwned
				r.add(entity.StakeIn, owner.e, a.e, s, withPercent(p))
				// A majority of its unit: the unit stays its subsidiary.
				if p.GreaterThan(decimal.NewFromInt(50)) {
					r.add(entity.SubsidiaryOf, a.e, owner.e, s, nil)
				}
				r.owned, r.ownedIn = a, s
			}
			return
		}
		if a, found := r.describedAntecedent(s, at); found && (firmAnaphorHeads[w] || w == "operator") && !slices.ContainsFunc(s.ms, func(m ment) bool { return m.e == a.e }) {
			// The owned is named in another sentence: read the owner
			// and stop, as for "the company" below.
			if owner, ok := r.subject(s, verbAt); ok && owner.e != a.e && !r.possessive(s, owner) {
				r.add(entity.StakeIn, owner.e, a.e, s, withPercent(p))
				r.owned, r.ownedIn = a, s
			}
			return
		}
	}
	if !ok {
		// "in which the Company holds 76.5% of the equity interest".
		r.inWhich(s, verbAt, p)
		return
	}
	owner, ok := r.subject(s, verbAt)
	// "Execution of Supply Agreement with A and Acquisition of a 60%
	// Equity Interest in Y": a subject's title of two deals names no
	// buyer; A is the first deal's party.
	if ok && owner.a >= s.a && hasAnyPrefix(s.low[verbAt:], "acquisition of ", "purchase of ") && hasAnySuffix(s.low[:owner.a-s.a], " with ", " from ") {
		return
	}
	if !ok {
		// "JOGMEC will take a 30% stake in Y": a state body holds
		// shares too.
		owner, ok = r.bodyRightBefore(s, verbAt)
	}
	if !ok {
		// "the Republic of Senegal holds the remaining 10%": a state
		// holds shares itself.
		owner, ok = r.stateRightBefore(s, verbAt)
	}
	// "The Government of Guinea holds the remaining 15% of Y through
	// the state portfolio company Z": a state holds through its firm,
	// which holds the shares.
	if rest := s.low[s.past(owned):]; (!ok && strings.HasPrefix(s.low, "the government of ") || ok && r.kindOf(owner) == entity.KindCountry) && strings.HasPrefix(rest, " through ") {
		if z, found := r.orgRightAfter(s, s.past(owned)+len(" through "), 40); found && z.e != owned.e {
			owner, ok = z, true
		}
	}
	if unit.b > 0 {
		owner, ok = unit, true
	}
	// ("X, the largest shareholder, holding 38.6% of Y", "X is the
	// controlling shareholder of the Company, holding 58.6% of its
	// shares": the participle's holder is the clause's subject.)
	participle := hasAnyPrefix(s.low[verbAt:], "holding ", "owning ") && hasAnySuffix(s.low[:verbAt], ", ", "shareholder ")
	for _, v := range itVerbs {
		if strings.HasPrefix(s.low[verbAt:], v) || participle {
			if first, found := r.firstOrg(s, verbAt); found {
				owner, ok = first, true
			} else {
				owner, ok = r.antecedent(s)
			}
			break
		}
	}
	if !ok {
		return
	}
	if r.togetherBuy(s, verbAt, owned) {
		return
	}
	if owned.e == owner.e {
		// "X's promoter, Y, holds 54.6% of the company": a company does
		// not hold itself; the company is the owner named first.
		first, ok := r.firstOrg(s, owner.a-s.a)
		switch {
		case ok && first.e != owner.e && r.possessive(s, first):
			owned = first
		case ok && first.e != owner.e && inApposition(s.low[first.b-s.a:owner.a-s.a]):
			// "X, the parent of Y, holds 62.5% of Y": Y is named in the
			// apposition that describes X, the owner.
			owner = first
		case strings.HasPrefix(s.low[owned.a-s.a:], "the "):
			// "Promoter entity Y holds 58.2% of the company": the company
			// the sentences before speak of.
			a, ok := r.antecedent(s)
			if !ok || a.e == owner.e {
				return
			}
			// The company is named in another sentence: what follows
			// reads the text after the owned in this one, so stop here.
			r.add(entity.StakeIn, owner.e, a.e, s, func(rel *article.Relation) { rel.Percent, rel.HasPercent = p, true })
			r.owned, r.ownedIn = a, s
			// "In 2024 Y bought 19.9% of the company": bought.
			if hasAnyPrefix(s.low[verbAt:], "acqui", "bought", "buy", "purchas", "picked up", "snapped up", "subscri") {
				r.add(entity.Acquisition, owner.e, a.e, s, withPercent(p))
			}
			return
		default:
			return
		}
	}
	set := func(rel *article.Relation) { rel.Percent, rel.HasPercent = p, true }
	// "buying the remaining 35% of Y": the buyer then holds all of Y,
	// not the share it bought.
	if !(strings.HasSuffix(s.low[:pi], " the remaining ") && hasAnyPrefix(s.low[verbAt:], "acqui", "bought", "buy", "purchas")) {
		r.add(entity.StakeIn, owner.e, owned.e, s, set)
	}
	r.owned, r.ownedIn = owned, s
	// "will acquire a 20% interest in Y from Z": Z sells shares of Y.
	r.noteSeller(s, owner, owned)
	// "A owns 65% of Y, with B holding the rest".
	// "A owns 20% of Y, alongside B and C": B and C hold shares of Y
	// too.
	if at := withAfter(s, s.past(owned)); strings.HasPrefix(s.low[at:], ", alongside ") {
		r.alongside(s, at+len(", alongside "), owner, owned)
	}
	if strings.HasPrefix(s.low[withAfter(s, s.past(owned)):], ", with ") {
		r.withRest(s, owned, owned)
		// "A will own 60% of the venture, V, with B holding 30%": the
		// owners are partners.
		r.ventureOwners(s, owned)
	}
	// "holds a 12.5pc stake in Y, which it bought in 2023".
	// ("holds an 8.5% stake in Y, acquired in 2023": so too.)
	if rest := s.low[owned.b-s.a:]; strings.HasPrefix(rest, ", which it bought") || strings.HasPrefix(rest, ", which it acquired") || strings.HasPrefix(rest, ", which it purchased") ||
		hasAnyPrefix(rest, ", acquired in ", ", bought in ", ", purchased in ") {
		r.add(entity.Acquisition, owner.e, owned.e, s, set)
	}
	// ("will take a 49% stake in" a venture being formed buys nothing.)
	// "will subscribe for new Y shares, giving it a 9.8% stake in Y":
	// the shares it takes buy the stake.
	gives := strings.HasPrefix(s.low[verbAt:], "giv") && slices.ContainsFunc(buyingWords, func(w string) bool { return strings.Contains(s.low[max(0, verbAt-80):verbAt], w) })
	// "On completion X will hold a 15.0% interest in Y": the deal the
	// text told before buys it.
	// (Not when the owner held more before: "X currently holds 90% of
	// Y. Upon completion, X will hold 20%" tells a sale.)
	// (Not "will hold the remaining 80%", nor "will retain 70%": what
	// the seller keeps.)
	completes := hasAnyPrefix(s.low, "on completion", "upon completion", "following completion", "after completion") && strings.HasSuffix(s.low[:verbAt], "will ") &&
		!r.heldMore(owner.e, owned.e, p) && !slices.Contains(r.sellers, [2]int{owner.e, owned.e}) && !strings.Contains(s.low[verbAt:pi], " remaining ") && !hasAnyPrefix(s.low[verbAt:], "retain", "keep")
	// "has completed its purchase of a 60% stake in Y".
	if w := s.low[max(0, pi-48):pi]; (strings.Contains(w, "purchase of") || strings.Contains(w, "acquisition of")) &&
		(strings.Contains(w, "completed ") || strings.Contains(w, "completes ") || strings.Contains(w, "closed ") || strings.Contains(w, "finalised ") || strings.Contains(w, "finalized ") || strings.Contains(w, "approved ")) {
		completes = true
	}
	// "has agreed to take a 9.9% stake in Y through a placement": shares
	// bought. (A stake taken in a venture being formed buys nothing.)
	takes := strings.HasPrefix(s.low[verbAt:], "take") && (strings.HasSuffix(s.low[:verbAt], "agreed to ") || strings.Contains(s.low[owned.b-s.a:min(len(s.low), owned.b-s.a+40)], " placement"))
	// "Hinode has taken a 26% stake in Y", "took a 20% stake in Y": a
	// stake taken in a firm that is there, no venture.
	if hasAnyPrefix(s.low[verbAt:], "took ", "taken ", "has taken ", "have taken ") && !strings.Contains(s.low, "venture") {
		takes = true
	}
	if paid || gives || completes || takes || strings.HasPrefix(s.low[verbAt:], "acqui") || strings.HasPrefix(s.low[verbAt:], "bu") || strings.HasPrefix(s.low[verbAt:], "bought") || strings.HasPrefix(s.low[verbAt:], "subscri") ||
		strings.HasPrefix(s.low[verbAt:], "pick") || strings.HasPrefix(s.low[verbAt:], "snap") {
		// "X resolved to acquire, through its wholly-owned subsidiary
		// Y, a 15.0% stake in Z": Y holds the stake, X buys it.
		buyer := owner
		if owner.a < s.a {
			// (An owner of the sentences before.)
		} else if w := strings.LastIndex(s.low[:owner.a-s.a], ", through its "); w >= 0 && !strings.Contains(s.low[w:owner.a-s.a], ";") {
			if first, found := r.firstOrg(s, w); found && first.e != owned.e {
				buyer = first
			}
		}
		r.add(entity.Acquisition, buyer.e, owned.e, s, set)
	}
	// "A holds 51% of V and B the remaining 49%", "A will own 74% of the
	// venture and trading house B (TSE: 8076) the remaining 26%".
	if rest := s.low[owned.b-s.a:]; strings.HasPrefix(rest, " and ") || strings.HasPrefix(rest, ", and ") {
		and := owned.b - s.a + strings.Index(rest, " and ") + len(" and ")
		if other, ok := r.orgRightAfter(s, and, 1); ok && other.e != owned.e && other.e != owner.e {
			base := s.past(other)
			tail := s.low[base:]
			// ("60% of the joint venture, V, and B the remaining 40%":
			// the venture named in apposition.)
			if strings.HasPrefix(s.low[owned.a-s.a:], "the venture") || strings.HasPrefix(s.low[owned.a-s.a:], "the joint venture") ||
				hasAnySuffix(s.low[:owned.a-s.a], "the joint venture, ", "the venture, ", "the joint venture company, ") {
				// Two owners of the venture are its partners.
				if strings.HasPrefix(tail, " the remaining ") || strings.HasPrefix(tail, " the rest") {
					r.add(entity.JointVenture, owner.e, other.e, s, nil)
				}
			}
			for _, w := range []string{" the remaining ", " the rest", " the other ", " "} {
				if !strings.HasPrefix(tail, w) {
					continue
				}
				if q, _, ok := s.percentAt(base + len(w)); ok {
					r.add(entity.StakeIn, other.e, owned.e, s, func(rel *article.Relation) { rel.Percent, rel.HasPercent = q, true })
				} else if w == " the rest" {
					r.add(entity.StakeIn, other.e, owned.e, s, nil)
				}
				break
			}
		}
	}
}

// inWhich reads a share held "in which" the owned comes first: "X, in
// which Y holds a 35% stake", "X, a subsidiary of the Company in which
// the Company holds 76.5%". The verb starts at verbAt. It reports
// whether the clause was one.
func (r *relater) inWhich(s *sentence, verbAt int, p decimal.Decimal) bool {
	w := strings.LastIndex(s.low[:verbAt], " in which ")
	if w < 0 || verbAt-w > clauseBack {
		return false
	}
	var owner ment
	ok := false
	it := strings.HasPrefix(s.low[w+len(" in which "):], "it ")
	if it {
		// "the miner in which it holds 65%": the sentence's subject.
		owner, ok = r.firstOrg(s, w)
	} else {
		owner, ok = r.orgRightAfter(s, w+len(" in which "), 40)
		// ("in which CZNF subsidiary Y holds 49%": the unit holds it.)
		if ok {
			if u := prefixOf(s.low[s.past(owner):], " subsidiary ", " unit "); u != "" {
				if child, found := r.orgRightAfter(s, s.past(owner)+len(u), 0); found && child.a == s.at(s.past(owner)+len(u)) && child.b <= s.at(verbAt) {
					owner = child
				}
			}
		}
	}
	if !ok || owner.b > s.at(verbAt) {
		return true
	}
	owned, ok := r.orgRightBefore(s, w+1, 2)
	if !ok && w > 0 && s.low[w-1] == ',' {
		// `X ("KTR"), in which`: past the short name in brackets.
		owned, ok = r.orgRightBefore(s, s.beforeBrackets(w-1), 1)
	}
	if !ok {
		// "PT X, the East Kalimantan miner in which": past its
		// description.
		before := s.low[max(0, w-60):w]
		if c := max(strings.LastIndex(before, ", the "), strings.LastIndex(before, ", a "), strings.LastIndex(before, ", an ")); c >= 0 && !strings.Contains(before[c+2:], ",") {
			owned, ok = r.orgRightBefore(s, s.beforeBrackets(max(0, w-60)+c), 1)
		}
	}
	if !ok {
		// "X, a joint venture company established by A and B in
		// September, in which A holds 70%": the venture the apposition
		// names, past who set it up.
		from := max(0, w-clauseBack/2)
		before := s.low[from:w]
		c := -1
		for _, v := range []string{", a joint venture ", ", the joint venture ", ", a joint-venture ", ", a venture "} {
			c = max(c, strings.LastIndex(before, v))
		}
		if c >= 0 && !fullStopIn(r.d.v.s[s.a+from+c:s.a+w]) {
			owned, ok = r.orgRightBefore(s, s.beforeBrackets(from+c), 1)
		}
	}
	if ok && owned.e == owner.e {
		// "a subsidiary of the Company in which the Company holds": the
		// clause is about the subsidiary the sentence named before.
		ok = false
		orgs := r.orgsBefore(s, w, maxBack)
		for k := len(orgs) - 1; k >= 0; k-- {
			if orgs[k].e != owner.e {
				owned, ok = orgs[k], true
				break
			}
		}
		// ("It began ... through V, a joint venture in which it holds
		// 60%": "it" is the firm the sentence before is about.)
		if lead := " " + s.low[:max(0, owned.a-s.a)]; it && !ok && s.prev != nil && (strings.Contains(lead, " it ") || strings.Contains(lead, ", it ")) {
			if prev, found := r.firstOrg(s.prev, len(s.prev.low)); found && prev.e != owned.e {
				owner, ok = prev, true
			}
		}
	}
	if ok && owner.e != owned.e {
		r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
		// "X, in which it bought a 49% stake from Y last year": a
		// purchase too.
		if hasAnyPrefix(s.low[verbAt:], "bought ", "buys ", "buy ", "acquired ", "acquires ", "acquire ", "took ", "picked up ") && !s.negated(0, verbAt) {
			r.add(entity.Acquisition, owner.e, owned.e, s, withPercent(p))
		}
		r.owned, r.ownedIn = owned, s
		// "X, a joint venture in which A holds 70% and B holds 30%": the
		// second owner, and the two as partners when X is a venture.
		// ("in which A will hold 51%, B 29% and C 20%": more owners,
		// the verb left out.)
		cur := verbAt
		for n := 0; n < maxOwners; n++ {
			a := -1
			for _, sep := range []string{", and ", " and ", ", "} {
				if k := strings.Index(s.low[cur:min(len(s.low), cur+40)], sep); k >= 0 && (a < 0 || k < a) {
					a = k + len(sep)
				}
			}
			if a < 0 {
				break
			}
			at := cur + a
			other, ok := r.orgRightAfter(s, at, 1)
			if !ok || other.e == owned.e || other.e == owner.e {
				break
			}
			rest := s.low[s.past(other):]
			found := false
			// ("... and B 40%": the verb left out.)
			for _, v := range []string{" holds ", " owns ", " has ", " will hold ", " will own ", " the remaining ", " "} {
				if !strings.HasPrefix(rest, v) {
					continue
				}
				if q, qe, ok := s.percentAt(s.past(other) + len(v)); ok {
					r.add(entity.StakeIn, other.e, owned.e, s, withPercent(q))
					if strings.Contains(s.low[max(0, w-40):w], "venture") {
						r.add(entity.JointVenture, owner.e, other.e, s, nil)
					}
					cur, found = qe, true
				}
				break
			}
			if !found {
				break
			}
		}
		// "X, a subsidiary in which Y holds 99.9%": X is Y's unit too.
		if hasAnySuffix(s.low[:w], " subsidiary", " subsidiaries", " unit") && !strings.Contains(s.low[owned.b-s.a:w], " of ") {
			r.add(entity.SubsidiaryOf, owned.e, owner.e, s, nil)
		}
	}
	return true
}

// subscribeVerbs take up shares a company issues.
var subscribeVerbs = []string{" subscribe to ", " subscribe for ", " subscribed to ", " subscribed for ", " subscribes to ", " subscribes for ", " subscribing to "}

// subscribesShares reads "X will subscribe to newly issued shares in Y":
// X buys into Y and holds a stake in it.
func (r *relater) subscribesShares(s *sentence) {
	for _, v := range subscribeVerbs {
		i := s.find(0, v)
		if i < 0 || s.negated(0, i) {
			continue
		}
		rest := s.low[i+len(v):]
		k := 0
		// "subscribe for 38,400,000 new common shares of Y".
		n := 0
		for n < len(rest) && (isDigit(rest[n]) || n > 0 && (rest[n] == ',' || rest[n] == '.')) {
			n++
		}
		if n > 0 && n < len(rest) && rest[n] == ' ' {
			k = n + 1
		}
		// "82.8 million new fully paid ordinary shares in Y".
		for again := true; again; {
			again = false
			for _, w := range []string{"million ", "billion ", "the ", "newly issued ", "newly-issued ", "new ", "additional ", "fully paid ", "fully-paid ", "preference ", "ordinary ", "common "} {
				if strings.HasPrefix(rest[k:], w) {
					k += len(w)
					again = true
				}
			}
		}
		// "subscribe for a 9.9% stake in Y": a share of it.
		var set func(*article.Relation)
		if strings.HasPrefix(rest[k:], "a ") {
			if p, pe, ok := s.percentAt(i + len(v) + k + len("a ")); ok {
				if w := s.low[pe:]; hasAnyPrefix(w, " stake in ", " interest in ", " equity interest in ") {
					set = withPercent(p)
					k = pe - (i + len(v)) + strings.Index(w, " in ") + len(" in ") - len("shares in ")
				}
			}
		}
		if set == nil && !strings.HasPrefix(rest[k:], "shares in ") && !strings.HasPrefix(rest[k:], "shares of ") {
			continue
		}
		at := i + len(v) + k + len("shares in ")
		target, ok := r.orgRightAfter(s, at, 4)
		if !ok || r.possessive(s, target) {
			continue
		}
		buyer, ok := r.subject(s, i)
		// "... to Y, which will also subscribe for a 9.9% stake in X":
		// the firm the relative clause is of.
		if w := strings.LastIndex(s.low[:i], ", which "); w >= 0 && !strings.Contains(s.low[w+2:i], ", ") {
			if m, found := r.orgRightBefore(s, s.beforeBrackets(w), 1); found {
				buyer, ok = m, true
			}
		}
		// "The Company will, through its wholly owned subsidiary Y,
		// subscribe": the Company buys.
		if w := strings.LastIndex(s.low[:i], ", through its "); w >= 0 {
			if first, found := r.firstOrg(s, w); found {
				buyer, ok = first, true
			}
		}
		if !ok || buyer.e == target.e {
			continue
		}
		r.add(entity.Acquisition, buyer.e, target.e, s, set)
		r.add(entity.StakeIn, buyer.e, target.e, s, set)
		return
	}
}

// boughtOut reads "X has bought out its partner Y in Z": X buys Z, the
// venture, of which it now holds the whole, and Y was its partner there.
// i is where the verb of buying stands, e where it ends. It reports
// whether the sentence had that shape.
func (r *relater) boughtOut(s *sentence, i, e int) bool {
	rest := s.low[e:]
	if !strings.HasPrefix(rest, "out ") {
		return false
	}
	k := e + len("out ")
	for _, p := range []string{"its joint venture partner ", "its joint-venture partner ", "its partner ", "partner "} {
		if strings.HasPrefix(s.low[k:], p) {
			k += len(p)
			break
		}
	}
	partner, ok := r.orgRightAfter(s, k, 1)
	if !ok {
		return false
	}
	j := s.past(partner)
	if !strings.HasPrefix(s.low[j:], " in ") {
		return false
	}
	venture, ok := r.orgRightAfter(s, j+len(" in "), 4)
	if !ok {
		return false
	}
	buyer, ok := r.subject(s, i)
	if !ok || buyer.e == venture.e || buyer.e == partner.e || partner.e == venture.e {
		return false
	}
	r.add(entity.Acquisition, buyer.e, venture.e, s, nil)
	r.add(entity.StakeIn, buyer.e, venture.e, s, nil)
	r.add(entity.JointVenture, buyer.e, partner.e, s, nil)
	return true
}

// restOwnedBy reads "The remaining 35 percent is owned by X" from the
// owner's offset e: X holds that share of the company whose stake this
// sentence or the one before gave, when the share opens the sentence.
func (r *relater) restOwnedBy(s *sentence, pi, e int, p decimal.Decimal) {
	// ("...owns 40% of Y; the other 60% is held by": the clause after
	// a semicolon.)
	clause := strings.LastIndexByte(s.low[:pi], ';') + 1
	if pi-clause > 40 || s.negated(0, pi) {
		return
	}
	// "The remaining 10% is held by Mr. X, a director of Y": people
	// hold shares too.
	owner, ok := r.rightAfter(s, e, 60, func(m ment) bool {
		k := r.kindOf(m)
		return r.isOrg(m) || k == entity.KindGovernment || k == entity.KindPerson
	})
	// "stays with the founder and managing director of Y, X": the
	// person whose title is of Y.
	if rest := s.low[e:min(len(s.low), e+80)]; strings.HasPrefix(rest, "the ") {
		if c := strings.Index(rest, ", "); c > 0 && strings.Contains(rest[:c], " of ") {
			if p, found := r.rightAfter(s, e+c+2, 1, func(m ment) bool { return r.kindOf(m) == entity.KindPerson }); found {
				owner, ok = p, true
			}
		}
	}
	if !ok {
		return
	}
	var owned ment
	switch {
	case r.ownedIn == s:
		owned = r.owned
	case r.ownedIn == nil && r.hasPrevOwned:
		owned = r.prevOwned
	default:
		// "We hold 30% of Y. It slices ingots for us. The other 70% is
		// held by Z": the last share read, a sentence or two before.
		e, ok := r.lastShareOwned(s.a - 300)
		if !ok {
			return
		}
		owned = ment{e: e}
	}
	// "the other 60% is held by A (30%) and B (30%)": each owner its
	// share in brackets.
	if q, qe, ok := s.bracketPercent(owner.b - s.a); ok {
		if owned.e != owner.e {
			r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(q))
		}
		if strings.HasPrefix(s.low[qe:], " and ") {
			if next, ok := r.rightAfter(s, qe+len(" and "), 16, func(m ment) bool { return r.isOrg(m) || r.kindOf(m) == entity.KindPerson }); ok && next.e != owned.e {
				if q2, _, ok := s.bracketPercent(next.b - s.a); ok {
					r.add(entity.StakeIn, next.e, owned.e, s, withPercent(q2))
				}
			}
		}
		return
	}
	if owned.e != owner.e {
		r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
		// "20 percent is held by A and 10 percent by B".
		r.ownerChain(s, owner.b-s.a, owned, owner)
	}
}

// bracketPercent reads a share in brackets at sentence offset i: " (30%)",
// " (30 per cent)". It returns the share and the offset after the
// closing bracket.
func (s *sentence) bracketPercent(i int) (decimal.Decimal, int, bool) {
	if !strings.HasPrefix(s.low[i:], " (") {
		return decimal.Decimal{}, 0, false
	}
	q, qe, ok := s.percentAt(i + 2)
	if !ok || !strings.HasPrefix(s.low[qe:], ")") {
		return decimal.Decimal{}, 0, false
	}
	return q, qe + 1, true
}

// lastShareOwned returns the entity the last stake with a share read
// names as owned, when that stake's sentence ends after view offset
// from.
func (r *relater) lastShareOwned(from int) (int, bool) {
	st, _ := r.d.v.span(max(0, from), max(0, from))
	for k := len(r.a.Relations) - 1; k >= 0; k-- {
		rel := &r.a.Relations[k]
		if rel.Span.End < st {
			break
		}
		if rel.Kind != entity.StakeIn || !rel.HasPercent {
			continue
		}
		for e := range r.a.Entities {
			if r.a.Entities[e].ID == rel.Object {
				return e, true
			}
		}
	}
	return -1, false
}

// ventureOpens returns the firm that opens s when the sentence goes on
// "is a joint venture between" and a clause of shares follows before
// verbAt: "V is a joint venture between A and B; A owns 60% and B 40%".
func (r *relater) ventureOpens(s *sentence, verbAt int) (ment, bool) {
	var v ment
	var rest string
	switch {
	case len(s.ms) > 0 && s.ms[0].a == s.a && r.isOrg(s.ms[0]):
		v = s.ms[0]
		rest = s.low[s.past(v):]
	case strings.HasPrefix(s.low, "it is a "):
		// "It is a joint venture of A, which holds 51%, and B": the firm
		// the sentence before is about.
		var ok bool
		if v, ok = r.subject(s, len("it")); !ok {
			return ment{}, false
		}
		rest = s.low[len("it"):]
	default:
		return ment{}, false
	}
	if !hasAnyPrefix(rest, " is a joint venture between ", " is a joint venture of ", " is a 50:50 joint venture between ", " is a 50-50 joint venture between ", " is an equal joint venture between ") {
		return ment{}, false
	}
	// The share is a partner's after the list opens: after a semicolon,
	// or in a clause of the partner's own ("A, which holds 51%, and B").
	start := len(s.low) - len(rest)
	if k := strings.IndexByte(s.low[:verbAt], ';'); (k < 0 || k < start) && !strings.HasSuffix(s.low[:verbAt], ", which ") {
		return ment{}, false
	}
	return v, true
}

// namedWithLastShare reports whether the firm that opens s before
// verbAt was named in the sentence of the last share read: "A will buy
// 20% of Y from B. ... B will keep 80%".
func (r *relater) namedWithLastShare(s *sentence, verbAt int) bool {
	owner, ok := r.subject(s, verbAt)
	if !ok {
		return false
	}
	for k := len(r.a.Relations) - 1; k >= 0; k-- {
		rel := &r.a.Relations[k]
		if rel.Kind != entity.StakeIn || !rel.HasPercent {
			continue
		}
		// (The mentions of the text a few sentences back, no more.)
		for _, m := range r.all[sort.Search(len(r.all), func(k int) bool { return r.all[k].a >= s.a-1500 }):] {
			if m.a >= s.a {
				break
			}
			if a, b := r.d.v.span(m.a, m.b); m.e == owner.e && a >= rel.Span.Start && b <= rel.Span.End {
				return true
			}
		}
		return false
	}
	return false
}

// whichClauses open a clause about the firm named right before them.
var whichClauses = []string{", which ", ", which also ", ", which now ", ", which currently ", ", which still "}

// whichHolds reads a share held by the firm a relative clause is about:
// "X is controlled by Y, which holds 58.3% of its shares". The owner is
// Y; the owned is the firm the clause names, or, when it says "its" or
// names Y again ("the company"), the subject before Y. verbAt is where
// the verb stands, i where the owned is named. It reports whether the
// sentence had that shape.
func (r *relater) whichHolds(s *sentence, verbAt, i int, p decimal.Decimal) bool {
	owner, ok := r.whichOwner(s, verbAt)
	if !ok {
		return false
	}
	// "A and B, which hold 74% and 26% of its equity respectively": the
	// shares of a list, which respectively reads.
	if k := s.find(i, "respectively"); k >= 0 && k-i < 60 {
		return false
	}
	owned, ok := r.orgRightAfter(s, i, 40)
	if ok && r.possessive(s, owned) && !possessesShares(s.low[owned.b-s.a:]) {
		// "a 20% interest in the Company's smelting subsidiary, Y": the
		// rules for a unit named after its parent read it.
		return false
	}
	if ok && owned.a-s.a > i+len("the ") {
		ok = false
	}
	if !ok || owned.e == owner.e {
		if !strings.HasPrefix(s.low[i:], "its ") && !strings.HasPrefix(s.low[i:], "the ") {
			return false
		}
		// (Not "which takes about 40% of its HVLP": a share of its
		// output, not of its shares.)
		if strings.HasPrefix(s.low[i:], "its ") && !possessesShares("'s "+s.low[i+len("its "):]) {
			return false
		}
		owned, ok = r.subject(s, owner.a-s.a)
		if ok && owned.e == owner.e {
			// "X is a subsidiary of Y, which holds 65% of its shares":
			// the sentence's first firm.
			owned, ok = r.firstOrg(s, owner.a-s.a)
		}
	}
	if !ok || owned.e == owner.e {
		return false
	}
	r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
	r.owned, r.ownedIn = owned, s
	return true
}

// listedHolderHolds reads a share in a list of a firm's shareholders,
// each with its relative clause: "Its major shareholders are A, which
// holds 51.0%, and B, which holds 24.5%". The verb starts at verbAt.
func (r *relater) listedHolderHolds(s *sentence, verbAt int, p decimal.Decimal) bool {
	owner, ok := r.whichOwner(s, verbAt)
	if !ok {
		// "A, a state-owned chemicals group, which holds 51.0%": past
		// the apposition.
		c := strings.LastIndex(s.low[:verbAt], ", which ")
		if c < 0 || verbAt-c > len(", which currently ") {
			return false
		}
		a := strings.LastIndex(s.low[max(0, c-60):c], ", a")
		if a < 0 {
			return false
		}
		a += max(0, c-60)
		if owner, ok = r.orgRightBefore(s, a, 1); !ok {
			return false
		}
	}
	i, e, ok := s.cue(0, shareholderCues)
	if !ok || s.at(e) > owner.a {
		return false
	}
	owned, ok := r.holdersOf(s, i)
	if !ok || owned.e == owner.e {
		return false
	}
	r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
	return true
}

// whichOwner returns the firm a relative clause before the verb at
// sentence-relative offset verbAt is about: "Y, which holds", "Y (HKEX:
// 3378), which currently holds". It reports false when no such clause
// stands there or the sentence is negated.
func (r *relater) whichOwner(s *sentence, verbAt int) (ment, bool) {
	c := -1
	for _, w := range whichClauses {
		if strings.HasSuffix(s.low[:verbAt], w) {
			c = verbAt - len(w)
			break
		}
	}
	if c < 0 || s.negated(0, verbAt) {
		return ment{}, false
	}
	// A ticker may follow the owner.
	if strings.HasSuffix(s.low[:c], ")") {
		if o := strings.LastIndexByte(s.low[:c], '('); o > 0 && c-o < 30 {
			c = o - 1
		}
	}
	return r.orgRightBefore(s, c, 1)
}

// whichHoldsBlock reads "Y, which currently holds the 45 per cent block":
// the share, naming no company, is of the company whose stake this
// sentence or the one before gave.
func (r *relater) whichHoldsBlock(s *sentence, verbAt int, p decimal.Decimal) bool {
	owner, ok := r.whichOwner(s, verbAt)
	if !ok {
		return false
	}
	var owned ment
	switch {
	case r.ownedIn == s && r.owned.b <= owner.a:
		owned = r.owned
	case hasAnySuffix(s.low[:owner.a-s.a], " subsidiary of ", " unit of ", " owned by ", " controlled by ", " arm of "):
		// "X is a subsidiary of Y (IDX: MPRS), which owns 80%": of X.
		o, ok := r.subject(s, owner.a-s.a)
		if !ok {
			return false
		}
		owned = o
	case r.ownedIn == nil && r.hasPrevOwned:
		owned = r.prevOwned
	default:
		return false
	}
	if owned.e == owner.e {
		return false
	}
	r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
	r.owned, r.ownedIn = owned, s
	// "...; the rest is held by Z": the other owner, its share untold.
	for _, c := range []string{"; the rest is held by ", "; the remainder is held by ", ", with the rest held by ", "; the balance is held by ", " and the rest by "} {
		if k := s.find(verbAt, c); k >= 0 {
			if other, ok := r.ownerRightAfter(s, k+len(c), 30); ok && other.e != owned.e && other.e != owner.e {
				r.add(entity.StakeIn, other.e, owned.e, s, nil)
			}
			break
		}
	}
	return true
}

// sharesGiving reads "X will subscribe for new Y shares that will give it
// a 15% stake": the shares are the owned company's, and the subject that
// takes them holds, and buys, the stake they give. verbAt is where
// "give it" stands, pe where the share ends.
func (r *relater) sharesGiving(s *sentence, verbAt, pe int, p decimal.Decimal) bool {
	if !strings.HasPrefix(s.low[verbAt:], "giv") || namesHeld(s.low[pe:]) {
		return false
	}
	before := s.low[max(0, verbAt-50):verbAt]
	k := strings.LastIndex(before, " shares ")
	if k < 0 || strings.ContainsAny(before[k:], ",;") {
		return false
	}
	at := max(0, verbAt-50) + k
	owned, ok := r.orgRightBefore(s, at, 5)
	if !ok {
		return false
	}
	owner, ok := r.subject(s, owned.a-s.a)
	if !ok || owner.e == owned.e || s.negated(0, verbAt) {
		return false
	}
	set := withPercent(p)
	r.add(entity.StakeIn, owner.e, owned.e, s, set)
	if owner.b < s.a || owner.b > owned.a {
		// The owner named in a sentence before ("It will subscribe"):
		// the verb is read from the sentence's start.
		owner.b = s.a
	}
	if between := s.low[owner.b-s.a : owned.a-s.a]; slices.ContainsFunc(buyingWords, func(w string) bool { return strings.Contains(between, w) }) {
		r.add(entity.Acquisition, owner.e, owned.e, s, set)
	}
	return true
}

// buyingWords, between the owner and the shares it takes, say it buys
// them.
var buyingWords = []string{"subscri", "buy", "bought", "acquir", "purchas", "take up", "took up"}

// namesHeld reports whether the words after a share name what it is held
// in, which the rules for "a stake in X" read instead.
func namesHeld(after string) bool {
	after = strings.TrimPrefix(after, " stake")
	return strings.HasPrefix(after, " in ") || strings.HasPrefix(after, " of ")
}

// ownedBy reads "X, 51% owned by Y" and "X, which is 51%-owned by Y":
// the owner follows, the owned is the organisation the clause is about.
func (r *relater) ownedBy(s *sentence, pi, e int, p decimal.Decimal) {
	if s.negated(0, pi) {
		return
	}
	// "60% owned by its parent, Perth-based X": the owner is the parent.
	parent := false
	for _, w := range []string{"its parent, ", "its parent company, ", "its parent ", "its parent company "} {
		if strings.HasPrefix(s.low[e:], w) {
			e += len(w)
			parent = true
			break
		}
	}
	// "51% owned by state holding company X": a description may come first.
	owner, ok := r.ownerRightAfter(s, e, 40)
	if !ok {
		// "45.6% owned by chairman Tran's family holding company, TPG
		// Investment JSC": the description, then the name after a comma.
		owner, ok = r.describedOwner(s, e)
	}
	if !ok {
		return
	}
	owner = r.parentNamed(s, owner)
	owned, ok := r.apposedOwned(s, pi)
	if !ok {
		owned, ok = r.subject(s, pi)
	}
	if !ok && !namesOwnSubject(s.low[:pi]) {
		owned, ok = r.antecedent(s)
	}
	// ("X is 60% ours and 40% owned by Y": "ours" is the other holder,
	// read by percentOurs.)
	if !ok || r.d.v.s[owned.a:owned.b] == "ours" {
		return
	}
	if owner.e == owned.e {
		return
	}
	r.add(entity.StakeIn, owner.e, owned.e, s, func(rel *article.Relation) { rel.Percent, rel.HasPercent = p, true })
	if parent {
		r.add(entity.SubsidiaryOf, owned.e, owner.e, s, nil)
	}
	// "Y is 65 percent controlled by A, while B holds 10 percent".
	r.owned, r.ownedIn = owned, s
	// "60% owned by A and 40% by B", "47% owned by A, 27.5% by B and 8%
	// by C".
	r.ownerChain(s, owner.b-s.a, owned, owner)
	r.withRest(s, owner, owned)
	r.ventureOwners(s, owned)
}

// ventureOwners makes the owners of a venture that one sentence gives
// partners in it: "HTN is owned 45% by A, 35% by B and 20% by C", where
// the text calls HTN "the venture".
func (r *relater) ventureOwners(s *sentence, owned ment) {
	// "of the venture, V, with": V named as the venture here.
	named := owned.a > s.a && hasAnySuffix(s.low[:owned.a-s.a], "the venture, ", "the joint venture, ", "the new venture, ", "the jv, ")
	venture := named || r.isVenture(owned.e)
	st, en := r.d.v.span(s.a, s.b)
	id := r.a.Entities[owned.e].ID
	var owners []int
	for k := range r.a.Relations {
		rel := &r.a.Relations[k]
		if rel.Kind == entity.StakeIn && rel.Object == id && rel.Span.Start >= st && rel.Span.End <= en {
			// (Rare: the ids are looked up one by one.)
			if e := slices.IndexFunc(r.a.Entities, func(x article.Entity) bool { return x.ID == rel.Subject }); e >= 0 && r.a.Entities[e].Kind == entity.KindCompany {
				owners = append(owners, e)
			}
		}
	}
	if !venture {
		// "TKTR will be owned 50% by A, 40% by B and 10% by C", after
		// A and B signed to form it: two owners already partners make
		// it their venture, and the third a partner too.
		for k := range r.a.Relations {
			rel := &r.a.Relations[k]
			if rel.Kind != entity.JointVenture {
				continue
			}
			in := func(id string) bool {
				return slices.ContainsFunc(owners, func(e int) bool { return r.a.Entities[e].ID == id })
			}
			if in(rel.Subject) && in(rel.Object) {
				venture = true
				break
			}
		}
	}
	if !venture || len(owners) < 3 && !named && !r.isVenture(owned.e) {
		return
	}
	for i := 0; i < len(owners); i++ {
		for j := i + 1; j < len(owners); j++ {
			if owners[i] != owners[j] {
				r.add(entity.JointVenture, owners[i], owners[j], s, nil)
			}
		}
	}
}

// isVenture reports an entity the text calls a venture: "the venture",
// "the joint venture", "the JV", "the project company".
func (r *relater) isVenture(e int) bool {
	x := &r.a.Entities[e]
	return slices.ContainsFunc(x.Aliases, func(a string) bool {
		switch strings.ToLower(a) {
		case "the venture", "the joint venture", "the jv", "the joint-venture company", "the joint venture company", "the venture company", "the project company":
			return true
		}
		return false
	})
}

// alongside reads the firms named from sentence-relative offset i to
// the clause's end, "B and C", as co-owners of owned beside owner.
func (r *relater) alongside(s *sentence, i int, owner, owned ment) {
	end := len(s.low)
	if k := strings.IndexAny(s.low[i:], ";("); k >= 0 {
		end = i + k
	}
	if k := strings.Index(s.low[i:end], ", which"); k >= 0 {
		end = i + k
	}
	for _, m := range r.orgsIn(s, i, end) {
		if m.e != owner.e && m.e != owned.e && !r.possessive(s, m) {
			r.add(entity.StakeIn, m.e, owned.e, s, nil)
		}
	}
}

// withAfter returns where ", with " follows sentence-relative offset i,
// past the place of what was named there: "owns 75% of Y at Vanino,
// with B holding the remaining 25%". Otherwise it returns i.
func withAfter(s *sentence, i int) int {
	if hasAnyPrefix(s.low[i:], " at ", " in ") {
		if k := strings.Index(s.low[i:min(len(s.low), i+40)], ", with "); k > 0 && !strings.ContainsAny(s.low[i:i+k], ";()") && !strings.Contains(s.low[i+4:i+k], ", ") {
			return i + k
		}
	}
	return i
}

// withRest reads "..., with B holding the rest" after an owner: B holds
// the rest of the owned company.
func (r *relater) withRest(s *sentence, owner, owned ment) {
	i := withAfter(s, s.past(owner))
	if !strings.HasPrefix(s.low[i:], ", with ") {
		return
	}
	// ", with the remaining 40 percent held by C".
	if w := s.low[i+len(", with "):]; strings.HasPrefix(w, "the remaining ") || strings.HasPrefix(w, "the rest ") || strings.HasPrefix(w, "the balance ") {
		w = w[:min(len(w), 48)]
		for _, by := range []string{" held by ", " owned by "} {
			k := strings.Index(w, by)
			if k < 0 || strings.ContainsAny(w[:k], ",;") {
				continue
			}
			at := i + len(", with ") + k + len(by)
			c, ok := r.ownerRightAfter(s, at, 1)
			if !ok || c.e == owned.e || c.e == owner.e {
				return
			}
			var set func(*article.Relation)
			if p, _, ok := s.percentAt(i + len(", with the remaining ")); ok && strings.HasPrefix(w, "the remaining ") {
				set = withPercent(p)
			}
			r.add(entity.StakeIn, c.e, owned.e, s, set)
			return
		}
		return
	}
	b, ok := r.ownerRightAfter(s, i+len(", with "), 40)
	if !ok || b.e == owned.e || b.e == owner.e {
		return
	}
	rest := s.low[b.b-s.a:]
	for _, w := range []string{" holding the rest", " holding the remaining", " holding the balance", " owning the rest", " owning the remaining", " the rest", " the remaining"} {
		if strings.HasPrefix(rest, w) {
			// ("holding the remaining 25%": the share, when given.)
			var set func(*article.Relation)
			if p, _, ok := s.percentAt(b.b - s.a + len(w) + 1); ok && strings.HasSuffix(w, "remaining") {
				set = withPercent(p)
			}
			r.add(entity.StakeIn, b.e, owned.e, s, set)
			return
		}
	}
	// ", with B holding 30 percent and C the remaining 20 percent".
	for _, w := range []string{" holding ", " owning ", " taking "} {
		if !strings.HasPrefix(rest, w) {
			continue
		}
		k := b.b - s.a + len(w)
		p, e, ok := s.percentAt(k)
		if !ok {
			return
		}
		r.add(entity.StakeIn, b.e, owned.e, s, withPercent(p))
		if !strings.HasPrefix(s.low[e:], " and ") {
			return
		}
		c, ok := r.ownerRightAfter(s, e+len(" and "), 1)
		if !ok || c.e == owned.e || c.e == b.e {
			return
		}
		k = c.b - s.a
		for _, w := range []string{" the remaining ", " the other ", " "} {
			if strings.HasPrefix(s.low[k:], w) {
				if q, _, ok := s.percentAt(k + len(w)); ok {
					r.add(entity.StakeIn, c.e, owned.e, s, withPercent(q))
				}
				return
			}
		}
		return
	}
}

// apposedOwned returns the firm an apposition before sentence-relative
// offset pi describes: "X (AKR), a joint venture company owned 60
// percent by A": X.
func (r *relater) apposedOwned(s *sentence, pi int) (ment, bool) {
	before := s.low[max(0, pi-60):pi]
	// "held by X, which is owned 85% by A": the firm before "which".
	if w := suffixOf(before, ", which is owned ", ", which is held ", ", which will be owned ", ", which will be held ", ", which is "); w != "" {
		return r.orgRightBefore(s, s.beforeBrackets(pi-len(w)), 1)
	}
	k := max(strings.LastIndex(before, ", a "), strings.LastIndex(before, ", an "))
	if k < 0 {
		// "The company is a 50-50 joint venture of A and B".
		if c := max(strings.LastIndex(before, " is a "), strings.LastIndex(before, " is an ")); c >= 0 && !strings.ContainsAny(before[c:], ",;()") {
			return r.orgRightBefore(s, max(0, pi-60)+c, 1)
		}
	}
	if k < 0 || strings.ContainsAny(before[k+2:], ",;()") {
		return ment{}, false
	}
	c := max(0, pi-60) + k
	return r.orgRightBefore(s, s.beforeBrackets(c), 1)
}

// holderNouns end a description of an owner written before its name.
var holderNouns = []string{"company", "vehicle", "firm", "fund", "arm", "group", "trust"}

// describedOwner reads an owner described before its name and a comma,
// from sentence-relative offset e: "chairman Tran's family holding
// company, TPG Investment JSC". The description is a few words ending in
// one of holderNouns.
func (r *relater) describedOwner(s *sentence, e int) (ment, bool) {
	rest := s.low[e:min(len(s.low), e+60)]
	c := strings.Index(rest, ", ")
	if c < 0 || strings.ContainsAny(rest[:c], ".;:()") {
		return ment{}, false
	}
	d := rest[:c]
	ok := false
	for _, n := range holderNouns {
		if strings.HasSuffix(d, " "+n) {
			ok = true
			break
		}
	}
	if !ok {
		return ment{}, false
	}
	return r.orgRightAfter(s, e+c+len(", "), 1)
}

// stakeInBrackets reads owners listed with their shares: "Y is owned by A
// (53%), B (33%) and C (14%)", "Stakeholders in Y comprise A (20 percent)".
// holderRightBefore returns a person or firm named right before
// sentence-relative offset i, past "herself", "himself" or "itself".
func (r *relater) holderRightBefore(s *sentence, i int) (ment, bool) {
	t := strings.TrimRight(s.low[:i], " ")
	for _, w := range []string{" herself", " himself", " itself"} {
		t = strings.TrimSuffix(t, w)
	}
	at := s.at(len(t))
	for k := len(s.ms) - 1; k >= 0; k-- {
		m := s.ms[k]
		if m.b > at {
			continue
		}
		if m.b == at && (r.isOrg(m) || r.kindOf(m) == entity.KindPerson) {
			return m, true
		}
		break
	}
	return ment{}, false
}

// stakeInColonList reads a list of holders after a colon, each item its
// holder, a description perhaps, and its share: "Other shareholders of Y
// after the transaction: A, a state-owned enterprise, 40%; B, 25%".
func (r *relater) stakeInColonList(s *sentence, pi, pe int, p decimal.Decimal) {
	if pi < 2 || s.low[pi-2:pi] != ", " || pe < len(s.low) && s.low[pe] != ';' && s.low[pe] != '.' {
		return
	}
	i, e, ok := s.cue(0, holdersCues)
	if !ok || i > pi {
		return
	}
	owned, ok := r.orgRightAfter(s, e, 1)
	if !ok {
		return
	}
	colon := strings.IndexByte(s.low[s.past(owned):pi], ':')
	if colon < 0 {
		return
	}
	start := s.past(owned) + colon + 1
	if k := strings.LastIndexByte(s.low[start:pi], ';'); k >= 0 {
		start += k + 1
	}
	owner, ok := r.orgRightAfter(s, start, 1)
	if !ok || owner.a-s.a >= pi || owner.e == owned.e {
		return
	}
	r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
}

func (r *relater) stakeInBrackets(s *sentence, pi, pe int, p decimal.Decimal) {
	if pi < 2 || s.low[pi-1] != '(' || pe >= len(s.low) || s.low[pe] != ')' {
		return
	}
	owner, ok := r.orgRightBefore(s, pi-1, 2)
	if !ok {
		// "X (IDX: STMN) (30%)": past its ticker's bracket.
		if b := s.beforeBrackets(pi - 1); b < pi-1 {
			owner, ok = r.orgRightBefore(s, b, 1)
		}
	}
	if !ok {
		// "and Quinlan herself (4.1%)": a person may hold shares too.
		owner, ok = r.holderRightBefore(s, pi-1)
	}
	if !ok {
		return
	}
	var owned ment
	found := false
	if i, e, ok := s.cue(0, holdersCues); ok && s.at(i) < owner.a {
		owned, found = r.orgRightAfter(s, e, 8)
	} else if i, _, ok := s.cue(0, ownedByCues); ok && s.at(i) < owner.a {
		owned, found = r.orgRightBefore(s, i, 2)
	} else if i, e, ok := s.cue(0, ventureOfCues); ok && s.at(e) <= owner.a && !strings.ContainsAny(s.low[e:owner.a-s.a], ";:") {
		// "Akbulak Mining LLP, a joint venture between Sarysu (51%) and
		// China's Jiangnan (49%)": the venture in apposition.
		owned, found = r.orgRightBefore(s, i, 0)
	} else if i, e, ok := s.cue(0, shareholderCues); ok && s.at(e) <= owner.a && !strings.ContainsAny(s.low[e:owner.a-s.a], ";:") {
		// "KRE's largest shareholders are Hoshino (12.4%), Tanami
		// (9.8%) and Quinlan herself (4.1%)".
		b := i
		for _, a := range topHolderAdjectives {
			if strings.HasSuffix(s.low[:b], a) {
				b -= len(a)
				break
			}
		}
		if strings.HasSuffix(s.low[:b], "'s ") {
			owned, found = r.orgRightBefore(s, b-len("'s "), 1)
		} else {
			// "Its largest shareholders are A (22.5%), B (9.1%)".
			owned, found = r.holdersOf(s, i)
		}
	}
	if found && owned.e != owner.e {
		r.add(entity.StakeIn, owner.e, owned.e, s, func(rel *article.Relation) { rel.Percent, rel.HasPercent = p, true })
	}
}

// acquireAndSell reads the two clauses of a filing's sale: "the
// Purchaser has conditionally agreed to acquire, and the Vendor has
// conditionally agreed to sell, 51% of the equity interest in Y": the
// purchaser buys Y, the share given.
func (r *relater) acquireAndSell(s *sentence) {
	i := s.find(0, " to acquire, and ")
	if i < 0 || s.negated(0, i) {
		return
	}
	rest := s.low[i:min(len(s.low), i+120)]
	j := strings.Index(rest, " to sell, ")
	if j < 0 {
		return
	}
	at := i + j + len(" to sell, ")
	var set func(*article.Relation)
	if p, pe, ok := s.percentAt(at); ok {
		set = withPercent(p)
		at = pe
	}
	k := -1
	for _, w := range []string{" equity interest in ", " share capital of ", " shares in ", " shares of ", " interest in "} {
		if x := strings.Index(s.low[at:min(len(s.low), at+60)], w); x >= 0 && (k < 0 || at+x+len(w) < k) {
			k = at + x + len(w)
		}
	}
	if k < 0 {
		return
	}
	target, ok := r.orgRightAfter(s, k, 1)
	if !ok {
		return
	}
	if buyer, ok := r.subject(s, i); ok && buyer.e != target.e {
		r.add(entity.Acquisition, buyer.e, target.e, s, set)
	}
}

// goodsWords name what a firm makes or sells, of which a share is no
// stake: "40% of our polysilicon", "60% of its output".
var goodsWords = wordSet("output", "production", "sales", "supply", "supplies", "volume", "volumes", "exports", "imports",
	"needs", "requirements", "feed", "feedstock", "capacity", "revenue", "revenues", "shipments", "product", "products",
	"material", "materials", "ore", "concentrate", "cathode", "cathodes", "coal", "polysilicon", "metal", "steel")

// completedPurchaseOf reads "the Company completed the acquisition of
// the remaining 30% interest in Y from Z", the share at [pi, pe): the
// subject bought that share of Y, and holds more than it. It reports
// whether the sentence had that shape.
func (r *relater) completedPurchaseOf(s *sentence, pi, pe int, p decimal.Decimal) bool {
	before := s.low[:pi]
	n := ""
	// (A share not "remaining" is read below, with the stake it gives.)
	for _, c := range []string{" the acquisition of the remaining ", " the purchase of the remaining ", " its acquisition of the remaining ", " its purchase of the remaining "} {
		if strings.HasSuffix(before, c) {
			n = c
			break
		}
	}
	if n == "" {
		return false
	}
	v := len(before) - len(n)
	if !hasAnySuffix(s.low[:v], " completed", " has completed", " completes", " closed", " finalised", " finalized") {
		return false
	}
	w := prefixOf(s.low[pe:], " interest in ", " stake in ", " equity interest in ", " shareholding in ")
	if w == "" || s.negated(0, pi) {
		return false
	}
	owned, ok := r.orgRightAfter(s, pe+len(w), 1)
	if !ok {
		return false
	}
	buyer, ok := r.subject(s, v)
	if !ok || buyer.e == owned.e {
		return false
	}
	r.add(entity.Acquisition, buyer.e, owned.e, s, withPercent(p))
	return true
}

// productTails end the name of a mine's or plant's product: "Ullawarra
// Fines", "Nullagine South lump".
var productTails = wordSet("lump", "fines", "output", "production", "concentrate", "concentrates", "shipments", "tonnage", "offtake")

// shareOfGoods reports the words after a percentage that make it a share
// of goods: " of our polysilicon", " of its output".
func shareOfGoods(rest string) bool {
	// "60% of the Baoshan smelter's output": a possessive of a few
	// words first.
	if strings.HasPrefix(rest, " of the ") {
		head := rest[len(" of the "):min(len(rest), len(" of the ")+40)]
		if k := strings.Index(head, "'s "); k > 0 && !strings.ContainsAny(head[:k], ",;()") {
			rest = " of its " + rest[len(" of the ")+k+len("'s "):]
		}
	}
	// "to take 100% of Nullagine South lump and fines": a mine's product
	// after its name, a few words on.
	if strings.HasPrefix(rest, " of ") {
		n := 0
		for w := range strings.FieldsSeq(rest[len(" of "):min(len(rest), len(" of ")+48)]) {
			if n++; n > 5 || strings.ContainsAny(w, ",;.()") && !productTails[strings.TrimRight(w, ",;.")] {
				break
			}
			if n > 1 && productTails[strings.TrimRight(w, ",;.")] {
				return true
			}
		}
	}
	for _, p := range []string{" of our ", " of its ", " of their ", " of the company's ", " of his "} {
		if strings.HasPrefix(rest, p) {
			w := rest[len(p):]
			if k := strings.IndexAny(w, " ,.;"); k >= 0 {
				w = w[:k]
			}
			if goodsWords[w] {
				return true
			}
			_, ok := commodity.Lookup(w)
			return ok
		}
	}
	return false
}

// balanceHeldBy reads the other owner of a share the sentence gave: "A
// holds 50% of Y; the balance is held by B", its share untold.
func (r *relater) balanceHeldBy(s *sentence) {
	if r.ownedIn != s {
		return
	}
	for _, c := range []string{"; the balance is held by ", "; the rest is held by ", "; the remainder is held by ", ", with the balance held by ", ", with the rest held by ",
		" and the balance by ", " and the rest by ", ", and the balance by ", ", and the rest by "} {
		k := s.find(0, c)
		if k < 0 || s.at(k) < r.owned.b {
			continue
		}
		if other, ok := r.ownerRightAfter(s, k+len(c), 30); ok && other.e != r.owned.e && !s.negated(k, k+len(c)) {
			r.add(entity.StakeIn, other.e, r.owned.e, s, nil)
		}
		return
	}
	// "A owns 70% of Y; B holds the balance": the other owner first.
	for _, c := range []string{" holds the balance", " holds the rest", " holds the remainder", " owns the balance", " owns the rest", " owns the remainder",
		" has the balance", " has the rest", " has the remainder"} {
		k := s.find(0, c)
		if k < 0 || s.at(k) < r.owned.b {
			continue
		}
		if e := k + len(c); e < len(s.low) && isWordChar(s.low[e]) {
			continue
		}
		other, ok := r.orgRightBefore(s, k, 1)
		if !ok || other.e == r.owned.e || other.a < r.owned.b {
			return
		}
		// The name opens its clause: "; B holds", ", and B holds".
		if b := strings.TrimRight(s.low[:other.a-s.a], " "); strings.HasSuffix(b, ";") || strings.HasSuffix(b, ", and") || strings.HasSuffix(b, " while") {
			r.add(entity.StakeIn, other.e, r.owned.e, s, nil)
		}
		return
	}
}

// heldMore reports a stake of owner in owned read before, larger than p.
func (r *relater) heldMore(owner, owned int, p decimal.Decimal) bool {
	if !r.seen[relKey{entity.StakeIn, owner, owned}] {
		return false
	}
	for k := range r.a.Relations {
		rel := &r.a.Relations[k]
		if rel.Kind == entity.StakeIn && rel.HasPercent && rel.Percent.GreaterThan(p) && rel.Subject == r.a.Entities[owner].ID && rel.Object == r.a.Entities[owned].ID {
			return true
		}
	}
	return false
}

// disposalTo reads a sale told as the seller's deal: "X entered into a
// sale and purchase agreement with Y ... for the disposal of 70% of the
// issued shares of Z": Y buys Z.
func (r *relater) disposalTo(s *sentence) {
	i := -1
	c := ""
	for _, cue := range []string{" for the disposal of ", " for the sale of ", " for the proposed disposal of "} {
		if k := s.find(0, cue); k >= 0 {
			i, c = k, cue
			break
		}
	}
	if i < 0 || s.negated(0, i) {
		return
	}
	w := strings.LastIndex(s.low[max(0, i-300):i], " with ")
	if w < 0 {
		return
	}
	w += max(0, i-300)
	if !strings.Contains(s.low[max(0, w-120):w], "agreement") {
		return
	}
	buyer, ok := r.orgRightAfter(s, w+len(" with "), 1)
	if !ok {
		return
	}
	at := i + len(c)
	var set func(*article.Relation)
	if p, pe, ok := s.percentAt(at); ok {
		set = withPercent(p)
		at = pe
	}
	for _, x := range []string{" of the issued shares of ", " of the shares of ", " of the shares in ", " of the equity interest in ", " interest in ", " of "} {
		if strings.HasPrefix(s.low[at:], x) {
			at += len(x)
			break
		}
	}
	target, ok := r.orgRightAfter(s, at, 1)
	if ok && target.e != buyer.e {
		r.add(entity.Acquisition, buyer.e, target.e, s, set)
	}
}

func (r *relater) acquisition(s *sentence) {
	r.whichBoughtIt(s)
	r.acquireAndSell(s)
	r.disposalTo(s)
	// "X agreed to buy Y", "X acquired Y", "X will take over Y".
	r.at = buyCues.first(s, r.at)
	for k, v := range buyCues.cues {
		i := r.at[k]
		if i < 0 || s.negated(0, i) {
			continue
		}
		e := i + len(v)
		if r.boughtOut(s, i, e) || rumoured(s.low[:i]) || s.weighed(i) {
			continue
		}
		// "a sale and purchase agreement with Y": a deal's name, no
		// purchase of Y.
		if hasAnyPrefix(s.low[e:], "agreement", "contract", "deal", "order", "price", "obligation", "commitment", "terms") {
			continue
		}
		if strings.HasPrefix(s.low[e:], "by ") {
			r.acquiredBy(s, i, e+len("by "))
			continue
		}
		// "to acquire additional shares of Y", "will purchase 31,100,000
		// common shares of Y": shares of the firm bought.
		te := e
		if k := strings.Index(s.low[e:min(len(s.low), e+50)], "shares of "); k >= 0 && !strings.Contains(s.low[e:e+k], ", ") && !strings.Contains(s.low[e:e+k], ";") {
			te = e + k + len("shares of ")
		}
		// "Y agreed to sell a 40% stake in its unit to X. X will acquire
		// the stake in Z": the share the sentence before sized.
		if !hasAnyPrefix(s.low[e:], "the stake in ", "the interest in ", "that stake in ") {
			// (Read below.)
		} else if p, ok := prevStakePercent(s); ok {
			if target, ok := r.orgRightAfter(s, e+strings.Index(s.low[e:], " in ")+len(" in "), 0); ok && !r.possessive(s, target) {
				if buyer, ok := r.subject(s, i); ok && buyer.e != target.e {
					r.add(entity.Acquisition, buyer.e, target.e, s, withPercent(p))
					r.add(entity.StakeIn, buyer.e, target.e, s, withPercent(p))
					r.owned, r.ownedIn = target, s
				}
			}
			continue
		}
		target, ok := r.orgRightAfter(s, te, 12)
		// "We bought those smelters, Wenshan Yuanda Silicon Co., Ltd.,
		// in 2025": what was bought, then the firm that owns it in
		// apposition.
		if !ok && hasAnyPrefix(s.low[te:], "those ", "these ", "that ", "this ") {
			if c := strings.Index(s.low[te:min(len(s.low), te+30)], ", "); c > 0 && !strings.ContainsAny(s.low[te:te+c], ";(") {
				if t, found := r.orgRightAfter(s, te+c+2, 0); found && t.a == s.at(te+c+2) {
					target, ok = t, true
				}
			}
		}
		if !ok || r.possessive(s, target) {
			// "bought Kora Resources' Tana project" buys an asset.
			continue
		}
		// "concentrate bought from X", "buys ore from its parent X" buy
		// goods of X, not X; "cargoes bought through X" buy them by way
		// of X, as "buys most of its alumina through X" does.
		if between := s.low[e : target.a-s.a]; strings.Contains(between, "from ") || strings.HasPrefix(between, "through ") || strings.HasPrefix(between, "via ") || strings.HasSuffix(between, " through ") || strings.HasSuffix(between, " via ") {
			continue
		}
		if buyer, ok := r.subject(s, i); ok {
			r.add(entity.Acquisition, buyer.e, target.e, s, nil)
			// ("completed its purchase of 60% of Y. Z keeps a 40%
			// stake": the firm whose shares the next sentence tells.)
			if r.ownedIn == nil {
				r.owned, r.ownedIn = target, s
			}
			// ("... of Y from Z": Z sells shares of Y.)
			r.noteSeller(s, buyer, target)
		}
	}
	// "X has recommended a takeover bid from Y", "Y made a takeover
	// offer for X".
	for _, dir := range []struct {
		cues *cueList
		from bool
	}{{bidFromCues, true}, {bidForCues, false}} {
		i, e, ok := s.cue(0, dir.cues)
		if !ok || s.negated(0, i) || s.hypothetical(i) {
			continue
		}
		other, ok := r.orgRightAfter(s, e, 40)
		subj, ok2 := r.subject(s, i)
		if !ok || !ok2 || other.e == subj.e {
			continue
		}
		if dir.from {
			r.add(entity.Acquisition, other.e, subj.e, s, nil)
		} else {
			r.add(entity.Acquisition, subj.e, other.e, s, nil)
		}
	}
	// "X's acquisition of Y", "the takeover of Y by X".
	if i, e, ok := s.cue(0, acquisitionOfCues); ok && !s.negated(0, i) && !s.hypothetical(i) {
		// "the purchase of 35% of nickel ore miner Y": the share, then
		// a few words of trade.
		var set func(*article.Relation)
		gap := 4
		// "completed the purchase of its 35% stake in Y": the share
		// bought, then the firm.
		stakeNamed := false
		if w := prefixOf(s.low[e:], "its ", "a ", "an ", "the "); w != "" {
			if p, pe, ok := s.percentAt(e + len(w)); ok {
				if st := prefixOf(s.low[pe:], " stake in ", " interest in ", " shareholding in ", " equity interest in "); st != "" {
					set = withPercent(p)
					e = pe + len(st)
					stakeNamed = true
				}
			}
		}
		if p, pe, ok := s.percentAt(e); ok && strings.HasPrefix(s.low[pe:], " of ") {
			set = withPercent(p)
			e = pe + len(" of ")
			gap = 40
			// "26% of the equity share capital of ZMC".
			for _, w := range []string{"the equity share capital of ", "the issued share capital of ", "the paid-up share capital of ", "the paid-up capital of ", "the share capital of ",
				"the issued shares of ", "the shares of ", "the shares in ", "the equity interest in ", "the equity of ", "the voting shares of "} {
				if strings.HasPrefix(s.low[e:], w) {
					e += len(w)
					break
				}
			}
		}
		target, ok := r.orgRightAfter(s, e, gap)
		if !ok || gap > 4 && strings.ContainsAny(s.low[e:target.a-s.a], ",;") {
			return
		}
		// "The company closed the purchase of Y from Z": the subject
		// buys.
		if b := s.low[:i]; hasAnySuffix(b, " closed the ", " completed the ", " finalised the ", " finalized the ", " concluded the ", " approved the ") {
			if buyer, ok := r.subject(s, i); ok && buyer.e != target.e {
				r.add(entity.Acquisition, buyer.e, target.e, s, set)
				if set != nil {
					// "Z keeps 16%" next: shares of the target.
					r.owned, r.ownedIn = target, s
					// ("... of Y from Z": Z sells; "the seller keeps the
					// remaining 30%" is Z's.)
					r.noteSeller(s, buyer, target)
					// "completed the purchase of its 35% stake in Y": a
					// purchase done, the share held.
					if stakeNamed && !strings.HasSuffix(b, " approved the ") {
						r.add(entity.StakeIn, buyer.e, target.e, s, set)
					}
				}
				return
			}
		}
		if buyer, ok := r.orgRightBefore(s, i-3, 1); ok && strings.HasSuffix(s.low[:i], "'s ") {
			r.add(entity.Acquisition, buyer.e, target.e, s, nil)
			return
		}
		// "X executed an agreement with Z for the acquisition of 74% of
		// Y": X, the party that signed, buys, and holds the share bought.
		if v, _, ok := s.cue(0, agreeCues); ok && v < i && hasAnySuffix(s.low[:i], " for the ", " for the proposed ") {
			if ps := r.partiesBefore(s, v); len(ps) == 1 && ps[0].e != target.e {
				r.add(entity.Acquisition, ps[0].e, target.e, s, set)
				if set != nil {
					r.add(entity.StakeIn, ps[0].e, target.e, s, set)
				}
				return
			}
		}
		// "X has completed its acquisition of Y".
		if strings.HasSuffix(s.low[:i], "its ") {
			if buyer, ok := r.subject(s, i); ok && buyer.e != target.e {
				r.add(entity.Acquisition, buyer.e, target.e, s, nil)
				return
			}
		}
		if j, je, ok := s.cue(e, byCue); ok && s.at(j) >= target.b {
			if buyer, ok := r.orgRightAfter(s, je, 3); ok {
				r.add(entity.Acquisition, buyer.e, target.e, s, nil)
				return
			}
		}
		// Otherwise the one other organisation the sentence names. (Not
		// one after "from", the seller, or "with": "Acquisition of Y and
		// Supply Agreement with Z". Not for a share the buyer's clause
		// must name: "Acquisition of a 51% Equity Interest in Y through
		// a Subsidiary".)
		if stakeNamed {
			return
		}
		var others []ment
		for _, m := range s.ms {
			if r.isOrg(m) && m.e != target.e && !hasAnySuffix(s.low[:m.a-s.a], "from ", "with ") {
				others = append(others, m)
			}
		}
		if len(others) == 1 {
			r.add(entity.Acquisition, others[0].e, target.e, s, nil)
		}
	}
}

// pairs relates each pair of ms by kind, in sentence s (add skips an
// entity paired with itself).
func (r *relater) pairs(kind entity.RelationKind, ms []ment, s *sentence) {
	for x := 0; x < len(ms); x++ {
		for y := x + 1; y < len(ms); y++ {
			r.add(kind, ms[x].e, ms[y].e, s, nil)
		}
	}
	// "The three companies will own the venture": the partners of this
	// sentence, for the next.
	if kind == entity.JointVenture && len(ms) >= 3 && len(ms) <= len(r.group) {
		r.groupN = 0
		for _, m := range ms {
			if !slices.Contains(r.group[:r.groupN], m.e) {
				r.group[r.groupN] = m.e
				r.groupN++
			}
		}
		r.groupEnd = s.b
	}
}

// twoFirms reports whether the mentions ms name two firms or more, not
// one firm twice.
func twoFirms(ms []ment) bool {
	for _, m := range ms[min(1, len(ms)):] {
		if m.e != ms[0].e {
			return true
		}
	}
	return false
}

func (r *relater) jointVenture(s *sentence) {
	i, e, ok := s.cue(0, jointVentureCues)
	if !ok {
		// "X, the refining venture formed by A and B,": its makers are
		// partners.
		if vi, ve, vok := s.cue(0, ventureCue); vok && !s.negated(0, vi) {
			for _, by := range []string{" formed by ", " set up by ", " established by ", " created by ", " owned by ", " owned jointly by ", " organized by ", " organised by "} {
				// "a venture formed in 2023 by A and B": the year between.
				from := -1
				// ("a joint venture company organized by A and B".)
				if at := ve + len(" company"); strings.HasPrefix(s.low[ve:], " company"+by) {
					from = at + len(by)
				} else if strings.HasPrefix(s.low[ve:], by) {
					from = ve + len(by)
				} else if v, ok := strings.CutSuffix(by, "by "); ok && strings.HasPrefix(s.low[ve:], v+"in ") {
					if y := ve + len(v) + len("in "); y+4 <= len(s.low) && isDigit(s.low[y]) && isDigit(s.low[y+3]) && strings.HasPrefix(s.low[y+4:], " by ") {
						from = y + 4 + len(" by ")
					}
				}
				if from >= 0 {
					if ps := r.list(s, from); len(ps) >= 2 {
						r.pairs(entity.JointVenture, ps, s)
						return
					}
				}
			}
		}
		// "formed a 60:40 venture with B": a venture being formed is a
		// joint one.
		// ("an HPAL venture that A owns with B": so is one owned with
		// another.)
		vi, ve, vok := s.cue(0, ventureCue)
		if !vok || !formsBefore(s.low[max(0, vi-30):vi]) && !ratioBefore(s.low[:vi]) && !ownedWithAfter(s.low[ve:min(len(s.low), ve+80)]) {
			return
		}
		i, e, ok = vi, ve, true
	}
	if s.negated(0, i) || rumoured(s.low[:i]) {
		return
	}
	// "A and B are joint venture partners in the project".
	if rest := s.low[e:]; hasAnyPrefix(rest, " partners", "-partners") && hasAnySuffix(s.low[:i], " are ", " were ", " became ", " have been ") {
		if ps := r.partiesBefore(s, i); len(ps) >= 2 {
			r.pairs(entity.JointVenture, ps, s)
			return
		}
	}
	// "a joint venture between A and B", "made up of A, B and C".
	if j, je, ok := s.cue(e, ventureMembersCues); ok && j-e < 40 {
		if ps := r.list(s, je); twoFirms(ps) {
			r.pairs(entity.JointVenture, ps, s)

			// "X, an 80:20 venture between A and B": each holds its
			// share of X.
			var two []ment
			for _, p := range ps {
				if !slices.ContainsFunc(two, func(m ment) bool { return m.e == p.e }) {
					two = append(two, p)
				}
			}
			if x, y, ok := ratioParts(s.low[:i]); ok && len(two) == 2 {
				if v, ok := r.apposedOwned(s, i); ok && v.e != two[0].e && v.e != two[1].e {
					r.add(entity.StakeIn, two[0].e, v.e, s, withPercent(decimal.NewFromInt(int64(x))))
					r.add(entity.StakeIn, two[1].e, v.e, s, withPercent(decimal.NewFromInt(int64(y))))
				}
			}
			return
		}
		// "between A, which holds 70 percent, and B, which holds the
		// rest": each member with its own clause.
		if a, b, ok := r.clausedPair(s, je); ok {
			r.add(entity.JointVenture, a.e, b.e, s, nil)
			// "V is a joint venture between A, which holds 51%, and B,
			// which holds 49%": each holds its share of V.
			if v, ok := r.apposedOwned(s, i); ok && v.e != a.e && v.e != b.e {
				for _, m := range []ment{a, b} {
					at := s.past(m)
					for _, w := range []string{", which holds ", ", which owns ", ", with "} {
						if strings.HasPrefix(s.low[at:], w) {
							if p, _, ok := s.percentAt(at + len(w)); ok {
								r.add(entity.StakeIn, m.e, v.e, s, withPercent(p))
							}
							break
						}
					}
				}
			}
			return
		}
	}
	// "a joint venture that was formed in 2022 by A and B".
	if j := s.find(e, " by "); j >= 0 && j-e < 40 {
		if between := s.low[e:j]; strings.Contains(between, "formed") || strings.Contains(between, "set up") || strings.Contains(between, "established") || strings.Contains(between, "created") || strings.Contains(between, "organized") || strings.Contains(between, "organised") {
			if ps := r.list(s, j+len(" by ")); len(ps) >= 2 {
				r.pairs(entity.JointVenture, ps, s)
				return
			}
		}
	}
	// "A and B have agreed to set up V, a joint venture that": the firms
	// before the verb, not V.
	for _, a := range []string{", a ", ", an "} {
		if !strings.HasSuffix(s.low[:i], a) {
			continue
		}
		if v, ok := r.orgRightBefore(s, s.beforeBrackets(i-len(a)), 1); ok && formsBefore(s.low[max(0, v.a-s.a-30):v.a-s.a]) {
			var ps []ment
			for _, p := range r.partiesBefore(s, v.a-s.a) {
				if p.e != v.e {
					ps = append(ps, p)
				}
			}
			if len(ps) >= 2 {
				r.pairs(entity.JointVenture, ps, s)
				r.owned, r.ownedIn = v, s
				return
			}
		}
	}
	// "A signed an MOU with B to set up a 50-50 joint venture": the
	// parties of the deal form the venture.
	if w := strings.LastIndex(s.low[max(0, i-160):i], " with "); w >= 0 {
		w += max(0, i-160)
		if partner, ok := r.orgRightAfter(s, w+len(" with "), 30); ok && formsVenture(s.low[s.past(partner):]) {
			if first, ok := r.subject(s, w); ok && first.e != partner.e {
				r.add(entity.JointVenture, first.e, partner.e, s, nil)
				return
			}
		}
	}
	// "A will sell ... to B, and the two companies have formed a joint
	// venture": the two firms the sentence named before.
	if b := s.low[max(0, i-48):i]; strings.Contains(b, " the two companies ") || strings.Contains(b, " both companies ") || strings.Contains(b, " the pair ") {
		if two, ok := r.twoFirmsBefore(s, i); ok {
			r.add(entity.JointVenture, two[0].e, two[1].e, s, nil)
			return
		}
	}
	// "A and B formed a joint venture" (not "X (the "Company") resolved
	// to establish a joint venture with B": one firm, named twice).
	if ps := r.partiesBefore(s, i); twoFirms(ps) {
		if _, _, ok := s.cue(0, formedCues); ok {
			r.pairs(entity.JointVenture, ps, s)
			return
		}
	}
	// "A and B signed a joint venture agreement", "A and B will jointly
	// operate the plant as a joint venture".
	if ps := r.partiesBefore(s, i); twoFirms(ps) {
		mid := s.low[s.past(ps[len(ps)-1]):i]
		signed := hasAnyPrefix(s.low[e:], " agreement", " contract") && hasAnySuffix(mid, " signed a ", " signed the ", " inked a ", " entered into a ", " concluded a ", " executed a ")
		run := strings.HasSuffix(mid, " as a ") && (strings.Contains(mid, " jointly operate ") || strings.Contains(mid, " jointly run ") || strings.Contains(mid, " jointly manage "))
		// "A and B are building a plant in Y through a joint venture".
		through := hasAnySuffix(mid, " through a ", " via a ", " through their ", " through a new ") && !strings.Contains(mid, ",")
		if (signed || run || through) && len(mid) < 80 && !strings.ContainsAny(mid, ";") {
			r.pairs(entity.JointVenture, ps, s)
			return
		}
	}
	// "A and B, a unit of C, formed a joint venture": the parties
	// before the verb, the apposition aside.
	if fi, _, ok := s.cue(0, formedCues); ok && fi < i && i-fi < 16 {
		if ps := r.partiesBefore(s, fi); len(ps) == 2 && twoFirms(ps) {
			r.pairs(entity.JointVenture, ps, s)
			return
		}
	}
	// "a joint venture with B", "the venture, V, formed with B".
	if j, je, ok := s.cue(e, ventureWithCues); ok {
		// "..., the company said in a filing with the exchange": a
		// "with" after the clause that reports the venture is not its
		// partner.
		if between := s.low[e:j]; strings.Contains(between, " said ") || strings.Contains(between, " told ") {
			return
		}
		// "will buy out its joint venture partner in the project and has
		// signed an MOU with B": the deal's party, in a clause of its
		// own, is no partner in the venture.
		if between := s.low[e:j]; strings.HasPrefix(between, " partner") && (strings.Contains(between, " signed ") || strings.Contains(between, " and has ") || strings.Contains(between, " and will ")) {
			return
		}
		// "The joint venture has also signed a conditional agreement
		// with Y": the venture's deal, Y no partner in it.
		if between := s.low[e:j]; strings.HasPrefix(s.low[max(0, i-4):], "the ") && (strings.Contains(between, " agreement") || strings.Contains(between, " contract") || strings.Contains(between, " deal") || strings.Contains(between, " memorandum")) {
			return
		}
		// ("V, the fuel procurement joint venture owned 50:50 by A and
		// B, has signed a sale and purchase agreement with Y": the
		// same, the venture described before its verb.)
		if between := s.low[e:j]; hasAnyPrefix(between, " owned ", " held ", " of ", " between ") && (strings.Contains(between, " signed ") || strings.Contains(between, " entered into ")) && (strings.Contains(between, " agreement") || strings.Contains(between, " contract") || strings.Contains(between, " memorandum") || strings.Contains(between, "(spa)")) {
			return
		}
		partner, ok := r.orgRightAfter(s, je, 50)
		if !ok {
			return
		}
		// "... as a 70:30 joint venture, with Cowan remaining operator":
		// a clause of its own, no partner named.
		if strings.HasPrefix(s.low[e:], ", with ") && hasAnyPrefix(s.low[s.past(partner):], " remaining ", " as ", " acting ", " serving ", " continuing ") {
			return
		}
		// "V, an HPAL venture that A owns with China's B": A, the
		// subject of the clause, is the partner.
		if strings.HasPrefix(s.low[e:], " that ") {
			if a, ok := r.orgRightAfter(s, e+len(" that "), 0); ok && a.a == s.at(e+len(" that ")) && a.e != partner.e {
				if v := s.low[s.past(a):j]; hasAnyPrefix(v, " owns", " runs", " operates", " formed", " set up", " established", " jointly owns", " co-owns", " is forming", " is setting up", " will form", " has formed") && !strings.ContainsAny(v, ",;") {
					// ("... is forming with B and Japan's C": each
					// partner named after "with".)
					ps := []ment{a}
					for _, p := range r.list(s, je) {
						if p.e != a.e {
							ps = append(ps, p)
						}
					}
					if len(ps) < 2 {
						ps = append(ps, partner)
					}
					r.pairs(entity.JointVenture, ps, s)
					return
				}
			}
		}
		// The venture's own name stands right after "joint venture,".
		after := e
		if strings.HasPrefix(s.low[e:], ", ") {
			after += 2
		}
		venture, isNamed := r.orgRightAfter(s, after, 1)
		// "V, a joint venture A set up in 2023 with B": a contact clause
		// whose subject, A, is the partner.
		if isNamed && venture.a-s.a < j && hasAnyPrefix(s.low[s.past(venture):], " set up ", " formed ", " established ", " created ", " launched ", " started ") {
			if venture.e != partner.e {
				r.add(entity.JointVenture, venture.e, partner.e, s, nil)
			}
			return
		}
		// "owns 45% of V, a joint venture with B": the venture named
		// before, in apposition.
		if !isNamed {
			// ("V, a 51:49 joint venture with B": a split before it.)
			pre := s.low[:i]
			if w := strings.LastIndexByte(strings.TrimSuffix(pre, " "), ' '); w > 0 && splitWord(pre[w+1:len(pre)-1]) {
				pre = pre[:w+1]
			}
			// ("V, our joint venture with B": in an interview's answer.)
			// ("V is our joint venture with B": so too after a copula.)
			// ("Through V, its joint venture with B, it operates": the
			// firm "its" stands for is the partner.)
			// ("V is a joint venture with B": V is the venture.)
			for _, a := range []string{", a ", ", an ", ", the ", ", our ", " is our ", ", its ", " is a ", " is an "} {
				if strings.HasSuffix(pre, a) {
					venture, isNamed = r.orgRightBefore(s, len(pre)-len(a), 1)
					if isNamed && a == " is our " {
						r.venture, r.ventureEnd = venture.e+1, s.b
					}
					break
				}
			}
		}
		// "V, A's joint venture with B": A is the partner.
		if strings.HasSuffix(s.low[:i], "'s ") {
			if a, ok := r.orgRightBefore(s, i-len("'s "), 1); ok && a.e != partner.e {
				r.add(entity.JointVenture, a.e, partner.e, s, nil)
				return
			}
		}
		var first ment
		found := false
		// "It operates through its subsidiary, C, and holds 60% in V, a
		// joint venture with B": the company "it" stands for.
		if anaphoricStart(s.low) && strings.Contains(s.low[:i], "subsidiary, ") {
			if subj, ok := r.antecedent(s); ok && subj.e != partner.e && (!isNamed || subj.e != venture.e) {
				first, found = subj, true
			}
		}
		for _, m := range r.orgsIn(s, 0, j) {
			if found {
				break
			}
			if (!isNamed || m.e != venture.e) && m.e != partner.e && !r.isExchange(m.e) {
				first, found = m, true
			}
		}
		// The other partner from the sentences before, when the venture
		// is named ("the joint venture, V, formed with B") or the
		// sentence opens with "It" or "The group"; not for "the Japanese
		// steelmaker relies on a joint venture with B", whose subject
		// the text does not name.
		// ("Last year it formed a joint venture with B": "it" after a
		// phrase of time.)
		if !found && (isNamed || anaphoricStart(s.low) || frontedIt(s)) {
			first, found = r.antecedent(s)
			found = found && first.e != partner.e && (!isNamed || first.e != venture.e)
		}
		if found {
			r.add(entity.JointVenture, first.e, partner.e, s, nil)
			// "V is a joint venture with B, which owns 30%": B's share
			// of V.
			if rest := s.low[s.past(partner):]; isNamed && venture.e != partner.e && hasAnyPrefix(rest, ", which owns ", ", which holds ") {
				if p, _, ok := s.percentAt(s.past(partner) + len(", which owns ")); ok {
					r.add(entity.StakeIn, partner.e, venture.e, s, withPercent(p))
				}
			}
			// "Its converter company, V, a 51:49 joint venture with B":
			// each holds its share of V, the first named first.
			if x, y, ok := ratioParts(s.low[:i]); ok && isNamed && venture.e != first.e && venture.e != partner.e && venture.b <= s.at(i) {
				r.add(entity.StakeIn, first.e, venture.e, s, withPercent(decimal.NewFromInt(int64(x))))
				r.add(entity.StakeIn, partner.e, venture.e, s, withPercent(decimal.NewFromInt(int64(y))))
			}
			// "a consortium with A and B": every partner named. (Not
			// "its joint venture with B, V, would": the venture's name
			// in apposition, no "and" before it.)
			if ps := r.list(s, je); len(ps) >= 2 && ps[0].e == partner.e && listJoined(s, ps) {
				for _, p := range ps[1:] {
					r.add(entity.JointVenture, first.e, p.e, s, nil)
				}
				r.pairs(entity.JointVenture, append([]ment{first}, ps...), s)
			}
		}
	}
}

// listJoined reports whether "and" or "&" joins the members of the list
// ps, as a list of partners has it.
func listJoined(s *sentence, ps []ment) bool {
	last := ps[len(ps)-1]
	between := s.low[s.past(ps[0]):max(s.past(ps[0]), last.a-s.a)]
	return strings.Contains(between, " and ") || strings.Contains(between, "&") || strings.HasPrefix(between, "and ")
}

// formsBefore reports a verb of forming in the words before a noun:
// "formed a 60:40", "will set up a new".
// ratioBefore reports whether t, the text before "venture", ends in
// the split of its shares: "an 80:20 ", "a 50-50 ", "a 60/40 joint ".
func ratioBefore(t string) bool {
	_, _, ok := ratioParts(t)
	return ok
}

// ratioParts returns the two shares of the split that ends t, before
// "venture" (and "joint"): 80 and 20 of "an 80:20 ".
func ratioParts(t string) (int, int, bool) {
	t = strings.TrimSuffix(t, "joint ")
	if !strings.HasSuffix(t, " ") {
		return 0, 0, false
	}
	t = t[:len(t)-1]
	k := strings.LastIndexByte(t, ' ')
	w := t[k+1:]
	sep := strings.IndexAny(w, ":-/")
	if sep <= 0 || sep > 2 || len(w)-sep-1 < 1 || len(w)-sep-1 > 2 {
		return 0, 0, false
	}
	x, y := w[:sep], w[sep+1:]
	for _, d := range []string{x, y} {
		for i := 0; i < len(d); i++ {
			if !isDigit(d[i]) {
				return 0, 0, false
			}
		}
	}
	a, b := atoiDigits(x), atoiDigits(y)
	if a+b != 100 {
		return 0, 0, false
	}
	return a, b, true
}

func formsBefore(t string) bool {
	for _, v := range []string{"formed ", "form ", "forms ", "forming ", "set up ", "sets up ", "setting up ", "created ", "create ", "creates ", "established ", "establish ", "launched ", "launch "} {
		if _, ok := wordAt(t, v); ok {
			return true
		}
	}
	return false
}

// agreementNouns name agreements, with the type each implies.
var agreementNouns = func() []agreementNoun {
	nouns := []agreementNoun{
		{noun: "heads of agreement", typ: "contract"}, {noun: "memorandum of understanding", typ: "mou"}, {noun: "mou", typ: "mou"},
		{noun: "letter of intent", typ: "mou"}, {noun: "loi", typ: "mou"},
		// "a long-term linkage with Y for 3 Mtpa": India's allocation of
		// coal or ore from a state miner to a plant.
		{noun: "linkage", typ: "supply"},
		{noun: "offtake agreement", typ: "offtake"}, {noun: "offtake deal", typ: "offtake"}, {noun: "offtake", typ: "offtake"},
		{noun: "supply agreement", typ: "supply"}, {noun: "supply deal", typ: "supply"}, {noun: "supply contract", typ: "supply"},
		{noun: "partnership", typ: "partnership"}, {noun: "term sheet", typ: "contract"}, {noun: "contract", typ: "contract"}, {noun: "contracts", typ: "contract"},
		{noun: "sale and purchase agreement", typ: "contract"}, {noun: "spa", typ: "contract"},
		{noun: "agreements"}, {noun: "agreement"}, {noun: "deal"}, {noun: "pact"}, {noun: "accord"},
		// "won 15-year charters for four carriers from Y": a ship's
		// charter is a contract (not "charter capital", not
		// "chartered").
		{noun: "charter", typ: "contract"},
		// "a five-year COA with Y": a contract of affreightment, to
		// carry a cargo over years.
		{noun: "contract of affreightment", typ: "contract"}, {noun: "coa", typ: "contract"},
		// "won an order for two bulk carriers from Y": a shipyard's or
		// a maker's order is a contract (not "in order to").
		{noun: "order", typ: "contract"},
	}
	for k := range nouns {
		n := &nouns[k]
		last := strings.LastIndexByte(n.noun, ' ') + 1
		n.words = cueWords(n.noun[:last])
	}
	return nouns
}()

// agreementNounEnding returns the type of the agreement noun that
// phrase, in lower case, ends with ("a ten-year offtake", "a Supply
// Agreement"), and whether it ends with one.
func agreementNounEnding(phrase string) (string, bool) {
	for ni := range agreementNouns {
		if n := &agreementNouns[ni]; strings.HasSuffix(phrase, n.noun) {
			return n.typ, true
		}
	}
	return "", false
}

// agreementNoun is a noun that names an agreement, with the type it
// implies. wordAt finds it in a sentence only when the sentence's words
// hold words, those of the noun but the last, which may go on
// ("agreements" for "agreement").
type agreementNoun struct {
	noun, typ string
	words     wordBloom
}

// mayHold reports whether n may be found in s by wordAt.
func (s *sentence) mayHold(n *agreementNoun) bool {
	return !s.scanned || s.words.holds(&n.words)
}

var agreeVerbs = []string{"signed ", "sign ", "signs ", "signing ", "secured ", "secure ", "secures ", "reached ", "reach ", "struck ", "strike ", "inked ", "entered into ", "concluded ", "agreed ", "clinched ", "renewed ", "renews ", "extended ", "extends ", "is party to ", "is a party to ",
	"conclude ", "concludes ", "enter into ", "enters into ",
	"won ", "wins ", "was awarded ", "has been awarded ", "approved ", "executed ", "executes ",
	// "to implement its power supply agreement with Y".
	"implement ", "implements ", "implemented ",
	// "has approved, and the Company has executed, a Share Purchase
	// Agreement with Y".
	"executed, ", "signed, ",
	// "X has a long-term contract with Y": the noun close after.
	"has a ", "has an ", "holds a ", "holds an ", "have a ", "have an ",
	"has had a ", "have had a ",
	// "X disclosed a five-year supply agreement with Y": so too.
	"disclosed a ", "announced a ", "disclosed an ", "announced an "}

var (
	agreeCues = newCues(agreeVerbs...)
	buyCues   = newCues("acquire ", "acquired ", "acquires ", "to buy ", "will buy ", "would buy ", "bought ", "buys ", "take over ", "took over ", "takes over ", "purchase ", "purchased ",
		"absorbed ", "absorbs ", "took control of ", "takes control of ", "take control of ")
	supplyCues = newCues("supply ", "supplies ", "supplied ", "deliver ", "delivers ", "delivered ", "sell ", "sells ", "sold ", "ship ", "ships ", "shipped ",
		"resell ", "resells ", "resold ", "deliveries ", "shipments ", "selling ", "supplying ", "shipping ", "delivering ",
		"provide ", "provides ", "sends ", "send ", "sent ", "exported ")
)

func (r *relater) agreement(s *sentence) {
	r.at = agreeCues.first(s, r.at)
	// "we signed a contract with A, and in May we signed a second
	// contract, with B": a verb read again where it comes a second
	// time.
	for pass := 0; pass < 2; pass++ {
		if pass == 1 {
			again := false
			for k, v := range agreeVerbs {
				if i := r.at[k]; i >= 0 {
					r.at[k] = s.find(i+len(v), v)
					again = again || r.at[k] >= 0
				}
			}
			if !again {
				break
			}
		}
		r.agreementPass(s)
	}
	r.underAgreementWith(s)
	r.agreementTail(s)
}

// agreementPass reads the deals whose verbs of agreeVerbs stand at r.at.
func (r *relater) agreementPass(s *sentence) {
	for k, v := range agreeVerbs {
		i := r.at[k]
		if i < 0 {
			continue
		}
		// "The board approved a contract with Y": a firm's board
		// approves its own deals; a regulator's approval is no party's.
		if v == "approved " && !strings.HasPrefix(s.low, "the board ") {
			continue
		}
		// ", with which it signed": a clause of its own, which a
		// negation before it does not reach.
		from := 0
		if w, _ := withWhichAt(s.low[:i]); w >= 0 {
			from = w
		}
		if s.negated(from, i) {
			continue
		}
		e := i + len(v)
		// The agreement noun follows within a few words.
		typ, nounEnd := "", -1
		window := s.low[e:min(len(s.low), e+70)]
		for ni := range agreementNouns {
			n := &agreementNouns[ni]
			if !s.mayHold(n) {
				continue
			}
			if k, ok := wordAt(window, n.noun); ok && (nounEnd < 0 || e+k < nounEnd) {
				if n.noun == "charter" && !shipCharter(window[k+len(n.noun):]) {
					continue
				}
				// ("won an order", "won orders"; not "in order to".)
				if rest := strings.TrimPrefix(window[k+len(n.noun):], "s"); n.noun == "order" && (strings.HasSuffix(window[:k], "in ") || rest != "" && isWordChar(rest[0])) {
					continue
				}
				// ("COA", "COAs"; not "coal".)
				if rest := strings.TrimPrefix(window[k+len(n.noun):], "s"); n.noun == "coa" && rest != "" && isWordChar(rest[0]) {
					continue
				}
				typ, nounEnd = n.typ, e+k+len(n.noun)
			}
		}
		if nounEnd < 0 {
			continue
		}
		// ("has a two-year contract of affreightment with Y": the
		// words before the noun are few.)
		if (v == "has a " || v == "has an " || v == "holds a " || v == "holds an " || v == "has had a ") && (nounEnd-e > 32 && !strings.HasSuffix(s.low[:nounEnd], "contract of affreightment") || strings.ContainsAny(s.low[e:nounEnd], ",;%")) {
			continue
		}
		if strings.HasPrefix(v, "disclosed ") || strings.HasPrefix(v, "announced ") {
			// "announced a new supply agreement with Y"; not "announced a
			// plan under which A and B signed an agreement".
			if nounEnd-e > 40 || strings.ContainsAny(s.low[e:nounEnd], ",;%") || strings.Contains(s.low[e:nounEnd], " that ") {
				continue
			}
		}
		if typ == "" {
			typ = agreementType(window)
		}
		// "signed a joint venture agreement with Y": the venture, read
		// as one, not as a deal besides.
		if before := s.low[e:nounEnd]; strings.Contains(before, "joint venture ") || strings.Contains(before, "joint-venture ") || strings.Contains(before, "jv ") {
			continue
		}
		// "signed a deal in Hanoi to set up a joint venture": the venture
		// is what they agreed, read as one, not as a deal besides. A
		// document of its own that leads to the venture is read as
		// well: "signed an MOU", "a heads of agreement", "a
		// shareholders' agreement to form a joint venture".
		if k := strings.Index(s.low[nounEnd:min(len(s.low), nounEnd+30)], " to "); k >= 0 && !strings.ContainsAny(s.low[nounEnd:nounEnd+k], ",;") && formsVenture(s.low[nounEnd+k:]) && !ventureDocument(s.low[:nounEnd], typ) {
			continue
		}
		set := func(rel *article.Relation) {
			rel.Type = typ
			r.quantityIn(s, rel)
		}
		// "Y, a maker of cells, with which it signed an MOU in
		// February": the firm the sentence opens with signed with Y.
		// "Y (LNL), with which X holds a take-or-pay contract": X
		// signed with Y.
		if w, wl := withWhichAt(s.low[:i]); w >= 0 && s.low[w+wl:i] != "it " && !strings.Contains(s.low[w+wl:i], ",") {
			if x, ok := r.orgRightAfter(s, w+wl, 1); ok {
				if rest := s.low[min(i, x.b-s.a):i]; rest == " " || rest == " has " || rest == " had " {
					if other, ok := r.orgRightBefore(s, s.beforeBrackets(w), 2); ok && other.e != x.e {
						r.add(entity.Agreement, x.e, other.e, s, set)
						continue
					}
				}
			}
		}
		if w, wl := withWhichAt(s.low[:i]); w >= 0 && s.low[w+wl:i] == "it " {
			at := w
			if c := strings.LastIndex(s.low[max(0, w-90):w], ", "); c >= 0 {
				c += max(0, w-90)
				if ap := s.low[c+2 : w]; (strings.HasPrefix(ap, "a ") || strings.HasPrefix(ap, "an ") || strings.HasPrefix(ap, "the ")) && !strings.ContainsAny(ap, ";()") {
					at = c
				}
			}
			other, ok1 := r.orgRightBefore(s, s.beforeBrackets(at), 2)
			signer, ok2 := r.firstOrg(s, at)
			// "It is also studying a smelter with Y, with whom it signed
			// an MOU": the firm "It" stands for.
			if (!ok2 || signer.e == other.e) && anaphoricStart(s.low) {
				signer, ok2 = r.antecedent(s)
			}
			if ok1 && ok2 && other.e != signer.e {
				r.add(entity.Agreement, signer.e, other.e, s, func(rel *article.Relation) { rel.Type = typ })
				continue
			}
		}
		// "X has been supplying Y for 12 years, and in January the two
		// signed an MOU": the two firms the sentence named before.
		if b := s.low[:i]; strings.HasSuffix(b, " the two ") || strings.HasSuffix(b, " the two sides ") || strings.HasSuffix(b, " both sides ") || strings.HasSuffix(b, ", and the pair ") {
			if two, ok := r.twoFirmsBefore(s, i); ok {
				r.add(entity.Agreement, two[0].e, two[1].e, s, set)
				continue
			}
		}
		// "A MD X and B general director Y signed the agreements": the
		// firms of the two who signed.
		if a, b, ok := r.signatories(s, i); ok {
			r.add(entity.Agreement, a.e, b.e, s, set)
			continue
		}
		parties := r.partiesBefore(s, i)
		// "The Korea Mine Rehabilitation and Mineral Resources
		// Corporation (KOMIR) has signed a contract with Y": a state
		// body that opens the sentence signs.
		if len(parties) == 0 && len(s.ms) > 0 && r.kindOf(s.ms[0]) == entity.KindGovernment && (s.ms[0].a == s.a || strings.HasPrefix(s.low, "the ") && s.ms[0].a == s.a+len("the ")) {
			if between := s.low[s.past(s.ms[0]):i]; len(between) < 40 && !strings.ContainsAny(skipBracketsText(between), ",;") {
				parties = []ment{s.ms[0]}
			} else if two, ok := r.twoBodiesBefore(s, i); ok {
				// "A (IDA) of the MOEA and Indonesia's Ministry of
				// Industry signed a memorandum": two state bodies sign.
				parties = two
			}
		}
		// "With Japan's Tsukuba Cell Corp. we signed an MOU": the
		// partner opens the sentence, the signer follows.
		if strings.HasPrefix(s.low, "with ") && i < 120 {
			if other, ok := r.orgRightAfter(s, len("with "), 16); ok && s.past(other) < i {
				if signer, ok := r.orgRightBefore(s, i, 12); ok && signer.e != other.e && signer.a > other.b && !s.negated(0, i) {
					r.add(entity.Agreement, signer.e, other.e, s, set)
					continue
				}
			}
		}
		if len(parties) == 0 {
			// "The two companies also inked an offtake agreement": the
			// two firms of the sentence before.
			if pair, ok := r.prevPair(s); ok && pairAt(s.low) {
				r.add(entity.Agreement, pair[0], pair[1], s, set)
				continue
			}
			// "an offtake agreement under which X will ship ... to Y".
			if seller, buyer, ok := r.underWhichSale(s, nounEnd); ok {
				r.add(entity.Agreement, seller.e, buyer.e, s, set)
				continue
			}
		}
		if j, je, ok := s.cue(nounEnd, withCue); ok && j-nounEnd < 60 {
			// A state body may be the other party: "signed an MoU
			// with the Department of Steel and Mines".
			other, ok := r.buyerRightAfter(s, je, 50)
			// "X took two lots in 2026 and we signed an MOU with them":
			// the firm the sentence named before its signer.
			pron := hasAnyPrefix(s.low[je:], "them ", "them.", "them,", "it ", "it.", "it,") && len(parties) == 1
			if pron {
				ok = false
				for _, m := range r.orgsBefore(s, parties[0].a-s.a, maxBack) {
					if m.e != parties[0].e {
						other, ok = m, true
					}
				}
			}
			// "agreements with two overseas suppliers and a joint
			// venture agreement with Y", "signs supply agreements and
			// forms a joint venture with Y": Y is the other noun's
			// party.
			if ok && !pron && (strings.Contains(s.low[je:other.a-s.a], " with ") || strings.Contains(s.low[nounEnd:j], "venture")) {
				ok = false
			}
			if ok && r.possessive(s, other) {
				// "with Haeorum's battery-cell unit, Haeorum Energy
				// Solution": the unit signs.
				if unit, found := r.unitNamed(s, other.b-s.a+len("'s ")); found {
					other = unit
				}
			} else if ok {
				// "with BKL subsidiary Kanhar Coalfields Ltd": the unit
				// the parent's name describes signs.
				if w := prefixOf(s.low[s.past(other):], " subsidiary ", " unit ", " affiliate "); w != "" {
					if unit, found := r.orgRightAfter(s, s.past(other)+len(w), 0); found && unit.a == s.at(s.past(other)+len(w)) && unit.e != other.e {
						other = unit
					}
				}
			}
			if ok {
				for _, p := range parties {
					r.add(entity.Agreement, p.e, other.e, s, set)
					// The holder of a linkage is supplied by the other.
					if strings.HasSuffix(s.low[:nounEnd], "linkage") && p.e != other.e {
						r.add(entity.SupplierOf, other.e, p.e, s, nil)
					}
				}
				// "an MOU with A for ..., and a ten-year clinker supply
				// agreement with B under which B will deliver".
				if len(parties) == 1 && !pron {
					r.andAnotherDeal(s, parties[0].e, other, 6)
				}
				// "with A ("A"), a subsidiary of B (TSE: 5741), and with
				// Korea's C": a second party after the first's
				// apposition.
				if second, found := r.andWithAfter(s, other); found && !pron {
					for _, p := range parties {
						r.add(entity.Agreement, p.e, second.e, s, set)
					}
				}
				// "with A and its parent company B": both sign.
				if at := s.past(other); !pron {
					at += skipBrackets(s.low[at:])
					if w := prefixOf(s.low[at:], " and its parent company ", " and its parent "); w != "" {
						if b, found := r.orgRightAfter(s, at+len(w), 1); found {
							for _, p := range parties {
								r.add(entity.Agreement, p.e, b.e, s, set)
							}
						}
					}
				}
				// "entered into four contracts with A and B, as builders":
				// each firm of the list is a party.
				if ps := r.list(s, je); !pron && len(ps) >= 2 && ps[0].e == other.e && listJoined(s, ps) && r.listTight(s, ps) && listEnds(s.low[s.past(ps[len(ps)-1]):]) {
					for _, o := range ps[1:] {
						for _, p := range parties {
							if p.e != o.e && o.e != other.e {
								r.add(entity.Agreement, p.e, o.e, s, set)
							}
						}
					}
				}
				if len(parties) == 1 && !pron {
					r.itSellsTo(s, other.b-s.a, parties[0], other)
					r.signedToSupply(s, parties[0], other)
				}
				continue
			}
		}
		// "signed a coal import contract between A and B (Australia),
		// ..., under which B will supply": the two it is between.
		if ps, ok := r.betweenPair(s, nounEnd); ok {
			r.add(entity.Agreement, ps[0].e, ps[1].e, s, set)
			at := ps[1].b - s.a
			r.itSellsTo(s, at+skipBrackets(s.low[at:]), ps[0], ps[1])
			continue
		}
		// "signed a binding agreement to sell 100,000 tonnes a year to Y".
		if len(parties) == 1 {
			if other, ok := r.dealBuyer(s, nounEnd); ok && other.e != parties[0].e {
				r.add(entity.Agreement, parties[0].e, other.e, s, set)
				continue
			}
			// "signed a binding offtake for up to 1,500 tpa of oxide from
			// Y's planned refinery": the firm the goods come from.
			if strings.HasPrefix(s.low[nounEnd:], " for ") {
				if j := s.find(nounEnd, " from "); j >= 0 && j-nounEnd < 80 && !strings.Contains(s.low[nounEnd:j], ", ") && !strings.Contains(s.low[nounEnd:j], ";") {
					if other, ok := r.orgRightAfter(s, j+len(" from "), 0); ok && other.a == s.at(j+len(" from ")) && other.e != parties[0].e {
						r.add(entity.Agreement, parties[0].e, other.e, s, set)
						continue
					}
				}
			}
			// "signed a three-year agreement under which Y will supply".
			if other, ok := r.underWhich(s, nounEnd, parties[0]); ok {
				r.add(entity.Agreement, parties[0].e, other.e, s, set)
				continue
			}
			// "has won a three-year contract to carry 1.8 Mtpa of coal
			// for Y", "was awarded a contract by Y": a contract won is
			// the client's too.
			if other, ok := r.clientOfWon(s, v, nounEnd); ok && other.e != parties[0].e {
				r.add(entity.Agreement, parties[0].e, other.e, s, set)
				continue
			}
		}
		if len(parties) >= 2 {
			for x := 0; x < len(parties); x++ {
				for y := x + 1; y < len(parties); y++ {
					r.add(entity.Agreement, parties[x].e, parties[y].e, s, set)
				}
			}
		} else if len(parties) == 1 {
			r.signer, r.signerEnd = parties[0], s.b
		}
	}
}

// possessedDealWith reads "Our offtake with Y provides for ...", "X's
// supply contract with Y": the possessor and Y are its parties.
func (r *relater) possessedDealWith(s *sentence) {
	w := s.find(0, " with ")
	if w < 0 || w > 80 || s.negated(0, w) {
		return
	}
	head := s.low[:w]
	typ, found := agreementNounEnding(head)
	if !found {
		return
	}
	// The possessor opens the sentence, a few words of kind between it
	// and the noun; or it is "our" inside the sentence: "The rest came
	// from Chile, through our contract with Y".
	if len(s.ms) == 0 {
		return
	}
	party := s.ms[0]
	if t := r.d.v.s[party.a:party.b]; party.a != s.a || !r.possessive(s, party) && t != "Our" && t != "our" {
		o := strings.LastIndex(head, " our ")
		if o < 0 || strings.ContainsAny(head[o:], ",;()") || strings.Count(head[o:], " ") > 5 {
			return
		}
		k := slices.IndexFunc(s.ms, func(m ment) bool { return m.a == s.at(o+1) })
		if k < 0 {
			return
		}
		party = s.ms[k]
	}
	t := r.d.v.s[party.a:party.b]
	if !r.possessive(s, party) && t != "Our" && t != "our" {
		return
	}
	if between := s.low[s.past(party):w]; strings.Count(between, " ") > 4 || strings.ContainsAny(between, ",;()") {
		return
	}
	other, ok := r.orgRightAfter(s, w+len(" with "), 24)
	if !ok || other.e == party.e || r.kindOf(party) != entity.KindCompany {
		return
	}
	r.add(entity.Agreement, party.e, other.e, s, func(rel *article.Relation) { rel.Type = typ; r.quantityIn(s, rel) })
}

// enumeratedDeals reads deals a sentence lists by numerals after one
// verb: "the Company entered into (i) the X Agreement with A, and (ii)
// the Y Agreement with B": the signer is a party to each.
func (r *relater) enumeratedDeals(s *sentence) {
	i := strings.Index(s.low, " (i) ")
	if i < 0 || !strings.Contains(s.low[i:], " (ii) ") {
		return
	}
	before := strings.TrimRight(s.low[:i], " ")
	if !hasAnySuffix(before, " entered into", " signed", " executed", " concluded", " has entered into", " had entered into") {
		return
	}
	ps := r.partiesBefore(s, i)
	if len(ps) != 1 {
		return
	}
	for _, mark := range []string{" (i) ", " (ii) ", " (iii) ", " (iv) "} {
		k := strings.Index(s.low, mark)
		if k < 0 {
			break
		}
		item := s.low[k+len(mark):]
		if n := strings.Index(item, " ("); n >= 0 && n+4 < len(item) && (strings.HasPrefix(item[n:], " (ii) ") || strings.HasPrefix(item[n:], " (iii) ") || strings.HasPrefix(item[n:], " (iv) ")) {
			item = item[:n]
		}
		w := strings.Index(item, " with ")
		if w < 0 || w > 90 {
			continue
		}
		typ, found := agreementNounEnding(item[:w])
		if !found {
			continue
		}
		other, ok := r.buyerRightAfter(s, k+len(mark)+w+len(" with "), 4)
		if !ok || other.e == ps[0].e {
			continue
		}
		r.add(entity.Agreement, ps[0].e, other.e, s, func(rel *article.Relation) { rel.Type = typ })
	}
}

// termsCues are the verbs of settling a deal's terms.
var termsCues = newCues(" settled ", " agreed ", " has agreed ", " have agreed ", " agreed on ")

// settledTermsWith reads "X settled 2026 treatment charges for zinc
// concentrate with Y at $95": X and Y agreed the terms of a supply.
func (r *relater) settledTermsWith(s *sentence) {
	i, e, ok := s.cue(0, termsCues)
	if !ok || s.negated(0, i) {
		return
	}
	rest := s.low[e:min(len(s.low), e+140)]
	t := -1
	for _, n := range []string{"treatment charge", "treatment and refining charge", "tc/rc", "benchmark", "terms", "prices", "price"} {
		if k := strings.Index(rest, n); k >= 0 && (t < 0 || k < t) {
			t = k
		}
	}
	if t < 0 || t > 60 || strings.ContainsAny(rest[:t], ";") {
		return
	}
	w := strings.Index(rest[t:], " with ")
	if w < 0 || strings.ContainsAny(rest[t:t+w], ";") || strings.Contains(rest[t:t+w], " said") {
		return
	}
	at := e + t + w + len(" with ")
	other, ok := r.buyerRightAfter(s, at, 40)
	if !ok {
		return
	}
	first, ok := r.subject(s, i)
	if !ok || first.e == other.e || r.kindOf(first) != entity.KindCompany {
		return
	}
	r.add(entity.Agreement, first.e, other.e, s, nil)
}

// agreementTail reads the deals told without a verb of agreeVerbs.
func (r *relater) agreementTail(s *sentence) {
	r.dealUnderWhich(s)
	// "A and B have agreed to combine ...": an agreement with no noun.
	if i, e, ok := s.cue(0, agreedCues); ok && !s.negated(0, i) && !formsVenture(s.low[e:]) && !sellsAfter(s.low[e:]) {
		if ps := r.partiesBefore(s, i); len(ps) >= 2 {
			typ := ""
			if !strings.Contains(s.low[i:e], "agree") {
				typ = "partnership"
			}
			for x := 0; x < len(ps); x++ {
				for y := x + 1; y < len(ps); y++ {
					r.add(entity.Agreement, ps[x].e, ps[y].e, s, func(rel *article.Relation) { rel.Type = typ })
				}
			}
		}
	}
	// "X has partnered with Y", "X teamed up with Y".
	if i, e, ok := s.cue(0, partneredCues); ok && !s.negated(0, i) {
		subj, ok := r.subject(s, i)
		if !ok {
			return
		}
		for _, m := range r.orgsIn(s, e, len(s.low)) {
			r.add(entity.Agreement, subj.e, m.e, s, func(rel *article.Relation) { rel.Type = "partnership" })
		}
	}
	// "X said it had agreed with Y to raise prices": a deal with Y.
	if i := s.find(0, " agreed with "); i >= 0 && !s.negated(0, i) && !rumoured(s.low[:i]) {
		other, ok1 := r.orgRightAfter(s, i+len(" agreed with "), 2)
		subj, ok2 := r.subject(s, i)
		if ok1 && ok2 && subj.e != other.e && hasAnyPrefix(s.low[s.past(other):], " to ", " on ", " that ", " a ", " an ", " new ") {
			r.add(entity.Agreement, subj.e, other.e, s, nil)
		}
	}
}

// awardedTo reads "X awarded a tender for 450,000 tonnes of coal ... to
// Y", "X has awarded the contract to Y": X and Y are parties to a deal,
// and Y supplies the goods a tender for tonnes buys.
func (r *relater) awardedTo(s *sentence) {
	i := s.find(0, " awarded ")
	if i < 0 || s.negated(0, i) || hasAnySuffix(s.low[:i], " was", " were", " been", " be", " is") {
		return
	}
	e := i + len(" awarded ")
	window := s.low[e:min(len(s.low), e+160)]
	n := -1
	for _, noun := range []string{"tender", "contract", "order"} {
		if k, ok := wordAt(window, noun); ok && (n < 0 || k < n) {
			n = k
		}
	}
	if n < 0 || n > 24 {
		return
	}
	t := strings.LastIndex(window, " to ")
	if t < n {
		return
	}
	// The winner is the last organisation after "to" in the window.
	from := e + n
	var winner ment
	found := false
	for from < e+len(window) {
		k := strings.Index(s.low[from:e+len(window)], " to ")
		if k < 0 {
			break
		}
		if m, ok := r.buyerRightAfter(s, from+k+len(" to "), 40); ok {
			winner, found = m, true
			break
		}
		from += k + len(" to ")
	}
	if !found {
		return
	}
	buyer, ok := r.subject(s, i)
	if !ok || buyer.e == winner.e {
		return
	}
	goods := s.low[e : winner.a-s.a]
	r.add(entity.Agreement, buyer.e, winner.e, s, func(rel *article.Relation) { rel.Type = "contract" })
	// "awarded a supply contract to Y, which will deliver 1.8 Mt of
	// coal to the plant": the winner supplies what its clause delivers.
	after := s.low[s.past(winner):]
	delivers := hasAnyPrefix(after, ", which will deliver ", ", which will supply ", ", which will ship ", ", which is to deliver ", ", which is to supply ")
	if strings.Contains(goods, "tonne") || strings.Contains(goods, " tons ") || strings.Contains(goods, " mt ") || delivers {
		r.add(entity.SupplierOf, winner.e, buyer.e, s, nil)
	}
}

// theIssuer returns the entity the page's filing or announcement is
// about, or -1; it is looked for once, when first asked.
func (r *relater) theIssuer() int {
	if !r.issuerAsked {
		r.issuerAsked = true
		r.pageIssuer = r.issuer(r.all) + 1
		// The one company the text calls "the Company", wherever it
		// defines the term.
		if r.pageIssuer == 0 {
			for e := range r.a.Entities {
				if x := &r.a.Entities[e]; x.Kind == entity.KindCompany && (slices.Contains(x.Aliases, "the Company") || slices.Contains(x.Aliases, "Company")) {
					if r.pageIssuer > 0 {
						r.pageIssuer = 0
						break
					}
					r.pageIssuer = e + 1
				}
			}
		}
	}
	return r.pageIssuer - 1
}

// dealWithOpens reads an announcement's line or sentence that opens
// with the deal it made, the issuer unnamed: "Non-binding memorandum of
// understanding with Japanese trading house Y covering ...", "The MOU
// with Tokyo-based Y sets out a framework". The issuer and Y are its
// parties.
func (r *relater) dealWithOpens(s *sentence) {
	w := strings.Index(s.low[:min(len(s.low), 96)], " with ")
	if w < 0 || len(s.ms) == 0 || s.ms[0].a-s.a < w {
		return
	}
	head := strings.TrimLeft(s.low[:w], "•-*· ")
	// "(b) The execution of a five-year Clinker Supply Agreement with
	// Y": an item of what a board approved.
	if len(head) > 4 && head[0] == '(' && head[2] == ')' && head[3] == ' ' {
		head = head[4:]
	}
	head = strings.TrimPrefix(head, "the ")
	for _, p := range []string{"execution of ", "signing of ", "entry into "} {
		if h, ok := strings.CutPrefix(head, p); ok {
			head = strings.TrimPrefix(strings.TrimPrefix(h, "a "), "an ")
			break
		}
	}
	typ, ok := "", false
	for ni := range agreementNouns {
		n := &agreementNouns[ni]
		if strings.HasSuffix(head, n.noun) && (len(head) == len(n.noun) || head[len(head)-len(n.noun)-1] == ' ') {
			typ, ok = n.typ, true
			head = head[:len(head)-len(n.noun)]
			break
		}
	}
	// A few words of kind before the noun: "binding offtake term sheet",
	// "non-binding".
	if !ok || strings.Count(head, " ") > 3 || strings.ContainsAny(head, ",;:") || s.negated(0, w) {
		return
	}
	// "Thai buyer agrees HOA with Y": a headline's clause, whose
	// subject is another firm than the issuer.
	for _, v := range []string{"agrees ", "agreed ", "signs ", "signed ", "inks ", "inked ", "seals ", "sealed ", "reaches ", "reached ", "wins ", "won ", "secures ", "secured "} {
		if strings.HasPrefix(head, v) || strings.Contains(head, " "+v) {
			return
		}
	}
	other, ok := r.buyerRightAfter(s, w+len(" with "), 40)
	if !ok {
		return
	}
	issuer := r.theIssuer()
	if issuer < 0 || issuer == other.e {
		return
	}
	if typ == "" {
		typ = agreementType(s.low[:w])
	}
	r.add(entity.Agreement, issuer, other.e, s, func(rel *article.Relation) {
		rel.Type = typ
		r.quantityIn(s, rel)
	})
}

// underAgreementWith reads an agreement named in a phrase that opens the
// sentence: "Under a separate offtake agreement with Y, X will market up
// to 3 million tonnes a year": X and Y are its parties.
func (r *relater) underAgreementWith(s *sentence) {
	if !strings.HasPrefix(s.low, "under ") {
		return
	}
	comma := strings.Index(s.low, ", ")
	if comma < 0 || comma > 120 {
		return
	}
	phrase := s.low[:comma]
	w := strings.Index(phrase, " with ")
	if w < 0 {
		// "Under a separate offtake agreement, X will purchase the
		// entire output of Y": the parties are in the clause.
		r.underAgreementClause(s, phrase, comma)
		return
	}
	typ, found := "", false
	for ni := range agreementNouns {
		n := &agreementNouns[ni]
		if s.mayHold(n) {
			if _, ok := wordAt(phrase[:w], n.noun); ok {
				typ, found = n.typ, true
				break
			}
		}
	}
	if !found {
		return
	}
	if typ == "" {
		typ = agreementType(phrase[:w])
	}
	other, ok := r.buyerRightAfter(s, w+len(" with "), 50)
	if !ok || other.b-s.a > comma {
		return
	}
	party, ok := r.orgRightAfter(s, comma+len(", "), 1)
	if !ok || party.e == other.e {
		return
	}
	r.add(entity.Agreement, party.e, other.e, s, func(rel *article.Relation) {
		rel.Type = typ
		r.quantityIn(s, rel)
	})
}

// dealNounsBefore end the words before "under which" that name a deal.
var dealNounsBefore = []string{" deal", " agreement", " contract", " offtake", " mou", " memorandum of understanding", " pact"}

// dealUnderWhich reads a deal named with no verb of signing, its parties
// in the clause after it: "comes with an offtake deal under which X will
// sell up to 4 Mt a year to Y".
func (r *relater) dealUnderWhich(s *sentence) {
	j := s.find(0, " under which ")
	if j < 0 || s.negated(0, j) {
		return
	}
	noun := false
	for _, n := range dealNounsBefore {
		if strings.HasSuffix(s.low[:j], n) {
			noun = true
			break
		}
	}
	if !noun {
		return
	}
	if seller, buyer, ok := r.underWhichSale(s, j); ok {
		r.add(entity.Agreement, seller.e, buyer.e, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
		return
	}
	// "X disclosed a three-year agreement under which it will supply
	// ... to Y": "it" is the sentence's subject.
	if at := j + len(" under which "); strings.HasPrefix(s.low[at:], "it will ") || strings.HasPrefix(s.low[at:], "it would ") {
		if seller, ok := r.subject(s, j); ok {
			if buyer, ok := r.soldToAfter(s, at+len("it"), 4, seller.e); ok {
				typ := agreementType(s.low[max(0, j-40):j])
				r.add(entity.Agreement, seller.e, buyer.e, s, func(rel *article.Relation) { rel.Type = typ; r.quantityIn(s, rel) })
			}
		}
	}
}

// underAgreementClause reads the parties of an agreement named in the
// opening phrase of a sentence without its parties: "Under a separate
// offtake agreement, X will purchase the entire MHP output of Y", "...,
// X will buy up to 1 Mt a year from Y". phrase is the opening phrase,
// ending at the comma at sentence-relative offset comma.
func (r *relater) underAgreementClause(s *sentence, phrase string, comma int) {
	typ, found := "", false
	for ni := range agreementNouns {
		n := &agreementNouns[ni]
		if s.mayHold(n) {
			if _, ok := wordAt(phrase, n.noun); ok {
				typ, found = n.typ, true
				break
			}
		}
	}
	if !found || strings.Contains(phrase, "venture") {
		return
	}
	if typ == "" {
		typ = agreementType(phrase)
	}
	party, ok := r.orgRightAfter(s, comma+len(", "), 1)
	if !ok {
		return
	}
	rest := s.low[party.b-s.a : min(len(s.low), party.b-s.a+120)]
	k := -1
	for _, v := range []string{" will purchase ", " will buy ", " will take ", " buys ", " takes ", " will source ", " would buy ", " would purchase "} {
		if i := strings.Index(rest, v); i >= 0 && i < 12 {
			k = i + len(v)
			break
		}
	}
	if k < 0 {
		return
	}
	at := party.b - s.a + k
	for _, c := range []string{" output of ", " production of ", " from "} {
		j := strings.Index(s.low[at:min(len(s.low), at+90)], c)
		if j < 0 || strings.ContainsAny(s.low[at:at+j], ";") {
			continue
		}
		if other, ok := r.orgRightAfter(s, at+j+len(c), 30); ok && other.e != party.e {
			r.add(entity.Agreement, party.e, other.e, s, func(rel *article.Relation) {
				rel.Type = typ
				r.quantityIn(s, rel)
			})
			return
		}
	}
}

// sellsAfter reports whether t, the words after "agreed", open with a
// verb of trade: "to sell cobalt to Z" makes the parties sellers, which
// the supply rules read, not parties to a deal with each other.
func sellsAfter(t string) bool {
	t = strings.TrimPrefix(strings.TrimPrefix(t, " "), "to ")
	for _, v := range []string{"sell ", "supply ", "deliver ", "ship "} {
		if strings.HasPrefix(t, v) {
			return true
		}
	}
	return false
}

// formsVenture reports whether t, the words after "agreed", say what was
// agreed is a joint venture: "to form a joint venture", which is read as
// one and not as an agreement besides.
func formsVenture(t string) bool {
	t = strings.TrimPrefix(strings.TrimPrefix(t, " "), "to ")
	for _, p := range []string{"form a ", "set up a ", "establish a ", "create a "} {
		if strings.HasPrefix(t, p) {
			rest := t[len(p):]
			if k := strings.Index(rest[:min(len(rest), 40)], "venture"); k >= 0 {
				return true
			}
		}
	}
	// "will jointly operate the smelter as a joint venture".
	for _, p := range []string{"operate ", "run ", "manage "} {
		if strings.HasPrefix(t, p) {
			rest := t[len(p):min(len(t), len(p)+60)]
			if c := strings.Index(rest, " as a joint venture"); c > 0 && !strings.ContainsAny(rest[:c], ",;") {
				return true
			}
		}
	}
	// "to set up Tay Bac Nickel, a joint venture that": the venture
	// named first.
	for _, p := range []string{"form ", "set up ", "establish ", "create "} {
		if strings.HasPrefix(t, p) {
			rest := t[len(p):min(len(t), len(p)+70)]
			if c := strings.Index(rest, ", a joint venture"); c > 0 && !strings.ContainsAny(rest[:c], ",;") {
				return true
			}
		}
	}
	return false
}

// shipCharter reports whether rest, the text after the word "charter",
// ends a noun for a charter of ships: "charter with", "charters for",
// not "chartered" or "charter capital".
func shipCharter(rest string) bool {
	rest = strings.TrimPrefix(rest, "s")
	if rest != "" && isWordChar(rest[0]) {
		return false
	}
	return !strings.HasPrefix(rest, " capital")
}

// ventureDocument reports whether the agreement noun that ends before,
// of type typ, names a document of its own on the way to a joint
// venture: a memorandum of understanding, heads of agreement, a term
// sheet, a shareholders' agreement.
func ventureDocument(before, typ string) bool {
	if typ == "mou" {
		return true
	}
	for _, n := range []string{"heads of agreement", "term sheet", "shareholders' agreement", "shareholders agreement", "shareholder agreement"} {
		if strings.HasSuffix(before, n) {
			return true
		}
	}
	return false
}

// agreementType reads the type from words near the noun.
func agreementType(window string) string {
	switch {
	case strings.Contains(window, "offtake"):
		return "offtake"
	case strings.Contains(window, "share purchase") || strings.Contains(window, "share sale"):
		// "a Conditional Share Purchase Agreement": a sale of shares,
		// no supply.
		return ""
	case strings.Contains(window, "supply") || strings.Contains(window, "purchase"):
		return "supply"
	case strings.Contains(window, "partnership"):
		return "partnership"
	}
	return ""
}

// quantityIn ties a relation to the first quantity inside its sentence.
func (r *relater) quantityIn(s *sentence, rel *article.Relation) {
	st, en := r.d.v.span(s.a, s.b)
	qs := r.a.Quantities
	if r.quantOrder == 0 {
		r.quantOrder = -1
		if quantitiesInOrder(qs) {
			r.quantOrder = 1
		}
	}
	k := 0
	if r.quantOrder > 0 {
		// No quantity before k starts in the sentence, and none from
		// the first that starts after its end ends in it.
		k = sort.Search(len(qs), func(k int) bool { return qs[k].Span.Start >= st })
	}
	for qi := k; qi < len(qs); qi++ {
		q := qs[qi]
		if r.quantOrder > 0 && q.Span.Start > en {
			break
		}
		if q.Span.Start >= st && q.Span.End <= en {
			rel.Quantity, rel.HasQuantity = qi, true
			return
		}
	}
}

// supplyNouns follow "supply" used as a noun: "a supply contract".
var supplyNouns = []string{"contract", "deal", "agreement", "pact", "chain", "tender", "shortage", "glut",
	"deficit", "surplus", "side", "security", "risk", "disruption", "deals", "contracts", "agreements", "chains", "pacts"}

// supplyNounAt reports whether the cue of n bytes at i of low is a
// noun: after "the" or "of" ("the supply of"), or before a noun that
// says nothing of who supplies whom ("a supply contract with Y").
func supplyNounAt(low string, i, n int) bool {
	if k := i - 4; k >= 0 && (low[k:i] == "the " || strings.HasSuffix(low[:i], "of ")) {
		return true
	}
	// "six 15,000 teu container ships", "two cargo ships": vessels.
	if strings.HasPrefix(low[i:], "ships ") && hasAnySuffix(strings.TrimRight(low[:i], " "), "container", "cargo", "passenger", "naval", "two", "three", "four", "five", "six", "new", "teu", "dwt", "cbm") {
		return true
	}
	return supplyNounAfter(low[i+n:])
}

// supplyNounAfter reports whether rest, the text after "supply ", opens
// with a noun that makes "supply" a noun too.
func supplyNounAfter(rest string) bool {
	for _, n := range supplyNouns {
		if strings.HasPrefix(rest, n) && (len(rest) == len(n) || !isWordChar(rest[len(n)])) {
			return true
		}
	}
	return false
}

// quantitiesInOrder reports whether the quantities are in the order of
// their starts, each span ending at or after its start.
func quantitiesInOrder(qs []article.Quantity) bool {
	for k, q := range qs {
		if q.Span.End < q.Span.Start || k > 0 && q.Span.Start < qs[k-1].Span.Start {
			return false
		}
	}
	return true
}

func (r *relater) supplier(s *sentence) {
	// "Daewon Cells, its exclusive buyer": the customer in apposition.
	if i, e, ok := s.cue(0, itsBuyerCues); ok {
		if buyer, ok := r.orgRightBefore(s, i, 2); ok {
			seller, ok := r.subject(s, 0)
			if !ok || seller.e == buyer.e {
				seller, ok = r.antecedent(s)
			}
			if ok {
				r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
			}
		}
		_ = e
	}
	r.isCustomerOf(s)
	r.itsCustomerNamed(s)
	r.bracketRoles(s)
	r.labelledRoles(s)
	r.suppliedToBy(s)
	r.shareGoesTo(s)
	r.at = supplyCues.first(s, r.at)
	// What s.underContract says, read once for all the verbs.
	underRead, under, underTyp, underAt := false, false, "", -1
	for k, v := range supplyCues.cues {
		i := r.at[k]
		// "supply" as a noun ("supply chains", "the supply of", "a fuel
		// supply agreement") is not a verb: the verb may come after it
		// ("Under a fuel supply agreement, X will supply Y").
		// Nor is a word of a name: "Guangxi Nuclear Fuel Supply Co".
		for n := 0; n < 3 && i >= 0 && (supplyNounAt(s.low, i, len(v)) || s.inMention(i+1)); n++ {
			i = s.find(i+len(v), v)
		}
		if i < 0 || s.negated(0, i) || rumoured(s.low[:i]) {
			continue
		}
		e := i + len(v)
		if supplyNounAt(s.low, i, len(v)) {
			continue
		}
		// "sends all of its concentrate to Y": sending is selling only
		// of goods, named before "to" (not "sent a delegation to Y").
		if strings.HasPrefix(v, "sen") && !sendsGoods(s.low[e:]) {
			continue
		}
		// "most of it supplied by A and by B": the passive names the
		// seller after "by".
		if strings.HasPrefix(s.low[e:], "by ") {
			r.suppliedBy(s, i, e+len("by "))
			continue
		}
		// "The company agreed to sell itself to Y": Y buys the firm.
		if strings.HasPrefix(s.low[e:], "itself to ") && (strings.HasPrefix(v, "sel") || strings.HasPrefix(v, "sol")) {
			if buyer, ok := r.orgRightAfter(s, e+len("itself to "), 0); ok {
				if seller, ok := r.subject(s, i); ok && seller.e != buyer.e {
					r.add(entity.Acquisition, buyer.e, seller.e, s, nil)
				} else if seller, ok := r.antecedent(s); ok && anaphoricStart(s.low) && seller.e != buyer.e {
					r.add(entity.Acquisition, buyer.e, seller.e, s, nil)
				}
			}
			continue
		}
		// "X sells out of Y": X leaves Y, as a shareholder.
		if strings.HasPrefix(s.low[e:], "out of ") || strings.HasPrefix(s.low[e:], "out its ") {
			continue
		}
		// "tried to sell the stake to Z": the share the text told of,
		// no goods.
		if hasAnyPrefix(s.low[e:], "the stake ", "its stake ", "the stake,", "its stake,", "its entire stake ", "its remaining stake ", "the shares ", "its shares ", "the holding ", "its holding ", "the interest ", "its interest ") {
			continue
		}
		// "the New Concentrate Supply Framework Agreement with Y": the
		// verb's word names a deal, no sale.
		if hasAnyPrefix(s.low[e:], "framework agreement", "agreement", "contract", "framework") {
			continue
		}
		// "sold its entire 40% stake in Y to Z": shares, not goods.
		if soldStake(s.low[e:min(len(s.low), e+40)]) {
			r.soldStakeTo(s, e)
			continue
		}
		// "sold its unit, X, to Y": a firm, not goods.
		if rest := s.low[e:min(len(s.low), e+40)]; strings.HasPrefix(rest, "its ") {
			// ("sold its unit in Chile, X, to Y".)
			if c := strings.Index(rest, ", "); c > 0 && slices.ContainsFunc(unitWords, func(u string) bool { return strings.HasSuffix(rest[:c], u) || strings.Contains(rest[:c], u+" in ") }) {
				continue
			}
			// ("sell its nickel unit to Y", "its coal business to Y".)
			if c := strings.Index(rest, " to "); c > 0 && !strings.ContainsAny(rest[:c], ",;") && (strings.HasSuffix(rest[:c], " business") || slices.ContainsFunc(unitWords, func(u string) bool { return strings.HasSuffix(rest[:c], " "+u) })) {
				continue
			}
			// ("sell its wholly owned subsidiary X Sdn Bhd to Y".)
			if long := s.low[e:min(len(s.low), e+100)]; slices.ContainsFunc(unitWords, func(u string) bool { return strings.HasPrefix(long[len("its "):], u+" ") }) {
				if c := strings.Index(long, " to "); c > 0 && !strings.ContainsAny(long[:c], ";") {
					continue
				}
			}
		}
		// "sold Zeta Ltd, its unit in Chile, to Y", "sold Zeta Ltd to
		// Y": the firm right after the verb is what was sold.
		if firm, ok := r.orgRightAfter(s, e, 0); ok && firm.a == s.at(e) && (strings.HasPrefix(v, "sol") || strings.HasPrefix(v, "sell")) {
			if rest := s.low[s.past(firm):]; strings.HasPrefix(rest, " to ") || strings.HasPrefix(rest, ", its ") {
				// "agreed to sell Zeta Ltd to Y for RM318 million": Y
				// buys the firm.
				if strings.HasPrefix(rest, " to ") && !r.possessive(s, firm) {
					if buyer, ok := r.orgRightAfter(s, s.past(firm)+len(" to "), 0); ok && buyer.e != firm.e {
						r.add(entity.Acquisition, buyer.e, firm.e, s, nil)
					}
				}
				continue
			}
		}

		// "property and shipping conglomerate Y": the trade of a firm.
		if strings.HasSuffix(v, "ing ") {
			w := s.low[e:]
			if k := strings.IndexByte(w, ' '); k > 0 {
				w = w[:k]
			}
			if apposHeads[w] {
				continue
			}
		}
		seller, ok := r.subject(s, i)
		// "Three cargoes were delivered to Y, and two were sold to Z":
		// goods, not a firm, are the passive's subject; the firm the
		// text is about sells them.
		if hasAnySuffix(strings.TrimRight(s.low[:i], " "), " were", " was", " have been", " had been", " has been", " is", " are") && !strings.HasPrefix(s.low[e:], "by ") {
			if m, found := r.passiveSeller(s, i); found {
				seller, ok = m, true
			}
		}
		if !ok {
			continue
		}
		sellers := []ment{seller}
		if agreedBefore(s.low[:i]) {
			// "X and its partner Y have agreed to sell cobalt to Z": both
			// sell, each under the deal agreed.
			if k := strings.LastIndex(s.low[:i], " have agreed"); k > 0 {
				if ps := r.partiesBefore(s, k); len(ps) >= 2 {
					sellers = ps
				}
			}
		}
		set := func(rel *article.Relation) { r.quantityIn(s, rel) }
		if !underRead {
			underTyp, underAt, under = s.underContractWhere()
			underRead = true
		}
		typ, contract := underTyp, under
		// "X sells 40,000 t to A, and the rest goes to B under an
		// offtake": the deal is of the clause it closes.
		if contract && underAt > e && strings.Contains(s.low[e:underAt], ", and ") {
			contract = false
		}
		if agreedBefore(s.low[:i]) && !contract {
			typ, contract = "supply", true
		}
		// "including a binding agreement to supply 15,000 tonnes a year
		// to Y": the deal's noun governs the verb.
		if !contract && hasAnySuffix(s.low[:i], " agreement to ", " contract to ", " deal to ") {
			typ, contract = "supply", true
		}
		// "6. Outline of the Offtake Agreement" over "(3) Volume: Y
		// will sell to X ...": the deal the filing's section outlines,
		// its volume field. (Not "(5) Destination: X will sell the
		// concentrate to Z": a sale on, outside the deal.)
		if head := s.low[:min(len(s.low), 24)]; !contract && (strings.Contains(head, "volume: ") || strings.Contains(head, "quantity: ")) {
			if t := r.dealHeading(s.a); t != "" {
				typ, contract = t, true
			}
		}
		setDeal := func(rel *article.Relation) { rel.Type = typ; r.quantityIn(s, rel) }
		suppliesLot := func(buyer ment, set, setDeal func(*article.Relation)) {
			prev := buyer
			for _, b := range r.listFrom(s, buyer) {
				// ("..., and up to 30,000 tonnes a year to C": a buyer
				// the deliveries under the deal go to, not a party to
				// it.)
				delivery := b != buyer && toAgain(strings.TrimSpace(r.d.v.s[prev.b:b.a]))
				prev = b
				for _, seller := range sellers {
					if seller.e == b.e {
						continue
					}
					r.add(entity.SupplierOf, seller.e, b.e, s, set)
					if contract && !delivery {
						// "will supply ... to Y under a three-year
						// contract": the contract is between them.
						r.add(entity.Agreement, seller.e, b.e, s, setDeal)
					}
				}
			}
		}
		supplies := func(buyer ment) { suppliesLot(buyer, set, setDeal) }
		// "supplies LG Energy Solution and BYD", "supply Y with"; not
		// "sell the rest of Y's output", where Y makes what is sold.
		// Not "sell ore in Asia through X", a channel.
		provide := strings.HasPrefix(v, "provide")
		if strings.HasPrefix(s.low[e:], "to ") && r.pronounAt(s, e+len("to ")) {
			continue
		}
		// "an offtake agreement with A and B under which Y will sell to
		// the two companies": the pair the sentence named before.
		if hasAnyPrefix(s.low[e:], "to the two companies ", "to the two firms ", "to both companies ", "to both firms ") {
			// (A seller read as one of the pair is no seller to it.)
			if ps := r.pairBefore(s, i); len(ps) == 2 && ps[0].e != seller.e && ps[1].e != seller.e {
				for _, b := range ps {
					supplies(b)
				}
			}
			continue
		}
		// "X buys its ferronickel under a contract by which Y supplies it
		// with 60,000 tonnes a year": the firm whose contract it is.
		// "X agreed to buy 20% of Y, and Y will sell it up to 45,000
		// tonnes a year": the firm of the clause before.
		if itQty := strings.HasPrefix(s.low[e:], "it ") && (hasAnyPrefix(s.low[e+3:], "up to ", "about ", "around ", "some ", "more than ", "at least ") || e+3 < len(s.low) && isDigit(s.low[e+3])); strings.HasPrefix(s.low[e:], "it with ") || itQty {
			for _, w := range []string{" under which ", " by which ", " whereby ", ", and "} {
				if u := strings.LastIndex(s.low[:i], w); u > 0 && !strings.ContainsAny(s.low[u:i], ";") {
					rep, found := r.subject(s, u)
					// (After ", and " the clause's own firm sells, to
					// the firm the sentence opens with.)
					if w == ", and " {
						own, ok := r.orgRightAfter(s, u+len(w), 0)
						if !ok || own.a != s.at(u+len(w)) {
							break
						}
						seller, sellers = own, []ment{own}
						rep, found = r.firstOrg(s, u)
						found = found && !strings.Contains(s.low[:rep.a-s.a], ",")
					}
					if found && rep.e != seller.e {
						supplies(rep)
					}
					break
				}
			}
			continue
		}
		// (Not "we sold our first cargo to Y": the seller's own words.)
		// (Nor "arrange shipping from Krabi": where goods leave.)
		// ("supplies all of Y's slab": the goods Y takes, when the verb
		// supplies or delivers, not sells.)
		if buyer, ok := r.orgRightAfter(s, e, 30); ok && buyer.e != seller.e && (!r.possessive(s, buyer) || r.possessesPlant(s, buyer) || buyer.a == s.at(e) && r.possessesPlantIn(s, buyer, 2) ||
			hasAnyPrefix(v, "suppl", "deliver") && r.possessesInput(s, buyer)) && !channelBefore(s.low[e:buyer.a-s.a]) && !strings.HasSuffix(s.low[e:buyer.a-s.a], "from ") {
			// "will provide Y with 1.2 million tons": only goods given
			// "with" make a sale.
			// ("provide Y with a US$60 million prepayment facility":
			// money lent, no goods.)
			if !provide || buyer.a == s.at(e) && strings.HasPrefix(s.low[s.past(buyer):], " with ") && !financeGiven(s.low[s.past(buyer)+len(" with "):]) {
				supplies(buyer)
			}
			continue
		}
		if provide {
			continue
		}
		// "supplies most of the anode material used by Y": the user of
		// what is supplied buys it.
		if j := s.find(e, " used by "); j >= 0 && j-e < 60 && !strings.ContainsAny(s.low[e:j], ",;") {
			if buyer, ok := r.orgRightAfter(s, j+len(" used by "), 0); ok && buyer.a == s.at(j+len(" used by ")) && buyer.e != seller.e {
				supplies(buyer)
				continue
			}
		}
		// "to deliver up to 10,000 tons to Y", "to the NFA".
		for from := e; ; {
			j, je, ok := s.cue(from, shipToCue)
			// "to deliver 800,000 to 1.2 million wmt of ore per year from
			// its mines to Y's smelter": far, but in the same clause.
			if !ok || j-e >= 150 || j-e >= 90 && strings.Contains(s.low[e:j], ", ") {
				break
			}
			// "we sell to them whether the refinery runs": a pronoun,
			// whoever it stands for, not a firm named after it.
			if r.pronounAt(s, je) {
				// "X said that Y would deliver 250,000 tonnes of DAP to
				// it": the firm that said so.
				// "In April we signed a supply agreement with Y. We will
				// deliver 2,400 tonnes a year to them": the other party
				// of the deal the sentence before read.
				if s.prev != nil && r.dealEnd == s.prev.b && hasAnyPrefix(s.low[je:], "them ", "them,", "them.", "it ", "it,", "it.") && (r.deal[0] == seller.e || r.deal[1] == seller.e) {
					other := r.deal[0]
					if other == seller.e {
						other = r.deal[1]
					}
					r.add(entity.SupplierOf, seller.e, other, s, set)
					break
				}
				if hasAnyPrefix(s.low[je:], "it ", "it,", "it.") {
					// "X has renewed a contract under which Y will deliver
					// 1,200 tonnes to it": the firm whose contract it is.
					if u := strings.LastIndex(s.low[:i], " under which "); u > 0 {
						if rep, found := r.subject(s, u); found && rep.e != seller.e && !strings.ContainsAny(s.low[u:i], ";") {
							supplies(rep)
						}
						break
					}
					if t := strings.LastIndex(s.low[:i], " that "); t > 0 {
						if rep, found := r.firstOrg(s, t); found && rep.a == s.firstAt() && strings.Contains(s.low[s.past(rep):t], " said") && !strings.ContainsAny(s.low[t:i], ";") {
							supplies(rep)
						}
					}
				}
				break
			}
			// A state body buys only what the text measures: "to deliver
			// 300,000 tonnes of rice to the NFA".
			buyer, ok := r.orgRightAfter(s, je, 30)
			if !ok && strings.ContainsAny(s.low[e:j], "0123456789") {
				buyer, ok = r.buyerRightAfter(s, je, 30)
			}
			// ("to ship 5.5 Mt, subject to the approval by the Bureau":
			// who approves buys nothing.)
			if between := s.low[je:max(je, buyer.a-s.a)]; ok && strings.Contains(between, " by ") && (strings.Contains(between, "approv") || strings.Contains(between, "consent") || strings.Contains(between, "review") || strings.Contains(between, "permi")) {
				ok = false
			}
			if ok && r.possessive(s, buyer) {
				// "to Taiyo Oleo's Malaysian unit, Taiyo Oleo (M) Sdn
				// Bhd": the unit buys.
				if unit, found := r.unitNamed(s, buyer.b-s.a+len("'s ")); found {
					buyer = unit
				} else if p, found := r.partnerNamed(s, buyer.b-s.a+len("'s ")); found {
					// "to Kagiya's refining partner in Finland, Pohjola
					// Nickel Oy": the partner buys.
					buyer = p
				}
			}
			// "to its Thai joint venture with Y": the venture buys, not Y.
			if ok && strings.Contains(s.low[je:buyer.a-s.a], "venture with ") {
				break
			}
			// "a stable supply of plate and to cooperate with Y": an
			// infinitive's partner, not a buyer.
			if ok && hasAnyPrefix(s.low[je:max(je, buyer.a-s.a)], "cooperate ", "co-operate ", "work ", "partner ", "collaborate ", "team up ") {
				break
			}
			// "to the QGMI port": where the goods land, not who buys.
			if ok && hasAnyPrefix(s.low[s.past(buyer):], " port", " terminal", " jetty", " berth", " site") {
				break
			}
			if ok {
				supplies(buyer)
				// "... to A and a further 900,000 tonnes to B": a second
				// lot, to a second buyer.
				for n := 0; n < 3; n++ {
					var lot int
					if buyer, lot, ok = r.furtherLotTo(s, buyer); !ok {
						break
					}
					qset := func(rel *article.Relation) {
						if qi, _, ok := r.quantityNear(s, lot, 16); ok {
							rel.Quantity, rel.HasQuantity = qi, true
						}
					}
					suppliesLot(buyer, qset, func(rel *article.Relation) { rel.Type = typ; qset(rel) })
				}
				break
			}
			// "to smelters in China, including Poyang Copper": the buyer
			// named among those the text describes.
			if k, ke := amongAfter(s, je); k >= 0 {
				if buyer, ok := r.orgRightAfter(s, ke, 30); ok {
					supplies(buyer)
					break
				}
			}
			from = je
		}
	}
}

// twoFirmsBefore returns the two firms the sentence names before
// sentence-relative offset i, when it names exactly two: what "the two"
// stands for.
func (r *relater) twoFirmsBefore(s *sentence, i int) ([2]ment, bool) {
	var two [2]ment
	n := 0
	for _, m := range r.orgsIn(s, 0, i) {
		if n > 0 && two[0].e == m.e || n > 1 && two[1].e == m.e {
			continue
		}
		if n == 2 {
			return two, false
		}
		two[n] = m
		n++
	}
	return two, n == 2
}

// passiveSeller returns the seller of goods a passive verb at i sends,
// "Three cargoes (35,400 dmt) were delivered to Y": the firm the text
// is about, when the clause names no firm before the verb outside
// brackets.
func (r *relater) passiveSeller(s *sentence, i int) (ment, bool) {
	clause := 0
	if k := strings.LastIndex(s.low[:i], ", and "); k >= 0 {
		clause = k + len(", and ")
	}
	for _, m := range r.orgsIn(s, clause, i) {
		// (A firm in brackets, "(... for Y)", names no seller.)
		if k := strings.LastIndexByte(s.low[:m.a-s.a], '('); k < clause || strings.IndexByte(s.low[k:m.a-s.a], ')') >= 0 {
			return ment{}, false
		}
	}
	if m, ok := r.antecedent(s); ok {
		return m, true
	}
	// (A report's own sales: its issuer, the page's first firm.)
	return r.firstCo, r.hasFirstCo
}

// furtherLotTo reads a second lot sent to a second buyer right after
// the buyer prev: "to A and a further 900,000 tonnes to B", ", and
// another 20,000 t to B", "and 300,000 tonnes to B". It returns the
// buyer and the sentence-relative offset of the lot.
func (r *relater) furtherLotTo(s *sentence, prev ment) (ment, int, bool) {
	rest := s.low[s.past(prev):]
	switch {
	case strings.HasPrefix(rest, " and "):
		rest = rest[len(" and "):]
	case strings.HasPrefix(rest, ", and "):
		rest = rest[len(", and "):]
	default:
		return ment{}, 0, false
	}
	lot := strings.TrimPrefix(strings.TrimPrefix(rest, "a further "), "another ")
	if len(lot) == 0 || lot[0] < '0' || lot[0] > '9' {
		return ment{}, 0, false
	}
	k := strings.Index(lot[:min(len(lot), 60)], " to ")
	if k < 0 || strings.Contains(lot[:k], ", ") || strings.Contains(lot[:k], ";") {
		return ment{}, 0, false
	}
	at := len(s.low) - len(lot) + k + len(" to ")
	if r.pronounAt(s, at) {
		return ment{}, 0, false
	}
	buyer, ok := r.orgRightAfter(s, at, 0)
	if !ok || buyer.a != s.at(at) || buyer.e == prev.e {
		return ment{}, 0, false
	}
	return buyer, len(s.low) - len(lot), true
}

// andWithAfter returns the party of ", and with C" that follows the
// party first of a deal "with" it, within its apposition's reach and
// the clause.
func (r *relater) andWithAfter(s *sentence, first ment) (ment, bool) {
	at := s.past(first)
	k := strings.Index(s.low[at:min(len(s.low), at+160)], ", and with ")
	if k < 0 || strings.ContainsAny(s.low[at:at+k], ";") {
		return ment{}, false
	}
	second, ok := r.buyerRightAfter(s, at+k+len(", and with "), 12)
	if !ok || second.e == first.e {
		return ment{}, false
	}
	return second, true
}

// sendsGoods reports goods in the words t, after a verb of sending,
// before " to ": "all of its concentrate to", "40,000 tonnes of ore to".
func sendsGoods(t string) bool {
	k := strings.Index(t[:min(len(t), 80)], " to ")
	if k < 0 {
		return false
	}
	t = t[:k]
	for _, w := range []string{"concentrate", "ore", "coal", "cargo", "tonnes", "tons", "output", "metal", "cathode", "product", "shipments", "pellets", "fines", "lng", "oil"} {
		if _, ok := wordAt(t, w); ok {
			return true
		}
	}
	return strings.ContainsAny(t, "0123456789")
}

// pronounAt reports a pronoun at offset at that no mention stands for:
// "we sell to them whether the refinery runs" sells to whoever "them"
// is, not to a firm named after it. (An interview's "us" may be its
// firm's mention.)
func (r *relater) pronounAt(s *sentence, at int) bool {
	if !hasAnyPrefix(s.low[at:], "them ", "them,", "them.", "him ", "her ", "it ", "us ", "you ") {
		return false
	}
	ms := s.from(at)
	return len(ms) == 0 || ms[0].a != s.at(at)
}

// goesToCues send a share of a firm's output to a buyer.
var goesToCues = []string{" going to ", " goes to ", " go to ", " went to "}

// shareGoesTo reads "X expects to sell 4,000 tonnes, with the bulk going
// to Y" and "About 60% goes to wire makers, mainly Y": a share of what
// the firm the sentence is about sells goes to Y, which it supplies.
func (r *relater) shareGoesTo(s *sentence) {
	for _, c := range goesToCues {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		before := s.low[max(0, i-16):i]
		if !strings.HasSuffix(before, "bulk") && !strings.HasSuffix(before, "most") && !strings.HasSuffix(before, "rest") && !strings.HasSuffix(before, "remainder") &&
			!strings.HasSuffix(before, "majority") && !strings.HasSuffix(before, "balance") && !strings.HasSuffix(before, "%") {
			continue
		}
		e := i + len(c)
		buyer, ok := r.orgRightAfter(s, e, 30)
		// "the rest goes to other plants through Y's dispatch system":
		// the way it goes, no buyer.
		if ok && (channelBefore(s.low[e:buyer.a-s.a]) || r.possessive(s, buyer)) {
			return
		}
		if !ok {
			if k, ke := amongAfter(s, e); k >= 0 {
				buyer, ok = r.orgRightAfter(s, ke, 30)
			}
		}
		if !ok {
			// "to domestic makers, mainly Y".
			if m := strings.Index(s.low[e:min(len(s.low), e+60)], ", mainly "); m >= 0 {
				buyer, ok = r.orgRightAfter(s, e+m+len(", mainly "), 1)
			}
		}
		if !ok {
			return
		}
		seller, ok := r.firstOrg(s, i)
		if !ok {
			seller, ok = r.antecedent(s)
		}
		if ok && seller.e != buyer.e {
			r.add(entity.SupplierOf, seller.e, buyer.e, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
		}
		return
	}
}

// amongCues name one of the firms a description before them covers:
// "to magnet makers, among them X", "to smelters such as X", "to
// Japanese utilities, mainly X".
var amongCues = []string{", including ", " including ", ", among them ", ", among them, ", ", such as ", " such as ", ", notably ", ", mainly ", ", chiefly ", ", principally "}

// amongAfter finds the first of amongCues within 50 bytes after
// sentence-relative offset i, with no clause break before it, and
// returns where it starts and ends, or -1.
func amongAfter(s *sentence, i int) (int, int) {
	// One look at the window turns most sentences away.
	w := s.low[i:min(len(s.low), i+50+len(", among them, "))]
	if !strings.Contains(w, "includ") && !strings.Contains(w, "among") && !strings.Contains(w, "such as") && !strings.Contains(w, "notably") && !strings.Contains(w, "ly ") {
		return -1, -1
	}
	best, end := -1, -1
	for _, c := range amongCues {
		k := strings.Index(w, c)
		if k < 0 || k >= 50 || strings.ContainsAny(w[:k], ",;") {
			continue
		}
		if best < 0 || i+k < best || i+k == best && i+k+len(c) > end {
			best, end = i+k, i+k+len(c)
		}
	}
	return best, end
}

// agreedBefore reports whether t, the text before a verb of selling,
// ends in "have agreed to" or "has agreed to": "X and Y have agreed to
// sell cobalt to Z".
func agreedBefore(t string) bool {
	return hasAnySuffix(t, " have agreed to ", " has agreed to ", " had agreed to ", " agreed to ", " agrees to ")
}

// channelBefore reports whether t, the words before a firm, make it the
// way goods go rather than their buyer: "through", "via".
func channelBefore(t string) bool {
	// ("to its joint venture with Y": the venture buys, not Y.)
	return strings.Contains(t, "through ") || strings.Contains(t, "via ") || strings.Contains(t, "venture with ")
}

// contractWentTo reads "The EPC contract has gone to Y" and "the
// contract was awarded to Y": a contract the firm the text speaks of
// gave, with Y its other party.
func (r *relater) contractWentTo(s *sentence) {
	for _, c := range []string{" contract has gone to ", " contract went to ", " contract has been awarded to ", " contract was awarded to ", " contract will go to ", " contract has been given to "} {
		k := s.find(0, c)
		if k < 0 || s.negated(0, k) {
			continue
		}
		other, ok := r.orgRightAfter(s, k+len(c), 0)
		if !ok || other.a != s.at(k+len(c)) {
			return
		}
		// "Its EPC contract", "the mine's contract": no other firm named
		// before the contract in the sentence.
		if len(r.orgsIn(s, 0, k)) > 0 {
			return
		}
		// ("..., who built the original plant for us": in an interview's
		// answer, the speaker's firm, which "us" stands for.)
		client, ok := ment{}, false
		for _, m := range s.ms {
			if w := s.low[m.a-s.a : m.b-s.a]; (w == "us" || w == "we" || w == "our") && r.isOrg(m) {
				client, ok = m, true
			}
		}
		if !ok {
			client, ok = r.antecedent(s)
		}
		if !ok || client.e == other.e {
			return
		}
		r.add(entity.Agreement, client.e, other.e, s, func(rel *article.Relation) { rel.Type = "contract" })
		return
	}
}

// dealBuyer reads "to sell/supply ... to Y" right after an agreement's
// noun, ending at sentence-relative offset i, and returns Y.
func (r *relater) dealBuyer(s *sentence, i int) (ment, bool) {
	// A few words may stand between: "an agreement on Wednesday to sell".
	rest := s.low[i:min(len(s.low), i+30)]
	e := 0
	for _, v := range []string{" to sell ", " to supply ", " to deliver ", " to ship "} {
		if k := strings.Index(rest, v); k >= 0 && !strings.ContainsAny(rest[:k], ",;.") && (e == 0 || i+k+len(v) < e) {
			e = i + k + len(v)
		}
	}
	if e == 0 {
		// "a three-year deal to buy 1.1 million short tons a year of coal
		// from Y": the seller after "from".
		for _, v := range []string{" to buy ", " to purchase ", " to import "} {
			if k := strings.Index(rest, v); k >= 0 && !strings.ContainsAny(rest[:k], ",;.") {
				from := i + k + len(v)
				if j := s.find(from, " from "); j >= 0 && j-from < 90 {
					if seller, ok := r.orgRightAfter(s, j+len(" from "), 40); ok {
						return seller, true
					}
				}
			}
		}
		return ment{}, false
	}
	// "sells alloy to Y, ..., and we have signed an agreement to supply
	// it with": "it" is the buyer the clause before named.
	if strings.HasSuffix(s.low[:e], " supply ") && strings.HasPrefix(s.low[e:], "it with ") {
		var buyer ment
		found := false
		for _, m := range r.orgsIn(s, 0, i) {
			if strings.HasSuffix(s.low[:m.a-s.a], " to ") {
				buyer, found = m, true
			}
		}
		return buyer, found
	}
	// "to supply Y with 800 tonnes": the buyer right after the verb.
	if strings.HasSuffix(s.low[:e], " supply ") {
		if buyer, ok := r.orgRightAfter(s, e, 12); ok {
			return buyer, true
		}
	}
	for from := e; ; {
		j, je, ok := s.cue(from, toCue)
		if !ok || j-e >= 90 {
			return ment{}, false
		}
		buyer, ok := r.orgRightAfter(s, je, 30)
		if !ok && strings.ContainsAny(s.low[e:j], "0123456789") {
			// A state body buys only what the text measures.
			buyer, ok = r.buyerRightAfter(s, je, 30)
		}
		if ok {
			return buyer, true
		}
		from = je
	}
}

// underContract reports a sentence that says its deal is made "under a
// (new, five-year) contract" or agreement, and the agreement's type.
func (s *sentence) underContract() (string, bool) {
	typ, _, ok := s.underContractWhere()
	return typ, ok
}

// underContractWhere is underContract that also returns where the phrase
// starts.
func (s *sentence) underContractWhere() (string, int, bool) {
	// "In a separate filing, X will ship ... under a new contract": the
	// first phrase may name no deal.
	for from, n := 0, 0; n < 4; n++ {
		i, e, ok := s.cue(from, underCues)
		if !ok {
			return "", -1, false
		}
		if typ, ok := s.underContractAt(i, e); ok {
			return typ, i, true
		}
		from = e
	}
	return "", -1, false
}

// underContractAt reads the deal named after the cue of underCues at
// [i, e), if any, and its type.
func (s *sentence) underContractAt(i, e int) (string, bool) {
	window := s.low[e:min(len(s.low), e+40)]
	// "As part of the transaction, X will supply ... to Y": the deal
	// told before binds them.
	if i == 0 && strings.HasPrefix(s.low, "as part of the ") && hasAnyPrefix(window, "transaction", "acquisition", "purchase", "takeover", "investment") {
		return agreementType(window), true
	}
	for ni := range agreementNouns {
		n := &agreementNouns[ni]
		if n.typ == "partnership" || !s.mayHold(n) {
			continue
		}
		if _, ok := wordAt(window, n.noun); ok {
			if n.typ != "" {
				return n.typ, true
			}
			return agreementType(window), true
		}
	}
	return "", false
}

// listFrom returns first and the organisations joined to it by commas or
// "and" after it.
func (r *relater) listFrom(s *sentence, first ment) []ment {
	// ("deliver rubber to A's plants in Gunma, to B in Chonburi, and up
	// to 30,000 tonnes a year to C": "to" before each.)
	out := []ment{first}
	last := first
	for _, m := range s.from(first.b - s.a) {
		if m.a < last.b || m.e == last.e {
			continue
		}
		if r.kindOf(m) == entity.KindCountry {
			// "and Chinese carmaker Yufeng".
			continue
		}
		gap := r.d.v.s[last.b:m.a]
		g := strings.TrimSpace(gap)
		if !r.isOrg(m) || !(g == "," || g == "and" || g == ", and" || strings.HasPrefix(g, "and ") && len(g) < 40 && !strings.ContainsAny(g, ",.;") || toAgain(g)) {
			break
		}
		// "to X, Y's Indonesian refining unit": an apposition that
		// names X's owner, not another buyer.
		if g == "," && r.possessive(s, m) && unitNounAfter(s.low[m.b-s.a:]) {
			break
		}
		out = append(out, m)
		last = m
	}
	return out
}

// toAgain reports the words between two buyers of a list that repeats
// "to": "'s plants in Gunma, to", " in Chonburi, and up to 30,000
// tonnes a year to".
func toAgain(g string) bool {
	c := strings.LastIndex(g, ", ")
	if c < 0 || c > 40 || len(g) > 90 || !strings.HasSuffix(g, " to") || strings.ContainsAny(g, ";()") {
		return false
	}
	rest := g[c+2:]
	return rest == "to" || strings.HasPrefix(rest, "and ") && strings.Count(rest, " ") <= 8
}

func (r *relater) meeting(s *sentence) {
	// "a meeting last month in Canberra between A and B".
	if i, e, ok := s.cue(0, meetingCues); ok && !s.negated(0, i) {
		if j, je, ok := s.cue(e, betweenCue); ok && j-e < 60 {
			ps := r.kindIn(s, je, len(s.low), entity.KindPerson)
			if len(ps) < 2 {
				ps = r.list(s, je)
			}
			if len(ps) == 2 {
				date := r.dateIn(s, e)
				r.add(entity.Meeting, ps[0].e, ps[1].e, s, func(rel *article.Relation) { rel.Date = date })
			}
		}
	}
	r.received(s)
	r.visited(s)
	r.amongThem(s)
	r.atTheMeeting(s)
	i, e, ok := s.cue(0, metCues)
	if !ok {
		// "held talks in Beijing on Monday with X": a place and a day
		// between the talks and the other party.
		i, e, ok = s.cue(0, talksCues)
		if ok {
			w := s.find(e, " with ")
			if w < 0 || w-e > 40 || strings.ContainsAny(s.low[e:w], ",;") {
				// "Minister A and State Minister B held a bilateral
				// meeting": the two who held it met.
				if ps := r.kindIn(s, 0, i, entity.KindPerson); len(ps) == 2 && !s.negated(0, i) && strings.TrimSpace(s.low[ps[0].b-s.a:ps[1].a-s.a]) != "" &&
					strings.Contains(s.low[ps[0].b-s.a:ps[1].a-s.a], " and ") && !strings.ContainsAny(s.low[ps[0].b-s.a:ps[1].a-s.a], ",;") {
					date := r.dateIn(s, e)
					// ("earlier the same day": the day the sentence
					// before gives.)
					if date.IsZero() && s.prev != nil && strings.Contains(s.low, " the same day") {
						date = r.dateIn(s.prev, 0)
					}
					r.add(entity.Meeting, ps[0].e, ps[1].e, s, func(rel *article.Relation) { rel.Date = date })
				}
				return
			}
			e = w + len(" with ")
		}
	}
	// ("had not held talks with Y": the cue's space closes "not".)
	if !ok || s.negated(0, i+1) {
		return
	}
	// "half of our needs will be met from captive sources": a need met,
	// no meeting.
	if strings.HasPrefix(s.low[i:], " met ") {
		for _, aux := range []string{" be", " been", " being", " is", " are", " was", " were"} {
			if strings.HasSuffix(s.low[:i], aux) {
				return
			}
		}
	}
	// "a source that meets our customers' requirements": a need met.
	if metNeeds(s.low[e:min(len(s.low), e+40)]) {
		return
	}
	left := r.kindIn(s, 0, i, entity.KindPerson)
	// "A received B, who later met C": the one the clause is of met C.
	// ("in the presence of A and B, who met to discuss trade": both,
	// who met no one named after.)
	if k := strings.LastIndex(s.low[:i], ", who "); k >= 0 && len(left) > 1 && !strings.ContainsAny(s.low[k+len(", who "):i], ",;") {
		for n := len(left) - 1; n >= 0; n-- {
			if left[n].b <= s.at(k) {
				if n > 0 && hasAnyPrefix(s.low[e:], "to ", "on ", "in ", "at ", "during ", "for ") && strings.HasPrefix(s.low[left[n-1].b-s.a:], " and ") && !strings.ContainsAny(s.low[left[n-1].b-s.a:left[n].a-s.a], ",;") {
					left = left[n-1 : n+1]
				} else {
					left = left[n : n+1]
				}
				break
			}
		}
	}
	if len(left) > 0 {
		// "Ms Goh said Lumina had also held talks with X": the firm the
		// person speaks of met X, not the person.
		at := left[len(left)-1].b - s.a
		if k := strings.Index(s.low[at:i], " said "); k >= 0 {
			if m, ok := r.orgRightAfter(s, at+k+len(" said "), 1); ok && m.b <= s.at(i) {
				left = []ment{m}
			}
		}
	}
	if len(left) == 0 && r.namesGroupOfPeople(s.low[:i]) {
		// "The two executives met with ...": the people of the nearest
		// sentence before that names people.
		// (Of a sentence where people met others, those who met.)
		for p, n := s.prev, 0; p != nil && n < lookBack && len(left) == 0; p, n = p.prev, n+1 {
			end := len(p.low)
			if k, _, ok := p.cue(0, metCues); ok {
				end = k
			}
			left = r.kindIn(p, 0, end, entity.KindPerson)
		}
	}
	// ("On Tuesday he met X": a time before it.)
	pronoun := strings.HasPrefix(s.low, "he ") || strings.HasPrefix(s.low, "she ")
	if w := strings.TrimRight(s.low[:i], " "); !pronoun && (strings.HasSuffix(w, " he") || strings.HasSuffix(w, " she")) {
		pronoun = !strings.ContainsAny(w, ",;\"") && strings.Count(w, " ") <= 4
	}
	if len(left) == 0 && pronoun && s.prev != nil {
		// "He said he had met X and Y": the person the sentence before
		// quotes or names last.
		if ps := r.kindIn(s.prev, 0, len(s.prev.low), entity.KindPerson); len(ps) > 0 {
			left = ps[len(ps)-1:]
		}
	}
	if len(left) == 0 {
		left = r.partiesBefore(s, i)
	}
	end := len(s.low)
	for _, stop := range []string{" to ", ", according", " on ", ";", " and discussed", " where ", " who "} {
		from := e
		for {
			k := strings.Index(s.low[from:], stop)
			if k < 0 {
				break
			}
			// "India's ambassador to China, X": a title's "to" goes on.
			if stop == " to " && (strings.HasSuffix(s.low[:from+k], "ambassador") || strings.HasSuffix(s.low[:from+k], "envoy")) {
				from += k + len(stop)
				continue
			}
			if from+k < end {
				end = from + k
			}
			break
		}
	}
	right := r.kindIn(s, e, end, entity.KindPerson)
	// "A and B, who met at Y's headquarters": a place, not a party.
	place := hasAnyPrefix(s.low[e:], "at ", "in ", "on ", "during ", "over ")
	if len(right) == 0 && !place {
		// "held talks with officials from X".
		at := e
		for _, p := range []string{"officials from ", "officials of ", "officials at ", "representatives of ", "representatives from ", "executives from ", "executives of "} {
			if strings.HasPrefix(s.low[e:], p) {
				at = e + len(p)
				break
			}
		}
		if m, ok := r.orgRightAfter(s, at, 40); ok {
			right = []ment{m}
			// "He met Okada and Siam Para executives": the people of
			// both firms.
			if pm := s.past(m); strings.HasPrefix(s.low[pm:], " and ") {
				if m2, ok := r.orgRightAfter(s, pm+len(" and "), 0); ok && m2.e != m.e && hasAnyPrefix(s.low[s.past(m2):], " executives", " officials", " representatives", " managers", " delegations") {
					right = append(right, m2)
				}
			}
			// "a working session with A (VPHG), B and the power plants":
			// each firm of the list.
			for last := m; len(right) < maxOwners; {
				pm := s.past(last)
				sep := prefixOf(s.low[pm:], ", and ", ", ", " and ")
				if sep == "" {
					break
				}
				next, ok := r.orgRightAfter(s, pm+len(sep), 0)
				if !ok || next.b > s.at(end) || slices.ContainsFunc(right, func(x ment) bool { return x.e == next.e }) {
					break
				}
				right = append(right, next)
				last = next
			}
		} else if m, ok := r.bodyRightAfter(s, at); ok {
			right = []ment{m}
		}
	}
	// "met Seohae president Kim and officials from the Mineral Resources
	// Authority": the body whose officials were met, besides the person.
	if len(right) > 0 && !place {
		for _, p := range []string{" and officials from ", " and officials of ", " and representatives of ", " and representatives from ", " as well as officials from "} {
			k := strings.Index(s.low[e:end], p)
			if k < 0 {
				continue
			}
			at := e + k + len(p)
			if m, ok := r.orgRightAfter(s, at, 40); ok {
				right = append(right, m)
			} else if m, ok := r.bodyRightAfter(s, at); ok {
				right = append(right, m)
			}
			break
		}
	}
	// "A chief executive X and B chairman Y met in Beijing": the people
	// met each other.
	// (Not "A and B ... held a working session with the board": the
	// other party is the one after "with", named or not.)
	if len(right) == 0 && len(left) >= 2 && !strings.HasSuffix(s.low[:e], " with ") && andBetween(r.gapWithoutCountries(s, left[0].b, left[len(left)-1].a)) {
		left, right = left[:len(left)-1], left[len(left)-1:]
	}
	date := r.dateIn(s, e)
	// ("At a symposium in Beijing on April 9, A met B": the day in the
	// phrase that opens the sentence.)
	c := strings.Index(s.low, ", ")
	for c > 0 && c+2 < len(s.low) && isDigit(s.low[c+2]) { // "April 9, 2026, A met B"
		if k := strings.Index(s.low[c+2:], ", "); k >= 0 {
			c += 2 + k
		} else {
			c = -1
		}
	}
	if date.IsZero() && c > 0 && c < i && hasAnyPrefix(s.low, "at ", "on ", "during ", "in ") {
		if d := r.dateIn(&sentence{a: s.a, b: s.a + c, low: s.low[:c]}, 0); !d.IsZero() {
			date = d
		}
	}
	for _, x := range left {
		for _, y := range right {
			r.add(entity.Meeting, x.e, y.e, s, func(rel *article.Relation) { rel.Date = date })
		}
		r.delegation(s, e, x, date)
	}
}

// andBetween reports whether the words between two parties join them
// with "and".
func andBetween(g string) bool {
	return strings.Contains(g, " and ") || strings.HasPrefix(strings.TrimSpace(g), "and ")
}

// amongThem reads "A met executives of X. Among them was Y, ...": A met
// Y, whom the sentence names; the meeting with the body of people the
// sentence before read stands for them, and gives way.
func (r *relater) amongThem(s *sentence) {
	if s.prev == nil || !hasAnyPrefix(s.low, "among them was ", "among them were ", "among those present was ", "among those present were ", "they included ") {
		return
	}
	p := s.prev
	if !strings.Contains(p.low, "executives of ") && !strings.Contains(p.low, "officials of ") && !strings.Contains(p.low, "representatives of ") && !strings.Contains(p.low, "executives from ") {
		return
	}
	ps := r.kindIn(s, 0, len(s.low), entity.KindPerson)
	if len(ps) == 0 {
		return
	}
	st, en := r.d.v.span(p.a, p.b)
	type party struct {
		e    int
		date article.Date
	}
	var met []party
	kept := r.a.Relations[:0]
	for _, rel := range r.a.Relations {
		if rel.Kind == entity.Meeting && rel.Span.Start >= st && rel.Span.End <= en {
			if x := r.entIndex(rel.Subject); x >= 0 && r.a.Entities[x].Kind == entity.KindPerson {
				if y := r.entIndex(rel.Object); y >= 0 && r.a.Entities[y].Kind != entity.KindPerson {
					met = append(met, party{x, rel.Date})
					continue
				}
			}
		}
		kept = append(kept, rel)
	}
	if len(met) == 0 {
		return
	}
	r.a.Relations = kept
	for _, x := range met {
		r.add(entity.Meeting, x.e, ps[0].e, p, func(rel *article.Relation) { rel.Date = x.date })
	}
}

// atTheMeeting reads "At the meeting held in Astana on 3 February, A
// and B discussed ...": the two people the sentence names before its
// verb of talk met, on the day the opening phrase gives.
func (r *relater) atTheMeeting(s *sentence) {
	if !hasAnyPrefix(s.low, "at the meeting", "at a meeting", "during the meeting", "during a meeting", "during the talks", "during talks", "at the talks") {
		return
	}
	c := strings.Index(s.low, ", ")
	if c < 0 {
		return
	}
	v := -1
	for _, w := range []string{" discussed ", " exchanged views ", " exchanged opinions ", " agreed ", " talked about "} {
		if k := strings.Index(s.low[c:], w); k >= 0 && (v < 0 || c+k < v) {
			v = c + k
		}
	}
	if v < 0 || s.negated(0, v) {
		return
	}
	ps := r.kindIn(s, c, v, entity.KindPerson)
	if len(ps) != 2 || !strings.Contains(s.low[ps[0].b-s.a:ps[1].a-s.a], " and ") {
		return
	}
	date := r.dateIn(s, 0)
	r.add(entity.Meeting, ps[0].e, ps[1].e, s, func(rel *article.Relation) { rel.Date = date })
}

// entIndex returns the index of the entity whose ID is id, or -1.
func (r *relater) entIndex(id string) int {
	return slices.IndexFunc(r.a.Entities, func(x article.Entity) bool { return x.ID == id })
}

// delegation reads "met a delegation from X (led by Y)" after the verb
// that ends at e: the one who met, m, met the firm too.
func (r *relater) delegation(s *sentence, e int, m ment, date article.Date) {
	// "received and worked with a delegation of X", as Vietnamese
	// official news writes it.
	for _, p := range []string{"and worked with ", "and held talks with ", "and met with ", "and had a working session with "} {
		if strings.HasPrefix(s.low[e:], p) {
			e += len(p)
			break
		}
	}
	rest := s.low[e:]
	for _, p := range []string{"a delegation from ", "a delegation of ", "a high-level delegation from ", "a business delegation from "} {
		if strings.HasPrefix(rest, p) {
			if firm, ok := r.buyerRightAfter(s, e+len(p), 40); ok && firm.e != m.e {
				r.add(entity.Meeting, m.e, firm.e, s, func(rel *article.Relation) { rel.Date = date })
			}
			return
		}
	}
}

// namesGroupOfPeople reports a clause subject that stands for people named
// before: "The two executives", "Both men", "The pair".
func (r *relater) namesGroupOfPeople(clause string) bool {
	// "The next day the two executives met": a time before them.
	for _, t := range []string{"the next day ", "the following day ", "the day after ", "later ", "later that day ", "then ", "afterwards ", "the same day "} {
		if strings.HasPrefix(clause, t) {
			clause = strings.TrimPrefix(clause[len(t):], ", ")
			break
		}
	}
	for _, p := range []string{"the two executives", "the executives", "both executives", "the two men", "both men",
		"the two women", "the pair", "the two leaders", "the two ministers", "the two chief executives", "the two ceos"} {
		if strings.HasPrefix(clause, p) {
			return true
		}
	}
	return false
}

var weekdayNum = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// dateIn reads "on Thursday" or "on May 22" after sentence-relative offset
// from and resolves it against the article's date; zero when it cannot.
func (r *relater) dateIn(s *sentence, from int) article.Date {
	i, e, ok := s.cue(from, onCue)
	if !ok {
		return article.Date{}
	}
	ref := r.a.AsOf
	if ref.IsZero() && !r.d.ref.IsZero() {
		ref = article.DateOf(r.d.ref)
	}
	_ = i
	w := e
	for w < len(s.low) && isLetter(s.low[w]) {
		w++
	}
	if wd, ok := weekdayNum[s.low[e:w]]; ok {
		if ref.IsZero() {
			return article.Date{}
		}
		t := ref.Time()
		back := (int(t.Weekday()) - int(wd) + 7) % 7
		return article.DateOf(t.AddDate(0, 0, -back))
	}
	d, n := dateAt(r.d.v.s[s.at(e):s.b])
	if n == 0 {
		return article.Date{}
	}
	if d.Year == 0 {
		if ref.IsZero() {
			return article.Date{}
		}
		d.Year = ref.Year
		if d.Time().After(ref.Time()) {
			d.Year--
		}
	}
	return d
}

// executiveTitles are the titles that make executive_of; other titles
// (analyst, spokesperson) give a role but no relation.
var executiveTitles = []string{"ceo", "chief executive", "president", "chairman", "chairwoman", "chairperson", "chair", "director",
	"chief", "founder", "co-founder", "cfo", "coo", "cto", "executive", "head", "managing", "vice president", "owner", "partner", "general manager"}

// roles turns the titles the entity step gave people into executive_of
// (at a company) and official_of (at a government body or country).
func (r *relater) roles() {
	first := func(e article.Entity) article.Span {
		if len(e.Mentions) > 0 {
			return e.Mentions[0]
		}
		return article.Span{}
	}
	var ids entityIndex
	sorted := false
	for pi, p := range r.a.Entities {
		if p.Kind != entity.KindPerson {
			continue
		}
		for _, role := range p.Roles {
			if ids.ents == nil {
				ids = newEntityIndex(r.a.Entities)
				sorted = sortedRanges(r.d.sents)
			}
			oi, ok := ids.find(role.Org)
			if !ok || role.Title == "" {
				continue
			}
			org := r.a.Entities[oi]
			var kind entity.RelationKind
			low := strings.ToLower(role.Title)
			// "Former CEO Aramaki", "a former executive at Y": a post
			// no longer held.
			if strings.HasPrefix(low, "former ") || strings.HasPrefix(low, "ex-") || strings.HasPrefix(low, "then-") {
				continue
			}
			switch org.Kind {
			case entity.KindCompany, entity.KindOrganization:
				// (Not "chairman of the Japan Iron and Steel Federation":
				// a trade body's office, not a firm's.)
				if !isExecutive(low) || org.Kind == entity.KindOrganization && tradeBody(org.Name) {
					continue
				}
				kind = entity.ExecutiveOf
			case entity.KindGovernment, entity.KindCountry:
				// A spokesperson or an analyst speaks for a body; an
				// official holds office in it.
				if speaksFor(low) {
					continue
				}
				kind = entity.OfficialOf
			default:
				continue
			}
			k := relKey{kind, pi, oi}
			if r.seen[k] {
				continue
			}
			r.seen[k] = true
			span := r.sentenceAround(first(p), sorted)
			r.a.Relations = append(r.a.Relations, article.Relation{Kind: kind, Subject: p.ID, Object: org.ID,
				Title: role.Title, Span: span})
		}
	}
}

// tradeBody reports the name of an association of firms, whose chairman
// heads no firm: "Korea Iron and Steel Association", "Shipbuilders'
// Association of Japan".
func tradeBody(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if assocHeads[strings.ToLower(w)] || strings.EqualFold(w, "Council") || strings.EqualFold(w, "Chamber") {
			return true
		}
	}
	return false
}

// entityIndex finds an entity by its id. The entity step numbers the
// entities "e1", "e2", ... in order, so that the number of an id is
// where its entity is; when the ids are not so, a map of them is made.
type entityIndex struct {
	ents []article.Entity
	byID map[string]int // nil when the ids are in order
}

func newEntityIndex(ents []article.Entity) entityIndex {
	x := entityIndex{ents: ents}
	for i, e := range ents {
		if e.ID != entityID(i+1) {
			x.byID = make(map[string]int, len(ents))
			for i, e := range ents {
				x.byID[e.ID] = i
			}
			break
		}
	}
	return x
}

// find returns the index of the entity with the given id; of two with
// one id, the last.
func (x entityIndex) find(id string) (int, bool) {
	if x.byID != nil {
		i, ok := x.byID[id]
		return i, ok
	}
	n, ok := idNumber(id)
	if !ok || n > len(x.ents) {
		return 0, false
	}
	return n - 1, true
}

// idNumber returns n for an id written as entityID(n) writes it, "e"
// and n in decimal, n from 1 on.
func idNumber(id string) (int, bool) {
	if len(id) < 2 || len(id) > 10 || id[0] != 'e' || id[1] == '0' {
		return 0, false
	}
	n := 0
	for _, c := range []byte(id[1:]) {
		if !isDigit(c) {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// speaksFor reports a title, in lower case, of one who speaks for an
// organisation or studies it rather than runs it.
func speaksFor(title string) bool {
	for _, t := range []string{"spokes", "analyst", "economist", "strategist", "adviser", "advisor", "consultant", "researcher", "professor"} {
		if strings.Contains(title, t) {
			return true
		}
	}
	return false
}

func isExecutive(title string) bool {
	// "head of procurement", "head of investor relations": a manager of
	// one function, not one who runs the firm (nor a division of it, as
	// "head of the battery division" does).
	// So is "general manager, corporate communications" and "general
	// manager of investor relations".
	// ("Head – Corporate Communications": any dash.)
	if strings.Contains(title, "\u2013") || strings.Contains(title, "\u2014") {
		title = strings.ReplaceAll(strings.ReplaceAll(title, "\u2013", "-"), "\u2014", "-")
	}
	// "general manager for non-ferrous raw materials": a manager of a
	// line of trade, not of the firm.
	if strings.HasPrefix(title, "general manager for ") {
		return false
	}
	for _, h := range []string{"head of ", "head - ", "head, ", "general manager, ", "general manager of ", "general manager - "} {
		// ("head, group corporate communications": the group's own;
		// "head of global communications".)
		if rest, ok := strings.CutPrefix(title, h); ok && (hasAnyPrefix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, "group "), "global "), "international "), "procurement", "purchasing", "sales", "marketing", "investor relations",
			"communications", "corporate communications", "media", "public relations", "trading", "treasury", "compliance", "legal", "human resources", "corporate affairs",
			"ship finance", "project finance", "trade finance", "structured finance", "research", "ir team", "ir department", "ir and ",
			"raw material", "supply chain", "logistics", "sourcing") || rest == "ir") {
			return false
		}
		// ("head of raw materials procurement": the function last.)
		if rest, ok := strings.CutPrefix(title, h); ok && !strings.ContainsAny(rest, ",;") && hasAnySuffix(rest, " procurement", " purchasing", " sales", " marketing", " communications", " relations", " trading") {
			return false
		}
	}
	// ("Account Executive", "account manager": a PR firm's or a
	// broker's staff.)
	if strings.HasPrefix(title, "account ") || strings.HasPrefix(title, "senior account ") {
		return false
	}
	for _, t := range []string{"analyst", "spokes", "economist", "strategist", "adviser", "advisor", "consultant", "research", "professor"} {
		if strings.Contains(title, t) {
			return false
		}
	}
	for _, t := range executiveTitles {
		if k, ok := wordAt(title, t); ok && (k+len(t) == len(title) || !isWordChar(title[k+len(t)])) {
			return true
		}
	}
	return false
}

// sentenceAround returns the original span of the first sentence
// holding m, or m. When sorted (see sortedRanges), the one sentence that
// may hold m is found by binary search.
func (r *relater) sentenceAround(m article.Span, sorted bool) article.Span {
	a := r.d.v.viewOf(m.Start)
	sents := r.d.sents
	if sorted {
		k := sort.Search(len(sents), func(k int) bool { return sents[k].b > a })
		sents = sents[k:min(k+1, len(sents))]
	}
	for _, s := range sents {
		if s.a <= a && a < s.b {
			st, en := r.d.v.span(s.a, s.b)
			return article.Span{Start: st, End: en}
		}
	}
	return m
}

// sortedRanges reports whether rs are in order and do not overlap.
func sortedRanges(rs []rng) bool {
	for k := range rs {
		if rs[k].b < rs[k].a || k > 0 && rs[k].a < rs[k-1].b {
			return false
		}
	}
	return true
}

// metNeeds reports whether the words after "meets" or "met" name a need
// or a standard, not a party: "our customers' requirements", "the
// standards of", "demand".
func metNeeds(rest string) bool {
	n := 0
	for w := range strings.FieldsSeq(rest) {
		if n >= 4 {
			break
		}
		n++
		w = strings.TrimRight(w, ",.;\"'")
		switch w {
		case "requirements", "requirement", "standards", "standard", "needs", "need", "demand", "criteria", "targets", "target", "expectations", "specifications", "specification", "deadline", "conditions", "obligations":
			return true
		}
	}
	return false
}

// splitWord reports a word that gives a venture's split: "51:49",
// "60/40", "50-50", "equal".
func splitWord(w string) bool {
	if w == "equal" {
		return true
	}
	digits, marks := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigit(c):
			digits++
		case c == ':' || c == '/' || c == '-':
			marks++
		default:
			return false
		}
	}
	return digits >= 2 && marks == 1
}

// ownedWithAfter reports a clause after "venture" that says who owns it
// with whom: " that A owns with B".
func ownedWithAfter(t string) bool {
	if !strings.HasPrefix(t, " that ") {
		return false
	}
	w := strings.Index(t, " with ")
	if w < 0 || strings.ContainsAny(t[:w], ",;") {
		return false
	}
	v := t[:w]
	return hasAnySuffix(v, " owns", " jointly owns", " co-owns", " runs", " operates", " formed", " set up", " established", " is forming", " is setting up", " will form", " has formed")
}

// sharesOf returns the length of the words at the start of t that name
// a firm's shares before "of" or "in" and the firm: "issued and paid-up
// capital of ", "total issued shares of ", "equity interest in "; or 0.
func sharesOf(t string) int {
	n := 0
	for words := 0; words < 6; words++ {
		w := t[n:]
		k := strings.IndexByte(w, ' ')
		if k < 0 {
			return 0
		}
		switch w[:k] {
		case "issued", "outstanding", "total", "voting", "ordinary", "common", "paid-up", "paid", "up", "and", "registered", "share", "enlarged":
			n += k + 1
			continue
		case "equity":
			// "equity share capital of", "the equity of".
			if !strings.HasPrefix(w[k+1:], "of ") && !strings.HasPrefix(w[k+1:], "in ") {
				n += k + 1
				continue
			}
			n += k + 1
			return n + len("of ")
		case "capital", "shares", "interest", "stock":
			n += k + 1
			if strings.HasPrefix(t[n:], "of ") || strings.HasPrefix(t[n:], "in ") {
				return n + len("of ")
			}
			return 0
		}
		return 0
	}
	return 0
}

// listEnds reports whether rest, the text after a list of firms, ends
// the list: the sentence's end, a comma or a preposition, not a verb
// whose subject the last firm would be ("with A and B will supply").
func listEnds(rest string) bool {
	return rest == "" || rest == "." || hasAnyPrefix(rest, ",", ".", ";", " (", " to ", " for ", " on ", " in ", " as ", " at ", " under ", " worth ", " covering ", " valued ")
}

// listTight reports whether only commas, "and" and asides in brackets
// stand between the members of the list ps: no other words, as in "with
// A and Mr X for the acquisition of shares in B".
func (r *relater) listTight(s *sentence, ps []ment) bool {
	for k := 1; k < len(ps); k++ {
		a, b := s.past(ps[k-1]), ps[k].a-s.a
		if a > b {
			return false
		}
		switch strings.TrimSpace(skipBracketsText(s.low[a:b])) {
		case ",", "and", ", and", "&":
		default:
			return false
		}
	}
	return true
}

// skipBracketsText returns t without its asides in brackets.
func skipBracketsText(t string) string {
	for {
		o := strings.IndexByte(t, '(')
		if o < 0 {
			return t
		}
		c := strings.IndexByte(t[o:], ')')
		if c < 0 {
			return t
		}
		t = t[:o] + t[o+c+1:]
	}
}

// subjectVerbAfter reports whether a verb of the past that acts on others
// follows m: "X appointed", "X named", "X set up", "X named".
func (r *relater) subjectVerbAfter(s *sentence, m ment) bool {
	rest := s.low[s.past(m):]
	return hasAnyPrefix(rest, " appointed ", " named ", " set up ", " established ", " founded ", " acquired ", " bought ", " merged ", " appoints ", " names ")
}

// firstAt returns the view offset of the first word of s past the words
// of place that describe its subject ("Kolkata-based X said"): s.a, or
// the first mention's start when only such words stand before it.
func (s *sentence) firstAt() int {
	if len(s.ms) == 0 {
		return s.a
	}
	m := s.ms[0]
	pre := s.low[:m.a-s.a]
	if pre == "" || strings.HasSuffix(pre, "-based ") && !strings.Contains(strings.TrimSuffix(pre, " "), " ") {
		return m.a
	}
	return s.a
}

// togetherBuy reads a share that several buy together: "X announced
// that, together with A and B, it will acquire a 15.0% stake in Y". X,
// A and B each buy into Y, owned, and none holds the whole share; the
// verb starts at verbAt. It reports whether the sentence was one.
func (r *relater) togetherBuy(s *sentence, verbAt int, owned ment) bool {
	w := strings.LastIndex(s.low[:verbAt], "together with ")
	if w < 0 || !hasAnySuffix(s.low[:verbAt], ", it will ", ", it would ", ", it has agreed to ", ", it agreed to ", ", it is to ", ", it plans to ") {
		return false
	}
	if !hasAnyPrefix(s.low[verbAt:], "acqui", "buy", "purchas", "take") || s.negated(0, verbAt) {
		return false
	}
	first, ok := r.firstOrg(s, w)
	if !ok || first.e == owned.e {
		return false
	}
	r.add(entity.Acquisition, first.e, owned.e, s, nil)
	for _, m := range s.from(w) {
		if m.a >= s.at(verbAt) {
			break
		}
		if (r.isOrg(m) || r.kindOf(m) == entity.KindGovernment) && m.e != owned.e && m.e != first.e {
			r.add(entity.Acquisition, m.e, owned.e, s, nil)
		}
	}
	return true
}

// trimWhen drops a phrase of time that opens t, in lower case, with the
// space after it: "in january ", "in 2025 ", "last year ", "on monday
// ", "earlier this year ".
func trimWhen(t string) string {
	for _, p := range []string{"last year", "last month", "last week", "earlier this year", "this year", "this month", "earlier this month"} {
		if r, ok := strings.CutPrefix(t, p); ok && (r == "" || r[0] == ' ') {
			return strings.TrimSpace(r)
		}
	}
	w, r, ok := strings.Cut(t, " ")
	if !ok || w != "in" && w != "on" {
		return t
	}
	v, rest, _ := strings.Cut(r, " ")
	if _, n := monthAt(v); n == len(v) && n > 0 || len(v) == 4 && allDigits(v) || w == "on" && weekdayAt(v) > 0 {
		return strings.TrimSpace(rest)
	}
	return t
}

// leavingWith reads the share a seller keeps: "B will pay $260 million
// for 12.5% of Y, the A subsidiary that holds the fields, leaving A with
// 87.5%". A holds the rest of Y.
func (r *relater) leavingWith(s *sentence) {
	k := strings.Index(s.low, ", leaving ")
	at := k + len(", leaving ")
	a, ok := r.orgRightAfter(s, at, 0)
	if !ok || !strings.HasPrefix(s.low[a.b-s.a:], " with ") {
		return
	}
	p, _, ok := s.percentAt(a.b - s.a + len(" with "))
	if !ok {
		return
	}
	// The firm whose shares the clause before sold: "N% of Y".
	of := strings.LastIndex(s.low[:k], "% of ")
	if of < 0 {
		return
	}
	y, ok := r.orgRightAfter(s, of+len("% of "), 0)
	if !ok || y.a > s.at(k) || y.e == a.e {
		return
	}
	r.add(entity.StakeIn, a.e, y.e, s, withPercent(p))
}
