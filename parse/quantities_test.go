package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/dec"
)

// quantityPage is a wire story written for the tests: curly quotes, a
// no-break space and an en dash in the body, summary bullets above it, and
// a caption and share buttons that must not be read.
const quantityPage = "Kestrel to supply NdPr oxide to Japanese magnet maker\n" +
	"\n" +
	"* Deal covers up to 1,500 tonnes a year\n" +
	"* Shares jump 4%\n" +
	"\n" +
	"SYDNEY, May 22 (Reuters) - Kestrel Minerals said on Thursday it would supply 1,000\u20131,500\u00a0tonnes of NdPr oxide a year to Hoshino Magnetics, according to Argus.\n" +
	"\n" +
	"Japan\u2019s imports of rare earths reached 14,200 tonnes in 2024.\n" +
	"\n" +
	"Image: 5,000 tonnes of ore at the port of Darwin\n" +
	"Share this on\n" +
	"Related posts: 9,000 tonnes of copper shipped\n"

// wantQuantity is what a test expects of a quantity of an article.
type wantQuantity struct {
	Text, Tonnes, MaxTonnes  string
	Bound, Per               string
	Commodity, Form, Measure string
	Holder, Source, Period   string
}

func TestQuantities(t *testing.T) {
	d := newDoc(quantityPage)
	a := &article.Article{}
	d.layout(a)
	// The entities a sentence names, as the entity step would make them.
	add := func(id string, kind entity.Kind, names ...string) {
		e := article.Entity{ID: id, Kind: kind, Name: names[0]}
		for _, n := range names {
			for from := 0; ; {
				i := strings.Index(quantityPage[from:], n)
				if i < 0 {
					break
				}
				e.Mentions = append(e.Mentions, article.Span{Start: from + i, End: from + i + len(n)})
				from += i + len(n)
			}
		}
		a.Entities = append(a.Entities, e)
	}
	add("e1", entity.KindCompany, "Kestrel Minerals")
	add("e2", entity.KindCompany, "Hoshino Magnetics")
	add("e3", entity.KindOrganization, "Argus")
	add("e4", entity.KindCountry, "Japan")
	d.quantities(a)

	var got []wantQuantity
	for _, q := range a.Quantities {
		if q.Span.Text(quantityPage) != q.Text {
			t.Errorf("quantity text %q but span covers %q", q.Text, q.Span.Text(quantityPage))
		}
		w := wantQuantity{
			Text: q.Text, Tonnes: dec.Format(q.Amount.Tonnes()), Bound: q.Bound.String(), Per: q.Per.String(),
			Commodity: q.Commodity, Form: q.Form, Measure: q.Measure.String(),
			Holder: q.Holder, Source: q.Source, Period: q.Period,
		}
		if !q.Max.IsZero() {
			w.MaxTonnes = dec.Format(q.Max.Tonnes())
		}
		got = append(got, w)
	}
	want := []wantQuantity{
		{Text: "up to 1,500 tonnes a year", Tonnes: "1500", Bound: "at_most", Per: "year",
			Commodity: "rare-earths", Form: "NdPr oxide", Measure: "supply"},
		{Text: "1,000\u20131,500\u00a0tonnes", Tonnes: "1000", MaxTonnes: "1500", Bound: "range", Per: "year",
			Commodity: "rare-earths", Form: "NdPr oxide", Measure: "supply", Holder: "e1", Source: "e3"},
		{Text: "14,200 tonnes", Tonnes: "14200", Bound: "exact",
			Commodity: "rare-earths", Form: "rare earths", Measure: "imports", Holder: "e4", Period: "2024"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
}

// TestQuantitiesTroy checks that ounces of a precious metal are read as
// troy ounces in the article.
func TestQuantitiesTroy(t *testing.T) {
	a, err := Parse("The mine poured 250,000 ounces of gold last year, the company said on Friday.\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quantities) != 1 {
		t.Fatalf("got %d quantities", len(a.Quantities))
	}
	q := a.Quantities[0]
	if q.Amount.Unit() != commodity.TroyOunce || dec.Format(q.Amount.Tonnes()) != "7.7758692" {
		t.Errorf("got %s = %s t, want 250000 oz_t = 7.7758692 t", q.Amount, dec.Format(q.Amount.Tonnes()))
	}
}

// TestQuantitiesTradeWords checks units and materials of the nuclear and
// ferrous trades: tonnes of uranium ("tU"), scrap and billet, which a
// metal's name makes that metal's ("slab zinc", "scrap copper").
func TestQuantitiesTradeWords(t *testing.T) {
	text := "Kora Uranium produced 2,300 tU a year. The mill bought 5,000 t of billet and a 30,000 t cargo of heavy melting scrap.\n" +
		"The smelter can make 120,000 short tons of slab zinc a year and bought 8,000 t of scrap copper.\n" +
		"The mill will deliver 8,000 tonnes a month of hot-rolled 304 black coil to Hanra. It melted 612,000 tonnes of nickel pig iron in 2026.\n"
	a, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range a.Quantities {
		got = append(got, strings.TrimSpace(q.Text+" "+dec.Format(q.Amount.Tonnes())+" "+q.Commodity+" "+q.Measure.String()))
	}
	want := []string{"2,300 tU a year 2300 uranium production", "5,000 t 5000 steel supply", "30,000 t 30000 steel shipments",
		"120,000 short tons 108862.1688 zinc capacity", "8,000 t 8000 copper supply", "8,000 tonnes a month 8000 steel supply",
		"612,000 tonnes 612000 nickel production"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
}

// BenchmarkQuantitiesStep times the quantity step alone on the sample
// pages, after their layout: what it adds to a parse.
func BenchmarkQuantitiesStep(b *testing.B) {
	files, _ := filepath.Glob("testdata/pages/*.txt")
	var pages []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, string(t))
	}
	n := 0
	docs := make([]*doc, len(pages))
	for i, p := range pages {
		n += len(p)
		docs[i] = newDoc(p)
		docs[i].layout(&article.Article{})
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			d.quantities(&article.Article{})
		}
	}
}

// BenchmarkQuantitiesStepLarge times the quantity step alone on a long
// report of about 1 MB of body text, after its layout and its entities.
func BenchmarkQuantitiesStepLarge(b *testing.B) {
	files, _ := filepath.Glob("testdata/pages/*.txt")
	var sb strings.Builder
	sb.WriteString("Quarterly Review of Asian Materials Markets\n\n")
	var paras []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		a, err := Parse(string(t))
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range a.Paragraphs {
			paras = append(paras, p.Text(string(t)))
		}
	}
	for sb.Len() < 1<<20 {
		for _, p := range paras {
			sb.WriteString(p)
			sb.WriteString("\n\n")
		}
	}
	text := strings.ToValidUTF8(sb.String()[:1<<20], "")
	full, err := Parse(text)
	if err != nil {
		b.Fatal(err)
	}
	d := newDoc(text)
	var a article.Article
	d.layout(&a)
	a.Entities = full.Entities
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		q := a
		q.Quantities = nil
		d.quantities(&q)
	}
}

// FuzzQuantities checks the quantity step on any text: spans of the
// original input, on rune boundaries, whose text is the quantity's.
func FuzzQuantities(f *testing.F) {
	f.Add(quantityPage)
	files, _ := filepath.Glob("testdata/pages/*.txt")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("Ｅｘｐｏｒｔｓ ｏｆ ３．５ ｍｉｌｌｉｏｎ ｔｏｎｎｅｓ rose.\n\nUp to 5\u00a0Mt\u2013a year of ore,\u2009about 3\u20134 kt.")
	f.Fuzz(func(t *testing.T, text string) {
		if (&Parser{}).check(text) != nil {
			return
		}
		d := newDoc(text)
		a := &article.Article{}
		d.layout(a)
		d.quantities(a)
		for _, q := range a.Quantities {
			s, e := q.Span.Start, q.Span.End
			if s < 0 || e <= s || e > len(text) || !boundary(text, s) || !boundary(text, e) {
				t.Fatalf("quantity span %v out of bounds or off rune boundaries", q.Span)
			}
			if text[s:e] != q.Text {
				t.Fatalf("quantity text %q but span covers %q", q.Text, text[s:e])
			}
		}
	})
}

// boundary reports whether a rune starts at i of text, or i is its end.
func boundary(text string, i int) bool { return i == len(text) || utf8.RuneStart(text[i]) }

// TestQuantitiesLinear checks that the quantity step's allocations grow in
// proportion to the input, in one endless sentence dense with figures,
// names and commodities, where a step that looked at every earlier word
// for each figure would grow with the square.
func TestQuantitiesLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 1 MB")
	}
	unit := "up to 5,000 tonnes of copper and Rio Tinto said 3-4 Mt a year of iron ore, Japan's 2 kt, "
	per := func(n int) float64 {
		text := "Copper output\n\n" + strings.Repeat(unit, n/len(unit)) + "end.\n"
		d := newDoc(text)
		d.layout(&article.Article{})
		allocs := testing.AllocsPerRun(1, func() { d.quantities(&article.Article{}) })
		return allocs / float64(n)
	}
	small, large := per(64<<10), per(1<<20)
	if large > 1.5*small {
		t.Errorf("allocations per byte grow with size: %.4f at 64 KB, %.4f at 1 MB", small, large)
	}
}

// TestTableQuantities reads a report's table of tonnages: each figure of a
// row whose label names a unit, with the head of its column as its
// period, in text order with the figures of the sentences, and with
// spans in the original text after a curly quote.
func TestTableQuantities(t *testing.T) {
	text := "Kora Sands\u2019 report\n\nOutput rose to 9,000 tonnes of zircon in the quarter.\n\n" +
		"                         Jun Qtr      Mar Qtr\n" +
		"Zircon produced (t)        9,000        8,100\n" +
		"Price (US$/t)              1,640        1,610\n" +
		"\nSales of 7,500 tonnes followed.\n"
	a, err := New(Options{}).Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range a.Quantities {
		if q.Span.Text(text) != q.Text {
			t.Errorf("quantity %q spans %q", q.Text, q.Span.Text(text))
		}
		got = append(got, q.Text+" "+q.Amount.Tonnes().String()+" "+q.Commodity+" "+q.Measure.String()+" "+q.Period)
	}
	want := []string{
		"9,000 tonnes 9000 other production ",
		"9,000 9000 other production Jun Qtr",
		"8,100 8100 other production Mar Qtr",
		"7,500 tonnes 7500 other sales ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
}

// tableQuantities parses text and returns the article with its
// quantities as "text tonnes measure period", checking each one's span.
func tableQuantities(t *testing.T, text string) (*article.Article, []string) {
	t.Helper()
	a, err := New(Options{}).Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range a.Quantities {
		if q.Span.Text(text) != q.Text {
			t.Errorf("quantity %q spans %q", q.Text, q.Span.Text(text))
		}
		got = append(got, q.Text+" "+q.Amount.Tonnes().String()+" "+q.Measure.String()+" "+q.Period)
	}
	return a, got
}

// TestTableBars reads a table whose cells bars part and whose figures
// carry their unit, under a caption that names the material and the
// measure its rows' labels (countries) do not.
func TestTableBars(t *testing.T) {
	text := "Scrap Monitor: imports rise\n\nVietnam bought more scrap in January.\n\n" +
		"Table 1: Ferrous scrap imports by origin, January 2026\n\n" +
		"Origin          | Vietnam     | Thailand   | Change y/y\n" +
		"Japan           | 312,400 t   | 96,800 t   | +11.2%\n" +
		"United States   | 148,900 t   | -          | n/a\n"
	_, got := tableQuantities(t, text)
	// (A column headed by a country gives no period.)
	want := []string{"312,400 t 312400 imports ", "96,800 t 96800 imports ", "148,900 t 148900 imports "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
}

// TestTableRuledUnderCaptionedPlace reads a table of bare figures ruled
// off under its head, whose caption names a country before the material
// ("China graphite exports"): every row, "Others" and "Total" too, is of
// that material.
func TestTableRuledUnderCaptionedPlace(t *testing.T) {
	text := "Graphite exports fall\n\nBEIJING, 20 March 2026 - Exports fell in the first two months.\n\n" +
		"China graphite exports by destination, Jan-Feb (tonnes)\n\n" +
		"Destination     | Jan-Feb 2026 | Jan-Feb 2025 | Change\n" +
		"----------------|--------------|--------------|-------\n" +
		"South Korea     |        6,412 |       11,870 |  -46%\n" +
		"Others          |        4,033 |        7,097 |  -43%\n"
	a, got := tableQuantities(t, text)
	want := []string{"6,412 6412 exports Jan-Feb 2026", "11,870 11870 exports Jan-Feb 2025", "4,033 4033 exports Jan-Feb 2026", "7,097 7097 exports Jan-Feb 2025"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
	for _, q := range a.Quantities {
		if q.Commodity != commodity.Graphite.String() {
			t.Errorf("%q: commodity %v, want graphite", q.Text, q.Commodity)
		}
	}
}

// TestTableCaptionAndHeadUnits reads tables of bare figures whose unit
// the caption gives ("(million wmt)") or each column's head ("Output
// (Mt)"), and a column of codes on the market its head names.
func TestTableCaptionAndHeadUnits(t *testing.T) {
	text := "Nickel ore exports rise\n\nMANILA, 14 July 2026 - Exports rose in the first half.\n\n" +
		"Nickel ore exports, January-June (million wmt)\n\n" +
		"Company                        PSE code   H1 2026   H1 2025\n" +
		"Surigao Laterite Mining Corp   SLM        12.4      11.1\n" +
		"Total                                     20.6      19.0\n\n" +
		"Coal output by producer\n\n" +
		"Company                  Output (Mt)   Sales (Mt)\n" +
		"PT Kaltim Batu Prima     12.5          11.8\n"
	a, got := tableQuantities(t, text)
	want := []string{
		"12.4 12400000 exports H1 2026", "11.1 11100000 exports H1 2025", "20.6 20600000 exports H1 2026", "19.0 19000000 exports H1 2025",
		"12.5 12500000 production ", "11.8 11800000 sales ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
	if len(a.Listings) != 1 || a.Listings[0].Symbol() != "SLM" || a.Listings[0].MIC() != "XPHS" {
		t.Fatalf("listings = %+v, want SLM on XPHS", a.Listings)
	}
	if e, ok := a.Entity(a.Listings[0].Entity); !ok || e.Name != "Surigao Laterite Mining Corp" {
		t.Errorf("listing tied to %q", e.Name)
	}
}

// TestTableUnitColumn reads a table whose unit stands in a column of its
// own, under a head line that itself holds digits ("Q1 2026").
func TestTableUnitColumn(t *testing.T) {
	text := "Kora Nikel said output rose in the quarter as the mine expanded.\n\n" +
		"Item                     Unit      Q1 2026      Q1 2025    Change\n" +
		"Saprolite ore mined      wmt     1,146,300      972,450    +17.9%\n" +
		"Overburden removed       bcm     5,420,000    4,960,000     +9.3%\n"
	a, err := New(Options{}).Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range a.Quantities {
		got = append(got, q.Text+" "+q.Commodity+" "+q.Measure.String()+" "+q.Period)
	}
	want := []string{"1,146,300 nickel production Q1 2026", "972,450 nickel production Q1 2025"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
}

// TestTableRowsOverSentence reads the rows of a table set under a
// paragraph of its own: each figure measures what its row's label says,
// not what a word of a row below says, and the head of the labels'
// column ("(2) Sales volume by product") gives the measure of rows whose
// labels give none.
func TestTableRowsOverSentence(t *testing.T) {
	text := "Quarterly update\n\nMumbai, August 12, 2025\n\nCathode production was 86,400 tonnes in the year.\n\n" +
		"Particulars                          Q1 FY26        Q1 FY25        Change\n" +
		"Aluminium (hot metal) production     1,42,300 t     1,38,900 t     +2%\n" +
		"Coal (captive) output                1.9 Mt         1.7 Mt         +12%\n\n" +
		"(2) Sales volume by product          FY2025         FY2024\n" +
		"Silicomanganese                      96,300 t       88,700 t\n"
	a, got := tableQuantities(t, text)
	want := []string{"86,400 tonnes 86400 production ", "1,42,300 t 142300 production Q1 FY26", "1,38,900 t 138900 production Q1 FY25",
		"1.9 Mt 1900000 production Q1 FY26", "1.7 Mt 1700000 production Q1 FY25", "96,300 t 96300 sales FY2025", "88,700 t 88700 sales FY2024"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
	var cs []string
	for _, q := range a.Quantities[1:] {
		cs = append(cs, q.Commodity)
	}
	if diff := cmp.Diff([]string{"aluminium", "aluminium", "coal", "coal", "manganese", "manganese"}, cs); diff != "" {
		t.Errorf("commodities (-want +got):\n%s", diff)
	}
}

// TestTableCaptionOverRule reads a table whose caption, with the unit,
// stands over a rule over the columns' head, and one whose labels give
// the unit and what of the material it counts ("(tonnes, Co content)").
func TestTableCaptionOverRule(t *testing.T) {
	text := "Metals morning\n\nStocks fell on Monday.\n\n" +
		"WAREHOUSE STOCKS (tonnes)\n" +
		"-------------------------------------------\n" +
		"                        Latest      Prev     Chg %\n" +
		"LME copper             112,375   114,525      -1.9\n\n" +
		"Kora Cobalt's operating data:\n\n" +
		"                                       2024          2025\n" +
		"  Cobalt products (tonnes, Co content)  3,912         4,350\n"
	_, got := tableQuantities(t, text)
	want := []string{"112,375 112375 inventory ", "114,525 114525 inventory ", "3,912 3912  2024", "4,350 4350  2025"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
}

// TestTableSectionsAndBasis reads a quarterly report's table whose unit
// column gives the basis in brackets ("Mt (wmt)"), whose sections open
// with a line naming their material, and whose price rows head nothing.
func TestTableSectionsAndBasis(t *testing.T) {
	text := "Quarterly report\n\nKora Resources Limited lifted output in the quarter.\n\n" +
		"Table 1: Production and sales summary\n\n" +
		"                               Unit        Dec Q FY26   Sep Q FY26\n" +
		"Iron ore - Ullawarra\n" +
		"   Ore mined                   Mt (wmt)          5.31         4.88\n" +
		"   Realised price (CFR)        US$/dmt          86.40        81.15\n" +
		"Manganese - Nullagine South\n" +
		"   Ore produced                kt               118.0        104.6\n"
	a, got := tableQuantities(t, text)
	want := []string{"5.31 5310000 production Dec Q FY26", "4.88 4880000 production Sep Q FY26", "118.0 118000 production Dec Q FY26", "104.6 104600 production Sep Q FY26"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
	var cs []string
	for _, q := range a.Quantities {
		cs = append(cs, q.Commodity)
	}
	if diff := cmp.Diff([]string{"iron-ore", "iron-ore", "manganese", "manganese"}, cs); diff != "" {
		t.Errorf("commodities (-want +got):\n%s", diff)
	}
}

// TestTableNumberedCaption reads the material of a table's rows from its
// caption after the table's number ("Table 1. Nickel ore ...").
func TestTableNumberedCaption(t *testing.T) {
	for _, caption := range []string{"Table 1. Nickel ore shipments by producer, January-September (wmt)", "Exhibit 3: Nickel ore shipments (wmt)", "Nickel ore shipments (wmt)"} {
		text := "Ore report\n\nShipments rose.\n\n" + caption + "\n\n" +
			"Producer                        Code     9M 2025      9M 2024\n" +
			"------------------------------  ----  -----------  -----------\n" +
			"Kora Laterite Mining Corp       KLM     6,412,300    5,880,150\n" +
			"Tana Metals Corp                TMC       964,210      893,400\n"
		a, got := tableQuantities(t, text)
		if len(got) != 4 {
			t.Fatalf("%q: quantities %q, want 4", caption, got)
		}
		for _, q := range a.Quantities {
			if q.Commodity != commodity.Nickel.String() {
				t.Errorf("%q: %s is of %v, want nickel", caption, q.Span.Text(text), q.Commodity)
			}
		}
	}
}

// TestTableUnitLabel reads a caption in brackets with its unit after a
// label at the far end of the line, and the material before a word that
// measures nothing the cues know.
func TestTableUnitLabel(t *testing.T) {
	text := "Report\n\nThe Company bought ore.\n\n" +
		"   [Spodumene concentrate purchases by origin]                    (unit: wmt)\n" +
		"   Origin            2023          2024\n" +
		"   Australia        32,900        47,300\n" +
		"   Zimbabwe          7,220        14,500\n\nThe end.\n"
	a, got := tableQuantities(t, text)
	want := []string{"32,900 32900  2023", "47,300 47300  2024", "7,220 7220  2023", "14,500 14500  2024"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
	for _, q := range a.Quantities {
		if q.Commodity != commodity.Lithium.String() {
			t.Errorf("%s is of %v, want lithium", q.Span.Text(text), q.Commodity)
		}
	}
}

// TestTableCellsAsProse checks a table of bars whose cells each hold a
// quantity as prose writes it ("142.6kt", "about 280,000 tonnes"): each
// is read, its period the head of its column; a head of years with the
// unit in brackets is no row.
func TestTableCellsAsProse(t *testing.T) {
	text := "Lithium output\n\nThe table below compiles June-quarter figures.\n\n" +
		"Producer (ticker)            | Product         | Jun qtr 2025  | FY2026 guidance\n" +
		"Tarcoola Lithium (ASX: TLK)  | SC6 spodumene   | 142.6kt       | 560-600kt\n" +
		"Mallee Minerals (MMX.AX)     | SC5.5 spodumene | 68,900 tonnes | about 280,000 tonnes\n\n" +
		"Ore shipped | 2025 (WMT) | 2024 (WMT)\n"
	_, got := tableQuantities(t, text)
	want := []string{
		"142.6kt 142600  Jun qtr 2025",
		"560-600kt 560000  FY2026 guidance",
		"68,900 tonnes 68900  Jun qtr 2025",
		"about 280,000 tonnes 280000  FY2026 guidance",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
}

// TestTableUnitInLabelsHead reads a table whose labels' column head
// gives the material and the unit of every figure ("COAL SALES BY
// DESTINATION (kt)") over rows of countries, and a unit column of
// thousands ("'000 wmt").
func TestTableUnitInLabelsHead(t *testing.T) {
	text := "Coal report\n\nThe company sold coal in the quarter, it said on Monday in a statement.\n\n" +
		"COAL SALES BY DESTINATION (kt)          3Q25       2Q25\n" +
		"China                                  3,410      3,520\n\n" +
		"                                  Unit        3Q25      2Q25\n" +
		"Nickel ore sales                  '000 wmt     412       376\n"
	a, got := tableQuantities(t, text)
	want := []string{"3,410 3410000 sales 3Q25", "3,520 3520000 sales 2Q25", "412 412000 sales 3Q25", "376 376000 sales 2Q25"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
	if len(a.Quantities) == 4 && (a.Quantities[0].Commodity != "coal" || a.Quantities[2].Commodity != "nickel") {
		t.Errorf("commodities = %v, %v; want coal, nickel", a.Quantities[0].Commodity, a.Quantities[2].Commodity)
	}
}

// TestTableUnitInMiddleColumn reads a table of cargoes whose one column
// of tonnages has the unit in its head ("Qty (t)") among columns of
// names and of other units ("CV (kcal/kg NAR)").
func TestTableUnitInMiddleColumn(t *testing.T) {
	text := "Coal fixtures\n\nGenerators bought more coal last week, traders said on Monday.\n\n" +
		"Vessel           | Load port  | Seller                    | Qty (t) | CV (kcal/kg NAR) | Laycan\n" +
		"Ocean Camellia   | Samarinda  | PT Mahakam Jaya Coal      | 76,500  | 5,500            | 12-16 Jun\n" +
		"Cape Wakaba      | Hay Point  | Bowen Ridge Coal          | 160,000 | 6,000            | 20-29 Jun\n"
	_, got := tableQuantities(t, text)
	want := []string{"76,500 76500  ", "160,000 160000  "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
}

// TestTableFirmNamesMaterial reads a table of firms whose caption names
// two materials: each row's figures are of the material its firm's
// name holds.
func TestTableFirmNamesMaterial(t *testing.T) {
	text := "Steel and cement volumes\n\nListed producers reported September sales this week, the companies said.\n\n" +
		"Steel and cement producers: September 2026 sales volume (tonnes)\n\n" +
		"Company                          Ticker   Exchange   Sep 2026     9M 2026\n" +
		"Hoa Binh Steel Group JSC         HBS      HOSE       845,200      6,912,400\n" +
		"Tam Diep Cement JSC              TDC      HNX        516,000      4,482,000\n"
	a, _ := tableQuantities(t, text)
	var got []string
	for _, q := range a.Quantities {
		got = append(got, q.Text+" "+q.Commodity)
	}
	want := []string{"845,200 steel", "6,912,400 steel", "516,000 cement", "4,482,000 cement"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
}

// TestTableChangeColumn reads a table of stocks whose caption gives the
// unit before the period ("(tonnes), week to Sept 18") and whose
// "Change" column holds signed masses; a column of changes in percent
// gives none.
func TestTableChangeColumn(t *testing.T) {
	text := "Stocks fall\n\nExchange stocks fell again this week, the exchange said on Friday.\n\n" +
		"SHFE weekly warehouse stocks (tonnes), week to Sept 18\n\n" +
		"Metal         This week     Change    Last week   y/y\n" +
		"Copper           96,412    -14,826      111,238   -3.5\n" +
		"Aluminium       231,590     +6,075      225,515   +5.6\n"
	_, got := tableQuantities(t, text)
	want := []string{"96,412 96412 inventory ", "-14,826 14826 inventory ", "111,238 111238 inventory ",
		"231,590 231590 inventory ", "+6,075 6075 inventory ", "225,515 225515 inventory "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
}

// TestTableCaptionOfTwoMeasures reads a table whose caption names two
// measures, each of its own material ("COIL OUTPUT AND IRON ORE
// IMPORTS"): the column whose head names the second is of it, the
// others of the first.
func TestTableCaptionOfTwoMeasures(t *testing.T) {
	text := "Mills report\n\nListed mills rolled more coil in the quarter.\n\n" +
		"HOT-ROLLED COIL OUTPUT AND IRON ORE IMPORTS, LISTED MILLS (thousand tonnes)\n\n" +
		"Mill                    Q3 2027   Q2 2027   Q3 ore imports\n" +
		"Kora Steel JSC            1,420     1,365            2,310\n"
	a, got := tableQuantities(t, text)
	want := []string{"1,420 1420000 production Q3 2027", "1,365 1365000 production Q2 2027", "2,310 2310000 imports "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
	var cs []string
	for _, q := range a.Quantities {
		cs = append(cs, q.Commodity)
	}
	if diff := cmp.Diff([]string{"steel", "steel", "iron-ore"}, cs); diff != "" {
		t.Errorf("commodities (-want +got):\n%s", diff)
	}
}
