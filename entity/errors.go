package entity

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors. The parse functions of this package wrap them in a
// [*ListingError] or a [*ValueError], so test for them with [errors.Is].
var (
	// ErrSyntax reports text that does not have the shape of a listing,
	// such as "2024", "US", "$500" or "12.5".
	ErrSyntax = errors.New("not a listing")

	// ErrUnknownExchange reports a well-formed listing whose exchange code
	// is not in the registry, such as "7203.XX" or "BRK.B" (where ".B" is
	// a share class, not an exchange suffix).
	ErrUnknownExchange = errors.New("unknown exchange")

	// ErrCodeShape reports a listing on a known exchange whose code does
	// not have the shape that exchange uses, such as "3.5 KS" (Korean codes
	// have 6 characters) or "2024 US" (US symbols are letters).
	ErrCodeShape = errors.New("code does not fit the exchange")

	// ErrUnknownValue reports a name that ParseKind, ParseRelationKind or
	// ParseCountry do not know.
	ErrUnknownValue = errors.New("unknown value")
)

// maxErrorInput is the longest input a ListingError keeps.
const maxErrorInput = 64

// ListingError is the error returned by [ParseListing], [NewListing] and
// [Listing.UnmarshalText]. It unwraps to [ErrSyntax],
// [ErrUnknownExchange] or [ErrCodeShape].
//
// Its message is one line, such as
//
//	entity: parsing "7203.XX": unknown exchange suffix "XX" at offset 5
type ListingError struct {
	// Input is the text that was parsed (for NewListing, the symbol). It is
	// a copy, cut to its first 64 bytes when longer.
	Input string
	// Offset is the byte offset in Input of the part that is wrong, from 0,
	// or -1 when no single place is to blame (NewListing).
	Offset int
	// Msg says what is wrong, in lower case, without the "entity: " prefix.
	Msg string
	// Err is the class of the error: ErrSyntax, ErrUnknownExchange or
	// ErrCodeShape.
	Err error
}

// Error returns "entity: parsing INPUT: MSG at offset N", without the
// offset when it is -1.
func (e *ListingError) Error() string {
	s := "entity: parsing " + strconv.Quote(e.Input) + ": " + e.Msg
	if e.Offset >= 0 {
		s += " at offset " + strconv.Itoa(e.Offset)
	}
	return s
}

// Unwrap returns e.Err, so that errors.Is(err, ErrSyntax) works.
func (e *ListingError) Unwrap() error { return e.Err }

// newListingError builds a *ListingError, copying the input so that the
// error does not keep a large text alive.
func newListingError(in string, off int, msg string, class error) *ListingError {
	if len(in) > maxErrorInput {
		in = in[:maxErrorInput]
	}
	return &ListingError{Input: strings.Clone(in), Offset: off, Msg: msg, Err: class}
}

// ValueError is the error returned when a name is not known: by
// [ParseKind], [ParseRelationKind], [ParseCountry] and the UnmarshalText
// methods of [Kind], [RelationKind], [Country] and [Exchange]. It unwraps
// to [ErrUnknownValue], or to [ErrUnknownExchange] for an Exchange.
type ValueError struct {
	// Type names what was parsed: "kind", "relation kind", "country",
	// "exchange".
	Type string
	// Input is the text that was not known (a copy, at most 64 bytes).
	Input string
	// Err is the class of the error.
	Err error
}

// Error returns "entity: unknown TYPE INPUT", such as
// `entity: unknown kind "firm"`.
func (e *ValueError) Error() string {
	return "entity: unknown " + e.Type + " " + strconv.Quote(e.Input)
}

// Unwrap returns e.Err.
func (e *ValueError) Unwrap() error { return e.Err }

func newValueError(typ, in string, class error) *ValueError {
	if len(in) > maxErrorInput {
		in = in[:maxErrorInput]
	}
	return &ValueError{Type: typ, Input: strings.Clone(in), Err: class}
}
