package commodity

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/internal/number"
	"github.com/shopspring/decimal"
)

// A Unit is a unit of mass. Its String is the wire code ("t",
// "short_ton"). The zero Unit is unknown and prints as "". Units are
// comparable.
type Unit uint8

// The units of mass. Each comment gives the wire code and the exact size
// in metric tonnes.
const (
	Tonne           Unit = iota + 1 // "t": metric tonne, 1 t
	Ton                             // "ton": a bare "ton", counted as a metric tonne, 1 t
	ShortTon                        // "short_ton": US ton of 2000 lb, 0.90718474 t
	LongTon                         // "long_ton": imperial ton of 2240 lb, 1.0160469088 t
	Kilogram                        // "kg": 0.001 t
	Gram                            // "g": 0.000001 t
	Pound                           // "lb": avoirdupois pound, 0.00045359237 t
	TroyOunce                       // "oz_t": troy ounce, 31.1034768 g, 0.0000311034768 t
	Ounce                           // "oz": avoirdupois ounce, 28.349523125 g, 0.000028349523125 t
	DeadweightTonne                 // "dwt": deadweight tonne of ship capacity, 1 t
)

// units holds the code and the size in tonnes (coefficient and exponent)
// of each Unit.
var units = [...]struct {
	code string
	coef int64
	exp  int32
}{
	Tonne:           {"t", 1, 0},
	Ton:             {"ton", 1, 0},
	ShortTon:        {"short_ton", 90718474, -8},
	LongTon:         {"long_ton", 10160469088, -10},
	Kilogram:        {"kg", 1, -3},
	Gram:            {"g", 1, -6},
	Pound:           {"lb", 45359237, -11},
	TroyOunce:       {"oz_t", 311034768, -13},
	Ounce:           {"oz", 28349523125, -15},
	DeadweightTonne: {"dwt", 1, 0},
}

func (u Unit) valid() bool { return 0 < u && int(u) < len(units) }

// String returns the wire code of u: "t", "ton", "short_ton", "long_ton",
// "kg", "g", "lb", "oz_t", "oz" or "dwt"; "" for the zero Unit, and
// "Unit(N)" for a value that is not one of the constants.
func (u Unit) String() string {
	if u == 0 || u.valid() {
		return units[u].code
	}
	return "Unit(" + strconv.Itoa(int(u)) + ")"
}

// Tonnes returns the exact size of u in metric tonnes: 1 for [Tonne],
// [Ton] and [DeadweightTonne], 0.90718474 for [ShortTon], and so on. It
// returns 0 for the zero Unit and for values that are not constants.
func (u Unit) Tonnes() decimal.Decimal {
	if !u.valid() {
		return decimal.Decimal{}
	}
	return decimal.New(units[u].coef, units[u].exp)
}

// ParseUnit returns the Unit whose wire code is code ("t", "short_ton").
// It reads codes only; [LookupUnit] reads unit words as written in text.
// The error is a [*ParseError] wrapping [ErrSyntax] for empty input and
// [ErrUnknownUnit] for any other text.
func ParseUnit(code string) (Unit, error) {
	if code == "" {
		return 0, newParseError(code, 0, "empty input", ErrSyntax)
	}
	for u := Tonne; u.valid(); u++ {
		if units[u].code == code {
			return u, nil
		}
	}
	return 0, newParseError(code, 0, fmt.Sprintf("unknown unit %q", code), ErrUnknownUnit)
}

// AppendText appends the wire code of u to b. It fails for values that
// are not constants.
func (u Unit) AppendText(b []byte) ([]byte, error) {
	if u != 0 && !u.valid() {
		return b, fmt.Errorf("commodity: invalid %s", u)
	}
	return append(b, units[u].code...), nil
}

// MarshalText returns the wire code of u; the zero Unit gives empty text.
func (u Unit) MarshalText() ([]byte, error) { return u.AppendText(nil) }

// UnmarshalText sets u from a wire code as [ParseUnit] does; empty text
// sets the zero Unit.
func (u *Unit) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*u = 0
		return nil
	}
	v, err := ParseUnit(string(text))
	if err != nil {
		return err
	}
	*u = v
	return nil
}

// A UnitWord is what a unit word written in text stands for: a Unit, a
// scale to apply to the number written before it, and for rate words the
// Period. "kt" is {Tonne, 1000, 0}; "Mtpa" is {Tonne, 1000000, Year}.
type UnitWord struct {
	Unit  Unit            // the unit of mass
	Scale decimal.Decimal // multiply the number by Scale; 1 for a plain unit word
	Per   Period          // the period of a rate word ("tpa", "tpd"); zero for a mass
}

// unitWords lists the unit words [MatchUnitWord] knows. A phrase is one to
// three words separated by single spaces; in text they may be separated by
// any spaces or by one hyphen. Phrases with fold set match in any letter
// case; the others only as written, because case tells "Mt" (megatonne)
// from "MT" and "mt" (metric tonne).
var unitWords = [...]struct {
	phrase string
	fold   bool
	unit   Unit
	exp    int32 // Scale is 10^exp
	per    Period
}{
	// Metric tonnes.
	{"t", false, Tonne, 0, 0},
	{"tonne", true, Tonne, 0, 0},
	{"tonnes", true, Tonne, 0, 0},
	{"metric ton", true, Tonne, 0, 0},
	{"metric tons", true, Tonne, 0, 0},
	{"metric tonne", true, Tonne, 0, 0},
	{"metric tonnes", true, Tonne, 0, 0},
	{"mt", false, Tonne, 0, 0},
	{"MT", false, Tonne, 0, 0},
	{"mts", false, Tonne, 0, 0},
	{"MTs", false, Tonne, 0, 0},
	{"MTS", false, Tonne, 0, 0},
	{"dmt", true, Tonne, 0, 0},
	{"wmt", true, Tonne, 0, 0},
	{"dry metric tonne", true, Tonne, 0, 0},
	{"dry metric tonnes", true, Tonne, 0, 0},
	{"dry metric ton", true, Tonne, 0, 0},
	{"dry metric tons", true, Tonne, 0, 0},
	{"wet metric tonne", true, Tonne, 0, 0},
	{"wet metric tonnes", true, Tonne, 0, 0},
	{"wet metric ton", true, Tonne, 0, 0},
	{"wet metric tons", true, Tonne, 0, 0},
	{"dry tonne", true, Tonne, 0, 0},
	{"dry tonnes", true, Tonne, 0, 0},
	{"wet tonne", true, Tonne, 0, 0},
	{"wet tonnes", true, Tonne, 0, 0},
	{"tU", false, Tonne, 0, 0}, // tonnes of uranium, as the nuclear trade writes it

	// Scaled metric tonnes.
	{"kt", true, Tonne, 3, 0},
	{"kilotonne", true, Tonne, 3, 0},
	{"kilotonnes", true, Tonne, 3, 0},
	{"kiloton", true, Tonne, 3, 0},
	{"kilotons", true, Tonne, 3, 0},
	{"Mt", false, Tonne, 6, 0},
	{"mmt", true, Tonne, 6, 0},
	{"megatonne", true, Tonne, 6, 0},
	{"megatonnes", true, Tonne, 6, 0},
	{"megaton", true, Tonne, 6, 0},
	{"megatons", true, Tonne, 6, 0},
	{"Gt", false, Tonne, 9, 0},
	// Thousands and millions of wet or dry metric tonnes, as iron ore
	// and nickel ore miners report them: "4,208 kwmt", "16.5 Mwmt".
	{"kwmt", true, Tonne, 3, 0},
	{"kdmt", true, Tonne, 3, 0},
	{"Mwmt", false, Tonne, 6, 0},
	{"Mdmt", false, Tonne, 6, 0},
	{"gigatonne", true, Tonne, 9, 0},
	{"gigatonnes", true, Tonne, 9, 0},
	{"gigaton", true, Tonne, 9, 0},
	{"gigatons", true, Tonne, 9, 0},

	// Rates in metric tonnes.
	{"tpa", true, Tonne, 0, Year},
	{"tpy", true, Tonne, 0, Year},
	{"t/y", false, Tonne, 0, Year},
	{"t/yr", false, Tonne, 0, Year},
	{"t/a", false, Tonne, 0, Year},
	{"T/yr", false, Tonne, 0, Year},
	{"T/y", false, Tonne, 0, Year},
	{"ltpa", true, Tonne, 5, Year}, // lakh tonnes per annum: 100,000 t a year
	// Dry and wet metric tonnes a year, as concentrate offtakes write
	// them: "38,000 dmtpa".
	{"dmtpa", true, Tonne, 0, Year},
	{"wmtpa", true, Tonne, 0, Year},
	{"dmtpy", true, Tonne, 0, Year},
	{"wmtpy", true, Tonne, 0, Year},
	{"tpd", true, Tonne, 0, Day},
	{"t/d", false, Tonne, 0, Day},
	{"ktpa", true, Tonne, 3, Year},
	{"ktpy", true, Tonne, 3, Year},
	{"kta", true, Tonne, 3, Year},
	{"kt/y", true, Tonne, 3, Year},
	{"kt/yr", true, Tonne, 3, Year},
	{"kt/a", true, Tonne, 3, Year},
	{"mtpa", true, Tonne, 6, Year},
	{"mtpy", true, Tonne, 6, Year},
	{"mmtpa", true, Tonne, 6, Year},
	{"Mt/y", false, Tonne, 6, Year},
	{"Mt/yr", false, Tonne, 6, Year},
	{"Mt/a", false, Tonne, 6, Year},

	// Bare tons.
	{"ton", true, Ton, 0, 0},
	{"tons", true, Ton, 0, 0},
	{"dry ton", true, Ton, 0, 0},
	{"dry tons", true, Ton, 0, 0},
	{"wet ton", true, Ton, 0, 0},
	{"wet tons", true, Ton, 0, 0},

	// Short and long tons.
	{"short_ton", false, ShortTon, 0, 0},
	{"st", false, ShortTon, 0, 0},
	{"short ton", true, ShortTon, 0, 0},
	{"short tons", true, ShortTon, 0, 0},
	{"net ton", true, ShortTon, 0, 0},
	{"net tons", true, ShortTon, 0, 0},
	{"long_ton", false, LongTon, 0, 0},
	{"long ton", true, LongTon, 0, 0},
	{"long tons", true, LongTon, 0, 0},
	{"imperial ton", true, LongTon, 0, 0},
	{"imperial tons", true, LongTon, 0, 0},

	// Kilograms and grams.
	{"kg", true, Kilogram, 0, 0},
	{"kgs", true, Kilogram, 0, 0},
	{"kilogram", true, Kilogram, 0, 0},
	{"kilograms", true, Kilogram, 0, 0},
	{"kilogramme", true, Kilogram, 0, 0},
	{"kilogrammes", true, Kilogram, 0, 0},
	{"kilo", true, Kilogram, 0, 0},
	{"kilos", true, Kilogram, 0, 0},
	{"g", false, Gram, 0, 0},
	{"gram", true, Gram, 0, 0},
	{"grams", true, Gram, 0, 0},
	{"gramme", true, Gram, 0, 0},
	{"grammes", true, Gram, 0, 0},
	{"gs", false, Gram, 0, 0},

	// Milligrams and micrograms, kept as grams.
	{"mg", false, Gram, -3, 0},
	{"milligram", true, Gram, -3, 0},
	{"milligrams", true, Gram, -3, 0},
	{"milligramme", true, Gram, -3, 0},
	{"milligrammes", true, Gram, -3, 0},
	{"mcg", false, Gram, -6, 0},
	{"microgram", true, Gram, -6, 0},
	{"micrograms", true, Gram, -6, 0},
	{"microgramme", true, Gram, -6, 0},
	{"microgrammes", true, Gram, -6, 0},

	// Pounds.
	{"lb", true, Pound, 0, 0},
	{"lbs", true, Pound, 0, 0},
	{"pound", true, Pound, 0, 0},
	{"pounds", true, Pound, 0, 0},
	{"mlb", true, Pound, 6, 0},
	{"mlbs", true, Pound, 6, 0},

	// Ounces: plain "oz" and "ounce" are avoirdupois; troy only when said.
	{"oz", true, Ounce, 0, 0},
	{"ounce", true, Ounce, 0, 0},
	{"ounces", true, Ounce, 0, 0},
	{"oz_t", false, TroyOunce, 0, 0},
	{"ozt", true, TroyOunce, 0, 0},
	{"toz", true, TroyOunce, 0, 0},
	{"troy oz", true, TroyOunce, 0, 0},
	{"troy ounce", true, TroyOunce, 0, 0},
	{"troy ounces", true, TroyOunce, 0, 0},
	{"koz", true, TroyOunce, 3, 0},
	{"moz", true, TroyOunce, 6, 0},

	// Deadweight tonnes.
	{"dwt", true, DeadweightTonne, 0, 0},
	{"deadweight tonne", true, DeadweightTonne, 0, 0},
	{"deadweight tonnes", true, DeadweightTonne, 0, 0},
	{"deadweight ton", true, DeadweightTonne, 0, 0},
	{"deadweight tons", true, DeadweightTonne, 0, 0},
	{"dead weight tonne", true, DeadweightTonne, 0, 0},
	{"dead weight tonnes", true, DeadweightTonne, 0, 0},
	{"dead weight ton", true, DeadweightTonne, 0, 0},
	{"dead weight tons", true, DeadweightTonne, 0, 0},
}

// unitKeys holds, for each entry of unitWords, what MatchUnitWord checks
// before it compares the words: the first letter in lower case, the length
// of the first word, and the number of words.
var unitKeys = func() (t [len(unitWords)]struct {
	first     byte
	n0, words int
}) {
	for i, uw := range unitWords {
		w, _, _ := strings.Cut(uw.phrase, " ")
		t[i].first = lowerASCII(uw.phrase[0])
		t[i].n0 = len(w)
		t[i].words = strings.Count(uw.phrase, " ") + 1
	}
	return t
}()

// unitsByFirst lists, for each first letter in lower case, the indexes of
// the unitWords entries whose phrase starts with it, in table order.
var unitsByFirst = func() (t [256][]uint8) {
	for i := range unitWords {
		f := unitKeys[i].first
		t[f] = append(t[f], uint8(i))
	}
	return t
}()

const _ = uint8(len(unitWords) - 1)

// unitFirstLens holds, for each first letter in lower case and the class
// of the second byte (see unitSecond), the lengths of the first words of
// the unitWords phrases that start so, as bits, so that MatchUnitWord
// turns down most words without comparing phrases.
var unitFirstLens = func() (t [256][27]uint16) {
	for i, uw := range unitWords {
		t[unitKeys[i].first][unitSecond(uw.phrase)] |= 1 << unitKeys[i].n0
	}
	return t
}()

// unitSecond returns the class of the second byte of s: 1 to 26 for an
// ASCII letter in either case, 0 for any other byte or past the end.
func unitSecond(s string) int {
	if len(s) < 2 {
		return 0
	}
	if c := lowerASCII(s[1]); 'a' <= c && c <= 'z' {
		return int(c-'a') + 1
	}
	return 0
}

// A unit word is no longer than the bits of unitFirstLens hold.
const _ = uint(15 - maxUnitToken)

// maxUnitPhrase is the largest number of words in a unitWords phrase, and
// maxUnitToken the longest word in bytes.
const (
	maxUnitPhrase = 3
	maxUnitToken  = len("microgrammes")
)

// MatchUnitWord reads the longest unit word or phrase at the start of s
// and reports what it stands for and how many bytes it takes. The words of
// a phrase may be separated by spaces or one hyphen ("metric tons",
// "deadweight-ton"), and the match must end at a word boundary. A slash
// ends a unit word that is not itself a rate: in "tonnes/yr" and "g/t"
// it reads "tonnes" and "g" and leaves the rest to the caller. It does not
// allocate when s does not start with a unit word, so a text scanner may
// call it freely.
//
// MatchUnitWord knows:
//
//   - metric tonnes: t, tonne(s), metric ton(s), metric tonne(s), mt, MT,
//     mts, MTs, dmt and wmt, dry or wet metric ton(ne)s, dry or wet
//     tonne(s);
//   - bare tons: ton(s), dry or wet ton(s) ([Ton], counted as metric);
//   - short ton(s), net ton(s), st (as the trade press abbreviates it);
//     long ton(s), imperial ton(s);
//   - kg, kgs, k.g., k.gs, kilogram(s), kilogramme(s), kilo(s); g, gs,
//     gram(s), gramme(s); mg, milligram(s), milligramme(s) (a thousandth
//     of a [Gram]); µg, mcg, microgram(s), microgramme(s) (a millionth);
//   - lb, lbs, pound(s); Mlb(s) (a million pounds, as uranium is written);
//   - oz, ounce(s) (avoirdupois); troy ounce(s), troy oz, ozt, toz,
//     koz (a thousand troy ounces), Moz (a million troy ounces);
//   - dwt, deadweight (or dead weight) ton(ne)s;
//   - scaled tonnes: kt, kiloton(ne)s (a thousand tonnes); Mt,
//     megaton(ne)s, mmt (a million tonnes); Gt, gigaton(ne)s (a billion);
//   - rates: tpa, tpy, t/y, t/yr, t/a (per year); tpd, t/d (per day); ktpa,
//     ktpy, kta, kt/y, kt/yr, kt/a; mtpa (any case), mtpy, mmtpa, Mt/y,
//     Mt/yr, Mt/a;
//   - the wire codes short_ton, long_ton and oz_t.
//
// Letter case: words and most abbreviations match in any case ("Tonnes",
// "KG", "MOZ"), but "t", "g", "gs", "st", "mg", "mcg", "Mt" and "Gt" only
// as written, and "mt", "MT"
// mean metric tonnes while "Mt" (capital M, small t) means megatonnes: "86
// million mt" is 86,000,000 t, "6Mt" is 6,000,000 t. "mtpa", in any case,
// is a million tonnes a year, as the LNG trade writes it.
func MatchUnitWord(s string) (w UnitWord, n int, ok bool) {
	if s == "" {
		return UnitWord{}, 0, false
	}
	if len(unitsByFirst[lowerASCII(s[0])]) == 0 {
		// No phrase starts with this letter; only the symbols may match.
		if c := s[0]; c != 0xc2 && c != 0xce {
			return UnitWord{}, 0, false
		}
	}
	if w, n, ok := matchSymbolUnit(s); ok {
		return w, n, true
	}
	// The first word of a phrase is the run of unit characters at the
	// start of s, or its part before a slash ("tonnes/yr"): when no phrase
	// starts with the first two bytes of s and a word of either length,
	// none matches. (The second byte of a word of one letter is a space,
	// a slash or the end, all of class 0.)
	lens := unitFirstLens[lowerASCII(s[0])][unitSecond(s)]
	e, slash := 0, 0
	for e < len(s) && isUnitChar(s[e]) && e <= maxUnitToken {
		if s[e] == '/' && slash == 0 {
			slash = e
		}
		e++
	}
	if e > maxUnitToken || lens&(1<<e) == 0 && (slash == 0 || lens&(1<<slash) == 0) {
		return UnitWord{}, 0, false
	}
	return matchUnitWords(s)
}

// matchUnitWords is MatchUnitWord past its first tests: the symbols, and
// the length of the first word.
func matchUnitWords(s string) (w UnitWord, n int, ok bool) {
	var starts, ends [maxUnitPhrase]int
	k := 0
	for i := 0; k < maxUnitPhrase; k++ {
		if k > 0 {
			j := wordAfter(s, i)
			if j < 0 {
				break
			}
			i = j
		}
		e := i
		for e < len(s) && isUnitChar(s[e]) && e-i <= maxUnitToken {
			e++
		}
		if e == i || e-i > maxUnitToken {
			break
		}
		starts[k], ends[k] = i, e
		i = e
	}
	for ; k > 0; k-- {
		if uw, ok := matchPhrase(s, starts[:k], ends[:k]); ok {
			return uw, ends[k-1], true
		}
		// "tonnes/yr": the word before the slash, when it is not a rate.
		last := s[starts[k-1]:ends[k-1]]
		if i := strings.IndexByte(last, '/'); i > 0 {
			ends[k-1] = starts[k-1] + i
			if uw, ok := matchPhrase(s, starts[:k], ends[:k]); ok && uw.Per == 0 {
				return uw, ends[k-1], true
			}
		}
	}
	return UnitWord{}, 0, false
}

// matchPhrase returns the unit word whose phrase is the words of s between
// starts and ends, when the last of them ends a word.
func matchPhrase(s string, starts, ends []int) (UnitWord, bool) {
	if !number.AtBoundary(s, ends[len(ends)-1]) {
		return UnitWord{}, false
	}
	first := lowerASCII(s[starts[0]])
	n0 := ends[0] - starts[0]
	for _, i := range unitsByFirst[first] {
		if unitKeys[i].n0 != n0 || unitKeys[i].words != len(starts) {
			continue
		}
		uw := &unitWords[i]
		if phraseMatches(uw.phrase, uw.fold, s, starts, ends) {
			return UnitWord{Unit: uw.unit, Scale: powerOfTen(uw.exp), Per: uw.per}, true
		}
	}
	return UnitWord{}, false
}

// minScale and maxScale bound the powers of ten that unit words scale by.
const minScale, maxScale = -6, 9

// scales holds 10^minScale to 10^maxScale, made once, so that matching a
// unit word does not allocate. Decimals are immutable; sharing them is
// safe.
var scales = func() (t [maxScale - minScale + 1]decimal.Decimal) {
	for i := range t {
		t[i] = decimal.New(1, int32(i+minScale))
	}
	return t
}()

// powerOfTen returns 10^exp for minScale <= exp <= maxScale.
func powerOfTen(exp int32) decimal.Decimal { return scales[exp-minScale] }

// matchSymbolUnit reads the unit symbols that are not made of unit
// characters: "µg" and "μg" (micro sign or Greek mu), and the dotted "k.g."
// and "k.gs" (in any case).
func matchSymbolUnit(s string) (UnitWord, int, bool) {
	n := 0
	w := UnitWord{Unit: Gram}
	switch {
	case strings.HasPrefix(s, "\u00b5g"), strings.HasPrefix(s, "\u03bcg"):
		n, w.Scale = len("\u00b5g"), powerOfTen(-6)
	case len(s) >= 3 && lowerASCII(s[0]) == 'k' && s[1] == '.' && lowerASCII(s[2]) == 'g':
		n, w.Unit, w.Scale = 3, Kilogram, powerOfTen(0)
		if n < len(s) && (s[n] == '.' || s[n] == 's' || s[n] == 'S') {
			n++
		}
	default:
		return UnitWord{}, 0, false
	}
	if !number.AtBoundary(s, n) {
		return UnitWord{}, 0, false
	}
	return w, n, true
}

// LookupUnitWord returns what the unit word or phrase word stands for, as
// [MatchUnitWord] reads it, when all of word is one: "kt" is a thousand
// [Tonne], "Moz" a million [TroyOunce], "mtpa" a million [Tonne] a [Year].
func LookupUnitWord(word string) (UnitWord, bool) {
	w, n, ok := MatchUnitWord(word)
	if !ok || n != len(word) {
		return UnitWord{}, false
	}
	return w, true
}

// LookupUnit returns the Unit that a plain unit word or phrase as written
// in text names: "tonnes", "metric tons", "MT", "short tons", "lbs", "troy
// ounces", "deadweight tonnes". It reports false for scaled words ("kt",
// "Moz") and rates ("tpa"); use [LookupUnitWord] for those.
func LookupUnit(word string) (Unit, bool) {
	w, ok := LookupUnitWord(word)
	if !ok || w.Per != 0 || !w.Scale.Equal(decimal.New(1, 0)) {
		return 0, false
	}
	return w.Unit, true
}

// isUnitChar reports whether c may be part of a unit word.
func isUnitChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c == '/'
}

// wordAfter returns where the next word starts when spaces or one hyphen
// follow position i of s, or -1.
func wordAfter(s string, i int) int {
	if n := number.SpaceLen(s[i:]); n > 0 {
		return i + n
	}
	if i < len(s) && s[i] == '-' {
		return i + 1
	}
	return -1
}

// phraseMatches reports whether the words of s between starts and ends
// are the words of phrase.
func phraseMatches(phrase string, fold bool, s string, starts, ends []int) bool {
	for i := range starts {
		w, rest, more := strings.Cut(phrase, " ")
		tok := s[starts[i]:ends[i]]
		if fold && !equalFoldASCII(tok, w) || !fold && tok != w {
			return false
		}
		if more != (i < len(starts)-1) {
			return false
		}
		phrase = rest
	}
	return true
}

// equalFoldASCII reports whether s and t are equal ignoring the case of
// ASCII letters.
func equalFoldASCII(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerASCII(s[i]) != lowerASCII(t[i]) {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
