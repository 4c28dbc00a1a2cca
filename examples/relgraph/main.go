// Command relgraph prints the relations of a set of news pages as a
// Graphviz DOT graph: one node per entity (companies as boxes, people as
// ellipses, government bodies as hexagons, countries as circles), one edge
// per relation, labelled with its kind and title, type or percent.
//
//	relgraph page1.txt page2.txt ... | dot -Tsvg > relations.svg
//
// Entities with the same kind and name in several pages are one node.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/internal/dec"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: relgraph FILE...")
		os.Exit(2)
	}
	arts, ok := cli.ParseFiles("relgraph", os.Args[1:], os.Stderr)
	failed := !ok
	w := bufio.NewWriter(os.Stdout)
	writeDOT(w, arts)
	if err := w.Flush(); err != nil || failed {
		os.Exit(1)
	}
}

// writeDOT writes the relations of the articles as one DOT digraph.
func writeDOT(w io.Writer, arts []*article.Article) {
	type node struct {
		id    string
		label string
		kind  entity.Kind
	}
	nodes := map[string]*node{} // by kind and name
	var order []*node
	nodeOf := func(e article.Entity) *node {
		key := e.Kind.String() + "\x00" + e.Name
		n, ok := nodes[key]
		if !ok {
			n = &node{id: fmt.Sprintf("n%d", len(order)+1), label: e.Name, kind: e.Kind}
			nodes[key] = n
			order = append(order, n)
		}
		return n
	}
	var edges []string
	seen := map[string]bool{}
	for _, a := range arts {
		for _, r := range a.Relations {
			s, ok1 := a.Entity(r.Subject)
			o, ok2 := a.Entity(r.Object)
			if !ok1 || !ok2 {
				continue
			}
			label := r.Kind.String()
			switch {
			case r.Title != "":
				label += "\\n" + r.Title
			case r.Type != "":
				label += "\\n" + r.Type
			case r.HasPercent:
				label += "\\n" + dec.Format(r.Percent) + "%"
			}
			e := fmt.Sprintf("  %s -> %s [label=%s", nodeOf(s).id, nodeOf(o).id, quote(label))
			if r.Kind.Symmetric() {
				e += ", dir=both"
			}
			e += "];"
			if !seen[e] {
				seen[e] = true
				edges = append(edges, e)
			}
		}
	}
	fmt.Fprintln(w, "digraph relations {")
	fmt.Fprintln(w, `  graph [rankdir=LR, fontname="Helvetica"];`)
	fmt.Fprintln(w, `  node [fontname="Helvetica", fontsize=11];`)
	fmt.Fprintln(w, `  edge [fontname="Helvetica", fontsize=9];`)
	for _, n := range order {
		fmt.Fprintf(w, "  %s [label=%s, shape=%s];\n", n.id, quote(n.label), shape(n.kind))
	}
	for _, e := range edges {
		fmt.Fprintln(w, e)
	}
	fmt.Fprintln(w, "}")
}

func shape(k entity.Kind) string {
	switch k {
	case entity.KindCompany:
		return "box"
	case entity.KindGovernment:
		return "hexagon"
	case entity.KindCountry:
		return "circle"
	case entity.KindPerson:
		return "ellipse"
	}
	return "note"
}

// quote writes s as a DOT string; "\n" sequences already in s are kept as
// DOT line breaks.
func quote(s string) string {
	r := strings.NewReplacer(`"`, `\"`, "\n", " ")
	return `"` + r.Replace(s) + `"`
}
