package commodity_test

import (
	"encoding"
	"errors"
	"fmt"
	"testing"

	"github.com/newsfacts/newsfacts/commodity"
)

// code is what the small code types have in common.
type code interface {
	comparable
	fmt.Stringer
	encoding.TextMarshaler
}

func checkCodes[T code](t *testing.T, parse func(string) (T, error), unmarshal func([]byte) (T, error), want map[T]string) {
	t.Helper()
	for v, s := range want {
		if got := v.String(); got != s {
			t.Errorf("%#v.String() = %q, want %q", v, got, s)
		}
		b, err := v.MarshalText()
		if err != nil || string(b) != s {
			t.Errorf("%#v.MarshalText() = %q, %v; want %q", v, b, err, s)
		}
		back, err := unmarshal(b)
		if err != nil || back != v {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, v)
		}
		if s == "" {
			continue
		}
		if got, err := parse(s); err != nil || got != v {
			t.Errorf("Parse(%q) = %v, %v; want %v", s, got, err, v)
		}
	}
}

func TestBound(t *testing.T) {
	checkCodes(t, commodity.ParseBound, func(b []byte) (commodity.Bound, error) {
		var v commodity.Bound = commodity.Range
		err := v.UnmarshalText(b)
		return v, err
	}, map[commodity.Bound]string{
		commodity.Exact:   "exact",
		commodity.About:   "about",
		commodity.AtMost:  "at_most",
		commodity.AtLeast: "at_least",
		commodity.Range:   "range",
	})
	var b commodity.Bound = commodity.Range
	if err := b.UnmarshalText(nil); err != nil || b != commodity.Exact {
		t.Errorf("UnmarshalText(empty) = %v, %v; want exact", b, err)
	}
	var zero commodity.Bound
	if zero != commodity.Exact || zero.String() != "exact" {
		t.Errorf("zero Bound = %q", zero)
	}
}

func TestPeriod(t *testing.T) {
	checkCodes(t, commodity.ParsePeriod, func(b []byte) (commodity.Period, error) {
		var v commodity.Period = commodity.Day
		err := v.UnmarshalText(b)
		return v, err
	}, map[commodity.Period]string{
		0:                 "",
		commodity.Year:    "year",
		commodity.Quarter: "quarter",
		commodity.Month:   "month",
		commodity.Week:    "week",
		commodity.Day:     "day",
	})
	if !commodity.Period(0).IsZero() || commodity.Year.IsZero() {
		t.Error("Period.IsZero is wrong")
	}
}

func TestMeasure(t *testing.T) {
	checkCodes(t, commodity.ParseMeasure, func(b []byte) (commodity.Measure, error) {
		var v commodity.Measure = commodity.Sales
		err := v.UnmarshalText(b)
		return v, err
	}, map[commodity.Measure]string{
		0:                      "",
		commodity.Reserves:     "reserves",
		commodity.Resources:    "resources",
		commodity.Production:   "production",
		commodity.Capacity:     "capacity",
		commodity.Exports:      "exports",
		commodity.Imports:      "imports",
		commodity.Supply:       "supply",
		commodity.Demand:       "demand",
		commodity.Sales:        "sales",
		commodity.Shipments:    "shipments",
		commodity.Inventory:    "inventory",
		commodity.OtherMeasure: "other",
	})
	if !commodity.Measure(0).IsZero() || commodity.Reserves.IsZero() {
		t.Error("Measure.IsZero is wrong")
	}
}

func TestCodeErrors(t *testing.T) {
	for _, tc := range []struct {
		err error
		msg string
	}{
		{second(commodity.ParseBound("")), `commodity: parsing "": empty input at offset 0`},
		{second(commodity.ParseBound("Exact")), `commodity: parsing "Exact": unknown bound "Exact" at offset 0`},
		{second(commodity.ParsePeriod("")), `commodity: parsing "": empty input at offset 0`},
		{second(commodity.ParsePeriod("fortnight")), `commodity: parsing "fortnight": unknown period "fortnight" at offset 0`},
		{second(commodity.ParseMeasure("output")), `commodity: parsing "output": unknown measure "output" at offset 0`},
	} {
		var pe *commodity.ParseError
		if tc.err == nil || tc.err.Error() != tc.msg || !errors.Is(tc.err, commodity.ErrSyntax) || !errors.As(tc.err, &pe) {
			t.Errorf("error = %v, want %s", tc.err, tc.msg)
		}
	}
	for _, v := range []encoding.TextMarshaler{commodity.Bound(9), commodity.Period(9), commodity.Measure(99)} {
		if _, err := v.MarshalText(); err == nil {
			t.Errorf("%v.MarshalText() succeeded", v)
		}
	}
	for v, want := range map[fmt.Stringer]string{
		commodity.Bound(9): "Bound(9)", commodity.Period(9): "Period(9)", commodity.Measure(99): "Measure(99)",
	} {
		if got := v.String(); got != want {
			t.Errorf("String() = %q, want %q", got, want)
		}
	}
}

func second[T any](_ T, err error) error { return err }
