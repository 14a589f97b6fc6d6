package mi

import (
	"slices"
	"testing"
)

func TestSimilarFeatures(t *testing.T) {
	names := func(text string) []string {
		toks := tokenize(text)
		var out []string
		for _, f := range similarFeatures(nil, toks, negationScope(toks), 1) {
			out = append(out, f.name)
		}
		return out
	}
	tests := []struct {
		text       string
		has, lacks []string
	}{
		{"That was terrific.", []string{"sim|wonderful"}, []string{"nsim|wonderful"}},
		{"I enjoy it.", []string{"sim|enjoying"}, []string{"nsim|enjoying"}},
		{"I don't enjoy it.", []string{"sim|enjoying", "nsim|enjoying"}, nil},
		{"I don't know, but I enjoy it.", []string{"sim|enjoying"}, []string{"nsim|enjoying"}},
		{"Qwzx.", nil, []string{"sim|qwzx"}},
	}
	for _, tt := range tests {
		got := names(tt.text)
		for _, n := range tt.has {
			if !slices.Contains(got, n) {
				t.Errorf("%q: no feature %s in %v", tt.text, n, got)
			}
		}
		for _, n := range tt.lacks {
			if slices.Contains(got, n) {
				t.Errorf("%q: unexpected feature %s", tt.text, n)
			}
		}
	}
	if got := names("Qwzx."); len(got) != 0 {
		t.Errorf("a word outside the table gave %v", got)
	}
}

func TestSimilarWordsTable(t *testing.T) {
	table := similarLines()
	if len(table) < 10000 {
		t.Fatalf("similar-word table has %d words, want the generator's ~20,000", len(table))
	}
	for w := range table {
		ns := similarNames(w)
		if len(ns) == 0 || len(ns) > 8 || slices.Contains(ns, "nsim|"+w) {
			t.Fatalf("%q: neighbours %v (want 1-8, not the word itself)", w, ns)
		}
	}
}

func TestNegationScope(t *testing.T) {
	toks := tokenize("I don't want it, but I need it")
	got := negationScope(toks)
	want := []bool{false, false, false, true, true, false, false, false, false, false}
	if !slices.Equal(got, want) {
		t.Errorf("negationScope(%v) = %v, want %v", toks, got, want)
	}
}
