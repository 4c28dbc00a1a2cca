package parse

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/entity"
)

// ent declares an entity for a relations test: its kind, its names (every
// whole-word occurrence of each becomes a mention) and a person's roles.
type ent struct {
	kind  entity.Kind
	names []string
	title string // a person's title, at the org below
	org   string // name of the org (first name of another ent)
}

// relationsOf lays out text, adds the declared entities with their
// mentions, runs the relations step and returns the relations as
// "kind(subject, object)" with attributes, sorted.
func relationsOf(t *testing.T, text string, asOf article.Date, ents []ent) []string {
	t.Helper()
	d := newDoc(text)
	a := &article.Article{AsOf: asOf}
	d.layout(a)
	a.AsOf = asOf
	d.quantities(a)
	ids := map[string]string{}
	for i, e := range ents {
		id := "e" + itoa(i+1)
		ids[e.names[0]] = id
		ae := article.Entity{ID: id, Kind: e.kind, Name: e.names[0]}
		for _, n := range e.names {
			for from := 0; ; {
				k := strings.Index(text[from:], n)
				if k < 0 {
					break
				}
				k += from
				end := k + len(n)
				if (k == 0 || !isWordChar(text[k-1])) && (end == len(text) || !isWordChar(text[end])) {
					ae.Mentions = append(ae.Mentions, article.Span{Start: k, End: end})
				}
				from = end
			}
		}
		a.Entities = append(a.Entities, ae)
	}
	for i, e := range ents {
		if e.title != "" {
			a.Entities[i].Roles = []article.Role{{Title: e.title, Org: ids[e.org]}}
		}
	}
	d.relations(a)
	name := map[string]string{}
	for _, e := range a.Entities {
		name[e.ID] = e.Name
	}
	var out []string
	for _, r := range a.Relations {
		s := r.Kind.String() + "(" + name[r.Subject] + ", " + name[r.Object] + ")"
		if r.Title != "" {
			s += " title=" + r.Title
		}
		if r.Type != "" {
			s += " type=" + r.Type
		}
		if r.HasPercent {
			s += " percent=" + r.Percent.String()
		}
		if !r.Date.IsZero() {
			s += " date=" + r.Date.String()
		}
		if st := r.Span.Text(text); st == "" {
			t.Errorf("relation %s has no evidence span", s)
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func co(names ...string) ent { return ent{kind: entity.KindCompany, names: names} }
func country(names ...string) ent {
	return ent{kind: entity.KindCountry, names: names}
}
func gov(names ...string) ent { return ent{kind: entity.KindGovernment, names: names} }
func person(name, title, org string) ent {
	return ent{kind: entity.KindPerson, names: []string{name}, title: title, org: org}
}

func TestRelations(t *testing.T) {
	fri := article.Date{Year: 2025, Month: time.June, Day: 6}
	for _, tc := range []struct {
		name string
		text string
		ents []ent
		want []string
	}{
		{"former name, previously known as",
			"Hanbit Energy, previously known as Hanbit Cable Asia, leads the market.",
			[]ent{co("Hanbit Energy"), co("Hanbit Cable Asia")},
			[]string{"former_name(Hanbit Energy, Hanbit Cable Asia)"}},
		{"former name in brackets",
			"Seorin Materials (formerly Seorin Chemical) said sales rose.",
			[]ent{co("Seorin Materials"), co("Seorin Chemical")},
			[]string{"former_name(Seorin Materials, Seorin Chemical)"}},
		{"former name of the company",
			"Seorin Materials opened a plant. The company, formerly known as Seorin Chemical, supplies Daewon Cells.",
			[]ent{co("Seorin Materials", "The company"), co("Seorin Chemical"), co("Daewon Cells")},
			[]string{"former_name(Seorin Materials, Seorin Chemical)", "supplier_of(Seorin Materials, Daewon Cells)"}},
		{"changed its name",
			"Kora Minerals changed its name from Kora Gold in 2019.",
			[]ent{co("Kora Minerals"), co("Kora Gold")},
			[]string{"former_name(Kora Minerals, Kora Gold)"}},
		{"renamed",
			"Kora Gold was renamed Kora Minerals last year.",
			[]ent{co("Kora Minerals"), co("Kora Gold")},
			[]string{"former_name(Kora Minerals, Kora Gold)"}},
		{"unit of",
			"Hanoi Wire, a unit of Sample Holdings, will build the line.",
			[]ent{co("Hanoi Wire"), co("Sample Holdings")},
			[]string{"subsidiary_of(Hanoi Wire, Sample Holdings)"}},
		{"unit of a place-based parent",
			"Kesong Cable, a unit of Osaka-based Rinku Holdings, will build the line.",
			[]ent{co("Kesong Cable"), co("Rinku Holdings")},
			[]string{"subsidiary_of(Kesong Cable, Rinku Holdings)"}},
		{"subsidiary of a country's parent, after a bracketed short name",
			"Gyeo Magnetics Co., Ltd. (\"Gyeo\"), a subsidiary of Korea's Hanra Holdings, will buy the ore.",
			[]ent{co("Gyeo Magnetics Co., Ltd.", "Gyeo"), co("Hanra Holdings"), country("Korea")},
			[]string{"subsidiary_of(Gyeo Magnetics Co., Ltd., Hanra Holdings)"}},
		{"a share that gives the subject a stake",
			"Tsukiyo Shoji will subscribe for new shares in Kora Minerals, giving it a 12.4% interest in the Australian company.",
			[]ent{co("Tsukiyo Shoji"), co("Kora Minerals", "the Australian company")},
			[]string{"stake_in(Tsukiyo Shoji, Kora Minerals) percent=12.4"}},
		{"owned by a described owner",
			"Kora Minerals, 51% owned by state mining holding company Bumi Logam, produced ore.",
			[]ent{co("Kora Minerals"), co("Bumi Logam")},
			[]string{"stake_in(Bumi Logam, Kora Minerals) percent=51"}},
		{"an agreement with a partner described after a dotted country",
			"Kalbar signed a memorandum of understanding with U.S. producer Keystone Metals on Monday.",
			[]ent{co("Kalbar"), co("Keystone Metals"), country("U.S.")},
			[]string{"agreement(Kalbar, Keystone Metals) type=mou"}},
		{"a venture being formed is a joint venture",
			"Kalbar Alumina has formed a 60:40 venture with China's Hengtai Aluminium to build a refinery.",
			[]ent{co("Kalbar Alumina"), co("Hengtai Aluminium"), country("China")},
			[]string{"joint_venture(Kalbar Alumina, Hengtai Aluminium)"}},
		{"a venture not formed is no joint venture",
			"Kalbar Alumina said the venture with Hengtai Aluminium had ended.",
			[]ent{co("Kalbar Alumina"), co("Hengtai Aluminium")},
			nil},
		{"in which the owner holds a stake",
			"Kalbar Alumina, in which investment firm Lintang Capital holds a 35% stake, had bauxite in stock.",
			[]ent{co("Kalbar Alumina"), co("Lintang Capital")},
			[]string{"stake_in(Lintang Capital, Kalbar Alumina) percent=35"}},
		{"a stake in a parent's unit named after a comma",
			"Daeho Steel will buy a 30% stake in Karratha Iron's pelletising unit, Cossack Pellet, for A$210 million.",
			[]ent{co("Daeho Steel"), co("Karratha Iron"), co("Cossack Pellet")},
			[]string{"acquisition(Daeho Steel, Cossack Pellet) percent=30", "stake_in(Daeho Steel, Cossack Pellet) percent=30", "subsidiary_of(Cossack Pellet, Karratha Iron)"}},
		{"a supply under a contract is also an agreement",
			"Isaac Coal will supply 1.5 mtpa of coking coal to Bharat Steel under a new three-year contract.",
			[]ent{co("Isaac Coal"), co("Bharat Steel")},
			[]string{"agreement(Isaac Coal, Bharat Steel) type=contract", "supplier_of(Isaac Coal, Bharat Steel)"}},
		{"an agreement to sell to a buyer",
			"Wirra Copper has signed a binding agreement to sell up to 100,000 tonnes of concentrate a year to Kanmon Smelting from 2026.",
			[]ent{co("Wirra Copper"), co("Kanmon Smelting")},
			[]string{"agreement(Wirra Copper, Kanmon Smelting)", "supplier_of(Wirra Copper, Kanmon Smelting)"}},
		{"a stake raised, its new size after the company",
			"Bharat Steel has raised its stake in coking coal miner Zambezi Coal to 51% from 26%.",
			[]ent{co("Bharat Steel"), co("Zambezi Coal")},
			[]string{"acquisition(Bharat Steel, Zambezi Coal) percent=51", "stake_in(Bharat Steel, Zambezi Coal) percent=51"}},
		{"changed its name to a name from another",
			"Wirra Copper said so. The company changed its name to Wirra Copper from Nullar Exploration in 2019.",
			[]ent{co("Wirra Copper", "The company"), co("Nullar Exploration")},
			[]string{"former_name(Wirra Copper, Nullar Exploration)"}},
		{"a takeover of a described company",
			"Wirra Copper has completed the takeover of South Australian gold and copper producer Gawler Metals, creating a miner.",
			[]ent{co("Wirra Copper"), co("Gawler Metals"), country("Australian")},
			[]string{"acquisition(Wirra Copper, Gawler Metals)"}},
		{"a former name, then a customer after 'to'",
			"The group, which changed its name from Song Pipe in 2019, supplies coil to Korean shipbuilder Daeyang Heavy.",
			[]ent{co("Song Steel", "The group"), co("Song Pipe"), co("Daeyang Heavy"), country("Korean")},
			[]string{"former_name(Song Steel, Song Pipe)", "supplier_of(Song Steel, Daeyang Heavy)"}},
		{"a unit named before its parent's possessive",
			"The ore will go to Shikoku Refining, Sakaide Shoji's unit in Ehime, which makes nickel.",
			[]ent{co("Shikoku Refining"), co("Sakaide Shoji")},
			[]string{"subsidiary_of(Shikoku Refining, Sakaide Shoji)"}},
		{"a venture in apposition, its owner in the sentence before",
			"Jinhe Chemical said output rose. The group also owns 45% of Sarawak Urea, a joint venture with Malaysia's Borneo Ammonia.",
			[]ent{co("Jinhe Chemical"), co("Sarawak Urea"), co("Borneo Ammonia"), country("Malaysia")},
			[]string{"joint_venture(Jinhe Chemical, Borneo Ammonia)", "stake_in(Jinhe Chemical, Sarawak Urea) percent=45"}},
		{"talks with officials of a state body",
			"Daeho Chairman Seo Jung-hwan also held talks with officials from Western Australia's Department of Mines about approvals.",
			[]ent{co("Daeho"), person("Seo Jung-hwan", "Chairman", "Daeho"), gov("Department of Mines"), country("Australia")},
			[]string{"executive_of(Seo Jung-hwan, Daeho) title=Chairman", "meeting(Seo Jung-hwan, Department of Mines)"}},
		{"a meeting with an ambassador to a country",
			"Jinhe Chairman Sun Jian met India's ambassador to China, Ravi Menon, in Beijing.",
			[]ent{co("Jinhe"), person("Sun Jian", "Chairman", "Jinhe"), person("Ravi Menon", "ambassador", "India"), country("India"), country("China")},
			[]string{"executive_of(Sun Jian, Jinhe) title=Chairman", "meeting(Sun Jian, Ravi Menon)", "official_of(Ravi Menon, India) title=ambassador"}},
		{"owned by two, with their shares: the venture's partners",
			"The venture, Ketapang Refinery, will be 60% owned by Kalbar Alumina and 40% by Hengtai.",
			[]ent{co("Ketapang Refinery"), co("Kalbar Alumina"), co("Hengtai")},
			[]string{"joint_venture(Kalbar Alumina, Hengtai)", "stake_in(Hengtai, Ketapang Refinery) percent=40", "stake_in(Kalbar Alumina, Ketapang Refinery) percent=60"}},
		{"owned by two, with their shares, is no venture when the text does not say so",
			"Ketapang Refinery will be 60% owned by Kalbar Alumina and 40% by Hengtai.",
			[]ent{co("Ketapang Refinery"), co("Kalbar Alumina"), co("Hengtai")},
			[]string{"stake_in(Hengtai, Ketapang Refinery) percent=40", "stake_in(Kalbar Alumina, Ketapang Refinery) percent=60"}},
		{"a venture 'to be called' X: X is its name, not a former one",
			"The venture, to be called Suri Ferronickel, will be 60% owned by Dina Metals and 40% by Hoku Refining.",
			[]ent{co("Suri Ferronickel"), co("Dina Metals"), co("Hoku Refining")},
			[]string{"joint_venture(Dina Metals, Hoku Refining)", "stake_in(Dina Metals, Suri Ferronickel) percent=60", "stake_in(Hoku Refining, Suri Ferronickel) percent=40"}},
		{"two people named before 'met' met each other",
			"Sarya chief executive Dan Sultan and Huadong chairman Zhao Ming met in Beijing on Friday.",
			[]ent{co("Sarya"), co("Huadong"), person("Dan Sultan", "chief executive", "Sarya"), person("Zhao Ming", "chairman", "Huadong")},
			[]string{"executive_of(Dan Sultan, Sarya) title=chief executive", "executive_of(Zhao Ming, Huadong) title=chairman", "meeting(Dan Sultan, Zhao Ming) date=2025-06-06"}},
		{"a joint venture formed by two, and the rest held by the other",
			"Irkol Mining, a joint venture formed by Sarya and Huadong in 2018, mines uranium. Sarya holds 51% of Irkol Mining and Huadong the remaining 49%.",
			[]ent{co("Irkol Mining"), co("Sarya"), co("Huadong")},
			[]string{"joint_venture(Sarya, Huadong)", "stake_in(Huadong, Irkol Mining) percent=49", "stake_in(Sarya, Irkol Mining) percent=51"}},
		{"a venture of a subject the text does not name",
			"Minjiang Group said sales rose. Abroad, the Japanese steelmaker relies on a joint venture with Mexican steelmaker Grupo Queretaro.",
			[]ent{co("Minjiang Group"), co("Grupo Queretaro"), country("Japanese"), country("Mexican")},
			nil},
		{"its acquisition of a described company",
			"Kinaba Plantations has completed its acquisition of Sabah estate operator Ladang Tawau for 1.15 billion ringgit.",
			[]ent{co("Kinaba Plantations"), co("Ladang Tawau")},
			[]string{"acquisition(Kinaba Plantations, Ladang Tawau)"}},
		{"renamed itself from",
			"Chonburi Olefins, which renamed itself from Thai Ethylene in 2019, is 46% owned by state energy group Siam Energy.",
			[]ent{co("Chonburi Olefins"), co("Thai Ethylene"), co("Siam Energy")},
			[]string{"former_name(Chonburi Olefins, Thai Ethylene)", "stake_in(Siam Energy, Chonburi Olefins) percent=46"}},
		{"an agreement with words before 'to sell'",
			"Kinaba signed an agreement on Wednesday to sell up to 20,000 tonnes a month of palm oil to Indian refiner Saura Oils for six months.",
			[]ent{co("Kinaba"), co("Saura Oils"), country("Indian")},
			[]string{"agreement(Kinaba, Saura Oils)", "supplier_of(Kinaba, Saura Oils)"}},
		{"possessive unit",
			"Daewon Group's battery unit Daewon Cells will build the plant.",
			[]ent{co("Daewon Group"), co("Daewon Cells")},
			[]string{"subsidiary_of(Daewon Cells, Daewon Group)"}},
		{"its unit",
			"Seorin plans a new plant. Its cathode-making unit Seorin Chemical will build it.",
			[]ent{co("Seorin"), co("Seorin Chemical")},
			[]string{"subsidiary_of(Seorin Chemical, Seorin)"}},
		{"owns percent of",
			"Kora Minerals, which owns 53pc of the Tana joint venture, said output rose.",
			[]ent{co("Kora Minerals"), co("Tana joint venture")},
			[]string{"stake_in(Kora Minerals, Tana joint venture) percent=53"}},
		{"stake in",
			"Hanbit holds a 12.5 per cent stake in Daewon Cells.",
			[]ent{co("Hanbit"), co("Daewon Cells")},
			[]string{"stake_in(Hanbit, Daewon Cells) percent=12.5"}},
		{"owners in brackets",
			"The Tana Joint Venture is owned by Kora Minerals (60%), Hanbit (25%) and Daewon Cells (15%).",
			[]ent{co("Tana Joint Venture"), co("Kora Minerals"), co("Hanbit"), co("Daewon Cells")},
			// The owners named in one sentence are partners in the venture.
			[]string{"joint_venture(Hanbit, Daewon Cells)", "joint_venture(Kora Minerals, Daewon Cells)", "joint_venture(Kora Minerals, Hanbit)",
				"stake_in(Daewon Cells, Tana Joint Venture) percent=15", "stake_in(Hanbit, Tana Joint Venture) percent=25", "stake_in(Kora Minerals, Tana Joint Venture) percent=60"}},
		{"stakeholders comprise",
			"Stakeholders in Tana Gas comprise Kora Minerals (20 percent) and Hanbit (80 percent).",
			[]ent{co("Tana Gas"), co("Kora Minerals"), co("Hanbit")},
			[]string{"stake_in(Hanbit, Tana Gas) percent=80", "stake_in(Kora Minerals, Tana Gas) percent=20"}},
		{"acquire an interest",
			"Kora Minerals said it would acquire a 21% interest in Tana Nickel.",
			[]ent{co("Kora Minerals"), co("Tana Nickel")},
			[]string{"acquisition(Kora Minerals, Tana Nickel) percent=21", "stake_in(Kora Minerals, Tana Nickel) percent=21"}},
		{"agreed to buy",
			"Example Corp agreed to buy Sample Mining for $1.2 billion.",
			[]ent{co("Example Corp"), co("Sample Mining")},
			[]string{"acquisition(Example Corp, Sample Mining)"}},
		{"acquisition of, possessive",
			"Hanbit's acquisition of Daewon Cells closed in May.",
			[]ent{co("Hanbit"), co("Daewon Cells")},
			[]string{"acquisition(Hanbit, Daewon Cells)"}},
		{"denied it would acquire",
			"Hanbit denied it would acquire Daewon Cells.",
			[]ent{co("Hanbit"), co("Daewon Cells")},
			nil},
		{"joint venture between",
			"Tana Nickel, a joint venture between Kora Minerals and Hanbit, will build a plant.",
			[]ent{co("Tana Nickel"), co("Kora Minerals"), co("Hanbit")},
			[]string{"joint_venture(Kora Minerals, Hanbit)"}},
		{"joint venture made up of",
			"The Tana joint venture, made up of Kora Minerals, a local miner, and the Japanese firms Hanbit and Daewon, is to invest $70mn.",
			[]ent{co("Kora Minerals"), co("Hanbit"), co("Daewon")},
			[]string{"joint_venture(Hanbit, Daewon)", "joint_venture(Kora Minerals, Daewon)", "joint_venture(Kora Minerals, Hanbit)"}},
		{"joint venture with",
			"Hanbit formed a joint venture with Australia's Kora Minerals in 2021.",
			[]ent{co("Hanbit"), co("Kora Minerals")},
			[]string{"joint_venture(Hanbit, Kora Minerals)"}},
		{"agreement with",
			"Hanbit Energy secured agreements with local refiner Tana Mineral to source up to 5 million tons of rare earths annually.",
			[]ent{co("Hanbit Energy"), co("Tana Mineral")},
			[]string{"agreement(Hanbit Energy, Tana Mineral)"}},
		{"two parties sign an MOU",
			"Kora Minerals and Daewon Motor sign non-binding MOU covering offtake.",
			[]ent{co("Kora Minerals"), co("Daewon Motor")},
			[]string{"agreement(Kora Minerals, Daewon Motor) type=mou"}},
		{"several signed a contract with",
			"Osaka Power Co and Chubu Gas Co announced on Tuesday they had signed a contract with Texas-based Gulf LNG Development L.P. under which each will import gas.",
			[]ent{co("Osaka Power Co"), co("Chubu Gas Co"), co("Gulf LNG Development L.P.")},
			[]string{"agreement(Chubu Gas Co, Gulf LNG Development L.P.) type=contract", "agreement(Osaka Power Co, Gulf LNG Development L.P.) type=contract"}},
		{"offtake deal",
			"London-listed Tana Potash has secured an offtake deal with Huaxin Trading, a big importer.",
			[]ent{co("Tana Potash"), co("Huaxin Trading")},
			[]string{"agreement(Tana Potash, Huaxin Trading) type=offtake"}},
		{"supply to",
			"Kora Minerals will deliver up to 10,000 tons to battery maker Daewon Cells.",
			[]ent{co("Kora Minerals"), co("Daewon Cells")},
			[]string{"supplier_of(Kora Minerals, Daewon Cells)"}},
		{"supplies a list",
			"Seorin supplies Daewon Cells and Chinese carmaker Yufeng.",
			[]ent{co("Seorin"), co("Daewon Cells"), co("Yufeng")},
			[]string{"supplier_of(Seorin, Daewon Cells)", "supplier_of(Seorin, Yufeng)"}},
		{"customers across a country word",
			"Seorin supplies Daewon Cells and Chinese carmaker Yufeng.",
			[]ent{co("Seorin"), co("Daewon Cells"), ent{kind: entity.KindCountry, names: []string{"Chinese"}}, co("Yufeng")},
			[]string{"supplier_of(Seorin, Daewon Cells)", "supplier_of(Seorin, Yufeng)"}},
		{"supply chains are no supplier",
			"Hanbit worries about the supply chains of Daewon Cells.",
			[]ent{co("Hanbit"), co("Daewon Cells")},
			nil},
		{"executives, official and meeting",
			"Hanbit Cable CEO Koo Min-jae and Hanbit Energy CEO Lee Jae-won met with Deputy Minister of Industry and Trade Tran Van Minh on Thursday to ask for support.",
			[]ent{co("Hanbit Cable"), person("Koo Min-jae", "CEO", "Hanbit Cable"), co("Hanbit Energy"),
				person("Lee Jae-won", "CEO", "Hanbit Energy"), gov("Ministry of Industry and Trade", "Industry and Trade"),
				person("Tran Van Minh", "Deputy Minister", "Ministry of Industry and Trade")},
			[]string{"executive_of(Koo Min-jae, Hanbit Cable) title=CEO", "executive_of(Lee Jae-won, Hanbit Energy) title=CEO",
				"meeting(Koo Min-jae, Tran Van Minh) date=2025-06-05", "meeting(Lee Jae-won, Tran Van Minh) date=2025-06-05",
				"official_of(Tran Van Minh, Ministry of Industry and Trade) title=Deputy Minister"}},
		{"analyst has no relation",
			"Kim Soo-ah, an analyst at Daewon Securities, expects prices to rise.",
			[]ent{person("Kim Soo-ah", "analyst", "Daewon Securities"), co("Daewon Securities")},
			nil},
		{"world knowledge gives nothing",
			"Hanbit Cable and Hanbit Energy both reported higher profits.",
			[]ent{co("Hanbit Cable"), co("Hanbit Energy")},
			nil},
		{"no self relation",
			"Hanbit Energy, formerly known as Hanbit Energy, said so.",
			[]ent{co("Hanbit Energy")},
			nil},
		{"agreed to combine",
			"Kora Chemical Corp. and Daewon Chemical Co. have agreed to combine their crackers.",
			[]ent{co("Kora Chemical Corp."), co("Daewon Chemical Co.")},
			[]string{"agreement(Kora Chemical Corp., Daewon Chemical Co.)"}},
		{"working together",
			"Kora Mining and Tana Metals are together working on a study of a nickel plant.",
			[]ent{co("Kora Mining"), co("Tana Metals")},
			[]string{"agreement(Kora Mining, Tana Metals) type=partnership"}},
		{"customer in apposition",
			"Seorin opened its fifth plant. All of its output will go to Daewon Cells, its exclusive buyer.",
			[]ent{co("Seorin"), co("Daewon Cells")},
			[]string{"supplier_of(Seorin, Daewon Cells)"}},
		{"MOU with a country word between",
			"Kora Minerals has signed a memorandum of understanding (MoU) with South Korea-based Daewon Motor.",
			[]ent{co("Kora Minerals"), ent{kind: entity.KindCountry, names: []string{"South Korea"}}, co("Daewon Motor")},
			[]string{"agreement(Kora Minerals, Daewon Motor) type=mou"}},
		{"meeting on a date",
			"Kora Minerals chairman Tana Smith met Daewon Motor CEO Park Ji-hoon on May 28 in Seoul.",
			[]ent{co("Kora Minerals"), person("Tana Smith", "chairman", "Kora Minerals"), co("Daewon Motor"), person("Park Ji-hoon", "CEO", "Daewon Motor")},
			[]string{"executive_of(Park Ji-hoon, Daewon Motor) title=CEO", "executive_of(Tana Smith, Kora Minerals) title=chairman",
				"meeting(Tana Smith, Park Ji-hoon) date=2025-05-28"}},
		{"named venture formed with",
			"Seorin opened a plant. The plant belongs to the joint venture, Seorin Kora Lithium, formed with Australian miner Kora Minerals in 2021.",
			[]ent{co("Seorin"), co("Seorin Kora Lithium"), ent{kind: entity.KindCountry, names: []string{"Australian"}}, co("Kora Minerals")},
			[]string{"joint_venture(Seorin, Kora Minerals)"}},
		{"stake in an asset is none",
			"Hanbit will take a 25% interest in Tana Nickel's second leach line.",
			[]ent{co("Hanbit"), co("Tana Nickel")},
			nil},
		{"owned by, passive",
			"Tana Nickel opened a mine. The miner, 51% owned by Kora State Holdings, plans a smelter.",
			[]ent{co("Tana Nickel"), co("Kora State Holdings")},
			[]string{"stake_in(Kora State Holdings, Tana Nickel) percent=51"}},
		{"former name in a relative clause is not the subject",
			"The group, which changed its name from Seorin Pipe JSC in 2020, supplies Daewon Cells.",
			[]ent{co("Seorin Steel Group", "The group"), co("Seorin Pipe JSC"), co("Daewon Cells")},
			[]string{"former_name(Seorin Steel Group, Seorin Pipe JSC)", "supplier_of(Seorin Steel Group, Daewon Cells)"}},
		{"joint venture of a coordinated subject",
			"Kora and South Korea's Daewon Cathode Co. have formed a joint venture, Kora Daewon Lithium, in which each will hold 50%.",
			[]ent{co("Kora"), ent{kind: entity.KindCountry, names: []string{"South Korea"}}, co("Daewon Cathode Co."), co("Kora Daewon Lithium")},
			[]string{"joint_venture(Kora, Daewon Cathode Co.)",
				"stake_in(Daewon Cathode Co., Kora Daewon Lithium) percent=50", "stake_in(Kora, Kora Daewon Lithium) percent=50"}},
		{"subsidiary after a defined term",
			`Daewon Magnetics Co., Ltd. ("Daewon"), a subsidiary of Korea's Hanul Holdings, will buy the oxide.`,
			[]ent{co("Daewon Magnetics Co., Ltd.", "Daewon"), ent{kind: entity.KindCountry, names: []string{"Korea"}}, co("Hanul Holdings")},
			[]string{"subsidiary_of(Daewon Magnetics Co., Ltd., Hanul Holdings)"}},
		{"buying a company's asset is no acquisition",
			"In May it bought Australian producer Kora Resources' Tana project.",
			[]ent{co("Hanbit"), ent{kind: entity.KindCountry, names: []string{"Australian"}}, co("Kora Resources")},
			nil},
		{"meeting as a noun",
			"The deal follows a meeting last month in Seoul between Daewon president Kim Tae-ho and Kora chairman Tana Smith.",
			[]ent{co("Daewon"), person("Kim Tae-ho", "president", "Daewon"), co("Kora"), person("Tana Smith", "chairman", "Kora")},
			[]string{"executive_of(Kim Tae-ho, Daewon) title=president", "executive_of(Tana Smith, Kora) title=chairman", "meeting(Kim Tae-ho, Tana Smith)"}},
		{"the two executives met",
			"Daewon CEO Kim Tae-ho signed the deal with Kora chairman Tana Smith. The two executives also met with Deputy Minister Lee Ha-na in Seoul.",
			[]ent{co("Daewon"), person("Kim Tae-ho", "CEO", "Daewon"), co("Kora"), person("Tana Smith", "chairman", "Kora"), person("Lee Ha-na", "", "")},
			[]string{"agreement(Daewon, Kora)", "executive_of(Kim Tae-ho, Daewon) title=CEO", "executive_of(Tana Smith, Kora) title=chairman",
				"meeting(Kim Tae-ho, Lee Ha-na)", "meeting(Tana Smith, Lee Ha-na)"}},
		{"plans without parties",
			"The company plans to sign a supply agreement next year.",
			[]ent{co("Hanbit")},
			nil},
		{"the owner in an apposition is not the subject",
			"Sanbit Energy, a wholly owned unit of Sanbit Holdings, will take a 49% stake in Ridgeway Cells.",
			[]ent{co("Sanbit Energy"), co("Sanbit Holdings"), co("Ridgeway Cells")},
			[]string{"stake_in(Sanbit Energy, Ridgeway Cells) percent=49", "subsidiary_of(Sanbit Energy, Sanbit Holdings)"}},
		{"an agreement to supply the buyer with a quantity",
			"Xinlan signed a framework agreement in June to supply Shirakawa Magnetics with alloy.",
			[]ent{co("Xinlan"), co("Shirakawa Magnetics")},
			[]string{"agreement(Xinlan, Shirakawa Magnetics) type=supply", "supplier_of(Xinlan, Shirakawa Magnetics)"}},
		{"a chain of owners after 'owned by'",
			"Once the placement is done, Gamma Nickel will be 47% owned by Indonesian miner Delta Laterit, 27.5% by China's Ningbo Epsilon and 8% by Zeta.",
			[]ent{co("Gamma Nickel"), co("Delta Laterit"), country("China"), co("Ningbo Epsilon"), co("Zeta")},
			[]string{"stake_in(Delta Laterit, Gamma Nickel) percent=47", "stake_in(Ningbo Epsilon, Gamma Nickel) percent=27.5", "stake_in(Zeta, Gamma Nickel) percent=8"}},
		{"owned with the share before 'by'",
			"Kappa Iron will be owned 30% by Lambda Iron, 19.9% by Mu Steel and 12% by Nu Group, with the rest held by others.",
			[]ent{co("Kappa Iron"), co("Lambda Iron"), co("Mu Steel"), co("Nu Group")},
			[]string{"stake_in(Lambda Iron, Kappa Iron) percent=30", "stake_in(Mu Steel, Kappa Iron) percent=19.9", "stake_in(Nu Group, Kappa Iron) percent=12"}},
		{"a subject no entity stands for owns nothing the sentence before names",
			"Omicron agreed to buy a stake in Pi Mining. After the deal, the mine will be owned 30% by Rho Iron and 70% by Omicron.",
			[]ent{co("Omicron"), co("Pi Mining"), co("Rho Iron")},
			[]string{"acquisition(Omicron, Pi Mining)"}},
		{"owned by a company's parent, named after it",
			"It sells to Sigma Cathode, which is 34% owned by Tau's parent, Tau Holdings.",
			[]ent{co("Sigma Cathode"), co("Tau"), co("Tau Holdings")},
			[]string{"stake_in(Tau Holdings, Sigma Cathode) percent=34", "subsidiary_of(Tau, Tau Holdings)"}},
		{"shareholders given with their shares",
			"Upsilon's largest shareholders are Phi Investment with 36.2%, Singapore-based fund Chi Capital with 11% and Psi itself with 5.5%.",
			[]ent{co("Upsilon"), co("Phi Investment"), co("Chi Capital"), co("Psi")},
			[]string{"stake_in(Chi Capital, Upsilon) percent=11", "stake_in(Phi Investment, Upsilon) percent=36.2", "stake_in(Psi, Upsilon) percent=5.5"}},
		{"shares given respectively",
			"The company is a joint venture of Hanoi-based Omega Rare Earth and South Korean magnet maker Alpha Magnet (KRX: 271940), which hold 55% and 45% respectively.",
			[]ent{co("The company"), co("Omega Rare Earth"), co("Alpha Magnet")},
			[]string{"joint_venture(Omega Rare Earth, Alpha Magnet)", "stake_in(Alpha Magnet, The company) percent=45", "stake_in(Omega Rare Earth, The company) percent=55"}},
		{"a bare share after the sentence said whose shares",
			"Beta Steel is 52.4% held by its founders through Gamma Holdings, while trading house Delta Corp. (8041 JT) owns 9.1% and fund Epsilon Capital holds 4.8%.",
			[]ent{co("Beta Steel"), co("Gamma Holdings"), co("Delta Corp."), co("Epsilon Capital")},
			[]string{"stake_in(Delta Corp., Beta Steel) percent=9.1", "stake_in(Epsilon Capital, Beta Steel) percent=4.8", "stake_in(Gamma Holdings, Beta Steel) percent=52.4"}},
		{"a bare share with no owned named is none",
			"Delta Corp. owns 9.1% and Epsilon Capital holds 4.8%.",
			[]ent{co("Delta Corp."), co("Epsilon Capital")},
			nil},
		{"its parent, named after the company 'its' stands for",
			"Zeta Corp. agreed to buy 20% of Eta Coal from its parent, Theta Resources (ASX: THR), for A$410 million.",
			[]ent{co("Zeta Corp."), co("Eta Coal"), co("Theta Resources")},
			[]string{"acquisition(Zeta Corp., Eta Coal) percent=20", "stake_in(Zeta Corp., Eta Coal) percent=20", "subsidiary_of(Eta Coal, Theta Resources)"}},
		{"a supply contract with Y says nothing of who supplies whom",
			"Theta signed a supply contract with Iota Tin, under which Iota Tin will ship 12,000 tonnes a year to Theta.",
			[]ent{co("Theta"), co("Iota Tin")},
			[]string{"agreement(Theta, Iota Tin) type=contract", "supplier_of(Iota Tin, Theta)"}},
		{"a former name between the subject and its verb",
			"Mu Steel, which was known as Nu Iron Works until 2016, has signed an offtake agreement with Xi Iron.",
			[]ent{co("Mu Steel"), co("Nu Iron Works"), co("Xi Iron")},
			[]string{"agreement(Mu Steel, Xi Iron) type=offtake", "former_name(Mu Steel, Nu Iron Works)"}},
		{"subscribing for new shares is buying them; starting deliveries to a buyer is supplying it",
			"Omicron agreed to subscribe for new shares equal to 8% of Pi Nickel. Pi Nickel will start deliveries to Omicron in 2026.",
			[]ent{co("Omicron"), co("Pi Nickel")},
			[]string{"acquisition(Omicron, Pi Nickel) percent=8", "stake_in(Omicron, Pi Nickel) percent=8", "supplier_of(Pi Nickel, Omicron)"}},
		{"agreed to buy an amount of material from a seller",
			"Sigma Cathode agreed to buy 12,000 tonnes of lithium carbonate a year from Tau Litio.",
			[]ent{co("Sigma Cathode"), co("Tau Litio")},
			[]string{"agreement(Sigma Cathode, Tau Litio) type=supply", "supplier_of(Tau Litio, Sigma Cathode)"}},
		{"agreed, a few words on, to sell an amount to a buyer",
			"Upsilon Sugar agreed this week to sell up to 600,000 t of raw sugar a year to Phi Refinery for three years.",
			[]ent{co("Upsilon Sugar"), co("Phi Refinery")},
			[]string{"agreement(Upsilon Sugar, Phi Refinery) type=supply", "supplier_of(Upsilon Sugar, Phi Refinery)"}},
		{"agreed to buy a stake is no trade; a denied deal is none",
			"Chi Corp agreed to buy 20% of Psi Coal from Omega Ltd. Alpha denied it had agreed to buy 5,000 tonnes from Beta.",
			[]ent{co("Chi Corp"), co("Psi Coal"), co("Omega Ltd"), co("Alpha"), co("Beta")},
			[]string{"acquisition(Chi Corp, Psi Coal) percent=20", "stake_in(Chi Corp, Psi Coal) percent=20"}},
		{"its subsidiary in a sentence that names no company before it",
			"Gamma Resources said it would stop mining. The mine is operated by its wholly owned subsidiary, Delta Operations. Gamma Resources will keep selling concentrate to Epsilon Trading under their offtake agreement.",
			[]ent{co("Gamma Resources"), co("Delta Operations"), co("Epsilon Trading")},
			[]string{"agreement(Gamma Resources, Epsilon Trading) type=offtake", "subsidiary_of(Delta Operations, Gamma Resources)", "supplier_of(Gamma Resources, Epsilon Trading)"}},
		{"two owners of 'the venture' are its partners",
			"Vindh will also form a joint venture, Narma Alumina, to build a refinery. Vindh will own 74% of the venture and trading house Kita Shoji (TSE: 8076) the remaining 26%.",
			[]ent{co("Vindh"), co("Narma Alumina", "the venture"), co("Kita Shoji")},
			[]string{"joint_venture(Vindh, Kita Shoji)", "stake_in(Kita Shoji, Narma Alumina) percent=26", "stake_in(Vindh, Narma Alumina) percent=74"}},
		{"bare shares after a stake in a named company",
			"Khand Industries holds 54.6% of Vindh, while Sahy Capital holds 6.3% and Kita Shoji 2.1%.",
			[]ent{co("Khand Industries"), co("Vindh"), co("Sahy Capital"), co("Kita Shoji")},
			[]string{"stake_in(Khand Industries, Vindh) percent=54.6", "stake_in(Kita Shoji, Vindh) percent=2.1", "stake_in(Sahy Capital, Vindh) percent=6.3"}},
		{"a company does not hold itself: 'the company' after its owner is the company named first",
			"Vindh's promoter, Khand Industries, holds 54.6% of the company, while Sahy Fund holds 6.3%.",
			[]ent{co("Vindh"), co("Khand Industries", "the company"), co("Sahy Fund")},
			[]string{"stake_in(Khand Industries, Vindh) percent=54.6", "stake_in(Sahy Fund, Vindh) percent=6.3"}},
		{"buys an amount from a seller, with no deal named",
			"Visa Smelting buys about 90,000 tonnes a year from Cebu miner Tole Mining. Kora bought 20% of Lanka from Posco.",
			[]ent{co("Visa Smelting"), co("Tole Mining"), co("Kora"), co("Lanka"), co("Posco")},
			[]string{"acquisition(Kora, Lanka) percent=20", "stake_in(Kora, Lanka) percent=20", "supplier_of(Tole Mining, Visa Smelting)"}},
		{"a stake in the company's shares; owners after a ticker",
			"Tokai Shoji (TSE: 8021) holds 23.5% of Hoku's shares. Khan Copper is owned 66% by Sono Copper (NYSE: SPKC) and 34% by state holding company Ord Holding.",
			[]ent{co("Tokai Shoji"), co("Hoku"), co("Khan Copper"), co("Sono Copper"), co("Ord Holding")},
			[]string{"stake_in(Ord Holding, Khan Copper) percent=34", "stake_in(Sono Copper, Khan Copper) percent=66", "stake_in(Tokai Shoji, Hoku) percent=23.5"}},
		{"an agreement under which the other party supplies the signer's yards",
			"Hanma Heavy has signed a three-year agreement under which domestic steelmaker Yeon Steel will supply about 1.2 million tonnes of plate to its yards in Geoje.",
			[]ent{co("Hanma Heavy"), co("Yeon Steel")},
			[]string{"agreement(Hanma Heavy, Yeon Steel)", "supplier_of(Yeon Steel, Hanma Heavy)"}},
		{"'it' after a sentence opening with 'It' is the company before that",
			"Tarnag Resources said its mine would stay shut. It has sold ore to Esper Nickel. It signed an offtake agreement with Kalgo Trading on Monday.",
			[]ent{co("Tarnag Resources"), co("Esper Nickel"), co("Kalgo Trading")},
			[]string{"agreement(Tarnag Resources, Kalgo Trading) type=offtake", "supplier_of(Tarnag Resources, Esper Nickel)"}},
		{"the two companies of the deal before form a venture",
			"Hoku Corp. has signed a definitive agreement with Sagam Metals to build a plant. Under the agreement, the two companies will establish a joint venture in April.",
			[]ent{co("Hoku Corp."), co("Sagam Metals")},
			[]string{"agreement(Hoku Corp., Sagam Metals)", "joint_venture(Hoku Corp., Sagam Metals)"}},
		{"the two companies with no deal before form nothing known",
			"Hoku Corp. rose. Sagam Metals fell. The two companies will establish a joint venture in April.",
			[]ent{co("Hoku Corp."), co("Sagam Metals")},
			nil},
		{"a spokesperson speaks for a body and holds no office in it",
			"China imported more potash, according to Li Ming, a spokesperson for the Customs Office.",
			[]ent{country("China"), person("Li Ming", "spokesperson", "Customs Office"), gov("Customs Office")},
			nil},
		{"the trading arm of a listed parent, and a former name 'known until 2019 as'",
			"Straits Mer, the commodity trading arm of SGX-listed Mer Holdings (SGX: M2H), agreed to buy 30% of Pahang Sepa. Yeon Metals, the smelter known until 2019 as Yeon Mining, agreed to buy 180,000 tonnes of concentrate a year from Karu Metals.",
			[]ent{co("Straits Mer"), co("Mer Holdings"), co("Pahang Sepa"), co("Yeon Metals"), co("Yeon Mining"), co("Karu Metals")},
			[]string{"acquisition(Straits Mer, Pahang Sepa) percent=30", "agreement(Yeon Metals, Karu Metals) type=supply", "former_name(Yeon Metals, Yeon Mining)", "stake_in(Straits Mer, Pahang Sepa) percent=30",
				"subsidiary_of(Straits Mer, Mer Holdings)", "supplier_of(Karu Metals, Yeon Metals)"}},
		{"'the company' held by its owner is the company of the sentences before",
			"Bhad Steel said profit rose. Promoter entity Bhad Holdings holds 58.2% of the company and Mala Fund the remaining 41.8%, while Kora Fund holds 0.1%.",
			[]ent{co("Bhad Steel"), co("Bhad Holdings", "the company"), co("Mala Fund"), co("Kora Fund")},
			[]string{"stake_in(Bhad Holdings, Bhad Steel) percent=58.2", "stake_in(Kora Fund, Bhad Steel) percent=0.1"}},
		{"the owners named in an 'owned by' clause do not sell; a maker's output sold is no buyer",
			"Gebe Marketing will be owned equally by Stra Meridian and Titi Minerals and will sell the rest of Pres Separation's output. Kora Mining, which is 40% owned by Posco Holdings, sells ore to Hyun Steel.",
			[]ent{co("Gebe Marketing"), co("Stra Meridian"), co("Titi Minerals"), co("Pres Separation"), co("Kora Mining"), co("Posco Holdings"), co("Hyun Steel")},
			[]string{"joint_venture(Stra Meridian, Titi Minerals)", "stake_in(Posco Holdings, Kora Mining) percent=40", "stake_in(Stra Meridian, Gebe Marketing) percent=50",
				"stake_in(Titi Minerals, Gebe Marketing) percent=50", "supplier_of(Kora Mining, Hyun Steel)"}},
		{"every 'its' of a sentence; shareholders that will be",
			"Nullar Uranium reported a reserve for its 100%-owned project, held through its wholly owned subsidiary Wirra Mining. Following the placement, Nullar Uranium's largest shareholders will be Kestr Capital with 14.2% and Spenc Fund with 6.1%.",
			[]ent{co("Nullar Uranium"), co("Wirra Mining"), co("Kestr Capital"), co("Spenc Fund")},
			[]string{"stake_in(Kestr Capital, Nullar Uranium) percent=14.2", "stake_in(Spenc Fund, Nullar Uranium) percent=6.1", "subsidiary_of(Wirra Mining, Nullar Uranium)"}},
		{"'Under the contract, Y will supply ... to the steelmaker': Y is the other party of the contract just signed",
			"Truo Steel has signed a three-year contract to import pellets from Oman. Under the contract, Soha Pellet will supply 2.4 million tonnes of pellets a year to the Vietnamese steelmaker.",
			[]ent{co("Truo Steel"), co("Soha Pellet")},
			[]string{"agreement(Truo Steel, Soha Pellet)", "supplier_of(Soha Pellet, Truo Steel)"}},
		{"'Under the contract' with no contract just signed names no party",
			"Truo Steel rose. Under the contract, Soha Pellet will supply pellets to the steelmaker.",
			[]ent{co("Truo Steel"), co("Soha Pellet")},
			nil},
		{"a head of research studies a company and does not run it",
			"\"Miners lose their model,\" said Ange Villa, head of research at Esco Securities.",
			[]ent{person("Ange Villa", "head of research", "Esco Securities"), co("Esco Securities")},
			nil},
		{"'The Korean company' opens a sentence about the company before; a deal to buy from a seller",
			"Chung Anode signed an offtake with Ruvu Graphite. The Korean company will also subscribe for a 12.5% stake in Ruvu Graphite. Tats Shoji also signed a three-year deal to buy 1.1 million short tons a year of coal from West Virginia producer Green Coal.",
			[]ent{co("Chung Anode"), co("Ruvu Graphite"), co("Tats Shoji"), co("Green Coal")},
			[]string{"acquisition(Chung Anode, Ruvu Graphite) percent=12.5", "agreement(Chung Anode, Ruvu Graphite) type=offtake", "agreement(Tats Shoji, Green Coal)",
				"stake_in(Chung Anode, Ruvu Graphite) percent=12.5"}},
		{"an owner 'which buys all of its matte' is the company's buyer",
			"Sula Nikel is owned 58% by Mine Holding and 20% by Japan's Hyug Metals (5706 JP), which buys all of its matte for its refinery.",
			[]ent{co("Sula Nikel"), co("Mine Holding"), country("Japan"), co("Hyug Metals")},
			[]string{"stake_in(Hyug Metals, Sula Nikel) percent=20", "stake_in(Mine Holding, Sula Nikel) percent=58", "supplier_of(Sula Nikel, Hyug Metals)"}},
		{"sells to buyers described, including one named",
			"Khan Copper sells most of its concentrate to smelters in China, including Jiangxi-based Poya Smelting, which bought more in 2025.",
			[]ent{co("Khan Copper"), country("China"), co("Poya Smelting")},
			[]string{"supplier_of(Khan Copper, Poya Smelting)"}},
		{"resells to a buyer under a contract",
			"Kappa Corp will resell about 400,000 tonnes a year to Lambda Power under a separate 10-year contract.",
			[]ent{co("Kappa Corp"), co("Lambda Power")},
			[]string{"agreement(Kappa Corp, Lambda Power) type=contract", "supplier_of(Kappa Corp, Lambda Power)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := relationsOf(t, tc.text+"\n", fri, tc.ents)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("relations of %q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
