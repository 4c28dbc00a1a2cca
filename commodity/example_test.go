package commodity_test

import (
	"errors"
	"fmt"

	"github.com/newsfacts/newsfacts/commodity"
)

func ExampleParseTonnage() {
	for _, s := range []string{
		"3.5 million metric tons",
		"650kt",
		"43,000-ton",
		"two million short tons",
		"half a million tonnes",
		"5 Moz",
	} {
		t, err := commodity.ParseTonnage(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-24q %-18s = %s t\n", s, t, t.Tonnes().StringFixed(2))
	}
	// Output:
	// "3.5 million metric tons" 3500000 t          = 3500000.00 t
	// "650kt"                  650000 t           = 650000.00 t
	// "43,000-ton"             43000 ton          = 43000.00 t
	// "two million short tons" 2000000 short_ton  = 1814369.48 t
	// "half a million tonnes"  500000 t           = 500000.00 t
	// "5 Moz"                  5000000 oz_t       = 155.52 t
}

func ExampleParseTonnage_errors() {
	for _, s := range []string{"3.5 zorks", "1,00 t", "$500 a ton", "5%"} {
		_, err := commodity.ParseTonnage(s)
		fmt.Println(err)
		var pe *commodity.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("  offset %d, unknown unit: %v, syntax: %v\n",
				pe.Offset, errors.Is(err, commodity.ErrUnknownUnit), errors.Is(err, commodity.ErrSyntax))
		}
	}
	// Output:
	// commodity: parsing "3.5 zorks": unknown unit "zorks" at offset 4
	//   offset 4, unknown unit: true, syntax: false
	// commodity: parsing "1,00 t": malformed number "1,00" at offset 0
	//   offset 0, unknown unit: false, syntax: true
	// commodity: parsing "$500 a ton": expected a number, found "$500" at offset 0
	//   offset 0, unknown unit: false, syntax: true
	// commodity: parsing "5%": expected a unit, found "%" at offset 1
	//   offset 1, unknown unit: false, syntax: true
}

func ExampleTonnage_Add() {
	var total commodity.Tonnage // the zero Tonnage is the identity
	for _, s := range []string{"1.2bn tonnes", "650kt", "3,000 t"} {
		var err error
		total, err = total.Add(commodity.MustParseTonnage(s))
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	fmt.Println(total)

	// Different units do not add silently; convert first.
	short := commodity.MustParseTonnage("2 million short tons")
	if _, err := total.Add(short); err != nil {
		fmt.Println(err)
	}
	total, _ = total.Add(short.InTonnes())
	fmt.Println(total)
	// Output:
	// 1200653000 t
	// commodity: unit mismatch: t and short_ton
	// 1202467369.48 t
}

func ExampleLookup() {
	for _, name := range []string{"Rare Earths", "NdPr oxide", "soybean", "iron ore fines", "maize", "zork"} {
		c, ok := commodity.Lookup(name)
		fmt.Printf("%-15q %-12s %v\n", name, c, ok)
	}
	// Output:
	// "Rare Earths"   rare-earths  true
	// "NdPr oxide"    rare-earths  true
	// "soybean"       soybeans     true
	// "iron ore fines" iron-ore     true
	// "maize"         corn         true
	// "zork"                       false
}

func ExampleMatch() {
	words := []string{"nickel", "pig", "iron", "output", "rose"}
	c, n, ok := commodity.Match(words)
	fmt.Println(c, words[:n], ok)
	// Output:
	// nickel [nickel pig iron] true
}

func ExampleLookupUnitWord() {
	for _, word := range []string{"tonnes", "kt", "Mt", "mt", "Moz", "Mtpa"} {
		w, _ := commodity.LookupUnitWord(word)
		fmt.Printf("%-6s unit %-4s scale %-7s per %q\n", word, w.Unit, w.Scale.StringFixed(0), w.Per)
	}
	// Output:
	// tonnes unit t    scale 1       per ""
	// kt     unit t    scale 1000    per ""
	// Mt     unit t    scale 1000000 per ""
	// mt     unit t    scale 1       per ""
	// Moz    unit oz_t scale 1000000 per ""
	// Mtpa   unit t    scale 1000000 per "year"
}

func ExampleTonnage_ConvertTo() {
	t := commodity.MustParseTonnage("5 troy ounces")
	fmt.Println(t.ConvertTo(commodity.Gram))
	fmt.Println(t.InTonnes())
	// Output:
	// 155.517384 g
	// 0.000155517384 t
}

func ExampleParseRate() {
	for _, s := range []string{"6 Mtpa", "4.4 million tonnes per annum", "3,000 tonnes/yr", "4,500 tpd"} {
		t, per, err := commodity.ParseRate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-30q %s per %s\n", s, t, per)
	}
	// Output:
	// "6 Mtpa"                       6000000 t per year
	// "4.4 million tonnes per annum" 4400000 t per year
	// "3,000 tonnes/yr"              3000 t per year
	// "4,500 tpd"                    4500 t per day
}

func ExampleMatchRate() {
	for _, s := range []string{"a year of ore", "per annum (tpa)", "/yr", "a year ago"} {
		p, n, ok := commodity.MatchRate(s)
		fmt.Printf("%-16q %q %d %v\n", s, p, n, ok)
	}
	// Output:
	// "a year of ore"  "year" 6 true
	// "per annum (tpa)" "year" 9 true
	// "/yr"            "year" 3 true
	// "a year ago"     "" 0 false
}
