package analysis

import "github.com/ally-mi/ally/analysis/lex"

// related widens a tender spot to the everyday words people use for it:
// a professional who names "drinking" is touched as much by "a few beers",
// and one who names "my father" by "my dad". A spot containing a key (in any
// form: "drinking" holds "drink") also matches each of its words alone.
// Words that mostly mean something else ("work", "high", "using") are left
// out: a false touch would send the professional looking for nothing. It is
// keyed by the stem of each key.
var related = func() map[string][]string {
	table := map[string][]string{
		"drink":    {"drank", "drunk", "alcohol", "beer", "wine", "booze", "liquor", "vodka", "whisky", "whiskey", "hangover", "pub", "bar"},
		"alcohol":  {"drink", "drank", "drunk", "beer", "wine", "booze", "liquor", "hangover"},
		"smoke":    {"cigarette", "cig", "vape", "nicotine", "tobacco"},
		"father":   {"dad", "daddy", "papa", "stepdad", "stepfather"},
		"dad":      {"father", "daddy", "papa", "stepdad"},
		"mother":   {"mom", "mum", "mommy", "mummy", "stepmom", "stepmother"},
		"mom":      {"mother", "mum", "mommy", "mummy", "stepmom"},
		"mum":      {"mother", "mom", "mummy", "mommy"},
		"divorce":  {"separated", "split up"},
		"weight":   {"fat", "diet", "overweight", "obese", "binge"},
		"eat":      {"food", "binge", "diet", "snack", "ate"},
		"death":    {"died", "dead", "funeral", "grief", "grieving", "passed away", "loss"},
		"grief":    {"died", "dead", "death", "funeral", "grieving", "loss"},
		"drug":     {"cocaine", "coke", "heroin", "meth", "pills", "weed"},
		"gambling": {"bet", "betting", "casino", "poker", "slots"},
		"abuse":    {"hit me", "beat me", "violence", "violent", "abused"},
		"suicide":  {"kill myself", "end it", "self harm", "overdose"},
		"money":    {"debt", "broke", "loan"},
		"job":      {"fired", "unemployed", "laid off"},
		"cancer":   {"tumour", "tumor", "chemo", "chemotherapy"},
		"child":    {"kid", "son", "daughter"},
		"marriage": {"husband", "wife", "spouse", "partner"},
	}
	out := make(map[string][]string, len(table))
	for k, words := range table {
		out[lex.Stem(k)] = append(out[lex.Stem(k)], words...)
	}
	return out
}()

// widen returns the phrases a tender spot matches: itself, and the related
// words of each of its words.
func widen(spot string) []lex.Phrase {
	p := lex.NewPhrase(spot, true)
	if len(p) == 0 {
		return nil
	}
	out := []lex.Phrase{p}
	for _, w := range p {
		for _, r := range related[w] {
			if q := lex.NewPhrase(r, true); len(q) > 0 {
				out = append(out, q)
			}
		}
	}
	return out
}
