package mi

import (
	"strings"
	"unicode"
)

// functionWords are the words that carry no content of their own: an echo
// of them says nothing about whether a turn gives another back. The
// tokenizer splits "mm-hmm" and "uh-huh" at the hyphen, so their halves are
// listed.
var functionWords = wordSet(`i you he she it we they me him her us them my your his its our their
	a an the and or but so if then to of in on at for with about from by as that this these those
	is am are was were be been being do does did have has had 's 'm 're 've 'd 'll n't not no yes
	yeah okay ok oh um uh like just really very what how why when where who which there here can
	could would should will all some any more much know think mean right well kind sort thing
	things get got go going mm hmm huh`)

// wordSet returns the set of the space-separated words of list.
func wordSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}

// overlapFeatures appends how much of a turn's content repeats the content
// of the turn before: a reflection gives the client's words back, input
// brings new ones.
func overlapFeatures(fs []feature, own, prev turn) []feature {
	seen := map[string]bool{}
	for j, w := range prev.toks {
		if isContent(w) {
			seen[prev.stems[j]] = true
		}
	}
	content, shared := 0, 0
	for j, w := range own.toks {
		if !isContent(w) {
			continue
		}
		content++
		if seen[own.stems[j]] {
			shared++
		}
	}
	if content == 0 {
		return append(fs, feature{"ov|none", 1})
	}
	share := float64(shared) / float64(content)
	var b string
	switch {
	case shared == 0:
		b = "0"
	case share <= 0.2:
		b = "1"
	case share <= 0.4:
		b = "2"
	case share <= 0.6:
		b = "3"
	default:
		b = "4"
	}
	fs = append(fs, feature{"ov|" + b, 1}, feature{"ovs", float32(share)})
	return append(fs, feature{"ovn|" + lengthBucket(content-shared), 1})
}

// isContent reports whether token w is a content word: it holds a letter
// and is not a function word.
func isContent(w string) bool {
	return !functionWords[w] && strings.IndexFunc(w, unicode.IsLetter) >= 0
}
