package main

import (
	"bytes"
	"testing"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/entity"
)

func TestWriteDOT(t *testing.T) {
	a := &article.Article{
		Entities: []article.Entity{
			{ID: "e1", Kind: entity.KindCompany, Name: "Hanbit Cable"},
			{ID: "e2", Kind: entity.KindPerson, Name: "Koo Min-jae"},
			{ID: "e3", Kind: entity.KindCompany, Name: `Seorin "Energy"`},
		},
		Relations: []article.Relation{
			{Kind: entity.ExecutiveOf, Subject: "e2", Object: "e1", Title: "CEO"},
			{Kind: entity.Agreement, Subject: "e1", Object: "e3", Type: "offtake"},
			{Kind: entity.Agreement, Subject: "e1", Object: "e9"}, // unknown end: left out
		},
	}
	b := &article.Article{
		Entities:  []article.Entity{{ID: "e1", Kind: entity.KindCompany, Name: "Hanbit Cable"}, {ID: "e2", Kind: entity.KindPerson, Name: "Koo Min-jae"}},
		Relations: []article.Relation{{Kind: entity.ExecutiveOf, Subject: "e2", Object: "e1", Title: "CEO"}},
	}
	var out bytes.Buffer
	writeDOT(&out, []*article.Article{a, b})
	want := `digraph relations {
  graph [rankdir=LR, fontname="Helvetica"];
  node [fontname="Helvetica", fontsize=11];
  edge [fontname="Helvetica", fontsize=9];
  n1 [label="Koo Min-jae", shape=ellipse];
  n2 [label="Hanbit Cable", shape=box];
  n3 [label="Seorin \"Energy\"", shape=box];
  n1 -> n2 [label="executive_of\nCEO"];
  n2 -> n3 [label="agreement\nofftake", dir=both];
}
`
	if got := out.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
