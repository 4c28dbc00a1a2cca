package parse

import (
	"strings"
	"testing"
)

// refContactCue is contactCue as a plain loop over the cues.
func refContactCue(t string) bool {
	if len(t) > 40 {
		return false
	}
	for _, w := range contactHeads {
		if equalLower(t, w) {
			return true
		}
	}
	for _, c := range contactCues {
		if hasPrefixLower(t, c) {
			return true
		}
	}
	return false
}

// refSignatureCue is signatureCue as a plain loop over the cues.
func refSignatureCue(t string) bool {
	if len(t) > 60 {
		return false
	}
	for _, c := range signatureCues {
		if hasPrefixLower(t, c) {
			return true
		}
	}
	return false
}

// TestCueFirstReference checks contactCue and signatureCue, which dismiss
// a line by its first byte, against the plain loops: on every line of
// the sample texts, on the cues in every case and cut short, and on
// every byte before them.
func TestCueFirstReference(t *testing.T) {
	var lines []string
	for _, s := range refTexts(t) {
		lines = append(lines, strings.Split(s, "\n")...)
	}
	cues := append(append(append([]string(nil), contactCues...), contactHeads...), signatureCues...)
	for _, c := range cues {
		for _, v := range []string{c, strings.ToUpper(c), strings.ToUpper(c[:1]) + c[1:], c + " x", c[:len(c)-1]} {
			lines = append(lines, v)
			for b := 0; b < 256; b++ {
				lines = append(lines, string(rune(b))+v[min(1, len(v)):], string([]byte{byte(b)})+v[min(1, len(v)):])
			}
		}
	}
	for _, l := range lines {
		if got, want := contactCue(l), refContactCue(l); got != want {
			t.Errorf("contactCue(%q) = %v, want %v", l, got, want)
		}
		if got, want := signatureCue(l), refSignatureCue(l); got != want {
			t.Errorf("signatureCue(%q) = %v, want %v", l, got, want)
		}
	}
}
