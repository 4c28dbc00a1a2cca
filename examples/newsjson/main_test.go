package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/article"
	"github.com/newsfacts/newsfacts/parse"
)

func TestRunSample(t *testing.T) {
	var out bytes.Buffer
	path := filepath.Join("testdata", "sample.txt")
	if err := run(&out, nil, path, ""); err != nil {
		t.Fatal(err)
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

func TestRunStdin(t *testing.T) {
	var out bytes.Buffer
	in := strings.NewReader("Posco Holdings (005490 KS) rose on Friday after the results.\n")
	if err := run(&out, in, "-", "feed"); err != nil {
		t.Fatal(err)
	}
	var a article.Article
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if a.Source != "feed" || len(a.Listings) != 1 || a.Listings[0].Symbol() != "005490" {
		t.Errorf("got %+v", a)
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("text \xff more"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := run(&bytes.Buffer{}, nil, bad, "")
	if !errors.Is(err, parse.ErrInvalidUTF8) || !strings.Contains(err.Error(), bad) {
		t.Errorf("err = %v, want invalid UTF-8 naming %s", err, bad)
	}
	if err := run(&bytes.Buffer{}, nil, filepath.Join(dir, "missing.txt"), ""); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err = %v, want not exist", err)
	}
}
