package parse

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/qty"
)

// quantities finds the masses of material in the headline, the standfirst
// and the body sentences, ties each to its commodity, measure, period and
// rate, and to the entities of a.Entities that its sentence names as its
// holder and its source, and adds them to a in order. Boilerplate lines
// are not sentences, so nothing is read from them.
func (d *doc) quantities(a *article.Article) {
	w := quantScratches.Get().(*quantScratch)
	defer w.release()
	if w.out == nil {
		w.out = make([]article.Quantity, 0, maxQuantBatch)
	}
	// The mentions of the entities are read once a sentence holds a
	// figure, so that a page without one costs no look at them.
	var ms []entityMention
	msRead := false
	ctx, qs, ends, parties, owners, out := &w.ctx, w.qs, w.ends, w.parties, w.owners, w.out[:0]
	defer func() { w.qs, w.ends, w.parties, w.owners, w.out = qs, ends, parties, owners, out }()
	s := d.v.s
	sents := d.quantitySentencesIn(&w.sents)
	// The sentences are read in batches, each step over all the sentences
	// of a batch before the next step: the figures found, then tied to
	// what they measure, then to their holders. Each step's code then
	// stays in the processor's cache from one sentence to the next.
	for b0 := 0; b0 < len(sents); b0 += scanBatch {
		batch := sents[b0:min(b0+scanBatch, len(sents))]
		qs, ends = qs[:0], ends[:0]
		for _, sr := range batch {
			n := len(qs)
			qs = qty.Scan(qs, s[sr.a:sr.b])
			for i := n; i < len(qs); i++ {
				qs[i].Shift(sr.a)
			}
			ends = append(ends, len(qs))
		}
		if len(qs) == 0 {
			for _, sr := range batch {
				ctx.Pass(qty.Span{Start: sr.a, End: sr.b})
			}
			continue
		}
		if !msRead {
			ms, msRead = d.entityMentions(a, w), true
		}
		start := 0
		for k, sr := range batch {
			sent := qty.Span{Start: sr.a, End: sr.b}
			if ends[k] == start {
				ctx.Pass(sent)
				continue
			}
			qty.Link(s, sent, qs[start:ends[k]], ctx)
			start = ends[k]
		}
		k := 0
		for i := range qs {
			for ends[k] <= i {
				k++
			}
			sr := batch[k]
			// The entities named in the sentence near the figure, so that
			// the work stays linear in a long sentence.
			from, to := max(sr.a, qs[i].Span.Start-maxPartyReach), min(sr.b, qs[i].Span.End+maxPartyReach)
			parties, owners = parties[:0], owners[:0]
			for j := sort.Search(len(ms), func(j int) bool { return ms[j].at.a >= from }); j < len(ms) && ms[j].at.a < to; j++ {
				if ms[j].at.b <= sr.b {
					parties = append(parties, qty.Party{Span: qty.Span{Start: ms[j].at.a, End: ms[j].at.b}, Holder: ms[j].holder})
					owners = append(owners, ms[j].id)
				}
			}
			// The quantities go to the article in batches of at most
			// maxQuantBatch, so that the few of a page cost one
			// allocation and the scratch space stays small on a long
			// report.
			if len(out) == cap(out) && len(out) > 0 {
				a.Quantities = append(a.Quantities, out...)
				clear(out)
				out = out[:0]
			}
			out = append(out, d.articleQuantity(&qs[i], qty.Span{Start: sr.a, End: sr.b}, parties, owners))
		}
	}
	if len(out) > 0 {
		a.Quantities = append(a.Quantities, out...)
		clear(out)
		out = out[:0]
	}
	d.tableQuantities(a, ctx.Commodity())
}

// scanBatch is how many sentences the quantity step reads in one batch.
const scanBatch = 32

// quantScratch is the scratch space of the quantity step, kept between
// parses in quantScratches.
type quantScratch struct {
	ctx     qty.Context
	qs      []qty.Quantity
	ends    []int // where the figures of each sentence of a batch end in qs
	parties []qty.Party
	owners  []string
	ms      []entityMention
	sorted  []entityMention
	keys    []uint64
	// out holds the quantities found, up to maxQuantBatch, before they
	// go to the article.
	out   []article.Quantity
	sents sentenceBuf
}

// maxQuantBatch is how many quantities the quantity step gathers before
// it adds them to the article.
const maxQuantBatch = 32

var quantScratches = sync.Pool{New: func() any { return new(quantScratch) }}

// release empties w, dropping its references to the article, and puts it
// back in the pool unless a long text made it large.
func (w *quantScratch) release() {
	if cap(w.ms) > 1<<14 || cap(w.qs) > 1<<10 || cap(w.sents.all) > 1<<14 {
		return
	}
	w.ctx.Reset()
	clear(w.qs[:cap(w.qs)])
	clear(w.owners[:cap(w.owners)])
	// The mentions are written from the start of their slices, which
	// keep the length of the last use: the rest is zero from before.
	clear(w.ms)
	clear(w.sorted)
	w.qs, w.parties, w.owners = w.qs[:0], w.parties[:0], w.owners[:0]
	w.ms, w.sorted, w.keys = w.ms[:0], w.sorted[:0], w.keys[:0]
	quantScratches.Put(w)
}

// maxPartyReach is how far, in bytes, from a figure the entities that may
// hold it or be its source are looked for.
const maxPartyReach = 400

// quantitySentences returns the sentences to read quantities from: those
// of the headline, the standfirst and the body, and those of the summary
// bullets above the body ("* Two firms sign deal for 2 million tonnes of
// LNG a year"), in text order.
func (d *doc) quantitySentences() []rng {
	var buf sentenceBuf
	return d.quantitySentencesIn(&buf)
}

// sentenceBuf is memory for quantitySentencesIn to reuse: the sentences of
// the summary bullets, and all the sentences read with them.
type sentenceBuf struct{ bullets, all []rng }

// quantitySentencesIn is quantitySentences in the memory of buf, which the
// result may share.
func (d *doc) quantitySentencesIn(buf *sentenceBuf) []rng {
	bullets := buf.bullets[:0]
	defer func() { buf.bullets = bullets }()
	open := -1
	for i := 0; i < d.body && i < len(d.lines); i++ {
		l := d.lines[i]
		t := d.text(l)
		if l.kind != lBullet || open >= 0 && (strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "\u2022") || strings.HasPrefix(t, "- ")) {
			if open >= 0 {
				bullets = appendSentences(bullets, d.v.s, open, d.lines[i-1].te)
				open = -1
			}
		}
		if l.kind == lBullet && open < 0 {
			open = l.ts
		}
	}
	if open >= 0 {
		bullets = appendSentences(bullets, d.v.s, open, d.lines[min(d.body, len(d.lines))-1].te)
	}
	if len(bullets) == 0 {
		return d.sents
	}
	all := slices.Grow(buf.all[:0], len(d.sents)+len(bullets))
	all = append(append(all, d.sents...), bullets...)
	buf.all = all
	slices.SortStableFunc(all, func(x, y rng) int { return x.a - y.a })
	return all
}

// articleQuantity turns a quantity found in the view into its article
// form, with original spans and text.
func (d *doc) articleQuantity(q *qty.Quantity, sent qty.Span, parties []qty.Party, owners []string) article.Quantity {
	start, end := d.v.span(q.Span.Start, q.Span.End)
	out := article.Quantity{
		Text:    d.v.src[start:end],
		Span:    article.Span{Start: start, End: end},
		Amount:  q.Lo.Tonnage,
		Bound:   q.Bound,
		Per:     q.Per,
		Measure: q.Measure,
	}
	if q.IsRange() {
		out.Max = q.Hi.Tonnage
	}
	if q.Commodity != 0 {
		out.Commodity = q.Commodity.ID()
		if !q.Form.IsZero() {
			out.Form = d.v.origText(q.Form.Start, q.Form.End)
		}
	}
	if !q.Period.IsZero() {
		out.Period = d.v.origText(q.Period.Start, q.Period.End)
	}
	if len(parties) > 0 {
		h, src := qty.Attribute(d.v.s, sent, q, parties)
		if h >= 0 {
			out.Holder = owners[h]
		}
		if src >= 0 {
			out.Source = owners[src]
		}
	}
	return out
}

// entityMention is where an entity is named, in view offsets.
type entityMention struct {
	at     rng
	id     string
	holder bool // the entity can hold a figure: a company, a country, a state body
}

// entityMentions returns the mentions of the entities of a, in view
// offsets, ordered by where they start, in the memory of w.
func (d *doc) entityMentions(a *article.Article, w *quantScratch) []entityMention {
	n := 0
	for _, e := range a.Entities {
		n += len(e.Mentions)
	}
	ms := slices.Grow(w.ms[:0], n)
	defer func() { w.ms = ms }()
	for _, e := range a.Entities {
		holder := e.Kind == entity.KindCompany || e.Kind == entity.KindCountry || e.Kind == entity.KindGovernment
		for _, m := range e.Mentions {
			at := rng{d.v.viewOf(m.Start), d.v.viewOf(m.End)}
			// "Hong Kong-listed X": where the firm is listed, not who
			// holds the figure.
			h := holder && !(e.Kind == entity.KindCountry && hasAnyPrefix(d.v.s[at.b:min(len(d.v.s), at.b+16)], "-listed", "-based", "-headquartered"))
			ms = append(ms, entityMention{at: at, id: e.ID, holder: h})
		}
	}
	if len(ms) < 2 {
		return ms
	}
	if uint64(len(d.v.s)) >= 1<<32 || uint64(len(ms)) >= 1<<32 {
		slices.SortStableFunc(ms, func(x, y entityMention) int { return x.at.a - y.at.a })
		return ms
	}
	// A stable sort by start, as a sort of keys that hold the start and
	// then the place of the mention: ties keep the order of the entities.
	keys := slices.Grow(w.keys[:0], len(ms))[:len(ms)]
	w.keys = keys
	for i, m := range ms {
		keys[i] = uint64(m.at.a)<<32 | uint64(i)
	}
	slices.Sort(keys)
	sorted := slices.Grow(w.sorted[:0], len(ms))[:len(ms)]
	w.sorted = sorted
	for i, k := range keys {
		sorted[i] = ms[uint32(k)]
	}
	return sorted
}
