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

// similarLines maps each word of the embedded table to the rest of its line,
// its similar words, without splitting them: a run reads the lines of the
// words it meets only (see similarNames).
var similarLines = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, 20000)
	for line := range strings.Lines(similarText) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		w, rest, ok := strings.Cut(strings.TrimSpace(line), " ")
		if ok && rest != "" {
			m[w] = rest
		}
	}
	return m
})

// similarCache holds the names similarNames has made, by word.
var similarCache sync.Map

// similarNames returns w's similar words as negated feature names
// ("nsim|afraid"), whose tails are the plain names ("sim|afraid"), or nil
// when the table does not have w. Names are made once per word.
func similarNames(w string) []string {
	rest, ok := similarLines()[w]
	if !ok {
		return nil
	}
	if v, ok := similarCache.Load(w); ok {
		return v.([]string)
	}
	var names []string
	for _, o := range strings.Fields(rest) {
		names = append(names, "nsim|"+o)
	}
	v, _ := similarCache.LoadOrStore(w, names)
	return v.([]string)
}

// similarFeatures appends, for each word of a turn, the words most similar
// to it in meaning, so that what is learnt of one word carries to words
// training never saw ("terrific" is heard like "wonderful"), marked again
// when the word is negated ("I do n't enjoy it" like "I do n't like it").
// v is each word's weight.
func similarFeatures(fs []feature, toks []string, negated []bool, v float32) []feature {
	for j, w := range toks {
		names := similarNames(w)
		for _, name := range names {
			fs = append(fs, feature{name[1:], v})
		}
		if negated[j] {
			for _, name := range names {
				fs = append(fs, feature{name, v})
			}
		}
	}
	return fs
}
