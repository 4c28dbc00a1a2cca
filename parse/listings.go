package parse

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/qty"
)

// found is one listing written in the text.
type found struct {
	l     entity.Listing
	at    rng    // where it is written, in the view
	name  rng    // the company name the text ties to it, if any
	index string // index names from a newsletter listing line
}

// listings finds the listings written anywhere in the text, ties each to
// its company where the text makes it plain, and adds both to a.
func (d *doc) listings(a *article.Article) {
	w := listingScratches.Get().(*listingScratch)
	w.fs = d.scanListings(w.fs)
	w.fs = d.filingCode(w.fs)
	w.fs = d.indianLetterCodes(w.fs)
	w.fs = d.proseListings(w.fs)
	w.fs = d.bracketCodes(w.fs)
	w.fs = d.exchangeBracketCodes(w.fs)
	w.fs = d.tableCodes(w.fs)
	d.compositeVenues(w.fs)
	d.applyListingLines(w.fs)
	d.addListings(a, w)
	w.release()
}

// compositeVenues gives a listing written with its country's composite
// code ("THS VN") the exchange the text names right after it: a
// table's next column ("THS VN   HOSE") or a clause ("(VRS VN), listed
// on the Ho Chi Minh City Stock Exchange"). The exchange must be of the
// composite's country.
func (d *doc) compositeVenues(fs []found) {
	s := d.v.s
	for k := range fs {
		f := &fs[k]
		if f.l.MIC() != "" || f.l.Country().IsZero() {
			continue
		}
		rest := s[f.at.b:min(len(s), f.at.b+100)]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[:nl]
		}
		prefix := ""
		if g := len(rest) - len(strings.TrimLeft(rest, " ")); g >= 2 {
			// The next column's word.
			w := strings.TrimLeft(rest, " ")
			if e := strings.IndexByte(w, ' '); e > 0 {
				w = w[:e]
			}
			prefix = w
		} else if r, ok := strings.CutPrefix(rest, "), listed on the "); ok {
			prefix = exchangeIn(strings.ToLower(r))
		} else if r, ok := strings.CutPrefix(rest, ", listed on the "); ok {
			prefix = exchangeIn(strings.ToLower(r))
		}
		if prefix == "" || len(prefix) > 12 {
			continue
		}
		l, err := entity.ParseListing(prefix + ": " + f.l.Symbol())
		if err != nil || l.MIC() == "" || l.Country() != f.l.Country() {
			continue
		}
		f.l = l
	}
}

// codeLabels begin the line of a filing's cover that gives the
// company's code, in lower case and without their colon.
var codeLabels = []string{"securities code", "security code", "stock code", "company code", "code number", "ticker", "share code", "issuer code", "symbol"}

// exchangeLabels begin the line that names the exchange, in lower case
// and without their colon.
var exchangeLabels = []string{"stock exchange listing", "stock exchange", "listed exchange", "listing", "listed on", "market"}

// nameLabels begin the line that gives the company's name, in lower case
// and without their colon.
var nameLabels = []string{"company name", "issuer name", "name of issuer", "name of listed company", "listed company", "company", "issuer", "filer", "name of filer", "reporting company", "name of reporting company", "name of organization", "name of organisation"}

// maxLabel is the width within which a label's colon stands: labels
// aligned in a column ("Stock Code       : TBMN") pad it with spaces.
const maxLabel = 40

// labelValue reports where the value of line low starts when the line is
// label, spaces and a colon ("Stock Code       : TBMN"), or -1.
func labelValue(low, label string) int {
	if !strings.HasPrefix(low, label) {
		return -1
	}
	k := len(label)
	for k < len(low) && low[k] == ' ' {
		k++
	}
	if k == len(low) || low[k] != ':' {
		return -1
	}
	k++
	for k < len(low) && low[k] == ' ' {
		k++
	}
	return k
}

// exchangeNames map the exchange names such a line holds, in lower
// case, to the prefix entity.ParseListing reads.
var exchangeNames = []struct{ name, prefix string }{
	{"tokyo", "TYO"}, {"hong kong", "HKEX"}, {"singapore", "SGX"}, {"korea", "KRX"},
	{"taiwan", "TWSE"}, {"shanghai", "SSE"}, {"shenzhen", "SZSE"}, {"indonesia", "IDX"},
	{"thailand", "SET"}, {"philippine", "PSE"}, {"bursa malaysia", "KLSE"}, {"australian", "ASX"},
	{"kosdaq", "KOSDAQ"}, {"kospi", "KRX"}, {"konex", "KONEX"},
}

// letterCodes are the prefixes of exchanges whose codes are letters
// ("TBMN", "PTTEP"), not digits.
var letterCodes = []string{"IDX", "SET", "PSE", "KLSE", "ASX", "HOSE", "HNX", "NSE", "SGX"}

// filingCode reads the cover of a filing or a results summary, where
// the code and the exchange stand on lines of their own: "Securities
// code: 5571" and "Stock exchange listing: Tokyo (Prime Market)". A
// page that names one exchange in full ("Indonesia Stock Exchange") and
// no exchange line gives that exchange. It appends the listing to fs,
// tied to the name of a "Company name:" line, unless fs already holds
// one at that place.
func (d *doc) filingCode(fs []found) []found {
	var code, name rng
	prefix := ""
	var cells []qty.Cell
	for i := 0; i < len(d.lines) && i < 40; i++ {
		l := d.lines[i]
		if l.te-l.ts > 160 || strings.IndexByte(d.v.s[l.ts:l.te], ':') < 0 {
			continue
		}
		// "Company : X   Stock code : 009620   Market : KOSPI": fields
		// side by side, each read as a line of its own.
		cells = fieldCells(cells[:0], d.v.s, l.ts, l.te)
		for _, c := range cells {
			code, name, prefix = d.coverField(line{ts: c.Start, te: c.End}, code, name, prefix)
		}
	}
	return d.addFilingCode(fs, code, name, prefix)
}

// fieldCells splits the view range [a, b) of a cover's line into its
// fields: parts three spaces or more apart, where the gap does not
// align a label's colon ("Stock Code       : TBMN" is one field).
func fieldCells(dst []qty.Cell, s string, a, b int) []qty.Cell {
	start := a
	for i := a; i < b; {
		if s[i] != ' ' {
			i++
			continue
		}
		j := i
		for j < b && s[j] == ' ' {
			j++
		}
		if j-i >= 3 && j < b && s[j] != ':' && i > start {
			dst = append(dst, qty.Cell{Start: start, End: i})
			start = j
		}
		i = j
	}
	if start < b {
		e := b
		for e > start && s[e-1] == ' ' {
			e--
		}
		dst = append(dst, qty.Cell{Start: start, End: e})
	}
	return dst
}

// coverField reads one field of a filing's cover, the view range of line
// l: a code, an exchange or a company's name after its label.
func (d *doc) coverField(l line, code, name rng, prefix string) (rng, rng, string) {
	{
		t := d.text(l)
		// "- Stock code: CMH": a field set as an item of a list. (Its
		// names may be another firm's: "1. Target company" over "-
		// Company name: X".)
		item := strings.HasPrefix(t, "- ")
		if item {
			l.ts += 2
			t = t[2:]
		}
		if len(t) > 120 {
			return code, name, prefix
		}
		low := d.lower()[l.ts:l.te]
		// "(Tokyo Stock Exchange Prime Market, Securities Code: 8126)":
		// the market and the code in brackets under the name, each part
		// read as a field of its own.
		// (Only where a part names the exchange in full: other shapes,
		// "(Securities code: 5724, TSE Prime Market)", are read where
		// brackets are.)
		if len(low) > 2 && low[0] == '(' && low[len(low)-1] == ')' && strings.Contains(low, "code") && strings.Contains(low, "stock exchange") {
			px, pc := "", rng{}
			for a := l.ts + 1; a < l.te-1; {
				b := strings.Index(d.v.s[a:l.te-1], ", ")
				if b < 0 {
					b = l.te - 1 - a
				}
				pl := d.lower()[a : a+b]
				if strings.Contains(pl, "stock exchange") {
					for _, x := range exchangeNames {
						if strings.Contains(pl, x.name) {
							px = x.prefix
							break
						}
					}
				} else {
					pc, _, _ = d.coverField(line{start: a, end: a + b, ts: a, te: a + b}, pc, rng{}, "")
				}
				a += b + len(", ")
			}
			if px != "" && pc.b > 0 {
				code, prefix = pc, px
			}
			return code, name, prefix
		}
		// Every label ends in a colon within its first maxLabel bytes: a
		// line without one there starts with none.
		if strings.IndexByte(low[:min(len(low), maxLabel)], ':') < 0 {
			return code, name, prefix
		}
		for _, c := range codeLabels {
			k := labelValue(low, c)
			if k < 0 {
				continue
			}
			v := t[k:]
			n := 0
			for n < len(v) && isDigit(v[n]) {
				n++
			}
			if n == 0 {
				for n < len(v) && isUpper(v[n]) {
					n++
				}
				if n < 2 || n > 6 || n < len(v) && v[n] != ' ' {
					n = 0
				}
			}
			if n >= 2 && n <= 6 && (n >= 4 || !isDigit(v[0])) {
				code = rng{l.ts + k, l.ts + k + n}
			}
		}
		for _, c := range exchangeLabels {
			if k := labelValue(low, c); k >= 0 {
				for _, x := range exchangeNames {
					if strings.Contains(low[k:], x.name) {
						prefix = x.prefix
						break
					}
				}
			}
		}
		for _, c := range nameLabels {
			if item {
				break
			}
			if k := labelValue(low, c); k >= 0 && k < len(t) {
				v := strings.TrimRight(t[k:], " ")
				// "X Co., Ltd. (XCO)", "X Corp. (TWSE: 1327)": the name
				// without the short one or the code.
				if b := strings.LastIndex(v, " ("); b > 0 && strings.HasSuffix(v, ")") && (isUpperWord(v[b+2:len(v)-1]) || strings.ContainsAny(v[b:], "0123456789")) {
					v = v[:b]
				}
				name = rng{l.ts + k, l.ts + k + len(v)}
			}
		}
	}
	return code, name, prefix
}

// addFilingCode appends to fs the listing of the code a cover gives, on
// the exchange it names or the page does, tied to the name it gives.
func (d *doc) addFilingCode(fs []found, code, name rng, prefix string) []found {
	if code.b == 0 {
		return fs
	}
	if prefix == "" {
		prefix = d.pageExchange()
	}
	if prefix != "" && !isDigit(d.v.s[code.a]) && !slices.Contains(letterCodes, prefix) {
		return fs
	}
	for _, f := range fs {
		if f.at.a <= code.a && code.b <= f.at.b {
			return fs
		}
	}
	var l entity.Listing
	var err error
	low := d.lower()
	if prefix != "" {
		l, err = entity.ParseListing(prefix + ": " + d.v.s[code.a:code.b])
	} else if code.b-code.a == 6 && strings.Contains(low[:min(len(low), 2000)], "securities abbreviation:") {
		// "Securities Code: 300842   Securities Abbreviation: X", as the
		// mainland's exchanges head a filing: the code's first digits
		// tell the exchange.
		l, err = entity.ParseListing(d.v.s[code.a:code.b] + " CH")
	} else if isDigit(d.v.s[code.a]) {
		// "Company code: 6837" on a cover that names no exchange: the
		// code alone, which entity.NewListing takes in a Japanese or
		// Korean shape only.
		l, err = entity.NewListing(d.v.s[code.a:code.b], "")
	} else {
		return fs
	}
	if err != nil {
		return fs
	}
	f := found{l: l, at: code, name: name}
	// Keep fs in text order.
	k := sort.Search(len(fs), func(k int) bool { return fs[k].at.a >= code.a })
	fs = append(fs, found{})
	copy(fs[k+1:], fs[k:])
	fs[k] = f
	return fs
}

// indianLetterCodes reads the codes an Indian listed company's letter to
// its exchanges gives in the address block, the two exchanges side by
// side: "Scrip Code: 543821" is BSE's code, "Symbol: VINDHYAPWR" the
// National Stock Exchange's. It appends them to fs, in text order.
func (d *doc) indianLetterCodes(fs []found) []found {
	low := d.lower()
	if !containsAfter(low, "scri", "p code") && !containsAfter(low, "s", "ymbol:") {
		return fs
	}
	nse := strings.Contains(low, "national stock exchange of india")
	added := false
	for i := 0; i < len(d.lines) && i < 40; i++ {
		l := d.lines[i]
		t := low[l.ts:l.te]
		// ("NSE Symbol: X" says its exchange itself.)
		for _, c := range []struct{ label, prefix string }{{"scrip code", "BSE"}, {"symbol", "NSE"}, {"nse symbol", "NSE"}} {
			if c.label == "symbol" && !nse {
				continue
			}
			for from := 0; from < len(t); {
				k := strings.Index(t[from:], c.label)
				if k < 0 {
					break
				}
				k += from
				from = k + len(c.label)
				// A label that opens the line or a column of it.
				if k > 0 && !strings.HasSuffix(t[:k], "   ") {
					continue
				}
				v := labelValue(t[k:], c.label)
				if v < 0 {
					continue
				}
				at := l.ts + k + v
				e := at
				for e < l.te && (isDigit(d.v.s[e]) || isUpper(d.v.s[e]) || d.v.s[e] == '&' || d.v.s[e] == '-') {
					e++
				}
				if e == at || e-at > 20 || e < l.te && d.v.s[e] != ' ' {
					continue
				}
				dup := false
				for _, f := range fs {
					if f.at.a <= at && e <= f.at.b {
						dup = true
					}
				}
				if dup {
					continue
				}
				if li, err := entity.ParseListing(c.prefix + ": " + d.v.s[at:e]); err == nil {
					fs = append(fs, found{l: li, at: rng{at, e}})
					added = true
				}
			}
		}
	}
	if added {
		sort.SliceStable(fs, func(x, y int) bool { return fs[x].at.a < fs[y].at.a })
	}
	return fs
}

// pageExchange returns the prefix of the one exchange the page names in
// full ("the Indonesia Stock Exchange"), or "" when it names none or
// several.
func (d *doc) pageExchange() string {
	if p := exchangeIn(d.lower()); p != "" || d.body >= len(d.lines) {
		return p
	}
	// A filing's head names the exchange that carries it ("To: The
	// President, The Stock Exchange of Thailand"), whatever other
	// markets its body names.
	return exchangeIn(d.lower()[:d.lines[d.body].ts])
}

// exchangeIn returns the prefix of the one market low names, or "".
func exchangeIn(low string) string {
	prefix := ""
	for _, x := range proseExchanges {
		if strings.HasPrefix(x.name, "listed in ") || !strings.Contains(low, x.name) {
			continue
		}
		if prefix != "" && prefix != x.prefix {
			return ""
		}
		prefix = x.prefix
	}
	return prefix
}

// proseExchanges map the names prose gives a market, in lower case, to
// the prefix entity.ParseListing reads.
var proseExchanges = []struct{ name, prefix string }{
	{"kosdaq", "KOSDAQ"}, {"korea exchange", "KRX"}, {"kospi", "KRX"}, {"philippine stock exchange", "PSE"},
	{"tokyo stock exchange", "TSE"}, {"hong kong stock exchange", "HKEX"}, {"hong kong exchange", "HKEX"},
	{"singapore exchange", "SGX"}, {"shanghai stock exchange", "SSE"}, {"shenzhen stock exchange", "SZSE"},
	{"taiwan stock exchange", "TWSE"}, {"taipei exchange", "TPEx"}, {"stock exchange of thailand", "SET"}, {"indonesia stock exchange", "IDX"},
	{"bursa malaysia", "KLSE"}, {"australian securities exchange", "ASX"}, {"national stock exchange", "NSE"},
	{"bombay stock exchange", "BSE"}, {"ho chi minh stock exchange", "HOSE"}, {"ho chi minh city stock exchange", "HOSE"}, {"hanoi stock exchange", "HNX"},
	{"astana international exchange", "AIX"}, {"kazakhstan stock exchange", "KASE"}, {"mongolian stock exchange", "MSE"},
	{"london stock exchange", "LSE"}, {"toronto stock exchange", "TSX"}, {"new york stock exchange", "NYSE"}, {"johannesburg stock exchange", "JSE"},
	{"nasdaq copenhagen", "CPH"}, {"nasdaq stockholm", "STO"}, {"nasdaq helsinki", "HEL"}, {"oslo børs", "OSL"}, {"oslo bors", "OSL"}, {"oslo stock exchange", "OSL"},
	{"abu dhabi securities exchange", "ADX"}, {"dubai financial market", "DFM"}, {"saudi exchange", "Tadawul"}, {"saudi stock exchange", "Tadawul"}, {"muscat stock exchange", "MSX"},
	// "listed in Shanghai under the code 603871": the market's city.
	{"listed in shanghai", "SSE"}, {"listed in shenzhen", "SZSE"}, {"listed in hong kong", "HKEX"},
	{"listed in tokyo", "TSE"}, {"listed in seoul", "KRX"}, {"listed in taipei", "TWSE"},
	{"listed in singapore", "SGX"}, {"listed in sydney", "ASX"}, {"listed in jakarta", "IDX"},
}

// proseCodeCues introduce a security's code in prose, in lower case.
var proseCodeCues = []string{" under the code ", " under the ticker ", " under the symbol ", " under the stock code ", " under the ticker symbol ",
	" under the new code ", " under the new ticker ", " under the new symbol ", " under the new stock code "}

// marketsAfter map the markets a code is said to trade on after it ("under
// the new code SETI on the IDX"), in lower case, to the prefix
// entity.ParseListing reads.
var marketsAfter = []struct{ name, prefix string }{
	{" on the idx", "IDX"}, {" on the asx", "ASX"}, {" on the sgx", "SGX"}, {" on the pse", "PSE"},
	{" on the hose", "HOSE"}, {" on the hnx", "HNX"}, {" on the kosdaq", "KOSDAQ"}, {" on the kospi", "KRX"},
	{" on the nse", "NSE"}, {" on the bse", "BSE"}, {" on the set", "SET"}, {" on the hkex", "HKEX"},
}

// proseListings reads a listing told in prose: "Shares of X, which trade
// on the KOSDAQ market under the code 357780", "X, which trades on the
// Philippine Stock Exchange under the ticker SRMC". The market is named
// within 60 bytes before the cue; the company, when the words before ",
// which trade" name it, is tied to the listing.
func (d *doc) proseListings(fs []found) []found {
	low := d.lower()
	// One pass over " under the ", then the cue that goes on from it.
	for from := 0; from < len(low); {
		k := strings.Index(low[from:], " under the ")
		if k < 0 {
			break
		}
		k += from
		from = k + len(" under the ")
		c := ""
		for _, cue := range proseCodeCues {
			if strings.HasPrefix(low[k:], cue) && len(cue) > len(c) {
				c = cue
			}
		}
		if c == "" {
			continue
		}
		from = k + len(c)
		e := from
		for e < len(low) && (isDigit(low[e]) || isLower(low[e]) || low[e] == '.') && e-from < 10 {
			e++
		}
		for e > from && low[e-1] == '.' {
			e--
		}
		if e == from {
			continue
		}
		code := rng{from, e}
		prefix := ""
		before := low[max(0, k-60):k]
		for _, x := range proseExchanges {
			if strings.Contains(before, x.name) {
				prefix = x.prefix
				break
			}
		}
		// "will trade on the ASX under the new code ASM": the market's
		// short name before the cue.
		if prefix == "" {
			for _, x := range marketsAfter {
				if strings.HasSuffix(before, x.name) || strings.Contains(before, x.name+" ") {
					prefix = x.prefix
					break
				}
			}
		}
		if prefix == "" {
			after := low[e:min(len(low), e+16)]
			for _, x := range marketsAfter {
				if strings.HasPrefix(after, x.name) && (len(after) == len(x.name) || !isWordChar(after[len(x.name)])) {
					prefix = x.prefix
					break
				}
			}
		}
		if prefix == "" {
			continue
		}
		l, err := entity.ParseListing(prefix + ": " + d.v.s[code.a:code.b])
		if err != nil {
			continue
		}
		// ("KASE: KZGR" and then "also traded on the Astana
		// International Exchange under the ticker KZGR": one code on
		// two markets is two listings.)
		dup := false
		x, _ := l.Exchange()
		for _, f := range fs {
			if fx, _ := f.l.Exchange(); f.l.Symbol() == l.Symbol() && fx == x {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		f := found{l: l, at: code, name: d.proseListed(k)}
		at := sort.Search(len(fs), func(i int) bool { return fs[i].at.a >= code.a })
		fs = append(fs, found{})
		copy(fs[at+1:], fs[at:])
		fs[at] = f
	}
	return fs
}

// exchangeBracketCodes reads a code of digits in brackets right after an
// exchange's full name: "a Japanese trading company listed on the Tokyo
// Stock Exchange (8062)". It appends the listings to fs, in text order,
// skipping codes fs holds.
func (d *doc) exchangeBracketCodes(fs []found) []found {
	low := d.lower()
	if !strings.Contains(low, "exchange (") {
		return fs
	}
	for from := 0; from < len(low); {
		k := strings.Index(low[from:], "exchange (")
		if k < 0 {
			break
		}
		k += from
		from = k + len("exchange (")
		a := from
		e := a
		for e < len(low) && e-a <= 6 && (isDigit(low[e]) || isLower(low[e])) {
			e++
		}
		// ("the Indonesia Stock Exchange (IDX)": the exchange's own
		// short name; a code there holds digits.)
		if e-a < 2 || e-a > 6 || e >= len(low) || low[e] != ')' || !strings.ContainsAny(low[a:e], "0123456789") {
			continue
		}
		prefix := ""
		for _, x := range proseExchanges {
			if strings.HasSuffix(x.name, "exchange") && strings.HasSuffix(low[:k+len("exchange")], x.name) {
				prefix = x.prefix
				break
			}
		}
		if prefix == "" {
			continue
		}
		l, err := entity.ParseListing(prefix + ": " + d.v.s[a:e])
		if err != nil {
			continue
		}
		dup := false
		for _, f := range fs {
			if f.at.a <= a && e <= f.at.b || f.l.Symbol() == l.Symbol() && f.l.MIC() == l.MIC() {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		at := sort.Search(len(fs), func(i int) bool { return fs[i].at.a >= a })
		fs = append(fs, found{})
		copy(fs[at+1:], fs[at:])
		fs[at] = found{l: l, at: rng{a, e}}
	}
	return fs
}

// proseListed returns the name before ", which trade(s) on" (or ",
// whose shares trade on") that ends before view offset k, or an empty
// range: "Shares of Hanbit Chemical, which trade on ...", "SRMC, which
// trades on ...".
func (d *doc) proseListed(k int) rng {
	low := d.lower()
	w := strings.LastIndex(low[max(0, k-120):k], ", which trade")
	// "X, whose minority shares trade on ...".
	if v := strings.LastIndex(low[max(0, k-120):k], ", whose "); v > w && strings.Contains(low[max(0, k-120)+v:k], " trade") {
		w = v
	}
	// "The company, listed on the Abu Dhabi Securities Exchange under
	// the ticker EHC,": the firm before ", listed on".
	if v := strings.LastIndex(low[max(0, k-120):k], ", listed on "); v > w && !strings.Contains(low[max(0, k-120)+v+1:k], ",") {
		w = v
	}
	if w < 0 {
		return rng{}
	}
	end := max(0, k-120) + w
	start := end
	for start > 0 {
		j := start - 1
		for j >= 0 && d.v.s[j] != ' ' && d.v.s[j] != '\n' {
			j--
		}
		word := d.v.s[j+1 : start]
		if word == "" || !isUpper(word[0]) && word != "&" {
			break
		}
		start = j + 1
		if j < 0 || d.v.s[j] == '\n' {
			break
		}
		start = j
	}
	for start < end && d.v.s[start] == ' ' {
		start++
	}
	if start >= end {
		return rng{}
	}
	return rng{start, end}
}

// listingScratch is the working memory of the listings step, kept in a
// pool between parses and emptied before it goes back.
type listingScratch struct {
	fs      []found                   // the listings written in the text
	seen    map[entity.Listing]int    // see addListings
	withMIC map[string]entity.Listing // see addListings
}

var listingScratches = sync.Pool{New: func() any {
	return &listingScratch{seen: map[entity.Listing]int{}, withMIC: map[string]entity.Listing{}}
}}

// release empties w and puts it back in the pool, unless a long text made
// it large.
func (w *listingScratch) release() {
	const keep = 1 << 10
	if cap(w.fs) > keep || len(w.seen) > keep || len(w.withMIC) > keep {
		return
	}
	clear(w.fs)
	w.fs = w.fs[:0]
	clear(w.seen)
	clear(w.withMIC)
	listingScratches.Put(w)
}

// scanListings appends to fs the listings written in the text, in text
// order: by the offsets where they start, none before the one before. A listing starts at an opening bracket or at the start of a word
// (a byte that does not follow a word byte; see isWordByte): a '$', a
// capital or a digit, or a lower-case letter when the word runs into a
// colon, as only the forms with a colon may hold lower case (see
// tokenListing). The scan skips to those bytes with listingFree.
func (d *doc) scanListings(fs []found) []found {
	s := d.v.s
	// floor is where the last listing found ends: no word that starts
	// before it is tried.
	floor := 0
	for i := 0; i < len(s); {
		// Stops may come close together: the bytes at i and after are
		// looked at first.
		k := i
		if k < len(s) && !listingStops[s[k]] {
			if k++; k < len(s) && !listingStops[s[k]] {
				k += listingFree(s[k:])
			}
		}
		if k >= len(s) {
			break
		}
		n, ok := 0, false
		switch c := s[k]; {
		case c == '(':
			n, ok = d.parenListings(&fs, k)
			i = k + 1
		case c == ':':
			// The end of a word that starts in lower case? The colon is
			// in its token only if the word is under 40 bytes long.
			st := k
			for st > floor && k-st < 40 && isWordByte(s[st-1]) {
				st--
			}
			if st < k && isLower(s[st]) && (st == 0 || !isWordByte(s[st-1])) {
				n, ok = d.tokenListing(&fs, st)
			}
			i = k + 1
		case k > 0 && isWordByte(s[k-1]):
			// Inside a word.
			i = k + 1
		default:
			i = runEnd(s, k+1)
			colon := i < len(s) && s[i] == ':'
			// A capitalised word ("The", "Korea") holds lower case and,
			// unless it runs into a colon, no listing: skip tokenListing.
			if k+1 < len(s) && isLower(s[k+1]) && !colon {
				continue
			}
			n, ok = d.tokenListing(&fs, k)
			if colon && !ok {
				// The word before the colon does not start in lower
				// case: the colon case above has nothing to do.
				i++
			}
		}
		if ok {
			i, floor = d.resume(n), n
		}
	}
	return fs
}

// resume returns where the scan of listings goes on after a listing that
// ends at n: n itself, or the end of the word n stands inside, no
// listing starting inside a word.
func (d *doc) resume(n int) int {
	s := d.v.s
	if n > 0 && n < len(s) && isWordByte(s[n-1]) {
		return runEnd(s, n)
	}
	return n
}

// runEnd returns the end of the run of word bytes (see isWordByte) that
// starts at i.
func runEnd(s string, i int) int {
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	return i
}

// listingFree returns the number of bytes at the start of s before the
// first capital, digit, '$', '(' or ':' (len(s) if none): the bytes the
// scan of listings stops at. It tests eight bytes at a time, each range
// of bytes as upperMask does.
func listingFree(s string) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := load64(s[i:])
		h := w &^ highs
		m := (h+(0x80-'A')*ones)&^(h+(0x80-'Z'-1)*ones) | // capitals
			(h+(0x80-'0')*ones)&^(h+(0x80-':'-1)*ones) | // digits and ':'
			(h+(0x80-'$')*ones)&^(h+(0x80-'$'-1)*ones) |
			(h+(0x80-'(')*ones)&^(h+(0x80-'('-1)*ones)
		if m &= highs &^ w; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && !listingStops[s[i]] {
		i++
	}
	return i
}

// listingStops holds the bytes listingFree stops at.
var listingStops = func() (t [256]bool) {
	for i := range t {
		c := byte(i)
		t[i] = isUpper(c) || isDigit(c) || c == ':' || c == '$' || c == '('
	}
	return t
}()

// isWordByte reports bytes that continue a word for the listing scan: a
// listing does not start right after one.
func isWordByte(c byte) bool {
	return tokenBytes[c]&tokWord != 0
}

// The classes of tokenBytes. The first four are the marks that tokenAt
// reports of a token.
const (
	tokLower = 1 << iota // a lower-case letter
	tokDigit             // a digit
	tokColon             // a colon, not the first byte
	tokDot               // a dot, not the first byte
	tokIn                // any byte that tokenAt takes inside a token
	tokWord              // a byte for which isWordByte holds
)

// tokenBytes gives the classes of each byte.
var tokenBytes = func() (t [256]uint8) {
	for i := range t {
		c := byte(i)
		switch {
		case isLower(c):
			t[c] = tokLower
		case isDigit(c):
			t[c] = tokDigit
		case c == ':':
			t[c] = tokColon
		case c == '.':
			t[c] = tokDot
		}
		if isLetter(c) || isDigit(c) || c == '.' || c == ':' || c == '/' || c == '-' || c == '&' {
			t[c] |= tokIn
		}
		if isLetter(c) || isDigit(c) || c == '.' || c == '-' || c == '$' || c == '&' || c == '/' || c >= 0x80 {
			t[c] |= tokWord
		}
	}
	return t
}()

// tokenAt returns the end of the ticker-like token starting at i: letters,
// digits and the marks tickers use inside ("." ":" "/" "-" "&" "$").
// A trailing dot, colon or dash is not part of it. It also returns the
// marks the token holds (tokLower, tokDigit, tokColon, tokDot).
func tokenAt(s string, i int) (int, uint8) {
	j := i
	if j < len(s) && s[j] == '$' {
		j++
	}
	end := min(len(s), i+40)
	var marks uint8
	for j < end {
		m := tokenBytes[s[j]]
		if m&tokIn == 0 {
			break
		}
		marks |= m
		j++
	}
	for j > i && (s[j-1] == '.' || s[j-1] == ':' || s[j-1] == '-' || s[j-1] == '/') {
		j--
	}
	marks &= tokLower | tokDigit | tokColon | tokDot
	if marks&(tokColon|tokDot) != 0 {
		// The marks may have been trimmed, or be the first byte.
		marks &^= tokColon | tokDot
		if j > i && strings.IndexByte(s[i:j], ':') > 0 {
			marks |= tokColon
		}
		if j > i && strings.IndexByte(s[i:j], '.') > 0 {
			marks |= tokDot
		}
	}
	return j, marks
}

// gluedCode reports the shape of a Chinese or Korean domestic code:
// SH600519, SZ000001, BJ830799, A005930.
func gluedCode(t string) bool {
	switch {
	case len(t) == 8:
		if p := t[:2]; p != "SH" && p != "SZ" && p != "BJ" {
			return false
		}
		t = t[2:]
	case len(t) == 7 && t[0] == 'A':
		t = t[1:]
	default:
		return false
	}
	for k := 0; k < len(t); k++ {
		if !isDigit(t[k]) {
			return false
		}
	}
	return true
}

// hasUpper reports whether s holds an upper-case ASCII letter.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			return true
		}
	}
	return false
}

// hasLower reports whether s holds a lower-case ASCII letter.
func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if isLower(s[i]) {
			return true
		}
	}
	return false
}

// tokenListing tries the forms of one token: "229640.KO", "NY:MP",
// "$RIO", and "005490 KS", "7203 JT Equity", "NASDAQ: AAPL" with the word
// after it. When one reads, it appends the listing to *fs and returns the
// offset after it.
func (d *doc) tokenListing(fs *[]found, i int) (int, bool) {
	s := d.v.s
	j, marks := tokenAt(s, i)
	if j == i {
		return 0, false
	}
	lowerCase := marks&tokLower != 0
	if lowerCase && marks&tokColon == 0 {
		// Most words: only the forms with a colon may hold lower case.
		return 0, false
	}
	tok := s[i:j]
	switch {
	case gluedCode(tok) && (i > 0 && s[i-1] == '(' || j < len(s) && s[j] == ')'):
		// "(SH688512)": a domestic code, only inside brackets, where
		// nothing else of that shape stands.
		return d.tryListing(fs, tok, i, j)
	case tok[0] == '$':
		if len(tok) > 1 && !lowerCase {
			return d.tryListing(fs, tok, i, j)
		}
		return 0, false
	case marks&tokColon != 0:
		return d.tryListing(fs, tok, i, j)
	case marks&tokDot != 0 && !lowerCase:
		if n, ok := d.tryListing(fs, tok, i, j); ok {
			return n, true
		}
	}
	// The forms of two words: "NASDAQ: AAPL", "005490 KS [Equity]". The
	// token is in capitals and digits here.
	k := j
	colon := k < len(s) && s[k] == ':'
	if colon {
		k++
	}
	if k < len(s) && s[k] == ' ' && (colon || !capsWordBefore(s, i) || marks&tokDigit != 0) {
		k++
		e, marks2 := tokenAt(s, k)
		// ("DEALS IN BRIEF": a heading in capitals goes on after the
		// code.)
		// ("© 2026 HK Metals Brief": a year of copyright before a
		// publisher's name.)
		if e > k && marks2&tokLower == 0 && (colon || e-k == 2) && (colon || !clockTime(s, i, j, k)) && (colon || marks&tokDigit != 0 || !capsWordAfter(s, e)) && (colon || !copyrightYear(s, i, j)) {
			end := e
			if !colon && strings.HasPrefix(s[e:], " Equity") && !continuesWord(s, e+7) {
				end = e + 7
			}
			return d.tryListing(fs, s[i:end], i, end)
		}
	}
	return 0, false
}

// tryListing reads lit, the text of the view range [i, end), as a listing
// and ties it to the name before it; when it reads, it appends the
// listing to *fs and returns end.
func (d *doc) tryListing(fs *[]found, lit string, i, end int) (int, bool) {
	s := d.v.s
	if cannotList(lit) {
		return 0, false
	}
	l, err := entity.ParseListing(lit)
	if err != nil {
		return 0, false
	}
	f := found{l: l, at: rng{i, end}}
	var ok bool
	if f.name, ok = d.nameBefore(i); !ok {
		// Inside brackets after the name: "Taiwan Cement Corp. (台泥, 1101.TW)".
		for k := i - 1; k >= 0 && k > i-40 && s[k] != ')' && s[k] != '\n'; k-- {
			if s[k] == '(' {
				f.name, _ = d.nameBefore(k)
				break
			}
		}
	}
	*fs = append(*fs, f)
	return end, true
}

// cannotList reports text that entity.ParseListing surely rejects, so as
// not to make the error it returns: prices and numbers ("$500", "$41.3",
// "1.4") and labels ("Credit: Reuters"). It tests only what ParseListing
// tests first of each form: a cashtag of digits is a Japanese or Korean
// code (4 or 6 characters, no dot), the code after a colon is in
// capitals, a dotted suffix is 1 to 4 capitals, and a code with no mark
// is a domestic form of 7 or 8 characters.
func cannotList(t string) bool {
	if t == "" {
		return true
	}
	switch t[0] {
	case '$':
		sym := t[1:]
		return sym != "" && isDigit(sym[0]) && (len(sym) != 4 && len(sym) != 6 || strings.IndexByte(sym, '.') >= 0)
	case '(':
		return false
	}
	if c := strings.IndexByte(t, ':'); c >= 0 {
		return hasLower(t[c+1:])
	}
	if strings.IndexByte(t, ' ') >= 0 {
		return false
	}
	dot := strings.LastIndexByte(t, '.')
	if dot < 0 {
		// The domestic forms: SH600519, A005930.
		return len(t) != 7 && len(t) != 8
	}
	suffix := t[dot+1:]
	if suffix == "" || len(suffix) > 4 {
		return true
	}
	for i := 0; i < len(suffix); i++ {
		if !isUpper(suffix[i]) {
			return true
		}
	}
	return false
}

// clockTime reports whether s[i:j] and the two letters at k are a time
// of day, "3:12 PM" or "11 AM", and not a Bloomberg code (PM is Manila's):
// Philippine symbols are letters, so a number before AM or PM is a time.
func clockTime(s string, i, j, k int) bool {
	if w := s[k : k+2]; w != "PM" && w != "AM" {
		return false
	}
	for p := i; p < j; p++ {
		if !isDigit(s[p]) {
			return false
		}
	}
	return true
}

// capsWordAfter reports whether a word in capitals of two letters or
// more follows offset e after a space: "DEALS IN BRIEF".
func capsWordAfter(s string, e int) bool {
	if e+2 >= len(s) || s[e] != ' ' {
		return false
	}
	k := e + 1
	for k < len(s) && isUpper(s[k]) {
		k++
	}
	return k-e-1 >= 2 && (k == len(s) || !isLetter(s[k]))
}

// capsWordBefore reports whether a word in capitals stands right before
// offset i, as in a headline written in capitals ("LITHIUM OUTPUT IN
// CHILE"), where two capital words are not a Bloomberg code.
func capsWordBefore(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' {
		return false
	}
	j := i - 1
	for j > 0 && isLetter(s[j-1]) {
		j--
	}
	return i-1-j >= 2 && !hasLower(s[j:i-1])
}

// parenListings reads a parenthesis that holds listings: "(NYSE: MP)",
// "(KRX:005490)", "(NYSE: ABC; TSX: ABC)", "(005490 KS)", or a bare
// ticker after a company name: "MP Materials (MP)". When it reads
// listings, it appends them to *fs and returns the offset after the
// bracket.
func (d *doc) parenListings(fs *[]found, i int) (int, bool) {
	s := d.v.s
	end := -1
	for j := i + 1; j < len(s) && j < i+100; j++ {
		if s[j] == ')' {
			end = j
			break
		}
		if s[j] == '\n' || s[j] == '(' {
			break
		}
	}
	if end < 0 {
		return 0, false
	}
	n0 := len(*fs)
	for p := i + 1; p < end; {
		q := p
		for q < end && s[q] != ';' && s[q] != ',' {
			q++
		}
		a, b := p, q
		for a < b && s[a] == ' ' {
			a++
		}
		for b > a && s[b-1] == ' ' {
			b--
		}
		if part := s[a:b]; strings.IndexByte(part, ':') > 0 && !strings.Contains(part, "  ") && !cannotList(part) {
			if l, err := entity.ParseListing(part); err == nil {
				*fs = append(*fs, found{l: l, at: rng{a, b}})
			} else if short, ok := marketSegment(part); ok {
				// "TSE Prime: 8062", "Bursa Malaysia: 5172": the exchange
				// and its market or country.
				if l, err := entity.ParseListing(short); err == nil {
					*fs = append(*fs, found{l: l, at: rng{a, b}})
				}
			} else if full, ok := namedExchangeCode(part); ok {
				// "Shanghai Stock Exchange: 603826": the exchange named in
				// full.
				if l, err := entity.ParseListing(full); err == nil {
					*fs = append(*fs, found{l: l, at: rng{a, b}})
				}
			} else if code, ok := hkStockCode(part); ok {
				if l, err := entity.ParseListing("SEHK: " + code); err == nil {
					*fs = append(*fs, found{l: l, at: rng{b - len(code), b}})
				}
			}
		} else if full, ok := codeOnExchange(part); ok {
			// "(code 8009 on the Tokyo Stock Exchange)".
			if l, err := entity.ParseListing(full); err == nil {
				*fs = append(*fs, found{l: l, at: rng{a, b}})
			}
		} else if sp := strings.IndexByte(part, ' '); sp >= 3 && sp <= 6 && len(part)-sp-1 >= 4 && allDigits(part[sp+1:]) && isUpperWord(part[:sp]) && !yearLike(part[sp+1:]) {
			// "(KOSDAQ 389260)": a market in capitals and a numeric code,
			// no colon between.
			if l, err := entity.ParseListing(part[:sp] + ":" + part[sp:]); err == nil {
				*fs = append(*fs, found{l: l, at: rng{a, b}})
			}
		} else if dot := strings.IndexByte(part, '.'); dot > 0 && dot < len(part)-1 && len(part) <= 14 && !strings.ContainsAny(part, " :") {
			// "(601969.SH, HKEX: 2269)": a code with its market's suffix
			// beside another listing.
			if l, err := entity.ParseListing(part); err == nil {
				*fs = append(*fs, found{l: l, at: rng{a, b}})
			}
		}
		p = q + 1
	}
	if out := (*fs)[n0:]; len(out) > 0 {
		name, _ := d.nameBefore(i)
		for k := range out {
			out[k].name = name
		}
		return end + 1, true
	}
	if f, ok := d.bareTicker(i, end); ok {
		*fs = append(*fs, f)
		return end + 1, true
	}
	return 0, false
}

// codeOnExchange rewrites "code 8009 on the Tokyo Stock Exchange", a
// code then the exchange named in full after "on", as "TSE: 8009".
func codeOnExchange(part string) (string, bool) {
	code, exch, ok := strings.Cut(part, " on ")
	if !ok {
		return "", false
	}
	for _, p := range [...]string{"stock code ", "securities code ", "ticker ", "code ", "symbol "} {
		if strings.HasPrefix(strings.ToLower(code), p) {
			code = code[len(p):]
			break
		}
	}
	if len(code) < 1 || len(code) > 6 || !isUpperWord(code) && !allDigits(code) || yearLike(code) {
		return "", false
	}
	exch = strings.TrimPrefix(exch, "the ")
	return namedExchangeCode(exch + ": " + code)
}

// namedExchangeCode rewrites "Shanghai Stock Exchange: 603826", an
// exchange named in full before a code, as "SSE: 603826".
func namedExchangeCode(part string) (string, bool) {
	c := strings.IndexByte(part, ':')
	if c < 5 || c > 40 {
		return "", false
	}
	label := strings.ToLower(strings.TrimPrefix(part[:c], "the "))
	for _, x := range proseExchanges {
		if label == x.name {
			return x.prefix + part[c:], true
		}
	}
	// "(Shenzhen: 002914)": the exchange's city, before a numeric code.
	if code := strings.TrimSpace(part[c+1:]); len(code) >= 4 && allDigits(code) {
		for _, x := range exchangeCities {
			if label == x.name {
				return x.prefix + part[c:], true
			}
		}
	}
	return "", false
}

// exchangeCities map the cities whose exchanges a numeric code names,
// in lower case, to the prefix entity.ParseListing reads.
var exchangeCities = []struct{ name, prefix string }{
	{"shanghai", "SSE"}, {"shenzhen", "SZSE"}, {"hong kong", "HKEX"}, {"tokyo", "TSE"},
	{"seoul", "KRX"}, {"taipei", "TWSE"}, {"bangkok", "SET"}, {"kuala lumpur", "KLSE"},
}

// yearLike reports a code of four digits that reads as a year of this
// era ("KOSPI 2026" is the index's year, not a code).
func yearLike(code string) bool {
	return len(code) == 4 && (code[:2] == "19" || code[:2] == "20")
}

// isUpperWord reports whether w is made of capital ASCII letters only.
func isUpperWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isUpper(w[i]) {
			return false
		}
	}
	return w != ""
}

// segmentWords follow an exchange's name to say which of its markets,
// or its country: "TSE Prime", "Bursa Malaysia Main Market". Folded.
var segmentWords = map[string]bool{"prime": true, "standard": true, "growth": true, "main": true, "board": true,
	"market": true, "malaysia": true, "first": true, "section": true, "ace": true, "catalist": true, "mainboard": true}

// marketSegment rewrites "TSE Prime: 8062" as "TSE: 8062" when every word
// after the exchange's is one of segmentWords.
func marketSegment(part string) (string, bool) {
	label, code, ok := strings.Cut(part, ":")
	if !ok {
		return "", false
	}
	w := strings.Fields(label)
	if len(w) < 2 || len(w) > 4 {
		return "", false
	}
	for _, x := range w[1:] {
		if !segmentWords[strings.ToLower(x)] {
			return "", false
		}
	}
	return w[0] + ":" + code, true
}

// hkStockCode reads the code of a Hong Kong filing's "(Stock Code: 1878)"
// or "(H Share Stock Code: 1878)"; an A share's code names no exchange
// and is left out.
func hkStockCode(part string) (string, bool) {
	label, code, ok := strings.Cut(part, ":")
	if !ok {
		return "", false
	}
	label, code = strings.TrimSpace(label), strings.TrimSpace(code)
	if !strings.EqualFold(label, "stock code") && !strings.EqualFold(label, "h share stock code") && !strings.EqualFold(label, "h shares stock code") {
		return "", false
	}
	if len(code) == 0 || len(code) > 5 {
		return "", false
	}
	for i := 0; i < len(code); i++ {
		if !isDigit(code[i]) {
			return "", false
		}
	}
	return code, true
}

// bodyHeads end the names of associations and other bodies that list no
// shares: "Indonesian Nickel Miners Association (APNI)", whose acronym is
// of its name in another language.
var bodyHeads = map[string]bool{"association": true, "federation": true, "council": true, "chamber": true, "institute": true, "society": true, "forum": true, "alliance": true}

// bareTicker accepts "(MP)" after "MP Materials": two to five capitals in
// brackets right after a company name of two words or more, when they are
// not the initials of that name (an acronym, as in "Rotary Kiln Electric
// Furnace (RKEF)").
func (d *doc) bareTicker(open, close int) (found, bool) {
	s := d.v.s
	t := s[open+1 : close]
	// "(stock code: ANTM)": the code after a label that says it is one.
	labelled := false
	br := open // the bracket
	span := rng{open, close + 1}
	// `("Sunshore" or the "Company"; HKEX stock code: 1627)`: the
	// market's short name before the label.
	if k := strings.Index(t, " stock code: "); k > 0 {
		pre := t[:k]
		if b := strings.LastIndexAny(pre, ";("); b >= 0 {
			pre = pre[b+1:]
		}
		if pre = strings.TrimSpace(pre); isUpperWord(pre) {
			at := k + len(" stock code: ")
			if l, err := entity.ParseListing(pre + ": " + t[at:]); err == nil {
				name, _ := d.nameBefore(br)
				return found{l: l, at: rng{open + 1 + at, close}, name: name}, true
			}
		}
	}
	for _, l := range []string{"stock code: ", "Stock code: ", "ticker: ", "Ticker: ", "ticker code: ", "kode saham: ", "share code: "} {
		if strings.HasPrefix(t, l) {
			t, labelled = t[len(l):], true
			span = rng{open + 1 + len(l), close}
			break
		}
		// `(the "Company", stock code: MPLG)`: the term the issuer
		// defines, then the labelled code.
		if k := strings.Index(t, ", "+l); k > 0 && (strings.HasPrefix(t, "the \"") || strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "the \u201c") || strings.HasPrefix(t, "\u201c")) {
			at := k + len(", ") + len(l)
			t, labelled = t[at:], true
			span = rng{open + 1 + at, close}
			break
		}
	}
	if len(t) == 6 && allDigits(t) && !labelled {
		return d.bareCode(t, open, close)
	}
	// "Hunan Zijiang Antimony Industry Co., Ltd. (stock code: 603917)":
	// a code of six digits after a name that opens with a Chinese place
	// is one on the mainland's exchanges, which its first digit tells.
	if len(t) == 6 && allDigits(t) && labelled {
		if f, ok := d.bareCode(t, open, close); ok {
			return f, true
		}
		name, _ := d.nameBefore(br)
		if first, _, _ := strings.Cut(s[name.a:name.b], " "); name.b > name.a && (chinaPlace[first] || first == "Beijing") {
			if l, err := entity.ParseListing(t + " CH"); err == nil && l.MIC() != "" {
				return found{l: l, at: span, name: name}, true
			}
		}
		return found{}, false
	}
	if len(t) == 4 && allDigits(t) && !labelled {
		return d.listedDigits(t, open, close)
	}
	if len(t) < 2 || len(t) > 5 {
		return found{}, false
	}
	for k := 0; k < len(t); k++ {
		if !isUpper(t[k]) {
			return found{}, false
		}
	}
	// "NEW DELHI (PTI) -": the agency a dateline credits.
	if commonAcronyms[t] || newsAgencies[t] {
		return found{}, false
	}
	// "(BKPM)", "(CFIUS)": a state body's acronym.
	if _, ok := govAcronyms[t]; ok {
		return found{}, false
	}
	// The name is looked for only now: most brackets fail the tests above.
	name, _ := d.nameBefore(br)
	if name.b <= name.a {
		return found{}, false
	}
	nw := strings.Fields(s[name.a:name.b])
	if len(nw) < 2 {
		return found{}, false
	}
	// "SET-listed Chaiyaphum Sugar Plc (CPSUG)": the market the name is
	// listed on says the capitals are its symbol there.
	if p := listedPrefix(s, name.a); p != "" {
		if l, err := entity.ParseListing(p + ": " + t); err == nil {
			return found{l: l, at: span, name: name}, true
		}
	}
	for _, w := range nw {
		if w == t {
			return mkBare(t, span, name)
		}
	}
	// "PT Timah Tbk (TINS)", "Siam Kiln PCL (SKLN)": a legal form only
	// one market's listed firms carry says the capitals are a code there,
	// even where they are its initials, as codes often are.
	if p := legalFormMarket(nw[len(nw)-1]); p != "" && len(t) == 4 {
		if l, err := entity.ParseListing(p + ": " + t); err == nil {
			return found{l: l, at: span, name: name}, true
		}
	}
	if isAcronymOf(t, nw) {
		return found{}, false
	}
	// The acronym of the last words of a longer name: "China's
	// National Development and Reform Commission (NDRC)".
	wb := d.wordsBefore(br)
	for k := range wb {
		if isAcronymOf(t, wb[k:]) {
			return found{}, false
		}
	}
	// A state body's name: "Investment Coordinating Board (ICB)"; a
	// price's, a law's or a programme's: "Mineral Benchmark Price (HPM)".
	if inLower(govHeads, nw[len(nw)-1]) || inLower(lawWords, nw[len(nw)-1]) || bodyHeads[strings.ToLower(nw[len(nw)-1])] {
		return found{}, false
	}
	// Or one that opens with its head: "Department of Mineral and
	// Geoscience Malaysia (JMG)", whose acronym is of its name in
	// another language.
	for k := 0; k+2 < len(wb); k++ {
		// ("The Public Authority for Special Economic Zones and Free
		// Zones (OPAZ)": one word before the head.)
		if govHeads[strings.ToLower(wb[k])] && (k == 0 || wb[k-1] == "The" || k == 1 || k == 2 && wb[0] == "The") {
			return found{}, false
		}
	}
	// "Jiangxi Fenglin (CN)": a country's code says where the firm is
	// from, not what it trades under.
	if len(t) == 2 {
		if _, err := entity.ParseCountry(t); err == nil {
			return found{}, false
		}
	}
	return mkBare(t, span, name)
}

// legalFormMarket returns the prefix of the market whose listed firms
// alone end their names with the legal form w: "Tbk" (terbuka, a
// public company of Indonesia) and "PCL" (a public company of
// Thailand); or "".
func legalFormMarket(w string) string {
	switch strings.TrimRight(w, ".,") {
	case "Tbk", "TBK":
		return "IDX"
	case "PCL":
		return "SET"
	}
	return ""
}

// listedPrefix returns the capitals of a "SET-listed" or "ASX-listed"
// word right before view offset a, which entity.ParseListing may read as
// an exchange before a colon, or "".
func listedPrefix(s string, a int) string {
	e := a
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	if !strings.HasSuffix(s[:e], "-listed") {
		return ""
	}
	e -= len("-listed")
	b := e
	for b > 0 && e-b < 8 && isUpper(s[b-1]) {
		b--
	}
	if b == e || b > 0 && isWordByte(s[b-1]) {
		return ""
	}
	return s[b:e]
}

// codeMarkets map words that name a market of six-digit codes, in lower
// case, to the prefix entity.ParseListing reads.
var codeMarkets = []struct{ word, prefix string }{
	{"kosdaq", "KOSDAQ"}, {"kospi", "KRX"}, {"korea exchange", "KRX"},
	{"shanghai", "SSE"}, {"shenzhen", "SZSE"},
}

// bareCode reads a six-digit code in brackets after a company's name,
// "Kosdaq-listed EcoVolt Materials (348990)", "Shares of Seohan Steel
// (004780) rose 2.3 percent on the Kospi": a listing on the market the
// sentence names, before the name or after the code. Without a market
// named, six digits say nothing of where they trade.
func (d *doc) bareCode(t string, open, close int) (found, bool) {
	s := d.v.s
	name, _ := d.nameBefore(open)
	if name.b <= name.a || !isUpper(s[name.a]) {
		return found{}, false
	}
	// The sentence around the code, bounded both ways.
	a, b := max(0, name.a-60), min(len(s), close+200)
	if k := strings.LastIndex(s[a:name.a], ". "); k >= 0 {
		a += k + 2
	}
	if k := strings.Index(s[close:b], ". "); k >= 0 {
		b = close + k
	}
	if k := strings.IndexByte(s[a:b], '\n'); k >= 0 && a+k > close {
		b = a + k
	}
	low := strings.ToLower(s[a:b])
	// The market named nearest the code; a "Kosdaq-listed" is another
	// firm's unless it stands right before this name.
	prefix, best := "", len(low)
	for _, m := range codeMarkets {
		for from := 0; ; {
			k := strings.Index(low[from:], m.word)
			if k < 0 {
				break
			}
			k += from
			from = k + len(m.word)
			if strings.HasPrefix(low[from:], "-listed") {
				if a+from+len("-listed ") != name.a {
					continue
				}
				// "Kosdaq-listed X (348990)": the name's own market.
				prefix, best = m.prefix, -1
				break
			}
			dist := a + k - close
			if a+k < open {
				dist = open - (a + k)
			}
			if dist < best {
				prefix, best = m.prefix, dist
			}
		}
	}
	if prefix == "" {
		return found{}, false
	}
	l, err := entity.ParseListing(prefix + ": " + t)
	if err != nil {
		return found{}, false
	}
	return found{l: l, at: rng{open + 1, close}, name: name}, true
}

// listedDigits reads a code of four digits in brackets after a name
// that its market's "-listed" opens: "TWSE-listed Kora Stainless (2041)",
// "OTC-listed Hanra Cold Rolling (6189)" (Taiwan's over-the-counter
// market, whose codes are digits), "Tokyo-listed Kora Shoji (8062)".
// Four digits alone may be a year, and say nothing of where they trade.
func (d *doc) listedDigits(t string, open, close int) (found, bool) {
	s := d.v.s
	name, _ := d.nameBefore(open)
	if name.b <= name.a || !isUpper(s[name.a]) {
		return found{}, false
	}
	p := listedPrefix(s, name.a)
	switch {
	case p == "OTC":
		p = "TPEx"
	case p == "":
		for _, c := range [...]struct{ city, prefix string }{{"Tokyo", "TSE"}, {"Taipei", "TWSE"}, {"Hong Kong", "HKEX"}} {
			if strings.HasSuffix(strings.TrimRight(s[:name.a], " "), c.city+"-listed") {
				p = c.prefix
			}
		}
	}
	if p == "" {
		return found{}, false
	}
	l, err := entity.ParseListing(p + ": " + t)
	if err != nil || l.MIC() == "" {
		return found{}, false
	}
	return found{l: l, at: rng{open + 1, close}, name: name}, true
}

// allDigits reports whether t is made of ASCII digits only.
func allDigits(t string) bool {
	for k := 0; k < len(t); k++ {
		if !isDigit(t[k]) {
			return false
		}
	}
	return t != ""
}

func mkBare(t string, at, name rng) (found, bool) {
	l, err := entity.ParseListing("$" + t)
	if err != nil {
		return found{}, false
	}
	return found{l: l, at: at, name: name}, true
}

// commonAcronyms are capitals in brackets that news uses for things, not
// tickers.
var commonAcronyms = map[string]bool{
	"LNG": true, "CEO": true, "CFO": true, "EV": true, "EVS": true, "USD": true, "KRW": true, "JPY": true,
	"GDP": true, "MOU": true, "JV": true, "IPO": true, "ETF": true, "AI": true, "US": true, "UK": true,
	"EU": true, "UN": true, "PLC": true, "LLC": true, "LTD": true, "INC": true, "AG": true, "SA": true,
	"NV": true, "CIF": true, "FOB": true, "CFR": true, "REE": true, "REO": true, "LCE": true, "MHP": true,
	"NPI": true, "HPAL": true, "RKEF": true, "NCA": true, "NCM": true, "LFP": true, "ESS": true,
	"EBITDA": true, "EBIT": true, "EPS": true, "PAT": true, "PBT": true, "CAGR": true, "ROE": true, "NAV": true,
}

// wordsBefore returns the capitalised words of the name that ends before
// view offset pos, reading across the small words a name of a body holds
// ("Japan Agency for Strategic Minerals"), for the acronym test.
func (d *doc) wordsBefore(pos int) []string {
	s := d.v.s
	var out []string
	e := pos
	for n := 0; n < 10; n++ {
		for e > 0 && s[e-1] == ' ' {
			e--
		}
		b := e
		for b > 0 && s[b-1] != ' ' && s[b-1] != '\n' {
			b--
		}
		w := s[b:e]
		switch {
		case w == "" || stopName[w]:
			return out
		case isUpper(w[0]):
			out = append([]string{w}, out...)
		case w == "for" || w == "of" || w == "and" || w == "the" || w == "&" || w == "on" || w == "in":
		// "Compagnie Nationale des Mines de Guinee": the particles of
		// French, Spanish and Portuguese names.
		case w == "de" || w == "des" || w == "du" || w == "da" || w == "do" || w == "dos" || w == "del" || w == "la" || w == "y":
		default:
			return out
		}
		e = b
	}
	return out
}

// isAcronymOf reports whether t can be read from the name's words by
// taking letters in order, starting with the first letter of a word: the
// shape of an acronym ("USDA" from "U.S. Department of Agriculture",
// "HKI" from "Huaken International").
func isAcronymOf(t string, nameWords []string) bool {
	name := strings.ToUpper(strings.Join(nameWords, " "))
	if name == "" || name[0] != t[0] {
		return false
	}
	k := 0
	for i := 0; i < len(name) && k < len(t); i++ {
		if name[i] == t[k] {
			k++
		}
	}
	return k == len(t)
}

// applyListingLines gives the listings of newsletter listing lines their
// index names and ties them to the companies the headline names.
func (d *doc) applyListingLines(fs []found) {
	var names []rng
	namesFound := false
	for _, li := range d.listingLines {
		l := d.lines[li]
		var mine []int
		last := l.ts
		// The listings are in text order (see scanListings): those of the
		// line follow one another, from the first that starts on it.
		from, _ := slices.BinarySearchFunc(fs, l.ts, func(f found, ts int) int { return f.at.a - ts })
		for k := from; k < len(fs) && fs[k].at.a < l.te; k++ {
			if fs[k].at.b <= l.te {
				mine = append(mine, k)
				last = fs[k].at.b
			}
		}
		if len(mine) == 0 {
			continue
		}
		index := strings.TrimSpace(d.v.origText(last, l.te))
		if !namesFound {
			// The same for every line: find them once.
			names, namesFound = d.headlineCompanies(), true
			// (Not "Japan" of "Japan's Kuroshio Cement": a country.)
			names = slices.DeleteFunc(names, func(c rng) bool {
				_, _, country := entity.LookupCountry(d.v.s[c.a:c.b])
				return country
			})
		}
		for n, k := range mine {
			fs[k].index = index
			fs[k].name = rng{}
			icon := byte(0)
			if a := fs[k].at.a; a >= 2 && s1(d.v.s, a-2) {
				icon = lower(d.v.s[a-2])
			}
			for _, c := range names {
				if icon != 0 && lower(d.v.s[c.a]) == icon || icon == 0 && len(mine) == 1 {
					fs[k].name = c
					break
				}
			}
			if fs[k].name.b == 0 && len(mine) == 1 && len(names) > 0 {
				// The name whose initials the symbol spells ("SLC" for
				// "Song Lam Cement"), else the first.
				fs[k].name = names[0]
				for _, c := range names {
					if initialsOf(d.v.s[c.a:c.b], fs[k].l.Symbol()) {
						fs[k].name = c
						break
					}
				}
			}
			_ = n
		}
	}
}

// initialsOf reports whether sym, of two letters or more, is the first
// letters of the words of name.
func initialsOf(name, sym string) bool {
	if len(sym) < 2 {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(name) {
		if n == len(sym) || lower(w[0]) != lower(sym[n]) {
			return false
		}
		n++
	}
	return n == len(sym)
}

// s1 reports whether s[i] is a one-letter icon: a letter with a space or
// the line start before it and a space after.
func s1(s string, i int) bool {
	if !isLetter(s[i]) || s[i+1] != ' ' {
		return false
	}
	return i == 0 || s[i-1] == ' ' || s[i-1] == '\n'
}

// headlineCompanies returns the company names in the headline: runs of
// capitalised headline words that the body writes the same way, longest
// first at each place, in headline order.
func (d *doc) headlineCompanies() []rng {
	if d.headline < 0 || d.body >= len(d.lines) {
		return nil
	}
	hl := d.lines[d.headline]
	s := d.v.s
	var wsBuf [32]rng
	ws := appendWordRanges(wsBuf[:0], s, hl.ts, hl.te)
	// Whether each word can end a name, looked up once for the several
	// runs that end on it.
	var canEndBuf [32]bool
	canEnd := canEndBuf[:0]
	if len(ws) > len(canEndBuf) {
		canEnd = make([]bool, len(ws))
	}
	canEnd = canEnd[:len(ws)]
	for k, r := range ws {
		w := s[r.a:r.b]
		canEnd[k] = !stopName[w] && !linkWords[w] && !isLower(w[0])
	}
	var out []rng
	var occBuf [16]int
	for i := 0; i < len(ws); {
		w := s[ws[i].a:ws[i].b]
		if !isUpper(w[0]) && !isDigit(w[0]) || stopName[w] {
			i++
			continue
		}
		// A run is written in the body only where its first word is:
		// find those places once for the runs that start with it.
		occ, all := d.bodyIndexes(w, occBuf[:0])
		if len(occ) == 0 {
			i++
			continue
		}
		best := -1
		for j := min(len(ws), i+6); j > i; j-- {
			if !canEnd[j-1] {
				continue
			}
			cand := s[ws[i].a:ws[j-1].b]
			if all && d.inBodyAt(cand, occ) || !all && d.inBody(cand) {
				best = j
				break
			}
		}
		if best < 0 {
			i++
			continue
		}
		out = append(out, rng{ws[i].a, ws[best-1].b})
		i = best
	}
	return out
}

// inBody reports whether the body writes name as a whole name: not inside
// a longer word and not as the start of a longer run of capitalised words
// only because the headline capitalises every word.
func (d *doc) inBody(name string) bool {
	if d.body >= len(d.lines) {
		return false
	}
	s := d.v.s
	from := d.lines[d.body].start
	for from < len(s) {
		k := strings.Index(s[from:], name)
		if k < 0 {
			return false
		}
		k += from
		e := k + len(name)
		if (k == 0 || !isLetter(s[k-1]) && !isDigit(s[k-1])) && !continuesWord(s, e) {
			return true
		}
		from = k + 1
	}
	return false
}

// bodyIndexes appends to occ the view offsets where the body writes w,
// up to the capacity of occ; all reports whether they are all there.
func (d *doc) bodyIndexes(w string, occ []int) (_ []int, all bool) {
	s := d.v.s
	for from := d.lines[d.body].start; from < len(s); {
		k := strings.Index(s[from:], w)
		if k < 0 {
			return occ, true
		}
		if len(occ) == cap(occ) {
			return occ, false
		}
		occ = append(occ, from+k)
		from += k + 1
	}
	return occ, true
}

// inBodyAt is inBody for a name whose first word the body writes at
// the offsets occ, and nowhere else.
func (d *doc) inBodyAt(name string, occ []int) bool {
	s := d.v.s
	for _, k := range occ {
		e := k + len(name)
		if strings.HasPrefix(s[k:], name) && (k == 0 || !isLetter(s[k-1]) && !isDigit(s[k-1])) && !continuesWord(s, e) {
			return true
		}
	}
	return false
}

// appendWordRanges splits s[a:b] at spaces, trims the punctuation around
// each word, keeping inner marks ("U.S.", "Co.", "LS"), and appends the
// words to out.
func appendWordRanges(out []rng, s string, a, b int) []rng {
	for i := a; i < b; {
		for i < b && s[i] == ' ' {
			i++
		}
		j := i
		for j < b && s[j] != ' ' {
			j++
		}
		x, y := i, j
		for x < y && strings.IndexByte("\"'([{,;:", s[x]) >= 0 {
			x++
		}
		for y > x && strings.IndexByte("\"')]},;:!?", s[y-1]) >= 0 {
			y--
		}
		if strings.HasSuffix(s[x:y], "'s") {
			y -= 2
		}
		if y > x {
			out = append(out, rng{x, y})
		}
		i = j
	}
	return out
}

// nameWordBefore reports whether the word of s that ends at e is
// capitalised and may be part of a name.
func nameWordBefore(s string, e int) bool {
	w := wordEndingAt(s, e)
	return w != "" && isUpper(w[0]) && !stopName[w] && !strings.HasSuffix(w, ".") && !strings.HasSuffix(w, ",")
}

// stopName are capitalised words that do not begin or end a company name.
var stopName = map[string]bool{
	"The": true, "A": true, "An": true, "This": true, "That": true, "These": true, "Those": true,
	"In": true, "On": true, "At": true, "For": true, "But": true, "And": true, "Or": true, "As": true,
	"While": true, "Today": true, "Yesterday": true, "Meanwhile": true, "Also": true, "Shares": true, "Shareholders": true, "Shareholder": true,
	"Its": true, "It": true, "Their": true, "With": true, "From": true, "To": true, "Of": true, "By": true,
	"After": true, "Before": true, "Under": true, "Over": true, "Why": true, "How": true, "What": true,
	"Is": true, "Are": true, "Was": true, "Will": true, "New": false,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
}

// linkWords may stand inside a company name but not at its ends.
var linkWords = map[string]bool{"of": true, "&": true, "de": true, "du": true}

// legalForms end company names.
var legalForms = map[string]bool{
	"Co.": true, "Co": true, "Corp.": true, "Corp": true, "Inc.": true, "Inc": true, "Ltd.": true, "Ltd": true,
	"Limited": true, "L.P.": true, "LP": true, "plc": true, "PLC": true, "AG": true, "SA": true, "S.A.": true,
	"NV": true, "N.V.": true, "LLC": true, "JSC": true, "Bhd": true, "Tbk": true, "Pty": true, "Pte": true,
	"K.K.": true, "Group": true, "Holdings": true, "Company": true, "Corporation": true,
	"PCL": true, "Pvt": true, "Sdn": true, "Lda": true, "Ltda": true, "SARL": true,
}

// placeWord reports a word that says where a firm is: "Perth-based",
// "London-listed".
func placeWord(w string) bool {
	h := strings.LastIndexByte(w, '-')
	return h > 0 && inLower(placeSuffixes, w[h+1:])
}

// nameBefore returns the run of capitalised words that ends right before
// view offset pos (spaces and one opening bracket between): the company a
// ticker follows, as in "Posco Holdings (005490 KS)" or "Rio Tinto $RIO".
func (d *doc) nameBefore(pos int) (rng, bool) {
	s := d.v.s
	e := pos
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	if e > 0 && s[e-1] == '(' {
		e--
		for e > 0 && s[e-1] == ' ' {
			e--
		}
	}
	if e == pos && pos > 0 && s[pos-1] != ' ' {
		return rng{}, false
	}
	// `X Berhad ("X" or "the Group") (Bursa: 7164)`: the terms the
	// issuer defines stand between its name and its code.
	if e > 1 && s[e-1] == ')' && (s[e-2] == '"' || s[e-2] == '\'') {
		if o := strings.LastIndexByte(s[:e-1], '('); o > 0 && e-o < 80 && !strings.ContainsAny(s[o:e], "\n") {
			e = o
			for e > 0 && s[e-1] == ' ' {
				e--
			}
		}
	}
	start := e
	var first rng
	n := 0
	for start > 0 && n < 8 {
		j := start
		for j > 0 && s[j-1] != ' ' && s[j-1] != '\n' {
			j--
		}
		w := s[j:start]
		// "Co., Ltd.": a comma between two legal forms stays in the name;
		// so does one before the legal form that ends it: "Akitsu
		// Chemical Industries, Ltd. (4379 JP)".
		legalAfter := first.b > first.a && legalForms[s[first.a:first.b]]
		if w == "" || strings.HasSuffix(w, ",") && !(legalForms[strings.TrimSuffix(w, ",")] && legalAfter || n == 1 && legalAfter && isUpper(w[0]) && len(w) > 2) || strings.HasSuffix(w, ";") {
			break
		}
		// A word that ends a sentence ends the walk: "in 2024. Toyota".
		if strings.HasSuffix(w, ".") && !legalForms[w] && !abbreviations[strings.TrimSuffix(w, ".")] && !isDotted(w) && n > 0 {
			break
		}
		// "... Gawler Metals Ltd. Rival X (603999.SS)": a legal form
		// that ends the sentence before.
		if n > 0 && strings.HasSuffix(w, ".") && legalForms[w] && start+1 < len(s) && dotEndsSentence(s, j, start-1, start+1, len(s)) {
			break
		}
		switch {
		case linkWords[w] && n > 0 && j > 1 && inLower(titleHeads, wordEndingAt(s, j-1)):
			// "president and CEO of Gaon Carbon Materials (KRX: X)": the
			// title before "of" is no part of the name.
			goto done
		case legalForms[w] || (isUpper(w[0]) || isDigit(w[0]) && hasUpper(w)) && !stopName[w] && !strings.HasSuffix(w, "'s") && !placeWord(w) && !strings.HasSuffix(w, ":"):
			first = rng{j, start}
		case linkWords[w] && n > 0:
		case (w == "do" || w == "da" || w == "dos" || w == "das" || w == "del" || w == "y") && n > 0 && j > 1 && s[j-1] == ' ' && nameWordBefore(s, j-1):
			// "Mineração Serra do Curral S.A. (B3: MSCU3)", "Minera
			// Cerro del Sol": the "of" and "and" of Portuguese and
			// Spanish names, between two of its words.
		case w == "A" && n > 0 && j > 1 && s[j-1] == ' ' && nameWordBefore(s, j-1):
			// "Dong A Pipe JSC (HNX: DAP)": a letter inside a
			// Vietnamese name, not an article.
		case w == "and" && n > 0 && industryWords[strings.ToLower(s[first.a:first.b])] && industryWords[strings.ToLower(wordEndingAt(s, j-1))]:
			// "Pohang Iron and Steel (KRX:005490)".
		case w == "-" && n >= 2 && j > 1 && s[j-1] == ' ' && legalForms[strings.TrimSuffix(wordEndingAt(s, e), ",")] && brandBefore(s, j-1):
			// "Vinacoal - Hon Net Coal JSC (HNX: HNC)": a group's brand
			// before a spaced dash, as Vietnamese state groups name
			// their units.
		default:
			goto done
		}
		n++
		start = j
		if start > 0 && s[start-1] == ' ' {
			start--
		} else {
			break
		}
	}
done:
	if first.b == 0 {
		return rng{}, false
	}
	// "Rival Hubei Yuntai Chemical (603987.SS)": the word for the
	// firm's role is not its name.
	if w := s[first.a:first.b]; inLower(startDescriptors, w) && strings.Count(s[first.b:e], " ") >= 2 {
		first.a = first.b + 1
	}
	// "The Board of Directors of X Berhad (Bursa: 7188)": the company.
	if w := s[first.a:e]; strings.HasPrefix(w, "Board of Directors of ") {
		first.a += len("Board of Directors of ")
	}
	// "Shiranui Magnetics Co., Ltd. of Japan (TSE: 6985)": the name
	// ends at its legal form, before where the firm is from.
	if k := strings.LastIndex(s[first.a:e], " of "); k > 0 && legalForms[wordEndingAt(s, first.a+k)] {
		if _, form, ok := entity.LookupCountry(s[first.a+k+len(" of ") : e]); ok && form == entity.CountryName {
			e = first.a + k
		}
	}
	// "which is listed in Taipei (2041.TW)": the market's city names no
	// company.
	// "listed in Shenzhen (002812.SZ) and Hong Kong (1809.HK)": nor the
	// second market's.
	if before := strings.TrimRight(s[:first.a], " "); strings.HasSuffix(before, " in") || strings.HasSuffix(before, " on") || strings.HasSuffix(before, ") and") {
		if _, form, ok := entity.LookupCountry(s[first.a:e]); ok && (form == entity.CountryCapital || form == entity.CountryName) {
			return rng{}, false
		}
		if datelineCities[s[first.a:e]] != "" {
			return rng{}, false
		}
	}
	// "admitted to trading on AIM (AIM: RDGM)": the market before its
	// own code names no company.
	if bracketMarketNames[s[first.a:e]] || exchangeName(s[first.a:e]) {
		return rng{}, false
	}
	return rng{first.a, e}, true
}

// bracketMarketNames are markets a text may name right before a code's
// bracket, as written.
var bracketMarketNames = map[string]bool{"AIM": true, "ASX": true, "HOSE": true, "HNX": true, "UPCoM": true, "KOSDAQ": true, "KOSPI": true,
	"NYSE": true, "Nasdaq": true, "NASDAQ": true, "TSX": true, "TSXV": true, "LSE": true, "HKEX": true, "SGX": true, "IDX": true,
	"NSE": true, "BSE": true, "SET": true, "PSE": true, "SZSE": true, "SSE": true, "TWSE": true, "TPEx": true, "KRX": true}

// brandBefore reports whether the word of s that ends at offset e is
// one capitalised word that a spaced dash may follow inside a name: not
// a sentence's first, nor a possessive.
func brandBefore(s string, e int) bool {
	w := wordEndingAt(s, e)
	if w == "" || !isUpper(w[0]) || strings.HasSuffix(w, "'s") || strings.ContainsAny(w, ".,;:") {
		return false
	}
	b := strings.TrimSuffix(strings.TrimRight(s[:e-len(w)], " "), ",")
	// A word in lower case before it, a comma between or not: "of X",
	// "units, X"; not a dateline's "ALMATY, X".
	p := wordEndingAt(b, len(b))
	return p != "" && isLower(p[0]) && !strings.ContainsAny(p, ".;:)")
}

// wordEndingAt returns the word of s that ends at offset e (exclusive),
// after the spaces before e.
func wordEndingAt(s string, e int) string {
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	b := e
	for b > 0 && s[b-1] != ' ' && s[b-1] != '\n' {
		b--
	}
	return s[b:e]
}

// isDotted reports short forms written with dots between capitals:
// "U.S.", "L.P.", "S.A.".
func isDotted(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, ".") {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if !isUpper(w[i]) || i+1 >= len(w) || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// addListings adds one listing per security to a, in order of first
// appearance, and records the names the text ties to them in d.listed;
// the entity step makes the companies.
func (d *doc) addListings(a *article.Article, w *listingScratch) {
	d.mergeListings(a, w, len(w.fs) > fewListings)
}

// fewListings is the most listings that mergeListings merges by linear
// searches, which cost less than maps while they are few.
const fewListings = 16

// mergeListings is addListings, finding the listings met before in the
// maps of w when useMaps is set and by linear searches otherwise.
func (d *doc) mergeListings(a *article.Article, w *listingScratch, useMaps bool) {
	fs := w.fs
	if len(fs) == 0 {
		return
	}
	// "$WCU" beside "WCU.AX" is the same security: a cashtag goes with
	// the one listing of its symbol that names an exchange.
	if useMaps {
		for _, f := range fs {
			if f.l.MIC() != "" {
				if l, ok := w.withMIC[f.l.Symbol()]; ok && l != f.l {
					w.withMIC[f.l.Symbol()] = entity.Listing{} // several: not plain which
				} else {
					w.withMIC[f.l.Symbol()] = f.l
				}
			}
		}
	}
	base := len(a.Listings)
	d.listingAt = slices.Grow(d.listingAt, len(fs))
	for _, f := range fs {
		if f.l.MIC() == "" && f.l.Country().IsZero() {
			var l entity.Listing
			if useMaps {
				l = w.withMIC[f.l.Symbol()]
			} else {
				l = micListing(fs, f.l.Symbol())
			}
			if !l.IsZero() {
				f.l = l
			}
		}
		if f.l.MIC() == "" {
			// A listing known by country only ("2330 TT") must have a
			// symbol that stands alone, or its wire form (symbol and
			// MIC) could not be read back.
			if _, err := entity.NewListing(f.l.Symbol(), ""); err != nil {
				continue
			}
		}
		d.listingAt = append(d.listingAt, f.at)
		var k int
		var ok bool
		if useMaps {
			k, ok = w.seen[f.l]
		} else if k = slices.IndexFunc(a.Listings[base:], func(x article.Listing) bool { return x.Listing == f.l }); k >= 0 {
			k, ok = base+k, true
		}
		if ok {
			if a.Listings[k].Index == "" {
				a.Listings[k].Index = f.index
			}
		} else {
			start, end := d.v.span(f.at.a, f.at.b)
			k = len(a.Listings)
			if useMaps {
				w.seen[f.l] = k
			}
			if k == 0 {
				// Room for all: most pages list each security once.
				a.Listings = slices.Grow(a.Listings, len(fs))
			}
			a.Listings = append(a.Listings, article.Listing{
				Listing: f.l,
				Text:    d.v.src[start:end],
				Index:   f.index,
				Span:    article.Span{Start: start, End: end},
			})
		}
		if f.name.b > f.name.a {
			d.listed = append(d.listed, listedName{name: f.name, listing: k})
		}
	}
}

// micListing returns the one listing among fs whose symbol is sym and
// that names an exchange, or the zero Listing when there is none or
// there are several.
func micListing(fs []found, sym string) entity.Listing {
	var one entity.Listing
	for _, f := range fs {
		if f.l.MIC() != "" && f.l.Symbol() == sym {
			if one.IsZero() {
				one = f.l
			} else if one != f.l {
				return entity.Listing{}
			}
		}
	}
	return one
}

// listedName is a company name the text ties to a listing: its view
// range and the index of the listing in Article.Listings.
type listedName struct {
	name    rng
	listing int
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// inLower reports m[strings.ToLower(w)], without making the lower-case
// string when w is short ASCII.
func inLower(m map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		buf[i] = lower(c)
	}
	return m[string(buf[:len(w)])]
}

// codeHeads map the head of a table's column of codes, in lower case, to
// the prefix entity.ParseListing reads; "" for a head that names no
// market ("Ticker"), which the page's one exchange then gives.
var codeHeads = []struct{ head, prefix string }{
	{"pse code", "PSE"}, {"idx code", "IDX"}, {"sgx code", "SGX"}, {"set code", "SET"}, {"asx code", "ASX"},
	{"nse code", "NSE"}, {"bse code", "BSE"}, {"hose code", "HOSE"}, {"hnx code", "HNX"}, {"krx code", "KRX"},
	{"tse code", "TSE"}, {"hkex code", "HKEX"}, {"stock code", ""}, {"ticker", ""}, {"code", ""}, {"symbol", ""},
}

// tableCodes reads a table with a column of codes under a head that
// names it ("Company   PSE code   H1 2026"): each row's code, on the
// market the head or the page names, tied to the name the row opens
// with. It appends the listings to fs, in text order.
func (d *doc) tableCodes(fs []found) []found {
	s := d.v.s
	if !d.gapped() {
		return fs
	}
	low := d.lower()
	var cells []qty.Cell
	added := false
	for i := 0; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.te-l.ts > maxRowLen || strings.Index(s[l.ts:l.te], "  ") < 0 {
			continue
		}
		cells = qty.Cells(cells[:0], s, qty.Span{Start: l.ts, End: l.te})
		if len(cells) < 3 {
			continue
		}
		col, prefix := -1, ""
		for k, c := range cells[1:] {
			h := low[c.Start:c.End]
			for _, x := range codeHeads {
				if h == x.head {
					col, prefix = k+1, x.prefix
					break
				}
			}
			if col >= 0 {
				break
			}
		}
		if col < 0 {
			continue
		}
		// "Date   ASX company   Code   Counterparty": the column of
		// names, whose head may name the market.
		nameCol := 0
		for k, c := range cells {
			h := low[c.Start:c.End]
			if k == col || !(h == "company" || strings.HasSuffix(h, " company") || h == "issuer" || h == "name") {
				continue
			}
			nameCol = k
			if m, _, ok := strings.Cut(s[c.Start:c.End], " "); ok && prefix == "" && isUpperWord(m) {
				if _, err := entity.ParseListing(m + ": ABC"); err == nil {
					prefix = m
				}
			}
			break
		}
		// "Company | Ticker | Exchange | Oct 2026": a column that gives
		// each row's market.
		exCol := -1
		for k, c := range cells {
			if h := low[c.Start:c.End]; k != col && k != nameCol && (h == "exchange" || h == "market" || h == "listing" || h == "bourse") {
				exCol = k
				break
			}
		}
		if prefix == "" && exCol < 0 {
			if prefix = d.pageExchange(); prefix == "" {
				continue
			}
		}
		nameFrom, nameTo := cells[nameCol].Start-l.ts, cells[nameCol].End-l.ts
		from, to := cells[col].Start-l.ts, cells[col].End-l.ts
		exFrom, exTo := -1, -1
		if exCol >= 0 {
			exFrom, exTo = cells[exCol].Start-l.ts, cells[exCol].End-l.ts
		}
		for j := i + 1; j < len(d.lines) && j <= i+40; j++ {
			r := d.lines[j]
			if r.te <= r.ts {
				break
			}
			rc := qty.Cells(cells[:0], s, qty.Span{Start: r.ts, End: r.te})
			if len(rc) < 2 {
				// ("STEEL" over the steelmakers' rows: a group's label.)
				if len(rc) == 1 && exCol >= 0 && !hasLower(s[rc[0].Start:rc[0].End]) {
					continue
				}
				break
			}
			rowPrefix := prefix
			if exCol >= 0 {
				rowPrefix = ""
				for _, c := range rc[1:] {
					if c.End-r.ts > exFrom-2 && c.Start-r.ts < exTo+2 {
						if m := s[c.Start:c.End]; len(m) <= 12 && !strings.ContainsAny(m, " -") {
							rowPrefix = m
						}
						break
					}
				}
				if rowPrefix == "" {
					continue
				}
			}
			name := rng{rc[0].Start, rc[0].End}
			if nameCol > 0 {
				name = rng{}
				for _, c := range rc {
					if c.End-r.ts > nameFrom-2 && c.Start-r.ts < nameTo+2 {
						name = rng{c.Start, c.End}
						break
					}
				}
				if name.b == 0 {
					continue
				}
			}
			for _, c := range rc[1:] {
				// The cell under the head, its columns overlapping.
				if c.End-r.ts <= from-2 || c.Start-r.ts >= to+2 {
					continue
				}
				code := s[c.Start:c.End]
				if len(code) < 2 || len(code) > 8 || !codeWord(code) {
					break
				}
				l, err := entity.ParseListing(rowPrefix + ": " + code)
				if err != nil {
					break
				}
				fs = append(fs, found{l: l, at: rng{c.Start, c.End}, name: name})
				added = true
				break
			}
		}
	}
	if added {
		sort.SliceStable(fs, func(x, y int) bool { return fs[x].at.a < fs[y].at.a })
	}
	return fs
}

// codeWord reports a cell that may be a security's code: capitals and
// digits, a dot at most.
func codeWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isUpper(c) && !isDigit(c) && c != '.' {
			return false
		}
	}
	return true
}

// bracketCodeCues open a code in brackets, in lower case: "listed on the
// Nagoya Stock Exchange (code 6652)", "(Securities code: 5724, TSE Prime
// Market)".
var bracketCodeCues = []string{"(code ", "(code: ", "(stock code ", "(stock code: ", "(securities code ", "(securities code: ", "(security code: "}

// bracketMarkets map the market a bracket names after its code (", TSE
// Prime Market"), in lower case, to its MIC.
var bracketMarkets = []struct{ name, mic string }{
	{"tse", "XTKS"}, {"tokyo", "XTKS"}, {"prime market", "XTKS"}, {"standard market", "XTKS"}, {"growth market", "XTKS"},
	{"nagoya", "XNGO"}, {"fukuoka", "XFKA"}, {"sapporo", "XSAP"}, {"twse", "XTAI"}, {"taiwan stock exchange", "XTAI"},
	{"tpex", "ROCO"}, {"taipei exchange", "ROCO"}, {"kosdaq", "XKOS"}, {"kospi", "XKRX"}, {"korea exchange", "XKRX"},
}

// bracketMarket returns the MIC of the first of bracketMarkets that the
// words t, in lower case, name, or "".
func bracketMarket(t string) string {
	for _, x := range bracketMarkets {
		if strings.Contains(t, x.name) {
			return x.mic
		}
	}
	return ""
}

// exchangeNamesLower holds each exchange's MIC and its name in lower
// case, as a bracketed code's lead-in names it. Never modified after
// package initialisation.
var exchangeNamesLower = func() []struct{ name, mic string } {
	var out []struct{ name, mic string }
	for _, x := range entity.Exchanges() {
		out = append(out, struct{ name, mic string }{strings.ToLower(x.Name()), x.MIC()})
	}
	return out
}()

// bracketCodes reads a code in brackets that the exchange named right
// before it or the market named after it places: "the Nagoya Stock
// Exchange (code 6652)", "(Securities code: 5724, TSE Prime Market)". It
// appends the listings to fs, in text order, skipping codes fs holds.
func (d *doc) bracketCodes(fs []found) []found {
	low := d.lower()
	if !strings.Contains(low, "code") {
		return fs
	}
	for from := 0; from < len(low); {
		k := strings.Index(low[from:], "code")
		if k < 0 {
			break
		}
		k += from
		from = k + 4
		// "(Tokyo Stock Exchange Prime Market, Code 5406; President
		// ...)": the market first, then the code.
		lead, leadOpen := "", -1
		if o := strings.LastIndexByte(low[max(0, k-60):k], '('); o >= 0 && strings.HasSuffix(low[:k], ", ") {
			leadOpen = max(0, k-60) + o
			lead = low[leadOpen+1 : k-2]
			if strings.ContainsAny(lead, "();") {
				lead = ""
			}
		}
		a := -1
		if lead != "" {
			for _, cue := range []string{"code: ", "code "} {
				if strings.HasPrefix(low[k:], cue) {
					a = k + len(cue)
					break
				}
			}
		}
		o := -1 // the bracket a code's cue opens
		if lead == "" {
			o = strings.LastIndexByte(low[max(0, k-12):k], '(')
			if o < 0 {
				continue
			}
			o += max(0, k-12)
			c := ""
			for _, cue := range bracketCodeCues {
				if strings.HasPrefix(low[o:], cue) && len(cue) > len(c) {
					c = cue
				}
			}
			if c != "" {
				a = o + len(c)
			}
		}
		if a < 0 {
			continue
		}
		e := a
		for e < len(low) && isDigit(low[e]) {
			e++
		}
		if n := e - a; n < 4 || n > 6 {
			continue
		}
		mic, marketAfter := "", false
		switch {
		case lead != "" && e < len(low) && (low[e] == ')' || low[e] == ';' || low[e] == ','):
			if mic = bracketMarket(lead); mic == "" {
				continue
			}
		case lead != "":
			continue
		case e < len(low) && low[e] == ')':
		case strings.HasPrefix(low[e:], ", "):
			// ("(Code 5741, TSE Standard Market; President X)": other
			// fields may follow after a semicolon.)
			// ("(Securities Code: 5709, listed on the Standard Market of
			// the Tokyo Stock Exchange; the \"Target Company\")".)
			end := strings.IndexAny(low[e:min(len(low), e+80)], ");")
			if end < 0 {
				continue
			}
			mic = bracketMarket(low[e+2 : e+end])
			marketAfter = mic != ""
		default:
			continue
		}
		if mic == "" && o >= 0 {
			before := strings.TrimRight(low[max(0, o-60):o], " ")
			for _, x := range exchangeNamesLower {
				if strings.HasSuffix(before, x.name) {
					mic = x.mic
					break
				}
			}
			// "Listing: TSE Standard Market (Securities code: 5719)": a
			// market of bracketMarkets right before.
			if w := strings.LastIndexAny(before, ":,;()"); mic == "" && strings.HasSuffix(before, " market") && len(before)-w < 40 {
				mic = bracketMarket(before[w+1:])
			}
		}
		if mic == "" {
			continue
		}
		sym := d.v.s[a:e]
		if slices.ContainsFunc(fs, func(f found) bool { return f.l.Symbol() == sym }) {
			continue
		}
		l, err := entity.NewListing(sym, mic)
		if err != nil {
			continue
		}
		f := found{l: l, at: rng{a, e}}
		// The firm named right before the bracket, where the bracket
		// names the market too (not "the Nagoya Stock Exchange (code
		// 6652)", where the exchange stands before it).
		if open := leadOpen; lead != "" || marketAfter && o >= 0 {
			if lead == "" {
				open = o
			}
			if name, ok := d.nameBefore(open); ok {
				f.name = name
			}
		}
		if f.name.b == 0 && o >= 0 {
			if name, ok := d.listingField(o); ok {
				f.name = name
			}
		}
		at := sort.Search(len(fs), func(i int) bool { return fs[i].at.a >= a })
		fs = slices.Insert(fs, at, f)
	}
	return fs
}

// listingField returns the company a filing's fields tie the code at
// view offset at to: the company a numbered section is of, when the code
// is on its listing field ("(4) Listing: TSE Standard Market (Securities
// code: 5719)" under "(1) Name: Y"), or the one the cover names, when the
// code's bracket opens a line under "Company name: Y".
func (d *doc) listingField(at int) (rng, bool) {
	ls := d.lines
	i := sort.Search(len(ls), func(i int) bool { return ls[i].te >= at })
	if i == len(ls) || ls[i].ts > at {
		return rng{}, false
	}
	j := -1
	if t := strings.TrimLeft(d.lower()[ls[i].ts:at], "()0123456789. "); hasAnyPrefix(t, "listing:", "listed market:", "stock exchange listing:") {
		j = d.sectionNameLine(i)
	} else if strings.TrimSpace(d.v.s[ls[i].ts:at]) == "" && at < len(d.v.s) && d.v.s[at] == '(' {
		// "(Securities code: 6938, TSE Prime Market)" on a line of its
		// own, a few lines under the cover's "Company name: Y".
		for k := i - 1; k >= 0 && k >= i-4 && j < 0; k-- {
			if companyNameLabel(d.v.s[ls[k].ts:ls[k].te]) > 0 {
				j = k
			}
		}
	}
	if j < 0 {
		return rng{}, false
	}
	v := d.v.s[ls[j].ts:ls[j].te]
	c := strings.IndexByte(v, ':')
	if c < 0 {
		return rng{}, false
	}
	a := ls[j].ts + c + 1
	for a < ls[j].te && d.v.s[a] == ' ' {
		a++
	}
	b := ls[j].te
	if k := strings.Index(d.v.s[a:b], " ("); k > 0 {
		b = a + k
	}
	if b-a < 3 {
		return rng{}, false
	}
	return rng{a, b}, true
}

// copyrightYear reports a year at s[i:j] after a copyright's sign or
// word: "© 2026", "(c) 2026", "Copyright 2026".
func copyrightYear(s string, i, j int) bool {
	if j-i != 4 || s[i] != '1' && s[i] != '2' {
		return false
	}
	before := strings.TrimRight(s[max(0, i-12):i], " ")
	return strings.HasSuffix(before, "©") || strings.HasSuffix(before, "(c)") || strings.HasSuffix(before, "(C)") || hasSuffixLower(before, "copyright")
}

// hasSuffixLower reports whether s ends with the lower-case suffix, in
// any case.
func hasSuffixLower(s, suffix string) bool {
	return len(s) >= len(suffix) && equalLower(s[len(s)-len(suffix):], suffix)
}
