package mi

import (
	"math"
	"strconv"

	"github.com/ally-mi/ally"
)

// turn is one utterance as the feature extractor sees it: its tokens and,
// index for index, their stems.
type turn struct {
	role  ally.Role
	toks  []string
	stems []string
}

// newTurn tokenises text, said by someone in role, and stems its tokens once
// for every feature that reads them.
func newTurn(role ally.Role, text string) turn {
	toks := tokenize(text)
	stems := make([]string, len(toks))
	for j, w := range toks {
		stems[j] = stem(w)
	}
	return turn{role: role, toks: toks, stems: stems}
}

// feature is one named feature with its value, before it is looked up in
// the vocabulary.
type feature struct {
	name  string
	value float32
}

// sessionFeatures returns the features of every turn of a session. Each turn
// is described by its own words and by its neighbours: the turn before it
// (what it answers) and the turn after it (how it was taken). A
// practitioner's turn that follows someone else's is also described by how
// much of that turn it gives back.
func sessionFeatures(turns []turn) [][]feature {
	out := make([][]feature, len(turns))
	for i, t := range turns {
		var prev, next *turn
		if i > 0 {
			prev = &turns[i-1]
		}
		if i+1 < len(turns) {
			next = &turns[i+1]
		}
		out[i] = turnFeatures(nil, t, prev, next, i, len(turns))
	}
	return out
}

// turnFeatures appends to fs the features of t, turn i of n, whose
// neighbours are prev and next (nil at the ends of the session).
func turnFeatures(fs []feature, t turn, prev, next *turn, i, n int) []feature {
	fs = ownFeatures(fs, t)
	fs = append(fs, feature{"len|" + lengthBucket(len(t.toks)), 1})
	fs = append(fs, feature{"pos|" + strconv.Itoa(10*i/n), 1})
	if prev != nil {
		p := *prev
		rel := "other"
		if p.role == t.role {
			rel = "same"
		}
		fs = append(fs, feature{"prev|" + rel, 1})
		fs = neighbourFeatures(fs, "p", p.toks, 0.5)
		fs = answerFeatures(fs, t.toks, p.toks)
		if t.role != ally.RoleClient && p.role != t.role {
			fs = overlapFeatures(fs, t, p)
		}
	} else {
		fs = append(fs, feature{"prev|none", 1})
	}
	if next != nil {
		fs = neighbourFeatures(fs, "n", next.toks, 0.5)
	} else {
		fs = append(fs, feature{"next|none", 1})
	}
	return fs
}

// ownFeatures appends the features of a turn's own words: word 1-3-grams,
// stems, its first and last words, negated words, words around a target
// behaviour, character 4-grams and, for a client's turn, words similar in
// meaning (client talk is where training is thinnest; the practitioner's
// codes have not been measured with them). N-grams are scaled by 1/sqrt(length) so a
// long turn weighs no more than a short one.
func ownFeatures(fs []feature, t turn) []feature {
	toks := t.toks
	n := len(toks)
	if n == 0 {
		return append(fs, feature{"empty", 1})
	}
	v := 1 / float32(math.Sqrt(float64(n)))
	for j := range toks {
		fs = append(fs, feature{"w|" + toks[j], v})
		if st := t.stems[j]; st != toks[j] {
			fs = append(fs, feature{"s|" + st, v})
		}
		if j+1 < n {
			fs = append(fs, feature{"b|" + toks[j] + "_" + toks[j+1], v})
		}
		if j+2 < n {
			fs = append(fs, feature{"t|" + toks[j] + "_" + toks[j+1] + "_" + toks[j+2], v})
		}
	}
	fs = edgeFeatures(fs, "", toks, 1)
	if n > 1 {
		fs = append(fs, feature{"l2|" + toks[n-2] + "_" + toks[n-1], 1})
	}
	negated := negationScope(toks)
	fs = negationFeatures(fs, toks, negated, v)
	fs = targetFeatures(fs, toks, v)
	if t.role == ally.RoleClient {
		fs = similarFeatures(fs, toks, negated, 0.6*v)
	}
	return charFeatures(fs, toks, 0.5)
}

// neighbourFeatures appends the words of a neighbouring turn, named with
// prefix and weighted below the turn's own words.
func neighbourFeatures(fs []feature, prefix string, toks []string, weight float32) []feature {
	n := len(toks)
	if n == 0 {
		return append(fs, feature{prefix + "empty", weight})
	}
	v := weight / float32(math.Sqrt(float64(n)))
	for j := range toks {
		fs = append(fs, feature{prefix + "w|" + toks[j], v})
	}
	return edgeFeatures(fs, prefix, toks, weight)
}

// edgeFeatures appends the first word, first two words and last word of a
// turn: how a turn opens and closes tells questions, answers and
// reflections apart.
func edgeFeatures(fs []feature, prefix string, toks []string, weight float32) []feature {
	n := len(toks)
	fs = append(fs, feature{prefix + "f|" + toks[0], weight})
	if n > 1 {
		fs = append(fs, feature{prefix + "f2|" + toks[0] + "_" + toks[1], weight})
	}
	return append(fs, feature{prefix + "l|" + toks[n-1], weight})
}

// negationFeatures marks the words in the scope of a negation: "I do n't
// want to drink" says "want" negated.
func negationFeatures(fs []feature, toks []string, negated []bool, v float32) []feature {
	for j, w := range toks {
		if negated[j] {
			fs = append(fs, feature{"neg|" + w, v})
		}
	}
	return fs
}

// negationScope reports, word by word, whether a word is in the scope of a
// negation: after one, up to the next punctuation or "but".
func negationScope(toks []string) []bool {
	out := make([]bool, len(toks))
	negated := false
	for j, w := range toks {
		switch {
		case isNegation(w):
			negated = true
		case w == "." || w == "," || w == "?" || w == "!" || w == "but":
			negated = false
		default:
			out[j] = negated
		}
	}
	return out
}

// lengthBucket names the length class of a turn of n tokens.
func lengthBucket(n int) string {
	switch {
	case n <= 2:
		return strconv.Itoa(n)
	case n <= 5:
		return "3-5"
	case n <= 10:
		return "6-10"
	case n <= 20:
		return "11-20"
	case n <= 40:
		return "21-40"
	}
	return "41+"
}

// isNegation reports whether w turns what follows it around.
func isNegation(w string) bool {
	switch w {
	case "not", "n't", "no", "never", "nothing", "cannot", "nobody", "nowhere", "neither", "nor":
		return true
	}
	return false
}

// answerFeatures ties a short answer to the question it answers: "yes" after
// "do you enjoy it" is not "yes" after "do you want to stop".
func answerFeatures(fs []feature, own, prev []string) []feature {
	if len(own) > 6 || len(prev) == 0 {
		return fs
	}
	pol := "other"
	for _, w := range own {
		switch w {
		case "yes", "yeah", "yep", "sure", "right", "definitely", "absolutely", "okay", "huh", "hmm":
			pol = "yes"
		case "no", "nope", "n't", "not", "never", "nah":
			pol = "no"
		}
	}
	v := 1 / float32(math.Sqrt(float64(len(prev))))
	for _, w := range prev {
		fs = append(fs, feature{"a|" + pol + "|" + w, v})
	}
	return fs
}

// charFeatures appends the character 4-grams of the turn's words (with
// boundary marks), which tie together forms a word list keeps apart.
func charFeatures(fs []feature, toks []string, weight float32) []feature {
	var grams []string
	for _, w := range toks {
		b := []rune("<" + w + ">")
		if len(b) <= 4 {
			grams = append(grams, string(b))
			continue
		}
		for i := 0; i+4 <= len(b); i++ {
			grams = append(grams, string(b[i:i+4]))
		}
	}
	if len(grams) == 0 {
		return fs
	}
	v := weight / float32(math.Sqrt(float64(len(grams))))
	for _, g := range grams {
		fs = append(fs, feature{"ch|" + g, v})
	}
	return fs
}
