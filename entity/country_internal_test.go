package entity

import "testing"

// TestCountryQuickFilter checks that the quick filter in front of the
// lookup table passes every word of it.
func TestCountryQuickFilter(t *testing.T) {
	tables := countryTables()
	for w := range tables.lookup {
		if !tables.mayHold(w) {
			t.Errorf("mayHold(%q) = false for a word of the table", w)
		}
	}
}
