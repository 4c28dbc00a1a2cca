package parse_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/newsfacts/newsfacts/parse"
)

// A directory of known companies, such as a security master exported to
// CSV, tells the parser which names are companies and which names are
// one company.
func ExampleLoadDirectory() {
	const csv = `name,aliases,listings
POSCO Holdings Inc.,Posco|Pohang Iron and Steel,005490.KS
Orbis Metals,Orbis,
`
	dir, err := parse.LoadDirectory(strings.NewReader(csv))
	if err != nil {
		fmt.Println(err)
		return
	}
	p := parse.New(parse.Options{Directory: dir})
	a, err := p.Parse("Orbis will buy nickel from Pohang Iron and Steel, and Posco said the deal was done.")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range a.Entities {
		fmt.Println(e.Kind, e.Name, e.Aliases)
	}
	// Output:
	// company Orbis []
	// company Pohang Iron and Steel [Posco]
}

// A malformed directory gives an error that names its line.
func ExampleLoadDirectory_error() {
	const csv = "name,listings\nAcme Mining,ACM.AX\nBeta Steel,7203.XX\n"
	_, err := parse.LoadDirectory(strings.NewReader(csv))
	var de *parse.DirectoryError
	if errors.As(err, &de) {
		fmt.Println("line", de.Line, de.Column)
	}
	fmt.Println(err)
	// Output:
	// line 3 listings
	// parse: directory line 3: listings "7203.XX": entity: parsing "7203.XX": unknown exchange suffix "XX" at offset 5
}
