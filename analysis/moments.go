package analysis

import (
	"sort"
	"strings"

	"github.com/ally-mi/ally"
)

// Moment is one place in the session worth a second look, with one
// concrete thing to try there.
type Moment struct {
	// Kind is one of the Moment kinds, in rank order.
	Kind      string `json:"kind"`
	Guideline string `json:"guideline"`
	// Index is the client utterance the moment starts from.
	Index   int      `json:"index"`
	Speaker string   `json:"speaker"`
	Quote   string   `json:"quote"`
	Start   *float64 `json:"start"`
	// Response is the practitioner utterance that answered, nil if none.
	Response      *int   `json:"response"`
	ResponseQuote string `json:"response_quote"`
	WhatHappened  string `json:"what_happened"`
	// Try is one thing to try, built from the client's own words.
	Try string `json:"try"`
}

// Moment kinds, most important first: where resistance was fought comes
// before where it was missed, and both before what went well.
const (
	MomentSideTaken       = "side_taken"
	MomentNoBadly         = "no_received_badly"
	MomentTenderReactive  = "tender_spot_reactive"
	MomentNeedUnexplored  = "need_unexplored"
	MomentNoWell          = "no_received_well"
	MomentResistanceHeard = "resistance_reflected"
)

var momentRank = map[string]int{
	MomentSideTaken: 0, MomentNoBadly: 1, MomentTenderReactive: 2,
	MomentNeedUnexplored: 3, MomentNoWell: 4, MomentResistanceHeard: 5,
}

// maxMoments and maxPerKind keep the list short enough to act on.
const maxMoments, maxPerKind = 6, 2

// moments finds and ranks the moments.
func (s *session) moments(a *Analysis, spots []string) []Moment {
	var cands []Moment
	add := func(kind, g string, i int, happened, try string) {
		m := Moment{Kind: kind, Guideline: g, Index: i, Speaker: s.us[i].Speaker, Quote: quote(s.us[i].Text, 30),
			Start: s.us[i].Start, WhatHappened: happened, Try: try}
		if r := s.response(i); r >= 0 {
			m.Response = &r
			m.ResponseQuote = quote(s.us[r].Text, 30)
		}
		cands = append(cands, m)
	}
	needOf := map[int]compiledNeed{}
	cn := s.taxonomy
	for _, m := range a.Needs {
		for _, i := range m.Sustain {
			if _, ok := needOf[i]; !ok {
				for _, n := range cn {
					if n.ID == m.Need {
						needOf[i] = n
					}
				}
			}
		}
	}
	for _, i := range s.clientWith(ally.CodeSustain, "") {
		r := s.response(i)
		if r < 0 {
			continue
		}
		words := clientWords(s.us[i].Text, "")
		switch n, ok := needOf[i]; {
		case s.reactive(r):
			ending := ", and that matters to you."
			if ok {
				words = clientWords(s.us[i].Text, n.match(s.stems[i]))
				ending = " — it gives you " + n.Gives + "."
			}
			add(MomentSideTaken, "G3", i, "The client voiced the side that wants things to stay as they are, and the answer argued for change.",
				"Before offering anything, reflect that side: \""+capitalize(words)+ending+"\"")
		case ok && !s.explores(r):
			w := clientWords(s.us[i].Text, n.match(s.stems[i]))
			add(MomentNeedUnexplored, "G2", i, "The client's resistance pointed to a need ("+n.Name+") that was not explored.",
				"Name the need: \"So "+w+" — it gives you "+n.Gives+".\" Then ask what else could give them that.")
		case s.is(r, ally.CodeReflection, ""):
			try := "Keep doing this."
			if c := s.nearestChange(i); c >= 0 {
				try = "Build on it with both sides: \"On the one hand, " + words + "; on the other, " + clientWords(s.us[c].Text, "") + ".\""
			}
			add(MomentResistanceHeard, "G3", i, "The client's resistance was met with a reflection.", try)
		}
	}
	for _, n := range a.Noes {
		words := clientWords(s.us[n.Index].Text, n.Cue)
		switch n.Received {
		case "badly":
			if n.Kind == "covert" && len(strings.Fields(words)) <= 3 {
				add(MomentNoBadly, "G5", n.Index, "The client gave a quick \""+n.Cue+"\" under pressure, which often means no, and the answer pushed on.",
					"Check for the no behind \""+capitalize(words)+"\": step back and ask, \"What do you make of what I just said?\"")
				continue
			}
			add(MomentNoBadly, "G5", n.Index, "The client said no ("+n.Kind+": \""+n.Cue+"\") and the answer pushed on.",
				"Receive the no: \""+capitalize(words)+" — that's fair, and it's your call.\" Then ask what would fit better.")
		case "well":
			add(MomentNoWell, "G5", n.Index, "The client said no ("+n.Kind+": \""+n.Cue+"\") and it was received well.",
				"Later, check whether it still stands: \"Earlier you said "+words+". Is that still how it is?\"")
		}
	}
	for _, i := range s.touches(spots) {
		if s.us[i].Role != ally.RoleClient {
			continue
		}
		if r := s.response(i); r >= 0 && s.reactive(r) {
			add(MomentTenderReactive, "G1", i, "The client touched one of your tender spots, and the answer was unasked input, persuasion or confrontation.",
				"Notice the pull, slow down, and reflect first: \""+capitalize(clientWords(s.us[i].Text, ""))+".\"")
		}
	}
	return rank(cands)
}

// rank orders candidates by kind then time, keeps at most maxPerKind of a
// kind and one moment per utterance, and at most maxMoments in all.
func rank(cands []Moment) []Moment {
	sort.SliceStable(cands, func(i, j int) bool {
		if momentRank[cands[i].Kind] != momentRank[cands[j].Kind] {
			return momentRank[cands[i].Kind] < momentRank[cands[j].Kind]
		}
		return cands[i].Index < cands[j].Index
	})
	out := []Moment{}
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

// nearestChange returns the change talk of the same speaker closest to
// utterance i, -1 if there is none.
func (s *session) nearestChange(i int) int {
	best, dist := -1, len(s.us)+1
	for _, c := range s.clientWith(ally.CodeChange, s.us[i].Speaker) {
		d := c - i
		if d < 0 {
			d = -d
		}
		if d < dist {
			best, dist = c, d
		}
	}
	return best
}
