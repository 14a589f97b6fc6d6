package analysis

import (
	"sort"
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/lex"
	"github.com/ally-mi/ally/analysis/needs"
	"github.com/ally-mi/ally/analysis/noes"
	"github.com/ally-mi/ally/analysis/quote"
)

// momentRank orders the Moment kinds, 0 first.
var momentRank = map[string]int{
	ally.MomentSideTaken: 0, ally.MomentNoBadly: 1, ally.MomentTenderReactive: 2,
	ally.MomentNeedUnexplored: 3, ally.MomentNoWell: 4, ally.MomentResistanceHeard: 5,
}

// maxMoments and maxPerKind keep the list short enough to act on.
const maxMoments, maxPerKind = 6, 2

// moments finds and ranks the moments.
func (s *session) moments(a *ally.Analysis, spots []string) []ally.Moment {
	var cands []ally.Moment
	add := func(kind, g string, i int, happened, try string) {
		m := ally.Moment{Kind: kind, Guideline: g, Index: i, Speaker: s.us[i].Speaker, Quote: quote.Cut(s.us[i].Text, 30),
			Start: s.us[i].Start, WhatHappened: happened, Try: try}
		if r := s.response(i); r >= 0 {
			m.Response = &r
			m.ResponseQuote = quote.Cut(s.us[r].Text, 30)
		}
		cands = append(cands, m)
	}
	s.sustainMoments(a, add)
	for k := range cands {
		// Every sustain moment rests on the client's words being resistance.
		cands[k].Uncertain = !s.sureSustain(cands[k].Index)
		if cands[k].Uncertain {
			cands[k].WhatHappened = "Perhaps resistance: the words may also be read otherwise. " + cands[k].WhatHappened
		}
	}
	s.noMoments(a, add)
	s.tenderMoments(spots, add)
	return rank(cands)
}

// addFunc adds a candidate moment of a kind and guideline at utterance i.
type addFunc func(kind, g string, i int, happened, try string)

// sustainMoments adds the moments of sustain talk: a side taken, a need
// left unexplored, resistance reflected.
func (s *session) sustainMoments(a *ally.Analysis, add addFunc) {
	needsOf := s.needsOf(a)
	for _, i := range s.clientWith(ally.CodeSustain, "") {
		r := s.response(i)
		if r < 0 {
			continue
		}
		// The need's phrase picks the sentence when there is a need;
		// otherwise the most resistant sentence is handed back.
		n, words, use := s.needWords(i, needsOf[i])
		ok := len(needsOf[i]) > 0
		switch {
		case s.reactive(r):
			add(ally.MomentSideTaken, "G3", i, "The client voiced the side that wants things to stay as they are, and the answer argued for change.",
				trySideTaken(words, n.Gives, use))
		case ok && !s.explores(r):
			add(ally.MomentNeedUnexplored, "G2", i, "The client's resistance pointed to a need ("+n.Name+") that was not explored.",
				tryNeedUnexplored(words, n.Gives, use))
		case s.is(r, ally.CodeReflection, ""):
			most := quote.Resistant(s.us[i].Text, "", needs.Any)
			add(ally.MomentResistanceHeard, "G3", i, "The client's resistance was met with a reflection.",
				tryBothSides(most, s.earlierChange(i, most)))
		}
	}
}

// needsOf maps each sustain utterance that mentions a need to those needs,
// in taxonomy order.
func (s *session) needsOf(a *ally.Analysis) map[int][]needs.Need {
	out := map[int][]needs.Need{}
	for _, n := range needs.Taxonomy() {
		for _, m := range a.Needs {
			if m.Need != n.ID {
				continue
			}
			for _, i := range m.Sustain {
				if k := len(out[i]); k == 0 || out[i][k-1].ID != n.ID {
					out[i] = append(out[i], n)
				}
			}
		}
	}
	return out
}

// needWords returns which of the needs heard in sustain utterance i a
// suggestion speaks of, with the client's words to quote for it (from the
// sentence holding its phrase) and how (see needs.Need.UseAfter): the
// first the words
// already name, so no other is piled on it; else the first whose words say
// what the behaviour gives; else the first. With no needs it returns the
// most resistant words.
func (s *session) needWords(i int, heard []needs.Need) (n needs.Need, words quote.Line, use needs.Use) {
	best := -1
	var stems []string
	if len(heard) > 0 {
		stems = lex.Stems(s.us[i].Text, false)
	}
	for _, c := range heard {
		phrase := c.Match(stems)
		w := quote.Resistant(s.us[i].Text, phrase, needs.Any)
		u := c.UseAfter(w.Back(), phrase)
		if best < 0 || needUseRank[u] < best {
			n, words, use, best = c, w, u, needUseRank[u]
		}
	}
	if best < 0 {
		words = quote.Resistant(s.us[i].Text, "", needs.Any)
	}
	return n, words, use
}

// needUseRank orders the uses of a need by preference, 0 first.
var needUseRank = map[needs.Use]int{needs.UseNamed: 0, needs.UseGiven: 1, needs.UseLacking: 2}

// noMoments adds the "no"s received badly and well.
func (s *session) noMoments(a *ally.Analysis, add addFunc) {
	for _, n := range a.Noes {
		style := noStyle(n, s.us[n.Index].Text)
		words, before := noWords(s.us[n.Index].Text, n, style), s.earlierWords(n.Index)
		cue := asSaid(s.us[n.Index].Text, n.Cue)
		switch n.Received {
		case "badly":
			happened := "The client said no (" + noSaid(n.Kind) + ": \"" + cue + "\") and the answer pushed on."
			if style == noQuick {
				happened = "The client gave a quick \"" + cue + "\" under pressure, which often means no, and the answer pushed on."
			}
			add(ally.MomentNoBadly, "G5", n.Index, happened, tryNoBadly(style, cue, words, before))
		case "well":
			add(ally.MomentNoWell, "G5", n.Index, "The client said no ("+noSaid(n.Kind)+": \""+cue+"\") and it was received well.",
				tryNoWell(style, cue, words, before, s.offerBefore(n.Index)))
		}
	}
}

// asSaid returns cue as the client wrote it in text: cues are found on
// lower-cased words, but a quote keeps its original case.
func asSaid(text, cue string) string {
	low := strings.ToLower(text)
	if k := strings.Index(low, cue); k >= 0 && len(low) == len(text) {
		return text[k : k+len(cue)]
	}
	return cue
}

// noSaid says how a "no" of the kind was said, in everyday words.
func noSaid(kind string) string {
	if kind == noes.Covert {
		return "quietly"
	}
	return "openly"
}

// tenderMoments adds the client utterances at a tender spot answered
// reactively.
func (s *session) tenderMoments(spots []string, add addFunc) {
	for _, i := range s.touches(spots) {
		if s.us[i].Role != ally.RoleClient {
			continue
		}
		if r := s.response(i); r >= 0 && s.reactive(r) {
			add(ally.MomentTenderReactive, "G1", i, "The client touched one of your tender spots, and the answer was unasked input, persuasion or confrontation.",
				tryTender(quote.Resistant(s.us[i].Text, "", needs.Any), s.us[i].Text))
		}
	}
}

// rank orders candidates by sureness, kind and time, keeps at most maxPerKind of a
// kind and one moment per utterance, and at most maxMoments in all.
func rank(cands []ally.Moment) []ally.Moment {
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].Uncertain != cands[j].Uncertain {
			return !cands[i].Uncertain
		}
		if momentRank[cands[i].Kind] != momentRank[cands[j].Kind] {
			return momentRank[cands[i].Kind] < momentRank[cands[j].Kind]
		}
		return cands[i].Index < cands[j].Index
	})
	out := []ally.Moment{}
	perKind := map[string]int{}
	seen := map[int]bool{}
	for _, m := range cands {
		if len(out) == maxMoments {
			break
		}
		if perKind[m.Kind] == maxPerKind || seen[m.Index] {
			continue
		}
		perKind[m.Kind]++
		seen[m.Index] = true
		out = append(out, m)
	}
	return out
}

// changeLookback is how many of the speaker's change-talk utterances before
// sustain talk earlierChange reads, latest first: the other half of a
// two-sided reflection is something said recently, and a bound keeps a
// very long transcript from costing the square of its length.
const changeLookback = 40

// earlierChange returns the change talk to set beside sustain talk i in a
// two-sided reflection: the latest change talk of the same speaker before
// i, among their last changeLookback, that has a sentence worth quoting,
// differs from sustain and is about the same thing (see sameTopic); empty
// if none. Only earlier words count: the professional could not know later
// ones.
func (s *session) earlierChange(i int, sustain quote.Line) quote.Line {
	seen := 0
	for k := i - 1; k >= 0 && seen < changeLookback; k-- {
		u := s.us[k]
		if u.Role != ally.RoleClient || u.Code.Label != ally.CodeChange || u.Speaker != s.us[i].Speaker {
			continue
		}
		seen++
		if w := s.changeWords(k); !w.Empty() && w != sustain && sameTopic(sustain, w) {
			return w
		}
	}
	return quote.Line{}
}

// changeWords returns quote.Change of utterance k's text, read once per
// analysis however many sustain utterances look back at it.
func (s *session) changeWords(k int) quote.Line {
	if s.changeQuotes == nil {
		s.changeQuotes = map[int]quote.Line{}
	}
	w, ok := s.changeQuotes[k]
	if !ok {
		w = quote.Change(s.us[k].Text)
		s.changeQuotes[k] = w
	}
	return w
}

// earlierWords returns what the client of utterance i last said worth
// quoting, from their previous three turns, empty if nothing: what a
// change of subject turned away from.
func (s *session) earlierWords(i int) quote.Line {
	turns := 0
	for j := i - 1; j >= 0 && turns < 3; j-- {
		if s.us[j].Role != ally.RoleClient || s.us[j].Speaker != s.us[i].Speaker {
			continue
		}
		turns++
		if w := quote.Resistant(s.us[j].Text, "", needs.Any); !w.Empty() {
			return w
		}
	}
	return quote.Line{}
}

// noWords returns the client's words in text to hand back for the "no"
// n: after the "but" of a "yes, but", the cue itself for a quick yes,
// else the sentence holding the cue.
func noWords(text string, n ally.No, style string) quote.Line {
	switch style {
	case noQuick:
		return quote.Line{Text: n.Cue}
	case noBut:
		if w := quote.AfterBut(text); !w.Empty() {
			return w
		}
	case noSubject:
		return quote.Line{}
	}
	return quote.Words(text, n.Cue)
}

// offerBefore returns the proposal (see quote.Offer) in the practitioner
// turn just before client utterance i, "" if there is none.
func (s *session) offerBefore(i int) string {
	for j := i - 1; j >= 0; j-- {
		if s.us[j].Role == ally.RolePractitioner {
			return quote.Offer(s.us[j].Text)
		}
	}
	return ""
}
