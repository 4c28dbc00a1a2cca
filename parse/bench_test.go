package parse_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/parse"
)

// samplePages returns the sample pages joined, as one corpus to time.
func samplePages(b *testing.B) []string {
	b.Helper()
	files, _ := filepath.Glob("testdata/pages/*.txt")
	var out []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(t))
	}
	if len(out) == 0 {
		b.Fatal("no sample pages")
	}
	return out
}

// BenchmarkParse parses every sample page once per iteration.
func BenchmarkParse(b *testing.B) {
	pages := samplePages(b)
	n := 0
	for _, p := range pages {
		n += len(p)
	}
	var parser parse.Parser
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := parser.Parse(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseLarge parses the sample pages joined into one text of
// about 1 MB, to show the cost per byte stays flat as input grows.
func BenchmarkParseLarge(b *testing.B) {
	pages := samplePages(b)
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, p := range pages {
			sb.WriteString(p)
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	var parser parse.Parser
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parser.Parse(text); err != nil {
			b.Fatal(err)
		}
	}
}
