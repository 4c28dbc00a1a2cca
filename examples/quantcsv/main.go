// Command quantcsv writes the quantities of a set of news pages as CSV,
// one row per quantity, for a spreadsheet or a database load:
//
//	quantcsv pages/*.txt > quantities.csv
//
// The columns are article (the file name), text (as written), commodity,
// measure, holder and source (entity names), period, tonnes and
// max_tonnes (exact decimals in metric tonnes), bound and per.
package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/internal/dec"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: quantcsv FILE...")
		os.Exit(2)
	}
	arts, ok := cli.ParseFiles("quantcsv", os.Args[1:], os.Stderr)
	failed := !ok
	if err := writeCSV(os.Stdout, arts); err != nil {
		fmt.Fprintln(os.Stderr, "quantcsv:", err)
		os.Exit(1)
	}
	if failed {
		os.Exit(1)
	}
}

// header is the first row writeCSV writes.
var header = []string{"article", "text", "commodity", "measure", "holder", "period", "tonnes", "max_tonnes", "bound", "per", "source"}

// writeCSV writes one row per quantity of the articles, after a header.
func writeCSV(w io.Writer, arts []*article.Article) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	name := func(a *article.Article, id string) string {
		if e, ok := a.Entity(id); ok {
			return e.Name
		}
		return ""
	}
	for _, a := range arts {
		for _, q := range a.Quantities {
			maxT := ""
			if !q.Max.IsZero() {
				maxT = dec.Format(q.Max.Tonnes())
			}
			row := []string{a.Source, q.Text, q.Commodity, q.Measure.String(), name(a, q.Holder), q.Period,
				dec.Format(q.Amount.Tonnes()), maxT, q.Bound.String(), q.Per.String(), name(a, q.Source)}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
