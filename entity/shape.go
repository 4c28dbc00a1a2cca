package entity

import "strings"

// shape is the form of the codes an exchange gives its listings. Each
// shape checks a code by hand (no regexp: ParseListing is called on many
// candidates) and returns it normalised.
type shape uint8

const (
	shapeGeneric shape = iota // 2 to 12 letters or digits, with inner . - & /
	shapeKR                   // [0-9]{4}[0-9A-HJ-NP-TV-Z][0-9], optional leading A
	shapeJP                   // [1-9][0-9ACDFGHJKLMNPRSTUWXY][0-9][0-9ACDFGHJKLMNPRSTUWXY]
	shapeTW                   // 4 digits, then up to 2 digits or a final letter
	shapeHK                   // 1 to 5 digits, written padded to 4
	shapeCN                   // 6 digits
	shapeVN                   // 3 letters
	shapeAU                   // 3 to 6 letters or digits, at least one letter
	shapeUS                   // 1 to 5 letters, optional class .B
	shapeGB                   // 2 to 4 letters or digits, optional class .A
	shapeCA                   // like generic, but from 1 character and with a letter
	shapeNordic               // like generic, with an optional share class " B"
)

// describe says what a code of the shape looks like, for error messages.
func (sh shape) describe() string {
	switch sh {
	case shapeKR:
		return "6 characters such as 005930"
	case shapeJP:
		return "4 characters such as 7203 or 130A"
	case shapeTW:
		return "4 to 6 characters such as 2330"
	case shapeHK:
		return "1 to 5 digits such as 0700"
	case shapeCN:
		return "6 digits such as 600519"
	case shapeVN:
		return "3 letters such as VIC"
	case shapeAU:
		return "3 to 6 letters or digits such as LYC"
	case shapeUS:
		return "1 to 5 letters such as MP or BRK.B"
	case shapeGB:
		return "2 to 4 letters or digits such as SXX"
	case shapeCA:
		return "1 to 12 letters or digits, with a letter, such as TECK.B"
	case shapeNordic:
		return "2 to 12 letters or digits, with an optional class, such as NOVO B"
	}
	return "2 to 12 letters or digits such as ASML"
}

// norm checks code against the shape and returns it normalised: Hong
// Kong codes padded to 4 digits, the Korean broker prefix A and the
// trailing dot of London codes dropped, share-class separators written
// as ".". The result may be a substring of code.
func (sh shape) norm(code string) (string, bool) {
	switch sh {
	case shapeKR:
		if len(code) == 7 && code[0] == 'A' {
			code = code[1:]
		}
		return code, isKRCode(code)
	case shapeJP:
		return code, isJPCode(code)
	case shapeTW:
		return code, isTWCode(code)
	case shapeHK:
		return normHK(code)
	case shapeCN:
		return code, len(code) == 6 && allDigits(code)
	case shapeVN:
		return code, len(code) == 3 && allUpper(code)
	case shapeAU:
		return code, len(code) >= 3 && len(code) <= 6 && isAlnum(code) && hasUpper(code)
	case shapeUS:
		return normClass(code, 5, 2)
	case shapeGB:
		if n := len(code); n > 0 && code[n-1] == '.' {
			code = code[:n-1] // "BP." is how the LSE writes 2-letter codes
		}
		if len(code) >= 2 && len(code) <= 4 && isAlnum(code) && hasUpper(code) {
			return code, true
		}
		return normClassGB(code)
	case shapeCA:
		if !hasUpper(code) {
			return code, false // Canadian symbols have letters
		}
		return normGeneric(code, 1)
	case shapeNordic:
		// "MAERSK B", "NOVO B": the Nordic exchanges write a share's
		// class after a space.
		if base, ok := spacedClass(code); ok {
			if _, ok := normGeneric(base, 2); ok {
				return code, true
			}
			return code, false
		}
	}
	return normGeneric(code, 2)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isUpper(s[i]) {
			return false
		}
	}
	return true
}

func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && !isUpper(s[i]) {
			return false
		}
	}
	return true
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			return true
		}
	}
	return false
}

// isKRCode reports whether s is a KRX short code: 4 digits, a digit or a
// letter other than I, O and U, and a digit.
func isKRCode(s string) bool {
	if len(s) != 6 || !allDigits(s[:4]) || !isDigit(s[5]) {
		return false
	}
	c := s[4]
	return isDigit(c) || (isUpper(c) && c != 'I' && c != 'O' && c != 'U')
}

// jpLetter reports whether c is one of the 19 letters JPX uses in codes
// issued since 2024 (not B, E, I, O, Q, V, Z).
func jpLetter(c byte) bool {
	switch c {
	case 'A', 'C', 'D', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'U', 'W', 'X', 'Y':
		return true
	}
	return false
}

// isJPCode reports whether s is a 4-character Japanese securities code
// such as 7203 or 130A.
func isJPCode(s string) bool {
	return len(s) == 4 && '1' <= s[0] && s[0] <= '9' &&
		(isDigit(s[1]) || jpLetter(s[1])) && isDigit(s[2]) &&
		(isDigit(s[3]) || jpLetter(s[3]))
}

// isTWCode reports whether s is a Taiwanese code: 4 digits (2330), ETFs
// and warrants up to 6 digits (00878), optionally ending in a letter
// (2881A, 00632R).
func isTWCode(s string) bool {
	n := len(s)
	if n < 4 || n > 6 || !allDigits(s[:4]) {
		return false
	}
	for i := 4; i < n; i++ {
		if !isDigit(s[i]) && !(i == n-1 && isUpper(s[i])) {
			return false
		}
	}
	return true
}

// normHK strips leading zeros from a Hong Kong code and pads it back to 4
// digits: "700", "0700" and "00700" are all "0700".
func normHK(s string) (string, bool) {
	if len(s) == 0 || len(s) > 5 || !allDigits(s) {
		return s, false
	}
	i := 0
	for i < len(s) && s[i] == '0' {
		i++
	}
	s = s[i:]
	switch {
	case s == "":
		return s, false
	case len(s) < 4:
		return "0000"[:4-len(s)] + s, true
	}
	return s, true
}

// normClass checks a symbol of 1 to maxBase capital letters, optionally
// followed by a share class of 1 to maxClass letters after ".", "/" or
// "-" (BRK.B, BRK/B, BRK-B), and writes the separator as ".".
func normClass(s string, maxBase, maxClass int) (string, bool) {
	i := 0
	for i < len(s) && isUpper(s[i]) {
		i++
	}
	if i == 0 || i > maxBase {
		return s, false
	}
	if i == len(s) {
		return s, true
	}
	sep, class := s[i], s[i+1:]
	if (sep != '.' && sep != '/' && sep != '-') || len(class) == 0 || len(class) > maxClass || !allUpper(class) {
		return s, false
	}
	if sep != '.' {
		return s[:i] + "." + class, true
	}
	return s, true
}

// normClassGB accepts a London code with a one-letter class (BT.A).
func normClassGB(s string) (string, bool) {
	n := len(s)
	if n < 4 || n > 6 || s[n-2] != '.' || !isUpper(s[n-1]) {
		return s, false
	}
	base := s[:n-2]
	return s, len(base) >= 2 && isAlnum(base) && hasUpper(base)
}

// normGeneric accepts min to 12 capital letters and digits with single
// inner separators ".", "-", "&" or "/" (TECK.B, BAJAJ-AUTO, M&M); "/" is
// written as ".".
func normGeneric(s string, min int) (string, bool) {
	if len(s) < min || len(s) > 12 {
		return s, false
	}
	slash := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isUpper(c) || isDigit(c) {
			continue
		}
		if c != '.' && c != '-' && c != '&' && c != '/' {
			return s, false
		}
		if i == 0 || i == len(s)-1 || !isAlnumByte(s[i-1]) {
			return s, false
		}
		slash = slash || c == '/'
	}
	if slash {
		return strings.ReplaceAll(s, "/", "."), true
	}
	return s, true
}

// spacedClass reports a code written with its share class after a space,
// "MAERSK B", and returns the code before the class.
func spacedClass(s string) (string, bool) {
	n := len(s)
	if n < 4 || s[n-2] != ' ' || s[n-1] < 'A' || s[n-1] > 'D' {
		return "", false
	}
	return s[:n-2], true
}

func isAlnumByte(c byte) bool { return isDigit(c) || isUpper(c) }

// isCashtagSymbol reports whether s can follow "$" as a cashtag: 1 to 6
// letters with an optional one-letter class ($RIO, $BRK.B), or a 4-character
// Japanese or 6-character Korean code ($8031, $005930). Three-digit and
// five-digit numbers are prices, not symbols. It returns s normalised.
func isCashtagSymbol(s string) (string, bool) {
	if len(s) > 0 && isDigit(s[0]) {
		return s, isJPCode(s) || isKRCode(s)
	}
	if isCurrencySign(s) {
		return s, false
	}
	return normClass(s, 6, 1)
}

// isCurrencySign reports whether s is a currency written after "$" ($US,
// $NZ, $HK ...), which is not a cashtag.
func isCurrencySign(s string) bool {
	switch s {
	case "US", "USD", "AU", "AUD", "CA", "CAD", "NZ", "NZD", "HK", "HKD", "SG", "SGD", "NT", "NTD":
		return true
	}
	return false
}
