package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/entity"
)

// gather collects the evidence of every segment from its own words and
// from the words around it.
func (f *entFinder) gather() {
	for n := range f.segs {
		f.gatherOne(n)
	}
}

func (f *entFinder) gatherOne(n int) {
	g := &f.segs[n]
	es := f.sents[g.s]
	// "Datuk Seri Lim Kok Wing": a name after honorifics is a person's,
	// and they are not part of it.
	start := g.i // where the run began, honorifics and all
	if g.kind != entity.KindPerson && g.j-g.i >= 2 && f.toks[g.i].f&tCap != 0 &&
		(f.has(g.i, lxHonorifics) || f.text(g.i) == "H.E." || g.j-g.i >= 3 && (f.word(g.i, "Tan") || f.word(g.i, "Puan")) && f.word(g.i+1, "Sri")) {
		// ("Hon Gai" is a Vietnamese place and the firms named after it;
		// "the Hon Madeleine King" gives more than one name.)
		hon := f.word(g.i, "Hon") && g.j-g.i == 2
		if k := f.skipHonorifics(g.i, g.j); k > g.i && !hon && !f.orgWords(k, g.j) && !f.has(g.j-1, lxPlaceAfter) && !notPersonLast[f.fold(g.j-1)] {
			g.i = k
			g.ev |= evPerson
		}
	}
	i, j := g.i, g.j
	// "Dra. Endang Sulistyowati, M.Si., said": a degree after a name's
	// comma is no name.
	if i > 0 && f.punct(i-1, ',') && f.degreeLen(i) >= j-i {
		g.ev |= evNot
		g.drop = true
		return
	}
	first, last := &f.toks[i], &f.toks[j-1]
	nt := j - i
	// "Nasser bin Hamad Al Khalifa": a long name that says whose son the
	// person is counts as a name of the usual length.
	if nt > 4 && nt <= 7 && f.personShape(i, j) {
		nt = 4
	}
	// "2. SEC Identification Number: CS200714862", "(SEC Use Only)": the
	// label of a form's numbered field, and the form's own words, name
	// nothing.
	if g.kind == 0 && (f.numberedFieldLabel(i, j) || nt >= 2 && f.word(j-1, "Only") && f.word(j-2, "Use")) {
		g.ev |= evNot
	}

	// The country words at the ends: "Korean", "China Moly", "Team Korea".
	if c, w, ok := f.countryAt(i, j, true); ok {
		g.cpre, g.cpreC = w, c
	}
	if nt == 1 || g.cpre == nt {
		g.csuf, g.csufC = g.cpre, g.cpreC
	} else if c, w, ok := f.countryAt(i, j, false); ok {
		g.csuf, g.csufC = w, c
	}
	if g.kind == entity.KindPerson {
		return
	}
	// "[00:00:19] MEI LIN ONG: Thanks, Tom.": a transcript's speaker,
	// in capitals after the time.
	if nt >= 2 && nt <= 4 && f.speakerLabel(g) {
		g.ev |= evPerson
		g.kind = entity.KindPerson
		return
	}
	if title, orgTok, ok := f.contactLine(g); ok {
		g.ev |= evPerson
		g.kind = entity.KindPerson
		g.title = title
		g.orgTok = orgTok
		// The words of the role are no name of their own.
		for m := n + 1; m < len(f.segs) && f.segs[m].s == g.s && f.toks[f.segs[m].i].a < title.b; m++ {
			f.segs[m].ev |= evNot
		}
		return
	}
	// "FY2026", "1H25", "Q3": a period of a report, no name; nor a
	// figure of one ("Q1 FY26 EBITDA").
	if nt == 1 && (periodLabel(f.text(i)) || reportFigures[f.text(i)] || functionAcronyms[f.text(i)]) {
		g.ev |= evNot
		return
	}
	// "IR and Corporate Communications Group", "Corporate Planning
	// Division": a firm's department, no firm.
	if nt >= 2 && departmentHeads[f.text(j-1)] {
		for k := i; k < j-1; k++ {
			if departmentFields[f.text(k)] {
				g.ev |= evNot
				return
			}
		}
	}
	// "the Nifty Metal index": an index of the National Stock Exchange
	// of India. "Measured and Indicated Mineral Resources": the
	// categories of a mining code.
	if nt >= 2 && f.word(i, "Nifty") || (f.word(i, "Measured") || f.word(i, "Indicated") || f.word(i, "Inferred") || f.word(i, "Proved") || f.word(i, "Probable")) &&
		(f.word(j-1, "Resources") || f.word(j-1, "Reserves") || f.word(j-1, "Resource") || f.word(j-1, "Reserve")) {
		g.ev |= evNot
		return
	}
	// "(CE No. AXK118)": a licence's number, no name.
	for k := i; k+1 < j && nt >= 2; k++ {
		if (f.word(k, "No.") || f.word(k, "No")) && f.toks[k+1].f&tHasDigit != 0 {
			g.ev |= evNot
			return
		}
	}
	// "information that relates to Mineral Resources", "Exploration
	// Results": a competent person's statement names the categories
	// alone.
	if nt == 2 && (f.word(i, "Mineral") || f.word(i, "Ore")) && (f.word(j-1, "Resources") || f.word(j-1, "Reserves")) && i >= 2 && f.word(i-1, "to") && (f.word(i-2, "relates") || f.word(i-2, "relating")) {
		g.ev |= evNot
		return
	}
	// "(Code: 5461, TSE Prime)": a market of the Tokyo exchange.
	if nt == 2 && f.word(i, "TSE") && (f.word(j-1, "Prime") || f.word(j-1, "Standard") || f.word(j-1, "Growth")) {
		g.ev |= evNot
		return
	}
	// "a Mini Ratna company": a grade India gives its state firms.
	if nt == 2 && f.word(j-1, "Ratna") && g.ev&evDir == 0 {
		g.ev |= evNot
		return
	}
	// "HMC" where the text defined "heavy mineral concentrate (HMC)".
	if nt == 1 && first.f&tUpper != 0 && len(f.terms) > 0 && slices.Contains(f.terms, f.text(i)) {
		g.ev |= evNot
		return
	}
	// A lone word that is never a name needs no more looking at.
	if nt == 1 && g.cpre == 0 && g.ev&evDir == 0 && f.written(i, wrNotName|wrCommonAcronym) && !f.has(i-1, lxHonorifics) {
		g.ev |= evNot
		return
	}
	// "June-quarter", "January-September": a span of the calendar.
	if nt == 1 && g.ev&evDir == 0 && calendarSpan(f.text(i)) {
		g.ev |= evNot
		return
	}
	// `("Proposed Acquisition")`, `("the Disposal")`: a filing's name
	// for a deal, defined in quotes in brackets.
	// Named so again later: "The Proposed Acquisition is subject to".
	if f.toks[j-1].f&tCap != 0 && f.has(j-1, lxDealTerms) && nt <= 3 && !f.orgWords(i, j) {
		g.ev |= evNot
		return
	}
	// "-- BW FILE PHOTO": the credit of a picture.
	if f.word(j-1, "PHOTO") || f.word(j-1, "PHOTOS") {
		g.ev |= evNot
		return
	}
	// "a State-Owned Enterprise": the kind of a firm, not a firm.
	if nt <= 3 && f.toks[i].f&tCap != 0 && strings.HasPrefix(f.d.v.s[first.a:last.b], "State") && stateFirmPhrases[strings.ToLower(f.d.v.s[first.a:last.b])] {
		g.ev |= evNot
		return
	}

	// Its own words.
	text := f.d.v.s[first.a:last.cut]
	switch {
	case g.ev&evDir != 0:
	case f.dir.Len() > 0 && f.dirEntry(i, j) >= 0:
		g.ev |= evDir
		g.dir = f.dirEntry(i, j)
	case newsAgencyFilter.may(text) && newsAgencies[text] || nt >= 2 && f.has(j-1, lxPressWords) && !f.has(j-1, lxCompanyHeads) && g.ev&evGov == 0:
		g.ev |= evAgency
	case i > 0 && j < len(f.toks) && f.punct(i-1, '/') && f.punct(j, '/') && f.slashAgency(g.s, i):
		g.ev |= evAgency
	}
	// ("Compañía Minera Huaytará": a legal form before the name, in
	// title case, before a name of two words or more.)
	if f.has(j-1, lxLegalEnd) && nt >= 2 || f.has(i, lxLegalStart) && (nt >= 2 && f.toks[i].f&tUpper != 0 || nt >= 3 && f.toks[i].f&tCap != 0) ||
		nt >= 5 && f.punct(j-1, ')') && f.word(j-2, "Partnership") && f.word(j-3, "Limited") {
		g.ev |= evLegal
	}
	// The head is the last word, or the one before a country that ends
	// the name: "Adaro Energy Indonesia", "Vale Indonesia Tbk".
	h := j - 1
	if g.csuf > 0 && g.csuf < nt-1 {
		h = j - 1 - g.csuf
	}
	if nt >= 2 && f.has(h, lxCompanyHeads) && !f.word(h, "Group") {
		if f.has(h, lxWeakHeads) {
			// Not "Qtr   Change" over "Ore mined (Mt)": a table's
			// head and its first label.
			if h == i || strings.IndexByte(f.d.v.s[f.toks[h-1].b:f.toks[h].a], '\n') < 0 {
				g.ev |= evWeakHead
			}
		} else {
			g.ev |= evHead
		}
	}
	// ("the Kora Creek JV (A 70%, B 30%)": the venture by its short
	// name, its owners after it; not "Oman JV", named by its place.)
	if nt >= 2 && f.word(j-2, "Joint") && f.word(j-1, "Venture") || nt-g.cpre >= 2 && f.word(j-1, "JV") && f.punct(j, '(') {
		g.ev |= evJV
	}
	if nt >= 2 && first.f&tUpper != 0 && first.b-first.a <= 3 && first.f&tDigit == 0 && g.cpre == 0 &&
		f.toks[i+1].f&tCap != 0 && !f.has(i, lxTitleHeads) && !f.written(i, wrNotName) && !f.allUpper(i+1, j) {
		g.ev |= evCaps2
	}
	if f.govName(i, j) {
		g.ev |= evGov
	} else if g.csuf > 0 && g.csuf < nt-1 && f.has(j-1-g.csuf, lxGovHeads) && f.govName(i, j-g.csuf) {
		// "Securities Commission Malaysia", "Bank Negara Malaysia": a
		// body named with its country after its head.
		g.ev |= evGov
	}
	// "Investment Coordinating Board (BKPM)": defined by the acronym of
	// a known state body.
	if j+2 < es.t1 && f.punct(j, '(') && f.punct(j+2, ')') && f.toks[j+1].f&tUpper != 0 {
		if f.written(j+1, wrGovAcronym) {
			g.ev |= evGov
		}
		// "Joint Plant Committee (JPC)", "Atomic Energy Licensing Board
		// (AELB)": a body's head that needs a qualifier, with the
		// acronym of the whole name.
		if nt >= 3 && f.has(j-1, lxGovHeadsNeedQualifier) && f.toks[j-1].f&tCap != 0 && !f.has(i, lxLegalStart) &&
			isAcronymOf(f.text(j+1), strings.Fields(f.d.v.s[first.a:last.b])) {
			g.ev |= evGov
		}
	}
	// "Press Information Bureau" over "Government of India": a body's
	// name alone on a line that heads the page as its sender.
	if nt >= 2 && i == es.t0 && j == es.t1 && f.has(j-1, lxGovHeads) && f.toks[j-1].f&tCap != 0 && !f.has(i, lxLegalStart) && f.d.headline > 0 && first.a < f.d.lines[f.d.headline].ts {
		g.ev |= evGov
	}
	if nt == 1 && first.f&tUpper != 0 {
		// (Not "ABS resins", "ABS, PC": the plastic, in a row of
		// products or before its trade word.)
		if f.written(i, wrGovAcronym) && !(f.word(i, "ABS") && (f.punct(j, ',') || f.word(j, "resin") || f.word(j, "resins") || f.word(j, "plastic") || f.word(j, "plastics") || f.word(i-1, "and"))) {
			g.ev |= evGovAcr
		}
	}
	// "Payment: 90% provisional payment against documents": a field's
	// label that opens its line, a word in title case and a colon.
	// (Not "Sakuraba: We have ...", the speaker of an interview's
	// answer: the value starts with a figure or a word in lower case.)
	if nt == 1 && first.f&tUpper == 0 && f.punct(j, ':') && (first.a == 0 || f.d.v.s[first.a-1] == '\n') && j+1 < len(f.toks) && f.toks[j+1].f&(tDigit|tLower) != 0 {
		g.ev |= evNot
	}
	if nt == 1 && f.written(i, wrNotName|wrCommonAcronym) {
		g.ev |= evNot
	}
	// A document by its number: "SEC Form 17-C", "SRC Rule 17", "PSE
	// Disclosure Form 4-31".
	if nt >= 2 && j < es.t1 && f.toks[j].f&tDigit != 0 {
		switch f.fold(j - 1) {
		case "form", "rule", "rules", "circular", "section", "schedule", "annex", "appendix", "item", "regulation":
			g.ev |= evNot
		}
	}
	// Index names: "Kospi 200", "S&P 500", "Shanghai Composite".
	if nt == 1 && f.has(i, lxIndexNames) || f.has(i, lxIndexNames) && j < es.t1 && f.toks[j].f&tDigit != 0 ||
		nt >= 2 && f.has(j-1, lxIndexHeads) {
		g.ev |= evNot
	}
	if f.personShape(i, j) {
		g.ev |= evPersonShape
	}
	// "the Deputy Minister", "the Chief Executive": a title alone names
	// no one of its own; nor do a company's boards ("Board of
	// Directors", "Executive Board").
	if f.titleOnly(i, j) || f.boardName(i, j) {
		g.ev |= evNot
	}
	// "LME Grade A cathode": a product's grade.
	if nt >= 2 && nt <= 4 && (f.word(j-2, "Grade") || f.word(j-1, "Grade")) && g.ev&evLegal == 0 {
		g.ev |= evNot
	}
	// "Mineral Resources (inclusive of Ore Reserves) of 11.2 Mt": the
	// terms of a resource statement, not the miner of that name.
	if nt == 2 && (f.word(i, "Mineral") || f.word(i, "Ore")) && (f.word(j-1, "Resources") || f.word(j-1, "Resource") || f.word(j-1, "Reserves") || f.word(j-1, "Reserve")) &&
		j+1 < es.t1 && (f.punct(j, '(') && f.toks[j+1].f&tLower != 0 || f.word(j, "of") && f.toks[j+1].f&tDigit != 0 || f.word(j, "estimate") || f.word(j, "estimates")) {
		g.ev |= evNot
		g.drop = true
	}
	// "Dampier Bay LNG       Westgate Petroleum    WA    2.41" under
	// "Project     Operator ...": a project, the first column of a table
	// of assets.
	if g.ev&(evLegal|evTicker|evDir) == 0 && assetColumn(f.d.v.s, first.a, last.b) {
		g.ev |= evNot
		g.drop = true
	}
	if f.definedRoleCaps(i, j) {
		g.ev |= evNot
		g.drop = true
	}
	// Laws, programmes and events: "Inflation Reduction Act". "Survey"
	// and "Report" name bodies after a country: "U.S. Geological Survey".
	if nt >= 2 && f.has(j-1, lxLawWords) && g.ev&evGov == 0 && !f.has(j-1, lxLegalEnd) && !f.investorFund(j-1) {
		g.ev |= evNot
	}
	// "Phase I of the project": a project's stage.
	if nt == 2 && g.ev&(evLegal|evTicker|evDir) == 0 && f.word(i, "Phase") && (f.word(i+1, "I") || f.word(i+1, "II") || f.word(i+1, "III") || f.word(i+1, "IV")) {
		g.ev |= evNot
		g.drop = true
	}
	// "Its H shares", "A shares": a class of shares, no name.
	if nt == 1 && f.toks[i].b-f.toks[i].a == 1 && j < len(f.toks) && (f.word(j, "shares") || f.word(j, "share")) {
		g.ev |= evNot
		g.drop = true
	}
	// "METI's Nonferrous Metals Division", "JOGMEC's Metals Resources
	// Finance Department": a unit of the body whose possessive comes
	// before, no firm or body of its own. (A country's department is a
	// body: "China's Commerce Department".)
	if i > 0 && g.ev&(evLegal|evTicker) == 0 && f.toks[i-1].f&tPoss != 0 && f.toks[i-1].f&tCap != 0 && (f.word(j-1, "Division") || f.word(j-1, "Bureau") || f.word(j-1, "Section") || f.word(j-1, "Department") && !f.countryWord(i-1)) {
		g.ev |= evNot
		g.drop = true
	}
	// "the company's Metals & Minerals Division": so too after the
	// possessive of a word that stands for the firm.
	if i > 0 && g.ev&(evLegal|evTicker) == 0 && f.toks[i-1].f&(tPoss|tLower) == tPoss|tLower && f.has(i-1, lxAnaphoraHeads) && (f.word(j-1, "Division") || f.word(j-1, "Department") || f.word(j-1, "Section")) {
		g.ev |= evNot
		g.drop = true
	}
	// "Acquisition of Shares or Equity Investment Securities of Other
	// Corporations", a disclosure form's title.
	if j+2 < len(f.toks) && g.ev&(evLegal|evTicker) == 0 && f.word(j, "of") && f.word(j+1, "Other") && (f.word(j+2, "Corporations") || f.word(j+2, "Corporation") || f.word(j+2, "Companies")) {
		g.ev |= evNot
	}
	// "Supply Framework Agreement for Anode Materials", "Proposal on
	// Outbound Investment": the matter a document's title names, no firm.
	if i >= 2 && g.ev&(evLegal|evTicker) == 0 && (f.word(i-1, "for") || f.word(i-1, "on")) && f.toks[i-2].f&tCap != 0 &&
		(f.has(i-2, lxLawWords) || f.word(i-2, "Proposal") || f.word(i-2, "Announcement") || f.word(i-2, "Resolution") || f.word(i-2, "Contract") || f.word(i-2, "Notice")) {
		g.ev |= evNot
	}
	// "Foreign Exchange and Foreign Trade Act": the first part of a
	// law's name joined by "and".
	if es := f.sents[g.s]; j+2 < es.t1 && f.word(j, "and") && g.ev&(evLegal|evGov) == 0 {
		for m := j + 1; m < es.t1 && m < j+6 && f.nameTok(m); m++ {
			if f.has(m, lxLawWords) && !f.has(m, lxLegalEnd) && !f.investorFund(m) && !f.word(m, "Fund") && (m+1 >= es.t1 || !f.nameTok(m+1)) {
				g.ev |= evNot
				break
			}
		}
	}
	if nt >= 3 && f.investorFund(j-1) {
		g.ev |= evHead // "Spencer Gulf Resources Fund": an investor
	}
	if f.has(j-1, lxIntlLast) && intlOrgs[string(f.keyBytes(i, j))] {
		g.ev |= evIntl
	}
	// "Corporate Communications Department": a company's own office.
	if nt >= 2 && f.has(j-1, lxGovHeads) && corporateOffice(f.d.v.s[first.a:last.b]) {
		g.ev |= evNot
	}
	// "Listed Company   : X", "Announcement No. : 027": a label that
	// the colon of its column follows names nothing.
	if j < len(f.toks) && f.punct(j, ':') && f.toks[j].a-last.b >= 2 && strings.TrimLeft(f.d.v.s[last.b:f.toks[j].a], " \t") == "" {
		g.ev |= evNot
		g.drop = true
	}
	// "Japanese LNG", "Australian LNG": a country's gas, no firm.
	if nt == 2 && g.cpre == 1 && (f.word(j-1, "LNG") || f.word(j-1, "LPG") || f.word(j-1, "HRC") || f.word(j-1, "NPI") || f.word(j-1, "MHP")) {
		g.j--
		j, last, nt = g.j, &f.toks[g.j-1], 1
		g.kind = entity.KindCountry
	}
	// "TSE Prime Market", "Growth Market": a market's segment, no firm.
	if nt >= 2 && (f.word(j-1, "Market") || f.word(j-1, "Board")) {
		switch f.fold(j - 2) {
		case "prime", "standard", "growth", "main", "ace", "leap", "catalist", "mothers", "jasdaq", "star", "chinext", "gem":
			g.ev |= evNot
		}
	}
	// "General Manager of Corporate Planning", "head of Investor
	// Relations": an office that a title names, not a firm.
	if i >= 2 && f.word(i-1, "of") && f.has(i-2, lxTitleHeads) && officeWords(f.d.v.s[first.a:last.b]) {
		g.ev |= evNot
	}
	// "Mekong Delta", "Hunter Valley": a place, not a firm.
	if nt >= 2 && last.f&tCap != 0 && f.has(j-1, lxGeoLast) && g.ev&evGov == 0 {
		g.ev |= evNot
	}
	// "Japan Iron and Steel Federation", "Korea Mining Association": an
	// association of firms is an organisation, neither a firm nor the state.
	if nt >= 2 && last.f&tCap != 0 && f.has(j-1, lxAssocHeads) && g.ev&evGov == 0 {
		g.ev |= evIntl
	}
	// "Shipbuilders' Association of Japan": the members, then the
	// association, then its country.
	if nt >= 4 && g.ev&evGov == 0 && f.word(j-2, "of") && f.countryWord(j-1) && f.has(j-3, lxAssocHeads) && f.toks[j-4].f&tPoss != 0 {
		g.ev |= evIntl
	}
	// "Chamber of Mines of the Philippines", "Korea Chamber of
	// Commerce": so is a chamber.
	if nt >= 3 && g.ev&evGov == 0 {
		for m := i; m+1 < j; m++ {
			if f.word(m, "Chamber") && f.word(m+1, "of") {
				g.ev |= evIntl
				break
			}
		}
	}

	// The words before it.
	p := start - 1
	if p >= es.t0 {
		pt := &f.toks[p]
		switch {
		case pt.f&tSuffix != 0 && !(j < es.t1 && f.describesNext(j, es.t1)):
			// (Not "state-run Tamil Nadu utility X": the words describe
			// X.)
			g.ev |= evBased
			if c, _, ok := f.countryAt(p, p+1, true); ok && g.country.IsZero() {
				g.country = c
			} else if c, form, ok := f.tokCountry(p); ok && form == entity.CountryCapital && g.country.IsZero() {
				// "Tokyo-listed X", "Seoul-based X": the capital's
				// country is the firm's.
				g.country = c
			}
		case f.word(p, "based") && p-1 >= es.t0 && f.toks[p-1].f&tCap != 0:
			g.ev |= evBased
			if c, _, ok := f.countryAt(p-1, p, true); ok && g.country.IsZero() {
				g.country = c
			}
		case pt.f&tPoss != 0 && pt.f&tWord != 0:
			if c, _, ok := f.countryAt(p, p+1, false); ok {
				g.ev |= evPossCountry
				g.country = c
			} else if pt.f&(tCap|tUpper) != 0 {
				g.ev |= evPossName
			}
			if j < es.t1 && f.has(j, lxPlaceAfter) {
				g.ev |= evAsset
			}
		case f.has(p, lxHonorifics) && pt.f&tCap != 0:
			g.ev |= evPerson
		case f.has(p, lxReportVerbs) && f.toks[p].f&tLower != 0 && (j >= es.t1 || f.toks[j].f&tWord == 0):
			g.ev |= evSaid
		}
		if f.apposBefore(n, p) {
			g.ev |= evAppos
		}
		// "shares of X", "a unit of X", "analysts at X".
		if (f.word(p, "of") || f.word(p, "at") || f.word(p, "in") || f.word(p, "for")) && p-1 >= es.t0 {
			switch {
			case f.has(p-1, lxOfUnits) && !f.word(p, "at") && (!f.word(p, "in") || stakeNouns[f.fold(p-1)]) && !f.describesNext(j, es.t1) &&
				!(j == i+1 && place(f.text(i)) && j < es.t1 && f.toks[j].f&tLower != 0) &&
				!(f.toks[j-1].f&tPoss != 0 && j < es.t1 && f.nameTok(j)):
				// ("a subsidiary of Osaka's X": the name after the
				// possessive is the unit's parent.)
				// ("a stake in Jiangxi lithium refiner": a place that
				// describes the firm after it.)
				// "a unit of X", "a stake in X"; not "older units at X",
				// "a subsidiary in X", where X is a place.
				g.ev |= evAppos
			case f.has(p-1, lxTitleHeads|lxStaffPlurals) && (f.word(p, "at") || f.word(p, "of")) && !(nt == 1 && f.describesNext(j, es.t1)):
				// Not "analyst at Brisbane broker X", where the word
				// says where X is.
				g.ev |= evAtOrg
			case f.word(p, "of") && f.ownedShareBefore(p-1, es.t0) && f.endsClause(j, es.t1) && !(j == i+1 && place(f.text(i))):
				// "owns 20% of X", "holds a fifth of X".
				g.ev |= evAppos
			}
		}
		// "Director (Commercial) Sanjay Kulkarni": a title with its field
		// in brackets.
		// ("Director (commercial) Sridevi Rayapati": in lower case too.)
		if nt >= 2 && nt <= 4 && p-3 >= es.t0 && f.punct(p, ')') && f.punct(p-2, '(') && f.toks[p-1].f&(tCap|tLower) != 0 && f.toks[p-1].f&tWord != 0 &&
			f.has(p-3, lxTitleHeads) && f.toks[p-3].f&tCap != 0 && !f.orgWords(i, j) {
			ts := p - 3
			for ts-1 >= es.t0 && f.has(ts-1, lxTitleMods|lxTitleHeads) && f.toks[ts-1].f&tCap != 0 {
				ts--
			}
			g.ev |= evPerson
			g.kind = entity.KindPerson
			g.title = rng{f.toks[ts].a, f.toks[p].b}
		}
		// "Director in the Ministry of Mines Shri X": a title, the body
		// it is held in and a form of address, before the name.
		// (The name's run may hold the form of address.)
		h := p
		if formOfAddress(f.text(start)) {
			h = start
		}
		if nt >= 2 && nt <= 5 && g.title.b == 0 && h-4 >= es.t0 && formOfAddress(f.text(h)) && !f.orgWords(i, j) {
			if m := f.tokSeg[h-1]; m >= 0 && f.segs[m].j == h && f.segs[m].ev&evGov != 0 {
				b0 := f.segs[m].i
				if b0-3 >= es.t0 && f.word(b0-1, "the") && (f.word(b0-2, "in") || f.word(b0-2, "at") || f.word(b0-2, "of")) && f.has(b0-3, lxTitleHeads) && f.toks[b0-3].f&tCap != 0 {
					ts := b0 - 3
					for ts-1 >= es.t0 && f.has(ts-1, lxTitleMods|lxTitleHeads) && f.toks[ts-1].f&tCap != 0 {
						ts--
					}
					g.ev |= evPerson
					g.kind = entity.KindPerson
					g.title = rng{f.toks[ts].a, f.toks[b0-3].b}
					g.orgTok = b0
				}
			}
		}
		// "Joint secretary in the steel ministry Rakesh Verma": a title
		// and the ministry it is held in, before the name.
		if nt >= 2 && nt <= 4 && g.title.b == 0 && p-3 >= es.t0 && f.toks[p].f&tLower != 0 && (f.word(p, "ministry") || f.word(p, "department")) && !f.orgWords(i, j) {
			q := p - 1
			for q > es.t0 && q > p-5 && f.toks[q].f&tLower != 0 && (f.has(q, lxTitleOfDomains) || f.word(q, "and")) && !f.word(q, "the") {
				q--
			}
			if q < p-1 && f.word(q, "the") && q-2 >= es.t0 && (f.word(q-1, "in") || f.word(q-1, "at")) && f.has(q-2, lxTitleHeads) {
				ts := q - 2
				for ts-1 >= es.t0 && f.has(ts-1, lxTitleMods|lxTitleHeads) {
					ts--
				}
				g.ev |= evPerson
				g.kind = entity.KindPerson
				g.title = rng{f.toks[ts].a, f.toks[q-2].b}
			}
		}
		// "chief executive Amanda Lacaze", "The company's chief executive,
		// Marguerite Falardeau": a title before the name.
		// ("its founder, Jakarta-based PT X": a place before a hyphen
		// names no person.)
		if nt <= 4 && !f.orgWords(i, j) && f.toks[j-1].f&tSuffix == 0 {
			q := p
			// "chief executive Dr. Rogelio Cruz": the honorific stands
			// between the title and the name.
			for q > es.t0 && f.has(q, lxHonorifics) && f.toks[q].f&tCap != 0 {
				q--
			}
			if f.punct(q, ',') {
				q--
			}
			// "SMRA director general X": the head before "general".
			if q-1 >= es.t0 && f.word(q, "general") && f.has(q-1, lxTitleHeads) && f.toks[q-1].f&tLower != 0 {
				if ts := f.lowerTitleStart(es.t0, q-1); ts >= 0 {
					g.ev |= evPerson
					g.kind = entity.KindPerson
					g.title = rng{f.toks[ts].a, f.toks[q].b}
					if ts-1 >= es.t0 && f.toks[ts-1].f&(tPoss|tUpper) != 0 {
						g.orgTok = ts - 1
					} else if ts-1 == es.t0 && f.nameTok(ts-1) && f.toks[ts-1].b-f.toks[ts-1].a >= 4 && !f.written(ts-1, wrLeadStop|wrNotName) {
						// "Nurotauran director general X said": a firm's
						// short name opening the sentence.
						if _, _, isCountry := f.countryAt(ts-1, ts, false); !isCountry {
							g.orgTok = ts - 1
						}
					}
				}
			}
			// "executive director of enforcement X": the function the
			// post is of, after the head, is the title's.
			// (Not "general manager of its Perth office": a name that
			// has a person's shape.)
			te := q
			for w := 1; w <= 2 && q-w-1 >= es.t0 && (f.personShape(i, j) || p < i-1 || q < p); w++ {
				if f.toks[q].f&tLower == 0 || f.toks[q-w+1].f&tLower == 0 || f.has(q, lxTitleHeads) || f.has(q-w+1, lxDeterminers) || f.has(q, lxDeterminers) {
					break
				}
				// ("vice president for fuel procurement X": a field of
				// two words, after "for" too.)
				if !f.word(q-w, "of") && !f.word(q-w, "for") {
					continue
				}
				if h := q - w - 1; f.has(h, lxTitleHeads) && f.toks[h].f&tLower != 0 {
					q = h
					break
				}
			}
			if q >= es.t0 && f.has(q, lxTitleHeads) && f.toks[q].f&tLower != 0 && (!f.has(q, lxTitleNeedsMod) || te > q && f.word(q, "head")) || q >= es.t0 && f.has(q, lxTitleNeedsMod) && q-1 >= es.t0 && f.has(q-1, lxTitleMods) && f.toks[q].f&tLower != 0 {
				if ts := f.lowerTitleStart(es.t0, q); ts >= 0 {
					// "Chairman and managing director X" opening the
					// sentence: the first title, capitalised there.
					if ts-2 >= es.t0 && f.word(ts-1, "and") && f.has(ts-2, lxTitleHeads) && (ts-2 == es.t0 || f.toks[ts-2].f&tLower != 0) {
						ts -= 2
					}
					g.ev |= evPerson
					g.kind = entity.KindPerson
					// "director Tan Sri Azlan Harun": the honorifics
					// are not part of the name.
					g.i = f.skipHonorifics(g.i, g.j)
					g.title = rng{f.toks[ts].a, f.toks[te].b}
					if ts-1 >= es.t0 && f.toks[ts-1].f&tPoss != 0 {
						g.orgTok = ts - 1
					} else if ts-1 >= es.t0 && f.nameTok(ts-1) && (f.toks[ts-1].f&tStart == 0 || f.toks[ts-1].f&tUpper != 0 && f.toks[ts-1].b-f.toks[ts-1].a >= 2 || mixedAcronym(f.text(ts-1)) ||
						// ("Jiangyuan vice-president X said": a firm's
						// short name opening the sentence.)
						ts-1 == es.t0 && f.toks[ts-1].b-f.toks[ts-1].a >= 4 && !f.written(ts-1, wrLeadStop|wrNotName) && f.has(ts, lxTitleHeads|lxTitleMods) ||
						// ('"...," Hanul president X said': so too after a
						// quotation.)
						ts-2 >= es.t0 && f.quoteEndAt(ts-2) && f.toks[ts-1].b-f.toks[ts-1].a >= 3 && !f.written(ts-1, wrLeadStop|wrNotName) && f.has(ts, lxTitleHeads|lxTitleMods)) {
						// ("BoI secretary-general X": an acronym in
						// mixed case.)
						// (An acronym may open the clause: '"...," EMA
						// chief executive X said'.)
						// "Swan River Partners analyst Matt Dinh": the
						// firm's name right before the title; not a
						// country's word ("Australian analyst X").
						if _, _, isCountry := f.countryAt(ts-1, ts, false); !isCountry {
							g.orgTok = ts - 1
						}
					}
				}
			}
		}
	}

	// "a joint venture with Kora Steel Pipe": a venture's partner.
	if nt >= 2 && g.cpre == 0 && i-2 >= es.t0 && f.word(i-1, "with") && (f.word(i-2, "venture") || f.word(i-2, "JV")) && f.toks[i].f&tCap != 0 {
		g.ev |= evJV
	}
	// "signed a memorandum of understanding with Bharat Parmanu Vidyut
	// Nigam": a deal's other party, a firm, whatever its name's words.
	if nt >= 2 && g.cpre == 0 && i-2 >= es.t0 && f.word(i-1, "with") && f.toks[i].f&tCap != 0 && dealNouns[f.fold(i-2)] && !f.personShape(i, j) &&
		// (Not "with Western Australian miner X": a place's word before
		// the firm's trade.)
		!(j < es.t1 && f.toks[j].f&tLower != 0 && apposHeads[f.fold(j)]) {
		g.ev |= evJV
	}
	// "will buy 24,000 tonnes of cathode from Sumbawa Smelter Nusantara
	// under a new offtake agreement": the seller of a deal, a firm.
	if nt >= 2 && g.cpre == 0 && i-1 > es.t0 && f.word(i-1, "from") && f.toks[i].f&tCap != 0 && j+2 < es.t1 && f.word(j, "under") && !f.personShape(i, j) &&
		// (Not "from Western Australia under ...": a place.)
		!places[f.d.v.s[first.a:last.b]] && !compassWords[f.text(i)] && !f.countryWord(i) && !f.countryWord(j-1) && !f.has(j-1, lxGeoLast|lxAssetWords) {
		for m := j + 1; m < es.t1 && m < j+6; m++ {
			if dealNouns[f.fold(m)] {
				g.ev |= evJV
				break
			}
		}
	}
	// "we sell directly to Hanbit Silicone, about 1,000 tonnes a month":
	// the buyer a seller names, a firm.
	if nt >= 2 && g.cpre == 0 && i-2 > es.t0 && f.word(i-1, "to") && f.toks[i].f&tCap != 0 && !f.personShape(i, j) &&
		!places[f.d.v.s[first.a:last.b]] && !compassWords[f.text(i)] && !f.countryWord(i) && !f.countryWord(j-1) && !f.has(j-1, lxGeoLast|lxAssetWords) {
		v := i - 2
		if f.word(v, "directly") && v > es.t0 {
			v--
		}
		// (Not "delivered to Port Klang": a port.)
		port := f.word(i, "Port") || f.word(j-1, "Port") || f.word(j-1, "Harbour") || f.word(j-1, "Harbor") || f.word(j-1, "Terminal")
		switch f.fold(v) {
		case "sell", "sells", "sold", "supply", "supplies", "supplied", "deliver", "delivers", "delivered":
			if !port {
				g.ev |= evJV
			}
		}
	}
	// The words after it.
	// "(3) Title and name of representative: Chief Executive
	// Officer, Tomás Errázuriz Pinto": a field's title, then the
	// name, to the end of the line.
	if g.title.b == 0 && nt >= 2 && nt <= 4 && i-3 >= es.t0 && f.punct(i-1, ',') && (j >= es.t1 || strings.IndexByte(f.d.v.s[last.b:f.toks[j].a], '\n') >= 0) && f.has(i-2, lxTitleHeads) && f.toks[i-2].f&tCap != 0 && !f.orgWords(i, j) {
		s := i - 2
		for s-1 > es.t0 && f.toks[s-1].f&tCap != 0 && f.has(s-1, lxTitleMods|lxTitleHeads) || s-2 > es.t0 && f.word(s-1, "and") && f.has(s-2, lxTitleHeads) {
			if f.word(s-1, "and") {
				s--
			}
			s--
		}
		if f.punct(s-1, ':') && indexLower(f.d.v.s[f.toks[es.t0].a:f.toks[s-1].a], "name") >= 0 {
			g.ev |= evPerson
			g.kind = entity.KindPerson
			g.title = rng{f.toks[s].a, f.toks[i-2].b}
		}
	}
	if j < es.t1 {
		nx := &f.toks[j]
		switch {
		case f.word(j, "joint") && f.word(j+1, "venture"):
			// Not "Recycling joint venture" over a paragraph: a
			// section's heading, what the venture does.
			if nt == 1 && i == es.t0 && strings.HasSuffix(f.d.v.s[first.a:first.b], "ing") {
				break
			}
			g.ev |= evJV
		case nx.f&tLower != 0 && f.has(j, lxCompanyAfter) && !(f.describesNext(j, es.t1) && !f.word(j, "unit") && !f.word(j, "subsidiary")):
			// "Kora unit X" and "Kora subsidiary X" name Kora's company,
			// "Jakarta conglomerate X" only where X is based.
			g.ev |= evAfterNoun
		case (f.word(j, "administration") || f.word(j, "Administration")) && nt == 1:
			g.ev |= evAdmin
		}
		if last.f&tPoss != 0 {
			// "Tsingshan's industrial park", "Anglo American's South
			// African unit".
			q := j
			if _, w, ok := f.countryAt(q, min(q+3, es.t1), true); ok {
				q += w
			}
			// ("Hanseong Energy's cell plant": a word of trade between.)
			if q+1 < es.t1 && f.toks[q].f&tLower != 0 && f.toks[q].f&tWord != 0 && !f.has(q, lxPossCompanyNouns) && f.toks[q+1].f&tLower != 0 && (f.word(q+1, "plant") || f.word(q+1, "plants") || f.word(q+1, "mine") || f.word(q+1, "smelter") || f.word(q+1, "refinery") || f.word(q+1, "factory")) {
				q++
			}
			if q < es.t1 && f.toks[q].f&tLower != 0 && f.has(q, lxPossCompanyNouns) {
				g.ev |= evPossNoun
			}
		}
		if nx.f&tLower != 0 && (f.word(j, "shares") || f.word(j, "stock")) && !f.capitalCity(i, j) {
			g.ev |= evAfterNoun // "Aokawa Kogyo shares closed 1.8% higher"
		}
		// "Compagnie Miniere de Boffa (CMB) will supply": past the
		// acronym the name defines.
		sv := j
		if f.punct(j, '(') && j+3 < es.t1 && f.toks[j+1].f&tUpper != 0 && f.punct(j+2, ')') {
			sv = j + 3
		}
		if last.f&tPoss == 0 && f.subjectVerb(sv, es.t1) && !(p >= es.t0 && f.toks[p].f&tLower != 0 && f.has(p, lxLocatives)) {
			g.ev |= evSubject
		}
		// "Hollis Maddern acted as legal adviser to the Company": a
		// firm of advisers to a deal.
		if last.f&tPoss == 0 && f.actedAsAdviser(j, es.t1) {
			g.ev |= evAppos
		}
		// "X, which also buys Queensland coal, said": the verb after a
		// relative clause.
		if last.f&tPoss == 0 && f.punct(j, ',') && (f.word(j+1, "which") || f.word(j+1, "that")) && !(p >= es.t0 && f.toks[p].f&tLower != 0 && f.has(p, lxLocatives)) {
			for q := j + 2; q < es.t1 && q < j+16; q++ {
				if f.punct(q, ',') {
					if f.subjectVerb(q+1, es.t1) {
						g.ev |= evSubject
					}
					break
				}
			}
		}
		// ("Hanseong Energy's cell plant": the plant's owner.)
		if last.f&tPoss == 0 && f.assetAfter(j, es.t1) {
			g.ev |= evAsset
		} else if last.f&tPoss == 0 && j+2 < es.t1 && f.word(j, "and") && f.nameTok(j+1) && f.toks[j+1].f&tPoss == 0 {
			// "X's Dangjin and Pohang mills": both are the mills.
			q := j + 1
			for q < es.t1 && q < j+4 && f.nameTok(q) {
				q++
			}
			if q < es.t1 && f.toks[q].f&tLower != 0 && f.has(q, lxAssetWords) {
				g.ev |= evAsset
			}
		}
		if f.has(j, lxReportVerbs) && nx.f&tLower != 0 {
			g.ev |= evSaid
		}
		// "in the presence of Joint Secretary, Ministry of Coal, Smt. X;
		// and Chairman-cum-Managing Director, KKNL, Shri Y": an item of
		// a list gives the title, the body or firm, then the name.
		if g.title.b == 0 && nt >= 2 && nt <= 4 && !f.orgWords(i, j) && (j >= es.t1 || f.punct(j, ';') || f.punct(j, '.') || f.punct(j, ',') || f.toks[j].f&tLower != 0) {
			c := i - 1
			if c > es.t0 && f.punct(c, '.') && f.has(c-1, lxHonorifics) {
				c--
			}
			if c > es.t0 && f.has(c, lxHonorifics) {
				c--
			}
			if c-1 >= es.t0 && f.punct(c, ',') {
				if title, orgTok, ok := f.titleCommaOrg(c, es.t0, c < i-1); ok {
					for g.i < g.j-1 && f.has(g.i, lxHonorifics) {
						g.i++
					}
					g.ev |= evPerson
					g.kind = entity.KindPerson
					g.title = title
					g.orgTok = orgTok
					// The words of the title name nothing of their own.
					for m := n - 1; m >= 0 && f.segs[m].s == g.s && f.toks[f.segs[m].i].a >= title.a; m-- {
						if f.toks[f.segs[m].j-1].b <= title.b {
							f.segs[m].ev |= evNot
						}
					}
				}
			}
		}
		// "Amanda Lacaze, chief executive of Lynas Rare Earths", "Eiji
		// Hashimoto, Nippon's representative director".
		// (`Dato' Sri X ("Dato' Sri Kamal"), the Non-Independent
		// Non-Executive Chairman of KCB,`: the short name in brackets
		// first.)
		jc := j
		// ("Kuo Chih-ming (郭志明), deputy director-general of X": the
		// name in Chinese script in brackets.)
		if g.title.b == 0 && f.punct(j, '(') && j+2 < es.t1 && f.punct(j+2, ')') && f.d.v.s[f.toks[j+1].a] >= utf8.RuneSelf && j+3 < es.t1 && f.punct(j+3, ',') {
			jc = j + 3
		}
		if g.title.b == 0 && f.punct(j, '(') && j+1 < es.t1 && f.punct(j+1, '"') {
			for m := j + 2; m < es.t1 && m < j+10; m++ {
				if f.punct(m, ')') {
					if m+1 < es.t1 && f.punct(m+1, ',') {
						jc = m + 1
					}
					break
				}
			}
		}
		// ("Lina Hutapea, S.E., Ak., Corporate Secretary of X": the
		// degrees after the name stand between.)
		if g.title.b == 0 && f.punct(jc, ',') {
			jc = f.pastDegrees(jc, es.t1)
		}
		// (Not "the General Director, the Chief Accountant and ...": a
		// title alone, in a row of posts. Not "in Hanoi, Deputy Minister
		// X chaired": a place, the title the next name's.)
		if g.title.b == 0 && f.punct(jc, ',') && nt <= 4 && !f.orgWords(i, j) && !places[f.d.v.s[first.a:last.b]] && !f.titleOnly(i, j) && !f.afterLocative(g) {
			k := jc + 1
			// "Mr. X, a Thai national and a director of Y": the title
			// after what the person is.
			if f.word(k, "a") && k+4 < es.t1 && f.countryWord(k+1) && (f.word(k+2, "national") || f.word(k+2, "citizen")) && f.word(k+3, "and") {
				k += 4
			}

			if title, orgTok, ok := f.titleAfter(k, es.t1); ok {
				// "Smt. X, Director (Commercial), BCMCL;": the function
				// in brackets is the title's, the firm follows.
				if t := f.tokAt(title.b); orgTok < 0 && t+4 < es.t1 && f.punct(t, '(') && f.toks[t+1].f&tCap != 0 && f.punct(t+2, ')') && f.punct(t+3, ',') && f.nameTok(t+4) {
					title.b = f.toks[t+2].b
					orgTok = t + 4
				}
				// "Contact: X, General Manager, Corporate Communications":
				// the function the title is held in, no firm.
				if t := f.tokAt(title.b); (orgTok == t+1 || orgTok < 0) && f.punct(t, ',') && f.functionAfter(t+1, es.t1) > t+1 {
					r := f.functionAfter(t+1, es.t1)
					title.b = f.toks[r-1].b
					if m := f.tokSeg[t+1]; m >= 0 {
						f.segs[m].ev |= evNot
					}
					orgTok = -1
				}
				// "X, VCRC's Vice President for Marketing,": the function
				// after "for" is the title's.
				if t := f.tokAt(title.b); f.word(t, "for") && f.functionAfter(t+1, es.t1) > t+1 {
					r := f.functionAfter(t+1, es.t1)
					title.b = f.toks[r-1].b
					if m := f.tokSeg[t+1]; m >= 0 {
						f.segs[m].ev |= evNot
					}
				}
				// "Mr. X, Chief Executive Officer, on behalf of Hanbit":
				// the firm signed for.
				if t := f.tokAt(title.b); orgTok < 0 && t+4 < es.t1 && f.punct(t, ',') && f.word(t+1, "on") && f.word(t+2, "behalf") && f.word(t+3, "of") {
					o := t + 4
					if f.word(o, "the") && o+1 < es.t1 {
						o++
					}
					if f.nameTok(o) {
						orgTok = o
					}
				}
				g.ev |= evPerson
				g.kind = entity.KindPerson
				g.title = title
				g.orgTok = orgTok
				// "X, Minister of Industry and New Technologies of
				// Tajikistan,": the field names the ministry the text
				// names elsewhere. (A ministry the text does not name is
				// left out: the title after the name is read as the
				// state's post.)
				if h := f.tokAt(title.b) - 1; (orgTok < 0 || orgTok == h+2) && f.has(h, lxMinisterHeads) && (f.word(h+1, "of") || f.word(h+1, "for")) && !f.word(h+2, "the") {
					// (Not "the Minister of Mines, H.E. A, the Minister of
					// B, H.E. C": a row of officials, each title before
					// its name.)
					p := i - 1
					for p > es.t0 && (f.has(p, lxHonorifics) || f.text(p) == "H.E." || f.punct(p, '.')) {
						p--
					}
					if q := f.ministerField(h+2, es.t1); q > h+2 && !(f.punct(p, ',') && f.ministerIn(max(es.t0, p-6), p)) && strings.Contains(f.d.v.s, "Ministry "+f.d.v.s[f.toks[h+1].a:f.toks[q-1].b]) {
						g.impOf = rng{f.toks[h+1].a, f.toks[q-1].b}
						g.implied = impliedBody(f.d.v.s[g.impOf.a:g.impOf.b], f.fold(h))
						g.impAt = rng{title.a, f.toks[q-1].b}
						g.orgTok = -1
						for m := n + 1; m < len(f.segs) && f.segs[m].s == g.s && f.segs[m].i < q; m++ {
							f.segs[m].ev |= evNot
						}
					}
				}
			}
		}
		// "Rangi Whitcombe - Chief Commercial Officer, Tasman Copper Ltd"
		// in a list of speakers: a name that opens its line, a dash
		// (the view writes every dash as a hyphen), the title and the
		// firm. "(moderator)" may stand between.
		if g.title.b == 0 && nt >= 2 && nt <= 4 && (f.opensLine(i, es.t0) || f.afterFieldLabel(i, es.t0)) && !f.orgWords(i, j) {
			k := j
			if f.punct(k, '(') && k+2 < es.t1 && f.toks[k+1].f&tLower != 0 && f.punct(k+2, ')') {
				k += 3
			}
			if k+1 < es.t1 && f.punct(k, '-') && f.toks[k+1].f&tCap != 0 {
				if title, orgTok, ok := f.titleAfter(k+1, es.t1); ok {
					// "Director, Senior Managing Executive Officer, Fuel
					// & Trading": a field of the firm's after the titles,
					// no firm.
					if orgTok >= 0 && f.fieldWords(orgTok, es.t1) {
						if m := f.tokSeg[orgTok]; m >= 0 {
							f.segs[m].ev |= evNot
						}
						orgTok = -1
					}
					g.ev |= evPerson
					g.kind = entity.KindPerson
					g.title = title
					g.orgTok = orgTok
				} else if o := k + 1; o < es.t1 {
					// "Ken Mori - Tokai Crest Securities - Analyst": the
					// firm, a dash, the title.
					r := o
					for r < es.t1 && r < o+8 && (f.nameTok(r) || f.punct(r, '&') || f.punct(r, '.') || f.punct(r, ',')) {
						r++
					}
					if r > o && r+1 < es.t1 && f.punct(r, '-') && f.toks[r+1].f&tCap != 0 {
						if title, orgTok, ok := f.titleAfter(r+1, es.t1); ok && orgTok < 0 {
							g.ev |= evPerson
							g.kind = entity.KindPerson
							g.title = title
							g.orgTok = o
							if m := f.tokSeg[o]; m >= 0 {
								f.segs[m].ev |= evAtOrg
							}
						}
					}
				}
			}
		}
		// "our Chair, Anne-Marie Hollis, and": the title, a comma, the
		// name, where "our" or "its" says whose.
		if g.title.b == 0 && nt >= 2 && nt <= 4 && i-3 >= es.t0 && f.punct(i-1, ',') && f.has(i-2, lxTitleHeads) && !f.has(i-2, lxTitleNeedsMod) && f.toks[i-2].f&(tCap|tUpper) != 0 &&
			(f.word(i-3, "our") || f.word(i-3, "its")) && (f.punct(j, ',') || j >= es.t1 || f.punct(j, '.')) && !f.orgWords(i, j) {
			g.ev |= evPerson
			g.kind = entity.KindPerson
			g.title = rng{f.toks[i-2].a, f.toks[i-2].b}
			g.orgTok = -1
		}
		// "Its General Director is Nguyen Van Thanh.", "Song Lam's
		// chairman is X.": the post the sentence gives the name after
		// "is", held at the firm "Its" stands for or the possessive names.
		if g.title.b == 0 && nt >= 2 && nt <= 4 && i-3 >= es.t0 && (f.word(i-1, "is") || f.word(i-1, "was")) && f.has(i-2, lxTitleHeads) && !f.has(i-2, lxTitleNeedsMod) &&
			(j >= es.t1 || f.punct(j, '.') || f.punct(j, ',')) && !f.orgWords(i, j) {
			q := i - 2
			for q-1 > es.t0 && f.has(q-1, lxTitleMods|lxTitleHeads) {
				q--
			}
			if f.word(q-1, "Its") && q-1 == es.t0 || f.toks[q-1].f&tPoss != 0 && f.toks[q-1].f&tCap != 0 {
				g.ev |= evPerson
				g.kind = entity.KindPerson
				g.title = rng{f.toks[q].a, f.toks[i-2].b}
				g.orgTok = -1
				if f.toks[q-1].f&tPoss != 0 {
					g.orgTok = q - 1
				}
			}
		}
		// "Graham Nethercott, who founded Wandoo Holdings in 1994 and
		// remains its chairman": the title of the firm the clause names.
		if g.title.b == 0 && nt >= 2 && nt <= 4 && f.punct(j, ',') && f.word(j+1, "who") && !f.orgWords(i, j) {
			if title, orgTok, ok := f.whoRemainsIts(j+2, es.t1); ok {
				g.ev |= evPerson
				g.kind = entity.KindPerson
				g.title = title
				g.orgTok = orgTok
			} else if f.toks[i].f&tCap != 0 && f.toks[j-1].f&tCap != 0 && !(p >= es.t0 && placePrepositions[f.fold(p)]) {
				// "He replaces Bambang Setiadi, who becomes ...": "who"
				// stands for a person.
				g.ev |= evPerson
				if title, ok := f.whoBecomes(j+2, es.t1); ok {
					g.kind = entity.KindPerson
					g.title = title
					g.orgTok = -1
				} else if title, orgTok, ok := f.whoMovesTo(j+2, es.t1); ok {
					g.kind = entity.KindPerson
					g.title = title
					g.orgTok = orgTok
				} else if k := f.whoTakes(j+2, es.t1); k > 0 {
					// "who will become chairman", "who was named
					// president of the group's US unit, Y": a post
					// taken, in lower case.
					if title, orgTok, ok := f.titleAfter(k, es.t1); ok && f.toks[f.tokAt(title.a)].f&tLower != 0 {
						if u := f.unitNamedAfter(f.tokAt(title.b), es.t1); u >= 0 {
							orgTok = u
						}
						g.kind = entity.KindPerson
						g.title = title
						g.orgTok = orgTok
					}
				}
			}
		}
		// "Kim Tae-yoon was appointed Chief Executive Officer of the
		// Company": the title the passive gives.
		if g.title.b == 0 && nt >= 2 && nt <= 4 && !f.orgWords(i, j) && j+2 < es.t1 {
			k := j
			// "X, M.Sc., has been President Director of Y": degrees
			// after the name stand between.
			if f.punct(k, ',') {
				if c := f.pastDegrees(k, es.t1); c > k {
					k = c + 1
				}
			}
			v := k // the verb's first word
			if f.word(k, "was") || f.word(k, "is") || f.word(k, "will") && f.word(k+1, "be") {
				if f.word(k, "will") {
					k++
				}
				k++
			} else if f.word(k, "has") && f.word(k+1, "been") {
				k += 2
			}
			// "X took over as president and CEO of Y", "X became chief
			// executive of Y": the title taken.
			// "X will remain as Chairman of Y until December": the post
			// held at Y.
			if k == v && f.word(k, "will") && f.word(k+1, "remain") && f.word(k+2, "as") {
				if title, orgTok, ok := f.titleAfter(k+3, es.t1); ok && orgTok >= 0 {
					g.ev |= evPerson
					g.kind = entity.KindPerson
					g.title = title
					g.orgTok = orgTok
				}
			} else if k == v && (f.word(v, "has") && f.word(v+1, "taken") || f.word(v, "took") || f.word(v, "takes")) && (f.word(v+1, "charge") && f.word(v+2, "as") || f.word(v+2, "charge") && f.word(v+3, "as")) {
				// "X has taken charge as Joint Secretary in the Ministry
				// of Steel", as Indian news writes a post taken.
				at := v + 3
				if f.word(v, "has") {
					at = v + 4
				}
				if title, orgTok, ok := f.titleAfter(at, es.t1); ok {
					g.ev |= evPerson
					g.kind = entity.KindPerson
					g.title = title
					g.orgTok = orgTok
				}
			} else if k == v && f.word(k, "will") && (f.word(k+1, "retire") && f.word(k+2, "as") || f.word(k+1, "step") && f.word(k+2, "down") && f.word(k+3, "as")) {
				// "X will retire as chairman of Y in June": the post he
				// holds until then.
				at := k + 3
				if f.word(k+1, "step") {
					at = k + 4
				}
				if title, orgTok, ok := f.titleAfter(at, es.t1); ok && orgTok >= 0 {
					g.ev |= evPerson
					g.kind = entity.KindPerson
					g.title = title
					g.orgTok = orgTok
				}
			} else if k == v && (f.word(k, "took") || f.word(k, "takes")) && f.word(k+1, "over") && f.word(k+2, "as") {
				if title, orgTok, ok := f.titleAfter(k+3, es.t1); ok {
					g.ev |= evPerson
					g.kind = entity.KindPerson
					g.title = title
					g.orgTok = orgTok
				}
			} else if k == v && (f.word(k, "became") || f.word(k, "becomes") || f.word(k, "will") && f.word(k+1, "become")) || k == v+2 && f.word(v, "has") && k < es.t1 {
				// "X has been president of Y since 2021", "X will become
				// president of Y on 1 December".
				if k == v {
					k += 1 + b2i(f.word(k, "will"))
				}
				if title, orgTok, ok := f.titleAfter(k, es.t1); ok && orgTok >= 0 {
					g.ev |= evPerson
					g.kind = entity.KindPerson
					g.title = title
					g.orgTok = orgTok
				}
			}
			// "Ms X commenced as Chief Financial Officer on 1 December":
			// a post taken, at the firm the text is about.
			startsAs := k >= v && k+1 < es.t1 && (f.word(k, "commenced") || f.word(k, "started") || f.word(k, "began") || f.word(k, "joined") || f.word(k, "joins") || f.word(k, "continues")) && f.word(k+1, "as")
			// "Dedi Kurniawan remains President Director": the post kept.
			if k == v && k+1 < es.t1 && f.word(k, "remains") && f.toks[k+1].f&tCap != 0 {
				if title, orgTok, ok := f.titleAfter(k+1, es.t1); ok {
					g.ev |= evPerson
					g.kind = entity.KindPerson
					g.title = title
					g.orgTok = orgTok
				}
			}
			if startsAs || k > v && k < es.t1 && (f.word(k, "appointed") || f.word(k, "named") || f.word(k, "promoted") || f.word(k, "elected")) {
				k++
				if f.word(k, "as") || f.word(k, "to") {
					k++
				}
				if title, orgTok, ok := f.titleAfter(k, es.t1); ok {
					g.ev |= evPerson
					g.kind = entity.KindPerson
					g.title = title
					g.orgTok = orgTok
				}
			}
		}
		// "Harith Zulkarnain is head of research at Selat Bank": a
		// writer's note; the title must name where it is held.
		// ("Raman is currently chief operating officer at Y": a person
		// named before, by surname, and a word of time.)
		if g.title.b == 0 && (f.word(j, "is") || f.word(j, "was")) && (nt >= 2 && nt <= 4 || nt == 1 && f.surnameBefore(n)) && !f.orgWords(i, j) {
			k := j + 1
			// ("Faizal was previously plantation director at Y": a post
			// held before.)
			if f.word(k, "currently") || f.word(k, "now") || f.word(k, "also") || f.word(k, "previously") || f.word(k, "formerly") {
				k++
			}
			if title, orgTok, ok := f.titleAfter(k, es.t1); ok && orgTok >= 0 {
				g.ev |= evPerson
				g.kind = entity.KindPerson
				g.title = title
				g.orgTok = orgTok
			}
		}
		// "X, a mining engineer who joined the company in 2011, has been
		// its chief executive officer since 2024": the post at the firm
		// "its" stands for, past an aside.
		if g.title.b == 0 && nt >= 2 && nt <= 4 && !f.orgWords(i, j) {
			k := j
			if f.punct(k, ',') {
				for m := k + 1; m < es.t1 && m < k+16; m++ {
					if f.punct(m, ',') {
						k = m + 1
						break
					}
					if f.punct(m, '.') || f.punct(m, ';') || f.punct(m, '(') {
						break
					}
				}
			}
			switch {
			case k == j && f.punct(k, ','):
			case f.word(k, "is") || f.word(k, "was"):
				k++
			case f.word(k, "has") && f.word(k+1, "been"):
				k += 2
			default:
				k = -1
			}
			// ("Puan X has been group chief executive officer since
			// 2024": so too with no "its", the post's years after it.)
			if its := k > j && f.word(k, "its"); its || k > j {
				from := k
				if its {
					from++
				}
				if title, orgTok, ok := f.titleAfter(from, es.t1); ok && orgTok < 0 && isExecutive(strings.ToLower(f.d.v.s[title.a:title.b])) {
					// (te: the token after the title.)
					if te := f.tokAt(title.b); its || te+1 < es.t1 && f.word(te, "since") && f.toks[te+1].f&tDigit != 0 {
						g.ev |= evPerson
						g.kind = entity.KindPerson
						g.title = title
						g.orgTok = -1
					}
				}
			}
		}
		// "X joined the utility in 1994 and has been managing executive
		// officer since 2025": the post now held at the firm joined.
		if g.title.b == 0 && nt >= 2 && nt <= 4 && !f.orgWords(i, j) && f.word(j, "joined") {
			o := j + 1
			m := o
			if f.word(m, "the") && m+1 < es.t1 && f.toks[m+1].f&tLower != 0 && f.has(m+1, lxAnaphoraHeads) {
				m += 2
			} else {
				for m < es.t1 && m < o+6 && f.nameTok(m) {
					m++
				}
			}
			if m > o && f.word(m, "in") && m+1 < es.t1 && f.toks[m+1].f&tDigit != 0 {
				m += 2
			}
			if m > o && f.word(m, "and") && f.word(m+1, "has") && f.word(m+2, "been") {
				m += 3
				if f.word(m, "its") {
					m++
				}
				// (The post ends the clause, or "since" follows: not "a
				// director of the chamber".)
				title, orgTok, ok := f.titleAfter(m, es.t1)
				after := m
				for after < es.t1 && f.toks[after].a < title.b {
					after++
				}
				if ok && isExecutive(strings.ToLower(f.d.v.s[title.a:title.b])) && (after >= es.t1 || f.word(after, "since") || f.punct(after, ',') || f.punct(after, '.') || f.word(after, "and")) {
					if orgTok < 0 && f.nameTok(o) {
						orgTok = o
					}
					g.ev |= evPerson
					g.kind = entity.KindPerson
					g.title = title
					g.orgTok = orgTok
				}
			}
		}
		// "Julia Hart has joined Meridian Bank as head of ship finance":
		// the post taken at the firm joined.
		if g.title.b == 0 && nt >= 2 && nt <= 4 && !f.orgWords(i, j) {
			k := j
			if f.word(k, "has") || f.word(k, "will") || f.word(k, "is") && f.word(k+1, "to") {
				k += 1 + b2i(f.word(k, "is"))
			}
			if f.word(k, "joined") || f.word(k, "joins") || f.word(k, "join") {
				o := k + 1
				m := o
				for m < es.t1 && m < o+6 && f.nameTok(m) {
					m++
				}
				if m > o && f.word(m, "as") {
					m++
					if (f.word(m, "its") || f.word(m, "the") || f.word(m, "a")) && (f.word(m+1, "new") || f.word(m+1, "next")) {
						m += 2
					}
					if title, orgTok, ok := f.titleAfter(m, es.t1); ok {
						if orgTok < 0 {
							orgTok = o
						}
						g.ev |= evPerson
						g.kind = entity.KindPerson
						g.title = title
						g.orgTok = orgTok
					}
				}
			}
		}
		// "X appointed Sunita Menon as chief financial officer", "named
		// Y its new chief executive": the title the name is given.
		// ("appointed Dr. X as MD & CEO": an honorific between.)
		ap := p
		if ap > es.t0 && f.has(ap, lxHonorifics) {
			ap--
		}
		// "appointed former banker X as non-executive chair": what the
		// person was, between the verb and the name.
		if ap-2 >= es.t0 && f.word(ap-1, "former") && f.toks[ap].f&tLower != 0 && f.has(ap-2, lxAppointVerbs) {
			ap -= 2
		}
		// "appointed X, a professor of naval architecture at Y, as an
		// outside director": the title past an aside wins over the
		// aside's.
		aside := -1
		if g.title.b != 0 && f.punct(j, ',') && ap >= es.t0 && f.toks[ap].f&tLower != 0 && f.has(ap, lxAppointVerbs) {
			for m := j + 2; m < es.t1 && m < j+14; m++ {
				if f.punct(m, ',') {
					if f.word(m+1, "as") {
						aside = m + 1
					}
					break
				}
			}
		}
		if (g.title.b == 0 || aside > 0) && (nt >= 2 || nt == 1 && dottedName(f.text(i))) && nt <= 4 && ap >= es.t0 && f.toks[ap].f&tLower != 0 && f.has(ap, lxAppointVerbs) && !f.orgWords(i, j) {
			k := j
			// "appointed Ir. X, M.Eng. as president director": past the
			// degrees after the name.
			if f.punct(k, ',') {
				if c := f.pastDegrees(k, es.t1); c > k {
					k = c + 1
				} else if n := f.degreeLen(k + 1); n > 0 && f.word(k+1+n, "as") {
					k += 1 + n
				}
			}
			// "appointed X, currently head of procurement, as Deputy
			// General Director": the title past an aside.
			if f.punct(k, ',') {
				// "elected X, 59, head of the steelmaker's works, as
				// co-CEO": past the age to the aside.
				if f.toks[k+1].f&tDigit != 0 && f.punct(k+2, ',') && !f.word(k+3, "as") && !f.word(k+3, "to") {
					k += 2
				}
				for m := k + 2; m < es.t1 && m < k+12; m++ {
					if f.punct(m, ',') {
						// ("promoted X, 54, to chief financial officer".)
						if f.word(m+1, "as") || f.word(m+1, "to") && (f.word(ap, "promoted") || f.word(ap, "promotes")) {
							k = m + 1
						}
						break
					}
				}
			}
			if aside > 0 {
				k = aside
			}
			// "as an outside director".
			if f.word(k, "as") && (f.word(k+1, "an") || f.word(k+1, "a")) {
				k++
			}
			// "promoted X to Executive Director".
			if f.word(k, "as") || f.word(k, "to") && (f.word(ap, "promoted") || f.word(ap, "promotes")) {
				k++
			}
			// "its new chief executive": the title after "new".
			if (f.word(k, "its") || f.word(k, "the") || f.word(k, "a")) && (f.word(k+1, "new") || f.word(k+1, "next") || f.word(k+1, "incoming")) {
				k += 2
			}
			if title, orgTok, ok := f.titleAfter(k, es.t1); ok {
				g.ev |= evPerson
				g.kind = entity.KindPerson
				g.title = title
				// "Japan's Ministry of X appointed Y director of the Z
				// Division", "Namhae Lithium, the venture of A and B,
				// named Y as chief executive": the post is at the body
				// or firm that appoints, when the title names no other.
				if orgTok < 0 || f.toks[orgTok].f&tLower != 0 || f.word(orgTok-1, "the") && f.divisionSoon(orgTok, es.t1) {
					if a := f.appointer(ap, es.t0); a >= 0 {
						orgTok = a
					}
				}
				g.orgTok = orgTok
			}
		}
		// "India's ambassador to China, Arjun Nair,": the title before
		// the name, set off by commas.
		// (Honorifics may run to several words: "YB Datuk Seri X",
		// "Dato' Haji X", "Mr. X".)
		c := i - 1 // the comma before the name, the honorifics aside
		for n := 0; n < 5 && c > es.t0; n++ {
			if f.has(c, lxHonorifics) || f.text(c) == "H.E." || (f.word(c, "Seri") || f.word(c, "Sri") || f.punct(c, '\'') || f.punct(c, '.')) && f.has(c-1, lxHonorifics) {
				c--
				continue
			}
			break
		}
		// (The name may end the sentence: "..., and Mongolia's Minister
		// of Mining, Ganbold Battulga.")
		// ("attended by the Minister of X, Mr. A; the Ambassador of Y,
		// Mr. B; ...": a list of officials parted by semicolons.)
		if g.title.b == 0 && (f.punct(j, ',') || f.punct(j, ';') || j >= es.t1 || f.punct(j, '.') && j+1 >= es.t1) && c-1 >= es.t0 && f.punct(c, ',') && nt <= 4 && !f.orgWords(i, j) && f.toks[j-1].f&tSuffix == 0 {
			if title, orgTok, ok := f.titleBeforeBracketComma(c, es.t0); ok {
				// "Ms Karen Whitfield": the honorific is no part of the name.
				for g.i < g.j-1 && f.has(g.i, lxHonorifics) {
					g.i++
				}
				g.ev |= evPerson
				g.kind = entity.KindPerson
				g.title = title
				g.orgTok = orgTok
				// The words of the title name nothing of their own: "of
				// Mineral and Coal".
				for m := n - 1; m >= 0 && f.segs[m].s == g.s && f.toks[f.segs[m].i].a >= title.a; m-- {
					if f.toks[f.segs[m].j-1].b <= title.b {
						f.segs[m].ev |= evNot
					}
				}
				// "Minister of Mining and Heavy Industry, X": the field
				// names the ministry, which the title implies.
				// ("Secretary of the Department of X, Y": the body named.)
				h := f.tokAt(title.b) - 1
				// ("Australia's Minister for Resources, X": a minister
				// of the country, whose ministry goes by another name.)
				pt := f.tokAt(title.a) - 1
				if orgTok > h+1 && f.has(h, lxMinisterHeads) && f.word(h+1, "for") && pt >= es.t0 && f.toks[pt].f&tPoss != 0 && f.countryWord(pt) {
					g.title.b = f.toks[c-1].b
					g.orgTok = pt
				} else if orgTok > h+1 && f.has(h, lxMinisterHeads) && f.word(h+1, "for") && f.fold(h) == "secretary" && !f.word(h+2, "the") {
					// ("the Cabinet Secretary for Mining, X,": a
					// minister, of no department of that name; the field
					// is the title's.)
					g.title.b = f.toks[c-1].b
					g.orgTok = -1
				} else if orgTok > h+1 && f.has(h, lxMinisterHeads) && (f.word(h+1, "of") || f.word(h+1, "for")) && !f.word(h+2, "the") {
					g.impOf = rng{f.toks[h+1].a, f.toks[c-1].b}
					g.implied = impliedBody(f.d.v.s[g.impOf.a:g.impOf.b], f.fold(h))
					g.impAt = rng{title.a, f.toks[c-1].b}
					g.orgTok = -1
					// The possessive before the title is the country:
					// "Mongolia's Minister of ...".
					if t := f.tokAt(title.a) - 1; t >= es.t0 && f.toks[t].f&tPoss != 0 {
						g.orgTok = t
					}
				}
			}
		}
		// "Budi Santoso Wirawan (President Director)": the title in
		// brackets after the name, as filings list officers.
		if g.title.b == 0 && nt >= 2 && nt <= 4 && f.punct(j, '(') && !f.orgWords(i, j) {
			for m := j + 2; m < es.t1 && m < j+7; m++ {
				if !f.punct(m, ')') {
					continue
				}
				end := m
				// "Park Ji-won (Executive Director, Finance)": the title,
				// then its field of one word.
				if m-2 > j+1 && f.punct(m-2, ',') && f.toks[m-1].f&tCap != 0 && !f.has(m-1, lxLegalEnd) {
					end = m - 2
				}
				if title, orgTok, ok := f.titleAfter(j+1, end); ok && orgTok < 0 && f.toks[end-1].b == title.b {
					g.ev |= evPerson
					g.kind = entity.KindPerson
					g.title = title
					g.orgTok = -1
				}
				break
			}
		}
		// "The joint venture company, V, will invest": V is the venture
		// the text speaks of.
		if (g.head == "" || g.head == "company") && i-2 >= es.t0 && f.punct(i-1, ',') && (f.word(i-2, "company") || f.word(i-2, "venture")) {
			for m := i - 3; m >= es.t0 && m >= i-5; m-- {
				if f.word(m, "venture") || f.word(m, "joint-venture") {
					g.head = "venture"
					break
				}
			}
		}
		// "its joint venture with B (SZSE: 002968), V, would": V, in
		// apposition after the partner, is the venture.
		if g.head == "" && i-3 >= es.t0 && f.punct(i-1, ',') && f.ventureWithBefore(i-2, es.t0) {
			g.head = "venture"
		}
		// "X (2617.HK), a mainland Chinese lithium refiner": past a
		// bracket after the name.
		ac := j
		if f.punct(ac, '(') {
			for m := ac + 1; m < es.t1 && m < ac+8; m++ {
				if f.punct(m, ')') {
					ac = m + 1
					break
				}
			}
		}
		if f.punct(ac, ',') {
			if head, ok := f.apposAfter(ac+1, es.t1); ok {
				g.ev |= evAppos
				g.head = head
			}
		}
	}
	// "Representative Director : Kang Tae-yoon": a cover's field
	// whose label is a title.
	if g.title.b == 0 && nt >= 2 && nt <= 4 && p >= es.t0 && f.punct(p, ':') && !f.orgWords(i, j) {
		ls := p - 1
		for ls > es.t0 && f.toks[ls-1].f&tWord != 0 && strings.IndexByte(f.d.v.s[f.toks[ls-1].b:f.toks[ls].a], '\n') < 0 && ls > p-6 {
			ls--
		}
		// "Legal representative: X": a title that needs a word before it
		// has one.
		if ls < p && f.has(p-1, lxTitleHeads) && (!f.has(p-1, lxTitleNeedsMod) || ls < p-1 && f.word(p-2, "Legal")) && f.toks[ls].f&tCap != 0 {
			g.ev |= evPerson
			g.kind = entity.KindPerson
			g.title = rng{f.toks[ls].a, f.toks[p-1].b}
			g.orgTok = -1
		}
	}
}

// speakerLabel reports a name in capitals that opens a line after a
// time in square brackets and ends with a colon, as transcripts set a
// speaker: "[00:01:33] RAVI MENON: So we shipped".
func (f *entFinder) speakerLabel(g *nseg) bool {
	if !f.punct(g.j, ':') || hasLegalWord(f.d.v.s[f.toks[g.i].a:f.toks[g.j-1].b]) {
		return false
	}
	for k := g.i; k < g.j; k++ {
		if f.toks[k].f&tUpper == 0 {
			return false
		}
	}
	a := f.toks[g.i].a
	ls := strings.LastIndexByte(f.d.v.s[:a], '\n') + 1
	pre := strings.TrimSpace(f.d.v.s[ls:a])
	if len(pre) < 6 || pre[0] != '[' || pre[len(pre)-1] != ']' {
		return false
	}
	for _, c := range pre[1 : len(pre)-1] {
		if c != ':' && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// pastDegrees returns, for a comma at token c after a person's name,
// the comma that ends the academic degrees written after the name
// ("X, S.E., Ak., Corporate Secretary", "Y, Ph.D., Chief Geologist"),
// or c when no degree follows it.
func (f *entFinder) pastDegrees(c, end int) int {
	for c+1 < end {
		n := f.degreeLen(c + 1)
		if n == 0 || c+1+n >= end || !f.punct(c+1+n, ',') {
			break
		}
		c += 1 + n
	}
	return c
}

// degreeLen returns how many tokens from k write an academic degree or
// professional letters after a name ("S.E.", "M.Eng.", "Ph.D.", "Ak.",
// "MBA"), or 0.
func (f *entFinder) degreeLen(k int) int {
	if k >= len(f.toks) || f.toks[k].f&tCap == 0 {
		return 0
	}
	t := f.text(k)
	switch t {
	case "U.S.", "U.K.", "U.N.", "E.U.", "H.E.":
		return 0
	case "Ak", "MBA", "PhD", "CPA", "CFA", "MSc", "BSc", "MEng", "FCA", "ACA":
		if f.punct(k+1, '.') {
			return 2
		}
		return 1
	}
	// "S.E.", "M.M.", "M.Eng.", "Ph.D.", "S.Sos.": two or three parts,
	// each a capital and at most three letters more, each with its dot.
	parts := 0
	for len(t) > 0 {
		d := strings.IndexByte(t, '.')
		if d < 1 || d > 4 || !isUpper(t[0]) {
			return 0
		}
		for q := 1; q < d; q++ {
			if t[q] < 'a' || t[q] > 'z' {
				return 0
			}
		}
		t = t[d+1:]
		parts++
	}
	if parts < 2 || parts > 3 {
		return 0
	}
	return 1
}

// appointVerbs give the person named after them a title: "appointed X
// as chief financial officer". Folded.
var appointVerbs = wordSet("appointed", "appoints", "appoint", "named", "names", "promoted", "promotes", "elected", "elects", "hired", "hires", "tapped", "taps", "designated")

// newsAgencyFilter passes the names of newsAgencies.
var newsAgencyFilter = filterOf(newsAgencies)

// capitalCity reports whether tokens [i, j) are one capital city's name:
// "Tokyo shares" are a market's, not a company's.
func (f *entFinder) capitalCity(i, j int) bool {
	_, form, ok := f.tokCountry(i)
	return ok && j == i+1 && form == entity.CountryCapital
}

// countryPossBefore reports a country's possessive right before token
// i: "Tanzania's Mining Commission".
func (f *entFinder) countryPossBefore(i int) bool {
	if i == 0 || f.toks[i-1].f&tPoss == 0 {
		return false
	}
	_, _, ok := f.countryAt(i-1, i, false)
	return ok
}

// bodyPossBefore reports whether a state body's possessive stands
// before token i: "the Department of Energy's Loan Programs Office",
// "the Treasury's Debt Management Office".
func (f *entFinder) bodyPossBefore(i int) bool {
	if i == 0 || f.toks[i-1].f&tPoss == 0 {
		return false
	}
	for k := i - 1; k >= max(0, i-7); k-- {
		if k < i-1 && f.toks[k].f&tPoss != 0 {
			return false
		}
		if f.has(k, lxGovHeads) && f.toks[k].f&tCap != 0 && !f.has(k, lxGovHeadsNeedQualifier) {
			return true
		}
		if !f.nameTok(k) && !f.word(k, "of") && !f.word(k, "and") && !f.word(k, "the") {
			return false
		}
	}
	return false
}

// investorFund reports a "Fund" at token k that names an investor, as
// the word before it says: "Sahyadri Mutual Fund", "Kora Pension Fund".
func (f *entFinder) investorFund(k int) bool {
	if !f.word(k, "Fund") || k == 0 {
		return false
	}
	// "Straits Harvest Fund owns 8.1%": a fund that holds shares.
	if k+1 < len(f.toks) && f.toks[k+1].f&tLower != 0 && (owningVerbs[f.fold(k+1)] || f.word(k+1, "has") || f.word(k+1, "invested")) {
		return true
	}
	return fundKinds[f.fold(k-1)]
}

// contactLine reads the contact line of a press release, a name and a
// role with no verb: "Tom Ashcroft, Investor Relations Manager", "Aya
// Fujimura, Corporate Communications, Hokushin Magnetics Corporation".
// It returns the role's range and a token of the organisation after it,
// or -1.
func (f *entFinder) contactLine(g *nseg) (rng, int, bool) {
	es := f.sents[g.s]
	nt := g.j - g.i
	if g.i != es.t0 || nt < 2 || nt > 3 || g.j >= es.t1 || !f.punct(g.j, ',') || f.orgWords(g.i, g.j) {
		return rng{}, -1, false
	}
	for k := g.i; k < g.j; k++ {
		if t := f.toks[k]; t.f&tCap == 0 || t.f&tUpper != 0 {
			return rng{}, -1, false
		}
	}
	role := false
	titleEnd, org := -1, -1
	for k := g.j + 1; k < es.t1; k++ {
		t := f.toks[k]
		switch {
		case f.punct(k, ','):
			if titleEnd < 0 {
				titleEnd = k
			}
			if org < 0 && k+1 < es.t1 {
				org = k + 1
			}
			continue
		case f.punct(k, '.') && k == es.t1-1, f.punct(k, '&'):
			continue
		case t.f&tWord != 0 && (t.f&(tCap|tUpper) != 0 || f.word(k, "of") || f.word(k, "and")):
		default:
			return rng{}, -1, false
		}
		if f.has(k, lxTitleHeads) || f.word(k, "Communications") || f.word(k, "Relations") {
			role = true
		}
	}
	if !role {
		return rng{}, -1, false
	}
	if titleEnd < 0 {
		titleEnd = es.t1
		if f.punct(titleEnd-1, '.') {
			titleEnd--
		}
	}
	if titleEnd <= g.j+1 {
		return rng{}, -1, false
	}
	return rng{f.toks[g.j+1].a, f.toks[titleEnd-1].b}, org, true
}

// officeWord are the words of the offices inside a company, in lower
// case.
var officeWord = wordSet("corporate", "planning", "finance", "financial", "accounting", "investor", "public", "relations",
	"human", "communications", "sales", "marketing", "procurement", "purchasing", "legal", "administration", "strategy",
	"general", "affairs", "treasury", "risk", "compliance", "audit", "operations", "sustainability", "business", "development",
	"and", "&", "strategic", "raw", "materials", "supply", "chain", "research", "technology", "engineering", "production")

// officeWords reports a name made only of officeWord, with a word that
// no firm's name ends in: "Corporate Planning", "Finance", "Investor
// Relations".
func officeWords(name string) bool {
	n := 0
	for w := range strings.FieldsSeq(name) {
		var buf [24]byte
		if len(w) > len(buf) || !officeWord[string(lowerInto(buf[:0], w))] {
			return false
		}
		n++
	}
	return n > 0
}

// corporateOfficeWords name the offices inside a company, in lower case.
var corporateOfficeWords = []string{"corporate ", "communications", "investor relations", "public relations", "human resources", "general affairs", "corporate planning", "sustainability"}

// corporateOffice reports a name of an office inside a company:
// "Corporate Communications Department", "Investor Relations Office".
func corporateOffice(name string) bool {
	for _, w := range corporateOfficeWords {
		if indexLower(name, w) >= 0 {
			return true
		}
	}
	return false
}

// reportFigures are the figures of a company's report, which name no
// one: "EBITDA", "EPS".
var reportFigures = map[string]bool{
	"EBITDA": true, "EBIT": true, "EPS": true, "PAT": true, "PBT": true, "ROE": true, "ROCE": true, "ROIC": true,
	"NAV": true, "CAPEX": true, "OPEX": true, "EBITDAR": true, "NPAT": true,
}

// functionAcronyms name a firm's functions, no firm: "IR" in "General
// Manager, IR and Corporate Communications".
var functionAcronyms = map[string]bool{"IR": true, "PR": true, "HR": true, "ESG": true, "R&D": true}

// departmentHeads end the names of a firm's departments, and
// departmentFields are the words of what a department does.
var (
	departmentHeads  = map[string]bool{"Group": true, "Division": true, "Team": true, "Section": true, "Unit": true}
	departmentFields = map[string]bool{"Communications": true, "Relations": true, "Planning": true, "Affairs": true, "Accounting": true,
		"Administration": true, "Legal": true, "Public": true, "Secretariat": true, "Compliance": true, "Procurement": true, "Purchasing": true}
)

// periodLabel reports a label of a reporting period: "FY2026", "FY25",
// "CY2025", "1H26", "2H", "Q3", "4Q25".
func periodLabel(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	rest := ""
	switch {
	case strings.HasPrefix(w, "FY") || strings.HasPrefix(w, "CY"):
		rest = w[2:]
		if rest == "" {
			return false
		}
	case (w[0] == '1' || w[0] == '2') && w[1] == 'H', w[0] >= '1' && w[0] <= '4' && w[1] == 'Q':
		rest = w[2:]
	case (w[0] == 'Q' || w[0] == 'H') && w[1] >= '1' && w[1] <= '4':
		rest = w[2:]
	default:
		return false
	}
	for i := 0; i < len(rest); i++ {
		if !isDigit(rest[i]) {
			return false
		}
	}
	return len(rest) == 0 || len(rest) == 2 || len(rest) == 4
}

// describesNext reports whether the name that ends before token j only
// describes the name after the lower-case noun at j: "Jakarta
// conglomerate PT Sinar", "a unit of Texas refiner Gulfway".
func (f *entFinder) describesNext(j, end int) bool {
	if j+1 < end && f.toks[j].f&tLower != 0 && f.has(j, lxCompanyAfter|lxApposHeads) && f.nameTok(j+1) {
		return true
	}
	// "a stake in Queensland coal producer X": a word of trade between.
	return j+2 < end && f.toks[j].f&tLower != 0 && f.toks[j+1].f&tLower != 0 && f.has(j+1, lxApposHeads) && f.nameTok(j+2)
}

// afterFrontedPhrase reports whether the comma at token c ends a phrase
// that opens the sentence at start and holds no other comma: "Speaking
// after the auction,", "In New Delhi,", "On Monday,".
func (f *entFinder) afterFrontedPhrase(c, start int) bool {
	if !f.punct(c, ',') || c-start < 2 || c-start > 8 {
		return false
	}
	for k := start; k < c; k++ {
		if f.toks[k].f&tWord == 0 {
			return false
		}
	}
	w := f.fold(start)
	switch w {
	case "in", "on", "at", "after", "earlier", "later", "meanwhile", "separately", "addressing", "speaking", "during", "following":
		return true
	}
	return false
}

// titleCommaOrg reads, before the comma at token c that precedes a
// name, an organisation set off by commas and a title in capitals
// before it: "Joint Secretary, Ministry of Coal, [Smt. X]",
// "Chairman-cum-Managing Director, Koyla Khanan Nigam Limited (KKNL),
// [Shri Y]". The title opens the sentence or follows a list's ";", ":"
// or a word in lower case ("in the presence of"); honorific says an
// honorific stands before the name. It returns the
// title's view range and the organisation's first token.
func (f *entFinder) titleCommaOrg(c, start int, honorific bool) (rng, int, bool) {
	o := c - 1
	// "(KKNL)": the acronym after the name.
	if f.punct(o, ')') && o-2 >= start && f.punct(o-2, '(') {
		o -= 3
	}
	if o < start {
		return rng{}, -1, false
	}
	m := f.tokSeg[o]
	if m < 0 || f.segs[m].j != o+1 {
		return rng{}, -1, false
	}
	s0 := f.segs[m].i
	if s0-2 < start || !f.punct(s0-1, ',') {
		return rng{}, -1, false
	}
	te := s0 - 2 // the title's last token
	if !f.has(te, lxTitleHeads) && !f.word(te, "Authority") {
		return rng{}, -1, false
	}
	q := te
	head := false
	for q >= start && q > te-10 && (f.toks[q].f&tCap != 0 || f.word(q, "and") || f.word(q, "of")) {
		if f.has(q, lxTitleHeads) && f.toks[q].f&tCap != 0 {
			head = true
		}
		q--
	}
	ts := q + 1
	for ts < te && (f.word(ts, "and") || f.word(ts, "of")) {
		ts++
	}
	if !head || f.toks[ts].f&tCap == 0 || !f.has(ts, lxTitleHeads|lxTitleMods) && !strings.Contains(f.text(ts), "-") {
		return rng{}, -1, false
	}
	// The list's boundary before the title. A comma too, after the name
	// the item before ends with, where the item's name has an honorific:
	// "Secretary, Ministry of Mines, Shri A, Secretary, Ministry of
	// Steel, Smt. B".
	if q >= start && !f.punct(q, ';') && !f.punct(q, ':') && f.toks[q].f&tLower == 0 && !(honorific && f.punct(q, ',') && q-1 >= start && f.nameTok(q-1)) {
		return rng{}, -1, false
	}
	return rng{f.toks[ts].a, f.toks[te].b}, s0, true
}

// titleBeforeBracketComma is titleBeforeComma for a title that may end
// in a bracketed function before the comma: "Its director (commercial),
// Sunita Rao,".
func (f *entFinder) titleBeforeBracketComma(c, start int) (rng, int, bool) {
	if c-3 >= start && f.punct(c-1, ')') {
		for o := c - 2; o >= start && o >= c-4; o-- {
			if f.punct(o, '(') {
				if title, org, ok := f.titleBeforeComma(o, start); ok {
					title.b = f.toks[c-1].b
					return title, org, true
				}
				break
			}
		}
	}
	return f.titleBeforeComma(c, start)
}

// stateBefore returns the token of "of" when the tokens [of, e) are "of"
// and a state's name, "of Mongolia", "of the People's Republic of
// China", after a field's word; or -1.
func (f *entFinder) stateBefore(e, start int) int {
	for of := e - 2; of > start && of >= e-6; of-- {
		if !f.word(of, "of") {
			continue
		}
		at := of + 1
		if f.word(at, "the") {
			at++
		}
		if at >= e || !f.nameTok(at) || !f.nameTok(of-1) || f.has(of-1, lxGovHeads|lxTitleHeads) {
			return -1
		}
		if _, form, ok := lookupCountryText(f.d.v.s[f.toks[at].a:f.toks[e-1].cut]); ok && form == entity.CountryName {
			return of
		}
	}
	return -1
}

// titleBeforeComma reads a title that ends at the comma at token c,
// with an organisation's possessive before it: "India's ambassador to
// China", "the company's president director". It returns the title's
// view range and the possessive's token, or -1 for "the company's".
func (f *entFinder) titleBeforeComma(c, start int) (rng, int, bool) {
	if title, org, ok := f.titleAtBody(c, start); ok {
		return title, org, true
	}
	e := c
	// "President Director of PT X Tbk (IDX: BTRA), Y,": the firm's code
	// in brackets before the comma.
	if e-3 >= start && f.punct(e-1, ')') {
		for b := e - 2; b > e-10 && b > start; b-- {
			if f.punct(b, '(') {
				e = b
				break
			}
			if f.punct(b, ')') {
				break
			}
		}
	}
	// "its president since 2019, X,": how long the post has been held.
	if e-2 >= start && f.word(e-2, "since") && f.toks[e-1].f&tDigit != 0 {
		e -= 2
	}
	// "ambassador to China": the place a title is for.
	if e-2 >= start && f.word(e-2, "to") && f.toks[e-1].f&tCap != 0 {
		if _, _, ok := f.countryAt(e-1, e, true); ok {
			e -= 2
		}
	}
	// "the Consul-General of China in Kota Bharu, X,": the city of a
	// consul's office.
	for k := 1; k <= 3 && e-k-2 >= start; k++ {
		if f.toks[e-k].f&tCap == 0 {
			break
		}
		if f.word(e-k-1, "in") && (f.word(e-k-3, "Consul-General") || f.word(e-k-3, "Consul") || f.word(e-k-3, "Consul-general")) {
			e -= k + 1
			break
		}
		if f.word(e-k-1, "in") {
			if _, _, ok := f.countryAt(e-k-2, e-k-1, true); ok && e-k-4 >= start && f.word(e-k-3, "of") {
				e -= k + 1
				break
			}
		}
	}
	// "the Minister of Mining and Heavy Industry of Mongolia, X,", "the
	// Assistant Minister of Commerce of the PRC, X,": the state the post
	// serves, after its field.
	if at := f.stateBefore(e, start); at > start {
		e = at
	}
	h := e - 1
	// "the Director of the Department of Mining of the Ministry, X,":
	// the department is the title's body, the ministry the one above it.
	if h-3 >= start && (f.word(h, "Ministry") || f.word(h, "ministry")) && f.word(h-1, "the") && f.word(h-2, "of") && f.nameTok(h-3) {
		if title, org, ok := f.titleBeforeComma(h-2, start); ok {
			return title, org, true
		}
	}
	// "I met the Energy Minister, Dr. X, in Bangkok": a minister's
	// field before the title, "the" before both.
	// ("the Union Steel Minister, X,": a word of the post before its
	// field.)
	if h-2 >= start && f.has(h, lxMinisterHeads) && f.toks[h].f&tCap != 0 && f.nameTok(h-1) && f.toks[h-1].f&tCap != 0 && f.has(h-1, lxTitleOfDomains) {
		b := h - 1
		if b-2 >= start && f.toks[b-1].f&tCap != 0 && f.has(b-1, lxTitleMods) {
			b--
		}
		if f.word(b-1, "the") || f.word(b-1, "The") {
			return rng{f.toks[b].a, f.toks[e-1].b}, -1, true
		}
		// ("India's Union Steel Minister, X,": the state's post.)
		if b-1 >= start && f.toks[b-1].f&tPoss != 0 {
			if _, _, ok := f.countryAt(b-1, b, true); ok {
				return rng{f.toks[b].a, f.toks[e-1].b}, b - 1, true
			}
		}
	}
	if h >= start && !f.has(h, lxTitleHeads) && f.nameTok(h) {
		// "A spokeswoman for Pacific Crest, Vivian Lam,": the title, a
		// preposition and the organisation's name before the comma.
		o := h
		// "Minister of Mining and Heavy Industry, X,": "and" joins the
		// words of a field.
		// "Minister of Investment, Trade and Industry, X,": a comma too.
		// ("The chief executive of Serra do Curral, X,": the "of" of a
		// Portuguese name.)
		for o-1 >= start && o > h-8 && (f.nameTok(o-1) || f.punct(o-1, '&') || (f.word(o-1, "and") || f.punct(o-1, ',') || iberianLink(f.text(o-1))) && o-2 >= start && f.nameTok(o-2) ||
			f.word(o-1, "of") && o-2 >= start && f.has(o-2, lxGovHeads)) {
			o--
		}
		// ("A spokesman for the Directorate General of Customs and
		// Excise, X,": the body's whole name, as read before.)
		if m := f.tokSeg[h]; m >= 0 && f.segs[m].j == h+1 && f.segs[m].i < o && f.segs[m].i >= start && (f.segs[m].kind == entity.KindGovernment || f.segs[m].ev&evGov != 0) {
			o = f.segs[m].i
		}
		// "the Director General of Minerals and Coal of the Ministry of
		// Energy, X,": the title's own field, then the body.
		te := o - 1 // the token after the title
		if te-1 >= start && (f.word(te, "the") || f.word(te, "its")) {
			te--
		}
		if f.word(te, "of") && te-1 >= start && !f.has(te-1, lxTitleHeads) {
			q := te - 1
			for q >= start && q > te-6 && (f.has(q, lxTitleOfDomains) && !f.word(q, "of") && !f.word(q, "the") || f.word(q, "and")) {
				q--
			}
			if q < te-1 && q-1 >= start && f.word(q, "of") && f.word(q-1, "General") {
				s := q - 1
				for s-1 >= start && f.has(s-1, lxTitleMods|lxTitleHeads) {
					s--
				}
				if f.word(o, "the") {
					o++
				}
				return rng{f.toks[s].a, f.toks[te-1].b}, o, true
			}
		}
		// "the ministry's Director General of Mineral and Coal, X,": a
		// title whose field is its own, after the body's possessive.
		if p := o - 1; p-2 >= start && f.word(p, "of") && f.word(p-1, "General") && f.has(p-2, lxTitleHeads) && f.toks[p-2].f&tLower == 0 {
			s := p - 2
			for s-1 >= start && f.toks[s-1].f&tLower == 0 && f.has(s-1, lxTitleMods) {
				s--
			}
			if s-1 >= start && (f.toks[s-1].f&tPoss != 0 || f.word(s-1, "its") || f.word(s-1, "Its")) {
				org := s - 1
				if f.toks[org].f&tCap == 0 && !f.has(org, lxGovAnaphoraHeads) {
					org = -1
				}
				return rng{f.toks[s].a, f.toks[e-1].b}, org, true
			}
		}
		// "Minister of State for Trade and Industry, X,": "of State"
		// is the title's.
		// "the Director-General of the Department of X, Y,": "the"
		// before the body.
		of := o - 1
		// ("the director general of its Trade Remedies Authority, X,":
		// "its".)
		if of-1 >= start && (f.word(of, "the") || f.word(of, "its")) && (f.word(of-1, "of") || f.word(of-1, "at") || f.word(of-1, "in") || f.word(of-1, "for")) {
			of--
		}
		hd := of - 1
		if p := of; p-3 >= start && f.word(p, "for") && f.word(p-1, "State") && f.word(p-2, "of") && f.has(p-3, lxMinisterHeads) {
			hd = p - 3
		}
		// "the Director General of Mineral and Coal at the Ministry of
		// X, Y,": the title's own field before "at" the body.
		if f.word(of, "at") && hd > start && !f.has(hd, lxTitleHeads) {
			q := hd
			for q > start && q > hd-8 && (f.toks[q].f&tCap != 0 && !f.word(q, "of") || f.word(q, "and") || f.punct(q, ',')) {
				q--
			}
			if f.word(q, "of") && q-1 >= start {
				if f.word(q-1, "General") && q-2 >= start && f.has(q-2, lxTitleHeads) {
					hd = q - 2
				} else if f.has(q-1, lxTitleHeads) {
					hd = q - 1
				}
			}
		}
		// ("Joint Secretary in the Ministry of Steel, X,": "in" before
		// a body.)
		// ("the director general of the Trade Remedies Authority, X,":
		// "general" after the head.)
		if hd-1 >= start && (f.word(hd, "general") || f.word(hd, "General")) && f.has(hd-1, lxTitleHeads) {
			hd--
		}
		if p := of; hd >= start && (f.word(p, "for") || f.word(p, "of") || f.word(p, "at") || f.word(p, "in") && f.word(p+1, "the") && f.has(o, lxGovHeads)) && f.has(hd, lxTitleHeads) {
			// "President Director of PT X, Hendra Wijaya,": a title in
			// capitals only where it opens the sentence.
			caps := f.toks[hd].f&tLower == 0
			s := hd
			for s-1 >= start && (f.has(s-1, lxTitleMods) || caps && f.has(s-1, lxTitleHeads)) && (caps || f.toks[s-1].f&tLower != 0) {
				s--
			}
			// "the founder and managing director of Y, X,": two titles
			// joined by "and".
			if s-2 >= start && f.word(s-1, "and") && f.has(s-2, lxTitleHeads) && (f.toks[s-2].f&tLower == 0) == caps {
				s -= 2
				for s-1 >= start && f.has(s-1, lxTitleMods) && (f.toks[s-1].f&tLower == 0) == caps {
					s--
				}
			}
			// ("Research head of PT X, Y,": a field in capitals that
			// opens the sentence, before a head in lower case.)
			if !caps && s-1 == start && f.toks[start].f&tCap != 0 && f.toks[start].f&tWord != 0 && !f.nameTok(start+1) && !f.has(start, lxDeterminers) && !f.word(start, "A") && !f.word(start, "An") && !f.word(start, "The") {
				s = start
			}
			// ("the Union Minister of Mines, Shri X,": "the" before a
			// title in capitals too.)
			// ("in the presence of Minister X and Ambassador of South
			// Korea, Y,": the next of a list of officials.)
			// ("the UAE Minister of Industry and Advanced Technology, Dr
			// X,": the state's name before the title.)
			if caps && (s == start || s-2 >= start && f.countryWord(s-1) && (f.word(s-2, "the") || f.word(s-2, "The")) || f.toks[s-1].f&tPoss != 0 || f.word(s-1, "the") || f.word(s-1, "The") || f.afterFrontedPhrase(s-1, start) || f.word(s-1, "of") && f.word(s-2, "presence") ||
				f.word(s-1, "and") && s-2 >= start && f.nameTok(s-2) && f.tokSeg[s-2] >= 0 && f.segs[f.tokSeg[s-2]].kind == entity.KindPerson) || !caps && (s == start || f.word(s-1, "a") || f.word(s-1, "an") || f.word(s-1, "A") || f.word(s-1, "An") || f.word(s-1, "the") || f.word(s-1, "The")) {
				return rng{f.toks[s].a, f.toks[p-1].b}, o, true
			}
		}
		return rng{}, -1, false
	}
	// "The ministry's director general of minerals and coal, X,": a
	// title with its field in lower case.
	if h >= start && f.toks[h].f&tLower != 0 && f.toks[h].f&tWord != 0 && !f.has(h, lxTitleHeads) {
		q := h
		// ("general manager for non-ferrous raw materials": "for", and
		// a word with a hyphen.)
		for q > start && q > h-7 && (f.toks[q].f&tLower != 0 && f.toks[q].f&tWord != 0 || f.punct(q, '-') && q-1 >= start && f.toks[q-1].f&tLower != 0) && !f.word(q, "of") && !f.word(q, "for") && !f.word(q, "the") {
			q--
		}
		if (f.word(q, "of") || f.word(q, "for")) && q-1 >= start && (f.has(q-1, lxTitleHeads) || f.word(q-1, "general") && q-2 >= start && f.has(q-2, lxTitleHeads)) && f.toks[q-1].f&tLower != 0 {
			s := q - 1
			for s-1 >= start && f.toks[s-1].f&tLower != 0 && f.has(s-1, lxTitleMods|lxTitleHeads) {
				s--
			}
			if p := s - 1; p >= start && (f.toks[p].f&tPoss != 0 || f.word(p, "Its") || f.word(p, "its")) {
				org := p
				if f.toks[p].f&tCap == 0 && !f.has(p, lxGovAnaphoraHeads) {
					org = -1
				}
				return rng{f.toks[s].a, f.toks[e-1].b}, org, true
			}
		}
	}
	if h < start || !f.has(h, lxTitleHeads) {
		return rng{}, -1, false
	}
	// A title in capitals only where it opens the sentence: "Managing
	// Director and CEO, Ms Karen Whitfield, said".
	caps := f.toks[h].f&tLower == 0
	s := h
	for s-1 >= start && (f.has(s-1, lxTitleMods|lxTitleHeads) || f.word(s-1, "and") && s-2 >= start && f.has(s-2, lxTitleHeads)) &&
		(caps || f.toks[s-1].f&tLower != 0) {
		s--
	}
	if s == h && f.has(h, lxTitleNeedsMod) || f.word(s, "and") {
		return rng{}, -1, false
	}
	if caps && s == start {
		return rng{f.toks[s].a, f.toks[e-1].b}, -1, true
	}
	// ... or after a possessive: "The Company's President Director, X,",
	// "Its Chairman, X,".
	if caps && !(s-1 >= start && (f.toks[s-1].f&tPoss != 0 || f.word(s-1, "Its") || f.word(s-1, "its"))) {
		return rng{}, -1, false
	}
	p := s - 1
	if p < start || f.toks[p].f&tPoss == 0 && !f.word(p, "Its") && !f.word(p, "its") {
		return rng{}, -1, false
	}
	org := p
	if f.toks[p].f&tCap == 0 && !f.has(p, lxGovAnaphoraHeads) && (!f.has(p, lxAnaphoraHeads) || f.has(p, lxGenericHeads)) {
		org = -1 // "the company's": the company the text speaks of
	}
	return rng{f.toks[s].a, f.toks[e-1].b}, org, true
}

// titleAtBody reads a title that opens the sentence with its field and
// the body it is held at, before the comma at token c: "Director General
// of Mineral and Coal at the ministry, Tri Wahyuningsih, told". It
// returns the title (with its field) and the token of the body's head
// word ("ministry"), which the anaphora ties to the body named before.
func (f *entFinder) titleAtBody(c, start int) (rng, int, bool) {
	if c-3 < start || !f.word(c-2, "the") || !f.word(c-3, "at") || !f.has(c-1, lxGovAnaphoraHeads) || f.toks[c-1].f&tLower == 0 {
		return rng{}, -1, false
	}
	k := start
	for k < c && f.toks[k].f&tCap != 0 && f.has(k, lxTitleMods|lxTitleHeads) {
		k++
	}
	if k == start || !f.has(k-1, lxTitleHeads) && !f.word(k-1, "General") {
		return rng{}, -1, false
	}
	if !f.word(k, "of") && !f.word(k, "for") {
		return rng{}, -1, false
	}
	// The field: capitalised words and "and", up to "at the".
	m := k + 1
	for m < c-3 && (f.toks[m].f&tCap != 0 || f.word(m, "and") || f.punct(m, ',')) {
		m++
	}
	if m != c-3 || m == k+1 {
		return rng{}, -1, false
	}
	return rng{f.toks[start].a, f.toks[m-1].b}, c - 1, true
}

// ofUnits are nouns after which "of" or "in" is followed by a company:
// "a unit of Taiwan Cement", "shares of Daerim Cathodix".
var ofUnits = wordSet("unit", "subsidiary", "affiliate", "division", "arm", "shares", "stake", "stocks",
	"shareholder", "shareholders", "owner", "parent", "units", "subsidiaries", "affiliates")

// shareWords end a share written before "of": "20%", "41.2 per cent",
// "a fifth". Folded.
var shareWords = wordSet("%", "cent", "percent", "half", "third", "thirds", "quarter", "fifth", "tenth")

// owningVerbs own the share after them. Folded.
var owningVerbs = wordSet("owns", "own", "owned", "holds", "hold", "held", "controls", "control", "acquire", "acquired", "acquires", "buy", "buys", "bought")

// ownedShareBefore reports a share owned that ends at token k: "owns 20%",
// "holds 41.2 per cent", "owns a fifth", with the verb at most four
// tokens before it and at or after token t0.
func (f *entFinder) ownedShareBefore(k, t0 int) bool {
	if k < t0 || !f.punct(k, '%') && !f.has(k, lxShareWords) {
		return false
	}
	for q := k - 1; q >= t0 && q >= k-4; q-- {
		if f.toks[q].f&tLower != 0 && f.has(q, lxOwningVerbs) {
			return true
		}
	}
	return false
}

// clauseWords may follow a name and end the phrase it stands in: "owns
// 20% of X through Y", "of X in 2024". Folded.
var clauseWords = wordSet("and", "in", "for", "from", "through", "via", "to", "since", "after", "which", "that", "at", "on", "with", "by", "last", "this", "earlier", "until", "while", "but")

// endsClause reports whether the name that ends before token j ends its
// phrase there, not a modifier of a noun after it ("Queensland coal
// miner"): j is the end, a mark, or a word of clauseWords.
func (f *entFinder) endsClause(j, end int) bool {
	return j >= end || f.toks[j].f&tWord == 0 || f.toks[j].f&tLower != 0 && f.has(j, lxClauseWords)
}

// stakeNouns are the ofUnits after which "in" is followed by a company:
// "a stake in X", "shares in X".
var stakeNouns = wordSet("stake", "stakes", "shares", "stocks", "shareholder", "shareholders")

// staffPlurals are people at an organisation: "analysts at Fenwick Ridley".
var staffPlurals = wordSet("analysts", "economists", "officials", "executives", "strategists", "researchers",
	"engineers", "spokesmen", "traders", "employees", "workers", "managers", "directors")

// countryAt reads a country word at the start (or the end) of tokens
// [i, j): "Korean", "South Korea", "U.S.", "Hong Kong" (before
// "-based"). It returns the country and the number of tokens. Capitals
// count only where they stand for a government.
func (f *entFinder) countryAt(i, j int, start bool) (entity.Country, int, bool) {
	for w := min(5, j-i); w >= 1; w-- {
		a, b := i, i+w
		if !start {
			a, b = j-w, j
		}
		c, ok, stop := f.countryIn(a, b)
		if stop {
			break
		}
		if ok {
			return c, w, true
		}
	}
	return entity.Country{}, 0, false
}

// countryIn reads a country word written at exactly tokens [a, b), as
// countryAt tries each width. stop reports a region that countryAt must
// not read a country in ("North American", "West Africa").
func (f *entFinder) countryIn(a, b int) (c entity.Country, ok, stop bool) {
	t0, t1 := &f.toks[a], &f.toks[b-1]
	if t0.f&tWord == 0 || t1.f&tWord == 0 {
		return entity.Country{}, false, false
	}
	var form entity.CountryForm
	if b-a == 1 {
		c, form, ok = f.tokCountry(a)
	} else {
		c, form, ok = lookupCountryText(f.d.v.s[t0.a:t1.cut])
	}
	if !ok {
		return entity.Country{}, false, false
	}
	if b-a < 3 && regionDemonyms[f.d.v.s[f.toks[max(a-1, 0)].a:t1.cut]] && a-1 >= 0 && f.toks[a-1].f&tCap != 0 {
		return entity.Country{}, false, true
	}
	if form == entity.CountryCapital && !f.capitalAsGovernment(a, b) {
		return entity.Country{}, false, false
	}
	// "the British Columbia miner", "the Indian Ocean": a place whose
	// name opens with a country's word.
	if b < len(f.toks) && f.toks[b].f&tCap != 0 && placesAfterCountryWord[f.d.v.s[t0.a:f.toks[b].b]] {
		return entity.Country{}, false, true
	}
	return c, true, false
}

// placesAfterCountryWord are places whose names open with a country's
// word and are no country of their own.
var placesAfterCountryWord = map[string]bool{
	"British Columbia": true, "Indian Ocean": true, "South China Sea": true, "East China Sea": true, "China Sea": true,
	"Arabian Sea": true, "Persian Gulf": true,
	// Vietnamese provinces and districts: "Lao Cai", "Thai Binh".
	"Lao Cai": true, "Thai Binh": true, "Thai Nguyen": true, "Thai Thuy": true, "Lao Bao": true,
}

// tokCountry returns what lookupCountryText returns for the name part
// of token k, looking it up on first use.
func (f *entFinder) tokCountry(k int) (entity.Country, entity.CountryForm, bool) {
	t := &f.toks[k]
	if t.f&tCountryRead == 0 {
		c, form, ok := lookupCountryText(f.d.v.s[t.a:t.cut])
		t.country, t.form = c, form
		t.f |= tCountryRead
		if ok {
			t.f |= tCountry
		}
	}
	return t.country, t.form, t.f&tCountry != 0
}

// lookupCountryText is LookupCountry, also for hyphenated forms
// ("South-Korean").
func lookupCountryText(text string) (entity.Country, entity.CountryForm, bool) {
	if c, form, ok := entity.LookupCountry(text); ok {
		return c, form, true
	}
	if strings.IndexByte(text, '-') > 0 {
		// As strings.ReplaceAll(text, "-", " "), in a buffer.
		var buf [64]byte
		if len(text) > len(buf) {
			return entity.LookupCountry(strings.ReplaceAll(text, "-", " "))
		}
		b := append(buf[:0], text...)
		for i, c := range b {
			if c == '-' {
				b[i] = ' '
			}
		}
		return entity.LookupCountry(string(b))
	}
	return entity.Country{}, 0, false
}

// capitalAsGovernment reports whether the capital written at tokens
// [a, b) stands for its government, as in "as Seoul pursues", and not
// for the city: "in Seoul", "London-listed".
func (f *entFinder) capitalAsGovernment(a, b int) bool {
	if f.toks[b-1].f&tSuffix != 0 {
		return false
	}
	if a > 0 && f.toks[a-1].f&tLower != 0 && f.has(a-1, lxLocatives) {
		return false
	}
	// "the London nickel price", "Tokyo shares": a market.
	if b < len(f.toks) && f.toks[b].f&tLower != 0 && marketWords[f.fold(b)] {
		return false
	}
	// "London Metal Exchange", "Tokyo Commodity Exchange": the first
	// word of a longer name.
	if b+1 < len(f.toks) && f.nameTok(b) && f.nameTok(b+1) && marketNames[f.fold(b+1)] {
		return false
	}
	return true
}

// govName reports whether tokens [i, j) name a state body: a government
// head ("Ministry", "Survey") with what it needs around it.
func (f *entFinder) govName(i, j int) bool {
	if f.has(j-1, lxStateLast) && stateBodies[string(f.keyBytes(i, j))] {
		return true
	}
	if j-i < 2 {
		return false
	}
	// The head is the last word, or the word before an "of" phrase.
	h := j - 1
	for k := i + 1; k < j; k++ {
		if f.word(k, "of") || f.word(k, "for") || f.word(k, "on") {
			h = k - 1
			break
		}
	}
	if f.has(j-1, lxLegalEnd) || f.has(j-1, lxCompanyHeads) && h == j-1 {
		return false
	}
	// Central banks named "Bank" and the country: "Bank Indonesia".
	if j-i == 2 && f.word(i, "Bank") {
		c, w, ok := f.countryAt(i+1, j, true)
		return ok && w == 1 && c.Code() != "US" && c.Code() != "CN" && f.toks[i+1].f&tPoss == 0
	}
	// Central banks: "Bank of Korea", "Reserve Bank of Australia",
	// "People's Bank of China".
	if f.word(h, "Bank") {
		if h > i && (f.word(h-1, "Central") || f.word(h-1, "Reserve") || f.word(h-1, "People") || f.word(h-1, "National")) {
			return true
		}
		if h == i && h+2 < j && f.word(h+1, "of") {
			c, _, ok := f.countryAt(h+2, j, true)
			return ok && c.Code() != "US" && c.Code() != "CN"
		}
		return false
	}
	// "Directorate General of Trade Remedies".
	if h > i && f.word(h, "General") && f.has(h-1, lxGovHeads) {
		h--
	}
	if !f.has(h, lxGovHeads) || f.toks[h].f&tCap == 0 {
		return false
	}
	// "its Board of Directors", "the Board of Commissioners": the organs
	// of a company.
	if f.word(h, "Board") && h+2 < j && f.word(h+1, "of") && companyOrgans[f.fold(h+2)] {
		return false
	}
	if f.has(h, lxGovHeadsNeedQualifier) {
		_, _, country := f.countryAt(i, j, true)
		return country || h < j-1 || f.has(i, lxGovStart) || f.theBody(i, h) || f.countryPossBefore(i) || f.bodyPossBefore(i) || f.localBody(i, h)
	}
	return true
}

// localBodyWords, right before a head, make a name a local state body:
// "Quang Ngai Provincial People's Committee", "Shanghai Municipal
// Government", "Osaka Prefectural Government".
var localBodyWords = wordSet("provincial", "municipal", "prefectural", "people's", "people", "regional", "district", "city", "county", "regency", "state")

// localBody reports whether a word of localBodyWords stands in the name
// [i, h) before its head h.
func (f *entFinder) localBody(i, h int) bool {
	for k := max(i, h-3); k < h; k++ {
		if f.toks[k].f&tCap != 0 && localBodyWords[f.fold(k)] {
			return true
		}
	}
	return false
}

// companyOrgans are the words of "Board of Directors" and the like.
// Folded.
var companyOrgans = wordSet("directors", "commissioners", "trustees", "management", "supervisors")

// boardOrgans are words of the boards a company has: "the Audit and
// Risk Management Board". Folded.
var boardOrgans = wordSet("executive", "management", "supervisory", "advisory", "audit", "risk", "directors", "commissioners")

// theBody reports a Title Case name after "the" that ends in
// "Authority", "Agency", "Office" or, four words long, "Board", head at
// h: "the Trade Remedies Authority", "the General Statistics Office".
func (f *entFinder) theBody(i, h int) bool {
	// ("PNG's Mineral Resources Authority": a country's own.)
	if !f.word(i-1, "the") && !f.word(i-1, "The") && !f.bodysOwn(i-1) && !f.countryPossBefore(i) {
		return false
	}
	min := 2
	switch f.fold(h) {
	case "authority", "agency", "bureau", "commission":
	case "office":
		min = 3 // not "the Head Office"
	case "board":
		min = 4 // "the Foreign Investment Review Board"; not "the Executive Board"
	default:
		return false
	}
	if h+1-i < min {
		return false
	}
	board := f.fold(h) == "board"
	for k := i; k < h; k++ {
		// ("the Environmental Management Bureau": a board's organ word
		// in the name of a bureau.)
		if f.toks[k].f&tCap == 0 && !(k > i && f.word(k, "and")) || f.has(k, lxLegalEnd) || board && boardOrgans[f.fold(k)] {
			return false
		}
	}
	return true
}

// bodysOwn reports a possessive at token p that a state body owns: "the
// ministry's Trade Remedies Authority", or "its" after the body's name in
// the sentence or the one before ("the Ministry of Industry and Trade extended duties after
// an investigation by its Trade Remedies Authority").
func (f *entFinder) bodysOwn(p int) bool {
	if p < 0 {
		return false
	}
	if f.toks[p].f&tPoss != 0 {
		// ("the Australian government's Critical Minerals Office".)
		return f.toks[p].f&tLower != 0 && (f.has(p, lxGovAnaphoraHeads) || f.fold(p) == "government" || f.fold(p) == "government's")
	}
	if !f.word(p, "its") {
		return false
	}
	// (Or in the sentence before: "The Ministry of Industry and Trade
	// has been helpful. The director general of its Trade Remedies
	// Authority, X, met Y.")
	stops := 0
	for k := p - 1; k >= max(0, p-60); k-- {
		if f.punct(k, '.') {
			if stops++; stops > 1 {
				break
			}
		}
		if f.has(k, lxGovHeads) && f.toks[k].f&tCap != 0 && !f.has(k, lxGovHeadsNeedQualifier) {
			return true
		}
	}
	return false
}

// personShape reports whether tokens [i, j) look like a person's name
// on their own: a Korean given name with its hyphen ("Lee Sang-ho", "Ha
// In-Hwan"), or a common given name and a family name ("Laura Miller").
func (f *entFinder) personShape(i, j int) bool {
	n := j - i
	// "Nasser bin Hamad Al Khalifa": a name that says whose son or
	// daughter the person is.
	for k := i + 1; k < j-1 && n <= 7; k++ {
		if sonOf(f.d.v.s[f.toks[k].a:f.toks[k].b]) && !f.orgWords(i, j) {
			return true
		}
	}
	// "B.Tsogtgerel": a Mongolian name of one word.
	if n == 1 && dottedName(f.text(i)) {
		return true
	}
	if n < 2 || n > 4 {
		return false
	}
	// "TAKEBAYASHI Shunsuke": a Japanese family name in capitals before
	// the given name, as Japanese firms write their officers' names.
	if n == 2 && f.japaneseName(i) {
		return true
	}
	// "CHEN Wei-ming", "LIN Mei-hua": a Chinese family name in capitals
	// before the given name, as Taiwanese and Hong Kong filings write
	// it.
	if n == 2 && f.chineseCapsName(i) {
		return true
	}
	// "P.R. Swain", "H.C. Bisht": initials run together, as Indian
	// names are written, then the family name. (Not "U.S. Steel", nor
	// "S.A." or "N.V.", a legal form.)
	if n == 2 && dottedInitials(f.text(i)) && !f.has(i, lxLegalEnd|lxLegalStart) {
		if _, _, ok := entity.LookupCountry(f.text(i)); !ok {
			t := &f.toks[i+1]
			if t.f&tCap != 0 && t.f&tUpper == 0 && t.f&tPoss == 0 && !f.has(i+1, lxCompanyHeads|lxLegalEnd|lxGovHeads) {
				return true
			}
		}
	}
	for k := i; k < j; k++ {
		t := &f.toks[k]
		if t.f&tCap == 0 || t.f&tUpper != 0 || t.f&tPoss != 0 && k < j-1 {
			return false
		}
		if f.has(k, lxCompanyHeads|lxLegalEnd|lxGovHeads) {
			return false
		}
	}
	if n <= 3 && f.written(i, wrFamilyName) && (koreanGiven(f.name(i+1)) || givenNames[f.name(i+1)] && n == 2) {
		return true
	}
	// Vietnamese: a family name and two short names, "Nguyen Hoang Long".
	// ("Nguyen Thi Lan Huong": two middle names.)
	if (n == 3 || n == 4) && f.written(i, wrVietFamily) && f.toks[i+1].b-f.toks[i+1].a <= 5 && f.toks[i+2].b-f.toks[i+2].a <= 5 && f.toks[j-1].b-f.toks[j-1].a <= 5 {
		return true
	}
	if n == 2 && koreanGiven(f.name(i)) && familyNames[f.name(i+1)] {
		return true
	}
	// Chinese as Malaysia and Singapore write it: a family name and two
	// short names, "Lim Boon Keng", "Ooi Mei Ling".
	// ("Ha Long Bay", "Nam Xe North": places.)
	if n == 3 && f.written(i, wrFamilyName) && f.toks[i+1].b-f.toks[i+1].a <= 5 && f.toks[i+2].b-f.toks[i+2].a <= 5 && f.toks[i+1].f&tPoss == 0 && !placeEnds[f.name(i+2)] {
		return true
	}
	// Chinese: a family name and a given name of one or two syllables
	// of pinyin, "Li Xiaoman", "He Wenjing".
	if n == 2 && f.written(i, wrFamilyName) && pinyinSyllable(strings.ToLower(f.name(i))) && pinyinGiven(f.name(i+1)) {
		return true
	}
	// ("Marie-Claire Ndong Essono", "Jean-Paul Nzamba": two given
	// names joined by a hyphen.)
	return (f.written(i, wrGivenName) || hyphenGiven(f.text(i))) && n <= 3
}

// placeEnds end the names of places, not people: "Ha Long Bay", "Nam
// Xe North". As written.
var placeEnds = wordSet("North", "South", "East", "West", "Bay", "Port", "City", "Town", "Lake", "Hill", "Hills", "Park", "Zone", "Area", "Pass", "Gate", "Island", "Road", "Coast")

// dottedInitials reports whether w is two or three initials, each with
// its dot: "P.R.", "M.S.K.".
func dottedInitials(w string) bool {
	if len(w) != 4 && len(w) != 6 {
		return false
	}
	for k := 0; k < len(w); k += 2 {
		if !isUpper(w[k]) || w[k+1] != '.' {
			return false
		}
	}
	return true
}

// hyphenGiven reports a given name of two given names joined by a
// hyphen: "Marie-Claire", "Jean-Paul".
func hyphenGiven(w string) bool {
	h := strings.IndexByte(w, '-')
	return h > 0 && givenNames[w[:h]] && givenNames[w[h+1:]]
}

// pinyinInitials and pinyinFinals make the syllables of pinyin written
// without tones.
var (
	pinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""}
	pinyinFinals   = wordSet("a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "i", "ia", "ie",
		"iao", "iu", "ian", "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue", "v")
)

// pinyinGiven reports whether w, capitalised, is a Chinese given name of
// one or two syllables of pinyin: "Wenjing", "Xiaoman", "Wei".
func pinyinGiven(w string) bool {
	// Two letters ("Da", "An") are as often a word of a place's name.
	if len(w) < 3 || len(w) > 12 || !isUpper(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !isLower(w[i]) {
			return false
		}
	}
	low := strings.ToLower(w)
	// Try the first syllable at each length, and the rest as one.
	for k := 1; k <= len(low) && k <= 6; k++ {
		if pinyinSyllable(low[:k]) && (k == len(low) || pinyinSyllable(low[k:])) {
			return true
		}
	}
	return false
}

// pinyinSyllable reports whether s is one syllable of pinyin.
func pinyinSyllable(s string) bool {
	for _, in := range pinyinInitials {
		if strings.HasPrefix(s, in) && len(s) > len(in) && pinyinFinals[s[len(in):]] {
			return true
		}
	}
	return false
}

// koreanGiven reports the shape of a romanised Korean given name: two
// syllables joined by a hyphen, "Bon-kyu", "In-Hwan", "Seung-jae".
func koreanGiven(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 1 || h > 5 || len(w)-h-1 < 2 || len(w)-h-1 > 5 || strings.Count(w, "-") != 1 {
		return false
	}
	if !isUpper(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if i != h && !isLetter(w[i]) {
			return false
		}
	}
	return true
}

// apposBefore reports an apposition head right before the segment, at
// token p: "local refiner Hung Thinh Mineral", "Japan's largest
// steelmaker, Nippon". It also reads the country of a demonym before the
// head ("Korean cable manufacturer").
func (f *entFinder) apposBefore(n, p int) bool {
	g := &f.segs[n]
	es := f.sents[g.s]
	if f.punct(p, ',') {
		// "51 percent of the venture, Morowali Nikel 30 percent and
		// ...": a list of shares, not an apposition.
		// ("55% of the venture, B the remaining 45%".)
		if g.j < es.t1 && (f.toks[g.j].f&tDigit != 0 || f.word(g.j, "the") && (f.word(g.j+1, "remaining") || f.word(g.j+1, "rest") || f.word(g.j+1, "balance"))) {
			return false
		}
		p--
	}
	if p < es.t0 || f.toks[p].f&tLower == 0 {
		return false
	}
	// "The venture, to be called X", "a new company named X": the
	// head stands before the verb that names it.
	if (f.word(p, "called") || f.word(p, "named") || f.word(p, "dubbed")) && p-1 >= es.t0 {
		q := p - 1
		if q-1 >= es.t0 && f.word(q, "be") && f.word(q-1, "to") {
			q -= 2
		} else if f.word(p, "named") {
			// "The company named X as its chief": a person.
			return false
		}
		if f.punct(q, ',') {
			q--
		}
		if q < es.t0 || f.toks[q].f&tLower == 0 || !f.has(q, lxApposHeads) {
			return false
		}
		p = q
	} else if !f.has(p, lxApposHeads|lxApposHeadsPlural) && !makerWord(f.text(p)) && !f.holdingHead(p, es.t0) {
		return false
	}
	g.head = foldWord(f.text(p))
	// "a new joint venture company, Oita Lithium Materials Co., Ltd.":
	// the venture.
	if g.head == "company" && p-1 >= es.t0 && (f.word(p-1, "venture") || f.word(p-1, "joint-venture") || f.word(p-1, "JV")) {
		g.head = "venture"
	}
	// A title is not an apposition head: "partner" in "managing partner".
	if f.has(p-1, lxTitleMods) && f.has(p, lxTitleHeads) {
		return false
	}
	for q := p - 1; q >= es.t0 && q >= p-4; q-- {
		t := &f.toks[q]
		if t.f&tWord == 0 {
			break
		}
		if t.f&tLower == 0 {
			if c, _, ok := f.countryAt(q, q+1, false); ok && g.country.IsZero() {
				g.country = c
			}
			break
		}
	}
	return true
}

// foundVerbs, after "who", name the firm whose title "its" then gives:
// "who founded X in 1994 and remains its chairman".
var foundVerbs = wordSet("founded", "co-founded", "started", "runs", "leads", "owns", "controls", "built", "set", "joined")

// whoRemainsIts reads a relative clause from token k, after "who": a verb
// of founding or running and the firm it names, then "is", "remains",
// "became" or "serves as", "its" and a title in lower case. It returns
// the title and the firm's first token.
func (f *entFinder) whoRemainsIts(k, end int) (rng, int, bool) {
	if k >= end || f.toks[k].f&tLower == 0 || !f.has(k, lxFoundVerbs) {
		return rng{}, -1, false
	}
	org := k + 1
	if f.word(k, "set") && f.word(org, "up") {
		org++
	}
	if org >= end || !f.nameTok(org) {
		return rng{}, -1, false
	}
	for q := org + 1; q < end && q < org+16; q++ {
		if f.toks[q].f&tWord == 0 {
			return rng{}, -1, false
		}
		if !f.word(q, "its") {
			continue
		}
		if !(f.word(q-1, "is") || f.word(q-1, "remains") || f.word(q-1, "became") || f.word(q-1, "was") || f.word(q-2, "serves") && f.word(q-1, "as")) {
			return rng{}, -1, false
		}
		e := q + 1
		for e < end && f.toks[e].f&tLower != 0 && f.has(e, lxTitleMods|lxTitleHeads) {
			e++
		}
		if e == q+1 || !f.has(e-1, lxTitleHeads) {
			return rng{}, -1, false
		}
		return rng{f.toks[q+1].a, f.toks[e-1].b}, org, true
	}
	return rng{}, -1, false
}

// whoBecomes reads the title a relative clause from token k, after
// "who", gives in capitals: "who becomes President Commissioner", "who
// will become Chairman".
func (f *entFinder) whoBecomes(k, end int) (rng, bool) {
	switch {
	case k < end && (f.word(k, "becomes") || f.word(k, "became")):
		k++
	case k+1 < end && f.word(k, "will") && f.word(k+1, "become"):
		k += 2
	case k+3 < end && f.word(k, "will") && (f.word(k+1, "step") && f.word(k+2, "down") || f.word(k+1, "remain") || f.word(k+1, "retire")) && f.word(k+2+boolInt(f.word(k+1, "step")), "as"):
		// "who will step down as Managing Director on 30 June": the
		// post held until then. (Not "stepped down as CEO": a post
		// held no longer.)
		k += 3 + boolInt(f.word(k+1, "step"))
	default:
		return rng{}, false
	}
	e := k
	for e < end && e < k+5 && f.toks[e].f&tCap != 0 && f.has(e, lxTitleMods|lxTitleHeads) {
		e++
	}
	if e == k || !f.has(e-1, lxTitleHeads) {
		return rng{}, false
	}
	return rng{f.toks[k].a, f.toks[e-1].b}, true
}

// whoMovesTo reads, from token k after "who", a post taken at another
// body or firm: "who moves to the Ministry of Economy and Finance as a
// deputy minister", "who joins Y as chief financial officer". It returns
// the title and the first token of the organisation's name.
func (f *entFinder) whoMovesTo(k, end int) (rng, int, bool) {
	if f.word(k, "will") {
		k++
	}
	switch {
	case k+1 < end && (f.word(k, "moves") || f.word(k, "moved") || f.word(k, "move")) && f.word(k+1, "to"):
		k += 2
	case k < end && (f.word(k, "joins") || f.word(k, "joined") || f.word(k, "join")):
		k++
	default:
		return rng{}, -1, false
	}
	if f.word(k, "the") {
		k++
	}
	if k >= end || !f.nameTok(k) {
		return rng{}, -1, false
	}
	o := k
	for k < end && k < o+10 && !f.word(k, "as") && (f.nameTok(k) || f.word(k, "of") || f.word(k, "and") || f.punct(k, '&') || f.punct(k, ',')) {
		k++
	}
	if !f.word(k, "as") {
		return rng{}, -1, false
	}
	k++
	if f.word(k, "a") || f.word(k, "an") {
		k++
	}
	e := k
	for e < end && e < k+5 && f.has(e, lxTitleMods|lxTitleHeads) {
		e++
	}
	if e == k || !f.has(e-1, lxTitleHeads) {
		return rng{}, -1, false
	}
	return rng{f.toks[k].a, f.toks[e-1].b}, o, true
}

// whoTakes reads, from token k after "who", the words before a post
// taken: "will become", "became", "becomes", "was named", "was
// appointed", "has been appointed". It returns the title's first token,
// or -1.
func (f *entFinder) whoTakes(k, end int) int {
	switch {
	case k < end && (f.word(k, "becomes") || f.word(k, "became")):
		k++
	case k+1 < end && f.word(k, "will") && f.word(k+1, "become"):
		k += 2
	case k+1 < end && f.word(k, "was") && (f.word(k+1, "named") || f.word(k+1, "appointed") || f.word(k+1, "promoted")):
		k += 2
	case k+2 < end && f.word(k, "has") && f.word(k+1, "been") && (f.word(k+2, "named") || f.word(k+2, "appointed") || f.word(k+2, "promoted")):
		k += 3
	default:
		return -1
	}
	if f.word(k, "as") || f.word(k, "to") {
		k++
	}
	if k >= end {
		return -1
	}
	return k
}

// unitNamedAfter reads, from token k after a title, "of the group's US
// unit, Y" or "of its subsidiary, Y": the unit, named after the comma.
// It returns Y's first token, or -1.
func (f *entFinder) unitNamedAfter(k, end int) int {
	if !f.word(k, "of") {
		return -1
	}
	for q := k + 1; q+2 < end && q < k+7; q++ {
		if f.toks[q].f&tWord == 0 {
			return -1
		}
		if (f.word(q, "unit") || f.word(q, "subsidiary") || f.word(q, "arm") || f.word(q, "affiliate")) && f.punct(q+1, ',') && f.nameTok(q+2) {
			return q + 2
		}
	}
	return -1
}

// boolInt is 1 for true, 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// makerWord reports nouns such as "steelmaker", "cathode-maker",
// "battery-materials producer".
func makerWord(w string) bool {
	return strings.HasSuffix(w, "maker") || strings.HasSuffix(w, "makers") || strings.HasSuffix(w, "-producer") || strings.HasSuffix(w, "-miner")
}

// apposAfter reports ", a Korean maker of ...", ", its partner": an
// apposition with a company head after the segment, from token k.
func (f *entFinder) apposAfter(k, end int) (head string, ok bool) {
	if k >= end {
		return "", false
	}
	// ", its partner", ", Anglo American's South African unit".
	if !(f.has(k, lxDeterminers) && f.toks[k].f&tLower != 0) {
		q := k
		for q < end && q < k+4 && f.nameTok(q) && f.toks[q].f&tPoss == 0 {
			q++
		}
		if q >= end || f.toks[q].f&tPoss == 0 || !f.nameTok(q) {
			return "", false
		}
		k = q
	}
	for q := k + 1; q < end && q < k+6; q++ {
		t := &f.toks[q]
		if t.f&tWord == 0 {
			return "", false
		}
		if f.has(q, lxApposHeads) || makerWord(f.text(q)) {
			// "... in North Maluku, the Indonesian company said": the
			// clause that reports what came before, no apposition.
			if q+1 < end && f.has(q+1, lxReportVerbs) && f.toks[q+1].f&tLower != 0 {
				return "", false
			}
			return foldWord(f.text(q)), t.f&tLower != 0 && !(f.has(q-1, lxTitleMods) && f.has(q, lxTitleHeads))
		}
		if f.has(q, lxTitleHeads) && !f.has(q, lxTitleNeedsMod) || f.has(q, lxCorpVerbs|lxCorpAux) {
			return "", false
		}
		if t.f&tLower == 0 && (placeAdjective(f.text(q)) || places[f.text(q)]) {
			// ", an Osaka-based recycler", ", a Shanghai-listed maker",
			// ", a Perak conglomerate".
			continue
		}
		if t.f&tLower == 0 {
			_, w, ok := f.countryAt(q, min(q+3, end), true)
			if !ok {
				return "", false
			}
			q += w - 1
		}
	}
	return "", false
}

// placeAdjective reports a place joined to a participle that describes a
// firm: "Osaka-based", "Shanghai-listed", "Jakarta-headquartered".
func placeAdjective(w string) bool {
	h := strings.LastIndexByte(w, '-')
	if h < 2 {
		return false
	}
	switch w[h+1:] {
	case "based", "listed", "headquartered", "registered", "owned", "backed", "controlled", "incorporated":
		return true
	}
	return false
}

// determiners open an apposition: ", a producer", ", its partner".
var determiners = wordSet("a", "an", "the", "its", "their", "our", "his", "her", "one", "another")

// countryWord reports whether token k alone is a country word.
func (f *entFinder) countryWord(k int) bool {
	_, _, ok := f.tokCountry(k)
	return ok
}

// subjectVerb reports a verb of firms at token k, after at most one
// adverb: "said", "plans", "is understood", "last assessed".
func (f *entFinder) subjectVerb(k, end int) bool {
	if k < end && f.has(k, lxAdverbs) && f.toks[k].f&tLower != 0 {
		k++
	}
	if k >= end || f.toks[k].f&tLower == 0 {
		return false
	}
	// "Lump produced      kwmt      1,266": a table row's label, a
	// column's gap after the verb.
	if f.columnGapAfter(k) {
		return false
	}
	if f.has(k, lxCorpVerbs) {
		return true
	}
	if f.has(k, lxCorpAux) && k+1 < end {
		if f.has(k+1, lxAdverbs) {
			k++
		}
		return k+1 < end && f.has(k+1, lxCorpAfterAux) && f.toks[k+1].f&tLower != 0
	}
	return false
}

// columnGapAfter reports three spaces or more after token k, as a
// table's columns are set apart.
func (f *entFinder) columnGapAfter(k int) bool {
	rest := f.d.v.s[f.toks[k].b:min(len(f.d.v.s), f.toks[k].b+3)]
	return rest == "   "
}

// assetAfter reports a word for a mine, plant or project within three
// lower-case words after token k: "Hope Downs iron ore mine".
func (f *entFinder) assetAfter(k, end int) bool {
	for q := k; q < end && q < k+3; q++ {
		t := &f.toks[q]
		if t.f&tWord == 0 || t.f&tLower == 0 && !f.has(q, lxAssetWords) {
			return false
		}
		if f.has(q, lxAssetWords) {
			return true
		}
	}
	return false
}

// surnameBefore reports whether segment n, of one word, is the last word
// of a person's name a segment before it gives: "Raman" after "Priya
// Raman".
func (f *entFinder) surnameBefore(n int) bool {
	w := f.text(f.segs[n].i)
	for p := n - 1; p >= 0 && p >= n-300; p-- {
		if g := &f.segs[p]; g.kind == entity.KindPerson && g.j-g.i >= 2 && f.text(g.j-1) == w {
			return true
		}
		// ("Faizal" for "Mohd Faizal Hashim", the name he goes by.)
		if g := &f.segs[p]; g.kind == entity.KindPerson && g.j-g.i >= 3 && f.text(g.i+1) == w && malayProphetName[f.fold(g.i)] {
			return true
		}
	}
	return false
}

// numberedFieldLabel reports whether tokens [i, j) stand in the label of
// a form's numbered field, before the colon of a line that opens "2. ":
// "2. SEC Identification Number: ...".
func (f *entFinder) numberedFieldLabel(i, j int) bool {
	s := f.d.v.s
	a := f.toks[i].a
	// The colon after the label, on its line: most names have none.
	w := s[a:min(len(s), a+200)]
	if le := strings.IndexByte(w, '\n'); le >= 0 {
		w = w[:le]
	}
	c := strings.IndexByte(w, ':')
	if c < 0 || a+c < f.toks[j-1].b {
		return false
	}
	// A label stands near its line's start: look no further back than
	// that, so that long lines cost no more.
	ls := strings.LastIndexByte(s[max(0, a-120):a], '\n') + 1 + max(0, a-120)
	if ls == max(0, a-120) && a > 120 {
		return false
	}
	head := s[ls:a]
	k := 0
	for k < len(head) && head[k] == ' ' {
		k++
	}
	d := k
	for d < len(head) && isDigit(head[d]) {
		d++
	}
	// ("   Title of Each Class: Common": so too a field indented under
	// a numbered one.)
	numbered := d > k && d-k <= 2 && d+1 < len(head) && head[d] == '.' && head[d+1] == ' '
	return (numbered || k >= 3 && ls > 0 && f.underNumberedField(ls)) && strings.IndexByte(head, ':') < 0
}

// underNumberedField reports whether the line that starts at view
// offset ls follows, over indented lines only, a line that opens with a
// field's number ("10. Securities registered ...").
func (f *entFinder) underNumberedField(ls int) bool {
	s := f.d.v.s
	for n := 0; n < 4 && ls > 0; n++ {
		// (Lines of a form are short: look back no further than that.)
		from := max(0, ls-1-300)
		ps := strings.LastIndexByte(s[from:ls-1], '\n') + 1 + from
		if ps == from && from > 0 {
			return false
		}
		line := s[ps : ls-1]
		t := strings.TrimLeft(line, " ")
		d := 0
		for d < len(t) && isDigit(t[d]) {
			d++
		}
		if d > 0 && d <= 2 && d+1 < len(t) && t[d] == '.' && t[d+1] == ' ' {
			return true
		}
		if len(line)-len(t) < 3 {
			return false
		}
		ls = ps
	}
	return false
}

// quoteEndAt reports whether token k closes a quotation after a comma:
// the '"' of '"...," X said'.
func (f *entFinder) quoteEndAt(k int) bool {
	w := f.text(k)
	return (w == "\"" || w == "\u201d") && k > 0 && f.punct(k-1, ',')
}

// lowerTitleStart returns where a title written in lower case that ends
// at token q begins ("chief executive", "analyst"), or -1.
func (f *entFinder) lowerTitleStart(t0, q int) int {
	s := q
	for s > t0 && f.toks[s-1].f&tLower != 0 && f.has(s-1, lxTitleMods|lxTitleHeads) {
		s--
	}
	// "president and chief executive X": two titles joined.
	if s-2 >= t0 && f.word(s-1, "and") && f.toks[s-2].f&tLower != 0 && f.has(s-2, lxTitleHeads) {
		s -= 2
		for s > t0 && f.toks[s-1].f&tLower != 0 && f.has(s-1, lxTitleMods|lxTitleHeads) {
			s--
		}
	}
	// "company secretary X": a firm's officer named for the firm.
	if s-1 >= t0 && f.word(s-1, "company") && (f.word(s, "secretary") || f.word(s, "director")) {
		s--
	}
	// "Chief executive X", "Managing director X": the first word of the
	// title opens the sentence, capitalised.
	if s == t0+1 && f.toks[t0].f&tCap != 0 && f.has(t0, lxTitleMods|lxTitleHeads) {
		s--
	}
	if s == q && f.has(q, lxTitleNeedsMod) {
		return -1
	}
	return s
}

// capsHeadOf reads "Head of" and the words of a field in capitals from
// token q ("Head of Battery Metals Research") and returns the token
// after it, or q.
func (f *entFinder) capsHeadOf(q, end int) int {
	if !f.word(q, "Head") || !f.word(q+1, "of") {
		return q
	}
	r := q + 2
	for r < end && r < q+8 && (f.toks[r].f&tCap != 0 && f.toks[r].f&tWord != 0 || r > q+2 && (f.word(r, "and") || f.punct(r, '&'))) {
		r++
	}
	if r == q+2 {
		return q
	}
	return r
}

// pastDepartment returns, for a name at token o that is a department of
// a body or firm ("Metals Strategy Department, Japan Organization for
// ..."), the token of the name after its comma; else o.
func (f *entFinder) pastDepartment(o, end int) int {
	r := o
	for r < end && r < o+6 && f.nameTok(r) {
		r++
	}
	if r > o && r+1 < end && (f.word(r-1, "Department") || f.word(r-1, "Division")) && f.punct(r, ',') && f.nameTok(r+1) {
		return r + 1
	}
	return o
}

// appointer returns a token of the name of the body or firm that
// appoints, the subject of the verb at token ap: the name that opens
// the sentence (from t0), or the one right before the verb; else -1.
func (f *entFinder) appointer(ap, t0 int) int {
	// ("X has appointed Y": the auxiliary between.)
	if ap-2 >= t0 && (f.word(ap-1, "has") || f.word(ap-1, "have") || f.word(ap-1, "had")) {
		ap--
	}
	if ap-1 >= t0 && f.nameTok(ap-1) && f.toks[ap-1].f&tDigit == 0 {
		return ap - 1
	}
	if f.nameTok(t0) && !f.word(t0, "The") && f.toks[t0].f&tDigit == 0 {
		return t0
	}
	// ("The Customs General Administration appointed Y": the body's
	// name after "The".)
	if f.word(t0, "The") && t0+1 < ap && f.nameTok(t0+1) && f.toks[t0+1].f&tDigit == 0 {
		return t0 + 1
	}
	return -1
}

// divisionSoon reports whether a name from token o ends within a few
// words in a word of a unit inside a body: "Division", "Department",
// "Office", "Bureau".
func (f *entFinder) divisionSoon(o, end int) bool {
	for r := o; r < end && r < o+8 && (f.nameTok(r) || f.word(r, "and")); r++ {
		if f.word(r, "Division") || f.word(r, "Department") || f.word(r, "Office") || f.word(r, "Bureau") {
			return true
		}
	}
	return false
}

// fieldWords reports a run of words from token o to end (or a comma)
// that names a field of work, not a firm: "Fuel & Trading", "Investor
// Relations", "Finance".
func (f *entFinder) fieldWords(o, end int) bool {
	n := 0
	for r := o; r < end && !f.punct(r, ','); r++ {
		if f.punct(r, '&') || f.word(r, "and") {
			continue
		}
		if f.toks[r].f&tWord == 0 || !f.has(r, lxTitleOfDomains) && !functionWords[f.fold(r)] {
			return false
		}
		n++
	}
	return n > 0
}

// ministerField returns where the field of a minister's title after
// "of" ends, from token k before end: "Trade, Industry and Energy",
// "Industry and New Technologies" (before "of Tajikistan"). The words
// are capitalised, joined by "and", "&" or commas that a list's "and"
// closes; the field ends at the first other token. It returns k when
// there is none.
func (f *entFinder) ministerField(k, end int) int {
	q, last := k, k
	for q < end {
		switch {
		case f.nameTok(q) && f.toks[q].f&tCap != 0 && f.toks[q].f&tPoss == 0 && !f.has(q, lxLegalEnd|lxHonorifics):
			q++
			last = q
			continue
		case (f.word(q, "and") || f.punct(q, '&')) && q > k && q+1 < end && f.nameTok(q+1):
			q++
			continue
		case f.punct(q, ',') && q > k && q+1 < end && f.nameTok(q+1):
			// A comma goes on only into a list its "and" closes.
			m := q + 1
			for m < end && m < q+8 && (f.nameTok(m) || f.punct(m, ',')) {
				m++
			}
			if m < end && f.word(m, "and") && m+1 < end && f.nameTok(m+1) {
				q++
				continue
			}
		}
		break
	}
	if last-k > 5 {
		return k
	}
	return last
}

// functionAfter reads from token o the words of a firm's function, up
// to a comma, a bracket, the line's end or end: "Corporate
// Communications". It returns where they end, or o.
func (f *entFinder) functionAfter(o, end int) int {
	r := o
	// ("IR and Corporate Communications Group": a unit's word may end
	// them, not open them, nor stand before "of".)
	unit := func(r int) bool {
		return r > o && (f.word(r, "Group") || f.word(r, "Department") || f.word(r, "Division")) && !f.word(r+1, "of")
	}
	for r < end && (f.punct(r, '&') || f.word(r, "and") || f.toks[r].f&tWord != 0 && (f.has(r, lxTitleOfDomains) || functionWords[f.fold(r)] || unit(r))) {
		if r > o && strings.IndexByte(f.d.v.s[f.toks[r-1].b:f.toks[r].a], '\n') >= 0 {
			break
		}
		r++
	}
	if r == o || r < end && !f.punct(r, ',') && !f.punct(r, '(') && !f.punct(r, '.') && strings.IndexByte(f.d.v.s[f.toks[r-1].b:f.toks[r].a], '\n') < 0 {
		return o
	}
	return r
}

// functionWords name the functions of a firm a title may be held in:
// "Fuel & Trading", "Investor Relations". Folded.
var functionWords = wordSet("fuel", "fuels", "trading", "sales", "marketing", "accounting", "procurement", "purchasing",
	"corporate", "business", "global", "investor", "relations", "legal", "compliance", "risk", "human", "research",
	"raw", "materials", "supply", "chain", "logistics", "engineering", "production", "audit", "treasury", "sustainability",
	"communications", "affairs", "planning", "ir", "media", "public", "markets", "operations")

// opensLine reports whether token i opens its sentence (from t0) or a
// line.
func (f *entFinder) opensLine(i, t0 int) bool {
	return i == t0 || strings.IndexByte(f.d.v.s[f.toks[i-1].b:f.toks[i].a], '\n') >= 0
}

// afterFieldLabel reports whether token i, in the sentence from token
// t0, follows a short field's label that opens its line, past an
// honorific: "Person authorized to disclose information: Ms. X".
func (f *entFinder) afterFieldLabel(i, t0 int) bool {
	p := i - 1
	if p-1 >= t0 && f.punct(p, '.') && f.has(p-1, lxHonorifics) {
		p -= 2
	} else if p >= t0 && f.has(p, lxHonorifics) {
		p--
	}
	if p-1 < t0 || !f.punct(p, ':') {
		return false
	}
	// The label's words, at most six, open the line.
	for q, n := p-1, 0; q >= t0; q, n = q-1, n+1 {
		if n > 6 {
			return false
		}
		if f.opensLine(q, t0) {
			return true
		}
	}
	return false
}

// indentedBreak reports whether token k opens an indented line in lower
// case: the wrapped words of a column of labels, not more of the line
// above.
func (f *entFinder) indentedBreak(k int) bool {
	gap := f.d.v.s[f.toks[k-1].b:f.toks[k].a]
	n := strings.LastIndexByte(gap, '\n')
	return n >= 0 && len(gap)-n-1 >= 4 && f.toks[k].f&tLower != 0
}

// iberianLink reports the "of" and "and" of Portuguese and Spanish
// names: "Serra do Curral", "Cerro de Pasco".
func iberianLink(w string) bool {
	switch w {
	case "do", "da", "dos", "das", "de", "del", "y":
		return true
	}
	return false
}

// dealNouns name a deal one signs with another party. Folded.
// regionWords name regions of the world a post may cover: "head of Asia
// trading".
var regionWords = wordSet("Asia", "Europe", "Africa", "Americas", "Oceania", "Asia-Pacific", "APAC", "EMEA", "Pacific", "Middle")

// compassWords open the names of regions: "Western Australia", "East
// Java".
var compassWords = wordSet("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower", "Inner", "Outer")

var dealNouns = wordSet("agreement", "agreements", "contract", "contracts", "understanding", "mou", "offtake", "off-take", "pact")

// unitNouns are the nouns of a firm's part that its name follows after
// "of": "the raw materials division of X".
var unitNouns = wordSet("division", "divisions", "business", "businesses", "department", "unit", "operations", "arm")

// titleAfter reads a title after a name and a comma, from token k: "chief
// executive of Lynas Rare Earths", "an analyst at KB Securities",
// "Nippon's representative director, chairman, and CEO". It returns the
// title's view range and a token of the organisation's name, or -1.
func (f *entFinder) titleAfter(k, end int) (rng, int, bool) {
	org := -1
	q := k
	if q < end && (f.word(q, "a") || f.word(q, "an") || f.word(q, "the") || f.word(q, "its") || f.word(q, "his") || f.word(q, "her") || f.word(q, "their")) {
		q++
	}
	// ("X, the department's director-general": the body the text spoke
	// of, by its noun.)
	// ("X, the broker's head of research": a firm by its trade.)
	if q < end && f.toks[q].f&tPoss != 0 && (f.toks[q].f&tCap != 0 || q > k && f.word(q-1, "the") && (f.has(q, lxAnaphoraHeads|lxGovAnaphoraHeads) || f.toks[q].f&tLower != 0 && q+1 < end && f.has(q+1, lxTitleHeads|lxTitleMods))) {
		org = q
		q++
	} else {
		// "Ridgeline Motors' chief purchasing officer": a name of a few
		// words ending in a possessive.
		for n := q; n < end && n < q+4 && f.nameTok(n); n++ {
			if f.toks[n].f&tPoss != 0 {
				org = q
				q = n + 1
				break
			}
		}
	}
	// "X, LPMC President and Chief Executive Officer": a firm's acronym
	// before the title, with no possessive.
	if org == -1 && q == k && q+1 < end && f.toks[q].f&tUpper != 0 && f.toks[q].b-f.toks[q].a >= 2 && !f.has(q, lxTitleMods|lxTitleHeads) &&
		f.toks[q+1].f&tCap != 0 && f.has(q+1, lxTitleMods|lxTitleHeads) && !f.countryWord(q) {
		org = q
		q++
	}
	ts := q
	te := -1
	// "a steel analyst", "its chief purchasing officer": after an article
	// or a possessive, a word or two of a trade may stand before the
	// head even when no table lists them.
	if q > k && q < end && !f.has(q, lxTitleMods|lxTitleHeads) {
		for n := 1; n <= 2 && q+n < end; n++ {
			if f.toks[q+n-1].f&tLower == 0 || f.toks[q+n-1].f&tWord == 0 {
				break
			}
			if f.has(q+n, lxTitleHeads) && !f.has(q+n, lxTitleNeedsMod) && f.toks[q+n].f&tLower != 0 {
				q += n
				break
			}
		}
	}
	// "Asia commodities strategist at Harcourt Lyle Bank": a region and
	// a field before the head, the firm after "at".
	// ("plantations analyst at Meridian Securities": a field in lower
	// case.)
	if q == k && q+3 < end && f.toks[q].f&tWord != 0 && (f.toks[q].f&tCap != 0 || f.toks[q].f&tLower != 0) && !f.has(q, lxTitleMods|lxTitleHeads|lxDeterminers) {
		for n := 1; n <= 2 && q+n+1 < end; n++ {
			if f.toks[q+n].f&(tWord|tLower) != tWord|tLower {
				break
			}
			if f.has(q+n, lxTitleHeads) && !f.has(q+n, lxTitleNeedsMod) && (n == 2 || f.toks[q].f&tLower != 0) && f.word(q+n+1, "at") && f.nameTok(q+n+2) {
				return rng{f.toks[q].a, f.toks[q+n].b}, q + n + 2, true
			}
		}
	}
	// "Head of Battery Metals Research, Castellan Analytics": a head of
	// a field in capitals, then the firm after a comma.
	if r := f.capsHeadOf(q, end); r > q && f.punct(r, ',') && r+1 < end && f.nameTok(r+1) {
		return rng{f.toks[q].a, f.toks[r-1].b}, f.pastDepartment(r+1, end), true
	}
	// "chief of the Mining Technology Division at the MGB": the unit is
	// the title's, the body after "at" the organisation.
	// ("Director of the Coal Division at the Agency for ...": any
	// title's head.)
	hq := q
	for hq < end && hq < q+3 && f.has(hq, lxTitleMods|lxTitleHeads) && !f.word(hq, "of") {
		hq++
	}
	if hq > q && (hq == q+1 || !f.word(q, "chief") && !f.word(q, "head")) && f.word(hq, "of") && f.word(hq+1, "the") {
		r := hq + 2
		for r < end && r < hq+9 && (f.nameTok(r) || f.punct(r, '&')) {
			r++
		}
		// ("deputy director of the Import-Export Department at the
		// Ministry": a department, a body of its own, is the post's
		// body; only a chief's or head's is the title's.)
		if u := f.text(r - 1); r > hq+2 && r+1 < end && (departmentHeads[u] || hq == q+1 && (f.word(q, "chief") || f.word(q, "head") || f.word(q, "Chief") || f.word(q, "Head")) && (u == "Department" || u == "Office" || u == "Bureau")) && f.word(r, "at") {
			o := r + 1
			if f.word(o, "the") && o+1 < end {
				o++
			}
			if f.nameTok(o) {
				return rng{f.toks[q].a, f.toks[r-1].b}, o, true
			}
		}
	}
	if (f.word(q, "head") || f.word(q, "Head") && f.word(q+2, "the")) && f.word(q+1, "of") {
		r := q + 2
		// ("head of Asia trading at X": a region's word in the field.)
		for r < end && r < q+7 && (f.toks[r].f&tLower != 0 || r+1 < end && f.toks[r+1].f&tLower != 0 && regionWords[f.text(r)]) && !f.word(r, "at") && !f.word(r, "for") {
			r++
		}
		if r > q+2 && (f.word(r, "at") || f.word(r, "for")) && r+1 < end {
			// "at Piraeus-based shipbroker Northgate": past the words
			// that describe the firm.
			o := r + 1
			for o < end && o < r+4 && !f.nameTok(o) || o < end && o < r+4 && f.toks[o].f&tSuffix != 0 {
				o++
			}
			if o >= end || o >= r+4 || !f.nameTok(o) {
				o = r + 1
			}
			// ("at Singapore brokerage X": the country's word and the
			// trade describe the firm after them.)
			if o+2 < end && f.countryWord(o) && f.toks[o+1].f&tLower != 0 && apposHeads[f.fold(o+1)] && f.nameTok(o+2) {
				o += 2
			}
			return rng{f.toks[q].a, f.toks[r-1].b}, o, true
		}
		// "HCF's head of procurement": a head of a field in lower case
		// at the firm whose possessive comes first.
		if org >= 0 && r > q+2 && (r >= end || f.punct(r, ',') || f.punct(r, '.')) {
			return rng{f.toks[q].a, f.toks[r-1].b}, org, true
		}
		// "head of the Vietnam Steel Association".
		r = q + 2
		if f.word(r, "the") {
			r++
		}
		if r < end && f.nameTok(r) {
			// "head of the Jakarta office of X": X's office.
			n := r
			for n < end && n < r+3 && f.nameTok(n) {
				n++
			}
			if n+2 < end && (f.word(n, "office") || f.word(n, "branch") || f.word(n, "bureau")) && f.word(n+1, "of") {
				o := n + 2
				if f.word(o, "the") && o+1 < end {
					o++
				}
				if f.nameTok(o) {
					return rng{f.toks[q].a, f.toks[q].b}, o, true
				}
			}
			return rng{f.toks[q].a, f.toks[q].b}, r, true
		}
	}
	for q < end {
		s := q
		for q < end {
			// "X, Chief Executive Officer\n    representative": the
			// left column's label wrapped onto the next line.
			if q > s && f.indentedBreak(q) {
				break
			}
			// ("Company Secretary": the post, not a firm's name.)
			if f.has(q, lxTitleMods|lxTitleHeads) || f.word(q, "Company") && q+1 < end && f.word(q+1, "Secretary") {
				q++
				continue
			}
			// "chief purchasing officer": a word of a trade between a
			// mod and the head.
			if q > s && f.has(q-1, lxTitleMods) && f.toks[q].f&tLower != 0 && f.toks[q].f&tWord != 0 && q+1 < end && f.has(q+1, lxTitleHeads) {
				q++
				continue
			}
			// ("chief nonferrous metals analyst at X": two.)
			if q > s && f.has(q-1, lxTitleMods) && q+2 < end && f.toks[q].f&tLower != 0 && f.toks[q].f&tWord != 0 && f.toks[q+1].f&tLower != 0 && f.toks[q+1].f&tWord != 0 && f.has(q+2, lxTitleHeads) && !f.has(q+2, lxTitleNeedsMod) {
				q += 2
				continue
			}
			break
		}
		// "director general", "secretary general": a mod after the head.
		if q-s >= 2 && (f.word(q-1, "general") || f.word(q-1, "General")) && f.has(q-2, lxTitleHeads) {
			te = q
			break
		}
		// "executive vice president and head of raw-materials
		// procurement": a head of a field in lower case after "and".
		if te >= 0 && q == s+1 && f.word(s, "head") && f.word(q, "of") {
			r := q + 1
			for r < end && r < q+5 && f.toks[r].f&(tLower|tWord) == tLower|tWord && !f.word(r, "at") && !f.word(r, "for") && !f.word(r, "of") && !f.word(r, "and") && !f.word(r, "the") {
				r++
			}
			if r > q+1 && (r >= end || f.punct(r, ',') || f.punct(r, '.') || f.word(r, "at") || f.word(r, "for")) {
				te = r
				q = r
			}
			break
		}
		// "deputy for investment promotion at the ministry", as
		// Indonesian bodies title their officials: the field makes
		// "deputy" a title.
		if q == s || !f.has(q-1, lxTitleHeads) || q-s == 1 && f.has(s, lxTitleNeedsMod) && !(f.word(s, "deputy") && f.word(q, "for")) {
			break
		}
		te = q
		// "director, chairman, and CEO": more titles after commas.
		r := q
		if f.punct(r, ',') {
			r++
		}
		// "Managing Director & CEO".
		if f.word(r, "and") || f.punct(r, '&') {
			r++
		}
		if r == q || r >= end || !f.has(r, lxTitleMods|lxTitleHeads) {
			break
		}
		q = r
	}
	if te < 0 {
		return rng{}, -1, false
	}
	// "appointed X as its managing director for Thailand": the country
	// the post covers, no body of it.
	if te+1 < end && f.word(te, "for") && f.countryWord(te+1) && (te+2 >= end || !f.nameTok(te+2)) && !f.has(te-1, lxMinisterHeads) {
		return rng{f.toks[ts].a, f.toks[te-1].b}, org, true
	}
	// "appointed X as deputy governor for industry and markets": the
	// post's field in lower case is the title's.
	// ("director of coal program development in the Directorate
	// General of Mineral and Coal": and the body after "in the".)
	if org == -1 && (f.word(te, "for") || f.word(te, "of")) && !f.has(te-1, lxMinisterHeads) {
		r := te + 1
		for r < end && r < te+6 && f.toks[r].f&(tLower|tWord) == tLower|tWord && (f.word(r, "and") || f.has(r, lxTitleOfDomains) || functionWords[f.fold(r)] || f.word(te, "of") && !f.word(r, "in") && !f.word(r, "at")) {
			r++
		}
		if r > te+1 && !f.word(r-1, "and") && r+2 < end && f.word(r, "in") && f.word(r+1, "the") && f.nameTok(r+2) && f.has(r+2, lxGovHeads) {
			return rng{f.toks[ts].a, f.toks[r-1].b}, r + 2, true
		}
		if r > te+1 && !f.word(r-1, "and") && f.word(te, "for") && (r >= end || f.punct(r, ',') || f.punct(r, '.')) {
			return rng{f.toks[ts].a, f.toks[r-1].b}, -1, true
		}
	}
	// "X, secretary of the board of Y,": the board is the title's, the
	// firm after it the organisation.
	if org == -1 && te+4 < end && f.word(te, "of") && f.word(te+1, "the") && (f.word(te+2, "board") || f.word(te+2, "Board")) {
		b := te + 3
		if b+2 < end && f.word(b, "of") && (f.word(b+1, "Directors") || f.word(b+1, "directors")) {
			b += 2
		}
		if b+1 < end && f.word(b, "of") && f.nameTok(b+1) {
			return rng{f.toks[ts].a, f.toks[b-1].b}, b + 1, true
		}
	}
	// "Deputy Secretary-General (Industry) of Malaysia's Ministry of X":
	// the function in brackets is the title's, its body after it.
	if te+4 < end && f.punct(te, '(') && f.toks[te+1].f&tCap != 0 && f.punct(te+2, ')') && f.word(te+3, "of") {
		te += 3
	}
	// "Executive Vice President - International Business of the
	// Company": the title's field after a spaced dash, then its firm.
	if org == -1 && te+2 < end && f.punct(te, '-') && f.toks[te].a > f.toks[te-1].b {
		r := te + 1
		for r < end && r < te+5 && f.toks[r].f&tCap != 0 && f.toks[r].f&tWord != 0 {
			r++
		}
		if r > te+1 && r+1 < end && (f.word(r, "of") || f.word(r, "at")) {
			te = r
		}
	}
	// "Executive Vice President and Head of Raw Materials, Mirae
	// Cathode Co.": a second title, a head of a field, then the firm.
	if org == -1 && f.word(te, "and") {
		if r := f.capsHeadOf(te+1, end); r > te+1 && f.punct(r, ',') && r+1 < end && f.nameTok(r+1) {
			return rng{f.toks[ts].a, f.toks[r-1].b}, f.pastDepartment(r+1, end), true
		} else if r > te+1 && (r >= end || f.punct(r, ',') && r+1 < end && f.word(r+1, "who")) {
			// "X, Executive Vice President and Head of Raw Materials
			// Procurement, who reports to ...".
			return rng{f.toks[ts].a, f.toks[r-1].b}, -1, true
		}
	}
	// "Director General, Metals Strategy Department, Japan Organization
	// for Metals and Energy Security": the body after its department.
	if org == -1 && f.punct(te, ',') && te+1 < end && f.nameTok(te+1) {
		if o := f.pastDepartment(te+1, end); o != te+1 {
			return rng{f.toks[ts].a, f.toks[te-1].b}, o, true
		}
	}
	// "Managing Executive Officer and head of the metals division at
	// Tokai Shoji": the firm of the second role is the first's too, and
	// the title holds both roles.
	// "executive vice president and head of the company's Metals &
	// Minerals Division": the unit of the firm the text speaks of.
	if org == -1 && te+5 < end && f.word(te, "and") && f.word(te+1, "head") && f.word(te+2, "of") && f.word(te+3, "the") &&
		f.toks[te+4].f&(tPoss|tLower) == tPoss|tLower && f.has(te+4, lxAnaphoraHeads) {
		r := te + 5
		for r < end && r < te+12 && (f.nameTok(r) || f.punct(r, '&')) {
			r++
		}
		if r > te+5 && (departmentHeads[f.d.v.s[f.toks[r-1].a:f.toks[r-1].b]] || f.word(r-1, "Department")) {
			return rng{f.toks[ts].a, f.toks[r-1].b}, te + 4, true
		}
	}
	// ("... and head of the Metals & Battery Materials Group at X".)
	if org == -1 && te+3 < end && f.word(te, "and") && f.word(te+1, "head") && f.word(te+2, "of") {
		for r := te + 3; r < end && r < te+11 && (f.toks[r].f&tWord != 0 || f.punct(r, '&')); r++ {
			if f.word(r, "at") && r+1 < end && f.nameTok(r+1) {
				return rng{f.toks[ts].a, f.toks[r-1].b}, r + 1, true
			}
		}
		// ("X, managing executive officer and head of the Metals &
		// Minerals Division, spoke": the unit alone, of a firm the text
		// speaks of.)
		if r := te + 3; f.word(r, "the") {
			r++
			for r < end && r < te+12 && (f.nameTok(r) || f.punct(r, '&')) {
				r++
			}
			if r > te+4 && r < end && f.punct(r, ',') && (departmentHeads[f.d.v.s[f.toks[r-1].a:f.toks[r-1].b]] || f.word(r-1, "Department")) {
				return rng{f.toks[ts].a, f.toks[r-1].b}, -1, true
			}
		}
	}
	// "managing executive officer in charge of the materials business
	// at Tsurugi": the firm after the charge.
	// ("executive officer responsible for the steelmaking raw materials
	// division of Fujimori Tsusho": the firm whose unit it is.)
	if org == -1 && te+3 < end && (f.word(te, "in") && f.word(te+1, "charge") && f.word(te+2, "of") || f.word(te, "responsible") && f.word(te+1, "for")) {
		for r := te + 2; r < end && r < te+12 && f.toks[r].f&tWord != 0; r++ {
			if f.word(r, "at") && r+1 < end && f.nameTok(r+1) {
				return rng{f.toks[ts].a, f.toks[te-1].b}, r + 1, true
			}
			if f.word(r, "of") && r+1 < end && f.nameTok(r+1) && unitNouns[f.fold(r-1)] {
				return rng{f.toks[ts].a, f.toks[te-1].b}, r + 1, true
			}
		}
	}
	// "Shri X, Principal Secretary, Department of Steel and Mines": the
	// body or firm after the title, set off by a comma.
	if org == -1 && f.punct(te, ',') && te+1 < end && f.nameTok(te+1) && f.toks[te+1].f&tDigit == 0 && !f.countryWord(te+1) {
		return rng{f.toks[ts].a, f.toks[te-1].b}, te + 1, true
	}
	if org == -1 && te+2 < end && f.word(te, "in") && f.word(te+1, "the") && f.nameTok(te+2) && f.has(te+2, lxGovHeads) {
		// "Secretary in the Ministry of Mines".
		return rng{f.toks[ts].a, f.toks[te-1].b}, te + 2, true
	}
	if org == -1 && te+2 < end && f.word(te, "in") && f.toks[te+1].f&tPoss != 0 && f.countryWord(te+1) && f.nameTok(te+2) && f.has(te+2, lxGovHeads) {
		// "Secretary in India's Ministry of Mines".
		return rng{f.toks[ts].a, f.toks[te-1].b}, te + 2, true
	}
	// "X, the state minister for power, energy and mineral resources,":
	// a minister's field in lower case, commas and all, is the title's;
	// the text names no ministry.
	if org == -1 && te+1 < end && (f.word(te, "of") || f.word(te, "for")) && f.has(te-1, lxMinisterHeads) && f.toks[te+1].f&tLower != 0 {
		r := te + 1
		for r < end && r < te+12 && (f.toks[r].f&(tLower|tWord) == tLower|tWord && !f.word(r, "said") && !f.word(r, "says") && !f.word(r, "told") || f.punct(r, ',') && r+1 < end && f.toks[r+1].f&tLower != 0 && !f.word(r+1, "said") && !f.word(r+1, "who") && !f.word(r+1, "which")) {
			r++
		}
		// (A list of fields, "and" before its last: not "a minister of
		// trade, did not".)
		field := f.d.v.s[f.toks[te+1].a:f.toks[r-1].b]
		if lc := strings.LastIndexByte(field, ','); r > te+1 && !f.word(r-1, "and") && (r >= end || f.punct(r, ',') || f.punct(r, '.')) && lc >= 0 && strings.Contains(field[lc:], " and ") {
			return rng{f.toks[ts].a, f.toks[r-1].b}, -1, true
		}
	}
	// "X, the ministry's director general of mineral and coal,": the
	// field after the head, in lower case, is the title's.
	// (Not a minister's, whose field names the ministry: "Kazakhstan's
	// deputy minister of industry and construction".)
	if org >= 0 && (f.word(te, "of") || f.word(te, "for")) && !f.has(te-1, lxMinisterHeads) {
		r := te + 1
		for r < end && r < te+6 && f.toks[r].f&(tLower|tWord) == tLower|tWord && (f.word(r, "and") || f.has(r, lxTitleOfDomains) || functionWords[f.fold(r)]) {
			r++
		}
		if r > te+1 && !f.word(r-1, "and") && (r >= end || f.punct(r, ',') || f.punct(r, '.')) {
			return rng{f.toks[ts].a, f.toks[r-1].b}, org, true
		}
	}
	// "Director General of JOGMEC's Metals Resources Finance
	// Department": a department inside the body the possessive names,
	// where the post is held.
	if org == -1 && te+2 < end && f.word(te, "of") && f.toks[te+1].f&(tPoss|tCap) == tPoss|tCap && !f.countryWord(te+1) {
		r := te + 2
		for r < end && r < te+8 && f.nameTok(r) {
			r++
		}
		if r > te+2 && (f.word(r-1, "Department") || f.word(r-1, "Division") || f.word(r-1, "Office")) {
			return rng{f.toks[ts].a, f.toks[te-1].b}, te + 1, true
		}
	}
	// "director-general of the ministry's International Trade
	// Administration": the body under the one the possessive names.
	if org == -1 && te+3 < end && f.word(te, "of") && f.word(te+1, "the") && f.toks[te+2].f&(tPoss|tLower) == tPoss|tLower && f.has(te+2, lxGovAnaphoraHeads) && f.nameTok(te+3) {
		return rng{f.toks[ts].a, f.toks[te-1].b}, te + 3, true
	}
	// "Director General of Mineral and Coal at the Ministry of Energy",
	// "director general for trade remedies at the commission": the field
	// is part of the title, held at the body after "at".
	if org == -1 && (f.word(te, "of") || f.word(te, "for")) {
		r := te + 1
		// "deputy director of the raw materials department at the
		// Ministry of ...".
		if f.word(r, "the") && r+1 < end && f.toks[r+1].f&tLower != 0 {
			r++
		}
		lower := f.toks[r].f&tLower != 0
		// "of metal, machinery, transport equipment and electronics
		// industries at the Ministry": a field of several words and
		// commas.
		// ("of Metal, Machinery, Transportation Equipment and Electronics
		// Industries at the Ministry of Industry": so in capitals.)
		capComma := func(r int) bool {
			return !lower && f.punct(r, ',') && r > te+1 && r+1 < end && f.toks[r+1].f&tCap != 0 && !f.has(r+1, lxGovHeads)
		}
		for r < end && r < te+16 && (f.toks[r].f&tWord != 0 || lower && f.punct(r, ',') || capComma(r)) && !f.word(r, "the") && !f.word(r, "at") &&
			(!lower && (f.toks[r].f&tCap != 0 || f.word(r, "and") || capComma(r)) && !f.has(r, lxGovHeads) || lower && (f.toks[r].f&tLower != 0 || f.punct(r, ','))) {
			r++
		}
		// "General Manager of Corporate Communications": a function of
		// the firm, part of the title.
		if !lower && r > te+1 && (r >= end || f.punct(r, ',') || f.punct(r, '.')) && functionPhrase(f.d.v.s[f.toks[te+1].a:f.toks[r-1].b]) {
			return rng{f.toks[ts].a, f.toks[r-1].b}, -1, true
		}
		// "Minister of State in the Ministry of Steel".
		if r > te+1 && r+2 < end && f.word(r, "in") && f.word(r+1, "the") && f.nameTok(r+2) && f.has(r+2, lxGovHeads) {
			return rng{f.toks[ts].a, f.toks[r-1].b}, r + 2, true
		}
		if r > te+1 && f.word(r, "at") && r+1 < end {
			o := r + 1
			if f.word(o, "the") && o+1 < end && f.nameTok(o+1) {
				o++
			}
			// "at the commission": the body the text named before.
			// (Not "at the company's annual meeting": an event.)
			event := func(p int) bool { return f.toks[p].f&tPoss != 0 && p+1 < end && f.toks[p+1].f&tLower != 0 }
			if f.nameTok(o) && !event(o) || f.word(o, "the") && o+1 < end && f.has(o+1, lxGovAnaphoraHeads|lxAnaphoraHeads) && !event(o+1) {
				return rng{f.toks[ts].a, f.toks[r-1].b}, o, true
			}
		}
	}
	// "director-general of the Sydney trade center of the Korea
	// Trade-Investment Promotion Agency", "head of the Jakarta office of
	// X": an office of the organisation, held at the organisation.
	if org == -1 && te+4 < end && f.word(te, "of") && f.word(te+1, "the") {
		for r := te + 2; r < end && r < te+7; r++ {
			if f.toks[r].f&tWord == 0 {
				break
			}
			switch f.fold(r) {
			case "center", "centre", "office", "branch", "bureau", "representative", "subsidiary":
			default:
				continue
			}
			if r+2 < end && f.word(r+1, "of") {
				o := r + 2
				if f.word(o, "the") && o+1 < end {
					o++
				}
				if f.nameTok(o) {
					return rng{f.toks[ts].a, f.toks[te-1].b}, o, true
				}
			}
			break
		}
	}
	// "Chairman of the Board of Directors of X", "Chairman of the Board
	// of X": the board's title, held at the firm.
	// ("Chairman of the Management Board of X": so too for a board of
	// management.)
	mgmt := te+4 < end && f.word(te, "of") && f.word(te+1, "the") && (f.word(te+2, "Management") || f.word(te+2, "Supervisory") || f.word(te+2, "Executive")) && f.word(te+3, "Board")
	if org == -1 && te+3 < end && f.word(te, "of") && f.word(te+1, "the") && (f.word(te+2, "Board") || mgmt) {
		r := te + 3
		if mgmt {
			r++
		}
		if r+1 < end && f.word(r, "of") && companyOrgans[f.fold(r+1)] {
			r += 2
		}
		o := -1
		if r+1 < end && f.word(r, "of") {
			o = r + 1
			if f.word(o, "the") && o+1 < end && f.nameTok(o+1) {
				o++
			}
			if !f.nameTok(o) {
				o = -1
			}
		}
		return rng{f.toks[ts].a, f.toks[r-1].b}, o, true
	}
	if org == -1 && te < end && (f.word(te, "of") || f.word(te, "at") || f.word(te, "for")) && te+1 < end {
		org = te + 1
		// "of the Trade Remedies Authority".
		if f.word(org, "the") && org+1 < end && f.nameTok(org+1) {
			org++
		} else if f.word(org, "the") && org+2 < end && f.toks[org+1].f&tLower != 0 && localBodyWords[f.fold(org+1)] && f.nameTok(org+2) && f.has(org+2, lxGovHeads) {
			// "of the provincial Department of Industry and Trade".
			org += 2
		}
		// "at Chile's Ministry of Mining": the body, not its country.
		if f.toks[org].f&tPoss != 0 && org+1 < end && f.nameTok(org+1) {
			org++
		}
		// "at Almaty-based Steppe Capital": the firm, not its place.
		if f.toks[org].f&tSuffix != 0 && org+1 < end && f.nameTok(org+1) {
			org++
		}
		org = f.pastDescription(org, end)
	}
	return rng{f.toks[ts].a, f.toks[te-1].b}, org, true
}

// pastDescription returns the token of the firm named after the words
// that describe it at token k, "of its Indonesian subsidiary PT X", "of
// South Korean cathode precursor maker X": the firm, not the company
// "its" stands for nor the country. It returns k when no such words
// stand there.
func (f *entFinder) pastDescription(k, end int) int {
	m := k
	if f.word(m, "its") || f.word(m, "their") {
		m++
	}
	described := false
	for m < end && m < k+8 {
		switch {
		case m == k && f.toks[m].f&tCap != 0 && m+2 < end && f.toks[m+1].f&tLower != 0 && (f.toks[m].f&tSuffix != 0 || f.describesNext(m+1, end)):
			// "at Brisbane broker X", "at Sydney-based broker X": the
			// firm, not its place.
			m++
		case (f.word(m, "South") || f.word(m, "North")) && m+1 < end && f.countryWord(m+1):
			m += 2
		case f.countryWord(m) && f.toks[m].f&tPoss == 0:
			m++
		case f.toks[m].f&tLower != 0 && f.toks[m].f&tWord != 0 && !f.word(m, "the") && !f.word(m, "and") && !f.word(m, "at") && !f.word(m, "in"):
			described = true
			m++
		default:
			if described && f.nameTok(m) && !f.countryWord(m) {
				return m
			}
			// "of its battery materials unit, Hokuriku Cathode Co.": the
			// unit named after a comma.
			if described && m > k && (f.word(k, "its") || f.word(k, "their")) && f.punct(m, ',') && m+1 < end && f.nameTok(m+1) && (f.word(m-1, "unit") || f.word(m-1, "subsidiary") || f.word(m-1, "arm") || f.word(m-1, "affiliate")) {
				return m + 1
			}
			return k
		}
	}
	return k
}

// stateFirmPhrases name the kind of a state firm, in lower case.
var stateFirmPhrases = wordSet("state-owned", "state owned", "state-owned enterprise", "state-owned enterprises",
	"state owned enterprise", "state owned enterprises", "state-owned company", "state-owned companies")

// titleOnly reports tokens [i, j) that are all words of titles, the
// last a title's head: "Deputy Minister", "Chief Executive Officer".
func (f *entFinder) titleOnly(i, j int) bool {
	if !f.has(j-1, lxTitleHeads) {
		return false
	}
	// ("Union Steel Minister": a minister's field among the words.)
	mods := lxTitleMods | lxTitleHeads
	if f.has(j-1, lxMinisterHeads) {
		mods |= lxTitleOfDomains
	}
	for k := i; k < j; k++ {
		if f.toks[k].f&tCap == 0 || !f.has(k, mods) {
			return false
		}
	}
	return true
}

// boardName reports tokens [i, j) that name a company's board: "Board
// of Directors", "Board of Commissioners", "Executive Board",
// "Supervisory Board".
func (f *entFinder) boardName(i, j int) bool {
	switch j - i {
	case 2:
		// ("the Independent Shareholders", a filing's defined term.)
		return f.word(j-1, "Board") && (f.word(i, "Executive") || f.word(i, "Supervisory") || f.word(i, "Management") || f.word(i, "Advisory")) ||
			f.word(i, "Independent") && (f.word(j-1, "Shareholders") || f.word(j-1, "Directors"))
	case 3:
		return f.word(i, "Board") && f.word(i+1, "of") && (f.word(j-1, "Directors") || f.word(j-1, "Commissioners") || f.word(j-1, "Supervisors") || f.word(j-1, "Management"))
	}
	return false
}

// definedRoles are the terms a filing defines for the parties of a deal,
// in capitals as its headings write them: "INFORMATION ON THE TARGET
// COMPANY".
var definedRoles = map[string]bool{"TARGET": true, "COMPANY": true, "GROUP": true, "ISSUER": true, "PURCHASER": true,
	"VENDOR": true, "VENDORS": true, "SUBSCRIBER": true, "OFFEROR": true, "GUARANTOR": true, "BUYER": true, "SELLER": true}

// definedRoleCaps reports tokens [i, j) that are such a term in capitals
// after "THE": "THE TARGET COMPANY", "THE PURCHASER".
func (f *entFinder) definedRoleCaps(i, j int) bool {
	if j-i < 2 || j-i > 3 || !f.word(i, "THE") {
		return false
	}
	for k := i + 1; k < j; k++ {
		if !definedRoles[f.text(k)] {
			return false
		}
	}
	return true
}

// allUpper reports whether tokens [i, j) are all words in capitals
// ("KEY FACTS", a heading), where a short first word is no prefix.
func (f *entFinder) allUpper(i, j int) bool {
	for k := i; k < j; k++ {
		if f.toks[k].f&tUpper == 0 {
			return false
		}
	}
	return i < j
}

// mixedAcronym reports a short acronym written in mixed case, its first
// and last letters capitals: "BoI", "MoF".
func mixedAcronym(w string) bool {
	return len(w) >= 3 && len(w) <= 5 && isUpper(w[0]) && isUpper(w[len(w)-1]) && strings.IndexFunc(w, func(r rune) bool { return r >= 'a' && r <= 'z' }) > 0
}

// calendarSpan reports a word that opens with a month and a hyphen:
// "June-quarter", "January-September".
func calendarSpan(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 3 {
		return false
	}
	_, month := lookupLower(months, w[:h])
	return month
}

// ventureWithBefore reports a partner's name, and its bracket if any,
// ending at token m after "venture with" or "JV with", the name no
// longer than a few words: "joint venture with Xiamen Huanyu Co., Ltd.
// (SZSE: 002968)".
func (f *entFinder) ventureWithBefore(m, t0 int) bool {
	if f.punct(m, ')') {
		for m--; m > t0 && !f.punct(m, '('); m-- {
			if f.punct(m, ')') {
				return false
			}
		}
		m--
	}
	for n := 0; m > t0 && n < 10; n, m = n+1, m-1 {
		if f.word(m, "with") {
			return n > 0 && m-1 >= t0 && (f.word(m-1, "venture") || f.word(m-1, "JV"))
		}
		// ("with Thai flat-steel maker B (SET: BSPS), V,": a few words
		// that describe the partner.)
		if t := &f.toks[m]; t.f&tCap == 0 && !f.punct(m, '.') && !f.punct(m, ',') && !f.punct(m, '&') && !f.punct(m, '-') && !(t.f&tLower != 0 && t.f&tWord != 0 && !f.word(m, "and")) {
			return false
		}
	}
	return false
}

// holdingHead reports "holding" at token p as the head of a firm's
// description, after a word of its field: "state mining holding MIND
// ID", "the investment holding X"; not the verb ("holding talks").
func (f *entFinder) holdingHead(p, t0 int) bool {
	return f.word(p, "holding") && p-1 >= t0 && (f.word(p-1, "mining") || f.word(p-1, "state") || f.word(p-1, "investment") || f.word(p-1, "energy"))
}

// japaneseName reports tokens i and i+1 as a Japanese name written
// family name first, in capitals: "TAKEBAYASHI Shunsuke".
func (f *entFinder) japaneseName(i int) bool {
	return i+1 < len(f.toks) && f.toks[i].f&tUpper != 0 && f.toks[i+1].f&tCap != 0 && f.toks[i+1].f&tUpper == 0 && len(f.name(i)) >= 3 &&
		romaji(strings.ToLower(f.name(i))) && romaji(strings.ToLower(f.name(i+1))) && !f.has(i+1, lxCompanyHeads|lxLegalEnd|lxGovHeads)
}

// romaji reports whether w, in lower case, is written in Hepburn
// romanisation: syllables of a consonant or two ("sh", "ch", "ts", "ky"
// ...) and a vowel, or a closing "n": "takebayashi", "shunsuke",
// "junichi".
func romaji(w string) bool {
	if len(w) < 2 {
		return false
	}
	vowel := func(c byte) bool { return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o' }
	for i := 0; i < len(w); {
		c := w[i]
		switch {
		case vowel(c):
			i++
		case c == 'n' && (i+1 == len(w) || !vowel(w[i+1]) && w[i+1] != 'y'):
			i++
		case i+1 < len(w) && vowel(w[i+1]) && strings.IndexByte("kgsztdnhbpmyrwjf", c) >= 0:
			i += 2
		case i+2 < len(w) && vowel(w[i+2]) && (w[i+1] == 'y' && strings.IndexByte("kgsnhbpmrj", c) >= 0 || c == 's' && w[i+1] == 'h' || c == 'c' && w[i+1] == 'h' || c == 't' && w[i+1] == 's' || c == w[i+1] && c != 'n'):
			i += 3
		default:
			return false
		}
	}
	return true
}

// actedAsAdviser reports "acted as (sole) legal adviser", "acted as
// joint lead manager" from token j: the part a firm plays in a deal.
func (f *entFinder) actedAsAdviser(j, end int) bool {
	if j+2 >= end || !f.word(j, "acted") && !f.word(j, "acts") || !f.word(j+1, "as") {
		return false
	}
	for q := j + 2; q < end && q < j+6; q++ {
		switch f.fold(q) {
		case "sole", "joint", "lead", "legal", "financial", "corporate", "independent", "technical", "australian", "co-lead":
			continue
		case "adviser", "advisor", "advisers", "advisors", "counsel", "manager", "managers", "arranger", "underwriter", "underwriters", "broker":
			return q > j+2 || f.word(q, "counsel") || f.word(q, "underwriter") || f.word(q, "arranger")
		}
		return false
	}
	return false
}

// chineseCapsName reports a Chinese family name in capitals at token i
// before a given name in title case, as Taiwanese and Hong Kong filings
// write their officers' names: "CHEN Wei-ming", "LIN Meihua".
func (f *entFinder) chineseCapsName(i int) bool {
	if i+1 >= len(f.toks) || f.toks[i].f&tUpper == 0 || f.toks[i+1].f&tCap == 0 || f.toks[i+1].f&tUpper != 0 {
		return false
	}
	w := f.name(i)
	return len(w) >= 2 && familyNames[w[:1]+strings.ToLower(w[1:])] && (strings.IndexByte(f.name(i+1), '-') > 0 || pinyinGiven(f.name(i+1)))
}

// slashAgency reports whether the name at token i stands between
// slashes after a dateline's place at a paragraph's start, where
// Mongolian papers name their agency: "Ulaanbaatar /MONTSAME/ ...".
func (f *entFinder) slashAgency(si, i int) bool {
	es := f.sents[si]
	if es.para < 0 || es.para >= len(f.d.paras) {
		return false
	}
	a := f.d.paras[es.para].a
	if i-1 < es.t0 || f.toks[i-1].a-a > 40 || f.toks[i-1].a < a {
		return false
	}
	t := f.d.v.s[a:f.d.paras[es.para].b]
	place, ok := datelinePlace(t)
	return ok && a+len(place)+1 == f.toks[i-1].a
}

// assetColumn reports whether s[a:b] is the first cell of a row of a
// table whose head's first column names assets: "Project", "Mine",
// "Asset", "Plant", "Field", "Operation".
func assetColumn(s string, a, b int) bool {
	// (The gap after the cell first: most names have none.)
	if !strings.HasPrefix(s[b:], "   ") {
		return false
	}
	ls := strings.LastIndexByte(s[:a], '\n') + 1
	if strings.TrimLeft(s[ls:a], " ") != "" {
		return false
	}
	// Up over the rows of the table to its head, the first line of the
	// block whose cells are parted by wide gaps.
	head := -1
	for end, n := ls-1, 0; end > 0 && n < 40; n++ {
		st := strings.LastIndexByte(s[:end], '\n') + 1
		line := s[st:end]
		if !strings.Contains(strings.TrimLeft(line, " "), "   ") {
			break
		}
		head, end = st, st-1
	}
	if head < 0 {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimLeft(s[head:], " "), "  ")
	switch strings.TrimSpace(first) {
	case "Project", "Projects", "Mine", "Mines", "Asset", "Assets", "Plant", "Plants", "Field", "Fields", "Operation", "Operations", "Facility", "Terminal":
		return true
	}
	return false
}
