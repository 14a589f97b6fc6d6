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

// similarWords returns the table of similar words, read once: for each
// word, its similar words as negated feature names ("nsim|afraid"), whose
// tails are the plain names ("sim|afraid"). Each name is made once however
// many words share it.
var similarWords = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	names := map[string]string{}
	for line := range strings.Lines(similarText) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		list := make([]string, 0, len(f)-1)
		for _, o := range f[1:] {
			n, ok := names[o]
			if !ok {
				n = "nsim|" + o
				names[o] = n
			}
			list = append(list, n)
		}
		m[f[0]] = list
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
		for _, name := range table[w] {
			fs = append(fs, feature{name[1:], v})
		}
		if negated[j] {
			for _, name := range table[w] {
				fs = append(fs, feature{name, v})
			}
		}
	}
	return fs
}
