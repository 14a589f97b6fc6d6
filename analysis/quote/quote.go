// Package quote turns a client's words into a reflection the professional
// can say back: it picks the sentence of a turn that carries the
// resistance, the change or the "no", tidies away disfluencies and what
// was said to the professional rather than about the client, and turns
// the first person into the second ("I was" → "you were"). It also finds
// the proposal in a professional's turn that a client's "no" answered.
package quote

import (
	"strings"

	"github.com/ally-mi/ally/analysis/lex"
)

// What a suggestion quotes of the client: which sentence of a turn, chosen
// for the resistance or change it carries.

// MinWords is the fewest words a quote may keep once fillers are dropped;
// below it the client's sentence is kept whole, joined to the next one, or
// not quoted at all ("No thanks" stays "no thanks", never "thanks").
// maxWords keeps a quote to one breath.
const MinWords, maxWords = 3, 18

// interjections are dropped wherever they occur.
var interjections = lex.WordSet("um uh uhm er erm hmm hm mm mmm mhm ah uh-huh mm-hmm")

// openers carry nothing into a reflection at the start of a quote, and
// closers at its end; each is dropped only if MinWords remain. An opener
// written with a comma ("good,") is one only when said with one, and a
// closer written after one (", so") only after a comma: "the judge says so"
// keeps its "so".
var (
	openers = []string{"well", "yeah", "yes", "yep", "no", "no way,", "nope", "nah", "okay", "ok", "alright", "all right",
		"right", "sure", "exactly", "so", "and", "but", "or", "oh", "like", "honestly", "actually", "basically",
		"anyway", "look", "i mean", "you know", "i guess", "i think", "i suppose", "to be honest", "because",
		"cause", "'cause", "cos", "then", "like i said", "as i said", "good,", "fine,", "great,", "true,", "ha,", "huh,",
		"i told you", "like i told you", "as i told you", "i'm telling you", "i tell you", "let me tell you",
		"just", "i don't know,", "i dunno,", "plus", "listen", "man", "doc", "whatever"}
	closers = []string{"just so you know", "you know", "i guess", "i suppose", "i think", "or something",
		"or whatever", "and stuff", "though", "anyway", "actually", ", so", "and", "but", "or", ", like", "yeah",
		"or anything", "and everything", "and things", ", i don't know", ", right", ", really", "you know what i mean"}
)

// danglingWords cannot end a quote cut short at maxWords or broken off by
// the client: "and", "the", "you", "gonna" promise words that never come.
var danglingWords = map[string]bool{"and": true, "or": true, "but": true, "the": true, "a": true, "an": true,
	"to": true, "of": true, "in": true, "on": true, "at": true, "for": true, "with": true, "my": true,
	"that": true, "which": true, "who": true, "because": true, "so": true, "if": true, "when": true,
	"like": true, "just": true, "kind": true, "kinda": true, "very": true, "really": true, "than": true, "as": true,
	"from": true, "about": true, "by": true, "into": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "it's": true, "you're": true, "i'm": true, "there's": true, "your": true,
	"you": true, "every": true, "some": true, "any": true, "this": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "gotta": true, "gonna": true, "wanna": true}

// clientSentence is one sentence of an utterance, without its final stop.
type clientSentence struct {
	text string
	// question and cut mark a question and a sentence broken off ("to the—"),
	// neither of which reads well handed back.
	question, cut bool
}

// Words returns what the professional can say back of text: the
// first sentence holding want (a "no" cue or a need phrase, matched on
// stems; from the clause holding it: "I know, doc, but I just don't want to
// get into that" gives "you just don't want to get into that"), else the
// best sentence by resistance (see Resistant), else the longest. The rule
// for short words: fillers ("yeah", "no", "but"...) are dropped from
// either end only when at least MinWords words remain, so "No thanks."
// gives the quote "No thanks"; a chosen sentence shorter than MinWords
// is joined to the next one ("No. There's always a meeting." gives
// "there's always a meeting"). Disfluencies ("um", "I--", "you know,") go,
// and so does what was said to the professional ("you don't
// understand,", "I hear you, but"); first person becomes second ("I was"
// → "you were") when the words can be rewritten, else they are quoted as
// said (see Line), and the result has at most maxWords words. It is empty
// only when text has no words, or none but those said to the professional.
func Words(text, want string) Line {
	ss := splitSentences(text)
	i := pickSentence(ss, want, func(s string) int { return resistanceScore(s, nil) })
	if i < 0 {
		i = longestSentence(ss)
	}
	if i < 0 {
		return Line{}
	}
	return handBack(fromCue(joinShort(ss, i, text), want), ss[i].question, text)
}

// Resistant is Words for sustain talk: the sentence holding
// want, else the one carrying most resistance (negations, "but", "only",
// "rather", a need that need finds in its stems), the longer one on a tie. It is empty
// when no sentence is worth quoting (none of MinWords words that is not a
// question), so the caller can phrase its suggestion without a quote.
func Resistant(text, want string, need func(stems []string) bool) Line {
	ss := splitSentences(text)
	i := pickSentence(ss, want, func(s string) int { return resistanceScore(s, need) })
	if i < 0 {
		return Line{}
	}
	return handBack(joinShort(ss, i, text), ss[i].question, text)
}

// Change returns the sentence of text that carries change talk
// ("want", "could", "try", "worried"...), handed back like Words; empty
// when no sentence does, so a two-sided reflection is not built on "when
// you put it like that, yeah".
func Change(text string) Line {
	ss := splitSentences(text)
	i := pickSentence(ss, "", changeScore)
	if i < 0 || changeScore(strings.Join(sayable(ss[i].text), " ")) == 0 {
		return Line{}
	}
	return handBack(ss[i].text, false, text)
}

// AfterBut returns the client's words after the first "but" of text (the
// no in a "yes, but"), handed back like Words: the rest of that
// sentence, with the next one when it is short ("no patches"); empty when
// there is no "but" or a question follows it.
func AfterBut(text string) Line {
	ws := strings.Fields(text)
	for i, w := range ws {
		if wordCore(w) != "but" || i+1 == len(ws) {
			continue
		}
		rest := strings.Join(ws[i+1:], " ")
		if ss := splitSentences(rest); len(ss) > 0 && !ss[0].question {
			return handBack(joinShort(ss, 0, text), false, text)
		}
		return Line{}
	}
	return Line{}
}

// handBack tidies a sentence of the client's into words the professional
// can say: disfluencies, what was said to the professional and end
// fillers dropped, cut to maxWords at a clause break without a clause
// left hanging at its end. When those words can be rewritten (see
// rewritable) they are turned to the second person, lower-case first
// unless a name or acronym (judged on the whole utterance text); else,
// and always for a question, they are quoted as said, ending with "?"
// when question marks one.
func handBack(s string, question bool, text string) Line {
	broken := strings.TrimRight(s, "-–—") != s
	ws := looseTail(shorten(trimFillers(unbreak(sayable(s))), broken))
	if len(ws) == 0 {
		return Line{}
	}
	if question || !rewritable(ws) || continued(s) && !clauseStarts[wordCore(ws[0])] {
		end := ""
		if question {
			end = "?"
		}
		return Line{Text: asSaid(ws, end), Quoted: true}
	}
	ws = secondPerson(ws)
	out := strings.TrimRight(strings.Trim(strings.Join(ws, " "), " ,;:-–—"), ".!?…")
	if strings.Count(out, "\"")+strings.Count(out, "“")+strings.Count(out, "”") == 1 {
		out = strings.Trim(out, "\"“” ") // a quote cut in half
	}
	out = SingleQuotes(out)
	if !keepsCapital(wordCore(ws[0]), ws[0], text) {
		out = lowerFirst(out)
	}
	return Line{Text: out}
}

// SingleQuotes turns the client's double quotes into single ones, so they
// can sit inside a suggestion's quote.
func SingleQuotes(s string) string { return singleQuoter.Replace(s) }

// singleQuoter turns double quotes, straight or curly, into single ones.
var singleQuoter = strings.NewReplacer("\"", "'", "“", "'", "”", "'")

// sayable returns the words of s the professional could say back: tidied
// (see tidyWords), without what was said to the professional (see
// unaddress).
func sayable(s string) []string { return unaddress(tidyWords(s)) }

// pickSentence returns the index of the sentence holding want, else of the
// good sentence (MinWords words that can be said back, neither a question
// nor broken off) with the highest score, the longer on a tie; -1 when
// there is none.
func pickSentence(ss []clientSentence, want string, score func(string) int) int {
	if want != "" {
		p := lex.NewPhrase(want, false)
		for i, s := range ss {
			// Not words that were all said to the professional.
			if (p.In(lex.Stems(s.text, false)) || cueAt(tidyWords(s.text), p) >= 0) && len(sayable(s.text)) > 0 {
				return i
			}
		}
	}
	best, bestScore, bestLen := -1, 0, 0
	for i, s := range ss {
		ws := sayable(s.text)
		n := len(content(ws))
		if s.question || s.cut || n < MinWords || hasGap(s.text) {
			continue
		}
		// Scored on what can be said back: "you think I should quit" is
		// the professional's view, not the client's change talk.
		if sc := score(strings.Join(ws, " ")); best < 0 || sc > bestScore || sc == bestScore && n > bestLen {
			best, bestScore, bestLen = i, sc, n
		}
	}
	return best
}

// longestSentence returns the index of the sentence with most words, -1 if none.
func longestSentence(ss []clientSentence) int {
	best, n := -1, 0
	for i, s := range ss {
		if m := len(sayable(s.text)); m > n {
			best, n = i, m
		}
	}
	return best
}

// joinShort returns sentence i, with the sentence before it when i says
// fewer than MinWords words of content and that one resists ("I'm not
// wearing a pump. No way." gives "I'm not wearing a pump, no way"), else
// followed by the next one when i says no more than MinWords words of
// content ("No.", "I'm not quitting."); text is the whole utterance, to
// tell a name from a capital that starts a sentence.
func joinShort(ss []clientSentence, i int, text string) string {
	s, n := ss[i].text, len(content(sayable(ss[i].text)))
	if n < MinWords && i > 0 && !ss[i-1].question && !ss[i-1].cut {
		if prev := sayable(ss[i-1].text); len(content(prev)) >= MinWords && resistanceScore(strings.Join(prev, " "), nil) > 0 {
			return ss[i-1].text + ", " + lowerUnlessName(s, text)
		}
	}
	if n <= MinWords && i+1 < len(ss) && !ss[i+1].question {
		s += ", " + lowerUnlessName(ss[i+1].text, text)
	}
	return s
}

// resistanceCues mark a sentence that says no or defends the status quo.
var resistanceCues = []string{" not ", "n't ", " never ", " no ", " nobody ", " nothing ", " none ", " but ",
	" only ", " rather ", " hate ", " without ", " last thing ", " too ", " cannot ", " anyway "}

// changeCues mark a sentence that leans towards change.
var changeCues = []string{" want", " would like", "'d like", " should", " need to", " going to", " gonna",
	" could ", " can ", " will ", "'ll ", " try", " better", " worried", " worry", " scare", " plan",
	" ready", " decide", " start", " quit", " cut ", " instead", " reason", " might "}

// resistanceScore scores a sentence: two points per resistance cue, and one if
// need (nil for none) finds a need in its stems, so "I don't see the
// problem" comes before "my job is fine" and a need phrase before nothing
// at all.
func resistanceScore(s string, need func(stems []string) bool) int {
	n := 2 * cueCount(s, resistanceCues)
	if need != nil && need(lex.Stems(s, false)) {
		return n + 1
	}
	return n
}

// changeScore scores a sentence by its change cues.
func changeScore(s string) int { return cueCount(s, changeCues) }

// cueCount counts the cues found in s.
func cueCount(s string, cues []string) int {
	f := " " + cueBreaks.Replace(lex.Straighten(s)) + " "
	n := 0
	for _, c := range cues {
		if strings.Contains(f, c) {
			n++
		}
	}
	return n
}

// cueBreaks turn the commas, colons and dashes of a sentence into spaces,
// so a cue written with spaces around it is found next to one.
var cueBreaks = strings.NewReplacer(",", " ", ":", " ", "—", " ", "–", " ")
