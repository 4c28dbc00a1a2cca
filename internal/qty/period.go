package qty

// periodFor finds the time the figure of words [k0, k1) refers to, in its
// clause: after it first ("436 million tons in 2023", "1 million tons by
// 2030"), then between its measure word cueTok and it ("production in 2024
// was just 300 metric tons"). It returns the words as written, without
// "in", "during", "for" or "over" but with a preposition that changes the
// meaning ("by 2030", "since 2020"); the zero Span when there is none.
func (l *linker) periodFor(k0, k1, cueTok int) Span {
	seg := l.toks[k1-1].seg
	for k := k1; k < len(l.toks) && k-k1 <= 12 && l.toks[k].seg == seg; k++ {
		if l.toks[k].q != 0 {
			break
		}
		if sp, ok := l.periodAt(k); ok {
			return sp
		}
	}
	for k := k0 - 1; cueTok >= 0 && k > cueTok && k0-k <= 12 && l.toks[k].seg == seg; k-- {
		if l.toks[k].q != 0 {
			break
		}
		if sp, ok := l.periodAt(k); ok {
			return sp
		}
	}
	return Span{}
}

// periodAt reads a period that starts at word k: a preposition and a year
// or quarter ("in 2024", "by 2030", "in the first quarter of 2025", "in
// March 2024", "for fiscal 2024"), or a period named from now ("last
// year", "this quarter", "the past year").
func (l *linker) periodAt(k int) (Span, bool) {
	w := l.word(k)
	if !periodLeads.has(w) {
		// Most words: only a fiscal year may start there.
		if fiscalTok(w) {
			return l.span(k, k+1), true // "FY2025 guidance"
		}
		return Span{}, false
	}
	switch {
	case oneOf(w, "in", "during", "for", "over", "throughout"):
		if e, ok := l.timeAt(k + 1); ok {
			return l.span(k+1, e), true
		}
	case oneOf(w, "by", "until", "till", "through", "since", "before", "after", "from"):
		if e, ok := l.timeAt(k + 1); ok && !l.toks[k+1].num || ok && isYearTok(l.word(k+1)) {
			return l.span(k, e), true
		}
	}
	if e, ok := l.relativeAt(k); ok {
		return l.span(k, e), true
	}
	return Span{}, false
}

// fiscalTok reports a fiscal year or quarter written as one word:
// "FY2025", "FY25", "1Q25", "Q3".
func fiscalTok(w string) bool {
	switch {
	case len(w) >= 4 && w[0] == 'F' && w[1] == 'Y' && isDigits(w[2:]):
		return true
	case len(w) == 4 && '1' <= w[0] && w[0] <= '4' && (w[1] == 'Q' || w[1] == 'H') && isDigits(w[2:]):
		return true
	}
	return false
}

// timeAt reads a year or a part of one at word k and returns where it
// ends: "2024", "fiscal 2024", "FY2024", "Q1 2025", "March 2024", "the
// first quarter of 2025", "the first half", or a period named from now.
func (l *linker) timeAt(k int) (int, bool) {
	if k >= len(l.toks) || l.toks[k].sep != 0 {
		return 0, false
	}
	w := l.word(k)
	switch {
	case isYearTok(w):
		if b := l.toks[k].b; b+3 <= len(l.text) && l.text[b] == '/' && isDigit(l.text[b+1]) && isDigit(l.text[b+2]) &&
			k+1 < len(l.toks) && l.toks[k+1].a == b+1 {
			return k + 2, true // "2025/26"
		}
		return k + 1, true
	case len(w) == 7 && isYearTok(w[:4]) && w[4] == '-' && isDigits(w[5:]):
		return k + 1, true // "2025-26"
	case isUpper(w[0]) && oneOf(w, "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december") && !l.yearAt(k+1):
		return k + 1, true // "in April"
	case oneOf(w, "fiscal", "fy", "financial") && l.yearAt(k+1):
		return k + 2, true
	case len(w) >= 4 && (w[0] == 'F' && w[1] == 'Y') && isDigits(w[2:]):
		return k + 1, true
	case len(w) == 2 && (w[0] == 'Q' || w[0] == 'H') && '1' <= w[1] && w[1] <= '4' && l.yearAt(k+1):
		return k + 2, true
	case monthNames.has(w) && l.yearAt(k+1):
		return k + 2, true
	case equalFold(w, "the") && oneOf(l.word(k+1), "first", "second", "third", "fourth", "last", "final") &&
		oneOf(l.word(k+2), "quarter", "half") && l.toks[k+1].sep == 0 && l.toks[k+2].sep == 0:
		e := k + 3
		if equalFold(l.word(e), "of") {
			if l.yearAt(e + 1) {
				e += 2
			} else if r, ok := l.relativeAt(e + 1); ok {
				e = r
			}
		}
		return e, true
	}
	return l.relativeAt(k)
}

// relativeAt reads a period named from now at word k: "last year", "this
// quarter", "next month", "the past year", "the coming year".
func (l *linker) relativeAt(k int) (int, bool) {
	w := l.word(k)
	e := k + 1
	if equalFold(w, "the") && oneOf(l.word(k+1), "past", "coming", "current", "previous") {
		e = k + 2
	} else if !oneOf(w, "this", "last", "next", "that", "previous") {
		return 0, false
	}
	if e >= len(l.toks) || l.toks[e].sep != 0 || !oneOf(l.word(e), periodWords[:]...) {
		return 0, false
	}
	return e + 1, true
}

// yearAt reports whether word k is a year.
func (l *linker) yearAt(k int) bool {
	return k < len(l.toks) && l.toks[k].sep == 0 && isYearTok(l.word(k))
}

// isYearTok reports a year from 1900 to 2099 written alone.
func isYearTok(w string) bool {
	return len(w) == 4 && isDigits(w) && (w[:2] == "19" || w[:2] == "20")
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}
