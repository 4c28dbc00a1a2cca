package number

// This file reads numbers written in words. Values are counted in quarters
// (int64), so that "half" and "three-quarters" stay exact; the largest
// value the grammar allows, 9999 trillion and smaller groups, is far below
// the int64 limit even in quarters.

import "math"

// kind is the role of a number word in the grammar.
type kind uint8

const (
	kNone    kind = iota
	kUnit         // zero to nine
	kTeen         // ten to nineteen
	kTens         // twenty to ninety
	kHundred      // hundred
	kScale        // thousand, lakh, million, crore, billion, trillion
	kA            // a
	kAnd          // and
	kHalf         // half
	kQuarter      // quarter, quarters
	kOf           // of
)

// lookupWord returns the kind and value of the lower-case word w.
func lookupWord(w []byte) (kind, int64) {
	switch string(w) {
	case "zero":
		return kUnit, 0
	case "one":
		return kUnit, 1
	case "two":
		return kUnit, 2
	case "three":
		return kUnit, 3
	case "four":
		return kUnit, 4
	case "five":
		return kUnit, 5
	case "six":
		return kUnit, 6
	case "seven":
		return kUnit, 7
	case "eight":
		return kUnit, 8
	case "nine":
		return kUnit, 9
	case "ten":
		return kTeen, 10
	case "eleven":
		return kTeen, 11
	case "twelve":
		return kTeen, 12
	case "thirteen":
		return kTeen, 13
	case "fourteen":
		return kTeen, 14
	case "fifteen":
		return kTeen, 15
	case "sixteen":
		return kTeen, 16
	case "seventeen":
		return kTeen, 17
	case "eighteen":
		return kTeen, 18
	case "nineteen":
		return kTeen, 19
	case "twenty":
		return kTens, 20
	case "thirty":
		return kTens, 30
	case "forty":
		return kTens, 40
	case "fifty":
		return kTens, 50
	case "sixty":
		return kTens, 60
	case "seventy":
		return kTens, 70
	case "eighty":
		return kTens, 80
	case "ninety":
		return kTens, 90
	case "hundred":
		return kHundred, 100
	case "thousand":
		return kScale, 1e3
	case "lakh":
		return kScale, 1e5
	case "million":
		return kScale, 1e6
	case "crore":
		return kScale, 1e7
	case "billion":
		return kScale, 1e9
	case "trillion":
		return kScale, 1e12
	case "a":
		return kA, 1
	case "and":
		return kAnd, 0
	case "half":
		return kHalf, 2
	case "quarter", "quarters":
		return kQuarter, 1
	case "of":
		return kOf, 0
	}
	return kNone, 0
}

// word reads the word that starts at i and reports its kind and value and
// where it ends; kNone if it is not a number word.
func word(s string, i int) (k kind, v int64, end int) {
	const longest = len("seventeen")
	j := i
	for j < len(s) && isLetter(s[j]) && j-i <= longest {
		j++
	}
	if j == i || j-i > longest || !AtBoundary(s, j) {
		return kNone, 0, i
	}
	var buf [longest]byte
	for n := i; n < j; n++ {
		buf[n-i] = s[n] | 0x20 // ASCII letters only
	}
	k, v = lookupWord(buf[:j-i])
	if k == kNone {
		return kNone, 0, i
	}
	return k, v, j
}

// after returns where the next word starts when a separator (spaces or one
// hyphen) follows position i, or -1.
func after(s string, i int) int {
	if n := SpaceLen(s[i:]); n > 0 {
		return i + n
	}
	if i < len(s) && s[i] == '-' {
		return i + 1
	}
	return -1
}

// nextWord reads the word after the separator that follows position i.
func nextWord(s string, i int) (k kind, v int64, end int) {
	j := after(s, i)
	if j < 0 {
		return kNone, 0, i
	}
	return word(s, j)
}

// parseWords reads the longest number in words at the start of s, in
// quarters.
func parseWords(s string) (q int64, n int, ok bool) {
	switch k, _, _ := word(s, 0); k {
	case kUnit, kTeen, kTens, kA, kHalf:
	default:
		return 0, 0, false
	}
	q1, n1, ok1 := fractionOfScale(s)
	q2, n2, ok2 := cardinal(s)
	if ok1 && (!ok2 || n1 > n2) {
		return q1, n1, true
	}
	return q2, n2, ok2
}

// fraction reads "half", "a half", "a quarter", "one half", or one to three
// "quarter(s)" at i, in quarters.
func fraction(s string, i int) (q int64, end int, ok bool) {
	k, v, e := word(s, i)
	switch k {
	case kHalf:
		return 2, e, true
	case kA:
		switch k2, _, e2 := nextWord(s, e); k2 {
		case kHalf:
			return 2, e2, true
		case kQuarter:
			return 1, e2, true
		}
	case kUnit:
		k2, _, e2 := nextWord(s, e)
		if k2 == kQuarter && v >= 1 && v <= 3 {
			return v, e2, true
		}
		if k2 == kHalf && v == 1 {
			return 2, e2, true
		}
	}
	return 0, i, false
}

// fractionOfScale reads a fraction of a scale: "half a million", "a
// quarter of a million", "three-quarters of a billion".
func fractionOfScale(s string) (q int64, n int, ok bool) {
	f, e, ok := fraction(s, 0)
	if !ok {
		return 0, 0, false
	}
	k, v, e := nextWord(s, e)
	if k == kOf {
		k, v, e = nextWord(s, e)
	}
	if k == kA {
		k, v, e = nextWord(s, e)
	}
	if k != kScale {
		return 0, 0, false
	}
	return f * v, e, true
}

// cardinal reads groups below ten thousand joined by decreasing scales:
// "two million five hundred thousand", "one and a half thousand".
func cardinal(s string) (q int64, n int, ok bool) {
	i := 0
	last := int64(math.MaxInt64)
	for {
		g, e, ok := group(s, i)
		if !ok {
			break
		}
		aScale := g == 1 && isA(s, i) // "a" counts only before a scale
		cur := g * 4
		withFraction := false
		if k, _, e2 := nextWord(s, e); k == kAnd {
			if j := after(s, e2); j >= 0 {
				if f, e3, ok := fraction(s, j); ok {
					cur += f
					e = e3
					withFraction = true
				}
			}
		}
		k, v, e2 := nextWord(s, e)
		if k != kScale || v >= last {
			if !aScale {
				q += cur
				n = e
			}
			break
		}
		q += cur * v
		last = v
		n = e2
		if withFraction {
			break
		}
		// A smaller group may follow, after an optional "and".
		j := after(s, e2)
		if j < 0 {
			break
		}
		if k, _, e3 := word(s, j); k == kAnd {
			if j = after(s, e3); j < 0 {
				break
			}
		}
		i = j
	}
	return q, n, n > 0
}

// group reads a number below ten thousand at i: "seven", "twenty-five",
// "a hundred and fifty", "twenty-five hundred". "a" alone counts as one when
// a scale follows ("a million").
func group(s string, i int) (v int64, end int, ok bool) {
	k, _, e := word(s, i)
	switch k {
	case kA:
		switch k2, _, e2 := nextWord(s, e); k2 {
		case kScale:
			return 1, e, true
		case kHundred:
			t, end := hundredsTail(s, e2)
			return 100 + t, end, true
		}
		return 0, i, false
	case kUnit, kTeen, kTens:
		v, e, _ := tensUnits(s, i)
		if v == 0 {
			return 0, e, true // "zero" stands alone
		}
		if k2, _, e2 := nextWord(s, e); k2 == kHundred {
			t, end := hundredsTail(s, e2)
			return v*100 + t, end, true
		}
		return v, e, true
	}
	return 0, i, false
}

// isA reports whether the word at i is "a".
func isA(s string, i int) bool {
	k, _, _ := word(s, i)
	return k == kA
}

// tensUnits reads zero to ninety-nine at i.
func tensUnits(s string, i int) (v int64, end int, ok bool) {
	k, v, e := word(s, i)
	switch k {
	case kUnit, kTeen:
		return v, e, true
	case kTens:
		if k2, v2, e2 := nextWord(s, e); k2 == kUnit && v2 > 0 {
			return v + v2, e2, true
		}
		return v, e, true
	}
	return 0, i, false
}

// hundredsTail reads what may follow "X hundred" ending at e: an optional
// "and" and one to ninety-nine. It returns that number (or 0) and its end.
func hundredsTail(s string, e int) (t int64, end int) {
	j := after(s, e)
	if j < 0 {
		return 0, e
	}
	if k, _, e2 := word(s, j); k == kAnd {
		if j = after(s, e2); j < 0 {
			return 0, e
		}
	}
	if t, e3, ok := tensUnits(s, j); ok && t > 0 {
		return t, e3
	}
	return 0, e
}

// IsWord reports whether w, in any ASCII case, is a word that the number
// grammar reads: "two", "hundred", "million", "a", "and", "half",
// "quarters", "of".
func IsWord(w string) bool {
	const longest = len("seventeen")
	if w == "" || len(w) > longest {
		return false
	}
	var buf [longest]byte
	for i := 0; i < len(w); i++ {
		if !isLetter(w[i]) {
			return false
		}
		buf[i] = w[i] | 0x20
	}
	k, _ := lookupWord(buf[:len(w)])
	return k != kNone
}
