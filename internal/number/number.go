// Package number reads the numbers that market news writes in front of a
// unit: digits with thousands separators and a decimal point ("43,000",
// "3.5"), scale words and abbreviations ("3.5 million", "1.2bn", "650k",
// "12-million"), and numbers written in words ("two million", "half a
// million", "one and a half thousand", "three-quarters of a million").
//
// It is shared by commodity.ParseTonnage, which reads one literal, and by
// the quantity scanner of package parse, which calls [Len] at many
// positions of a long text and [Parse] only where a unit follows; so both
// read the longest number at the start of their input, do work bounded by
// the length of the number they read, and never panic. Len never
// allocates, and Parse does not when the input does not start with a
// number.
//
// # Grammar
//
// Digits: a run of digits, or a group of one to three digits followed by
// groups of exactly three digits each led by a comma ("3,500,000"), or
// each led by a space, a no-break space or a thin space as SI style and
// Australian reports write them ("816 000", not before a hyphen: "12
// 300-tonne" is 12), or in the Indian grouping ("5,61,240"); then
// optionally a point and more digits ("3.5", "1,000.25"). A comma or point
// that does not fit is not consumed: Parse("1,00") reads 1 and stops before
// the comma, so that a caller can report the malformed rest.
//
// A proper fraction of two plain runs of at most six digits each, whose
// value has a finite decimal form, is a number too: "3/4" is 0.75 and
// "2/1000" is 0.002. Other slashes are not read: Parse("4/3") and
// Parse("1/3") read 4 and 1, so that "2024/25" stays a season, not a
// value.
//
// A scale may follow the digits: "thousand", "million", "billion",
// "trillion", the Indian "lakh" (a hundred thousand) and "crore" (ten
// million), and the abbreviations "mn", "mln", "bn", "bln", written glued
// to the digits ("1.2bn"), after a space ("1.2 bn") or after one hyphen
// ("12-million"); and "m" or "k", which count as million and thousand only
// when glued to the digits ("3.5m", "650k"), never after a space. A scale
// word must end at a word boundary: in "650kt" the "k" belongs to the unit
// "kt" and is not read.
//
// Words (any letter case): zero to nineteen, twenty to ninety, with an
// optional unit joined by a space or hyphen ("twenty-five"); "hundred" after
// one of those or after "a" ("a hundred", "twenty-five hundred"), followed
// by an optional "and" and a smaller number ("one hundred and fifty");
// scales "thousand", "lakh", "million", "crore", "billion", "trillion" in
// decreasing order
// ("two million five hundred thousand"); "a" for one before a scale ("a
// million"); fractions of a scale ("half a million", "a quarter of a
// million", "three-quarters of a million"); and a half or quarters after
// "and" ("one and a half thousand" is 1500, "two and a half million" is
// 2500000, "one and a half" is 1.5). Words are separated by spaces or one
// hyphen. A lone fraction ("half", "a quarter") is not a number.
//
// Spaces are ASCII white space, U+00A0 NO-BREAK SPACE, U+2009 THIN SPACE
// and U+202F NARROW NO-BREAK SPACE.
//
// # Limits
//
// A number has at most [MaxDigits] digits, both as written and as its value
// in plain form; longer numbers are not read at all, which bounds the work
// of one call and keeps every value printable and readable again.
package number

import (
	"math/big"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/dec"
	"github.com/shopspring/decimal"
)

// MaxDigits is the largest number of digits Parse reads in one number, and
// the largest number of digits its value may have when printed plainly.
const MaxDigits = 100

// Parse reads the longest number at the start of s. It returns the value,
// the number of bytes read (always ending on a rune boundary, before any
// space that follows the number) and whether s starts with a number at all.
// When ok is false, v is zero and n is 0.
func Parse(s string) (v decimal.Decimal, n int, ok bool) {
	return read(s, true)
}

// Len returns the number of bytes [Parse] reads at the start of s, and
// whether s starts with a number, without computing the value, so that it
// never allocates: a scanner can find where a number ends before it pays
// for its value. It differs from Parse only for a number whose value, once
// its scale word is applied, has more than [MaxDigits] digits: Len
// measures it, and Parse rejects it.
func Len(s string) (n int, ok bool) {
	_, n, ok = read(s, false)
	return n, ok
}

// read reads the number at the start of s, and its value when build is
// set.
func read(s string, build bool) (decimal.Decimal, int, bool) {
	if s == "" {
		return decimal.Decimal{}, 0, false
	}
	switch c := s[0]; {
	case isDigit(c):
		return parseDigits(s, build)
	case isLetter(c):
		q, n, ok := parseWords(s)
		if !ok {
			return decimal.Decimal{}, 0, false
		}
		if !build {
			return decimal.Decimal{}, n, true
		}
		return fromQuarters(q), n, true
	}
	return decimal.Decimal{}, 0, false
}

// SpaceLen returns the length in bytes of the run of spaces at the start
// of s, as the grammar counts spaces.
func SpaceLen(s string) int {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '\u00a0' && r != '\u2009' && r != '\u202f' {
			break
		}
		i += size
	}
	return i
}

// AtBoundary reports whether position i of s ends a word: it is the end of
// s, or the rune there is not a letter, a digit or an underscore.
func AtBoundary(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return !isLetter(c) && !isDigit(c) && c != '_'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'A' <= c&^0x20 && c&^0x20 <= 'Z' }

// parseDigits reads a number that starts with a digit, and its value when
// build is set.
func parseDigits(s string, build bool) (decimal.Decimal, int, bool) {
	var buf [MaxDigits]byte
	nd := 0
	i := 0
	for i < len(s) && isDigit(s[i]) {
		if nd == MaxDigits {
			return decimal.Decimal{}, 0, false
		}
		buf[nd] = s[i]
		nd++
		i++
	}
	indian := false
	if nd <= 2 {
		// Indian grouping: lakhs and crores in pairs before the last
		// three digits, "5,61,240" and "12,34,56,789".
		if j := indianGroups(s, i); j > i {
			for k := i; k < j; k++ {
				if s[k] == ',' {
					continue
				}
				if nd == MaxDigits {
					return decimal.Decimal{}, 0, false
				}
				buf[nd] = s[k]
				nd++
			}
			i, indian = j, true
		}
	}
	if nd <= 3 && !indian {
		// Thousands groups: ",ddd" not followed by another digit.
		start := i
		for i+4 <= len(s) && s[i] == ',' && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i+4 == len(s) || !isDigit(s[i+4])) {
			if nd+3 > MaxDigits {
				return decimal.Decimal{}, 0, false
			}
			nd += copy(buf[nd:], s[i+1:i+4])
			i += 4
		}
		// Or groups set apart by a space, as SI style and Australian
		// reports write them: "474 000 t", "1 500 t/y" (a thin or
		// no-break space too). Not "12 300-tonne cargoes".
		for i == start || start < 0 {
			w := spaceGroup(s, i)
			if w == 0 {
				break
			}
			if nd+3 > MaxDigits {
				return decimal.Decimal{}, 0, false
			}
			nd += copy(buf[nd:], s[i+w:i+w+3])
			i += w + 3
			start = -1 // a group read: go on while they last
		}
	}
	frac := 0
	if i == nd && i+1 < len(s) && s[i] == '/' && isDigit(s[i+1]) {
		if v, end, ok := digitFraction(s, i, build); ok {
			return scaled(s, v, end, build)
		}
	}
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		i++
		for i < len(s) && isDigit(s[i]) {
			if nd == MaxDigits {
				return decimal.Decimal{}, 0, false
			}
			buf[nd] = s[i]
			nd++
			frac++
			i++
		}
	}
	if !build {
		return scaled(s, decimal.Decimal{}, i, false)
	}
	return scaled(s, fromDigits(buf[:nd], frac), i, true)
}

// spaceGroup returns the width of the space before a group of three
// digits at s[i] (" ddd", or a no-break, thin or narrow no-break space
// before them) when the group ends there, neither a digit nor a hyphen
// after it; 0 when there is none.
func spaceGroup(s string, i int) int {
	w := 0
	switch {
	case i < len(s) && s[i] == ' ':
		w = 1
	case i+1 < len(s) && s[i] == 0xc2 && s[i+1] == 0xa0:
		w = 2
	case i+2 < len(s) && s[i] == 0xe2 && s[i+1] == 0x80 && (s[i+2] == 0x89 || s[i+2] == 0xaf):
		w = 3
	default:
		return 0
	}
	j := i + w
	if j+3 > len(s) || !isDigit(s[j]) || !isDigit(s[j+1]) || !isDigit(s[j+2]) {
		return 0
	}
	if j+3 < len(s) && (isDigit(s[j+3]) || s[j+3] == '-' || s[j+3] == ',' && j+4 < len(s) && isDigit(s[j+4])) {
		return 0
	}
	return w
}

// indianGroups returns where the groups of an Indian number that start
// at s[i] end: one or more ",dd" and a last ",ddd" not followed by a
// digit; i when they are not there.
func indianGroups(s string, i int) int {
	j := i
	pairs := 0
	for j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && s[j+3] == ',' {
		j += 3
		pairs++
	}
	if pairs == 0 || j+4 > len(s) || s[j] != ',' || !isDigit(s[j+1]) || !isDigit(s[j+2]) || !isDigit(s[j+3]) || j+4 < len(s) && isDigit(s[j+4]) {
		return i
	}
	// "1,23,456,789" mixes the two groupings: no number of either.
	if j+5 < len(s) && s[j+4] == ',' && isDigit(s[j+5]) {
		return i
	}
	return j + 4
}

// scaled applies the scale word that may follow the digits of v, which
// end at i, and returns the number read; only its end when build is not
// set.
func scaled(s string, v decimal.Decimal, i int, build bool) (decimal.Decimal, int, bool) {
	exp, end := scaleAfterDigits(s, i)
	if exp > 0 {
		i = end
	}
	if !build {
		return decimal.Decimal{}, i, true
	}
	if exp > 0 {
		v = v.Shift(exp)
	}
	if !Fits(v) {
		return decimal.Decimal{}, 0, false
	}
	return v, i, true
}

// maxFractionDigits is the most digits a numerator or denominator may have.
const maxFractionDigits = 6

// digitFraction reads a proper fraction whose numerator is s[:slash] and whose
// denominator starts after the slash: both plain runs of at most
// maxFractionDigits digits, the numerator smaller than the denominator,
// and a denominator of the form 2^a 5^b so that the value is an exact
// decimal. It returns where the denominator ends, and the value when build
// is set.
func digitFraction(s string, slash int, build bool) (decimal.Decimal, int, bool) {
	end := slash + 1
	for end < len(s) && isDigit(s[end]) {
		end++
	}
	if slash > maxFractionDigits || end-slash-1 > maxFractionDigits ||
		end < len(s) && (s[end] == ',' || s[end] == '.' && end+1 < len(s) && isDigit(s[end+1])) {
		return decimal.Decimal{}, 0, false
	}
	var num, den int64
	for i := 0; i < slash; i++ {
		num = num*10 + int64(s[i]-'0')
	}
	for i := slash + 1; i < end; i++ {
		den = den*10 + int64(s[i]-'0')
	}
	if den == 0 || num >= den {
		return decimal.Decimal{}, 0, false
	}
	// num/den = num * 2^(k-a) * 5^(k-b) / 10^k when den = 2^a 5^b.
	a, b, rest := int32(0), int32(0), den
	for rest%2 == 0 {
		rest /= 2
		a++
	}
	for rest%5 == 0 {
		rest /= 5
		b++
	}
	if rest != 1 {
		return decimal.Decimal{}, 0, false
	}
	if !build {
		return decimal.Decimal{}, end, true
	}
	k := max(a, b)
	v := decimal.New(num, 0)
	for range k - a {
		v = v.Mul(decimal.New(2, 0))
	}
	for range k - b {
		v = v.Mul(decimal.New(5, 0))
	}
	return v.Shift(-k), end, true
}

// fromDigits returns the decimal whose digits are d with frac of them
// after the point. It does not use decimal.NewFromString, whose limits
// depend on a global setting.
func fromDigits(d []byte, frac int) decimal.Decimal {
	if len(d) <= 18 {
		var x int64
		for _, c := range d {
			x = x*10 + int64(c-'0')
		}
		return decimal.New(x, int32(-frac))
	}
	b, _ := new(big.Int).SetString(string(d), 10) // d is all digits
	return decimal.NewFromBigInt(b, int32(-frac))
}

// Fits reports whether v has at most MaxDigits digits in plain form, as
// dec.Format prints it.
func Fits(v decimal.Decimal) bool {
	// The plain form has at most the coefficient's digits, plus the
	// exponent's zeros or fraction places, plus a leading "0.".
	if int64(v.NumDigits())+abs(int64(v.Exponent()))+1 <= MaxDigits {
		return true
	}
	p := dec.Format(v)
	n := 0
	for i := 0; i < len(p); i++ {
		if isDigit(p[i]) {
			n++
		}
	}
	return n <= MaxDigits
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// scaleAfterDigits reads a scale word after the digits that end at i. It
// returns the power of ten (0 if there is none) and the end of the word.
func scaleAfterDigits(s string, i int) (exp int32, end int) {
	j := i
	glued := true
	if k := SpaceLen(s[j:]); k > 0 {
		j += k
		glued = false
	} else if j < len(s) && s[j] == '-' {
		j++
		glued = false
	}
	const longest = len("thousand")
	e := j
	for e < len(s) && isLetter(s[e]) && e-j <= longest {
		e++
	}
	if e == j || e-j > longest || !AtBoundary(s, e) {
		return 0, i
	}
	exp, ok := ScaleWord(s[j:e], glued)
	if !ok {
		return 0, i
	}
	return exp, e
}

// ScaleWord returns the power of ten a scale word after a number stands
// for: "thousand" 3, "lakh" 5, "million", "mn", "mln" 6, "crore" 7,
// "billion", "bn", "bln" 9, "trillion" 12, in any letter case; "k" (3) and
// "m" (6) count only when glued to the digits ("650k", "3.5m").
func ScaleWord(w string, glued bool) (exp int32, ok bool) {
	switch {
	case equalFold(w, "thousand"):
		return 3, true
	case equalFold(w, "lakh"):
		return 5, true
	case equalFold(w, "million"), equalFold(w, "mn"), equalFold(w, "mln"):
		return 6, true
	case equalFold(w, "crore"):
		return 7, true
	case equalFold(w, "billion"), equalFold(w, "bn"), equalFold(w, "bln"):
		return 9, true
	case equalFold(w, "trillion"):
		return 12, true
	case glued && equalFold(w, "k"):
		return 3, true
	case glued && equalFold(w, "m"):
		return 6, true
	}
	return 0, false
}

// equalFold reports whether s equals the lower-case ASCII word w, ignoring
// the case of ASCII letters.
func equalFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// fromQuarters returns q/4 with no trailing zeros.
func fromQuarters(q int64) decimal.Decimal {
	switch {
	case q%4 == 0:
		return decimal.New(q/4, 0)
	case q%2 == 0:
		return decimal.New(q/2*5, -1)
	}
	return decimal.New(q*25, -2)
}
