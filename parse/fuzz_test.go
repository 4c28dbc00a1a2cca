package parse_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsfacts/newsfacts/parse"
)

// FuzzParse checks that Parse never fails (no panic, no ErrInternal),
// that every span it reports is in bounds and on rune boundaries, that
// its JSON reads back exactly, and that the same input always gives the
// same JSON.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/pages/*.txt")
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", "\x00", "\xff", "(", "(NYSE:", "$", "$US11", "l 229640.KO", "TOKYO, July 31 -",
		"U.S. Co. No. 1.", "２２９６４０．ＫＯ", "\u201c\u2019\u00a0\u2014", "a\r\nb\rc",
	} {
		f.Add(s)
	}
	p := parse.New(parse.Options{})
	f.Fuzz(func(t *testing.T, text string) {
		a, err := p.Parse(text)
		if errors.Is(err, parse.ErrInternal) {
			t.Fatal(err)
		}
		if err != nil {
			if a != nil {
				t.Fatal("article and error together")
			}
			return
		}
		checkArticle(t, text, a)
		again, err := p.Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		b1, _ := json.Marshal(a)
		b2, _ := json.Marshal(again)
		if string(b1) != string(b2) {
			t.Fatalf("output differs between two parses of the same input")
		}
	})
}
