package qty_test

import (
	"fmt"

	"github.com/newsfacts/newsfacts/internal/dec"
	"github.com/newsfacts/newsfacts/internal/qty"
)

func ExampleScan() {
	s := "The miner agreed to sell up to 5 million tons of ore annually, " +
		"and between 3,000 and 6,000 tonnes of NdPr oxide, at $500 a ton."
	for _, q := range qty.Scan(nil, s) {
		fmt.Printf("%q: %s t", s[q.Span.Start:q.Span.End], dec.Format(q.Lo.Tonnage.Tonnes()))
		if q.IsRange() {
			fmt.Printf(" to %s t", dec.Format(q.Hi.Tonnage.Tonnes()))
		}
		fmt.Printf(", %s", q.Bound)
		if q.Per != 0 {
			fmt.Printf(", per %s", q.Per)
		}
		fmt.Println()
	}
	// Output:
	// "up to 5 million tons": 5000000 t, at_most
	// "between 3,000 and 6,000 tonnes": 3000 t to 6000 t, range
}

func ExampleLink() {
	sents := []string{
		"POSCO finished building an electrical steel plant on Friday.",
		"With a first-stage capacity of 150,000 tons per year, it will supply carmakers.",
	}
	text := sents[0] + " " + sents[1]
	var ctx qty.Context
	ctx.Pass(qty.Span{Start: 0, End: len(sents[0])})
	second := qty.Span{Start: len(sents[0]) + 1, End: len(text)}
	qs := qty.Scan(nil, sents[1])
	for i := range qs {
		qs[i].Shift(second.Start)
	}
	qty.Link(text, second, qs, &ctx)
	for _, q := range qs {
		fmt.Printf("%q: %s (%q), %s, per %s\n", text[q.Span.Start:q.Span.End],
			q.Commodity, text[q.Form.Start:q.Form.End], q.Measure, q.Per)
	}
	// Output:
	// "150,000 tons per year": steel ("electrical steel"), capacity, per year
}
