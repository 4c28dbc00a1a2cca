package parse

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// view is the text the extractors match against: the input with
// typographic variants folded to one form (NFKC, full-width forms, curly
// quotes, no-break and other spaces, dashes), together with a map from
// every byte of the view back to the original input. Spans found in the
// view are turned into original offsets with orig.
type view struct {
	src string // the original input
	s   string // the normalised text
	// off[i] is the offset in src of the rune that view byte i came from;
	// nil when s == src (ASCII input needs no map).
	off []int32
}

// newView normalises src. ASCII text is its own view and costs nothing.
func newView(src string) view {
	ascii := true
	for i := 0; i < len(src); i++ {
		if c := src[i]; c >= utf8.RuneSelf || c == '\r' || c == '\t' {
			ascii = false
			break
		}
	}
	if ascii {
		return view{src: src, s: src}
	}
	buf := make([]byte, 0, len(src)+len(src)/8)
	off := make([]int32, 0, len(src)+len(src)/8+1)
	var tmp [utf8.UTFMax]byte
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRuneInString(src[i:])
		start := len(buf)
		switch {
		case r < utf8.RuneSelf:
			switch r {
			case '\r':
				if i+1 < len(src) && src[i+1] == '\n' {
					buf = append(buf, ' ')
				} else {
					buf = append(buf, '\n')
				}
			case '\t', '\v', '\f':
				buf = append(buf, ' ')
			default:
				buf = append(buf, byte(r))
			}
		default:
			if f, ok := fold(r); ok {
				buf = append(buf, f...)
			} else {
				w := utf8.EncodeRune(tmp[:], r)
				buf = norm.NFKC.Append(buf, tmp[:w]...)
			}
		}
		for range len(buf) - start {
			off = append(off, int32(i))
		}
		i += n
	}
	off = append(off, int32(len(src)))
	return view{src: src, s: string(buf), off: off}
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

// orig returns the original offset of view offset i, a start position.
func (v *view) orig(i int) int {
	if v.off == nil {
		return i
	}
	return int(v.off[i])
}

// origEnd returns the original offset just after view offset i-1: the end
// of the original rune that the view byte before i came from, so that a
// span never ends inside a rune.
func (v *view) origEnd(i int) int {
	if v.off == nil {
		return i
	}
	if i <= 0 {
		return int(v.off[0])
	}
	if i >= len(v.s) {
		return len(v.src)
	}
	o := int(v.off[i-1])
	_, n := utf8.DecodeRuneInString(v.src[o:])
	return o + n
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
