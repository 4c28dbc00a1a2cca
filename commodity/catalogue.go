package commodity

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A Commodity is an entry of the commodity catalogue: a family of
// materials such as [RareEarths] or [IronOre], with an id ("rare-earths"),
// a display name ("Rare earths") and the synonyms trade press writes for it
// ("rare earth oxide", "NdPr", "REEs"). The form a text names ("lithium
// hydroxide") is kept beside the id by the caller, not here.
//
// The zero Commodity is unknown (not stated) and prints as "". [Other] is
// a known material outside the list. Commodities are comparable and can be
// map keys; the catalogue is fixed and nothing a caller does changes it.
type Commodity uint8

// The catalogue, in order.
const (
	RareEarths    Commodity = iota + 1 // "rare-earths"
	Lithium                            // "lithium"
	Nickel                             // "nickel"
	Cobalt                             // "cobalt"
	Copper                             // "copper"
	Aluminium                          // "aluminium": also alumina and bauxite
	Zinc                               // "zinc"
	Lead                               // "lead"
	Tin                                // "tin"
	IronOre                            // "iron-ore": ore, fines, pellets, concentrate
	Steel                              // "steel": also pig iron, DRI/HBI and ferrous scrap
	Coal                               // "coal": thermal and coking coal, coke
	Graphite                           // "graphite": also battery anode material
	Manganese                          // "manganese"
	Uranium                            // "uranium"
	Gold                               // "gold"
	Silver                             // "silver"
	PlatinumGroup                      // "platinum-group": platinum, palladium, rhodium ...
	LNG                                // "lng": liquefied natural gas, and natural gas
	Oil                                // "oil": crude and refined petroleum products
	Chemicals                          // "chemicals": industrial chemicals and battery electrolyte
	Wheat                              // "wheat"
	Corn                               // "corn": also maize
	Soybeans                           // "soybeans": also soy meal and soy oil
	Rice                               // "rice"
	Sugar                              // "sugar"
	Fertilizer                         // "fertilizer": potash, phosphate, urea, ammonia
	Cement                             // "cement": also clinker
	Other                              // "other": a known material outside this list, cathode materials among them
)

// entry is one commodity of the catalogue. Synonyms in fold match in any
// letter case; those in exact only with the case written, because they are
// also common words in lower case ("map", "mop", "cam").
type entry struct {
	id, name    string
	fold, exact []string
}

var catalogue = [...]entry{
	RareEarths: {"rare-earths", "Rare earths", []string{
		"rare earths", "rare earth", "rare earth elements", "rare-earth elements", "REE", "REEs",
		"rare earth oxide", "rare earth oxides", "REO", "TREO", "total rare earth oxide",
		"rare earth materials", "rare earth minerals", "rare earth metals", "rare earth magnets",
		"rare earth concentrate", "mixed rare earth carbonate", "MREC", "magnet scrap",
		"heavy rare earths", "light rare earths",
		"NdPr", "NdPr oxide", "neodymium", "praseodymium", "dysprosium", "terbium",
		"lanthanum", "cerium", "samarium", "europium", "gadolinium", "holmium", "erbium",
		"thulium", "ytterbium", "lutetium", "promethium", "yttrium", "scandium",
		"monazite", "bastnaesite", "bastnasite", "xenotime",
	}, nil},
	Lithium: {"lithium", "Lithium", []string{
		"lithium", "lithium hydroxide", "lithium carbonate", "lithium chemicals",
		"lithium concentrate", "lithium ore", "lithium metal", "lithium sulphate",
		"spodumene", "spodumene concentrate", "SC6", "LCE", "lithium carbonate equivalent",
		"lepidolite", "petalite", "Li2O",
	}, nil},
	Nickel: {"nickel", "Nickel", []string{
		"nickel", "nickel ore", "nickel laterite", "nickel pig iron", "NPI",
		"mixed hydroxide precipitate", "MHP", "mixed sulphide precipitate", "MSP",
		"nickel matte", "matte", "ferronickel", "FeNi", "nickel sulphate", "nickel sulfate",
		"nickel concentrate", "nickel metal", "refined nickel", "class 1 nickel",
		"saprolite", "saprolite ore", "limonite ore", "laterite ore", "lateritic ore",
	}, nil},
	Cobalt: {"cobalt", "Cobalt", []string{
		"cobalt", "cobalt hydroxide", "cobalt sulphate", "cobalt sulfate", "cobalt metal",
		"cobalt concentrate", "cobalt oxide", "refined cobalt",
	}, nil},
	Copper: {"copper", "Copper", []string{
		"copper", "copper cathode", "copper cathodes", "cathode copper", "copper concentrate",
		"copper concentrates", "copper ore", "blister copper", "refined copper", "copper anode",
		"copper scrap", "scrap copper", "copper matte", "copper rod", "copper metal",
	}, nil},
	Aluminium: {"aluminium", "Aluminium", []string{
		"aluminium", "aluminum", "alumina", "bauxite", "primary aluminium", "primary aluminum",
		"aluminium ingot", "aluminum ingot", "aluminium scrap", "aluminum scrap", "scrap aluminium", "scrap aluminum",
		"aluminium alloy", "aluminum alloy",
	}, nil},
	Zinc: {"zinc", "Zinc", []string{
		"zinc", "zinc concentrate", "zinc ore", "refined zinc", "zinc metal", "zinc ingot", "slab zinc", "zinc slab", "zinc slabs",
	}, nil},
	Lead: {"lead", "Lead", []string{
		"lead", "lead concentrate", "lead ore", "refined lead", "lead metal", "galena",
	}, nil},
	Tin: {"tin", "Tin", []string{
		"tin", "tin concentrate", "tin ore", "refined tin", "tin metal", "tin ingot", "cassiterite",
	}, nil},
	IronOre: {"iron-ore", "Iron ore", []string{
		"iron ore", "iron ore fines", "iron ore pellets", "pellets", "ore", "iron ore concentrate",
		"iron ore lump", "lump ore", "sinter feed", "pellet feed", "magnetite",
		"magnetite concentrate", "hematite", "haematite",
	}, nil},
	Steel: {"steel", "Steel", []string{
		"steel", "crude steel", "finished steel", "hot-rolled coil", "HRC", "cold-rolled coil", "CRC",
		"rebar", "wire rod", "steel slab", "steel billet", "steel plate", "steel sheet",
		"steel coil", "steel pipe", "steel products", "stainless steel", "electrical steel",
		"carbon steel", "alloy steel", "special steel", "galvanized steel", "galvanised steel",
		"flat steel", "long steel", "green steel", "tinplate", "heavy plate", "ship plate",
		"hot-rolled steel", "cold-rolled steel", "cold-rolled sheet", "hot-rolled sheet", "coated steel",
		"flat products", "long products",
		"pig iron", "direct reduced iron", "DRI", "hot briquetted iron", "HBI",
		"steel scrap", "ferrous scrap", "scrap", "heavy melting scrap", "billet", "billets", "slab", "slabs",
		"plate", "thick plate", "coil", "black coil", "cold-rolled strip", "hot-rolled strip",
		"stainless strip",
	}, nil},
	Coal: {"coal", "Coal", []string{
		"coal", "thermal coal", "steam coal", "coking coal", "hard coking coal", "HCC",
		"semi-soft coking coal", "met coal", "metallurgical coal", "PCI coal",
		"bituminous coal", "sub-bituminous coal", "anthracite", "lignite", "brown coal",
		"coke", "met coke", "metallurgical coke",
	}, nil},
	Graphite: {"graphite", "Graphite", []string{
		"graphite", "natural graphite", "synthetic graphite", "flake graphite",
		"spherical graphite", "purified spherical graphite", "graphite concentrate",
		"graphite anode", "anode graphite", "graphite electrodes", "needle coke",
		"anode materials", "anode active materials",
	}, nil},
	Manganese: {"manganese", "Manganese", []string{
		"manganese", "manganese ore", "manganese concentrate", "ferromanganese",
		"silicomanganese", "manganese alloys", "electrolytic manganese",
		"electrolytic manganese metal", "EMM", "manganese sulphate", "manganese sulfate",
		"high-purity manganese sulphate", "HPMSM",
	}, nil},
	Uranium: {"uranium", "Uranium", []string{
		"uranium", "U3O8", "yellowcake", "uranium oxide", "uranium concentrate",
		"enriched uranium", "UF6",
	}, nil},
	Gold: {"gold", "Gold", []string{
		"gold", "gold bullion", "gold doré", "gold dore", "gold bars", "gold concentrate",
		"gold equivalent",
	}, nil},
	Silver: {"silver", "Silver", []string{
		"silver", "silver bullion", "silver concentrate", "silver equivalent",
	}, nil},
	PlatinumGroup: {"platinum-group", "Platinum-group metals", []string{
		"platinum-group metals", "platinum group metals", "platinum group", "platinum group elements",
		"PGM", "PGMs", "PGE", "PGEs",
		"platinum", "palladium", "rhodium", "iridium", "ruthenium", "osmium",
	}, nil},
	LNG: {"lng", "LNG", []string{
		"LNG", "liquefied natural gas", "liquified natural gas", "natural gas",
	}, nil},
	Oil: {"oil", "Oil", []string{
		"oil", "crude", "crude oil", "sweet crude", "sour crude", "light crude", "heavy crude",
		"petroleum", "petroleum products", "oil products", "refined products",
		"diesel", "gasoline", "petrol", "gasoil", "gas oil", "fuel oil", "heavy fuel oil",
		"bunker fuel", "marine fuel", "jet fuel", "kerosene", "naphtha", "condensate", "bitumen",
		"LPG", "liquefied petroleum gas", "propane", "butane", "petroleum coke", "petcoke",
	}, nil},
	Chemicals: {"chemicals", "Chemicals", []string{
		"chemicals", "chemical products", "petrochemicals", "sulphuric acid", "sulfuric acid",
		"sulphur", "sulfur", "hydrochloric acid", "nitric acid", "caustic soda", "soda ash",
		"chlorine", "hydrogen", "hydrogen peroxide", "methanol", "ethanol", "ethylene",
		"propylene", "polyethylene", "polypropylene", "PVC", "polyvinyl chloride", "benzene",
		"toluene", "xylene", "paraxylene", "styrene", "plastics", "resins", "titanium dioxide",
		"battery materials", "battery chemicals", "electrolyte",
	}, nil},
	Wheat: {"wheat", "Wheat", []string{
		"wheat", "durum", "durum wheat", "milling wheat", "feed wheat", "spring wheat",
		"winter wheat", "wheat flour",
	}, nil},
	Corn: {"corn", "Corn", []string{
		"corn", "maize", "yellow corn", "feed corn", "white maize", "yellow maize",
	}, nil},
	Soybeans: {"soybeans", "Soybeans", []string{
		"soybeans", "soybean", "soy beans", "soya beans", "soy", "soya", "soybean meal",
		"soymeal", "soy meal", "soybean oil", "soyoil", "soy oil",
	}, nil},
	Rice: {"rice", "Rice", []string{
		"rice", "paddy", "paddy rice", "milled rice", "white rice", "broken rice", "basmati",
		"basmati rice", "jasmine rice",
	}, nil},
	Sugar: {"sugar", "Sugar", []string{
		"sugar", "raw sugar", "white sugar", "refined sugar", "cane sugar", "beet sugar",
		"sugarcane", "sugar cane", "sugar beet",
	}, nil},
	Fertilizer: {"fertilizer", "Fertilizer", []string{
		"fertilizer", "fertilizers", "fertiliser", "fertilisers", "nitrogen fertilizer",
		"potash", "muriate of potash", "sulphate of potash", "sulfate of potash",
		"potassium chloride", "polyhalite", "urea", "phosphate", "phosphates", "phosphate rock",
		"rock phosphate", "phosphoric acid", "DAP", "diammonium phosphate",
		"monoammonium phosphate", "triple superphosphate", "superphosphate", "ammonia",
		"ammonium nitrate", "ammonium sulphate", "ammonium sulfate", "NPK",
	}, []string{"MOP", "SOP", "MAP", "TSP"}},
	Cement: {"cement", "Cement", []string{
		"cement", "clinker", "cement clinker", "portland cement",
	}, nil},
	Other: {"other", "Other", []string{
		"palm oil", "crude palm oil", "palm olein", "palm kernel", "palm kernel oil", "fresh fruit bunches",
		"vegetable oil", "edible oil", "canola oil", "rapeseed oil", "sunflower oil",
		"olive oil", "canola", "rapeseed", "barley", "sorghum", "oats", "cotton", "coffee", "cocoa",
		"rubber", "timber", "lumber", "wood pellets", "wood chips",
		"molybdenum", "vanadium", "tungsten", "antimony", "gallium", "germanium", "indium",
		"bismuth", "tantalum", "niobium", "hafnium", "rhenium", "tellurium", "selenium",
		"cadmium", "beryllium", "titanium", "zirconium", "zircon", "ilmenite", "rutile",
		"mineral sands", "heavy mineral concentrate", "leucoxene", "garnet", "silicon", "silicon metal", "polysilicon", "ferrosilicon",
		"magnesium", "chromium", "chrome ore", "chromite", "ferrochrome", "ferrovanadium",
		"helium", "fluorspar", "barite", "kaolin", "gypsum", "limestone", "salt",
		"silica sand", "frac sand", "diamonds",
		"cathode materials", "cathode active materials", "precursor cathode active materials",
		"pCAM", "precursors", "NCM", "NMC", "NCA", "LFP", "lithium iron phosphate",
		"black mass", "battery scrap", "production scrap", "electronic scrap", "e-scrap", "electronic waste", "e-waste", "waste batteries", "spent batteries", "used batteries", "end-of-life batteries",
	}, []string{"CPO", "FFB", "CAM"}},
}

func (c Commodity) valid() bool { return 0 < c && int(c) < len(catalogue) }

// ID returns the catalogue id of c ("rare-earths", "iron-ore"), or "" for
// the zero Commodity and values that are not constants.
func (c Commodity) ID() string {
	if !c.valid() {
		return ""
	}
	return catalogue[c].id
}

// Name returns the display name of c ("Rare earths", "Iron ore"), or ""
// for the zero Commodity and values that are not constants.
func (c Commodity) Name() string {
	if !c.valid() {
		return ""
	}
	return catalogue[c].name
}

// Synonyms returns a new slice of the words trade press writes for c, as
// written in the catalogue ("rare earth oxide", "NdPr", "REEs"). [Lookup]
// and [Match] recognise each of them.
func (c Commodity) Synonyms() []string {
	if !c.valid() {
		return nil
	}
	e := catalogue[c]
	return slices.Concat(e.fold, e.exact)
}

// IsPreciousMetal reports whether c is [Gold], [Silver] or
// [PlatinumGroup], whose ounces are troy ounces: a text that writes "oz" or
// "ounces" of them means [TroyOunce].
func (c Commodity) IsPreciousMetal() bool {
	return c == Gold || c == Silver || c == PlatinumGroup
}

// String returns the id of c, "" for the zero Commodity, or
// "Commodity(N)" for a value that is not one of the constants.
func (c Commodity) String() string {
	if c == 0 || c.valid() {
		return c.ID()
	}
	return "Commodity(" + strconv.Itoa(int(c)) + ")"
}

// IsZero reports whether c is the zero Commodity (unknown).
func (c Commodity) IsZero() bool { return c == 0 }

// ParseCommodity returns the Commodity whose id is id ("rare-earths"),
// exactly as the wire writes it; [Lookup] reads names and synonyms. The
// error is a [*ParseError] wrapping [ErrSyntax] for empty input and
// [ErrUnknownCommodity] for any other text.
func ParseCommodity(id string) (Commodity, error) {
	if id == "" {
		return 0, newParseError(id, 0, "empty input", ErrSyntax)
	}
	for c := RareEarths; c.valid(); c++ {
		if catalogue[c].id == id {
			return c, nil
		}
	}
	return 0, newParseError(id, 0, fmt.Sprintf("unknown commodity %q", id), ErrUnknownCommodity)
}

// AppendText appends the id of c to b; it fails for values that are not
// constants.
func (c Commodity) AppendText(b []byte) ([]byte, error) {
	if c != 0 && !c.valid() {
		return b, fmt.Errorf("commodity: invalid %s", c)
	}
	return append(b, c.ID()...), nil
}

// MarshalText returns the id of c; the zero Commodity gives empty text.
func (c Commodity) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText sets c from an id as [ParseCommodity] does; empty text
// sets the zero Commodity.
func (c *Commodity) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseCommodity(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// All returns a new slice of the catalogue, in catalogue order, from
// [RareEarths] to [Other].
func All() []Commodity {
	all := make([]Commodity, 0, len(catalogue)-1)
	for c := RareEarths; c.valid(); c++ {
		all = append(all, c)
	}
	return all
}

// Lookup returns the commodity that name names: an id ("iron-ore"), a
// display name, or a synonym. It ignores letter case (except for the few
// acronyms that are common words in lower case: "MAP", "MOP", "SOP", "TSP",
// "CAM"), a plural "s" on any word ("Rare Earths", "rare earth", "soybean",
// "soybeans"), and whether words are separated by spaces or hyphens.
func Lookup(name string) (Commodity, bool) {
	words := strings.Fields(name)
	c, n, ok := match(words, true)
	if !ok || n != len(words) {
		return 0, false
	}
	return c, true
}

// Match finds the longest name or synonym of a commodity at the start of
// words and returns the commodity and how many words it takes. Words are
// compared as [Lookup] compares them; a word that holds hyphens
// ("rare-earth") counts as the words between them, and a match must end
// at the end of a word. Pass words without punctuation. Match is lexical:
// it finds "lead" in "will lead to"; the caller decides from context. It
// does not allocate. The id and name of Other are no names in text
// ("other buyers"): Match does not read them, where [Lookup] does.
func Match(words []string) (c Commodity, n int, ok bool) {
	return match(words, false)
}

// match is Match, reading the keys only Lookup reads when lookup is set.
func match(words []string, lookup bool) (c Commodity, n int, ok bool) {
	if len(words) == 0 {
		return 0, 0, false
	}
	first, _, _ := strings.Cut(words[0], "-")
	var buf [maxKeyWord]byte
	k, fits := normWord(&buf, first)
	if !fits || k == 0 {
		return 0, 0, false
	}
	if w := buf[:k]; indexShape[shapeClass(w, 0)][shapeClass(w, 1)]&(1<<k) == 0 {
		return 0, 0, false
	}
	keys := index[string(buf[:k])]
	if len(keys) == 0 {
		return 0, 0, false
	}
	// The words are put in normal form once, rather than for each key.
	var ps parts
	if !ps.split(words, len(keys[0].words)) { // the keys are longest first
		return matchKeys(keys, words, lookup)
	}
	for _, key := range keys {
		if key.lookupOnly && !lookup {
			continue
		}
		if n, ok := ps.match(key); ok {
			return key.c, n, true
		}
	}
	return 0, 0, false
}

// matchKeys returns the commodity of the first of keys that starts words,
// and how many words it takes.
func matchKeys(keys []key, words []string, lookup bool) (Commodity, int, bool) {
	for _, key := range keys {
		if key.lookupOnly && !lookup {
			continue
		}
		if n, ok := key.matchAt(words); ok {
			return key.c, n, true
		}
	}
	return 0, 0, false
}

// parts holds the first words of a text as Match compares them with the
// words of keys: split at hyphens, singular, and in lower case.
type parts struct {
	p   [maxKeyWords]part
	n   int
	buf [128]byte // the lower-case forms
	end int       // the bytes of buf used
}

// part is one word of parts.
type part struct {
	sing   string // the word, singular
	lo, hi int    // its lower-case form, in parts.buf
	word   int    // the index of the text word it is from
	more   bool   // a hyphen follows it in its text word
}

// split fills ps with the first words of words, up to most of them and
// as many as a key has; false if their lower-case forms do not fit.
func (ps *parts) split(words []string, most int) bool {
	most = min(most, len(ps.p))
	for wi, w := range words {
		rest := w
		for {
			if ps.n == most {
				return true
			}
			sub, r, more := strings.Cut(rest, "-")
			sub = singular(sub)
			if len(sub) > len(ps.buf)-ps.end {
				return false
			}
			p := &ps.p[ps.n]
			p.sing, p.lo, p.word, p.more = sub, ps.end, wi, more
			for i := 0; i < len(sub); i++ {
				ps.buf[ps.end] = lowerASCII(sub[i])
				ps.end++
			}
			p.hi = ps.end
			ps.n++
			if !more {
				break
			}
			rest = r
		}
	}
	return true
}

// match reports whether the words of k start ps, and how many text words
// they take, as k.matchAt does.
func (ps *parts) match(k key) (int, bool) {
	if len(k.words) > ps.n {
		return 0, false
	}
	for i, kw := range k.words {
		p := &ps.p[i]
		if k.exact && p.sing != kw || !k.exact && string(ps.buf[p.lo:p.hi]) != kw {
			return 0, false
		}
	}
	last := &ps.p[len(k.words)-1]
	if last.more {
		return 0, false
	}
	return last.word + 1, true
}
