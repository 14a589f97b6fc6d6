package lex_test

import (
	"slices"
	"testing"

	"github.com/ally-mi/ally/analysis/lex"
)

func TestStem(t *testing.T) {
	tests := []struct{ w, want string }{
		{"drinks", "drink"}, {"drinking", "drink"}, {"drinker's", "drinker"}, {"parties", "party"},
		{"stopped", "stop"}, {"watches", "watch"}, {"stress", "stress"}, {"relaxes", "relax"},
		{"doing", "doing"}, {"bus", "bus"}, {"smoke", "smok"}, {"smoking", "smok"},
	}
	for _, tt := range tests {
		if got := lex.Stem(tt.w); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}

func TestWordsAndStems(t *testing.T) {
	if got, want := lex.Words("I’m so—tired, OK?"), []string{"i'm", "so", "tired", "ok"}; !slices.Equal(got, want) {
		t.Errorf("Words = %q, want %q", got, want)
	}
	if got, want := lex.Stems("My father drinks", true), []string{"father", "drink"}; !slices.Equal(got, want) {
		t.Errorf("Stems(drop) = %q, want %q", got, want)
	}
}

func TestPhraseIn(t *testing.T) {
	text := lex.Stems("It helps me relax after a long day.", false)
	tests := []struct {
		phrase string
		want   bool
	}{
		{"helps me relax", true}, {"relaxing", true}, {"long days", true}, {"me after", false}, {"", false},
	}
	for _, tt := range tests {
		if got := lex.NewPhrase(tt.phrase, false).In(text); got != tt.want {
			t.Errorf("%q in %q = %v, want %v", tt.phrase, text, got, tt.want)
		}
	}
}

func TestFlat(t *testing.T) {
	tests := []struct{ in, want string }{
		{"You should quit.", " you should quit | "},
		{`Your wife said "you should quit", right?`, " your wife said right | "},
		{"Well—I don’t know; maybe", " well i don't know | maybe "},
	}
	for _, tt := range tests {
		if got := lex.Flat(tt.in); got != tt.want {
			t.Errorf("Flat(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIndexAllAndContainsAny(t *testing.T) {
	if got := lex.IndexAll(" you need to | you need to ", " you need"); !slices.Equal(got, []int{0, 14}) {
		t.Errorf("IndexAll = %v, want [0 14]", got)
	}
	if p, ok := lex.ContainsAny(" you could try ", []string{" you should", " you could"}); !ok || p != " you could" {
		t.Errorf("ContainsAny = %q, %v", p, ok)
	}
	if !lex.HasPrefixAny(" , so try it ", []string{"so "}) || lex.StartsWithAny("try so", []string{"so "}) {
		t.Error("HasPrefixAny or StartsWithAny")
	}
}

// TestSecondPerson checks the two readings of the one first-to-second
// person table.
func TestSecondPerson(t *testing.T) {
	tests := []struct {
		w         string
		own, back string // "" when the reading leaves w alone
	}{
		{"i", "you", "you"}, {"my", "your", "your"}, {"myself", "yourself", "yourself"},
		{"we", "", "you"}, {"our", "", "your"}, {"im", "", "you're"},
		{"am", "are", ""}, {"you", "", ""}, {"was", "", ""},
	}
	for _, tt := range tests {
		if got, _ := lex.SecondPerson(tt.w); got != tt.own {
			t.Errorf("SecondPerson(%q) = %q, want %q", tt.w, got, tt.own)
		}
		if got, _ := lex.SaidBack(tt.w); got != tt.back {
			t.Errorf("SaidBack(%q) = %q, want %q", tt.w, got, tt.back)
		}
	}
}

func TestSets(t *testing.T) {
	if !lex.IsDeterminer("the") || lex.IsDeterminer("father") {
		t.Error("IsDeterminer")
	}
	if !lex.IsCommon("about") || lex.IsCommon("drinking") {
		t.Error("IsCommon")
	}
	if s := lex.StemSet("drinks parties"); !s["drink"] || !s["party"] {
		t.Errorf("StemSet = %v", s)
	}
	if s := lex.WordSet("a b"); len(s) != 2 || !s["a"] {
		t.Errorf("WordSet = %v", s)
	}
}

func TestVerbStem(t *testing.T) {
	for w, want := range map[string]string{"going": "go", "doing": "do", "drinking": "drink", "quit": "quit"} {
		if got := lex.VerbStem(w); got != want {
			t.Errorf("VerbStem(%q) = %q, want %q", w, got, want)
		}
	}
}
