package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(good, []byte("Posco Holdings (005490 KS) rose.\n"), 0o644)
	os.WriteFile(bad, []byte("x \xff"), 0o644)
	var errs bytes.Buffer
	arts, ok := ParseFiles("prog", []string{good, bad, filepath.Join(dir, "missing.txt")}, &errs)
	if ok || len(arts) != 1 || arts[0].Source != good {
		t.Fatalf("ok %v, %d articles", ok, len(arts))
	}
	for _, want := range []string{"prog: " + bad + ": parse: invalid UTF-8", "prog: " + filepath.Join(dir, "missing.txt") + ":"} {
		if !strings.Contains(errs.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs.String())
		}
	}
}
