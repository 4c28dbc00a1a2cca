package dec

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestFormat(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"3500000", "3500000"},
		{"3.5e6", "3500000"},
		{"0.50", "0.5"},
		{"-2.250", "-2.25"},
		{"0", "0"},
		{"0.0000311034768", "0.0000311034768"},
		{"120.000", "120"},
	} {
		d := decimal.RequireFromString(tc.in)
		if got := Format(d); got != tc.want {
			t.Errorf("Format(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFormatIgnoresGlobalKnobs(t *testing.T) {
	old := decimal.MarshalJSONWithoutQuotes
	defer func() { decimal.MarshalJSONWithoutQuotes = old }()
	decimal.MarshalJSONWithoutQuotes = true
	if got := Format(decimal.RequireFromString("3.50")); got != "3.5" {
		t.Errorf("got %q", got)
	}
}
