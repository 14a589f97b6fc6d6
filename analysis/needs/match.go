package needs

import (
	"slices"

	"github.com/ally-mi/ally/analysis/lex"
)

// Phrase matching for needs: consecutive stems, with intensifiers skipped,
// negations and blocking contexts ruled out.

// found reports whether p occurs in text outside every context in not that
// it does not itself contain ("pressure" in "blood pressure" is not found,
// "something to do with my hands" is, despite "to do with"), and, when
// guard is set, not right after a negation, and where: text[s:e].
func found(p lex.Phrase, not []lex.Phrase, text []string, guard bool) (s, e int, ok bool) {
	for _, o := range spans(p, text) {
		if guard && negated(text, o[0]) {
			continue
		}
		if !inside(o[0], o[1]-o[0], not, text, 0) {
			return o[0], o[1], true
		}
	}
	return 0, 0, false
}

// inside reports whether the words text[s-off:s-off+n] overlap one of
// the contexts in not without holding all of it.
func inside(s, n int, not []lex.Phrase, text []string, off int) bool {
	s -= off
	for _, q := range not {
		for _, t := range spans(q, text) {
			overlap := t[0] < s+n && s < t[1]
			within := t[0] >= s && t[1] <= s+n
			if overlap && !within {
				return true
			}
		}
	}
	return false
}

// occurrences returns where p starts in text (see spans).
func occurrences(p lex.Phrase, text []string) []int {
	var out []int
	for _, s := range spans(p, text) {
		out = append(out, s[0])
	}
	return out
}

// spans returns where p occurs in text, as [start, end) spans of its
// stems in order, with nothing between them but intensifiers and hedges
// ("i'm stressed" in "I'm super stressed", "gives me energy" in "it gives
// me a bit of energy"). Nothing is skipped before the first stem or after
// the last.
func spans(p lex.Phrase, text []string) [][2]int {
	var out [][2]int
	if len(p) == 0 {
		return nil
	}
	for i := range text {
		if e := matchFrom(p, text, i); e >= 0 {
			out = append(out, [2]int{i, e})
		}
	}
	return out
}

// matchFrom returns where p, matched from text[i] on, ends in text, -1
// when it does not match there.
func matchFrom(p lex.Phrase, text []string, i int) int {
	if len(p) == 0 {
		return i
	}
	if i >= len(text) || text[i] != p[0] {
		return -1
	}
	if len(p) == 1 {
		return i + 1
	}
	if e := matchFrom(p[1:], text, i+1); e >= 0 {
		return e
	}
	for _, h := range intensifiers {
		if j := i + 1 + len(h); j <= len(text) && slices.Equal(text[i+1:j], h) {
			if e := matchFrom(p[1:], text, j); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// intensifiers and hedges may stand between the words of a phrase: "I'm so
// stressed", "I'm really anxious", "it gives me a bit of energy", "I get
// kind of lonely".
var intensifiers = func() []lex.Phrase {
	var out []lex.Phrase
	for _, h := range []string{"so", "really", "super", "very", "pretty", "quite", "all", "real", "just", "too",
		"totally", "extremely", "incredibly", "a bit", "a bit of", "a little", "a little bit", "a little bit of",
		"kind of", "kinda", "sort of", "sorta"} {
		out = append(out, lex.NewPhrase(h, false))
	}
	return out
}()

// negators deny what follows ("not relaxing", "don't enjoy it"). "Can't",
// "won't" and the like are not among them: "I can't sleep without it" and
// "my mind won't switch off" speak of a need that is not met, which is still
// the need.
var negators = map[string]bool{
	"not": true, "never": true, "don't": true, "dont": true, "doesn't": true, "doesnt": true, "didn't": true,
	"didnt": true, "isn't": true, "isnt": true, "wasn't": true, "wasnt": true, "aren't": true, "weren't": true,
	"haven't": true, "havent": true, "hasn't": true, "hadn't": true, "ain't": true, "hardly": true,
}

// softeners may stand between a negation and what it negates ("not really
// relaxing", "haven't been stressed"). Verbs of having and getting are not
// among them: "I don't get a break" still names the need for one.
var softeners = map[string]bool{
	"really": true, "very": true, "that": true, "so": true, "too": true, "much": true, "even": true, "been": true,
	"be": true, "feel": true, "a": true, "any": true, "all": true, "ever": true, "always": true, "actually": true, "big": true,
}

// negated reports whether the word at text[i] follows a negation, directly
// or across one or two softeners ("not really that relaxing").
func negated(text []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if negators[text[j]] {
			return true
		}
		if !softeners[text[j]] {
			return false
		}
	}
	return false
}
