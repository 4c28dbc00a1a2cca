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
	for i := range a.Entities {
		slices.SortFunc(a.Entities[i].Mentions, func(x, y article.Span) int {
			if x.Start != y.Start {
				return x.Start - y.Start
			}
			return x.End - y.End
		})
	}
	// With its mentions in order, an entity's first mention is its
	// first.
	first := func(e article.Entity) int {
		if len(e.Mentions) == 0 {
			return int(^uint(0) >> 1)
		}
		return e.Mentions[0].Start
	}
	ordered := idsInOrder(a.Entities)
	slices.SortStableFunc(a.Entities, func(x, y article.Entity) int { return first(x) - first(y) })
	var re func(id *string)
	if ordered {
		// The old id "eK" is the K-th entity before the sort: newIDs
		// holds its new id at K-1.
		newIDs := make([]string, len(a.Entities))
		for i := range a.Entities {
			n, _ := idNumber(a.Entities[i].ID)
			newIDs[n-1] = entityID(i + 1)
			a.Entities[i].ID = newIDs[n-1]
		}
		re = func(id *string) {
			if *id == "" {
				return
			}
			if n, ok := idNumber(*id); ok && n <= len(newIDs) {
				*id = newIDs[n-1]
			} else {
				*id = ""
			}
		}
	} else {
		ids := make(map[string]string, len(a.Entities))
		for i := range a.Entities {
			id := entityID(i + 1)
			ids[a.Entities[i].ID] = id
			a.Entities[i].ID = id
		}
		re = func(id *string) {
			if *id != "" {
				*id = ids[*id]
			}
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

// idsInOrder reports whether the ids of ents are e1, e2, ... in order,
// as the entity step makes them.
func idsInOrder(ents []article.Entity) bool {
	for i, e := range ents {
		if e.ID != entityID(i+1) {
			return false
		}
	}
	return true
}
