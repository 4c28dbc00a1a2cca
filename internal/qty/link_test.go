package qty_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/internal/qty"
)

// linked is what a test expects Link to tie a quantity to.
type linked struct {
	Text      string
	Commodity string // the catalogue id
	Form      string
	Measure   commodity.Measure
	Per       commodity.Period
	Period    string
	Unit      commodity.Unit
}

// linkText scans and links the sentences of one text, in order, the way a
// caller does, and returns the text and what was found.
func linkText(sents []string) (string, []qty.Quantity) {
	text := strings.Join(sents, " ")
	var ctx qty.Context
	var all []qty.Quantity
	off := 0
	for _, s := range sents {
		sent := qty.Span{Start: off, End: off + len(s)}
		qs := qty.Scan(nil, s)
		if len(qs) == 0 {
			ctx.Pass(sent)
		} else {
			for i := range qs {
				qs[i].Shift(off)
			}
			qty.Link(text, sent, qs, &ctx)
			all = append(all, qs...)
		}
		off += len(s) + 1
	}
	return text, all
}

func linkedOf(text string, qs []qty.Quantity) []linked {
	var out []linked
	for _, q := range qs {
		out = append(out, linked{
			Text: text[q.Span.Start:q.Span.End], Commodity: q.Commodity.ID(), Form: text[q.Form.Start:q.Form.End],
			Measure: q.Measure, Per: q.Per, Period: text[q.Period.Start:q.Period.End], Unit: q.Lo.Tonnage.Unit(),
		})
	}
	return out
}

const (
	reserves   = commodity.Reserves
	resources  = commodity.Resources
	production = commodity.Production
	capacity   = commodity.Capacity
	exports    = commodity.Exports
	imports    = commodity.Imports
	supply     = commodity.Supply
	demand     = commodity.Demand
	sales      = commodity.Sales
	shipments  = commodity.Shipments
	inventory  = commodity.Inventory
)

// linkTests pin what quantities are tied to, each in sentences of its own.
var linkTests = []struct {
	name  string
	sents []string
	want  []linked
}{
	{"the trade of buyers is not the material", []string{"The smelter's sulphuric acid, a by-product bought by fertilizer makers, reached an output of 20,000 tonnes."},
		[]linked{{"20,000 tonnes", "chemicals", "sulphuric acid", production, 0, "", tn}}},
	{"tonnes of uranium name the metal over the sentence's topic", []string{"Output of sulphuric acid rose to 1.1 million tonnes.", "Of the 9,120 tU sold, most went to China."},
		[]linked{{"1.1 million tonnes", "chemicals", "sulphuric acid", production, 0, "", tn}, {"9,120 tU", "uranium", "tU", sales, 0, "", tn}}},
	{"export sales are exports", []string{"Its export sales of coal rose to 9.8 million tonnes."},
		[]linked{{"9.8 million tonnes", "coal", "coal", exports, 0, "", tn}}},
	{"a participle that describes the material measures nothing", []string{"The miner reported October sales of 682,000 tonnes of processed coking coal."},
		[]linked{{"682,000 tonnes", "coal", "coking coal", sales, 0, "", tn}}},
	{"a state body's field is no material of the story", []string{"Copper output rose.", "He worked for the Mineral Resources and Petroleum Authority before.", "The plant made 20,000 tonnes."},
		[]linked{{"20,000 tonnes", "copper", "Copper", production, 0, "", tn}}},
	{"a trade before a firm's noun is no material of the story", []string{"A Japanese trader ends its run as a Chinese steel group takes a direct equity position in Australian supply.",
		"Sagami Shoji Kaisha has agreed to sell its 25% shareholding in Murrumba Iron Ore Pty Ltd to Hebei Jinrong Iron & Steel Group for A$640 million.",
		"ASX-listed Yanrey Iron, which owns the other 75% of Murrumba Iron Ore, told the market it had waived its right after what managing director Bronwyn Keats described as careful thought about bringing a steelmaker onto the register.",
		"Yanrey has built Murrumba into a 22 Mtpa operation since 2009."},
		[]linked{{"22 Mtpa", "iron-ore", "Iron Ore", capacity, year, "since 2009", tn}}},
	{"made before the figure, another verb after its material", []string{"The group made about 31 million tonnes of crude steel last year and imported roughly 48 million tonnes of iron ore."},
		[]linked{{"about 31 million tonnes", "steel", "crude steel", production, 0, "last year", tn}, {"roughly 48 million tonnes", "iron-ore", "iron ore", imports, 0, "", tn}}},
	{"the second field of a title is no material of the story", []string{"The deal was signed before the Director General of Mineral and Coal.", "Narmada Light Metals is raising the capacity of its smelter to 720,000 tonnes per annum."},
		[]linked{{"720,000 tonnes per annum", "", "", capacity, year, "", tn}}},
	{"arrivals are imports", []string{"Calendar-2026 arrivals reached 1.49 million tonnes."},
		[]linked{{"1.49 million tonnes", "", "", imports, 0, "", tn}}},
	{"of phrase", []string{"Vietnam holds reserves of 3.5 million metric tons of rare earths, survey data show."},
		[]linked{{"3.5 million metric tons", "rare-earths", "rare earths", reserves, 0, "", tn}}},
	{"before, with period", []string{"Neodymium production at the plant reached 410 tonnes in 2024."},
		[]linked{{"410 tonnes", "rare-earths", "Neodymium", production, 0, "2024", tn}}},
	{"turned out", []string{"The refinery turned out 20,000 tonnes of lithium hydroxide annually from 2023."},
		[]linked{{"20,000 tonnes", "lithium", "lithium hydroxide", production, year, "from 2023", tn}}},
	{"right after", []string{"The plant makes about 12ktpy cobalt and 3kt copper."},
		[]linked{{"about 12ktpy", "cobalt", "cobalt", production, year, "", tn}, {"3kt", "copper", "copper", production, 0, "", tn}}},
	{"head after a list", []string{"It will ship 8,000 tonnes of nickel, manganese and cobalt (NMC) cathode materials to Europe."},
		[]linked{{"8,000 tonnes", "other", "cathode materials", shipments, 0, "", tn}}},
	{"first of a phrase", []string{"The venture aims to make 50,000 tonnes a year of mixed nickel sulphate cobalt salts."},
		[]linked{{"50,000 tonnes a year", "nickel", "nickel sulphate", production, year, "", tn}}},
	{"sales carried", []string{"U.S. corn sales to foreign buyers fell 20% in the week.", "Japan bought 120,000 tons and Korea, 80,000 tons."},
		[]linked{{"120,000 tons", "corn", "corn", sales, 0, "", ton}, {"80,000 tons", "corn", "corn", sales, 0, "", ton}}},
	{"country imports", []string{"China's soybean purchases climbed to 9.5 million tonnes in May."},
		[]linked{{"9.5 million tonnes", "soybeans", "soybean", imports, 0, "May", tn}}},
	{"season", []string{"The EU will import 24mn t of wheat in 2025-26, up from 20mn t in 2024/25."},
		[]linked{{"24mn t", "wheat", "wheat", imports, 0, "2025-26", tn}, {"20mn t", "wheat", "wheat", imports, 0, "2024/25", tn}}},
	{"sale under a deal", []string{"Under the agreement, the miner will sell up to 2 million tonnes of iron ore a year to the mill."},
		[]linked{{"up to 2 million tonnes", "iron-ore", "iron ore", supply, year, "", tn}}},
	{"shipments are exports", []string{"Shipments to India reached 4 million tonnes of coal, a fifth of the country's exports."},
		[]linked{{"4 million tonnes", "coal", "coal", exports, 0, "", tn}}},
	{"rate and asset", []string{"The group plans a 2 Mtpa pellet plant in Oman."},
		[]linked{{"2 Mtpa", "iron-ore", "pellet", capacity, year, "", tn}}},
	{"annual before", []string{"The site has an annual capacity of 250,000 tonnes of copper cathode."},
		[]linked{{"250,000 tonnes", "copper", "copper cathode", capacity, year, "", tn}}},
	{"annual after", []string{"A 1.5-million-ton annual capacity is planned for the steel mill."},
		[]linked{{"1.5-million-ton", "steel", "steel", capacity, year, "", ton}}},
	{"annually apart", []string{"The buyer will annually purchase as much as 300,000 tonnes of urea."},
		[]linked{{"as much as 300,000 tonnes", "fertilizer", "urea", supply, year, "", tn}}},
	{"per year apart", []string{"Each of the two utilities will import 1.5 million tonnes of LNG from Qatar per year."},
		[]linked{{"1.5 million tonnes", "lng", "LNG", imports, year, "", tn}}},
	{"troy ounces", []string{"The mine poured 250,000 ounces of gold last year."},
		[]linked{{"250,000 ounces", "gold", "gold", production, 0, "last year", commodity.TroyOunce}}},
	{"the company's name, for its own output", []string{"State-owned Tsogt Uul Coal JSC mined 31.5 million tonnes last year."},
		[]linked{{"31.5 million tonnes", "coal", "Coal", production, 0, "last year", tn}}},
	{"crude output in a story of steel", []string{"The steelmaker made 11.2 million tonnes of crude steel.", "Crude output was 2.71 Mt in the quarter."},
		[]linked{{"11.2 million tonnes", "steel", "crude steel", production, 0, "", tn}, {"2.71 Mt", "steel", "Crude", production, 0, "", tn}}},
	{"name is not a commodity", []string{"The Taiwan Cement unit will buy up to 9,000 tonnes a year."},
		[]linked{{"up to 9,000 tonnes a year", "", "", supply, year, "", tn}}},
	{"lead the verb", []string{"The deal will lead to 5,000 tonnes of extra output."},
		[]linked{{"5,000 tonnes", "", "", production, 0, "", tn}}},
	{"by a year", []string{"Production of potash should reach 1 million tons by 2030."},
		[]linked{{"1 million tons", "fertilizer", "potash", production, 0, "by 2030", ton}}},
	{"equal to", []string{"Its MHP capacity will be 240ktpy, equal to about 37ktpy nickel."},
		[]linked{{"240ktpy", "nickel", "MHP", capacity, year, "", tn}, {"about 37ktpy", "nickel", "nickel", capacity, year, "", tn}}},
	{"change shares the rate", []string{"Zinc output will rise to 45,000 tonnes a year from 15,000 tonnes."},
		[]linked{{"45,000 tonnes a year", "zinc", "Zinc", production, year, "", tn}, {"15,000 tonnes", "zinc", "Zinc", production, year, "", tn}}},
	{"a rate after an acronym in brackets", []string{"The plant will produce up to 120,000 tonnes of nickel contained in mixed hydroxide precipitate (MHP) per annum."},
		[]linked{{"up to 120,000 tonnes", "nickel", "nickel", production, year, "", tn}}},
	{"a rate after another figure is that one's", []string{"The mill produced 14.2 million tonnes of crude steel last year and imports about 20 million tonnes of iron ore annually."},
		[]linked{{"14.2 million tonnes", "steel", "crude steel", production, 0, "last year", tn}, {"about 20 million tonnes", "iron-ore", "iron ore", imports, year, "", tn}}},
	{"resold, to other buyers", []string{"The utility will resell 0.5 million tonnes a year of LNG to other Asian buyers."},
		[]linked{{"0.5 million tonnes a year", "lng", "LNG", sales, year, "", tn}}},
	{"a coke oven battery's rate", []string{"The company operates a 1.2 mtpa coke oven battery in Odisha."},
		[]linked{{"1.2 mtpa", "coal", "coke", capacity, year, "", tn}}},
	{"heavy plate is steel", []string{"It sells around 1.1 million tonnes of heavy plate a year."},
		[]linked{{"around 1.1 million tonnes", "steel", "heavy plate", sales, year, "", tn}}},
	{"stocks", []string{"Copper stocks in LME warehouses fell to 120,000 tonnes."},
		[]linked{{"120,000 tonnes", "copper", "Copper", inventory, 0, "", tn}}},
	{"demand", []string{"Global nickel demand is expected to reach 4 million tonnes in 2030."},
		[]linked{{"4 million tonnes", "nickel", "nickel", demand, 0, "2030", tn}}},
	{"resources", []string{"The deposit hosts resources of 1.2bn tonnes of bauxite."},
		[]linked{{"1.2bn tonnes", "aluminium", "bauxite", resources, 0, "", tn}}},
	{"waste batteries are a material", []string{"The recycler has annual processing capacity of 90,000 tonnes of waste batteries."},
		[]linked{{"90,000 tonnes", "other", "waste batteries", capacity, year, "", tn}}},
	{"waste rock is waste", []string{"The pit moved 40,000 tonnes of waste rock."},
		[]linked{{"40,000 tonnes", "", "", commodity.OtherMeasure, 0, "", tn}}},
	{"production scrap is a material", []string{"The cell maker will deliver 8,000 tonnes of production scrap a year to the recycler."},
		[]linked{{"8,000 tonnes", "other", "production scrap", supply, year, "", tn}}},
	{"a figure of another commodity does not take the last figure's measure", []string{"Imports of coated sheet reached 1.2 million tons.", "The mill cut its crude steel forecast to 7.4 million tons."},
		[]linked{{"1.2 million tons", "", "", imports, 0, "", ton}, {"7.4 million tons", "steel", "crude steel", 0, 0, "", ton}}},
	{"a figure of the same commodity does", []string{"Imports of crude steel reached 1.2 million tons.", "Another 400,000 tons of crude steel came in May."},
		[]linked{{"1.2 million tons", "steel", "crude steel", imports, 0, "", ton}, {"400,000 tons", "steel", "crude steel", imports, 0, "May", ton}}},
	{"stocks of imported ore are stocks", []string{"Port inventories of imported ore climbed to roughly 152 million tonnes."},
		[]linked{{"roughly 152 million tonnes", "iron-ore", "ore", inventory, 0, "", tn}}},
	{"a plant grown from one rate to another: its capacity", []string{"The deposit hosts resources of 80 million tonnes of bauxite.", "The alumina refinery at Koraput will be expanded from 1.5 MTPA to 2.8 MTPA."},
		[]linked{{"80 million tonnes", "aluminium", "bauxite", resources, 0, "", tn}, {"1.5 MTPA", "aluminium", "alumina", capacity, year, "", tn}, {"2.8 MTPA", "aluminium", "alumina", capacity, year, "", tn}}},
	{"the expansion of a smelter from one rate to another", []string{"The board approved the expansion of its aluminium smelter from 5.8 lakh tonnes per annum to 9.5 lakh TPA."},
		[]linked{{"5.8 lakh tonnes per annum", "aluminium", "aluminium", capacity, year, "", tn}, {"9.5 lakh TPA", "aluminium", "aluminium", capacity, year, "", tn}}},
	{"the field of a body is no commodity of the figure", []string{"Kora will lift output to 2 million tonnes a year under an MoU with the Department of Steel and Mines."},
		[]linked{{"2 million tonnes a year", "", "", production, year, "", tn}}},
	{"a word of the product between the rate adjective and the measure", []string{"Its annual copper foil capacity is to rise to 54,000 tonnes."},
		[]linked{{"54,000 tonnes", "copper", "copper", capacity, year, "", tn}}},
	{"able to refine: capacity; crushed: production", []string{"The plant will be able to refine 2,000 tonnes of raw sugar per day.", "Its mills crushed 6.8 million tonnes of cane in the season."},
		[]linked{{"2,000 tonnes", "sugar", "raw sugar", capacity, commodity.Day, "", tn}, {"6.8 million tonnes", "sugar", "raw sugar", production, 0, "", tn}}},
	{"a mine expanded to a rate is its capacity", []string{"Kora wants to expand Koodarrie to 30 mtpa by 2029."},
		[]linked{{"30 mtpa", "", "", capacity, year, "by 2029", tn}}},
	{"a rate before a potline is its capacity", []string{"The smelter commissioned a 180 ktpa potline."},
		[]linked{{"180 ktpa", "", "", capacity, year, "", tn}}},
	{"other measure", []string{"The dam holds 12 million tonnes of tailings."},
		[]linked{{"12 million tonnes", "", "", commodity.OtherMeasure, 0, "", tn}}},
	{"ounces of another thing", []string{"Regulators held 68-ounce cans of mushrooms."},
		[]linked{{"68-ounce", "", "", 0, 0, "", commodity.Ounce}}},
	{"commodity from before", []string{
		"The group finished building an electrical steel plant on Friday, betting on demand from carmakers.",
		"With a first-stage capacity of 150,000 tons per year, the plant doubles the group's output."},
		[]linked{{"150,000 tons per year", "steel", "electrical steel", capacity, year, "", ton}}},
	{"topic of the sentence before", []string{
		"Kurobe said it would double lithium hydroxide capacity, betting carmakers will pay more for battery chemicals.",
		"The expansion will lift annual output to 30,000 tonnes."},
		[]linked{{"30,000 tonnes", "lithium", "lithium hydroxide", production, year, "", tn}}},
	{"measure carried", []string{"Rio raised its capacity to 40 Mt.", "To reach the 50-million-tonne goal, it will buy a mine."},
		[]linked{{"40 Mt", "", "", capacity, 0, "", tn}, {"50-million-tonne", "", "", capacity, 0, "", tn}}},
	{"ore then a metal", []string{"The plant will bring 43,000 tons of capacity based on imported ore lithium."},
		[]linked{{"43,000 tons", "lithium", "lithium", capacity, 0, "", ton}}},
	{"fiscal year", []string{"Stocks hit 1 million tonnes in Q3 2024, and FY2025 guidance is 3 Mt."},
		[]linked{{"1 million tonnes", "", "", inventory, 0, "Q3 2024", tn}, {"3 Mt", "", "", inventory, 0, "FY2025", tn}}},
	{"subject of a later verb", []string{"Almost 3 million tons of wheat, nearly double last year, were exported."},
		[]linked{{"Almost 3 million tons", "wheat", "wheat", exports, 0, "", ton}}},
	{"deadweight", []string{"The 82,000 dwt vessel arrived with 75,000 tonnes of corn for the mill."},
		[]linked{{"82,000 dwt", "", "", capacity, 0, "", commodity.DeadweightTonne}, {"75,000 tonnes", "corn", "corn", 0, 0, "", tn}}},
	{"per after of", []string{"Smelters will consume 5,000 t of ore per year."},
		[]linked{{"5,000 t", "iron-ore", "ore", demand, year, "", tn}}},
	{"supply chain", []string{"The 20,000 tonnes eased supply chain worries."},
		[]linked{{"20,000 tonnes", "", "", 0, 0, "", tn}}},
	{"sources said", []string{"Sources said 300,000 tonnes sat at the port."},
		[]linked{{"300,000 tonnes", "", "", 0, 0, "", tn}}},
	{"quarter of a year", []string{"Output rose to 1.2 million tonnes of alumina in the first quarter of 2025."},
		[]linked{{"1.2 million tonnes", "aluminium", "alumina", production, 0, "the first quarter of 2025", tn}}},
	{"bare ore of the story's metal", []string{
		"The zinc miner lifted its guidance on Tuesday.",
		"It expects to truck 2.4 million tonnes of ore to the mill in 2026."},
		[]linked{{"2.4 million tonnes", "zinc", "ore", 0, 0, "2026", tn}}},
	{"bare ore of the sentence's metal", []string{"The cobalt venture will process 300,000 tonnes of ore a year."},
		[]linked{{"300,000 tonnes", "cobalt", "ore", capacity, year, "", tn}}},
	{"verb mine over a carried measure", []string{"The study put resources at 40 Mt.", "The partners will mine 2 Mt a year from 2027."},
		[]linked{{"40 Mt", "", "", resources, 0, "", tn}, {"2 Mt a year", "", "", production, year, "from 2027", tn}}},
	{"capitalised Mineral Resource", []string{"The offtake covers 500 tonnes of NdPr oxide.", "The deposit has an Indicated Mineral Resource of 9.1 Mt."},
		[]linked{{"500 tonnes", "rare-earths", "NdPr oxide", supply, 0, "", tn}, {"9.1 Mt", "rare-earths", "NdPr oxide", resources, 0, "", tn}}},
	{"memorandum bullet", []string{"- Conditional MOU with a steelmaker for up to 40,000 tpa of pig iron"},
		[]linked{{"up to 40,000 tpa", "steel", "pig iron", supply, year, "", tn}}},
	{"term sheet", []string{"A signed term sheet with the smelter covers 2,000 to 2,500 tonnes per annum of tin concentrate."},
		[]linked{{"2,000 to 2,500 tonnes per annum", "tin", "tin concentrate", supply, year, "", tn}}},
	{"demonym buyers import", []string{"Korean feed makers booked 130,000 tonnes of corn last week."},
		[]linked{{"130,000 tonnes", "corn", "corn", imports, 0, "last week", tn}}},
	{"buying more of the imports, no rate carried", []string{"Egypt imports 12 million tonnes of wheat a year and plans to buy another 1 million tonnes in July."},
		[]linked{{"12 million tonnes", "wheat", "wheat", imports, year, "", tn}, {"1 million tonnes", "wheat", "wheat", imports, 0, "July", tn}}},

	// What a plant can do is its capacity; what it does or will do is
	// production.
	{"can make", []string{"The new line can make 40,000 tonnes of cathode copper a year."},
		[]linked{{"40,000 tonnes", "copper", "cathode copper", capacity, year, "", tn}}},
	{"designed to produce", []string{"The refinery is designed to produce 250,000 tonnes of lithium hydroxide annually."},
		[]linked{{"250,000 tonnes", "lithium", "lithium hydroxide", capacity, year, "", tn}}},
	{"built to turn out", []string{"The concentrator was built to turn out 600,000 tonnes of zinc concentrate a year."},
		[]linked{{"600,000 tonnes", "zinc", "zinc concentrate", capacity, year, "", tn}}},
	{"capable of producing", []string{"Once rebuilt, the smelter will be capable of producing 12,000 tonnes of tin a year."},
		[]linked{{"12,000 tonnes", "tin", "tin", capacity, year, "", tn}}},
	{"can mine", []string{"The open pit can mine 3 Mt of bauxite a year."},
		[]linked{{"3 Mt", "aluminium", "bauxite", capacity, year, "", tn}}},
	{"will produce is production", []string{"The mine will produce 40,000 tonnes of copper a year from 2027."},
		[]linked{{"40,000 tonnes", "copper", "copper", production, year, "from 2027", tn}}},
	{"expected to produce is production", []string{"Analysts expect the group to produce 3 Mt of nickel ore in 2026."},
		[]linked{{"3 Mt", "nickel", "nickel ore", production, 0, "2026", tn}}},
	{"could produce is production", []string{"The miner could produce 2 Mt of coal next year."},
		[]linked{{"2 Mt", "coal", "coal", production, 0, "next year", tn}}},

	// Processing at a rate is capacity; processing done, or without a
	// rate, is production; throughput without a rate, shipments.
	{"treats a year", []string{"The concentrator treats about 4 million tonnes of copper ore a year."},
		[]linked{{"about 4 million tonnes", "copper", "copper ore", capacity, year, "", tn}}},
	{"processes per day", []string{"The plant processes 2,500 tonnes of nickel ore per day."},
		[]linked{{"2,500 tonnes", "nickel", "nickel ore", capacity, commodity.Day, "", tn}}},
	{"convert into", []string{"The smelter will convert 50,000 tonnes of alumina a year into metal."},
		[]linked{{"50,000 tonnes", "aluminium", "alumina", capacity, year, "", tn}}},
	{"throughput at a rate", []string{"After the upgrade the copper mill will reach a throughput of 12 million tonnes a year."},
		[]linked{{"12 million tonnes a year", "copper", "copper", capacity, year, "", tn}}},
	{"processed is production", []string{"The mill processed 3.2 million tonnes of copper ore in 2024."},
		[]linked{{"3.2 million tonnes", "copper", "copper ore", production, 0, "2024", tn}}},
	{"process without a rate", []string{"The plant will process 500,000 tonnes of bauxite in 2026."},
		[]linked{{"500,000 tonnes", "aluminium", "bauxite", production, 0, "2026", tn}}},
	{"converted into is production", []string{"The smelter converted 48,000 tonnes of alumina into metal last year."},
		[]linked{{"48,000 tonnes", "aluminium", "alumina", production, 0, "last year", tn}}},
	{"throughput without a rate", []string{"Port throughput reached 300 million tonnes of coal last year."},
		[]linked{{"300 million tonnes", "coal", "coal", shipments, 0, "last year", tn}}},

	// Taking the figure is buying it.
	{"take a figure", []string{"The steelmaker will take up to 1.5 million tonnes of coking coal a year from the mine."},
		[]linked{{"up to 1.5 million tonnes", "coal", "coking coal", supply, year, "", tn}}},
	{"take no figure", []string{"It will take two years to reach 50,000 tonnes of copper output."},
		[]linked{{"50,000 tonnes", "copper", "copper", production, 0, "", tn}}},
	{"take the plant to", []string{"The upgrade will take the plant to 80,000 tonnes of lithium carbonate capacity."},
		[]linked{{"80,000 tonnes", "lithium", "lithium carbonate", capacity, 0, "", tn}}},

	// A first call on output is an offtake.
	{"first call on", []string{"The trader has first call on up to 200,000 tonnes of zinc concentrate a year from the mine."},
		[]linked{{"up to 200,000 tonnes", "zinc", "zinc concentrate", supply, year, "", tn}}},
	{"call on without first", []string{"Analysts call on the miner to cut output to 2 Mt of coal."},
		[]linked{{"2 Mt", "coal", "coal", production, 0, "", tn}}},

	// A quota is one of what the word before it names.
	{"export quota", []string{"The ministry set an export quota of 1.5 million tonnes of rice for 2026."},
		[]linked{{"1.5 million tonnes", "rice", "rice", exports, 0, "2026", tn}}},
	{"mining quota", []string{"Beijing raised the mining quota to 270,000 tonnes of rare earths."},
		[]linked{{"270,000 tonnes", "rare-earths", "rare earths", production, 0, "", tn}}},
	{"bare quota", []string{"Traders said quotas of 400,000 tonnes of sugar went unused."},
		[]linked{{"400,000 tonnes", "sugar", "sugar", commodity.OtherMeasure, 0, "", tn}}},

	// Burning is consumption.
	{"burns", []string{"The power station burns about 6 million tonnes of thermal coal a year."},
		[]linked{{"about 6 million tonnes", "coal", "thermal coal", demand, year, "", tn}}},
	{"burned cash", []string{"The company burned through cash as copper output fell to 20,000 tonnes."},
		[]linked{{"20,000 tonnes", "copper", "copper", production, 0, "", tn}}},

	// A shipment under a deal named in its clause is supply, though the
	// sentence names exports.
	{"ship under a deal", []string{"The miner used its export permit to ship 20,000 tonnes of graphite a month to a battery maker under a supply deal."},
		[]linked{{"20,000 tonnes", "graphite", "graphite", supply, commodity.Month, "", tn}}},
	{"ship with exports, deal elsewhere", []string{"Under its new contract the miner hired more staff; it will ship 20,000 tonnes of graphite to Japan, a third of its exports."},
		[]linked{{"20,000 tonnes", "graphite", "graphite", exports, 0, "", tn}}},

	// Rate words that end the figure's own noun phrase.
	{"rate of the noun phrase", []string{"The smelter produces 90,000 tonnes of zinc a year and treats about 400 tonnes of concentrate per day."},
		[]linked{{"90,000 tonnes", "zinc", "zinc", production, year, "", tn}, {"about 400 tonnes", "zinc", "zinc", capacity, commodity.Day, "", tn}}},
	{"in a day is no rate", []string{"The port loaded 80,000 tonnes of coal in a single day."},
		[]linked{{"80,000 tonnes", "coal", "coal", shipments, 0, "", tn}}},

	// The commodity after a figure is read up to a new predicate.
	{"commodity of a new predicate", []string{
		"The group runs the largest nickel smelter in Asia.",
		"It aims to lift output to 400,000 tonnes a year by 2028 and to add a plant for vanadium."},
		[]linked{{"400,000 tonnes a year", "nickel", "nickel", production, year, "by 2028", tn}}},
	{"commodity after a plain and", []string{"It plans to produce 30,000 tonnes a year and sell it as nickel sulphate."},
		[]linked{{"30,000 tonnes a year", "nickel", "nickel sulphate", production, year, "", tn}}},

	// A figure that restates an earlier one takes its measure.
	{"restated figure", []string{
		"The smelter will have a capacity of 45,000 tonnes of tin a year.", "It was approved in March.",
		"Banks lent to it.", "Workers were hired.", "45,000 tonnes is a lot for a first plant."},
		[]linked{{"45,000 tonnes", "tin", "tin", capacity, year, "", tn}, {"45,000 tonnes", "tin", "tin", capacity, 0, "", tn}}},
	{"restated in other units", []string{
		"The smelter will have a capacity of 45kt of tin a year.", "It was approved in March.",
		"Banks lent to it.", "Workers were hired.", "Forty-five thousand tonnes is a lot for a first plant."},
		[]linked{{"45kt", "tin", "tin", capacity, year, "", tn}, {"Forty-five thousand tonnes", "tin", "tin", capacity, 0, "", tn}}},
	{"another figure is not restated", []string{
		"The smelter will have a capacity of 45,000 tonnes of tin a year.", "It was approved in March.",
		"Banks lent to it.", "Workers were hired.", "30,000 tonnes is a lot for a first plant."},
		[]linked{{"45,000 tonnes", "tin", "tin", capacity, year, "", tn}, {"30,000 tonnes", "tin", "tin", 0, 0, "", tn}}},
}

func TestLink(t *testing.T) {
	for _, tc := range linkTests {
		text, qs := linkText(tc.sents)
		if diff := cmp.Diff(tc.want, linkedOf(text, qs)); diff != "" {
			t.Errorf("%s: Link mismatch (-want +got):\n%s", tc.name, diff)
		}
	}
}
