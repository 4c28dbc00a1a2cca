// Package entity holds the values that name things in market news: the
// [Kind] of an entity, the [RelationKind] of a relation between two
// entities, stock exchanges ([Exchange]) keyed by ISO 10383 MIC, listings
// of securities on them ([Listing]), and countries ([Country]) built on
// golang.org/x/text/language regions.
//
// The package knows nothing of positions in a text; package article keeps
// where each value was found. Every type is a small immutable value that
// is comparable with == and can be a map key, and its zero value means
// "unknown" or "not stated" and prints as "". Text forms round-trip:
// String (or MarshalText) gives text that the matching Parse function (or
// UnmarshalText) reads back to an equal value, with the zero value
// encoded as empty text. Nothing in the package can be modified after
// initialisation, so all of it is safe for concurrent use.
//
// # Listings
//
// [ParseListing] reads one listing literal in the conventions that news
// uses, and normalises it to a symbol, a MIC and a country:
//
//	229640.KO          XKRX:229640   JAKOTA suffix (also .KS, .KQ, .TSE, .TW)
//	7203.T  130A.T     XTKS:7203     RIC and Yahoo suffixes (.T .TW .TWO .HK .SS .SZ .AX .N .O .L .DE ...)
//	700.HK             XHKG:0700     Hong Kong codes are padded to 4 digits
//	(NYSE: MP)         XNYS:MP       exchange prefix and colon, in parentheses or not
//	TYO:7203           XTKS:7203     Google Finance prefixes (TYO, LON, EPA, ETR, SHA, SHE, TPE)
//	005490 KS Equity   XKRX:005490   Bloomberg exchange code, " Equity" optional
//	SH600519           XSHG:600519   Chinese domestic form (also SZ, BJ)
//	A005930            XKRX:005930   Korean broker form
//	MP US              MP US         Bloomberg composite: country, no exchange
//	$RIO               $RIO          cashtag: symbol only
//
// The right-hand column is what [Listing.String] gives back. Each code
// must have the shape its exchange uses, which is how ParseListing tells
// "3.5 KS", "2024 US" or "BRK.B" (a share class) from a listing:
//
//	Korea (XKRX, XKOS, XKON)   6 characters, [0-9]{4}[0-9A-HJ-NP-TV-Z][0-9]; a leading A is dropped
//	Japan (XTKS ...)           4 characters, [1-9][0-9ACDFGHJKLMNPRSTUWXY][0-9][0-9ACDFGHJKLMNPRSTUWXY]
//	Taiwan (XTAI, ROCO)        4 digits, up to 6 characters (00878, 2881A)
//	Hong Kong (XHKG)           1 to 5 digits, written padded to 4 (0700)
//	China (XSHG, XSHE, BJSE)   6 digits
//	Vietnam (XSTC, HSTC, XHNX) 3 letters
//	Australia (XASX)           3 to 6 letters or digits
//	United States              1 to 5 letters, with an optional class (BRK.B; BRK/B and BRK-B are read as BRK.B)
//	London (XLON, AIMX)        2 to 4 letters or digits (a trailing dot, as in "BP.", is dropped)
//	Canada (XTSE, XTSX, XCNQ)  1 to 12 letters or digits with inner . - &, at least one letter
//	Nasdaq Nordic (XSTO, XCSE, XHEL) as elsewhere, with an optional class after a space (NOVO B)
//	elsewhere                  2 to 12 letters or digits with inner . - &
//
// [Exchange.Suffixes], [Exchange.Prefixes] and [Exchange.BloombergCodes]
// list the codes of each exchange. Codes that name a country's market
// but not one exchange give a listing with a country and no MIC:
// Bloomberg US (United States), CH (China), VN (Vietnam), TT (Taiwan), GR
// (Germany), CN (Canada) and IN (India); Yahoo's .VN; and the OTC
// prefixes (OTC, OTCQX, OTCQB, OTCPK, OTC Pink, OTC Markets, PINK). For
// China the code decides: 6xxxxx is Shanghai (XSHG), 0xxxxx and 3xxxxx
// Shenzhen (XSHE); for India a symbol with a letter is the National Stock
// Exchange's (XNSE), as BSE lists by number. Bloomberg's JP, AU and SW are read as Tokyo, ASX and
// SIX, where nearly every listing of those countries trades. JAKOTA's .KO
// gives XKRX, the operating MIC of the Korea Exchange, as the suffix does
// not tell KOSPI from KOSDAQ. The prefix TSE is Tokyo for a Japanese code
// and Toronto for a code of letters.
//
// ParseListing is meant to be called by a text scanner on many
// candidates: it uses no regular expressions, allocates only the symbol it
// returns, and gives up at once on text longer than 64 bytes.
//
// # Errors
//
// Parse functions return errors that wrap a sentinel, so that callers use
// [errors.Is] and [errors.As]. A [*ListingError] carries the input and the
// byte offset of the part that is wrong:
//
//	entity: parsing "7203.XX": unknown exchange suffix "XX" at offset 5
//
// and unwraps to [ErrSyntax] (not the shape of a listing), to
// [ErrUnknownExchange] (well-formed, but the exchange code is not known),
// or to [ErrCodeShape] (a known exchange, but the code does not fit it).
// [ParseKind], [ParseRelationKind] and [ParseCountry] return a
// [*ValueError] that unwraps to [ErrUnknownValue].
//
// # Countries
//
// A [Country] prints as its ISO 3166-1 alpha-2 code and is named in
// English ([Country.Name]) with the names of golang.org/x/text/language/display,
// except where news writes another ("Hong Kong", "Ivory Coast"). [ParseCountry] reads codes and names;
// [LookupCountry] recognises the words running text uses for a country
// (names and short forms, demonyms, capitals standing for governments)
// and says which of the three it saw.
package entity
