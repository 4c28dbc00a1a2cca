// Package commodity holds the values that market news states about
// commodities: exact masses ([Tonnage], a decimal in a [Unit]), how a figure
// bounds the truth ([Bound]), the period of a rate ([Period]), what a
// figure measures ([Measure]), and the catalogue of commodity families
// ([Commodity]) with the words trade press uses for them. It knows nothing
// of text positions: package parse finds these values in articles, and
// package article places them.
//
// [Unit], [Tonnage], [Bound], [Period], [Measure] and [Commodity] are small
// immutable values, safe for concurrent use, each with a documented zero
// value, a String that gives its canonical text, a Parse function that
// reads that text back, and MarshalText/UnmarshalText with the zero value
// as empty text, so they work as JSON strings and map keys. All but Tonnage
// are comparable with ==; compare Tonnages with [Tonnage.Equal].
// Package-level tables are fixed at initialisation; nothing a caller does
// changes them.
//
// # Tonnages
//
// [ParseTonnage] reads one mass literal as news writes it and keeps its
// value exactly, never as a float:
//
//	t, err := commodity.ParseTonnage("3.5 million metric tons")
//	// t.String() == "3500000 t", t.Tonnes() is exactly 3500000
//
// Units are read by [MatchUnitWord], which also knows scaled words such as
// "kt", "Mt", "Gt", "mmt", "Moz" and rates such as "tpa" and "Mtpa". A
// Tonnage keeps the base unit and folds the scale into the value: "650kt"
// is 650000 t. A bare "ton" is kept as [Ton], distinct from the metric
// [Tonne], and counted as a metric tonne by [Tonnage.Tonnes].
//
// [ParseRate] reads a rate of mass, a Tonnage per [Period]: "6 Mtpa", "5
// million tonnes a year", "3,000 tonnes/yr". [MatchRate] reads the rate
// words alone ("per annum", "annually", "a day") for a text scanner.
//
// Tonnages in different units never combine silently: [Tonnage.Add] and
// [Tonnage.Cmp] return a [*MismatchError]; convert first with
// [Tonnage.InTonnes] or [Tonnage.ConvertTo]. The zero Tonnage is the
// identity of Add, so a sum can start from an empty variable.
//
// # Numbers
//
// The numbers ParseTonnage reads, and package parse finds in text, are:
//
//   - digits: a run of digits, or one to three digits followed by groups
//     of exactly three led by commas ("3,500,000"), then optionally a point
//     and more digits ("3.5", "1,000.25"). "1,00" and "1.5.3" are
//     malformed.
//   - a proper fraction with a finite decimal value, of plain runs of at
//     most six digits: "3/4" is 0.75, "2/1000" is 0.002; "1/3" and
//     "2024/25" are not numbers.
//   - digits with a scale: "thousand", "lakh" (10^5), "million", "crore"
//     (10^7), "billion", "trillion", "mn", "mln", "bn", "bln", in any case, glued to the digits, after a
//     space or after one hyphen ("1.2bn", "1.2 bn", "12-million"); "m" and
//     "k" only when glued ("3.5m", "650k"). The scale must end the word: in
//     "650kt" the "k" belongs to the unit.
//   - words, in any case, separated by spaces or one hyphen: zero to
//     nineteen, twenty to ninety ("twenty-five"), hundred ("a hundred and
//     fifty", "twenty-five hundred"), thousand, lakh, million, crore,
//     billion and trillion in decreasing order ("two million five hundred thousand"),
//     "a" before a scale ("a million"), a fraction of a scale ("half a
//     million", "a quarter of a million", "three-quarters of a million"),
//     and a half or quarters after "and" ("one and a half thousand" is
//     1500, "two and a half million" 2500000). A lone fraction ("half a
//     ton") is not a number.
//
// Spaces are ASCII white space, no-break spaces (U+00A0, U+202F) and the
// thin space (U+2009).
//
// # Troy ounces
//
// "oz" and "ounces" alone are avoirdupois ounces ([Ounce]); "troy ounces",
// "ozt", "koz" and "Moz" are [TroyOunce]. Precious metals are weighed in
// troy ounces even when a text writes only "ounces"; a caller that knows
// the commodity ([Commodity.IsPreciousMetal]) should read such ounces as
// troy, as package parse does.
//
// # The catalogue
//
// The catalogue ids are families: rare-earths, lithium, nickel, cobalt,
// copper, aluminium, zinc, lead, tin, iron-ore, steel, coal, graphite,
// manganese, uranium, gold, silver, platinum-group, lng, oil, chemicals,
// wheat, corn, soybeans, rice, sugar, fertilizer, cement, and other (a
// known material outside the list). [Lookup] finds a commodity by id, name
// or synonym, ignoring case and plurals; [Match] finds the longest synonym
// at the start of a sequence of words, for a text scanner.
//
// Some forms could belong to more than one family; the catalogue decides:
// battery cathode materials (cathode active materials, pCAM, NCM, LFP)
// are chemicals, while a metal's own compounds stay with the metal
// (lithium hydroxide, nickel sulphate, cobalt hydroxide); copper cathode is
// copper, and a bare "cathode" is not in the catalogue; pig iron, DRI, HBI
// and ferrous scrap are steel, and so are "scrap", "billet", "slab",
// "plate" and "coil" alone, while a metal named with them makes them that metal's ("scrap
// copper", "slab zinc") and "magnet scrap" and "electronic scrap" are
// rare earths and other; ammonia and phosphoric acid are fertilizer;
// natural gas is lng; LPG, naphtha and petroleum coke are oil; alumina and
// bauxite are aluminium; "ore" and "pellets" alone are iron ore, and
// "matte" alone is nickel.
//
// # Errors
//
// Parse functions return a [*ParseError] with the input, the byte offset
// of the offending part and a message naming it. It wraps [ErrSyntax] for
// ill-formed text, [ErrUnknownUnit] for a well-formed number followed by
// an unknown unit, and [ErrUnknownCommodity] for an unknown id:
//
//	commodity: parsing "3.5 zorks": unknown unit "zorks" at offset 4
//
// # Limits
//
// Parse functions never panic, and take time linear in their input.
// A number has at most 100 digits, as written and as printed in its unit;
// longer numbers are rejected.
package commodity
