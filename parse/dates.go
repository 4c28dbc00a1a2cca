package parse

import (
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/article"
)

// months maps English month names and their abbreviations, lower case.
var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// monthAt reads a month name at the start of s ("July", "Aug.", "Sept")
// and returns it with the number of bytes read.
func monthAt(s string) (time.Month, int) {
	n := 0
	for n < len(s) && isLetter(s[n]) {
		n++
	}
	if n < 3 || n > 9 {
		return 0, 0
	}
	var low [9]byte
	for i := 0; i < n; i++ {
		low[i] = lower(s[i])
	}
	m, ok := months[string(low[:n])]
	if !ok {
		return 0, 0
	}
	if n < len(s) && s[n] == '.' {
		n++
	}
	return m, n
}

// digitsAt returns the number of ASCII digits at the start of s and their
// value (capped to stay small).
func digitsAt(s string) (int, int) {
	n, v := 0, 0
	for n < len(s) && isDigit(s[n]) {
		if n < 9 {
			v = v*10 + int(s[n]-'0')
		}
		n++
	}
	return n, v
}

// dateAt reads a calendar date at the start of s in the forms news pages
// use: "May 23, 2025", "Aug. 1, 2025", "November 25 2025", "23 May 2025",
// "2025-05-23", "09-Jun-2025", and, with year 0, a date without a year: "July 31",
// "31 July". It returns the date and the number of bytes read, or n == 0.
func dateAt(s string) (d article.Date, n int) {
	// ISO: 2025-05-23, and "2025.11.24" as Korean and Chinese sites
	// date a story, "2025/12/05" as Taiwanese ones do.
	if len(s) >= 10 && isDigit(s[0]) {
		// ("2025/12/05", as Taiwan's exchange dates a notice.)
		if k, y := digitsAt(s); k == 4 && (s[4] == '-' || s[4] == '.' || s[4] == '/') {
			if k2, m := digitsAt(s[5:]); k2 == 2 && len(s) > 8 && s[7] == s[4] {
				if k3, day := digitsAt(s[8:]); k3 == 2 && !continuesWord(s, 10) {
					d = article.Date{Year: y, Month: time.Month(m), Day: day}
					if d.IsValid() {
						return d, 10
					}
				}
			}
		}
	}
	// "29.10.2026": dots part a date day first, as Europe, Russia and
	// Central Asia write it.
	if len(s) >= 10 && isDigit(s[0]) && s[2] == '.' && s[5] == '.' {
		k1, day := digitsAt(s)
		k2, m := digitsAt(s[3:])
		k3, y := digitsAt(s[6:])
		if k1 == 2 && k2 == 2 && k3 == 4 && !continuesWord(s, 10) && !(len(s) > 11 && s[10] == '.' && isDigit(s[11])) {
			if d = (article.Date{Year: y, Month: time.Month(m), Day: day}); d.IsValid() {
				return d, 10
			}
		}
	}
	// Day/Month/Year or Month/Day/Year, where the numbers tell which:
	// "14/07/2026" (a day above 12 comes first outside the U.S.).
	if d, n := slashDate(s); n > 0 {
		return d, n
	}
	// Month Day[,] [Year]
	if m, k := monthAt(s); k > 0 {
		i := k
		i += spaces(s[i:])
		if dk, day := digitsAt(s[i:]); dk >= 1 && dk <= 2 {
			i += dk
			i += suffixOrdinal(s[i:])
			if continuesWord(s, i) {
				return article.Date{}, 0
			}
			d = article.Date{Month: m, Day: day}
			j := i
			if j < len(s) && s[j] == ',' {
				j++
			}
			j += spaces(s[j:])
			if yk, y := digitsAt(s[j:]); yk == 4 && !continuesWord(s, j+4) {
				d.Year = y
				i = j + 4
			}
			if !dayValid(d) {
				return article.Date{}, 0
			}
			return d, i
		}
		return article.Date{}, 0
	}
	// Day Month [Year]
	if dk, day := digitsAt(s); dk >= 1 && dk <= 2 {
		i := dk + suffixOrdinal(s[dk:])
		sp := spaces(s[i:])
		if sp == 0 && i < len(s) && s[i] == '-' {
			// "09-Jun-2025", as Singapore's exchange dates a notice: the
			// year is needed.
			if m, k := monthAt(s[i+1:]); k > 0 && i+1+k < len(s) && s[i+1+k] == '-' {
				j := i + 1 + k + 1
				if yk, y := digitsAt(s[j:]); yk == 4 && !continuesWord(s, j+4) {
					if d = (article.Date{Year: y, Month: m, Day: day}); d.IsValid() {
						return d, j + 4
					}
				}
			}
			return article.Date{}, 0
		}
		if sp == 0 {
			return article.Date{}, 0
		}
		i += sp
		m, k := monthAt(s[i:])
		if k == 0 || continuesWord(s, i+k) {
			return article.Date{}, 0
		}
		i += k
		d = article.Date{Month: m, Day: day}
		j := i
		if j < len(s) && s[j] == ',' {
			j++
		}
		j += spaces(s[j:])
		if yk, y := digitsAt(s[j:]); yk == 4 && !continuesWord(s, j+4) {
			d.Year = y
			i = j + 4
		}
		if !dayValid(d) {
			return article.Date{}, 0
		}
		return d, i
	}
	return article.Date{}, 0
}

// dayValid checks a date whose year may be 0 (not stated).
func dayValid(d article.Date) bool {
	y := d.Year
	if y == 0 {
		y = 2000 // a leap year, so that February 29 passes
	}
	return article.Date{Year: y, Month: d.Month, Day: d.Day}.IsValid()
}

func suffixOrdinal(s string) int {
	if len(s) >= 2 {
		switch strings.ToLower(s[:2]) {
		case "st", "nd", "rd", "th":
			if !continuesWord(s, 2) {
				return 2
			}
		}
	}
	return 0
}

// continuesWord reports whether s[i] is a letter or digit, so that a match
// ending at i would end inside a word.
func continuesWord(s string, i int) bool {
	return i < len(s) && (isLetter(s[i]) || isDigit(s[i]))
}

func spaces(s string) int {
	n := 0
	for n < len(s) && s[n] == ' ' {
		n++
	}
	return n
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool  { return 'a' <= c && c <= 'z' }
func lower(c byte) byte {
	if isUpper(c) {
		return c + 'a' - 'A'
	}
	return c
}

// slashDate reads a date of numbers and slashes, "14/07/2026" or
// "07/14/2026", when only one order gives a valid date, or both give the
// same; "03/04/2026" is left unread.
func slashDate(s string) (article.Date, int) {
	k1, a := digitsAt(s)
	if k1 < 1 || k1 > 2 || k1 >= len(s) || s[k1] != '/' {
		return article.Date{}, 0
	}
	k2, b := digitsAt(s[k1+1:])
	i := k1 + 1 + k2
	if k2 < 1 || k2 > 2 || i >= len(s) || s[i] != '/' {
		return article.Date{}, 0
	}
	k3, y := digitsAt(s[i+1:])
	n := i + 1 + k3
	if k3 != 4 || continuesWord(s, n) || n < len(s) && s[n] == '/' {
		return article.Date{}, 0
	}
	dm := article.Date{Year: y, Month: time.Month(b), Day: a}
	md := article.Date{Year: y, Month: time.Month(a), Day: b}
	switch okDM, okMD := dm.IsValid(), md.IsValid(); {
	case okDM && okMD && a == b, okDM && !okMD:
		return dm, n
	case okMD && !okDM:
		return md, n
	}
	return article.Date{}, 0
}
