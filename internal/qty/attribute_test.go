package qty_test

import (
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/qty"
)

func TestAttribute(t *testing.T) {
	for _, tc := range []struct {
		sent    string
		parties []string // names the sentence holds; a "*" marks one that cannot hold a figure
		holder  string   // "" for none
		source  string
	}{
		{"Vietnam holds reserves of 3.5 million metric tons, according to latest U.S. Geological Survey data.",
			[]string{"Vietnam", "U.S. Geological Survey"}, "Vietnam", "U.S. Geological Survey"},
		{"Japan's LNG purchases rose to 83 million tonnes, Argus said.",
			[]string{"Japan", "Argus"}, "Japan", "Argus"},
		{"Rio Tinto said on Thursday it expects to ship 330 million tonnes of ore.",
			[]string{"Rio Tinto"}, "Rio Tinto", "Rio Tinto"},
		{"Analysts at Fenwick Ridley said the deal covers 800,000 tonnes a year.",
			[]string{"Fenwick Ridley"}, "", "Fenwick Ridley"},
		{"Reuters reported that the United States exported 32.5 million tons of coal, citing Kpler.",
			[]string{"Reuters", "United States", "Kpler"}, "United States", "Kpler"},
		{"Mexico bought 120,000 tons, ahead of China with 80,000 tons.",
			[]string{"Mexico", "China"}, "Mexico", ""},
		{"Chief executive *Dana Whitlock said the plant would make 4,400 tonnes.",
			[]string{"*Dana Whitlock"}, "", "Dana Whitlock"},
	} {
		s := strings.ReplaceAll(tc.sent, "*", "")
		qs := qty.Scan(nil, s)
		if len(qs) == 0 {
			t.Fatalf("no quantity in %q", s)
		}
		var parties []qty.Party
		var names []string
		for _, p := range tc.parties {
			name := strings.TrimPrefix(p, "*")
			at := strings.Index(s, name)
			parties = append(parties, qty.Party{Span: qty.Span{Start: at, End: at + len(name)}, Holder: !strings.HasPrefix(p, "*")})
			names = append(names, name)
		}
		h, src := qty.Attribute(s, qty.Span{Start: 0, End: len(s)}, &qs[0], parties)
		got := [2]string{}
		if h >= 0 {
			got[0] = names[h]
		}
		if src >= 0 {
			got[1] = names[src]
		}
		if got != [2]string{tc.holder, tc.source} {
			t.Errorf("Attribute(%q) = holder %q, source %q; want %q, %q", s, got[0], got[1], tc.holder, tc.source)
		}
	}
}
