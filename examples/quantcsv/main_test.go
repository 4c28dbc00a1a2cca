package main

import (
	"bytes"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/entity"
)

func TestWriteCSV(t *testing.T) {
	a := &article.Article{
		Source:   "vn.txt",
		Entities: []article.Entity{{ID: "e1", Kind: entity.KindCountry, Name: "Vietnam"}, {ID: "e2", Kind: entity.KindGovernment, Name: "U.S. Geological Survey"}},
		Quantities: []article.Quantity{
			{Text: "3.5 million metric tons", Amount: commodity.MustParseTonnage("3.5 million metric tons"),
				Commodity: "rare-earths", Measure: commodity.Reserves, Holder: "e1", Period: "2024", Source: "e2"},
			{Text: "2,000 to 3,000 short tons a year",
				Amount: commodity.NewTonnage(decimal.NewFromInt(2000), commodity.ShortTon),
				Max:    commodity.NewTonnage(decimal.NewFromInt(3000), commodity.ShortTon),
				Bound:  commodity.Range, Per: commodity.Year, Commodity: "coal", Measure: commodity.Exports},
		},
	}
	var out bytes.Buffer
	if err := writeCSV(&out, []*article.Article{a}); err != nil {
		t.Fatal(err)
	}
	want := `article,text,commodity,measure,holder,period,tonnes,max_tonnes,bound,per,source
vn.txt,3.5 million metric tons,rare-earths,reserves,Vietnam,2024,3500000,,exact,,U.S. Geological Survey
vn.txt,"2,000 to 3,000 short tons a year",coal,exports,,,1814.36948,2721.55422,range,year,
`
	if got := out.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
