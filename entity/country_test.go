package entity_test

import (
	"errors"
	"testing"

	"github.com/newsfacts/newsfacts/entity"
	"golang.org/x/text/language"
)

// countryNameTests pair codes with the names news uses.
var countryNameTests = []struct{ code, name string }{
	{"KR", "South Korea"},
	{"KP", "North Korea"},
	{"VN", "Vietnam"},
	{"US", "United States"},
	{"CN", "China"},
	{"JP", "Japan"},
	{"TW", "Taiwan"},
	{"HK", "Hong Kong"},
	{"MO", "Macau"},
	{"GB", "United Kingdom"},
	{"AU", "Australia"},
	{"ID", "Indonesia"},
	{"IN", "India"},
	{"NL", "Netherlands"},
	{"CD", "Democratic Republic of Congo"},
	{"CG", "Republic of Congo"},
	{"CI", "Ivory Coast"},
	{"MM", "Myanmar"},
	{"CZ", "Czech Republic"},
	{"RU", "Russia"},
	{"BA", "Bosnia and Herzegovina"},
	{"TT", "Trinidad and Tobago"},
	{"XK", "Kosovo"},
	{"DE", "Germany"},
	{"ZA", "South Africa"},
}

func TestCountryNames(t *testing.T) {
	for _, tt := range countryNameTests {
		c, err := entity.ParseCountry(tt.code)
		if err != nil {
			t.Errorf("ParseCountry(%q) error: %v", tt.code, err)
			continue
		}
		if c.Code() != tt.code || c.String() != tt.code || c.Name() != tt.name {
			t.Errorf("ParseCountry(%q) = %q %q %q, want %q", tt.code, c.Code(), c.String(), c.Name(), tt.name)
		}
		if c.Region() != language.MustParseRegion(tt.code) {
			t.Errorf("ParseCountry(%q).Region() = %v", tt.code, c.Region())
		}
		n, err := entity.ParseCountry(tt.name)
		if err != nil || n != c {
			t.Errorf("ParseCountry(%q) = %v, %v; want %v", tt.name, n, err, c)
		}
		got, how, ok := entity.LookupCountry(tt.name)
		if !ok || got != c || how != entity.CountryName {
			t.Errorf("LookupCountry(%q) = %v, %v, %v; want %v, name", tt.name, got, how, ok, c)
		}
	}
}

func TestParseCountry(t *testing.T) {
	tests := []struct{ in, code string }{
		{"KR", "KR"}, {"kr", "KR"}, {"KOR", "KR"}, {"kor", "KR"},
		{"USA", "US"}, {"GBR", "GB"}, {"UK", "GB"}, {"VNM", "VN"},
		{"south korea", "KR"}, {"SOUTH KOREA", "KR"}, {"Korea", "KR"},
		{"U.S.", "US"}, {"United States of America", "US"}, {"Britain", "GB"},
		{"Hong Kong SAR China", "HK"}, {"Congo - Kinshasa", "CD"}, {"Congo", "CD"},
		{"Côte d’Ivoire", "CI"}, {"Burma", "MM"}, {"Viet Nam", "VN"}, {"Czechia", "CZ"},
		{"Türkiye", "TR"}, {"Swaziland", "SZ"}, {"Eswatini", "SZ"},
	}
	for _, tt := range tests {
		c, err := entity.ParseCountry(tt.in)
		if err != nil || c.Code() != tt.code {
			t.Errorf("ParseCountry(%q) = %q, %v; want %q", tt.in, c.Code(), err, tt.code)
		}
	}
	for _, in := range []string{"", "ZZ", "EU", "AA", "XX", "QO", "001", "410", "Korean", "Seoul", "Atlantis", "K", "KORE", "UN", "SU"} {
		c, err := entity.ParseCountry(in)
		var ve *entity.ValueError
		if err == nil || !errors.Is(err, entity.ErrUnknownValue) || !errors.As(err, &ve) || ve.Type != "country" || !c.IsZero() {
			t.Errorf("ParseCountry(%q) = %q, %v; want unknown country error", in, c.Code(), err)
		}
	}
	if _, err := entity.ParseCountry("Atlantis"); err.Error() != `entity: unknown country "Atlantis"` {
		t.Errorf("ParseCountry(Atlantis) error %q", err)
	}
}

func TestLookupCountry(t *testing.T) {
	tests := []struct {
		word string
		code string
		how  entity.CountryForm
	}{
		// Names and short forms.
		{"U.S.", "US", entity.CountryName},
		{"US", "US", entity.CountryName},
		{"USA", "US", entity.CountryName},
		{"United States", "US", entity.CountryName},
		{"America", "US", entity.CountryName},
		{"UK", "GB", entity.CountryName},
		{"U.K.", "GB", entity.CountryName},
		{"Britain", "GB", entity.CountryName},
		{"South Korea", "KR", entity.CountryName},
		{"Korea", "KR", entity.CountryName},
		{"North Korea", "KP", entity.CountryName},
		{"the Netherlands", "NL", entity.CountryName},
		{"The Netherlands", "NL", entity.CountryName},
		{"Holland", "NL", entity.CountryName},
		{"Congo", "CD", entity.CountryName},
		{"Democratic Republic of Congo", "CD", entity.CountryName},
		{"DRC", "CD", entity.CountryName},
		// A state's formal name: the prefix and the country's name.
		{"Republic of Senegal", "SN", entity.CountryName},
		{"the Republic of Senegal", "SN", entity.CountryName},
		{"Kingdom of Thailand", "TH", entity.CountryName},
		{"United Republic of Tanzania", "TZ", entity.CountryName},
		{"Republic of China", "TW", entity.CountryName},
		{"Republic of the Congo", "CG", entity.CountryName},
		{"Hong Kong", "HK", entity.CountryName},
		{"Vietnam", "VN", entity.CountryName},
		{"UAE", "AE", entity.CountryName},
		{"PNG", "PG", entity.CountryName},
		{"Sultanate of Oman", "OM", entity.CountryName},
		{"Kingdom of Saudi Arabia", "SA", entity.CountryName},
		{"Brunei Darussalam", "BN", entity.CountryName},
		{"Singapore", "SG", entity.CountryName},
		{"Laos", "LA", entity.CountryName},
		{"VIETNAM", "VN", entity.CountryName},
		{"SOUTH KOREA", "KR", entity.CountryName},
		// Demonyms and adjectives.
		{"Korean", "KR", entity.CountryDemonym},
		{"South Korean", "KR", entity.CountryDemonym},
		{"Koreans", "KR", entity.CountryDemonym},
		{"North Korean", "KP", entity.CountryDemonym},
		{"Vietnamese", "VN", entity.CountryDemonym},
		{"Chinese", "CN", entity.CountryDemonym},
		{"Japanese", "JP", entity.CountryDemonym},
		{"Australian", "AU", entity.CountryDemonym},
		{"Australians", "AU", entity.CountryDemonym},
		{"Indonesian", "ID", entity.CountryDemonym},
		{"American", "US", entity.CountryDemonym},
		{"British", "GB", entity.CountryDemonym},
		{"Indian", "IN", entity.CountryDemonym},
		{"Taiwanese", "TW", entity.CountryDemonym},
		{"Dutch", "NL", entity.CountryDemonym},
		{"Congolese", "CD", entity.CountryDemonym},
		{"Filipino", "PH", entity.CountryDemonym},
		{"Filipinos", "PH", entity.CountryDemonym},
		{"Saudi", "SA", entity.CountryDemonym},
		{"Israelis", "IL", entity.CountryDemonym},
		{"Britons", "GB", entity.CountryDemonym},
		{"KOREAN", "KR", entity.CountryDemonym},
		// Capitals.
		{"Seoul", "KR", entity.CountryCapital},
		{"Beijing", "CN", entity.CountryCapital},
		{"Washington", "US", entity.CountryCapital},
		{"Tokyo", "JP", entity.CountryCapital},
		{"Hanoi", "VN", entity.CountryCapital},
		{"Canberra", "AU", entity.CountryCapital},
		{"Jakarta", "ID", entity.CountryCapital},
		{"Taipei", "TW", entity.CountryCapital},
		{"New Delhi", "IN", entity.CountryCapital},
		{"Moscow", "RU", entity.CountryCapital},
		{"London", "GB", entity.CountryCapital},
		{"The Hague", "NL", entity.CountryCapital},
		{"Kinshasa", "CD", entity.CountryCapital},
	}
	for _, tt := range tests {
		c, how, ok := entity.LookupCountry(tt.word)
		if !ok || c.Code() != tt.code || how != tt.how {
			t.Errorf("LookupCountry(%q) = %q, %v, %v; want %q, %v", tt.word, c.Code(), how, ok, tt.code, tt.how)
		}
	}
	for _, w := range []string{"", "korean", "us", "Us", "seoul", "SEOUL", "BEIJING", "the Korean", "the Seoul", "Atlantis", "Korea's", "KR", "Latin America", "Europe", "State of Victoria", "Republic of Atlantis", "Kingdom of "} {
		if c, how, ok := entity.LookupCountry(w); ok || !c.IsZero() || how != 0 {
			t.Errorf("LookupCountry(%q) = %q, %v, %v; want no match", w, c.Code(), how, ok)
		}
	}
}

func TestCountryForm(t *testing.T) {
	for f, want := range map[entity.CountryForm]string{0: "", entity.CountryName: "name", entity.CountryDemonym: "demonym", entity.CountryCapital: "capital", 9: ""} {
		if got := f.String(); got != want {
			t.Errorf("CountryForm(%d).String() = %q, want %q", f, got, want)
		}
	}
}

func TestCountryZeroAndText(t *testing.T) {
	var z entity.Country
	if !z.IsZero() || z.Code() != "" || z.Name() != "" || z.String() != "" {
		t.Errorf("zero Country = %q %q", z.Code(), z.Name())
	}
	if b, err := z.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero Country MarshalText = %q, %v", b, err)
	}
	for _, tt := range countryNameTests {
		c := entity.MustParseCountry(tt.code)
		b, err := c.MarshalText()
		if err != nil || string(b) != tt.code {
			t.Errorf("MarshalText(%v) = %q, %v", c, b, err)
		}
		var u entity.Country
		if err := u.UnmarshalText(b); err != nil || u != c {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, u, err)
		}
		if err := u.UnmarshalText(nil); err != nil || !u.IsZero() {
			t.Errorf("UnmarshalText(empty) = %v, %v", u, err)
		}
	}
	var u entity.Country
	if err := u.UnmarshalText([]byte("Atlantis")); !errors.Is(err, entity.ErrUnknownValue) || !u.IsZero() {
		t.Errorf("UnmarshalText(Atlantis) = %v, %v", u, err)
	}
}

func TestMustParseCountryPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseCountry(\"ZZ\") did not panic")
		}
	}()
	entity.MustParseCountry("ZZ")
}
