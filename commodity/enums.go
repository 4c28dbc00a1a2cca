package commodity

import (
	"fmt"
	"strconv"
)

// A Bound says how a figure bounds the true amount: exactly, about, at
// most, at least, or a range. The zero Bound is [Exact]; unlike the other
// zero values of this package it is a real value, and it prints as
// "exact". Bounds are comparable.
type Bound uint8

// The bounds, with their wire codes.
const (
	Exact   Bound = iota // "exact": the figure as stated (the zero Bound)
	About                // "about": "about", "around", "nearly", "some"
	AtMost               // "at_most": "up to", "as much as", "no more than"
	AtLeast              // "at_least": "more than", "over", "at least"
	Range                // "range": "3,000 to 6,000 tons", "3-5 Mt"
)

var boundCodes = [...]string{
	Exact:   "exact",
	About:   "about",
	AtMost:  "at_most",
	AtLeast: "at_least",
	Range:   "range",
}

// String returns the wire code of b ("exact", "at_most"), or "Bound(N)"
// for a value that is not one of the constants.
func (b Bound) String() string { return codeString(boundCodes[:], b, "Bound") }

// ParseBound returns the Bound whose wire code is s. The error is a
// [*ParseError] wrapping [ErrSyntax].
func ParseBound(s string) (Bound, error) { return parseCode[Bound](boundCodes[:], s, "bound") }

// AppendText appends the wire code of b to text; it fails for values that
// are not constants.
func (b Bound) AppendText(text []byte) ([]byte, error) {
	return appendCode(text, boundCodes[:], b, "Bound")
}

// MarshalText returns the wire code of b; [Exact] gives "exact".
func (b Bound) MarshalText() ([]byte, error) { return b.AppendText(nil) }

// UnmarshalText sets b from a wire code as [ParseBound] does; empty text
// sets the zero Bound, [Exact].
func (b *Bound) UnmarshalText(text []byte) error {
	return unmarshalCode(b, boundCodes[:], text, "bound")
}

// A Period is the span of time a rate is per ("a year", "tpd"). The zero
// Period means the figure is not a rate, and prints as "". Periods are
// comparable.
type Period uint8

// The periods, with their wire codes.
const (
	Year    Period = iota + 1 // "year": "annually", "a year", "per annum", "tpa"
	Quarter                   // "quarter": "a quarter", "quarterly"
	Month                     // "month": "a month", "monthly"
	Week                      // "week": "a week", "weekly"
	Day                       // "day": "a day", "per day", "tpd"
)

var periodCodes = [...]string{
	Year:    "year",
	Quarter: "quarter",
	Month:   "month",
	Week:    "week",
	Day:     "day",
}

// String returns the wire code of p ("year", "day"), "" for the zero
// Period, or "Period(N)" for a value that is not one of the constants.
func (p Period) String() string { return codeString(periodCodes[:], p, "Period") }

// IsZero reports whether p is the zero Period (not a rate).
func (p Period) IsZero() bool { return p == 0 }

// ParsePeriod returns the Period whose wire code is s. The error is a
// [*ParseError] wrapping [ErrSyntax]; empty text is an error too.
func ParsePeriod(s string) (Period, error) { return parseCode[Period](periodCodes[:], s, "period") }

// AppendText appends the wire code of p to b; it fails for values that
// are not constants.
func (p Period) AppendText(b []byte) ([]byte, error) {
	return appendCode(b, periodCodes[:], p, "Period")
}

// MarshalText returns the wire code of p; the zero Period gives empty text.
func (p Period) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText sets p from a wire code as [ParsePeriod] does; empty text
// sets the zero Period.
func (p *Period) UnmarshalText(text []byte) error {
	return unmarshalCode(p, periodCodes[:], text, "period")
}

// A Measure is what a figure measures: reserves, production, exports and
// so on. The zero Measure is unknown and prints as "". Measures are
// comparable.
type Measure uint8

// The measures, with their wire codes.
const (
	Reserves     Measure = iota + 1 // "reserves": economically mineable, proven and probable
	Resources                       // "resources": measured, indicated and inferred
	Production                      // "production": output of a mine, plant or country
	Capacity                        // "capacity": what a plant or mine can produce
	Exports                         // "exports"
	Imports                         // "imports"
	Supply                          // "supply": supply and offtake deals, sourcing
	Demand                          // "demand"
	Sales                           // "sales"
	Shipments                       // "shipments": cargoes and deliveries
	Inventory                       // "inventory": stocks and stockpiles
	OtherMeasure                    // "other": a measure outside this list
)

var measureCodes = [...]string{
	Reserves:     "reserves",
	Resources:    "resources",
	Production:   "production",
	Capacity:     "capacity",
	Exports:      "exports",
	Imports:      "imports",
	Supply:       "supply",
	Demand:       "demand",
	Sales:        "sales",
	Shipments:    "shipments",
	Inventory:    "inventory",
	OtherMeasure: "other",
}

// String returns the wire code of m ("reserves", "other"), "" for the
// zero Measure, or "Measure(N)" for a value that is not one of the
// constants.
func (m Measure) String() string { return codeString(measureCodes[:], m, "Measure") }

// IsZero reports whether m is the zero Measure (unknown).
func (m Measure) IsZero() bool { return m == 0 }

// ParseMeasure returns the Measure whose wire code is s. The error is a
// [*ParseError] wrapping [ErrSyntax]; empty text is an error too.
func ParseMeasure(s string) (Measure, error) {
	return parseCode[Measure](measureCodes[:], s, "measure")
}

// AppendText appends the wire code of m to b; it fails for values that
// are not constants.
func (m Measure) AppendText(b []byte) ([]byte, error) {
	return appendCode(b, measureCodes[:], m, "Measure")
}

// MarshalText returns the wire code of m; the zero Measure gives empty
// text.
func (m Measure) MarshalText() ([]byte, error) { return m.AppendText(nil) }

// UnmarshalText sets m from a wire code as [ParseMeasure] does; empty text
// sets the zero Measure.
func (m *Measure) UnmarshalText(text []byte) error {
	return unmarshalCode(m, measureCodes[:], text, "measure")
}

// The helpers below serve the small code types of this package, whose
// codes are listed in an array indexed by value; "" at index 0 means the
// zero value has no code of its own.

func codeString[T ~uint8](codes []string, v T, typ string) string {
	if int(v) < len(codes) {
		return codes[v]
	}
	return typ + "(" + strconv.Itoa(int(v)) + ")"
}

func appendCode[T ~uint8](b []byte, codes []string, v T, typ string) ([]byte, error) {
	if int(v) >= len(codes) {
		return b, fmt.Errorf("commodity: invalid %s(%d)", typ, v)
	}
	return append(b, codes[v]...), nil
}

func parseCode[T ~uint8](codes []string, s, what string) (T, error) {
	if s == "" {
		return 0, newParseError(s, 0, "empty input", ErrSyntax)
	}
	for i, c := range codes {
		if c != "" && c == s {
			return T(i), nil
		}
	}
	return 0, newParseError(s, 0, fmt.Sprintf("unknown %s %q", what, s), ErrSyntax)
}

func unmarshalCode[T ~uint8](v *T, codes []string, text []byte, what string) error {
	if len(text) == 0 {
		*v = 0
		return nil
	}
	x, err := parseCode[T](codes, string(text), what)
	if err != nil {
		return err
	}
	*v = x
	return nil
}
