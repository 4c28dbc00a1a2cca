package commodity

import (
	"fmt"
	"strings"

	"github.com/newsfacts/newsfacts/internal/number"
)

// ratePhrases are the words that make a mass a rate, longest first within
// each leading word. Words are lower case and separated by single spaces;
// in text they may be separated by any spaces or one hyphen and written in
// any letter case.
var ratePhrases = [...]struct {
	phrase string
	per    Period
}{
	{"per calendar year", Year}, {"per year", Year}, {"per annum", Year}, {"per yr", Year},
	{"a year", Year}, {"a yr", Year}, {"each year", Year}, {"every year", Year},
	{"annually", Year}, {"yearly", Year}, {"pa", Year},
	{"per quarter", Quarter}, {"a quarter", Quarter}, {"each quarter", Quarter},
	{"every quarter", Quarter}, {"quarterly", Quarter},
	{"per month", Month}, {"a month", Month}, {"each month", Month}, {"every month", Month},
	{"monthly", Month},
	{"per week", Week}, {"a week", Week}, {"each week", Week}, {"every week", Week},
	{"weekly", Week},
	{"per day", Day}, {"a day", Day}, {"each day", Day}, {"every day", Day}, {"daily", Day},
}

// rateFirst holds the length of the first word of each of ratePhrases, and
// maxRateWord the longest, so that MatchRate compares only the phrases
// that can match.
var rateFirst, maxRateWord = func() (t [len(ratePhrases)]int, longest int) {
	for i, r := range ratePhrases {
		w, _, _ := strings.Cut(r.phrase, " ")
		t[i] = len(w)
		longest = max(longest, len(w))
	}
	return t, longest
}()

// slashRates are the periods written after a slash: "t/yr" is read as a
// unit word, "tonnes/yr" as "tonnes" and then "/yr".
var slashRates = [...]struct {
	word string
	per  Period
}{
	{"year", Year}, {"yr", Year}, {"y", Year}, {"a", Year}, {"annum", Year},
	{"quarter", Quarter}, {"qtr", Quarter},
	{"month", Month}, {"mo", Month}, {"mth", Month},
	{"week", Week}, {"wk", Week},
	{"day", Day}, {"d", Day},
}

// notRateAfter are the words that, after "a year" or "a day", make it a
// time ("a year ago", "a day earlier") rather than a rate; "a quarter of"
// is a share, not a rate either, and "a year from now" a time, while "a
// year from 2027" is a rate that starts then.
var notRateAfter = [...]string{
	"ago", "earlier", "before", "later", "prior", "after", "on", "since", "back",
	"previously", "or",
}

// notRateAfterFrom are the words that, after "a year from", make it a time.
var notRateAfterFrom = [...]string{"now", "today", "then", "here"}

// MatchRate reads the words at the start of s that make an amount a rate,
// and reports the period and how many bytes they take: "a year", "per
// annum", "annually", "p.a.", "a month", "per day", "daily", "/yr" (right
// after a unit, as in "tonnes/yr"), and the hyphenated "per-year". A
// match must end at a word boundary, and "a year" followed by a word of
// time ("a year ago", "a year earlier", "a day before", "a year from
// now") is not a rate, nor is "a quarter of". It never allocates.
func MatchRate(s string) (p Period, n int, ok bool) {
	if s == "" {
		return 0, 0, false
	}
	if s[0] == '/' {
		e := 1
		for e < len(s) && isLetterByte(s[e]) {
			e++
		}
		if !number.AtBoundary(s, e) {
			return 0, 0, false
		}
		for _, r := range slashRates {
			if equalFoldASCII(s[1:e], r.word) {
				return r.per, e, true
			}
		}
		return 0, 0, false
	}
	if len(s) >= 4 && equalFoldASCII(s[:4], "p.a.") {
		return Year, 4, true
	}
	w := 0
	for w < len(s) && isLetterByte(s[w]) {
		w++
	}
	if w == 0 || w > maxRateWord {
		return 0, 0, false
	}
	for i, r := range ratePhrases {
		if rateFirst[i] != w || !equalFoldASCII(s[:w], r.phrase[:w]) {
			continue
		}
		end, ok := matchWords(s, r.phrase)
		if !ok {
			continue
		}
		if r.phrase[0] == 'a' && r.phrase[1] == ' ' {
			if j := wordAfter(s, end); j >= 0 {
				e := j
				for e < len(s) && isLetterByte(s[e]) {
					e++
				}
				if timeWord(s[j:e]) || r.per == Quarter && equalFoldASCII(s[j:e], "of") {
					return 0, 0, false
				}
				if equalFoldASCII(s[j:e], "from") {
					if k := wordAfter(s, e); k >= 0 {
						f := k
						for f < len(s) && isLetterByte(s[f]) {
							f++
						}
						for _, w := range notRateAfterFrom {
							if equalFoldASCII(s[k:f], w) {
								return 0, 0, false
							}
						}
					}
				}
			}
		}
		return r.per, end, true
	}
	return 0, 0, false
}

// timeWord reports whether w is one of notRateAfter, in any case.
func timeWord(w string) bool {
	for _, t := range notRateAfter {
		if equalFoldASCII(w, t) {
			return true
		}
	}
	return false
}

// matchWords reports whether s starts with the words of phrase, separated
// by spaces or one hyphen and ending at a word boundary, ignoring ASCII
// letter case; and where the match ends.
func matchWords(s, phrase string) (int, bool) {
	i := 0
	for k := 0; ; k++ {
		w := phrase
		rest := ""
		for j := 0; j < len(phrase); j++ {
			if phrase[j] == ' ' {
				w, rest = phrase[:j], phrase[j+1:]
				break
			}
		}
		if k > 0 {
			j := wordAfter(s, i)
			if j < 0 {
				return 0, false
			}
			i = j
		}
		if len(s)-i < len(w) || !equalFoldASCII(s[i:i+len(w)], w) {
			return 0, false
		}
		i += len(w)
		if rest == "" {
			if !number.AtBoundary(s, i) {
				return 0, false
			}
			return i, true
		}
		phrase = rest
	}
}

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// ParseRate reads one rate of mass, the whole of s: a mass as
// [ParseTonnage] reads it followed by the words of a rate as [MatchRate]
// reads them ("5 million tonnes a year", "4.4 million tonnes per annum",
// "3,000 tonnes/yr", "5-million-tonne-per-year"), or a number followed by
// a rate unit ("6 Mtpa", "40ktpy", "35mn t/yr", "4,500 tpd"). It returns
// the mass per period and the period.
//
// The error is a [*ParseError] that wraps [ErrSyntax] when s is ill-formed
// or names no period, and [ErrUnknownUnit] when the number is followed by
// a word that is not a unit of mass.
func ParseRate(s string) (Tonnage, Period, error) {
	t, w, _, end, err := readTonnage(s)
	if err != nil {
		return Tonnage{}, 0, err
	}
	if w.Per != 0 {
		if end != len(s) {
			return Tonnage{}, 0, newParseError(s, end, fmt.Sprintf("unexpected %q after unit", s[end:]), ErrSyntax)
		}
		return t, w.Per, nil
	}
	j := end
	if j < len(s) && s[j] != '/' {
		if j = wordAfter(s, end); j < 0 {
			j = end
		}
	}
	p, n, ok := MatchRate(s[j:])
	if !ok {
		if j == len(s) {
			return Tonnage{}, 0, newParseError(s, j, "missing rate", ErrSyntax)
		}
		return Tonnage{}, 0, newParseError(s, j, fmt.Sprintf("expected a rate, found %q", firstToken(s[j:])), ErrSyntax)
	}
	if j+n != len(s) {
		return Tonnage{}, 0, newParseError(s, j+n, fmt.Sprintf("unexpected %q after rate", s[j+n:]), ErrSyntax)
	}
	return t, p, nil
}
