package parse_test

import (
	"encoding/csv"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/parse"
)

const testDirectory = `name,aliases,listings
POSCO Holdings Inc.,Pohang Iron and Steel|Posco,005490.KS
Orbis Metals,Orbis,
Hung Thinh Mineral,Hung Thinh,
`

// TestDirectoryChangesEntities checks that a user's directory wins over
// the parser's reading: names it lists are companies wherever the text
// writes them, the names of one entry are one entity, and a listing
// belongs to the entry that holds it.
func TestDirectoryChangesEntities(t *testing.T) {
	dir, err := parse.LoadDirectory(strings.NewReader(testDirectory))
	if err != nil {
		t.Fatal(err)
	}
	text := "Orbis will buy more nickel this year, the company said on Monday. Shares of Pohang Iron and Steel (KRX:005490) rose, and POSCO Holdings Inc. said it would invest with Hung Thinh."
	for _, tc := range []struct {
		name string
		dir  *parse.Directory
		want []string
	}{{
		name: "without a directory",
		want: []string{"company Pohang Iron and Steel [KR]", "company POSCO Holdings Inc. | POSCO Holdings"},
	}, {
		name: "with a directory",
		dir:  dir,
		want: []string{
			"company Orbis | the company",
			"company Pohang Iron and Steel | POSCO Holdings Inc. [KR]",
			"company Hung Thinh",
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			p := parse.New(parse.Options{Directory: tc.dir})
			got := parseEntities(t, p, text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("entities mismatch (-want +got):\n%s", diff)
			}
			a, _ := p.Parse(text)
			if len(a.Listings) != 1 {
				t.Fatalf("listings = %v", a.Listings)
			}
			e, _ := a.Entity(a.Listings[0].Entity)
			wantListed := "Pohang Iron and Steel"
			if e.Name != wantListed {
				t.Errorf("listing tied to %q, want %q", e.Name, wantListed)
			}
		})
	}
}

func TestLoadDirectory(t *testing.T) {
	dir, err := parse.LoadDirectory(strings.NewReader("# a comment\nListings,NAME,Sector\n229640.KQ|KRX:229640,LS Eco Energy,cables\n\n,Lynas Rare Earths Ltd,\n"))
	if err != nil {
		t.Fatal(err)
	}
	if dir.Len() != 2 {
		t.Fatalf("Len() = %d, want 2", dir.Len())
	}
	e, ok := dir.Lookup("ls eco energy co., ltd.")
	if !ok {
		t.Fatal("Lookup(ls eco energy co., ltd.) found nothing")
	}
	want := parse.DirectoryEntry{Name: "LS Eco Energy", Listings: []entity.Listing{entity.MustParseListing("229640.KQ"), entity.MustParseListing("KRX:229640")}}
	if diff := cmp.Diff(want, e, cmp.Comparer(func(a, b entity.Listing) bool { return a == b })); diff != "" {
		t.Errorf("Lookup mismatch (-want +got):\n%s", diff)
	}
	if e, ok := dir.LookupListing(entity.MustParseListing("229640.KQ")); !ok || e.Name != "LS Eco Energy" {
		t.Errorf("LookupListing = %v, %v", e, ok)
	}
	if _, ok := dir.Lookup("Lynas Rare Earths"); !ok {
		t.Error("Lookup(Lynas Rare Earths) found nothing")
	}
}

// TestLoadDirectoryErrors checks that a malformed directory gives a
// *DirectoryError that names the line and unwraps to its cause.
func TestLoadDirectoryErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		line     int
		is       error
		msg      string
	}{{
		name: "no header",
		in:   "",
		line: 1, is: parse.ErrDirectoryHeader,
		msg: "parse: directory line 1: header has no name column",
	}, {
		name: "no name column",
		in:   "company,aliases\nAcme,\n",
		line: 1, is: parse.ErrDirectoryHeader,
		msg: "parse: directory line 1: header has no name column",
	}, {
		name: "bad listing",
		in:   "name,listings\nAcme Mining,ACM.AX\nBeta Steel,7203.XX\n",
		line: 3, is: entity.ErrUnknownExchange,
		msg: `parse: directory line 3: listings "7203.XX": entity: parsing "7203.XX": unknown exchange suffix "XX" at offset 5`,
	}, {
		name: "empty name",
		in:   "name,aliases\nAcme Mining,Acme\n\n,Beta\n",
		line: 4, is: parse.ErrDirectoryName,
		msg: "parse: directory line 4: name: empty name",
	}, {
		name: "alias of two entries",
		in:   "name,aliases\nAcme Mining,Acme\nAcme Metals,ACME\n",
		line: 3, is: parse.ErrDirectoryDuplicate,
		msg: `parse: directory line 3: aliases "ACME": given to two entries (also "Acme Mining")`,
	}, {
		name: "bad quoting",
		in:   "name,aliases\nAcme \"Mining,Acme\n",
		line: 2, is: csv.ErrBareQuote,
		msg: `parse: directory line 2: parse error on line 2, column 6: bare " in non-quoted-field`,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parse.LoadDirectory(strings.NewReader(tc.in))
			var de *parse.DirectoryError
			if !errors.As(err, &de) {
				t.Fatalf("LoadDirectory error = %v, want a *DirectoryError", err)
			}
			if de.Line != tc.line {
				t.Errorf("Line = %d, want %d", de.Line, tc.line)
			}
			if !errors.Is(err, tc.is) {
				t.Errorf("error %v does not match %v", err, tc.is)
			}
			if err.Error() != tc.msg {
				t.Errorf("Error() = %q\nwant      %q", err.Error(), tc.msg)
			}
		})
	}
}

func TestNewDirectoryErrors(t *testing.T) {
	_, err := parse.NewDirectory([]parse.DirectoryEntry{{Name: "Acme"}, {Name: "  "}})
	var de *parse.DirectoryError
	if !errors.As(err, &de) || de.Entry != 1 || de.Line != 0 || !errors.Is(err, parse.ErrDirectoryName) {
		t.Fatalf("NewDirectory error = %#v", err)
	}
	if want := "parse: directory entry 1: name: empty name"; err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
	var nilDir *parse.Directory
	if nilDir.Len() != 0 {
		t.Error("nil Directory is not empty")
	}
	if _, ok := nilDir.Lookup("Acme"); ok {
		t.Error("nil Directory found a name")
	}
}
