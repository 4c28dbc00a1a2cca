package article

import (
	"encoding/json"
	"fmt"

	"github.com/newsfacts/newsfacts/entity"
)

// Schema is the value of the "schema" field of the wire format this package
// writes and reads.
const Schema = "newsfacts/v1"

// Article is one parsed news page. Fields that the page does not state are
// zero and are omitted from its JSON form.
type Article struct {
	// Source names where the text came from (a path or URL), as given by
	// the caller; the parser never invents it.
	Source string `json:"source,omitempty"`
	// AsOf is the date the page says its data or story is as of.
	AsOf Date `json:"as_of,omitzero"`
	// Headline is the page's headline, as written.
	Headline string `json:"headline,omitempty"`
	// Summary is the standfirst or dek below the headline, as written.
	Summary string `json:"summary,omitempty"`
	// Country is the market the page is filed under, as the page states
	// it: a newsletter's country line, a "Market: India" line, a country
	// in the page's path ("Home > Commodities > India"), or the city of a
	// wire dateline ("SEOUL, March 12 (Yonhap) --"). It is not every
	// country the page mentions.
	Country entity.Country `json:"country,omitzero"`
	// Listings are the securities the text names, one per security.
	Listings []Listing `json:"listings,omitempty"`
	// Paragraphs are the spans of the body paragraphs, boilerplate excluded.
	Paragraphs []Span `json:"paragraphs,omitempty"`
	// Entities are the companies, people, bodies and countries named.
	Entities []Entity `json:"entities,omitempty"`
	// Quantities are the tonnages found in the text.
	Quantities []Quantity `json:"quantities,omitempty"`
	// Relations are the stated ties between entities.
	Relations []Relation `json:"relations,omitempty"`
}

// wireArticle has Article's fields without its methods, so that the
// marshalling below can add the schema field without recursing.
type wireArticle Article

// MarshalJSON writes the wire format v1, with "schema" first.
func (a Article) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Schema string `json:"schema"`
		wireArticle
	}{Schema, wireArticle(a)})
}

// UnmarshalJSON reads the wire format v1. A "schema" other than v1 is an
// error; a missing one is accepted.
func (a *Article) UnmarshalJSON(b []byte) error {
	var w struct {
		Schema string `json:"schema"`
		wireArticle
	}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	if w.Schema != "" && w.Schema != Schema {
		return fmt.Errorf("article: unsupported schema %q (want %q)", w.Schema, Schema)
	}
	*a = Article(w.wireArticle)
	return nil
}

// Entity returns the entity with the given id.
func (a *Article) Entity(id string) (Entity, bool) {
	for _, e := range a.Entities {
		if e.ID == id {
			return e, true
		}
	}
	return Entity{}, false
}

// Listing is a security named in the text: the listing itself (symbol and
// exchange), where it was written, and what the page ties to it.
type Listing struct {
	entity.Listing
	// Text is the listing as written ("229640.KO", "(NYSE: MP)").
	Text string
	// Index is the index or segment the page lists it under, if any.
	Index string
	// Entity is the id of the listed company, when the text makes it plain.
	Entity string
	// Span is where Text was read from (its first mention).
	Span Span
}

type wireListing struct {
	Symbol   string `json:"symbol"`
	Exchange string `json:"exchange,omitempty"`
	Text     string `json:"text,omitempty"`
	Index    string `json:"index,omitempty"`
	Entity   string `json:"entity,omitempty"`
	Span     Span   `json:"span"`
}

// MarshalJSON writes the listing's wire form: symbol, exchange (the MIC),
// text, index, entity and span.
func (l Listing) MarshalJSON() ([]byte, error) {
	return json.Marshal(wireListing{
		Symbol: l.Symbol(), Exchange: l.MIC(), Text: l.Text,
		Index: l.Index, Entity: l.Entity, Span: l.Span,
	})
}

// UnmarshalJSON reads the listing's wire form; the symbol must fit the
// exchange.
func (l *Listing) UnmarshalJSON(b []byte) error {
	var w wireListing
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	el, err := entity.NewListing(w.Symbol, w.Exchange)
	if err != nil {
		return fmt.Errorf("article: listing: %w", err)
	}
	*l = Listing{Listing: el, Text: w.Text, Index: w.Index, Entity: w.Entity, Span: w.Span}
	return nil
}

// Entity is one real-world thing the article names, with all its names and
// where each mention is.
type Entity struct {
	// ID is unique within the article: "e1", "e2", ...
	ID string `json:"id"`
	// Kind says what sort of thing it is.
	Kind entity.Kind `json:"kind"`
	// Name is the fullest name the text uses.
	Name string `json:"name"`
	// Aliases are the other names and short forms the text uses for it,
	// former names included, in order of first use. A company's name
	// without its legal form comes last ("Kedah Advanced Materials" for
	// "Kedah Advanced Materials Sdn Bhd"), written or not, so that a
	// lookup by the plain name finds it.
	Aliases []string `json:"aliases,omitempty"`
	// Country is the country a company or body belongs to, when stated.
	Country entity.Country `json:"country,omitzero"`
	// Code is, for an entity of kind country, the country itself.
	Code entity.Country `json:"code,omitzero"`
	// Roles are a person's titles, each with the organisation it is at.
	Roles []Role `json:"roles,omitempty"`
	// Mentions are the spans where the text names it.
	Mentions []Span `json:"mentions,omitempty"`
}

// Role is a title a person holds, as written ("CEO", "Deputy Minister"),
// and the id of the entity it is held at, when the text names one. A
// role may have an organisation and no title: a press contact listed
// under the firm she speaks for.
type Role struct {
	Title string `json:"title,omitempty"`
	Org   string `json:"org,omitempty"`
}
