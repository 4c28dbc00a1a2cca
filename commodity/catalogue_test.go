package commodity_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsfacts/newsfacts/commodity"
)

var wantIDs = []string{
	"rare-earths", "lithium", "nickel", "cobalt", "copper", "aluminium", "zinc", "lead", "tin",
	"iron-ore", "steel", "coal", "graphite", "manganese", "uranium", "gold", "silver",
	"platinum-group", "lng", "oil", "chemicals", "wheat", "corn", "soybeans", "rice", "sugar",
	"fertilizer", "cement", "other",
}

func TestAll(t *testing.T) {
	var ids []string
	for _, c := range commodity.All() {
		ids = append(ids, c.ID())
		if c.String() != c.ID() || c.Name() == "" || len(c.Synonyms()) == 0 {
			t.Errorf("%v: String %q, Name %q, %d synonyms", c, c.String(), c.Name(), len(c.Synonyms()))
		}
	}
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("All() ids mismatch (-want +got):\n%s", diff)
	}
	// All and Synonyms return copies.
	all := commodity.All()
	all[0] = commodity.Other
	if commodity.All()[0] != commodity.RareEarths {
		t.Error("changing the result of All changed the catalogue")
	}
	syn := commodity.Gold.Synonyms()
	syn[0] = "zork"
	if commodity.Gold.Synonyms()[0] == "zork" {
		t.Error("changing the result of Synonyms changed the catalogue")
	}
}

// TestSynonymsLookUp checks that every id, name and synonym finds its own
// commodity, so no two commodities share a synonym.
func TestSynonymsLookUp(t *testing.T) {
	for _, c := range commodity.All() {
		for _, s := range append([]string{c.ID(), c.Name()}, c.Synonyms()...) {
			forms := []string{s, strings.ReplaceAll(s, " ", "-"), strings.ToUpper(s[:1]) + s[1:]}
			if !strings.HasSuffix(s, "s") {
				forms = append(forms, s+"s")
			}
			for _, form := range forms {
				if got, ok := commodity.Lookup(form); !ok || got != c {
					t.Errorf("Lookup(%q) = %v, %v; want %v", form, got, ok, c)
				}
			}
		}
	}
}

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want commodity.Commodity
	}{
		{"rare-earths", commodity.RareEarths},
		{"Rare Earths", commodity.RareEarths},
		{"rare earth", commodity.RareEarths},
		{"rare-earth", commodity.RareEarths},
		{"RARE  EARTH  ELEMENTS", commodity.RareEarths},
		{"REEs", commodity.RareEarths},
		{"NdPr oxide", commodity.RareEarths},
		{"ndpr", commodity.RareEarths},
		{"lithium hydroxide", commodity.Lithium},
		{"Spodumene", commodity.Lithium},
		{"nickel pig iron", commodity.Nickel},
		{"NPI", commodity.Nickel},
		{"matte", commodity.Nickel},
		{"iron ore fines", commodity.IronOre},
		{"Iron Ore", commodity.IronOre},
		{"iron-ore", commodity.IronOre},
		{"pellets", commodity.IronOre},
		{"pellet", commodity.IronOre},
		{"ore", commodity.IronOre},
		{"pig iron", commodity.Steel},
		{"hot-rolled coil", commodity.Steel},
		{"coking coal", commodity.Coal},
		{"met coal", commodity.Coal},
		{"LNG", commodity.LNG},
		{"lng", commodity.LNG},
		{"liquefied natural gas", commodity.LNG},
		{"potash", commodity.Fertilizer},
		{"fertiliser", commodity.Fertilizer},
		{"MOP", commodity.Fertilizer},
		{"platinum", commodity.PlatinumGroup},
		{"PGMs", commodity.PlatinumGroup},
		{"platinum-group", commodity.PlatinumGroup},
		{"soybean", commodity.Soybeans},
		{"soybeans", commodity.Soybeans},
		{"Soy", commodity.Soybeans},
		{"maize", commodity.Corn},
		{"aluminum", commodity.Aluminium},
		{"bauxite", commodity.Aluminium},
		{"copper cathode", commodity.Copper},
		{"cathode materials", commodity.Other},
		{"anode materials", commodity.Graphite},
		{"precursor", commodity.Other},
		{"CAM", commodity.Other},
		{"palm oil", commodity.Other},
		{"fresh fruit bunches", commodity.Other},
		{"saprolite ore", commodity.Nickel},
		{"heavy mineral concentrate", commodity.Other},
		{"other", commodity.Other},
		{"gold doré", commodity.Gold},
		{"glass", 0},
		{"gas", 0},
		{"map", 0},
		{"mop", 0},
		{"cam", 0},
		{"cathode", 0},
		{"iron", 0},
		{"rare", 0},
		{"rare earths oxide zork", 0},
		{"", 0},
		{"   ", 0},
		{"-", 0},
		{"rare--earths", 0},
		{"rare-earths-", 0},
	} {
		got, ok := commodity.Lookup(tc.in)
		if ok != (tc.want != 0) || got != tc.want {
			t.Errorf("Lookup(%q) = %v, %v; want %v", tc.in, got, ok, tc.want)
		}
	}
}

func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want commodity.Commodity
		n    int
	}{
		{"rare earth oxide reserves", commodity.RareEarths, 3},
		{"rare earths in Vietnam", commodity.RareEarths, 2},
		{"rare-earth magnets", commodity.RareEarths, 2},
		{"rare-earth mining", commodity.RareEarths, 1},
		{"rare-earths", commodity.RareEarths, 1},
		{"nickel pig iron output", commodity.Nickel, 3},
		{"nickel output", commodity.Nickel, 1},
		{"pig iron", commodity.Steel, 2},
		{"iron ore fines", commodity.IronOre, 3},
		{"iron ore-fines", commodity.IronOre, 2},
		{"thermal coal", commodity.Coal, 2},
		{"crude steel", commodity.Steel, 2},
		{"crude oil", commodity.Oil, 2},
		{"crude", commodity.Oil, 1},
		{"palm oil", commodity.Other, 2},
		{"soybean oil", commodity.Soybeans, 2},
		{"lithium iron phosphate cells", commodity.Other, 3},
		{"scrap from the yard", commodity.Steel, 1},
		{"scrap copper", commodity.Copper, 2},
		{"slab zinc a year", commodity.Zinc, 2},
		{"plate a year", commodity.Steel, 1},
		{"thick plates", commodity.Steel, 2},
		{"black coil from October", commodity.Steel, 2},
		{"coils a month", commodity.Steel, 1},
		{"cold-rolled strip", commodity.Steel, 2},
		{"magnet scrap", commodity.RareEarths, 2},
		{"electronic scrap", commodity.Other, 2},
		{"lithium-ion batteries", 0, 0}, // "lithium-ion" does not end at "lithium"
		{"the copper", 0, 0},
		{"", 0, 0},
	} {
		words := strings.Fields(tc.in)
		got, n, ok := commodity.Match(words)
		if ok != (tc.want != 0) || got != tc.want || n != tc.n {
			t.Errorf("Match(%q) = %v, %d, %v; want %v, %d", tc.in, got, n, ok, tc.want, tc.n)
		}
	}
}

func TestMatchNoAllocs(t *testing.T) {
	for _, s := range []string{"the year", "rare stuff", "Copper", "rare earth oxide", "x-y", strings.Repeat("a", 100)} {
		words := strings.Fields(s)
		if a := testing.AllocsPerRun(100, func() { commodity.Match(words) }); a != 0 {
			t.Errorf("Match(%q) allocates %v times", s, a)
		}
	}
}

func TestPreciousMetal(t *testing.T) {
	for _, c := range commodity.All() {
		want := c == commodity.Gold || c == commodity.Silver || c == commodity.PlatinumGroup
		if c.IsPreciousMetal() != want {
			t.Errorf("%v.IsPreciousMetal() = %v", c, !want)
		}
	}
}

func TestCommodityText(t *testing.T) {
	for i, id := range wantIDs {
		c, err := commodity.ParseCommodity(id)
		if err != nil || int(c) != i+1 {
			t.Errorf("ParseCommodity(%q) = %v, %v", id, c, err)
		}
		b, err := c.MarshalText()
		if err != nil || string(b) != id {
			t.Errorf("%v.MarshalText() = %q, %v", c, b, err)
		}
		var back commodity.Commodity
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
		}
	}
	var zero commodity.Commodity
	if b, err := zero.MarshalText(); err != nil || len(b) != 0 || !zero.IsZero() || zero.Name() != "" || zero.Synonyms() != nil {
		t.Errorf("zero Commodity: %q, %v", b, err)
	}
	c := commodity.Gold
	if err := c.UnmarshalText(nil); err != nil || c != 0 {
		t.Errorf("UnmarshalText(empty) = %v, %v", c, err)
	}
	bad := commodity.Commodity(200)
	if _, err := bad.MarshalText(); err == nil || bad.String() != "Commodity(200)" || bad.ID() != "" {
		t.Errorf("Commodity(200): %q, %v", bad.String(), err)
	}
	for _, tc := range []struct {
		in  string
		err error
		msg string
	}{
		{"", commodity.ErrSyntax, `commodity: parsing "": empty input at offset 0`},
		{"Gold", commodity.ErrUnknownCommodity, `commodity: parsing "Gold": unknown commodity "Gold" at offset 0`},
		{"rare earths", commodity.ErrUnknownCommodity, `commodity: parsing "rare earths": unknown commodity "rare earths" at offset 0`},
	} {
		_, err := commodity.ParseCommodity(tc.in)
		if err == nil || err.Error() != tc.msg || !errors.Is(err, tc.err) {
			t.Errorf("ParseCommodity(%q) error = %v, want %s", tc.in, err, tc.msg)
		}
	}
}

// TestMatchOtherWord checks that the word "other" in text names no
// material, while Lookup still takes the id.
func TestMatchOtherWord(t *testing.T) {
	if c, _, ok := commodity.Match([]string{"other", "Asian", "buyers"}); ok {
		t.Errorf("Match(other Asian buyers) = %v", c)
	}
	if c, ok := commodity.Lookup("other"); !ok || c != commodity.Other {
		t.Errorf("Lookup(other) = %v, %v", c, ok)
	}
	if c, _, ok := commodity.Match([]string{"palm", "oil"}); !ok || c != commodity.Other {
		t.Errorf("Match(palm oil) = %v, %v", c, ok)
	}
}
