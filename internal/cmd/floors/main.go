// Command floors checks dev-corpus scores (the JSON that ../shared/eval/run
// -json prints) against minimums kept in a floors file, so that no change
// silently lowers a score.
//
//	floors -floors .ci/floors -scores scores.json
//
// The floors file has one "name minimum" pair a line; "#" starts a comment.
// A name is a category ("listings": its F1), "attributes.NAME" (its share
// right), "overall_f1" or "unreadable" (a maximum, not a minimum).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	floorsPath := flag.String("floors", ".ci/floors", "file of floors")
	scoresPath := flag.String("scores", "", "scores as JSON")
	flag.Parse()
	if err := run(*floorsPath, *scoresPath); err != nil {
		fmt.Fprintln(os.Stderr, "floors:", err)
		os.Exit(1)
	}
}

func run(floorsPath, scoresPath string) error {
	raw, err := os.ReadFile(scoresPath)
	if err != nil {
		return err
	}
	var scores map[string]json.RawMessage
	if err := json.Unmarshal(raw, &scores); err != nil {
		return fmt.Errorf("%s: %w", scoresPath, err)
	}
	f, err := os.Open(floorsPath)
	if err != nil {
		return err
	}
	defer f.Close()
	failed := 0
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		fs := strings.Fields(line)
		if len(fs) != 2 {
			return fmt.Errorf("%s:%d: want \"name minimum\"", floorsPath, n)
		}
		min, err := strconv.ParseFloat(fs[1], 64)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", floorsPath, n, err)
		}
		got, err := value(scores, fs[0])
		if err != nil {
			return fmt.Errorf("%s:%d: %v", floorsPath, n, err)
		}
		ok := got >= min
		if fs[0] == "unreadable" {
			ok = got <= min
		}
		mark := "ok  "
		if !ok {
			mark = "FAIL"
			failed++
		}
		fmt.Printf("%s %-28s %.3f (floor %.3f)\n", mark, fs[0], got, min)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d scores under their floors", failed)
	}
	return nil
}

// value reads one score by name from the scorer's JSON.
func value(scores map[string]json.RawMessage, name string) (float64, error) {
	if attr, ok := strings.CutPrefix(name, "attributes."); ok {
		var attrs map[string]float64
		if err := json.Unmarshal(scores["attributes"], &attrs); err != nil {
			return 0, fmt.Errorf("no attributes in scores")
		}
		v, ok := attrs[attr]
		if !ok {
			return 0, fmt.Errorf("no attribute %q in scores", attr)
		}
		return v, nil
	}
	raw, ok := scores[name]
	if !ok {
		return 0, fmt.Errorf("no score %q", name)
	}
	var v float64
	if err := json.Unmarshal(raw, &v); err == nil {
		return v, nil
	}
	var row struct{ F1 float64 }
	if err := json.Unmarshal(raw, &row); err != nil {
		return 0, fmt.Errorf("score %q: %v", name, err)
	}
	return row.F1, nil
}
