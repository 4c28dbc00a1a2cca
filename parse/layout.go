package parse

import (
	"strings"
	"time"

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
	kind       lineKind
	date       article.Date // for lDate, lAsOf, lDateline
	nav        bool         // a date on a navigation line ("Today : ...")
}

// doc is the working state of one parse: the view and what the layout
// step found in it. It lives for one call of Parse.
type doc struct {
	v     view
	lines []line
	// body is the index of the first body line; lines before it are the
	// header.
	body int
	// headline and summary are line indexes, -1 when absent.
	headline, summary int
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
}

// rng is a half-open range of view offsets.
type rng struct{ a, b int }

func newDoc(text string) *doc {
	d := &doc{v: newView(text), headline: -1, summary: -1}
	s := d.v.s
	n := strings.Count(s, "\n") + 1
	d.lines = make([]line, 0, n)
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

func (d *doc) text(l line) string { return d.v.s[l.ts:l.te] }

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
	// Continuation lines of a bullet belong to it.
	for i := 1; i < len(d.lines); i++ {
		if d.lines[i].kind == lText && d.lines[i-1].kind == lBullet && !endsSentence(d.text(d.lines[i-1])) {
			d.lines[i].kind = lBullet
		}
	}
	d.body = d.findBody()
	d.header(a)
	d.paragraphs(a)
	d.sentences()
}

// classify sets l.kind from the line's own text (and whether the line
// before was an "Author" label).
func (d *doc) classify(l *line, afterAuthor bool) {
	t := d.text(*l)
	if t == "" {
		l.kind = lBlank
		return
	}
	// The tests below look at the start of the line; lower-case it once.
	low := d.lower()[l.ts : l.ts+min(len(t), 100)]
	switch {
	case afterAuthor:
		l.kind = lByline
		return
	case isBoilerplate(t, low):
		l.kind = lBoiler
		return
	case isCaption(t, low):
		l.kind = lCaption
		return
	case isByline(t, low):
		l.kind = lByline
		return
	case strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "\u2022") || strings.HasPrefix(t, "- ") && len(t) > 20:
		l.kind = lBullet
		return
	}
	if date, ok := asOfDate(t); ok {
		l.kind, l.date = lAsOf, date
		return
	}
	if date, nav, ok := dateLine(t, low); ok {
		l.kind, l.date, l.nav = lDate, date, nav
		return
	}
	if date, ok := datelineDate(t); ok {
		l.kind, l.date = lDateline, date
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
	if isListingLine(t) {
		l.kind = lListing
		return
	}
	l.kind = lText
}

// boilerplate are whole lines that pages repeat around every story.
var boilerplate = map[string]bool{
	"share this on": true, "share": true, "share this article": true, "share this": true,
	"related posts": true, "related articles": true, "related stories": true, "related news": true,
	"tell us what you think": true, "icon scroll to top": true, "scroll to top": true,
	"home": true, "search": true, "menu": true, "comments": true, "commentscomments": true,
	"advertisement": true, "sponsored": true, "read more": true, "subscribe": true,
	"sign up": true, "log in": true, "login": true, "print": true, "email": true,
	"jakota newsletter": true, "reply": true, "like": true, "report": true, "quote": true, "newsletter": true, "follow us": true, "back to top": true,
}

// lowerASCII returns s with ASCII capitals in lower case.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				b[j] = lower(b[j])
			}
			return string(b)
		}
	}
	return s
}

// isBoilerplate reports lines that pages repeat around every story; low
// is the start of t in lower case.
func isBoilerplate(t, low string) bool {
	if len(t) <= len(low) && boilerplate[strings.TrimRight(low, " :|")] {
		return true
	}
	low = strings.TrimLeft(low, "(")
	if counterLine(low) {
		return true
	}
	switch {
	case strings.HasPrefix(low, "stay ahead in ") && !endsSentence(t),
		strings.HasPrefix(low, "source:") && len(t) < 80,
		strings.HasPrefix(low, "sources:") && len(t) < 80,
		strings.HasPrefix(low, "information is from ") && len(t) < 80,
		strings.HasPrefix(low, "reporting by ") || strings.HasPrefix(low, "editing by ") || strings.HasPrefix(low, "additional reporting by "),
		strings.HasPrefix(low, "videowatch now") || strings.HasPrefix(low, "watch now:") || strings.HasPrefix(low, "video:"),
		strings.HasPrefix(low, "{") && strings.HasSuffix(t, "}"),
		strings.HasPrefix(low, "[") && strings.HasSuffix(t, "]") && len(t) < 80,
		strings.HasPrefix(low, "- [editor"), strings.HasPrefix(low, "[editor"),
		strings.HasPrefix(low, "(reuters") && strings.HasSuffix(t, "-") && len(t) < 40,
		strings.HasPrefix(low, "copyright") || strings.HasPrefix(low, "\u00a9") || strings.HasPrefix(low, "(c) "),
		strings.HasPrefix(low, "all rights reserved"),
		strings.HasPrefix(low, "this announcement has been authorised") || strings.HasPrefix(low, "this announcement has been authorized"),
		isEndMarker(low):
		return true
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
	for _, p := range []string{"for further information", "for more information", "media contact", "media enquiries",
		"media inquiries", "investor contact", "investor enquiries", "investor inquiries", "contacts:"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// endsStory reports a boilerplate line after which the page holds no more
// of the story: share buttons, contact blocks.
func endsStory(t string) bool {
	low := lowerASCII(t[:min(len(t), 40)])
	return strings.HasPrefix(low, "share") || isEndMarker(low)
}

// isCaption reports photo captions and image credits; low is the start
// of t in lower case.
func isCaption(t, low string) bool {
	for _, p := range []string{"image:", "photo:", "picture:", "photograph:", "illustration:", "file photo", "(photo"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	if strings.HasSuffix(t, ")") {
		// The credit is in the last brackets of the line.
		tail := t
		if i := strings.LastIndexByte(t, '('); i >= 0 {
			tail = lowerASCII(t[i:min(len(t), i+20)])
		}
		for _, p := range []string{"(credit:", "(courtesy of", "(photo:", "(photo by", "(image:", "(source:", "(pictured"} {
			if strings.HasPrefix(tail, p) {
				return true
			}
		}
	}
	return false
}

// isAuthorLabel reports a label line whose next line holds the names.
func isAuthorLabel(t string) bool {
	low := strings.ToLower(t)
	return low == "author" || low == "authors" || low == "by"
}

// isByline reports "By Name", "Written by Name" and an "Author" label;
// low is the start of t in lower case.
func isByline(t, low string) bool {
	switch {
	case low == "author" || low == "authors" || low == "by":
		return true
	case strings.HasPrefix(low, "written by ") || strings.HasPrefix(low, "posted by ") || strings.HasPrefix(low, "reported by "):
		return len(t) < 80
	case strings.HasPrefix(t, "By ") && len(t) < 60 && !endsSentence(t):
		return true
	}
	return false
}

// asOfDate reads an as-of line: "All data are based on the daily closing
// price as of May 23, 2025".
func asOfDate(t string) (article.Date, bool) {
	if len(t) > 200 {
		return article.Date{}, false
	}
	i := indexFold(t, "as of ")
	if i < 0 {
		return article.Date{}, false
	}
	d, n := dateAt(t[i+6:])
	if n == 0 || d.Year == 0 {
		return article.Date{}, false
	}
	if rest := strings.TrimSpace(t[i+6+n:]); rest != "" && rest != "." {
		return article.Date{}, false
	}
	return d, true
}

// dateLine reads a line that states a date and little else: "July 15,
// 2025", "31 July 2025", "Published: Aug 1, 2025", "Today : Aug 01, 2025"
// (nav: the site's date, not the story's), " date 2022-05-19 ...".
func dateLine(t, low string) (d article.Date, nav bool, ok bool) {
	if len(t) > 80 && !strings.HasPrefix(low, "date") {
		return article.Date{}, false, false
	}
	rest := t
	for _, p := range []string{"today", "published", "updated", "posted", "date", "dated", "last updated"} {
		if strings.HasPrefix(low, p) && !continuesWord(low, len(p)) {
			rest = strings.TrimLeft(t[len(p):], " :|-")
			nav = p == "today"
			if p == "date" || p == "dated" {
				// "date 2022-05-19 <first line of text>": the date leads.
				if d, n := dateAt(rest); n > 0 && d.Year != 0 {
					return d, false, true
				}
				return article.Date{}, false, false
			}
			break
		}
	}
	// Weekday first: "Thursday, July 31, 2025".
	if w := weekdayAt(rest); w > 0 {
		rest = strings.TrimLeft(rest[w:], " ,")
	}
	d, n := dateAt(rest)
	if n == 0 || d.Year == 0 {
		return article.Date{}, false, false
	}
	tail := strings.TrimSpace(rest[n:])
	// A time of day or zone may follow: "July 15, 2025 10:32 AM EDT".
	if tail != "" && len(tail) > 24 {
		return article.Date{}, false, false
	}
	if tail != "" && !isDigit(tail[0]) && tail[0] != '|' && tail[0] != '-' && tail[0] != '/' && tail[0] != '(' {
		return article.Date{}, false, false
	}
	return d, nav, true
}

var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}

func weekdayAt(s string) int {
	n := 0
	for n < len(s) && isLetter(s[n]) {
		n++
	}
	w := strings.ToLower(s[:n])
	for _, x := range weekdays {
		if w == x {
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
// Japan's ...". The place is in capitals; the date may lack its year.
func datelineDate(t string) (article.Date, bool) {
	i := 0
	for i < len(t) && (isUpper(t[i]) || t[i] == ' ' || t[i] == '.' || t[i] == '-' || t[i] == '\'') {
		i++
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
	if n == 0 || d.Day == 0 {
		return article.Date{}, false
	}
	return d, true
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
		_, err := entity.ParseListing(second)
		return err == nil
	}
	if !strings.Contains(first, ".") {
		return false
	}
	_, err := entity.ParseListing(first)
	return err == nil
}

// endsSentence reports whether t ends as a sentence does.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, " \"')]")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?':
		return true
	}
	return false
}

// words counts the space-separated words of t.
func words(t string) int {
	n := 0
	in := false
	for i := 0; i < len(t); i++ {
		sp := t[i] == ' ' || t[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// indexFold returns the index of the first match of the lower-case ASCII
// word w in t, ignoring case, or -1.
func indexFold(t, w string) int {
	for i := 0; i+len(w) <= len(t); i++ {
		if lower(t[i]) == w[0] && strings.EqualFold(t[i:i+len(w)], w) {
			return i
		}
	}
	return -1
}

// isProse reports a line that reads as running text: a sentence of some
// length, ending as sentences do.
func (d *doc) isProse(i int) bool {
	l := d.lines[i]
	if l.kind == lDateline {
		return true
	}
	if l.kind != lText {
		return false
	}
	t := d.text(l)
	if words(t) < 6 {
		return false
	}
	if endsSentence(t) {
		return true
	}
	// A hard-wrapped paragraph: this line runs on into the next, and the
	// paragraph it starts ends as a sentence.
	for j := i + 1; j < len(d.lines) && j < i+40; j++ {
		n := d.lines[j]
		if n.kind != lText {
			return false
		}
		if endsSentence(d.text(n)) {
			return words(t) >= 6 && j > i
		}
	}
	return false
}

// findBody returns the index of the first body line: the first line of
// running text after the header.
func (d *doc) findBody() int {
	for i := range d.lines {
		if d.isProse(i) {
			return i
		}
	}
	return len(d.lines)
}

// header fills the article fields that the header states.
func (d *doc) header(a *article.Article) {
	var asOf, dated, navDate article.Date
	for i := 0; i < d.body; i++ {
		l := d.lines[i]
		switch l.kind {
		case lAsOf:
			if asOf.IsZero() {
				asOf = l.date
			}
		case lDate:
			if l.nav {
				if navDate.IsZero() {
					navDate = l.date
				}
			} else if dated.IsZero() {
				dated = l.date
			}
		case lCountry:
			if a.Country.IsZero() {
				c, _, _ := entity.LookupCountry(d.text(l))
				a.Country = c
			}
		case lListing:
			d.listingLines = append(d.listingLines, i)
		case lText:
			t := d.text(l)
			switch {
			case d.headline < 0 && isHeadline(t):
				d.headline = i
				a.Headline = d.v.origText(l.ts, l.te)
			case d.headline >= 0 && d.summary < 0 && words(t) >= 4 && !strings.Contains(t, "$"):
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
	// A dateline that lacks its year takes it only from a date the page
	// states elsewhere; the year is never guessed.
	if a.AsOf.IsZero() && d.body < len(d.lines) && d.lines[d.body].kind == lDateline {
		dl := d.lines[d.body].date
		switch {
		case dl.Year != 0:
			a.AsOf = dl
		case !navDate.IsZero() && navDate.Month == dl.Month && navDate.Day == dl.Day:
			a.AsOf = navDate
		}
	}
}

// isHeadline reports a header line that can be the headline: a few words
// of title, not a sentence, not a ticker line.
func isHeadline(t string) bool {
	n := words(t)
	if n < 4 || n > 30 || len(t) > 250 {
		return false
	}
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "...") {
		return false
	}
	// Cashtag lines of forum posts are not headlines.
	for i := 0; i+1 < len(t); i++ {
		if t[i] == '$' && (isUpper(t[i+1]) || isDigit(t[i+1])) && (i == 0 || t[i-1] == ' ') {
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

// paragraphs collects the body paragraphs: runs of body lines, a line
// that ends a sentence closing its paragraph, boilerplate left out. A
// "Share this on" line after the body starts ends the story.
func (d *doc) paragraphs(a *article.Article) {
	open := -1 // view offset where the current paragraph starts
	last := 0
	flush := func() {
		if open >= 0 {
			d.paras = append(d.paras, rng{open, last})
			open = -1
		}
	}
	for i := d.body; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind == lBoiler && endsStory(d.text(l)) {
			break
		}
		switch l.kind {
		case lText, lDateline, lBullet:
		default:
			flush()
			continue
		}
		if l.kind == lBullet {
			if d.lines[i-1].kind != lBullet || strings.HasPrefix(d.text(l), "*") || strings.HasPrefix(d.text(l), "\u2022") || strings.HasPrefix(d.text(l), "- ") {
				flush()
			}
		}
		if open < 0 {
			open = l.ts
		}
		last = l.te
		if endsSentence(d.text(l)) && l.kind != lBullet {
			flush()
		}
	}
	flush()
	for _, p := range d.paras {
		s, e := d.v.span(p.a, p.b)
		a.Paragraphs = append(a.Paragraphs, article.Span{Start: s, End: e})
	}
}
