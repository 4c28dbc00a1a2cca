package article_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/commodity"
	"github.com/newsfacts/newsfacts/entity"
)

func sample() article.Article {
	return article.Article{
		Source:   "pages/seed.txt",
		AsOf:     article.Date{Year: 2025, Month: time.May, Day: 23},
		Headline: "Hanbit Seeks Backing",
		Summary:  "A cable maker asks for support",
		Country:  entity.MustParseCountry("KR"),
		Listings: []article.Listing{{
			Listing: entity.MustParseListing("229640.KO"), Text: "229640.KO",
			Index: "Mid and Small Cap 2000", Entity: "e1", Span: article.Span{Start: 412, End: 421},
		}},
		Paragraphs: []article.Span{{Start: 530, End: 960}, {Start: 962, End: 1300}},
		Entities: []article.Entity{
			{ID: "e1", Kind: entity.KindCompany, Name: "Hanbit Cable", Aliases: []string{"Hanbit Cable Asia"},
				Country: entity.MustParseCountry("KR"), Mentions: []article.Span{{Start: 10, End: 22}}},
			{ID: "e2", Kind: entity.KindPerson, Name: "Koo Min-jae",
				Roles: []article.Role{{Title: "CEO", Org: "e1"}}, Mentions: []article.Span{{Start: 600, End: 611}}},
			{ID: "e3", Kind: entity.KindCountry, Name: "Vietnam", Code: entity.MustParseCountry("VN"),
				Mentions: []article.Span{{Start: 40, End: 47}}},
		},
		Quantities: []article.Quantity{
			{Text: "3.5 million metric tons", Span: article.Span{Start: 1500, End: 1523},
				Amount: commodity.MustParseTonnage("3.5 million metric tons"), Commodity: "rare-earths",
				Measure: commodity.Reserves, Holder: "e3", Period: "2024"},
			{Text: "3,000 to 6,000 tons a year", Span: article.Span{Start: 1600, End: 1626},
				Amount: commodity.NewTonnage(decimal.NewFromInt(3000), commodity.Ton),
				Max:    commodity.NewTonnage(decimal.NewFromInt(6000), commodity.Ton),
				Bound:  commodity.Range, Per: commodity.Year, Commodity: "rare-earths", Form: "rare earth materials",
				Measure: commodity.Supply},
		},
		Relations: []article.Relation{
			{Kind: entity.ExecutiveOf, Subject: "e2", Object: "e1", Title: "CEO", Span: article.Span{Start: 590, End: 640}},
			{Kind: entity.StakeIn, Subject: "e1", Object: "e3", Percent: decimal.RequireFromString("12.5"), HasPercent: true,
				Span: article.Span{Start: 700, End: 760}},
			{Kind: entity.Agreement, Subject: "e1", Object: "e2", Type: "supply", Quantity: 0, HasQuantity: true,
				Date: article.Date{Year: 2025, Month: time.May, Day: 22}, Span: article.Span{Start: 800, End: 900}},
		},
	}
}

var cmpOpts = cmp.Options{
	cmpopts.EquateComparable(entity.Listing{}, entity.Country{}),
}

func TestJSONRoundTrip(t *testing.T) {
	a := sample()
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var back article.Article
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, back, cmpOpts); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestJSONWire(t *testing.T) {
	b, err := json.Marshal(sample())
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	for _, want := range []string{
		`{"schema":"newsfacts/v1","source":"pages/seed.txt","as_of":"2025-05-23",`,
		`"country":"KR","listings":[{"symbol":"229640","exchange":"XKRX","text":"229640.KO","index":"Mid and Small Cap 2000","entity":"e1","span":[412,421]}]`,
		`"paragraphs":[[530,960],[962,1300]]`,
		`{"id":"e3","kind":"country","name":"Vietnam","code":"VN","mentions":[[40,47]]}`,
		`"roles":[{"title":"CEO","org":"e1"}]`,
		`{"text":"3.5 million metric tons","span":[1500,1523],"value":"3500000","unit":"t","tonnes":"3500000","bound":"exact","commodity":"rare-earths","measure":"reserves","holder":"e3","period":"2024"}`,
		`"value":"3000","unit":"ton","tonnes":"3000","max":"6000","max_tonnes":"6000","bound":"range","per":"year","commodity":"rare-earths","form":"rare earth materials","measure":"supply"`,
		`{"kind":"stake_in","subject":"e1","object":"e3","percent":"12.5","span":[700,760]}`,
		`"type":"supply","date":"2025-05-22","quantity":0,`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("JSON lacks\n %s\nin\n %s", want, got)
		}
	}
	if strings.Contains(got, "null") {
		t.Errorf("JSON holds null: %s", got)
	}
}

func TestZeroArticleJSON(t *testing.T) {
	b, err := json.Marshal(article.Article{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"schema":"newsfacts/v1"}`; got != want {
		t.Errorf("zero article = %s, want %s", got, want)
	}
}

func TestUnmarshalErrors(t *testing.T) {
	for _, in := range []string{
		`{"schema":"newsfacts/v2"}`,
		`{"paragraphs":[[5,2]]}`,
		`{"paragraphs":[[1,2,3]]}`,
		`{"as_of":"2025-13-01"}`,
		`{"listings":[{"symbol":"12345678","exchange":"XKRX","span":[0,1]}]}`,
		`{"quantities":[{"value":"lots","unit":"t","span":[0,1]}]}`,
		`{"quantities":[{"value":"1","unit":"furlong","span":[0,1]}]}`,
		`{"relations":[{"kind":"friend_of","span":[0,1]}]}`,
		`{"relations":[{"kind":"stake_in","percent":"half","span":[0,1]}]}`,
		`{"entities":[{"id":"e1","kind":"company","country":"Narnia"}]}`,
	} {
		var a article.Article
		if err := json.Unmarshal([]byte(in), &a); err == nil {
			t.Errorf("Unmarshal(%s) gave no error", in)
		}
	}
}

func TestDate(t *testing.T) {
	d, err := article.ParseDate("2024-02-29")
	if err != nil || d.String() != "2024-02-29" || !d.IsValid() {
		t.Errorf("ParseDate = %v, %v", d, err)
	}
	if _, err := article.ParseDate("2023-02-29"); err == nil {
		t.Error("2023-02-29 accepted")
	}
	if (article.Date{}).String() != "" || !(article.Date{}).IsZero() {
		t.Error("zero Date")
	}
}

func TestSpan(t *testing.T) {
	s := article.Span{Start: 2, End: 5}
	if s.Text("abcdefg") != "cde" || s.Len() != 3 || s.Text("ab") != "" {
		t.Errorf("Span.Text")
	}
	if !s.Contains(article.Span{Start: 3, End: 5}) || s.Contains(article.Span{Start: 1, End: 3}) {
		t.Errorf("Span.Contains")
	}
}
