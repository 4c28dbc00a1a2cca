// Command newsjson parses a news page and prints it as JSON in the wire
// format v1 of package article.
//
//	newsjson [-source NAME] [FILE]
//
// With no FILE, or with "-", it reads standard input. On input it cannot
// read it prints one line to standard error and exits with status 1.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsfacts/newsfacts/parse"
)

func main() {
	source := flag.String("source", "", "value of the article's source field (default: the file name)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: newsjson [-source NAME] [FILE]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 1 {
		flag.Usage()
		os.Exit(2)
	}
	name := flag.Arg(0)
	if err := run(os.Stdout, os.Stdin, name, *source); err != nil {
		fmt.Fprintln(os.Stderr, "newsjson:", err)
		os.Exit(1)
	}
}

// run parses the file name (or stdin for "" and "-") and writes its JSON to w.
func run(w io.Writer, stdin io.Reader, name, source string) error {
	var (
		b   []byte
		err error
	)
	if name == "" || name == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(name)
		if source == "" {
			source = name
		}
	}
	if err != nil {
		return err
	}
	var p parse.Parser
	a, err := p.ParseBytes(b)
	if err != nil {
		if name != "" && name != "-" {
			return fmt.Errorf("%s: %w", name, err)
		}
		return err
	}
	a.Source = source
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(a)
}
