package mi

import "strings"

// targetStems are the beginnings of words that name a behaviour clients come
// to change. Client talk is change or sustain talk by its stance towards the
// target behaviour, so "I like <target>" means the same whether the target is
// drinking, smoking or eating; abstracting the word lets what is learnt on one
// topic carry to another.
var targetStems = []string{
	"drink", "drank", "alcohol", "beer", "wine", "booze", "vodka", "whisk", "liquor", "drunk",
	"smok", "cigar", "vap", "nicotin", "tobacco", "weed", "marijuana", "pot", "cannabis",
	"drug", "cocaine", "heroin", "meth", "opioid", "pill",
	"eat", "food", "snack", "sugar", "soda", "diet", "weight", "junk", "fast",
	"exercis", "gym", "walk", "run", "workout", "active",
	"medic", "insulin", "dose", "gambl", "bet", "sleep", "game", "gaming",
}

// isTarget reports whether w names a target behaviour.
func isTarget(w string) bool {
	for _, s := range targetStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// targetFeatures appends the n-grams around target-behaviour words, with the
// word itself replaced by a placeholder.
func targetFeatures(fs []feature, toks []string, v float32) []feature {
	for j, w := range toks {
		if !isTarget(w) {
			continue
		}
		fs = append(fs, feature{"tg|any", v})
		if j > 0 {
			fs = append(fs, feature{"tg|" + toks[j-1] + "_T", v})
		}
		if j > 1 {
			fs = append(fs, feature{"tg|" + toks[j-2] + "_" + toks[j-1] + "_T", v})
		}
		if j+1 < len(toks) {
			fs = append(fs, feature{"tg|T_" + toks[j+1], v})
		}
	}
	return fs
}
