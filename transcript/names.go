package transcript

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The limits of a plausible speaker name: "Dr Dana Reyes", "Speaker 2",
// "Sam (he/him)", "Dr. Maria del Carmen Lopez Garcia (she/her)" as a
// video call shows it; anything longer is a sentence with a colon in it.
const (
	maxNameLen   = 64
	maxNameWords = 8
)

// cutName splits "Name: text" at the first colon outside brackets and
// clock times, so a stamp such as "Dana [00:01:02]: text" keeps its colons
// and "At 5:30 I wake" has no name. ok is false when the part before the
// colon cannot be a name.
func cutName(line string) (name, rest string, ok bool) {
	depth := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '[', '(':
			depth++
		case ']', ')':
			depth--
		case ':':
			if depth != 0 || (i > 0 && isDigit(line[i-1]) && i+1 < len(line) && isDigit(line[i+1])) {
				continue
			}
			name, rest = strings.TrimSpace(line[:i]), line[i+1:]
			if strings.HasPrefix(rest, "//") { // a URL, not a speaker
				return "", "", false
			}
			bare := name
			if _, b := cutTrailingStamp(name); b != "" {
				bare = b
			}
			return name, rest, plausibleName(bare)
		}
	}
	return "", "", false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// plausibleName reports whether s is short and free of sentence punctuation,
// as a speaker label is. A period is allowed at the end of a short word,
// for "Dr." and "Sam O."; one comma at the end of a word before the last,
// for the "Last, First" a video call may show, when the name is
// capitalised as a name is.
func plausibleName(s string) bool {
	if s == "" || len(s) > maxNameLen || utf8.RuneCountInString(s) > maxNameLen {
		return false
	}
	words := strings.Fields(s)
	if len(words) > maxNameWords {
		return false
	}
	letters, commas := false, 0
	for k, w := range words {
		for i, r := range w {
			switch {
			case unicode.IsLetter(r):
				letters = true
			case r == '.':
				if i != len(w)-1 || len(w) > 4 {
					return false
				}
			case r == ',':
				commas++
				if i != len(w)-1 || k == len(words)-1 || commas > 1 {
					return false
				}
			case strings.ContainsRune(`?!;:"<>{}=*`, r), unicode.IsControl(r):
				return false
			}
		}
	}
	if commas > 0 && !looksLikeName(s) {
		return false // "Well, you know: ..." is a sentence
	}
	return letters
}

// nameFilter decides which "Name:" candidates are speakers. Real names
// recur; words before a colon that appear once ("Well: I don't know") are
// more likely text, unless they are shaped like a name or a role label.
type nameFilter struct {
	counts map[string]int
}

func newNameFilter() *nameFilter { return &nameFilter{counts: map[string]int{}} }

func (f *nameFilter) add(name string) { f.counts[name]++ }

func (f *nameFilter) accept(name string) bool {
	if f.counts[name] > 1 || looksLikeName(name) {
		return true
	}
	role, _ := labelOf(name)
	return role != ""
}

// looksLikeName reports whether every word is capitalised (or a number, or
// a particle such as "del" after the first) and the first is not a word
// that often starts a sentence.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || notNames[strings.ToLower(strings.Trim(words[0], ".,"))] {
		return false
	}
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '(' && !uncased(r) && (k == 0 || !particles[w]) {
			return false
		}
	}
	return true
}

// particles are the lower-case words inside names: "Maria del Carmen",
// "Ludwig van Beethoven", "Ana dos Santos".
var particles = map[string]bool{
	"de": true, "del": true, "della": true, "der": true, "den": true, "di": true, "da": true, "das": true,
	"do": true, "dos": true, "du": true, "la": true, "le": true, "van": true, "von": true, "y": true,
	"e": true, "bin": true, "binti": true, "ibn": true, "al": true, "el": true, "ten": true, "ter": true,
}

// uncased reports whether r is a letter of a script without capitals
// (Arabic, Hebrew, Chinese...), where a name cannot be told by its first
// letter and so is taken on the shape of the line alone.
func uncased(r rune) bool {
	return unicode.IsLetter(r) && unicode.ToUpper(r) == r && unicode.ToLower(r) == r
}

// notNames are capitalised words that start sentences before a colon.
var notNames = map[string]bool{
	"well": true, "so": true, "yes": true, "yeah": true, "no": true, "ok": true, "okay": true,
	"but": true, "and": true, "because": true, "note": true, "remember": true, "listen": true,
	"look": true, "honestly": true, "anyway": true, "basically": true, "like": true, "also": true,
	"example": true, "question": true, "answer": true, "the": true, "my": true, "this": true,
	"that": true, "here": true, "there": true, "it": true, "i": true, "you": true, "we": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "tomorrow": true, "yesterday": true,
	"goal": true, "plan": true, "step": true, "ps": true, "edit": true, "update": true,
}
