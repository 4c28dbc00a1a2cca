package qty

import "github.com/newsfacts/newsfacts/commodity"

// cueKind tells how a measure word decides the measure.
type cueKind uint8

const (
	cueNone    cueKind = iota
	cueMeasure         // the word names the measure
	cueBuy             // buying: sales, imports or supply, from the context
	cueShip            // shipping or delivering: exports or supply when the sentence says so
	cueSell            // selling: supply under a deal, else sales
	cueMake            // "makes": production, unless "makes up"
	// cueProcess is processing or throughput, which at a stated rate is
	// the capacity of the plant that does it ("a mill that treats 3 Mt of
	// ore a year"), and otherwise the measure of the word:
	// production ("will process 2 Mt of ore in 2026"), or shipments for
	// "throughput" ("port throughput reached 300 Mt").
	cueProcess
)

// cue returns the measure a word names: "capacity", "produced",
// "exports", "buyers".
func cue(w string) (commodity.Measure, cueKind) {
	var b [16]byte
	if len(w) > len(b) {
		return 0, cueNone
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(w)]) {
	case "reserve", "reserves":
		return commodity.Reserves, cueMeasure
	case "resource", "resources":
		if isUpper(w[0]) {
			return 0, cueNone // "Mineral Resources", "CZR Resources": names
		}
		return commodity.Resources, cueMeasure
	case "production", "produce", "produces", "produced", "producing", "output", "outputs",
		"manufacture", "manufactured", "manufactures", "manufacturing", "harvest", "harvested",
		"crop", "crops", "extract", "extracted", "extracting", "extraction", "smelted", "mined",
		"poured", "pours", "processed", "treated", "yield", "yields", "yielded", "yielding":
		return commodity.Production, cueMeasure
	case "process", "processes", "processing", "treat", "treats", "treating", "refine", "refines",
		"smelt", "smelts", "crush", "crushes", "melt", "melts":
		return commodity.Production, cueProcess
	case "melted":
		// "We melted 612,000 tonnes in 2026": a mill's crude steel.
		return commodity.Production, cueMeasure
	case "crushed", "crushing":
		// "mills which crushed 6.8 million tonnes of cane".
		return commodity.Production, cueMeasure
	case "throughput", "throughputs":
		return commodity.Shipments, cueProcess
	case "capacity", "capacities", "nameplate", "designed":
		return commodity.Capacity, cueMeasure
	case "export", "exports", "exported", "exporting", "exporter":
		return commodity.Exports, cueMeasure
	case "import", "imports", "imported", "importing", "importer", "arrivals":
		// ("Calendar-2026 arrivals reached 1.49 million tonnes": what
		// came into the country.)
		return commodity.Imports, cueMeasure
	case "supply", "supplies", "supplied", "supplying", "source", "sourcing", "sourced",
		"offtake", "off-take", "procure", "procured", "procurement", "contract", "contracted",
		"mou", "memorandum",
		"deal", "deals", "agreement", "agreements",
		"deliver", "delivers", "delivered", "delivering", "delivery", "deliveries":
		if b[0] == 'd' {
			return commodity.Supply, cueShip
		}
		return commodity.Supply, cueMeasure
	case "demand", "consumption", "consume", "consumes", "consumed", "consuming", "usage",
		"use", "uses", "used", "need", "needs", "requirement", "requirements", "appetite",
		"burn", "burns", "burned", "burnt", "burning":
		return commodity.Demand, cueMeasure
	case "sales", "sale", "sell", "sells", "sold", "selling", "resell", "resells", "resold", "reselling":
		return commodity.Sales, cueSell
	case "shipment", "shipments", "shipped", "shipping", "ship", "ships", "cargo", "cargoes", "cargos",
		"loaded", "loadings":
		return commodity.Shipments, cueShip
	case "stock", "stocks", "stockpile", "stockpiles", "stockpiled", "inventory", "inventories",
		"stored", "storage", "warehouse", "warehouses":
		return commodity.Inventory, cueMeasure
	case "make", "makes", "made":
		return commodity.Production, cueMake
	case "buy", "buys", "bought", "buying", "buyer", "buyers", "purchase", "purchases",
		"purchased", "purchasing", "took", "booked":
		return 0, cueBuy
	case "emissions", "emission", "emit", "emits", "emitted", "waste", "tailings", "spill",
		"spilled", "spilt", "seized", "seizure", "seizures", "donated", "donation", "aid", "quota",
		"quotas":
		return commodity.OtherMeasure, cueMeasure
	}
	return 0, cueNone
}

// cueWords are the words cue names a measure for, and those cueIn reads
// with the word after them: cueIn turns down every other word at once.
var cueWords = newWordSet(
	"reserve", "reserves", "resource", "resources", "production", "produce", "produces", "produced",
	"producing", "output", "outputs", "manufacture", "manufactured", "manufactures", "manufacturing",
	"harvest", "harvested", "crop", "crops", "extract", "extracted", "extracting", "extraction",
	"smelted", "mined", "poured", "pours", "processed", "treated", "yield", "yields", "yielded",
	"yielding", "process", "processes", "processing", "treat", "treats", "treating", "refine", "refines",
	"smelt", "smelts", "crush", "crushes", "crushed", "crushing", "melt", "melts", "melted", "throughput",
	"throughputs", "capacity", "capacities", "nameplate", "designed", "export", "exports", "exported",
	"exporting", "exporter", "import", "imports", "imported", "importing", "importer", "supply",
	"supplies", "supplied", "supplying", "source", "sourcing", "sourced", "offtake", "off-take",
	"procure", "procured", "procurement", "contract", "contracted", "mou", "memorandum", "deal",
	"deals", "agreement", "agreements", "deliver", "delivers", "delivered", "delivering", "delivery",
	"deliveries", "demand", "consumption", "consume", "consumes", "consumed", "consuming", "usage",
	"use", "uses", "used", "need", "needs", "requirement", "requirements", "appetite", "burn", "burns",
	"burned", "burnt", "burning", "sales", "sale", "sell", "sells", "sold", "selling", "resell", "resells", "resold", "reselling", "shipment",
	"shipments", "shipped", "shipping", "ship", "ships", "cargo", "cargoes", "cargos", "loaded",
	"loadings", "arrivals", "stock", "stocks", "stockpile", "stockpiles", "stockpiled", "inventory",
	"inventories", "stored", "storage", "warehouse", "warehouses", "make", "makes", "made", "buy", "buys",
	"bought", "buying", "buyer", "buyers", "purchase", "purchases", "purchased", "purchasing", "took",
	"booked", "emissions", "emission", "emit", "emits", "emitted", "waste", "tailings", "spill",
	"spilled", "spilt", "seized", "seizure", "seizures", "donated", "donation", "aid", "quota",
	"quotas",
	// Read by cueIn with the next word.
	"term",
)

// verbCues are the words readCue reads in their context: "mine" as a
// verb, "convert", "quota", "take", "call".
var verbCues = newWordSet(
	"mine", "turn", "turns", "turning", "convert", "converts", "converting", "transform", "transforms",
	"transforming", "turned", "converted", "transformed", "quota", "quotas", "take", "takes", "taking", "call",
	"processed", "treated", "smelted", "sales",
)

// assetNouns after a rate make it the capacity of the asset: "a 40ktpy
// HPAL project", "its 34mn t/yr Brockman mine expansion".
var assetNouns = newWordSet(
	"project", "projects", "plant", "plants", "mine", "mines", "facility", "facilities",
	"refinery", "refineries", "smelter", "smelters", "line", "lines", "furnace", "furnaces",
	"expansion", "expansions", "operation", "operations", "complex", "site", "unit", "units",
	"train", "trains", "terminal", "terminals", "mill", "mills", "factory", "factories", "works",
	"hub", "concentrator", "concentrators", "kiln", "kilns", "development", "scheme", "module",
	"modules", "converter", "converters", "pit", "asset", "assets", "oven", "ovens",
	"battery", "batteries", "foundry", "foundries", "pelletiser", "pelletizer", "potline", "potlines",
)

// ableTo are the words before "to" and a verb of making that make it
// what a plant can do: "designed to produce", "able to process".
var ableTo = newWordSet(
	"designed", "built", "engineered", "sized", "configured", "equipped", "able", "capacity",
)

// modifiers may stand between a figure and its measure word, or before
// the measure word: "annual production capacity", "global crude steel
// production capacity", "gross capacity".
var modifiers = newWordSet(
	"annual", "yearly", "annualised", "annualized", "global", "total", "gross", "average",
	"estimated", "initial", "combined", "current", "nameplate", "planned", "expected",
	"targeted", "installed", "existing", "new", "additional", "extra", "further", "maximum", "peak",
	"potential", "overall", "domestic", "monthly", "weekly", "daily", "quarterly", "its", "their",
	"the", "a", "an", "mixed", "contained", "refined", "primary", "finished", "raw", "crude",
	"first-stage", "second-stage", "first-phase", "second-phase", "design", "full",
	"production", "system", "mineral", "material", "materials", "record",
)

// npStops end the noun phrase after "of": "5 Mt of iron ore from the
// Pilbara", "50ktpy of nickel and 4,000 tonnes".
var npStops = newWordSet(
	"from", "in", "at", "for", "to", "by", "with", "on", "that", "which", "who", "was", "were",
	"is", "are", "will", "would", "has", "have", "had", "be", "been", "as", "per", "than",
	"into", "over", "under", "between", "while", "but", "its", "their", "said", "says", "a",
	"an", "annually", "each", "every", "since", "until", "before", "after", "during", "through",
	"according", "worth", "valued", "making", "up", "down", "equal", "based",
)

// predicateStarts after "and", "but" or "or" start a new predicate: "and
// to add a line", "and will sell", "but is".
var predicateStarts = newWordSet(
	"to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are",
	"was", "were", "has", "have", "had", "also", "then", "plans", "aims", "expects",
)

// rateAdjectives before a measure word make it a rate: "annual capacity
// of 43,000 tons", "daily output of 5,000 t".
var rateAdjectives = [...]struct {
	word string
	per  commodity.Period
}{
	{"annual", commodity.Year}, {"yearly", commodity.Year}, {"annualised", commodity.Year},
	{"annualized", commodity.Year}, {"quarterly", commodity.Quarter}, {"monthly", commodity.Month},
	{"weekly", commodity.Week}, {"daily", commodity.Day},
}

// rateLeads are the words that the rate words commodity.MatchRate reads
// may start with, as runs of letters: "per" of "per annum", "a" of "a
// year", "p" of "p.a.", "annually". A word that starts with another run
// of letters starts no rate.
var rateLeads = newWordSet(
	"per", "a", "each", "every", "annually", "yearly", "pa", "quarterly", "monthly", "weekly", "daily", "p",
)

// notRateBefore are the words before "a year" or "a day" that make it a
// span of time or a frequency: "in a year", "once a year".
var notRateBefore = newWordSet(
	"in", "within", "for", "over", "than", "once", "twice", "thrice", "times", "after", "before",
	"last", "past", "next", "this", "that", "the", "half", "about", "nearly", "almost", "per",
)

// weakWords name a commodity only loosely; a stronger name near them wins:
// "ore" in "Australian ore lithium".
var weakWords = [...]string{"ore", "ores", "pellets", "pellet", "matte", "crude", "precursors", "coke"}

// dealWords make a sale, shipment or delivery in their sentence a supply
// deal: "Under the agreement, Kestrel will sell up to 1,500 tonnes".
var dealWords = newWordSet(
	"agreement", "agreements", "agreed", "deal", "deals", "contract", "contracts", "offtake",
	"off-take", "memorandum", "mou", "accord", "tender", "tendered",
)

// periodLeads are the words that start the periods periodAt reads, but
// for a fiscal year written as one word ("FY2025"): its prepositions, and
// the first words of a period named from now ("last year", "the past
// year").
var periodLeads = newWordSet(
	"in", "during", "for", "over", "throughout", "by", "until", "till", "through", "since", "before",
	"after", "from", "the", "this", "last", "next", "that", "previous",
)

// periodWords are the words of a period that need no year: "last year",
// "this quarter".
var periodWords = [...]string{"year", "quarter", "month", "week", "half", "season", "decade"}

// monthNames are the months, in full and short, for periods such as
// "March 2024".
var monthNames = newWordSet(
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec",
)
