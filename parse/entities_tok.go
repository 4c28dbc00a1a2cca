package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// etok is one token of a sentence: a word or a mark, as a range of the
// view. A word's range leaves out a possessive "'s" (flagged tPoss) and a
// sentence-ending dot; it keeps the dot of "Co.", "U.S." and "L.P.". For a
// word with a hyphenated place suffix ("Texas-based") cut is where the
// name part ends; otherwise cut == b.
type etok struct {
	a, b, cut int
	f         tflag
	lex       lexBit // the word tables the name part is in, once tLexed
}

type tflag uint16

const (
	tWord     tflag = 1 << iota // letters or digits
	tCap                        // begins with an upper-case letter
	tUpper                      // two or more letters, none lower case ("POSCO", "U.S.", "LS")
	tDigit                      // begins with a digit
	tPoss                       // a possessive "'s" or "'" follows
	tStart                      // first word of its sentence or of a quotation
	tSuffix                     // ends in a place suffix: "Texas-based", "London-listed"
	tLower                      // begins with a lower-case letter
	tCash                       // a cashtag or a currency: "$RIO", "US$", "A$75mn"
	tLexed                      // lex is set
	tHasDigit                   // holds a digit
)

// placeSuffixes are the words after a hyphen that make the part before
// it a place or an origin: "Texas-based", "London-listed".
var placeSuffixes = wordSet("based", "listed", "owned", "backed", "controlled", "run", "headquartered",
	"invested", "made", "born", "registered", "funded", "focused", "led", "linked", "bound", "traded", "affiliated")

// lexOfTok returns the table bits of token t of s, looking them up on
// first use.
func lexOfTok(s string, t *etok) lexBit {
	if t.f&tLexed == 0 {
		if t.f&tWord != 0 {
			t.lex = lexOf(s[t.a:t.cut])
		}
		t.f |= tLexed
	}
	return t.lex
}

// legalDotted are the legal forms written with a dot: "Co.", "Ltd.",
// "PT."; "Group." ends a sentence.
var legalDotted = wordSet("co", "corp", "inc", "ltd", "bhd", "pty", "pte", "cos", "tbk", "pt", "bros", "mfg", "intl", "plc", "llc", "jsc")

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
	return legalDotted[string(buf[:len(w)])] || honorifics[string(buf[:len(w)])]
}

// tokenize appends the tokens of s[a:b] to out.
func tokenize(s string, a, b int, out []etok) []etok {
	start := true
	for i := a; i < b; {
		c := s[i]
		if c == ' ' || c == '\n' {
			i++
			continue
		}
		if !isWordRune(s, i) {
			n := 1
			if c >= utf8.RuneSelf {
				_, n = utf8.DecodeRuneInString(s[i:])
			}
			out = append(out, etok{a: i, b: i + n, cut: i + n})
			if c == '"' {
				// A quotation starts a fresh clause.
				start = true
			}
			i += n
			continue
		}
		j := wordEnd(s, i, b)
		t := etok{a: i, b: j, cut: j, f: tWord}
		// A dot after the word belongs to it when the word is an
		// abbreviation, a legal form, an initial or a dotted short form.
		if j < b && s[j] == '.' {
			w := s[i:j]
			if strings.IndexByte(w, '.') >= 0 || abbreviations[w] || len(w) == 1 && isUpper(w[0]) || dottedWord(w) {
				if !(j+1 < b && isDigit(s[j+1])) {
					j++
					t.b, t.cut = j, j
				}
			}
		}
		// A possessive: "Korea's", "Resources'".
		if j+1 < b && s[j] == '\'' && (s[j+1] == 's' || s[j+1] == 'S') && (j+2 >= b || !isWordRune(s, j+2)) {
			t.f |= tPoss
			j += 2
		} else if j < b && s[j] == '\'' && s[j-1] == 's' && (j+1 >= b || !isWordRune(s, j+1)) && isUpper(s[i]) {
			t.f |= tPoss
			j++
		}
		shape, hy, ascii := asciiShape(s[t.a:t.b])
		if !ascii {
			hy = hyphenAt(s, t.a, t.b)
		} else if hy >= 0 {
			hy += t.a
			if hy+1 >= t.b || !isLower(s[hy+1]) || hy == t.a {
				hy = -1
			}
		}
		if hy > 0 && placeSuffixes[foldWord(s[hy+1:t.b])] {
			t.cut = hy
			t.f |= tSuffix
			shape = wordShape(s[t.a:t.cut])
		} else if !ascii {
			shape = wordShape(s[t.a:t.cut])
		}
		t.f |= shape
		if i > a && s[i-1] == '$' || t.b < b && s[t.b] == '$' {
			t.f |= tCash
		}
		if start {
			t.f |= tStart
			start = false
		}
		out = append(out, t)
		i = j
	}
	return out
}

// asciiShape returns what wordShape returns for w and the offset in w of
// its last hyphen (-1 for none), in one pass; ascii is false, and the
// rest unset, when w is not all ASCII.
func asciiShape(w string) (f tflag, hyphen int, ascii bool) {
	if len(w) == 0 {
		return 0, -1, true
	}
	switch c := w[0]; {
	case isDigit(c):
		f = tDigit
	case isUpper(c):
		f = tCap
	case isLower(c):
		f = tLower
		if len(w) > 2 && isUpper(w[1]) && isLower(w[2]) {
			f = tCap
		}
	}
	hyphen = -1
	letters, lower := 0, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return 0, -1, false
		case isLower(c):
			letters++
			lower = true
		case isUpper(c):
			letters++
		case isDigit(c):
			f |= tHasDigit
		case c == '-':
			hyphen = i
		}
	}
	if letters >= 2 && !lower && f&tCap != 0 {
		f |= tUpper
	}
	return f, hyphen, true
}

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
	if c < utf8.RuneSelf {
		return isLetter(c) || isDigit(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordEnd returns the end of the word that starts at i: letters and
// digits, with the marks that stand inside names and numbers between
// them ("U.S", "Bon-kyu", "LS&C", "1,000", "LON:SXX", "N'Djamena").
func wordEnd(s string, i, b int) int {
	j := i
	for j < b {
		if c := s[j]; c < utf8.RuneSelf && (isLetter(c) || isDigit(c)) {
			j++
			continue
		}
		if isWordRune(s, j) {
			if s[j] < utf8.RuneSelf {
				j++
			} else {
				_, n := utf8.DecodeRuneInString(s[j:])
				j += n
			}
			continue
		}
		c := s[j]
		if j+1 >= b || !isWordRune(s, j+1) {
			break
		}
		switch c {
		case '.', '-', '&', '/':
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
			if len(w) > 2 && isUpper(w[1]) && isLower(w[2]) {
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
