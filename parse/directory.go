package parse

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/entity"
)

// A Directory is a list of companies that a user knows, such as a
// security master: for each, a name, other names, and listings. Give it
// to a Parser in [Options.Directory] and it wins over the parser's own
// reading: a name in the directory is a company wherever the text writes
// it (in any letter case, with or without a legal form such as "Co." or
// "Ltd"), all the names of one entry are one entity, and a listing in the
// text belongs to the entry that lists it.
//
// Build one with [LoadDirectory] or [NewDirectory]. A Directory is never
// modified after it is built, so one Directory is safe for concurrent use
// by many Parsers and goroutines. The zero Directory is empty and valid.
type Directory struct {
	entries []DirectoryEntry
	// byKey maps the folded core of every name and alias to its entry.
	byKey map[string]int
	// byListing maps every listing to its entry.
	byListing map[entity.Listing]int
	// span maps the first folded word of every name to the most words a
	// name that begins with it has, legal forms included.
	span map[string]int
}

// DirectoryEntry is one company of a [Directory].
type DirectoryEntry struct {
	// Name is the company's main name, such as "POSCO Holdings Inc.".
	Name string
	// Aliases are other names texts use for it: "POSCO", "Posco".
	Aliases []string
	// Listings are its securities.
	Listings []entity.Listing
}

// Errors that [LoadDirectory] and [NewDirectory] wrap in a
// [*DirectoryError]; a bad listing wraps the error of
// [entity.ParseListing] instead.
var (
	// ErrDirectoryHeader: the first CSV record has no "name" column.
	ErrDirectoryHeader = errors.New("header has no name column")
	// ErrDirectoryName: an entry has no name, or a name or alias has no
	// letter or digit.
	ErrDirectoryName = errors.New("empty name")
	// ErrDirectoryDuplicate: two entries share a name, an alias or a
	// listing, so the directory cannot say which company is meant.
	ErrDirectoryDuplicate = errors.New("given to two entries")
)

// DirectoryError reports a directory that cannot be built, and where.
type DirectoryError struct {
	// Line is the line of the CSV input, from 1, where the bad record
	// starts; for NewDirectory it is 0 and Entry says which entry.
	Line int
	// Entry is the index, from 0, of the entry at fault (for CSV input,
	// the record after the header), or -1 for the header.
	Entry int
	// Column is the CSV column at fault: "name", "aliases" or
	// "listings"; empty when the error is about the record as a whole.
	Column string
	// Value is the text at fault, if any.
	Value string
	// Err is the cause: ErrDirectoryHeader, ErrDirectoryName,
	// ErrDirectoryDuplicate, a *csv.ParseError, an
	// *entity.ListingError or an error of the reader.
	Err error
}

// Error returns a one-line message such as
// `parse: directory line 4: listings "7203.XX": entity: parsing "7203.XX": unknown exchange suffix "XX" at offset 5`.
func (e *DirectoryError) Error() string {
	var b strings.Builder
	b.WriteString("parse: directory")
	switch {
	case e.Line > 0:
		b.WriteString(" line ")
		b.WriteString(strconv.Itoa(e.Line))
	case e.Entry >= 0:
		b.WriteString(" entry ")
		b.WriteString(strconv.Itoa(e.Entry))
	}
	if e.Column != "" {
		b.WriteString(": ")
		b.WriteString(e.Column)
		if e.Value != "" {
			b.WriteByte(' ')
			b.WriteString(strconv.Quote(e.Value))
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the cause.
func (e *DirectoryError) Unwrap() error { return e.Err }

// LoadDirectory reads a directory from CSV. The first record is a header
// that names the columns, in any order and letter case: "name"
// (required), "aliases" and "listings"; other columns are ignored. In a
// record, aliases are separated by "|", and so are listings, each in any
// form [entity.ParseListing] reads ("229640.KO", "KRX:229640",
// "005490 KS"). Lines that begin with "#" are comments; blank lines are
// skipped.
//
//	name,aliases,listings
//	POSCO Holdings Inc.,POSCO|Posco,005490.KS
//	LS Eco Energy,LS Cable & System Asia,229640.KQ
//
// An error is a [*DirectoryError] that names the line.
func LoadDirectory(r io.Reader) (*Directory, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, &DirectoryError{Line: 1, Entry: -1, Err: ErrDirectoryHeader}
	}
	if err != nil {
		return nil, csvError(err, -1)
	}
	col := map[string]int{"name": -1, "aliases": -1, "listings": -1}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, ok := col[h]; ok && col[h] < 0 {
			col[h] = i
		}
	}
	if col["name"] < 0 {
		line, _ := cr.FieldPos(0)
		return nil, &DirectoryError{Line: line, Entry: -1, Err: ErrDirectoryHeader}
	}
	b := newDirectoryBuilder()
	for n := 0; ; n++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(err, n)
		}
		field := func(name string) string {
			if i := col[name]; i >= 0 && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		line, _ := cr.FieldPos(0)
		e := DirectoryEntry{Name: field("name"), Aliases: splitBar(field("aliases"))}
		for _, l := range splitBar(field("listings")) {
			li, err := entity.ParseListing(l)
			if err != nil {
				return nil, &DirectoryError{Line: line, Entry: n, Column: "listings", Value: l, Err: err}
			}
			e.Listings = append(e.Listings, li)
		}
		if err := b.add(e); err != nil {
			err.Line = line
			return nil, err
		}
	}
	return b.d, nil
}

// csvError wraps an error of the CSV reader.
func csvError(err error, entry int) error {
	de := &DirectoryError{Entry: entry, Err: err}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		de.Line = pe.StartLine
	}
	return de
}

// splitBar splits s at "|" and drops empty parts.
func splitBar(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// NewDirectory builds a directory from entries, which it copies. An
// error is a [*DirectoryError] that names the entry.
func NewDirectory(entries []DirectoryEntry) (*Directory, error) {
	b := newDirectoryBuilder()
	for n, e := range entries {
		e.Aliases = slices.Clone(e.Aliases)
		e.Listings = slices.Clone(e.Listings)
		if err := b.add(e); err != nil {
			err.Entry = n
			return nil, err
		}
	}
	return b.d, nil
}

type directoryBuilder struct{ d *Directory }

func newDirectoryBuilder() directoryBuilder {
	return directoryBuilder{&Directory{byKey: map[string]int{}, byListing: map[entity.Listing]int{}, span: map[string]int{}}}
}

// add checks e and adds it as the next entry.
func (b directoryBuilder) add(e DirectoryEntry) *DirectoryError {
	d := b.d
	n := len(d.entries)
	e.Name = strings.TrimSpace(e.Name)
	if e.Name == "" {
		return &DirectoryError{Entry: n, Column: "name", Err: ErrDirectoryName}
	}
	keys := map[string]bool{}
	for i, name := range append([]string{e.Name}, e.Aliases...) {
		column := "name"
		if i > 0 {
			column = "aliases"
		}
		k := nameKey(name)
		if k == "" {
			return &DirectoryError{Entry: n, Column: column, Value: name, Err: ErrDirectoryName}
		}
		if old, ok := d.byKey[k]; ok && old != n {
			return &DirectoryError{Entry: n, Column: column, Value: name, Err: fmt.Errorf("%w (also %q)", ErrDirectoryDuplicate, d.entries[old].Name)}
		}
		keys[k] = true
	}
	for _, l := range e.Listings {
		if old, ok := d.byListing[l]; ok && old != n {
			return &DirectoryError{Entry: n, Column: "listings", Value: l.String(), Err: fmt.Errorf("%w (also %q)", ErrDirectoryDuplicate, d.entries[old].Name)}
		}
	}
	for k := range keys {
		d.byKey[k] = n
	}
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		toks := tokenize(name, 0, len(name), nil)
		if len(toks) == 0 {
			continue
		}
		w := foldWord(name[toks[0].a:toks[0].cut])
		d.span[w] = max(d.span[w], len(toks)+1)
	}
	for _, l := range e.Listings {
		d.byListing[l] = n
	}
	d.entries = append(d.entries, e)
	return nil
}

// Len reports the number of entries.
func (d *Directory) Len() int {
	if d == nil {
		return 0
	}
	return len(d.entries)
}

// Entry returns entry i, from 0, as a copy; it panics if i is out of
// range, as an index does.
func (d *Directory) Entry(i int) DirectoryEntry {
	e := d.entries[i]
	e.Aliases = slices.Clone(e.Aliases)
	e.Listings = slices.Clone(e.Listings)
	return e
}

// Lookup returns the entry one of whose names is name, compared as the
// parser compares names in text: in any letter case, ignoring dots and a
// trailing legal form ("POSCO Holdings Inc." matches "Posco Holdings").
func (d *Directory) Lookup(name string) (DirectoryEntry, bool) {
	if i, ok := d.lookupKey(nameKey(name)); ok {
		return d.Entry(i), true
	}
	return DirectoryEntry{}, false
}

// LookupListing returns the entry that holds listing l.
func (d *Directory) LookupListing(l entity.Listing) (DirectoryEntry, bool) {
	if d == nil {
		return DirectoryEntry{}, false
	}
	if i, ok := d.byListing[l]; ok {
		return d.Entry(i), true
	}
	return DirectoryEntry{}, false
}

func (d *Directory) lookupKey(k string) (int, bool) {
	if d == nil || k == "" {
		return 0, false
	}
	i, ok := d.byKey[k]
	return i, ok
}

// nameKey folds a name for comparison: the words in lower case without
// dots, a leading "the" and legal forms at either end dropped ("PT",
// "Co.", "Ltd"), "&" kept, other marks dropped.
func nameKey(name string) string {
	toks := tokenize(name, 0, len(name), nil)
	return string(appendKey(nil, name, toks, 0, len(toks)))
}
