package needs_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/ally-mi/ally/analysis/needs"
)

// needCases are client utterances where a need is the stake (yes) and
// everyday uses of the same words where it is not (no). Most are from the
// example sessions, AnnoMI transcripts or a review of false hits.
var needCases = map[string]struct{ yes, no []string }{
	"rest": {
		yes: []string{
			"Honestly, a few drinks after work are the only way I can unwind.",
			"It's the only time I get to relax.",
			"By the end of the day I'm wrecked. The last thing I want is to go to a gym.",
			"I just want to put my feet up after a long shift.",
			"I don't have the energy after work.",
		},
		no: []string{
			"Not the quit line. The rest I'll think about.",
			"An hour of scrolling is not really relaxing.",
			"I'm tired of everyone going on about it.",
		},
	},
	"break": {
		yes: []string{
			"Smoking is the only break I get from the kids all day.",
			"At work it's the only time anyone leaves me alone.",
			"Friday comes and I just want to switch off.",
			"It takes my mind off things for a bit.",
			"Without it I'd never get away from my desk.",
			"I never get a break from the kids.",
			"Can I keep the break, though? Just without the cigarette?",
			"I go out for a smoke, it's the only time nobody bothers me.",
		},
		no: []string{
			"Can we just take a break?",
			"I really want to break the habit this year.",
			"Give me a break, I only had two.",
			"For me it's sleep. My mind won't shut off.",
			// A break asked for in the session, and a complaint about
			// someone who will not leave the client alone.
			"Can we take a break?",
			"Could we have a break for a minute?",
			"My wife won't leave me alone about it, she nags me every day.",
		},
	},
	"free_time": {
		yes: []string{
			"I get the kids down around eight-thirty. Then it's finally my time.",
			"After work I never get any time to myself.",
			"If I go to bed at ten, I basically have no life.",
		},
		no: []string{
			"About that. Maybe a bit less on weekends.",
			"I took a day off for the appointment.",
			"I spend most of my time in the car.",
		},
	},
	"connection": {
		yes: []string{
			// A review's lost hits.,
			"It stops me feeling lonely.",
			"It's less lonely than sitting at home.",
			"I feel less lonely at the bingo.",
			"I've been so lonely.",
			"A few beers with the guys is the one thing I look forward to.",
			"Being with my buddies. That's where it happened.",
			"All my friends go to these clubs. That's where I see them.",
			"Since she moved out I'm lonely most nights.",
			"It's disrespectful in our family. Food is how she shows love.",
			"No, I'm not going to drop my friends.",
		},
		no: []string{
			// Someone else's loneliness.,
			"My wife is lonely since the kids left.",
			"I think he's lonely.",
			"My wife thinks I drink too much.",
			"My partner says I'm never really at dinner.",
			"My friend Margaret broke her hip last year.",
			"I've been at that company eight years.",
			"We went to the pub after the game.",
		},
	},
	"confidence": {
		yes: []string{
			"After a couple of drinks I loosen up and can actually talk to people.",
			"I'm really shy, it gives me a bit of Dutch courage.",
			"Sober I'm so self-conscious.",
			"I have social anxiety, so a drink first helps.",
		},
		no: []string{
			"My son has social anxiety.",
			"My sister is really outgoing.",
			"I'm not confident I can quit this time.",
			"I'm pretty confident I can cut down to three.",
		},
	},
	"energy": {
		yes: []string{
			"It gives me a bit of energy.",
			"It wakes me up in the morning.",
			"Coffee is what keeps me going through a twelve-hour shift.",
			"I need something to wake me up in the morning.",
			"It helps me concentrate at work.",
			"It gives me energy for the afternoon.",
		},
		no: []string{
			"I drink four energy drinks a day.",
			"I don't have the energy after work.",
			"I'd have more energy if I quit.",
			"The coffee keeps me awake at night.",
			"I want to focus on my kids.",
			"I was wide awake at three again.",
		},
	},
	"sleep": {
		yes: []string{
			"I can't sleep without a couple of drinks.",
			"It's the only thing that helps me sleep.",
			"A glass of wine and I just drift off.",
			"My mind won't shut off at night.",
		},
		no: []string{
			"I'd like to work on my sleep.",
			"I stay up way too late watching TV.",
		},
	},
	"pleasure": {
		yes: []string{
			"I like it. It's something I really enjoy.",
			"It's just fun to drink with my friends, and it tastes good.",
			"I like the way it makes me feel.",
			"It's like everything that I enjoy is being taken away from me.",
		},
		no: []string{
			"Well, I-- you know, my pressure has been high for years and, um, you know.",
			"The weather was nice.",
			"I know I got high cholesterol.",
			"I don't like it, I'll be honest with you.",
			"Yeah, that's not much fun.",
			"They make fun of me for it.",
		},
	},
	"autonomy": {
		yes: []string{
			// A review's lost hits.,
			"It gives me freedom.",
			"I like the freedom.",
			"I'm tired of people telling me what to do.",
			"I'm sick of being lectured.",
			"It's my life. Nobody tells me what to do.",
			"I'm only here because the judge says so.",
			"Don't tell me what to do.",
			"I want to stay in my own house.",
			"I don't like being told what to do.",
		},
		no: []string{
			// Complaints about others, and a request for advice, are not
			// the client protecting their own say.
			"My wife won't leave me alone about it, she nags me every day.",
			"She's always on my back about it.",
			"Can you just tell me what to do?",
			"I run my business from home.",
			"I got the patches for free at the pharmacy.",
			"My blood sugar is out of control.",
			"I pushed myself too hard at the gym.",
			"I just want my call so I can talk to my mom.",
		},
	},
	"safety": {
		yes: []string{
			"Exactly. I'm seventy-three. I can't afford a fall.",
			"So I stay on. It's safer.",
			"I'm scared to stop, the withdrawal was awful last time.",
			"It keeps me safe.",
			"I feel safe at home.",
		},
		no: []string{
			"I just want her to be healthy and safe.",
			"There is no safe amount of drink in pregnancy.",
			"It's safe to say I drink more than I should.",
			"It scares me a bit. My dad had his first heart attack at fifty-two.",
		},
	},
	"coping": {
		yes: []string{
			// A review's lost hits: intensifiers and state words said of oneself.,
			"It makes me feel less depressed.",
			"I feel so stressed all the time.",
			"I'm super stressed with the kids.",
			"Things have been stressful at home.",
			"I'm really anxious about it.",
			"It calms me down when I'm stressed.",
			"A drink takes the edge off after a long day.",
			"When I shoot up my anxiety goes away.",
			"I drink more since my mum died, it's how I cope with it.",
			"It helps with my anxiety.",
			"It calms my anxiety.",
			"It takes the stress off after work.",
			"I smoke when I get stressed.",
		},
		no: []string{
			"He says it's stress.",
			"The kids get stressed in the car.",
			"My wife gets really anxious when I drive.",
			"I'm not stressed, I just like it.",
			"My blood pressure is high and the doctor wants me to cut back.",
			"Not really, I haven't been stressed.",
			"Calm. Just having breakfast together without me yelling about shoes.",
			"The cops just have it out for me.",
			"Don't worry, I'll be fine.",
			"My son has social anxiety.",
			"Stress is bad for your heart, I know.",
			"The stress test came back fine.",
			"My husband is depressed.",
		},
	},
	"identity": {
		yes: []string{
			"It's part of who I am.",
			"I've always been a smoker.",
			"I don't wanna be that person that just has a kid and vanishes.",
		},
		no: []string{
			"I bought it myself.",
			"Part of me wants to quit.",
			"It's kind of like that me time at the end of the day.",
		},
	},
	"routine": {
		yes: []string{
			// A review's lost hits: intensifiers, paraphrases and state words.,
			"It's the only comfort I have some days.",
			"It's my one comfort.",
			"It gives me comfort.",
			"Chocolate comforts me.",
			"It's just a habit, I don't even think about it.",
			"I wake up in the morning, I want a coffee with a cigarette.",
			"I've got used to sleeping in.",
		},
		no: []string{
			"She cooks every night, huge portions.",
			"I get out of breath on the stairs now. That's not normal.",
			"I'm not comfortable with that.",
		},
	},
	"practical": {
		yes: []string{
			"I can't just turn it off. That's not realistic in my job.",
			"I've got to do my job, and the pills make my arms weak.",
		},
		no: []string{
			// Money the behaviour costs, and what the change would cost:
			// barriers, not what the resistance protects (see barrierCases).
			"The money's the problem, I spend two hundred a week on it.",
			"I'm too busy at work to go to meetings.",
			"I can't afford it right now.",
			"I'm too busy with work to cook.",
			"The patches are so expensive and they're not covered.",
			"I drove my car to work and my job is fine. I don't see the problem.",
			"Same. I had to give up my Thursday shift to come.",
			"For me it's the only time I get to relax. I have three kids.",
			"I'm glad to have a job, I really am happy that I'm working.",
			"I'll have it sorted in no time.",
		},
	},
	"acceptance": {
		yes: []string{
			"It's the hard thing, I mean, almost everybody I know uses it.",
			"I'd feel left out if I wasn't drinking.",
			"The guys would never let me hear the end of it.",
			"They'd think I'm boring.",
		},
		no: []string{
			"I'm only here because the judge says so.",
			"Yeah, well. The judge doesn't see it that way.",
		},
	},
	"pain_relief": {
		yes: []string{
			"It's the only thing that helps with the pain in my back.",
			"It takes the pain away for a while.",
		},
		no: []string{
			"My son asked me why I'm always grumpy. That hurt.",
			"Quitting is such a pain.",
			"I've got a sore throat from the smoking.",
		},
	},
	"appearance": {
		yes: []string{
			"If I quit I'll put on weight.",
			"Smoking keeps my weight down.",
		},
		no: []string{
			"I need to figure out what to do.",
			"The younger guys can lift a lot more weight than me.",
		},
	},
	"stimulation": {
		yes: []string{
			"It's the only thing that makes me feel less bored.",
			"Yeah, I just get bored and stuff.",
			"There's nothing else to do around here.",
			"It keeps me busy.",
		},
		no: []string{
			"The kids get bored in the car.",
			"I find the meetings boring.",
			"The meeting was boring.",
			"It has something to do with my mother.",
			"Drinking with my friends is how I fit in. They'd think I'm boring.",
		},
	},
}

// TestBarriersAreNoNeed checks that what the change would cost is not
// reported as a need: no barrier of the table, and none of a review's
// sentences naming one.
func TestBarriersAreNoNeed(t *testing.T) {
	for _, n := range needs.Taxonomy() {
		for _, b := range n.Barriers {
			if got := needsOf(b); slices.Contains(got, n.ID) {
				t.Errorf("barrier %q: needsOf = %v, want no %s", b, got, n.ID)
			}
		}
	}
	for _, text := range []string{"I can't afford it right now.", "I'm too busy with work to cook.",
		"I'm too busy at work to go to meetings.", "The patches are so expensive and they're not covered.",
		"I just don't have the time like I used to."} {
		if got := needsOf(text); len(got) > 0 {
			t.Errorf("needsOf(%q) = %v, want none", text, got)
		}
	}
}

func TestNeedCases(t *testing.T) {
	for id, c := range needCases {
		for _, text := range c.yes {
			if got := needsOf(text); !slices.Contains(got, id) {
				t.Errorf("needsOf(%q) = %v, want %s in it", text, got, id)
			}
		}
		for _, text := range c.no {
			if got := needsOf(text); slices.Contains(got, id) {
				t.Errorf("needsOf(%q) = %v, want no %s", text, got, id)
			}
		}
	}
}

// TestNeedsTaxonomy checks the taxonomy's shape: enough needs, each with an
// ID, words to name it and phrases, no phrase that is only a topic word
// (a person, a place, a thing or a word with an everyday meaning), since a
// topic says what a sentence is about, not what resistance protects, no
// single-word phrase but the few that are a stake on their own, and no
// phrase that is also a barrier.
func TestNeedsTaxonomy(t *testing.T) {
	needs := needs.Taxonomy()
	if len(needs) < 12 {
		t.Errorf("taxonomy has %d needs, want at least 12", len(needs))
	}
	topics := map[string]bool{"wife": true, "husband": true, "partner": true, "family": true, "friend": true,
		"friends": true, "kid": true, "kids": true, "car": true, "job": true, "work": true, "shift": true,
		"pub": true, "bar": true, "party": true, "weekend": true, "high": true, "nice": true, "free": true,
		"calm": true, "pressure": true, "control": true, "rest": true, "break": true, "sleep": true,
		"weight": true, "judge": true, "company": true, "normal": true, "every day": true, "myself": true,
		"busy": true, "pay": true, "worry": true, "hurt": true, "pain": true, "figure": true, "tired": true,
		// Words that may be someone else's, a request, a complaint or a cost.
		"energy": true, "money": true, "stress": true, "anxiety": true, "safe": true, "a break": true,
		"social anxiety": true, "leave me alone": true, "nag me": true, "too busy": true, "can't afford it": true,
		"tell me what to do": true, "off my back": true}
	// A single word is a stake only when it is one wherever a client says
	// it; the rest are written as the client's stake ("helps with my
	// anxiety", "keeps me safe").
	words := map[string]bool{"relax": true, "unwind": true, "enjoy": true, "breather": true, "escapism": true,
		"socialise": true, "socialize": true, "withdrawal": true, "destress": true}
	ids := map[string]bool{}
	for _, n := range needs {
		if n.ID == "" || n.Name == "" || n.Gives == "" || len(n.Phrases) == 0 || len(n.Names) == 0 {
			t.Errorf("need %q is incomplete", n.ID)
		}
		if ids[n.ID] {
			t.Errorf("need %q twice", n.ID)
		}
		ids[n.ID] = true
		stakes := map[string]bool{}
		for _, p := range n.Phrases {
			stakes[strings.ToLower(p)] = true
			if topics[strings.ToLower(p)] {
				t.Errorf("need %q: phrase %q is a topic, not a stake", n.ID, p)
			}
			if !strings.ContainsAny(p, " -") && !words[strings.ToLower(p)] {
				t.Errorf("need %q: phrase %q is a single word, not a stake", n.ID, p)
			}
		}
		for _, p := range n.Barriers {
			if stakes[strings.ToLower(p)] {
				t.Errorf("need %q: %q is both a phrase and a barrier", n.ID, p)
			}
		}
	}
}

// needsOf returns the IDs of the needs text mentions as the client's
// stake, in taxonomy order, as the analysis hears them.
func needsOf(text string) []string {
	st := needs.ClauseStems(text)
	var out []string
	for _, n := range needs.Taxonomy() {
		if n.Match(st) != "" {
			out = append(out, n.ID)
		}
	}
	return out
}

func TestNeedsOf(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"It's the only time I get to relax.", []string{"rest"}},
		{"Smoking is my break from the kids.", []string{"break"}},
		{"I can't fall asleep without a drink.", []string{"sleep"}},
		{"Nobody tells me what to do.", []string{"autonomy"}},
		{"It calms me down when I'm stressed.", []string{"coping"}},
		{"Honestly, a few drinks after work are the only way I can unwind. It takes the edge off after a long shift.",
			[]string{"rest", "coping"}},
		// Topics, not stakes: none of these says what resistance protects.
		{"The weather was nice.", nil},
		{"I went to the shop.", nil},
		{"My wife thinks I drink too much. My blood pressure is high and the doctor wants me to cut back.", nil},
		{"I drove my car to work and my job is fine. I don't see the problem.", nil},
		// A review's false hits: someone else's anxiety, a request in the
		// session, money the habit costs, a barrier, a complaint about
		// others; and the need tiredness does point to.
		{"My son has social anxiety.", nil},
		{"Can we take a break?", nil},
		{"The money's the problem, I spend two hundred a week on it.", nil},
		{"I'm too busy at work to go to meetings.", nil},
		{"My wife won't leave me alone about it, she nags me every day.", nil},
		{"I don't have the energy after work.", []string{"rest"}},
		{"I don't like being told what to do.", []string{"autonomy"}},
		{"It helps with my anxiety.", []string{"coping"}},
		{"It gives me energy.", []string{"energy"}},
		{"I feel safe at home with a drink.", []string{"safety"}},
		// State words count when the client says them of themselves, and
		// intensifiers may stand inside a phrase.
		{"It stops me feeling lonely.", []string{"connection"}},
		{"I'm super stressed with the kids.", []string{"coping"}},
		{"Things have been stressful at home.", []string{"coping"}},
		{"It gives me a bit of energy.", []string{"energy"}},
		{"It's the only comfort I have some days.", []string{"routine"}},
		// Someone else's state, and a request, are not.
		{"He says it's stress.", nil},
		{"My wife is lonely since the kids left.", nil},
		{"The kids get bored in the car.", nil},
	}
	for _, tt := range tests {
		if got := needsOf(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("needsOf(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestNeedUse(t *testing.T) {
	rest := needs.Need{Gives: "a way to unwind", Names: []string{"relax", "rest", "unwind"}}
	close := needs.Need{Gives: "a way to feel close to people", Names: []string{"together", "close to"}}
	energy := needs.Need{Gives: "the energy to keep going", Names: []string{"energy", "boost"}}
	busy := needs.Need{Gives: "a way to manage money, time and everyday demands"}
	brk := needs.Need{Gives: "a break from everything", Names: []string{"break", "escape"}}
	say := needs.Need{Gives: "a say over your own life", Names: []string{"your choice"}}
	cope := needs.Need{Gives: "a way to handle hard feelings"}
	tests := []struct {
		words, phrase string
		need          needs.Need
		want          needs.Use
	}{
		{"a few beers after work is how you relax", "relax", rest, needs.UseNamed},
		{"it helps you relax, it gives you a way to unwind", "relax", rest, needs.UseNamed},
		{"drinking with your friends is how you fit in", "with my friends", close, needs.UseGiven},
		{"you're not going to drop your friends", "drop my friends", close, needs.UseGiven},
		{"at work it's the only time anyone leaves you alone", "leaves me alone", brk, needs.UseGiven},
		{"you can't cope without a drink", "can't cope", cope, needs.UseGiven},
		{"you don't have the energy after work", "energy", energy, needs.UseLacking},
		{"you don't have the energy after work", "don't have the energy", rest, needs.UseLacking},
		{"you're too busy at work to go to meetings", "too busy", busy, needs.UseLacking},
		{"you have no time for it", "time", busy, needs.UseLacking},
		{"your wife won't leave you alone about it, she nags you every day", "leave me alone", brk, needs.UseLacking},
		{"your wife won't leave you alone about it, she nags you every day", "nag me", say, needs.UseLacking},
		{"your wife keeps telling you to stop", "telling me to", say, needs.UseLacking},
		{"you're fine", "telling me to", say, needs.UseLacking},
	}
	for _, tt := range tests {
		if got := tt.need.UseAfter(tt.words, tt.phrase); got != tt.want {
			t.Errorf("UseAfter(%q, %q) = %q, want %q", tt.words, tt.phrase, got, tt.want)
		}
	}
}
