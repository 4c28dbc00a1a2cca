package commodity

import (
	"slices"
	"strings"
)

// This file holds the index that Lookup and Match search: every id, name
// and synonym split into words at spaces and hyphens, each word in its
// normal form (ASCII lower case for the synonyms that fold, and singular),
// grouped by the normal form of the first word and longest first. It is
// built once at package initialisation and never changed.

// maxKeyWord is the longest word, in bytes, that Match looks up.
const maxKeyWord = 40

// key is one name of a commodity, as words in normal form.
type key struct {
	words []string
	exact bool // compare with the letter case of the catalogue
	c     Commodity
	// lookupOnly marks the id and name of Other, which Lookup knows but
	// Match does not read in text: "other buyers" names no material.
	lookupOnly bool
}

var index = buildIndex()

// maxKeyWords is the most words a key of index has, as
// TestMatchParts checks.
const maxKeyWords = 6

// indexShape marks, for the first two bytes and the length of each key of
// index, that some key has them, so that Match can pass over most words
// without hashing them. Bytes other than ASCII letters share one class,
// and a key of one byte has class 0 for its second.
var indexShape = func() (t [27][27]uint64) {
	for k := range index {
		if k != "" && len(k) <= maxKeyWord {
			t[shapeClass([]byte(k), 0)][shapeClass([]byte(k), 1)] |= 1 << len(k)
		}
	}
	return t
}()

// shapeClass returns the class of byte i of w for indexShape: 1 to 26 for
// a lower-case ASCII letter, 0 for any other byte or past the end.
func shapeClass(w []byte, i int) int {
	if i < len(w) && 'a' <= w[i] && w[i] <= 'z' {
		return int(w[i]-'a') + 1
	}
	return 0
}

func buildIndex() map[string][]key {
	idx := make(map[string][]key)
	add := func(name string, exact bool, c Commodity) {
		addKey(idx, name, exact, c, false)
	}
	for c := RareEarths; c.valid(); c++ {
		e := catalogue[c]
		addKey(idx, e.id, false, c, c == Other)
		addKey(idx, e.name, false, c, c == Other)
		for _, s := range e.fold {
			add(s, false, c)
		}
		for _, s := range e.exact {
			add(s, true, c)
		}
	}
	for _, keys := range idx {
		slices.SortStableFunc(keys, func(a, b key) int { return len(b.words) - len(a.words) })
	}
	return idx
}

// addKey adds name, a name of commodity c, to idx.
func addKey(idx map[string][]key, name string, exact bool, c Commodity, lookupOnly bool) {
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) == 0 {
		return
	}
	for i, w := range words {
		if !exact {
			w = strings.ToLower(w)
		}
		words[i] = singular(w)
	}
	first := strings.ToLower(words[0])
	for _, k := range idx[first] {
		if k.c == c && k.exact == exact && slices.Equal(k.words, words) {
			return
		}
	}
	idx[first] = append(idx[first], key{words: words, exact: exact, c: c, lookupOnly: lookupOnly})
}

// singular returns w without a plural "s": the last letter is dropped when
// it is "s" or "S", w is longer than three bytes, and it does not end in
// "ss" ("gas" and "glass" stay as they are, "REEs" becomes "REE").
func singular(w string) string {
	n := len(w)
	if n <= 3 || lowerASCII(w[n-1]) != 's' || lowerASCII(w[n-2]) == 's' {
		return w
	}
	return w[:n-1]
}

// normWord writes the normal form of w (lower case, singular) into buf and
// returns its length; false if w is too long.
func normWord(buf *[maxKeyWord]byte, w string) (int, bool) {
	w = singular(w)
	if len(w) > len(buf) {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerASCII(w[i])
	}
	return len(w), true
}

// matchAt reports whether the words of k start words, and how many words
// of words they take.
func (k key) matchAt(words []string) (n int, ok bool) {
	wi, rest, inWord := 0, words[0], true
	for _, kw := range k.words {
		if !inWord {
			wi++
			if wi == len(words) {
				return 0, false
			}
			rest = words[wi]
		}
		sub, r, more := strings.Cut(rest, "-")
		if !k.equal(sub, kw) {
			return 0, false
		}
		rest, inWord = r, more
	}
	if inWord {
		return 0, false
	}
	return wi + 1, true
}

// equal reports whether the word w has the normal form kw.
func (k key) equal(w, kw string) bool {
	w = singular(w)
	if k.exact {
		return w == kw
	}
	return equalFoldASCII(w, kw)
}
