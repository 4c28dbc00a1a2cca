package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const scores = `{"listings": {"TP": 13, "F1": 0.96}, "unreadable": 0, "overall_f1": 0.9,
  "attributes": {"as_of": 1, "measure": 0.8}}`

func TestRun(t *testing.T) {
	s := write(t, "scores.json", scores)
	for _, tc := range []struct {
		floors string
		err    string // "" for success, else part of the error
	}{
		{"listings 0.95\nunreadable 0\nattributes.as_of 0.95 # a comment\n\n", ""},
		{"listings 0.97\n", "1 scores under their floors"},
		{"attributes.measure 0.85\noverall_f1 0.95\n", "2 scores under their floors"},
		{"unreadable -1\n", "1 scores under"},
		{"people 0.5\n", `no score "people"`},
		{"attributes.people 0.5\n", `no attribute "people"`},
		{"listings\n", `:1: want "name minimum"`},
		{"listings high\n", ":1:"},
	} {
		err := run(write(t, "floors", tc.floors), s)
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("%q: %v", tc.floors, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q: err = %v, want %q", tc.floors, err, tc.err)
		}
	}
}
