package quote

import "strings"

// A "yes, but": the assents a client opens with before the "but" that
// carries the no.

// OpensYesBut reports whether text opens with assents and a "but" ("Okay,
// but no patches", "I know, I know, but ...").
func OpensYesBut(text string) bool {
	ws := strings.Fields(text)
	n := assentsThenBut(ws)
	return n > 0 && n < len(ws)
}

// assents open a "yes, but"; before its "but" they are left out of a quote.
var assents = []string{"yes", "yeah", "yep", "okay", "ok", "sure", "right", "true", "fine", "alright", "maybe",
	"i know", "i guess", "i see", "i get that", "i get it", "i hear you", "i hear that", "i understand",
	"i agree", "fair enough", "that's fair", "that's true", "it's true", "of course", "sounds good",
	"that makes sense", "i know that", "thank you", "thanks"}

// assentsThenBut returns how many words of ws a run of assents and the
// "but" after it cover ("I know, I know, but"), 0 when ws do not open
// with one.
func assentsThenBut(ws []string) int {
	n := 0
	for m := prefixLen(ws, assents); m > 0; m = prefixLen(ws[n:], assents) {
		n += m
	}
	if n > 0 && n < len(ws) && wordCore(ws[n]) == "but" {
		return n + 1
	}
	return 0
}
