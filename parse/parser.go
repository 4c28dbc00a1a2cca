package parse

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/article"
)

// DefaultMaxSize is the size limit of a Parser whose Options leave MaxSize
// at zero: 32 MiB, far above any news page or long report.
const DefaultMaxSize = 32 << 20

// Options configure a Parser. The zero Options are ready to use.
type Options struct {
	// MaxSize is the largest input, in bytes, that Parse accepts; 0 means
	// DefaultMaxSize. Longer input is rejected with ErrTooLarge.
	MaxSize int
	// Reference is the date relative dates are read against ("on
	// Thursday") when the page states no date of its own. Zero means
	// that such dates are left unresolved; the parser never uses the
	// clock.
	Reference time.Time
	// Directory, when not nil, lists the companies the user knows (see
	// [Directory]); what it says wins over the parser's own reading of
	// names.
	Directory *Directory
}

// Parser turns raw text of a news page into an [article.Article]. It is
// configured once by [New] and holds no mutable state, so one Parser is
// safe for concurrent use by many goroutines. The zero Parser works, with
// zero Options.
type Parser struct {
	opts Options
}

// New returns a Parser configured by opts.
func New(opts Options) *Parser {
	return &Parser{opts: opts}
}

// Parse reads text with a Parser of zero Options.
func Parse(text string) (*article.Article, error) {
	var p Parser
	return p.Parse(text)
}

// ParseBytes is like [Parser.Parse] for a byte slice; the article does not
// keep a reference to b.
func (p *Parser) ParseBytes(b []byte) (*article.Article, error) {
	return p.Parse(string(b))
}

// Parse reads the raw text of one news page. It returns an *InputError
// (matching ErrEmpty, ErrInvalidUTF8, ErrNUL or ErrTooLarge) for input it
// does not read; otherwise it returns the article, every span of which
// indexes text. Should the parser itself fail on a text, Parse returns an
// *InternalError (matching ErrInternal) instead of panicking, so that a
// batch can go on.
func (p *Parser) Parse(text string) (a *article.Article, err error) {
	if err := p.check(text); err != nil {
		return nil, err
	}
	defer guard(&a, &err)
	d := newDoc(text)
	d.ref = p.opts.Reference
	a = &article.Article{}
	d.layout(a)
	d.listings(a)
	d.entities(a, p.opts.Directory)
	// Quantities tie figures to the entities found above: keep after them.
	d.quantities(a)
	// Relations read the entities and quantities found above: keep last.
	d.relations(a)
	assemble(a)
	d.release()
	return a, nil
}

func (p *Parser) maxSize() int {
	if p.opts.MaxSize > 0 {
		return p.opts.MaxSize
	}
	return DefaultMaxSize
}

// check validates text before any work is done on it.
func (p *Parser) check(text string) error {
	if max := p.maxSize(); len(text) > max {
		return &InputError{
			Offset: max,
			Msg:    fmt.Sprintf("input of %d bytes is over the size limit of %d bytes", len(text), max),
			Err:    ErrTooLarge,
		}
	}
	if strings.TrimSpace(text) == "" {
		return &InputError{Msg: "input is empty or only white space", Err: ErrEmpty}
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		return inputError(text, i, ErrNUL, "NUL byte")
	}
	if !utf8.ValidString(text) {
		for i := 0; i < len(text); {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && n <= 1 {
				return inputError(text, i, ErrInvalidUTF8, fmt.Sprintf("invalid UTF-8 byte 0x%02x", text[i]))
			}
			i += n
		}
	}
	return nil
}
