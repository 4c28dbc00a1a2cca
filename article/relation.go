package article

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/dec"
)

// Relation is a tie between two entities that the text states, with the
// evidence span and the attributes its kind carries.
type Relation struct {
	Kind entity.RelationKind
	// Subject and Object are entity ids; for a symmetric kind
	// (see [entity.RelationKind.Symmetric]) their order carries no meaning.
	Subject, Object string
	// Title is the title of an executive_of or official_of relation.
	Title string
	// Type is an agreement's type: supply, offtake, mou, contract,
	// partnership.
	Type string
	// Percent is a stake's or an acquisition's share, when stated;
	// HasPercent tells a stated 0 from none.
	Percent    decimal.Decimal
	HasPercent bool
	// Date is when a meeting took place, when the text says.
	Date Date
	// Quantity is the index in Article.Quantities of the quantity an
	// agreement concerns; HasQuantity tells index 0 from none.
	Quantity    int
	HasQuantity bool
	// Span is the evidence: the sentence or clause that states it.
	Span Span
}

type wireRelation struct {
	Kind     entity.RelationKind `json:"kind"`
	Subject  string              `json:"subject"`
	Object   string              `json:"object"`
	Title    string              `json:"title,omitempty"`
	Type     string              `json:"type,omitempty"`
	Percent  string              `json:"percent,omitempty"`
	Date     Date                `json:"date,omitzero"`
	Quantity *int                `json:"quantity,omitempty"`
	Span     Span                `json:"span"`
}

// MarshalJSON writes the relation's wire form.
func (r Relation) MarshalJSON() ([]byte, error) {
	w := wireRelation{Kind: r.Kind, Subject: r.Subject, Object: r.Object,
		Title: r.Title, Type: r.Type, Date: r.Date, Span: r.Span}
	if r.HasPercent {
		w.Percent = dec.Format(r.Percent)
	}
	if r.HasQuantity {
		q := r.Quantity
		w.Quantity = &q
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the relation's wire form.
func (r *Relation) UnmarshalJSON(b []byte) error {
	var w wireRelation
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*r = Relation{Kind: w.Kind, Subject: w.Subject, Object: w.Object,
		Title: w.Title, Type: w.Type, Date: w.Date, Span: w.Span}
	if w.Percent != "" {
		p, err := decimal.NewFromString(w.Percent)
		if err != nil {
			return fmt.Errorf("article: relation percent %q is not a decimal", w.Percent)
		}
		r.Percent, r.HasPercent = p, true
	}
	if w.Quantity != nil {
		if *w.Quantity < 0 {
			return fmt.Errorf("article: relation quantity index %d is negative", *w.Quantity)
		}
		r.Quantity, r.HasQuantity = *w.Quantity, true
	}
	return nil
}
