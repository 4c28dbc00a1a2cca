package parse

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/entity"
)

// lineKind classifies one line of the page.
type lineKind uint8

const (
	lText     lineKind = iota // anything else: headline, standfirst, body
	lBlank                    // empty or white space
	lBoiler                   // share buttons, navigation, newsletter trailers
	lCaption                  // photo captions and credits
	lByline                   // "By ...", "Written by ...", "Author" and its names
	lDate                     // a line that states the story's date
	lAsOf                     // "All data are based on ... as of May 23, 2025"
	lCountry                  // a line that is only a country name
	lListing                  // a newsletter listing line: icon letters, tickers, index
	lBullet                   // "* ..." or "• ..." summary bullets
	lDateline                 // "SEOUL, May 22 (Reuters) - ..." first body line
)

// line is one line of the view: [start, end) without the newline, and
// [ts, te) trimmed of spaces.
type line struct {
	start, end int
	ts, te     int
	date       lineDate // for lDate, lAsOf, lDateline
	kind       lineKind
	nav        bool // a date on a navigation line ("Today : ...")
}

// lineDate is an article.Date in four bytes, which keeps lines small. The
// dates of lines are read by dateAt, whose years have four digits and
// whose months and days two at most.
type lineDate struct {
	year       int16
	month, day uint8
}

func packDate(d article.Date) lineDate {
	return lineDate{year: int16(d.Year), month: uint8(d.Month), day: uint8(d.Day)}
}

// Date returns the date that packDate packed.
func (d lineDate) Date() article.Date {
	return article.Date{Year: int(d.year), Month: time.Month(d.month), Day: int(d.day)}
}

// doc is the working state of one parse: the view and what the layout
// step found in it. It lives for one call of Parse.
type doc struct {
	v     view
	lines []line
	// body is the index of the first body line; lines before it are the
	// header.
	body int
	// headline and summary are line indexes, -1 when absent; headLast is
	// the last line of a headline set over several lines (headline when
	// it is one).
	headline, summary, headLast int
	// letterHead is the line a letter's subject took the headline from
	// (its letterhead, still read for names), or -1.
	letterHead int
	// marketByLanguage says the page's market was read from the language
	// it was translated from, not from where it was filed: a weaker
	// sign, which places no state post in that country.
	marketByLanguage bool
	// paras are the body paragraphs as view ranges.
	paras []rng
	// sents are the sentences of the headline, summary and paragraphs.
	sents []rng
	// listingLines are the indexes of newsletter listing lines.
	listingLines []int
	// listed are the company names tied to listings, and listingAt the
	// places where listings are written.
	listed    []listedName
	listingAt []rng
	// ref is the parser's reference date for relative dates, or zero.
	ref time.Time
	// low is the view in lower case; see lower.
	low string
	// gaps tells whether the view holds two spaces in a row: 0 not yet
	// known, 1 no, 2 yes; see gapped.
	gaps int8
	// vmem is the memory the view is written in, kept for the next
	// parse.
	vmem viewMem
}

// rng is a half-open range of view offsets.
type rng struct{ a, b int }

// newDoc starts the parse of text: its view and its lines. The doc comes
// from a pool, with the memory of an earlier parse when one was released.
func newDoc(text string) *doc {
	d := docs.Get().(*doc)
	d.v = makeView(text, &d.vmem)
	d.headline, d.summary, d.headLast = -1, -1, -1
	d.letterHead = -1
	s := d.v.s
	n := strings.Count(s, "\n") + 1
	d.lines = slices.Grow(d.lines[:0], n)
	for start := 0; start <= len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		ts, te := start, end
		for ts < te && s[ts] == ' ' {
			ts++
		}
		for te > ts && s[te-1] == ' ' {
			te--
		}
		d.lines = append(d.lines, line{start: start, end: end, ts: ts, te: te})
		start = end + 1
	}
	return d
}

// docs holds docs that parses are done with, for their memory to be
// reused.
var docs = sync.Pool{New: func() any { return new(doc) }}

// release empties d and puts it back in the pool, unless a long text made
// it large. d must not be used after. What it keeps holds no pointers:
// offsets, kinds and dates.
func (d *doc) release() {
	const keep = 1 << 12 // lines, sentences, listings or view segments
	if max(cap(d.lines), cap(d.paras), cap(d.sents), cap(d.listingLines), cap(d.listed), cap(d.listingAt), cap(d.vmem.segs)) > keep ||
		cap(d.vmem.buf) > 1<<18 {
		return
	}
	*d = doc{
		vmem:         d.vmem,
		lines:        d.lines[:0],
		paras:        d.paras[:0],
		sents:        d.sents[:0],
		listingLines: d.listingLines[:0],
		listed:       d.listed[:0],
		listingAt:    d.listingAt[:0],
	}
	docs.Put(d)
}

func (d *doc) text(l line) string { return d.v.s[l.ts:l.te] }

// containsAfter reports whether s holds pre+rest. It looks for rest,
// chosen to begin with a rarer byte than pre ("p code" in "scrip code"),
// and then for pre before it: strings.Index slows down on a needle whose
// first byte is common.
func containsAfter(s, pre, rest string) bool {
	for from := len(pre); from <= len(s); {
		k := strings.Index(s[from:], rest)
		if k < 0 {
			return false
		}
		k += from
		if s[k-len(pre):k] == pre {
			return true
		}
		from = k + 1
	}
	return false
}

// gapped reports whether the view holds two spaces in a row, as the
// columns of tables and covers do; it looks once.
func (d *doc) gapped() bool {
	if d.gaps == 0 {
		d.gaps = 1
		if hasDoubleSpace(d.v.s) {
			d.gaps = 2
		}
	}
	return d.gaps == 2
}

// hasDoubleSpace reports whether s holds two spaces in a row. It looks at
// eight bytes at a time: spaceMask marks the spaces of a word, and a
// mark with another one byte above it is a pair, within the word or
// across the boundary with the word before.
func hasDoubleSpace(s string) bool {
	prev := uint64(0) // the last byte of the word before was a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		m := spaceMask(load64(s[i:]))
		if m&(m>>8) != 0 || prev != 0 && m&0x80 != 0 {
			return true
		}
		prev = m >> 63
	}
	for ; i < len(s); i++ {
		if s[i] == ' ' {
			if prev != 0 {
				return true
			}
			prev = 1
		} else {
			prev = 0
		}
	}
	return false
}

// spaceMask returns the high bit of each byte of w that is a space. For a
// byte x = b^0x20, (x&0x7f)+0x7f carries into the high bit unless x's low
// bits are zero; OR with x itself rules out a byte with its high bit set.
func spaceMask(w uint64) uint64 {
	const lows, highs = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	x := w ^ 0x2020202020202020
	return ^((x&lows + lows) | x) & highs
}

// lower returns the view with ASCII capitals in lower case, at the same
// offsets; it is made once, on first use.
func (d *doc) lower() string {
	if d.low == "" {
		d.low = lowerASCII(d.v.s)
	}
	return d.low
}

// layout classifies the lines, finds the header fields and the body
// paragraphs, and splits the sentences.
func (d *doc) layout(a *article.Article) {
	prevAuthor := false
	for i := range d.lines {
		l := &d.lines[i]
		d.classify(l, prevAuthor)
		if l.kind != lBlank {
			prevAuthor = l.kind == lByline && isAuthorLabel(d.text(*l))
		}
	}
	d.menuRuns()
	// Continuation lines of a bullet belong to it.
	for i := 1; i < len(d.lines); i++ {
		if d.lines[i].kind == lText && d.lines[i-1].kind == lBullet && !endsSentence(d.text(d.lines[i-1])) {
			d.lines[i].kind = lBullet
		}
	}
	// "HIGHLIGHTS" over lines of their own: the points of the story, as
	// bullets without their marks.
	for i := 0; i+1 < len(d.lines); i++ {
		if d.lines[i].kind != lText || !highlightsHeading(d.text(d.lines[i])) {
			continue
		}
		for j := i + 1; j < len(d.lines) && d.lines[j].kind == lText && !endsSentence(d.text(d.lines[j])); j++ {
			d.lines[j].kind = lBullet
		}
	}
	d.body = d.findBody()
	d.header(a)
	d.noticeTitle(a)
	d.subjectField(a)
	d.formSubject(a)
	d.letterSubject(a)
	d.categoryHeadline(a)
	d.paragraphs(a)
	// Room for the sentences: news writes about one in a hundred bytes.
	n := 0
	for _, p := range d.paras {
		n += p.b - p.a
	}
	d.sents = slices.Grow(d.sents, 2+len(d.paras)+n/64)
	d.sentences()
}

// menuRuns marks the items of a site's menus as boilerplate: a run of
// three or more short lines with no blank line between, one of them
// already known as boilerplate ("Home", "Share this article"), the
// others words a menu holds ("Markets", "Podcasts", "LinkedIn").
func (d *doc) menuRuns() {
	for i := 0; i < len(d.lines); {
		j, boiler := i, false
		for j < len(d.lines) && d.lines[j].kind != lBlank && menuItem(d.text(d.lines[j])) {
			boiler = boiler || d.lines[j].kind == lBoiler
			j++
		}
		if j-i >= 3 && boiler {
			for k := i; k < j; k++ {
				if d.lines[k].kind == lText {
					d.lines[k].kind = lBoiler
				}
			}
		}
		i = max(j, i+1)
	}
}

// firstBarDate reads the date before a line's first bar, or its English
// in brackets there: "2027年9月13日 (13 September 2027) | Reporter: X |
// Source: Y", a translated paper's line of date and credits.
func firstBarDate(t string) (article.Date, bool) {
	k := strings.Index(t, " | ")
	if k <= 0 {
		return article.Date{}, false
	}
	first := strings.TrimSpace(t[:k])
	if o := strings.IndexByte(first, '('); o >= 0 && strings.HasSuffix(first, ")") {
		first = first[o+1 : len(first)-1]
	}
	dt, nav, ok := dateLine(first, lowerASCII(first[:min(len(first), 100)]))
	return dt, ok && !nav && dt.Year != 0
}

// menuItem reports a line short enough to be an item of a menu: at most
// three words and 24 bytes, no digit and no mark of a sentence.
func menuItem(t string) bool {
	return len(t) <= 24 && strings.Count(t, " ") <= 2 && !strings.ContainsAny(t, "0123456789.,:;!?()\"")
}

// highlightsHeading reports a line that heads the points of a story:
// "HIGHLIGHTS", "Key points".
func highlightsHeading(t string) bool {
	t = strings.TrimSuffix(t, ":")
	for _, h := range []string{"highlights", "key points", "key highlights", "at a glance", "key takeaways"} {
		if equalLower(t, h) {
			return true
		}
	}
	return false
}

// classify sets l.kind from the line's own text (and whether the line
// before was an "Author" label).
func (d *doc) classify(l *line, afterAuthor bool) {
	t := d.text(*l)
	if t == "" {
		l.kind = lBlank
		return
	}
	// The tests below look at the line in lower case, most of them at its
	// start only.
	lowLine := d.lower()[l.ts:l.te]
	low := lowLine[:min(len(t), 100)]
	switch {
	case afterAuthor:
		l.kind = lByline
		return
	case t[0] == '[' && isCaption(t, lowLine):
		// "[Photo: ... - PAPER/Name]": a caption, whose credit's
		// slash is no site's path.
		l.kind = lCaption
		return
	case isBoilerplate(t, low) || len(t) > 100 && len(t) <= 120 && menuBar(lowLine):
		// (A site's menu of five items may run past the 100 bytes the
		// other tests read.)
		l.kind = lBoiler
		// "Asia Metals Weekly | Issue 412 | 9 February 2026": the
		// issue's masthead dates the page; a site's path that ends in
		// a date ("Home | Markets | 27 Nov 2026") is the day it was
		// read, as "Today: ..." is.
		// ("COMMODITIES  FEBRUARY 3, 2027 / 11:42 AM / UPDATED 2 HOURS
		// AGO": a wire's stamp, slashes between.)
		if (strings.Contains(t, " | ") || strings.Contains(t, " / ")) && digitsUpTo(t, 5) >= 5 {
			if date, _, ok := dateLine(t, low); ok {
				l.kind, l.date, l.nav = lDate, packDate(date), !issueLine(low) && sitePath(low) && !strings.Contains(low, " / ")
			} else if date, ok := firstBarDate(t); ok {
				l.kind, l.date = lDate, packDate(date)
			}
		}
		return
	case isCaption(t, lowLine):
		l.kind = lCaption
		return
	case isByline(t, low):
		l.kind = lByline
		// "By Minh Anh   February 24, 2026 | 05:12 pm GMT+7": the
		// writer and the date on one line, the date apart.
		// "By Daniel Cheung | 15 July 2025, 06:45 HKT | Updated ...":
		// the same, the date after a bar.
		k := strings.Index(t, "   ")
		if k < 0 {
			k = strings.Index(t, " | ")
		}
		if k > 0 && strings.HasPrefix(t, "By ") {
			rest, lrest := strings.TrimLeft(t[k:], " |"), strings.TrimLeft(low[min(k, len(low)):], " |")
			// ("| 14 July 2027 | Updated 15 July 2027": the date the
			// page was first published, before the bar.)
			if b := strings.Index(rest, " | "); b > 0 && len(lrest) >= b {
				if _, _, ok := dateLine(rest[:b], lrest[:b]); ok {
					rest, lrest = rest[:b], lrest[:b]
				}
			}
			if date, nav, ok := dateLine(rest, lrest); ok {
				l.kind, l.date, l.nav = lDate, packDate(date), nav
			}
		}
		return
	case strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "\u2022") || strings.HasPrefix(t, "- ") && len(t) > 20:
		l.kind = lBullet
		return
	}
	// A date with a year has five digits or more (a day and the year):
	// most lines of text have too few to try asOfDate and dateLine, which
	// read no line longer than 200 bytes but after a date label.
	if (len(t) <= 200 || strings.HasPrefix(low, "date")) && digitsUpTo(t, 5) >= 5 {
		if date, ok := asOfDate(t, lowLine); ok {
			l.kind, l.date = lAsOf, packDate(date)
			return
		}
		if date, nav, ok := dateLine(t, low); ok {
			l.kind, l.date, l.nav = lDate, packDate(date), nav
			return
		}
	}
	if date, ok := datelineDate(t); ok {
		l.kind, l.date = lDateline, packDate(date)
		return
	}
	if len(t) > 60 {
		l.kind = lText
		return
	}
	if c, form, ok := entity.LookupCountry(t); ok && form == entity.CountryName && !c.IsZero() {
		l.kind = lCountry
		return
	}
	// "Market: India", "Country: Vietnam".
	if k := strings.Index(t, ": "); k > 0 && (t[:k] == "Market" || t[:k] == "Country") {
		if c, form, ok := entity.LookupCountry(t[k+2:]); ok && form == entity.CountryName && !c.IsZero() {
			l.kind = lCountry
			return
		}
	}
	if isListingLine(t) {
		l.kind = lListing
		return
	}
	l.kind = lText
}

// digitsUpTo counts the ASCII digits of t, up to limit: it stops reading
// once the count reaches limit, as callers only compare it with a bound.
// It counts eight bytes at a time, each digit a high bit (see upperMask).
func digitsUpTo(t string, limit int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	n, i := 0, 0
	for ; i+8 <= len(t) && n < limit; i += 8 {
		w := load64(t[i:])
		h := w &^ highs
		n += bits.OnesCount64((h + (0x80-'0')*ones) &^ (h + (0x80-'9'-1)*ones) &^ w & highs)
	}
	for ; i < len(t) && n < limit; i++ {
		if isDigit(t[i]) {
			n++
		}
	}
	return min(n, limit)
}

// boilerplate are whole lines that pages repeat around every story.
var boilerplate = map[string]bool{
	"share this on": true, "news release": true, "press release": true, "media release": true, "share": true, "share this article": true, "share this": true,
	"related posts": true, "related articles": true, "related stories": true, "related news": true,
	"tell us what you think": true, "icon scroll to top": true, "scroll to top": true,
	"home": true, "search": true, "menu": true, "comments": true, "commentscomments": true,
	"advertisement": true, "sponsored": true, "read more": true, "subscribe": true,
	"sign up": true, "log in": true, "login": true, "print": true, "email": true,
	"skip to main content": true, "skip to content": true, "sign in": true, "copy link": true, "most read": true, "most popular": true,
	"facebook": true, "linkedin": true, "whatsapp": true, "twitter": true, "email address": true, "manage preferences": true,
	"contacts": true, "contact": true, "media contacts": true, "media contact": true, "investor contacts": true, "media enquiries": true, "media inquiries": true,
	"jakota newsletter": true, "purchase licensing rights": true, "reply": true, "like": true, "report": true, "quote": true, "newsletter": true, "follow us": true, "back to top": true,
}

// lowerASCII returns s with ASCII capitals in lower case. It works on
// eight bytes at a time (see upperMask) and makes one copy of s, none if s
// holds no capital.
func lowerASCII(s string) string {
	i := 0
	for i+8 <= len(s) && upperMask(load64(s[i:])) == 0 {
		i += 8
	}
	for i < len(s) && !isUpper(s[i]) {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	var chunk [512]byte
	for i < len(s) {
		n := min(len(chunk), len(s)-i)
		k := 0
		for ; k+8 <= n; k += 8 {
			w := load64(s[i+k:])
			binary.LittleEndian.PutUint64(chunk[k:], w|upperMask(w)>>2)
		}
		for ; k < n; k++ {
			chunk[k] = lower(s[i+k])
		}
		b.Write(chunk[:n])
		i += n
	}
	return b.String()
}

// upperMask returns the high bit of each byte of w that is an ASCII
// capital. Over the low seven bits h of each byte, neither sum carries into
// the next byte: the high bit of h+0x3f says h >= 'A', that of h+0x25 says
// h > 'Z', and a byte of w with its own high bit set is not ASCII.
// Shifted right by two, the mask is the 0x20 to add to each capital.
func upperMask(w uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	h := w &^ highs
	return (h + (0x80-'A')*ones) &^ (h + (0x80-'Z'-1)*ones) &^ w & highs
}

// boilerplateMax is the length of the longest key of boilerplate.
var boilerplateMax = func() int {
	n := 0
	for k := range boilerplate {
		n = max(n, len(k))
	}
	return n
}()

// isBoilerplate reports lines that pages repeat around every story; low
// is the start of t in lower case.
func isBoilerplate(t, low string) bool {
	if len(t) <= len(low) {
		// Trim the marks that may follow a label ("Share this on:").
		k := len(low)
		for k > 0 && (low[k-1] == ' ' || low[k-1] == ':' || low[k-1] == '|') {
			k--
		}
		if k <= boilerplateMax && boilerplate[low[:k]] {
			return true
		}
	}
	low = strings.TrimLeft(low, "(")
	if low == "" {
		return false
	}
	// "By X | 24 September 2026 | 5 min read" is a byline, bars or not.
	if counterLine(low) || languageSwitch(low) || len(t) == len(low) && !strings.HasPrefix(low, "by ") && breadcrumb(low) {
		return true
	}
	// "AIX Regulatory News Service", "RNS Number : 4817K": the wire
	// that carries a filing, and its number there; "Press service of
	// the Ministry of X", the desk that wrote a release.
	if len(low) < 60 && (strings.HasSuffix(low, "regulatory news service") || strings.HasPrefix(low, "rns number")) ||
		strings.HasPrefix(low, "press service of ") && len(low) < 120 && !endsSentence(t) ||
		// "THIS ANNOUNCEMENT CONTAINS INSIDE INFORMATION FOR THE
		// PURPOSES OF ARTICLE 7 OF ...": a market-abuse notice.
		strings.HasPrefix(low, "this announcement contains inside information") && len(low) < 400 {
		return true
	}
	// The first byte picks the few prefixes that can match. (Brackets
	// were trimmed above, so no prefix starts with one.)
	switch low[0] {
	case 's':
		if strings.HasPrefix(low, "stay ahead in ") && !endsSentence(t) ||
			(strings.HasPrefix(low, "source:") || strings.HasPrefix(low, "sources:")) && len(t) < 80 {
			return true
		}
		// "Sign up for our Asia Commodities newsletter for the week's
		// key deals."
		if (strings.HasPrefix(low, "sign up for ") || strings.HasPrefix(low, "subscribe to ")) && len(t) < 120 && strings.Contains(low, "newsletter") {
			return true
		}
	case 'i':
		if strings.HasPrefix(low, "information is from ") && len(t) < 80 {
			return true
		}

	case 'k':
		// "Keywords: rare earth Lai Chau investment": a page's index
		// words, run together, name nothing.
		if strings.HasPrefix(low, "keywords:") && len(t) < 200 {
			return true
		}
	case 'h':
		// "Home  Business  Stock Market  Industry": a site's menu, its
		// items set apart by two spaces.
		if strings.HasPrefix(low, "home  ") && strings.Count(t, "  ") >= 3 && len(t) < 200 {
			return true
		}
		// "Having trouble reading this email? View it online." atop a
		// mailed newsletter.
		if (strings.HasPrefix(low, "having trouble reading this") || strings.HasPrefix(low, "having trouble viewing this")) && len(t) < 120 {
			return true
		}
		// The disclaimer atop every Hong Kong exchange filing.
		if strings.HasPrefix(low, "hong kong exchanges and clearing limited and the stock exchange of hong kong") && (strings.Contains(t, "take no responsibility") || strings.HasSuffix(t, "take no")) {
			return true
		}
	case '*':
		if strings.HasPrefix(low, "* for identification purpose") {
			return true
		}
	case 'r':
		if strings.HasPrefix(low, "reporting by ") {
			return true
		}
	case 'e':
		// "(Edited by X)" under a translated story.
		if strings.HasPrefix(low, "editing by ") || strings.HasPrefix(low, "edited by ") && len(t) < 80 {
			return true
		}
	case 'a':
		// "Accept all | Manage preferences": a cookie banner's buttons.
		if strings.HasPrefix(low, "additional reporting by ") || strings.HasPrefix(low, "all rights reserved") || strings.HasPrefix(low, "accept all") && len(t) < 60 {
			return true
		}
	case 'v':
		if strings.HasPrefix(low, "videowatch now") || strings.HasPrefix(low, "video:") {
			return true
		}
		// "View in browser  |  Forward to a colleague" over a mailed
		// newsletter.
		if (strings.HasPrefix(low, "view in browser") || strings.HasPrefix(low, "view in your browser") || strings.HasPrefix(low, "view this email") || strings.HasPrefix(low, "view online")) && len(t) < 100 {
			return true
		}
	case 'w':
		// "We use cookies to personalise content and ads ...".
		if strings.HasPrefix(low, "watch now:") || strings.HasPrefix(low, "we use cookies") && len(t) < 300 {
			return true
		}
	case '{':
		if strings.HasSuffix(t, "}") {
			return true
		}
	case 'u':
		// "(Unofficial English translation. In the event of any
		// inconsistency, the Indonesian-language version ... shall
		// prevail.)": a filing's note on its translation.
		if (strings.HasPrefix(low, "unofficial english translation") || strings.HasPrefix(low, "unofficial translation")) && len(t) < 400 {
			return true
		}
	case '[':
		// "[Translated from Chinese. ...]": a translator's note.
		if strings.HasSuffix(t, "]") && (len(t) < 80 || strings.HasPrefix(low, "[translat")) || strings.HasPrefix(low, "[editor") {
			return true
		}
	case '-':
		if strings.HasPrefix(low, "- [editor") {
			return true
		}
	case 'c':
		// "(c) 2026 The Manila Ledger. All rights reserved.", its
		// bracket trimmed.
		// (Not "c) Purpose: ...", the third item of a lettered list.)
		if strings.HasPrefix(low, "copyright") || strings.HasPrefix(low, "c) ") && len(t) < 200 && (len(low) > 3 && isDigit(low[3]) || strings.Contains(low, "rights reserved")) {
			return true
		}
	case "\u00a9"[0]:
		if strings.HasPrefix(low, "\u00a9") {
			return true
		}

	case 't':
		if strings.HasPrefix(low, "this announcement has been authorised") || strings.HasPrefix(low, "this announcement has been authorized") {
			return true
		}
		// "This announcement was prepared and disseminated by the
		// listed company through the electronic system of the Stock
		// Exchange of Thailand. The Exchange accepts no ...": the
		// exchange's note over every filing it carries.
		if strings.HasPrefix(low, "this announcement was prepared and disseminated by") && len(t) < 300 {
			return true
		}
		// The same under "Tags:" and "Topics:".
		if (strings.HasPrefix(low, "tags:") || strings.HasPrefix(low, "topics:")) && len(t) < 200 {
			return true
		}
	}
	// "Form 604", "Corporations Act 2001", "Section 671B": the statutory
	// form a notice is made on.
	if formLabel(low) {
		return true
	}
	// "Suggested Topics: Commodities, Battery Metals, Indonesia".
	if (strings.HasPrefix(low, "suggested topics:") || strings.HasPrefix(low, "related topics:")) && len(t) < 200 {
		return true
	}
	return isEndMarker(low)
}

// figureCells counts the cells of a row parted by " | " that hold only a
// figure: "0.3", "20", "1,250", "12.5%".
func figureCells(low string) int {
	n := 0
	for c := range strings.SplitSeq(low, " | ") {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		fig := isDigit(c[0])
		for i := 0; i < len(c) && fig; i++ {
			fig = isDigit(c[i]) || c[i] == '.' || c[i] == ',' || c[i] == '%' && i == len(c)-1
		}
		if fig {
			n++
		}
	}
	return n
}

// breadcrumb reports a site's trail of sections: "Home > Raw Materials >
// Iron Ore", "News / Metals / Nickel", "Home » Markets". low is the
// whole line in lower case.
func breadcrumb(low string) bool {
	if len(low) > 120 {
		return false
	}
	// One pass counts the separators of each kind: ">", "/", "|", "»"
	// and "›", each between spaces.
	var n [5]int
	first := -1
	for i := 1; i+1 < len(low); i++ {
		if low[i-1] != ' ' {
			continue
		}
		k, w := -1, 1
		switch c := low[i]; {
		case c == '>':
			k = 0
		case c == '/':
			k = 1
		case c == '|':
			k = 2
		case c == 0xC2 && i+1 < len(low) && low[i+1] == 0xBB: // »
			k, w = 3, 2
		case c == 0xE2 && i+2 < len(low) && low[i+1] == 0x80 && low[i+2] == 0xBA: // ›
			k, w = 4, 3
		}
		if k < 0 || i+w >= len(low) || low[i+w] != ' ' {
			continue
		}
		if first < 0 {
			first = i - 1
		}
		n[k]++
	}
	// ("Home > English Disclosure > KOSDAQ > X Co., Ltd.": a firm's
	// legal form ends the trail of arrows, not a sentence.)
	if first < 0 || endsSentence(low) && !(n[0] >= 2 && hasAnySuffix(low, " ltd.", " co.", " inc.", " corp.", " bhd.", " tbk.")) {
		return false
	}
	// "Barakar Coalfields Ltd        | 4.12 mt   | 3.96 mt": a table's
	// row, its cells padded, a figure among them; no trail.
	if n[2] >= 1 && (strings.Contains(low, "  |") || strings.Contains(low, "|  ")) && paddedFigureCell(low) {
		return false
	}
	// "May 27 | Kanto Toshi Gas | PT Bontang Gas Niaga | 0.3 | 5 | 2026":
	// a table's row with figures in cells of their own.
	if n[2] >= 3 && figureCells(low) >= 2 {
		return false
	}
	for k, c := range n {
		if c >= 2 || c == 1 && first == len("home") && strings.HasPrefix(low, "home") {
			return true
		}
		// "Vietnam Business > Energy": one arrow between section names,
		// which a headline does not write.
		if c == 1 && (k == 0 || k == 3 || k == 4) && len(low) <= 60 && !strings.ContainsAny(low, "0123456789") {
			return true
		}
	}
	return false
}

// paddedFigureCell reports a cell of a line parted by bars that opens
// with a figure: "| 4.12 mt", "| -14,826".
func paddedFigureCell(low string) bool {
	for cell := range strings.SplitSeq(low, "|") {
		cell = strings.TrimSpace(cell)
		cell = strings.TrimLeft(cell, "+-")
		// (A figure with its separator or point: "4.12", "1,204,310";
		// not a year that heads a column, "2025 (WMT)".)
		if w, _, _ := strings.Cut(cell, " "); w != "" && isDigit(w[0]) && strings.ContainsAny(w, ".,") {
			return true
		}
	}
	return false
}

// counterLine reports social counters: "14 Likes", "3 comments".
func counterLine(low string) bool {
	n, _ := digitsAt(low)
	if n == 0 || n >= len(low) || low[n] != ' ' {
		return false
	}
	switch low[n+1:] {
	case "like", "likes", "comment", "comments", "reply", "replies", "share", "shares", "view", "views", "reaction", "reactions":
		return true
	}
	return false
}

// isEndMarker reports lines after which a page holds only contact details
// and other trailers: "For further information, please contact:".
func isEndMarker(low string) bool {
	if low == "" {
		return false
	}
	switch low[0] {
	case 'f':
		return strings.HasPrefix(low, "for further information") || strings.HasPrefix(low, "for more information")
	case 'm':
		return strings.HasPrefix(low, "media contact") || strings.HasPrefix(low, "media enquiries") || strings.HasPrefix(low, "media inquiries")
	case 'i':
		return strings.HasPrefix(low, "investor contact") || strings.HasPrefix(low, "investor enquiries") || strings.HasPrefix(low, "investor inquiries")
	case 'c':
		return strings.HasPrefix(low, "contacts:")
	}
	return false
}

// endsStory reports a boilerplate line after which the page holds no more
// of the story: share buttons, contact blocks. low is the line in lower
// case.
func endsStory(low string) bool {
	low = low[:min(len(low), 40)]
	return strings.HasPrefix(low, "share") || isEndMarker(low)
}

// isCaption reports photo captions and image credits; low is t in lower
// case.
func isCaption(t, low string) bool {
	switch {
	case low == "":
		return false
	case low[0] == 'i':
		if strings.HasPrefix(low, "image:") || strings.HasPrefix(low, "illustration:") {
			return true
		}
	case low[0] == 'p':
		if strings.HasPrefix(low, "photo:") || strings.HasPrefix(low, "picture:") || strings.HasPrefix(low, "photograph:") {
			return true
		}
	case low[0] == 'f':
		if strings.HasPrefix(low, "file photo") {
			return true
		}
	case low[0] == '(':
		if strings.HasPrefix(low, "(photo") {
			return true
		}
	case low[0] == '[':
		// "[Photo: X (centre) witnesses ... - PAPER/Name]".
		if strings.HasPrefix(low, "[photo:") || strings.HasPrefix(low, "[image:") || strings.HasPrefix(low, "[picture:") {
			return true
		}
	}
	if strings.HasSuffix(t, ")") {
		// The credit is in the last brackets of the line.
		i := strings.LastIndexByte(t, '(')
		if i < 0 {
			return false
		}
		tail := low[i:]
		for _, p := range []string{"(credit:", "(courtesy of", "(photo:", "(photo by", "(image:", "(source:", "(pictured"} {
			if strings.HasPrefix(tail, p) {
				return true
			}
		}
	}
	return false
}

// namePlaceLine reports a writer's line as Indian business papers set
// it: a name of two or three words, a column's gap and the city filed
// from, "Aditi Menon  New Delhi".
func namePlaceLine(t string) bool {
	if len(t) > 50 {
		return false
	}
	g := namePlaceCut(t)
	if g <= 0 {
		return false
	}
	name, place := t[:g], strings.TrimLeft(t[g:], " |")
	if n := strings.Count(name, " ") + 1; n < 2 || n > 3 || place == "" || strings.Contains(place, "  ") {
		return false
	}
	for w := range strings.FieldsSeq(name) {
		if !isUpper(w[0]) || len(w) < 2 || !isLower(w[1]) {
			return false
		}
	}
	// ("Corporate Announcements | Malaysia": after a bar, a country
	// names a site's section, a city the writer's desk.)
	if strings.Contains(t[g:min(len(t), g+3)], "|") {
		if _, form, ok := entity.LookupCountry(place); ok && form == entity.CountryName {
			return false
		}
	}
	return !cityCountry(place).IsZero()
}

// namePlaceCut returns where the name ends on a writer's line of a name
// and a place: at a column's gap, or at a bar ("Kunal Bhattacharya |
// New Delhi"); -1 for neither.
func namePlaceCut(t string) int {
	g := strings.Index(t, "  ")
	if b := strings.Index(t, " | "); g <= 0 && b > 0 {
		g = b
	}
	return g
}

// nameRoleLine reports a writer's name and role on a line of their own:
// "Rutendo Moyo, Senior Business Reporter".
func nameRoleLine(t string) bool {
	c := strings.IndexByte(t, ',')
	if len(t) > 70 || c <= 0 || !strings.HasPrefix(t[c:], ", ") {
		return false
	}
	name := t[:c]
	if n := strings.Count(name, " ") + 1; n < 2 || n > 3 {
		return false
	}
	for w := range strings.FieldsSeq(name) {
		if !isUpper(w[0]) || len(w) < 2 || !isLower(w[1]) {
			return false
		}
	}
	return roleLine(t[c+2:])
}

// isAuthorLabel reports a label line whose next line holds the names.
func isAuthorLabel(t string) bool {
	low := strings.ToLower(t)
	return low == "author" || low == "authors" || low == "by"
}

// isByline reports "By Name", "Written by Name" and an "Author" label;
// low is the start of t in lower case.
func isByline(t, low string) bool {
	if low == "" {
		return false
	}
	if _, ok := reporterLine(t); ok {
		return true
	}
	if namePlaceLine(t) || nameRoleLine(t) {
		return true
	}
	// The first byte picks the few forms that can match.
	switch low[0] {
	case 'a':
		// "Analyst: Nattapong Srisuk, CFA | ...", as brokers sign notes.
		return low == "author" || low == "authors" || (strings.HasPrefix(low, "analyst: ") || strings.HasPrefix(low, "analysts: ") || strings.HasPrefix(low, "author: ")) && len(t) < 120
	case 'b':
		// "By X", and "by X" where a page writes it in lower case.
		// "BY PARK EUN-JI [park.eunji@...]" as Korean dailies print it.
		// "By Farah Aziz in Kuala Lumpur and Somchai Rattanakul in
		// Bangkok": two writers and their places.
		// "By: Maricel B. Santos".
		if strings.HasPrefix(t, "By: ") && len(t) > 4 && isUpper(t[4]) && len(t) < 60 && !endsSentence(t) {
			return true
		}
		// ("By CHOI HYUN-JOO, PARK SEUNG-MIN [choi@...]": the mail in
		// brackets counts for no length.)
		n := len(t)
		if k := strings.Index(t, " ["); k > 0 && strings.IndexByte(t[k:], '@') > 0 && strings.HasSuffix(t, "]") {
			n = k
		}
		return low == "by" || (strings.HasPrefix(t, "By ") || (strings.HasPrefix(t, "by ") || strings.HasPrefix(t, "BY ")) && len(t) > 3 && isUpper(t[3])) && (n < 60 || n < 100 && strings.Contains(t, " and ") || n < 140 && strings.Contains(t, " | ")) && !endsSentence(t)
	case 'w', 'p', 'r':
		// "Reporter: Aditya Pratama", as Indonesian portals sign a story.
		// "Posted 3 June 2026 by Farah Idris": the date and the writer.
		if datedByline(t, low) > 0 {
			return true
		}
		// "Reporter Jung Da-eun jde@example.co.kr", as Korean portals
		// sign a story under it.
		// ("Reporter Lai Pei-chun (賴佩君) / Taipei", as Taiwanese
		// dailies do: the writer's city after a slash.)
		if strings.HasPrefix(low, "reporter ") && len(t) < 80 && len(t) > len("reporter ") && isUpper(t[len("reporter ")]) && (strings.IndexByte(t, '@') > 0 || strings.Contains(t, " / ")) && !endsSentence(t) {
			return true
		}
		return (strings.HasPrefix(low, "written by ") || strings.HasPrefix(low, "posted by ") || strings.HasPrefix(low, "reported by ") ||
			strings.HasPrefix(low, "reporter: ") || strings.HasPrefix(low, "reporters: ") || strings.HasPrefix(low, "writer: ")) && len(t) < 80
	case 'c':
		// "Compiled by X and Y", as a digest is signed.
		return strings.HasPrefix(low, "compiled by ") && len(t) < 80 && len(t) > len("compiled by ") && isUpper(t[len("compiled by ")]) && !endsSentence(t)
	case 'i':
		// "Interview by Hoang Anh Tuan", over a magazine's interview.
		for _, p := range []string{"interview by ", "interviewed by ", "interviews by "} {
			if strings.HasPrefix(low, p) && len(t) < 80 && len(t) > len(p) && isUpper(t[len(p)]) && !endsSentence(t) {
				return true
			}
		}
		return false
	case 'e':
		// "Editor: Fang Lei", as Chinese portals sign a story.
		return (strings.HasPrefix(low, "editor: ") || strings.HasPrefix(low, "edited by ")) && len(t) < 60
	}
	return false
}

// datedByline returns where the names begin in "Posted 3 June 2026 by
// Farah Idris" or "Published March 2, 2026 by X", a date between the
// label and the writer; else 0. low is t in lower case, or its start.
func datedByline(t, low string) int {
	if !strings.HasPrefix(low, "posted ") && !strings.HasPrefix(low, "published ") || len(t) > 100 {
		return 0
	}
	k := strings.Index(low, " by ")
	// ("Posted 14 November 2025 by the editorial team": a desk.)
	if k < 0 || k+4 >= len(t) || !isUpper(t[k+4]) && !strings.HasPrefix(low[k+4:], "the ") {
		return 0
	}
	if _, _, ok := dateLine(t[:k], low[:k]); !ok {
		return 0
	}
	return k + 4
}

// reporterLine reads a writer's line as Australian papers print it: the
// name, the desk and the role, "Peter Vassallo Resources reporter". It
// returns where the name ends.
func reporterLine(t string) (int, bool) {
	if len(t) > 60 {
		return 0, false
	}
	// The words, without a slice made for them: at most six.
	var buf [7]string
	ws := buf[:0]
	for w := range strings.FieldsSeq(t) {
		if len(ws) == len(buf) {
			return 0, false
		}
		ws = append(ws, w)
	}
	if len(ws) < 4 || len(ws) > 6 {
		return 0, false
	}
	switch ws[len(ws)-1] {
	case "reporter", "correspondent", "editor", "writer", "columnist":
	default:
		return 0, false
	}
	for _, w := range ws[:len(ws)-1] {
		if !isUpper(w[0]) {
			return 0, false
		}
		for i := 1; i < len(w); i++ {
			if !isLower(w[i]) && w[i] != '-' && w[i] != '\'' {
				return 0, false
			}
		}
	}
	// The desk is the word before the role: "Resources", "Markets".
	return strings.LastIndex(t, " "+ws[len(ws)-2]+" "), true
}

// asOfDate reads an as-of line: "All data are based on the daily closing
// price as of May 23, 2025"; low is t in lower case.
func asOfDate(t, low string) (article.Date, bool) {
	if len(t) > 200 {
		return article.Date{}, false
	}
	// The 'f' is the rarest letter of "as of ": look for it.
	i := indexBy(low, "as of ", 4)
	if i < 0 {
		return article.Date{}, false
	}
	i += len("as of ")
	// "as of the close on February 5, 2026".
	for _, p := range []string{"the close on ", "the close of ", "close on ", "the market close on "} {
		if strings.HasPrefix(low[i:], p) {
			i += len(p)
			break
		}
	}
	d, n := dateAt(t[i:])
	if n == 0 || d.Year == 0 {
		return article.Date{}, false
	}
	if rest := strings.TrimSpace(t[i+n:]); rest != "" && rest != "." {
		return article.Date{}, false
	}
	return d, true
}

// dateLine reads a line that states a date and little else: "July 15,
// 2025", "31 July 2025", "Published: Aug 1, 2025", "Today : Aug 01, 2025"
// (nav: the site's date, not the story's), " date 2022-05-19 ...".
func dateLine(t, low string) (d article.Date, nav bool, ok bool) {
	// "Issue 37/2025  ·  Week ending 13 September 2025": fields parted
	// by middle dots.
	if strings.Contains(t, " \u00b7 ") {
		if d, _, ok := dateField(t, "\u00b7"); ok {
			return d, false, true
		}
	}
	// "Translated from the Japanese edition. Published July 8, 2026.": a
	// note, then the labelled date as a sentence of its own.
	if k := strings.LastIndex(t, ". "); k > 0 && len(t) <= 120 && strings.HasSuffix(t, ".") {
		if r := t[k+2 : len(t)-1]; hasPrefixLower(r, "published ") || hasPrefixLower(r, "updated ") {
			rest := r[strings.IndexByte(r, ' ')+1:]
			rest = strings.TrimPrefix(rest, "on ")
			if d, n := dateAt(rest); n > 0 && d.Year != 0 && strings.TrimSpace(rest[n:]) == "" {
				return d, false, true
			}
		}
	}
	// "05:48 AM July 14, 2025": the time of day first.
	if clockAt(t) {
		r := strings.TrimLeft(t, "0123456789:")
		for _, m := range []string{" AM", " PM", " am", " pm", " a.m.", " p.m."} {
			r = strings.TrimPrefix(r, m)
		}
		r = strings.TrimLeft(r, " ")
		if d, n := dateAt(r); n > 0 && d.Year != 0 && strings.TrimSpace(r[n:]) == "" {
			return d, false, true
		}
	}
	if len(t) > 80 && !strings.HasPrefix(low, "date") && !(len(t) <= 160 && strings.Contains(t, "   ")) {
		// "Published: 14 October 2025 | Report no. NOM-2025-10 |
		// Prepared by ...": a long line of fields, one of them the date.
		if len(t) <= 160 && strings.Count(t, " | ") >= 2 {
			return dateField(t, " | ")
		}
		return article.Date{}, false, false
	}
	// "VPIL/SEC/2025-26/118          27 November 2025": a reference, a
	// column's gap and the date.
	// ("Date & Time of Broadcast   09-Jun-2025 07:31:45": a time after.)
	if g := strings.LastIndex(t, "   "); g > 0 && g+3 < len(t) {
		cell := strings.TrimLeft(t[g:], " ")
		// ("Ref: KNFL/SEC/087      Date: August 12, 2025": a label.)
		// ("Disclosure No.: C00418-2026   Date and Time: Jan 27, 2026
		// 06:12 PM".)
		if strings.HasPrefix(cell, "Date:") || strings.HasPrefix(cell, "Dated:") || strings.HasPrefix(cell, "Date and Time:") {
			cell = strings.TrimLeft(cell[strings.IndexByte(cell, ':')+1:], " ")
		}
		if d, n := dateAt(cell); n > 0 && (n == len(cell) || timeOfDay(cell[n:])) && d.Year != 0 {
			return d, false, true
		}
	}
	if len(t) > 80 && !strings.HasPrefix(low, "date") {
		// "2025-04-22 09:31   Source: X   Translated by: Y": the date
		// and time, then the line's other fields after a column's gap.
		if d, n := dateAt(t); n > 0 && d.Year != 0 {
			if tail := strings.TrimLeft(t[n:], " "); clockAt(tail) {
				if g := strings.Index(tail, "   "); g > 0 && g <= 12 {
					return d, false, true
				}
			}
		}
		return article.Date{}, false, false
	}
	// "COMMODITIES  FEBRUARY 3, 2027 / 11:42 AM / UPDATED 2 HOURS AGO":
	// a section's name in capitals, a gap, then the date, its time and
	// the update parted by slashes.
	if strings.Count(t, " / ") >= 2 && len(t) <= 80 {
		r := t
		if g := strings.Index(r, "  "); g > 0 && g <= 24 && strings.ToUpper(r[:g]) == r[:g] {
			r = strings.TrimLeft(r[g:], " ")
		}
		if d, n := dateAt(r); n > 0 && d.Year != 0 && strings.HasPrefix(r[n:], " / ") {
			return d, false, true
		}
	}
	// "Issue 14 | 3 April 2026 | Market: India": the date one field of
	// several.
	// ("Dry Bulk Weekly - Issue 47/2025 - Friday, 21 November 2025":
	// dashes between.)
	sep := " | "
	if strings.Count(t, sep) < 2 && strings.Count(t, " - ") >= 2 && issueLine(low) {
		sep = " - "
	}
	if strings.Count(t, sep) >= 2 {
		if d, _, ok := dateField(t, sep); ok {
			return d, false, true
		}
	}
	// "Published 17.03.2028 | Updated 18.03.2028 09:10 ICT": the day
	// it was first published, before the bar.
	if bar := strings.Index(t, " | "); bar > 0 && (strings.HasPrefix(low, "published") || strings.HasPrefix(low, "posted")) {
		r := t[strings.IndexByte(t, ' ')+1 : bar]
		r = strings.TrimPrefix(strings.TrimLeft(r, ": "), "on ")
		if d, n := dateAt(r); n > 0 && d.Year != 0 && (n == len(r) || timeOfDay(r[n:])) {
			return d, false, true
		}
	}
	rest := t
	// A label or a place and a bar first: "ASX Announcement | 30 April
	// 2026", "New Delhi | Updated: August 21, 2026 07:15 IST".
	// ("Source: X News (Chinese edition) | 2026-11-03 09:15": a longer
	// label when a date and its time are all that follow the bar.)
	if bar := strings.LastIndex(t, " | "); bar > 0 && (bar <= 40 || bar <= 100 && dateThenTime(strings.TrimLeft(t[bar+3:], " "))) {
		// ("Your daily digest  |  Wednesday, 22 October 2025": spaces
		// around the bar.)
		r := strings.TrimLeft(t[bar+3:], " ")
		lr := low[min(len(low), len(t)-len(r)):]
		for _, p := range dateLabels {
			if strings.HasPrefix(lr, p) && !continuesWord(lr, len(p)) {
				r = strings.TrimLeft(r[len(p):], " :|-")
				break
			}
		}
		if _, n := dateAt(r); n > 0 {
			rest = r
		} else if w := weekdayAt(r); w > 0 {
			// "Issue 212 | Friday, 6 March 2026".
			if _, n := dateAt(strings.TrimLeft(r[w:], " ,")); n > 0 {
				rest = r
			}
		}
	}
	// Most lines start with a letter that starts no label: skip the loop.
	for _, p := range dateLabels {
		if rest != t {
			break
		}
		if low == "" || !dateLabelStart[low[0]] {
			break
		}
		if strings.HasPrefix(low, p) && !continuesWord(low, len(p)) {
			rest = strings.TrimLeft(t[len(p):], " :|-")
			nav = p == "today"
			if p == "date" || p == "dated" {
				// "date 2022-05-19 <first line of text>": the date leads.
				if d, n := dateAt(rest); n > 0 && d.Year != 0 {
					return d, false, true
				}
				// "Date of announcement: 2025/12/05   Time of
				// announcement: 17:45:12": what the date is of, then
				// the date, then another field.
				if c := strings.IndexByte(rest, ':'); c > 0 && c < 30 && strings.HasPrefix(low[len(p):], " of ") {
					if d, n := dateAt(strings.TrimLeft(rest[c+1:], " ")); n > 0 && d.Year != 0 {
						return d, false, true
					}
				}
				return article.Date{}, false, false
			}
			break
		}
	}
	// A place first: "Chengdu, 20 January 2026".
	if c := strings.IndexByte(rest, ','); c > 0 && c <= 24 && rest == t && weekdayAt(rest) != c && placeWords(rest[:c]) {
		r := strings.TrimLeft(rest[c+1:], " ")
		// ("Tongren, the PRC, 8 June 2027": the country after the
		// place, as a filing signs off.)
		if c2 := strings.IndexByte(r, ','); c2 > 0 && c2 <= 24 {
			if w := r[:c2]; w == "the PRC" || w == "PRC" || placeWords(w) {
				if _, n := dateAt(strings.TrimLeft(r[c2+1:], " ")); n > 0 {
					r = strings.TrimLeft(r[c2+1:], " ")
				}
			}
		}
		if _, n := dateAt(r); n > 0 {
			rest = r
		}
	}
	// A time first: "Published: 9:05am, 21 Apr 2026".
	if rest != t && clockAt(rest) {
		k := strings.IndexByte(rest, ':') + 3
		for k < len(rest) && (isLetter(rest[k]) || rest[k] == '.' || rest[k] == ' ' && k+1 < len(rest) && isLetter(rest[k+1])) {
			k++
		}
		if k < len(rest) && rest[k] == ',' {
			rest = strings.TrimLeft(rest[k+1:], " ")
		}
	}
	// Weekday first: "Thursday, July 31, 2025".
	if w := weekdayAt(rest); w > 0 {
		wd := rest[:w]
		rest = strings.TrimLeft(rest[w:], " ,")
		// "Thursday, 05/06/2025 08:15 (GMT+7)": the day and month in
		// digits, in whichever order the weekday fits.
		// ("Friday, 15/10/2027 - 08:20 (GMT+7) | Reporter group: X": a
		// dash before the time, the writers after a bar.)
		if d, n, ok := slashDateOn(rest, wd); ok {
			tail := strings.TrimPrefix(strings.TrimSpace(rest[n:]), "- ")
			if bar := strings.Index(tail, " | "); bar > 0 && clockAt(tail) {
				tail = tail[:bar]
			}
			if tail == "" || clockAt(tail) {
				return d, nav, true
			}
		}
	}
	d, n := dateAt(rest)
	if n == 0 || d.Year == 0 {
		return article.Date{}, false, false
	}
	tail := strings.TrimSpace(rest[n:])
	// A time of day or zone may follow: "July 15, 2025 10:32 AM EDT",
	// "April 14, 2026 at 3:12 PM GMT+9"; after a time, the source and
	// byline may share the line: "2026-05-18 16:40   Source: ...".
	// "Tuesday, 9 June 2026, 10:47 AM AWST".
	if strings.HasPrefix(tail, ",") {
		tail = strings.TrimLeft(tail[1:], " ")
	}
	// "Published Tue, May 5, 2026 · 07:48 PM": a dot between.
	for _, dot := range []string{"\u00b7", "\u2022"} {
		if strings.HasPrefix(tail, dot) {
			tail = strings.TrimLeft(tail[len(dot):], " ")
		}
	}
	tail = strings.TrimPrefix(tail, "at ")
	// "December 12, 2027 (Sunday) 07:30 JST | Translated by X": the
	// weekday in brackets after the date.
	if strings.HasPrefix(tail, "(") {
		if w := weekdayAt(tail[1:]); w > 0 && w+1 < len(tail) && tail[w+1] == ')' {
			tail = strings.TrimLeft(tail[w+2:], " ")
		}
	}
	// ("17 November 2025 | Interview by X": another field after a bar.)
	// ("MARCH 12, 2026 / 4:18 PM / UPDATED 3 HOURS AGO": a wire's time
	// and its update after slashes.)
	if tail != "" && len(tail) > 24 && !clockAt(tail) && !(strings.HasPrefix(tail, "| ") && len(tail) < 60) && !(strings.HasPrefix(tail, "/ ") && clockAt(tail[2:]) && len(tail) < 60) {
		return article.Date{}, false, false
	}
	if tail != "" && !isDigit(tail[0]) && tail[0] != '|' && tail[0] != '-' && tail[0] != '/' && tail[0] != '(' {
		return article.Date{}, false, false
	}
	return d, nav, true
}

// sitePath reports a line that opens as a site's path does, from its
// home page or a section of it: "Home | Markets | 27 Nov 2026". A
// report's masthead ("India | Metals & Mining | Company Update | 21 July
// 2025") is no path.
func sitePath(low string) bool {
	first, _, _ := strings.Cut(low, " |")
	switch strings.TrimSpace(first) {
	case "home", "news", "markets", "market", "latest", "commodities", "companies", "business", "economy", "world", "metals", "mining", "energy":
		return true
	}
	return false
}

// issueLine reports a masthead's words for one issue of a periodical:
// "| Issue 412 |", "Vol. 18 No. 7", "Edition".
func issueLine(low string) bool {
	for _, w := range []string{"issue ", "vol. ", "volume ", "no. ", "edition"} {
		if k := strings.Index(low, w); k >= 0 && (k == 0 || low[k-1] == ' ' || low[k-1] == '|') {
			return true
		}
	}
	return false
}

// clockAt reports a time of day at the start of t: "16:40", "3:12".
func clockAt(t string) bool {
	i := 0
	for i < len(t) && i < 2 && isDigit(t[i]) {
		i++
	}
	return i > 0 && i+3 <= len(t) && t[i] == ':' && isDigit(t[i+1]) && isDigit(t[i+2])
}

// placeWords reports one to four capitalised words, as a place is
// written before a date: "Chengdu", "Kuala Lumpur"; "of" and "the" after
// a state's word: "Sultanate of Oman".
func placeWords(t string) bool {
	n := 0
	state := hasAnyPrefix(t, "Sultanate ", "Kingdom ", "Republic ", "State ", "Commonwealth ", "Federation ", "Hashemite ", "Emirate ", "Principality ")
	for w := range strings.FieldsSeq(t) {
		// ("Sultanate of Oman", "Kingdom of Saudi Arabia"; not "Shares
		// of Kora".)
		if state && n > 0 && (w == "of" || w == "the") {
			continue
		}
		if !isUpper(w[0]) {
			return false
		}
		for i := 1; i < len(w); i++ {
			if !isLower(w[i]) && w[i] != '-' {
				return false
			}
		}
		n++
	}
	return n >= 1 && n <= 4 // "Ho Chi Minh City"
}

// stateHeader reports the lines that head an official form: the state's
// full name, "SOCIALIST REPUBLIC OF VIETNAM", and its motto under it,
// three or more single words parted by dashes, "Independence - Freedom -
// Happiness".
func stateHeader(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) > 60 || strings.IndexByte(t, ' ') < 0 {
		return false
	}
	if _, form, ok := entity.LookupCountry(t); ok && form == entity.CountryName {
		return true
	}
	n := 0
	for w := range strings.SplitSeq(t, " - ") {
		if w == "" || !isUpper(w[0]) || strings.IndexByte(w, ' ') >= 0 {
			return false
		}
		n++
	}
	return n >= 3
}

// placePair reports two places joined by "and": "Tokyo and Seoul".
func placePair(t string) bool {
	a, b, ok := strings.Cut(t, " and ")
	return ok && placeWords(a) && placeWords(b)
}

// indexBy is strings.Index(s, pat), found by looking for the byte pat[k]
// with strings.IndexByte: much faster where that byte is rare in s and the
// first byte of pat is not.
func indexBy(s, pat string, k int) int {
	for from := k; from < len(s); {
		j := strings.IndexByte(s[from:], pat[k])
		if j < 0 {
			return -1
		}
		if p := from + j - k; p+len(pat) <= len(s) && s[p:p+len(pat)] == pat {
			return p
		}
		from += j + 1
	}
	return -1
}

// dateThenTime reports whether t is a date with its year and nothing
// more but a time of day: "2026-11-03 09:15".
func dateThenTime(t string) bool {
	d, n := dateAt(t)
	return n > 0 && d.Year != 0 && (n == len(t) || timeOfDay(t[n:]))
}

// timeOfDay reports whether t is a space and a time of day and nothing
// more but its zone: " 07:31:45", " 17:45", " 09:00 ALMT".
func timeOfDay(t string) bool {
	// ("04.02.2027, 11:20": a comma may part the date and the time.)
	if len(t) > 0 && t[0] == ',' {
		t = t[1:]
	}
	// ("Friday, 15/10/2027 - 08:20 (GMT+7)": or a dash.)
	if strings.HasPrefix(t, " - ") {
		t = t[2:]
	}
	if len(t) < 6 || t[0] != ' ' {
		return false
	}
	t = t[1:]
	h, _ := digitsAt(t)
	if h < 1 || h > 2 || h >= len(t) || t[h] != ':' {
		return false
	}
	t = t[h+1:]
	for len(t) > 0 {
		if m, _ := digitsAt(t); m != 2 {
			return false
		}
		t = t[2:]
		if t == "" || zoneName(t) {
			return true
		}
		if t[0] != ':' {
			return false
		}
		t = t[1:]
	}
	return false
}

// zoneName reports whether t is a space and a time zone's short name
// in capitals and nothing more: " ALMT", " GMT", " HKT", " (GMT+7)".
func zoneName(t string) bool {
	// " (GMT+7)", " (UTC+08:00)": the zone in brackets, with its offset.
	if len(t) > 5 && len(t) <= 14 && t[0] == ' ' && t[1] == '(' && t[len(t)-1] == ')' {
		z := t[2 : len(t)-1]
		if k := strings.IndexAny(z, "+-"); k >= 3 {
			for i := k + 1; i < len(z); i++ {
				if !isDigit(z[i]) && z[i] != ':' {
					return false
				}
			}
			z = z[:k]
		}
		t = " " + z
	}
	if len(t) < 3 || len(t) > 6 || t[0] != ' ' {
		return false
	}
	for i := 1; i < len(t); i++ {
		if !isUpper(t[i]) {
			return false
		}
	}
	return true
}

// dateField reads a line of fields parted by sep of which one is a full
// date, maybe after a weekday or a label: "Issue 14 | 3 April 2026 |
// Market: India", "Week 32 | Published 8 August 2025 | By X".
func dateField(t, sep string) (article.Date, bool, bool) {
	for part := range strings.SplitSeq(t, sep) {
		part = strings.TrimSpace(part)
		// "Issue No. 148 | Monday, 6 October 2025".
		if w := weekdayAt(part); w > 0 {
			part = strings.TrimLeft(part[w:], " ,")
		}
		if lp := strings.ToLower(part); len(part) > 0 && dateLabelStart[lp[0]] {
			for _, p := range dateLabels {
				if strings.HasPrefix(lp, p) && !continuesWord(lp, len(p)) && p != "today" {
					part = strings.TrimLeft(part[len(p):], " :")
					break
				}
			}
		}
		// ("Input 2026.12.15 09:12": a time of day may follow.)
		if d, n := dateAt(part); n > 0 && (n == len(part) || timeOfDay(part[n:])) && d.Year != 0 {
			return d, false, true
		}
	}
	return article.Date{}, false, false
}

// dateLabels are the words that may come before the date of a date line,
// lower case, in the order tried.
var dateLabels = []string{"today", "published", "updated", "posted on", "posted", "input", "date and time", "date announced", "date", "dated", "last updated", "week ending", "week ended",
	"filings submitted", "submitted", "filed on", "filed", "release date", "announcement date", "reporting date", "report date", "released", "disclosure date", "filing date", "recorded on", "recorded", "aired",
	"original publication date", "publication date", "date of publication"}

// labelledSlashDate returns the date of a labelled line of the page's
// head ("Announcement date: 03/11/2026"), written in numbers whose day
// and month could be either, read in the order of the page's dates
// that only one order fits ("22/05/1448H"); the zero Date when there is
// none, or the page's dates do not tell the order.
func (d *doc) labelledSlashDate() article.Date {
	// (A filing's fields may stand at the top of its body.)
	for i := 0; i < len(d.lines) && i < 16; i++ {
		l := d.lines[i]
		if l.kind != lText {
			continue
		}
		t := d.text(l)
		rest := ""
		for _, p := range dateLabels {
			if hasPrefixLower(t, p) && len(t) > len(p) && (t[len(p)] == ':' || t[len(p)] == ' ') {
				rest = strings.TrimLeft(t[len(p):], " :")
				break
			}
		}
		if rest == "" {
			continue
		}
		a, b, y, n := slashParts(rest)
		if n == 0 || a > 12 || b > 12 {
			continue
		}
		dm, ok := d.dayFirst()
		if !ok {
			return article.Date{}
		}
		date := article.Date{Year: y, Month: time.Month(b), Day: a}
		if !dm {
			date = article.Date{Year: y, Month: time.Month(a), Day: b}
		}
		if date.IsValid() {
			return date
		}
	}
	return article.Date{}
}

// slashParts reads the numbers of "03/11/2026" at the start of s: the
// first, the second, the year, and the length read; n is 0 where s does
// not open so.
func slashParts(s string) (a, b, y, n int) {
	k1, a := digitsAt(s)
	if k1 < 1 || k1 > 2 || k1 >= len(s) || s[k1] != '/' {
		return 0, 0, 0, 0
	}
	k2, b := digitsAt(s[k1+1:])
	i := k1 + 1 + k2
	if k2 < 1 || k2 > 2 || i >= len(s) || s[i] != '/' {
		return 0, 0, 0, 0
	}
	k3, y := digitsAt(s[i+1:])
	if k3 != 4 {
		return 0, 0, 0, 0
	}
	return a, b, y, i + 1 + k3
}

// dayFirst reports whether the page writes its dates in numbers day
// first ("21/05/1448H", "14/07/2026"), as its dates whose first or
// second number passes 12 tell; ok is false when none tells, or they
// disagree.
func (d *doc) dayFirst() (dm, ok bool) {
	s := d.v.s
	votes := 0
	for i := strings.IndexByte(s, '/'); i > 0 && i < len(s); {
		st := i - 1
		if st > 0 && isDigit(s[st-1]) {
			st--
		}
		if a, b, _, n := slashParts(s[st:]); n > 0 && (st == 0 || !isDigit(s[st-1])) {
			switch {
			case a > 12 && b <= 12:
				votes++
			case b > 12 && a <= 12:
				votes--
			}
			i = st + n
		} else {
			i++
		}
		k := strings.IndexByte(s[i:], '/')
		if k < 0 {
			break
		}
		i += k
	}
	return votes > 0, votes != 0
}

// dateLabelStart holds the first bytes of dateLabels.
var dateLabelStart = func() (t [256]bool) {
	for _, p := range dateLabels {
		t[p[0]] = true
	}
	return t
}()

var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}

// slashDateOn reads "05/06/2025" at the start of t, a date whose day
// and month may come in either order, and takes the order in which the
// date falls on the weekday wd ("Thursday", "Thu"): 5 June 2025, a
// Thursday. It reports false where neither or both orders fit.
func slashDateOn(t, wd string) (article.Date, int, bool) {
	if len(t) < 10 || t[2] != '/' || t[5] != '/' {
		return article.Date{}, 0, false
	}
	for _, k := range []int{0, 1, 3, 4, 6, 7, 8, 9} {
		if !isDigit(t[k]) {
			return article.Date{}, 0, false
		}
	}
	if len(t) > 10 && isDigit(t[10]) {
		return article.Date{}, 0, false
	}
	a, b, y := atoiDigits(t[0:2]), atoiDigits(t[3:5]), atoiDigits(t[6:8])*100+atoiDigits(t[8:10])
	w := strings.ToLower(wd[:3])
	var found article.Date
	n := 0
	for _, o := range [][2]int{{a, b}, {b, a}} { // day, month
		day, month := o[0], o[1]
		if month < 1 || month > 12 || day < 1 || day > 31 {
			continue
		}
		tm := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if tm.Day() != day || strings.ToLower(tm.Weekday().String()[:3]) != w {
			continue
		}
		if d := (article.Date{Year: y, Month: time.Month(month), Day: day}); d != found {
			found = d
			n++
		}
	}
	return found, 10, n == 1
}

// weekdayAt reads a weekday name or abbreviation at the start of s
// ("Thursday", "Thu.") and returns the number of bytes read, or 0.
func weekdayAt(s string) int {
	n := 0
	for n < len(s) && isLetter(s[n]) {
		n++
	}
	if n < 3 || n > len("wednesday") {
		return 0
	}
	var low [len("wednesday")]byte
	for i := 0; i < n; i++ {
		low[i] = lower(s[i])
	}
	for _, x := range weekdays {
		if string(low[:n]) == x {
			if n < len(s) && s[n] == '.' {
				n++
			}
			return n
		}
	}
	return 0
}

// datelineDate reads a wire dateline at the start of a body line:
// "TOKYO, July 31 (Reuters) - ...", "SEOUL, May 22 -", "NEW YORK, July 31
// Japan's ...". The place is in capitals; the date may lack its year. A
// press release writes the place in title case and a full date, then a
// dash or a colon: "Jakarta, 9 June 2026 - PT ...". Two places may share
// the dateline: "ASTANA/TOKYO, Oct 15, 2025 (X) -".
func datelineDate(t string) (article.Date, bool) {
	i := 0
	// ("ASTANA/TOKYO, Oct 15, 2025": two places.)
	for i < len(t) && (isUpper(t[i]) || t[i] == ' ' || t[i] == '.' || t[i] == '-' || t[i] == '\'' || t[i] == '/' && i > 0) {
		i++
		// ("SEOUL and JAKARTA, October 22, 2026": two places joined.)
		if i > 1 && t[i-1] == ' ' && isUpper(t[i-2]) && strings.HasPrefix(t[i:], "and ") && i+4 < len(t) && isUpper(t[i+4]) {
			i += 4
		}
	}
	if i < len(t) && isLower(t[i]) {
		return titleDateline(t)
	}
	if i < 3 || i >= len(t) || t[i] != ',' {
		return article.Date{}, false
	}
	place := strings.TrimSpace(t[:i])
	if len(place) < 3 || strings.Count(place, " ") > 3 {
		return article.Date{}, false
	}
	j := i + 1
	j += spaces(t[j:])
	d, n := dateAt(t[j:])
	if n == 0 {
		// "TAICHUNG, Taiwan, 22 January 2026 -": the country or state
		// after the place.
		if c := strings.IndexByte(t[j:min(len(t), j+24)], ','); c > 0 && placeWords(t[j:j+c]) {
			k := j + c + 1
			k += spaces(t[k:])
			d, n = dateAt(t[k:])
		}
	}
	if n == 0 {
		// "SEOUL, South Korea and PERTH, Australia, October 14, 2026 --":
		// two places, each with its country, joined by "and".
		k := j
		for step := 0; n == 0 && step < 4; step++ {
			c := strings.IndexByte(t[k:min(len(t), k+40)], ',')
			if c <= 0 || !capitalWordsAnd(t[k:k+c]) {
				break
			}
			k += c + 1
			k += spaces(t[k:])
			d, n = dateAt(t[k:])
		}
	}
	if n == 0 {
		// "KENDARI, Indonesia / SEOUL / NANCHANG, China - 2 September
		// 2026 -": places set apart by slashes, then a dash before the
		// date.
		// ("HSINCHU, Taiwan -- May 12, 2027 --": a double dash.)
		for _, dash := range []string{" - ", " -- "} {
			if k := strings.Index(t[:min(len(t), 64)], dash); k > 0 && placesOnly(t[:k]) {
				d, n = dateAt(t[k+len(dash):])
				break
			}
		}
	}
	if n == 0 || d.Day == 0 {
		return article.Date{}, false
	}
	return d, true
}

// capitalWordsAnd reports words that each begin with a capital, "and"
// between them allowed: "South Korea and PERTH".
func capitalWordsAnd(t string) bool {
	n := 0
	for w := range strings.FieldsSeq(t) {
		if w != "and" && !isUpper(w[0]) {
			return false
		}
		for i := 0; i < len(w); i++ {
			if !isLetter(w[i]) && w[i] != '.' && w[i] != '-' {
				return false
			}
		}
		n++
	}
	return n > 0 && n <= 6
}

// datelinePlace returns the place a wire or release dateline opens the
// body with: "SEOUL, March 12 (Yonhap) --", "TOKYO, Nov. 4 Kyodo -",
// "Jakarta (ANTARA) -", "New Delhi, Jan 22 (PTI)", "Jakarta, 3 June 2025
// -". The place is one to four words in capitals or title case, then a
// comma and a date, or an agency in brackets.
func datelinePlace(t string) (string, bool) {
	i, words := 0, 0
	for i < len(t) && words < 5 {
		j := i
		for j < len(t) && (isLetter(t[j]) || t[j] == '.' || t[j] == '-' || t[j] == '\'') {
			j++
		}
		if j == i || !isUpper(t[i]) {
			return "", false
		}
		words++
		if j < len(t) && t[j] == ' ' && j+1 < len(t) && isUpper(t[j+1]) {
			i = j + 1
			continue
		}
		i = j
		break
	}
	if words == 0 || words > 4 || i >= len(t) {
		return "", false
	}
	place, rest := t[:i], t[i:]
	// "ULAANBAATAR/BEIJING, March 12 -": a story filed from two cities,
	// the first its market's.
	// ("ULAANBAATAR / BAYANNUR, 16 June 2027 -" spaces the slash.)
	if r := strings.TrimPrefix(rest, " / "); len(r) > 1 && len(r) < len(rest) && isUpper(r[0]) && isUpper(r[1]) {
		rest = "/" + r
	}
	if len(rest) > 2 && rest[0] == '/' && isUpper(rest[1]) {
		j := 1
		for j < len(rest) && (isLetter(rest[j]) || rest[j] == ' ' && j+1 < len(rest) && isUpper(rest[j+1])) {
			j++
		}
		rest = rest[j:]
	}
	switch {
	case strings.HasPrefix(rest, ", "):
		r := strings.TrimLeft(rest[2:], " ")
		if _, n := dateAt(r); n == 0 {
			// "SEOUL, South Korea, July 8, 2028 /Asia PR Network/ --":
			// a release's city, its country, then the date.
			if c := strings.Index(r[:min(len(r), 40)], ", "); c > 0 {
				if _, n := dateAt(r[c+2:]); n > 0 {
					if _, form, ok := entity.LookupCountry(r[:c]); ok && form == entity.CountryName {
						return r[:c], true
					}
				}
			}
			// "ASTANA, Kazakhstan - X said": the city and its country.
			// ("HSINCHU, Taiwan -- May 12": a double dash.)
			k := strings.Index(r[:min(len(r), 40)], " - ")
			if d := strings.Index(r[:min(len(r), 40)], " -- "); d > 0 && (k < 0 || d < k) {
				k = d
			}
			if k > 0 {
				if _, form, ok := entity.LookupCountry(r[:k]); ok && form == entity.CountryName {
					return r[:k], true
				}
				// "KENDARI, Indonesia / SEOUL / NANCHANG, China - 2
				// September 2026 -": the first city's country, then
				// the other places.
				if c := strings.Index(r[:k], " / "); c > 0 && placesOnly(r[:k]) {
					if _, form, ok := entity.LookupCountry(r[:c]); ok && form == entity.CountryName {
						return r[:c], true
					}
				}
			}
			return "", false
		}
	case strings.HasPrefix(rest, " ("):
		// "(Yonhap)", "(miningweekly.com)": an agency or a site.
		c := strings.IndexByte(rest, ')')
		if c < 0 || c > 24 || !isUpper(rest[2]) && strings.IndexByte(rest[2:c], ' ') >= 0 {
			return "", false
		}
	case strings.HasPrefix(rest, " /") && len(rest) > 3 && isUpper(rest[2]):
		// "Ulaanbaatar /MONTSAME/ Mongolia exported ...": the agency
		// between slashes, as Mongolian papers write it.
		c := strings.IndexByte(rest[2:], '/')
		if c < 0 || c > 24 || !strings.HasPrefix(rest[2+c+1:], " ") {
			return "", false
		}
	case strings.HasPrefix(rest, ": ") && len(rest) > 2 && isUpper(rest[2]):
		// "Kolkata: Subarnarekha Steel ...", as Indian papers write it.
	default:
		return "", false
	}
	return place, true
}

// sectionCountry returns the country that a part of a page's path or
// section line names alone: "Home > Commodities > India > Steel",
// "Home / News / China / Rare Earths", "Markets | China | Wednesday".
func sectionCountry(t string) entity.Country {
	if len(t) > 120 || !strings.ContainsAny(t, ">/|›»") {
		return entity.Country{}
	}
	for _, sep := range []string{" > ", " / ", " | ", " › ", " » "} {
		if !strings.Contains(t, sep) {
			continue
		}
		for part := range strings.SplitSeq(t, sep) {
			if c, form, ok := entity.LookupCountry(strings.TrimSpace(part)); ok && form == entity.CountryName {
				return c
			}
		}
	}
	return entity.Country{}
}

// taglineCountry returns the country of a paper's tagline, "Zimbabwe's
// business weekly", "Mongolia's leading English daily"; the zero Country
// for any other line.
func taglineCountry(t string) entity.Country {
	// "India's met coal supply chain, every Friday | Issue No. 142 |
	// Friday, 10 September 2027": the strap before the issue's number.
	strap := false
	if k := strings.Index(t, " | "); k > 0 && indexLower(t[k:], "issue") >= 0 {
		t, strap = t[:k], true
	}
	// "The weekly letter on Indonesian copper, from pit to cathode": a
	// paper on its country's trade.
	if r, ok := strings.CutPrefix(t, "The "); ok && len(t) <= 80 && !endsSentence(t) {
		for _, w := range [...]string{"weekly ", "daily ", "monthly "} {
			if r, ok = strings.CutPrefix(r, w); ok {
				if noun, after, found := strings.Cut(r, " on "); found && !strings.Contains(noun, " ") {
					if sp := strings.IndexByte(after, ' '); sp > 0 {
						if c, form, ok := entity.LookupCountry(after[:sp]); ok && form == entity.CountryDemonym {
							return c
						}
					}
				}
				break
			}
		}
	}
	p := strings.Index(t, "'s ")
	if p <= 0 || len(t) > 60 || endsSentence(t) {
		return entity.Country{}
	}
	switch strings.ToLower(t[strings.LastIndexByte(t, ' ')+1:]) {
	case "weekly", "daily", "newspaper", "paper", "magazine", "newsletter", "journal", "monthly":
	default:
		if !strap {
			return entity.Country{}
		}
	}
	if c, form, ok := entity.LookupCountry(t[:p]); ok && form == entity.CountryName {
		return c
	}
	return entity.Country{}
}

// mastheadCountry returns the country a paper's name opens with:
// "INDIA STEEL REVIEW", "Australian Gas Review", "THE MANILA COURIER"
// (a city of the country); the zero Country for any other line.
func mastheadCountry(t string) entity.Country {
	t = strings.TrimSpace(t)
	if len(t) > 50 || endsSentence(t) {
		return entity.Country{}
	}
	if r, ok := strings.CutPrefix(t, "THE "); ok {
		t = r
	} else if r, ok := strings.CutPrefix(t, "The "); ok {
		t = r
	}
	n := strings.Count(t, " ") + 1
	last := strings.LastIndexByte(t, ' ')
	if n < 2 || n > 5 || strings.Contains(t, "  ") {
		return entity.Country{}
	}
	paper := false
	for _, w := range []string{"review", "times", "herald", "daily", "news", "journal", "weekly", "post", "report", "monitor",
		"digest", "gazette", "tribune", "courier", "quarterly", "chronicle", "observer", "briefing", "bulletin"} {
		if strings.EqualFold(t[last+1:], w) {
			paper = true
			break
		}
	}
	if !paper {
		return entity.Country{}
	}
	// The first two words, then the first.
	first := strings.IndexByte(t, ' ')
	ends := []int{first}
	if second := strings.IndexByte(t[first+1:], ' '); second > 0 && first+1+second < last {
		ends = []int{first + 1 + second, first}
	}
	for _, e := range ends {
		name := t[:e]
		if c, form, ok := entity.LookupCountry(name); ok && (form == entity.CountryName || form == entity.CountryDemonym) {
			return c
		}
		if c := cityCountry(name); !c.IsZero() {
			return c
		}
	}
	return entity.Country{}
}

// datelineCities are the cities outside the capitals that datelines
// name, with their countries.
var datelineCities = map[string]string{
	"Shanghai": "CN", "Shenzhen": "CN", "Guangzhou": "CN", "Tianjin": "CN", "Dalian": "CN", "Qingdao": "CN", "Hangzhou": "CN",
	"Mumbai": "IN", "Kolkata": "IN", "Chennai": "IN", "Bengaluru": "IN", "Bangalore": "IN", "Hyderabad": "IN", "Bhubaneswar": "IN", "Pune": "IN", "Ahmedabad": "IN",
	"Sydney": "AU", "Melbourne": "AU", "Perth": "AU", "Brisbane": "AU", "Adelaide": "AU",
	"Osaka": "JP", "Nagoya": "JP", "Yokohama": "JP", "Fukuoka": "JP",
	"Busan": "KR", "Pohang": "KR", "Ulsan": "KR", "Incheon": "KR",
	"Ho Chi Minh City": "VN", "Haiphong": "VN", "Hai Phong": "VN", "Da Nang": "VN", "Ha Noi": "VN",
	"Surabaya": "ID", "Medan": "ID", "Balikpapan": "ID",
	"Cebu": "PH", "Davao": "PH", "Makati": "PH", "Pasig": "PH",
	"Kaohsiung": "TW", "Taichung": "TW", "Hsinchu": "TW",
	"Almaty": "KZ", "Karachi": "PK", "Lahore": "PK", "Chittagong": "BD",
	"Johor Bahru": "MY", "Penang": "MY", "Kuching": "MY", "Kota Kinabalu": "MY",
	"New York": "US", "Houston": "US", "Vancouver": "CA", "Toronto": "CA", "Johannesburg": "ZA", "Sao Paulo": "BR", "São Paulo": "BR", "Rio de Janeiro": "BR", "Belo Horizonte": "BR",
}

// cityCountry returns the country of a dateline's place: a capital, a
// country, or one of datelineCities, in any letter case; the zero
// Country when it is none of them.
func cityCountry(place string) entity.Country {
	// "KUALA LUMPUR" as "Kuala Lumpur".
	var buf [40]byte
	if len(place) > len(buf) {
		return entity.Country{}
	}
	b := buf[:0]
	for i := 0; i < len(place); i++ {
		c := place[i]
		if i > 0 && place[i-1] != ' ' {
			c = lower(c)
		}
		b = append(b, c)
	}
	name := string(b)
	if c, form, ok := entity.LookupCountry(name); ok && (form == entity.CountryCapital || form == entity.CountryName) {
		return c
	}
	if code, ok := datelineCities[name]; ok {
		if c, err := entity.ParseCountry(code); err == nil {
			return c
		}
	}
	// "Kunming", "Xinjiang": a Chinese city or province.
	if chinaPlace[name] {
		c, _ := entity.ParseCountry("CN")
		return c
	}
	return entity.Country{}
}

// bylinePlace returns the place a byline files from: "By Li Xueqin in
// Kunming".
func bylinePlace(t string) (string, bool) {
	if !strings.HasPrefix(t, "By ") || len(t) > 80 {
		return "", false
	}
	k := strings.LastIndex(t, " in ")
	if k < 0 {
		return "", false
	}
	place := t[k+len(" in "):]
	if e := strings.IndexAny(place, ",|;("); e >= 0 {
		place = place[:e]
	}
	place = strings.TrimSpace(place)
	if place == "" || !isUpper(place[0]) || strings.Count(place, " ") > 2 {
		return "", false
	}
	return place, true
}

// headlinePlace returns the country or the Chinese province whose
// possessive opens a headline: "Xinjiang's Hoshan Silicon idles eight
// furnaces", "Indonesia's smelters ...".
func headlinePlace(t string) entity.Country {
	p := strings.Index(t, "'s ")
	if p <= 0 || p > 20 {
		return entity.Country{}
	}
	name := t[:p]
	if c, form, ok := entity.LookupCountry(name); ok && form == entity.CountryName {
		return c
	}
	if chinaPlace[name] {
		c, _ := entity.ParseCountry("CN")
		return c
	}
	return entity.Country{}
}

// titleDateline reads a press release's dateline, "Jakarta, 9 June 2026 -
// ...": one to three title-case words, a comma, a date with its day and
// year, then a dash.
func titleDateline(t string) (article.Date, bool) {
	c := strings.IndexByte(t[:min(len(t), 25)], ',')
	// ("Bangkok / Fukuoka / Hanoi, 14 September 2026 -": cities parted
	// by slashes.)
	if c < 0 && strings.Contains(t[:min(len(t), 25)], " / ") {
		c = strings.IndexByte(t[:min(len(t), 48)], ',')
		if c > 0 && !placesOnly(t[:c]) {
			c = -1
		}
	}
	// ("Tokyo and Vancouver, March 4, 2027 —": two cities. Not
	// "Friday, 15/10/2027 - 08:20": a weekday is no place.)
	if c < 3 || weekdayAt(t) == c || !placeWords(t[:c]) && !placePair(t[:c]) && !(strings.Contains(t[:c], " / ") && placesOnly(t[:c])) {
		return article.Date{}, false
	}
	j := c + 1
	j += spaces(t[j:])
	d, n := dateAt(t[j:])
	// "Jakarta, Tokyo and Seoul, 9 October 2025 -": a release from
	// several cities.
	for k := 0; n == 0 && k < 3; k++ {
		c := strings.IndexByte(t[j:min(len(t), j+30)], ',')
		if c < 3 || !placeWords(t[j:j+c]) && !placePair(t[j:j+c]) {
			break
		}
		j += c + 1
		j += spaces(t[j:])
		d, n = dateAt(t[j:])
	}
	// "Mumbai, India / Osaka, Japan - 3 February 2026 -": places
	// joined by a slash, then a dash before the date.
	if n == 0 {
		if k := strings.Index(t[:min(len(t), 64)], " - "); k > 0 && placesOnly(t[:k]) {
			j = k + len(" - ")
			d, n = dateAt(t[j:])
		}
	}
	if n == 0 || d.Day == 0 || d.Year == 0 {
		return article.Date{}, false
	}
	rest := strings.TrimLeft(t[j+n:], " ")
	// Indian releases put a colon there: "Bhubaneswar, 21 August 2026:".
	for _, dash := range []string{"-", "\u2013", "\u2014", ":"} {
		if strings.HasPrefix(rest, dash) {
			return d, true
		}
	}
	return article.Date{}, false
}

// placesOnly reports text of places only, set apart by commas, slashes
// and "and": "Mumbai, India / Osaka, Japan", "SEOUL, Korea and PERTH,
// Australia".
func placesOnly(t string) bool {
	n := 0
	for part := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == ',' || r == '/' }) {
		p := strings.TrimSpace(part)
		// ("Korea and PERTH": the last place of one city, the next city.)
		if a, b, ok := strings.Cut(p, " and "); ok {
			if !placeWords(a) && !capsPlace(a) {
				return false
			}
			n++
			p = strings.TrimSpace(b)
		}
		if p != "" {
			if !placeWords(p) && !capsPlace(p) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// capsPlace reports one to three words in capitals, as a wire writes
// a dateline's city: "NANCHANG", "NEW DELHI".
func capsPlace(t string) bool {
	n := 0
	for w := range strings.FieldsSeq(t) {
		for i := 0; i < len(w); i++ {
			if !isUpper(w[i]) && (i == 0 || w[i] != '-' && w[i] != '.') {
				return false
			}
		}
		n++
	}
	return n >= 1 && n <= 3
}

// isListingLine reports a newsletter listing line: one or more tickers,
// each after a one-letter icon, then the index names
// ("l 229640.KO Mid and Small Cap 2000").
func isListingLine(t string) bool {
	if len(t) > 200 {
		return false
	}
	first, rest, ok := strings.Cut(t, " ")
	if !ok {
		return false
	}
	if len(first) == 1 && isLetter(first[0]) {
		second, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
		if cannotList(second) {
			return false
		}
		_, err := entity.ParseListing(second)
		return err == nil
	}
	if !strings.Contains(first, ".") || cannotList(first) {
		return false
	}
	_, err := entity.ParseListing(first)
	return err == nil
}

// endsSentence reports whether t ends as a sentence does.
func endsSentence(t string) bool {
	// Skip the spaces, quotes and brackets that may close on the mark.
	i := len(t)
	for i > 0 && (t[i-1] == ' ' || t[i-1] == '"' || t[i-1] == '\'' || t[i-1] == ')' || t[i-1] == ']') {
		i--
	}
	if i == 0 {
		return false
	}
	switch t[i-1] {
	case '.', '!', '?':
		return true
	}
	return false
}

// wordsUpTo counts the space-separated words of t, up to limit: it stops
// reading once the count reaches limit, as callers only compare it with a
// bound. It counts eight bytes at a time: with a high bit in each byte
// that is a space or a newline, a word starts at each byte that is not
// one after a byte that is (or at the start of t).
func wordsUpTo(t string, limit int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// zero sets the high bit of each zero byte of x, exactly: the sum
	// does not carry from one byte into the next.
	zero := func(x uint64) uint64 { return ^((x&^highs + ^uint64(highs)) | x) & highs }
	n, i := 0, 0
	after := uint64(0x80) // a high bit for the byte before byte 0: a space
	for ; i+8 <= len(t) && n < limit; i += 8 {
		w := load64(t[i:])
		sp := zero(w^' '*ones) | zero(w^'\n'*ones)
		n += bits.OnesCount64(^sp & highs & (sp<<8 | after))
		after = sp >> 56
	}
	in := after == 0
	for ; i < len(t) && n < limit; i++ {
		sp := t[i] == ' ' || t[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return min(n, limit)
}

// isProse reports a line that reads as running text: a sentence of some
// length, ending as sentences do.
func (d *doc) isProse(i int) bool {
	l := d.lines[i]
	if l.kind == lDateline {
		return true
	}
	// "   - Relationship with the Company : X is a subsidiary of Y,
	// which holds 9.8% of the Company's shares.": a filing's item that
	// is a sentence.
	if l.kind == lBullet {
		t := d.text(l)
		return len(t) > 80 && endsSentence(t) && wordsUpTo(t, 14) >= 14
	}
	if l.kind != lText {
		return false
	}
	t := d.text(l)
	if wordsUpTo(t, 6) < 6 {
		return false
	}
	// (Not a title that asks, near the top and set apart: "North Asian
	// offtake books: who really carries the price risk?")
	if d.questionTitle(i) {
		return false
	}
	// (Not a filing's title in capitals that ends in a legal form's
	// dot: "... EQUITY INTEREST IN X MINERAÇÃO LTDA.")
	if endsSentence(t) && !(capsLine(t) && inSetLower(legalCore, t[strings.LastIndexByte(t, ' ')+1:len(t)-1])) {
		return true
	}
	// "... whose holding fell from 65%. Shareholdings after the deal:":
	// sentences that end by heading what follows.
	if strings.HasSuffix(t, ":") && len(t) > 100 && strings.Contains(t, ". ") {
		return true
	}
	// "X (the "Company") informs the Exchange that its Board approved
	// the following:": a sentence that heads a list.
	// ("X (the "Company") hereby submits the following information:".)
	if hasAnySuffix(t, " the following:", " the following information:", " the following matters:") && len(t) > 60 && wordsUpTo(t, 10) >= 10 && !capsLine(t) && (strings.Contains(t, " that ") || strings.Contains(t, " hereby ")) {
		return true
	}
	// A long line of sentences whose last lost its full stop in the copy.
	if len(t) > 160 && strings.Count(t, ". ") >= 2 && wordsUpTo(t, 30) >= 30 {
		return true
	}
	// A hard-wrapped paragraph: this line runs on into the next, and the
	// paragraph it starts ends as a sentence. (Not a title in capitals
	// over a name: "ACQUISITION OF 51% EQUITY INTEREST IN" over "X CO.,
	// LTD.".)
	if capsLine(t) {
		return false
	}
	for j := i + 1; j < len(d.lines) && j < i+40; j++ {
		n := d.lines[j]
		if n.kind != lText {
			return false
		}
		if endsSentence(d.text(n)) {
			// t has six words or more (tested above) and j > i.
			return true
		}
	}
	return false
}

// questionTitle reports a title that asks a question, near the top of
// the page: one short sentence that ends in "?", with a blank line after
// it and a kicker, a date or a blank line before it. An interview's
// question ("Q: Why ...?", "Ledger: ...?") is no title.
func (d *doc) questionTitle(i int) bool {
	t := d.text(d.lines[i])
	if i >= 12 || !strings.HasSuffix(t, "?") || strings.Contains(t, ". ") || wordsUpTo(t, 16) > 15 || hasPrefixLower(t, "q:") || hasPrefixLower(t, "q.") {
		return false
	}
	if c := strings.Index(t, ": "); c >= 0 && wordsUpTo(t[:c], 4) <= 3 {
		return false
	}
	if i+1 < len(d.lines) && d.lines[i+1].kind != lBlank {
		return false
	}
	if i == 0 {
		return true
	}
	switch p := d.lines[i-1]; p.kind {
	case lBlank, lDate:
		return true
	case lText:
		return !endsSentence(d.text(p)) && wordsUpTo(d.text(p), 6) <= 5
	}
	return false
}

// findBody returns the index of the first body line: the first line of
// running text after the header.
func (d *doc) findBody() int {
	seen := 0 // lines of text before i
	for i := range d.lines {
		// "[This article is an English translation of ...]" above the
		// headline: an editor's note on the page, no body.
		if d.isProse(i) && !(seen <= 4 && translationNote(d.text(d.lines[i])) && d.headlineNext(i)) {
			// A standfirst that is a sentence, over the writer's or the
			// date's line: the body starts after those.
			if seen <= 6 {
				j := d.afterHeaderLines(i + 1)
				if j == i+1 {
					// "Gobi bet: can a junior ...?" over a standfirst
					// that is a sentence too, over the writer's line: a
					// headline that ends as a sentence does.
					n := i + 1
					for n < len(d.lines) && d.lines[n].kind == lBlank {
						n++
					}
					if n < len(d.lines) && d.lines[n].kind == lText && (d.isProse(n) || wordsUpTo(d.text(d.lines[n]), 8) >= 8 && !capsLine(d.text(d.lines[n]))) {
						if j2 := d.afterHeaderLines(n + 1); j2 > n+1 && d.nextKind(n, 1) == lByline {
							j = j2
						}
					}
				}
				if j > i+1 {
					for k := j; k < len(d.lines); k++ {
						if d.isProse(k) {
							return k
						}
					}
				}
			}
			return i
		}
		if d.lines[i].kind != lBlank {
			seen++
		}
	}
	// No line of running text: a page of short sentences and tables
	// ("The deals are below." over a table). The body starts at its
	// first sentence after the line that heads the page.
	first := -1
	for i, l := range d.lines {
		if l.kind != lText {
			continue
		}
		if t := d.text(l); first >= 0 && endsSentence(t) && wordsUpTo(t, 3) >= 3 {
			return i
		}
		if first < 0 {
			first = i
		}
	}
	return len(d.lines)
}

// headlineNext reports whether the next line of text after line i, past
// blank lines, has a headline's shape and is no running text.
func (d *doc) headlineNext(i int) bool {
	j := i + 1
	for j < len(d.lines) && d.lines[j].kind == lBlank {
		j++
	}
	if j < len(d.lines) && d.lines[j].kind == lText && originalTitle(d.text(d.lines[j])) {
		// The original's title over the translation's headline.
		for j++; j < len(d.lines) && d.lines[j].kind == lBlank; j++ {
		}
	}
	if j >= len(d.lines) || d.lines[j].kind != lText || d.isProse(j) {
		return false
	}
	// ("Original title: ..." is a label's line; "Ensuring coal for
	// power in the dry season: imports keep rising" a headline.)
	t := d.text(d.lines[j])
	c := strings.Index(t, ": ")
	return isHeadline(t) && (c < 0 || wordsUpTo(t[:c], 3) >= 3)
}

// translationNote reports a note in brackets that says the page is a
// translation: "[This article is an English translation of a
// Korean-language article ...]".
func translationNote(t string) bool {
	return len(t) > 2 && (t[0] == '[' && t[len(t)-1] == ']' || t[0] == '(' && t[len(t)-1] == ')') && indexLower(t, "translat") >= 0
}

// afterHeaderLines returns the line after the byline and date lines that
// follow line i, blank lines between, or i when a byline or a date does
// not come next.
func (d *doc) afterHeaderLines(i int) int {
	j, header := i, false
	for ; j < len(d.lines) && j < i+8; j++ {
		switch d.lines[j].kind {
		case lBlank:
			continue
		case lByline, lDate:
			header = true
			continue
		}
		break
	}
	if !header {
		return i
	}
	return j
}

// cashtagIn reports a "$" before a letter in t: "$LYC $MP ... to watch"
// is a list of tickers, not a standfirst; "$96 million" is money.
func cashtagIn(t string) bool {
	for i := strings.IndexByte(t, '$'); i >= 0; {
		if i+1 < len(t) && isUpper(t[i+1]) {
			return true
		}
		k := strings.IndexByte(t[i+1:], '$')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// header fills the article fields that the header states.
func (d *doc) header(a *article.Article) {
	var asOf, dated, navDate article.Date
	kicker, headEnd, sender, strap := -1, -1, -1, -1
	weakKicker := false
	// A call's list of speakers ("Taro Yamada - President") is no
	// standfirst.
	speakers := 0
	for i := 0; i < d.body && i < len(d.lines); i++ {
		if d.lines[i].kind == lText && speakerLine(d.text(d.lines[i])) {
			speakers++
		}
	}
	cover := false   // a cover's field opened the lines since the last blank
	firstCover := -1 // the first line of a cover's fields
	for i := 0; i < d.body; i++ {
		l := d.lines[i]
		if i <= headEnd {
			continue
		}
		if l.kind == lBlank {
			cover = false
		}
		// "Issue 14 | 3 April 2026 | Market: India": the market a
		// masthead's field names.
		if t := d.text(l); a.Country.IsZero() && strings.Contains(t, " | ") {
			for _, lab := range []string{"| Market: ", "| Country: "} {
				if k := strings.Index(t, lab); k >= 0 {
					v := t[k+len(lab):]
					if e := strings.Index(v, " |"); e >= 0 {
						v = v[:e]
					}
					if c, form, ok := entity.LookupCountry(strings.TrimSpace(v)); ok && form == entity.CountryName {
						a.Country = c
					}
				}
			}
		}
		switch l.kind {
		case lAsOf:
			if asOf.IsZero() {
				asOf = l.date.Date()
			}
		case lDate:
			if l.nav {
				if navDate.IsZero() {
					navDate = l.date.Date()
				}
			} else if dated.IsZero() {
				dated = l.date.Date()
			}
		case lByline:
			// "By X | 24 September 2026 | 5 min read": the date shares
			// the writer's line.
			if t := d.text(l); dated.IsZero() {
				// "Posted 3 June 2026 by X".
				if k := datedByline(t, lowerASCII(t[:min(len(t), 100)])); k > 0 {
					if date, _, ok := dateLine(t[:k-4], lowerASCII(t[:k-4])); ok {
						dated = date
					}
				}
			}
			if dated.IsZero() {
				t := d.text(l)
				for k := strings.Index(t, " | "); k >= 0; {
					part := t[k+3:]
					if e := strings.Index(part, " | "); e >= 0 {
						part = part[:e]
					}
					if date, nav, ok := dateLine(part, lowerASCII(part[:min(len(part), 100)])); ok && !nav {
						dated = date
						break
					}
					next := strings.Index(t[k+3:], " | ")
					if next < 0 {
						break
					}
					k += 3 + next
				}
			}
		case lCountry:
			if a.Country.IsZero() {
				t := d.text(l)
				if k := strings.Index(t, ": "); k > 0 {
					t = t[k+2:]
				}
				c, _, _ := entity.LookupCountry(t)
				a.Country = c
			}
		case lListing:
			d.listingLines = append(d.listingLines, i)
		case lText:
			t := d.text(l)
			// The original's title over a translation's headline heads
			// nothing: the headline is in the page's language.
			if d.headline < 0 && originalTitle(t) {
				continue
			}
			// A cover's field, an address, a letter's salutation, a
			// registration number or two columns side by side ("BSE Limited      National Stock
			// Exchange of India Limited") head nothing.
			// Nor does a cover's line in brackets: "(Incorporated in the
			// Cayman Islands with limited liability)", "(Stock Code: 3312)".
			if d.headline < 0 && (fieldLine(t) || addressLine(t) || salutationLine(t) || strings.Contains(strings.TrimSpace(t), "   ") || coverBracket(t) || gapMenu(t) || periodSubtitle(t) || stateHeader(t)) {
				if fieldLine(t) {
					cover = true
					if firstCover < 0 {
						firstCover = i
					}
				}
				continue
			}
			// "Inquiries: X, General Manager," over "Corporate
			// Communications Department": the lines of a cover's field
			// go on to a blank line.
			if d.headline < 0 && cover {
				continue
			}
			switch {
			case d.headline < 0 && d.capsTitleEnd(i) > i && !d.letterhead(i):
				// A title in capitals wrapped over lines, as filings set
				// it: "DISCLOSEABLE TRANSACTION" over "ACQUISITION OF ...".
				headEnd = d.capsTitleEnd(i)
				parts := make([]string, 0, headEnd-i+1)
				for j := i; j <= headEnd; j++ {
					parts = append(parts, d.v.origText(d.lines[j].ts, d.lines[j].te))
				}
				d.headline, d.headLast = i, headEnd
				a.Headline = strings.Join(parts, " ")
			case d.headline < 0 && (d.nameLine(i) || issuerCodeLine(t) && i+1 < d.body && d.lines[i+1].kind == lText):
				// The page's sender: the headline only when no other
				// line is one, nor a kicker.
				if sender < 0 && !d.letterhead(i) {
					sender = i
				}
			case d.headline < 0 && numberedItem(d, i):
				// "1. North Asian utilities return to the tender
				// market" over "2. ...": the contents of an issue.
			case d.headline < 0 && (isHeadline(t) || reportTitle(t)) && kickerLine(t):
				// "ASX MARKETS WRAP | Materials": a section's label,
				// the headline only when no other line is one.
				// ("QUARTERLY ACTIVITIES REPORT": a report's kind, the
				// last choice.)
				if kicker < 0 || weakKicker && isHeadline(t) {
					kicker, weakKicker = i, !isHeadline(t)
				}
			case d.headline < 0 && isHeadline(t) && d.masthead(i):
				// "The Dalal Street Chronicle" over the site's menu: the
				// paper's name, the headline only when no other line is
				// one.
				if kicker < 0 {
					kicker = i
				}
			case d.headline < 0 && isHeadline(t) && strap < 0 && (i >= 2 && d.lines[i-1].kind == lDate && capsLine(d.text(d.lines[i-2])) ||
				i >= 1 && i+1 < len(d.lines) && capsLine(d.text(d.lines[i-1])) && d.lines[i+1].kind == lDate || d.tagline(i)):
				// "JAPAN RESOURCES BRIEF" over "Issue 412 | Friday, 19
				// February 2027" over "The week's deals, data and
				// people ...", or the strap between the two: the
				// newsletter's strap, the headline only when no other
				// line is one.
				strap = i
			case d.headline < 0 && isHeadline(t) && !d.letterhead(i):
				d.headline, d.headLast = i, i
				a.Headline = d.v.origText(l.ts, l.te)
				// "Headline: Joint investment in ...": an exchange's news
				// field, its label no part of the headline.
				for _, p := range []string{"Headline: ", "HEADLINE: ", "Title: ", "Subject: "} {
					if h, ok := strings.CutPrefix(a.Headline, p); ok && h != "" {
						a.Headline = h
						break
					}
				}
			case d.headline >= 0 && d.summary < 0 && wordsUpTo(t, 4) >= 4 && !cashtagIn(t) && !(speakers >= 2 && speakerLine(t)):
				d.summary = i
				a.Summary = d.v.origText(l.ts, l.te)
			}
		}
	}
	// "Jangsu to absorb Goryeong Lead in share swap" over "Original
	// title: 장수비철금속, ...": a translation's headline is the line
	// over the original's, whatever line above looked like one.
	if j := d.overOriginalTitle(); j >= 0 && j != d.headline {
		d.headline, d.headLast = j, j
		a.Headline = d.v.origText(d.lines[j].ts, d.lines[j].te)
		if d.summary >= 0 && d.summary <= j+2 {
			d.summary, a.Summary = -1, ""
		}
	}
	if d.headline < 0 && strap >= 0 {
		d.headline, d.headLast = strap, strap
		a.Headline = d.v.origText(d.lines[strap].ts, d.lines[strap].te)
		// The standfirst under it, as under any headline.
		for j := strap + 1; j < d.body && j < len(d.lines) && d.summary < 0; j++ {
			if l := d.lines[j]; l.kind == lText && wordsUpTo(d.text(l), 4) >= 4 && !cashtagIn(d.text(l)) {
				d.summary = j
				a.Summary = d.v.origText(l.ts, l.te)
			}
		}
	}
	// (Not the portal's name over a filing's fields: "BURSA MALAYSIA
	// SECURITIES BERHAD" over "Company Name : X".)
	if d.headline < 0 && kicker >= 0 && (firstCover < 0 || kicker > firstCover) {
		d.headline, d.headLast = kicker, kicker
		a.Headline = d.v.origText(d.lines[kicker].ts, d.lines[kicker].te)
	}
	if d.headline < 0 && sender >= 0 {
		// "KINTA GAS BERHAD" over "CHANGE IN BOARDROOM" and the
		// notice's first paragraph: the sender's name heads it, the
		// paragraph stands under it.
		d.headline, d.headLast = sender, sender
		a.Headline = d.v.origText(d.lines[sender].ts, d.lines[sender].te)
		for i := sender + 1; i < d.body && i < len(d.lines) && d.summary < 0; i++ {
			if l := d.lines[i]; l.kind == lText && endsSentence(d.text(l)) && wordsUpTo(d.text(l), 8) >= 8 {
				d.summary = i
				a.Summary = d.v.origText(l.ts, l.te)
			}
		}
	}
	switch {
	case !asOf.IsZero():
		a.AsOf = asOf
	case !dated.IsZero():
		a.AsOf = dated
	}
	// "SEOUL, March 12 (Yonhap) --", "Jakarta (ANTARA) -": the story is
	// filed from the dateline's city, in its country's market.
	if a.Country.IsZero() && d.body < len(d.lines) {
		if place, ok := datelinePlace(d.text(d.lines[d.body])); ok {
			a.Country = cityCountry(place)
		}
	}
	// "Ministry of Industry and Construction of the Republic of
	// Kazakhstan" over a press release: the state's own body speaks.
	for i := 0; a.Country.IsZero() && i < d.body && i < len(d.lines); i++ {
		if t := d.text(d.lines[i]); bodyNameLine(t) {
			_, a.Country = bodyWithoutState(t)
		}
	}
	// "Home > Commodities > India > Steel", "Markets | China |
	// Wednesday": a section of the page's path that is a country.
	for i := 0; a.Country.IsZero() && i < d.body && i < len(d.lines); i++ {
		a.Country = sectionCountry(d.text(d.lines[i]))
	}
	// "Zimbabwe's business weekly" under the masthead: the paper's
	// country.
	// (A strap read as the headline is read too.)
	for i := 0; a.Country.IsZero() && i < d.body && i < len(d.lines) && (d.headline < 0 || i <= d.headline); i++ {
		a.Country = taglineCountry(d.text(d.lines[i]))
	}
	// "INDIA STEEL REVIEW", "THE MANILA COURIER", "Korea JoongAng
	// Daily" over the headline: a paper named for its country or city.
	for i := 0; a.Country.IsZero() && i < d.body && i < len(d.lines) && (d.headline < 0 || i < d.headline); i++ {
		if d.lines[i].kind == lText {
			a.Country = mastheadCountry(d.text(d.lines[i]))
		}
	}
	// "Ho Chi Minh City, 11 November 2026" under the headline: the
	// place the page is dated from. "SOCIALIST REPUBLIC OF VIETNAM"
	// over a filing: the state's full name on a line of its own.
	for i := 0; a.Country.IsZero() && i < d.body && i < len(d.lines); i++ {
		l := d.lines[i]
		t := strings.TrimSpace(d.text(l))
		if l.kind == lDate && !l.nav {
			if c := strings.IndexByte(t, ','); c > 0 && placeWords(t[:c]) {
				a.Country = cityCountry(t[:c])
			}
			continue
		}
		// "Reporter Lai Pei-chun / Taipei": the writer's city.
		if l.kind == lByline {
			if k := strings.LastIndex(t, " / "); k > 0 && placeWords(t[k+3:]) {
				a.Country = cityCountry(t[k+3:])
			} else if place, ok := bylinePlace(t); ok {
				// "By Li Xueqin in Kunming".
				a.Country = cityCountry(place)
			}
			continue
		}
		if l.kind == lText && strings.IndexByte(t, ' ') > 0 && len(t) <= 40 {
			if c, form, ok := entity.LookupCountry(t); ok && form == entity.CountryName {
				a.Country = c
			}
		}
	}
	// "SOCIALIST REPUBLIC OF VIETNAM" over "Independence - Freedom -
	// Happiness": a filing's national heading, even below a note that
	// opened the body.
	for i := d.body; a.Country.IsZero() && i < d.body+12 && i < len(d.lines); i++ {
		if t := strings.TrimSpace(d.text(d.lines[i])); len(t) <= 40 && capsLine(t) && strings.Contains(t, "REPUBLIC") {
			if c, form, ok := entity.LookupCountry(t); ok && form == entity.CountryName {
				a.Country = c
			}
		}
	}
	// "ASX ANNOUNCEMENT" over a release: an announcement to the
	// Australian market.
	for i := 0; a.Country.IsZero() && i < d.body && i < 8 && i < len(d.lines); i++ {
		if t := strings.TrimSpace(d.text(d.lines[i])); hasAnyPrefix(t, "ASX ANNOUNCEMENT", "ASX Announcement", "ASX RELEASE", "ASX Release") {
			a.Country, _, _ = entity.LookupCountry("Australia")
		}
	}
	// "(Securities code: 6938, TSE Prime Market)" on a filing's cover:
	// the market its issuer is listed in.
	// (A cover above its headline may open the body: its first lines
	// are read, up to the first long paragraph.)
	for i := 0; a.Country.IsZero() && i < d.body+12 && i < len(d.lines); i++ {
		if i >= d.body && len(d.text(d.lines[i])) > 200 {
			break
		}
		if t := strings.TrimSpace(d.text(d.lines[i])); strings.HasPrefix(t, "(") && len(t) < 80 && indexLower(t, "code") >= 0 {
			if x, ok := entity.ExchangeByMIC(bracketMarket(lowerASCII(t))); ok {
				a.Country = x.Country()
			}
		}
	}
	// "To: The President, The Stock Exchange of Thailand" on a filing's
	// cover: the market the letter goes to.
	for i := 0; a.Country.IsZero() && i < d.body+12 && i < 40 && i < len(d.lines); i++ {
		l := d.lines[i]
		if t := d.text(l); !hasPrefixLower(t, "to:") || len(t) > 160 {
			continue
		}
		// ("To:" over "1. Chief Executive of ..." and "2. Board of
		// Directors of the Indonesia Stock Exchange": the addressees on
		// the lines under it.)
		end := l.te
		for k := i + 1; k < len(d.lines) && k <= i+3 && d.lines[k].kind != lBlank; k++ {
			end = d.lines[k].te
		}
		if p := exchangeIn(d.lower()[l.ts:end]); p != "" {
			for _, code := range []string{"ABC", "1301"} {
				if x, err := entity.ParseListing(p + ": " + code); err == nil {
					a.Country = x.Country()
					break
				}
			}
		}
	}
	// "5. Province, country or other jurisdiction of incorporation:
	// Philippines": a disclosure form's issuer, in its home market.
	for i := 0; a.Country.IsZero() && i < 40 && i < len(d.lines); i++ {
		t := d.text(d.lines[i])
		if k := strings.Index(t, "jurisdiction of incorporation"); k >= 0 && len(t) < 120 {
			if c := strings.IndexByte(t[k:], ':'); c > 0 {
				if cc, form, ok := entity.LookupCountry(strings.TrimSpace(t[k+c+1:])); ok && form == entity.CountryName {
					a.Country = cc
				}
			}
		}
	}
	// "[Translated from Japanese]", "Translated from the Thai-language
	// original": the market of the press the page comes from, when the
	// language is that of one country.
	for i := 0; a.Country.IsZero() && i < 8 && i < len(d.lines); i++ {
		a.Country = translatedFrom(d.text(d.lines[i]))
		d.marketByLanguage = !a.Country.IsZero()
	}
	// "Xinjiang's Hoshan Silicon idles eight furnaces": the market the
	// headline opens with, when nothing else on the page says it.
	if a.Country.IsZero() && d.headline >= 0 && d.headline < len(d.lines) {
		a.Country = headlinePlace(d.text(d.lines[d.headline]))
	}
	// "Announcement date: 03/11/2026" on a page that writes
	// "21/05/1448H" elsewhere: a date whose day and month may be read
	// either way, read in the order the page's other dates use.
	if a.AsOf.IsZero() {
		a.AsOf = d.labelledSlashDate()
	}
	// "Hong Kong, 18 April 2025" under a filing's signature: the date
	// of a page whose head states none.
	if a.AsOf.IsZero() {
		for i := len(d.lines) - 1; i >= d.body && i >= len(d.lines)-16; i-- {
			if l := d.lines[i]; l.kind == lDate && !l.nav {
				a.AsOf = l.date.Date()
				break
			}
		}
	}
	// "Mining Moves: who's in and who's out - week ending 13 March
	// 2026": a weekly's headline that ends in its week's date.
	if a.AsOf.IsZero() && d.headline >= 0 {
		h := a.Headline
		for _, w := range []string{"week ending ", "week ended ", "Week ending ", "Week ended "} {
			if k := strings.LastIndex(h, w); k >= 0 {
				if dt, n := dateAt(h[k+len(w):]); n > 0 && dt.Year != 0 && k+len(w)+n == len(h) {
					a.AsOf = dt
				}
				break
			}
		}
	}
	// A dateline that lacks its year takes it only from a date the page
	// states elsewhere; the year is never guessed.
	if a.AsOf.IsZero() && d.body < len(d.lines) && d.lines[d.body].kind == lDateline {
		dl := d.lines[d.body].date.Date()
		switch {
		case dl.Year != 0:
			a.AsOf = dl
		case !navDate.IsZero() && navDate.Month == dl.Month && navDate.Day == dl.Day:
			a.AsOf = navDate
		default:
			// "(c) 2027 Pacific Wire. All rights reserved.": the one
			// year the page's notice gives it.
			if y := d.copyrightYear(); y != 0 {
				dl.Year = y
				a.AsOf = dl
			}
		}
	}
}

// copyrightYear returns the year of the copyright notice in the page's
// last lines ("(c) 2027 X", "© 2027 X", "Copyright (c) 2027 X"), or 0
// when there is none or it gives a span of years ("2019-2027").
func (d *doc) copyrightYear() int {
	for i := len(d.lines) - 1; i >= 0 && i >= len(d.lines)-24; i-- {
		t := strings.TrimSpace(d.text(d.lines[i]))
		at := -1
		for _, p := range []string{"copyright (c) ", "copyright © ", "copyright ", "(c) ", "© "} {
			if hasPrefixLower(t, p) {
				at = len(p)
				break
			}
		}
		if at < 0 || at+4 > len(t) {
			continue
		}
		y := t[at : at+4]
		if !allDigits(y) || at+4 < len(t) && (isDigit(t[at+4]) || t[at+4] == '-' || strings.HasPrefix(t[at+4:], "\u2013")) {
			return 0
		}
		n := atoiDigits(y)
		if n < 1990 || n > 2100 {
			return 0
		}
		return n
	}
	return 0
}

// languageCountries map a language, in lower case, to the one country
// whose press writes in it; a language of several (Russian, Bengali,
// Portuguese) has none.
var languageCountries = map[string]string{
	"chinese": "CN", "mandarin": "CN", "japanese": "JP", "korean": "KR", "vietnamese": "VN", "thai": "TH", "indonesian": "ID",
	"malay": "MY", "hindi": "IN", "odia": "IN", "marathi": "IN", "gujarati": "IN", "mongolian": "MN", "kazakh": "KZ",
	"uzbek": "UZ", "urdu": "PK", "khmer": "KH", "lao": "LA", "burmese": "MM", "filipino": "PH", "tagalog": "PH", "sinhala": "LK", "nepali": "NP",
}

// translatedFrom returns the country of the language line t says the
// page was translated from ("[Translated from Chinese]", "This article
// is translated from the Vietnamese"), or no country.
func translatedFrom(t string) entity.Country {
	// (Lowered only for a line that speaks of a translation.)
	if indexLower(t[:min(len(t), 300)], "translat") < 0 {
		return entity.Country{}
	}
	low := lowerASCII(t[:min(len(t), 300)])
	// ("Machine-assisted translation from Chinese", "Translated from a
	// report first published in Thai".)
	for _, cue := range []string{"translated from ", "translation from ", "published in "} {
		k := strings.Index(low, cue)
		if k < 0 {
			continue
		}
		w := strings.TrimPrefix(low[k+len(cue):], "the ")
		// "the Bahasa Malaysia original", "Bahasa Indonesia": the
		// language by its own name.
		bahasa := false
		if r, ok := strings.CutPrefix(w, "bahasa "); ok {
			w, bahasa = r, true
		}
		e := 0
		for e < len(w) && w[e] >= 'a' && w[e] <= 'z' {
			e++
		}
		if bahasa {
			switch w[:e] {
			case "malaysia", "melayu":
				w, e = "malay", len("malay")
			case "indonesia":
				w, e = "indonesian", len("indonesian")
			}
		}
		if code, ok := languageCountries[w[:e]]; ok {
			if c, err := entity.ParseCountry(code); err == nil {
				return c
			}
		}
	}
	// "an English translation of a Korean-language article".
	if k := strings.Index(low, "-language "); k > 0 {
		b := k
		for b > 0 && low[b-1] >= 'a' && low[b-1] <= 'z' {
			b--
		}
		if code, ok := languageCountries[low[b:k]]; ok && low[b:k] != "english" {
			if c, err := entity.ParseCountry(code); err == nil {
				return c
			}
		}
	}
	return entity.Country{}
}

// onlyLabelsBefore reports whether the lines before line i are only
// dates and short labels in capitals: "ASX ANNOUNCEMENT" over "3 June
// 2026" over the sender's name.
func (d *doc) onlyLabelsBefore(i int) bool {
	n := 0
	for j := i - 1; j >= 0; j-- {
		l := d.lines[j]
		switch t := strings.TrimSpace(d.text(l)); {
		case l.kind == lBlank || l.kind == lBoiler:
		case l.kind == lDate:
			n++
		case len(t) <= 40 && capsLine(t) && wordsUpTo(t, 6) <= 5:
			n++
		case barLabels(t):
			n++
		default:
			return false
		}
	}
	return n > 0
}

// barLabels reports a line of short labels set apart by bars, as a
// filing service heads its pages: "DART | Electronic Disclosure |
// English Translation Service (Beta)".
func barLabels(t string) bool {
	if len(t) > 120 || !strings.Contains(t, "|") || endsSentence(t) {
		return false
	}
	for part := range strings.SplitSeq(t, "|") {
		part = strings.TrimSpace(part)
		if part == "" || len(part) > 40 || wordsUpTo(part, 6) > 5 || !isUpper(part[0]) {
			return false
		}
	}
	return true
}

// issuerCodeLine reports the line an exchange's news service sets over a
// release's title: the issuer's name, a dash and its code ("Steppe
// Atomic National Company JSC  -  SANC").
func issuerCodeLine(t string) bool {
	k := strings.LastIndex(t, " - ")
	if k <= 0 {
		return false
	}
	code := strings.TrimSpace(t[k+3:])
	if len(code) < 2 || len(code) > 6 || !strings.HasSuffix(t[:k], " ") && !hasLegalWord(t[:k]) {
		return false
	}
	for i := 0; i < len(code); i++ {
		if c := code[i]; !isUpper(c) && !isDigit(c) {
			return false
		}
	}
	return true
}

// capsTitleEnd returns the last line of a filing's title in capitals
// that starts at line i and goes on over the lines right after it, each
// in capitals too; i when the title is one line or no such title.
//
// A company's name ("BURSA MALAYSIA SECURITIES BERHAD") over a label
// ("GENERAL ANNOUNCEMENT :: OTHERS") is no title.
func (d *doc) capsTitleEnd(i int) int {
	// Only a filing's kind, too short to be a headline by itself, starts
	// one ("DISCLOSEABLE TRANSACTION", "VOLUNTARY ANNOUNCEMENT"): a
	// kicker in capitals over a headline in capitals is two lines.
	t := d.text(d.lines[i])
	// ("VOLUNTARY ANNOUNCEMENT AND DISCLOSEABLE TRANSACTION": two kinds.)
	if !capsLine(t) || strings.IndexByte(t, ':') >= 0 || hasLegalWord(t) || wordsUpTo(t, 4) >= 4 && !(strings.Contains(t, " AND ") && wordsUpTo(t, 7) < 7) ||
		!hasAnySuffix(t, "TRANSACTION", "TRANSACTIONS", "ANNOUNCEMENT", "INFORMATION", "UPDATE") {
		return i
	}
	j := i
	for j+1 < d.body && j+1 < len(d.lines) && j < i+4 {
		l := d.lines[j+1]
		if t := d.text(l); l.kind != lText || !capsLine(t) || strings.IndexByte(t, ':') >= 0 {
			break
		}
		j++
	}
	return j
}

// capsLine reports a line with letters, none of them in lower case.
func capsLine(t string) bool {
	letters := false
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			letters = true
		}
	}
	return letters
}

// tagline reports a publication's line about itself near the top of the
// page: "Exclusive news, data and analytics for financial market
// professionals", "Weekly intelligence on Japanese trading houses in
// mining and metals". It says what the paper covers, with no figure and
// no verb of news.
func (d *doc) tagline(i int) bool {
	n := 0
	for j := 0; j < i; j++ {
		if d.lines[j].kind != lBlank {
			n++
		}
	}
	if n > 2 {
		return false
	}
	t := d.text(d.lines[i])
	if strings.ContainsAny(t, "0123456789:|") || !strings.Contains(t, " for ") && !strings.Contains(t, " on ") {
		return false
	}
	w, _, _ := strings.Cut(t, " ")
	w = strings.TrimSuffix(w, ",")
	switch strings.ToLower(w) {
	case "weekly", "daily", "monthly", "exclusive", "independent", "essential", "trusted", "news", "intelligence", "insight", "insights", "analysis":
	default:
		return false
	}
	for _, k := range [...]string{"news", "intelligence", "analysis", "analytics", "insight", "coverage", "data"} {
		if strings.Contains(t, k) {
			return true
		}
	}
	return false
}

// masthead reports a publication's name on the page's first line, over
// the site's menu or path: "The Dalal Street Chronicle" above "Markets |
// India | Companies".
func (d *doc) masthead(i int) bool {
	for j := 0; j < i; j++ {
		if d.lines[j].kind != lBlank {
			// "Official Information Source of the Prime Minister" over
			// "Ministry of Industry and Construction": the portal's
			// name and the body that publishes on it.
			return j == i-1 && bodyNameLine(d.text(d.lines[i])) && d.lines[j].kind == lText
		}
	}
	if i+1 < len(d.lines) && d.lines[i+1].kind == lText && bodyNameLine(d.text(d.lines[i+1])) {
		return true
	}
	for j := i + 1; j < len(d.lines) && j <= i+2; j++ {
		switch d.lines[j].kind {
		case lBlank:
			continue
		case lBoiler:
			return true
		case lDate:
			// "BULK & PORTS NORTH ASIA - Weekly" over "Issue 37/2025 ·
			// Week ending 13 September 2025" over the site's menu.
			if j+1 < len(d.lines) && d.lines[j+1].kind == lBoiler {
				return true
			}
		}
		return false
	}
	return false
}

// originalTitle reports a translation's "Original title:" or "Original
// headline:" line.
func originalTitle(t string) bool {
	return hasPrefixLower(t, "original title:") || hasPrefixLower(t, "original headline:")
}

// overOriginalTitle returns the line over a translation's "Original
// title:" or "Original headline:" line among the page's head lines, a
// headline's shape; or -1.
func (d *doc) overOriginalTitle() int {
	for i := 1; i < d.body && i < len(d.lines) && i < 24; i++ {
		t := d.text(d.lines[i])
		if !originalTitle(t) {
			continue
		}
		j := i - 1
		for j >= 0 && d.lines[j].kind == lBlank {
			j--
		}
		if j >= 0 && d.lines[j].kind == lText && isHeadline(d.text(d.lines[j])) {
			return j
		}
		return -1
	}
	return -1
}

// bodyNameLine reports a line that is a state body's name and nothing
// more: "Ministry of Industry and Construction of the Republic of
// Kazakhstan".
func bodyNameLine(t string) bool {
	if !hasAnyPrefix(t, "Ministry of ", "Department of ", "Office of the ") || len(t) > 100 || endsSentence(t) {
		return false
	}
	for w := range strings.FieldsSeq(t) {
		if !isUpper(w[0]) && w != "of" && w != "and" && w != "the" && w != "for" {
			return false
		}
	}
	return true
}

// letterhead reports a company's name at the head of its own
// announcement, which the line of its registration number follows:
// "Coorong Minerals Limited" above "ACN 612 408 337". It is no headline.
func (d *doc) letterhead(i int) bool {
	for j := i + 1; j < len(d.lines) && j <= i+3; j++ {
		t := d.text(d.lines[j])
		if strings.TrimSpace(t) == "" || !strings.ContainsFunc(t, func(r rune) bool { return r < utf8.RuneSelf && r != ' ' }) {
			// (The name in Chinese under the English one, as Hong Kong
			// filings set it.)
			continue
		}
		// "(Incorporated in the Cayman Islands with limited liability)",
		// "(Stock Code: 3312)".
		if coverBracket(t) {
			return true
		}
		// "(formerly known as X)" over those.
		if strings.HasPrefix(t, "(formerly ") && strings.HasSuffix(t, ")") {
			continue
		}
		// ("ASX: TGR | ACN 609 884 215": the code, then the number.)
		for part := range strings.SplitSeq(t, " | ") {
			for _, p := range registrationLabels {
				if len(part) > len(p) && strings.HasPrefix(part, p) && strings.ContainsAny(part[len(p):], "0123456789") && len(t) <= 60 {
					return true
				}
			}
		}
		return false
	}
	return false
}

// reportTitle reports a short title in capitals that names a report:
// "QUARTERLY ACTIVITIES REPORT", "TRADING UPDATE".
func reportTitle(t string) bool {
	n := wordsUpTo(t, 4)
	return n >= 2 && n <= 3 && capsLine(t) && hasAnySuffix(t, " REPORT", " UPDATE", " RESULTS", " STATEMENT", " ANNOUNCEMENT")
}

// numberedItem reports a line of a numbered list, "1. X" next to "2. Y":
// an issue's contents.
func numberedItem(d *doc, i int) bool {
	num := func(j int) bool {
		if j < 0 || j >= len(d.lines) {
			return false
		}
		t := d.text(d.lines[j])
		k := 0
		for k < len(t) && k < 3 && isDigit(t[k]) {
			k++
		}
		return k > 0 && strings.HasPrefix(t[k:], ". ")
	}
	return num(i) && (num(i-1) || num(i+1))
}

// gapMenu reports a site's menu or share buttons set apart by two
// spaces: "Home  Markets  Fixtures  Data  Log out", "Facebook  X
// LinkedIn  Email". Three items at least, each of a word or three.
func gapMenu(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.Contains(t, "  ") || len(t) > 120 || strings.ContainsAny(t, ".,;:!?") {
		return false
	}
	n := 0
	for part := range strings.SplitSeq(t, "  ") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if strings.Count(part, " ") > 2 || !isUpper(part[0]) {
			return false
		}
		n++
	}
	return n >= 3
}

// periodSubtitle reports the line under a report's title that says the
// period it covers: "For the quarter ended 30 September 2025".
func periodSubtitle(t string) bool {
	for _, p := range []string{"For the quarter ended ", "For the quarter ending ", "For the year ended ", "For the half year ended ", "For the half-year ended ", "For the period ended ", "For the six months ended ", "For the nine months ended ", "For the three months ended "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// nameLine reports a line among the first of the page that is only a
// name: a company's with its legal form at the end, its ticker in
// brackets after it or not ("Enshu Electric Power Co., Inc. (9541 JT)",
// "PT BORNEO SINAR BATUBARA Tbk"); or a state's formal name ("Republic
// of the Philippines") and the name of the body under it ("Energy
// Regulatory Commission"). It heads the page as its sender, no headline.
func (d *doc) nameLine(i int) bool {
	// The first line of the page's own, or one under "News provided by"
	// or under the state's name.
	prev := -1
	for j := i - 1; j >= 0; j-- {
		if k := d.lines[j].kind; k != lBlank && k != lBoiler {
			prev = j
			break
		}
	}
	t := strings.TrimSpace(d.text(d.lines[i]))
	if prev >= 0 && t != "" && !hasASCIILetter(t) && d.firstNameLine(prev) {
		// "บริษัท ... จำกัด (มหาชน)" under "LANNA THERMAL POWER PUBLIC
		// COMPANY LIMITED": the sender's name in its own script.
		return true
	}
	if prev >= 0 {
		p := strings.TrimSpace(d.text(d.lines[prev]))
		// ("Kii Electric Power Co., Inc." under "(Securities code: 8071,
		// TSE Prime Market)": a second sender of a joint release.)
		if !hasAnySuffix(p, " provided by", " issued by", "Issued by", "Released by") && !stateName(p) && !d.onlyLabelsBefore(i) && !filerCodeLine(p) {
			return false
		}
	}
	// "(9541 JT)", "(IDX: BSBB)": its code after it.
	// ("(ASX: GCM, OTCQX: GCMLF)": two codes.)
	if k := strings.LastIndex(t, " ("); k > 0 && strings.HasSuffix(t, ")") && (len(t)-k <= 24 || len(t)-k <= 48 && strings.Count(t[k:], ":") >= 2) && !strings.Contains(t[k:], `"`) {
		t = strings.TrimRight(t[:k], " ")
	}
	if !titleWords(t) || strings.ContainsAny(t, "\t\"") {
		return false
	}
	if hasLegalWord(t) && inSetLower(legalCore, strings.TrimRight(t[strings.LastIndexByte(t, ' ')+1:], ".,")) {
		return true
	}
	if stateName(t) {
		return true
	}
	// The body under the state's name: "Energy Regulatory Commission",
	// "Ministry of Coal".
	first, _, _ := strings.Cut(t, " ")
	last := t[strings.LastIndexByte(t, ' ')+1:]
	govName := inLower(govHeads, last) || inLower(govHeads, first) && strings.Contains(t, " of ")
	if i > 0 && d.lines[i-1].kind == lText && stateName(strings.TrimSpace(d.text(d.lines[i-1]))) {
		return govName
	}
	// The office that issues a state's releases, over the state's name:
	// "Press Information Bureau" over "Government of India".
	if prev < 0 && inLower(govHeads, last) && i+1 < len(d.lines) && d.lines[i+1].kind == lText && stateName(strings.TrimSpace(d.text(d.lines[i+1]))) {
		return true
	}
	return false
}

// firstNameLine reports a nameLine that is the page's first line of
// text.
func (d *doc) firstNameLine(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if k := d.lines[j].kind; k != lBlank && k != lBoiler {
			return false
		}
	}
	return d.nameLine(i)
}

// hasASCIILetter reports whether t holds a letter of the Latin alphabet
// without accents.
func hasASCIILetter(t string) bool {
	for i := 0; i < len(t); i++ {
		if isLetter(t[i]) {
			return true
		}
	}
	return false
}

// titleWords reports a few words, each capitalised but for the small
// words names hold ("of", "the", "and", "&"): a name, not a sentence.
func titleWords(t string) bool {
	n := 0
	for w := range strings.FieldsSeq(t) {
		n++
		if n > 12 {
			return false
		}
		switch w {
		case "of", "the", "and", "&", "de", "du", "for", "plc":
			continue
		}
		if !isUpper(w[0]) {
			return false
		}
	}
	return n >= 2
}

// stateName reports a state's formal name: "Republic of the
// Philippines", "Kingdom of Thailand", "Government of India".
func stateName(t string) bool {
	for _, p := range []string{"Republic of ", "Kingdom of ", "Government of ", "Socialist Republic of ", "People's Republic of ", "State of ", "Commonwealth of "} {
		if strings.HasPrefix(t, p) {
			_, _, ok := entity.LookupCountry(strings.TrimPrefix(t[len(p):], "the "))
			return ok
		}
	}
	return false
}

// coverBracket reports a line in brackets under a filer's name that
// says where it is incorporated or what its code is: "(Incorporated in
// the Cayman Islands with limited liability)", "(Stock Code: 3312)".
func coverBracket(t string) bool {
	if !strings.HasPrefix(t, "(") || !strings.HasSuffix(t, ")") {
		return false
	}
	t = t[1:]
	// ("Tengri" or the "Company"), ("Tete Carvão", "TCH" or "the
	// Company"): the terms a filing defines for its issuer under the
	// issuer's name.
	if (strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "\u201c")) && len(t) < 80 && (strings.Contains(t, "\"Company\"") || strings.Contains(t, "\u201cCompany\u201d") || strings.Contains(t, "\"Group\"") || strings.Contains(t, "\"the Company\"")) {
		return true
	}
	return hasPrefixLower(t, "incorporated ") || hasPrefixLower(t, "stock code") || hasPrefixLower(t, "company registration") || hasPrefixLower(t, "registration no")
}

// registrationLabels begin the line of a company's registration number
// under its name: Australian, Indian, Singaporean, Malaysian and British
// forms.
var registrationLabels = []string{"ACN ", "ABN ", "ARBN ", "ACN: ", "ABN: ", "CIN: ", "CIN ", "UEN: ", "UEN ",
	"Company No", "Company Registration No", "Registration No", "Registered No", "Reg. No", "(Company No"}

// kickerLine reports a header line that labels a section rather than
// titles a story: in capitals throughout ("THE WEEKLY COMMODITY
// COLUMN"), or a label and a section ("ASX MARKETS WRAP | Materials").
func kickerLine(t string) bool {
	if k := strings.Index(t, " | "); k >= 0 {
		// "INTERVIEW | 'We want to be ...': X's Y": a label in capitals
		// before the one bar and a title of eight words or more after
		// it is the headline.
		if rest := t[k+3:]; !strings.Contains(rest, " | ") && k <= 20 && strings.ToUpper(t[:k]) == t[:k] && wordsUpTo(rest, 8) >= 8 {
			return false
		}
		return true
	}
	// "Business / Trading houses": a section and its part.
	if k := strings.Index(t, " / "); k > 0 && len(t) <= 40 && !strings.ContainsAny(t, "0123456789") {
		return true
	}
	// "METALS & ENERGY JAPAN — Interviews", "Kinzoku Sangyo Jiho —
	// English Edition": a paper's name and its section or edition.
	for _, dash := range []string{" \u2014 ", " - ", " \u2013 "} {
		k := strings.Index(t, dash)
		if k <= 0 || len(t) > 60 {
			continue
		}
		rest := t[k+len(dash):]
		if strings.HasSuffix(t, "English Edition") || strings.ToUpper(t[:k]) == t[:k] && strings.Count(t[:k], " ") >= 1 && wordsUpTo(rest, 4) <= 3 && !strings.ContainsAny(rest, ".:;\"") {
			return true
		}
	}
	for i := 0; i < len(t); i++ {
		if isLower(t[i]) {
			return false
		}
	}
	// "PERCIVAL SHOALS LNG: BINDING 10-YEAR SPA WITH CHUNGHSIN POWER
	// AND SALE OF 15% OF PERCIVAL UPSTREAM": an announcement's title in
	// capitals, too long for a section's label. (Not a newsletter's
	// item, "1) COAL TO NICKEL: ...", one of several.)
	return wordsUpTo(t, 10) < 10 || itemMarkLen(t) > 0
}

// filerCodeLine reports a filer's code in brackets under its name:
// "(Code: 8029, TSE Prime Market)", "(Securities code: 8071, TSE Prime
// Market)", "(Stock Code: 3169)".
func filerCodeLine(t string) bool {
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && (strings.Contains(t, "Code") || strings.Contains(t, "code")) && strings.IndexByte(t, ':') > 0 && len(t) < 60
}

// isHeadline reports a header line that can be the headline: a few words
// of title, not a sentence, not a ticker line.
func isHeadline(t string) bool {
	if len(t) > 250 {
		return false
	}
	// ("X Co. Announces the Signing of a Long-Term Offtake Agreement
	// for ... with Y Limited and a Memorandum of Understanding with Z
	// PLC": an exchange's titles run long.)
	if n := wordsUpTo(t, 37); n < 4 || n > 36 || n > 30 && !titleCased(t) {
		return false
	}
	// "[Machine-assisted translation from Chinese. ...]": a note on the
	// page, in square brackets.
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
		return false
	}
	// "(Code: 8029, TSE Prime Market)", "(Stock Code: 3169)": the
	// filer's code under its name, a field of the cover.
	if filerCodeLine(t) {
		return false
	}
	// (Not "... IN MINAS SERRA AZUL MINERAÇÃO LTDA.": a legal form's
	// dot.)
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "...") && !inSetLower(legalCore, t[strings.LastIndexByte(t, ' ')+1:len(t)-1]) {
		return false
	}
	// "Content of the disclosed information:": a label for what follows.
	if strings.HasSuffix(t, ":") {
		return false
	}
	// Cashtag lines of forum posts are not headlines.
	for i := strings.IndexByte(t, '$'); i >= 0 && i+1 < len(t); i = nextByte(t, '$', i+1) {
		// A cashtag begins with a letter: "$740 mln" is an amount.
		if isUpper(t[i+1]) && (i == 0 || t[i-1] == ' ') {
			j := i + 1
			for j < len(t) && (isUpper(t[j]) || isDigit(t[j])) {
				j++
			}
			if j == len(t) || t[j] == ' ' || t[j] == ',' {
				if !strings.HasPrefix(t[i+1:], "US") {
					return false
				}
			}
		}
	}
	return true
}

// titleCased reports a line whose words of four letters or more are
// nearly all capitalised, as titles write them.
func titleCased(t string) bool {
	long, caps := 0, 0
	for w := range strings.FieldsSeq(t) {
		if len(w) < 4 {
			continue
		}
		long++
		if isUpper(w[0]) {
			caps++
		}
	}
	return long > 0 && caps*5 >= long*4
}

// nextByte returns the index of the first c in s at or after from, or -1.
func nextByte(s string, c byte, from int) int {
	if k := strings.IndexByte(s[from:], c); k >= 0 {
		return from + k
	}
	return -1
}

// subheading reports a body line of a few words, capitalised, with no
// sentence end, followed by a line of text that starts a sentence.
func (d *doc) subheading(i int) bool {
	t := d.text(d.lines[i])
	// "3.3. Purchase of shares in Phong Dien Coke and Chemicals JSC"
	// over the item's text: a numbered heading, longer.
	maxWords := 4
	if n := itemMarkLen(t); n > 0 && n < len(t) && strings.Count(t[:n], ".") >= 2 {
		t, maxWords = strings.TrimLeft(t[n:], " "), 12
	}
	if t == "" || !isUpper(t[0]) || wordsUpTo(t, maxWords+1) > maxWords || strings.ContainsAny(t[len(t)-1:], ".!?:;,\"") {
		return false
	}
	if i+1 >= len(d.lines) || d.lines[i+1].kind != lText {
		return false
	}
	next := d.text(d.lines[i+1])
	return next != "" && isUpper(next[0]) && wordsUpTo(next, 6) > 5
}

// paragraphs collects the body paragraphs: runs of body lines, a line
// that ends a sentence closing its paragraph, boilerplate left out. A
// "Share this on" line after the body starts ends the story.
// noticeTitle takes as the headline, where the head gave none, the title
// of a notice below its cover's fields: "Notice Concerning the
// Acquisition of Shares of X", as Tokyo filings head their text.
func (d *doc) noticeTitle(a *article.Article) {
	from := d.body
	if d.headline >= 0 {
		// "Jiangxi X Co., Ltd." over "Announcement on ...": the issuer's
		// name heads its notice, whose title is the headline.
		h := d.text(d.lines[d.headline])
		if len(h) > 80 || !hasLegalWord(h) || d.headLast != d.headline {
			return
		}
		from = d.headline + 1
	}
	for i := from; i < len(d.lines) && i < from+12; i++ {
		l := d.lines[i]
		if l.kind != lText {
			continue
		}
		t := d.text(l)
		if !hasAnyPrefix(t, "Notice Concerning ", "Notice Regarding ", "Notice of ", "Notice on ", "Announcement Concerning ", "Announcement Regarding ", "Announcement of ", "Announcement on ", "Announcement in Relation to ", "Notice in Relation to ") || !isHeadline(t) {
			if from != d.body {
				return // the title is the line right under the name
			}
			continue
		}
		if i+1 < len(d.lines) && d.lines[i+1].kind == lText {
			return // the first line of a paragraph
		}
		if d.summary == i {
			d.summary, a.Summary = -1, ""
		}
		d.headline, d.headLast = i, i
		a.Headline = d.v.origText(l.ts, l.te)
		return
	}
}

// categoryHeadline takes a cover's "Description : X" field for the
// headline when the line read as the headline only repeats the cover's
// "Category : Y" field ("General Announcement for PLC") or the issuer's
// name that X opens with, as Bursa Malaysia's announcements are set.
func (d *doc) categoryHeadline(a *article.Article) {
	if d.headline < 0 || a.Headline == "" {
		return
	}
	value := func(t, label string) (string, int, bool) {
		c := strings.IndexByte(t[:min(len(t), maxLabel)], ':')
		if c <= 0 || !equalLower(strings.TrimSpace(t[:c]), label) {
			return "", 0, false
		}
		k := c + 1
		for k < len(t) && t[k] == ' ' {
			k++
		}
		return t[k:], k, k < len(t)
	}
	category, desc := false, -1
	for i := 0; i < len(d.lines) && i < 40; i++ {
		t := d.text(d.lines[i])
		if v, _, ok := value(t, "category"); ok && strings.EqualFold(strings.TrimSpace(v), strings.TrimSpace(a.Headline)) {
			category = true
		}
		if _, _, ok := value(t, "description"); ok && desc < 0 {
			desc = i
		}
	}
	if desc < 0 {
		return
	}
	l := d.lines[desc]
	v, k, _ := value(d.text(l), "description")
	// (Or the issuer's name over the fields, which the description
	// opens with.)
	if !category && !(d.headline < desc && len(a.Headline) >= 8 && strings.HasPrefix(v, strings.TrimSpace(a.Headline)+" ")) {
		return
	}
	d.headline, d.headLast = desc, desc
	a.Headline = d.v.origText(l.ts+k, l.te)
}

// letterSubject makes a letter's subject the headline: "Sub:
// Disclosure under Regulation 30 ... - Acquisition of 20% equity
// interest in X" over "Dear Sir/Madam,", as listed companies write to
// their exchanges, without its label, whatever line of the letter's
// head looked like one.
func (d *doc) letterSubject(a *article.Article) {
	after := -1
	for i := 0; i+1 < len(d.lines) && i < 60; i++ {
		l := d.lines[i]
		if l.kind == lBlank {
			continue
		}
		t := strings.TrimSpace(d.text(l))
		// (The subject may stand over the salutation or under it,
		// not further down.)
		if maySalute(t) && salutationLine(t) {
			if after >= 0 {
				return
			}
			after = i
		}
		if after >= 0 && i > after+4 {
			return
		}
		// ("Sub:" is a letter's own label; "Subject:" and "Re:" head
		// a letter only over its salutation.)
		k := 0
		for j, p := range []string{"Sub: ", "Sub:- ", "Sub.: ", "SUB: ", "Subject: ", "SUBJECT: ", "Re: ", "RE: "} {
			if strings.HasPrefix(t, p) && (j < 4 || d.salutationAfter(i)) {
				k = len(p)
				break
			}
		}
		if k == 0 || len(t) > 400 {
			continue
		}
		// "Sub: Outcome of Board Meeting held on 14th November, 2025
		// and Disclosure under Regulation 30" over "of the SEBI (...)
		// Regulations, 2015": the subject runs on to a blank line.
		last := i
		for j := i + 1; j < len(d.lines) && j <= i+2 && d.lines[j].kind != lBlank && !salutationLine(d.text(d.lines[j])); j++ {
			last = j
		}
		if last+1 < len(d.lines) && d.lines[last+1].kind != lBlank {
			last = i
		}
		start := l.ts + (len(d.text(l)) - len(strings.TrimLeft(d.text(l), " "))) + k
		if d.headline >= 0 && d.headline == d.headLast && d.headline < i && hasLegalWord(d.text(d.lines[d.headline])) {
			d.letterHead = d.headline
		}
		d.headline, d.headLast = i, last
		if d.summary >= 0 && (d.summary <= last || salutationLine(d.text(d.lines[d.summary]))) {
			d.summary = -1
			a.Summary = ""
		}
		a.Headline = strings.Join(strings.Fields(d.v.origText(start, d.lines[last].te)), " ")
		// "To, The Manager, Listing Department, BSE Limited": a letter
		// to India's exchanges comes from a company of that market.
		for j := 0; j < i && a.Country.IsZero(); j++ {
			if t := strings.TrimSpace(d.text(d.lines[j])); t == "BSE Limited" || strings.HasPrefix(t, "National Stock Exchange of India") || strings.HasPrefix(t, "Scrip Code") {
				a.Country, _, _ = entity.LookupCountry("India")
			}
		}
		return
	}
}

// maySalute reports whether t may be a salutation, by its first word and
// its length, so that salutationLine, which folds the line's case, reads
// only those.
func maySalute(t string) bool {
	return len(t) <= 48 && (hasPrefixLower(t, "dear ") || hasPrefixLower(t, "to "))
}

// salutationAfter reports whether a letter's salutation ("Dear
// Sir/Madam,") follows line i within a few lines.
func (d *doc) salutationAfter(i int) bool {
	for j := i + 1; j < len(d.lines) && j <= i+4; j++ {
		if t := strings.TrimSpace(d.text(d.lines[j])); d.lines[j].kind != lBlank && maySalute(t) && salutationLine(t) {
			return true
		}
	}
	return false
}

// subjectField makes the value of a disclosure form's "Subject of the
// Disclosure" field the headline, as the Philippine exchange's forms
// title a report, over the lines of the form's cover.
func (d *doc) subjectField(a *article.Article) {
	for i := 0; i+2 < len(d.lines) && i < 120; i++ {
		l := d.lines[i]
		if l.kind != lText {
			continue
		}
		t := d.text(l)
		if !equalLower(t, "subject of the disclosure") && !equalLower(t, "subject of disclosure") {
			continue
		}
		j := i + 1
		for j < len(d.lines) && d.lines[j].kind == lBlank {
			j++
		}
		if j >= len(d.lines) || d.lines[j].kind != lText {
			return
		}
		v := d.text(d.lines[j])
		if len(v) > 300 || endsSentence(v) && !strings.HasSuffix(v, ".") {
			return
		}
		d.headline, d.headLast = j, j
		if d.summary >= 0 && d.summary < j {
			d.summary = -1
			a.Summary = ""
		}
		a.Headline = d.v.origText(d.lines[j].ts, d.lines[j].te)
		return
	}
}

// formSubject makes the value of an announcement form's "Subject:"
// field the headline when the field stands among the form's others
// ("Company code: 2057", "Date of announcement: 2027/06/18", as
// Taiwan's Market Observation Post System heads its filings), and
// gives that system's filings Taiwan as their market.
func (d *doc) formSubject(a *article.Article) {
	for i := 0; i < len(d.lines) && i < 40; i++ {
		l := d.lines[i]
		if l.kind == lBlank {
			continue
		}
		t := strings.TrimSpace(d.text(l))
		if a.Country.IsZero() && hasPrefixLower(t, "market observation post system") {
			a.Country, _, _ = entity.LookupCountry("Taiwan")
		}
		// (A title over the form is the headline, as a page gives it.)
		// (A "Subject:" line under the form, a letter's, is not.)
		at, ok := formHeadField(t)
		if !ok || len(t)-at > 400 || d.headline >= 0 && d.headline <= i && !d.fieldOfBlock(d.headline, i) {
			continue
		}
		// The fields of the form around it, with no blank line between.
		fields, coded := 0, false
		for _, dir := range []int{-1, 1} {
			for j := i + dir; j >= 0 && j < len(d.lines) && d.lines[j].kind != lBlank && j > i-8 && j < i+8; j += dir {
				u := strings.TrimSpace(d.text(d.lines[j]))
				label, _, ok := strings.Cut(u, ": ")
				label = strings.TrimSpace(label)
				if !ok || len(label) > 32 || label == "" || !isUpper(label[0]) {
					break
				}
				fields++
				low := lowerASCII(label)
				coded = coded || strings.HasSuffix(low, " code") || low == "symbol" || companyNameLabel(u) > 0
			}
		}
		if fields < 3 || !coded {
			continue
		}
		d.headline, d.headLast = i, i
		if d.summary >= 0 && d.summary <= i {
			d.summary, a.Summary = -1, ""
		}
		at += l.ts + strings.Index(d.text(l), t)
		a.Headline = d.v.origText(at, l.te)
		return
	}
}

// fieldOfBlock reports whether line h is a field of the form whose
// block holds line i, no blank line between: "Announcement No.  :
// 112/..." over "Subject           : ...", a number taken for a title.
func (d *doc) fieldOfBlock(h, i int) bool {
	for k := h; k < i; k++ {
		if d.lines[k].kind == lBlank {
			return false
		}
	}
	label, _, ok := strings.Cut(d.text(d.lines[h]), ": ")
	label = strings.TrimSpace(label)
	return ok && label != "" && len(label) <= 32 && isUpper(label[0])
}

// formHeadField returns where the value of a form's "Subject:" or
// "Headline:" field starts in t, the label maybe padded to its
// column ("Headline      : Acquisition of ...").
func formHeadField(t string) (int, bool) {
	k := strings.IndexByte(t[:min(len(t), 40)], ':')
	if k <= 0 || k+2 >= len(t) || t[k+1] != ' ' {
		return 0, false
	}
	label := strings.TrimSpace(t[:k])
	if label != "Subject" && label != "Headline" {
		return 0, false
	}
	v := k + 1
	for v < len(t) && t[v] == ' ' {
		v++
	}
	return v, v < len(t)
}

func (d *doc) paragraphs(a *article.Article) {
	open := -1 // view offset where the current paragraph starts
	last := 0
	flush := func() {
		if open >= 0 {
			d.paras = append(d.paras, rng{open, last})
			open = -1
		}
	}
	// Each paragraph holds a line or more.
	d.paras = slices.Grow(d.paras, len(d.lines)-d.body)
	lastShare := -1 // the last line that repeats the first share line
	for i := d.body; i < len(d.lines); i++ {
		l := d.lines[i]
		if i == d.headline {
			// A notice's title below its cover: the headline, no
			// paragraph.
			flush()
			continue
		}
		if l.kind == lBoiler && endsStory(d.lower()[l.ts:l.te]) {
			// A digest gives each of its items its own share buttons:
			// only the last of them ends the story.
			if lastShare < 0 {
				lastShare = d.lastRepeat(i)
			}
			if i >= lastShare {
				break
			}
			flush()
			continue
		}
		switch l.kind {
		case lText, lDateline, lBullet:
		default:
			flush()
			continue
		}
		if l.kind == lBullet {
			if i == 0 || d.lines[i-1].kind != lBullet || strings.HasPrefix(d.text(l), "*") || strings.HasPrefix(d.text(l), "\u2022") || strings.HasPrefix(d.text(l), "- ") {
				flush()
			}
		}
		// "(1) X is a subsidiary ...", "14.Other important
		// stipulations:": a filing's numbered item opens a paragraph.
		if l.kind == lText && itemMarker(d.text(l)) {
			flush()
		}
		if open < 0 {
			open = l.ts
			// A heading inside the body ("Operations", "Outlook and
			// guidance") stands alone: it does not begin the paragraph
			// after it.
			if l.kind == lText && d.subheading(i) {
				last = l.te
				flush()
				continue
			}
		}
		last = l.te
		if endsSentence(d.text(l)) && l.kind != lBullet {
			flush()
		}
	}
	flush()
	a.Paragraphs = slices.Grow(a.Paragraphs, len(d.paras))
	for _, p := range d.paras {
		s, e := d.v.span(p.a, p.b)
		a.Paragraphs = append(a.Paragraphs, article.Span{Start: s, End: e})
	}
}

// lastRepeat returns the index of the last line whose text is that of
// line i, which may be i.
func (d *doc) lastRepeat(i int) int {
	t := d.text(d.lines[i])
	for k := len(d.lines) - 1; k > i; k-- {
		if d.text(d.lines[k]) == t {
			return k
		}
	}
	return i
}

// languageNames are the names of the languages a site offers its pages
// in, in lower case, as its switch writes them.
var languageNames = map[string]bool{
	"english": true, "tiếng việt": true, "bahasa indonesia": true, "bahasa": true, "bahasa melayu": true,
	"中文": true, "简体中文": true, "繁體中文": true, "日本語": true, "한국어": true, "ภาษาไทย": true,
	"en": true, "vi": true, "vn": true, "id": true, "th": true, "zh": true, "cn": true, "jp": true, "ja": true, "ko": true, "kr": true,
}

// languageSwitch reports a site's switch between its languages:
// "Tiếng Việt | English", "EN | 中文".
func languageSwitch(low string) bool {
	if len(low) > 80 || strings.IndexByte(low, '|') < 0 {
		return false
	}
	for part := range strings.SplitSeq(low, "|") {
		if !languageNames[strings.TrimSpace(part)] {
			return false
		}
	}
	return true
}

// itemMarker reports a line that opens with the number of a filing's
// item: "(1) X ...", "(a) ...", "14.Other important stipulations:", "3. The
// Company ..." (not "3.5 million tonnes").
func itemMarker(t string) bool {
	if len(t) < 4 {
		return false
	}
	if t[0] == '(' {
		c := strings.IndexByte(t, ')')
		if c < 2 || c > 4 || c+1 >= len(t) || t[c+1] != ' ' {
			return false
		}
		for i := 1; i < c; i++ {
			if !isDigit(t[i]) && !isLower(t[i]) {
				return false
			}
		}
		return true
	}
	i := 0
	for i < len(t) && i < 3 && isDigit(t[i]) {
		i++
	}
	if i == 0 || i+1 >= len(t) || t[i] != '.' {
		return false
	}
	j := i + 1
	if t[j] == ' ' {
		j++
	}
	return j < len(t) && isUpper(t[j])
}

// addressLine reports a postal address: "Level 4, 216 St Georges Terrace,
// Perth WA 6000", "7th Floor, Nariman Bhavan, Mumbai - 400 021".
func addressLine(t string) bool {
	if len(t) > 120 || !strings.ContainsAny(t, "0123456789") {
		return false
	}
	low := lowerASCII(t)
	// "ABN 48 612 775 301", "CIN: L40100MH...": a registration number.
	// ("ASX: TGR | ACN 609 884 215": so too after the code.)
	for part := range strings.SplitSeq(low, " | ") {
		if hasAnyPrefix(part, "abn ", "acn ", "arbn ", "cin:", "cin ", "company registration", "registration no", "uen:", "uen ", "npwp") {
			return true
		}
	}
	for _, w := range []string{"level ", " st ", " ave ", "suite ", " jalan ", "jl. "} {
		if strings.Contains(low, w) && strings.Contains(low, ",") {
			return true
		}
	}
	// "12 Marina Road, Singapore": a street's word ends a part of the
	// address. (Not "the road to China", words of a headline.)
	for _, w := range []string{" floor", " street", " terrace", " road", " avenue", " tower", " building", " plaza", " blvd"} {
		if k := strings.Index(low, w); k >= 0 && strings.Contains(low, ",") {
			if after := low[k+len(w):]; after == "" || after[0] == ',' || after[0] == '.' || len(after) > 1 && after[0] == ' ' && isDigit(after[1]) {
				return true
			}
		}
	}
	// "... Perth WA 6000": a postcode ends it.
	k := len(t)
	for k > 0 && isDigit(t[k-1]) {
		k--
	}
	// (Not a year after its month: "- week ending 13 March 2026".)
	if w := strings.LastIndexByte(t[:max(0, k-1)], ' '); w >= 0 {
		if _, n := monthAt(t[w+1 : k-1]); n > 0 && n == k-1-(w+1) {
			return false
		}
		// (Nor a year after a word in lower case: "..., eyes 12 mtpa by
		// 2030", a headline; a postcode follows a place or a state.)
		if w+1 < k-1 && isLower(t[w+1]) {
			return false
		}
		// (Nor a year after a quarter or a half: "... output in Q3
		// 2026".)
		if periodLabel(t[w+1 : k-1]) {
			return false
		}
	}
	return len(t)-k >= 4 && len(t)-k <= 6 && k > 0 && t[k-1] == ' ' && strings.Contains(t, ",")
}

// fieldLabels label the fields of a release's or a filing's cover, in
// lower case: "Company: X", "Date: 12 May 2026", "Contact: Y".
var fieldLabels = map[string]bool{"company": true, "date": true, "contact": true, "contacts": true, "from": true,
	"to": true, "sent": true, "cc": true, "issuer": true, "ticker": true, "location": true, "category": true,
	"attachment": true, "time": true, "release time": true, "document type": true, "status": true, "stock code": true,
	"company name": true, "issuer name": true, "sector": true, "industry": true, "website": true, "email": true,
	"representative": true, "inquiries": true, "enquiries": true, "filer": true, "contact person": true,
	"filed under": true, "tags": true, "tagged": true, "topics": true, "categories": true, "keywords": true,
	"stock name": true, "stock short name": true, "announcement date": true, "reference no": true, "reference number": true,
	"released": true, "announcement type": true, "pages": true,
	// a disclosure form's numbered fields: "1. Organisation name: X"
	"organisation name": true, "organization name": true, "head office": true, "type of disclosure": true,
	"tel": true, "fax": true, "phone": true, "telephone": true}

// salutationLine reports a letter's salutation ("To whom it may concern",
// "Dear Sir/Madam,"), which a filing's cover puts above its title.
func salutationLine(t string) bool {
	l := strings.TrimRight(lowerASCII(strings.TrimSpace(t)), ",:;.")
	switch l {
	case "to whom it may concern", "to our shareholders", "to all shareholders", "to the shareholders",
		"to shareholders", "to shareholders and investors", "to all shareholders and investors":
		return true
	}
	return strings.HasPrefix(l, "dear ") && wordsUpTo(l, 5) <= 4
}

// fieldLine reports a line that is one field of a cover, its label before
// a colon: no headline, whatever its words.
func fieldLine(t string) bool {
	// ("1. Organisation name: X": the field's number first.)
	if n := itemMarkLen(t); n > 0 && n <= 4 {
		t = t[n:]
	}
	k := strings.IndexByte(t[:min(len(t), 24)], ':')
	if k <= 0 {
		return hasPrefixLower(t, "person authorised to disclose") || hasPrefixLower(t, "person authorized to disclose")
	}
	return fieldLabels[lowerASCII(strings.TrimSpace(t[:k]))]
}

// formLabel reports a line that only names a statutory form, its act or
// its section: "form 604", "corporations act 2001", "section 671b".
func formLabel(low string) bool {
	for _, p := range []string{"form ", "section ", "corporations act "} {
		if rest, ok := strings.CutPrefix(low, p); ok && len(rest) > 0 && len(rest) <= 6 && isDigit(rest[0]) && !strings.Contains(rest, " ") {
			return true
		}
	}
	return false
}

// menuBar reports a site's menu set apart by bars: four items or more,
// none with a digit or longer than 40 bytes ("kind english | korea
// investor's network for disclosure | listed companies | ...").
func menuBar(low string) bool {
	n := 0
	for item := range strings.SplitSeq(low, " | ") {
		if len(item) == 0 || len(item) > 40 || strings.ContainsAny(item, "0123456789.,;") {
			return false
		}
		n++
	}
	return n >= 4
}
