package parse

import (
	"encoding/binary"
	"slices"
	"strings"
)

// lexBit is a set of the word tables a word is in, so that the extractor
// looks a token up once and then tests bits.
type lexBit uint64

// One bit per word table of the entity step.
const (
	lxAdverbs lexBit = 1 << iota
	lxAnaphoraHeads
	lxApposHeads
	lxApposHeadsPlural
	lxAssetWords
	lxCompanyAfter
	lxCompanyHeads
	lxCopulas
	lxCorpAfterAux
	lxCorpAux
	lxCorpVerbs
	lxDeterminers
	lxEntExecTitles
	lxGovAnaphoraHeads
	lxGovHeads
	lxGovHeadsNeedQualifier
	lxGovStart
	lxHonorifics
	lxIndexHeads
	lxIndexNames
	lxLawWords
	lxLegalEnd
	lxLegalStart
	lxLocatives
	lxLowerLegal
	lxMinisterHeads
	lxOfHeads
	lxOfUnits
	lxPlaceAfter
	lxPossCompanyNouns
	lxPressWords
	lxReportVerbs
	lxStaffPlurals
	lxTitleHeads
	lxTitleMods
	lxTitleNeedsMod
	lxTitleOfDomains
	lxTitleOnlyMods
	lxWeakHeads
	lxLegalCore
	lxGenericHeads
	lxIntlLast
	lxStateLast
	lxStartDescriptors
	lxAppointVerbs
	lxShareWords
	lxOwningVerbs
	lxClauseWords
	lxFoundVerbs
	lxGeoLast
	lxAssocHeads
	lxDealTerms
)

// lexTables lists the tables with their bits.
var lexTables = [...]struct {
	bit lexBit
	m   map[string]bool
}{
	{lxAdverbs, adverbs},
	{lxAnaphoraHeads, anaphoraHeads},
	{lxApposHeads, apposHeads},
	{lxApposHeadsPlural, apposHeadsPlural},
	{lxAssetWords, assetWords},
	{lxCompanyAfter, companyAfter},
	{lxCompanyHeads, companyHeads},
	{lxCopulas, copulas},
	{lxCorpAfterAux, corpAfterAux},
	{lxCorpAux, corpAux},
	{lxCorpVerbs, corpVerbs},
	{lxDeterminers, determiners},
	{lxEntExecTitles, entExecTitles},
	{lxGovAnaphoraHeads, govAnaphoraHeads},
	{lxGovHeads, govHeads},
	{lxGovHeadsNeedQualifier, govHeadsNeedQualifier},
	{lxGovStart, govStart},
	{lxHonorifics, honorifics},
	{lxIndexHeads, indexHeads},
	{lxIndexNames, indexNames},
	{lxLawWords, lawWords},
	{lxLegalEnd, legalEnd},
	{lxLegalStart, legalStart},
	{lxLocatives, locatives},
	{lxLowerLegal, lowerLegal},
	{lxMinisterHeads, ministerHeads},
	{lxOfHeads, ofHeads},
	{lxOfUnits, ofUnits},
	{lxPlaceAfter, placeAfter},
	{lxPossCompanyNouns, possCompanyNouns},
	{lxPressWords, pressWords},
	{lxReportVerbs, reportVerbs},
	{lxStaffPlurals, staffPlurals},
	{lxTitleHeads, titleHeads},
	{lxTitleMods, titleMods},
	{lxTitleNeedsMod, titleNeedsMod},
	{lxTitleOfDomains, titleOfDomains},
	{lxTitleOnlyMods, titleOnlyMods},
	{lxWeakHeads, weakHeads},
	{lxLegalCore, legalCore},
	{lxGenericHeads, genericHeads},
	{lxIntlLast, intlLast},
	{lxStateLast, stateLast},
	{lxStartDescriptors, startDescriptors},
	{lxAppointVerbs, appointVerbs},
	{lxShareWords, shareWords},
	{lxOwningVerbs, owningVerbs},
	{lxClauseWords, clauseWords},
	{lxFoundVerbs, foundVerbs},
	{lxGeoLast, geoLast},
	{lxAssocHeads, assocHeads},
	{lxDealTerms, dealTerms},
}

// lexicon maps every folded word of the tables to its bits. It is built
// once and never modified.
var lexicon = func() map[string]lexBit {
	m := map[string]lexBit{}
	for _, t := range lexTables {
		for w := range t.m {
			m[w] |= t.bit
		}
	}
	return m
}()

// lexOf returns the table bits of word w, folded as foldWord does,
// without allocating.
//
// A word of ASCII letters and marks without dots, the common case, is
// folded and hashed eight bytes at a time; lexOfBytes reads the rest.
func lexOf(w string) lexBit {
	n := len(w)
	if n == 0 || n > 32 {
		return lexOfBytes(w)
	}
	var buf [32]byte
	h := uint64(n) * hashSeed
	for i := 0; i < n; i += 8 {
		var x uint64
		if i+8 <= n {
			x = load64(w[i:])
		} else {
			x = loadTail(w[i:])
		}
		if x&highBits != 0 || zeroByte(x^dots) {
			return lexOfBytes(w)
		}
		x |= upperBytes(x) >> 2
		binary.LittleEndian.PutUint64(buf[i:], x)
		h = (h ^ x) * hashMul
	}
	if e := lexTab.findBytes(buf[:n], h^h>>32); e != nil {
		return lexBit(e.bits)
	}
	return 0
}

// lexOfBytes is lexOf read byte by byte.
func lexOfBytes(w string) lexBit {
	var buf [32]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return lexicon[foldWord(w)]
		}
		if c == '.' {
			continue
		}
		if n == len(buf) {
			return 0
		}
		buf[n] = lowerByte[c]
		n++
	}
	if e := lexTab.findBytes(buf[:n], wordHash(buf[:n])); e != nil {
		return lexBit(e.bits)
	}
	return 0
}

// The words of eight bytes that lexOf tests and folds bytes with.
const (
	highBits = 0x8080808080808080 // the top bit of each byte
	oneBytes = 0x0101010101010101 // 1 in each byte
	dots     = '.' * oneBytes
)

// zeroByte reports whether a byte of x is zero.
func zeroByte(x uint64) bool { return (x-oneBytes)&^x&highBits != 0 }

// upperBytes returns the top bit of each byte of x, all ASCII, that is
// a capital letter.
func upperBytes(x uint64) uint64 { return byteRange(x, 'A', 'Z') }

// loadTail8 returns the at most eight bytes of w as a little-endian
// number, the bytes after them zero.
func loadTail8(w string) uint64 {
	if len(w) == 8 {
		return load64(w)
	}
	return loadTail(w)
}

// loadTail returns the fewer than eight bytes of w as a little-endian
// number, the bytes after them zero.
func loadTail(w string) uint64 {
	var x uint64
	i := 0
	if len(w)&4 != 0 {
		x = uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
		i = 4
	}
	if len(w)&2 != 0 {
		x |= (uint64(w[i]) | uint64(w[i+1])<<8) << (8 * i)
		i += 2
	}
	if len(w)&1 != 0 {
		x |= uint64(w[i]) << (8 * i)
	}
	return x
}

// lexTab holds lexicon for lexOf.
var lexTab = func() *bitTable {
	m := make(map[string]uint64, len(lexicon))
	for w, b := range lexicon {
		m[w] = uint64(b)
	}
	return newBitTable(m)
}()

// writtenBit is a set of the word tables that hold a word as written
// (not folded), so that the extractor looks a token up once and then
// tests bits, as it does with lexBit.
type writtenBit uint8

// One bit per table of words as written.
const (
	wrLeadStop      writtenBit = 1 << iota // leadStop
	wrNotName                              // notNames
	wrCommonAcronym                        // commonAcronyms
	wrGovAcronym                           // a key of govAcronyms
	wrFamilyName                           // familyNames
	wrGivenName                            // givenNames
	wrVietFamily                           // vietFamily
)

// writtenTab maps the words of the tables of writtenBit, as written,
// to their bits. It is built once and never modified.
var writtenTab = func() *bitTable {
	m := map[string]uint64{}
	for _, t := range [...]struct {
		bit writtenBit
		m   map[string]bool
	}{
		{wrLeadStop, leadStop},
		{wrNotName, notNames},
		{wrCommonAcronym, commonAcronyms},
		{wrFamilyName, familyNames},
		{wrGivenName, givenNames},
		{wrVietFamily, vietFamily},
	} {
		for w, ok := range t.m {
			if ok {
				m[w] |= uint64(t.bit)
			}
		}
	}
	for w := range govAcronyms {
		m[w] |= uint64(wrGovAcronym)
	}
	return newBitTable(m)
}()

// writtenOf returns the bits of the tables that hold word w as written.
func writtenOf(w string) writtenBit {
	return writtenBit(writtenTab.get(w, wordHash(w)))
}

// writtenAt returns writtenOf(s[a:b]). A word of at most eight bytes
// with eight bytes of s from a on, the common case, is read with one
// load and matched without comparing strings.
func writtenAt(s string, a, b int) writtenBit {
	n := b - a
	if n <= 0 || n > 8 || a+8 > len(s) {
		return writtenOf(s[a:b])
	}
	x := load64(s[a:]) & (^uint64(0) >> (64 - 8*n))
	h := (uint64(n)*hashSeed ^ x) * hashMul
	return writtenBit(writtenTab.getShort(x, n, h^h>>32))
}

// lexAt returns lexOf(s[a:b]). A word of at most eight bytes in ASCII
// without dots, with eight bytes of s from a on, the common case, is
// read with one load, folded and hashed as lexOf does, and matched
// without comparing strings.
func lexAt(s string, a, b int) lexBit {
	n := b - a
	if n <= 0 || n > 8 || a+8 > len(s) {
		return lexOf(s[a:b])
	}
	x := load64(s[a:]) & (^uint64(0) >> (64 - 8*n))
	if x&highBits != 0 || zeroByte(x^dots) {
		return lexOf(s[a:b])
	}
	x |= upperBytes(x) >> 2
	h := (uint64(n)*hashSeed ^ x) * hashMul
	return lexBit(lexTab.getShort(x, n, h^h>>32))
}

// The constants of wordHash.
const (
	hashSeed = 0x9e3779b97f4a7c15
	hashMul  = 0xbf58476d1ce4e5b9
)

// wordHash returns the hash that a bitTable keys word w by: its length,
// then its bytes eight at a time as little-endian numbers, the last
// padded with zeros, each mixed in with a multiply. lexOf computes the
// same as it folds a word.
func wordHash[S string | []byte](w S) uint64 {
	h := uint64(len(w)) * hashSeed
	for len(w) > 0 {
		var x uint64
		n := min(len(w), 8)
		for i := n - 1; i >= 0; i-- {
			x = x<<8 | uint64(w[i])
		}
		h = (h ^ x) * hashMul
		w = w[n:]
	}
	return h ^ h>>32
}

// bitTable maps words to sets of bits, as a hash table with open
// addressing keyed by the hash of the word (see wordHash), which the caller
// gives, so that lexOf hashes a word as it folds it. slots holds
// indexes into entries plus one, 0 for none; the words are stored one
// after the other in one string, so that lookups stay in few cache
// lines.
type bitTable struct {
	slots   []uint16
	entries []bitEntry
	shift   uint
}

// bitEntry is a word of a bitTable, with its hash and bits.
type bitEntry struct {
	h    uint64
	word string
	bits uint64
	// short holds a word of at most eight bytes as one little-endian
	// number, the bytes after it zero, so that getShort compares a word
	// without comparing strings; 0 for a longer word.
	short uint64
}

// newBitTable builds a bitTable of the words of m, with room for four
// slots a word.
func newBitTable(m map[string]uint64) *bitTable {
	if len(m) >= 1<<16-1 {
		panic("parse: too many words for a bitTable")
	}
	words := make([]string, 0, len(m))
	size := 0
	for w := range m {
		words = append(words, w)
		size += len(w)
	}
	slices.Sort(words)
	var all strings.Builder
	all.Grow(size)
	for _, w := range words {
		all.WriteString(w)
	}
	bits := uint(2)
	for 1<<bits < 4*len(m) {
		bits++
	}
	t := &bitTable{slots: make([]uint16, 1<<bits), entries: make([]bitEntry, 0, len(m)), shift: 64 - bits}
	at := 0
	for _, w := range words {
		h := wordHash(w)
		e := bitEntry{h: h, word: all.String()[at : at+len(w)], bits: m[w]}
		if len(w) <= 8 {
			e.short = loadTail8(w)
		}
		t.entries = append(t.entries, e)
		at += len(w)
		k := t.slot(h)
		for t.slots[k] != 0 {
			k = (k + 1) & (len(t.slots) - 1)
		}
		t.slots[k] = uint16(len(t.entries))
	}
	return t
}

// slot returns the first slot to look at for hash h.
func (t *bitTable) slot(h uint64) int {
	return int((h * 0x9e3779b97f4a7c15) >> t.shift)
}

// find returns the entry of word w, whose hash is h (see wordHash), or
// nil.
func (t *bitTable) find(w string, h uint64) *bitEntry {
	mask := len(t.slots) - 1
	for k := t.slot(h); ; k = (k + 1) & mask {
		n := t.slots[k]
		if n == 0 {
			return nil
		}
		if e := &t.entries[n-1]; e.h == h && e.word == w {
			return e
		}
	}
}

// findBytes is find for a word in a buffer.
func (t *bitTable) findBytes(w []byte, h uint64) *bitEntry {
	mask := len(t.slots) - 1
	for k := t.slot(h); ; k = (k + 1) & mask {
		n := t.slots[k]
		if n == 0 {
			return nil
		}
		if e := &t.entries[n-1]; e.h == h && e.word == string(w) {
			return e
		}
	}
}

// getShort returns the bits of the word of n bytes, 1 <= n <= 8, held
// in x as one little-endian number (see bitEntry.short), whose hash is h,
// or 0.
func (t *bitTable) getShort(x uint64, n int, h uint64) uint64 {
	mask := len(t.slots) - 1
	for k := t.slot(h); ; k = (k + 1) & mask {
		i := t.slots[k]
		if i == 0 {
			return 0
		}
		if e := &t.entries[i-1]; e.short == x && len(e.word) == n {
			return e.bits
		}
	}
}

// get returns the bits of word w, whose hash is h (see wordHash), or 0.
func (t *bitTable) get(w string, h uint64) uint64 {
	if e := t.find(w, h); e != nil {
		return e.bits
	}
	return 0
}

// word returns the table's copy of word w, whose hash is h (see
// wordHash), and whether the table holds it.
func (t *bitTable) word(w string, h uint64) (string, bool) {
	if e := t.find(w, h); e != nil {
		return e.word, true
	}
	return "", false
}
