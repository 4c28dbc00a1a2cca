// Package parse turns the raw text of a news page into an
// [article.Article].
//
//	a, err := parse.Parse(text)
//
// or, configured once and shared:
//
//	p := parse.New(parse.Options{MaxSize: 4 << 20})
//	a, err := p.Parse(text)
//
// # Pipeline
//
// Parse checks the input, normalises a copy of it for matching (NFKC,
// full-width forms, curly quotes, no-break spaces and dashes folded) with
// a map from every normalised byte back to the original, reads the page
// layout (as-of line, headline, standfirst, country line, listing lines,
// datelines, bylines, captions and boilerplate), splits the body into
// paragraphs and sentences, and runs the extractors: listings, entities,
// quantities and relations. Every span in the result indexes the original
// input, on UTF-8 rune boundaries.
//
// # Layouts
//
// The layout step knows newsletter pages (an "as of" line, headline,
// standfirst, a country line and a listing line of tickers each after a
// one-letter icon, followed by index names), wire stories (summary bullets
// and a dateline such as "SEOUL, May 22 (Reuters) -", hard-wrapped lines),
// trade press (section label, byline, date line), web pages with
// navigation lines, press releases (contact blocks are left out) and
// forum posts with cashtags. A date is taken only where the page states
// it: a dateline without a year takes one only from a date stated
// elsewhere on the page or from its copyright notice of a single year
// ("(c) 2027 ..."), never from the clock.
//
// # Listings
//
// Tickers are read in every convention of financial news: dotted suffixes
// (229640.KO, 7203.T, LYC.AX), exchange prefixes with or without brackets
// ((NYSE: MP), NY:MP, (KRX: 005490), several in one bracket), Bloomberg
// codes (005490 KS, 7203 JT), cashtags ($RIO) and a bare ticker in
// brackets after a company name. Each security is listed once, with its
// exchange as an ISO 10383 MIC, the index its listing line names, and the
// company the text ties to it.
//
// # Entities
//
// The entity step reads the companies, people, government bodies and
// countries that the headline, the standfirst and the body name, and the
// people that bylines and photo credits name; boilerplate is left out.
// Each real-world thing becomes one [article.Entity] whose name is the
// fullest name the text uses and whose aliases are all the others: short
// forms ("Lynas" for "Lynas Rare Earths", "Posco Future M" for "POSCO
// Future M", "China Moly" for "China Molybdenum Co"), names defined in
// brackets ("Zhejiang Huayou Cobalt (Huayou)", "Taiwan Cement Corp. (TCC,
// 台泥)"), acronyms ("USS" for "U.S. Steel"), surnames, and "the company"
// or "the Korean firm" where the text makes plain which company it means.
//
// Companies are known by their legal forms ("Co.", "Ltd", "JSC", "L.P.",
// "PT"), the heads of their names ("Minerals", "Securities"), apposition
// ("local refiner Hung Thinh Mineral", "Rio Tinto, an Australian
// producer"), possessives ("Australia's Lynas Rare Earths"), places of
// business ("Texas-based"), tickers, titles ("LS Eco Energy CEO"), verbs
// of firms ("CRU understands") and lists that hold a company. People are
// known by titles written before or after their names, honorifics and
// name shapes (Korean, Chinese, Japanese, Vietnamese and Western); a
// person's roles keep the title as written and the organisation it is
// held at ("Deputy Minister of Industry and Trade" implies the ministry).
// Government bodies are ministries, departments, agencies, regulators and
// central banks. Countries come from names, short forms, demonyms and
// capitals that stand for governments ("as Seoul pursues"), through
// golang.org/x/text region names; not from inside company names
// ("Samsung Vietnam"). Months, weekdays, index names, laws, materials and
// news agencies cited as sources are not entities.
//
// A [Directory] of known companies (a user's security master, loaded
// from CSV with [LoadDirectory]) wins over this reading: its names are
// companies wherever the text writes them, the names of one entry are one
// entity, and a listing belongs to the entry that holds it.
//
// # Quantities
//
// The quantity step reads every mass of material in the headline, the
// standfirst, the summary bullets and the body sentences, exactly, as
// decimals: digits, scale words and written numbers ("3.5 million", "1.2bn",
// "half a million", "650kt", "5-million-tonne-per-year"), every unit of
// mass the trade writes (t, tonnes, metric and short tons, kt, Mt, mmt,
// lb, oz and troy ounces, dwt), rates ("a year", "per annum", "tpa",
// "Mtpa", "t/yr", "per day"), bounds ("up to", "more than", "about", "~")
// and ranges ("3,000 to 6,000 tons", "3.5mn-5mn t/yr"). Prices and grades
// ("$500 a ton", "5 g/t gold"), money in pounds, classes of vehicle or
// machine ("a 5-ton truck"), knots of wind and letters that only look like
// units ("James T. Kirk") are left out, as is a bracket that restates an
// amount in other units. A small bare number in lower-case "mt" ("22.7 mt
// of iron ore", "1.1-1.2 mt") is read as million tonnes, as Indian
// business press and some trade press write it, though the word alone is
// the metric tonne; in capitals ("5 MT") it is left unread rather than
// read wrong.
//
// Each [article.Quantity] is tied to its commodity (from "of rare earth
// materials", "37ktpy nickel", the words before it, or earlier sentences),
// with the words that name it as its form; to its measure (reserves,
// production, capacity, exports, imports, supply, demand, sales,
// shipments, inventory); to a rate stated apart from the figure ("an
// annual capacity of 43,000 tons"); to the period it refers to ("in
// 2024", "by 2030"); and to the entities its sentence names as its holder
// ("Japan's imports") and its source ("according to U.S. Geological
// Survey data", "Argus said"). Ounces of gold, silver and the platinum
// group are troy ounces.
//
// Tables of tonnages in reports are read too: a row whose label names a
// material, a measure and a unit, in brackets or in a column of its own
// ("Zircon produced (t)   15,310   13,980   10%", "Ore sold   wmt
// 1,392,760"), gives one quantity per figure, its period the head of its
// column ("Mar 2026 Qtr"). Rows of prices, money, volumes and percentages
// give none.
//
// # Relations
//
// Relations are read between the entities found, one sentence at a time,
// from the words that stand between their mentions: "X, previously known
// as Y" (former_name), "X, a unit of Y" and "Y's battery unit X"
// (subsidiary_of), "X owns 53% of Y" and owners listed with their shares
// (stake_in, with the percent), "X agreed to buy Y" (acquisition), "a
// joint venture between X and Y" (joint_venture, for each pair of
// partners), "X signed an offtake agreement with Y" (agreement, with its
// type and the quantity it concerns), "X supplies Y" and "to deliver ... to
// Y" (supplier_of), "X met with Y on Thursday" (meeting, with the date
// resolved against the page's date or [Options.Reference]), and a person's
// title at a company or a government body (executive_of, official_of). "It"
// and "the company" stand for the organisation of the nearest sentence
// before that names one. A denial or negation ("denied it would acquire")
// gives no relation, no relation is inferred from world knowledge, and no
// entity is related to itself. Each relation's span is the sentence that
// states it.
//
// # Limits and odd input
//
// Parse rejects, with an *InputError whose Err is one of the sentinels:
// empty or blank input ([ErrEmpty]), invalid UTF-8 ([ErrInvalidUTF8], with
// the offset of the first bad byte), a NUL byte ([ErrNUL]), and input over
// the size limit ([ErrTooLarge]; [DefaultMaxSize] unless
// [Options.MaxSize] says otherwise). Any other text is accepted; the work
// done is linear in its length, whatever its shape (one long line, long
// runs of digits, capitals or dots). Parse does not panic: should the
// parser fail on an accepted text, a bug that fuzzing looks for, it
// returns an *InternalError matching [ErrInternal], and the next parse is
// unaffected.
//
// # Concurrency
//
// A [Parser] holds only its configuration and is safe for concurrent use
// by many goroutines. No parse sees another's data: the only state the
// package keeps between parses is scratch memory in [sync.Pool]s (as fmt
// and encoding/json do), emptied before it is reused. A [Directory] is
// never modified after it is built and may be shared.
package parse
