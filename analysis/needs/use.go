package needs

import (
	"strings"

	"github.com/ally-mi/ally/analysis/lex"
)

// Use is how a suggestion can speak of a need after the client's words
// (see Need.UseAfter).
type Use string

// The uses of a need after the client's words.
const (
	UseGiven   Use = "given"   // the words say what the behaviour gives: name it after them
	UseNamed   Use = "named"   // the words already name the need: say them back alone
	UseLacking Use = "lacking" // the words say it is lacking, or lost it: say them back alone
)

// UseAfter tells how a suggestion can speak of n after words, the
// client's words said back, holding phrase (the phrase of n they said).
// UseLacking: words lost the phrase, or say the need is missing (a word
// of lack in the phrase or just before it: "don't have the energy", "too
// busy", "won't leave me alone"; "can't sleep without a drink" says what
// the drink gives) or is what others do to the client ("she nags you"),
// so "it gives you ..." would make no sense. UseNamed: words already say
// the need, by one of its Names ("relax", "break") or every word of what
// it gives. UseGiven otherwise: "with your friends" is named "a way to
// feel close to people".
func (n Need) UseAfter(words, phrase string) Use {
	st := lex.Stems(words, false)
	named := repeatsNeed(words, n.Gives)
	for _, name := range n.Names {
		named = named || lex.NewPhrase(name, false).In(st)
	}
	p := lex.NewPhrase(toSecondPerson(phrase), false)
	at := occurrences(p, st)
	switch {
	case len(at) > 0 && (lacking(st, at[0], at[0]+len(p)) || byOthers(st, at[0])):
		return UseLacking
	case named:
		return UseNamed
	case len(at) == 0:
		return UseLacking
	}
	return UseGiven
}

// lacking reports whether the phrase at st[from:to] holds a word of lack,
// or follows one across words of having ("don't have the energy"), with
// no "without" just after it.
func lacking(st []string, from, to int) bool {
	for _, w := range st[to:min(to+2, len(st))] {
		if w == "without" {
			return false
		}
	}
	for i := to - 1; i >= 0; i-- {
		switch {
		case lackWords[st[i]] || strings.HasSuffix(st[i], "n't"):
			return true
		case i < from && !havingWords[st[i]]:
			return false
		}
	}
	return false
}

// byOthers reports whether someone else is the subject of the phrase at
// st[at] ("she nags you", "my wife keeps telling you to").
func byOthers(st []string, at int) bool {
	i := at - 1
	for i >= 0 && othersAdverbs[st[i]] {
		i--
	}
	return i >= 0 && others[st[i]]
}

// lackWords say that what follows is missing or in the way ("no time",
// "too busy", "never get away"), havingWords may stand between them and
// it, others are people who do things to the client, and othersAdverbs
// may follow them ("keeps telling you"); all as stems.
var (
	lackWords     = lex.StemSet("not no never too cannot hardly barely lack dont cant wont didnt doesnt isnt wasnt havent")
	havingWords   = lex.StemSet("have has had got get the a an any enough much many really very so even ever")
	others        = lex.StemSet("she he they everyone everybody people wife husband partner mom mum dad mother father doctor boss kids family friends")
	othersAdverbs = lex.StemSet("always keeps keep just still really constantly never")
)

// repeatsNeed reports whether words already say every content word of gives
// ("the only way you can unwind" and "a way to unwind"), so naming the
// need after them would only repeat them.
func repeatsNeed(words, gives string) bool {
	have := map[string]bool{}
	for _, w := range lex.Stems(words, true) {
		have[w] = true
	}
	for _, w := range lex.Stems(gives, true) {
		if !have[w] && !givesFiller[w] {
			return false
		}
	}
	return true
}

// givesFiller carry no content in a need's "gives" phrase.
var givesFiller = map[string]bool{"way": true, "to": true, "you": true, "some": true, "of": true, "from": true,
	"and": true, "that": true, "is": true, "be": true, "feel": true, "get": true, "bit": true}
