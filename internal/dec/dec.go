// Package dec formats exact decimals in the one stable form the library
// prints: plain digits, no exponent, no trailing zeros after the point.
package dec

import "github.com/shopspring/decimal"

// Format returns d as plain decimal digits ("3500000", "0.5", "-2.25").
// Unlike d.String it does not depend on the decimal package's global
// settings, so output is the same whatever an importer has changed.
func Format(d decimal.Decimal) string {
	n := d.Normalize()
	if e := n.Exponent(); e < 0 {
		return n.StringFixed(-e)
	}
	return n.StringFixed(0)
}
