package commodity

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors that a [ParseError] wraps; test for them with
// [errors.Is].
var (
	// ErrSyntax reports ill-formed text: empty, no number where one is
	// needed, a malformed number ("1,00 t"), text left over, or a code that
	// is not one of a fixed set ("fortnight" for a Period).
	ErrSyntax = errors.New("commodity: invalid syntax")

	// ErrUnknownUnit reports a well-formed number followed by a word that
	// is not a unit of mass ("3.5 zorks"), a unit code that is not one of
	// the Unit codes, or a rate unit ("6 Mtpa") where a mass is needed.
	ErrUnknownUnit = errors.New("commodity: unknown unit")

	// ErrUnknownCommodity reports a commodity id that is not in the
	// catalogue.
	ErrUnknownCommodity = errors.New("commodity: unknown commodity")
)

// A ParseError reports why a text could not be parsed. It wraps one of
// [ErrSyntax], [ErrUnknownUnit] or [ErrUnknownCommodity].
type ParseError struct {
	Input  string // the text given to the parse function
	Offset int    // byte offset in Input of the offending part, from 0
	Msg    string // what is wrong, naming the offending part
	Err    error  // the sentinel error
}

// Error returns a one-line message such as
//
//	commodity: parsing "3.5 zorks": unknown unit "zorks" at offset 4
func (e *ParseError) Error() string {
	return fmt.Sprintf("commodity: parsing %q: %s at offset %d", e.Input, e.Msg, e.Offset)
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }

// newParseError returns a ParseError; it clones the input so that the
// error does not pin a larger text in memory.
func newParseError(input string, offset int, msg string, err error) *ParseError {
	return &ParseError{Input: strings.Clone(input), Offset: offset, Msg: msg, Err: err}
}

// A MismatchError reports an operation on two Tonnages in different
// units. Convert one first, with [Tonnage.ConvertTo] or
// [Tonnage.InTonnes].
type MismatchError struct {
	A, B Tonnage // the operands
}

// Error returns a message such as
//
//	commodity: unit mismatch: t and short_ton
func (e *MismatchError) Error() string {
	return fmt.Sprintf("commodity: unit mismatch: %s and %s", e.A.Unit(), e.B.Unit())
}
