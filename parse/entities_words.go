package parse

import (
	"slices"
	"strings"
)

// Word tables of the entity extractor. Keys are as the tables say: most
// are lower case and are looked up with the folded word (see foldWord);
// a few hold words as written.

// wordSet builds a lookup table from words.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// legalEnd are the legal forms and group words that end a company name,
// folded (lower case, no dots): "Co.", "Corp", "L.P.", "Holdings".
var legalEnd = wordSet(
	"nl", // "No Liability": Australian mining companies
	"co", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "lp", "llp",
	"plc", "ag", "sa", "nv", "bv", "se", "gmbh", "spa", "srl", "sas", "ab", "asa", "oyj", "oy", "as",
	"jsc", "pjsc", "ojsc", "cjsc", "bhd", "berhad", "tbk", "pty", "pte", "kk", "company", "cos",
	"group", "holdings", "holding", "sdn", "pcl", "pvt", "lda", "ltda", "sarl", "limitada",
	"fze", "fzco", "fzc", "saog", "saoc", "wll", "bsc", "qpsc", "psc", // Gulf forms: "X Trading FZE", "X SAOG"
	"rekan",      // "& Rekan", "and partners": Indonesian appraisers and accountants
	"sac", "saa", // Peru's closed and open corporations: "Minera X SAC", "Compania Minera X SAA"
	"sro", // Czech and Slovak "s.r.o."
	"aş",  // Turkish "A.Ş." (anonim şirket)
)

// legalCore are the legal forms that do not change which company a name
// means: "Lotte Chemical Corp." is "Lotte Chemical". Group words are not
// among them ("Hyundai Motor Group" is not "Hyundai Motor").
var legalCore = wordSet(
	"nl", // "No Liability": Australian mining companies
	"co", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "lp", "llp",
	"plc", "ag", "sa", "nv", "bv", "se", "gmbh", "spa", "srl", "sas", "ab", "asa", "oyj", "oy",
	"jsc", "pjsc", "ojsc", "cjsc", "bhd", "berhad", "tbk", "pty", "pte", "kk", "company", "cos", "sdn",
	"pcl", "pvt", "lda", "ltda", "sarl", "limitada", "saog", "saoc", "fze", "fzco", "fzc", "wll", "bsc", "qsc",
	"sac", "saa", "sro", "aş",
)

// legalStart are legal forms written before the name: "PT Halmahera
// Persada Lygen", "JSC Rusatom".
var legalStart = wordSet("pt", "jsc", "pjsc", "ojsc", "cjsc", "ooo", "oao", "zao", "cv",
	// Indonesian public appraisers and accountants: "KJPP Hartono
	// Wibisono & Rekan", "KAP Purwantono, Sungkoro & Surja".
	"kjpp", "kap",
	// "Minera Atacama Norte SA": a Spanish mining company, "Atacama Norte".
	"minera",
	// "Compania Minera Santa Rosa de Huanza S.A.A.", "Companhia X": the
	// word for company before the name.
	"compania", "compañia", "compañía", "companhia")

// groupWords end names of groups, which a brand written alone stands
// for: "POSCO" is "POSCO Holdings" when the text names no other.
var groupWords = wordSet("group", "holdings", "holding")

// companyHeads end company names: "Sirius Minerals", "Nippon Steel",
// "KB Securities". They are strong evidence unless marked weak.
var companyHeads = wordSet(
	"combinat", "kombinat", "minerals", "mining", "mines", "resources", "energy", "energies", "steel", "steels",
	"chemical", "chemicals", "petrochemical", "petrochemicals", "materials", "metals", "metal",
	"securities", "motor", "motors", "electric", "electronics", "power", "gas", "oil", "petroleum",
	"refining", "industries", "international", "technologies", "technology", "tech", "capital",
	"partners", "advisors", "advisers", "investments", "investment", "bank", "financial", "finance", "insurance",
	"airlines", "airways", "shipping", "logistics", "pharmaceutical", "pharmaceuticals", "pharma",
	"telecom", "telecommunications", "semiconductor", "semiconductors", "solution", "solutions",
	"systems", "networks", "cement", "precision", "engineering", "construction", "shipbuilding",
	"enterprises", "enterprise", "ventures", "trading", "commodities", "exploration", "magnetics", "automotive",
	"alloys", "fertilizer", "fertilizers", "fertiliser", "fertilisers", "foods", "products",
	"batteries", "manufacturing", "marketing", "machinery", "equipment", "consulting", "management",
	"utilities", "renewables", "fuels", "lithium", "nickel", "graphite", "cobalt", "copper",
	"zinc", "uranium", "gold", "silver", "potash", "coal", "earths", "smelting",
	"chemie", "kogyo", "shoji", "bussan", "denki", "seitetsu", "kagaku", "kinzoku", "sangyo", "kaiun", "kisen", "zosen", "kaisha", "yusen", "shosen", "tsusho", "unyu", "shipbuilding", "shipyard", "dockyard",
	"anode", "cathode", "lng", "steelworks", "brands", "media",
	"nigam", "udyog", // Hindi: corporation, industry
	"entertainment", "services", "industrial", "ratings", "analytics", "intelligence", "advisory", "research",
	"carbon", "magnetics", "magnet", "foil", "precursor", "alloy", "battery", "stainless",
	"ore", "manganese", "tin", "bauxite", "vanadium", "tungsten", "phosphate",
	// Japanese and Korean words for a firm's trade: "Toyota Tsusho",
	// "Sumitomo Shoji", "Mitsui Kinzoku", "Hyundai Sanup".
	"tsusho", "kozan", "seiko", "kasei", "seisakusho", "kaihatsu", "kensetsu", "tekko", "seiyaku",
	"ginko", "shoken", "unyu", "sekiyu", "denryoku", "kisen", "sanup", "jungong", "sangsa",
	// Portuguese, Spanish and Indonesian words for the same: "Cordilheira
	// Investimentos", "Minera Andina", "Grupo Vereda Participações".
	"investimentos", "inversiones", "participações", "participacoes", "mineração", "mineracao", "minera",
	"siderúrgica", "siderurgica", "energia", "pertambangan", "tambang",
)

// weakHeads are company heads that are also words for a material or a
// place: "York Potash mine" is a mine, not a company.
var weakHeads = wordSet(
	"lithium", "nickel", "graphite", "cobalt", "copper", "zinc", "uranium", "gold", "silver",
	"potash", "coal", "gas", "oil", "power", "electric", "energy", "steel", "lng", "cement",
	"anode", "cathode", "industrial", "services", "media", "bank", "trading",
	"ore", "manganese", "tin", "bauxite", "earths", "vanadium", "tungsten", "phosphate", "battery",
)

// assetWords after a name make it a mine, plant or project, not a
// company: "the West Angelas project", "Hope Downs iron ore mine".
var assetWords = wordSet(
	"project", "projects", "mine", "mines", "deposit", "deposits", "plant", "plants", "facility",
	"facilities", "complex", "hub", "field", "fields", "site", "refinery", "smelter", "terminal",
	"port", "railway", "pipeline", "prospect", "tenement", "tenements", "operation", "operations", "pit", "pits", "concession", "concessions",
	"region", "province", "state", "area", "island", "city", "county", "district", "basin",
	"range", "park", "river", "valley", "lake", "bay", "corridor", "zone", "estate", "mill", "mills",
	"refineries", "smelters", "terminals", "converter", "converters", "furnace", "furnaces", "kiln", "kilns", "jetty", "berth", "quarry", "quarries", "warehouse", "warehouses", "depot",
	"works", "product", "products", "brand", "index", "fund", "price", "prices", "benchmark",
	"block", "blocks", "programme", "programmes", "program", "programs", "scheme", "mandate",
)

// placeAfter are the nouns after which a possessive names a place, not
// a company: "Western Australia's Pilbara region", "the Company's
// Samarinda office".
var placeAfter = wordSet("region", "province", "state", "area", "island", "city", "county", "district", "coast", "basin",
	"office", "offices", "headquarters", "branch")

// govHeads end the names of government bodies: "Ministry of Industry
// and Trade", "U.S. Geological Survey", "Energy Information
// Administration".
var govHeads = wordSet(
	"ministry", "department", "agency", "administration", "commission", "bureau", "authority",
	"council", "survey", "directorate", "treasury", "parliament", "congress", "senate", "cabinet",
	"customs", "inspectorate", "secretariat", "regulator", "reserve", "assembly", "office",
	"board", "service", "committee", "court", "tribunal", "government",
)

// govHeadsNeedQualifier are heads that name a state body only with a
// country before them or an "of" phrase after: "Korea Customs Service",
// "Office of the U.S. Trade Representative", not "Board" or "Service".
var govHeadsNeedQualifier = wordSet("office", "board", "service", "committee", "council", "assembly", "court", "tribunal", "authority", "commission", "agency", "bureau", "reserve", "government")

// govStart begin the names of state bodies: "Federal Reserve", "State
// Council", "National Development and Reform Commission".
var govStart = wordSet("federal", "national", "state", "central", "royal", "people's", "public")

// govAcronyms are the short names of well-known state bodies, as
// written.
var govAcronyms = map[string]string{
	"USDA": "US", "USGS": "US", "EIA": "US", "SEC": "US", "CFTC": "US", "FTC": "US", "DOE": "US",
	"DOJ": "US", "EPA": "US", "FERC": "US", "NRC": "US", "IRS": "US", "BLM": "US", "USTR": "US",
	"DOD": "US", "DOC": "US", "CFIUS": "US", "OFAC": "US",
	"METI": "JP", "JOGMEC": "JP", "MOFA": "", "BOJ": "JP", "JFTC": "JP", "JBIC": "JP", "NEXI": "JP",
	"MOTIE": "KR", "KOMIR": "KR", "BOK": "KR", "FSC": "KR", "FSS": "KR", "KFTC": "KR", "MOEF": "KR", "KOTRA": "KR",
	"JETRO": "JP", "MOEA": "TW", "GACC": "CN", "OGRA": "PK", "NEPRA": "PK", "BERC": "BD",
	"MIIT": "CN", "NDRC": "CN", "MOFCOM": "CN", "SAMR": "CN", "CSRC": "CN", "SASAC": "CN", "PBOC": "CN",
	"MOIT": "VN", "MONRE": "VN",
	"RBA": "AU", "ASIC": "AU", "ACCC": "AU", "FIRB": "AU", "DFAT": "AU",
	"RBI": "IN", "SEBI": "IN", "ESDM": "ID", "BKPM": "ID", "BPS": "ID", "KESDM": "ID", "OJK": "ID", "KPPU": "ID", "JMG": "MY",
	"MAS": "SG", "SBV": "VN",
	"OCSB": "TH", "ABS": "AU", "EFA": "AU", "BSP": "PH", "MGB": "PH", "DTI": "PH", "DENR": "PH",
}

// titleHeads are words that end a person's title: "CEO", "Deputy
// Minister", "chief executive", "analyst". Folded.
var titleHeads = wordSet(
	"ceo", "cfo", "coo", "cto", "cio", "cso", "cmo", "md",
	"president", "chairman", "chairwoman", "chairperson", "chair", "director", "officer",
	"manager", "minister", "secretary", "governor", "premier", "chancellor", "treasurer",
	"ambassador", "consul", "consul-general", "envoy", "commissioner", "administrator", "mayor", "senator", "lawmaker",
	"congressman", "congresswoman", "spokesman", "spokeswoman", "spokesperson", "analyst",
	"economist", "strategist", "founder", "co-founder", "cofounder", "professor", "researcher",
	"adviser", "advisor", "head", "executive", "vice-president", "vice-chairman", "chief",
	"representative", "deputy", "partner", "trader", "vice-minister", "deputy-minister", "vice-governor", "official",
	"secretary-general", "director-general", "general-secretary",
	"vice-chair", "vice-chairwoman", "undersecretary", "under-secretary",
	"co-ceo", "co-chairman", "co-chair", "co-chairwoman", "co-president", "co-head", "accountant", "principal", "geologist",
)

// titleNeedsMod are title heads that are titles only with a word before
// them ("chief executive", "managing partner") or, for "head", with an
// "of" phrase after.
var titleNeedsMod = wordSet("executive", "head", "partner", "trader", "representative", "deputy", "chief", "officer", "accountant")

// titleMods may stand before a title head: "Deputy Minister", "chief
// executive", "Senior Vice President", "Prime Minister". Folded.
var titleMods = wordSet(
	"deputy", "vice", "first", "second", "senior", "executive", "acting", "interim", "former",
	"assistant", "associate", "general", "chief", "managing", "non-executive", "non-independent", "independent", "whole-time", "wholetime",
	"chairman-cum-managing", // "Chairman-cum-Managing Director", as Indian state firms title their heads
	"procurement", "purchasing", "sustainability", "compliance", "legal",
	"lead", "principal", "prime", "foreign", "trade", "industry", "finance", "financial", "energy",
	"mining", "resources", "commerce", "economy", "economic", "defence", "defense", "interior",
	"agriculture", "environment", "state", "operating", "technology", "investment", "commercial",
	"marketing", "strategy", "research", "sales", "communications", "board", "group", "country",
	"regional", "global", "portfolio", "fund", "equity", "credit", "commodities", "commodity",
	"metals", "oil", "market", "markets", "representative", "top", "sole", "outside", "technical",
	"legal", "general-secretary", "under", "permanent", "parliamentary", "junior", "health",
	"transport", "science", "labor", "labour", "justice", "education", "home", "treasury",
	"governing", "ruling", "opposition", "party", "provincial", "municipal", "federal", "national",
	"coordinating", "additional", "joint", "special", "corporate", "union", "cabinet",
	"regulatory", "risk", "information", "digital", "human", "people", "supply", "production", "engineering",
	"investor", "relations", "public", "media", "trading", "fuel", "operations", "shipping",
)

// titleOfDomains are the words of the "of" phrase in a minister's title:
// "Minister of Industry and Trade", "Secretary of Energy". Folded.
var titleOfDomains = wordSet(
	"industry", "trade", "finance", "foreign", "affairs", "economy", "energy", "commerce", "electricity",
	"metals", "geoscience", "geology", "heavy", "excise", "cane", "sugar",
	"agriculture", "natural", "resources", "environment", "land", "infrastructure", "transport",
	"science", "technology", "defense", "defence", "health", "planning", "investment", "labour",
	"labor", "mines", "mining", "petroleum", "oil", "gas", "water", "justice", "interior",
	"education", "culture", "information", "communications", "home", "economic", "strategy",
	"state", "treasury", "fisheries", "forestry", "rural", "development", "international",
	"cooperation", "industrial", "policy", "ocean", "oceans", "climate", "change", "mineral",
	"minerals", "power", "public", "works", "security", "innovation", "digital", "food", "safety",
	"employment", "social", "welfare", "tourism", "sports", "budget", "revenue", "customs",
	"reform", "enterprises", "small", "medium", "sized", "smes", "and", "&", "the", "of", ",",
	"maritime", "marine", "housing", "manpower", "cooperatives", "youth", "aviation", "trade-related",
	"construction", "urban", "ecology", "emergency", "situations", "railways", "roads", "road", "ports",
	"downstream", "upstream", "downstreaming", "statistics", "intelligence", "commercial",
	"plantation", "plantations", "coal", "steel", "ports", "shipping", "waterways", "railways", "textiles",
	"chemicals", "fertilizers", "petrochemicals", "electronics", "renewable",
	"field", "operations", "regulatory", "enforcement", "management", "administration", "legislative",
	"regulation", "regional", "urban", "commodities", "statistics", "national",
)

// entExecTitles are the title heads of a company's executives, whose
// organisation, when the text does not name it, is the company the
// sentence speaks of.
var entExecTitles = wordSet(
	"ceo", "cfo", "coo", "cto", "cio", "president", "chairman", "chairwoman", "chairperson",
	"chair", "director", "officer", "manager", "founder", "co-founder", "executive", "head",
	"co-ceo", "co-chairman", "co-chair", "co-chairwoman", "co-president", "co-head", "accountant", "vice-president", "vice-chairman",
)

// honorifics stand before a person's name: "Mr. Kim", "Dr Lacaze".
var honorifics = wordSet("mr", "mrs", "ms", "dr", "prof", "sir", "dame", "madam", "mme", "gov", "sen", "senator", "rep", "gen", "hon", "lt", "col", "capt", "adm",
	// Malaysian titles: "Datuk Chong Wei Ming", "Dato' Sri X", "Tun X".
	"datuk", "dato", "datin", "tun", "toh", "encik", "cik", "puan", "haji", "hajah", "hajjah",
	// "YB Datuk Seri X": Yang Berhormat, of a member of parliament.
	"yb", "yab",
	// Professional titles of the Philippines and Indonesia: "Engr. Rogelio
	// Cruz", "Atty. Maria Santos", "Ir. Budi Santoso", "Drs. Agus Salim",
	// "Dra. Endang Sulistyowati".
	"engr", "atty", "ir", "drs", "dra", "hj",
	// Indonesian forms of address: "Pak Rahmat", "Bu Sri", "Bapak X", "Ibu Y".
	"pak", "bapak", "ibu",
	// Indonesian forms of address: "Bapak Hendro Lubis", "Ibu Ratna".
	"bapak", "bpk", "ibu",
	// Indian: "Shri Rajesh Kumar", "Smt. Anjali Rath".
	"shri", "smt",
	// Vietnamese and Chinese official press in English: "Comrade X".
	"comrade",
	// The Gulf: "Sheikh Nasser bin Hamad Al Khalifa", "Eng. Khalid X".
	"sheikh", "sheikha", "shaikh", "eng")

// apposHeads are nouns that, right before a name, say it is a company:
// "local refiner Hung Thinh Mineral", "cathode maker EcoPro BM". Folded.
var apposHeads = wordSet(
	"refiner", "maker", "manufacturer", "miner", "producer", "firm", "company", "group",
	"supplier", "developer", "steelmaker", "carmaker", "automaker", "chipmaker", "conglomerate",
	"giant", "major", "trader", "house", "broker", "brokerage", "lender", "insurer", "shipbroker", "shipowner", "owner", "charterer", "shipper",
	"operator", "utility", "unit", "subsidiary", "affiliate", "parent", "rival", "peer",
	"partner", "customer", "buyer", "startup", "start-up", "explorer", "smelter", "investor",
	"shipper", "exporter", "importer", "distributor", "retailer", "airline", "carrier",
	"consultancy", "provider", "owner", "builder", "shipbuilder", "contractor", "venture",
	"outfit", "player", "specialist", "multinational", "chaebol", "bank", "fund", "seller",
	"shipbuilder", "processor", "purchaser", "offtaker", "counterparty", "competitor", "arm",
	"affiliate", "spinoff", "spin-off", "newcomer", "juggernaut", "heavyweight", "leader",
	"tradehouse", "agency", "corporation", "corp", "enterprise", "consortium", "cooperative",
	"co-op", "utility", "grower", "brewer", "jeweller", "jeweler", "retailer", "shipowner",
	"co-owner", "automaker", "cellmaker", "steelworks", "recycler", "miller", "planter",
)

// apposHeadsPlural are plural nouns after which a list of companies
// follows: "the Japanese firms Mitsui and Nippon Steel".
var apposHeadsPlural = wordSet(
	"firms", "companies", "makers", "manufacturers", "producers", "miners", "refiners", "groups",
	"suppliers", "partners", "rivals", "peers", "customers", "buyers", "sellers", "investors",
	"banks", "lenders", "automakers", "carmakers", "steelmakers", "chipmakers", "conglomerates",
	"giants", "majors", "traders", "houses", "brokers", "developers", "explorers", "smelters",
	"stakeholders", "shareholders", "operators", "utilities", "affiliates", "subsidiaries",
	"units", "players",
)

// companyAfter are lower-case words that, right after a name, say it is
// a company: "Harita group", "the Robe River joint venture".
var companyAfter = wordSet("group", "company", "corp", "corporation", "conglomerate", "unit", "subsidiary", "chaebol", "consortium")

// possCompanyNouns are nouns that, after a possessive name, say the name
// is a company: "Tsingshan's industrial park", "Corvane's shares".
var possCompanyNouns = wordSet(
	"shares", "stock", "stake", "unit", "subsidiary", "board", "revenue", "revenues", "profit",
	"profits", "earnings", "ceo", "cfo", "chairman", "chairwoman", "president", "plant", "plants",
	"mine", "mines", "smelter", "refinery", "factory", "factories", "facility", "facilities",
	"operations", "output", "industrial", "subsidiaries", "units", "affiliate", "affiliates",
	"chief", "executives", "management", "shareholders", "parent", "acquisition", "market",
)

// corpVerbs are verbs that, right after a name, say the name acts as an
// organisation does: "Argus last assessed", "CRU understands".
var corpVerbs = wordSet(
	"said", "says", "reported", "reports", "announced", "announces", "assessed", "assesses",
	"understands", "expects", "plans", "intends", "aims", "agreed", "signed", "acquired",
	"bought", "sold", "owns", "holds", "produced", "produces", "supplies", "supplied", "shipped",
	"posted", "confirmed", "estimates", "estimated", "forecast", "forecasts", "operates",
	"wants", "stated", "declined", "employs", "invested", "invests", "acquires", "controls",
	"controlled", "launched", "launches", "unveiled", "completed",
	"secured", "won", "filed", "raised", "paid", "pays", "lifted",
	"told", "noted", "warned", "denied",
)

// corpAux are the auxiliary verbs of corpVerbs' second form: "is
// weighing", "has partnered", "will hold".
var corpAux = wordSet("is", "has", "was", "had", "will", "would", "could", "may", "might", "must", "should", "can", "are", "have")

// corpAfterAux are the verbs after corpAux: "is understood", "will hold".
var corpAfterAux = wordSet(
	"weighing", "preparing", "paying", "understood", "partnered", "signed", "agreed", "stated",
	"said", "announced", "hold", "own", "buy", "sell", "supply", "build", "invest", "take",
	"acquire", "pay", "produce", "spend", "ship", "start", "begin", "have", "acquired", "bought",
	"sold", "planning", "building", "investing", "reported", "secured", "struck", "formed",
	"confirmed", "been", "expected", "considering", "seeking", "looking", "developing",
	"producing", "supplying", "selling", "buying", "operating", "launched", "opened", "completed",
	"raised", "cut", "received", "obtained", "positioned", "become", "emerged",
)

// adverbs may stand between a name and its verb: "Argus last assessed".
var adverbs = wordSet("also", "last", "now", "still", "recently", "previously", "then", "already", "initially", "further", "separately", "earlier", "later", "currently", "officially", "formally", "jointly", "reportedly")

// placePrepositions before a name make it a place rather than a person
// even when "who" follows it: "the plant near Kora Valley, who ...".
// Folded.
var placePrepositions = wordSet("in", "at", "near", "from", "to", "of", "on", "into", "across", "around", "outside", "inside", "via")

// reportVerbs before a name make it the speaker: "said Ha In-Hwan".
var reportVerbs = wordSet("said", "says", "told", "added", "noted", "wrote", "according", "explained", "stated")

// newsAgencies are news agencies and papers, which the text cites as
// sources and which are not entities of the article. As written.
var newsAgencies = wordSet(
	"Reuters", "Bloomberg", "Yonhap", "AP", "AFP", "Xinhua", "Kyodo", "Jiji", "Nikkei", "Bernama",
	"Antara", "Interfax", "TASS", "RIA", "PTI", "ANI", "VNA", "Newsis", "News1", "Dow Jones",
	"Associated Press", "Agence France-Presse", "Vietnam News Agency", "Kyodo News", "Yonhap News",
	"Yonhap News Agency", "Bloomberg News", "Reuters News", "Nikkei Asia", "Caixin", "Asahi",
	"Mainichi", "Yomiuri", "Dow Jones Newswires", "Platts",
)

// pressWords end the names of newspapers and media: "The Asahi Shimbun",
// "Korea Herald", "Financial Times".
var pressWords = wordSet("shimbun", "times", "journal", "herald", "post", "tribune", "gazette", "ilbo", "daily", "news", "newswires", "newswire", "telegraph", "guardian", "economist", "magazine", "review", "chronicle", "mail", "express", "press", "weekly", "monthly", "insider", "wire", "today")

// indexNames are the names of stock indexes and of the boards of a
// market, which are not entities: "Kospi 200", "Nikkei 225", "FTSE
// 100", "Shenzhen's ChiNext board". Folded.
var indexNames = wordSet("kospi", "kosdaq", "nikkei", "topix", "nasdaq", "ftse", "dax", "cac", "s&p", "stoxx",
	"msci", "sensex", "nifty", "csi", "asx", "hang", "jakota", "chinext", "catalist", "konex")

// lawWords end the names of laws, programmes and events, which are not
// entities: "Inflation Reduction Act", "Belt and Road Initiative".
// dealTerms end the names filings give a deal they define in brackets:
// `("Proposed Acquisition")`. Folded.
var dealTerms = wordSet("acquisition", "acquisitions", "disposal", "disposals", "transaction", "transactions",
	"proposal", "proposals", "offer", "placement", "subscription", "merger", "consideration", "exercise",
	"divestment", "privatisation", "privatization", "takeover", "issuance", "rights")

var lawWords = wordSet("act", "law", "bill", "treaty", "accord", "agreement", "plan", "initiative", "programme", "incentive", "incentives", "subsidy", "levy",
	"program", "strategy", "policy", "regulation", "regulations", "directive", "summit", "forum", "conference",
	"expo", "award", "awards", "prize", "index", "war", "crisis", "pandemic", "year", "day", "week", "festival",
	"games", "cup", "olympics", "protocol", "framework", "roadmap", "scheme", "fund", "report", "survey", "standard",
	"price", "prices", "reserves", "rate", "rates", "tariff", "tariffs", "code", "guidelines", "team", "desk",
	// "Mining Business Permit (IUP)": a licence, no firm.
	"permit", "permits", "licence", "licences", "license", "licenses",
	// "Non-binding MOU signed with X": a deal's paper, no firm.
	"mou", "mous", "loi", "statement", "statements")

// notPersonLast are last words of names of places and institutions
// that may begin with an honorific: "Tun Razak Exchange", "Sir John
// Monash Centre". Folded.
var notPersonLast = wordSet("exchange", "centre", "center", "square", "street", "road", "avenue", "park",
	"tower", "towers", "hall", "bridge", "port", "airport", "station", "hospital", "university", "college",
	"school", "institute", "foundation", "trust", "highway", "building", "stadium", "island", "bay", "dam",
	"team", "department", "division", "desk", "unit", "relations")

// industryWords are words of trades that "and" joins inside one name:
// "China Iron and Steel Association", "Oil and Gas Corp.". Folded.
var industryWords = wordSet("iron", "steel", "oil", "gas", "mining", "metals", "metal", "minerals", "mineral",
	"smelting", "refining", "chemical", "chemicals", "chromite", "nickel", "coal", "power", "energy",
	"materials", "cement", "copper", "zinc", "tin", "aluminium", "aluminum", "engineering", "construction",
	"shipbuilding", "petroleum", "petrochemical", "petrochemicals", "exploration", "development",
	"trading", "industries", "industrial", "resources", "cobalt", "lithium", "graphite", "gold", "silver",
	"manganese", "tungsten", "electric", "electronics", "shipping", "logistics", "machinery",
	"fertilisers", "fertilizers", "fertiliser", "fertilizer", "alloys", "pigments", "plastics",
	"vanadium", "bauxite", "titanium", "uranium", "limestone", "supply", "coking")

// firmLineWords name a line of business, as the second of two joined
// by "and" right before a legal form: "Pipe and Sections JSC",
// "Import-Export and Trading Co.", "Investment and Development JSC".
// Folded.
var firmLineWords = wordSet("sections", "trading", "trade", "investment", "services", "service", "development",
	"construction", "commerce", "import-export", "export", "import", "industries", "industry", "chemicals",
	"production", "transport", "manufacturing", "technology", "engineering", "equipment", "materials",
	"mining", "minerals", "steel", "metals", "fertilizer", "fertilizers", "machinery", "logistics", "processing",
	"metallurgy", "metallurgical", "packaging", "printing", "plastics", "textiles", "garments", "shipping", "mechanical", "electrical",
	"consultancy", "consulting", "exploration")

// marketWords after a capital say it names a market, not a
// government: "the London nickel price", "Tokyo shares". Folded.
var marketWords = wordSet("price", "prices", "market", "markets", "shares", "stocks", "stock", "futures",
	"trading", "trade", "session", "benchmark", "contract", "contracts", "exchange", "bourse", "index",
	"time", "nickel", "copper", "aluminium", "aluminum", "zinc", "tin", "lead", "gold", "silver", "cobalt",
	"lithium", "iron", "steel", "coal", "oil", "gas", "lng", "rubber", "palm", "sugar", "wheat", "corn",
	"soybean", "soybeans", "cotton", "metal", "metals", "spot", "traders", "dealers", "investors")

// fundKinds before "Fund" make it an investor's name. Folded.
var fundKinds = wordSet("mutual", "pension", "investment", "wealth", "sovereign", "provident", "equity",
	"capital", "growth", "opportunities", "infrastructure", "income", "value", "hedge", "venture", "retirement",
	"resources", "resource", "commodities", "strategic", "metals", "mining", "energy")

// marketNames end the names of markets that begin with a capital:
// "London Metal Exchange", "Tokyo Commodity Exchange". Folded.
var marketNames = wordSet("exchange", "exchanges", "market", "bourse", "board")

// stateBodies are state bodies whose names do not say so by their
// shape: central banks named in their own language or after a word
// that a commercial bank may carry too ("State Bank of Vietnam" is the
// central bank, "State Bank of India" a listed lender), and agencies
// named like companies. Folded keys.
var stateBodies = wordSet("bank negara malaysia", "bangko sentral ng pilipinas", "state bank of vietnam",
	"state bank of pakistan", "monetary authority of singapore", "hong kong monetary authority",
	"nepal rastra bank", "bangladesh bank", "national bank of cambodia", "national bank of kazakhstan",
	"bank of the lao pdr", "central bank of myanmar", "federal reserve", "bank of russia",
	"export finance australia", "japan organization for metals and energy security", "jogmec",
	"korea trade insurance corporation", "nippon export and investment insurance",
	"statistics indonesia", "statistics korea", "statistics canada", "statistics new zealand",
	"statistics netherlands", "statistics sweden", "statistics norway", "geoscience australia",
	"australian bureau of statistics", "office of the cane and sugar board",
	"natural resources canada", "export development canada", "global affairs canada", "environment and climate change canada",
	"investment canada", "efic", "export finance and insurance corporation",
	// State lenders and insurers that back trade and overseas projects.
	"japan bank for international cooperation", "jbic", "nexi", "korea development bank", "export-import bank of korea", "kexim",
	"china development bank", "export-import bank of china", "export-import bank of india", "development bank of japan",
	"korea export-import bank", "innovation, science and economic development canada",
	// Border agencies, named by their fields.
	"customs and border protection", "u.s. customs and border protection", "us customs and border protection",
	"immigration and customs enforcement", "u.s. immigration and customs enforcement")

// stateLast are the last words of stateBodies, so that a name is looked
// up there only when it ends in one.
var stateLast = func() map[string]bool {
	m := map[string]bool{}
	for k := range stateBodies {
		m[k[strings.LastIndexByte(k, ' ')+1:]] = true
	}
	return m
}()

// intlOrgs are international organisations, which are neither companies
// nor one state's bodies. Folded keys.
var intlOrgs = wordSet("world bank", "international monetary fund", "imf", "international energy agency", "iea",
	"asian development bank", "adb", "european union", "eu", "european commission", "united nations", "un",
	"opec", "world trade organization", "wto", "oecd", "asean", "european central bank", "ecb",
	"international atomic energy agency", "iaea", "nato", "g7", "g20", "apec", "world health organization", "who",
	"new development bank", "asian infrastructure investment bank", "aiib", "african development bank", "opec+",
	"international finance corporation", "ifc", "european investment bank", "eib", "world economic forum")

// geoLast end the names of places that are neither countries nor
// firms: "Mekong Delta", "Hunter Valley", "Bowen Basin". Folded.
var geoLast = wordSet("delta", "valley", "coast", "basin", "peninsula", "plateau", "highlands", "strait",
	// divisions of a country: "Guanyin District", "Morowali Regency"
	"district", "regency", "prefecture", "county", "province", "municipality", "subdistrict",
	// "Myanmar's Wa State", "Shan State"
	"state")

// assocHeads end the names of associations, which are organisations:
// "Vietnam Steel Association". Folded.
var assocHeads = wordSet("association", "federation", "institute", "society", "alliance", "associations")

// intlLast are the last words of intlOrgs, so that a name is looked up
// there only when it ends in one.
var intlLast = func() map[string]bool {
	m := map[string]bool{}
	for k := range intlOrgs {
		m[k[strings.LastIndexByte(k, ' ')+1:]] = true
	}
	return m
}()

// indexHeads end index names: "Shanghai Composite", "Dow Jones
// Industrial Average". Folded.
var indexHeads = wordSet("index", "indices", "composite", "average")

// notNames are capitalised words that are not names of anything the
// extractor keeps: sentence openers, calendar words, and the common
// nouns and acronyms news capitalises. As written.
var notNames = wordSet(
	// "Large-scale corporation: Applicable", a field of Korean filings.
	"Large-scale", "Small-scale", "Mid-sized", "Medium-sized", "Large",
	// "the Company's Articles of Association".
	"Articles", "Bylaws", "By-laws", "Charter",
	// "Term:        life of mine", a field of a contract's terms.
	"Term", "Tenor", "Duration",
	// "Chief Executive Officer and Authorized Director", a Thai
	// filing's signer.
	"Authorized", "Authorised",
	"The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "For", "But", "And",
	"Or", "As", "While", "Today", "Yesterday", "Tomorrow", "Meanwhile", "Also", "Its", "It",
	"Their", "With", "From", "To", "Of", "By", "After", "Before", "Under", "Over", "Why", "How",
	"What", "Is", "Are", "Was", "Will", "He", "She", "They", "We", "I", "Our", "His", "Her",
	"If", "When", "Where", "Which", "Who", "Whose", "Since", "Until", "Although", "Though",
	"Despite", "Amid", "Among", "Between", "During", "Through", "Under", "Via", "Per", "About",
	"According", "However", "Still", "Yet", "So", "Then", "Thus", "Now", "Here", "There",
	"Some", "Many", "Most", "Both", "All", "Each", "Several", "Few", "Other", "Others", "Another",
	"Such", "No", "Not", "Any", "Every", "More", "Less", "First", "Last", "Next", "New", "Old",
	"Closing", "Completion", "Settlement", "Approval", "Financing", "Funding", "Pricing", "Delivery", "Deliveries",
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
	"Sept", "Oct", "Nov", "Dec", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.",
	"Sept.", "Oct.", "Nov.", "Dec.",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY", "YoY", "CEO", "CFO", "COO",
	"Share", "Shares", "Stocks", "Prices", "Sales", "Exports", "Imports", "Output", "Production",
	"Demand", "Supply", "Analysts", "Officials", "Investors", "Traders", "Revenue", "Profit",
	"Earnings", "Consumers", "Buyers", "Sellers", "Producers", "Miners", "Companies", "Firms",
	"Banks", "Lenders", "Markets", "Experts", "Executives", "Sources", "Authorities",
	"Regulators", "Industry", "Government", "Data", "Reports", "Customers", "Workers",
	"Construction", "Growth", "Inflation", "Rates", "Volumes", "Inventories", "Shipments",
	"Deliveries", "Costs", "Margins", "Operations", "People", "Residents", "Management",
	"Plans", "Talks", "Negotiations", "Efforts", "Results", "Tariffs", "Sanctions", "Stakeholders", "Shareholders", "Shareholder", "Shareholding",
	"Restrictions", "Work", "Building", "Expansion", "Highlights", "Source", "Sources", "Photo", "Meeting", "Meetings",
	"Measured", "Indicated", "Inferred", "Nothing", "Includes", "Excludes", "Covers",
	"Image", "Credit", "Editing", "Reporting", "Written", "Author", "Authors", "Report", "Update",
	"Related", "Read", "Click", "Subscribe", "Comments", "Advertisement", "Sponsored",
	"Consolidated", "Forecast", "Forecasts", "Reference", "Outlook", "Guidance", "Actual", "Actuals", "Target",
	"Neither", "Either", "Nor", "You", "Your", "Weather", "Holding",
	"Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Prof", "Prof.",
	"Ltd", "Ltd.", "Co", "Co.", "Inc", "Inc.", "Corp", "Corp.", "Group", "Holdings", "Persero",
	"Government", "Ministry", "Department", "State", "Federal", "National", "Central",
	"Board", "Council", "Agency", "Office", "Commission", "Committee", "Parliament",
	"President", "Minister", "Chairman", "Chief", "Director", "Executive", "Secretary",
	"Premier", "Governor", "Senator", "Mayor", "King", "Queen", "Prince", "Pope", "Emperor",
	"Project", "Mine", "Plant", "Deal", "Venture", "Joint", "Agreement", "MoU", "MOU",
	"Company", "Firm", "Corporation", "Exchange", "Fund", "Trust", "Partners", "Bank", "Authority",
	"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
	"Asia", "Europe", "Africa", "Oceania", "Antarctica", "Asian", "European", "African",
	"Pacific", "Atlantic", "Arctic", "Middle", "Gulf", "Southeast", "Northeast", "Southwest",
	"Northwest", "Latin", "Western", "Arab", "Nordic", "Baltic", "Balkan", "Caribbean",
	"EU", "UN", "G7", "G20", "OPEC", "OPEC+", "ASEAN", "APEC", "WTO", "IMF", "NATO", "OECD", "IEA",
	"Internet", "Web", "Online", "Video", "Photos", "Live", "Breaking", "Exclusive", "Analysis",
	"Opinion", "Editorial", "Feature", "Interview", "Podcast", "Newsletter", "Home", "Search",
	"Menu", "Business", "Markets", "Economy", "Politics", "World", "Tech", "Technology",
	"Science", "Health", "Sports", "Culture", "Lifestyle", "Nickel", "Lithium", "Cobalt", "Copper",
	"Steel", "Iron", "Coal", "Gold", "Silver", "Aluminium", "Aluminum", "Zinc", "Graphite",
	"Uranium", "Oil", "Gas", "LNG", "LPG", "Wheat", "Corn", "Soybeans", "Rice", "Sugar",
	"Fertilizer", "Cement", "Rare", "Earth", "Earths", "Ore", "Metals", "Minerals", "Energy",
	"Battery", "Batteries", "EV", "EVs", "REE", "REEs", "REO", "NdPr", "HPAL", "NPI", "MHP",
	"RKEF", "NCA", "NCM", "LFP", "CIF", "FOB", "TREO", "LCE", "GDP", "IPO", "ETF", "ESG", "AI",
	"Fe", "Ni", "Co", "Cu", "Li", "Zn", "Mn", "Dy", "Tb", "Nd", "Pr",
	"PSU", "PSUs", "Maharatna", "Navratna", "Miniratna", "Issuer", "Key",
	"Zircon", "Rutile", "Ilmenite", "Leucoxene", "Monazite", "Garnet", "Chromite", "Bauxite",
	"Alumina", "Manganese", "Tungsten", "Vanadium", "Antimony", "Molybdenum", "Platinum",
	"Palladium", "Potash", "Urea", "Ammonia", "Phosphate", "Sulphur", "Sulfur", "Spodumene",
	"Concentrate", "Scrap", "Rebar", "Billet", "Billets", "Slab", "Coke", "Ferronickel",
	"Tin", "Silicon", "Magnesium", "Titanium", "Cathode", "Cathodes", "Anode", "Anodes", "Polysilicon",
	"Week", "Month", "Year", "Day", "Quarter", "Morning", "Evening", "Afternoon", "Night",
	"Spring", "Summer", "Autumn", "Fall", "Winter", "Christmas", "Easter", "Lunar",
	"Yes", "Oh", "Well", "Please", "Thank", "Thanks", "Hello", "Dear",
	"Stay", "Get", "Follow", "Join", "Sign", "Log", "Tell", "Watch", "Listen", "Download",
	"Like", "Unlike", "Even", "Just", "Only", "Once", "Twice", "Because", "Unless", "Whether",
	"Located", "Built", "Headquartered", "Based", "Founded", "Expected", "Completing",
	"Working", "Further", "Beyond", "Earlier", "Later", "Previously", "Currently", "Separately",
	"Overall", "Together", "Instead", "Otherwise", "Indeed", "Moreover", "Additionally",
	"Finally", "Also", "Again", "Already", "Almost", "Nearly", "Roughly", "Around",
	// Currencies before an amount: "shares of Rs 10 each".
	"Rs", "Rs.", "Rp", "Rp.", "INR", "IDR", "VND", "PHP", "RMB", "USD", "JPY", "KRW", "THB", "MYR",
)

// commonNounsStart are capitalised words that open sentences as common
// nouns often enough that a word alone at a sentence's start is never
// taken for a name without other evidence. Folded.
var commonNounsStart = wordSet(
	"construction", "demand", "supply", "output", "production", "sales", "exports", "imports",
	"prices", "shares", "stocks", "analysts", "officials", "investors", "traders", "buyers",
	"sellers", "producers", "miners", "companies", "firms", "banks", "executives", "sources",
	"authorities", "regulators", "industry", "government", "work", "talks", "plans", "wheat",
	"corn", "soybean", "soybeans", "coal", "steel", "nickel", "lithium", "copper", "gold",
	"revenue", "profit", "earnings", "growth", "inflation", "tariffs", "consumption",
	"shipments", "inventories", "capacity", "investment", "spending", "costs", "margins",
)

// directions are the words before a demonym or name that make it a
// region rather than a country: "North American", "Southeast Asia".
var regionDemonyms = map[string]bool{
	"North American": true, "South American": true, "Latin American": true, "Central American": true,
	"North America": true, "South America": true, "Latin America": true, "Central America": true,
	"North African": true, "West African": true, "East African": true, "Southern African": true,
	"Central African": true, "Sub-Saharan African": true, "North Africa": true, "West Africa": true,
	"East Africa": true, "Southern Africa": true, "Central Africa": true, "Sub-Saharan Africa": true,
	"North Asian": true, "South Asian": true, "East Asian": true, "Southeast Asian": true,
	"Central Asian": true, "Western European": true, "Eastern European": true,
	"Middle Eastern": true, "Middle East": true, "Arab": true,
	"Inner Mongolia": true, "Inner Mongolian": true, // a region of China
}

// locatives before a capital make it a place rather than its government:
// "closed higher in Tokyo", "told reporters in Seoul".
var locatives = wordSet("in", "at", "from", "near", "to", "into", "outside", "around", "across", "via", "through", "toward", "towards", "of")

// givenNames are common given names, enough to tell "Gina Rinehart" and
// "Laura Miller" from two capitalised words. As written.
var givenNames = wordSet(
	// Japanese given names the press writes before the family name.
	"Yasuhiro", "Hiroyuki", "Kazuhiro", "Masahiro", "Yuko", "Tetsuya", "Toshiyuki", "Nobuyuki", "Hideaki",
	"Katsuhiko", "Kazuhiko", "Tsuyoshi", "Akihiro", "Masayuki", "Junichi", "Shinichi", "Yasuhiko", "Masaki",
	"Noriko", "Michiko", "Atsushi", "Takuya", "Kenta", "Kazuya", "Yusuke", "Haruka", "Naomi", "Osamu",
	"Yoshiaki", "Tadashi", "Isamu", "Minoru", "Kiyoshi", "Hajime",
	"Aaron", "Adam", "Adrian", "Ahmed", "Aiko", "Akira", "Alan", "Albert", "Alex", "Alexander",
	"Alexandra", "Alice", "Alison", "Amanda", "Amit", "Amy", "Ana", "Andrea", "Andreas", "Andrew",
	"Andy", "Angela", "Ann", "Anna", "Anne", "Anthony", "Antonio", "Arjun", "Arthur", "Ashley",
	"Barbara", "Ben", "Benjamin", "Bernard", "Bill", "Bob", "Brad", "Brian", "Bruce", "Carl",
	"Carlos", "Caroline", "Catherine", "Charles", "Charlotte", "Chris", "Christian", "Christina",
	"Christine", "Christopher", "Claire", "Clare", "Claudia", "Colin", "Craig", "Dan", "Dana",
	"Daniel", "David", "Deborah", "Dennis", "Diana", "Diane", "Donald", "Douglas", "Ed", "Edward",
	"Elena", "Elizabeth", "Ellen", "Emily", "Emma", "Eric", "Erik", "Eva", "Fatima", "Fernando",
	"Fiona", "Francesco", "Francis", "Frank", "Fred", "Gary", "George", "Georgina", "Gina",
	"Giovanni", "Grace", "Graham", "Greg", "Gregory", "Hannah", "Hans", "Harry", "Helen", "Helena",
	"Henry", "Hiroshi", "Ian", "Isabel", "Jack", "Jacob", "James", "Jamie", "Jan", "Jane", "Janet",
	"Jason", "Javier", "Jean", "Jeff", "Jeffrey", "Jennifer", "Jeremy", "Jessica", "Jim", "Joan",
	"Joe", "Johan", "John", "Jonathan", "Jorge", "Jose", "Joseph", "Josh", "Joshua", "Juan",
	"Julia", "Julian", "Julie", "Justin", "Karen", "Kate", "Katherine", "Keith", "Kelly", "Ken",
	"Kenji", "Kevin", "Kim", "Kumar", "Laura", "Lauren", "Leo", "Leonardo", "Linda", "Lisa",
	"Louis", "Lucas", "Luis", "Maria", "Marie", "Mark", "Martin", "Mary", "Matt", "Matthew",
	"Michael", "Michelle", "Miguel", "Mike", "Mohammed", "Muhammad", "Nancy", "Naoki", "Natalie",
	"Nathan", "Neil", "Nicholas", "Nick", "Nicole", "Nikhil", "Olivia", "Oliver", "Pablo",
	"Patricia", "Patrick", "Paul", "Pedro", "Peter", "Philip", "Priya", "Rachel", "Rahul", "Raj",
	"Ravi", "Rebecca", "Richard", "Rob", "Robert", "Roger", "Ronald", "Ryan", "Sam", "Samuel",
	"Sandra", "Sara", "Sarah", "Scott", "Sean", "Sergei", "Sergey", "Simon", "Sophie", "Stephen",
	"Steve", "Steven", "Susan", "Takashi", "Taro", "Thomas", "Tim", "Timothy", "Tom", "Tony",
	"Victoria", "Vikram", "Vincent", "Vladimir", "Walter", "William", "Yuki", "Yusuf", "Zoe",
	"Donald", "Joe", "Emmanuel", "Olaf", "Keir", "Rishi", "Narendra", "Xi", "Shigeru", "Fumio",
	"Anthony", "Justin", "Lula", "Javier", "Ursula", "Christine", "Jerome", "Janet", "Elon",
	"Warren", "Jensen", "Tim", "Satya", "Sundar", "Jamie", "Larry", "Sergey", "Jeff", "Masayoshi",
	"Eiji", "Hiroki", "Kazuo", "Koji", "Makoto", "Satoshi", "Shinji", "Takeshi", "Yoshihiro",
	"Yasuo", "Toshiaki", "Haruki", "Kentaro", "Daisuke", "Hideki", "Ichiro", "Jiro", "Kaori",
	"Keiko", "Mariko", "Naoko", "Sachiko", "Tomoko", "Yoko", "Yumiko", "Amanda",
	"Helena", "Dana",
)

// vietFamily are the commonest Vietnamese family names. As written.
var vietFamily = wordSet("Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui",
	"Do", "Ngo", "Duong", "Ly", "Trinh", "Dinh", "Truong")

// familyNames are family names common in the markets the library reads
// (Korea, China, Vietnam, Japan), written first in East Asian order:
// "Koo Bon-kyu", "Chen Hongliang", "Nguyen Hoang Long". As written.
var familyNames = wordSet(
	// Korean
	"Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
	"Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Koo",
	"Moon", "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Shim", "Noh", "Ha", "Kwak", "Sung",
	"Cha", "Joo", "Woo", "Min", "Ryu", "Na", "Jin", "Chae", "Won", "Chun", "Bang", "Yeo", "Rhee",
	"Gu", "Ku", "Ji", "Pyo", "Yun", "Goh", "Chung", "Suh", "Hyun", "Tak", "Byun", "Uhm", "Um",
	// Chinese
	"Wang", "Li", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
	"Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Tang", "Feng",
	"Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu",
	"Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Lyu", "Fan", "Fu",
	"Zhong", "Wan", "Xia", "Qian", "Qiu", "Tan", "Lam", "Wong", "Chan", "Leung", "Cheung", "Ng",
	"Ho", "Chow", "Tsang", "Lau", "Kwok", "Yip", "Tse",
	// Vietnamese
	"Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do",
	"Ngo", "Duong", "Ly", "Trinh", "Dinh", "Lam", "Mai", "Truong", "Quach", "Luu",
	// Japanese, when written family name first
	"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
	"Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue",
	"Kimura", "Hayashi", "Shimizu", "Yamazaki", "Mori", "Abe", "Ikeda", "Hashimoto", "Ishikawa",
	"Ishiba", "Kishida", "Takaichi", "Okada", "Fujita", "Ogawa", "Goto", "Okamoto", "Hasegawa",
)

// chinaPlaces are China's provinces and regions, and the Chinese cities
// that open firms' names ("Xiamen Tungda Precursor Materials Co."). As
// written.
var chinaPlaces = []string{
	"Guangdong", "Jiangsu", "Zhejiang", "Shandong", "Henan", "Sichuan", "Hubei", "Hunan", "Hebei",
	"Fujian", "Anhui", "Liaoning", "Shaanxi", "Jiangxi", "Yunnan", "Guangxi", "Shanxi",
	"Inner Mongolia", "Guizhou", "Xinjiang", "Heilongjiang", "Jilin", "Gansu", "Hainan", "Ningxia",
	"Qinghai", "Tibet",
	"Xiamen", "Ningbo", "Tianjin", "Chongqing", "Guangzhou", "Hangzhou", "Nanjing", "Wuhan", "Chengdu",
	"Qingdao", "Dalian", "Suzhou", "Changsha", "Hefei", "Zhengzhou", "Jinan", "Kunming", "Fuzhou",
	"Changzhou", "Wuxi", "Shenyang", "Harbin", "Yantai", "Quzhou", "Huzhou", "Jiaxing", "Shaoxing",
	"Wenzhou", "Dongguan", "Foshan", "Zhuhai", "Yichun", "Ganzhou", "Zhuzhou", "Nanchang", "Nanning",
	"Shanghai", "Shenzhen",
	"Zibo", "Zhanjiang", "Panzhihua", "Weifang", "Linyi", "Rizhao", "Qinzhou", "Lianyungang", "Nantong", "Zhangzhou", "Quanzhou", "Jingdezhen",
	"Baotou", "Ordos", "Wuhai", "Hohhot", "Xining", "Yinchuan", "Lanzhou", "Urumqi", "Shihezi", "Changji", "Hami", "Leshan", "Yibin",
	"Qujing", "Taiyuan", "Tangshan", "Handan", "Shijiazhuang",
}

// chinaPlace is chinaPlaces as a set.
var chinaPlace = wordSet(chinaPlaces...)

// places are states, provinces, cities and regions that news names as
// places, so that "California said" or "Wall Street expects" is not read
// as a company. As written. Countries and capitals are in package entity.
var places = wordSet(slices.Concat(chinaPlaces, []string{
	// US states
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
	"Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
	"Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
	"Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
	"North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
	"South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
	"West Virginia", "Wisconsin", "Wyoming",
	// Australian states and territories, Canadian provinces
	"Western Australia", "Queensland", "New South Wales", "Victoria", "Tasmania", "South Australia",
	"Northern Territory", "Ontario", "Quebec", "British Columbia", "Alberta", "Saskatchewan",
	"Manitoba", "Nova Scotia", "New Brunswick", "Newfoundland", "Yukon",
	// cities and regions that stand for markets
	"Wall Street", "Silicon Valley", "Middle East", "Shanghai", "Shenzhen", "Sydney", "Perth",
	"Melbourne", "Toronto", "Vancouver", "Chicago", "Houston", "Los Angeles", "San Francisco",
	"Mumbai", "Frankfurt", "Zurich", "Geneva", "Dubai", "Osaka", "Busan", "Incheon", "Ulsan",
	"Pohang", "Ho Chi Minh City", "Haiphong", "Da Nang", "Surabaya", "Rotterdam", "Antwerp",
	"Hamburg", "Pilbara", "Atacama", "Sulawesi", "Kalimantan", "Sumatra", "Java", "Borneo",
	"Siberia", "Patagonia", "Appalachia", "Midwest", "Far East", "South Gobi", "Gobi",
	"Marunouchi", "Otemachi", "Nihonbashi", "Kasumigaseki", "Shinagawa",
	"São Paulo", "Sao Paulo", "Rio de Janeiro", "Belo Horizonte", "Minas Gerais", "Antofagasta",
	// Regions of two words or more. (A region of one word may also
	// be a company's short form, "Visayas" for Visayas Copper Smelting:
	// see entFinder.placeAfterIn.)
	"Negeri Sembilan", "North Maluku", "Central Sulawesi", "South Sulawesi", "Southeast Sulawesi", "North Sulawesi",
	"East Kalimantan", "South Kalimantan", "West Kalimantan", "Central Kalimantan", "North Kalimantan",
	"West Java", "Central Java", "East Java", "Tamil Nadu", "Andhra Pradesh", "Madhya Pradesh", "Uttar Pradesh",
	"West Bengal",
	// Indian states of one word
	"Gujarat", "Maharashtra", "Odisha", "Karnataka", "Rajasthan", "Jharkhand", "Chhattisgarh", "Kerala",
	"Punjab", "Haryana", "Bihar", "Telangana", "Assam",
	// Malaysian states, Indonesian, Thai, Philippine and Vietnamese
	// provinces and islands of one name
	"Perak", "Penang", "Johor", "Pahang", "Kedah", "Selangor", "Terengganu", "Kelantan",
	"Bangka-Belitung", "Bangka Belitung", "Papua", "Riau", "Aceh", "Phuket", "Rayong",
	"Mindanao", "Palawan", "Quang Ninh", "Ha Tinh", "Ha Giang", "Cao Bang", "Lang Son", "Yen Bai", "Nghe An", "Thanh Hoa",
	"Ha Noi", "Hai Phong", "Lao Cai", "Bac Kan", "Bac Ninh", "Bac Giang", "Hai Duong", "Hung Yen", "Vinh Phuc", "Phu Tho", "Tuyen Quang", "Thai Nguyen", "Binh Duong", "Dong Nai", "Can Tho", "Quang Ngai", "Vung Tau",
	// Korean industrial cities, where plants and smelters stand
	"Yeosu", "Gwangyang", "Dangjin", "Gunsan", "Changwon", "Gumi", "Cheongju", "Seosan", "Pyeongtaek", "Gimhae", "Suncheon",
	"Binh Duong", "Dong Nai", "Ba Ria", "Dak Nong", "Lam Dong", "Lao Cai", "Thai Binh", "Thai Nguyen", "Quang Ngai",
	"Geoje",
	// Hong Kong districts, in a filing's address
	"Wan Chai", "Sheung Wan", "Causeway Bay", "Tsim Sha Tsui", "Kwun Tong", "Quarry Bay", "Admiralty",
	// price hubs, named as places are
	"Henry Hub",
})...)
