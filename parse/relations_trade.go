package parse

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/entity"
	"github.com/shopspring/decimal"
)

// boughtVerbs state a purchase of material already made or habitual:
// "X buys about 90,000 tonnes a year from Y".
// (Goods yet to be bought are willBuyOf's: a deal, no supplier yet.)
var boughtVerbs = newCues("buys ", "bought ", "purchases ", "purchased ", "imports ", "imported ", "sources ", "takes ", "took ", "will source ", "secured ")

// tradeFrom reads a purchase of an amount of material from a named
// seller, with no deal named: "X buys about 90,000 tonnes a year from Y"
// makes Y X's supplier.
func (r *relater) tradeFrom(s *sentence) {
	for k, v := range boughtVerbs.cues {
		i := s.findCue(0, boughtVerbs, k)
		if i < 0 || s.negated(0, i) {
			continue
		}
		e := i + len(v)
		if r.buysShareOf(s, i, e) {
			continue
		}
		qi, qe, ok := r.quantityNear(s, e, 16)
		var set func(*article.Relation)
		// "Nitrile latex, which X buys from Y, fell": the goods named
		// before the clause that says whom X buys them from.
		relBuyer, rel := ment{}, false
		if !ok && strings.HasPrefix(s.low[e:], "from ") {
			if b, found := r.orgRightBefore(s, i-1, 0); found && b.a-s.a >= len(", which ") && strings.HasPrefix(s.low[s.past(b):], " "+v) {
				if c := suffixOf(s.low[:b.a-s.a], ", which ", ", that "); c != "" && goodsBefore(s.low[:b.a-s.a-len(c)]) {
					relBuyer, rel = b, true
				}
			}
		}
		if rel {
			qe = e - 1 // (" from " holds the space before it)
		} else if ok {
			set = func(rel *article.Relation) { rel.Quantity, rel.HasQuantity = qi, true }
		} else if qe = itsShareOf(s.low[e:]); qe > 0 {
			// "X buys most of its ore from its parent Y"; not "Daehan
			// bought its stake from Moji", shares, no goods.
			if hasAnyPrefix(s.low[e+qe:], "stake", "shares", "holding", "interest", "shareholding", "equity") {
				continue
			}
			qe += e
		} else if j, ok := r.materialThen(s, e, " from "); ok && (v == "sources " || v == "will source ") {
			// "X will source flake graphite from Y": the material
			// named, its amount untold. (Not "buys ammonia from Y":
			// a purchase with no amount states no supply.)
			qe = j
		} else {
			continue
		}
		// ("took the 181,000-dwt Cape Lotus from Y": a ship chartered,
		// no goods bought.)
		if strings.Contains(s.low[e:min(qe+8, len(s.low))], "dwt") {
			continue
		}
		if r.ofSellers(s, i, qe, set) {
			continue
		}
		seller, je, ok := r.sellerFrom(s, qe, 40)
		if !ok {
			// "X buys most of its alumina through Y, under a contract":
			// the trader it buys by is the one that sells to it.
			if j := s.find(qe, " through "); j >= 0 && j-qe <= 60 && !strings.Contains(s.low[qe:j], ", ") && v != "takes " {
				je = j + len(" through ")
				seller, ok = r.orgRightAfter(s, je, 1)
			}
		}
		if !ok {
			continue
		}
		buyer, ok := r.subject(s, i)
		if rel {
			buyer, ok = relBuyer, true
		}
		if !ok || buyer.e == seller.e {
			continue
		}
		r.add(entity.SupplierOf, seller.e, buyer.e, s, set)
		// A purchase made is a deal between them, as DESIGN counts
		// purchase deals: "has bought 150,000t of billet from Y".
		// So is a purchase under a contract: "takes about 6,000 tonnes a
		// year from Y under a long-term contract".
		typ, ok := underContract(s.low[je:])
		if !ok {
			// "from Y, which agreed in March to deliver ... under a
			// 10-year offtake": the seller's clause names the deal.
			if p := s.past(seller); strings.HasPrefix(s.low[p:], ", which ") {
				w := s.low[p+len(", which "):]
				if k := strings.Index(w, " under "); k >= 0 && k < 150 && !strings.ContainsAny(w[:k], ";") && !strings.Contains(w[:k], ", ") {
					typ, ok = underContract(w[k:])
				}
			}
		}
		if ok {
			r.add(entity.Agreement, buyer.e, seller.e, s, func(rel *article.Relation) {
				if set != nil {
					set(rel)
				}
				rel.Type = typ
			})
		} else if strings.HasPrefix(v, "bought") || strings.HasPrefix(v, "purchased") || v == "secured " {
			// ("has secured 250,000 tonnes of concentrate for 2027 from
			// Y": a supply secured is a deal too.)
			r.add(entity.Agreement, buyer.e, seller.e, s, set)
		}
	}
}

// buysOursCues say the firm before them buys the goods of the one "our"
// stands for.
var buysOursCues = newCues(" buys our ", " bought our ", " has been buying our ", " have been buying our ", " takes our ", " took our ", " purchases our ", " imports our ")

// buysOurs reads "X has been buying our higher-grade saprolite since
// 2009" in an interview's answer: the speaker's firm, which "our" stands
// for, supplies X. (Not "bought our shares": a stake, no goods.)
func (r *relater) buysOurs(s *sentence) {
	i, e, ok := s.cue(0, buysOursCues)
	if !ok || s.negated(0, i) || rumoured(s.low[:i]) {
		return
	}
	at := e - len("our ")
	ours, found := r.orgRightAfter(s, at, 0)
	if !found || ours.a != s.at(at) || ours.b-ours.a != len("our") {
		return
	}
	if w, _, _ := strings.Cut(s.low[e:], " "); w == "shares" || w == "stake" || w == "company" || w == "firm" || w == "bonds" || w == "assets" {
		return
	}
	// The buyer opens the sentence: "Y (8096.T) owns 35% of our
	// company and has been buying our saprolite".
	buyer, ok := r.subject(s, i+1)
	if ok && buyer.e == ours.e {
		buyer, ok = r.firstOrg(s, i)
		// (After an answer's label: "A: Y owns ...".)
		ok = ok && buyer.a >= s.a && (buyer.a == s.firstAt() || s.low[:buyer.a-s.a] == "a: ")
	}
	if !ok || buyer.e == ours.e || buyer.a >= s.at(i) {
		return
	}
	r.add(entity.SupplierOf, ours.e, buyer.e, s, nil)
}

// dealIsWith reads whose deal is with whom: "X's current contract is
// with Y for 500,000 tonnes a year", and in an interview's answer "Our
// offtake is with Y": an agreement between them, of the type the deal's
// noun implies.
func (r *relater) dealIsWith(s *sentence) {
	r.dealWith(s, " is with ")
}

// possessiveDealWith reads "the first cargo under X's term contract with
// Y": an agreement between X and Y, as dealIsWith reads one.
func (r *relater) possessiveDealWith(s *sentence) {
	r.dealWith(s, " with ")
}

// dealWith reads a deal's noun, held by a firm's possessive, then cue
// and the other firm: see dealIsWith.
func (r *relater) dealWith(s *sentence, cue string) {
	for k := range s.each(cue) {
		noun := ""
		for _, n := range []string{" contract", " agreement", " offtake", " deal"} {
			if strings.HasSuffix(s.low[:k], n) {
				noun = n
				break
			}
		}
		if noun == "" || s.negated(0, k) {
			continue
		}
		other, ok := r.orgRightAfter(s, k+len(cue), 0)
		if !ok || other.a != s.at(k+len(cue)) {
			continue
		}
		// The holder: the firm right before the deal's words, its
		// possessive or "our", with at most two words between ("X's
		// current long-term contract").
		var holder ment
		found := false
		for _, m := range s.ms {
			if m.b > s.at(k) {
				break
			}
			between := strings.TrimSpace(s.low[m.b-s.a : k-len(noun)])
			between = strings.TrimPrefix(between, "'s")
			between = strings.TrimPrefix(between, "\u2019s")
			if r.isOrg(m) && m.e != other.e && !strings.ContainsAny(between, ",;()") && strings.Count(between, " ") <= 2 && (r.possessive(s, m) || strings.EqualFold(r.d.v.s[m.a:m.b], "our")) {
				holder, found = m, true
			}
		}
		if !found {
			// "X said its contract with Y runs to December": its, the
			// speaker's.
			b := strings.LastIndex(s.low[:k-len(noun)+1], " its ")
			if b < 0 || strings.Count(s.low[min(b+len(" its "), k-len(noun)):k-len(noun)], " ") > 2 || strings.ContainsAny(s.low[b:k], ",;()") || !hasAnySuffix(s.low[:b], " said", " says", " added", " noted") {
				continue
			}
			v := strings.LastIndexByte(s.low[:b], ' ')
			if holder, found = r.subject(s, v); !found || holder.e == other.e || !r.isOrg(holder) {
				continue
			}
		}
		typ, _ := underContract(" under a" + s.low[k-len(noun):k])
		r.add(entity.Agreement, holder.e, other.e, s, func(rel *article.Relation) { rel.Type = typ })
	}
}

// dealBetween reads a deal's noun and the pair it is between, with no
// verb of signing: "under the first-half settlement between A and B",
// "the offtake agreement between A and B runs to 2030". (Not "talks
// between A and B", which agree nothing yet.)
func (r *relater) dealBetween(s *sentence) {
	for k := range s.each(" between ") {
		before := s.low[:k]
		typ := ""
		switch {
		case hasAnySuffix(before, " settlement", " price settlement"):
			typ = "supply"
		case hasAnySuffix(before, " contract", " agreement", " offtake", " deal", " mou", " memorandum of understanding", " pact"):
			typ, _ = agreementNounEnding(before[strings.LastIndexByte(before, ' ')+1:])
			if t, _ := underContract(" under a" + before[max(0, len(before)-40):]); t != "" {
				typ = t
			}
		default:
			continue
		}
		if s.negated(0, k) || s.hypothetical(k) {
			continue
		}
		// (Not "no contract between", "a proposed deal between", nor
		// "a contract between A and B could be signed".)
		np := before[max(0, len(before)-40):]
		if c := strings.LastIndexAny(np, ",;("); c >= 0 {
			np = np[c+1:]
		}
		if hasAnyPrefix(np, "no ", " no ") || strings.Contains(np, " no ") || slices.ContainsFunc([]string{"proposed ", "planned ", "potential ", "possible ", "future ", "draft "}, func(w string) bool { return strings.Contains(np, w) }) {
			continue
		}
		ps, ok := r.betweenPair(s, k)
		if !ok {
			continue
		}
		if after := s.low[s.past(ps[1]):]; hasAnyPrefix(after, " could ", " would ", " may ", " might ", " is expected ", " is due ", " is yet ", " has yet ", " remains under ", " is under negotiation", " is being negotiated",
			" was not ", " was never ", " has not ", " had not ", " did not ", " never ", " fell through", " collapsed") {
			continue
		}
		r.add(entity.Agreement, ps[0].e, ps[1].e, s, func(rel *article.Relation) { rel.Type = typ })
	}
}

// toWhichSells reads "Y, to which X sells 150,000 tonnes a year under a
// contract": X supplies Y, and the contract the clause names is theirs.
func (r *relater) toWhichSells(s *sentence) {
	for k := range s.each(", to which ") {
		if s.negated(0, k) {
			continue
		}
		buyer, ok := r.orgRightBefore(s, s.beforeBrackets(k), 1)
		if !ok {
			continue
		}
		at := k + len(", to which ")
		seller, ok := r.orgRightAfter(s, at, 0)
		if !ok || seller.a != s.at(at) || seller.e == buyer.e {
			continue
		}
		rest := s.low[s.past(seller):]
		v := prefixOf(rest, " sells ", " sold ", " supplies ", " supplied ", " delivers ", " delivered ", " ships ", " shipped ", " will sell ", " will supply ", " will deliver ", " also sells ")
		if v == "" {
			continue
		}
		set := func(rel *article.Relation) { r.quantityIn(s, rel) }
		r.add(entity.SupplierOf, seller.e, buyer.e, s, set)
		if typ, ok := underContract(rest[len(v):]); ok {
			r.add(entity.Agreement, seller.e, buyer.e, s, func(rel *article.Relation) { rel.Type = typ; r.quantityIn(s, rel) })
		}
	}
}

// settledPrice reads "A and B settled the July-December price": two
// firms that settle a price agree a deal of supply.
func (r *relater) settledPrice(s *sentence) {
	for k := range s.each(" settled ") {
		rest := s.low[k+len(" settled "):]
		p := strings.Index(rest[:min(len(rest), 40)], "price")
		// "settled the April-September half at an increase of 3,000 yen
		// a tonne": the period priced.
		if p < 0 {
			for _, w := range []string{" half at ", " quarter at ", " year at "} {
				if q := strings.Index(rest[:min(len(rest), 40)], w); q > 0 {
					p = q
				}
			}
		}
		if p < 0 || !hasAnyPrefix(rest, "the ", "a ", "their ", "on ") || strings.ContainsAny(rest[:p], ",;") || s.negated(0, k) {
			continue
		}
		ps := r.partiesBefore(s, k+1)
		if len(ps) != 2 || ps[0].e == ps[1].e {
			continue
		}
		r.add(entity.Agreement, ps[0].e, ps[1].e, s, func(rel *article.Relation) { rel.Type = "supply" })
	}
}

// agreedWithToSetUp reads "A agreed with B to set up V, a 50:50 joint
// venture that will build a line": A and B are partners in V, each with
// half of it when the venture is an equal one.
func (r *relater) agreedWithToSetUp(s *sentence) {
	i := s.find(0, " agreed with ")
	if i < 0 || s.negated(0, i) {
		return
	}
	at := i + len(" agreed with ")
	// ("agreed with Korea's B": the partner's country between.)
	b, ok := r.orgRightAfter(s, at, 12)
	if !ok || strings.ContainsAny(s.low[at:b.a-s.a], ",;") {
		return
	}
	to := prefixOf(s.low[s.past(b):], " to set up ", " to form ", " to establish ", " to create ")
	if to == "" {
		return
	}
	at = s.past(b) + len(to)
	v, ok := r.orgRightAfter(s, at, 0)
	if !ok || v.a != s.at(at) {
		return
	}
	rest := s.low[s.past(v):]
	desc := prefixOf(rest, ", a ", ", an ")
	if desc == "" {
		return
	}
	rest = rest[len(desc):min(len(rest), len(desc)+30)]
	k := strings.Index(rest, "joint venture")
	if k < 0 || strings.ContainsAny(rest[:k], ",;") {
		return
	}
	a, ok := r.subject(s, i)
	if !ok || a.e == b.e || a.e == v.e || b.e == v.e {
		return
	}
	r.add(entity.JointVenture, a.e, b.e, s, nil)
	if eq := rest[:k]; strings.Contains(eq, "50:50") || strings.Contains(eq, "50-50") || strings.Contains(eq, "equal") {
		half := withPercent(decimal.NewFromInt(50))
		r.add(entity.StakeIn, a.e, v.e, s, half)
		r.add(entity.StakeIn, b.e, v.e, s, half)
	}
}

// shippedFromUnder reads "X ships about 12,000 tonnes a year of flake
// graphite from Y in Mozambique to anode plants in Korea, under an
// offtake agreement": the deal is between X and Y. Y is not said to
// sell to X, so no supplier is read.
func (r *relater) shippedFromUnder(s *sentence) {
	for _, v := range []string{" ship ", " ships ", " shipped "} {
		i := s.find(0, v)
		if i < 0 || s.negated(0, i) {
			continue
		}
		_, qe, ok := r.quantityNear(s, i+len(v), 16)
		if !ok {
			continue
		}
		seller, _, ok := r.sellerFrom(s, qe, 1)
		if !ok {
			continue
		}
		u := s.find(s.past(seller), " under ")
		if u < 0 || u-s.past(seller) > 80 || strings.ContainsAny(s.low[s.past(seller):u], ";") {
			continue
		}
		typ, ok := underContract(s.low[u:])
		if !ok {
			continue
		}
		buyer, ok := r.subject(s, i)
		if !ok || buyer.e == seller.e {
			continue
		}
		r.add(entity.Agreement, buyer.e, seller.e, s, func(rel *article.Relation) { rel.Type = typ })
		return
	}
}

// sellerFrom returns the firm named, within gap bytes, after the
// " from " that follows a purchase's quantity ending at qe ("... tonnes a
// year of coal from Y"), and where the words after " from " start.
func (r *relater) sellerFrom(s *sentence, qe, gap int) (ment, int, bool) {
	j := s.find(qe, " from ")
	if j < 0 || j-qe > 60 {
		return ment{}, 0, false
	}
	je := j + len(" from ")
	seller, ok := r.orgRightAfter(s, je, gap)
	return seller, je, ok
}

// orderedFrom reads "X in December ordered four bulk carriers from Y":
// an order placed with a maker is a contract between them.
func (r *relater) orderedFrom(s *sentence) {
	for _, v := range []string{" ordered ", " booked ", " has ordered ", " has booked "} {
		i := s.find(0, v)
		if i < 0 || s.negated(0, i) || hasAnySuffix(s.low[:i], " was", " were", " been", " be", " is", " are") {
			continue
		}
		e := i + len(v)
		// "ordered four 210,000-dwt bulkers from Y", "booked six
		// container ships at Y".
		j, at := s.find(e, " from "), len(" from ")
		if k := s.find(e, " at "); k >= 0 && (j < 0 || k < j) {
			j, at = k, len(" at ")
		}
		if j < 0 || j-e > 80 || strings.Contains(s.low[e:j], ", ") || strings.Contains(s.low[e:j], ";") {
			continue
		}
		// "booked 30,000t of billet from Y" is a cargo bought; "booked
		// six ships at Y" an order at a yard.
		if strings.HasSuffix(v, "booked ") && at != len(" at ") {
			continue
		}
		maker, ok := r.orgRightAfter(s, j+at, 1)
		if !ok {
			continue
		}
		buyer, ok := r.subject(s, i+1)
		if !ok || buyer.e == maker.e {
			continue
		}
		r.add(entity.Agreement, buyer.e, maker.e, s, func(rel *article.Relation) { rel.Type = "contract" })
		return
	}
}

// underContract reports whether a purchase's terms name its deal, and
// the type the deal's noun implies: "under a separate long-term
// contract" a contract, "under an offtake agreement" an offtake, "under
// an agreement" none.
func underContract(t string) (string, bool) {
	k := strings.Index(t, " under ")
	if k < 0 || k > 60 {
		return "", false
	}
	t = t[k+len(" under "):]
	if e := strings.IndexAny(t, ",;."); e >= 0 {
		t = t[:e]
	}
	switch {
	case len(t) > 50:
	case strings.Contains(t, "offtake"):
		return "offtake", true
	case strings.Contains(t, "supply"):
		return "supply", true
	case strings.Contains(t, "contract"):
		return "contract", true
	case strings.Contains(t, "agreement"):
		return "", true
	}
	return "", false
}

// willBuyCues buy goods yet to come, read only with the firm whose goods
// they are: "will buy up to 5 million tonnes a year of KEL's coal".
var willBuyCues = newCues("will buy ", "will also buy ", "will purchase ", "to buy ", "will continue to buy ", "continues to buy ", "will continue to purchase ")

// willBuyOf reads "X will buy up to 5 Mt a year of Y's coal (under an
// offtake agreement)": Y supplies X.
func (r *relater) willBuyOf(s *sentence) {
	i, e, ok := s.cue(0, willBuyCues)
	if !ok || s.negated(0, i) {
		return
	}
	qi, qe, ok := r.quantityNear(s, e, 16)
	if !ok {
		return
	}
	if r.ofSellers(s, i, qe, func(rel *article.Relation) { rel.Quantity, rel.HasQuantity = qi, true }) {
		return
	}
	// "X will buy 150,000 dmt a year from Y under a five-year contract":
	// a purchase deal between them; a supplier only where the text says
	// Y sells or delivers, which the rules of selling read. ("Agreed to
	// buy ... from" is read with the deals agreed.)
	typ, under := s.underContract()
	if !under || strings.HasSuffix(s.low[:i], " agreed") || strings.HasSuffix(s.low[:i], " agrees") {
		return
	}
	seller, _, ok := r.sellerFrom(s, qe, 40)
	if !ok {
		return
	}
	buyer, ok := r.subject(s, i)
	if !ok || buyer.e == seller.e {
		return
	}
	r.add(entity.Agreement, buyer.e, seller.e, s, func(rel *article.Relation) { rel.Type = typ; r.quantityIn(s, rel) })
	// "will continue to buy up to 350 kt a year from Y under a
	// contract": purchases going on now, so Y supplies the buyer.
	if strings.Contains(s.low[i:e], "continue") {
		r.add(entity.SupplierOf, seller.e, buyer.e, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
	}
}

// ofSellers reads the firm whose goods a quantity ending at qe is of,
// "... tonnes a year of KEL's coal", as the seller to the subject of the
// verb at i, and the deal the sentence names as theirs.
func (r *relater) ofSellers(s *sentence, i, qe int, set func(*article.Relation)) bool {
	if !strings.HasPrefix(s.low[qe:], " of ") {
		return false
	}
	return r.possessiveSeller(s, i, qe+len(" of "), set)
}

// possessiveSeller reads the firm named in its possessive at offset at,
// whose goods the subject of the verb at i buys ("of KEL's coal", "half
// of Y's concentrate"): it supplies the subject, and the deal the
// sentence names is between them. It reports whether such a firm is
// named there.
func (r *relater) possessiveSeller(s *sentence, i, at int, set func(*article.Relation)) bool {
	seller, ok := r.orgRightAfter(s, at, 1)
	if !ok || !r.possessive(s, seller) {
		return false
	}
	buyer, ok := r.subject(s, i)
	if !ok || buyer.e == seller.e {
		return true
	}
	r.add(entity.SupplierOf, seller.e, buyer.e, s, set)
	if typ, under := s.underContract(); under {
		r.add(entity.Agreement, buyer.e, seller.e, s, func(rel *article.Relation) { rel.Type = typ })
	}
	return true
}

// buysShareOf reads "X buys half of Y's concentrate (under an offtake
// agreement)", from the verb at i that ends at e: Y supplies X, and the
// deal the sentence names is between them.
func (r *relater) buysShareOf(s *sentence, i, e int) bool {
	t := s.low[e:]
	n := 0
	for _, p := range []string{"half of ", "most of ", "all of ", "part of ", "some of ", "much of ", "the bulk of ", "a third of ", "a quarter of "} {
		if strings.HasPrefix(t, p) {
			n = len(p)
			break
		}
	}
	if n == 0 {
		return false
	}
	return r.possessiveSeller(s, i, e+n, nil)
}

// itsShareOf returns the length of "most of its ", "all of its " or
// "its " that opens t, the words after a verb of buying that say the
// buyer's own needs are bought; or 0.
func itsShareOf(t string) int {
	for _, p := range []string{"most of its ", "all of its ", "much of its ", "some of its ", "part of its ", "half of its ", "its "} {
		if strings.HasPrefix(t, p) {
			return len(p)
		}
	}
	return 0
}

// tradeVerbs follow "agreed to" in a deal to trade material, each with
// whether its subject sells.
var tradeVerbs = []struct {
	verb  string
	sells bool
}{
	{"buy ", false}, {"purchase ", false}, {"take ", false}, {"import ", false}, {"source ", false}, {"procure ", false},
	{"sell ", true}, {"supply ", true}, {"deliver ", true}, {"ship ", true}, {"resell ", true}, {"export ", true},
}

// agreedTradeCues open a deal stated by its verb.
var agreedTradeCues = newCues("agreed ", "agrees ", "agree ")

// agreedTrade reads a deal to trade an amount of material stated by its
// verb alone: "X agreed to buy 12,000 tonnes of carbonate a year from Y"
// and "X agreed to sell up to 600,000 t of sugar a year to Y" are an
// agreement between X and Y, and Y (or X) supplies the other. A stake
// ("agreed to buy 20% of Y") is no trade: the verb must be followed by
// a quantity of material.
func (r *relater) agreedTrade(s *sentence) {
	i, e, ok := s.cue(0, agreedTradeCues)
	if !ok || s.negated(0, i) {
		return
	}
	// A few words may stand between: "agreed this week to sell".
	rest := s.low[e:min(len(s.low), e+30)]
	t := strings.Index(rest, "to ")
	if t < 0 || strings.ContainsAny(rest[:t], ",;.") {
		return
	}
	e += t + len("to ")
	sells := false
	found := false
	for _, v := range tradeVerbs {
		if strings.HasPrefix(s.low[e:], v.verb) {
			sells, found = v.sells, true
			e += len(v.verb)
			break
		}
	}
	if !found {
		return
	}
	// The other party: "from Y" for a buyer, "to Y" for a seller, after
	// the quantity and what it is of.
	prep := " from "
	if sells {
		prep = " to "
	}
	qi, qe, ok := r.quantityNear(s, e, 24)
	if !ok {
		// "X agreed to buy rare earth oxide from Y": a deal for a
		// material, its amount untold; a deal, and no supply the verb
		// states.
		m, ok := r.materialThen(s, e, prep)
		if !ok {
			return
		}
		other, ok := r.orgRightAfter(s, m+len(prep), 40)
		// (Not "from a unit of Y": a party the text does not name.)
		if !ok || strings.Contains(s.low[m:other.a-s.a], " of ") {
			return
		}
		subj, ok := r.dealSubject(s, i)
		if !ok {
			return
		}
		parties := []ment{subj}
		// "A and B have agreed to buy ... from Y": each is a party.
		if strings.HasSuffix(s.low[:i], " have ") {
			if ps := r.partiesBefore(s, i); len(ps) >= 2 {
				parties = ps
			}
		}
		for _, p := range parties {
			if p.e != other.e {
				r.add(entity.Agreement, p.e, other.e, s, func(rel *article.Relation) { rel.Type = "supply" })
			}
		}
		return
	}
	j := s.find(qe, prep)
	if j < 0 || j-qe > 90 {
		return
	}
	je := j + len(prep)
	other, ok := r.orgRightAfter(s, je, 40)
	if !ok {
		return
	}
	subj, ok := r.dealSubject(s, i)
	if !ok || subj.e == other.e {
		return
	}
	set := func(rel *article.Relation) { rel.Quantity, rel.HasQuantity = qi, true }
	setDeal := func(rel *article.Relation) { rel.Type = "supply"; rel.Quantity, rel.HasQuantity = qi, true }
	r.add(entity.Agreement, subj.e, other.e, s, setDeal)
	if sells {
		r.add(entity.SupplierOf, subj.e, other.e, s, set)
	} else {
		r.add(entity.SupplierOf, other.e, subj.e, s, set)
	}
}

// dealSubject is subject, or a state body that opens the sentence as its
// subject with no firm between it and offset i: "The Department of
// Defense agreed to buy ...".
func (r *relater) dealSubject(s *sentence, i int) (ment, bool) {
	// "..., while the Department of Defense (DoD) separately agreed to
	// buy": the body right before the verb, a word or two between.
	at := s.at(i)
	k := sort.Search(len(s.ms), func(k int) bool { return s.ms[k].b > at }) - 1
	if k > 0 && s.ms[k].e == s.ms[k-1].e && strings.HasSuffix(s.low[:s.ms[k].a-s.a], "(") {
		k-- // "the Department of Defense (DoD)"
	}
	if k >= 0 && r.kindOf(s.ms[k]) == entity.KindGovernment {
		if p := s.past(s.ms[k]); p <= i && !strings.ContainsAny(s.low[p:i], ",;") && strings.Count(s.low[p:i], " ") <= 3 {
			if before := s.low[:s.ms[k].a-s.a]; before == "" || before == "the " || strings.HasSuffix(before, "while the ") || strings.HasSuffix(before, "whereas the ") || strings.HasSuffix(before, ", and the ") {
				return s.ms[k], true
			}
		}
	}
	if m, ok := r.subject(s, i); ok {
		return m, true
	}
	// "The agreement is Hanul's second ... In June 2025 it agreed to
	// buy": "it" is the firm the sentence before opens with.
	if before := strings.TrimRight(s.low[:i], " "); (before == "it" || strings.HasSuffix(before, " it")) && s.prev != nil && !strings.ContainsAny(before, ",;") {
		if m, ok := r.firstOrg(s.prev, len(s.prev.low)); ok {
			return m, true
		}
	}
	if len(s.ms) == 0 || s.ms[0].b > s.at(i) || r.kindOf(s.ms[0]) != entity.KindGovernment {
		return ment{}, false
	}
	if lead := s.low[:s.ms[0].a-s.a]; lead != "" && lead != "the " {
		return ment{}, false
	}
	if strings.ContainsAny(s.low[s.past(s.ms[0]):i], ",;") {
		return ment{}, false
	}
	return s.ms[0], true
}

// materialThen returns where prep stands after the words of a material
// that run from sentence-relative offset e: "rare earth oxide" in
// "agreed to buy rare earth oxide from Y". The words are few, name no
// party and hold a commodity's name.
func (r *relater) materialThen(s *sentence, e int, prep string) (int, bool) {
	j := s.find(e, prep)
	if j < 0 || j-e > 48 || strings.ContainsAny(s.low[e:j], ",;()") {
		return 0, false
	}
	if ms := s.from(e); len(ms) > 0 && ms[0].a < s.at(j) {
		return 0, false
	}
	var buf [8]string
	ws := appendFields(buf[:0], s.low[e:j])
	if len(ws) == 0 || len(ws) > 6 {
		return 0, false
	}
	// The words end with the material's name or a word for goods: not
	// "its nickel unit", a company.
	for k := range ws {
		if _, n, ok := commodity.Match(ws[k:]); ok && (k+n == len(ws) || goodsWords[ws[len(ws)-1]] || materialForms[ws[len(ws)-1]]) {
			return j, true
		}
	}
	return 0, false
}

// goodsBefore reports whether the words that end low, after its last
// comma, name a material: "Nitrile butadiene latex", not "The shares".
func goodsBefore(low string) bool {
	if c := strings.LastIndexAny(low, ",;("); c >= 0 {
		low = low[c+1:]
	}
	var buf [8]string
	ws := appendFields(buf[:0], low[max(0, len(low)-60):])
	if len(ws) == 0 {
		return false
	}
	if len(ws) > 6 {
		ws = ws[len(ws)-6:]
	}
	for k := range ws {
		if _, n, ok := commodity.Match(ws[k:]); ok && (k+n == len(ws) || goodsWords[ws[len(ws)-1]] || materialForms[ws[len(ws)-1]]) {
			return true
		}
	}
	// ("Nitrile butadiene latex": goods the catalogue has no name for;
	// not a firm's shares or its assets.)
	return !notGoods[ws[len(ws)-1]] && !assetWords[ws[len(ws)-1]]
}

// notGoods are the things bought that are no goods: shares, stakes,
// firms.
var notGoods = wordSet("shares", "share", "stake", "stakes", "interest", "interests", "holding", "holdings", "shareholding", "equity",
	"assets", "asset", "business", "businesses", "unit", "units", "company", "companies", "firm", "firms", "bonds", "notes", "ships", "vessels", "licence", "license", "rights")

// materialForms are the words for the form a material is sold in that
// may end its name: "rare earth oxide", "graphite concentrate".
var materialForms = wordSet("oxide", "oxides", "concentrate", "concentrates", "carbonate", "hydroxide", "sulphate", "sulfate", "powder", "pellets", "fines", "lump", "cathode", "cathodes", "ingots", "billet", "billets", "slab", "slabs", "cargoes")

// quantityNear returns the index of the article's quantity that starts
// within gap bytes after sentence-relative offset i, and the
// sentence-relative offset where it ends. Quantities are in text order,
// so it is found by binary search.
func (r *relater) quantityNear(s *sentence, i, gap int) (int, int, bool) {
	from, _ := r.d.v.span(s.at(i), s.at(i))
	to, _ := r.d.v.span(s.at(min(i+gap, len(s.low))), s.at(min(i+gap, len(s.low))))
	qs := r.a.Quantities
	k := sort.Search(len(qs), func(k int) bool { return qs[k].Span.Start >= from })
	if k == len(qs) || qs[k].Span.Start > to {
		return 0, 0, false
	}
	end := r.d.v.viewOf(qs[k].Span.End) - s.a
	if end <= i || end > len(s.low) {
		return 0, 0, false
	}
	return k, end, true
}

// underWhich reads the other party of an agreement named in a clause
// after it, from sentence-relative offset i right after the noun: "an
// agreement under which Y will supply ... to its yards". When that
// clause has Y supply, deliver, ship or sell "to its" facilities, Y
// supplies the party that signed.
func (r *relater) underWhich(s *sentence, i int, party ment) (ment, bool) {
	j := s.find(i, "under which ")
	if j < 0 || j-i > 2 {
		return ment{}, false
	}
	other, ok := r.orgRightAfter(s, j+len("under which "), 40)
	if !ok || other.e == party.e {
		return ment{}, false
	}
	clause := s.low[other.b-s.a : min(len(s.low), other.b-s.a+160)]
	if c := strings.IndexAny(clause, ";"); c >= 0 {
		clause = clause[:c]
	}
	for _, v := range []string{" supply ", " deliver ", " ship ", " sell "} {
		k := strings.Index(clause, v)
		if k < 0 || k > 40 {
			continue
		}
		if t := strings.Index(clause[k:], " to its "); t >= 0 && len(r.orgsIn(s, other.b-s.a, other.b-s.a+k+t)) == 0 {
			r.add(entity.SupplierOf, other.e, party.e, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
		}
		break
	}
	return other, true
}

// underWhichSale reads the parties of an agreement its sentence names
// in a clause right after its noun, which ends at sentence-relative
// offset i: "an offtake agreement under which X will ship up to 6 Mt a
// year to Y".
func (r *relater) underWhichSale(s *sentence, i int) (seller, buyer ment, ok bool) {
	// "an offtake under which", "an offtake agreement under which".
	j := s.find(i, " under which ")
	if j < 0 || j-i > len(" agreement") || strings.ContainsAny(s.low[i:j], ",;()") {
		return ment{}, ment{}, false
	}
	seller, ok = r.orgRightAfter(s, j+len(" under which "), 4)
	if !ok {
		return ment{}, ment{}, false
	}
	buyer, ok = r.soldToAfter(s, seller.b-s.a, 4, seller.e)
	// "under which the Company will supply Y with up to 1 Mt of ore".
	if !ok {
		if v := prefixOf(s.low[s.past(seller):], " will supply ", " shall supply ", " would supply ", " is to supply "); v != "" {
			if b, found := r.orgRightAfter(s, s.past(seller)+len(v), 0); found && b.e != seller.e && strings.HasPrefix(s.low[s.past(b):], " with ") {
				buyer, ok = b, true
			}
		}
	}
	return seller, buyer, ok
}

// underTheNoun reads "under the largest contract, " at the start of t, a
// sentence in lower case, with at most two words before the noun, and
// returns where the clause after the comma starts.
func underTheNoun(t string) (int, bool) {
	if !strings.HasPrefix(t, "under the ") {
		return 0, false
	}
	c := strings.Index(t, ", ")
	if c < 0 || c > 50 {
		return 0, false
	}
	words := strings.Fields(t[len("under the "):c])
	if len(words) < 2 || len(words) > 3 {
		return 0, false
	}
	switch words[len(words)-1] {
	case "contract", "deal", "agreement", "offtake", "contracts", "deals", "agreements":
		return c + len(", "), true
	}
	return 0, false
}

// soldToAfter returns the firm, other than entity not, that a verb of
// selling within 30 bytes after sentence-relative offset i delivers to,
// named within gap bytes after a "to": "will deliver 180,000 tonnes of
// rice to Manila importer Y".
func (r *relater) soldToAfter(s *sentence, i, gap, not int) (ment, bool) {
	clause := s.low[i:min(len(s.low), i+160)]
	if c := strings.IndexByte(clause, ';'); c >= 0 {
		clause = clause[:c]
	}
	for _, v := range []string{" supply ", " deliver ", " ship ", " sell ", " export "} {
		k := strings.Index(clause, v)
		if k < 0 || k > 30 {
			continue
		}
		// "ship up to 6 Mt ... to Y": the first "to" that a firm
		// (other than the entity not) follows within gap bytes.
		for t := k; ; {
			n := strings.Index(clause[t:], " to ")
			if n < 0 {
				break
			}
			t += n + len(" to ")
			if buyer, ok := r.buyerRightAfter(s, i+t, gap); ok && buyer.e != not {
				return buyer, true
			}
		}
		break
	}
	return ment{}, false
}

// anotherDealWith reads "A second contract, with Indonesian distributor
// Y, covers 120,000 tonnes": a further deal of the company the sentences
// before speak of, with Y.
func (r *relater) anotherDealWith(s *sentence) {
	var k int
	for _, p := range []string{"a second ", "a third ", "another ", "a separate ", "a further ", "the second ", "the third ", "the other "} {
		if strings.HasPrefix(s.low, p) {
			k = len(p)
			break
		}
	}
	if k == 0 {
		return
	}
	n := strings.Index(s.low[k:min(len(s.low), k+30)], ", with ")
	if n < 0 {
		return
	}
	switch w := strings.TrimSpace(s.low[k : k+n]); w {
	case "contract", "deal", "agreement", "supply contract", "supply deal", "supply agreement", "offtake", "offtake agreement":
	default:
		return
	}
	other, ok := r.buyerRightAfter(s, k+n+len(", with "), 40)
	if !ok || s.negated(0, len(s.low)) {
		return
	}
	// The party of the deal the sentence before told, which signed the
	// first; no other is guessed.
	var party int
	switch {
	case s.prev != nil && r.dealEnd > 0 && s.prev.b == r.dealEnd:
		party = r.deal[0]
		// (The deal's party that is the announcement's issuer, who made
		// both.)
		if is := r.theIssuer(); is >= 0 && r.deal[1] == is {
			party = is
		}
	case s.prev != nil && r.signerEnd > 0 && s.prev.b == r.signerEnd:
		party = r.signer.e
	case strings.HasPrefix(s.low, "the "):
		// "The second agreement, with Y, covers ...": one of the deals
		// an announcement's issuer told of.
		if party = r.theIssuer(); party < 0 {
			return
		}
	default:
		return
	}
	if party != other.e {
		r.add(entity.Agreement, party, other.e, s, nil)
	}
}

// itSellsTo reads the supply of a deal its signer makes, from offset i
// after the other party: "signed a contract with Y, under which it will
// sell 5 Mt of coal a year to Y", "signed an MOU with Y, under which X
// would deliver up to 500,000 pounds a year to the utility" (Y, when the
// buyer is only described).
// signedToSupply reads "signed an agreement with Y in July to deliver
// up to 45,000 tonnes of MHP a year": the signer supplies Y.
func (r *relater) signedToSupply(s *sentence, signer, other ment) {
	at := s.past(other)
	at += skipBrackets(s.low[at:])
	rest := s.low[at:]
	// A time between: " in July", " on Monday", " last week".
	for _, p := range []string{" in ", " on ", " last "} {
		if strings.HasPrefix(rest, p) {
			w := rest[len(p):]
			if k := strings.IndexByte(w, ' '); k > 0 && k < 12 {
				rest = w[k:]
			}
			break
		}
	}
	if hasAnyPrefix(rest, " to supply ", " to deliver ", " to sell ", " to ship ") && signer.e != other.e && !s.negated(0, at) {
		r.add(entity.SupplierOf, signer.e, other.e, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
	}
}

func (r *relater) itSellsTo(s *sentence, i int, signer, other ment) {
	// "a contract with Y, a mid-sized producer in Minas Gerais, which
	// will deliver 1.2 million tonnes a year": the other party sells to
	// the signer (past its apposition).
	w := i
	if hasAnyPrefix(s.low[i:], ", a ", ", an ", ", the ") {
		if c := strings.Index(s.low[i+2:min(len(s.low), i+100)], ", "); c > 0 && !strings.ContainsAny(s.low[i+2:i+2+c], ";()") {
			w = i + 2 + c
		}
	}
	if v := prefixOf(s.low[w:], ", which will deliver ", ", which will supply ", ", which will ship ", ", which will sell ", ", which is to supply "); v != "" && !s.negated(0, w) && signer.e != other.e {
		rest := s.low[w+len(v) : min(len(s.low), w+len(v)+80)]
		buyerNamed := false
		for t := 0; ; {
			k := strings.Index(rest[t:], " to ")
			if k < 0 {
				break
			}
			t += k + len(" to ")
			if strings.HasSuffix(" "+rest[:t-len(" to ")], " up") {
				continue // "up to 3,600 tonnes": a bound
			}
			if b, ok := r.orgRightAfter(s, w+len(v)+t, 0); ok && b.e != signer.e {
				buyerNamed = true
			}
			break
		}
		if !buyerNamed {
			r.add(entity.SupplierOf, other.e, signer.e, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
			return
		}
	}
	j := s.find(i, " under which ")
	// "with Y, a subsidiary of state-owned Z, under which": an
	// apposition of the other party may stand between.
	appos := strings.HasPrefix(s.low[i:], ", a ") || strings.HasPrefix(s.low[i:], ", an ") || strings.HasPrefix(s.low[i:], ", the ")
	if j < 0 || j-i > 40 && !(appos && j-i <= 100 && strings.Count(s.low[i:j], ",") == 2) {
		return
	}
	// "an MOU with Y under which they would take up to 1.5 Mtpa": the
	// other party buys, the signer sells.
	if rest := s.low[j+len(" under which "):]; !s.negated(0, j) {
		at := -1
		if strings.HasPrefix(rest, "they ") {
			at = len("they")
		} else if m, ok := r.orgRightAfter(s, j+len(" under which "), 1); ok && m.e == other.e {
			at = s.past(m) - (j + len(" under which "))
		}
		if at >= 0 && hasAnyPrefix(rest[at:], " would take ", " will take ", " would buy ", " will buy ", " would purchase ", " will purchase ", " are to take ", " is to take ", " would offtake ", " will offtake ") && signer.e != other.e {
			r.add(entity.SupplierOf, signer.e, other.e, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
			return
		}
	}
	// The seller: "it", or the signer named again; or the other party,
	// which then sells to the signer ("under which Y will supply ... to
	// the Company").
	swapped := false
	if rest := s.low[j+len(" under which "):]; !strings.HasPrefix(rest, "it ") {
		m, ok := r.orgRightAfter(s, j+len(" under which "), 1)
		switch {
		case !ok && sellerWord(rest):
			// "with Indonesia's PT X, under which the miner will
			// supply": the party named with it.
			signer, other, swapped = other, signer, true
		case !ok:
			return
		case m.e == other.e:
			signer, other, swapped = other, signer, true
		case m.e != signer.e:
			return
		}
	}
	clause := s.low[j:min(len(s.low), j+60)]
	v := -1
	for _, w := range []string{" sell ", " supply ", " deliver ", " ship "} {
		if k := strings.Index(clause, w); k >= 0 && (v < 0 || k < v) {
			v = k + len(w)
		}
	}
	if v < 0 || s.negated(0, j) {
		return
	}
	from := j + v
	// The quantity the clause sells, not one of the sentence before it.
	verbEnd := from
	sold := func(rel *article.Relation) {
		if q, _, ok := r.quantityNear(s, verbEnd, 60); ok {
			rel.Quantity, rel.HasQuantity = q, true
			return
		}
		r.quantityIn(s, rel)
	}
	tried := false // a "to" read that named no buyer
	for n := 0; n < 3; n++ {
		t, te, ok := s.cue(from, toCue)
		if ok && strings.HasSuffix(s.low[:t], " up") {
			// "up to 30,000 tonnes": a bound, no buyer.
			from = te
			continue
		}
		if !ok || t-(j+v) >= 90 {
			// "under which the miner will supply 2 Mt a year through
			// 2030", "under which it will deliver up to 30,000 tonnes a
			// year from its refinery": to the other party of the deal.
			if !ok && (swapped || !tried && r.hasQuantity(s)) {
				r.add(entity.SupplierOf, signer.e, other.e, s, sold)
			}
			return
		}
		buyer, ok := r.buyerRightAfter(s, te, 30)
		if near := s.low[te:min(len(s.low), te+30)]; (!ok || buyer.e == signer.e) && strings.HasPrefix(near, "the ") && !strings.Contains(near, ", ") && !strings.Contains(near, ";") {
			// "to the utility", "to the company's plant": the other
			// party of the deal (the seller sells to no "the company"
			// that is itself).
			buyer, ok = other, true
		}
		if ok {
			if buyer.e != signer.e {
				r.add(entity.SupplierOf, signer.e, buyer.e, s, sold)
			}
			return
		}
		from, tried = te, true
	}
}

// theSellerIs reads "The seller is X" after a sentence that tells of a
// purchase of a tonnage with no seller named: "Y has agreed to buy 1.2
// mtpa of LNG for 20 years from a planned plant. The seller is X, a unit
// of Z." X supplies Y, under an agreement when the sentence before
// speaks of one. A stake sold is no supply.
func (r *relater) theSellerIs(s *sentence) {
	var rest string
	for _, p := range []string{"the seller is ", "the supplier is ", "the seller will be ", "the supplier will be "} {
		if strings.HasPrefix(s.low, p) {
			rest = p
			break
		}
	}
	p := s.prev
	if rest == "" || p == nil {
		return
	}
	seller, ok := r.orgRightAfter(s, len(rest), 30)
	if !ok {
		return
	}
	buy := false
	for _, v := range []string{"to buy ", "to purchase ", "will buy ", "will purchase ", "to import "} {
		if strings.Contains(p.low, v) {
			buy = true
			break
		}
	}
	if !buy || strings.Contains(p.low, " stake") || strings.Contains(p.low, " shares") || !r.hasQuantity(p) {
		return
	}
	buyer, ok := r.frontedSubject(p)
	if !ok {
		buyer, ok = r.firstOrg(p, len(p.low))
	}
	if !ok || buyer.e == seller.e {
		return
	}
	r.add(entity.SupplierOf, seller.e, buyer.e, s, func(rel *article.Relation) { r.quantityIn(p, rel) })
	for _, w := range []string{"agreed", "deal", "contract", "signed", "agreement"} {
		if strings.Contains(p.low, w) {
			r.add(entity.Agreement, buyer.e, seller.e, s, func(rel *article.Relation) { r.quantityIn(p, rel) })
			break
		}
	}
}

// hasQuantity reports whether a quantity of the article lies in s.
func (r *relater) hasQuantity(s *sentence) bool {
	var rel article.Relation
	r.quantityIn(s, &rel)
	return rel.HasQuantity
}

// sellerWord reports whether t opens with "the" and a word for a firm
// that sells: "the miner will supply", "the producer will deliver".
func sellerWord(t string) bool {
	for _, w := range []string{"the miner ", "the producer ", "the supplier ", "the seller ", "the exporter ", "the refiner ", "the smelter ", "the trader "} {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// pairWords stand for the two parties of the deal just told.
var pairWords = newCues("the two companies", "both companies", "the two firms", "the two groups", "the companies")

// dealVenture reads a joint venture of the two parties of the agreement
// the sentence before told of: "Hokushin signed an agreement with
// Sagami. Under it, the two companies will establish a joint venture".
func (r *relater) dealVenture(s *sentence) {
	pair, ok := r.prevPair(s)
	if !ok {
		return
	}
	i, _, ok := s.cue(0, pairWords)
	if !ok && pairAt(s.low) {
		// "The two set up X, a Singapore-based joint venture".
		i, ok = 0, true
	}
	if !ok || s.negated(0, i) {
		return
	}
	if j := s.find(i, "joint venture"); j >= 0 && j-i <= 80 || r.pairSetsUp(s) {
		r.add(entity.JointVenture, pair[0], pair[1], s, nil)
	}
}

// setUpVerbs, after the words for a pair of firms, say the two formed
// the company named next.
var setUpVerbs = []string{"set up ", "have set up ", "will set up ", "formed ", "will form ", "established ", "will establish ", "created ", "launched "}

// pairSetsUp reports "The two set up X", "The two companies formed X":
// the pair of the sentence before forms a company named right after the
// verb, which makes them partners.
func (r *relater) pairSetsUp(s *sentence) bool {
	k := pairOpener(s.low)
	if k == 0 {
		return false
	}
	if strings.HasPrefix(s.low[k:], "also ") {
		k += len("also ")
	}
	for _, v := range setUpVerbs {
		if strings.HasPrefix(s.low[k:], v) {
			_, ok := r.orgRightAfter(s, k+len(v), 1)
			return ok
		}
	}
	return false
}

// underTheDealCues open a sentence that tells the terms of the deal the
// sentence before named.
var underTheDealCues = newCues("under the contract, ", "under the deal, ", "under the agreement, ", "under the offtake, ")

// underTheDeal reads "X signed a three-year contract to import pellets.
// Under the contract, Y will supply 2.4 Mt a year to ...": Y is X's
// other party.
func (r *relater) underTheDeal(s *sentence) {
	if r.signerEnd == 0 || s.prev == nil || s.prev.b != r.signerEnd {
		return
	}
	i, e, ok := s.cue(0, underTheDealCues)
	if !ok || i != 0 {
		// "Under the largest contract, ": a word or two before the noun.
		e, ok = underTheNoun(s.low)
		if !ok {
			return
		}
	}
	other, ok := r.orgRightAfter(s, e, 40)
	if !ok && (strings.HasPrefix(s.low[e:], "the ") || strings.HasPrefix(s.low[e:], "it ")) {
		// "Under the largest contract, the Can Tho-based company will
		// deliver ...": the signer, described.
		other, ok = r.signer, true
		if buyer, found := r.soldToAfter(s, e, 30, other.e); found {
			r.add(entity.Agreement, other.e, buyer.e, s, nil)
			r.add(entity.SupplierOf, other.e, buyer.e, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
		}
		return
	}
	if ok && other.e == r.signer.e {
		// "Under the largest contract, the company will deliver 180,000
		// tonnes to Y": the signer sells, to the party named after.
		if buyer, found := r.soldToAfter(s, other.b-s.a, 30, other.e); found {
			r.add(entity.Agreement, other.e, buyer.e, s, nil)
			r.add(entity.SupplierOf, other.e, buyer.e, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
		}
		return
	}
	if !ok {
		return
	}
	r.add(entity.Agreement, r.signer.e, other.e, s, nil)
	// "... Y will supply 2.4 Mt a year to the Vietnamese steelmaker":
	// the signer is the buyer the text speaks of.
	clause := s.low[other.b-s.a : min(len(s.low), other.b-s.a+160)]
	for _, v := range []string{" supply ", " deliver ", " ship ", " sell "} {
		k := strings.Index(clause, v)
		if k < 0 || k > 30 {
			continue
		}
		t := strings.Index(clause[k:], " to the ")
		if t < 0 {
			break
		}
		at := other.b - s.a + k + t + len(" to ")
		if buyer, ok := r.orgRightAfter(s, at, 4); ok && buyer.e != r.signer.e {
			break // another buyer named
		}
		r.add(entity.SupplierOf, other.e, r.signer.e, s, nil)
		break
	}
}

// dealPartySupplies reads a supply told after the deal it is made under,
// with no buyer named: "X signed an offtake agreement with Y. Under the
// deal, Y will supply the hydroxide from its refinery": Y supplies X,
// the other party of the deal the sentence before read.
func (r *relater) dealPartySupplies(s *sentence) {
	if s.prev == nil || r.dealEnd <= 0 || s.prev.b != r.dealEnd {
		return
	}
	i, e, ok := s.cue(0, underTheDealCues)
	if !ok || i != 0 || s.negated(0, len(s.low)) {
		return
	}
	seller, ok := r.orgRightAfter(s, e, 40)
	if !ok {
		return
	}
	var buyer int
	switch seller.e {
	case r.deal[0]:
		buyer = r.deal[1]
	case r.deal[1]:
		buyer = r.deal[0]
	default:
		return
	}
	after := s.past(seller)
	rest := s.low[after:min(len(s.low), after+40)]
	found := false
	for _, v := range []string{" will supply ", " will deliver ", " will ship ", " will sell ", " supplies ", " delivers ", " is to supply ", " would supply ", " would deliver ", " shall supply ", " shall deliver ", " shall sell "} {
		if j := strings.Index(rest, v); j >= 0 && !strings.ContainsAny(rest[:j], ",;") {
			found = true
			break
		}
	}
	if !found {
		return
	}
	// Another buyer named after the seller is read by the rules of
	// selling to a named firm.
	for _, m := range r.orgsIn(s, after, len(s.low)) {
		if m.e != seller.e {
			return
		}
	}
	r.add(entity.SupplierOf, seller.e, buyer, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
}

// buysItsCues say that the company before them buys the output of the
// company the sentence is about.
var buysItsCues = newCues(", which buys all of its ", ", which buys most of its ", ", which takes all of its ",
	", which takes most of its ", ", which buys its ", ", which takes its ")

// buysIts reads "X is owned 58% by A and 20% by B, which buys all of its
// matte": B buys X's output, so X supplies B.
func (r *relater) buysIts(s *sentence) {
	i, _, ok := s.cue(0, buysItsCues)
	if !ok || s.negated(0, i) {
		return
	}
	buyer, ok := r.orgRightBefore(s, s.beforeBrackets(i), 3)
	if !ok {
		return
	}
	seller, ok := r.firstOrg(s, len(s.low))
	if !ok || seller.e == buyer.e || seller.a >= buyer.a {
		return
	}
	r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
}

// soldByCues say who sells, in the passive, before the buyer: "The
// cargoes will be sold by X to Y".
var soldByCues = []string{" sold by ", " supplied by ", " delivered by ", " shipped by "}

// soldBy reads a sale in the passive: "sold by X to Y", "supplied by X to
// Y". X supplies Y.
func (r *relater) soldBy(s *sentence) {
	for _, c := range soldByCues {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		seller, ok := r.orgRightAfter(s, i+len(c), 30)
		if !ok {
			continue
		}
		j := s.past(seller)
		if !strings.HasPrefix(s.low[j:], " to ") {
			continue
		}
		buyer, ok := r.buyerRightAfter(s, j+len(" to "), 30)
		if ok && buyer.e != seller.e {
			r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
		}
	}
}

// customerCues name the buyers of the firm whose possessive stands before
// them: "Its main customers include X", "X's clients include A and B".
var customerCues = []string{"customers include ", "customers included ", "customers including ", "customers are ", "clients include ", "clients are ", "buyers include ", "buyers are ",
	"customer is ", "client is ", "buyer is "}

// customerAdjectives may stand between the possessive and the noun.
var customerAdjectives = []string{"main ", "major ", "key ", "largest ", "biggest ", "other ", "top ", "domestic ", "overseas ", "export ", "regular ", "only ", "single ", "sole "}

// customersInclude reads "Its main customers include shipbuilder X, to
// which it sells ..." and "X's customers are A and B": the firm supplies
// each buyer named in the list.
func (r *relater) customersInclude(s *sentence) {
	// Every cue holds one of these: most sentences that name buyers hold
	// neither.
	if !strings.Contains(s.low, "includ") && !strings.Contains(s.low, " are ") && !strings.Contains(s.low, " is ") {
		return
	}
	for _, c := range customerCues {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		b := i
		for again := true; again; {
			again = false
			for _, a := range customerAdjectives {
				if strings.HasSuffix(s.low[:b], a) {
					b -= len(a)
					again = true
				}
			}
		}
		var seller ment
		ok := false
		switch {
		case s.low[:b] == "its ":
			seller, ok = r.antecedent(s)
		case strings.HasSuffix(s.low[:b], "our ") && (b == len("our ") || s.low[b-len("our ")-1] == ' '):
			// "Our biggest customer is Y", in an interview's answer:
			// "our" is a mention of the speaker's company.
			for _, m := range s.ms {
				if m.a == s.at(b-len("our ")) && r.isOrg(m) {
					seller, ok = m, true
				}
			}
		case strings.HasSuffix(s.low[:b], " its ") && !strings.HasSuffix(s.low[:b], " none of its "):
			// "X said its customers include".
			seller, ok = r.subject(s, b-len("its "))
		case strings.HasSuffix(s.low[:b], "'s "):
			seller, ok = r.orgRightBefore(s, b-len("'s "), 1)
		case strings.HasSuffix(s.low[:b], "' "):
			seller, ok = r.orgRightBefore(s, b-len("' "), 1)
		case strings.HasSuffix(s.low[:b], ", whose "):
			// "X, whose customers include A and B".
			seller, ok = r.orgRightBefore(s, s.beforeBrackets(b-len(", whose ")), 1)
		}
		if !ok {
			return
		}
		e := i + len(c)
		end := len(s.low)
		for _, stop := range []string{"; ", ", to which", ", which", ", who", " and other", " among others"} {
			if k := strings.Index(s.low[e:], stop); k >= 0 && e+k < end {
				end = e + k
			}
		}
		// "..., which takes 2 million tonnes a year under a five-year
		// contract": the sale is under a deal between them.
		typ, under := s.underContract()
		// "..., both of which have supply contracts running to 2028": the
		// customers' deals with the seller.
		if !under {
			for _, w := range []string{", both of which have ", ", all of which have ", ", each of which has ", ", which have "} {
				k := strings.Index(s.low[e:end], w)
				if k < 0 {
					k = strings.Index(s.low[e:], w)
				}
				if k < 0 {
					continue
				}
				if e+k < end {
					end = e + k
				}
				t := s.low[e+k+len(w) : min(len(s.low), e+k+len(w)+40)]
				switch {
				case strings.Contains(t, "offtake"):
					typ, under = "offtake", true
				case strings.Contains(t, "supply contract") || strings.Contains(t, "supply agreement") || strings.Contains(t, "supply deal"):
					typ, under = "supply", true
				case strings.Contains(t, "contract"):
					typ, under = "contract", true
				}
				break
			}
		}
		for _, m := range r.orgsIn(s, e, end) {
			if m.e != seller.e && !r.possessive(s, m) {
				r.add(entity.SupplierOf, seller.e, m.e, s, nil)
				if under {
					r.add(entity.Agreement, seller.e, m.e, s, func(rel *article.Relation) { rel.Type = typ })
				}
			}
		}
		return
	}
}

// amongCustomers reads "X sold coal to Indian mills, with A and Chennai-based
// B among its customers" and "X counts A and B among its customers": X
// supplies A and B.
func (r *relater) amongCustomers(s *sentence) {
	i := s.find(0, " among its ")
	if i < 0 || s.negated(0, i) {
		return
	}
	rest := s.low[i+len(" among its "):]
	for again := true; again; {
		again = false
		for _, a := range customerAdjectives {
			if strings.HasPrefix(rest, a) {
				rest = rest[len(a):]
				again = true
			}
		}
	}
	if !hasAnyPrefix(rest, "customers", "clients", "buyers") {
		return
	}
	b := -1
	for _, w := range []string{" with ", " counts ", " count ", " counted "} {
		if k := strings.LastIndex(s.low[:i], w); k >= 0 && i-k < 120 && k > b {
			b = k + len(w)
		}
	}
	if b < 0 || strings.ContainsAny(s.low[b:i], ";") {
		return
	}
	seller, ok := r.subject(s, b)
	if !ok {
		return
	}
	for _, m := range r.orgsIn(s, b, i) {
		if m.e != seller.e && !r.possessive(s, m) {
			r.add(entity.SupplierOf, seller.e, m.e, s, nil)
		}
	}
}

// supplierOfTo reads "X is the sole supplier of PCI coal to Y's Sakaide
// works", "X, the main supplier of ore to Y,": X supplies Y.
func (r *relater) supplierOfTo(s *sentence) {
	i := s.find(0, " supplier of ")
	if i < 0 || s.negated(0, i) {
		return
	}
	e := i + len(" supplier of ")
	t := -1
	for from := e; ; {
		k := strings.Index(s.low[from:min(len(s.low), e+90)], " to ")
		if k < 0 {
			break
		}
		t = from + k + len(" to ")
		if strings.ContainsAny(s.low[e:t], ";") {
			return
		}
		if buyer, ok := r.buyerRightAfter(s, t, 20); ok {
			seller, ok := r.subject(s, i)
			if ok && seller.e != buyer.e {
				r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
			}
			return
		}
		from = t
	}
}

// offtakeFromItsPlant reads "X has signed a binding offtake with Y for up
// to 25,000 tpa of Z from its planned plant": the goods are X's own, so
// X supplies Y (the deal itself the rules of agreements read).
func (r *relater) offtakeFromItsPlant(s *sentence) {
	i := s.find(0, " offtake ")
	if i < 0 || s.negated(0, i) {
		return
	}
	w := s.find(i, " with ")
	if w < 0 || w-i > 30 || strings.ContainsAny(s.low[i:w], ",;") {
		return
	}
	buyer, ok := r.orgRightAfter(s, w+len(" with "), 40)
	if !ok {
		return
	}
	rest := s.low[s.past(buyer):]
	f := strings.Index(rest, " from its ")
	if !strings.HasPrefix(rest, " for ") || f < 0 || f > 120 || strings.ContainsAny(rest[:f], ";") {
		return
	}
	what := rest[f+len(" from its "):]
	for _, m := range []string{"planned ", "proposed ", "new ", "future ", "existing "} {
		what = strings.TrimPrefix(what, m)
	}
	if !hasAnyPrefix(what, "plant", "mine", "project", "refinery", "smelter", "operation", "facility", "mill") {
		return
	}
	seller, ok := r.subject(s, i)
	if !ok || seller.e == buyer.e {
		return
	}
	r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
}

// itsOfftakeFrom reads "Y has exercised its option to increase its
// annual offtake from Z to 700 tU": Y takes Z's output under an offtake
// between them, so Z supplies Y.
func (r *relater) itsOfftakeFrom(s *sentence) {
	i := s.find(0, " offtake from ")
	if i < 0 || s.negated(0, i) {
		return
	}
	k := strings.LastIndex(s.low[max(0, i-24):i], "its ")
	if k < 0 || strings.ContainsAny(s.low[max(0, i-24)+k:i], ",;") {
		return
	}
	e := i + len(" offtake from ")
	seller, ok := r.orgRightAfter(s, e, 0)
	if !ok || seller.a != s.at(e) {
		return
	}
	buyer, ok := r.subject(s, i)
	if !ok || buyer.e == seller.e {
		return
	}
	r.add(entity.Agreement, buyer.e, seller.e, s, func(rel *article.Relation) { rel.Type = "offtake"; r.quantityIn(s, rel) })
	r.add(entity.SupplierOf, seller.e, buyer.e, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
}

// itsGoodsGoTo reads "Roughly two-thirds of its ore is sold to Y" and
// "All of its washed bauxite now goes to Y": the firm "its" stands for
// supplies Y.
func (r *relater) itsGoodsGoTo(s *sentence) {
	k := strings.Index(s.low[:min(len(s.low), 48)], " of its ")
	if k < 0 || s.negated(0, k) {
		return
	}
	at := k + len(" of its ")
	for _, v := range []string{" is sold to ", " are sold to ", " is shipped to ", " are shipped to ", " is delivered to ", " are delivered to ", " is supplied to ", " goes to ", " go to ", " now goes to "} {
		j := strings.Index(s.low[at:min(len(s.low), at+60)], v)
		if j < 0 || strings.ContainsAny(s.low[at:at+j], ",;") {
			continue
		}
		goods := s.low[at : at+j]
		if !slices.ContainsFunc([]string{"ore", "coal", "output", "production", "concentrate", "bauxite", "cathode", "metal", "ingots", "nickel", "tin", "copper", "alumina", "product", "products", "shipments", "sales"}, func(w string) bool {
			_, ok := wordAt(goods, w)
			return ok
		}) {
			return
		}
		buyer, ok := r.orgRightAfter(s, at+j+len(v), 0)
		if !ok || buyer.a != s.at(at+j+len(v)) || r.pronounAt(s, at+j+len(v)) {
			return
		}
		var seller ment
		if orgs := r.orgsBefore(s, k, 1); len(orgs) > 0 {
			seller = orgs[0]
		} else if seller, ok = r.antecedent(s); !ok {
			return
		}
		if seller.e != buyer.e {
			r.add(entity.SupplierOf, seller.e, buyer.e, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
		}
		return
	}
}

// takesOurGoods reads "Y also takes about 300,000 tonnes of our
// lower-grade coal for its kilns" in an interview's answer, and "Y buys
// 2 Mt of X's coal a year": Y buys what the firm "our" stands for, or
// X, sells.
func (r *relater) takesOurGoods(s *sentence) {
	for _, v := range []string{" takes ", " buys ", " purchases "} {
		i := s.find(0, v)
		if i < 0 || s.negated(0, i) {
			continue
		}
		e := i + len(v)
		_, qe, ok := r.quantityNear(s, e, 24)
		if !ok || !strings.HasPrefix(s.low[qe:], " of ") {
			return
		}
		seller, ok := r.orgRightAfter(s, qe+len(" of "), 0)
		if !ok || !(r.d.v.s[seller.a:seller.b] == "our" || r.possessive(s, seller)) {
			return
		}
		// The buyer names the clause, right before its verb.
		buyer, ok := r.subject(s, i)
		if !ok || buyer.e == seller.e || buyer.b > s.at(i) {
			return
		}
		if gap := s.low[s.past(buyer):i]; gap != "" && gap != " also" && gap != " now" {
			return
		}
		r.add(entity.SupplierOf, seller.e, buyer.e, s, func(rel *article.Relation) { r.quantityIn(s, rel) })
		return
	}
}

// underDealConcludedWith reads a deal that opens the sentence with its
// party: "Under a long-term purchase contract concluded with KHN, the
// company will receive 24,000 tons a year". The sentence's subject, after
// the comma, and Y are its parties.
func (r *relater) underDealConcludedWith(s *sentence) {
	if !hasAnyPrefix(s.low, "under a ", "under an ", "under the ") {
		return
	}
	c := strings.Index(s.low[:min(len(s.low), 120)], ", ")
	if c < 0 {
		return
	}
	head := s.low[:c]
	w := -1
	for _, v := range []string{" concluded with ", " signed with ", " agreed with ", " reached with ", " entered into with "} {
		if k := strings.Index(head, v); k >= 0 {
			w = k + len(v)
			if typ, ok := agreementNounEnding(head[:k]); ok {
				other, found := r.orgRightAfter(s, w, 0)
				if !found || s.past(other) > c+1 || s.negated(0, c) {
					return
				}
				signer, found := r.orgRightAfter(s, c+2, 0)
				if !found || signer.a != s.at(c+2) && !strings.HasPrefix(s.low[c+2:], "the ") || signer.e == other.e {
					return
				}
				r.add(entity.Agreement, signer.e, other.e, s, func(rel *article.Relation) {
					rel.Type = typ
					r.quantityIn(s, rel)
				})
			}
			return
		}
	}
}

// percentOurs reads an interview's answer "X is 60% ours and 40% owned
// by Y": the speaker's firm, which "ours" stands for, holds 60% of X;
// and with Y, the other holder named, it owns X jointly.
func (r *relater) percentOurs(s *sentence) {
	k := strings.Index(s.low, "% ours")
	a := k
	for a > 0 && (isDigit(s.low[a-1]) || s.low[a-1] == '.') {
		a--
	}
	if a == k || a < len(" is ") || !strings.HasSuffix(s.low[:a], " is ") || s.negated(0, a) {
		return
	}
	p, pe, ok := s.percentAt(a)
	if !ok {
		return
	}
	var ours ment
	for _, m := range s.from(pe) {
		if m.a == s.at(pe+1) {
			ours, ok = m, r.isOrg(m)
		}
		break
	}
	if !ok {
		return
	}
	owned, ok := r.orgRightBefore(s, a-len(" is "), 0)
	if !ok || owned.e == ours.e {
		return
	}
	r.add(entity.StakeIn, ours.e, owned.e, s, withPercent(p))
	// "... and 40% owned by Y": Y holds the rest, as ours's partner.
	rest := s.low[pe+len(" ours"):]
	if strings.HasPrefix(rest, " and ") {
		b := pe + len(" ours and ")
		if q, qe, found := s.percentAt(b); found && strings.HasPrefix(s.low[qe:], " owned by ") {
			if other, found := r.orgRightAfter(s, qe+len(" owned by "), 0); found && other.e != ours.e && other.e != owned.e {
				r.add(entity.StakeIn, other.e, owned.e, s, withPercent(q))
				r.add(entity.JointVenture, ours.e, other.e, s, nil)
			}
		}
	}
}

// wentToUnderOurContract reads an interview's answer "about 1,700 tU
// went to Chinese customers, most of it to Y under a ten-year contract
// we signed in 2022": the speaker's firm ("we") sells to Y, under an
// agreement between them.
func (r *relater) wentToUnderOurContract(s *sentence) {
	var we ment
	found := false
	for _, m := range s.ms {
		if t := r.d.v.s[m.a:m.b]; (t == "we" || t == "We") && r.isOrg(m) {
			we, found = m, true
			break
		}
	}
	if !found || s.negated(0, len(s.low)) {
		return
	}
	for k := range s.each(" to ") {
		from := k + len(" to ")
		buyer, ok := r.orgRightAfter(s, from, 0)
		if !ok || buyer.a != s.at(from) || buyer.e == we.e {
			continue
		}
		rest := s.low[s.past(buyer):]
		// ("goes to Y in Japan under a life-of-mine offtake we signed":
		// the buyer's country between.)
		if strings.HasPrefix(rest, " in ") {
			if u := strings.Index(rest, " under "); u > 0 && u < 30 && !strings.ContainsAny(rest[:u], ",;") && capitalWords(r.d.v.s[s.past(buyer)+s.a+len(" in "):s.past(buyer)+s.a+u]) {
				rest = rest[u:]
			}
		}
		w := prefixOf(rest, " under a ", " under an ")
		if w == "" {
			continue
		}
		clause := rest[len(w):min(len(rest), len(w)+60)]
		c := -1
		for _, n := range []string{"contract we signed", "agreement we signed", "offtake we signed"} {
			if k := strings.Index(clause, n); k >= 0 && (c < 0 || k < c) {
				c = k
			}
		}
		if c < 0 || strings.ContainsAny(clause[:c], ",;") {
			continue
		}
		typ := ""
		if strings.Contains(clause[:c+len("offtake")], "offtake") {
			typ = "offtake"
		}
		r.add(entity.SupplierOf, we.e, buyer.e, s, nil)
		r.add(entity.Agreement, we.e, buyer.e, s, func(rel *article.Relation) { rel.Type = typ })
	}
}

// comesFromUnderContract reads the firm that opens the sentence buying
// from another under a deal: "We consume 420,000 tonnes of acid a year,
// and roughly half of that comes from Y under a supply contract that
// runs to 2030" (in an interview's answer, "we" is the speaker's firm).
// Y supplies the firm, under an agreement between them.
func (r *relater) comesFromUnderContract(s *sentence) {
	for _, c := range []string{" comes from ", " come from "} {
		i := s.find(0, c)
		if i < 0 || s.negated(0, i) {
			continue
		}
		seller, ok := r.orgRightAfter(s, i+len(c), 0)
		if !ok || seller.a != s.at(i+len(c)) {
			continue
		}
		rest := s.low[s.past(seller):]
		w := prefixOf(rest, " under a ", " under an ", " under its ", " under our ")
		if w == "" {
			continue
		}
		typ := ""
		for _, t := range []string{"supply contract", "supply agreement", "contract", "offtake", "agreement"} {
			k := strings.Index(rest[len(w):min(len(rest), len(w)+40)], t)
			if k >= 0 && !strings.ContainsAny(rest[len(w):len(w)+k], ",;") {
				typ = t
				break
			}
		}
		if typ == "" {
			continue
		}
		buyer, ok := r.firstOrg(s, i)
		if !ok || buyer.a != s.a || buyer.e == seller.e {
			continue
		}
		r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
		set := func(rel *article.Relation) {
			if strings.HasPrefix(typ, "supply") {
				rel.Type = "supply"
			} else if typ == "offtake" {
				rel.Type = "offtake"
			}
		}
		r.add(entity.Agreement, buyer.e, seller.e, s, set)
	}
}

// whichSendsUs reads a supplier in a relative clause whose object stands
// for the firm the sentence is about: "X has a contract with Y, a unit of
// Z, which sends it up to 1 million tonnes a year", and in an interview's
// answer "we have a contract with Y, which supplies us". Y, the party of
// the deal named after "with", supplies; "it" is the subject, "us" the
// speaker's firm.
func (r *relater) whichSendsUs(s *sentence) {
	for n, from := 0, 0; n < 2; n++ {
		k := s.find(from, ", which ")
		if k < 0 {
			return
		}
		from = k + len(", which ")
		rest := s.low[from:]
		v := -1
		for _, verb := range []string{"sends ", "supplies ", "delivers ", "ships ", "sells ", "sold ", "sent ", "supplied ", "shipped ", "delivered "} {
			if strings.HasPrefix(rest, verb) {
				v = len(verb)
				break
			}
		}
		if v < 0 || s.negated(0, from) {
			continue
		}
		obj := rest[v:]
		// "A holds 12% of Y, which supplies about a fifth of its feed":
		// Y supplies A, whose feed it is.
		if o := strings.Index(obj[:min(len(obj), 40)], " of its "); o >= 0 && !strings.ContainsAny(obj[:o], ",;") {
			if what := obj[o+len(" of its "):]; hasAnyPrefix(what, "feed", "concentrate", "ore", "needs", "raw material", "supply", "supplies", "coal", "intake", "requirements") {
				seller, ok := r.orgRightBefore(s, s.beforeBrackets(k), 1)
				buyer, ok2 := r.firstOrg(s, k)
				if ok && ok2 && seller.e != buyer.e {
					r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
				}
				continue
			}
		}
		if !hasAnyPrefix(obj, "it ", "us ") {
			continue
		}
		// ("cargoes bought through X, which sold it 4.6 million
		// tonnes": the firm it buys by way of.)
		w, wl := strings.LastIndex(s.low[:k], " with "), len(" with ")
		if t := strings.LastIndex(s.low[:k], " through "); t > w {
			w, wl = t, len(" through ")
		}
		if w < 0 || strings.Contains(s.low[w:k], ";") {
			continue
		}
		seller, ok := r.orgRightAfter(s, w+wl, 24)
		if !ok || seller.b > s.at(k) {
			continue
		}
		var buyer ment
		if strings.HasPrefix(obj, "us ") {
			at := s.at(from + v)
			for _, m := range s.from(from + v) {
				if m.a == at && r.isOrg(m) {
					buyer, ok = m, true
				}
				break
			}
			if buyer.b == 0 {
				continue
			}
		} else if buyer, ok = r.subject(s, w); !ok {
			continue
		}
		if buyer.e != seller.e {
			r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
		}
	}
}

// suppliesMostOfIt reads "Y supplies most of it under a five-year
// contract" after a sentence about what a firm uses ("We burn around 2
// million tonnes of coal a year."): Y supplies the firm that sentence
// speaks of, and "under a contract" makes it a supply agreement.
func (r *relater) suppliesMostOfIt(s *sentence) {
	for _, v := range []string{" supplies ", " supplied ", " delivers ", " provides "} {
		k := s.find(0, v)
		if k < 0 {
			continue
		}
		rest := s.low[k+len(v):]
		// ("X supplies around 900,000 tonnes of that from its refinery":
		// a share of what the sentence before told, in tonnes.)
		share := hasAnyPrefix(rest, "most of it", "all of it", "much of it", "the bulk of it", "part of it", "some of it", "half of it", "most of them", "all of them")
		var tonnes func(*article.Relation)
		if !share {
			if q, qe, ok := r.quantityNear(s, k+len(v), 24); ok && hasAnyPrefix(s.low[qe:], " of that", " of it", " of those", " of them") {
				share = true
				tonnes = func(rel *article.Relation) { rel.Quantity, rel.HasQuantity = q, true }
			}
		}
		if !share || strings.Contains(rest, " to ") || s.negated(0, k) {
			return
		}
		seller, ok := r.orgRightBefore(s, k, 1)
		if !ok || seller.a != s.a {
			return
		}
		buyer, ok := r.antecedent(s)
		// ("X imports 2.1 million tonnes. Y supplies 900,000 tonnes of
		// that": the firm whose tonnes the sentence before told.)
		if tonnes != nil && s.prev != nil {
			if first, found := r.firstOrg(s.prev, len(s.prev.low)); found && first.a-s.prev.a < 4 {
				buyer, ok = first, true
			}
		}
		if !ok || buyer.e == seller.e {
			return
		}
		r.add(entity.SupplierOf, seller.e, buyer.e, s, tonnes)
		if strings.Contains(rest, " under a ") && strings.Contains(rest, " contract") {
			r.add(entity.Agreement, buyer.e, seller.e, s, func(rel *article.Relation) { rel.Type = "supply" })
		}
		return
	}
}

// customersAfterColon reads the buyers a firm has committed its goods
// to, listed after a colon: "The company has committed about 70% of
// that to two customers: A, its long-standing buyer, and B, which signed
// a supply agreement". Each is the firm's customer, the items of the
// list only (not a firm named inside an item's clause).
func (r *relater) customersAfterColon(s *sentence) {
	k := -1
	for _, c := range []string{" customers: ", " buyers: ", " customer: ", " buyer: "} {
		if k = s.find(0, c); k >= 0 {
			k += len(c)
			break
		}
	}
	if k < 0 || s.negated(0, k) {
		return
	}
	// The goods go "to" the customers: "committed ... to two customers",
	// "sells to three buyers".
	head := s.low[:k]
	t := strings.LastIndex(head, " to ")
	if t < 0 || strings.ContainsAny(head[t:], ",;") {
		return
	}
	seller, ok := r.subject(s, t)
	if !ok {
		if !anaphoricStart(s.low) {
			return
		}
		if seller, ok = r.antecedent(s); !ok {
			return
		}
	}
	for _, m := range s.from(k) {
		if !r.isOrg(m) || m.e == seller.e {
			continue
		}
		before := s.low[:m.a-s.a]
		if m.a-s.a == k || strings.HasSuffix(before, ", and ") || strings.HasSuffix(before, " and ") && !strings.ContainsAny(s.low[k:m.a-s.a], ",") {
			r.add(entity.SupplierOf, seller.e, m.e, s, nil)
		}
	}
}

// dealHeading returns the type of deal a filing's numbered heading over
// view offset at outlines, "offtake" under "6. Outline of the Offtake
// Agreement" and "supply" under "4. Supply Agreement"; "" when the
// nearest numbered heading above, within a dozen lines, names neither.
func (r *relater) dealHeading(at int) string {
	d := r.d
	n := sort.Search(len(d.lines), func(i int) bool { return d.lines[i].ts > at }) - 1
	for i := n - 1; i >= 0 && i >= n-12; i-- {
		t := d.text(d.lines[i])
		k := 0
		for k < len(t) && k < 3 && isDigit(t[k]) {
			k++
		}
		if k == 0 || len(t) > 80 || k+2 >= len(t) || t[k] != '.' || t[k+1] != ' ' || !isUpper(t[k+2]) {
			continue
		}
		switch {
		case indexLower(t, "offtake agreement") >= 0:
			return "offtake"
		case indexLower(t, "supply agreement") >= 0:
			return "supply"
		}
		return ""
	}
	return ""
}

// supplyElided reads the suppliers of a row of clauses whose buyer the
// first names: "A will supply Y with 150,000 tons a year; B will supply
// 60,000 tons a year; and C will supply 30,000 tons": B and C supply Y
// too.
func (r *relater) supplyElided(s *sentence) {
	var buyer ment
	found := false
	for _, v := range []string{" will supply ", " supplies ", " would supply "} {
		for k := range s.each(v) {
			at := k + len(v)
			if !found {
				// The first: "A will supply Y with ...".
				if b, ok := r.orgRightAfter(s, at, 0); ok && b.a == s.at(at) && strings.HasPrefix(s.low[s.past(b):], " with ") {
					buyer, found = b, true
				}
				continue
			}
			// A later clause: its seller before the verb, a quantity
			// right after it, no buyer of its own.
			if at >= len(s.low) || !isDigit(s.low[at]) {
				continue
			}
			c := strings.LastIndex(s.low[:k], "; ")
			if c < 0 || c < buyer.b-s.a {
				continue
			}
			if seller, ok := r.orgRightBefore(s, k, 2); ok && seller.a >= s.at(c) && seller.e != buyer.e && !s.negated(c, k) {
				r.add(entity.SupplierOf, seller.e, buyer.e, s, nil)
			}
		}
	}
}
