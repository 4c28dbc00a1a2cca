package qty

import (
	"slices"
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
		for i < line.End && (text[i] == ' ' || text[i] == '\t' || text[i] == '|') {
			i++
		}
		if i >= line.End {
			break
		}
		start := i
		for i < line.End {
			if text[i] == '\t' || text[i] == '|' || text[i] == ' ' && i+1 < line.End && text[i+1] == ' ' {
				break
			}
			if text[i] == ' ' && i+1 == line.End {
				break
			}
			i++
		}
		// "Japan | 312,400 t | 96,800 t": a bar parts the cells too.
		end := i
		for end > start && text[end-1] == ' ' {
			end--
		}
		dst = append(dst, Cell{start, end})
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
	return CaptionedRow(dst, text, cells, heads, Cell{}, topic)
}

// CaptionedRow is Row for a table under a caption ("Table 1: Ferrous
// scrap imports by origin, January 2026"), which gives the material and
// the measure a row's label does not. An empty caption is none.
func CaptionedRow(dst []Quantity, text string, cells, heads []Cell, caption Cell, topic commodity.Commodity) []Quantity {
	if len(cells) < 2 || len(cells) > maxRowCells {
		return dst
	}
	label := text[cells[0].Start:cells[0].End]
	figures := cells[1:]
	unit, ok := labelUnit(label)
	cellUnits, headUnits := false, false
	// A product's column before the unit's: its cell, and the material
	// it names.
	product, productCell, productC, productForm := false, Cell{}, commodity.Commodity(0), Span{}
	if !ok {
		// "Ore sold     wmt    1,392,760    1,201,330": the unit in a
		// column of its own after the label.
		w, ok := commodity.UnitWord{}, false
		// "Pomalaa Nikel   PNJY.JK   Nickel ore   mn wmt   4.82   4.15":
		// the unit's column may come after a ticker's and a product's,
		// which names the material.
		for ui := 2; ui <= 3 && ui+1 < len(cells) && !product; ui++ {
			if u := text[cells[ui].Start:cells[ui].End]; len(u) <= 12 && !isDigit(u[0]) {
				if uw, found := scaledUnit(u); found {
					if pc, pform, _ := labelWords(text, cells[ui-1]); pc != 0 && pc != commodity.Other {
						w, ok, product = uw, true, true
						figures, productCell = cells[ui+1:], cells[ui-1]
						productC, productForm = pc, pform
					}
				}
			}
		}
		if !ok && len(cells) >= 3 {
			u := text[cells[1].Start:cells[1].End]
			w, ok = commodity.LookupUnitWord(u)
			if !ok && (u[0] == '\'' || u[0] == '0' || strings.HasPrefix(u, "\u2019") || strings.HasPrefix(u, "thousand ")) {
				// "'000 wmt": thousands of the unit.
				w, ok = scaledUnit(u)
			}
			// "Mt (wmt)": the unit and, in brackets, its basis.
			if b := strings.Index(u, " ("); !ok && b > 0 && strings.HasSuffix(u, ")") {
				if _, basis := commodity.LookupUnitWord(u[b+2 : len(u)-1]); basis || moistureWord(u[b+2:len(u)-1]) {
					w, ok = commodity.LookupUnitWord(u[:b])
				}
			}
		}
		switch {
		case product:
			unit = w
		case ok && !w.Unit.Tonnes().IsZero():
			unit, figures = w, cells[2:]
		case cellUnit(text, cells[1]):
			// "Japan   | 312,400 t   | 96,800 t": each figure with its
			// unit.
			cellUnits = true
		default:
			// "Nickel ore exports, January-June (million wmt)": the unit
			// the caption gives every figure.
			cu, ok := commodity.UnitWord{}, false
			if caption.End > caption.Start {
				c := strings.TrimRight(text[caption.Start:caption.End], " :.")
				cu, ok = labelUnit(c)
				// "SHFE weekly warehouse stocks (tonnes), week to Sept
				// 18": the unit's bracket, then the period.
				if k := strings.LastIndex(c, "), "); !ok && k > 0 && !strings.ContainsAny(c[k+3:], "()") {
					cu, ok = labelUnit(c[:k+1])
				}
			}
			if !ok && len(heads) > 1 {
				// "COAL SALES BY DESTINATION (kt)   3Q25   2Q25" over
				// "China   3,410   3,520": the unit the head of the
				// labels' column gives every figure.
				cu, ok = labelUnit(text[heads[0].Start:heads[0].End])
			}
			switch {
			case ok:
				unit = cu
			case slices.ContainsFunc(cells[1:], func(cl Cell) bool { return headUnit(text, heads, cl) }):
				// "Company   Output (t)   Sales (t)": the unit in the
				// head of each figure's column; "Vessel | Load port |
				// Qty (t) | Laycan": of some columns only.
				headUnits = true
			default:
				return dst
			}
		}
	}
	c, form, m := labelWords(text, cells[0])
	if product {
		// The row's label names the firm; the product, the material.
		c, form = productC, productForm
		_, _, m = labelWords(text, productCell)
	}
	// "Production, 100% basis (tU)": tonnes of uranium, the unit names
	// the metal.
	if k := strings.LastIndex(label, "(tU)"); k >= 0 && k+len("(tU)") == len(label) && (c == 0 || c == commodity.Other) {
		at := cells[0].Start + k + 1
		c, form = commodity.Uranium, Span{at, at + len("tU")}
	}
	// "HOT-ROLLED COIL OUTPUT AND IRON ORE IMPORTS, LISTED MILLS": a
	// caption of two measures, each of its own material; a column whose
	// head names the second ("Q3 ore imports") is of it, the others of
	// the first.
	var second struct {
		c    commodity.Commodity
		form Span
		m    commodity.Measure
	}
	if caption.End > caption.Start && m == 0 {
		ct := text[caption.Start:caption.End]
		if k := max(strings.Index(ct, " AND "), strings.Index(ct, " and ")); k > 0 {
			c1, f1, m1 := labelWords(text, Cell{caption.Start, caption.Start + k})
			c2, f2, m2 := labelWords(text, Cell{caption.Start + k + len(" and "), caption.End})
			if m1 != 0 && m2 != 0 && m1 != m2 {
				m = m1
				if (c == commodity.Other && !known(text, form) || c == 0) && c1 != 0 && c1 != commodity.Other {
					c, form = c1, f1
				}
				second.c, second.form, second.m = c2, f2, m2
			}
		}
	}
	if caption.End > caption.Start && (m == 0 || c == commodity.Other && !known(text, form)) {
		// "Japan | 312,400 t" under "Ferrous scrap imports by origin".
		cc, cform, cm := labelWords(text, caption)
		if m == 0 {
			m = cm
		}
		if c == commodity.Other && !known(text, form) && cc != commodity.Other && cc != 0 {
			c, form = cc, cform
		}
	}
	if m == 0 && len(heads) > 1 {
		// "(2) Sales volume by product   FY2025   FY2024": the head of
		// the labels' column says what every row measures.
		_, _, m = labelWords(text, heads[0])
	}
	if c == commodity.Other && !known(text, form) && len(heads) > 1 {
		// "COAL SALES BY DESTINATION (kt)" over "China   3,410": the
		// material the head of the labels' column names.
		if hc, hform, _ := labelWords(text, heads[0]); hc != commodity.Other && hc != 0 {
			c, form = hc, hform
		}
	}
	// "Ha Nam Cement JSC   HNM   516,000" under "Steel and cement
	// producers: sales (tonnes)": a firm's row, its name the material it
	// makes, when nothing above says which.
	if c == commodity.Other && !known(text, form) {
		if fc, fform, ok := firmMaterial(text, cells[0]); ok {
			c, form = fc, fform
		}
	}
	// "May   7,021.4   1,684.9" under "Month   Coal, total   of which
	// by rail   Copper concentrate": a label that names no material
	// leaves each figure to the material its column's head names.
	byHead := len(heads) > 1 && (c == 0 || c == commodity.Other && !known(text, form))
	if c == commodity.Other && topic != 0 && !known(text, form) {
		// "Hydroxide sales (t)" in a note on a lithium producer: a
		// label the catalogue does not know is of the text's topic.
		c = topic
	}
	n0 := len(dst)
	for _, cl := range figures {
		s := text[cl.Start:cl.End]
		num, u := Span(cl), unit
		// "+6,075", "-14,826" in a column of changes: a mass too, the
		// sign saying which way it went.
		if len(s) > 1 && (s[0] == '+' || s[0] == '-') && isDigit(s[1]) && !cellUnits {
			// (Only under a head of changes in mass: not "y/y %", whose
			// figures are shares.)
			if !changeHead(text, heads, cl) {
				continue
			}
			s = s[1:]
			num.Start++
		}
		v, n, ok := number.Parse(s)
		// "1,240 (-38%)", "46 (n/a)": the change on the year in brackets
		// after the figure, no part of it.
		span := Span(cl)
		if ok && !cellUnits && n < len(s) && bracketedChange(s[n:]) {
			s = s[:n]
			span.End = cl.Start + n
			num.End = span.End
		}
		if cellUnits && ok && n < len(s) && s[n] == ' ' {
			// The unit after the figure, in the same cell.
			w, found := commodity.LookupUnitWord(s[n+1:])
			if !found || w.Unit.Tonnes().IsZero() {
				continue
			}
			// "4.12 mt" in lower case: million tonnes, as prose reads a
			// small bare number in "mt"; "5,000 MT" is metric tonnes.
			if s[n+1:] == "mt" {
				if !bigOrScaled(text, Span{Start: cl.Start, End: cl.Start + n}) {
					w.Scale = millionScale
				}
			}
			u, s = w, s[:n]
			num = Span{cl.Start, cl.Start + n}
		} else if cellUnits {
			continue
		}
		mm, cc, fm := m, c, form
		if second.m != 0 {
			if h := headOver(text, heads, cl); h.End > h.Start {
				if _, _, hm := labelWords(text, Cell(h)); hm == second.m {
					mm = second.m
					if second.c != 0 {
						cc, fm = second.c, second.form
					}
				}
			}
		}
		if byHead && !headUnits {
			if hc, hform, ok := headMaterial(text, heads, cl); ok {
				cc, fm = hc, hform
			}
		}
		if headUnits {
			h := headOver(text, heads, cl)
			w, found := labelUnit(text[h.Start:h.End])
			if !found {
				continue
			}
			u = w
			// "Output (Mt)": what the column measures, and of what
			// when it says.
			hc, hform, hm := labelWords(text, Cell(h))
			if hm != 0 {
				mm = hm
			}
			if cc == commodity.Other && hc != commodity.Other && hc != 0 {
				cc, fm = hc, hform
			}
		}
		if !ok || n != len(s) || !isDigit(s[0]) || !number.Fits(v) {
			continue
		}
		q := Quantity{
			Span:      span,
			Lo:        Amount{Tonnage: commodity.NewTonnage(v.Mul(u.Scale), u.Unit), Num: num},
			Bound:     commodity.Exact,
			Per:       u.Per,
			Commodity: cc,
			Form:      fm,
			Measure:   mm,
		}
		if q.Lo.Tonnage.IsZero() || q.Lo.Tonnage.Value().IsZero() {
			continue
		}
		// (Not "Q3 ore imports": a head that says what its figures
		// measure is no period alone.)
		if h := headOver(text, heads, cl); periodLike(text[h.Start:h.End]) && (mm != second.m || second.m == 0) {
			q.Period = h
		}
		dst = append(dst, q)
	}
	if len(dst)-n0 == 0 {
		return dst[:n0]
	}
	return dst
}

// bracketedChange reports a cell's rest after its figure that is a
// change in brackets: " (-38%)", " (+140%)", " (n/a)".
func bracketedChange(rest string) bool {
	if !strings.HasPrefix(rest, " (") || !strings.HasSuffix(rest, ")") || len(rest) > 12 {
		return false
	}
	in := rest[2 : len(rest)-1]
	return in == "n/a" || strings.HasSuffix(in, "%") && len(in) >= 2
}

// ScannedRow reads a row that [CaptionedRow] does not, whose cells each
// hold a whole quantity as prose writes it, after a label and perhaps a
// product's cell: "Larrakin Lithium | SC6 spodumene | 142.6kt |
// 560-600kt", "Coorong | 68,900 tonnes | about 280,000 tonnes". A cell's
// quantity must open the cell.
func ScannedRow(dst []Quantity, text string, cells, heads []Cell, topic commodity.Commodity) []Quantity {
	if len(cells) < 2 || len(cells) > maxRowCells {
		return dst
	}
	n0 := len(dst)
	c, form, m := labelWords(text, cells[0])
	var found [4]Quantity
	for k, cl := range cells[1:] {
		s := text[cl.Start:cl.End]
		// ("2025 (WMT)" heads a column: a year and the column's unit.)
		qs := found[:0]
		if !strings.ContainsAny(s, "()") {
			qs = Scan(qs, s)
		}
		if len(qs) == 0 || qs[0].Span.Start != 0 {
			// "SC6 spodumene": a product's cell names the material.
			if k == 0 && len(qs) == 0 && (c == 0 || c == commodity.Other) {
				if pc, pform, _ := labelWords(text, cl); pc != 0 && pc != commodity.Other {
					c, form = pc, pform
				}
			}
			continue
		}
		q := qs[0]
		q.Shift(cl.Start)
		if c == 0 || c == commodity.Other {
			q.Commodity = topic
		} else {
			q.Commodity, q.Form = c, form
		}
		q.Measure = m
		if h := headOver(text, heads, cl); periodLike(text[h.Start:h.End]) {
			q.Period = h
		}
		dst = append(dst, q)
	}
	if len(dst) == n0 {
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
	return scaledUnit(strings.TrimSpace(label[open+1 : len(label)-1]))
}

// scaledUnit reads a unit of mass that may be scaled and labelled, as
// tables write it in brackets or in a column of its own: "wmt", "'000
// t", "000 tonnes", "unit: wmt", "tonnes, Co content".
func scaledUnit(u string) (commodity.UnitWord, bool) {
	// "(unit: wmt)", "(Unit: thousand tonnes)": the unit after its label.
	for _, p := range []string{"unit:", "Unit:", "units:", "Units:", "unit :", "Unit :"} {
		if rest, ok := strings.CutPrefix(u, p); ok {
			u = strings.TrimSpace(rest)
			break
		}
	}
	// "(tonnes, Co content)", "(t, contained)": the unit, then what of
	// the material it counts.
	if c := strings.IndexByte(u, ','); c > 0 {
		u = strings.TrimSpace(u[:c])
	}
	scale := int64(1)
	for _, p := range []struct {
		word  string
		scale int64
	}{{"'000", 1000}, {"\u2019000", 1000}, {"000s", 1000}, {"000", 1000}, {"thousand ", 1000}, {"million ", 1000000}, {"mn ", 1000000}} {
		if rest, ok := strings.CutPrefix(u, p.word); ok && (rest == "" || rest[0] == ' ' || !isDigit(rest[0])) {
			u, scale = strings.TrimSpace(rest), p.scale
			break
		}
	}
	w, ok := commodity.LookupUnitWord(u)
	if !ok || w.Unit.Tonnes().IsZero() {
		return commodity.UnitWord{}, false
	}
	if scale != 1 {
		w.Scale = w.Scale.Mul(decimal.New(scale, 0))
	}
	return w, true
}

// tableNumber returns the length of the number that opens a table's
// caption, "Table 1. ", "Exhibit 3: ", "Chart 2.1 - ", or 0.
func tableNumber(t string) int {
	for _, w := range []string{"Table ", "TABLE ", "Exhibit ", "Chart ", "Figure "} {
		if !strings.HasPrefix(t, w) {
			continue
		}
		i := len(w)
		for i < len(t) && (isDigit(t[i]) || t[i] == '.' && i+1 < len(t) && isDigit(t[i+1])) {
			i++
		}
		if i == len(w) || i >= len(t) {
			return 0
		}
		if t[i] == '.' || t[i] == ':' {
			i++
		} else if strings.HasPrefix(t[i:], " -") {
			i += 2
		} else {
			return 0
		}
		for i < len(t) && t[i] == ' ' {
			i++
		}
		return i
	}
	return 0
}

// changeHead reports whether the head over figure cl names a change in
// mass: "Change", "Chg", "+/-"; not one in percent ("y/y %", "Chg
// (%)").
func changeHead(text string, heads []Cell, cl Cell) bool {
	if len(heads) < 2 {
		return false
	}
	h := headOver(text, heads, cl)
	w := strings.ToLower(text[h.Start:h.End])
	if strings.Contains(w, "%") || strings.Contains(w, "pct") || strings.Contains(w, "per cent") || strings.Contains(w, "percent") {
		return false
	}
	return strings.Contains(w, "change") || strings.Contains(w, "chg") || strings.Contains(w, "+/-") || strings.Contains(w, "diff")
}

// labelWords reads a row's label for what its figures are of and what
// they measure: "Zircon produced (t)" is zircon's production, "Ore mined
// (Mt)" ore's. The label of a table names a material: one the catalogue
// does not know, or only as a bare "ore", is [commodity.Other], with its
// words as the form.
func labelWords(text string, label Cell) (commodity.Commodity, Span, commodity.Measure) {
	end := label.End
	// "(2) Sales volume by product": an item's number first.
	if t := text[label.Start:end]; len(t) > 4 && t[0] == '(' {
		if c := strings.IndexByte(t[:min(len(t), 5)], ')'); c > 1 && c+1 < len(t) && t[c+1] == ' ' {
			label.Start += c + 2
		}
	}
	// "Table 1. Nickel ore shipments by producer": the table's number.
	label.Start += tableNumber(text[label.Start:end])
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
	// "China iron ore imports by origin": the material after a place.
	for s := 1; s+1 < mat || s+1 == mat && !strings.EqualFold(words[s], "ore"); s++ {
		if !isUpper(words[s-1][0]) {
			break
		}
		if c, k, ok := commodity.Match(words[s:mat]); ok && k == mat-s {
			return c, Span{at[s].Start, at[mat-1].End}, m
		}
	}
	// "Spodumene concentrate purchases by origin": the material, then a
	// word in lower case that measures nothing the cues know.
	if m == 0 && mat > 1 {
		if c, k, ok := commodity.Match(words[:mat]); ok && k < mat && isLower(words[k][0]) && !(k == 1 && strings.EqualFold(words[0], "ore")) {
			return c, Span{at[0].Start, at[k-1].End}, m
		}
	}
	return commodity.Other, form, m
}

// firmLegalEnds end a firm's name in a table's label.
var firmLegalEnds = []string{"JSC", "Co.", "Corp.", "Corporation", "Ltd", "Ltd.", "Limited", "Inc.", "Tbk", "Bhd", "Berhad", "PLC", "Plc", "Company", "LLC", "Group"}

// firmMaterial reads the material a firm's name in a table's label
// holds, the last word of the name the catalogue knows on its own:
// "Hoa Lac Steel Group JSC", "Ha Nam Cement JSC". It reports false for
// a label that is no firm's name or names no material.
func firmMaterial(text string, label Cell) (commodity.Commodity, Span, bool) {
	t := strings.TrimSpace(text[label.Start:label.End])
	firm := false
	for _, l := range firmLegalEnds {
		if strings.HasSuffix(t, " "+l) {
			firm = true
			break
		}
	}
	if !firm {
		return 0, Span{}, false
	}
	words := strings.Fields(t)
	at := label.Start + strings.Index(text[label.Start:label.End], t)
	for k := len(words) - 2; k >= 1; k-- {
		w := words[k]
		if !isUpper(w[0]) {
			continue
		}
		if c, n, ok := commodity.Match(words[k : k+1]); ok && n == 1 && c != commodity.Other {
			// Where the word stands in the label.
			off := 0
			for q := 0; q < k; q++ {
				off += strings.Index(t[off:], words[q]) + len(words[q])
			}
			off += strings.Index(t[off:], w)
			return c, Span{at + off, at + off + len(w)}, true
		}
	}
	return 0, Span{}, false
}

// SectionCommodity reads the material that opens a line heading a
// section of a table's rows: "Iron ore - Ullawarra" over "Ore mined",
// "Ore shipped". It reports false when the line opens with none.
func SectionCommodity(text string, line Cell) (commodity.Commodity, bool) {
	var words [8]string
	n := 0
	for i := line.Start; i < line.End && n < len(words); {
		for i < line.End && !isLabelByte(text[i]) {
			i++
		}
		j := i
		for j < line.End && isLabelByte(text[j]) {
			j++
		}
		if j > i {
			words[n] = text[i:j]
			n++
		}
		i = j
	}
	c, k, ok := commodity.Match(words[:n])
	if !ok || k == 0 || c == commodity.Other || k == 1 && strings.EqualFold(words[0], "ore") {
		return 0, false
	}
	return c, true
}

// known reports whether the words at form name a commodity of the
// catalogue, "other" ones included ("Zircon").
func known(text string, form Span) bool {
	if form.IsZero() {
		return false
	}
	// (A row of "Others" or "Total" is of the table's material.)
	w := text[form.Start:form.End]
	if strings.EqualFold(w, "ore") || strings.EqualFold(w, "others") || strings.EqualFold(w, "other") || strings.EqualFold(w, "total") {
		return false
	}
	_, ok := commodity.Lookup(w)
	return ok
}

// isLabelByte reports a byte of a word of a label: a word byte or a
// hyphen ("end-of-life").
func isLabelByte(c byte) bool { return isWordByte(c) || c == '-' }

// headMaterial returns the material the head of cell cl's column
// names: "Coal, total", and for "of which by rail" the head before it.
func headMaterial(text string, heads []Cell, cl Cell) (commodity.Commodity, Span, bool) {
	h := headOver(text, heads, cl)
	if h.IsZero() {
		return 0, Span{}, false
	}
	k := slices.IndexFunc(heads, func(x Cell) bool { return Span(x) == h })
	if k > 0 && strings.HasPrefix(text[h.Start:h.End], "of which") {
		h = Span(heads[k-1])
	}
	c, form, _ := labelWords(text, Cell(h))
	if c == 0 || c == commodity.Other || !known(text, form) {
		return 0, Span{}, false
	}
	return c, form, true
}

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

// moistureWord reports a word that says on what basis ore is weighed:
// "wet", "dry".
func moistureWord(w string) bool {
	return w == "wet" || w == "dry" || w == "wet basis" || w == "dry basis"
}

// cellUnit reports a cell that holds a figure and its unit of mass:
// "312,400 t", "1.2 Mt".
func cellUnit(text string, cl Cell) bool {
	s := text[cl.Start:cl.End]
	_, n, ok := number.Parse(s)
	if !ok || n == 0 || n >= len(s) || s[n] != ' ' || !isDigit(s[0]) {
		return false
	}
	w, found := commodity.LookupUnitWord(s[n+1:])
	return found && !w.Unit.Tonnes().IsZero()
}

// periodLike reports a column's head that names a time ("Jun Qtr", "Q1
// 2026", "FY25"), not a place or a party ("Vietnam").
func periodLike(h string) bool {
	if strings.ContainsAny(h, "0123456789") {
		return true
	}
	low := strings.ToLower(h)
	for _, w := range []string{"qtr", "quarter", "half", "year", "month", "fy", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "ytd", "annual"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// headUnit reports a head over cell cl that ends in a unit of mass in
// brackets: "Output (t)".
func headUnit(text string, heads []Cell, cl Cell) bool {
	h := headOver(text, heads, cl)
	if h.End <= h.Start {
		return false
	}
	_, ok := labelUnit(text[h.Start:h.End])
	return ok
}
