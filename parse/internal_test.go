package parse

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/entity"
)

func TestDateAt(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // YYYY-MM-DD, or 0000-MM-DD without a year, or "" for none
		n    int
	}{
		{"May 23, 2025", "2025-05-23", 12},
		{"Aug 01, 2025 extra", "2025-08-01", 12},
		{"Aug. 1, 2025", "2025-08-01", 12},
		{"November 25 2025", "2025-11-25", 16},
		{"31 July 2025", "2025-07-31", 12},
		{"2022-05-19 MoU", "2022-05-19", 10},
		{"2025.11.24 09:12", "2025-11-24", 10},
		{"2025.11-24", "", 0},
		{"29.10.2026 09:00 ALMT", "2026-10-29", 10},
		{"29.10.2026.5", "", 0},
		{"31.02.2026", "", 0},
		{"2025/12/05 17:45", "2025-12-05", 10},
		{"09-Jun-2025 07:31:45", "2025-06-09", 11},
		{"09-Jun 07:31", "", 0},
		{"31-Feb-2025", "", 0},
		{"July 31 (Reuters)", "0000-07-31", 7},
		{"22nd May", "0000-05-22", 8},
		{"May 32, 2025", "", 0},
		{"February 29, 2023", "", 0},
		{"February 29", "0000-02-29", 11},
		{"Mayday", "", 0},
		{"2025-13-01", "", 0},
		{"12345", "", 0},
		{"", "", 0},
	} {
		d, n := dateAt(tc.in)
		got := ""
		if n > 0 {
			got = article.Date{Year: 1, Month: d.Month, Day: d.Day}.String()
			got = pad4(d.Year) + got[4:]
		}
		if got != tc.want || n != tc.n {
			t.Errorf("dateAt(%q) = %q, %d; want %q, %d", tc.in, got, n, tc.want, tc.n)
		}
	}
}

func pad4(y int) string {
	b := []byte("0000")
	for i := 3; i >= 0 && y > 0; i-- {
		b[i] = byte('0' + y%10)
		y /= 10
	}
	return string(b)
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Posco rose. The stock gained 3.5% on Friday.",
			[]string{"Posco rose.", "The stock gained 3.5% on Friday."}},
		{"It cut the holder's interest to 61.5%. Tana Aluminium Co imports alumina. Minister Eng. Khalid Al-Mudaifer said so.",
			[]string{"It cut the holder's interest to 61.5%.", "Tana Aluminium Co imports alumina.", "Minister Eng. Khalid Al-Mudaifer said so."}},
		{"It ships to U.S. defense firms. Prices fell.",
			[]string{"It ships to U.S. defense firms.", "Prices fell."}},
		{"Exports to the U.S. The company said so.",
			[]string{"Exports to the U.S.", "The company said so."}},
		{"Osaka Gas Co. and Chubu Electric Power Co. signed. Talks ended.",
			[]string{"Osaka Gas Co. and Chubu Electric Power Co. signed.", "Talks ended."}},
		{"The deal was signed with Sohar Aluminium L.L.C. Emirates Global Aluminium PJSC also signed.",
			[]string{"The deal was signed with Sohar Aluminium L.L.C.", "Emirates Global Aluminium PJSC also signed."}},
		{"Aluminium Bahrain B.S.C. President X said so.",
			[]string{"Aluminium Bahrain B.S.C. President X said so."}},
		{"Shares of Samsung SDI Co. The maker rose.",
			[]string{"Shares of Samsung SDI Co.", "The maker rose."}},
		{"James T. Kirk met No. 1 buyers on Jan. 5 in the U.K. capital.",
			[]string{"James T. Kirk met No. 1 buyers on Jan. 5 in the U.K. capital."}},
		{"The 229640.KO stock fell. LYC.AX rose!  \"Good,\" he said. (It was.) Next",
			[]string{"The 229640.KO stock fell.", "LYC.AX rose!", "\"Good,\" he said.", "(It was.)", "Next"}},
		{"Output hit 4.4 mtpa. 2025 will be better.",
			[]string{"Output hit 4.4 mtpa.", "2025 will be better."}},
		{"Freeport LNG Development L.P. under contract. Done.",
			[]string{"Freeport LNG Development L.P. under contract.", "Done."}},
		{"It bought Gawler Metals Ltd. Rival Hubei Tianlu said no.",
			[]string{"It bought Gawler Metals Ltd.", "Rival Hubei Tianlu said no."}},
		{"It signed with Tsukiyo Shoji Corp. Tsukiyo Shoji said so.",
			[]string{"It signed with Tsukiyo Shoji Corp.", "Tsukiyo Shoji said so."}},
		{"Toyota Motor Corp. President Koji Sato said so.",
			[]string{"Toyota Motor Corp. President Koji Sato said so."}},
		{"It bought a stake in Nala Magnetite Ltd. After the deal, it sold.",
			[]string{"It bought a stake in Nala Magnetite Ltd.", "After the deal, it sold."}},
		{"It bought Khandel Industries Ltd. Aluminium fell.",
			[]string{"It bought Khandel Industries Ltd.", "Aluminium fell."}},
		{"Samsung C&T Corp. Chairman Lee said so.",
			[]string{"Samsung C&T Corp. Chairman Lee said so."}},
		{"a venture with Kaiyuan Stainless Co., Ltd (600917.SS). Mulia owns 51%.",
			[]string{"a venture with Kaiyuan Stainless Co., Ltd (600917.SS).", "Mulia owns 51%."}},
		{"no end", []string{"no end"}},
	} {
		var got []string
		for _, r := range appendSentences(nil, tc.in, 0, len(tc.in)) {
			got = append(got, tc.in[r.a:r.b])
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("sentences of %q (-want +got):\n%s", tc.in, diff)
		}
	}
}

// TestItemHeadings checks that the short line heading a paragraph, with
// no blank line under it, is a sentence of its own, and that a paragraph
// wrapped at a width is not cut at its first line's end.
func TestItemHeadings(t *testing.T) {
	body := "Tokyo magnet maker Hanra Magnetics signed a memorandum of understanding with Kora Rare Earths on Friday."
	for _, tc := range []struct {
		name, para string
		want       []string
	}{
		{"numbered heading", "3. Rare earths: an MOU, not yet a contract\n" + body,
			[]string{"Rare earths: an MOU, not yet a contract", body}},
		{"heading in title case", "Hanra Takes Kora Oxide\n" + body,
			[]string{"Hanra Takes Kora Oxide", body}},
		{"a paragraph wrapped at a width", "Tokyo magnet maker Hanra Magnetics signed a memorandum of\nunderstanding with Kora Rare Earths on Friday. It is non-binding.",
			[]string{"Tokyo magnet maker Hanra Magnetics signed a memorandum of\nunderstanding with Kora Rare Earths on Friday.", "It is non-binding."}},
		{"a short first line that ends on a joining word", "Hanra Magnetics said on Friday that\nit signed a memorandum of understanding with Kora Rare Earths, a developer.",
			[]string{"Hanra Magnetics said on Friday that\nit signed a memorandum of understanding with Kora Rare Earths, a developer."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "Weekly metals digest\n\nTOKYO, May 3, 2025\n\nFive deals stood out this week, as buyers kept shopping for metals.\n\n" + tc.para + "\n"
			d := newDoc(text)
			d.layout(&article.Article{})
			var got []string
			for _, r := range d.sents {
				if r.a >= strings.Index(d.v.s, tc.para[:5]) {
					got = append(got, strings.ReplaceAll(d.v.s[r.a:r.b], "\n", " "))
				}
			}
			want := make([]string, len(tc.want))
			for i, w := range tc.want {
				want[i] = strings.ReplaceAll(w, "\n", " ")
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
		})
	}
}

func TestView(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"plain ASCII", "plain ASCII"},
		{"２２９６４０．ＫＯ", "229640.KO"},
		{"\u201cquoted\u201d it\u2019s", "\"quoted\" it's"},
		{"3\u00a0500\u2009t \u2013 5\u2014", "3 500 t - 5-"},
		{"a\r\nb\rc\td", "a \nb\nc   d"}, // a tab parts columns
		{"zero\u200bwidth\ufeff", "zerowidth"},
		{"caf\u00e9 \u2026", "caf\u00e9 ..."},
		{"台泥 (TCC)", "台泥 (TCC)"},
		{"\u200bx\u2026y\u200b", "x...y"},
		{"\ufeff\u00a0", " "},
	} {
		v := newView(tc.in)
		if v.s != tc.want {
			t.Errorf("newView(%q).s = %q, want %q", tc.in, v.s, tc.want)
		}
		// Every view range maps back onto rune boundaries of the input,
		// and the whole view maps onto the whole input.
		for a := 0; a <= len(v.s); a++ {
			for b := a; b <= len(v.s); b++ {
				s, e := v.span(a, b)
				if s < 0 || e < s || e > len(tc.in) {
					t.Fatalf("%q: span(%d,%d) = %d,%d out of bounds", tc.in, a, b, s, e)
				}
				if s < len(tc.in) && !utf8.RuneStart(tc.in[s]) || e < len(tc.in) && !utf8.RuneStart(tc.in[e]) {
					t.Fatalf("%q: span(%d,%d) = %d,%d not on rune boundaries", tc.in, a, b, s, e)
				}
			}
		}
		// Original rune starts map to the view and back.
		for o := range tc.in {
			if w := v.viewOf(o); w < len(v.s) && v.orig(w) < o {
				t.Errorf("%q: orig(viewOf(%d)) = %d", tc.in, o, v.orig(w))
			}
		}
		// Runes dropped at the edges (zero-width marks) fall outside.
		dropped := strings.ContainsAny(tc.in, "\u200b\ufeff")
		if s, e := v.span(0, len(v.s)); len(v.s) > 0 && !dropped && (s != 0 || e != len(tc.in)) {
			t.Errorf("%q: whole view maps to %d,%d", tc.in, s, e)
		}
	}
	v := newView("Ｐｏｓｃｏ ２２９６４０．ＫＯ")
	if got := v.origText(6, 15); got != "２２９６４０．ＫＯ" {
		t.Errorf("origText = %q", got)
	}
}

func TestDateLine(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		nav  bool
	}{
		{"July 15, 2025", "2025-07-15", false},
		{"31 July 2025", "2025-07-31", false},
		{"Today : Aug 01, 2025", "2025-08-01", true},
		{"Published: Thursday, June 5, 2025 10:32 AM", "2025-06-05", false},
		{" date 2025-03-02 Talks open on a supply deal that would run for seven years from the first shipment", "2025-03-02", false},
		{"Week ending Friday, 27 February 2026", "2026-02-27", false},
		{"Translated from the Japanese edition. Published July 8, 2026.", "2026-07-08", false},
		{"Original publication date: 10 September 2027", "2027-09-10", false},
		{"COMMODITIES  FEBRUARY 3, 2027 / 11:42 AM / UPDATED 2 HOURS AGO", "2027-02-03", false},
		{"Markets / Metals / 2027 outlook", "", false},
		{"Translated from the Japanese edition. We spoke on July 8, 2026.", "", false},
		{"Published: 14 October 2025 | Report no. NOM-2025-10 | Prepared by the metals desk of the bank", "2025-10-14", false},
		{"Issue 37/2025  \u00b7  Week ending 13 September 2025", "2025-09-13", false},
		{"December 12, 2027 (Sunday) 07:30 JST | Translated by the English Digest desk", "2027-12-12", false},
		{"December 12, 2027 (Holiday) 07:30 JST | Translated by the English Digest desk", "", false},
		{"Chengdu, 20 January 2026", "2026-01-20", false},
		{"Released: 29.10.2026 09:00 ALMT", "2026-10-29", false},
		{"Kuala Lumpur, 3 March 2026", "2026-03-03", false},
		{"April 14, 2026 at 3:12 PM GMT+9", "2026-04-14", false},
		{"2026-05-18 16:40   Source: Metals Daily   By Zhou Yiran", "2026-05-18", false},
		{"ASX Announcement | 30 April 2026", "2026-04-30", false},
		{"Your daily digest  |  Wednesday, 22 October 2025", "2025-10-22", false},
		{"05:48 AM July 14, 2025", "2025-07-14", false},
		{"05:48 AM July 14, 2025 by the desk", "", false},
		{"Your morning briefing  |  Thursday, 23 October 2025", "2025-10-23", false},
		{"Date & Time of Broadcast   09-Jun-2025 07:31:45", "2025-06-09", false},
		{"Date of announcement: 2025/12/05    Time of announcement: 17:45:12", "2025-12-05", false},
		{"Filings submitted 2025.09.03", "2025-09-03", false},
		{"17 November 2025 | Interview by Hannah Clarke", "2025-11-17", false},
		{"VPIL/SEC/2025-26/118                                            27 November 2025", "2025-11-27", false},
		{"Issue 14 | 3 April 2026 | Market: India", "2026-04-03", false},
		{"Asia metals in five minutes | Issue No. 148 | Monday, 6 October 2025", "2025-10-06", false},
		{"Ref: KNFL/SEC/2025-26/087                                   Date: August 12, 2025", "2025-08-12", false},
		{"Published Tue, May 5, 2026 \u00b7 07:48 PM", "2026-05-05", false},
		{"Published: 9:05am, 21 Apr 2026", "2026-04-21", false},
		{"Updated: 10:40 PM, 3 June 2026", "2026-06-03", false},
		{"May 5, 2026 \u2022 5 min read", "2026-05-05", false},
		{"2026-05-18 and then a long text that follows the date on its line", "", false},
		{"Tuesday, 14/07/2026 16:35", "2026-07-14", false},
		{"2026-04-22 09:31   Source: Kora Securities News   Translated by: Metals Wire Editorial Desk", "2026-04-22", false},
		{"Dry Bulk Weekly - Issue 47/2025 - Friday, 21 November 2025", "2025-11-21", false},
		{"Recorded 12 February 2026 | 41:27", "2026-02-12", false},
		{"Kora Steel - Tana Ore - Friday, 21 November 2025", "", false},
		{"Week 32 | Published 8 August 2026 | By the deals desk", "2026-08-08", false},
		{"07/14/2026", "2026-07-14", false},
		{"03/04/2026", "", false},
		{"New Delhi | Updated: August 21, 2026 07:15 IST", "2026-08-21", false},
		{"Tuesday, 9 June 2026, 10:47 AM AWST", "2026-06-09", false},
		{"February 12, 2026, 6:05 pm", "2026-02-12", false},
		{"Shares of Kora, 3 March 2026", "", false},
		{"July 15", "", false},
		{"Output rose in July 15, 2025 and beyond, the company said in a statement to the exchange.", "", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			in := strings.TrimSpace(tc.in)
			d, nav, ok := dateLine(in, lowerASCII(in[:min(len(in), 100)]))
			got := ""
			if ok {
				got = d.String()
			}
			if got != tc.want || nav != tc.nav {
				t.Errorf("dateLine = %q, nav %v; want %q, nav %v", got, nav, tc.want, tc.nav)
			}
		})
	}
}

func TestBareTicker(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Shares of MP Materials (MP) rose.", []string{"MP"}},
		{"Lynas Rare Earths Limited (LYSDY) fell.", []string{"LYSDY"}},
		{"The Japan Agency for Strategic Minerals (JASM) will fund it.", nil},
		{"It uses the Rotary Kiln Electric Furnace (RKEF) route.", nil},
		{"Data from the U.S. Department of Agriculture (USDA) showed it.", nil},
		{"It buys from Huaken International (HKI) each year.", nil},
		{"The price of 61pc Fe (ICX) fell.", nil},
		{"China's National Development and Reform Commission (NDRC) set quotas.", nil},
		{"It needs clearance from the Committee on Foreign Investment in the United States (CFIUS).", nil},
		{"An official at the Investment Coordinating Board (BKPM) said so.", nil},
		{"An official at the Export Promotion Board (EPBX) said so.", nil},
		// Domestic codes stand alone in brackets; times of day are no
		// Manila listings.
		{"It sells to Hefei Cell Co., Ltd. (SH688512) and Seoul Cell (A005930).", []string{"688512", "005930"}},
		{"The SH688512 code and A005930 mean nothing outside brackets.", nil},
		{"Updated 3:12 PM and again at 11 AM; Ayala Land (ALI PM) rose.", []string{"ALI"}},
		// A Hong Kong filing's stock code; an A share's names no exchange.
		{"Qilian Mining Group Co., Ltd.\n(H Share Stock Code: 1878; A Share Stock Code: 601389)\n", []string{"1878"}},
		{"Kora Holdings Limited (Stock code: 00700) said so.", []string{"0700"}},
		{"The code (Product code: 1234) is not a listing.", nil},
		// An exchange with its market or country.
		{"Kora Shoji Corporation (TSE Prime: 8062) and Tanjung Resources Berhad (Bursa Malaysia: 5172) rose.", []string{"8062", "5172"}},
		{"Kora Shoji Corporation (TSE Daily: 8062) rose.", nil},
		// The exchange named in full.
		{"Ningbo Kora Cobalt Co., Ltd. (Shanghai Stock Exchange: 603999) and Kora Lithium (Australian Securities Exchange: KLL) rose.", []string{"603999", "KLL"}},
		{"Kora Lithium (Stock Exchange Rules: 12) rose.", nil},
		// A Nordic exchange named in full, and a share's class after a
		// space.
		{"Nordby Line A/S (\"Nordby\", Nasdaq Copenhagen: NORDB B) and Vasa Steel Oyj (Nasdaq Helsinki: VASA) rose.", []string{"NORDB B", "VASA"}},
		// Taiwan's over-the-counter market by its English name.
		{"Kora Nickel Co. (Taipei Exchange: 8069) rose.", []string{"8069"}},
		// The exchange's city before a numeric code; a market with no
		// colon before its code, not before a year.
		{"Jiangxi Kora Lithium Co. (Shenzhen: 002999) and Tokyo Kora (Tokyo: 7299) rose.", []string{"002999", "7299"}},
		{"Daemyung Kora Co. (KOSDAQ 389999) rose; Kora Index (KOSPI 2026) did not; Kora (Shenzhen: 12) neither.", []string{"389999"}},
		// A market named before the name: its symbol in brackets, even
		// one whose letters the name holds.
		{"SET-listed Chaiyaphum Sugar Plc (CPSUG) and ASX-listed Kora Lithium Ltd (KLL) rose.", []string{"CPSUG", "KLL"}},
		{"State-listed Chaiyaphum Sugar Plc (CPSUG) rose.", nil},
	} {
		a := listingsOf(tc.text)
		var got []string
		for _, l := range a.Listings {
			got = append(got, l.Symbol())
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestIsHeadline(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Korea's Onsan to buy Ridgeline's zinc smelter for $740 mln", true},
		{"Lynas shares jump as rare earth prices climb", true},
		{"$LYC $MP $ILU rare earth names to watch", false},
		{"Shares rose 4% on Monday after the company said so.", false},
		{"Too short", false},
	} {
		if got := isHeadline(tc.line); got != tc.want {
			t.Errorf("isHeadline(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestCashtagJoinsListing checks that a cashtag of a symbol the text
// also gives with its exchange is that listing, not a second one.
func TestCashtagJoinsListing(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Wirra Copper Ltd (WRC.AX) rose. $WRC and $EPR fell.", []string{"XASX:WRC", "$EPR"}},
		{"$WRC fell before Wirra Copper Ltd (WRC.AX) said so.", []string{"XASX:WRC"}},
		{"Kora (KRA.AX) and Kora Inc (NYSE: KRA) rose; $KRA fell.", []string{"XASX:KRA", "XNYS:KRA", "$KRA"}},
	} {
		a := listingsOf(tc.text)
		var got []string
		for _, l := range a.Listings {
			got = append(got, l.Listing.String())
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestSubheading checks that a short heading line inside the body is a
// paragraph of its own and does not run into the text after it.
func TestSubheading(t *testing.T) {
	text := "Yalgoo Lithium delivers a record quarter\n\nPERTH, Oct 23 - Yalgoo Lithium said output rose in the quarter.\n\nOperations\nMining at the Mount Dove operation moved more material than planned.\nThe plant ran at its nameplate rate.\n"
	d := newDoc(text)
	a := &article.Article{}
	d.layout(a)
	var got []string
	for _, p := range a.Paragraphs {
		got = append(got, p.Text(text))
	}
	want := []string{
		"PERTH, Oct 23 - Yalgoo Lithium said output rose in the quarter.",
		"Operations",
		"Mining at the Mount Dove operation moved more material than planned.",
		"The plant ran at its nameplate rate.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
}

func TestBreadcrumb(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Home > Raw Materials > Iron Ore", true},
		{"News / Metals / Nickel", true},
		{"Home » Markets", true},
		{"Home | Metals | Aluminium", true},
		{"Iron Ore › Prices › Asia", true},
		{"Vietnam Business > Energy", true},
		{"Output > 5 Mt in Vietnam", false},
		{"2024/2025 output and 2025/2026 output", false},
		{"Output rose > 5% on the year, the ministry said.", false},
		{"Prices: $100/t against $95/t / week", false},
		{"Kalinga Steel secures Odisha ore for pellet expansion", false},
	} {
		if got := breadcrumb(strings.ToLower(tc.line)); got != tc.want {
			t.Errorf("breadcrumb(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestAsOfDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"All data are based on prices as of May 23, 2025", "2025-05-23"},
		{"Market data as of the close on February 5, 2026", "2026-02-05"},
		{"Output as of May 23, 2025 rose by a tenth", ""},
	} {
		d, ok := asOfDate(tc.in, lowerASCII(tc.in))
		got := ""
		if ok {
			got = d.String()
		}
		if got != tc.want {
			t.Errorf("asOfDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestKickerLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"THE WEEKLY COMMODITY COLUMN", true},
		{"ASX MARKETS WRAP | Materials", true},
		{"Nickel miners slide as a mill closes", false},
		{"LYNAS SHARES JUMP", true},
	} {
		if got := kickerLine(tc.line); got != tc.want {
			t.Errorf("kickerLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestKickerIsHeadlineOnlyAlone checks that a section's label above a
// story's title is not its headline, and is when nothing else is.
func TestKickerIsHeadlineOnlyAlone(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"THE WEEKLY COMMODITY COLUMN\n\nThai sugar heads for a bumper export year as mills crush more\n\nThailand's mills crushed more cane this season, the board said on Monday in Bangkok.\n", "Thai sugar heads for a bumper export year as mills crush more"},
		{"LYNAS SHARES JUMP ON RARE EARTH DEAL\n\nLynas shares rose 5% on Monday after the company signed a supply deal in Tokyo.\n", "LYNAS SHARES JUMP ON RARE EARTH DEAL"},
	} {
		a, err := New(Options{}).Parse(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if a.Headline != tc.want {
			t.Errorf("headline = %q, want %q", a.Headline, tc.want)
		}
	}
}

// TestFilingCode checks that the cover of a results summary, code and
// exchange on lines of their own, gives the company's listing.
func TestFilingCode(t *testing.T) {
	text := "Summary of Consolidated Financial Results for the Fiscal Year Ended March 31, 2026\n\n" +
		"Company name: Hidaka Kogyo Co., Ltd.\nStock exchange listing: Tokyo (Prime Market)\nSecurities code: 5571\n" +
		"Representative: Kenji Oga, President\n\n" +
		"Net sales fell 4.8% as lower ferromanganese prices in Asia offset higher shipments of silicon metal, the company said.\n\n" +
		"(4) Major shareholders (as of March 31, 2026)\nMarunou Shoji Corporation                      22.4%\nToyam Regional Bank, Ltd.                         4.2%\n\n" +
		"Exports rose to Korea and Japan, the company said in its results on Thursday in Tokyo.\n"
	a, err := New(Options{}).Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Listings) != 1 || a.Listings[0].Symbol() != "5571" || a.Listings[0].MIC() != "XTKS" {
		t.Fatalf("listings = %+v, want 5571 on XTKS", a.Listings)
	}
	e, ok := a.Entity(a.Listings[0].Entity)
	if !ok || e.Name != "Hidaka Kogyo Co., Ltd." {
		t.Errorf("listing tied to %q, want Hidaka Kogyo Co., Ltd.", e.Name)
	}
	var stakes []string
	for _, rel := range a.Relations {
		if rel.Kind == entity.StakeIn {
			s, _ := a.Entity(rel.Subject)
			o, _ := a.Entity(rel.Object)
			stakes = append(stakes, s.Name+" "+rel.Percent.String()+"% "+o.Name)
		}
	}
	want := []string{"Marunou Shoji Corporation 22.4% Hidaka Kogyo Co., Ltd.", "Toyam Regional Bank, Ltd. 4.2% Hidaka Kogyo Co., Ltd."}
	if diff := cmp.Diff(want, stakes); diff != "" {
		t.Errorf("stakes of the table of shareholders (-want +got):\n%s", diff)
	}
	// With no exchange line the code is listed alone, on no exchange: a
	// Hong Kong stock code and a Tokyo one look alike.
	b, err := New(Options{}).Parse(strings.Replace(text, "Stock exchange listing: Tokyo (Prime Market)\n", "", 1))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Listings) != 1 || b.Listings[0].Symbol() != "5571" || b.Listings[0].MIC() != "" {
		t.Errorf("listings without an exchange line = %+v, want 5571 on no exchange", b.Listings)
	}
}

// TestBylineDate reads the date a byline shares with the writer's name,
// set apart by bars, and the writer.
func TestBylineDate(t *testing.T) {
	a, err := New(Options{}).Parse("Ore rally fades as port stocks swell\n\nBy Hana Price | 24 September 2026 | 5 min read\n\nIron ore prices fell on Thursday as port stocks in China rose, traders said.\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := a.AsOf.String(); got != "2026-09-24" {
		t.Errorf("as_of %q, want 2026-09-24", got)
	}
	if len(a.Entities) == 0 || a.Entities[0].Name != "Hana Price" {
		t.Errorf("entities %+v, want the writer first", a.Entities)
	}
}

// TestMastheadDate dates a page by its issue's masthead, and not by a
// site's path that ends in the day it was read.
func TestMastheadDate(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Metals Digest | Issue 88 | 9 February 2026", "2026-02-09"},
		{"Ore Weekly | Vol. 12 No. 3 | March 2, 2026", "2026-03-02"},
		{"Home | Markets | 27 November 2026", ""},
		{"India | Metals & Mining | Company Update | 21 July 2025", "2025-07-21"},
		{"Kazakhstan | Industry | 04.02.2027, 11:20 | Views: 3 418", "2027-02-04"},
		{"Source: China Nonferrous Industry News (Chinese edition) | 2026-11-03 09:15", "2026-11-03"},
	} {
		a, err := New(Options{}).Parse("Foil makers race to add capacity\n\n" + tc.line + "\nBy Lin Mei in Taipei\n\nTaiwan's foil producers plan to lift capacity by a third, filings show.\n")
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if !a.AsOf.IsZero() {
			got = a.AsOf.String()
		}
		if got != tc.want {
			t.Errorf("%q: as_of %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestSenderUnderLabels: a sender's name with its code, under only a
// kind's label and a date, heads nothing; the title under it does.
func TestSenderUnderLabels(t *testing.T) {
	text := "ASX ANNOUNCEMENT\n3 June 2026\n\nKora Range Resources Limited (ASX: KRR)\n\nBINDING COAL SUPPLY AGREEMENT WITH TANA ELECTRIC\n\nKora Range Resources Limited is pleased to announce that it has executed a binding coal supply agreement with Tana Electric Power Co., Inc.\n"
	a, err := New(Options{}).Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if want := "BINDING COAL SUPPLY AGREEMENT WITH TANA ELECTRIC"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
}

// TestAddressLine tells a cover's address, which heads nothing, from a
// headline that names a road or a tower.
func TestAddressLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Level 12, 240 St Georges Terrace, Perth WA 6000", true},
		{"8 Marina Road, Singapore 018989", true},
		{"Suite 3, 18 Jalan Ampang, Kuala Lumpur", true},
		{"\"The smelters asked first\": the CEO on offtake, the state's 34% and the road to China", false},
		{"Tower 2 of the smelter restarts, 40% of the floor space idle", false},
		{"Kora Steel signs 10-year coal deal with Tana, eyes 12 mtpa by 2030", false},
		{"16 Hay Street, Subiaco WA 6008", true},
		{"Smelter scorecard: Korean and Japanese zinc, lead and copper output in Q3 2026", false},
	} {
		if got := addressLine(tc.line); got != tc.want {
			t.Errorf("addressLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestIssuerCodeLine takes the title under an exchange news service's
// line of the issuer and its code as the headline, and no line that
// only looks like one.
func TestIssuerCodeLine(t *testing.T) {
	for _, tc := range []struct{ head, want string }{
		{"Qaratau Uranium JSC  -  QURN\nFY 2026 Operations Update; Supply Contract", "FY 2026 Operations Update; Supply Contract"},
		{"Kora Mining plc - KORA\nHalf-year Report and Interim Dividend", "Half-year Report and Interim Dividend"},
		{"Iron ore slips as port stocks rise - BHP\nTraders watch China", "Iron ore slips as port stocks rise - BHP"},
	} {
		a, err := New(Options{}).Parse(tc.head + "\n\nReleased 07:00:04 29 January 2027\n\nThe company produced 25,870 tU of uranium in 2026, up 4% on 2025, it said on Thursday in a statement.\n")
		if err != nil {
			t.Fatal(err)
		}
		if a.Headline != tc.want {
			t.Errorf("%q: headline %q, want %q", tc.head, a.Headline, tc.want)
		}
	}
}

// TestMastheadOverMenu takes the story's headline, not the paper's name
// over the site's menu, and dates the page by an issue line that gives
// the weekday.
func TestMastheadOverMenu(t *testing.T) {
	a, err := New(Options{}).Parse("The Harbour Street Chronicle\nMarkets | India | Companies | Commodities | Opinion\nHome / Companies / Metals\n\n" +
		"Kora Steel and Tana Ispat to build a plant in Odisha\n\nIssue 212 | Friday, 6 March 2026\n\nKora Steel and Tana Ispat signed a deal on Tuesday to build a plant.\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Kora Steel and Tana Ispat to build a plant in Odisha"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := a.AsOf.String(); got != "2026-03-06" {
		t.Errorf("as_of %q, want 2026-03-06", got)
	}
}

// TestFilingDisclaimer leaves the Hong Kong exchange's disclaimer out: it
// names no party of the filing.
func TestFilingDisclaimer(t *testing.T) {
	text := "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement.\n\nQilian Mining Group Co., Ltd. said copper output rose in the year, as the mine expanded.\n\n* For identification purposes only\n"
	a, err := New(Options{}).Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range a.Entities {
		names = append(names, e.Name)
	}
	if diff := cmp.Diff([]string{"Qilian Mining Group Co., Ltd."}, names); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestFilingTitleAndSignOffDate checks a Hong Kong filing: its issuer's
// name and cover lines head nothing, its title in capitals wrapped over
// lines is the headline, and the date under its signature dates it.
func TestFilingTitleAndSignOffDate(t *testing.T) {
	text := "KORA NICKEL RESOURCES GROUP LIMITED\n\u91d1\u6d77\n(Incorporated in the Cayman Islands with limited liability)\n(Stock Code: 3312)\n\n" +
		"DISCLOSEABLE TRANSACTION\nACQUISITION OF 60% EQUITY INTEREST IN PT TANA NIKEL\nAND\nENTRY INTO ORE SUPPLY AGREEMENT\n\n1. INTRODUCTION\n\n" +
		"The board of directors of Kora Nickel Resources Group Limited is pleased to announce that the Company agreed to buy 60% of PT Tana Nikel.\n\n" +
		"By order of the Board\nKora Nickel Resources Group Limited\nZhou Wei\nChairman\n\nHong Kong, 18 April 2025\n"
	a, err := New(Options{}).Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if want := "DISCLOSEABLE TRANSACTION ACQUISITION OF 60% EQUITY INTEREST IN PT TANA NIKEL AND ENTRY INTO ORE SUPPLY AGREEMENT"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if got := a.AsOf.String(); got != "2025-04-18" {
		t.Errorf("as_of %q, want 2025-04-18", got)
	}
}

// TestDatelineCountry reads a press release's dateline with the country
// after the place.
func TestDatelineCountry(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"TAICHUNG, Taiwan, 22 January 2026 - Tunghai Steel said today it had signed a deal.", "2026-01-22"},
		{"SEOUL, May 22 (Reuters) - Output rose.", "0000-05-22"},
		{"ASTANA/TOKYO, Oct 15, 2025 (Steppe Wire) - Kora Trading Corp said it would buy.", "2025-10-15"},
		{"/TOKYO, Oct 15, 2025 - it rained.", ""},
		{"TAICHUNG, Taiwan, where the plant stands, was quiet.", ""},
		{"Pune, 3 March 2026: Kaveri Metals Limited today announced results.", "2026-03-03"},
		{"Pune, 3 March 2026 saw heavy rain.", ""},
		{"Jakarta, Tokyo and Seoul, 9 October 2025 - PT Kora Nikel Tbk today announced a venture.", "2025-10-09"},
		{"Jakarta, Tokyo, Seoul, 9 October 2025 - PT Kora Nikel Tbk today announced a venture.", "2025-10-09"},
		{"Jakarta, Tokyo and the rest of Asia, 9 October 2025 - it rained.", ""},
		{"Mumbai, India / Osaka, Japan - 3 February 2026 - Kora Steel Limited and Tana Steel Corporation today announced a venture.", "2026-02-03"},
		{"Mumbai, India / the rest - 3 February 2026 - it rained.", ""},
		{"KENDARI, Indonesia / SEOUL / NANCHANG, China - 2 September 2026 - PT Kora Nikel Tbk today signed.", "2026-09-02"},
		{"KENDARI, Indonesia / the rest - 2 September 2026 - it rained.", ""},
		{"HSINCHU, Taiwan -- May 12, 2027 -- Hsinchu Circular Metals Corp. today announced a venture.", "2027-05-12"},
		{"SEOUL, Korea and PERTH, Australia - September 2, 2027 - Kora Materials Co., Ltd. today announced a deal.", "2027-09-02"},
		{"SEOUL, Korea and the rest of Asia - September 2, 2027 - it rained.", ""},
	} {
		d, ok := datelineDate(tc.in)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tc.want {
			t.Errorf("datelineDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMayBeRow holds the cheap test for rows of a table of tonnages.
func TestMayBeRow(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Zircon produced (t)             15,310         13,980      10%", true},
		{"Ore sold                 wmt     1,392,760    1,201,330    +15.9%", true},
		{"Ore sold\twmt\t1,392,760", true},
		{"The mine produced 15,310 tonnes (t) of zircon in the quarter.", false},
		{"Key forecasts        2025A", false},
		{"Name  only  words", false},
	} {
		if got := mayBeRow(tc.in); got != tc.want {
			t.Errorf("mayBeRow(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestBareCode(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Kosdaq-listed Kora Materials (348990) rose.", []string{"348990 XKOS"}},
		{"Shares of Hanra Steel (004780) rose 2.3 percent on the Kospi on Thursday.", []string{"004780 XKRX"}},
		// Another firm's market is not this one's.
		{"Hanra Steel (004780) signed a deal with Kosdaq-listed Kora Materials (348990) on the Kospi.", []string{"004780 XKRX", "348990 XKOS"}},
		{"Shanghai-listed Huaxi Copper (601899) fell.", []string{"601899 XSHG"}},
		// Six digits with no market named are no listing.
		{"Hanra Steel (004780) rose 2.3 percent.", nil},
		{"Hanra Steel (004780) rose. Kosdaq shares fell.", nil},
		// The market's city told in prose.
		{"Xinlu, listed in Shanghai under the code 603871, rose.", []string{"603871 XSHG"}},
		// The market named after the code.
		{"Kora Energi's shares now trade under the new code KORE on the IDX.", []string{"KORE XIDX"}},
		// A code with its market's suffix beside another listing.
		{"Hengrui Mining Group Co. Ltd. (601969.SH, HKEX: 2269) rose.", []string{"601969 XSHG", "2269 XHKG"}},
		{"It shipped (120000) tonnes to the Kospi's biggest steelmaker.", nil},
		// Four digits after a name its market's "-listed" opens: Taiwan's
		// main board, its over-the-counter market, Tokyo.
		{"TWSE-listed Kora Stainless (2041) and OTC-listed Hanra Cold Rolling (6189) rose.", []string{"2041 XTAI", "6189 ROCO"}},
		{"Tokyo-listed Kora Shoji (8062) rose.", []string{"8062 XTKS"}},
		// A year in brackets is none, nor four digits with no market.
		{"Kora Stainless (2041) rose.", nil},
		{"Kora Stainless Corp (2019) and its plant (2041) rose.", nil},
	} {
		a := listingsOf(tc.text)
		var got []string
		for _, l := range a.Listings {
			got = append(got, l.Symbol()+" "+l.MIC())
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestHighlightsAreBullets(t *testing.T) {
	text := "Kora signs LNG deals\n\nHIGHLIGHTS\nKora signs SPA for 1 mtpa\nThai buyer agrees HOA for up to 800,000 mt/year\n\nKora Energy signed the deals on Monday. It will ship from 2029.\n"
	d := newDoc(text)
	a := &article.Article{}
	d.layout(a)
	var bullets []string
	for _, l := range d.lines {
		if l.kind == lBullet {
			bullets = append(bullets, d.text(l))
		}
	}
	want := []string{"Kora signs SPA for 1 mtpa", "Thai buyer agrees HOA for up to 800,000 mt/year"}
	if diff := cmp.Diff(want, bullets); diff != "" {
		t.Errorf("bullets (-want +got):\n%s", diff)
	}
}

// listingsOf runs the layout and listings steps over text and returns
// the article they fill.
func listingsOf(text string) *article.Article {
	d := newDoc(text)
	a := &article.Article{}
	d.layout(a)
	d.listings(a)
	return a
}

// TestCapsHeadingNoTicker reads no Bloomberg code in a heading written
// in capitals, and still reads one in a line of text.
func TestCapsHeadingNoTicker(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"DEALS IN BRIEF\n\nKora Mining bought a mine.\n", nil},
		{"Shares of Kora Steel (KORA IN) rose.\n", []string{"KORA"}},
		{"Toyota Tsusho (8015 JT) rose.\n", []string{"8015"}},
	} {
		var got []string
		for _, l := range listingsOf(tc.text).Listings {
			got = append(got, l.Symbol())
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("listings of %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestWrappedProse joins the lines of prose wrapped at a width, as wire
// copy and plain-text filings are written, and no others: a headline
// over its date, a label, a list item, a dateline, a sentence a line.
func TestWrappedProse(t *testing.T) {
	wrapped := "BANGKOK, May 19 (PNS) - Chao Phra Battery Pcl (CPB.BK) said on Tuesday it would buy 49% of\n" +
		"Hai Duong Lead Refining JSC from its Vietnamese parent Hong Linh Industrial Group for 1.1\n" +
		"billion baht ($32 million), in a bid to secure recycled lead for its battery plants and\n" +
		"its scrap yards.\n"
	for _, tc := range []struct {
		text, want string
	}{
		{wrapped, "BANGKOK, May 19 (PNS) - Chao Phra Battery Pcl (CPB.BK) said on Tuesday it would buy 49% of Hai Duong Lead Refining JSC from its Vietnamese parent Hong Linh Industrial Group for 1.1 billion baht ($32 million), in a bid to secure recycled lead for its battery plants and its scrap yards.\n"},
		{"Korean refiners book Australian nickel as Indonesian ore tightens in May\nMay 22, 2025\n", ""},
		{"Representative: Kenji Ogasa, President and Representative Director of the group\nContact: Mayu Seki, Manager\n", ""},
		{"The Company signed the following agreements with its customers during the year, as\n(1) Name  Kora\n", ""},
		{"Mining at the Mount Dove operation moved more material than planned this quarter.\nThe plant ran at its nameplate rate for the whole of the quarter under review.\n", ""},
		{"* Japan has bought more LNG since Fukushima crisis in the year to March\nTOKYO, July 31 Japan's Osaka Gas Co and Chubu Electric Power Co signed a deal.\n", ""},
		// A line that ends in a share goes on.
		{"The Board of Directors of the Company has approved the acquisition of 26%\nof the equity share capital of Zambezi Coal, Limitada, a company in Mozambique.\n",
			"The Board of Directors of the Company has approved the acquisition of 26% of the equity share capital of Zambezi Coal, Limitada, a company in Mozambique.\n"},
	} {
		want := tc.want
		if want == "" {
			want = tc.text
		}
		v := newView(tc.text)
		if v.s != want {
			t.Errorf("view of %q = %q, want %q", tc.text, v.s, want)
		}
		for i := 0; i <= len(v.s); i++ {
			if o := v.orig(i); o < 0 || o > len(tc.text) {
				t.Fatalf("orig(%d) = %d out of the text", i, o)
			}
		}
	}
	a, err := New(Options{}).Parse(wrapped)
	if err != nil {
		t.Fatal(err)
	}
	var rels []string
	for _, r := range a.Relations {
		s, _ := a.Entity(r.Subject)
		o, _ := a.Entity(r.Object)
		rels = append(rels, r.Kind.String()+"("+s.Name+", "+o.Name+")")
	}
	if !slices.Contains(rels, "acquisition(Chao Phra Battery Pcl, Hai Duong Lead Refining JSC)") {
		t.Errorf("relations %q, want the purchase read across the wrapped line", rels)
	}
}

// TestProseWithoutFullStop checks that a long line of sentences whose
// last lost its full stop, or which ends by heading a list, is the
// story's body.
func TestProseWithoutFullStop(t *testing.T) {
	for _, text := range []string{
		"Kora lifts output\n\nKora Mining said output rose 9% in the quarter. The mine ran at its nameplate rate for the first time. Shipments to Japan and Korea rose, and the company kept its guidance for the year at 1.2 million tonnes of concentrate\n",
		"Kora lifts output\n\nKora Mining said output rose 9% in the quarter as the mine ran at its nameplate rate. Shipments to Japan and Korea rose. Its shareholders after the placement:\n\n  Kora Holdings   51%\n",
	} {
		a, err := New(Options{}).Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0].Text(text), "Kora Mining said output rose") {
			t.Errorf("paragraphs of %q = %v, want the prose first", text, a.Paragraphs)
		}
	}
}

// TestIndianLetterCodes checks the codes an Indian company's letter to
// both its exchanges gives side by side in the address block.
func TestIndianLetterCodes(t *testing.T) {
	text := "KORA POWER LIMITED\nCIN: L40100MH2004PLC148823\n\n" +
		"To,\nBSE Limited                                     National Stock Exchange of India Limited\n" +
		"Phiroze Jeejeebhoy Towers, Dalal Street         Exchange Plaza, Bandra-Kurla Complex\n" +
		"Scrip Code: 543821                              Symbol: KORAPWR\n\n" +
		"Sub: Disclosure under Regulation 30\n\nDear Sir/Madam,\n\nThe Board of Directors of the Company has approved the acquisition of a coal mine in Indonesia.\n"
	a, err := New(Options{}).Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range a.Listings {
		got = append(got, l.Symbol()+" "+l.MIC())
	}
	if diff := cmp.Diff([]string{"543821 XBOM", "KORAPWR XNSE"}, got); diff != "" {
		t.Errorf("listings (-want +got):\n%s", diff)
	}
}

// TestCoverLinesAreNoHeadline checks that a filing's cover lines (an
// address, a registration number, an address block of two columns, a
// letter's salutation) are
// passed over for the headline.
func TestCoverLinesAreNoHeadline(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"ASX ANNOUNCEMENT\n23 January 2026\n\nKalgan Lithium Limited (ASX: KLX)\nABN 48 612 775 301\nLevel 4, 216 St Georges Terrace, Perth WA 6000\n\n" +
			"BINDING OFFTAKE WITH GUANGDONG QIAOLIN FOR SPODUMENE CONCENTRATE\n\nKalgan Lithium Limited has signed a binding offtake agreement with Guangdong Qiaolin for its concentrate.\n",
			"BINDING OFFTAKE WITH GUANGDONG QIAOLIN FOR SPODUMENE CONCENTRATE"},
		{"To,\nBSE Limited                                     National Stock Exchange of India Limited\n\n" +
			"Sub: Acquisition of a coal mine in Indonesia\n\nThe Board of Directors of the Company has approved the acquisition of a coal mine in Indonesia.\n",
			"Acquisition of a coal mine in Indonesia"},
		{"May 12, 2026\nTo whom it may concern\n\nCompany name: Tana Alloys, Ltd.\n\n" +
			"Notice Concerning Acquisition of Shares of Kora Foil Corporation\n\nTana Alloys, Ltd. announces that its board resolved to acquire shares of Kora Foil Corporation.\n",
			"Notice Concerning Acquisition of Shares of Kora Foil Corporation"},
		{"Dear Sir/Madam,\n\nSub: Outcome of the board meeting\n\nThe board of the Company approved the results for the quarter.\n",
			"Outcome of the board meeting"},
		// The sender's name at the head of its page, with its code.
		{"Hokuriku Gas Co., Ltd. (9532 JT)\nFY2025 Results Briefing - Transcript\n\nTaro Yamada: Thank you all for joining us today.\n",
			"FY2025 Results Briefing - Transcript"},
		{"Skip to main content\nRepublic of the Philippines\nEnergy Regulatory Commission\nHome | About | Press Releases\n\n14 August 2025\n\n" +
			"ERC approves coal supply deal for Bulacan utility\n\nPASIG CITY - The Energy Regulatory Commission has approved the deal, it said on Monday.\n",
			"ERC approves coal supply deal for Bulacan utility"},
		{"News provided by\nChao Phraya Power Public Company Limited\n04 Mar, 2026, 09:00 ICT\n\nShare this article\nFacebook  X  LinkedIn  Email\n\n" +
			"Chao Phraya Power and Kanemori form joint venture for Batangas terminal\n\nBANGKOK, March 4, 2026 /PRNewswire/ -- Chao Phraya Power said it formed a venture.\n",
			"Chao Phraya Power and Kanemori form joint venture for Batangas terminal"},
		// A masthead, a menu set apart by two spaces and an issue's
		// numbered contents.
		{"ASIA COAL WEEKLY\nSubscriber edition | Issue 412 | Monday 9 June 2025\nHome  Markets  Fixtures  Tenders  Log out\n\nIN THIS ISSUE\n" +
			"1. North Asian utilities return to the tender market\n2. Fixtures: selected Indonesian cargoes\n\n" +
			"North Asian utilities return to the tender market as prices ease\n\nKorean and Japanese generators stepped up buying last week, traders said.\n",
			"North Asian utilities return to the tender market as prices ease"},
		// A filing's title in capitals that ends in a legal form's dot.
		{"DONGFANG STEEL HOLDINGS LIMITED\n(Stock Code: 2389)\n\nDISCLOSEABLE TRANSACTION IN RELATION TO THE ACQUISITION OF 60% EQUITY INTEREST IN SERRA AZUL MINERAÇÃO LTDA.\n\n" +
			"The board of directors of Dongfang Steel Holdings Limited (the \"Company\") is pleased to announce the acquisition.\n",
			"DISCLOSEABLE TRANSACTION IN RELATION TO THE ACQUISITION OF 60% EQUITY INTEREST IN SERRA AZUL MINERAÇÃO LTDA."},
		// A report's kind in capitals, the sender's name above it and its
		// period below.
		{"PT BORNEO SINAR BARA Tbk\n(IDX: BSBB)\n\nQUARTERLY ACTIVITIES REPORT\nFor the quarter ended 30 September 2025\n\nJakarta, 24 October 2025\n\n" +
			"Coal production rose to 9.84 Mt in the quarter, the company said.\n",
			"QUARTERLY ACTIVITIES REPORT"},
		// The sender's name with two codes, over its title in capitals.
		{"ASX ANNOUNCEMENT\n4 August 2026\n\nKoppa Metals Limited (ASX: KPM, OTCQX: KPMLF)\n\nKOPPA METALS SIGNS BINDING OFFTAKE AGREEMENT WITH HINODE SMELTING\n\n" +
			"Koppa Metals Limited is pleased to announce the deal.\n",
			"KOPPA METALS SIGNS BINDING OFFTAKE AGREEMENT WITH HINODE SMELTING"},
		// A translator's note in square brackets over the source line.
		{"[Machine-assisted translation from Chinese. Original text follows the source; translator's notes in square brackets.]\n\n" +
			"Source: Huabei Daily  |  Page 3: Trade  |  2027-05-21\n\nMinistry says licences for gallium exports are being issued on time\n\nBy our reporter Li Wen\n\nThe ministry said licences were being issued on time.\n",
			"Ministry says licences for gallium exports are being issued on time"},
		// A filing service's labels over the filer's name and code.
		{"DART  |  Electronic Disclosure  |  English Translation Service (Beta)\n\nKora Materials Co., Ltd.  (KOSDAQ: 418270)\n\n" +
			"Decision on Acquisition of Shares of Another Corporation\n\nFiled: 2027.04.20 16:05\n\nKora Materials Co., Ltd. will buy shares of a graphite miner in Vietnam.\n",
			"Decision on Acquisition of Shares of Another Corporation"},
		// The sender's code and registration number on one line.
		{"Koppa Graphite Limited\nASX: KGR | ACN 609 884 215\n\n26 July 2027\n\nQUARTERLY ACTIVITIES REPORT\nFor the quarter ended 30 June 2027\n\n" +
			"Koppa Graphite Limited is pleased to report on its activities for the June 2027 quarter at its graphite operation.\n",
			"QUARTERLY ACTIVITIES REPORT"},
	} {
		a, err := New(Options{}).Parse(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if a.Headline != tc.want {
			t.Errorf("headline = %q, want %q", a.Headline, tc.want)
		}
	}
}

// TestBracketCodes reads a code in brackets placed by the exchange named
// before it or the market named after it, and no other bracketed code.
func TestBracketCodes(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Kora Magnetics makes magnets. The company, listed on the Nagoya Stock Exchange (code 6652), made 2,400 t of magnets.\n", "6652 XNGO"},
		{"Tana Alloys, Ltd.\n(Securities code: 5724, TSE Prime Market)\n\nTana Alloys, Ltd. will buy shares of Kora Foil Corporation.\n", "5724 XTKS"},
		{"Hanra Steel (stock code 4512) said its output rose 4% in May from a year earlier, the company said.\n", ""},
		{"PT Kora Nikel Tbk (the \"Company\", stock code: KORN) hereby discloses a deal.\n", "KORN XIDX"},
		{"Kora Metals Ltd (1849 HK) said so.\n\n\u00a9 2026 HK Metals Brief. All rights reserved.\n", "1849 XHKG"},
		{"The Tokyo Stock Exchange (code of conduct 2021) sets the rules for listed firms, the exchange said.\n", ""},
		{"The main buyers are Jiangxi Fenglin Lithium (CN) and Seorak Lithium Materials (KR), the broker said.\n", ""},
		{"Hunan Lianshan Antimony Industry Co., Ltd. (stock code: 603917) said it had obtained export licences.\n", "603917 XSHG"},
		{"Kora Steel Co., Ltd. (stock code: 005490) said it had obtained export licences.\n", ""},
		{"Tana Mining Co., Ltd. will buy Kora Zinc Co., Ltd. (Securities Code: 5709, listed on the Standard Market of the Tokyo Stock Exchange; the \"Target Company\") in a tender offer.\n", "5709 XTKS"},
	} {
		a, err := New(Options{}).Parse(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range a.Listings {
			got = append(got, l.Symbol()+" "+l.MIC())
		}
		var want []string
		if tc.want != "" {
			want = []string{tc.want}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("listings of %q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestSubstantialHoldersTable reads a table of substantial holders under
// its heading, a column of share counts before the share of votes.
func TestSubstantialHoldersTable(t *testing.T) {
	text := "ASX ANNOUNCEMENT\n23 January 2026\n\nKora Lithium Limited (ASX: KLX)\n\nKORA LITHIUM SIGNS OFFTAKE\n\n" +
		"Kora Lithium Limited (\"Kora\" or \"the Company\") has signed an offtake agreement for its concentrate with a refiner.\n\n" +
		"4. Substantial holders\n\nFollowing the placement, the Company's substantial holders are:\n\n" +
		"Holder                                    Shares          Voting power\n" +
		"Tana Capital Partners Pty Ltd             41,700,000      7.0%\n" +
		"Hanra Family Investments Pty Ltd          32,150,000      5.4%\n\n" +
		"5. Commentary\n\nThe Company expects first shipments in March.\n"
	a, err := New(Options{}).Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, rel := range a.Relations {
		if rel.Kind == entity.StakeIn {
			s, _ := a.Entity(rel.Subject)
			o, _ := a.Entity(rel.Object)
			got = append(got, s.Name+" "+rel.Percent.String()+"% "+o.Name)
		}
	}
	want := []string{"Tana Capital Partners Pty Ltd 7% Kora Lithium Limited", "Hanra Family Investments Pty Ltd 5.4% Kora Lithium Limited"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stakes (-want +got):\n%s", diff)
	}
}

// TestMenuItem checks the lines that may be items of a menu.
func TestMenuItem(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Markets", true},
		{"Battery Materials", true},
		{"X", true},
		{"Sign in", true},
		{"Kora Steel signs a Malaysian venture", false},
		{"Issue 212", false},
		{"Price: US$12.50", false},
		{"Tel. 02 555 0100", false},
	} {
		if got := menuItem(tc.line); got != tc.want {
			t.Errorf("menuItem(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestNoticeTitle takes the title of a Tokyo filing's notice, below the
// cover's fields, as the headline, and reads it once.
func TestNoticeTitle(t *testing.T) {
	title := "Notice Concerning the Acquisition of Shares of Sakura Bulk Co., Ltd. and the Conclusion of a Long-Term Iron Ore Transportation Contract"
	text := "February 6, 2026\n\nTo whom it may concern\n\nCompany name: Kaiyo Kisen Kaisha, Ltd.\nRepresentative: Hiroshi Tanabe, President\n\n" +
		title + "\n\nKaiyo Kisen Kaisha, Ltd. (the \"Company\") hereby announces that it will acquire shares of Sakura Bulk Co., Ltd.\n"
	a, err := New(Options{}).Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != title {
		t.Errorf("headline %q, want %q", a.Headline, title)
	}
	for _, e := range a.Entities {
		if strings.Contains(e.Name, "Long-Term") {
			t.Errorf("entity %q from the title's capitals", e.Name)
		}
	}
	for _, p := range a.Paragraphs {
		if strings.HasPrefix(p.Text(text), "Notice") {
			t.Errorf("the title is also a paragraph")
		}
	}
}

// TestGuardTurnsPanicIntoInternalError checks the guard Parse defers: a
// panic of the parse becomes an *InternalError matching ErrInternal,
// with no article.
func TestGuardTurnsPanicIntoInternalError(t *testing.T) {
	failing := func() (a *article.Article, err error) {
		defer guard(&a, &err)
		a = &article.Article{}
		var s []int
		_ = s[3] // an index out of range, as a rule's bug would make
		return a, nil
	}
	a, err := failing()
	if a != nil {
		t.Error("an article with the internal error")
	}
	var ie *InternalError
	if !errors.Is(err, ErrInternal) || !errors.As(err, &ie) || len(ie.Stack) == 0 {
		t.Fatalf("err = %v, want an *InternalError with its stack", err)
	}
	if got := err.Error(); !strings.HasPrefix(got, "parse: internal error: runtime error: index out of range") {
		t.Errorf("message %q", got)
	}
}

// TestRomaji checks the test of Hepburn romanisation that Japanese
// names in capitals are read by.
func TestRomaji(t *testing.T) {
	for w, want := range map[string]bool{"takebayashi": true, "shunsuke": true, "junichi": true, "kurihara": true, "sakuraba": true, "ryota": true,
		"gmbh": false, "strait": false, "mining": false, "holdings": false, "x": false} {
		if got := romaji(w); got != want {
			t.Errorf("romaji(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPortalTrails checks the site's lines of disclosure portals: a
// trail of arrows that ends in a firm's legal form, and a menu of five
// items set apart by bars; not a row of a table of firms.
func TestPortalTrails(t *testing.T) {
	for _, tc := range []struct {
		low  string
		want bool
	}{
		{"home > english disclosure > kosdaq > sejong materials co., ltd.", true},
		{"the trail ended > at the firm > in seoul.", false},
		{"pinghe copper | copper | shi dongliang | pinghe copper industry co., ltd.", false},
	} {
		if got := breadcrumb(tc.low); got != tc.want {
			t.Errorf("breadcrumb(%q) = %v, want %v", tc.low, got, tc.want)
		}
	}
	for _, tc := range []struct {
		low  string
		want bool
	}{
		{"kind english | korea investor's network for disclosure | listed companies | disclosures | market data", true},
		{"copper | 1,200 | 1,100 | up 9%", false},
		{"a | b", false},
	} {
		if got := menuBar(tc.low); got != tc.want {
			t.Errorf("menuBar(%q) = %v, want %v", tc.low, got, tc.want)
		}
	}
}

// TestDatelineDoubleDash checks a release's dateline set off by double
// dashes: its city's country is the page's market.
func TestDatelineDoubleDash(t *testing.T) {
	text := "NEWS RELEASE\n\nHsinchu Circular Metals to build a recovery plant in Taiwan\n\n" +
		"HSINCHU, Taiwan -- May 12, 2027 -- Hsinchu Circular Metals Corp. said it would build a recovery plant near the science park.\n"
	a, err := New(Options{}).Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.AsOf.String() + " " + a.Country.Code(); got != "2027-05-12 TW" {
		t.Errorf("as of and country %q, want %q", got, "2027-05-12 TW")
	}
}

// TestLongExchangeTitleAndSlashDate checks an exchange's announcement:
// a title of more than thirty words in title case is its headline, and
// its "Announcement date: 03/11/2026", whose day and month could be
// either, is read day first, as the page's "22/05/1448H" writes dates.
// A long line of prose with no final stop is no headline.
func TestLongExchangeTitleAndSlashDate(t *testing.T) {
	title := "Tabuk Phosphate and Fertilizer Co. Announces the Signing of a Long-Term Offtake Agreement for Diammonium Phosphate with Kisan Agro Fertilisers Limited and a Memorandum of Understanding with Padma Agro Industries PLC"
	text := "Saudi Exchange | Issuer Announcements | Materials\n\n" + title + "\n\n" +
		"Company: Tabuk Phosphate and Fertilizer Co.\nSymbol: 2318\nAnnouncement date: 03/11/2026  Corresponding to: 22/05/1448H\n\n" +
		"Introduction\nTabuk Phosphate and Fertilizer Co. announces that it signed a long-term offtake agreement with a buyer.\n"
	a, err := New(Options{}).Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != title {
		t.Errorf("headline = %q", a.Headline)
	}
	if got := a.AsOf.String(); got != "2026-11-03" {
		t.Errorf("as of = %q, want 2026-11-03", got)
	}
	if isHeadline("To comply with the provisions of subparagraph 20 of paragraph 1 of Article 4 of the Taiwan Stock Exchange Procedures for Verification and Disclosure of Material Information of Companies with Listed Securities") {
		t.Error("a long line of prose is a headline")
	}
}
