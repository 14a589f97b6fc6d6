package mi

import (
	"regexp"
	"strings"

	"github.com/ally-mi/ally"
)

// Practitioners write reflections in more than one style. MITI 4.2.1 codes
// a reflection that opens with an affirmation ("That's a big step. You found
// a way…"), a summary that opens by announcing itself ("Let me see if I have
// this. You…") and a reflection that closes by checking it was heard right
// ("…for now. Did I get that right?") as reflections. AnnoMI, which the
// coder learns from, holds few turns of those styles, so the coder reads the
// opening sentence as praise or the closing one as a question and codes the
// turn as input or a question.
//
// The style rule reads such a turn without its frame: the turn is coded
// again with the framing sentences left out, in its place in the session
// (its neighbours and what the first stage made of them stay as they were),
// and when what is left is coded a reflection the turn is one. Whole
// sentences are left out, or a lead clause before a colon or ", and"; a
// check joined to a statement by a comma ("You started the tablets in March,
// is that right?") asks for a fact and stays a question, as AnnoMI's coders
// code it. An affirmation is praise of the client's strengths or efforts,
// not a sentence that only sounds like one ("It takes six weeks to work.").

// openerRe matches a sentence that only frames what follows: an
// affirmation, thanks, or the announcement of a summary or a reflection.
var openerRe = regexp.MustCompile(`(?i)^(?:(?:ok(?:ay)?|so|well|alright|all right|and)[ ,]+)*(?:` +
	// affirmations and thanks
	`that(?:['’]s| is| was) (?:(?:really|so|such|quite|a|an|very|pretty|huge|real|big|great|no|incredibly)[ ,]+)*(?:great|good|wonderful|brilliant|fantastic|amazing|impressive|important|brave|courageous|excellent|terrific|achievement|accomplishment|step|progress|win|success|small thing|small feat|big deal)` +
	`|good for you|well done|nice work|nice job|great job|great work|congratulations|wow` +
	`|(?:thank you|thanks) (?:so much |very much )?for (?:being|sharing|telling|saying|your|trusting|opening|letting me)` +
	`|i (?:really |truly )?(?:appreciate|admire|respect|value)` +
	`|(?:that|it|this) (?:really )?(?:shows|showed|took|takes|says a lot|speaks to)(?: (?:real|a lot of|so much|such|great|your|how much))* (?:courage|determination|strength|guts|effort|commitment|honesty|dedication|persistence|resilience|insight|you care|about you)` +
	`|you should be (?:really )?proud` +
	`|what an? (?:achievement|step|accomplishment)` +
	`|[^.!?]{1,40} is (?:no small (?:thing|feat)|a (?:big|real|huge) (?:step|achievement))` +
	// announcing a summary or a reflection
	`|let me (?:see|check|make sure|try|pull|sum|summari[sz]e|recap|reflect|just)` +
	`|let['’]s see if i` +
	`|(?:so )?to sum (?:it )?up|(?:so )?in summary` +
	`|if i (?:can|could|may|might) (?:sum|summari[sz]e|recap|pull)` +
	`|i want to make sure i` +
	`|here['’]s what i(?:['’]m| am) hearing` +
	`)\b`)

// openerWords is the longest sentence read as a frame.
const openerWords = 12

// isOpener reports whether sentence s only frames what follows: it matches
// openerRe, is short, is not a question and does not turn on a "but"
// ("That's a good start, but cutting back isn't going to do it").
func isOpener(s string) bool {
	n := normSentence(s)
	return !strings.HasSuffix(s, "?") && wordCount(n) <= openerWords &&
		!butRe.MatchString(n) && openerRe.MatchString(n)
}

// butRe finds a "but" the praise turns on.
var butRe = regexp.MustCompile(`(?i)\bbut\b`)

// wordCount returns the number of words of s, separated by spaces.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := r == ' ' || r == '\t' || r == '\n'
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// checkRe matches a short closing question that asks whether the
// reflection before it was right.
var checkRe = regexp.MustCompile(`(?i)^(?:(?:ok(?:ay)?|so|and|but|now)[ ,]+)*(?:` +
	`is (?:that|this|it) (?:about |more or less |kind of |sort of )?(?:right|correct|fair|accurate|true|close|it|how (?:it is|you see it|it feels|it seems))` +
	`|(?:did|have|do) i (?:get|got|have|understand|understood|hear|heard|capture|captured) (?:that|it|this|you|everything)` +
	`|am i (?:getting|understanding|hearing|reading|right|close|on the right track)` +
	`|(?:does|did) (?:that|this|it) (?:sound|fit|seem|capture|ring)` +
	`|(?:did|have) i (?:miss|missed|leave|left)` +
	`|anything (?:i missed|i['’]ve missed|i left out|to add)` +
	`|how close (?:is|am) ` +
	`)`)

// checkWords is the longest closing question read as a check.
const checkWords = 10

// maxFramed is the longest turn, in bytes, read for a frame: a frame
// belongs to a reflection or a summary, and longer turns are speeches.
const maxFramed = 1000

// coreWords is the fewest words the rest of a turn must have to be coded on
// its own.
const coreWords = 5

// styleCore returns the practitioner turn text without its framing
// sentences, and whether there were any and what is left can be coded on
// its own: at least coreWords words, ending as a statement.
func styleCore(text string) (string, bool) {
	if !strings.ContainsAny(text, ".!?:,") || len(text) > maxFramed {
		return "", false
	}
	sents := splitTurnSentences(text)
	lo, hi := 0, len(sents)
	for lo < hi-1 && isOpener(sents[lo]) {
		lo++
	}
	framed := lo > 0
	if lo < hi {
		if rest, ok := withoutLeadClause(sents[lo]); ok {
			sents[lo] = rest
			framed = true
		}
	}
	if hi-1 > lo && strings.HasSuffix(sents[hi-1], "?") {
		last := normSentence(sents[hi-1])
		if wordCount(last) <= checkWords && checkRe.MatchString(last) {
			hi--
		}
	}
	if !framed && hi == len(sents) {
		return "", false
	}
	core := strings.Join(sents[lo:hi], " ")
	if strings.HasSuffix(core, "?") || wordCount(core) < coreWords {
		return "", false
	}
	return core, true
}

// leadSeps are what may end a framing clause inside a sentence: a colon
// ("To sum up what we've said: you…") or a comma and "and" ("It takes real
// determination to keep trying, and it sounds like you…").
var leadSeps = []string{": ", ", and "}

// withoutLeadClause returns sentence s without a framing clause at its
// start, and whether it had one.
func withoutLeadClause(s string) (string, bool) {
	for _, sep := range leadSeps {
		head, rest, ok := strings.Cut(s, sep)
		if !ok || wordCount(rest) < coreWords {
			continue
		}
		if isOpener(head) || sep == ": " && leadRe.MatchString(normSentence(head)) {
			return rest, true
		}
	}
	return s, false
}

// leadRe matches an announcement of a summary that only ever stands
// before a colon.
var leadRe = regexp.MustCompile(`(?i)^(?:(?:ok(?:ay)?|so|well|alright|all right|and)[ ,]+)*(?:putting (?:it|this|that|all that|it all) together|so far|what i(?:['’]m| am) hearing is|here['’]s what i heard)\b`)

// splitTurnSentences splits text after ".", "!" or "?" followed by a space,
// keeping the marks; "…" and "..." do not end a sentence.
func splitTurnSentences(text string) []string {
	var out []string
	text = strings.TrimSpace(text)
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		if c == '.' && (i > 0 && text[i-1] == '.' || i+1 < len(text) && text[i+1] == '.') {
			continue
		}
		if i+1 < len(text) && text[i+1] != ' ' {
			continue
		}
		if s := strings.TrimSpace(text[start : i+1]); s != "" {
			out = append(out, s)
		}
		start = i + 1
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// normSentence trims a sentence's closing marks; the patterns ignore case
// and take either apostrophe.
func normSentence(s string) string {
	return strings.TrimRight(s, ".!?… ")
}

// styleCores returns the core (styleCore) of every practitioner turn of a
// session of n turns that has a frame, by index; nil when none has. turn
// gives the role and text of turn i.
func styleCores(n int, turn func(i int) (ally.Role, string)) map[int]string {
	var cores map[int]string
	for i := range n {
		role, text := turn(i)
		if role == ally.RoleClient {
			continue
		}
		if core, ok := styleCore(text); ok {
			if cores == nil {
				cores = map[int]string{}
			}
			cores[i] = core
		}
	}
	return cores
}
