// Package article holds a parsed news page: the located facts that package
// parse finds in raw text, each tied to the bytes it was read from.
//
// An [Article] is what [github.com/newsfacts/newsfacts/parse.Parse] returns.
// Its JSON form, through encoding/json, is the wire format v1 that programs
// in other languages read: every field that is unknown is omitted, decimals
// are exact strings, and spans are [start, end] byte offsets into the
// original input.
//
// # Spans
//
// A [Span] is a half-open byte range of the ORIGINAL input, on UTF-8 rune
// boundaries; input[s.Start:s.End] is the text an item was read from.
// Offsets never point into a normalised copy of the text.
//
// # Identity
//
// Entities have ids ("e1", "e2", ...) unique within one Article; listings,
// roles and relations refer to entities by id. Order in every slice is the
// order of first appearance in the text.
package article
