package quote

import "strings"

// offerLeads open the professional's proposal, each with what it becomes
// after "when I suggested": "You could try the patches" → "you try the
// patches", "How about a walk?" → "a walk".
var offerLeads = []struct{ lead, as string }{
	{"how about", ""}, {"what about", ""}, {"have you thought about", ""}, {"have you considered", ""},
	{"would you consider", ""}, {"i'd suggest", ""}, {"i suggest", ""}, {"i would suggest", ""},
	{"you could try", "you try"}, {"you might try", "you try"}, {"could you try", "you try"},
	{"why not try", "you try"}, {"maybe try", "you try"}, {"try", "you try"},
	{"you could", "you"}, {"you might", "you"}, {"you should", "you"}, {"maybe you could", "you"},
	{"why don't you", "you"}, {"what if you", "you"}, {"could you", "you"}, {"would you be willing to", "you"},
	{"would you like to", "you"}, {"let's", "we"}, {"we could", "we"},
}

// Offer returns the proposal in the professional's text that a
// client's bare "no" answered, as the professional can say it after
// "when I suggested": the last sentence opening with one of offerLeads
// (after openers), at most maxWords words, without its stop; "" if none.
func Offer(text string) string {
	ss := splitSentences(text)
	for k := len(ss) - 1; k >= 0; k-- {
		ws := strings.Fields(ss[k].text)
		ws = ws[prefixLen(ws, openers):]
		for _, o := range offerLeads {
			n := len(strings.Fields(o.lead))
			if prefixLen(ws, []string{o.lead}) != n || n == len(ws) {
				continue
			}
			rest := append(strings.Fields(o.as), ws[n:]...)
			if len(rest) > maxWords {
				return ""
			}
			return strings.TrimRight(strings.Join(rest, " "), ",.!?…")
		}
	}
	return ""
}
