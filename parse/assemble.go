package parse

import (
	"slices"

	"github.com/newsfacts/newsfacts/article"
)

// assemble puts the article in its final order: entities by first
// mention, their ids renumbered e1, e2, ... in that order, and every
// reference to an entity (listings, roles, quantities, relations)
// rewritten to the new ids. Entities with no mention keep their place
// after those with one.
func assemble(a *article.Article) {
	if len(a.Entities) == 0 {
		return
	}
	first := func(e article.Entity) int {
		m := -1
		for _, s := range e.Mentions {
			if m < 0 || s.Start < m {
				m = s.Start
			}
		}
		if m < 0 {
			return int(^uint(0) >> 1)
		}
		return m
	}
	for i := range a.Entities {
		slices.SortFunc(a.Entities[i].Mentions, func(x, y article.Span) int {
			if x.Start != y.Start {
				return x.Start - y.Start
			}
			return x.End - y.End
		})
	}
	slices.SortStableFunc(a.Entities, func(x, y article.Entity) int { return first(x) - first(y) })
	ids := make(map[string]string, len(a.Entities))
	for i := range a.Entities {
		id := "e" + itoa(i+1)
		ids[a.Entities[i].ID] = id
		a.Entities[i].ID = id
	}
	re := func(id *string) {
		if *id != "" {
			*id = ids[*id]
		}
	}
	for i := range a.Entities {
		for j := range a.Entities[i].Roles {
			re(&a.Entities[i].Roles[j].Org)
		}
	}
	for i := range a.Listings {
		re(&a.Listings[i].Entity)
	}
	for i := range a.Quantities {
		re(&a.Quantities[i].Holder)
		re(&a.Quantities[i].Source)
	}
	for i := range a.Relations {
		re(&a.Relations[i].Subject)
		re(&a.Relations[i].Object)
	}
}
