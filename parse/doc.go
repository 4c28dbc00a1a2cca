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
// elsewhere on the page, never from the clock.
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
// # Limits and odd input
//
// Parse rejects, with an *InputError whose Err is one of the sentinels:
// empty or blank input ([ErrEmpty]), invalid UTF-8 ([ErrInvalidUTF8], with
// the offset of the first bad byte), a NUL byte ([ErrNUL]), and input over
// the size limit ([ErrTooLarge]; [DefaultMaxSize] unless
// [Options.MaxSize] says otherwise). Any other text is accepted; the work
// done is linear in its length, whatever its shape (one long line, long
// runs of digits, capitals or dots).
//
// # Concurrency
//
// A [Parser] holds only its configuration and is safe for concurrent use
// by many goroutines; there is no package-level mutable state.
package parse
