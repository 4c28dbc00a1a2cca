package qty_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/internal/dec"
	"github.com/newsfacts/newsfacts/internal/qty"
)

// found is what a test expects of one quantity: its text, its value (and
// the upper end of a range) as exact decimals in the unit written, the
// unit, the bound and the rate.
type found struct {
	Text  string
	Value string
	Max   string
	Unit  commodity.Unit
	Bound commodity.Bound
	Per   commodity.Period
}

func foundOf(s string, qs []qty.Quantity) []found {
	var out []found
	for _, q := range qs {
		f := found{
			Text: text(s, q.Span), Value: dec.Format(q.Lo.Tonnage.Value()), Unit: q.Lo.Tonnage.Unit(),
			Bound: q.Bound, Per: q.Per,
		}
		if q.IsRange() {
			f.Max = dec.Format(q.Hi.Tonnage.Value())
		}
		out = append(out, f)
	}
	return out
}

const (
	tn    = commodity.Tonne
	ton   = commodity.Ton
	exact = commodity.Exact
	about = commodity.About
	most  = commodity.AtMost
	least = commodity.AtLeast
	rng   = commodity.Range
	year  = commodity.Year
)

// scanTests pin every shape the scanner reads, with exact values.
var scanTests = []struct {
	name string
	in   string
	want []found
}{
	// Numbers.
	{"digits", "reserves of 3.5 million metric tons.", []found{{"3.5 million metric tons", "3500000", "", tn, exact, 0}}},
	{"separators", "It shipped 1,000 tonnes.", []found{{"1,000 tonnes", "1000", "", tn, exact, 0}}},
	{"a range that fails keeps the first amount as read", "It shipped 1t-0mt.", []found{{"1t", "1", "", tn, exact, 0}}},
	{"a lower end with its own unit takes no scale from a bare 'mt'", "It shipped 1t-2mt.", []found{{"1t-2mt", "1", "2000000", tn, rng, 0}}},
	{"decimal thousand", "Mexico bought 223.5 thousand tons.", []found{{"223.5 thousand tons", "223500", "", ton, exact, 0}}},
	{"two separators", "output of 12,345,678.9 t", []found{{"12,345,678.9 t", "12345678.9", "", tn, exact, 0}}},
	{"k", "a 40k tonne order", []found{{"40k tonne", "40000", "", tn, exact, 0}}},
	{"mn", "3.5 mn tonnes of ore", []found{{"3.5 mn tonnes", "3500000", "", tn, exact, 0}}},
	{"mln", "5 mln t of wheat", []found{{"5 mln t", "5000000", "", tn, exact, 0}}},
	{"m glued", "3.5m tonnes of coal", []found{{"3.5m tonnes", "3500000", "", tn, exact, 0}}},
	{"bn", "1.2bn tonnes of iron ore", []found{{"1.2bn tonnes", "1200000000", "", tn, exact, 0}}},
	{"bln", "2 bln tonnes", []found{{"2 bln tonnes", "2000000000", "", tn, exact, 0}}},
	{"billion", "2.4 billion tons", []found{{"2.4 billion tons", "2400000000", "", ton, exact, 0}}},
	{"lakh", "25 lakh tonnes of sugar", []found{{"25 lakh tonnes", "2500000", "", tn, exact, 0}}},
	{"fraction", "about 3/4 ton of feed", []found{{"about 3/4 ton", "0.75", "", ton, about, 0}}},

	// Written numbers.
	{"two million", "two million tonnes of grain", []found{{"two million tonnes", "2000000", "", tn, exact, 0}}},
	{"a million", "a million tons a year", []found{{"a million tons a year", "1000000", "", ton, exact, year}}},
	{"half a million", "half a million tonnes", []found{{"half a million tonnes", "500000", "", tn, exact, 0}}},
	{"one and a half thousand", "one and a half thousand tonnes", []found{{"one and a half thousand tonnes", "1500", "", tn, exact, 0}}},
	{"three-quarters", "three-quarters of a million tonnes", []found{{"three-quarters of a million tonnes", "750000", "", tn, exact, 0}}},
	{"twenty-five", "Twenty-five tonnes were seized.", []found{{"Twenty-five tonnes", "25", "", tn, exact, 0}}},
	{"two and a half million", "two and a half million tonnes", []found{{"two and a half million tonnes", "2500000", "", tn, exact, 0}}},

	// Glued and hyphenated.
	{"kt glued", "a 650kt a year smelter", []found{{"650kt a year", "650000", "", tn, exact, year}}},
	{"Mt glued", "6Mt of coal", []found{{"6Mt", "6000000", "", tn, exact, 0}}},
	{"tonnes glued", "85,000tonnes of scrap", []found{{"85,000tonnes", "85000", "", tn, exact, 0}}},
	{"hyphen ton", "a 12,000-ton cargo", []found{{"12,000-ton", "12000", "", ton, exact, 0}}},
	{"hyphen scale", "12-million tons", []found{{"12-million tons", "12000000", "", ton, exact, 0}}},
	{"hyphen rate", "a 5-million-tonne-per-year plant", []found{{"5-million-tonne-per-year", "5000000", "", tn, exact, year}}},
	{"hyphen billion", "a 2.4-billion tons deposit", []found{{"2.4-billion tons", "2400000000", "", ton, exact, 0}}},
	{"hyphen mt", "the 100-million-mt goal", []found{{"100-million-mt", "100000000", "", tn, exact, 0}}},
	{"hyphen ounce", "in 68-ounce cans", []found{{"68-ounce", "68", "", commodity.Ounce, exact, 0}}},

	// Units.
	{"t", "40,000 t at the port", []found{{"40,000 t", "40000", "", tn, exact, 0}}},
	{"metric tonnes", "30 million metric tonnes", []found{{"30 million metric tonnes", "30000000", "", tn, exact, 0}}},
	{"bare tons", "436 million tons in 2023", []found{{"436 million tons", "436000000", "", ton, exact, 0}}},
	{"mt lower", "~86 million mt of steel", []found{{"~86 million mt", "86000000", "", tn, about, 0}}},
	{"MT", "5,000 MT of urea", []found{{"5,000 MT", "5000", "", tn, exact, 0}}},
	// A small bare number in lower-case "mt" is million tonnes, as
	// Indian business press writes it; in capitals it is left unread.
	{"mt for million tonnes", "produced 22.7 mt of iron ore", []found{{"22.7 mt", "22700000", "", tn, exact, 0}}},
	{"a range in mt", "shipments of 1.1-1.2 mt", []found{{"1.1-1.2 mt", "1100000", "1200000", tn, rng, 0}}},
	{"a capacity in mt", "output of 400 mt", []found{{"400 mt", "400000000", "", tn, exact, 0}}},
	{"mt big", "1500 mt of sugar", []found{{"1500 mt", "1500", "", tn, exact, 0}}},
	{"of then per year", "5,000 t of ore per year", []found{{"5,000 t", "5000", "", tn, exact, 0}}},
	{"dry tonnes", "some 64,000 dry tonnes of nickel ore a year", []found{{"some 64,000 dry tonnes", "64000", "", tn, about, 0}}},
	{"wet tons", "9,500 wet tons at the jetty", []found{{"9,500 wet tons", "9500", "", ton, exact, 0}}},
	{"dry weather is no unit", "after 40 dry days", nil},
	{"short tons", "around 775 million short tons", []found{{"around 775 million short tons", "775000000", "", commodity.ShortTon, about, 0}}},
	{"long tons", "2 long tons", []found{{"2 long tons", "2", "", commodity.LongTon, exact, 0}}},
	{"st", "shipped 3.7mn st of steel", []found{{"3.7mn st", "3700000", "", commodity.ShortTon, exact, 0}}},
	{"Gt", "4.1 Gt of resources", []found{{"4.1 Gt", "4100000000", "", tn, exact, 0}}},
	{"mmt", "5 mmt of LNG", []found{{"5 mmt", "5000000", "", tn, exact, 0}}},
	{"kg", "2 kg of gold", []found{{"2 kg", "2", "", commodity.Kilogram, exact, 0}}},
	{"g", "500g of strawberries", []found{{"500g", "500", "", commodity.Gram, exact, 0}}},
	{"lbs", "You weigh 200lbs.", []found{{"200lbs", "200", "", commodity.Pound, exact, 0}}},
	{"pounds", "5 million pounds of copper", []found{{"5 million pounds", "5000000", "", commodity.Pound, exact, 0}}},
	{"Mlb", "25 Mlbs of U3O8", []found{{"25 Mlbs", "25000000", "", commodity.Pound, exact, 0}}},
	{"oz", "2oz of chocolate", []found{{"2oz", "2", "", commodity.Ounce, exact, 0}}},
	{"Moz", "a 5 Moz resource", []found{{"5 Moz", "5000000", "", commodity.TroyOunce, exact, 0}}},
	{"troy ounces", "120,000 troy ounces", []found{{"120,000 troy ounces", "120000", "", commodity.TroyOunce, exact, 0}}},
	{"dwt", "a 180,000 dwt Capesize", []found{{"180,000 dwt", "180000", "", commodity.DeadweightTonne, exact, 0}}},
	{"deadweight", "82,000 deadweight tonnes", []found{{"82,000 deadweight tonnes", "82000", "", commodity.DeadweightTonne, exact, 0}}},
	{"bracketed unit", "The weight is 20 (kg)", []found{{"20 (kg)", "20", "", commodity.Kilogram, exact, 0}}},
	{"a caption's year before its bracketed unit", "Monthly output, China, 2026 (tonnes)", nil},
	{"more tonnes", "500,000 more tonnes", []found{{"500,000 more tonnes", "500000", "", tn, exact, 0}}},
	{"milligrams", "2,000 milligrams", []found{{"2,000 milligrams", "2", "", commodity.Gram, exact, 0}}},

	// Rates.
	{"a year", "2.2 million tonnes a year of LNG", []found{{"2.2 million tonnes a year", "2200000", "", tn, exact, year}}},
	{"per year", "150,000 tons per year", []found{{"150,000 tons per year", "150000", "", ton, exact, year}}},
	{"annually", "3,000 tons annually", []found{{"3,000 tons annually", "3000", "", ton, exact, year}}},
	{"per annum", "4.4 million tonnes per\nannum (mtpa)", []found{{"4.4 million tonnes per\nannum (mtpa)", "4400000", "", tn, exact, year}}},
	{"thousands set apart by spaces", "a resource of 816 000 t", []found{{"816 000 t", "816000", "", tn, exact, 0}}},
	{"thousands set apart by a thin space", "up to 1\u2009500 t/y", []found{{"up to 1\u2009500 t/y", "1500", "", tn, most, year}}},
	{"no groups before a hyphenated unit", "12 300-tonne cargoes", nil},
	{"a month", "20,000 tonnes a month", []found{{"20,000 tonnes a month", "20000", "", tn, exact, commodity.Month}}},
	{"per day", "4,500 tonnes per day", []found{{"4,500 tonnes per day", "4500", "", tn, exact, commodity.Day}}},
	{"slash yr", "3,000 tonnes/yr", []found{{"3,000 tonnes/yr", "3000", "", tn, exact, year}}},
	{"t/yr", "the 35mn t/yr project", []found{{"35mn t/yr", "35000000", "", tn, exact, year}}},
	{"T/yr in a headline's capitals", "to take up to 5 mln T/yr of coal", []found{{"up to 5 mln T/yr", "5000000", "", tn, most, year}}},
	{"lakh tonnes per annum", "capacity of 12.7 LTPA of urea", []found{{"12.7 LTPA", "1270000", "", tn, exact, year}}},
	{"tpa", "3,000 tpa of oxide", []found{{"3,000 tpa", "3000", "", tn, exact, year}}},
	{"a range of mt with the scale after its upper end", "to secure 3-5 million mt/year of supply", []found{{"3-5 million mt/year", "3000000", "5000000", tn, rng, year}}},
	{"tpy", "500 tpy", []found{{"500 tpy", "500", "", tn, exact, year}}},
	{"dry metric tonnes a year", "approximately 38,000 dmtpa of concentrate", []found{{"approximately 38,000 dmtpa", "38000", "", tn, about, year}}},
	{"mtpa", "a 4.5 mtpa train", []found{{"4.5 mtpa", "4500000", "", tn, exact, year}}},
	{"Mtpa", "6 Mtpa of ore", []found{{"6 Mtpa", "6000000", "", tn, exact, year}}},
	{"ktpa", "a 20ktpa plant", []found{{"20ktpa", "20000", "", tn, exact, year}}},
	{"ktpy", "a 40ktpy HPAL project", []found{{"40ktpy", "40000", "", tn, exact, year}}},
	{"tpd", "a 4,500 tpd mill", []found{{"4,500 tpd", "4500", "", tn, exact, commodity.Day}}},
	{"a year ago", "5 Mt a year ago", []found{{"5 Mt", "5000000", "", tn, exact, 0}}},
	{"a year from", "8,000 tonnes a year from 2027", []found{{"8,000 tonnes a year", "8000", "", tn, exact, year}}},
	{"p.a.", "12,000 t p.a.", []found{{"12,000 t p.a.", "12000", "", tn, exact, year}}},

	// Bounds.
	{"up to", "to source up to 5 million tons", []found{{"up to 5 million tons", "5000000", "", ton, most, 0}}},
	{"as much as", "as much as 500,000 tonnes", []found{{"as much as 500,000 tonnes", "500000", "", tn, most, 0}}},
	{"no more than", "no more than 6 lbs", []found{{"no more than 6 lbs", "6", "", commodity.Pound, most, 0}}},
	{"maximum", "a maximum of 5,000 t", []found{{"a maximum of 5,000 t", "5000", "", tn, most, 0}}},
	{"less than", "less than six pounds of meat", []found{{"less than six pounds", "6", "", commodity.Pound, most, 0}}},
	{"not less than", "not less than 120,000 tonnes", []found{{"not less than 120,000 tonnes", "120000", "", tn, least, 0}}},
	{"no fewer than", "no fewer than 5,000 t", []found{{"no fewer than 5,000 t", "5000", "", tn, least, 0}}},
	{"below", "below 6.0 pounds", []found{{"below 6.0 pounds", "6", "", commodity.Pound, most, 0}}},
	{"more than", "more than 32.5 million metric tons", []found{{"more than 32.5 million metric tons", "32500000", "", tn, least, 0}}},
	{"over", "over four ounces", []found{{"over four ounces", "4", "", commodity.Ounce, least, 0}}},
	{"above", "above 1 Mt", []found{{"above 1 Mt", "1000000", "", tn, least, 0}}},
	{"at least", "at least 50ktpy of nickel", []found{{"at least 50ktpy", "50000", "", tn, least, year}}},
	{"exceeding", "exceeding 4 oz", []found{{"exceeding 4 oz", "4", "", commodity.Ounce, least, 0}}},
	{"a grade in per cent is no rate", "will deliver 180,000 tonnes of 5 per cent broken rice", []found{{"180,000 tonnes", "180000", "", tn, exact, 0}}},
	{"better than", "ran at better than 21 million tonnes a year", []found{{"better than 21 million tonnes a year", "21000000", "", tn, least, year}}},
	{"to exceed", "output is on track to exceed 150 million tonnes", []found{{"exceed 150 million tonnes", "150000000", "", tn, least, 0}}},
	{"will not exceed", "imports will not exceed 2 Mt", []found{{"not exceed 2 Mt", "2000000", "", tn, most, 0}}},
	{"topped", "exports topped 2 million tonnes", []found{{"topped 2 million tonnes", "2000000", "", tn, least, 0}}},
	{"about", "about 37ktpy nickel", []found{{"about 37ktpy", "37000", "", tn, about, year}}},
	{"around", "around 600 tonnes", []found{{"around 600 tonnes", "600", "", tn, about, 0}}},
	{"roughly", "roughly 2 Mt", []found{{"roughly 2 Mt", "2000000", "", tn, about, 0}}},
	{"approximately", "approximately 130 million tons per annum", []found{{"approximately 130 million tons per annum", "130000000", "", ton, about, year}}},
	{"nearly", "nearly 1,000 t", []found{{"nearly 1,000 t", "1000", "", tn, about, 0}}},
	{"almost", "almost 20 kt", []found{{"almost 20 kt", "20000", "", tn, about, 0}}},
	{"some", "some 2.4 billion tons", []found{{"some 2.4 billion tons", "2400000000", "", ton, about, 0}}},
	{"tilde", "~14 million mt of crude steel", []found{{"~14 million mt", "14000000", "", tn, about, 0}}},
	{"an estimated", "an estimated 5 Mt", []found{{"5 Mt", "5000000", "", tn, exact, 0}}},
	{"filler", "around an initial 10 million tonnes per year", []found{{"around an initial 10 million tonnes per year", "10000000", "", tn, about, year}}},
	{"up to about", "up to approximately 5 Mt", []found{{"up to approximately 5 Mt", "5000000", "", tn, most, 0}}},
	{"add up to", "will add up to a whopping 142,500 tons", []found{{"142,500 tons", "142500", "", ton, exact, 0}}},
	{"ramp up to", "to ramp up to 40 Mtpa", []found{{"40 Mtpa", "40000000", "", tn, exact, year}}},
	{"edged up to", "Output edged up to 6,140 tonnes.", []found{{"6,140 tonnes", "6140", "", tn, exact, 0}}},
	{"twice as much as", "twice as much as 5 Mt", []found{{"5 Mt", "5000000", "", tn, exact, 0}}},
	{"or more", "5,000 t or more", []found{{"5,000 t or more", "5000", "", tn, least, 0}}},
	{"or less", "5,000 t or less", []found{{"5,000 t or less", "5000", "", tn, most, 0}}},
	{"or so", "5,000 t or so", []found{{"5,000 t or so", "5000", "", tn, about, 0}}},
	{"a bound in brackets", "Contracted volume: 20 tonnes per year (minimum); option: 8 t (Maximum)", []found{{"20 tonnes per year (minimum)", "20", "", tn, least, year}, {"8 t (Maximum)", "8", "", tn, most, 0}}},
	{"brackets that are no bound", "20 tonnes (est.)", []found{{"20 tonnes", "20", "", tn, exact, 0}}},
	{"a record", "a record 563 metric tons", []found{{"563 metric tons", "563", "", tn, exact, 0}}},
	{"plus sign", "sales of 1,000+ tonnes", []found{{"1,000+ tonnes", "1000", "", tn, least, 0}}},
	{"plus word", "10,000-plus tonnes", []found{{"10,000-plus tonnes", "10000", "", tn, least, 0}}},
	{"restated", "150,000 tonnes (165,000 short tons) and 10.2 kt (9.8 kt last year)",
		[]found{{"150,000 tonnes", "150000", "", tn, exact, 0}, {"10.2 kt", "10200", "", tn, exact, 0}, {"9.8 kt", "9800", "", tn, exact, 0}}},

	// Ranges.
	{"to", "3,000 to 6,000 tons", []found{{"3,000 to 6,000 tons", "3000", "6000", ton, rng, 0}}},
	{"between", "between 3,000 and 6,000 tonnes", []found{{"between 3,000 and 6,000 tonnes", "3000", "6000", tn, rng, 0}}},
	{"hyphen", "200,000-300,000 tons", []found{{"200,000-300,000 tons", "200000", "300000", ton, rng, 0}}},
	{"en dash scales", "its 3.5mn\u20135mn t/yr project", []found{{"3.5mn\u20135mn t/yr", "3500000", "5000000", tn, rng, year}}},
	{"spaced dash", "1,000 \u2013 1,500 tonnes per annum (tpa)", []found{{"1,000 \u2013 1,500 tonnes per annum (tpa)", "1000", "1500", tn, rng, year}}},
	{"up to a range", "up to approximately 1,000 - 1,500 tonnes per annum", []found{{"up to approximately 1,000 - 1,500 tonnes per annum", "1000", "1500", tn, rng, year}}},
	{"borrowed scale", "3-5 million tonnes", []found{{"3-5 million tonnes", "3000000", "5000000", tn, rng, 0}}},
	{"kept scale", "500 to 1 million tonnes", []found{{"500 to 1 million tonnes", "500", "1000000", tn, rng, 0}}},
	{"words", "two to three million tonnes", []found{{"two to three million tonnes", "2000000", "3000000", tn, rng, 0}}},
	{"scaled unit", "3-5 Mt", []found{{"3-5 Mt", "3000000", "5000000", tn, rng, 0}}},
	{"from to", "from 3 to 5 million tonnes", []found{{"from 3 to 5 million tonnes", "3000000", "5000000", tn, rng, 0}}},
	{"units on both", "between 2.0 g and about 7.0 g", []found{{"between 2.0 g and about 7.0 g", "2", "7", commodity.Gram, rng, 0}}},
	{"tilde upper", "2 - ~7 grams", []found{{"2 - ~7 grams", "2", "7", commodity.Gram, rng, 0}}},
	{"about a range", "around 2 -7 g", []found{{"around 2 -7 g", "2", "7", commodity.Gram, rng, 0}}},
	{"change", "output rose from 5 Mt to 6 Mt", []found{{"5 Mt", "5000000", "", tn, exact, 0}, {"6 Mt", "6000000", "", tn, exact, 0}}},
	{"change taken", "that takes capacity from 2.1 million tonnes to 3.1 million tonnes", []found{{"2.1 million tonnes", "2100000", "", tn, exact, 0}, {"3.1 million tonnes", "3100000", "", tn, exact, 0}}},
	{"a change, then the level it reached", "stocks rose 6,075 tonnes to 231,590 tonnes", []found{{"6,075 tonnes", "6075", "", tn, exact, 0}, {"231,590 tonnes", "231590", "", tn, exact, 0}}},
	{"a change after 'edged up', then the level", "copper edged up 1,125 tonnes to 18,773 tonnes", []found{{"1,125 tonnes", "1125", "", tn, exact, 0}, {"18,773 tonnes", "18773", "", tn, exact, 0}}},
	{"a range after a verb of change is still a range with 'rise to'", "output will rise to 3-5 million tonnes", []found{{"3-5 million tonnes", "3000000", "5000000", tn, rng, 0}}},
	{"a change 'by another', then the level", "rose by another 14,100t to 63,450t", []found{{"14,100t", "14100", "", tn, exact, 0}, {"63,450t", "63450", "", tn, exact, 0}}},
	{"change apart", "went from 1,950 tons in 2014 to 5,274 tons in 2024", []found{{"1,950 tons", "1950", "", ton, exact, 0}, {"5,274 tons", "5274", "", ton, exact, 0}}},
	{"change after a possessive", "to raise BRC's production capacity from 3.5mtpa to 5.0 Mtpa", []found{{"3.5mtpa", "3500000", "", tn, exact, year}, {"5.0 Mtpa", "5000000", "", tn, exact, year}}},
	{"thousands of wet metric tonnes", "shipped 4,208 kwmt in the quarter", []found{{"4,208 kwmt", "4208000", "", tn, exact, 0}}},
	{"millions of dry metric tonnes", "guided to 2.1 Mdmt", []found{{"2.1 Mdmt", "2100000", "", tn, exact, 0}}},
	{"change five words back", "grew its annual LNG sales from 450,000 t to about 2.6 million tonnes", []found{{"450,000 t", "450000", "", tn, exact, 0}, {"about 2.6 million tonnes", "2600000", "", tn, about, 0}}},
	{"by then to", "raised capacity by 5 Mt to 10 Mt", []found{{"5 Mt", "5000000", "", tn, exact, 0}, {"10 Mt", "10000000", "", tn, exact, 0}}},
	{"not a range", "3,000 tons annually and 6,000 tons", []found{{"3,000 tons annually", "3000", "", ton, exact, year}, {"6,000 tons", "6000", "", ton, exact, 0}}},
	{"two quantities", "37ktpy nickel and 5kt cobalt", []found{{"37ktpy", "37000", "", tn, exact, year}, {"5kt", "5000", "", tn, exact, 0}}},

	// Vague amounts.
	{"billions of", "extract billions of tonnes of minerals", []found{{"billions of tonnes", "1000000000", "", tn, least, 0}}},
	{"tens of thousands of", "tens of thousands of tonnes", []found{{"tens of thousands of tonnes", "10000", "", tn, least, 0}}},
	{"hundreds of", "hundreds of tonnes", []found{{"hundreds of tonnes", "100", "", tn, least, 0}}},
}

// notQuantities hold words that look like a mass but are not an amount of
// material: prices, money, ratios, other dimensions, classes of vehicle,
// letters that merely look like units.
var notQuantities = []string{
	"pursuant to Paragraph 10.02(g) of the Listing Requirements",
	"$500 a ton",
	"US$120/t",
	"$18,000/t",
	"prices of 3,000 yuan per tonne",
	"\u00a540,000 per tonne",
	"ore at $98 a tonne",
	"grades of 5 g/t gold",
	"yields of 3 tonnes per hectare",
	"1.8 t per tonne of steel",
	"a throughput of 5 t/h",
	"a 5-ton truck",
	"a 40-ton dump truck",
	"a 6,000-ton press",
	"a 6,000-ton Giga Press",
	"a 1.5 t payload",
	"output of 400 MT",
	"1,200 t of ore per hour",
	"emissions of 1.8 tonnes of CO2 per tonne of steel",
	"15 kilotons of TNT",
	"a 1-megaton bomb",
	"sustained winds of 65 kt",
	"5 billion tonne-km of freight",
	"in 2023 t he company",
	"he sold 500 t he said",
	"James T. Kirk",
	"james t. kirk",
	"Lynas' Mt. Weld mine",
	"a 5% stake",
	"worth $3.15 billion",
	"60-kilowatt-hour batteries",
	"5 GWh of cells",
	"300 km of rail",
	"2 million cubic metres",
	"5 million barrels a day",
	"COVID-19 t",
	"worth 5 million pounds",
	"5 million pounds sterling",
	"paid 300 pounds for it",
	"3.5 m tonnes",
	"a ton of work",
	"tons of opportunities",
	"a 4g network",
	"the 2012-13 tonnes",
	"150 billion won ($124 million)",
	"in 2014 to 5,274 MW",
	"USD 500 t",
	"007 t",
	"a metric ton is a unit",
	"on the 21st of May",
}

func TestScan(t *testing.T) {
	for _, tc := range scanTests {
		qs := qty.Scan(nil, tc.in)
		checkScan(t, tc.in, qs)
		if diff := cmp.Diff(tc.want, foundOf(tc.in, qs)); diff != "" {
			t.Errorf("%s: Scan(%q) mismatch (-want +got):\n%s", tc.name, tc.in, diff)
		}
	}
}

func TestScanNotQuantities(t *testing.T) {
	for _, in := range notQuantities {
		qs := qty.Scan(nil, in)
		if len(qs) != 0 {
			t.Errorf("Scan(%q) = %v, want nothing", in, foundOf(in, qs))
		}
	}
}

// TestScanParts pins the parts of a range whose lower end borrows the
// scale and unit of the upper end.
func TestScanParts(t *testing.T) {
	s := "from 3-5 million tonnes a year"
	qs := qty.Scan(nil, s)
	if len(qs) != 1 {
		t.Fatalf("Scan(%q) = %d quantities", s, len(qs))
	}
	q := qs[0]
	got := []string{text(s, q.Lo.Num), text(s, q.Lo.Scale), text(s, q.Lo.Unit), text(s, q.Hi.Num), text(s, q.Hi.Unit)}
	want := []string{"3", "million", "tonnes", "5 million", "tonnes"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parts of %q (-want +got):\n%s", s, diff)
	}
}

// TestScanInText checks quantities found among other words, in order.
func TestScanInText(t *testing.T) {
	s := "Vietnam holds reserves of 3.5 million metric tons, though production in 2024 was just " +
		"300 metric tons; a buyer agreed to take up to 5 million tons of ore annually at $500 a ton."
	want := []found{
		{"3.5 million metric tons", "3500000", "", tn, exact, 0},
		{"300 metric tons", "300", "", tn, exact, 0},
		{"up to 5 million tons", "5000000", "", ton, most, 0},
	}
	qs := qty.Scan(nil, s)
	checkScan(t, s, qs)
	if diff := cmp.Diff(want, foundOf(s, qs)); diff != "" {
		t.Errorf("Scan mismatch (-want +got):\n%s", diff)
	}
}

func TestScanNoAllocs(t *testing.T) {
	texts := append([]string{
		"", "The company said on Thursday that prices rose 5% to $500 a ton in 2024.",
		strings.Repeat("Shares of POSCO Holdings rose 3.5% in Seoul, the most since May 2024. ", 50),
	}, notQuantities...)
	for _, s := range texts {
		if a := testing.AllocsPerRun(20, func() { qty.Scan(nil, s) }); a != 0 {
			t.Errorf("Scan(%.40q) allocates %v times", s, a)
		}
	}
}
