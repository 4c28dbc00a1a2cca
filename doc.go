// Package newsfacts turns raw market news into typed, auditable facts.
//
// Give it the text of a news page (a newsletter page, a wire story, a
// trade-press piece) and it returns an [article.Article]: the page's
// as-of date, headline, standfirst and market; its body paragraphs with
// the boilerplate left out; the listed companies it names, each with its
// exchange (an ISO 10383 MIC) and index; the tonnages it states, read
// exactly as decimals; the companies, people, government bodies and
// countries it names; and the ties between them. Every fact carries the
// byte span of the original text it came from, so a person can check it.
//
//	a, err := parse.Parse(text)
//	if err != nil {
//		// an *parse.InputError: empty input, invalid UTF-8, NUL, too large
//	}
//	for _, l := range a.Listings {
//		fmt.Println(l.Symbol(), l.MIC(), text[l.Span.Start:l.Span.End])
//	}
//
// The packages:
//
//   - [github.com/newsfacts/newsfacts/parse]: raw text to Article; a
//     Parser is configured once and safe for concurrent use.
//   - [github.com/newsfacts/newsfacts/article]: the located document and
//     its JSON form, the wire format v1 that other languages read.
//   - [github.com/newsfacts/newsfacts/entity]: values that name things:
//     listings and exchanges, countries, entity and relation kinds.
//   - [github.com/newsfacts/newsfacts/commodity]: values that measure
//     things: exact tonnages and units, bounds, rates, measures, and the
//     commodity catalogue.
//
// The program examples/newsjson prints an article as JSON:
//
//	go run ./examples/newsjson page.txt
package newsfacts
