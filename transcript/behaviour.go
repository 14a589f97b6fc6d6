package transcript

import (
	"math"
	"strings"
	"unicode"

	"github.com/ally-mi/ally"
)

// speech sums up how one speaker talks: practitioners ask most of the
// questions, reflect ("it sounds like..."), say "you" more than "I", open
// the session and, in groups, take the most turns.
type speech struct {
	turns, questions, reflections int
	you, me                       int
	opens                         bool
}

// measure returns each speaker's speech, keyed by name.
func measure(us []ally.Utterance) map[string]*speech {
	m := map[string]*speech{}
	for i, u := range us {
		s := m[u.Speaker]
		if s == nil {
			s = &speech{opens: i == 0}
			m[u.Speaker] = s
		}
		s.turns++
		lower := " " + strings.ReplaceAll(strings.ToLower(u.Text), "’", "'") + " "
		if isQuestion(lower) {
			s.questions++
		}
		if isReflection(lower) {
			s.reflections++
		}
		for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			switch w {
			case "you", "your", "you're", "yourself", "you've", "you'd", "you'll":
				s.you++
			case "i", "i'm", "my", "me", "i've", "i'd", "i'll", "myself":
				s.me++
			}
		}
	}
	return m
}

// questionOpeners start questions people often write without a "?".
var questionOpeners = []string{
	"what ", "how ", "why ", "when ", "where ", "who ", "which ", "do you ", "does ", "did you ",
	"are you ", "is it ", "is there ", "can you ", "could you ", "would you ", "will you ",
	"have you ", "tell me ", "i wonder ", "i'm wondering ", "on a scale ",
}

// isQuestion reports whether the padded, lower-case text asks something.
func isQuestion(lower string) bool {
	if strings.Contains(lower, "?") {
		return true
	}
	for _, sentence := range strings.FieldsFunc(lower, func(r rune) bool { return r == '.' || r == '!' }) {
		sentence = strings.TrimSpace(sentence) + " "
		for _, o := range questionOpeners {
			if strings.HasPrefix(sentence, o) {
				return true
			}
		}
	}
	return false
}

// reflectionMarkers are the usual openings of a reflective listening
// statement.
var reflectionMarkers = []string{
	"it sounds like", "sounds like you", "you feel", "you're feeling", "you are feeling",
	"you're saying", "you are saying", " so you", "you seem", "it seems like you",
	"what i'm hearing", "part of you", "on one hand", "on the one hand", "you're not sure",
	"you'd like", "you're worried", "you've been", "for you it's", "you really want",
}

// reflectionOpeners start statements about the other person ("You're
// worried...", "So the break stays yours"); a question starting so is not one.
var reflectionOpeners = []string{" you ", " you're ", " you've ", " you'd ", " so ", " sounds "}

func isReflection(lower string) bool {
	if !strings.Contains(lower, "?") {
		for _, o := range reflectionOpeners {
			if strings.HasPrefix(lower, o) {
				return true
			}
		}
	}
	for _, m := range reflectionMarkers {
		if strings.Contains(lower, m) {
			return true
		}
	}
	return false
}

// rankByBehaviour returns, for each candidate, the probability that they
// are the practitioner: a softmax over a score of the speech features.
// group adds the share of turns, since a facilitator speaks to everyone.
func rankByBehaviour(cands []string, m map[string]*speech, group bool) []float64 {
	var q, r, t int
	for _, c := range cands {
		q, r, t = q+m[c].questions, r+m[c].reflections, t+m[c].turns
	}
	scores := make([]float64, len(cands))
	maxScore := math.Inf(-1)
	for i, c := range cands {
		s := m[c]
		score := 2*share(s.questions, q) + 2*share(s.reflections, r)
		if s.you+s.me > 0 {
			score += float64(s.you) / float64(s.you+s.me)
		} else {
			score += 0.5
		}
		if s.opens {
			score += 0.5
		}
		if group {
			score += 1.5 * share(s.turns, t)
		}
		scores[i] = score
		maxScore = max(maxScore, score)
	}
	var sum float64
	for i := range scores {
		scores[i] = math.Exp(scores[i] - maxScore)
		sum += scores[i]
	}
	for i := range scores {
		scores[i] /= sum
	}
	return scores
}

func share(n, total int) float64 {
	if total == 0 {
		return 0
	}
	return float64(n) / float64(total)
}
