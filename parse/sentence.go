package parse

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/entity"
)

// abbreviations end with a dot that does not end a sentence. Keys are the
// word before the dot, as written.
var abbreviations = map[string]bool{
	"Co": true, "Corp": true, "Inc": true, "Ltd": true, "Bhd": true, "Sdn": true, "Pty": true, "Pte": true,
	"Ltda": true, "Lda": true, "Pvt": true, "Cia": true, // "Mineração Rio Pardo Ltda.", "Cia. Vale"
	"Cos": true, "Bros": true, "Mfg": true, "Intl": true, "Assn": true, "Dept": true, "Gov": true, "Govt": true,
	"No": true, "Nos": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true,
	"Sr": true, "Jr": true, "St": true, "Mt": true, "Ft": true, "Gen": true, "Sen": true,
	"Rep": true, "Rev": true, "Hon": true, "Capt": true, "Col": true, "Lt": true, "Sgt": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"Mon": true, "Tue": true, "Tues": true, "Wed": true, "Thu": true, "Thur": true, "Thurs": true, "Fri": true, "Sat": true, "Sun": true,
	"vs": true, "etc": false, "approx": true, "est": true, "fig": true, "al": true, "cf": true,
	"Engr": true, "Atty": true, "Ir": true, "Drs": true, "Dra": true, "Hj": true, "Ma": true, // "Ma. Lourdes Cruz": Maria, in Philippine names
	"Md": true, "Mohd": true, "Muhd": true, // "Md. Rafiqul Islam", "Mohd. Azlan": Muhammad, in Bangladeshi and Malaysian names
	"Fig": true, "Vol": true, "Op": true, "Ave": true, "Blvd": true, "Rd": true,
	"Sta": true, "Sto": true, // "Sta. Ines Resources": Santa, Santo, in Philippine and Latin names
	"Smt": true, // "Smt. Kavita Rao": an Indian honorific
	"Eng": true, // "Eng. Khalid X": a Gulf engineer's title
}

// sentenceStarters are words that, after "U.S." or "Co.", show that the
// dot did end the sentence.
var sentenceStarters = map[string]bool{
	"The": true, "It": true, "Its": true, "He": true, "She": true, "They": true, "This": true,
	"That": true, "These": true, "Those": true, "In": true, "On": true, "But": true, "And": true,
	"A": true, "An": true, "We": true, "I": true, "Our": true, "Their": true, "His": true, "Her": true,
	"Meanwhile": true, "However": true, "Shares": true, "According": true,
	"After": true, "Before": true, "While": true, "When": true, "Once": true, "As": true, "At": true,
	"For": true, "With": true, "Separately": true, "Earlier": true, "Later": true, "Last": true,
	"Since": true, "Under": true, "If": true, "Although": true, "Despite": true, "During": true,
	"Analysts": true, "There": true, "Such": true, "Also": true, "Still": true, "Yet": true, "So": true,
	"Then": true, "By": true,
}

// officerField reports a cover's field that names the issuer's officer:
// "Representative Director: Ryu Jae-won", "CEO: X".
func officerField(t string) bool {
	label, name, ok := strings.Cut(t, ": ")
	// "Representative: Hiroshi Tanabe, President and Representative
	// Director": the name, then the title.
	if c := strings.Index(name, ", "); ok && c > 0 && label == "Representative" {
		name = name[:c]
	}
	name = strings.TrimSpace(name)
	if !ok || len(name) > 40 || strings.Count(name, " ") > 3 || name == "" || !isUpper(name[0]) {
		return false
	}
	switch label {
	case "Representative Director", "Representative", "CEO", "Chief Executive Officer", "President", "President and CEO", "Chairman", "Managing Director":
		return true
	}
	return false
}

// formValue returns where the value of a disclosure form's field starts
// in line t, for the fields that name the filer with its former name and
// the person who speaks for it: "1. Organisation name: X (formerly Y)",
// "4. Person authorised to disclose information: Ms. Z, Chief
// Accountant". It returns 0 for any other line.
func formValue(t string) int {
	label, value, ok := strings.Cut(t, ": ")
	if !ok || len(label) > 60 {
		return 0
	}
	value = strings.TrimSpace(value)
	if value == "" || !isUpper(value[0]) {
		return 0
	}
	label = lowerASCII(strings.TrimLeft(label, "0123456789. "))
	switch {
	case label == "organisation name" || label == "organization name" || label == "company name" || label == "name of company" || label == "name of organisation" || label == "name of organization":
		if !strings.Contains(value, "(formerly ") {
			return 0
		}
	case strings.HasPrefix(label, "person authorised to disclose") || strings.HasPrefix(label, "person authorized to disclose"):
	default:
		return 0
	}
	return len(t) - len(value)
}

// officerOnCover reports whether a line of the page's head is an
// officerField.
func (d *doc) officerOnCover() bool {
	for i := 0; i < d.body && i < len(d.lines) && i < 16; i++ {
		if d.lines[i].kind == lText && officerField(d.text(d.lines[i])) {
			return true
		}
	}
	return false
}

// nativeScriptLine reports a line with no ASCII letter or digit in it,
// as a name written in Chinese or Japanese script is.
func nativeScriptLine(t string) bool {
	if strings.TrimSpace(t) == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; isLetter(c) || isDigit(c) {
			return false
		}
	}
	return true
}

// sentences splits the headline, the summary and every paragraph into
// sentences.
func (d *doc) sentences() {
	// "KALINGA NON-FERROUS LIMITED" over "(formerly known as Kalinga
	// Aluminium Limited)": a letterhead that gives the issuer's old name
	// is read, a sentence a line.
	// (The name in Chinese may stand between, as Hong Kong filings set
	// it.)
	for i := 0; i+1 < d.body && i+1 < len(d.lines) && i < 10; i++ {
		j := i + 1
		if j+1 < d.body && j+1 < len(d.lines) && nativeScriptLine(d.text(d.lines[j])) {
			j++
		}
		if d.headline >= 0 && j >= d.headline || d.summary >= 0 && j >= d.summary {
			break
		}
		if t := d.text(d.lines[j]); (strings.HasPrefix(t, "(formerly ") || strings.HasPrefix(t, "(Formerly ")) && strings.HasSuffix(t, ")") && d.lines[i].kind == lText {
			d.sents = append(d.sents, rng{d.lines[i].ts, d.lines[i].te}, rng{d.lines[j].ts, d.lines[j].te})
			break
		}
	}
	// "Enshu Electric Power Co., Inc. (9541 JT)" at the head of its own
	// page: the sender's name, a sentence of its own.
	// So is the addressee of a letter, under "To:".
	sender, to := false, false
	for i := 0; i < d.body && i < len(d.lines) && i < 12; i++ {
		l := d.lines[i]
		if l.kind != lText {
			to = false
			continue
		}
		t := strings.TrimSpace(d.text(l))
		if i != d.headline && i != d.summary && (to || i < 6 && d.nameLine(i)) {
			d.sents = append(d.sents, rng{l.ts, l.te})
			sender = true
		}
		to = t == "To:"
	}
	// "Representative Director: Ryu Jae-won" on a filing's cover: the
	// issuer's officer, a sentence of its own.
	officer := false
	for i := 0; i < d.body && i < len(d.lines) && i < 16; i++ {
		if d.lines[i].kind == lText && i != d.headline && officerField(d.text(d.lines[i])) {
			d.sents = append(d.sents, rng{d.lines[i].ts, d.lines[i].te})
			officer = true
		}
	}
	// "Taro Yamada - President" over "Ken Mori - Tokai Securities -
	// Analyst": a call's list of speakers in the header, a sentence a
	// line, when two lines at least are speakers'.
	speakers := 0
	for i := 0; i < d.body && i < len(d.lines); i++ {
		if l := d.lines[i]; l.kind == lText && i != d.headline && i != d.summary && speakerLine(d.text(l)) {
			speakers++
		}
	}
	if speakers >= 2 {
		for i := 0; i < d.body && i < len(d.lines); i++ {
			if l := d.lines[i]; l.kind == lText && i != d.headline && i != d.summary && speakerLine(d.text(l)) {
				d.sents = append(d.sents, rng{l.ts, l.te})
				officer = true
			}
		}
	}
	// "1. Organisation name: X (formerly Y)" and "4. Person authorised
	// to disclose information: Ms. Z, Chief Accountant" on a disclosure
	// form's cover: the field's value, a sentence of its own.
	for i := 0; i < d.body && i < len(d.lines) && i < 40; i++ {
		if l := d.lines[i]; l.kind == lText && i != d.headline && i != d.summary {
			if k := formValue(d.text(l)); k > 0 {
				d.sents = append(d.sents, rng{l.ts + k, l.te})
			}
		}
	}
	// "[Photo]" over "X CEO Y (R) shakes hands with Z ...": a photo's
	// caption above the body names people and firms in sentences.
	// ("[Photo] X CEO Y (right) and ...": the marker on the caption's
	// own line.)
	caption := false
	for i := 0; i < d.body && i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind != lText && l.kind != lCaption || i == d.headline || i == d.summary || len(d.text(l)) <= 80 {
			continue
		}
		if i > 0 && l.kind == lText && photoMarker(d.text(d.lines[i-1])) {
			d.sents = appendSentences(d.sents, d.v.s, l.ts, l.te)
			caption = true
		} else if t := d.text(l); t[0] == '[' {
			if c := strings.IndexByte(t, ']'); c > 0 && c+2 < len(t) && t[c+1] == ' ' && photoMarker(t[:c+1]) {
				d.sents = appendSentences(d.sents, d.v.s, l.ts+c+2, l.te)
				caption = true
			}
		}
	}
	if d.headline >= 0 {
		d.sents = append(d.sents, rng{d.lines[d.headline].ts, d.lines[d.headLast].te})
	}
	if d.letterHead >= 0 {
		d.sents = append(d.sents, rng{d.lines[d.letterHead].ts, d.lines[d.letterHead].te})
	}
	if d.summary >= 0 {
		d.sents = append(d.sents, rng{d.lines[d.summary].ts, d.lines[d.summary].te})
	}
	for _, p := range d.paras {
		a := p.a
		// "AUSTRALIA: FITZROY TO FEED CAPRICORN REFINERY" over the item
		// it heads, no blank line between: the heading is a sentence of
		// its own.
		// So is "1. Rare earths: an MOU, not yet a contract" over a
		// paragraph's long first line.
		a += sectionNumber(d.v.s[a:p.b])
		// "iii. Jharia Coking Coal Limited (JCCL) and ...": an item's
		// numeral is no sentence of its own.
		a += romanItem(d.v.s[a:p.b])
		if nl := strings.IndexByte(d.v.s[a:p.b], '\n'); nl > 0 && (capsHeading(d.v.s[a:a+nl]) || titleOver(d.v.s[a+itemNumber(d.v.s[a:a+nl]):a+nl], d.v.s[a+nl+1:p.b])) {
			d.sents = append(d.sents, rng{a + itemNumber(d.v.s[a:a+nl]), a + nl})
			a += nl + 1
			for a < p.b && (d.v.s[a] == ' ' || d.v.s[a] == '\n') {
				a++
			}
		}
		d.sents = appendSentences(d.sents, d.v.s, a, p.b)
	}
	// A notice's title below its cover's fields is read in its place,
	// and so is an officer's field above the headline.
	if d.headline >= d.body || officer || caption || sender {
		slices.SortStableFunc(d.sents, func(x, y rng) int { return x.a - y.a })
	}
}

// speakerLine reports a line of a list of speakers: a name of two to
// four capitalised words that opens it, a dash (the view writes every
// dash as a hyphen) and a capitalised word: "Taro Yamada - President and
// Representative Director".
func speakerLine(t string) bool {
	k := strings.Index(t, " - ")
	if k <= 0 || k > 40 || k+3 >= len(t) || !isUpper(t[k+3]) || len(t) > 160 || endsSentence(t) {
		return false
	}
	words := 0
	for w := range strings.SplitSeq(t[:k], " ") {
		if w == "" || !isUpper(w[0]) || strings.ContainsFunc(w, func(r rune) bool { return r != '-' && r != '.' && r != '\'' && !unicode.IsLetter(r) }) {
			return false
		}
		words++
	}
	return words >= 2 && words <= 4
}

// photoMarker reports a line that marks where a page had a photo:
// "[Photo]", "[Image]", "Photo".
func photoMarker(t string) bool {
	t = strings.TrimSpace(t)
	for _, m := range []string{"[photo]", "[image]", "photo", "[picture]", "(photo)"} {
		if equalLower(t, m) {
			return true
		}
	}
	return false
}

// capsHeading reports a line in capitals that heads what follows it:
// letters, two words at least, none in lower case, and no end of a
// sentence.
func capsHeading(t string) bool {
	if len(t) > 160 || strings.IndexByte(t, ' ') < 0 || endsSentence(t) {
		return false
	}
	letters := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			letters++
		}
	}
	return letters >= 6
}

// titleOver reports a short line that heads the paragraph under it:
// no end of a sentence, a capital first, a few words, and a first line
// under it much longer than it, so that it is no line of a paragraph
// wrapped at a width.
func titleOver(t, rest string) bool {
	next := rest
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		next = rest[:nl]
	}
	next = strings.TrimLeft(next, " ")
	if len(t) < 8 || len(t) > 90 || len(next) < 60 || 10*len(t) > 6*len(next) || endsSentence(t) || !isUpper(t[0]) || next == "" || !(isUpper(next[0]) || isDigit(next[0]) || next[0] == '"') {
		return false
	}
	switch t[len(t)-1] {
	case ',', ';', ':', '-', '(', '&':
		return false
	}
	last := t[strings.LastIndexByte(t, ' ')+1:]
	if strings.Count(t, " ") > 11 || joinWords[last] {
		return false
	}
	return true
}

// itemNumber returns the length of the number a digest's item heading
// opens with, and the space after it: "3. " in "3. Rare earths: an MOU".
func itemNumber(t string) int {
	i := 0
	for i < len(t) && i < 2 && isDigit(t[i]) {
		i++
	}
	if i == 0 || i+2 >= len(t) || t[i] != '.' || t[i+1] != ' ' || !isUpper(t[i+2]) {
		return 0
	}
	return i + 2
}

// romanItem returns the length of a list item's lower-case roman
// numeral, its dot and the space after it, "iv. ", when a capital
// follows; else 0.
func romanItem(t string) int {
	i := 0
	for i < len(t) && i < 5 && (t[i] == 'i' || t[i] == 'v' || t[i] == 'x') {
		i++
	}
	if i == 0 || i+2 >= len(t) || t[i] != '.' || t[i+1] != ' ' || !isUpper(t[i+2]) {
		return 0
	}
	return i + 2
}

// joinWords are words a line of a wrapped sentence may end on, that no
// heading ends on.
var joinWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "to": true, "in": true,
	"on": true, "for": true, "with": true, "by": true, "at": true, "from": true, "as": true, "its": true,
	"their": true, "that": true, "which": true, "is": true, "was": true, "will": true, "has": true,
}

// sectionNumber returns the length of the number a filing's paragraph
// opens with, and the space after it, "1.2 MZRS currently holds" or
// "3.1 CRBM is": the sentence starts after it. A figure with its unit,
// "1.2 Mt of ore", is no section number; nor is a number with no dot.
func sectionNumber(p string) int {
	i := 0
	for i < len(p) && i < 3 && isDigit(p[i]) {
		i++
	}
	if i == 0 || i >= len(p) || p[i] != '.' {
		return 0
	}
	i++
	j := i
	for j < len(p) && j-i < 3 && isDigit(p[j]) {
		j++
	}
	if j == i || j+1 >= len(p) || p[j] != ' ' || !isUpper(p[j+1]) {
		return 0
	}
	w := j + 1
	for w < len(p) && isLetter(p[w]) {
		w++
	}
	if _, ok := commodity.LookupUnitWord(p[j+1 : w]); ok {
		return 0
	}
	return j + 1
}

// appendSentences appends the sentences of s[a:b] to out. A sentence ends
// at '.', '!' or '?' (and the quotes or brackets that close on it) before
// white space and a capital, a digit or an opening quote, unless the dot
// belongs to an abbreviation, an initial or a dotted short form such as
// "U.S." that the next word does not show to be the end.
func appendSentences(out []rng, s string, a, b int) []rng {
	start := a
	for i := a; i < b; i++ {
		i += markFree(s[i:b])
		if i >= b {
			break
		}
		c := s[i]
		j := i + 1
		for j < b && (s[j] == '"' || s[j] == '\'' || s[j] == ')' || s[j] == ']' || s[j] == '.' || s[j] == '!' || s[j] == '?') {
			j++
		}
		if j >= b {
			break
		}
		if s[j] != ' ' && s[j] != '\n' {
			continue
		}
		k := j
		for k < b && (s[k] == ' ' || s[k] == '\n') {
			k++
		}
		if k >= b {
			break
		}
		n := s[k]
		if !(isUpper(n) || isDigit(n) || n == '"' || n == '\'' || n == '(' || n == '[' || n >= 0x80) {
			continue
		}
		if c == '.' && j == i+1 && !dotEndsSentence(s, a, i, k, b) {
			continue
		}
		out = append(out, rng{start, j})
		start = k
		i = k - 1
	}
	if start < b {
		end := b
		for end > start && (s[end-1] == ' ' || s[end-1] == '\n') {
			end--
		}
		if end > start {
			out = append(out, rng{start, end})
		}
	}
	return out
}

// markFree returns the number of bytes at the start of s before the first
// '.', '!' or '?' (len(s) if none). It tests eight bytes at a time: w^m
// has a zero byte where the word w holds the mark m (repeated in each
// byte), and a word x has a zero byte exactly when (x-0x01..)&^x&0x80..
// is not zero.
func markFree(s string) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zero := func(x uint64) uint64 { return (x - ones) &^ x & highs }
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := load64(s[i:])
		if zero(w^'.'*ones)|zero(w^'!'*ones)|zero(w^'?'*ones) != 0 {
			break
		}
	}
	for i < len(s) && s[i] != '.' && s[i] != '!' && s[i] != '?' {
		i++
	}
	return i
}

// dotEndsSentence decides a dot at s[i] followed by white space and a
// word at s[next].
func dotEndsSentence(s string, a, i, next, b int) bool {
	w := i
	for w > a && s[w-1] != ' ' && s[w-1] != '\n' && s[w-1] != '(' && s[w-1] != '"' {
		w--
	}
	word := s[w:i]
	if word == "" {
		return true
	}
	switch {
	case word[len(word)-1] == ')' || word[len(word)-1] == ']':
		// A dot after a closing bracket ends the sentence, whatever the
		// bracket holds: "X Stainless (600917.SS). Wolo Raya owns".
		return true
	case len(word) == 1 && isUpper(word[0]):
		// An initial: "James T. Kirk".
		return false
	case digraphWord(word) && !starterAt(s, next, b):
		// A Mongolian initial: "State Secretary Ts. Oyunbileg".
		return false
	case isDigit(word[0]) && strings.IndexByte(word, '.') >= 0 && !strings.HasSuffix(word, "a.m") && !strings.HasSuffix(word, "p.m"):
		// A number's decimal point: "cutting its interest to 61.5%. Tana
		// Aluminium Co imports ...".
		return true
	case strings.IndexByte(word, '.') >= 0:
		// A dotted short form: "U.S.", "L.P.", "e.g.".
		// ("Sohar Aluminium L.L.C. Emirates Global said": a dotted legal
		// form ends a name, and a capitalised word after it opens the
		// next sentence, but for a title.)
		if dottedLegalEnds[strings.ReplaceAll(word, ".", "")] {
			nw := next
			for nw < b && (isLetter(s[nw]) || isDigit(s[nw])) {
				nw++
			}
			if nextWord := s[next:nw]; nextWord != "" && isUpper(nextWord[0]) && !afterLegalForm[nextWord] {
				return true
			}
		}
		return starterAt(s, next, b)
	case word == "Mt" && w-1 > a && (isDigit(s[w-2]) || s[w-2] == '-'):
		// "guidance of 15-16 Mt. Vice Chairman X said": million tonnes,
		// not Mount.
		return true
	case abbreviations[word]:
		// "Co." is often the last word of a sentence too: before a word
		// that opens sentences, a firm's role ("Rival X said"), or the
		// name it ends said again ("Tsukiyo Shoji Corp. Tsukiyo Shoji
		// said").
		if !legalEnds[word] {
			return false
		}
		if starterAt(s, next, b) {
			return true
		}
		nw := next
		for nw < b && (isLetter(s[nw]) || isDigit(s[nw])) {
			nw++
		}
		nextWord := s[next:nw]
		if nextWord == "" || !isUpper(nextWord[0]) {
			return false
		}
		if startDescriptors[strings.ToLower(nextWord)] {
			return true
		}
		// "... Mining Inc. Japanese trader X said": a demonym opens the
		// next sentence.
		if _, how, ok := entity.LookupCountry(nextWord); ok && how == entity.CountryDemonym {
			return true
		}
		before := s[max(a, w-60):w]
		if strings.HasPrefix(before, nextWord+" ") || strings.Contains(before, " "+nextWord+" ") {
			return true
		}
		// A legal form ends a name: a capitalised word after it opens
		// the next sentence, but for a title ("Corp. President X") or a
		// second legal form ("Co. Ltd").
		return !afterLegalForm[nextWord]
	}
	return true
}

// legalEnds are the legal forms written with a dot that may end a
// sentence: "... at Selat Bank Bhd. The views ...". "Pty." and "Pte."
// come before "Ltd", which afterLegalForm holds.
var legalEnds = map[string]bool{
	"Co": true, "Corp": true, "Inc": true, "Ltd": true, "Bhd": true, "Tbk": true, "Pty": true, "Pte": true,
	"Plc": true, "Cos": true, "Ltda": true, "Lda": true, "Pvt": true,
}

// dottedLegalEnds are the legal forms that end a name written with a dot
// after each letter, the dots taken out: "L.L.C.", "B.S.C.", "P.J.S.C.".
var dottedLegalEnds = map[string]bool{
	"LLC": true, "BSC": true, "QPSC": true, "QSC": true, "PJSC": true, "SAOG": true, "SAOC": true, "WLL": true,
	"SAA": true, "SAC": true, "SpA": true, "NV": true, "BV": true, "AG": true, "PLC": true, "LLP": true, "KK": true,
}

// afterLegalForm are the capitalised words that may follow "Co.",
// "Corp.", "Inc." or "Ltd." inside a sentence.
var afterLegalForm = map[string]bool{
	"President": true, "Chairman": true, "Chairwoman": true, "Chief": true, "CEO": true, "CFO": true,
	"COO": true, "Director": true, "Vice": true, "Executive": true, "Managing": true, "Senior": true,
	"Head": true, "General": true, "Deputy": true, "Group": true, "Chair": true, "Founder": true,
	"Ltd": true, "Limited": true, "Inc": true, "Corp": true, "Co": true, "LLC": true, "PLC": true,
	"Bhd": true, "Tbk": true, "Pty": true, "Pte": true, "Holdings": true, "Co.": true, "Ltd.": true, "Inc.": true,
	"I": true, "II": true, "III": true, "Representative": true, "Partner": true,
}

// starterAt reports whether the word at s[next:] (up to b) is one of the
// sentenceStarters.
func starterAt(s string, next, b int) bool {
	nw := next
	for nw < b && (isLetter(s[nw]) || isDigit(s[nw])) {
		nw++
	}
	return sentenceStarters[s[next:nw]]
}
