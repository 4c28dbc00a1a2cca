package entity_test

import (
	"errors"
	"fmt"

	"github.com/newsfacts/newsfacts/entity"
)

func ExampleParseListing() {
	for _, s := range []string{
		"229640.KO",        // JAKOTA suffix
		"(NYSE: MP)",       // press-release prefix
		"7203 JT",          // Bloomberg exchange code
		"700.HK",           // Hong Kong, padded to 4 digits
		"600519 CH",        // Bloomberg China composite: the code decides
		"MP US",            // Bloomberg US composite: no exchange
		"$RIO",             // cashtag: symbol only
		"005490 KS Equity", // Bloomberg with the Equity key
	} {
		l, err := entity.ParseListing(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-17s symbol=%-7s mic=%-4s country=%-2s canonical=%s\n",
			s, l.Symbol(), l.MIC(), l.Country().Code(), l)
	}
	// Output:
	// 229640.KO         symbol=229640  mic=XKRX country=KR canonical=XKRX:229640
	// (NYSE: MP)        symbol=MP      mic=XNYS country=US canonical=XNYS:MP
	// 7203 JT           symbol=7203    mic=XTKS country=JP canonical=XTKS:7203
	// 700.HK            symbol=0700    mic=XHKG country=HK canonical=XHKG:0700
	// 600519 CH         symbol=600519  mic=XSHG country=CN canonical=XSHG:600519
	// MP US             symbol=MP      mic=     country=US canonical=MP US
	// $RIO              symbol=RIO     mic=     country=   canonical=$RIO
	// 005490 KS Equity  symbol=005490  mic=XKRX country=KR canonical=XKRX:005490
}

func ExampleParseListing_errors() {
	for _, s := range []string{"2024", "$500", "7203.XX", "BRK.B", "3.5 KS"} {
		_, err := entity.ParseListing(s)
		switch {
		case errors.Is(err, entity.ErrSyntax):
			fmt.Print("syntax:       ")
		case errors.Is(err, entity.ErrUnknownExchange):
			fmt.Print("unknown:      ")
		case errors.Is(err, entity.ErrCodeShape):
			fmt.Print("code shape:   ")
		}
		fmt.Println(err)
	}
	_, err := entity.ParseListing("7203.XX")
	var le *entity.ListingError
	if errors.As(err, &le) {
		fmt.Printf("input %q, offset %d: %q\n", le.Input, le.Offset, le.Input[le.Offset:])
	}
	// Output:
	// syntax:       entity: parsing "2024": not a listing at offset 0
	// syntax:       entity: parsing "$500": not a cashtag at offset 0
	// unknown:      entity: parsing "7203.XX": unknown exchange suffix "XX" at offset 5
	// unknown:      entity: parsing "BRK.B": unknown exchange suffix "B" at offset 4
	// code shape:   entity: parsing "3.5 KS": code "3.5" does not fit XKRX (6 characters such as 005930) at offset 0
	// input "7203.XX", offset 5: "XX"
}

func ExampleNewListing() {
	l, err := entity.NewListing("700", "XHKG")
	if err != nil {
		panic(err)
	}
	fmt.Println(l, l == entity.MustParseListing("0700.HK"))
	// Output:
	// XHKG:0700 true
}

func ExampleLookupCountry() {
	for _, w := range []string{"Korea", "Vietnamese", "Seoul", "U.S.", "the Netherlands", "korean"} {
		c, how, ok := entity.LookupCountry(w)
		if !ok {
			fmt.Printf("%-16s no match\n", w)
			continue
		}
		fmt.Printf("%-16s %s %-12s (%s)\n", w, c.Code(), c.Name(), how)
	}
	// Output:
	// Korea            KR South Korea  (name)
	// Vietnamese       VN Vietnam      (demonym)
	// Seoul            KR South Korea  (capital)
	// U.S.             US United States (name)
	// the Netherlands  NL Netherlands  (name)
	// korean           no match
}

func ExampleParseCountry() {
	for _, s := range []string{"KR", "kor", "Hong Kong", "Democratic Republic of Congo"} {
		c, err := entity.ParseCountry(s)
		if err != nil {
			panic(err)
		}
		fmt.Println(c.Code(), c.Name())
	}
	// Output:
	// KR South Korea
	// KR South Korea
	// HK Hong Kong
	// CD Democratic Republic of Congo
}

func ExampleExchangeByMIC() {
	ex, ok := entity.ExchangeByMIC("XKRX")
	fmt.Println(ok, ex.Name(), ex.Country().Name())
	fmt.Println("suffixes:", ex.Suffixes())
	fmt.Println("prefixes:", ex.Prefixes())
	fmt.Println("bloomberg:", ex.BloombergCodes())
	_, ok = entity.ExchangeByMIC("KQKS")
	fmt.Println(ok)
	// Output:
	// true Korea Exchange South Korea
	// suffixes: [KS KO]
	// prefixes: [KRX KOSPI KSE KOSE]
	// bloomberg: [KS KP]
	// false
}

func ExampleRelationKind_Symmetric() {
	for _, k := range []entity.RelationKind{entity.Agreement, entity.SubsidiaryOf} {
		fmt.Println(k, k.Symmetric())
	}
	// Output:
	// agreement true
	// subsidiary_of false
}
