package lex

// secondPerson is the one table that turns the client's first person into
// the professional's second, so the client's words can be said back to
// them or set beside what the professional said: "I have to look after my
// mum" is "you have to look after your mum". It holds the client's own
// words ("I", "my", "myself"), the plural ("we", "our") and the forms
// written without an apostrophe ("im", "ive"), and "am". SecondPerson and
// SaidBack read it two ways; see each for why.
var secondPerson = map[string]string{
	"i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "me": "you",
	"my": "your", "mine": "yours", "myself": "yourself", "we": "you", "we're": "you're", "we've": "you've",
	"we'd": "you'd", "we'll": "you'll", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
	"im": "you're", "ive": "you've", "am": "are",
}

// notOwn are the words of secondPerson that are not the client's own "I":
// the plural, and the forms written without an apostrophe.
var notOwn = WordSet("we we're we've we'd we'll us our ours ourselves im ive")

// SecondPerson returns the second-person form of w, a lower-case word with
// straight apostrophes, when it is the client's own first person ("I",
// "my", "am"), and whether it is. It is the reading for comparing the
// client's words with the professional's: an echo of the client's "I
// should" and a need named back. "We" is left as it is there, since it
// speaks for others too ("we bond" is not the client's "you bond"), and so
// are "im" and "ive", which callers spell out first when they mean them.
// "Am" is taken for "I am" even where it is a time ("8 am"): these texts
// have lost their capitals, and the rules were written with it so.
func SecondPerson(w string) (string, bool) {
	if notOwn[w] {
		return "", false
	}
	y, ok := secondPerson[w]
	return y, ok
}

// SaidBack returns the second-person form of w, a lower-case word with
// straight apostrophes, for handing a client's quote back to them: every
// first-person word, "we" and "im" included, and whether w is one. "Am" is
// not: a quote keeps its capitals, so "8:00 AM" is no "I am", and the
// caller agrees "to be" with its subject instead.
func SaidBack(w string) (string, bool) {
	if w == "am" {
		return "", false
	}
	y, ok := secondPerson[w]
	return y, ok
}
