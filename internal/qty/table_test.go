package qty_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/internal/qty"
)

// rowTests are tables, each a line of column heads (or none) and rows,
// with the figures Row reads from each row, as "number=tonnes commodity
// form measure period".
var rowTests = []struct {
	name  string
	lines []string
	want  []string
	topic commodity.Commodity
}{
	{"figures with their change on the year in brackets, the unit in a column", []string{
		"                        Unit   Japan          Korea",
		"Unwrought gallium       kg     1,240 (-38%)   865 (n/a)",
		"Natural graphite        t      1,905 (-29%)   14,320 (+140%)",
	}, []string{
		"1,240=1.24 other gallium  ", "865=0.865 other gallium  ",
		"1,905=1905 graphite Natural graphite  ", "14,320=14320 graphite Natural graphite  ",
	}, 0},
	{"a quarterly report", []string{
		"                          Mar 2026 Qtr   Dec 2025 Qtr   Change",
		"Ore mined (Mt)                    3.42           3.18       8%",
		"Zircon produced (t)             15,310         13,980      10%",
		"Concentrate sold ('000 t)         41.5              -     n/a",
	}, []string{
		"3.42=3420000 other Ore production Mar 2026 Qtr", "3.18=3180000 other Ore production Dec 2025 Qtr",
		"15,310=15310 other Zircon production Mar 2026 Qtr", "13,980=13980 other Zircon production Dec 2025 Qtr",
		"41.5=41500 other Concentrate sales Mar 2026 Qtr",
	}, 0},
	{"no heads; a known commodity; kilotonnes", []string{
		"Copper cathode shipped (kt)   12.1   11.8",
	}, []string{"12.1=12100 copper Copper cathode shipments ", "11.8=11800 copper Copper cathode shipments "}, 0},
	{"the unit in a column of its own; a unit of volume gives nothing", []string{
		"                          Unit     Q1 2026      Q1 2025    Change",
		"Saprolite ore mined       wmt    1,146,300      972,450    +17.9%",
		"Overburden removed        bcm    5,420,000    4,960,000     +9.3%",
	}, []string{"1,146,300=1146300 nickel Saprolite ore production Q1 2026", "972,450=972450 nickel Saprolite ore production Q1 2025"}, 0},
	{"a label the catalogue does not know is of the text's topic; a known one keeps its own", []string{
		"Hydroxide sales (t)   14,850   27,400",
		"Zircon sold (t)        1,200",
	}, []string{"14,850=14850 lithium Hydroxide sales ", "27,400=27400 lithium Hydroxide sales ", "1,200=1200 other Zircon sales "}, commodity.Lithium},
	{"tonnes of uranium name the metal, whatever the label says", []string{
		"Production, 100% basis (tU)   3,910   3,675",
	}, []string{"3,910=3910 uranium tU production ", "3,675=3675 uranium tU production "}, 0},
	{"labels that name no mass give nothing", []string{
		"Zircon price (US$/t)    1,640    1,610",
		"Cash (A$m)              48.6     52.1",
		"Recovery (%)            91.4     90.2",
		"Employees               412      398",
	}, nil, 0},
}

func TestRow(t *testing.T) {
	for _, tc := range rowTests {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Join(tc.lines, "\n")
			var got []string
			var heads []qty.Cell
			at := 0
			for i, l := range tc.lines {
				line := qty.Span{Start: at, End: at + len(l)}
				at += len(l) + 1
				cells := qty.Cells(nil, text, line)
				if i == 0 && strings.HasPrefix(l, " ") {
					heads = cells
					continue
				}
				for _, q := range qty.Row(nil, text, cells, heads, tc.topic) {
					period := ""
					if !q.Period.IsZero() {
						period = text[q.Period.Start:q.Period.End]
					}
					got = append(got, text[q.Span.Start:q.Span.End]+"="+q.Lo.Tonnage.Tonnes().String()+" "+q.Commodity.ID()+" "+
						text[q.Form.Start:q.Form.End]+" "+q.Measure.String()+" "+period)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Row (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCells(t *testing.T) {
	text := "  Ore mined (Mt)   3.42\t3.18   8% "
	var got []string
	for _, c := range qty.Cells(nil, text, qty.Span{Start: 0, End: len(text)}) {
		got = append(got, text[c.Start:c.End])
	}
	if diff := cmp.Diff([]string{"Ore mined (Mt)", "3.42", "3.18", "8%"}, got); diff != "" {
		t.Errorf("Cells (-want +got):\n%s", diff)
	}
	// Cells parted by bars, spaces around them or not.
	text = "Japan           | 312,400 t   |96,800 t| +11.2%"
	got = got[:0]
	for _, c := range qty.Cells(nil, text, qty.Span{Start: 0, End: len(text)}) {
		got = append(got, text[c.Start:c.End])
	}
	if diff := cmp.Diff([]string{"Japan", "312,400 t", "96,800 t", "+11.2%"}, got); diff != "" {
		t.Errorf("Cells with bars (-want +got):\n%s", diff)
	}
}

// FuzzRow checks that Row never panics and keeps its spans in the text.
func FuzzRow(f *testing.F) {
	for _, tc := range rowTests {
		f.Add(strings.Join(tc.lines, "\n"))
	}
	f.Fuzz(func(t *testing.T, s string) {
		var heads []qty.Cell
		for at := 0; at <= len(s); {
			end := strings.IndexByte(s[at:], '\n')
			if end < 0 {
				end = len(s)
			} else {
				end += at
			}
			cells := qty.Cells(nil, s, qty.Span{Start: at, End: end})
			for _, q := range qty.Row(nil, s, cells, heads, commodity.Nickel) {
				for _, sp := range []qty.Span{q.Span, q.Form, q.Period} {
					if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
						t.Fatalf("Row(%q): span %v out of bounds", s, sp)
					}
				}
				if q.Lo.Tonnage.IsZero() {
					t.Fatalf("Row(%q): a figure without a mass", s)
				}
			}
			heads = cells
			at = end + 1
		}
	})
}
