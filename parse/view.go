package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// view is the text the extractors match against: the input with
// typographic variants folded to one form (NFKC, full-width forms, curly
// quotes, no-break and other spaces, dashes), together with a map from
// the view back to the original input. Spans found in the view are turned
// into original offsets with orig, origEnd and span.
//
// The map is a list of segments, one for each stretch of ASCII copied as
// it is and one for each rune that was rewritten, so that ASCII text (most
// of any news page) costs nothing to map.
type view struct {
	src  string // the original input
	s    string // the normalised text
	segs []seg  // nil when s == src
}

// seg is one segment of the view: from view offset v and original offset
// o on, either bytes copied as they are (n == 0) or one original rune of n
// bytes rewritten as the view bytes up to the next segment.
type seg struct {
	v, o int32
	n    int32
}

// newView normalises src. ASCII text is its own view and costs nothing.
func newView(src string) view {
	return makeView(src, &viewMem{})
}

// viewMem is memory that makeView writes a view in, kept from one parse
// to the next.
type viewMem struct {
	buf   []byte
	segs  []seg
	wraps []int32
}

// makeView is newView writing the view in the memory of m. The view's
// segments stay in m: the view is good until m is used again.
func makeView(src string, m *viewMem) view {
	// The line breaks that wrap prose, where the view joins the lines
	// (each break's offset, then its length with the next line's indent):
	// only on a page whose lines all keep to a width, as wire copy and
	// plain-text filings do.
	wraps := m.wraps[:0]
	width, lines, long := 0, 0, 0
	for a := 0; a < len(src); {
		e := strings.IndexByte(src[a:], '\n')
		if e < 0 {
			e = len(src) - a
		}
		if e > 0 {
			lines++
		}
		if e > maxWrapWidth {
			long++
		} else {
			width = max(width, e)
		}
		a += e + 1
	}
	// (A page of a few long lines, a URL or a table's row among them,
	// is still wrapped.)
	wrapped := long*10 <= lines
	for k := strings.IndexByte(src, '\n'); k >= 0 && wrapped; {
		if n := wrapAt(src, k, width); n > 0 {
			wraps = append(wraps, int32(k), int32(n))
		}
		next := strings.IndexByte(src[k+1:], '\n')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	m.wraps = wraps
	i := plainPrefix(src)
	if len(wraps) > 0 {
		i = min(i, int(wraps[0]))
	}
	if i == len(src) {
		return view{src: src, s: src}
	}
	buf := slices.Grow(m.buf[:0], len(src)+len(src)/16)
	segs := m.segs[:0]
	if i > 0 {
		segs = append(segs, seg{})
		buf = append(buf, src[:i]...)
	}
	var tmp [utf8.UTFMax]byte
	for i < len(src) {
		if len(wraps) > 0 && int(wraps[0]) == i {
			// A line of prose wrapped at a width: the break is a space
			// and the next line's indent nothing, so that the sentence
			// reads as one line.
			n := int(wraps[1])
			wraps = wraps[2:]
			segs = append(segs, seg{v: int32(len(buf)), o: int32(i), n: 1})
			buf = append(buf, ' ')
			for k := i + 1; k < i+n; k++ {
				segs = append(segs, seg{v: int32(len(buf)), o: int32(k), n: 1})
			}
			i += n
			continue
		}
		if !rewritten[src[i]] {
			// A stretch of bytes copied as they are.
			segs = append(segs, seg{v: int32(len(buf)), o: int32(i)})
			j := i + 1 + plainPrefix(src[i+1:])
			if len(wraps) > 0 {
				j = min(j, int(wraps[0]))
			}
			buf = append(buf, src[i:j]...)
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		segs = append(segs, seg{v: int32(len(buf)), o: int32(i), n: int32(n)})
		switch {
		case r == '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				buf = append(buf, ' ')
			} else {
				buf = append(buf, '\n')
			}
		case r == '\t':
			// A tab parts columns, as two spaces or more do: "Date &
			// Time of Broadcast<TAB>09-Jun-2025".
			buf = append(buf, "   "...)
		case r == '\v' || r == '\f':
			buf = append(buf, ' ')
		default:
			if f, ok := fold(r); ok {
				buf = append(buf, f...)
			} else if r >= '\uff01' && r <= '\uff5e' {
				// A full-width form of a printable ASCII character, which
				// NFKC maps to that character; it starts a segment of its
				// own, so nothing before it changes.
				buf = append(buf, byte(r-'\uff01'+'!'))
			} else if p := norm.NFKC.PropertiesString(src[i : i+n]); p.BoundaryBefore() && norm.NFKC.QuickSpanString(src[i:i+n]) == n {
				// A rune that NFKC leaves as it is and that combines with
				// nothing before it (most CJK text): the same bytes as
				// norm.NFKC.Append gives, without its set-up cost.
				buf = append(buf, src[i:i+n]...)
			} else {
				w := utf8.EncodeRune(tmp[:], r)
				buf = norm.NFKC.Append(buf, tmp[:w]...)
			}
		}
		i += n
	}
	m.buf, m.segs = buf, segs
	return view{src: src, s: string(buf), segs: segs}
}

// wrapAt reports whether the line break at src[i] wraps a line of prose
// at a width (the page's longest line), as wire copy and plain-text
// filings are written, and
// returns the length of the break and the next line's indent; else 0.
// The line before must be long and run on (no colon at its end, no
// column gap in it); the next must go on with a word (not a list item,
// a label, a blank line or a column of a table).
func wrapAt(src string, i, width int) int {
	// Most breaks end a paragraph or a sentence: tell them first.
	if i == 0 || i+1 >= len(src) || src[i+1] == '\n' {
		return 0
	}
	if end := src[i-1]; !isLetter(end) && !isDigit(end) && end != ',' && end != '.' && end != '-' && end != '%' {
		return 0
	}
	// A wrapped line comes near the page's width.
	minWidth := max(50, width*6/10)
	// The line before: from the last break.
	a := strings.LastIndexByte(src[:i], '\n') + 1
	line := src[a:i]
	body := strings.TrimLeft(line, " ")
	if len(body) < 20 || strings.Contains(body, "   ") {
		return 0
	}
	// Prose wraps between words: a letter, a digit or a comma ends the
	// line ("... held by the Group)" is a heading; a full stop ends a
	// sentence, a line of its own on some pages, unless it is a legal
	// form's: "Pte. Ltd.").
	end := line[len(line)-1]
	if end == '.' && !hasAnySuffix(line, " Ltd.", " Co.", " Inc.", " Corp.", " Pte.", " Bhd.", " No.") {
		return 0
	}
	// ("... the acquisition of 26%", a share that the next line goes on
	// from.)
	if !isLetter(end) && !isDigit(end) && end != ',' && end != '.' && end != '-' && end != '%' {
		return 0
	}
	// A line that ends in a word that joins ("Osaka Gas Co and") goes on
	// whatever its length.
	joins := hasAnySuffix(line, " and", " or", " of", " the", " a", " an", " to", " in", " for", " with", " by", " from", " at", ",")
	// The next line, past its indent.
	j := i + 1
	for j < len(src) && src[j] == ' ' {
		j++
	}
	if j >= len(src) || j-(i+1) > len(line)-len(body)+2 {
		return 0
	}
	c := src[j]
	if !isLetter(c) && !isDigit(c) && c != '(' && c != '"' && c != '$' {
		return 0
	}
	e := strings.IndexByte(src[j:], '\n')
	if e < 0 {
		e = len(src) - j
	}
	next := src[j : j+e]
	// A label opens the next line: "Contact: X".
	if strings.Contains(next, "   ") || strings.Contains(next[:min(len(next), 30)], ": ") {
		return 0
	}
	// "Your daily digest  |  22 October 2025" over "View in browser  |
	// Forward": fields parted by bars, no prose.
	if strings.Contains(body, " | ") && strings.Contains(next, " | ") {
		return 0
	}
	// "Issue No. 12 | Monday, 5 June 2028": a newsletter's number and
	// date under its strap.
	if r, ok := strings.CutPrefix(next, "Issue "); ok && (strings.HasPrefix(r, "No") || len(r) > 0 && isDigit(r[0])) {
		return 0
	}
	// "TOKYO, July 31": a dateline opens a story's first paragraph.
	if k := strings.IndexAny(next, ", "); k >= 3 && next[k] == ',' && shoutedWord(next[:k]) {
		return 0
	}
	// "(1) Name", "1. Introduction", "a. The Company": a list item.
	if c == '(' && parenMarker(next) || listMarker(next) {
		return 0
	}
	// "Priya Raman - Head of Research, X" over "Hong Seung-woo -
	// Executive Vice President, Y": items of a list, each a name, a
	// dash and what follows.
	if spacedDash(body[:min(len(body), 50)]) && spacedDash(next[:min(len(next), 50)]) {
		return 0
	}
	if !joins && (len(line) < minWidth || len(body) < minWidth-20) {
		return 0
	}
	// Inside a paragraph: the next line is long too, or the line before
	// this one was (a headline over a date line is no wrapped prose).
	if !joins && len(next) < minWidth-20 {
		p := strings.LastIndexByte(src[:max(a-1, 0)], '\n') + 1
		if a == 0 || len(strings.TrimLeft(src[p:a-1], " ")) < minWidth-20 {
			return 0
		}
	}
	return j - i
}

// spacedDash reports a dash set off by spaces in t: " - ", " \u2013 ",
// " \u2014 ".
func spacedDash(t string) bool {
	return strings.Contains(t, " - ") || strings.Contains(t, " \u2013 ") || strings.Contains(t, " \u2014 ")
}

// shoutedWord reports a word in capital letters: "TOKYO".
func shoutedWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isUpper(w[i]) && w[i] != '-' && w[i] != '.' {
			return false
		}
	}
	return len(w) > 1
}

// maxWrapWidth is the longest line of a page whose lines are wrapped at
// a width: a page with a longer line writes a paragraph a line.
const maxWrapWidth = 120

// parenMarker reports a line that opens with a list item's number or
// letter in brackets: "(1) ", "(a) ", "(iv) ".
func parenMarker(t string) bool {
	c := strings.IndexByte(t, ')')
	if c < 2 || c > 5 {
		return false
	}
	for k := 1; k < c; k++ {
		if !isDigit(t[k]) && !isLower(t[k]) {
			return false
		}
	}
	return true
}

// listMarker reports a line that opens with the number or letter of a
// list item: "1. ", "2) ", "a. ".
func listMarker(t string) bool {
	k := 0
	for k < len(t) && k < 3 && isDigit(t[k]) {
		k++
	}
	if k == 0 && len(t) > 1 && isLower(t[0]) {
		k = 1
	}
	return k > 0 && k+1 < len(t) && (t[k] == '.' || t[k] == ')') && t[k+1] == ' '
}

// rewritten holds the bytes that the view does not copy as they are: the
// bytes of non-ASCII runes and the control characters it turns into
// spaces or newlines.
var rewritten = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || c == '\r' || c == '\t' || c == '\v' || c == '\f'
	}
	return t
}()

// plainPrefix returns the length of the longest prefix of s that the view
// copies as it is: bytes not in rewritten.
//
// It tests eight bytes at a time. For a word w of eight ASCII bytes, the
// sums below hold in each byte without carrying into the next, so that
// the high bit of each byte says: w+0x77 that the byte is at least 0x09
// ('\t'), w+0x72 that it is at least 0x0e (past '\r'), and (w^0x0a)+0x7f
// that it is not '\n'. A word with a non-ASCII byte stops at the w term.
func plainPrefix(s string) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := load64(s[i:])
		if (w|(w+0x77*ones)&^(w+0x72*ones)&((w^0x0a*ones)+0x7f*ones))&highs != 0 {
			break
		}
	}
	for i < len(s) && !rewritten[s[i]] {
		i++
	}
	return i
}

// load64 returns the first eight bytes of s as a little-endian word, the
// first byte lowest; s must hold eight bytes or more.
func load64(s string) uint64 {
	b := s[:8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// segAt returns the index of the segment that holds view offset i.
func (v *view) segAt(i int) int {
	k, found := slices.BinarySearchFunc(v.segs, int32(i), func(s seg, t int32) int { return int(s.v - t) })
	if !found {
		k--
	}
	// Runes rewritten as nothing leave segments of no view bytes: take the
	// last segment starting at i.
	for k+1 < len(v.segs) && v.segs[k+1].v == int32(i) {
		k++
	}
	return max(k, 0)
}

// fold gives the replacement of the runes that NFKC leaves alone but that
// news writes in several ways. ok is false for runes to normalise by NFKC.
func fold(r rune) (string, bool) {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '\u0060':
		return "'", true
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
		return `"`, true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d':
		return "-", true
	case '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
		'\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000':
		return " ", true
	case '\u2028', '\u2029', '\u0085':
		return "\n", true
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return "", true
	case '\u2022', '\u25cf', '\u25aa', '\u2023', '\u2043':
		return "\u2022", true
	case '\u2026':
		return "...", true
	case utf8.RuneError:
		return "\ufffd", true
	}
	return "", false
}

// orig returns the original offset of view offset i, a start position:
// the start of the original rune that view byte i comes from.
func (v *view) orig(i int) int {
	if v.segs == nil {
		return i
	}
	if i >= len(v.s) {
		return len(v.src)
	}
	g := v.segs[v.segAt(i)]
	if g.n == 0 {
		return int(g.o) + i - int(g.v)
	}
	return int(g.o)
}

// origEnd returns the original offset just after view offset i-1: the end
// of the original rune that the view byte before i came from, so that a
// span never ends inside a rune.
func (v *view) origEnd(i int) int {
	if v.segs == nil {
		return i
	}
	if i >= len(v.s) {
		return len(v.src)
	}
	if i <= 0 {
		return v.orig(0)
	}
	g := v.segs[v.segAt(i-1)]
	if g.n == 0 {
		return int(g.o) + i - int(g.v)
	}
	return int(g.o + g.n)
}

// viewOf returns the view offset of original offset o: the first view
// byte that comes from the original rune at or after o.
func (v *view) viewOf(o int) int {
	if v.segs == nil {
		return o
	}
	if o >= len(v.src) {
		return len(v.s)
	}
	k, found := slices.BinarySearchFunc(v.segs, int32(o), func(s seg, t int32) int { return int(s.o - t) })
	if !found {
		k--
	}
	g := v.segs[max(k, 0)]
	if g.n == 0 {
		return int(g.v) + o - int(g.o)
	}
	if o == int(g.o) {
		return int(g.v)
	}
	// Inside a rewritten rune: the next segment starts after it.
	if k+1 < len(v.segs) {
		return int(v.segs[k+1].v)
	}
	return len(v.s)
}

// span converts the view range [a, b) to an original one.
func (v *view) span(a, b int) (int, int) {
	if a >= b {
		o := v.orig(a)
		return o, o
	}
	return v.orig(a), v.origEnd(b)
}

// origText returns the original text of the view range [a, b).
func (v *view) origText(a, b int) string {
	s, e := v.span(a, b)
	return v.src[s:e]
}

// hasAnySuffix reports whether s ends with one of the suffixes.
func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
