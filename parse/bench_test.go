package parse_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/parse"
)

// samplePages returns the text of every sample page.
func samplePages(b testing.TB) []string {
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

// joinedPages returns a long report of about n bytes: the body paragraphs
// of the sample pages, repeated, so that every byte of it is body text
// that the extractors read (whole pages joined would end at the first
// page's trailer).
func joinedPages(b testing.TB, n int) string {
	var paras []string
	for _, t := range samplePages(b) {
		a, err := parse.Parse(t)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range a.Paragraphs {
			paras = append(paras, p.Text(t))
		}
	}
	var sb strings.Builder
	sb.WriteString("Quarterly Review of Asian Materials Markets\n\n")
	for sb.Len() < n {
		for _, p := range paras {
			sb.WriteString(p)
			sb.WriteString("\n\n")
		}
	}
	return strings.ToValidUTF8(sb.String()[:n], "")
}

// BenchmarkScale parses news text of 10 KB, 1 MB and 10 MB: the cost per
// byte (MB/s) should stay flat as the input grows.
func BenchmarkScale(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"10KB", 10 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}} {
		text := joinedPages(b, size.n)
		b.Run(size.name, func(b *testing.B) {
			var parser parse.Parser
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := parser.Parse(text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// pathological are inputs of odd shape, each about n bytes.
func pathological(n int) map[string]string {
	rep := func(s string) string { return strings.Repeat(s, n/len(s)+1)[:n] }
	return map[string]string{
		"one-line":     rep("Posco Holdings (005490 KS) said output of 3.5 million tons rose. "),
		"digits":       rep("1234567890"),
		"capitals":     rep("Alpha Beta Gamma Delta Epsilon "),
		"co-and-us":    rep("Co. U.S. Co. Corp. U.S. "),
		"dots":         rep("."),
		"brackets":     rep("(NYSE: (KRX: (("),
		"short-lines":  rep("A\n"),
		"dollar-signs": rep("$US11 $5 $RIO "),
		// One body sentence that never ends, dense with names, figures
		// and the cues of relations.
		"one-sentence": "Kora signs deal with Hanra Steel\n\nSEOUL, May 2 (Wire) - " +
			rep("Kora Minerals Ltd signed an agreement with Hanra Steel Co and will supply 5,000 tonnes of iron ore to Daewon Cells Corp, which holds a 20% stake in Kora, ") + " it said.\n",
	}
}

// BenchmarkPathological parses 1 MB inputs of odd shape; each should run
// at a speed like that of news text, never slower by orders of magnitude.
func BenchmarkPathological(b *testing.B) {
	for name, text := range pathological(1 << 20) {
		b.Run(name, func(b *testing.B) {
			var parser parse.Parser
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := parser.Parse(text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
