// Package cli holds what the example programs share: reading and parsing
// the files named on their command line.
package cli

import (
	"fmt"
	"io"
	"os"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/parse"
)

// ParseFiles reads and parses each named file, setting each article's
// source to its file name. A file that cannot be read or parsed is
// reported on stderr as "prog: name: error" and skipped; ok is false when
// any was.
func ParseFiles(prog string, names []string, stderr io.Writer) (arts []*article.Article, ok bool) {
	var p parse.Parser
	ok = true
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err == nil {
			var a *article.Article
			if a, err = p.ParseBytes(b); err == nil {
				a.Source = name
				arts = append(arts, a)
				continue
			}
		}
		fmt.Fprintf(stderr, "%s: %s: %v\n", prog, name, err)
		ok = false
	}
	return arts, ok
}
