package qty

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/internal/number"
)

// A Cell is one column of a line of a table: where its text starts and
// ends, as byte offsets of the text the line is in.
type Cell Span

// Cells appends to dst the cells of text[line.Start:line.End], the runs
// of text set apart by two spaces or more or by a tab, and returns the
// extended slice.
func Cells(dst []Cell, text string, line Span) []Cell {
	i := line.Start
	for i < line.End {
		for i < line.End && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		if i >= line.End {
			break
		}
		start := i
		for i < line.End {
			if text[i] == '\t' || text[i] == ' ' && i+1 < line.End && text[i+1] == ' ' {
				break
			}
			if text[i] == ' ' && i+1 == line.End {
				break
			}
			i++
		}
		dst = append(dst, Cell{start, i})
	}
	return dst
}

// maxRowCells is the most cells a row of a table may hold: more are not
// a table of figures a text gives.
const maxRowCells = 12

// Row reads a row of a table of tonnages: a label that names a material,
// what the figures measure and the unit in brackets (or in a column of
// its own after the label), then the figures, one per column: "Zircon
// produced (t)    15,310    13,980    10%", "Ore sold   wmt   1,392,760".
// cells are the row's cells (see [Cells]) in text, and heads those of the
// line that heads the columns ("Mar 2026 Qtr   Dec 2025 Qtr   Change"),
// or none; topic is the commodity the text speaks of, given to a label
// the catalogue does not know, or zero. Row appends to dst a Quantity for each figure, with its commodity and
// measure read from the label and its period from the head of its column,
// and returns the extended slice. Percentages, ratios and cells that are
// not numbers ("-", "n/a") are no figures. A row whose label names no
// unit of mass gives nothing.
func Row(dst []Quantity, text string, cells, heads []Cell, topic commodity.Commodity) []Quantity {
	if len(cells) < 2 || len(cells) > maxRowCells {
		return dst
	}
	label := text[cells[0].Start:cells[0].End]
	figures := cells[1:]
	unit, ok := labelUnit(label)
	if !ok {
		// "Ore sold     wmt    1,392,760    1,201,330": the unit in a
		// column of its own after the label.
		if len(cells) < 3 {
			return dst
		}
		w, ok := commodity.LookupUnitWord(text[cells[1].Start:cells[1].End])
		if !ok || w.Unit.Tonnes().IsZero() {
			return dst
		}
		unit, figures = w, cells[2:]
	}
	c, form, m := labelWords(text, cells[0])
	if c == commodity.Other && topic != 0 && !known(text, form) {
		// "Hydroxide sales (t)" in a note on a lithium producer: a
		// label the catalogue does not know is of the text's topic.
		c = topic
	}
	n0 := len(dst)
	for _, cl := range figures {
		s := text[cl.Start:cl.End]
		v, n, ok := number.Parse(s)
		if !ok || n != len(s) || !isDigit(s[0]) || !number.Fits(v) {
			continue
		}
		q := Quantity{
			Span:      Span(cl),
			Lo:        Amount{Tonnage: commodity.NewTonnage(v.Mul(unit.Scale), unit.Unit), Num: Span(cl)},
			Bound:     commodity.Exact,
			Per:       unit.Per,
			Commodity: c,
			Form:      form,
			Measure:   m,
		}
		if q.Lo.Tonnage.IsZero() || q.Lo.Tonnage.Value().IsZero() {
			continue
		}
		q.Period = headOver(text, heads, cl)
		dst = append(dst, q)
	}
	if len(dst)-n0 == 0 {
		return dst[:n0]
	}
	return dst
}

// labelUnit reads the unit in the brackets that end a row's label: "(t)",
// "(Mt)", "(kt)", "(wmt)", "('000 t)", "(000 tonnes)".
func labelUnit(label string) (commodity.UnitWord, bool) {
	if !strings.HasSuffix(label, ")") {
		return commodity.UnitWord{}, false
	}
	open := strings.LastIndexByte(label, '(')
	if open < 0 {
		return commodity.UnitWord{}, false
	}
	u := strings.TrimSpace(label[open+1 : len(label)-1])
	thousands := false
	for _, p := range []string{"'000", "\u2019000", "000s", "000"} {
		if rest, ok := strings.CutPrefix(u, p); ok && (rest == "" || rest[0] == ' ' || !isDigit(rest[0])) {
			u, thousands = strings.TrimSpace(rest), true
			break
		}
	}
	w, ok := commodity.LookupUnitWord(u)
	if !ok || w.Unit.Tonnes().IsZero() {
		return commodity.UnitWord{}, false
	}
	if thousands {
		w.Scale = w.Scale.Mul(decimal.New(1000, 0))
	}
	return w, true
}

// labelWords reads a row's label for what its figures are of and what
// they measure: "Zircon produced (t)" is zircon's production, "Ore mined
// (Mt)" ore's. The label of a table names a material: one the catalogue
// does not know, or only as a bare "ore", is [commodity.Other], with its
// words as the form.
func labelWords(text string, label Cell) (commodity.Commodity, Span, commodity.Measure) {
	end := label.End
	if open := strings.LastIndexByte(text[label.Start:end], '('); open >= 0 {
		end = label.Start + open
	}
	var words [8]string
	var at [8]Span
	n := 0
	for i := label.Start; i < end && n < len(words); {
		for i < end && !isLabelByte(text[i]) {
			i++
		}
		j := i
		for j < end && isLabelByte(text[j]) {
			j++
		}
		if j > i {
			words[n], at[n] = text[i:j], Span{i, j}
			n++
		}
		i = j
	}
	var m commodity.Measure
	mat := n // the material's words end where the measure's begin
	for k := 0; k < n; k++ {
		if mm, kind := cue(words[k]); kind != cueNone && mm != 0 {
			m = mm
			if k < mat {
				mat = k
			}
		}
	}
	if mat == 0 {
		return 0, Span{}, m
	}
	form := Span{at[0].Start, at[mat-1].End}
	if c, k, ok := commodity.Match(words[:mat]); ok && k == mat && !(mat == 1 && strings.EqualFold(words[0], "ore")) {
		return c, form, m
	}
	return commodity.Other, form, m
}

// known reports whether the words at form name a commodity of the
// catalogue, "other" ones included ("Zircon").
func known(text string, form Span) bool {
	if form.IsZero() {
		return false
	}
	_, ok := commodity.Lookup(text[form.Start:form.End])
	return ok && !strings.EqualFold(text[form.Start:form.End], "ore")
}

// isLabelByte reports a byte of a word of a label: a word byte or a
// hyphen ("end-of-life").
func isLabelByte(c byte) bool { return isWordByte(c) || c == '-' }

// headOver returns the head of the column of cell cl: the head cell that
// overlaps it most, or the zero Span.
func headOver(text string, heads []Cell, cl Cell) Span {
	best, most := Span{}, 0
	for _, h := range heads {
		lo, hi := max(col(text, h.Start), col(text, cl.Start)), min(col(text, h.End), col(text, cl.End))
		if hi-lo > most {
			best, most = Span(h), hi-lo
		}
	}
	return best
}

// col returns the column of offset i: its distance from the start of its
// line.
func col(text string, i int) int {
	return i - (strings.LastIndexByte(text[:i], '\n') + 1)
}
