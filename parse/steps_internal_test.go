package parse

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsfacts/newsfacts/article"
)

// samplePageTexts returns the text of every sample page and their total
// size, for the benchmarks of single steps.
func samplePageTexts(b testing.TB) ([]string, int) {
	files, _ := filepath.Glob("testdata/pages/*.txt")
	var pages []string
	n := 0
	for _, fn := range files {
		t, err := os.ReadFile(fn)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, string(t))
		n += len(t)
	}
	if len(pages) == 0 {
		b.Fatal("no sample pages")
	}
	return pages, n
}

// BenchmarkSteps runs the pipeline over the sample pages up to and
// including each step in turn, so that the difference between two
// adjacent sub-benchmarks is the cost of one step.
func BenchmarkSteps(b *testing.B) {
	pages, n := samplePageTexts(b)
	steps := []string{"1view", "2layout", "3listings", "4entities", "5quantities", "6relations", "7assemble"}
	for last, name := range steps {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range pages {
					runSteps(p, last)
				}
			}
		})
	}
}

// runSteps runs the steps of Parse up to step last (0 is the view).
func runSteps(text string, last int) {
	d := newDoc(text)
	a := &article.Article{}
	for k, step := range []func(){
		func() { d.layout(a) },
		func() { d.listings(a) },
		func() { d.entities(a, nil) },
		func() { d.quantities(a) },
		func() { d.relations(a) },
		func() { assemble(a) },
	} {
		if k >= last {
			return
		}
		step()
	}
}

// BenchmarkRelationsStep times the relation step alone over the sample
// pages, every step before it run once.
func BenchmarkRelationsStep(b *testing.B) {
	pages, n := samplePageTexts(b)
	type prepared struct {
		d *doc
		a article.Article
	}
	var docs []prepared
	for _, t := range pages {
		d := newDoc(t)
		var a article.Article
		d.layout(&a)
		d.listings(&a)
		d.entities(&a, nil)
		d.quantities(&a)
		docs = append(docs, prepared{d, a})
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range docs {
			a := p.a
			a.Relations = nil
			p.d.relations(&a)
		}
	}
}

// BenchmarkQuantitiesAfterEntities times the quantity step alone over the
// sample pages, every step before it run once, so that the figures are
// tied to the entities found as in a parse.
func BenchmarkQuantitiesAfterEntities(b *testing.B) {
	pages, n := samplePageTexts(b)
	type prepared struct {
		d *doc
		a article.Article
	}
	var docs []prepared
	for _, t := range pages {
		d := newDoc(t)
		var a article.Article
		d.layout(&a)
		d.listings(&a)
		d.entities(&a, nil)
		docs = append(docs, prepared{d, a})
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range docs {
			a := p.a
			a.Quantities = nil
			p.d.quantities(&a)
		}
	}
}
