package commodity

import (
	"fmt"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/dec"
	"github.com/newsfacts/newsfacts/internal/number"
	"github.com/shopspring/decimal"
)

// A Tonnage is an exact mass: a decimal value in a [Unit], such as
// 3500000 t. It is immutable; store and pass it by value. Compare
// Tonnages with [Tonnage.Equal] or [Tonnage.Cmp], not ==, which compares
// the decimal's internal representation.
//
// The zero Tonnage has no unit and value 0. It is the identity for
// [Tonnage.Add], so a sum can start from var total Tonnage, and it prints
// as "". Every other Tonnage has a valid Unit; a Tonnage of "0 t" is not
// the zero Tonnage.
type Tonnage struct {
	value decimal.Decimal
	unit  Unit
}

// NewTonnage returns the Tonnage of v in unit u. If u is not one of the
// Unit constants (the zero Unit included), it returns the zero Tonnage.
func NewTonnage(v decimal.Decimal, u Unit) Tonnage {
	if !u.valid() {
		return Tonnage{}
	}
	return Tonnage{value: v, unit: u}
}

// Value returns the amount of t in its unit.
func (t Tonnage) Value() decimal.Decimal { return t.value }

// Unit returns the unit of t; the zero Unit for the zero Tonnage.
func (t Tonnage) Unit() Unit { return t.unit }

// Tonnes returns the exact amount of t in metric tonnes: the value times
// the size of its unit ([Unit.Tonnes]). A bare [Ton] counts as a metric
// tonne. The zero Tonnage gives 0.
func (t Tonnage) Tonnes() decimal.Decimal {
	if t.IsZero() {
		return decimal.Decimal{}
	}
	return t.value.Mul(t.unit.Tonnes())
}

// IsZero reports whether t is the zero Tonnage. It is false for "0 t";
// test for a zero amount with t.Value().IsZero().
func (t Tonnage) IsZero() bool { return t.unit == 0 }

// Equal reports whether t and o have the same unit and numerically equal
// values: "3.50 t" equals "3.5 t", but "1 t" does not equal "1 ton" or
// "1000 kg". Convert first to compare across units.
func (t Tonnage) Equal(o Tonnage) bool {
	return t.unit == o.unit && t.value.Equal(o.value)
}

// Cmp compares t and o, which must be in the same unit, and returns -1, 0
// or +1 as t is less than, equal to or greater than o. The zero Tonnage
// counts as 0 in any unit. Tonnages in different units give a
// [*MismatchError]; convert one first.
func (t Tonnage) Cmp(o Tonnage) (int, error) {
	if t.unit != o.unit && !t.IsZero() && !o.IsZero() {
		return 0, &MismatchError{A: t, B: o}
	}
	return t.value.Cmp(o.value), nil
}

// Add returns t + o. Tonnages in different units give a [*MismatchError]
// and never convert silently. The zero Tonnage is the identity: adding it
// returns the other operand.
func (t Tonnage) Add(o Tonnage) (Tonnage, error) {
	switch {
	case o.IsZero():
		return t, nil
	case t.IsZero():
		return o, nil
	case t.unit != o.unit:
		return Tonnage{}, &MismatchError{A: t, B: o}
	}
	return Tonnage{value: t.value.Add(o.value), unit: t.unit}, nil
}

// convertPlaces is the number of decimal places ConvertTo rounds to when
// the exact result does not terminate.
const convertPlaces = 20

// ConvertTo returns t in unit u. Conversion goes through metric tonnes and
// is exact when u is [Tonne], [Ton], [DeadweightTonne], [Kilogram] or
// [Gram] (units whose size is a power of ten tonnes); to the other units
// the result is rounded, half away from zero, to 20 decimal places. It
// returns the zero Tonnage when t is zero or u is not a Unit constant.
func (t Tonnage) ConvertTo(u Unit) Tonnage {
	if t.IsZero() || !u.valid() {
		return Tonnage{}
	}
	if u == t.unit {
		return t
	}
	tonnes := t.Tonnes()
	if units[u].coef == 1 {
		return Tonnage{value: tonnes.Shift(-units[u].exp), unit: u}
	}
	return Tonnage{value: tonnes.DivRound(u.Tonnes(), convertPlaces), unit: u}
}

// InTonnes returns t converted exactly to metric tonnes ([Tonne]); the
// zero Tonnage stays zero.
func (t Tonnage) InTonnes() Tonnage { return t.ConvertTo(Tonne) }

// String returns the canonical form of t: the value in plain decimal
// digits, a space, and the unit's wire code, as in "3500000 t", "2.2
// short_ton" or "5000000 oz_t". [ParseTonnage] reads it back. The zero
// Tonnage gives "".
func (t Tonnage) String() string {
	b, _ := t.AppendText(nil)
	return string(b)
}

// AppendText appends the canonical form of t, as String gives it, to b.
func (t Tonnage) AppendText(b []byte) ([]byte, error) {
	if t.IsZero() {
		return b, nil
	}
	b = append(b, dec.Format(t.value)...)
	b = append(b, ' ')
	return append(b, t.unit.String()...), nil
}

// MarshalText returns the canonical form of t; the zero Tonnage gives
// empty text.
func (t Tonnage) MarshalText() ([]byte, error) { return t.AppendText(nil) }

// UnmarshalText sets t from text as [ParseTonnage] reads it; empty text
// sets the zero Tonnage.
func (t *Tonnage) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*t = Tonnage{}
		return nil
	}
	v, err := ParseTonnage(string(text))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// MustParseTonnage is like [ParseTonnage] but panics if s cannot be
// parsed. It is meant for tests and package-level variables with
// hard-coded text.
func MustParseTonnage(s string) Tonnage {
	t, err := ParseTonnage(s)
	if err != nil {
		panic(err)
	}
	return t
}

// ParseTonnage reads one mass literal, the whole of s: a number, then a
// unit word, with nothing before or after.
//
//	3.5 million metric tons        3500000 t
//	650kt                          650000 t
//	43,000-ton                     43000 ton
//	1.2bn tonnes                   1200000000 t
//	two million short tons         2000000 short_ton
//	three-quarters of a million t  750000 t
//	5 Moz                          5000000 oz_t
//
// The number is digits with comma thousands separators and a decimal
// point, optionally with a scale ("million", "mn", "bn", "3.5m", "650k"),
// or a number in words ("two million", "half a million", "one and a half
// thousand"), as the package documentation describes under Numbers. One leading
// minus sign is allowed before digits, so that String of any Tonnage reads
// back. The number may be glued to the unit ("85,000tonnes"), or separated
// from it by spaces or one hyphen ("43,000-ton"). The unit is any word
// [MatchUnitWord] knows except rates; a scaled unit multiplies the number
// ("650kt" is 650000 t) and the Tonnage keeps the base unit. Plain "oz" and
// "ounces" are avoirdupois ounces; "troy ounces", "ozt" and "Moz" are troy.
//
// The value is exact. It may have at most 100 digits, as written and as
// printed in its unit.
//
// The error is a [*ParseError] that wraps [ErrSyntax] when s is ill-formed
// (empty, no number, a malformed number such as "1,00 t", no unit, or text
// after the unit) and [ErrUnknownUnit] when a well-formed number is
// followed by a word that is not a unit of mass, or by a rate unit.
func ParseTonnage(s string) (Tonnage, error) {
	t, w, at, end, err := readTonnage(s)
	if err != nil {
		return Tonnage{}, err
	}
	if w.Per != 0 {
		return Tonnage{}, newParseError(s, at, fmt.Sprintf("unit %q is a rate, not a mass", s[at:end]), ErrUnknownUnit)
	}
	if end != len(s) {
		return Tonnage{}, newParseError(s, end, fmt.Sprintf("unexpected %q after unit", s[end:]), ErrSyntax)
	}
	return t, nil
}

// readTonnage reads a number and the unit word after it at the start of s,
// as ParseTonnage describes, rate units included. It returns the amount,
// what the unit word stands for, where the unit word starts and ends, and
// leaves any text after it to the caller.
func readTonnage(s string) (t Tonnage, w UnitWord, at, end int, err error) {
	if s == "" {
		return Tonnage{}, w, 0, 0, newParseError(s, 0, "empty input", ErrSyntax)
	}
	i := 0
	neg := s[0] == '-' && len(s) > 1 && isDigit(s[1])
	if neg {
		i = 1
	}
	v, n, ok := number.Parse(s[i:])
	if !ok {
		if isDigit(s[i]) {
			return Tonnage{}, w, 0, 0, newParseError(s, i, fmt.Sprintf("number %q has more than %d digits",
				truncate(s[i:], 20), number.MaxDigits), ErrSyntax)
		}
		return Tonnage{}, w, 0, 0, newParseError(s, 0, fmt.Sprintf("expected a number, found %q", firstToken(s)), ErrSyntax)
	}
	start := i
	i += n
	if i < len(s) && (s[i] == ',' || s[i] == '.') && i+1 < len(s) && isDigit(s[i+1]) {
		j := i + 1
		for j < len(s) && (isDigit(s[j]) || s[j] == ',' || s[j] == '.') {
			j++
		}
		return Tonnage{}, w, 0, 0, newParseError(s, start, fmt.Sprintf("malformed number %q", s[start:j]), ErrSyntax)
	}
	j := i
	if k := wordAfter(s, i); k >= 0 {
		j = k
	}
	if j == len(s) {
		return Tonnage{}, w, 0, 0, newParseError(s, j, "missing unit", ErrSyntax)
	}
	w, m, ok := MatchUnitWord(s[j:])
	if !ok {
		return Tonnage{}, w, 0, 0, unknownUnit(s, j)
	}
	v = v.Mul(w.Scale)
	if neg {
		v = v.Neg()
	}
	if !number.Fits(v) {
		return Tonnage{}, w, 0, 0, newParseError(s, start, fmt.Sprintf("value in %s has more than %d digits",
			w.Unit, number.MaxDigits), ErrSyntax)
	}
	return Tonnage{value: v, unit: w.Unit}, w, j, j + m, nil
}

// unknownUnit returns the error for s, in which no unit word starts at
// offset i.
func unknownUnit(s string, i int) error {
	e := i
	for e < len(s) && isUnitChar(s[e]) {
		e++
	}
	if e == i {
		return newParseError(s, i, fmt.Sprintf("expected a unit, found %q", firstToken(s[i:])), ErrSyntax)
	}
	if _, ok := LookupUnitWord(s[i:e]); ok {
		// A unit glued to more text: "5 t2", "5 tonnesé".
		return newParseError(s, e, fmt.Sprintf("unexpected %q after unit", s[e:]), ErrSyntax)
	}
	// Name up to three words when they are all that is left ("metric
	// zorks"), else the first word.
	end := e
	for k := 1; k < maxUnitPhrase; k++ {
		j := wordAfter(s, end)
		if j < 0 {
			break
		}
		f := j
		for f < len(s) && isUnitChar(s[f]) {
			f++
		}
		if f == j {
			break
		}
		end = f
	}
	if end != len(s) {
		end = e
	}
	return newParseError(s, i, fmt.Sprintf("unknown unit %q", s[i:end]), ErrUnknownUnit)
}

// firstToken returns the start of s up to the first space: the first rune
// alone when it is a space.
func firstToken(s string) string {
	_, size := utf8.DecodeRuneInString(s)
	if number.SpaceLen(s[:size]) > 0 {
		return s[:size]
	}
	i := size
	for i < len(s) && number.SpaceLen(s[i:]) == 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return truncate(s[:i], 40)
}

// truncate returns s cut to at most n bytes at a rune boundary, with "..."
// added when it was cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
