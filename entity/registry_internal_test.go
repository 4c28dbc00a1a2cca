package entity

import (
	"strings"
	"testing"
)

// TestRegistryConsistent checks the exchange table: MICs are unique and
// well-formed, and no code is claimed by two exchanges (TSE, Tokyo then
// Toronto, is the one planned exception).
func TestRegistryConsistent(t *testing.T) {
	mics := map[string]bool{}
	type claim struct{ kind, code string }
	owner := map[claim]string{}
	claimCode := func(kind, code, mic string) {
		k := claim{kind, code}
		if o, ok := owner[k]; ok && o != mic {
			t.Errorf("%s %q claimed by %s and %s", kind, code, o, mic)
		}
		owner[k] = mic
	}
	for i := 1; i < len(exchangeTable); i++ {
		e := &exchangeTable[i]
		if len(e.mic) != 4 || !isAlnum(e.mic) || mics[e.mic] {
			t.Errorf("bad or duplicate MIC %q", e.mic)
		}
		mics[e.mic] = true
		if mustCountry(e.country).Name() == "" {
			t.Errorf("%s: country %q has no name", e.mic, e.country)
		}
		for _, s := range e.suffixes {
			if !allUpper(s) || len(s) > 4 {
				t.Errorf("%s: suffix %q is not 1 to 4 capitals", e.mic, s)
			}
			claimCode("suffix", s, e.mic)
		}
		claimCode("prefix", e.mic, e.mic)
		for _, p := range e.prefixes {
			if !isPrefixText(p) {
				t.Errorf("%s: prefix %q does not look like a prefix", e.mic, p)
			}
			claimCode("prefix", strings.ToUpper(p), e.mic)
		}
		for _, b := range e.bloomberg {
			if len(b) != 2 || !allUpper(b) {
				t.Errorf("%s: Bloomberg code %q is not 2 capitals", e.mic, b)
			}
			claimCode("bloomberg", b, e.mic)
		}
	}
	for i := 1; i < len(compositeTable); i++ {
		c := &compositeTable[i]
		claimCode("bloomberg", c.code, "composite "+c.country)
		if compByCountry[compCountry[i]] != uint8(i) {
			t.Errorf("composite %s: country %s has no reverse entry", c.code, c.country)
		}
	}
	if v := byPrefix["TSE"]; exchangeTable[v.ex].mic != "XTKS" || exchangeTable[v.alt].mic != "XTSE" {
		t.Errorf("TSE = %+v, want Tokyo then Toronto", v)
	}
}

// TestCountryWordsUnique checks that no word of the country tables is
// given to two countries, or twice in one form, so that the built tables
// do not depend on map order.
func TestCountryWordsUnique(t *testing.T) {
	seen := map[string]string{}
	check := func(table string, m map[string][]string) {
		for code, words := range m {
			for _, w := range words {
				key := table + ":" + w
				if o, ok := seen[key]; ok && o != code {
					t.Errorf("%s %q given to %s and %s", table, w, o, code)
				}
				seen[key] = code
				if _, ok := countryTables().name[mustCountry(code).r]; !ok {
					t.Errorf("%s %q: %s is not a country", table, w, code)
				}
			}
		}
	}
	check("capital", capitals)
	check("demonym", demonyms)
	check("demonym", extraPlurals)
	check("name", countryAliases)
	// Names from x/text, overrides and aliases do not clash either.
	names := map[string]string{}
	for r, n := range countryTables().name {
		names[n] = r.String()
	}
	for code, words := range countryAliases {
		for _, w := range words {
			if o, ok := names[w]; ok && o != code {
				t.Errorf("alias %q of %s is the name of %s", w, code, o)
			}
		}
	}
	// Every entry of the lookup table is one of the three forms.
	for w, e := range countryTables().lookup {
		if e.form < CountryName || e.form > CountryCapital {
			t.Errorf("LookupCountry table: %q has form %d", w, e.form)
		}
	}
}

func TestCountryTableSize(t *testing.T) {
	n := len(countryTables().name)
	if n < 240 || n > 260 {
		t.Errorf("%d countries, want about 249", n)
	}
}
