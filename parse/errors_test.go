package parse_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/parse"
)

func TestBadInput(t *testing.T) {
	small := parse.New(parse.Options{MaxSize: 64})
	for _, tc := range []struct {
		name   string
		p      *parse.Parser
		in     string
		class  error
		offset int
		msg    string
	}{
		{"empty", nil, "", parse.ErrEmpty, 0, "parse: input is empty or only white space"},
		{"blank", nil, " \n\t\r\n  ", parse.ErrEmpty, 0, "parse: input is empty or only white space"},
		{"invalid utf8", nil, "Posco\nsaid \xff it", parse.ErrInvalidUTF8, 11,
			"parse: invalid UTF-8 byte 0xff at byte offset 11 (line 2, column 6)"},
		{"truncated rune", nil, "price \xe2\x82", parse.ErrInvalidUTF8, 6,
			"parse: invalid UTF-8 byte 0xe2 at byte offset 6 (line 1, column 7)"},
		{"nul", nil, "abc\x00def", parse.ErrNUL, 3, "parse: NUL byte at byte offset 3 (line 1, column 4)"},
		{"too large", small, strings.Repeat("word ", 13), parse.ErrTooLarge, 64,
			"parse: input of 65 bytes is over the size limit of 64 bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.p
			if p == nil {
				p = &parse.Parser{}
			}
			a, err := p.Parse(tc.in)
			if a != nil {
				t.Errorf("got an article with the error")
			}
			if !errors.Is(err, tc.class) {
				t.Fatalf("err = %v, want class %v", err, tc.class)
			}
			var ie *parse.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err %T is not an *InputError", err)
			}
			if ie.Offset != tc.offset {
				t.Errorf("offset %d, want %d", ie.Offset, tc.offset)
			}
			if err.Error() != tc.msg {
				t.Errorf("message\n %q\nwant\n %q", err.Error(), tc.msg)
			}
		})
	}
}
