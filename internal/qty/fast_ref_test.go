package qty

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/newsfacts/newsfacts/commodity"
)

// TestSameMass holds sameMass to the comparison of tonnes it stands for,
// over every unit, equal and unequal values written with other exponents,
// and the zero Tonnage.
func TestSameMass(t *testing.T) {
	values := []decimal.Decimal{
		decimal.New(0, 0), decimal.New(45, 3), decimal.New(45000, 0), decimal.New(450000, -1),
		decimal.New(45001, 0), decimal.New(1, 0), decimal.New(1000, -3), decimal.New(907, -3),
	}
	var ts []commodity.Tonnage
	ts = append(ts, commodity.Tonnage{})
	for u := commodity.Tonne; u <= commodity.DeadweightTonne; u++ {
		for _, v := range values {
			ts = append(ts, commodity.NewTonnage(v, u))
		}
	}
	for _, a := range ts {
		for _, b := range ts {
			if got, want := sameMass(a, b), a.Tonnes().Equal(b.Tonnes()); got != want {
				t.Errorf("sameMass(%v, %v) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// FuzzSameMass holds sameMass to the comparison of tonnes for any two
// amounts in any two units.
func FuzzSameMass(f *testing.F) {
	f.Add(int64(45), int32(3), uint8(1), int64(45000), int32(0), uint8(1))
	f.Add(int64(1), int32(0), uint8(3), int64(2000), int32(0), uint8(7))
	f.Fuzz(func(t *testing.T, av int64, ae int32, au uint8, bv int64, be int32, bu uint8) {
		mk := func(v int64, e int32, u uint8) commodity.Tonnage {
			u %= uint8(commodity.DeadweightTonne) + 1
			if u == 0 {
				return commodity.Tonnage{}
			}
			return commodity.NewTonnage(decimal.New(v, e%20), commodity.Unit(u))
		}
		a, b := mk(av, ae, au), mk(bv, be, bu)
		if got, want := sameMass(a, b), a.Tonnes().Equal(b.Tonnes()); got != want {
			t.Errorf("sameMass(%v, %v) = %v, want %v", a, b, got, want)
		}
	})
}

// tokenNames checks that the tokenizer marks as names exactly the words
// of text that mayName lets through.
func tokenNames(t *testing.T, text string) {
	t.Helper()
	var ctx Context
	l := linker{text: text, sent: Span{0, len(text)}, ctx: &ctx, buf: &ctx.cur}
	l.prepare()
	l.tokenize()
	for _, tk := range l.toks {
		w := text[tk.a:tk.b]
		if got, want := tk.name, mayName(w); got != want {
			t.Errorf("word %q of %q: name = %v, mayName = %v", w, text, got, want)
		}
	}
}

// TestTokenNames holds the tokenizer's name marks to mayName over the
// sample pages and words with hyphens, dots and plurals.
func TestTokenNames(t *testing.T) {
	for _, text := range []string{
		"rare-earth oxides and Rare-Earths, lithium-ion cells, U.S. copper-gold, nickel-cobalt-manganese",
		"iron ores, Iron-ore fines, steel-making coal, co-products, LNG-related AT&T 1,000 3.5-4 a-b",
		"cobalts- -lithium lithium- x-ray U.S.-China Cu-Ni s-s ss-s sss",
	} {
		tokenNames(t, text)
	}
	for _, w := range sampleWords(t) {
		tokenNames(t, w)
	}
	for _, glob := range []string{"../../parse/testdata/pages/*.txt"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			tokenNames(t, string(b))
		}
	}
}

// FuzzTokenNames holds the tokenizer's name marks to mayName.
func FuzzTokenNames(f *testing.F) {
	f.Add("rare-earth oxides, U.S. lithium-ion and Iron-ores")
	f.Add("cobalts- -lithium co-products AT&T")
	f.Fuzz(func(t *testing.T, text string) {
		tokenNames(t, text)
	})
}
