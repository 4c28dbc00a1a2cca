package parse

// wordFilter is a quick test that a word is not in a table, to skip the
// map lookup for most words: it keeps, for each length and first byte,
// a set of last bytes. A word it passes may still not be in the table.
type wordFilter struct {
	bits [16][32]uint32
}

// add adds word w to f.
func (f *wordFilter) add(w string) {
	if len(w) == 0 {
		return
	}
	f.bits[min(len(w), 15)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
}

// may reports whether w may be in the table f was built from.
func (f *wordFilter) may(w string) bool {
	return len(w) > 0 && f.bits[min(len(w), 15)][w[0]&31]&(1<<(w[len(w)-1]&31)) != 0
}
