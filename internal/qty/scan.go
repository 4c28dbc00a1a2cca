package qty

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/internal/number"
)

// A Span is a half-open range [Start, End) of byte offsets into the text
// given to [Scan] or [Link]. The zero Span stands for "none".
type Span struct{ Start, End int }

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s == Span{} }

// An Amount is one figure of a quantity: the mass, and where its number,
// scale and unit are written.
type Amount struct {
	// Tonnage is the mass in the unit written, scale words applied.
	Tonnage commodity.Tonnage
	// Num is the number as written: "3.5", "3.5mn", "two million",
	// "12-million"; for a vague amount the plural scale words
	// ("billions", "tens of millions").
	Num Span
	// Scale is a scale word the number borrows from the other end of a
	// range: "million" for the 3 of "3-5 million tonnes"; zero otherwise.
	Scale Span
	// Unit is the unit word: "metric tons", "t/yr", "ktpy".
	Unit Span
	// Vague is set for an amount written as plural scale words
	// ("billions of tonnes"); Tonnage is then the power of ten they name.
	Vague bool
}

// A Quantity is a mass of material found in text.
type Quantity struct {
	// Span covers the bound words, the numbers and units, and the rate
	// words that belong to the quantity: "up to 5 million tons a year".
	Span Span
	// Lo is the amount, or the lower end of a range.
	Lo Amount
	// Hi is the upper end of a range; zero otherwise.
	Hi Amount
	// Bound is how the text bounds the amount; [commodity.Range] when Hi
	// is set.
	Bound commodity.Bound
	// Per is the period of a rate; zero when the amount is not a rate.
	Per commodity.Period

	// The fields below are set by Link.

	// Commodity is what the quantity is of, and Form the words that name
	// it ("rare earth materials", "NdPr").
	Commodity commodity.Commodity
	Form      Span
	// Measure is what the figure measures.
	Measure commodity.Measure
	// Period is the words that give the time the figure refers to: "2024"
	// of "in 2024", "by 2030", "last year".
	Period Span
}

// IsRange reports whether q is a range, with an upper end in Hi.
func (q *Quantity) IsRange() bool { return !q.Hi.Tonnage.IsZero() }

// Shift moves every span of q by off bytes: a caller that scans a sentence
// of a longer text moves what it found to offsets of that text before it
// calls [Link]. The zero spans that stand for "none" stay zero.
func (q *Quantity) Shift(off int) {
	q.Span = Span{q.Span.Start + off, q.Span.End + off}
	for _, sp := range []*Span{&q.Lo.Num, &q.Lo.Scale, &q.Lo.Unit, &q.Hi.Num, &q.Hi.Scale, &q.Hi.Unit, &q.Form, &q.Period} {
		if !sp.IsZero() {
			*sp = Span{sp.Start + off, sp.End + off}
		}
	}
}

// Scan appends to dst the quantities of material in s, in the order they
// appear, and returns the extended slice. Quantities do not overlap. Scan
// never panics, and allocates only for the quantities it finds: text that
// holds none costs no allocation.
func Scan(dst []Quantity, s string) []Quantity {
	sc := scanner{s: s}
	for i := 0; i < len(s); {
		c := s[i]
		if !wordChar[c] {
			i++
			continue
		}
		// A run of letters, digits and underscores: only its first byte
		// may start a number, since wordStart is false after a word byte.
		// A number in words must start with a run of letters that is a
		// number word ("one" to "ninety", "a", "half") or a plural scale
		// word ("thousands"): a cheap test, by its first two letters and
		// its length, that numberAt can only pass where it passes.
		if isAlpha(c) {
			// Where the letters end: most words end within the next eight
			// bytes, which are tested here rather than in a call. The
			// class of the byte after the first is that of the second
			// letter, or 0 after a word of one letter, as secondClass
			// gives it.
			j := i + 1
			second := 0
			if j+8 <= len(s) {
				x := load8(s, j)
				second = letterClass(byte(x))
				if m := ^letterBytes(x) & highBits; m != 0 {
					j += bits.TrailingZeros64(m) / 8
				} else {
					j = letterRunEnd(s, j+8)
				}
			} else {
				if j < len(s) {
					second = letterClass(s[j])
				}
				j = letterRunEnd(s, j)
			}
			if n := j - i; n < 16 && wordShapes[letterClass(c)][second]&(1<<n) != 0 &&
				numberWord(s[i:j]) && (n > 1 || aNumber(s, j)) && wordStart(s, i) {
				if q, end, ok := sc.at(i); ok {
					dst = append(dst, q)
					i = sc.skipRestatement(end)
					continue
				}
			}
			i = j
			if i < len(s) {
				// A space, the commonest byte after a word, is passed over
				// here rather than in a turn of the loop.
				if c := s[i]; c == ' ' {
					i++
				} else if wordChar[c] {
					i = wordRunEnd(s, i)
				}
			}
			continue
		}
		if isDigit(c) && wordStart(s, i) && !bareNumber(s, i) {
			if q, end, ok := sc.at(i); ok {
				dst = append(dst, q)
				i = sc.skipRestatement(end)
				continue
			}
		}
		i = wordRunEnd(s, i+1)
	}
	return dst
}

// bareNumber reports whether the digits at i end in a byte after which no
// unit, scale word, plus sign nor range can follow them, so that at finds
// no quantity there: "4.2%", "(2024)", "2:1", or the end of s. The number
// that package number reads at i ends inside the run of digits, commas
// and dots that starts there, or where it ends, and the byte after it is
// then a comma, a dot, a digit or one of bareAfter, none of which a unit
// or a connector starts with, nor a space.
func bareNumber(s string, i int) bool {
	e := i
	for e < len(s) && (isDigit(s[e]) || s[e] == ',' || s[e] == '.') {
		e++
	}
	return e == len(s) || bareAfter[s[e]]
}

// bareAfter marks the ASCII punctuation after which a number has nothing
// that unitAt, connectorAt or the plus signs read: not a space, a hyphen,
// a slash, a plus sign, an opening bracket, a letter nor a digit, nor any
// byte of a multi-byte rune (a no-break space, a dash, "µg").
var bareAfter = func() (t [256]bool) {
	for _, c := range []byte("%)]}>;:\"'!?*&#=$@|~^`\\") {
		t[c] = true
	}
	return t
}()

// letterRunEnd returns the end of the run of ASCII letters that goes on at
// i, as wordRunEnd does for the bytes wordChar marks.
func letterRunEnd(s string, i int) int {
	for i+8 <= len(s) {
		if m := ^letterBytes(load8(s, i)) & highBits; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
		i += 8
	}
	for i < len(s) && isAlpha(s[i]) {
		i++
	}
	return i
}

// wordRunEnd returns the end of the run of bytes that wordChar marks that
// goes on at i: the first position at or after i that holds another byte,
// or len(s). It tests eight bytes at a time.
func wordRunEnd(s string, i int) int {
	for i+8 <= len(s) {
		if m := ^wordBytes(load8(s, i)) & highBits; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
		i += 8
	}
	for i < len(s) && wordChar[s[i]] {
		i++
	}
	return i
}

// alnumRunEnd returns the end of the run of ASCII letters and digits that
// goes on at i, as wordRunEnd does for the bytes wordChar marks.
func alnumRunEnd(s string, i int) int {
	for i+8 <= len(s) {
		if m := ^alnumBytes(load8(s, i)) & highBits; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
		i += 8
	}
	for i < len(s) && alnum[s[i]] {
		i++
	}
	return i
}

// load8 returns the eight bytes of s from i, the first in the low byte.
func load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// highBits has the high bit of each byte of a uint64 set.
const highBits = 0x8080808080808080

// wordBytes returns, for the eight bytes of x, the high bit of each byte
// set where the byte is one that wordChar marks: an ASCII letter, a digit
// or an underscore. Each byte is tested on its low seven bits, so that no
// sum carries into the next byte, and bytes with the high bit set are then
// left out.
func wordBytes(x uint64) uint64 {
	y := x &^ highBits
	t := y ^ '_'*ones
	under := ^(t + 0x7f*ones | t)
	return alnumBytes(x) | under&highBits&^x
}

// ones has the low bit of each byte of a uint64 set.
const ones = 0x0101010101010101

// alnumBytes returns, for the eight bytes of x, the high bit of each byte
// set where the byte is an ASCII letter or digit, as wordBytes does.
func alnumBytes(x uint64) uint64 {
	y := x &^ highBits
	digit := (y + (0x80-'0')*ones) &^ (y + (0x80-'9'-1)*ones)
	return letterBytes(x) | digit&highBits&^x
}

// letterBytes returns, for the eight bytes of x, the high bit of each byte
// set where the byte is an ASCII letter, as wordBytes does.
func letterBytes(x uint64) uint64 {
	l := x&^highBits | 0x20*ones // ASCII letters in lower case
	return (l + (0x80-'a')*ones) &^ (l + (0x80-'z'-1)*ones) & highBits &^ x
}

// wordChar marks the ASCII letters, the digits and the underscore.
var wordChar = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isAlpha(byte(c)) || isDigit(byte(c)) || c == '_'
	}
	return t
}()

// numberWords are the words, in lower case, that may start a number in
// words as package number reads it, or a vague amount.
var numberWords = [...]string{
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
	"eighty", "ninety", "a", "half",
	"tens", "hundreds", "thousands", "millions", "billions",
}

// wordShapes holds, for the first two letters of each of numberWords, by
// letterClass (0 for the second of a word of one letter), the lengths of
// the words, as bits, so that the commonest words ("the", "that",
// "from") fail the test at once.
var wordShapes = func() (t [27][27]uint16) {
	for _, w := range numberWords {
		t[letterClass(w[0])][secondClass(w, 0, len(w))] |= 1 << len(w)
	}
	return t
}()

// secondClass returns the letterClass of the second byte of the word
// s[i:j], or 0 for a word of one byte.
func secondClass(s string, i, j int) int {
	if j-i < 2 {
		return 0
	}
	return letterClass(s[i+1])
}

// numberWord reports whether w is one of numberWords, in any case.
func numberWord(w string) bool {
	var buf [9]byte
	if len(w) > len(buf) {
		return false
	}
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20
	}
	switch string(buf[:len(w)]) {
	case "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
		"eighty", "ninety", "a", "half",
		"tens", "hundreds", "thousands", "millions", "billions":
		return true
	}
	return false
}

// aNumber reports whether the word "a" that ends at j may start a number:
// "a million", "a hundred", "a half", "a quarter of a million". Package
// number reads "a" only before one of aNumberWords, after spaces or one
// hyphen, so that "a line" or "a company" costs no try to read a number.
func aNumber(s string, j int) bool {
	k := j + number.SpaceLen(s[j:])
	if k == j {
		if j >= len(s) || s[j] != '-' {
			return false
		}
		k++
	}
	return aNumberWords.has(s[k:wordAt(s, k)])
}

// aNumberWords are the words after which package number reads "a" as
// part of a number: a scale, "hundred", or a fraction.
var aNumberWords = newWordSet(
	"hundred", "thousand", "lakh", "million", "crore", "billion", "trillion", "half", "quarter", "quarters",
)

// wordNumberMay reports whether the number in words at i may start a
// quantity, by tests that spare reading it with package number. A number
// word that no word of the grammar of package number follows ("two
// companies", "five-year") is the whole number, and the figure needs a
// unit, a plus sign or a range connector right after it, as at reads them.
// "a" (which aNumber tests), a plural scale ("billions of") and a word
// that a number may go on after pass.
func wordNumberMay(s string, i int) bool {
	j := wordAt(s, i)
	if j-i <= 1 || pluralScale(s[i:j]) {
		return true
	}
	// The next word as package number finds it: after spaces or one hyphen.
	k := j + number.SpaceLen(s[j:])
	if k == j && j < len(s) && s[j] == '-' {
		k++
	}
	if k > j && number.IsWord(s[k:wordAt(s, k)]) {
		return true
	}
	if j < len(s) && s[j] == '+' || j+5 <= len(s) && s[j] == '-' && equalFold(s[j+1:j+5], "plus") {
		return true
	}
	if _, _, _, unit := unitAt(s, j, false); unit {
		return true
	}
	// Else the upper end of a range must follow, with its unit.
	if _, c, ok := rangeLink(s, j); ok {
		_, ok = rangeEnd(s, c, false)
		return ok
	}
	return false
}

// pluralScale reports whether w is one of the plural scale words of a
// vague amount ("billions"), in any case.
func pluralScale(w string) bool {
	for _, v := range vagueScales {
		if equalFold(w, v.word) {
			return true
		}
	}
	return false
}

// skipRestatement returns where scanning goes on after a quantity that
// ends at e: past a bracket that holds nothing but the same amount in
// other units, "150,000 tonnes (165,000 short tons)", which is not a
// second amount; else e.
func (sc *scanner) skipRestatement(e int) int {
	s := sc.s
	c := skipSpaces(s, e)
	if c >= len(s) || s[c] != '(' {
		return e
	}
	d := skipSpaces(s, c+1)
	if d >= len(s) || !isDigit(s[d]) && !isAlpha(s[d]) && s[d] != '~' {
		return e
	}
	_, end, ok := sc.at(d)
	if !ok {
		return e
	}
	f := skipSpaces(s, end)
	if f < len(s) && s[f] == ')' {
		return f + 1
	}
	return e
}

// scanner is the state of one Scan call.
type scanner struct {
	s     string
	windy int8 // 0 unknown, 1 the text speaks of wind, -1 it does not
}

// wordStart reports whether a number or number word may start at i: not
// inside a word or a number ("1,000", "3.5"), nor after a hyphen that
// joins it to a word ("COVID-19"), nor after a slash or a number sign.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	switch p := s[i-1]; {
	case p >= utf8.RuneSelf:
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	case isWordByte(p):
		return false
	case p == '.' || p == ',' || p == '-':
		return i < 2 || !isWordByte(s[i-2])
	case p == '/' || p == '#' || p == '@' || p == '\\':
		return false
	}
	return true
}

// part is one number of a quantity while it is read.
type part struct {
	v     decimal.Decimal // the number, scale words applied, once value has run
	exp   int32           // for a vague amount, the power of ten it names
	num   Span
	scale Span
	unit  Span
	after int // where the unit ends, past a closing bracket
	w     commodity.UnitWord
	vague bool
}

// value computes the number of p; false if it is too long to keep.
func (p *part) value(s string) bool {
	if p.vague {
		p.v = decimal.New(1, p.exp)
		return true
	}
	v, n, ok := number.Parse(s[p.num.Start:p.num.End])
	if !ok || n != p.num.End-p.num.Start {
		return false
	}
	p.v = v
	return true
}

// one is the scale of a unit word that does not scale.
var one = decimal.New(1, 0)

// millionScale is the scale of a small bare number in "mt", million
// tonnes (see scanner.material). Never modified.
var millionScale = decimal.New(1000000, 0)

// tonnage returns the mass p stands for.
func (p *part) tonnage() commodity.Tonnage {
	v := p.v
	if !p.w.Scale.Equal(one) {
		v = v.Mul(p.w.Scale)
	}
	return commodity.NewTonnage(v, p.w.Unit)
}

func (p *part) amount() Amount {
	return Amount{Tonnage: p.tonnage(), Num: p.num, Scale: p.scale, Unit: p.unit, Vague: p.vague}
}

// at reads the quantity whose first number starts at i, and returns it
// and where it ends.
func (sc *scanner) at(i int) (Quantity, int, bool) {
	s := sc.s
	if moneyBefore(s, i) || isAlpha(s[i]) && !wordNumberMay(s, i) {
		return Quantity{}, 0, false // before the number is read: "$500", "two companies"
	}
	return sc.read(i)
}

// read is at past its first tests, which spare reading the number: money
// before it, and a number word that cannot start a quantity.
func (sc *scanner) read(i int) (Quantity, int, bool) {
	s := sc.s
	lo, next, ok := numberAt(s, i)
	if !ok || groupedBefore(s, i, lo.num) {
		return Quantity{}, 0, false
	}
	if lo.num.End-lo.num.Start > 1 && s[i] == '0' && isDigit(s[i+1]) {
		return Quantity{}, 0, false // "007"
	}
	plus := false
	if next < len(s) && s[next] == '+' && !lo.vague {
		plus, next = true, next+1 // "1,000+ tonnes"
	} else if next+5 <= len(s) && s[next] == '-' && equalFold(s[next+1:next+5], "plus") && number.AtBoundary(s, next+5) {
		plus, next = true, next+5 // "10,000-plus tonnes"
	}
	unit, after, w, hasUnit := unitAt(s, next, lo.vague)
	if plus && !hasUnit {
		return Quantity{}, 0, false
	}
	if hasUnit {
		lo.unit, lo.after, lo.w = unit, after, w
	} else if lo.vague || !connectorAt(s, next) {
		return Quantity{}, 0, false
	}
	var pre pre
	var q Quantity
	last := &lo
	var hi part
	// The checks that need no value come first, so that text with no
	// quantity costs no allocation.
	switch {
	case lo.vague:
		pre = readBefore(s, i)
		if !hasUnit || !sc.accept(&pre, &lo, &lo) || !lo.value(s) {
			return Quantity{}, 0, false
		}
		q.Bound = commodity.AtLeast
	case hasUnit:
		pre = readBefore(s, i)
		if !sc.accept(&pre, &lo, &lo) || !lo.value(s) {
			return Quantity{}, 0, false
		}
		// (A range that fails leaves the amount as it was read: "1t-0mt"
		// is 1 t, whatever "mt" would have made of it.)
		savedLo, savedPre := lo, pre
		if h, ok := rangeAfter(s, lo.after, &pre, true); ok && sc.accept(&pre, &lo, &h) && h.value(s) && rangeOK(&lo, &h) {
			hi, last = h, &hi
		} else {
			lo, pre = savedLo, savedPre
		}
	default:
		if yearBefore(s, i, lo.num) {
			return Quantity{}, 0, false // "in 2014 to 5,274 tons"
		}
		// The upper end is read before the words before the number,
		// which only a range that has one needs.
		link, c, ok := rangeLink(s, next)
		if !ok {
			return Quantity{}, 0, false
		}
		h, ok := rangeEnd(s, c, false)
		if !ok {
			return Quantity{}, 0, false
		}
		pre = readBefore(s, i)
		if !pre.allows(link) || fiscalYear(s, &lo, &h) || !sc.accept(&pre, &lo, &h) || !lo.value(s) || !h.value(s) {
			return Quantity{}, 0, false
		}
		lo.unit, lo.w = h.unit, h.w
		inheritScale(s, &lo, &h)
		if !rangeOK(&lo, &h) {
			return Quantity{}, 0, false
		}
		hi, last = h, &hi
	}
	isRange := last == &hi
	pre.settle(isRange)
	switch {
	case plus && !isRange:
		q.Bound = commodity.AtLeast
	case !lo.vague:
		q.Bound = pre.bound
	}
	q.Per = last.w.Per
	end := sc.after(&q, last)
	q.Span = Span{pre.start, end}
	q.Lo = lo.amount()
	if isRange {
		q.Hi = hi.amount()
	}
	return q, end, true
}

// accept reports whether the figure whose first number is lo and whose
// last unit is that of last is an amount of material, as far as the words
// around it tell.
func (sc *scanner) accept(p *pre, lo, last *part) bool {
	return sc.material(p, lo, last) && notThing(sc.s, last.after) && ratioFree(sc.s, last.after, last.w.Per != 0)
}

// fiscalYear reports a year and the two digits of the next one, "2012-13",
// which is a period, not a range.
func fiscalYear(s string, lo, hi *part) bool {
	return lo.num.End-lo.num.Start == 4 && isYear(s[lo.num.Start:lo.num.End]) &&
		hi.num.End-hi.num.Start == 2 && isDigit(s[hi.num.Start]) && hi.num.Start-lo.num.End == 1
}

// rangeOK reports whether lo and hi make a range: a lower end below the
// upper one, both amounts or both rates of the same period.
func rangeOK(lo, hi *part) bool {
	if lo.w.Per != hi.w.Per {
		return false // "5 tpa to 8 t" is not one rate
	}
	if lo.w.Unit == hi.w.Unit && lo.w.Scale.Equal(hi.w.Scale) {
		return lo.v.LessThan(hi.v) // one unit word: "3-5 Mt"
	}
	a, b := lo.tonnage(), hi.tonnage()
	if a.IsZero() || b.IsZero() {
		return false
	}
	return a.Tonnes().LessThan(b.Tonnes())
}

// numberAt reads the number at i: digits or words as package number reads
// them, or a vague plural ("billions of"). It returns where a unit may
// follow.
func numberAt(s string, i int) (part, int, bool) {
	if n, ok := number.Len(s[i:]); ok {
		return part{num: Span{i, i + n}}, i + n, true
	}
	if c := s[i] | 0x20; c != 't' && c != 'h' && c != 'm' && c != 'b' {
		return part{}, 0, false
	}
	exp, end, next, ok := vagueAt(s, i)
	if !ok {
		return part{}, 0, false
	}
	return part{exp: exp, num: Span{i, end}, vague: true}, next, true
}

// vagueAt reads plural scale words and "of" at i: "billions of", "tens of
// thousands of". It returns the power of ten, where the words end and
// where the word after the last "of" may start.
func vagueAt(s string, i int) (exp int32, end, next int, ok bool) {
	scaleOf := func(a int) (int32, int, bool) {
		b := wordAt(s, a)
		for _, v := range vagueScales {
			if equalFold(s[a:b], v.word) {
				return v.exp, b, true
			}
		}
		return 0, a, false
	}
	of := func(b int) (int, bool) {
		a, e := nextWord(s, b)
		if a == b || !equalFold(s[a:e], "of") {
			return 0, false
		}
		return e, true
	}
	exp, end, ok = scaleOf(i)
	if !ok {
		return 0, 0, 0, false
	}
	next, ok = of(end)
	if !ok {
		return 0, 0, 0, false
	}
	if exp < 3 {
		// "tens of thousands of", "hundreds of millions of"
		a := skipSpaces(s, next)
		if e2, b, ok2 := scaleOf(a); ok2 && e2 >= 3 && a > next {
			if n2, ok3 := of(b); ok3 {
				return exp + e2, b, n2, true
			}
		}
	}
	return exp, end, next, true
}

// unitAt reads the unit after a number that ends at j: glued ("650kt"),
// after spaces or one hyphen ("43,000-ton"), in brackets ("20 (kg)"), or
// after "more" or "additional" ("500,000 more tonnes"). After a vague
// plural only spaces may come before the unit.
func unitAt(s string, j int, vague bool) (unit Span, after int, w commodity.UnitWord, ok bool) {
	k := j
	if n := number.SpaceLen(s[k:]); n > 0 {
		k += n
	} else if vague {
		return Span{}, 0, w, false
	} else if k < len(s) && s[k] == '-' {
		k++
	}
	if w, n, ok := commodity.MatchUnitWord(s[k:]); ok {
		if k == j && n == 2 && s[k:k+2] == "st" {
			return Span{}, 0, w, false // an ordinal: "21st"
		}
		return Span{k, k + n}, k + n, w, true
	}
	if vague || k == j+1 && s[j] == '-' || k >= len(s) {
		return Span{}, 0, w, false
	}
	if c := closing(s[k]); c != 0 {
		// "Monthly output, China, 2026 (tonnes)": a year before the
		// unit a table's caption gives.
		if aloneYearAt(s, j) {
			return Span{}, 0, w, false
		}
		// (Not "Paragraph 10.02(g)": a clause's letter glued to its
		// number.)
		if w, n, ok := commodity.MatchUnitWord(s[k+1:]); ok && k+1+n < len(s) && s[k+1+n] == c && !(k == j && n == 1) {
			return Span{k + 1, k + 1 + n}, k + 2 + n, w, true
		}
		return Span{}, 0, w, false
	}
	if k > j {
		b := wordAt(s, k)
		if oneOf(s[k:b], "more", "additional", "extra", "further") {
			if m := skipSpaces(s, b); m > b {
				if w, n, ok := commodity.MatchUnitWord(s[m:]); ok {
					return Span{m, m + n}, m + n, w, true
				}
			}
		}
	}
	return Span{}, 0, w, false
}

// aloneYearAt reports whether the number that ends at j is a year of
// four digits standing alone, after a space, a comma or nothing.
func aloneYearAt(s string, j int) bool {
	return j >= 4 && isYear(s[j-4:j]) && (j == 4 || s[j-5] == ' ' || s[j-5] == ',')
}

// closing returns the bracket that closes c, or 0.
func closing(c byte) byte {
	switch c {
	case '(':
		return ')'
	case '[':
		return ']'
	case '{':
		return '}'
	case '<':
		return '>'
	}
	return 0
}

// opener is a word that opens a range before its first number.
type opener uint8

const (
	noOpener opener = iota
	openBetween
	openFrom
)

// pre is what the words before a number say about it.
type pre struct {
	start  int             // where the quantity starts: the bound or opener, or the number
	bound  commodity.Bound // the bound the words give
	open   opener
	change bool // "rose from": "from A to B" is a change, not a range
	by     bool // "by 5 Mt": a change, so "to" after it starts no range
	openAt int  // where the opener starts
	// outer is a bound before the opener or before an inner bound ("up to
	// approximately"), and outerAt where it starts.
	outer   commodity.Bound
	outerAt int
}

// boundSigns are the signs that bound a number written right before it.
var boundSigns = [...]struct {
	sign string
	b    commodity.Bound
}{
	{"~", commodity.About}, {"\u2248", commodity.About}, {"<", commodity.AtMost},
	{"\u2264", commodity.AtMost}, {">", commodity.AtLeast}, {"\u2265", commodity.AtLeast},
}

// readBefore reads the words before the number at i: a sign ("~", "<",
// "≈"), fillers, bound phrases, and "between" or "from".
func readBefore(s string, i int) pre {
	p := pre{start: i}
	k := i
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	sign := false
	for _, bs := range boundSigns {
		if len(bs.sign) <= k && s[k-len(bs.sign):k] == bs.sign {
			p.start, p.bound = k-len(bs.sign), bs.b
			k -= len(bs.sign)
			sign = true
			break
		}
	}
	if !sign {
		k = i
	}
	bw := wordsBefore(s, k)
	w := 0
	for _, i := range fillerSet.candidates(s, &bw, w) {
		if n, ok := bw.ends(s, w, fillerSet.back[i]); ok {
			w += n
			break
		}
	}
	inner, n, ok := boundAt(s, &bw, w)
	if ok {
		w += n
		p.start = bw.startOf(w - 1)
		p.bound = stronger(p.bound, inner)
	}
	switch {
	case equalFold(bw.word(s, w), "between"):
		p.open = openBetween
	case equalFold(bw.word(s, w), "from"):
		p.open = openFrom
	}
	if p.open != noOpener {
		p.openAt = bw.startOf(w)
		w++
		if p.open == openFrom {
			// ("raise the plant's production capacity from", "grew its
			// annual LNG sales from": a few words between.)
			for k := w; k < w+6 && k < bw.n; k++ {
				if changeVerbs.has(bw.word(s, k)) {
					p.change = true
					break
				}
			}
		}
	}
	if outer, n, ok := boundAt(s, &bw, w); ok && (p.open == noOpener || p.open == openBetween) {
		p.outerAt = bw.startOf(w + n - 1)
		p.outer = outer
	}
	p.by = !ok && p.open == noOpener && (equalFold(bw.word(s, 0), "by") ||
		// "rose by another 14,100t to 63,450t", "by a further 2 Mt".
		bw.n > 1 && (equalFold(bw.word(s, 0), "another") || equalFold(bw.word(s, 0), "further")) && (equalFold(bw.word(s, 1), "by") || bw.n > 2 && equalFold(bw.word(s, 1), "a") && equalFold(bw.word(s, 2), "by")))
	// "stocks rose 6,075 tonnes to 231,590 tonnes", "edged up 1,125
	// tonnes to 18,773 tonnes": the change, then the level it reached;
	// no range.
	if !ok && p.open == noOpener && bw.n > 0 {
		w0 := bw.word(s, 0)
		if changeVerbs.has(w0) || (equalFold(w0, "up") || equalFold(w0, "down")) && bw.n > 1 && (changeVerbs.has(bw.word(s, 1)) || equalFold(bw.word(s, 1), "edged") || equalFold(bw.word(s, 1), "moved") || equalFold(bw.word(s, 1), "was") || equalFold(bw.word(s, 1), "were")) {
			p.by = true
		}
	}
	return p
}

// settle fixes where the quantity starts and its bound, now that it is
// known whether a range was read: "from" and "between" belong to a range
// only, and a bound before them to the range too.
func (p *pre) settle(isRange bool) {
	if isRange {
		if p.open != noOpener {
			p.start = p.openAt
		}
		if p.outer != commodity.Exact {
			p.start = p.outerAt
		}
		p.bound = commodity.Range
		return
	}
	if p.open == noOpener && p.outer != commodity.Exact {
		p.start = p.outerAt
		p.bound = stronger(p.bound, p.outer)
	}
}

// stronger returns the bound to keep of two found before one number: an
// upper or lower bound over "about" ("up to approximately 5 Mt" is at
// most 5 Mt).
func stronger(a, b commodity.Bound) commodity.Bound {
	if a == commodity.Exact || a == commodity.About && b != commodity.Exact {
		return b
	}
	return a
}

// boundAt matches a bound phrase ending at the k-th word back.
func boundAt(s string, bw *backWords, k int) (commodity.Bound, int, bool) {
	for _, i := range boundSet.candidates(s, bw, k) {
		bp := &boundPhrases[i]
		n, ok := bw.ends(s, k, boundSet.back[i])
		if !ok {
			continue
		}
		switch before := bw.word(s, k+n); bp.phrase {
		case "up to":
			if upVerbs.has(before) {
				return 0, 0, false
			}
		case "as much as", "as many as":
			if oneOf(before, multipliers[:]...) {
				return 0, 0, false
			}
		}
		return bp.b, n, true
	}
	return 0, 0, false
}

// rangeAfter reads the upper end of a range after position k, where the
// lower end (with its unit when loUnit) stops: "- 6,000 tonnes", "to 5
// Mt", "and 6,000 tonnes" after "between", "-~7 g".
func rangeAfter(s string, k int, p *pre, loUnit bool) (part, bool) {
	link, c, ok := rangeLink(s, k)
	if !ok || !p.allows(link) {
		return part{}, false
	}
	return rangeEnd(s, c, loUnit)
}

// rangeLink reads the word or sign that joins the ends of a range after
// position k: a dash, "to" or "and". It returns it ('-', 't' or 'a') and
// where the upper end may start.
func rangeLink(s string, k int) (link byte, c int, ok bool) {
	c = skipSpaces(s, k)
	switch a, b := c, wordAt(s, c); {
	case dashLen(s, c) > 0:
		return '-', c + dashLen(s, c), true
	case equalFold(s[a:b], "to"):
		return 't', b, true
	case equalFold(s[a:b], "and"):
		return 'a', b, true
	}
	return 0, 0, false
}

// allows reports whether the words before the first number of a range
// let link join it to an upper end: "to" does not after "rose from" (a
// change), "by" or "between", and "and" only after "between".
func (p *pre) allows(link byte) bool {
	switch link {
	case 't':
		return !(p.open == openFrom && p.change || p.by || p.open == openBetween)
	case 'a':
		return p.open == openBetween
	}
	return true
}

// rangeEnd reads the upper end of a range that may start at c, past the
// word or sign that joins it to the lower end: the number and its unit.
func rangeEnd(s string, c int, loUnit bool) (part, bool) {
	c = skipSpaces(s, c)
	if c < len(s) && s[c] == '~' {
		c = skipSpaces(s, c+1)
	} else if a, b := c, wordAt(s, c); b > a && approxWords.has(s[a:b]) {
		c = skipSpaces(s, b)
	}
	if c >= len(s) || !isDigit(s[c]) && !isAlpha(s[c]) {
		return part{}, false
	}
	n, ok := number.Len(s[c:])
	if !ok {
		return part{}, false
	}
	h := part{num: Span{c, c + n}}
	unit, after, w, ok := unitAt(s, c+n, false)
	if !ok {
		return part{}, false
	}
	h.unit, h.after, h.w = unit, after, w
	if !loUnit && s[unit.Start-1] == '(' {
		return part{}, false
	}
	return h, true
}

// connectorAt reports whether a range connector may follow a number that
// ends at k: a dash, "to" or "and".
func connectorAt(s string, k int) bool {
	c := skipSpaces(s, k)
	if dashLen(s, c) > 0 {
		return true
	}
	d := wordAt(s, c)
	return oneOf(s[c:d], "to", "and")
}

// dashLen returns the length of the dash at i: a hyphen, an en or em dash,
// or a minus sign; 0 if there is none.
func dashLen(s string, i int) int {
	switch {
	case i >= len(s):
		return 0
	case s[i] == '-':
		return 1
	case i+3 <= len(s) && (s[i:i+3] == "\u2013" || s[i:i+3] == "\u2014" || s[i:i+3] == "\u2212" || s[i:i+3] == "\u2012"):
		return 3
	}
	return 0
}

// inheritScale gives the lower end of a range written without a scale the
// scale of the upper end, when that makes it the smaller: "3-5 million
// tonnes" is 3 million to 5 million, but "500 to 1 million tonnes" starts
// at 500.
func inheritScale(s string, lo, hi *part) {
	if _, _, ok := scaleSuffix(s, lo.num); ok {
		return
	}
	sp, exp, ok := scaleSuffix(s, hi.num)
	if !ok {
		return
	}
	v := lo.v.Shift(exp)
	if !number.Fits(v) || !v.LessThan(hi.v) {
		return
	}
	lo.v, lo.scale = v, sp
}

// scaleSuffix finds the scale word that ends the number written at n:
// "million" of "3.5 million", "mn" of "3.5mn", "m" of "3.5m".
func scaleSuffix(s string, n Span) (Span, int32, bool) {
	e := n.End
	b := e
	for b > n.Start && isAlpha(s[b-1]) {
		b--
	}
	if b == e {
		return Span{}, 0, false
	}
	glued := b > n.Start && isDigit(s[b-1])
	exp, ok := number.ScaleWord(s[b:e], glued)
	if !ok {
		return Span{}, 0, false
	}
	return Span{b, e}, exp, true
}

// after reads what follows the last unit of q: a rate ("a year", "/yr",
// "per annum"), an abbreviation in brackets ("(tpa)"), and a bound written
// after the number ("or more"), and returns where the quantity ends. The
// words right after the unit were already found to leave the figure a
// mass, when [scanner.accept] took last (q.Per is then last's period).
func (sc *scanner) after(q *Quantity, last *part) int {
	s := sc.s
	e := last.after
	if e < len(s) && s[e] == '/' {
		per, n, _ := commodity.MatchRate(s[e:])
		q.Per, e = per, e+n
	}
	a := e
	if n := number.SpaceLen(s[e:]); n > 0 {
		a += n
	} else if e < len(s) && s[e] == '-' {
		a++
	}
	if a > e && q.Per == 0 {
		if per, n, ok := commodity.MatchRate(s[a:]); ok {
			q.Per, e = per, a+n
		}
	}
	// An abbreviation in brackets: "1,500 tonnes per annum (tpa)".
	if c := skipSpaces(s, e); c < len(s) && s[c] == '(' {
		d := c + 1
		for d < len(s) && d-c < 12 && s[d] != ')' && !isSpace(s[d]) {
			d++
		}
		if d < len(s) && s[d] == ')' {
			if w, ok := commodity.LookupUnitWord(s[c+1 : d]); ok {
				if q.Per == 0 {
					q.Per = w.Per
				}
				e = d + 1
			}
		}
	}
	// A bound after the number: "5 Mt or more".
	if q.Bound == commodity.Exact || q.Bound == commodity.About {
		a, b := nextWord(s, e)
		if oneOf(s[a:b], "or", "and") {
			c, d := nextWord(s, b)
			var bound commodity.Bound
			switch w := s[c:d]; {
			case oneOf(w, "more", "above", "higher", "over"):
				bound = commodity.AtLeast
			case oneOf(w, "less", "fewer", "below", "under"):
				bound = commodity.AtMost
			case equalFold(s[a:b], "or") && equalFold(w, "so"):
				bound = commodity.About
			}
			if bound != commodity.Exact && number.AtBoundary(s, d) {
				q.Bound, e = bound, d
			}
		}
	}
	// A bound in brackets: "20 tonnes per year (minimum)".
	if q.Bound == commodity.Exact {
		if c := skipSpaces(s, e); c < len(s) && s[c] == '(' {
			for _, w := range [...]struct {
				word  string
				bound commodity.Bound
			}{{"(minimum)", commodity.AtLeast}, {"(min.)", commodity.AtLeast}, {"(at least)", commodity.AtLeast}, {"(maximum)", commodity.AtMost}, {"(max.)", commodity.AtMost}, {"(at most)", commodity.AtMost}} {
				if len(s)-c >= len(w.word) && equalFold(s[c:c+len(w.word)], w.word) {
					q.Bound, e = w.bound, c+len(w.word)
					break
				}
			}
		}
	}
	return e
}

// ratioFree reports whether the words after a unit that ends at e leave
// the figure a mass, not a ratio: a slash must start a rate ("tonnes/yr",
// not "g/t", "t/h", "kg/m3"), and so must "per" ("per annum", not "per
// hectare", "per tonne of steel"), also after a short "of" phrase ("1.8
// tonnes of CO2 per tonne of steel", "1,200 t of ore per hour"); a rate
// unit takes no second rate; and "tonne-km" is freight work.
func ratioFree(s string, e int, rate bool) bool {
	if a, b := nextWord(s, e); equalFold(s[a:b], "of") {
		// Up to four words of what the amount is of, then "per".
		c := b
		for n := 0; n < 4; n++ {
			x, y := nextWord(s, c)
			if x == y {
				// A number or sign inside ("CO2") ends the word: step over it.
				for y < len(s) && (isDigit(s[y]) || isAlpha(s[y])) {
					y++
				}
				if x == y {
					break
				}
			}
			if equalFold(s[x:y], "per") {
				// "180,000 tonnes of 5 per cent broken rice": a grade,
				// not a rate.
				if u, v := nextWord(s, y); equalFold(s[u:v], "cent") {
					c = v
					continue
				}
				_, _, ok := commodity.MatchRate(s[x:])
				return ok
			}
			c = y
		}
	}
	if e < len(s) && s[e] == '/' {
		_, _, ok := commodity.MatchRate(s[e:])
		return ok && !rate
	}
	a := e
	if n := number.SpaceLen(s[e:]); n > 0 {
		a += n
	} else if e < len(s) && s[e] == '-' {
		a++
	}
	if a == e {
		return true
	}
	b := wordAt(s, a)
	switch w := s[a:b]; {
	case oneOf(w, "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles"):
		return false
	case equalFold(w, "per"):
		_, _, ok := commodity.MatchRate(s[a:])
		return ok && !rate
	case oneOf(w, "a", "an"):
		c, d := nextWord(s, b)
		return !oneOf(s[c:d], "hour", "hectare", "hectares", "acre", "head", "person", "capita", "tonne", "ton")
	}
	return true
}

// notThing reports whether the words after a unit that ends at e leave
// the figure an amount of material: not the class of a vehicle or machine
// ("5-ton truck", "40-ton dump truck", "6,000-ton press") and not a yield
// of explosive ("15 kilotons of TNT").
func notThing(s string, e int) bool {
	a := e
	if n := number.SpaceLen(s[e:]); n > 0 {
		a += n
	} else if e < len(s) && s[e] == '-' {
		a++
	} else {
		return true
	}
	b := wordAt(s, a)
	w := s[a:b]
	if equalFold(w, "of") {
		c, d := nextWord(s, b)
		return !oneOf(s[c:d], "tnt")
	}
	if oneOf(w, "tnt") || vehicleNouns.has(w) {
		return false
	}
	// One more word may come between: "40-ton dump truck", "6,000-ton
	// Giga Press".
	c := b
	if c < len(s) && s[c] == '-' {
		c++
	}
	if c == b && number.SpaceLen(s[c:]) == 0 {
		return true
	}
	c = skipSpaces(s, c)
	d := wordAt(s, c)
	return !vehicleNouns.has(s[c:d])
}

// material rejects figures whose unit word is something else in context:
// "kt" as knots of wind, a stray "t" or "g" after a year or before the
// rest of a split word ("in 2023 t he"), "4g" networks, and pounds of
// money.
func (sc *scanner) material(p *pre, lo, last *part) bool {
	s := sc.s
	unit := s[last.unit.Start:last.unit.End]
	switch {
	case equalFold(unit, "kt"):
		return !sc.speaksOfWind()
	case unit == "t" || unit == "g":
		num := s[lo.num.Start:lo.num.End]
		if lo == last && p.bound == commodity.Exact && len(num) == 4 && isYear(num) {
			return false
		}
		if last.unit.Start > last.num.End && last.unit.End < len(s) && s[last.unit.End] == ' ' {
			a, b := last.unit.End+1, wordAt(s, last.unit.End+1)
			f := s[a:b]
			if len(f) > 0 && len(f) <= 3 && f[0] == 'h' && isLower(f[len(f)-1]) || oneOf(f, "o", "on", "ons", "onne", "onnes") && isLower(f[0]) {
				return false
			}
		}
		if unit == "g" && last.unit.Start == last.num.End && len(num) == 1 && '2' <= num[0] && num[0] <= '6' {
			c, d := nextWord(s, last.unit.End)
			if oneOf(s[c:d], "network", "networks", "lte", "phone", "phones", "mobile", "service", "services",
				"technology", "spectrum", "connectivity", "smartphone", "smartphones", "rollout", "coverage",
				"signal", "internet", "wireless", "standard", "licence", "licences", "license", "licenses",
				"era", "chip", "chips", "modem", "modems", "base", "device", "devices", "data", "speeds") {
				return false
			}
		}
	case last.w.Unit == commodity.Pound && oneOf(unit, "pound", "pounds"):
		return !poundsOfMoney(s, p.start, last.unit.End)
	case unit == "mt" || unit == "MT" || unit == "mts" || unit == "MTs" || unit == "MTS":
		// "86 million mt" and "5,000 MT" are metric tonnes, but a small
		// bare number ("22.7 mt", "1.1-1.2 mt") in lower case is million
		// tonnes, as Indian business press and some trade press write
		// it; in capitals ("5 MT") it is left unread rather than read
		// wrong. ("3-5 million mt": the lower end takes the upper's
		// scale.)
		_, _, hiScaled := scaleSuffix(s, last.num)
		if (bigOrScaled(s, lo.num) || lo != last && hiScaled) && bigOrScaled(s, last.num) {
			return true
		}
		if unit != "mt" || bigOrScaled(s, last.num) || hiScaled {
			return false
		}
		last.w.Scale = millionScale
		// (Not a lower end with its own unit: "1t-2mt".)
		if lo != last && lo.unit.IsZero() {
			lo.w.Scale = millionScale
		}
		return true
	}
	return true
}

// bigOrScaled reports whether the number at n has a scale word or is at
// least a thousand.
func bigOrScaled(s string, n Span) bool {
	if _, _, ok := scaleSuffix(s, n); ok {
		return true
	}
	digits := 0
	for i := n.Start; i < n.End; i++ {
		switch c := s[i]; {
		case c == '.' || c == '/':
			return digits >= 4
		case isDigit(c):
			digits++
		case c != ',':
			return true // a number in words: "two million"
		}
	}
	return digits >= 4
}

// yearBefore reports whether the number n at i is a year after a word of
// time ("in 2014", "since 2020", "May 2024"), which cannot start a range.
func yearBefore(s string, i int, n Span) bool {
	if n.End-n.Start != 4 || !isYear(s[n.Start:n.End]) {
		return false
	}
	bw := wordsBefore(s, i)
	w := bw.word(s, 0)
	return oneOf(w, "in", "since", "by", "during", "until", "till", "through", "of", "from", "year", "fiscal", "fy") ||
		monthNames.has(w)
}

// isYear reports whether the four digits d are a year from 1800 to 2100.
func isYear(d string) bool {
	for i := 0; i < len(d); i++ {
		if !isDigit(d[i]) {
			return false
		}
	}
	return "1800" <= d && d <= "2100"
}

// speaksOfWind reports, once per scan, whether the text speaks of wind,
// storms or speed, where "kt" is knots.
func (sc *scanner) speaksOfWind() bool {
	if sc.windy == 0 {
		sc.windy = -1
		s := sc.s
		for i := 0; i < len(s); {
			if !isAlpha(s[i]) {
				i++
				continue
			}
			j := wordAt(s, i)
			if windWords.has(s[i:j]) {
				sc.windy = 1
				break
			}
			i = j
		}
	}
	return sc.windy > 0
}

// poundsOfMoney reports whether "pounds" ending at e, in a figure that
// starts at start, is money: "pounds sterling", "5 million pounds ($6.3
// million)", or a word of money before the figure ("worth 5 million
// pounds"); never when "of" follows ("5 million pounds of copper").
func poundsOfMoney(s string, start, e int) bool {
	a, b := nextWord(s, e)
	switch {
	case equalFold(s[a:b], "of"):
		return false
	case equalFold(s[a:b], "sterling"):
		return true
	case a == b && a < len(s) && s[a] == '(':
		c := skipSpaces(s, a+1)
		if c < len(s) && (s[c] == '$' || s[c] >= 0x80) || c+2 < len(s) && s[c:c+2] == "US" {
			return true
		}
	}
	bw := wordsBefore(s, start)
	for k := 0; k < 4 && k < bw.n; k++ {
		if moneyWords.has(bw.word(s, k)) {
			return true
		}
	}
	return false
}

// currencySymbols are the signs of money a number may follow.
var currencySymbols = [...]string{"$", "\u20ac", "\u00a3", "\u00a5", "\u20a9", "\u20b9", "\u20bd", "\u20ba"}

// currencyCode reports whether w is a code of money a number may follow
// ("USD 500"), in the letter case written.
func currencyCode(w string) bool {
	switch w {
	case "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "KRW", "INR", "AUD", "CAD", "CHF", "HKD", "SGD",
		"Rs", "Rs.", "Rp", "RM":
		return true
	}
	return false
}

// moneyBefore reports whether the number at i is money: a currency sign
// or code before it ("$500", "US$120", "USD 500", "€40").
func moneyBefore(s string, i int) bool {
	k := i
	if k > 0 && s[k-1] == ' ' {
		k--
	}
	// The signs end in "$" or in a byte of a multi-byte rune.
	if k > 0 && (s[k-1] == '$' || s[k-1] >= utf8.RuneSelf) {
		for _, c := range currencySymbols {
			if len(c) <= k && s[k-len(c):k] == c {
				return true
			}
		}
	}
	if k == i {
		return false
	}
	b := k
	a := b
	if a > 0 && s[a-1] == '.' {
		a--
	}
	for a > 0 && isAlpha(s[a-1]) {
		a--
	}
	if a > 0 && isWordByte(s[a-1]) {
		return false
	}
	return currencyCode(s[a:b])
}

// groupedBefore reports a three-digit number that follows digits and one
// space, a group of a number written with spaces ("816 000 t"), which is
// left unread rather than read wrong.
func groupedBefore(s string, i int, n Span) bool {
	if i < 2 || s[i-1] != ' ' || !isDigit(s[i-2]) || n.End-n.Start != 3 {
		return false
	}
	return isDigit(s[i]) && isDigit(s[i+1]) && isDigit(s[i+2])
}
