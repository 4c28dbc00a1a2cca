package parse

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/internal/qty"
)

// tableQuantities reads the tables of tonnages a report sets out in
// columns: a line that heads the columns ("Mar 2026 Qtr   Dec 2025 Qtr"),
// then rows whose label names a material, a measure and a unit
// ("Zircon produced (t)    15,310    13,980    10%"). Each figure becomes a
// quantity, its period the head of its column; a label the catalogue does
// not know is of topic, the commodity the text last named. The figures are merged
// into a.Quantities in text order; a figure the sentences gave already
// is not read twice.
func (d *doc) tableQuantities(a *article.Article, topic commodity.Commodity) {
	s := d.v.s
	// Most pages hold neither two spaces in a row (a tab is three in the
	// view) nor bars, and so no row: the whole text is looked at once,
	// which is faster than line by line. Lines longer than a row are passed over
	// at no cost, so a text of such lines is not looked at.
	if len(s) <= maxRowLen*len(d.lines) && !d.gapped() && !strings.Contains(s, " | ") {
		return
	}
	var cells, heads []qty.Cell
	var qs []qty.Quantity
	var found []article.Quantity
	var fromCells []bool // found[k] read whole from its cells (ScannedRow)
	head := -1           // the line that heads the columns of the rows that follow
	// section is the material a line inside the table names for the
	// rows under it ("Iron ore - Ullawarra"), or 0.
	var section commodity.Commodity
	for i, l := range d.lines {
		t := s[l.ts:l.te]
		g := -1
		if len(t) <= maxRowLen {
			g = gapAt(t, true)
		}
		if !rowAt(t, g) {
			// A line of several cells may head the next rows; a line of
			// text ends a table. The first gap is two spaces, or a tab
			// that two spaces may follow. A rule ("-----|-----") under
			// the head does neither.
			if ruleLine(t) {
				continue
			}
			// "Iron ore - Ullawarra" between the head and the rows of
			// its section: the rows' material, the table going on.
			if head >= 0 && g < 0 && len(t) <= 60 && i+1 < len(d.lines) {
				if nt := s[d.lines[i+1].ts:d.lines[i+1].te]; len(nt) <= maxRowLen && rowAt(nt, gapAt(nt, true)) {
					if c, ok := qty.SectionCommodity(s, qty.Cell{Start: l.ts, End: l.te}); ok {
						section = c
						continue
					}
				}
			}
			if len(t) <= 200 && g >= 0 && (t[g] == ' ' || gapAt(t[g+1:], false) >= 0) {
				head = i
			} else if strings.TrimSpace(t) != "" {
				head = -1
			}
			section = 0
			continue
		}
		cells = qty.Cells(cells[:0], s, qty.Span{Start: l.ts, End: l.te})
		heads = heads[:0]
		if head >= 0 {
			h := d.lines[head]
			heads = qty.Cells(heads, s, qty.Span{Start: h.ts, End: h.te})
		}
		n := len(qs)
		var caption qty.Cell
		if head >= 0 {
			// The line above the table's head, a blank between or not.
			// ("WAREHOUSE STOCKS (tonnes)" over a rule over the head.)
			for c, lim := head-1, head-2; c >= 0 && c >= lim; c-- {
				if t := s[d.lines[c].ts:d.lines[c].te]; ruleLine(t) {
					lim--
				} else if strings.TrimSpace(t) != "" {
					if len(t) < 160 {
						caption = qty.Cell{Start: d.lines[c].ts, End: d.lines[c].te}
					}
					break
				}
			}
		}
		rowTopic := topic
		if section != 0 {
			rowTopic = section
		}
		qs = qty.CaptionedRow(qs, s, cells, heads, caption, rowTopic)
		scanned := false
		if len(qs) == n && strings.Contains(t, " | ") {
			// "Larrakin Lithium | SC6 spodumene | 142.6kt | 560-600kt":
			// each cell a quantity as prose writes it.
			qs = qty.ScannedRow(qs, s, cells, heads, rowTopic)
			scanned = len(qs) > n
		}
		if len(qs) == n {
			// "Item   Unit   Q1 2026   Q1 2025": a line of cells that
			// gives no figure may head the rows after it. Not a row of
			// prices ("Realised price   US$/dmt   86.40   81.15"),
			// whose figures are no heads.
			if last := s[cells[len(cells)-1].Start:cells[len(cells)-1].End]; !decimalFigure(last) {
				head = i
			}
			continue
		}
		sent := qty.Span{Start: l.ts, End: l.te}
		for k := n; k < len(qs); k++ {
			found = append(found, d.articleQuantity(&qs[k], sent, nil, nil))
			fromCells = append(fromCells, scanned)
		}
	}
	if len(found) == 0 {
		return
	}
	// Merge, leaving out figures that overlap one already read; a
	// figure the sentences read with the very span of a row's figure
	// takes what the row says it measures.
	out := make([]article.Quantity, 0, len(a.Quantities)+len(found))
	i := 0
	for k, q := range found {
		for i < len(a.Quantities) && a.Quantities[i].Span.Start < q.Span.Start {
			out = append(out, a.Quantities[i])
			i++
		}
		if i < len(a.Quantities) && a.Quantities[i].Span == q.Span {
			// (Not a row read whole from its cells, which says no more
			// than the sentence did.)
			if fromCells[k] {
				// (The column's head still gives the period the
				// sentence does not.)
				period := q.Period
				q = a.Quantities[i]
				if q.Period == "" {
					q.Period = period
				}
			}
			out = append(out, q)
			i++
			continue
		}
		if i > 0 && a.Quantities[i-1].Span.End > q.Span.Start || i < len(a.Quantities) && a.Quantities[i].Span.Start < q.Span.End {
			continue
		}
		out = append(out, q)
	}
	out = append(out, a.Quantities[i:]...)
	a.Quantities = slices.Clip(out)
}

// decimalFigure reports a cell that is a figure with a decimal point
// or a thousands separator: "86.40", "1,204.5"; a year is none.
func decimalFigure(c string) bool {
	if c == "" || !isDigit(c[0]) && c[0] != '-' && c[0] != '+' {
		return false
	}
	sep := false
	for i := 0; i < len(c); i++ {
		switch {
		case isDigit(c[i]), c[i] == '-' || c[i] == '+' || c[i] == '%':
		case c[i] == '.' || c[i] == ',':
			sep = true
		default:
			return false
		}
	}
	return sep
}

// mayBeRow reports whether line t may be a row of a table of tonnages: a
// label that ends in a bracket, two spaces or a tab, and a digit after;
// or cells set apart by two spaces or more, with a digit after the first.
func mayBeRow(t string) bool {
	if len(t) > maxRowLen {
		return false
	}
	// Most lines are prose, with no two spaces or tab anywhere.
	return rowAt(t, gapAt(t, true))
}

// maxRowLen is the longest line that may be a row of a table.
const maxRowLen = 300

// rowAt is mayBeRow for a line t of maxRowLen bytes or fewer whose first
// gap, as gapAt(t, true) finds it, is at g.
func rowAt(t string, g int) bool {
	// "Japan | 312,400 t | 96,800 t": cells parted by bars.
	if b := strings.Index(t, " | "); b > 0 && (g <= 0 || b < g) {
		return strings.Count(t, "|") >= 2 && strings.ContainsAny(t[b:], "0123456789")
	}
	if g <= 0 || !strings.ContainsAny(t[g:], "0123456789") {
		return false
	}
	// "Zircon produced (t)   15,310": the label ends in a bracket.
	if t[g-1] == ')' && strings.IndexByte(t[:g], '(') >= 0 {
		return true
	}
	// "Ore sold     wmt    1,392,760": the unit in a column of its own,
	// two gaps at least.
	e := g
	for e < len(t) && (t[e] == ' ' || t[e] == '\t') {
		e++
	}
	return strings.Contains(t[e:], "  ") || strings.IndexByte(t[e:], '\t') >= 0
}

// gapAt returns the offset of the first two spaces in a row in t, or of
// the first tab if tabs is set and it comes first; -1 for none. It reads
// eight bytes at a time, and the eight after the first byte with them to
// see pairs.
func gapAt(t string, tabs bool) int {
	i := 0
	for ; i+9 <= len(t); i += 8 {
		x := load64(t[i:])
		m := bytesEqual(x, ' ') & bytesEqual(load64(t[i+1:]), ' ')
		if tabs {
			m |= bytesEqual(x, '\t')
		}
		if m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for ; i < len(t); i++ {
		if t[i] == '\t' && tabs || t[i] == ' ' && i+1 < len(t) && t[i+1] == ' ' {
			return i
		}
	}
	return -1
}

// bytesEqual returns the top bit of each byte of x that is c: a byte of
// x^c is zero when its low seven bits add nothing to 0x7f and its top
// bit is clear. No sum carries into the next byte.
func bytesEqual(x uint64, c byte) uint64 {
	const ones, lows = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f
	y := x ^ uint64(c)*ones
	return ^((y&lows + lows) | y) &^ lows
}
