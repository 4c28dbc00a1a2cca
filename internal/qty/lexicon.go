package qty

import "github.com/newsfacts/newsfacts/commodity"

// The word lists of the scanner. Phrases are lower case, words separated
// by single spaces; they are compared ignoring ASCII case.

// boundPhrases are the words before a number that bound it, longest first
// where one ends another ("no more than" before "more than").
var boundPhrases = [...]struct {
	phrase string
	b      commodity.Bound
}{
	{"no less than", commodity.AtLeast}, {"not less than", commodity.AtLeast}, {"no fewer than", commodity.AtLeast},
	{"not fewer than", commodity.AtLeast},
	{"no more than", commodity.AtMost}, {"not more than", commodity.AtMost},
	{"no greater than", commodity.AtMost}, {"not exceeding", commodity.AtMost}, {"not exceed", commodity.AtMost},
	{"up to", commodity.AtMost}, {"as much as", commodity.AtMost}, {"as many as", commodity.AtMost},
	{"at most", commodity.AtMost}, {"a maximum of", commodity.AtMost}, {"maximum of", commodity.AtMost},
	{"a maximum", commodity.AtMost}, {"maximum", commodity.AtMost}, {"max.", commodity.AtMost},
	{"max", commodity.AtMost}, {"less than", commodity.AtMost}, {"fewer than", commodity.AtMost},
	{"just under", commodity.AtMost}, {"just below", commodity.AtMost}, {"under", commodity.AtMost},
	{"below", commodity.AtMost},

	{"more than", commodity.AtLeast}, {"greater than", commodity.AtLeast},
	{"just over", commodity.AtLeast}, {"well over", commodity.AtLeast}, {"over", commodity.AtLeast},
	{"well above", commodity.AtLeast}, {"above", commodity.AtLeast}, {"at least", commodity.AtLeast},
	{"better than", commodity.AtLeast},
	{"in excess of", commodity.AtLeast}, {"upwards of", commodity.AtLeast},
	{"a minimum of", commodity.AtLeast}, {"minimum of", commodity.AtLeast}, {"minimum", commodity.AtLeast},
	{"exceeding", commodity.AtLeast}, {"exceeded", commodity.AtLeast}, {"exceeds", commodity.AtLeast},
	{"exceed", commodity.AtLeast}, {"surpass", commodity.AtLeast},
	{"surpassing", commodity.AtLeast}, {"surpassed", commodity.AtLeast},
	{"top", commodity.AtLeast}, {"tops", commodity.AtLeast}, {"topped", commodity.AtLeast},
	{"topping", commodity.AtLeast},

	{"about", commodity.About}, {"around", commodity.About}, {"roughly", commodity.About},
	{"approximately", commodity.About}, {"approx.", commodity.About}, {"approx", commodity.About},
	{"nearly", commodity.About}, {"almost", commodity.About}, {"some", commodity.About},
	{"circa", commodity.About}, {"ca.", commodity.About}, {"c.", commodity.About},
	{"close to", commodity.About}, {"an approximate", commodity.About},
}

// boundSet holds the phrases of boundPhrases for backWords.ends.
var boundSet = func() *phraseSet {
	var ps []string
	for _, bp := range boundPhrases {
		ps = append(ps, bp.phrase)
	}
	return newPhraseSet(ps...)
}()

// upVerbs are the verbs whose "up" is a particle, so that "up to" after
// them is a plain "to": "adds up to", "ramp up to", "scale up to".
var upVerbs = newWordSet(
	"add", "adds", "added", "adding", "ramp", "ramps", "ramped", "ramping", "scale", "scales",
	"scaled", "scaling", "step", "steps", "stepped", "stepping", "gear", "gears", "geared",
	"gearing", "build", "builds", "built", "building", "speed", "speeds", "sped", "speeding",
	"move", "moves", "moved", "moving", "go", "goes", "went", "going", "gone",
	"ratchet", "ratcheted", "pick", "picked", "picks", "picking", "bump", "bumped", "bumps",
	"total", "totalled", "totaled",
	// "output edged up to 6,140 tonnes": a rise to the figure.
	"edged", "edge", "edges", "inched", "inch", "inches", "crept", "creep", "creeps", "climbed", "climbs", "crawled",
)

// multipliers before "as much as" make it a comparison: "twice as much as".
var multipliers = [...]string{"twice", "thrice", "times", "half"}

// fillers are words between a bound and its number that change neither:
// "around an initial 10 million tonnes", "up to a total of 5 Mt". Like the
// bounds, they are matched backwards from the number.
var fillers = [...]string{
	"a total of", "a combined", "an initial", "a record", "a whopping", "an estimated",
	"an additional", "an extra", "a further", "a massive", "a hefty", "a mere", "an annual",
	"a projected", "a planned", "a targeted", "an expected", "estimated", "an average of",
}

// fillerSet holds the fillers for backWords.ends.
var fillerSet = newPhraseSet(fillers[:]...)

// changeVerbs before "from" make "from A to B" a change between two
// figures, not a range: "output rose from 5 Mt to 6 Mt".
var changeVerbs = newWordSet(
	"rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen",
	"increased", "increase", "increases", "increasing", "decreased", "decrease", "decreases",
	"decreasing", "declined", "decline", "declines", "declining", "grew", "grow", "grows",
	"growing", "grown", "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps",
	"jumping", "dropped", "drop", "drops", "dropping", "slid", "slide", "slides", "sliding",
	"slipped", "slip", "slips", "surged", "surge", "surges", "soared", "soar", "soars",
	"expanded", "expand", "expands", "expanding", "cut", "cuts", "cutting", "raised", "raise",
	"raises", "raising", "lifted", "lift", "lifts", "lifting", "boosted", "boost", "boosts",
	"boosting", "went", "go", "goes", "going", "gone", "up", "down", "doubled", "tripled",
	"halved", "reduced", "reduce", "reduces", "reducing", "lowered", "lower", "lowers",
	"plunged", "plunge", "plunges", "tumbled", "tumble", "rebounded", "rebound", "recovered",
	"shrank", "shrink", "shrinks", "shrunk", "changed", "moved", "revised", "revise", "upgraded",
	"downgraded", "trimmed", "trim", "eased", "ease", "widened", "narrowed", "accelerated",
	"slowed", "dipped", "dip", "swelled", "swell", "ballooned", "spiked", "leapt", "leaped",
	"sank", "sunk", "skyrocketed", "plummeted", "contracted", "advanced", "gained",
	// "takes capacity from A to B", "brings output from A to B".
	"take", "takes", "took", "taking", "taken", "bring", "brings", "brought", "bringing",
	"push", "pushes", "pushed", "pushing", "ramp", "ramps", "ramped", "ramping", "scaled",
)

// approxWords may stand before either end of a range: "between about 2 and
// 7 g", "2 - ~7 grams".
var approxWords = newWordSet(
	"about", "around", "approximately", "approx", "roughly", "some", "nearly", "almost", "circa",
)

// vehicleNouns after a unit make the figure a class of vehicle or machine
// ("a 5-ton truck", "a 6,000-ton press"), not an amount of material.
var vehicleNouns = newWordSet(
	"truck", "trucks", "lorry", "lorries", "vehicle", "vehicles", "van", "vans", "pickup",
	"pickups", "crane", "cranes", "excavator", "excavators", "forklift", "forklifts", "trailer",
	"trailers", "hoist", "hoists", "loader", "loaders", "bulldozer", "bulldozers", "tractor",
	"tractors", "tipper", "tippers", "press", "presses", "machine", "machines", "bomb", "bombs",
	"warhead", "warheads", "blast", "explosion", "explosions", "engine", "engines", "jack",
	"jacks", "winch", "winches", "elevator", "elevators", "lift", "lifts", "dumper", "dumpers",
	"rig", "rigs", "shovel", "shovels", "capacity-class", "class", "rating", "payload", "payloads",
	"tank", "tanks", "aircraft", "plane", "planes", "jet", "jets", "helicopter", "helicopters",
)

// windWords in a sentence make "kt" knots, not kilotonnes.
var windWords = newWordSet(
	"wind", "winds", "gust", "gusts", "gusting", "storm", "storms", "typhoon", "typhoons",
	"hurricane", "hurricanes", "cyclone", "cyclones", "knots", "speed", "speeds", "mph",
	"sustained", "tropical",
)

// moneyWords before a number make "pounds" money: "worth 5 million
// pounds", "paid 300 pounds".
var moneyWords = newWordSet(
	"worth", "paid", "pay", "pays", "paying", "cost", "costs", "costing", "price", "priced",
	"prices", "valued", "value", "valuing", "invest", "invested", "investing", "investment",
	"fund", "funded", "funding", "raise", "raised", "raising", "budget", "budgeted", "revenue",
	"revenues", "profit", "profits", "loss", "losses", "lost", "lose", "earned", "earn", "earns",
	"earning", "earnings", "fine", "fined", "salary", "salaries", "bonus", "spend", "spent",
	"spending", "bid", "bids", "offer", "offered", "sum", "sums", "charge", "charged", "fee",
	"fees", "tax", "taxes", "wage", "wages", "debt", "debts", "cash", "capital", "grant",
	"grants", "loan", "loans", "sold", "bought",
)

// vagueScales are the plural scale words of a vague amount ("billions of
// tonnes"), with the power of ten each stands for at least.
var vagueScales = [...]struct {
	word string
	exp  int32
}{
	{"tens", 1}, {"hundreds", 2}, {"thousands", 3}, {"millions", 6}, {"billions", 9},
}
