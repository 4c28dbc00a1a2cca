package article

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/internal/dec"
)

// Quantity is a mass of material found in the text: its exact amount, the
// bound and rate the text puts on it, and what it measures.
type Quantity struct {
	// Text is the quantity as written, with the modifiers and rate words
	// that belong to it; Span is where it was read from.
	Text string
	Span Span
	// Amount is the value in the unit written. For a range it is the lower
	// end and Max the upper end; otherwise Max is zero.
	Amount commodity.Tonnage
	Max    commodity.Tonnage
	// Bound is how the text qualifies the amount: exact, about, at most...
	Bound commodity.Bound
	// Per is the time unit of a rate ("a year" is Year); zero when the
	// amount is not a rate.
	Per commodity.Period
	// Commodity is the catalogue id of what is measured ("rare-earths"),
	// and Form the words the text names it with ("NdPr oxide", "rare earth
	// materials").
	Commodity string
	Form      string
	// Measure is what the figure is: reserves, production, supply...
	Measure commodity.Measure
	// Holder is the id of the entity the figure belongs to.
	Holder string
	// Period is the year or period it refers to, as written ("2024").
	Period string
	// Source is the id of the entity the text credits for it.
	Source string
}

type wireQuantity struct {
	Text      string            `json:"text"`
	Span      Span              `json:"span"`
	Value     string            `json:"value"`
	Unit      commodity.Unit    `json:"unit"`
	Tonnes    string            `json:"tonnes"`
	Max       string            `json:"max,omitempty"`
	MaxTonnes string            `json:"max_tonnes,omitempty"`
	Bound     commodity.Bound   `json:"bound"`
	Per       commodity.Period  `json:"per,omitzero"`
	Commodity string            `json:"commodity,omitempty"`
	Form      string            `json:"form,omitempty"`
	Measure   commodity.Measure `json:"measure,omitzero"`
	Holder    string            `json:"holder,omitempty"`
	Period    string            `json:"period,omitempty"`
	Source    string            `json:"source,omitempty"`
}

// MarshalJSON writes the quantity's wire form: value and max in the unit
// written, tonnes and max_tonnes in metric tonnes, all as exact decimal
// strings.
func (q Quantity) MarshalJSON() ([]byte, error) {
	w := wireQuantity{
		Text: q.Text, Span: q.Span,
		Value: dec.Format(q.Amount.Value()), Unit: q.Amount.Unit(),
		Tonnes: dec.Format(q.Amount.Tonnes()),
		Bound:  q.Bound, Per: q.Per, Commodity: q.Commodity, Form: q.Form, Measure: q.Measure,
		Holder: q.Holder, Period: q.Period, Source: q.Source,
	}
	if !q.Max.IsZero() {
		w.Max = dec.Format(q.Max.Value())
		w.MaxTonnes = dec.Format(q.Max.Tonnes())
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the quantity's wire form. The amounts are rebuilt
// from value, max and unit; tonnes and max_tonnes are derived and not read.
func (q *Quantity) UnmarshalJSON(b []byte) error {
	var w wireQuantity
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	v, err := decimal.NewFromString(w.Value)
	if err != nil {
		return fmt.Errorf("article: quantity value %q is not a decimal", w.Value)
	}
	*q = Quantity{
		Text: w.Text, Span: w.Span, Amount: commodity.NewTonnage(v, w.Unit),
		Bound: w.Bound, Per: w.Per, Commodity: w.Commodity, Form: w.Form, Measure: w.Measure,
		Holder: w.Holder, Period: w.Period, Source: w.Source,
	}
	if w.Max != "" {
		m, err := decimal.NewFromString(w.Max)
		if err != nil {
			return fmt.Errorf("article: quantity max %q is not a decimal", w.Max)
		}
		q.Max = commodity.NewTonnage(m, w.Unit)
	}
	return nil
}
