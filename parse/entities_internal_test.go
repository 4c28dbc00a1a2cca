package parse

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsfacts/newsfacts/article"
)

// BenchmarkEntities times the entity step alone over the sample pages,
// their layout and listings read once.
func BenchmarkEntities(b *testing.B) {
	files, _ := filepath.Glob("testdata/pages/*.txt")
	type prepared struct {
		d *doc
		a article.Article
	}
	var docs []prepared
	n := 0
	for _, fn := range files {
		t, err := os.ReadFile(fn)
		if err != nil {
			b.Fatal(err)
		}
		d := newDoc(string(t))
		var a article.Article
		d.layout(&a)
		d.listings(&a)
		docs = append(docs, prepared{d, a})
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range docs {
			a := p.a
			a.Entities = nil
			a.Listings = append([]article.Listing(nil), p.a.Listings...)
			p.d.entities(&a, nil)
		}
	}
}

// BenchmarkEntitiesLong times the entity step on one long report: the
// body paragraphs of the sample pages repeated to about 1 MB, so that
// the cost per byte can be compared with BenchmarkEntities.
func BenchmarkEntitiesLong(b *testing.B) {
	files, _ := filepath.Glob("testdata/pages/*.txt")
	var paras []string
	for _, fn := range files {
		t, err := os.ReadFile(fn)
		if err != nil {
			b.Fatal(err)
		}
		d := newDoc(string(t))
		var a article.Article
		d.layout(&a)
		for _, p := range d.paras {
			paras = append(paras, d.v.s[p.a:p.b])
		}
	}
	text := "Long report on the market for battery metals\n\n"
	for len(text) < 1<<20 {
		for _, p := range paras {
			text += p + "\n\n"
		}
	}
	d := newDoc(text)
	var a article.Article
	d.layout(&a)
	d.listings(&a)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		x := a
		x.Entities = nil
		x.Listings = append([]article.Listing(nil), a.Listings...)
		d.entities(&x, nil)
	}
}

// TestMergeNoLoop merges entities in orders that, merged node by node
// rather than root by root, would make a loop; every root must still be
// found, and merging an entity into itself must do nothing.
func TestMergeNoLoop(t *testing.T) {
	f := &entFinder{}
	for range 3 {
		f.ents = append(f.ents, &nent{into: -1})
	}
	f.merge(0, 1) // 1 -> 0
	f.merge(2, 0) // 0 -> 2
	f.merge(1, 2) // 1 and 2 are one already: nothing to do
	f.merge(2, 2)
	for e := range f.ents {
		if r := f.root(e); r != 2 {
			t.Errorf("root(%d) = %d, want 2", e, r)
		}
	}
}

func TestBareName(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Kedah Advanced Materials Sdn Bhd", "Kedah Advanced Materials"},
		{"Straits Industrial Holdings Berhad", "Straits Industrial Holdings"},
		{"Siam Agro Chemicals Public Company Limited", "Siam Agro Chemicals"},
		{"Keonjhar Minerals Pvt Ltd", "Keonjhar Minerals"},
		{"Keonjhar Minerals Private Limited", "Keonjhar Minerals"},
		{"Samsung SDI Co., Ltd.", "Samsung SDI"},
		{"Thai Oil PCL", "Thai Oil"},
		{"PT Vale Indonesia Tbk", "PT Vale Indonesia"},
		{"Freeport LNG Development L.P.", "Freeport LNG Development"},
		{"Lynas Corp", "Lynas"},
		{"Bach Lam Steel Joint Stock Company", "Bach Lam Steel"},
		{"Joint Stock Company", ""},
		// No legal form, or nothing left that names the firm.
		{"Hanra Steel", ""},
		{"POSCO Holdings", ""},
		{"Public Company Limited", ""},
		{"the Company", ""},
		{"Co. Ltd", ""},
		{"AB Co", ""},
		{"Ltd", ""},
		{"", ""},
	} {
		if got := bareName(tc.name); got != tc.want {
			t.Errorf("bareName(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
