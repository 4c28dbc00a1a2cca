package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/article"
)

func TestSample(t *testing.T) {
	var out, errs bytes.Buffer
	path := filepath.Join("testdata", "sample.txt")
	if n := batch(&out, nil, &errs, []string{path}, config{indent: true}); n != 0 {
		t.Fatalf("%d failed: %s", n, errs.String())
	}
	var a article.Article
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatalf("output is not wire JSON: %v", err)
	}
	if !strings.Contains(out.String(), `"schema": "newsfacts/v1"`) {
		t.Errorf("no schema field in output")
	}
	if a.Source != path {
		t.Errorf("source = %q, want %q", a.Source, path)
	}
	if a.Headline == "" || a.AsOf.IsZero() || len(a.Listings) == 0 || len(a.Paragraphs) == 0 {
		t.Errorf("sample page lost its header or listings: %+v", a)
	}
}

func TestStdinAndSource(t *testing.T) {
	var out, errs bytes.Buffer
	in := strings.NewReader("Posco Holdings (005490 KS) rose on Friday after the results.\n")
	if n := batch(&out, in, &errs, []string{"-"}, config{source: "feed"}); n != 0 {
		t.Fatal(errs.String())
	}
	var a article.Article
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if a.Source != "feed" || len(a.Listings) != 1 || a.Listings[0].Symbol() != "005490" {
		t.Errorf("got %+v", a)
	}
}

// TestDirectory checks that -directory's companies reach the parser.
func TestDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "known.csv")
	if err := os.WriteFile(path, []byte("name,aliases\nOrbis Metals,Orbis\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir, err := loadDirectory(path)
	if err != nil {
		t.Fatal(err)
	}
	text := "Orbis will buy more nickel this year, it said on Monday.\n"
	for _, tc := range []struct {
		cfg  config
		want int
	}{{config{}, 0}, {config{dir: dir}, 1}} {
		var out, errs bytes.Buffer
		if n := batch(&out, strings.NewReader(text), &errs, []string{"-"}, tc.cfg); n != 0 {
			t.Fatal(errs.String())
		}
		var a article.Article
		if err := json.Unmarshal(out.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		if len(a.Entities) != tc.want {
			t.Errorf("directory %v: entities = %+v, want %d", tc.cfg.dir != nil, a.Entities, tc.want)
		}
	}
	if _, err := loadDirectory(filepath.Join(t.TempDir(), "none.csv")); err == nil {
		t.Error("loadDirectory of a missing file did not fail")
	}
}

// TestBatch runs many inputs, some bad, through several workers: lines come
// out in input order, bad inputs are named on stderr and counted, and the
// rest still print.
func TestBatch(t *testing.T) {
	dir := t.TempDir()
	var names []string
	for i := range 40 {
		name := filepath.Join(dir, "page"+string(rune('a'+i%26))+string(rune('a'+i/26))+".txt")
		text := "Hanbit Cable (KRX: 0" + string(rune('1'+i%9)) + "0000) said output rose.\n"
		switch i {
		case 7:
			text = "bad \xff byte"
		case 19:
			text = "   \n"
		}
		if i != 31 {
			if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		names = append(names, name)
	}
	var out, errs bytes.Buffer
	failed := batch(&out, nil, &errs, names, config{workers: 4})
	if failed != 3 {
		t.Errorf("failed = %d, want 3; stderr:\n%s", failed, errs.String())
	}
	for _, bad := range []int{7, 19, 31} {
		if !strings.Contains(errs.String(), names[bad]+":") {
			t.Errorf("stderr does not name %s:\n%s", names[bad], errs.String())
		}
	}
	sc := bufio.NewScanner(&out)
	var got []string
	for sc.Scan() {
		var a article.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		got = append(got, a.Source)
	}
	var want []string
	for i, n := range names {
		if i != 7 && i != 19 && i != 31 {
			want = append(want, n)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("order of sources:\n%v\nwant\n%v", got, want)
	}
}
