package report

// Plain words for the terms of Motivational Interviewing (MI) the report
// uses, so a coach without MI training can read it, on screen or printed.

// term is one MI word with what it means in everyday words.
type term struct{ Word, Means string }

// glossary lists the MI words the report uses, in the order a reader meets
// them.
func glossary() []term {
	return []term{
		{"Change talk", "what the client says for changing: wanting to, reasons, being able to, plans."},
		{"Sustain talk", "what the client says for keeping things as they are. ally calls it the client’s resistance; it is not a fault, it protects something the client needs."},
		{"Reflection", "saying back, in your words, what the client said or meant. A complex reflection adds meaning or feeling the client did not put into words; a simple one stays close to their words."},
		{"Open question", "a question that cannot be answered with yes or no (“What would help?”)."},
		{"Pushing (the righting reflex)", "the urge to put things right for the client: advice or information they did not ask for, arguing for change, warning or confronting."},
		{"With permission", "advice or information the client asked for, or agreed to hear when asked."},
		{"MI-consistent", "affirming the client, inviting them to work it out together, and leaving the choice to them. MI-inconsistent is confronting, and persuading without permission."},
		{"An open or a quiet “no”", "an open no is said plainly (“I don’t want to”); a quiet one hides in “yes, but”, a quick “okay” under pressure, or a change of subject."},
		{"Reflections per question", "how many reflections you made for each question you asked; in MI, two or more is good and one is fair."},
	}
}

// plainIndicator says in everyday words what each indicator measures.
var plainIndicator = map[string]string{
	"tender_spot_with":            "where your tender subjects came up, how often you stayed with the client (reflected, asked openly, affirmed)",
	"tender_spot_reactive":        "where your tender subjects came up, how often you pushed",
	"tender_spot_gap":             "how much less you stayed with the client at your tender subjects than elsewhere",
	"sustain_explored":            "how often you explored the client’s reasons for keeping things as they are, with a reflection or an open question",
	"needs_named":                 "how often you named the need behind those reasons (rest, a break, connection…)",
	"reflected_sustain":           "how often the client’s reasons for keeping things as they are were said back to them",
	"reflected_change":            "how often the client’s reasons for changing were said back to them",
	"sides_taken":                 "how often you answered the client’s reasons for keeping things as they are by pushing for change",
	"righting_reflex":             "how much of what you said pushed: advice or information not asked for, persuading, confronting",
	"reflection_to_question":      "reflections made for each question asked",
	"reflective_listening":        "how much of what you said with content (not “mm-hmm”) was a reflection",
	"advice_without_permission":   "advice the client had not asked for or agreed to hear",
	"confrontation":               "disagreeing with, warning or shaming the client",
	"persuasion":                  "arguing for change without permission (advice counted above)",
	"question_strings":            "questions asked as the third or later in a row, without a reflection between",
	"percent_complex_reflections": "reflections that add meaning or feeling, out of all reflections",
	"practitioner_talk_share":     "your share of the words spoken; the client should speak more",
	"invitations":                 "times you asked permission, offered options or said the choice was the client’s",
	"noes_received_well":          "the client’s “no”s you received well: reflected, accepted, explored",
}

// strengthText says what the professional did well when an indicator is
// markNote says why a guideline's mark and its number can disagree: the
// mark judges its indicators as measured, the number pulls what rests on
// few utterances toward the middle (docs/analysis.md, "Guidelines").
const markNote = "A guideline’s mark (good, fair, needs work) judges its indicators as measured; " +
	"its number also pulls results that rest on few utterances toward 50, so a lower number can carry a better mark."

// good, and goalText what to aim for when it needs work; an indicator
// missing from both is never made a strength or a goal on its own.
var strengthText = map[string]string{
	"reflected_sustain":      "You said back the client’s reasons for keeping things as they are.",
	"reflected_change":       "You said back the client’s reasons for changing.",
	"sustain_explored":       "You explored the client’s reasons for keeping things as they are.",
	"sides_taken":            "You did not argue when the client spoke for keeping things as they are.",
	"righting_reflex":        "You rarely pushed: little advice or information the client had not asked for.",
	"reflection_to_question": "You reflected more than you asked.",
	"reflective_listening":   "Much of what you said was reflective listening.",
	"invitations":            "You left room for the client to say no: you asked permission, offered options or left the choice to them.",
	"noes_received_well":     "You received the client’s “no”s well.",
	"needs_named":            "You named the needs behind the client’s reasons for keeping things as they are.",
}

var goalText = map[string]string{
	"reflected_sustain":       "Say back the client’s reasons for keeping things as they are before anything else.",
	"reflected_change":        "Say back the client’s reasons for changing when you hear them.",
	"sustain_explored":        "When the client speaks for keeping things as they are, explore it: reflect it, or ask what it gives them.",
	"sides_taken":             "When the client speaks for keeping things as they are, do not argue for change: reflect it first.",
	"righting_reflex":         "Ask before giving advice or information, and leave the decision to the client.",
	"reflection_to_question":  "Make a reflection before each next question.",
	"reflective_listening":    "Reflect more: say back what you heard before adding anything.",
	"invitations":             "Invite a “no”: ask permission, offer options, say the choice is theirs.",
	"noes_received_well":      "Receive the client’s “no”s: say them back and accept them before anything else.",
	"question_strings":        "Break up strings of questions with a reflection.",
	"practitioner_talk_share": "Talk less, so the client can talk more.",
}
