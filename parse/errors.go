package parse

import (
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/newsfacts/newsfacts/article"
)

// The classes of input that Parse rejects. Test for them with errors.Is;
// errors.As with an *InputError gives the offset.
var (
	// ErrEmpty: the input is empty or holds only white space.
	ErrEmpty = errors.New("empty input")
	// ErrInvalidUTF8: the input is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrNUL: the input holds a NUL byte, so it is binary, not text.
	ErrNUL = errors.New("NUL byte in text")
	// ErrTooLarge: the input is longer than the parser's size limit.
	ErrTooLarge = errors.New("input too large")
)

// ErrInternal is the class of an *InternalError: the parser failed on
// input it accepts. That is a bug of the parser, never of the input;
// please report it with the input.
var ErrInternal = errors.New("internal error")

// InternalError reports a failure of the parser on one input, which a
// batch may log and pass over: the other inputs are unaffected.
type InternalError struct {
	// Value is what the failing code panicked with.
	Value any
	// Stack is the goroutine's stack where it failed.
	Stack []byte
}

// Error returns a one-line message: "parse: internal error: ...".
func (e *InternalError) Error() string { return fmt.Sprintf("parse: internal error: %v", e.Value) }

// Unwrap returns ErrInternal.
func (e *InternalError) Unwrap() error { return ErrInternal }

// guard, deferred by Parse, turns a panic of the parse into an
// *InternalError and no article.
func guard(a **article.Article, err *error) {
	if v := recover(); v != nil {
		*a, *err = nil, &InternalError{Value: v, Stack: debug.Stack()}
	}
}

// InputError reports input that Parse does not read, and where.
type InputError struct {
	// Offset is the byte offset, from 0, of the offending byte; for
	// ErrTooLarge it is the size limit and for ErrEmpty it is 0.
	Offset int
	// Msg says what is wrong, in words.
	Msg string
	// Err is the class: ErrEmpty, ErrInvalidUTF8, ErrNUL or ErrTooLarge.
	Err error
}

// Error returns a one-line message such as
// "parse: invalid UTF-8 at byte offset 1042 (line 12, column 7)".
func (e *InputError) Error() string { return "parse: " + e.Msg }

// Unwrap returns the class of the error.
func (e *InputError) Unwrap() error { return e.Err }

// position returns 1-based line and byte column of offset in s.
func position(s string, offset int) (line, col int) {
	line, col = 1, 1
	for i := 0; i < offset && i < len(s); i++ {
		if s[i] == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col
}

func inputError(s string, offset int, class error, what string) *InputError {
	line, col := position(s, offset)
	return &InputError{
		Offset: offset,
		Msg:    fmt.Sprintf("%s at byte offset %d (line %d, column %d)", what, offset, line, col),
		Err:    class,
	}
}
