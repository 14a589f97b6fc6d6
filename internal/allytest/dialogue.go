package allytest

// Dialogue is a short exchange between a practitioner (even lines) and a
// client (odd lines) about drinking, for benchmarks that need sessions of
// any length: they repeat it.
var Dialogue = []string{
	"So what brings you in today?",
	"Well, my doctor told me I should cut down on drinking, and honestly I'm not sure I see the point.",
	"You're not sure it's a problem.",
	"Yeah. I mean, everybody has a few beers after work, right? It helps me relax.",
	"It's something that helps you unwind after a long day, and at the same time your doctor is worried.",
	"I guess I have been sleeping badly, and my wife keeps saying I'm grumpy in the mornings.",
	"What would you like to do about that?",
	"Maybe I could try not drinking on weekdays. I don't know.",
	"Many people find that keeping a diary of what they drink helps them see the pattern.",
	"Okay.",
}
