package parse

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
func lexOf(w string) lexBit {
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
		buf[n] = lower(c)
		n++
	}
	if !lexFilter.may(string(buf[:n])) {
		return 0
	}
	return lexicon[string(buf[:n])]
}

// lexFilter passes the words of lexicon.
var lexFilter = func() *wordFilter {
	f := new(wordFilter)
	for w := range lexicon {
		f.add(w)
	}
	return f
}()
