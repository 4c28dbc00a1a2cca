package parse

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/entity"
)

// etok is one token of a sentence: a word or a mark, as a range of the
// view. A word's range leaves out a possessive "'s" (flagged tPoss) and a
// sentence-ending dot; it keeps the dot of "Co.", "U.S." and "L.P.". For a
// word with a hyphenated place suffix ("Texas-based") cut is where the
// name part ends; otherwise cut == b.
type etok struct {
	a, b, cut int
	f         tflag
	// The country the name part is a word for, and how, once
	// tCountryRead: see entFinder.tokCountry.
	country entity.Country
	form    entity.CountryForm
	written writtenBit // the tables that hold the text as written, once tWrittenRead
	lex     lexBit     // the word tables the name part is in, once tLexed
}

type tflag uint16

const (
	tWord        tflag = 1 << iota // letters or digits
	tCap                           // begins with an upper-case letter
	tUpper                         // two or more letters, none lower case ("POSCO", "U.S.", "LS")
	tDigit                         // begins with a digit
	tPoss                          // a possessive "'s" or "'" follows
	tStart                         // first word of its sentence or of a quotation
	tSuffix                        // ends in a place suffix: "Texas-based", "London-listed"
	tLower                         // begins with a lower-case letter
	tCash                          // a cashtag or a currency: "$RIO", "US$", "A$75mn"
	tLexed                         // lex is set
	tHasDigit                      // holds a digit
	tName                          // has the shape of a word of a name; see nameShape
	tCountryRead                   // country and form are set
	tCountry                       // the name part is a country word
	tWrittenRead                   // written is set
)

// placeSuffixes are the words after a hyphen that make the part before
// it a place or an origin: "Texas-based", "London-listed".
var placeSuffixes = wordSet("based", "listed", "owned", "backed", "controlled", "run", "headquartered",
	"invested", "made", "born", "registered", "funded", "focused", "led", "linked", "bound", "traded", "affiliated",
	"incorporated", "domiciled", "quoted")

// lexOfTok returns the table bits of token t of s, looking them up on
// first use. The test is inlined where it is called; the lookup is not.
func lexOfTok(s string, t *etok) lexBit {
	if t.f&tLexed == 0 {
		readLex(s, t)
	}
	return t.lex
}

// readLex looks up the table bits of token t of s. It stays out of
// line, so that lexOfTok is inlined.
//
//go:noinline
func readLex(s string, t *etok) {
	if t.f&tWord != 0 {
		t.lex = tokLex(s, t.a, t.cut)
	}
	t.f |= tLexed
}

// writtenOfTok returns the bits of the tables that hold the text of
// token t of s as written, looking them up on first use.
func writtenOfTok(s string, t *etok) writtenBit {
	if t.f&tWrittenRead == 0 {
		t.written = writtenAt(s, t.a, t.b)
		t.f |= tWrittenRead
	}
	return t.written
}

// legalDotted are the legal forms written with a dot: "Co.", "Ltd.",
// "PT."; "Group." ends a sentence.
var legalDotted = wordSet("co", "corp", "inc", "ltd", "bhd", "sdn", "pty", "pte", "cos", "tbk", "pt", "bros", "mfg", "intl")

// dottedWord reports a legal form or an honorific that takes a dot:
// "Co.", "Ltd.", "Mr.".
func dottedWord(w string) bool {
	if len(w) > 4 {
		return false
	}
	var buf [4]byte
	for i := 0; i < len(w); i++ {
		buf[i] = lower(w[i])
	}
	if !dottedFilter.may(string(buf[:len(w)])) {
		return false
	}
	return legalDotted[string(buf[:len(w)])] || honorifics[string(buf[:len(w)])]
}

// dottedFilter passes the words of legalDotted and honorifics.
var dottedFilter = filterOf(legalDotted, honorifics)

// abbrevFilter passes the words of abbreviations.
var abbrevFilter = filterOf(abbreviations)

// lowerLegalFilter passes the words of lowerLegal.
var lowerLegalFilter = filterOf(lowerLegal)

// filterOf returns a wordFilter that passes the keys of the tables.
func filterOf(tables ...map[string]bool) *wordFilter {
	f := new(wordFilter)
	for _, m := range tables {
		for w := range m {
			f.add(w)
		}
	}
	return f
}

// abbreviation reports whether w, a word before a dot, is in
// abbreviations.
func abbreviation(w string) bool {
	return abbrevFilter.may(w) && abbreviations[w]
}

// digraphInitial reports the word s[i:j], before a dot, as the initial
// of a Mongolian (or Kazakh or Russian) patronymic written with two
// letters for one Cyrillic one, before a name: "Ts. Oyunbileg", "Ch.
// Batbold", "Sh. Tsogt".
func digraphInitial(s string, i, j, b int) bool {
	return j-i == 2 && j+2 < b && s[j+1] == ' ' && isUpper(s[j+2]) && digraphWord(s[i:j])
}

// digraphWord reports the two letters that stand for one Cyrillic
// letter as a name's initial.
func digraphWord(w string) bool {
	switch w {
	case "Ts", "Ch", "Sh", "Kh", "Zh", "Ya", "Yu", "Ye", "Yo", "Dz":
		return true
	}
	return false
}

// tokenize appends the tokens of s[a:b] to out.
func tokenize(s string, a, b int, out []etok) []etok {
	start := true
	dollar := -1 // the end of the last "$" read, so that a word right after it is known
	for i := a; i < b; {
		c := s[i]
		if c == ' ' || c == '\n' {
			i++
			continue
		}
		if byteClass[c]&(cLetter|cDigit) == 0 && (c < utf8.RuneSelf || !wordRune(s, i)) {
			n := 1
			if c >= utf8.RuneSelf {
				_, n = utf8.DecodeRuneInString(s[i:])
			}
			out = appendTok(out, i, i+n, i+n, 0)
			switch c {
			case '"':
				// A quotation starts a fresh clause.
				start = true
			case '$':
				dollar = i + 1
			}
			i += n
			continue
		}
		j, shape, hy, ascii := scanWord(s, i, b)
		// The token's end, the end of its name part and its flags, kept
		// in variables until the token is appended whole.
		tb, cut, tf := j, j, tWord
		// A dot after the word belongs to it when the word is an
		// abbreviation, a legal form, an initial or a dotted short form.
		if j < b && s[j] == '.' {
			w := s[i:j]
			if strings.IndexByte(w, '.') >= 0 || abbreviation(w) || len(w) == 1 && isUpper(w[0]) || dottedWord(w) || digraphInitial(s, i, j, b) {
				if !(j+1 < b && isDigit(s[j+1])) {
					j++
					tb, cut = j, j
				}
			}
		}
		// A possessive: "Korea's", "Resources'".
		if j < b && s[j] == '\'' {
			if j+1 < b && (s[j+1] == 's' || s[j+1] == 'S') && (j+2 >= b || !isWordRune(s, j+2)) {
				tf |= tPoss
				j += 2
			} else if s[j-1] == 's' && (j+1 >= b || !isWordRune(s, j+1)) && isUpper(s[i]) {
				tf |= tPoss
				j++
			}
		}
		// The dot after the word, if kept, changes neither its shape nor
		// its hyphen.
		if !ascii {
			hy = hyphenAt(s, i, tb)
		} else if hy >= 0 {
			hy += i
			if hy+1 >= tb || !isLower(s[hy+1]) || hy == i {
				hy = -1
			}
		}
		if hy > 0 && placeSuffix(s[hy+1:tb]) {
			cut = hy
			tf |= tSuffix
			shape = wordShape(s[i:cut])
		} else if !ascii {
			shape = wordShape(s[i:cut])
		}
		tf |= shape
		// A capitalised word or one in capitals has the shape of a name
		// unless it holds a digit, and a word of more than four small
		// letters in ASCII never has; nameShape reads the rest.
		switch {
		case shape&(tCap|tHasDigit) == tCap && unitAfterAmount(s, out, i, tb):
			// "1.41 million WMT was sold": the unit of the amount.
		case shape&(tCap|tHasDigit) == tCap:
			tf |= tName
		case shape&(tLower|tHasDigit) == tLower && tb-i > 4 && s[i] < utf8.RuneSelf && (tb-i > 6 || s[i+1] != '.'):
			// (Not "s.r.o.", a legal form of dotted letters.)
		case nameShape(s, i, tb, tf):
			tf |= tName
		}
		if dollar == i || tb < b && s[tb] == '$' {
			tf |= tCash
		}
		if start {
			tf |= tStart
			start = false
		}
		out = appendTok(out, i, tb, cut, tf)
		i = j
	}
	return out
}

// unitAfterAmount reports a word in capitals at view range [a, b) that
// is a unit of mass ("WMT", "DMT", "MT") right after a number or a
// number's word, the last token of out: "2.33 million WMT".
func unitAfterAmount(s string, out []etok, a, b int) bool {
	if len(out) == 0 || b-a < 2 || b-a > 5 || !isUpper(s[a+1]) {
		return false
	}
	p := out[len(out)-1]
	if w := s[p.a:p.b]; !isDigit(w[len(w)-1]) && w != "million" && w != "billion" && w != "thousand" {
		return false
	}
	_, ok := commodity.LookupUnitWord(s[a:b])
	return ok
}

// appendTok appends to out the token of view range [a, b), its name
// part ending at cut, with flags f. It writes the fields in place: a
// token built whole and copied in is stored piecemeal and then read back
// in wider words, which stalls the copy.
func appendTok(out []etok, a, b, cut int, f tflag) []etok {
	out = append(out, etok{})
	t := &out[len(out)-1]
	t.a, t.b, t.cut, t.f = a, b, cut, f
	return out
}

// asciiShape returns what wordShape returns for w and the offset in w of
// its last hyphen (-1 for none), in one pass; ascii is false, and the
// rest unset, when w is not all ASCII. The tokenizer works the same out
// as it finds where a word ends (see scanWord); asciiShape reads a word
// already cut, and TestASCIIShape holds asciiFlags to wordShape through
// it.
func asciiShape(w string) (f tflag, hyphen int, ascii bool) {
	hyphen = -1
	var seen byte
	for i := 0; i < len(w); i++ {
		k := byteClass[w[i]]
		if k&cHigh != 0 {
			return 0, -1, false
		}
		seen |= k
		if k&cHyphen != 0 {
			hyphen = i
		}
	}
	return asciiFlags(w, seen), hyphen, true
}

// asciiFlags returns the case flags of the ASCII word w (see wordShape),
// given the union of the byteClass of its bytes.
func asciiFlags(w string, seen byte) (f tflag) {
	if len(w) == 0 {
		return 0
	}
	f = firstFlags[w[0]]
	if f == tLower && (len(w) > 2 && isUpper(w[1]) && isLower(w[2]) || elidedCap(w)) {
		f = tCap
	}
	if seen&cDigit != 0 {
		f |= tHasDigit
	}
	if f&tCap != 0 && seen&cLower == 0 && twoLetters(w) {
		f |= tUpper
	}
	return f
}

// firstFlags holds the case flag a word takes from its first byte, for
// every ASCII byte: tDigit, tCap or tLower.
var firstFlags = func() (t [256]tflag) {
	for c := 0; c < 256; c++ {
		switch k := byteClass[c]; {
		case k&cDigit != 0:
			t[c] = tDigit
		case k&cUpper != 0:
			t[c] = tCap
		case k&cLower != 0:
			t[c] = tLower
		}
	}
	return t
}()

// twoLetters reports whether the ASCII word w holds two letters or more.
func twoLetters(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		if byteClass[w[i]]&cLetter != 0 {
			n++
		}
	}
	return n >= 2
}

// scanWord returns the end of the word that starts at i, as wordEnd
// does, and, for a word all in ASCII, what asciiShape returns for it
// (the hyphen's offset counted from i), in the same pass. For a word
// with other letters, ascii is false and the rest unset.
//
// It reads the letters and digits of a word eight bytes at a time (see
// alnumBytes), and the marks inside a word one by one.
func scanWord(s string, i, b int) (j int, f tflag, hyphen int, ascii bool) {
	var seen byte
	var up, low, dig uint64 // the capitals, small letters and digits of the words of eight bytes read
	hyphen = -1
	w := s[:b] // the bytes the loop reads, without bounds checks
	j = i
scan:
	for j < len(w) {
		for j+8 <= len(w) {
			x := load64(w[j:])
			if x&highBits != 0 {
				break
			}
			u, l, d := alnumBytes(x)
			if m := u | l | d; m != highBits {
				// The bytes before the first that is no letter or digit.
				keep := uint64(1)<<(bits.TrailingZeros64(^m&highBits)+1) - 1
				up, low, dig = up|u&keep, low|l&keep, dig|d&keep
				j += bits.TrailingZeros64(^m&highBits) >> 3
				break
			}
			up, low, dig = up|u, low|l, dig|d
			j += 8
		}
		if j >= len(w) {
			break
		}
		c := w[j]
		k := byteClass[c]
		if k&(cLetter|cDigit) != 0 {
			seen |= k
			j++
			continue
		}
		if k&cHigh != 0 {
			if wordRune(s, j) {
				return wordEnd(s, i, b), 0, -1, false
			}
			break // a mark not in ASCII ends the word
		}
		// A mark stays inside the word between letters or digits, as
		// wordEnd reads it; a space or another mark ends it.
		if k&cMark == 0 || j+1 >= b || !isWordRune(s, j+1) {
			break
		}
		switch c {
		case '-':
			hyphen = j - i
		case '/':
			if slashSplits(s, i, j) {
				break scan
			}
		case '.', '&':
		case '\'':
			// Not a possessive: "N'Djamena", "O'Brien".
			if s[j+1] == 's' && (j+2 >= b || !isWordRune(s, j+2)) {
				break scan
			}
		case ',':
			if !isDigit(s[j-1]) || !isDigit(s[j+1]) {
				break scan
			}
		case ':':
			if !isUpper(s[j-1]) && !isDigit(s[j-1]) || !isUpper(s[j+1]) && !isDigit(s[j+1]) {
				break scan
			}
		default:
			break scan
		}
		j++
	}
	if up != 0 {
		seen |= cLetter | cUpper
	}
	if low != 0 {
		seen |= cLetter | cLower
	}
	if dig != 0 {
		seen |= cDigit
	}
	return j, asciiFlags(s[i:j], seen), hyphen, true
}

// alnumBytes returns the top bit of each byte of x, all ASCII, that is a
// capital letter, a small letter and a digit.
func alnumBytes(x uint64) (up, low, dig uint64) {
	return byteRange(x, 'A', 'Z'), byteRange(x, 'a', 'z'), byteRange(x, '0', '9')
}

// byteRange returns the top bit of each byte of x, all ASCII, that is
// within [lo, hi]. No sum carries into the next byte: every byte and
// addend is below 0x80.
func byteRange(x uint64, lo, hi byte) uint64 {
	return (x + uint64(0x80-lo)*oneBytes) &^ (x + uint64(0x7f-hi)*oneBytes) & highBits
}

// The classes of a byte in byteClass.
const (
	cLetter byte = 1 << iota // an ASCII letter; must be 1, asciiShape counts with it
	cDigit                   // an ASCII digit
	cUpper                   // an ASCII capital
	cLower                   // an ASCII small letter
	cHyphen                  // '-'
	cHigh                    // a byte of a multi-byte UTF-8 sequence
	cMark                    // a mark that can stand inside a word: - . & / ' , :
)

// byteClass holds the classes of every byte value, so that the
// tokenizer tests a byte with one load.
var byteClass = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		switch {
		case isUpper(b):
			t[c] = cLetter | cUpper
		case isLower(b):
			t[c] = cLetter | cLower
		case isDigit(b):
			t[c] = cDigit
		case b == '-':
			t[c] = cHyphen
		case b >= utf8.RuneSelf:
			t[c] = cHigh
		}
		if strings.IndexByte("-.&/',:", b) >= 0 {
			t[c] |= cMark
		}
	}
	return t
}()

// lowerByte maps every byte to lower(byte), without a branch that the
// case of a word makes hard to predict.
var lowerByte = func() (t [256]byte) {
	for c := range t {
		t[c] = lower(byte(c))
	}
	return t
}()

// nameShape reports whether the word s[a:b], a token with flags f,
// has the shape of a word that can stand in a name: a capitalised
// word, a word in capitals, a word of capitals and digits ("3M", "G7",
// "SK2"), a word in Chinese, Japanese or Korean script, or a legal form
// written in lower case ("plc", "Tbk"). See nameTok.
func nameShape(s string, a, b int, f tflag) bool {
	w := s[a:b]
	switch {
	case f&tHasDigit != 0:
		// "3M", "G7", "SK2": letters and digits only, in capitals.
		letters := false
		for i := 0; i < len(w); i++ {
			c := w[i]
			if isLower(c) || c == '.' || c == ',' || c == '-' || c == '/' || c == ':' {
				return false
			}
			letters = letters || isUpper(c)
		}
		return letters
	case f&(tCap|tUpper) != 0:
		return true
	case w[0] >= utf8.RuneSelf:
		// Names in Chinese, Japanese or Korean script: "台泥".
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.In(r, unicode.Han, unicode.Hangul, unicode.Katakana, unicode.Hiragana)
	}
	// Lower-case legal forms: "plc", "Tbk", "s.r.o.".
	return len(w) <= 6 && lowerLegalFilter.may(w) && lowerLegal[w]
}

// placeSuffix reports whether w, folded, is one of placeSuffixes, as
// placeSuffixes[foldWord(w)] does, without making a string.
func placeSuffix(w string) bool {
	var buf [16]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return placeSuffixes[foldWord(w)]
		}
		if c == '.' {
			continue
		}
		if n == len(buf) {
			return false // longer than every suffix
		}
		buf[n] = lowerByte[c]
		n++
	}
	return placeSuffixFilter.may(string(buf[:n])) && placeSuffixes[string(buf[:n])]
}

// placeSuffixFilter passes the words of placeSuffixes.
var placeSuffixFilter = filterOf(placeSuffixes)

// hyphenAt returns the offset of the last hyphen inside s[a:b] that
// has a lower-case letter after it, or -1.
func hyphenAt(s string, a, b int) int {
	for i := b - 2; i > a; i-- {
		if s[i] == '-' {
			if isLower(s[i+1]) {
				return i
			}
			return -1
		}
	}
	return -1
}

// isWordRune reports whether the rune at s[i] is a letter or a digit.
func isWordRune(s string, i int) bool {
	c := s[i]
	return alnumByte[c] || c >= utf8.RuneSelf && wordRune(s, i)
}

// alnumByte reports for every byte whether it is an ASCII letter or
// digit, as byteClass[c]&(cLetter|cDigit) != 0 does, in a test cheap
// enough that isWordRune is inlined.
var alnumByte = func() (t [256]bool) {
	for c := range t {
		t[c] = byteClass[c]&(cLetter|cDigit) != 0
	}
	return t
}()

// slashSplits reports whether the slash at s[j] parts two names rather
// than standing inside one: "Investment Ministry/BKPM", "Hyundai/Kia",
// but "A/S", "t/y". The word before it, from i, is capitalised, of four
// bytes or more, and ends in a small letter; a capital follows.
func slashSplits(s string, i, j int) bool {
	return j-i >= 4 && isUpper(s[i]) && isLower(s[j-1]) && j+1 < len(s) && isUpper(s[j+1])
}

// wordRune reports whether the rune at s[i], which is not ASCII, is a
// letter or a digit.
func wordRune(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordEnd returns the end of the word that starts at i: letters and
// digits, with the marks that stand inside names and numbers between
// them ("U.S", "Bon-kyu", "LS&C", "1,000", "LON:SXX", "N'Djamena").
func wordEnd(s string, i, b int) int {
	j := i
	for j < b {
		c := s[j]
		if byteClass[c]&(cLetter|cDigit) != 0 {
			j++
			continue
		}
		if c >= utf8.RuneSelf && wordRune(s, j) {
			_, n := utf8.DecodeRuneInString(s[j:])
			j += n
			continue
		}
		if j+1 >= b || !isWordRune(s, j+1) {
			break
		}
		switch c {
		case '.', '-', '&':
		case '/':
			if slashSplits(s, i, j) {
				return j
			}
		case '\'':
			// Not a possessive: "N'Djamena", "O'Brien".
			if s[j+1] == 's' && (j+2 >= b || !isWordRune(s, j+2)) {
				return j
			}
		case ',':
			if !isDigit(s[j-1]) || !isDigit(s[j+1]) {
				return j
			}
		case ':':
			if !isUpper(s[j-1]) && !isDigit(s[j-1]) || !isUpper(s[j+1]) && !isDigit(s[j+1]) {
				return j
			}
		default:
			return j
		}
		j++
	}
	return j
}

// elidedCap reports a French article or "de" elided before a capital:
// "l'Ogooue", "d'Exploitation", as a firm's name writes them.
func elidedCap(w string) bool {
	return len(w) > 3 && (w[0] == 'l' || w[0] == 'd') && w[1] == '\'' && isUpper(w[2])
}

// wordShape returns the case flags of word w.
func wordShape(w string) tflag {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii && len(w) > 0 {
		var f tflag
		switch c := w[0]; {
		case isDigit(c):
			f = tDigit
		case isUpper(c):
			f = tCap
		case isLower(c):
			f = tLower
			if len(w) > 2 && isUpper(w[1]) && isLower(w[2]) || elidedCap(w) {
				f = tCap
			}
		}
		letters, lower := 0, false
		for i := 0; i < len(w); i++ {
			if isLetter(w[i]) {
				letters++
				lower = lower || isLower(w[i])
			} else if isDigit(w[i]) {
				f |= tHasDigit
			}
		}
		if letters >= 2 && !lower && f&tCap != 0 {
			f |= tUpper
		}
		return f
	}
	var f tflag
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case r >= '0' && r <= '9':
		f |= tDigit
	case unicode.IsUpper(r):
		f |= tCap
	case unicode.IsLower(r):
		f |= tLower
		// "eBay", "iShares": a lower-case letter before a capital.
		if len(w) > 2 && isUpper(w[1]) && isLower(w[2]) {
			f = f&^tLower | tCap
		}
	}
	letters, lower := 0, false
	for _, r := range w {
		if r >= '0' && r <= '9' {
			f |= tHasDigit
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) {
				lower = true
			}
		}
	}
	if letters >= 2 && !lower && f&tCap != 0 {
		f |= tUpper
	}
	return f
}
