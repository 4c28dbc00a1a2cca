package entity

import (
	"strconv"
	"strings"
)

// Listing is a security listed on an exchange, as news text names it: a
// symbol (the code the exchange gives it), the exchange's MIC when the
// text says which exchange, and the country when the text names only a
// country's market (Bloomberg's "MP US").
//
// Listing is a small comparable value: == reports whether two listings are
// the same, and a Listing can be a map key. Store and pass it by value.
// Tests using go-cmp need cmpopts.EquateComparable(entity.Listing{}), as
// the fields are unexported. The zero Listing means "no listing": IsZero
// reports true and String returns "".
type Listing struct {
	symbol  string
	ex      Exchange
	country Country
}

// maxListingLen is the longest text ParseListing looks at; listing
// literals are short, and longer text fails at once.
const maxListingLen = 64

// Symbol returns the code of the security, in upper case and as the
// exchange writes it: "229640", "7203", "130A", "0700", "MP", "BRK.B".
func (l Listing) Symbol() string { return l.symbol }

// MIC returns the ISO 10383 MIC of the exchange, or "" when the text did
// not say which exchange.
func (l Listing) MIC() string { return l.ex.MIC() }

// Exchange returns the exchange of the listing, and false when it is not
// known.
func (l Listing) Exchange() (Exchange, bool) { return l.ex, !l.ex.IsZero() }

// Country returns the country of the listing's market: that of its
// exchange, or the one a composite code named ("MP US"). It is the zero
// Country when the text gave only a symbol ("$RIO").
func (l Listing) Country() Country { return l.country }

// IsZero reports whether l is the zero Listing.
func (l Listing) IsZero() bool { return l == Listing{} }

// String returns the canonical text of l, which [ParseListing] reads back
// to an equal Listing:
//
//	XKRX:229640   the exchange is known: MIC, colon, symbol
//	MP US         only the country is known: symbol and Bloomberg composite code
//	$RIO          only the symbol is known: a cashtag
//
// The zero Listing gives "".
func (l Listing) String() string {
	return string(l.appendTo(nil))
}

// AppendText implements [encoding.TextAppender]: it appends the text of
// [Listing.String] to b.
func (l Listing) AppendText(b []byte) ([]byte, error) {
	return l.appendTo(b), nil
}

func (l Listing) appendTo(b []byte) []byte {
	switch {
	case l.symbol == "":
		return b
	case !l.ex.IsZero():
		b = append(b, l.ex.MIC()...)
		b = append(b, ':')
		return append(b, l.symbol...)
	case !l.country.IsZero():
		if c, ok := compByCountry[l.country]; ok {
			b = append(b, l.symbol...)
			b = append(b, ' ')
			return append(b, compositeTable[c].code...)
		}
	}
	b = append(b, '$')
	return append(b, l.symbol...)
}

// MarshalText implements [encoding.TextMarshaler]: the text of
// [Listing.String], and empty text for the zero Listing.
func (l Listing) MarshalText() ([]byte, error) {
	return l.appendTo(nil), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseListing]. Empty text sets the zero Listing.
func (l *Listing) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*l = Listing{}
		return nil
	}
	v, err := ParseListing(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// MustParseListing is like [ParseListing] but panics on error. It is meant
// for tests and package-level variables with literal text.
func MustParseListing(s string) Listing {
	l, err := ParseListing(s)
	if err != nil {
		panic(err)
	}
	return l
}

// NewListing returns the listing of symbol on the exchange whose MIC is
// mic, checking that the symbol has the shape of that exchange's codes
// and normalising it as [ParseListing] does (letters in upper case, Hong
// Kong codes padded to 4 digits, "BRK/B" written "BRK.B").
//
// With an empty mic the listing has a symbol only, which must look like
// a cashtag symbol: 1 to 6 letters with an optional class, or a Japanese
// or Korean code.
//
// Errors are [*ListingError] values with Offset -1 that unwrap to
// [ErrUnknownExchange] for an unknown MIC, [ErrCodeShape] for a symbol
// that does not fit the exchange, and [ErrSyntax] otherwise.
func NewListing(symbol, mic string) (Listing, error) {
	if symbol == "" {
		return Listing{}, newListingError(symbol, -1, "missing code", ErrSyntax)
	}
	sym := strings.ToUpper(symbol)
	if mic == "" {
		s, ok := isCashtagSymbol(sym)
		if !ok {
			return Listing{}, newListingError(symbol, -1, "code "+quote(sym)+" needs an exchange", ErrSyntax)
		}
		return Listing{symbol: strings.Clone(s)}, nil
	}
	ex, ok := ExchangeByMIC(mic)
	if !ok {
		return Listing{}, newListingError(symbol, -1, "unknown exchange "+quote(mic), ErrUnknownExchange)
	}
	info := ex.info()
	s, ok := info.shape.norm(sym)
	if !ok {
		return Listing{}, newListingError(symbol, -1, "code "+quote(sym)+" does not fit "+info.mic+" ("+info.shape.describe()+")", ErrCodeShape)
	}
	return Listing{symbol: strings.Clone(s), ex: ex, country: ex.Country()}, nil
}

// ParseListing reads one listing written in any of the conventions of
// financial news, with or without surrounding parentheses:
//
//	229640.KO  005930.KS  7203.T  2330.TW  0700.HK  LYC.AX  MP.N   dotted suffix (RIC, Yahoo, JAKOTA)
//	NYSE: MP   (KRX:005490)  TYO:7203  (LON:SXX)  XKRX:229640     exchange prefix or MIC and colon
//	005490 KS  7203 JT  700 HK  MP US  005490 KS Equity           Bloomberg code
//	SH600519   SZ000001  A005930                                  Chinese and Korean domestic forms
//	$RIO       $8031                                              cashtag: symbol only
//
// The code must have the shape the exchange uses (6 characters for
// Korea, 4 for Japan, letters for the US ...), which tells "3.5 KS" or
// "2024 US" apart from a listing. Composite codes that name a country but
// not one exchange (Bloomberg US, CH, VN, TT; Yahoo .VN; OTC) give a
// listing with a country and no MIC, except that Chinese codes starting
// with 6 are Shanghai's and those starting with 0 or 3 Shenzhen's. The
// package documentation lists the shapes and the composite codes.
//
// On success ParseListing allocates only the returned symbol, and the
// Listing keeps no reference to s. On failure it returns a [*ListingError] that unwraps
// to [ErrSyntax] (not a listing), [ErrUnknownExchange] (a well-formed
// listing on an exchange code that is not known, such as "BRK.B") or
// [ErrCodeShape] (a known exchange, but the code does not fit it).
func ParseListing(s string) (Listing, error) {
	if s == "" {
		return Listing{}, newListingError(s, 0, "empty listing", ErrSyntax)
	}
	if len(s) > maxListingLen {
		return Listing{}, newListingError(s, 0, "too long for a listing", ErrSyntax)
	}
	lo, hi := 0, len(s)
	if s[0] == '(' {
		if s[hi-1] != ')' || hi == 1 {
			return Listing{}, newListingError(s, hi, "missing closing parenthesis", ErrSyntax)
		}
		lo, hi = lo+1, hi-1
		for lo < hi && s[lo] == ' ' {
			lo++
		}
		for hi > lo && s[hi-1] == ' ' {
			hi--
		}
		if lo == hi {
			return Listing{}, newListingError(s, lo, "empty parentheses", ErrSyntax)
		}
	}
	colon, space := -1, -1
	for i := lo; i < hi; i++ {
		switch s[i] {
		case ':':
			if colon >= 0 {
				return Listing{}, unexpected(s, i)
			}
			colon = i
		case ' ':
			if space < 0 {
				space = i
			}
		case '(', ')', ';', ',', '\t', '\n', '\r':
			return Listing{}, unexpected(s, i)
		}
	}
	switch {
	case s[lo] == '$':
		return parseCashtag(s, lo, hi)
	case colon >= 0:
		return parseColon(s, lo, colon, hi)
	case space >= 0:
		return parseBloomberg(s, lo, hi)
	}
	if dot := strings.LastIndexByte(s[lo:hi], '.'); dot >= 0 {
		return parseDotted(s, lo, lo+dot, hi)
	}
	return parseGlued(s, lo, hi)
}

// parseCashtag reads "$RIO" in s[lo:hi].
func parseCashtag(s string, lo, hi int) (Listing, error) {
	sym, ok := isCashtagSymbol(s[lo+1 : hi])
	if !ok {
		return Listing{}, newListingError(s, lo, "not a cashtag", ErrSyntax)
	}
	return Listing{symbol: strings.Clone(sym)}, nil
}

// parseColon reads "NYSE: MP" in s[lo:hi], whose colon is at colon.
func parseColon(s string, lo, colon, hi int) (Listing, error) {
	pe := colon
	for pe > lo && s[pe-1] == ' ' {
		pe--
	}
	cs := colon + 1
	for cs < hi && s[cs] == ' ' {
		cs++
	}
	prefix, code := s[lo:pe], s[cs:hi]
	if prefix == "" {
		return Listing{}, newListingError(s, lo, "missing exchange", ErrSyntax)
	}
	if code == "" {
		return Listing{}, newListingError(s, cs, "missing code", ErrSyntax)
	}
	if base, ok := spacedClass(code); !isCodeText(code) && (!ok || !isCodeText(base)) {
		return Listing{}, newListingError(s, cs, "invalid code "+quote(code), ErrSyntax)
	}
	v, ok := byPrefix[prefix]
	if !ok {
		if !isPrefixText(prefix) {
			return Listing{}, newListingError(s, lo, "not a listing", ErrSyntax)
		}
		return Listing{}, newListingError(s, lo, "unknown exchange prefix \""+prefix+"\"", ErrUnknownExchange)
	}
	return v.resolve(s, cs, code)
}

// parseBloomberg reads "005490 KS" or "005490 KS Equity" in s[lo:hi].
func parseBloomberg(s string, lo, hi int) (Listing, error) {
	var start [3]int
	var end [3]int
	n := 0
	for i := lo; i < hi; {
		for i < hi && s[i] == ' ' {
			i++
		}
		if i == hi {
			break
		}
		if n == len(start) {
			return Listing{}, newListingError(s, lo, "not a listing", ErrSyntax)
		}
		start[n] = i
		for i < hi && s[i] != ' ' {
			i++
		}
		end[n] = i
		n++
	}
	if n < 2 {
		return Listing{}, newListingError(s, lo, "not a listing", ErrSyntax)
	}
	if n == 3 {
		if w := s[start[2]:end[2]]; w != "Equity" && w != "EQUITY" {
			return Listing{}, newListingError(s, start[2], "not a listing", ErrSyntax)
		}
	}
	code, bbg := s[start[0]:end[0]], s[start[1]:end[1]]
	if len(bbg) != 2 || !allUpper(bbg) {
		return Listing{}, newListingError(s, start[1], "not a listing", ErrSyntax)
	}
	if n := len(code); n > 1 && code[n-1] == '/' {
		code = code[:n-1] // Bloomberg pads 2-letter London codes: "BP/ LN"
	}
	if !isCodeText(code) {
		return Listing{}, newListingError(s, start[0], "invalid code "+quote(code), ErrSyntax)
	}
	v, ok := byBloomberg[bbg]
	if !ok {
		return Listing{}, newListingError(s, start[1], "unknown Bloomberg code \""+bbg+"\"", ErrUnknownExchange)
	}
	return v.resolve(s, start[0], code)
}

// parseDotted reads "229640.KO" in s[lo:hi], whose last dot is at dot.
func parseDotted(s string, lo, dot, hi int) (Listing, error) {
	code, suffix := s[lo:dot], s[dot+1:hi]
	if code == "" {
		return Listing{}, newListingError(s, lo, "missing code", ErrSyntax)
	}
	if suffix == "" || len(suffix) > 4 || !allUpper(suffix) || !isCodeText(code) {
		return Listing{}, newListingError(s, lo, "not a listing", ErrSyntax)
	}
	v, ok := bySuffix[suffix]
	if !ok {
		return Listing{}, newListingError(s, dot+1, "unknown exchange suffix \""+suffix+"\"", ErrUnknownExchange)
	}
	return v.resolve(s, lo, code)
}

// parseGlued reads the Chinese domestic forms SH600519, SZ000001 and
// BJ830799, and the Korean broker form A005930, in s[lo:hi].
func parseGlued(s string, lo, hi int) (Listing, error) {
	t := s[lo:hi]
	var id uint8
	switch {
	case len(t) == 8 && allDigits(t[2:]):
		switch t[:2] {
		case "SH":
			id = idXSHG
		case "SZ":
			id = idXSHE
		case "BJ":
			id = idBJSE
		}
	case len(t) == 7 && t[0] == 'A' && isKRCode(t[1:]):
		id = idXKRX
	}
	if id == 0 {
		return Listing{}, newListingError(s, lo, "not a listing", ErrSyntax)
	}
	sym := t[len(t)-6:]
	ex := Exchange{id}
	return Listing{symbol: strings.Clone(sym), ex: ex, country: ex.Country()}, nil
}

// resolve checks code (found at offset off of s) against the venue and
// returns the listing.
func (v venue) resolve(s string, off int, code string) (Listing, error) {
	if v.ex != 0 {
		info := &exchangeTable[v.ex]
		if sym, ok := info.shape.norm(code); ok {
			return Listing{symbol: own(sym, code), ex: Exchange{v.ex}, country: exchangeCountry[v.ex]}, nil
		}
		if v.alt != 0 {
			if sym, ok := exchangeTable[v.alt].shape.norm(code); ok {
				return Listing{symbol: own(sym, code), ex: Exchange{v.alt}, country: exchangeCountry[v.alt]}, nil
			}
		}
		return Listing{}, newListingError(s, off, shapeMsg(code, info.mic, info.shape), ErrCodeShape)
	}
	c := &compositeTable[v.comp]
	sym, ok := c.shape.norm(code)
	if !ok {
		return Listing{}, newListingError(s, off, shapeMsg(code, c.code, c.shape), ErrCodeShape)
	}
	var id uint8
	switch {
	case v.comp == compCN && sym[0] == '6':
		id = idXSHG
	case v.comp == compCN && (sym[0] == '0' || sym[0] == '3'):
		id = idXSHE
	case v.comp == compIN && hasLetter(sym):
		// "TATASTEEL IN": a symbol of letters is the National Stock
		// Exchange's; BSE lists by number.
		id = idXNSE
	}
	if id != 0 {
		return Listing{symbol: own(sym, code), ex: Exchange{id}, country: exchangeCountry[id]}, nil
	}
	return Listing{symbol: own(sym, code), country: compCountry[v.comp]}, nil
}

// own returns a copy of sym, the normalised form of code, unless it is
// longer than code (a padded Hong Kong code), in which case norm built it
// and it shares no memory with the input.
func own(sym, code string) string {
	if len(sym) > len(code) {
		return sym
	}
	return strings.Clone(sym)
}

// The messages below quote codes that have been checked to be printable
// ASCII by hand, which costs one allocation instead of three.

func shapeMsg(code, where string, sh shape) string {
	return "code \"" + code + "\" does not fit " + where + " (" + sh.describe() + ")"
}

func unexpected(s string, i int) *ListingError {
	return newListingError(s, i, "unexpected \""+s[i:i+1]+"\"", ErrSyntax)
}

// isCodeText reports whether s is made of the characters codes use:
// capital letters, digits and the separators . - / &.
func isCodeText(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isUpper(c) && !isDigit(c) && c != '.' && c != '-' && c != '/' && c != '&' {
			return false
		}
	}
	return true
}

// isPrefixText reports whether s looks like an exchange name written
// before a colon: a letter, then letters, digits, spaces or hyphens, at
// most 24 bytes.
func isPrefixText(s string) bool {
	if s == "" || len(s) > 24 || !isLetter(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !isLetter(c) && !isDigit(c) && c != ' ' && c != '-' {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return isUpper(c) || ('a' <= c && c <= 'z') }

// quote is strconv.Quote, short for messages.
func quote(s string) string { return strconv.Quote(s) }

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if isLetter(s[i]) {
			return true
		}
	}
	return false
}
