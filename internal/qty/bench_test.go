package qty_test

import (
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/qty"
)

// benchNews is market news written for the benchmarks: some sentences
// state tonnages, most do not, as in a wire story.
var benchNews = []string{
	"Kestrel Minerals said on Tuesday it had agreed to supply up to 1,500 tonnes of NdPr oxide a year to a Japanese magnet maker, its first binding offtake.",
	"The company's shares rose 4.2% in Sydney, their biggest gain since March, valuing it at about A$1.1 billion.",
	"Under the deal, deliveries would start in 2026 and run for seven years, with prices set each quarter against a published index.",
	"Kestrel's Cobb Hill project holds reserves of 28.5 million tonnes of ore at 2.1% total rare earth oxide, according to a study released in May.",
	"The plant is designed to produce 4,400 tonnes of NdPr oxide annually once it reaches full rates, roughly 6% of global supply.",
	"Chief Executive Dana Whitlock told reporters the deal showed that buyers outside China were willing to pay a premium for secure supply.",
	"China mined about 240,000 tonnes of rare earths last year, more than two-thirds of the world total, U.S. Geological Survey data show.",
	"Analysts at Brunton Hale said they expected the price of NdPr oxide to average $68 a kilogram next year, up from $58 this year.",
	"Separately, the miner said it had started a feasibility study on a second processing line that would lift capacity to between 8,000 and 9,000 tonnes a year.",
	"The study is due to be completed in the first half of 2026, the company said, and will be funded from existing cash.",
	"Japan imported 14,200 tonnes of rare earth compounds in 2024, down 3% from a year earlier, customs figures showed.",
	"Kestrel expects to spend A$640 million on the first stage of the project, and has applied for a government loan to cover part of it.",
}

// benchPlain is news text with numbers, money and percentages but no
// amount of material.
var benchPlain = []string{
	"The company's shares rose 4.2% in Sydney, their biggest gain since March, valuing it at about A$1.1 billion.",
	"Under the deal, deliveries would start in 2026 and run for seven years, with prices set each quarter against a published index.",
	"Chief Executive Dana Whitlock told reporters on Tuesday that 12 buyers had asked for samples and that prices were $68 a kilogram.",
	"Kestrel expects to spend A$640 million on the first stage of the project, and has applied for a government loan to cover part of it.",
	"The index of 200 large companies fell 0.8% to 7,812.4 points, with miners down 1.9% and banks up 0.3%.",
}

func benchSentences(sents []string, n int) (string, []qty.Span) {
	var b strings.Builder
	var spans []qty.Span
	for b.Len() < n {
		for _, s := range sents {
			spans = append(spans, qty.Span{Start: b.Len(), End: b.Len() + len(s)})
			b.WriteString(s)
			b.WriteByte(' ')
		}
	}
	return b.String(), spans
}

// BenchmarkQuantities scans and links about 64 KB of news, sentence by
// sentence, as package parse does; "none" scans text that holds no
// quantity, which must not allocate.
func BenchmarkQuantities(b *testing.B) {
	for _, bc := range []struct {
		name  string
		sents []string
		link  bool
	}{
		{"news", benchNews, true},
		{"dense", []string{benchNews[0], benchNews[3], benchNews[4], benchNews[6], benchNews[8], benchNews[10]}, true},
		{"none", benchPlain, false},
	} {
		b.Run(bc.name, func(b *testing.B) {
			text, spans := benchSentences(bc.sents, 64<<10)
			qs := make([]qty.Quantity, 0, 16)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				var ctx qty.Context
				for _, sp := range spans {
					qs = qty.Scan(qs[:0], text[sp.Start:sp.End])
					if len(qs) == 0 {
						ctx.Pass(sp)
						continue
					}
					if !bc.link {
						b.Fatalf("found a quantity in %q", text[sp.Start:sp.End])
					}
					for i := range qs {
						qs[i].Shift(sp.Start)
					}
					qty.Link(text, sp, qs, &ctx)
				}
			}
		})
	}
}
