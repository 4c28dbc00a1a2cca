package parse_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/parse"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// want is what a reader expects of a sample page (testdata/pages/README.md).
type want struct {
	Headline   string        `json:"headline"`
	Summary    string        `json:"summary"`
	AsOf       string        `json:"as_of"`
	Country    string        `json:"country"`
	Listings   []wantListing `json:"listings"`
	Paragraphs []string      `json:"paragraphs"`
	Notes      string        `json:"notes"`
}

type wantListing struct {
	Symbol   string `json:"symbol"`
	Exchange string `json:"exchange"`
	Text     string `json:"text"`
	Index    string `json:"index,omitempty"`
	Company  string `json:"company,omitempty"`
}

func pages(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/pages/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample pages: %v", err)
	}
	return files
}

func parseFile(t *testing.T, path string) (string, *article.Article) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := parse.Parse(string(b))
	if err != nil {
		t.Fatalf("Parse(%s): %v", path, err)
	}
	return string(b), a
}

// TestPages checks the page layout and the listings of every sample page
// against what a reader expects of it.
func TestPages(t *testing.T) {
	for _, path := range pages(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			var w want
			b, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".want.json")
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &w); err != nil {
				t.Fatal(err)
			}
			text, a := parseFile(t, path)
			got := want{
				Headline: a.Headline, Summary: a.Summary, AsOf: a.AsOf.String(),
				Country: a.Country.Code(), Notes: w.Notes,
			}
			for _, p := range a.Paragraphs {
				s := p.Text(text)
				if len(s) > 40 {
					s = s[:40]
				}
				got.Paragraphs = append(got.Paragraphs, s)
			}
			for i, l := range a.Listings {
				gl := wantListing{Symbol: l.Symbol(), Exchange: l.MIC(), Text: l.Text, Index: l.Index}
				if i < len(w.Listings) && w.Listings[i].Company != "" {
					if e, ok := a.Entity(l.Entity); ok {
						gl.Company = e.Name
					}
				}
				got.Listings = append(got.Listings, gl)
			}
			if diff := cmp.Diff(w, got); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
			}
		})
	}
}

// TestGolden compares the whole JSON of every sample page with its golden
// file; run with -update to rewrite them after a deliberate change.
func TestGolden(t *testing.T) {
	for _, path := range pages(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			_, a := parseFile(t, path)
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			wantJSON, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./parse -run TestGolden -update)", err)
			}
			if !bytes.Equal(wantJSON, got) {
				t.Errorf("%s: JSON differs from %s (-want +got):\n%s", name, golden, cmp.Diff(string(wantJSON), string(got)))
			}
		})
	}
}

// TestSpansAndRoundTrip checks, for every sample page, that each span lies
// in the input on rune boundaries, that listing texts are what their spans
// cover, and that the JSON reads back into an equal Article.
func TestSpansAndRoundTrip(t *testing.T) {
	for _, path := range pages(t) {
		text, a := parseFile(t, path)
		checkArticle(t, text, a)
	}
}

// TestEntityNamesTrimmed checks, for every sample and held-out page, that
// each entity's names are words, not words with the punctuation around
// them: no name opens with a comma, a semicolon, a colon or a closing
// bracket, ends with a comma, a semicolon, a colon or an opening
// bracket, or has space at either end.
func TestEntityNamesTrimmed(t *testing.T) {
	held, err := filepath.Glob("testdata/heldout*/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range append(pages(t), held...) {
		_, a := parseFile(t, path)
		for _, e := range a.Entities {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if n == "" || n != strings.TrimSpace(n) || strings.ContainsAny(n[:1], ",;:)") || strings.ContainsAny(n[len(n)-1:], ",;:(") {
					t.Errorf("%s: %s entity %q has name %q", path, e.Kind, e.Name, n)
				}
			}
		}
	}
}
