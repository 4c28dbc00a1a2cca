// Command newsjson parses news pages and prints them as JSON in the wire
// format v1 of package article.
//
//	newsjson [-jsonl] [-source NAME] [-directory CSV] [FILE...]
//
// With no FILE, or with "-", it reads standard input. With one input it
// prints one indented JSON object. With -jsonl it prints one compact
// object per line for each input, in the order the inputs were given,
// parsing them on all cores; use it to run over a folder of pages:
//
//	newsjson -jsonl pages/*.txt > articles.jsonl
//
// A file that cannot be read or parsed is reported on standard error with
// its name, and the batch goes on; the exit status is 1 when any input
// failed and 2 for bad usage. When standard error is a terminal, a
// progress line counts the inputs done.
//
// -source sets the article's source field for every input; by default it
// is the file name (and empty for standard input).
//
// -directory names a CSV file of known companies (a security master: a
// header, then name, aliases and listings, as parse.LoadDirectory reads
// them); its names win over the parser's own reading of company names.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/newsfacts/newsfacts/parse"
)

func main() {
	jsonl := flag.Bool("jsonl", false, "print one compact JSON object per line for each input")
	source := flag.String("source", "", "value of every article's source field (default: the file name)")
	dirFile := flag.String("directory", "", "CSV `file` of known companies: name, aliases, listings")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: newsjson [-jsonl] [-source NAME] [-directory CSV] [FILE...]")
		flag.PrintDefaults()
	}
	flag.Parse()
	names := flag.Args()
	if len(names) == 0 {
		names = []string{"-"}
	}
	cfg := config{indent: !*jsonl, source: *source}
	if *dirFile != "" {
		dir, err := loadDirectory(*dirFile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "newsjson:", err)
			os.Exit(2)
		}
		cfg.dir = dir
	}
	if fi, err := os.Stderr.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 && len(names) > 1 {
		cfg.progress = os.Stderr
	}
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	failed := batch(out, os.Stdin, os.Stderr, names, cfg)
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "newsjson:", err)
		os.Exit(1)
	}
	if failed > 0 {
		os.Exit(1)
	}
}

// config says how batch prints.
type config struct {
	indent   bool             // indent the JSON; else one compact object a line
	source   string           // the source field for every input, if set
	progress io.Writer        // where to draw a progress line, or nil
	workers  int              // parsers running at once; 0 means GOMAXPROCS
	dir      *parse.Directory // known companies, or nil
}

// loadDirectory reads the CSV directory of known companies in file name.
func loadDirectory(name string) (*parse.Directory, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dir, err := parse.LoadDirectory(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return dir, nil
}

// result is one input, parsed.
type result struct {
	json []byte
	err  error
}

// batch parses every named input on several goroutines and writes their
// JSON to w in input order; it reports failures on errw and returns how
// many inputs failed.
func batch(w io.Writer, stdin io.Reader, errw io.Writer, names []string, cfg config) int {
	workers := cfg.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	p := parse.New(parse.Options{Directory: cfg.dir}) // safe for concurrent use
	// Inputs are handed out in order and at most 4*workers results wait
	// to be printed, so memory stays bounded for any number of inputs.
	slots := make(chan chan result, 4*workers)
	jobs := make(chan func(), workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for job := range jobs {
				job()
			}
		})
	}
	go func() {
		for _, name := range names {
			slot := make(chan result, 1)
			slots <- slot
			jobs <- func() { slot <- parseOne(p, stdin, name, cfg) }
		}
		close(jobs)
		close(slots)
	}()
	failed, done := 0, 0
	for slot := range slots {
		r := <-slot
		name := names[done]
		done++
		if r.err != nil {
			failed++
			if cfg.progress != nil {
				fmt.Fprint(errw, "\r\033[K")
			}
			fmt.Fprintf(errw, "newsjson: %s: %v\n", display(name), r.err)
		} else {
			w.Write(r.json)
		}
		if cfg.progress != nil {
			fmt.Fprintf(cfg.progress, "\r\033[K%d/%d parsed, %d failed", done, len(names), failed)
		}
	}
	if cfg.progress != nil {
		fmt.Fprintln(cfg.progress)
	}
	wg.Wait()
	return failed
}

func display(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

// parseOne reads and parses one input and returns its JSON line(s).
func parseOne(p *parse.Parser, stdin io.Reader, name string, cfg config) result {
	var (
		b   []byte
		err error
	)
	if name == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(name)
	}
	if err != nil {
		return result{err: err}
	}
	a, err := p.ParseBytes(b)
	if err != nil {
		return result{err: err}
	}
	a.Source = cfg.source
	if a.Source == "" && name != "-" {
		a.Source = name
	}
	var out []byte
	if cfg.indent {
		out, err = json.MarshalIndent(a, "", "  ")
	} else {
		out, err = json.Marshal(a)
	}
	if err != nil {
		return result{err: err}
	}
	return result{json: append(out, '\n')}
}
