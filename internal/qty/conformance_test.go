package qty_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/internal/dec"
	"github.com/newsfacts/newsfacts/internal/qty"
)

// peerCases is where the mass cases of two other quantity extractors' own
// test suites are kept, beside the module. The conformance tests skip when
// it is absent, so that the module still tests on its own.
var peerCases = filepath.Join("..", "..", "..", "shared", "peer-cases")

// nonGoals are the peer cases the scanner does not pass on purpose, each
// with the reason.
var nonGoals = []struct{ input, reason string }{
	// Recognizers-Text.
	{"a metric ton is equal to 2,204.62 pounds.",
		"a unit with no number (\"metric ton\") is not an amount; the pounds are read"},
	{"A coin weighing one drachma is known as a stater",
		"the dram, an apothecaries' unit, is outside the units of trade"},
	{"The recommended symbol in the United States and United Kingdom when communicating medical information is mcg",
		"a unit with no number is not an amount"},
	{"Ten samples from the Camarones river valley had an average of 37.8 microgrammes per gramme",
		"a concentration (mass per mass) is a grade, not an amount of material, as \"5 g/t gold\" is"},
	{"The weight is 6 grams and 24 mg",
		"compound amounts are an opt-in mode of Recognizers-Text; the two masses are read apart"},
	{"Take 3lb 4oz and 15g of sand",
		"compound amounts are an opt-in mode of Recognizers-Text; the masses are read apart"},
	// Duckling.
	{"a kilogram", "an article is not read as the number one: in market news \"a ton\" is nearly always " +
		"a price rate (\"$500 a ton\") or an idiom, and a wrong value is worse than a miss"},
	{"a kg", "an article is not read as the number one (see \"a kilogram\")"},
	{"a Pound", "an article is not read as the number one (see \"a kilogram\")"},
	{"a lb", "an article is not read as the number one (see \"a kilogram\")"},
}

// nonGoal returns the reason a peer case is a non-goal.
func nonGoal(input string) (string, bool) {
	for _, ng := range nonGoals {
		if ng.input == input {
			return ng.reason, true
		}
	}
	return "", false
}

// peerFile is one file of peer cases.
type peerFile struct {
	Source string     `json:"source"`
	Cases  []peerCase `json:"cases"`
}

type peerCase struct {
	Input    string         `json:"input"`
	Expected []peerExpected `json:"expected"`
	Negative bool           `json:"negative"`
}

type peerExpected struct {
	Text  string          `json:"text"`
	Value json.RawMessage `json:"value"` // a decimal string, a number, or null
	Unit  string          `json:"unit"`
	Type  string          `json:"type"` // Duckling: "value" or "interval"
	From  *float64        `json:"from"`
	To    *float64        `json:"to"`
	Bound string          `json:"bound"` // Duckling: "under" or "above"
}

// peerTonnes is the size in metric tonnes of the peers' unit names.
var peerTonnes = map[string]string{
	"Pound": "0.00045359237", "pound": "0.00045359237",
	"Ounce": "0.000028349523125", "ounce": "0.000028349523125",
	"Ton": "1", "Metric ton": "1",
	"Kilogram": "0.001", "Gram": "0.000001", "gram": "0.000001",
	"Microgram": "0.000000000001",
}

func loadPeers(t *testing.T, name string) peerFile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(peerCases, name))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("no peer cases at %s", peerCases)
	}
	if err != nil {
		t.Fatal(err)
	}
	var f peerFile
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// peerValue returns an expected value as an exact decimal. Duckling writes
// doubles, whose short form is the decimal meant ("0.5", "2.0").
func peerValue(t *testing.T, raw json.RawMessage) (decimal.Decimal, bool) {
	t.Helper()
	s := strings.Trim(string(raw), `"`)
	if s == "" || s == "null" {
		return decimal.Decimal{}, false
	}
	v, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatalf("peer value %s: %v", raw, err)
	}
	return v, true
}

func inTonnes(t *testing.T, v decimal.Decimal, unit string) decimal.Decimal {
	t.Helper()
	size, ok := peerTonnes[unit]
	if !ok {
		t.Fatalf("unknown peer unit %q", unit)
	}
	return v.Mul(decimal.RequireFromString(size))
}

func fromFloat(f float64) decimal.Decimal {
	return decimal.RequireFromString(strconv.FormatFloat(f, 'f', -1, 64))
}

// TestRecognizersText runs the mass cases of Recognizers-Text's English
// dimension specs: every expected mass must be found, overlapping the
// expected text, with the same amount in tonnes, and nothing else may be
// found.
func TestRecognizersText(t *testing.T) {
	f := loadPeers(t, "recognizers-text.json")
	passed := 0
	for _, c := range f.Cases {
		if reason, ok := nonGoal(c.Input); ok {
			t.Logf("non-goal %q: %s", c.Input, reason)
			continue
		}
		qs := qty.Scan(nil, c.Input)
		checkScan(t, c.Input, qs)
		used := make([]bool, len(qs))
		ok := true
		for _, e := range c.Expected {
			v, has := peerValue(t, e.Value)
			if !has {
				t.Errorf("%q: expects %q with no value, and is not listed as a non-goal", c.Input, e.Text)
				ok = false
				continue
			}
			want := inTonnes(t, v, e.Unit)
			at := strings.Index(strings.ToLower(c.Input), strings.ToLower(e.Text))
			found := false
			for i, q := range qs {
				if !used[i] && q.Span.Start < at+len(e.Text) && at < q.Span.End && q.Lo.Tonnage.Tonnes().Equal(want) {
					used[i], found = true, true
					break
				}
			}
			if !found {
				t.Errorf("%q: missed %q (%s t); found %v", c.Input, e.Text, dec.Format(want), foundOf(c.Input, qs))
				ok = false
			}
		}
		for i, q := range qs {
			if !used[i] {
				t.Errorf("%q: found %q, which the case does not expect", c.Input, text(c.Input, q.Span))
				ok = false
			}
		}
		if ok {
			passed++
		}
	}
	t.Logf("%s: %d cases passed", f.Source, passed)
}

// TestDuckling runs Duckling's English mass corpus: each input is one
// quantity, a value or an interval, open ("under", "above") or closed.
func TestDuckling(t *testing.T) {
	f := loadPeers(t, "duckling.json")
	passed := 0
	for _, c := range f.Cases {
		if reason, ok := nonGoal(c.Input); ok {
			t.Logf("non-goal %q: %s", c.Input, reason)
			continue
		}
		if len(c.Expected) != 1 {
			t.Fatalf("%q: %d expected results", c.Input, len(c.Expected))
		}
		e := c.Expected[0]
		qs := qty.Scan(nil, c.Input)
		checkScan(t, c.Input, qs)
		if len(qs) != 1 {
			t.Errorf("%q: found %v, want one quantity", c.Input, foundOf(c.Input, qs))
			continue
		}
		q := qs[0]
		var wantBound commodity.Bound
		var lo, hi decimal.Decimal
		switch {
		case e.Type == "value":
			v, _ := peerValue(t, e.Value)
			wantBound, lo = commodity.Exact, inTonnes(t, v, e.Unit)
		case e.Bound == "under":
			wantBound, lo = commodity.AtMost, inTonnes(t, fromFloat(*e.To), e.Unit)
		case e.Bound == "above":
			wantBound, lo = commodity.AtLeast, inTonnes(t, fromFloat(*e.From), e.Unit)
		default:
			wantBound = commodity.Range
			lo, hi = inTonnes(t, fromFloat(*e.From), e.Unit), inTonnes(t, fromFloat(*e.To), e.Unit)
		}
		gotHi := q.Hi.Tonnage.Tonnes()
		if q.Bound != wantBound || !q.Lo.Tonnage.Tonnes().Equal(lo) || !gotHi.Equal(hi) {
			t.Errorf("%q: got %s %s..%s t, want %s %s..%s t", c.Input, q.Bound,
				dec.Format(q.Lo.Tonnage.Tonnes()), dec.Format(gotHi), wantBound, dec.Format(lo), dec.Format(hi))
			continue
		}
		passed++
	}
	t.Logf("%s: %d cases passed", f.Source, passed)
}
