package parse_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsfacts/newsfacts/parse"
)

// TestParseIndependent checks that a parse does not depend on what the
// parses before it read: the parser reuses scratch space between parses,
// and every page must come out the same after any other page as when
// parsed alone.
func TestParseIndependent(t *testing.T) {
	pages := samplePages(t)
	pages = append(pages, joinedPages(t, 64<<10)) // one long text, to grow the buffers
	var p parse.Parser
	want := make([]string, len(pages))
	for i, pg := range pages {
		want[i] = parseJSON(t, &p, pg)
	}
	for i := range pages {
		for j := range pages {
			parseJSON(t, &p, pages[j])
			if got := parseJSON(t, &p, pages[i]); got != want[i] {
				t.Fatalf("page %d after page %d differs from page %d alone:\n%s", i, j, i, cmp.Diff(want[i], got))
			}
		}
	}
}

func parseJSON(t *testing.T, p *parse.Parser, text string) string {
	t.Helper()
	a, err := p.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
