package qty

import (
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/number"
)

// This file holds the small word helpers the scanner and the linker share.
// Words are runs of ASCII letters; text is compared ignoring ASCII case.

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isAlpha(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// isWordByte reports bytes that continue a word or a number: letters,
// digits, and any byte of a non-ASCII rune (letters of other scripts).
func isWordByte(c byte) bool { return isAlpha(c) || isDigit(c) || c == '_' || c >= utf8.RuneSelf }

// isSpace reports the spaces the view of a page keeps: space and newline,
// and the other ASCII white space.
func isSpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// equalFold reports whether s equals the lower-case ASCII word w, ignoring
// the case of ASCII letters in s.
func equalFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// oneOf reports whether s equals one of the lower-case words ws, ignoring
// ASCII case.
func oneOf(s string, ws ...string) bool {
	for _, w := range ws {
		if equalFold(s, w) {
			return true
		}
	}
	return false
}

// A wordSet is a set of lower-case words that [wordSet.has] looks words up
// in, ignoring ASCII case, as [oneOf] compares them. It groups its words
// by first letter and keeps the lengths each group holds, so that most
// words are turned down by one test and the others are compared with the
// few words of their group and length only. It is built at
// initialisation and never changed.
type wordSet struct {
	lens  [27]uint64   // by letterClass of the first byte, the lengths of the words, as bits
	words [27][]string // by letterClass of the first byte, the words, shortest first
	// from holds, by letterClass of the first byte, where the words of
	// each length start in words: those of length n are
	// words[from[n]:from[n+1]].
	from [27][]int
	// shapes holds a bit for each word, chosen by shapeBit from its first
	// two bytes, its last byte and its length, so that most words of a
	// length the set has are turned down before they are compared.
	shapes [shapeBits / 64]uint64
}

// shapeBits is the size of wordSet.shapes, in bits, and shapeLog its
// logarithm.
const (
	shapeLog  = 11
	shapeBits = 1 << shapeLog
)

// shapeBit returns the bit of wordSet.shapes for the word w, of at least
// one byte, in any ASCII case.
func shapeBit(w string) uint32 {
	second := byte(0)
	if len(w) > 1 {
		second = w[1] | 0x20
	}
	h := uint32(w[0]|0x20) | uint32(second)<<8 | uint32(w[len(w)-1]|0x20)<<16 | uint32(len(w))<<24
	return h * 0x9e3779b1 >> (32 - shapeLog)
}

// maxSetWord is the longest word a wordSet may hold.
const maxSetWord = 63

// newWordSet makes the wordSet of the lower-case words ws.
func newWordSet(ws ...string) *wordSet {
	set := new(wordSet)
	for _, w := range ws {
		if w == "" || len(w) > maxSetWord {
			panic("qty: a word of a wordSet is empty or too long: " + w)
		}
		a := letterClass(w[0])
		set.lens[a] |= 1 << len(w)
		set.words[a] = append(set.words[a], w)
		b := shapeBit(w)
		set.shapes[b/64] |= 1 << (b % 64)
	}
	for a, g := range set.words {
		if len(g) == 0 {
			continue
		}
		slices.SortStableFunc(g, func(x, y string) int { return len(x) - len(y) })
		longest := len(g[len(g)-1])
		from := make([]int, longest+2)
		for n := range from {
			from[n] = sort.Search(len(g), func(i int) bool { return len(g[i]) >= n })
		}
		set.from[a] = from
	}
	return set
}

// has reports whether w is one of the words of ws, ignoring ASCII case.
// It is small enough to be inlined, so that the many words its first test
// turns down cost no call.
func (ws *wordSet) has(w string) bool {
	return w != "" && len(w) <= maxSetWord && ws.lens[letterClass(w[0])]&(1<<len(w)) != 0 && ws.inGroup(w)
}

// inGroup reports whether the word w, of at least one byte and of a length
// that some word of its group has, is one of the words of ws that start as
// it does.
func (ws *wordSet) inGroup(w string) bool {
	if b := shapeBit(w); ws.shapes[b/64]&(1<<(b%64)) == 0 {
		return false
	}
	a := letterClass(w[0])
	from := ws.from[a]
	for _, x := range ws.words[a][from[len(w)]:from[len(w)+1]] {
		if equalFold(w, x) {
			return true
		}
	}
	return false
}

// letterClass returns 1 to 26 for an ASCII letter, in either case, and 0
// for any other byte.
func letterClass(c byte) int { return int(letterClasses[c]) }

// letterClasses holds letterClass for each byte.
var letterClasses = func() (t [256]uint8) {
	for c := range 256 {
		if isAlpha(byte(c)) {
			t[c] = byte(c) | 0x20 - 'a' + 1
		}
	}
	return t
}()

// skipSpaces returns the first position at or after i that is not a space.
func skipSpaces(s string, i int) int {
	return i + number.SpaceLen(s[i:])
}

// wordAt returns the end of the run of ASCII letters that starts at i.
func wordAt(s string, i int) int {
	j := i
	for j < len(s) && isAlpha(s[j]) {
		j++
	}
	return j
}

// nextWord returns the word after position i, past spaces: [a, b), empty
// (a == b) when something other than a letter comes first.
func nextWord(s string, i int) (a, b int) {
	a = skipSpaces(s, i)
	return a, wordAt(s, a)
}

// maxBack is the most words the scanner reads before a number.
const maxBack = 7

// backWords holds the words before a position, nearest first, that only
// spaces separate; a word may end in a dot ("approx."). It stops at any
// other character, so it never crosses a comma or a bracket.
type backWords struct {
	n  int
	at [maxBack]Span
}

// wordsBefore reads up to maxBack words before position i.
func wordsBefore(s string, i int) backWords {
	var bw backWords
	j := i
	for bw.n < maxBack {
		k := j
		for k > 0 && isSpace(s[k-1]) {
			k--
		}
		if k == j && bw.n > 0 {
			break // words must be apart
		}
		e := k
		if e > 0 && s[e-1] == '.' {
			e--
		}
		a := e
		for a > 0 && isAlpha(s[a-1]) {
			a--
		}
		// "BRC's": a possessive is one word.
		if a >= 2 && s[a-1] == '\'' && isAlpha(s[a-2]) && e-a <= 1 {
			for a--; a > 0 && isAlpha(s[a-1]); a-- {
			}
		}
		if a == e || a > 0 && isWordByte(s[a-1]) {
			break
		}
		bw.at[bw.n] = Span{a, k}
		bw.n++
		j = a
	}
	return bw
}

// word returns the k-th word before the position, without a final dot;
// "" past the last.
func (bw *backWords) word(s string, k int) string {
	if k >= bw.n {
		return ""
	}
	w := s[bw.at[k].Start:bw.at[k].End]
	if w != "" && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	return w
}

// ends reports whether the words from the k-th back end with phrase
// (lower-case words separated by single spaces; a word may end in a dot
// that the text must have too) and how many words it takes.
func (bw *backWords) ends(s string, k int, phrase backPhrase) (int, bool) {
	if k+len(phrase) > bw.n {
		return 0, false
	}
	for n, pw := range phrase {
		tw := s[bw.at[k+n].Start:bw.at[k+n].End]
		if pw[len(pw)-1] != '.' && tw != "" && tw[len(tw)-1] == '.' {
			tw = tw[:len(tw)-1]
		}
		if !equalFold(tw, pw) {
			return 0, false
		}
	}
	return len(phrase), true
}

// A backPhrase is a phrase split into its words, last word first, as
// [backWords.ends] compares them.
type backPhrase []string

// splitBack splits a phrase of lower-case words separated by single
// spaces into a backPhrase.
func splitBack(phrase string) backPhrase {
	var p backPhrase
	for e := len(phrase); e > 0; {
		b := e
		for b > 0 && phrase[b-1] != ' ' {
			b--
		}
		p = append(p, phrase[b:e])
		e = b - 1
	}
	return p
}

// startOf returns where the k-th word back starts.
func (bw *backWords) startOf(k int) int { return bw.at[k].Start }

// A phraseSet holds phrases split for [backWords.ends], and for each last
// word, by its first letter and its length without a final dot, the
// phrases that may end with it, in order, so that a caller tries only
// those.
type phraseSet struct {
	back   []backPhrase
	byLast [27][16][]uint8
}

// newPhraseSet makes the phraseSet of at most 256 phrases.
func newPhraseSet(phrases ...string) *phraseSet {
	if len(phrases) > 256 {
		panic("qty: too many phrases for a phraseSet")
	}
	ps := &phraseSet{back: make([]backPhrase, len(phrases))}
	for i, ph := range phrases {
		ps.back[i] = splitBack(ph)
		a, n := lastKey(ps.back[i][0])
		ps.byLast[a][n] = append(ps.byLast[a][n], uint8(i))
	}
	return ps
}

// lastKey returns the first letter of w, as 1 to 26 (0 for any other
// byte), and its length without a final dot, capped at 15.
func lastKey(w string) (int, int) {
	if w != "" && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	a := 0
	if w != "" && isAlpha(w[0]) {
		a = int(w[0]|0x20-'a') + 1
	}
	return a, min(len(w), 15)
}

// candidates returns the indexes of the phrases of ps that may end at the
// k-th word back, in order.
func (ps *phraseSet) candidates(s string, bw *backWords, k int) []uint8 {
	if k >= bw.n {
		return nil
	}
	a, n := lastKey(s[bw.at[k].Start:bw.at[k].End])
	return ps.byLast[a][n]
}
