package parse_test

import (
	"errors"
	"fmt"

	"github.com/newsfacts/newsfacts/parse"
)

func ExampleParse() {
	text := `All data are based on the daily closing price as of May 23, 2025

Hanbit Cathode Expands Nickel Plant in Gwangyang

The battery-materials maker adds a second line as orders from cell makers grow
South Korea
h 123450.KO Mid and Small Cap 2000
Share this on

Hanbit Cathode said on Thursday it would add a second line at its Gwangyang plant.
`
	a, err := parse.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.AsOf, a.Country.Code())
	fmt.Println(a.Headline)
	for _, l := range a.Listings {
		e, _ := a.Entity(l.Entity)
		fmt.Println(l.Symbol(), l.MIC(), l.Index, e.Name)
	}
	fmt.Println(len(a.Paragraphs), "paragraph")
	// Output:
	// 2025-05-23 KR
	// Hanbit Cathode Expands Nickel Plant in Gwangyang
	// 123450 XKRX Mid and Small Cap 2000 Hanbit Cathode
	// 1 paragraph
}

func ExampleParser_Parse_errors() {
	p := parse.New(parse.Options{MaxSize: 1 << 20})
	_, err := p.Parse("Posco \xff")
	var ie *parse.InputError
	if errors.As(err, &ie) && errors.Is(err, parse.ErrInvalidUTF8) {
		fmt.Println("bad byte at offset", ie.Offset)
	}
	fmt.Println(err)
	// Output:
	// bad byte at offset 6
	// parse: invalid UTF-8 byte 0xff at byte offset 6 (line 1, column 7)
}
