package parse_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/parse"
)

// entityLines renders the entities of a for comparison, one line each in
// order of first mention:
//
//	company Name | alias | alias [KR]
//	person Name (title @ org name)
//	country KR
func entityLines(a *article.Article) []string {
	var out []string
	for _, e := range a.Entities {
		var b strings.Builder
		b.WriteString(e.Kind.String())
		b.WriteByte(' ')
		if !e.Code.IsZero() {
			b.WriteString(e.Code.Code())
		} else {
			b.WriteString(e.Name)
		}
		for _, al := range e.Aliases {
			b.WriteString(" | ")
			b.WriteString(al)
		}
		if !e.Country.IsZero() {
			b.WriteString(" [" + e.Country.Code() + "]")
		}
		for _, r := range e.Roles {
			org := ""
			if o, ok := a.Entity(r.Org); ok {
				org = o.Name
			}
			b.WriteString(" (" + r.Title + " @ " + org + ")")
		}
		out = append(out, b.String())
	}
	return out
}

// relationLines renders the relations of a, one line each in order, as
// "kind(subject, object)", with the percent after it when withPercent is
// set.
func relationLines(a *article.Article, withPercent bool) []string {
	var out []string
	for _, r := range a.Relations {
		s, _ := a.Entity(r.Subject)
		o, _ := a.Entity(r.Object)
		line := r.Kind.String() + "(" + s.Name + ", " + o.Name + ")"
		if withPercent {
			line += " " + r.Percent.String()
		}
		out = append(out, line)
	}
	return out
}

// entityLinesOf returns the entityLines of the given kinds ("person",
// "company"), in article order.
func entityLinesOf(a *article.Article, kinds ...string) []string {
	var out []string
	for _, l := range entityLines(a) {
		if slices.ContainsFunc(kinds, func(k string) bool { return strings.HasPrefix(l, k+" ") }) {
			out = append(out, l)
		}
	}
	return out
}

// parsePage parses text with a Parser of no options, failing the test
// on an error.
func parsePage(t *testing.T, text string) *article.Article {
	t.Helper()
	a, err := parse.New(parse.Options{}).Parse(text)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return a
}

// checkRelations compares the relations of a, rendered by relationLines,
// with want.
func checkRelations(t *testing.T, a *article.Article, withPercent bool, want []string) {
	t.Helper()
	if diff := cmp.Diff(want, relationLines(a, withPercent)); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// parseEntities parses text with p and returns its entity lines, after
// checking that every mention is text the entity is named by.
func parseEntities(t *testing.T, p *parse.Parser, text string) []string {
	t.Helper()
	a, err := p.Parse(text)
	if err != nil {
		t.Fatalf("Parse(%q): %v", text, err)
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Errorf("%s: bad mention %v", e.Name, m)
			}
		}
	}
	return entityLines(a)
}

// TestEntities checks each shape of name the entity step reads, with
// sentences written for the test.
func TestEntities(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{{
		name: "legal forms",
		text: "Kestrel Mining Co. signed supply deals with Arbor Chemicals Corp., Halden Metals Ltd. and Quorra Systems Inc. on Monday.",
		want: []string{"company Kestrel Mining Co. | Kestrel Mining", "company Arbor Chemicals Corp. | Arbor Chemicals", "company Halden Metals Ltd. | Halden Metals", "company Quorra Systems Inc. | Quorra Systems"},
	}, {
		name: "two lines of business joined by 'and' before a legal form",
		text: "Song Lam Steel JSC bought Nghe An Pipe and Sections JSC, and Quang Ninh Coal Import-Export and Trading Co. sold it coal.",
		want: []string{"company Song Lam Steel JSC | Song Lam Steel", "company Nghe An Pipe and Sections JSC | Nghe An Pipe and Sections", "company Quang Ninh Coal Import-Export and Trading Co. | Quang Ninh Coal Import-Export and Trading"},
	}, {
		name: "a state group's brand, a spaced dash and its unit's name",
		text: "The group's listed units include Vinatex \u2013 Cam Pha Coal JSC (HNX: CPX), whose general director of Vinatex \u2013 Cam Pha Coal retired.",
		want: []string{"company Vinatex \u2013 Cam Pha Coal JSC | Vinatex \u2013 Cam Pha Coal [VN]"},
	}, {
		name: "a dateline's place before a dash is no brand",
		text: "The miner said on Monday that it would raise output.\n\nALMATY, Kazakhstan \u2014 Saryarka Atom JSC raised output.",
		want: []string{"country KZ", "company Saryarka Atom JSC | Saryarka Atom"},
	}, {
		name: "Vietnamese provinces whose names open with a country's word",
		text: "Muong Hum Rare Earth JSC mines in Lao Cai and ships ore to a plant in Thai Binh province.",
		want: []string{"company Muong Hum Rare Earth JSC | Muong Hum Rare Earth"},
	}, {
		name: "a province that opens a firm's name, named as the place",
		text: "The company, formerly known as Thai Nguyen Mining and Metallurgy Company, was equitised in 2008 in Thai Nguyen.",
		want: []string{"company Thai Nguyen Mining and Metallurgy Company | Thai Nguyen Mining and Metallurgy"},
	}, {
		name: "a coal's calorific basis is no firm",
		text: "Lumut Bay Trading Pte Ltd will deliver 1.8 Mt of 5,500 kcal/kg NAR Thermal Coal from Australia.",
		want: []string{"company Lumut Bay Trading Pte Ltd | Lumut Bay Trading", "country AU"},
	}, {
		name: "the market a firm is quoted on is no part of its name",
		text: "Tianshan Gold Resources Ltd bought 70% of Ak-Tash Gold Company LLC from AIM-quoted Central Asia Goldfields plc on Tuesday.",
		want: []string{"company Tianshan Gold Resources Ltd | Tianshan Gold Resources", "company Ak-Tash Gold Company LLC | Ak-Tash Gold", "company Central Asia Goldfields plc | Central Asia Goldfields"},
	}, {
		name: "a country inside a firm's name, before its legal form",
		text: "Godavari Valley Collieries Ltd, a subsidiary of state-owned National Collieries of India Ltd (NCIL), won a block.",
		want: []string{"company Godavari Valley Collieries Ltd | Godavari Valley Collieries", "company National Collieries of India Ltd | NCIL | National Collieries of India"},
	}, {
		name: "a firm's own word after a place of two words",
		text: "Inner Mongolia Baiyun Rare Earth Co (600999.SS) received 96,400 tonnes. A filing from Baiyun on Wednesday confirmed it.",
		want: []string{"company Inner Mongolia Baiyun Rare Earth Co | Baiyun | Inner Mongolia Baiyun Rare Earth [CN]"},
	}, {
		name: "a body's name with its field, then the title of its official",
		text: "Department of Fertilizers Additional Secretary Sandeep Bhalla said stocks were ample. Ministry of Industry and Trade Deputy Minister Nguyen Hoang Long said prices rose.",
		want: []string{"government Department of Fertilizers", "person Sandeep Bhalla (Additional Secretary @ Department of Fertilizers)", "government Ministry of Industry and Trade", "person Nguyen Hoang Long (Deputy Minister @ Ministry of Industry and Trade)"},
	}, {
		name: "a filing's field on the size of the firm is no name",
		text: "Hanbit Steel Co., Ltd. disclosed the deal. - Large-scale corporation: Applicable",
		want: []string{"company Hanbit Steel Co., Ltd. | Hanbit Steel"},
	}, {
		name: "the matter a document's title names is no firm",
		text: `Kora Carbon Co., Ltd. and Daebo Materials Co., Ltd. signed a Supply Framework Agreement for Anode Materials (the "Framework Agreement"). The board approved the Proposal on Outbound Investment. The Company's Articles of Association allow it.`,
		want: []string{"company Kora Carbon Co., Ltd. | Kora Carbon", "company Daebo Materials Co., Ltd. | Daebo Materials"},
	}, {
		name: "French 'et' inside a firm's name",
		text: "Kolwezi Cuivre et Cobalt SAS will supply Donghae Materials Corp. Kolwezi Cuivre et Cobalt is 80% owned by Hengxin Mining Group.",
		want: []string{"company Kolwezi Cuivre et Cobalt SAS | Kolwezi Cuivre et Cobalt", "company Donghae Materials Corp. | Donghae Materials", "company Hengxin Mining Group"},
	}, {
		name: "a country's minister of a field, no ministry of it named",
		text: "Korean Trade Minister Kwon Tae-sik met officials.",
		want: []string{"country KR | Korean", "person Kwon Tae-sik (Trade Minister @ South Korea)"},
	}, {
		name: "a Czech legal form in lower case",
		text: "Kora sells cathode to Slovakian cell maker VoltaCell s.r.o. from 2027.",
		want: []string{"country SK | Slovakian", "company VoltaCell s.r.o. [SK]"},
	}, {
		name: "a ministry's initials with the o of its of, never defined",
		text: "An official at the Ministry of Trade, Industry and Energy said so. Yoon Chang-ho, MOTIE's deputy minister for industrial policy, told reporters.",
		want: []string{"government Ministry of Trade, Industry and Energy | MOTIE [KR]", "person Yoon Chang-ho (deputy minister for industrial policy @ Ministry of Trade, Industry and Energy)"},
	}, {
		name: "a firm's own word after a Chinese city, also inside another name",
		text: "Xiamen Kora Precursor Materials Co. (688999.SH) said its joint venture, Saemangeum Kora Jinil Materials, shipped cargoes. Kora holds 51% of the venture.",
		want: []string{"company Xiamen Kora Precursor Materials Co. | Kora | Xiamen Kora Precursor Materials [CN]", "company Saemangeum Kora Jinil Materials | the venture"},
	}, {
		name: "a second role, a head of a field in lower case, after 'and'",
		text: "Hanseo Energy Co. makes cells. Choi Yeon-woo, executive vice president and head of raw-materials procurement, spoke to us. Lee Na, senior vice president and head of sales at Hanseo, spoke.",
		want: []string{"company Hanseo Energy Co. | Hanseo | Hanseo Energy", "person Choi Yeon-woo (executive vice president and head of raw-materials procurement @ Hanseo Energy Co.)", "person Lee Na (senior vice president and head of sales @ Hanseo Energy Co.)"},
	}, {
		name: "a capitalised head of the body after the name",
		text: "Kora executives met Ms Kirsten Dowd, Head of the Critical Minerals Office, in Canberra.",
		want: []string{"person Kirsten Dowd | Ms Kirsten Dowd (Head @ Critical Minerals Office)", "government Critical Minerals Office"},
	}, {
		name: "Senator between a title and the name",
		text: "Minister for Trade and Tourism Senator Lisa Okoro said so. Senator Tom Bell agreed.",
		want: []string{"government Ministry for Trade and Tourism", "person Lisa Okoro | Senator Lisa Okoro (Minister @ Ministry for Trade and Tourism)", "person Tom Bell | Senator Tom Bell (Senator @ )"},
	}, {
		name: "a headline's short form named again, and a brand beside a country's unit named for it",
		text: "Kora Copper agrees TC/RC with Chilean miner\n\nKora Copper Smelting & Refining (TSE Prime: 5999) announced a deal. Kora produced 452,000t of copper. Kora Copper holds a 12.5% interest in the mine through Kora Chile Resources SpA, a wholly owned subsidiary.",
		want: []string{"company Kora Copper Smelting & Refining | Kora Copper | Kora [JP]", "country CL | Chilean", "company Kora Chile Resources SpA"},
	}, {
		name: "President after a sentence on the firm's own plant",
		text: "Kora Copper Smelting (TSE Prime: 5999) announced a deal.\n\nThe contract covers 100,000t of concentrate to be shipped to Kora's Naoetsu smelter. President Hideaki Morimoto commented that prices were low.",
		want: []string{"company Kora Copper Smelting | Kora [JP]", "person Hideaki Morimoto (President @ Kora Copper Smelting)"},
	}, {
		name: "President after a sentence that names a country stays no firm's",
		text: "Kora Copper Smelting (TSE Prime: 5999) announced a deal.\n\nThe contract covers concentrate shipped to Kora's smelter in Indonesia. President Prabowo Subianto commented that prices were low.",
		want: []string{"company Kora Copper Smelting | Kora [JP]", "country ID", "person Prabowo Subianto (President @ )"},
	}, {
		name: "a division of a body after the body's possessive",
		text: "The Ministry of Economy, Trade and Industry (METI) is considering support. Sayaka Hoshino, director of METI's Nonferrous Metals Division, said it matters.",
		want: []string{"government Ministry of Economy, Trade and Industry | METI [JP]", "person Sayaka Hoshino (director @ Ministry of Economy, Trade and Industry)"},
	}, {
		name: "a region and a field before the title's head, the firm after 'at'",
		text: "Exports dropped, which Sarah Pemberton, Asia commodities strategist at Harcourt Lyle Bank in Singapore, attributed to weaker demand.",
		want: []string{"person Sarah Pemberton (Asia commodities strategist @ Harcourt Lyle Bank)", "company Harcourt Lyle Bank", "country SG"},
	}, {
		name: "the Spanish word for company before a name",
		text: "Kora signed an offtake with Minera Santa Rosa de Huanza. The deal with Compania Minera Santa Rosa de Huanza S.A.A. (BVL: SRHUANC1) runs five years.",
		want: []string{"company Kora", "company Compania Minera Santa Rosa de Huanza S.A.A. | Minera Santa Rosa de Huanza | Compania Minera Santa Rosa de Huanza [PE]"},
	}, {
		name: "a title at an office of the organisation",
		text: "Yoo Jae-sung, director-general of the Sydney trade center of the Korea Trade-Investment Promotion Agency (KOTRA), said more firms will invest. Kim Ho, head of the Jakarta office of Kora Steel Co., agreed.",
		want: []string{"person Yoo Jae-sung (director-general @ Korea Trade-Investment Promotion Agency)", "government Korea Trade-Investment Promotion Agency | KOTRA [KR]", "country KR | Korea", "person Kim Ho (head @ Kora Steel Co.)", "country ID | Jakarta", "company Kora Steel Co. | Kora Steel"},
	}, {
		name: "'Rival' opening a sentence is no part of the firm's name",
		text: "Anping's shares fell 1.4% by the close. Rival Feng Yuan Iron & Steel Co (2029.TW) said it would keep its prices unchanged.",
		want: []string{"company Anping", "company Feng Yuan Iron & Steel Co | Feng Yuan Iron & Steel [TW]"},
	}, {
		name: "a new joint venture company in apposition is 'the venture'",
		text: "The refinery will be owned by a new joint venture company, Oita Lithium Materials Co., Ltd. Hiyoshi Chemical will hold 51% of the venture.",
		want: []string{"company Oita Lithium Materials Co., Ltd. | the venture | Oita Lithium Materials", "company Hiyoshi Chemical"},
	}, {
		name: "two titles joined by 'and', the first capitalised as the sentence opens",
		text: "Kora Ltd mined ore. Chairman and managing director Suresh Kumar Panigrahi spoke about exports.",
		want: []string{"company Kora Ltd | Kora", "person Suresh Kumar Panigrahi (Chairman and managing director @ Kora Ltd)"},
	}, {
		name: "places after 'in', one joined by 'and'; a battery maker's name",
		text: "Our plants in Changsha and Jingmen can take in 150,000 tonnes of black mass a year. About 40% comes from Sichuan Tianfu Power Battery, which sells us its production scrap.",
		want: []string{"company Sichuan Tianfu Power Battery"},
	}, {
		name: "a class of shares names no firm; a body's spokesperson",
		text: "Hongyuan Magnet Technology (300893.SZ) raised HK$3.1 billion. Its H shares will start trading on May 20. The Ministry of Commerce (MOFCOM) has approved general licences for magnet exports, spokesperson Ling Xiaofeng said on Thursday.",
		want: []string{"company Hongyuan Magnet Technology [CN]", "government Ministry of Commerce | MOFCOM [CN]", "person Ling Xiaofeng (spokesperson @ Ministry of Commerce)"},
	}, {
		name: "a project's phase and a contract's field name no firm",
		text: "Phase I, which was commissioned at the end of 2024, produced MHP. Set out below is the financial information for Kora Mining Ltd. Term: life of mine.",
		want: []string{"company Kora Mining Ltd. | Kora Mining"},
	}, {
		name: "a field in lower case before the head, and a function after 'of'",
		text: "Stocks rose, said Lim Wei Jie, plantations analyst at Meridian Securities in Kuala Lumpur. Shirakawa Trading Co., Ltd. sells urea. Contact: Yuko Fujisawa, General Manager of Corporate Communications",
		want: []string{"person Lim Wei Jie (plantations analyst @ Meridian Securities)", "company Meridian Securities", "company Shirakawa Trading Co., Ltd. | Shirakawa Trading", "person Yuko Fujisawa (General Manager of Corporate Communications @ Shirakawa Trading Co., Ltd.)"},
	}, {
		name: "a title, of, a firm named before without its legal form, and the person",
		text: "Sarysu Volfram LLP is building a plant. Kazrudgeo (KASE: KZRG) sold a stake. Tianmen Tungsten Industry Co., Ltd. bought it. " +
			"Director General of Sarysu Volfram Arman Zhaksylykov said the contract was done. Chairman of the management board of Kazrudgeo Nurlan Omarov spoke. " +
			"Later the chairman of the board of Tianmen Tungsten Industry Liu Weiping discussed the timetable.",
		want: []string{"company Sarysu Volfram LLP | Sarysu Volfram", "company Kazrudgeo [KZ]", "company Tianmen Tungsten Industry Co., Ltd. | Tianmen Tungsten Industry",
			"person Arman Zhaksylykov (Director General @ Sarysu Volfram LLP)", "person Nurlan Omarov (Chairman of the management board @ Kazrudgeo)",
			"person Liu Weiping (chairman of the board @ Tianmen Tungsten Industry Co., Ltd.)"},
	}, {
		name: "a minister of fields listed with commas, the name after a comma",
		text: "Kyrgyzstan's Minister of Natural Resources, Ecology and Technical Supervision, Almaz Beishenov, said output rose.",
		want: []string{"country KG", "government Ministry of Natural Resources, Ecology and Technical Supervision [KG]",
			"person Almaz Beishenov (Minister @ Ministry of Natural Resources, Ecology and Technical Supervision)"},
	}, {
		name: "a firm's short name before a title in lower case, after a quotation",
		text: "Hanra Power Generation Co., Ltd. signed a deal with Syr Uranium Holding JSC. Syr Uranium, which produced 2,180 tU last year, will deliver the material to a converter nominated by Hanra. \"This agreement secures a fifth of our needs,\" Hanra president Lee Jae-won said.",
		want: []string{"company Hanra Power Generation Co., Ltd. | Hanra | Hanra Power Generation", "company Syr Uranium Holding JSC | Syr Uranium | Syr Uranium Holding", "person Lee Jae-won (president @ Hanra Power Generation Co., Ltd.)"},
	}, {
		name: "a post taken at another body, told after who moves there",
		text: "Angara Copper Company JSC has appointed Rustam Karimov as chairman. He replaces Farrukh Yuldashev, who moves to the Ministry of Economy and Finance as a deputy minister.",
		want: []string{"company Angara Copper Company JSC | Angara Copper", "person Rustam Karimov (chairman @ Angara Copper Company JSC)",
			"person Farrukh Yuldashev (deputy minister @ Ministry of Economy and Finance)", "government Ministry of Economy and Finance"},
	}, {
		name: "a minister's title after the name; the state after the title's field is no person",
		text: "The deal was signed in the presence of Bakhrom Islamov, Minister of Mining Industry and Geology, and Mariko Fujita, State Minister of Economy, Trade and Industry of Japan.",
		want: []string{"person Bakhrom Islamov (Minister @ )", "person Mariko Fujita (State Minister @ )"},
	}, {
		name: "the management board's chairman after the name holds the post at the firm",
		text: "Kyzyl Rare Metals JSC (\"KRM\") is a state-owned company. Akmal Rakhmonov, Chairman of the Management Board of KRM, said so.",
		want: []string{"company Kyzyl Rare Metals JSC | KRM | Kyzyl Rare Metals", "person Akmal Rakhmonov (Chairman of the Management Board @ Kyzyl Rare Metals JSC)"},
	}, {
		name: "a title after the name held at the body the text spoke of, by its noun's possessive",
		text: "The Queensland Department of Resources is reviewing bonds. Daniel Kowal, the department's director-general, told a lunch in Cairns that the state welcomes investment.",
		want: []string{"government Queensland Department of Resources | the department", "person Daniel Kowal (director-general @ Queensland Department of Resources)"},
	}, {
		name: "a ministry's name ends with two words after its last \"and\"",
		text: "Malaysia's Ministry of Natural Resources and Environmental Sustainability has lifted the quota. Siti Hashim, the ministry's deputy secretary-general, said so.",
		want: []string{"country MY", "government Ministry of Natural Resources and Environmental Sustainability | the ministry [MY]",
			"person Siti Hashim (deputy secretary-general @ Ministry of Natural Resources and Environmental Sustainability)"},
	}, {
		name: "a person named again by surname holds a post now elsewhere; one held before is not",
		text: "Darling Alumina Ltd has appointed Priya Raman as chief executive officer, replacing Mark Devereux, who retires. Raman is currently chief operating officer at Pilbara Minerals Ltd in Perth. Devereux was previously chief executive officer at Tana Coal Ltd in Sydney.",
		want: []string{"company Darling Alumina Ltd | Darling Alumina", "person Priya Raman | Raman (chief executive officer @ Darling Alumina Ltd) (chief operating officer @ Pilbara Minerals Ltd)",
			"person Mark Devereux | Devereux", "company Pilbara Minerals Ltd | Pilbara Minerals", "company Tana Coal Ltd | Tana Coal"},
	}, {
		name: "a deal's short name defined in lower case is no firm",
		text: "Setouchi Power Company, Incorporated resolved to conclude a sale and purchase agreement (the \"SPA\") with Coral Bay LNG Marketing Pty Ltd for 15 years. The SPA was signed today.\n\n2. Outline of the SPA\n\nUnder the SPA, Coral Bay LNG Marketing will sell LNG.",
		want: []string{"company Setouchi Power Company, Incorporated", "company Coral Bay LNG Marketing Pty Ltd | Coral Bay LNG Marketing"},
	}, {
		name: "a short number inside a name its legal form ends",
		text: "Hanshin Gas acquired a 10% interest in Bayou Meridian Phase 2 Holdings LLC, the entity that owns the Phase 2 project, in 2025.",
		want: []string{"company Hanshin Gas", "company Bayou Meridian Phase 2 Holdings LLC | Bayou Meridian Phase 2 Holdings"},
	}, {
		name: "a title in lower case with a field of two words after \"for\", the firm's acronym before it",
		text: "Korea Electric Resources Co (KERCO) will cut its purchases. KERCO vice president for fuel procurement Kang Min-seok said the utility would buy less.",
		want: []string{"company Korea Electric Resources Co | KERCO | the utility | Korea Electric Resources [KR]", "person Kang Min-seok (vice president for fuel procurement @ Korea Electric Resources Co)"},
	}, {
		name: "terms defined after a former name are the name in use's",
		text: "The Board of Directors of Cabadra Ridge Mining Corporation, formerly Kitcha Consolidated Ores Corporation (the \"Company\" or \"CRMC\"), approved the plan. The Company will supply ore.",
		want: []string{"company Cabadra Ridge Mining Corporation | Company | CRMC | The Company | Cabadra Ridge Mining", "company Kitcha Consolidated Ores Corporation | Kitcha Consolidated Ores"},
	}, {
		name: "the labels of a form's numbered fields, and the form's own words, name nothing",
		text: "Cabra Ridge Mining Corporation shipped 5.2 million tonnes of ore last year.\n\nSEC FORM 17-C\n\n2. SEC Identification Number: CS200714862\n3. BIR Tax Identification No.: 006-418-552-000\n4. Exact name of issuer as specified in its charter: Cabra Ridge Mining Corporation\n6. Industry Classification Code: (SEC Use Only)\n10. Securities registered pursuant to the SRC\n   Number of Shares of Common Stock Outstanding and Amount of Debt Outstanding: 3,412,508,000\n",
		want: []string{"company Cabra Ridge Mining Corporation | Cabra Ridge Mining"},
	}, {
		name: "terms defined between a name and its code: the code is the name's",
		text: "Klebang Tin Holdings Berhad (\"Klebang Tin\" or \"the Group\") (Bursa: 7164) today announced a deal with Herberton Tin Ltd on Monday.",
		want: []string{"company Klebang Tin Holdings Berhad | Klebang Tin | the Group | Group | Klebang Tin Holdings [MY]", "company Herberton Tin Ltd | Herberton Tin"},
	}, {
		name: "a director general's field in lower case after the body's possessive is the title's; a minister's names the ministry",
		text: "The Ministry of Energy and Mineral Resources cut quotas. \"We have to think about reserve life,\" Agus Widodo Santoso, the ministry's director general of mineral and coal, told reporters. Kazakhstan's Ministry of Industry and Construction disagreed. Arman Bekov, Kazakhstan's deputy minister of industry and construction, said so.",
		want: []string{"government Ministry of Energy and Mineral Resources | the ministry", "person Agus Widodo Santoso (director general of mineral and coal @ Ministry of Energy and Mineral Resources)", "country KZ", "government Ministry of Industry and Construction [KZ]", "person Arman Bekov (deputy minister @ Ministry of Industry and Construction)"},
	}, {
		name: "a title before the name that ends in a body's whole name, or in the title's field and the body after 'at'",
		text: "A spokesman for the Directorate General of Customs and Excise, Hadi Susanto, said imports rose. The governor discussed it with the Director General of Mineral and Coal at the Ministry of Energy and Mineral Resources, Indra Gunawan Saputra, in Jakarta.",
		want: []string{"government Directorate General of Customs and Excise", "person Hadi Susanto (spokesman @ Directorate General of Customs and Excise)", "government Ministry of Energy and Mineral Resources", "person Indra Gunawan Saputra (Director General of Mineral and Coal @ Ministry of Energy and Mineral Resources)"},
	}, {
		name: "a name after a quote, then the title at the firm the text calls by its trade",
		text: "Freight rose, according to Qingdao-based shipbroker Jiaozhou Bay Shipbroking Co. \"Charterers are paying for prompt ships,\" said Li Wenjun, the broker's head of research.",
		want: []string{"company Jiaozhou Bay Shipbroking Co. | Jiaozhou Bay Shipbroking", "person Li Wenjun (head of research @ Jiaozhou Bay Shipbroking Co.)"},
	}, {
		name: "a state post without its body, where the text first names the person, is held at the body just named",
		text: "The Ministry of Steel has circulated a draft policy. \"The aim is to get a clear picture,\" Joint Secretary Ramesh Chandra Sahu told reporters. The Trade Remedies Authority said so too. Joint Secretary Sahu agreed.",
		want: []string{"government Ministry of Steel", "person Ramesh Chandra Sahu | Sahu (Joint Secretary @ Ministry of Steel)", "government Trade Remedies Authority"},
	}, {
		name: "a title with its function in lower case in brackets before the name; a post taken 'as' a title in a ministry",
		text: "Nagavali Steel Ltd said it planned to take coal. Director (commercial) Sridevi Rayapati told us the cost was low. Dr. Anupama Reddy has taken charge as Joint Secretary in the Ministry of Steel, handling the raw materials division.",
		want: []string{"company Nagavali Steel Ltd | Nagavali Steel", "person Sridevi Rayapati (Director (commercial) @ Nagavali Steel Ltd)", "person Anupama Reddy | Dr. Anupama Reddy (Joint Secretary @ Ministry of Steel)", "government Ministry of Steel"},
	}, {
		name: "a director of a field before the name heads the directorate of it",
		text: "Iron ore output rose, according to the state's Directorate of Mines. \"The overhang has gone,\" said Director of Mines Subhashree Nayak, who credited faster loading.",
		want: []string{"government Directorate of Mines", "person Subhashree Nayak (Director of Mines @ Directorate of Mines)"},
	}, {
		name: "an analyst's title with two words of a trade between the mod and the head",
		text: "Lu Yan, chief nonferrous metals analyst at Hengfeng Securities, said that output would rise.",
		want: []string{"person Lu Yan (chief nonferrous metals analyst @ Hengfeng Securities)", "company Hengfeng Securities"},
	}, {
		name: "a head of research at a brokerage a country's word describes; a firm's general manager for a line of trade",
		text: "\"The queue is long,\" said Lim Kok Wah, head of metals research at Singapore brokerage Meridian Straits Securities. Mitsuhama Trading Corporation bought a stake. Mitsuhama's general manager for non-ferrous raw materials, Kenta Shimizu, said so.",
		want: []string{"person Lim Kok Wah (head of metals research @ Meridian Straits Securities)", "country SG", "company Meridian Straits Securities [SG]", "company Mitsuhama Trading Corporation | Mitsuhama | Mitsuhama Trading", "person Kenta Shimizu (general manager for non-ferrous raw materials @ Mitsuhama Trading Corporation)"},
	}, {
		name: "a title with its function in brackets before the body it is held at",
		text: "Datuk Azman Rashid, Deputy Secretary-General (Industry) of Malaysia's Ministry of Investment, Trade and Industry (MITI), met the delegation in Kuala Lumpur.",
		want: []string{"person Azman Rashid | Datuk Azman Rashid (Deputy Secretary-General (Industry) @ Ministry of Investment, Trade and Industry)", "country MY", "government Ministry of Investment, Trade and Industry | MITI [MY]"},
	}, {
		name: "a second role heading a group whose name has an ampersand; a department inside a body named by its possessive",
		text: "Hiroshi Tanabe, Managing Executive Officer and head of the Metals & Battery Materials Group at Hoshida Corp, said prices would rise. Kiyomi Ishida, Director General of JOGMEC's Metals Resources Finance Department, agreed.",
		want: []string{"person Hiroshi Tanabe (Managing Executive Officer and head of the Metals & Battery Materials Group @ Hoshida Corp)", "company Hoshida Corp | Hoshida", "person Kiyomi Ishida (Director General @ JOGMEC)", "government JOGMEC [JP]"},
	}, {
		name: "a former name that opens the sentence after the firm's; a unit of 'the company' after a second role; state bodies by acronym and by 'Public'",
		text: "Hanmaru Global Corp. imports more antimony than any other private company. Known until 2019 as Hanmaru Trading Co., it has spent three years rebuilding its book. We spoke with Oh Sang-min, executive vice president and head of the company's Metals & Minerals Division. The early-warning system at KOTRA helps, but the Public Procurement Service still buys on price.",
		want: []string{"company Hanmaru Global Corp. | the company | Hanmaru Global", "company Hanmaru Trading Co. | Hanmaru Trading",
			"person Oh Sang-min (executive vice president and head of the company's Metals & Minerals Division @ Hanmaru Global Corp.)", "government KOTRA [KR]", "government Public Procurement Service"},
	}, {
		name: "a minister for a field who leads a party of the ministry named right before; a city written in two words",
		text: "At the ministry's headquarters in Ha Noi, Deputy Minister of Industry and Trade Truong Minh Khoa received a delegation from Korea's Ministry of Trade, Industry and Energy (MOTIE) led by Vice Minister for Trade Baek Seung-ho. Vice Minister Baek said firms want supply.",
		want: []string{"government Ministry of Industry and Trade", "person Truong Minh Khoa (Deputy Minister @ Ministry of Industry and Trade)", "country KR | Korea",
			"government Ministry of Trade, Industry and Energy | MOTIE [KR]", "person Baek Seung-ho | Baek (Vice Minister for Trade @ Ministry of Trade, Industry and Energy)"},
	}, {
		name: "a defined term that closes a long bracket opening with the code",
		text: "Tategami Mining Co., Ltd. (the \"Tender Offeror\") resolved to acquire the shares of Chikuzen Zinc Refining Co., Ltd. (Securities Code: 5709, listed on the Standard Market of the Tokyo Stock Exchange; the \"Target Company\") through a tender offer. The Target Company is a consolidated subsidiary of the Tender Offeror.",
		want: []string{"company Tategami Mining Co., Ltd. | Tender Offeror | Tategami Mining", "company Chikuzen Zinc Refining Co., Ltd. | Target Company | Chikuzen Zinc Refining [JP]", "organization Tokyo Stock Exchange"},
	}, {
		name: "a firm of advisers to a deal; a deal's paper and a statement's heading are no names",
		text: "Non-binding MOU signed with Korean cathode producer Gyeong Cathode Materials.\n\nKora Lithium Limited announced the offtake. Kings Cross Capital acted as sole lead manager and Hollis Maddern acted as legal adviser to the Company.\n\nForward-Looking Statements\nThis announcement contains forward-looking statements.\n",
		want: []string{"country KR | Korean", "company Gyeong Cathode Materials [KR]", "company Kora Lithium Limited | Kora Lithium", "company Kings Cross Capital", "company Hollis Maddern"},
	}, {
		name: "a comma before the legal form that ends a name with its code after it",
		text: "The refinery is owned 51% by Ravenhill Minerals and 49% by Akitsu Chemical Industries, Ltd. (4379 JP). Akitsu has agreed to buy all of its output.",
		want: []string{"company Ravenhill Minerals", "company Akitsu Chemical Industries, Ltd. | Akitsu | Akitsu Chemical Industries [JP]"},
	}, {
		name: "the Spanish word for company opening a name with no legal form after it; a Korean plant's city",
		text: "Soyang Metals Corp. signed an MOU in June with Compañía Minera Huaytará for concentrate. Yeosu produces about 380,000 tonnes of zinc a year, the company said.",
		want: []string{"company Soyang Metals Corp. | the company | Soyang Metals", "company Compañía Minera Huaytará"},
	}, {
		name: "a vice minister of a field with commas after a country's possessive, the name after a comma",
		text: "The contract was signed in the presence of Korea's Vice Minister of Trade, Industry and Energy, Kang Dong-hoon, and others.",
		want: []string{"country KR | Korea", "government Ministry of Trade, Industry and Energy [KR]", "person Kang Dong-hoon (Vice Minister @ Ministry of Trade, Industry and Energy)"},
	}, {
		name: "a Chinese family name in capitals before the given name, as Taiwanese filings write it",
		text: "Mr. CHEN Wei-ming, Chairman of Nan Ya Foil Technology Corp., said so. LIN Meihua, a director of Nan Ya Foil Technology Corp., agreed.",
		want: []string{"person CHEN Wei-ming | Mr. CHEN Wei-ming (Chairman @ Nan Ya Foil Technology Corp.)", "company Nan Ya Foil Technology Corp. | Nan Ya Foil Technology", "person LIN Meihua (director @ Nan Ya Foil Technology Corp.)"},
	}, {
		name: "a deputy prime minister after a sentence that names a ministry serves the country, not the ministry",
		text: "Mr. Somchai Rattanakorn, Permanent Secretary of the Ministry of Industry, said Vietnam would buy more. Deputy Prime Minister Tran Hong Ha met them.",
		want: []string{"person Somchai Rattanakorn | Mr. Somchai Rattanakorn (Permanent Secretary @ Ministry of Industry)", "government Ministry of Industry", "country VN", "person Tran Hong Ha (Deputy Prime Minister @ )"},
	}, {
		name: "a short name before the full name in brackets, which spells it",
		text: "Vinacomin (Vietnam National Coal and Mineral Industries Group) cut output. Vinacomin said prices fell. Reuters (Thomson Reuters Corporation) did not.",
		want: []string{"company Vietnam National Coal and Mineral Industries Group | Vinacomin [VN]", "company Thomson Reuters Corporation | Thomson Reuters"},
	}, {
		name: "a title held at a country's body, named after the country's possessive",
		text: "Vice Minister Liang Dezhong held talks with Hiroshi Tanabe, vice-minister for international affairs at Japan's Ministry of Economy, Trade and Industry (METI), on Monday.",
		want: []string{"person Liang Dezhong (Vice Minister @ )", "person Hiroshi Tanabe (vice-minister for international affairs @ Ministry of Economy, Trade and Industry)", "country JP", "government Ministry of Economy, Trade and Industry | METI [JP]"},
	}, {
		name: "a province before the words that describe a firm",
		text: "Seomun Materials Co. takes minority stake in Jiangxi lithium refiner Ruifeng Lithium Co. on Monday.",
		want: []string{"company Seomun Materials Co. | Seomun Materials", "company Ruifeng Lithium Co. | Ruifeng Lithium"},
	}, {
		name: "the owner of a plant a word of trade names",
		text: "Kora Carbon Co. supplies Hanseong Energy's cell plant in Hungary.",
		want: []string{"company Kora Carbon Co. | Kora Carbon", "company Hanseong Energy", "country HU"},
	}, {
		name: "a given name alone that says something, after a phrase that names others",
		text: "The ministry's director general, Tri Wahyudi Santoso, said quotas rose. Speaking after a hearing with lawmakers, Tri said the volume was up.",
		want: []string{"person Tri Wahyudi Santoso | Tri (director general @ )"},
	}, {
		name: "a firm named with its legal form and where it is from, before its ticker",
		text: "Kora Rare Earths Limited and Shiranui Magnetics Co., Ltd. of Japan (TSE: 6985) signed an MoU.",
		want: []string{"company Kora Rare Earths Limited | Kora Rare Earths", "company Shiranui Magnetics Co., Ltd. | Shiranui Magnetics [JP]", "country JP"},
	}, {
		name: "a minister's title in capitals after 'the', the field naming the ministry",
		text: "MoUs were signed in the presence of the Union Minister of Mines, Shri Devendra Nath Kulkarni.",
		want: []string{"government Ministry of Mines", "person Devendra Nath Kulkarni | Shri Devendra Nath Kulkarni (Union Minister @ Ministry of Mines)"},
	}, {
		name: "an officer in charge of a business at the firm",
		text: "Tsurugi Metal & Mining said so. PT Halmahera Tsurugi Nickel said more.\n\n\"We have feed,\" said Kenji Arakawa, managing executive officer in charge of the materials business at Tsurugi.",
		want: []string{
			"company Tsurugi Metal & Mining | Tsurugi",
			"company PT Halmahera Tsurugi Nickel",
			"person Kenji Arakawa (managing executive officer @ Tsurugi Metal & Mining)",
		},
	}, {
		name: "a minister of state for a field, before the name and before a comma",
		text: "Jung met Minister of State for Trade and Industry Farah Ismail on Tuesday, and Malaysia's Minister of State for Finance, Tan Ah Kow, on Wednesday.",
		want: []string{
			"government Ministry of Trade and Industry",
			"person Farah Ismail (Minister of State @ Ministry of Trade and Industry)",
			"country MY",
			"person Tan Ah Kow (Minister of State @ )",
		},
	}, {
		name: "a head of a field in lower case after a firm's possessive",
		text: "Hsinchu Copper Foil Corporation (HCF) signed the deal in the presence of Huang Ming-che, HCF's head of procurement.",
		want: []string{
			"company Hsinchu Copper Foil Corporation | HCF | Hsinchu Copper Foil",
			"person Huang Ming-che (head of procurement @ Hsinchu Copper Foil Corporation)",
		},
	}, {
		name: "a title held since a year, before the name",
		text: "Ishigami Steel Corp. said its president since 2019, Masato Ebihara, 64, will become chairman.",
		want: []string{"company Ishigami Steel Corp. | Ishigami Steel", "person Masato Ebihara (president @ Ishigami Steel Corp.)"},
	}, {
		name: "a secretary in a country's ministry, and a heading in capitals that is no company",
		text: "Ravi Menon, Secretary in India's Ministry of Coal, visited Kora Metals Ltd.\n\nKEY FACTS\nRefinery capacity:        1.9 Mtpa\n",
		want: []string{
			"person Ravi Menon (Secretary @ Ministry of Coal)",
			"country IN",
			"government Ministry of Coal [IN]",
			"company Kora Metals Ltd. | Kora Metals",
		},
	}, {
		name: "a city's possessive before a unit's parent is no company",
		text: "Sakura Cells Co, which makes LFP cells, is a subsidiary of Osaka's Sakura Electric Industries.",
		want: []string{"company Sakura Cells Co | Sakura Cells", "company Sakura Electric Industries"},
	}, {
		name: "a former name traded under until a year; a state body's director general after its",
		text: "Linhai Steel Corp, the mill that traded as Linhai Iron Works until 2019, will build a yard. The yard was approved on 14 October by Taiwan's Industrial Development Administration. Its director general, Chen Mei-ling, visited the site.",
		want: []string{
			"company Linhai Steel Corp | the mill | Linhai Steel",
			"company Linhai Iron Works",
			"country TW",
			"government Industrial Development Administration [TW]",
			"person Chen Mei-ling (director general @ Industrial Development Administration)",
		},
	}, {
		name: "a body of a country's ministry; a deputy minister whose field names a ministry the text names later",
		text: "The deal needs the approval of the Investment Commission of Taiwan's Ministry of Economic Affairs. Nurlan Abenov, Kazakhstan's deputy minister of industry and construction, met him. Abenov's ministry, the Ministry of Industry and Construction, said it would help.",
		want: []string{
			"government Investment Commission",
			"country TW",
			"government Ministry of Economic Affairs [TW]",
			"person Nurlan Abenov | Abenov (deputy minister @ Ministry of Industry and Construction)",
			"country KZ",
			"government Ministry of Industry and Construction",
		},
	}, {
		name: "a president since a year; a refinery named with its town in brackets",
		text: "Somchai Kittisak has been president of Hatyai Rubber Plc since 2021. It sells latex to Kedah Refinery (Pasir Gudang) Sdn Bhd.",
		want: []string{
			"person Somchai Kittisak (president @ Hatyai Rubber Plc)",
			"company Hatyai Rubber Plc | Hatyai Rubber",
			"company Kedah Refinery (Pasir Gudang) Sdn Bhd. | Kedah Refinery (Pasir Gudang)",
		},
	}, {
		name: "names in a run of capitals inside a sentence that is not",
		text: "Description\tKOTA PLANTATIONS BERHAD (\"KPB\")\n- PROPOSED ACQUISITION OF 70% EQUITY INTEREST IN LADANG TAWAU SDN BHD (\"LTSB\") BY KOTA ESTATES SDN BHD, A WHOLLY-OWNED SUBSIDIARY OF KPB, FOR A CASH CONSIDERATION OF RM186.2 MILLION",
		want: []string{
			"company LADANG TAWAU SDN BHD | LTSB | LADANG TAWAU",
			"company KOTA ESTATES SDN BHD | KOTA ESTATES",
		},
	}, {
		name: "a body's acronym in mixed case before a title",
		text: "The plant won privileges from the Board of Investment (BoI) on Friday. BoI secretary-general Narit Somboon said the board approved it.",
		want: []string{
			"government Board of Investment | BoI",
			"person Narit Somboon (secretary-general @ Board of Investment)",
		},
	}, {
		name: "a stock exchange is an organization, not a company",
		text: "Hanbada Fertilizer Co. is listed on the Korea Exchange, and Kudat Resources Berhad on the Main Market of Bursa Malaysia Securities Berhad.",
		want: []string{
			"company Hanbada Fertilizer Co. | Hanbada Fertilizer",
			"organization Korea Exchange [KR]",
			"company Kudat Resources Berhad | Kudat Resources",
			"organization Bursa Malaysia Securities Berhad",
		},
	}, {
		name: "more legal forms and group words",
		text: "Norilsk Trading JSC and Bayfront Capital L.P. bought stakes in Tamarind Holdings, a unit of Sunward Group, in March.",
		want: []string{"company Norilsk Trading JSC | Norilsk Trading", "company Bayfront Capital L.P. | Bayfront Capital", "company Tamarind Holdings", "company Sunward Group"},
	}, {
		name: "ampersand and digits",
		text: "Harbor Steel & Alloys agreed to supply 3M Co. with nickel strip from its Ohio plant this year.",
		want: []string{"company Harbor Steel & Alloys", "company 3M Co."},
	}, {
		name: "apposition heads, a country's possessive, a place of business",
		text: "The deal gives local refiner Binh Son Minerals and cathode maker Daejin BM access to Australia's Tallow Rare Earths, while Texas-based Pecos LNG Partners L.P. will ship gas.",
		want: []string{"company Binh Son Minerals", "company Daejin BM", "country AU", "company Tallow Rare Earths [AU]", "company Pecos LNG Partners L.P. | Pecos LNG Partners"},
	}, {
		name: "a person's possessive, a list, a short form",
		text: "Andrew Pike's Riverbend Resources sold its stake to Hanbit Energy Solution, Geumsan SDI and Ecoval BM, and Riverbend's shares rose 4%.",
		want: []string{"person Andrew Pike ( @ Riverbend Resources)", "company Riverbend Resources | Riverbend", "company Hanbit Energy Solution", "company Geumsan SDI", "company Ecoval BM"},
	}, {
		name: "acronyms and names defined in brackets",
		text: "Pacific Cement Corp. (PCC, 太泥) and Zhejiang Ruiyou Cobalt (Ruiyou) set up a venture in which Ruiyou holds 60% and PCC the rest.",
		want: []string{"company Pacific Cement Corp. | PCC | 太泥 | Pacific Cement", "company Zhejiang Ruiyou Cobalt | Ruiyou"},
	}, {
		name: "tickers and a title-case headline",
		text: "Hanbit Cathode Wins Korean Order as Seoul Backs Local Suppliers\n\nShares of Yarra Lithium (ASX: YLI) and Hanbit Cathode (KRX:123450) rose on Tuesday after the two signed a supply contract in Sydney.\n",
		want: []string{"company Hanbit Cathode [KR]", "country KR | Korean | Seoul", "company Yarra Lithium [AU]"},
	}, {
		name: "titles before names, in several orders of names",
		text: "Hanbit Energy CEO Park Sung-min met Deputy Minister of Industry and Trade Tran Quoc Bao and Ruiyou President Wang Jianhua in Hanoi, along with Tanaka Hiroshi of Marubeni Corp.",
		want: []string{
			"company Hanbit Energy", "person Park Sung-min (CEO @ Hanbit Energy)",
			"government Ministry of Industry and Trade", "person Tran Quoc Bao (Deputy Minister @ Ministry of Industry and Trade)",
			"company Ruiyou", "person Wang Jianhua (President @ Ruiyou)",
			"person Tanaka Hiroshi ( @ Marubeni Corp.)", "company Marubeni Corp. | Marubeni",
		},
	}, {
		name: "titles after names, and a country's head of government",
		text: `"Demand is strong," said Helen Marsh, chief executive of Tallow Rare Earths. Japanese Prime Minister Kenta Mori said Tokyo would back new refineries.`,
		want: []string{"person Helen Marsh (chief executive @ Tallow Rare Earths)", "company Tallow Rare Earths", "country JP | Japanese | Tokyo", "person Kenta Mori (Prime Minister @ Japan)"},
	}, {
		name: "a minister of several fields, and owners written as possessives before titles",
		text: "Officials met Minister of Trade, Industry and Energy Park Ji-hoon on Monday. Hanbit Cells' CEO Lee Dong-su and Australia's Resources Minister Karen Holt joined them.",
		want: []string{
			"government Ministry of Trade, Industry and Energy", "person Park Ji-hoon (Minister @ Ministry of Trade, Industry and Energy)",
			"company Hanbit Cells", "person Lee Dong-su (CEO @ Hanbit Cells)",
			"country AU", "person Karen Holt (Resources Minister @ Australia)",
		},
	}, {
		name: "a field before the title names the body the article names",
		text: "Imports will rise, Agriculture Secretary Ramon Cruz told reporters. The Department of Agriculture set the quota. Trade Secretary Ana Reyes did not comment.",
		want: []string{
			"person Ramon Cruz (Secretary @ Department of Agriculture)", "government Department of Agriculture",
			"person Ana Reyes (Trade Secretary @ )",
		},
	}, {
		name: "a secretary heads a department, a minister a ministry",
		text: "Philippine Environment Secretary Rosa Cruz met Australian Resources Minister Kate Lowe. The Department of Environment and Natural Resources and the Department of Industry, Science and Resources agreed.",
		want: []string{
			"country PH | Philippine", "person Rosa Cruz (Secretary @ Department of Environment and Natural Resources)",
			"country AU | Australian", "person Kate Lowe (Resources Minister @ Australia)",
			"government Department of Environment and Natural Resources", "government Department of Industry, Science and Resources",
		},
	}, {
		name: "a body written in lower case after a title is the one the article names in full",
		text: "The Ministry of Energy and the Ministry of Coal published the figures. Asel Nurova, a vice minister of energy, said output would rise. Amit Rao, additional secretary in the coal ministry, agreed. Lee Min, a minister of trade, did not.",
		want: []string{
			"government Ministry of Energy", "government Ministry of Coal | the coal ministry",
			"person Asel Nurova (vice minister @ Ministry of Energy)",
			"person Amit Rao (additional secretary @ Ministry of Coal)",
			"person Lee Min (minister @ )",
		},
	}, {
		name: "titles after names with the organisation after the",
		text: "Tran Van Hai, director general of the Trade Remedies Authority, said the duty would stay. Mia Lowe, chairwoman of the Federal Reserve, disagreed.",
		want: []string{
			"person Tran Van Hai (director general @ Trade Remedies Authority)", "government Trade Remedies Authority",
			"person Mia Lowe (chairwoman @ Federal Reserve)", "government Federal Reserve",
		},
	}, {
		name: "two legal forms after a comma, and a list of companies",
		text: "Hanra Magnetics Co., Ltd. signed with Daewon Motor Corp., Kora Steel Co. and Mitsuya & Co., Ltd. on Monday.",
		want: []string{"company Hanra Magnetics Co., Ltd. | Hanra Magnetics", "company Daewon Motor Corp. | Daewon Motor", "company Kora Steel Co. | Kora Steel", "company Mitsuya & Co., Ltd. | Mitsuya &"},
	}, {
		name: "the group with a demonym, and a name changed from another",
		text: "Kestrel Lithium Ltd signed an offtake deal with Japanese trading house Tsukiyo Shoji Corp. on Monday. Tsukiyo Shoji, which changed its name from Tsukiyo Trading in 2021, took a 12% interest in the Australian company. The Japanese group will sell the concentrate on.",
		want: []string{
			"company Kestrel Lithium Ltd | the Australian company | Kestrel Lithium",
			"country JP | Japanese",
			"company Tsukiyo Shoji Corp. | Tsukiyo Shoji | The Japanese group [JP]",
			"company Tsukiyo Trading",
			"country AU | Australian",
		},
	}, {
		name: "a demonym and two companies of no stated country: no guess",
		text: "Kestrel signed a deal with Sumitomo Corp. on Monday. The Japanese group will sell the ore to Hanra Steel.",
		want: []string{"company Kestrel", "company Sumitomo Corp. | Sumitomo", "country JP | Japanese", "company Hanra Steel"},
	}, {
		name: "state bodies in the shapes other countries give them",
		text: "The Directorate General of Foreign Trade (DGFT) and the Investment Coordinating Board (BKPM) said on Monday that Bank Indonesia and the Mines and Geosciences Bureau would join the Department of Energy, Mines, Industry Regulation and Safety in the review.",
		want: []string{
			"government Directorate General of Foreign Trade | DGFT",
			"government Investment Coordinating Board | BKPM [ID]",
			"government Bank Indonesia [ID]",
			"government Mines and Geosciences Bureau",
			"government Department of Energy, Mines, Industry Regulation and Safety",
		},
	}, {
		name: "a body whose name opens with State-owned; the word opening a sentence is not a name's",
		text: "Zhenhai Copper answers to the State-owned Assets Supervision and Administration Commission (SASAC) of Hubei. State-owned Jinyu Mining said it would bid.",
		want: []string{
			"company Zhenhai Copper",
			"government State-owned Assets Supervision and Administration Commission | SASAC [CN]",
			"company Jinyu Mining",
		},
	}, {
		name: "an acronym after a name says whether the name began before its 'and'",
		text: "The loan is covered by Nippon Export and Investment Insurance (NEXI). Samsung and LG Energy Solution (LGES) will share the cells.",
		want: []string{
			"government Nippon Export and Investment Insurance | NEXI [JP]",
			"company Samsung",
			"company LG Energy Solution | LGES",
		},
	}, {
		name: "a state firm named an Enterprise; the kind of firm is not one",
		text: "The mine is a venture between Savan State Mining Enterprise and Yunnan Dianchi Potash Group. Minister Ahmad Yusof said Savan is a State-Owned Enterprise and every State Owned Enterprise must report.",
		want: []string{
			"company Savan State Mining Enterprise | Savan",
			"company Yunnan Dianchi Potash Group",
			"person Ahmad Yusof (Minister @ )",
		},
	}, {
		name: "a state board after 'the', four words long, and an office abroad; a company's boards are none",
		text: "The second tranche needs approval from the Foreign Capital Review Board and the Overseas Investment Office. Kestrel Minerals said the Audit and Risk Management Board met on Monday. Overseas, sales rose.",
		want: []string{
			"government Foreign Capital Review Board",
			"government Overseas Investment Office",
			"company Kestrel Minerals",
		},
	}, {
		name: "an office a state body owns is a state body; one a company owns is not",
		text: "Kestrel Anode applied for a loan from the Department of Energy's Loan Programs Office. Kestrel Anode's Investment Office bought shares.",
		want: []string{
			"company Kestrel Anode",
			"government Department of Energy",
			"government Loan Programs Office",
			"organization Investment Office",
		},
	}, {
		name: "a market's board and a picture's credit are no firms",
		text: "Tianbao Recycling plans a listing on Shenzhen's ChiNext board.\n\nOre is stockpiled at a port in Surigao. -- BW FILE PHOTO\n\nKestrel Minerals shares rose.",
		want: []string{
			"company Tianbao Recycling",
			"company Kestrel Minerals",
		},
	}, {
		name: "a story signed 'Reporter:' and 'Writer:' at its foot",
		text: "Smelter nears completion\n\nThe Investment Ministry listed the refinery as a strategic project.\n\nReporter: Dewi Lestari\nWriter: Budi Santoso\n",
		want: []string{
			"government Investment Ministry",
			"person Dewi Lestari (Reporter @ )",
			"person Budi Santoso (Writer @ )",
		},
	}, {
		name: "a slash parts two names, and gives a state body its acronym; not a legal form or a rate",
		text: "The Investment Ministry/BKPM listed the refinery. Sales at Hyundai Motor/Kia Corp rose 3%/y. Maersk A/S said.",
		want: []string{
			"government Investment Ministry | BKPM [ID]",
			"company Hyundai Motor",
			"company Kia Corp | Kia",
			"company Maersk A/S",
		},
	}, {
		name: "a deal's defined short name is no firm, quoted or not",
		text: "Kestrel Minerals signed a Conditional Share Purchase Agreement (\"CSPA\") with PT Arunika Investama on Monday. Its spokesperson said the CSPA is expected to close in June.",
		want: []string{
			"company Kestrel Minerals",
			"company PT Arunika Investama",
		},
	}, {
		name: "an Indonesian appraiser's firm, its forms before and after its name",
		text: "The price was assessed by independent appraiser KJPP Hartono Wibisono & Rekan.",
		want: []string{
			"company KJPP Hartono Wibisono & Rekan",
		},
	}, {
		name: "a marketing firm's name cut short later is the same firm",
		text: "Prairie Potash Marketing signed its contract with Acme Corp on Monday.\n\nUnder the contract, Prairie Potash will deliver 1.2 million tonnes to Acme.",
		want: []string{
			"company Prairie Potash Marketing | Prairie Potash",
			"company Acme Corp | Acme",
		},
	}, {
		name: "central banks and agencies whose names do not say so; a commercial bank of like shape",
		text: "The People's Bank of China and Bank Negara Malaysia held rates on Monday, while the State Bank of Vietnam cut. State Bank of India raised its lending rate. Bangko Sentral ng Pilipinas and Export Finance Australia (EFA) said they would review the loan with the Japan Organization for Metals and Energy Security.",
		want: []string{
			"government People's Bank of China [CN]", "country CN",
			"government Bank Negara Malaysia [MY]",
			"government State Bank of Vietnam [VN]", "country VN",
			"company State Bank of India",
			"government Bangko Sentral ng Pilipinas",
			"government Export Finance Australia | EFA [AU]",
			"government Japan Organization for Metals and Energy Security [JP]", "country JP",
		},
	}, {
		name: "ministers for a field, vice-ministers and coordinating ministers",
		text: "Coordinating Minister for Maritime Affairs Budi Santoso met Parliamentary Vice-Minister of Economy, Trade and Industry Aoki Ren and Minister for Trade and Industry Tan Wei Ling.",
		want: []string{
			"government Coordinating Ministry for Maritime Affairs", "person Budi Santoso (Coordinating Minister @ Coordinating Ministry for Maritime Affairs)",
			"government Ministry of Economy, Trade and Industry", "person Aoki Ren (Parliamentary Vice-Minister @ Ministry of Economy, Trade and Industry)",
			"government Ministry for Trade and Industry", "person Tan Wei Ling (Minister @ Ministry for Trade and Industry)",
		},
	}, {
		name: "a name given in full and then cut short, and two names in one sentence",
		text: "Tata Steel Mining Ltd, a unit of Tata Steel, said output rose. Shikoku Nickel Refining Co. said on Monday it would expand. Shikoku Nickel supplies nickel to Hamana Motor Corp.",
		want: []string{"company Tata Steel Mining Ltd | Tata Steel Mining", "company Tata Steel", "company Shikoku Nickel Refining Co. | Shikoku Nickel | Shikoku Nickel Refining", "company Hamana Motor Corp. | Hamana Motor"},
	}, {
		name: "a place word and a role word before a listed name; a body named with 'on' and 'in the'",
		text: "Perth-based Wirra Copper Ltd (WRC.AX) bought Gawler Metals Ltd. Rival Hubei Tianlu Chemical (603999.SS) needs clearance from the Committee on Foreign Investment in the United States. Hanra Zinc has no plans to invest in the United States, a spokesman said.",
		want: []string{
			"company Wirra Copper Ltd | Wirra Copper [AU]", "company Gawler Metals Ltd. | Gawler Metals", "company Hubei Tianlu Chemical [CN]",
			"government Committee on Foreign Investment in the United States [US]", "company Hanra Zinc", "country US",
		},
	}, {
		name: "a company named without the province its name begins with",
		text: "China's Jinhe Chemical wins urea quota\n\nShandong Jinhe Chemical Group Co has secured a quota. Jinhe Chemical said so, and Jinhe will ship in May.",
		want: []string{"country CN", "company Shandong Jinhe Chemical Group Co | Jinhe Chemical | Jinhe | Shandong Jinhe Chemical Group [CN]"},
	}, {
		name: "titles in lower case, set off by commas, and with the organisation after the name",
		text: "Hanra Chemical Co said output rose. It made more urea, vice president Li Wen told an investor call. Li met India's ambassador to China, Ravi Menon, and Ken Ito, an official at the NDRC. \"Buy,\" said analyst Jo Min at Orient Bay Securities.",
		want: []string{
			"company Hanra Chemical Co | Hanra Chemical", "person Li Wen | Li (vice president @ Hanra Chemical Co)",
			"country IN", "country CN", "person Ravi Menon (ambassador @ India)",
			"person Ken Ito (official @ NDRC)", "government NDRC [CN]",
			"person Jo Min (analyst @ Orient Bay Securities)", "company Orient Bay Securities",
		},
	}, {
		name: "a place named with a demonym is no country",
		text: "Saehan Energy will build a plant in Lao Cai province with Hoang Graphite JSC this year.",
		want: []string{"company Saehan Energy", "company Hoang Graphite JSC | Hoang Graphite"},
	}, {
		name: "a person named later by the given name alone",
		text: "Kalbar Alumina Tbk president director Hendra Gunawan told reporters. Hendra denied the company would buy a stake in Borneo Bauksit Tbk this year.",
		want: []string{"company Kalbar Alumina Tbk | the company | Kalbar Alumina", "person Hendra Gunawan | Hendra (president director @ Kalbar Alumina Tbk)", "company Borneo Bauksit Tbk | Borneo Bauksit"},
	}, {
		name: "the subject of a verb after a relative clause",
		text: "Deccan Steel Works, which also buys Queensland coal, said it was reviewing its own sourcing.",
		want: []string{"company Deccan Steel Works"},
	}, {
		name: "the miner is the company whose name says so",
		text: "Sakaide Shoji Co. bought 18% of Mindanao Laterite Mining Corp. on Thursday. Sakaide also signed an offtake deal with the miner.",
		want: []string{"company Sakaide Shoji Co. | Sakaide | Sakaide Shoji", "company Mindanao Laterite Mining Corp. | the miner | Mindanao Laterite Mining"},
	}, {
		name: "Malaysian honorifics, titles joined by 'and', trades before a title",
		text: "Deputy Minister of Plantation and Commodities Datuk Chong Wei Ming met Kinabatangan Plantations Bhd Chairman Tan Sri Azlan Harun and Tsuruga Steel President and CEO Ken Haga. \"Buy,\" said Farah Lim, a plantation analyst at Selangor Capital Research. Ana Moretti, Ridgeline Motors' chief purchasing officer, agreed.",
		want: []string{
			"government Ministry of Plantation and Commodities", "person Chong Wei Ming | Datuk Chong Wei Ming (Deputy Minister @ Ministry of Plantation and Commodities)",
			"company Kinabatangan Plantations Bhd | Kinabatangan Plantations", "person Azlan Harun | Tan Sri Azlan Harun (Chairman @ Kinabatangan Plantations Bhd)",
			"company Tsuruga Steel", "person Ken Haga (President and CEO @ Tsuruga Steel)",
			"person Farah Lim (plantation analyst @ Selangor Capital Research)", "company Selangor Capital Research",
			"person Ana Moretti (chief purchasing officer @ Ridgeline Motors)", "company Ridgeline Motors",
		},
	}, {
		name: "a brand alone for the company named first, not its group",
		text: "Hanra Energy Solution Co. won an order on Monday. Hanra, a unit of Hanra Chemical Holdings Corp., will deliver cells from 2028.",
		want: []string{"company Hanra Energy Solution Co. | Hanra | Hanra Energy Solution", "company Hanra Chemical Holdings Corp. | Hanra Chemical Holdings"},
	}, {
		name: "a market or a place before '-listed' is no company; adverbs open sentences",
		text: "It is a unit of Shenzhen-listed Minjiang Resources Group. Abroad, the group relies on Grupo Queretaro SA.",
		want: []string{"company Minjiang Resources Group", "company Grupo Queretaro SA | Grupo Queretaro"},
	}, {
		name: "a given name after honorifics, and 'its' before a title",
		text: "Kinabatangan Plantations Bhd grew, group managing director Tan Sri Azlan Harun told reporters. Azlan declined to comment. Adhira Power Ltd is buying. Its managing director, Rajiv Menon, said the company signed with PT Kutai Energi Tbk on Monday.",
		want: []string{
			"company Kinabatangan Plantations Bhd | Kinabatangan Plantations", "person Azlan Harun | Tan Sri Azlan Harun | Azlan (group managing director @ Kinabatangan Plantations Bhd)",
			"company Adhira Power Ltd | the company | Adhira Power", "person Rajiv Menon (managing director @ Adhira Power Ltd)", "company PT Kutai Energi Tbk | PT Kutai Energi",
		},
	}, {
		name: "a title opening the sentence, set off by commas; a company inside a quotation is not the speaker's",
		text: "Yalgoo Lithium Limited said so. Managing Director and CEO, Ms Karen Whitfield, said the quarter was strong. \"Tawau Mills Bhd gives us feed,\" chief executive Ali Osman told reporters.",
		want: []string{
			"company Yalgoo Lithium Limited | Yalgoo Lithium", "person Karen Whitfield | Ms Karen Whitfield (Managing Director and CEO @ Yalgoo Lithium Limited)",
			"company Tawau Mills Bhd | Tawau Mills", "person Ali Osman (chief executive @ Yalgoo Lithium Limited)",
		},
	}, {
		name: "a title ending in 'General', and the body after the name",
		text: "Director General Kim Ho of the Korea Customs Service said the rules would stay.",
		want: []string{"person Kim Ho (Director General @ Korea Customs Service)", "government Korea Customs Service [KR]", "country KR | Korea"},
	}, {
		name: "analyst at a broker, and a surname alone",
		text: `"Prices will stay high," said Choi Min-ho, an analyst at Daewon Securities. Choi expects supply to tighten.`,
		want: []string{"person Choi Min-ho | Choi (analyst @ Daewon Securities)", "company Daewon Securities"},
	}, {
		name: "bylines, photo credits and government bodies",
		text: "By Mark Ellison\n\nNickel buyers turn to Vietnam as Jakarta tightens export rules\n\nThe U.S. Geological Survey and the USDA said on Friday that the Bank of Korea and the Korea Customs Service had revised their data, while the Ministry of Economy, Trade and Industry (METI) kept its forecast.\n\n(Photo: Kim Soo-ah)\n",
		want: []string{
			"person Mark Ellison", "country VN", "country ID | Jakarta",
			"government U.S. Geological Survey [US]", "country US | U.S.", "government USDA [US]", "government Bank of Korea [KR]",
			"country KR | Korea", "government Korea Customs Service [KR]", "government Ministry of Economy, Trade and Industry | METI [JP]",
			"person Kim Soo-ah",
		},
	}, {
		name: "a byline in capitals, and two places before one plural asset word",
		text: "Seohan Steel signs coal deal\n\nBY PARK EUN-JI [park.eunji@example.com]\n\nBowen Ridge Coal will deliver the coal to Seohan Steel's Dangjin and Pohang mills. Hanra Minerals and Kora Steel signed supply deals.\n",
		want: []string{"company Seohan Steel", "person PARK EUN-JI", "company Bowen Ridge Coal", "company Hanra Minerals", "company Kora Steel"},
	}, {
		name: "a title given past an aside after the name; 'the port operator' for a firm whose name says Port; a ticker after a Vietnamese name with A",
		text: "Cua Lo Coal Port JSC runs two berths. The port operator said volumes rose. The board appointed Tran Van Binh, currently head of procurement, as Deputy General Director of Cua Lo Coal Port. Shares of Dong A Tube JSC (HNX: DAT) rose.\n",
		want: []string{"company Cua Lo Coal Port JSC | The port operator | Cua Lo Coal Port", "person Tran Van Binh (Deputy General Director @ Cua Lo Coal Port JSC)", "company Dong A Tube JSC | Dong A Tube [VN]"},
	}, {
		name: "a digest compiled by two writers, not by a desk; an Indian state is no short form of a firm named after it",
		text: "Metals digest\n\nCompiled by Ravi Menon and Aiko Mori\n\nThe Gujarat terminal operator signed a deal. Gujarat Coastal Gas Ltd runs a terminal in Gujarat.\n\nCompiled by the Filings Desk\n",
		want: []string{"person Ravi Menon", "person Aiko Mori", "company Gujarat Coastal Gas Ltd | Gujarat Coastal Gas"},
	}, {
		name: "'the new company, X' names X; 'the plate mill in Dangjin' is a plant, not the steelmaker",
		text: "Hanbo Steel will split off its plate division. The new company, Hanbo Plate Co., will take over the plate mill in Dangjin. The steelmaker said so.\n",
		want: []string{"company Hanbo Steel | The steelmaker", "company Hanbo Plate Co. | Hanbo Plate"},
	}, {
		name: "'Hon Gai' is the short form of the firm named after the place, not an honourable Gai",
		text: "Ha Long Coal Trading JSC buys coal. Ha Long, 36%-owned by Dong Bac Coal Corporation, sells it. Hon Gai Coal Trading JSC buys coal too. Hon Gai sells most of it in the north. The Hon Madeleine Kerr spoke on Monday.\n",
		want: []string{"company Ha Long Coal Trading JSC | Ha Long | Ha Long Coal Trading", "company Dong Bac Coal Corporation | Dong Bac Coal", "company Hon Gai Coal Trading JSC | Hon Gai | Hon Gai Coal Trading", "person Madeleine Kerr | Hon Madeleine Kerr"},
	}, {
		name: "roles: a unit described after 'of its', a firm after its country and trade, a body after 'the ministry's', a speaker after a comma",
		text: "Qiyuan New Materials Co., Ltd. sent a delegation led by Liu Hai, president director of its Indonesian subsidiary PT Qiyuan Nikel Indonesia. " +
			"Director General Tri Lestari of the ministry's Directorate General of Mineral and Coal met Park Min-su, chief executive of South Korean cathode maker Hanra Precursor Co.\n\n" +
			"Carrawa Lithium Ltd will sell the concentrate to Jinsha Lithium Co at a price linked to hydroxide, managing director Rhea Thorne said.\n",
		want: []string{"company Qiyuan New Materials Co., Ltd. | Qiyuan New Materials", "person Liu Hai (president director @ PT Qiyuan Nikel Indonesia)", "country ID | Indonesian", "company PT Qiyuan Nikel Indonesia [ID]",
			"person Tri Lestari (Director General @ Directorate General of Mineral and Coal)", "government Directorate General of Mineral and Coal", "person Park Min-su (chief executive @ Hanra Precursor Co.)",
			"country KR | South Korean", "company Hanra Precursor Co. | Hanra Precursor [KR]", "company Carrawa Lithium Ltd | Carrawa Lithium", "company Jinsha Lithium Co | Jinsha Lithium",
			"person Rhea Thorne (managing director @ Carrawa Lithium Ltd)"},
	}, {
		name: "a region that opens a former name the text gives later is no short form of it",
		text: "Mid West iron ore producer Tallon Iron Ore Ltd shipped more ore. Tallon, which changed its name from Mid West Magnetite Ltd in 2021, is listed in Perth.\n",
		want: []string{"company Tallon Iron Ore Ltd | Tallon | Tallon Iron Ore", "company Mid West Magnetite Ltd | Mid West Magnetite"},
	}, {
		name: "a writer after the date on a 'Posted' line; 'the venture' for the firm two others set up",
		text: "Kora wins licence renewal\n\nPosted 3 June 2026 by Farah Ismail\n\nKora Rare Earths Bhd and Jiangxi Ruida Rare Earth Co., Ltd. will set up Kora Ruida Separation Sdn Bhd to build a line. Kora will hold 60% of the venture.\n",
		want: []string{"company Kora Rare Earths Bhd | Kora | Kora Rare Earths", "person Farah Ismail", "company Jiangxi Ruida Rare Earth Co., Ltd. | Jiangxi Ruida Rare Earth", "company Kora Ruida Separation Sdn Bhd | the venture | Kora Ruida Separation"},
	}, {
		name: "'the target' for the firm a bid is for",
		text: "Hongda Aluminium Holdings Ltd has launched a takeover bid for ASX-listed bauxite developer Kapuas Bauxite Resources Ltd. The offer values Kapuas at A$412 million. Hongda already owns 14.9 per cent of the target.\n",
		want: []string{"company Hongda Aluminium Holdings Ltd | Hongda | Hongda Aluminium Holdings", "company Kapuas Bauxite Resources Ltd. | Kapuas | the target | Kapuas Bauxite Resources"},
	}, {
		name: "a capital An inside a sentence opens a Vietnamese name",
		text: "PT Bara Energi Tbk will sell coal to Vietnam's An Khanh Thermal Power JSC under a contract.\n",
		want: []string{"company PT Bara Energi Tbk | PT Bara Energi", "country VN", "company An Khanh Thermal Power JSC | An Khanh Thermal Power [VN]"},
	}, {
		name: "'the new company' for the firm two others have set up",
		text: "Guangxi Nanhai Rare Earth Co. and Xingda Magnetics Co. have set up Nanhai Xingda Magnet Materials Co. to make magnets. Guangxi Nanhai owns 51% of the new company.\n",
		want: []string{"company Guangxi Nanhai Rare Earth Co. | Guangxi Nanhai | Guangxi Nanhai Rare Earth", "company Xingda Magnetics Co. | Xingda Magnetics", "company Nanhai Xingda Magnet Materials Co. | the new company | Nanhai Xingda Magnet Materials"},
	}, {
		name: "a director general with the field of the title, at the body the sentence opens with",
		text: "Indonesia's Ministry of Energy and Mineral Resources has approved mining plans for 2026, Director General of Minerals and Coal Agus Santosa told reporters on Wednesday.\n",
		want: []string{"country ID", "government Ministry of Energy and Mineral Resources [ID]", "person Agus Santosa (Director General of Minerals and Coal @ Ministry of Energy and Mineral Resources)"},
	}, {
		name: "a name wrapped at the line's end before its legal form goes on; a heading word over a name does not",
		text: "Following the transfer, VRHI will hold 28.5% of CNCC and Pacific Rim Ore\nPartners Pte. Ltd. will retain its 11.5% interest.\n\nCopper\nHuaxi Nonferrous Metals Co. bought a mine.\n",
		want: []string{"company VRHI", "company CNCC", "company Pacific Rim Ore Partners Pte. Ltd. | Pacific Rim Ore Partners", "company Huaxi Nonferrous Metals Co. | Huaxi Nonferrous Metals"},
	}, {
		name: "a Hong Kong filing's wrapped disclaimer; a name wrapped before 'Co., Ltd.'",
		text: "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no\nresponsibility for the contents of this announcement.\n\n" +
			"The polysilicon will be delivered to Changji Wafer Technology\nCo., Ltd. (\"Changji Wafer\"), a unit of the group.\n",
		want: []string{"company Changji Wafer Technology Co., Ltd. | Changji Wafer | Changji Wafer Technology"},
	}, {
		name: "an SPA signed is no Italian legal form",
		text: "Hanseo Gas Corp signed a 15-year SPA with Exmouth Coast Energy Ltd. Hanseo SPA talks went on.\n",
		want: []string{"company Hanseo Gas Corp | Hanseo Gas", "company Exmouth Coast Energy Ltd. | Exmouth Coast Energy"},
	}, {
		name: "a parent's short name is the parent's, not its unit's; an officer of the short name",
		text: "Hoa Lam Steel JSC makes steel, and its subsidiary Hoa Lam Steel Dung Quat Co., Ltd. runs a works. Hoa Lam has not signed a deal, according to Le Thi Mai, Deputy General Director of Hoa Lam, who oversees raw materials.\n",
		want: []string{"company Hoa Lam Steel JSC | Hoa Lam | Hoa Lam Steel", "company Hoa Lam Steel Dung Quat Co., Ltd. | Hoa Lam Steel Dung Quat", "person Le Thi Mai (Deputy General Director @ Hoa Lam Steel JSC)"},
	}, {
		name: "a Portuguese legal form after a comma",
		text: "Paradip Coke Ltd will buy 26% of Zambezi Coal Mining, Limitada from Karoo Coal Holdings Limited.\n",
		want: []string{"company Paradip Coke Ltd | Paradip Coke", "company Zambezi Coal Mining, Limitada | Zambezi Coal Mining", "company Karoo Coal Holdings Limited | Karoo Coal Holdings"},
	}, {
		name: "a country's gas is no firm; 'Neither' opens no name",
		text: "Nam Hai picks Japanese LNG supplier Marunouchi Energy Corp. Neither Hongda Aluminium Co nor Sinar Kalbar Tbk is affiliated with it. You can read more.\n",
		want: []string{"country JP | Japanese", "company Marunouchi Energy Corp. | Marunouchi Energy", "company Hongda Aluminium Co | Hongda Aluminium", "company Sinar Kalbar Tbk | Sinar Kalbar"},
	}, {
		name: "a director general is an official of the body, not an officer of the firm named before; a ministry of two fields",
		text: "Kora Recycling Tech said it would send the output to Ulsan.\n\nIndonesia's Ministry of Energy and Mineral Resources has approved plans for 2026, Director General of Minerals and Coal Agus Santosa told reporters. Yoon met Rudi Hartono, deputy minister at the Ministry of Investment and Downstreaming, on Monday.\n",
		want: []string{"company Kora Recycling Tech", "country ID", "government Ministry of Energy and Mineral Resources [ID]", "person Agus Santosa (Director General of Minerals and Coal @ Ministry of Energy and Mineral Resources)",
			"person Rudi Hartono (deputy minister @ Ministry of Investment and Downstreaming)", "government Ministry of Investment and Downstreaming"},
	}, {
		name: "a Hong Kong filing's board, each director with the title of the group named",
		text: "Reference is made to the announcement of Tianhe Solar Materials Co., Ltd. (the \"Company\") on its supply deal.\n\nAs at the date of this announcement, the Board comprises Mr. Ma Jian (Chairman) and Ms. Gu Hua as executive directors; Mr. Abdu Tursun as non-executive director; and Mr. Leung Ka Wing and Ms. Chan Wing Yee as independent non-executive directors.\n",
		want: []string{"company Tianhe Solar Materials Co., Ltd. | Company | Tianhe Solar Materials", "person Ma Jian | Mr. Ma Jian (Chairman @ Tianhe Solar Materials Co., Ltd.)",
			"person Gu Hua | Ms. Gu Hua (executive director @ Tianhe Solar Materials Co., Ltd.)", "person Abdu Tursun | Mr. Abdu Tursun (non-executive director @ Tianhe Solar Materials Co., Ltd.)",
			"person Leung Ka Wing | Mr. Leung Ka Wing (independent non-executive director @ Tianhe Solar Materials Co., Ltd.)", "person Chan Wing Yee | Ms. Chan Wing Yee (independent non-executive director @ Tianhe Solar Materials Co., Ltd.)"},
	}, {
		name: "'the venture' for the firm named 'the joint venture company, V'",
		text: "Yeonsu Steel Corporation and Mahanadi Steel Ltd will set up a joint venture. The joint venture company, Yeonsu Mahanadi Steel Pvt Ltd, will invest in two phases. It will make flat products. Mahanadi will supply ore to the venture.\n",
		want: []string{"company Yeonsu Steel Corporation | Yeonsu Steel", "company Mahanadi Steel Ltd | Mahanadi | Mahanadi Steel", "company Yeonsu Mahanadi Steel Pvt Ltd | the venture | Yeonsu Mahanadi Steel"},
	}, {
		name: "Spanish and Portuguese names joined by y and do",
		text: "Vale do Rio Verde SA sells ore. Minera Andina y Pacífica S.A. mines copper.\n",
		want: []string{"company Vale do Rio Verde SA | Vale do Rio Verde", "company Minera Andina y Pacífica S.A. | Minera Andina y Pacífica"},
	}, {
		name: "the columns of a table are no one name",
		text: "Overview of the counterparty\n\n  Name                          Cebu Copper Corporation\n  Representative                Ramon Cruz\n\nCebu Copper Corporation mines copper.\n",
		want: []string{"company Cebu Copper Corporation | Cebu Copper"},
	}, {
		name: "a headline's short name over its ticker line is the company the story names in full",
		text: "Tamra Cathode Wins Nickel Deal\n\np 247390.KQ Mid and Small Cap 2000\n\nTamra Cathode Materials, formerly Tamra Precision Chemical, signed a supply deal. Tamra will own 51% of the new company, to be called Tamra Kaji Materials.\n",
		want: []string{"company Tamra Cathode Materials | Tamra | Tamra Cathode [KR]", "company Tamra Precision Chemical", "company Tamra Kaji Materials"},
	}, {
		name: "a venture to be called X is a firm; a company that named X appointed a person",
		text: "The venture, to be called Hydra Ore, will build a plant. A new company dubbed Tarn Lithium will run it. The company named Kim Min-ho as its chief executive.\n",
		want: []string{"company Hydra Ore", "company Tarn Lithium | The company", "person Kim Min-ho (chief executive @ Tarn Lithium)"},
	}, {
		name: "a filing: a section line, a label and its value, a deal defined in quotes, Malaysian titles",
		text: "Corporate Announcements | Malaysia\n\nKora Agro buys a planter\n\nBoard: Main Market | Sector: Plantation\n\n" +
			"Kora Agro Holdings Berhad will buy 70% of Tana Estates Sdn Bhd for RM186 million (\"Proposed Acquisition\"). The Proposed Acquisition needs approval.\n\n" +
			"Datuk Lim Chee Hong, a Non-Independent Non-Executive Director of Kora Agro Holdings Berhad, is interested.\n\n" +
			"Group Managing Director Dato' Seri Ahmad Fauzan bin Hashim said the purchase adds estates.\n",
		want: []string{"company Kora Agro Holdings Berhad | Kora Agro | Kora Agro Holdings", "company Tana Estates Sdn Bhd | Tana Estates",
			"person Lim Chee Hong | Datuk Lim Chee Hong (Non-Independent Non-Executive Director @ Kora Agro Holdings Berhad)",
			"person Ahmad Fauzan bin Hashim (Group Managing Director @ Kora Agro Holdings Berhad)"},
	}, {
		name: "a list of shares after 'the venture,' is no apposition",
		text: "Tana Nikel Tbk will form a joint venture with Kora Cobalt Co. Kora Cobalt will hold 51 percent of the venture, Tana Nikel 30 percent and others the rest. The venture will sell nickel.\n",
		want: []string{"company Tana Nikel Tbk | Tana Nikel", "company Kora Cobalt Co. | Kora Cobalt"},
	}, {
		name: "a title in a relative clause about the firm the person founded",
		text: "Kora Minerals is 22.5 per cent owned by Tana Holdings, the private vehicle of prospector Graham Nettle, who founded Tana Holdings in 1994 and remains its chairman. Ann Lee, who joined Kora Minerals in 2020, is an engineer.\n",
		want: []string{"company Kora Minerals", "company Tana Holdings", "person Graham Nettle (chairman @ Tana Holdings)", "person Ann Lee"},
	}, {
		name: "a name 'who' follows is a person's, unless a word of place comes before it; the title the person becomes",
		text: "Kora Coal appointed Agus Harahap as chief executive. He replaces Bambang Setiadi, who retired. The pit near Tana Valley, who knows why, flooded. " +
			"He succeeds Budi Santosa, who becomes President Commissioner.\n",
		want: []string{"company Kora Coal", "person Agus Harahap (chief executive @ Kora Coal)", "person Bambang Setiadi", "person Budi Santosa (President Commissioner @ Kora Coal)"},
	}, {
		name: "a speaker whose title opens a later sentence of a paragraph is of the firm it is about, under a heading in capitals",
		text: "LITHIUM: KORA SHIPS FIRST CARGO\nKora Lithium Ltd said its first cargo of spodumene sailed on Sunday. The material will go to Tana Refining Co., which has agreed to buy up to 90,000 dmt a year. Managing director Ian Reid said a second cargo would sail in March.\n",
		want: []string{"company Kora Lithium Ltd | KORA | Kora Lithium", "company Tana Refining Co. | Tana Refining", "person Ian Reid (Managing director @ Kora Lithium Ltd)"},
	}, {
		name: "a writer over the date with the place written from; the second market a firm is listed in",
		text: "Tana Lithium bets on brine\n\nThe producer will take control of a brine developer\n\nDaniel Hoi in Hong Kong\nPublished: 9:30pm, 4 Mar 2026\n\nTana Lithium Co, which is listed in Shenzhen (002812.SZ) and Hong Kong (1809.HK), will buy brine.\n",
		want: []string{"company Tana Lithium Co | Tana Lithium", "person Daniel Hoi", "country HK"},
	}, {
		name: "a byline of two writers, one with a given name that is a month's",
		text: "By Deepa Nair and Lim Jun Hao\n\nTin smelter restarts\n\nKora Tin Smelting Co restarted its smelter.\n",
		want: []string{"person Deepa Nair", "person Lim Jun Hao", "company Kora Tin Smelting Co | Kora Tin Smelting"},
	}, {
		name: "'the ministry' is the body whose name says ministry",
		text: "The deal needs approval from Indonesia's Investment Coordinating Board and the Ministry of Energy and Mineral Resources. Tri Harto, director general of minerals and coal at the ministry, said so.\n",
		want: []string{"country ID", "government Investment Coordinating Board [ID]", "government Ministry of Energy and Mineral Resources | the ministry", "person Tri Harto (director general of minerals and coal @ Ministry of Energy and Mineral Resources)"},
	}, {
		name: "a title and a second role at a firm",
		text: "Kenji Mori, Managing Executive Officer and head of the metals division at Tana Shoji Corp, said so.\n",
		want: []string{"person Kenji Mori (Managing Executive Officer and head of the metals division @ Tana Shoji Corp)", "company Tana Shoji Corp | Tana Shoji"},
	}, {
		name: "a sugar miller and a planter are firms",
		text: "Kora sold its stake in Thai sugar miller Isan Cane Sugar. It bought Malaysian palm oil planter Sabah Estates.\n",
		want: []string{"company Kora", "country TH | Thai", "company Isan Cane Sugar [TH]", "country MY | Malaysian", "company Sabah Estates [MY]"},
	}, {
		name: "a resource fund is an investor",
		text: "Kora bought a 10.4% block from Singapore-based Raffles Resource Fund last week.\n",
		want: []string{"company Kora", "country SG", "company Raffles Resource Fund [SG]"},
	}, {
		name: "a Thai given name after a title",
		text: "Thanakorn Charoensuk, chief executive of Siam Agro Plc, said so. A delegation led by Mr Thanakorn met officials.\n",
		want: []string{"person Thanakorn Charoensuk | Mr Thanakorn | Thanakorn (chief executive @ Siam Agro Plc)", "company Siam Agro Plc | Siam Agro"},
	}, {
		name: "'the steelmaker' for a firm named Ispat",
		text: "Vardhman Ispat Ltd bought ore. The steelmaker also owns a mine.\n",
		want: []string{"company Vardhman Ispat Ltd | The steelmaker | Vardhman Ispat"},
	}, {
		name: "a title with its field at the ministry, before a name set off by commas",
		text: "Indonesia's Ministry of Energy and Mineral Resources said exports rose. Director General of Mineral and Coal at the ministry, Tri Wahyu, told reporters on Monday that quotas would rise.\n",
		want: []string{"country ID", "government Ministry of Energy and Mineral Resources | the ministry [ID]", "person Tri Wahyu (Director General of Mineral and Coal @ Ministry of Energy and Mineral Resources)"},
	}, {
		name: "a body with its country after its head; a ministry named with its field before or after",
		text: "The offer needs approval from the Securities Commission Malaysia. Bambang Sutrisno, director general at the Energy and Mineral Resources Ministry, said so. The Ministry of Energy and Mineral Resources approved the plan.\n",
		want: []string{"government Securities Commission Malaysia [MY]", "person Bambang Sutrisno (director general @ Ministry of Energy and Mineral Resources)", "government Ministry of Energy and Mineral Resources | Energy and Mineral Resources Ministry"},
	}, {
		name: "a media contact over the firm she speaks for and a telephone line",
		text: "Kora signs deal\n\nKora Minerals Limited signed a deal on Monday.\n\nMedia:\nJane Colley\nBayside Communications\nT: +61 412 555 019\n",
		want: []string{"company Kora Minerals Limited | Kora Minerals", "person Jane Colley ( @ Bayside Communications)", "company Bayside Communications"},
	}, {
		name: "a writer in capitals with a role; a former name after 'The company, which was known as'",
		text: "Kane takes stake in lithium miner\n\nTrading house locks in supply\n\nKENTA ISHIDA, Staff writer\nMarch 18, 2026 17:05 JST\n\nCool Lithium Ltd rose. The company, which was known as Goldfields Spodumene until 2022, produced ore.\n",
		want: []string{"person KENTA ISHIDA (Staff writer @ )", "company Cool Lithium Ltd | The company | Cool Lithium", "company Goldfields Spodumene"},
	}, {
		name: "a federal department named for its field and its country",
		text: "Jon Whit, assistant deputy minister at Natural Resources Canada, said so.\n",
		want: []string{"person Jon Whit (assistant deputy minister @ Natural Resources Canada)", "government Natural Resources Canada [CA]"},
	}, {
		name: "titles joined by '&', a whole-time director, 'Datuk Wira'",
		text: "Deccan Steel MD & CEO Vikram Sundar told reporters. Whole-time director Anjali Desh said so. Datuk Wira Haris Tan signed for Sarawak Metals Berhad.\n",
		want: []string{"company Deccan Steel", "person Vikram Sundar (MD & CEO @ Deccan Steel)", "person Anjali Desh (Whole-time director @ Deccan Steel)", "person Haris Tan | Datuk Wira Haris Tan", "company Sarawak Metals Berhad | Sarawak Metals"},
	}, {
		name: "'the smelter company' for a firm named Smelting",
		text: "PT Halmahera Nikel Smelting said so. The smelter company sells matte.\n",
		want: []string{"company PT Halmahera Nikel Smelting | The smelter company"},
	}, {
		name: "a place and a trade before a name after 'a stake in'",
		text: "Kora Mining Ltd bought a stake in Queensland coal producer Bowen Basin Collieries.\n",
		want: []string{"company Kora Mining Ltd | Kora Mining", "company Bowen Basin Collieries"},
	}, {
		name: "a chief procurement officer",
		text: "\"We need feedstock,\" Hwa Battery Co's chief procurement officer, Oh Jung-min, told reporters.\n",
		want: []string{"company Hwa Battery Co | Hwa Battery", "person Oh Jung-min (chief procurement officer @ Hwa Battery Co)"},
	}, {
		name: "a promoter before a firm's name, and results' acronyms",
		text: "Promoter Bhandari Enterprises Pvt Ltd holds 54.2% of Ganga Fertilisers Ltd. EBITDA rose 12%.\n",
		want: []string{"company Bhandari Enterprises Pvt Ltd | Bhandari Enterprises", "company Ganga Fertilisers Ltd. | Ganga Fertilisers"},
	}, {
		name: "Gulf legal forms, and a board of directors is its company's",
		text: "The Board of Directors of Sarawak Metals Berhad (Bursa: 7188) announced a tolling agreement with Al Noor Metals Trading FZE and Oman Gulf Petro SAOG.\n",
		want: []string{"company Sarawak Metals Berhad | Sarawak Metals [MY]", "company Al Noor Metals Trading FZE | Al Noor Metals Trading", "company Oman Gulf Petro SAOG | Oman Gulf Petro [OM]"},
	}, {
		name: "countries: demonyms, capitals for governments, short forms; not inside company names",
		text: "Korean and Vietnamese officials met in Hanoi as Washington and Beijing traded tariffs, while Samsung Vietnam and China Molybdenum Co expanded plants in the UK and the U.S.",
		want: []string{"country KR | Korean", "country VN | Vietnamese", "country US | Washington | U.S.", "country CN | Beijing", "company Samsung Vietnam", "company China Molybdenum Co | China Molybdenum [CN]", "country GB | UK"},
	}, {
		name: "not entities: openers, months, days, indexes, materials, agencies, boilerplate, tags",
		text: "Analysts expect the Kospi 200 and the S&P 500 to rise in March, Reuters reported on Monday, citing Yonhap. Construction of the Rare Earth Oxide plant and Iron Ore terminal starts in June.\n\nShare this on\n\nTags: rare earth Lai Chau Korea investment\nKeywords: Hanoi Steel Capital\n",
		want: nil,
	}, {
		name: "prices and reserves with acronyms are no companies; a signatory over a two-word title",
		text: "Sales follow the Mineral Benchmark Price (HPM) set monthly. Proved and Probable Ore Reserves rose.\n\nRespectfully,\nPT Sungai Lima Nikel Tbk\n\nNur Aini Siregar\nCorporate Secretary\n",
		want: []string{"company PT Sungai Lima Nikel Tbk | PT Sungai Lima Nikel", "person Nur Aini Siregar (Corporate Secretary @ PT Sungai Lima Nikel Tbk)"},
	}, {
		name: "a place before a broker after 'analyst at'; a body's names in its own language and its acronym parted by a slash",
		text: "\"Prices will hold,\" said Karen Doyle, an analyst at Brisbane broker Morland Baillieu. Joan Tay, an analyst at Perth-based broker Swan Street Capital, agreed. The rules of the Financial Services Authority (Otoritas Jasa Keuangan / \"OJK\") apply.\n",
		want: []string{"person Karen Doyle (analyst @ Morland Baillieu)", "company Morland Baillieu", "person Joan Tay (analyst @ Swan Street Capital)", "company Swan Street Capital",
			"government Financial Services Authority | Otoritas Jasa Keuangan | OJK [ID]"},
	}, {
		name: "a lede's first word in capitals; a place before a utility after 'state-run'; data firms; a body's officer with a field in lower case",
		text: "LISTED Kalinga Copper Corp. said output rose. Shares of the listed miner rose. Separately, state-run Tamil Nadu utility Kaveri Thermal Power Corporation delayed a tender, according to data compiled by Portwise Analytics. The Ministry of Energy agreed. The ministry's director general of minerals and coal, Agus Prasetyo, said so.\n\n(c) 2026 Harbour Research. All rights reserved.\n",
		want: []string{"company Kalinga Copper Corp. | the listed miner | Kalinga Copper", "company Kaveri Thermal Power Corporation | Kaveri Thermal Power", "company Portwise Analytics",
			"government Ministry of Energy | The ministry", "person Agus Prasetyo (director general of minerals and coal @ Ministry of Energy)"},
	}, {
		name: "'the utility' for a firm whose name says power",
		text: "Power producer Kora Urja Ltd bought coal from Tana Commodities. Tana will deliver the coal to the utility in June.\n",
		want: []string{"company Kora Urja Ltd | the utility | Kora Urja", "company Tana Commodities | Tana"},
	}, {
		name: "an undersecretary with a field; million tonnes before a title",
		text: "The Department of Environment and Natural Resources will act, Undersecretary for Field Operations Jose Ramon Ocampo said. Kora Coal Tbk kept its guidance of 15-16 Mt. Vice Chairman Benny Halim said so.\n",
		want: []string{"government Department of Environment and Natural Resources", "person Jose Ramon Ocampo (Undersecretary for Field Operations @ Department of Environment and Natural Resources)",
			"company Kora Coal Tbk | Kora Coal", "person Benny Halim (Vice Chairman @ Kora Coal Tbk)"},
	}, {
		name: "departments with a second field; a firm's boards and a title alone are no names; a language switch",
		text: "Tiếng Việt | English\n\nOfficials from the Department of Crop Production and Plant Protection, the Department of Primary Industries and Mines and the Department of Geology and Minerals of Vietnam met the Board of Directors and Executive Board of Hau Giang Fertilizer Corporation. It was witnessed by the Deputy Minister.\n",
		want: []string{"government Department of Crop Production and Plant Protection", "government Department of Primary Industries and Mines",
			"government Department of Geology and Minerals of Vietnam | Department of Geology and Minerals [VN]", "country VN", "company Hau Giang Fertilizer Corporation | Hau Giang Fertilizer"},
	}, {
		name: "a headline's opening words of a firm's name are the firm, no person",
		text: "Deputy Minister Le Van Khiem visits Song Hau urea complex\n\nCan Tho - Song Hau Fertilizer and Chemicals JSC welcomed a working delegation from the Ministry of Agriculture and Environment, led by Deputy Minister Le Van Khiem. Later Song Hau said so.\n",
		want: []string{"person Le Van Khiem (Deputy Minister @ Ministry of Agriculture and Environment)", "company Song Hau Fertilizer and Chemicals JSC | Song Hau | Song Hau Fertilizer and Chemicals",
			"government Ministry of Agriculture and Environment"},
	}, {
		name: "two writers with their places; provinces and states before a trade; 'the refiner' for a smelter; the conglomerate's chairman; tin is no short form",
		text: "Tin smelters hunt for ore\n\nBy Farah Aziz in Kuala Lumpur and Somchai Rattanakul in Bangkok\n17 February 2026\n\nStraits Bayan Smelting Bhd has gone further than most. The Penang-based refiner signed a purchase agreement with Phou Sang Mining Co. Straits Bayan is 52%-owned by Kinta Heritage Holdings Bhd, a Perak conglomerate with interests in plantations. The conglomerate's executive chairman, Lim Boon Keat, said so. Ore came from Indonesia's Bangka-Belitung islands.\n",
		want: []string{"person Farah Aziz", "person Somchai Rattanakul", "company Straits Bayan Smelting Bhd | The Penang-based refiner | Straits Bayan | Straits Bayan Smelting",
			"company Phou Sang Mining Co. | Phou Sang Mining", "company Kinta Heritage Holdings Bhd | The conglomerate | Kinta Heritage Holdings",
			"person Lim Boon Keat (executive chairman @ Kinta Heritage Holdings Bhd)", "country ID"},
	}, {
		name: "shareholders of a firm; an officer appointed with an honorific; a company secretary",
		text: "Shareholders of Delta Agro JSC (UPCoM: DGA) approved the deal. The board also appointed Dr. Alan Cheung as MD & CEO. Chonburi Alu PCL denied a report. \"We have no offer,\" company secretary Wanida Phongsak said.\n",
		want: []string{"company Delta Agro JSC | Delta Agro [VN]", "person Alan Cheung | Dr. Alan Cheung (MD & CEO @ Delta Agro JSC)", "company Chonburi Alu PCL | Chonburi Alu",
			"person Wanida Phongsak (company secretary @ Chonburi Alu PCL)"},
	}, {
		name: "promoted to a title; 'the Japanese chemicals maker' for a firm whose name says chemical",
		text: "PT Weda Kobalt loaded cobalt sulphate for Hokuriku Cobalt Chemical Co. Under the deal the Indonesian company will ship 3,600 t to the Japanese chemicals maker. Hokuriku Cobalt Chemical promoted Naoko Ishida to Executive Director.\n",
		want: []string{"company PT Weda Kobalt | the Indonesian company", "company Hokuriku Cobalt Chemical Co. | the Japanese chemicals maker | Hokuriku Cobalt Chemical",
			"country ID | Indonesian", "country JP | Japanese", "person Naoko Ishida (Executive Director @ Hokuriku Cobalt Chemical Co.)"},
	}, {
		name: "a description opening the sentence after one that opens with the firm",
		text: "Hanul Lithium said Monday it would buy a stake in Salar Blanco Minerals S.A. The Korean battery materials maker is an affiliate of Hanul Group.\n",
		want: []string{"company Hanul Lithium | The Korean battery materials maker", "company Salar Blanco Minerals S.A. | Salar Blanco Minerals", "country KR | Korean", "company Hanul Group"},
	}, {
		name: "the latter and the former; 'the Osaka-based trading house'",
		text: "Hokuso Trading Corp., a Japanese trading house, signed an offtake with Steppe Uranium LLP. The latter has mined uranium since 2019. Kora Silicon Co. sells to Tainan Cell Co. and Daewon Wafer Co. The former buys 40% of its output. The Osaka-based trading house owns 49% of Steppe Uranium.\n",
		want: []string{"company Hokuso Trading Corp. | The Osaka-based trading house | Hokuso Trading", "country JP | Japanese", "company Steppe Uranium LLP | The latter | Steppe Uranium",
			"company Kora Silicon Co. | Kora Silicon", "company Tainan Cell Co. | The former | Tainan Cell", "company Daewon Wafer Co. | Daewon Wafer"},
	}, {
		name: "an official of 'the steel ministry', the text naming it no other way",
		text: "Joint secretary in the steel ministry Rakesh Verma said the government backed the deal. Anil Rao, additional secretary at the mines ministry, agreed.\n",
		want: []string{"government Ministry of Steel", "person Rakesh Verma (Joint secretary @ Ministry of Steel)", "person Anil Rao (additional secretary @ Ministry of Mines)", "government Ministry of Mines"},
	}, {
		name: "a title given in the passive; signers side by side",
		text: "Hanil Metals Co., Ltd. said so. Kim Tae-yoon was appointed Chief Executive Officer of Hanil Metals Co., Ltd. in March.\n\nRespectfully,\nHanil Metals Co., Ltd.\n\nHendra Gunawan Saputra                 Lestari Wulandari\nPresident Director                     Director\n",
		want: []string{"company Hanil Metals Co., Ltd. | Hanil Metals", "person Kim Tae-yoon (Chief Executive Officer @ Hanil Metals Co., Ltd.)",
			"person Hendra Gunawan Saputra (President Director @ Hanil Metals Co., Ltd.)", "person Lestari Wulandari (Director @ Hanil Metals Co., Ltd.)"},
	}, {
		name: "an acronym of a name whose Gulf legal form it leaves out",
		text: "Oman Gulf Petrochemical Industries SAOG makes urea. OGPI said prices rose.\n",
		want: []string{"company Oman Gulf Petrochemical Industries SAOG | OGPI | Oman Gulf Petrochemical Industries [OM]"},
	}, {
		name: "a title taken over or become; a listing's name without the title before it; firms named for carbon",
		text: "Shin Dong-hwa took over as president and CEO of Gaon Carbon Materials (KRX: 356470) in March. Lee Min-ho became chief executive of Ibuki Carbon last year.\n",
		want: []string{"person Shin Dong-hwa (president and CEO @ Gaon Carbon Materials)", "company Gaon Carbon Materials [KR]", "person Lee Min-ho (chief executive @ Ibuki Carbon)", "company Ibuki Carbon"},
	}, {
		name: "'that company' for the firm the sentence before names last; a province before a title is no person",
		text: "PT Sulawesi Prima Nikel Tbk runs kilns in Morowali, Central Sulawesi, President Director Hendra Kusuma told reporters. The RKEF lines are owned by PT Morowali Smelter Indah. Sulawesi Prima controls 51% of that company.\n",
		want: []string{"company PT Sulawesi Prima Nikel Tbk | Sulawesi Prima | PT Sulawesi Prima Nikel", "person Hendra Kusuma (President Director @ PT Sulawesi Prima Nikel Tbk)",
			"company PT Morowali Smelter Indah | that company"},
	}, {
		name: "a fund that owns shares is an investor",
		text: "The promoter family holds 52.6%. Singapore-based Straits Harvest Fund owns 8.1% of Sahyadri Agrochem Ltd.\n",
		want: []string{"country SG", "company Straits Harvest Fund [SG]", "company Sahyadri Agrochem Ltd. | Sahyadri Agrochem"},
	}, {
		name: "a common word opening a sentence, written in lower case nearby, is no company",
		text: "Prices rose on Monday. \"Export controls are not export bans,\" the official said. Quota controls are tight, and quota rules change often.",
		want: nil,
	}, {
		name: "a name after honorifics is a person's, without them; not a place named for one",
		text: "Datuk Seri Lim Kok Wing said on Monday that trading at Tun Razak Exchange would resume.",
		want: []string{"person Lim Kok Wing | Datuk Seri Lim Kok Wing"},
	}, {
		name: "a place before a firm's role and its name is no company; a sentence after 'Ltd.' opening with 'After'",
		text: "Kalu Prima Coal, a subsidiary of Jakarta conglomerate PT Sinar Laut Group, mined more. Kora Steel Corp. bought a stake in Nala Magnetite Ltd. After the deal, Kora unit Kora Pellets said it would buy ore.",
		want: []string{"company Kalu Prima Coal", "company PT Sinar Laut Group", "company Kora Steel Corp. | Kora | Kora Steel", "company Nala Magnetite Ltd. | Nala Magnetite", "company Kora Pellets"},
	}, {
		name: "trades joined by 'and' in one name; a body's 'for' phrase with 'and'; a body's acronym in its own language",
		text: "The China Iron and Steel Association and Mindanao Chromite and Nickel Inc. said prices fell, while Posco and Hyundai Steel Co. said they rose. The Agency for Natural Resources and Energy (ANRE) agreed. Rosli Hamzah, director-general of the Department of Mineral and Geoscience Malaysia (JMG), did not.",
		want: []string{
			"organization China Iron and Steel Association", "company Mindanao Chromite and Nickel Inc. | Mindanao Chromite and Nickel", "company Posco", "company Hyundai Steel Co. | Hyundai Steel",
			"government Agency for Natural Resources and Energy | ANRE",
			"person Rosli Hamzah (director-general @ Department of Mineral and Geoscience Malaysia)",
			"government Department of Mineral and Geoscience Malaysia | JMG [MY]",
		},
	}, {
		name: "a former name after a ticker and 'which was known as'; quoted pronouns and market words open sentences",
		text: "Lanyang Steel Corp. (TWSE: 2029), which was known as Ilan Iron Works until 2016, signed the deal. \"Whoever controls ore controls margins,\" an analyst said. Spot LNG traded near $11.",
		want: []string{"company Lanyang Steel Corp. | Lanyang Steel [TW]", "company Ilan Iron Works"},
	}, {
		name: "Chinese names of a family name and a pinyin given name, He among them; a body after a country's possessive",
		text: "Li Xiaoman said exports fell. \"Controls are not bans,\" He Wenjing, a spokeswoman for the Ministry of Commerce, told a briefing. He said more. Tanzania's Mining Commission granted the licence.",
		want: []string{
			"person Li Xiaoman",
			"person He Wenjing (spokeswoman @ Ministry of Commerce)", "government Ministry of Commerce",
			"country TZ", "government Mining Commission [TZ]",
		},
	}, {
		name: "the editor of a translated story, in brackets under it",
		text: "Tana Nickel Corp said output rose in May.\n\n(Edited by Suresh Menon)",
		want: []string{"company Tana Nickel Corp | Tana Nickel", "person Suresh Menon"},
	}, {
		name: "a capital before a market word is no government; reporters' places are no people",
		text: "Prices track the London nickel price. Tokyo shares fell, while Beijing said it would respond.\n\n(Reporting by Nurul Aisyah in Kuala Lumpur and Li Wei in Beijing; Editing by Tom Price)",
		want: []string{"country CN | Beijing", "person Nurul Aisyah", "person Li Wei", "person Tom Price"},
	}, {
		name: "the firm's role after a word of place, and 'the trading house' for the company spoken of",
		text: "Penang-based Lumut Tin Smelting Bhd signed a contract with Meru Range Tin Ltd, under which the Tasmanian miner will ship ore to the Penang smelter. Kanemori & Co signed a deal on Monday. The trading house will resell cargoes.",
		want: []string{
			"company Lumut Tin Smelting Bhd | the Penang smelter | Lumut Tin Smelting", "company Meru Range Tin Ltd | the Tasmanian miner | Meru Range Tin",
			"company Kanemori & Co | The trading house | Kanemori &",
		},
	}, {
		name: "a title opening the sentence capitalised; fields joined by 'and' before a minister; bodies of 'and' fields; an organisation after a title",
		text: "Esperance Nickel Ltd bought a stake. Chief executive Liam O'Connor said the company could bid. The Ministry of Energy and Mineral Resources said exports would stop. Energy and Mineral Resources Minister Arief Santoso agreed, as did Minister of Mining and Heavy Industry Enkhbold Jamsran. Takeshi Moriyama, President and Chief Executive Officer of Hokushin Magnetics Corp., said sales rose.",
		want: []string{
			"company Esperance Nickel Ltd | the company | Esperance Nickel", "person Liam O'Connor (Chief executive @ Esperance Nickel Ltd)",
			"government Ministry of Energy and Mineral Resources", "person Arief Santoso (Minister @ Ministry of Energy and Mineral Resources)",
			"government Ministry of Mining and Heavy Industry", "person Enkhbold Jamsran (Minister @ Ministry of Mining and Heavy Industry)",
			"person Takeshi Moriyama (President and Chief Executive Officer @ Hokushin Magnetics Corp.)", "company Hokushin Magnetics Corp. | Hokushin Magnetics",
		},
	}, {
		name: "Mongolian names of one word, after a minister's state and alone; a region's people's government; a Chinese brand alone",
		text: "Deputy Minister of Mining of Mongolia B.Tsogtgerel met Liu Hong, Vice Chairman of the Gansu Provincial People's Government, on Monday. Khan Coal LLC's chief executive officer Ts.Bolormaa said sales rose, and Bolormaa said prices fell. Jiuquan Taiming Supply Chain Co., Ltd. buys coal. Taiming general manager Wu Jian said it would buy more.",
		want: []string{
			"government Ministry of Mining of Mongolia | Ministry of Mining [MN]", "person B.Tsogtgerel (Deputy Minister @ Ministry of Mining of Mongolia)",
			"person Liu Hong (Vice Chairman @ Gansu Provincial People's Government)", "government Gansu Provincial People's Government",
			"company Khan Coal LLC | Khan Coal", "person Ts.Bolormaa | Bolormaa (chief executive officer @ Khan Coal LLC)",
			"company Jiuquan Taiming Supply Chain Co., Ltd. | Taiming | Jiuquan Taiming Supply Chain", "person Wu Jian (general manager @ Jiuquan Taiming Supply Chain Co., Ltd.)",
		},
	}, {
		name: "a unit's country and its private form in brackets; a deputy's field before the title; 'H.E.' before a name after a title; family names without the given name",
		text: "Kora Mining (Zimbabwe) (Private) Limited buys ore. Kavango Lithium (Namibia) (Pty) Ltd sells it. He wrote to the Ministry of Mines and Mining Development. Mines and Mining Development Deputy Minister Tariro Moyo said no. It was signed in the presence of the Minister of Trade, H.E. Aimé Kabeya Tshilumba, on Monday. Minister Kabeya Tshilumba left.",
		want: []string{
			"company Kora Mining (Zimbabwe) (Private) Limited | Kora Mining (Zimbabwe) (Private)", "company Kavango Lithium (Namibia) (Pty) Ltd | Kavango Lithium (Namibia) (Pty)",
			"government Ministry of Mines and Mining Development", "person Tariro Moyo (Deputy Minister @ Ministry of Mines and Mining Development)",
			"government Ministry of Trade", "person Aimé Kabeya Tshilumba | Kabeya Tshilumba (Minister @ Ministry of Trade)",
		},
	}, {
		name: "'Mr He' after 'He Jianxiong'; a competent person's 'Mineral Resources' is no firm",
		text: "Songhe Lithium chairman He Jianxiong said it would help. Mr Keane and Mr He met the minister. The information that relates to Mineral Resources is based on work by Dr Ingrid Vos.",
		want: []string{
			"company Songhe Lithium", "person He Jianxiong | Mr He | He (chairman @ Songhe Lithium)", "person Keane | Mr Keane", "person Ingrid Vos | Dr Ingrid Vos",
		},
	}, {
		name: "a chief of a trade, after the firm's possessive",
		text: "Aoba Energy Co. buys gas. Aoba's fuel trading chief Kazuhiro Inaba told reporters.",
		want: []string{"company Aoba Energy Co. | Aoba | Aoba Energy", "person Kazuhiro Inaba (fuel trading chief @ Aoba Energy Co.)"},
	}, {
		name: "the body after 'The' that has appointed someone, a Mongolian name of one word",
		text: "The Customs General Administration has appointed Ts.Oyunbold as deputy director general in charge of the southern ports. Kora Ltd has appointed John Smith as chief financial officer.",
		want: []string{
			"government Customs General Administration", "person Ts.Oyunbold (deputy director general @ Customs General Administration)",
			"company Kora Ltd | Kora", "person John Smith (chief financial officer @ Kora Ltd)",
		},
	}, {
		name: "a state's name before a title before a comma; the company's arm a stake is taken in is not the taker's",
		text: "Horizon Chemicals PJSC said so. Yeonsu Corporation, listed in Seoul, will also take a 15 per cent stake in the company's marketing arm, Horizon Ammonia Trading DMCC. Japan's Minister of Economy Kenji Hirasawa held talks with the UAE Minister of Industry and Advanced Technology, Dr Saeed Al Nuaimi.",
		want: []string{
			"company Horizon Chemicals PJSC | the company", "company Yeonsu Corporation | Yeonsu", "company Horizon Ammonia Trading DMCC",
			"country JP", "government Ministry of Economy [JP]", "person Kenji Hirasawa (Minister @ Ministry of Economy)",
			"country AE | UAE", "government Ministry of Industry and Advanced Technology", "person Saeed Al Nuaimi | Dr Saeed Al Nuaimi (Minister @ Ministry of Industry and Advanced Technology)",
		},
	}, {
		name: "a Portuguese firm by its name without the trade that opens it; its chief after 'of' and a comma",
		text: "Mineração Serra do Curral S.A. produced iron ore. Serra do Curral, as the company is known, grew. The chief executive of Serra do Curral, Renata Cavalcanti Lage, said it was so.",
		want: []string{
			"company Mineração Serra do Curral S.A. | Serra do Curral | Mineração Serra do Curral",
			"person Renata Cavalcanti Lage (chief executive @ Mineração Serra do Curral S.A.)",
		},
	}, {
		name: "a city after 'In' and before a comma; an officer responsible for a firm's division",
		text: "Kiso Tsusho Kaisha bought ore. In São Paulo, the miner's shares closed up. \"We want to be a partner of Vale Norte,\" said Tomohiro Sekiguchi, executive officer responsible for the raw materials division of Kiso Tsusho, in an interview.",
		want: []string{
			"company Kiso Tsusho Kaisha | Kiso Tsusho", "company Vale Norte",
			"person Tomohiro Sekiguchi (executive officer @ Kiso Tsusho Kaisha)",
		},
	}, {
		name: "the firm in apposition after a description, set off by commas",
		text: "Kiso Tsusho Kaisha will buy 20% of Vale Norte S.A. The stake will be bought from the controlling holding company, Andrade Vieira Participações, which will keep 51%.",
		want: []string{
			"company Kiso Tsusho Kaisha", "company Vale Norte S.A. | Vale Norte", "company Andrade Vieira Participações",
		},
	}, {
		name: "a firm's division named for its trade, a Tokyo district after a possessive, a verb after a label",
		text: "Hakkoda Corporation buys coal. Satoshi Ikegami runs the company's Metals & Mineral Resources Group from the trader's Marunouchi head office. Methodology: Includes announced acquisitions.",
		want: []string{"company Hakkoda Corporation | the company | Hakkoda", "person Satoshi Ikegami"},
	}, {
		name: "a Soviet-era works joined by 'and'; a director general after a firm's short name that opens the sentence",
		text: "Nurota Uran State Enterprise (Nurotauran) will deliver uranium. Nurotauran director general Bakhodir Yusupov said so. It was a division of the Zarafshan Mining and Metallurgical Combinat.",
		want: []string{
			"company Nurota Uran State Enterprise | Nurotauran", "person Bakhodir Yusupov (director general @ Nurota Uran State Enterprise)",
			"company Zarafshan Mining and Metallurgical Combinat",
		},
	}, {
		name: "a body for two fields, the second with an 'of' phrase, and its state",
		text: "The deal needs the approval of the Agency for Protection and Development of Competition of the Republic of Kazakhstan.",
		want: []string{"government Agency for Protection and Development of Competition of the Republic of Kazakhstan | Agency for Protection and Development of Competition [KZ]", "country KZ | the Republic of Kazakhstan"},
	}, {
		name: "a deal's party with no firm's word in its name; an employer of years before is not the post's",
		text: "Tortkol Atom JSC is a uranium producer. Chief executive Nurlan Kassymov, who joined in 2024 after eleven years at Kazuran Atomic Company, spoke to us. Tortkol Atom signed a memorandum of understanding with Bharat Parmanu Vidyut Nigam for a possible contract. It signed an offtake agreement with Western Australian miner Coongan Iron Ltd.",
		want: []string{
			"company Tortkol Atom JSC | Tortkol Atom", "person Nurlan Kassymov (Chief executive @ Tortkol Atom JSC)", "company Kazuran Atomic Company | Kazuran Atomic",
			"company Bharat Parmanu Vidyut Nigam", "country AU | Australian", "company Coongan Iron Ltd. | Coongan Iron [AU]",
		},
	}, {
		name: "a form of address between a body's name and a person's",
		text: "Secretary of the Mineral Resources Department Shri Alok Kumar Tirkey said so. Director in the Ministry of Mines Shri Dinesh Chandra Ekka was also present. Kinta Steel Bhd executive chairman Tan Sri Dr Lim Boon Keat said so.",
		want: []string{
			"government Mineral Resources Department", "person Alok Kumar Tirkey | Shri Alok Kumar Tirkey (Secretary @ Mineral Resources Department)",
			"government Ministry of Mines", "person Dinesh Chandra Ekka | Shri Dinesh Chandra Ekka (Director @ Ministry of Mines)",
			"company Kinta Steel Bhd | Kinta Steel", "person Lim Boon Keat | Tan Sri Dr Lim Boon Keat (executive chairman @ Kinta Steel Bhd)",
		},
	}, {
		name: "an adviser's firm named for its trade",
		text: "Narmada was advised by Meridian Ridge Capital Advisors; Kora was advised by Tana Hill Advisers.",
		want: []string{"company Meridian Ridge Capital Advisors", "company Tana Hill Advisers"},
	}, {
		name: "a principal geologist is one title; a principal at a firm is another",
		text: "The information was compiled by Mr Liam Doherty, Principal Geologist of Sepik Basin Resources Limited. \"It is a full price,\" said Marcus Lindqvist, principal at Cairnhill Commodities in Singapore.",
		want: []string{
			"person Liam Doherty | Mr Liam Doherty (Principal Geologist @ Sepik Basin Resources Limited)", "company Sepik Basin Resources Limited | Sepik Basin Resources",
			"person Marcus Lindqvist (principal @ Cairnhill Commodities)", "company Cairnhill Commodities", "country SG",
		},
	}, {
		name: "a hyphenated vice-president who speaks after the firm a fronted 'For' names",
		text: "For Hebei Jinrong Iron & Steel Group, the deal is its first direct equity interest in an Australian producer. Vice-president Zhao Wenbo told reporters the group wanted more.",
		want: []string{"company Hebei Jinrong Iron & Steel Group", "country AU | Australian", "person Zhao Wenbo (Vice-president @ Hebei Jinrong Iron & Steel Group)"},
	}, {
		name: "the firm in a relative clause about another is not the speaker's",
		text: "Yanrey Iron Ltd, which owns the other 75% of Murrumba Iron Ore Pty Ltd and manages the operation, told the market it had waived its right after what managing director Bronwyn Keats described as careful thought.",
		want: []string{"company Yanrey Iron Ltd | Yanrey Iron", "company Murrumba Iron Ore Pty Ltd | Murrumba Iron Ore", "person Bronwyn Keats (managing director @ Yanrey Iron Ltd)"},
	}, {
		name: "a body's acronym in brackets after the state it belongs to",
		text: "Shipments have needed a licence from the Ministry of Commerce of the People's Republic of China (\"MOFCOM\") since 2023. MOFCOM publishes the rules.",
		want: []string{"government Ministry of Commerce | MOFCOM [CN]", "country CN | People's Republic of China"},
	}, {
		name: "a titled official among the staff of a named bureau",
		text: "On June 3 the delegation met officials of the Bureau of Export Control at the Ministry of Commerce in Beijing, including Director-General Wu Yanling.",
		want: []string{"government Bureau of Export Control", "government Ministry of Commerce", "person Wu Yanling (Director-General @ Bureau of Export Control)"},
	}, {
		name: "a second post, head of a division, in the title",
		text: "Sakuragi Trading Corp. handles rare earths. Kenji Arakawa, senior executive officer and head of the Metals & Minerals Division, spoke to the Journal.",
		want: []string{"company Sakuragi Trading Corp. | Sakuragi Trading", "person Kenji Arakawa (senior executive officer and head of the Metals & Minerals Division @ Sakuragi Trading Corp.)"},
	}, {
		name: "a secretary of the board of a firm, the board the title's",
		text: "Wang Rui, secretary of the board of Jiamusi Graphite Materials Co., Ltd., said exports would rise.",
		want: []string{"person Wang Rui (secretary of the board @ Jiamusi Graphite Materials Co., Ltd.)", "company Jiamusi Graphite Materials Co., Ltd. | Jiamusi Graphite Materials"},
	}, {
		name: "a spokesperson at the press conference a body held",
		text: "At the regular press conference of the Ministry of Commerce on November 26, spokesperson Tang Wenli said licences would be granted.",
		want: []string{"government Ministry of Commerce", "person Tang Wenli (spokesperson @ Ministry of Commerce)"},
	}, {
		name: "a firm's acronym before the title, after the name",
		text: "Cagayan Minerals Corporation (\"CMC\") will buy the stake. \"It gives us room,\" said Ramon Bautista, CMC President and Chief Executive Officer.",
		want: []string{"company Cagayan Minerals Corporation | CMC | Cagayan Minerals", "person Ramon Bautista (President and Chief Executive Officer @ Cagayan Minerals Corporation)"},
	}, {
		name: "an official who heads a body's office, and a body's officer after 'their'",
		text: "The Mines and Geosciences Bureau approved the plan. The MGB's regional office in Caraga, headed by Regional Director Lito Balane, endorsed it. The Mineral Resources Authority has the application and we met their managing director, Joseph Kila.",
		want: []string{"government Mines and Geosciences Bureau | MGB [PH]", "person Lito Balane (Regional Director @ Mines and Geosciences Bureau)", "government Mineral Resources Authority", "person Joseph Kila (managing director @ Mineral Resources Authority)"},
	}, {
		name: "a body, a title with its field, and a name no table knows",
		text: "Department of Environment and Natural Resources Undersecretary for Field Operations Renato Dizon on Thursday halted the mine.",
		want: []string{"government Department of Environment and Natural Resources", "person Renato Dizon (Undersecretary for Field Operations @ Department of Environment and Natural Resources)"},
	}, {
		name: "bureaus and authorities named in full, one a country's",
		text: "Work stops until the Environmental Management Bureau completes a review. The sale received the approval of PNG's Mineral Resources Authority.",
		want: []string{"government Environmental Management Bureau", "country PG | PNG", "government Mineral Resources Authority [PG]"},
	}, {
		name: "the chief of a bureau's division, and a paper's newsletter",
		text: "The Mines and Geosciences Bureau (MGB) compiled the data. \"Copper is doing well,\" said Engr. Liza Ramos, chief of the Mining Technology Division at the MGB. Subscribe to the Courier's Mining & Energy newsletter.",
		want: []string{"government Mines and Geosciences Bureau | MGB [PH]", "person Liza Ramos | Engr. Liza Ramos (chief of the Mining Technology Division @ Mines and Geosciences Bureau)"},
	}, {
		name: "a minister's field whose last word is no domain's, before a comma and the name",
		text: "Kwon met Egypt's Minister of Trade, Industry and Investment Promotion, Ahmed Samir Farid, in Cairo on Monday.",
		want: []string{"country EG", "government Ministry of Trade, Industry and Investment Promotion [EG]", "person Ahmed Samir Farid (Minister @ Ministry of Trade, Industry and Investment Promotion)"},
	}, {
		name: "a body whose acronym in brackets closes a name with 'and', and one with 'the' in its list of fields",
		text: "The National Authority for Mining Concessions and Land Registry (NAMC) granted the lease. Approval from the Department of Energy, Water, the Climate and Heritage (DEWCH) is pending.",
		want: []string{"government National Authority for Mining Concessions and Land Registry | NAMC", "government Department of Energy, Water, the Climate and Heritage | DEWCH"},
	}, {
		name: "a ministry of new things, named for a country, and the minister after his name",
		text: "Bakhtiyor Saidov, Minister of Mining and New Technologies of Kyrgyzstan, met the buyers. The Kyrgyz Ministry of Mining and New Technologies confirmed it.",
		want: []string{"person Bakhtiyor Saidov (Minister @ Kyrgyz Ministry of Mining and New Technologies)", "government Kyrgyz Ministry of Mining and New Technologies | Ministry of Mining and New Technologies [KG]", "country KG | Kyrgyz"},
	}, {
		name: "a minister after the name implies no ministry the text does not name",
		text: "Kwon met Lee Jae-won, Vice Minister of Oceans and Fisheries, in Busan.",
		want: []string{"person Lee Jae-won (Vice Minister @ )"},
	}, {
		name: "a writer's note: the writer's title at a paper that is no entity",
		text: "Output rose. Min Seo-yeon is a senior correspondent at the Busan Metals Journal. Tom Arkwright is Jakarta columnist for Nickel Weekly.",
		want: []string{"person Min Seo-yeon (senior correspondent @ )", "person Tom Arkwright (Jakarta columnist @ )", "country ID | Jakarta"},
	}, {
		name: "a short form with a ticker, its words in a row inside a name given before; not words apart",
		text: "Jiangxi Tongling Cobalt Industry Co., Ltd. will build a plant. Kora is a venture of Tongling Cobalt (300777.SZ) and Gemco. Hanul Special Steel Co. is a unit of Hanul Steel (KRX: 016111).",
		want: []string{"company Jiangxi Tongling Cobalt Industry Co., Ltd. | Tongling Cobalt | Jiangxi Tongling Cobalt Industry [CN]", "company Gemco", "company Hanul Special Steel Co. | Hanul Special Steel", "company Hanul Steel [KR]"},
	}, {
		name: "an interview's labels 'Q.' and 'A.' are no initials of a name",
		text: "Hanra Steel Corporation's chief spoke to us.\n\nQ. Gas or hydrogen?\n\nA. Gas first. We will blend hydrogen later.\n",
		want: []string{"company Hanra Steel Corporation | Hanra Steel"},
	}, {
		name: "a heading in capitals: 'AND' before a phrase of a deal ends a name",
		text: "ACQUISITION OF 30% EQUITY INTEREST IN PT KORA NIKEL INDONESIA AND ENTRY INTO OFFTAKE AGREEMENT\n\nPT Kora Nikel Indonesia runs a plant.\n",
		want: []string{"company PT Kora Nikel Indonesia | PT KORA NIKEL INDONESIA"},
	}, {
		name: "a minister's field before the title, after 'the', with the name after a comma; a writer named as the paper's correspondent",
		text: "The Ministry of Energy has been clear. I met the Energy Minister, Dr. Kittisak Wongsawang, in Bangkok on 14 June.\n\nJonathan Reyes is Asean Power Review's senior correspondent in Bangkok.",
		want: []string{"government Ministry of Energy", "person Kittisak Wongsawang | Dr. Kittisak Wongsawang (Minister @ Ministry of Energy)", "person Jonathan Reyes (senior correspondent @ )"},
	}, {
		name: "a French firm's name with an elided article; a given name of two joined by a hyphen; a post held at the firm 'its' stands for, past an aside",
		text: "Kora Holdings agreed to buy 51% of Societe Miniere de l'Ogooue-Lolo S.A. (\"SMOL\") for cash. SMOL runs a mine. Marie-Claire Ndong Essono, a mining engineer who joined the company in 2011, has been its chief executive officer since 2024.",
		want: []string{"company Kora Holdings", "company Societe Miniere de l'Ogooue-Lolo S.A. | SMOL | the company | Societe Miniere de l'Ogooue-Lolo", "person Marie-Claire Ndong Essono (chief executive officer @ Societe Miniere de l'Ogooue-Lolo S.A.)"},
	}, {
		name: "initials run together before a family name, with titles before and after; a minister's post with a word before its field",
		text: "Prices rose. Kora Steel chairman A.K. Mehta said the plant was shut. Kora Steel's director (commercial), P.R. Swain, said so. I met the Union Steel Minister, H.C. Bisht, in New Delhi. Shares of U.S. Steel fell.",
		want: []string{"company Kora Steel", "person A.K. Mehta (chairman @ Kora Steel)", "person P.R. Swain (director (commercial) @ Kora Steel)", "person H.C. Bisht (Union Steel Minister @ )", "company U.S. Steel [US]"},
	}, {
		name: "a group's short name is the group, not its unit named for a country after the group's trade word",
		text: "Kora Steel Works Ltd has signed a contract with Japanese trading house Mayuyama Shoji Corporation for coal. Mayuyama, which holds offtake rights, will sell the coal on. Mayuyama Shoji named Ryo Nakagawa executive officer, succeeding Shinji Okabe, who becomes president of Mayuyama Shoji India Pvt Ltd, the group's Indian subsidiary.",
		want: []string{"company Kora Steel Works Ltd | Kora Steel Works", "country JP | Japanese", "company Mayuyama Shoji Corporation | Mayuyama | Mayuyama Shoji | the group [JP]", "person Ryo Nakagawa (executive officer @ Mayuyama Shoji Corporation)", "person Shinji Okabe (president @ Mayuyama Shoji India Pvt Ltd)", "company Mayuyama Shoji India Pvt Ltd | Mayuyama Shoji India", "country IN | Indian"},
	}, {
		name: "a director of a body's division, the body after 'at'",
		text: "Prices rose. Kenichi Saruta, Director of the Coal Division at the Agency for Natural Resources and Energy, said so.",
		want: []string{"person Kenichi Saruta (Director of the Coal Division @ Agency for Natural Resources and Energy)", "government Agency for Natural Resources and Energy"},
	}, {
		name: "'the company' that words after describe stands for no firm named before",
		text: "Kora Gas Ltd sold gas. Mikuni Shoji Corp already holds 35% of the company developing Brolga Energy's Mandu field. The company building the pipeline declined to comment.",
		want: []string{"company Kora Gas Ltd | Kora Gas", "company Mikuni Shoji Corp | Mikuni Shoji", "company Brolga Energy"},
	}, {
		name: "joined a firm in a year and has been its officer since",
		text: "Kora Steel Ltd makes steel. Kenji Sato joined the company in 1990 and has been its president since 2020. Akira Mori joined Tana Gas Ltd in 2001 and has been chief executive since 2019. Ken Ito joined the company in 1999 and has been a director of the chamber since 2010.",
		want: []string{"company Kora Steel Ltd | the company | Kora Steel", "person Kenji Sato (president @ Kora Steel Ltd)", "person Akira Mori (chief executive @ Tana Gas Ltd)", "company Tana Gas Ltd | the company | Tana Gas", "person Ken Ito"},
	}, {
		name: "'Md.' and 'Mohd.' open names, not titles; 'MD' is one",
		text: "Prices rose. The deal was signed by Kora Gas Ltd managing director Md. Rafiqul Islam Bhuiyan. Mohd. Azlan Hashim, chairman of Tana Agro Ltd, said so. Hanra Ltd MD Rajesh Kumar said so.",
		want: []string{"company Kora Gas Ltd | Kora Gas", "person Md. Rafiqul Islam Bhuiyan (managing director @ Kora Gas Ltd)", "person Mohd. Azlan Hashim (chairman @ Tana Agro Ltd)", "company Tana Agro Ltd | Tana Agro", "company Hanra Ltd | Hanra", "person Rajesh Kumar (MD @ Hanra Ltd)"},
	}, {
		name: "Hindi words for a corporation and an industry end firms' names",
		text: "Prices rose. Cargoes under Utkal Loha Nigam's term contract left Vanino. Kalinga Udyog said so.",
		want: []string{"company Utkal Loha Nigam", "company Kalinga Udyog"},
	}, {
		name: "a cabinet secretary for a field is a state's minister, of no department of that name",
		text: "Prices rose. Kenya's Cabinet Secretary for Mining, Samuel Kiprono Rotich, said so. Cabinet Secretary for Mining Samuel Kiprono Rotich spoke again.",
		want: []string{"country KE", "person Samuel Kiprono Rotich (Cabinet Secretary for Mining @ Kenya)"},
	}, {
		name: "the cabinet secretary for a field, after 'the', then the name after a comma",
		text: "Prices rose. I met the Cabinet Secretary for Mining, Samuel Kiprono Rotich, in February.",
		want: []string{"person Samuel Kiprono Rotich (Cabinet Secretary for Mining @ )"},
	}, {
		name: "a table of projects: the first column's names are assets, the operators firms",
		text: "LNG output climbs 4.6% as Exmouth Gulf hits its stride\n\nFive LNG projects turned out 10.10 Mt in the quarter.\n\nLNG OUTPUT BY PROJECT (million tonnes)\n\nProject               Operator                       State   Q3 2027\nDampier Bay LNG       Westgate Petroleum Holdings    WA      2.41\nExmouth Gulf LNG      Kestrel Gulf Energy            WA      0.87\nWarrego Coast LNG     Carpentaria LNG                QLD     2.04\n\nWestgate Petroleum Holdings said output rose.\n",
		want: []string{"company Westgate Petroleum Holdings", "company Kestrel Gulf Energy", "company Carpentaria LNG"},
	}, {
		name: "a numbered heading in capitals: 'OF' after a share opens no name",
		text: "2. SALE OF 15% OF PERCIVAL UPSTREAM PTY LTD\n\nPercival Upstream Pty Ltd holds gas fields.\n",
		want: []string{"company Percival Upstream Pty Ltd | PERCIVAL UPSTREAM PTY LTD | Percival Upstream"},
	}, {
		name: "a defined term for a deal after a firm's name is not the firm's",
		text: "Kaiyo Steel Corporation resolved to acquire part of the issued shares of Mirai Zosen Co., Ltd. (the \"Share Acquisition\") and a supply deal with Mirai Zosen (the \"Supply Agreement\"). Upon the Share Acquisition, it will sign with Tomoe Kaiun KK.",
		want: []string{"company Kaiyo Steel Corporation | Kaiyo Steel", "company Mirai Zosen Co., Ltd. | Mirai Zosen", "company Tomoe Kaiun KK"},
	}, {
		name: "two posts after a name, at a trade body and at a firm; a trade body named for its members",
		text: "Toru Aoki, Chairman of the Japan Iron and Steel Federation and President of Tosa Steel Corporation, spoke. Ken Ito, chairman of the Shipbuilders' Association of Japan, agreed.",
		want: []string{"person Toru Aoki (Chairman @ Japan Iron and Steel Federation) (President @ Tosa Steel Corporation)", "organization Japan Iron and Steel Federation", "company Tosa Steel Corporation | Tosa Steel", "person Ken Ito (chairman @ Shipbuilders' Association of Japan)", "organization Shipbuilders' Association of Japan"},
	}, {
		name: "the seller a deal's goods are bought from is a firm, whatever its words; a place or a project is not",
		text: "Tosa Copper will buy 24,000 tonnes of cathode a year from Sumbawa Smelter Nusantara under a new offtake agreement. It buys ore from Western Australia under a contract, and gas from Warrego Coast under a contract.",
		want: []string{"company Tosa Copper", "company Sumbawa Smelter Nusantara", "country AU"},
	}, {
		name: "degrees after a name's comma name nobody, before a post held or a title's name; 'Dra.' opens a name",
		text: "Ir. Budi Harsono, M.Sc., has been President Director of PT Kora Tembaga Tbk since 2024. Director General of Foreign Trade of the Ministry of Trade, Dra. Ratna Wulandari, M.Si., said so.",
		want: []string{"person Budi Harsono | Ir. Budi Harsono (President Director @ PT Kora Tembaga Tbk)", "company PT Kora Tembaga Tbk | PT Kora Tembaga", "government Ministry of Trade", "person Ratna Wulandari | Dra. Ratna Wulandari (Director General of Foreign Trade @ Ministry of Trade)"},
	}, {
		name: "a firm's initials without the legal form that opens its name",
		text: "PT Kora Katoda Indonesia runs a smelter in Gresik. KKI cast its first anodes in July, and KKI said output rose.",
		want: []string{"company PT Kora Katoda Indonesia | KKI"},
	}, {
		name: "'the regional commission': a state body by its level and its head, not a firm named between",
		text: "The Xinjiang Development and Reform Commission said the tariff would lapse. Kora Silicon Co., Ltd. cut output. Ayxam Nurmemet, deputy director of the regional commission, told reporters.",
		want: []string{"government Xinjiang Development and Reform Commission | the regional commission", "company Kora Silicon Co., Ltd. | Kora Silicon", "person Ayxam Nurmemet (deputy director @ Xinjiang Development and Reform Commission)"},
	}, {
		name: "'the listed company' is the nearest firm a listing names, not the one just named",
		text: "Xinjiang Kora Silicon Industry Co., Ltd. (HKEX: 2168) cut output. Its plant is run by Shihezi Kora Silicon Co., Ltd., a wholly owned unit of the listed company.",
		want: []string{"company Xinjiang Kora Silicon Industry Co., Ltd. | the listed company | Xinjiang Kora Silicon Industry [HK]", "company Shihezi Kora Silicon Co., Ltd. | Shihezi Kora Silicon"},
	}, {
		name: "the buyer a seller names is a firm whatever its words; a country, a region or a port is not",
		text: "Kora Silicon Industry Co., Ltd. sells directly to Hanbit Silicone, about 1,000 tonnes a month. It also sells to Western Australia and delivered a cargo to Port Klang.",
		want: []string{"company Kora Silicon Industry Co., Ltd. | Kora Silicon Industry", "company Hanbit Silicone", "country AU"},
	}, {
		name: "cities of China's west and a Vietnamese province are places",
		text: "Baotou Kora Investment Co., Ltd. sold the plant. The Purchaser makes polysilicon in Baotou. I met the chairman of the Bac Giang Provincial People's Committee on 12 May in Bac Giang.",
		want: []string{"company Baotou Kora Investment Co., Ltd. | Baotou Kora Investment", "government Bac Giang Provincial People's Committee"},
	}, {
		name: "a head of a region's line of trade, the field in the title",
		text: "Nordkapp Metals ASA buys silicon. Erik Brandvold, head of Asia trading at Nordkapp, said so.",
		want: []string{"company Nordkapp Metals ASA | Nordkapp", "person Erik Brandvold (head of Asia trading @ Nordkapp Metals ASA)"},
	}, {
		name: "a title of a firm whose code stands in brackets before the name's comma; a field in capitals before a head in lower case",
		text: "President Director of PT Kora Tembaga Tbk (IDX: KTRA), Budi Santoso, confirmed the deal.\n\nResearch head of PT Cendana Sekuritas Indonesia, Yosef Nugraha, doubted it. A spokesperson for Kora, Dewi Lestari, declined to comment.",
		want: []string{"company PT Kora Tembaga Tbk | Kora | PT Kora Tembaga [ID]", "person Budi Santoso (President Director @ PT Kora Tembaga Tbk)", "company PT Cendana Sekuritas Indonesia", "person Yosef Nugraha (Research head @ PT Cendana Sekuritas Indonesia)", "person Dewi Lestari (spokesperson @ PT Kora Tembaga Tbk)"},
	}, {
		name: "a 'company' title after a comma is held at the firm the sentence opens with",
		text: "Mills cut output.\n\nKora Steel Corp. signed a deal with PT Hanra Nikel Tbk, under which Hanra will deliver ferronickel, company president Tsai Kuo-liang told reporters.",
		want: []string{"company Kora Steel Corp. | Kora Steel", "company PT Hanra Nikel Tbk | Hanra | PT Hanra Nikel", "person Tsai Kuo-liang (president @ Kora Steel Corp.)"},
	}, {
		name: "a Turkish joint-stock company's legal form",
		text: "Kora Alloy bought a cargo of ore from Fethiye Krom Madencilik A.Ş., loading in September.",
		want: []string{"company Kora Alloy", "company Fethiye Krom Madencilik A.Ş."},
	}, {
		name: "a unit of mass in capitals after an amount is no firm",
		text: "Kora Mining Corporation shipped 2.33 million WMT, of which 1.41 million WMT was sold to Hanra Nickel Co., Ltd. and 200,000 DMT went to the WMT Group.",
		want: []string{"company Kora Mining Corporation | Kora Mining", "company Hanra Nickel Co., Ltd. | Hanra Nickel", "company WMT Group"},
	}, {
		name: "a stainless mill's name by its trade; a photographer after a date's bar",
		text: "Ore buyers return\n\nJune 3, 2027 | Photos by Aileen Sabado-Reyes\n\nOur biggest customer is Xiangshui Kora Stainless in Jiangsu.",
		want: []string{"person Aileen Sabado-Reyes", "company Xiangshui Kora Stainless"},
	}, {
		name: "a currency before an amount is no firm",
		text: "Kora Metals Limited will acquire 74,00,000 equity shares of Rs 10 each of Hanra Mining Private Limited for Rs 86.50 crore.",
		want: []string{"company Kora Metals Limited | Kora Metals", "company Hanra Mining Private Limited | Hanra Mining"},
	}, {
		name: "a photographer after the agency's slash in a credit",
		text: "Kora Aluminium Ltd runs a smelter.\n\nPhoto: Potline at an aluminium smelter in Odisha. Credit: KIMR/Subhash Rout\n",
		want: []string{"company Kora Aluminium Ltd | Kora Aluminium", "person Subhash Rout"},
	}, {
		name: "a place after 'in' before 'said' is no speaker",
		text: "Traders in Hat Yai said Kora Latex Co. was looking at a stake. Prices rose, analyst Lim Wei Ming said.",
		want: []string{"company Kora Latex Co. | Kora Latex", "person Lim Wei Ming (analyst @ )"},
	}, {
		name: "a Chinese name as Malaysia writes it, a family name and two short names; a bay is no person",
		text: "Prices will rise this quarter, Lim Boon Keng said. Ships anchored in Ha Long Bay, Tan Mei Ling told reporters.",
		want: []string{"person Lim Boon Keng", "person Tan Mei Ling"},
	}, {
		name: "a state body after its state's possessive and with its state after; posts for a field and for a country",
		text: "Thailand's Rubber Authority (RAOT) has appointed Dr. Somchai Kaewmanee as deputy governor for industry and markets. Kora Gomu Shoji Co., Ltd. appointed Hiroshi Sato as its managing director for Thailand. The figures come from the Rubber Authority of Thailand.",
		want: []string{"country TH", "government Rubber Authority of Thailand | Rubber Authority | RAOT [TH]", "person Somchai Kaewmanee | Dr. Somchai Kaewmanee (deputy governor for industry and markets @ Rubber Authority of Thailand)", "company Kora Gomu Shoji Co., Ltd. | Kora Gomu Shoji", "person Hiroshi Sato (managing director @ Kora Gomu Shoji Co., Ltd.)"},
	}, {
		name: "a Malay name after 'Mohd' by the name its bearer goes by, and the post he held before",
		text: "Mohd Faizal Hashim has been named chief executive officer of Kora Rubber Estates Bhd. Faizal was previously plantation director at Ladang Sawa Holdings Bhd.",
		want: []string{"person Mohd Faizal Hashim | Faizal (chief executive officer @ Kora Rubber Estates Bhd.) (plantation director @ Ladang Sawa Holdings Bhd.)", "company Kora Rubber Estates Bhd. | Kora Rubber Estates", "company Ladang Sawa Holdings Bhd. | Ladang Sawa Holdings"},
	}, {
		name: "a post held since a year at the firm the paragraph is about; a caption's credit in brackets",
		text: "[Photo: The chief executive at a factory in Gerik. Credit: PCR/Aidil Rahman]\n\nSawa Highlands Rubber Berhad is a big processor of block rubber. Puan Noraini Abdul Hamid has been group chief executive officer since 2024.",
		want: []string{"person Aidil Rahman", "company Sawa Highlands Rubber Berhad | Sawa Highlands Rubber", "person Noraini Abdul Hamid | Puan Noraini Abdul Hamid (group chief executive officer @ Sawa Highlands Rubber Berhad)"},
	}, {
		name: "a post's field in lower case, then the state body it is held in",
		text: "Kora Batubara Tbk cut output. At the ministry, Ir. Sri Wahyuni Hapsari, M.T., has been appointed director of coal program development in the Directorate General of Mineral and Coal.",
		want: []string{"company Kora Batubara Tbk | Kora Batubara", "person Sri Wahyuni Hapsari | Ir. Sri Wahyuni Hapsari (director of coal program development @ Directorate General of Mineral and Coal)", "government Directorate General of Mineral and Coal"},
	}, {
		name: "an Indonesian form of address before a name",
		text: "I met the ministry's director general, Pak Rahmat Saputra Nasution, on 20 March. Ibu Sri Lestari Wulandari also attended.",
		want: []string{"person Rahmat Saputra Nasution | Pak Rahmat Saputra Nasution (director general @ )", "person Sri Lestari Wulandari | Ibu Sri Lestari Wulandari"},
	}, {
		name: "state bodies named for a field and a country, and their acronyms",
		text: "Statistics Indonesia (BPS) data showed exports fell, the Directorate General of Customs and Excise said. Geoscience Australia agreed, and the Office of the Cane and Sugar Board (OCSB) said output rose. Kora Tin bought ore from Toledo Mining Inc. Japanese trader Kanda Corp said it would help.",
		want: []string{
			"government Statistics Indonesia | BPS [ID]", "government Directorate General of Customs and Excise",
			"government Geoscience Australia [AU]", "government Office of the Cane and Sugar Board | OCSB [TH]",
			"company Kora Tin", "company Toledo Mining Inc. | Toledo Mining", "country JP | Japanese", "company Kanda Corp | Kanda [JP]",
		},
	}, {
		name: "a unit's country in brackets inside its name; 'Co., Ltd.' before a ticker",
		text: "Hoku Magnetics Corp. makes magnets through its wholly owned subsidiary Hoku Magnetics (Thailand) Co., Ltd., in Rayong. Luo Jian, chairman of Aba Lithium Industry Co., Ltd. (002983.SZ), spoke.",
		want: []string{
			"company Hoku Magnetics Corp. | Hoku Magnetics", "company Hoku Magnetics (Thailand) Co., Ltd. | Hoku Magnetics (Thailand)",
			"person Luo Jian (chairman @ Aba Lithium Industry Co., Ltd.)", "company Aba Lithium Industry Co., Ltd. | Aba Lithium Industry [CN]",
		},
	}, {
		name: "a fund that invests is a company; a fund of a programme is none",
		text: "Sahyadri Mutual Fund and Kora National Pension Fund bought shares on Monday, while the Belt and Road Fund said nothing. Its holders are Spencer Gulf Resources Fund with 6.1% and others.",
		want: []string{"company Sahyadri Mutual Fund", "company Kora National Pension Fund", "company Spencer Gulf Resources Fund"},
	}, {
		name: "a title held 'in the Ministry'",
		text: "Rekha Venkat, Secretary in the Ministry of Mines, said on Friday that leases would be cleared.",
		want: []string{"person Rekha Venkat (Secretary @ Ministry of Mines)", "government Ministry of Mines"},
	}, {
		name: "Thai and Indian legal forms; a capital that begins a market's name is no country",
		text: "Chonburi Olefins is owned by refiner Kora National Energy PCL. Kora National Energy said it could bid, as did Khandel Industries Pvt Ltd. Aluminium on the London Metal Exchange fell.",
		want: []string{"company Kora National Energy PCL | Kora National Energy", "company Khandel Industries Pvt Ltd. | Khandel Industries", "organization London Metal Exchange"},
	}, {
		name: "'the company' after a sentence opening with 'It' is the company before that",
		text: "Tarnag Resources Ltd said its mine would stay shut. It has sold ore to Esper Nickel Ltd, which will truck it to its mill. The company has no plan to merge, chairman Graeme Whit told the market.",
		want: []string{"company Tarnag Resources Ltd | The company | Tarnag Resources", "company Esper Nickel Ltd | Esper Nickel", "person Graeme Whit (chairman @ Tarnag Resources Ltd)"},
	}, {
		name: "a President who speaks of the company holds the title there; one who speaks of the country does not",
		text: "Visay Copper Smelting Corp. said it ran its smelter at 70% of capacity. President Ramon Villa said the company could not buy enough ore. President Joko Wid said the country would act.",
		want: []string{"company Visay Copper Smelting Corp. | the company | Visay Copper Smelting", "person Ramon Villa (President @ Visay Copper Smelting Corp.)", "person Joko Wid (President @ )"},
	}, {
		name: "the brand of a name of city, brand and trade, said alone",
		text: "Qu Hai, general manager at Jixi Hengsen Graphite Co, said prices fell. Hengsen produced more flake last year.",
		want: []string{"person Qu Hai (general manager @ Jixi Hengsen Graphite Co)", "company Jixi Hengsen Graphite Co | Hengsen | Jixi Hengsen Graphite"},
	}, {
		name: "a brand alone is the company's, not its former name's",
		text: "Hoku Corp. signed an agreement with Sagam Eco Metals Co., Ltd. to build a plant. Sagam Eco Metals, which changed its name from Sagam Smelting Works Co., Ltd. in 2019, will help. Sagam has no plans to sell its business.",
		want: []string{"company Hoku Corp. | Hoku", "company Sagam Eco Metals Co., Ltd. | Sagam Eco Metals | Sagam", "company Sagam Smelting Works Co., Ltd. | Sagam Smelting Works"},
	}, {
		name: "contact lines of a press release name people and their roles",
		text: "Hoku Magnetics Corporation said sales rose on Monday in Tokyo, and it expects more growth in the coming year.\n\nAya Fuji, Corporate Communications, Hoku Magnetics Corporation\n\nTom Ash, Investor Relations Manager\n\nThe company will report results in May, it said in a statement on Monday.\n",
		want: []string{"company Hoku Magnetics Corporation | The company | Hoku Magnetics", "person Aya Fuji (Corporate Communications @ Hoku Magnetics Corporation)", "person Tom Ash (Investor Relations Manager @ )"},
	}, {
		name: "people named under 'Media contact:' at a press release's end",
		text: "Hoku Magnetics Corporation said sales rose on Monday in Tokyo, and it expects more growth in the coming year.\n\nThis release contains forward-looking statements.\n\nMedia contact:\nAya Fuji, Corporate Communications, Hoku Magnetics Corporation\nTom Ash, Investor Relations Manager\n",
		want: []string{"company Hoku Magnetics Corporation | Hoku Magnetics", "person Aya Fuji", "person Tom Ash (Investor Relations Manager @ )"},
	}, {
		name: "a ministry after a country's short form is also named without it",
		text: "Kora Copper said on Monday its officials met the DRC Ministry of Mines and the U.S. Department of Energy in Kinshasa.\n",
		want: []string{"company Kora Copper", "government DRC Ministry of Mines | Ministry of Mines [CD]", "country CD | DRC", "government U.S. Department of Energy | Department of Energy [US]", "country US | U.S."},
	}, {
		name: "a body's name without its country, and its field before the head, are one body",
		text: "The U.S. Department of Energy (DOE) offered a loan to Kora Graphite. Deputy Secretary of Energy Ann Vale said the Energy Department would close it this year.\n" +
			"The Philippine Department of Agriculture said it would import rice. The Department of Agriculture said the Agriculture Department set prices, Agriculture Secretary Jose Ramos said.\n",
		want: []string{"government U.S. Department of Energy | Department of Energy | DOE | Energy Department [US]", "country US | U.S.", "company Kora Graphite", "person Ann Vale (Deputy Secretary @ U.S. Department of Energy)",
			"government Philippine Department of Agriculture | Department of Agriculture | Agriculture Department [PH]", "country PH | Philippine", "person Jose Ramos (Secretary @ Philippine Department of Agriculture)"},
	}, {
		name: "a province's department, named without the province after",
		text: "Ms. Tran Thi Mai, Director of the Department of Industry and Trade of Ha Tinh province, said the province wants investors. He asked the Department of Industry and Trade to lead.\n",
		want: []string{"person Tran Thi Mai | Ms. Tran Thi Mai (Director @ Department of Industry and Trade of Ha Tinh province)", "government Department of Industry and Trade of Ha Tinh province | Department of Industry and Trade"},
	}, {
		name: "a venture named with the words joint venture after its name",
		text: "The Coonga joint venture, owned 60:40 by Tasman Hill Mining Ltd and Kumsan Steel Corp, loaded a record 2.35 Mt. Coonga plans a new berth.\n",
		want: []string{"company Coonga joint venture | Coonga", "company Tasman Hill Mining Ltd | Tasman Hill Mining", "company Kumsan Steel Corp | Kumsan Steel"},
	}, {
		name: "a country's Minister for a field is the country's official, before the name or set off by commas",
		text: "Australia's Minister for Resources Cate Dolan said the deal was welcome. Ahn Tae-jun held talks with Canada's Minister for Energy, Ross Kell, on Monday. Mongolia's Minister of Mining, Ganbold Bat, agreed.\n",
		want: []string{"country AU", "person Cate Dolan (Minister for Resources @ Australia)", "person Ahn Tae-jun", "country CA", "person Ross Kell (Minister for Energy @ Canada)", "country MN", "government Ministry of Mining [MN]", "person Ganbold Bat (Minister @ Ministry of Mining)"},
	}, {
		name: "Smt. ends no sentence; Chairman-cum-Managing Director is a title",
		text: "The event was attended by Smt. Kavita Raghavan and senior officials. Rashtriya Alumina Corporation Limited (RABCO) signed. The MoU was signed by Shri Pradeep Sethi, Chairman-cum-Managing Director, RABCO.\n",
		want: []string{"person Kavita Raghavan | Smt. Kavita Raghavan", "company Rashtriya Alumina Corporation Limited | RABCO | Rashtriya Alumina", "person Pradeep Sethi | Shri Pradeep Sethi (Chairman-cum-Managing Director @ Rashtriya Alumina Corporation Limited)"},
	}, {
		name: "a post taken in a relative clause, in lower case, and past an age",
		text: "Ridgeway Steel Corp named Hana Oda president. She succeeds Kenji Mori, who will become chairman.\n\n" +
			"Sakai Metals promoted Ken Abe, 51, to chief financial officer, replacing Yui Sato, who was named president of the group's US unit, Sakai Metals America Inc.\n\n" +
			"Orbis Steel said its board elected Kim Ho-jin, 59, head of the steelmaker's Ulsan works, as co-CEO.\n",
		want: []string{"company Ridgeway Steel Corp | Ridgeway Steel", "person Hana Oda (president @ Ridgeway Steel Corp)", "person Kenji Mori (chairman @ Ridgeway Steel Corp)",
			"company Sakai Metals | the group", "person Ken Abe (chief financial officer @ Sakai Metals)", "person Yui Sato (president @ Sakai Metals America Inc.)", "country US | US", "company Sakai Metals America Inc. | Sakai Metals America [US]",
			"company Orbis Steel | the steelmaker", "person Kim Ho-jin (co-CEO @ Orbis Steel)"},
	}, {
		name: "a release's lists of officials: title, body or firm, then the name",
		text: "The auction was held in the presence of Additional Secretary and Nominated Authority, Ministry of Coal, Shri Ravi Kant Sharma; Joint Secretary, Ministry of Coal, Smt. Meera Joshi; and Chairman-cum-Managing Director, Bharat Khanij Limited (BKL), Shri Arun Pal.\n\n" +
			"Speaking after the auction, Union Minister for Coal, Shri Mohan Lal Verma, said the mines were sold.\n\n" +
			"Secretary, Ministry of Mines, Shri Vijay Rao, Secretary, Ministry of Steel, Smt. Asha Menon, and others were present. The MoUs were signed by Shri Ajay Sen, Managing Director, Tasman Lithium Ltd; Smt. Gita Roy, Director (Commercial), BKL; and others.\n",
		want: []string{"government Ministry of Coal", "person Ravi Kant Sharma | Shri Ravi Kant Sharma (Additional Secretary and Nominated Authority @ Ministry of Coal)", "person Meera Joshi | Smt. Meera Joshi (Joint Secretary @ Ministry of Coal)",
			"company Bharat Khanij Limited | BKL | Bharat Khanij", "person Arun Pal | Shri Arun Pal (Chairman-cum-Managing Director @ Bharat Khanij Limited)", "person Mohan Lal Verma | Shri Mohan Lal Verma (Union Minister @ Ministry of Coal)",
			"government Ministry of Mines", "person Vijay Rao | Shri Vijay Rao (Secretary @ Ministry of Mines)", "government Ministry of Steel", "person Asha Menon | Smt. Asha Menon (Secretary @ Ministry of Steel)",
			"person Ajay Sen | Shri Ajay Sen (Managing Director @ Tasman Lithium Ltd)", "company Tasman Lithium Ltd | Tasman Lithium", "person Gita Roy | Smt. Gita Roy (Director (Commercial) @ Bharat Khanij Limited)"},
	}, {
		name: "an official in the presence of, 'in the Ministry', a list item's name before 'in'; British Columbia is no country",
		text: "The deal was signed in the presence of Joint Secretary in the Ministry of Steel, Shri Alok Raj Varma. A day earlier, Ravi Mehra called on Secretary, Ministry of Steel, Smt. Priti Nanda in New Delhi. Coal will come from the British Columbia miner.\n",
		want: []string{"government Ministry of Steel", "person Alok Raj Varma | Shri Alok Raj Varma (Joint Secretary @ Ministry of Steel)", "person Ravi Mehra", "person Priti Nanda | Smt. Priti Nanda (Secretary @ Ministry of Steel)"},
	}, {
		name: "a French name's acronym in brackets is no ticker",
		text: "The seller keeps 34% of Kindia Bauxite SA, while state-owned Societe Nationale des Mines du Niger (SNMN) holds the rest.\n",
		want: []string{"company Kindia Bauxite SA | Kindia Bauxite", "company Societe Nationale des Mines du Niger | SNMN"},
	}, {
		name: "no names: an index, a mining code's categories, 'Nothing', a contact's label on the next line; a title's function after 'for'",
		text: "Shares of Vindhya Steel Ltd rose, while the Nifty Metal index rose 0.6 per cent. The lease holds Measured and Indicated Mineral Resources of 412 million tonnes. Nothing is certain, said Asha Rao, VSL's Vice President for Marketing.\n\n" +
			"Company Secretary: Ms. Nattaya Boonsri\nTel. 0-2018-4500 ext. 112\n",
		want: []string{"company Vindhya Steel Ltd | VSL | Vindhya Steel", "person Asha Rao (Vice President for Marketing @ Vindhya Steel Ltd)", "person Nattaya Boonsri | Ms. Nattaya Boonsri"},
	}, {
		name: "a title of the board before a name",
		text: "Kora Zinc Co. makes zinc. Secretary of the board Wang Hai spoke to the press, and Chairman of the Board Liu Jianguo agreed.\n",
		want: []string{"company Kora Zinc Co. | Kora Zinc", "person Wang Hai (Secretary of the board @ Kora Zinc Co.)", "person Liu Jianguo (Chairman of the Board @ Kora Zinc Co.)"},
	}, {
		name: "Peru's legal forms; a short name later in the sentence of the full one; a title's ministry named in full",
		text: "Minera Cerro Verdoso SAC sells ore to Compania Minera Huanca SAA. Kiran Copper Smelters Ltd (NSE: KIRANCU) is building a smelter, and we will ship ore to Kiran Copper from 2026. " +
			"I met Vice Minister of Mines Javier Quispe in Lima, with officials of the Ministry of Energy and Mines (MINEM).\n",
		want: []string{"company Minera Cerro Verdoso SAC | Minera Cerro Verdoso", "company Compania Minera Huanca SAA | Compania Minera Huanca",
			"company Kiran Copper Smelters Ltd | Kiran Copper | Kiran Copper Smelters [IN]", "government Ministry of Energy and Mines | MINEM | Ministry of Mines",
			"person Javier Quispe (Vice Minister @ Ministry of Energy and Mines)"},
	}, {
		name: "the miner a firm holds a stake in is not the firm itself; 'Minera' names a miner",
		text: "Kora Copper Co. takes its feed from Minera Cordillera Alta SA, the Chilean unit of Andesite Copper Corp. Kora also holds a 12.5% stake in the Chilean miner.\n",
		want: []string{"company Kora Copper Co. | Kora | Kora Copper", "company Minera Cordillera Alta SA | the Chilean miner | Minera Cordillera Alta", "country CL | Chilean", "company Andesite Copper Corp. | Andesite Copper"},
	}, {
		name: "a French name and its acronym before its verb; an alumina maker is the refiner",
		text: "Kora Bay Alumina Co. said it had signed a deal under which Compagnie Miniere de Kindia (CMK) will supply ore to the refiner.\n",
		want: []string{"company Kora Bay Alumina Co. | the refiner | Kora Bay Alumina", "company Compagnie Miniere de Kindia | CMK"},
	}, {
		name: "Malaysian honorifics of several words after a title set off by a comma",
		text: "The deal was witnessed by the Minister of Investment, Trade and Industry, YB Datuk Seri Kamal Harun. According to the Group Managing Director of Johor Simen Berhad, Dato' Haji Rizal Abdullah, work starts soon.\n",
		want: []string{"government Ministry of Investment, Trade and Industry", "person Kamal Harun | YB Datuk Seri Kamal Harun (Minister @ Ministry of Investment, Trade and Industry)",
			"company Johor Simen Berhad | Johor Simen", "person Rizal Abdullah | Haji Rizal Abdullah (Group Managing Director @ Johor Simen Berhad)"},
	}, {
		name: "a state body's regional office by its acronym and the region, before a title",
		text: "The Mines and Geosciences Bureau (MGB) will review it. MGB Cordillera regional director Leonora B. Dulay said the bureau expected to finish.\n",
		want: []string{"government Mines and Geosciences Bureau | MGB | MGB Cordillera | the bureau [PH]", "person Leonora B. Dulay (regional director @ Mines and Geosciences Bureau)"},
	}, {
		name: "titles with a field word between chief and officer, and with the function after 'of'; not an office's place",
		text: "The Securities Commission Malaysia (SC) fined it. SC executive director of enforcement Datuk Hisham Jalil said so. Kora Bhd chief regulatory officer Wan Marziah Wan Ismail agreed. Kora appointed Kazuki Hirano general manager of its Perth office.\n",
		want: []string{"government Securities Commission Malaysia | SC [MY]", "person Hisham Jalil | Datuk Hisham Jalil (executive director of enforcement @ Securities Commission Malaysia)",
			"company Kora Bhd | Kora", "person Wan Marziah Wan Ismail (chief regulatory officer @ Kora Bhd)", "person Kazuki Hirano (general manager @ Kora Bhd)"},
	}, {
		name: "a person the headline names by the first words of the name the text gives; a programme named for its blend is no firm",
		text: "Rajang Palm's Michael Lau on yields\n\nSarawak planter Rajang Palm Bhd has replanted. Group chief executive Datuk Dr. Michael Lau Siew Hock spoke to us. Indonesia's B40 biodiesel programme takes oil. Sibu Holdings, the Lau family vehicle, holds 38%.\n",
		want: []string{"company Rajang Palm Bhd | Rajang Palm", "person Michael Lau Siew Hock | Michael Lau | Datuk Dr. Michael Lau Siew Hock | Lau (Group chief executive @ Rajang Palm Bhd)", "country ID", "company Sibu Holdings"},
	}, {
		name: "a Vietnamese name with its tones and without is one person, and so is the given name alone",
		text: "[Photo caption: Deputy Minister Trương Quang Vinh and Song Lam Steel chairman Nguyễn Đức Thắng in Hanoi.]\n\nDeputy Minister of Industry and Trade Truong Quang Vinh received Song Lam Steel chairman Nguyen Duc Thang on Tuesday. Deputy Minister Vinh asked the company to finish its paperwork.\n",
		want: []string{"person Trương Quang Vinh | Truong Quang Vinh | Vinh (Deputy Minister @ Ministry of Industry and Trade)", "company Song Lam Steel | the company", "person Nguyễn Đức Thắng | Nguyen Duc Thang (chairman @ Song Lam Steel)", "government Ministry of Industry and Trade"},
	}, {
		name: "in a heading in capitals, AND THE joins phrases, not names",
		text: "2. INFORMATION ON PT SLN AND THE VENDOR\n\n2.1 PT SLN is a company incorporated in Indonesia.\n",
		want: []string{"company PT SLN", "country ID"},
	}, {
		name: "a title before the name, the body after it behind a country's possessive",
		text: "Undersecretary Ma. Teresa B. Alonzo of the Philippines' Department of Environment and Natural Resources (DENR) said so.\n",
		want: []string{"person Ma. Teresa B. Alonzo (Undersecretary @ Department of Environment and Natural Resources)", "country PH", "government Department of Environment and Natural Resources | DENR [PH]"},
	}, {
		name: "a title after a firm's code in the possessive: the firm the code is listed for",
		text: "Kora Power JSC (UPCoM: KPW) signed a contract. KPW's deputy general director Vu Thanh Son said so.\n",
		want: []string{"company Kora Power JSC | KPW | Kora Power [VN]", "person Vu Thanh Son (deputy general director @ Kora Power JSC)"},
	}, {
		name: "a firm's short name opening the sentence before a title in lower case",
		text: "Jiangyuan New Energy Materials sold its stake. Jiangyuan vice-president Liu Hanwen said the Chinese company would stay.\n",
		want: []string{"company Jiangyuan New Energy Materials | Jiangyuan | the Chinese company", "person Liu Hanwen (vice-president @ Jiangyuan New Energy Materials)", "country CN | Chinese"},
	}, {
		name: "Comrade is an honorific",
		text: "Comrade Lê Văn Hải, Chairman of the Ha Tinh Provincial People's Committee, received Mr. Park Min-su.\n",
		want: []string{"person Lê Văn Hải | Comrade Lê Văn Hải (Chairman @ Ha Tinh Provincial People's Committee)", "government Ha Tinh Provincial People's Committee", "person Park Min-su | Mr. Park Min-su"},
	}, {
		name: "a body named without its country before one with its country is another body",
		text: "Jose Ramos, Secretary of the Department of Agriculture (DA), said the department would not import sugar. The US Department of Agriculture (USDA) expects output to fall.\n",
		want: []string{"person Jose Ramos (Secretary @ Department of Agriculture)", "government Department of Agriculture | DA | the department", "government US Department of Agriculture | USDA [US]", "country US | US"},
	}, {
		name: "an official of a country's body, the country's possessive between",
		text: "Kora Potash said its chairman met Deputy Minister Khamphet Sisavath of Laos' Ministry of Energy and Mines in Vientiane on Monday.\n",
		want: []string{"company Kora Potash", "person Khamphet Sisavath (Deputy Minister @ Ministry of Energy and Mines)", "country LA", "government Ministry of Energy and Mines [LA]"},
	}, {
		name: "a title with its function in brackets before the comma",
		text: "State-run Kora Coal Washeries Ltd has floated a tender to sell coal. Its director (commercial), Sunita Rao, said the company had received interest.\n",
		want: []string{"company Kora Coal Washeries Ltd | the company | Kora Coal Washeries", "person Sunita Rao (director (commercial) @ Kora Coal Washeries Ltd)"},
	}, {
		name: "headings in capitals on lines of their own are no names; a filer's name in capitals is",
		text: "PT Kora Nikel Tbk said output fell in the year to March.\n\nORE SHORTFALL\n\nThe company said it lacked ore.\n\n2. THE SPA\n\nTANA STEEL CORPORATION\n\nTana Steel Corporation will buy the shares.\n",
		want: []string{"company PT Kora Nikel Tbk | The company | PT Kora Nikel", "company Tana Steel Corporation | TANA STEEL CORPORATION | Tana Steel"},
	}, {
		name: "a name written before 'deposit' is an asset's wherever else it stands; an asset's owner is a company",
		text: "Tana Lithium Ltd will buy control of Kestrel's Mount Carrow deposit, which holds 38.6 million tonnes.\n\nMount Carrow is expected to produce 180,000 tonnes of concentrate a year. At Kora's industrial park, a refinery is planned. Kora is understood to be eyeing a plant.\n",
		want: []string{"company Tana Lithium Ltd | Tana Lithium", "company Kora"},
	}, {
		name: "a unit's city in brackets before its legal form",
		text: "Kora Lithium Holdings Ltd said sales rose in the year.\n\nSeparately, Kora New Energy (Yibin) Co, a unit of Kora Lithium Holdings Ltd, set up a plant with Tana Materials Co., Ltd. in the city.\n",
		want: []string{"company Kora Lithium Holdings Ltd | Kora Lithium Holdings", "company Kora New Energy (Yibin) Co | Kora New Energy (Yibin)", "company Tana Materials Co., Ltd. | Tana Materials"},
	}, {
		name: "labels of periods are no names; a label on the next line ends a name",
		text: "Kora Ltd said on Monday that its sales fell in the year to March, as prices dropped in Asia and Europe.\n\nRepresentative: Kenji Ogasa, President and Representative Director\nContact: Mayu Seki, Manager, Investor Relations Office\n\nOutlook for FY2026 is weak, and Kora Ltd expects 1H26 sales to fall.\n",
		want: []string{"company Kora Ltd | Kora", "person Kenji Ogasa (President and Representative Director @ Kora Ltd)", "person Mayu Seki (Manager @ )"},
	}, {
		name: "Portuguese legal forms, a company's board, bodies defined by their acronyms, 'director general' before a name",
		text: "Mozambique's Tete Coal Lda will supply Bhadra Steel Ltd, the Joint Plant Committee (JPC) said on Monday. The Atomic Energy Licensing Board (AELB) agreed. \"Quotas protect prices,\" SMRA director general Patrice Ilunga Kaso told Reuters. Tete Coal said the Board of Nullar Uranium Limited had approved.",
		want: []string{
			"country MZ", "company Tete Coal Lda | Tete Coal [MZ]", "company Bhadra Steel Ltd | Bhadra Steel",
			"government Joint Plant Committee | JPC", "government Atomic Energy Licensing Board | AELB",
			"person Patrice Ilunga Kaso (director general @ )", "company Nullar Uranium Limited | Nullar Uranium",
		},
	}, {
		name: "a country's minister of a field is not another country's ministry that ends in that field",
		text: "The Ministry of Energy and Mineral Resources said exports would stop. Australian Resources Minister Kate Lowe said prices would hold.",
		want: []string{"government Ministry of Energy and Mineral Resources", "country AU | Australian", "person Kate Lowe (Resources Minister @ Australia)"},
	}, {
		name: "a title and its organisation before the comma that opens a name",
		text: "Pacific Cres Ltd sold cobalt. A spokeswoman for Pacific Cres, Vivian Lamm, declined to comment. An analyst at Kora Securities, Jin Parko, said prices would fall. Shares of Posco, Hyundai Steel and Dongkuk fell.",
		want: []string{"company Pacific Cres Ltd | Pacific Cres", "person Vivian Lamm (spokeswoman @ Pacific Cres Ltd)", "company Kora Securities",
			"person Jin Parko (analyst @ Kora Securities)", "company Posco", "company Hyundai Steel", "company Dongkuk"},
	}, {
		name: "a listing's symbol written alone as a name is the listed company",
		text: "Truong Phat Steel Group JSC (HOSE: TPS) has signed a contract to import pellets. TPS shares rose 1.2% on Friday.",
		want: []string{"company Truong Phat Steel Group JSC | TPS | Truong Phat Steel Group [VN]"},
	}, {
		name: "a writer and the place written from; a title with its field in brackets",
		text: "Companies | Metals & Mining\n\nBhadra Steel locks in coking coal from Mozambique\n\nThe steelmaker wants half its coal from new sources by 2028\n\nAnanya Krish | Mumbai\nUpdated: March 30, 2026\n\nBhadra Steel Ltd has signed two long-term coal contracts, Director (Commercial) Sanjay Kulk said on Monday in Mumbai.\n",
		want: []string{"company Bhadra Steel Ltd | Bhadra Steel", "country MZ", "person Ananya Krish", "person Sanjay Kulk (Director (Commercial) @ Bhadra Steel Ltd)"},
	}, {
		name: "'the Ulsan-based company' is the company the text speaks of",
		text: "Yeon Nonferrous Metals Co., Ltd. said it had agreed to buy zinc concentrate. The Ulsan-based company will also buy shares.",
		want: []string{"company Yeon Nonferrous Metals Co., Ltd. | The Ulsan-based company | Yeon Nonferrous Metals"},
	}, {
		name: "'the Chinese mill' for a steelmaker of no stated country; 'the miner' is not an iron and steel mill",
		text: "Gobi Coal Ltd signed a deal to deliver coal to Baot Jinlu Iron & Steel Co. The Chinese mill will pay a linked price. The miner shipped more in 2025.",
		want: []string{"company Gobi Coal Ltd | The miner | Gobi Coal", "company Baot Jinlu Iron & Steel Co. | The Chinese mill | Baot Jinlu Iron & Steel", "country CN | Chinese"},
	}, {
		name: "a former name 'known until 2019 as' is no antecedent of 'the miner'",
		text: "Yeon Metals Co., Ltd., the zinc smelter known until 2019 as Yeon Mining & Smelting, agreed to buy ore from Karu Base Metals Ltd. The Ulsan-based company will also buy 12% of the Australian miner.",
		want: []string{"company Yeon Metals Co., Ltd. | the zinc smelter | The Ulsan-based company | Yeon Metals", "company Yeon Mining & Smelting", "company Karu Base Metals Ltd. | Karu Base Metals", "country AU | Australian"},
	}, {
		name: "short forms, former names, the company, acronyms",
		text: "POSCO Future M, formerly known as POSCO Chemical, said the company would expand. Posco Future M shares rose, and the Korean firm also hired U.S. Steel veterans; USS declined to comment.",
		want: []string{"company POSCO Future M | the company | Posco Future M | the Korean firm", "company POSCO Chemical", "country KR | Korean", "company U.S. Steel | USS [US]"},
	}, {
		name: "international bodies are organisations; laws are nothing",
		text: "The World Bank and the International Energy Agency said the Inflation Reduction Act had lifted demand, and the Federal Reserve agreed.",
		want: []string{"organization World Bank", "organization International Energy Agency", "government Federal Reserve"},
	}, {
		name: "places and papers as subjects are not companies; capitals as places are not countries",
		text: "California said it would match the grant, Wall Street expects more, and Mining Weekly reported that Trafigura agreed to buy the cathodes; traders in Tokyo were unmoved.",
		want: []string{"company Trafigura"},
	}, {
		name: "a headline in capitals is read against the body",
		text: "ALBEMARLE TO EXPAND LITHIUM OUTPUT IN CHILE\n\nAlbemarle Corp. said on Tuesday it would add a third line at its plant in Chile.\n",
		want: []string{"company Albemarle Corp. | ALBEMARLE", "country CL | CHILE"},
	}, {
		name: "a legal form before a title, the title of a head of state",
		text: "Samsung Electronics Co. Chairman Lee Jae-yong met President Kim Dae-ho, and Gov. Greg Abbott welcomed miner Freeport-McMoRan; Freeport said it would invest.",
		want: []string{
			"company Samsung Electronics Co. | Samsung Electronics", "person Lee Jae-yong (Chairman @ Samsung Electronics Co.)",
			"person Kim Dae-ho (President @ )", "person Greg Abbott | Gov. Greg Abbott", "company Freeport-McMoRan | Freeport",
		},
	}, {
		name: "a country at the end of a company's name, a list without evidence of its own",
		text: "Adaro Energy Indonesia and Indo Tambangraya Megah lowered guidance, while PT Bumi Resources Tbk, the country's biggest coal miner, cut output.",
		want: []string{"company Adaro Energy Indonesia", "company Indo Tambangraya Megah", "company PT Bumi Resources Tbk | PT Bumi Resources"},
	}, {
		name: "places before -based and after at or in are not companies or people",
		text: "Tarn Cobalt, a unit of Leeds-based Orrin Holdings, bought a stake in Quill Metals Ltd on Monday. Two older kilns at Pohang close next year, and the test plant in Grace Falls produced 3 t.",
		want: []string{"company Tarn Cobalt", "company Orrin Holdings", "company Quill Metals Ltd | Quill Metals"},
	}, {
		name: "bodies after the, ending in Authority, Agency or Office",
		text: "The Port Pricing Authority and the Battery Metals Development Agency cited data from the National Mining Statistics Office.",
		want: []string{"government Port Pricing Authority", "government Battery Metals Development Agency", "government National Mining Statistics Office"},
	}, {
		name: "short forms: a headline's variant, a dropped country or group word, a middle word, a one-word person",
		text: "Borneo Paper Lifts Output\n\nBorneo's Kapuas Kertas raises output\n\nPT Kapuas Kertas Lestari Tbk and PT Sambas Pulp Indonesia signed a deal with Jiangsu Hengyu Paper Co Ltd, the company's president director, Suharto, said. Sambas Pulp agreed and Hengyu will hold 40%. \"We are ready,\" Suharto said.\n",
		want: []string{
			"company PT Kapuas Kertas Lestari Tbk | Kapuas Kertas | PT Kapuas Kertas Lestari", "company PT Sambas Pulp Indonesia | Sambas Pulp",
			"company Jiangsu Hengyu Paper Co Ltd | the company | Hengyu | Jiangsu Hengyu Paper", "person Suharto (president director @ Jiangsu Hengyu Paper Co Ltd)",
		},
	}, {
		name: "an honorific after a title, a name particle, a unit, a former name after a one-word subject",
		text: "Tallow Mining Managing Director Dr Anna Fenwick met bankers. \"Demand is firm,\" said Jose dela Pena, president of Pasig Mills Inc., as gas fetched $9 per million British thermal units. Tallow Mining Ltd rose. Tallow, formerly known as Tallow Gold Exploration, will drill.",
		want: []string{
			"company Tallow Mining Ltd | Tallow Mining | Tallow", "person Anna Fenwick | Dr Anna Fenwick (Managing Director @ Tallow Mining Ltd)",
			"person Jose dela Pena (president @ Pasig Mills Inc.)", "company Pasig Mills Inc. | Pasig Mills", "company Tallow Gold Exploration",
		},
	}, {
		name: "Philippine and Indonesian professional titles; two titles joined; a former name after describing words",
		text: "Lumban Ore Corp., the Surigao miner formerly known as Lumban Chromite Corp., shipped ore. \"We are full,\" Lumban president and chief executive Engr. Dario Salcedo said. Atty. Liza Manansala, a lawyer, agreed, and Ir. Bambang Wiranto said so too. Lumban will sell more.",
		want: []string{
			"company Lumban Ore Corp. | the Surigao miner | Lumban | Lumban Ore", "company Lumban Chromite Corp. | Lumban Chromite",
			"person Dario Salcedo | Engr. Dario Salcedo (president and chief executive @ Lumban Ore Corp.)",
			"person Liza Manansala | Atty. Liza Manansala", "person Bambang Wiranto | Ir. Bambang Wiranto",
		},
	}, {
		name: "a writer's note with 'is' and a title held at a firm; 'Bhd.' and 'Tbk.' end sentences",
		text: "Prices rose. Aminah Rahim is head of commodities research at Tanjung Kling Securities Bhd. The views are her own. Rival PT Sinar Tambang Tbk. Analysts said so. Kora Mining is a supplier of Vale.",
		want: []string{
			"person Aminah Rahim (head of commodities research @ Tanjung Kling Securities Bhd.)", "company Tanjung Kling Securities Bhd. | Tanjung Kling Securities",
			"company PT Sinar Tambang Tbk. | PT Sinar Tambang", "company Kora Mining",
		},
	}, {
		name: "a capitalised 'Director General' after a name; a field in the title, the body after 'at'",
		text: "It was opened by Bima Santoso, Director General of Oil and Gas at the Ministry of Energy, and by Dewi Lestari, Director General at the Ministry of Industry.",
		want: []string{
			"person Bima Santoso (Director General of Oil and Gas @ Ministry of Energy)", "government Ministry of Energy",
			"person Dewi Lestari (Director General @ Ministry of Industry)", "government Ministry of Industry",
		},
	}, {
		name: "a lower-case field in a title after a name, held at 'the commission' named before",
		text: "The Kora Tariff Commission opened a case. Lee Min-ho, director general for trade remedies at the commission, said so.",
		want: []string{
			"government Kora Tariff Commission | the commission",
			"person Lee Min-ho (director general for trade remedies @ Kora Tariff Commission)",
		},
	}, {
		name: "a title-case headline: a name ends at its legal form",
		text: "PT Lasolo Nikel Tbk Commissions Third Furnace Line\n\nPT Lasolo Nikel Tbk said on Monday its third line had started.\n",
		want: []string{"company PT Lasolo Nikel Tbk | PT Lasolo Nikel"},
	}, {
		name: "associations of firms are organisations",
		text: "The Kora Iron and Steel Federation declined to comment, and the Tasman Mining Association said so.",
		want: []string{"organization Kora Iron and Steel Federation", "organization Tasman Mining Association"},
	}, {
		name: "a filing's 'Company name:' line makes 'the Company' its issuer; '(Pty) Ltd' ends a name",
		text: "Company name: Sorachi Denko Co., Ltd.\n\nResults\n\nSorachi Denko Co., Ltd. makes alloys. In May the Company renewed its contract with Hotazel Ridge Manganese (Pty) Ltd. Kenji Mori, Director and Managing Executive Officer, said the Company would buy more.\n",
		want: []string{
			"company Sorachi Denko Co., Ltd. | the Company | Sorachi Denko", "company Hotazel Ridge Manganese (Pty) Ltd. | Hotazel Ridge Manganese (Pty)",
			"person Kenji Mori (Director and Managing Executive Officer @ Sorachi Denko Co., Ltd.)",
		},
	}, {
		name: "'the company' far from any name is the story's; a unit named after 'its unit' is not 'the company'",
		text: "Onsan Zinc Co. agreed to buy concentrate. Choi met officials of the Ministry of Trade in Sejong. The plant draws 310 MW. Separately, the Ministry of Environment lifted a suspension.\n\nThrough its unit Onsan Green Metals Co., the company also recovers lead.\n",
		want: []string{
			"company Onsan Zinc Co. | the company | Onsan Zinc", "government Ministry of Trade", "government Ministry of Environment", "company Onsan Green Metals Co. | Onsan Green Metals",
		},
	}, {
		name: "a name of two words defined in brackets, quoted or not, is an alias, also where it is met later",
		text: "Qilian Copper Co., Ltd. (\"Qilian Copper\") signed with Hexi Zinc Smelting Co., Ltd. (Hexi Zinc). Under the deal, Qilian Copper shall supply ore to Hexi Zinc.",
		want: []string{"company Qilian Copper Co., Ltd. | Qilian Copper", "company Hexi Zinc Smelting Co., Ltd. | Hexi Zinc | Hexi Zinc Smelting"},
	}, {
		name: "exchanges are organisations; 'the \"Company\"' with its quotes after 'the' names the issuer",
		text: "This announcement is made by Qilian Mining Group Co., Ltd. (the \"Company\", together with its subsidiaries, the \"Group\") under the rules of The Stock Exchange of Hong Kong Limited. Copper traded on the Shanghai Futures Exchange. Mr. Zhao Li, an executive Director, abstained.",
		want: []string{
			"company Qilian Mining Group Co., Ltd. | Company | Group | Qilian Mining Group", "organization Stock Exchange of Hong Kong Limited",
			"organization Shanghai Futures Exchange", "person Zhao Li | Mr. Zhao Li (executive Director @ Qilian Mining Group Co., Ltd.)",
		},
	}, {
		name: "a filing's signature: the signer's name and title on lines of their own, at the issuer",
		text: "This announcement is made by Qilian Mining Group Co., Ltd. (the \"Company\"). Mr. Zhao Li, an executive Director, holds a position at Qilian Holdings Ltd.\n\nBy order of the Board\nQilian Mining Group Co., Ltd.\nMa Jianhua\nChairman\n\nXining, 28 April 2026\n",
		want: []string{
			"company Qilian Mining Group Co., Ltd. | Company | Qilian Mining Group", "person Zhao Li | Mr. Zhao Li (executive Director @ Qilian Mining Group Co., Ltd.)",
			"company Qilian Holdings Ltd. | Qilian Holdings", "person Ma Jianhua (Chairman @ Qilian Mining Group Co., Ltd.)",
		},
	}, {
		name: "a place of two words in brackets before the legal form",
		text: "It imports through Qilian Trading (Hong Kong) Limited, and Kora (South Africa) Pty Ltd sells it.",
		want: []string{"company Qilian Trading (Hong Kong) Limited | Qilian Trading (Hong Kong)", "company Kora (South Africa) Pty Ltd | Kora (South Africa)"},
	}, {
		name: "a writer alone on the line above the date, or on the page's last line; places ending in Delta or Valley; Indian state-firm words; Undersecretary",
		text: "Steel PSU Hindal signs coal pact\n\nPriya Raman\nNew Delhi | Updated: August 21, 2026 07:15 IST\n\nState-owned Hindal Ispat Ltd has signed a coal deal, the Maharatna company said. The PSU said the Mekong Delta and the Hunter Valley are expected to supply more. Undersecretary Ramon Cruz agreed.\n\nHoang Minh\n",
		want: []string{"person Priya Raman", "company Hindal Ispat Ltd | Hindal Ispat", "person Ramon Cruz (Undersecretary @ )", "person Hoang Minh"},
	}, {
		name: "'Minister of State in the Ministry of Steel' after a name",
		text: "Imports rose, Rakesh Kumar Jha, Minister of State in the Ministry of Steel, said on Tuesday.",
		want: []string{"person Rakesh Kumar Jha (Minister of State @ Ministry of Steel)", "government Ministry of Steel"},
	}, {
		name: "'Sdn. Bhd.' in full; a venture defined as (the \"JV Company\"); a company's office under 'For inquiries:' is no state body",
		text: "Kora Corporation signed with Rajang Aluminium Sdn. Bhd. (\"Rajang\") to set up Kora Rajang Smelting Sdn. Bhd. (the \"JV Company\"). Sarawak Power Berhad will supply power to the JV Company.\n\nFor inquiries:\nCorporate Communications Department, Kora Corporation\n",
		want: []string{
			"company Kora Corporation | Kora", "company Rajang Aluminium Sdn. Bhd. | Rajang | Rajang Aluminium", "company Kora Rajang Smelting Sdn. Bhd. | JV Company | Kora Rajang Smelting",
			"company Sarawak Power Berhad | Sarawak Power",
		},
	}, {
		name: "'Ma.' in a Philippine name; a body named for an office; a former name holds no title",
		text: "Output fell, SRA Administrator Ma. Lourdes Cruz-Reyes said. Exports rose, Office of the Chief Economist figures show. Kestrel Resources rose. Kestrel, which changed its name from Kestrel Gold Ltd in 2022, is led by executive chairman Tom Bragg.",
		want: []string{
			"company SRA", "person Ma. Lourdes Cruz-Reyes (Administrator @ SRA)", "government Office of the Chief Economist",
			"company Kestrel Resources | Kestrel", "company Kestrel Gold Ltd | Kestrel Gold", "person Tom Bragg (executive chairman @ Kestrel Resources)",
		},
	}, {
		name: "'managing director and CEO X'; a firm's name right before a lower-case title; not a country's word",
		text: "Tarrant Lithium rose. \"It helps,\" Tarrant managing director and CEO Sara Whit told reporters. Swan Bend Partners analyst Matt Dunn agreed, and Australian analyst Jo Blake did too.",
		want: []string{
			"company Tarrant Lithium | Tarrant", "person Sara Whit (managing director and CEO @ Tarrant Lithium)",
			"company Swan Bend Partners", "person Matt Dunn (analyst @ Swan Bend Partners)", "country AU | Australian", "person Jo Blake (analyst @ )",
		},
	}, {
		name: "a company named in what a person said is not the employer the sentences before name",
		text: "Karrow Mining sold 6.2 million tonnes of ore to Jiangnan last year. Chief executive Liam Fitz said the Tosa Steel deal would not reduce volumes.",
		want: []string{"company Karrow Mining", "person Liam Fitz (Chief executive @ Karrow Mining)", "company Tosa Steel"},
	}, {
		name: "a heading in capitals: line breaks and joining words end names",
		text: "Qilian Mining Group Co., Ltd. makes copper.\n\nANNOUNCEMENT PURSUANT TO RULE 13.09 OF THE LISTING RULES\nCONNECTED TRANSACTION: SUPPLY AGREEMENT WITH HEXI ZINC SMELTING CO., LTD.\n\nQilian Mining Group Co., Ltd. signed an agreement with Hexi Zinc Smelting Co., Ltd. on Monday.\n",
		want: []string{"company Qilian Mining Group Co., Ltd. | Qilian Mining Group", "company Hexi Zinc Smelting Co., Ltd. | HEXI ZINC SMELTING CO., LTD. | Hexi Zinc Smelting"},
	}, {
		name: "a body named with its country's adjective is also called without it; an industry's words joined by 'and'",
		text: "Tra Noc met officials of the Philippine Department of Agriculture. Its unit Mewar Fertilisers and Chemicals Ltd makes acid.",
		want: []string{"government Philippine Department of Agriculture | Department of Agriculture [PH]", "country PH | Philippine", "company Mewar Fertilisers and Chemicals Ltd | Mewar Fertilisers and Chemicals"},
	}, {
		name: "a law's name joined by 'and' names no company; 'Closing is expected' opens no name",
		text: "The deal needs approval under Japan's Foreign Exchange and Foreign Trade Act. Closing is expected by December.",
		want: []string{"country JP"},
	}, {
		name: "an acronym of a body before a title after a quotation; a directorate of two fields",
		text: "The Energy Market Authority (EMA) appointed two importers. \"It is resilient,\" EMA chief executive Lee Siew Ling said. Data from the Directorate General of Commercial Intelligence and Statistics showed it.",
		want: []string{"government Energy Market Authority | EMA", "person Lee Siew Ling (chief executive @ Energy Market Authority)", "government Directorate General of Commercial Intelligence and Statistics"},
	}, {
		name: "'X, the steelmaker's trading subsidiary': the steelmaker is the one named before X",
		text: "Hanbit Steel Co. signed a deal. Hanbit Global Corp, the steelmaker's Singapore-based trading subsidiary, will charter the vessels.",
		want: []string{"company Hanbit Steel Co. | the steelmaker | Hanbit Steel", "company Hanbit Global Corp | Hanbit Global", "country SG"},
	}, {
		name: "a name that looks like a person's but opens a company's named before is the company",
		text: "Its milling subsidiary, Song Hau Food JSC (HNX: SHF), will raise capacity. Tra Noc owns 54 per cent of Song Hau. Nguyen Van Hai said so.",
		want: []string{"company Song Hau Food JSC | Song Hau | Song Hau Food [VN]", "company Tra Noc", "person Nguyen Van Hai"},
	}, {
		name: "'the planter', 'the trader', 'the shipper' for firms whose names say so",
		text: "Segama Plantations Bhd sold estates. The planter also sells latex. Kota Trading Co bought it. The trader will ship it.",
		want: []string{"company Segama Plantations Bhd | The planter | Segama Plantations", "company Kota Trading Co | The trader | Kota Trading"},
	}, {
		name: "a province alone is no short form of a name it opens",
		text: "Sichuan Aba Lithium Industry Co., Ltd. mines spodumene. Half of Sichuan's mines are losing money.",
		want: []string{"company Sichuan Aba Lithium Industry Co., Ltd. | Sichuan Aba Lithium Industry"},
	}, {
		name: "a title 'at Chile's Ministry of Mining' is held at the ministry, not the country",
		text: "Tomas Eraso, undersecretary at Chile's Ministry of Mining, said so.",
		want: []string{"person Tomas Eraso (undersecretary @ Ministry of Mining)", "country CL", "government Ministry of Mining [CL]"},
	}, {
		name: "officers listed one to a line, 'Name, Title'; a contact on the cue's own line, its title in lower case",
		text: "Tunghai Steel Corporation signed a deal.\n\nCompany officers\nLin Wen-chieh, Chairman\nHuang Shu-fen, President and Chief Executive Officer\n\nMedia contact: Tsai Pei-ling, spokesperson, +886-4-2658-1200\n",
		want: []string{
			"company Tunghai Steel Corporation | Tunghai Steel", "person Lin Wen-chieh (Chairman @ Tunghai Steel Corporation)",
			"person Huang Shu-fen (President and Chief Executive Officer @ Tunghai Steel Corporation)",
			"person Tsai Pei-ling (spokesperson @ )",
		},
	}, {
		name: "a research note's analysts under 'Analysts'; a pit named for a mountain; 'Key forecasts'",
		text: "Kora Lithium rose. A delay at Goldfields Spodumene Ltd's Mt Caroline pit would hit feed.\n\nKey forecasts        2025A     2026F\n\nAnalysts\nChoi Yoon-seo, Senior Analyst, +82-2-3779-8810\n",
		want: []string{"company Kora Lithium", "company Goldfields Spodumene Ltd | Goldfields Spodumene", "person Choi Yoon-seo (Senior Analyst @ )"},
	}, {
		name: "'head of research at Piraeus-based shipbroker X'; shipping trades before names",
		text: "Prices rose, said Yiannis Kouros, head of dry bulk research at Piraeus-based shipbroker Northgate Broking. Greek owner Aegean Bulk Carriers SA agreed.",
		want: []string{"person Yiannis Kouros (head of dry bulk research @ Northgate Broking)", "company Northgate Broking", "country GR | Greek", "company Aegean Bulk Carriers SA | Aegean Bulk Carriers [GR]"},
	}, {
		name: "a Spanish mining company's name without 'Minera'",
		text: "Sanriku Smelting Co signed a deal with Minera Atacama Norte SA. Atacama Norte will deliver the concentrate to Sanriku's smelter.",
		want: []string{"company Sanriku Smelting Co | Sanriku | Sanriku Smelting", "company Minera Atacama Norte SA | Atacama Norte | Minera Atacama Norte"},
	}, {
		name: "terms of delivery before a port name no company",
		text: "Iron ore fines traded at $98.40/dmt CFR Qingdao on Friday, and coal FOB Newcastle fell.",
		want: nil,
	}, {
		name: "Inner Mongolia is a region of China, not Mongolia",
		text: "Quotas were cut in Inner Mongolia and Jiangxi, and Inner Mongolian mines slowed.",
		want: nil,
	}, {
		name: "a dateline's city of two words or more is no company, nor its agency a listing",
		text: "Steel talks\n\nNEW DELHI (PTI) - Kora Steel Ltd said on Friday output rose.\n\nSAN FRANCISCO, Nov 21, 2025 - Hanra Motors Inc said sales rose.\n\nStatistics Indonesia (BPS) data showed exports fell.\n",
		want: []string{"company Kora Steel Ltd | Kora Steel", "company Hanra Motors Inc | Hanra Motors", "government Statistics Indonesia | BPS [ID]"},
	}, {
		name: "the ministry's Director General of a field, then the name",
		text: "The Ministry of Energy and Mineral Resources (ESDM) approved the quotas, the ministry's Director General of Mineral and Coal, Tri Wahyudi Santoso, said on Tuesday. Tri said the volume was up.",
		want: []string{"government Ministry of Energy and Mineral Resources | ESDM | the ministry [ID]", "person Tri Wahyudi Santoso | Tri (Director General of Mineral and Coal @ Ministry of Energy and Mineral Resources)"},
	}, {
		name: "a report's period and figure are no name",
		text: "Sahyadri Zinc's Q1 FY26 EBITDA of Rs 2,410 crore beat consensus. We raise FY26E EBITDA by 2%. Q3 FY25 PAT rose.",
		want: []string{"company Sahyadri Zinc"},
	}, {
		name: "an association's acronym in another language is no listing",
		text: "The Indonesian Nickel Miners Association (APNI) said quotas were too low for smelters.",
		want: []string{"organization Indonesian Nickel Miners Association | APNI"},
	}, {
		name: "the partner of a joint venture",
		text: "Hanra Metals formed a joint venture with Kora Steel Pipe in 2019.",
		want: []string{"company Hanra Metals", "company Kora Steel Pipe"},
	}, {
		name: "Japanese shipping lines and yards by their heads",
		text: "Kobe Maru Kaiun ordered three bulkers at Setouchi Zosen, while Kaiyo Kisen waited.",
		want: []string{"company Kobe Maru Kaiun", "company Setouchi Zosen", "company Kaiyo Kisen"},
	}, {
		name: "promoted past the age",
		text: "Tosa Steel promoted Keiji Hamada, 54, to chief financial officer on Monday.",
		want: []string{"company Tosa Steel", "person Keiji Hamada (chief financial officer @ Tosa Steel)"},
	}, {
		name: "a firm's department and function are no firm; a state's department is a body",
		text: "Contact: Mayumi Okada, General Manager, IR and Corporate Communications Group, Kaiyo Kisen Kaisha, Ltd. The U.S. Treasury Department said so.",
		want: []string{"person Mayumi Okada (General Manager, IR and Corporate Communications Group @ Kaiyo Kisen Kaisha, Ltd.)", "company Kaiyo Kisen Kaisha, Ltd. | Kaiyo Kisen Kaisha", "government U.S. Treasury Department [US]", "country US | U.S."},
	}, {
		name: "India's Union Minister",
		text: "India's Union Minister of Steel, Devendra Rathi, met the delegation on Wednesday. Rathi said talks went well.",
		want: []string{"country IN", "government Ministry of Steel [IN]", "person Devendra Rathi | Rathi (Union Minister @ Ministry of Steel)"},
	}, {
		name: "a writer's name on the date line, apart from the date",
		text: "Cobalt falls\n\n2026-05-18 16:40   Source: Metals Daily   By Zhou Yiran\n\nCobalt fell on Friday, traders said.\n",
		want: []string{"person Zhou Yiran"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got := parseEntities(t, &parse.Parser{}, tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("entities mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAnnouncement reads a company's own announcement: the issuer it
// defines as "the Company" holds the titles its officers are given
// without a company, in the text and in the contacts, and the table of
// its top shareholders; acronyms it defines for common nouns, fiscal
// periods and mineral names name no company.
func TestAnnouncement(t *testing.T) {
	text := `ASX Announcement | 12 May 2026
ASX: WLM

Wallaroo Sands Limited
ACN 101 202 303

June 2026 Quarterly Activities Report

Wallaroo Sands Limited (ASX: WLM, "Wallaroo" or "the Company") reports on the quarter. Ore went to Tarcoola Pigments Pty Ltd as before.

HIGHLIGHTS
- Heavy mineral concentrate (HMC) output of 41,000 tonnes
- Zircon sales of 9,100 t

Rutile produced (t)            3,100         2,900
HMC produced (t)              41,000        39,500

FY27 HMC guidance is unchanged at 160,000 tonnes.

CORPORATE
Managing Director Fiona Latham said the plant ran well.

SHAREHOLDERS
Top shareholders as at 31 March 2026:
1. Kestrel Mineral Holdings Ltd    12.5%
2. Bight Resources Fund            7.1%

For further information:
Fiona Latham, Managing Director
Gavin Oates, Non-executive Chairman
`
	a := parsePage(t, text)
	// The name above the registration number is a letterhead.
	if a.Headline != "June 2026 Quarterly Activities Report" {
		t.Errorf("headline %q", a.Headline)
	}
	want := []string{
		"company Wallaroo Sands Limited | Wallaroo | the Company | Wallaroo Sands [AU]",
		"company Tarcoola Pigments Pty Ltd | Tarcoola Pigments",
		"person Fiona Latham (Managing Director @ Wallaroo Sands Limited)",
		"company Kestrel Mineral Holdings Ltd | Kestrel Mineral Holdings",
		"company Bight Resources Fund",
		"person Gavin Oates (Non-executive Chairman @ Wallaroo Sands Limited)",
	}
	if diff := cmp.Diff(want, entityLines(a)); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	rels := relationLines(a, false)
	wantRels := []string{
		"stake_in(Kestrel Mineral Holdings Ltd, Wallaroo Sands Limited)",
		"stake_in(Bight Resources Fund, Wallaroo Sands Limited)",
		"executive_of(Fiona Latham, Wallaroo Sands Limited)",
		"executive_of(Gavin Oates, Wallaroo Sands Limited)",
	}
	if diff := cmp.Diff(wantRels, rels); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestInterviewWe reads an interview's answers: "we", "our" and "us" in a
// paragraph that opens with the speaker's name stand for the speaker's
// company, and give its relations; not in the questions.
func TestInterviewWe(t *testing.T) {
	text := "We spoke to Luo Jian, chairman of Minjiang Lithium Co., Ltd., about prices.\n\n" +
		"Q: Do we know who buys?\n\n" +
		"Luo: We hold 19.5% of Dalgara Lithium Ltd, and Dalgara ships us up to 120,000 tonnes of spodumene a year.\n\n" +
		"Luo: Our parent, Aba Tian Group, will support us, and our general manager Wen Xiao is cutting costs.\n"
	a := parsePage(t, text)
	rels := relationLines(a, false)
	want := []string{
		"stake_in(Minjiang Lithium Co., Ltd., Dalgara Lithium Ltd)",
		"supplier_of(Dalgara Lithium Ltd, Minjiang Lithium Co., Ltd.)",
		"subsidiary_of(Minjiang Lithium Co., Ltd., Aba Tian Group)",
		"executive_of(Luo Jian, Minjiang Lithium Co., Ltd.)",
		"executive_of(Wen Xiao, Minjiang Lithium Co., Ltd.)",
	}
	if diff := cmp.Diff(want, rels); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if w := m.Text(text); w == "we" && m.Start < strings.Index(text, "Luo:") {
				t.Errorf("%s named by the question's %q", e.Name, w)
			}
		}
	}
}

// TestDisclosureLetter reads an exchange disclosure written as a letter:
// the issuer named in capitals above `("the Issuer")`, the exchange it
// writes to, a country in brackets after a shareholder's name, a
// regulation's number, and the signers under "Respectfully,".
func TestDisclosureLetter(t *testing.T) {
	text := "PT KORA NIKEL Tbk\n(\"the Issuer\")\n\nTo:\nBoard of Directors of PT Bursa Efek Indonesia\n\n" +
		"In compliance with OJK Regulation No. 31/POJK.04/2015, the Issuer discloses the following. The Issuer holds 99.8% of PT Lasolo Tambang, and Fujiwara Trading Co., Ltd. (Japan) holds 11% of the Issuer.\n\n" +
		"Respectfully,\nPT Kora Nikel Tbk\n\nHerman Tjahja\nPresident Director\n\nRatna Siregar\nDirector\n"
	a := parsePage(t, text)
	want := []string{
		"company PT Kora Nikel Tbk | PT KORA NIKEL Tbk | the Issuer | PT Kora Nikel", "organization PT Bursa Efek Indonesia", "company PT Lasolo Tambang",
		"company Fujiwara Trading Co., Ltd. | Fujiwara Trading", "country JP",
		"person Herman Tjahja (President Director @ PT Kora Nikel Tbk)", "person Ratna Siregar (Director @ PT Kora Nikel Tbk)",
	}
	if diff := cmp.Diff(want, entityLines(a)); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestShareholdersColumn reads a disclosure's table of shareholders whose
// percentages stand in a column headed "%", without the sign.
func TestShareholdersColumn(t *testing.T) {
	text := "PT KORA NIKEL Tbk\n(\"the Issuer\")\n\nThe Issuer sold ore in the quarter to smelters in Sulawesi.\n\n" +
		"4. Shareholders as at 31 March 2026\n\n" +
		"Shareholder                          Shares         %\n" +
		"PT Anoa Investama             3,612,400,000     56.40\n" +
		"Fujiwara Trading Co., Ltd.      704,500,000     11.00\n" +
		"Public (each below 5%)        2,088,100,000     32.60\n"
	a := parsePage(t, text)
	rels := relationLines(a, true)
	want := []string{"stake_in(PT Anoa Investama, PT KORA NIKEL Tbk) 56.4", "stake_in(Fujiwara Trading Co., Ltd., PT KORA NIKEL Tbk) 11"}
	if diff := cmp.Diff(want, rels); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestGroupLists reads a results note's lists of subsidiaries and
// associates, each company on a line with its share: subsidiaries of the
// issuer ("the Group"), which holds the shares given.
func TestGroupLists(t *testing.T) {
	text := "KORA MERIDIAN LIMITED\n\nKora Meridian Limited (\"Kora\" or the \"Group\") reported higher coal volumes for the year.\n\n" +
		"Principal subsidiaries (effective interest held by the Group)\n" +
		"Kora Coal Trading Pte. Ltd. (Singapore) - 100%\n" +
		"PT Kora Energi Kalimantan (Indonesia) - 90%\n\n" +
		"Associates\n" +
		"Kutai Coal Terminal Pte. Ltd. (Singapore) - 35%\n"
	a := parsePage(t, text)
	rels := relationLines(a, true)
	want := []string{
		"subsidiary_of(Kora Coal Trading Pte. Ltd., Kora Meridian Limited) 0",
		"stake_in(Kora Meridian Limited, Kora Coal Trading Pte. Ltd.) 100",
		"subsidiary_of(PT Kora Energi Kalimantan, Kora Meridian Limited) 0",
		"stake_in(Kora Meridian Limited, PT Kora Energi Kalimantan) 90",
		"stake_in(Kora Meridian Limited, Kutai Coal Terminal Pte. Ltd.) 35",
	}
	if diff := cmp.Diff(want, rels); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestVentureNamedForParents reads a joint venture named after its
// parents: the brand alone is the parent, not the venture; "the venture"
// paragraphs later is the venture; a "with" after the clause that
// reports the venture is no partner of it; a region before ", the
// company said" is no company; and an official titled as Indonesian
// bodies title theirs.
func TestVentureNamedForParents(t *testing.T) {
	text := "Jakarta. Miner PT Lembah Raya Nikel Tbk (IDX: LRNK) and China's Fujian Qiyuan Battery Co. have formed a joint venture to build a plant in Morowali, Central Sulawesi, the Indonesian company said in a filing with the Indonesia Stock Exchange on Monday.\n\n" +
		"The venture, PT Qiyuan Lembah Nickel (QLN), will be 70 percent owned by Qiyuan and 30 percent by Lembah Raya.\n\n" +
		"Lembah Raya will supply about 3 million wet tons of ore a year to QLN. The miner produced 8 million wet tons last year. Its reserves are large.\n\n" +
		"\"Ore was waste for us,\" a director said. \"Now it is a product.\"\n\n" +
		"The venture will sell all of its output to Qiyuan, which makes cathodes in Fujian.\n\n" +
		"Sri Wahyuni, deputy for investment promotion at the Ministry of Investment and Downstream Industry, said the plant was one of ten.\n"
	a := parsePage(t, text)
	var names []string
	for _, e := range a.Entities {
		if e.Kind == entity.KindCompany {
			names = append(names, e.Name)
		}
	}
	if want := []string{"PT Lembah Raya Nikel Tbk", "Fujian Qiyuan Battery Co.", "PT Qiyuan Lembah Nickel"}; !cmp.Equal(want, names) {
		t.Errorf("companies: got %q, want %q", names, want)
	}
	want := []string{
		"joint_venture(PT Lembah Raya Nikel Tbk, Fujian Qiyuan Battery Co.)",
		"stake_in(Fujian Qiyuan Battery Co., PT Qiyuan Lembah Nickel)",
		"stake_in(PT Lembah Raya Nikel Tbk, PT Qiyuan Lembah Nickel)",
		"supplier_of(PT Lembah Raya Nikel Tbk, PT Qiyuan Lembah Nickel)",
		"supplier_of(PT Qiyuan Lembah Nickel, Fujian Qiyuan Battery Co.)",
		"official_of(Sri Wahyuni, Ministry of Investment and Downstream Industry)",
	}
	checkRelations(t, a, false, want)
}

// TestIndianRelease reads a company release in the Indian style: a
// dateline with a colon, the board as an organ of the company, an MoU
// with a state body, officials and officers as "Shri X, Title, Body",
// a title joined with "&", and a brand alone for the parent, not for
// the subsidiary that bears it too.
func TestIndianRelease(t *testing.T) {
	text := "Kaveri Metals to expand smelter\n\n" +
		"Pune, 3 March 2026: Kaveri Metals Limited (NSE: KAVMET) said its Board of Directors has approved the expansion of its smelter.\n\n" +
		"The company has also signed a Memorandum of Understanding (MoU) with the Department of Mines and Geology of the state government. The MoU was signed by Shri Anil Kumar Das, Principal Secretary, Department of Mines and Geology, and Shri Vikram Rao, Managing Director & CEO, Kaveri Metals.\n\n" +
		"The refinery is run by the company's wholly owned subsidiary Kaveri Alumina Private Limited (KAPL). \"This positions Kaveri to grow,\" Mr. Rao said.\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2026-03-03" {
		t.Errorf("as of %s, want 2026-03-03", got)
	}
	want := []string{
		"company Kaveri Metals Limited | Kaveri Metals | The company | Kaveri [IN]",
		"government Department of Mines and Geology",
		"person Anil Kumar Das | Shri Anil Kumar Das (Principal Secretary @ Department of Mines and Geology)",
		"person Vikram Rao | Shri Vikram Rao | Mr. Rao | Rao (Managing Director & CEO @ Kaveri Metals Limited)",
		"company Kaveri Alumina Private Limited | KAPL | Kaveri Alumina",
	}
	if diff := cmp.Diff(want, entityLines(a)); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	wantRel := []string{
		"agreement(Kaveri Metals Limited, Department of Mines and Geology)",
		"subsidiary_of(Kaveri Alumina Private Limited, Kaveri Metals Limited)",
		"official_of(Anil Kumar Das, Department of Mines and Geology)",
		"executive_of(Vikram Rao, Kaveri Metals Limited)",
	}
	checkRelations(t, a, false, wantRel)
}

// TestStakeSaleStory reads a business paper's deal story: a date line
// with a dot before the time, the writer alone under it, a stake paid
// for, the seller's remaining stake, the seller named by what it is, an
// offtake named in an opening phrase, "It" for the company that opens
// the main clause before, and a newsletter line left out.
func TestStakeSaleStory(t *testing.T) {
	text := "Tasman Bay to buy 25% of coal miner\n\n" +
		"Published Wed, June 3, 2026 \u00b7 09:15 AM\n\n" +
		"Lim Pei Shan\n\n" +
		"Trader Tasman Bay Resources (SGX: T9B) will pay A$210 million (S$180 million) for a 25 per cent stake in Moura Downs Coal, it said on Wednesday.\n\n" +
		"The seller is Brigalow Resources (ASX: BRG), which will keep the remaining 75 per cent. Moura Downs Coal is at present a wholly owned subsidiary of the Brisbane-based miner.\n\n" +
		"Under a separate offtake agreement with Moura Downs Coal, Tasman Bay will market up to 2 million tonnes a year of the mine's coal. It already sells about 800,000 tonnes of coal a year to Vietnamese steelmaker Hoa Binh Steel.\n\n" +
		"Sign up for our Energy Markets newsletter for the week's key deals.\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2026-06-03" {
		t.Errorf("as of %s, want 2026-06-03", got)
	}
	var names []string
	for _, e := range a.Entities {
		if e.Kind == entity.KindCompany || e.Kind == entity.KindPerson {
			names = append(names, e.Name)
		}
	}
	if want := []string{"Tasman Bay Resources", "Lim Pei Shan", "Moura Downs Coal", "Brigalow Resources", "Hoa Binh Steel"}; !cmp.Equal(want, names) {
		t.Errorf("companies and people: got %q, want %q", names, want)
	}
	want := []string{
		"stake_in(Tasman Bay Resources, Moura Downs Coal) 25",
		"acquisition(Tasman Bay Resources, Moura Downs Coal) 25",
		"stake_in(Brigalow Resources, Moura Downs Coal) 75",
		"subsidiary_of(Moura Downs Coal, Brigalow Resources) 0",
		"agreement(Tasman Bay Resources, Moura Downs Coal) 0",
		"supplier_of(Tasman Bay Resources, Hoa Binh Steel) 0",
	}
	checkRelations(t, a, true, want)
}

// TestOfficialsMeet reads a wire story of two officials: a ministry with
// two fields, a meeting after which one spoke, a state firm's holding
// described before its name, and an analyst at a firm placed by a
// "-based" word.
func TestOfficialsMeet(t *testing.T) {
	text := "Kazakhstan plans to raise exports to China, Minister of Industry and Construction Serik Abenov said on Tuesday after meeting Chinese Vice Minister of Commerce Liu Hanwei in the capital.\n\n" +
		"Irtysh Metals JSC, a subsidiary of national mining holding Dala Ken Holding, produced cathode.\n\n" +
		"\"Demand is strong,\" said Dana Serikova, a metals analyst at Almaty-based Kokshe Capital.\n"
	a := parsePage(t, text)
	people := entityLinesOf(a, "person")
	wantPeople := []string{
		"person Serik Abenov (Minister @ Ministry of Industry and Construction)",
		"person Liu Hanwei (Vice Minister @ Ministry of Commerce)",
		"person Dana Serikova (metals analyst @ Kokshe Capital)",
	}
	if diff := cmp.Diff(wantPeople, people); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	want := []string{
		"meeting(Serik Abenov, Liu Hanwei)",
		"subsidiary_of(Irtysh Metals JSC, Dala Ken Holding)",
		"official_of(Serik Abenov, Ministry of Industry and Construction)",
		"official_of(Liu Hanwei, Ministry of Commerce)",
	}
	checkRelations(t, a, false, want)
}

// TestSellerNamedAfter reads a utility's purchase whose seller the next
// sentence names, a unit whose parent is the company of the same brand,
// a contract under which "the miner" supplies the party that signed it,
// and a price hub that is no person.
func TestSellerNamedAfter(t *testing.T) {
	text := "Setouchi Electric Power Co. has agreed to buy 1.5 million tonnes per annum of LNG for 20 years from a planned plant in Texas, the utility said.\n\n" +
		"The seller is Sabine Point LNG LLC, a unit of Gulf Reach Partners. \"The price is linked to Henry Hub,\" Setouchi President Kenji Mori said.\n\n" +
		"Setouchi Fuel Trading Co., a wholly owned unit that buys coal for the group, renewed a contract with Indonesia's PT Barito Bara, under which the miner will supply 1 million to 1.5 million tonnes of coal a year through 2030.\n"
	a := parsePage(t, text)
	for _, e := range a.Entities {
		if e.Name == "Henry Hub" {
			t.Errorf("Henry Hub read as a %v", e.Kind)
		}
	}
	want := []string{
		"subsidiary_of(Sabine Point LNG LLC, Gulf Reach Partners)",
		"supplier_of(Sabine Point LNG LLC, Setouchi Electric Power Co.)",
		"agreement(Setouchi Electric Power Co., Sabine Point LNG LLC)",
		"subsidiary_of(Setouchi Fuel Trading Co., Setouchi Electric Power Co.)",
		"agreement(Setouchi Fuel Trading Co., PT Barito Bara)",
		"supplier_of(PT Barito Bara, Setouchi Fuel Trading Co.)",
		"executive_of(Kenji Mori, Setouchi Electric Power Co.)",
	}
	checkRelations(t, a, false, want)
}

// TestBriefing reads a briefing of short items: the writer's city that
// is a country, kickers in capitals before a dash, "agreed to form a
// joint venture" (a venture, not an agreement besides), "the Korean
// company" for the company a Korean market lists, and the credits line.
func TestBriefing(t *testing.T) {
	text := "METALS BRIEFING\n\nCobalt piles up\n\nThursday, 14 May 2026\n\nBy Asha Menon in Singapore\n\n" +
		"HPAL VENTURE — Haneul Materials (KRX: 298070) and Indonesia's PT Weda Nikel agreed to form a joint venture to build a plant. Weda Nikel, a unit of PT Sagu Tambang Tbk (IDX: SAGU), already sells about 2,000 t a month of MHP to the Korean company.\n\n" +
		"ORE QUOTAS — Indonesia's Ministry of Energy and Mineral Resources approved quotas, an official said.\n\n" +
		"Additional reporting by Rudi Hartono in Jakarta; editing by Paul Reid\n"
	a := parsePage(t, text)
	want := []string{
		"person Asha Menon", "country SG",
		"company Haneul Materials | the Korean company [KR]", "country ID",
		"company PT Weda Nikel | Weda Nikel [ID]", "company PT Sagu Tambang Tbk | PT Sagu Tambang [ID]", "country KR | Korean",
		"government Ministry of Energy and Mineral Resources [ID]",
		"person Rudi Hartono", "person Paul Reid",
	}
	if diff := cmp.Diff(want, entityLines(a)); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	wantRel := []string{
		"joint_venture(Haneul Materials, PT Weda Nikel)",
		"subsidiary_of(PT Weda Nikel, PT Sagu Tambang Tbk)",
		"supplier_of(PT Weda Nikel, Haneul Materials)",
	}
	checkRelations(t, a, false, wantRel)
}

// TestDistrictAndBrandUnit reads a district as a place and a unit given
// its name in Chinese in brackets before "a wholly owned subsidiary".
func TestDistrictAndBrandUnit(t *testing.T) {
	text := "Tunglin Foil Industry Co said output rose. The new line in Taoyuan's Guanyin District starts in June. Its aluminium business is run through Tunglin Aluminum Products Co (東林鋁業), a wholly owned subsidiary in Kaohsiung that rolled sheet.\n"
	a := parsePage(t, text)
	want := []string{"company Tunglin Foil Industry Co | Tunglin Foil Industry", "company Tunglin Aluminum Products Co | 東林鋁業 | Tunglin Aluminum Products"}
	if diff := cmp.Diff(want, entityLines(a)); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"subsidiary_of(Tunglin Aluminum Products Co, Tunglin Foil Industry Co)"}, relationLines(a, false)); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestWriterAndDateOneLine reads the writer and the date on one line,
// a former name given by "was incorporated as", a unit of a shareholder
// described before its name, "now a wholly owned subsidiary of", and a
// body that a day after "on" does not lengthen.
func TestWriterAndDateOneLine(t *testing.T) {
	text := "Rice exporters sign deals\n\nBy Tran Thu Ha   March 2, 2026 | 05:12 pm GMT+7\n\n" +
		"Donghae Lithium Co. buys concentrate from Seorin Trading Co., a unit of its largest shareholder Mirae Holdings, which owns 30 percent of Donghae. " +
		"The company, which was incorporated as Donghae Pigment Co. in 1994, plans to grow.\n\n" +
		"Kestrel Metals Ltd said output rose. Kestrel Metals, which was called Kestrel Gold Holdings until 2021, grew. Kestrel Metals Ltd completed its takeover of Ridgeback Copper Ltd on Monday. Ridgeback Copper, now a wholly owned subsidiary of Kestrel, holds a mine, Minister Anil Rao told Parliament on Tuesday.\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2026-03-02" {
		t.Errorf("as of %s, want 2026-03-02", got)
	}
	var names []string
	for _, e := range a.Entities {
		names = append(names, e.Name)
	}
	for _, want := range []string{"Tran Thu Ha", "Donghae Pigment Co."} {
		if !slices.Contains(names, want) {
			t.Errorf("no entity %q in %q", want, names)
		}
	}
	for _, bad := range []string{"Parliament on Tuesday", "Tran Thu Ha March"} {
		if slices.Contains(names, bad) {
			t.Errorf("entity %q", bad)
		}
	}
	want := []string{
		"subsidiary_of(Seorin Trading Co., Mirae Holdings)",
		"stake_in(Mirae Holdings, Donghae Lithium Co.)",
		"former_name(Donghae Lithium Co., Donghae Pigment Co.)",
		"former_name(Kestrel Metals Ltd, Kestrel Gold Holdings)",
		"acquisition(Kestrel Metals Ltd, Ridgeback Copper Ltd)",
		"subsidiary_of(Ridgeback Copper Ltd, Kestrel Metals Ltd)",
	}
	checkRelations(t, a, false, want)
}

// TestEachHoldsAndReceived reads two owners that "each hold" a share of
// a venture called by what its name says, a name cut short of the
// country that opens it, and an official who "received" another.
func TestEachHoldsAndReceived(t *testing.T) {
	text := "The line is run by Altai Southern Railway LLC, a joint venture formed in 2022 by Khangai Coal JSC and China Dongfang Rail Logistics Co. Khangai Coal and Dongfang Rail each hold 50% of the railway company.\n\n" +
		"Mining Minister Bold Erdene said exports rose. Bold received Chinese Ambassador Wang Tao on Monday to discuss a second crossing. Khangai Coal received approval for a new pit.\n\n" +
		"Deputy Minister of Trade Pham Van Long on Tuesday received a delegation of the Ministry of Energy (MOE) led by Vice Minister Kim Ji-ho to review trade.\n"
	a := parsePage(t, text)
	want := []string{
		"joint_venture(Khangai Coal JSC, China Dongfang Rail Logistics Co.) 0",
		"stake_in(Khangai Coal JSC, Altai Southern Railway LLC) 50",
		"stake_in(China Dongfang Rail Logistics Co., Altai Southern Railway LLC) 50",
		"meeting(Bold Erdene, Wang Tao) 0",
		"meeting(Pham Van Long, Kim Ji-ho) 0",
		"meeting(Pham Van Long, Ministry of Energy) 0",
		"official_of(Pham Van Long, Ministry of Trade) 0",
		"official_of(Wang Tao, China) 0",
		"official_of(Kim Ji-ho, Ministry of Energy) 0",
	}
	checkRelations(t, a, true, want)
}

// TestCityBrandTrade reads a Chinese company named for its city, its
// brand and its trade: the headline's "Ruifeng Lithium" and "Ruifeng"
// are the company, "in Yichun" is the city, a bracket after the name
// does not hide what the text calls it, and "a Hong Kong-registered
// subsidiary of the refiner" is its unit.
func TestCityBrandTrade(t *testing.T) {
	text := "Ruifeng Lithium secures spodumene\n\n" +
		"Yichun Ruifeng Lithium Co., Ltd. (2617.HK), a mainland Chinese lithium refiner, has signed an offtake agreement with Lake Ninan Minerals Ltd on Tuesday. The feed is destined for Ruifeng's converter in Yichun.\n\n" +
		"\"Lake Ninan's ore is good,\" Ruifeng chairman Zhou Minghui said. Purchases will be made through Ruifeng International Trading Ltd, a Hong Kong-registered subsidiary of the refiner.\n"
	a := parsePage(t, text)
	e, ok := a.Entity("e1")
	if !ok || e.Name != "Yichun Ruifeng Lithium Co., Ltd." {
		t.Fatalf("e1 = %+v", e)
	}
	want := []string{"Ruifeng Lithium", "Ruifeng", "the refiner", "Yichun Ruifeng Lithium"}
	if diff := cmp.Diff(want, e.Aliases); diff != "" {
		t.Errorf("aliases (-want +got):\n%s", diff)
	}
	wantRel := []string{
		"agreement(Yichun Ruifeng Lithium Co., Ltd., Lake Ninan Minerals Ltd)",
		"subsidiary_of(Ruifeng International Trading Ltd, Yichun Ruifeng Lithium Co., Ltd.)",
		"executive_of(Zhou Minghui, Yichun Ruifeng Lithium Co., Ltd.)",
	}
	checkRelations(t, a, false, wantRel)
}

// TestRenamedAndTicker reads a company renamed from a name of three
// words, given after an apposition, and a short form written with the
// company's ticker before the text names it alone.
func TestRenamedAndTicker(t *testing.T) {
	text := "Daegu Chemtech, the anode maker formerly known as Daegu Carbon Industry, will acquire a 19.9 percent stake in Canadian graphite developer Outaouais Flake Graphite Corp. for 28 billion won.\n\n" +
		"Daegu Chemtech will subscribe to new shares issued by Outaouais (TSX-V: OFG) in a placement. Outaouais owns a project in Quebec.\n\n" +
		"Pusan Chemtech, formerly known as Pusan Carbon Industry, will buy a stake in it.\n"
	a := parsePage(t, text)
	want := []string{
		"former_name(Daegu Chemtech, Daegu Carbon Industry)",
		"stake_in(Daegu Chemtech, Outaouais Flake Graphite Corp.)",
		"acquisition(Daegu Chemtech, Outaouais Flake Graphite Corp.)",
		"former_name(Pusan Chemtech, Pusan Carbon Industry)",
	}
	checkRelations(t, a, false, want)
	for _, e := range a.Entities {
		if e.Name == "Outaouais" {
			t.Errorf("Outaouais is an entity of its own: %+v", e)
		}
	}
}

// TestOfficerOfTheStory reads an officer named with no company after a
// sentence naming two: the one the paragraph opens with is theirs; and
// a unit "a Singapore-based subsidiary" of the company of its brand.
func TestOfficerOfTheStory(t *testing.T) {
	text := "Iron ore shipments rise\n\nWandoo Iron Ltd shipped ore.\n\n" +
		"Wandoo sells most of its ore to Chinese steelmaker Handan Xinye Iron & Steel Group under an offtake agreement. Handan Xinye also owns 14.6 per cent of Wandoo.\n\n" +
		"Chief financial officer Maria Costa said the company received more per tonne. Wandoo will sell ore in Asia through Wandoo Iron Asia Pte., a Singapore-based subsidiary.\n"
	a := parsePage(t, text)
	want := []string{
		"supplier_of(Wandoo Iron Ltd, Handan Xinye Iron & Steel Group)",
		"agreement(Wandoo Iron Ltd, Handan Xinye Iron & Steel Group)",
		"stake_in(Handan Xinye Iron & Steel Group, Wandoo Iron Ltd)",
		"subsidiary_of(Wandoo Iron Asia Pte., Wandoo Iron Ltd)",
		"executive_of(Maria Costa, Wandoo Iron Ltd)",
	}
	checkRelations(t, a, false, want)
}

// TestPhilippineDisclosure reads a title after a body and its acronym,
// "Sta." opening a name, and a unit through which a company sells.
func TestPhilippineDisclosure(t *testing.T) {
	text := "Nickel ore shipments rise\n\n" +
		"Zambal Nickel Mining Corp. (PSE: ZNMC) shipped ore. Zambal Nickel sells to Fujian Dingxin Alloy Co. through ZNM Ore Marketing, Inc., a wholly owned subsidiary that handles its export contracts.\n\n" +
		"Its president Ramon Agbay met with Mines and Geosciences Bureau (MGB) Director Luz Salonga on April 7.\n\n" +
		"Zambal Nickel is 54% owned by Sta. Rosa Resources Holdings, Inc., the investment arm of a family group.\n"
	a := parsePage(t, text)
	want := []string{
		"subsidiary_of(ZNM Ore Marketing, Inc., Zambal Nickel Mining Corp.)",
		"supplier_of(Zambal Nickel Mining Corp., Fujian Dingxin Alloy Co.)",
		"meeting(Ramon Agbay, Luz Salonga)",
		"stake_in(Sta. Rosa Resources Holdings, Inc., Zambal Nickel Mining Corp.)",
		"executive_of(Ramon Agbay, Zambal Nickel Mining Corp.)",
		"official_of(Luz Salonga, Mines and Geosciences Bureau)",
	}
	checkRelations(t, a, false, want)
}

// TestChineseTradePress reads a unit of a provincial state-owned group
// that signs a deal (the unit signs, not its owner), an official titled
// with a department "at the Ministry", and the editor who signs the
// page.
func TestChineseTradePress(t *testing.T) {
	text := "Copper smelters trim output\n\n" +
		"Yunnan Jinlan Nonferrous Metals Co (SZ002799), a subsidiary of the provincial state-owned Yunnan Metals Investment Group, has signed a five-year agreement with Peru's Minera Cerro Azul SAC to buy up to 200,000 tonnes a year of concentrate.\n\n" +
		"Wu Jian, deputy director of the raw materials department at the Ministry of Industry and Information Technology (MIIT), met Jinlan general manager Zhao Ping on Tuesday.\n\n" +
		"Editor: Fang Lei\n"
	a := parsePage(t, text)
	want := []string{
		"subsidiary_of(Yunnan Jinlan Nonferrous Metals Co, Yunnan Metals Investment Group)",
		"agreement(Yunnan Jinlan Nonferrous Metals Co, Minera Cerro Azul SAC)",
		"meeting(Wu Jian, Zhao Ping)",
		"official_of(Wu Jian, Ministry of Industry and Information Technology)",
		"executive_of(Zhao Ping, Yunnan Jinlan Nonferrous Metals Co)",
	}
	checkRelations(t, a, false, want)
	if e, _ := a.Entity(a.Entities[len(a.Entities)-1].ID); e.Name != "Fang Lei" || e.Kind != entity.KindPerson {
		t.Errorf("last entity %q (%v), want the editor Fang Lei", e.Name, e.Kind)
	}
}

// TestPlanterAndItsUnits reads a brand alone for the story's company
// over its venture and unit named after it, a Malaysian name with "(M)",
// and a state that opens a company's name used as a place.
func TestPlanterAndItsUnits(t *testing.T) {
	text := "Planter forms refinery venture\n\n" +
		"Kemaman Plantations Bhd (Bursa: 5280) has formed a joint venture with Japan's Nishiki Oleo Co Ltd to build a refinery in Bintulu, Sarawak.\n\n" +
		"The venture, Kemaman Nishiki Refinery Sdn Bhd, will be 60% owned by Kemaman. Yields in Sarawak recovered, and the group's rubber arm, Kemaman Rubber Industries Sdn Bhd, sold more.\n\n" +
		"Kemaman Plantations is 52% owned by state investment arm Sarawak Agro Holdings Bhd. Kemaman will sell palm oil to Nishiki Oleo (M) Sdn Bhd.\n"
	a := parsePage(t, text)
	var names []string
	for _, e := range a.Entities {
		if e.Kind == entity.KindCompany {
			names = append(names, e.Name)
			if e.Name == "Sarawak Agro Holdings Bhd." && !slices.Equal(e.Aliases, []string{"Sarawak Agro Holdings"}) {
				t.Errorf("Sarawak Agro named by %q", e.Aliases)
			}
		}
	}
	want := []string{"Kemaman Plantations Bhd", "Nishiki Oleo Co Ltd", "Kemaman Nishiki Refinery Sdn Bhd", "Kemaman Rubber Industries Sdn Bhd", "Sarawak Agro Holdings Bhd.", "Nishiki Oleo (M) Sdn Bhd."}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
	wantRel := []string{
		"joint_venture(Kemaman Plantations Bhd, Nishiki Oleo Co Ltd)",
		"stake_in(Kemaman Plantations Bhd, Kemaman Nishiki Refinery Sdn Bhd)",
		"subsidiary_of(Kemaman Rubber Industries Sdn Bhd, Kemaman Plantations Bhd)",
		"stake_in(Sarawak Agro Holdings Bhd., Kemaman Plantations Bhd)",
		"supplier_of(Kemaman Plantations Bhd, Nishiki Oleo (M) Sdn Bhd.)",
	}
	checkRelations(t, a, false, wantRel)
}

// TestConsortium reads a consortium of three formed by one with two
// others, a regulation named after its ministry, an official whose
// field holds commas, and "He said he had met X and Y".
func TestConsortium(t *testing.T) {
	text := "Nickel consortium\n\n" +
		"PT Morowali Nikel Tbk (IDX: MRNK) said it had formed a consortium with China's Zhejiang Ruixin Materials Co and Guangxi Hepu Alloy Co to build a smelter.\n\n" +
		"The plan follows Ministry of Industry Regulation No. 14 of 2026.\n\n" +
		"\"We need plants,\" Budi Hartono, director general of metal, machinery and electronics industries at the Ministry of Industry, told reporters. He said he had met Morowali Nikel president director Agus Salim in Jakarta on Tuesday.\n"
	a := parsePage(t, text)
	for _, e := range a.Entities {
		if strings.Contains(e.Name, "Regulation") {
			t.Errorf("entity %q", e.Name)
		}
	}
	want := []string{
		"joint_venture(PT Morowali Nikel Tbk, Zhejiang Ruixin Materials Co)",
		"joint_venture(PT Morowali Nikel Tbk, Guangxi Hepu Alloy Co)",
		"joint_venture(Zhejiang Ruixin Materials Co, Guangxi Hepu Alloy Co)",
		"meeting(Budi Hartono, Agus Salim)",
		"official_of(Budi Hartono, Ministry of Industry)",
		"executive_of(Agus Salim, PT Morowali Nikel Tbk)",
	}
	checkRelations(t, a, false, want)
}

// TestJuniorAndContacts reads a miner named for its ore, "the
// Perth-based junior", a Chinese mill cut to its own word and trade, a
// byline in lower case over the writer's title, a deputy minister of a
// ministry with two fields, and a release's contact given on two lines.
func TestJuniorAndContacts(t *testing.T) {
	text := "Hebei mill buys into Pilbara junior\n\nby Sachi Tanaka\nStaff Writer\nMar 4, 2026\n\n" +
		"Yandi Creek Iron Ore has found a cornerstone investor, with Chinese steelmaker Hebei Tangyu Iron & Steel agreeing to buy a 19.9 per cent stake in the Perth-based junior. Tangyu Steel will take most of its ore.\n\n" +
		"The signing was witnessed by Deputy Minister of Investment and Downstream Industry Dwi Lestari.\n\n" +
		"Media Contact:\nRina Susanti\nHead of Corporate Communications, Yandi Creek Iron Ore\n"
	a := parsePage(t, text)
	people := entityLinesOf(a, "person", "company")
	want := []string{
		"person Sachi Tanaka (Staff Writer @ )",
		"company Yandi Creek Iron Ore | the Perth-based junior",
		"company Hebei Tangyu Iron & Steel | Tangyu Steel [CN]",
		"person Dwi Lestari (Deputy Minister @ Ministry of Investment and Downstream Industry)",
		"person Rina Susanti (Head of Corporate Communications @ )",
	}
	if diff := cmp.Diff(want, people); diff != "" {
		t.Errorf("companies and people (-want +got):\n%s", diff)
	}
	wantRel := []string{
		"stake_in(Hebei Tangyu Iron & Steel, Yandi Creek Iron Ore)",
		"acquisition(Hebei Tangyu Iron & Steel, Yandi Creek Iron Ore)",
		"official_of(Dwi Lestari, Ministry of Investment and Downstream Industry)",
	}
	checkRelations(t, a, false, wantRel)
}

// TestControlledBy reads "is controlled by state-owned Y", a province
// before "-backed", and a state of Myanmar.
func TestControlledBy(t *testing.T) {
	text := "Yunnan-backed miner buys copper mine\n\n" +
		"Dali Mining, formerly known as Dali Nonferrous Holdings, is controlled by state-owned Yunnan Erhai Nonferrous Group. The Yunnan-backed group's smelter has run below capacity since Myanmar's Wa State halted ore shipments.\n"
	a := parsePage(t, text)
	for _, e := range a.Entities {
		if e.Name == "Yunnan" || e.Name == "Wa State" {
			t.Errorf("%q read as a %v", e.Name, e.Kind)
		}
	}
	want := []string{"former_name(Dali Mining, Dali Nonferrous Holdings)", "subsidiary_of(Dali Mining, Yunnan Erhai Nonferrous Group)"}
	checkRelations(t, a, false, want)
}

// TestPartnersAgreeToSell reads two partners that "have agreed to sell"
// to a buyer: each sells to it under the deal, and they are no parties
// to a deal with each other; and one that "has agreed to sell".
func TestPartnersAgreeToSell(t *testing.T) {
	text := "Cobalt deal\n\n" +
		"PT Teluk Kobalt Tbk (IDX: TKBT) and its Chinese partner Zhejiang Hualin Cobalt (603918.SS) have agreed to sell cobalt to Kansai Cathode Materials (TSE: 4578), a Japanese cathode maker. The two companies own PT Teluk Hydro, the joint venture that runs the plant. Ridley Nickel Ltd has agreed to sell nickel to Kansai Cathode Materials.\n"
	a := parsePage(t, text)
	want := []string{
		"supplier_of(PT Teluk Kobalt Tbk, Kansai Cathode Materials)",
		"agreement(PT Teluk Kobalt Tbk, Kansai Cathode Materials)",
		"supplier_of(Zhejiang Hualin Cobalt, Kansai Cathode Materials)",
		"agreement(Zhejiang Hualin Cobalt, Kansai Cathode Materials)",
		"stake_in(PT Teluk Kobalt Tbk, PT Teluk Hydro)",
		"stake_in(Zhejiang Hualin Cobalt, PT Teluk Hydro)",
		"joint_venture(PT Teluk Kobalt Tbk, Zhejiang Hualin Cobalt)",
		"supplier_of(Ridley Nickel Ltd, Kansai Cathode Materials)",
		"agreement(Ridley Nickel Ltd, Kansai Cathode Materials)",
	}
	checkRelations(t, a, false, want)
}

// TestSellsToItsUnit reads a sale to a company's unit named after the
// company's possessive: the unit buys.
func TestSellsToItsUnit(t *testing.T) {
	text := "Palm oil deal\n\nKemaman Plantations Bhd will sell up to 200,000 tonnes of palm oil a year to Nishiki Oleo Co Ltd's Malaysian unit, Nishiki Oleo (M) Sdn Bhd, under a separate agreement.\n"
	a := parsePage(t, text)
	rels := relationLines(a, false)
	if !slices.Contains(rels, "supplier_of(Kemaman Plantations Bhd, Nishiki Oleo (M) Sdn Bhd)") {
		t.Errorf("no sale to the unit in %q", rels)
	}
	if slices.Contains(rels, "supplier_of(Kemaman Plantations Bhd, Nishiki Oleo Co Ltd)") {
		t.Errorf("a sale to the parent in %q", rels)
	}
}

// TestStandfirstOverWriter reads a standfirst that is a sentence with
// money in it, over the writer's line as Australian papers print it
// (name, desk, role) and the date: the date is the story's.
func TestStandfirstOverWriter(t *testing.T) {
	text := "Hebei mill buys into Pilbara junior\n\n" +
		"Tangyu Steel will pay $96 million for 19.9 per cent of Yandi Creek Iron Ore, subject to FIRB approval.\n\n" +
		"Ann Costello Resources reporter\nMar 4, 2026 \u2013 5.32pm\n\n" +
		"Yandi Creek Iron Ore has found a cornerstone investor.\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2026-03-04" {
		t.Errorf("as of %s, want 2026-03-04", got)
	}
	var people []string
	for _, e := range a.Entities {
		if e.Kind == entity.KindPerson {
			people = append(people, e.Name)
		}
		if strings.Contains(e.Name, "Costello Resources") {
			t.Errorf("the writer's desk in a name: %q", e.Name)
		}
	}
	if diff := cmp.Diff([]string{"Ann Costello"}, people); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestVehicleOwnedByTwo reads a vehicle two backers set up, owned by
// each of them (one a state agency), that takes a stake through new
// shares; a buy of a firm named with a capitalised "X-based"
// apposition; and a sale to buyers described, "among them" one named.
func TestVehicleOwnedByTwo(t *testing.T) {
	text := "Tokyo backers fund rare earths miner\n\n" +
		"Trading house Hamanaka Corp. and the state-run Japan Agency for Strategic Metals (JASM) will fund Carnarvon Rare Earths Ltd.\n\n" +
		"The two will set up a Tokyo-based investment vehicle, Kiku Resources Co., owned 60% by Hamanaka and 40% by JASM. Kiku will subscribe for new Carnarvon shares that will give it a 12% stake.\n\n" +
		"Hamanaka will resell the oxide to magnet makers, among them Tsuruga Magnet Co., which supplies carmakers. Hamanaka last year acquired Izumi Metal Recovery, an Osaka-based recycler.\n"
	a := parsePage(t, text)
	want := []string{
		"stake_in(Hamanaka Corp., Kiku Resources Co.) 60",
		"stake_in(Japan Agency for Strategic Metals, Kiku Resources Co.) 40",
		"joint_venture(Hamanaka Corp., Japan Agency for Strategic Metals) 0",
		"stake_in(Kiku Resources Co., Carnarvon Rare Earths Ltd.) 12",
		"acquisition(Kiku Resources Co., Carnarvon Rare Earths Ltd.) 12",
		"supplier_of(Hamanaka Corp., Tsuruga Magnet Co.) 0",
		"acquisition(Hamanaka Corp., Izumi Metal Recovery) 0",
	}
	checkRelations(t, a, true, want)
}

// TestOwnedWithoutVenture keeps a company owned by two holders, with no
// word of forming it, from being their venture.
func TestOwnedWithoutVenture(t *testing.T) {
	text := "Copper miner shares rise\n\nBayan Copper, owned 30% by Orkhon Holdings and 10% by Tuul Capital, said output rose.\n"
	a := parsePage(t, text)
	want := []string{
		"stake_in(Orkhon Holdings, Bayan Copper) 30",
		"stake_in(Tuul Capital, Bayan Copper) 10",
	}
	checkRelations(t, a, true, want)
}

// TestOwnersInOtherWords reads owners named the ways other than "X holds
// N% of Y": the two firms of the sentence before, with a split; an owner
// in a relative clause whose "its" is the subject; a share in words; and
// a sale in the passive.
func TestOwnersInOtherWords(t *testing.T) {
	text := "Nickel partners\n\n" +
		"Vietnam's Song Da Nickel JSC and its Korean partner Hanul Metals Corp. plan a second line. " +
		"The two companies own Tay Bac Refining Co., the joint venture that runs the plant, in a 60:40 split.\n\n" +
		"Hanul Metals is controlled by Daejin Holdings (KRX: 004560), which holds 41.2% of its shares. " +
		"Daejin also owns a fifth of Pohang Slag Recycling. Song Da Nickel does not own half of Lao Cai Ore.\n\n" +
		"The matte will be sold by Tay Bac Refining Co. to Hanul Metals under a 10-year deal.\n"
	a := parsePage(t, text)
	want := []string{
		"stake_in(Song Da Nickel JSC, Tay Bac Refining Co.) 60",
		"stake_in(Hanul Metals Corp., Tay Bac Refining Co.) 40",
		"joint_venture(Song Da Nickel JSC, Hanul Metals Corp.) 0",
		"subsidiary_of(Hanul Metals Corp., Daejin Holdings) 0",
		"stake_in(Daejin Holdings, Hanul Metals Corp.) 41.2",
		"stake_in(Daejin Holdings, Pohang Slag Recycling) 20",
		"supplier_of(Tay Bac Refining Co., Hanul Metals Corp.) 0",
	}
	checkRelations(t, a, true, want)
}

// TestTwoFirmsWithoutPair keeps "the two companies" from owning anything
// when the sentence before opened with no two firms.
func TestTwoFirmsWithoutPair(t *testing.T) {
	text := "Nickel\n\nSong Da Nickel JSC said output rose, citing Hanul Metals Corp. data. " +
		"The two companies own Tay Bac Refining Co., the joint venture that runs the plant.\n"
	a := parsePage(t, text)
	checkRelations(t, a, false, nil)
}

// TestShareOfNamesCompany reads the name after a share owned as a
// company, but not a place, nor a place that describes a noun after it.
func TestShareOfNamesCompany(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Daejin Holdings owns 20% of Pohang Slag Recycling.", []string{"stake_in(Daejin Holdings, Pohang Slag Recycling) 20"}},
		{"Daejin Holdings holds 12.5 per cent of Pohang Slag Recycling through a unit.", []string{"stake_in(Daejin Holdings, Pohang Slag Recycling) 12.5"}},
		{"Daejin Holdings owns 20% of Queensland.", nil},
		{"Daejin Holdings will buy 30% of Queensland coal miner Bowen Basin Coking Coal.", []string{
			"stake_in(Daejin Holdings, Bowen Basin Coking Coal) 30", "acquisition(Daejin Holdings, Bowen Basin Coking Coal) 30"}},
	} {
		a := parsePage(t, "Stakes\n\n"+tc.text+"\n")
		checkRelations(t, a, true, tc.want)
	}
}

// TestStateFirmAndAboutLine reads an Indonesian state firm's "(Persero)"
// as part of its name, a name under an "About" heading that ends at its
// legal form, and "Its largest shareholder is Y".
func TestStateFirmAndAboutLine(t *testing.T) {
	text := "Nickel venture\n\n" +
		"PT Luwuk Nikel Utama Tbk (IDX: LNUT) signed a deal with PT Aneka Logam (Persero) Tbk on Monday.\n\n" +
		"About PT Luwuk Nikel Utama Tbk\nLNU is a nickel miner. Its largest shareholder is the state mining holding PT Bumi Mineral Nusantara (Persero), which holds 65.0% of its shares.\n\n" +
		"Investor Relations\nPT Luwuk Nikel Utama Tbk\nJakarta\n"
	a := parsePage(t, text)
	var companies []string
	for _, e := range a.Entities {
		if e.Kind == entity.KindCompany {
			companies = append(companies, e.Name)
		}
		if e.Name == "PT Bumi Mineral Nusantara (Persero)" && !slices.Contains(e.Aliases, "PT Bumi Mineral Nusantara") {
			t.Errorf("no name without (Persero) in %q", e.Aliases)
		}
	}
	if diff := cmp.Diff([]string{"PT Luwuk Nikel Utama Tbk", "PT Aneka Logam (Persero) Tbk", "PT Bumi Mineral Nusantara (Persero)"}, companies); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
	want := []string{
		"agreement(PT Luwuk Nikel Utama Tbk, PT Aneka Logam (Persero) Tbk) 0",
		"stake_in(PT Bumi Mineral Nusantara (Persero), PT Luwuk Nikel Utama Tbk) 65",
	}
	checkRelations(t, a, true, want)
}

// TestPairDealAndCustomers reads a deal "the two companies" inked, its
// parties named in the clause "under which X will ship ... to Y", a
// holding kept after a share in words, and customers listed after "Its
// main customers include".
func TestPairDealAndCustomers(t *testing.T) {
	text := "Iron ore\n\n" +
		"Daesan Steel Co. and Yarrie Minerals Ltd. agreed terms on Tuesday. The two companies also inked a 10-year supply deal.\n\n" +
		"Daesan Steel bought shares. The two companies also signed an offtake agreement under which Yarrie Minerals will ship up to 6 million tonnes a year to Daesan Steel.\n\n" +
		"After the deal, Perth investment house Ashburton Capital will own a fifth of Yarrie Minerals, while trading house Kaneko Shoji Corp. will keep its 8 percent holding.\n\n" +
		"Daesan Steel imports ore. Its main customers include shipbuilder Ulsan Heavy Yards Co., to which it sells plate. Daesan Steel said none of its customers include Mokpo Motors Co.\n"
	a := parsePage(t, text)
	want := []string{
		"agreement(Daesan Steel Co., Yarrie Minerals Ltd.) 0",
		"supplier_of(Yarrie Minerals Ltd., Daesan Steel Co.) 0",
		"stake_in(Ashburton Capital, Yarrie Minerals Ltd.) 20",
		"stake_in(Kaneko Shoji Corp., Yarrie Minerals Ltd.) 8",
		"supplier_of(Daesan Steel Co., Ulsan Heavy Yards Co.) 0",
	}
	checkRelations(t, a, true, want)
}

// TestHostsAndPairVenture reads meetings with a host ("said he hosted a
// delegation from X, led by its president Y", "Y, a deputy minister at
// Z, received a delegation ... led by W", "sat down with"), a venture
// "the two" set up after a sentence that opens with two firms, and a
// writer's name before a bar on the date line.
func TestHostsAndPairVenture(t *testing.T) {
	text := "Nickel ore deal\n\nThe miner will ship more ore to China.\n\nAna Villaruz, Manila | 18 March 2025\n\n" +
		"Dinagat Ore Corp. chairman Rafael Umali spoke on Monday. Umali said he hosted a delegation from Xiamen Hongda Alloy, led by its president Zhou Jian, at the site last month.\n\n" +
		"Le Thi Mai, a deputy minister at the Ministry of Industry and Trade, received a delegation in Hanoi led by Formosa Rolling chairman Chen Kuo-hua.\n\n" +
		"Kanto Gas Corp. and Hirose Shoji Co. are old partners. The two set up Kaiun LNG Trading, a Singapore-based joint venture, in 2021. " +
		"Kanto Gas president Ken Arai sat down with Taro Mori on Monday.\n"
	a := parsePage(t, text)
	rels := relationLines(a, false)
	for _, w := range []string{
		"meeting(Rafael Umali, Zhou Jian)",
		"meeting(Le Thi Mai, Chen Kuo-hua)",
		"joint_venture(Kanto Gas Corp., Hirose Shoji Co.)",
		"meeting(Ken Arai, Taro Mori)",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
	found := false
	for _, e := range a.Entities {
		found = found || e.Kind == entity.KindPerson && e.Name == "Ana Villaruz"
	}
	if !found {
		t.Errorf("no writer Ana Villaruz")
	}
}

// TestBuyoutAndAppointment reads a buy-out of a partner in a venture, a
// deal that makes the venture a unit, a board's purchase of a stake and
// the seller's kept share, an appointment "as" a title, and a company
// "the two" set up after teaming up.
func TestBuyoutAndAppointment(t *testing.T) {
	text := "Sugar deal\n\n" +
		"Thai sugar producer Chonburi Cane PCL has bought out its partner Kansai Seito Co in Mackay Cane Milling Pty Ltd for A$185 million. " +
		"Completion makes Mackay Cane Milling Pty Ltd a wholly owned subsidiary of Chonburi Cane PCL.\n\n" +
		"Odisha Ispat Ltd makes steel. The board approved the acquisition of a 74% equity stake in Talcher Coke Pvt Ltd for Rs 1,150 crore. " +
		"The seller, Mahanadi Infra Ventures, will retain the remaining 26%. Separately, Odisha Ispat appointed Kavya Rao as chief financial officer.\n\n" +
		"Hai Phong Steel JSC has teamed up with Taiwan's Tainan Metals Corp to build a mill. The two set up Hai Phong Tainan Rolling Co. to run it.\n"
	a := parsePage(t, text)
	rels := relationLines(a, false)
	for _, w := range []string{
		"acquisition(Chonburi Cane PCL, Mackay Cane Milling Pty Ltd)",
		"stake_in(Chonburi Cane PCL, Mackay Cane Milling Pty Ltd)",
		"joint_venture(Chonburi Cane PCL, Kansai Seito Co)",
		"subsidiary_of(Mackay Cane Milling Pty Ltd, Chonburi Cane PCL)",
		"acquisition(Odisha Ispat Ltd, Talcher Coke Pvt Ltd)",
		"stake_in(Odisha Ispat Ltd, Talcher Coke Pvt Ltd)",
		"stake_in(Mahanadi Infra Ventures, Talcher Coke Pvt Ltd)",
		"executive_of(Kavya Rao, Odisha Ispat Ltd)",
		"joint_venture(Hai Phong Steel JSC, Tainan Metals Corp)",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
	if slices.Contains(rels, "acquisition(Chonburi Cane PCL, Kansai Seito Co)") {
		t.Errorf("the partner bought out is bought: %q", rels)
	}
}

// TestHoldersListedOtherWays reads shareholders listed with their shares
// in brackets (a person among them) and after ", with", a parent listed
// in a city of two words, a unit described before "unit", a cargo
// "bound for" its buyer, and the writer's name and role over the date.
func TestHoldersListedOtherWays(t *testing.T) {
	text := "Rare earths offtake\n\nThe explorer lines up its route to market\n\nJo Brennan\nResources Editor\n11 September 2025\n\n" +
		"Murchison Rare Earths Ltd (ASX: MRE) will ship carbonate to Kuantan Rare Earth Processing Sdn Bhd in Malaysia. Kuantan Rare Earth is a unit of Kuala Lumpur-listed Bukit Tinggi Holdings Bhd (KLSE: 5277).\n\n" +
		"MRE's largest shareholders are Hoshida Corp (12.4%), Perth-based Ashburton Resources Fund (9.8%) and managing director Sarah Pike herself (4.1%).\n\n" +
		"Ningaloo Gas Holdings makes gas. Ningaloo's other shareholders are Osaka-based trading house Shirakawa Corp (8045 JT), with 25%, and Permai Energy Bhd of Malaysia, with 15%; Exmouth Energy keeps the remaining 50%. " +
		"Toyama Gas will buy 10% of Ningaloo Gas Holdings, Exmouth Energy's upstream unit.\n\n" +
		"Dinagat Pacific Nickel Corp. has shipped its first cargo, a 55,000-wmt load of ore bound for Chinese steelmaker Fuqing Stainless Co., this week.\n"
	a := parsePage(t, text)
	rels := relationLines(a, true)
	for _, w := range []string{
		"subsidiary_of(Kuantan Rare Earth Processing Sdn Bhd, Bukit Tinggi Holdings Bhd) 0",
		"stake_in(Hoshida Corp, Murchison Rare Earths Ltd) 12.4",
		"stake_in(Ashburton Resources Fund, Murchison Rare Earths Ltd) 9.8",
		"stake_in(Sarah Pike, Murchison Rare Earths Ltd) 4.1",
		"stake_in(Shirakawa Corp, Ningaloo Gas Holdings) 25",
		"stake_in(Permai Energy Bhd, Ningaloo Gas Holdings) 15",
		"stake_in(Exmouth Energy, Ningaloo Gas Holdings) 50",
		"subsidiary_of(Ningaloo Gas Holdings, Exmouth Energy) 0",
		"supplier_of(Dinagat Pacific Nickel Corp., Fuqing Stainless Co.) 0",
		"executive_of(Sarah Pike, Murchison Rare Earths Ltd) 0",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
	if slices.Contains(rels, "executive_of(Sarah Pike, Ashburton Resources Fund) 0") {
		t.Errorf("a title in a list held at the firm before it: %q", rels)
	}
	lines := entityLines(a)
	if !slices.Contains(lines, "person Jo Brennan (Resources Editor @ )") {
		t.Errorf("no writer with a role in %q", lines)
	}
}

// TestCountryFiledUnder reads the market a page is filed under from its
// dateline's city, a labelled line or a section of its path, and none
// from a page that states none.
func TestCountryFiledUnder(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Steel deal\n\nSEOUL, March 12 (Yonhap) -- Hanil Steel Co. said it will buy ore.\n", "KR"},
		{"Steel deal\n\nTOKYO, Nov. 4 Kyodo - Kansai Steel Corp. said it will buy coal.\n", "JP"},
		{"Alumina\n\nJakarta (ANTARA) - The refinery is on track.\n", "ID"},
		{"Coal pact\n\nNew Delhi, Jan 22 (PTI) Steelmaker Odisha Ispat Ltd signed a pact.\n", "IN"},
		{"Output\n\nKolkata: Durgapur Steel Ltd expects to produce more steel.\n", "IN"},
		{"Nickel\n\nSHANGHAI, May 5 (Reuters) - Nickel prices rose.\n", "CN"},
		{"Coal\n\nULAANBAATAR/BEIJING, March 12 - Coal exports rose by a third.\n", "MN"},
		{"Nickel\n\nKENDARI, Indonesia / SEOUL / NANCHANG, China - 2 September 2026 - PT Kora Nikel Tbk signed a deal.\n", "ID"},
		{"Digest\nMarket: India\n\nSteel, coal and power\n\nListed companies told the exchanges of deals.\n", "IN"},
		{"Home > Commodities > Vietnam > Steel\n\nHoa Phat lifts output\n\nThe steelmaker made more steel.\n", "VN"},
		{"Coal\n\nULAANBAATAR / BAYANNUR, 16 June 2027 - The first train left the mine.\n", "MN"},
		{"Coal\n\nUlaanbaatar /MONTSAME/ Mongolia exported more coal.\n", "MN"},
		{"Coal\n\nUlaanbaatar /MONTSAME Mongolia exported more coal.\n", ""},
		{"Steel deal\n\nKolkata Knight Steel said it will buy ore.\n", ""},
		{"Steel deal\n\nEditor: Jane Doe\n\nHanil Steel Co. said it will buy ore.\n", ""},
	} {
		a := parsePage(t, tc.text)
		got := ""
		if !a.Country.IsZero() {
			got = a.Country.String()
		}
		if got != tc.want {
			t.Errorf("country of %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSubscriptionStory reads a headline's short form that leaves a word
// of the name out, shares subscribed to, owners of the rest "held by" a
// founder named after a place adjective, "the Indonesian company" for a
// firm whose legal form is Indonesian, a delivery to a buyer's plant, and
// a courtesy call.
func TestSubscriptionStory(t *testing.T) {
	text := "Daewon Materials to buy 30 pct of Indonesian smelter\n\n" +
		"SEOUL, March 12 (Yonhap) -- Daewon Advanced Materials Co. (KRX: 298151) said Thursday it will buy into an Indonesian smelter.\n\n" +
		"Daewon will subscribe to newly issued shares in PT Halmahera Nikel Jaya (HNJ), which runs a smelter. " +
		"The remaining shares in HNJ will be held by its founder, Jakarta-based PT Trimitra Logam Persada, with 58 percent, and Chinese partner Dongfang Nickel Co. with 12 percent.\n\n" +
		"Daewon also signed an offtake agreement with HNJ to buy matte. The Indonesian company will deliver the first cargo to Daewon's refinery in Gwangyang.\n\n" +
		"Daewon CEO Park Ji-hoon spoke. Park paid a courtesy call on Rahmat Hidayat, deputy minister at the Ministry of Investment, on Tuesday.\n"
	a := parsePage(t, text)
	rels := relationLines(a, true)
	for _, w := range []string{
		"acquisition(Daewon Advanced Materials Co., PT Halmahera Nikel Jaya) 0",
		"stake_in(Daewon Advanced Materials Co., PT Halmahera Nikel Jaya) 0",
		"stake_in(PT Trimitra Logam Persada, PT Halmahera Nikel Jaya) 58",
		"stake_in(Dongfang Nickel Co., PT Halmahera Nikel Jaya) 12",
		"supplier_of(PT Halmahera Nikel Jaya, Daewon Advanced Materials Co.) 0",
		"meeting(Park Ji-hoon, Rahmat Hidayat) 0",
		"executive_of(Park Ji-hoon, Daewon Advanced Materials Co.) 0",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
	for _, e := range a.Entities {
		if e.Kind == entity.KindPerson && e.Name == "Jakarta" {
			t.Errorf("a place before a hyphen is a person: %+v", e)
		}
		if e.Name == "Daewon Materials" {
			t.Errorf("the headline's short form is an entity of its own")
		}
	}
}

// TestVentureCompanyOwners reads a venture described in apposition and
// owned by two firms, a parent's acronym after ", or", its share of "its
// shares", the rest "owned by" another, a title in capitals that opens
// the sentence before the name, and "It will subscribe" shares.
func TestVentureCompanyOwners(t *testing.T) {
	text := "Alumina refinery\n\n" +
		"The refinery is owned by PT Alumina Borneo Refinery (ABR), a joint venture company owned 60 percent by PT Landak Bauksit Mandiri and 40 percent by Guangxi Hexin Aluminium Co. (HKEX: 1727).\n\n" +
		"Landak Bauksit is a subsidiary of state-owned mining holding PT Industri Logam Nusantara (Persero), or ILN, which holds 65 percent of its shares. The remaining 35 percent is owned by regional enterprise PT Sanggau Jaya Mineral.\n\n" +
		"President Director of PT Landak Bauksit Mandiri, Hendra Wiranto, said the company was studying a second line.\n\n" +
		"Kiku Minerals Co. was set up in 2024. It will subscribe for new Pilbara Rare Earths shares that will give it a 15% stake.\n"
	a := parsePage(t, text)
	rels := relationLines(a, true)
	for _, w := range []string{
		"stake_in(PT Landak Bauksit Mandiri, PT Alumina Borneo Refinery) 60",
		"stake_in(Guangxi Hexin Aluminium Co., PT Alumina Borneo Refinery) 40",
		"joint_venture(PT Landak Bauksit Mandiri, Guangxi Hexin Aluminium Co.) 0",
		"subsidiary_of(PT Landak Bauksit Mandiri, PT Industri Logam Nusantara (Persero)) 0",
		"stake_in(PT Industri Logam Nusantara (Persero), PT Landak Bauksit Mandiri) 65",
		"stake_in(PT Sanggau Jaya Mineral, PT Landak Bauksit Mandiri) 35",
		"executive_of(Hendra Wiranto, PT Landak Bauksit Mandiri) 0",
		"stake_in(Kiku Minerals Co., Pilbara Rare Earths) 15",
		"acquisition(Kiku Minerals Co., Pilbara Rare Earths) 15",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
	for _, e := range a.Entities {
		if e.Name == "ILN" {
			t.Errorf("the acronym after ', or' is an entity of its own")
		}
	}
}

// TestPlanterBuysRest reads a unit described by its parent's share, a
// seller "which currently holds the 45 per cent block", and a person
// referred to later by the first two words of a Malay name.
func TestPlanterBuysRest(t *testing.T) {
	text := "Planter deal\n\n" +
		"Plantation group Ladang Permai Bhd will buy the remaining 45 per cent equity interest in Sabah Agro Ventures Sdn Bhd that it does not own. " +
		"It signed an agreement with Hartanah Tawau Holdings Sdn Bhd, which currently holds the 45 per cent block. Sabah Agro is at present a 55 per cent-owned subsidiary of Ladang Permai.\n\n" +
		"Group managing director Datuk Ahmad Faizal Ismail of Ladang Permai spoke. Ahmad Faizal said he had paid a courtesy call on Plantation Minister Datuk Seri Roslan Hamid last week.\n"
	a := parsePage(t, text)
	rels := relationLines(a, true)
	for _, w := range []string{
		"stake_in(Hartanah Tawau Holdings Sdn Bhd, Sabah Agro Ventures Sdn Bhd) 45",
		"subsidiary_of(Sabah Agro Ventures Sdn Bhd, Ladang Permai Bhd) 0",
		"meeting(Ahmad Faizal Ismail, Roslan Hamid) 0",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
	for _, e := range a.Entities {
		if e.Name == "Ahmad Faizal" {
			t.Errorf("the first two words of a person's name are an entity of their own: %+v", e)
		}
	}
}

// TestJointUndertakingAndSoleSupplier reads a "joint undertaking" of two
// firms each with its own clause, and "the sole supplier of X to Y's
// works".
func TestJointUndertakingAndSoleSupplier(t *testing.T) {
	text := "Coking coal\n\nBowen Creek Coal Ltd makes coal. Mount Carra is a joint undertaking between Bowen Creek, which holds 70 percent, and Tokyo-based trading house Marunami Corp., which holds the rest.\n\n" +
		"Marunami is already the sole supplier of pulverized coal injection (PCI) coal to Sanyo Steel Corp.'s Sakaide works.\n"
	a := parsePage(t, text)
	want := []string{
		"joint_venture(Bowen Creek Coal Ltd, Marunami Corp.)",
		"supplier_of(Marunami Corp., Sanyo Steel Corp.)",
	}
	checkRelations(t, a, false, want)
}

// TestPactInPresenceOfOfficials reads a descriptor after a dateline, a
// minister titled by his field before a comma and his name at the end of
// the sentence, a secretary of a ministry named later, talks between
// them, a firm "majority-owned by" another, and a listed company's
// symbol used alone as its name.
func TestPactInPresenceOfOfficials(t *testing.T) {
	text := "Coking coal pact\n\n" +
		"New Delhi, Jan 22 (PTI) Steelmaker Odisha Ispat Ltd (NSE: ODIS) on Thursday said it has signed a framework agreement with Mongolia's Gobi Erdene Coal LLC on coal.\n\n" +
		"The agreement was signed in the presence of Steel Secretary Ravi Mehta and Mongolia's Minister of Mining and Heavy Industry, Ganbold Bat. " +
		"Mehta held bilateral talks with Bat on Wednesday, an official statement from the Ministry of Steel said.\n\n" +
		"Gobi Erdene, which is majority-owned by Ulaanbaatar-based Erdenes Tavan Holding, produced coal. ODIS shares rose 2%.\n"
	a := parsePage(t, text)
	rels := relationLines(a, false)
	for _, w := range []string{
		"agreement(Odisha Ispat Ltd, Gobi Erdene Coal LLC)",
		"official_of(Ravi Mehta, Ministry of Steel)",
		"official_of(Ganbold Bat, Ministry of Mining and Heavy Industry)",
		"meeting(Ravi Mehta, Ganbold Bat)",
		"stake_in(Erdenes Tavan Holding, Gobi Erdene Coal LLC)",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
	if slices.Contains(rels, "subsidiary_of(Gobi Erdene Coal LLC, Erdenes Tavan Holding)") {
		t.Errorf("majority-owned read as a unit: %q", rels)
	}
	found := false
	for _, e := range a.Entities {
		if strings.HasPrefix(e.Name, "Steelmaker") {
			t.Errorf("the descriptor in a name: %q", e.Name)
		}
		if e.Name == "Odisha Ispat Ltd" {
			found = slices.Contains(e.Aliases, "ODIS")
		}
	}
	if !found {
		t.Errorf("the symbol written alone is not a name of the company")
	}
}

// TestVentureDealRebrandAndReception reads a deal signed to set up a
// joint venture as the venture alone, a name "rebranded from" another,
// and a reception in the passive.
func TestVentureDealRebrandAndReception(t *testing.T) {
	text := "Rare earth venture\n\n" +
		"Son La Rare Earth JSC and Hanil Magnetics Co. on Monday signed a deal in Hanoi to set up a joint venture that will refine rare earths.\n\n" +
		"Hanil chairman Choi Min-ho was received by Deputy Minister of Industry and Trade Pham Van Tuan in Hanoi on Monday.\n\n" +
		"Son La Rare Earth, which rebranded from Muong La Mining JSC in 2022, holds the licence. Bac Kan Ore JSC rebranded as Bac Kan Minerals JSC in 2021.\n"
	a := parsePage(t, text)
	want := []string{
		"joint_venture(Son La Rare Earth JSC, Hanil Magnetics Co.)",
		"meeting(Choi Min-ho, Pham Van Tuan)",
		"official_of(Pham Van Tuan, Ministry of Industry and Trade)",
		"executive_of(Choi Min-ho, Hanil Magnetics Co.)",
		"former_name(Son La Rare Earth JSC, Muong La Mining JSC)",
		"former_name(Bac Kan Minerals JSC, Bac Kan Ore JSC)",
	}
	rels := relationLines(a, false)
	for _, w := range want {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
	if slices.Contains(rels, "agreement(Son La Rare Earth JSC, Hanil Magnetics Co.)") {
		t.Errorf("a deal to set up a venture read as a deal besides: %q", rels)
	}
}

// TestDigestHeadingsInCapitals reads a digest whose items are headed by
// a company's name in capitals, cut short or without the city its name
// opens with: each is the company the item names in full.
func TestDigestHeadingsInCapitals(t *testing.T) {
	text := "Filings digest\n\nA round-up of exchange filings.\n\n" +
		"HUAXIN NONFERROUS (601891.SS) - Copper\nHuaxin Nonferrous Metals Co. said it had agreed to buy 51% of Altyn Copper LLP.\n\n" +
		"KEYANG NEW ENERGY (300824.SZ) - Graphite\nShenzhen Keyang New Energy Technology said it signed a supply contract with Zhongyuan Motors.\n\n" +
		"TIANRUI COBALT (603978.SS) - Cobalt\nTianrui Cobalt Industry plans a listing. Tianrui Cobalt president Wei Jian said so.\n"
	a := parsePage(t, text)
	var companies []string
	for _, e := range a.Entities {
		if e.Kind == entity.KindCompany {
			companies = append(companies, e.Name)
		}
	}
	want := []string{"Huaxin Nonferrous Metals Co.", "Altyn Copper LLP", "Shenzhen Keyang New Energy Technology", "Zhongyuan Motors", "Tianrui Cobalt Industry"}
	if diff := cmp.Diff(want, companies); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
	for _, l := range a.Listings {
		if l.Entity == "" {
			t.Errorf("listing %s has no company", l.Text)
		}
	}
}

// TestReleaseJointVentureAndOfftake reads a joint venture agreement as
// the venture alone, an offtake whose parties the clause after "Under a
// separate offtake agreement," names, and a supply "to the company's
// plant" under a deal with a party described in apposition.
func TestReleaseJointVentureAndOfftake(t *testing.T) {
	text := "Nickel venture\n\n" +
		"PT Luwu Nikel Prima Tbk (IDX: LNPR) today signed a joint venture agreement with Ningbo Ruihe New Energy Co., Ltd. to build a plant. " +
		"The venture, PT Luwu Ruihe Nickel Industry, will make MHP. Under a separate offtake agreement, Ningbo Ruihe will purchase the entire MHP output of PT Luwu Ruihe Nickel Industry for its plants.\n\n" +
		"Rewa Power Ltd rose. The company has signed a 25-year fuel supply agreement with Sonbhadra Coalfields Ltd, a subsidiary of state-owned Bharat Coal Corporation, under which Sonbhadra will supply 4.5 million tonnes per annum of coal to the company's 2,640 MW Sidhi plant.\n"
	a := parsePage(t, text)
	rels := relationLines(a, false)
	for _, w := range []string{
		"joint_venture(PT Luwu Nikel Prima Tbk, Ningbo Ruihe New Energy Co., Ltd.)",
		"agreement(Ningbo Ruihe New Energy Co., Ltd., PT Luwu Ruihe Nickel Industry)",
		"agreement(Rewa Power Ltd, Sonbhadra Coalfields Ltd)",
		"supplier_of(Sonbhadra Coalfields Ltd, Rewa Power Ltd)",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
	if slices.Contains(rels, "agreement(PT Luwu Nikel Prima Tbk, Ningbo Ruihe New Energy Co., Ltd.)") {
		t.Errorf("a joint venture agreement read as a deal besides: %q", rels)
	}
	for _, e := range a.Entities {
		if strings.Contains(e.Name, "MW") {
			t.Errorf("a unit in a name: %q", e.Name)
		}
	}
}

// TestThreeCompaniesOwn reads a consortium of three and "The three
// companies will own the venture, X, in a 51:30:19 split".
func TestThreeCompaniesOwn(t *testing.T) {
	text := "Nickel consortium\n\nPT Banggai Nikel Nusantara Tbk (IDX: BNNU) said it had formed a consortium with China's Zhejiang Huaxin New Energy Co and Guangxi Qinzhou Alloy Co to build a smelter. " +
		"The three companies will own the venture, PT Luwuk Metal Industri, in a 51:30:19 split.\n"
	a := parsePage(t, text)
	want := []string{
		"joint_venture(PT Banggai Nikel Nusantara Tbk, Zhejiang Huaxin New Energy Co)",
		"joint_venture(PT Banggai Nikel Nusantara Tbk, Guangxi Qinzhou Alloy Co)",
		"joint_venture(Zhejiang Huaxin New Energy Co, Guangxi Qinzhou Alloy Co)",
		"stake_in(PT Banggai Nikel Nusantara Tbk, PT Luwuk Metal Industri)",
		"stake_in(Zhejiang Huaxin New Energy Co, PT Luwuk Metal Industri)",
		"stake_in(Guangxi Qinzhou Alloy Co, PT Luwuk Metal Industri)",
	}
	checkRelations(t, a, false, want)
}

// TestContractsToldInTurn reads a company that signed contracts with no
// buyer named, then "Under the largest contract, the Can Tho-based
// company will deliver ... to Y" and "A second contract, with Z, covers".
func TestContractsToldInTurn(t *testing.T) {
	text := "Rice orders\n\nVinh Long Grain JSC (HoSE: VLG), one of the largest rice exporters in the Mekong Delta, has signed contracts to sell 300,000 tonnes of rice to buyers in the Philippines and Indonesia. " +
		"Under the largest contract, the Can Tho-based company will deliver 180,000 tonnes of rice to Manila importer Visayas Grains Trading Corp in monthly shipments. " +
		"A second contract, with Indonesian distributor PT Sumber Beras Nusantara, covers 120,000 tonnes of fragrant rice.\n"
	a := parsePage(t, text)
	want := []string{
		"agreement(Vinh Long Grain JSC, Visayas Grains Trading Corp)",
		"supplier_of(Vinh Long Grain JSC, Visayas Grains Trading Corp)",
		"agreement(Vinh Long Grain JSC, PT Sumber Beras Nusantara)",
	}
	checkRelations(t, a, false, want)
}

// TestDealUnderWhichWithoutSigning reads a deal named with no verb of
// signing, its parties in the clause "under which X will sell ... to Y".
func TestDealUnderWhichWithoutSigning(t *testing.T) {
	text := "Iron ore\n\nKaralee Iron Ore (ASX: KIO) sold shares. The placement comes with an offtake deal under which Karalee will sell up to 4 million tonnes a year of fines to Tangshan Steel for five years.\n"
	a := parsePage(t, text)
	want := []string{
		"agreement(Karalee Iron Ore, Tangshan Steel)",
		"supplier_of(Karalee Iron Ore, Tangshan Steel)",
	}
	checkRelations(t, a, false, want)
}

// TestListingInProse reads a listing told in prose, tied to the company
// named before ", which trade(s) on" or ", whose shares trade on", and a
// code told in prose on a second market as a second listing.
func TestListingInProse(t *testing.T) {
	text := "Lithium deal\n\nHanul Chemical signed a deal. Shares of Hanul Chemical, which trade on the KOSDAQ market under the code 357781, jumped 6.3 percent.\n\n" +
		"Davao Ridge Mining Corp. (DRMC) shipped ore. DRMC, which trades on the Philippine Stock Exchange under the ticker DRMC, is a unit of Mindanao Holdings Inc.\n\n" +
		"Tavan Coal JSC, whose minority shares trade on the Mongolian Stock Exchange under the code TVNC, signed a deal. " +
		"Kazrud (KASE: KZRD) is listed in Almaty, and its shares are also traded on the Astana International Exchange under the ticker KZRD.\n"
	a := parsePage(t, text)
	got := map[string]string{}
	names := map[string]string{}
	for _, e := range a.Entities {
		names[e.ID] = e.Name
	}
	for _, l := range a.Listings {
		x, _ := l.Exchange()
		got[l.Symbol()+" "+x.MIC()] = names[l.Entity]
	}
	want := map[string]string{"357781 XKOS": "Hanul Chemical", "DRMC XPHS": "Davao Ridge Mining Corp.", "TVNC XULA": "Tavan Coal JSC", "KZRD XKAZ": "Kazrud", "KZRD AIXK": ""}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("listings (-want +got):\n%s", diff)
	}
}

// TestSteelVentureStory reads a provincial people's committee as a state
// body, a brand that opens a company's name, its venture's and its
// former name's as the company, and the city a firm is listed in as no
// company.
func TestSteelVentureStory(t *testing.T) {
	text := "Steel venture\n\n" +
		"Binh Phat Steel JSC and Taiwan's Hsin Yuan Steel Corporation will build a mill. Binh Phat Steel (HOSE: BPS) and Hsin Yuan will establish a joint venture, Binh Phat Hsin Yuan Steel Co., Ltd. " +
		"Binh Phat Steel, formerly Binh Phat Construction and Trading JSC, runs a rebar mill. Binh Phat will hold 65 per cent of the venture.\n\n" +
		"Hsin Yuan, which is listed in Taipei (2042.TW), has sold hot-rolled coil to Binh Phat since 2019.\n\n" +
		"Dang Van Tien, Chairman of the Quang Tri Provincial People's Committee, said the province would hand over land.\n"
	a := parsePage(t, text)
	rels := relationLines(a, false)
	for _, w := range []string{
		"stake_in(Binh Phat Steel JSC, Binh Phat Hsin Yuan Steel Co., Ltd.)",
		"supplier_of(Hsin Yuan Steel Corporation, Binh Phat Steel JSC)",
		"official_of(Dang Van Tien, Quang Tri Provincial People's Committee)",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
	for _, e := range a.Entities {
		if e.Name == "Taipei" || e.Name == "Binh Phat" || strings.HasPrefix(e.Name, "the ") {
			t.Errorf("entity %q (%s)", e.Name, e.Kind)
		}
	}
}

// TestOfficerOfTheStoryCompany reads "Managing director X said" opening a
// paragraph after one about another firm as an officer of the company
// the story is about, a chairperson as an executive, and a dateline with
// a site in brackets.
func TestOfficerOfTheStoryCompany(t *testing.T) {
	text := "Carnarvon Rare Earths lands German offtake\n\n" +
		"PERTH (miningweekly.com) – Rare earths developer Carnarvon Rare Earths has signed an offtake agreement with German magnet maker Rheinwerk Magnetik.\n\n" +
		"Rheinwerk, which supplies magnets to carmakers, will also act as cornerstone investor.\n\n" +
		"Managing director Tom Hartley said the deal was the first of its kind.\n\n" +
		"Chairperson Elena Ng said the board expected a decision in 2027.\n"
	a := parsePage(t, text)
	if got := a.Country.String(); got != "AU" {
		t.Errorf("country %q, want AU", got)
	}
	rels := relationLines(a, false)
	for _, w := range []string{
		"executive_of(Tom Hartley, Carnarvon Rare Earths)",
		"executive_of(Elena Ng, Carnarvon Rare Earths)",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
}

// TestHoldingRaisedAndShareholders reads a holding raised in a firm
// described in apposition, "X is now Y's second-largest shareholder
// after Z, which owns 41%", and "with B holding the rest".
func TestHoldingRaisedAndShareholders(t *testing.T) {
	text := "Trading house\n\nKanezawa Shoji (TSE: 8068) trades coal. In January, Kanezawa raised its holding in Colina Copper, the Santiago-based operator of the Cerro Azul mine, to 20% from 12%. " +
		"The Japanese firm is now Colina's second-largest shareholder after Swiss commodity trader Valmont Group, which owns 41%.\n\n" +
		"In 2024 Kanezawa formed a joint venture with Perth-based Kalgan Lithium to build a refinery. The venture, Kanezawa Kalgan Hydroxide, is 49% owned by the Japanese group, with Kalgan holding the rest.\n"
	a := parsePage(t, text)
	want := []string{
		"stake_in(Kanezawa Shoji, Colina Copper) 20",
		"acquisition(Kanezawa Shoji, Colina Copper) 20",
		"stake_in(Valmont Group, Colina Copper) 41",
		"joint_venture(Kanezawa Shoji, Kalgan Lithium) 0",
		"stake_in(Kanezawa Shoji, Kanezawa Kalgan Hydroxide) 49",
		"stake_in(Kalgan Lithium, Kanezawa Kalgan Hydroxide) 0",
	}
	checkRelations(t, a, true, want)
}

// TestTradingHouseFeature reads a section label over the headline, a
// writer's name and role over the date, and "the trading house" as the
// firm the text called one rather than the nearest.
func TestTradingHouseFeature(t *testing.T) {
	text := "Business / Trading houses\n\nKanezaki Shoji doubles down on coking coal\n\nJapanese trader buys into Queensland miner and lifts a copper stake\n\nYuki Hamano, Staff writer\nMarch 11, 2026 05:00 JST\n\n" +
		"TOKYO -- Kanezaki Shoji, the midsize Japanese trading house, is betting on coal. Bowen Hills Coal will sell coal to Kanezaki. The trading house already ships coal to Hokuto Steel.\n"
	a := parsePage(t, text)
	if a.Headline != "Kanezaki Shoji doubles down on coking coal" {
		t.Errorf("headline %q", a.Headline)
	}
	lines := entityLines(a)
	if !slices.Contains(lines, "person Yuki Hamano (Staff writer @ )") {
		t.Errorf("no writer with a role in %q", lines)
	}
	rels := relationLines(a, false)
	if !slices.Contains(rels, "supplier_of(Kanezaki Shoji, Hokuto Steel)") || slices.Contains(rels, "supplier_of(Bowen Hills Coal, Hokuto Steel)") {
		t.Errorf("the trading house misread in %q", rels)
	}
}

// TestUnitPastItsClause reads a legal form after a comma as part of the
// name, its acronym in brackets, a unit "which trades on ... , is a unit
// of" its parent, a title-case short name after ", or", and a venture's
// members without the possessive of an apposition.
func TestUnitPastItsClause(t *testing.T) {
	text := "Nickel ore\n\nAGUSAN RIDGE Mining Corp. (ARMC) has shipped ore. ARMC, which trades on the Philippine Stock Exchange under the ticker ARMC, is a unit of Caraga Resources Holdings, Inc. (CRH). " +
		"Meanwhile, CRH's coal unit, Surigao Coal Mining Corp., produced coal.\n\n" +
		"Luvua Group started output. The mine is run by Kamoa Mining SA, a joint venture between Luvua Resources Co Ltd, the group's Shanghai-listed arm, and Societe Miniere du Katanga Corp., or Somika, the state miner. Somika owns 20 percent of Kamoa Mining.\n"
	a := parsePage(t, text)
	rels := relationLines(a, false)
	for _, w := range []string{
		"subsidiary_of(AGUSAN RIDGE Mining Corp., Caraga Resources Holdings, Inc.)",
		"subsidiary_of(Surigao Coal Mining Corp., Caraga Resources Holdings, Inc.)",
		"joint_venture(Luvua Resources Co Ltd, Societe Miniere du Katanga Corp.)",
		"stake_in(Societe Miniere du Katanga Corp., Kamoa Mining SA)",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
	if slices.Contains(rels, "joint_venture(Luvua Resources Co Ltd, Luvua Group)") {
		t.Errorf("the parent in an apposition read as a partner: %q", rels)
	}
}

// TestVentureSignsPastItsApposition reads a venture described by its
// partners in apposition that signs a contract: the venture signs, and
// the list of partners ends at the comma before the verb.
func TestVentureSignsPastItsApposition(t *testing.T) {
	text := "Potash contract\n\nPrairie Sky Marketing, a joint venture of TSX-listed Northgate Potash (NGP) and Aspen Ridge Resources, signed its 2026 contract with China National Agri Group (CNAG) at $348/mt.\n"
	a := parsePage(t, text)
	want := []string{
		"joint_venture(Northgate Potash, Aspen Ridge Resources)",
		"agreement(Prairie Sky Marketing, China National Agri Group)",
	}
	checkRelations(t, a, false, want)
}

// TestHoldingFirmOwns reads "the holding firm" as the company whose name
// says Holdings, with a legal form after a comma.
func TestHoldingFirmOwns(t *testing.T) {
	text := "Nickel ore\n\nDINAGAT RIDGE Mining Corp. (DRMC) has shipped ore. DRMC is a unit of Caraga Resources Holdings, Inc. (CRH). The holding firm owns 62.4% of the miner, while Singapore-based Straits Ore Pte. Ltd. holds 11.2%.\n"
	a := parsePage(t, text)
	want := []string{
		"subsidiary_of(DINAGAT RIDGE Mining Corp., Caraga Resources Holdings, Inc.) 0",
		"stake_in(Caraga Resources Holdings, Inc., DINAGAT RIDGE Mining Corp.) 62.4",
		"stake_in(Straits Ore Pte. Ltd., DINAGAT RIDGE Mining Corp.) 11.2",
	}
	checkRelations(t, a, true, want)
}

// TestOfficialsOfBodiesNamedNearby reads a vice minister of fields with
// commas as an official of the ministry the text names, and "Permanent
// secretary X said" after a sentence that opens with a ministry.
func TestOfficialsOfBodiesNamedNearby(t *testing.T) {
	text := "Minerals\n\nThe Ministry of Trade, Industry and Energy set out loans. Park Ji-hun, first vice minister of trade, industry and energy, told reporters the loans will rise.\n\n" +
		"ZAMBIA - Zambia's Ministry of Mines and Minerals Development said exports would be banned. Permanent secretary Mwila Banda said the country shipped concentrate.\n"
	a := parsePage(t, text)
	want := []string{
		"official_of(Park Ji-hun, Ministry of Trade, Industry and Energy)",
		"official_of(Mwila Banda, Ministry of Mines and Minerals Development)",
	}
	checkRelations(t, a, false, want)
}

// TestEarlierNamesAndNoteSigners reads "earlier known as" and "which
// rebranded from" as former names (the later name signs), a broker's
// note signed "Analyst: X", and a miner "in which it holds 65%" whose
// remaining share "belongs to" another.
func TestEarlierNamesAndNoteSigners(t *testing.T) {
	text := "Morning Brief\nThursday, 9 April 2026\n\nCoal guidance holds\n\nAnalyst: Somchai Srisuk, CFA | Siam Ridge Securities Public Company Limited\n\n" +
		"Orissa Ispat Ltd makes steel. Orissa Ispat, earlier known as Eastern Sponge Iron Ltd, has a crude steel capacity of 7.5 million tonnes per annum.\n\n" +
		"Formosa Lithium Materials, which rebranded from Chia Tai Electrochemical last year, signed a memorandum of understanding with Yilgarn Spodumene Ltd on supply.\n\n" +
		"Mekong Coal Resources (SET: MCR) kept guidance for PT Kutai Bara Prima, the East Kalimantan miner in which it holds 65%. The remaining 35% belongs to Indonesian partner PT Mahakam Energi Sumber.\n"
	a := parsePage(t, text)
	rels := relationLines(a, true)
	for _, w := range []string{
		"former_name(Orissa Ispat Ltd, Eastern Sponge Iron Ltd) 0",
		"former_name(Formosa Lithium Materials, Chia Tai Electrochemical) 0",
		"agreement(Formosa Lithium Materials, Yilgarn Spodumene Ltd) 0",
		"stake_in(Mekong Coal Resources, PT Kutai Bara Prima) 65",
		"stake_in(PT Mahakam Energi Sumber, PT Kutai Bara Prima) 35",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
	found := false
	for _, e := range a.Entities {
		found = found || e.Kind == entity.KindPerson && e.Name == "Somchai Srisuk"
	}
	if !found {
		t.Errorf("no analyst signing the note")
	}
}

// TestSubscriptionBuysAndQuotedOfficer reads shares subscribed for that
// give a stake as a purchase of it, and an officer named after a quote
// that opens a paragraph as the story's company's.
func TestSubscriptionBuysAndQuotedOfficer(t *testing.T) {
	text := "Tsuruoka Bussan takes stake in Redhill Minerals\n\n" +
		"Tsuruoka Bussan Corp. (TSE: 8070) signed an offtake with Redhill Minerals Ltd (RDH.AX). Tsuruoka Bussan will also subscribe for A$38 million of new Redhill shares, giving it a 9.8% stake in the Perth-based miner.\n\n" +
		"Redhill also sells ore to Kaifeng Steel.\n\n" +
		"\"Growth at home is over,\" chief executive Kenji Ono told a briefing in Tokyo.\n"
	a := parsePage(t, text)
	rels := relationLines(a, false)
	for _, w := range []string{
		"acquisition(Tsuruoka Bussan Corp., Redhill Minerals Ltd)",
		"stake_in(Tsuruoka Bussan Corp., Redhill Minerals Ltd)",
		"executive_of(Kenji Ono, Tsuruoka Bussan Corp.)",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
}

// TestStoryCompanyAfterAnotherFirm reads a page about one company whose
// paragraphs name a supplier last: a paragraph that opens with "The
// company", and an officer named after a quotation of two sentences,
// are the story's company's, not the supplier's.
func TestStoryCompanyAfterAnotherFirm(t *testing.T) {
	text := "Orissa Alloys to double smelter, seals coal pact\n\n" +
		"MUMBAI: Orissa Alloys Ltd (NSE: ORIALL) will expand its Angul smelter, the company said on Wednesday.\n\n" +
		"The company has signed a fuel supply agreement with Talwa Coal Ltd on Monday. Talwa Coal will supply Orissa Alloys with coal for the smelter.\n\n" +
		"\"The coal was the last missing piece. With power secured, Angul becomes one of the cheapest smelters,\" said chief executive officer Arun Mehra.\n\n" +
		"The company, which was renamed from Kalahandi Smelters Ltd in 2019, produced aluminium in 2025.\n"
	a := parsePage(t, text)
	got := relationLines(a, false)
	for _, want := range []string{
		"executive_of(Arun Mehra, Orissa Alloys Ltd)",
		"former_name(Orissa Alloys Ltd, Kalahandi Smelters Ltd)",
		"supplier_of(Talwa Coal Ltd, Orissa Alloys Ltd)",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no %s in %q", want, got)
		}
	}
	for _, bad := range []string{"executive_of(Arun Mehra, Talwa Coal Ltd)", "former_name(Talwa Coal Ltd, Kalahandi Smelters Ltd)"} {
		if slices.Contains(got, bad) {
			t.Errorf("%s in %q", bad, got)
		}
	}
}

// TestSeparatelyTheCompany reads "Separately, the company" opening a
// paragraph after one about another firm as the story's company.
func TestSeparatelyTheCompany(t *testing.T) {
	text := "Hanra Materials signs lithium deal, forms anode venture\n\n" +
		"SEOUL (Wire) - Hanra Materials signed an offtake agreement with Kora Lithium on Thursday.\n\n" +
		"Kora Lithium's managing director, Fiona Ash, said the Perth-based miner would ship from 2027.\n\n" +
		"Separately, the company said it would form a joint venture with Zhong Carbon Co.\n"
	got := relationLines(parsePage(t, text), false)
	if !slices.Contains(got, "joint_venture(Hanra Materials, Zhong Carbon Co.)") {
		t.Errorf("no venture of Hanra Materials in %q", got)
	}
	if slices.Contains(got, "joint_venture(Kora Lithium, Zhong Carbon Co.)") {
		t.Errorf("venture of Kora Lithium in %q", got)
	}
}

// TestInterviewAnswers reads a Q&A page: in the answers, "we", "our" and
// "us" are the interviewee's company, which the standfirst names; a
// question that repeats a rumour states no deal.
func TestInterviewAnswers(t *testing.T) {
	text := "INTERVIEW\n\n'Every contract needs a licence': graphite chief on export controls\n\n" +
		"Jixi Carbon Co.'s chairman says Korean customers are stockpiling\n\n" +
		"Jixi Carbon Co. is one of the country's largest producers of graphite. Its chairman, Zhao Guo, spoke to us.\n\n" +
		"Q: There were reports that Daesan Chemical wants to buy a stake in Jixi Carbon. Is that true?\n\n" +
		"A: No. Our largest shareholder is Longjiang Mining Group, which holds 38%.\n\n" +
		"Q: Who are your customers?\n\n" +
		"A: We supply spherical graphite to Daesan Energy Materials under a contract that runs to 2028. We signed a memorandum of understanding with Yen Graphite JSC in September.\n"
	got := relationLines(parsePage(t, text), false)
	for _, want := range []string{
		"stake_in(Longjiang Mining Group, Jixi Carbon Co.)",
		"supplier_of(Jixi Carbon Co., Daesan Energy Materials)",
		"agreement(Jixi Carbon Co., Yen Graphite JSC)",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no %s in %q", want, got)
		}
	}
	for _, r := range got {
		if strings.HasPrefix(r, "acquisition(") {
			t.Errorf("a rumour read as %s", r)
		}
	}
}

// TestCounterpartySection reads a Japanese filing's overview of the
// counterparty: its shareholders hold it, not the issuer, and its
// representative is its officer; an office a title names is no firm.
func TestCounterpartySection(t *testing.T) {
	text := "February 13, 2026\n" +
		"Company name: Kamino Materials Co., Ltd.\n" +
		"Name of representative: Taro Ishida, Representative Director and President\n" +
		"(Securities code: 4100; TSE Prime Market)\n" +
		"Inquiries: Hana Kudo, General Manager of Corporate Planning\n\n" +
		"Notice Regarding Capital Alliance with Sorsogon Ore Inc.\n\n" +
		"1. Details of the capital alliance\n\n" +
		"The Company will, through its wholly owned subsidiary Kamino Resources Pte. Ltd., subscribe for 38,400,000 new common shares of Sorsogon Ore Inc., representing 15.0% of its issued shares.\n\n" +
		"2. Overview of the counterparty\n\n" +
		"(1) Name: Sorsogon Ore Inc.\n" +
		"(2) Title and name of representative: Ramon Cruz, President and Chief Executive Officer\n" +
		"(3) Major shareholders and shareholding ratios:\n" +
		"    Albay Holdings Corporation  54.2%\n" +
		"    Others                      45.8%\n"
	a := parsePage(t, text)
	got := relationLines(a, true)
	for _, w := range []string{
		"acquisition(Kamino Materials Co., Ltd., Sorsogon Ore Inc.) 0",
		"stake_in(Albay Holdings Corporation, Sorsogon Ore Inc.) 54.2",
		"executive_of(Ramon Cruz, Sorsogon Ore Inc.) 0",
		"executive_of(Taro Ishida, Kamino Materials Co., Ltd.) 0",
		"subsidiary_of(Kamino Resources Pte. Ltd., Kamino Materials Co., Ltd.) 0",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("no %s in %q", w, got)
		}
	}
	for _, e := range a.Entities {
		switch e.Name {
		case "Corporate Planning", "TSE Prime Market":
			t.Errorf("%q is an entity", e.Name)
		}
	}
}

// TestTargetCompanyFiling reads a Korean filing of a decision to buy
// shares: the target company section names what the issuer buys and its
// representative; a rumour the issuer denies buys nothing.
func TestTargetCompanyFiling(t *testing.T) {
	text := "Report on Major Management Matters (Decision on Acquisition of Shares or Equity of Other Corporation)\n\n" +
		"Company name      : Hanbit Chemical Co., Ltd.\n" +
		"Stock code        : 278400\n\n" +
		"1. Target company\n" +
		"   - Company name            : PT Weda Hijau Nikel (\"WHN\")\n" +
		"   - Representative          : Budi Hartono Wijaya (President Director)\n\n" +
		"2. Other matters\n\n" +
		"  (1) The shares will be bought from Linda Nickel Pte. Ltd., a Singapore-incorporated company that is wholly owned by Zhejiang Huasheng Materials Co., Ltd. Ore is supplied to WHN by PT Obi Sejahtera Mineral from its concession.\n\n" +
		"  (2) Regarding the media report of 2026.03.05 that the Company was in negotiations to acquire PT Obi Sejahtera Mineral, the Company has not held any negotiations.\n"
	a := parsePage(t, text)
	got := relationLines(a, false)
	for _, w := range []string{
		"acquisition(Hanbit Chemical Co., Ltd., PT Weda Hijau Nikel)",
		"executive_of(Budi Hartono Wijaya, PT Weda Hijau Nikel)",
		"subsidiary_of(Linda Nickel Pte. Ltd., Zhejiang Huasheng Materials Co., Ltd.)",
		"supplier_of(PT Obi Sejahtera Mineral, PT Weda Hijau Nikel)",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("no %s in %q", w, got)
		}
	}
	if slices.Contains(got, "acquisition(Hanbit Chemical Co., Ltd., PT Obi Sejahtera Mineral)") {
		t.Errorf("a denied rumour is an acquisition: %q", got)
	}
	for _, e := range a.Entities {
		switch e.Name {
		case "Target", "Singapore-incorporated":
			t.Errorf("%q is an entity", e.Name)
		}
	}
}

// TestDisclosureLabels reads an Indonesian disclosure: its labels name
// nothing, the shareholding table of the venture is the venture's, and
// officers are named after their titles and commas.
func TestDisclosureLabels(t *testing.T) {
	text := "IDX  |  Information Disclosure\n" +
		"Listed Company   : PT Borneo Bauksit Raya Tbk\n" +
		"Board            : Main Board\n" +
		"Announcement No. : 027/BBR-CS/III/2026\n" +
		"Date             : 5 March 2026\n\n" +
		"1. Description of the Transaction\n\n" +
		"PT Borneo Bauksit Raya Tbk (the \"Company\") signed a joint venture agreement with Guangxi Huada Aluminium Co., Ltd. to establish PT Kalbar Refinery (\"KR\").\n\n" +
		"2. Shareholding Structure of KR\n\n" +
		"Shareholder                                  %\n" +
		"PT Borneo Bauksit Raya Tbk               51.00\n" +
		"Guangxi Huada Aluminium Co., Ltd.        49.00\n\n" +
		"3. Government Support\n\n" +
		"The Company's President Director, Hendra Wijaya Saputra, met the Director General of Minerals and Coal of the Ministry of Energy and Mineral Resources, Tri Wahyuni, on 27 February 2026 in Jakarta.\n"
	a := parsePage(t, text)
	got := relationLines(a, true)
	for _, w := range []string{
		"stake_in(PT Borneo Bauksit Raya Tbk, PT Kalbar Refinery) 51",
		"stake_in(Guangxi Huada Aluminium Co., Ltd., PT Kalbar Refinery) 49",
		"executive_of(Hendra Wijaya Saputra, PT Borneo Bauksit Raya Tbk) 0",
		"official_of(Tri Wahyuni, Ministry of Energy and Mineral Resources) 0",
		"meeting(Hendra Wijaya Saputra, Tri Wahyuni) 0",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("no %s in %q", w, got)
		}
	}
	for _, e := range a.Entities {
		switch e.Name {
		case "Listed Company", "Announcement No.", "Minerals and Coal", "President Director":
			t.Errorf("%q is an entity", e.Name)
		}
	}
}

// TestCapsHeadingJoiners breaks the names of a heading in capitals at
// BETWEEN, and reads the Far East as a place.
func TestCapsHeadingJoiners(t *testing.T) {
	a := parsePage(t, "SUPPLY AGREEMENT BETWEEN KORA SMELTING SDN BHD AND TANA METALS TRADING FZE\n\nKora Smelting Sdn Bhd ships to the Far East.\n")
	for _, e := range a.Entities {
		if strings.Contains(e.Name, "BETWEEN") || strings.Contains(e.Name, " AND ") || strings.HasPrefix(e.Name, "AND ") || e.Name == "Far East" {
			t.Errorf("entity %q", e.Name)
		}
	}
}

// TestLetterheadIssuer reads the company of a letter's head, over its
// registration number, as the "Company" the letter speaks of and its
// officers' employer.
func TestLetterheadIssuer(t *testing.T) {
	text := "KALINGA COKE INDUSTRIES LIMITED\nCIN: L23101OR2004PLC007815\n\n" +
		"Sub: Acquisition of 26% equity stake in Zambezi Coal Mining, Limitada\n\n" +
		"Kalinga Coke Industries Limited makes coke at Paradip. The Board of Directors of the Company, chaired by Mr. Subrat Das, Chairman & Managing Director, has approved the acquisition of 26% of Zambezi Coal Mining, Limitada from Karoo Coal Holdings Limited.\n\n" +
		"Mr. Ravi Jena, Whole-time Director and CFO of the Company, will be nominated to the board of Zambezi Coal Mining, Limitada.\n"
	a := parsePage(t, text)
	got := relationLines(a, false)
	for _, w := range []string{
		"executive_of(Subrat Das, Kalinga Coke Industries Limited)",
		"executive_of(Ravi Jena, Kalinga Coke Industries Limited)",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("no %s in %q", w, got)
		}
	}
}

// TestRuledShareholderTables reads shareholder tables ruled off with
// dashes, with a head of columns and people among the holders.
func TestRuledShareholderTables(t *testing.T) {
	text := "Company name      : Hanra Nonferrous Co., Ltd.\n\n" +
		"Hanra Nonferrous Co., Ltd. owns Daesung Precious Metals Co., Ltd.\n\n" +
		"Shareholders of Daesung Precious Metals Co., Ltd. (as of 2025.12.31)\n" +
		"-----------------------------------------------------------\n" +
		"Shareholder                           Shares          Stake (%)\n" +
		"-----------------------------------------------------------\n" +
		"Hanra Nonferrous Co., Ltd.            3,620,000         72.40\n" +
		"Others                                  500,000         27.60\n" +
		"-----------------------------------------------------------\n\n" +
		"Status of the Largest Shareholder of the Company and Related Parties\n" +
		"-----------------------------------------------------------\n" +
		"Name                       Relationship                 Stake (%)\n" +
		"-----------------------------------------------------------\n" +
		"Hanra Holdings Co., Ltd.   Largest shareholder              31.25\n" +
		"Park Jong-ho               Related party (Chairman)          4.47\n"
	a := parsePage(t, text)
	got := relationLines(a, true)
	for _, w := range []string{
		"stake_in(Hanra Nonferrous Co., Ltd., Daesung Precious Metals Co., Ltd.) 72.4",
		"stake_in(Hanra Holdings Co., Ltd., Hanra Nonferrous Co., Ltd.) 31.25",
		"stake_in(Park Jong-ho, Hanra Nonferrous Co., Ltd.) 4.47",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("no %s in %q", w, got)
		}
	}
}

// TestDartContractAndShares reads a Korean filing's English page: the
// filer named over its stock code, a supply contract with the
// counterparty its section names, and shares bought in an issuing
// company; "the Company" is the filer, no company of that name.
func TestDartContractAndShares(t *testing.T) {
	text := "DART  |  Electronic Disclosure\n\n" +
		"Jinsan Carbon Materials Co., Ltd.\n" +
		"Stock code: 214800   Market: KOSDAQ\n\n" +
		"Single Sales or Supply Contract (Autonomous Disclosure)\n\n" +
		"1. Counterparty\n" +
		"   - Name: Taesan Energy Solution Co., Ltd.\n" +
		"   - Main business: Batteries\n\n" +
		"2. Other matters\n" +
		"   - Anode material will be produced at the Company's Sejong plant.\n\n" +
		"Decision on Acquisition of Shares or Investment Certificates of Other Corporations\n\n" +
		"1. Issuing company\n" +
		"   - Name: Eyra Graphite Ltd (ASX: EYR)\n" +
		"   - Representative: Thomas Gallard (Managing Director)\n"
	a := parsePage(t, text)
	got := relationLines(a, false)
	for _, w := range []string{
		"supplier_of(Jinsan Carbon Materials Co., Ltd., Taesan Energy Solution Co., Ltd.)",
		"agreement(Jinsan Carbon Materials Co., Ltd., Taesan Energy Solution Co., Ltd.)",
		"acquisition(Jinsan Carbon Materials Co., Ltd., Eyra Graphite Ltd)",
		"executive_of(Thomas Gallard, Eyra Graphite Ltd)",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("no %s in %q", w, got)
		}
	}
	for _, e := range a.Entities {
		if e.Name == "Company" {
			t.Errorf("entity %q", e.Name)
		}
	}
}

// TestFilingCodeAligned checks a disclosure whose cover aligns its
// labels in a column and gives a code of letters, the exchange named
// only in the page's address block; and its list of shareholders under
// an introductory line, rows ruled with dots.
func TestFilingCodeAligned(t *testing.T) {
	text := "DISCLOSURE OF INFORMATION\n\n" +
		"Issuer Name      : PT Sungai Lima Nikel Tbk\nStock Code       : SLNK\nDate             : 2 April 2026\n\n" +
		"To:\nDirectors of the Indonesia Stock Exchange\n\n" +
		"PT Sungai Lima Nikel Tbk (the \"Company\") hereby discloses that its smelter restarted on 1 April 2026.\n\n" +
		"3. Shareholders Holding 5% or More\n\n" +
		"As at 31 March 2026, based on the register of the Company:\n" +
		"   - PT Kemuning Daya Investama ........... 61.10%\n" +
		"   - Orchard Road Capital Pte. Ltd., Singapore  7.25%\n" +
		"   - Public (each below 5%) ............... 31.65%\n"
	a, err := parse.New(parse.Options{}).Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Listings) != 1 || a.Listings[0].Symbol() != "SLNK" || a.Listings[0].MIC() != "XIDX" {
		t.Fatalf("listings = %+v, want SLNK on XIDX", a.Listings)
	}
	if e, ok := a.Entity(a.Listings[0].Entity); !ok || e.Name != "PT Sungai Lima Nikel Tbk" {
		t.Errorf("listing tied to %q, want PT Sungai Lima Nikel Tbk", e.Name)
	}
	want := []string{"stake_in(PT Kemuning Daya Investama, PT Sungai Lima Nikel Tbk) 61.1",
		"stake_in(Orchard Road Capital Pte. Ltd., PT Sungai Lima Nikel Tbk) 7.25"}
	if diff := cmp.Diff(want, relationLines(a, true)); diff != "" {
		t.Errorf("stakes (-want +got):\n%s", diff)
	}
	for _, e := range a.Entities {
		if strings.HasPrefix(e.Name, "Shareholders") {
			t.Errorf("entity %q from the list's heading", e.Name)
		}
	}
	// Two exchanges named: the letters trade on neither for sure.
	b, err := parse.New(parse.Options{}).Parse(strings.Replace(text, "Directors of the Indonesia Stock Exchange", "Directors of the Indonesia Stock Exchange and the Singapore Exchange", 1))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Listings) != 0 {
		t.Errorf("listings with two exchanges named = %+v, want none", b.Listings)
	}
}

// TestAnnouncementDealsUnnamedIssuer checks an announcement whose lines
// open with the deal the issuer made, the issuer unnamed: "Non-binding
// MOU with Y covering ...", "The MOU with Y sets out ...".
func TestAnnouncementDealsUnnamedIssuer(t *testing.T) {
	text := "ASX ANNOUNCEMENT\n12 May 2026\n\n" +
		"Kestrel Iron Limited (\"Kestrel\" or \"the Company\") is pleased to advise that it has executed a binding offtake term sheet with Hanra Steel Co., Ltd.\n\n" +
		"HIGHLIGHTS\n" +
		"• Non-binding memorandum of understanding with Japanese trading house Sanwa Metals Corporation covering a further 0.5 Mtpa\n\n" +
		"The MOU with Tokyo-based Sanwa sets out a framework for the parties to negotiate an offtake. The Company has not signed any binding agreement with Sanwa.\n"
	a := parsePage(t, text)
	want := []string{"agreement(Kestrel Iron Limited, Hanra Steel Co., Ltd.) 0", "agreement(Kestrel Iron Limited, Sanwa Metals Corporation) 0"}
	if diff := cmp.Diff(want, relationLines(a, true)); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestInterviewAnswersFor checks an interview whose answers, set off by
// "A:", speak for the company the headline names: a supplier called
// "they" after the sentence that names it, a sale of "our" cargo, a
// venture whose two owners each hold a share.
func TestInterviewAnswersFor(t *testing.T) {
	text := "INTERVIEW: \"We will not chase feed\" - Kora Copper's Dewi Lestari\n\n" +
		"By Reza Pratama\n\n" +
		"PT Kora Copper Tbk (IDX: KORA) poured its first anode in October. President Director Dewi Lestari spoke to us about feed.\n\n" +
		"Q: Where does the concentrate come from?\n\n" +
		"A: The anchor is PT Tana Tembaga Mineral. They deliver 400,000 dmt a year to us under a ten-year contract.\n\n" +
		"Q: Who are your partners?\n\n" +
		"A: The smelter is owned by PT Kora Smelting Jatim, a joint venture in which we hold 70% and Kitamura Metals Corporation holds 30%.\n\n" +
		"Q: Who buys the cathode?\n\n" +
		"A: This month we sold our first cargo to Sahyadri Cables Ltd in Pune.\n"
	a := parsePage(t, text)
	want := []string{
		"agreement(PT Tana Tembaga Mineral, PT Kora Copper Tbk) 0",
		"executive_of(Dewi Lestari, PT Kora Copper Tbk) 0",
		"joint_venture(PT Kora Copper Tbk, Kitamura Metals Corporation) 0",
		"stake_in(Kitamura Metals Corporation, PT Kora Smelting Jatim) 30",
		"stake_in(PT Kora Copper Tbk, PT Kora Smelting Jatim) 70",
		"supplier_of(PT Kora Copper Tbk, Sahyadri Cables Ltd) 0",
		"supplier_of(PT Tana Tembaga Mineral, PT Kora Copper Tbk) 0",
	}
	got := relationLines(a, true)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestHongKongDiscloseable checks a Hong Kong announcement of an
// acquisition: the two clauses of the sale ("agreed to acquire, and the
// Vendor has conditionally agreed to sell, 51% of"), the target that
// will become "an indirect non-wholly-owned subsidiary", a heading in
// capitals that names a defined term, and the directors listed by
// group at the end.
func TestHongKongDiscloseable(t *testing.T) {
	text := "KORA RARE METALS HOLDINGS LIMITED\n(Stock Code: 3861)\n\n" +
		"The board of directors of Kora Rare Metals Holdings Limited (the \"Company\") is pleased to announce that on 9 March 2026, Kora Metals (Hong Kong) Limited (the \"Purchaser\"), a wholly-owned subsidiary of the Company, entered into a share transfer agreement with Thanh Son Mineral JSC (the \"Vendor\"), pursuant to which the Purchaser has conditionally agreed to acquire, and the Vendor has conditionally agreed to sell, 51% of the equity interest in Lao Cai Refining JSC (the \"Target Company\").\n\n" +
		"Upon completion, the Target Company will become an indirect non-wholly-owned subsidiary of the Company.\n\n" +
		"INFORMATION ON THE TARGET COMPANY\n\n" +
		"The Target Company operates a separation plant in Lao Cai province.\n\n" +
		"As at the date of this announcement, the executive Directors are Mr. Ou Zhi and Ms. Zeng Li; and the independent non-executive Director is Dr. Chan Wah.\n"
	a := parsePage(t, text)
	want := []string{
		"acquisition(Kora Metals (Hong Kong) Limited, Lao Cai Refining JSC) 51",
		"agreement(Kora Metals (Hong Kong) Limited, Thanh Son Mineral JSC) 0",
		"executive_of(Chan Wah, Kora Rare Metals Holdings Limited) 0",
		"executive_of(Ou Zhi, Kora Rare Metals Holdings Limited) 0",
		"executive_of(Zeng Li, Kora Rare Metals Holdings Limited) 0",
		"stake_in(Thanh Son Mineral JSC, Lao Cai Refining JSC) 51",
		"subsidiary_of(Kora Metals (Hong Kong) Limited, Kora Rare Metals Holdings Limited) 0",
		"subsidiary_of(Lao Cai Refining JSC, Kora Rare Metals Holdings Limited) 0",
	}
	got := relationLines(a, true)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
	for _, e := range a.Entities {
		if strings.EqualFold(e.Name, "THE TARGET COMPANY") {
			t.Errorf("entity %q from a heading", e.Name)
		}
	}
}

// TestSingaporeDisposal checks an announcement of a disposal as Singapore
// filings write one: the old name in brackets under the name in
// capitals, numbered paragraphs ("1.2 X currently holds"), the buyer of
// a deal told as the seller's "disposal", a person who holds the rest
// and is a director, a unit "65%-owned", a sale "under ... agreement
// with", a heading in capitals over the shares sold, terms of a resource
// statement, and the signer under "BY ORDER OF THE BOARD".
func TestSingaporeDisposal(t *testing.T) {
	text := "MERIDIAN ZINC HOLDINGS LIMITED\n(formerly known as Meridian Base Metals Ltd)\n\n" +
		"PROPOSED DISPOSAL OF 70% OF THE ISSUED SHARES OF LANNA ZINC MINING CO., LTD.\n\n" +
		"1.1 The Board of Meridian Zinc Holdings Limited (the \"Company\") announces that MZ Resources Pte. Ltd. (\"MZRS\"), a wholly-owned subsidiary of the Company, has entered into a sale and purchase agreement with Chiang Rai Base Metals PCL (\"CRBM\") for the disposal of 70% of the issued shares of Lanna Zinc Mining Co., Ltd. (\"LZM\").\n\n" +
		"1.2 MZRS currently holds 90% of LZM. The remaining 10% is held by Mr. Prasert Wongsuwan, a Thai national and a director of LZM. Upon completion, MZRS will hold 20% of LZM.\n\n" +
		"2.1 The mine had Mineral Resources (inclusive of Ore Reserves) of 11.2 Mt. LZM sells its concentrate under an offtake agreement with Guangdong Lianjiang Smelting Co., Ltd.\n\n" +
		"3.1 CRBM is a Thai base metals producer and is a subsidiary of Siam Northern Holdings Co., Ltd. The proceeds will go to Bac Kan Zinc Refinery JSC (\"BKZR\"), a 65%-owned subsidiary of the Company.\n\n" +
		"BY ORDER OF THE BOARD\n\nLee Wei Jie\nExecutive Director and Chief Executive Officer\n26 January 2026\n"
	a := parsePage(t, text)
	want := []string{
		"acquisition(Chiang Rai Base Metals PCL, Lanna Zinc Mining Co., Ltd.) 70",
		"agreement(Lanna Zinc Mining Co., Ltd., Guangdong Lianjiang Smelting Co., Ltd.) 0",
		"agreement(MZ Resources Pte. Ltd., Chiang Rai Base Metals PCL) 0",
		"executive_of(Lee Wei Jie, Meridian Zinc Holdings Limited) 0",
		"executive_of(Prasert Wongsuwan, Lanna Zinc Mining Co., Ltd.) 0",
		"former_name(Meridian Zinc Holdings Limited, Meridian Base Metals Ltd) 0",
		"stake_in(MZ Resources Pte. Ltd., Lanna Zinc Mining Co., Ltd.) 90",
		"stake_in(Meridian Zinc Holdings Limited, Bac Kan Zinc Refinery JSC) 65",
		"stake_in(Prasert Wongsuwan, Lanna Zinc Mining Co., Ltd.) 10",
		"subsidiary_of(Bac Kan Zinc Refinery JSC, Meridian Zinc Holdings Limited) 0",
		"subsidiary_of(Chiang Rai Base Metals PCL, Siam Northern Holdings Co., Ltd.) 0",
		"subsidiary_of(MZ Resources Pte. Ltd., Meridian Zinc Holdings Limited) 0",
		"supplier_of(Lanna Zinc Mining Co., Ltd., Guangdong Lianjiang Smelting Co., Ltd.) 0",
	}
	got := relationLines(a, true)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
	for _, e := range a.Entities {
		if strings.HasPrefix(e.Name, "OF ") || e.Name == "Mineral Resources" {
			t.Errorf("entity %q", e.Name)
		}
	}
}

// TestReleaseCover checks a press release whose cover gives its fields
// ("Company:", "Date:", "Contact:"): no field is the headline, the
// contact's title is held at the company of the cover, and a product's
// grade names no firm.
func TestReleaseCover(t *testing.T) {
	text := "PRESS RELEASE\n\nCompany: Formosa Copper Foil Corporation\nDate: 12 May 2026\nContact: Chen Mei-ling, Investor Relations Manager, +886 2 2700 1234\n\n" +
		"Formosa Copper Foil signs cathode supply deal with Cebu Copper Smelting\n\n" +
		"TAIPEI, May 12, 2026 -- Formosa Copper Foil Corporation (TWSE: 6271) today announced a five-year deal with Cebu Copper Smelting Inc. for up to 36,000 metric tons of LME Grade A cathode a year.\n"
	a := parsePage(t, text)
	if want := "Formosa Copper Foil signs cathode supply deal with Cebu Copper Smelting"; a.Headline != want {
		t.Errorf("headline = %q, want %q", a.Headline, want)
	}
	got := entityLines(a)
	want := []string{"company Formosa Copper Foil Corporation | Formosa Copper Foil [TW]", "person Chen Mei-ling (Investor Relations Manager @ Formosa Copper Foil Corporation)",
		"company Cebu Copper Smelting Inc. | Cebu Copper Smelting"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestInterviewSpeakers checks an interview whose answers open with the
// speakers' surnames ("Tan:", "Lim:"), the questions with the paper's
// initials: "our biggest buyer" under a contract, a stake "we" hold.
func TestInterviewSpeakers(t *testing.T) {
	text := "Q&A: Borneo Coal Utama's Tan on exports\n\n" +
		"JAKARTA, 3 June 2026 - Asia Resources Weekly spoke to Tan Hock Seng, president director of PT Borneo Coal Utama Tbk, and its chief financial officer, Lim Siew Mei.\n\n" +
		"ARW: Where does your coal go?\n\n" +
		"Tan: We sell most of it to India. Our biggest buyer is Gujarat Power Generation Ltd, which takes about 2 million tonnes a year under a five-year contract.\n\n" +
		"ARW: And the rest?\n\n" +
		"Lim: We also hold 40% of PT Kutai Haul Logistik, which runs our barges.\n"
	a := parsePage(t, text)
	want := []string{
		"agreement(PT Borneo Coal Utama Tbk, Gujarat Power Generation Ltd) 0",
		"executive_of(Lim Siew Mei, PT Borneo Coal Utama Tbk) 0",
		"executive_of(Tan Hock Seng, PT Borneo Coal Utama Tbk) 0",
		"stake_in(PT Borneo Coal Utama Tbk, PT Kutai Haul Logistik) 40",
		"supplier_of(PT Borneo Coal Utama Tbk, Gujarat Power Generation Ltd) 0",
	}
	got := relationLines(a, true)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestDigestItemHeadings checks a digest whose items open with a
// heading in capitals on the line above the item's first sentence, no
// blank line between: the heading names nothing with the sentence.
func TestDigestItemHeadings(t *testing.T) {
	text := "ASIA METALS MORNING NOTE\nTuesday, 10 February 2026\n\n" +
		"AUSTRALIA: FITZROY TO FEED CAPRICORN REFINERY FOR A DECADE\n" +
		"Capricorn Alumina Pty Ltd, the refining venture formed by Fitzroy Resources Ltd and Tomoe Light Metals Co., has signed a supply agreement with Fitzroy.\n\n" +
		"INDIA: 26 COAL BLOCKS ON OFFER IN NEXT AUCTION ROUND\n" +
		"The Ministry of Coal will put 26 blocks up for sale, Additional Secretary Rohit Saxena said.\n"
	a := parsePage(t, text)
	for _, e := range a.Entities {
		if strings.Contains(e.Name, "FITZROY") || strings.Contains(e.Name, "AUCTION") {
			t.Errorf("entity %q runs from a heading into its item", e.Name)
		}
	}
	got := relationLines(a, true)
	slices.Sort(got)
	want := []string{
		"agreement(Capricorn Alumina Pty Ltd, Fitzroy Resources Ltd) 0",
		"joint_venture(Fitzroy Resources Ltd, Tomoe Light Metals Co.) 0",
		"official_of(Rohit Saxena, Ministry of Coal) 0",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestInterviewI checks that "I" in an interview's answers is the person
// the page interviews: the one it names at the company before the first
// answer.
func TestInterviewI(t *testing.T) {
	text := "Q&A: Gaon Carbon's Shin on graphite\n\n" +
		"Shin Dong-hwa took over as president and CEO of Gaon Carbon Materials in March. We spoke to him in Seoul.\n\n" +
		"Q: What are you asking of Seoul?\n\n" +
		"A: Faster permits. I met Director General Kwon Hyuk of the Ministry of Trade, Industry and Energy on November 3.\n"
	checkPageRelations(t, text, false, []string{
		"executive_of(Shin Dong-hwa, Gaon Carbon Materials)",
		"meeting(Shin Dong-hwa, Kwon Hyuk)",
		"official_of(Kwon Hyuk, Ministry of Trade, Industry and Energy)",
	})
}

// TestHoldersAfterProse checks a digest item whose list of holders
// follows a paragraph of prose that ends with its heading
// ("Shareholdings after the deal:"): the holders' shares are of the one
// firm the prose names that the rows do not.
func TestHoldersAfterProse(t *testing.T) {
	text := "Ammonia terminal owners reshuffle stakes\n\n10 March 2026\n\n" +
		"Moji Gas & Power, Miyabi Tanker and Korea's Daehan Fine Chemical have completed the restructuring of Kitakyushu Ammonia Terminal Co., which is to import ammonia from 2030. Daehan bought its stake from Moji, whose holding fell from 65%. Shareholdings after the deal:\n\n" +
		"  Shareholder                     Stake\n" +
		"  Moji Gas & Power Co.            40%\n" +
		"  Miyabi Tanker Co.               35%\n" +
		"  Daehan Fine Chemical Co.        25%\n\n" +
		"The terminal will handle ammonia for co-firing at coal plants in Kyushu from 2030.\n"
	checkPageRelations(t, text, true, []string{
		"stake_in(Daehan Fine Chemical Co., Kitakyushu Ammonia Terminal Co.) 25",
		"stake_in(Miyabi Tanker Co., Kitakyushu Ammonia Terminal Co.) 35",
		"stake_in(Moji Gas & Power Co., Kitakyushu Ammonia Terminal Co.) 40",
	})
}

// TestIssuerUnderItsHeading checks a notice that speaks of "the Company"
// without defining it: the company its heading names with its code is
// the issuer, whose former trade name, holder, purchase deal and
// representative director the items give.
func TestIssuerUnderItsHeading(t *testing.T) {
	text := "Seoul, 2026-03-16\n\nHanra Anode Co., Ltd. (KRX: 123450)\n\n" +
		"1. The Company changed its trade name from Hanra Chemtech Co., Ltd. to Hanra Anode Co., Ltd. on 2023.03.28.\n\n" +
		"2. The largest shareholder of the Company, Hanra Holdings Co., Ltd., holds 38.2% of the Company's issued and outstanding shares.\n\n" +
		"3. The Company will buy up to 6,000 tonnes a year of flake graphite from Tana Flake Ltd under a long-term contract.\n\n" +
		"Representative Director: Kim Min-soo\n"
	a := parsePage(t, text)
	got := relationLines(a, true)
	slices.Sort(got)
	want := []string{
		"agreement(Hanra Anode Co., Ltd., Tana Flake Ltd) 0",
		"executive_of(Kim Min-soo, Hanra Anode Co., Ltd.) 0",
		"former_name(Hanra Anode Co., Ltd., Hanra Chemtech Co., Ltd.) 0",
		"stake_in(Hanra Holdings Co., Ltd., Hanra Anode Co., Ltd.) 38.2",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
	if w := "person Kim Min-soo (Representative Director @ Hanra Anode Co., Ltd.)"; !slices.Contains(entityLines(a), w) {
		t.Errorf("entities %q, want %q among them", entityLines(a), w)
	}
}

// TestDartSummaryPage checks an English summary of DART filings: the
// cover's fields side by side on one line, a supply contract whose
// counterparty stands on its label's line, and an item that is a
// sentence.
func TestDartSummaryPage(t *testing.T) {
	text := "DART  Data Analysis, Retrieval and Transfer System\n\n" +
		"Company : Sunhae Steel Corporation   Stock code : 009620   Market : KOSPI\n" +
		"Filings submitted 2025.09.03\n\n" +
		"[1] Conclusion of Single Sales or Supply Contract\n" +
		"1. Type of Contract : Supply of steel products\n" +
		"4. Counterparty : Jinmyeong Heavy Industries Co., Ltd.\n" +
		"   - Relationship with the Company : Jinmyeong Heavy Industries Co., Ltd. is a subsidiary of Jinmyeong Holdings Co., Ltd., which holds 9.8% of the Company's outstanding shares.\n" +
		"5. Date of Contract : 2025.09.02\n"
	a := parsePage(t, text)
	if len(a.Listings) != 1 || a.Listings[0].Symbol() != "009620" || a.Listings[0].MIC() != "XKRX" {
		t.Errorf("listings = %+v, want 009620 on XKRX", a.Listings)
	}
	got := relationLines(a, false)
	slices.Sort(got)
	want := []string{
		"agreement(Sunhae Steel Corporation, Jinmyeong Heavy Industries Co., Ltd.)",
		"stake_in(Jinmyeong Holdings Co., Ltd., Sunhae Steel Corporation)",
		"subsidiary_of(Jinmyeong Heavy Industries Co., Ltd., Jinmyeong Holdings Co., Ltd.)",
		"supplier_of(Sunhae Steel Corporation, Jinmyeong Heavy Industries Co., Ltd.)",
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("relations %q, want %q among them", got, w)
		}
	}
}

// TestCoverFields checks a filing's fields: a company the cover names
// nowhere else, a title that is a field's label, a name that stops at
// the label opening the next line, and a team that is no firm.
func TestCoverFields(t *testing.T) {
	text := "Company : Sunhae Steel Corporation   Stock code : 009620\n\n[1] Conclusion of Single Sales or Supply Contract\n1. Type of Contract : Supply of steel products\n" +
		"   - The plates will be delivered to the counterparty's shipyard and used in 14 carriers ordered by shipowners in Greece.\n\n" +
		"Representative Director : Kang Tae-yoon\nPerson responsible for disclosure : Oh Se-ri, Manager, IR Team\n"
	a := parsePage(t, text)
	want := []string{"company Sunhae Steel Corporation | Sunhae Steel", "country GR", "person Kang Tae-yoon (Representative Director @ Sunhae Steel Corporation)", "person Oh Se-ri (Manager @ )"}
	if diff := cmp.Diff(want, entityLines(a)); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestNumberedItemsOfANotice checks a notice whose numbered items run on
// with no full stop between them ("14.Other important stipulations:",
// "(1) X is a 100%-owned subsidiary of the Company."), the company's
// name in a field beside its code, and a supply that media reports
// claimed.
func TestNumberedItemsOfANotice(t *testing.T) {
	text := "Market Observation Post System\n\nCompany code: 6837    Company name: Yungsheng Magnet Technology Co., Ltd.\nDate of announcement: 2025/12/05\n\n" +
		"Statement:\n1.Name and nature of the subject matter: common shares of Tay Bac Rare Earth Processing JSC\n" +
		"2.Counterpart to the trade: Tay Bac (subscription for newly issued shares)\n" +
		"14.Other important stipulations:\n" +
		"(1) Yungsheng Magnet (Vietnam) Co., Ltd. is a 100%-owned subsidiary of the Company. Its plant is in Bac Ninh Province.\n" +
		"(2) Regarding media reports that the Company will supply magnets to Kurobe Motor Corporation, the Company clarifies that it has not signed any supply contract.\n"
	checkPageRelations(t, text, true, []string{
		"stake_in(Yungsheng Magnet Technology Co., Ltd., Yungsheng Magnet (Vietnam) Co., Ltd.) 100",
		"subsidiary_of(Yungsheng Magnet (Vietnam) Co., Ltd., Yungsheng Magnet Technology Co., Ltd.) 0",
	})
}

// TestMenusAndCookieBanner checks a web page copied whole: the site's
// menu, one item a line, its cookie banner and its share buttons are
// boilerplate; the headline is the story's, and the byline's date after
// a bar dates it.
func TestMenusAndCookieBanner(t *testing.T) {
	text := "Skip to main content\nOre Desk Daily\nHome\nMarkets\nMetals\nBattery Materials\nPodcasts\nSign in\n\n" +
		"We use cookies to personalise content and ads. By continuing to browse this site you agree to our use of cookies.\nAccept all | Manage preferences\n\n" +
		"Kora Steel signs a Malaysian processing venture\n\nThe group pairs with a Kuala Lumpur firm to separate heavy elements\n\n" +
		"By Tan Wei Ming | 15 July 2025, 06:45 HKT | Updated 15 July 2025, 11:20 HKT\n\n" +
		"Share this article\nFacebook\nX\nLinkedIn\nCopy link\n\n" +
		"Kora Steel Corp. said on Monday it had agreed to form a venture with Seri Mutiara Bhd.\n"
	a := parsePage(t, text)
	if want := "Kora Steel signs a Malaysian processing venture"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := a.AsOf.String(); got != "2025-07-15" {
		t.Errorf("as_of %q, want 2025-07-15", got)
	}
	want := []string{"company Kora Steel Corp. | Kora Steel", "country MY | Malaysian | Kuala Lumpur", "person Tan Wei Ming", "company Seri Mutiara Bhd. | Seri Mutiara"}
	if diff := cmp.Diff(want, entityLines(a)); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestGroupsUnit checks "the group's" in an apposition after a unit: the
// group whose brand the unit bears, not the firm the sentence is about.
func TestGroupsUnit(t *testing.T) {
	text := "Coal deal for a Wenzhou power unit\n\nKuala Lumpur, July 15, 2025\n\nKora Gas Group distributes gas in Zhejiang.\n\n" +
		"Separately, miner PT Tana Energi Tbk said it had agreed to sell coal to Wenzhou Kora Power Co, the group's power generation unit.\n"
	checkPageRelations(t, text, false, []string{"agreement(PT Tana Energi Tbk, Wenzhou Kora Power Co)", "subsidiary_of(Wenzhou Kora Power Co, Kora Gas Group)", "supplier_of(PT Tana Energi Tbk, Wenzhou Kora Power Co)"})
}

// TestShortFormNamedBefore checks a word alone that opens a name the text
// gives only after it ("Kaili Group", "Heshun Coking Coal Co") and sits
// inside a name given before: it stands for the firm named before.
func TestShortFormNamedBefore(t *testing.T) {
	text := "Graphite exports slump\n\nBEIJING, March 20 (Wire) - Shanxi Heshun Carbon Materials said it would keep supplying Daesung Energy Materials. " +
		"Heshun, which was known as Heshun Coking Coal Co until a 2019 restructuring, is 41.5% owned by Shanxi Jinneng Holding Group.\n\n" +
		"Guangdong Kaili New Energy started delivering graphite in February.\n\nKaili, a subsidiary of Shenzhen-listed Kaili Group, plans to add capacity.\n"
	checkPageRelations(t, text, false, []string{
		"former_name(Shanxi Heshun Carbon Materials, Heshun Coking Coal Co)",
		"stake_in(Shanxi Jinneng Holding Group, Shanxi Heshun Carbon Materials)",
		"subsidiary_of(Guangdong Kaili New Energy, Kaili Group)",
		"supplier_of(Shanxi Heshun Carbon Materials, Daesung Energy Materials)",
	})
}

// TestRenamedFirmIsTheCompany checks a rename done: "the company" and the
// short name after it stand for the new name, not the old one.
func TestRenamedFirmIsTheCompany(t *testing.T) {
	text := "Coal note\n\nJAKARTA, March 20 (Wire) - Coal producer PT Kora Batubara Tbk has completed its change of name to PT Kora Energi Transisi Tbk, the company said. " +
		"The company also closed the purchase of 35% of nickel ore miner PT Tana Nikel from Samudra Capital Ltd.\n\n" +
		"Kora mined 11.8 million tonnes of coal in the first nine months. Vice Chairman Benny Halim told analysts the group wants more.\n"
	checkPageRelations(t, text, false, []string{
		"acquisition(PT Kora Energi Transisi Tbk, PT Tana Nikel)",
		"executive_of(Benny Halim, PT Kora Energi Transisi Tbk)",
		"former_name(PT Kora Energi Transisi Tbk, PT Kora Batubara Tbk)",
	})
}

// TestUnitRenamed checks a unit renamed in the sentence that names it a
// unit: the unit is the firm under its new name.
func TestUnitRenamed(t *testing.T) {
	text := "Nickel note\n\nJAKARTA, March 20 (Wire) - PT Kora Mineral Tbk said output rose.\n\n" +
		"The company's wholly owned subsidiary PT Obi Logistik has changed its name to PT Kora Maritim. PT Obi Logistik had run the jetty since 2019.\n"
	checkPageRelations(t, text, false, []string{"former_name(PT Kora Maritim, PT Obi Logistik)", "subsidiary_of(PT Kora Maritim, PT Kora Mineral Tbk)"})
}

// TestDemonymAnaphorByLegalForm checks "the Malaysian company" for a firm
// whose legal form, even with the sentence's full stop after it, is
// Malaysian, and "the Lao company" for the one firm whose legal form
// names no other country.
func TestDemonymAnaphorByLegalForm(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Tin note\n\nBANGKOK, March 20 (Wire) - Andaman Tin PCL signed a purchase agreement with Penang-based Bayan Mining Bhd. " +
			"The Malaysian company will ship up to 350 tonnes of tin a month to Andaman Tin's smelter.\n", "supplier_of(Bayan Mining Bhd., Andaman Tin PCL)"},
		{"Tin note\n\nKUALA LUMPUR, March 20 (Wire) - Straits Tin Smelting Bhd signed a purchase agreement with Phou Sang Mining Co, a miner in Laos. " +
			"Under the contract the Lao company will ship up to 350 tonnes of tin a month to Straits Tin's smelter.\n", "supplier_of(Phou Sang Mining Co, Straits Tin Smelting Bhd)"},
	} {
		a := parsePage(t, tc.text)
		if got := relationLines(a, false); !slices.Contains(got, tc.want) {
			t.Errorf("relations %q, want %q among them", got, tc.want)
		}
	}
}

// TestBulkGoingToAndTheCompanyAsObject checks "with the bulk going to Y"
// after a sale, and "the company" as the object of a relative clause
// whose subject is Y: the firm before, not Y.
func TestBulkGoingToAndTheCompanyAsObject(t *testing.T) {
	text := "Tin note\n\nJAKARTA, March 20 (Wire) - PT Kora Timah expects to sell 4,000 tonnes of ingot in 2026, President Director Agus Salim said in an interview, " +
		"with the bulk going to Tana Solder Metals Co, a Chinese solder maker that signed a two-year offtake with the company in November.\n"
	checkPageRelations(t, text, false, []string{
		"agreement(Tana Solder Metals Co, PT Kora Timah)",
		"executive_of(Agus Salim, PT Kora Timah)",
		"supplier_of(PT Kora Timah, Tana Solder Metals Co)",
	})
}

// TestIsNowAndTheYard checks "X is now Y", a rename told with no verb of
// naming, and "the yard" for a shipbuilder.
func TestIsNowAndTheYard(t *testing.T) {
	text := "Plate note\n\nTOKYO, March 5, 2026 (Wire) - Toyo Denki Kogyo is now Toyo Magnetics Co. The change of name took effect on March 1. " +
		"Kora Steel is now Japan's largest plate maker.\n\nKurosaki Steel supplies about 250,000 tonnes of plate a year to Hayatomo Shipbuilding. " +
		"Kora Steel sells about 100,000 tonnes of plate a year to the yard, which has 41 vessels on order.\n"
	checkPageRelations(t, text, false, []string{
		"former_name(Toyo Magnetics Co., Toyo Denki Kogyo)",
		"supplier_of(Kora Steel, Hayatomo Shipbuilding)",
		"supplier_of(Kurosaki Steel, Hayatomo Shipbuilding)",
	})
}

// checkPageRelations parses text as a page and checks its relations,
// sorted, against want, with their percents if withPercent is set.
func checkPageRelations(t *testing.T, text string, withPercent bool, want []string) {
	t.Helper()
	got := relationLines(parsePage(t, text), withPercent)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestDigestShareButtons checks that a digest whose every item ends with
// its own share buttons is read to its last item: only the last share
// line ends the story.
func TestDigestShareButtons(t *testing.T) {
	text := "THE METALS MORNING\nIssue 12 | Monday, 6 October 2025\n\n" +
		"Kora Smelter Starts Up, Hanra Doubles Down\n\n" +
		"Good morning. Three stories moved metals markets over the weekend.\n\n" +
		"1. COPPER | Indonesia\nKora Copper Smelting Co. began producing cathode on Thursday, the company said in a statement.\nShare: X | LinkedIn | WhatsApp\n\n" +
		"2. COAL | Japan\nJapanese utility Hanra Electric Power Co. signed an offtake agreement with Tana Coal Tbk on Friday.\nShare: X | LinkedIn | WhatsApp\n\n" +
		"3. STEEL | India\nOdisha miner Ruvu Minerals Pvt Ltd shipped iron ore to Ninan Iron & Steel Group in September.\nShare: X | LinkedIn | WhatsApp\n\n" +
		"You are receiving this email because you subscribed to The Metals Morning.\nUnsubscribe | Manage preferences\n"
	a := parsePage(t, text)
	var got []string
	for _, e := range a.Entities {
		if e.Kind == entity.KindCompany {
			got = append(got, e.Name)
		}
	}
	want := []string{"Kora Copper Smelting Co.", "Hanra Electric Power Co.", "Tana Coal Tbk", "Ruvu Minerals Pvt Ltd", "Ninan Iron & Steel Group"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
	if n := len(a.Paragraphs); n != 4 {
		t.Errorf("%d paragraphs, want 4 (the greeting and three items)", n)
	}
}

// TestLetterheadFormerName reads the old name a filing's letterhead
// gives under the issuer's name, in brackets on a line of its own.
func TestLetterheadFormerName(t *testing.T) {
	text := "KORA NON-FERROUS LIMITED\n(formerly known as Kora Aluminium Limited)\nCIN: L27203OR1994PLC003817\n\n" +
		"Ref: KNFL/SEC/2025-26/087                                   Date: August 12, 2025\n\n" +
		"Dear Sir/Madam,\n\n" +
		"We wish to inform you that the Board of Directors of Kora Non-Ferrous Limited (\"the Company\") has approved a new smelter line.\n"
	checkPageRelations(t, text, false, []string{"former_name(Kora Non-Ferrous Limited, Kora Aluminium Limited)"})
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2025-08-12" {
		t.Errorf("as_of %q, want 2025-08-12", got)
	}
}

// TestCompanysUnitBearsItsName ties "the company's subsidiary" to the
// company whose name the unit bears, not to the one the sentence before
// spoke of last.
func TestCompanysUnitBearsItsName(t *testing.T) {
	text := "Coal deal\n\nSYDNEY, 3 March 2025 - Carnegie Coal Ltd said Ruvu Steel Ltd will buy its coal.\n\n" +
		"Under a separate offtake agreement, Carnegie will supply Ruvu with up to 1.5 million tonnes per annum. Ruvu Resources Pte Ltd, the company's wholly owned Singapore subsidiary, handles its coal purchasing.\n"
	got := relationLines(parsePage(t, text), false)
	if !slices.Contains(got, "subsidiary_of(Ruvu Resources Pte Ltd, Ruvu Steel Ltd)") || slices.Contains(got, "subsidiary_of(Ruvu Resources Pte Ltd, Carnegie Coal Ltd)") {
		t.Errorf("relations %q: want Ruvu Resources a subsidiary of Ruvu Steel only", got)
	}
}

// TestDartCoverIssuer reads a DART filing's English cover whose issuer is
// a line of its name and code, with no "Company name" label: the
// counterparty of its supply contract buys from it.
func TestDartCoverIssuer(t *testing.T) {
	text := "[Hanra Ocean] Conclusion of Single Sales or Supply Contract\n\n" +
		"Hanra Ocean Industries Co., Ltd. (KRX: 042710)\nMarket: KOSPI\nReporting date: 2025-03-14\n\n" +
		"1. Type of sales/supply contract: Shipbuilding contract (construction of vessels)\n\n" +
		"4. Counterparty: Kora Gas Carriers Pte. Ltd.\n   - Relationship with the company: None\n   - Location: Singapore\n"
	checkPageRelations(t, text, false, []string{
		"agreement(Hanra Ocean Industries Co., Ltd., Kora Gas Carriers Pte. Ltd.)",
		"supplier_of(Hanra Ocean Industries Co., Ltd., Kora Gas Carriers Pte. Ltd.)",
	})
}

// TestOverviewFields reads a Tokyo notice's overview of the company to
// be acquired: its representative and its major shareholders, field by
// field under its name.
func TestOverviewFields(t *testing.T) {
	text := "February 6, 2026\n\nCompany name: Kaiyo Kisen Kaisha, Ltd.\n\n" +
		"Notice Concerning the Acquisition of Shares of Sakura Bulk Co., Ltd.\n\n" +
		"Kaiyo Kisen Kaisha, Ltd. (the \"Company\") hereby announces that it will acquire shares of Sakura Bulk Co., Ltd.\n\n" +
		"2. Overview of the Subsidiary to Be Acquired\n(1) Name: Sakura Bulk Co., Ltd.\n(2) Location: Kobe, Japan\n" +
		"(3) Title and name of representative: Takeshi Inoue, President\n" +
		"(4) Major shareholders and ownership ratios: Minato Shoji Corporation 85.0%; Hokuriku Finance Co., Ltd. 15.0%\n\n" +
		"3. Overview of the Counterparty\n(1) Name: Minato Shoji Corporation\n(2) Title and name of representative: Yuko Shimizu, President & CEO\n"
	got := relationLines(parsePage(t, text), true)
	for _, w := range []string{
		"executive_of(Takeshi Inoue, Sakura Bulk Co., Ltd.) 0",
		"stake_in(Minato Shoji Corporation, Sakura Bulk Co., Ltd.) 85",
		"stake_in(Hokuriku Finance Co., Ltd., Sakura Bulk Co., Ltd.) 15",
		"executive_of(Yuko Shimizu, Minato Shoji Corporation) 0",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("relations %q, want %q among them", got, w)
		}
	}
}

// TestPeopleMovesPage reads a people-moves page: a firm headed in
// capitals keeps its own name beside its country unit, and "has joined
// X as" gives the post taken at the firm joined (a desk head holds no
// executive post).
func TestPeopleMovesPage(t *testing.T) {
	text := "Executive Moves\n\nUpdated January 16, 2026\n\n" +
		"KORA STEEL (5467 JT)\nKora Steel promoted Jun Abe, 54, to chief financial officer. Mina Oda was named president of Kora Steel America Inc., the group's US unit.\n\n" +
		"HANRA BANK\nLena Vogt has joined Hanra Bank as head of ship finance from Nordvik Capital. Tom Beck will join Ruvu Metals Ltd as its new chief executive.\n"
	a := parsePage(t, text)
	got := entityLines(a)
	for _, w := range []string{"company Kora Steel | KORA STEEL", "company Kora Steel America Inc."} {
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, w) }) {
			t.Errorf("entities %q, want one starting %q", got, w)
		}
	}
	checkPageRelations(t, text, false, []string{
		"executive_of(Jun Abe, Kora Steel)",
		"executive_of(Mina Oda, Kora Steel America Inc.)",
		"executive_of(Tom Beck, Ruvu Metals Ltd)",
		"subsidiary_of(Kora Steel America Inc., Kora Steel)",
	})
}

// TestStandfirstOverByline dates an interview page whose standfirst
// stands over the writer's and the date's lines, below a masthead, a
// menu, a section and the headline.
func TestStandfirstOverByline(t *testing.T) {
	text := "ANODE WEEKLY\nSupply Chain | Cathode | Anode | Policy | Interviews\nInterviews\n\n" +
		"\"Europe needs local anode\": Kora Carbon's Mina Oda\n\n" +
		"The graphite maker is building in Morocco. Its chief explains why.\n\n" +
		"By Lena Vogt, Senior Correspondent\n3 September 2026\n\n" +
		"Kora Carbon Co. is one of China's largest makers of anode material. Mina Oda spoke to us in Stuttgart.\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2026-09-03" {
		t.Errorf("as_of %q, want 2026-09-03", got)
	}
	if len(a.Paragraphs) == 0 || !strings.HasPrefix(text[a.Paragraphs[0].Start:], "Kora Carbon Co.") {
		t.Errorf("paragraphs %v: want the body to open with its first paragraph", a.Paragraphs)
	}
}

// TestHongKongAnnouncement reads a Hong Kong filing: a letterhead whose
// Chinese name stands between the English name and its former name; a
// title of two filing kinds in capitals over lines; names starred and
// followed by their Chinese names, with brackets inside, before the
// defined terms; holders written "owned as to 70% by Mr. X"; and talk
// of a further purchase, which is none.
func TestHongKongAnnouncement(t *testing.T) {
	text := "KORA NONFERROUS HOLDINGS LIMITED\n康拉有色控股有限公司\n(formerly known as Kora Mining Group Limited)\n(Incorporated in the Cayman Islands with limited liability)\n(Stock Code: 2687)\n\n" +
		"VOLUNTARY ANNOUNCEMENT AND DISCLOSEABLE TRANSACTION\nACQUISITION OF 51% EQUITY INTEREST IN\nTANA COBALT CO., LTD.\n\n" +
		"The board of directors of Kora Nonferrous Holdings Limited (the \"Company\") announces that on 14 March 2026, Kora Cobalt (Guangxi) Co., Ltd.* (康拉鈷業(廣西)有限公司) (the \"Purchaser\"), an indirect wholly-owned subsidiary of the Company, entered into an agreement with Ruvu Investment Limited (the \"Vendor\"), pursuant to which the Purchaser has agreed to acquire 51% of the equity interest in Tana Cobalt Co., Ltd.* (塔納鈷業有限公司) (the \"Target\").\n\n" +
		"Upon Completion, the Target will be owned as to 51% by the Purchaser and as to 49% by the Vendor, and will become an indirect non-wholly owned subsidiary of the Company.\n\n" +
		"The Vendor is an investment holding company and is owned as to 70% by Mr. Tan Guoliang and as to 30% by Ms. Ou Meiling.\n\n" +
		"The Directors are aware of market speculation that the Group is in discussions to acquire the remaining 49% equity interest in the Target.\n"
	a := parsePage(t, text)
	if want := "VOLUNTARY ANNOUNCEMENT AND DISCLOSEABLE TRANSACTION ACQUISITION OF 51% EQUITY INTEREST IN TANA COBALT CO., LTD."; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	checkPageRelations(t, text, true, []string{
		"acquisition(Kora Cobalt (Guangxi) Co., Ltd., Tana Cobalt Co., Ltd.) 51",
		"agreement(Kora Cobalt (Guangxi) Co., Ltd., Ruvu Investment Limited) 0",
		"former_name(Kora Nonferrous Holdings Limited, Kora Mining Group Limited) 0",
		"stake_in(Kora Cobalt (Guangxi) Co., Ltd., Tana Cobalt Co., Ltd.) 51",
		"stake_in(Ou Meiling, Ruvu Investment Limited) 30",
		"stake_in(Ruvu Investment Limited, Tana Cobalt Co., Ltd.) 49",
		"stake_in(Tan Guoliang, Ruvu Investment Limited) 70",
		"subsidiary_of(Kora Cobalt (Guangxi) Co., Ltd., Kora Nonferrous Holdings Limited) 0",
		"subsidiary_of(Tana Cobalt Co., Ltd., Kora Nonferrous Holdings Limited) 0",
	})
}

// TestTranslatedFilingStory reads a story translated from Chinese: the
// short name a bracket defines "hereinafter", "its subsidiary" after a
// filing to an exchange (the firm's, not the exchange's), and a general
// manager with a Chinese name in brackets, who works at the firm the
// story is about.
func TestTranslatedFilingStory(t *testing.T) {
	text := "Kora Lithium to build plant\n\n" +
		"Kora Lithium Industry Co., Ltd. (康拉锂业股份有限公司, 002869.SZ, hereinafter \"Kora Lithium\") said in a filing to the Shenzhen Stock Exchange on April 21 that its wholly-owned subsidiary Tana New Energy Materials Co., Ltd. plans to invest 3.6 billion yuan in a plant.\n\n" +
		"General manager Deng Hui (邓晖) added that Kora Lithium also holds a 48.5% interest in Ruvu Minerals S.A.\n"
	a := parsePage(t, text)
	got := entityLines(a)
	if !slices.ContainsFunc(got, func(s string) bool {
		return strings.HasPrefix(s, "company Kora Lithium Industry Co., Ltd.") && strings.Contains(s, "| Kora Lithium |")
	}) {
		t.Errorf("entities %q: want Kora Lithium an alias of Kora Lithium Industry Co., Ltd.", got)
	}
	checkPageRelations(t, text, false, []string{
		"executive_of(Deng Hui, Kora Lithium Industry Co., Ltd.)",
		"stake_in(Kora Lithium Industry Co., Ltd., Ruvu Minerals S.A.)",
		"subsidiary_of(Tana New Energy Materials Co., Ltd., Kora Lithium Industry Co., Ltd.)",
	})
}

// TestInterviewFrontedPartner reads the answers of an interview whose turns
// open with the speakers' names: "we" is the speaker's company, which
// signed with the firm a fronted "With X" names and supplies the owner
// of the plant it names.
func TestInterviewFrontedPartner(t *testing.T) {
	text := "\"Europe needs local anode\": Kora Carbon's Mina Oda\n\n" +
		"Kora Carbon Materials Co., Ltd. is one of China's largest anode makers. Mina Oda, its vice president for international business, spoke to Anode Weekly in Stuttgart.\n\n" +
		"AW: Who will buy the material?\n\n" +
		"Oda: We supply Hanseong Energy's cell plant in Hungary today. With Japan's Tsukuba Cell Corp. we signed a memorandum of understanding last year.\n\n" +
		"AW: Where does your graphite come from?\n\n" +
		"Oda: We buy from Kilwa Graphite Ltd. in Tanzania under a ten-year offtake.\n"
	checkPageRelations(t, text, false, []string{
		"agreement(Kora Carbon Materials Co., Ltd., Kilwa Graphite Ltd.)",
		"agreement(Kora Carbon Materials Co., Ltd., Tsukuba Cell Corp.)",
		"executive_of(Mina Oda, Kora Carbon Materials Co., Ltd.)",
		"supplier_of(Kora Carbon Materials Co., Ltd., Hanseong Energy)",
	})
}

// TestDartCoverOfficer reads a cover's field that names the issuer's
// representative director, and its reporting date.
func TestDartCoverOfficer(t *testing.T) {
	text := "[Hanra Ocean] Conclusion of Single Sales or Supply Contract\n\n" +
		"Hanra Ocean Industries Co., Ltd. (KRX: 042710)\nMarket: KOSPI\nRepresentative Director: Ryu Jae-won\nReporting date: 2025-03-14\n\n" +
		"Summary: Hanra Ocean Industries said it had won an order for four LNG carriers.\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2025-03-14" {
		t.Errorf("as_of %q, want 2025-03-14", got)
	}
	checkPageRelations(t, text, false, []string{"executive_of(Ryu Jae-won, Hanra Ocean Industries Co., Ltd.)"})
}

// TestOfficerOfTheStorysCompany gives an officer named with a title
// alone, sentences after the last firm the text named, to the company
// the story is about.
func TestOfficerOfTheStorysCompany(t *testing.T) {
	text := "Q1 Review: Silver Cushions A Softer Quarter\n\n" +
		"Kora Zinc Ltd's Q1 EBITDA of Rs 2,410 crore beat consensus by 3%. We raise our target price to Rs 512.\n\n" +
		"- Mined metal production was below our estimate.\n- Refined zinc output was 198 kt.\n- Cost of production fell to $1,021/t.\n- Silver contributed 38% of EBITDA.\n\n" +
		"Earnings call\n\n" +
		"Management reiterated guidance for the year. Volumes will rise. Grades will recover. CEO Sunil Rathore said on the earnings call that the new smelter is on track.\n"
	checkPageRelations(t, text, false, []string{"executive_of(Sunil Rathore, Kora Zinc Ltd)"})
}

// TestWeeklyHeadlineDate takes the date of a weekly page from its
// headline's "week ending" when the page states no other, and does not
// read that headline as an address for the year that ends it.
func TestWeeklyHeadlineDate(t *testing.T) {
	text := "MINESDESK\nNews | Markets | People & Deals | Data\n\nPEOPLE & DEALS\n\n" +
		"Mining Moves: who's in, who's out and who's buying - week ending 13 March 2026\n\n" +
		"By the MinesDesk team | 6 min read\n\n" +
		"* Kora Minerals Ltd named Sunita Raghavan chief executive from 1 April. She joins from Tana Alumina.\n"
	a := parsePage(t, text)
	if want := "Mining Moves: who's in, who's out and who's buying - week ending 13 March 2026"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := a.AsOf.String(); got != "2026-03-13" {
		t.Errorf("as_of %q, want 2026-03-13", got)
	}
}

// TestTranscriptSpeakers reads a podcast transcript: the speakers in
// capitals after the time are people, and "we" in the answers of the
// chief executive is his company.
func TestTranscriptSpeakers(t *testing.T) {
	text := "THE BULK CALL - Episode 142\nCoking coal after the squeeze\nRecorded 12 February 2026 | 41:27\n\n" +
		"[00:00:04] TOM BEAUMONT: Welcome back. Today I'm joined by Ravi Menon, managing director and CEO of Kora Valley Coal.\n\n" +
		"[00:00:21] RAVI MENON: Great to be here.\n\n" +
		"[00:01:29] TOM BEAUMONT: Ravi, what does your book look like?\n\n" +
		"[00:01:33] RAVI MENON: In December we signed a five-year offtake with Samcheok Steel.\n"
	a := parsePage(t, text)
	got := entityLines(a)
	for _, w := range []string{"person TOM BEAUMONT", "person Ravi Menon | RAVI MENON"} {
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, w) }) {
			t.Errorf("entities %q, want one starting %q", got, w)
		}
	}
	if got := a.AsOf.String(); got != "2026-02-12" {
		t.Errorf("as_of %q, want 2026-02-12", got)
	}
	checkPageRelations(t, text, false, []string{
		"agreement(Kora Valley Coal, Samcheok Steel)",
		"executive_of(Ravi Menon, Kora Valley Coal)",
	})
}

// TestWhoHoldsTable reads a newspaper's table of a target's holders under
// a "Who holds X" heading: each row's firm holds its share of X, and no
// name runs from the heading into the first row.
func TestWhoHoldsTable(t *testing.T) {
	text := "Bid news\n\nRuvu Lithium Industry Co., Ltd. launched a bid for Kora Lithium. Hanra Battery Materials has an offtake with Kora Lithium.\n\n" +
		"Who holds Kora\n  Jarrah Minerals                         14.9%\n  Hanra Battery Materials                 9.8%\n  Source: substantial holder notices\n"
	checkPageRelations(t, text, true, []string{
		"agreement(Hanra Battery Materials, Kora Lithium) 0",
		"stake_in(Hanra Battery Materials, Kora Lithium) 9.8",
		"stake_in(Jarrah Minerals, Kora Lithium) 14.9",
	})
}

// TestListedDeals reads a government release that lists the MoUs
// exchanged, one item a pair of parties under roman numerals.
func TestListedDeals(t *testing.T) {
	text := "Ministry of Mines\n\nIndia and Australia sign MoUs\n\n" +
		"Three Memoranda of Understanding (MoUs) were exchanged today in New Delhi.\n\n" +
		"The MoUs exchanged today are:\n\n" +
		"i. Kora Minerals Corporation Limited (KMCL) and Tana Lithium Limited (ASX: TLX) - for joint exploration of lithium tenements;\n\n" +
		"ii. Ruvu Alumina Corporation Limited (RACL), a unit of Hanra Holdings Limited, and Arnhem Alumina Pty Ltd - for the supply of alumina; and\n\n" +
		"iii. Lauh Khanij Limited and Yilgarn Mining Ltd - for cooperation in beneficiation.\n\n" +
		"The Minister said the agreements would help Indian industry.\n"
	checkPageRelations(t, text, false, []string{
		"agreement(Kora Minerals Corporation Limited, Tana Lithium Limited)",
		"agreement(Lauh Khanij Limited, Yilgarn Mining Ltd)",
		"agreement(Ruvu Alumina Corporation Limited, Arnhem Alumina Pty Ltd)",
		"subsidiary_of(Ruvu Alumina Corporation Limited, Hanra Holdings Limited)",
	})
}

// TestBoardApprovedItems reads the items a filer's board approved, noun
// phrases with no subject: the filer buys the firm an item's acquisition
// names, and is party to the agreement an item's execution names.
func TestBoardApprovedItems(t *testing.T) {
	text := "Outcome of Board Meeting\n\n" +
		"Kora Metals & Alloys Limited (the \"Company\") informs that its Board of Directors approved the following:\n\n" +
		"1. Acquisition of 74% (seventy-four per cent) of the paid-up equity share capital of Tana Manganese Mines Private Limited from its existing shareholders, for a cash consideration not exceeding Rs. 212.40 crore.\n\n" +
		"2. Execution of a Supply Agreement with Shinano Alloy Co., Ltd. for the supply by the Company of 60,000 MT per annum of ferro manganese.\n"
	checkPageRelations(t, text, true, []string{
		"acquisition(Kora Metals & Alloys Limited, Tana Manganese Mines Private Limited) 74",
		"agreement(Kora Metals & Alloys Limited, Shinano Alloy Co., Ltd.) 0",
	})
}

// TestSignOff reads the writer who signs a newsletter off after a dash,
// with a role or none; a name after a single dash is an item of a list
// unless a role follows it.
func TestSignOff(t *testing.T) {
	text := "The Tin Line\n\nTin stocks rose\n\nKora Tin Bhd said output rose this week.\n\n" +
		"- Johor\n- Perak\n\n" +
		"That's it for this week.\n\n-- Farah Idris, editor\n\n(c) 2025 The Tin Line. All rights reserved.\n"
	a := parsePage(t, text)
	people := entityLinesOf(a, "person")
	want := []string{"person Farah Idris (editor @ )"}
	if diff := cmp.Diff(want, people); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestFilerTable reads a translated Korean filing: its "Filer:" field
// names the issuer that "the Company" stands for, its table of the
// contract makes the issuer and the counterparty parties to an
// agreement of the type the table gives, a sub-item's representative is
// the counterparty's, and the reporting officer is the filer's.
func TestFilerTable(t *testing.T) {
	text := "Hanra Cathode Co., Ltd. / Report on Material Facts / 2025.03.18\n\n" +
		"Conclusion of Long-term Raw Material Purchase Agreement\n\n" +
		"Filer: Hanra Cathode Co., Ltd. (KOSDAQ: 291230)\n" +
		"Date of filing: 2025.03.18\n\n" +
		"1. Type of agreement                | Long-term offtake (purchase) agreement\n" +
		"2. Subject matter                   | Spodumene concentrate\n" +
		"3. Counterparty                     | Tana Lithium Ltd (ASX: TNL)\n" +
		"   - Representative                 | Mark Holloway, Managing Director\n" +
		"4. Contract period                  | 2026.01.01 ~ 2030.12.31\n\n" +
		"The Company holds 9.9% of the issued shares of Tana Lithium Ltd as of today. The Company was formerly named Hanra Chemical Co., Ltd. and changed its name in 2021.\n\n" +
		"Reporter: Kim Do-hyun, Representative Director & CEO\n" +
		"Disclosure officer: Lee Ji-won, Head of Investor Relations (Tel. 02-555-0100)\n"
	checkPageRelations(t, text, true, []string{
		"agreement(Hanra Cathode Co., Ltd., Tana Lithium Ltd) 0",
		"executive_of(Kim Do-hyun, Hanra Cathode Co., Ltd.) 0",
		"executive_of(Mark Holloway, Tana Lithium Ltd) 0",
		"former_name(Hanra Cathode Co., Ltd., Hanra Chemical Co., Ltd.) 0",
		"stake_in(Hanra Cathode Co., Ltd., Tana Lithium Ltd) 9.9",
	})
	a := parsePage(t, text)
	people := entityLinesOf(a, "person")
	want := []string{
		"person Mark Holloway (Managing Director @ Tana Lithium Ltd)",
		"person Kim Do-hyun (Representative Director & CEO @ Hanra Cathode Co., Ltd.)",
		"person Lee Ji-won (Head of Investor Relations @ Hanra Cathode Co., Ltd.)",
	}
	if diff := cmp.Diff(want, people); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestCoverOfFields reads a Tokyo filing's cover: its fields, wrapped
// over lines, head nothing; the title under them is the headline; the
// representative named with his title after a comma is the issuer's; a
// firm the title describes in capitals ("Australian Coking Coal
// Company") is no company.
func TestCoverOfFields(t *testing.T) {
	text := "                                                                   March 3, 2025\n" +
		"To whom it may concern,\n" +
		"                    Company name:   Tosa Steel Corporation\n" +
		"                    Representative: Kenta Mori, President and Representative Director\n" +
		"                                    (Securities code: 5499, TSE Prime Market)\n" +
		"                    Inquiries:      Aya Fujii, General Manager,\n" +
		"                                    Corporate Communications Department\n\n" +
		"Notice Regarding Acquisition of Shares of Australian Coking Coal Company\n\n" +
		"Tosa Steel Corporation (the \"Company\") hereby announces that it will acquire 25.0% of the issued shares of Kora Coal Pty Ltd.\n"
	a := parsePage(t, text)
	if want := "Notice Regarding Acquisition of Shares of Australian Coking Coal Company"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	got := entityLinesOf(a, "person", "company")
	// (The code line ties the cover's name to its listing, so the
	// company is named first, and placed in the market's country.)
	want := []string{
		"company Tosa Steel Corporation | Company | Tosa Steel [JP]",
		"person Kenta Mori (President and Representative Director @ Tosa Steel Corporation)",
		"person Aya Fujii (General Manager @ Tosa Steel Corporation)",
		"company Kora Coal Pty Ltd. | Kora Coal",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestPhotoCaptionAboveBody reads the caption under a "[Photo]" marker
// above the body as sentences: the people it names with their titles,
// whom the body then calls by surname alone. An indented label wrapped
// under a title is no part of it.
func TestPhotoCaptionAboveBody(t *testing.T) {
	text := "Kora signs deal\n\n[Photo]\n" +
		"Kora Steel CEO Yoo Jin-seok (R) shakes hands with Tana Mining President Rafael Monteiro Aguiar after signing a supply agreement in Seoul on June 12, 2025, in this photo provided by Kora Steel. (Yonhap)\n\n" +
		"By Kim Hye-sun\n\n" +
		"SEOUL, June 12 (Yonhap) -- Kora Steel Co. said Thursday it has signed a 10-year agreement to buy up to 3 million tons of iron ore pellets from Brazilian miner Tana Mining S.A.\n\n" +
		"\"Brazil is a natural partner,\" Kora CEO Yoo said.\n\n" +
		"(3) Name and title of       Craig Holt, Chief Executive Officer\n" +
		"    representative\n"
	checkPageRelations(t, text, false, []string{
		"agreement(Kora Steel Co., Tana Mining S.A.)",
		"executive_of(Craig Holt, Kora Steel Co.)",
		"executive_of(Rafael Monteiro Aguiar, Tana Mining S.A.)",
		"executive_of(Yoo Jin-seok, Kora Steel Co.)",
	})
	a := parsePage(t, text)
	people := entityLinesOf(a, "person")
	want := []string{
		"person Yoo Jin-seok | Yoo (CEO @ Kora Steel Co.)",
		"person Rafael Monteiro Aguiar (President @ Tana Mining S.A.)",
		"person Kim Hye-sun",
		"person Craig Holt (Chief Executive Officer @ Kora Steel Co.)",
	}
	if diff := cmp.Diff(want, people); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestVentureOwners reads a venture formed in a given year by two firms,
// then owned by three: every two of its owners are partners in it.
func TestVentureOwners(t *testing.T) {
	text := "Nickel venture\n\nThe plant belongs to Halmahera Nickel, a venture formed in 2023 by Tokyo-listed Tsurugi Mining and Indonesian nickel miner Teluk Weda Nikel. " +
		"Halmahera Nickel is owned 45% by Tsurugi Mining, 35% by Teluk Weda Nikel and 20% by trading house Kiyomizu Corp. " +
		"Under the venture's shareholder agreement, Halmahera Nickel sells its output to Tsurugi Mining.\n"
	checkPageRelations(t, text, true, []string{
		"agreement(Halmahera Nickel, Tsurugi Mining) 0",
		"joint_venture(Teluk Weda Nikel, Kiyomizu Corp.) 0",
		"joint_venture(Tsurugi Mining, Kiyomizu Corp.) 0",
		"joint_venture(Tsurugi Mining, Teluk Weda Nikel) 0",
		"stake_in(Kiyomizu Corp., Halmahera Nickel) 20",
		"stake_in(Teluk Weda Nikel, Halmahera Nickel) 35",
		"stake_in(Tsurugi Mining, Halmahera Nickel) 45",
		"supplier_of(Halmahera Nickel, Tsurugi Mining) 0",
	})
}

// TestSpeakerList reads a conference's list of speakers, a name opening
// each line, a dash, the title and the firm or body: a head of a field
// in capitals, two titles joined by "and", a department before its body.
func TestSpeakerList(t *testing.T) {
	text := "Asia Minerals Forum 2025 | Singapore\n\nPosted 14 November 2025 by the editorial team\n\nPanel recap: how Seoul and Tokyo buy raw materials\n\n" +
		"Buyers from Korea and Japan told a packed room that long-term offtake will matter more than price.\n\nSpeakers\n" +
		"  Priya Raman (moderator) \u2013 Head of Battery Metals Research, Castellan Analytics\n" +
		"  Hong Seung-woo \u2013 Executive Vice President and Head of Raw Materials, Kora Cathode Co. (KOSDAQ: 357880)\n" +
		"  Aiko Fujimura \u2013 Director General, Metals Strategy Department, Japan Organization for Metals and Energy Security (JOGMEC)\n" +
		"  Rangi Whitcombe \u2013 Chief Commercial Officer, Tana Copper Ltd (ASX: TCU)\n\n" +
		"Raman opened with Castellan's numbers.\n"
	a := parsePage(t, text)
	people := entityLinesOf(a, "person")
	want := []string{
		"person Priya Raman | Raman (Head of Battery Metals Research @ Castellan Analytics)",
		"person Hong Seung-woo (Executive Vice President and Head of Raw Materials @ Kora Cathode Co.)",
		"person Aiko Fujimura (Director General @ Japan Organization for Metals and Energy Security)",
		"person Rangi Whitcombe (Chief Commercial Officer @ Tana Copper Ltd)",
	}
	if diff := cmp.Diff(want, people); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestMastheadOverIssueLine takes the headline under a masthead, its
// issue line and the site's menu, and the date of a post signed by a
// desk.
func TestMastheadOverIssueLine(t *testing.T) {
	for _, tc := range []struct{ text, headline, asOf string }{
		{"BULK & PORTS NORTH ASIA  \u2014  Weekly\nIssue 37/2025  \u00b7  Week ending 13 September 2025\nFreight | Ports | Line-ups | Fixtures | Data | Archive | Subscribe\n\n" +
			"Capes firm as mills restock ore\n\nRates on the West Australia run edged higher as steelmakers brought forward cargoes to cover the holiday.\n",
			"Capes firm as mills restock ore", "2025-09-13"},
		{"Asia Minerals Forum 2025 | Singapore\nAgenda | Speakers | Sponsors | Media | Register\n\nPosted 14 November 2025 by the editorial team\n\n" +
			"Panel recap: how Seoul and Tokyo buy raw materials\n\nBuyers from Korea and Japan told a packed room that long-term offtake will matter more than price.\n",
			"Panel recap: how Seoul and Tokyo buy raw materials", "2025-11-14"},
	} {
		a := parsePage(t, tc.text)
		if a.Headline != tc.headline || a.AsOf.String() != tc.asOf {
			t.Errorf("headline %q as of %s, want %q as of %s", a.Headline, a.AsOf, tc.headline, tc.asOf)
		}
	}
}

// TestAppointments reads a column of appointments: the post is at the
// body or firm that appoints unless the title names another (a unit
// named after a comma); what the person was ("former banker", an aside
// between commas) gives way to the post.
func TestAppointments(t *testing.T) {
	text := "People and moves\n\nAppointments across the industry this week.\n\n" +
		"Japan's Ministry of Economy, Trade and Industry appointed Takeshi Onodera director of the Mineral Resources Division.\n\n" +
		"Meiwa Holdings named Dr. Emily Sato chief technology officer of its battery materials unit, Hokuriku Cathode Co., effective November 1.\n\n" +
		"Kyungpo Shipbuilding appointed Oh Min-ji, a professor of naval architecture at Pusan National University, as an outside director.\n\n" +
		"Namhae Lithium Korea, the joint venture between Korea's Geumgang Chemical and Chile's Minera Altiplano S.A., named Lee Ha-eun as chief executive officer.\n\n" +
		"The Ministry of Trade, Industry and Energy named Yoon Hye-jin director general for resource security policy.\n\n" +
		"Hallett Ridge Minerals appointed former banker Olivia Brennan as non-executive chair.\n"
	checkPageRelations(t, text, false, []string{
		"executive_of(Emily Sato, Hokuriku Cathode Co.)",
		"executive_of(Lee Ha-eun, Namhae Lithium Korea)",
		"executive_of(Oh Min-ji, Kyungpo Shipbuilding)",
		"executive_of(Olivia Brennan, Hallett Ridge Minerals)",
		"joint_venture(Geumgang Chemical, Minera Altiplano S.A.)",
		"official_of(Takeshi Onodera, Ministry of Economy, Trade and Industry)",
		"official_of(Yoon Hye-jin, Ministry of Trade, Industry and Energy)",
		"subsidiary_of(Hokuriku Cathode Co., Meiwa Holdings)",
	})
}

// TestPhotoMarkerOnCaptionLine reads a caption whose photo marker opens
// its own line.
func TestPhotoMarkerOnCaptionLine(t *testing.T) {
	text := "Hanbit signs lithium deal\n\n" +
		"[Photo] Hanbit Chemical CEO Yoon Sung-min (right) and Kestrel Lithium managing director Ben Harlow shake hands after signing the offtake agreement in Seoul on Tuesday. (Courtesy of Hanbit Chemical)\n\n" +
		"SEOUL, Oct. 21 -- Hanbit Chemical Co. said it signed an offtake agreement with Australia's Kestrel Lithium Ltd on Tuesday.\n\n" +
		"\"This was the condition for everything else,\" Yoon told reporters. Harlow said the rest would go to traders.\n"
	checkPageRelations(t, text, false, []string{
		"agreement(Hanbit Chemical Co., Kestrel Lithium Ltd)",
		"executive_of(Ben Harlow, Kestrel Lithium Ltd)",
		"executive_of(Yoon Sung-min, Hanbit Chemical Co.)",
	})
}

// TestBoardList reads a filing's list of a company's directors under a
// heading that names the company by its short name: each line a
// director holding the post the next column gives.
func TestBoardList(t *testing.T) {
	text := "Acquisition of shares\n\nKora Agro Public Company Limited (the \"Company\") will buy shares of Tana Potash Mining Company Limited (\"TPM\").\n\n" +
		"4.5 Board of directors of TPM after the transaction\n\n" +
		"     1. Mr. Somchai Srisawat         Chairman    (nominated by the Company)\n" +
		"     2. Ms. Lattana Phommachanh      Director    (nominated by the seller)\n\n" +
		"5. Payment\n\nThe consideration will be paid in cash.\n"
	checkPageRelations(t, text, false, []string{
		"acquisition(Kora Agro Public Company Limited, Tana Potash Mining Company Limited)",
		"executive_of(Lattana Phommachanh, Tana Potash Mining Company Limited)",
		"executive_of(Somchai Srisawat, Tana Potash Mining Company Limited)",
	})
}

// TestProjectCompanyShares checks the owners of a project company that
// the sentence before names, each listed with its share and the verb
// left out; a family's possessive before the parent of the first owner;
// and the partners' agreement, the second partner named after a
// country's possessive.
func TestProjectCompanyShares(t *testing.T) {
	text := "Pasig Chemicals Fuse Gas Deal\n\nBy Ana Reyes\n\n" +
		"Pasig Chemicals Corp. and Japan's Kibitsu Gas Co. Ltd. will build a methanol plant in Bataan.\n\n" +
		"The partners signed a shareholders' agreement on Monday for Bataan Methanol Corp., the project company. " +
		"Pasig Chemicals, the chemicals arm of the Tanco family's Marikina Holdings Inc., will hold 55 percent, Kibitsu 35 percent, and Ilocos Farmers Inc. the remaining 10 percent.\n"
	checkPageRelations(t, text, true, []string{
		"agreement(Pasig Chemicals Corp., Kibitsu Gas Co. Ltd.) 0",
		"joint_venture(Kibitsu Gas Co. Ltd., Ilocos Farmers Inc.) 0",
		"joint_venture(Pasig Chemicals Corp., Ilocos Farmers Inc.) 0",
		"joint_venture(Pasig Chemicals Corp., Kibitsu Gas Co. Ltd.) 0",
		"stake_in(Ilocos Farmers Inc., Bataan Methanol Corp.) 10",
		"stake_in(Kibitsu Gas Co. Ltd., Bataan Methanol Corp.) 35",
		"stake_in(Pasig Chemicals Corp., Bataan Methanol Corp.) 55",
		"subsidiary_of(Pasig Chemicals Corp., Marikina Holdings Inc.) 0",
	})
}

// TestFiledUnderNoHeadline checks that a line of a page's categories
// ("Filed under: ...") above the title is no headline.
func TestFiledUnderNoHeadline(t *testing.T) {
	text := "CEBU DAILY LEDGER\nHome  >  Business\nFiled under: Philippines, Energy, Corporate\n\n" +
		"Visayan power firm to buy coal from Kalimantan miner\n\nBy Jose Santos\n\n" +
		"Visayan Power Corp. will buy coal from PT Borneo Coal.\n"
	if got, want := parsePage(t, text).Headline, "Visayan power firm to buy coal from Kalimantan miner"; got != want {
		t.Errorf("headline = %q, want %q", got, want)
	}
}

// TestInterviewPage checks an interview: the writer signed "Interview
// by X | date"; the interviewee's firm from the headline's possessive,
// not the firm the sentence before names; "our chairman" the same firm's;
// the owners of a vehicle the answer before describes ("V is the company
// that holds our new mine. We own 70% and B owns the other 30%"); shares
// of "the company" bought; and "the Director-General of the Department of
// X, Y," the body's official.
func TestInterviewPage(t *testing.T) {
	text := "\"Japan is the steady market\": Tarrawonga Coal's Megan Hart on Hanra, Saito and rail\n\n" +
		"Interview by Oliver Grant  |  October 6, 2025  |  6 min read\n\n" +
		"Tarrawonga Coal Ltd (ASX: TWC) mined 2.1 million tonnes of coking coal in the year to June. " +
		"In 2023 Korean steelmaker Hanra Steel Co bought 14.5% of the company. We spoke to managing director Megan Hart in Sydney.\n\n" +
		"Q: Where does Mount Kembla fit in?\n\n" +
		"Hart: Kembla Coking Coal Pty Ltd is the company that holds our new mine. We own 60% and Saito Shoji Corp, the Japanese trading house, owns the other 40%.\n\n" +
		"Q: And the state?\n\n" +
		"Hart: Our chairman, Colin Reid, met the Director-General of the Department of Regional Mines, Sarah Boyd, on Friday.\n"
	a := parsePage(t, text)
	people := entityLinesOf(a, "person")
	wantPeople := []string{
		"person Megan Hart | Hart (managing director @ Tarrawonga Coal Ltd)",
		"person Oliver Grant",
		"person Colin Reid (chairman @ Tarrawonga Coal Ltd)",
		"person Sarah Boyd (Director-General @ Department of Regional Mines)",
	}
	if diff := cmp.Diff(wantPeople, people); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	got := relationLines(a, true)
	for _, w := range []string{
		"acquisition(Hanra Steel Co, Tarrawonga Coal Ltd) 14.5",
		"stake_in(Hanra Steel Co, Tarrawonga Coal Ltd) 14.5",
		"stake_in(Saito Shoji Corp, Kembla Coking Coal Pty Ltd) 40",
		"official_of(Sarah Boyd, Department of Regional Mines) 0",
		"executive_of(Megan Hart, Tarrawonga Coal Ltd) 0",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %s in %q", w, got)
		}
	}
	if slices.Contains(got, "stake_in(Saito Shoji Corp, Tarrawonga Coal Ltd) 40") {
		t.Errorf("the other 40%% read as a share of the interviewee's firm: %q", got)
	}
}

// TestMailedNewsletterHead checks a mailed newsletter's head: the date
// after a label and a bar with spaces around it, and "View in browser"
// over the first item, no headline.
func TestMailedNewsletterHead(t *testing.T) {
	text := "TIN & TUNGSTEN DAILY\nYour morning briefing  |  Thursday, 23 October 2025\nView in browser  |  Forward to a colleague\n\n" +
		"Kora Tin Ltd will deliver tin concentrate to Yunnan Tin Co.\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2025-10-23" {
		t.Errorf("as of = %s, want 2025-10-23", got)
	}
	if strings.Contains(a.Headline, "browser") {
		t.Errorf("headline = %q, a mailing's links", a.Headline)
	}
}

// TestVentureOwnersWithRest checks the owners of a venture given as one
// owner's share "with" the others': each holds its share and all are
// partners.
func TestVentureOwnersWithRest(t *testing.T) {
	text := "Linhai Steel Corp and Ise Trading Co will build a scrap yard.\n\n" +
		"Linhai Steel will own 60% of the venture, Kaohsiung Scrap Processing Co, with Ise Trading holding 30% and local shipping firm Cijin Marine Co the remaining 10%.\n"
	checkPageRelations(t, text, true, []string{
		"joint_venture(Ise Trading Co, Cijin Marine Co) 0",
		"joint_venture(Linhai Steel Corp, Cijin Marine Co) 0",
		"joint_venture(Linhai Steel Corp, Ise Trading Co) 0",
		"stake_in(Cijin Marine Co, Kaohsiung Scrap Processing Co) 10",
		"stake_in(Ise Trading Co, Kaohsiung Scrap Processing Co) 30",
		"stake_in(Linhai Steel Corp, Kaohsiung Scrap Processing Co) 60",
	})
}

// TestEditorInDateLine checks a writer's label set apart by a column's
// gap on the date's line: "Source: X   Editor: Y".
func TestEditorInDateLine(t *testing.T) {
	text := "China Metals Daily\n2025-10-24 08:30   Source: China Metals Daily   Editor: Wang Lihua\n\n" +
		"Hexin Silicon to sell stake\n\nHexin Silicon Industry Co said it would sell a stake in a unit.\n"
	a := parsePage(t, text)
	// (The label is the writer's title.)
	if got, want := entityLinesOf(a, "person"), []string{"person Wang Lihua (Editor @ )"}; !slices.Equal(got, want) {
		t.Errorf("people = %q, want %q", got, want)
	}
}

// TestFilingHeadingAndSignature checks a filing's heading in capitals
// whose lines a sentence takes in ("IN PT X\nAND\nENTRY INTO ..."), and
// a signature whose title opens with "Company" on the line under the
// name.
func TestFilingHeadingAndSignature(t *testing.T) {
	text := "(Stock Code: 3312)\n\nDISCLOSEABLE TRANSACTION\nACQUISITION OF 60% EQUITY INTEREST IN PT HALMAHERA BUMI NIKEL\nAND\nENTRY INTO ORE SUPPLY AGREEMENT\n\n" +
		"The Company has agreed to buy 60% of PT Halmahera Bumi Nikel.\n\nBy Order of the Board\nTan Mei Hua\nCompany Secretary\n"
	a := parsePage(t, text)
	for _, l := range entityLinesOf(a, "company", "person") {
		if strings.Contains(l, "ENTRY") || strings.Contains(l, "Tan Mei Hua Company") {
			t.Errorf("entity %q runs over a line break", l)
		}
	}
	if got := entityLinesOf(a, "person"); !slices.Contains(got, "person Tan Mei Hua (Company Secretary @ )") && !slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, "person Tan Mei Hua (Company Secretary") }) {
		t.Errorf("people = %q, want Tan Mei Hua, Company Secretary", got)
	}
}

// TestDigestItemShortForms checks a digest's item heading that names
// firms by the opening words of the names its body gives after: one
// company each; but a group or a region's unit stays a firm of its own.
func TestDigestItemShortForms(t *testing.T) {
	text := "ASIA METALS DIGEST\n\n" +
		"Inaba Nickel to supply Daegu Cathode\n" +
		"Inaba Nickel Refining Co. agreed to supply 8,000 t of nickel sulphate to Korean cathode maker Daegu Cathode Materials Co. in 2026.\n\n" +
		"Mokpo Cable shares rise\n" +
		"Mokpo Cable said its unit Mokpo Cable Asia won an order.\n"
	a := parsePage(t, text)
	want := []string{
		"company Inaba Nickel Refining Co. | Inaba Nickel | Inaba Nickel Refining",
		"company Daegu Cathode Materials Co. | Daegu Cathode | Daegu Cathode Materials [KR]",
		"company Mokpo Cable",
		"company Mokpo Cable Asia",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "company")); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
}

// TestBylineWithColon checks "By: X" over a date line that gives the
// time of day first: the writer, with no title, and the date.
func TestBylineWithColon(t *testing.T) {
	text := "BUSINESS\n\nVisayas fertilizer maker to build urea plant\n\nBy: Maria L. Cruz\n05:48 AM July 14, 2025\n\n" +
		"Visayas Agri-Chemical Inc. will build a urea plant in Bataan.\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2025-07-14" {
		t.Errorf("as of = %s, want 2025-07-14", got)
	}
	if got, want := entityLinesOf(a, "person"), []string{"person Maria L. Cruz"}; !slices.Equal(got, want) {
		t.Errorf("people = %q, want %q", got, want)
	}
}

// TestCallTranscript checks a call's transcript: the speakers listed
// above the body with their titles ("Name - Title", "Name - Firm -
// Title"), held at the company the page is about unless the line names
// a firm; a field after the titles ("Fuel & Trading") is no firm; and
// "we" in a speaker's answer, over the paragraphs it goes on for, is the
// speaker's company.
func TestCallTranscript(t *testing.T) {
	text := "Hokuriku Gas Co., Ltd. (9532 JT)\nFY2025 Results Briefing - Transcript\n\n" +
		"CORPORATE PARTICIPANTS\n" +
		"Taro Yamada \u2014 President and Representative Director\n" +
		"Jiro Tanaka \u2014 Director, Senior Managing Executive Officer, Fuel & Trading\n\n" +
		"CONFERENCE CALL PARTICIPANTS\n" +
		"Ken Mori \u2014 Harbourline Capital Markets \u2014 Analyst\n\n" +
		"PRESENTATION\n\n" +
		"Taro Yamada: Thank you all for joining. Profit rose.\n\n" +
		"Jiro Tanaka: I will cover fuel. Our imports were 2.14 million tonnes.\n\n" +
		"On long-term contracts, in September we signed a 15-year sales and purchase agreement with Tanjung Sari LNG Sdn Bhd in Malaysia.\n\n" +
		"Ken Mori: Thank you. Will you sign more?\n"
	a := parsePage(t, text)
	want := []string{
		"person Taro Yamada (President and Representative Director @ Hokuriku Gas Co., Ltd.)",
		"person Jiro Tanaka (Director, Senior Managing Executive Officer @ Hokuriku Gas Co., Ltd.)",
		"person Ken Mori (Analyst @ Harbourline Capital Markets)",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	for _, l := range entityLinesOf(a, "company") {
		if strings.Contains(l, "Fuel") {
			t.Errorf("a field of the firm is a company: %q", l)
		}
	}
	got := relationLines(a, false)
	if !slices.Contains(got, "agreement(Hokuriku Gas Co., Ltd., Tanjung Sari LNG Sdn Bhd)") {
		t.Errorf("relations = %q, want the speaker's company's agreement", got)
	}
}

// TestEnvoyTitle checks "Philippine Ambassador to Thailand X": the title
// with the country of the post, held for the country before it.
func TestEnvoyTitle(t *testing.T) {
	a := parsePage(t, "Talks in Bangkok\n\nDr. Kittipong Wattana met Philippine Ambassador to Thailand Teresita L. Monzon at the headquarters.\n")
	if got, want := entityLinesOf(a, "person"), []string{"person Kittipong Wattana | Dr. Kittipong Wattana", "person Teresita L. Monzon (Ambassador to Thailand @ Philippines)"}; !slices.Equal(got, want) {
		t.Errorf("people = %q, want %q", got, want)
	}
}

// TestShoutedLetterheadWithLegalForm checks a filer's name in capitals
// with its legal form heading its page ("PERMATA GAS BERHAD"): the
// filer's own name, not a short form of its unit's whose name goes on
// from it.
func TestShoutedLetterheadWithLegalForm(t *testing.T) {
	text := "KINTA GAS BERHAD\n\nStock Code : 5298\n\nCHANGE IN BOARDROOM\n\n" +
		"The Board of Directors of Kinta Gas Berhad (\"Kinta\" or \"the Company\") announces changes.\n\n" +
		"The Company's wholly-owned subsidiary, Kinta Gas Marketing Sdn Bhd, grew its sales.\n"
	a := parsePage(t, text)
	want := []string{
		"company Kinta Gas Berhad | KINTA GAS BERHAD | Kinta | the Company | Kinta Gas",
		"company Kinta Gas Marketing Sdn Bhd | Kinta Gas Marketing",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "company")); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
}

// TestBoardChangeNotice checks a notice of changes to a board as Bursa
// Malaysia announcements set it: each "Name : X" field with the
// "Designation : Y" under it is a person, named without the honorifics,
// who holds the title at the issuer; a person who will step down holds
// the post until then; the secretary who signs, with a membership
// number after the name; and the place of signing is no one.
func TestBoardChangeNotice(t *testing.T) {
	text := "KINTA GAS BERHAD\n\nCHANGE IN BOARDROOM\n\n" +
		"The Board of Directors of Kinta Gas Berhad (\"Kinta\" or \"the Company\") wishes to announce the following changes.\n\n" +
		"Date of change          : 01 Jul 2025\n" +
		"Name                    : DATO' SRI AHMAD FAUZI BIN MOHD RASHID\n" +
		"Age                     : 61\n" +
		"Designation             : Chairman\n" +
		"Type of change          : Appointment\n\n" +
		"Dato' Sri Ahmad Fauzi began his career as a process engineer in 1988.\n\n" +
		"Name                    : PUAN FARAHANIM BINTI ABDUL LATIFF\n" +
		"Designation             : Managing Director\n\n" +
		"She succeeds Encik Rosli bin Hamzah, who will step down as Managing Director on 30 June 2025.\n\n" +
		"For and on behalf of the Board\nKINTA GAS BERHAD\nWong Mei Ling (MAICSA 7061234)\nCompany Secretary\nKuala Lumpur\n"
	a := parsePage(t, text)
	want := []string{
		"person AHMAD FAUZI BIN MOHD RASHID | Ahmad Fauzi (Chairman @ Kinta Gas Berhad)",
		"person FARAHANIM BINTI ABDUL LATIFF (Managing Director @ Kinta Gas Berhad)",
		"person Rosli bin Hamzah | Encik Rosli bin Hamzah (Managing Director @ Kinta Gas Berhad)",
		"person Wong Mei Ling (Company Secretary @ Kinta Gas Berhad)",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestBrazilianLegalFormDot checks that the dot of "Ltda." ends no
// sentence: the alias in brackets after it is the firm's, and "the
// Target Company" stands for it.
func TestBrazilianLegalFormDot(t *testing.T) {
	text := "Huaxin buys into Serra Azul\n\nHuaxin Resources Limited agreed to buy 60% of the equity interest in Minas Serra Azul Mineração Ltda. (the \"Target Company\") for US$186.0 million. " +
		"The Target Company, formerly known as Mineração Rio Pardo Ltda., is a limited liability company.\n"
	a := parsePage(t, text)
	want := []string{
		"company Huaxin Resources Limited | Huaxin | Huaxin Resources",
		"company Minas Serra Azul Mineração Ltda. | Target Company | Minas Serra Azul Mineração",
		"company Mineração Rio Pardo Ltda. | Mineração Rio Pardo",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "company")); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
	checkPageRelations(t, text, false, []string{
		"acquisition(Huaxin Resources Limited, Minas Serra Azul Mineração Ltda.)",
		"former_name(Minas Serra Azul Mineração Ltda., Mineração Rio Pardo Ltda.)",
		"stake_in(Huaxin Resources Limited, Minas Serra Azul Mineração Ltda.)",
	})
}

// TestItsLargestShareholders checks "Its largest shareholders are A,
// with x%, B (y%)": the owners of the firm the sentence before is about;
// and a Portuguese firm's word ("Investimentos") makes a company.
func TestItsLargestShareholders(t *testing.T) {
	for _, text := range []string{
		"Ferro Sul\n\nFerro Sul Mineração S.A. produced 38.6 million tonnes of iron ore in 2024. Its largest shareholders are Cordilheira Investimentos, with 22.5%, Japan's Hoshimura Shoji, with 9.1%, and Norwegian fund Fjellkraft Kapital, with 4.8%.\n",
		"Ferro Sul\n\nFerro Sul Mineração S.A. produced 38.6 million tonnes of iron ore in 2024. Its largest shareholders are Cordilheira Investimentos (22.5%), Japan's Hoshimura Shoji (9.1%) and Norwegian fund Fjellkraft Kapital (4.8%).\n",
	} {
		checkPageRelations(t, text, true, []string{
			"stake_in(Cordilheira Investimentos, Ferro Sul Mineração S.A.) 22.5",
			"stake_in(Fjellkraft Kapital, Ferro Sul Mineração S.A.) 4.8",
			"stake_in(Hoshimura Shoji, Ferro Sul Mineração S.A.) 9.1",
		})
	}
}

// TestStakeToldBefore checks "X agreed to sell a 40% stake in its unit
// to Y" then "Y will acquire the stake in Z", a caption between: Y buys
// 40% of Z; "X will keep 60% of the unit": X holds the rest of Z, its
// subsidiary still. A sentence after "Ltda." opens after its dot.
func TestStakeToldBefore(t *testing.T) {
	text := "Ferro Sul sells pellet stake\n\n" +
		"Ferro Sul Mineração S.A. has agreed to sell a 40% stake in its pelletizing subsidiary to Baichuan Iron & Steel Group.\n\n" +
		"[Photo caption: A reclaimer at the Barra Seca terminal.]\n\n" +
		"Baichuan will acquire the stake in Ferro Sul Pelotização Ltda, which runs four lines. Ferro Sul will keep 60% of the unit.\n\n" +
		"Kora Trading bought 5% of Rio Pardo Ltda. Ferro Sul Mineração S.A. said nothing.\n"
	checkPageRelations(t, text, true, []string{
		"acquisition(Baichuan Iron & Steel Group, Ferro Sul Pelotização Ltda) 40",
		"acquisition(Kora Trading, Rio Pardo Ltda.) 5",
		"stake_in(Baichuan Iron & Steel Group, Ferro Sul Pelotização Ltda) 40",
		"stake_in(Ferro Sul Mineração S.A., Ferro Sul Pelotização Ltda) 60",
		"stake_in(Kora Trading, Rio Pardo Ltda.) 5",
		"subsidiary_of(Ferro Sul Pelotização Ltda, Ferro Sul Mineração S.A.) 0",
	})
}

// TestTableRowLabelsAreNoFirms checks a table whose rows open with a
// label and a verb ("Lump produced", "Total shipped"): no subject of a
// firm's verb, and no name runs from the header row into the next.
func TestTableRowLabelsAreNoFirms(t *testing.T) {
	text := "Quarterly report\n\nBarrowdale Resources Limited reported its September quarter.\n\n" +
		"                         Unit     Sep Q 2025   Jun Q 2025   FY26 YTD\n" +
		"Ore mined                kwmt        4,812        4,655        4,812\n" +
		"Lump produced            kwmt        1,266        1,198        1,266\n" +
		"Total shipped            kwmt        4,208        3,969        4,208\n"
	a := parsePage(t, text)
	if got, want := entityLinesOf(a, "company"), []string{"company Barrowdale Resources Limited | Barrowdale Resources"}; !slices.Equal(got, want) {
		t.Errorf("companies = %q, want %q", got, want)
	}
}

// TestVentureOwnersInBrackets checks "the Kora Creek JV (A 70%, B 30%)":
// the venture by its short name is a firm, each owner holds its share,
// and the owners are partners; a firm's owners in brackets give stakes
// alone; "Oman JV" in a heading is no firm.
func TestVentureOwnersInBrackets(t *testing.T) {
	text := "Oman JV at full tilt\n\nBarrowdale Resources Limited said the mine is operated by the Kora Creek JV (Barrowdale 70%, Tanaka Tsusho Minerals 30%). " +
		"The plant is owned by Kora Ltd (Alpha Corp 60% and Beta Inc 40%). Gamma Corp (GMC) rose 5% (in May).\n"
	checkPageRelations(t, text, true, []string{
		"joint_venture(Barrowdale Resources Limited, Tanaka Tsusho Minerals) 0",
		"stake_in(Alpha Corp, Kora Ltd) 60",
		"stake_in(Barrowdale Resources Limited, Kora Creek JV) 70",
		"stake_in(Beta Inc, Kora Ltd) 40",
		"stake_in(Tanaka Tsusho Minerals, Kora Creek JV) 30",
	})
	for _, l := range entityLinesOf(parsePage(t, text), "company") {
		if strings.HasPrefix(l, "company Oman") {
			t.Errorf("a venture named by its place is a firm: %q", l)
		}
	}
}

// TestDirectorGeneralOfField checks "Director General of Mineral and Coal
// X" where the text names the "Directorate General of Mineral and Coal":
// the official serves in it.
func TestDirectorGeneralOfField(t *testing.T) {
	text := "Coal plan reviewed\n\nOn 9 September 2025, President Director Hendra Gunawan Susilo received Director General of Mineral and Coal Dwi Hartono Saputra at the office to discuss the application, which the Directorate General of Mineral and Coal is now reviewing.\n"
	a := parsePage(t, text)
	if got, want := entityLinesOf(a, "person"), "person Dwi Hartono Saputra (Director General of Mineral and Coal @ Directorate General of Mineral and Coal)"; !slices.Contains(got, want) {
		t.Errorf("people = %q, want %q", got, want)
	}
}

// TestFunctionTitleAndOfficePlace checks "Finance Director X": the
// function is the title's and names no firm; "the Company's Samarinda
// office": a place, no firm; "Investor Relations" over a firm's name in
// a contact block is no person.
func TestFunctionTitleAndOfficePlace(t *testing.T) {
	text := "Quarterly report\n\nKora Coal Tbk (\"the Company\") reported profit. Finance Director Ratna Sari Dewi said the Company repaid its loan. " +
		"She met the official at the Company's Samarinda office.\n\nFor further information:\nInvestor Relations, Kora Coal Tbk\n\n" +
		"(Reporting by Ji-woo Park in Seoul)\n"
	a := parsePage(t, text)
	want := []string{"company Kora Coal Tbk | the Company | Kora Coal", "person Ratna Sari Dewi (Finance Director @ Kora Coal Tbk)", "person Ji-woo Park"}
	if diff := cmp.Diff(want, entityLinesOf(a, "company", "person")); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestOneFirmTwoSpellingsOfItsLegalForm checks names that differ only in
// how they write one legal form ("Public Company Limited" and "PCL",
// "Co., Ltd." and "Company Limited"): one company each; two forms of
// two countries stay two firms.
func TestOneFirmTwoSpellingsOfItsLegalForm(t *testing.T) {
	text := "Power deal\n\nChao Phraya Energy Generating Public Company Limited signed a deal with Kora Ltd. About Chao Phraya Energy Generating PCL: it sells power. " +
		"Tana Co., Ltd. is also written Tana Company Limited. Nishiki Oleo Co Ltd said on Monday it will buy palm oil. Separately, Nishiki Oleo (M) Sdn Bhd said it sold oil.\n"
	a := parsePage(t, text)
	want := []string{
		"company Chao Phraya Energy Generating Public Company Limited | Chao Phraya Energy Generating PCL | Chao Phraya Energy Generating",
		"company Kora Ltd. | Kora",
		"company Tana Co., Ltd. | Tana Company Limited | Tana",
		"company Nishiki Oleo Co Ltd | Nishiki Oleo",
		"company Nishiki Oleo (M) Sdn Bhd | Nishiki Oleo (M)",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "company")); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
}

// TestJointStockCompany checks a Vietnamese firm's "Joint Stock Company":
// a legal form, so that a heading's short name before the full one and
// "JSC" after it are the same firm.
func TestJointStockCompany(t *testing.T) {
	text := "Steel roundup\n\nSTEEL | Kiso Trading buys into Bach Lam Steel\n\n" +
		"Japanese trader Kiso Trading Corporation has acquired 24.9% of Bach Lam Steel Joint Stock Company (HNX: BLS), a Haiphong-based maker of rebar. " +
		"Bach Lam Steel JSC will use the proceeds to add capacity.\n"
	a := parsePage(t, text)
	want := []string{
		"company Kiso Trading Corporation | Kiso Trading [JP]",
		"company Bach Lam Steel Joint Stock Company | Bach Lam Steel | Bach Lam Steel JSC [VN]",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "company")); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
}

// TestShortNameBesideVentureOfPartners checks a firm's short name when a
// venture is named after it and its partner ("Kien Lam" for Kien Lam
// Steel JSC, not "Kien Lam Daesan Coated Steel"), a plant called "the new
// hot strip mill" (no anaphor of the firm) and a product's acronym after
// a possessive ("Kien Lam's HRC", no company).
func TestShortNameBesideVentureOfPartners(t *testing.T) {
	text := "Steel expansion\n\nKien Lam Steel Joint Stock Company will build a new hot strip mill. The new hot strip mill, rated at 3 million tonnes a year, is due in 2029. " +
		"Daesan Steel Co., Ltd. will take 20% of Kien Lam. The two will set up Kien Lam Daesan Coated Steel Co., Ltd., a joint venture. " +
		"\"Kien Lam's HRC is a good fit,\" Daesan said. Kien Lam exported 650kt of HRC last year.\n"
	a := parsePage(t, text)
	want := []string{
		"company Kien Lam Steel Joint Stock Company | Kien Lam | Kien Lam Steel",
		"company Daesan Steel Co., Ltd. | Daesan | Daesan Steel",
		"company Kien Lam Daesan Coated Steel Co., Ltd. | Kien Lam Daesan Coated Steel",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "company")); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
}

// TestThaiFilingLetterhead checks a SET filing: the sender's name in
// Thai under its name in capitals is no headline, the title in capitals
// is; "the Board of Directors' Meeting" is no company; the signer in
// brackets with an honorific takes the title under the name at the
// issuer; a share of a limited company's charter capital is sold.
func TestThaiFilingLetterhead(t *testing.T) {
	text := "KORA THERMAL POWER PUBLIC COMPANY LIMITED\nบริษัท โคร่า เทอร์มอล พาวเวอร์ จำกัด (มหาชน)\nSET: KTPC\n\n19 February 2026\n\n" +
		"DISPOSAL OF SHARES IN BINH AN POWER COMPANY LIMITED\n\n" +
		"Kora Thermal Power Public Company Limited (the \"Company\") hereby informs that the Board of Directors' Meeting No. 2/2026 passed the following resolutions.\n\n" +
		"Kora Power Vietnam Company Limited (\"KPV\"), a wholly owned subsidiary of the Company, holds 70% of Binh An Power Company Limited (\"BAP\"). " +
		"KPV will sell charter capital equal to 30% of BAP to Sagami Electric Power Co., Inc. (\"Sagami\") for USD 186 million.\n\n" +
		"Sincerely yours,\n\n(Mr. Anan Wongsa)\nChief Executive Officer\n"
	a := parsePage(t, text)
	if want := "DISPOSAL OF SHARES IN BINH AN POWER COMPANY LIMITED"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	want := []string{"person Anan Wongsa | Mr. Anan Wongsa (Chief Executive Officer @ Kora Thermal Power Public Company Limited)"}
	if diff := cmp.Diff(want, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	for _, e := range a.Entities {
		if e.Name == "Meeting" {
			t.Errorf("entity %q", e.Name)
		}
	}
	checkPageRelations(t, text, true, []string{
		"acquisition(Sagami Electric Power Co., Inc., Binh An Power Company Limited) 30",
		"executive_of(Anan Wongsa, Kora Thermal Power Public Company Limited) 0",
		"stake_in(Kora Power Vietnam Company Limited, Binh An Power Company Limited) 70",
		"subsidiary_of(Kora Power Vietnam Company Limited, Kora Thermal Power Public Company Limited) 0",
	})
}

// TestListingLineByInitials checks a newsletter's listing line whose
// icon letter matches no headline company: the company whose initials
// the symbol spells, never a country the headline names.
func TestListingLineByInitials(t *testing.T) {
	text := "All figures based on closing prices as of April 8, 2026\n\nJapan's Kiso Cement to take 35% of Vietnam's Bao Lam Cement\n\n" +
		"Tokyo-listed producer buys into a Vietnamese kiln operator\nVietnam\nl BLC.HM Mid and Small Cap 500\nShare this on\n\n" +
		"Japanese cement producer Kiso Cement Corporation has agreed to buy a 35% stake in Bao Lam Cement Joint Stock Company, a producer in Nghe An province.\n\n" +
		"Kiso Cement makes cement at five plants in Japan.\n"
	a := parsePage(t, text)
	var got []string
	for _, l := range a.Listings {
		for _, e := range a.Entities {
			if e.ID == l.Entity {
				got = append(got, l.Listing.Symbol()+" "+e.Name)
			}
		}
	}
	if diff := cmp.Diff([]string{"BLC Bao Lam Cement Joint Stock Company"}, got); diff != "" {
		t.Errorf("listings (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"company Kiso Cement Corporation | Kiso Cement [JP]", "company Bao Lam Cement Joint Stock Company | Bao Lam Cement [VN]"}, entityLinesOf(a, "company")); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
}

// TestFirmOpeningWithHonorificWord checks a firm whose name opens with a
// word that is also an honorific ("Hon"): its short name in a heading is
// the firm, and "Hon Peter Walsh" is still a person.
func TestFirmOpeningWithHonorificWord(t *testing.T) {
	text := "Power roundup\n\nCOAL POWER | Hon Tam Thermal keeps buying coal\n\n" +
		"Hon Tam Thermal Power Joint Stock Company (HOSE: HTT) burned 2.15 million tonnes of coal in 2025.\n\n" +
		"Separately, Hon Peter Walsh met Hon Tam Thermal's chairman.\n"
	a := parsePage(t, text)
	want := []string{"company Hon Tam Thermal Power Joint Stock Company | Hon Tam Thermal | Hon Tam Thermal Power [VN]", "person Peter Walsh | Hon Peter Walsh"}
	if diff := cmp.Diff(want, entityLinesOf(a, "company", "person")); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestInterviewOurUnit checks a speaker's "our" in an interview's
// answer: "Y, our subsidiary in Attapeu" is the speaker's firm's unit,
// and "X sells our latex to makers in Malaysia" makes X no supplier of
// the speaker's firm.
func TestInterviewOurUnit(t *testing.T) {
	text := "\"Korea is our anchor customer\": Kora Rubber's CEO on tyres\n\nBy Lan Pham\n\n" +
		"Kora Rubber Joint Stock Company (HOSE: KRB) sells natural rubber. We spoke to chief executive Ngo Thi Ha.\n\n" +
		"Q: How much will you make?\n\nHa: We expect 38.5kt of natural rubber in 2025. About a third comes from Kora Rubber Laos, our subsidiary in Attapeu province.\n\n" +
		"Q: Ikeda Tsusho owns 12% of Kora Rubber. Will it buy more?\n\nHa: Ikeda Tsusho sells our latex concentrate to glove makers in Malaysia, around 5,000 tonnes this year. Bao Chem Corp supplies about 60% of our ammonia.\n"
	checkPageRelations(t, text, false, []string{
		"executive_of(Ngo Thi Ha, Kora Rubber Joint Stock Company)",
		"stake_in(Ikeda Tsusho, Kora Rubber Joint Stock Company)",
		"subsidiary_of(Kora Rubber Laos, Kora Rubber Joint Stock Company)",
		"supplier_of(Bao Chem Corp, Kora Rubber Joint Stock Company)",
	})
}

// TestCapitalListedFirmAndPlantName checks "Tokyo-listed X" (a Japanese
// firm, so "the Japanese company" is X) and a plant named before
// "converter" (no company).
func TestCapitalListedFirmAndPlantName(t *testing.T) {
	text := "Quarterly lithium wrap\n\nTokyo-listed Yoshino Metal Refining lifted hydroxide output by 18%. " +
		"Coorabie Minerals delivered three cargoes totalling 31,500 tonnes of concentrate to the Japanese company's Saijo converter during the period.\n"
	a := parsePage(t, text)
	if diff := cmp.Diff([]string{"company Yoshino Metal Refining | the Japanese company [JP]", "company Coorabie Minerals"}, entityLinesOf(a, "company")); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
	checkPageRelations(t, text, false, []string{"supplier_of(Coorabie Minerals, Yoshino Metal Refining)"})
}

// TestQuarterlyReportNotices checks an ASX quarterly's closing sections:
// substantial holders' notices under a wrapped line of prose (a share
// after "with" too; a holder that ceased gives none), the remaining
// interest in a unit bought, an officer who "commenced as" a title, and
// a buyer that takes "100% of X lump", a product, no stake.
func TestQuarterlyReportNotices(t *testing.T) {
	text := "QUARTERLY ACTIVITIES REPORT\n\nWandi Crest Resources Limited (\"the Company\") reports on the quarter.\n\n" +
		"The manganese offtake with Korean alloy producer Daejung Alloy Co., Ltd. has been extended. Daejung will continue to take 100% of Nullagine West lump and fines.\n\n" +
		"Substantial holders\nDuring the quarter the Company received the following notices of initial, change or ceasing\nsubstantial holding:\n" +
		"   - Tanjong Capital Partners Pte Ltd (Singapore): increased from 6.12% to 8.05%\n" +
		"   - Harunaka Steel Corporation: became a substantial holder with 5.01% following the placement\n" +
		"   - Redgum Nominees Pty Ltd: ceased to be a substantial holder on 2 December 2025\n\n" +
		"Group structure\nOn 18 December 2025 the Company completed the acquisition of the remaining 30% interest in Wandi Rail Pty Ltd from Karlka Logistics Pty Ltd.\n\n" +
		"Board and management\nMs Anjali Rao commenced as Chief Financial Officer on 1 December 2025.\n"
	checkPageRelations(t, text, true, []string{
		"acquisition(Wandi Crest Resources Limited, Wandi Rail Pty Ltd) 30",
		"agreement(Wandi Crest Resources Limited, Daejung Alloy Co., Ltd.) 0",
		"executive_of(Anjali Rao, Wandi Crest Resources Limited) 0",
		"stake_in(Harunaka Steel Corporation, Wandi Crest Resources Limited) 5.01",
		"stake_in(Tanjong Capital Partners Pte Ltd, Wandi Crest Resources Limited) 8.05",
	})
}

// TestWrappedListedNameAndCalendarSpans checks a listed name wrapped over
// two lines, its legal form alone on the listing's line (one company,
// the listing its), and words that open with a month and a hyphen
// ("June-quarter", "January-September"), no names.
func TestWrappedListedNameAndCalendarSpans(t *testing.T) {
	text := "Tin supply deal\n\nJune-quarter output at Seberang Smelting fell. Seberang Smelting has\nsigned a supply agreement with Thailand's Andaman Dredging\n" +
		"Public Company Limited (SET: ADRDG). January-September sales rose.\n"
	a := parsePage(t, text)
	if diff := cmp.Diff([]string{"company Seberang Smelting", "company Andaman Dredging Public Company Limited | Andaman Dredging [TH]"}, entityLinesOf(a, "company")); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
	for _, l := range a.Listings {
		if l.Entity == "" || a.Entities[slices.IndexFunc(a.Entities, func(e article.Entity) bool { return e.ID == l.Entity })].Name != "Andaman Dredging Public Company Limited" {
			t.Errorf("listing %v tied to %q", l.Listing, l.Entity)
		}
	}
}

// TestStateReleaseHead checks a state press office's release: the office
// and the ministry named on lines of their own over the state's name are
// bodies, "Posted On:" dates the release, and an acronym the text
// defines ("Peak Rated Capacity (PRC)") is no country, even in the
// headline before it.
func TestStateReleaseHead(t *testing.T) {
	text := "Press Information Bureau\nGovernment of India\nMinistry of Steel\n\n" +
		"Third round of iron ore block auctions ends; four blocks with combined PRC of 9.5 MTPA find bidders\n\n" +
		"Posted On: 03 DEC 2026 5:20PM by PIB Delhi\n\n" +
		"The auction of four iron ore blocks ended on Tuesday. The blocks have a combined Peak Rated Capacity (PRC) of 9.5 million tonnes per annum.\n"
	a := parsePage(t, text)
	if want := (article.Date{Year: 2026, Month: 12, Day: 3}); a.AsOf != want {
		t.Errorf("as of %v, want %v", a.AsOf, want)
	}
	want := []string{"government Press Information Bureau", "government Ministry of Steel"}
	if diff := cmp.Diff(want, entityLinesOf(a, "government", "country", "company")); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestInterviewQuestionParagraphs checks an interview set as questions
// of their own paragraphs: a label and a bar before the headline, a
// title before the interviewee's honorific, and "we", "us" and "our" in
// the answers standing for the company the headline names.
func TestInterviewQuestionParagraphs(t *testing.T) {
	text := "Home / Companies / Interviews\n\n" +
		"INTERVIEW | 'We aim to double our smelter capacity within five years': KBAL's Rekha Menon\n\n" +
		"The head of the state-run aluminium maker on coal, alumina and exports\n\n" +
		"State-run Kalinga Bauxite & Aluminium Ltd (KBAL) is expanding. Chairman-cum-Managing Director Smt. Rekha Menon spoke about coal and exports.\n\n" +
		"How secure is your coal supply?\n\n" +
		"Talcher Coal Ltd supplies us about 2.5 million tonnes a year under a fuel supply agreement.\n\n" +
		"Tell us about the deal with the Japanese trading house.\n\n" +
		"In October we signed an MoU with Nanko Shoji Corporation. We will supply up to 300,000 tonnes of alumina a year to Nanko Shoji.\n"
	a := parsePage(t, text)
	if want := "INTERVIEW | 'We aim to double our smelter capacity within five years': KBAL's Rekha Menon"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	checkPageRelations(t, text, false, []string{
		"agreement(Kalinga Bauxite & Aluminium Ltd, Nanko Shoji Corporation)",
		"agreement(Talcher Coal Ltd, Kalinga Bauxite & Aluminium Ltd)",
		"executive_of(Rekha Menon, Kalinga Bauxite & Aluminium Ltd)",
		"supplier_of(Kalinga Bauxite & Aluminium Ltd, Nanko Shoji Corporation)",
		"supplier_of(Talcher Coal Ltd, Kalinga Bauxite & Aluminium Ltd)",
	})
}

// TestKoreanPortalPage checks a story as Korean portals set it: the
// date after "Input" among the fields of the head, the firm's head in
// brackets after its name, and the reporter's signature with an address
// under the story.
func TestKoreanPortalPage(t *testing.T) {
	text := "[Translated from Korean] Hanbit Business Daily | Industry > Materials | Input 2026.11.03 08:40\n\n" +
		"Seorin Metals to build magnet plant in India with state-run partner\n\n" +
		"Seorin Metals (CEO Kim Do-hyun, KRX: 041730) announced on the 2nd that it signed an MOU with Kaveri Rare Earths Ltd (KREL), a Mini Ratna company, to set up a joint venture.\n\n" +
		"Reporter Choi Min-ji cmj@hanbit.example.co.kr\n"
	a := parsePage(t, text)
	if want := (article.Date{Year: 2026, Month: 11, Day: 3}); a.AsOf != want {
		t.Errorf("as of %v, want %v", a.AsOf, want)
	}
	want := []string{"company Seorin Metals [KR]", "person Kim Do-hyun (CEO @ Seorin Metals)", "company Kaveri Rare Earths Ltd | KREL | Kaveri Rare Earths", "person Choi Min-ji"}
	if diff := cmp.Diff(want, entityLinesOf(a, "company", "person")); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestIndianExchangeLetter checks a listed company's letter to the
// Indian exchanges: "NSE Symbol:" in the address block, a mining block
// that is no company, an annexure of lettered items (the third, "c)",
// is no copyright line), the secretary's signature under "Thanking you"
// and "For X Limited", and a signer "on behalf of" the counterparty.
func TestIndianExchangeLetter(t *testing.T) {
	text := "To,\nBSE Limited\nScrip Code: 541207                                    NSE Symbol: KORACARB\n\n" +
		"Sub: Declaration of the Company as Preferred Bidder for the Chatra Graphite and Vanadium Block\n\n" +
		"Dear Sir/Madam,\n\nKora Carbon Limited (the \"Company\") has been declared the Preferred Bidder for the Chatra Graphite and Vanadium Block, Jharkhand, and has signed an MoU with Seoan Anode Co., Ltd.\n\n" +
		"Thanking you,\nFor Kora Carbon Limited\n\nSd/-\nMeera Sethi\nCompany Secretary & Compliance Officer\n\n" +
		"ANNEXURE I\n\n" +
		"c) Purpose: Seoan consumes approximately 40,000 tonnes of natural graphite per year, sourced mainly from Mozambique.\n\n" +
		"e) Signatories: Mr. Anil Rao, Managing Director, on behalf of the Company, and Mr. Park Ji-ho, Chief Executive Officer, on behalf of Seoan.\n"
	a := parsePage(t, text)
	var listings []string
	for _, l := range a.Listings {
		listings = append(listings, l.Symbol()+" "+l.MIC())
	}
	if diff := cmp.Diff([]string{"541207 XBOM", "KORACARB XNSE"}, listings); diff != "" {
		t.Errorf("listings (-want +got):\n%s", diff)
	}
	want := []string{"company Kora Carbon Limited | Company | the Company | Kora Carbon", "company Seoan Anode Co., Ltd. | Seoan | Seoan Anode",
		"person Meera Sethi (Company Secretary & Compliance Officer @ Kora Carbon Limited)", "country MZ",
		"person Anil Rao | Mr. Anil Rao (Managing Director @ Kora Carbon Limited)", "person Park Ji-ho | Mr. Park Ji-ho (Chief Executive Officer @ Seoan Anode Co., Ltd.)"}
	if diff := cmp.Diff(want, entityLinesOf(a, "company", "person", "country")); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	if len(a.Quantities) != 1 {
		t.Errorf("quantities %d, want 1 (the annexure's)", len(a.Quantities))
	}
}

// TestContactInFunction checks a Tokyo filing's cover: the contact's
// title with the function it is held in ("General Manager, Corporate
// Communications"), which runs no firm and so makes no executive, and
// "TSE Prime", a market, no company.
func TestContactInFunction(t *testing.T) {
	text := "March 2, 2026\n\nCompany name: Sagami Kohan Co., Ltd.\nRepresentative: Taro Mori, President and Representative Director\n(Code: 5472, TSE Prime)\n" +
		"Contact: Emi Kato, General Manager, IR and Corporate Communications Group\n(TEL: +81-3-5555-0100)\n\n" +
		"Notice Concerning Transfer of Shares of a Subsidiary\n\nSagami Kohan Co., Ltd. (the \"Company\") announces the transfer of shares.\n"
	a := parsePage(t, text)
	want := []string{"company Sagami Kohan Co., Ltd. | Company | Sagami Kohan [JP]", "person Taro Mori (President and Representative Director @ Sagami Kohan Co., Ltd.)",
		"person Emi Kato (General Manager, IR and Corporate Communications Group @ Sagami Kohan Co., Ltd.)"}
	if diff := cmp.Diff(want, entityLinesOf(a, "company", "person")); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	checkPageRelations(t, text, false, []string{"executive_of(Taro Mori, Sagami Kohan Co., Ltd.)"})
}

// TestNamePlaceByline checks a writer's line as Indian business papers
// set it, the name, a gap and the city, above the date line.
func TestNamePlaceByline(t *testing.T) {
	text := "Home  >  Companies  >  News\n\nVindhya Steel to import coking coal via Singapore trader as expansion nears\n\n" +
		"Steelmaker signs two-year supply pact with Lion City Carbon\n\nRohan Iyer  New Delhi\nLast Updated : Sep 17 2025 | 11:42 PM IST\n\n" +
		"Vindhya Steel Ltd will import 3.2 million tonnes of coking coal, it said on Wednesday.\n"
	a := parsePage(t, text)
	if diff := cmp.Diff([]string{"person Rohan Iyer"}, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestTheCounterparty checks a Korean filing's "the counterparty", the
// firm its "Counterparty:" field names.
func TestTheCounterparty(t *testing.T) {
	text := "[Seohan Heavy Industries] Conclusion of Single Sales or Supply Contract\n\n" +
		"Seohan Heavy Industries Co., Ltd. (KRX: 042711) won an order for two LNG carriers.\n\n" +
		"1. Type of contract: Shipbuilding contract\n2. Counterparty: Gannet Gas Carriers Pte. Ltd.\n\n" +
		"3. Remarks\n   - The counterparty is a wholly owned subsidiary of Osprey Maritime Holdings Inc. (NYSE: OMH).\n"
	checkPageRelations(t, text, false, []string{"subsidiary_of(Gannet Gas Carriers Pte. Ltd., Osprey Maritime Holdings Inc.)"})
}

// TestTranslatedDailyPage checks a Chinese daily's story in translation:
// the translator's note in brackets above the headline, the date line
// with its source and reporter set apart by two spaces, a unit named
// with its place in brackets and a word before its legal form, and a
// section heading ("Recycling joint venture") that names no company.
func TestTranslatedDailyPage(t *testing.T) {
	text := "[Translated from Chinese. Edited; in case of discrepancy the Chinese original prevails.]\n\n" +
		"Hunan smelter secures Mongolian concentrate as fees slide\n\n" +
		"2026-03-04 09:10  Source: Lakeside Economic Daily  Reporter: Zhou Min\n\n" +
		"Hunan Xiangtan Lead Industry Co., Ltd. said its unit Xiangtan Lead (Hong Kong) Trading Co., Limited signed a purchase agreement with Gobi Polymetal LLC. " +
		"Its other unit, Xiangtan Lead Metals (HK) Ltd, will ship the metal.\n\n" +
		"The company is also talking to several mines.\n\n" +
		"Recycling joint venture\n\n" +
		"The company plans to set up a joint venture, Xiangtan Resource Recycling Co., Ltd., with Furong Mining Holdings Limited.\n"
	a := parsePage(t, text)
	if got, want := a.Headline, "Hunan smelter secures Mongolian concentrate as fees slide"; got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
	if got := a.AsOf.String(); got != "2026-03-04" {
		t.Errorf("as of %s, want 2026-03-04", got)
	}
	want := []string{
		"person Zhou Min (Reporter @ )",
		"company Hunan Xiangtan Lead Industry Co., Ltd. | The company | Hunan Xiangtan Lead Industry",
		"company Xiangtan Lead (Hong Kong) Trading Co., Limited | Xiangtan Lead (Hong Kong) Trading",
		"company Gobi Polymetal LLC | Gobi Polymetal",
		"company Xiangtan Lead Metals (HK) Ltd | Xiangtan Lead Metals (HK)",
		"company Xiangtan Resource Recycling Co., Ltd. | Xiangtan Resource Recycling",
		"company Furong Mining Holdings Limited | Furong Mining Holdings",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "company", "person")); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestVentureNamedAfterPartner checks "its joint venture with B (ticker),
// V, would ...": V, in apposition after the partner, is the venture and
// no partner, and "the venture" of the next sentence is V.
func TestVentureNamedAfterPartner(t *testing.T) {
	text := "PT Kora Tembaga Tbk runs a copper smelter in Gresik. The company said its joint venture with Xiamen Lumen Precious Metals Co., Ltd. (SZSE: 002961), PT Kora Lumen Logam Mulia, would build a precious metals refinery. " +
		"Kora Tembaga holds 60% of the venture and the Chinese firm 40%.\n"
	checkPageRelations(t, text, true, []string{
		"joint_venture(PT Kora Tembaga Tbk, Xiamen Lumen Precious Metals Co., Ltd.) 0",
		"stake_in(PT Kora Tembaga Tbk, PT Kora Lumen Logam Mulia) 60",
		"stake_in(Xiamen Lumen Precious Metals Co., Ltd., PT Kora Lumen Logam Mulia) 40",
	})
}

// TestMalaysianReleasePage checks a ministry's release: "the Minister"
// for the minister it named, who "received a courtesy call from" a
// chairman; "A subsidiary of the company, X," naming the unit after its
// parent.
func TestMalaysianReleasePage(t *testing.T) {
	text := "Johor Simen Berhad (MYX: 7299) today signed an MoU with Anhui Tongshan Cement Co., Ltd. The signing was witnessed by the Minister of Investment, Trade and Industry, YB Datuk Seri Kamal Harun. " +
		"Before the ceremony, the Minister received a courtesy call from the Chairman of Anhui Tongshan, Mr. Zhou Ming.\n\n" +
		"Johor Simen Berhad uses coal. A subsidiary of the company, Johor Tenaga Sdn. Bhd., will build a power plant at the site.\n"
	checkPageRelations(t, text, false, []string{
		"agreement(Johor Simen Berhad, Anhui Tongshan Cement Co., Ltd.)",
		"executive_of(Zhou Ming, Anhui Tongshan Cement Co., Ltd.)",
		"meeting(Kamal Harun, Zhou Ming)",
		"official_of(Kamal Harun, Ministry of Investment, Trade and Industry)",
		"subsidiary_of(Johor Tenaga Sdn. Bhd., Johor Simen Berhad)",
	})
}

// TestPhilippineDisclosureForm checks a current report on the Philippine
// exchange's form: the "Subject of the Disclosure" field is the
// headline, the cover's former-name field names the issuer's former
// name, a document by its number ("SEC Form 17-C") is no company, and
// the board's approved items ("(b) The execution of ... Agreement with
// Y") are the issuer's deals.
func TestPhilippineDisclosureForm(t *testing.T) {
	text := "C01234-2026\n\nSECURITIES AND EXCHANGE COMMISSION\nSEC FORM 17-C\nCURRENT REPORT UNDER SECTION 17\nOF THE SECURITIES REGULATION CODE\nAND SRC RULE 17.2(c) THEREUNDER\n\n" +
		"1. Date of Report (Date of earliest event reported)\nMar 3, 2026\n2. SEC Identification Number\nCS200112345\n" +
		"3. Exact name of issuer as specified in its charter\nBATANGAS BAY CEMENT CORPORATION\n" +
		"4. Former name or former address, if changed since last report\nTaal Portland Cement Corporation\n\n" +
		"Batangas Bay Cement Corporation\nBBCC\n\nPSE Disclosure Form 4-31 - Press Release / Disclosure\n\n" +
		"Subject of the Disclosure\nAcquisition of Lipa Grinding Mill, Inc. and Clinker Supply Agreement with Ninh Binh Clinker Joint Stock Company\n\n" +
		"Background/Description of the Disclosure\nBatangas Bay Cement Corporation (the \"Company\") informs the Exchange that its Board approved the following:\n\n" +
		"(a) The acquisition by the Company of 100% of the outstanding shares of Lipa Grinding Mill, Inc. (\"LGMI\"). LGMI is currently owned by Rosario Holdings Corp. (70%) and Calaca Port Services, Inc. (30%).\n\n" +
		"(b) The execution of a five-year Clinker Supply Agreement with Ninh Binh Clinker Joint Stock Company, under which it shall deliver up to 500,000 MT of clinker per year to the LGMI port.\n"
	a := parsePage(t, text)
	if want := "Acquisition of Lipa Grinding Mill, Inc. and Clinker Supply Agreement with Ninh Binh Clinker Joint Stock Company"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	for _, l := range entityLinesOf(a, "company") {
		if strings.Contains(l, "Form") || strings.Contains(l, "Rule") {
			t.Errorf("a document named as a company: %s", l)
		}
	}
	checkPageRelations(t, text, true, []string{
		"acquisition(Batangas Bay Cement Corporation, Lipa Grinding Mill, Inc.) 0",
		"agreement(Batangas Bay Cement Corporation, Ninh Binh Clinker Joint Stock Company) 0",
		"former_name(Batangas Bay Cement Corporation, Taal Portland Cement Corporation) 0",
		"stake_in(Calaca Port Services, Inc., Lipa Grinding Mill, Inc.) 30",
		"stake_in(Rosario Holdings Corp., Lipa Grinding Mill, Inc.) 70",
	})
}

// TestManilaWirePage checks a wire story's kicker line with its date
// and time after slashes, a chamber of an industry (an organisation, not
// a company), "Côte d'Ivoire", and "met executives of X. Among them was
// Y": those who met X's executives met Y.
func TestManilaWirePage(t *testing.T) {
	text := "MINING | APRIL 7, 2026 / 9:05 AM / UPDATED 2 HOURS AGO\n\nPhilippine miners press for delay to ore export curbs\n\nBy Ana Reyes\n\n" +
		"MANILA, April 7 (Island Wire) - Philippine nickel ore miners asked the government to delay curbs, as output from Côte d'Ivoire rose.\n\n" +
		"Environment Secretary Jose M. Lacson and MGB Director Pedro S. Abad met executives of the Chamber of Mines on April 6 to discuss the proposal. " +
		"Among them was Rosa T. Navarro, president of Surigao Ridge Nickel Corp, who said a ban would strand ore.\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2026-04-07" {
		t.Errorf("as of %s, want 2026-04-07", got)
	}
	if got := entityLinesOf(a, "organization", "country"); !slices.Contains(got, "organization Chamber of Mines") || !slices.Contains(got, "country CI | Côte d'Ivoire") {
		t.Errorf("organisations and countries: %q", got)
	}
	checkPageRelations(t, text, false, []string{
		"executive_of(Rosa T. Navarro, Surigao Ridge Nickel Corp)",
		"meeting(Jose M. Lacson, Rosa T. Navarro)",
		"meeting(Pedro S. Abad, Rosa T. Navarro)",
		"official_of(Pedro S. Abad, MGB)",
	})
}

// TestIndonesianCodes checks codes of the Indonesia Stock Exchange as
// news writes them: after "BEI" (its name in Indonesian), after a "stock
// code" label, and bare in brackets after a name with Indonesia's public
// company form "Tbk", which only that market's listed firms carry; so
// too Thailand's "PCL".
func TestIndonesianCodes(t *testing.T) {
	text := "Nickel miners rally\n\nPT Merdeka Logam Tbk (BEI: MDKL) and PT Aneka Nikel Tbk (stock code: ANKL) rose, while PT Timah Raya Tbk (TMRY) slid and Siam Kiln PCL (SKLN) gained.\n"
	a := parsePage(t, text)
	names := map[string]string{}
	for _, e := range a.Entities {
		names[e.ID] = e.Name
	}
	got := map[string]string{}
	for _, l := range a.Listings {
		x, _ := l.Exchange()
		got[l.Symbol()+" "+x.MIC()] = names[l.Entity]
	}
	want := map[string]string{"MDKL XIDX": "PT Merdeka Logam Tbk", "ANKL XIDX": "PT Aneka Nikel Tbk", "TMRY XIDX": "PT Timah Raya Tbk", "SKLN XBKK": "Siam Kiln PCL"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("listings (-want +got):\n%s", diff)
	}
}

// TestShanghaiAnnouncement checks a Shanghai-listed firm's announcement
// in translation: its title "Announcement on ..." under the issuer's
// name is the headline; a partnership named with its form in brackets,
// "(Limited Partnership)", and the short name it is given; the target's
// section of fields, "Name:" over "Former name:", giving its former
// name; and "The remaining 49% is held by X", shares of the firm the
// sentence before told of, X a name that opens with a county's.
func TestShanghaiAnnouncement(t *testing.T) {
	text := "Stock Code: 603999          Stock Abbreviation: Kora Tungsten          Announcement No.: 2026-012\n\n" +
		"Jiangxi Kora Tungsten Co., Ltd.\nAnnouncement on the Acquisition of a 51% Equity Interest in Anyuan Shan Mining Co., Ltd.\n\n" +
		"Jiangxi Kora Tungsten Co., Ltd. (the \"Company\") intends to acquire a 51% equity interest in Anyuan Shan Mining Co., Ltd. (\"Shan Mining\") held by Ganzhou Ruiyang Investment Partnership (Limited Partnership) (\"Ruiyang Investment\").\n\n" +
		"II. Basic Information on the Counterparty\nRuiyang Investment currently holds 51% of Shan Mining. The remaining 49% is held by Anyuan County State-owned Assets Operation Co., Ltd., which has waived its pre-emptive right.\n\n" +
		"III. Basic Information on the Target\nName: Anyuan Shan Mining Co., Ltd.\nFormer name: Anyuan Shan Tungsten Mine Co., Ltd. (renamed in March 2019)\n"
	a := parsePage(t, text)
	if want := "Announcement on the Acquisition of a 51% Equity Interest in Anyuan Shan Mining Co., Ltd."; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := entityLinesOf(a, "company"); !slices.Contains(got, "company Ganzhou Ruiyang Investment Partnership (Limited Partnership) | Ganzhou Ruiyang Investment Partnership | Ruiyang Investment") {
		t.Errorf("companies %q: want the partnership with its short names", got)
	}
	checkPageRelations(t, text, true, []string{
		"acquisition(Jiangxi Kora Tungsten Co., Ltd., Anyuan Shan Mining Co., Ltd.) 51",
		"former_name(Anyuan Shan Mining Co., Ltd., Anyuan Shan Tungsten Mine Co., Ltd.) 0",
		"stake_in(Anyuan County State-owned Assets Operation Co., Ltd., Anyuan Shan Mining Co., Ltd.) 49",
		"stake_in(Ganzhou Ruiyang Investment Partnership (Limited Partnership), Anyuan Shan Mining Co., Ltd.) 51",
		"stake_in(Jiangxi Kora Tungsten Co., Ltd., Anyuan Shan Mining Co., Ltd.) 51",
	})
}

// TestTokyoReleaseCover checks a Tokyo trading house's release: "News
// Release" over the date names no one; the market and code in brackets
// under the company's name; a director general "for" a field; and "has
// no plan to acquire", no acquisition.
func TestTokyoReleaseCover(t *testing.T) {
	text := "News Release\n\nMarch 12, 2026\n\nKora Bussan Invests in Perak Rare Earth Processing\n\nCompany name: Kora Bussan Co., Ltd.\n(Tokyo Stock Exchange Prime Market, Securities Code: 8199)\n\n" +
		"Kora Bussan Co., Ltd. will take a stake in Perak Rare Earth Processing Sdn. Bhd. JOGMEC Director General for Metals Strategy Yuko Arisaka also attended. Kora Bussan has no plan to acquire shares in Bayu Mineral Berhad itself.\n"
	a := parsePage(t, text)
	if got := entityLinesOf(a, "person"); !slices.Equal(got, []string{"person Yuko Arisaka (Director General for Metals Strategy @ JOGMEC)"}) {
		t.Errorf("people %q", got)
	}
	var ls []string
	for _, l := range a.Listings {
		x, _ := l.Exchange()
		ls = append(ls, l.Symbol()+" "+x.MIC())
	}
	if !slices.Equal(ls, []string{"8199 XTKS"}) {
		t.Errorf("listings %q, want 8199 XTKS", ls)
	}
	checkPageRelations(t, text, false, []string{"official_of(Yuko Arisaka, JOGMEC)"})
}

// TestFeatureWithQuestionHeadline checks a feature whose headline is a
// question and whose standfirst, a sentence without its full stop, runs
// over the writer's line; and a firm whose name opens with a place's,
// "Gobi", by that word alone where it acts as a firm.
func TestFeatureWithQuestionHeadline(t *testing.T) {
	text := "FEATURE\n\nGobi bet: can a London junior turn Mongolian fluorspar into a supply chain?\n\nLenders from Japan and Korea are backing the project, but its concentrate will have to cross China first\n\n" +
		"By Oliver Brandt in Ulaanbaatar\nPublished 3 February 2026\n\n" +
		"The project is owned 66% by Gobi Critical Metals plc (LSE: GCM). Gobi, which changed its name from Gobi Fluorspar plc in 2023, says it has lined up debt. Sarah Whitlock, Gobi's chief executive, said so.\n"
	a := parsePage(t, text)
	if want := "Gobi bet: can a London junior turn Mongolian fluorspar into a supply chain?"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := a.AsOf.String(); got != "2026-02-03" {
		t.Errorf("as of %s, want 2026-02-03", got)
	}
	checkPageRelations(t, text, false, []string{
		"executive_of(Sarah Whitlock, Gobi Critical Metals plc)",
		"former_name(Gobi Critical Metals plc, Gobi Fluorspar plc)",
	})
}

// TestVietnamesePortalHeader checks a Vietnamese portal's header: its
// menu, items set apart by two spaces; the date written day first in
// digits, read in the order its weekday fits; then the headline.
func TestVietnamesePortalHeader(t *testing.T) {
	text := "VIETNAM BUSINESS DAILY | English Edition\nHome  Business  Stock Market  Industry  Finance  Opinion\nSearch...\n\nIndustry > Steel\n\n" +
		"Thursday, 05/06/2025 08:15 (GMT+7)\n\nNghe An steelmaker seeks ministry backing to double capacity\n\n" +
		"The listed steelmaker wants to lift crude steel capacity to 4.6 million tonnes a year by 2028.\n\nBy Minh Chau\n\n" +
		"Song Lam Steel JSC has asked the Ministry of Industry and Trade to back its expansion.\n"
	a := parsePage(t, text)
	if want := "Nghe An steelmaker seeks ministry backing to double capacity"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := a.AsOf.String(); got != "2025-06-05" {
		t.Errorf("as of %s, want 2025-06-05 (a Thursday)", got)
	}
}

// TestUnitsListedAndGivenName checks "Through its subsidiaries X and Y,
// the company holds": both are the company's units and neither is "the
// company"; and "Deputy Minister Rizal", the given name after a title,
// for the minister named in full before.
func TestUnitsListedAndGivenName(t *testing.T) {
	text := "PT Kapuas Bauksit Tbk mines bauxite. Through its subsidiaries PT Sanggau Bauksit Mandiri and PT Ketapang Mineral Utama, the company holds mining licences. " +
		"Deputy Minister of Investment Rizal Fadillah Siregar came. On the same day, Deputy Minister Rizal received a delegation.\n"
	a := parsePage(t, text)
	if got := entityLinesOf(a, "person"); !slices.Equal(got, []string{"person Rizal Fadillah Siregar | Rizal (Deputy Minister @ Ministry of Investment)"}) {
		t.Errorf("people %q", got)
	}
	checkPageRelations(t, text, false, []string{
		"official_of(Rizal Fadillah Siregar, Ministry of Investment)",
		"subsidiary_of(PT Ketapang Mineral Utama, PT Kapuas Bauksit Tbk)",
		"subsidiary_of(PT Sanggau Bauksit Mandiri, PT Kapuas Bauksit Tbk)",
	})
}

// TestRegulatoryNewsHeader checks a filing as a regulatory news wire
// carries it: the wire's name and the issuer's fields head nothing, the
// "Released:" field dates it (day first, with its time zone), the
// dateline's country is its market, and "the Group" is the issuer.
func TestRegulatoryNewsHeader(t *testing.T) {
	text := "Steppe Regulatory News Service\n\nIssuer: Kora Atom JSC\nCategory: Operations update\nReleased: 29.10.2026 09:00 ALMT\n\n" +
		"Kora Atom JSC: Operations update for the third quarter of 2026\n\n" +
		"ASTANA, Kazakhstan - Kora Atom JSC (the \"Company\") announces its operations update. " +
		"The Group will continue to buy up to 350 kt of acid per year from Taraz Acid LLP under a contract extended in September.\n"
	a := parsePage(t, text)
	if want := "Kora Atom JSC: Operations update for the third quarter of 2026"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := a.AsOf.String(); got != "2026-10-29" {
		t.Errorf("as of %s, want 2026-10-29", got)
	}
	if got := a.Country.String(); got != "KZ" {
		t.Errorf("country %s, want KZ", got)
	}
	checkPageRelations(t, text, false, []string{
		"agreement(Kora Atom JSC, Taraz Acid LLP)",
		"supplier_of(Taraz Acid LLP, Kora Atom JSC)",
	})
}

// TestDigraphInitial checks a Mongolian name whose initial is written
// with two letters, "Ts. Oyunbileg": the dot ends neither the name nor
// the sentence.
func TestDigraphInitial(t *testing.T) {
	text := "Khuvsgul Coal LLC sells coal, the Ministry of Mining said. Minister of Mining Kh. Bold came, with the ministry's State Secretary, Ts. Oyunbileg, on Monday.\n"
	a := parsePage(t, text)
	want := []string{"person Kh. Bold (Minister @ Ministry of Mining)", "person Ts. Oyunbileg (State Secretary @ Ministry of Mining)"}
	if got := entityLinesOf(a, "person"); !slices.Equal(got, want) {
		t.Errorf("people %q, want %q", got, want)
	}
}

// TestBodiesOfAState checks a ministry named with its state, "of the
// Republic of Kazakhstan" or "of the Russian Federation": one body, also
// named without the state, and the person after a title that names it.
func TestBodiesOfAState(t *testing.T) {
	text := "Coal exports rose. Vice Minister of Energy of the Republic of Kazakhstan Yerlan Bekov and Deputy Minister of Energy of the Russian Federation Ivan Petrov met. " +
		"The Ministry of Road and Transport Development agreed.\n"
	a := parsePage(t, text)
	want := []string{"government Ministry of Energy of the Republic of Kazakhstan | Ministry of Energy [KZ]", "government Ministry of Energy of the Russian Federation | Ministry of Energy [RU]",
		"government Ministry of Road and Transport Development"}
	if got := entityLinesOf(a, "government"); !slices.Equal(got, want) {
		t.Errorf("bodies %q, want %q", got, want)
	}
	checkPageRelations(t, text, false, []string{
		"official_of(Ivan Petrov, Ministry of Energy of the Russian Federation)",
		"official_of(Yerlan Bekov, Ministry of Energy of the Republic of Kazakhstan)",
	})
}

// TestAssetBeforeItsFirm checks "the Tavan Tolgoi deposit" before the
// firm named after it: no mention of the firm, so "its listed
// subsidiary" after it is the subject's; and "Hong Kong-listed X": X,
// not the place, holds the figure.
func TestAssetBeforeItsFirm(t *testing.T) {
	text := "Coal prices fell. State-controlled Khan Bogd Holding, which markets most of the coal from the Tsagaan Uul deposit through its listed subsidiary Tsagaan Uul Trading JSC (MSE: TUT), sold more. " +
		"Hong Kong-listed Zuunmod Mining Group (HKEX: 2186) reported October sales of 682,000 tonnes of processed coking coal.\n"
	checkPageRelations(t, text, false, []string{"subsidiary_of(Tsagaan Uul Trading JSC, Khan Bogd Holding)"})
	a := parsePage(t, text)
	for _, q := range a.Quantities {
		if got := q.Span.Text(text); got == "682,000 tonnes" {
			if h := entityName(a, q.Holder); h != "Zuunmod Mining Group" || q.Measure.String() != "sales" {
				t.Errorf("682,000 tonnes: holder %q, measure %s; want Zuunmod Mining Group, sales", h, q.Measure)
			}
		}
	}
}

// TestBareSharesAfterTheFirm checks "We own 66% and B owns 34%." in an
// answer, after a sentence that opens with the firm (past the speaker's
// label): shares of that firm.
func TestBareSharesAfterTheFirm(t *testing.T) {
	text := "INTERVIEW: Tsetseg Copper chief on the Gobi project\n\nTsetseg Copper Corp. is a developer. We spoke to chief executive Bold Dorj.\n\n" +
		"Q: Who owns the operating company?\n\nDorj: Tsetseg Mining LLC is the Mongolian company that holds the licences. We own 66% and Erdenes Tavan owns 34%, which it received in 2025.\n\n" +
		"Q: And the rail line?\n\nDorj: We are in talks about it.\n"
	checkPageRelations(t, text, true, []string{
		"executive_of(Bold Dorj, Tsetseg Copper Corp.) 0",
		"stake_in(Erdenes Tavan, Tsetseg Mining LLC) 34",
		"stake_in(Tsetseg Copper Corp., Tsetseg Mining LLC) 66",
	})
}

// TestTableColumnMaterials checks a table whose rows name months: each
// figure is of the material its column's head names, and "of which by
// rail" of the column before.
func TestTableColumnMaterials(t *testing.T) {
	text := "Mongolia exported more coal.\n\nMonthly exports, 2026 (thousand tonnes)\n\n" +
		"Month        Coal, total    of which by rail    Copper concentrate\n" +
		"May            7,021.4           1,684.9              118.3\n" +
		"June           7,488.2           1,872.6              121.7\n\nSource: customs.\n"
	a := parsePage(t, text)
	var got []string
	for _, q := range a.Quantities {
		got = append(got, q.Span.Text(text)+" "+q.Commodity)
	}
	want := []string{"7,021.4 coal", "1,684.9 coal", "118.3 copper", "7,488.2 coal", "1,872.6 coal", "121.7 copper"}
	if !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// entityName returns the name of the entity with the given id in a, or
// "" when there is none.
func entityName(a *article.Article, id string) string {
	for _, e := range a.Entities {
		if e.ID == id {
			return e.Name
		}
	}
	return ""
}

// TestStatePressRelease checks a ministry's release on a state portal:
// the portal's and the ministry's names over it head nothing and place
// it in the ministry's state; the press desk's credit is no summary; a
// body named with and without its state is one; board and department
// titles name their people; "its" officer of a state corporation; and
// a meeting held "in Astana with" a delegation.
func TestStatePressRelease(t *testing.T) {
	text := "Official Information Source of the Prime Minister of the Republic of Kazakhstan\nMinistry of Industry and Construction of the Republic of Kazakhstan\n\nPress releases\n\n" +
		"Kazakhstan and Korea agree to develop tungsten together\n\n12 February 2026 17:40\nPress service of the Ministry of Industry and Construction of the Republic of Kazakhstan\n\n" +
		"On 11 February, Vice Minister of Industry and Construction of the Republic of Kazakhstan Aidar Bekov held a meeting in Astana with a delegation of the Korea Mineral Resources Agency (KOMRA) headed by its Executive Vice President Choi Jae-won.\n\n" +
		"The Chairman of the Management Board of Qazaq Volfram JSC Yerbol Temirov said output began. " +
		"The meeting was attended by the Director of the Department of Mining and Metallurgical Industry of the Ministry, Gulnara Serikova. " +
		"The Ministry of Industry and Construction will report on it.\n"
	a := parsePage(t, text)
	if want := "Kazakhstan and Korea agree to develop tungsten together"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if a.Summary != "" {
		t.Errorf("summary %q, want none", a.Summary)
	}
	if got := a.Country.String(); got != "KZ" {
		t.Errorf("country %s, want KZ", got)
	}
	want := []string{"person Aidar Bekov (Vice Minister @ Ministry of Industry and Construction of the Republic of Kazakhstan)",
		"person Choi Jae-won (Executive Vice President @ Korea Mineral Resources Agency)",
		"person Yerbol Temirov (Chairman of the Management Board @ Qazaq Volfram JSC)",
		"person Gulnara Serikova (Director @ Department of Mining and Metallurgical Industry)"}
	if got := entityLinesOf(a, "person"); !slices.Equal(got, want) {
		t.Errorf("people %q, want %q", got, want)
	}
	if got := entityLinesOf(a, "government"); len(got) == 0 || got[0] != "government Ministry of Industry and Construction of the Republic of Kazakhstan | Ministry of Industry and Construction [KZ]" || slices.ContainsFunc(got[1:], func(l string) bool { return strings.HasPrefix(l, "government Ministry of Industry") }) {
		t.Errorf("bodies %q, want the ministry once, with and without its state", got)
	}
	checkPageRelations(t, text, false, []string{
		"executive_of(Yerbol Temirov, Qazaq Volfram JSC)",
		"meeting(Aidar Bekov, Choi Jae-won)",
		"meeting(Aidar Bekov, Korea Mineral Resources Agency)",
		"official_of(Aidar Bekov, Ministry of Industry and Construction of the Republic of Kazakhstan)",
		"official_of(Choi Jae-won, Korea Mineral Resources Agency)",
		"official_of(Gulnara Serikova, Department of Mining and Metallurgical Industry)",
	})
}

// TestInsideInformationNotice checks an AIM announcement: the market-
// abuse notice in capitals and the issuer's defined terms under its
// name head nothing; the unit that "its wholly owned subsidiary, X,"
// names signs the deals, with both parties of "with A (...), a
// subsidiary of B, and with C".
func TestInsideInformationNotice(t *testing.T) {
	text := "RNS Number : 4817K\nTengiz Tungsten plc\n22 September 2026\n\n" +
		"THIS ANNOUNCEMENT CONTAINS INSIDE INFORMATION FOR THE PURPOSES OF ARTICLE 7 OF THE UK VERSION OF REGULATION (EU) NO 596/2014.\n\n" +
		"Tengiz Tungsten plc\n(\"Tengiz\" or the \"Company\")\n\nBinding offtake agreements for tungsten concentrate\n\n" +
		"Tengiz Tungsten plc (AIM: TGZ), the tungsten developer, is pleased to announce that its wholly owned Kazakh subsidiary, Shygys Volfram LLP (\"Shygys\"), has entered into binding offtake agreements with Kanazawa Tungsten Co., Ltd. (\"Kanazawa\"), a subsidiary of Hokuriku Holdings Inc. (TSE: 5741), and with Korea's Daemyung Carbide Co., Ltd. for concentrate. " +
		"Tegirmen Coal LLC sells about 600,000 t a year to power plants and cement works under contracts with Sirdaryo Energy Generation JSC. Prices fell.\n"
	a := parsePage(t, text)
	if want := "Binding offtake agreements for tungsten concentrate"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := a.AsOf.String(); got != "2026-09-22" {
		t.Errorf("as of %s, want 2026-09-22", got)
	}
	if got := entityLinesOf(a, "company"); !slices.Contains(got, "company Sirdaryo Energy Generation JSC | Sirdaryo Energy Generation") {
		t.Errorf("companies %q: want Sirdaryo Energy Generation JSC, its sentence's full stop left out", got)
	}
	checkPageRelations(t, text, false, []string{
		"agreement(Shygys Volfram LLP, Daemyung Carbide Co., Ltd.)",
		"agreement(Shygys Volfram LLP, Kanazawa Tungsten Co., Ltd.)",
		"agreement(Tegirmen Coal LLC, Sirdaryo Energy Generation JSC)",
		"subsidiary_of(Kanazawa Tungsten Co., Ltd., Hokuriku Holdings Inc.)",
		"subsidiary_of(Shygys Volfram LLP, Tengiz Tungsten plc)",
		"supplier_of(Tegirmen Coal LLC, Sirdaryo Energy Generation JSC)",
	})
}

// TestVentureOfThePair checks "The joint venture company, V, is ..."
// after a sentence that opens with two firms: they are partners.
func TestVentureOfThePair(t *testing.T) {
	text := "Ohangaron Metals JSC and China's Ganzhou Tungsten Co. have started building a plant near Angren, the ministry said. The joint venture company, Angren Tungsten LLC, will make 3,500 tpa of APT.\n"
	checkPageRelations(t, text, false, []string{"joint_venture(Ohangaron Metals JSC, Ganzhou Tungsten Co.)"})
}

// TestRussianStyleNames checks shapes of news translated from Russian:
// "the general director of X JSC (KASE: XXX) Y Z" and without the
// ticker; "the Chinese X Co.", whose demonym names the country but not
// the firm; and "a subsidiary of the national carrier's freight arm X".
func TestRussianStyleNames(t *testing.T) {
	text := "Coal exports rose. \"The reason is price,\" explains the general director of Irtysh Komir JSC (KASE: IRKM) Bauyrzhan Dosov. " +
		"In October Irtysh Komir signed a supply agreement with the Chinese Kashgar Power Fuel Co., under which it will deliver coal. " +
		"Rail operator Khorgos Transit LLP, a subsidiary of the national carrier's freight arm Temir Cargo JSC, says so. " +
		"The general director of Irtysh Komir JSC Bauyrzhan Dosov agreed.\n"
	a := parsePage(t, text)
	want := []string{"company Irtysh Komir JSC | Irtysh Komir [KZ]", "person Bauyrzhan Dosov (general director @ Irtysh Komir JSC)", "country CN | Chinese",
		"company Kashgar Power Fuel Co. | Kashgar Power Fuel [CN]", "company Khorgos Transit LLP", "company Temir Cargo JSC | Temir Cargo"}
	if got := entityLines(a); !slices.Equal(got, want) {
		t.Errorf("entities %q, want %q", got, want)
	}
	checkPageRelations(t, text, false, []string{
		"agreement(Irtysh Komir JSC, Kashgar Power Fuel Co.)",
		"executive_of(Bauyrzhan Dosov, Irtysh Komir JSC)",
		"subsidiary_of(Khorgos Transit LLP, Temir Cargo JSC)",
	})
}

// TestIndonesianDisclosure checks an IDX information disclosure in
// English: its translation note is boilerplate, so the cover's date
// field dates it; parties listed with short names defined in brackets
// form the venture; the capital "held as follows:" over lettered items
// gives each holder's share; a deal's defined term and a permit are no
// firms; "Bapak" and "Ibu" are forms of address; and the unit before
// ", in which the Company holds 99.9%," signs and is held.
func TestIndonesianDisclosure(t *testing.T) {
	text := "KETERBUKAAN INFORMASI / INFORMATION DISCLOSURE\n(Unofficial English translation. In the event of any inconsistency, the Indonesian-language version shall prevail.)\n\n" +
		"Company Name     : PT Routa Logam Tbk\nStock Code       : RTLG\nDate             : 14 April 2026\n\n" +
		"Establishment of a joint venture company\n\n" +
		"PT Routa Logam Tbk (the \"Company\"; IDX: RTLG) hereby informs the shareholders of the following material information.\n\n" +
		"On 10 April 2026, the Company, Heyuan Resources (Singapore) Pte. Ltd. (\"Heyuan Singapore\") and Mutsuki Shoji Corporation (\"Mutsuki\") signed a Joint Venture and Shareholders' Agreement (the \"JVA\") to establish PT Heyuan Routa Nickel (the \"JV Company\"), which will build a plant.\n\n" +
		"Under the JVA, the issued capital of the JV Company will be held as follows:\na. Heyuan Singapore: 55% (fifty-five percent);\nb. the Company: 30% (thirty percent); and\nc. Mutsuki: 15% (fifteen percent).\n\n" +
		"Concurrently with the JVA, the Company's subsidiary, PT Routa Tambang (\"RT\"), in which the Company holds 99.9% of the shares, signed an Ore Supply Agreement with the JV Company. " +
		"RT holds a Mining Business Permit (IUP) in Routa.\n\n" +
		"The JVA was signed on behalf of the Company by Bapak Hendra Lubis, President Director, and Ibu Ratna Wardhani, Finance Director.\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2026-04-14" {
		t.Errorf("as of %s, want 2026-04-14", got)
	}
	for _, l := range entityLines(a) {
		if strings.Contains(l, "JVA") || strings.Contains(l, "Permit") {
			t.Errorf("entity %q: a deal's term or a permit", l)
		}
	}
	for _, l := range a.Listings {
		if l.Symbol() == "IUP" {
			t.Errorf("listing %+v: a permit's acronym", l)
		}
	}
	want := []string{"person Hendra Lubis | Bapak Hendra Lubis (President Director @ PT Routa Logam Tbk)", "person Ratna Wardhani | Ibu Ratna Wardhani (Finance Director @ PT Routa Logam Tbk)"}
	if got := entityLinesOf(a, "person"); !slices.Equal(got, want) {
		t.Errorf("people %q, want %q", got, want)
	}
	checkPageRelations(t, text, true, []string{
		"agreement(PT Routa Tambang, PT Heyuan Routa Nickel) 0",
		"executive_of(Hendra Lubis, PT Routa Logam Tbk) 0",
		"executive_of(Ratna Wardhani, PT Routa Logam Tbk) 0",
		"joint_venture(Heyuan Resources (Singapore) Pte. Ltd., Mutsuki Shoji Corporation) 0",
		"joint_venture(PT Routa Logam Tbk, Heyuan Resources (Singapore) Pte. Ltd.) 0",
		"joint_venture(PT Routa Logam Tbk, Mutsuki Shoji Corporation) 0",
		"stake_in(Heyuan Resources (Singapore) Pte. Ltd., PT Heyuan Routa Nickel) 55",
		"stake_in(Mutsuki Shoji Corporation, PT Heyuan Routa Nickel) 15",
		"stake_in(PT Routa Logam Tbk, PT Heyuan Routa Nickel) 30",
		"stake_in(PT Routa Logam Tbk, PT Routa Tambang) 99.9",
		"subsidiary_of(PT Routa Tambang, PT Routa Logam Tbk) 0",
	})
}

// TestNewsletterItemsOfIndonesianMiners checks a newsletter's numbered
// items: "The company also signed" in an item is the item's firm, not
// the headline's, and so is the President Director quoted after it;
// "X remains President Director" titles X; "state mining holding X" is
// a firm; "in which A will hold 51%, B 29% and C 20%" gives each share.
func TestNewsletterItemsOfIndonesianMiners(t *testing.T) {
	text := "Nickel and tin weekly: PT Landak Bauksit Tbk signs refinery deal\n\n" +
		"1. Landak signs refinery deal\n\nPT Landak Bauksit Tbk (IDX: LDBK) signed a refinery deal with Haiyue Alumina Co. The partners did not disclose the value.\n\n" +
		"2. Belitung Timah lifts tin sales\n\nPT Belitung Timah Tbk (BEI: BLTM) sold 1,850 tonnes of refined tin in the quarter.\n\n" +
		"The company also signed a one-year supply agreement with Kitayama Solder Co., Ltd. (TYO: 5785) for 200 tonnes a month. \"Japan values traceability,\" President Director Ferry Wijaya said in a statement.\n\n" +
		"3. Board changes\n\nShareholders of PT Morowali Nikel Tbk appointed Heru Santoso as President Commissioner. Dedi Pratama remains President Director.\n\n" +
		"4. Venture\n\nThe plant will be owned by a new company, PT Sagu Hidro Metal, in which Jiangxi Lanxi Co will hold 51%, PT Landak Bauksit Tbk 29% and Hanil Materials Co 20%. " +
		"State mining holding MIND NUSA, which owns 15% of PT Belitung Timah Tbk, has no stake in it.\n"
	checkPageRelations(t, text, true, []string{
		"agreement(PT Belitung Timah Tbk, Kitayama Solder Co., Ltd.) 0",
		"agreement(PT Landak Bauksit Tbk, Haiyue Alumina Co.) 0",
		"executive_of(Dedi Pratama, PT Morowali Nikel Tbk) 0",
		"executive_of(Ferry Wijaya, PT Belitung Timah Tbk) 0",
		"executive_of(Heru Santoso, PT Morowali Nikel Tbk) 0",
		// (The owners of the new company own the venture: its partners,
		// as DESIGN counts them.)
		"joint_venture(Jiangxi Lanxi Co, Hanil Materials Co) 0",
		"joint_venture(Jiangxi Lanxi Co, PT Landak Bauksit Tbk) 0",
		"joint_venture(PT Landak Bauksit Tbk, Hanil Materials Co) 0",
		"stake_in(Hanil Materials Co, PT Sagu Hidro Metal) 20",
		"stake_in(Jiangxi Lanxi Co, PT Sagu Hidro Metal) 51",
		"stake_in(MIND NUSA, PT Belitung Timah Tbk) 15",
		"stake_in(PT Landak Bauksit Tbk, PT Sagu Hidro Metal) 29",
	})
}

// TestIndonesianRoundup checks a roundup of Indonesian miners: a table
// whose rows name a firm, its ticker, a product and a unit; the short
// names the table uses, the firms' names without the words of good omen
// that end them; and "two-thirds of its ore is sold to Y".
func TestIndonesianRoundup(t *testing.T) {
	text := "Third-quarter output of Indonesian miners\n\nListed miners reported their output.\n\n" +
		"Company          Ticker    Product                      Unit      3Q26      3Q25\n" +
		"Lasusua Nikel    LSNK.JK   Nickel ore                   mn wmt    4.82      4.15\n" +
		"Tanjung Bara     TJBR.JK   Thermal coal                 mn t      11.37     10.92\n\n" +
		"PT Lasusua Nikel Jaya Tbk lifted ore output by 16%. Roughly two-thirds of its ore is sold to PT Kolaka Baja Industri, a steel producer in which Lasusua Nikel holds 20%.\n\n" +
		"PT Tanjung Bara Sentosa Tbk produced more coal.\n"
	a := parsePage(t, text)
	var got []string
	for _, q := range a.Quantities {
		got = append(got, q.Span.Text(text)+" "+q.Amount.Tonnes().String()+" "+q.Commodity)
	}
	want := []string{"4.82 4820000 nickel", "4.15 4150000 nickel", "11.37 11370000 coal", "10.92 10920000 coal"}
	if !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
	wantCo := []string{"company PT Lasusua Nikel Jaya Tbk | Lasusua Nikel | PT Lasusua Nikel Jaya [ID]", "company PT Tanjung Bara Sentosa Tbk | Tanjung Bara | PT Tanjung Bara Sentosa [ID]"}
	for _, w := range wantCo {
		if got := entityLinesOf(a, "company"); !slices.Contains(got, w) {
			t.Errorf("companies %q: want %q", got, w)
		}
	}
	checkPageRelations(t, text, true, []string{
		"stake_in(PT Lasusua Nikel Jaya Tbk, PT Kolaka Baja Industri) 20",
		"supplier_of(PT Lasusua Nikel Jaya Tbk, PT Kolaka Baja Industri) 0",
	})
}

// TestSigningInThePresenceOf checks a release's signing: a dateline of
// two places joined by "and" dates it; "Minister of Investment/Head of
// BKPM X", a second post after a slash, titles X; "and Ambassador of
// South Korea to Indonesia, Y," the next official of the list; and
// "met Minister Rizal", the minister named before.
func TestSigningInThePresenceOf(t *testing.T) {
	text := "PRESS RELEASE\n\nHanbit Materials to buy a stake in an Indonesian smelter\n\n" +
		"SEOUL and JAKARTA, October 22, 2026 - Hanbit Materials Co., Ltd. (KOSDAQ: 389721) today announced a deal. " +
		"The agreement was signed at the Ministry of Investment/BKPM in the presence of Minister of Investment/Head of BKPM Rizal Effendi Nasution and Ambassador of South Korea to Indonesia, Park Min-ho. " +
		"Before the signing, Hanbit Chief Executive Officer Jang Tae-kyung met Minister Rizal.\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2026-10-22" {
		t.Errorf("as of %s, want 2026-10-22", got)
	}
	checkPageRelations(t, text, false, []string{
		"executive_of(Jang Tae-kyung, Hanbit Materials Co., Ltd.)",
		"meeting(Jang Tae-kyung, Rizal Effendi Nasution)",
		"official_of(Park Min-ho, South Korea)",
		"official_of(Rizal Effendi Nasution, Ministry of Investment)",
	})
}

// TestShareholdersMeetingNews checks news of an Indonesian firm's
// annual meeting: the meeting's acronym in Indonesian is no firm; "X was
// known as Y ... before changing its name" is a former name; and "The
// shareholders appointed Z as President Commissioner" titles Z at the
// firm the story is about.
func TestShareholdersMeetingNews(t *testing.T) {
	text := "Sambas Bauksit to join alumina refinery venture\n\n" +
		"JAKARTA - The shareholders of bauxite miner PT Sambas Bauksit Prima Tbk (SMBP) approved a refinery at the Annual General Meeting of Shareholders (RUPST) held in Jakarta on Thursday. " +
		"The refinery will be built by PT Ketapang Alumina, a venture with Henan Yudong Aluminium Co., Ltd.\n\n" +
		"Before this, SMBP was known as PT Sambas Agro Lestari Tbk, a plantation company, before changing its name in 2019.\n\n" +
		"The RUPST also changed the company's Board of Commissioners. The shareholders appointed Bapak Teguh Ardi as President Commissioner.\n"
	a := parsePage(t, text)
	for _, l := range entityLines(a) {
		if strings.Contains(l, "RUPST") {
			t.Errorf("entity %q: a meeting's acronym", l)
		}
	}
	if got, want := entityLinesOf(a, "person"), []string{"person Teguh Ardi | Bapak Teguh Ardi (President Commissioner @ PT Sambas Bauksit Prima Tbk)"}; !slices.Equal(got, want) {
		t.Errorf("people %q, want %q", got, want)
	}
	checkPageRelations(t, text, false, []string{
		"executive_of(Teguh Ardi, PT Sambas Bauksit Prima Tbk)",
		"former_name(PT Sambas Bauksit Prima Tbk, PT Sambas Agro Lestari Tbk)",
	})
}

// TestJapaneseTimelyDisclosure checks a Japanese notice: officers named
// family name first in capitals ("TAKEBAYASHI Shunsuke, President"); a
// counterparty's representative field that gives the title first; and
// the state lender JBIC, a state body.
func TestJapaneseTimelyDisclosure(t *testing.T) {
	text := "Notice Concerning Acquisition of Shares\n\nCompany name: Tokiwa Shoji Kaisha, Ltd.\n\n" +
		"The deal was approved by TAKEBAYASHI Shunsuke, President and Chief Executive Officer of Tokiwa Shoji Kaisha, Ltd. " +
		"The Company has applied to Japan Bank for International Cooperation (JBIC) for a loan.\n\n" +
		"3. Overview of the Company Whose Shares Will Be Acquired\n\n(1) Name: Minera Punta Alta S.A.\n(2) Location: Chile\n" +
		"(3) Title and name of representative: Chief Executive Officer, Tomas Errazuriz Pinto\n(4) Description of business: Mining\n"
	a := parsePage(t, text)
	if got := entityLinesOf(a, "government"); !slices.Equal(got, []string{"government Japan Bank for International Cooperation | JBIC [JP]"}) {
		t.Errorf("bodies %q, want JBIC", got)
	}
	checkPageRelations(t, text, false, []string{
		"executive_of(TAKEBAYASHI Shunsuke, Tokiwa Shoji Kaisha, Ltd.)",
		"executive_of(Tomas Errazuriz Pinto, Minera Punta Alta S.A.)",
	})
}

// TestJapaneseReleaseHeads checks the heads of Japanese releases and
// newsletters: a paper's name and its section or edition after a dash
// heads nothing; a newsletter's strap under its issue line gives way to
// the headline; a dateline of two cities in title case dates the page;
// "(Tokyo Stock Exchange Prime Market, Code 5406; President: X)" lists
// the firm and titles X; "(JBIC; Governor: Y)" titles Y at JBIC; and a
// contacts block's label is no word of a firm's name.
func TestJapaneseReleaseHeads(t *testing.T) {
	for _, tc := range []struct{ text, head string }{
		{"METALS & ENERGY JAPAN \u2014 Interviews\n\n\"Copper first\": Kuroda's metals chief on where the house will invest\n\nInterview by Jane Roe | Published 25 January 2027\n\nKuroda Corporation has sold coal assets.\n",
			"\"Copper first\": Kuroda's metals chief on where the house will invest"},
		{"Kinzoku Jiho \u2014 English Edition\n\nShimanto Materials to Accept Indonesian MHP in April\n\nJanuary 28, 2027\n\nShimanto Materials Co., Ltd. announced a deal.\n",
			"Shimanto Materials to Accept Indonesian MHP in April"},
		{"JAPAN RESOURCES BRIEF\nIssue 412 | Friday, 19 February 2027\nThe week's deals, data and people in Japan's supply chains\n\nHatsukari locks in LNG; Akashi Steel buys into coal\n\nHatsukari Corporation signed a deal.\n",
			"Hatsukari locks in LNG; Akashi Steel buys into coal"},
	} {
		if a := parsePage(t, tc.text); a.Headline != tc.head {
			t.Errorf("headline %q, want %q", a.Headline, tc.head)
		}
	}
	text := "NEWS RELEASE\n\nIbuki Steel to Acquire a Coal Stake\n\n" +
		"Tokyo and Vancouver, March 4, 2027 \u2014 Ibuki Steel Corporation (Tokyo Stock Exchange Prime Market, Code 5406; President and Representative Director: Hideaki Morozumi) today announced a deal. " +
		"Japan Bank for International Cooperation (JBIC; Governor: Tadashi Kuribayashi) signed a loan agreement with Ibuki Steel.\n\n" +
		"Contacts\nIbuki Steel Corporation\nPublic Relations Center\nTel: +81-3-6867-2100\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2027-03-04" {
		t.Errorf("as of %s, want 2027-03-04", got)
	}
	if len(a.Listings) != 1 || a.Listings[0].Symbol() != "5406" || a.Listings[0].MIC() != "XTKS" || entityName(a, a.Listings[0].Entity) != "Ibuki Steel Corporation" {
		t.Errorf("listings %+v, want 5406 on XTKS for Ibuki Steel Corporation", a.Listings)
	}
	for _, l := range entityLines(a) {
		if strings.Contains(l, "Contacts") {
			t.Errorf("entity %q: a block's label in a name", l)
		}
	}
	// (The state bank that opens its sentence signs the loan agreement.)
	checkPageRelations(t, text, false, []string{
		"agreement(Japan Bank for International Cooperation, Ibuki Steel Corporation)",
		"executive_of(Hideaki Morozumi, Ibuki Steel Corporation)",
		"official_of(Tadashi Kuribayashi, Japan Bank for International Cooperation)",
	})
}

// TestPassiveSalesOfTheIssuer checks a quarterly report's sales told in
// the passive: "Three cargoes were delivered to A under the offtake
// agreement, and two cargoes were sold to B under the binding
// offtake": the issuer supplies both, under a deal with each.
func TestPassiveSalesOfTheIssuer(t *testing.T) {
	text := "Quarterly Activities Report\n\nYalgoo Lithium Limited (ASX: YLG) reports on the quarter.\n\nSales\n\n" +
		"Three cargoes (35,400 dmt) were delivered to Zhejiang Kairui Lithium Co., Ltd. under the life-of-mine offtake agreement, and two cargoes (23,330 dmt) were sold to Korean precursor maker Sejin Materials Co., Ltd. under the binding offtake signed in October 2025.\n"
	checkPageRelations(t, text, false, []string{
		"agreement(Yalgoo Lithium Limited, Sejin Materials Co., Ltd.)",
		"agreement(Yalgoo Lithium Limited, Zhejiang Kairui Lithium Co., Ltd.)",
		"supplier_of(Yalgoo Lithium Limited, Sejin Materials Co., Ltd.)",
		"supplier_of(Yalgoo Lithium Limited, Zhejiang Kairui Lithium Co., Ltd.)",
	})
}

// TestSubstantialHolderNotice checks an ASX platform's notice: its
// fields ("Announcement type:", "Pages:") and the statutory form's
// labels ("Form 604", "Corporations Act 2001", "Section 671B") head
// nothing; the notice's title is the headline and "Released:" dates it.
func TestSubstantialHolderNotice(t *testing.T) {
	text := "ASX Announcements Platform\nKARRA IRON LIMITED (KRR)\nAnnouncement type: Change in substantial holding\nReleased: 14/05/2026 9:12 AM\nPages: 5   Price sensitive: No\n\n" +
		"Form 604\nCorporations Act 2001\nSection 671B\n\nNotice of change of interests of substantial holder\n\nTo: Company Name/Scheme      Karra Iron Limited\n\n" +
		"Shandong Jinhai Steel Group Co., Ltd. became a substantial holder of Karra Iron Limited on 12 May 2026.\n"
	a := parsePage(t, text)
	if want := "Notice of change of interests of substantial holder"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := a.AsOf.String(); got != "2026-05-14" {
		t.Errorf("as of %s, want 2026-05-14", got)
	}
}

// TestKoreanDisclosurePortals checks a Korean newsletter's head: its
// strap between the masthead and the issue line gives way to the
// headline.
func TestKoreanDisclosurePortals(t *testing.T) {
	for _, tc := range []struct{ text, head, asOf string }{
		{"K-MATERIALS BRIEF\nKorea's battery materials, steel and metals week in 10 minutes\nIssue 212 | Friday, October 30, 2026\n\n" +
			"This week: a lithium stockpile and a bulker pair\n\nKorea's state miner added lithium to its stockpile. It bought 2,000 tonnes of lithium carbonate from a Chilean producer in the week.\n",
			"This week: a lithium stockpile and a bulker pair", "2026-10-30"},
	} {
		a := parsePage(t, tc.text)
		if a.Headline != tc.head || a.AsOf.String() != tc.asOf {
			t.Errorf("headline %q, as of %s; want %q, %s", a.Headline, a.AsOf, tc.head, tc.asOf)
		}
	}
}

// TestUnderADealConcludedWith checks "Under a contract concluded with
// Y, the company will receive ...": "the company" is the firm the text
// spoke of before, not Y, and the two are the deal's parties.
func TestUnderADealConcludedWith(t *testing.T) {
	text := "Shimanto Materials Co., Ltd. makes nickel sulfate in Ehime. Under a long-term purchase contract concluded with KHN Nikel Co., the company will receive 24,000 tons per year.\n"
	checkPageRelations(t, text, false, []string{"agreement(Shimanto Materials Co., Ltd., KHN Nikel Co.)"})
}

// TestInterviewOurPartner checks an interview's answer: "we sold our 30%
// stake in X to our partner Y": Y buys it; "our" before "partner" is
// the speaker's firm, not the buyer.
func TestInterviewOurPartner(t *testing.T) {
	text := "\"Copper first\": Hayase's metals chief on where the house will invest\n\nHayase Corporation (TSE: 8075) has sold coal assets. We asked its executive officer Sato Ken how far that will go.\n\n" +
		"Q: Are you leaving coal?\n\nSato: Last year we sold our 30% stake in Barney Coal Pty Ltd to our partner Wattle Resources Ltd. That completed our exit.\n\n" +
		"Q: And nickel?\n\nSato: We are patient.\n"
	got := relationLines(parsePage(t, text), true)
	if !slices.Contains(got, "acquisition(Wattle Resources Ltd., Barney Coal Pty Ltd) 30") || slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, "acquisition(Hayase") }) {
		t.Errorf("relations %q: want Wattle Resources buying 30%% of Barney Coal, not Hayase", got)
	}
}

// TestPartnersOfTradingHouses checks a roundup of trading houses: "X,
// a Queensland joint venture it owns 50-50 with Y": the firm of the
// sentence before and Y hold half each; "sells its concentrate to
// Kagiya's refining partner in Finland, Z Oy,": Z, a Finnish firm, buys.
func TestPartnersOfTradingHouses(t *testing.T) {
	text := "Trading houses report.\n\nOshio Corporation (8041 JT) saw profit drop 31%. Most of its coking coal comes from Comet River Coal Pty Ltd, a Queensland joint venture it owns 50-50 with Aramac Mining Ltd. Comet River shipped more.\n\n" +
		"Kagiya Corporation bought 49% of Lefroy Nickel Pty Ltd. Lefroy Nickel sells its concentrate to Kagiya's refining partner in Finland, Pohjola Nickel Oy, under an agreement running to 2031.\n"
	got := relationLines(parsePage(t, text), true)
	for _, w := range []string{"joint_venture(Oshio Corporation, Aramac Mining Ltd.) 0", "stake_in(Oshio Corporation, Comet River Coal Pty Ltd) 50", "stake_in(Aramac Mining Ltd., Comet River Coal Pty Ltd) 50",
		"supplier_of(Lefroy Nickel Pty Ltd., Pohjola Nickel Oy) 0"} {
		if !slices.Contains(got, w) {
			t.Errorf("relations %q: want %q", got, w)
		}
	}
}

// TestResolutionArticles: the articles of a board's resolution approve
// deals with no subject; the issuer is their party.
func TestResolutionArticles(t *testing.T) {
	text := `HOANG SON STEEL GROUP JOINT STOCK COMPANY

Board resolution on raw material contracts

Hanoi, October 14, 2026

Article 1. To approve the signing of a long-term coking coal import contract between the Company and Walla Coal Sales Pty Ltd (Australia), under which Walla Coal Sales will supply up to 2.4 million tonnes of coking coal in 2027.

Article 2. To approve the signing of an iron ore purchase contract with Mineira Campos S.A. (Brazil) for 3.0 million tonnes of iron ore fines, and a framework agreement with Kestrel Ore Trading Pte. Ltd. (Singapore) for the purchase of up to 1.5 Mt of lump ore.

Article 3. Not to approve the signing of a coke supply contract with Tay Bac Coke JSC.
`
	checkPageRelations(t, text, false, []string{
		"agreement(HOANG SON STEEL GROUP JOINT STOCK COMPANY, Kestrel Ore Trading Pte. Ltd.)",
		"agreement(HOANG SON STEEL GROUP JOINT STOCK COMPANY, Mineira Campos S.A.)",
		"agreement(HOANG SON STEEL GROUP JOINT STOCK COMPANY, Walla Coal Sales Pty Ltd)",
		"supplier_of(Walla Coal Sales Pty Ltd, HOANG SON STEEL GROUP JOINT STOCK COMPANY)",
	})
}

// TestSignedResolutionPeople: a resolution's signer, the title over
// "(signed and sealed)" and the name, and the officer a disclosure's
// field names with a dash and the title; "Deputy General Director" is
// one title, not "Deputy General" before a name.
func TestSignedResolutionPeople(t *testing.T) {
	text := `HOANG SON STEEL GROUP JOINT STOCK COMPANY

Board resolution on raw material contracts

Hanoi, October 14, 2026

The Board of Directors of the Company approved the 2027 import plan. Deputy General Director Le Minh Chau will oversee the purchases. Mr. Do Van Hai, Chairman of the Board of Hoang Son Steel, said the contracts secure supply for the new furnace.

ON BEHALF OF THE BOARD OF DIRECTORS
CHAIRMAN
(signed and sealed)
Tran Quoc Vinh

Person authorized to disclose information: Ms. Vu Thanh Mai – Investor Relations Manager
Tel: (+84-24) 3 862 118
`
	got := entityLinesOf(parsePage(t, text), "person")
	want := []string{
		"person Le Minh Chau (Deputy General Director @ HOANG SON STEEL GROUP JOINT STOCK COMPANY)",
		"person Do Van Hai | Mr. Do Van Hai (Chairman of the Board @ HOANG SON STEEL GROUP JOINT STOCK COMPANY)",
		"person Tran Quoc Vinh (CHAIRMAN @ HOANG SON STEEL GROUP JOINT STOCK COMPANY)",
		"person Vu Thanh Mai | Ms. Vu Thanh Mai (Investor Relations Manager @ HOANG SON STEEL GROUP JOINT STOCK COMPANY)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestBylineBeforeWeekday: the writer's name ends before the day the
// byline dates the story with.
func TestBylineBeforeWeekday(t *testing.T) {
	text := "Rare earth miner wins licence\n\nBy Vu Hai Dang   Tuesday, November 3, 2026 | 05:12 pm GMT+7\n\nThe miner received a 25-year licence on Monday.\n"
	got := entityLinesOf(parsePage(t, text), "person")
	if diff := cmp.Diff([]string{"person Vu Hai Dang"}, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestInterviewQuestionsStandfirst: an interview whose headline quotes
// the one who answers, the standfirst naming that one's firm: "we" in
// the answers is the firm; a verb of agreeing met a second time in a
// sentence gives a second deal; what goes "through" a group's system
// goes to no buyer.
func TestInterviewQuestionsStandfirst(t *testing.T) {
	text := `"Every tonne now comes from deeper underground"

Tran Van Son, general director of Vinatex – Mao Khe Coal JSC (UPCoM: MKC), talks about mining deeper.

Interview by Hoang Anh
August 19, 2026

Mao Khe Coal is an underground producer in Quang Ninh. It is 65.5% owned by Vietnam Mining Holding Corporation.

How did the first half go?

We mined 1.62 million tonnes of coal. Last year we signed a contract with Beskid Mining Equipment S.A. of Poland for longwall sets, and in May we signed a second contract, with China's Shandong Rock Machinery Co., for roadheaders.

Who buys your coal?

We supply around 1.5 million tonnes a year to Hoanh Bo Thermal Power JSC under a five-year contract, and the rest goes to other plants through Vietnam Mining Holding Corporation's dispatch system.
`
	checkPageRelations(t, text, false, []string{
		"agreement(Vinatex – Mao Khe Coal JSC, Beskid Mining Equipment S.A.)",
		"agreement(Vinatex – Mao Khe Coal JSC, Hoanh Bo Thermal Power JSC)",
		"agreement(Vinatex – Mao Khe Coal JSC, Shandong Rock Machinery Co.)",
		"executive_of(Tran Van Son, Vinatex – Mao Khe Coal JSC)",
		"stake_in(Vietnam Mining Holding Corporation, Vinatex – Mao Khe Coal JSC)",
		"supplier_of(Vinatex – Mao Khe Coal JSC, Hoanh Bo Thermal Power JSC)",
	})
}

// TestSecondAgreementOfIssuer: a release's issuer signs supply deals
// and forms a venture; "with Y" after the venture is the venture's
// partner, no party to the supply deals, and "The second agreement,
// with Z," is the issuer's deal with Z.
func TestSecondAgreementOfIssuer(t *testing.T) {
	text := `Nam Son Power signs coal supply agreements and forms ammonia joint venture with Ibuki Power

Hanoi, December 2, 2026 – Nam Son Thermal Power Joint Stock Company ("Nam Son Power" or "the Company"; HOSE: NSP) today announced that it has signed coal supply agreements with two overseas suppliers.

Under the first agreement, PT Kutai Bara Jaya will supply 2.0 million tonnes per annum of coal to the Company's plant for ten years. The second agreement, with Wollemi Coal Marketing Pty Ltd of Australia, covers up to 800,000 tpa of coal for blending.

Nam Son Power and Ibuki Power Co., Ltd. will form a joint venture to build ammonia facilities.
`
	checkPageRelations(t, text, false, []string{
		"agreement(Nam Son Thermal Power Joint Stock Company, Wollemi Coal Marketing Pty Ltd)",
		"agreement(PT Kutai Bara Jaya, Nam Son Thermal Power Joint Stock Company)",
		"joint_venture(Nam Son Thermal Power Joint Stock Company, Ibuki Power Co., Ltd.)",
		"supplier_of(PT Kutai Bara Jaya, Nam Son Thermal Power Joint Stock Company)",
	})
}

// TestProvincialWorkingSession: a Vietnamese province's news of a
// working session: the official received and worked with a firm's
// delegation; the title named again keeps its post; a department
// "of the provincial" kind is the body; the venture's owners by the
// charter capital each contributes, "the Chinese partner" the one
// other firm.
func TestProvincialWorkingSession(t *testing.T) {
	text := `Province works with Hoa Son Steel on reopening an iron ore mine

Wednesday, 15/07/2026 - 08:20

On the afternoon of July 14, Mr. Lò Văn Minh, Vice Chairman of the Yen Bai Provincial People's Committee, received and worked with a delegation of Hoa Son Steel Joint Stock Company (HNX: HSS) led by Mr. Đặng Quốc Hùng, General Director.

Hoa Son Steel has signed a joint venture agreement with Guangxi Fangcheng Ore Co., Ltd. (China) to establish Hoa Son – Fangcheng Pellet Company Limited, in which Hoa Son Steel contributes 60% of the charter capital and the Chinese partner 40%.

Ms. Vi Thị Lan, Director of the provincial Department of Industry and Trade, said the mine would create jobs.

Concluding the session, Vice Chairman Lò Văn Minh asked the company to protect the river.
`
	checkPageRelations(t, text, true, []string{
		"executive_of(Đặng Quốc Hùng, Hoa Son Steel Joint Stock Company) 0",
		"joint_venture(Hoa Son Steel Joint Stock Company, Guangxi Fangcheng Ore Co., Ltd.) 0",
		"meeting(Lò Văn Minh, Hoa Son Steel Joint Stock Company) 0",
		"meeting(Lò Văn Minh, Đặng Quốc Hùng) 0",
		"official_of(Lò Văn Minh, Yen Bai Provincial People's Committee) 0",
		"official_of(Vi Thị Lan, Department of Industry and Trade) 0",
		"stake_in(Guangxi Fangcheng Ore Co., Ltd., Hoa Son – Fangcheng Pellet Company Limited) 40",
		"stake_in(Hoa Son Steel Joint Stock Company, Hoa Son – Fangcheng Pellet Company Limited) 60",
	})
}

// TestInterviewByline: "Interview by X" over the date signs an
// interview: X is its writer, the date the page's, after a standfirst
// that names the one who answers.
func TestInterviewByline(t *testing.T) {
	text := "Mining Monthly\n\n\"Every tonne now comes from deeper underground\"\n\n" +
		"Tran Van Son, general director of Mao Khe Coal JSC, talks about mining deeper.\n\n" +
		"Interview by Hoang Anh\nAugust 19, 2026\n\n" +
		"Mao Khe Coal is an underground producer.\n\nHow did the first half go?\n\nWe mined 1.6 million tonnes.\n\n" +
		"Who buys your coal?\n\nPower plants, mostly.\n\nWhat comes next?\n\nA deeper shaft.\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2026-08-19" {
		t.Errorf("as_of = %q, want 2026-08-19", got)
	}
	got := entityLinesOf(a, "person")
	want := []string{"person Tran Van Son (general director @ Mao Khe Coal JSC)", "person Hoang Anh"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestBoardListProfessorAndMarket: a board's list gives each its group's
// post, "Professor" being a form of address there; a market named right
// before its code's bracket ("on AIM (AIM: RDGM)") is no company.
func TestBoardListProfessorAndMarket(t *testing.T) {
	text := "HUAXIN LIMITED\n\nAnnouncement\n\nHong Kong, 17 March 2026\n\n" +
		"The Company will buy a copper mine from Ridgeback Plc, whose shares are admitted to trading on AIM (AIM: RDGM).\n\n" +
		"As at the date of this announcement, the independent non-executive Directors are Mr. Chow Kin Wah, Professor Ren Xiaodong and Ms. Yeung Mei Kuen.\n"
	got := entityLinesOf(parsePage(t, text), "person", "company")
	want := []string{
		"company HUAXIN LIMITED | The Company | HUAXIN",
		"company Ridgeback Plc | Ridgeback",
		"person Chow Kin Wah | Mr. Chow Kin Wah (independent non-executive Director @ HUAXIN LIMITED)",
		"person Ren Xiaodong (independent non-executive Director @ HUAXIN LIMITED)",
		"person Yeung Mei Kuen | Ms. Yeung Mei Kuen (independent non-executive Director @ HUAXIN LIMITED)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestCircularBoardColumn reads the left column of a circular's letter
// from the board: each heading's post for the names under it, the post
// in brackets where one is given; a form of address opens the next
// line's name; "Wan Chai" in the address column is a place.
func TestCircularBoardColumn(t *testing.T) {
	text := "QILIAN ZINC COMPANY LIMITED\n\nCircular\n\n24 November 2026\n\nThe Company proposes to renew its supply agreements.\n\n" +
		"LETTER FROM THE BOARD\n\n" +
		"Executive Directors:                        Registered office:\n" +
		"Mr. Wei Guoqing (Chairman)                  No. 6 Yanxing Road\n" +
		"Ms. Ma Xiaoyan                              Gansu Province, the PRC\n\n" +
		"Independent non-executive Directors:        39 Gloucester Road, Wan Chai\n" +
		"Mr. Poon Chi Ming                           Hong Kong\n" +
		"Dr. Hu Yaping\n" +
		"Ms. Kwok Wai Sum\n\n" +
		"1. INTRODUCTION\n\nThe Board announces the renewal.\n"
	got := entityLinesOf(parsePage(t, text), "person")
	want := []string{
		"person Wei Guoqing | Mr. Wei Guoqing (Chairman @ QILIAN ZINC COMPANY LIMITED)",
		"person Ma Xiaoyan | Ms. Ma Xiaoyan (Executive Director @ QILIAN ZINC COMPANY LIMITED)",
		"person Poon Chi Ming | Mr. Poon Chi Ming (Independent non-executive Director @ QILIAN ZINC COMPANY LIMITED)",
		"person Hu Yaping | Dr. Hu Yaping (Independent non-executive Director @ QILIAN ZINC COMPANY LIMITED)",
		"person Kwok Wai Sum | Ms. Kwok Wai Sum (Independent non-executive Director @ QILIAN ZINC COMPANY LIMITED)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestExchangeInBracketActsForNoFirm: "HKEX stock code: 3066" in the
// issuer's bracket names the exchange, an organisation, which is no
// subject of the firm's former name or purchase; "TSX Venture Exchange"
// is an exchange too.
func TestExchangeInBracketActsForNoFirm(t *testing.T) {
	text := "Shuangfeng completes Peru deal\n\n" +
		"Hong Kong, 2 March 2026 -- Xianfeng Moly Holdings Limited (\"Xianfeng\" or the \"Company\", HKEX stock code: 3066; formerly known as Xianfeng Tungsten Group Limited) today announced the completion of its acquisition of an 80% equity interest in Minera Cerro Verde Alto S.A.C.\n\n" +
		"Andesite Ridge Corp., listed on the TSX Venture Exchange, keeps the remaining 20%.\n"
	a := parsePage(t, text)
	got := entityLinesOf(a, "organization")
	if diff := cmp.Diff([]string{"organization HKEX", "organization TSX Venture Exchange"}, got); diff != "" {
		t.Errorf("organizations (-want +got):\n%s", diff)
	}
	rels := relationLines(a, true)
	slices.Sort(rels)
	want := []string{
		"acquisition(Xianfeng Moly Holdings Limited, Minera Cerro Verde Alto S.A.C.) 80",
		"former_name(Xianfeng Moly Holdings Limited, Xianfeng Tungsten Group Limited) 0",
		"stake_in(Xianfeng Moly Holdings Limited, Minera Cerro Verde Alto S.A.C.) 80",
	}
	for _, w := range want {
		if !slices.Contains(rels, w) {
			t.Errorf("relations miss %q; got %q", w, rels)
		}
	}
	for _, r := range rels {
		if strings.Contains(r, "HKEX") || strings.Contains(r, "TSX") {
			t.Errorf("relation of an exchange: %q", r)
		}
	}
}

// TestWithWhomItSigned: "It ... with Y, with whom it signed an MOU":
// the firm "It" stands for signed with Y.
func TestWithWhomItSigned(t *testing.T) {
	text := "Metals results\n\nHong Kong, 3 March 2026\n\nHengyue Aluminium Group Ltd kept output flat in the half.\n\n" +
		"It is also studying a smelter in Malaysia with Sarawak-based Bumi Kenyalang Berhad, with whom it signed a memorandum of understanding in July.\n"
	checkPageRelations(t, text, false, []string{"agreement(Hengyue Aluminium Group Ltd, Bumi Kenyalang Berhad)"})
}

// TestContactsAfterBlankLines: a release's contacts, each closed by a
// phone or mail line and a blank line; a firm's name on a line of its
// own over a contact is the firm that contact speaks for.
func TestContactsAfterBlankLines(t *testing.T) {
	text := "KORA ZINC LIMITED\n\nKora Zinc signs offtake\n\nPerth, 3 March 2026\n\nKora Zinc Limited (the Company) signed an offtake with Tachibana Corporation.\n\n" +
		"For further information, please contact:\n\n" +
		"Catherine Blackwood\nManaging Director\nKora Zinc Limited\n+61 8 6188 4400\n\n" +
		"Mark Donnelly\nCompany Secretary\n+61 8 6188 4402\n\n" +
		"Tachibana Corporation\nTakumi Arai, Manager\n+81 3 5220 7100\n"
	got := entityLinesOf(parsePage(t, text), "person")
	want := []string{
		"person Catherine Blackwood (Managing Director @ Kora Zinc Limited)",
		"person Mark Donnelly (Company Secretary @ Kora Zinc Limited)",
		"person Takumi Arai (Manager @ Tachibana Corporation)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestTableRowsWithBars: a table's rows, cells parted by bars and padded,
// are no trail of links: the firms their labels name are read, and a
// small figure in "mt" there is million tonnes, as in prose.
func TestTableRowsWithBars(t *testing.T) {
	text := "Coal output\n\nNew Delhi, 3 March 2027\n\nOutput rose in February, the company said.\n\n" +
		"Table 2: RKL production by subsidiary, February\n\n" +
		"Subsidiary                    | Feb 2027  | Feb 2026\n" +
		"Barakar Coalfields Ltd        | 4.12 mt   | 3.96 mt\n" +
		"Wardha Valley Coalfields Ltd  | 7.64 mt   | 7.31 mt\n"
	a := parsePage(t, text)
	got := entityLinesOf(a, "company")
	want := []string{"company Barakar Coalfields Ltd | Barakar Coalfields", "company Wardha Valley Coalfields Ltd | Wardha Valley Coalfields"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
	var qs []string
	for _, q := range a.Quantities {
		qs = append(qs, q.Text+" "+q.Amount.Tonnes().String())
	}
	if diff := cmp.Diff([]string{"4.12 mt 4120000", "3.96 mt 3960000", "7.64 mt 7640000", "7.31 mt 7310000"}, qs); diff != "" {
		t.Errorf("quantities (-want +got):\n%s", diff)
	}
}

// TestNewsletterCapsSections: a newsletter's numbered section heading in
// capitals ends at its line, so the item's headline under it names the
// firm, which the item's first sentence names in full; "ABS resins" is
// the plastic, no state body; an exchange's "Headline:" field heads the
// page without its label.
func TestNewsletterCapsSections(t *testing.T) {
	text := "Company News\nSymbol: RSI\nHeadline: Ratchaburi Steel lifts rebar sales\nDate/Time: 18 Aug 2026 17:46:02\n\n" +
		"2. STEEL\nRatchaburi Steel lifts rebar sales, orders new furnace\n\n" +
		"Ratchaburi Steel Industries PCL said third-quarter rebar sales rose 11% to 286,000 tonnes, and Rayong Polymers Plc, which makes polystyrene and ABS resins, cut output.\n\n" +
		"The mill has ordered a new furnace for its Ratchaburi site. Managing director Wichai Thanasombat said demand was firm.\n"
	a := parsePage(t, text)
	if a.Headline != "Ratchaburi Steel lifts rebar sales" {
		t.Errorf("headline = %q", a.Headline)
	}
	got := entityLinesOf(a, "company", "government", "person")
	want := []string{
		"company Ratchaburi Steel Industries PCL | Ratchaburi Steel | The mill | Ratchaburi | Ratchaburi Steel Industries",
		"company Rayong Polymers Plc | Rayong Polymers",
		"person Wichai Thanasombat (Managing director @ Ratchaburi Steel Industries PCL)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestItsPostAndHolders: "Its General Director is X" gives X the post
// at the firm the sentence before is about; "Its major shareholders are
// A, ..., which holds 51.0%, and B, which holds 24.5%" gives each its
// share of that firm.
func TestItsPostAndHolders(t *testing.T) {
	text := "Fertiliser deal\n\nHanoi, 3 March 2026\n\n" +
		"Song Lam Nitrogen Fertiliser JSC was listed in 2017. Its General Director is Nguyen Van Thanh. " +
		"Its major shareholders are Hong Linh Chemical Corporation, a state-owned chemicals group, which holds 51.0%, and Truong Son Investment JSC, which holds 24.5%.\n"
	checkPageRelations(t, text, true, []string{
		"executive_of(Nguyen Van Thanh, Song Lam Nitrogen Fertiliser JSC) 0",
		"stake_in(Hong Linh Chemical Corporation, Song Lam Nitrogen Fertiliser JSC) 51",
		"stake_in(Truong Son Investment JSC, Song Lam Nitrogen Fertiliser JSC) 24.5",
	})
}

// TestLetterToShareholders: in a letter to shareholders, "we" and "our"
// stand for the company the page is about: "Our offtake with Y" is its
// deal with Y, "our operating subsidiary, X" its unit.
func TestLetterToShareholders(t *testing.T) {
	text := "Wirrega Heavy Minerals Ltd – Annual Report 2026\n\nManaging Director's Letter\n\n18 August 2026\n\nDear Shareholders,\n\n" +
		"Our operating subsidiary, WHM Mining Pty Ltd, mined 4.9 million tonnes of ore during the year.\n\n" +
		"Our offtake with Beihai Zirconium Industry Co., Ltd. provides for up to 350,000 tonnes a year.\n\n" +
		"In Seoul we finalised the terms of our 50:50 joint venture with Daesung Rare Metals Co., Ltd.\n\n" +
		"I would like to thank our Chair, Anne-Marie Hollis, and my fellow directors.\n\nYours sincerely,\n\nPeter Costigan\nManaging Director\n"
	checkPageRelations(t, text, false, []string{
		"agreement(Wirrega Heavy Minerals Ltd, Beihai Zirconium Industry Co., Ltd.)",
		"executive_of(Anne-Marie Hollis, Wirrega Heavy Minerals Ltd)",
		"executive_of(Peter Costigan, Wirrega Heavy Minerals Ltd)",
		"joint_venture(Wirrega Heavy Minerals Ltd, Daesung Rare Metals Co., Ltd.)",
		"subsidiary_of(WHM Mining Pty Ltd, Wirrega Heavy Minerals Ltd)",
	})
}

// TestKoreanGivenNameWithoutHyphen: "Noh Seunghwan" in a caption is
// "Noh Seung-hwan" of the headline, and "Noh" alone is that person.
func TestKoreanGivenNameWithoutHyphen(t *testing.T) {
	text := "Gaya Carbon Materials CEO Noh Seung-hwan says flake will cut reliance on imports\n\n" +
		"[Photo provided by Gaya Carbon Materials] Gaya Carbon Materials CEO Noh Seunghwan poses at the plant.\n\n" +
		"Gaya Carbon Materials Co. had fewer than 40 days of feedstock. \"We thought we were a technology company,\" Noh said.\n"
	got := entityLinesOf(parsePage(t, text), "person")
	want := []string{"person Noh Seung-hwan | Noh Seunghwan | Noh (CEO @ Gaya Carbon Materials Co.)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestFilerLowerCaseCompany: a filing the issuer heads over "Disclosure
// date:" calls it "the company" in lower case; the exchange a firm is
// listed on, before its code, is no company.
func TestFilerLowerCaseCompany(t *testing.T) {
	text := "Today's Disclosures > KOSPI > Hanbit Chemical (093999 KS)\n\nHanbit Chemical Co., Ltd.\nDisclosure date: 2026/06/19 17:35\nDecision on Acquisition of Shares of Other Corporation\n\n" +
		"1. Details of issuing company\n - Company name: Salta Brine Lithium Corp.\n\n" +
		"2. Remarks\n (1) Salta Brine Lithium Corp. is listed on the TSX Venture Exchange (TSXV: SBL).\n" +
		" (2) The company has entered into an offtake agreement under which Salta Brine Lithium will supply up to 12,000 tonnes per annum of lithium carbonate to the company.\n"
	a := parsePage(t, text)
	if got := entityLinesOf(a, "company"); slices.ContainsFunc(got, func(l string) bool { return strings.Contains(l, "Exchange") }) {
		t.Errorf("an exchange among the companies: %q", got)
	}
	rels := relationLines(a, false)
	for _, w := range []string{"agreement(Salta Brine Lithium Corp., Hanbit Chemical Co., Ltd.)", "supplier_of(Salta Brine Lithium Corp., Hanbit Chemical Co., Ltd.)", "acquisition(Hanbit Chemical Co., Ltd., Salta Brine Lithium Corp.)"} {
		if !slices.Contains(rels, w) {
			t.Errorf("relations miss %q; got %q", w, rels)
		}
	}
}

// TestCounterpartyNumberedFields: a filing's numbered fields on its
// counterparty, "1. Name: Y" over "2. Legal representative: X" and "6.
// Shareholding: a wholly-owned subsidiary of Z, which holds 100% of its
// equity", make X Y's officer and Y Z's subsidiary; "Articles of
// Association" names no company.
func TestCounterpartyNumberedFields(t *testing.T) {
	text := "Announcement on a supply agreement\n\nKora Battery Materials Co., Ltd.\n\n8 May 2026\n\n" +
		"On 6 May 2026 the Company signed a supply agreement with Jinping Lithium Co., Ltd.\n\n" +
		"II. Basic information on the counterparty\n\n" +
		"1. Name: Jinping Lithium Co., Ltd.\n2. Legal representative: Zhou Minghai\n3. Registered capital: RMB 800 million\n" +
		"4. Shareholding: a wholly-owned subsidiary of Jinping Holdings Group Co., Ltd. (002777.SZ), which holds 100% of its equity.\n" +
		"5. Relationship with the Company: none.\n\n" +
		"The Company's Articles of Association do not require a vote of shareholders.\n"
	a := parsePage(t, text)
	got := entityLinesOf(a, "company", "person")
	want := []string{
		"company Kora Battery Materials Co., Ltd. | the Company | Kora Battery Materials",
		"company Jinping Lithium Co., Ltd. | Jinping Lithium",
		"person Zhou Minghai (Legal representative @ Jinping Lithium Co., Ltd.)",
		"company Jinping Holdings Group Co., Ltd. | Jinping Holdings Group [CN]",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	checkPageRelations(t, text, true, []string{
		"agreement(Kora Battery Materials Co., Ltd., Jinping Lithium Co., Ltd.) 0",
		"executive_of(Zhou Minghai, Jinping Lithium Co., Ltd.) 0",
		"stake_in(Jinping Holdings Group Co., Ltd., Jinping Lithium Co., Ltd.) 100",
		"subsidiary_of(Jinping Lithium Co., Ltd., Jinping Holdings Group Co., Ltd.) 0",
	})
}

// TestAcquisitionFormLongTitle: a DART decision to acquire shares whose
// title runs long, with "1. Details of issuing company" over "- Name: Y"
// and "3. Shares held after acquisition" over "- Stake (%): 30.00": the
// filer, of the "Company:" field beside its market, buys 30% of Y.
func TestAcquisitionFormLongTitle(t *testing.T) {
	text := "Kora Battery Materials Co., Ltd. - Decision on Acquisition of Shares or Equity Investment Securities of Other Corporations\n\n" +
		"Company: Kora Battery Materials Co., Ltd.      Market: KOSDAQ      Stock code: 419999\n" +
		"Date of disclosure: 2026.06.22\n\n" +
		"1. Details of issuing company\n   - Name: PT Morowali Nikel Hidro\n   - Nationality: Indonesia\n" +
		"2. Details of acquisition\n   - Number of shares acquired: 2,700,000\n" +
		"3. Shares held after acquisition\n   - Number of shares: 2,700,000\n   - Stake (%): 30.00\n" +
		"4. Method of acquisition: purchase of existing shares in cash from Ningbo Kora Cobalt Co., Ltd.\n" +
		"   - Large corporation: not applicable\n" +
		"5. Whether subject to the report on the acquisition of shares under the Fair Trade Act: not applicable\n" +
		"6. Other matters for investment reference\n" +
		"   - The seller, Ningbo Kora Cobalt Co., Ltd., will hold the remaining 70.00% of the issuing company after the transaction.\n" +
		"   - Person responsible for disclosure: Park Ji-won (Executive Director, Finance) / +82-52-229-4410\n"
	a := parsePage(t, text)
	rels := relationLines(a, true)
	for _, w := range []string{
		"acquisition(Kora Battery Materials Co., Ltd., PT Morowali Nikel Hidro) 30",
		"stake_in(Ningbo Kora Cobalt Co., Ltd., PT Morowali Nikel Hidro) 70",
		"executive_of(Park Ji-won, Kora Battery Materials Co., Ltd.) 0",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("relations miss %q; got %q", w, rels)
		}
	}
	// The form's title and its fields name no firm.
	for _, l := range entityLinesOf(a, "company") {
		if strings.Contains(l, "Securities") || strings.HasPrefix(l, "company Large") {
			t.Errorf("a form's words read as a company: %q", l)
		}
	}
}

// TestLargestShareholderField: "5. Largest shareholder: Z, holding
// 38.6%" under "1. Name: Y" gives Z's share of Y.
func TestLargestShareholderField(t *testing.T) {
	text := "Announcement on a joint venture\n\nKora Carbon Materials Co., Ltd.\n\n8 May 2026\n\n" +
		"On 6 May 2026 the Company signed a joint venture agreement with Daebo Materials Co., Ltd.\n\n" +
		"II. Basic information on the partner\n\n" +
		"1. Name: Daebo Materials Co., Ltd.\n2. Place of incorporation: Republic of Korea\n3. Representative Director: Kim Tae-ho\n" +
		"4. Largest shareholder: Daebo Holdings Co., Ltd., holding 38.6%\n5. Relationship with the Company: none.\n"
	rels := relationLines(parsePage(t, text), true)
	for _, w := range []string{
		"stake_in(Daebo Holdings Co., Ltd., Daebo Materials Co., Ltd.) 38.6",
		"executive_of(Kim Tae-ho, Daebo Materials Co., Ltd.) 0",
		"joint_venture(Kora Carbon Materials Co., Ltd., Daebo Materials Co., Ltd.) 0",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("relations miss %q; got %q", w, rels)
		}
	}
}

// TestInterviewOurContractAndApposition: in an interview, "through our
// contract with Y" inside a sentence is the speaker's firm's deal, and
// "B, the Korean trading company, holds the other 20%" names B, not the
// interview's firm.
func TestInterviewOurContractAndApposition(t *testing.T) {
	text := "Hanseo's Choi on lithium\n\nBy Staff Writer\n\nSeoul, 3 March 2026\n\n" +
		"Hanseo Energy Solutions Co. (KRX: 298999) makes cells. Choi Yeon-woo, its executive vice president, spoke to us.\n\n" +
		"Q: Where does your lithium come from?\n\n" +
		"Choi: The rest came from Chile, through our contract with Minera Altiplano SpA, and from a tolling arrangement in Korea.\n\n" +
		"Choi: We hold 20% of PT Sulawesi Hijau Nikel. Guangxi Jinlun New Materials Co. holds 60% and operates the plant, and Samil Global Corporation, the Korean trading company, holds the other 20%.\n"
	a := parsePage(t, text)
	rels := relationLines(a, true)
	for _, w := range []string{
		"agreement(Hanseo Energy Solutions Co., Minera Altiplano SpA) 0",
		"stake_in(Samil Global Corporation, PT Sulawesi Hijau Nikel) 20",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("relations miss %q; got %q", w, rels)
		}
	}
	for _, l := range entityLinesOf(a, "company") {
		if strings.HasPrefix(l, "company Hanseo") && strings.Contains(l, "trading company") {
			t.Errorf("the apposition of another firm names the interview's firm: %q", l)
		}
	}
}

// TestHighlightPoints: an announcement's points above its text, "-
// Binding term sheet with Y for 600 tpa", are the issuer's deals, a line
// each, even with no marker; a point whose subject is another firm
// ("Thai buyer agrees HOA with Z") is not.
func TestHighlightPoints(t *testing.T) {
	text := "KORA RARE EARTHS LTD\n(ASX:KRE)\n\nASX Release\n10 March 2026\n\nKora signs binding term sheets with Korean and Japanese customers\n\nHIGHLIGHTS\n\n" +
		"- Binding term sheet with Seonam Magnetics Co., Ltd. (KOSDAQ: 291999) for up to 900 tonnes per annum of NdPr oxide\n" +
		"- Binding term sheet with Kanemaru Corporation (TYO: 8099) for 600 tpa of NdPr oxide\n" +
		"Thai buyer agrees HOA with Altair Gas Marketing for up to 800,000 mt/year\n\n" +
		"Kora Rare Earths Ltd (ASX:KRE) (\"Kora\" or \"the Company\") is pleased to announce that it has executed two binding term sheets for the sale of rare earth products from its Yumbarra project.\n"
	got := relationLines(parsePage(t, text), false)
	want := []string{
		"agreement(Kora Rare Earths Ltd, Seonam Magnetics Co., Ltd.)",
		"agreement(Kora Rare Earths Ltd, Kanemaru Corporation)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestLetterI: in a letter to shareholders, "I" is the one who signs
// it under "Yours sincerely,".
func TestLetterI(t *testing.T) {
	text := "Kora Heavy Minerals Ltd\nManaging Director's letter\n\nDear Shareholders,\n\n" +
		"FY26 was our first full year as a producer. On 21 May 2026 I met Hiroshi Matsuda, President of Tohoku Zircon Corporation, in Tokyo.\n\n" +
		"Yours sincerely,\n\nPeter Costigan\nManaging Director\n"
	rels := relationLines(parsePage(t, text), false)
	if w := "meeting(Peter Costigan, Hiroshi Matsuda)"; !slices.Contains(rels, w) {
		t.Errorf("relations miss %q; got %q", w, rels)
	}
}

// TestDealsTable: a table of deals, a row each, with a column of firms
// and one of their counterparties or buyers: the row's firms are parties
// to an agreement of the row's type; a buyer's column states no supply.
func TestDealsTable(t *testing.T) {
	text := "Asian buyers sign up Australian miners\n\nPerth, 3 March 2026\n\nThe table below sets out the main terms as disclosed to the ASX.\n\n" +
		"Company (ticker)                 Product                 Counterparty                                  Deal type                     Volume\n" +
		"Kora Graphite Corp (KGC.AX)      Flake graphite          Nakagawa Carbon Co., Ltd. (Japan)             Binding offtake, 7 years      20ktpa\n" +
		"Tana Sands Ltd (TSL.AX)          Ilmenite                Huayu Titanium Co., Ltd. (China)              Non-binding MOU               150kt\n\n" +
		"Seller            | Buyer                      | Volume\n" +
		"Bowen Coal Ltd    | Hanbit Power Co., Ltd.     | 1.2 Mt\n"
	got := relationLines(parsePage(t, text), false)
	slices.Sort(got)
	want := []string{
		"agreement(Bowen Coal Ltd, Hanbit Power Co., Ltd.)",
		"agreement(Kora Graphite Corp, Nakagawa Carbon Co., Ltd.)",
		"agreement(Tana Sands Ltd, Huayu Titanium Co., Ltd.)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestMajorShareholderHoldingAndDashTitle: "X, the Company's major
// shareholder holding 38.62% of the Company's paid-up capital," gives
// X's share of the issuer; "Executive Vice President - International
// Business of the Company" is one title, held at the issuer.
func TestMajorShareholderHoldingAndDashTitle(t *testing.T) {
	text := "Siam Kora Cement Public Company Limited\n\nBangkok, 3 March 2026\n\n" +
		"Siam Kora Cement Public Company Limited (the \"Company\") makes cement. The transaction is a connected transaction because Thongchai Holding Co., Ltd., the Company's major shareholder holding 38.62% of the Company's paid-up capital, holds 70% of SPF Co., Ltd. " +
		"Mr. Thanakorn Boonyarit, Executive Vice President - International Business of the Company, will serve as Managing Director of MCC Co., Ltd.\n"
	a := parsePage(t, text)
	rels := relationLines(a, true)
	if w := "stake_in(Thongchai Holding Co., Ltd., Siam Kora Cement Public Company Limited) 38.62"; !slices.Contains(rels, w) {
		t.Errorf("relations miss %q; got %q", w, rels)
	}
	want := "person Thanakorn Boonyarit | Mr. Thanakorn Boonyarit (Executive Vice President - International Business @ Siam Kora Cement Public Company Limited)"
	if got := entityLinesOf(a, "person"); !slices.Contains(got, want) {
		t.Errorf("people miss %q; got %q", want, got)
	}
}

// TestContactHeadDashFunction: a contact block's "Head - Corporate
// Communications" under the name is the contact's title at the firm
// over it, and no executive's post.
func TestContactHeadDashFunction(t *testing.T) {
	text := "Kosala Aluminium Limited\n\nPress release\n\nBhubaneswar, 3 March 2026\n\nKosala Aluminium Limited made more alumina in the quarter, it said.\n\n" +
		"For further information, please contact:\n\nKosala Aluminium Limited\nRitu Chawla\nHead - Corporate Communications\nTel: +91 674 266 4100\n"
	a := parsePage(t, text)
	want := "person Ritu Chawla (Head - Corporate Communications @ Kosala Aluminium Limited)"
	if got := entityLinesOf(a, "person"); !slices.Contains(got, want) {
		t.Errorf("people miss %q; got %q", want, got)
	}
	if rels := relationLines(a, false); slices.ContainsFunc(rels, func(l string) bool { return strings.HasPrefix(l, "executive_of") }) {
		t.Errorf("a communications head made an executive: %q", rels)
	}
}

// TestInterviewShareholdersAnswer: the answer to "Who are your main
// shareholders?" gives the holders of the firm the interview is with.
func TestInterviewShareholdersAnswer(t *testing.T) {
	text := "Kora Recycling's Tang on black mass\n\nBy Staff Writer\n\nChangsha, 3 March 2026\n\n" +
		"Kora Recycling Technology runs two plants. Tang Zhiwen, its chairman, spoke to us.\n\n" +
		"Q: How much do you process?\n\nA: We processed about 112,000 tonnes last year.\n\n" +
		"Q: Who are your main shareholders?\n\nA: Hunan Xiangtou Industrial Investment Group, a provincial state investment company, holds 38.5%.\n"
	rels := relationLines(parsePage(t, text), true)
	if w := "stake_in(Hunan Xiangtou Industrial Investment Group, Kora Recycling Technology) 38.5"; !slices.Contains(rels, w) {
		t.Errorf("relations miss %q; got %q", w, rels)
	}
}

// TestChineseNameOverEnglish: a circular's letterhead gives the issuer's
// name in Chinese script over the same in English capitals; the two
// lines are no one name.
func TestChineseNameOverEnglish(t *testing.T) {
	text := "THIS CIRCULAR IS IMPORTANT AND REQUIRES YOUR IMMEDIATE ATTENTION\n\n" +
		"If you have sold all your shares in Kora Zinc Industry Company Limited, you should hand this circular to the purchaser.\n\n" +
		"祁連鋅業股份有限公司\nKORA ZINC INDUSTRY COMPANY LIMITED\n(H Share Stock Code: 1999)\n\n" +
		"Kora Zinc Industry Company Limited (the \"Company\") makes zinc.\n"
	for _, l := range entityLinesOf(parsePage(t, text), "company") {
		if strings.Contains(l, "祁連") && strings.Contains(l, "KORA") {
			t.Errorf("the two scripts' lines read as one name: %q", l)
		}
	}
}

// TestInterviewInitials: answers labelled with the speaker's initials
// ("BT:") are the interviewee's, so "we" and "our" stand for the firm he
// heads; and the brand alone in the headline is the firm, not its unit
// named for a country.
func TestInterviewInitials(t *testing.T) {
	text := "INTERVIEW\n\n\"The smelters asked first\": Tuul Copper's CEO on offtake and the road to China\n\n9 April 2027\nInterview by Harriet Ng\n\n" +
		"Tuul Copper Resources Ltd began production in Mongolia in 2025. Its chief executive, Batbayar Tsogt, spoke to us. Tsagaan State Mining JSC holds 34% of Tuul Copper Mongolia LLC.\n\n" +
		"CopperWire: Why Japan?\n\nBatbayar Tsogt: Because the Japanese smelters asked first.\n\n" +
		"CW: How does it reach Japan?\n\nBT: By truck and rail. We have a warehouse agreement with Tianjin Bonded Logistics Co. for up to 20,000 tonnes.\n\n" +
		"CW: Will you list elsewhere?\n\nBT: Our chief financial officer, Sarah Whitlow, has met investors.\n"
	a := parsePage(t, text)
	got := entityLinesOf(a, "company", "person")
	for _, w := range []string{"company Tuul Copper Resources Ltd | Tuul Copper | Tuul Copper Resources", "company Tuul Copper Mongolia LLC | Tuul Copper Mongolia",
		"person Sarah Whitlow (chief financial officer @ Tuul Copper Resources Ltd)"} {
		if !slices.Contains(got, w) {
			t.Errorf("entities miss %q; got %q", w, got)
		}
	}
	rels := relationLines(a, false)
	for _, w := range []string{"agreement(Tuul Copper Resources Ltd, Tianjin Bonded Logistics Co.)", "executive_of(Sarah Whitlow, Tuul Copper Resources Ltd)"} {
		if !slices.Contains(rels, w) {
			t.Errorf("relations miss %q; got %q", w, rels)
		}
	}
}

// TestUnlabelledInterview: questions of two sentences, the last ending in
// "?", and answers that open with "Yes." are an interview's turns, so
// "we" in every answer stands for the firm of the one interviewed; a
// linkage with a state miner is its supply.
func TestUnlabelledInterview(t *testing.T) {
	text := "'Guinea ore is our insurance': Kora Metals MD Sanjay Patnaik\n\nBy Pranav Rao\n\n2 April 2027\n\n" +
		"Kora Metals & Alloys Ltd (NSE: KORAMET) is building a refinery. Its managing director Sanjay Patnaik spoke to us.\n\n" +
		"You are building a refinery, but you have no mine. Isn't that risky?\n\n" +
		"It is the biggest risk. We have a long-term linkage with Kalinga Minerals Corporation Ltd, the state mining company, for 3 million tonnes a year.\n\n" +
		"And the rest comes from Guinea?\n\n" +
		"Yes. We signed an agreement in February with Dabola Mines SA for up to 1.5 million tonnes a year.\n"
	rels := relationLines(parsePage(t, text), false)
	for _, w := range []string{"agreement(Kora Metals & Alloys Ltd, Kalinga Minerals Corporation Ltd)", "supplier_of(Kalinga Minerals Corporation Ltd, Kora Metals & Alloys Ltd)",
		"agreement(Kora Metals & Alloys Ltd, Dabola Mines SA)"} {
		if !slices.Contains(rels, w) {
			t.Errorf("relations miss %q; got %q", w, rels)
		}
	}
}

// TestSubscribedInTheCompany: shares subscribed in "the company" buy a
// stake in the firm the text spoke of.
func TestSubscribedInTheCompany(t *testing.T) {
	checkPageRelations(t, "Bauxite\n\nBrisbane, 3 March 2026\n\nWenlo Bauxite Ltd shipped ore. In February it signed an offtake agreement with Longhai Alumina Co., Ltd. for 2.5 million tonnes a year, and Longhai has agreed to subscribe for a 19.9% stake in the company for A$48 million.\n", true,
		[]string{"acquisition(Longhai Alumina Co., Ltd., Wenlo Bauxite Ltd) 19.9", "agreement(Wenlo Bauxite Ltd, Longhai Alumina Co., Ltd.) 0", "stake_in(Longhai Alumina Co., Ltd., Wenlo Bauxite Ltd) 19.9"})
}

// TestPipeTableOfDeals: rows of a table parted by bars, with figures in
// cells of their own, are no site's trail: each row's buyer and seller
// are parties to a deal. A row states no supply by itself.
func TestPipeTableOfDeals(t *testing.T) {
	text := "Deal tracker: buyers return to term LNG\n\nBy Elaine Cho\n1 July 2026\n\nAsian buyers signed term deals in the quarter.\n\n" +
		"Date | Buyer | Seller | Volume (mtpa) | Term (yrs) | Start\n" +
		"May 27 | Kanto City Gas | PT Bontang Gas Niaga | 0.3 | 5 | 2026\n" +
		"Jun 10 | Guangdong Yuehai Gas Group | Carnarvon LNG | 0.8 | 12 | 2028\n\n" +
		"Buyers expect the pace of contracting to slow.\n"
	checkPageRelations(t, text, false, []string{"agreement(Carnarvon LNG, Guangdong Yuehai Gas Group)", "agreement(PT Bontang Gas Niaga, Kanto City Gas)"})
}

// TestOurAnchorCustomer: in an interview's answer, "Y is our anchor
// customer" makes the speaker's firm Y's supplier.
func TestOurAnchorCustomer(t *testing.T) {
	text := "Mati Nickel's Tan on ore\n\nBy Staff Writer\n\n3 March 2026\n\n" +
		"Mati Nickel Mining Corp (PSE: MNM) operates two laterite mines. Its president and CEO, Maricel Tan, spoke to us.\n\n" +
		"Q: Who buys your ore?\n\nTan: China is still the base. Guangxi Xinrui Ferroalloy Co is our anchor customer.\n\n" +
		"Q: And Indonesia?\n\nTan: It is growing fast.\n"
	rels := relationLines(parsePage(t, text), false)
	if w := "supplier_of(Mati Nickel Mining Corp, Guangxi Xinrui Ferroalloy Co)"; !slices.Contains(rels, w) {
		t.Errorf("relations miss %q; got %q", w, rels)
	}
}

// TestContactBlockUnderCue: contacts under "For media enquiries, please
// contact:" and "For investor relations:", each a name over a title
// over the firm: "Head, Group Corporate Communications" is one title, a
// function's, held at the firm on the line under it; "Wong Li Ting" is a
// name though "Li" is a chemical's symbol.
func TestContactBlockUnderCue(t *testing.T) {
	text := "Klebang Tin secures feed\n\nKuala Lumpur, 14 September 2026\n\nKlebang Tin Holdings Berhad makes tin.\n\n" +
		"For media enquiries, please contact:\nNurul Izzah Azmi\nHead, Group Corporate Communications\nKlebang Tin Holdings Berhad\nTel: +603 3101 8820\n\n" +
		"For investor relations:\nWong Li Ting\nInvestor Relations Manager\nKlebang Tin Holdings Berhad\nTel: +603 3101 8845\n"
	a := parsePage(t, text)
	want := []string{"person Nurul Izzah Azmi (Head, Group Corporate Communications @ Klebang Tin Holdings Berhad)", "person Wong Li Ting (Investor Relations Manager @ Klebang Tin Holdings Berhad)"}
	if got := entityLinesOf(a, "person"); !slices.Equal(got, want) {
		t.Errorf("people %q, want %q", got, want)
	}
	if got := relationLines(a, false); slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, "executive_of(Nurul") }) {
		t.Errorf("a communications head is no executive: %q", got)
	}
}

// TestItemHeadingShortForm: an item's heading ("NICKEL | X Nickel
// restarts ...") gives the short form of the firm its text names in
// full, even where the text uses it again and calls the firm "the miner".
func TestItemHeadingShortForm(t *testing.T) {
	text := "Mining Monitor\n\nIssue 12 | 3 June 2026\n\nNICKEL | Botol Nickel restarts after suspension\n\n" +
		"The department lifted the suspension order on Botol Nickel Mining Corp in Zambales. Botol Nickel said it would load its first cargo this month.\n\n" +
		"DEALS | Evergrow eyes stake\n\nEvergrow Nickel Holdings Ltd has agreed to buy a 19.9% stake in Botol Nickel from the miner's founding family.\n"
	a := parsePage(t, text)
	for _, l := range entityLinesOf(a, "company") {
		if strings.HasPrefix(l, "company Botol Nickel |") || l == "company Botol Nickel" {
			t.Errorf("the short form stands apart: %q", entityLinesOf(a, "company"))
		}
	}
	if rels := relationLines(a, false); !slices.Contains(rels, "acquisition(Evergrow Nickel Holdings Ltd, Botol Nickel Mining Corp)") {
		t.Errorf("relations %q, want the stake bought in the firm named in full", rels)
	}
}

// TestVentureNamedAfterBothPartners: "Kaiyuan" alone is the partner
// "Xiamen Kaiyuan Stainless", not the venture "PT Mulia Kaiyuan
// Smelting" named after both; a dot after a ticker's bracket ends the
// sentence, so the shares of the next are the venture's alone.
func TestVentureNamedAfterBothPartners(t *testing.T) {
	text := "Smelter report\n\nJakarta, 3 March 2026\n\n" +
		"PT Mulia Raya Nickel Tbk (IDX: MRNI) runs its furnaces through PT Mulia Kaiyuan Smelting, a joint venture with Xiamen Kaiyuan Stainless Co., Ltd (600917.SS). Mulia Raya owns 51% of the venture and Kaiyuan 49%.\n"
	checkPageRelations(t, text, true, []string{
		"joint_venture(PT Mulia Raya Nickel Tbk, Xiamen Kaiyuan Stainless Co., Ltd) 0",
		"stake_in(PT Mulia Raya Nickel Tbk, PT Mulia Kaiyuan Smelting) 51",
		"stake_in(Xiamen Kaiyuan Stainless Co., Ltd, PT Mulia Kaiyuan Smelting) 49",
	})
}

// TestInterviewAnswersOwnFirm: in the answers of an interview set as
// questions and answers, "our own mining company, Y" is the firm's unit,
// "our finance director X" its officer, "a contract with Y, which sends
// us" ore makes Y its supplier, and "Y supplies most of it under a
// contract" after a sentence about what the firm burns too. "Their
// chairman" is the chairman of the firm the question named.
func TestInterviewAnswersOwnFirm(t *testing.T) {
	text := "MINING REVIEW\n\n'We will build a matte line': Sanggar Raya's Budi Santoso on ore and power\n\n" +
		"Interview by Rina Ayu  |  Monday, 20 July 2026\n\n" +
		"PT Sanggar Raya Nickel Tbk (IDX: SRNI) runs four smelting lines in Kolaka. We spoke to president director Budi Santoso at the company's Jakarta office.\n\n" +
		"How did the first half go?\n\n" +
		"Better than we feared. Our own mining company, PT Sanggar Bumi Tambang, got a quota of 5 million wet tonnes for 2026. Since April we have had a contract with PT Konawe Tambang Jaya, a state-owned miner, which sends us up to 1 million wmt a year from its concession.\n\n" +
		"What about power?\n\n" +
		"We burn around 2 million tonnes of coal a year. PT Kutai Batubara Prima supplies most of it from East Kalimantan under a five-year contract. Our finance director Maya Hartono has been very clear that we will not borrow for it.\n\n" +
		"How is the relationship with Kaifeng Stainless Co.?\n\n" +
		"Very practical. Their chairman, Zhou Wenbin, comes to Kolaka twice a year.\n"
	checkPageRelations(t, text, false, []string{
		"agreement(PT Sanggar Raya Nickel Tbk, PT Konawe Tambang Jaya)",
		"agreement(PT Sanggar Raya Nickel Tbk, PT Kutai Batubara Prima)",
		"executive_of(Budi Santoso, PT Sanggar Raya Nickel Tbk)",
		"executive_of(Maya Hartono, PT Sanggar Raya Nickel Tbk)",
		"executive_of(Zhou Wenbin, Kaifeng Stainless Co.)",
		"subsidiary_of(PT Sanggar Bumi Tambang, PT Sanggar Raya Nickel Tbk)",
		"supplier_of(PT Konawe Tambang Jaya, PT Sanggar Raya Nickel Tbk)",
		"supplier_of(PT Kutai Batubara Prima, PT Sanggar Raya Nickel Tbk)",
	})
}

// TestThreePartnersRelease: a release from three cities whose parties
// each carry a code and a short name in brackets ("X (IDX: TMNS)
// ("Tanjung")") signs a venture; the three own it "in the following
// proportions: A 45%, B 35% and C 20%"; a director general's title holds
// every field listed before "at the Ministry"; contacts are given as
// "Firm: Name, Title, phone"; and a source that "meets our customers'
// requirements" is no meeting.
func TestThreePartnersRelease(t *testing.T) {
	text := "PRESS RELEASE\n\nThree partners form nickel venture\n\n" +
		"PALU, Indonesia / BUSAN / CHANGSHA, China - 2 September 2026 - PT Sinar Laterit Nusantara Tbk (IDX: SLNT) (\"Sinar\"), Hunan Fengyuan Cobalt Co., Ltd. (SHA: 603982) (\"Fengyuan\") and Daegu Cathode Materials Co., Ltd. (KRX: 281741) (\"Daegu\") today signed a joint venture agreement to build a plant.\n\n" +
		"The three partners will own the project company, PT Palu Hidro Nikel (\"PHN\"), in the following proportions: Fengyuan 45%, Sinar 35% and Daegu 20%.\n\n" +
		"The signing was witnessed by Ratna Kusuma, Director General of Metal, Machinery, Transportation Equipment and Electronics Industries at the Ministry of Industry.\n\n" +
		"\"This agreement gives Daegu a source that meets our customers' requirements,\" said Park Ji-hoon, Chief Executive Officer of Daegu Cathode Materials.\n\n" +
		"Media contacts\n" +
		"Sinar: Wulan Pratiwi, Head of Corporate Communications, +62 21 5790 3321, wulan@sinar.co.id\n" +
		"Fengyuan: Gao Lin, Investor Relations, +86 731 8612 7700, ir@fengyuan.com\n"
	a := parsePage(t, text)
	if got, want := a.AsOf.String(), "2026-09-02"; got != want {
		t.Errorf("as of %q, want %q", got, want)
	}
	want := []string{
		"person Gao Lin (Investor Relations @ Hunan Fengyuan Cobalt Co., Ltd.)",
		"person Park Ji-hoon (Chief Executive Officer @ Daegu Cathode Materials Co., Ltd.)",
		"person Ratna Kusuma (Director General of Metal, Machinery, Transportation Equipment and Electronics Industries @ Ministry of Industry)",
		"person Wulan Pratiwi (Head of Corporate Communications @ PT Sinar Laterit Nusantara Tbk)",
	}
	got := entityLinesOf(a, "person")
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	checkPageRelations(t, text, true, []string{
		"executive_of(Park Ji-hoon, Daegu Cathode Materials Co., Ltd.) 0",
		"joint_venture(Hunan Fengyuan Cobalt Co., Ltd., Daegu Cathode Materials Co., Ltd.) 0",
		"joint_venture(PT Sinar Laterit Nusantara Tbk, Daegu Cathode Materials Co., Ltd.) 0",
		"joint_venture(PT Sinar Laterit Nusantara Tbk, Hunan Fengyuan Cobalt Co., Ltd.) 0",
		"official_of(Ratna Kusuma, Ministry of Industry) 0",
		"stake_in(Daegu Cathode Materials Co., Ltd., PT Palu Hidro Nikel) 20",
		"stake_in(Hunan Fengyuan Cobalt Co., Ltd., PT Palu Hidro Nikel) 45",
		"stake_in(PT Sinar Laterit Nusantara Tbk, PT Palu Hidro Nikel) 35",
	})
}

// TestJointlyEstablishedFirm: "the two sides will jointly establish V, in
// which A will hold 51% and B will hold 49%" makes A and B partners; "B"
// is a short form of a name after a province and a district ("Jinxin
// Steel" for "Hebei Caofeidian Jinxin Iron & Steel Group"); "a member of
// X Group" is the group's unit.
func TestJointlyEstablishedFirm(t *testing.T) {
	text := "Ore shipping pact\n\nShanghai, 3 March 2026\n\n" +
		"Yangshan Ocean Shipping Co., Ltd. signed a transport contract with Hebei Caofeidian Jinxin Iron & Steel Group Co., Ltd. on Monday. " +
		"The two sides will also jointly establish Jinhang Ore Shipping (Tianjin) Co., Ltd., in which Yangshan Ocean will hold 51% and Jinxin Steel will hold 49%, to operate two of the vessels.\n\n" +
		"Boryeong Steel Co., Ltd., a member of Boryeong Group, operates two blast furnaces. Kora Nickel Co., a member of the Indonesian Nickel Association, agreed.\n"
	checkPageRelations(t, text, true, []string{
		"agreement(Yangshan Ocean Shipping Co., Ltd., Hebei Caofeidian Jinxin Iron & Steel Group Co., Ltd.) 0",
		"joint_venture(Yangshan Ocean Shipping Co., Ltd., Hebei Caofeidian Jinxin Iron & Steel Group Co., Ltd.) 0",
		"stake_in(Hebei Caofeidian Jinxin Iron & Steel Group Co., Ltd., Jinhang Ore Shipping (Tianjin) Co., Ltd.) 49",
		"stake_in(Yangshan Ocean Shipping Co., Ltd., Jinhang Ore Shipping (Tianjin) Co., Ltd.) 51",
		"subsidiary_of(Boryeong Steel Co., Ltd., Boryeong Group) 0",
	})
}

// TestContactsOfTwoFirms: contacts under each firm's name, and "Firm:
// Name, Title | mail": heads of a firm's communications or investor
// relations, whatever the dash or the word before the function, are no
// executives.
func TestContactsOfTwoFirms(t *testing.T) {
	text := "Steel venture\n\nBhubaneswar, 11 February 2026\n\nSeongjin Steel Corporation and Rushikulya Steel & Power Ltd signed an MoU today.\n\n" +
		"Media contacts\n\nSeongjin Steel Corporation\nLee Soo-jin, Head of Global Communications\nTel: +82 2 3456 7890 | Email: press@seongjin.example\n\n" +
		"Rushikulya Steel & Power Ltd\nRohit Dash, Head \u2013 Corporate Communications\nTel: +91 674 239 5500\n\n" +
		"Investor contacts\nRushikulya Steel & Power Ltd: Neelam Agrawal, Head \u2013 Investor Relations | ir@rushikulya.example\n"
	a := parsePage(t, text)
	got := entityLinesOf(a, "person")
	slices.Sort(got)
	want := []string{"person Lee Soo-jin (Head of Global Communications @ Seongjin Steel Corporation)", "person Neelam Agrawal (Head \u2013 Investor Relations @ Rushikulya Steel & Power Ltd)", "person Rohit Dash (Head \u2013 Corporate Communications @ Rushikulya Steel & Power Ltd)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	checkPageRelations(t, text, false, []string{"agreement(Seongjin Steel Corporation, Rushikulya Steel & Power Ltd)"})
}

// TestBylineLabelsAndCountryNames: "Reporter Kim Ha-eun | Published ..."
// names the reporter without the label; "By Georgia Pham" and "By Jordan
// Lee" are writers whose given names are countries'.
func TestBylineLabelsAndCountryNames(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Lithium deal\n\nReporter Kim Ha-eun | Published 2026.07.14 17:32 | Updated 2026.07.15 09:10\n\nSamhwa EnerChem Co. signed a deal.\n", "person Kim Ha-eun"},
		{"Lithium deal\n\nBy Georgia Pham\n\nSydney, 3 March 2026\n\nSamhwa EnerChem Co. signed a deal.\n", "person Georgia Pham"},
		{"Lithium deal\n\nBy Jordan Lee\n\nSydney, 3 March 2026\n\nSamhwa EnerChem Co. signed a deal.\n", "person Jordan Lee"},
		{"Shipbuilders and steelmakers dig in over plate prices\n\nBy CHOI HYUN-JOO [choi.hyunjoo@daily.example]\n\nSeoul, 3 March 2026\n\nSamhwa EnerChem Co. signed a deal.\n", "person CHOI HYUN-JOO"},
		{"Magnesium output\n\nBeijing, 3 March 2026\n\nSamhwa EnerChem Co. signed a deal.\n\n(Editor: Li Na)\n", "person Li Na (Editor @ )"},
		{"Magnesium output\n\nTokyo, 3 March 2026\n\nShirakawa Trading Co., Ltd. signed a deal.\n\nContact: Yuko Fujisawa, General Manager of Corporate Communications\n", "person Yuko Fujisawa (General Manager of Corporate Communications @ Shirakawa Trading Co., Ltd.)"},
		{"Copper deals\n\nMumbai, 3 March 2026\n\nSamhwa EnerChem Co. signed a deal.\n\nBY THE NUMBERS\n\n- Imports rose 4%.\n", ""},
	} {
		a := parsePage(t, tc.text)
		want := []string{tc.want}
		if tc.want == "" {
			want = nil
		}
		if got := entityLinesOf(a, "person", "country"); !slices.Equal(got, want) {
			t.Errorf("people of %q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCabinetPostOfDatelineCountry: a cabinet post with no body named
// ("Treasurer X", "Resources Minister Y") in a story filed from the
// country it serves is held at that country; a firm's "Corporate
// Secretary" is not.
func TestCabinetPostOfDatelineCountry(t *testing.T) {
	text := "Australia clears deal\n\nSYDNEY, June 9 (PMW) - Australia has approved Hanul Steel Corporation's purchase of a stake in Karratha Magnetite Ltd.\n\n" +
		"Treasurer Andrew Pellegrino said he had accepted the advice. Resources Minister Daniel Fitzroy welcomed it. " +
		"\"We have not held talks,\" Corporate Secretary Ratna Dewi of Karratha Magnetite said.\n"
	checkPageRelations(t, text, false, []string{
		"official_of(Andrew Pellegrino, Australia)",
		"official_of(Daniel Fitzroy, Australia)",
	})
}

// TestStateCorporationSigns: "the Korea Mine Rehabilitation and Mineral
// Resources Corporation" is one body; a body that opens the sentence
// signs the contract, and "President X told lawmakers" at its end is its
// officer, not the other party's.
func TestStateCorporationSigns(t *testing.T) {
	text := "Stockpile\n\nSeoul, 3 March 2026\n\n" +
		"The Korea Mine Rehabilitation and Mineral Resources Corporation (KOMIR) has signed a contract with Minera Tamarugal SpA to buy 5,000 tonnes of lithium carbonate, President Kim Jae-won told lawmakers. " +
		"The ministry had asked the Korea Mine Rehabilitation and Mineral Resources Corporation to release graphite.\n"
	checkPageRelations(t, text, false, []string{
		"agreement(Korea Mine Rehabilitation and Mineral Resources Corporation, Minera Tamarugal SpA)",
		"official_of(Kim Jae-won, Korea Mine Rehabilitation and Mineral Resources Corporation)",
	})
}

// TestUnitAndSubBody: "The unit signed" after "Its wholly owned
// subsidiary X" is X, and its deal to supply Y is X's; "director-general
// of the ministry's International Trade Administration" serves the body
// under the ministry; "the company's Mineral & Metal Resources Group" is
// a division, no firm of its own.
func TestUnitAndSubBody(t *testing.T) {
	text := "Steel notes\n\nTaipei, 3 March 2026\n\n" +
		"Tahsin Steel Corp makes steel. Its wholly owned subsidiary Anping Coated Products Co will lift capacity. The unit signed a three-year agreement in July to supply up to 60,000 tonnes a year of sheet to Thai appliance maker Siam Kool Appliances PCL.\n\n" +
		"The Ministry of Economic Affairs accepted a petition, and Wang Shu-fen, director-general of the ministry's International Trade Administration, told lawmakers that a ruling was likely.\n"
	checkPageRelations(t, text, false, []string{
		"agreement(Anping Coated Products Co, Siam Kool Appliances PCL)",
		"official_of(Wang Shu-fen, International Trade Administration)",
		"subsidiary_of(Anping Coated Products Co, Tahsin Steel Corp)",
		"supplier_of(Anping Coated Products Co, Siam Kool Appliances PCL)",
	})
}

// TestInterviewYouMet: "you" that opens an interviewer's question is the
// one who answers, whether the page labels the turns ("MAQ: You met ...",
// "Cheng: We asked ...") or sets questions apart; "our own refinery, X"
// is the firm's unit.
func TestInterviewYouMet(t *testing.T) {
	for _, text := range []string{
		"MINING REVIEW\n\n\"Quotas changed the game\": Kora Cobalt's Cheng Ruolan on export caps\n\nInterview by Rina Ayu  |  Monday, 20 July 2026\n\n" +
			"Kora Cobalt International Holdings Ltd (HKEX: 1887) mines cobalt. We spoke to Cheng Ruolan, executive director and chief executive, at the company's offices.\n\n" +
			"How did the first half go?\n\nBetter than we feared. Our own refinery, Kora New Materials (Ganzhou) Co., Ltd., takes most of our hydroxide.\n\n" +
			"You met the Minister of Mines, Patrice Kabongo Ilunga, in Kinshasa in March. What did you ask for?\n\nWe asked for a larger quota.\n",
		"MINING REVIEW\n\n\"Quotas changed the game\": Kora Cobalt's Cheng Ruolan on export caps\n\nInterview by Rina Ayu  |  Monday, 20 July 2026\n\n" +
			"Kora Cobalt International Holdings Ltd (HKEX: 1887) mines cobalt. We spoke to Cheng Ruolan, executive director and chief executive, at the company's offices.\n\n" +
			"MAQ: How did the first half go?\n\nCheng: Better than we feared. Our own refinery, Kora New Materials (Ganzhou) Co., Ltd., takes most of our hydroxide.\n\n" +
			"MAQ: You met the Minister of Mines, Patrice Kabongo Ilunga, in Kinshasa in March. What did you ask for?\n\nCheng: We asked for a larger quota.\n",
	} {
		text += "\nWhat about Europe?\n\nWe also met State Secretary Gabor Kertesz in Budapest, who promised help with permits.\n"
		rels := relationLines(parsePage(t, text), false)
		for _, w := range []string{"meeting(Cheng Ruolan, Patrice Kabongo Ilunga)", "meeting(Cheng Ruolan, Gabor Kertesz)", "subsidiary_of(Kora New Materials (Ganzhou) Co., Ltd., Kora Cobalt International Holdings Ltd)"} {
			if !slices.Contains(rels, w) {
				t.Errorf("relations miss %q; got %q", w, rels)
			}
		}
	}
}

// TestChineseReleaseParties: parties a Chinese release names with their
// short names ("hereinafter referred to as ...", a code after) sign "formally";
// "the two sides will establish a joint venture company, V" a few
// sentences after is theirs; "Among them, A holds 51% of the shares and B
// holds 49%" are shares of V; "X said that Y would deliver ... to it"
// makes Y X's supplier.
func TestChineseReleaseParties(t *testing.T) {
	text := "Fertiliser pact\n\nGuiyang, 21 April 2026\n\n" +
		"Qianjiang Phosphorus Chemical Group Co., Ltd. (hereinafter referred to as \"Qianjiang Phosphorus\", stock code: 603867.SH) and Thailand's Chaophraya Agro-Industry Public Company Limited (hereinafter referred to as \"Chaophraya Agro\", SET: CPAGRO) formally signed a long-term strategic cooperation agreement in Guiyang.\n\n" +
		"Under the agreement, Qianjiang Phosphorus will supply fertiliser each year. Exports will be handled by a Singapore trading arm.\n\n" +
		"At the same time, the two sides will establish a joint venture company, Qianjiang-Chaophraya Fertilizer Co., Ltd., in Rayong Province. Among them, Chaophraya Agro holds 51% of the shares and Qianjiang Phosphorus holds 49%.\n\n" +
		"Kolkata-based Eastern Phosphates Ltd (BSE: 524310) said last week that Guizhou Wumeng Phosphate Co (SZSE: 002895) would deliver 250,000 tonnes of DAP to it under a contract.\n"
	rels := relationLines(parsePage(t, text), true)
	for _, w := range []string{
		"agreement(Qianjiang Phosphorus Chemical Group Co., Ltd., Chaophraya Agro-Industry Public Company Limited) 0",
		"joint_venture(Qianjiang Phosphorus Chemical Group Co., Ltd., Chaophraya Agro-Industry Public Company Limited) 0",
		"stake_in(Chaophraya Agro-Industry Public Company Limited, Qianjiang-Chaophraya Fertilizer Co., Ltd.) 51",
		"stake_in(Qianjiang Phosphorus Chemical Group Co., Ltd., Qianjiang-Chaophraya Fertilizer Co., Ltd.) 49",
		"supplier_of(Guizhou Wumeng Phosphate Co, Eastern Phosphates Ltd) 0",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("relations miss %q; got %q", w, rels)
		}
	}
}

// TestTitleAfterShortName: a title after the short form a filing gives
// the person in brackets, `X ("Dato' Sri Kamal"), the ... Chairman of
// KCB,`, is the person's.
func TestTitleAfterShortName(t *testing.T) {
	text := "Related party transaction\n\nKuala Lumpur, 3 March 2026\n\nKinabalu Cement Berhad (\"KCB\") signed a contract. Dato' Sri Kamal Ariffin bin Yusof (\"Dato' Sri Kamal\"), the Non-Independent Non-Executive Chairman of KCB, abstained.\n"
	checkPageRelations(t, text, false, []string{"executive_of(Kamal Ariffin bin Yusof, Kinabalu Cement Berhad)"})
}

// TestResearchNoteAnalysts: "Analysts: A (lead), +852 ... | B, +86 ..."
// under a note whose first line names the house: each is an analyst
// there.
func TestResearchNoteAnalysts(t *testing.T) {
	text := "KOWLOON BAY SECURITIES | Equity Research | China Materials\nCompany Update                                  28 August 2025\n\n" +
		"Jinci Magnetics (300948.SZ)\n\n1H25: volumes beat, margins squeezed by licence delays\n\n" +
		"Analysts: Karen Ho (lead), +852 2xxx xxxx | Wang Dehua, +86 20 xxxx xxxx\n\n" +
		"Jinci Magnetics sold more magnets. Kowloon Bay Securities Ltd. keeps its rating.\n"
	a := parsePage(t, text)
	got := entityLinesOf(a, "person")
	slices.Sort(got)
	want := []string{"person Karen Ho (Analyst @ Kowloon Bay Securities Ltd.)", "person Wang Dehua (Analyst @ Kowloon Bay Securities Ltd.)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestReportingCompanyContract checks a Korean filing on a purchase
// contract: the filer on its "Reporting company:" line, the title of the
// agreement under its label, an item set in with a dash, and the unit
// that signs for the filer.
func TestReportingCompanyContract(t *testing.T) {
	text := "DART  |  Electronic Disclosure\n\nConclusion of Long-Term Zinc Concentrate Purchase Agreement\n\n" +
		"Date of filing: 2026.03.27\nReporting company: Kora Nonferrous Co., Ltd.\nMarket: KOSPI   Stock code: 017691\n\n" +
		"1. Title of agreement\n   Long-term purchase agreement for zinc concentrate (Offtake Agreement)\n\n" +
		"2. Details of agreement\n   - Counterparty: Minera Pampa Alta S.A.A. (Republic of Peru)\n" +
		"   - Contracting party of the Company: Kora Resources Singapore Pte. Ltd. (wholly owned subsidiary of the Company)\n" +
		"   - Contract period: 2027.01.01 ~ 2031.12.31\n"
	checkPageRelations(t, text, false, []string{
		"agreement(Kora Nonferrous Co., Ltd., Minera Pampa Alta S.A.A.)",
		"agreement(Kora Resources Singapore Pte. Ltd., Minera Pampa Alta S.A.A.)",
		"subsidiary_of(Kora Resources Singapore Pte. Ltd., Kora Nonferrous Co., Ltd.)",
	})
}

// TestResearchNoteHeader checks a broker's note: its house in capitals
// over the date, a sector over a title that asks a question, the
// analysts each on a line with a telephone, and a table's sources.
func TestResearchNoteHeader(t *testing.T) {
	text := "KESTREL EQUITIES | Equity Research | Australia | Metals & Mining\n14 September 2027\n\n" +
		"Australian Lithium\nNorth Asian offtake books: who really carries the price risk?\n\n" +
		"Sector view: NEUTRAL (unchanged)\n\n" +
		"Priya Raman, Senior Analyst | +61 2 8224 3310 | priya.raman@kestrelequities.com.au\nMarcus Dunne, Analyst | +61 2 8224 3347\n\n" +
		"Figure 1: Coverage summary\nSource: company filings, Kestrel Equities estimates\n\n" +
		"Tarrawee Lithium's agreement with Jiangxi Fengshan Lithium Co., Ltd. covers 300,000 dmt a year through to December 2030.\n\n" +
		"Kestrel Equities Pty Ltd (ABN 47 601 338 210) acted as joint lead manager to the placement.\n"
	a := parsePage(t, text)
	if got, want := a.Headline, "North Asian offtake books: who really carries the price risk?"; got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
	want := []string{
		"person Priya Raman (Senior Analyst @ Kestrel Equities Pty Ltd)",
		"person Marcus Dunne (Analyst @ Kestrel Equities Pty Ltd)",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestDealTrackerTable checks a newsletter's table of deals whose column
// of firms names their market ("ASX company") beside a column of their
// codes, and a deal of each type: each row's firm is listed there, and
// the row's firms are parties to an agreement of the row's type.
func TestDealTrackerTable(t *testing.T) {
	text := "Asian buyers sign up Australian producers\n\nPerth, 20 October 2027\n\nThe table below sets out the quarter's deals as disclosed to the ASX.\n\n" +
		"Date     ASX company                     Code   Counterparty                          Type             Volume\n" +
		"05 Jul   Kalbarri Lithium Ltd            KBL    Hanjin Chemical Co., Ltd. (KR)        Offtake          80,000 tpa\n" +
		"19 Jul   Wyndham Rare Earths Ltd         WRE    Sanko Magnet Industries Co. (JP)      MOU              600 tpa\n"
	a := parsePage(t, text)
	var listings []string
	for _, l := range a.Listings {
		listings = append(listings, l.Symbol()+" "+l.MIC())
	}
	if diff := cmp.Diff([]string{"KBL XASX", "WRE XASX"}, listings); diff != "" {
		t.Errorf("listings (-want +got):\n%s", diff)
	}
	var got []string
	for _, r := range a.Relations {
		got = append(got, r.Kind.String()+" "+r.Type)
	}
	if diff := cmp.Diff([]string{"agreement offtake", "agreement mou"}, got); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestSmelterNotesItems checks a newsletter's items: an offtake a smelter
// signs for concentrate from its counterparty's own operation (a deal,
// which says no more of who supplies whom), and a chairman who "will
// retire as chairman of Y at the company's annual meeting", the post
// held at Y.
func TestSmelterNotesItems(t *testing.T) {
	text := "Smelter notes from the week in Asia\n\nTokyo, 3 March 2026\n\n" +
		"Kitakami Copper Smelting Co. (TYO: 5719) has signed a five-year offtake agreement with Masbate Copper-Gold Corp. (PSE: MCGC) for up to 120,000 wet metric tonnes a year of copper concentrate from Masbate's open-pit operation in Camarines Norte, starting in July.\n\n" +
		"People moves:\n- Ramon Dizon will retire as chairman of Masbate Copper-Gold at the company's annual meeting in June after 14 years on the board.\n"
	checkPageRelations(t, text, false, []string{
		"agreement(Kitakami Copper Smelting Co., Masbate Copper-Gold Corp.)",
		"executive_of(Ramon Dizon, Masbate Copper-Gold Corp.)",
	})
}

// TestShortSentencesOverTable checks a page whose only sentence is short
// and whose facts stand in a table: the table is still read as the
// page's body.
func TestShortSentencesOverTable(t *testing.T) {
	text := "Battery Minerals Weekly\n\nPerth, 20 October 2027\n\nThe deals are below.\n\n" +
		"Company                         Counterparty                          Type             Volume\n" +
		"Kalbarri Lithium Ltd            Hanjin Chemical Co., Ltd.             Offtake          80,000 tpa\n"
	checkPageRelations(t, text, false, []string{"agreement(Kalbarri Lithium Ltd, Hanjin Chemical Co., Ltd.)"})
}

// TestContactFunctionUnderFirm checks a release's contacts: a name and
// the function it works in under the firm's line speaks for that firm,
// and a line naming two firms speaks for neither.
func TestContactFunctionUnderFirm(t *testing.T) {
	text := "Kora Metals to build a plant in Taiwan this year\n\nTaipei, 3 March 2026\n\n" +
		"Kora Metals Corp. said it would build a recovery plant with Hokuriku Refining Co., Ltd., a unit of Tateyama Metals Holdings Corp., near the science park.\n\n" +
		"Media contacts\nKora Metals Corp.\nVivian Tsai, Corporate Communications\n+886-3-578-2201 | media@kora.example.tw\n"
	a := parsePage(t, text)
	want := []string{"person Vivian Tsai (Corporate Communications @ Kora Metals Corp.)"}
	if diff := cmp.Diff(want, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestBoardMoves checks a quarterly report's board changes: a director
// "was appointed Chair", and another firm's officer "joined the Board as
// a Non-Executive Director": both posts are held at the reporting
// company.
func TestBoardMoves(t *testing.T) {
	text := "QUARTERLY ACTIVITIES REPORT\n\nAdelaide, 3 March 2026\n\n" +
		"Tumble Graphite Limited (Tumble or the Company) is pleased to report on its activities for the June 2027 quarter at its graphite operation.\n\n" +
		"Ms Bianca Ellery, a Non-Executive Director since 2022, was appointed Chair. Mr Kang Do-yun, Executive Vice President of Cheongsan, joined the Board as a Non-Executive Director on 1 May 2027 as Cheongsan's nominee.\n"
	a := parsePage(t, text)
	want := []string{
		"person Bianca Ellery | Ms Bianca Ellery (Non-Executive Director @ Tumble Graphite Limited) (Chair @ Tumble Graphite Limited)",
		"person Kang Do-yun | Mr Kang Do-yun (Executive Vice President @ Cheongsan) (Non-Executive Director @ Tumble Graphite Limited)",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestScorecardCompanyNotes checks a data page's notes on one firm: its
// president, named by title alone after a sentence that opens with the
// firm; a holding in a supplier "which supplies about a fifth of its
// feed"; and a unit it "also owns jointly with" a trading house.
func TestScorecardCompanyNotes(t *testing.T) {
	text := "Title of the story here\n\nTokyo, 3 March 2026\n\n" +
		"Yamabe Metal Mining cut copper output after deciding in the spring to reduce smelter throughput. President Koichi Hasegawa told analysts that output would be around 470,000 tonnes.\n\n" +
		"Yamabe Metal Mining holds 12% of Peruvian copper producer Minera Cobre Tala S.A., which supplies about a fifth of its feed. It also owns Hokuriku Copper Refining K.K. jointly with trading house Shinsei Bussan.\n"
	checkPageRelations(t, text, false, []string{
		"executive_of(Koichi Hasegawa, Yamabe Metal Mining)",
		"joint_venture(Yamabe Metal Mining, Shinsei Bussan)",
		"stake_in(Shinsei Bussan, Hokuriku Copper Refining K.K.)",
		"stake_in(Yamabe Metal Mining, Hokuriku Copper Refining K.K.)",
		"stake_in(Yamabe Metal Mining, Minera Cobre Tala S.A.)",
		"supplier_of(Minera Cobre Tala S.A., Yamabe Metal Mining)",
	})
}

// TestChairmanAfterOwnerSentence checks that a title opening a sentence
// after one about the firm's owner is the firm's, not the owner's.
func TestChairmanAfterOwnerSentence(t *testing.T) {
	text := "Title of the story here\n\nHanoi, 3 March 2026\n\n" +
		"Song Lam Fertiliser JSC (HNX: SLF) will trade as Song Lam Agritech Group JSC from February 16 after shareholders approved the change. Red Delta Chemical Holdings, a state holding company, owns 65% of the firm. Chairman Pham Quoc Binh said the new name reflected its plans.\n"
	rels := relationLines(parsePage(t, text), false)
	if slices.Contains(rels, "executive_of(Pham Quoc Binh, Red Delta Chemical Holdings)") {
		t.Errorf("the chairman is the owner's; got %q", rels)
	}
}

// TestGulfAndSouthAsianOfficials checks names that say whose son the
// person is, Gulf forms of address, and ministers whose ministry the
// text does not name, in stories filed from their countries.
func TestGulfAndSouthAsianOfficials(t *testing.T) {
	text := "Title of the story here\n\nMANAMA, 3 March 2026 - Bahrain's aluminium output rose.\n\n" +
		"Sheikh Nasser bin Hamad Al Khalifa, chairman of Bahrain Mumtalakat Holding, attended. H.E. Eng. Khalid Al-Mudaifer, Vice Minister for Mining Affairs, said demand was rising. " +
		"Datuk Ahmad Fadzil bin Hashim, chief executive of Kinta Tin Berhad, agreed. Nasrul Hamid, the state minister for power, energy and mineral resources, said so.\n"
	a := parsePage(t, text)
	want := []string{
		"person Nasser bin Hamad Al Khalifa | Sheikh Nasser bin Hamad Al Khalifa (chairman @ Bahrain Mumtalakat Holding)",
		"person Khalid Al-Mudaifer | Eng. Khalid Al-Mudaifer (Vice Minister for Mining Affairs @ Bahrain)",
		"person Ahmad Fadzil bin Hashim | Datuk Ahmad Fadzil bin Hashim (chief executive @ Kinta Tin Berhad)",
		"person Nasrul Hamid (state minister for power, energy and mineral resources @ Bahrain)",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestTwoCompaniesOperateAsVenture checks "the two companies" two
// sentences after the two firms' deal, with a sentence about one firm's
// unit between: they are the venture's partners.
func TestTwoCompaniesOperateAsVenture(t *testing.T) {
	text := "Title of the story here\n\nSEOUL, 3 March 2026 - Lithium deals rose.\n\n" +
		"Boram Materials Co., Ltd. and Cowan Minerals Ltd today announced a definitive agreement under which Boram will acquire a 30% interest in Kambalda Lithium Refining Pty Ltd for US$240 million. " +
		"Boram will make the investment through its wholly owned subsidiary Boram Australia Pty Ltd. " +
		"On completion, Cowan will retain 70% of Kambalda Lithium Refining and the two companies will operate the refinery as a 70:30 joint venture, with Cowan remaining operator.\n"
	rels := relationLines(parsePage(t, text), false)
	if w := "joint_venture(Boram Materials Co., Ltd., Cowan Minerals Ltd)"; !slices.Contains(rels, w) && !slices.Contains(rels, "joint_venture(Cowan Minerals Ltd, Boram Materials Co., Ltd.)") {
		t.Errorf("relations miss %q; got %q", w, rels)
	}
	if w := "acquisition(Cowan Minerals Ltd, Kambalda Lithium Refining Pty Ltd)"; slices.Contains(rels, w) {
		t.Errorf("relations hold %q, what the seller keeps", w)
	}
}

// TestStateDisclosureForm checks a Vietnamese issuer's disclosure form:
// the state's name and motto over it head nothing and give the market;
// the cover's fields name the filer's former name and the officer who
// signs; the board's resolutions buy shares, extend an export contract,
// and note a holder's larger stake, written from its old size to its
// new one; and a port's name is no person.
func TestStateDisclosureForm(t *testing.T) {
	text := "TRA LINH PAPER JOINT STOCK COMPANY\n" +
		"Address: Km 4, Road 3, Tra Linh District, Cao Bang Province, Vietnam\n" +
		"Tel: (+84 206) 3 852 110  |  Website: www.tralinhpaper.com.vn\n" +
		"Stock code: TLP (HNX)\n\n" +
		"Cao Bang, 2 March 2027\n\n" +
		"SOCIALIST REPUBLIC OF VIETNAM\nIndependence - Freedom - Happiness\n\n" +
		"DISCLOSURE OF EXTRAORDINARY INFORMATION\n\n" +
		"1. Organisation name: Tra Linh Paper Joint Stock Company (formerly Cao Bang Pulp and Packaging Joint Stock Company)\n" +
		"2. Stock code: TLP\n" +
		"3. Person authorised to disclose information: Mr. Vu Dinh Khiem, Chief Accountant\n\n" +
		"Content of the disclosed information:\n\n" +
		"On 1 March 2027 the Board of Directors of Tra Linh Paper Joint Stock Company (\"the Company\") adopted a resolution approving the matters below.\n\n" +
		"The Board approves the purchase by the Company of 6,100,000 shares of Quang Hoa Pulp Joint Stock Company, equal to 61% of its charter capital, from its founders.\n\n" +
		"The Board approves the extension of the export contract with Mekong Carton Trading Ltd for the sale of 40,000 tonnes of pulp in 2027, shipped through Cua Lo port.\n\n" +
		"The Board notes that Ishikari Paper Co., Ltd. has raised its holding in the Company from 10.5% to 14.2% of voting shares.\n"
	a := parsePage(t, text)
	if got := a.Headline + " | " + a.AsOf.String() + " " + a.Country.Code(); got != "DISCLOSURE OF EXTRAORDINARY INFORMATION | 2027-03-02 VN" {
		t.Errorf("headline, date and market = %q", got)
	}
	want := []string{"person Vu Dinh Khiem | Mr. Vu Dinh Khiem (Chief Accountant @ Tra Linh Paper Joint Stock Company)"}
	if diff := cmp.Diff(want, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	rels := relationLines(a, true)
	slices.Sort(rels)
	wantRels := []string{
		"acquisition(Ishikari Paper Co., Ltd., Tra Linh Paper Joint Stock Company) 14.2",
		"acquisition(Tra Linh Paper Joint Stock Company, Quang Hoa Pulp Joint Stock Company) 61",
		"agreement(Tra Linh Paper Joint Stock Company, Mekong Carton Trading Ltd) 0",
		"executive_of(Vu Dinh Khiem, Tra Linh Paper Joint Stock Company) 0",
		"former_name(Tra Linh Paper Joint Stock Company, Cao Bang Pulp and Packaging Joint Stock Company) 0",
		"stake_in(Ishikari Paper Co., Ltd., Tra Linh Paper Joint Stock Company) 14.2",
		"supplier_of(Tra Linh Paper Joint Stock Company, Mekong Carton Trading Ltd) 0",
	}
	if diff := cmp.Diff(wantRels, rels); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestDatedFromPlaces checks a page dated under its headline from a city
// of four words, and a release dated from three cities parted by
// slashes.
func TestDatedFromPlaces(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Steel and cement volumes: rebar recovers, clinker stalls\n\nHo Chi Minh City, 11 November 2026\n\nListed steelmakers reported mixed sales in October, with rebar up.\n", "2026-11-11 VN"},
		{"Two cement makers form a venture in northern Vietnam\n\nBangkok / Fukuoka / Hanoi, 14 September 2026 - Two cement makers today announced a venture to build a plant.\n", "2026-09-14"},
		// A dateline with no year takes the year of the page's one
		// copyright notice, not a span of years.
		{"Miners lock in term deals\n\nMANILA, Feb 16 (Kora Wire) - Miners signed deals.\n\n(c) 2027 Kora Wire. All rights reserved.\n", "2027-02-16 PH"},
		{"Miners lock in term deals\n\nMANILA, Feb 16 (Kora Wire) - Miners signed deals.\n\n(c) 2019-2027 Kora Wire. All rights reserved.\n", " PH"},
		// A translated paper's line of date and credits, its English in
		// brackets before the first bar.
		{"Kora ore arrivals hit record\n\n2027\u5e749\u670813\u65e5 (13 September 2027) | Reporter: Li Wen | Source: Kora Nickel News\n\nArrivals rose in August.\n", "2027-09-13"},
		// The day a story was first published, not the day it was
		// updated after the bar.
		{"Kora ore arrivals hit record\n\nPublished 17.03.2028 | Updated 18.03.2028 09:10 ICT\n\nArrivals rose in February.\n", "2028-03-17"},
	} {
		a := parsePage(t, tc.text)
		got := a.AsOf.String()
		if !a.Country.IsZero() {
			got += " " + a.Country.Code()
		}
		if got != tc.want {
			t.Errorf("%q: date and market = %q, want %q", tc.text[:30], got, tc.want)
		}
	}
}

// TestBodysOwnAgency checks an agency named after "its" or a ministry's
// possessive, and a post whose ministry "the ministry" stands for,
// named sentences before.
func TestBodysOwnAgency(t *testing.T) {
	text := "Title of the story here\n\nHANOI, 3 March 2026 - Steel imports rose.\n\n" +
		"The Ministry of Industry and Trade extended duties on coil after an investigation by its Trade Remedies Authority. " +
		"The ministry's Export Promotion Agency said so.\n\n" +
		"Q: Is the Ministry of Steel helping?\n\nA: They have been very helpful. The ministry's task force, which is chaired by Additional Secretary Ravi Menon, meets every quarter.\n"
	a := parsePage(t, text)
	want := []string{
		"government Ministry of Industry and Trade | The ministry",
		"government Trade Remedies Authority",
		"government Export Promotion Agency",
		"government Ministry of Steel | The ministry",
		"person Ravi Menon (Additional Secretary @ Ministry of Steel)",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "government", "person")); diff != "" {
		t.Errorf("bodies and people (-want +got):\n%s", diff)
	}
}

// TestTickerAndExchangeColumns checks a broker's table of volumes with a
// column of tickers and one of the market each trades on, its rows
// grouped under labels in capitals: each row's firm is listed on its
// row's market, and the markets' short names are no companies.
func TestTickerAndExchangeColumns(t *testing.T) {
	text := "Monthly volumes: rebar recovers\n\nHo Chi Minh City, 11 November 2026\n\nListed steelmakers on HOSE, HNX and UPCoM reported mixed sales. The table below sums up the volumes.\n\n" +
		"Company                  | Ticker | Exchange | Oct 2026  | y/y\n" +
		"-------------------------|--------|----------|-----------|-----\n" +
		"STEEL\n" +
		"Binh Minh Steel JSC      | BMS    | HOSE     | 142,600   | +4%\n" +
		"Lam Son Pipe JSC         | LSP    | HNX      | 51,850    | -3%\n" +
		"CEMENT\n" +
		"Ha Trung Cement JSC      | HTC    | UPCoM    | 88,300    | +5%\n"
	a := parsePage(t, text)
	var listings []string
	for _, l := range a.Listings {
		listings = append(listings, l.Symbol()+" "+l.MIC())
	}
	if diff := cmp.Diff([]string{"BMS XSTC", "LSP HSTC", "HTC XHNX"}, listings); diff != "" {
		t.Errorf("listings (-want +got):\n%s", diff)
	}
	if got := entityLinesOf(a, "company"); len(got) != 3 {
		t.Errorf("companies = %q, want the three firms", got)
	}
}

// TestTranslatorAndAgencyHead checks a translated page's credit under
// its headline, a Vietnamese name of four words, and the head of an
// agency named after "its", the ministry in the sentence before.
func TestTranslatorAndAgencyHead(t *testing.T) {
	text := "Steel curbs tightened after talks with investors\n\n" +
		"Translated from a report first published in Vietnamese. Translation: Tran Minh Chau.\n\n" +
		"HANOI, 23 October 2026 - The Ministry of Industry and Trade has been helpful on trade remedies. " +
		"The director general of its Trade Remedies Authority, Pham Thi Thu Huong, met Sungwon Metal Co. chairman Park Dong-hyun in May.\n"
	a := parsePage(t, text)
	want := []string{
		"person Tran Minh Chau",
		"person Pham Thi Thu Huong (director general @ Trade Remedies Authority)",
		"person Park Dong-hyun (chairman @ Sungwon Metal Co.)",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestTaiwanesePageNames checks a Taiwanese daily's byline, "Reporter X
// (name in Chinese) / Taipei", which gives the writer and the market; a
// person named with the Chinese name in brackets before the title; a
// firm's name in Latin letters followed by its name in Chinese, two
// names of one firm; a field's label that opens its line; and a
// filing's "Independent Shareholders", no firm.
func TestTaiwanesePageNames(t *testing.T) {
	text := "Tin hits 20-month high as solder makers scramble for metal\n\n" +
		"Reporter Lin Mei-hua (林美華) / Taipei\n2026-07-21 03:10\n\n" +
		"Kuo Chih-ming (郭志明), deputy director-general of the Industrial Development Administration, said the agency is watching tin supply. " +
		"Pengda Cobalt Group Limited (formerly known as Pengda Resources Holdings Limited 鵬達資源控股有限公司) will sell more cobalt. " +
		"The deal needs the approval of the Independent Shareholders.\n\n" +
		"Payment: 90% against shipping documents\n"
	a := parsePage(t, text)
	if got := a.Country.Code(); got != "TW" {
		t.Errorf("market = %q, want TW", got)
	}
	want := []string{
		"person Lin Mei-hua",
		"person Kuo Chih-ming (deputy director-general @ Industrial Development Administration)",
		"company Pengda Cobalt Group Limited | Pengda Cobalt Group",
		"company Pengda Resources Holdings Limited | Pengda Resources Holdings",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "company", "person")); diff != "" {
		t.Errorf("firms and people (-want +got):\n%s", diff)
	}
}

// TestHongKongReleaseContacts checks a Hong Kong release: the issuer's
// bracket of defined terms that runs long and ends with its "HKEX stock
// code", which lists it and names it "the Company"; a subsidiary owned
// "as to" shares by the Company and another; a border agency named by
// its fields; and the media contacts of a firm the text names only over
// them, each with the title before a column's gap and the phone.
func TestHongKongReleaseContacts(t *testing.T) {
	text := "Sunlite Silicon signs polysilicon supply deal\n\n" +
		"Hong Kong, 14 October 2026 – Sunlite Silicon Holdings Limited (\"Sunlite\" or the \"Company\", together with its subsidiaries the \"Group\"; HKEX stock code: 1688) today announced that its subsidiary Baotou Sunlite Materials Co., Ltd. (\"Baotou Sunlite\") signed a supply agreement. " +
		"Baotou Sunlite is owned as to 95.1% by the Company and as to 4.9% by Hsinchu Wafer Corporation. Its shipments to the United States are cleared by U.S. Customs and Border Protection.\n\n" +
		"Media enquiries\nHarbourlight Communications Limited\nMr. Kelvin Tam, Account Manager    Tel: +852 2114 0000\n"
	a := parsePage(t, text)
	var listings []string
	for _, l := range a.Listings {
		listings = append(listings, l.Symbol()+" "+l.MIC())
	}
	if diff := cmp.Diff([]string{"1688 XHKG"}, listings); diff != "" {
		t.Errorf("listings (-want +got):\n%s", diff)
	}
	got := entityLinesOf(a, "government", "company", "person")
	for _, w := range []string{
		"government U.S. Customs and Border Protection [US]",
		"company Harbourlight Communications Limited | Harbourlight Communications",
		"person Kelvin Tam (Account Manager @ Harbourlight Communications Limited)",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("entities miss %q; got %q", w, got)
		}
	}
	rels := relationLines(a, true)
	for _, w := range []string{
		"stake_in(Sunlite Silicon Holdings Limited, Baotou Sunlite Materials Co., Ltd.) 95.1",
		"stake_in(Hsinchu Wafer Corporation, Baotou Sunlite Materials Co., Ltd.) 4.9",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("relations miss %q; got %q", w, rels)
		}
	}
}

// TestGulfInterviewNames checks an interview headed by the short name of
// a man whose full name says whose son he is, an engineer's "Eng."
// before a minister's name (no end of a sentence), and an exchange
// named with its country, no firm.
func TestGulfInterviewNames(t *testing.T) {
	text := "INTERVIEW: Sur Aluminium's Salim Al-Harthy on the expansion and Korean buyers\n\n" +
		"MUSCAT, 3 March 2026 - Sur Aluminium Company SAOG poured its first metal in 2019. Chief executive Salim bin Hamad Al-Harthy spoke to the Review in Muscat. " +
		"Minister of Energy and Minerals Eng. Abdullah bin Rashid Al-Busaidi has been supportive. Its buyer, Kisan Bharat Fertilisers Limited, is listed on the National Stock Exchange of India.\n"
	a := parsePage(t, text)
	want := []string{
		"person Salim bin Hamad Al-Harthy | Salim Al-Harthy (Chief executive @ Sur Aluminium Company SAOG)",
		"person Abdullah bin Rashid Al-Busaidi | Eng. Abdullah bin Rashid Al-Busaidi (Minister @ Ministry of Energy and Minerals)",
		"organization National Stock Exchange of India",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "person", "organization")); diff != "" {
		t.Errorf("people and organisations (-want +got):\n%s", diff)
	}
}

// TestGovernmentsOwnOffice checks an office named after a government's
// possessive in lower case: "the Australian government's Critical
// Minerals Office".
func TestGovernmentsOwnOffice(t *testing.T) {
	a := parsePage(t, "Title of the story here\n\nPERTH, 3 March 2026 - The offtake, together with a grant awarded in February by the Australian government's Critical Minerals Office, lets the board decide.\n")
	if got := entityLinesOf(a, "government"); !slices.Contains(got, "government Critical Minerals Office") {
		t.Errorf("governments = %q, want the office", got)
	}
}

// TestMediaContactFirmAndHeadingRun checks an ASX release's contacts: a
// "Media" line opens a block of its own, whose contact's firm, named only
// there under the title, is the contact's; a section's heading under the
// contacts names no one; and a heading over a paragraph that opens with
// "As" runs no name into it.
func TestMediaContactFirmAndHeadingRun(t *testing.T) {
	text := "Marloo signs offtake\n\nPERTH, 3 March 2026 - Marloo Lithium Limited signed an offtake.\n\n" +
		"(1) Outline of the Tender Offer\nAs of today, Marloo Lithium Limited owns 52.41% of the target.\n\n" +
		"For further information:\nRhys Kavanagh\nManaging Director\nMarloo Lithium Limited\n+61 8 9481 2200\n\n" +
		"Media\nJessica Tran\nSenior Account Director\nKingfisher Communications\n+61 412 889 015\n\n" +
		"Competent Person Statement\nThe information in this report is based on work by the company's geologists.\n"
	a := parsePage(t, text)
	want := []string{
		"company Marloo Lithium Limited | Marloo Lithium",
		"person Rhys Kavanagh (Managing Director @ Marloo Lithium Limited)",
		"person Jessica Tran (Senior Account Director @ Kingfisher Communications)",
		"company Kingfisher Communications",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "company", "person")); diff != "" {
		t.Errorf("firms and people (-want +got):\n%s", diff)
	}
}

// TestLabelledWriters reads each writer of a date's line that labels
// them apart, a reporter and an editor; and a Mongolian writer's name
// of one word after "By", with the agency between slashes after the
// dateline's city, which is no company.
func TestLabelledWriters(t *testing.T) {
	a := parsePage(t, "Coal clearance rises\n\n2026-11-23 09:15   Source: Coal Weekly   Reporter: Liu Jing   Editor: Zhao Peiyu\n\nCoal imports rose by a third in the week.\n")
	if diff := cmp.Diff([]string{"person Liu Jing (Reporter @ )", "person Zhao Peiyu (Editor @ )"}, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("writers (-want +got):\n%s", diff)
	}
	a = parsePage(t, "Coal exports rise\n\nBy D.Solongo\n\nUlaanbaatar /Steppe Monitor/ Mongolia exported more coal in October.\n")
	if diff := cmp.Diff([]string{"person D.Solongo"}, entityLinesOf(a, "person", "company")); diff != "" {
		t.Errorf("writer and agency (-want +got):\n%s", diff)
	}
}

// TestOfficialsInASemicolonList reads "attended by the Minister of X of
// Mongolia, Mr. A; the Assistant Minister of Y of the PRC, Mr. B; and the
// Ambassador of Z to Mongolia, Mr. C": each title with its state, in a
// list parted by semicolons.
func TestOfficialsInASemicolonList(t *testing.T) {
	text := "Coal train\n\nULAANBAATAR, 16 June 2027 - The first train left.\n\n" +
		"The ceremony was attended by the Minister of Mining and Heavy Industry of Mongolia, Mr. Bold Ganbaatar; the Assistant Minister of Commerce of the PRC, Mr. Xu Ming; and the Ambassador of the People's Republic of China to Mongolia, Mr. Zhao Lei.\n"
	checkPageRelations(t, text, false, []string{
		"official_of(Bold Ganbaatar, Ministry of Mining and Heavy Industry of Mongolia)",
		"official_of(Xu Ming, Ministry of Commerce of the PRC)",
		"official_of(Zhao Lei, China)",
	})
}

// TestTheCompanyAndTheMinerInTheirClause reads "the company's" after a
// title's "as" and a comma as the firm the sentence opens with; "from
// the miner" as no firm the sentence opens with in the same clause; and
// "Managing director X joins the Y board" as a post at another firm than
// Y.
func TestTheCompanyAndTheMinerInTheirClause(t *testing.T) {
	text := "Coal deals\n\nHONG KONG, March 5 - Coal trading picked up.\n\n" +
		"Harbour Coal Trading Ltd, a coal trader, has bought 12.5% of Tes Coal JSC from its founders. Tes Coal produced 3.3 Mt of coal last year. Harbour Coal already buys about 1.5 Mt a year from the miner under a supply contract. Managing director Ho Kit joins the Tes Coal board.\n\n" +
		"Uul Energy Holdings has appointed Oyun Bat as chief financial officer, replacing Ken Tsang, the company's finance chief since 2019, who retires in March.\n"
	checkPageRelations(t, text, false, []string{
		"acquisition(Harbour Coal Trading Ltd, Tes Coal JSC)",
		"agreement(Harbour Coal Trading Ltd, Tes Coal JSC)",
		"executive_of(Ho Kit, Harbour Coal Trading Ltd)",
		"executive_of(Ken Tsang, Uul Energy Holdings)",
		"executive_of(Oyun Bat, Uul Energy Holdings)",
		"stake_in(Harbour Coal Trading Ltd, Tes Coal JSC)",
		"supplier_of(Tes Coal JSC, Harbour Coal Trading Ltd)",
	})
}

// TestWriterWithRoleAndTagline reads "Name, Senior Business Reporter"
// under the headline as the byline, no standfirst, and "Zimbabwe's
// business weekly" under the masthead as the paper's country.
func TestWriterWithRoleAndTagline(t *testing.T) {
	a := parsePage(t, "THE DAILY LEDGER\nZimbabwe's business weekly\n\nMiners plead for more time\n\nTariro Moyo, Senior Business Reporter\nFriday, 2 October 2026\n\nLithium miners have asked for more time to build their plants.\n")
	if got := a.Country.String(); got != "ZW" {
		t.Errorf("country %q, want ZW", got)
	}
	if a.Summary != "" {
		t.Errorf("standfirst %q, want none", a.Summary)
	}
	if diff := cmp.Diff([]string{"person Tariro Moyo (Senior Business Reporter @ )"}, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("writer (-want +got):\n%s", diff)
	}
}

// TestImpliedMinistryOfAnotherCountry keeps a ministry a title implies
// apart from a named ministry of another country whose fields hold the
// title's: a newsletter's items on Congo and on Namibia.
func TestImpliedMinistryOfAnotherCountry(t *testing.T) {
	text := "Weekly\n\nKINSHASA, March 2 - Cobalt quotas were set.\n\n" +
		"1. DRC: QUOTA SET\n\nThe Democratic Republic of Congo set its cobalt quota on Monday.\n\nMinister of Mines Aime Kabila told reporters the ceiling would be reviewed.\n\n" +
		"2. NAMIBIA: WAIVER\n\nNamibia's Ministry of Mines and Energy has granted Jinlan Mining Namibia (Pty) Ltd permission to export ore.\n"
	a := parsePage(t, text)
	if diff := cmp.Diff([]string{"person Aime Kabila (Minister @ Ministry of Mines)"}, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("minister (-want +got):\n%s", diff)
	}
}

// TestMainlandCoverAndBoardSignature reads "Securities Code: 300842
// Securities Abbreviation: X" over a mainland filing as a Shenzhen code,
// and "Board of Directors" over the firm's name at the foot as the board,
// no firm of its own.
func TestMainlandCoverAndBoardSignature(t *testing.T) {
	text := "Securities Code: 300842          Securities Abbreviation: Kora Lithium          Announcement No.: 2026-078\n\n" +
		"Kora Lithium Materials Co., Ltd.\nAnnouncement on an Offtake Agreement\n\nThe Company signed an offtake agreement with Tana Mining SA.\n\n" +
		"Board of Directors\nKora Lithium Materials Co., Ltd.\n14 October 2026\n"
	a := parsePage(t, text)
	var got []string
	for _, l := range a.Listings {
		got = append(got, l.Symbol()+" "+l.MIC())
	}
	if diff := cmp.Diff([]string{"300842 XSHE"}, got); diff != "" {
		t.Errorf("listings (-want +got):\n%s", diff)
	}
	for _, l := range entityLinesOf(a, "company") {
		if strings.Contains(l, "Directors") {
			t.Errorf("company %q: the board's line is no firm's name", l)
		}
	}
}

// TestTickeredShortFormOfTheFullName makes "Kibi Electric (TSE: 9517)",
// paragraphs after "Kibi Electric Power Co.", the same firm, with its
// code; and "X Mining Ltd, a unit of X (NSE: X)" two firms.
func TestTickeredShortFormOfTheFullName(t *testing.T) {
	a := parsePage(t, "Utility buys ammonia\n\nTOKYO, May 3 - Kibi Electric Power Co. said Wednesday it has signed a deal to buy ammonia.\n\nKibi Electric (TSE: 9517) aims to replace coal with ammonia, the utility said.\n\nTata Steel Mining Ltd said so. Tata Steel Mining Ltd, a unit of Tata Steel (NSE: TATASTEEL), agreed.\n")
	want := []string{
		"company Kibi Electric Power Co. | Kibi Electric | the utility | Kibi Electric Power [JP]",
		"company Tata Steel Mining Ltd | Tata Steel Mining",
		"company Tata Steel [IN]",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "company")); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
	names := map[string]string{}
	for _, e := range a.Entities {
		names[e.ID] = e.Name
	}
	var got []string
	for _, l := range a.Listings {
		got = append(got, l.Symbol()+" "+names[l.Entity])
	}
	if diff := cmp.Diff([]string{"9517 Kibi Electric Power Co.", "TATASTEEL Tata Steel"}, got); diff != "" {
		t.Errorf("listings (-want +got):\n%s", diff)
	}
}

// TestCodeLineAndLabelledContacts reads the title under a filer's
// "(Code: 8029, TSE Prime Market)" line as the headline, and contacts
// named after their function and a colon, under their firm's line.
func TestCodeLineAndLabelledContacts(t *testing.T) {
	text := "News Release\n\nFebruary 24, 2026\nShirakawa Corporation\n(Code: 8029, TSE Prime Market)\n\n" +
		"Shirakawa Acquires 28% Interest in Pilbara Hydrogen Project and Signs Fuel Ammonia Supply MOU with Seiryo Electric Power\n\n" +
		"Tokyo, Japan - Shirakawa Corporation (TSE: 8029) announces that it has agreed to buy a stake in Yanna Renewables Limited.\n\n" +
		"For further information, please contact:\nShirakawa Corporation\nCorporate Communications Department\nMedia Relations: Mai Okubo\nTel: +81-3-5555-0190\n\n" +
		"Yanna Renewables Limited\nInvestor Relations: Tom Beale\nTel: +61 8 5550 2231\n"
	a := parsePage(t, text)
	if want := "Shirakawa Acquires 28% Interest in Pilbara Hydrogen Project and Signs Fuel Ammonia Supply MOU with Seiryo Electric Power"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	want := []string{"person Mai Okubo (Media Relations @ Shirakawa Corporation)", "person Tom Beale (Investor Relations @ Yanna Renewables Limited)"}
	if diff := cmp.Diff(want, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("contacts (-want +got):\n%s", diff)
	}
}

// TestListedOnAnExchangeInProse reads "listed on the Tokyo Stock Exchange
// (8062)" and "listed on the Abu Dhabi Securities Exchange under the
// ticker EHC" as listings, and "the Indonesia Stock Exchange (IDX)" as
// none.
func TestListedOnAnExchangeInProse(t *testing.T) {
	a := parsePage(t, "Stakes\n\nTOKYO, May 3 - Yayoi Shoji Co., Ltd., a Japanese trading company listed on the Tokyo Stock Exchange (8062), bought a stake.\n\n"+
		"Emirates Horizon Chemicals PJSC, listed on the Abu Dhabi Securities Exchange under the ticker EHC, said it would supply ammonia. Shares rose on the Indonesia Stock Exchange (IDX).\n")
	var got []string
	for _, l := range a.Listings {
		got = append(got, l.Symbol()+" "+l.MIC())
	}
	if diff := cmp.Diff([]string{"8062 XTKS", "EHC XADS"}, got); diff != "" {
		t.Errorf("listings (-want +got):\n%s", diff)
	}
}

// TestAnalystBarLines reads a research note's writers on lines of a
// name, a title and a phone parted by bars, at the broker the page opens
// with; and a licence's number in brackets as no firm.
func TestAnalystBarLines(t *testing.T) {
	text := "HARBOUR PEAK SECURITIES LIMITED | EQUITY RESEARCH\n\nCoal sector update\n\nThe railway arrives: upgrading Noyon to BUY\n\n" +
		"Karen Leung, CFA | Head of Resources Research | +852 3920 1188 | karen@example.com\nBat Munkh-Orgil | Analyst | +852 3920 1194\n\n" +
		"We upgrade Noyon Energy Holdings to BUY on rail.\n\nThis report has been prepared by Harbour Peak Securities Limited, licensed by the Securities and Futures Commission (CE No. AXK118).\n"
	a := parsePage(t, text)
	want := []string{"person Karen Leung (Head of Resources Research @ Harbour Peak Securities Limited)", "person Bat Munkh-Orgil (Analyst @ Harbour Peak Securities Limited)"}
	if diff := cmp.Diff(want, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("analysts (-want +got):\n%s", diff)
	}
	for _, l := range entityLinesOf(a, "company") {
		if strings.Contains(l, "AXK118") {
			t.Errorf("company %q: a licence's number", l)
		}
	}
}

// TestAcquisitionFormIssuingCorporation: a DART decision to acquire
// shares with "1. Issuing corporation" over "- Name: Y" and "3. Equity
// interest after acquisition: 15.0%" on one line: the filer buys 15% of
// Y, and "the issuing corporation" is Y.
func TestAcquisitionFormIssuingCorporation(t *testing.T) {
	text := "Haedo Heavy Industries Co., Ltd. - Decision on Acquisition of Shares or Equity Interests of Other Corporation\n\n" +
		"Company: Haedo Heavy Industries Co., Ltd.      Market: KOSPI      Stock code: 419998\n" +
		"Date of disclosure: 2026.06.22\n\n" +
		"1. Issuing corporation\n   - Name: Calca Clean Ammonia Holdings LLC\n   - Nationality: United States of America\n" +
		"2. Details of acquisition\n   - Equity interest acquired: 15.0%\n" +
		"3. Equity interest after acquisition: 15.0%\n" +
		"4. Other matters\n   a. Following the transaction, the remaining interests in the issuing corporation will be held by Bayou Energy Partners LP (60.0%) and Yayo Shoji Co., Ltd. (25.0%).\n"
	a := parsePage(t, text)
	rels := relationLines(a, true)
	for _, w := range []string{
		"acquisition(Haedo Heavy Industries Co., Ltd., Calca Clean Ammonia Holdings LLC) 15",
		"stake_in(Bayou Energy Partners LP, Calca Clean Ammonia Holdings LLC) 60",
		"stake_in(Yayo Shoji Co., Ltd., Calca Clean Ammonia Holdings LLC) 25",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("relations %q: want %q", rels, w)
		}
	}
	if got := entityLinesOf(a, "company"); !slices.Contains(got, "company Calca Clean Ammonia Holdings LLC | the issuing corporation | Calca Clean Ammonia Holdings") {
		t.Errorf("companies %q: want the issuing corporation to be Calca", got)
	}
}

// TestTranslatedMiningPage reads a page translated from Portuguese: a
// headline that opens with a demonym before the buyer's name, a byline
// from a city, a code "on the Tokyo Stock Exchange", and a ticker after
// a name whose words "do" joins.
func TestTranslatedMiningPage(t *testing.T) {
	text := "Iron ore\n\nJapanese Kiso Tsusho buys 20% of Mineração Vale Norte for R$2.4 billion\n\n" +
		"By Larissa Mourão, from Belo Horizonte\n\n" +
		"The Japanese trading company Kiso Tsusho Kaisha (code 8019 on the Tokyo Stock Exchange) signed an agreement to acquire 20% of Mineração Serra do Norte S.A. (B3: MSNO3), an iron ore producer.\n"
	a := parsePage(t, text)
	var got []string
	for _, l := range a.Listings {
		got = append(got, l.Symbol()+" "+l.MIC()+" "+a.Entities[slices.IndexFunc(a.Entities, func(e article.Entity) bool { return e.ID == l.Entity })].Name)
	}
	if diff := cmp.Diff([]string{"8019 XTKS Kiso Tsusho Kaisha", "MSNO3 BVMF Mineração Serra do Norte S.A."}, got); diff != "" {
		t.Errorf("listings (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"company Kiso Tsusho Kaisha | Kiso Tsusho [JP]"}, slices.DeleteFunc(entityLinesOf(a, "company"), func(l string) bool { return !strings.Contains(l, "Kiso") })); diff != "" {
		t.Errorf("the buyer (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"person Larissa Mourão"}, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestWireTaglineAndForeignMinister reads a wire page whose tagline
// stands over the section line: the headline is the line after them. A
// minister with no ministry named serves the country that opens the
// paragraph, not the market the story is filed from; a holder before
// its share in brackets is no former name; an analyst is a "principal
// at" a firm.
func TestWireTaglineAndForeignMinister(t *testing.T) {
	text := "Skip to main content\nExclusive news, data and analytics for financial market professionals\n\nCommodities | Metals\n\n" +
		"Kiso to buy 30% of Chilean copper mine\n\nBy Hiroko Tanabe\n\n" +
		"TOKYO, June 9 (Reuters) - Kiso Shoji Co (8043.T) said it would buy 30% of Minera Cerro Alto SpA.\n\n" +
		"Chile, the world's largest copper producer, mined 5.3 million tons of the metal last year. Mining Minister Rocio Benavente said the government was courting Asian investors.\n\n" +
		"Owners after the deal: Loa Copper Corp 55%, Kiso Shoji 30% (previously Loa Copper 85%) (previously\n\n" +
		"\"It is a full price,\" said Marcus Lindqvist, principal at Cairnhill Commodities in Singapore.\n\nPurchase Licensing Rights\n"
	a := parsePage(t, text)
	if want := "Kiso to buy 30% of Chilean copper mine"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	want := []string{"person Hiroko Tanabe", "person Rocio Benavente (Mining Minister @ Chile)", "person Marcus Lindqvist (principal @ Cairnhill Commodities)"}
	if diff := cmp.Diff(want, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	for _, r := range relationLines(a, false) {
		if strings.HasPrefix(r, "former_name") {
			t.Errorf("relation %q: a holder before its share", r)
		}
	}
}

// TestWritersAfterPublishedDate reads the writers named after the bar of
// a "Published" date line, and no writer in a section after a bar.
func TestWritersAfterPublishedDate(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Published July 3, 2026 | Ken Okabe and Priya Nandakumar", "person Ken Okabe,person Priya Nandakumar"},
		{"Published July 3, 2026 | Iron Ore", ""},
		{"July 3, 2026 | Mining Desk", ""},
	} {
		a := parsePage(t, "Shosha deal tracker: trading houses buy copper\n\n"+tc.line+"\n\nJapanese trading houses announced seven deals in the first half.\n")
		if got := strings.Join(entityLinesOf(a, "person"), ","); got != tc.want {
			t.Errorf("%q: people %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestInterviewOurJointVenture reads "V, our joint venture with A and
// B" in an interview's answer: the venture is V, and its partners are
// the speaker's firm, A and B, whose name holds an "and" of its own.
func TestInterviewOurJointVenture(t *testing.T) {
	text := "Copper interview\n\nState-owned Tamra Khanij Ltd (NSE: TAMRAK) is expanding. Chairman Anand Verma spoke to us.\n\n" +
		"Q: What about mines abroad?\n\nA: That is through Videsh Minerals Ltd, our joint venture with Kora Aluminium Ltd and Mineral Exploration and Consultancy Ltd. We are also looking at Zambia.\n"
	a := parsePage(t, text)
	want := []string{
		"joint_venture(Kora Aluminium Ltd, Mineral Exploration and Consultancy Ltd.)",
		"joint_venture(Tamra Khanij Ltd, Kora Aluminium Ltd)",
		"joint_venture(Tamra Khanij Ltd, Mineral Exploration and Consultancy Ltd.)",
	}
	got := slices.DeleteFunc(relationLines(a, false), func(l string) bool { return !strings.HasPrefix(l, "joint_venture") })
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ventures (-want +got):\n%s", diff)
	}
}

// TestJointReleaseOfTwoSenders reads a release that two firms send, each
// name over its code in brackets: the headline is the line after both,
// and a wire's slashed date stamp dates the page.
func TestJointReleaseOfTwoSenders(t *testing.T) {
	a := parsePage(t, "NEWS RELEASE\n\nJune 2, 2027\n\nKiyosato Trading Co., Ltd.\n(Securities code: 8071, TSE Prime Market)\n\n"+
		"Kii Electric Power Co., Inc.\n(Securities code: 9527, TSE Prime Market)\n\n"+
		"Kiyosato Trading and Kii Electric to Acquire 25% Interest in Kyzylkum Uranium Development\n\n"+
		"Kiyosato Trading Co., Ltd. and Kii Electric Power Co., Inc. announced today that they will acquire a 25% interest.\n")
	if want := "Kiyosato Trading and Kii Electric to Acquire 25% Interest in Kyzylkum Uranium Development"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	b := parsePage(t, "Skip to main content\n\nCOMMODITIES  FEBRUARY 3, 2027 / 11:42 AM / UPDATED 2 HOURS AGO\n\nKazuran cuts uranium output forecast\n\nBy Dana Abenova\n\nALMATY, Feb 3 (Reuters) - Kazuran said it would cut output.\n")
	if got := b.AsOf.String(); got != "2027-02-03" {
		t.Errorf("as of %s, want 2027-02-03", got)
	}
}

// TestShareholdersAfterTheTransaction reads a notice's overview of the
// firm whose shares are bought: the holders after the deal hold their
// shares; those before it are not read.
func TestShareholdersAfterTheTransaction(t *testing.T) {
	text := "Notice Regarding Acquisition of Shares in Tana Coal Pty Ltd\n\nKora Corporation will acquire 20% of Tana Coal Pty Ltd from Mira Coal Ltd for A$310 million.\n\n" +
		"Overview of the company whose shares will be acquired\n(1) Name: Tana Coal Pty Ltd\n(2) Location: Brisbane, Australia\n" +
		"(3) Shareholders before the transaction: Mira Coal Ltd 100%\n(4) Shareholders after the transaction: Mira Coal Ltd 80%, Kora Corporation 20%\n"
	a := parsePage(t, text)
	got := slices.DeleteFunc(relationLines(a, true), func(l string) bool { return !strings.HasPrefix(l, "stake_in") })
	slices.Sort(got)
	want := []string{"stake_in(Kora Corporation, Tana Coal Pty Ltd) 20", "stake_in(Mira Coal Ltd, Tana Coal Pty Ltd) 80"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stakes (-want +got):\n%s", diff)
	}
}

// TestWriterAndCityAfterABar reads "Kunal Bhattacharya | New Delhi" under
// a headline as its writer and desk, and "Corporate Announcements |
// Malaysia" as a site's section, no one.
func TestWriterAndCityAfterABar(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Kunal Bhattacharya | New Delhi", "person Kunal Bhattacharya"},
		{"Corporate Announcements | Malaysia", ""},
	} {
		a := parsePage(t, "Miner to triple ore output by 2031\n\n"+tc.line+"\nUpdated: 08 Mar 2027, 07:15 AM IST\n\nThe state miner plans to triple its ore output by 2031, its chairman said.\n")
		if got := strings.Join(entityLinesOf(a, "person"), ","); got != tc.want {
			t.Errorf("%q: people %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestInterviewOursAndComesFrom reads an interview's answers: "X is 60%
// ours and 40% owned by Y" gives the speaker's firm and Y their shares
// of X, and makes them partners; "half of that comes from Z under a
// supply contract" makes Z the firm's supplier.
func TestInterviewOursAndComesFrom(t *testing.T) {
	text := "INTERVIEWS\n\nTortkol Atom's chief on acid and Asian buyers\n\nInterview by Anna Kwon\nPublished 12 May 2027\n\n" +
		"Tortkol Atom JSC is a uranium producer. Chief executive Nurlan Kassymov spoke to us.\n\n" +
		"How exposed are you to the acid shortage?\n\n" +
		"We consume about 420,000 tonnes of sulphuric acid a year, and roughly half of that comes from Shymkent Sulphur LLP under a supply contract that runs to 2030.\n\n" +
		"Your Zhanatobe operation has a Japanese partner. How does that work?\n\n" +
		"Zhanatobe Uranium LLP is 60% ours and 40% owned by Marushima Corporation, and Marushima takes its 40% of the product.\n\n" +
		"Where does the rest go?\n\nLast year about 1,700 tU went to Chinese customers, most of it to Huanan Nuclear Power Group under a ten-year contract we signed in 2022.\n"
	a := parsePage(t, text)
	got := relationLines(a, true)
	for _, w := range []string{
		"supplier_of(Shymkent Sulphur LLP, Tortkol Atom JSC) 0", "agreement(Tortkol Atom JSC, Shymkent Sulphur LLP) 0",
		"stake_in(Tortkol Atom JSC, Zhanatobe Uranium LLP) 60", "stake_in(Marushima Corporation, Zhanatobe Uranium LLP) 40",
		"joint_venture(Tortkol Atom JSC, Marushima Corporation) 0",
		"supplier_of(Tortkol Atom JSC, Huanan Nuclear Power Group) 0", "agreement(Tortkol Atom JSC, Huanan Nuclear Power Group) 0",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("relations %q: want %q", got, w)
		}
	}
	if slices.Contains(got, "stake_in(Marushima Corporation, Tortkol Atom JSC) 40") {
		t.Errorf("relations %q: Marushima holds none of Tortkol", got)
	}
}

// TestFilingOutlineSections reads a Tokyo filing's outlines: the
// representative of "(1) Counterparty: Y" is Y's, the venture's
// shareholding ratio gives its owners' shares, "the joint venture" under
// "Outline of the joint venture" is the company its "(1) Name:" names,
// the partner's "(4) Listing:" field lists the partner, and the cover's
// code line lists the issuer and places the page in Japan's market.
func TestFilingOutlineSections(t *testing.T) {
	text := "May 12, 2026\n\nTo whom it may concern\n\nCompany name: Ashiya Denki Co., Ltd.\nRepresentative: Jun Kitano, President and Representative Director\n(Securities code: 6981, TSE Prime Market)\n\n" +
		"Notice Regarding a Long-Term Indium Purchase Agreement and a Recycling Joint Venture\n\n" +
		"Ashiya Denki Co., Ltd. (the \"Company\") announces that it will conclude a purchase agreement for indium with Liuzhou Huaxing Indium Co., Ltd. (\"Huaxing\") and establish a joint venture with Nagara Metal Corporation (\"Nagara\").\n\n" +
		"1. Outline of the counterparty\n\n(1) Counterparty: Liuzhou Huaxing Indium Co., Ltd.\n(2) Location: Liuzhou, China\n(3) Representative: Qin Baolin, Chairman\n\n" +
		"2. Outline of the joint venture\n\n(1) Name: Setouchi Indium Recovery Co., Ltd. (provisional)\n(2) Capital: 1,000 million yen\n(3) Shareholding ratio: The Company 70%, Nagara 30%\n\n" +
		"The joint venture will become a consolidated subsidiary of the Company.\n\n" +
		"3. Outline of the joint venture partner\n\n(1) Name: Nagara Metal Corporation\n(2) Representative: Aki Morimoto, President\n(3) Listing: TSE Standard Market (Securities code: 5736)\n"
	a := parsePage(t, text)
	if a.Country.Code() != "JP" {
		t.Errorf("country %q, want JP", a.Country.Code())
	}
	var listings []string
	for _, l := range a.Listings {
		name := ""
		if e, ok := a.Entity(l.Entity); ok {
			name = e.Name
		}
		listings = append(listings, l.Symbol()+" "+l.MIC()+" "+name)
	}
	if diff := cmp.Diff([]string{"6981 XTKS Ashiya Denki Co., Ltd.", "5736 XTKS Nagara Metal Corporation"}, listings); diff != "" {
		t.Errorf("listings (-want +got):\n%s", diff)
	}
	got := relationLines(a, true)
	for _, w := range []string{
		"executive_of(Qin Baolin, Liuzhou Huaxing Indium Co., Ltd.) 0",
		"joint_venture(Ashiya Denki Co., Ltd., Nagara Metal Corporation) 0",
		"stake_in(Ashiya Denki Co., Ltd., Setouchi Indium Recovery Co., Ltd.) 70",
		"stake_in(Nagara Metal Corporation, Setouchi Indium Recovery Co., Ltd.) 30",
		"subsidiary_of(Setouchi Indium Recovery Co., Ltd., Ashiya Denki Co., Ltd.) 0",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("relations %q: want %q", got, w)
		}
	}
	if slices.Contains(got, "executive_of(Qin Baolin, Ashiya Denki Co., Ltd.) 0") {
		t.Errorf("relations %q: the counterparty's chairman is no officer of the issuer", got)
	}
}

// TestSuppliedByAfterPossessive parses a page whose passive supply
// verb, "is supplied by", has for subject a possessive that stands for a
// firm named in the sentence before: the seller supplies that firm, and
// the parse does not fail.
func TestSuppliedByAfterPossessive(t *testing.T) {
	text := "JAKARTA, March 3 (Wire) - PT Bahodopi Hidro Nikel runs a leaching plant in Morowali that made 41,000 tonnes of nickel in MHP last year. " +
		"Its feed, about 6 million wmt of limonite ore a year, is supplied by PT Lalowaru Tambang under a long-term ore supply agreement.\n"
	a := parsePage(t, text)
	if got := relationLines(a, false); !slices.Contains(got, "supplier_of(PT Lalowaru Tambang, PT Bahodopi Hidro Nikel)") {
		t.Errorf("relations %q: want PT Lalowaru Tambang to supply PT Bahodopi Hidro Nikel", got)
	}
}

// TestTranslatedPress reads a page translated from the Chinese press:
// the language places the page in China's market, but a minister with no
// ministry named is not taken for China's (a province's post may be
// meant); the writers after their labels on one line are two, each with
// the label as title; and "the company" after "an agreement with Y,
// under which" is the firm that signed it, not Y.
func TestTranslatedPress(t *testing.T) {
	text := "[Translated from Chinese] Northeast Industry Daily | Companies | 2026-11-03 08:10\nReporter: Lu Xiaoyan   Editor: Qiao Feng\n\n" +
		"Jixi graphite maker wins Korean order\n\n" +
		"In October, Jiamusi Graphite Materials Co., Ltd. signed a cooperation agreement with Korean anode maker Daegu Anode Co., Ltd., under which the company will supply 12,000 tons of spherical graphite per year to Daegu from 2027.\n\n" +
		"Commerce Minister Han Zhiyuan visited the plant on Monday.\n"
	a := parsePage(t, text)
	if a.Country.Code() != "CN" {
		t.Errorf("country %q, want CN", a.Country.Code())
	}
	got := entityLinesOf(a, "person")
	want := []string{"person Lu Xiaoyan (Reporter @ )", "person Qiao Feng (Editor @ )", "person Han Zhiyuan (Commerce Minister @ )"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	if rels := relationLines(a, false); !slices.Contains(rels, "supplier_of(Jiamusi Graphite Materials Co., Ltd., Daegu Anode Co., Ltd.)") {
		t.Errorf("relations %q: want Jiamusi to supply Daegu", rels)
	}
}

// TestReleaseContactsAndDateline reads a joint release: its dateline
// names two places, each with its country, before the date; a project
// named in capitals is an asset, no company; a material's word opening
// a sentence is no short form of a firm named after the material; and
// the investor-relations contact works for the agency named after the
// name.
func TestReleaseContactsAndDateline(t *testing.T) {
	text := "PRESS RELEASE\n\nHanmaru Energy signs graphite offtake with Kilwa Carbon\n\n" +
		"SEOUL, South Korea and PERTH, Australia, March 9, 2027 -- Hanmaru Energy Co., Ltd. and Kilwa Carbon Limited today signed an offtake for graphite from Kilwa's Lindi Graphite Project in Tanzania.\n\n" +
		"Indium output at Xinyu Indium Co. rose. Indium prices fell.\n\n" +
		"Media contacts\nKilwa Carbon\nInvestor relations: Ella Brandt, Swan River Communications\n+61 412 000 111 | ella@swanriver.example.com\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2027-03-09" {
		t.Errorf("as of %s, want 2027-03-09", got)
	}
	want := []string{"company Hanmaru Energy Co., Ltd. | Hanmaru Energy", "company Kilwa Carbon Limited | Kilwa Carbon | Kilwa",
		"company Xinyu Indium Co. | Xinyu Indium", "person Ella Brandt (Investor relations @ Swan River Communications)", "company Swan River Communications"}
	if diff := cmp.Diff(want, entityLinesOf(a, "company", "person")); diff != "" {
		t.Errorf("firms and people (-want +got):\n%s", diff)
	}
}

// TestDisclosureFormAndInterview reads a Philippine disclosure form's
// fields, the report's date among the columns of its first line and the
// issuer's home market from its jurisdiction of incorporation; and an
// interview whose writer stands among the date line's middle dots, whose
// speaker's firm gave a contract that "has gone to" another, and sends
// all its concentrate to a buyer "in Japan under a life-of-mine offtake
// we signed".
func TestDisclosureFormAndInterview(t *testing.T) {
	form := "PSE EDGE | Company Disclosures\n\nDisclosure No.: C00511-2026   Date and Time: Mar 2, 2026 05:40 PM\n\n" +
		"Acquisition of shares\n\n1. Exact name of issuer as specified in its charter: CAGAYAN MINERALS CORPORATION\n" +
		"2. Province, country or other jurisdiction of incorporation: Philippines\n\nThe Company bought shares in a miner, it said.\n"
	a := parsePage(t, form)
	if got := a.AsOf.String(); got != "2026-03-02" {
		t.Errorf("as of %s, want 2026-03-02", got)
	}
	if a.Country.Code() != "PH" {
		t.Errorf("country %q, want PH", a.Country.Code())
	}
	interview := "Pacific Mining Weekly\n\nINTERVIEW: Bulolo's chief on expansion and Japanese offtake\n\nMay 4, 2026 \u00b7 Kila Wari \u00b7 8 min read\n\n" +
		"Ben Tau is managing director of Bulolo Gold Limited, which operates a gold-copper mine in Morobe.\n\n" +
		"PMW: Who builds the expansion?\n\nBen Tau: The EPC contract has gone to Hunan Pacific Engineering Co, who built the original plant for us.\n\n" +
		"PMW: Who buys the concentrate?\n\nBen Tau: All of it goes to Noshiro Smelting Co in Japan under a life-of-mine offtake we signed in 2020.\n"
	a = parsePage(t, interview)
	if got := entityLinesOf(a, "person"); !slices.Contains(got, "person Kila Wari") {
		t.Errorf("people %q: want the writer Kila Wari", got)
	}
	got := relationLines(a, false)
	for _, w := range []string{"agreement(Bulolo Gold Limited, Hunan Pacific Engineering Co)", "supplier_of(Bulolo Gold Limited, Noshiro Smelting Co)", "agreement(Bulolo Gold Limited, Noshiro Smelting Co)"} {
		if !slices.Contains(got, w) {
			t.Errorf("relations %q: want %q", got, w)
		}
	}
}

// TestBursaAnnouncementCover reads an announcement as Bursa Malaysia's
// site sets it: the cover's fields (no "Stock Name : X" firm), the
// description for a headline where the line above only repeats the
// category, the date announced; the purchase of shares "representing"
// a share of the target; the vendor's directors and shareholders; and a
// group managing director.
func TestBursaAnnouncementCover(t *testing.T) {
	text := "Bursa Malaysia | Listed Companies | Company Announcements\n\nGeneral Announcement for PLC\n\nKINTA RIVER HOLDINGS BERHAD\n\n" +
		"Type                : Announcement\n" +
		"Description         : KINTA RIVER HOLDINGS BERHAD (\"KRHB\" OR \"THE COMPANY\") - PROPOSED ACQUISITION OF 40% EQUITY INTEREST IN RANONG ORE CO., LTD.\n\n" +
		"Stock Name          : KINTARV\nStock Code          : 7401\nDate Announced      : 3 June 2027\nCategory            : General Announcement for PLC\n\n" +
		"1. INTRODUCTION\n\nThe Board of Directors of KRHB wishes to announce that Kinta Smelting Sdn Bhd (\"KSSB\"), a wholly-owned subsidiary of the Company, had on 3 June 2027 entered into a share sale agreement with Andaman Holdings Co., Ltd. (\"Vendor\") for the acquisition of 4,000,000 ordinary shares in Ranong Ore Co., Ltd. (\"ROC\"), representing 40% of the issued share capital of ROC.\n\n" +
		"2. INFORMATION ON THE VENDOR\n\nThe directors and shareholders of the Vendor are Mr. Somchai Rattana and Mrs. Malee Rattana.\n\n" +
		"3. STATEMENT BY THE BOARD\n\nGroup Managing Director Dato' Tan Boon Hock said the Group expects to complete the transaction this year.\n"
	a := parsePage(t, text)
	if want := `KINTA RIVER HOLDINGS BERHAD ("KRHB" OR "THE COMPANY") - PROPOSED ACQUISITION OF 40% EQUITY INTEREST IN RANONG ORE CO., LTD.`; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := a.AsOf.String(); got != "2027-06-03" {
		t.Errorf("as of %s, want 2027-06-03", got)
	}
	for _, e := range a.Entities {
		if strings.Contains(e.Name, "Stock Name") {
			t.Errorf("entity %q: a cover's field is no firm", e.Name)
		}
	}
	if got := entityLinesOf(a, "person"); !slices.Contains(got, "person Tan Boon Hock (Group Managing Director @ KINTA RIVER HOLDINGS BERHAD)") {
		t.Errorf("people %q: want the group managing director of the issuer", got)
	}
	got := relationLines(a, true)
	for _, w := range []string{
		"acquisition(Kinta Smelting Sdn Bhd, Ranong Ore Co., Ltd.) 40", "stake_in(Kinta Smelting Sdn Bhd, Ranong Ore Co., Ltd.) 40",
		"executive_of(Somchai Rattana, Andaman Holdings Co., Ltd.) 0", "executive_of(Malee Rattana, Andaman Holdings Co., Ltd.) 0",
		"stake_in(Somchai Rattana, Andaman Holdings Co., Ltd.) 0", "stake_in(Malee Rattana, Andaman Holdings Co., Ltd.) 0",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("relations %q: want %q", got, w)
		}
	}
}

// TestInterviewVentureAndDeliveries reads an interview's answers: "V is
// our joint venture with B" makes the speaker's firm B's partner, and
// "We own 51% and B owns 49%" the shares of V; "We will deliver 2,400
// tonnes a year to them" after a supply agreement with Y is a supply to
// Y.
func TestInterviewVentureAndDeliveries(t *testing.T) {
	text := "INTERVIEW: Andaman Tin's Nisa Charoen on solder and Taiwan\n\nInterview by Anan Sorn\nThursday, 3 June 2027\n\n" +
		"Andaman Tin Industries PCL (SET: ATIN) runs a tin smelter in Phuket. Nisa Charoen, who became chief executive in 2024, spoke to us.\n\n" +
		"Q: Who are your new customers?\n\nA: In April we signed a three-year supply agreement with Hsinchu Solder Materials Corp. in Taiwan. We will deliver 2,400 tonnes a year to them from January 2028.\n\n" +
		"Q: And the solder plant?\n\nA: Yes, ATI-Kishiwada Solder Co., Ltd. is our joint venture with Kishiwada Shoji Co., Ltd. of Osaka. We own 51% and Kishiwada owns 49%.\n"
	a := parsePage(t, text)
	got := relationLines(a, true)
	for _, w := range []string{
		"supplier_of(Andaman Tin Industries PCL, Hsinchu Solder Materials Corp.) 0",
		"joint_venture(Andaman Tin Industries PCL, Kishiwada Shoji Co., Ltd.) 0",
		"stake_in(Andaman Tin Industries PCL, ATI-Kishiwada Solder Co., Ltd.) 51",
		"stake_in(Kishiwada Shoji Co., Ltd., ATI-Kishiwada Solder Co., Ltd.) 49",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("relations %q: want %q", got, w)
		}
	}
	if slices.Contains(got, "joint_venture(ATI-Kishiwada Solder Co., Ltd., Kishiwada Shoji Co., Ltd.) 0") {
		t.Errorf("relations %q: the venture is no partner in itself", got)
	}
}

// TestFilingOfStakesAndOfftake reads a notice of a stake bought from a
// firm that keeps the rest: the section's owners before the deal and the
// buyer's unit, owned in full; the seller's holding after it is no
// purchase of its own. The volume field under the outline of an offtake
// agreement gives the deal with its type; a rumour the press reported
// gives none.
func TestFilingOfStakesAndOfftake(t *testing.T) {
	text := "Notice Concerning Acquisition of Shares in Tana Ore Pty Ltd\n\n" +
		"Kora Steel Corporation (the \"Company\") hereby announces that Kora Resources Pty Ltd (\"KR\"), a wholly owned subsidiary of the Company, will acquire a 25% equity interest in Tana Ore Pty Ltd (\"Tana Ore\") from Mulga Iron Limited (\"Mulga\").\n\n" +
		"1. Overview of the Subsidiary\n\n" +
		"(1) Name: Kora Resources Pty Ltd\n" +
		"(2) Ownership: the Company 100%\n\n" +
		"2. Overview of the Company Whose Shares Will Be Acquired\n\n" +
		"(1) Name: Tana Ore Pty Ltd\n" +
		"(2) Shareholders and ownership ratio (before acquisition): Mulga Iron Limited 80%, Bara Steel Co., Ltd. 20%\n\n" +
		"Following completion, Mulga will hold 55% of Tana Ore.\n\n" +
		"3. Outline of the Offtake Agreement\n\n" +
		"(1) Seller: Tana Ore Pty Ltd\n" +
		"(2) Volume: Tana Ore will sell to KR 3.0 million tonnes per annum of fines\n\n" +
		"Certain media have reported that the Company intends to acquire shares in Mulga. No such decision has been made.\n"
	checkPageRelations(t, text, true, []string{
		"acquisition(Kora Resources Pty Ltd, Tana Ore Pty Ltd) 25",
		"agreement(Tana Ore Pty Ltd, Kora Resources Pty Ltd) 0",
		"stake_in(Bara Steel Co., Ltd., Tana Ore Pty Ltd) 20",
		"stake_in(Kora Resources Pty Ltd, Tana Ore Pty Ltd) 25",
		"stake_in(Kora Steel Corporation, Kora Resources Pty Ltd) 100",
		"stake_in(Mulga Iron Limited, Tana Ore Pty Ltd) 55",
		"subsidiary_of(Kora Resources Pty Ltd, Kora Steel Corporation) 0",
		"supplier_of(Tana Ore Pty Ltd, Kora Resources Pty Ltd) 0",
	})
	a := parsePage(t, text)
	for _, r := range a.Relations {
		if r.Kind == entity.Agreement && r.Type != "offtake" {
			t.Errorf("agreement of type %q, want offtake", r.Type)
		}
	}
}

// TestWriterTitleInLowerCase reads a byline whose writer's title, after a
// comma, is in lower case, and a page's closing note on another writer.
func TestWriterTitleInLowerCase(t *testing.T) {
	text := "Zinc smelters cut runs as concentrate tightens\n\n" +
		"By Ravi Menon, data journalist\n\n" +
		"March 3, 2027\n\n" +
		"SINGAPORE - Kora Zinc Co., Ltd. said output fell to 30,000 tonnes in the quarter.\n\n" +
		"Sarah Hartley is a senior reporter at the Zinc Ledger.\n"
	got := entityLinesOf(parsePage(t, text), "person")
	want := []string{
		"person Ravi Menon (data journalist @ )",
		"person Sarah Hartley (senior reporter @ )",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestTranslatedPageWithOriginalTitle reads a translated page whose
// editor's note in brackets stands above the headline, and the
// original's title under it: the headline is the line over the
// original's, the body starts after the header, and the language of
// the original places the page in its market.
func TestTranslatedPageWithOriginalTitle(t *testing.T) {
	text := "Cheolgang Ilbo (Steel Daily) | English Edition\n" +
		"Home > Industry > Steel\n\n" +
		"[This article is an English translation of a Korean-language article first published in Cheolgang Ilbo.]\n\n" +
		"Hanra Steel to buy Yarra pellets under five-year deal\n\n" +
		"Original title: 한라제철, 야라 펠릿 5년 구매 계약\n\n" +
		"Reporter Min Ji-ho | Published 2028.03.16 09:05\n\n" +
		"Hanra Steel Corporation said on the 15th it had signed a five-year contract to buy 1 million tonnes a year of pellets from Yarra Iron Ltd.\n"
	a := parsePage(t, text)
	if want := "Hanra Steel to buy Yarra pellets under five-year deal"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := a.AsOf.String(); got != "2028-03-16" {
		t.Errorf("as of %s, want 2028-03-16", got)
	}
	if got := a.Country.Code(); got != "KR" {
		t.Errorf("country %q, want KR", got)
	}
}

// TestContactsOfAgencyAndOffice reads a release's contacts: an agency
// named only there, a note on whom it speaks to after it, its contact's
// name before a phone and a bar; a firm's office under the firm's short
// name, its contact named over a phone. The dateline's state goes by its
// official name.
func TestContactsOfAgencyAndOffice(t *testing.T) {
	text := "Kora Metals forms venture\n\n" +
		"MUSCAT, Sultanate of Oman - 7 June 2027 - Kora Metals Co., Ltd. today announced an agreement with Tana Mineral Company SAOG (\"TAMCO\").\n\n" +
		"Media contacts\n\n" +
		"Kora Metals Co., Ltd.\n" +
		"Email: ir@kora.example\n\n" +
		"TAMCO - Communications Office\n" +
		"Ms. Salma Al Hinai\n" +
		"Tel: +968 2455 1180\n\n" +
		"Sakura Public Relations (for Japanese media)\n" +
		"Yumi Oda | +81 3 5423 7719 | oda@sakura.example\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2027-06-07" {
		t.Errorf("as of %s, want 2027-06-07", got)
	}
	if got := a.Country.Code(); got != "OM" {
		t.Errorf("country %q, want OM", got)
	}
	got := entityLinesOf(a, "person", "company")
	want := []string{
		"company Kora Metals Co., Ltd. | Kora Metals",
		"company Tana Mineral Company SAOG | TAMCO | Tana Mineral",
		"person Salma Al Hinai ( @ Tana Mineral Company SAOG)",
		"company Sakura Public Relations",
		"person Yumi Oda ( @ Sakura Public Relations)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestMergerPartiesFields reads a merger notice's fields: each party's
// label ("Surviving company:") heads its own fields, so the
// representative under it is that party's, and the label's word is no
// firm; the surviving company's new trade name is a later name of it.
func TestMergerPartiesFields(t *testing.T) {
	text := "Notice Concerning Merger of Consolidated Subsidiaries\n\n" +
		"Kora Metals Corporation (the \"Company\") announces that its subsidiaries will merge. Upon the effective date, Kora Zinc Co., Ltd. will change its trade name to Kora Zinc & Lead Co., Ltd.\n\n" +
		"(1) Overview of the companies involved in the Merger\n" +
		"    Surviving company:  Kora Zinc Co., Ltd.\n" +
		"      Representative:   Jiro Hata, President\n" +
		"    Dissolving company: Tana Lead Co., Ltd.\n" +
		"      Representative:   Aki Mori, President\n"
	a := parsePage(t, text)
	got := entityLinesOf(a, "person", "company")
	want := []string{
		"company Kora Metals Corporation | Company | Kora Metals",
		"company Kora Zinc Co., Ltd. | Kora Zinc",
		"company Kora Zinc & Lead Co., Ltd. | Kora Zinc & Lead",
		"person Jiro Hata (President @ Kora Zinc Co., Ltd.)",
		"company Tana Lead Co., Ltd. | Tana Lead",
		"person Aki Mori (President @ Tana Lead Co., Ltd.)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	rels := relationLines(a, false)
	if !slices.Contains(rels, "former_name(Kora Zinc & Lead Co., Ltd., Kora Zinc Co., Ltd.)") {
		t.Errorf("no former name in %q", rels)
	}
}

// TestIndonesianNamesAndShareholderList reads an Indonesian filing:
// academic degrees after a name ("S.E., Ak.", "M.Eng.") stand between
// the name and its title; "H." after another honorific is Haji, not an
// initial; a list under "the shareholders of the JV Company will be:"
// holds shares of that company, not of the issuer; and "Kora's joint
// venture with Y" is no company's name.
func TestIndonesianNamesAndShareholderList(t *testing.T) {
	text := "Kora Bauksit forms alumina venture\n\n" +
		"JAKARTA, 18 April 2028 - PT Kora Bauksit Tbk (the \"Company\") signed a Joint Venture Agreement with Tana Aluminium Holdings Ltd (\"Tana\") to establish PT Mulga Alumina Indonesia (the \"JV Company\").\n\n" +
		"2.2 Upon establishment, the shareholders of the JV Company will be:\n" +
		"    a. Tana Aluminium (Hong Kong) Investment Limited (\"Tana HK\"), a wholly-owned subsidiary of Tana: 60%\n" +
		"    b. the Company: 40%\n\n" +
		"The Company has appointed Ir. Budi Hartono Siregar, M.Eng. as president director with effect from 1 August. The plant will be run by Drs. H. Agus Effendi, M.M., President Director of the JV Company.\n\n" +
		"Air Upas, Kora's joint venture with Guangxi Youjiang Nonferrous Metals Co., Ltd., runs below capacity.\n\n" +
		"Signed by Lina Marlina Hutapea, S.E., Ak., Corporate Secretary of PT Kora Bauksit Tbk, in Jakarta.\n"
	a := parsePage(t, text)
	got := entityLinesOf(a, "person")
	want := []string{
		"person Budi Hartono Siregar | Ir. Budi Hartono Siregar (president director @ PT Kora Bauksit Tbk)",
		"person Agus Effendi | Drs. H. Agus Effendi (President Director @ PT Mulga Alumina Indonesia)",
		"person Lina Marlina Hutapea (Corporate Secretary @ PT Kora Bauksit Tbk)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	for _, e := range a.Entities {
		if strings.Contains(e.Name, "joint venture") {
			t.Errorf("entity %q named for a firm's venture", e.Name)
		}
	}
	rels := relationLines(a, true)
	for _, w := range []string{
		"stake_in(Tana Aluminium (Hong Kong) Investment Limited, PT Mulga Alumina Indonesia) 60",
		"stake_in(PT Kora Bauksit Tbk, PT Mulga Alumina Indonesia) 40",
		"executive_of(Budi Hartono Siregar, PT Kora Bauksit Tbk) 0",
		"joint_venture(PT Kora Bauksit Tbk, Guangxi Youjiang Nonferrous Metals Co., Ltd.) 0",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
	if slices.Contains(rels, "stake_in(Tana Aluminium (Hong Kong) Investment Limited, PT Kora Bauksit Tbk) 60") {
		t.Errorf("the venture's owner holds the issuer in %q", rels)
	}
}

// TestTranslatedPageWithTimedDateLine reads a translated page whose
// headline has a colon, under the translator's note and over its
// original title, then a date line that opens with the weekday and has
// the time after a dash and the writers after a bar. Its first
// sentence names a place after "in" before a minister's title, and a
// working session with a list of firms.
func TestTranslatedPageWithTimedDateLine(t *testing.T) {
	text := "ENERGY AND INDUSTRY ONLINE - English edition\n" +
		"Home / Energy / Coal\n\n" +
		"[This article is an English translation of a Vietnamese-language report. In case of any discrepancy, the Vietnamese original prevails.]\n\n" +
		"Securing coal for the dry season: imports keep rising as demand grows\n\n" +
		"Original title: Bảo đảm than cho mùa khô\n\n" +
		"Friday, 15/10/2027 - 08:20 (GMT+7) | Reporter group: Minh Chau - Quoc Viet\n\n" +
		"Share: Facebook | Zalo | Copy link | Print\n\n" +
		"(EI) - On 14/10/2027, in Hanoi, Deputy Minister of Industry and Trade Tran Van Khanh chaired a working session with Kora Power Holdings Group (KPHG), Tana Coal Trading Corporation and the coal-fired power plants on the supply of coal.\n\n" +
		"Speaking at the meeting, Mr. Dinh Cong Thanh, Deputy General Director of KPHG, said demand would rise.\n"
	a := parsePage(t, text)
	if got := a.AsOf.String(); got != "2027-10-15" {
		t.Errorf("as of %s, want 2027-10-15", got)
	}
	if want := "Securing coal for the dry season: imports keep rising as demand grows"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	got := entityLinesOf(a, "person")
	want := []string{
		"person Tran Van Khanh (Deputy Minister @ Ministry of Industry and Trade)",
		"person Dinh Cong Thanh | Mr. Dinh Cong Thanh (Deputy General Director @ Kora Power Holdings Group)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	rels := relationLines(a, false)
	for _, w := range []string{
		"meeting(Tran Van Khanh, Kora Power Holdings Group)",
		"meeting(Tran Van Khanh, Tana Coal Trading Corporation)",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
}

// TestInterviewProjectCompanyShares reads an interview whose answer
// names "our project company", then the shares of "we" and two
// partners, and "our current contract is with" a supplier: the
// speaker's firm holds its share and has the contract.
func TestInterviewProjectCompanyShares(t *testing.T) {
	text := "Q&A: Kora Energy's chief on coal\n\n" +
		"BANGKOK, 5 August 2027 - Orawan Chaiprasert, chief executive of Kora Energy Generation PCL, spoke to us about coal.\n\n" +
		"Q: What about Vietnam?\n\n" +
		"A: Nghi Son Power Co., Ltd. is our project company in Ha Tinh province. We hold 35%, Japan's Harima Trading Corporation holds 40%, and Vietnam's Hong Linh Energy Investment JSC has 25%.\n\n" +
		"Q: And Australia?\n\n" +
		"A: Our current contract is with Tana Coal Ltd (ASX: TCL) for 500,000 tonnes a year through the end of 2028.\n"
	a := parsePage(t, text)
	rels := relationLines(a, true)
	for _, w := range []string{
		"stake_in(Kora Energy Generation PCL, Nghi Son Power Co., Ltd.) 35",
		"stake_in(Harima Trading Corporation, Nghi Son Power Co., Ltd.) 40",
		"stake_in(Hong Linh Energy Investment JSC, Nghi Son Power Co., Ltd.) 25",
		"agreement(Kora Energy Generation PCL, Tana Coal Ltd) 0",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("no %s in %q", w, rels)
		}
	}
}

// TestMailedNewsletterAndFilingSignOff reads the date of a mailed
// newsletter under its "Having trouble reading this email?" line, and
// of a filing that signs off with its place, "the PRC" and the date; a
// person who "will become president of" a firm holds that post.
func TestMailedNewsletterAndFilingSignOff(t *testing.T) {
	letter := "Having trouble reading this email? View it online.\n\n" +
		"=========================\n" +
		"THE ALLOY MEMO\n" +
		"Issue 212 | Monday, 8 November 2027\n" +
		"=========================\n\n" +
		"Good morning. This week: ore shipments slip after a derailment, and a new boss at a Japanese alloy maker.\n\n" +
		"Nozomi Kurata will become president of Kora Ferroalloy K.K. on 1 December, succeeding Hiroshi Endo, who becomes an adviser.\n"
	a := parsePage(t, letter)
	if got := a.AsOf.String(); got != "2027-11-08" {
		t.Errorf("newsletter as of %s, want 2027-11-08", got)
	}
	if rels := relationLines(a, false); !slices.Contains(rels, "executive_of(Nozomi Kurata, Kora Ferroalloy K.K.)") {
		t.Errorf("no post taken in %q", rels)
	}
	filing := "KORA MANGANESE GROUP CO., LTD.\n\n" +
		"VOLUNTARY ANNOUNCEMENT\n\n" +
		"The board of Kora Manganese Group Co., Ltd. announces that its subsidiary has signed an offtake agreement with Tana Mining SA.\n\n" +
		"By order of the Board\n" +
		"Kora Manganese Group Co., Ltd.\n\n" +
		"Tongren, the PRC, 8 June 2027\n"
	b := parsePage(t, filing)
	if got := b.AsOf.String(); got != "2027-06-08" {
		t.Errorf("filing as of %s, want 2027-06-08", got)
	}
}

// TestLetterSubjectAndMastheads checks the head of pages of four kinds: a
// listed company's letter to India's exchanges, its subject wrapped
// over two lines under the salutation and its letterhead still read; a
// paper named for its country or city; a newsletter's strap before the
// issue's number; and a London release whose issuer, in "plc", and the
// terms it defines stand over the headline.
func TestLetterSubjectAndMastheads(t *testing.T) {
	tests := []struct {
		name, text, headline, country string
		entities                      []string
	}{{
		name: "letter to the exchanges",
		text: "KORA ALLOYS LIMITED\nCIN: L27100GJ1996PLC029817\n\nTo,\nThe Manager, Listing Department\nBSE Limited\nScrip Code: 532111\n\nDear Sir/Madam,\n\n" +
			"Sub: Outcome of Board Meeting and Disclosure under Regulation 30\nof the SEBI (Listing Obligations and Disclosure Requirements) Regulations, 2015\n\n" +
			"The Board of Directors of the Company approved a contract with Mori Steel Corporation for coal supply.\n",
		headline: "Outcome of Board Meeting and Disclosure under Regulation 30 of the SEBI (Listing Obligations and Disclosure Requirements) Regulations, 2015",
		country:  "IN",
		entities: []string{"company KORA ALLOYS LIMITED | the Company | KORA ALLOYS", "company Mori Steel Corporation | Mori Steel"},
	}, {
		name:     "a subject's 'Re:' heads a letter only over its salutation",
		headline: "",
		text:     "Re: the plant\n\nKora Alloys Limited runs a plant near Mumbai, where it made steel.\n",
		entities: []string{"company Kora Alloys Limited | Kora Alloys"},
	}, {
		name:     "a release's dateline with its city, its country and the date",
		text:     "NEWS RELEASE\n\nKora Steel signs a deal\n\nBUSAN, South Korea, July 8, 2028 /Asia PR Network/ -- Kora Steel Co., Ltd. today announced that it signed a deal.\n",
		headline: "Kora Steel signs a deal",
		country:  "KR",
		entities: []string{"company Kora Steel Co., Ltd. | Kora Steel"},
	}, {
		name:     "a newsletter's strap on its country's trade, read as its headline",
		text:     "KORA MONDAY\nThe weekly letter on Philippine nickel, from mine to ship\nIssue No. 12 | Monday, 5 June 2028\n\nGood morning. Ore exports rose by a tenth in May, and two new mines opened.\n",
		headline: "The weekly letter on Philippine nickel, from mine to ship",
		country:  "PH",
		entities: []string{},
	}, {
		name:     "a byline's city, where the writer files from",
		text:     "Dry season squeezes smelters\n\nBy Li Wen in Kunming\n10 June 2027\n\nSmelters cut output by a third this spring as power ran short.\n",
		headline: "Dry season squeezes smelters",
		country:  "CN",
		entities: []string{},
	}, {
		name:     "a province's possessive opening the headline, when nothing else says the market",
		text:     "Xinjiang's smelters idle eight furnaces as power discount ends\n\nMarch 4, 2027\n\nSmelters cut output in March as the power discount ended.\n",
		headline: "Xinjiang's smelters idle eight furnaces as power discount ends",
		country:  "CN",
		entities: []string{},
	}, {
		name:     "an announcement form's subject among its fields, and the short name after the filer's",
		text:     "Market Observation Post System | Material Information\n\nHome > Announcements > Daily Summary\n\nCompany code: 1234\nCompany name: Kora Steel Co., Ltd. (KORASTEEL)\nDate of announcement: 2027/06/18\nSubject: Announcement of the Board resolution to build a new melt shop\nDate of events: 2027/06/18\n\nStatement:\n\n1. The Company will spend NT$2 billion on the shop.\n",
		headline: "Announcement of the Board resolution to build a new melt shop",
		country:  "TW",
		entities: []string{"company Kora Steel Co., Ltd. | KORASTEEL | The Company | Kora Steel"},
	}, {
		name:     "a title over an announcement form stays the headline, over the form's subject",
		text:     "Kora Steel to build a melt shop in Tainan\n\nCompany code: 1234\nCompany name: Kora Steel Co., Ltd. (TWSE: 1234)\nDate of announcement: 2027/06/18\nSubject: Announcement of the Board resolution to build a new melt shop\nDate of events: 2027/06/18\n\nStatement:\n\n1. The Company will spend NT$2 billion on the shop.\n",
		headline: "Kora Steel to build a melt shop in Tainan",
		entities: []string{"company Kora Steel Co., Ltd. | Kora Steel | The Company [TW]"},
	}, {
		name:     "a paper named for its country",
		text:     "INDIA STEEL REVIEW\n\nMills buy more coal from Mozambique\n\nIndian mills imported more coking coal in August than in any month before.\n",
		headline: "Mills buy more coal from Mozambique",
		country:  "IN",
		entities: []string{},
	}, {
		name:     "a paper named for a city",
		text:     "THE MANILA COURIER\n\nNickel ore exports climb\n\nShipments of ore rose by a tenth in the first half of the year.\n",
		headline: "Nickel ore exports climb",
		country:  "PH",
		entities: []string{},
	}, {
		name:     "a newsletter's strap before its issue number",
		text:     "COKE OVEN CORRIDOR\nIndia's met coal supply chain, every Friday | Issue No. 142 | Friday, 10 September 2027\n\n1. A NEW BERTH\n\nThe berth can load 4 Mtpa of coal for the mills of Odisha.\n",
		headline: "1. A NEW BERTH",
		country:  "IN",
		entities: []string{},
	}, {
		name:     "a London release's issuer and its terms",
		text:     "PRESS RELEASE\n\nTete Carvao Holdings plc\n(\"Tete Carvao\", \"TCH\" or \"the Company\")\nAIM: TCH\n\nFOR IMMEDIATE RELEASE\n21 June 2027\n\nIzumo Bussan to acquire 30% of coal project\n\nLondon, 21 June 2027 - Tete Carvao Holdings plc is pleased to announce that it signed an agreement with Izumo Bussan Kaisha Ltd.\n",
		headline: "Izumo Bussan to acquire 30% of coal project",
		country:  "GB",
		entities: []string{"company Tete Carvao Holdings plc | Tete Carvao Holdings", "company Izumo Bussan Kaisha Ltd. | Izumo Bussan | Izumo Bussan Kaisha"},
	}, {
		name:     "an announcement's title in capitals under the exchange's label, which gives the market",
		text:     "ASX ANNOUNCEMENT | ASX: KGL\n\nKORA GAS LIMITED\nABN 41 118 302 957\n\nTuesday, 14 September 2027\n\nKORA LNG: BINDING 10-YEAR SPA WITH TANA POWER AND SALE OF 15% OF KORA UPSTREAM\n\nKora Gas Limited signed an agreement with Tana Power Corporation.\n",
		headline: "KORA LNG: BINDING 10-YEAR SPA WITH TANA POWER AND SALE OF 15% OF KORA UPSTREAM",
		country:  "AU",
		entities: []string{"company Kora Gas Limited | KORA GAS LIMITED | KORA | Kora Gas", "company Tana Power Corporation | TANA POWER"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parsePage(t, tt.text)
			if a.Headline != tt.headline {
				t.Errorf("headline %q, want %q", a.Headline, tt.headline)
			}
			if got := a.Country.Code(); got != tt.country {
				t.Errorf("country %q, want %q", got, tt.country)
			}
			got := entityLinesOf(a, "company", "government")
			if got == nil {
				got = []string{}
			}
			if diff := cmp.Diff(tt.entities, got); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFooterEditorAndInvestorContacts checks the people a page names
// below its story: a newsletter's editor after its publisher's line,
// who works for the publisher, and a release's contact under "Investor
// enquiries", with the post and firm on the lines under the name.
func TestFooterEditorAndInvestorContacts(t *testing.T) {
	text := "Kora Sands Limited shipped more ilmenite to China in the quarter, it said on Monday.\n\n" +
		"Sands Weekly is published by Red Earth Media Pty Ltd, Fremantle. Editor: Megan Stout.\n\n" +
		"Investor enquiries\nTom Whelan\nChief Financial Officer\nKora Sands Limited\n"
	a := parsePage(t, text)
	want := []string{"person Megan Stout (Editor @ Red Earth Media Pty Ltd)", "person Tom Whelan (Chief Financial Officer @ Kora Sands Limited)"}
	if diff := cmp.Diff(want, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestInterviewHeadlineWithQuote checks an interview whose headline
// quotes the interviewee before naming him at his firm ("INTERVIEW:
// "Gas is our backyard" - Hokuyo Electric's X on ..."): "we" and "our"
// in the answers are the firm, and "I" is the one the headline names,
// not another officer the answers name.
func TestInterviewHeadlineWithQuote(t *testing.T) {
	text := "INTERVIEW: \"Gas is our backyard\" - Hokuyo Electric's Yasuhiro Kuwabara on equity gas\n\n" +
		"Hokuyo Electric Power Co., Inc. (TYO: 9514) burns about 6.8 million tonnes of LNG a year. Yasuhiro Kuwabara joined the utility in 1994 and has run its fuel business since 2025. He spoke to us in Sendai.\n\n" +
		"Q: How do you invest upstream?\n\n" +
		"A: Our subsidiary Hokuyo Energy Australia Pty Ltd holds 12% of the Cygnet fields. We own 51% of Hokuyo Energy Australia, and Kora Trading Corp owns 49%.\n\n" +
		"Q: Who else do you work with?\n\n" +
		"A: In June our president, Shigeru Endo, also signed a memorandum of understanding with Taiwan's Chunghsin Power on joint procurement.\n\n" +
		"Q: What about policy?\n\n" +
		"A: I met Australia's Resources Minister, Catherine Doyle-Ng, in Canberra in February.\n"
	a := parsePage(t, text)
	got := relationLines(a, true)
	want := []string{
		"subsidiary_of(Hokuyo Energy Australia Pty Ltd, Hokuyo Electric Power Co., Inc.) 0",
		"stake_in(Hokuyo Electric Power Co., Inc., Hokuyo Energy Australia Pty Ltd) 51",
		"stake_in(Kora Trading Corp, Hokuyo Energy Australia Pty Ltd) 49",
		"agreement(Hokuyo Electric Power Co., Inc., Chunghsin Power) 0",
		"meeting(Yasuhiro Kuwabara, Catherine Doyle-Ng) 0",
		"executive_of(Shigeru Endo, Hokuyo Electric Power Co., Inc.) 0",
		"official_of(Catherine Doyle-Ng, Australia) 0",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestLondonReleaseContacts checks the contacts under a London release:
// the adviser's and the agency's lines with their role in brackets, two
// contacts of one firm parted by a slash, and the person the release
// names as responsible, "Company Secretary", of the issuer.
func TestLondonReleaseContacts(t *testing.T) {
	text := "Kora Coal plc (\"the Company\") is pleased to announce a deal with Tana Steel Ltd for coal supply.\n\n" +
		"Hollis Crane Capital LLP (Nominated Adviser) advised the Company.\n\n" +
		"About Kora Coal plc\nKora Coal plc is a London-based coal developer.\n\n" +
		"This announcement contains inside information for the purposes of Article 7 of the UK Market Abuse Regulation. The person responsible for arranging the release of this announcement on behalf of the Company is Helena Wrightson, Company Secretary.\n\n" +
		"For further information, please contact:\n\n" +
		"Kora Coal plc\nJoaquim Sitoe, Chief Executive Officer\n+44 20 7946 0381 | ir@koracoal.example\n\n" +
		"Hollis Crane Capital LLP (Nominated Adviser and Broker)\nTom Whitcombe / Priya Nair\n+44 20 7946 0522\n\n" +
		"Ferrier Street Communications (Financial PR)\nLucy Brandt\n+44 20 7946 0917 | kora@ferrierstreet.example\n"
	a := parsePage(t, text)
	want := []string{
		"person Helena Wrightson (Company Secretary @ Kora Coal plc)",
		"person Joaquim Sitoe (Chief Executive Officer @ Kora Coal plc)",
		"person Tom Whitcombe ( @ Hollis Crane Capital LLP)",
		"person Priya Nair ( @ Hollis Crane Capital LLP)",
		"person Lucy Brandt ( @ Ferrier Street Communications)",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestBylineDateBeforeUpdate checks a byline that gives the writer's
// role and desk, the date of the page, then the date it was updated,
// after bars: the page is of the first, and the role is the writer's.
func TestBylineDateBeforeUpdate(t *testing.T) {
	a := parsePage(t, "Coal report\n\nBy Meera Subramanian, Senior Editor, Coal | 14 July 2027 | Updated 15 July 2027\n\nKora Ltd sold coal to Tana Ltd on Monday in a big deal for the market.\n")
	if got := a.AsOf.String(); got != "2027-07-14" {
		t.Errorf("as of %s, want 2027-07-14", got)
	}
	// The writer's role before the desk.
	if diff := cmp.Diff([]string{"person Meera Subramanian (Senior Editor @ )"}, entityLinesOf(a, "person")); diff != "" {
		t.Errorf("writer (-want +got):\n%s", diff)
	}
}

// TestFilingMajorShareholderField reads a filing's outline of a firm
// whose one major shareholder the field names with its share in
// brackets.
func TestFilingMajorShareholderField(t *testing.T) {
	text := "Notice Concerning a Purchase Agreement\n\n" +
		"Tosa Metal Mining Co., Ltd. (the \"Company\") hereby announces that it concluded a purchase agreement with PT Kora Tembaga Raya Tbk (\"KTR\").\n\n" +
		"5. Outline of KTR\n\n" +
		"(1) Name: PT Kora Tembaga Raya Tbk\n" +
		"(2) Major shareholder: Hanra Resources Holdings Ltd. (51.0%)\n"
	checkPageRelations(t, text, true, []string{
		"agreement(Tosa Metal Mining Co., Ltd., PT Kora Tembaga Raya Tbk) 0",
		"stake_in(Hanra Resources Holdings Ltd., PT Kora Tembaga Raya Tbk) 51",
	})
}

// TestCoverCountries reads the countries a Hong Kong filing names on its
// cover and over its signatures, outside its sentences: the place of
// incorporation under the issuer's name and the city of the date line.
func TestCoverCountries(t *testing.T) {
	text := "KORA NEW ENERGY HOLDINGS LIMITED\n(Incorporated in Bermuda with limited liability)\n(Stock Code: 2299)\n\n" +
		"DISCLOSEABLE TRANSACTION\n\nThe Company will buy a plant from Tana Silicon Co., Ltd. in the PRC.\n\n" +
		"Hong Kong, 16 April 2027\n"
	a := parsePage(t, text)
	got := entityLinesOf(a, "country")
	want := []string{"country BM", "country CN | PRC", "country HK"}
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("countries (-want +got):\n%s", diff)
	}
}

// TestBylineLabelsAfterBars reads a byline of two writers, each after
// its label, the labels parted by a bar; and one label with another
// field after a bar.
func TestBylineLabelsAfterBars(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Nickel exports rise\n\nReporter: Dimas Arya Pranata | Editor: Fitri Handayani\n\nJakarta - Exports rose in May, the ministry said, as smelters took more ore.\n",
			[]string{"person Dimas Arya Pranata (Reporter @ )", "person Fitri Handayani (Editor @ )"}},
		{"Nickel exports rise\n\nEditor: Sophie Lim | Korea correspondent: Jang Hye-rin\n\nJakarta - Exports rose in May, the ministry said, as smelters took more ore.\n",
			[]string{"person Sophie Lim (Editor @ )", "person Jang Hye-rin (Korea correspondent @ )"}},
	} {
		a := parsePage(t, tc.text)
		got := entityLinesOf(a, "person")
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text[:40], diff)
		}
	}
}

// TestInterviewOurShareholder reads an interview's answer that names the
// speaker's firm's largest shareholder as "our" shareholder.
func TestInterviewOurShareholder(t *testing.T) {
	text := "Interview: Kora Stainless chief on nickel\n\n" +
		"Kora Stainless Corporation (2075 TT) is a steelmaker in Tainan. We spoke with president Wang Shu-fen.\n\n" +
		"Q: Who owns the company?\n\n" +
		"Wang: Hanra Investment Co. is still our largest shareholder with 22.4%, and they have supported every expansion. Tosa Bank Ltd. is a lender with 3% of our loans.\n"
	checkPageRelations(t, text, true, []string{
		"executive_of(Wang Shu-fen, Kora Stainless Corporation) 0",
		"stake_in(Hanra Investment Co., Kora Stainless Corporation) 22.4",
	})
}

// TestInterviewBuysOurs reads an interview's answer in which a firm buys
// the goods of the one "our" stands for, the speaker's firm.
func TestInterviewBuysOurs(t *testing.T) {
	text := "Interview: Kora Nickel chief on Japan\n\n" +
		"Kora Nickel Corp. (PSE: KNC) operates two nickel mines. We spoke with president Ana Reyes.\n\n" +
		"Q: And Japan?\n\n" +
		"A: Tosa Shoji Corp. (8096.T) owns 35% of our company and has been buying our higher-grade saprolite since 2009. Hanra Capital Ltd. bought our shares in May.\n"
	checkPageRelations(t, text, true, []string{
		"executive_of(Ana Reyes, Kora Nickel Corp.) 0",
		"stake_in(Tosa Shoji Corp., Kora Nickel Corp.) 35",
		"supplier_of(Kora Nickel Corp., Tosa Shoji Corp.) 0",
	})
}

// TestTranslationWithOriginalTitleOverHeadline reads a translated page
// whose original title stands over the English headline, under the
// translator's note in brackets, with share buttons and a photo caption
// in brackets before the dateline: the headline is the English line, the
// story runs past the share buttons, the photographer is the caption's
// credit after the paper's slash, and "Bahasa Malaysia" places the page
// in Malaysia. A consul's city after his state is no part of his post,
// and a scheme's name with its acronym is no firm.
func TestTranslationWithOriginalTitleOverHeadline(t *testing.T) {
	text := "Berita Dagang Online | English Edition\n\n" +
		"[This report was translated from the Bahasa Malaysia original. The Malay text prevails.]\n\n" +
		"Original title: Harga getah naik, pekebun lega\n\n" +
		"Rubber prices rise as tappers return to the estates\n\n" +
		"By Aminah Yusof\n" +
		"Monday, 3 April 2028, 9:15 am\n\n" +
		"Share: Facebook | WhatsApp | X\n\n" +
		"[Photo: Tappers at work near Ipoh. - BERITA DAGANG/Farid Osman]\n\n" +
		"IPOH, 3 April - The state will widen the Tapper Income Support Incentive (TISI) to cover 20,000 more smallholders, an official said.\n\n" +
		"Earlier, the minister received the Consul-General of the People's Republic of China in Penang, Wang Lidong, who spoke of new buyers.\n\n" +
		"Permai Latex Bhd said it processed 41,000 tonnes of latex last year.\n"
	a := parsePage(t, text)
	if want := "Rubber prices rise as tappers return to the estates"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := a.AsOf.String() + " " + a.Country.Code(); got != "2028-04-03 MY" {
		t.Errorf("as of and country %q, want 2028-04-03 MY", got)
	}
	want := []string{
		"person Aminah Yusof",
		"person Farid Osman",
		"person Wang Lidong (Consul-General @ China)",
		"company Permai Latex Bhd | Permai Latex",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "company", "person")); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	if len(a.Listings) != 0 {
		t.Errorf("listings %v, want none", a.Listings)
	}
}

// TestExchangeNewsForm reads an exchange's news form whose labels are
// padded to a column ("Headline      : X"): the form's headline field
// heads the page over the letter's own "Subject:" under it; the
// exchange's note on every filing is boilerplate; the letter's
// addressee names the market, which places the page and gives the
// "Symbol" field its exchange, though the body names a second market.
func TestExchangeNewsForm(t *testing.T) {
	text := "SETLink | News and Announcements\n\n" +
		"Symbol        : PKR\n" +
		"Company       : PHANG KHON RUBBER PUBLIC COMPANY LIMITED\n" +
		"Headline      : Investment in a glove maker in Malaysia\n" +
		"Date/Time     : 14 Mar 2028 18:05:00\n\n" +
		"This announcement was prepared and disseminated by the listed company through the electronic system of the Stock Exchange of Thailand. The Exchange accepts no responsibility for its content.\n\n" +
		"14 March 2028\n\n" +
		"Subject: Disclosure of information on an investment\n\n" +
		"To: The President, The Stock Exchange of Thailand\n\n" +
		"Phang Khon Rubber Public Company Limited (the \"Company\") informs that it will buy 30% of Seri Glove Bhd, a company listed on Bursa Malaysia.\n"
	a := parsePage(t, text)
	if want := "Investment in a glove maker in Malaysia"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := a.AsOf.String() + " " + a.Country.Code(); got != "2028-03-14 TH" {
		t.Errorf("as of and country %q, want 2028-03-14 TH", got)
	}
	if len(a.Listings) != 1 || a.Listings[0].Symbol() != "PKR" || a.Listings[0].MIC() != "XBKK" || entityName(a, a.Listings[0].Entity) != "Phang Khon Rubber Public Company Limited" {
		t.Errorf("listings %v, want PKR on XBKK for the company", a.Listings)
	}
}

// TestThaiFilingSigners reads the signature of a Thai listed firm's
// letter to the exchange: each signer's name in brackets over a title,
// one "Authorized Director" besides, one a chairman "of the Board of
// Directors"; neither title names a firm.
func TestThaiFilingSigners(t *testing.T) {
	text := "Symbol        : KRR\n" +
		"Company       : KORA RUBBER PUBLIC COMPANY LIMITED\n\n" +
		"To: The President, The Stock Exchange of Thailand\n\n" +
		"Kora Rubber Public Company Limited (the \"Company\") informs that its board approved an interim dividend.\n\n" +
		"Please be informed accordingly.\n\n" +
		"Yours sincerely,\n\n" +
		"(Mr. Anan Sirikul)\n" +
		"Chief Executive Officer and Authorized Director\n\n" +
		"(Dr. Wichai Thongkham)\n" +
		"Chairman of the Board of Directors\n"
	a := parsePage(t, text)
	want := []string{
		"company Kora Rubber Public Company Limited | KORA RUBBER PUBLIC COMPANY LIMITED | Company | Kora Rubber [TH]",
		"person Anan Sirikul | Mr. Anan Sirikul (Chief Executive Officer and Authorized Director @ Kora Rubber Public Company Limited)",
		"person Wichai Thongkham | Dr. Wichai Thongkham (Chairman of the Board of Directors @ Kora Rubber Public Company Limited)",
	}
	if diff := cmp.Diff(want, entityLinesOf(a, "company", "person")); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestVentureThroughAndPartnerByCountry reads two firms that build a
// plant "through a joint venture", its shares held by "the Chinese
// company" and "the Thai partner": the firms of those countries.
func TestVentureThroughAndPartnerByCountry(t *testing.T) {
	text := "Tyre makers bet on Thai rubber\n\n" +
		"BANGKOK, March 3 (Kora Wire) - Shandong Kora Tyre Co., Ltd. (601777.SS) agreed to buy 240,000 tonnes a year of block rubber from Tana Rubber PCL (SET: TRP).\n\n" +
		"Kora and Tana are also building a block rubber plant in Songkhla through a joint venture, Kora-Tana Rubber Co., Ltd., in which the Chinese company holds 49% and the Thai partner 51%.\n"
	checkPageRelations(t, text, true, []string{
		"agreement(Shandong Kora Tyre Co., Ltd., Tana Rubber PCL) 0",
		"joint_venture(Shandong Kora Tyre Co., Ltd., Tana Rubber PCL) 0",
		"stake_in(Shandong Kora Tyre Co., Ltd., Kora-Tana Rubber Co., Ltd.) 49",
		"stake_in(Tana Rubber PCL, Kora-Tana Rubber Co., Ltd.) 51",
		"supplier_of(Tana Rubber PCL, Shandong Kora Tyre Co., Ltd.) 0",
	})
}

// TestVietnameseDisclosureCover reads a Vietnamese listed firm's
// disclosure whose issuer's note on its English version opens the body
// above the cover: the state's name in capitals over the national motto
// still places the page, and "- Stock code: CMX", a field set as an
// item of a list, is the firm's code on the exchange the page names.
func TestVietnameseDisclosureCover(t *testing.T) {
	text := "HNX | Information Disclosure | Listed Companies\n\n" +
		"CMX: Extraordinary information disclosure on Board resolution\n\n" +
		"Posted: 26/04/2027 17:05 | Source: Kora Steel JSC\n\n" +
		"[English version provided by the issuer for reference. In case of any discrepancy, the Vietnamese version shall prevail.]\n\n" +
		"KORA STEEL JOINT STOCK COMPANY\n\n" +
		"SOCIALIST REPUBLIC OF VIETNAM\n" +
		"Independence - Freedom - Happiness\n\n" +
		"To: - Hanoi Stock Exchange\n\n" +
		"1. Name of organization: Kora Steel Joint Stock Company\n" +
		"- Stock code: CMX\n\n" +
		"The Board approved a contract to buy coking coal.\n"
	a := parsePage(t, text)
	if got := a.Country.Code(); got != "VN" {
		t.Errorf("country %q, want VN", got)
	}
	if len(a.Listings) != 1 || a.Listings[0].Symbol() != "CMX" || a.Listings[0].MIC() != "HSTC" {
		t.Errorf("listings %v, want CMX on HSTC", a.Listings)
	}
}

// TestCompositeCodeWithItsExchange reads codes written with their
// country's composite ("THS VN") and the exchange the text gives right
// after: a table's next column, or a clause that says where the firm
// is listed. A column naming another country's market changes nothing.
func TestCompositeCodeWithItsExchange(t *testing.T) {
	text := "Mills report output\n\n" +
		"HANOI, May 3 (Kora Wire) - Vung Tau Steel Corporation (VTS VN), listed on the Ho Chi Minh City Stock Exchange since 2019, rolled more coil.\n\n" +
		"Company                      Code     Market   Q1\n" +
		"Thach Kora Steel JSC         THK VN   HOSE     1,420\n" +
		"My Kora Hot Rolled JSC       MKR VN   HNX        612\n" +
		"Dong Kora Flat Steel JSC     DKF VN   UPCoM      348\n" +
		"Tana Steel JSC               TNS VN   ASX        300\n"
	a := parsePage(t, text)
	var got []string
	for _, l := range a.Listings {
		got = append(got, l.Symbol()+" "+l.MIC())
	}
	want := []string{"VTS XSTC", "THK XSTC", "MKR HSTC", "DKF XHNX", "TNS "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("listings (-want +got):\n%s", diff)
	}
}

// TestNumberedSubItemHeadings reads a board resolution's items, each
// under a numbered heading of its own ("3.3. Purchase of shares in Y")
// over the item's text: the heading is no part of the item's sentence,
// whose noun phrase with no subject is the act of the filer its form's
// numbered field names ("1. Name of organization: X").
func TestNumberedSubItemHeadings(t *testing.T) {
	text := "KORA STEEL JOINT STOCK COMPANY\n\n" +
		"EXTRAORDINARY INFORMATION DISCLOSURE\n\n" +
		"1. Name of organization: Kora Steel Joint Stock Company\n" +
		"- Stock code: KSC\n\n" +
		"2. Contents of disclosed information:\n\n" +
		"On 25 April 2027, the Board of Directors of Kora Steel Joint Stock Company (the \"Company\") approved the following matters:\n\n" +
		"3.2. Coking coal purchase contract\n" +
		"Approval of the signing of a contract with Kurra Coal Pty Ltd for the supply of 750,000 tonnes of coking coal.\n\n" +
		"3.3. Purchase of shares in Phong Tana Coke JSC\n" +
		"Approval of the purchase of 5,100,000 shares, equal to 51% of the charter capital of Phong Tana Coke JSC, from Truong Sawa Investment JSC.\n"
	checkPageRelations(t, text, true, []string{
		"acquisition(Kora Steel Joint Stock Company, Phong Tana Coke JSC) 51",
		"agreement(Kora Steel Joint Stock Company, Kurra Coal Pty Ltd) 0",
	})
}

// TestAnnouncementFormNumberOverSubject reads an exchange's
// announcement form whose first field is its number and whose
// "Subject" field, padded to its column, comes later in the same block:
// the subject heads the page, not the number; and the addressees under
// a bare "To:" name the exchange that places the page. The line that
// "hereby submits the following information:" opens the body, whose
// first item is the filer's deal.
func TestAnnouncementFormNumberOverSubject(t *testing.T) {
	text := "IDX | Listed Companies | Company Announcements\n\n" +
		"Announcement No.  : 112/KB/CORSEC/X/2027\n" +
		"Date              : 15 October 2027\n" +
		"Issuer            : PT Kora Batubara Tbk\n" +
		"Stock Code        : KRBB\n" +
		"Subject           : Signing of Coal Supply Agreement with Tana Power Co., Ltd.\n\n" +
		"To:\n" +
		"1. Chief Executive of Capital Market Supervision, Financial Services Authority\n" +
		"2. Board of Directors of the Indonesia Stock Exchange\n\n" +
		"In compliance with the regulations, PT Kora Batubara Tbk (the \"Company\") hereby submits the following information:\n\n" +
		"(a) Signing of a long-term coal supply agreement (\"CSA\") between the Company and Tana Power Co., Ltd. (\"Tana\"), a utility based in Dangjin; and\n\n" +
		"(b) Signing of a lease of a barge.\n"
	a := parsePage(t, text)
	checkPageRelations(t, text, false, []string{"agreement(PT Kora Batubara Tbk, Tana Power Co., Ltd.)"})
	if want := "Signing of Coal Supply Agreement with Tana Power Co., Ltd."; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := a.AsOf.String() + " " + a.Country.Code(); got != "2027-10-15 ID" {
		t.Errorf("as of and country %q, want 2027-10-15 ID", got)
	}
}
