package quote_test

// What a suggestion quotes of the client: which sentence, tidied and
// turned to the second person.

import (
	"testing"

	"github.com/ally-mi/ally/analysis/needs"
	"github.com/ally-mi/ally/analysis/quote"
)

// show writes a line as the tables expect it: a rewrite as it is, the
// client's words as said between double quotes.
func show(l quote.Line) string {
	if l.Quoted {
		return `"` + l.Text + `"`
	}
	return l.Text
}

func TestWords(t *testing.T) {
	tests := []struct{ text, want, out string }{
		// A filler that is the whole answer is the answer.
		{"No thanks.", "no", `"No thanks"`},
		{"No thanks.", "", `"No thanks"`},
		{"Okay.", "okay", `"Okay"`},
		{"No. No way.", "no way", `"No way"`},
		{"Okay, but no patches.", "okay but", `"Okay, but no patches"`},
		// A bare "no" is joined to what follows, then dropped.
		{"No. There's always a meeting, or someone grabs me on the way out.", "no", "there's always a meeting, or someone grabs you on the way out"},
		{"Because I don't want to be the dad who's hungover at every game. I want to be there.", "i don't want to",
			"you don't want to be the dad who's hungover at every game"},
		{"Fine. I'm not quitting, just so you know.", "", "you're not quitting"},
		{"I'm not quitting. I'll just get a ride.", "i'm not quitting", "you're not quitting, you'll just get a ride"},
		{"Good, because I'm passing. I'm only here because the judge says so.", "i'm passing",
			"you're passing, you're only here because the judge says so"},
		{"Good food is the one thing I have.", "", "good food is the one thing you have"},
		{"I'm not stopping. Smoking is the only break I get.", "i'm not stopping", "you're not stopping, smoking is the only break you get"},
		{"I'm glad to have a job, I really am happy that I'm working, so.", "", "you're glad to have a job, you really are happy that you're working"},
		{"That's the way I like", "", "that's the way you like"},
		{"Right, and I'm not ready.", "", "you're not ready"},
		// "to be" agrees with its new subject; "it was" stays.
		{"Three times. The patches gave me weird dreams and I was snapping at everybody.", "",
			"the patches gave you weird dreams and you were snapping at everybody"},
		{"I wasn't ready, and I am still not sure I'm able to do it myself.", "",
			"you weren't ready, and you are still not sure you're able to do it yourself"},
		{"It was fine, I was just tired.", "", "it was fine, you were just tired"},
		{"Was I really that bad", "", "were you really that bad"},
		// "We" may or may not hold the professional: quoted as said.
		{"I really was trying, we were all trying.", "", `"I really was trying, we were all trying"`},
		// Disfluencies go.
		{"Well, I-- you know, my pressure has been high for years and, um, you know.", "", "your pressure has been high for years"},
		{"No, I don't- I don't, uh, really like the idea of taking pills.", "", "you don't really like the idea of taking pills"},
		{"I smoked, you know, as a young adult.", "", "you smoked as a young adult"},
		{"I-I did agree I would work on the smoking.", "", "you did agree you would work on the smoking"},
		{"I-I-I'm not- I'm not as happy and relaxed as I normally am.", "", "you're not as happy and relaxed as you normally are"},
		{"Yeah, I don't I don't wanna lose my friends because of this.", "", "you don't wanna lose your friends because of this"},
		{"With my friends it's, I mean, a lot of fun.", "", "with your friends it's a lot of fun"},
		{`"It's just not that easy to quit.`, "", "it's just not that easy to quit"},
		{"Well, yeah, I-I'd like to try it.", "", "you'd like to try it"},
		{"Well, I'm glad I don't have any of that.[laughter]", "", "you're glad you don't have any of that"},
		{"Some folks, you know, [unintelligible 00:03:18] put on music.", "", "some folks put on music"},
		{"Um, no, not really. Like I said, I don't drink that much-", "", "you don't drink that much"},
		{"Yeah. Wanting to be part of a group-", "", `"Wanting to be part of a group"`},
		{"It'll help with the—", "", "it'll help with"},
		// "a.m." does not end a sentence; acronyms, names and quotes survive.
		{"I watch TV until one a.m. every night, it's my time.", "", "you watch TV until one a.m. every night, it's your time"},
		{"TV is the only thing that works.", "", "TV is the only thing that works"},
		{"Dev drives me here, and Dev never says a word.", "", "Dev drives you here, and Dev never says a word"},
		{`At my last review she said I wasn't "responsive enough".`, "", `"At my last review she said I wasn't 'responsive enough'"`},
		// The need's phrase is found on stems, "takes" for "take".
		{"Honestly, a few drinks after work are the only way I can unwind. It takes the edge off after a long shift.",
			"take the edge off", "it takes the edge off after a long shift"},
		// Long sentences are cut at a comma, never after "and".
		{"I have to be up at five every day for work, so the evenings are all I've got and nobody can take that away from me.", "",
			"you have to be up at five every day for work"},
		{"I get up at five every day for work and the evenings are all that I have and nobody can take them.", "",
			"you get up at five every day for work and the evenings are all that you have"},
		// A "you" that is the professional is not handed back; a generic one is.
		{"You don't understand, I need something to look forward to.", "", "you need something to look forward to"},
		{"You think I should quit, I know. But a drink is the only thing that gets me through the evening.", "",
			"a drink is the only thing that gets you through the evening"},
		{"You keep telling me to quit but I'm fine.", "", `"I'm fine"`},
		{"I told you, I'm not giving up my wine.", "", "you're not giving up your wine"},
		{"I need you to listen to me for once.", "", "you need me to listen to you for once"},
		{"You just can't relax without a drink after a day like mine.", "", "you just can't relax without a drink after a day like yours"},
		// A "you" that opens its clause and speaks of what the professional
		// does not know, or of the client, is the professional: another
		// sentence is quoted, or none.
		{"You don't understand, you need to live my life to get it. I I I just can't switch off otherwise.", "you don't understand",
			"you just can't switch off otherwise"},
		{"I know, I know, but you don't know what my days are like.", "i know but", ""},
		{"Fine. But you don't know what it's like. It's my way of unwinding and I'm not giving it up…", "i'm not giving it up",
			"it's your way of unwinding and you're not giving it up"},
		{"Fine. But you don't know what it's like. It's my way of unwinding and I'm not giving it up…", "",
			"it's your way of unwinding and you're not giving it up"},
		{"You'd have to be me to get it. I'm not cutting down.", "", "you're not cutting down"},
		{"You have no idea what it's like, I'm on my feet all day.", "", "you're on your feet all day"},
		{"You know I love a drink after work.", "", "you love a drink after work"},
		// "No way" is one unit, said with the refusal before it.
		{"I'm not wearing a pump. No way. I don't want something stuck to me all day.", "no way", "you're not wearing a pump, no way"},
		{"No way. I don't want something stuck to me all day.", "no way", "you don't want something stuck to you all day"},
		{"No more drinking for me, not after last night.", "", `"No more drinking for me, not after last night"`},
		// Assents before a "but" go, said once or twice.
		{"I hear you, but a few beers after work is how I relax.", "", "a few beers after work is how you relax"},
		{"I know, I know, but the gym is just not for me.", "", "the gym is just not for you"},
		{"It's bad for me, I know, but I like the taste.", "", "it's bad for you, but you like the taste"},
		// Restarts and words said twice go, a comma that ends a clause stays.
		{"I-I-I just, um, I don't, I don't like vegetables, you know, never have.", "", "you don't like vegetables, never have"},
		{"I smoked, you know, as a young adult, and I, uh, I really, I really liked it.", "", "you smoked as a young adult, and you really liked it"},
		// A name keeps its capital at the start of a sentence; a common word does not.
		{"Karen says I drink too much. Karen is always on about it.", "", "Karen says you drink too much"},
		{"Everyone says that, but smoking is the only thing that works.", "", "everyone says that, but smoking is the only thing that works"},
		// Past maxWords, the cut falls before "and", not inside "so I can eat what I want".
		{"Food is the only thing that makes me happy these days and honestly after work I just want to sit down so I can eat what I want.", "",
			"food is the only thing that makes you happy these days"},
		{"", "", ""},
		{"...", "no", ""},
	}
	for _, tt := range tests {
		if got := show(quote.Words(tt.text, tt.want)); got != tt.out {
			t.Errorf("Words(%q, %q)\n got  %q\n want %q", tt.text, tt.want, got, tt.out)
		}
	}
}

func TestResistant(t *testing.T) {
	tests := []struct{ text, want, out string }{
		// The resistant sentence, not the longest.
		{"I get the kids down around eight-thirty. Then it's finally my time. I watch something, scroll my phone. Before I know it, it's one a.m.", "",
			"it's finally your time"},
		{"I would. But I can't just turn it off. That's not realistic in my job.", "", "you can't just turn it off"},
		{"I drove my car to work and my job is fine. I don't see the problem.", "", "you don't see the problem"},
		{"Exactly. If I go to bed at ten, I basically have no life. It's work, kids, sleep.", "",
			"if you go to bed at ten, you basically have no life"},
		{"Yeah, and honestly by the end of the day I'm wrecked. The last thing I want is to go to a gym.", "",
			"the last thing you want is to go to a gym"},
		{"Honestly, a few drinks after work are the only way I can unwind. It takes the edge off after a long shift.", "unwind",
			"a few drinks after work are the only way you can unwind"},
		// Nothing worth quoting: the caller words its suggestion without one.
		{"Yeah. Can I keep the break, though? Just without the cigarette?", "", ""},
		{"Okay.", "", ""},
		{"No thanks.", "", ""},
	}
	for _, tt := range tests {
		if got := show(quote.Resistant(tt.text, tt.want, needs.Any)); got != tt.out {
			t.Errorf("Resistant(%q, %q)\n got  %q\n want %q", tt.text, tt.want, got, tt.out)
		}
	}
}

func TestChange(t *testing.T) {
	tests := []struct{ text, out string }{
		{"When you put it like that, yeah. I hadn't thought of it that way.", ""},
		{"It does. But I guess if I'm going to do it, the surgery is a good reason.", "if you're going to do it, the surgery is a good reason"},
		{"I don't want that. I don't want my daughter doing for me what I did for him.", "you don't want your daughter doing for you what you did for him"},
		// The professional's view, not the client's change talk.
		{"You think I should quit, I know.", ""},
	}
	for _, tt := range tests {
		if got := show(quote.Change(tt.text)); got != tt.out {
			t.Errorf("Change(%q)\n got  %q\n want %q", tt.text, got, tt.out)
		}
	}
}

func TestAfterBut(t *testing.T) {
	tests := []struct{ text, out string }{
		{"Okay, but no patches.", `"No patches"`},
		{"Yeah, but I've tried that before and it didn't help.", "you've tried that before and it didn't help"},
		{"I know, but it's the only thing that helps me relax.", "it's the only thing that helps you relax"},
		{"No.", ""},
		{"Yeah, but how much are you talking?", ""},
		{"Fine. But you don't know what it's like. It's my way of unwinding and I'm not giving it up…",
			"it's your way of unwinding and you're not giving it up"},
		{"I know, I know, but you don't know what my days are like.", ""},
	}
	for _, tt := range tests {
		if got := show(quote.AfterBut(tt.text)); got != tt.out {
			t.Errorf("AfterBut(%q) = %q, want %q", tt.text, got, tt.out)
		}
	}
}

func TestOffer(t *testing.T) {
	tests := []struct{ text, want string }{
		{"You could try turning your phone off at nine.", "you try turning your phone off at nine"},
		{"Okay. How about a short walk after dinner?", "a short walk after dinner"},
		{"Why don't you cut down to two drinks a night?", "you cut down to two drinks a night"},
		{"What do you think?", ""},
	}
	for _, tt := range tests {
		if got := quote.Offer(tt.text); got != tt.want {
			t.Errorf("Offer(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestRewriteOrQuote holds the rewriter's rules, one case or more each: a
// second-person rewrite when it reads as a sentence a counsellor would
// say, else the client's words as said.
func TestRewriteOrQuote(t *testing.T) {
	tests := []struct{ name, text, want, out string }{
		{"a start made again", "I'm just, I don't want to lose her.", "", "you don't want to lose her"},
		{"a start made again after a hedge", "I don't think, like, I am not sure they like it.", "", "you are not sure they like it"},
		{"a start made again mid-sentence", "It feels like I have to lec- I don't wanna have to lecture them.", "",
			"you don't wanna have to lecture them"},
		{"a restart after a dash", "I was on-- It was like I was a couple of blocks away from the house.", "",
			`"It was like I was a couple of blocks away from the house"`},
		{"leading fillers", "Yeah, um, I mean, like, just, I can't sleep without it.", "", "you can't sleep without it"},
		{"a hedge opener", "I don't know, I just get irritable.", "", "you just get irritable"},
		{"not a hedge", "I don't know if I could get up at nine every morning.", "", "you don't know if you could get up at nine every morning"},
		{"a time", "I, yeah, I guess I do have about 2:00 AM.", "", `"I do have about 2:00 AM"`},
		{"a number", "I'd say 35 or 40% competent.", "", `"I'd say 35 or 40% competent"`},
		{"first-person plural", "No, by all means. I know we have to discuss it.", "", `"By all means, I know we have to discuss it"`},
		{"reported speech", `They sat me down and said, "Look, you gotta stop."`, "", `"They sat me down and said, 'Look, you gotta stop'"`},
		{"a fragment", "Stomach problems, and agitation.", "", `"Stomach problems, and agitation"`},
		{"a clause alone", "That I'll fall again.", "", `"That I'll fall again"`},
		{"a noun and its relative clause", "Coming from a place where I don't get that as much.", "",
			`"Coming from a place where I don't get that as much"`},
		{"a filler left inside", "It's like I was like lost for a while.", "", `"It's like I was like lost for a while"`},
		{"a filler after a verb", "Definitely, I'll have like all my senses there.", "", `"Definitely, I'll have like all my senses there"`},
		{"a comparison is no filler", "It's like a lecture every time.", "", "it's like a lecture every time"},
		{"a dash inside a word", "I really haven't noticed how, um, okay I get a bit--I suppose I get a bit out of breath sometimes.", "",
			"you get a bit out of breath sometimes"},
		{"a question", "Can I keep the break?", "can", `"Can I keep the break?"`},
		{"the professional's 'you'", "I knew you were gonna say that, but I don't have time in my schedule.", "",
			"you don't have time in your schedule"},
		{"a clause left hanging", "I don't want that to happen to me, but then when I, when she reels off all these things I gotta do.", "",
			"you don't want that to happen to you"},
		{"the no itself", "I-I-I know it, I know- I know, doc, what you're trying to-- but I just don't want to get into that right now.",
			"don't want to", "you just don't want to get into that right now"},
		{"the no in a long sentence", "I-I haven't even thought about quitting and until this great announcement at work today, I- I'm totally not gonna quit smoking.",
			"not gonna quit", "you're totally not gonna quit smoking"},
	}
	for _, tt := range tests {
		if got := show(quote.Words(tt.text, tt.want)); got != tt.out {
			t.Errorf("%s: Words(%q, %q)\n got  %q\n want %q", tt.name, tt.text, tt.want, got, tt.out)
		}
	}
}

func TestLine(t *testing.T) {
	rw, said := quote.Line{Text: "you don't want to lose her"}, quote.Line{Text: "I'd say 35 or 40% competent", Quoted: true}
	tests := []struct{ got, want string }{
		{rw.Sentence(), "You don't want to lose her."},
		{said.Sentence(), "You said: 'I'd say 35 or 40% competent.'"},
		{rw.After("Earlier you said"), "Earlier you said you don't want to lose her."},
		{said.After("Earlier you said"), "Earlier you said: 'I'd say 35 or 40% competent.'"},
		{said.Back(), "you'd say 35 or 40% competent"},
		{quote.Tidy("Um, I think-- I think the possibility.", 20), "I think the possibility."},
		{quote.Tidy("Mm-hmm.", 20), "Mm-hmm."},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
