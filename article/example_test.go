package article_test

import (
	"encoding/json"
	"fmt"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/entity"
)

// The JSON form of an Article is the wire format v1.
func ExampleArticle_MarshalJSON() {
	a := article.Article{
		Headline: "Hanbit Cable Seeks Backing",
		Listings: []article.Listing{{
			Listing: entity.MustParseListing("229640.KO"),
			Text:    "229640.KO",
			Span:    article.Span{Start: 40, End: 49},
		}},
	}
	b, _ := json.Marshal(a)
	fmt.Println(string(b))
	// Output:
	// {"schema":"newsfacts/v1","headline":"Hanbit Cable Seeks Backing","listings":[{"symbol":"229640","exchange":"XKRX","text":"229640.KO","span":[40,49]}]}
}

func ExampleSpan_Text() {
	text := "Posco Holdings (005490 KS) rose."
	s := article.Span{Start: 16, End: 25}
	fmt.Println(s.Text(text), s)
	// Output: 005490 KS [16, 25]
}
