package parse

import (
	"slices"
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
	buf  []byte
	segs []seg
}

// makeView is newView writing the view in the memory of m. The view's
// segments stay in m: the view is good until m is used again.
func makeView(src string, m *viewMem) view {
	i := plainPrefix(src)
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
		if !rewritten[src[i]] {
			// A stretch of bytes copied as they are.
			segs = append(segs, seg{v: int32(len(buf)), o: int32(i)})
			j := i + 1 + plainPrefix(src[i+1:])
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
		case r == '\t' || r == '\v' || r == '\f':
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
