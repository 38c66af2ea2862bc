package pyscape

import "unicode/utf8"

const hexDigits = "0123456789abcdef"

// appendString appends `s` as a JSON string, cut at `limit` bytes (on a character boundary);
// invalid UTF-8 becomes U+FFFD.
func appendString(b []byte, s string, limit int) []byte {
	if len(s) > limit {
		s = s[:limit]
		for len(s) > 0 && !utf8.ValidString(s[len(s)-min(len(s), 3):]) {
			_, size := utf8.DecodeLastRuneInString(s)
			if size > 1 {
				break
			}
			s = s[:len(s)-1]
		}
	}
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20 || c == 0x7f:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, `\ufffd`...)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}

// appendChar appends a byte (LeetCode's Go `byte` for a char) as a one-character JSON string.
func appendChar(b []byte, c byte) []byte {
	if c < utf8.RuneSelf {
		return appendString(b, string(rune(c)), 8)
	}
	return append(b, '"', '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf], '"')
}
