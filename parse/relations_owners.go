package parse

import (
	"slices"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/qty"
)

// This file reads the ways news lists the owners of one company: chains
// of shares after "owned by", shares given "with" each shareholder,
// shares given "respectively", and a bare "owns 9%" after the company's
// ownership has been stated.

// withPercent returns a setter of a relation's percentage.
func withPercent(p decimal.Decimal) func(*article.Relation) {
	return func(rel *article.Relation) { rel.Percent, rel.HasPercent = p, true }
}

// clauseBack bounds how far back from a share its rules read.
const clauseBack = 240

// maxOwners bounds the owners one list is read for.
const maxOwners = 8

// ownerChain reads the owners that follow the first one in "X is 47%
// owned by A, 27.5% by B and 8% by C" or "X will be owned 30% by A,
// 19.9% by B and 12% by C", from sentence-relative offset i, right after
// the first owner.
func (r *relater) ownerChain(s *sentence, i int, owned, first ment) {
	// "The venture, to be called X, will be 60% owned by A and 40% by
	// B": the owners of a venture are its partners.
	venture := strings.HasPrefix(s.low, "the venture") || strings.HasPrefix(s.low, "the joint venture")
	// "The two will set up a vehicle, X, owned 51% by A and 49% by B":
	// the company the owners form is their venture.
	if !venture && owned.a > s.a {
		venture = ownersForm(s.low[:owned.a-s.a])
	}
	// "X, a joint venture company owned 60 percent by A and 40 percent
	// by B".
	if !venture && owned.a >= s.a && owned.b <= first.a {
		venture = strings.Contains(s.low[owned.b-s.a:first.a-s.a], "venture")
	}
	// "The Mulga Well Joint Venture is held 80% by A ... and 20% by B":
	// a venture by name.
	if !venture && owned.a >= s.a && owned.b <= first.a {
		name := s.low[owned.a-s.a : owned.b-s.a]
		venture = strings.HasSuffix(name, " joint venture") || strings.HasSuffix(name, " jv")
	}
	prev := first
	for n := 0; n < maxOwners; n++ {
		// "A (NYSE: SPKC) and 34% by B": a ticker after the owner.
		i += skipBrackets(s.low[i:])
		// "80% by A, through its wholly owned subsidiary Y, and 20% by
		// B": the unit A holds through is read as A's unit elsewhere.
		// ("60% by A through its wholly owned subsidiary Y in
		// Singapore, and 40% by B": no comma before.)
		if rest := s.low[i:]; hasAnyPrefix(rest, ", through ", " through ") {
			th := len(prefixOf(rest, ", through ", " through "))
			if c := strings.Index(rest[th:], ", "); c > 0 && c < 100 {
				i += th + c
			}
		}
		// "49% owned by A, a Canadian developer, and 51% by B": the
		// owner described between commas.
		if rest := s.low[i:]; strings.HasPrefix(rest, ", a ") || strings.HasPrefix(rest, ", an ") {
			if c := strings.Index(rest[2:min(len(rest), 70)], ", "); c > 0 && !strings.ContainsAny(rest[2:2+c], ";()%") {
				// ("..., and 13 percent by B": the word too.)
				if after := rest[2+c:]; strings.HasPrefix(after, ", and ") && percentSoon(after[len(", and "):min(len(after), len(", and ")+20)]) {
					i += 2 + c
				}
			}
		}
		// "10% by B, the state mining company, on a free-carried basis,
		// and 5% by C": words about B, up to the next share.
		if rest := s.low[i:]; strings.HasPrefix(rest, ", ") && !percentSoon(rest[:min(len(rest), 8)]) && !strings.HasPrefix(rest, ", and ") {
			w := rest[:min(len(rest), 100)]
			for c := 2; c < len(w); c++ {
				if w[c] != ',' && w[c] != ';' && w[c] != '(' && w[c] != ')' && w[c] != '%' && !isDigit(w[c]) {
					continue
				}
				if strings.HasPrefix(w[c:], ", and ") && percentSoon(rest[c+len(", and "):min(len(rest), c+len(", and ")+20)]) &&
					!slices.ContainsFunc(r.orgsIn(s, i+2, i+c), func(m ment) bool { return m.e != prev.e }) {
					i += c
				}
				if w[c] != ',' {
					break
				}
			}
		}
		rest := s.low[i:]
		var k int
		switch {
		case strings.HasPrefix(rest, ", and "):
			k = len(", and ")
		case strings.HasPrefix(rest, ", "):
			k = len(", ")
		case strings.HasPrefix(rest, " and "):
			k = len(" and ")
		default:
			return
		}
		// "owned as to 80% by A and as to 20% by B", as Hong Kong
		// filings write it.
		if strings.HasPrefix(s.low[i+k:], "as to ") {
			k += len("as to ")
		}
		q, qe, ok := s.percentAt(i + k)
		if !ok || !strings.HasPrefix(s.low[qe:], " by ") {
			return
		}
		owner, ok := r.ownerRightAfter(s, qe+len(" by "), 40)
		if !ok {
			return
		}
		owner = r.parentNamed(s, owner)
		if owner.e != owned.e {
			r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(q))
			if venture && first.e != owned.e {
				r.add(entity.JointVenture, first.e, owner.e, s, nil)
			}
			// "and 45% by B, which bought into the business in 2022".
			if hasAnyPrefix(s.low[s.past(owner):], ", which bought into ", ", which bought its stake", ", which bought the stake", ", which acquired its stake") && !s.negated(0, i) {
				r.add(entity.Acquisition, owner.e, owned.e, s, withPercent(q))
			}
		}
		i = owner.b - s.a
		prev = owner
	}
}

// percentSoon reports whether t, a few words, holds a percentage: "13%",
// "13 percent", "13 per cent".
func percentSoon(t string) bool {
	return strings.IndexByte(t, '%') > 0 || strings.Contains(t, " percent") || strings.Contains(t, " per cent")
}

// ventureCues, before the company a sentence gives the owners of, say
// the owners form it together.
var ventureCues = []string{" set up ", " setting up ", " form ", " forming ", " formed ", " establish ", " established ", " establishing ", " joint venture", " venture ", " vehicle"}

// ownersForm reports whether the words before an owned company say its
// owners form it: "the two will set up a Tokyo-based vehicle, X".
func ownersForm(before string) bool {
	// (Not "A, a joint venture between B and C, continued, while
	// production at X, owned 60% by B and 40% by D": another clause's
	// venture.)
	for _, w := range []string{", while ", ", whereas ", ", but ", "; "} {
		if k := strings.LastIndex(before, w); k >= 0 {
			before = before[k:]
		}
	}
	for _, c := range ventureCues {
		if strings.Contains(before, c) {
			return true
		}
	}
	return false
}

// ownerRightAfter is orgRightAfter for an owner, which may also be a
// state body: "49% by JOGMEC".
func (r *relater) ownerRightAfter(s *sentence, i, gap int) (ment, bool) {
	// "owned as to 70% by Mr. Tan Guoliang": a person who holds the
	// shares, named right there, honorific and all.
	if ms := s.from(i); len(ms) > 0 && r.kindOf(ms[0]) == entity.KindPerson && !r.possessive(s, ms[0]) {
		if pre := strings.TrimSpace(r.d.v.s[s.at(i):ms[0].a]); pre == "" || honorific(pre) {
			return ms[0], true
		}
	}
	return r.rightAfter(s, i, gap, func(m ment) bool { return r.isOrg(m) || r.kindOf(m) == entity.KindGovernment })
}

// honorific reports a title of address written before a name: "Mr.",
// "Ms", "Dato'".
func honorific(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Mr", "Ms", "Mrs", "Madam", "Dr", "Datuk", "Dato'", "Dato", "Tan Sri", "Dato' Sri", "Puan", "Encik":
		return true
	}
	return false
}

// parentNamed returns the company named after "X's parent," when m is
// that possessive X, and records that X is its subsidiary: "34% owned by
// Ohsung's parent, Ohsung Holdings". Otherwise it returns m.
func (r *relater) parentNamed(s *sentence, m ment) ment {
	if !r.possessive(s, m) {
		return m
	}
	rest := s.low[m.b-s.a:]
	for _, p := range []string{"'s parent, ", "' parent, ", "'s parent company, ", "' parent company, "} {
		if strings.HasPrefix(rest, p) {
			if parent, ok := r.orgRightAfter(s, m.b-s.a+len(p), 4); ok && parent.e != m.e {
				r.add(entity.SubsidiaryOf, m.e, parent.e, s, nil)
				return parent
			}
		}
	}
	// "51% owned by X's partner, Harare-based Y, and 49% by X": the
	// partner, named after the comma.
	for _, p := range []string{"'s partner, ", "' partner, ", "'s joint venture partner, ", "'s local partner, "} {
		if strings.HasPrefix(rest, p) {
			at := m.b - s.a + len(p)
			if partner, ok := r.orgRightAfter(s, at, 24); ok && partner.e != m.e && !strings.ContainsAny(s.low[at:partner.a-s.a], ",;(") {
				return partner
			}
		}
	}
	return m
}

// shareholderCues introduce a list of the owners of the company named
// right before them, in its possessive: "Phu Lac's largest shareholders
// are".
var shareholderCues = newCues("shareholders are ", "shareholders include ", "shareholders were ", "shareholders will be ", "owners are ", "investors are ",
	"holders are ", "holders include ", "holders were ", "holders will be ")

// topHolderCues name the largest owner of a company after its name:
// "X's majority shareholder is Y".
var topHolderCues = newCues("shareholder is ", "shareholder remains ", "shareholder, ", "shareholder with ", "holder is ", "shareholder holding ")

// topHolderAdjectives stand between a company's name and "shareholder"
// when the owner it names is its largest, in lower case.
var topHolderAdjectives = []string{"majority ", "largest ", "single largest ", "biggest ", "controlling ", "principal ", "main ", "major ", "substantial "}

// namedShareholder reads "X's majority shareholder is Y, which holds
// 61.5% of its shares" and "Y is X's largest shareholder (with 19.9%)":
// Y holds a stake in X, of the share the sentence gives it, if any.
func (r *relater) namedShareholder(s *sentence) {
	i, e, ok := s.cue(0, topHolderCues)
	if !ok || s.negated(0, i) {
		return
	}
	adj := ""
	for _, a := range topHolderAdjectives {
		if strings.HasSuffix(s.low[:i], a) && len(a) > len(adj) {
			adj = a
		}
	}
	if adj == "" {
		return
	}
	var owned ment
	switch {
	case strings.HasSuffix(s.low[:i-len(adj)], "'s "):
		owned, ok = r.orgRightBefore(s, i-len(adj)-len("'s "), 1)
	case s.low[:i-len(adj)] == "its ":
		// "Its largest shareholder is Y": the company of the sentence
		// before.
		owned, ok = r.antecedent(s)
	case strings.HasSuffix(s.low[:i-len(adj)], "our "):
		// "Our largest shareholder is Y" in an interview's answer, where
		// "our" is the speaker's company.
		owned, ok = r.orgRightBefore(s, i-len(adj)-1, 0)
	case saidItsAt(s.low[:i-len(adj)]) > 0:
		// "X said on Tuesday that its controlling shareholder, Y, had
		// agreed to ...": the firm that said it.
		owned, ok = r.subject(s, saidItsAt(s.low[:i-len(adj)]))
	default:
		return
	}
	if !ok {
		return
	}
	var owner ment
	opens := s.low[:i-len(adj)] == "its " || strings.HasSuffix(s.low[:i-len(adj)], " its ") || owned.a >= s.a && owned.a < s.b && strings.TrimPrefix(s.low[:owned.a-s.a], "the ") == ""
	if opens && strings.HasSuffix(s.low[:e], ", ") {
		// "X's controlling shareholder, Y, holds 38.47%": the owner
		// in the apposition after, the sentence opening with X.
		owner, ok = r.orgRightAfter(s, e, 0)
		if ok && !strings.HasPrefix(s.low[s.past(owner):], ",") && !strings.HasPrefix(s.low[s.past(owner):], " (") {
			ok = false
		}
	} else if strings.HasSuffix(s.low[:e], ", ") || strings.HasSuffix(s.low[:e], " with ") || strings.HasSuffix(s.low[:e], " holding ") {
		// "Y, X's majority shareholder, holds ...", "Y, X's biggest
		// shareholder with 11.4 per cent, backed": the owner before.
		// ("Y, until now X's largest shareholder with 14.6%,": a word of
		// time may come first.)
		at := owned.a - s.a
		for _, w := range []string{"until now ", "currently ", "now ", "previously ", "formerly ", "already "} {
			if strings.HasSuffix(s.low[:at], ", "+w) {
				at -= len(w)
				break
			}
		}
		// "Y is still our largest shareholder with 22.4%": the owner
		// before the verb, in an interview's answer.
		if cop := suffixOf(s.low[:at], " is still ", " is now ", " is ", " remains "); cop != "" && strings.HasSuffix(s.low[:i-len(adj)], "our ") && strings.HasSuffix(s.low[:e], " with ") {
			owner, ok = r.orgRightBefore(s, at-len(cop), 1)
		} else if !strings.HasSuffix(s.low[:at], ", ") {
			return
		} else {
			owner, ok = r.orgRightBefore(s, s.beforeBrackets(at-1), 3)
		}
	} else {
		// ("is the state-run Korea Development Bank": the state's own,
		// described.)
		at := e
		if w := prefixOf(s.low[at:], "the state-run ", "the state-owned ", "the government-owned ", "state-run ", "state-owned "); w != "" {
			at += len(w)
			owner, ok = r.buyerRightAfter(s, at, 1)
		} else {
			owner, ok = r.orgRightAfter(s, at, 1)
		}
	}
	if !ok || owner.e == owned.e {
		return
	}
	// The share, when the owner's own clause gives it: "which holds
	// 61.5%", "with 19.9%".
	var set func(*article.Relation)
	from := max(owner.b, owned.b) - s.a
	pe := -1
	for k := from; k < len(s.low) && k < from+60; k++ {
		if isDigit(s.low[k]) && (k == 0 || !isDigit(s.low[k-1]) && s.low[k-1] != '.') {
			// (Not "had agreed to transfer a 29.9% stake": a share it
			// sells, not all it holds.)
			if p, e, ok := s.percentAt(k); ok && !sellingBefore(s.low[from:k]) {
				set, pe = withPercent(p), e
			}
			break
		}
	}
	r.add(entity.StakeIn, owner.e, owned.e, s, set)
	// "... is X with 15.2%, then the Australian fund Y with 9.7%": the
	// holders after it, each with its share.
	for n := 0; pe > 0 && n < maxOwners; n++ {
		w := prefixOf(s.low[pe:], ", then ", ", followed by ", " and then ")
		if w == "" {
			return
		}
		next, ok := r.orgRightAfter(s, pe+len(w), 40)
		if !ok || next.e == owned.e || !strings.HasPrefix(s.low[s.past(next):], " with ") {
			return
		}
		p, e, ok := s.percentAt(s.past(next) + len(" with "))
		if !ok {
			return
		}
		r.add(entity.StakeIn, next.e, owned.e, s, withPercent(p))
		pe = e
	}
}

// countsAsHolder reads "X counts Y as its largest holder with 17.5%":
// Y holds a stake in X.
//
// So does "X has had Y as its strategic shareholder since 2024, when the
// Korean group bought a 35% stake", where Y also bought that share.
func (r *relater) countsAsHolder(s *sentence) {
	i, v := -1, ""
	for _, c := range []string{" counts ", " has had ", " has ", " had "} {
		if i = s.find(0, c); i >= 0 {
			v = c
			break
		}
	}
	if i < 0 || s.negated(0, i) {
		return
	}
	holder, ok := r.orgRightAfter(s, i+len(v), 30)
	if !ok {
		return
	}
	rest := s.low[s.past(holder):]
	if !strings.HasPrefix(rest, " as its ") {
		return
	}
	head := rest[:min(len(rest), 50)]
	if k := strings.IndexAny(head, ",;."); k >= 0 {
		head = head[:k]
	}
	if !strings.Contains(head, "holder") {
		return
	}
	owned, ok := r.subject(s, i)
	if !ok || owned.e == holder.e {
		return
	}
	var set func(*article.Relation)
	if k := strings.Index(rest[:min(len(rest), 60)], " with "); k >= 0 {
		if p, _, ok := s.percentAt(s.past(holder) + k + len(" with ")); ok {
			set = withPercent(p)
		}
	}
	// ", when the Korean group bought a 35% stake": the holder's
	// purchase of its share.
	bought := false
	if k := strings.Index(rest[:min(len(rest), 60)], ", when "); k >= 0 && set == nil {
		w := rest[k+len(", when "):]
		if t := strings.Index(w, " bought a "); t >= 0 && t < 40 && !strings.ContainsAny(w[:t], ",;") {
			at := len(s.low) - len(w) + t + len(" bought a ")
			if p, e, ok := s.percentAt(at); ok && strings.HasPrefix(s.low[e:], " stake") {
				set, bought = withPercent(p), true
			}
		}
	}
	r.add(entity.StakeIn, holder.e, owned.e, s, set)
	if bought {
		r.add(entity.Acquisition, holder.e, owned.e, s, set)
	}
}

// isShareholderCues say the subject is a shareholder of the firm whose
// possessive follows: "X is now Y's second-largest shareholder".
var isShareholderCues = []string{" is now ", " is ", " became ", " has become ", " remains ", " will become ", " will be "}

// shareholderRanks stand between the possessive and "shareholder".
var shareholderRanks = []string{"largest ", "biggest ", "second-largest ", "second largest ", "third-largest ", "single largest ", "major ", "main ", "controlling ", "majority ", "top "}

// isShareholder reads "X is now Y's second-largest shareholder after
// Z, which owns 41%": X holds a stake in Y, and so does Z.
func (r *relater) isShareholder(s *sentence) {
	i := s.find(0, " shareholder")
	if i < 0 || s.negated(0, i) {
		return
	}
	b := i + 1
	for again := true; again; {
		// The longest rank that fits: "second-largest ", not "largest ".
		again = false
		best := ""
		for _, a := range shareholderRanks {
			if strings.HasSuffix(s.low[:b], a) && len(a) > len(best) {
				best = a
			}
		}
		if best != "" {
			b -= len(best)
			again = true
		}
	}
	var owned ment
	var ok bool
	if strings.HasSuffix(s.low[:b], "'s ") {
		owned, ok = r.orgRightBefore(s, b-len("'s "), 1)
	} else if e := i + len(" shareholder"); strings.HasSuffix(s.low[:b], " the ") && strings.HasPrefix(s.low[e:], " of ") && b-len(" the ") >= 0 {
		// "makes X the largest shareholder of Y", "X became the
		// largest shareholder of Y".
		if owned, ok = r.orgRightAfter(s, e+len(" of "), 1); ok {
			c0 := b - len(" the ")
			x, found := r.orgRightBefore(s, c0, 1)
			if found {
				c := s.low[:x.a-s.a]
				found = strings.HasSuffix(c, "makes ") || strings.HasSuffix(c, "made ") || strings.HasSuffix(c, "making ") || strings.HasSuffix(c, "make ")
			} else {
				for _, cop := range []string{" is now", " is", " became", " remains", " was", " will become"} {
					if strings.HasSuffix(s.low[:c0], cop) {
						x, found = r.orgRightBefore(s, s.beforeBrackets(c0-len(cop)), 1)
						break
					}
				}
			}
			if found && x.e != owned.e && !s.negated(0, i) {
				r.add(entity.StakeIn, x.e, owned.e, s, nil)
				r.owned, r.ownedIn = owned, s
			}
		}
		return
	}
	if !ok {
		return
	}
	v := -1
	for _, c := range isShareholderCues {
		// ("will become the Company's second-largest shareholder": the
		// defined term's "the" may stand outside the mention.)
		if strings.HasSuffix(s.low[:owned.a-s.a], c) {
			v = owned.a - s.a - len(c)
			break
		}
		if strings.HasSuffix(s.low[:owned.a-s.a], c+"the ") {
			v = owned.a - s.a - len(c) - len("the ")
			break
		}
	}
	var owner ment
	switch {
	case v >= 0:
		owner, ok = r.subject(s, v)
	case strings.HasSuffix(s.low[:owned.a-s.a], " as "):
		// "The deal leaves X as Y's largest shareholder with 51%": the
		// owner right before "as".
		owner, ok = r.orgRightBefore(s, owned.a-s.a-len(" as "), 1)
	default:
		return
	}
	if !ok || owner.e == owned.e {
		return
	}
	e := i + len(" shareholder")
	var share func(*article.Relation)
	if strings.HasPrefix(s.low[e:], " with ") {
		if p, _, ok := s.percentAt(e + len(" with ")); ok {
			share = withPercent(p)
		}
	}
	r.add(entity.StakeIn, owner.e, owned.e, s, share)
	r.owned, r.ownedIn = owned, s
	// "... after Swiss trader Z, which owns 41%".
	if strings.HasPrefix(s.low[e:], " after ") {
		if z, ok := r.orgRightAfter(s, e+len(" after "), 40); ok && z.e != owned.e {
			var set func(*article.Relation)
			rest := s.low[z.b-s.a:]
			for _, w := range []string{", which owns ", ", which holds ", ", which will hold ", ", which will own ", " with "} {
				if strings.HasPrefix(rest, w) {
					if p, _, ok := s.percentAt(z.b - s.a + len(w)); ok {
						set = withPercent(p)
					}
					break
				}
			}
			r.add(entity.StakeIn, z.e, owned.e, s, set)
		}
	}
}

// shareWith reads an owner given with its share in a list of
// shareholders: "X's largest shareholders are A with 36.2%, B with 11%
// and C itself with 5.5%"; the percentage runs from pi to pe.
func (r *relater) shareWith(s *sentence, pi int, p decimal.Decimal) {
	if !strings.HasSuffix(s.low[:pi], " with ") {
		return
	}
	// "A (8044 JT), with 25%, and B of Malaysia, with 15%": a comma, a
	// ticker or the owner's country may stand before "with".
	w := pi - len(" with ")
	if strings.HasSuffix(s.low[:w], ",") {
		w--
	}
	w = s.beforeBrackets(w)
	owner, ok := r.orgRightBefore(s, w, len(" itself"))
	if !ok {
		owner, ok = r.orgOfPlace(s, w)
	}
	if !ok {
		return
	}
	var owned ment
	i, e, ok := s.cue(0, shareholderCues)
	if ok && s.at(e) <= owner.a && !s.negated(0, pi) {
		owned, ok = r.holdersOf(s, i)
	} else if e, ok = r.sharesHeldBy(s, owner); ok {
		// "the remaining shares in SNS will be held by its founder, A,
		// with 58 percent, and B with 12 percent".
		owned, ok = r.orgRightAfter(s, e, 4)
	}
	if !ok || owned.e == owner.e {
		return
	}
	// Only the list right after the cue: no clause between.
	if strings.ContainsAny(s.low[e:owner.a-s.a], ";:") {
		return
	}
	r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
	r.owned, r.ownedIn = owned, s
}

// holdersOf returns the firm whose shareholders a list names, the cue
// ("shareholders are") at sentence-relative offset i: "X's largest
// shareholders are", or "Its largest shareholders are" after a sentence
// about X.
func (r *relater) holdersOf(s *sentence, i int) (ment, bool) {
	if owned, ok := r.orgRightBefore(s, i, 24); ok && r.possessive(s, owned) {
		return owned, true
	}
	b := i
	for _, a := range topHolderAdjectives {
		if strings.HasSuffix(s.low[:b], a) {
			b -= len(a)
			break
		}
	}
	if b >= len("its ") && strings.HasSuffix(s.low[:b], "its ") && (b == len("its ") || s.low[b-len("its ")-1] == ' ') && len(r.orgsBefore(s, b, 1)) == 0 {
		return r.antecedent(s)
	}
	return ment{}, false
}

// sharesHeldBy finds "shares in " or "shares of " before " held by "
// before the owner, and returns where the company's name may start.
func (r *relater) sharesHeldBy(s *sentence, owner ment) (int, bool) {
	before := s.low[:owner.a-s.a]
	h := strings.LastIndex(before, " held by ")
	if h < 0 || len(before)-h > 160 || s.negated(0, h) || strings.ContainsAny(before[h:], ";:") {
		return 0, false
	}
	for _, c := range []string{"shares in ", "shares of ", "stakes in "} {
		if k := strings.LastIndex(before[:h], c); k >= 0 && h-k < 60 {
			return k + len(c), true
		}
	}
	return 0, false
}

// orgOfPlace returns the firm named before " of " and a country that
// ends at sentence-relative offset i: "Permata Energy Bhd of Malaysia".
func (r *relater) orgOfPlace(s *sentence, i int) (ment, bool) {
	ms := s.ms
	k := len(ms) - 1
	for k >= 0 && ms[k].b > s.at(i) {
		k--
	}
	if k < 1 || ms[k].b < s.at(i) || r.kindOf(ms[k]) != entity.KindCountry {
		return ment{}, false
	}
	at := ms[k].a - s.a
	if !strings.HasSuffix(s.low[:at], " of ") {
		return ment{}, false
	}
	return r.orgRightBefore(s, at-len(" of "), 1)
}

// holdVerbCues are the verbs of owners before shares given
// "respectively".
var holdVerbCues = newCues(" hold ", " own ", " holds ", " owns ", " control ", " with ownership of ", " with stakes of ", " with shareholdings of ", " with equity interests of ")

// respectively reads "X is a joint venture of A and B, which hold 55% and
// 45% respectively", "X is a joint venture formed by A, B and C, with
// ownership of 55%, 35% and 10% respectively": as many owners before the verb as shares after it,
// in order, each holding its share of the organisation the sentence
// opens with.
func (r *relater) respectively(s *sentence) {
	ri := s.find(0, "respectively")
	if ri < 0 {
		return
	}
	vi, ve, ok := s.cue(max(0, ri-80), holdVerbCues)
	if !ok || vi >= ri || s.negated(0, vi) {
		return
	}
	var shares []decimal.Decimal
	for i := ve; i < ri; i++ {
		if !isDigit(s.low[i]) {
			continue
		}
		p, e, ok := s.percentAt(i)
		if !ok {
			for i < ri && (isDigit(s.low[i]) || s.low[i] == '.') {
				i++
			}
			continue
		}
		shares = append(shares, p)
		i = e
	}
	if len(shares) < 2 || len(shares) > maxOwners {
		return
	}
	owners := r.orgsBefore(s, vi, len(shares))
	if len(owners) != len(shares) {
		return
	}
	owned, ok := r.firstOrg(s, owners[0].a-s.a)
	if !ok || owned.a >= owners[0].a {
		// "A and B hold 60% and 40% respectively of Y", "... 40% of Y
		// respectively": the owned after the shares.
		at := -1
		if rest := s.low[ri+len("respectively"):]; strings.HasPrefix(rest, " of ") || strings.HasPrefix(rest, " in ") {
			at = ri + len("respectively") + len(" of ")
		} else if k := strings.LastIndex(s.low[ve:ri], " of "); k >= 0 {
			at = ve + k + len(" of ")
		} else if k := strings.LastIndex(s.low[ve:ri], " in "); k >= 0 {
			at = ve + k + len(" in ")
		}
		if at < 0 {
			return
		}
		if owned, ok = r.orgRightAfter(s, at, 2); !ok {
			return
		}
	}
	for k, o := range owners {
		if o.e == owned.e || k > 0 && o.e == owners[k-1].e {
			return
		}
		// The owners are a list: "A and B", "A, B and C", with what
		// describes each ("South Korean magnet maker") between.
		if k > 0 && !strings.Contains(s.low[owners[k-1].b-s.a:o.a-s.a], "and ") && !strings.Contains(s.low[owners[k-1].b-s.a:o.a-s.a], ",") {
			return
		}
	}
	for k, o := range owners {
		r.add(entity.StakeIn, o.e, owned.e, s, withPercent(shares[k]))
	}
}

// bareShare reads a share given with no company after it, once the
// sentence has said whose shares it speaks of: "X is 52.4% held by its
// promoters, while A owns 9.1% and B holds 4.8%". The owner's verb
// starts at verbAt; the percentage ends at pe.
func (r *relater) bareShare(s *sentence, verbAt, pe int, p decimal.Decimal) {
	// ("B holds a further 7.3% after buying shares on the market": how
	// it came by the share.)
	// ("B holds the other 20% on behalf of the State": the holder of
	// record.)
	if rest := s.low[pe:]; rest != "" && !hasAnyPrefix(rest, ",", ".", " and ", ";", " through ", " after buying ", " after it bought ", " following purchases ", " on behalf of ") {
		return
	}
	// The statement of ownership is looked for a bounded way back.
	from := max(0, verbAt-clauseBack)
	before := s.low[from:verbAt]
	k := strings.Index(before, "% held by ")
	if k < 0 {
		k = strings.Index(before, "% owned by ")
	}
	var owned ment
	v, vOK := r.ventureOpens(s, verbAt)
	switch {
	case k >= 0:
		k += from
		// The percentage before "held by" starts the clause about the
		// owned.
		pi := k
		for pi > 0 && (isDigit(s.low[pi-1]) || s.low[pi-1] == '.') {
			pi--
		}
		o, ok := r.subject(s, pi)
		if !ok {
			return
		}
		owned = o
	case r.ownedIn == s && r.owned.b <= s.at(verbAt):
		// "A holds 54.6% of Y, while B holds 6.3%".
		owned, k = r.owned, max(0, r.owned.a-s.a)
	case r.prevCopulaVehicle(s) >= 0:
		// "V is the company that holds our new mine. We own 70% and B
		// owns the other 30%": shares of V.
		owned, k = ment{e: r.prevCopulaVehicle(s)}, -1
	case r.ownedIn == nil && r.hasPrevOwned && r.prevOwned.b <= s.a:
		// "A agreed to buy 30% of Y. The seller, B, will keep the
		// remaining 70%", "A holds 20% of Y. B will hold 57% through a
		// unit": shares of the company of the stake the sentence before
		// read.
		owned, k = r.prevOwned, -1
	case vOK:
		// "V is a joint venture between A and B; A owns 60% and B
		// 40%": shares of V.
		owned, k = v, -1
	case r.yourHolders(s) >= 0:
		// "Q: Who are your main shareholders?" over "A: X holds
		// 38.5%": shares of the firm the interview is with.
		owned, k = ment{e: r.yourHolders(s)}, -1
	case r.prevVenture(s) >= 0:
		// "The partners signed an agreement for V, the project company.
		// A will hold 60 percent, B 30 percent": shares of the venture.
		owned, k = ment{e: r.prevVenture(s)}, -1
	case strings.Contains(s.low[verbAt:pe], "the remaining ") && r.prevUnit(s) >= 0:
		// "X said the unit, Y, produced ... X will keep the remaining
		// 51%": shares of the unit the sentence before named.
		owned, k = ment{e: r.prevUnit(s)}, -1
	default:
		// "A will acquire 21% of Y. ... A's stake will rise to 30% once
		// ... the Y venture. B will hold 57% through a unit": the firm
		// of the last share read, when the sentence before names it.
		// ("A will buy 20% of Y from B. ... B will keep 80%": the
		// seller keeps the rest of the firm of the last share read.)
		e, ok := r.lastShareOwned(s.a - 1500)
		near, nearOK := r.lastShareOwned(s.a - 600)
		keeps := hasAnyPrefix(s.low[verbAt:], "keep", "retain") && nearOK && near == e && r.namedWithLastShare(s, verbAt)
		if !ok || !keeps && (s.prev == nil || !slices.ContainsFunc(s.prev.ms, func(m ment) bool { return m.e == e })) {
			return
		}
		owned, k = ment{e: e}, -1
	}
	// "Ariake Bussan Corp. (8041 JT) owns 9.1%": a ticker may stand
	// between.
	// "..., a venture formed with B, which holds the remaining 40%", "The
	// seller, B, will keep the remaining 70%": the owner before a modal,
	// "which" and a comma.
	at := verbAt
	for _, m := range []string{"will continue to ", "would continue to ", "continues to ", "will ", "would ", "is to "} {
		if strings.HasSuffix(s.low[:at], m) {
			at -= len(m)
			break
		}
	}
	who := strings.HasSuffix(s.low[:at], ", who ")
	if strings.HasSuffix(s.low[:at], ", which ") {
		at -= len(", which ")
	} else if who {
		// "..., Robert Falk, who holds 14%": a person's shares.
		at -= len(", who ")
	} else {
		for at > 0 && s.low[at-1] == ' ' {
			at--
		}
		if at > 0 && s.low[at-1] == ',' {
			at--
		}
		if at == verbAt {
			at = verbAt - 1
		}
	}
	owner, ok := r.orgRightBefore(s, s.beforeBrackets(at), 2)
	if !ok {
		// "B, a state enterprise, will retain 20%": past an apposition.
		if a := appositionBack(s.low, at); a >= 0 {
			owner, ok = r.orgRightBefore(s, s.beforeBrackets(a), 2)
		}
	}
	if !ok && who {
		owner, ok = r.holderRightBefore(s, at)
	}
	// "A, the fertilizer arm of B, will hold 60 percent": A, whose
	// apposition names B.
	if ok && ownerOfApposition(s.low[:owner.a-s.a]) {
		owner, ok = r.subject(s, verbAt)
	}
	if !ok || k >= 0 && owner.a <= s.at(k) || owner.e == owned.e {
		return
	}
	r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
	// "B will hold the remaining 24%, a stake it bought in 2019".
	if hasAnyPrefix(s.low[pe:], ", a stake it bought", ", a stake it acquired", ", which it bought", ", which it acquired", ", a stake it purchased") {
		r.add(entity.Acquisition, owner.e, owned.e, s, withPercent(p))
	}
	// "..., B 30 percent, and C the remaining 10 percent", "... and C
	// 2.1%": other owners, their verb left out.
	for n := 0; n < maxOwners; n++ {
		rest := s.low[pe:]
		w := prefixOf(rest, ", and ", " and ", ", ")
		if w == "" {
			break
		}
		other, ok := r.orgRightAfter(s, pe+len(w), 1)
		if !ok || other.e == owned.e || other.e == owner.e {
			break
		}
		at := s.past(other)
		if !strings.HasPrefix(s.low[at:], " ") {
			break
		}
		at++
		for _, t := range []string{"the remaining ", "the other ", "the rest, ", "the balance of "} {
			if strings.HasPrefix(s.low[at:], t) {
				at += len(t)
				break
			}
		}
		q, e, ok := s.percentAt(at)
		if !ok {
			break
		}
		r.add(entity.StakeIn, other.e, owned.e, s, withPercent(q))
		pe = e
	}
	r.ventureOwners(s, owned)
}

// yourHolders returns the firm an interview's question right before s
// asks about the shareholders of ("Who are your main shareholders?"),
// the firm its "your" stands for; or -1.
func (r *relater) yourHolders(s *sentence) int {
	p := s.prev
	if p == nil || !strings.Contains(p.low, "shareholder") && !strings.Contains(p.low, "owns you") {
		return -1
	}
	for _, m := range p.ms {
		if t := r.d.v.s[m.a:m.b]; (t == "your" || t == "Your") && r.kindOf(m) == entity.KindCompany {
			return m.e
		}
	}
	// A question of an interview whose answers say "we" for the firm.
	if !strings.Contains(p.low, "your ") || !strings.HasSuffix(strings.TrimSpace(p.low), "?") {
		return -1
	}
	for _, m := range r.all {
		if t := r.d.v.s[m.a:m.b]; (t == "we" || t == "We" || t == "our" || t == "Our") && r.kindOf(m) == entity.KindCompany {
			return m.e
		}
	}
	return -1
}

// prevCopulaVehicle returns the firm the sentence before s opens with
// when it says the firm holds a venture or project: "V is the company
// that holds ...", "V is the joint venture that ..."; or -1.
func (r *relater) prevCopulaVehicle(s *sentence) int {
	p := s.prev
	if p == nil || len(p.ms) == 0 {
		return -1
	}
	m := p.ms[0]
	// "Lee: V is the company that ...": past the speaker's name.
	if r.kindOf(m) == entity.KindPerson && m.a == p.a && strings.HasPrefix(p.low[p.past(m):], ": ") && len(p.ms) > 1 && p.ms[1].a == m.b+2 {
		m = p.ms[1]
	} else if m.a != p.a && !(m.a == p.a+3 && strings.HasPrefix(p.low, "a: ")) {
		// ("A: V is our project company": past an answer's label.)
		return -1
	}
	if !r.isOrg(m) {
		return -1
	}
	rest := p.low[p.past(m):]
	if hasAnyPrefix(rest, " is the company that ", " is the company which ", " is the joint venture ", " is the venture ", " is the project company", " is the vehicle ", " is the joint-venture company",
		" is our project company", " is our joint venture", " is our joint-venture company", " is our venture ") {
		return m.e
	}
	return -1
}

// prevUnit returns the unit whose parent the sentence before s gave, or
// -1.
func (r *relater) prevUnit(s *sentence) int {
	if s.prev == nil {
		return -1
	}
	st, en := r.d.v.span(s.prev.a, s.prev.b)
	for k := len(r.a.Relations) - 1; k >= 0; k-- {
		rel := &r.a.Relations[k]
		if rel.Span.End < st {
			break
		}
		if rel.Kind != entity.SubsidiaryOf || rel.Span.Start < st || rel.Span.End > en {
			continue
		}
		for e := range r.a.Entities {
			if r.a.Entities[e].ID == rel.Subject {
				return e
			}
		}
	}
	return -1
}

// prevVenture returns the venture the sentence before s names ("V, the
// project company", "will set up a joint venture, V, with B"), or -1.
func (r *relater) prevVenture(s *sentence) int {
	if s.prev == nil {
		return -1
	}
	for _, m := range s.prev.ms {
		if r.isOrg(m) && r.isVenture(m.e) {
			return m.e
		}
	}
	if v, ok := ventureNamedIn(r, s.prev); ok {
		return v.e
	}
	// ("V is our joint venture with B. We own 51% and B owns 49%".)
	if r.venture > 0 && r.ventureEnd == s.prev.b {
		return r.venture - 1
	}
	return -1
}

// appositionBack returns where an apposition of a few words that ends
// at offset at (", a state enterprise" before ", will") begins, at its
// comma; or -1.
func appositionBack(low string, at int) int {
	t := strings.TrimRight(low[:at], " ")
	t = strings.TrimSuffix(t, ",")
	c := strings.LastIndex(t, ", ")
	if c < 0 || len(t)-c > 48 {
		return -1
	}
	// ", a state enterprise,", ", based in Vientiane,".
	if w := t[c+2:]; !hasAnyPrefix(w, "a ", "an ", "the ", "based in ", "headquartered in ") || strings.ContainsAny(w, ";()") {
		return -1
	}
	return c
}

// firmAnaphorHeads are the nouns of a firm's trade that, after "the",
// stand for a company named before: "the company", "the recycler".
// (Not "the smelter" or "the mine": a plant.)
var firmAnaphorHeads = wordSet("company", "firm", "group", "recycler", "miner", "producer", "maker", "trader", "exporter", "importer", "developer", "explorer", "supplier", "steelmaker")

// namesOwnSubject reports whether the clause before a share, in lower
// case, has a subject of its own that no entity stands for: "the junior
// will be owned 30% by", "the mine is 60% owned by". The owned is then
// not the company of the sentence before; "it is 51% owned by" and "the
// company is" may be.
func namesOwnSubject(before string) bool {
	// The clause is read back a bounded way, so that the cost per
	// share stays constant in a long sentence.
	before = before[max(0, len(before)-clauseBack):]
	for from := 0; from < len(before); {
		k := strings.Index(before[from:], "the ")
		if k < 0 {
			return false
		}
		k += from
		if k == 0 || !isWordChar(before[k-1]) {
			w := before[k+len("the "):]
			next := ""
			if e := strings.IndexByte(w, ' '); e >= 0 {
				w, next = w[:e], w[e+1:]
				if e := strings.IndexByte(next, ' '); e >= 0 {
					next = next[:e]
				}
			}
			// "the Sydney recycler is 55% owned by": a word of place
			// and a firm's trade stand for the firm named before.
			if w != "" && !firmAnaphorHeads[w] && !firmAnaphorHeads[next] {
				return true
			}
		}
		from = k + 1
	}
	return false
}

// itsParentCues name the parent of the company "its" stands for.
var itsParentCues = newCues("its parent, ", "its parent company, ", "its parent company ", "its parent ")

// parentOf reads "X ... from its parent, Y" and "X and its parent
// company Y": the company named right before "its" is Y's subsidiary.
func (r *relater) parentOf(s *sentence) {
	for n, from := 0, 0; n < maxOwners; n++ {
		i, e, ok := s.cue(from, itsParentCues)
		if !ok {
			return
		}
		from = e
		parent, ok := r.orgRightAfter(s, e, 4)
		if !ok {
			continue
		}
		// The company "its" stands for: the one named last before it,
		// with at most "from", "and" or a ticker between.
		k := s.beforeBrackets(i)
		gap := strings.TrimSpace(s.low[:k])
		fromParent := strings.HasSuffix(gap, " from")
		for _, w := range []string{" from", " and", ","} {
			gap = strings.TrimSuffix(gap, w)
		}
		child, ok := r.orgRightBefore(s, len(gap), 2)
		if !ok && fromParent {
			// "X buys most of its ore from its parent Y": the clause's
			// subject.
			child, ok = r.subject(s, i)
		}
		if !ok || child.e == parent.e || s.negated(0, i) {
			continue
		}
		r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
	}
}

// describedUnitCues end an apposition that names a parent: "X, the commodity
// trading arm of Y", "X, a wholly owned unit of Y".
var describedUnitCues = newCues(" arm of ", " unit of ", " subsidiary of ", " affiliate of ", " division of ")

// describedUnit reads "X, the commodity trading arm of SGX-listed Y": a
// unit named with words of its trade before the noun, which the plain
// rule for "X, a unit of Y" does not read.
func (r *relater) describedUnit(s *sentence) {
	for n, from := 0, 0; n < maxOwners; n++ {
		i, e, ok := s.cue(from, describedUnitCues)
		if !ok {
			return
		}
		from = e
		// The apposition opens with ", the", ", a" or ", an" a few words
		// before the noun.
		c := strings.LastIndexByte(s.low[max(0, i-40):i], ',')
		if c < 0 {
			continue
		}
		c += max(0, i-40)
		open := s.low[c:i]
		if !strings.HasPrefix(open, ", the ") && !strings.HasPrefix(open, ", a ") && !strings.HasPrefix(open, ", an ") {
			continue
		}
		// "X, a former unit of Y": no longer.
		if _, ok := wordAt(open, "former"); ok {
			continue
		}
		child, ok1 := r.orgRightBefore(s, s.beforeBrackets(c), 3)
		parent, ok2 := r.orgRightAfter(s, e, 3)
		if ok1 && ok2 && child.e != parent.e && !s.negated(0, i) {
			r.add(entity.SubsidiaryOf, child.e, parent.e, s, nil)
		}
	}
}

// equallyCues say that the owners after them hold a company in equal
// shares.
var equallyCues = newCues(" owned equally by ", " equally owned by ", " jointly owned by ", " owned jointly by ")

// ownedEqually reads "X will be owned equally by A and B": each owner
// holds an equal share of X (50% for two), and two owners are partners
// in it.
//
// So does "X, owned 60:40 by A and B": A holds 60%, B 40%.
func (r *relater) ownedEqually(s *sentence) {
	r.jointlyOwn(s)
	i, e, ok := s.cue(0, equallyCues)
	var shares [2]decimal.Decimal
	ratio := false
	if !ok {
		i, e, shares, ok = ownedInRatio(s.low)
		ratio = ok
	}
	if !ok || s.negated(0, i) {
		return
	}
	// A state body may be an owner: "jointly owned by JOGMEC and Y".
	a, ok := r.buyerRightAfter(s, e, 40)
	if !ok {
		return
	}
	rest := s.low[s.past(a):]
	if !strings.HasPrefix(rest, " and ") {
		return
	}
	b, ok := r.buyerRightAfter(s, s.past(a)+len(" and "), 40)
	if !ok || b.e == a.e {
		return
	}
	// "X ("S"), a company jointly owned by A and B": the firm described.
	owned, ok := r.apposedOwned(s, i)
	if !ok {
		owned, ok = r.subject(s, i)
	}
	if !ok || owned.e == a.e || owned.e == b.e {
		return
	}
	half := decimal.NewFromInt(50)
	equal := !strings.Contains(s.low[i:e], "jointly")
	for k, o := range []ment{a, b} {
		if ratio {
			r.add(entity.StakeIn, o.e, owned.e, s, withPercent(shares[k]))
		} else if equal {
			r.add(entity.StakeIn, o.e, owned.e, s, withPercent(half))
		} else {
			r.add(entity.StakeIn, o.e, owned.e, s, nil)
		}
	}
	r.add(entity.JointVenture, a.e, b.e, s, nil)
}

// subsidiariesIncluding reads "Y (for itself and on behalf of its
// subsidiaries, including A and B)": A and B are Y's subsidiaries.
func (r *relater) subsidiariesIncluding(s *sentence) {
	for from := 0; ; {
		k := strings.Index(s.low[from:], "its subsidiaries, including ")
		if k < 0 {
			return
		}
		k += from
		from = k + 1
		o := strings.LastIndexByte(s.low[:k], '(')
		if o < 0 || k-o > 40 || strings.ContainsAny(s.low[o+1:k], ")") {
			continue
		}
		owner, ok := r.orgRightBefore(s, o, 1)
		if !ok {
			continue
		}
		for _, m := range r.list(s, k+len("its subsidiaries, including ")) {
			// (The list ends at the bracket that closes the aside.)
			if c := strings.IndexByte(s.low[k:], ')'); c >= 0 && m.a-s.a > k+c && !strings.Contains(s.low[k:m.a-s.a], "(") {
				break
			}
			if m.e != owner.e && r.kindOf(m) == entity.KindCompany {
				r.add(entity.SubsidiaryOf, m.e, owner.e, s, nil)
			}
		}
	}
}

// anotherUnit reads "Y, another RKL subsidiary," and "Y, an RKL unit,":
// Y is a unit of the firm named in the apposition.
func (r *relater) anotherUnit(s *sentence) {
	for k, m := range s.ms {
		at := s.past(m)
		w := prefixOf(s.low[at:], ", another ", ", a ", ", an ")
		if w == "" || k+1 >= len(s.ms) {
			continue
		}
		p := s.ms[k+1]
		if p.a != s.at(at+len(w)) || !r.isOrg(p) || p.e == m.e || r.possessive(s, p) {
			continue
		}
		rest := s.low[s.past(p):]
		if u := prefixOf(rest, " subsidiary", " unit", " affiliate"); u != "" && (len(rest) == len(u) || rest[len(u)] == ',' || rest[len(u)] == ' ' || rest[len(u)] == '.') {
			if r.kindOf(m) == entity.KindCompany {
				r.add(entity.SubsidiaryOf, m.e, p.e, s, nil)
			}
		}
	}
}

// eachOwnCues say that each of the firms before owns the share after.
var eachOwnCues = newCues(" each own ", " each hold ", " each owns ", " each holds ", " each have ")

// eachOwn reads "A and B each own 50% of it": each holds that share of
// the firm named after, or of the venture the sentence before formed.
func (r *relater) eachOwn(s *sentence) {
	i, e, ok := s.cue(0, eachOwnCues)
	if !ok || s.negated(0, i) {
		return
	}
	p, pe, ok := s.percentAt(e)
	if !ok || pe-e > 8 {
		return
	}
	ps := r.partiesBefore(s, i)
	// "A and B have agreed to build a kiln. The two will each own 50%
	// of the venture, V": the two that opened the sentence before, who
	// are partners.
	partners := false
	if len(ps) < 2 && (strings.HasPrefix(s.low, "the two ") || strings.HasPrefix(s.low, "both ")) {
		ps, partners = r.pairOpening(s.prev), true
	}
	if len(ps) < 2 {
		return
	}
	var owned ment
	switch rest := s.low[pe:]; {
	case hasAnyPrefix(rest, " of the venture, ", " of the joint venture, "):
		if owned, ok = r.orgRightAfter(s, pe+strings.Index(rest, ", ")+2, 0); !ok {
			return
		}
	case strings.HasPrefix(rest, " of it") || strings.HasPrefix(rest, " of the venture") || strings.HasPrefix(rest, " of the joint venture"):
		v := r.prevVenture(s)
		if v < 0 {
			return
		}
		owned = ment{e: v}
	case strings.HasPrefix(rest, " of "):
		if owned, ok = r.orgRightAfter(s, pe+len(" of "), 4); !ok {
			return
		}
	default:
		return
	}
	for _, o := range ps {
		if o.e != owned.e {
			r.add(entity.StakeIn, o.e, owned.e, s, withPercent(p))
		}
	}
	if partners && ps[0].e != owned.e && ps[1].e != owned.e {
		r.add(entity.JointVenture, ps[0].e, ps[1].e, s, nil)
	}
}

// pairOpening returns the two firms a sentence opens with, "A and B
// have agreed ...", or nil.
func (r *relater) pairOpening(s *sentence) []ment {
	if s == nil {
		return nil
	}
	orgs := r.orgsIn(s, 0, len(s.low))
	if len(orgs) < 2 || orgs[0].a != s.at(0) || orgs[0].e == orgs[1].e || s.low[s.past(orgs[0]):orgs[1].a-s.a] != " and " {
		return nil
	}
	return orgs[:2]
}

// jointlyOwnCues say that the firms before own the one after together.
var jointlyOwnCues = newCues(" jointly own ", " jointly hold ", " together own ", " co-own ")

// jointlyOwn reads "A and B jointly own V": A and B are partners, and V
// is the firm whose shares the sentence after may give ("A holds 60%
// and B 40%").
func (r *relater) jointlyOwn(s *sentence) {
	i, e, ok := s.cue(0, jointlyOwnCues)
	if !ok || s.negated(0, i) {
		return
	}
	ps := r.partiesBefore(s, i)
	if len(ps) != 2 || ps[0].e == ps[1].e {
		return
	}
	owned, ok := r.orgRightAfter(s, e, 2)
	if !ok || owned.e == ps[0].e || owned.e == ps[1].e {
		return
	}
	r.add(entity.JointVenture, ps[0].e, ps[1].e, s, nil)
	r.owned, r.ownedIn = owned, s
}

// ownsJointlyWith reads "A (also) owns X jointly with trading house B":
// A and B hold X together, partners in it. "It" is the firm the
// sentence before is about.
func (r *relater) ownsJointlyWith(s *sentence) {
	r.ownedTogetherWith(s)
	for _, v := range []string{" owns ", " holds "} {
		i := s.find(0, v)
		if i < 0 || s.negated(0, i) {
			continue
		}
		owned, ok := r.orgRightAfter(s, i+len(v), 0)
		if !ok || owned.a != s.at(i+len(v)) {
			continue
		}
		rest := s.low[s.past(owned):]
		w := prefixOf(rest, " jointly with ", " together with ", " in partnership with ")
		if w == "" {
			continue
		}
		partner, ok := r.orgRightAfter(s, s.past(owned)+len(w), 40)
		if !ok || partner.e == owned.e {
			continue
		}
		owner, ok := r.subject(s, i)
		if !ok {
			owner, ok = r.antecedent(s)
		}
		if !ok || owner.e == owned.e || owner.e == partner.e {
			continue
		}
		r.add(entity.StakeIn, owner.e, owned.e, s, nil)
		r.add(entity.StakeIn, partner.e, owned.e, s, nil)
		r.add(entity.JointVenture, owner.e, partner.e, s, nil)
		return
	}
}

// ownedTogetherWith reads "A holds 20% of V, which is owned together
// with B, which has the other 80%": A and B are partners in V, and B
// holds the share its clause gives.
func (r *relater) ownedTogetherWith(s *sentence) {
	for _, c := range []string{", which is owned together with ", ", which is owned jointly with ", ", which is jointly owned with ", ", which is co-owned with ",
		", which it owns together with ", ", which it owns jointly with ", ", which we own together with ", ", which we own jointly with "} {
		k := s.find(0, c)
		if k < 0 || s.negated(0, k) {
			continue
		}
		v, ok := r.orgRightBefore(s, s.beforeBrackets(k), 1)
		if !ok {
			return
		}
		partner, ok := r.orgRightAfter(s, k+len(c), 0)
		if !ok || partner.e == v.e || partner.a != s.at(k+len(c)) {
			return
		}
		owner, ok := r.subject(s, v.a-s.a)
		if !ok || owner.e == v.e || owner.e == partner.e {
			return
		}
		r.add(entity.JointVenture, owner.e, partner.e, s, nil)
		// "B of Australia (ASX: CSM), which has the other 80%".
		at := s.past(partner)
		if rest := s.low[at:]; strings.HasPrefix(rest, " of ") {
			if c := strings.IndexByte(rest, ','); c > 0 && c < 40 {
				at += c
			}
		}
		at += skipBrackets(s.low[at:])
		if w := prefixOf(s.low[at:], ", which has the other ", ", which holds the other ", ", which has the remaining ", ", which holds the remaining ", ", which owns the other ", ", which owns the remaining ", ", which holds ", ", which has "); w != "" {
			if p, _, ok := s.percentAt(at + len(w)); ok {
				r.add(entity.StakeIn, partner.e, v.e, s, withPercent(p))
			}
		}
		return
	}
}

// ownedThenBought reads "X is 52.4% owned by Y, which bought the stake
// from Z in 2019": Y acquired that share of X.
func (r *relater) ownedThenBought(s *sentence) {
	k := s.find(0, "% owned by ")
	if k < 0 || s.negated(0, k) {
		return
	}
	pi := k
	for pi > 0 && (isDigit(s.low[pi-1]) || s.low[pi-1] == '.') {
		pi--
	}
	p, _, ok := s.percentAt(pi)
	if !ok || !strings.HasSuffix(s.low[:pi], " is ") {
		return
	}
	owned, ok := r.orgRightBefore(s, pi-len(" is "), 0)
	if !ok {
		return
	}
	owner, ok := r.orgRightAfter(s, k+len("% owned by "), 30)
	if !ok || owner.e == owned.e {
		return
	}
	at := s.past(owner)
	if prefixOf(s.low[at:], ", which bought the stake", ", which acquired the stake", ", which bought its stake", ", which acquired its stake", ", which bought it ", ", which acquired it ") == "" {
		return
	}
	r.add(entity.Acquisition, owner.e, owned.e, s, withPercent(p))
}

// shareholdersAre reads "The directors and shareholders of the Vendor are
// Mr. A and Mrs. B" and "The shareholders of X are A and B": each named
// holds a share of X, of a size the text does not give.
func (r *relater) shareholdersAre(s *sentence) {
	w := prefixOf(s.low, "the directors and shareholders of ", "the shareholders of ")
	if w == "" {
		return
	}
	owned, ok := r.orgRightAfter(s, len(w), 0)
	if !ok {
		return
	}
	at := s.past(owned)
	if !strings.HasPrefix(s.low[at:], " are ") {
		return
	}
	// Each name of the list, honorifics and all ("Mr. A and Mrs. B").
	from := s.at(at + len(" are "))
	for _, m := range s.from(at + len(" are ")) {
		between := r.d.v.s[from:m.a]
		for _, h := range []string{"Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Dr "} {
			between = strings.TrimSuffix(between, h)
		}
		if b := strings.TrimSpace(between); b != "" && b != "and" && b != "," && b != ", and" {
			break
		}
		if (r.isOrg(m) || r.kindOf(m) == entity.KindPerson) && m.e != owned.e {
			r.add(entity.StakeIn, m.e, owned.e, s, nil)
		}
		from = m.b
	}
}

// ownedInRatio finds "owned 60:40 by" (or "60-40", "60/40") in low and
// returns where it starts and ends and the two shares, which add up to
// 100.
func ownedInRatio(low string) (int, int, [2]decimal.Decimal, bool) {
	var shares [2]decimal.Decimal
	for from := 0; ; {
		k := strings.Index(low[from:], " owned ")
		if k < 0 {
			return 0, 0, shares, false
		}
		i := from + k
		from = i + len(" owned ")
		t := low[from:]
		a := 0
		for a < len(t) && isDigit(t[a]) {
			a++
		}
		if a == 0 || a > 2 || a+1 >= len(t) || !strings.ContainsRune(":-/", rune(t[a])) {
			continue
		}
		b := a + 1
		for b < len(t) && isDigit(t[b]) {
			b++
		}
		if b == a+1 || b-a > 3 || !strings.HasPrefix(t[b:], " by ") {
			continue
		}
		x, _ := decimal.NewFromString(t[:a])
		y, _ := decimal.NewFromString(t[a+1 : b])
		if !x.Add(y).Equal(decimal.NewFromInt(100)) {
			continue
		}
		shares[0], shares[1] = x, y
		return i, from + b + len(" by "), shares, true
	}
}

// holderHeads name a table of the largest shareholders, in lower case.
var holderHeads = []string{"major shareholders", "principal shareholders", "largest shareholders", "top shareholders", "substantial shareholders", "largest shareholder of", "shareholders of", "substantial holders", "major holders", "largest holders", "top holders"}

// suffixOf returns the first of ps that s ends with, or "".
func suffixOf(s string, ps ...string) string {
	for _, p := range ps {
		if strings.HasSuffix(s, p) {
			return p
		}
	}
	return ""
}

// prefixOf returns the first of ps that s begins with, or "".
func prefixOf(s string, ps ...string) string {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return p
		}
	}
	return ""
}

// hasAnyPrefix reports whether s begins with one of ps.
func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// groupHeadings head the lists of a group's companies in a report, in
// lower case, and say whether those are its subsidiaries.
var groupHeadings = []struct {
	head string
	unit bool
}{{"principal subsidiaries", true}, {"subsidiaries", true}, {"major subsidiaries", true}, {"associates", false},
	{"associated companies", false}, {"principal associates", false}}

// groupLists reads the lists of a group's subsidiaries and associates
// under their headings, one company a line with its share at the end:
// "PT Meridian Energi (Indonesia) - 90%". A subsidiary is the issuer's,
// and the issuer holds the share given of each.
func (r *relater) groupLists(all []ment, issuer int) {
	d := r.d
	low := d.lower()
	for i := 0; i < len(d.lines); i++ {
		h := strings.TrimSpace(low[d.lines[i].ts:d.lines[i].te])
		if len(h) > 70 {
			continue
		}
		unit, ok := false, false
		for _, g := range groupHeadings {
			if h == g.head || strings.HasPrefix(h, g.head+" (") || strings.HasPrefix(h, g.head+":") {
				unit, ok = g.unit, true
				break
			}
		}
		if !ok {
			continue
		}
		for j := i + 1; j < len(d.lines) && j <= i+maxOwners*2; j++ {
			l := d.lines[j]
			t := low[l.ts:l.te]
			if !strings.HasSuffix(t, "%") {
				break
			}
			k := len(t) - 1
			for k > 0 && (isDigit(t[k-1]) || t[k-1] == '.') {
				k--
			}
			p, err := decimal.NewFromString(t[k : len(t)-1])
			if err != nil || p.GreaterThan(decimal.NewFromInt(100)) {
				break
			}
			at := sort.Search(len(all), func(n int) bool { return all[n].a >= l.ts })
			if at == len(all) || all[at].b > l.ts+k || !r.isOrg(all[at]) || all[at].e == issuer {
				continue
			}
			row := &sentence{a: l.ts, b: l.te, low: t}
			if unit {
				r.add(entity.SubsidiaryOf, all[at].e, issuer, row, nil)
			}
			r.add(entity.StakeIn, issuer, all[at].e, row, withPercent(p))
		}
	}
}

// formerNameFields reads a section's fields that name a firm and its
// former name on lines of their own: "Name: X" and, below it, "Former
// name: Y (renamed in March 2019)". Y is X's former name. all holds the
// article's mentions, in text order.
func (r *relater) formerNameFields(all []ment) {
	d := r.d
	low := d.lower()
	cur, curLine := -1, -1
	for i := range d.lines {
		l := d.lines[i]
		t := low[l.ts:l.te]
		var k int
		switch {
		case strings.HasPrefix(t, "name:"):
			k = len("name:")
		case strings.HasPrefix(t, "former name:"):
			k = len("former name:")
		default:
			continue
		}
		for k < len(t) && t[k] == ' ' {
			k++
		}
		at := sort.Search(len(all), func(n int) bool { return all[n].a >= l.ts+k })
		if at >= len(all) || all[at].a != l.ts+k || all[at].b > l.te || !r.isOrg(all[at]) {
			continue
		}
		if t[0] == 'n' {
			cur, curLine = all[at].e, i
			continue
		}
		if cur >= 0 && i-curLine <= 8 && all[at].e != cur {
			row := &sentence{a: l.ts, b: l.te, low: t}
			r.add(entity.FormerName, cur, all[at].e, row, nil)
		}
	}
}

// formerNameField reads the former name a disclosure form's cover gives
// for its issuer, on the line under the field's label: the issuer's
// former name.
func (r *relater) formerNameField(all []ment, issuer int) {
	d := r.d
	j, ok := formerNameValue(d)
	if !ok {
		return
	}
	l := d.lines[j]
	at := sort.Search(len(all), func(n int) bool { return all[n].a >= l.ts })
	if at < len(all) && all[at].a == l.ts && all[at].b <= l.te && r.isOrg(all[at]) && all[at].e != issuer {
		row := &sentence{a: l.ts, b: l.te, low: d.lower()[l.ts:l.te]}
		r.add(entity.FormerName, issuer, all[at].e, row, nil)
	}
}

// overviewFields reads the fields of a filing's overview of a company,
// under its "(1) Name: X" line: "(3) Title and name of representative:
// Y, President" makes Y an executive of X, and "(7) Major shareholders
// and ownership ratios: A 85.0%; B 15.0%" gives the holders of X. all
// holds the article's mentions, in text order.
func (r *relater) overviewFields(all []ment) {
	d := r.d
	low := d.lower()
	cur := -1 // the company whose overview the lines are
	for i := range d.lines {
		l := d.lines[i]
		t := low[l.ts:l.te]
		k := 0
		if strings.HasPrefix(t, "(") {
			if c := strings.IndexByte(t[:min(len(t), 5)], ')'); c > 1 {
				k = c + 1
			}
		} else if len(t) > 2 && isDigit(t[0]) {
			// "1. Name: Y", "12. Shareholding: ...".
			if c := strings.IndexByte(t[:min(len(t), 4)], '.'); c > 0 && strings.TrimLeft(t[:c], "0123456789") == "" {
				k = c + 1
			}
		}
		for k > 0 && k < len(t) && t[k] == ' ' {
			k++
		}
		if k == 0 {
			if !strings.HasPrefix(t, "(") {
				cur = -1 // a section's numbered fields ended
			}
			continue
		}
		f := t[k:]
		at := sort.Search(len(all), func(n int) bool { return all[n].a >= l.ts+k })
		switch {
		case hasAnyPrefix(f, "name:", "counterparty:", "name of counterparty:"):
			cur = -1
			if at < len(all) && all[at].b <= l.te && r.isOrg(all[at]) {
				cur = all[at].e
			}
		case cur < 0:
		case strings.HasPrefix(f, "title and name of representative:") || strings.HasPrefix(f, "name and title of representative:"):
			if at < len(all) && all[at].b <= l.te && r.kindOf(all[at]) == entity.KindPerson {
				title := strings.TrimSpace(strings.TrimLeft(d.v.s[all[at].b:l.te], " ,"))
				if title != "" && len(title) < 60 && isExecutive(strings.ToLower(title)) {
					row := &sentence{a: l.ts, b: l.te, low: t}
					r.add(entity.ExecutiveOf, all[at].e, cur, row, func(rel *article.Relation) { rel.Title = title })
				}
			}
		case strings.HasPrefix(f, "legal representative:"):
			// "2. Legal representative: X".
			if at < len(all) && all[at].b <= l.te && r.kindOf(all[at]) == entity.KindPerson {
				row := &sentence{a: l.ts, b: l.te, low: t}
				r.add(entity.ExecutiveOf, all[at].e, cur, row, func(rel *article.Relation) { rel.Title = "Legal representative" })
			}
		case strings.HasPrefix(f, "shareholding: a ") || strings.HasPrefix(f, "ownership: a "):
			// "6. Shareholding: a wholly-owned subsidiary of Y (002893.SZ),
			// which holds 100% of its equity."
			v := f[strings.IndexByte(f, ':')+1:]
			v = strings.TrimLeft(v, " ")
			o := len(t) - len(v)
			sub := ""
			for _, w := range []string{"a wholly-owned subsidiary of ", "a wholly owned subsidiary of ", "a subsidiary of "} {
				if strings.HasPrefix(v, w) {
					sub = w
				}
			}
			if sub == "" {
				break
			}
			n := sort.Search(len(all), func(n int) bool { return all[n].a >= l.ts+o+len(sub) })
			if n >= len(all) || all[n].a != l.ts+o+len(sub) || all[n].b > l.te || !r.isOrg(all[n]) || all[n].e == cur {
				break
			}
			row := &sentence{a: l.ts, b: l.te, low: t}
			r.add(entity.SubsidiaryOf, cur, all[n].e, row, nil)
			// ", which holds 100% of its equity".
			if w := strings.Index(t, "which holds "); w > 0 {
				if p, _, ok := row.percentAt(w + len("which holds ")); ok {
					r.add(entity.StakeIn, all[n].e, cur, row, withPercent(p))
				}
			}
		// ("(6) Shareholders after the transaction: A 75%, B 15%": the
		// holders once the deal the notice tells of is done. "(3)
		// Shareholders and ownership ratio (before acquisition): A 90%,
		// B 10%", "(5) Ownership: the Company 100%".)
		case hasAnyPrefix(f, "major shareholders", "major shareholder:", "principal shareholder", "largest shareholder", "controlling shareholder", "shareholding:", "shareholders after the transaction", "shareholding after the transaction", "shareholders after the acquisition", "shareholding ratio after the transaction", "shareholding ratio:",
			"shareholders and ownership ratio", "shareholders and shareholding ratio", "ownership:", "ownership ratio:"):
			row := &sentence{a: l.ts, b: l.te, low: t}
			for n := at; n < len(all) && all[n].b <= l.te; n++ {
				if !r.isOrg(all[n]) || all[n].e == cur {
					continue
				}
				// "A 85.0%", "A (12.4%)", "A, holding 38.6%".
				o := all[n].b - l.ts
				if strings.HasPrefix(t[o:], ", holding ") {
					o += len(", holding ")
				}
				for o < len(t) && (t[o] == ' ' || t[o] == '(') && o < all[n].b-l.ts+3 {
					o++
				}
				if p, _, ok := row.percentAt(o); ok {
					r.add(entity.StakeIn, all[n].e, cur, row, withPercent(p))
				}
			}
		}
	}
}

// dealsTable reads a table of deals, a row each: a head with a column
// of firms ("Company (ticker)", "Seller") and one of their
// counterparties ("Counterparty", "Buyer"), and maybe of the deal's
// type. The firms of a row are parties to an agreement; a row states no
// supply of its own (held-out gold counts none), whatever the columns
// call the parties. all holds the article's mentions, in text order.
func (r *relater) dealsTable(all []ment) {
	d := r.d
	low := d.lower()
	if !strings.Contains(low, "counterparty") && !strings.Contains(low, "buyer") && !strings.Contains(low, "customer") {
		return
	}
	var head, row [12]qty.Cell
	for i := 0; i < len(d.lines); i++ {
		l := d.lines[i]
		t := low[l.ts:l.te]
		if len(t) > 200 || !strings.Contains(t, "  ") && !strings.Contains(t, "|") {
			continue
		}
		hs := qty.Cells(head[:0], low, qty.Span{Start: l.ts, End: l.te})
		if len(hs) < 3 || len(hs) > len(head) {
			continue
		}
		firm, other, typ := -1, -1, -1
		for c, h := range hs {
			switch w := low[h.Start:h.End]; {
			case hasAnyPrefix(w, "company", "seller", "supplier", "miner", "producer", "developer") || hasAnySuffix(w, " company", " miner", " producer"):
				// ("ASX company": the market's firm.)
				firm = c
			case hasAnyPrefix(w, "counterparty"):
				other = c
			case hasAnyPrefix(w, "buyer", "customer", "offtaker"):
				other = c
			case hasAnyPrefix(w, "deal type", "type", "agreement", "deal"):
				typ = c
			}
		}
		if firm < 0 || other < 0 {
			continue
		}
		for j := i + 1; j < len(d.lines) && j <= i+30; j++ {
			m := d.lines[j]
			u := low[m.ts:m.te]
			if strings.TrimSpace(u) == "" {
				break
			}
			cs := qty.Cells(row[:0], low, qty.Span{Start: m.ts, End: m.te})
			if len(cs) != len(hs) {
				continue
			}
			a, ok1 := r.orgInCell(all, cs[firm].Start, cs[firm].End)
			b, ok2 := r.orgInCell(all, cs[other].Start, cs[other].End)
			if !ok1 || !ok2 || a.e == b.e {
				continue
			}
			kind := ""
			if typ >= 0 {
				kind = low[cs[typ].Start:cs[typ].End]
			}
			sr := &sentence{a: m.ts, b: m.te, low: u}
			at := agreementType(kind)
			if at == "" && (strings.Contains(kind, "mou") || strings.Contains(kind, "memorandum")) {
				at = "mou"
			}
			r.add(entity.Agreement, a.e, b.e, sr, func(rel *article.Relation) { rel.Type = at })
		}
	}
}

// orgInCell returns the first company or body named within [a, b).
func (r *relater) orgInCell(all []ment, a, b int) (ment, bool) {
	for k := sort.Search(len(all), func(n int) bool { return all[n].a >= a }); k < len(all) && all[k].a < b; k++ {
		if all[k].b <= b && r.isOrg(all[k]) {
			return all[k], true
		}
	}
	return ment{}, false
}

// counterpartyField reads a filing's table of a contract: its
// "Counterparty | Y (ASX: KLL)" field makes the issuer and Y parties to
// an agreement, of the type its "Type of agreement | Long-term offtake"
// field gives; the table must have that field. all holds the article's mentions, in text order.
func (r *relater) counterpartyField(all []ment, issuer int) {
	d := r.d
	low := d.lower()
	typ, cp, own, typed := "", -1, -1, false
	var row, ownRow *sentence
	for i := 0; i < len(d.lines) && i < 80; i++ {
		l := d.lines[i]
		t := low[l.ts:l.te]
		k := fieldItemStart(t)
		f := t[k:]
		label := ""
		for _, w := range []string{"type of agreement", "type of contract", "contract type", "agreement type", "title of agreement", "title of contract", "name of agreement", "name of contract"} {
			if strings.HasPrefix(f, w) {
				label = "type"
			}
		}
		for _, w := range []string{"counterparty", "counter party", "name of counterparty", "contract counterparty", "counterparty to the contract"} {
			if strings.HasPrefix(f, w) {
				label = "party"
			}
		}
		// "Contracting party of the Company: Y (wholly owned subsidiary
		// of the Company)": the issuer's unit that signs for it.
		if hasAnyPrefix(f, "contracting party of the company", "contracting entity of the company") {
			label = "own"
		}
		if label == "" {
			continue
		}
		// The value after the label's colon, bar or column gap.
		v := strings.IndexAny(f, ":|")
		if g := strings.Index(f, "  "); g > 0 && (v < 0 || g < v) {
			v = g
		}
		if v < 0 {
			// "1. Title of agreement" over its value, on the next line.
			if label == "type" && typ == "" && i+1 < len(d.lines) && len(strings.TrimSpace(f)) == len(f) {
				typed = true
				n := d.lines[i+1]
				typ = agreementType(low[n.ts:n.te])
			}
			continue
		}
		from := l.ts + k + v
		switch label {
		case "type":
			typed = true
			if typ == "" {
				typ = agreementType(t[k+v:])
			}
		case "party", "own":
			if label == "party" && cp >= 0 || label == "own" && own >= 0 {
				continue
			}
			at := sort.Search(len(all), func(n int) bool { return all[n].a >= from })
			if at < len(all) && all[at].b <= l.te && r.isOrg(all[at]) && all[at].e != issuer {
				if label == "party" {
					cp, row = all[at].e, &sentence{a: l.ts, b: l.te, low: t}
				} else if strings.Contains(t, "subsidiary of the company") {
					own, ownRow = all[at].e, &sentence{a: l.ts, b: l.te, low: t}
				}
			}
		}
	}
	// (The counterparty to a trade of shares, with no type of contract
	// given, is a seller, not a party to a contract.)
	if cp >= 0 && typed {
		set := func(rel *article.Relation) { rel.Type = typ }
		r.add(entity.Agreement, issuer, cp, row, set)
		if own >= 0 && own != cp {
			r.add(entity.SubsidiaryOf, own, issuer, ownRow, nil)
			r.add(entity.Agreement, own, cp, ownRow, set)
		}
	}
}

// fieldItemStart returns where a field's label starts after its item's
// number or dash: "3. Counterparty", "(3) Counterparty", "- Counterparty".
func fieldItemStart(t string) int {
	// ("   - Counterparty": an item set in.)
	if in := len(t) - len(strings.TrimLeft(t, " ")); in > 0 && in < len(t) {
		return in + fieldItemStart(t[in:])
	}
	k := 0
	switch {
	case len(t) > 2 && isDigit(t[0]) && (t[1] == '.' || len(t) > 3 && isDigit(t[1]) && t[2] == '.'):
		k = strings.IndexByte(t, '.') + 1
	case strings.HasPrefix(t, "("):
		if c := strings.IndexByte(t[:min(len(t), 5)], ')'); c > 1 {
			k = c + 1
		}
	case strings.HasPrefix(t, "- "):
		k = 1
	}
	for k < len(t) && t[k] == ' ' {
		k++
	}
	return k
}

// holdersHeading reports the heading of a table of shareholders, in
// lower case: "top shareholders", "4. shareholders as at 31 march 2026".
func holdersHeading(h string) bool {
	// Every heading below says "hold": most lines are passed over here.
	if !strings.Contains(h, "hold") {
		return false
	}
	if slices.ContainsFunc(holderHeads, func(w string) bool { return strings.Contains(h, w) }) {
		return true
	}
	h = strings.TrimLeft(h, "0123456789. ")
	// "Who holds Pindan", a newspaper's table of the target's holders.
	return strings.HasPrefix(h, "shareholders") || strings.HasPrefix(h, "shareholding") || strings.HasPrefix(h, "who holds ") && len(h) < 48
}

// shareholderTable reads a table of shareholders: a heading line naming
// it, then lines of a name and a share ("Marunouchi Shoji Corporation
// 22.4%"). Each company named holds that share of the issuer, the
// company of a "Company name:" line. all holds the article's mentions,
// in text order.
func (r *relater) shareholderTable(all []ment) {
	d := r.d
	issuer := r.issuer(all)
	if issuer >= 0 {
		r.groupLists(all, issuer)
		r.targetCompany(all, issuer)
	}
	r.overviewFields(all)
	r.formerNameFields(all)
	r.dealsTable(all)
	if issuer >= 0 {
		r.counterpartyField(all, issuer)
		r.formerNameField(all, issuer)
	}
	low := d.lower()
	for i := 0; i < len(d.lines); i++ {
		h := low[d.lines[i].ts:d.lines[i].te]
		// "... completed the restructuring of Y. Daehan bought its
		// stake from Moji. Shareholdings after the deal:": a heading
		// that ends a paragraph of prose, the table of Y's holders.
		prose := -1
		if len(h) > 100 && strings.HasSuffix(h, ":") {
			if k := strings.LastIndex(h, ". "); k > 0 && len(h)-k < 60 && holdersHeading(h[k+2:]) {
				prose = k + 2
			}
		}
		if prose < 0 && (len(h) > 100 || !holdersHeading(h) || strings.HasSuffix(h, ".")) {
			continue
		}
		// "4. Overview of the counterparty / (1) Name: Y / ... / (6)
		// Major shareholders": the table is Y's, not the issuer's.
		owned := issuer
		// "Who holds Pindan": the company the heading names.
		if strings.HasPrefix(h, "who holds ") {
			l := d.lines[i]
			at := sort.Search(len(all), func(n int) bool { return all[n].a >= l.ts+len("who holds ") })
			owned = -1
			if at < len(all) && all[at].b <= l.te && r.isOrg(all[at]) {
				owned = all[at].e
			}
		}
		if prose >= 0 {
			owned = r.tableOwnedIn(all, d.lines[i].ts, d.lines[i].ts+prose, i)
			h = h[prose:]
		}
		if owned < 0 {
			continue
		}
		if e := r.sectionName(all, i); e >= 0 {
			owned = e
		}
		// "2. Shareholding Structure of KAR": the firm the heading names;
		// "the shareholders of the JV Company will be:".
		if k := strings.Index(h, " of "); k >= 0 {
			l := d.lines[i]
			at := sort.Search(len(all), func(n int) bool { return all[n].a >= l.ts+k })
			if at < len(all) && all[at].b <= l.te && all[at].a >= l.ts+k+len(" of ") && r.isOrg(all[at]) {
				if between := strings.TrimSpace(low[l.ts+k+len(" of ") : all[at].a]); between == "" || between == "the" {
					owned = all[at].e
				}
			}
		}
		// "Shareholder    Shares    %": a column of percentages whose
		// cells lack the sign.
		pctCol := false
		// "(7) Major shareholders and     X Holdings, Inc.   88.5%": the
		// first row may share the heading's line.
		first := i + 1
		if strings.HasSuffix(strings.TrimSpace(h), "%") {
			first = i
		}
		rows := 0
		for j := first; j < len(d.lines) && j <= i+maxOwners*2; j++ {
			l := d.lines[j]
			t := low[l.ts:l.te]
			if t == "" && j == i+1 {
				continue // a blank line under the heading
			}
			// "As at 28 February 2026, based on the register:" and a
			// blank line between the heading and the rows.
			if rows == 0 && j <= i+3 && (t == "" || strings.HasSuffix(t, ":")) {
				continue
			}
			// "During the quarter the Company received the following
			// notices of ... substantial holding:", wrapped: a line of
			// prose before the one that ends with the colon.
			if rows == 0 && j <= i+2 && j+1 < len(d.lines) && strings.HasSuffix(low[d.lines[j+1].ts:d.lines[j+1].te], ":") && !strings.ContainsAny(t, "%0123456789") {
				continue
			}
			// "-----" rules above and below the table's head.
			if ruleLine(t) {
				continue
			}
			// "Shareholder   Shares   Stake (%)", "Name   Relationship
			// Shares   Stake (%)": the table's head.
			if tt := strings.TrimLeft(t, " "); !pctCol && (strings.HasPrefix(tt, "shareholder") || strings.HasPrefix(tt, "name ")) &&
				(strings.HasSuffix(tt, "  %") || strings.HasSuffix(tt, "(%)")) {
				pctCol = true
				continue
			}
			// "  Shareholder      Stake": a head whose cells carry the
			// sign.
			if tt := strings.TrimLeft(t, " "); rows == 0 && (strings.HasPrefix(tt, "shareholder") || strings.HasPrefix(tt, "name ") || strings.HasPrefix(tt, "holder")) && !strings.ContainsAny(tt, "0123456789") {
				continue
			}
			// "(as of 2025.12.31)" under the heading.
			if j == i+1 && strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
				continue
			}
			k := len(t)
			if strings.HasSuffix(t, "%") {
				k--
			} else if w := strings.LastIndex(t, " with "); !pctCol && w >= 0 && strings.HasPrefix(strings.TrimLeft(t, " "), "- ") {
				// "- Y: became a substantial holder with 5.01% following
				// the placement": a notice's line, its share after "with".
				m := w + len(" with ")
				for m < len(t) && (isDigit(t[m]) || t[m] == '.') {
					m++
				}
				if m >= len(t) || t[m] != '%' {
					break
				}
				k = m
			} else if !pctCol {
				break
			}
			end := k
			for k > 0 && (isDigit(t[k-1]) || t[k-1] == '.') {
				k--
			}
			if k == end {
				break
			}
			p, err := decimal.NewFromString(t[k:end])
			if err != nil || k == 0 || t[k-1] != ' ' || p.GreaterThan(decimal.NewFromInt(100)) {
				break
			}
			at := sort.Search(len(all), func(n int) bool { return all[n].a >= l.ts })
			// (People hold shares too: "Park Jong-hoon   Related party
			// (Chairman)   1,204,118   4.47".)
			if at == len(all) || all[at].b > l.ts+k || !r.isOrg(all[at]) && r.kindOf(all[at]) != entity.KindPerson || all[at].e == owned {
				continue
			}
			rows++
			row := &sentence{a: l.ts, b: l.te, low: t}
			r.add(entity.StakeIn, all[at].e, owned, row, withPercent(p))
		}
	}
}

// tableOwnedIn returns the company a table of holders under line i is
// of, when the prose in the view range [a, b) before its heading names
// it: the one company there the table's rows do not name; or -1.
func (r *relater) tableOwnedIn(all []ment, a, b, i int) int {
	d := r.d
	// The rows' names: the lines right under the heading.
	rows := map[int]bool{}
	for j := i + 1; j < len(d.lines) && j <= i+maxOwners*2; j++ {
		l := d.lines[j]
		for k := sort.Search(len(all), func(n int) bool { return all[n].a >= l.ts }); k < len(all) && all[k].b <= l.te; k++ {
			rows[all[k].e] = true
		}
	}
	owned := -1
	for k := sort.Search(len(all), func(n int) bool { return all[n].a >= a }); k < len(all) && all[k].b <= b; k++ {
		m := all[k]
		if r.kindOf(m) != entity.KindCompany || rows[m.e] || m.e == owned {
			continue
		}
		if owned >= 0 {
			return -1
		}
		owned = m.e
	}
	return owned
}

// stakeAfterAcquisition returns the stake a filing of a decision to
// acquire shares says the issuer holds once it has bought them, on a
// line below line i: "3. Shares held after acquisition" over "- Stake
// (%): 30.00".
func (d *doc) stakeAfterAcquisition(i int) (decimal.Decimal, bool) {
	low := d.lower()
	after := false
	for j := i + 1; j < len(d.lines) && j <= i+40; j++ {
		l := d.lines[j]
		t := strings.TrimLeft(low[l.ts:l.te], " -")
		if k := strings.IndexByte(t, ' '); k > 0 && k <= 3 && isDigit(t[0]) {
			after = strings.Contains(t, "after acquisition") || strings.Contains(t, "after the acquisition")
			// "3. Equity interest after acquisition: 15.0%": the stake on
			// the line itself.
			if c := strings.Index(t, ": "); after && c > 0 && strings.HasSuffix(t, "%") {
				v := strings.TrimSpace(t[c+2 : len(t)-1])
				if p, err := decimal.NewFromString(v); err == nil && p.Sign() > 0 && p.LessThanOrEqual(decimal.NewFromInt(100)) {
					return p, true
				}
			}
			continue
		}
		if !after {
			continue
		}
		for _, w := range []string{"stake (%)", "shareholding ratio (%)", "ownership ratio (%)", "equity ratio (%)"} {
			if !strings.HasPrefix(t, w) {
				continue
			}
			v := strings.TrimLeft(t[len(w):], " :|")
			e := 0
			for e < len(v) && (isDigit(v[e]) || v[e] == '.') {
				e++
			}
			if p, err := decimal.NewFromString(v[:e]); e > 0 && err == nil && p.Sign() > 0 && p.LessThanOrEqual(decimal.NewFromInt(100)) {
				return p, true
			}
		}
	}
	return decimal.Decimal{}, false
}

// targetCompany reads a filing of a decision to acquire shares, as DART
// prints one: a title that says acquisition, and a "Target company"
// section whose "Company name" line names the firm the issuer buys.
func (r *relater) targetCompany(all []ment, issuer int) {
	d := r.d
	low := d.lower()
	// The decision the filing's title states: to buy shares, or a
	// contract to sell or supply.
	buys, sells := -1, -1
	for i := 0; i < len(d.lines); i++ {
		t := low[d.lines[i].ts:d.lines[i].te]
		if len(t) > 200 {
			continue
		}
		if buys < 0 && (strings.Contains(t, "acquisition of shares") || strings.Contains(t, "acquisition of equity")) {
			buys = i
		}
		if sells < 0 && (strings.Contains(t, "sales or supply contract") || strings.Contains(t, "supply contract (")) {
			sells = i
		}
	}
	if buys < 0 && sells < 0 {
		return
	}
	for i := 0; i < len(d.lines); i++ {
		t := strings.TrimSpace(low[d.lines[i].ts:d.lines[i].te])
		if k := strings.IndexByte(t, ' '); k > 0 && k <= 3 && isDigit(t[0]) {
			t = t[k+1:]
		}
		t = strings.TrimSuffix(t, ":")
		// "1. Details of issuing company" over "- Name: X".
		for _, w := range []string{"details of the ", "details of ", "overview of the ", "overview of "} {
			if buys >= 0 && i > buys && strings.HasPrefix(t, w) {
				t = t[len(w):]
				break
			}
		}
		var kind entity.RelationKind
		// "4. Counterparty : Jinmyeong Heavy Industries Co., Ltd.": the
		// name on the label's own line.
		inline := -1
		if sells >= 0 && i > sells {
			if k := labelValue(t, "counterparty"); k > 0 && k < len(t) {
				inline = k
			}
		}
		switch {
		case buys >= 0 && i > buys && (t == "target company" || t == "company to be acquired" || t == "issuing company" || t == "issuing corporation" || t == "target corporation"):
			kind = entity.Acquisition
		case sells >= 0 && i > sells && (t == "counterparty" || inline > 0):
			kind = entity.SupplierOf
		default:
			continue
		}
		if inline > 0 {
			l := d.lines[i]
			at := sort.Search(len(all), func(n int) bool { return all[n].a >= l.ts })
			if at < len(all) && all[at].b <= l.te && r.isOrg(all[at]) && all[at].e != issuer {
				row := &sentence{a: l.ts, b: l.te, low: low[l.ts:l.te]}
				r.add(entity.SupplierOf, issuer, all[at].e, row, nil)
				r.add(entity.Agreement, issuer, all[at].e, row, func(rel *article.Relation) { rel.Type = "supply" })
			}
			continue
		}
		for j := i + 1; j < len(d.lines) && j <= i+3; j++ {
			l := d.lines[j]
			u := strings.TrimLeft(low[l.ts:l.te], " -")
			if companyNameLabel(u) == 0 && !strings.HasPrefix(u, "name:") {
				continue
			}
			at := sort.Search(len(all), func(n int) bool { return all[n].a >= l.ts })
			if at < len(all) && all[at].b <= l.te && r.isOrg(all[at]) && all[at].e != issuer {
				row := &sentence{a: l.ts, b: l.te, low: low[l.ts:l.te]}
				var set func(*article.Relation)
				if kind == entity.Acquisition {
					if p, ok := d.stakeAfterAcquisition(j); ok {
						set = withPercent(p)
					}
				}
				r.add(kind, issuer, all[at].e, row, set)
				if kind == entity.SupplierOf {
					r.add(entity.Agreement, issuer, all[at].e, row, func(rel *article.Relation) { rel.Type = "supply" })
				}
			}
			break
		}
	}
}

// ruleLine reports a line drawn with dashes, equals signs or
// underscores, as plain-text tables rule off their head, the bars and
// pluses of their columns between ("----------|-------").
func ruleLine(t string) bool {
	if len(t) < 5 {
		return false
	}
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '-', '=', '_', ' ', '|', '+', ':':
		default:
			return false
		}
	}
	return true
}

// sectionName returns the company of the "(1) Name: Y" line that opens
// the numbered section line i is in, as Japanese filings describe a
// counterparty; or -1.
func (r *relater) sectionName(all []ment, i int) int {
	j := r.d.sectionNameLine(i)
	if j < 0 {
		return -1
	}
	l := r.d.lines[j]
	at := sort.Search(len(all), func(n int) bool { return all[n].a >= l.ts })
	if at < len(all) && all[at].b <= l.te && r.isOrg(all[at]) {
		return all[at].e
	}
	return -1
}

// sectionNameLine returns the line of the "(1) Name: Y" (or "Name   Y",
// "- Company name : Y") that opens the numbered section of a filing line
// i is in, within twelve lines above it; or -1. A heading of its own
// ("4. Overview of the counterparty") ends the section.
func (d *doc) sectionNameLine(i int) int {
	low := d.lower()
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := strings.TrimSpace(low[d.lines[j].ts:d.lines[j].te])
		if t == "" {
			continue
		}
		if len(t) > 2 && isDigit(t[0]) && (t[1] == '.' || len(t) > 3 && isDigit(t[1]) && t[2] == '.') {
			// "3. Counterparty | Y (ASX: KLL)" over "- Representative |
			// X": the item names the company its sub-items are of.
			item := strings.TrimLeft(t[strings.IndexByte(t, '.')+1:], " ")
			if hasAnyPrefix(item, "counterparty", "counter party", "name of counterparty", "the counterparty", "name:") {
				return j
			}
			// "1. Name: Y" over "2. Legal representative: X": a field
			// of the same list, which goes on up to its name.
			if c := strings.IndexByte(item, ':'); c > 0 && c < 40 && !strings.Contains(item[:c], "|") {
				continue
			}
			return -1
		}
		if strings.HasPrefix(t, "(") {
			if c := strings.IndexByte(t, ')'); c > 0 && c < 5 {
				t = strings.TrimSpace(t[c+1:])
			}
		}
		t = strings.TrimLeft(t, "- ")
		// ("(1) Counterparty: Y" over "(3) Representative: X, Chairman".)
		// ("Surviving company: Y" over "Representative: X, President":
		// a merger's parties, each heading its fields.)
		if hasAnyPrefix(t, "name:", "name  ", "name of company:", "counterparty:", "name of counterparty:", "surviving company:", "dissolving company:", "absorbing company:", "absorbed company:") || companyNameLabel(t) > 0 {
			return j
		}
	}
	return -1
}

// issuer returns the entity a filing is about, or -1: the company of its
// "Company name:" line, or the one an announcement calls "the Company"
// in brackets after its name: `Coorong Minerals Limited (ASX: CRW,
// "the Company")`.
func (r *relater) issuer(all []ment) int {
	d := r.d
	low := d.lower()
	headed := -1 // a company alone on a line with its code: "X Co., Ltd. (KRX: 042710)"
	// (A form's cover may run to 50 lines before its text defines "the
	// Company".)
	for i := 0; i < len(d.lines) && i < 60; i++ {
		l := d.lines[i]
		t := low[l.ts:l.te]
		if headed < 0 && i < 12 && strings.HasSuffix(t, ")") {
			at := sort.Search(len(all), func(n int) bool { return all[n].a >= l.ts })
			if at < len(all) && all[at].a == l.ts && r.isOrg(all[at]) {
				if rest := strings.TrimSpace(low[all[at].b:l.te]); strings.HasPrefix(rest, "(") && strings.Count(rest, "(") == 1 && strings.IndexByte(rest, ':') > 0 && isDigit(rest[len(rest)-2]) {
					headed = all[at].e
				}
			}
		}
		// ("1. Name of organization: X" over "- Stock code: CMH": a
		// form's numbered field.)
		tl := t
		if n := itemMarkLen(tl); n > 0 {
			tl = tl[n:]
		}
		if companyNameLabel(tl) > 0 || i+1 < len(d.lines) && hasAnyPrefix(strings.TrimPrefix(low[d.lines[i+1].ts:d.lines[i+1].te], "- "), "stock code", "securities code", "disclosure date:") {
			at := sort.Search(len(all), func(n int) bool { return all[n].a >= l.ts })
			if at < len(all) && all[at].b <= l.te && r.isOrg(all[at]) {
				return all[at].e
			}
			// A header line no sentence holds: the company of that name.
			name := strings.TrimSpace(d.v.s[l.ts:l.te])
			if n := itemMarkLen(name); n > 0 {
				name = name[n:]
			}
			if k := companyNameLabel(name); k > 0 {
				name = strings.TrimSpace(name[k:])
			}
			// "Company: X      Market: KOSDAQ      Stock code: 417830".
			if g := strings.Index(name, "   "); g > 0 {
				name = name[:g]
			}
			for e := range r.a.Entities {
				if x := &r.a.Entities[e]; x.Kind == entity.KindCompany && (x.Name == name || slices.Contains(x.Aliases, name)) {
					return e
				}
			}
		}
		if e := r.definedCompany(all, l.ts, t); e >= 0 {
			return e
		}
		// "4. Exact name of issuer as specified in its charter" over
		// the name, as a Philippine form's cover gives it.
		if strings.HasPrefix(strings.TrimLeft(t, "0123456789. "), "exact name of issuer") && i+1 < len(d.lines) {
			p := d.lines[i+1]
			at := sort.Search(len(all), func(n int) bool { return all[n].a >= p.ts })
			if at < len(all) && all[at].b <= p.te && r.isOrg(all[at]) {
				return all[at].e
			}
		}
		// `PT KORA NIKEL Tbk` above `("the Issuer")`.
		if i > 0 && (t == `("the issuer")` || t == `("the company")` || t == `(the "issuer")` || t == `(the "company")`) {
			p := d.lines[i-1]
			at := sort.Search(len(all), func(n int) bool { return all[n].a >= p.ts })
			if at < len(all) && all[at].b <= p.te && r.isOrg(all[at]) {
				return all[at].e
			}
		}
	}
	return headed
}

// definedCompany returns the company a line of text starting at offset
// ts defines as "the Company" in the brackets after its name, or -1.
func (r *relater) definedCompany(all []ment, ts int, t string) int {
	// The quotes are few: look at each, not for each term.
	q := -1
	for p := strings.IndexByte(t, '"'); p >= 0 && q < 0; {
		rest := t[p+1:]
		switch {
		case hasAnyPrefix(rest, `the company"`, `the issuer"`, `the group"`):
			q = p
		case strings.HasSuffix(t[:p], "the ") && hasAnyPrefix(rest, `company"`, `issuer"`, `group"`):
			q = p - len("the ")
		}
		next := strings.IndexByte(rest, '"')
		if next < 0 {
			break
		}
		p += 1 + next
	}
	if q < 1 {
		return -1
	}
	open := strings.LastIndexByte(t[:q], '(')
	if open < 1 || strings.IndexByte(t[open:q], ')') >= 0 {
		return -1
	}
	end := ts + open
	for end > ts && r.d.v.s[end-1] == ' ' {
		end--
	}
	at := sort.Search(len(all), func(n int) bool { return all[n].b >= end })
	if at < len(all) && all[at].b == end && r.isOrg(all[at]) {
		return all[at].e
	}
	return -1
}

// fractions are the shares news writes in words, with the percentage
// each is where it is exact.
var fractions = []struct {
	words   string // found first: the fraction word leads, "a " or the like stands before
	before  string // what must stand right before words, if anything
	percent string // "" where the share is no exact percentage
}{
	{"half of ", "", "50"}, {"third of ", "a ", ""}, {"third of ", "one ", ""}, {"thirds of ", "two-", ""}, {"thirds of ", "two ", ""},
	{"quarter of ", "a ", "25"}, {"fifth of ", "a ", "20"}, {"tenth of ", "a ", "10"},
}

// fractionVerbs own the share that follows them.
var fractionVerbs = []string{"owns ", "own ", "owned ", "holds ", "hold ", "held ", "controls ", "control ", "will own ", "will hold "}

// fractionStake reads a share written in words: "X also owns half of Y",
// "X holds a fifth of Y". The stake has a percentage only where the
// share is exact.
func (r *relater) fractionStake(s *sentence) {
	for _, f := range fractions {
		i := s.find(0, f.words)
		if i <= 0 || f.before != "" && !strings.HasSuffix(s.low[:i], f.before) {
			continue
		}
		i -= len(f.before) // the share opens with "a ", "one " or "two-"
		if i <= 0 || s.low[i-1] != ' ' {
			continue
		}
		verb := -1
		for _, v := range fractionVerbs {
			if strings.HasSuffix(s.low[:i], " "+v) {
				verb = i - len(v)
				break
			}
		}
		if verb < 0 || s.negated(0, i) {
			continue
		}
		owned, ok := r.orgRightAfter(s, i+len(f.before)+len(f.words), 1)
		if !ok {
			continue
		}
		owner, ok := r.subject(s, verb)
		if !ok || owner.e == owned.e {
			continue
		}
		var set func(*article.Relation)
		if f.percent != "" {
			set = withPercent(decimal.RequireFromString(f.percent))
		}
		r.add(entity.StakeIn, owner.e, owned.e, s, set)
		r.owned, r.ownedIn = owned, s
		return
	}
}

// notePair records the two firms sentence s opens with as its subject,
// "A and B" or "A and its Chinese partner B", for the sentence after.
func (r *relater) notePair(s *sentence) {
	// "Indonesia's A and its Chinese partner B": places are no parties.
	var orgs [2]ment
	n := 0
	for _, m := range s.ms {
		if n == 2 || m.a-s.a > 200 {
			break
		}
		if r.kindOf(m) == entity.KindCountry {
			continue
		}
		orgs[n] = m
		n++
	}
	if n < 2 {
		return
	}
	a, b := orgs[0], orgs[1]
	if a.a-s.a > 30 || strings.ContainsAny(r.d.v.s[s.a:a.a], ",;:") || !r.isOrg(a) || !r.isOrg(b) || a.e == b.e {
		return
	}
	i := s.past(a)
	gap := s.low[i:max(i, b.a-s.a)]
	// "A and Japan's B": a country's possessive before the second.
	for _, m := range s.ms {
		if m.a >= s.at(i) && m.b <= b.a && r.kindOf(m) == entity.KindCountry && strings.HasPrefix(gap, " and ") && m.a == s.at(i+len(" and ")) {
			if rest := s.low[m.b-s.a : b.a-s.a]; rest == "'s " || rest == "’s " {
				gap = " and "
			}
			break
		}
	}
	if gap != " and " && !(strings.HasPrefix(gap, " and its ") && strings.HasSuffix(gap, " partner ") && strings.Count(gap, " ") <= 5) {
		return
	}
	r.pair, r.pairEnd = [2]int{a.e, b.e}, s.b
}

// prevPair returns the two firms the sentence before s opened with as
// its subject, or the two parties of the deal it told.
func (r *relater) prevPair(s *sentence) ([2]int, bool) {
	switch {
	case s.prev == nil:
		return [2]int{}, false
	case r.pairEnd != 0 && s.prev.b == r.pairEnd:
		return r.pair, true
	case r.dealEnd > 0 && s.prev.b == r.dealEnd:
		return r.deal, true
	}
	// "At the same time, the two sides will establish a joint venture"
	// a few sentences after the two signed their deal, with no other
	// pair between. ("On completion, A will retain 70% of V and the two
	// companies will operate the refinery as a joint venture": so too.)
	if strings.Contains(s.low[:min(len(s.low), 60)], "the two sides ") || strings.Contains(s.low, " and the two companies will ") || strings.Contains(s.low, " and the two firms will ") {
		for p, n := s.prev.prev, 0; p != nil && n < 3; p, n = p.prev, n+1 {
			if r.pairEnd != 0 && p.b == r.pairEnd {
				return r.pair, true
			}
			if r.dealEnd > 0 && p.b == r.dealEnd {
				return r.deal, true
			}
		}
	}
	return [2]int{}, false
}

// pairOpeners open a sentence about the two firms of the one before.
var pairOpeners = []string{"the two companies ", "the two firms ", "the two groups ", "the two partners ", "the partners ", "both companies ", "the two sides ", "the two "}

// pairAt reports whether t, a sentence in lower case, opens with one of
// pairOpeners.
func pairAt(t string) bool { return pairOpener(t) > 0 }

// pairOpener returns the length of the one of pairOpeners that t, a
// sentence in lower case, opens with, or 0.
func pairOpener(t string) int {
	for _, p := range pairOpeners {
		if strings.HasPrefix(t, p) {
			return len(p)
		}
	}
	// "Alongside the equity deal, the two companies signed": an
	// opening phrase first.
	if c := strings.Index(t[:min(len(t), 60)], ", "); c > 0 && !strings.ContainsAny(t[:c], ";:\"") {
		for _, p := range pairOpeners {
			if strings.HasPrefix(t[c+2:], p) {
				return c + 2 + len(p)
			}
		}
	}
	return 0
}

// pairOwns reads "The two companies own X, the joint venture that runs
// the plant, in a 55:45 split": each of the two firms the sentence
// before opened with (or made a deal) holds a stake in X, of its share
// of the split where one is given, and they are partners when X is
// called their venture.
func (r *relater) pairOwns(s *sentence) {
	if r.groupOwns(s) {
		return
	}
	pair, ok := r.prevPair(s)
	if !ok {
		return
	}
	i := pairOpener(s.low)
	if i == 0 {
		return
	}
	for _, adv := range []string{"jointly ", "together ", "already ", "also ", "now "} {
		i += len(adv) * b2i(strings.HasPrefix(s.low[i:], adv))
	}
	verb := ""
	for _, v := range []string{"own ", "hold ", "control ", "co-own ", "will own ", "will hold "} {
		if strings.HasPrefix(s.low[i:], v) {
			verb = v
			break
		}
	}
	if verb == "" || s.negated(0, i) {
		return
	}
	i += len(verb)
	for _, d := range []string{"the venture, ", "the joint venture, ", "the new company, ", "a new company, "} {
		if strings.HasPrefix(s.low[i:], d) {
			i += len(d)
			break
		}
	}
	owned, ok := r.orgRightAfter(s, i, 1)
	if !ok || owned.e == pair[0] || owned.e == pair[1] {
		return
	}
	rest := s.low[owned.b-s.a:]
	shares := splitShares(rest)
	for k, e := range pair {
		var set func(*article.Relation)
		if shares[k] != "" {
			set = withPercent(decimal.RequireFromString(shares[k]))
		}
		r.add(entity.StakeIn, e, owned.e, s, set)
	}
	if strings.Contains(rest[:min(len(rest), 40)], "venture") {
		r.add(entity.JointVenture, pair[0], pair[1], s, nil)
	}
}

// groupOwns reads "The three companies will own the venture, X, in a
// 51:30:19 split": each partner the sentence before named holds a stake
// in X (of no size here: the split's order need not be the list's).
func (r *relater) groupOwns(s *sentence) bool {
	if s.prev == nil || r.groupN < 3 || s.prev.b != r.groupEnd {
		return false
	}
	words := [...]string{3: "three", 4: "four"}
	opener := ""
	for _, noun := range []string{"companies", "partners", "firms", "groups", "promoters", "shareholders"} {
		if p := "the " + words[r.groupN] + " " + noun + " "; strings.HasPrefix(s.low, p) {
			opener = p
			break
		}
	}
	if opener == "" {
		return false
	}
	i := len(opener)
	for _, v := range []string{"will own ", "own ", "will hold ", "hold ", "will jointly own ", "jointly own "} {
		if strings.HasPrefix(s.low[i:], v) {
			i += len(v)
			// "The three promoters hold 40%, 30% and 30% of X
			// respectively": each its share, in the order named.
			if i < len(s.low) && isDigit(s.low[i]) {
				return r.groupShares(s, i)
			}
			// "the venture, X": the venture's name after a comma.
			for _, d := range []string{"the venture, ", "the joint venture, ", "the new company, ", "a new company, "} {
				if strings.HasPrefix(s.low[i:], d) {
					i += len(d)
					break
				}
			}
			// ("..., in the following proportions: A 45%, B 35% and C
			// 20%": each its share, named after the colon.)
			if strings.Contains(s.low[i:], ": ") && r.ownedInProportions(s) {
				return true
			}
			owned, ok := r.orgRightAfter(s, i, 14)
			if !ok || s.negated(0, i) {
				return false
			}
			for _, e := range r.group[:r.groupN] {
				if e != owned.e {
					r.add(entity.StakeIn, e, owned.e, s, nil)
				}
			}
			return true
		}
	}
	return false
}

// groupShares reads, from sentence-relative offset i, the shares of
// the group the sentence before named, given in its order: "40%, 30% and
// 30% of X respectively".
func (r *relater) groupShares(s *sentence, i int) bool {
	ri := s.find(i, "respectively")
	of := s.find(i, " of ")
	if ri < 0 || of < 0 || s.negated(0, i) {
		return false
	}
	var shares []decimal.Decimal
	for k := i; k < of; k++ {
		if !isDigit(s.low[k]) {
			continue
		}
		p, e, ok := s.percentAt(k)
		if !ok {
			return false
		}
		shares = append(shares, p)
		k = e
	}
	if len(shares) != r.groupN {
		return false
	}
	owned, ok := r.orgRightAfter(s, of+len(" of "), 2)
	if !ok {
		return false
	}
	for k, e := range r.group[:r.groupN] {
		if e != owned.e {
			r.add(entity.StakeIn, e, owned.e, s, withPercent(shares[k]))
		}
	}
	return true
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// splitShares reads the shares of two owners given as a split after
// what they own: "in a 55:45 split", "on a 60:40 basis". It returns
// them as percentages, or empty strings.
func splitShares(rest string) [2]string {
	for _, c := range []string{" in a ", " on a "} {
		k := strings.Index(rest, c)
		if k < 0 {
			continue
		}
		t := rest[k+len(c):]
		n := 0
		for n < len(t) && isDigit(t[n]) {
			n++
		}
		if n == 0 || n > 2 || n >= len(t) || t[n] != ':' {
			continue
		}
		m := n + 1
		for m < len(t) && isDigit(t[m]) {
			m++
		}
		if m == n+1 || m-n-1 > 2 {
			continue
		}
		after := t[m:]
		if !strings.HasPrefix(after, " split") && !strings.HasPrefix(after, " basis") && !strings.HasPrefix(after, " ratio") {
			continue
		}
		x, y := t[:n], t[n+1:m]
		if atoiDigits(x)+atoiDigits(y) != 100 {
			continue
		}
		return [2]string{x, y}
	}
	return [2]string{}
}

// atoiDigits reads a number written in ASCII digits only ("07", "2027").
func atoiDigits(t string) int {
	v := 0
	for i := 0; i < len(t); i++ {
		v = v*10 + int(t[i]-'0')
	}
	return v
}

// wholeShareCues name the whole of a company's shares after a verb of
// owning or buying: "holds the entire equity interest in Y".
var wholeShareCues = []string{" the entire equity interest in ", " the entire equity interest of ", " the entire issued share capital of ",
	" the entire share capital of ", " the entire issued shares of ", " all the shares in ", " all the shares of ", " all of the shares in ",
	" all of the shares of ", " all the issued shares of ", " all of the issued shares of "}

// wholeShare reads "X currently holds the entire equity interest in Y"
// (a stake of 100%) and "X will acquire the entire issued share capital
// of Y" (an acquisition of it too).
func (r *relater) wholeShare(s *sentence) {
	// Every cue holds "entire" or "all": most sentences hold neither.
	if s.find(0, " entire ") < 0 && s.find(0, " all ") < 0 {
		return
	}
	for _, c := range wholeShareCues {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		before := s.low[max(0, i-24):i]
		buys := false
		switch {
		case hasLastWord(before, "holds", "owns", "held", "owned", "controls", "hold", "own"):
		case hasLastWord(before, "acquire", "acquired", "acquires", "buy", "bought", "buys", "purchase", "purchased"):
			buys = true
		default:
			continue
		}
		owned, ok := r.orgRightAfter(s, i+len(c), 1)
		if !ok {
			return
		}
		v := strings.LastIndexByte(before, ' ')
		owner, ok := r.subject(s, max(0, i-24)+max(0, v))
		if !ok || owner.e == owned.e {
			return
		}
		whole := withPercent(decimal.NewFromInt(100))
		r.add(entity.StakeIn, owner.e, owned.e, s, whole)
		if buys {
			r.add(entity.Acquisition, owner.e, owned.e, s, whole)
		}
		r.owned, r.ownedIn = owned, s
		return
	}
}

// hasLastWord reports whether the last word of t is one of words.
func hasLastWord(t string, words ...string) bool {
	k := strings.LastIndexByte(t, ' ')
	return slices.Contains(words, t[k+1:])
}

// evenVenture reads "A and B formed a 50:50 joint venture, V": each
// partner holds half of V.
func (r *relater) evenVenture(s *sentence) {
	for _, c := range []string{"50:50 joint venture, ", "50-50 joint venture, ", "50/50 joint venture, "} {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		v, ok := r.orgRightAfter(s, i+len(c), 0)
		if !ok {
			return
		}
		ps := r.partiesBefore(s, i)
		if len(ps) != 2 || ps[0].e == ps[1].e || ps[0].e == v.e || ps[1].e == v.e {
			return
		}
		half := decimal.NewFromInt(50)
		for _, p := range ps {
			r.add(entity.StakeIn, p.e, v.e, s, withPercent(half))
		}
		return
	}
}

// colonHolders reads the owners of a venture the sentence before forms,
// listed after a colon each with its share: "Shareholders in the new
// company: A 51%, B 34% and C 15%". Each holds its share, and the
// owners are partners in the venture.
func (r *relater) colonHolders(s *sentence) {
	if s.prev == nil {
		return
	}
	v, ok := ventureNamedIn(r, s.prev)
	if !ok {
		return
	}
	c := strings.IndexByte(s.low, ':')
	r.pairs(entity.JointVenture, r.sharesListed(s, c+1, v), s)
}

// ventureNamedIn returns the venture sentence p names as formed: "will
// form a joint venture, V, to build".
//
// Or "formed a joint venture with B, called V, to build": its name
// after the partner.
func ventureNamedIn(r *relater, p *sentence) (ment, bool) {
	for _, c := range []string{"joint venture, ", "joint venture company, ", "new company, "} {
		if k := strings.Index(p.low, c); k >= 0 {
			return r.orgRightAfter(p, k+len(c), 0)
		}
	}
	// "We have formed V, a joint venture with B": the firm before the
	// apposition.
	for _, c := range []string{", a joint venture", ", an equal joint venture", ", a 50:50 joint venture", ", a 50-50 joint venture"} {
		if k := strings.Index(p.low, c); k > 0 {
			if v, ok := r.orgRightBefore(p, p.beforeBrackets(k), 0); ok {
				return v, true
			}
		}
	}
	// "KNH is a joint venture between A and B": the sentence's subject.
	if len(p.ms) > 0 && p.ms[0].a == p.a && r.isOrg(p.ms[0]) {
		if rest := p.low[p.past(p.ms[0]):]; hasAnyPrefix(rest, " is a joint venture ", " is an equal joint venture ", " is a 50:50 joint venture ", " is a 50-50 joint venture ") {
			return p.ms[0], true
		}
	}
	if k := strings.Index(p.low, "joint venture with "); k >= 0 {
		rest := p.low[k:min(len(p.low), k+160)]
		for _, c := range []string{", called ", ", named ", ", to be called ", ", to be named "} {
			if w := strings.Index(rest, c); w >= 0 {
				return r.orgRightAfter(p, k+w+len(c), 0)
			}
		}
	}
	return ment{}, false
}

// bracketOwners reads a firm's owners in brackets after its name, each
// with its share: "the Koolanooka Hub JV (Barrowdale 70%, Tanaka Tsusho
// Minerals 30%)". Each holds its share; the owners of a venture are its
// partners.
func (r *relater) bracketOwners(s *sentence) {
	for k, n := strings.Index(s.low, " ("), 0; k >= 0 && n < 4; n++ {
		e := strings.IndexByte(s.low[k:], ')')
		if e < 0 {
			return
		}
		e += k
		inner := k + len(" (")
		next := strings.Index(s.low[e:], " (")
		if v, ok := r.orgRightBefore(s, k, 0); ok && !r.possessive(s, v) {
			var owners []ment
			var shares []decimal.Decimal
			at := inner
			for at < e {
				m, ok := r.orgRightAfter(s, at, 0)
				if !ok || s.past(m) >= e || m.e == v.e {
					owners = nil
					break
				}
				p, pe, ok := s.percentAt(s.past(m) + 1)
				if !ok || s.low[s.past(m)] != ' ' || pe > e {
					owners = nil
					break
				}
				owners, shares = append(owners, m), append(shares, p)
				switch {
				case pe == e:
					at = e
				case strings.HasPrefix(s.low[pe:], ", and "):
					at = pe + len(", and ")
				case strings.HasPrefix(s.low[pe:], ", "):
					at = pe + len(", ")
				case strings.HasPrefix(s.low[pe:], " and "):
					at = pe + len(" and ")
				default:
					owners, at = nil, e
				}
			}
			if len(owners) >= 2 {
				for q, o := range owners {
					r.add(entity.StakeIn, o.e, v.e, s, withPercent(shares[q]))
				}
				name := strings.ToLower(r.a.Entities[v.e].Name)
				if strings.HasSuffix(name, " jv") || strings.HasSuffix(name, " joint venture") || r.isVenture(v.e) {
					r.pairs(entity.JointVenture, owners, s)
				}
			}
		}
		if next < 0 {
			return
		}
		k = e + next
	}
}

// bareShares reads "A owns 66% and B owns 34%." after a sentence that
// opens with the firm they own ("Khongor Mining LLC is the company that
// holds the licences."): shares that name no firm are shares of it.
func (r *relater) bareShares(s *sentence) {
	if s.prev == nil || len(s.prev.ms) == 0 {
		return
	}
	// (After a speaker's label: "Erdenebileg: Khongor Mining LLC is".)
	open := s.prev.a
	if c := strings.Index(s.prev.low[:min(len(s.prev.low), 40)], ": "); c > 0 {
		if sp := s.prev.ms[0]; sp.a == s.prev.a && sp.b-s.prev.a == c && r.kindOf(sp) == entity.KindPerson {
			open += c + len(": ")
		}
	}
	k := slices.IndexFunc(s.prev.ms, func(m ment) bool { return m.a >= open })
	if k < 0 || s.prev.ms[k].a-open >= 4 || !r.isOrg(s.prev.ms[k]) {
		return
	}
	owned := s.prev.ms[k]
	for _, v := range []string{" own ", " owns ", " hold ", " holds "} {
		i := s.find(0, v)
		if i < 0 || s.negated(0, i) {
			continue
		}
		// (Not "V, a joint venture in which it holds 60% and B holds
		// 40%": the clause names the firm owned.)
		if strings.Contains(s.low[max(0, i-clauseBack):i], " in which ") {
			return
		}
		p1, pe1, ok := s.percentAt(i + len(v))
		if !ok {
			return
		}
		c := prefixOf(s.low[pe1:], " and ", ", and ", ", while ", " while ")
		if c == "" {
			return
		}
		second, ok := r.ownerRightAfter(s, pe1+len(c), 0)
		if !ok || second.a != s.at(pe1+len(c)) {
			return
		}
		at := s.past(second)
		v2 := prefixOf(s.low[at:], " own ", " owns ", " holds ", " hold ", " has ")
		if v2 == "" {
			return
		}
		p2, pe2, ok := s.percentAt(at + len(v2))
		// (Not "... owns 34% of Z": a share of a firm named.)
		if !ok || !(pe2 == len(s.low) || hasAnyPrefix(s.low[pe2:], ".", ",", ";")) {
			return
		}
		first, ok := r.subject(s, i)
		if !ok || first.e == second.e || first.e == owned.e || second.e == owned.e {
			return
		}
		r.add(entity.StakeIn, first.e, owned.e, s, withPercent(p1))
		r.add(entity.StakeIn, second.e, owned.e, s, withPercent(p2))
		return
	}
}

// ventureOfPair reads "The joint venture company, V, is ..." after a
// sentence that opens with two firms ("A and China's B have started
// building a plant"): the two are partners in V.
func (r *relater) ventureOfPair(s *sentence) {
	c := prefixOf(s.low, "the joint venture company, ", "the joint venture, ", "the joint-venture company, ", "the venture company, ", "the jv company, ")
	if c == "" {
		return
	}
	pair, ok := r.prevPair(s)
	if !ok || pair[0] == pair[1] {
		return
	}
	v, ok := r.orgRightAfter(s, len(c), 0)
	if !ok || v.a != s.at(len(c)) || v.e == pair[0] || v.e == pair[1] || !strings.HasPrefix(s.low[s.past(v):], ",") {
		return
	}
	r.add(entity.JointVenture, pair[0], pair[1], s, nil)
}

// heldAsFollows reads a firm's holders listed under a heading: "the
// issued capital of V will be held as follows:" over "a. A: 55%
// (fifty-five percent);", "b. the Company: 30%; and", each item the
// holder, a colon and its share.
func (r *relater) heldAsFollows(s *sentence) {
	from := 0
	if h := strings.Index(s.low, " as follows:"); h >= 0 {
		r.holdersEnd = 0
		found := false
		for _, c := range []string{" capital of ", " shares of ", " shareholding in ", " shareholders of ", " ownership of ", " equity of "} {
			k := strings.LastIndex(s.low[:h], c)
			if k < 0 {
				continue
			}
			if owned, ok := r.orgRightAfter(s, k+len(c), 4); ok && s.past(owned) <= h {
				r.listOwned, found = owned, true
			}
			break
		}
		if !found {
			return
		}
		from = h + len(" as follows:")
		if from >= len(s.low) {
			// The items follow in the sentences after it.
			r.holdersEnd = s.b
			return
		}
	} else if r.holdersEnd == 0 || s.prev == nil || s.prev.b != r.holdersEnd {
		return
	}
	r.holdersEnd = 0
	read := false
	for at := from; at < len(s.low); {
		end := strings.IndexAny(s.low[at:], ";\n")
		if end < 0 {
			end = len(s.low)
		} else {
			end += at
		}
		item := s.low[at:end]
		off := at + len(item) - len(strings.TrimLeft(item, " "))
		off += holderItemMark(s.low[off:end])
		if strings.HasPrefix(s.low[off:end], "and ") {
			off += len("and ")
			off += holderItemMark(s.low[off:end])
		}
		if owner, ok := r.ownerRightAfter(s, off, 4); ok && s.past(owner) < end && owner.e != r.listOwned.e {
			if rest := s.low[s.past(owner):end]; strings.HasPrefix(rest, ": ") {
				if p, _, ok := s.percentAt(s.past(owner) + len(": ")); ok {
					r.add(entity.StakeIn, owner.e, r.listOwned.e, s, withPercent(p))
					read = true
				}
			}
		}
		at = end + 1
	}
	// (The items may follow in the sentences after the heading's, the
	// mark of the first ending it: "... as follows: a.")
	if read || from > 0 {
		r.holdersEnd = s.b
	}
}

// holderItemMark returns the length of a list item's mark at the start of
// t, "a. ", "b) ", "(c) ", "1. ", "- ", or 0.
func holderItemMark(t string) int {
	if strings.HasPrefix(t, "- ") {
		return 2
	}
	i := 0
	if strings.HasPrefix(t, "(") {
		i = 1
	}
	j := i
	for j < len(t) && j < i+3 && (isDigit(t[j]) || j == i && t[j] >= 'a' && t[j] <= 'z') {
		j++
		if j > i && !isDigit(t[j-1]) {
			break
		}
	}
	if j == i || j+1 >= len(t) || (t[j] != '.' && t[j] != ')') || t[j+1] != ' ' {
		return 0
	}
	return j + 2
}

// itOwnsWith reads "X, a Queensland joint venture it owns 50-50 with
// Y": the firm "it" stands for and Y are partners in X, each with half.
func (r *relater) itOwnsWith(s *sentence) {
	for _, c := range []string{" it owns 50-50 with ", " it owns 50:50 with ", " it owns equally with ", " it holds 50-50 with "} {
		k := s.find(0, c)
		if k < 0 || s.negated(0, k) {
			continue
		}
		// The venture: the firm before its apposition.
		a := strings.LastIndex(s.low[:k], ", a ")
		if a < 0 || !strings.Contains(s.low[a:k], "venture") {
			return
		}
		v, ok := r.orgRightBefore(s, s.beforeBrackets(a), 1)
		if !ok {
			return
		}
		partner, ok := r.orgRightAfter(s, k+len(c), 0)
		if !ok || partner.e == v.e {
			return
		}
		owner, ok := r.antecedent(s)
		if !ok || owner.e == v.e || owner.e == partner.e {
			return
		}
		half := withPercent(decimal.NewFromInt(50))
		r.add(entity.JointVenture, owner.e, partner.e, s, nil)
		r.add(entity.StakeIn, owner.e, v.e, s, half)
		r.add(entity.StakeIn, partner.e, v.e, s, half)
		return
	}
}

// capitalContributed reads the owners of a Vietnamese venture by the
// charter capital each puts in: "to establish V, in which A contributes
// 60% of the charter capital and the Chinese partner 40%". A holds 60%
// of V; "the partner" is the one other firm the sentence names before
// V.
func (r *relater) capitalContributed(s *sentence) {
	w := s.find(0, " in which ")
	if w < 0 || s.negated(0, w) {
		return
	}
	owner, ok := r.orgRightAfter(s, w+len(" in which "), 4)
	if !ok {
		return
	}
	at := s.past(owner)
	v := prefixOf(s.low[at:], " contributes ", " will contribute ", " contributed ", " is to contribute ")
	if v == "" {
		return
	}
	p, pe, ok := s.percentAt(at + len(v))
	if !ok || !hasAnyPrefix(s.low[pe:], " of the charter capital", " of the registered capital", " of the capital", " of its charter capital") {
		return
	}
	owned, ok := r.orgRightBefore(s, w+1, 2)
	if !ok || owned.e == owner.e {
		return
	}
	r.add(entity.StakeIn, owner.e, owned.e, s, withPercent(p))
	// "and the Chinese partner 40%", "and B 40%".
	rest := s.low[pe:]
	a := strings.Index(rest[:min(len(rest), 60)], " and ")
	if a < 0 {
		return
	}
	at = pe + a + len(" and ")
	other, ok := r.orgRightAfter(s, at, 0)
	end := 0
	if ok {
		end = s.past(other)
	} else if strings.HasPrefix(s.low[at:], "the ") {
		// "the Chinese partner": the one other firm named before V.
		sp := strings.Index(s.low[at:min(len(s.low), at+32)], " partner ")
		if sp < 0 {
			return
		}
		end = at + sp + len(" partner")
		var found []ment
		for _, m := range r.orgsIn(s, 0, owned.a-s.a) {
			if m.e != owner.e && m.e != owned.e && r.kindOf(m) == entity.KindCompany && !slices.ContainsFunc(found, func(f ment) bool { return f.e == m.e }) {
				found = append(found, m)
			}
		}
		if len(found) != 1 {
			return
		}
		other = found[0]
	} else {
		return
	}
	if q, _, ok := s.percentAt(end + 1); ok && strings.HasPrefix(s.low[end:], " ") && other.e != owned.e && other.e != owner.e {
		r.add(entity.StakeIn, other.e, owned.e, s, withPercent(q))
	}
}

// saidItsAt returns where " said" stands in "X said on Tuesday that its
// ", "X said its ", at the end of before, or -1.
func saidItsAt(before string) int {
	if !strings.HasSuffix(before, " its ") {
		return -1
	}
	k := strings.LastIndex(before, " said")
	if k < 0 || len(before)-k > 40 {
		return -1
	}
	if mid := before[k+len(" said") : len(before)-len(" its ")]; mid != "" && !strings.HasSuffix(mid, " that") && !strings.HasPrefix(mid, " that") {
		return -1
	}
	return k
}

// sellingBefore reports a verb of selling or handing over in t, the
// words before a share: "agreed to transfer a", "will sell".
func sellingBefore(t string) bool {
	for _, v := range []string{"transfer", "sell", "sold", "dispose", "divest", "offload", "auction"} {
		if strings.Contains(t, v) {
			return true
		}
	}
	return false
}

// ownedInProportions reads the owners of a firm listed after a colon:
// "The three partners will own the project company, V, in the following
// proportions: A 45%, B 35% and C 20%". Each holds its share of V; when
// the sentence calls them partners, they are V's partners too.
func (r *relater) ownedInProportions(s *sentence) bool {
	c := strings.Index(s.low, ": ")
	if c < 0 {
		return false
	}
	v := -1
	for _, w := range []string{" will own ", " own ", " owns ", " will hold ", " hold "} {
		if k := strings.Index(s.low[:c], w); k >= 0 {
			v = k + len(w)
			break
		}
	}
	if v < 0 || s.negated(0, c) {
		return false
	}
	var owned ment
	found := false
	for _, m := range s.from(v) {
		if m.a >= s.at(c) {
			break
		}
		if r.isOrg(m) {
			owned, found = m, true
			break
		}
	}
	if !found {
		return false
	}
	owners := r.sharesListed(s, c, owned)
	if strings.Contains(s.low[:c], "partners ") {
		r.pairs(entity.JointVenture, owners, s)
	}
	return len(owners) > 0
}

// holdsItsShare reads a partner's share of the venture the sentence
// before names, written with "its": "Xiangyu holds its 60% through X, a
// Singapore-registered subsidiary, while Obira owns the remaining 40%".
// The partner holds its share, and so does the unit it holds it through;
// the share left is the other's.
func (r *relater) holdsItsShare(s *sentence) {
	if s.prev == nil {
		return
	}
	for _, v := range []string{" holds its ", " owns its "} {
		k := s.find(0, v)
		if k < 0 {
			continue
		}
		p, pe, ok := s.percentAt(k + len(v))
		if !ok || pe < len(s.low) && !strings.ContainsRune(",. ", rune(s.low[pe])) || s.negated(0, k) {
			return
		}
		// ("its 60% stake in Y": a share of a firm it names.)
		if rest := s.low[pe:]; hasAnyPrefix(rest, " stake", " interest", " share", " of ", " in ") {
			return
		}
		owner, ok := r.orgRightBefore(s, k, 1)
		if !ok {
			return
		}
		venture, ok := ventureNamedIn(r, s.prev)
		if !ok || venture.e == owner.e {
			return
		}
		r.add(entity.StakeIn, owner.e, venture.e, s, withPercent(p))
		if strings.HasPrefix(s.low[pe:], " through ") {
			if unit, ok := r.orgRightAfter(s, pe+len(" through "), 0); ok && unit.e != venture.e && unit.e != owner.e {
				r.add(entity.StakeIn, unit.e, venture.e, s, withPercent(p))
			}
		}
		r.owned, r.ownedIn = venture, s
		return
	}
}

// eachUnitOf reads "A and B, each an indirect wholly-owned subsidiary of
// Y,": every firm of the list is Y's unit.
func (r *relater) eachUnitOf(s *sentence) {
	k, c := s.find(0, ", each an "), ", each an "
	if k < 0 {
		k, c = s.find(0, ", each a "), ", each a "
	}
	if k < 0 {
		return
	}
	rest := s.low[k+len(c)-1:]
	o := strings.Index(rest[:min(len(rest), 60)], " of ")
	if o < 0 || strings.ContainsAny(rest[:o], ",;") || !slices.ContainsFunc(unitWords, func(u string) bool { return strings.HasSuffix(rest[:o], " "+u) }) {
		return
	}
	at := len(s.low) - len(rest) + o + len(" of ")
	parent, ok := r.orgRightAfter(s, at, 1)
	if !ok || s.negated(0, k) {
		return
	}
	for _, c := range r.partiesBefore(s, k) {
		if c.e != parent.e && c.b <= s.at(k) {
			r.add(entity.SubsidiaryOf, c.e, parent.e, s, nil)
		}
	}
}

// jointlyEstablishIn reads a firm two others set up together, with their
// shares in a clause after it: "the two sides will jointly establish V,
// in which A will hold 51% and B will hold 49%". A and B are partners.
func (r *relater) jointlyEstablishIn(s *sentence) {
	j := -1
	for _, c := range []string{"jointly establish ", "jointly set up ", "jointly form ", "jointly found ", "owned by a new company, ", "held by a new company, "} {
		if j = s.find(0, c); j >= 0 {
			break
		}
	}
	if j < 0 || s.negated(0, j) {
		return
	}
	w := s.find(j, ", in which ")
	if w < 0 {
		return
	}
	var owners []ment
	for _, m := range s.from(w) {
		if !r.isOrg(m) {
			continue
		}
		rest := s.low[s.past(m):]
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, " will"), " would")
		// ("in which Yunxi will hold 51%, Sagara Nikel 29% and Hanbyeol
		// 20%": the verb once, the shares after each name.)
		if _, _, bare := s.percentAt(s.past(m) + 1); !hasAnyPrefix(rest, " hold ", " own ", " holds ", " owns ", " take ") && !(bare && strings.HasPrefix(rest, " ")) {
			continue
		}
		if slices.ContainsFunc(owners, func(o ment) bool { return o.e == m.e }) {
			continue
		}
		owners = append(owners, m)
	}
	if len(owners) >= 2 {
		r.pairs(entity.JointVenture, owners, s)
	}
}

// sharesListed reads the owners of owned listed from sentence-relative
// offset from on, each a firm's name and its share ("Ruifeng 45%,
// Tanjung Mineral 35% and Hanseong 20%"): each holds its share of
// owned. It returns the owners read.
func (r *relater) sharesListed(s *sentence, from int, owned ment) []ment {
	var owners []ment
	for _, m := range s.from(from) {
		if !r.isOrg(m) || m.e == owned.e {
			continue
		}
		at := s.past(m)
		if !strings.HasPrefix(s.low[at:], " ") {
			continue
		}
		p, pe, ok := s.percentAt(at + 1)
		if !ok || pe < len(s.low) && !strings.ContainsRune(",.; ", rune(s.low[pe])) {
			continue
		}
		r.add(entity.StakeIn, m.e, owned.e, s, withPercent(p))
		owners = append(owners, m)
	}
	return owners
}

// formVerbCues set up a firm that the parties will own.
var formVerbCues = newCues(" to form ", " will form ", " to establish ", " will establish ", " to set up ", " will set up ", " to incorporate ", " will incorporate ")

// eachPartyOwns closes the name of a firm that two parties set up in
// equal halves.
var eachPartyOwns = []string{", to be owned 50% by each party", ", to be owned 50% by each", ", to be owned equally by the two", ", to be owned equally by both", ", owned 50% by each party"}

// formedOwned reads a firm that the sentence's parties set up, with its
// owners after its name: "A signed a term sheet with B to form V, to be
// owned 50% by each party" (A and B hold half each), and "the three
// parties will establish a special purpose company, V (tentative
// name), in Tokyo, with A holding 51%, B 30% and C 19%". The owners are
// partners in V.
func (r *relater) formedOwned(s *sentence) {
	j, je, ok := s.cue(0, formVerbCues)
	if !ok || s.negated(0, j) {
		return
	}
	// ("a special purpose company, V": the kind of firm, then its name.)
	v, ok := r.orgRightAfter(s, je, 48)
	if !ok {
		return
	}
	at := s.past(v)
	if e := prefixOf(s.low[at:], eachPartyOwns...); e != "" {
		var parties []ment
		for _, m := range r.orgsIn(s, 0, j) {
			if m.e != v.e && !slices.ContainsFunc(parties, func(o ment) bool { return o.e == m.e }) {
				parties = append(parties, m)
			}
		}
		if len(parties) != 2 {
			return
		}
		half := withPercent(decimal.NewFromInt(50))
		r.add(entity.StakeIn, parties[0].e, v.e, s, half)
		r.add(entity.StakeIn, parties[1].e, v.e, s, half)
		r.add(entity.JointVenture, parties[0].e, parties[1].e, s, nil)
		return
	}
	w := strings.Index(s.low[at:min(len(s.low), at+80)], ", with ")
	if w < 0 || strings.Contains(s.low[at:at+w], ". ") {
		return
	}
	var owners []ment
	for _, m := range s.from(at + w + len(", with ")) {
		if !r.isOrg(m) && r.kindOf(m) != entity.KindGovernment || m.e == v.e {
			continue
		}
		e := s.past(m)
		rest := s.low[e:]
		switch {
		case strings.HasPrefix(rest, " holding "):
			e += len(" holding ")
		case strings.HasPrefix(rest, " ") && len(owners) > 0:
			e++
		default:
			continue
		}
		p, pe, ok := s.percentAt(e)
		if !ok || pe < len(s.low) && !strings.ContainsRune(",.; ", rune(s.low[pe])) {
			continue
		}
		r.add(entity.StakeIn, m.e, v.e, s, withPercent(p))
		owners = append(owners, m)
	}
	if len(owners) >= 2 {
		r.pairs(entity.JointVenture, owners, s)
	}
}

// newSharesGiving reads a share an issuer that speaks sells in new
// shares: "X said Y would subscribe for A$96 million of new shares at
// A$1.18 each, giving the Seoul-based company an 11.5% stake": Y holds
// its share of X, the firm that said so.
func (r *relater) newSharesGiving(s *sentence) {
	g := s.find(0, ", giving ")
	if g < 0 {
		return
	}
	sub := -1
	for _, v := range subscribeVerbs {
		if k := s.find(0, v); k >= 0 && k < g {
			sub = k
			break
		}
	}
	if sub < 0 || !strings.Contains(s.low[sub:g], " new shares") || s.negated(0, sub) {
		return
	}
	// The share, of no firm named after it.
	at := g + len(", giving ")
	end := min(len(s.low), at+60)
	k := strings.IndexAny(s.low[at:end], "0123456789")
	if k < 0 {
		return
	}
	p, pe, ok := s.percentAt(at + k)
	if !ok || !hasAnyPrefix(s.low[pe:], " stake", " interest", " shareholding") {
		return
	}
	if rest := s.low[pe:]; strings.Contains(rest[:min(len(rest), 24)], " in ") || strings.Contains(rest[:min(len(rest), 24)], " of ") {
		return
	}
	issuer, ok := r.firstOrg(s, sub)
	if !ok || !hasAnyPrefix(s.low[s.past(issuer):], " said ", " says ", " announced ") {
		return
	}
	holder, ok := r.subject(s, sub)
	if !ok || holder.e == issuer.e {
		return
	}
	r.add(entity.StakeIn, holder.e, issuer.e, s, withPercent(p))
}
