package mi

import (
	_ "embed"
	"strings"
	"sync"
)

// similarText is the table of similar words: each line a word and the words
// whose GloVe vectors lie closest to it (see internal/similar, which writes
// it, and MODEL.md).
//
//go:embed similar.txt
var similarText string

// similarWords returns the table of similar words, read once.
var similarWords = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for line := range strings.Lines(similarText) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) > 1 {
			m[f[0]] = f[1:]
		}
	}
	return m
})

// similarFeatures appends, for each word of a turn, the words most similar
// to it in meaning, so that what is learnt of one word carries to words
// training never saw ("terrific" is heard like "wonderful"), marked again
// when the word is negated ("I do n't enjoy it" like "I do n't like it").
// v is each word's weight.
func similarFeatures(fs []feature, toks []string, negated []bool, v float32) []feature {
	table := similarWords()
	for j, w := range toks {
		for _, o := range table[w] {
			fs = append(fs, feature{"sim|" + o, v})
			if negated[j] {
				fs = append(fs, feature{"nsim|" + o, v})
			}
		}
	}
	return fs
}
