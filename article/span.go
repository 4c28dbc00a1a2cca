package article

import (
	"encoding/json"
	"fmt"
)

// Span is a half-open range [Start, End) of byte offsets into the original
// input. The zero Span is empty and starts at offset 0; use [Span.IsZero] to
// tell "no span" from a real one. Span is comparable.
//
// Its JSON form is the two-element array [start, end].
type Span struct {
	Start, End int
}

// Len reports the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s == Span{} }

// Text returns the bytes of input that s covers, or "" when s does not lie
// inside input.
func (s Span) Text(input string) string {
	if s.Start < 0 || s.End < s.Start || s.End > len(input) {
		return ""
	}
	return input[s.Start:s.End]
}

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// String returns the span as "[start, end]".
func (s Span) String() string { return fmt.Sprintf("[%d, %d]", s.Start, s.End) }

// MarshalJSON encodes s as [start, end].
func (s Span) MarshalJSON() ([]byte, error) {
	return fmt.Appendf(nil, "[%d,%d]", s.Start, s.End), nil
}

// UnmarshalJSON decodes [start, end]; it rejects other shapes and ranges
// whose end is before their start.
func (s *Span) UnmarshalJSON(b []byte) error {
	var a []int
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("article: span: %w", err)
	}
	if len(a) != 2 || a[0] < 0 || a[1] < a[0] {
		return fmt.Errorf("article: span %s: want [start, end] with 0 <= start <= end", b)
	}
	s.Start, s.End = a[0], a[1]
	return nil
}
